"""A translation records which version of its English master it translates (tools/translations.py),
checked on small folders. What the built site shows for an outdated translation, and the build
stopping on an unrecorded one: tests/site/test_translation_banner.py.
"""

from pathlib import Path

import translations

ROOT = Path(__file__).resolve().parents[2]


def test_every_translation_records_its_master():
    """Not a staleness check (an outdated translation is allowed, and shown): each has a record."""
    missing = [str(p.relative_to(ROOT)) for p in translations.translations() if translations.status(p) in
               ("unrecorded", "no master")]
    assert missing == [], f"run `{translations.MARK_COMMAND}` once these translate their masters"


def _docs(tmp_path, master, *translated):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "page.md").write_text(master, encoding="utf-8")
    for language, text in translated:
        (docs / f"page.{language}.md").write_text(text, encoding="utf-8")
    return docs


def test_mark_records_the_master_and_keeps_other_front_matter(tmp_path, capsys):
    docs = _docs(tmp_path, "# Page\n\nOne paragraph.\n", ("es", "---\ndescription: Una página.\n---\n\n# Página\n"),
                 ("ru", "# Страница\n"))
    assert [translations.status(p) for p in translations.translations(docs)] == ["unrecorded", "unrecorded"]
    assert translations.mark([], docs) == 0
    es = (docs / "page.es.md").read_text(encoding="utf-8")
    digest = translations.master_hash("# Page\n\nOne paragraph.\n")
    assert es == f"---\ndescription: Una página.\ntranslation_of: {digest}\n---\n\n# Página\n"
    assert (docs / "page.ru.md").read_text(encoding="utf-8") == f"---\ntranslation_of: {digest}\n---\n\n# Страница\n"
    assert [translations.status(p) for p in translations.translations(docs)] == ["current", "current"]

    (docs / "page.md").write_text("# Page\n\nOne paragraph,\nre-wrapped and changed.\n", encoding="utf-8")
    assert translations.status(docs / "page.es.md") == "outdated"
    assert translations.report(docs) == 0  # outdated is shown, not an error
    assert "outdated   docs/page.es.md" in capsys.readouterr().out
    translations.mark([docs / "page.es.md"], docs)
    assert "marked     docs/page.es.md" in capsys.readouterr().out
    assert translations.status(docs / "page.es.md") == "current"
    assert translations.status(docs / "page.ru.md") == "outdated"


def test_mark_refuses_loudly(tmp_path, capsys):
    docs = _docs(tmp_path, "# Page\n", ("es", "# Página\n"))
    (docs / "orphan.pt.md").write_text("# Órfã\n", encoding="utf-8")
    assert translations.mark([docs / "page.md", docs / "orphan.pt.md", docs / "page.es.md"], docs) == 1
    out = capsys.readouterr().out
    assert "refused    docs/page.md: not a translated page" in out
    assert "refused    docs/orphan.pt.md: its master orphan.md does not exist" in out
    assert "marked     docs/page.es.md" in out  # the others are still marked
    assert translations.report(docs) == 1
    assert "no master" in capsys.readouterr().out


def test_whitespace_alone_does_not_make_a_translation_stale():
    assert translations.master_hash("a  b\nc") == translations.master_hash("a b c")
    assert translations.master_hash("a b c") != translations.master_hash("a b d")
