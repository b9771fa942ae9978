"""Where the notebook tests find things: the repository, the notebook tooling, a page's folder."""

from pathlib import Path

import publish_notebooks as publish  # tools/publish_notebooks.py (tools/ is on pytest's pythonpath)

REPO = Path(__file__).resolve().parents[1]


def page_dir(name, language):
    """Where the site publishes a notebook page: notebooks/<name>/ below the language's root."""
    root = "" if language == publish.DEFAULT_LANGUAGE else f"{language}/"
    return f"{root}notebooks/{name}/"
