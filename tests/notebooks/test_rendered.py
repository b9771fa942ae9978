"""The committed renders (notebooks/rendered/) are fresh: a build converts no notebook, and its site
is byte for byte the site of a build that converts every notebook from scratch.

Two builds of the repository into temporary folders: "committed", strict, as `make build` runs;
"scratch", with NOTEBOOK_RENDERS naming an empty folder, so mkdocs-jupyter renders every notebook.
"""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from notebook_paths import REPO, page_dir, publish

MISSED = "rendered during the build"


def mkdocs_build(site, strict, **env):
    command = [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(site), "--strict" if strict else "--no-strict"]
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **env})


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    root = tmp_path_factory.mktemp("rendered")
    committed = mkdocs_build(root / "committed", strict=True)
    (root / "no-renders").mkdir()
    scratch = mkdocs_build(root / "scratch", strict=False, NOTEBOOK_RENDERS=str(root / "no-renders"))
    return {"committed": (root / "committed", committed), "scratch": (root / "scratch", scratch)}


def site_files(site):
    return {path.relative_to(site).as_posix(): path for path in sorted(site.rglob("*")) if path.is_file()}


def test_the_strict_build_converts_no_notebook(builds):
    _, result = builds["committed"]
    assert result.returncode == 0, f"stale notebooks/rendered? run `make notebooks`\n{result.stderr[-3000:]}"
    assert MISSED not in result.stderr


def test_a_build_without_renders_warns_for_every_language(builds):
    # The warning the strict build turns into a failure when a committed render is missing or stale.
    _, result = builds["scratch"]
    assert result.returncode == 0, result.stderr[-3000:]
    warned = dict(re.search(r"(\d+) notebook\(s\) in '(\w+)'", line).group(2, 1)
                  for line in result.stderr.splitlines() if MISSED in line)
    assert warned == {language: str(len(publish.NOTEBOOKS)) for language in publish.LANGUAGES}


def test_notebooks_rendered_once_per_language(notebook):
    # One render per notebook in each language's folder: nothing stale left committed beside it.
    _, language = notebook
    assert len(list((publish.RENDERED / language).glob("*.json"))) == len(publish.NOTEBOOKS)


def test_notebook_page_is_what_a_render_from_scratch_gives(builds, notebook):
    name, language = notebook
    committed, scratch = (Path(builds[which][0]) / page_dir(name, language) / "index.html"
                          for which in ("committed", "scratch"))
    assert committed.read_bytes() == scratch.read_bytes(), "stale notebooks/rendered: run `make notebooks`"


def test_the_whole_site_is_what_a_render_from_scratch_gives(builds):
    committed, scratch = (site_files(builds[which][0]) for which in ("committed", "scratch"))
    assert committed.keys() == scratch.keys()
    differing = [name for name, path in committed.items() if path.read_bytes() != scratch[name].read_bytes()]
    assert differing == []
