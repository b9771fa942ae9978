"""The built site as the built-site and browser tests see it: its address, languages and pages.

`make test` builds the site once, before pytest, for a project site's address with a sub-path
(http://127.0.0.1:8000/backprop/, as GitHub Pages serves a project site) into
test-artifacts/site/backprop; $SITE_DIR names another build. Every test that reads the built HTML
or opens it in Chromium reads that one build.

Every index.html is a page; its language is given by the folder it sits under (/es/, /pt/, /ru/
or the root for the default language). Nothing lists the pages, so new ones are tested as they
appear. TALLY collects the counts that conftest.py prints at the end of the run.
"""

import os
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from html import unescape
from pathlib import Path
from urllib.parse import urljoin, urlsplit

REPO = Path(__file__).resolve().parents[1]
SITE_DIR = Path(os.environ.get("SITE_DIR", REPO / "test-artifacts" / "site" / "backprop")).resolve()
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = REPO / "test-artifacts" / "screenshots"

SITEMAP_LOC = re.compile(r"<loc>(.*?)</loc>")
TITLE = re.compile(r"<title>(.*?)</title>", re.S)


@cache  # read once: the proxy asks for it on every request
def published_url():
    """The address the site was built for (site_url, ending in /): the first page of its root sitemap."""
    assert (SITE_DIR / "index.html").is_file(), f"build the site first (make test-site): no {SITE_DIR}/index.html"
    return SITEMAP_LOC.search((SITE_DIR / "sitemap.xml").read_text(encoding="utf-8")).group(1)


def language_home(site_url, root):
    """The home page of the language whose folder is `root` ("" for the default language)."""
    return site_url + (f"{root}/" if root else "")


def built_title(path):
    """The <title> of a built HTML file."""
    return unescape(TITLE.search(path.read_text(encoding="utf-8")).group(1)).strip()


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


@cache  # the build does not change during a run; collection asks for it in every module
def languages():
    """[(hreflang, folder)] from the language selector of the home page, default language first."""
    base = urlsplit(published_url()).path  # the links are absolute paths under a sub-path: /backprop/es/
    home = (SITE_DIR / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'<a href="([^"]*)" hreflang="([^"]+)" class="md-select__link"', home)
    assert links, f"no language selector in {SITE_DIR / 'index.html'}"
    return tuple(sorted(((lang, urljoin(base, href).removeprefix(base).strip("/")) for href, lang in links),
                        key=lambda lang: lang[1] != ""))


def language_after(lang, step=1):
    """(hreflang, folder) of the language `step` places after `lang` in languages(), wrapping around:
    the tests that switch each language to another one choose every language once."""
    langs = languages()
    index = [code for code, _ in langs].index(lang)
    return langs[(index + step) % len(langs)]


@cache
def site_pages():
    langs = languages()
    folders = {root for _, root in langs if root}
    pages, seen_kinds = [], set()
    for html in sorted(SITE_DIR.rglob("index.html")):
        rel = html.parent.relative_to(SITE_DIR).as_posix()
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
    return tuple(pages)


def parametrize(metafunc):
    """Parametrize the built-site and browser tests (their conftest.py's pytest_generate_tests) with
    the build's pages and languages, by the name of the argument they take."""
    names = set(metafunc.fixturenames)
    if "site_page" in names:  # every page of the build
        pages = site_pages()
        metafunc.parametrize("site_page", pages, ids=[str(p) for p in pages])
    if "visited_page" in names:
        # test_pages.py: a page's four languages one after the other, English first, so that a worker
        # that runs them compares the translations with the strings read on the English page's visit.
        default = languages()[0][0]
        pages = sorted(site_pages(), key=lambda p: (p.path, p.lang != default))
        metafunc.parametrize("visited_page", pages, ids=[str(p) for p in pages])
    if "page_of_each_kind" in names:  # the first home, article and notebook of each language
        pages = [p for p in site_pages() if p.first_of_kind]
        metafunc.parametrize("page_of_each_kind", pages, ids=[str(p) for p in pages])
    if "root_or_folder_language" in names:
        # The default language, at the site's root, and one in a folder of its own (/ru/): what
        # differs between languages for a mechanism that is the same for the others (instant
        # navigation over every page; each page of every language is loaded in full by test_pages.py).
        langs = [languages()[0], languages()[-1]]
        metafunc.parametrize("root_or_folder_language", langs, ids=[lang for lang, _ in langs])
    if "language" in names:
        langs = languages()
        metafunc.parametrize("language", langs, ids=[lang for lang, _ in langs])
