"""The two explorers in Chromium, in every language: each control moves the chart to the data file's values.

The values are read back from the drawing, not from the script: each marker's position is turned
into a value with the axis ticks the build drew (hooks/explorers.py), and compared with the data
file (tools/explorer_data.py). Also: keyboard, the announced summary and the table, both palettes,
375 px, instant navigation, a page opened from disk, and the static figure without JavaScript.
"""

import json
import math

import pytest

from built_site import REPO, SITE_DIR
from instant_pages import arrive_instantly
from page_checks import axe_violations, resize

DATA = REPO / "docs" / "assets" / "data"
VANISHING = json.loads((DATA / "vanishing_explorer.json").read_text(encoding="utf-8"))
RATE = json.loads((DATA / "learning_rate_explorer.json").read_text(encoding="utf-8"))
PAGES = {"vanishing": "vanishing-gradients/", "learning-rate": "notebooks/learning-rate/"}

# The chart as drawn: every marker turned back into (x, y) with the ticks' positions and values.
READ = """kind => {
  const figure = document.querySelector(`.explorer[data-explorer="${kind}"]`);
  const ticks = [...figure.querySelectorAll("svg .explorer-tick")].map(t =>
    ({value: Number(t.dataset.value), x: Number(t.getAttribute("x")), y: Number(t.getAttribute("y")),
      anchor: t.getAttribute("text-anchor")}));
  const axis = (list, key) => {
    const [a, b] = [list[0], list[list.length - 1]];
    return p => a.value + (p - a[key]) * (b.value - a.value) / (b[key] - a[key]);
  };
  const xAxis = axis(ticks.filter(t => t.anchor === "middle"), "x");
  // y labels sit 6 units below their grid line (baseline offset in tools/explorer_html.py)
  const yAxis = axis(ticks.filter(t => t.anchor === "end").map(t => ({...t, y: t.y - 6})), "y");
  const points = [...figure.querySelectorAll("svg .explorer-points circle")].map(c =>
    [xAxis(Number(c.getAttribute("cx"))), yAxis(Number(c.getAttribute("cy")))]);
  const band = figure.querySelector("svg .explorer-band");
  const shown = band && band.getBoundingClientRect().width > 0 && getComputedStyle(band).display !== "none";
  return {
    points,
    band: shown ? {from: xAxis(Number(band.getAttribute("x"))),
                   low: yAxis(Number(band.getAttribute("y")) + Number(band.getAttribute("height"))),
                   high: yAxis(Number(band.getAttribute("y")))} : null,
    status: figure.querySelector(".explorer-status").textContent,
    live: figure.querySelector(".explorer-status").getAttribute("aria-live"),
    rows: [...figure.querySelectorAll(".explorer-values tbody tr")].map(r => [...r.cells].map(c => c.textContent)),
    outputs: [...figure.querySelectorAll("output")].map(o => o.textContent),
    valuetexts: [...figure.querySelectorAll("input")].map(i => i.getAttribute("aria-valuetext")),
    labels: [...figure.querySelectorAll("label")].map(l => l.textContent),
  };
}"""


def number(value, lang):
    """A number as the page writes it in prose (tools/explorer_html.py)."""
    return f"{value:g}".replace("-", "\u2212").replace(".", "," if lang[:2] in ("pt", "ru") else ".")


def open_page(page, site_url, folder, kind):
    page.goto(f"{site_url}{folder + '/' if folder else ''}{PAGES[kind]}", wait_until="load")
    page.wait_for_selector(f'.explorer.is-active[data-explorer="{kind}"]')


def check_vanishing(page, lang, depth, epsilon):
    state = page.evaluate(READ, "vanishing")
    norms = VANISHING["log10_norm"][depth][epsilon]
    where = f"{lang}, L = {VANISHING['depth'][depth]}, epsilon = {VANISHING['epsilon'][epsilon]}"
    assert len(state["points"]) == len(norms), where
    for l, ((x, y), value) in enumerate(zip(state["points"], norms), 1):
        assert x == pytest.approx(l, abs=0.02) and y == pytest.approx(value, abs=0.05), f"{where}, l = {l}"
    assert state["rows"] == [[str(l), number(v, lang)] for l, v in enumerate(norms, 1)], where
    assert f"L = {VANISHING['depth'][depth]}," in state["status"], where
    assert number(norms[0], lang) in state["status"] and number(norms[-1], lang) in state["status"], where
    assert state["outputs"] == [str(VANISHING["depth"][depth]), number(VANISHING["epsilon"][epsilon], lang)], where
    assert state["valuetexts"] == state["outputs"], where
    return state


