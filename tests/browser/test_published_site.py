"""The site built for a public address with a sub-path, served as GitHub Pages serves a project site.

One extra build per test session (per xdist worker; the fixture `published`): SITE_URL is
http://127.0.0.1:PORT/backprop/, PORT being that of the server that already serves its parent
folder, so the address the site is built for is the one the browser opens (Material loads
instantly only the URLs of the sitemap).
Like GitHub Pages, the server answers a missing URL with the site's root 404.html
(tools/local_server.py, StaticHost).

- The head of every page, read from the built HTML as a crawler reads it: hreflang alternates for
  the four languages and x-default, canonical, description and Open Graph tags in the page's
  language; the sitemaps carry the same alternates; robots.txt names the sitemap; nothing in the
  build points to another address than SITE_URL's.
- Every address a page's HTML refers to on the site (stylesheets, scripts, images, icons, links,
  the download) is a file of the build: read from each page's HTML, for every page.
- In Chromium: the first page of each kind (home, article, notebook) in each language loads under
  the sub-path with no failed request and no console error, formulas rendered (pages of a kind
  share their stylesheets, scripts and fonts; what each page refers to is checked above); a missing
  URL under each language's folder shows that language's not-found page, with its header, search
  and a link to its home.
- Instant navigation, search, the language selector and the notebook download under the sub-path:
  three tests of test_instant_navigation.py, imported below, which makes pytest collect and run
  them in this module too, against this build (this module's site_url). Each follows "next" links
  and checks that the pages changed instantly; the fourth, which renders every page both ways,
  is left to the root build (every page's rendering under the sub-path is checked here).
"""

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from built_site import REPO, SITE_DIR, TALLY, languages, site_pages
from local_server import StaticHost, serving
from search_box import initializing_text, search
from test_instant_navigation import (  # noqa: F401  (collected and run here, against this build)
    test_copy_buttons_and_download_after_instant_navigation as test_download_under_sub_path,
    test_search_after_instant_navigation_stays_in_the_language as test_search_under_sub_path,
    test_selector_after_instant_navigation_keeps_the_page as test_selector_under_sub_path,
)


SUB_PATH = "backprop"
# Open Graph locales (language_TERRITORY) by hreflang: Portuguese is Brazil's.
OG_LOCALES = {"en": "en_US", "es": "es_ES", "pt-BR": "pt_BR", "ru": "ru_RU"}
CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)
LOCAL_URL = re.compile(r"https?://(?:127\.\d+\.\d+\.\d+|localhost|0\.0\.0\.0|\[::1\])(?::\d+)?", re.IGNORECASE)
SITEMAP = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


class ProjectSite(StaticHost):
    SITE = SUB_PATH


@dataclass(frozen=True)
class Build:
    url: str   # SITE_URL, ending in /backprop/
    dir: Path  # its site folder

    def file(self, url):
        """The file a URL of the site is served from."""
        assert url.startswith(self.url), f"{url} is not on {self.url}"
        path = self.dir / url.removeprefix(self.url)
        return path / "index.html" if url.endswith("/") else path


@pytest.fixture(scope="session")
def published(tmp_path_factory):
    parent = tmp_path_factory.mktemp("published")
    with serving(parent, ProjectSite) as port:
        url = f"http://127.0.0.1:{port}/{SUB_PATH}/"
        done = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(parent / SUB_PATH)],
            cwd=REPO, env={**os.environ, "SITE_URL": url, "NO_MKDOCS_2_WARNING": "1"},
            capture_output=True, text=True, timeout=1200,
        )
        assert done.returncode == 0, done.stderr[-3000:]
        yield Build(url, parent / SUB_PATH)


@pytest.fixture(scope="session")
def site_url(published):
    """This module's pages (and the imported tests') are opened on the sub-path build."""
    return published.url


