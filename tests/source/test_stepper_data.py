"""The worked example's stepper: its data file is what backprop_ref computes, the captions match it.

tools/stepper_data.py writes docs/assets/data/worked_example.json from the package; the page of
every language carries one caption per step (a hidden list item the script shows one at a time)
with the step's formula and the snippet that computes it. tests/browser/test_stepper.py steps
through the built pages.
"""

import json
import re

import numpy as np
import pytest

from backprop_ref import gradients
from page_markdown import DOCS, blocks, page_and_language, pages

import stepper_data  # tools/stepper_data.py

DATA = DOCS / "assets" / "data" / "worked_example.json"
PAGES = [p for p in pages() if page_and_language(p)[0] == "delta-rule"]
CAPTION = re.compile(r"^1\. (.*)$")


def committed():
    return json.loads(DATA.read_text(encoding="utf-8"))


def captions(path):
    """The list items inside the page's <div class="stepper-steps">, in order."""
    text = path.read_text(encoding="utf-8")
    block = re.search(r'<div class="stepper-steps"[^>]*>(.*?)</div>', text, re.S)
    assert block, f"{path.name}: no stepper captions"
    return [m.group(1) for m in map(CAPTION.match, block.group(1).splitlines()) if m]


def test_data_file_is_what_the_package_computes(tmp_path, blas_threads):
    stepper_data.main(tmp_path / "worked_example.json")
    fresh = (tmp_path / "worked_example.json").read_text(encoding="utf-8")
    assert fresh == DATA.read_text(encoding="utf-8"), "stale: run make figures"


def test_data_file_has_the_published_numbers():
    # The published example (Mazur): outside numbers, so a wrong package cannot agree with itself.
    steps = committed()["steps"]
    by_name = {(s["target"], s["name"]): s for s in steps}
    assert round(by_name["C", "C"]["value"], 9) == 0.298371109
    assert round(by_name["w5", "∂C/∂w₅"]["value"], 9) == 0.082167041
    assert round(by_name["w5", "w₅⁺"]["value"], 8) == 0.35891648
    assert round(by_name["w1", "∂C/∂w₁"]["value"], 9) == 0.000438568
    assert round(by_name["w1", "w₁⁺"]["value"], 9) == 0.149780716
    assert "= 0.082167041" in by_name["w5", "∂C/∂w₅"]["tex"]


def test_gradient_steps_are_the_package_gradients():
    # A second route to the same numbers: gradients() over the batch of one example.
    Theta, X, Y = stepper_data.THETA, stepper_data.X[None, :], stepper_data.Y[None, :]
    D = gradients(Theta, X, Y, loss="squared_error")
    flat = {4 * (l - 1) + 2 * j + k: D[l][j, k] for l in (1, 2) for j in (0, 1) for k in (1, 2)}
    for step in committed()["steps"]:
        if step["name"].startswith("∂C/∂w"):
            n = int(step["target"][1:])
            assert np.isclose(step["value"], flat[n], rtol=0, atol=1e-12), step["target"]
            assert step["shown"] == f"{flat[n]:.4g}".replace("-", "\u2212")


def test_every_step_of_the_pass_is_there():
    steps = committed()["steps"]
    kinds = [(s["target"], s["name"][:1] if s["name"].startswith(("z", "a", "δ", "C", "∂")) else "+")
             for s in steps[1:]]
    units = ["h1", "h2", "o1", "o2"]
    assert sorted(t for t, k in kinds if k == "z") == units
    assert sorted(t for t, k in kinds if k == "a") == units
    assert sorted(t for t, k in kinds if k == "δ") == units
    assert [t for t, k in kinds if k == "C"] == ["C"]
    weights = sorted(f"w{n}" for n in range(1, 9))
    assert sorted(t for t, k in kinds if k == "∂") == weights
    assert sorted(t for t, k in kinds if k == "+") == weights
    assert steps[0]["target"] is None


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_captions_carry_each_steps_formula_and_snippet(page):
    steps = committed()["steps"]
    found = captions(page)
    assert len(found) == len(steps), f"{page.name}: {len(found)} captions for {len(steps)} steps"
    included = {n for b in blocks(page) for n in b.includes}
    for number, (caption, step) in enumerate(zip(found, steps)):
        assert f"${step['tex']}$" in caption, f"{page.name}: caption {number} is not step {number}'s formula"
        if step["snippet"]:
            assert f"`{step['snippet']}`" in caption, f"{page.name}: caption {number} does not name its snippet"
            assert step["snippet"] in included, f"{page.name}: {step['snippet']} is not on the page"


def test_caption_check_fails_on_a_stale_number(tmp_path):
    page = tmp_path / "delta-rule.md"
    text = PAGES[0].read_text(encoding="utf-8").replace("= 0.082167041", "= 0.082167042")
    page.write_text(text, encoding="utf-8")
    with pytest.raises(AssertionError, match="caption 12"):
        test_captions_carry_each_steps_formula_and_snippet(page)
