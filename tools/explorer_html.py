"""Draw the two explorers as HTML: controls, a chart of one setting, a table, in a page's language.

hooks/explorers.py puts them into their pages at build time; this module is plain Python (JSON in,
HTML out), so it does not depend on MkDocs. The numbers come from docs/assets/data/*_explorer.json
(tools/explorer_data.py computes them with backprop_ref; tests/source/test_explorer_data.py checks them).
The chart is drawn here, as SVG, for the default setting: that is the figure a reader without
JavaScript sees, with the table of its values. docs/assets/javascripts/explorers.js then shows the
controls (hidden until then) and, as they move, redraws the curve and rewrites the table and the
announced summary; the axes stay. The whole data file goes into the page as the figure's data-values
attribute: fetching it would fail on a page opened from disk (file://), and an attribute is not
indexed by the search.
"""

import json
import math
from html import escape

DECIMAL = {"en": ".", "es": ".", "pt": ",", "ru": ","}  # translations/glossary.md, "Numbers in prose"

TEXT = {
    "en": {
        "depth": "Number of layers L", "epsilon": "Initialization scale ε_init", "layer": "layer l",
        "vanishing_label": "log₁₀ ‖D⁽ˡ⁾‖ against the layer l",
        "vanishing_status": "L = {depth}, ε_init = {epsilon}: log₁₀ ‖D⁽ˡ⁾‖ goes from {last} at l = {top} to {first} at l = 1.",
        "alpha": "Learning rate α", "epoch": "epoch", "cost": "J (training set)",
        "rate_label": "The training cost J after each epoch, on a logarithmic scale",
        "rate_title": "Every learning rate, computed when the site was built",
        "rate_text": "The same training as above (30 epochs, batches of 16, the same initial weights) for 21 "
                     "values of α, each computed by backprop_ref when the site was built. A large α makes "
                     "training chaotic: the last rounding bits, which differ from one processor to another, "
                     "grow until the curves have nothing in common. So every run was repeated eight more times "
                     "with each initial weight changed by at most 10⁻¹² of its value. The curve is drawn as "
                     "long as every repetition gives the same J to 3 significant digits; from there on the "
                     "chart is shaded and gives no J. A run is called diverged if, in every repetition, J after "
                     "each epoch stayed above its value before training: the shading then starts at that value. "
                     "The test accuracy is given for a curve drawn in full on which every repetition agrees, "
                     "and as “at chance level” for a diverged run whose repetitions all classify between 5 % "
                     "and 15 % of the test digits right.",
        "settled": "α = {alpha}: J after 30 epochs = {J}",
        "unsettled": "α = {alpha}: from epoch {epoch} on, J depends on the processor (shaded)",
        "diverged": "α = {alpha}: diverged, after every epoch J is above its starting value {J0} (shaded from epoch {epoch} on)",
        "accuracy": "test accuracy {value} %", "accuracy_unsettled": "the test accuracy depends on the processor too",
        "accuracy_chance": "test accuracy at chance level (10 %)",
        "cell_unsettled": "depends on the processor",
    },
    "es": {
        "depth": "Número de capas L", "epsilon": "Escala de inicialización ε_init", "layer": "capa l",
        "vanishing_label": "log₁₀ ‖D⁽ˡ⁾‖ frente a la capa l",
        "vanishing_status": "L = {depth}, ε_init = {epsilon}: log₁₀ ‖D⁽ˡ⁾‖ va de {last} en l = {top} a {first} en l = 1.",
        "alpha": "Tasa de aprendizaje α", "epoch": "época", "cost": "J (entrenamiento)",
        "rate_label": "El coste J tras cada época, en escala logarítmica",
        "rate_title": "Todas las tasas de aprendizaje, calculadas al construir el sitio",
        "rate_text": "El mismo entrenamiento de arriba (30 épocas, minilotes de 16, los mismos pesos iniciales) "
                     "para 21 valores de α, cada uno calculado por backprop_ref al construir el sitio. Con una α "
                     "grande el entrenamiento se vuelve caótico: los últimos bits de redondeo, que cambian de un "
                     "procesador a otro, crecen hasta que las curvas no tienen nada en común. Por eso cada "
                     "ejecución se repitió ocho veces más, con cada peso inicial alterado como mucho en 10⁻¹² de "
                     "su valor. La curva se dibuja mientras todas las repeticiones dan el mismo J con 3 cifras "
                     "significativas; a partir de ahí el gráfico aparece sombreado y no da J. Una ejecución "
                     "diverge si en todas las repeticiones J quedó, tras cada época, por encima de su valor antes "
                     "del entrenamiento: el sombreado empieza entonces en ese valor. La exactitud en el conjunto "
                     "de prueba se da para una curva dibujada entera en la que coinciden todas las repeticiones, "
                     "y como «al nivel del azar» para una ejecución que diverge y cuyas repeticiones aciertan "
                     "todas entre el 5 % y el 15 % de los dígitos de prueba.",
        "settled": "α = {alpha}: J tras 30 épocas = {J}",
        "unsettled": "α = {alpha}: a partir de la época {epoch}, J depende del procesador (zona sombreada)",
        "diverged": "α = {alpha}: diverge, tras cada época J queda por encima de su valor inicial {J0} (sombreado a partir de la época {epoch})",
        "accuracy": "exactitud en el conjunto de prueba: {value} %", "accuracy_unsettled": "la exactitud también depende del procesador",
        "accuracy_chance": "exactitud al nivel del azar (10 %)",
        "cell_unsettled": "depende del procesador",
    },
    "pt": {
        "depth": "Número de camadas L", "epsilon": "Escala de inicialização ε_init", "layer": "camada l",
        "vanishing_label": "log₁₀ ‖D⁽ˡ⁾‖ em função da camada l",
        "vanishing_status": "L = {depth}, ε_init = {epsilon}: log₁₀ ‖D⁽ˡ⁾‖ vai de {last} em l = {top} a {first} em l = 1.",
        "alpha": "Taxa de aprendizado α", "epoch": "época", "cost": "J (treinamento)",
        "rate_label": "O custo J após cada época, em escala logarítmica",
        "rate_title": "Todas as taxas de aprendizado, calculadas na construção do site",
        "rate_text": "O mesmo treinamento de cima (30 épocas, minilotes de 16, os mesmos pesos iniciais) para 21 "
                     "valores de α, cada um calculado pelo backprop_ref na construção do site. Com α grande o "
                     "treinamento fica caótico: os últimos bits de arredondamento, que mudam de um processador "
                     "para outro, crescem até as curvas não terem mais nada em comum. Por isso cada execução foi "
                     "repetida mais oito vezes, com cada peso inicial alterado em no máximo 10⁻¹² do seu valor. "
                     "A curva é desenhada enquanto todas as repetições dão o mesmo J com 3 algarismos "
                     "significativos; daí em diante o gráfico fica sombreado e não dá J. Uma execução diverge se, "
                     "em todas as repetições, J ficou acima do seu valor antes do treinamento após cada época: o "
                     "sombreado começa então nesse valor. A acurácia no conjunto de teste é dada para uma curva "
                     "desenhada inteira em que todas as repetições concordam, e como “no nível do acaso” para uma "
                     "execução que diverge e cujas repetições acertam todas entre 5 % e 15 % dos dígitos de teste.",
        "settled": "α = {alpha}: J após 30 épocas = {J}",
        "unsettled": "α = {alpha}: a partir da época {epoch}, J depende do processador (área sombreada)",
        "diverged": "α = {alpha}: diverge, após cada época J fica acima do seu valor inicial {J0} (sombreado a partir da época {epoch})",
        "accuracy": "acurácia no conjunto de teste: {value} %", "accuracy_unsettled": "a acurácia também depende do processador",
        "accuracy_chance": "acurácia no nível do acaso (10 %)",
        "cell_unsettled": "depende do processador",
    },
    "ru": {
        "depth": "Число слоёв L", "epsilon": "Масштаб инициализации ε_init", "layer": "слой l",
        "vanishing_label": "log₁₀ ‖D⁽ˡ⁾‖ в зависимости от слоя l",
        "vanishing_status": "L = {depth}, ε_init = {epsilon}: log₁₀ ‖D⁽ˡ⁾‖ меняется от {last} при l = {top} до {first} при l = 1.",
        "alpha": "Скорость обучения α", "epoch": "эпоха", "cost": "J (обучающая выборка)",
        "rate_label": "Значение функции стоимости J после каждой эпохи, в логарифмическом масштабе",
        "rate_title": "Все скорости обучения, посчитанные при сборке сайта",
        "rate_text": "То же обучение, что выше (30 эпох, мини-батчи по 16 примеров, те же начальные веса), "
                     "для 21 значения α; каждое посчитано backprop_ref при сборке сайта. При большой α обучение "
                     "становится хаотическим: последние биты округления, которые на разных процессорах разные, "
                     "растут, пока у кривых не остаётся ничего общего. Поэтому каждый запуск повторён ещё восемь "
                     "раз, с каждым начальным весом, изменённым не более чем на 10⁻¹² от его значения. Кривая "
                     "рисуется, пока все повторы дают одно и то же J с 3 значащими цифрами; дальше график "
                     "затенён и J не приводится. Запуск считается расходящимся, если во всех повторах J после "
                     "каждой эпохи оставалось выше своего значения до обучения: тогда затенение начинается с "
                     "этого значения. Доля правильных ответов на тестовой выборке приводится для кривой, "
                     "нарисованной целиком, на которой сходятся все повторы, и как «на уровне случайного "
                     "угадывания» для расходящегося запуска, все повторы которого верно распознают от 5 % до 15 % "
                     "тестовых цифр.",
        "settled": "α = {alpha}: J после 30 эпох = {J}",
        "unsettled": "α = {alpha}: начиная с эпохи {epoch} J зависит от процессора (затенено)",
        "diverged": "α = {alpha}: обучение расходится, после каждой эпохи J выше начального значения {J0} (затенено начиная с эпохи {epoch})",
        "accuracy": "доля правильных ответов на тестовой выборке: {value} %", "accuracy_unsettled": "доля правильных ответов тоже зависит от процессора",
        "accuracy_chance": "доля правильных ответов на уровне случайного угадывания (10 %)",
        "cell_unsettled": "зависит от процессора",
    },
}
# The table's heading log10 ||D(l)|| as MathML, like the page's typeset formulas (same in every language).
NORM = ('<math><mrow><msub><mi>log</mi><mn>10</mn></msub><mo>‖</mo><msup><mi>D</mi><mrow><mo>(</mo><mi>l</mi>'
        '<mo>)</mo></mrow></msup><mo>‖</mo></mrow></math>')
