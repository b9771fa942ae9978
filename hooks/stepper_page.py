"""Put the worked example's steps (docs/assets/data/worked_example.json) into the page that steps through it.

docs/assets/javascripts/stepper.js needs them on every page with a `<div class="stepper">`. Fetched,
they would fail on a page opened from disk (file://), so they go into the div's data-steps attribute
(not a <script>, which the search index would take for text). tools/stepper_data.py computes them.
"""

import html
import json
from pathlib import Path

DATA = Path("assets") / "data" / "worked_example.json"
STEPPER = '<div class="stepper">'


def on_page_content(content, page, config, files):
    if STEPPER not in content:
        return content
    data = json.loads((Path(config["docs_dir"]) / DATA).read_text(encoding="utf-8"))
    # The script needs what the diagram shows; the formulas are in the page's captions.
    shown = {"initial": data["initial"],
             "steps": [{key: step[key] for key in ("target", "name", "shown")} for step in data["steps"]]}
    attribute = html.escape(json.dumps(shown, ensure_ascii=False, separators=(",", ":")))
    return content.replace(STEPPER, f'<div class="stepper" data-steps="{attribute}">')
