// A formula wider than the column scrolls sideways; keyboard users can only scroll it if it can
// take focus (WCAG 2.1.1; axe-core: scrollable-region-focusable). Checked on each page (the build
// typeset its formulas), again once KaTeX's fonts have loaded (they widen formulas), and on resize.
function focusScrollableFormulas() {
  for (const el of document.querySelectorAll(".md-typeset div.arithmatex, .md-typeset .katex-display")) {
    const scrolls = el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight
    if (scrolls && !el.hasAttribute("tabindex")) {
      el.setAttribute("tabindex", "0")
    }
  }
}
document$.subscribe(() => {
  focusScrollableFormulas()
  document.fonts.ready.then(focusScrollableFormulas)
})
window.addEventListener("resize", focusScrollableFormulas)
