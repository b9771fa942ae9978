"""Give every language its own search index and sitemap at its root (/, /es/, /pt/, /ru/).

mkdocs-static-i18n builds all languages into one search index and one sitemap at the site root.
One index means a Spanish query returns English and Russian pages too, and lunr's multi-language
mode runs every word through every stemmer. Here, after the last language is built, the combined
index is split by language: each part keeps only its pages (locations relative to its root) and
names only its own lunr language, so Material's worker stems it with that language's Snowball
stemmer (a Russian query «градиента» finds «градиент»). The theme override (overrides/main.html)
points Material's "base" at the language root, where it finds that index and that sitemap.
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
