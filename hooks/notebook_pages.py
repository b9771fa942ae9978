"""Publish the notebooks (docs/notebooks/*.ipynb) as pages of the site, in every language.

mkdocs-jupyter renders the stored notebooks at build time (`execute: false`: `make notebooks`
executed them once, tools/publish_notebooks.py), with one render cache per language (on_pre_build:
each language build evicts the entries it did not use). What this hook adds to its output:

1. Pages in every language: the mkdocs-static-i18n fix below (upstream issue #198).
2. Nothing from another host: nbconvert's page head (MathJax and Mermaid loaders from a CDN, the
   copy-button script, 600 KB of inlined JupyterLab and Pygments styles) is cut. The site renders
   the $…$ of the notebook markdown like any page's math.
3. Code cells as the site's code blocks: Material's copy button (labelled in the page's language,
   unlike nbconvert's "Copy to Clipboard"), the site's code colours in both schemes, and scrolling
   on narrow screens.
4. Figures as files beside the page: sized (no layout shift), lazy (every notebook opens with prose
   and code), with the alt text their cell carries in the notebook source of the page's language
   (`# %% alt="..."`). A figure without one fails the build.
5. Heading ids from the site's toc slugify (mkdocs.yml): mkdocs-jupyter slugs them to ASCII, which
   leaves a Russian heading's id empty and its table of contents pointing to `#_1`.
6. The stylesheet for what remains (docs/assets/stylesheets/notebook_pages.css), and a download
   button for the stored notebook, outputs included, labelled in the page's language.

Each step checks that the nbconvert markup it rewrites is there and fails the build naming this
file when a new mkdocs-jupyter or nbconvert changes it.
"""

import base64
import html as html_text
import posixpath
import re
import struct
from html import escape
from pathlib import Path

import material
import mkdocs_static_i18n.suffix
import nbformat
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

DOWNLOAD_LABEL = {
    "en": "Download the notebook",
    "es": "Descargar el cuaderno",
    "pt": "Baixar o notebook",
    "ru": "Скачать ноутбук",
}
DOWNLOAD_ICON = (Path(material.__file__).parent / "templates/.icons/material/download.svg").read_text()
STYLESHEET = "assets/stylesheets/notebook_pages.css"
CACHE = Path(__file__).resolve().parent.parent / ".cache" / "mkdocs-jupyter"

# The notebook itself, after nbconvert's head (scripts and styles only) and before its trailing <style>.
NOTEBOOK = re.compile(r'<div class="jupyter-wrapper">.*</div> <!-- jupyter-wrapper -->', re.DOTALL)
HEAD_ONLY = re.compile(r"\s*(?:<script\b.*?</script>|<style\b.*?</style>|<!--.*?-->|\s)*", re.DOTALL)
# One code cell's input (mkdocs_html/notebook.html.j2): copy button, highlighted source, hidden copy of it.
CODE_INPUT = re.compile(r'<div class="zeroclipboard-container">.*?</clipboard-copy>\s*</div>\s*'
                        r'<div class="highlight-ipynb hl-(\w+)[^"]*"><pre>(.*?)</pre></div>\s*'
                        r'<div [^>]*class="clipboard-copy-txt"[^>]*>.*?</div>', re.DOTALL)
HEADING = re.compile(r'<h([1-6]) id="[^"]*">(.*?)<a class="anchor-link" href="#[^"]*">¶</a></h\1>', re.DOTALL)
CELL_ID = re.compile(r'id="cell-id=([\w-]+)"')
FIGURE = re.compile(r'<img alt="No description has been provided for this image" class="" '
                    r'src="data:image/png;base64,([^"]+)"\s*/?>')
REMOTE = re.compile(r"<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*[\"']?(?:https?:)?//", re.IGNORECASE)

# mkdocs-static-i18n rebuilds every File after mkdocs-jupyter has marked the notebooks as pages, and a
# plain mkdocs File is a page only if it ends in .md: the language builds copied the notebooks' raw
# JSON instead of rendering them (ultrabug/mkdocs-static-i18n#198, open). Its suffix layout gets a
# File class that also counts notebooks as pages (static-i18n pinned in hooks/upstream.py).


def is_notebook(file):
    return file.src_uri.endswith(".ipynb")


class _NotebookAwareFile(File):
    def is_documentation_page(self):
        return is_notebook(self) or super().is_documentation_page()


def on_config(config):
    if getattr(mkdocs_static_i18n.suffix, "File", None) not in (File, _NotebookAwareFile):
        raise PluginError("hooks/notebook_pages.py replaces mkdocs_static_i18n.suffix.File (its issue #198), which "
                          "is no longer mkdocs' File: check whether the release fixes the issue, then drop or update the patch.")
    mkdocs_static_i18n.suffix.File = _NotebookAwareFile
    return config


def on_pre_build(config):
    jupyter = config.plugins["mkdocs-jupyter"]
    jupyter.config["cache_dir"] = str(CACHE / config.plugins["i18n"].current_language)


