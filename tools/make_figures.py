"""Draw the site's figures from backprop_ref and write them as SVG into docs/assets/figures/.

    .venv/bin/python tools/make_figures.py [OUTPUT_DIR]    # or: make figures

Figures carry only symbols and numbers, so one file serves every language (captions are in the
pages). The SVGs are byte-for-byte reproducible: a fixed hash salt for element ids, no date in
the metadata, text drawn as paths. tests/source/test_figures.py regenerates them and compares.
"""

import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only, no display; must precede the pyplot import

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

from backprop_ref import (backward, forward, gradients_vectorized, init_weights, sigmoid,  # noqa: E402
                          sigmoid_gradient, train)

OUTPUT = Path(__file__).resolve().parents[1] / "docs" / "assets" / "figures"

# The XOR problem of the gradient-descent page (same data, network and seed as its snippets).
XOR_X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
XOR_Y = np.array([[0.0], [1.0], [1.0], [0.0]])
XOR_THETA = init_weights([2, 3, 1], epsilon=1.0, seed=0)
EPOCHS = 1000


def save(figure, output, name):
    figure.savefig(output / name, format="svg", facecolor="white", metadata={"Date": None})
    plt.close(figure)


def sigmoid_figure(output):
    z = np.linspace(-6, 6, 241)
    figure, axes = plt.subplots(figsize=(6, 3.2))
    axes.plot(z, sigmoid(z), label="$g(z)$", linewidth=2)
    axes.plot(z, sigmoid_gradient(z), label="$g'(z) = g(z)\\,(1 - g(z))$", linewidth=2, linestyle="--")
    axes.axhline(0.25, color="grey", linewidth=0.6, linestyle=":")
    axes.set_xlabel("$z$")
    axes.set_yticks([0, 0.25, 0.5, 1])
    axes.grid(alpha=0.3)
    axes.legend(loc="center right")
    figure.tight_layout()
    save(figure, output, "sigmoid.svg")


# The 2-2-2 network of the worked example: the unit labels of each layer and where they sit.
NETWORK_LAYERS = {
    1: ["$+1$", "$a^{(1)}_1$", "$a^{(1)}_2$"],
    2: ["$+1$", "$a^{(2)}_1$", "$a^{(2)}_2$"],
    3: ["$a^{(3)}_1$", "$a^{(3)}_2$"],
}
# w1..w8 as the worked example numbers them: (layer, source unit, target unit), unit 0 = bias.
WEIGHT_EDGES = {
    1: (1, 1, 1), 2: (1, 2, 1), 3: (1, 1, 2), 4: (1, 2, 2),
    5: (2, 1, 1), 6: (2, 2, 1), 7: (2, 1, 2), 8: (2, 2, 2),
}
UNIT, BIAS, BACKWARD, MUTED = "#3949ab", "#ef6c00", "#c62828", "#9e9e9e"


def network_axes(labels):
    """Axes with the three layers of units drawn; returns (figure, axes, position[l, unit])."""
    figure, axes = plt.subplots(figsize=(7, 4.4))
    position = {}
    for l, units in labels.items():
        heights = np.linspace(2.0, 0.0, 3) if len(units) == 3 else np.array([1.0, 0.0])
        for unit, (label, height) in enumerate(zip(units, heights)):
            # Output units are numbered from 1 like the others: key (3, 1) is a(3)_1.
            key = (l, unit if len(units) == 3 else unit + 1)
            position[key] = (3.0 * (l - 1), height)
            bias = label == "$+1$"
            axes.add_patch(plt.Circle(position[key], 0.3, facecolor="#e8eaf6" if not bias else "#fff3e0",
                                      edgecolor=UNIT if not bias else BIAS, linewidth=1.5, zorder=2))
            axes.text(*position[key], label, ha="center", va="center", fontsize=11, zorder=3)
    for l, caption in ((1, "$l = 1$"), (2, "$l = 2$"), (3, "$l = 3 = L$")):
        axes.text(3.0 * (l - 1), -1.05, caption, ha="center", fontsize=11)
    axes.set_xlim(-0.9, 6.9)
    axes.set_ylim(-1.35, 2.8)
    axes.set_aspect("equal")
    axes.axis("off")
    return figure, axes, position


