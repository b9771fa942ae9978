"""Read a docs page as the sequence the pairing and parity tests look at.

A page is reduced to its headings, display formulas ($$ blocks), fenced code blocks (with the
snippet files they include), figures and snippet includes found outside code blocks, in document
order. Indentation is ignored, so blocks inside content tabs and admonitions count like the others.
"""

import re
from dataclasses import dataclass, field
from pathlib import Path

DOCS = Path(__file__).resolve().parents[2] / "docs"
SNIPPETS = Path(__file__).resolve().parents[2] / "snippets"

INCLUDE = re.compile(r"""^-{1,}8<-{1,}\s+(["']?)([^"'\s]+)\1\s*$""")
FENCE = re.compile(r"^(`{3,}|~{3,})(.*)$")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
FIGURE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)")


@dataclass
class Block:
    kind: str      # "heading", "formula", "code", "figure" or "stray_include"
    line: int      # 1-based line number in the page
    text: str = ""                                  # heading text, LaTeX, code info string, figure path
    level: int = 0                                  # heading level
    body: list = field(default_factory=list)        # code block lines (stripped, blank lines dropped)
    includes: list = field(default_factory=list)    # snippet files a code block includes


def blocks(path):
    """Every heading, formula, code block, figure and stray include of the page at ``path``."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    found, i = [], 0
    while i < len(lines):
        stripped = lines[i].strip()
        fence = FENCE.match(stripped)
        if fence:
            start, marker = i, fence.group(1)
            body = []
            i += 1
            while i < len(lines) and not lines[i].strip().startswith(marker):
                if lines[i].strip():
                    body.append(lines[i].strip())
                i += 1
            includes = [m.group(2) for m in map(INCLUDE.match, body) if m]
            found.append(Block("code", start + 1, fence.group(2).strip(), body=body, includes=includes))
        elif stripped.startswith("$$"):
            start, latex = i, stripped[2:]
            # A formula ends at the line that ends with $$ (it may be the opening line itself).
            while not (latex.rstrip().endswith("$$") and (i > start or len(stripped) > 2)):
                i += 1
                if i == len(lines):
                    raise ValueError(f"{path}:{start + 1}: $$ block is never closed")
                latex += "\n" + lines[i].strip()
            found.append(Block("formula", start + 1, latex.rstrip()[:-2].strip()))
        elif HEADING.match(lines[i]):
            heading = HEADING.match(lines[i])
            found.append(Block("heading", i + 1, heading.group(2), level=len(heading.group(1))))
        elif INCLUDE.match(stripped):
            found.append(Block("stray_include", i + 1, INCLUDE.match(stripped).group(2)))
        else:
            found.extend(Block("figure", i + 1, src) for src in FIGURE.findall(lines[i]))
        i += 1
    return found


def pages():
    """Every Markdown page under docs/, all languages."""
    return sorted(DOCS.glob("*.md"))


def page_and_language(path, default_language="en"):
    """('index', 'es') for docs/index.es.md, ('index', 'en') for docs/index.md."""
    stem = Path(path).name[: -len(".md")]
    name, _, language = stem.partition(".")
    return name, language or default_language
