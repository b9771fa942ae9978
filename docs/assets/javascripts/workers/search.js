// Material's search worker, with stemmed prefix queries.
// Material appends "*" to every query term (search as you type), and lunr skips the language
// pipeline for wildcard terms, so an index stemmed in Russian never matched a longer inflected
// query: «градиента*» is no prefix of the stem «градиент». Here such a term is stemmed first
// («градиента» -> «градиент*»), by the same per-language pipeline that built the index.
// It is done where queries are parsed, because Material parses each query twice: for the search
// itself, and for the terms it reports per result, which set the result's rank, the struck-out
// "missing" terms and the ?h= highlight on the page opened; with the raw «градиента» there, a
// found page counted as matching no term.
// overrides/main.html starts this worker with ?material=<Material's hashed worker file>.
importScripts(new URLSearchParams(location.search).get("material"))

let pipeline = null  // the index's own, once the worker has built (or loaded) it
const build = lunr.Builder.prototype.build
lunr.Builder.prototype.build = function () {
  const index = build.call(this)
  pipeline = index.pipeline
  return index
}
const load = lunr.Index.load
lunr.Index.load = function (serialized) {
  const index = load.call(this, serialized)
  pipeline = index.pipeline
  return index
}

const parse = lunr.QueryParser.prototype.parse
lunr.QueryParser.prototype.parse = function () {
  const query = parse.call(this)
  for (const clause of query.clauses) {
    if (!pipeline || clause.usePipeline || !/^[^*]+\*$/.test(clause.term))
      continue
    const [stem] = pipeline.runString(clause.term.slice(0, -1), { fields: clause.fields })
    if (stem)
      clause.term = `${stem}*`
  }
  return query
}
