"""overrides/ copies parts of Material's templates: notice when the installed Material's originals change.

Each copy was made from Material's template as it was in MATERIAL_VERSION, whose text hashes to the
digest recorded here. If an upgrade changes one of them, its test fails, naming the override to
re-diff; hooks/upstream.py also stops the build on any other Material or mkdocs-static-i18n version.
"""

import hashlib
import importlib.util
import re
from pathlib import Path

import material
import pytest
from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("upstream_hook", ROOT / "hooks" / "upstream.py")
upstream_hook = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(upstream_hook)

TEMPLATES = Path(material.__file__).parent / "templates"

# (Material template, block or None for the whole file) -> (our copy, sha256 of Material's text in 9.8.2)
COPIED = {
    ("base.html", "site_meta"): ("overrides/main.html", "26f3fa30991041e5"),
    ("base.html", "config"): ("overrides/main.html", "b84001acaa9dc379"),
    ("partials/alternate.html", None): ("overrides/partials/alternate.html", "572b1d4dae611aa5"),
    ("partials/search.html", None): ("overrides/partials/search.html", "bfd556535abcddb9"),
    ("partials/logo.html", None): ("overrides/partials/logo.html", "e0925ef6c190174a"),
}


def block(text, name):
    """The text of ``{% block name %}…{% endblock %}`` in a Jinja template, nested blocks included."""
    start = re.search(r"{%-?\s*block\s+" + name + r"\s*-?%}", text)
    depth, position = 1, start.end()
    for tag in re.finditer(r"{%-?\s*(block\s+\w+|endblock)\b[^%]*-?%}", text[position:]):
        depth += 1 if tag.group(1).startswith("block") else -1
        if depth == 0:
            return text[start.start():position + tag.end()]
    raise ValueError(f"no end for block {name}")


def upstream(template, name):
    text = (TEMPLATES / template).read_text(encoding="utf-8")
    return text if name is None else block(text, name)


def digest(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@pytest.mark.parametrize(("template", "name"), sorted(COPIED, key=str))
def test_copied_template_parts_are_unchanged_upstream(template, name):
    copy, recorded = COPIED[template, name]
    what = f"{template}" + (f" block {name}" if name else "")
    assert (ROOT / copy).is_file()
    assert digest(upstream(template, name)) == recorded, (
        f"Material's {what} differs from the {upstream_hook.MATERIAL_VERSION} text {copy} was copied from: "
        f"re-diff {copy} against it, then record the new digest here")


@pytest.mark.parametrize(("package", "recheck"), [("mkdocs-material", "overrides/main.html"),
                                                 ("mkdocs-static-i18n", "hooks/notebook_pages.py")])
def test_the_build_stops_on_another_pinned_version(monkeypatch, package, recheck):
    real = upstream_hook.version
    monkeypatch.setattr(upstream_hook, "version", lambda name: "99.0" if name == package else real(name))
    with pytest.raises(PluginError, match=rf"{package} 99.0 is installed.*{recheck}"):
        upstream_hook.on_config({})