def check_rate(page, lang, index):
    state = page.evaluate(READ, "learning-rate")
    run = RATE["runs"][index]
    where = f"{lang}, alpha = {run['alpha']}"
    assert len(state["points"]) == len(run["J"]), where
    for epoch, ((x, y), J) in enumerate(zip(state["points"], run["J"])):
        assert x == pytest.approx(epoch, abs=0.02) and y == pytest.approx(math.log10(J), abs=0.01), f"{where}, epoch {epoch}"
    if run["tail"] is None:
        assert state["band"] is None, where
        assert number(run["J"][-1], lang) in state["status"], where
        assert f"{number(round(100 * run['accuracy'], 1), lang)} %" in state["status"], where
    else:
        band = state["band"]
        assert band and band["from"] == pytest.approx(len(run["J"]) - 0.5, abs=0.02), where
        low = math.log10(run["J"][0]) if run["tail"] == "diverged" else -2
        assert band["low"] == pytest.approx(low, abs=0.01) and band["high"] == pytest.approx(3, abs=0.01), where
        assert "%" not in state["status"].replace("(10 %)", ""), f"{where}: an accuracy for an unsettled run"
        assert ("(10 %)" in state["status"]) == run["at_chance"], where
    cells = dict(state["rows"])
    for epoch, J in enumerate(run["J"]):
        if str(epoch) in cells:
            assert cells[str(epoch)] == number(J, lang), f"{where}, epoch {epoch}"
    assert state["outputs"] == [number(run["alpha"], lang)] and state["valuetexts"] == state["outputs"], where
    return state


def test_vanishing_explorer(page, traffic, site_url, language):
    """Both sliders by keyboard over their whole range, in both palettes, at 1280 and 375 px."""
    lang, folder = language
    page.set_viewport_size({"width": 1280, "height": 900})
    open_page(page, site_url, folder, "vanishing")
    depth, epsilon = VANISHING["depth"].index(10), VANISHING["epsilon"].index(0.12)
    state = check_vanishing(page, lang, depth, epsilon)
    assert state["live"] == "polite" and all(state["labels"])
    sliders = page.locator('.explorer[data-explorer="vanishing"] input')
    sliders.nth(0).focus()
    page.keyboard.press("Home")
    check_vanishing(page, lang, 0, epsilon)
    for depth in range(1, len(VANISHING["depth"])):
        page.keyboard.press("ArrowRight")
        check_vanishing(page, lang, depth, epsilon)
    sliders.nth(1).focus()
    page.keyboard.press("Home")
    for epsilon in range(len(VANISHING["epsilon"])):
        check_vanishing(page, lang, depth, epsilon)
        page.keyboard.press("ArrowRight")
    sliders.nth(0).focus()
    page.keyboard.press("ArrowLeft")
    check_vanishing(page, lang, depth - 1, len(VANISHING["epsilon"]) - 1)
    accessible(page, lang, "vanishing")
    assert traffic.console == [] and traffic.broken == [] and traffic.external == []


def test_learning_rate_explorer(page, traffic, site_url, language):
    """The alpha slider by keyboard over every rate, in both palettes, at 1280 and 375 px."""
    lang, folder = language
    page.set_viewport_size({"width": 1280, "height": 900})
    open_page(page, site_url, folder, "learning-rate")
    alphas = [run["alpha"] for run in RATE["runs"]]
    state = check_rate(page, lang, alphas.index(0.25))
    assert state["live"] == "polite" and all(state["labels"])
    page.locator('.explorer[data-explorer="learning-rate"] input').focus()
    page.keyboard.press("Home")
    for index in range(len(alphas)):
        check_rate(page, lang, index)
        page.keyboard.press("ArrowRight")
    check_rate(page, lang, len(alphas) - 1)
    page.keyboard.press("PageDown")  # a bigger step down, still on the grid
    assert page.evaluate("document.activeElement.value") != str(len(alphas) - 1)
    check_rate(page, lang, int(page.evaluate("document.activeElement.value")))
    accessible(page, lang, "learning-rate")
    assert traffic.console == [] and traffic.broken == [] and traffic.external == []


