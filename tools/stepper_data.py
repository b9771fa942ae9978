"""Write the worked example's steps, every number computed by backprop_ref, for the page's stepper.

    .venv/bin/python tools/stepper_data.py [OUTPUT]    # or: make figures

The generalized-delta-rule page lets a reader step through its worked example (2-2-2 network,
x = (0.05, 0.10), y = (0.01, 0.99), squared error, one step of size 0.5). Each step names the
diagram element it computes (a unit or a weight), the value shown there, the formula of the
step with the numbers substituted (the same LaTeX the pages' captions carry) and the snippet
that computes it. hooks/stepper_page.py puts this file into the page; tests/source/test_stepper_data.py
regenerates it and compares, and checks the captions of every language against it.
"""

import json
import sys
from pathlib import Path

import numpy as np

from backprop_ref import backward, cost, forward, gradients

OUTPUT = Path(__file__).resolve().parents[1] / "docs" / "assets" / "data" / "worked_example.json"

# Theta[l][j - 1] = [bias, weights]: hidden unit j has w_(2j-1), w_(2j); output unit j w_(2j+3), w_(2j+4).
THETA = {
    1: np.array([[0.35, 0.15, 0.20], [0.35, 0.25, 0.30]]),
    2: np.array([[0.60, 0.40, 0.45], [0.60, 0.50, 0.55]]),
}
X = np.array([0.05, 0.10])
Y = np.array([0.01, 0.99])
ALPHA = 0.5

SUBSCRIPT = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
UNIT = {2: "h", 3: "o"}  # diagram ids: x1, x2 (inputs), h1, h2 (hidden), o1, o2 (outputs), C


def tex(v):
    """A number as the captions print it: 9 decimals at most (as the published example)."""
    return f"{v:.9f}".rstrip("0").rstrip(".")


def factor(v):
    """A number inside a product or sum: negative ones in parentheses."""
    return f"({tex(v)})" if v < 0 else tex(v)


def shown(v):
    """A number as the diagram shows it: 4 significant digits, a true minus sign."""
    text = f"{v:.4g}"
    assert "e" not in text, f"{v} would be shown in exponent notation"
    return text.replace("-", "\u2212")


def weight(l, j, k):
    """The number n of w_n feeding unit j (1-based) of layer l + 1 from unit k of layer l."""
    return 4 * (l - 1) + 2 * (j - 1) + k


def step(target, name, value, formula, snippet):
    # 12 decimals: beyond the 9 the captions print, short of the last bits an operation's order flips.
    return {"target": target, "name": name, "value": round(float(value), 12), "shown": shown(value),
            "tex": formula, "snippet": snippet}


def forward_steps(a, z):
    steps = []
    for l, snippet in ((2, "delta_rule_weighted_sum.py"), (3, "delta_rule_weighted_sum.py")):
        inputs = X if l == 2 else a[2][1:]
        names = ["x_1", "x_2"] if l == 2 else ["a^{(2)}_1", "a^{(2)}_2"]
        for j in (1, 2):
            b, w = THETA[l - 1][j - 1, 0], THETA[l - 1][j - 1, 1:]
            n = [weight(l - 1, j, k) for k in (1, 2)]
            symbolic = " + ".join(f"w_{n[k]} {names[k]}" for k in range(2)) + f" + b^{{({l})}}_{j}"
            numeric = " + ".join(f"{tex(w[k])} \\cdot {tex(inputs[k])}" for k in range(2)) + f" + {tex(b)}"
            unit = f"{UNIT[l]}{j}"
            steps.append(step(unit, "z", z[l][j - 1],
                              f"z^{{({l})}}_{j} = {symbolic} = {numeric} = {tex(z[l][j - 1])}", snippet))
            steps.append(step(unit, "a", a[l][j] if l == 2 else a[l][j - 1],
                              f"a^{{({l})}}_{j} = g\\bigl(z^{{({l})}}_{j}\\bigr) = \\frac{{1}}{{1 + e^{{-{tex(z[l][j - 1])}}}}}"
                              f" = {tex(a[l][j] if l == 2 else a[l][j - 1])}",
                              snippet if l == 2 else "delta_rule_total_error.py"))
    return steps


def gradient_steps(l, d, D, inputs, symbol, snippet):
    """dC/dw for the four weights of Theta[l]: the error of the unit they feed times their input."""
    steps = []
    for j in (1, 2):
        for k in (1, 2):
            n = weight(l, j, k)
            steps.append(step(f"w{n}", f"∂C/∂w{str(n).translate(SUBSCRIPT)}", D[l][j - 1, k],
                              f"\\frac{{\\partial C}}{{\\partial w_{n}}} = \\delta^{{({l + 1})}}_{j} \\, {symbol}_{k}"
                              f" = {factor(d[l + 1][j - 1])} \\cdot {tex(inputs[k - 1])} = {tex(D[l][j - 1, k])}",
                              snippet))
    return steps


