"""Give every language its own search index and sitemap at its root (/, /es/, /pt/, /ru/).

mkdocs-static-i18n builds all languages into one search index and one sitemap at the site root: a
Spanish query found English and Russian pages too, and lunr ran every word through every stemmer.
After the last language is built, each root gets the part with its own pages (locations relative to
it), naming only its own lunr language, so Material's worker stems it with that language's Snowball
stemmer («градиента» finds «градиент»). overrides/main.html points Material's "base" at the root.
"""

import json
import re
from pathlib import Path

from mkdocs.plugins import event_priority

SITEMAP_URL = re.compile(r"\s*<url>.*?</url>", re.S)
SITEMAP_LOC = re.compile(r"<loc>(.*?)</loc>")


def _roots(config):
    """(locale, root folder inside the site: "" for the default language) for each built language."""
    languages = config.plugins["i18n"].config.languages
    return [(lang.locale, lang.link.strip("/")) for lang in languages if lang.build]


def _split_search_index(site, roots):
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    prefixes = [f"{root}/" for _, root in roots if root]
    for locale, root in roots:
        if root:
            docs = [
                {**doc, "location": doc["location"][len(root) + 1 :]}
                for doc in index["docs"]
                if doc["location"].startswith(f"{root}/")
            ]
        else:
            docs = [doc for doc in index["docs"] if not doc["location"].startswith(tuple(prefixes))]
        part = {**index, "config": {**index["config"], "lang": [locale]}, "docs": docs}
        target = site / root / "search" / "search_index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(part, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def _split_sitemap(site, roots, site_url):
    """Each language root gets a sitemap of its own pages, with their hreflang alternates."""
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    head = sitemap[: sitemap.index("<url>")].rstrip()
    urls = SITEMAP_URL.findall(sitemap)
    for _, root in roots:
        if not root:
            continue  # the root sitemap lists every page of every language already
        mine = [u for u in urls if SITEMAP_LOC.search(u).group(1).startswith(f"{site_url}{root}/")]
        (site / root / "sitemap.xml").write_text(head + "".join(mine) + "\n</urlset>\n", encoding="utf-8")


# After mkdocs-static-i18n (-100), whose post_build builds the other languages and then writes
# the combined index. Its nested per-language builds run this too, while the index is incomplete:
# only the outer call, once every language is in, splits it.
@event_priority(-200)
def on_post_build(config):
    if config.plugins["i18n"].building:
        return
    site = Path(config.site_dir)
    roots = _roots(config)
    _split_search_index(site, roots)
    _split_sitemap(site, roots, config.site_url or "")
