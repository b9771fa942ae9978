"""Tests of the built HTML (no browser): the one build `make test` made, tests/conftest.py's `site`."""

from built_site import parametrize


def pytest_generate_tests(metafunc):
    parametrize(metafunc)
