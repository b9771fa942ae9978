"""Give every image of a page its intrinsic width and height, read from the image file.

Without them the browser lays the page out with a zero-height image and pushes the text below it down
once the file arrives (layout shift: up to 0.17 on the algorithm page). With them, and Material's
`max-width: 100%; height: auto`, the box has the image's proportions from the first paint at any
column width. Every image of the final page is sized, the theme's logo included, after every
hook's on_page_content (hooks/notebook_pages.py sizes the notebook figures it writes out). The sizes
come from the files the figure tool draws (tools/make_figures.py), so a redrawn figure needs no edit
of the pages; an image the hook cannot size is a warning (the strict build fails on it) rather than
a page that moves.
"""

import logging
import re
from urllib.parse import unquote, urljoin, urlsplit

from notebook_pages import png_size  # MkDocs puts hooks/ on sys.path while it loads a hook

IMAGE = re.compile(r"<img\b[^>]*>")
SRC = re.compile(r'\bsrc="([^"]*)"')
SIZED = re.compile(r"\b(?:width|height)=")
SVG_ROOT = re.compile(rb"<svg\b[^>]*>")
SITE_FILES = {}
LENGTH = {"px": 1.0, "pt": 4 / 3, "": 1.0}  # CSS px per unit

log = logging.getLogger("mkdocs.hooks.image_sizes")


def svg_size(data):
    """The root's width and height (px or pt), or its viewBox's: an icon's proportions are what count."""
    root = SVG_ROOT.search(data)
    root = root.group(0) if root else b""
    sizes = [re.search(rb'\s' + name + rb'="([\d.]+)(px|pt)?"', root) for name in (b"width", b"height")]
    if all(sizes):
        return tuple(round(float(size.group(1)) * LENGTH[(size.group(2) or b"").decode()]) for size in sizes)
    view_box = re.search(rb'\sviewBox="[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)"', root)
    if not view_box:
        raise ValueError("the <svg> root has neither width and height in px or pt nor a viewBox")
    return tuple(round(float(value)) for value in view_box.groups())


def intrinsic_size(path):
    data = open(path, "rb").read()
    if path.endswith(".svg"):
        return svg_size(data)
    if path.endswith(".png"):
        return png_size(data)
    raise ValueError("only SVG and PNG images are sized")


def on_files(files, config):
    global SITE_FILES  # this language build's files, for on_post_page (which is not given them)
    SITE_FILES = {file.url: file.abs_src_path for file in files if file.abs_src_path}


# The final page, theme included: the header's logo is an image too.
def on_post_page(html, page, config):
    def sized(match):
        tag = match.group(0)
        src = SRC.search(tag)
        if SIZED.search(tag) or not src:
            return tag  # sized by its author (or by hooks/notebook_pages.py)
        url = urlsplit(urljoin("/" + page.url, src.group(1)))
        path = SITE_FILES.get(unquote(url.path).lstrip("/")) if url.scheme in ("", "http", "https") and not url.netloc else None
        try:
            if path is None:
                raise ValueError("not a file of the site")
            width, height = intrinsic_size(path)
        except (OSError, ValueError) as error:
            log.warning(f"{page.file.src_uri}: cannot size the image {src.group(1)}: {error}")
            return tag
        return tag.replace("<img", f'<img width="{width}" height="{height}"', 1)

    return IMAGE.sub(sized, html)
