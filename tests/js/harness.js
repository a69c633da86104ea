/* Runs the site's own search code (lunr.min.js and core.js as shipped) in Node for the tests.
 *
 *   node harness.js search  SCRIPTS_DIR DATA_DIR            < [request, ...]      -> [result, ...]
 *   node harness.js compare SCRIPTS_DIR DATA_DIR DOCS_JSON  < {queries, fields}   -> [{query, whole, split}, ...]
 *   node harness.js stem    SCRIPTS_DIR                     < [word, ...]         -> [stem, ...]
 *   node harness.js stop    SCRIPTS_DIR                     < [word, ...]         -> [is a stop word, ...]
 *   node harness.js words   SCRIPTS_DIR                     < [text, ...]         -> [[word, ...], ...]
 *   node harness.js payload SCRIPTS_DIR DATA_DIR            < [request, ...]      -> [{loaded: [file, ...], first: ms, again: ms}, ...]
 *
 * compare builds lunr.js's own index from the same documents (their tokens, as peerdir's index received them,
 * through the same pipeline: stop words out, then lunr.js's stemmer except in unstemmed fields) and runs the same
 * clauses on it and on the index the build wrote (split into shards), so the two can be checked against each other.
 * With PEERDIR_SEARCH_LANGUAGE (es), lunr-languages' files for it are loaded as search.js loads them, and stem and
 * stop use that language's pipeline.
 */
"use strict";
const fs = require("fs");
const path = require("path");

const [mode, scriptsDir, dataDir, docsFile] = process.argv.slice(2);
globalThis.lunr = require(path.resolve(scriptsDir, "lunr.min.js"));
const language = process.env.PEERDIR_SEARCH_LANGUAGE;
if (language) {
  require(path.resolve(scriptsDir, "lunr.stemmer.support.min.js"))(lunr);
  require(path.resolve(scriptsDir, `lunr.${language}.min.js`))(lunr);
}
const pipeline = language ? lunr[language] : lunr;
require(path.resolve(scriptsDir, "core.js"));
require(path.resolve(scriptsDir, "../when.js"));
const Search = globalThis.PeerdirSearch;
const input = JSON.parse(fs.readFileSync(0, "utf8"));

/* An engine whose data files are read from DATA_DIR (their ?v= left off), each noted in `loaded` if given. */
function engine(loaded) {
  return new Search.Engine((files) => {
    files.forEach((file) => {
      const name = file.split("?")[0];
      if (loaded) loaded.push(name);
      require(path.resolve(dataDir, name));
    });
    return Promise.resolve();
  });
}

function copy(clause) {
  const c = { term: clause.term, boost: clause.boost, usePipeline: false, presence: clause.presence, wildcard: clause.wildcard };
  if (clause.editDistance) c.editDistance = clause.editDistance;
  return c;
}

async function main() {
  if (mode === "stem") return input.map((w) => pipeline.stemmer(new lunr.Token(w)).toString());
  if (mode === "stop") return input.map((w) => pipeline.stopWordFilter(new lunr.Token(w)) === undefined);
  if (mode === "words") return input.map((text) => Search.words(text));
  if (mode === "payload") {
    const out = [];
    for (const request of input) {
      Object.keys(Search.data).forEach((name) => delete Search.data[name]); /* a first search: nothing cached */
      const loaded = [];
      const e = engine(loaded);
      Object.keys(require.cache).forEach((key) => { if (key.startsWith(path.resolve(dataDir))) delete require.cache[key]; });
      const start = process.hrtime.bigint();
      await e.search(request);
      const first = Number(process.hrtime.bigint() - start) / 1e6;
      const again = process.hrtime.bigint();
      await e.search(request);
      out.push({ loaded, first, again: Number(process.hrtime.bigint() - again) / 1e6 });
    }
    return out;
  }
  if (mode === "search") {
    const e = engine();
    const out = [];
    for (const request of input) out.push(await e.search(request));
    return out;
  }
  if (mode === "compare") {
    const docs = JSON.parse(fs.readFileSync(docsFile, "utf8"));
    const whole = lunr(function () {
      this.ref("id");
      const unstemmed = input.unstemmed;
      this.pipeline.reset();
      this.pipeline.add(lunr.stopWordFilter, function stemUnlessUnstemmed(token) {
        return token.metadata.fields.some((f) => unstemmed.includes(f)) ? token : lunr.stemmer(token);
      });
      input.fields.forEach(([name, boost]) => this.field(name, { boost }));
      docs.forEach((doc) => this.add(doc));
    });
    const e = engine();
    await e.need(["meta"]);
    const out = [];
    for (const query of input.queries) {
      for (const fuzzy of [false, true]) {
        const clauses = Search.clauses(Search.parse(query), { fuzzy });
        const own = whole.query((q) => clauses.forEach((c) => q.clause(copy(c))));
        const split = (await e.rank(clauses)).ranked;
        out.push({ query, fuzzy, whole: own.map((r) => [r.ref, r.score]), split: split.map((r) => [r.ref, r.score]) });
      }
    }
    return out;
  }
  throw new Error("unknown mode " + mode);
}

main().then((out) => process.stdout.write(JSON.stringify(out)), (err) => { console.error(err); process.exit(1); });
