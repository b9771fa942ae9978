"""Every heading of the built site has an id made of its words, and no id changes unseen.

A heading's id is what a link to its section ends with: shared links, the table of contents, the
permalink beside the heading and the search results point to it. tests/site/heading_ids.tsv records
every page's heading ids (tools/heading_ids.py writes it from a build); the built site must match it,
so a changed id is a reviewed change of that file, never a side effect.
"""

import html
import json
import re
from collections import defaultdict
from functools import cache

import pytest

from built_site import SITE_DIR
from heading_ids import RECORD, heading_text, page_headings

SITE = SITE_DIR  # the build make test made (tests/built_site.py)
REGENERATE = "make build, then .venv/bin/python tools/heading_ids.py, and review the diff of " + RECORD.name
LETTER = re.compile(r"[^\W\d_]")  # a letter of any script: Python-Markdown's `_1` and an empty id have none


@pytest.fixture(scope="module")
def built(site):
    return page_headings(site)


def recorded():
    lines = RECORD.read_text(encoding="utf-8").splitlines()
    return [tuple(line.split("\t")) for line in lines]


def meaningful(heading_id):
    return bool(LETTER.search(heading_id))


@pytest.mark.parametrize("heading_id, expected", [
    ("", False), ("_1", False), ("_12", False), ("3", False), ("-_-", False),
    ("5-typos", True), ("затухание-градиента", True), ("δ-como-un-solo-producto", True), ("accuracy", True),
])
def test_meaningful_ids_are_told_from_numbered_ones(heading_id, expected):
    assert meaningful(heading_id) == expected


def test_heading_text_reads_formulas_as_tex():
    inner = ('6. <span class="arithmatex"><math><semantics><mi>Δ</mi><annotation encoding="application/x-tex">'
             '\\Delta</annotation></semantics></math></span>\u2060 is a set'
             '<a class="headerlink" href="#x" title="Permanent link">¶</a>')
    assert heading_text(inner) == "6. $\\Delta$ is a set"


def test_every_heading_id_is_made_of_words(built):
    assert len({page for page, _, _ in built}) > 40, "too few pages with headings: is the site built?"
    bad = [f"/{page} «{text}»: id={heading_id!r}" for page, heading_id, text in built if not meaningful(heading_id)]
    assert not bad, "headings whose id says nothing:\n" + "\n".join(bad)


def test_no_heading_keeps_its_text_and_changes_its_id(built):
    before = defaultdict(dict)
    for page, heading_id, text in recorded():
        before[page][text] = heading_id
    changed = [f"/{page} «{text}»: {before[page][text]!r} -> {heading_id!r}"
               for page, heading_id, text in built if before[page].get(text, heading_id) != heading_id]
    assert not changed, ("a heading whose text did not change has another id, which breaks every link to "
                         "it; give it its old id back ({#old-id} after the heading):\n" + "\n".join(changed))


def test_heading_ids_are_the_recorded_ones(built):
    record = recorded()
    added = [f"+ /{p}\t{i}\t{t}" for p, i, t in built if (p, i, t) not in record]
    removed = [f"- /{p}\t{i}\t{t}" for p, i, t in record if (p, i, t) not in built]
    assert built == record, (f"headings added, removed, reworded or moved; if that is meant: {REGENERATE}\n"
                             + "\n".join(removed + added))


@cache
def page_ids(page):
    text = (SITE / page / "index.html").read_text(encoding="utf-8")
    return text, {html.unescape(i) for i in re.findall(r'\bid="([^"]*)"', text)}


def test_table_of_contents_and_permalinks_point_to_headings(built):
    for page in sorted({page for page, _, _ in built}):
        text, ids = page_ids(page)
        # The table of contents (md-nav__link) and each heading's permalink (headerlink, anchor-link).
        targets = re.findall(r'<a href="#([^"]*)" class="md-nav__link[ "]', text)
        targets += re.findall(r'<a class="(?:headerlink|anchor-link)" href="#([^"]*)"', text)
        targets += re.findall(r'<a href="#([^"]*)" class="(?:headerlink|anchor-link)"', text)
        assert targets, f"/{page}: no table of contents or permalink found"
        missing = sorted({html.unescape(t) for t in targets} - ids)
        assert not missing, f"/{page}: links to sections that do not exist: {missing}"


def test_search_results_point_to_headings(built):
    """Each language's search index sends a section hit to the page and heading id it came from."""
    pages = {page for page, _, _ in built}
    roots = sorted({p.split("/")[0] for p in pages if p.split("/")[0] in ("es", "pt", "ru")}) + [""]
    for root in roots:
        index = json.loads((SITE / root / "search" / "search_index.json").read_text(encoding="utf-8"))
        for doc in index["docs"]:
            location, _, anchor = doc["location"].partition("#")
            if not anchor:
                continue
            page = f"{root}/{location}" if root else location
            _, ids = page_ids(page.strip("/"))
            assert anchor in ids, f"search index of /{root}: {doc['location']!r} names no heading of its page"
