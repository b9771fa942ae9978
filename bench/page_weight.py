"""Page weight of a first visit: JS + CSS + fonts + math, in gzip bytes, per page of the built site.

Chromium (Debian's, through Playwright) loads each page with an empty cache from a local server;
every response is recorded, gzipped at level 6 (what a web server sends) and summed by type.
The target is at most 200 KB gz on every page (issue 14: a first visit on a phone); the exit status says
whether it is met.

    .venv/bin/python bench/page_weight.py [SITE_DIR] [PAGE ...]   # default: site, every home page
"""

import gzip
import sys
from collections import Counter
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
from local_server import CHROMIUM, serving  # noqa: E402  (the server and browser settings the tests use too)

LIMIT = 200 * 1024


def kind(url, content_type):
    """JS, CSS, font, math (KaTeX's stylesheet and fonts), html or other (images, search index, sitemap)."""
    if "/assets/vendor/katex/" in url:
        return "math"
    if "text/html" in content_type:
        return "html"  # shown, not in the total: the typeset formulas are in it (hooks/katex_render.py)
    if "javascript" in content_type or url.split("?")[0].endswith(".js"):
        return "js"
    if "css" in content_type:
        return "css"
    if "font" in content_type or url.split("?")[0].endswith((".woff2", ".woff", ".ttf")):
        return "font"
    return "other"


def weigh(browser, url):
    """Gzip bytes by kind of one first load (fresh context: nothing cached)."""
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
    context.close()
    return sizes


def main(site="site", *paths):
    site = Path(site)
    if not paths:  # every page of the site
        paths = sorted(
            p.parent.relative_to(site).as_posix().removeprefix(".") + "/"
            for p in site.rglob("index.html")
            if p.parent.relative_to(site).parts[:1] not in (("assets",), ("search",))
        )
        paths = [p.lstrip("/") for p in paths]
    worst = 0
    with serving(site) as port, sync_playwright() as playwright:
        base = f"http://127.0.0.1:{port}/"
        browser = playwright.chromium.launch(**CHROMIUM)
        print(f"{'page':40} {'js':>8} {'css':>8} {'font':>8} {'math':>8} {'total':>9} {'html':>8}"
              "  (KB gzip; total = js+css+font+math)")
        for path in paths:
            sizes = weigh(browser, base + path)
            total = sizes["js"] + sizes["css"] + sizes["font"] + sizes["math"]
            worst = max(worst, total)
            row = " ".join(f"{sizes[k] / 1024:8.1f}" for k in ("js", "css", "font", "math"))
            print(f"/{path:39} {row} {total / 1024:9.1f} {sizes['html'] / 1024:8.1f}")
        browser.close()
    print(f"heaviest first load: {worst / 1024:.1f} KB gz (limit {LIMIT // 1024} KB)")
    return 0 if worst <= LIMIT else 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
