/* peerdir search core: runs in a Web Worker, on the page when a worker cannot start, and in Node for tests.
 *
 * The index is split by the first letter(s) of each term (peerdir/search/index.py). A search loads only the
 * shards its words need, asks each with lunr.js, and adds the scores up exactly as one whole index would
 * score them: lunr scores a field as dot(query, document) / |query|, so each shard's score is scaled by
 * |query in that shard| / |whole query|.
 */
(function (root) {
  "use strict";

  var lunr = root.lunr;
  var data = {};
  var PAGE = 20;
  /* The one normalisation and tokenizer, as peerdir/search/index.py's fold and words (tested against each other). */
  var FOLD = { "đ": "d", "ß": "ss", "æ": "ae", "ø": "o", "ł": "l", "œ": "oe", "'": "", "’": "", "‘": "", "ʼ": "", "`": "", "´": "" };
  var NAME_END = "=";
  var PAIR_END = "~";
  var TYPED = 30; /* the boost of a word as typed, beside its stem's 10 */

  var versions = {}; /* what each file loaded says of itself */
  root.peerdirSearchData = function (name, value, version) { data[name] = value; versions[name] = version; };

  function fold(text) {
    return text.toLowerCase().replace(/[đßæøłœ'’‘ʼ`´]/g, function (c) { return FOLD[c]; }).replace(/\p{S}/gu, " ")
      .normalize("NFKD").toLowerCase().replace(/\p{M}/gu, "");
  }

  function words(text) {
    return fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }

  /* English's stemmer and stop words (lunr's own), or the site language's from lunr-languages, which search.js
   * loads first; peerdir/search/languages.py writes the index with the same. */
  function pipeline() { return (data.meta && data.meta.language && lunr[data.meta.language]) || lunr; }
  function stem(word) { return pipeline().stemmer(new lunr.Token(word)).toString(); }
  function isStopWord(word) { return pipeline().stopWordFilter(new lunr.Token(word)) === undefined; }

  /* The words of a query with the language's phrases as one word ("en linea": "enlinea"), as index.py's joined;
   * each keeps the words it was typed as (parts), which the results mark. */
  function joined(found) {
    var phrases = (data.meta && data.meta.phrases) || [], out = [];
    for (var i = 0; i < found.length; i++) {
      if (i + 1 < found.length && phrases.indexOf(found[i] + " " + found[i + 1]) >= 0) {
        out.push({ word: found[i] + found[i + 1], parts: [found[i], found[i + 1]] });
        i += 1;
      } else {
        out.push({ word: found[i], parts: [found[i]] });
      }
    }
    return out;
  }

  /* Words in quotes must all appear; other words are optional and rank what contains more of them. Read once
   * meta.js is loaded, for the language's stop words and phrases. */
  function parse(text) {
    var parsed = [];
    var rest = text.replace(/"([^"]*)"?/g, function (_, phrase) {
      joined(words(phrase)).forEach(function (w) { if (!isStopWord(w.word)) parsed.push({ word: w.word, parts: w.parts, required: true }); });
      return " ";
    });
    joined(words(rest)).forEach(function (w) { parsed.push({ word: w.word, parts: w.parts, required: false }); });
    return parsed;
  }

  /* lunr clauses for the parsed words: exact (boost 10), prefix for words of 3+ letters, fuzzy only when asked
   * (options.fuzzy; for the words in options.only alone, where given; one letter off, not two, for the words in
   * options.near);
   * and the whole query as one name (the "w" field holds each name whole), so a name typed in full comes first. */
  function clauses(parsed, options) {
    var out = [];
    var P = lunr.Query.presence, W = lunr.Query.wildcard;
    if (parsed.length) {
      var whole = parsed.map(function (item) { return item.word; }).join("") + NAME_END;
      out.push({ term: whole, boost: 10, usePipeline: false, presence: P.OPTIONAL, wildcard: W.NONE, key: NAME_END });
    }
    /* Each two neighbouring words as a phrase of a name; a phrase matched counts as one more word matched. */
    parsed.slice(1).forEach(function (item, i) {
      out.push({ term: parsed[i].word + item.word + PAIR_END, boost: 10, usePipeline: false, presence: P.OPTIONAL,
        wildcard: W.NONE, key: PAIR_END + i });
    });
    parsed.forEach(function (item, i) {
      var stemmed = stem(item.word);
      var presence = item.required ? P.REQUIRED : P.OPTIONAL;
      out.push({ term: stemmed, boost: 10, usePipeline: false, presence: presence, wildcard: W.NONE, key: item.word });
      /* The word as typed, for every word alike: names are indexed as written too ("w"), so a name holding "loved"
       * outranks text that only shares its stem ("loving"), and every word of a query keeps the same weight. */
      out.push({ term: item.word, boost: TYPED, usePipeline: false, presence: P.OPTIONAL, wildcard: W.NONE, key: item.word });
      /* A prefix: of a word of three letters or more, not a stop word ("for*" had found "Foro" and every forum for
       * "for teens"); of the last word while it is being typed, any of two letters or more. */
      var typing = options.typing && i === parsed.length - 1;
      if (!item.required && (item.word.length >= 3 && (typing || !isStopWord(item.word)) || (typing && item.word.length >= 2))) {
        out.push({ term: item.word + "*", boost: 1, usePipeline: false, presence: P.OPTIONAL, wildcard: W.TRAILING, key: item.word });
      }
      if (!item.required && options.fuzzy && item.word.length >= 4 && (!options.only || options.only.indexOf(item.word) >= 0)) {
        /* Near the stem, near the word as typed (names are indexed as written too), and the word with its first two
         * letters swapped, which a lookup by first letter would otherwise never reach; not near a stem of three
         * letters, which reaches words of two ("died", stem "die", had found Spanish listings by "de"). */
        var swapped = item.word.charAt(1) + item.word.charAt(0) + item.word.slice(2);
        [stemmed, item.word, swapped].filter(function (t, n, all) { return t.length >= 4 && all.indexOf(t) === n; }).forEach(function (term) {
          out.push({ term: term, boost: options.only ? 10 : 1, usePipeline: false, presence: P.OPTIONAL, wildcard: W.NONE,
            editDistance: item.word.length >= 7 && !(options.near && options.near[item.word]) ? 2 : 1, fuzzy: true, key: item.word });
        });
      }
    });
    return out;
  }

  function copy(clause) {
    var c = { term: clause.term, boost: clause.boost, usePipeline: false, presence: clause.presence, wildcard: clause.wildcard };
    if (clause.editDistance) c.editDistance = clause.editDistance;
    return c;
  }

  /* Which shards a clause may need. A shard is named by the first letters its terms share: one, or more where
   * shards.py split a shard by size, each part as deep as its size needed (padded with "_" for shorter terms).
   * A whole word is in the one shard whose name its own first letters spell. Of a misspelling and of a word of
   * one or two letters only the first letter is sure, and of a word's start (a trailing *) the letters before
   * it: such a clause may be in the shard whose name those letters begin with, or in any shard whose name
   * begins with them. */
  function shardsFor(clause, names) {
    var term = clause.term, star = term.indexOf("*");
    var key = function (n) {
      return Array.from(term.slice(0, n)).map(function (c) { return /[a-z0-9]/.test(c) ? c : "_"; }).join("").padEnd(n, "_");
    };
    var sure = clause.fuzzy || term.length < 3 || star === 1 ? 1 : star > 1 ? star : 0;
    if (!sure) return names.filter(function (name) { return name === key(name.length); });
    var start = key(sure);
    var covering = names.filter(function (name) { return name.length <= sure && start.lastIndexOf(name, 0) === 0; });
    return covering.length ? covering : names.filter(function (name) { return name.lastIndexOf(start, 0) === 0; });
  }

  function Engine(load) {
    this.load = load; /* load(["meta.js", "shard-a.js?v=…", ...]) -> Promise, after which peerdirSearchData has run for each */
    this.indexes = {};
    this.termLists = {};
    this.past = false; /* fetch meta past the browser's cache: files of two builds met (peerdir/search/index.py) */
  }

  /* A file's version as meta lists it; the result chunks share one. */
  function listed(name) {
    return data.meta && data.meta.versions && data.meta.versions[name.indexOf("docs-") === 0 ? "docs" : name];
  }

  /* The layout of the data files this code reads: meta's "format" (SEARCH_FORMAT in peerdir/search/index.py).
   * Another means a meta cached from before a deploy, fetched again past the cache, or scripts of another
   * peerdir than the data, which must fail plainly rather than read one layout as the other (a shard split by
   * three letters would be looked for under two, and a word found nowhere). */
  var FORMAT = 3;

  /* A result's display may end with what else its card says (_extra in peerdir/search/index.py): "badge", its
   * status where it is not active; "lang" and "written", what it shows in the main language on a translation's
   * search page (n its name, s its summary, h its hours' note, p its phones' notes). */
  function extra(doc) {
    var last = doc[doc.length - 1];
    return last && typeof last === "object" && !Array.isArray(last) ? last : null;
  }

  function displayed(doc) { return extra(doc) ? doc.slice(0, -1) : doc; }

  function Stale() { this.message = "search data files of two builds"; }
  Stale.prototype = Object.create(Error.prototype);

  Engine.prototype.need = function (names) {
    var self = this;
    var meta = "meta" in data ? Promise.resolve() : this.load([this.past ? "meta.js?t=" + Date.now() : "meta.js"]);
    return meta.then(function () {
      self.past = false; /* a search begun meanwhile fetched it past the cache too */
      if (!data.meta || data.meta.format !== FORMAT) throw new Stale();
      var missing = names.filter(function (name) { return !(name in data); });
      return missing.length && self.load(missing.map(function (name) { return name + ".js?v=" + listed(name); }));
    }).then(function () {
      if (names.some(function (name) { return name !== "meta" && versions[name] !== listed(name); })) throw new Stale();
    });
  };

  /* After files of two builds met, everything loaded is let go, and the search made once more from a fresh meta. */
  Engine.prototype.search = function (request) {
    var self = this;
    return this.searchOnce(request).catch(function (error) {
      if (!(error instanceof Stale)) throw error;
      Object.keys(data).forEach(function (name) { delete data[name]; });
      versions = {};
      self.indexes = {};
      self.termLists = {};
      self.past = true;
      return self.searchOnce(request);
    });
  };

  Engine.prototype.index = function (name) {
    if (!this.indexes[name]) this.indexes[name] = new Shard(data["shard-" + name]);
    return this.indexes[name];
  };

  /* The terms of a shard of a split letter: the shard's own once it is read, or else its letter's list's. */
  Engine.prototype.terms = function (name) {
    if (this.indexes[name]) return this.indexes[name];
    if (!this.termLists[name]) this.termLists[name] = new Terms(data["terms-" + name.charAt(0)][name]);
    return this.termLists[name];
  };

  /* Which shards each clause needs: where it could be in several shards of a split letter, only those holding a
   * term it reaches, after their letter's list of terms (a shard it reaches nothing in adds nothing to a score). */
  Engine.prototype.route = function (all) {
    var self = this, names = data.meta.shards, lists = {};
    var routes = all.map(function (clause) {
      var shards = shardsFor(clause, names);
      if (shards.length > 1) lists["terms-" + shards[0].charAt(0)] = true;
      return shards;
    });
    return this.need(Object.keys(lists).sort()).then(function () {
      return routes.map(function (shards, i) {
        return shards.length > 1 ? shards.filter(function (name) { return self.terms(name).expand(all[i]).length; }) : shards;
      });
    });
  };

  /* A shard as shipped (peerdir/search/shards.py: sorted terms, and each document's vector as steps), read once
   * into its terms and each term's postings, which are those vectors read the other way. A document's vector
   * stays packed, as shipped, and is read again only when a search scores that document: unpacking every
   * vector of a large shard up front made most of a first search's time and garbage. */
  function Shard(packed) {
    var self = this;
    Terms.call(this, packed.terms);
    this.postings = packed.terms.map(function () { return []; }); /* term index -> [field, ref, field, ref, ...] */
    this.vectors = packed.fields.map(function (field, f) { /* field -> ref -> its packed row */
      var byRef = {}, ref = 0, postings = self.postings;
      (packed.vectors[field] || []).forEach(function (row) {
        ref += row[0];
        for (var k = 1, index = 0; k < row.length; k += 2) {
          index += row[k];
          postings[index].push(f, ref);
        }
        byRef[ref] = row;
      });
      return byRef;
    });
  }

  /* A shard's terms, in order: from the shard itself, or from its letter's list of terms (terms-<letter>), which
   * a word that could be in any shard of a split letter (a misspelling, a word of one or two letters) reads
   * first, so that only the shards holding a term it reaches are fetched. */
  function Terms(list) {
    var place = Object.create(null);
    list.forEach(function (term, index) { place[term] = index; });
    this.terms = list;
    this.place = place;
    this.tokenSets = {}; /* lunr's automata of the terms, by length, made for the close-spelling clauses that need them */
  }

  /* The terms a clause reaches, as lunr's TokenSet would expand it: the term itself, the terms it begins (a
   * trailing *), or those within its edit distance. */
  Terms.prototype.expand = function (clause) {
    if (clause.editDistance) {
      /* Only terms whose length is within the edit distance can be reached (an edit changes the length by one at
       * most), so lunr's automaton is made of those alone: a fraction of the shard, and most of a misspelt first
       * search's time was making it of every term. */
      var low = clause.term.length - clause.editDistance, high = clause.term.length + clause.editDistance;
      var key = low + "-" + high;
      if (!this.tokenSets[key]) {
        this.tokenSets[key] = lunr.TokenSet.fromArray(this.terms.filter(function (t) { return t.length >= low && t.length <= high; }));
      }
      return this.tokenSets[key].intersect(lunr.TokenSet.fromClause(copy(clause))).toArray();
    }
    if (clause.wildcard === lunr.Query.wildcard.TRAILING) {
      var start = clause.term.slice(0, -1);
      return this.terms.filter(function (term) { return term.lastIndexOf(start, 0) === 0; });
    }
    return clause.term in this.place ? [clause.term] : [];
  };
  Shard.prototype.expand = Terms.prototype.expand;

  /* The documents holding any of these terms: a flag (1) by ref, of `count` documents. */
  Shard.prototype.holding = function (terms, count) {
    var self = this, refs = new Uint8Array(count);
    terms.forEach(function (term) {
      var posting = self.postings[self.place[term]];
      for (var k = 1; k < posting.length; k += 2) refs[posting[k]] = 1;
    });
    return refs;
  };

  /* lunr.js's Index.query, for clauses all over every field, without its per-match bookkeeping: each field a
   * document matched scores dot(query, field vector) / |query|, summed over fields, in lunr's order of
   * operations (vectors by term index), so the scores are lunr's. weights: term -> summed boost; required: for
   * each required clause, its terms; ids: term -> the ids of the query's words it stands for. Adds each
   * matched document's score into `scores` (by ref; zero where it starts) and sets the bits of the words it
   * matched in `words` (`width` 32-bit numbers a document), and returns the refs matched. Typed arrays by ref,
   * not objects: a word in every listing matches them all, and objects made most of the time and garbage. */
  Shard.prototype.query = function (weights, required, ids, scores, words, width) {
    var self = this, count = scores.length;
    if (required.some(function (terms) { return !terms.length; })) return [];
    var wanted = required.map(function (terms) { return self.holding(terms, count); });
    var byIndex = {}, indexes = [];
    Object.keys(weights).forEach(function (term) { var i = self.place[term]; byIndex[i] = weights[term]; indexes.push(i); });
    indexes.sort(function (a, b) { return a - b; });
    var magnitude = Math.sqrt(indexes.reduce(function (sum, i) { return sum + byIndex[i] * byIndex[i]; }, 0));
    var inFields = new Uint32Array(count), byField = this.vectors.map(function () { return []; }), refs = [];
    indexes.forEach(function (i) {
      var posting = self.postings[i], own = ids[self.terms[i]];
      next: for (var k = 0; k < posting.length; k += 2) {
        var f = posting[k], ref = posting[k + 1];
        for (var r = 0; r < wanted.length; r++) if (!wanted[r][ref]) continue next;
        if (!inFields[ref]) refs.push(ref);
        if (!(inFields[ref] & (1 << f))) { inFields[ref] |= 1 << f; byField[f].push(ref); }
        for (var w = 0; w < own.length; w++) words[ref * width + (own[w] >> 5)] |= 1 << (own[w] & 31);
      }
    });
    byField.forEach(function (matched, f) {
      var vectors = self.vectors[f];
      matched.forEach(function (ref) {
        var row = vectors[ref], dot = 0;
        for (var k = 1, index = 0; k < row.length; k += 2) {
          index += row[k];
          var weight = byIndex[index];
          if (weight !== undefined) dot += weight * (row[k + 1] / 1000);
        }
        scores[ref] += dot / magnitude || 0;
      });
    });
    return refs;
  };

  function bitCount(n) {
    n = n - ((n >>> 1) & 0x55555555);
    n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
    return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }

  /* The words whose close-spelling clauses reach a term one letter away: those are looked for no further, two
   * letters away ("adiction" reaches "addict", one letter from its stem, and "adult", two: "Young Adult ..." had
   * come first). -> {word: true}, after fetching what the clauses need, which rank then finds fetched. */
  Engine.prototype.nearby = function (all) {
    var self = this;
    var far = all.filter(function (clause) { return clause.editDistance === 2; });
    if (!far.length) return Promise.resolve({});
    return this.route(far).then(function (routes) {
      var names = {};
      routes.forEach(function (shards) { shards.forEach(function (name) { names[name] = true; }); });
      return self.need(Object.keys(names).sort().map(function (name) { return "shard-" + name; })).then(function () {
        var near = {};
        far.forEach(function (clause, i) {
          var one = copy(clause);
          one.editDistance = 1;
          if (routes[i].some(function (name) { return self.index(name).expand(one).length; })) near[clause.key] = true;
        });
        return near;
      });
    });
  };

  /* Score every document the clauses match, as one lunr index would: [{ref, score, words}], best first,
   * where words counts the distinct query words the document matched. */
  Engine.prototype.rank = function (all) {
    var self = this;
    var byShard = {}, wordId = Object.create(null), wordCount = 0, shardNames = [];
    return this.route(all).then(function (routes) {
      var impossible = false;
      all.forEach(function (clause, i) {
        if (!routes[i].length && clause.presence === lunr.Query.presence.REQUIRED) impossible = true;
        routes[i].forEach(function (name) { (byShard[name] = byShard[name] || []).push(clause); });
        if (!(clause.key in wordId)) wordId[clause.key] = wordCount++;
      });
      if (impossible) return false;
      shardNames = Object.keys(byShard).sort();
      return self.need(shardNames.map(function (n) { return "shard-" + n; })).then(function () { return true; });
    }).then(function (possible) {
      if (!possible) return { ranked: [], matched: [] };
      var count = data.meta.docs, width = Math.max(1, Math.ceil(wordCount / 32));
      var magnitude2 = 0;
      var parts = shardNames.map(function (name) {
        var index = self.index(name);
        var scoring = byShard[name].filter(function (c) { return c.presence !== lunr.Query.presence.PROHIBITED; });
        var vector = Object.create(null), ids = Object.create(null), required = []; /* by term: "constructor" is one */
        scoring.forEach(function (clause) {
          var terms = index.expand(clause);
          terms.forEach(function (term) {
            vector[term] = (vector[term] || 0) + clause.boost;
            ids[term] = ids[term] || [];
            if (ids[term].indexOf(wordId[clause.key]) < 0) ids[term].push(wordId[clause.key]);
          });
          if (clause.presence === lunr.Query.presence.REQUIRED) required.push(terms);
        });
        var m2 = Object.keys(vector).reduce(function (sum, t) { return sum + vector[t] * vector[t]; }, 0);
        magnitude2 += m2;
        return { name: name, index: index, scoring: scoring, vector: vector, ids: ids, required: required, magnitude: Math.sqrt(m2) };
      });
      var whole = Math.sqrt(magnitude2);
      var totals = new Float64Array(count), scores = new Float64Array(count), words = new Uint32Array(count * width);
      var found = new Uint8Array(count), prohibited = new Uint8Array(count), requiredHits = new Uint8Array(count);
      var requiredParts = 0;
      parts.forEach(function (part) {
        byShard[part.name].forEach(function (clause) {
          if (clause.presence !== lunr.Query.presence.PROHIBITED) return;
          var held = part.index.holding(part.index.expand(clause), count);
          for (var ref = 0; ref < count; ref++) prohibited[ref] |= held[ref];
        });
        var refs = part.scoring.length ? part.index.query(part.vector, part.required, part.ids, scores, words, width) : [];
        if (part.required.length) requiredParts++;
        refs.forEach(function (ref) {
          totals[ref] += whole ? scores[ref] * part.magnitude / whole : 0;
          scores[ref] = 0;
          found[ref] = 1;
          if (part.required.length) requiredHits[ref]++;
        });
      });
      var ranked = [], any = new Uint32Array(width);
      for (var ref = 0; ref < count; ref++) {
        if (!found[ref] || prohibited[ref] || requiredHits[ref] !== requiredParts) continue;
        var matched = 0;
        for (var w = 0; w < width; w++) {
          matched += bitCount(words[ref * width + w]);
          any[w] |= words[ref * width + w];
        }
        ranked.push({ ref: String(ref), score: totals[ref], words: matched });
      }
      /* The words (clause keys) that some result matched: one that none did is a misspelling, or not in the directory. */
      var keys = Object.keys(wordId).filter(function (key) { return any[wordId[key] >> 5] & (1 << (wordId[key] & 31)); });
      return { ranked: ranked.sort(function (a, b) { return b.score - a.score || Number(a.ref) - Number(b.ref); }), matched: keys };
    });
  };

  /* A document that matches more of the person's words comes first; lunr's score orders the rest. */
  function byWords(ranked) {
    return ranked.slice().sort(function (a, b) { return b.words - a.words || b.score - a.score || Number(a.ref) - Number(b.ref); });
  }

  /* facets.js gives each facet's values by document, a column per facet (smaller gzipped); filtering reads a
   * document's values of every facet together, so the columns are turned into a row per document once. */
  function facetRows(facetData) {
    if (!facetData.rows) {
      var columns = facetData.columns, count = columns.length ? columns[0].length : 0, rows = new Array(count);
      for (var n = 0; n < count; n++) rows[n] = columns.map(function (column) { return column[n]; });
      facetData.rows = rows;
    }
    return facetData.rows;
  }

  /* Which facet's choices a document misses: -1 when it meets them all, that facet's index when it misses one
   * alone, -2 when it misses more. chosen: for each facet, a flag by value index (null where nothing is chosen).
   * A document counts towards a facet's values when it meets every other facet's choices, so this one pass over
   * the facets is all that filtering and counting need. */
  function missed(docFacets, chosen) {
    var miss = -1;
    for (var f = 0; f < chosen.length; f++) {
      var flags = chosen[f], values = docFacets[f], has = !flags;
      for (var i = 0; !has && i < values.length; i++) has = flags[values[i]] === true;
      if (!has) {
        if (miss !== -1) return -2;
        miss = f;
      }
    }
    return miss;
  }

  /* The open facet's "now" and "week" hold for a document at a moment, not for ever: worked out from its
   * schedule (static/when.js) and added to its facet values, so they filter and count like the others. Each
   * distinct schedule is worked out once (many listings share one): `schedules` is when.js's list of them.
   * -> function (document's values, its schedule's number in that list from 1, or 0) -> its values with them
   * (and .now when it is open now) */
  function timely(facets, now, schedules) {
    var at = -1;
    facets.forEach(function (f, fi) { if (f.name === "open") at = fi; });
    var index = {}, known = [];
    if (at >= 0) facets[at].values.forEach(function (v, vi) { index[v[0]] = vi; });
    return function (values, number) {
      if (at < 0 || !number || !root.PeerdirWhen) return values;
      if (!known[number]) {
        var schedule = schedules[number - 1];
        known[number] = [root.PeerdirWhen.openNow(schedule, now), root.PeerdirWhen.meetsWithin(schedule, now, 7)];
      }
      var open = known[number][0], soon = known[number][1];
      if (!open && !soon) return values;
      var extra = values.slice();
      extra[at] = values[at].concat(open ? [index.now] : [], soon ? [index.week] : []);
      extra.now = open;
      return extra;
    };
  }

  /* "Near me": the directory's places (places.js) and the distances, worked out here on the device. */

  function placeKey(name) { return words(name).join(" "); }

  /* Whether two words are at most one letter apart (one changed, added or removed): "Westbrok" is Westbrook. */
  function oneApart(a, b) {
    if (Math.abs(a.length - b.length) > 1) return false;
    var i = 0;
    while (i < a.length && a.charAt(i) === b.charAt(i)) i++;
    return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
  }

  /* The place someone typed: a town ("Westbrook" or "Westbrook, OR") or a postcode ("97125", "sw1a1aa"), as
   * written, then as the start of one, then one letter off (names of five letters or more); null if none. */
  var keyedFor = null, keyedPlaces = null; /* the places' keys, worked out once for each places list */

  function findPlace(places, typed) {
    var want = placeKey(typed), compact = want.replace(/ /g, "");
    if (!want) return null;
    if (keyedFor !== places) {
      keyedFor = places;
      keyedPlaces = places.map(function (p) { return { place: p, whole: placeKey(p[0]), town: placeKey(p[0].split(",")[0]) }; });
    }
    var keyed = keyedPlaces;
    var tests = [
      function (k) { return k.whole === want || k.town === want || k.whole.replace(/ /g, "") === compact; },
      function (k) { return k.whole.indexOf(want) === 0; },
      function (k) { return want.length >= 5 && (oneApart(k.town, want) || oneApart(k.whole, want)); }
    ];
    for (var t = 0; t < tests.length; t++) {
      var found = keyed.filter(tests[t]);
      if (found.length) return found[0].place;
    }
    return null;
  }

  /* Kilometres between two points on the Earth (haversine, mean radius). */
  function kilometres(lat1, lon1, lat2, lon2) {
    var rad = Math.PI / 180, dLat = (lat2 - lat1) * rad, dLon = (lon2 - lon1) * rad;
    var h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  /* Hits with a point, nearest first, then the rest in their order; for a place without a point of its own, its
   * listings first. -> {hits, distance: {ref: {km, exact}}, place: {name, found}} */
  function nearest(hits, near) {
    var places = data.places, origin = near, place = null;
    if (near.place !== undefined) {
      var found = findPlace(places.places, near.place);
      if (!found) return { hits: hits, distance: {}, place: { name: near.place, found: false } };
      place = { name: found[0], found: true };
      origin = found[1] === null ? null : { lat: found[1], lon: found[2] };
      if (!origin) {
        var there = {};
        found[3].forEach(function (ref) { there[ref] = true; });
        return { hits: hits.filter(function (h) { return there[h.ref]; }).concat(hits.filter(function (h) { return !there[h.ref]; })),
          distance: {}, place: place };
      }
    }
    var distance = {}, located = [], rest = [];
    hits.forEach(function (hit) {
      var p = places.points[Number(hit.ref)];
      if (!p) { rest.push(hit); return; }
      distance[hit.ref] = { km: kilometres(origin.lat, origin.lon, p[0], p[1]), exact: p[2] === 1 };
      located.push(hit);
    });
    located.sort(function (a, b) { return distance[a.ref].km - distance[b.ref].km || Number(a.ref) - Number(b.ref); });
    return { hits: located.concat(rest), distance: distance, place: place };
  }

  /* The words whose start the results mark: each word as typed and its stem, but not a stop word, which found
   * nothing ("for" had marked "forum", "para" "Pares"), nor the other half of a phrase ("en" of "en línea"). */
  function marked(parsed) {
    var out = [];
    parsed.forEach(function (p) {
      p.parts.forEach(function (w) { if (!isStopWord(w)) out.push(w, stem(w)); });
    });
    return out;
  }

  /* request: {q, filters: {facet: [values]}, limit, typing, counts, now (ms: the page's clock, which a worker's may not share),
     near: {lat, lon} or {place: what was typed}} -> {total, counts, results, fuzzy, closeTo, words, near: {name, found} or null};
     fuzzy: nothing matched exactly, so these are close spellings; closeTo: words no listing has, beside others
     that some do, whose close spellings are among the results.
     results carry km and exact (false when the point is its town's or postcode's) when near was given, and an
     open helpline's results whether it is open now (open) and always is (always), from its schedule, loaded when
     such a result is shown.
     request {places: true} -> the names of the places the directory knows, for the box's suggestions.
     spellings: false looks for the words as typed alone, never their close spellings (search.js, where the words
     show the crisis lines: a close spelling of a word of distress is not what was meant).
     counts: false (no filter chosen and the filters closed) skips the facet data, which a first search then
     need not download; counts comes back empty. */
  Engine.prototype.searchOnce = function (request) {
    var self = this;
    var limit = request.limit || PAGE;
    var selected = request.filters || {};
    var filtered = Object.keys(selected).some(function (name) { return selected[name] && selected[name].length; });
    var withFacets = request.counts !== false || filtered;
    var now = request.now ? new Date(request.now) : new Date();
    if (request.places) return this.need(["places"]).then(function () { return data.places.places.map(function (p) { return p[0]; }); });
    var wanted = (withFacets ? ["meta", "facets", "when"] : ["meta"]).concat(request.near ? ["places"] : []);
    var parsed;
    return this.need(wanted).then(function () {
      parsed = parse(request.q || "");
      if (!parsed.length && /\S/.test(request.q || "")) return { ranked: [], fuzzy: false }; /* "!!!" or emoji: nothing to look for, so nothing found */
      if (!parsed.length) {
        var everything = [];
        for (var i = 0; i < data.meta.docs; i++) everything.push({ ref: String(i), score: 0 });
        return { ranked: everything, fuzzy: false };
      }
      return self.rank(clauses(parsed, { typing: request.typing })).then(function (exact) {
        var ranked = byWords(exact.ranked);
        var quoted = parsed.some(function (p) { return p.required; });
        /* A word of four letters or more that no listing has, beside words that many do ("greif support"): close
         * spellings of it alone, so that listings with "grief" come before those with "support" only. */
        var unknown = parsed.filter(function (p) {
          return !p.required && p.word.length >= 4 && exact.matched.indexOf(p.word) < 0 && !isStopWord(p.word);
        }).map(function (p) { return p.word; });
        /* No close spellings where asked (beside the crisis lines, those of "dead" had been "deaf" listings). */
        if (quoted || request.spellings === false || (ranked.length >= 3 && !unknown.length)) return { ranked: ranked, fuzzy: false, closeTo: [] };
        var only = ranked.length >= 3 ? unknown : null;
        return self.nearby(clauses(parsed, { typing: request.typing, fuzzy: true, only: only })).then(function (near) {
          return self.rank(clauses(parsed, { typing: request.typing, fuzzy: true, only: only, near: near }));
        }).then(function (wide) {
          var wider = byWords(wide.ranked);
          var reached = unknown.filter(function (word) { return wide.matched.indexOf(word) >= 0; });
          return { ranked: wider, fuzzy: ranked.length === 0 && wider.length > 0, closeTo: ranked.length ? reached : [] };
        });
      });
    }).then(function (found) {
      var facets = withFacets ? data.facets.facets : [], docFacets = withFacets ? facetRows(data.facets) : null;
      var counts = facets.map(function (f) { return f.values.map(function () { return 0; }); });
      var kept = [], openNow = {};
      var when = withFacets ? timely(facets, now, data.when.schedules) : null;
      if (!withFacets) kept = found.ranked;
      var chosen = facets.map(function (f) {
        var wanted = selected[f.name];
        return wanted && wanted.length ? f.values.map(function (v) { return wanted.indexOf(v[0]) >= 0; }) : null;
      });
      if (withFacets) found.ranked.forEach(function (hit) {
        var values = when(docFacets[Number(hit.ref)], data.when.docs[Number(hit.ref)]);
        if (values.now) openNow[hit.ref] = true;
        var miss = missed(values, chosen);
        if (miss === -2) return;
        var from = miss === -1 ? 0 : miss, to = miss === -1 ? facets.length : miss + 1; /* every facet, or the one missed */
        for (var fi = from; fi < to; fi++) {
          for (var i = 0; i < values[fi].length; i++) counts[fi][values[fi][i]] += 1;
        }
        if (miss === -1) kept.push(hit);
      });
      /* Looking for a helpline, the ones open now come first, each group in the order of relevance. */
      if ((selected.type || []).indexOf("helpline") >= 0) {
        kept = kept.filter(function (hit) { return openNow[hit.ref]; }).concat(kept.filter(function (hit) { return !openNow[hit.ref]; }));
      }
      var near = request.near ? nearest(kept, request.near) : null;
      if (near) kept = near.hits;
      var shown = kept.slice(0, limit);
      var chunks = {};
      shown.forEach(function (hit) { chunks["docs-" + Math.floor(Number(hit.ref) / data.meta.chunk)] = true; });
      return self.need(Object.keys(chunks).sort()).then(function () {
        var docs = shown.map(function (hit) { var n = Number(hit.ref); return data["docs-" + Math.floor(n / data.meta.chunk)][n % data.meta.chunk]; });
        /* An open helpline's card gives its hours (doc[5]): whether it is open now comes from its schedule. */
        var lines = docs.some(function (doc) { return displayed(doc).length > 5; });
        return (lines ? self.need(["when"]) : Promise.resolve()).then(function () { return docs; });
      }).then(function (docs) {
        var countsByName = {};
        facets.forEach(function (f, fi) {
          countsByName[f.name] = {};
          f.values.forEach(function (v, vi) { countsByName[f.name][v[0]] = counts[fi][vi]; });
        });
        return {
          total: kept.length,
          counts: countsByName,
          fuzzy: found.fuzzy,
          closeTo: found.closeTo || [],
          words: marked(parsed),
          results: shown.map(function (hit, i) {
            var doc = displayed(docs[i]), more = extra(docs[i]) || {};
            var hours = Array.isArray(doc[5]) ? doc[5] : [doc[5] || "", ""];  /* [lines, a note in the main language] */
            var out = { ref: hit.ref, score: hit.score, type: doc[0], name: doc[1], summary: doc[2], url: doc[3], where: doc[4],
              hours: hours[0], note: hours[1], calls: doc[6] || [], badge: more.badge || "", lang: more.lang || "",
              written: more.written || "" };
            var schedule = doc.length > 5 && data.when.schedules[data.when.docs[Number(hit.ref)] - 1];
            if (schedule) { out.open = root.PeerdirWhen.openNow(schedule, now); out.always = !!schedule.always; }
            var away = near && near.distance[hit.ref];
            if (away) { out.km = away.km; out.exact = away.exact; }
            return out;
          }),
          near: near ? near.place : null
        };
      });
    });
  };

  root.PeerdirSearch = { Engine: Engine, fold: fold, words: words, parse: parse, clauses: clauses, data: data, NAME_END: NAME_END,
    findPlace: findPlace, kilometres: kilometres };
})(typeof self !== "undefined" ? self : globalThis);