def fail(page, what):
    raise PluginError(f"{page.file.src_uri}: {what}; hooks/notebook_pages.py must be updated for this "
                      "mkdocs-jupyter/nbconvert.")


def notebook_only(html, page):
    """The notebook markup without nbconvert's head and styles; fail on anything else outside it."""
    found = NOTEBOOK.search(html)
    if not found:
        fail(page, "no jupyter-wrapper block in the rendered notebook")
    for outside in (html[:found.start()], html[found.end():]):
        if HEAD_ONLY.fullmatch(outside) is None:
            fail(page, f"markup other than scripts and styles outside the notebook: {outside[:200]!r}")
    html = found.group(0)
    remote = REMOTE.search(html)
    if remote:
        raise PluginError(f"{page.file.src_uri}: the rendered notebook loads from another host: {remote.group(0)}")
    return html


def site_code_blocks(html, page, nb):
    """Each code cell's input as the code block pymdownx.highlight writes on the site's pages."""
    html, found = CODE_INPUT.subn(r'<div class="language-\1 highlight"><pre><code>\2</code></pre></div>', html)
    expected = sum(cell.cell_type == "code" for cell in nb.cells)
    if found != expected:
        fail(page, f"{found} code cell inputs recognised, {expected} in the notebook")
    # Material names a code block after the id around it, and its copy button selects the block by that
    # name: the "=" of nbconvert's cell ids (id="cell-id=cell-3") made an invalid selector.
    html, found = CELL_ID.subn(r'id="\1"', html)
    if found != len(nb.cells):
        fail(page, f"{found} cell ids recognised, {len(nb.cells)} cells in the notebook")
    return html


def toc_links(toc):
    for link in toc:
        yield link
        yield from toc_links(link.children)


def site_heading_ids(html, page, config):
    """Each heading's id, in the page and in its table of contents, from the site's slugify."""
    slugify = config.mdx_configs["toc"]["slugify"]
    links = list(toc_links(page.toc))
    if len(HEADING.findall(html)) != len(links):
        fail(page, f"{len(HEADING.findall(html))} headings recognised, {len(links)} in the table of contents")
    seen = set()
    for link in links:
        # Python-Markdown's toc makes a repeated id unique the same way: _1, _2, ...
        base = anchor = slugify(html_text.unescape(link.title), "-")
        repeat = 0
        while anchor in seen:
            repeat += 1
            anchor = f"{base}_{repeat}"
        link.id = anchor
        seen.add(anchor)
    ids = iter(links)

    def replace(match):
        anchor = escape(next(ids).id)
        return f'<h{match[1]} id="{anchor}">{match[2]}<a class="anchor-link" href="#{anchor}">¶</a></h{match[1]}>'

    return HEADING.sub(replace, html)


def png_size(data):
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError("not a PNG")
    return struct.unpack(">II", data[16:24])


def figure_files(html, page, nb, config, files):
    """Every stored PNG output as a file beside the page, sized, lazy, with its cell's alt text."""
    alts = [cell.metadata.get("alt") for cell in nb.cells if cell.cell_type == "code"
            for output in cell.outputs if "image/png" in output.get("data", {})]
    if None in alts or "" in alts:
        raise PluginError(f"{page.file.src_uri}: figure {alts.index(None if None in alts else '') + 1} has no "
                          f'alt text: give its cell one in the notebook source (# %% alt="...").')
    images = FIGURE.findall(html)
    if len(images) != len(alts):
        fail(page, f"{len(images)} figures recognised, {len(alts)} in the notebook")
    folder = posixpath.dirname(page.file.dest_uri)
    figures = iter(range(1, len(alts) + 1))

    def replace(match):
        number = next(figures)
        data = base64.b64decode(match.group(1))
        width, height = png_size(data)
        figure = File.generated(config, posixpath.join(folder, f"figure-{number}.png"), content=data)
        files.append(figure)
        return (f'<img src="{escape(figure.url_relative_to(page.file))}" alt="{escape(alts[number - 1])}" '
                f'width="{width}" height="{height}" loading="lazy" decoding="async">')

    return FIGURE.sub(replace, html)


def download_button(page):
    label = DOWNLOAD_LABEL[getattr(page.file, "locale", "en")]
    # include_source copies the notebook, under its source name, into the page's own folder.
    name = escape(Path(page.file.src_uri).name)
    return (f'<p class="notebook-download"><a class="md-button" href="{name}" download title="{label}">'
            f'<span class="twemoji">{DOWNLOAD_ICON}</span> {label} (.ipynb)</a></p>\n')


def on_page_content(html, page, config, files):
    if not is_notebook(page.file):
        return html
    nb = nbformat.read(page.file.abs_src_path, as_version=4)
    html = notebook_only(html, page)
    html = site_code_blocks(html, page, nb)
    html = site_heading_ids(html, page, config)
    html = figure_files(html, page, nb, config, files)
    stylesheet = escape(files.get_file_from_path(STYLESHEET).url_relative_to(page.file))
    return f'<link rel="stylesheet" href="{stylesheet}">\n' + download_button(page) + html
