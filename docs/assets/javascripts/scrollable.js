// A formula wider than the column scrolls sideways; keyboard users can only scroll it if it can
// take focus (WCAG 2.1.1; axe-core: scrollable-region-focusable). Checked on each page (the build
// typeset its formulas), again once KaTeX's fonts have loaded (they widen formulas), and on resize.
// All measured first, then marked: a write between two reads would lay the long page out again.
function focusScrollableFormulas() {
  const formulas = document.querySelectorAll(".md-typeset div.arithmatex, .md-typeset .katex-display")
  const scrolling = [...formulas].filter(el => !el.hasAttribute("tabindex")
    && (el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight))
  for (const el of scrolling) {
    el.setAttribute("tabindex", "0")
  }
}
document$.subscribe(() => {
  focusScrollableFormulas()
  document.fonts.ready.then(focusScrollableFormulas)
})
window.addEventListener("resize", focusScrollableFormulas)
