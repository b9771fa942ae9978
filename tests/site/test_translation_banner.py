"""A translation says when its English master changed after it was translated.

On a temporary copy of the project: an English paragraph changes, and the built es/pt/ru pages
show the outdated-translation banner in their own language, linking to the English page; once
`make translations-mark` records the new master, the banner is gone; a translation without a
record stops the build with a message naming the command.
"""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from mkdocs.utils import yaml_load

import translations

ROOT = Path(__file__).resolve().parents[2]
# .cache (mkdocs-jupyter's renders of the unchanged notebooks) is copied: each build reuses it.
NOT_COPIED = {".git", ".venv", "node_modules", "site", ".pytest_cache", ".hypothesis", "test-artifacts"}
BANNER = re.compile(r'<div class="admonition warning" data-translation-status="outdated">(.*?)</div>', re.S)


def _copy_project(tmp_path):
    project = tmp_path / "project"
    shutil.copytree(ROOT, project, ignore=lambda folder, names: [n for n in names if n in NOT_COPIED]
                    if Path(folder) == ROOT else [])
    (project / "node_modules").symlink_to(ROOT / "node_modules")
    return project


def _build(project, site):
    mkdocs = Path(sys.executable).with_name("mkdocs")
    return subprocess.run([str(mkdocs), "build", "--strict", "-d", str(site)], cwd=project,
                          capture_output=True, text=True, timeout=600,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})


def _translated_languages(project):
    config = yaml_load((project / "mkdocs.yml").read_text(encoding="utf-8"))
    i18n = next(p["i18n"] for p in config["plugins"] if isinstance(p, dict) and "i18n" in p)
    return {lang["locale"]: lang for lang in i18n["languages"] if not lang.get("default")}


def _banners(site, language):
    return BANNER.findall((site / language / "notation" / "index.html").read_text(encoding="utf-8"))


def test_changed_master_shows_the_banner_until_marked(tmp_path):
    project = _copy_project(tmp_path)
    languages = _translated_languages(project)
    master = project / "docs" / "notation.md"
    text = master.read_text(encoding="utf-8")
    paragraph = re.search(r"\n\n([A-Z][^\n]+)\n", text).group(1)
    master.write_text(text.replace(paragraph, paragraph + " A sentence added in English.", 1), encoding="utf-8")

    site = tmp_path / "stale"
    built = _build(project, site)
    assert built.returncode == 0, built.stderr[-3000:]
    for language, entry in languages.items():
        banners = _banners(site, language)
        assert len(banners) == 1, f"{language}: expected one outdated-translation banner on notation/"
        words = entry["extra"]["translation_outdated"]
        assert words["title"] in banners[0] and words["text"] in banners[0], language
        link = re.search(r'<a href="([^"]+)" hreflang="en">' + re.escape(words["link"]) + "</a>", banners[0])
        assert link, f"{language}: no link to the English page in the banner"
        target = (site / language / "notation" / link.group(1)).resolve() / "index.html"
        assert target == (site / "notation" / "index.html").resolve() and target.is_file()
        # Only the page whose master changed: the others stay as they are.
        assert 'data-translation-status' not in (site / language / "index.html").read_text(encoding="utf-8")
    assert "data-translation-status" not in (site / "notation" / "index.html").read_text(encoding="utf-8")

    marked = subprocess.run(["make", "translations-mark", f"PYTHON={sys.executable}"], cwd=project,
                            capture_output=True, text=True, timeout=60)
    assert marked.returncode == 0, marked.stdout + marked.stderr
    assert sorted(re.findall(r"marked +docs/notation\.(\w+)\.md", marked.stdout)) == sorted(languages)

    site = tmp_path / "marked"
    built = _build(project, site)
    assert built.returncode == 0, built.stderr[-3000:]
    for language in languages:
        assert _banners(site, language) == [], f"{language}: the banner stayed after marking"

    # A translation without a record: the build stops and says what to run.
    unrecorded = project / "docs" / f"notation.{next(iter(languages))}.md"
    unrecorded.write_text(re.sub(r"(?m)^translation_of: .*\n", "", unrecorded.read_text(encoding="utf-8")),
                          encoding="utf-8")
    built = _build(project, tmp_path / "unrecorded")
    assert built.returncode != 0
    assert f"docs/{unrecorded.name}: no translation_of record" in built.stderr
    assert translations.MARK_COMMAND in built.stderr
