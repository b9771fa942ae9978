"""hooks/math_render.py: the build typesets the math to MathML (Temml), cuts the math font to the
formulas' characters, and a formula Temml cannot parse stops it."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parents[2]
MKDOCS = Path(sys.executable).with_name("mkdocs")

PAGE = r"""# Formulas

Inline \(a^{(l)} = g(z^{(l)})\) and `\(not math\)` in code.

$$
\delta^{(L)} = a^{(L)} - y
$$

A long one, \(C = \tfrac{1}{2}\bigl(y_1 - a^{(3)}_1\bigr)^2 + \tfrac{1}{2}\bigl(y_2 - a^{(3)}_2\bigr)^2 = 0.298371109\).

```python
label = r"\(x\)"
```
"""


def build(tmp_path, page, name="page.md"):
    """Build a one-page project with this repository's math hook; the completed process."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / name).write_text(page, encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: t\n"
        f"hooks: [{ROOT / 'hooks' / 'math_render.py'}]\n"
        "markdown_extensions: [pymdownx.superfences, {pymdownx.arithmatex: {generic: true}}]\n",
        encoding="utf-8")
    return subprocess.run([str(MKDOCS), "build", "--strict"], cwd=tmp_path, capture_output=True, text=True,
                          timeout=120, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("math")
    result = build(tmp_path, PAGE)
    assert result.returncode == 0, result.stderr
    return tmp_path / "site"


def test_formulas_arrive_as_mathml_only_and_code_keeps_its_text(site):
    html = (site / "page" / "index.html").read_text(encoding="utf-8")
    assert html.count("<math") == 3
    assert html.count('<math display="block"') == 1
    assert "katex" not in html.lower()
    # The TeX each formula came from, for a reader to copy.
    assert '<annotation encoding="application/x-tex">a^{(l)} = g(z^{(l)})</annotation>' in html
    assert r"<code>\(not math\)</code>" in html
    assert r"\(x\)" in html  # in the highlighted Python block, untouched
    # The page fetches the font with its stylesheets.
    assert '<link rel="preload" href="../assets/fonts/math.woff2" as="font" type="font/woff2" crossorigin>' in html


def test_a_long_inline_formula_breaks_after_its_relations_and_operators(site):
    html = (site / "page" / "index.html").read_text(encoding="utf-8")
    formula = next(f for f in re.findall(r"<math>.*?</math>", html, re.S) if "0.298371109" in f)
    assert '<mrow class="tml-wrap">' in formula
    body = formula[:formula.index("<annotation")]
    # Each piece but the last ends with the operator a line may break after, spaced as infix.
    ends = re.findall(r'<mo form="infix">(.)</mo></mrow>', body)
    assert ends == ["=", "−", "+", "−", "="]  # C =, (y_1 −, )^2 +, (y_2 −, )^2 =
    # No piece ends after a bracket: \bigl( stays with what it opens.
    assert not re.search(r"[(\[]</mo></mrow><mrow>", body)
    # Operators in script size are not spaced (TeX: a^{(3)}_1, \tfrac{1}{2}).
    assert re.search(r'<mo[^>]*lspace="0em" rspace="0em">\(</mo><mn>3</mn>', body)
    # The sentence's full stop goes with the formula's last piece, never alone at a line's start.
    assert body.endswith("<mn>0.298371109</mn><mtext>.</mtext></mrow></mrow>")
    assert r"\bigr)^2 = 0.298371109</annotation>" in formula


def test_the_math_font_keeps_the_formulas_characters_and_the_math_table(site):
    font = TTFont(site / "assets" / "fonts" / "math.woff2")
    cmap = font.getBestCmap()
    # δ as written, and the italic letters the browser draws for one-letter identifiers (a, y, h...).
    for char in "δ=−+()01289" + "\U0001D44E\U0001D466":
        assert ord(char) in cmap, char
    assert ord("∫") not in cmap and ord("Ω") not in cmap  # in the source font, in no formula here
    math = font["MATH"].table
    # The bigger parentheses \bigl( asks for are in the cut font.
    variants = math.MathVariants.VertGlyphCoverage.glyphs
    assert cmap[ord("(")] in variants
    assert len(cmap) < 200
    assert (site / "assets" / "fonts" / "math.woff2").stat().st_size < 20_000


def test_a_formula_temml_cannot_parse_fails_the_strict_build_naming_page_and_formula(tmp_path):
    result = build(tmp_path, "# Broken\n\nSee \\(\\frac{a}{b}\\) and \\(\\Thetta^{(1)}\\).\n", name="broken.md")
    assert result.returncode != 0
    assert "broken.md: Temml cannot typeset the formula '\\\\Thetta^{(1)}'" in result.stderr
    assert "Unsupported function name: \\Thetta" in result.stderr