# The epochs the learning-rate table lists (the chart shows all of them).
TABLE_EPOCHS = [0, 1, 2, 5, 10, 20, 30]


class Chart:
    """A plot area in viewBox units and the map from data to it; x and y are (low, high) in plotted units."""

    WIDTH, HEIGHT = 360, 240
    LEFT, RIGHT, TOP, BOTTOM = 56, 348, 34, 200

    def __init__(self, x, y):
        self.x, self.y = x, y

    def px(self, v):
        return round(self.LEFT + (v - self.x[0]) / (self.x[1] - self.x[0]) * (self.RIGHT - self.LEFT), 1)

    def py(self, v):
        return round(self.BOTTOM - (v - self.y[0]) / (self.y[1] - self.y[0]) * (self.BOTTOM - self.TOP), 1)

    def frame(self):
        """What explorers.js needs to draw the same way: the plotted ranges and where they go."""
        return {"x": [*self.x, self.LEFT, self.RIGHT], "y": [*self.y, self.BOTTOM, self.TOP]}

    def svg(self, label, x_ticks, y_ticks, x_title, y_title, series):
        """The axes with their ticks ((value, text) pairs), titles, and the series' own elements."""
        parts = []
        for v, text in y_ticks:
            parts.append(f'<line class="explorer-grid" x1="{self.LEFT}" x2="{self.RIGHT}" y1="{self.py(v)}" y2="{self.py(v)}"/>'
                         f'<text class="explorer-tick" x="{self.LEFT - 6}" y="{self.py(v) + 6}" text-anchor="end" '
                         f'data-value="{v}">{text}</text>')
        for v, text in x_ticks:
            parts.append(f'<line class="explorer-grid" x1="{self.px(v)}" x2="{self.px(v)}" y1="{self.TOP}" y2="{self.BOTTOM}"/>'
                         f'<text class="explorer-tick" x="{self.px(v)}" y="{self.BOTTOM + 20}" text-anchor="middle" '
                         f'data-value="{v}">{text}</text>')
        parts.append(f'<text x="{self.RIGHT}" y="{self.HEIGHT - 2}" text-anchor="end">{escape(x_title)}</text>')
        parts.append(f'<text x="4" y="18">{escape(y_title)}</text>')
        return (f'<svg class="explorer-chart" viewBox="0 0 {self.WIDTH} {self.HEIGHT}" role="img" '
                f'aria-label="{escape(label)}" data-frame="{escape(json.dumps(self.frame()))}">'
                + "".join(parts) + series + "</svg>")


