"""Every page in every language, as a reader's browser loads it from the local server: one visit.

The page is loaded once and read the ways its readers read it (page_checks.py holds the scripts):

- on a desktop screen: its language, every formula typeset by the build (no raw TeX left, no math
  script), images sized and loading (lazy ones too), no serious accessibility violation (axe-core;
  light and dark for the first page of each kind), the language selector leading to the same page
  in every language, display formulas fitting the column at 1280 and 1600 px;
- on a translated page: no English interface string (compared with the English page);
- on a phone (375 px): no code line under another element, no text cut off;
- its Python code blocks: each holds a snippet of snippets/ exactly (tests/source/test_snippets.py
  runs those from an empty folder; code that is no snippet is run here), and the first block's copy
  button copies its code;
- no request to another host, no failed request, no console error;
- with JavaScript off, and opened from disk (file://): every formula is there, offline (once per
  kind of page and language);
- a notebook page: as many formulas as the stored notebook's markdown has, no code or output line
  cut off at its cell's edge, every stored figure shown in proportion (lazy ones below the fold),
  the last cell's copy button copies its source, and the download gives the executed notebook.

The blocks the page renders lazily (below the fold) are laid out for the checks that read every
box. Every finding is collected, and the test fails once, naming each.
"""

import re
import subprocess
import sys

import nbformat

from built_site import REPO, SCREENSHOTS, SITE_DIR, TALLY, language_home, languages
from notebook_paths import page_dir, publish
from page_checks import (
    BROKEN_IMAGES, FROM_DISK, INTERFACE_STRINGS, LAY_OUT_EVERYTHING, MATH_REPORT, OVERFLOWING,
    PHONE, PHONE_CHECK, REVEAL, SELECTOR_LINKS, SNIPPET_BLOCKS, SNIPPET_CODE, axe_violations, is_english, resize,
)

DESKTOP = {"width": 1280, "height": 900}
SNIPPETS = {path.read_text(encoding="utf-8").strip(): path.name for path in (REPO / "snippets").glob("*.py")}

_english_strings = {}  # per page path: the strings of the English page, read once per worker
_code_runs = {}  # code that is no snippet, run once per worker


def math_problems(math):
    return math["errors"] + math["unrendered"] + math["raw"]


def interface_strings(page):
    return page.evaluate(INTERFACE_STRINGS)


def english_strings_of(browser, site_url, path):
    """Read on the English page's visit, run just before on this worker; else (a -k selection) now."""
    if path not in _english_strings:
        english = browser.new_page()
        english.goto(site_url + path, wait_until="load")
        _english_strings[path] = {text for _, text in interface_strings(english)}
        english.context.close()
        assert len(_english_strings[path]) > 20, f"too little collected on the English page /{path}"
    return _english_strings[path]


