"""The explorers after Material's instant page change (the page body swapped, the script not reloaded).

Instant navigation only runs at the published address: this module borrows the proxy of
test_instant_navigation.py (its fixtures), which answers for site_url from the built site.
"""

import pytest

from test_explorers import PAGES, RATE, VANISHING, check_rate, check_vanishing
from test_instant_navigation import browser_context_args, follow_next, instant, language_home, open_fully, proxy, site_url  # noqa: F401


@pytest.mark.parametrize("kind", PAGES)
def test_explorer_starts_after_an_instant_page_change(page, traffic, site_url, language, kind):  # noqa: F811
    lang, root = language
    open_fully(page, language_home(site_url, root))
    while not page.url.endswith("/" + PAGES[kind]):
        follow_next(page, site_url)
    assert instant(page), f"{PAGES[kind]} was loaded in full, not instantly"
    page.wait_for_selector(f'.explorer.is-active[data-explorer="{kind}"]')
    page.locator(f'.explorer[data-explorer="{kind}"] input').first.focus()
    page.keyboard.press("Home")
    if kind == "vanishing":
        check_vanishing(page, lang, 0, VANISHING["epsilon"].index(0.12))
    else:
        check_rate(page, lang, 0)
    assert traffic.console == [] and traffic.broken == []
