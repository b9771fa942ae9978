"""The built notebook pages: HTML (not the raw JSON), rendered, local only, with a working download.

In Chromium: every page's visit (tests/browser/test_pages.py) checks a notebook page's formulas, figures,
cells, copy button and download too."""

import base64
import importlib.util
import re
from html import escape, unescape
from html.parser import HTMLParser
from urllib.parse import urljoin, urlparse

import nbformat

from notebook_paths import REPO, page_dir, publish

_spec = importlib.util.spec_from_file_location("notebook_pages", REPO / "hooks" / "notebook_pages.py")
notebook_pages = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(notebook_pages)

# Elements whose URL the browser loads by itself, and the attribute holding it.
LOADED = {"script": "src", "link": "href", "img": "src", "iframe": "src", "source": "src", "audio": "src",
          "video": "src", "embed": "src", "object": "data"}


class Page(HTMLParser):
    """What the tests look at in one built page."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.loaded, self.downloads, self.inline_scripts, self.headings, self.nav = [], [], [], [], []
        self.images = []
        self._script = self._heading = self._link = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        # rel=canonical/alternate/prev/next name a page, the browser does not fetch them.
        fetched = tag != "link" or not {"canonical", "alternate", "prev", "next"} & set(attrs.get("rel", "").split())
        if tag in LOADED and attrs.get(LOADED[tag]) and fetched:
            self.loaded.append(attrs[LOADED[tag]])
        if tag == "script" and not attrs.get("src"):
            self._script = []
        if tag == "img":
            self.images.append(attrs)
        if tag == "a" and "download" in attrs:
            self.downloads.append(attrs)
        if tag == "a" and "md-nav__link" in attrs.get("class", ""):
            self._link = [attrs.get("href", ""), []]
        if re.fullmatch(r"h[1-6]", tag):
            self._heading = [tag, []]

    def handle_data(self, data):
        for part in (self._script, self._heading and self._heading[1], self._link and self._link[1]):
            if part is not None:
                part.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self.inline_scripts.append("".join(self._script))
            self._script = None
        if re.fullmatch(r"h[1-6]", tag) and self._heading:
            self.headings.append((self._heading[0], "".join(self._heading[1]).strip(" ¶\n")))
            self._heading = None
        if tag == "a" and self._link:
            self.nav.append((self._link[0], " ".join("".join(self._link[1]).split())))
            self._link = None


def built(site, notebook):
    name, language = notebook
    path = site / page_dir(name, language) / "index.html"
    assert path.is_file(), f"notebook page missing: {path}"
    return path, path.read_text(encoding="utf-8")


def stored(notebook):
    return nbformat.read(publish.published_path(*notebook), as_version=4)


def markdown_headings(nb):
    return [(f"h{len(m.group(1))}", m.group(2).strip()) for cell in nb.cells if cell.cell_type == "markdown"
            for m in re.finditer(r"^(#{1,6}) (.+)$", cell.source, re.MULTILINE)]


def test_page_is_rendered_html_not_raw_json(site, notebook):
    _, html = built(site, notebook)
    assert html.lstrip().lower().startswith("<!doctype html>")
    assert '"cell_type"' not in html and '"nbformat"' not in html, "the notebook JSON leaked into the page"
    assert 'class="jp-Notebook"' in html
    page = Page(html)
    # Every heading of the notebook's markdown is a rendered heading of the page.
    missing = [h for h in markdown_headings(stored(notebook)) if h not in page.headings]
    assert not missing, f"headings not rendered: {missing}"


def test_page_math_is_typeset_by_the_build(site, notebook):
    """Each $$…$$ of the notebook's markdown arrives typeset as MathML (its TeX kept in it), no $$ left."""
    _, html = built(site, notebook)
    nb = stored(notebook)
    formulas = [f for cell in nb.cells if cell.cell_type == "markdown"
                for f in re.findall(r"\$\$(.+?)\$\$", cell.source, re.DOTALL)]
    assert formulas
    for formula in formulas:
        assert f'<annotation encoding="application/x-tex">{escape(formula.strip())}</annotation>' in html, \
            f"display formula not typeset: {formula!r}"
    assert "$$" not in unescape(re.sub(r"<(pre|script)\b.*?</\1>", "", html, flags=re.DOTALL))
    assert not re.search(r"<script[^>]*(katex|temml|mathjax|auto-render)", html, re.I), "math typeset in the browser"