class Head(HTMLParser):
    """<html lang>, and the <link> and <meta> tags of a page's <head>."""

    def __init__(self, text):
        super().__init__()
        self.lang, self.links, self.meta, self.title, self._in = None, [], {}, "", []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        elif tag == "link":
            self.links.append(attrs)
        elif tag == "meta" and ("property" in attrs or "name" in attrs):
            self.meta.setdefault(attrs.get("property") or attrs["name"], []).append(attrs.get("content"))
        self._in.append(tag)

    def handle_endtag(self, tag):
        if self._in and self._in[-1] == tag:
            self._in.pop()

    def handle_data(self, data):
        if self._in and self._in[-1] == "title":
            self.title += data

    def one(self, name):
        values = self.meta.get(name, [])
        assert len(values) == 1, f"{name}: {values}"
        return values[0]

    @property
    def hreflang(self):
        found = [(link["hreflang"], link["href"]) for link in self.links if link.get("rel") == "alternate" and "hreflang" in link]
        assert len(found) == len(dict(found)), f"a language twice: {found}"
        return dict(found)

    @property
    def canonical(self):
        (href,) = [link["href"] for link in self.links if link.get("rel") == "canonical"]
        return href


def head_of(build, url):
    return Head(build.file(url).read_text(encoding="utf-8"))


def page_urls(build, site_page):
    """The site_page in every language, on the build's address: {hreflang: URL}."""
    return {lang: build.url + (f"{root}/" if root else "") + site_page.path for lang, root in languages()}


def test_every_page_head_names_its_versions_and_describes_itself_in_its_language(published, site_page):
    urls = page_urls(published, site_page)
    default = languages()[0][0]
    url = urls[site_page.lang]
    head = head_of(published, url)
    assert head.lang == site_page.lang

    assert head.canonical == url
    assert head.hreflang == {**urls, "x-default": urls[default]}
    assert [u for u in head.hreflang.values() if not published.file(u).is_file()] == []

    description = head.one("description")
    assert description and head.one("og:description") == description
    versions = {lang: head_of(published, u).one("description") for lang, u in urls.items()}
    assert len(set(versions.values())) == len(versions), f"a description shared by two languages: {versions}"
    assert bool(CYRILLIC.search(description)) == (site_page.lang == "ru"), description

    assert head.one("og:url") == url
    assert head.one("og:type") == ("website" if not site_page.path else "article")
    title = head.one("og:title")
    assert title and title in head.title
    assert head.one("og:site_name") in head.title
    assert head.one("og:locale") == OG_LOCALES[site_page.lang]
    assert sorted(head.meta["og:locale:alternate"]) == sorted(v for k, v in OG_LOCALES.items() if k != site_page.lang)
    assert published.file(head.one("og:image")).is_file()
    alts = {lang: head_of(published, u).one("og:image:alt") for lang, u in urls.items()}
    assert len(set(alts.values())) == len(alts), f"the share image's alt text is not translated: {alts}"


def test_built_pages_are_the_default_builds(published):
    def pages(site):
        return sorted(str(html.relative_to(site)) for html in site.rglob("index.html"))
    assert pages(published.dir) == pages(SITE_DIR)


def test_sitemaps_and_robots_txt_use_the_site_address(published):
    robots = (published.dir / "robots.txt").read_text(encoding="utf-8")
    sitemaps = re.findall(r"^Sitemap: (\S+)$", robots, re.M)
    assert sitemaps == [published.url + "sitemap.xml"]

    listed = {}
    for sitemap in [published.dir / "sitemap.xml", *(published.dir / root / "sitemap.xml" for _, root in languages() if root)]:
        for entry in ET.parse(sitemap).getroot().findall("s:url", SITEMAP):
            loc = entry.find("s:loc", SITEMAP).text
            alternates = {link.get("hreflang"): link.get("href") for link in entry.findall("xhtml:link", SITEMAP)}
            assert alternates == head_of(published, loc).hreflang, f"{sitemap}: {loc}"
            listed.setdefault(sitemap.parent.name, set()).add(loc)
    every_page = {published.url + p.url_path for p in site_pages()}
    assert listed.pop(published.dir.name) == every_page  # the root's lists every language
    for lang, root in languages()[1:]:
        assert listed[root] == {u for u in every_page if u.startswith(f"{published.url}{root}/")}, lang


def test_nothing_points_to_another_local_address(published):
    """No link to the address `make serve` uses (or any other local one) in a build for another."""
    own = urlsplit(published.url).netloc
    foreign = {}
    for path in published.dir.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".xml", ".json", ".js", ".css", ".txt", ".ipynb", ".svg"):
            others = {u for u in LOCAL_URL.findall(path.read_text(encoding="utf-8")) if urlsplit(u).netloc != own}
            if others:
                foreign[str(path.relative_to(published.dir))] = sorted(others)
    assert foreign == {}


