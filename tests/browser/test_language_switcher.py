"""Choosing another language in the header's selector lands on the same page in that language.

Every page's selector links are checked in its visit (test_pages.py); here the selector is used, on
one page of each kind per language, to each of the other languages. (After instant page changes:
test_instant_navigation.py.)"""

from built_site import TALLY, language_after, language_home, languages


def choose(page, lang, expected):
    """Open the real selector (it opens on hover) and click the language, as a reader would.

    Waits for the expected address, not for "a navigation": Material records the scroll offset with
    history.replaceState, a same-document navigation that expect_navigation would take for the click's.
    """
    page.hover(".md-header .md-select")
    page.click(f".md-select__link[hreflang={lang}]")
    page.wait_for_url(expected, wait_until="load")


def test_switcher_keeps_the_page(page, traffic, site_url, page_of_each_kind):
    """To every other language, each from the page in the language before it."""
    here = page_of_each_kind
    page.goto(site_url + here.url_path, wait_until="load")
    lang = here.lang
    for _ in languages()[1:]:
        lang, root = language_after(lang)
        choose(page, lang, language_home(site_url, root) + here.path)
        assert page.evaluate("document.documentElement.lang") == lang
        TALLY["language switches"] += 1
    assert traffic.broken == []