def edge(axes, start, end, color, label=None, where=0.72, style="-"):
    """An arrow between two unit circles, with an optional label a fraction ``where`` along it."""
    (x0, y0), (x1, y1) = start, end
    length = np.hypot(x1 - x0, y1 - y0)
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    axes.annotate("", xy=(x1 - 0.32 * ux, y1 - 0.32 * uy), xytext=(x0 + 0.32 * ux, y0 + 0.32 * uy),
                  arrowprops=dict(arrowstyle="->", color=color, linewidth=1.1, linestyle=style), zorder=1)
    if label:
        axes.text(x0 + where * (x1 - x0), y0 + where * (y1 - y0), label, ha="center", va="center", fontsize=9,
                  color=color, zorder=4, bbox=dict(boxstyle="round,pad=0.12", facecolor="white", edgecolor="none"))


def network_figure(output):
    """The 2-2-2 network of the worked example, every weight edge labelled w1..w8 as in the text."""
    figure, axes, position = network_axes(NETWORK_LAYERS)
    for number, (l, source, target) in WEIGHT_EDGES.items():
        edge(axes, position[l, source], position[l + 1, target], UNIT, f"$w_{number}$")
    for l, bias in ((1, 0.35), (2, 0.60)):
        for target in (1, 2):
            edge(axes, position[l, 0], position[l + 1, target], BIAS, f"${bias:.2f}$" if target == 1 else None,
                 where=0.45)
        axes.text(3.0 * l - 1.5, 2.5, f"$\\Theta^{{({l})}}$", ha="center", fontsize=14)
    figure.tight_layout()
    save(figure, output, "network.svg")


def backward_pass_figure(output):
    """Step 2 of the algorithm on the same network: the output errors go back through (Θ(2))ᵀ."""
    labels = {
        1: ["$+1$", "$x_1$", "$x_2$"],
        2: ["$+1$", "$\\delta^{(2)}_1$", "$\\delta^{(2)}_2$"],
        3: ["$\\delta^{(3)}_1$", "$\\delta^{(3)}_2$"],
    }
    figure, axes, position = network_axes(labels)
    for source in (1, 2):
        for target in (0, 1, 2):
            dropped = target == 0  # entry 0 of (Θ(2))ᵀ δ(3) belongs to the bias unit: dropped
            edge(axes, position[3, source], position[2, target], MUTED if dropped else BACKWARD,
                 style="--" if dropped else "-")
    axes.text(4.5, 2.5, "$(\\Theta^{(2)})^\\top \\delta^{(3)}$", ha="center", fontsize=13, color=BACKWARD)
    axes.text(1.5, 2.5, "no $\\delta^{(1)}$", ha="center", fontsize=12, color=MUTED)
    axes.text(6.0, -0.62, "$a^{(3)} - y$", ha="center", fontsize=10, color=BACKWARD)
    axes.text(3.0, -0.62, "$\\odot\\, g'(z^{(2)})$", ha="center", fontsize=10, color=BACKWARD)
    axes.text(3.0, 2.45, "entry 0 dropped", ha="center", fontsize=8, color=MUTED)
    figure.tight_layout()
    save(figure, output, "backward_pass.svg")


def loss_curve_figure(output):
    _, history = train(XOR_THETA, XOR_X, XOR_Y, alpha=3.0, epochs=EPOCHS, tol=1e-5)
    figure, axes = plt.subplots(figsize=(6, 3.2))
    axes.plot(range(len(history)), history, linewidth=2)
    axes.set_xlabel("$k$")
    axes.set_ylabel("$J(\\Theta)$")
    axes.set_yscale("log")
    axes.axvline(len(history) - 1, color="grey", linestyle="--", linewidth=1)
    axes.text(len(history) - 10, history[0], f"$k = {len(history) - 1}$", ha="right", va="top")
    axes.grid(alpha=0.3, which="both")
    figure.tight_layout()
    save(figure, output, "loss_curve.svg")


def learning_rate_figure(output):
    figure, axes = plt.subplots(figsize=(6, 3.2))
    histories = []
    for alpha, style in ((0.1, ":"), (3.0, "-"), (30.0, "--")):
        _, history = train(XOR_THETA, XOR_X, XOR_Y, alpha=alpha, epochs=EPOCHS)
        histories.extend(history)
        axes.plot(range(len(history)), history, linestyle=style, linewidth=2, label=f"$\\alpha = {alpha:g}$")
    axes.set_xlabel("$k$")
    axes.set_ylabel("$J(\\Theta)$")
    axes.set_yscale("log")
    # Limits on whole decades: autoscaled ones follow the last bits of J, and matplotlib names the SVG's
    # clip path after them, so another BLAS build would change the file without changing the figure.
    axes.set_ylim(10 ** np.floor(np.log10(min(histories))), 10 ** np.ceil(np.log10(max(histories))))
    axes.grid(alpha=0.3, which="both")
    axes.legend(loc="center right")
    figure.tight_layout()
    save(figure, output, "learning_rate.svg")


