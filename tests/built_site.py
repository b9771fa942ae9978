"""The built site as the browser tests see it: its languages and pages, found in $SITE_DIR.

Every index.html is a page; its language is given by the folder it sits under (/es/, /pt/, /ru/
or the root for the default language). Nothing lists the pages, so new ones are tested as they
appear. TALLY collects the counts that conftest.py prints at the end of the run.
"""

import os
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

SITE_DIR = Path(os.environ.get("SITE_DIR", "site"))
REPO = Path(__file__).resolve().parents[1]
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = REPO / "test-artifacts" / "screenshots"

# What the summary at the end of the run reports; the tests add to it as they go.
TALLY = Counter()


@dataclass(frozen=True)
class SitePage:
    lang: str  # hreflang of the page's language
    root: str  # the language's folder in the site, "" for the default language
    path: str  # the page's path below its language root: "" for the home page, "notation/"
    kind: str  # home, article or notebook: one screenshot (light and dark) per kind and language
    first_of_kind: bool

    @property
    def url_path(self):
        return f"{self.root}/{self.path}" if self.root else self.path

    def __str__(self):
        return f"{self.lang}:/{self.path}"


def languages(site=SITE_DIR):
    """[(hreflang, folder)] from the language selector of the home page, default language first."""
    home = (site / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'<a href="([^"]*)" hreflang="([^"]+)" class="md-select__link"', home)
    assert links, f"no language selector in {site / 'index.html'}"
    return sorted(((lang, href.strip("./")) for href, lang in links), key=lambda lang: lang[1] != "")


def language_after(lang, step=1):
    """(hreflang, folder) of the language `step` places after `lang` in languages(), wrapping around:
    the tests that switch each language to another one choose every language once."""
    langs = languages()
    index = [code for code, _ in langs].index(lang)
    return langs[(index + step) % len(langs)]


def site_pages(site=SITE_DIR):
    langs = languages(site)
    folders = {root for _, root in langs if root}
    pages, seen_kinds = [], set()
    for html in sorted(site.rglob("index.html")):
        rel = html.parent.relative_to(site).as_posix()
        parts = [] if rel == "." else rel.split("/")
        if parts and parts[0] in ("assets", "search"):
            continue
        root = parts[0] if parts and parts[0] in folders else ""
        path = "".join(f"{p}/" for p in parts[1 if root else 0 :])
        lang = next(lang for lang, folder in langs if folder == root)
        text = html.read_text(encoding="utf-8")
        kind = "home" if not path else "notebook" if "jupyter-wrapper" in text else "article"
        pages.append(SitePage(lang, root, path, kind, (lang, kind) not in seen_kinds))
        seen_kinds.add((lang, kind))
    return pages
