"""Where the notebook tests find things: the repository, the notebook tooling, the built site."""

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SITE_DIR = Path(os.environ.get("SITE_DIR", "site"))
import publish_notebooks as publish  # tools/publish_notebooks.py (tools/ is on pytest's pythonpath)


def page_dir(name, language):
    """Where the site publishes a notebook page: notebooks/<name>/ below the language's root."""
    root = "" if language == publish.DEFAULT_LANGUAGE else f"{language}/"
    return f"{root}notebooks/{name}/"
