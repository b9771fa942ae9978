"""What the three folders of tests share.

- tests/source (`make test-fast`): no build. The fixture that runs every comparison of committed
  outputs (snippets, figures, data, notebooks) a second time on one BLAS thread.
- tests/site (HTML of the one build) and tests/browser (Chromium): the build `make test` made
  (built_site.SITE_DIR) for a project site's address, with a sub-path; the summary of what they
  checked. (The pages and languages they are parametrized with: built_site.parametrize.)
- the notebooks, for the tests that take `notebook` (its sources, its stored outputs, its pages).

With pytest-xdist each worker runs its own Chromium (tests/browser/conftest.py); the counts each worker
adds to built_site.TALLY are summed here, in the controller, for the summary.
"""

import pytest
import threadpoolctl

from built_site import REPO, SCREENSHOTS, SITE_DIR, TALLY, published_url
from notebook_paths import publish


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


def pytest_generate_tests(metafunc):
    if "notebook" in metafunc.fixturenames:  # (name, language) of every notebook source
        pairs = publish.all_notebooks()
        metafunc.parametrize("notebook", pairs, ids=[f"{name}-{language}" for name, language in pairs])


@pytest.fixture(scope="session")
def site():
    """The folder of the one build (built_site.SITE_DIR)."""
    published_url()  # fails, naming the folder, if it was not built
    return SITE_DIR


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
        f"Python code blocks read: {t['code blocks read']} (each a file of snippets/, which tests/source/test_snippets.py "
        f"runs; other code, run here: {t['code run (not a snippet)']}); copy buttons clicked: {t['copy buttons clicked']}",
        f"language selectors checked: {t['pages']} pages' links, {t['language switches']} switches clicked",
        f"translated pages read for English interface strings: {t['translated pages read for English']}",
        f"display formulas checked against the column (1280 and 1600 px): {t['formula layouts checked']} page layouts",
        f"instant page changes rendered as on a full load: {t['instant page changes']}",
        f"pages opened from disk (file://) with every formula rendered: {t['pages opened from disk']}",
        f"pages with every formula shown with JavaScript off: {t['pages with formulas shown with JavaScript off']}",
        f"searches checked: {t['searches']}",
        f"pages read at 375 px (no code line covered, no text cut off): {t['pages checked at 375 px']}",
        f"site built and served under a sub-path (/backprop/): pages whose every address resolves: "
        f"{t['pages with every address resolved under a sub-path']}; pages loaded: {t['pages under a sub-path']}",
        f"missing URLs answered with the not-found page of their language: {t['not-found pages checked']}",
        f"screenshots saved: {t['screenshots']} in {SCREENSHOTS.relative_to(REPO)}/",
    ):
        terminalreporter.write_line(line)
