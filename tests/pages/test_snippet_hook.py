"""A missing snippet stops `mkdocs build` with a message naming the page and the file."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NOT_COPIED = {".git", ".venv", "node_modules", "site", ".pytest_cache", ".hypothesis", ".cache", "test-artifacts"}


def test_build_names_page_and_file_of_a_missing_snippet(tmp_path):
    project = tmp_path / "project"
    shutil.copytree(ROOT, project, ignore=lambda folder, names: [n for n in names if n in NOT_COPIED]
                    if Path(folder) == ROOT else [])
    (project / "node_modules").symlink_to(ROOT / "node_modules")
    (project / "snippets" / "hidden_error.py").unlink()  # as if it had been renamed

    mkdocs = Path(sys.executable).with_name("mkdocs")
    result = subprocess.run(
        [str(mkdocs), "build", "--strict", "-d", str(tmp_path / "site")],
        cwd=project, capture_output=True, text=True, timeout=300,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode != 0
    assert "docs/backpropagation.md:" in result.stderr
    assert "includes snippet 'hidden_error.py', which is not in snippets/" in result.stderr
