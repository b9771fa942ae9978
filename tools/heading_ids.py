"""Write the id of every heading of every page of the built site to tests/site/heading_ids.tsv.

A heading's id is the address of a link to its section (`…/ru/vanishing-gradients/#затухание-градиента`):
shared links, the table of contents, the permalinks and search results point to it, so an id must
not change by accident. tests/site/test_heading_ids.py compares the built site with this file; after
a deliberate change (a heading reworded, added or removed), run `make build`, then
`.venv/bin/python tools/heading_ids.py` and review the diff of the file before committing it.

One line per heading, in page order: the page's path in the site, the id, the heading's text.
"""

import re
import sys
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RECORD = ROOT / "tests" / "site" / "heading_ids.tsv"

HEADING = re.compile(r'<h([1-6])\b[^>]*?\bid="([^"]*)"[^>]*>(.*?)</h\1>', re.S)
VOID = {"br", "img", "hr", "wbr", "input", "meta", "link"}


class _HeadingText(HTMLParser):
    """The text a reader sees in a heading: a formula as its $TeX$ (KaTeX's annotation), without
    the formula's rendered copy, its MathML, or the permalink sign."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skipping, self.depth = [], 0, 0

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        self.depth += 1
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if self.skipping or attrs.get("aria-hidden") == "true" or {"headerlink", "anchor-link"} & set(classes):
            self.skipping = self.skipping or self.depth
        elif tag == "math":
            self.skipping = self.depth
            self.parts.append("$")

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if self.skipping == self.depth:
            self.skipping = 0
        self.depth -= 1

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)
        elif self.parts and self.parts[-1] == "$" and self.lasttag == "annotation":
            self.parts.append(data + "$")


def heading_text(inner):
    parser = _HeadingText()
    parser.feed(inner)
    # U+2060 (word joiner): hooks/math_render.py keeps a formula and the punctuation after it on one line.
    return " ".join("".join(parser.parts).replace("\u2060", "").split())


def page_headings(site):
    """[(page path, id, text)] of every page (index.html) of the built site, pages sorted by path."""
    rows = []
    for page in sorted(site.rglob("index.html")):
        path = page.parent.relative_to(site).as_posix()
        if path.split("/")[0] in ("assets", "search"):
            continue
        text = page.read_text(encoding="utf-8")
        # Only the article: Material's header and navigation hold no headings of the page.
        article = text[text.index('<article class="md-content__inner'):text.index("</article>")]
        rows += [("" if path == "." else f"{path}/", hid, heading_text(inner))
                 for _, hid, inner in HEADING.findall(article)]
    return rows


def main(argv):
    site = Path(argv[0]) if argv else ROOT / "site"
    rows = page_headings(site)
    RECORD.write_text("".join(f"{p}\t{i}\t{t}\n" for p, i, t in rows), encoding="utf-8")
    print(f"{len(rows)} headings of {len({p for p, _, _ in rows})} pages -> {RECORD.relative_to(ROOT)}")


if __name__ == "__main__":
    main(sys.argv[1:])
