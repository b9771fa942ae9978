"""How the visit of a translated page (test_pages.py) tells an English string from a translated one:
page_checks.is_english, on strings whose answer is known."""

import pytest

from page_checks import is_english


@pytest.mark.parametrize(
    "text, english, expected",
    [
        ("Switch to dark mode", set(), True),                      # an English word
        ("Made with", {"Made with"}, True),                        # the English page's string
        ("Cambiar al modo oscuro", set(), False),
        ("Hecho con Material for MkDocs", set(), False),           # a product name is not English text
        ("numpy", {"numpy"}, False),
        ("W, b", {"W, b"}, False),                                 # symbols, no word
        ("Limpiar", {"Clear"}, False),
        ("In [1]:", set(), True),
        ("Início", set(), False),                                  # not the English "In"
    ],
)
def test_english_detection(text, english, expected):
    assert is_english(text, english) == expected


def test_prose_is_english_only_by_its_words():
    assert not is_english("M. Nielsen,", {"M. Nielsen,"}, "prose")      # a name, as on the English page
    assert is_english("Made with", {"Made with"}, "prose")              # "with"
