"""The stepper after Material's instant page change, and on the page opened from disk (file://).

Instant navigation only runs at the published address: this module borrows the proxy of
test_instant_navigation.py (its fixtures), which answers for site_url from the built site.
"""

from built_site import SITE_DIR
from test_instant_navigation import browser_context_args, follow_next, instant, language_home, open_fully, proxy, site_url  # noqa: F401
from test_stepper import DATA, check_step


def test_stepper_starts_after_an_instant_page_change(page, traffic, site_url, language):  # noqa: F811
    lang, root = language
    open_fully(page, language_home(site_url, root))
    while not page.url.endswith("/delta-rule/"):
        follow_next(page, site_url)
    assert instant(page), "the delta-rule page was loaded in full, not instantly"
    page.wait_for_selector(".stepper.is-active svg")
    assert page.locator(".stepper svg").count() == 1
    check_step(page, 0, lang)
    page.locator(".stepper-controls button").nth(1).click()
    check_step(page, 1, lang)
    page.keyboard.press("ArrowRight")
    check_step(page, 2, lang)
    assert traffic.console == [] and traffic.broken == []


def test_stepper_works_from_disk(browser, language):
    lang, root = language
    page = browser.new_page()  # (console errors on disk are test_pages.py's business)
    page.goto((SITE_DIR / root / "delta-rule" / "index.html").resolve().as_uri(), wait_until="load")
    page.wait_for_selector(".stepper.is-active svg")
    last = len(DATA["steps"]) - 1
    page.locator(".stepper-controls button").nth(1).focus()
    page.keyboard.press("End")
    check_step(page, last, lang)
    page.close()
