"""Page weight of a first visit: JS + CSS + fonts + math, in gzip bytes, and elements, per page of the built site.

Chromium (Debian's, through Playwright) loads each page with an empty cache from a local server;
every response is recorded, gzipped at level 6 (what a web server sends) and summed by type, and the
page's elements are counted once it has loaded (every one is styled and laid out: the more, the
longer a phone's main thread is busy). The targets are at most 110 KB gz and 7,000 elements on every
page (issues 14 and 21: a first visit on a phone); the exit status says whether they are met.

    .venv/bin/python bench/page_weight.py [SITE_DIR] [PAGE ...]   # default: site, every home page
"""

import gzip
import sys
from collections import Counter
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
from local_server import CHROMIUM, serving  # noqa: E402  (the server and browser settings the tests use too)

LIMIT = 110 * 1024
ELEMENTS = 7000


def kind(url, content_type):
    """JS, CSS, font, math (the math font and its stylesheet), html or other (images, search index, sitemap)."""
    if url.split("?")[0].endswith(("/assets/fonts/math.woff2", "/assets/stylesheets/math.css")):
        return "math"
    if "text/html" in content_type:
        return "html"  # shown, not in the total: the typeset formulas are in it (hooks/math_render.py)
    if "javascript" in content_type or url.split("?")[0].endswith(".js"):
        return "js"
    if "css" in content_type:
        return "css"
    if "font" in content_type or url.split("?")[0].endswith((".woff2", ".woff", ".ttf")):
        return "font"
    return "other"


def weigh(browser, url):
    """Gzip bytes by kind of one first load (fresh context: nothing cached), and its elements."""
    context = browser.new_context()
    page = context.new_page()
    responses = []
    context.on("response", lambda response: responses.append(response))
    page.goto(url, wait_until="networkidle")
    sizes = Counter()
    for response in responses:
        if response.status != 200:
            continue
        body = response.body()
        sizes[kind(response.url, response.headers.get("content-type", ""))] += len(gzip.compress(body, 6))
    elements = page.evaluate("document.getElementsByTagName('*').length")
    context.close()
    return sizes, elements


def main(site="site", *paths):
    site = Path(site)
    if not paths:  # every page of the site
        paths = sorted(
            p.parent.relative_to(site).as_posix().removeprefix(".") + "/"
            for p in site.rglob("index.html")
            if p.parent.relative_to(site).parts[:1] not in (("assets",), ("search",))
        )
        paths = [p.lstrip("/") for p in paths]
    worst = most = 0
    with serving(site) as port, sync_playwright() as playwright:
        base = f"http://127.0.0.1:{port}/"
        browser = playwright.chromium.launch(**CHROMIUM)
        print(f"{'page':40} {'js':>8} {'css':>8} {'font':>8} {'math':>8} {'total':>9} {'html':>8} {'elements':>9}"
              "  (KB gzip; total = js+css+font+math)")
        for path in paths:
            sizes, elements = weigh(browser, base + path)
            total = sizes["js"] + sizes["css"] + sizes["font"] + sizes["math"]
            worst, most = max(worst, total), max(most, elements)
            row = " ".join(f"{sizes[k] / 1024:8.1f}" for k in ("js", "css", "font", "math"))
            print(f"/{path:39} {row} {total / 1024:9.1f} {sizes['html'] / 1024:8.1f} {elements:9,}")
        browser.close()
    print(f"heaviest first load: {worst / 1024:.1f} KB gz (limit {LIMIT // 1024} KB); "
          f"most elements: {most:,} (limit {ELEMENTS:,})")
    return 0 if worst <= LIMIT and most <= ELEMENTS else 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
