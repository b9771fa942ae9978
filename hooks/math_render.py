"""Typeset every formula at build time to MathML with Temml: pages arrive with their math, as MathML only.

Browsers lay MathML out themselves (MathML Core): no math JavaScript, no renderer's stylesheet; the
formulas show with scripts off, opened from disk, printed and in reader mode; screen readers read
them; each keeps its TeX (<annotation encoding="application/x-tex">). Their glyphs come from one
OpenType math font, cut at the end of the build to the characters the formulas use (FONT; its MATH
table, which lays out fractions, scripts and stretchy brackets, kept): docs/assets/stylesheets/math.css
loads it, and each page with a formula preloads it.

Typeset is every text of a page's final HTML (after the search plugin has indexed it, so the index
keeps the TeX as a reader types it) outside pre, code, script, style, textarea, as KaTeX's and Temml's
auto-render would have done it in the browser: \\( … \\) and \\[ … \\] (pymdownx.arithmatex's generic
mode, and the table of contents' copy of a heading's formula), and on notebook pages also $ … $ and
$$ … $$, as their markdown cells keep them.

One node process (hooks/math_render.mjs) serves the whole build, all four languages: one request per
page, and its answers are kept for the next pages (the languages share most formulas). A formula
Temml cannot parse is a warning naming the page and the formula (the strict build fails on it) and
stays as TeX on the page.
"""

import atexit
import functools
import json
import logging
import re
import subprocess
from html import escape, unescape
from pathlib import Path

from fontTools import subset
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.utils import get_relative_url

RENDERER = Path(__file__).with_suffix(".mjs")
NODE_MODULES = Path(__file__).resolve().parent.parent / "node_modules"
TEMML = NODE_MODULES / "temml"
# Noto Sans Math: drawn to sit beside sans-serif text such as the pages' (the whole font, despite the name).
FONT_SOURCE = NODE_MODULES / "@fontsource" / "noto-sans-math" / "files" / "noto-sans-math-latin-400-normal.woff2"
FONT = "assets/fonts/math.woff2"

# Elements whose text is never math (auto-render's ignoredTags) and comments, skipped whole; other
# tags; and the text between them (group 2).
NODES = re.compile(r"<(?:(script|style|pre|code|textarea|noscript|option)\b.*?</\1\s*>|!--.*?-->|[^>]*>)|([^<]+)",
                   re.DOTALL | re.IGNORECASE)
# (left, right, display), longest left first as auto-render tries them.
PAGE_DELIMITERS = [("\\[", "\\]", True), ("\\(", "\\)", False)]
NOTEBOOK_DELIMITERS = [("$$", "$$", True), ("$", "$", False)] + PAGE_DELIMITERS

log = logging.getLogger("mkdocs.hooks.math_render")

# The browser draws a one-letter <mi> in italic (MathML Core's text-transform: math-auto) with the
# font's glyph for the italic letter, a code point of its own: those go into the font too.
# (first, last, italic of first) of each run that maps in order, and the single letters.
ITALIC_RUNS = [(0x41, 0x5A, 0x1D434), (0x61, 0x7A, 0x1D44E), (0x391, 0x3A9, 0x1D6E2), (0x3B1, 0x3C9, 0x1D6FC)]
ITALIC_SINGLE = {0x68: 0x210E, 0x131: 0x1D6A4, 0x237: 0x1D6A5, 0x3F4: 0x1D6F3, 0x2207: 0x1D6FB, 0x2202: 0x1D715,
                 0x3F5: 0x1D716, 0x3D1: 0x1D717, 0x3F0: 0x1D718, 0x3D5: 0x1D719, 0x3F1: 0x1D71A, 0x3D6: 0x1D71B}
ANNOTATION = re.compile(r"<annotation\b.*?</annotation>", re.DOTALL)
TAG = re.compile(r"<[^>]*>")
# A formula (in arithmatex's span on Markdown pages) and the punctuation right after it, which must
# not start a line: a word joiner (U+2060) between them forbids the break; a formula that breaks
# into pieces (a box as wide as the column) takes the punctuation into its last piece.
MATH = r"<math\b(?:(?!</math>).)*</math>"
GLUED = re.compile(rf'(<span class="arithmatex">{MATH}</span>|{MATH})([.,;:!?)\]»]+)', re.DOTALL)
USED = set()  # code points of every formula typeset in this process: the font keeps their glyphs


def italic(code):
    """The code point of the italic form math-auto draws for one letter (code itself if none)."""
    for first, last, start in ITALIC_RUNS:
        if first <= code <= last:
            return ITALIC_SINGLE.get(code, start + code - first)
    return ITALIC_SINGLE.get(code, code)


