"""Browser tests of the built site: Debian's Chromium driven by pytest-playwright, at the address the
site was built for, and the traffic the pages make. The pages and languages to visit: tests/conftest.py.

Chromium opens the site at its published address (site_url, http://127.0.0.1:8000/backprop/ by
default) and sends every request through a proxy on a free local port that answers from the build,
as GitHub Pages serves a project site (a missing URL gets the site's 404.html). Nothing needs that
port to be free. At its own address the site behaves as for its readers: Material loads a link
instantly (fetch, swap the page body) only if its URL is in the language's sitemap, and the
sitemap's URLs carry site_url's host and port.
"""

from urllib.parse import urlsplit

import pytest

from built_site import SITE_DIR, parametrize, published_url
from local_server import CHROMIUM, StaticHost, serving


def pytest_generate_tests(metafunc):
    parametrize(metafunc)


@pytest.fixture(scope="session")
def site_url(site):
    """The address the site was built for: a sub-path (/backprop/), the name of the build's folder."""
    url = published_url()
    assert urlsplit(url).scheme == "http" and urlsplit(url).path == f"/{site.name}/", \
        f"{site} was built for {url}; the proxy serves it at http://HOST/{site.name}/"
    return url


class PublishedSite(StaticHost):
    """A proxy that answers the requests for the published host from the build's parent folder."""

    SITE = SITE_DIR.name

    def translate_path(self, path):
        # A proxy gets the absolute form, "GET http://127.0.0.1:8000/backprop/es/ HTTP/1.1".
        return super().translate_path(urlsplit(path).path or "/")

    def send_head(self):
        if urlsplit(self.path).netloc != urlsplit(published_url()).netloc:
            self.send_error(502, "only the published site is served here")
            return None
        return super().send_head()


@pytest.fixture(scope="session")
def proxy(site):
    with serving(site.parent, PublishedSite) as port:
        yield f"http://127.0.0.1:{port}"


@pytest.fixture(scope="session")
def base_url(site_url):
    # Replaces pytest-base-url's fixture (deprecated form under pytest 9); pages resolve against it.
    return site_url


# pytest-playwright's own fixtures, pointed at Debian's Chromium (Playwright cannot download one),
# every context of it behind the proxy. "<-loopback>": Chromium would otherwise send requests for
# 127.0.0.1 past the proxy.
@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args, proxy):
    return {**browser_type_launch_args, **CHROMIUM, "proxy": {"server": proxy, "bypass": "<-loopback>"}}


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
