"""What the one visit of each page checks (test_pages.py): scripts run in the page, and how their
findings are judged. Each script returns what it found; an empty list is a page that passes.
"""

import re

from built_site import AXE

# Raw TeX the build left as text (hooks/math_render.py typesets it to MathML; no script does it in
# the browser): delimiters, or a command such as \delta outside code. The page's whole body, so the
# table of contents (a heading's formula) is checked too.
MATH_REPORT = """() => {
  const root = document.body;
  const text = root.cloneNode(true);
  text.querySelectorAll("pre, code, math, script, style").forEach(el => el.remove());
  return {
    formulas: root.querySelectorAll("article math").length,
    errors: [...root.querySelectorAll(".temml-error")].map(el => el.textContent),
    unrendered: [...root.querySelectorAll(".arithmatex")]
      .filter(el => !el.querySelector("math")).map(el => el.textContent),
    raw: text.textContent.match(/\\\\[()\\[\\]]|\\$\\$|\\\\[a-zA-Z]+/g) || [],
    mathScripts: [...document.scripts].map(script => script.src).filter(src => /katex|temml|mathjax|auto-render/i.test(src)),
    unsizedImages: [...document.images].filter(img => !img.getAttribute("width") || !img.getAttribute("height"))
      .map(img => img.src),
  };
}"""

# Display formulas fit the content column on a desktop screen: no sideways scrolling to read one.
# Each display formula (MathML inside the arithmatex block, or a notebook's paragraph) against the
# width its box has.
OVERFLOWING = """() => [...document.querySelectorAll(".md-content math[display=block]")].map(el => {
  const box = el.closest(".arithmatex") || el.parentElement;
  return {tex: (el.querySelector("annotation") || el).textContent.slice(0, 60),
          needs: box.scrollWidth, has: box.clientWidth};
}).filter(f => f.needs > f.has + 1)"""

# The language selector's links: {hreflang: absolute URL}.
SELECTOR_LINKS = """() => Object.fromEntries([...document.querySelectorAll(".md-select__link")]
  .map(a => [a.hreflang, a.href]))"""

# What a page opened from disk (file://) needs to read fully, offline.
FROM_DISK = """() => ({
  formulas: document.querySelectorAll(".arithmatex").length,
  rendered: document.querySelectorAll(".arithmatex math").length,
  errors: document.querySelectorAll(".temml-error").length,
  styled: getComputedStyle(document.querySelector(".md-header")).position === "sticky",
  fonts: [...document.fonts].filter(font => font.status === "error").length,
})"""
# The page's images that fail to load. Figures are loading="lazy" (hooks/lazy_figures.py, notebook
# pages): all are loaded first, so a broken one shows up as broken rather than as not yet requested.
BROKEN_IMAGES = """() => Promise.all([...document.images].map(img => {
  img.loading = "eager"; return img.decode().catch(() => null) }))
  .then(() => [...document.images].filter(img => !img.complete || !img.naturalWidth).map(img => img.src))"""

# Blocks below the fold are laid out only once scrolled to (docs/assets/stylesheets/site.css),
# and keep a placeholder size until then: the checks that read every box at once lay them all out,
# as the reader who scrolls there sees them.
LAY_OUT_EVERYTHING = "* { content-visibility: visible !important; }"

# Python code blocks outside notebooks (a notebook cell depends on the cells before it): the code
# each holds, and their copy buttons (Material adds a block's button once the block scrolls into view:
# content.lazy).
SNIPPET_BLOCKS = ".md-content :is(.language-python, .language-py):not(.jupyter-wrapper *) pre"
SNIPPET_CODE = """selector => [...document.querySelectorAll(selector)].map(pre => pre.querySelector(":scope > code").textContent)"""

# A block in a closed <details> or an unselected content tab: open it, as a reader would.
REVEAL = """element => {
  for (let el = element; el; el = el.parentElement) {
    if (el.tagName === "DETAILS") el.open = true;
    if (el.classList.contains("tabbed-block")) {
      const index = [...el.parentElement.children].indexOf(el);
      el.closest(".tabbed-set").querySelector(".tabbed-labels").children[index].click();
    }
  }
}"""

# The layout a new window size settles to. Material animates its header (400 ms) and search box
# (250 ms) when a media query flips, and during the transition the page can be wider than the
# window: transitions are turned off before the window changes, so the final layout comes at once
# (the one a reader's window settles to). Any animation is still waited for, if rendered: Chromium
# does not run the animations of an element it skips rendering (in a closed <details>, as after a
# palette switch), so theirs would never finish.
STILL = """() => document.getElementById("still") || document.head.insertAdjacentHTML("beforeend",
  '<style id="still">* { transition: none !important; }</style>')"""
SETTLED = """() => Promise.all(document.getAnimations()
  .filter(animation => animation.effect.getTiming().iterations !== Infinity)
  .filter(animation => !animation.effect.target || animation.effect.target.checkVisibility({contentVisibilityAuto: true}))
  .map(animation => animation.finished.catch(() => null)))"""


