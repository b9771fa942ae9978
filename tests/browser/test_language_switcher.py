"""Choosing another language in the header's selector lands on the same page in that language.

Every page's selector links are checked in its visit (test_pages.py); here the selector is used, on
one page of each kind per language and after following links through the site."""

from built_site import TALLY, language_after


def choose(page, lang, expected):
    """Open the real selector (it opens on hover) and click the language, as a reader would.

    Waits for the expected address, not for "a navigation": Material records the scroll offset with
    history.replaceState, a same-document navigation that expect_navigation would take for the click's.
    """
    page.hover(".md-header .md-select")
    page.click(f".md-select__link[hreflang={lang}]")
    page.wait_for_url(expected, wait_until="load")


def test_switcher_keeps_the_page(page, traffic, site_url, page_of_each_kind):
    """To the next language (each language is chosen once per kind of page)."""
    here = page_of_each_kind
    lang, root = language_after(here.lang)
    page.goto(site_url + here.url_path, wait_until="load")
    choose(page, lang, site_url + (f"{root}/" if root else "") + here.path)
    assert page.evaluate("document.documentElement.lang") == lang
    TALLY["language switches"] += 1
    assert traffic.broken == []


def test_switcher_after_following_links(page, site_url, language):
    """The selector belongs to the page reached by clicking through the site, not the first one."""
    lang, root = language
    home = site_url + (f"{root}/" if root else "")
    page.goto(home, wait_until="load")
    for _ in range(2):  # the footer's "next" link, as a reader pages through the site
        link = page.locator("a.md-footer__link--next")
        url = link.evaluate("a => a.href")
        link.click()
        page.wait_for_url(url, wait_until="load")
    assert page.url.startswith(home) and page.url != home
    here = page.url.removeprefix(home)
    # To the previous language (test_switcher_keeps_the_page goes to the next), and back.
    other, other_root = language_after(lang, -1)
    choose(page, other, site_url + (f"{other_root}/" if other_root else "") + here)
    page.go_back()
    page.wait_for_url(home + here, wait_until="load")
    TALLY["language switches"] += 1
