"""Show, on a translated page, that its English master changed since it was translated.

Each docs/NAME.LANG.md records the hash of the docs/NAME.md it translates (tools/translations.py).
When the master's hash no longer matches, the page gets a banner in its own language, right
under its title, with a link to the English page, marked data-translation-status="outdated".
A translation with no record stops the build: nobody has said which master it translates.
The banner's words are per language, in mkdocs.yml (the i18n plugin's per-language `extra`).
"""

import importlib.util
import logging
from html import escape
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url

# tools/translations.py holds the records (it is also the maintainer's command); MkDocs puts only
# hooks/ on sys.path while it loads a hook, so it is loaded by path.
_SPEC = importlib.util.spec_from_file_location(
    "translations", Path(__file__).resolve().parents[1] / "tools" / "translations.py")
translations = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(translations)

STRINGS = ("title", "text", "link")
log = logging.getLogger("mkdocs.hooks.translation_status")


def _banner(strings, english_url, language):
    title, text, link = (escape(strings[key]) for key in STRINGS)
    return (f'<div class="admonition warning" data-translation-status="outdated">\n'
            f'<p class="admonition-title">{title}</p>\n'
            f'<p>{text} <a href="{escape(english_url)}" hreflang="en">{link}</a></p>\n</div>\n')


def on_page_content(html, page, config, files):
    i18n = config.plugins["i18n"]
    language = i18n.current_language
    source = Path(page.file.abs_src_path)
    if language == i18n.default_language or source.suffix != ".md":
        return html  # masters, and notebooks (their sources are notebooks/*.LANG.py)
    if translations.split_name(source)[1] != language:
        return html  # no translation: the English page itself (tests/source/test_page_parity.py)
    state = translations.status(source)
    if state in ("unrecorded", "no master"):
        raise PluginError(
            f"docs/{page.file.src_uri}: {'no ' + translations.KEY + ' record in its front matter' if state == 'unrecorded' else 'no English master'}. "
            f"Check that it says what docs/{translations.master_of(source).name} says, then run "
            f"`{translations.MARK_COMMAND}` (tools/translations.py).")
    if state == "current":
        return html
    strings = (config.extra or {}).get("translation_outdated") or {}
    missing = [key for key in STRINGS if not strings.get(key)]
    if missing:
        raise PluginError(f"mkdocs.yml: the '{language}' entry of the i18n plugin needs "
                          f"extra.translation_outdated.{', '.join(missing)} (the outdated-translation banner).")
    log.info(f"docs/{page.file.src_uri} is behind docs/{translations.master_of(source).name}")
    prefix = i18n.current_language_config.link.strip("/") + "/"
    english_url = get_relative_url(page.url[len(prefix):] if page.url.startswith(prefix) else page.url, page.url)
    banner = _banner(strings, english_url, language)
    title_end = html.find("</h1>")
    if title_end < 0:
        return banner + html
    title_end += len("</h1>")
    return html[:title_end] + "\n" + banner + html[title_end:]
