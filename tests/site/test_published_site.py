"""The build as a crawler and a static host see it: a project site at an address with a sub-path.

`make test` builds the site once for http://127.0.0.1:8000/backprop/ (built_site.py), as GitHub
Pages serves a project site; this reads that build's HTML, no browser:

- The head of every page: hreflang alternates for the four languages and x-default, canonical,
  description and Open Graph tags in the page's language; the sitemaps carry the same alternates;
  robots.txt names the sitemap; nothing in the build points to another local address than its own.
- Every address a page's HTML refers to on the site (stylesheets, scripts, images, icons, links,
  the download) is a file of the build, under the sub-path: read from each page's HTML, for every
  page.

Every page loads under the sub-path in Chromium with no failed request (tests/browser/test_pages.py),
and a missing URL shows the not-found page of its language (tests/browser/test_not_found.py).
"""

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from built_site import TALLY, language_home, languages, published_url, site_pages

# Open Graph locales (language_TERRITORY) by hreflang: Portuguese is Brazil's.
OG_LOCALES = {"en": "en_US", "es": "es_ES", "pt-BR": "pt_BR", "ru": "ru_RU"}
CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)
LOCAL_URL = re.compile(r"https?://(?:127\.\d+\.\d+\.\d+|localhost|0\.0\.0\.0|\[::1\])(?::\d+)?", re.IGNORECASE)
SITEMAP = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


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
def published(site):
    return Build(published_url(), site)


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
    return {lang: language_home(build.url, root) + site_page.path for lang, root in languages()}


def test_every_page_head_names_its_versions_and_describes_itself_in_its_language(published, site_page):
    urls = page_urls(published, site_page)
    default = languages()[0][0]
    url = urls[site_page.lang]
    heads = {lang: head_of(published, u) for lang, u in urls.items()}  # the page's versions
    head = heads[site_page.lang]
    assert head.lang == site_page.lang

    assert head.canonical == url
    assert head.hreflang == {**urls, "x-default": urls[default]}
    assert [u for u in head.hreflang.values() if not published.file(u).is_file()] == []

    description = head.one("description")
    assert description and head.one("og:description") == description
    versions = {lang: other.one("description") for lang, other in heads.items()}
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
    alts = {lang: other.one("og:image:alt") for lang, other in heads.items()}
    assert len(set(alts.values())) == len(alts), f"the share image's alt text is not translated: {alts}"


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
