"""Instant navigation (Material's navigation.instant), as a reader's browser meets it at site_url.

Material loads a link instantly (fetch, swap the page body, no page load) only if its URL is in
the sitemap of the language root, and the sitemap's URLs carry site_url's host and port. Served on
any other port, every click is a full page load and instant navigation never runs. So here the
browser is given the published address itself: the tests open site_url (read from the built
sitemap) and Chromium sends every request through a proxy on a free local port that answers from
$SITE_DIR. Nothing needs site_url's own port to be free.

A marker set on `window` survives an instant page change and is gone after a full page load: that
tells the two apart.
"""

import html
import json
import re
from urllib.parse import urljoin, urlsplit

import pytest

from built_site import SCREENSHOTS, SITE_DIR, TALLY, language_after, languages, site_pages
from local_server import QuietHandler, serving
from search_box import initializing_text, search

MARKER = "window.__instantMarker"
SITEMAP_LOC = re.compile(r"<loc>(.*?)</loc>")
TITLE = re.compile(r"<title>(.*?)</title>", re.S)

# What a page shows once Material has mounted it (its formulas come typeset in the HTML,
# hooks/math_render.py: an instant page change swaps them in with the rest of the content).
RENDERED = """() => ({
  formulas: document.querySelectorAll(".md-content math").length,
  unrendered: [...document.querySelectorAll(".md-content .arithmatex")].filter(el => !el.querySelector("math")).length,
  errors: document.querySelectorAll(".md-content .temml-error").length,
  // Code blocks, not their copy buttons: Material adds a block's buttons once it scrolls into view
  // (content.lazy), so how many exist depends on the scrolling
  // (test_copy_buttons_and_download_after_instant_navigation clicks one).
  codeBlocks: document.querySelectorAll(".md-content pre > code").length,
  stylesheets: [...document.styleSheets].map(sheet => sheet.href).filter(Boolean).map(href => new URL(href).pathname).sort(),
  notebookCodeFont: (el => el && getComputedStyle(el).fontFamily)(document.querySelector(".jp-CodeCell .jp-InputArea-editor pre")),
  download: (a => a && a.href)(document.querySelector(".md-content a[download]")),
  lang: document.documentElement.lang,
})"""


def published_url():
    """The address the site was built for (site_url): the first page of its root sitemap."""
    sitemap = (SITE_DIR / "sitemap.xml").read_text(encoding="utf-8")
    url = SITEMAP_LOC.search(sitemap).group(1)
    assert urlsplit(url).scheme in ("http", "https"), f"instant navigation needs an http(s) site_url, not {url}"
    return url


class PublishedSite(QuietHandler):
    """A proxy that answers requests for the published host from the built site."""

    def translate_path(self, path):
        # A proxy gets the absolute form, "GET http://127.0.0.1:8000/es/ HTTP/1.1".
        return super().translate_path(urlsplit(path).path or "/")

    def send_head(self):
        if urlsplit(self.path).netloc != urlsplit(published_url()).netloc:
            self.send_error(502, "only the published site is served here")
            return None
        return super().send_head()


@pytest.fixture(scope="session")
def proxy():
    with serving(SITE_DIR, PublishedSite) as port:
        yield f"http://127.0.0.1:{port}"


@pytest.fixture(scope="session")
def site_url(proxy):
    """This module's pages are opened at the published address (conftest's traffic uses it too)."""
    return published_url()


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args, proxy):
    # "<-loopback>": Chromium would otherwise send requests for 127.0.0.1 past the proxy.
    return {**browser_context_args, "proxy": {"server": proxy, "bypass": "<-loopback>"}}


def language_home(site_url, root):
    return site_url + (f"{root}/" if root else "")


def built_title(site_url, url):
    path = url.removeprefix(site_url)
    return html.unescape(TITLE.search((SITE_DIR / path / "index.html").read_text(encoding="utf-8")).group(1))


def open_fully(page, url):
    page.goto(url, wait_until="load")
    page.evaluate(f"{MARKER} = true")


def follow_next(page, site_url):
    """Click the footer's "next" link; return its URL once the page it leads to is rendered."""
    link = page.locator("a.md-footer__link--next")
    url = link.get_attribute("href")
    link.click()
    page.wait_for_url(url)
    page.wait_for_function("title => document.title === title", arg=built_title(site_url, url))
    page.wait_for_function("() => [...document.querySelectorAll('.md-content .arithmatex')]"
                           ".every(el => el.querySelector('math'))")
    # A stylesheet the new page links (a notebook page's own) is loaded before its styles are read.
    page.wait_for_function("() => [...document.querySelectorAll('link[rel=stylesheet]')].every(link => link.sheet)")
    return url


def instant(page):
    return page.evaluate(f"{MARKER} === true")


def selector_links(page):
    return {a["lang"]: a["href"] for a in page.eval_on_selector_all(
        ".md-select__link", "links => links.map(a => ({lang: a.hreflang, href: a.href}))")}


def same_page_in_every_language(site_url, url, root):
    path = url.removeprefix(language_home(site_url, root))
    return {lang: language_home(site_url, other) + path for lang, other in languages()}


