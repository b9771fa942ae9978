"""Give every image of a page its intrinsic width and height, read from the image file.

Without them the browser lays the page out with a zero-height image and pushes the text below it down
once the file arrives (layout shift: up to 0.17 on the algorithm page). With them, and Material's
`max-width: 100%; height: auto`, the box has the image's proportions from the first paint at any
column width. The sizes come from the files the figure tool draws (tools/make_figures.py), so a
redrawn figure needs no edit of the pages, or from the PNG itself when a notebook's figure is
inlined; an image the hook cannot size is a warning (the strict build fails on it) rather than a
page that moves. It runs after hooks/notebook_pages.py (mkdocs.yml), on the markup that hook leaves.
"""

import base64
import logging
import re
import struct
from urllib.parse import unquote, urljoin, urlsplit

IMAGE = re.compile(r"<img\b[^>]*>")
SRC = re.compile(r'\bsrc="([^"]*)"')
SIZED = re.compile(r"\b(?:width|height)=")
SVG_ROOT = re.compile(rb"<svg\b[^>]*>")
PNG_DATA = "data:image/png;base64,"
LENGTH = {"px": 1.0, "pt": 4 / 3, "": 1.0}  # CSS px per unit

log = logging.getLogger("mkdocs.hooks.image_sizes")


def svg_size(data):
    root = SVG_ROOT.search(data)
    sizes = []
    for name in (b"width", b"height"):
        value = re.search(rb'\b' + name + rb'="([\d.]+)(px|pt)?"', root.group(0)) if root else None
        if not value:
            raise ValueError("the <svg> root has no width and height in px or pt")
        sizes.append(round(float(value.group(1)) * LENGTH[(value.group(2) or b"").decode()]))
    return tuple(sizes)


def png_size(data):
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError("not a PNG")
    return struct.unpack(">II", data[16:24])


def intrinsic_size(path):
    data = open(path, "rb").read()
    if path.endswith(".svg"):
        return svg_size(data)
    if path.endswith(".png"):
        return png_size(data)
    raise ValueError("only SVG and PNG images are sized")


def on_page_content(html, page, config, files):
    by_url = {file.url: file.abs_src_path for file in files if file.abs_src_path}

    def sized(match):
        tag = match.group(0)
        src = SRC.search(tag)
        if SIZED.search(tag) or not src:
            return tag  # sized by its author (or by hooks/notebook_pages.py)
        url = urlsplit(urljoin("/" + page.url, src.group(1)))
        path = by_url.get(unquote(url.path).lstrip("/")) if url.scheme in ("", "http", "https") and not url.netloc else None
        try:
            if src.group(1).startswith(PNG_DATA):
                width, height = png_size(base64.b64decode(src.group(1)[len(PNG_DATA):][:32]))  # the header is enough
            elif path is None:
                raise ValueError("not a file of the site")
            else:
                width, height = intrinsic_size(path)
        except (OSError, ValueError) as error:
            log.warning(f"{page.file.src_uri}: cannot size the image {src.group(1)}: {error}")
            return tag
        return tag.replace("<img", f'<img width="{width}" height="{height}"', 1)

    return IMAGE.sub(sized, html)
