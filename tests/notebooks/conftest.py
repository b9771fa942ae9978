"""Tests of the notebooks: sources, stored outputs (executed again here), built pages, browser.

The notebook tooling (tools/publish_notebooks.py) is imported from the repository; the built site is read
from $SITE_DIR (default "site"), as `make test` builds it before running pytest.
"""

import pytest

from local_server import CHROMIUM, serving
from notebook_paths import SITE_DIR, publish


def pytest_generate_tests(metafunc):
    if "notebook" in metafunc.fixturenames:
        pairs = publish.all_notebooks()
        metafunc.parametrize("notebook", pairs, ids=[f"{name}-{language}" for name, language in pairs])


@pytest.fixture(scope="session")
def site():
    assert (SITE_DIR / "index.html").is_file(), f"build the site first: no {SITE_DIR}/index.html"
    return SITE_DIR


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    # Playwright cannot download its own browser here; drive Debian's.
    return {**browser_type_launch_args, **CHROMIUM}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    # Clipboard access lets the browser test read what a cell's copy button copied.
    return {**browser_context_args, "permissions": ["clipboard-read", "clipboard-write"]}


@pytest.fixture(scope="session")
def notebook_site_url(site):
    """The built site served on a free local port for the session."""
    with serving(site) as port:
        yield f"http://127.0.0.1:{port}/"


@pytest.fixture(scope="session")
def base_url(notebook_site_url):
    # Replaces pytest-base-url's session fixture, a deprecated form under pytest 9 (warnings are errors).
    return notebook_site_url
