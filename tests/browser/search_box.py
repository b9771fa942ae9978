"""Material's search box, used as a reader uses it: type a query, read the results.

It waits on the box's own messages, not on time. Until the search worker has built the index, the
line above the results shows the page's "initializing" text, and a query typed before that can come
back empty: the query is typed once that text has changed (to "type to start searching"), and the
results are read once it changes again. Material searches on every key up: typed key by key, each
prefix would be a query of its own, and a slow one could still be on screen when the results are
read ("г" for «градиента»). So the query is entered whole, and one key up sends it alone.
"""

import re

META = "document.querySelector('.md-search-result__meta').textContent.trim()"


def initializing_text(html):
    """The result line's text in a built page, before the worker is ready."""
    return re.search(r'md-search-result__meta">\s*(.*?)\s*<', html).group(1)


def search(page, query, initializing):
    """The result links (href) for a query typed into the page's search box."""
    page.wait_for_function(f"text => {META} !== text", arg=initializing, timeout=60_000)
    ready = page.evaluate(META)
    page.click("input.md-search__input")
    page.fill("input.md-search__input", query)
    page.keyboard.press("End")
    page.wait_for_function(f"text => {META} !== text", arg=ready, timeout=10_000)
    items = page.locator(".md-search-result__item > a")
    items.first.wait_for(timeout=10_000)
    return [a.get_attribute("href") for a in items.all()]
