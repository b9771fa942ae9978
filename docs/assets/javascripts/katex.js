// Render every formula with the vendored KaTeX after each page load, instant navigation included.
// pymdownx.arithmatex (generic mode) wraps formulas in \( \) and \[ \]; notebooks keep $ and $$.
document$.subscribe(({ body }) => {
  renderMathInElement(body, {
    delimiters: [
      { left: "$$", right: "$$", display: true },
      { left: "$", right: "$", display: false },
      { left: "\\(", right: "\\)", display: false },
      { left: "\\[", right: "\\]", display: true },
    ],
    throwOnError: false,
  });
});
