"""Compute with backprop_ref the numbers the two explorers show, keeping only digits every CPU agrees on.

    .venv/bin/python tools/explorer_data.py [OUTPUT_DIR]    # or: make figures

vanishing_explorer.json (vanishing-gradients page): log10 of the Frobenius norm of D(l), layer by
layer, for a sigmoid network of L = 2..12 layers of 10 units (one output) at 15 initialization scales
epsilon_init from 0.01 to 3, on the 100 random examples of snippets/vanishing_norms.py.

learning_rate_explorer.json (learning-rate notebook page): the training cost J after every epoch and
the test accuracy, for 21 learning rates alpha from 0.01 to 30, on the notebook's digits, network,
initial weights and mini-batches (notebooks/learning-rate.py).

The rule for what is stored. A large alpha makes training chaotic: the last bits that one CPU's
matrix kernel rounds differently from another's grow until the curves differ entirely (alpha = 30
ends at J = 19.7 on one CPU and 64.6 on another). So every run is computed 1 + PERTURBED times: from
the initial Theta and from copies of it whose entries are each changed by a random relative amount
below 1e-12, far more than the kernels' differences. A value is stored, rounded (J to 3 significant
digits, log10 norms to 2 decimals), only if every repetition gives the same rounded value (a norm
that does not stops this tool: store fewer decimals). A training curve is stored epoch by epoch up
to the first epoch where the repetitions disagree; its "tail" is then "unsettled" (no value stored
from there on), or "diverged" if in every repetition J stayed above its value before training after
every epoch. The test accuracy (correct test images / m_test) is stored only for a curve stored in
full and if every repetition gets the same count; a diverged run is "at_chance" if every repetition
classifies between 5 % and 15 % of the test images right (10 classes: chance is 10 %). The same rule
is stated on the page. Checked by hand: with OPENBLAS_CORETYPE=Haswell, =Sandybridge and =Prescott
(and OPENBLAS_NUM_THREADS=1) this tool writes the same files as with the default (SkylakeX) kernel.
tools/explorer_html.py draws them and hooks/explorers.py puts them into the pages;
tests/source/test_explorer_data.py regenerates them and compares.
"""

import json
import math
import sys
from pathlib import Path

import numpy as np

from backprop_ref import gradients_vectorized, init_weights, predict, train

OUTPUT = Path(__file__).resolve().parents[1] / "docs" / "assets" / "data"
PERTURBED = 8
RELATIVE = 1e-12

DEPTHS = list(range(2, 13))
EPSILONS = [0.01, 0.02, 0.03, 0.05, 0.07, 0.1, 0.12, 0.2, 0.3, 0.5, 0.7, 1.0, 1.5, 2.0, 3.0]
ALPHAS = [0.01, 0.02, 0.03, 0.05, 0.07, 0.1, 0.15, 0.25, 0.35, 0.5, 0.7, 1.0, 1.5, 2.0, 3.0, 5.0, 7.0,
          10.0, 15.0, 20.0, 30.0]
EPOCHS = 30


def perturbed(Theta, run):
    r"""Theta with every entry multiplied by 1 + u, u uniform in ±1e-12 (run 0: Theta itself).

    .. math:: \tilde\Theta^{(l)}_{ij} = \Theta^{(l)}_{ij}\,(1 + u_{ij}),\quad |u_{ij}| \le 10^{-12}

    Same keys and shapes as ``Theta``.

    >>> T = {1: np.ones((2, 3))}
    >>> bool(perturbed(T, 0)[1] is T[1]), bool(np.allclose(perturbed(T, 1)[1], 1.0, rtol=1e-12, atol=0))
    (True, True)
    """
    if run == 0:
        return Theta
    rng = np.random.default_rng(run)
    return {l: T * (1.0 + RELATIVE * rng.uniform(-1.0, 1.0, T.shape)) for l, T in Theta.items()}


def agreed(values):
    """The value if every run gave it, else None."""
    return values[0] if all(v == values[0] for v in values) else None


def vanishing_data():
    rng = np.random.default_rng(0)  # the data of snippets/vanishing_norms.py
    X = rng.random((100, 10))
    Y = (rng.random((100, 1)) < 0.5).astype(float)
    norms = []
    for L in DEPTHS:
        row = []
        for epsilon in EPSILONS:
            Theta = init_weights([10] * (L - 1) + [1], epsilon=epsilon, seed=0)
            runs = []
            for run in range(PERTURBED + 1):
                D = gradients_vectorized(perturbed(Theta, run), X, Y)
                runs.append([round(math.log10(np.sqrt(np.sum(D[l] ** 2))), 2) for l in range(1, L)])
            values = [agreed([r[i] for r in runs]) for i in range(L - 1)]
            if None in values:
                raise ValueError(f"L = {L}, epsilon = {epsilon}: log10 |D(l)| rounds differently in the "
                                 f"perturbed runs {runs}; store fewer decimals")
            row.append(values)
        norms.append(row)
    return {"depth": DEPTHS, "epsilon": EPSILONS, "log10_norm": norms}


def digits():
    """The notebook's data: scikit-learn's digits scaled to [0, 1], one-hot, a stratified quarter kept for testing."""
    from sklearn.datasets import load_digits
    from sklearn.model_selection import train_test_split

    data = load_digits()
    X, labels = data.data / 16.0, data.target
    X_train, X_test, Y_train, _, _, labels_test = train_test_split(
        X, np.eye(10)[labels], labels, test_size=0.25, random_state=0, stratify=labels)
    return X_train, Y_train, X_test, labels_test


def learning_rate_run(alpha, Theta, X_train, Y_train, X_test, labels_test):
    curves, correct = [], []
    for run in range(PERTURBED + 1):
        trained, history = train(perturbed(Theta, run), X_train, Y_train, alpha=alpha,
                                 epochs=EPOCHS, batch_size=16, seed=0)
        curves.append(history)
        correct.append(int(np.sum(predict(trained, X_test) == labels_test)))
    rounded = [[float(f"{J:.3g}") for J in history] for history in curves]
    J = []
    for epoch in range(EPOCHS + 1):
        value = agreed([r[epoch] for r in rounded])
        if value is None:
            break
        J.append(value)
    m = len(labels_test)
    result = {"alpha": alpha, "J": J, "tail": None, "accuracy": None, "at_chance": False}
    if len(J) <= EPOCHS:
        diverged = all(min(history[1:]) > history[0] for history in curves)
        result["tail"] = "diverged" if diverged else "unsettled"
        result["at_chance"] = diverged and all(0.05 <= c / m <= 0.15 for c in correct)
    elif agreed(correct) is not None:
        result["accuracy"] = round(correct[0] / m, 4)
    return result


def learning_rate_data():
    X_train, Y_train, X_test, labels_test = digits()
    Theta = init_weights([64, 25, 10], epsilon=0.12, seed=0)
    return {"epochs": EPOCHS, "runs": [learning_rate_run(alpha, Theta, X_train, Y_train, X_test, labels_test)
                                       for alpha in ALPHAS]}


def write(path, data):
    # One line per setting: readable diffs, and small (the pages carry the file).
    lines = [f" {json.dumps(key)}: {json.dumps(value, separators=(',', ':'))}" for key, value in data.items()]
    path.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")


def main(output=OUTPUT):
    output = Path(output)
    output.mkdir(parents=True, exist_ok=True)
    write(output / "vanishing_explorer.json", vanishing_data())
    write(output / "learning_rate_explorer.json", learning_rate_data())


if __name__ == "__main__":
    main(*sys.argv[1:])
