// Instant navigation (navigation.instant) swaps the page body but not the header, so the language
// selector's links, made per page by mkdocs-static-i18n, would stay those of the first page loaded.
// After each instant page change every selector link is rebuilt: this page's path below its
// language root, put under the link's own root (overrides/partials/alternate.html gives each link
// its root). No hash: a heading's id differs between languages. The links' target="_self" keeps
// Material from loading another language instantly: its config, search index and <html lang>
// come only with a full page load.
const languageLinks = [...document.querySelectorAll(".md-select__link[data-md-language-root]")]
// The roots are written relative to the page first loaded: resolve them before any page change.
const languageRoots = languageLinks.map(link => new URL(link.dataset.mdLanguageRoot, location.href).href)

// The longest root a URL lies under: the default language's root (/) holds the others' roots.
function languageRootOf(url) {
  return languageRoots.filter(root => url.startsWith(root)).sort((a, b) => b.length - a.length)[0]
}

let firstPage = true
document$.subscribe(() => {
  // The page first loaded has exact links from the build: rebuild them only after a page change.
  if (firstPage) {
    firstPage = false
    return
  }
  const here = location.origin + location.pathname
  const root = languageRootOf(here)
  if (root !== undefined) {
    const path = here.slice(root.length)
    languageLinks.forEach((link, i) => { link.href = languageRoots[i] + path })
  }
})
