"""Every public function documents its formula (LaTeX) and shows a doctest (the doctests run via --doctest-modules)."""

import inspect

import pytest

import backprop_ref


@pytest.mark.parametrize("name", backprop_ref.__all__)
def test_public_function_has_formula_and_example(name):
    doc = inspect.getdoc(getattr(backprop_ref, name))
    assert doc, f"{name} has no docstring"
    assert ".. math::" in doc, f"{name}'s docstring has no LaTeX formula"
    assert ">>> " in doc, f"{name}'s docstring has no doctest"
    assert "shape" in doc or "(m, s_1)" in doc, f"{name}'s docstring does not say the shapes it takes and gives"
