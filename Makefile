# Two commands for a newcomer: `make serve` (build the site, serve it on 127.0.0.1:8000) and
# `make test` (every test: package, snippets, notebooks, built site, real browser).
# Both bootstrap the same pinned environment: .venv from requirements/lock.txt, node_modules from
# package-lock.json, and Debian's chromium for the browser tests.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
PORT   ?= 8000
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve dev build test test-site test-fast cross-cpu bench mutation clean notebooks snippets figures translations translations-mark

$(BIN)/.installed: requirements/lock.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements/lock.txt
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund
	touch $@

# Playwright cannot download its own browser here; the tests drive Debian's.
/usr/bin/chromium:
	$(SUDO) apt-get update
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium

build: $(BIN)/.installed node_modules/.installed
	$(BIN)/mkdocs build --strict

serve: build
	@echo "Serving the built site at http://127.0.0.1:$(PORT)/ (Ctrl-C to stop)"
	$(BIN)/python -m http.server $(PORT) --bind 127.0.0.1 --directory site

# The suite's one build, for a project site's address with a sub-path, as GitHub Pages serves it
# (tests/built_site.py): every test of tests/site reads it, every test of tests/browser opens it.
TEST_SITE := test-artifacts/site/backprop
TEST_SITE_URL := http://127.0.0.1:$(PORT)/backprop/

# -n auto: one pytest-xdist worker per core, each with its own Chromium (tests/browser/conftest.py).
# --dist worksteal: a worker that runs out of tests takes pending ones from the other's queue (with the
# default, long tests queued early on one worker left the other idle: minutes in make test, a quarter
# of make test-fast).
test: test-site /usr/bin/chromium
	$(BIN)/python -m pytest -n auto --dist worksteal

# Only the suite's build: before running one file of tests/site or tests/browser by hand.
test-site: $(BIN)/.installed node_modules/.installed
	rm -rf $(TEST_SITE)
	SITE_URL=$(TEST_SITE_URL) $(BIN)/mkdocs build --strict --site-dir $(TEST_SITE)

# The edit-test loop: every test that needs no build (tests/source: the package, the snippets, the
# pages' and notebooks' sources, the notebooks' outputs, the workflows) and the doctests.
test-fast: $(BIN)/.installed node_modules/.installed
	$(BIN)/python -m pytest -n auto --dist worksteal tests/source backprop_ref

# Before publishing numbers: every committed output (snippets, figures, stepper data, notebooks) again under
# other OpenBLAS kernels (Sandybridge, Prescott) and one thread, in child processes only (tools/cross_cpu.py).
# Not part of make test: tests and CI never force a kernel.
cross-cpu: $(BIN)/.installed
	$(BIN)/python tools/cross_cpu.py

# Live preview for authors: every language rebuilt on each save, at http://127.0.0.1:$(PORT)/.
dev: $(BIN)/.installed node_modules/.installed
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:$(PORT)

# Re-execute the notebook sources (notebooks/*.py) into docs/notebooks/*.ipynb, outputs included
# (the site build renders them; it executes nothing).
# Run it after changing a notebook or backprop_ref: tests/source/test_notebook_execution.py fails on stale stored outputs.
notebooks: $(BIN)/.installed node_modules/.installed
	$(BIN)/python tools/publish_notebooks.py

# Rewrite snippets/*.out from a fresh run of each snippet (tests/source/test_snippets.py compares them).
snippets: $(BIN)/.installed
	$(BIN)/python tools/snippet_outputs.py

# Redraw docs/assets/figures/*.svg, the worked example's steps and the explorers' data (docs/assets/data/)
# from backprop_ref (tests/source/test_figures.py, test_stepper.py and test_explorers.py compare them).
figures: $(BIN)/.installed
	$(BIN)/python tools/make_figures.py
	$(BIN)/python tools/stepper_data.py
	$(BIN)/python tools/explorer_data.py

# Translated pages whose English master changed since they were last brought up to date, per
# language (the build shows those pages with an "outdated translation" banner).
translations:
	$(PYTHON) tools/translations.py

# After bringing translations up to date with their masters (or merging a branch that changed both):
# record the masters' current versions in every translation's front matter. Prints each page.
translations-mark:
	$(PYTHON) tools/translations.py mark

bench: $(BIN)/.installed
	$(BIN)/python bench/gradients_vs_torch.py

# Mutation score of backprop_ref/ against the package tests and doctests (mutmut, pinned; settings in
# [tool.mutmut] of pyproject.toml). About 14 minutes on 2 cores; not part of make test.
mutation: $(BIN)/.installed
	$(BIN)/python bench/mutation.py

clean:
	rm -rf site test-artifacts $(VENV) node_modules .pytest_cache .hypothesis .cache mutants
