"""The sources: one per language, the same code, no helper code of their own, fresh stored outputs."""

import ast
import io
import re
import tokenize
import tomllib
from importlib.metadata import packages_distributions

import jupytext
import nbformat
import pytest

from notebook_paths import REPO, publish

ALLOWED_IMPORTS = {"numpy", "matplotlib.pyplot", "sklearn.datasets", "sklearn.model_selection", "backprop_ref"}


def cells(name, language):
    return jupytext.read(publish.source_path(name, language)).cells


def code_tokens(source):
    """The code of a cell without its strings and comments: what translating a notebook may change."""
    skip = {tokenize.STRING, tokenize.COMMENT, tokenize.NL}
    return [(t.type, t.string) for t in tokenize.generate_tokens(io.StringIO(source).readline) if t.type not in skip]


def test_every_notebook_exists_in_every_language(notebook):
    name, language = notebook
    assert publish.source_path(name, language).is_file()
    assert publish.published_path(name, language).is_file(), "run `make notebooks`"


def test_every_source_is_published():
    """A notebook source left out of publish.NOTEBOOKS would never be executed, tested or shown."""
    on_disk = {path.name for path in publish.SOURCES.glob("*.py")}
    assert on_disk == {publish.source_path(*pair).name for pair in publish.all_notebooks()}
    published = {path.name for path in publish.PUBLISHED.glob("*.ipynb")}
    assert published == {publish.published_path(*pair).name for pair in publish.all_notebooks()}


@pytest.mark.parametrize("language", [lang for lang in publish.LANGUAGES if lang != publish.DEFAULT_LANGUAGE])
@pytest.mark.parametrize("name", publish.NOTEBOOKS)
def test_translations_have_the_same_cells(name, language):
    english, translated = cells(name, publish.DEFAULT_LANGUAGE), cells(name, language)
    assert [c.cell_type for c in translated] == [c.cell_type for c in english]
    for index, (en, tr) in enumerate(zip(english, translated)):
        if en.cell_type == "code":
            assert code_tokens(tr.source) == code_tokens(en.source), f"code cell {index} differs from English"
        else:
            assert tr.source != en.source, f"markdown cell {index} is not translated"


@pytest.mark.parametrize("name", publish.NOTEBOOKS)
def test_code_comes_from_backprop_ref_not_from_the_notebook(name):
    """No function or class defined in a notebook, and imports only of the package and plain libraries."""
    for cell in cells(name, publish.DEFAULT_LANGUAGE):
        if cell.cell_type != "code":
            continue
        names = [string for kind, string in code_tokens(cell.source) if kind == tokenize.NAME]
        assert not {"def", "class", "lambda"} & set(names), f"helper code in a notebook cell:\n{cell.source}"
        for line in cell.source.splitlines():
            words = line.split()
            if words[:1] in (["import"], ["from"]):
                assert words[1] in ALLOWED_IMPORTS, line


def test_no_forced_matplotlib_backend(notebook):
    for cell in cells(*notebook):
        assert "matplotlib.use" not in cell.source and "switch_backend" not in cell.source
        assert not any(line.lstrip().startswith("%matplotlib") for line in cell.source.splitlines())


def test_stored_notebook_comes_from_the_current_source(notebook):
    """Cheap and exact; test_notebook_execution checks the outputs against the current backprop_ref."""
    name, language = notebook
    stored = nbformat.read(publish.published_path(name, language), as_version=4)
    expected = publish.provenance(publish.source_path(name, language))
    assert stored.metadata.get("backprop_docs") == expected, (
        f"{publish.published_path(name, language)} is stale: its source changed; run `make notebooks`")


def test_stored_notebook_is_executed_without_errors(notebook):
    stored = nbformat.read(publish.published_path(*notebook), as_version=4)
    nbformat.validate(stored)
    code = [cell for cell in stored.cells if cell.cell_type == "code"]
    assert code and all(cell.execution_count for cell in code), "every code cell must have run"
    outputs = [output for cell in code for output in cell.outputs]
    assert not [output for output in outputs if output.output_type == "error"]
    figures = [output for output in outputs if "image/png" in output.get("data", {})]
    shown = [cell for cell in code if "plt.show()" in cell.source]
    assert shown and len(figures) == len(shown), "one stored figure per plt.show()"


def requirement_name(requirement):
    return re.sub(r"[-_.]+", "-", re.match(r"[A-Za-z0-9._-]+", requirement).group(0)).lower()


@pytest.mark.parametrize("name", publish.NOTEBOOKS)
def test_the_notebook_extra_installs_every_import(name):
    """What the notebook tells readers to install, `pip install -e ".[notebook]"`, covers its imports."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    installed = {requirement_name(project["name"])}
    installed |= {requirement_name(r) for r in project["dependencies"] + project["optional-dependencies"]["notebook"]}
    distributions = packages_distributions()
    imported = set()
    for cell in cells(name, publish.DEFAULT_LANGUAGE):
        if cell.cell_type == "code":
            for node in ast.walk(ast.parse(cell.source)):
                if isinstance(node, ast.Import):
                    imported |= {alias.name.split(".")[0] for alias in node.names}
                elif isinstance(node, ast.ImportFrom):
                    imported.add(node.module.split(".")[0])
    assert imported, "no import found: the parse is wrong"
    for module in sorted(imported):
        providers = {requirement_name(d) for d in distributions.get(module, [])}
        assert providers & installed, f"{module} (from {providers or 'no installed distribution'}) is not in the notebook extra"
    assert 'pip install -e ".[notebook]"' in cells(name, publish.DEFAULT_LANGUAGE)[0].source


@pytest.mark.parametrize("language", [lang for lang in publish.LANGUAGES if lang != publish.DEFAULT_LANGUAGE])
@pytest.mark.parametrize("name", publish.NOTEBOOKS)
def test_figures_are_described_in_the_page_s_language(name, language):
    """The alt text of a translated notebook is not the English one."""
    def alt_texts(language):
        return [cell.metadata.get("alt") for cell in nbformat.read(publish.published_path(name, language), as_version=4).cells]
    alts, english = alt_texts(language), alt_texts(publish.DEFAULT_LANGUAGE)
    assert [alt is None for alt in alts] == [alt is None for alt in english]
    assert all(alt != en for alt, en in zip(alts, english) if en)
