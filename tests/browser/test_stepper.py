"""The worked example's stepper on the generalized-delta-rule page, in every language, in Chromium.

Each step must highlight the unit or weight it computes and write on the diagram the value that
backprop_ref computes (to the four significant digits shown), show its caption typeset, and the
last step must show every updated weight. The count says the step in words, from 1 ("Step 1 of
30" is the start). Buttons and arrow keys both step; without JavaScript the static figure stays and
the controls stay hidden; the stepper fits the column at 375, 1280 and 1600 px, its labels as tall
as the body text, the diagram scrolling in its own box on the phone with the current step's part in
view. One visit per language checks all of it (the page is long: a load is most of a check).
Also: after Material's instant page change (the page body swapped, the script not reloaded), and
on the page opened from disk (file://).
"""

import json

from backprop_ref import backward, cost, forward, gradients
import stepper_data  # tools/stepper_data.py
from built_site import REPO, SITE_DIR, TALLY
from instant_pages import arrive_instantly
from page_checks import axe_violations, resize

DATA = json.loads((REPO / "docs" / "assets" / "data" / "worked_example.json").read_text(encoding="utf-8"))
SUB = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
# The count under the diagram, in the words of each language: step n of the total, n from 1.
COUNT = {"en": "Step {} of {}", "es": "Paso {} de {}", "pt-BR": "Passo {} de {}", "ru": "Шаг {} из {}"}

# What the diagram shows, per language-independent element: its id, and its text or "" if none.
STATE = """() => {
  const svg = document.querySelector(".stepper svg");
  const current = [...svg.querySelectorAll(".is-current")].map(g => g.dataset.id);
  const shown = Object.fromEntries([...svg.querySelectorAll("[data-id]")]
    .map(g => [g.dataset.id, g.querySelector(".stepper-value").textContent]));
  const visible = [...document.querySelectorAll(".stepper-steps li")]
    .map((li, i) => [i, li]).filter(([, li]) => li.offsetParent !== null);
  return {current, shown, visible: visible.map(([i]) => i),
          typeset: visible.every(([, li]) => li.querySelector("math") && !li.querySelector(".temml-error")),
          count: document.querySelector(".stepper-count").textContent};
}"""


def package_values():
    """Every value the diagram can show, keyed (element, name), straight from backprop_ref."""
    Theta, x, y = stepper_data.THETA, stepper_data.X, stepper_data.Y
    a, z = forward(Theta, x)
    d = backward(Theta, a, z, y, loss="squared_error")
    D = gradients(Theta, x[None, :], y[None, :], loss="squared_error")
    values = {("C", "C"): cost(Theta, x[None, :], y[None, :], loss="squared_error")}
    for l, unit in ((2, "h"), (3, "o")):
        activations = a[l][1:] if l == 2 else a[l]
        for j in (1, 2):
            values[f"{unit}{j}", "z"] = z[l][j - 1]
            values[f"{unit}{j}", "a"] = activations[j - 1]
            values[f"{unit}{j}", "δ"] = d[l][j - 1]
    for l in (1, 2):
        for j in (1, 2):
            for k in (1, 2):
                n = 4 * (l - 1) + 2 * (j - 1) + k
                values[f"w{n}", f"∂C/∂w{str(n).translate(SUB)}"] = D[l][j - 1, k]
                values[f"w{n}", f"w{str(n).translate(SUB)}⁺"] = Theta[l][j - 1, k] - stepper_data.ALPHA * D[l][j - 1, k]
    return values


VALUES = package_values()


def shown(value):
    return f"{value:.4g}".replace("-", "\u2212")


def open_stepper(page, site_url, folder):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{site_url}{folder + '/' if folder else ''}delta-rule/", wait_until="load")
    page.wait_for_selector(".stepper.is-active svg")
    page.wait_for_function("document.querySelectorAll('.arithmatex:not(:has(math))').length === 0")


def expected(index):
    """The element highlighted at step ``index`` and the text it shows, from the package."""
    step = DATA["steps"][index]
    if step["target"] is None:
        return [], None
    value = VALUES[step["target"], step["name"]]
    return [step["target"]], f"{step['name']} = {shown(value)}"


def check_step(page, index, language):
    state = page.evaluate(STATE)
    targets, text = expected(index)
    where = f"{language}, step {index}"
    assert state["current"] == targets, where
    if targets:
        assert state["shown"][targets[0]] == text, where
    assert state["visible"] == [index], f"{where}: captions shown {state['visible']}"
    assert state["typeset"], f"{where}: caption not typeset"
    assert state["count"] == COUNT[language].format(index + 1, len(DATA["steps"])), where
    return state