def resize(page, width, height=900):
    """The page at another window size, once its layout has settled there."""
    page.evaluate(STILL)
    page.set_viewport_size({"width": width, "height": height})
    page.evaluate(SETTLED)


def axe_violations(page, within=None):
    """Serious and critical accessibility violations axe-core finds on the page (or in the element
    the selector `within` names), one line each.

    The formulas (MathML) are checked with the rest.
    """
    page.add_script_tag(path=str(AXE))
    context = {"include": [[within]] if within else [["html"]]}
    result = page.evaluate("context => axe.run(context, {resultTypes: ['violations']})", context)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:5]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


# ---- On a phone (375 px wide): nothing sits on a line of code, and no text is cut off.
# Over the article, with every <details> opened and every content tab shown:
# - a code line (a code block, a notebook cell, a printed output) is what the browser shows: where
#   any other element meets the visible part of a line (a copy button, which Material draws inside
#   the <pre> over the code; a prompt; anything), document.elementFromPoint there finds the line;
# - each piece of text is either inside the width it is shown in, or inside a box that scrolls
#   sideways to it (code, tables, formulas); text past the edge of a box that clips it, or past the
#   screen's edge, is text the reader cannot get to.
PHONE = {"width": 375, "height": 667}

PHONE_CHECK = """() => {
  const article = document.querySelector("article") || document.querySelector(".md-content");
  const chrome = el => el.closest(".md-header, .md-top");
  const covered = [], cut = [];

  // Code lines: where an element other than the line's own code box (and the boxes around it) meets
  // the visible part of a line, the browser must show the line there, not the element.
  const checkCode = root => {
    const inDocument = r => ({left: r.left + scrollX, right: r.right + scrollX, top: r.top + scrollY, bottom: r.bottom + scrollY});
    const meet = (a, b) => ({left: Math.max(a.left, b.left), right: Math.min(a.right, b.right),
                             top: Math.max(a.top, b.top), bottom: Math.min(a.bottom, b.bottom)});
    const some = r => r.right - r.left > 1 && r.bottom - r.top > 1;
    const elements = [...root.querySelectorAll("*")].map(el => [el, inDocument(el.getBoundingClientRect())]);
    for (const pre of root.querySelectorAll("pre")) {
      if (!pre.getClientRects().length) continue;  // not shown (another tab)
      const scroller = pre.querySelector(":scope > code") || pre;
      const outer = inDocument(scroller.getBoundingClientRect());
      const box = {left: outer.left + scroller.clientLeft, top: outer.top + scroller.clientTop,
                   right: outer.left + scroller.clientLeft + scroller.clientWidth,
                   bottom: outer.top + scroller.clientTop + scroller.clientHeight};
      const others = elements.filter(([el, r]) => some(meet(r, box)) && !el.contains(scroller) && !scroller.contains(el));
      if (!others.length) continue;
      const lines = [];
      const walker = document.createTreeWalker(scroller, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        if (!walker.currentNode.textContent.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(walker.currentNode);
        for (const r of range.getClientRects()) lines.push([walker.currentNode, meet(inDocument(r), box)]);
      }
      for (const [el, r] of others) {
        for (const [text, line] of lines) {
          const both = meet(r, line);
          if (!some(both)) continue;
          const y = (both.top + both.bottom) / 2;
          window.scrollTo({top: y - innerHeight / 2, behavior: "instant"});
          const hit = document.elementFromPoint((both.left + both.right) / 2 - scrollX, y - scrollY);
          if (hit && el.contains(hit) && !chrome(hit)) {
            covered.push(`${el.tagName.toLowerCase()}.${[...el.classList].join(".")} over ` +
                         `"${text.textContent.trim().slice(0, 40)}"`);
            break;
          }
        }
      }
    }
  };

  // Text: inside the box that shows it, or inside one that scrolls sideways.
  // overflowBox(el): the nearest ancestor that scrolls or clips sideways (null: none, the screen's edge).
  const boxes = new Map();
  const overflowBox = el => {
    if (!el || el === document.body) return null;
    if (!boxes.has(el)) {
      const overflow = getComputedStyle(el).overflowX;
      boxes.set(el, overflow === "auto" || overflow === "scroll" ? {el, scrolls: true}
                  : overflow === "hidden" || overflow === "clip" ? {el, scrolls: false}
                  : overflowBox(el.parentElement));
    }
    return boxes.get(el);
  };
  const checkText = root => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const text = walker.currentNode;
      if (!text.textContent.trim() || text.parentElement.closest("script, style, annotation, [hidden]")) continue;
      const range = document.createRange();
      range.selectNodeContents(text);
      for (const r of range.getClientRects()) {
        if (!r.width) continue;
        const box = overflowBox(text.parentElement);
        const reachable = box && box.scrolls, clippedBy = box && !box.scrolls ? box.el : null;
        if (clippedBy) {
          const edge = clippedBy.getBoundingClientRect();
          if (r.right <= edge.right + 1 && r.left >= edge.left - 1) continue;
        }
        if (!reachable && (clippedBy || r.right > innerWidth + 1 || r.left < -1)) {
          cut.push(`"${text.textContent.trim().slice(0, 40)}" (${Math.round(r.left)}..${Math.round(r.right)} px` +
                   (clippedBy ? `, clipped by ${clippedBy.tagName.toLowerCase()}.${[...clippedBy.classList].join(".")})` : ")"));
          break;
        }
      }
    }
  };

  article.querySelectorAll("details").forEach(details => details.open = true);
  checkCode(article);
  checkText(article);
  // Each content tab in turn: only the selected one is shown.
  for (const set of article.querySelectorAll(".tabbed-set")) {
    const inputs = [...set.querySelectorAll(":scope > input")];
    for (const input of inputs.slice(1)) {
      input.checked = true;
      checkCode(set);
      checkText(set);
    }
    if (inputs.length) inputs[0].checked = true;
  }
  return {covered, cut, wider: document.documentElement.scrollWidth - innerWidth};
}"""


