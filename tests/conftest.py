"""Fixtures every browser test shares (tests/browser, tests/notebooks): the built site served on
127.0.0.1 and Debian's Chromium driven by pytest-playwright; and the summary of what they checked.
Also the fixture that runs every comparison of committed outputs a second time on one BLAS thread.

With pytest-xdist each worker serves the site and runs its own Chromium; the counts each worker
adds to built_site.TALLY are summed here, in the controller, for the summary.
"""

import pytest
import threadpoolctl

from built_site import REPO, SCREENSHOTS, SITE_DIR, TALLY
from local_server import CHROMIUM, serving


@pytest.fixture(params=["blas-default", "blas-1-thread"])
def blas_threads(request, monkeypatch):
    """Run a comparison of committed outputs with a fresh run as the machine sets BLAS up, then on one thread.

    A digit that changes with OpenBLAS's thread count is not a fact to publish. Only the thread count is
    changed here; the kernel (OPENBLAS_CORETYPE) stays the machine's own choice, as some machines set it
    to avoid OpenBLAS bugs: `make cross-cpu` (tools/cross_cpu.py) forces other kernels, by hand.
    """
    if request.param == "blas-default":
        yield
        return
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "1")  # for the snippets, figure scripts and notebook kernels
    with threadpoolctl.threadpool_limits(limits=1, user_api="blas"):  # for what runs in this process
        yield


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    # Before `-m` selects: every test that takes blas_threads compares committed outputs with a fresh run,
    # and `-m stored_output` is how tools/cross_cpu.py runs all of them, and only them.
    for item in items:
        if "blas_threads" in getattr(item, "fixturenames", ()):
            item.add_marker("stored_output")


@pytest.fixture(scope="session")
def site():
    """The folder `make test` built (mkdocs build --strict) before running pytest."""
    assert (SITE_DIR / "index.html").is_file(), f"build the site first: no {SITE_DIR}/index.html"
    return SITE_DIR


@pytest.fixture(scope="session")
def site_url(site):
    """The built site on 127.0.0.1, on a free port, for the whole session."""
    with serving(site) as port:
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


def pytest_sessionfinish(session):
    if hasattr(session.config, "workeroutput"):  # an xdist worker: hand its counts to the controller
        session.config.workeroutput["tally"] = dict(TALLY)


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error):
    TALLY.update(getattr(node, "workeroutput", {}).get("tally", {}))


def pytest_terminal_summary(terminalreporter):
    if not TALLY:
        return
    t = TALLY
    terminalreporter.section("browser: built site checked in Chromium")
    for line in (
        f"pages x languages visited: {t['pages']}",
        f"requests to other hosts: {t['external requests']}",
        f"404s / failed requests on the site's host: {t['broken requests']}",
        f"formulas rendered: {t['formulas']}; unrendered formulas: {t['unrendered formulas']}",
        f"console errors: {t['console errors']}",
        f"a11y violations (serious/critical, axe-core): {t['a11y violations']}",
        f"Python code blocks read: {t['code blocks read']} (each a file of snippets/, which tests/pages/test_snippets.py "
        f"runs; other code, run here: {t['code run (not a snippet)']}); copy buttons clicked: {t['copy buttons clicked']}",
        f"language selectors checked: {t['pages']} pages' links, {t['language switches']} switches clicked",
        f"translated pages read for English interface strings: {t['translated pages read for English']}",
        f"display formulas checked against the column (1280 and 1600 px): {t['formula layouts checked']} page layouts",
        f"instant page changes rendered as on a full load: {t['instant page changes']}",
        f"pages opened from disk (file://) with every formula rendered: {t['pages opened from disk']}",
        f"pages with every formula shown with JavaScript off: {t['pages with formulas shown with JavaScript off']}",
        f"searches checked: {t['searches']}",
        f"pages read at 375 px (no code line covered, no text cut off): {t['pages checked at 375 px']}",
        f"site built for http://127.0.0.1:PORT/backprop/: pages whose every address resolves: "
        f"{t['pages with every address resolved under a sub-path']}; pages loaded: {t['pages under a sub-path']}",
        f"missing URLs answered with the not-found page of their language: {t['not-found pages checked']}",
        f"screenshots saved: {t['screenshots']} in {SCREENSHOTS.relative_to(REPO)}/",
    ):
        terminalreporter.write_line(line)
