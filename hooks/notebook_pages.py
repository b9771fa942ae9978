"""Publish the notebooks (docs/notebooks/*.ipynb) as pages in every language, rendered locally.

Three things mkdocs-jupyter does not do on this site by itself:

1. Pages, not files. mkdocs-jupyter marks .ipynb files as documentation pages in on_files, but
   mkdocs-static-i18n runs after it and rebuilds every File from scratch, and a plain mkdocs File
   is a page only if it ends in .md. The notebooks then fall through as assets: the language
   builds copy the raw JSON instead of rendering it (upstream mkdocs-static-i18n issue #198). The
   File class static-i18n builds its files from is swapped for one that also counts notebooks as
   pages, so they get rendered, translated nav entries, language alternates and sitemap entries.
2. No script from another host. The nbconvert template mkdocs-jupyter uses always emits a MathJax
   <script> and a Mermaid loader that imports from a CDN. Both are cut: the site's own KaTeX
   (docs/assets/javascripts/katex.js) renders the $…$ and $$…$$ the notebook markdown keeps.
3. A download button for the stored notebook, outputs included, labelled in the page's language.
   mkdocs-jupyter's include_source copies the .ipynb next to the page; the button links to it.
4. Copy buttons that copy code. Each code cell's copy button copies a hidden <div> holding the
   cell's source; KaTeX's auto-render skips <pre> but not <div>, so a `$…$` in a code cell (a plot
   label) was typeset there and the button copied the rendered formula. The holder becomes a <pre>.

And two for build time (bench/build_time.py). The template inlines JupyterLab's 570 kB stylesheet
into every notebook page; it is published once as assets/notebooks/jupyter.css and linked instead,
followed by this site's contrast fixes (notebook_pages.css).

Rendering the notebooks (nbconvert, ~0.2 s each) was most of what they added to a build. They are
rendered once, by `make notebooks`, into mkdocs-jupyter's own cache format (one JSON file per
notebook, named by the hash of its content and the plugin options) and committed under
notebooks/rendered/<language>/, the plugin's configured cache_dir. A build converts nothing while
those match the stored notebooks; tests/notebooks/test_rendered.py proves they are what a render
from scratch gives. The build reads them but never writes there: the plugin works in a copy,
.cache/mkdocs-jupyter/<language>/, reset from the committed renders at every build (the plugin
writes a render it missed and evicts what a build did not use; in the committed folder that would
turn a stale commit into a silently slower build that repairs itself in CI). A notebook the
build had to render is a warning, so the strict build fails until `make notebooks` stores it.
One folder per language: static-i18n runs one build per language and each evicts the others'.
"""

import logging
import re
import shutil
from html import escape
from pathlib import Path

import material
import mkdocs_jupyter
import mkdocs_static_i18n.suffix
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

DOWNLOAD_LABEL = {
    "en": "Download the notebook",
    "es": "Descargar el cuaderno",
    "pt": "Baixar o notebook",
    "ru": "Скачать ноутбук",
}
DOWNLOAD_ICON = (Path(material.__file__).parent / "templates/.icons/material/download.svg").read_text()
ROOT = Path(__file__).resolve().parent.parent
# tools/publish_notebooks.py collects the renders from here after a build from scratch.
WORK_DIR = ROOT / ".cache" / "mkdocs-jupyter"
JUPYTER_CSS = Path(mkdocs_jupyter.__file__).parent / "templates/mkdocs_html/assets/index.css"
JUPYTER_CSS_URI = "assets/notebooks/jupyter.css"
SITE_CSS = Path(__file__).with_suffix(".css")  # this site's corrections to it, loaded after it
SITE_CSS_URI = "assets/notebooks/notebook_pages.css"
# How nbconvert's resources.include_css inlines it (nbconvert/exporters/html.py).
JUPYTER_CSS_INLINE = '<style type="text/css">\n%s</style>' % JUPYTER_CSS.read_text(encoding="utf-8")

