"""Fail the build on a missing snippet include, naming both the page and the file.

pymdownx.snippets (check_paths: true) names the missing file but not the page that includes it;
with four languages sharing one snippets/ folder, the page is what a translator needs to know.
This runs before Markdown is converted, so its message is the one the build stops with.
"""

import re
from pathlib import Path

from mkdocs.exceptions import PluginError

INCLUDE = re.compile(r"""^\s*-{1,}8<-{1,}\s+(["']?)([^"'\s]+)\1\s*$""", re.MULTILINE)


def snippet_folders(config):
    """pymdownx.snippets' base_path, relative to the project root (where mkdocs.yml is)."""
    base = config["mdx_configs"].get("pymdownx.snippets", {}).get("base_path", ["."])
    return [Path(folder) for folder in ([base] if isinstance(base, str) else base)]


def on_page_markdown(markdown, page, config, files):
    root = Path(config.config_file_path).resolve().parent
    folders = snippet_folders(config)
    for match in INCLUDE.finditer(markdown):
        name = match.group(2)
        if not any((root / folder / name).is_file() for folder in folders):
            line = markdown.count("\n", 0, match.start()) + 1
            where = ", ".join(str(folder) for folder in folders)
            raise PluginError(
                f"docs/{page.file.src_uri}:{line} includes snippet '{name}', which is not in {where}/"
            )
    return markdown