# The 2-3-2 network and four examples of the batched page's snippets.
BATCH_THETA = init_weights([2, 3, 2], epsilon=1.0, seed=0)
BATCH_X = np.array([[0.05, 0.10], [0.90, 0.20], [0.30, 0.70], [0.60, 0.40]])
BATCH_Y = np.array([[0.0, 1.0], [1.0, 0.0], [0.0, 1.0], [1.0, 0.0]])


def batched_matrices():
    """Every matrix of the batched pass, stacked from forward() and backward() row by row."""
    rows = [forward(BATCH_THETA, x) for x in BATCH_X]
    errors = [backward(BATCH_THETA, a, z, y) for (a, z), y in zip(rows, BATCH_Y)]
    stack = np.vstack
    ones_A = {l: stack([a[l] for a, _ in rows]) for l in (1, 2)}   # [1 | A(l)]: a(l) keeps its bias unit
    return {
        "ones_A": ones_A,
        "Z": {l: stack([z[l] for _, z in rows]) for l in (2, 3)},
        "d": {l: stack([d[l] for d in errors]) for l in (2, 3)},
    }


def batched_shapes_figure(output):
    """The batched products drawn to scale, one cell per entry: rows of example 1 and bias entries marked."""
    M = batched_matrices()
    T = BATCH_THETA
    # (label, shape, axis along which the examples run or None, bias: ("row" | "col", index) or None)
    EXAMPLE, BIAS = "#c5cae9", "#ffe0b2"
    equations = [
        [(r"$[\mathbf{1} \,|\, A^{(1)}]$", M["ones_A"][1].shape, 0, ("col", 0)), r"$\times$",
         (r"$(\Theta^{(1)})^\top$", T[1].T.shape, None, ("row", 0)), r"$=$",
         (r"$Z^{(2)}$", M["Z"][2].shape, 0, None)],
        [(r"$[\mathbf{1} \,|\, A^{(2)}]$", M["ones_A"][2].shape, 0, ("col", 0)), r"$\times$",
         (r"$(\Theta^{(2)})^\top$", T[2].T.shape, None, ("row", 0)), r"$=$",
         (r"$Z^{(3)}$", M["Z"][3].shape, 0, None)],
        [(r"$\delta^{(3)}$", M["d"][3].shape, 0, None), r"$\times$",
         (r"$\Theta^{(2)}_{:,1:}$", T[2][:, 1:].shape, None, None), r"$\odot$",
         (r"$g'(Z^{(2)})$", M["Z"][2].shape, 0, None), r"$=$",
         (r"$\delta^{(2)}$", M["d"][2].shape, 0, None)],
        [(r"$(\delta^{(3)})^\top$", M["d"][3].T.shape, 1, None), r"$\times$",
         (r"$[\mathbf{1} \,|\, A^{(2)}]$", M["ones_A"][2].shape, 0, ("col", 0)), r"$=$",
         (r"$\Delta^{(2)}$", T[2].shape, None, ("col", 0))],
        [(r"$(\delta^{(2)})^\top$", M["d"][2].T.shape, 1, None), r"$\times$",
         (r"$[\mathbf{1} \,|\, A^{(1)}]$", M["ones_A"][1].shape, 0, ("col", 0)), r"$=$",
         (r"$\Delta^{(1)}$", T[1].shape, None, ("col", 0))],
    ]
    # Two columns: the forward products and the errors on the left, the Delta products on the right.
    columns = [equations[:3], equations[3:]]
    cell, gap, row_height, column_gap = 0.32, 0.45, 2.35, 0.9

    def width(items):
        return sum(gap if isinstance(item, str) else item[1][1] * cell for item in items)

    left = max(width(items) for items in columns[0])
    total = left + column_gap + max(width(items) for items in columns[1])
    height = (max(len(c) for c in columns) - 1) * row_height + 2.75
    figure, axes = plt.subplots(figsize=(1.0 * (total + 0.4), 1.0 * height))
    for column, column_items in enumerate(columns):
        for row, items in enumerate(column_items):
            top = -row * row_height
            x = 0.0 if column == 0 else left + column_gap
            for item in items:
                if isinstance(item, str):
                    axes.text(x + gap / 2, top - 2 * cell, item, ha="center", va="center", fontsize=17)
                    x += gap
                    continue
                label, (rows, cols), example_axis, bias = item
                for i in range(rows):
                    for j in range(cols):
                        colour = "#eceff1"
                        if example_axis is not None and (i, j)[example_axis] == 0:
                            colour = EXAMPLE
                        if bias is not None and (i, j)[0 if bias[0] == "row" else 1] == bias[1]:
                            colour = BIAS
                        axes.add_patch(plt.Rectangle((x + j * cell, top - (i + 1) * cell), cell, cell,
                                                     facecolor=colour, edgecolor="#546e7a", linewidth=0.6))
                centre = x + cols * cell / 2
                axes.text(centre, top + 0.18, label, ha="center", va="bottom", fontsize=15)
                axes.text(centre, top - rows * cell - 0.12, f"${rows} \\times {cols}$", ha="center", va="top",
                          fontsize=12, color="#37474f")
                x += cols * cell
    axes.set_xlim(-0.2, total + 0.2)
    axes.set_ylim(0.75 - height, 0.75)
    axes.set_aspect("equal")
    axes.axis("off")
    figure.tight_layout()
    save(figure, output, "batched_shapes.svg")


