"""Search, typed into the header's search box: one language's pages, found by inflected words."""

import json
import re
from urllib.parse import parse_qs, unquote, urlparse

import pytest

from built_site import SITE_DIR, TALLY, language_home, languages
from search_box import initializing_text, search

# Per language: a query, the start of the word its pages use, and whether the query must be absent
# from the pages. An absent query is no prefix of any word of the site (checked below), so
# Material's prefix matching cannot find it: only stemming can. «градиента» is the example.
INFLECTED = {
    "en": [("propagates", "propagat", True)],
    "es": [("propagaciones", "propagaci", True)],
    "pt-BR": [("propagações", "propaga", True)],
    "ru": [("градиента", "градиент", False), ("градиентами", "градиент", True)],
}


def search_from(page, url, query):
    response = page.goto(url, wait_until="load")
    TALLY["searches"] += 1
    return search(page, query, initializing_text(response.text()))


def index_docs(root):
    return json.loads((SITE_DIR / root / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]


def pages_saying(root, word):
    """Pages of one language whose indexed text has the word (from that language's own index)."""
    pattern = re.compile(rf"\b{word}", re.I)
    return {doc["location"].split("#")[0] for doc in index_docs(root) if pattern.search(doc["text"] + doc["title"])}


def test_every_language_has_a_query():
    assert sorted(INFLECTED) == sorted(lang for lang, _ in languages())


@pytest.mark.parametrize(
    "lang, query, word, absent", [(lang, *case) for lang, cases in INFLECTED.items() for case in cases]
)
def test_inflected_query_finds_the_language_s_pages_only(page, traffic, site_url, lang, query, word, absent):
    root = dict(languages())[lang]
    if absent:
        words = {w for doc in index_docs(root) for w in re.findall(r"\w+", (doc["text"] + " " + doc["title"]).lower())}
        assert not [w for w in words if w.startswith(query)], f"{query!r} is on the site: pick another form"
    home = language_home(site_url, root)
    expected = pages_saying(root, word)
    assert expected, f"no {lang} page says {word!r}: the test's word no longer matches the site"

    hits = search_from(page, home, query)
    found = {href.split("?")[0].split("#")[0] for href in hits}
    others = [f"{site_url}{r}/" for _, r in languages() if r and r != root]
    assert all(url.startswith(home) and not url.startswith(tuple(others)) for url in found), found
    assert {url.removeprefix(home) for url in found} & expected, (query, found, expected)

    # Material reports per hit the query terms it matched; they rank it, and its ?h= highlights them
    # on the page it opens. They must be the stem the index matched, not the raw query (which no
    # word of the site starts with). A page listed only as the heading of its matching sections
    # matched no term itself: its ?h= is empty.
    highlights = {parse_qs(urlparse(href).query).get("h", [""])[0] for href in hits} - {""}
    assert len(highlights) == 1, (query, highlights)
    (highlight,) = highlights
    assert query.startswith(highlight) and len(highlight) < len(query), (query, highlight)
    page.goto(next(href for href in hits if f"h={highlight}" in unquote(href)), wait_until="load")
    page.locator("mark[data-md-highlight]").first.wait_for(timeout=10_000)
    # textContent, not innerText: a mark inside a closed exercise (<details>) is not rendered, and
    # innerText reads "" there.
    marked = page.locator("mark[data-md-highlight]").evaluate_all("marks => marks.map(mark => mark.textContent)")
    assert marked and [text for text in marked if text.lower() != highlight] == [], (highlight, page.url)
    assert traffic.broken == [] and traffic.console == []
