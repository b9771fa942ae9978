"""Instant navigation (Material's navigation.instant), as a reader's browser meets it at site_url:
every page reached instantly renders as on a full load; copy buttons, the notebook download, search
and the language selector after instant page changes. (The stepper and the explorers after an
instant page change: test_stepper.py, test_explorers.py.)
"""

import json
from urllib.parse import urlsplit

from built_site import SCREENSHOTS, SITE_DIR, TALLY, language_after, language_home, languages, site_pages
from instant_pages import MARKER, arrive_instantly, follow_next, instant, open_fully
from search_box import initializing_text, search

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


def walk_to(page, site_url, kind, root):
    """Reach the language's first page of a kind instantly (every page is reached instantly from the
    one before it in the test above)."""
    (target,) = [p for p in site_pages() if p.root == root and p.kind == kind and p.first_of_kind]
    return arrive_instantly(page, site_url, root, target.path)


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