def vanishing_gradients_figure(output):
    """|D(l)| per layer of a 10-layer sigmoid network at two initialization scales (vanishing_norms.py's data)."""
    sizes = [10] * 9 + [1]
    rng = np.random.default_rng(0)
    X = rng.random((100, 10))
    Y = (rng.random((100, 1)) < 0.5).astype(float)
    figure, axes = plt.subplots(figsize=(6, 3.4))
    layers = np.arange(1, len(sizes))
    for epsilon, style in ((0.12, "-o"), (1.0, "--s")):
        D = gradients_vectorized(init_weights(sizes, epsilon=epsilon, seed=0), X, Y)
        norms = [np.sqrt(np.sum(D[l] ** 2)) for l in layers]
        axes.plot(layers, norms, style, linewidth=2, markersize=5, label=f"$\\epsilon_{{\\mathrm{{init}}}} = {epsilon:g}$")
    axes.set_yscale("log")
    axes.set_xlabel("$l$")
    axes.set_ylabel("$\\|D^{(l)}\\|$")
    axes.set_xticks(layers)
    axes.set_ylim(1e-13, 1e1)
    axes.set_yticks([10.0 ** k for k in range(-12, 1, 2)])
    axes.grid(alpha=0.3, which="major")
    axes.legend(loc="lower right")
    figure.tight_layout()
    save(figure, output, "vanishing_gradients.svg")


# The warm-up page's chain (layer sizes [1, 1, 1]; the same numbers as its snippets).
CHAIN_X, CHAIN_Y = 1.5, 1.0
CHAIN_THETA = {1: np.array([[0.1, 0.5]]), 2: np.array([[-0.3, 0.8]])}
FORWARD = "#263238"


def operation(axes, where, symbol):
    axes.add_patch(plt.Circle(where, 0.3, facecolor="#e8eaf6", edgecolor=UNIT, linewidth=1.5, zorder=2))
    axes.text(*where, symbol, ha="center", va="center", fontsize=16, zorder=3)


def wire(axes, start, end, value, gradient, shorten=(0.32, 0.32), where=0.5):
    """An edge of the graph: its forward value on the left of the arrow, dC/d(value) on the right,
    a fraction ``where`` along it."""
    (x0, y0), (x1, y1) = start, end
    length = np.hypot(x1 - x0, y1 - y0)
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    axes.annotate("", xy=(x1 - shorten[1] * ux, y1 - shorten[1] * uy),
                  xytext=(x0 + shorten[0] * ux, y0 + shorten[0] * uy),
                  arrowprops=dict(arrowstyle="->", color=FORWARD, linewidth=1.1), zorder=1)
    mx, my = x0 + where * (x1 - x0), y0 + where * (y1 - y0)
    nx, ny = -uy, ux  # the left-hand normal: above a rightward edge
    away = 0.25 + 0.4 * abs(nx)  # labels are wider than tall: further from an upright edge
    axes.text(mx + away * nx, my + away * ny, value, ha="center", va="center", fontsize=12, color=FORWARD)
    if gradient:
        axes.text(mx - away * nx, my - away * ny, gradient, ha="center", va="center", fontsize=12,
                  color=BACKWARD)


