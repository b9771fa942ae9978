"""Put the two explorers into their pages, in the page's language (tools/explorer_html.py draws them).

- vanishing-gradients: where the page has <div class="explorer-vanishing"></div>.
- the learning-rate notebook: after the notebook (its source, notebooks/learning-rate.py, is the
  notebook a reader downloads and stays free of the site's widgets).
"""

import importlib.util
import json
from pathlib import Path

# MkDocs puts only hooks/ on sys.path while it loads a hook, so the tool is loaded by path.
_SPEC = importlib.util.spec_from_file_location(
    "explorer_html", Path(__file__).resolve().parents[1] / "tools" / "explorer_html.py")
explorer_html = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(explorer_html)

PLACEHOLDER = '<div class="explorer-vanishing"></div>'


def load(config, name):
    return json.loads((Path(config["docs_dir"]) / "assets" / "data" / name).read_text(encoding="utf-8"))


def on_page_content(html, page, config, files):
    lang = getattr(page.file, "locale", "en")
    if PLACEHOLDER in html:
        html = html.replace(PLACEHOLDER, explorer_html.vanishing(load(config, "vanishing_explorer.json"), lang))
    if Path(page.file.src_uri).name.split(".")[0] == "learning-rate" and page.file.src_uri.endswith(".ipynb"):
        html += explorer_html.learning_rate(load(config, "learning_rate_explorer.json"), lang)
    return html
