"""Material's search box, used as a reader uses it: type a query, read the results.

It waits on the box's own messages, not on time. Until the search worker has built the index, the
line above the results shows the page's "initializing" text, and a query typed before that can come
back empty: the query is typed once that text has changed (to "type to start searching"), and the
results are read once it changes again. Material searches on every key up: typed key by key, each
prefix would be a query of its own, and a slow one could still be on screen when the results are
read ("г" for «градиента»). So the query is entered whole, and one key up sends it alone.
"""

import re

META = "document.querySelector('.md-search-result__meta').textContent.trim()"


def initializing_text(html):
    """The result line's text in a built page, before the worker is ready."""
    return re.search(r'md-search-result__meta">\s*(.*?)\s*<', html).group(1)


def search(page, query, initializing):
    """The result links (href) for a query typed into the page's search box."""
    page.wait_for_function(f"text => {META} !== text", arg=initializing, timeout=60_000)
    ready = page.evaluate(META)
    page.click("input.md-search__input")
    page.fill("input.md-search__input", query)
    page.keyboard.press("End")
    page.wait_for_function(f"text => {META} !== text", arg=ready, timeout=10_000)
    items = page.locator(".md-search-result__item > a")
    items.first.wait_for(timeout=10_000)
    return [a.get_attribute("href") for a in items.all()]


# The page's own search, asked directly: the worker and the index its search box uses (the page's
# __config names the worker and the language's root, whose search/search_index.json it loads), sent
# the messages Material's bundle sends (SETUP with the index, then each QUERY as typed). Results come
# back as the box lists them: one group per page, best first. Many queries cost one index build.
WORKER_SEARCH = """async queries => {
  const config = JSON.parse(document.getElementById("__config").textContent)
  const index = await (await fetch(new URL("search/search_index.json", new URL(config.base, location)))).json()
  const worker = new Worker(new URL(config.search, location))
  const reply = message => new Promise(resolve => {
    worker.onmessage = event => resolve(event.data)
    worker.postMessage(message)
  })
  const ready = await reply({type: 0, data: {config: index.config, docs: index.docs, options: {suggest: false}}})
  if (ready.type !== 1) throw new Error(`search worker not ready: ${JSON.stringify(ready)}`)
  const results = []
  for (const query of queries) {
    const found = await reply({type: 2, data: query})
    results.push(found.data.items.map(group => group[0].location))
  }
  worker.terminate()
  return results
}"""


def worker_search(page, queries):
    """[[page location of each result group, best first] for each query], from the loaded page's search."""
    return page.evaluate(WORKER_SEARCH, list(queries))