def accessible(page, lang, kind):
    """No axe violation in either palette; at 375 px no sideways scroll and no chart text smaller than the body's."""
    within = f'.explorer[data-explorer="{kind}"]'
    assert axe_violations(page, within=within) == [], f"{lang}, light"
    page.locator("[data-md-component=palette] label:visible").click()
    page.wait_for_function("document.body.dataset.mdColorScheme === 'slate'")
    assert axe_violations(page, within=within) == [], f"{lang}, dark"
    colours = page.evaluate(f"""() => {{
      const line = document.querySelector('{within} .explorer-line');
      return [getComputedStyle(line).stroke, getComputedStyle(document.body).backgroundColor];
    }}""")
    assert colours[0] != colours[1], f"{lang}, dark: the curve in the background's colour"
    resize(page, 375)
    sizes = page.evaluate(f"""() => {{
      const figure = document.querySelector('{within}');
      const body = parseFloat(getComputedStyle(document.querySelector('.md-typeset')).fontSize);
      const texts = [...figure.querySelectorAll('svg text')].map(t =>
        parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a);
      const column = document.querySelector('.md-content .md-typeset').getBoundingClientRect();
      const parts = [...figure.querySelectorAll('svg, .explorer-controls, .explorer-values, label')]
        .map(e => e.getBoundingClientRect()).map(r => [r.left, r.right]);
      return {{body, smallest: Math.min(...texts), column: [column.left, column.right], parts,
               page: document.documentElement.scrollWidth, window: window.innerWidth}};
    }}""")
    assert sizes["smallest"] >= sizes["body"] - 0.01, f"{lang} at 375 px: chart text below body size {sizes}"
    left, right = sizes["column"]
    assert all(a >= left - 0.5 and b <= right + 0.5 for a, b in sizes["parts"]), f"{lang} at 375 px: {sizes}"
    assert sizes["page"] <= sizes["window"], f"{lang} at 375 px: the page scrolls sideways"


@pytest.mark.parametrize("kind", PAGES)
def test_without_javascript_the_default_setting_is_drawn(browser, site_url, language, kind):
    lang, folder = language
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_url}{folder + '/' if folder else ''}{PAGES[kind]}")
    figure = page.locator(f'.explorer[data-explorer="{kind}"]')
    assert figure.locator("svg").is_visible() and figure.locator(".explorer-values").is_visible()
    assert figure.locator(".explorer-controls").is_hidden()
    if kind == "vanishing":
        check_vanishing(page, lang, VANISHING["depth"].index(10), VANISHING["epsilon"].index(0.12))
    else:
        check_rate(page, lang, [run["alpha"] for run in RATE["runs"]].index(0.25))
    context.close()


@pytest.mark.parametrize("kind", PAGES)
def test_explorer_works_from_disk(browser, language, kind):
    lang, folder = language
    page = browser.new_page()
    page.goto((SITE_DIR / folder / PAGES[kind] / "index.html").resolve().as_uri(), wait_until="load")
    page.wait_for_selector(f'.explorer.is-active[data-explorer="{kind}"]')
    page.locator(f'.explorer[data-explorer="{kind}"] input').first.focus()
    page.keyboard.press("End")
    if kind == "vanishing":
        check_vanishing(page, lang, len(VANISHING["depth"]) - 1, VANISHING["epsilon"].index(0.12))
    else:
        check_rate(page, lang, len(RATE["runs"]) - 1)
    page.close()


@pytest.mark.parametrize("kind", PAGES)
def test_explorer_starts_after_an_instant_page_change(page, traffic, site_url, language, kind):
    lang, root = language
    arrive_instantly(page, site_url, root, PAGES[kind])
    page.wait_for_selector(f'.explorer.is-active[data-explorer="{kind}"]')
    page.locator(f'.explorer[data-explorer="{kind}"] input').first.focus()
    page.keyboard.press("Home")
    if kind == "vanishing":
        check_vanishing(page, lang, 0, VANISHING["epsilon"].index(0.12))
    else:
        check_rate(page, lang, 0)
    assert traffic.console == [] and traffic.broken == []
