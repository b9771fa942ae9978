// A formula or code block wider than the column scrolls sideways; keyboard users can only scroll it
// if it can take focus (WCAG 2.1.1; axe-core: scrollable-region-focusable). Measuring every one at
// load would lay out the whole article, which the page leaves unrendered below the fold
// (stylesheets/site.css), and Material gives a code block its tab stop only when it mounts the
// block's copy button, once the block scrolls into view (content.lazy). So every display formula
// and code block starts with a tab stop, and keeps it once it comes on screen (laid out then
// anyway) only if it scrolls: tabbing through the page never skips a box not yet seen. Checked again
// once the math font has loaded (it can widen formulas) and on resize. On Markdown pages the box
// that scrolls is arithmatex's div, on notebook pages the paragraph of a display formula (math.css).
let watcher

function watchScrollables() {
  watcher?.disconnect()
  watcher = new IntersectionObserver(entries => {
    for (const { target, isIntersecting } of entries) {
      if (!isIntersecting) continue
      watcher.unobserve(target)
      if (target.scrollWidth > target.clientWidth || target.scrollHeight > target.clientHeight) {
        target.setAttribute("tabindex", "0")
      } else if (target !== document.activeElement) {
        target.removeAttribute("tabindex")
      }
    }
  })
  const boxes = [...document.querySelectorAll(".md-typeset div.arithmatex, .md-typeset p:has(> math[display=block]), .md-typeset pre > code")]
  for (const el of boxes.filter(el => !el.parentElement.closest("div.arithmatex"))) {
    el.setAttribute("tabindex", "0")
    watcher.observe(el)
  }
}
document$.subscribe(() => {
  watchScrollables()
  document.fonts.ready.then(watchScrollables)
})
window.addEventListener("resize", watchScrollables)
