"""Display formulas fit the content column on a desktop screen: no sideways scrolling to read one."""

import pytest

from built_site import TALLY

# Each display formula's box (KaTeX output inside the arithmatex block) against the width it has.
OVERFLOWING = """() => [...document.querySelectorAll(".md-content .katex-display")].map(el => {
  const box = el.closest(".arithmatex") || el.parentElement;
  return {tex: (el.querySelector("annotation") || el).textContent.slice(0, 60),
          needs: box.scrollWidth, has: box.clientWidth};
}).filter(f => f.needs > f.has + 1)"""


@pytest.mark.parametrize("width", [1280, 1600])
def test_display_formulas_fit_the_column(page, site_url, site_page, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(site_url + site_page.url_path, wait_until="load")
    page.wait_for_function("document.querySelectorAll('.arithmatex:not(:has(.katex))').length === 0")
    # A formula below the fold is laid out only once scrolled to (docs/assets/stylesheets/offscreen.css):
    # lay them all out, or an unrendered one would measure as fitting.
    page.add_style_tag(content=".md-content__inner > * { content-visibility: visible !important; }")
    assert page.evaluate(OVERFLOWING) == [], f"{site_page} at {width} px"
    TALLY["formula layouts checked"] += 1
