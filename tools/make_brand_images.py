"""Draw the site's logo (SVG, also its favicon) and its share image (PNG, link previews).

    .venv/bin/python tools/make_brand_images.py [OUTPUT_DIR]    # default: docs/assets/images/

Both show a small network of the article's kind: layers of units, every unit of one layer joined
to every unit of the next. The share image adds the article's central formula and draws each
connection as strong as its weight in Theta = init_weights([3, 4, 2], seed=0) from backprop_ref.
Neither carries words, so one file serves every language (its alt text is per language:
extra.share_image_alt in mkdocs.yml). Both are byte-for-byte reproducible (no date or software
name in the PNG, the SVG written by hand); tests/source/test_brand_images.py regenerates them and
compares.
"""

import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only, no display; must precede the pyplot import

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

from backprop_ref import init_weights  # noqa: E402

OUTPUT = Path(__file__).resolve().parents[1] / "docs" / "assets" / "images"
INDIGO = "#4051b5"  # Material's indigo, the header's colour (theme.palette primary: indigo)
SHARE_SIZE = (1200, 630)  # pixels: the size link previews (Open Graph) show without cropping
SIZES = [3, 4, 2]


def layer_heights(units, spread):
    return np.linspace(spread / 2, -spread / 2, units) if units > 1 else np.zeros(1)


def logo_svg():
    """A 2-3-2 network, white on an indigo rounded square: readable at 16 px in a browser tab."""
    xs, spread, size = (14, 32, 50), {2: 22, 3: 34}, 64
    units = [[(x, size / 2 - y) for y in layer_heights(n, spread[n])] for x, n in zip(xs, (2, 3, 2))]
    lines = [
        f'<line x1="{x0:g}" y1="{y0:g}" x2="{x1:g}" y2="{y1:g}"/>'
        for left, right in zip(units, units[1:]) for x0, y0 in left for x1, y1 in right
    ]
    circles = [f'<circle cx="{x:g}" cy="{y:g}" r="5.5"/>' for layer in units for x, y in layer]
    return "\n".join([
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" width="{size}" height="{size}">',
        f'<rect width="{size}" height="{size}" rx="12" fill="{INDIGO}"/>',
        '<g stroke="#c5cae9" stroke-width="2.5" stroke-linecap="round">', *lines, "</g>",
        '<g fill="#ffffff">', *circles, "</g>",
        "</svg>",
    ]) + "\n"


def share_png(path):
    """The network with its weights, and the backward step that computes the error terms."""
    Theta = init_weights(SIZES, epsilon=1.0, seed=0)
    dpi = 100
    figure = plt.figure(figsize=(SHARE_SIZE[0] / dpi, SHARE_SIZE[1] / dpi), dpi=dpi, facecolor=INDIGO)
    axes = figure.add_axes((0, 0, 1, 1))
    axes.set_xlim(0, 12)
    axes.set_ylim(0, 6.3)
    axes.axis("off")
    xs = (1.1, 3.0, 4.9)
    units = [[(x, 3.15 + y) for y in layer_heights(n, 3.4)] for x, n in zip(xs, SIZES)]
    for l, (left, right) in enumerate(zip(units, units[1:]), start=1):
        strength = np.abs(Theta[l][:, 1:]) / np.abs(Theta[l][:, 1:]).max()  # no bias column: no bias unit drawn
        for i, (x1, y1) in enumerate(right):
            for j, (x0, y0) in enumerate(left):
                axes.plot([x0, x1], [y0, y1], color="#c5cae9", linewidth=1 + 4 * strength[i, j],
                          alpha=0.35 + 0.65 * strength[i, j], solid_capstyle="round", zorder=1)
        axes.text((xs[l - 1] + xs[l]) / 2, 5.4, f"$\\Theta^{{({l})}}$", color="white", fontsize=26, ha="center")
    for layer in units:
        for x, y in layer:
            axes.add_patch(plt.Circle((x, y), 0.32, facecolor="white", edgecolor="#c5cae9", linewidth=3, zorder=2))
    formula = r"$\delta^{(l)} = (\Theta^{(l)})^{T}\,\delta^{(l+1)} \odot g'(z^{(l)})$"
    gradient = r"$\dfrac{\partial J}{\partial \Theta^{(l)}_{ij}} = D^{(l)}_{ij}$"
    axes.text(6.1, 4.0, formula, color="white", fontsize=27, va="center")
    axes.text(6.1, 2.2, gradient, color="white", fontsize=27, va="center")
    figure.savefig(path, format="png", dpi=dpi, facecolor=INDIGO, metadata={"Software": None})
    plt.close(figure)


def main(output=OUTPUT):
    output = Path(output)
    output.mkdir(parents=True, exist_ok=True)
    (output / "logo.svg").write_text(logo_svg(), encoding="utf-8")
    share_png(output / "share.png")


if __name__ == "__main__":
    main(*sys.argv[1:])
