// The explorers of the vanishing-gradients and learning-rate pages: each slider picks a value of the
// grid that tools/explorer_data.py computed, and the curve, the table and the announced summary show
// that setting at once. tools/explorer_html.py draws the axes and the default setting (what a reader
// without JavaScript sees) and puts the data (data-values), the wording in the page's language
// (data-text) and the chart's scale (data-frame) into the figure; this script only redraws.
(() => {
  const SVG = "http://www.w3.org/2000/svg"

  // As number() of tools/explorer_html.py: shortest form, a true minus sign, the page's decimal separator.
  const number = (v, text) => String(v).replace("-", "\u2212").replace(".", text.decimal)
  const fill = (format, values) => format.replace(/\{(\w+)\}/g, (_, key) => values[key])

  // What each explorer shows for the sliders' indices: the plotted values (from x = first on), the
  // shaded epochs of a run the page gives no J for, the summary and the table's rows.
  const SETTINGS = {
    vanishing(data, text, [depth, epsilon]) {
      const norms = data.log10_norm[depth][epsilon], L = data.depth[depth]
      return {
        first: 1, values: norms,
        status: fill(text.vanishing_status, {
          depth: L, epsilon: number(data.epsilon[epsilon], text),
          last: number(norms[norms.length - 1], text), top: L - 1, first: number(norms[0], text),
        }),
        rows: norms.map((v, i) => [i + 1, number(v, text)]),
      }
    },
    "learning-rate"(data, text, [alpha]) {
      const run = data.runs[alpha], J = run.J, J0 = number(J[0], text)
      const head = fill(text[run.tail || "settled"], {
        alpha: number(run.alpha, text), J: number(J[J.length - 1], text), epoch: J.length, J0,
      })
      const accuracy = run.accuracy !== null
        ? fill(text.accuracy, { value: number(Math.round(1000 * run.accuracy) / 10, text) })
        : text[run.at_chance ? "accuracy_chance" : "accuracy_unsettled"]
      const tail = run.tail === "diverged" ? `> ${J0}` : text.cell_unsettled
      return {
        first: 0, values: J.map(Math.log10),
        // Shaded: the epochs the page gives no J for; a diverged run's from its J before training up.
        band: run.tail && { from: J.length - 0.5, to: data.epochs, low: run.tail === "diverged" ? Math.log10(J[0]) : null },
        status: `${head}; ${accuracy}.`,
        rows: [0, 1, 2, 5, 10, 20, 30].map((e) => [e, e < J.length ? number(J[e], text) : tail]),
      }
    },
  }

  function init(explorer) {
    const data = JSON.parse(explorer.dataset.values)
    const text = JSON.parse(explorer.dataset.text)
    const svg = explorer.querySelector("svg")
    const { x: [x0, x1, left, right], y: [y0, y1, bottom, top] } = JSON.parse(svg.dataset.frame)
    const px = (v) => (left + ((v - x0) / (x1 - x0)) * (right - left)).toFixed(1)
    const py = (v) => (bottom - ((v - y0) / (y1 - y0)) * (bottom - top)).toFixed(1)
    const inputs = [...explorer.querySelectorAll("input[type=range]")]
    const line = svg.querySelector(".explorer-line"), dots = svg.querySelector(".explorer-points")
    const band = svg.querySelector(".explorer-band")
    const status = explorer.querySelector(".explorer-status")
    const tbody = explorer.querySelector(".explorer-values tbody")

    function show() {
      const setting = SETTINGS[explorer.dataset.explorer](data, text, inputs.map((input) => Number(input.value)))
      const xy = setting.values.map((v, i) => [px(setting.first + i), py(v)])
      line.setAttribute("points", xy.map((p) => p.join(",")).join(" "))
      dots.replaceChildren(...xy.map(([cx, cy]) => {
        const dot = document.createElementNS(SVG, "circle")
        for (const [key, value] of Object.entries({ cx, cy, r: 3.5 })) dot.setAttribute(key, value)
        return dot
      }))
      if (band) {
        band.toggleAttribute("hidden", !setting.band)
        if (setting.band) {
          const { from, to, low } = setting.band
          band.setAttribute("x", px(from))
          band.setAttribute("width", (px(to) - px(from)).toFixed(1))
          band.setAttribute("y", py(y1))
          band.setAttribute("height", (py(low === null ? y0 : low) - py(y1)).toFixed(1))
        }
      }
      status.textContent = setting.status
      tbody.replaceChildren(...setting.rows.map((cells) => {
        const row = document.createElement("tr")
        for (const cell of cells) row.appendChild(document.createElement("td")).textContent = cell
        return row
      }))
      for (const input of inputs) {
        const grid = { depth: data.depth, epsilon: data.epsilon, alpha: data.runs && data.runs.map((r) => r.alpha) }[input.name]
        const shown = number(grid[input.value], text)
        input.setAttribute("aria-valuetext", shown)
        input.nextElementSibling.textContent = shown
      }
    }

    for (const input of inputs) input.addEventListener("input", show)
    explorer.querySelector(".explorer-controls").hidden = false
    explorer.classList.add("is-active")
    show()
  }

  document$.subscribe(() => document.querySelectorAll(".explorer:not(.is-active)").forEach(init))
})()