def computation_graph_figure(output):
    """The warm-up chain as operations, each edge with its value (black) and dC/d(value) (red)."""
    (b1, w1), (b2, w2) = CHAIN_THETA[1][0], CHAIN_THETA[2][0]
    a, z = forward(CHAIN_THETA, [CHAIN_X])
    d = backward(CHAIN_THETA, a, z, [CHAIN_Y])
    a2, a3, d2, d3 = a[2][1], a[3][0], d[2][0], d[3][0]
    dC_da2, dC_da3 = w2 * d3, (a3 - CHAIN_Y) / (a3 * (1 - a3))
    cost = -np.log(a3) if CHAIN_Y == 1 else -np.log(1 - a3)
    number = lambda v, name="": f"${name}{v:.3f}$"
    figure, axes = plt.subplots(figsize=(7.2, 4.3))
    top, bottom = 2.4, 0.0
    times1, plus1, g1 = (1.8, top), (3.8, top), (5.8, top)
    times2, plus2, g2, cost_node = (1.8, bottom), (3.8, bottom), (5.8, bottom), (7.8, bottom)
    for where, symbol in ((times1, "$\\times$"), (plus1, "$+$"), (g1, "$g$"), (times2, "$\\times$"),
                          (plus2, "$+$"), (g2, "$g$"), (cost_node, "$C$")):
        operation(axes, where, symbol)
    for name, where in (("$x$", (0.0, top + 1.1)), ("$w_1$", (0.0, top - 1.1)), ("$b_1$", (3.8, top + 1.5)),
                        ("$w_2$", (0.0, bottom - 1.1)), ("$b_2$", (3.8, bottom - 1.5)),
                        ("$y$", (7.8, bottom - 1.5))):
        axes.text(*where, name, ha="center", va="center", fontsize=15)
    wire(axes, (0.0, top + 1.1), times1, number(CHAIN_X), number(w1 * d2), shorten=(0.25, 0.32), where=0.4)
    wire(axes, (0.0, top - 1.1), times1, number(w1), number(CHAIN_X * d2), shorten=(0.25, 0.32), where=0.4)
    wire(axes, times1, plus1, number(w1 * CHAIN_X), number(d2))
    wire(axes, (3.8, top + 1.5), plus1, number(b1), number(d2), shorten=(0.25, 0.32))
    wire(axes, plus1, g1, number(z[2][0], "z^{(2)}\\!=\\!"), number(d2))
    wire(axes, g1, times2, number(a2, "a^{(2)} = "), number(dC_da2))
    wire(axes, (0.0, bottom - 1.1), times2, number(w2), number(a2 * d3), shorten=(0.25, 0.32))
    wire(axes, times2, plus2, number(w2 * a2), number(d3))
    wire(axes, (3.8, bottom - 1.5), plus2, number(b2), number(d3), shorten=(0.25, 0.32))
    wire(axes, plus2, g2, number(z[3][0], "z^{(3)}\\!=\\!"), number(d3))
    wire(axes, g2, cost_node, number(a3, "a^{(3)}\\!=\\!"), number(dC_da3))
    wire(axes, (7.8, bottom - 1.5), cost_node, f"${CHAIN_Y:g}$", None, shorten=(0.25, 0.32))
    wire(axes, cost_node, (9.6, bottom), number(cost, "C\\!=\\!"), "$1$", shorten=(0.32, 0.0))
    axes.set_xlim(-0.3, 9.7)
    axes.set_ylim(-1.8, 4.1)
    axes.set_aspect("equal")
    axes.axis("off")
    figure.tight_layout()
    save(figure, output, "computation_graph.svg")


def main(output=OUTPUT):
    output = Path(output)
    output.mkdir(parents=True, exist_ok=True)
    plt.rcParams["svg.hashsalt"] = "backprop-docs"  # stable ids for clip paths and glyphs
    plt.rcParams["svg.fonttype"] = "path"
    for draw in (sigmoid_figure, network_figure, loss_curve_figure, learning_rate_figure, backward_pass_figure,
                 batched_shapes_figure, vanishing_gradients_figure, computation_graph_figure):
        draw(output)


if __name__ == "__main__":
    main(*sys.argv[1:])
