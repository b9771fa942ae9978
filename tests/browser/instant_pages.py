"""Helpers of the tests that follow links through the site: did the page change instantly?

Material's instant navigation (navigation.instant) fetches a linked page and swaps it in, without a
page load; it runs at the address the site was built for (tests/browser/conftest.py). A marker set
on `window` survives an instant page change and is gone after a full page load: that tells the two
apart.
"""

import html
import re
from urllib.parse import urljoin

from built_site import SITE_DIR, built_title, language_home

MARKER = "window.__instantMarker"
# Material pairs each click with the site's sitemap, which it fetches as the page starts (the load
# event does not wait for it): a click before the sitemap is read is not cancelled, so the browser
# follows the link with a full load, and Material takes the click later, when the sitemap arrives.
# This listener, after Material's (on document.body), cancels the browser's full load of a click
# Material has not taken yet, so that the page change is Material's in either case.
LEAVE_CLICK_TO_MATERIAL = """() => addEventListener("click", event => event.preventDefault(), {once: true})"""
PREVIOUS = re.compile(r'<a href="([^"]*)" class="md-footer__link md-footer__link--prev"')


def open_fully(page, url):
    page.goto(url, wait_until="load")
    page.evaluate(f"{MARKER} = true")


def follow_next(page, site_url):
    """Click the footer's "next" link; return its URL once the page it leads to is rendered."""
    link = page.locator("a.md-footer__link--next")
    url = link.get_attribute("href")
    page.evaluate(LEAVE_CLICK_TO_MATERIAL)
    link.click()
    page.wait_for_url(url)
    page.wait_for_function("title => document.title === title", arg=built_title(SITE_DIR / url.removeprefix(site_url) / "index.html"))
    page.wait_for_function("() => [...document.querySelectorAll('.md-content .arithmatex')]"
                           ".every(el => el.querySelector('math'))")
    # A stylesheet the new page links (a notebook page's own) is loaded before its styles are read.
    page.wait_for_function("() => [...document.querySelectorAll('link[rel=stylesheet]')].every(link => link.sheet)")
    return url


def instant(page):
    return page.evaluate(f"{MARKER} === true")


def arrive_instantly(page, site_url, root, path):
    """Reach a page (its path below the language's folder `root`) by an instant page change: load the
    page before it in full, follow its "next" link."""
    url = language_home(site_url, root) + path
    before = PREVIOUS.search((SITE_DIR / url.removeprefix(site_url) / "index.html").read_text(encoding="utf-8")).group(1)
    open_fully(page, urljoin(url, html.unescape(before)))
    follow_next(page, site_url)
    assert page.url == url and instant(page), f"{url} was loaded in full, not instantly"
    return url
