"""Tests of the notebooks: sources, stored outputs (executed again here), built pages, browser.

The notebook tooling (tools/publish_notebooks.py) is imported from the repository; the built site, its
server and Chromium come from tests/conftest.py.
"""

import pytest

from notebook_paths import publish


def pytest_generate_tests(metafunc):
    if "notebook" in metafunc.fixturenames:
        pairs = publish.all_notebooks()
        metafunc.parametrize("notebook", pairs, ids=[f"{name}-{language}" for name, language in pairs])
