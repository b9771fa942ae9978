"""Every page on a phone (375 px wide): nothing sits on a line of code, and no text is cut off.

Two checks per page, over the article, with every <details> opened and every content tab shown:
- a code line (a code block, a notebook cell, a printed output) is what the browser shows: where
  any other element meets the visible part of a line (a copy button, which Material draws inside
  the <pre> over the code; a prompt; anything), document.elementFromPoint there finds the line;
- each piece of text is either inside the width it is shown in, or inside a box that scrolls
  sideways to it (code, tables, formulas); text past the edge of a box that clips it, or past the
  screen's edge, is text the reader cannot get to.
"""

from built_site import TALLY

PHONE = {"width": 375, "height": 667}

CHECK = """() => {
  const article = document.querySelector("article") || document.querySelector(".md-content");
  const chrome = el => el.closest(".md-header, .md-top");
  const covered = [], cut = [];

  // Code lines: where an element other than the line's own code box (and the boxes around it) meets
  // the visible part of a line, the browser must show the line there, not the element.
  const checkCode = root => {
    const inDocument = r => ({left: r.left + scrollX, right: r.right + scrollX, top: r.top + scrollY, bottom: r.bottom + scrollY});
    const meet = (a, b) => ({left: Math.max(a.left, b.left), right: Math.min(a.right, b.right),
                             top: Math.max(a.top, b.top), bottom: Math.min(a.bottom, b.bottom)});
    const some = r => r.right - r.left > 1 && r.bottom - r.top > 1;
    const elements = [...root.querySelectorAll("*")].map(el => [el, inDocument(el.getBoundingClientRect())]);
    for (const pre of root.querySelectorAll("pre")) {
      if (!pre.getClientRects().length) continue;  // not shown (another tab)
      const scroller = pre.querySelector(":scope > code") || pre;
      const outer = inDocument(scroller.getBoundingClientRect());
      const box = {left: outer.left + scroller.clientLeft, top: outer.top + scroller.clientTop,
                   right: outer.left + scroller.clientLeft + scroller.clientWidth,
                   bottom: outer.top + scroller.clientTop + scroller.clientHeight};
      const others = elements.filter(([el, r]) => some(meet(r, box)) && !el.contains(scroller) && !scroller.contains(el));
      if (!others.length) continue;
      const lines = [];
      const walker = document.createTreeWalker(scroller, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        if (!walker.currentNode.textContent.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(walker.currentNode);
        for (const r of range.getClientRects()) lines.push([walker.currentNode, meet(inDocument(r), box)]);
      }
      for (const [el, r] of others) {
        for (const [text, line] of lines) {
          const both = meet(r, line);
          if (!some(both)) continue;
          const y = (both.top + both.bottom) / 2;
          window.scrollTo({top: y - innerHeight / 2, behavior: "instant"});
          const hit = document.elementFromPoint((both.left + both.right) / 2 - scrollX, y - scrollY);
          if (hit && el.contains(hit) && !chrome(hit)) {
            covered.push(`${el.tagName.toLowerCase()}.${[...el.classList].join(".")} over ` +
                         `"${text.textContent.trim().slice(0, 40)}"`);
            break;
          }
        }
      }
    }
  };

  // Text: inside the box that shows it, or inside one that scrolls sideways.
  // overflowBox(el): the nearest ancestor that scrolls or clips sideways (null: none, the screen's edge).
  const boxes = new Map();
  const overflowBox = el => {
    if (!el || el === document.body) return null;
    if (!boxes.has(el)) {
      const overflow = getComputedStyle(el).overflowX;
      boxes.set(el, overflow === "auto" || overflow === "scroll" ? {el, scrolls: true}
                  : overflow === "hidden" || overflow === "clip" ? {el, scrolls: false}
                  : overflowBox(el.parentElement));
    }
    return boxes.get(el);
  };
  const checkText = root => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const text = walker.currentNode;
      if (!text.textContent.trim() || text.parentElement.closest("script, style, .katex-mathml, [hidden]")) continue;
      const range = document.createRange();
      range.selectNodeContents(text);
      for (const r of range.getClientRects()) {
        if (!r.width) continue;
        const box = overflowBox(text.parentElement);
        const reachable = box && box.scrolls, clippedBy = box && !box.scrolls ? box.el : null;
        if (clippedBy) {
          const edge = clippedBy.getBoundingClientRect();
          if (r.right <= edge.right + 1 && r.left >= edge.left - 1) continue;
        }
        if (!reachable && (clippedBy || r.right > innerWidth + 1 || r.left < -1)) {
          cut.push(`"${text.textContent.trim().slice(0, 40)}" (${Math.round(r.left)}..${Math.round(r.right)} px` +
                   (clippedBy ? `, clipped by ${clippedBy.tagName.toLowerCase()}.${[...clippedBy.classList].join(".")})` : ")"));
          break;
        }
      }
    }
  };

  article.querySelectorAll("details").forEach(details => details.open = true);
  checkCode(article);
  checkText(article);
  // Each content tab in turn: only the selected one is shown.
  for (const set of article.querySelectorAll(".tabbed-set")) {
    const inputs = [...set.querySelectorAll(":scope > input")];
    for (const input of inputs.slice(1)) {
      input.checked = true;
      checkCode(set);
      checkText(set);
    }
    if (inputs.length) inputs[0].checked = true;
  }
  return {covered, cut, wider: document.documentElement.scrollWidth - innerWidth};
}"""


def test_page_reads_on_a_phone(page, site_url, site_page):
    page.set_viewport_size(PHONE)
    page.goto(site_url + site_page.url_path, wait_until="load")
    page.wait_for_function("document.querySelectorAll('.arithmatex:not(:has(.katex))').length === 0")
    # The check reads every box at once; a block below the fold keeps a placeholder height until it
    # is scrolled to (docs/assets/stylesheets/offscreen.css): lay them all out, as the reader sees them.
    page.add_style_tag(content=".md-content__inner > * { content-visibility: visible !important; }")
    report = page.evaluate(CHECK)
    TALLY["pages checked at 375 px"] += 1
    assert report["covered"] == [], f"{site_page}: code lines under another element at 375 px"
    assert report["cut"] == [], f"{site_page}: text cut off at 375 px with no way to scroll to it"
    assert report["wider"] <= 0, f"{site_page}: the page is {report['wider']} px wider than the screen"
