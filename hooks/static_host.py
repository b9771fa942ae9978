"""What a static host serves outside the pages: a not-found page per language and robots.txt.

MkDocs writes the theme's 404.html at the site root, and mkdocs-static-i18n builds every language
into the same site folder, so each language build wrote over the previous one: the root 404.html
was the last language's (Russian), with the language links of the last page built. Here the
default language's stays at the root, where a static host such as GitHub Pages finds it for every
missing URL, and each other language's goes into its own folder (es/404.html); the template
(overrides/404.html) sends a reader from the root's to their language's. Error pages are not pages,
so static-i18n gives their template none of its page variables: the language's are added here.

robots.txt names the sitemap of every page in every language, on site_url. (Crawlers read it at
the root of a host only: for a site published under a sub-path, the host's own robots.txt counts.)
"""

from pathlib import Path

from mkdocs.plugins import event_priority

NOT_FOUND = "404.html"


def _language(config):
    i18n = config.plugins["i18n"]
    return next(lang for lang in i18n.config.languages if lang.locale == i18n.current_language)


def on_template_context(context, template_name, config):
    if template_name == NOT_FOUND:
        i18n = config.plugins["i18n"]
        context["i18n_config"] = i18n.config
        context["i18n_page_locale"] = i18n.current_language
    return context


def on_post_template(output_content, template_name, config):
    language = _language(config)
    if template_name != NOT_FOUND or language.default:
        return output_content
    target = Path(config.site_dir) / language.link.strip("/") / NOT_FOUND
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(output_content, encoding="utf-8")
    return ""  # MkDocs writes no empty template: the root's 404.html stays the default language's


# After mkdocs-static-i18n (-100), which builds the other languages from the first one's post_build.
@event_priority(-200)
def on_post_build(config):
    if config.plugins["i18n"].building:
        return
    robots = f"User-agent: *\nDisallow:\n\nSitemap: {config.site_url}sitemap.xml\n"
    (Path(config.site_dir) / "robots.txt").write_text(robots, encoding="utf-8")
