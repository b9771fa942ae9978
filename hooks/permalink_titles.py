"""Title the heading anchors (¶) in the page's language.

The toc extension writes one permalink_title for every page, and mkdocs-static-i18n cannot give
a language its own markdown_extensions. Each language's title is in mkdocs.yml, in the i18n
plugin's per-language `extra.permalink_title`; this hook puts it on the anchors toc wrote.
"""

import re
from html import escape

from mkdocs.exceptions import PluginError


def on_page_content(html, page, config, files):
    written = config.mdx_configs.get("toc", {}).get("permalink_title")
    wanted = (config.extra or {}).get("permalink_title")
    if not written or not wanted:
        raise PluginError("mkdocs.yml: set toc's permalink_title and extra.permalink_title in every "
                          "language entry of the i18n plugin (hooks/permalink_titles.py).")
    if wanted == written:
        return html
    anchor = re.compile(rf'(<a class="headerlink" href="[^"]*" title="){re.escape(escape(written))}(")')
    html, found = anchor.subn(rf"\g<1>{escape(wanted)}\g<2>", html)
    if html.count('class="headerlink"') != found:
        raise PluginError(f"docs/{page.file.src_uri}: a heading anchor is not written as "
                          f"hooks/permalink_titles.py expects; update the hook for this toc version.")
    return html
