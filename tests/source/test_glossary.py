"""The glossary's rules hold in every translated page, notebook and interface text of the explorers.

translations/glossary.md declares, per language, the variants a translation must not use (its
"Variants not to use" table of regular expressions) and the decimal separator of prose and alt
text (its "Numbers in prose" table). Both are checked on prose: formulas, inline code and link
targets are removed first, and lines are joined so a phrase broken across two lines still counts.
"""

import re
from pathlib import Path

import pytest

import explorer_html  # tools/explorer_html.py
from page_markdown import page_and_language, pages

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = ROOT / "translations" / "glossary.md"
NOTEBOOKS = ROOT / "notebooks"
EXPLORERS = ROOT / "tools" / "explorer_html.py"  # its TEXT: labels, captions and notes per language

CELL = re.compile(r"^# %%(.*)$", re.M)
FENCED = re.compile(r"^\s*(```|~~~).*?^\s*\1\s*$", re.M | re.S)
DISPLAY_MATH = re.compile(r"\$\$.*?\$\$", re.S)
INLINE_MATH = re.compile(r"\$[^$]+\$|\\\(.*?\\\)|\\\[.*?\\\]", re.S)  # $…$, \(…\), \[…\]; may span lines
INLINE_CODE = re.compile(r"`[^`\n]+`")
LINK_TARGET = re.compile(r"\]\([^)\s]*\)")
# Decimals written with the other language's separator. Not decimals: a version (Python 3.11), a
# section number (section 6.5), a DOI (doi:10.1038/…) and an arXiv number (arXiv:1607.06450), which
# keep their points in every language.
NOT_DECIMAL = r"(?<!Python )(?<!section )(?<!sección )(?<!seção )(?<!раздел )(?<!doi:)(?<!arXiv:)"
POINT_DECIMAL = re.compile(rf"(?<![\w.,]){NOT_DECIMAL}\d+\.\d+(?!\w|\.\d)")
COMMA_DECIMAL = re.compile(r"(?<![\w.,])\d+,\d+(?!\w|,\d)")