def run_code(code, tmp_path):
    """Code that is none of snippets/: run it as a reader would, from an empty folder."""
    if code not in _code_runs:
        script = tmp_path / "copied.py"
        script.write_text(code, encoding="utf-8")
        done = subprocess.run(
            [sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True,
            timeout=300, env={"PATH": "/usr/bin:/bin", "MPLBACKEND": "Agg", "HOME": str(tmp_path)},
        )
        _code_runs[code] = done.stderr[-2000:] if done.returncode else None
    return _code_runs[code]


def screenshots(page, browser, url, name, traffic):
    """Light (the whole page) and dark (its first screen); the dark page's accessibility violations."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{name}-light.png", full_page=True)
    dark = traffic.watch(browser.new_page(color_scheme="dark", viewport=DESKTOP))
    dark.goto(url, wait_until="load")
    assert dark.evaluate("document.body.dataset.mdColorScheme") == "slate"
    violations = [f"dark: {v}" for v in axe_violations(dark)]
    dark.screenshot(path=SCREENSHOTS / f"{name}-dark.png")
    dark.context.close()
    TALLY["screenshots"] += 2
    return violations


def without_javascript(browser, url, site_page, report):
    """Reader mode, a script blocker, a slow phone before the scripts run: the math is already there."""
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(url, wait_until="load")
    math = page.evaluate(MATH_REPORT)
    context.close()
    report("with JavaScript off: no formula", [] if math["formulas"] or site_page.kind == "home" else [url])
    report("with JavaScript off: formulas not typeset", math_problems(math))
    TALLY["pages with formulas shown with JavaScript off"] += 1


def from_disk(browser, site_page, report):
    """Opened from disk, the page reads fully, offline (links and search need the served mode: README,
    "Opened from disk")."""
    context = browser.new_context()
    page = context.new_page()
    elsewhere = []
    context.on("request", lambda r: r.url.startswith("file://") or elsewhere.append(r.url))
    page.goto((SITE_DIR / site_page.url_path / "index.html").resolve().as_uri(), wait_until="load")
    page.evaluate("document.fonts.ready.then(() => true)")
    broken = page.evaluate(BROKEN_IMAGES)
    shown = page.evaluate(FROM_DISK)
    context.close()
    report("opened from disk: requests", elsewhere)
    report("opened from disk: unstyled, fonts or images missing",
           [] if shown["styled"] and not shown["fonts"] and not broken else [{**shown, "brokenImages": broken}])
    report("opened from disk: formulas not typeset",
           [] if shown["rendered"] == shown["formulas"] and not shown["errors"] else [shown])
    TALLY["pages opened from disk"] += 1


def stored_notebook(site_page):
    """The stored notebook (tools/publish_notebooks.py) a notebook page shows, and its file."""
    (path,) = [publish.published_path(*pair) for pair in publish.all_notebooks() if page_dir(*pair) == site_page.url_path]
    return nbformat.read(path, as_version=4), path


def notebook_problems(page, site_page, tmp_path):
    """What is wrong with a notebook page's formulas, cells, figures, copy button and download."""
    stored, stored_path = stored_notebook(site_page)
    problems = []
    body = page.locator(".jupyter-wrapper")
    # The build typesets every $…$ and $$…$$ of the notebook's markdown (hooks/math_render.py).
    markdown = "\n".join(cell.source for cell in stored.cells if cell.cell_type == "markdown")
    display = len(re.findall(r"\$\$.+?\$\$", markdown, re.DOTALL))
    inline = len(re.findall(r"\$[^$]+\$", re.sub(r"\$\$.+?\$\$", "", markdown, flags=re.DOTALL)))
    shown = (body.locator("math[display=block]").count(), body.locator("math").count())
    if not display or not inline or shown != (display, display + inline):
        problems.append(f"formulas (display, all): {shown}, the notebook has {(display, display + inline)}")

    # The cell editor clips what its <pre> cannot show (overflow: hidden, no scrollbar): a code or
    # output line wider than the content column would be cut off for the reader.
    problems += [f"line cut off at the cell's edge: {line!r}" for line in body.locator(
        ".jp-InputArea-editor pre, .jp-OutputArea-output pre").evaluate_all(
        "pres => pres.filter(pre => pre.scrollWidth > pre.clientWidth)"
        ".map(pre => pre.textContent.split('\\n').reduce((a, b) => b.length > a.length ? b : a))")]

    figures = body.locator(".jp-OutputArea-output img")
    stored_figures = sum("image/png" in output.get("data", {})
                         for cell in stored.cells if cell.cell_type == "code" for output in cell.outputs)
    if not stored_figures or figures.count() != stored_figures:
        problems.append(f"{figures.count()} figures shown, {stored_figures} stored")
    # Lazy images are below the fold: none is in the first screen, where lazy loading would delay it
    # (measured from the top of the page: the checks before may have scrolled it).
    if figures.evaluate_all("imgs => imgs.filter(img => img.getBoundingClientRect().top + scrollY < innerHeight).length"):
        problems.append("a figure in the first screen")
    for index in range(figures.count()):
        figures.nth(index).scroll_into_view_if_needed()
        figures.nth(index).evaluate("img => img.decode()")
        width, height, ratio = figures.nth(index).evaluate("img => [img.naturalWidth, img.naturalHeight, img.width / img.height]")
        if not width or abs(ratio - width / height) > 0.01:
            problems.append(f"figure {index} shown out of proportion")

    # Material's copy button of a code cell copies that cell's source.
    sources = [cell.source for cell in stored.cells if cell.cell_type == "code"]
    blocks = body.locator(".highlight pre")
    if blocks.count() != len(sources):
        problems.append(f"{blocks.count()} code blocks for {len(sources)} code cells")
    blocks.last.scroll_into_view_if_needed()  # Material adds a block's buttons once it is in view
    blocks.last.locator("button[data-md-type=copy]").click()
    TALLY["copy buttons clicked"] += 1
    if page.evaluate("navigator.clipboard.readText()").rstrip("\n") != sources[-1]:
        problems.append("the last cell's copy button did not copy its source")

    with page.expect_download() as download:
        page.locator("a[download]").click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    if saved.suffix != ".ipynb" or saved.read_bytes() != stored_path.read_bytes():
        problems.append(f"the download {saved.name} is not the stored notebook {stored_path.name}")
    return problems


def test_page(page, browser, traffic, site_url, visited_page, tmp_path):
    site_page = visited_page
    url = site_url + site_page.url_path
    found = {}  # what is wrong, by check

    def report(check, problems):
        if problems:
            found[check] = problems

    TALLY["pages"] += 1
    TALLY["pages under a sub-path"] += 1  # the build is for /backprop/ (built_site.py)
    page.set_viewport_size(DESKTOP)
    response = page.goto(url, wait_until="load")
    assert response.status == 200
    report("language", [] if page.evaluate("document.documentElement.lang") == site_page.lang else [site_page.lang])

    math = page.evaluate(MATH_REPORT)
    TALLY["formulas"] += math["formulas"]
    TALLY["unrendered formulas"] += len(math_problems(math))
    report("formulas not typeset by the build", math_problems(math))
    report("math typeset in the browser instead of by the build", math["mathScripts"])
    report("images without width and height (the page moves when they load)", math["unsizedImages"])

    expected = {lang: language_home(site_url, root) + site_page.path for lang, root in languages()}
    links = page.evaluate(SELECTOR_LINKS)
    report("language selector", [f"{lang}: {links.get(lang)}" for lang in expected if links.get(lang) != expected[lang]])

    report("broken images", page.evaluate(BROKEN_IMAGES))
    page.add_style_tag(content=LAY_OUT_EVERYTHING)
    for width in (1600, DESKTOP["width"]):
        resize(page, width, DESKTOP["height"])
        report(f"display formulas wider than the column at {width} px", page.evaluate(OVERFLOWING))
        TALLY["formula layouts checked"] += 1

    violations = axe_violations(page)
    if site_page.first_of_kind:  # one screenshot per kind of page and language, light and dark
        violations += screenshots(page, browser, url, f"{site_page.lang}-{site_page.kind}", traffic)
    TALLY["a11y violations"] += len(violations)
    report("serious or critical accessibility violations", violations)

    strings = interface_strings(page)
    assert len(strings) > 20, f"too little collected on {site_page}"
    if site_page.lang == languages()[0][0]:
        _english_strings[site_page.path] = {text for _, text in strings}
    else:
        english = english_strings_of(browser, site_url, site_page.path)
        report("English interface strings", sorted({f"{kind}: {text[:120]!r}" for kind, text in strings
                                                    if is_english(text, english, kind)}))
        TALLY["translated pages read for English"] += 1

    # Each block holds a file of snippets/ (or code that runs); a reader's click on the first block's
    # button copies it exactly (Material's button copies its block, the same way on every block).
    failing = []
    blocks = page.evaluate(SNIPPET_CODE, SNIPPET_BLOCKS)
    for code in blocks:
        TALLY["code blocks read"] += 1
        if code.strip() not in SNIPPETS:
            TALLY["code run (not a snippet)"] += 1
            error = run_code(code, tmp_path)
            if error:
                failing.append(f"{code[:200]!r}: {error}")
    if blocks:
        block = page.locator(SNIPPET_BLOCKS).first
        block.evaluate(REVEAL)
        block.scroll_into_view_if_needed()
        block.locator("button[data-md-type=copy]").click()
        copied = page.evaluate("navigator.clipboard.readText()")
        TALLY["copy buttons clicked"] += 1
        if copied.strip() != blocks[0].strip():
            failing.append(f"the first copy button copied {copied[:200]!r}, not its block's code")
    report("code blocks that fail", failing)
    if site_page.kind == "notebook":
        report("notebook", notebook_problems(page, site_page, tmp_path))

    resize(page, **PHONE)
    phone = page.evaluate(PHONE_CHECK)
    TALLY["pages checked at 375 px"] += 1
    report("code lines under another element at 375 px", phone["covered"])
    report("text cut off at 375 px with no way to scroll to it", phone["cut"])
    report("page wider than the screen at 375 px", [f"{phone['wider']} px"] if phone["wider"] > 0 else [])

    TALLY["external requests"] += len(traffic.external)
    TALLY["broken requests"] += len(traffic.broken)
    TALLY["console errors"] += len(traffic.console)
    report("requests to other hosts", traffic.external)
    report("404s or failed requests on the site's own host", traffic.broken)
    report("console errors", traffic.console)

    if site_page.first_of_kind:
        # Once per kind of page and language (pages of a kind share their stylesheets, fonts and
        # scripts; every page's images and formulas were checked above, and no math script runs).
        without_javascript(browser, url, site_page, report)
        from_disk(browser, site_page, report)

    assert found == {}, f"{site_page}: " + "; ".join(f"{check}: {problems}" for check, problems in found.items())
