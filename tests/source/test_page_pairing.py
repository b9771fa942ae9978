"""Every display formula is followed by the included snippet that computes it; no pasted code."""

import pytest

from page_markdown import SNIPPETS, blocks, pages

PAGES = pages()
IDS = [p.name for p in PAGES]


def unpaired_formulas(page_blocks):
    """Line numbers of formulas whose next block is not a code block including a .py snippet."""
    unpaired = []
    for position, block in enumerate(page_blocks):
        if block.kind != "formula":
            continue
        following = [b for b in page_blocks[position + 1:] if b.kind in ("formula", "heading", "code")]
        paired = following and following[0].kind == "code" and any(n.endswith(".py") for n in following[0].includes)
        if not paired:
            unpaired.append(block.line)
    return unpaired


def pasted_code(page_blocks):
    """Line numbers of code blocks that hold anything but exactly one snippet include."""
    return [b.line for b in page_blocks if b.kind == "code" and (len(b.body) != 1 or len(b.includes) != 1)]


def test_there_are_pages():
    assert PAGES


@pytest.mark.parametrize("page", PAGES, ids=IDS)
def test_every_formula_is_followed_by_its_snippet(page):
    assert unpaired_formulas(blocks(page)) == [], f"{page.name}: formulas at these lines have no snippet after them"


@pytest.mark.parametrize("page", PAGES, ids=IDS)
def test_every_code_block_is_one_included_snippet(page):
    page_blocks = blocks(page)
    assert pasted_code(page_blocks) == [], f"{page.name}: code blocks at these lines are not a single include"
    stray = [(b.line, b.text) for b in page_blocks if b.kind == "stray_include"]
    assert stray == [], f"{page.name}: snippet includes outside a code block"


def test_every_snippet_file_is_used_by_a_page():
    included = {n for page in PAGES for b in blocks(page) for n in b.includes}
    files = {p.name for p in SNIPPETS.iterdir() if p.suffix in (".py", ".out")}
    assert sorted(files - included) == []


def test_checks_catch_a_formula_without_code_and_pasted_code(tmp_path):
    # The checks above must be able to fail: a formula followed by pasted code, then one followed
    # by a heading, then an indented (tabbed) formula with its include.
    page = tmp_path / "bad.md"
    page.write_text(
        "# T\n\n$$\na = 1\n$$\n\n```python\nprint(1)\n```\n\n$$ b $$\n\n## Next\n\n"
        '=== "Tab"\n\n    $$\n    c\n    $$\n\n    ```python\n    --8<-- "c.py"\n    ```\n',
        encoding="utf-8",
    )
    page_blocks = blocks(page)
    assert [b.text for b in page_blocks if b.kind == "formula"] == ["a = 1", "b", "c"]
    assert unpaired_formulas(page_blocks) == [3, 11]
    assert pasted_code(page_blocks) == [7]
