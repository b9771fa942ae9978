"""Typeset every formula at build time with the vendored KaTeX: pages arrive with their math rendered.

Readers' browsers run no math JavaScript: the formulas show with scripts off, opened from disk, printed
and in reader mode, and nothing moves once the page is painted. The page keeps KaTeX's stylesheet and
fonts (hooks/vendor.py); KaTeX's MathML stays next to its HTML for screen readers.

What is typeset, in the final HTML of each page (after the search plugin has indexed its text, so the
index keeps the TeX as the reader types it): every text outside pre, code, script, style, textarea,
as KaTeX's auto-render extension would have done it in the browser:

- \\( … \\) inline and \\[ … \\] display: pymdownx.arithmatex (generic mode) wraps the Markdown pages'
  formulas in them, and the table of contents repeats a heading's formula as such text;
- $ … $ inline and $$ … $$ display on notebook pages, whose markdown cells keep their TeX as written.

One node process (hooks/katex_render.mjs) serves the whole `mkdocs build`, all four languages: the
hook sends each page's formulas in one request, and keeps what KaTeX returned for the next pages (the
languages share most formulas). A formula KaTeX cannot parse is a warning naming the page and the
formula (the strict build fails on it) and stays as TeX on the page.
"""

import atexit
import bisect
import json
import logging
import re
import subprocess
from html import escape, unescape
from pathlib import Path

from mkdocs.exceptions import PluginError

RENDERER = Path(__file__).with_suffix(".mjs")
KATEX = Path(__file__).resolve().parent.parent / "node_modules" / "katex"

# Elements whose text is never math (auto-render's ignoredTags), and comments: skipped whole.
SKIPPED = re.compile(r"<(script|style|pre|code|textarea|noscript|option)\b.*?</\1\s*>|<!--.*?-->",
                     re.DOTALL | re.IGNORECASE)
# (left, right, display), longest left first as auto-render tries them.
PAGE_DELIMITERS = [("\\[", "\\]", True), ("\\(", "\\)", False)]
NOTEBOOK_DELIMITERS = [("$$", "$$", True), ("$", "$", False)] + PAGE_DELIMITERS

log = logging.getLogger("mkdocs.hooks.katex_render")


class Renderer:
    """The node process and every formula it has typeset in this Python process."""

    def __init__(self):
        self.process = None
        self.rendered = {}  # (tex, display) -> {"html": ...} or {"error": ...}

    def typeset(self, formulas):
        missing = list(dict.fromkeys(f for f in formulas if f not in self.rendered))
        if missing:
            if self.process is None:
                self.start()
            self.process.stdin.write(json.dumps(missing) + "\n")
            self.process.stdin.flush()
            answer = self.process.stdout.readline()
            if not answer:
                raise PluginError(f"{RENDERER.name} stopped: {self.process.stderr.read()}")
            self.rendered.update(zip(missing, json.loads(answer)))
        return {f: self.rendered[f] for f in formulas}

    def start(self):
        if not (KATEX / "package.json").is_file():
            raise PluginError(f"KaTeX is missing from {KATEX}: run `npm ci --ignore-scripts` first (`make build` does).")
        self.process = subprocess.Popen(["node", str(RENDERER)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, text=True, encoding="utf-8")
        atexit.register(self.stop)

    def stop(self):
        if self.process is not None:
            self.process.stdin.close()
            self.process.wait()
            self.process = None


RENDERER_PROCESS = Renderer()


def find_end(text, delimiter, start):
    """Where delimiter closes the formula begun at start, skipping escapes and braces (auto-render's rule)."""
    index, depth = start, 0
    while index < len(text):
        if depth <= 0 and text.startswith(delimiter, index):
            return index
        if text[index] == "\\":
            index += 1
        elif text[index] == "{":
            depth += 1
        elif text[index] == "}":
            depth -= 1
        index += 1
    return -1


def split_math(text, delimiters, page):
    """text as a list of plain strings and (tex, display) formulas; None when it holds no formula."""
    lefts = re.compile("|".join(re.escape(left) for left, _, _ in delimiters))
    parts, position = [], 0
    while (found := lefts.search(text, position)):
        left, right, display = next(d for d in delimiters if d[0] == found.group(0))
        end = find_end(text, right, found.end())
        if end < 0:  # unbalanced braces: KaTeX says where
            end = text.find(right, found.end())
        if end < 0:
            log.warning(f"{page.file.src_uri}: a formula opened by {left} is never closed: {text[found.start():][:120]!r}")
            break
        parts += [text[position:found.start()], (text[found.end():end].strip(), display)]
        position = end + len(right)
    return parts + [text[position:]] if len(parts) else None


def typeset_page(html, page):
    delimiters = NOTEBOOK_DELIMITERS if page.file.src_uri.endswith(".ipynb") else PAGE_DELIMITERS
    lefts = re.compile("|".join(re.escape(left) for left, _, _ in delimiters))
    body = html.find("<body")
    skipped = [match.span() for match in SKIPPED.finditer(html, body)]
    skipped_starts = [start for start, _ in skipped]
    # The text nodes (between two tags) that open a formula, outside skipped elements.
    nodes = {}
    for left in lefts.finditer(html, body):
        at = left.start()
        inside = bisect.bisect_right(skipped_starts, at) - 1
        if inside >= 0 and at < skipped[inside][1]:
            continue
        start = html.rfind(">", 0, at) + 1
        if html.rfind("<", 0, at) >= start:
            continue  # in a tag: an attribute's value
        end = html.find("<", at)
        nodes.setdefault(start, len(html) if end < 0 else end)
    splits = [(start, end, split_math(unescape(html[start:end]), delimiters, page)) for start, end in nodes.items()]
    splits = [(start, end, parts) for start, end, parts in splits if parts]

    rendered = RENDERER_PROCESS.typeset([part for _, _, parts in splits for part in parts if isinstance(part, tuple)])
    for (tex, display), result in rendered.items():
        if "error" in result:
            log.warning(f"{page.file.src_uri}: KaTeX cannot typeset the formula {tex!r}: {result['error']}")

    def html_of(part):
        if isinstance(part, str):
            return escape(part, quote=False)
        result = rendered[part]
        if "html" in result:
            return result["html"]
        left, right = ("\\[", "\\]") if part[1] else ("\\(", "\\)")
        return escape(left + part[0] + right, quote=False)  # left as TeX; the warning fails the strict build

    pieces, position = [], 0
    for start, end, parts in splits:
        pieces += [html[position:start], *map(html_of, parts)]
        position = end
    return "".join(pieces) + html[position:]


def on_post_page(output, page, config):
    return typeset_page(output, page)
