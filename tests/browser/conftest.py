"""Browser tests of the built site: Debian's Chromium, driven by Playwright, on a local server."""

import pytest

from built_site import REPO, SCREENSHOTS, SITE_DIR, TALLY, languages, site_pages
from local_server import CHROMIUM, serving


def pytest_generate_tests(metafunc):
    if "site_page" in metafunc.fixturenames:
        assert (SITE_DIR / "index.html").is_file(), f"build the site first: no {SITE_DIR}/index.html"
        pages = site_pages()
        metafunc.parametrize("site_page", pages, ids=[str(p) for p in pages])
    if "language" in metafunc.fixturenames:
        langs = languages()
        metafunc.parametrize("language", langs, ids=[lang for lang, _ in langs])


@pytest.fixture(scope="session")
def site_url():
    """The built site on 127.0.0.1, on a free port, for the whole session."""
    with serving(SITE_DIR) as port:
        yield f"http://127.0.0.1:{port}/"


@pytest.fixture(scope="session")
def base_url(site_url):
    # Replaces pytest-base-url's fixture (deprecated form under pytest 9); pages resolve against it.
    return site_url


# pytest-playwright's own fixtures, pointed at Debian's Chromium (Playwright cannot download one).
@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, **CHROMIUM}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    # Clipboard access lets the tests read what a snippet's copy button really copied.
    return {**browser_context_args, "permissions": ["clipboard-read", "clipboard-write"]}


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


def pytest_terminal_summary(terminalreporter):
    if not TALLY:
        return
    t = TALLY
    terminalreporter.section("browser: built site checked in Chromium")
    for line in (
        f"pages x languages visited: {t['pages']} ({t['languages']} languages)",
        f"requests to other hosts: {t['external requests']}",
        f"404s / failed requests on the site's host: {t['broken requests']}",
        f"formulas rendered: {t['formulas']}; unrendered formulas: {t['unrendered formulas']}",
        f"console errors: {t['console errors']}",
        f"a11y violations (serious/critical, axe-core): {t['a11y violations']}",
        f"copy-button snippets run: {t['snippets run']}; failing: {t['snippets failing']}",
        f"language switches checked: {t['language switches']}",
        f"instant page changes rendered as on a full load: {t['instant page changes']}",
        f"pages opened from disk (file://) with every formula rendered: {t['pages opened from disk']}",
        f"pages with every formula shown with JavaScript off: {t['pages with formulas shown with JavaScript off']}",
        f"searches checked: {t['searches']}",
        f"screenshots saved: {t['screenshots']} in {SCREENSHOTS.relative_to(REPO)}/",
    ):
        terminalreporter.write_line(line)
