"""The search index in lunr.js 2.3.9's serialized format, written straight into shards by term prefix.

Written here from peerdir's own tokens rather than by lunr.py's Builder, which deep-copies each token's
metadata and re-runs a pipeline object per token, and without first making the whole index and then cutting
it up. The arithmetic is lunr's, step for step (BM25 with k1 = 1.2 and b = 0.75, idf over every field, field
boosts, scores rounded to three places); tests/test_search.py checks the shards' scores against lunr.js's own
index of the same tokens. Each shard is a lunr index of its terms and their components of each document
vector: lunr.js scores a field as dot(query, document) / |query|, so the browser adds shard scores exactly.
"""

from __future__ import annotations

import math

from lunr.stop_word_filter import WORDS as STOP_WORDS

from peerdir.search.stemmer import porter_stem

LUNR_VERSION = "2.3.9"  # the lunr.js in theme/static/search, whose index format this writes
K1, B = 1.2, 0.75  # lunr's BM25 defaults
SHARD_SPLIT_BYTES = 200_000
BYTES_PER_POSTING = 16  # about: its ref in the inverted index, and its component in a document vector


def shard_key(term: str, letters: int = 1) -> str:
    """A term's shard: its first letter, or its first two where that letter's shard was split.
    Anything but a-z and 0-9 counts as '_'; core.js routes queries the same way."""
    key = "".join(c if "a" <= c <= "z" or "0" <= c <= "9" else "_" for c in term[:letters])
    return key.ljust(letters, "_")


def index_shards(fields: tuple[tuple[str, int], ...], unstemmed: tuple[str, ...], docs: list[dict[str, list[str]]]) -> dict[str, dict]:
    """Shard key -> a lunr index (as lunr.js deserializes it) of the terms in that shard; document refs are
    positions in `docs`, each a field -> tokens map. Tokens lose stop words and are stemmed, except in the
    `unstemmed` fields. A letter whose shard would exceed SHARD_SPLIT_BYTES is split by its first two letters."""
    names = [name for name, _ in fields]
    postings: dict[str, dict] = {}  # term -> {"_index": n, field: {ref: {}}}
    frequencies: list[tuple[str, str, int, dict[str, int]]] = []  # (field, ref, length, term -> count)
    totals = dict.fromkeys(names, 0)
    for position, tokens_of in enumerate(docs):
        ref = str(position)
        for key in names:
            terms = [t for t in (token.lower() for token in tokens_of.get(key, ())) if t not in STOP_WORDS]  # as lunr's tokenizer
            if key not in unstemmed:
                terms = [porter_stem(t) for t in terms]
            counts: dict[str, int] = {}
            for term in terms:
                counts[term] = counts.get(term, 0) + 1
            for term in counts:
                posting = postings.get(term)
                if posting is None:
                    posting = postings[term] = {name: {} for name in names}
                    posting["_index"] = len(postings) - 1
                posting[key][ref] = {}
            frequencies.append((key, ref, len(terms), counts))
            totals[key] += len(terms)

    documents_with = {term: sum(len(refs) for name, refs in posting.items() if name != "_index") for term, posting in postings.items()}
    letters: dict[str, int] = {}
    for term, count in documents_with.items():
        letters[shard_key(term)] = letters.get(shard_key(term), 0) + BYTES_PER_POSTING * count
    split = {key for key, size in letters.items() if size > SHARD_SPLIT_BYTES}
    shard_of = {term: shard_key(term, 2 if shard_key(term) in split else 1) for term in postings}
    shards: dict[str, dict] = {}
    for term in sorted(postings):
        shard = shards.get(shard_of[term])
        if shard is None:
            shard = shards[shard_of[term]] = {"version": LUNR_VERSION, "fields": names, "fieldVectors": [], "invertedIndex": [],
                                              "pipeline": ["stemmer"]}  # lunr.js stems queries with its stemmer, as porter_stem
        shard["invertedIndex"].append([term, postings[term]])

    count = len(docs)
    idf = {term: math.log(1 + abs((count - n + 0.5) / (n + 0.5))) for term, n in documents_with.items()}
    average = {key: total / max(count, 1) for key, total in totals.items()}
    boosts = dict(fields)
    for key, ref, length, counts in frequencies:
        if not counts:
            continue  # an empty field has no components (and its field's average length may be 0)
        norm = K1 * (1 - B + B * (length / average[key]))
        parts: dict[str, list] = {}
        for index, term, tf in sorted((postings[term]["_index"], term, tf) for term, tf in counts.items()):
            score = idf[term] * ((K1 + 1) * tf) / (norm + tf) * boosts[key]
            parts.setdefault(shard_of[term], []).extend((index, round(score, 3)))
        for shard, part in parts.items():
            shards[shard]["fieldVectors"].append([f"{key}/{ref}", part])
    return dict(sorted(shards.items()))