def test_every_value_is_on_the_list():
    assert all((s["target"], s["name"]) in VALUES for s in DATA["steps"][1:])
    assert len(DATA["steps"]) == 30  # the start and the 29 computations the count numbers
    assert round(VALUES["w5", "∂C/∂w₅"], 9) == 0.082167041


def walk(page, lang):
    """Forward with the buttons, back with the keys, and every other way to step."""
    last = len(DATA["steps"]) - 1
    next_button = page.locator(".stepper-controls button").nth(1)
    back_button = page.locator(".stepper-controls button").nth(0)
    check_step(page, 0, lang)
    for index in range(1, last + 1):
        next_button.click()
        check_step(page, index, lang)
    # The last step: every weight shows its updated value.
    state = check_step(page, last, lang)
    for n in range(1, 9):
        name = f"w{str(n).translate(SUB)}⁺"
        assert state["shown"][f"w{n}"] == f"{name} = {shown(VALUES[f'w{n}', name])}", f"{lang}: w{n}"
    next_button.click(force=True)  # nothing after the last step (aria-disabled: Playwright would wait)
    check_step(page, last, lang)
    assert next_button.get_attribute("aria-disabled") == "true"
    # Back again with the keyboard, from the focused Back button.
    back_button.focus()
    for index in range(last - 1, -1, -1):
        page.keyboard.press("ArrowLeft")
        check_step(page, index, lang)
    assert back_button.get_attribute("aria-disabled") == "true"
    assert page.evaluate("document.activeElement.textContent") == back_button.text_content()
    page.keyboard.press("ArrowRight")
    check_step(page, 1, lang)
    page.keyboard.press("End")
    check_step(page, last, lang)
    page.keyboard.press("Home")
    check_step(page, 0, lang)
    back_button.click(force=True)
    check_step(page, 0, lang)
    # And forward with the keyboard, back with the buttons, over the backward pass.
    next_button.focus()
    for index in range(1, 15):
        page.keyboard.press("ArrowRight")
    check_step(page, 14, lang)
    back_button.click()
    check_step(page, 13, lang)
    TALLY["stepper steps checked"] += 2 * last


def accessible(page, lang, scheme):
    """Announced, focus visible on Next, and no axe violation at step 12 (a weight highlighted,
    values on units and weights). The rest of the page: test_pages.py."""
    assert page.evaluate("document.body.dataset.mdColorScheme") == {"light": "default", "dark": "slate"}[scheme]
    assert page.locator(".stepper-steps").get_attribute("aria-live") == "polite"
    assert page.locator(".stepper svg").get_attribute("aria-label")
    buttons = page.locator(".stepper-controls button")
    look = "b => [getComputedStyle(b).outlineStyle, getComputedStyle(b).backgroundColor, getComputedStyle(b).color]"
    page.evaluate("document.activeElement.blur()")
    unfocused = buttons.nth(1).evaluate(look)
    buttons.nth(1).focus()
    page.keyboard.press("Home")
    for _ in range(12):
        page.keyboard.press("ArrowRight")  # Material shows focus rings once the keyboard is used
    check_step(page, 12, lang)
    focused = buttons.nth(1).evaluate(look)
    assert focused != unfocused, f"{lang}, {scheme}: focus is not visible on Next"
    violations = axe_violations(page, within=".stepper")
    assert violations == [], f"{lang}, {scheme}: {violations}"


# Each label of the diagram against the body text: the height of its glyphs' box (ascent and
# descent of the font at its drawn size), and that of the first letter of the page's first paragraph.
SMALL_LABELS = """() => {
  const text = document.querySelector(".md-content .md-typeset > p").firstChild;
  const letter = document.createRange();
  letter.setStart(text, 0);
  letter.setEnd(text, 1);
  const body = letter.getBoundingClientRect().height;
  const labels = [...document.querySelectorAll(".stepper svg text")].filter(t => t.textContent);
  return {body, labels: labels.length, small: labels.map(t => [t.textContent, t.getBoundingClientRect().height])
    .filter(([, height]) => height < body - 0.01)};
}"""

# On the phone: the diagram scrolls in its box, and the current step's part is in the middle of it.
IN_VIEW = """() => {
  const box = document.querySelector(".stepper-diagram"), view = box.getBoundingClientRect();
  const part = document.querySelector(".stepper svg .is-current").getBoundingClientRect();
  return {scrolls: box.scrollWidth > box.clientWidth,
          offset: Math.abs(part.left + part.width / 2 - (view.left + view.width / 2))};
}"""


