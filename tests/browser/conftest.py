"""Browser tests of the built site: which pages and languages to visit, and the traffic they make.

The server and Chromium fixtures are shared with tests/notebooks, in tests/conftest.py.
"""

import pytest

from built_site import SITE_DIR, languages, site_pages


def pytest_generate_tests(metafunc):
    if {"site_page", "translated_page", "visited_page", "page_of_each_kind"} & set(metafunc.fixturenames):
        assert (SITE_DIR / "index.html").is_file(), f"build the site first: no {SITE_DIR}/index.html"
    if "site_page" in metafunc.fixturenames:
        pages = site_pages()
        metafunc.parametrize("site_page", pages, ids=[str(p) for p in pages])
    if "translated_page" in metafunc.fixturenames:  # every page but the default language's
        default = languages()[0][0]
        pages = [p for p in site_pages() if p.lang != default]
        metafunc.parametrize("translated_page", pages, ids=[str(p) for p in pages])
    if "visited_page" in metafunc.fixturenames:
        # test_pages.py: a page's four languages one after the other, English first, so that a worker
        # that runs them compares the translations with the strings read on the English page's visit.
        default = languages()[0][0]
        pages = sorted(site_pages(), key=lambda p: (p.path, p.lang != default))
        metafunc.parametrize("visited_page", pages, ids=[str(p) for p in pages])
    if "page_of_each_kind" in metafunc.fixturenames:  # the first home, article and notebook of each language
        pages = [p for p in site_pages() if p.first_of_kind]
        metafunc.parametrize("page_of_each_kind", pages, ids=[str(p) for p in pages])
    if "root_or_folder_language" in metafunc.fixturenames:
        # The default language, at the site's root, and one in a folder of its own (/ru/): what
        # differs between languages for a mechanism that is the same for the others (instant
        # navigation over every page; each page of every language is loaded in full by test_pages.py).
        langs = [languages()[0], languages()[-1]]
        metafunc.parametrize("root_or_folder_language", langs, ids=[lang for lang, _ in langs])
    if "language" in metafunc.fixturenames:
        langs = languages()
        metafunc.parametrize("language", langs, ids=[lang for lang, _ in langs])


class Traffic:
    """Every request, failed response and console error of the pages it watches (workers too)."""

    def __init__(self, site_url):
        self.own = site_url.rstrip("/") + "/"
        self.external, self.broken, self.console = [], [], []

    def watch(self, page):
        page.context.on("request", self._request)
        page.context.on("response", self._response)
        page.context.on("requestfailed", self._failed)
        page.on("console", lambda m: m.type == "error" and self.console.append(m.text))
        page.on("pageerror", lambda e: self.console.append(str(e)))
        return page

    def _request(self, request):
        if not request.url.startswith((self.own, "data:", "blob:", "about:")):
            self.external.append(request.url)

    def _failed(self, request):
        # Aborted: the page navigated away (a language switch) while a worker was still loading.
        if request.failure != "net::ERR_ABORTED":
            self.broken.append(f"failed {request.url}: {request.failure}")

    def _response(self, response):
        if response.status >= 400:
            self.broken.append(f"{response.status} {response.url}")


@pytest.fixture
def traffic(page, site_url):
    traffic = Traffic(site_url)
    traffic.watch(page)
    return traffic
