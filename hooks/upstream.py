"""The two packages the site's machinery leans on, checked in one place: Material and mkdocs-static-i18n.

- The pinned versions. overrides/ copies blocks of Material's templates, the search worker wrapper
  patches lunr inside Material's bundle, and hooks/notebook_pages.py patches static-i18n (its issue
  #198); all were written against the versions below. Any other installed version stops the build at
  its start, naming the files to re-check (tests/source/test_material_overrides.py also checks the
  copied blocks against the installed theme).
- The template variables the overrides read from static-i18n (``i18n_config``, ``i18n_page_locale``,
  ``page.file.alternates``). A page without one stops the build naming it: the templates have no
  fallback, so a renamed variable cannot quietly drop hreflang, Open Graph or the language's search.
- What overrides/ takes from the installed Material, derived instead of written by hand:
  ``material_search_worker``, the file name of its search worker, which carries a content hash
  (``search.a7633da7.min.js`` in 9.8.2) and which overrides/main.html hands to
  docs/assets/javascripts/workers/search.js; ``material_version``, for the generator tag.
"""

from importlib.metadata import version
from pathlib import Path

import material
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

PINNED = {
    "mkdocs-material": ("9.8.2", ("overrides/main.html", "overrides/partials/alternate.html",
                                  "overrides/partials/search.html", "overrides/partials/logo.html",
                                  "hooks/hreflang_links.py", "docs/assets/javascripts/workers/search.js")),
    "mkdocs-static-i18n": ("1.3.1", ("hooks/notebook_pages.py (does the release fix its issue #198?)",
                                     "the i18n variables of overrides/main.html, overrides/partials/alternate.html, "
                                     "hreflang.html, open_graph.html and overrides/404.html",
                                     "hooks/static_host.py", "hooks/language_roots.py")),
}
MATERIAL_VERSION = PINNED["mkdocs-material"][0]
I18N_PAGE_VARIABLES = ("i18n_config", "i18n_page_locale")
WORKERS = Path(material.__file__).parent / "templates" / "assets" / "javascripts" / "workers"


def search_worker():
    """The one hashed search worker the installed Material ships."""
    found = sorted(path.name for path in WORKERS.glob("search.*.min.js"))
    if len(found) != 1:
        raise PluginError(f"expected one search.*.min.js in {WORKERS}, found {found}")
    return found[0]


def on_config(config):
    for package, (pinned, recheck) in PINNED.items():
        installed = version(package)
        if installed != pinned:
            raise PluginError(
                f"{package} {installed} is installed; the site was written against {pinned}. "
                f"Re-check {'; '.join(recheck)} against the new release, then set its version in hooks/upstream.py."
            )
    return config


def on_env(env, config, files):
    env.globals["material_search_worker"] = search_worker()
    env.globals["material_version"] = MATERIAL_VERSION
    return env


@event_priority(-100)  # after static-i18n (priority 50) has filled the page's context
def on_page_context(context, page, config, nav):
    missing = [name for name in I18N_PAGE_VARIABLES if name not in context]
    missing += [] if hasattr(page.file, "alternates") else ["page.file.alternates"]
    if missing:
        raise PluginError(
            f"mkdocs-static-i18n {version('mkdocs-static-i18n')} gave {page.file.src_uri} no {', '.join(missing)}, "
            f"which overrides/ reads: re-check {'; '.join(PINNED['mkdocs-static-i18n'][1])}."
        )
    return context
