"""The site's search finds each topic under the names a learner types, in every language.

Per language, queries a learner would type (the standard names of the topics, listed per page in
the "Searched as" table of translations/glossary.md, and a few typed as learners type them: plural,
inflected, an accent or a letter missed), each with the page that must come first, or among the first
three. The queries go to the page's own search: Material's worker with the language's index, in
Chromium (search_box.worker_search); one query per language is also typed into the search box, and
the box must list the pages in the same order, so the two are the same search.
"""

import pytest

from built_site import language_home, languages
from search_box import initializing_text, search, worker_search

# (query, page that must be found, within how many first pages)
QUERIES = {
    "en": [
        ("vanishing gradient", "vanishing-gradients/", 1),
        ("vanishing gradient problem", "vanishing-gradients/", 1),
        ("vanishing gradients", "vanishing-gradients/", 1),  # plural
        ("vanishing gradiant", "vanishing-gradients/", 1),  # misspelt
        ("chain rule", "delta-rule/", 3),
        ("mini-batch", "gradient-descent/", 1),
        ("learning rate", "gradient-descent/", 3),
        ("cross entropy", "softmax/", 1),
        ("softmax", "softmax/", 1),
        ("regularization", "backpropagation/", 3),
        ("weight initialization", "vanishing-gradients/", 3),
        ("initializing weights", "vanishing-gradients/", 3),  # inflected
        ("gradient checking", "backpropagation/", 3),  # inflected
        ("backpropagation algorithm", "backpropagation/", 1),
        ("delta rule", "delta-rule/", 1),
        ("sigmoid derivative", "vanishing-gradients/", 3),
        ("matrix form", "batched/", 3),
        ("computational graph", "warm-up/", 3),
        ("gradient descent", "gradient-descent/", 1),
        ("errata", "errata/", 1),
    ],
    "es": [
        ("desvanecimiento del gradiente", "vanishing-gradients/", 1),
        ("gradiente que se desvanece", "vanishing-gradients/", 1),
        ("desvanecimiento de gradientes", "vanishing-gradients/", 1),  # plural
        ("regla de la cadena", "delta-rule/", 3),
        ("minilotes", "gradient-descent/", 1),  # plural
        ("tasa de aprendizaje", "gradient-descent/", 3),
        ("entropía cruzada", "softmax/", 1),
        ("entropia cruzada", "softmax/", 1),  # accent missed
        ("softmax", "softmax/", 1),
        ("regularización", "backpropagation/", 3),
        ("inicialización de pesos", "vanishing-gradients/", 3),
        ("comprobación del gradiente", "backpropagation/", 3),
        ("retropropagación", "backpropagation/", 3),
        ("propagación hacia atrás", "backpropagation/", 3),
        ("regla delta", "delta-rule/", 1),
        ("derivada de la sigmoide", "vanishing-gradients/", 3),
        ("retropropagación matricial", "batched/", 3),
        ("descenso del gradiente", "gradient-descent/", 1),
        ("grafo computacional", "warm-up/", 3),
        ("fe de erratas", "errata/", 1),
    ],
    "pt-BR": [
        ("desaparecimento do gradiente", "vanishing-gradients/", 1),
        ("gradiente que desaparece", "vanishing-gradients/", 1),
        ("gradientes que desaparecem", "vanishing-gradients/", 1),  # plural
        ("regra da cadeia", "delta-rule/", 3),
        ("minilotes", "gradient-descent/", 1),  # plural
        ("taxa de aprendizado", "gradient-descent/", 3),
        ("entropia cruzada", "softmax/", 1),
        ("softmax", "softmax/", 1),
        ("regularização", "backpropagation/", 3),
        ("inicialização dos pesos", "vanishing-gradients/", 3),
        ("verificação do gradiente", "backpropagation/", 3),
        ("retropropagação", "backpropagation/", 3),
        ("regra delta", "delta-rule/", 1),
        ("derivada da sigmoide", "vanishing-gradients/", 3),
        ("forma matricial", "batched/", 3),
        ("descida do gradiente", "gradient-descent/", 1),
        ("grafo computacional", "warm-up/", 3),
        ("errata", "errata/", 1),
    ],
    "ru": [
        ("затухание градиента", "vanishing-gradients/", 1),
        ("затухание градиентов", "vanishing-gradients/", 1),  # plural, the query
        ("исчезающий градиент", "vanishing-gradients/", 3),
        ("исчезающие градиенты", "vanishing-gradients/", 3),  # plural
        ("цепное правило", "delta-rule/", 3),
        ("мини-батчи", "gradient-descent/", 1),  # plural
        ("скорость обучения", "gradient-descent/", 3),
        ("перекрёстная энтропия", "softmax/", 1),
        ("перекрестная энтропия", "softmax/", 1),  # е for ё, as most keyboards type it
        ("кросс-энтропия", "softmax/", 1),
        ("softmax", "softmax/", 1),
        ("регуляризация", "backpropagation/", 3),
        ("инициализация весов", "vanishing-gradients/", 3),
        ("проверка градиента", "backpropagation/", 3),
        ("обратное распространение ошибки", "backpropagation/", 3),
        ("дельта-правило", "delta-rule/", 1),
        ("производная сигмоиды", "vanishing-gradients/", 3),
        ("матричная форма", "batched/", 3),
        ("градиентный спуск", "gradient-descent/", 1),
        ("вычислительный граф", "warm-up/", 3),
    ],
}


def test_every_language_has_learner_queries():
    assert sorted(QUERIES) == sorted(lang for lang, _ in languages())
    for lang, cases in QUERIES.items():
        assert len(cases) >= 15, lang


def pages_found(locations):
    """The pages of the result groups, in order (a group may start with a section of its page)."""
    pages = []
    for location in locations:
        page = location.split("#")[0]
        if page not in pages:
            pages.append(page)
    return pages


@pytest.mark.parametrize("lang", list(QUERIES))
def test_learner_queries_find_their_page(page, traffic, site_url, lang):
    root = dict(languages())[lang]
    home = language_home(site_url, root)
    response = page.goto(home, wait_until="load")
    queries = [query for query, _, _ in QUERIES[lang]]
    results = worker_search(page, queries)

    missed = []
    for (query, expected, within), locations in zip(QUERIES[lang], results):
        found = pages_found(locations)
        if expected not in found[:within]:
            missed.append(f"{query!r}: {expected} not in the first {within}, found {found[:5]}")
    assert not missed, f"{lang} search misses what learners type:\n" + "\n".join(missed)

    # The same search as the box's: its first query typed into the box lists the same pages.
    hrefs = search(page, queries[0], initializing_text(response.text()))
    typed = pages_found([href.split("?")[0].removeprefix(home) for href in hrefs])
    assert typed == pages_found(results[0])[: len(typed)], (queries[0], typed, pages_found(results[0]))
    assert traffic.broken == [] and traffic.console == []