def _table(heading, header=False):
    """The rows of the first table below ``## heading`` in the glossary, cells unescaped; with
    header=True, its header row first."""
    text = GLOSSARY.read_text(encoding="utf-8")
    section = text.split(f"\n## {heading}\n", 1)
    assert len(section) == 2, f"{GLOSSARY.name} has no '## {heading}' section"
    rows = [line for line in section[1].split("\n## ")[0].splitlines() if line.startswith("|")]
    cells = [[c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", row)[1:-1]] for row in rows]
    return cells[:1] + cells[2:] if header else cells[2:]  # the --- separator row dropped


def forbidden_variants():
    found = {}
    for language, pattern, instead in _table("Variants not to use"):
        found.setdefault(language, []).append((re.compile(pattern.strip("`"), re.I), instead))
    return found


def searched_as():
    """[(page, language, term)] of the "Searched as" table: the terms each page names its topic with."""
    header, *rows = _table("Searched as", header=True)
    languages = [cell.removeprefix("searched as: ") for cell in header[2:]]
    return [(page, language, term.strip()) for _, page, *cells in rows
            for language, terms in zip(languages, cells) for term in terms.split(",")]


def term_pattern(term):
    """A term in any inflection: a word of four letters may grow (граф, графе), a longer one may also
    change its last two letters («затухание градиента» is in «затухания градиентов», mini-batch in
    mini-batches); shorter words (de, dos, the) are kept as they are."""
    words = [re.escape(word if len(word) <= 4 else word[:-2]) + (r"\w*" if len(word) >= 4 else "")
             for word in term.split()]
    return re.compile(r"\b" + r"\s+".join(words) + r"\b", re.I)


def decimal_separators():
    return {language: separator.split()[0] for language, separator, _ in _table("Numbers in prose")}


def _prose(text):
    for pattern in (FENCED, DISPLAY_MATH, INLINE_MATH, INLINE_CODE):
        text = pattern.sub(" ", text)
    return " ".join(LINK_TARGET.sub("]", text).split())


def page_prose(path):
    return _prose(Path(path).read_text(encoding="utf-8"))


def notebook_prose(path, markdown_only=False):
    """A jupytext percent-format notebook: its Markdown cells, and (unless markdown_only) its code,
    whose strings are what a reader sees in titles, axis labels and printed lines."""
    text = Path(path).read_text(encoding="utf-8")
    parts = CELL.split(text)[1:]  # [cell header, cell body, ...]; the part before is the jupytext header
    cells = []
    for header, body in zip(parts[::2], parts[1::2]):
        if "[markdown]" in header:
            cells.append(re.sub(r"^# ?", "", body, flags=re.M))
        elif not markdown_only:
            cells.append(body)
    return _prose("\n".join(cells))


def explorer_text(language):
    return " ".join(explorer_html.TEXT[language].values())


def translated_files(locales):
    """(language, path, kind) of every translated page and notebook source."""
    files = []
    for path in pages():
        _, language = page_and_language(path)
        if language in locales:
            files.append((language, path, "page"))
    for path in sorted(NOTEBOOKS.glob("*.*.py")):
        language = path.name.split(".")[-2]
        if language in locales:
            files.append((language, path, "notebook"))
    return files


@pytest.fixture(scope="module")
def translated(languages):
    default, locales = languages
    files = translated_files([locale for locale in locales if locale != default])
    assert {kind for _, _, kind in files} == {"page", "notebook"}, "no translated pages or notebooks found"
    return files


def test_every_translated_language_declares_forbidden_variants(languages):
    default, locales = languages
    declared = forbidden_variants()
    assert sorted(declared) == sorted(locale for locale in locales if locale != default)


def test_no_forbidden_variant_in_pages_or_notebooks(translated):
    variants = forbidden_variants()
    found = []
    texts = [(language, path, page_prose(path) if kind == "page" else notebook_prose(path))
             for language, path, kind in translated]
    texts += [(language, EXPLORERS, explorer_text(language)) for language in variants]
    for language, path, prose in texts:
        for pattern, instead in variants[language]:
            for match in pattern.finditer(prose):
                context = prose[max(0, match.start() - 40) : match.end() + 40]
                found.append(f"{path.relative_to(ROOT)}: «{match.group()}» (write: {instead}) in …{context}…")
    assert not found, "glossary variants not to use:\n" + "\n".join(found)


def test_decimal_separator_follows_the_glossary(translated, languages):
    separators = decimal_separators()
    default, locales = languages
    assert sorted(separators) == sorted(locales), "Numbers in prose: one row per language"
    wrong = {"point": COMMA_DECIMAL, "comma": POINT_DECIMAL}
    found = []
    for language, path, kind in translated:
        prose = page_prose(path) if kind == "page" else notebook_prose(path, markdown_only=True)
        for match in wrong[separators[language]].finditer(prose):
            context = prose[max(0, match.start() - 40) : match.end() + 40]
            found.append(f"{path.relative_to(ROOT)}: {match.group()} ({language} uses a {separators[language]}) in …{context}…")
    assert not found, "decimal separator in prose or alt text:\n" + "\n".join(found)


@pytest.mark.parametrize(
    "language, prose, caught",
    [
        ("ru", "каждый шаг лишь немного снижает стоимость, и", True),
        ("ru", "градиент функции стоимости и значение функции стоимости", False),
        ("ru", "совпадает с точностью до округления", False),
        ("ru", "среднее их градиентов в точности равно", False),
        ("ru", "точность на тестовой выборке", True),
        ("pt", "a curva de aprendizado com taxa de aprendizagem", True),
        ("pt", "para três taxas de aprendizagem", True),
        ("pt", "a curva de aprendizado com taxa de aprendizado", False),
        ("es", "el paso de descenso por gradiente", True),
    ],
)
def test_forbidden_variants_catch_what_they_declare(language, prose, caught):
    """The rules are regular expressions: check that they catch the forms the review found and
    spare the correct ones, so a rule that can never match does not pass silently."""
    assert any(p.search(prose) for p, _ in forbidden_variants()[language]) == caught


def test_each_page_names_its_topic_as_learners_search_for_it(languages):
    default, locales = languages
    terms = searched_as()
    assert {language for _, language, _ in terms} == set(locales), "Searched as: one column per language"
    missing = []
    for page, language, term in terms:
        path = ROOT / "docs" / (f"{page}.md" if language == default else f"{page}.{language}.md")
        assert path.is_file(), f"Searched as names a page that does not exist: {path.relative_to(ROOT)}"
        if not term_pattern(term).search(page_prose(path)):
            missing.append(f"{path.relative_to(ROOT)}: «{term}»")
    assert not missing, "pages that do not name their topic as learners search for it:\n" + "\n".join(missing)


@pytest.mark.parametrize(
    "term, prose, found",
    [
        ("затухание градиента", "это явление называют затуханием градиента", True),
        ("затухание градиента", "затухание сигнала и градиент", False),
        ("вычислительный граф", "на вычислительном графе", True),
        ("затухание градиента", "проблема: затухания градиентов в сети", True),
        ("mini-batch", "shuffled mini-batches of 16", True),
        ("chain rule", "the chain of rules", False),
        ("inicialização dos pesos", "a inicialização dos pesos iniciais", True),
        ("regla de la cadena", "regla de una cadena", False),
    ],
)
def test_term_pattern_finds_inflections_only_of_the_term(term, prose, found):
    assert bool(term_pattern(term).search(prose)) == found


@pytest.mark.parametrize(
    "prose, point, comma",
    [
        ("os vieses de saída 0,60.", [], ["0,60"]),
        ("the output biases 0.60.", ["0.60"], []),
        ("Python 3.11 ou mais recente", [], []),
        ("MIT Press (2016), seção 6.5, [doi:10.1038/323533a0]", [], []),
        ("Layer Normalization, arXiv:1607.06450, 2016; 1607.06450", ["1607.06450"], []),
        ("pontos (0, 1) e 1,5", [], ["1,5"]),
    ],
)
def test_decimal_patterns(prose, point, comma):
    assert POINT_DECIMAL.findall(prose) == point
    assert COMMA_DECIMAL.findall(prose) == comma