# The exact blocks nbconvert's lab template (base/mathjax.html.j2, lab/mermaidjs.html.j2) emits.
MATHJAX = re.compile(r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->", re.DOTALL)
MERMAID = re.compile(r'<script type="module">\s*document\.addEventListener\("DOMContentLoaded".*?'
                     r"<!-- End of mermaid configuration -->", re.DOTALL)
COPY_SOURCE = re.compile(r'<div ([^>]*\bclass="clipboard-copy-txt"[^>]*)>(.*?)</div>', re.DOTALL)
REMOTE = re.compile(r"<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*[\"']?(?:https?:)?//", re.IGNORECASE)

log = logging.getLogger("mkdocs.hooks.notebook_pages")


def is_notebook(file):
    return file.src_uri.endswith(".ipynb")


class _NotebookAwareFile(File):
    def is_documentation_page(self):
        return is_notebook(self) or super().is_documentation_page()


# on_config rather than on_startup: every build (static-i18n's per-language ones, and builds run
# from Python without the CLI) goes through on_config.
def on_config(config):
    current = getattr(mkdocs_static_i18n.suffix, "File", None)
    if current is File:
        mkdocs_static_i18n.suffix.File = _NotebookAwareFile
    elif current is not _NotebookAwareFile:
        raise PluginError("hooks/notebook_pages.py expects mkdocs_static_i18n.suffix to build plain "
                          "mkdocs File objects; check its fix for upstream issue #198 against this version.")
    return config


def on_files(files, config):
    # Generated from files, not content: static-i18n needs every file's abs_src_path.
    files.append(File.generated(config, JUPYTER_CSS_URI, abs_src_path=str(JUPYTER_CSS)))
    files.append(File.generated(config, SITE_CSS_URI, abs_src_path=str(SITE_CSS)))
    return files


def on_pre_build(config):
    jupyter = config.plugins["mkdocs-jupyter"]
    if not hasattr(jupyter, "renders"):  # the configured cache_dir, before the first build changes it
        jupyter.renders = Path(config.config_file_path).parent / jupyter.config["cache_dir"]
    language = config.plugins["i18n"].current_language
    committed, work = jupyter.renders / language, WORK_DIR / language
    shutil.rmtree(work, ignore_errors=True)
    if committed.is_dir():
        shutil.copytree(committed, work)
    else:
        work.mkdir(parents=True)
    jupyter.config["cache_dir"] = str(work)
    jupyter.committed_renders = {path.name for path in work.glob("*.json")}


def on_post_build(config):
    jupyter = config.plugins["mkdocs-jupyter"]
    rendered = sorted(path.name for path in Path(jupyter.config["cache_dir"]).glob("*.json")
                      if path.name not in jupyter.committed_renders)
    if rendered:
        language = config.plugins["i18n"].current_language
        log.warning(f"{len(rendered)} notebook(s) in '{language}' rendered during the build: "
                    f"{jupyter.renders / language} has no render of the stored notebook. "
                    f"Run `make notebooks` and commit what it writes there.")


def shared_stylesheet(html, page, files):
    """The page with its inline copy of JupyterLab's stylesheet replaced by a link to the shared one."""
    html, found = html.replace(JUPYTER_CSS_INLINE, ""), html.count(JUPYTER_CSS_INLINE)
    if found != 1:
        raise PluginError(f"{page.file.src_uri}: expected the JupyterLab stylesheet inlined once, found {found}.")
    links = "".join(f'<link rel="stylesheet" href="{escape(files.get_file_from_path(uri).url_relative_to(page.file))}">\n'
                    for uri in (JUPYTER_CSS_URI, SITE_CSS_URI))
    return links + html


def local_only(html, page):
    """The notebook HTML without the template's MathJax and Mermaid blocks; fail on anything remote."""
    for name, block in (("MathJax", MATHJAX), ("Mermaid", MERMAID)):
        html, found = block.subn("", html)
        if found != 1:
            raise PluginError(f"{page.file.src_uri}: expected one {name} block from the nbconvert "
                              f"template, found {found}; hooks/notebook_pages.py must be updated.")
    remote = REMOTE.search(html)
    if remote:
        raise PluginError(f"{page.file.src_uri}: the rendered notebook loads from another host: {remote.group(0)}")
    return html


def copy_sources_out_of_katex(html, page):
    html, found = COPY_SOURCE.subn(r"<pre \1>\2</pre>", html)
    if not found:
        raise PluginError(f"{page.file.src_uri}: no copy-button source holder found; hooks/notebook_pages.py must be updated.")
    return html


def download_button(page):
    label = DOWNLOAD_LABEL[getattr(page.file, "locale", "en")]
    # include_source copies the notebook, under its source name, into the page's own folder.
    name = escape(Path(page.file.src_uri).name)
    return (f'<p class="notebook-download"><a class="md-button" href="{name}" download title="{label}">'
            f'<span class="twemoji">{DOWNLOAD_ICON}</span> {label} (.ipynb)</a></p>\n')


def on_page_content(html, page, config, files):
    if not is_notebook(page.file):
        return html
    html = copy_sources_out_of_katex(local_only(html, page), page)
    return download_button(page) + shared_stylesheet(html, page, files)
