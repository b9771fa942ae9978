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

// lunr 2.3.9 (in Material's bundle) merges token-set nodes whose toString() is equal, and writes each
// edge as its label and the child's id with nothing between: with digits in tokens ("l2", "log₁₀"), two
// different nodes print alike ("1"+"23", "12"+"3"), get merged, and the set holds words the index does
// not. A query expanding to one threw inside lunr and found nothing: Spanish "la", "regla de la cadena".
// An edge written as label, ":", id, "," reads one way only. Written for 2.3.9: another version stops here.
if (lunr.version !== "2.3.9")
  throw new Error(`search.js patches lunr 2.3.9's TokenSet.toString; Material now bundles lunr ${lunr.version}`)
lunr.TokenSet.prototype.toString = function () {
  let str = this.final ? "1" : "0"
  for (const label of Object.keys(this.edges).sort())
    str += `${label}:${this.edges[label].id},`
  return str
}

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