def characters(mathml):
    """The code points a formula's MathML shows, and their italic forms."""
    shown = {ord(c) for c in unescape(TAG.sub("", ANNOTATION.sub("", mathml)))}
    return shown | {italic(c) for c in shown}


RENDERED = {}  # (tex, display) -> {"html": "<math>…"} or {"error": ...}, for every page of this process


@functools.cache
def renderer():
    """The node process that serves the whole build, started on first use."""
    if not (TEMML / "package.json").is_file():
        raise PluginError(f"Temml is missing from {TEMML}: run `npm ci --ignore-scripts` first (`make build` does).")
    process = subprocess.Popen(["node", str(RENDERER)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, encoding="utf-8")
    atexit.register(lambda: (process.stdin.close(), process.wait()))
    return process


def typeset(formulas):
    """What Temml returns for each (tex, display), asking the node process only for new formulas."""
    missing = list(dict.fromkeys(f for f in formulas if f not in RENDERED))
    if missing:
        process = renderer()
        process.stdin.write(json.dumps(missing) + "\n")
        process.stdin.flush()
        answer = process.stdout.readline()
        if not answer:
            raise PluginError(f"{RENDERER.name} stopped: {process.stderr.read()}")
        RENDERED.update(zip(missing, json.loads(answer)))
    return {f: RENDERED[f] for f in formulas}


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
        if end < 0:  # unbalanced braces: Temml says where
            end = text.find(right, found.end())
        if end < 0:
            log.warning(f"{page.file.src_uri}: a formula opened by {left} is never closed: {text[found.start():][:120]!r}")
            break
        parts += [text[position:found.start()], (text[found.end():end].strip(), display)]
        position = end + len(right)
    return parts + [text[position:]] if len(parts) else None


def glue(found):
    """A formula and the punctuation after it (a GLUED match), never on two lines."""
    formula, punctuation = found.groups()
    if 'class="tml-wrap"' not in formula:
        return f"{formula}\u2060{punctuation}"
    end = formula.index("</mrow></mrow><annotation")  # inside the last piece
    return f"{formula[:end]}<mtext>{punctuation}</mtext>{formula[end:]}"


def typeset_page(html, page):
    delimiters = NOTEBOOK_DELIMITERS if page.file.src_uri.endswith(".ipynb") else PAGE_DELIMITERS
    # The text between two tags that opens a formula, outside skipped elements and tags' attributes.
    nodes = [node.span(2) for node in NODES.finditer(html, html.find("<body"))
             if node.group(2) and any(left in node.group(2) for left, _, _ in delimiters)]
    splits = [(start, end, split_math(unescape(html[start:end]), delimiters, page)) for start, end in nodes]
    splits = [(start, end, parts) for start, end, parts in splits if parts]

    rendered = typeset([part for _, _, parts in splits for part in parts if isinstance(part, tuple)])
    for (tex, display), result in rendered.items():
        if "error" in result:
            log.warning(f"{page.file.src_uri}: Temml cannot typeset the formula {tex!r}: {result['error']}")
        else:
            USED.update(characters(result["html"]))

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
    html = "".join(pieces) + html[position:]
    if splits:
        html = GLUED.sub(glue, html)
        # The font is fetched with the stylesheets, not once the page is laid out: no text moves.
        preload = (f'<link rel="preload" href="{get_relative_url(FONT, page.url)}" as="font" type="font/woff2" '
                   'crossorigin>\n')
        html = html.replace("</head>", preload + "</head>", 1)
    return html


def on_post_page(output, page, config):
    return typeset_page(output, page)


# After mkdocs-static-i18n (-100), whose post_build builds the other languages: the outer call, once
# every language's formulas are typeset, cuts the font.
@event_priority(-200)
def on_post_build(config):
    i18n = config.plugins.get("i18n")
    if i18n is not None and i18n.building:
        return
    if not FONT_SOURCE.is_file():
        raise PluginError(f"The math font is missing: {FONT_SOURCE}: run `npm ci --ignore-scripts` first (`make build` does).")
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]  # ssty (script-size glyphs), ss01 (\mathcal's round hand), ...
    options.hinting = False  # browsers on high-density screens ignore it; a third of the bytes
    font = subset.load_font(str(FONT_SOURCE), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=USED | {0x20})
    subsetter.subset(font)  # keeps the MATH table, with the size variants and parts of every glyph kept
    target = Path(config.site_dir) / FONT
    target.parent.mkdir(parents=True, exist_ok=True)
    subset.save_font(font, str(target), options)
