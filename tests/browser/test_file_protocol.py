"""What the README promises for a page opened from disk (file://): it reads fully, offline.

Links between pages and search need the served mode (README, "Opened from disk"): MkDocs links
point to folders (notation/), which a browser shows as a file listing, and Material fetches the
search index over http only. Those limits are documented, not tested as working.
"""

from built_site import SITE_DIR, TALLY

MATH = """() => ({
  formulas: document.querySelectorAll(".arithmatex").length,
  rendered: document.querySelectorAll(".arithmatex .katex").length,
  errors: document.querySelectorAll(".katex-error").length,
  styled: getComputedStyle(document.querySelector(".md-header")).position === "sticky",
  fonts: [...document.fonts].filter(font => font.status === "error").length,
  brokenImages: [...document.images].filter(img => !img.complete || !img.naturalWidth).map(img => img.src),
})"""


def test_page_opened_from_disk_renders_offline(page, site_page):
    external = []
    page.context.on("request", lambda r: r.url.startswith("file://") or external.append(r.url))
    page.goto((SITE_DIR / site_page.url_path / "index.html").resolve().as_uri(), wait_until="load")
    page.evaluate("document.fonts.ready.then(() => true)")
    # Figures below the fold are loading="lazy" (notebook pages): load them all now, so a broken one
    # shows up as broken rather than as not yet requested.
    page.evaluate("Promise.all([...document.images].map(img => { img.loading = 'eager'; return img.decode().catch(() => null) }))")
    math = page.evaluate(MATH)
    assert external == []
    assert math["styled"] and math["fonts"] == 0 and math["brokenImages"] == [], math
    assert math["rendered"] == math["formulas"] and math["errors"] == 0, math
    TALLY["pages opened from disk"] += 1
