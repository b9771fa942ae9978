"""Every language has the same pages with the same skeleton as the English master.

Same headings (levels and count), identical LaTeX in the same order, the same snippet includes and
figures in the same order. Only the prose between them differs.
"""

import pytest

from page_markdown import blocks, pages, page_and_language


def skeleton(path):
    """What must be identical across languages: heading levels, formulas, includes, figures."""
    page_blocks = blocks(path)
    return {
        "heading levels": [b.level for b in page_blocks if b.kind == "heading"],
        "formulas": [b.text for b in page_blocks if b.kind == "formula"],
        "snippet includes": [n for b in page_blocks for n in b.includes],
        "figures": [b.text for b in page_blocks if b.kind == "figure"],
    }


def by_language(default):
    found = {}
    for path in pages():
        name, language = page_and_language(path, default)
        found.setdefault(language, {})[name] = path
    return found


def test_every_language_has_the_same_pages(languages):
    default, locales = languages
    found = by_language(default)
    master = sorted(found.get(default, {}))
    assert master, f"no {default} pages"
    for locale in locales:
        assert sorted(found.get(locale, {})) == master, f"pages of {locale!r} differ from {default!r}"
    assert sorted(found) == sorted(locales), "pages with a suffix that is not a configured language"


@pytest.mark.parametrize("part", ["heading levels", "formulas", "snippet includes", "figures"])
def test_translations_have_the_master_skeleton(languages, part):
    default, locales = languages
    found = by_language(default)
    differences = []
    for name, master in sorted(found[default].items()):
        expected = skeleton(master)[part]
        for locale in locales:
            path = found.get(locale, {}).get(name)
            if path is None:
                differences.append(f"{name}: no {locale} page")
            elif skeleton(path)[part] != expected:
                differences.append(f"{path.name}: {part} differ from {master.name}")
    assert not differences, "\n".join(differences)
