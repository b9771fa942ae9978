"""Material's instant navigation with mkdocs-static-i18n's per-page language selector.

mkdocs-static-i18n warns on every build (of every language) that its selector links are "not
compatible with theme.features = navigation.instant": instant navigation swaps the page body but
not the header, so the links would stay those of the first page loaded. This site rebuilds them
after each page change (docs/assets/javascripts/language_selector.js; checked in Chromium by
tests/browser/test_instant_navigation.py), so that one warning, which --strict turns into a failed
build, is dropped here; every other warning still counts. Without the script the build fails.
"""

import logging

from mkdocs.exceptions import PluginError

SCRIPT = "assets/javascripts/language_selector.js"
INCOMPATIBLE = "language switcher contextual link is not compatible with theme.features = navigation.instant"


class _HandledWarning(logging.Filter):
    def filter(self, record):
        return INCOMPATIBLE not in record.getMessage()


# At import, before any plugin's on_config: static-i18n warns from its own on_config.
logging.getLogger("mkdocs.plugins.mkdocs_static_i18n.reconfigure").addFilter(_HandledWarning())


def on_config(config):
    scripts = [str(script) for script in config.extra_javascript]
    if "navigation.instant" in config.theme.get("features", []) and SCRIPT not in scripts:
        raise PluginError(f"navigation.instant needs {SCRIPT} in extra_javascript: without it the "
                          "language selector keeps the links of the first page loaded.")
    return config
