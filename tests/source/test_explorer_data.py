"""The explorers' data: what backprop_ref computes, only what every CPU agrees on, small enough to carry.

tools/explorer_data.py writes docs/assets/data/vanishing_explorer.json and
learning_rate_explorer.json; hooks/explorers.py puts them into the vanishing-gradients page and the
learning-rate notebook page; tests/browser/test_explorers.py moves the controls in Chromium.
"""

import gzip
import json
import math
import re

import numpy as np
import pytest

from backprop_ref import cost, gradients, init_weights
from page_markdown import DOCS

import explorer_data  # tools/explorer_data.py

DATA = DOCS / "assets" / "data"
FILES = ["vanishing_explorer.json", "learning_rate_explorer.json"]
NOTEBOOK = DOCS / "notebooks" / "learning-rate.ipynb"


def committed(name):
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def test_vanishing_data_is_what_the_package_computes(blas_threads):
    assert explorer_data.vanishing_data() == committed("vanishing_explorer.json"), "stale: run make figures"


def test_learning_rate_data_is_what_the_package_computes(blas_threads, monkeypatch):
    """Every stored J and test accuracy is what train() gives, run again here from the unperturbed weights.

    The tool trains each alpha 1 + PERTURBED times and stores only what every repetition agrees on
    (the shape of that rule: test_learning_rate_runs_follow_the_rule); training only the unperturbed
    run is a ninth of the work, and `make cross-cpu` runs this comparison under other CPU kernels.
    """
    monkeypatch.setattr(explorer_data, "PERTURBED", 0)
    fresh = explorer_data.learning_rate_data()
    stored = committed("learning_rate_explorer.json")
    assert fresh["epochs"] == stored["epochs"]
    assert [run["alpha"] for run in fresh["runs"]] == [run["alpha"] for run in stored["runs"]]
    for new, kept in zip(fresh["runs"], stored["runs"]):
        where = f"alpha = {kept['alpha']}: stale, run make figures"
        assert new["J"][:len(kept["J"])] == kept["J"], where
        assert kept["accuracy"] is None or new["accuracy"] == kept["accuracy"], where


@pytest.mark.parametrize("name", FILES)
def test_data_files_are_small(name):
    # The page carries its file whole (hooks/explorers.py): the budget is 40 KB gzip.
    assert len(gzip.compress((DATA / name).read_bytes())) < 40_000


@pytest.mark.parametrize("L, epsilon", [(2, 0.01), (5, 0.3), (10, 0.12), (12, 3.0)])
def test_vanishing_norms_by_the_example_by_example_algorithm(L, epsilon):
    # gradients() loops over the examples (the article's algorithm); the tool used the batched form.
    data = committed("vanishing_explorer.json")
    stored = data["log10_norm"][data["depth"].index(L)][data["epsilon"].index(epsilon)]
    rng = np.random.default_rng(0)
    X = rng.random((100, 10))
    Y = (rng.random((100, 1)) < 0.5).astype(float)
    D = gradients(init_weights([10] * (L - 1) + [1], epsilon=epsilon, seed=0), X, Y)
    fresh = [math.log10(np.linalg.norm(D[l])) for l in range(1, L)]
    assert len(stored) == L - 1
    assert np.allclose(stored, fresh, rtol=0, atol=0.005 + 1e-9), (stored, fresh)


def test_vanishing_grid_is_the_pages():
    data = committed("vanishing_explorer.json")
    assert data["depth"] == list(range(2, 13))
    assert len(data["epsilon"]) == 15 and data["epsilon"][0] == 0.01 and data["epsilon"][-1] == 3.0
    assert data["epsilon"] == sorted(data["epsilon"]) and 0.12 in data["epsilon"]
    # The page's snippet vanishing_norms.py prints |D(1)| = 8.9e-13 for L = 10, epsilon = 0.12.
    assert 10 ** data["log10_norm"][8][data["epsilon"].index(0.12)][0] == pytest.approx(8.9e-13, rel=0.01)


def test_learning_rate_runs_follow_the_rule():
    data = committed("learning_rate_explorer.json")
    alphas = [run["alpha"] for run in data["runs"]]
    assert len(alphas) >= 20 and alphas == sorted(alphas) and alphas[0] == 0.01 and alphas[-1] == 30.0
    J0 = data["runs"][0]["J"][0]
    for run in data["runs"]:
        J, where = run["J"], f"alpha = {run['alpha']}"
        assert J[0] == J0, where  # every run starts from the same weights
        assert (run["tail"] is None) == (len(J) == data["epochs"] + 1), where
        assert run["tail"] in (None, "unsettled", "diverged"), where
        assert run["accuracy"] is None or run["tail"] is None, f"{where}: an accuracy for an unsettled curve"
        assert not run["at_chance"] or run["tail"] == "diverged", where
        if run["tail"] == "diverged":
            assert all(v > J0 for v in J[1:]), where
        assert all(float(f"{v:.3g}") == v for v in J), f"{where}: more than 3 significant digits"
    tails = {run["alpha"]: run["tail"] for run in data["runs"]}
    # What the lead measured on four CPU kernels: alpha <= 3 agrees to 6 digits, 10 and 30 do not.
    assert all(tails[a] is None for a in alphas if a <= 3)
    assert tails[10.0] == "unsettled" and tails[30.0] == "diverged"


def test_learning_rate_start_is_the_cost_before_training():
    X_train, Y_train, _, _ = explorer_data.digits()
    J0 = cost(init_weights([64, 25, 10], epsilon=0.12, seed=0), X_train, Y_train)
    assert committed("learning_rate_explorer.json")["runs"][0]["J"][0] == float(f"{J0:.3g}")


def test_learning_rate_runs_agree_with_the_notebook():
    # The notebook executed the same training separately (make notebooks): its printed J and accuracy
    # for each alpha whose curve is stored in full.
    outputs = "".join("".join(o.get("text", "")) for cell in json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]
                      for o in cell.get("outputs", []))
    printed = re.findall(r"alpha = +([\d.]+): J after 30 epochs +([\d.]+), test accuracy ([\d.]+)%", outputs)
    runs = {run["alpha"]: run for run in committed("learning_rate_explorer.json")["runs"]}
    checked = 0
    for alpha, J, accuracy in printed:
        run = runs.get(float(alpha))
        if run and run["tail"] is None:
            assert abs(run["J"][-1] - float(J)) <= 0.0005 + 0.005 * run["J"][-1], alpha
            assert round(100 * run["accuracy"], 1) == float(accuracy), alpha
            checked += 1
    assert checked >= 2, f"the notebook's printed runs were not found: {printed}"


def test_perturbed_copy_is_within_the_stated_bound():
    Theta = init_weights([64, 25, 10], epsilon=0.12, seed=0)
    copy = explorer_data.perturbed(Theta, 3)
    for l in Theta:
        change = np.abs(copy[l] / Theta[l] - 1)
        assert 0 < change.max() <= explorer_data.RELATIVE
