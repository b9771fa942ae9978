"""Run snippets the way a reader would, and (as a script) regenerate their .out files.

Each snippet runs in a fresh interpreter from an empty directory, so it cannot lean on the
repository checkout or on another snippet: only on the installed backprop_ref.

    .venv/bin/python tools/snippet_outputs.py            # rewrite every snippets/*.out
    .venv/bin/python tools/snippet_outputs.py sigmoid    # only snippets/sigmoid.out

`make snippets` runs it for every snippet. The tests never call main(); they compare the committed .out files with a fresh run.
"""

import subprocess
import sys
import tempfile
from pathlib import Path

SNIPPETS = Path(__file__).resolve().parents[1] / "snippets"


def run_snippet(path):
    """The stdout of ``python path``; a non-zero exit raises with the snippet's stderr."""
    with tempfile.TemporaryDirectory() as empty:
        result = subprocess.run(
            [sys.executable, str(Path(path).resolve())],
            cwd=empty, capture_output=True, text=True, timeout=120,
        )
    if result.returncode != 0:
        raise RuntimeError(f"{Path(path).name} exited with {result.returncode}:\n{result.stderr}")
    return result.stdout


def main(names):
    paths = [SNIPPETS / f"{name}.py" for name in names] or sorted(SNIPPETS.glob("*.py"))
    for path in paths:
        path.with_suffix(".out").write_text(run_snippet(path), encoding="utf-8")
        print(f"wrote {path.with_suffix('.out').relative_to(SNIPPETS.parent)}")


if __name__ == "__main__":
    main(sys.argv[1:])