# ---- No English interface string on a translated page.
# The page, once its scripts have run, is compared with its English counterpart. Collected on both:
# each text node (hidden ones too: a screen reader or a later click shows them) and every title,
# aria-label, alt and placeholder attribute, plus the document title; code, formulas and anything
# marked with another lang (a cited English title) are not interface text. A string of the
# translated page is English when
# - it is interface text (outside the article: header, navigation, footer, search; inside it, the
#   labels of admonitions, tabs, code blocks, figures and tables; every attribute) and the English
#   page has exactly the same string (a button title, a footer line, an image's default alt text), or
# - it contains a word that only English uses (ENGLISH_WORDS): the one rule for the article's prose,
#   where the same words as on the English page are names, titles and symbols,
# unless, once the names in ALLOWED are taken out, no word of two letters or more is left.

# Names that are the same in every language: products, libraries, the package, symbols spelt out,
# and the language selector's names of the languages, each written in its own.
ALLOWED = [
    "English", "Español", "Português", "Русский",
    "Errata",  # Portuguese too: the pt glossary's word for the page
    "Material for MkDocs", "MkDocs", "numpy", "backprop_ref", "Python", "Theta",
    "JupyterLab", "Jupyter", "scikit-learn", "matplotlib", "XOR", "KaTeX", "PyTorch", "ipynb",
]
ALLOWED_PATTERN = re.compile("|".join(re.escape(name) for name in sorted(ALLOWED, key=len, reverse=True)), re.I)
WORD = re.compile(r"[^\W\d_]{2,}")  # whole words, accents included: "Início" holds no "In"
ENGLISH_WORDS = re.compile(
    r"\b(the|and|of|to|with|for|from|this|that|is|are|has|been|your|switch|mode|made|copy|clipboard|"
    r"search|previous|next|skip|back|top|download|image|provided|description|permanent|light|dark|"
    r"initializing|results?|matching|type|share|close|open|clear|select|in|out|copied)\b", re.I)

# Runs in the page: [kind, string] for every text node and labelling attribute; "prose" is article
# text that is not a label. A link whose text is its own address (a domain, a DOI) is not text.
INTERFACE_STRINGS = """() => {
  const lang = document.documentElement.lang
  const notInterface = "script, style, noscript, template, code, pre, kbd, samp, .arithmatex, svg, math"
  const foreign = node => {
    const marked = node.closest("[lang]")
    return marked && marked.lang && marked.lang !== lang
  }
  const labels = ".admonition-title, summary, .tabbed-labels, .filename, figcaption, th, caption"
  const address = /^(doi:\\S+|[\\w.-]+\\.[a-z]{2,}(\\/\\S*)?)$/
  const found = [["document title", document.title]]
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement
    if (!parent || parent.closest(notInterface) || foreign(parent)) continue
    if (/\\$|\\\\[a-zA-Z()\\[\\]]/.test(node.textContent)) continue  // a formula's TeX
    const text = node.textContent.trim()
    if (parent.closest("a") && address.test(text)) continue
    const prose = parent.closest("article") && !parent.closest(labels)
    found.push([prose ? "prose" : "text", node.textContent])
  }
  for (const attribute of ["title", "aria-label", "alt", "placeholder"]) {
    for (const element of document.querySelectorAll(`[${attribute}]`)) {
      if (element.closest(notInterface) || foreign(element)) continue
      found.push([attribute, element.getAttribute(attribute)])
    }
  }
  return found.map(([kind, text]) => [kind, text.replace(/\\s+/g, " ").trim()]).filter(([, text]) => text)
}"""


def leftover_words(text):
    return WORD.findall(ALLOWED_PATTERN.sub(" ", text))


def is_english(text, english_strings, kind="text"):
    words = leftover_words(text)
    if not words:
        return False
    same = kind != "prose" and text in english_strings
    return same or bool(ENGLISH_WORDS.search(" ".join(words)))