def fits(page, lang):
    """The diagram's box, the controls and the captions inside the column at 375, 1280 and 1600 px,
    every label of the diagram as tall as the body text; on the phone the current part in view."""
    for width in (1280, 1600, 375):
        resize(page, width)
        labels = page.evaluate(SMALL_LABELS)
        assert labels["labels"] == 24 and labels["small"] == [], f"{lang} at {width} px: {labels}"
        sizes = page.evaluate("""() => {
          const column = document.querySelector(".md-content .md-typeset").getBoundingClientRect();
          const parts = [".stepper-diagram", ".stepper-controls", ".stepper-steps"].map(s =>
            document.querySelector(s).getBoundingClientRect());
          return {column: [column.left, column.right], parts: parts.map(r => [r.left, r.right, r.width]),
                  page: document.documentElement.scrollWidth, window: window.innerWidth};
        }""")
        left, right = sizes["column"]
        for part_left, part_right, part_width in sizes["parts"]:
            assert part_left >= left - 0.5 and part_right <= right + 0.5, f"{lang} at {width} px: {sizes}"
            assert part_width > 0
        assert sizes["page"] <= sizes["window"], f"{lang} at {width} px: the page scrolls sideways"
    # Stepping on the phone brings each step's part into the middle of the box (the box is 343 px
    # wide, the diagram 680 px); without animation, as for a reader who asks for reduced motion.
    page.emulate_media(reduced_motion="reduce")
    next_button = page.locator(".stepper-controls button").nth(1)
    for index in (13, 14):  # w6, then w7: diagonals right of the middle of the diagram
        next_button.click()
        check_step(page, index, lang)
        view = page.evaluate(IN_VIEW)
        assert view["scrolls"] and view["offset"] < 1, f"{lang} at 375 px, step {index}: {view}"
    # Every caption fits too: inline formulas wrap instead of widening the column. Checked on the
    # phone (the window is at 375 px now), the narrowest column for the size of the text (at
    # 1600 px the column is 757 px wide and the text 137.5 %: 550 px of 100 % text, against 343 px),
    # with every caption shown at once.
    wide = page.evaluate("""() => {
      const steps = document.querySelector(".stepper-steps");
      const captions = [...steps.querySelectorAll("li")];
      captions.forEach(li => li.hidden = false);
      const wide = captions.map((li, i) => [i, li.scrollWidth - steps.clientWidth]).filter(([, px]) => px > 1);
      return [...wide, ...(steps.scrollWidth > steps.clientWidth + 1 ? [["all", steps.scrollWidth - steps.clientWidth]] : [])];
    }""")
    assert wide == [], f"{lang} at 375 px: captions wider than the column ([step, px]): {wide}"
    assert page.locator(".stepper-steps li").count() == len(DATA["steps"])


def test_stepper(page, traffic, site_url, language):
    """One visit per language: walked both ways, accessible in both palettes, fitting every width."""
    lang, folder = language
    open_stepper(page, site_url, folder)
    walk(page, lang)
    accessible(page, lang, "light")
    page.locator("[data-md-component=palette] label:visible").click()  # the reader's palette toggle
    page.wait_for_function("document.body.dataset.mdColorScheme === 'slate'")
    accessible(page, lang, "dark")
    fits(page, lang)
    assert traffic.console == []
    assert traffic.broken == [] and traffic.external == []


def test_without_javascript_the_static_figure_stays(browser, site_url, language):
    lang, folder = language
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_url}{folder + '/' if folder else ''}delta-rule/")
    assert page.locator(".stepper img[src$='network.svg']").is_visible()
    assert page.locator(".stepper-controls").is_hidden()
    assert page.locator(".stepper-steps").is_hidden()
    context.close()


def test_stepper_starts_after_an_instant_page_change(page, traffic, site_url, language):
    lang, root = language
    arrive_instantly(page, site_url, root, "delta-rule/")
    page.wait_for_selector(".stepper.is-active svg")
    assert page.locator(".stepper svg").count() == 1
    check_step(page, 0, lang)
    page.locator(".stepper-controls button").nth(1).click()
    check_step(page, 1, lang)
    page.keyboard.press("ArrowRight")
    check_step(page, 2, lang)
    assert traffic.console == [] and traffic.broken == []


def test_stepper_works_from_disk(browser, language):
    lang, root = language
    page = browser.new_page()  # (console errors on disk are test_pages.py's business)
    page.goto((SITE_DIR / root / "delta-rule" / "index.html").resolve().as_uri(), wait_until="load")
    page.wait_for_selector(".stepper.is-active svg")
    last = len(DATA["steps"]) - 1
    page.locator(".stepper-controls button").nth(1).focus()
    page.keyboard.press("End")
    check_step(page, last, lang)
    page.close()
