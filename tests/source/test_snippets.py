"""Every snippet runs in a fresh interpreter and prints exactly what its .out file says."""

import pytest

from snippet_outputs import SNIPPETS, run_snippet

SCRIPTS = sorted(SNIPPETS.glob("*.py"))


def test_every_snippet_has_an_output_file_and_every_output_a_snippet():
    scripts = {p.stem for p in SCRIPTS}
    outputs = {p.stem for p in SNIPPETS.glob("*.out")}
    assert scripts, "snippets/ holds no .py files"
    assert sorted(scripts - outputs) == [], "snippets without .out (run make snippets)"
    assert sorted(outputs - scripts) == [], ".out files without a snippet"
    others = sorted(p.name for p in SNIPPETS.iterdir() if p.suffix not in (".py", ".out"))
    assert others == [], "snippets/ should hold only NAME.py and NAME.out"


@pytest.mark.parametrize("script", SCRIPTS, ids=[p.stem for p in SCRIPTS])
def test_snippet_prints_its_recorded_output(script, blas_threads):
    expected = script.with_suffix(".out").read_text(encoding="utf-8")
    assert run_snippet(script) == expected


@pytest.mark.parametrize("script", SCRIPTS, ids=[p.stem for p in SCRIPTS])
def test_snippet_is_plain_copyable_code(script):
    text = script.read_text(encoding="utf-8")
    assert ">>>" not in text, "no interpreter prompts: the copy button must give runnable code"
    assert "--8<--" not in text, "a snippet must not include other snippets: what you see is what runs"


# The errata show circulating wrong forms; their snippets print the failed comparison on purpose
# (and assert that it fails). Every other snippet's check must be an assert, not a printed bool.
DELIBERATELY_WRONG = [p for p in SCRIPTS if p.stem.startswith("errata_") and p.stem.endswith("_wrong")]
CHECKED = [p for p in SCRIPTS if p not in DELIBERATELY_WRONG]


def test_the_exempt_snippets_are_only_the_errata_wrong_forms():
    assert DELIBERATELY_WRONG and len(CHECKED) > len(DELIBERATELY_WRONG)
    for script in DELIBERATELY_WRONG:
        assert "assert " in script.read_text(encoding="utf-8"), f"{script.name} must assert what it shows"


@pytest.mark.parametrize("script", CHECKED, ids=[p.stem for p in CHECKED])
def test_no_recorded_output_says_false(script):
    words = script.with_suffix(".out").read_text(encoding="utf-8").replace(",", " ").replace("[", " ").split()
    assert "False" not in words, f"{script.name} records a failed check; it should assert, not print"


@pytest.mark.parametrize("script", CHECKED, ids=[p.stem for p in CHECKED])
def test_checks_are_asserted_not_printed(script):
    text = script.read_text(encoding="utf-8")
    assert "print(np.allclose" not in text and "print(all(" not in text, "assert the check, do not print it"
