"""A template variable that mkdocs-static-i18n stops giving the pages stops the build, naming it.

overrides/ reads i18n_config and i18n_page_locale without a fallback, and hooks/upstream.py checks
every page's context for them: a release that renames one must not build a site whose search,
hreflang and Open Graph tags have quietly gone. Here the installed plugin is patched, in a child
process, to give the variable under another name.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RENAMED_BUILD = """
import sys
from mkdocs.__main__ import cli
from mkdocs_static_i18n.plugin import I18n

given = I18n.on_page_context

def renamed(self, context, page, config, nav):
    context = given(self, context, page, config, nav)
    context["{new}"] = context.pop("{old}")
    return context

I18n.on_page_context = renamed
cli(["build", "--strict", "-d", sys.argv[1]])
"""


@pytest.mark.parametrize("old", ["i18n_config", "i18n_page_locale"])
def test_a_renamed_i18n_variable_stops_the_build_naming_it(tmp_path, old):
    script = RENAMED_BUILD.format(old=old, new=f"{old}_renamed")
    built = subprocess.run([sys.executable, "-c", script, str(tmp_path / "site")], cwd=ROOT,
                           capture_output=True, text=True, timeout=600,
                           env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert built.returncode != 0, "the build passed without the variable"
    assert f"no {old}, which overrides/ reads" in built.stderr, built.stderr[-2000:]
    assert not (tmp_path / "site" / "index.html").exists()