RENDERED = """() => ({
  formulas: document.querySelectorAll(".md-content math").length,
  unrendered: [...document.querySelectorAll(".md-content .arithmatex")].filter(el => !el.querySelector("math")).length,
  errors: document.querySelectorAll(".md-content .temml-error").length,
  lang: document.documentElement.lang,
})"""


class References(HTMLParser):
    """Every address an HTML page refers to: href and src of any tag, and srcset candidates."""

    def __init__(self, text):
        super().__init__()
        self.urls = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value and name in ("href", "src"):
                self.urls.append(value)
            elif value and name == "srcset":
                self.urls += [candidate.split()[0] for candidate in value.split(",") if candidate.strip()]


def test_every_address_a_page_refers_to_on_the_site_is_a_file_of_the_build(published, site_page):
    url = page_urls(published, site_page)[site_page.lang]
    missing = []
    for reference in References(published.file(url).read_text(encoding="utf-8")).urls:
        target = urljoin(url, reference).split("#")[0].split("?")[0]
        if urlsplit(target).netloc != urlsplit(url).netloc:
            continue  # another host: test_nothing_points_to_another_local_address, and tests/browser
        if not target.startswith(published.url) or not published.file(target).is_file():
            missing.append(reference)  # outside the sub-path (the host's other sites), or no such file
    TALLY["pages with every address resolved under a sub-path"] += 1
    assert missing == [], f"{url}: {missing}"


def test_first_page_of_each_kind_loads_under_the_sub_path(page, traffic, published, page_of_each_kind):
    site_page = page_of_each_kind
    url = page_urls(published, site_page)[site_page.lang]
    response = page.goto(url, wait_until="load")
    assert response.status == 200
    shown = page.evaluate(RENDERED)
    assert shown["lang"] == site_page.lang and shown["unrendered"] == shown["errors"] == 0
    TALLY["pages under a sub-path"] += 1
    assert traffic.broken == [] and traffic.external == [] and traffic.console == []


SEARCH_QUERY = "sigmoid"  # a word of every language's pages


def test_missing_page_shows_the_not_found_page_of_its_language(page, traffic, published, language):
    lang, root = language
    home = published.url + (f"{root}/" if root else "")
    asked = home + "no-such-page/below/?q=1#part"
    response = page.goto(asked)
    assert response.status == 404
    page.wait_for_function("lang => document.documentElement.lang === lang", arg=lang)
    assert page.url == asked, "the address bar keeps the address the reader asked for"

    own = Head((published.dir / root / "404.html").read_text(encoding="utf-8"))
    shown = page.evaluate("""() => ({
      title: document.title,
      heading: document.querySelector(".md-content h1").textContent.trim(),
      links: [...document.querySelectorAll(".md-content a")].map(a => a.href),
      header: document.querySelector(".md-header__topic").textContent.trim(),
      background: getComputedStyle(document.querySelector(".md-header")).backgroundColor,
      selector: [...document.querySelectorAll(".md-select__link")].map(a => a.href),
    })""")
    assert shown["title"] == own.title.strip()
    assert shown["heading"] in own.title and home in shown["links"]
    assert shown["background"] != "rgba(0, 0, 0, 0)", "the page is styled"
    assert sorted(shown["selector"]) == sorted(published.url + (f"{r}/" if r else "") for _, r in languages())
    titles = {Head((published.dir / r / "404.html").read_text(encoding="utf-8")).title for _, r in languages()}
    assert len(titles) == len(languages()), "the not-found page is translated"

    not_found = (published.dir / root / "404.html").read_text(encoding="utf-8")
    found = search(page, SEARCH_QUERY, initializing_text(not_found))
    others = tuple(published.url + f"{r}/" for _, r in languages() if r and r != root)
    assert found and all(href.startswith(home) and not href.startswith(others) for href in found), found

    page.keyboard.press("Escape")  # close the search
    link = page.locator(".md-content a")
    assert link.count() == 1
    link.click()
    page.wait_for_url(home, wait_until="load")
    assert page.evaluate("document.documentElement.lang") == lang
    TALLY["not-found pages checked"] += 1
    # The one failed request is the missing page's own, which Chromium also reports in the console.
    assert traffic.broken == [f"404 {asked.split('#')[0]}"] and traffic.external == []
    assert traffic.console == ["Failed to load resource: the server responded with a status of 404 (Not Found)"]
