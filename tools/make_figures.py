"""Draw the site's figures from backprop_ref and write them as SVG into docs/assets/figures/.

    .venv/bin/python tools/make_figures.py [OUTPUT_DIR]    # or: make figures

Figures carry only symbols and numbers, so one file serves every language (captions are in the
pages). The SVGs are byte-for-byte reproducible: a fixed hash salt for element ids, no date in
the metadata, text drawn as paths. tests/pages/test_figures.py regenerates them and compares.
"""

import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only, no display; must precede the pyplot import

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

from backprop_ref import backward, forward, init_weights, sigmoid, sigmoid_gradient, train  # noqa: E402

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


def network_figure(output):
    """The 2-2-2 network of the worked example: units a, bias units, and the weight matrices."""
    figure, axes = plt.subplots(figsize=(7, 4.2))
    layers = {
        1: ["$+1$", "$a^{(1)}_1$", "$a^{(1)}_2$"],
        2: ["$+1$", "$a^{(2)}_1$", "$a^{(2)}_2$"],
        3: ["$a^{(3)}_1$", "$a^{(3)}_2$"],
    }
    position = {}
    for l, units in layers.items():
        heights = np.linspace(2.0, 0.0, 3) if len(units) == 3 else np.array([1.5, 0.5])
        for unit, (label, height) in enumerate(zip(units, heights)):
            position[l, unit] = (3.0 * (l - 1), height)
            bias = label == "$+1$"
            axes.add_patch(plt.Circle(position[l, unit], 0.28, facecolor="#e8eaf6" if not bias else "#fff3e0",
                                      edgecolor="#3949ab" if not bias else "#ef6c00", linewidth=1.5, zorder=2))
            axes.text(*position[l, unit], label, ha="center", va="center", fontsize=12, zorder=3)
    for l in (1, 2):
        targets = [u for u in range(len(layers[l + 1])) if layers[l + 1][u] != "$+1$"]
        for source in range(len(layers[l])):
            for target in targets:
                (x0, y0), (x1, y1) = position[l, source], position[l + 1, target]
                axes.annotate("", xy=(x1 - 0.3, y1), xytext=(x0 + 0.3, y0),
                              arrowprops=dict(arrowstyle="->", color="#5c6bc0", linewidth=1), zorder=1)
        axes.text(3.0 * l - 1.5, 2.45, f"$\\Theta^{{({l})}}$", ha="center", fontsize=14)
    axes.text(4.5, -0.55, "$\\Theta^{(2)}_{11} = 0.40$", ha="center", fontsize=10, color="#3949ab")
    axes.text(1.5, -0.55, "$\\Theta^{(1)}_{10} = 0.35$", ha="center", fontsize=10, color="#ef6c00")
    for l, caption in ((1, "$l = 1$"), (2, "$l = 2$"), (3, "$l = 3 = L$")):
        axes.text(3.0 * (l - 1), -1.0, caption, ha="center", fontsize=11)
    axes.set_xlim(-0.8, 6.8)
    axes.set_ylim(-1.3, 2.8)
    axes.set_aspect("equal")
    axes.axis("off")
    figure.tight_layout()
    save(figure, output, "network.svg")


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


def main(output=OUTPUT):
    output = Path(output)
    output.mkdir(parents=True, exist_ok=True)
    plt.rcParams["svg.hashsalt"] = "backprop-docs"  # stable ids for clip paths and glyphs
    plt.rcParams["svg.fonttype"] = "path"
    for draw in (sigmoid_figure, network_figure, loss_curve_figure, learning_rate_figure, batched_shapes_figure):
        draw(output)


if __name__ == "__main__":
    main(*sys.argv[1:])
