"""hooks/katex_render.py: the build typesets the math, and a formula KaTeX cannot parse stops it."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MKDOCS = Path(sys.executable).with_name("mkdocs")

PAGE = r"""# Formulas

Inline \(a^{(l)} = g(z^{(l)})\) and `\(not math\)` in code.

$$
\delta^{(L)} = a^{(L)} - y
$$

```python
label = r"\(x\)"
```
"""


def build(tmp_path, page, name="page.md"):
    """Build a one-page project with this repository's KaTeX hook; the completed process."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / name).write_text(page, encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: t\n"
        f"hooks: [{ROOT / 'hooks' / 'katex_render.py'}]\n"
        "markdown_extensions: [pymdownx.superfences, {pymdownx.arithmatex: {generic: true}}]\n",
        encoding="utf-8")
    return subprocess.run([str(MKDOCS), "build", "--strict"], cwd=tmp_path, capture_output=True, text=True,
                          timeout=120, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})


def test_formulas_arrive_typeset_and_code_keeps_its_text(tmp_path):
    result = build(tmp_path, PAGE)
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "site" / "page" / "index.html").read_text(encoding="utf-8")
    assert html.count('<span class="katex">') == 2
    assert html.count('<span class="katex-display">') == 1
    # MathML for screen readers, with the TeX it came from.
    assert '<annotation encoding="application/x-tex">a^{(l)} = g(z^{(l)})</annotation>' in html
    assert r"<code>\(not math\)</code>" in html
    assert r"\(x\)" in html  # in the highlighted Python block, untouched


def test_a_formula_katex_cannot_parse_fails_the_strict_build_naming_page_and_formula(tmp_path):
    result = build(tmp_path, "# Broken\n\nSee \\(\\frac{a}{b}\\) and \\(\\Thetta^{(1)}\\).\n", name="broken.md")
    assert result.returncode != 0
    assert "broken.md: KaTeX cannot typeset the formula '\\\\Thetta^{(1)}'" in result.stderr
    assert "Undefined control sequence: \\Thetta" in result.stderr
