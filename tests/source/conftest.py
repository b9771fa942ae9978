"""Shared facts for the page tests: the languages the site builds, read from mkdocs.yml."""

from pathlib import Path

import pytest
from mkdocs.utils import yaml_load  # MkDocs' loader: mkdocs.yml uses its !ENV tag

ROOT = Path(__file__).resolve().parents[2]


def _i18n_languages():
    config = yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "i18n" in plugin:
            languages = plugin["i18n"]["languages"]
            default = next(lang["locale"] for lang in languages if lang.get("default"))
            return default, [lang["locale"] for lang in languages]
    raise AssertionError("mkdocs.yml has no i18n plugin")


@pytest.fixture(scope="session")
def languages():
    """(default locale, every locale), e.g. ('en', ['en', 'es', 'pt', 'ru'])."""
    return _i18n_languages()
