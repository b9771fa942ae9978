// Material's search worker, with stemmed prefix queries.
// Material appends "*" to every query term (search as you type), and lunr skips the language
// pipeline for wildcard terms, so an index stemmed in Russian never matched a longer inflected
// query: «градиента*» is no prefix of the stem «градиент». Here such a term is stemmed first
// («градиента» -> «градиент*»), by the same per-language pipeline that built the index.
// overrides/main.html starts this worker with ?material=<Material's hashed worker file>.
importScripts(new URLSearchParams(location.search).get("material"))

const query = lunr.Index.prototype.query
lunr.Index.prototype.query = function (build) {
  const pipeline = this.pipeline
  return query.call(this, function (q) {
    build.call(q, q)
    for (const clause of q.clauses) {
      if (clause.usePipeline || !/^[^*]+\*$/.test(clause.term))
        continue
      const [stem] = pipeline.runString(clause.term.slice(0, -1), { fields: clause.fields })
      if (stem)
        clause.term = `${stem}*`
    }
  })
}
