"""Serve the math stylesheet and fonts from node_modules (KaTeX, pinned in package.json) instead of a CDN.

The formulas are typeset by the build (hooks/katex_render.py); pages need only KaTeX's CSS and fonts,
added to the build as generated files under assets/vendor/katex/, so the site loads nothing from
another host and works offline.
"""

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

KATEX = Path(__file__).resolve().parent.parent / "node_modules" / "katex" / "dist"


def on_files(files, config):
    if not (KATEX / "katex.min.css").is_file():
        raise PluginError(f"KaTeX is missing from {KATEX}: run `npm ci` first (`make build` does).")
    wanted = ["katex.min.css"]
    # katex.min.css lists woff2 first; every browser that runs this site takes woff2.
    wanted += [f"fonts/{font.name}" for font in sorted((KATEX / "fonts").glob("*.woff2"))]
    for name in wanted:
        files.append(File.generated(config, f"assets/vendor/katex/{name}", abs_src_path=str(KATEX / name)))
    return files
