"""Execute every notebook source once and store it, outputs included, where the site publishes it.

The sources are jupytext percent scripts, one per language: notebooks/training.py (English) and
training.es.py, training.pt.py, training.ru.py. `make notebooks` runs this module; it writes
docs/notebooks/training.ipynb, training.es.ipynb, ... The site build publishes those stored outputs
instead of executing the code again at every build, in every language: the build only renders
them to HTML (mkdocs-jupyter, `execute: false`).

Freshness, checked by tests/source/test_notebook_execution.py: each stored notebook records the hash of the source it was
executed from, and the tests execute every source again and compare the outputs with the stored
ones. The package is covered by that comparison rather than by a hash: an edit of backprop_ref that
leaves every output unchanged (a docstring) does not need the notebooks published again.
"""

import hashlib
import os
import sys
import tempfile
from pathlib import Path

import jupytext
import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "notebooks"
PUBLISHED = ROOT / "docs" / "notebooks"
NOTEBOOKS = ("training", "learning-rate")
LANGUAGES = ("en", "es", "pt", "ru")
DEFAULT_LANGUAGE = "en"


def _suffix(language):
    # mkdocs-static-i18n's suffix layout: the default language has no suffix.
    return "" if language == DEFAULT_LANGUAGE else f".{language}"


def source_path(name, language):
    return SOURCES / f"{name}{_suffix(language)}.py"


def published_path(name, language):
    return PUBLISHED / f"{name}{_suffix(language)}.ipynb"


def all_notebooks():
    """Every (name, language) pair that must exist as a source and as a published notebook."""
    return [(name, language) for name in NOTEBOOKS for language in LANGUAGES]


def provenance(source):
    """The source a stored notebook was executed from, and its hash."""
    return {
        "source": source.relative_to(ROOT).as_posix(),
        "source_sha256": hashlib.sha256(source.read_bytes()).hexdigest(),
    }


def execute(source):
    """Read a percent-format source and run it top to bottom in a fresh kernel of this Python."""
    nb = jupytext.read(source)
    # Stable cell ids keep re-publishing an unchanged source byte-identical (jupytext draws random ones).
    for index, cell in enumerate(nb.cells):
        cell.id = f"cell-{index}"
    # The kernel must show figures inline as Jupyter does; an inherited MPLBACKEND (e.g. Agg in CI)
    # would silently drop every figure from the outputs.
    env = {key: value for key, value in os.environ.items() if key != "MPLBACKEND"}
    # Run from an empty folder, as a reader runs the downloaded file: backprop_ref must come from the
    # installed package (`pip install -e ".[notebook]"`), not from the repository's working directory.
    with tempfile.TemporaryDirectory() as folder:
        # coalesce_streams: how the kernel splits a cell's prints into stream outputs depends on
        # timing (it flushes every 0.2 s); merged, the stored outputs compare equal run after run.
        client = NotebookClient(nb, timeout=600, kernel_name="python3", record_timing=False,
                                coalesce_streams=True, resources={"metadata": {"path": folder}})
        client.execute(env=env)
    nb.metadata["backprop_docs"] = provenance(source)
    return nb


def publish(name, language):
    target = published_path(name, language)
    nb = execute(source_path(name, language))
    target.parent.mkdir(parents=True, exist_ok=True)
    nbformat.validate(nb)
    nbformat.write(nb, target)
    return target


def main(argv):
    wanted = set(argv) or set(NOTEBOOKS)
    unknown = wanted - set(NOTEBOOKS)
    if unknown:
        raise SystemExit(f"unknown notebook(s) {sorted(unknown)}; expected some of {list(NOTEBOOKS)}")
    for name, language in all_notebooks():
        if name in wanted:
            print(f"executed {source_path(name, language).relative_to(ROOT)} -> "
                  f"{publish(name, language).relative_to(ROOT)}")


if __name__ == "__main__":
    main(sys.argv[1:])
