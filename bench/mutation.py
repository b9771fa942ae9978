"""How good are the package's tests? The mutation score of backprop_ref/ under mutmut (pinned).

mutmut changes the package one small edit at a time (a < for a <=, a 1 for a 2, a dropped
argument, ...) and runs the tests that reach the changed function (pyproject.toml's [tool.mutmut]:
tests/source/test_package_*.py and the doctests); a mutant is killed when a test fails. Score = (killed + timed out)
/ mutants that have tests. Every survivor must be listed, with the reason it is equivalent (no
input can tell it from the original), in bench/mutation-survivors.md: a survivor missing from it is
a gap in the tests, and this script then exits 1.

A fresh run (mutants/ is removed first), one worker at the lowest priority: about 14 minutes on a
busy 2-core machine. A report, not a test; `make mutation` runs it.

Run: ``.venv/bin/python bench/mutation.py`` (from anywhere).
"""

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MUTMUT = Path(sys.executable).parent / "mutmut"
EXPLAINED = ROOT / "bench" / "mutation-survivors.md"


def main():
    shutil.rmtree(ROOT / "mutants", ignore_errors=True)
    subprocess.run(["nice", "-n", "19", str(MUTMUT), "run", "--max-children", "1"], cwd=ROOT, check=True)
    subprocess.run([str(MUTMUT), "export-cicd-stats"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    stats = json.loads((ROOT / "mutants" / "mutmut-cicd-stats.json").read_text())
    results = subprocess.run([str(MUTMUT), "results"], cwd=ROOT, check=True, capture_output=True, text=True).stdout
    survivors = re.findall(r"^\s*(\S+): survived$", results, flags=re.MULTILINE)
    tested = stats["total"] - stats["no_tests"] - stats["skipped"] - stats["check_was_interrupted_by_user"]
    caught = stats["killed"] + stats["timeout"]
    print(f"mutants: {stats['total']}, with tests: {tested}, killed: {stats['killed']}, timed out: {stats['timeout']}, "
          f"survived: {stats['survived']}, suspicious: {stats['suspicious']}, no tests: {stats['no_tests']}")
    print(f"mutation score: {caught}/{tested} = {caught / tested:.1%}")
    unexplained = [name for name in survivors if name not in EXPLAINED.read_text()]
    for name in unexplained:
        print(f"survived, not explained in {EXPLAINED.relative_to(ROOT)}: {name}")
    return 1 if unexplained else 0


if __name__ == "__main__":
    sys.exit(main())
