"""Every page in every language, as a reader's browser loads it from the local server."""

import subprocess
import sys

from built_site import AXE, SCREENSHOTS, TALLY

# Raw TeX the build left as text (hooks/katex_render.py typesets it; no script does it in the
# browser): delimiters, or a command such as \delta outside code. The page's whole body, so the
# table of contents (a heading's formula) is checked too.
MATH_REPORT = """() => {
  const root = document.body;
  const text = root.cloneNode(true);
  text.querySelectorAll("pre, code, .katex, script, style").forEach(el => el.remove());
  return {
    formulas: root.querySelectorAll("article .katex").length,
    errors: [...root.querySelectorAll(".katex-error")].map(el => el.textContent),
    unrendered: [...root.querySelectorAll(".arithmatex")]
      .filter(el => !el.querySelector(".katex")).map(el => el.textContent),
    raw: text.textContent.match(/\\\\[()\\[\\]]|\\$\\$|\\\\[a-zA-Z]+/g) || [],
    mathScripts: [...document.scripts].map(script => script.src).filter(src => /katex|auto-render/.test(src)),
    unsizedImages: [...document.images].filter(img => !img.getAttribute("width") || !img.getAttribute("height"))
      .map(img => img.src),
  };
}"""

# Python code blocks outside notebooks: a notebook cell depends on the cells before it.
SNIPPET_BLOCKS = ".md-content :is(.language-python, .language-py):not(.jupyter-wrapper *) pre"

# A block in a closed <details> or an unselected content tab: open it, as a reader would.
REVEAL = """block => {
  for (let el = block; el; el = el.parentElement) {
    if (el.tagName === "DETAILS") el.open = true;
    if (el.classList.contains("tabbed-block")) {
      const index = [...el.parentElement.children].indexOf(el);
      el.closest(".tabbed-set").querySelector(".tabbed-labels").children[index].click();
    }
  }
}"""

VISITED_LANGUAGES = set()
_snippet_runs = {}  # the same snippet appears in four languages: run it once


def axe_violations(page):
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:5]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def run_snippet(code, tmp_path):
    if code not in _snippet_runs:
        script = tmp_path / "snippet.py"
        script.write_text(code, encoding="utf-8")
        done = subprocess.run(
            [sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True,
            timeout=300, env={"PATH": "/usr/bin:/bin", "MPLBACKEND": "Agg", "HOME": str(tmp_path)},
        )
        _snippet_runs[code] = (done.returncode, done.stderr[-2000:])
        TALLY["snippets run"] += 1
        TALLY["snippets failing"] += done.returncode != 0
    return _snippet_runs[code]


def test_page(page, traffic, site_url, site_page, tmp_path):
    TALLY["pages"] += 1
    VISITED_LANGUAGES.add(site_page.lang)
    TALLY["languages"] = len(VISITED_LANGUAGES)
    response = page.goto(site_url + site_page.url_path, wait_until="networkidle")
    assert response.status == 200
    assert page.evaluate("document.documentElement.lang") == site_page.lang

    math = page.evaluate(MATH_REPORT)
    TALLY["formulas"] += math["formulas"]
    TALLY["unrendered formulas"] += len(math["errors"]) + len(math["unrendered"]) + len(math["raw"])

    violations = axe_violations(page)
    if site_page.first_of_kind:
        # One screenshot per kind of page and language, light and dark; axe checks the dark one too.
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        name = f"{site_page.lang}-{site_page.kind}"
        page.screenshot(path=SCREENSHOTS / f"{name}-light.png", full_page=True)
        dark = traffic.watch(page.context.browser.new_page(color_scheme="dark"))
        dark.goto(site_url + site_page.url_path, wait_until="networkidle")
        assert dark.evaluate("document.body.dataset.mdColorScheme") == "slate"
        violations += [f"dark: {v}" for v in axe_violations(dark)]
        dark.screenshot(path=SCREENSHOTS / f"{name}-dark.png", full_page=True)
        dark.context.close()
        TALLY["screenshots"] += 2
    TALLY["a11y violations"] += len(violations)

    failing = {}
    for block in page.locator(SNIPPET_BLOCKS).all():
        block.evaluate(REVEAL)
        block.scroll_into_view_if_needed()  # Material adds a block's buttons once it is in view (content.lazy)
        block.locator("button[data-md-type=copy]").click()
        copied = page.evaluate("navigator.clipboard.readText()")
        assert copied.strip(), "the copy button copied nothing"
        code, stderr = run_snippet(copied, tmp_path)
        if code:
            failing[copied[:200]] = stderr

    TALLY["external requests"] += len(traffic.external)
    TALLY["broken requests"] += len(traffic.broken)
    TALLY["console errors"] += len(traffic.console)
    assert traffic.external == [], "requests to other hosts"
    assert traffic.broken == [], "404s or failed requests on the site's own host"
    assert traffic.console == [], "console errors"
    assert math["errors"] == [] and math["unrendered"] == [] and math["raw"] == [], math
    assert math["mathScripts"] == [], "math typeset in the browser instead of by the build"
    assert math["unsizedImages"] == [], "images without width and height (the page moves when they load)"
    assert violations == [], "serious or critical accessibility violations"
    assert failing == {}, "snippets whose copied code fails"


def test_formulas_show_with_javascript_off(browser, site_url, site_page):
    """Reader mode, a script blocker, a slow phone before the scripts run: the math is already there."""
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + site_page.url_path, wait_until="load")
    math = page.evaluate(MATH_REPORT)
    context.close()
    assert math["formulas"] > 0 or site_page.kind == "home", site_page
    assert math["errors"] == [] and math["unrendered"] == [] and math["raw"] == [], math
    TALLY["pages with formulas shown with JavaScript off"] += 1
