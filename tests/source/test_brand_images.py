"""The committed logo and share image are what tools/make_brand_images.py draws, and the site uses them."""

import struct
import subprocess
import sys
from pathlib import Path

from mkdocs.utils import yaml_load

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = ROOT / "docs" / "assets" / "images"


def test_regenerated_images_are_identical_to_the_committed_ones(tmp_path):
    subprocess.run([sys.executable, str(ROOT / "tools" / "make_brand_images.py"), str(tmp_path)],
                   check=True, capture_output=True, timeout=300)
    fresh = sorted(p.name for p in tmp_path.iterdir())
    assert fresh == sorted(p.name for p in COMMITTED.iterdir()) == ["logo.svg", "share.png"]
    stale = [name for name in fresh if (tmp_path / name).read_bytes() != (COMMITTED / name).read_bytes()]
    assert stale == [], "run .venv/bin/python tools/make_brand_images.py and commit the result"


def test_share_image_has_the_size_the_page_heads_announce():
    png = (COMMITTED / "share.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and png[12:16] == b"IHDR"
    assert struct.unpack(">II", png[16:24]) == (1200, 630)  # og:image:width/height, overrides/partials/open_graph.html
    assert len(png) < 300_000  # link previews fetch it: keep it light


def test_logo_is_the_theme_logo_and_favicon():
    theme = yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["theme"]
    assert theme["logo"] == theme["favicon"] == "assets/images/logo.svg"