def number(v, lang):
    """A number in prose: shortest form, a true minus sign, the language's decimal separator."""
    return f"{v:g}".replace("-", "\u2212").replace(".", DECIMAL[lang])


def slider(name, label, values, index, lang):
    shown = number(values[index], lang)
    return (f'<label class="explorer-control"><span>{escape(label)}</span>'
            f'<input type="range" name="{name}" min="0" max="{len(values) - 1}" step="1" value="{index}" '
            f'aria-valuetext="{shown}"><output>{shown}</output></label>')


def points(chart, values, first):
    """The polyline and its markers for values at x = first, first + 1, ... (as explorers.js draws them)."""
    xy = [(chart.px(first + i), chart.py(v)) for i, v in enumerate(values)]
    circles = "".join(f'<circle cx="{x}" cy="{y}" r="3.5"/>' for x, y in xy)
    return (f'<polyline class="explorer-line" points="{" ".join(f"{x},{y}" for x, y in xy)}"/>'
            f'<g class="explorer-points">{circles}</g>')


def figure(kind, data, lang, controls, svg, status, table, text=""):
    values = escape(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
    # The strings the script writes: the summary's and the accuracy's wording, the decimal separator.
    strings = {key: TEXT[lang][key] for key in ("vanishing_status", "settled", "unsettled", "diverged", "accuracy",
                                                  "accuracy_unsettled", "accuracy_chance", "cell_unsettled")}
    strings = escape(json.dumps({"decimal": DECIMAL[lang], **strings}, ensure_ascii=False, separators=(",", ":")))
    # data-search-exclude: Material's search indexes no control, tick or table text ("L10Escala … 501357911"),
    # which is noise to a reader, and whose digit runs trip lunr's token set on short prefixes ("la" found nothing).
    return (f'{text}<figure class="explorer" data-search-exclude data-explorer="{kind}" data-values="{values}" '
            f'data-text="{strings}">'
            f'<div class="explorer-controls" hidden>{controls}</div>{svg}'
            f'<figcaption><p class="explorer-status" aria-live="polite">{escape(status)}</p>{table}</figcaption></figure>')


def vanishing(data, lang):
    text = TEXT[lang]
    depth, epsilon = data["depth"].index(10), data["epsilon"].index(0.12)  # the page's running example
    every = [v for row in data["log10_norm"] for norms in row for v in norms]
    chart = Chart((1, max(data["depth"]) - 1), (math.floor(min(every) / 5) * 5, math.ceil(max(every))))
    norms = data["log10_norm"][depth][epsilon]
    L = data["depth"][depth]
    svg = chart.svg(text["vanishing_label"],
                    [(l, str(l)) for l in range(1, max(data["depth"]), 2)],
                    [(v, number(v, "en")) for v in range(chart.y[0], chart.y[1] + 1, 5)],
                    text["layer"], "log₁₀ ‖D⁽ˡ⁾‖", points(chart, norms, 1))
    status = text["vanishing_status"].format(depth=L, epsilon=number(data["epsilon"][epsilon], lang),
                                             last=number(norms[-1], lang), top=L - 1, first=number(norms[0], lang))
    rows = "".join(f"<tr><td>{l}</td><td>{number(v, lang)}</td></tr>" for l, v in enumerate(norms, 1))
    table = (f'<table class="explorer-values"><thead><tr><th><math><mi>l</mi></math></th><th>{NORM}</th></tr></thead>'
             f'<tbody>{rows}</tbody></table>')
    controls = (slider("depth", text["depth"], data["depth"], depth, lang)
                + slider("epsilon", text["epsilon"], data["epsilon"], epsilon, lang))
    return figure("vanishing", data, lang, controls, svg, status, table)


def rate_status(run, lang):
    """The summary: J after the last epoch and the test accuracy, or what the rule lets the page say instead."""
    text, J = TEXT[lang], run["J"]
    head = text[run["tail"] or "settled"].format(alpha=number(run["alpha"], lang), J=number(J[-1], lang),
                                                 epoch=len(J), J0=number(J[0], lang))
    if run["accuracy"] is not None:
        accuracy = text["accuracy"].format(value=number(round(100 * run["accuracy"], 1), lang))
    else:
        accuracy = text["accuracy_chance" if run["at_chance"] else "accuracy_unsettled"]
    return f"{head}; {accuracy}."


def rate_cell(run, epoch, lang):
    if epoch < len(run["J"]):
        return number(run["J"][epoch], lang)
    if run["tail"] == "diverged":
        return f"> {number(run['J'][0], lang)}"
    return TEXT[lang]["cell_unsettled"]


def band(chart, run, epochs):
    """The shaded epochs of a run whose tail is unsettled (full height) or diverged (above J before training)."""
    top = chart.py(chart.y[1])
    low = chart.py(math.log10(run["J"][0])) if run["tail"] == "diverged" else chart.py(chart.y[0])
    left = chart.px(min(len(run["J"]) - 0.5, epochs))  # a curve stored in full: an empty, hidden band
    return (f'<rect class="explorer-band" x="{left}" y="{top}" width="{round(chart.px(epochs) - left, 1)}" '
            f'height="{round(low - top, 1)}"{"" if run["tail"] else " hidden"}/>')


def learning_rate(data, lang):
    text = TEXT[lang]
    index = [run["alpha"] for run in data["runs"]].index(0.25)  # the notebook's "about right" rate
    run = data["runs"][index]
    chart = Chart((0, data["epochs"]), (-2, 3))  # J from 0.01 to 1000, log10 plotted
    series = band(chart, run, data["epochs"]) + points(chart, [math.log10(J) for J in run["J"]], 0)
    svg = chart.svg(text["rate_label"], [(e, str(e)) for e in range(0, data["epochs"] + 1, 10)],
                    [(v, f"{10.0 ** v:g}") for v in range(-2, 4)], text["epoch"], "J(Θ)", series)
    rows = "".join(f"<tr><td>{e}</td><td>{escape(rate_cell(run, e, lang))}</td></tr>" for e in TABLE_EPOCHS)
    table = (f'<table class="explorer-values"><thead><tr><th>{escape(text["epoch"])}</th><th>{escape(text["cost"])}</th>'
             f'</tr></thead><tbody>{rows}</tbody></table>')
    controls = slider("alpha", text["alpha"], [r["alpha"] for r in data["runs"]], index, lang)
    intro = f'<p class="explorer-title"><strong>{escape(text["rate_title"])}</strong></p><p>{escape(text["rate_text"])}</p>'
    return figure("learning-rate", data, lang, controls, svg, rate_status(run, lang), table, intro)

