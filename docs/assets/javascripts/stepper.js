// Step through the worked example on the network diagram: Back/Next (or the arrow keys) show one
// step at a time, highlight the unit or weight it computes, write its value on the diagram and
// show that step's caption (a hidden list item of the page, typeset like the page's other math).
// The numbers come from the JSON that hooks/stepper_page.py writes into the div (data-steps). Without
// JavaScript the static figure stays and the controls and captions stay hidden. The diagram's type is
// the body text's size: in a column narrower than the diagram it scrolls sideways in its own box,
// which brings each step's unit or weight to the middle.
(() => {
  const SVG = "http://www.w3.org/2000/svg"
  // Layout in viewBox units (one unit a CSS pixel at 16 px body text, site.css): inputs, hidden
  // units, outputs, then the cost; wide enough apart for 16-unit labels such as ∂C/∂w₁ = 0.0004386.
  const UNITS = {
    x1: [60, 90, "x₁"], x2: [60, 250, "x₂"],
    h1: [290, 90, "a₁⁽²⁾"], h2: [290, 250, "a₂⁽²⁾"],
    o1: [520, 90, "a₁⁽³⁾"], o2: [520, 250, "a₂⁽³⁾"],
    C: [630, 170, "C"],
  }
  // w_n joins unit k of a layer to unit j of the next, as in Θ: [b | w] row by row.
  const WEIGHTS = {
    w1: ["x1", "h1"], w2: ["x2", "h1"], w3: ["x1", "h2"], w4: ["x2", "h2"],
    w5: ["h1", "o1"], w6: ["h2", "o1"], w7: ["h1", "o2"], w8: ["h2", "o2"],
  }
  const RADIUS = 28

  function element(parent, name, attributes, text) {
    const node = parent.appendChild(document.createElementNS(SVG, name))
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value)
    if (text !== undefined) node.textContent = text
    return node
  }

  // Where a weight's value is written: on a diagonal arrow a quarter of the way along, away from
  // where the diagonals cross; above the middle of the top arrow, below that of the bottom one.
  function weightLabel(from, to) {
    const [x0, y0] = UNITS[from], [x1, y1] = UNITS[to]
    const t = y0 === y1 ? 0.5 : 0.28
    const offset = y0 !== y1 ? 4 : y0 < 170 ? -8 : 20
    return [x0 + t * (x1 - x0), y0 + t * (y1 - y0) + offset]
  }

  function diagram(label) {
    const svg = document.createElementNS(SVG, "svg")
    svg.setAttribute("viewBox", "0 20 680 330")  // from just above the top labels
    svg.setAttribute("role", "img")
    svg.setAttribute("aria-label", label)
    const parts = {}
    for (const [id, [from, to]] of Object.entries(WEIGHTS)) {
      const [x0, y0] = UNITS[from], [x1, y1] = UNITS[to]
      const length = Math.hypot(x1 - x0, y1 - y0), ux = (x1 - x0) / length, uy = (y1 - y0) / length
      const group = element(svg, "g", { class: "stepper-weight", "data-id": id })
      element(group, "line", { x1: x0 + RADIUS * ux, y1: y0 + RADIUS * uy, x2: x1 - RADIUS * ux, y2: y1 - RADIUS * uy })
      const [x, y] = weightLabel(from, to)
      parts[id] = { group, value: element(group, "text", { x, y, class: "stepper-value" }) }
    }
    for (const unit of ["o1", "o2"]) {
      const [x0, y0] = UNITS[unit], [x1, y1] = UNITS.C
      element(svg, "line", { x1: x0 + RADIUS, y1: y0, x2: x1 - RADIUS * 0.85, y2: y1 + (y0 - y1) * 0.3, class: "stepper-cost-line" })
    }
    for (const [id, [x, y, name]] of Object.entries(UNITS)) {
      const group = element(svg, "g", { class: "stepper-unit", "data-id": id })
      element(group, "circle", { cx: x, cy: y, r: id === "C" ? RADIUS * 0.85 : RADIUS })
      element(group, "text", { x, y: y + 5, class: "stepper-name" }, name)
      const below = y > 170 || id === "C"
      parts[id] = { group, value: element(group, "text", { x, y: below ? y + 50 : y - 40, class: "stepper-value" }) }
    }
    for (const [id, x] of [["b2", UNITS.h1[0]], ["b3", UNITS.o1[0]]]) {
      const group = element(svg, "g", { class: "stepper-bias", "data-id": id })
      parts[id] = { group, value: element(group, "text", { x, y: 338, class: "stepper-value" }) }
    }
    return { svg, parts }
  }

  function init(stepper) {
    const data = JSON.parse(stepper.dataset.steps)
    const figure = stepper.querySelector("img")
    const controls = stepper.querySelector(".stepper-controls")
    const count = controls.querySelector(".stepper-count")
    const captions = stepper.querySelectorAll(".stepper-steps li")
    if (captions.length !== data.steps.length) {
      throw new Error(`stepper: ${captions.length} captions for ${data.steps.length} steps`)
    }
    const { svg, parts } = diagram(figure.alt)
    // The box the diagram scrolls in on a narrow screen; focusable, so that a keyboard reaches it.
    const box = document.createElement("div")
    box.className = "stepper-diagram"
    box.tabIndex = 0
    box.append(svg)
    figure.closest("p").replaceWith(box)
    const [back, next] = controls.querySelectorAll("button")
    let current = 0

    function show(index) {
      current = Math.max(0, Math.min(data.steps.length - 1, index))
      // Every element shows the last value computed for it so far; before that, its initial one.
      for (const [id, part] of Object.entries(parts)) {
        const done = data.steps.slice(1, current + 1).filter((step) => step.target === id).pop()
        const value = done || data.initial[id]
        part.value.textContent = value ? `${value.name} = ${value.shown}` : ""
        part.group.classList.toggle("is-current", data.steps[current].target === id)
        part.group.classList.toggle("is-done", Boolean(done) && data.steps[current].target !== id)
      }
      captions.forEach((caption, i) => { caption.hidden = i !== current })
      // Counted from 1, as a reader counts: the start is step 1 of 30.
      count.textContent = count.dataset.format.replace("{n}", current + 1).replace("{total}", data.steps.length)
      // The current unit or weight in the middle of the box (the start: the inputs, at the left).
      const target = parts[data.steps[current].target]
      if (target) {
        const shown = target.group.getBoundingClientRect(), left = box.getBoundingClientRect().left
        box.scrollLeft += shown.left + shown.width / 2 - left - box.clientWidth / 2
      } else {
        box.scrollLeft = 0
      }
      back.setAttribute("aria-disabled", current === 0)
      next.setAttribute("aria-disabled", current === data.steps.length - 1)
    }

    back.addEventListener("click", () => show(current - 1))
    next.addEventListener("click", () => show(current + 1))
    stepper.addEventListener("keydown", (event) => {
      const move = { ArrowLeft: current - 1, ArrowRight: current + 1, Home: 0, End: data.steps.length - 1 }[event.key]
      if (move === undefined || event.altKey || event.ctrlKey || event.metaKey) return
      event.preventDefault()
      show(move)
    })
    controls.hidden = false
    stepper.querySelector(".stepper-steps").hidden = false
    stepper.classList.add("is-active")
    show(0)
  }

  document$.subscribe(() => document.querySelectorAll(".stepper:not(.is-active)").forEach(init))
})()
