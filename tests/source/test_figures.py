"""The committed figures are what tools/make_figures.py draws from the current backprop_ref."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = ROOT / "docs" / "assets" / "figures"


def test_regenerated_figures_are_identical_to_the_committed_ones(tmp_path, blas_threads):
    subprocess.run([sys.executable, str(ROOT / "tools" / "make_figures.py"), str(tmp_path)],
                   check=True, capture_output=True, timeout=300)
    fresh = sorted(p.name for p in tmp_path.glob("*.svg"))
    assert fresh == sorted(p.name for p in COMMITTED.glob("*.svg"))
    stale = [name for name in fresh if (tmp_path / name).read_bytes() != (COMMITTED / name).read_bytes()]
    assert stale == [], "run make figures and commit the result"


def test_every_figure_is_shown_on_a_page():
    pages = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "docs").glob("*.md"))
    assert [p.name for p in COMMITTED.glob("*.svg") if f"assets/figures/{p.name}" not in pages] == []