def main(output=OUTPUT):
    a, z = forward(THETA, X)
    d = backward(THETA, a, z, Y, loss="squared_error")
    D = gradients(THETA, X[None, :], Y[None, :], loss="squared_error")
    C = cost(THETA, X[None, :], Y[None, :], loss="squared_error")
    h, o = a[2][1:], a[3]

    steps = [step(None, "", 0.0, f"x = ({tex(X[0])}, {tex(X[1])}), \\quad y = ({tex(Y[0])}, {tex(Y[1])}),"
                  f" \\quad \\alpha = {tex(ALPHA)}", None)]
    steps += forward_steps(a, z)
    steps.append(step("C", "C", C,
                      "C = \\tfrac{1}{2}\\bigl(y_1 - a^{(3)}_1\\bigr)^2 + \\tfrac{1}{2}\\bigl(y_2 - a^{(3)}_2\\bigr)^2"
                      f" = \\tfrac{{1}}{{2}}({tex(Y[0])} - {tex(o[0])})^2 + \\tfrac{{1}}{{2}}({tex(Y[1])} - {tex(o[1])})^2"
                      f" = {tex(C)}", "delta_rule_total_error.py"))
    # The backward pass in the page's order: output errors, output weights, hidden errors, hidden weights.
    for j in (1, 2):
        steps.append(step(f"o{j}", "δ", d[3][j - 1],
                          f"\\delta^{{(3)}}_{j} = \\bigl(a^{{(3)}}_{j} - y_{j}\\bigr)\\, g'\\bigl(z^{{(3)}}_{j}\\bigr)"
                          f" = ({tex(o[j - 1])} - {tex(Y[j - 1])}) \\cdot {tex(o[j - 1])} \\cdot (1 - {tex(o[j - 1])})"
                          f" = {tex(d[3][j - 1])}", "delta_rule_output_error.py"))
    steps += gradient_steps(2, d, D, h, "a^{(2)}", "delta_rule_output_weights.py")
    for j in (1, 2):
        w = [THETA[2][i, j] for i in (0, 1)]
        steps.append(step(f"h{j}", "δ", d[2][j - 1],
                          f"\\delta^{{(2)}}_{j} = \\bigl(w_{weight(2, 1, j)} \\delta^{{(3)}}_1 + "
                          f"w_{weight(2, 2, j)} \\delta^{{(3)}}_2\\bigr)\\, g'\\bigl(z^{{(2)}}_{j}\\bigr)"
                          f" = ({tex(w[0])} \\cdot {factor(d[3][0])} + {tex(w[1])} \\cdot {factor(d[3][1])})"
                          f" \\cdot {tex(h[j - 1])} \\cdot (1 - {tex(h[j - 1])}) = {tex(d[2][j - 1])}",
                          "delta_rule_hidden_error.py"))
    steps += gradient_steps(1, d, D, X, "x", "delta_rule_hidden_weights.py")
    for l in (2, 1):
        for j in (1, 2):
            for k in (1, 2):
                n = weight(l, j, k)
                new = THETA[l][j - 1, k] - ALPHA * D[l][j - 1, k]
                steps.append(step(f"w{n}", f"w{str(n).translate(SUBSCRIPT)}⁺", new,
                                  f"w_{n}^{{+}} = w_{n} - \\alpha \\frac{{\\partial C}}{{\\partial w_{n}}}"
                                  f" = {tex(THETA[l][j - 1, k])} - {tex(ALPHA)} \\cdot {factor(D[l][j - 1, k])}"
                                  f" = {tex(new)}", "delta_rule_update.py"))

    # What the diagram shows before the first step: the inputs, the biases and the initial weights.
    initial = {f"x{k}": {"name": f"x{str(k).translate(SUBSCRIPT)}", "shown": shown(X[k - 1])} for k in (1, 2)}
    # One bias label per layer on the diagram: the example gives both units of a layer the same bias.
    assert all(THETA[l][0, 0] == THETA[l][1, 0] for l in THETA), "one bias per layer"
    initial["b2"] = {"name": "b⁽²⁾", "shown": shown(THETA[1][0, 0])}
    initial["b3"] = {"name": "b⁽³⁾", "shown": shown(THETA[2][0, 0])}
    for l in (1, 2):
        for j in (1, 2):
            for k in (1, 2):
                n = weight(l, j, k)
                initial[f"w{n}"] = {"name": f"w{str(n).translate(SUBSCRIPT)}", "shown": shown(THETA[l][j - 1, k])}
    data = {"initial": initial, "steps": steps}
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(*sys.argv[1:])
