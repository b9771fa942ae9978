"""No English interface string on a translated page.

Every page of every language but the default one is opened in Chromium, once its scripts have run,
and compared with its English counterpart. Collected on both: each text node of the page (hidden
ones too: a screen reader or a later click shows them) and every title, aria-label, alt and
placeholder attribute, plus the document title; code, formulas (rendered, or still TeX) and
anything marked with another lang (a cited English title) are not interface text. A string of the translated page is English when

- it is interface text (outside the article: header, navigation, footer, search; inside it, the
  labels of admonitions, tabs, code blocks, figures and tables; every attribute) and the English
  page has exactly the same string (a button title, a footer line, an image's default alt text), or
- it contains a word that only English uses (ENGLISH_WORDS): the one rule for the article's prose,
  where the same words as on the English page are names, titles and symbols,

unless, once the names in ALLOWED are taken out, no word of two letters or more is left.
"""

import re

import pytest


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
COLLECT = """() => {
  const lang = document.documentElement.lang
  const notInterface = "script, style, noscript, template, code, pre, kbd, samp, .katex, .arithmatex, svg, math"
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
    if (/\\$|\\\\[a-zA-Z()\\[\\]]/.test(node.textContent)) continue  // a formula's TeX, before or without KaTeX
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

_english_strings = {}


def strings_of(page, url):
    response = page.goto(url, wait_until="networkidle")
    assert response.status == 200, url
    return page.evaluate(COLLECT)


def leftover_words(text):
    return WORD.findall(ALLOWED_PATTERN.sub(" ", text))


def is_english(text, english_strings, kind="text"):
    words = leftover_words(text)
    if not words:
        return False
    same = kind != "prose" and text in english_strings
    return same or bool(ENGLISH_WORDS.search(" ".join(words)))


def test_no_english_interface_string(page, site_url, translated_page):
    if translated_page.path not in _english_strings:
        english = {text for _, text in strings_of(page, site_url + translated_page.path)}
        assert len(english) > 20, f"too little collected on the English page /{translated_page.path}"
        _english_strings[translated_page.path] = english
    english = _english_strings[translated_page.path]
    found = strings_of(page, site_url + translated_page.url_path)
    assert len(found) > 20, f"too little collected on {translated_page}"
    left = sorted({f"{kind}: {text[:120]!r}" for kind, text in found if is_english(text, english, kind)})
    assert not left, f"English interface strings on {translated_page}:\n" + "\n".join(left)


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
