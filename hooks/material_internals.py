"""What overrides/ takes from the installed Material, derived here instead of written by hand.

- ``material_search_worker``: the file name of Material's search worker, which carries a content
  hash (``search.a7633da7.min.js`` in 9.8.2) and changes with every Material release.
  overrides/main.html hands it to docs/assets/javascripts/workers/search.js, which loads it.
- ``material_version``: for the generator tag that Material's own base.html writes.

The overrides copy blocks of Material's templates (overrides/main.html, overrides/partials/*.html)
and the worker wrapper patches lunr inside Material's bundle; both were written against
MATERIAL_VERSION. Any other installed version stops the build here, naming the files to re-check
(tests/pages/test_material_overrides.py also checks the copied blocks against the installed theme).
"""

from importlib.metadata import version
from pathlib import Path

import material
from mkdocs.exceptions import PluginError

MATERIAL_VERSION = "9.8.2"
RECHECK = ("overrides/main.html", "overrides/partials/alternate.html", "overrides/partials/search.html",
           "overrides/partials/logo.html",
           "docs/assets/javascripts/workers/search.js")
WORKERS = Path(material.__file__).parent / "templates" / "assets" / "javascripts" / "workers"


def search_worker():
    """The one hashed search worker the installed Material ships."""
    found = sorted(path.name for path in WORKERS.glob("search.*.min.js"))
    if len(found) != 1:
        raise PluginError(f"expected one search.*.min.js in {WORKERS}, found {found}")
    return found[0]


def on_config(config):
    installed = version("mkdocs-material")
    if installed != MATERIAL_VERSION:
        raise PluginError(
            f"mkdocs-material {installed} is installed; overrides/ was written against {MATERIAL_VERSION}. "
            f"Compare {', '.join(RECHECK)} with the new release's templates and search worker, "
            f"then set MATERIAL_VERSION in hooks/material_internals.py."
        )
    return config


def on_env(env, config, files):
    env.globals["material_search_worker"] = search_worker()
    env.globals["material_version"] = MATERIAL_VERSION
    return env