def test_every_page_is_reached_instantly_and_rendered_as_on_a_full_load(page, traffic, site_url, root_or_folder_language):
    """The footer's "next" links, from the home page to the notebook, in one language."""
    lang, root = root_or_folder_language
    open_fully(page, language_home(site_url, root))
    reached = {}  # URL: the page as rendered after the instant page change
    while page.locator("a.md-footer__link--next").count():
        url = follow_next(page, site_url)
        assert instant(page), f"{url}: a full page load, not an instant one"
        after_instant = page.evaluate(RENDERED)
        assert selector_links(page) == same_page_in_every_language(site_url, url, root), url
        reached[url] = after_instant

        page.goto(url, wait_until="load")  # the same page, loaded in full, as the reference
        page.wait_for_function("() => [...document.querySelectorAll('.md-content .arithmatex')]"
                               ".every(el => el.querySelector('math'))")
        on_full_load = page.evaluate(RENDERED)
        assert after_instant == on_full_load, url
        assert after_instant["lang"] == lang and after_instant["unrendered"] == after_instant["errors"] == 0
        page.evaluate(f"{MARKER} = true")
        TALLY["instant page changes"] += 1
    # Every page of the language, the notebook included (last in the nav).
    pages = {site_url + p.url_path: p.kind for p in site_pages() if p.lang == lang}
    assert {language_home(site_url, root), *reached} == set(pages)
    notebook = reached[list(reached)[-1]]
    assert pages[list(reached)[-1]] == "notebook"
    assert notebook["notebookCodeFont"] and notebook["download"].endswith(".ipynb") and notebook["formulas"]
    assert traffic.broken == [] and traffic.external == [] and traffic.console == []


PREVIOUS = re.compile(r'<a href="([^"]*)" class="md-footer__link md-footer__link--prev"')


def walk_to(page, site_url, kind, root):
    """Reach the language's first page of a kind instantly: from the page before it, its "next" link.
    (Every page is reached instantly from the one before it in the test above.)"""
    (target,) = [p for p in site_pages() if p.root == root and p.kind == kind and p.first_of_kind]
    url = site_url + target.url_path
    before = PREVIOUS.search((SITE_DIR / target.url_path / "index.html").read_text(encoding="utf-8")).group(1)
    open_fully(page, urljoin(url, html.unescape(before)))
    follow_next(page, site_url)
    assert page.url == url and instant(page)
    return url


def test_copy_buttons_and_download_after_instant_navigation(page, traffic, site_url, language):
    _, root = language
    walk_to(page, site_url, "article", root)
    block = page.locator(".md-content pre:has(> code)").first
    block.scroll_into_view_if_needed()  # Material adds a block's buttons once it is in view (content.lazy)
    button = block.locator("button[data-md-type=copy]")
    button.click()
    code = button.evaluate("b => b.closest('pre').querySelector('code').innerText.trimEnd()")
    assert code.strip() and page.evaluate("navigator.clipboard.readText()") == code

    walk_to(page, site_url, "notebook", root)
    block = page.locator(".md-content .jupyter-wrapper pre:has(> code)").first
    block.scroll_into_view_if_needed()
    cell = block.locator("button[data-md-type=copy]")
    cell.click()
    source = cell.evaluate("b => b.closest('pre').querySelector('code').innerText.trimEnd()")
    assert source.strip() and page.evaluate("navigator.clipboard.readText()").rstrip("\n") == source
    with page.expect_download() as download:
        page.locator(".md-content a[download]").click()
    assert download.value.url == page.url + urlsplit(download.value.url).path.rsplit("/", 1)[1]
    assert json.loads(download.value.path().read_text(encoding="utf-8"))["cells"]
    assert instant(page)
    if language[0] == "en":
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=SCREENSHOTS / "instant-notebook-en.png", full_page=True)
        TALLY["screenshots"] += 1
    assert traffic.broken == [] and traffic.external == [] and traffic.console == []


QUERY = "sigmoid"  # a word of every language's pages (notation table, formulas' names)


def test_search_after_instant_navigation_stays_in_the_language(page, traffic, site_url, language):
    _, root = language
    home = language_home(site_url, root)
    open_fully(page, home)
    follow_next(page, site_url)
    follow_next(page, site_url)
    hits = search(page, QUERY, initializing_text((SITE_DIR / root / "index.html").read_text(encoding="utf-8")))
    found = {href.split("?")[0].split("#")[0] for href in hits}
    index = json.loads((SITE_DIR / root / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    expected = {home + doc["location"].split("#")[0] for doc in index if QUERY in (doc["text"] + doc["title"]).lower()}
    others = tuple(language_home(site_url, r) for _, r in languages() if r and r != root)
    assert found and expected and found <= expected and not [u for u in found if u.startswith(others)], found
    TALLY["searches"] += 1

    # A result is a link of the language's own sitemap: it opens instantly too.
    page.locator(".md-search-result__item > a").first.click()
    page.wait_for_url(lambda url: url.split("?")[0].split("#")[0] in expected)
    assert instant(page)
    assert traffic.broken == [] and traffic.external == [] and traffic.console == []


def test_selector_after_instant_navigation_keeps_the_page(page, traffic, site_url, language):
    """Instant page changes, then another language (the next one: each language is chosen once):
    the same page, loaded in full."""
    lang, root = language
    other, other_root = language_after(lang)
    open_fully(page, language_home(site_url, root))
    for _ in range(3):
        url = follow_next(page, site_url)
    assert instant(page)
    page.hover(".md-header .md-select")
    page.click(f".md-select__link[hreflang={other}]")
    # The address, not "a navigation": instant navigation's history.replaceState is one too.
    page.wait_for_url(same_page_in_every_language(site_url, url, root)[other], wait_until="load")
    assert not instant(page), "a language change must load the page in full"
    assert page.evaluate("document.documentElement.lang") == other
    # The new language's config: its search index and sitemap are those under its own root.
    base = page.evaluate("JSON.parse(document.getElementById('__config').textContent).base")
    assert page.evaluate("b => new URL(b, location).href", base) == language_home(site_url, other_root)
    TALLY["language switches"] += 1
    assert traffic.broken == [] and traffic.external == [] and traffic.console == []
