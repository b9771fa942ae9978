"""Keep Material's JavaScript from fetching a sitemap next to each hreflang link of a page's head.

Material 9.8.2 takes every <link rel="alternate"> of a page for the root of the site in another
language and fetches the sitemap.xml next to it, so that its language selector can keep the reader
on the same page. Its own alternate links are language roots (/es/). Search engines need each
page's own versions instead (/es/notation/, overrides/partials/hreflang.html), next to which there
is no sitemap: five requests answered 404 on every page load. This site's selector keeps the page
by itself (per-page links that load in full: overrides/partials/alternate.html), so the bundle's
query is narrowed to alternate links without hreflang (feeds and the like; the site has none).

One exact string of the bundle is replaced. If a Material upgrade changes it, the build stops here;
tests/published/test_published_site.py fails on any 404 if the replacement stops taking effect.
"""

import re

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

BUNDLE = re.compile(r"assets/javascripts/bundle\.[0-9a-f]{8}\.min\.js")
QUERY = 'M("link[rel=alternate]")'
NARROWED = 'M("link[rel=alternate]:not([hreflang])")'


# After mkdocs-static-i18n (-100), which builds the file list of each language anew.
@event_priority(-150)
def on_files(files, config):
    bundles = [file for file in files if BUNDLE.fullmatch(file.src_uri)]
    if len(bundles) != 1:
        raise PluginError(f"hooks/hreflang_links.py: expected one Material bundle, found {[f.src_uri for f in bundles]}")
    bundle = bundles[0]
    source = bundle.content_string
    if source.count(QUERY) != 1:
        raise PluginError(f"hooks/hreflang_links.py: Material's bundle no longer contains {QUERY} exactly once "
                          "(Material upgraded?): check how it treats <link rel=alternate hreflang> now.")
    files.remove(bundle)
    files.append(File.generated(config, bundle.src_uri, content=source.replace(QUERY, NARROWED)))
    return files