def test_page_shows_every_stored_figure(site, notebook):
    """Each stored PNG output is a file beside the page, sized, lazy, with its cell's alt text."""
    path, html = built(site, notebook)
    nb = stored(notebook)
    figures = [(base64.b64decode(output.data["image/png"]), cell.metadata["alt"]) for cell in nb.cells
               if cell.cell_type == "code" for output in cell.outputs if "image/png" in output.get("data", {})]
    images = Page(html[html.index('class="jupyter-wrapper"'):]).images
    assert figures and len(images) == len(figures)
    for attrs, (png, alt) in zip(images, figures):
        assert not attrs["src"].startswith("data:"), "figure inlined in the page"
        assert (path.parent / attrs["src"]).read_bytes() == png
        assert attrs["alt"] == alt and len(alt) > 40
        assert (int(attrs["width"]), int(attrs["height"])) == notebook_pages.png_size(png)
        assert attrs["loading"] == "lazy"


def test_code_cells_are_site_code_blocks(site, notebook):
    """Each code cell is the code block of the site's pages (Material's copy button, colours), its text the source."""
    _, html = built(site, notebook)
    blocks = re.findall(r'<div class="language-python highlight"><pre>(.*?)</pre></div>', html, re.DOTALL)
    sources = [cell.source for cell in stored(notebook).cells if cell.cell_type == "code"]
    assert [unescape(re.sub(r"<[^>]+>", "", block)).strip("\n") for block in blocks] == sources


def test_page_carries_no_nbconvert_interface_text(site, notebook):
    """No English label of nbconvert's template on a page of any language (issue 13), nor its script."""
    _, html = built(site, notebook)
    for text in ("Copy to Clipboard", "Copied!", "No description has been provided", "clipboard-copy"):
        assert text not in html


def test_page_stylesheets_exist(site, notebook):
    path, html = built(site, notebook)
    base = "http://site/" + path.relative_to(site).as_posix()
    sheets = [url for url in Page(html).loaded if url.split("?")[0].endswith(".css")]
    assert any(url.endswith(notebook_pages.STYLESHEET) for url in sheets)
    for url in sheets:
        target = site / urlparse(urljoin(base, url)).path.lstrip("/")
        assert target.is_file(), f"stylesheet {url} is not in the site"
    assert "<style" not in html, "styles inlined in the page (nbconvert's stylesheets)"


def test_notebook_stylesheet_styles_only_what_the_pages_have(site):
    """Every class the notebook stylesheet names is on some notebook page: it carries no unused rules."""
    pages = "".join(built(site, pair)[1] for pair in publish.all_notebooks())
    classes = set(re.findall(r"\.([A-Za-z][\w-]*)", re.sub(r"/\*.*?\*/|\{[^}]*\}", "", (REPO / "docs" / notebook_pages.STYLESHEET).read_text(), flags=re.DOTALL)))
    assert classes
    present = set(re.findall(r'class="([^"]*)"', pages))
    present = {name for value in present for name in value.split()}
    assert classes - present == set(), "rules for classes no notebook page has"


def test_download_button_gives_the_executed_notebook(site, notebook):
    name, language = notebook
    path, html = built(site, notebook)
    downloads = Page(html).downloads
    assert len(downloads) == 1, downloads
    assert downloads[0]["title"] == notebook_pages.DOWNLOAD_LABEL[language]
    target = path.parent / downloads[0]["href"]
    assert target.is_file(), f"download link points at a missing file: {target}"
    assert target.read_bytes() == publish.published_path(name, language).read_bytes()
    nb = nbformat.read(target, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata.kernelspec.name == "python3"
    assert any(cell.get("outputs") for cell in nb.cells), "the download must carry the outputs"


def test_navigation_lists_the_notebook_in_its_language(site, notebook):
    name, language = notebook
    home = site / page_dir(name, language).replace(f"notebooks/{name}/", "") / "index.html"
    title = next(text for level, text in markdown_headings(stored(notebook)) if level == "h1")
    entries = Page(home.read_text(encoding="utf-8")).nav
    assert (f"notebooks/{name}/", title) in entries, f"no nav entry '{title}' in {home}: {entries}"
