"""Choosing another language in the header's selector lands on the same page in that language."""

from built_site import TALLY, languages


def choose(page, lang):
    """Open the real selector (it opens on hover) and click the language, as a reader would."""
    page.hover(".md-header .md-select")
    with page.expect_navigation(wait_until="load"):
        page.click(f".md-select__link[hreflang={lang}]")


def test_switcher_keeps_the_page(page, traffic, site_url, site_page):
    for lang, root in languages():
        if lang == site_page.lang:
            continue
        page.goto(site_url + site_page.url_path, wait_until="load")
        choose(page, lang)
        expected = site_url + (f"{root}/" if root else "") + site_page.path
        assert page.url == expected, f"{site_page} -> {lang}"
        assert page.evaluate("document.documentElement.lang") == lang
        TALLY["language switches"] += 1
    assert traffic.broken == []


def test_switcher_after_following_links(page, site_url, language):
    """The selector belongs to the page reached by clicking through the site, not the first one."""
    lang, root = language
    home = site_url + (f"{root}/" if root else "")
    page.goto(home, wait_until="load")
    for _ in range(2):  # the footer's "next" link, as a reader pages through the site
        with page.expect_navigation(wait_until="load"):
            page.click("a.md-footer__link--next")
    assert page.url.startswith(home) and page.url != home
    here = page.url.removeprefix(home)
    for other, other_root in languages():
        if other != lang:
            choose(page, other)
            assert page.url == site_url + (f"{other_root}/" if other_root else "") + here
            page.go_back()
            # Material's instant navigation records the scroll offset with history.replaceState, a
            # same-document navigation go_back may take for its own: wait for the page it returns to.
            page.wait_for_url(home + here, wait_until="load")
            TALLY["language switches"] += 1
