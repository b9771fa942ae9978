"""Every notebook source runs top to bottom, and reproduces the outputs stored for the site."""

import nbformat

from notebook_paths import publish


def outputs(nb):
    return [(index, cell.get("outputs", [])) for index, cell in enumerate(nb.cells) if cell.cell_type == "code"]


def test_source_runs_and_reproduces_the_stored_outputs(notebook, blas_threads):
    name, language = notebook
    # A failing cell raises nbclient's CellExecutionError here, naming the cell and the error.
    executed = publish.execute(publish.source_path(name, language))
    stored = nbformat.read(publish.published_path(name, language), as_version=4)
    assert [c.source for c in executed.cells] == [c.source for c in stored.cells], "stale: run `make notebooks`"
    for (index, fresh), (_, kept) in zip(outputs(executed), outputs(stored)):
        assert fresh == kept, f"cell {index} of {name} ({language}) now gives other outputs: run `make notebooks`"
