"""Which English master each translated page translates, and which translations fell behind.

Every translated page (docs/NAME.LANG.md) records in its front matter the hash of the English
master (docs/NAME.md) it was last brought up to date with:

    ---
    translation_of: 1f3a5c7e9b2d
    ---

The hash covers the master's whole text with runs of whitespace collapsed, so re-wrapping a
paragraph does not make its translations stale, while any change of wording, formula or front
matter does. The build (hooks/translation_status.py) shows a banner on a translation whose record
differs from its master's hash and stops on a translation without a record.

    python tools/translations.py              # stale and unrecorded translations, per language
    python tools/translations.py mark         # record the current masters in every translation
    python tools/translations.py mark docs/notation.es.md ...   # only these

`mark` says that a translation now says what its master says: run it after bringing the
translation up to date (and after merging a branch that changed a master and its translations
together). It prints every record it writes or leaves, and fails on any page it cannot mark.
"""

import hashlib
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
KEY = "translation_of"
MARK_COMMAND = "make translations-mark"
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*\n", re.S)
RECORD = re.compile(rf"^{KEY}:[ \t]*(\S*)[ \t]*$", re.M)


def master_hash(text):
    """12 hex digits of the SHA-256 of ``text`` with every run of whitespace made one space.

    >>> master_hash("One  paragraph,\\nre-wrapped.") == master_hash("One paragraph, re-wrapped.")
    True
    """
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:12]


def split_name(path):
    """('notation', 'es') for docs/notation.es.md, ('notation', None) for the master."""
    stem = Path(path).name[: -len(".md")]
    name, _, language = stem.partition(".")
    return name, language or None


def master_of(path):
    return Path(path).with_name(f"{split_name(path)[0]}.md")


def recorded(text):
    """The master hash a page's front matter records, or None."""
    front = FRONT_MATTER.match(text)
    record = RECORD.search(front.group(1) or "") if front else None
    return record.group(1) if record else None


def with_record(text, digest):
    """The page's text with ``translation_of: digest`` in its front matter (added if missing)."""
    line = f"{KEY}: {digest}"
    front = FRONT_MATTER.match(text)
    if not front:
        return f"---\n{line}\n---\n\n{text}"
    body = front.group(1) or ""
    body = RECORD.sub(line, body) if RECORD.search(body) else body + line + "\n"
    return f"---\n{body}---\n{text[front.end():]}"


def translations(docs=DOCS):
    """Every translated page under ``docs``, sorted by language, then name."""
    found = [p for p in docs.glob("*.*.md") if split_name(p)[1]]
    return sorted(found, key=lambda p: (split_name(p)[1], p.name))


def status(path):
    """'current', 'outdated', 'unrecorded' or 'no master' for one translated page."""
    master = master_of(path)
    if not master.is_file():
        return "no master"
    record = recorded(Path(path).read_text(encoding="utf-8"))
    if record is None:
        return "unrecorded"
    return "current" if record == master_hash(master.read_text(encoding="utf-8")) else "outdated"


def report(docs=DOCS, out=None):
    """Print the translations that are not current, per language; 1 if any has no record."""
    out = out or sys.stdout
    by_language = {}
    for path in translations(docs):
        by_language.setdefault(split_name(path)[1], []).append((path, status(path)))
    failed = False
    for language, pages in by_language.items():
        behind = [(p, s) for p, s in pages if s != "current"]
        print(f"{language}: {len(pages) - len(behind)} of {len(pages)} pages current", file=out)
        for path, state in behind:
            print(f"  {state:10} {path.relative_to(docs.parent)}  (master: {master_of(path).name})", file=out)
            failed |= state != "outdated"
    if failed:
        print(f"Translations without a record or a master stop the build. Bring each up to date with "
              f"its master, then run `{MARK_COMMAND}`.", file=out)
    return int(failed)


def mark(paths, docs=DOCS, out=None):
    """Record the current master hash in each translation (all when ``paths`` is empty)."""
    out = out or sys.stdout
    paths = [Path(p).resolve() for p in paths] or translations(docs)
    failed = 0
    for path in paths:
        name = path.relative_to(docs.parent) if path.is_relative_to(docs.parent) else path
        if not split_name(path)[1] or not path.is_file():
            print(f"refused    {name}: not a translated page (docs/NAME.LANG.md)", file=out)
            failed = 1
            continue
        if not master_of(path).is_file():
            print(f"refused    {name}: its master {master_of(path).name} does not exist", file=out)
            failed = 1
            continue
        text = path.read_text(encoding="utf-8")
        digest = master_hash(master_of(path).read_text(encoding="utf-8"))
        before = recorded(text)
        if before == digest:
            print(f"unchanged  {name} ({digest})", file=out)
            continue
        path.write_text(with_record(text, digest), encoding="utf-8")
        print(f"marked     {name}: {before or 'no record'} -> {digest}", file=out)
    return failed


def main(argv):
    if argv[:1] == ["mark"]:
        return mark(argv[1:])
    if argv:
        print(__doc__, file=sys.stderr)
        return 2
    return report()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
