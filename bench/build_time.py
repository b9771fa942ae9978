"""What the notebooks cost the site build: the full build against the same build without them.

"without": the same config and pages minus the notebooks (docs/notebooks left out of a copy of
docs/, the mkdocs-jupyter plugin, its hook and its nav entry removed). "with": mkdocs.yml as it is,
all four languages with their notebooks, as a rebuild in a working copy runs: mkdocs-jupyter's
render cache (.cache/mkdocs-jupyter/, filled by the first run) holds the HTML of unchanged notebooks.
"uncached": the same with the plugin's cache off, so every notebook is converted by nbconvert, as
in a fresh clone's first build or in CI. Nothing is executed in any of them: the build renders the
outputs stored by `make notebooks`.

Each build runs in a fresh process (imports count) into a temporary directory; the variants are
timed interleaved (A, B, C, A, B, C, ...) so that a slow phase of the machine hits all of them.
Prints the medians and their ratios to "without"; a report, not a target.

Run: ``.venv/bin/python bench/build_time.py [--repeats N]`` (from the repository root or anywhere).
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK_HOOK = "hooks/notebook_pages.py"


def without_notebooks(value):
    """A nav (nested lists/dicts of paths) without the entries that point at notebooks."""
    if isinstance(value, list):
        kept = [without_notebooks(item) for item in value]
        return [item for item in kept if item not in (None, [], {})]
    if isinstance(value, dict):
        kept = {key: without_notebooks(item) for key, item in value.items()}
        return {key: item for key, item in kept.items() if item not in (None, [], {})}
    return None if str(value).endswith(".ipynb") else value


def build(variant, workdir):
    """Build one variant into workdir/site (called in a child process)."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.utils import yaml_load

    workdir = Path(workdir)
    overrides = {
        "site_dir": str(workdir / "site"),
        # Timing, not checking: `make build` is strict; here a warning must not stop the clock.
        "strict": False,
    }
    raw = yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    plugins = []
    for entry in raw["plugins"]:
        name = entry if isinstance(entry, str) else next(iter(entry))
        if name != "mkdocs-jupyter" or variant == "with":
            plugins.append(entry)
        elif variant == "uncached":
            options = {} if isinstance(entry, str) else entry[name]
            plugins.append({name: {**options, "cache": False}})
    if variant == "without":
        docs = workdir / "docs"
        shutil.copytree(ROOT / raw.get("docs_dir", "docs"), docs, ignore=shutil.ignore_patterns("*.ipynb"))
        overrides["docs_dir"] = str(docs)
        overrides["hooks"] = [h for h in raw.get("hooks", []) if h != NOTEBOOK_HOOK]
        if "nav" in raw:
            overrides["nav"] = without_notebooks(raw["nav"])
    overrides["plugins"] = plugins
    os.chdir(ROOT)  # pymdownx.snippets resolves base_path against the working directory
    config = load_config(str(ROOT / "mkdocs.yml"), **overrides)
    # What `mkdocs build` does around the build itself.
    config.plugins.on_startup(command="build", dirty=False)
    mkdocs_build(config)
    config.plugins.on_shutdown()


def run_build(variant, workdir):
    """Wall-clock seconds of one build in a child process; the site it built stays in workdir/site."""
    site = Path(workdir, "site")
    shutil.rmtree(site, ignore_errors=True)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    start = time.perf_counter()
    subprocess.run([sys.executable, __file__, "--build", variant, str(workdir)], check=True, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return time.perf_counter() - start


def published(workdir):
    site = Path(workdir, "site")
    return sum(1 for _ in site.rglob("index.html")), sum(1 for _ in site.rglob("*.ipynb"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--build", nargs=2, metavar=("VARIANT", "WORKDIR"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build:
        build(*args.build)
        return
    labels = {"without": "without notebooks", "with": "with notebooks", "uncached": "with, no render cache"}
    times = {variant: [] for variant in labels}
    for _ in range(args.repeats):
        for variant, label in labels.items():
            with tempfile.TemporaryDirectory(prefix=f"build-{variant}-") as workdir:
                times[variant].append(run_build(variant, workdir))
                print(f"{label + ':':30} {times[variant][-1]:5.2f} s  (pages, notebooks: {published(workdir)})")
    median = {variant: statistics.median(values) for variant, values in times.items()}
    print(f"median over {args.repeats}: " + ", ".join(f"{v} {t:.2f} s" for v, t in median.items()))
    for variant in ("with", "uncached"):
        print(f"ratio {variant} / without: {median[variant] / median['without']:.2f}")

if __name__ == "__main__":
    main()
