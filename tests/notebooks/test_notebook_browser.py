"""The notebook pages in Chromium: their math arrives as MathML, figures show (lazy only below the fold), a
cell's copy button copies its source, the download works."""

import re
from urllib.parse import urlparse

import nbformat

from notebook_paths import page_dir, publish


def formulas(notebook):
    """(display, inline) formula counts in the markdown of the stored notebook."""
    markdown = "\n".join(cell.source for cell in nbformat.read(publish.published_path(*notebook), as_version=4).cells
                         if cell.cell_type == "markdown")
    display = re.findall(r"\$\$.+?\$\$", markdown, re.DOTALL)
    inline = re.findall(r"\$[^$]+\$", re.sub(r"\$\$.+?\$\$", "", markdown, flags=re.DOTALL))
    return len(display), len(inline)


def test_notebook_page_in_the_browser(page, site_url, notebook, tmp_path):
    name, language = notebook
    own_host = urlparse(site_url).netloc
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(site_url + page_dir(name, language), wait_until="load")

    notebook_body = page.locator(".jupyter-wrapper")
    # The build typesets every $…$ and $$…$$ of the notebook's markdown (hooks/math_render.py).
    display, inline = formulas(notebook)
    assert display and inline
    assert notebook_body.locator("math[display=block]").count() == display
    assert notebook_body.locator("math").count() == display + inline
    assert notebook_body.locator(".temml-error").count() == 0
    markdown_text = " ".join(notebook_body.locator(".jp-RenderedMarkdown").all_inner_texts())
    assert "$" not in markdown_text, "a formula was left unrendered"

    # The cell editor clips what its <pre> cannot show (overflow: hidden, no scrollbar): a code or
    # output line wider than the content column would be cut off for the reader.
    clipped = notebook_body.locator(".jp-InputArea-editor pre, .jp-OutputArea-output pre").evaluate_all(
        "pres => pres.filter(pre => pre.scrollWidth > pre.clientWidth)"
        ".map(pre => pre.textContent.split('\\n').reduce((a, b) => b.length > a.length ? b : a))")
    assert clipped == [], f"lines cut off at the cell's edge: {clipped}"

    figures = notebook_body.locator(".jp-OutputArea-output img")
    stored = nbformat.read(publish.published_path(name, language), as_version=4)
    assert figures.count() == sum("image/png" in output.get("data", {})
                                  for cell in stored.cells if cell.cell_type == "code" for output in cell.outputs)
    # Lazy images are below the fold: none is in the first screen, where lazy loading would delay it.
    assert figures.evaluate_all("imgs => imgs.filter(img => img.getBoundingClientRect().top < innerHeight)") == []
    for index in range(figures.count()):
        figures.nth(index).scroll_into_view_if_needed()
        figures.nth(index).evaluate("img => img.decode()")
        size = figures.nth(index).evaluate("img => [img.naturalWidth, img.naturalHeight, img.width / img.height]")
        assert size[0] > 0 and abs(size[2] - size[0] / size[1]) < 0.01, "figure shown out of proportion"

    # Material's copy button of a code cell copies that cell's source.
    sources = [cell.source for cell in stored.cells if cell.cell_type == "code"]
    blocks = notebook_body.locator(".highlight pre")
    assert blocks.count() == len(sources)
    blocks.last.scroll_into_view_if_needed()  # Material adds a block's buttons once it is in view
    blocks.last.locator("button[data-md-type=copy]").click()
    assert page.evaluate("navigator.clipboard.readText()").rstrip("\n") == sources[-1]

    foreign = [url for url in requested if urlparse(url).scheme in ("http", "https")
               and urlparse(url).netloc != own_host]
    assert not foreign, f"requests to other hosts: {foreign}"

    with page.expect_download() as download:
        page.locator("a[download]").click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    assert saved.suffix == ".ipynb"
    nb = nbformat.read(saved, as_version=4)
    nbformat.validate(nb)
    assert any("image/png" in output.get("data", {}) for cell in nb.cells for output in cell.get("outputs", []))
