"""Keep the language switcher on the same page under instant navigation.

mkdocs-static-i18n warns that its per-page ("contextual") switcher links don't survive
navigation.instant. Material's instant navigation resolves a language link itself: it looks the
current page up in the other language's sitemap. That warning would fail `--strict`, so this hook
drops that one message and nothing else; tests/browser checks that switching really keeps the page.
"""

import logging


class _DropInstantWarning(logging.Filter):
    def filter(self, record):
        return "language switcher contextual link is not compatible" not in record.getMessage()


def on_startup(command, dirty):
    logging.getLogger("mkdocs.plugins.mkdocs_static_i18n.reconfigure").addFilter(_DropInstantWarning())
