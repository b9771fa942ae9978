"""Every page on a phone (375 px wide): nothing sits on a line of code, and no text is cut off.

Two checks per page, over the article, with every <details> opened and every content tab shown:
- a code line (a code block, a notebook cell, a printed output) is what the browser shows at each
  point of it: document.elementFromPoint along the middle of the line finds the line's own code box,
  not a copy button (Material draws it inside the <pre>, over the code), a prompt or anything else;
- each piece of text is either inside the width it is shown in, or inside a box that scrolls
  sideways to it (code, tables, formulas); text past the edge of a box that clips it, or past the
  screen's edge, is text the reader cannot get to.
"""

from built_site import TALLY

PHONE = {"width": 375, "height": 667}

CHECK = """() => {
  const article = document.querySelector("article") || document.querySelector(".md-content");
  const header = document.querySelector(".md-header");
  const chrome = el => el.closest(".md-header, .md-top");
  const covered = [], cut = [];

  // Code lines: each text fragment of a <pre>, sampled every 12 px along its middle, must be the
  // <pre>'s own content where it is visible (inside its scroll box and the screen).
  const checkCode = root => {
    for (const pre of root.querySelectorAll("pre")) {
      if (!pre.getClientRects().length) continue;  // not shown (another tab)
      const scroller = pre.querySelector(":scope > code") || pre;
      let top = pre.getBoundingClientRect().top + scrollY;
      const bottom = top + pre.getBoundingClientRect().height;
      const texts = [];
      const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) if (walker.currentNode.textContent.trim()) texts.push(walker.currentNode);
      for (;;) {
        const below = header.getBoundingClientRect().bottom;
        window.scrollTo({top: top - below - 8, behavior: "instant"});
        const from = header.getBoundingClientRect().bottom, to = innerHeight;
        const box = scroller.getBoundingClientRect();
        const left = Math.max(box.left + scroller.clientLeft, 0);
        const right = Math.min(box.left + scroller.clientLeft + scroller.clientWidth, innerWidth);
        for (const text of texts) {
          const range = document.createRange();
          range.selectNodeContents(text);
          for (const r of range.getClientRects()) {
            const y = (r.top + r.bottom) / 2;
            if (y < from || y > to || y < box.top || y > box.bottom) continue;
            for (let x = Math.max(r.left, left) + 1; x < Math.min(r.right, right) - 1; x += 12) {
              const hit = document.elementFromPoint(x, y);
              if (hit && !scroller.contains(hit) && !chrome(hit)) {
                covered.push(`${hit.tagName.toLowerCase()}.${[...hit.classList].join(".")} over ` +
                             `"${text.textContent.trim().slice(0, 40)}"`);
                break;
              }
            }
          }
        }
        top += to - from - 16;
        if (top >= bottom - 4) break;
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
    report = page.evaluate(CHECK)
    TALLY["pages checked at 375 px"] += 1
    assert report["covered"] == [], f"{site_page}: code lines under another element at 375 px"
    assert report["cut"] == [], f"{site_page}: text cut off at 375 px with no way to scroll to it"
    assert report["wider"] <= 0, f"{site_page}: the page is {report['wider']} px wider than the screen"
