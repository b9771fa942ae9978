"""A missing URL under each language's folder shows that language's not-found page, as GitHub Pages
answers it (the site's root 404.html; tests/browser/conftest.py's proxy does the same): its header,
a search that stays in the language, and a link to its home."""

from built_site import TALLY, built_title, language_home, languages
from search_box import initializing_text, search

SEARCH_QUERY = "sigmoid"  # a word of every language's pages


def test_missing_page_shows_the_not_found_page_of_its_language(page, traffic, site, site_url, language):
    lang, root = language
    home = language_home(site_url, root)
    asked = home + "no-such-page/below/?q=1#part"
    response = page.goto(asked)
    assert response.status == 404
    page.wait_for_function("lang => document.documentElement.lang === lang", arg=lang)
    assert page.url == asked, "the address bar keeps the address the reader asked for"

    shown = page.evaluate("""() => ({
      title: document.title,
      heading: document.querySelector(".md-content h1").textContent.trim(),
      links: [...document.querySelectorAll(".md-content a")].map(a => a.href),
      header: document.querySelector(".md-header__topic").textContent.trim(),
      background: getComputedStyle(document.querySelector(".md-header")).backgroundColor,
      selector: [...document.querySelectorAll(".md-select__link")].map(a => a.href),
    })""")
    own = built_title(site / root / "404.html")
    assert shown["title"] == own
    assert shown["heading"] in own and home in shown["links"]
    assert shown["background"] != "rgba(0, 0, 0, 0)", "the page is styled"
    assert sorted(shown["selector"]) == sorted(language_home(site_url, r) for _, r in languages())
    titles = {built_title(site / r / "404.html") for _, r in languages()}
    assert len(titles) == len(languages()), "the not-found page is translated"

    not_found = (site / root / "404.html").read_text(encoding="utf-8")
    found = search(page, SEARCH_QUERY, initializing_text(not_found))
    others = tuple(language_home(site_url, r) for _, r in languages() if r and r != root)
    assert found and all(href.startswith(home) and not href.startswith(others) for href in found), found
    TALLY["searches"] += 1

    page.keyboard.press("Escape")  # close the search
    link = page.locator(".md-content a")
    assert link.count() == 1
    link.click()
    page.wait_for_url(home, wait_until="load")
    assert page.evaluate("document.documentElement.lang") == lang
    TALLY["not-found pages checked"] += 1
    # The one failed request is the missing page's own, which Chromium also reports in the console.
    assert traffic.broken == [f"404 {asked.split('#')[0]}"] and traffic.external == []
    assert traffic.console == ["Failed to load resource: the server responded with a status of 404 (Not Found)"]
