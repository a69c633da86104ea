"""The search index in the terms of lunr.js 2.3.9's index, written straight into shards by term prefix.

Written here from peerdir's own tokens rather than by lunr.py's Builder, which deep-copies each token's
metadata and re-runs a pipeline object per token, and without first making the whole index and then cutting
it up. The arithmetic is lunr's, step for step (BM25 with k1 = 1.2 and b = 0.75, idf over every field, field
boosts, scores rounded to three places); tests/test_search.py checks the shards' scores against lunr.js's own
index of the same tokens. Each shard is a lunr index of its terms and their components of each document
vector: lunr.js scores a field as dot(query, document) / |query|, so the browser adds shard scores exactly.

A shard is shipped packed, and core.js unpacks it into lunr's serialized index before lunr.Index.load:

    {"version": "2.3.9", "fields": [field, ...], "terms": [term, ...] (sorted; a term's place is its index),
     "vectors": {field: [[ref step, index step, score x 1000, index step, score x 1000, ...], ...]}}

Refs and term indexes are steps from the one before (refs in order, indexes in order within a vector), and
lunr's inverted index (term -> field -> refs) is not shipped at all: it is exactly the vectors read the other
way. That makes a shard of common words (peer, support, group) a third or less of lunr's own form, gzipped.
"""

from __future__ import annotations

import math
from array import array
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import chain

from lunr.stop_word_filter import WORDS as STOP_WORDS

from peerdir.model.jsonvalues import json_text
from peerdir.search.stemmer import porter_stem

LUNR_VERSION = "2.3.9"  # the lunr.js in theme/static/search, whose index format this writes
K1, B = 1.2, 0.75  # lunr's BM25 defaults
SHARD_SPLIT_BYTES = 200_000  # a shard larger than this, packed, is split by one more first letter of its terms
# And again, up to this many letters: deeper, a word's start as typed ("peer*", every term it begins) would be in
# many shards (its pairs and names apart: 53 files for "peer support group" at 10,000 listings, not 3).
SHARD_MAX_LETTERS = 3
# What a term's score in one field of one document adds to a packed shard, about: its index step, the score and
# their commas (up to 9 characters), and a share of the row it is in. From it, where to split is worked out from
# the terms alone (estimates came within a fifth of the real sizes at 10,000 synthetic listings); each shard as
# packed is then checked against the limit, and split further if it is over.
BYTES_PER_ENTRY = 12


def shard_key(term: str, letters: int = 1) -> str:
    """A term's shard, named by its first letters: one, or more where a shard was split by size. Anything but
    a-z and 0-9 counts as '_', and a shorter term is padded with '_'; core.js routes queries the same way."""
    key = "".join(c if "a" <= c <= "z" or "0" <= c <= "9" else "_" for c in term[:letters])
    return key.ljust(letters, "_")


@dataclass
class Sharded:
    """The index as written. terms: for each letter split by size, each of its shards' terms. A word that could
    be in any of them (a misspelling, whose first letters may be the wrong ones, or a word of one or two letters)
    is looked up in these first, so that the browser then fetches only the shards holding a term it reaches, not
    every shard of the letter (for 's' at 10,000 listings: 57 KB of terms instead of 786 KB of shards)."""

    shards: dict[str, str]
    terms: dict[str, dict[str, list[str]]]


def index_shards(
    fields: tuple[tuple[str, int], ...],
    unstemmed: tuple[str, ...],
    docs: Iterable[dict[str, list[str]]],
    stem: Callable[[str], str] = porter_stem,
    stop_words: frozenset[str] | set[str] = STOP_WORDS,
) -> Sharded:
    """Shard key -> a packed lunr index (see above) of the terms in that shard, as JSON text, and each split
    letter's shards' terms (Sharded). Document refs are positions in `docs`, each a field -> tokens map. Tokens
    lose stop words and are stemmed (English's, unless the site's language has its own: languages.py), except in
    the `unstemmed` fields. A letter whose packed shard would exceed SHARD_SPLIT_BYTES, as written, is split by
    its terms' first two letters, and so on where a part would still exceed it (_shard_keys), so that a word
    shares its shard only with words as far as their size allows ("grief" is not fetched with "group", which
    is in nearly every listing); a shard over the limit holds a single term, or terms alike in their first
    SHARD_MAX_LETTERS letters. Each shard is turned into text as soon as it is made, and what it was made from let
    go: as Python lists of numbers, the shards of 100,000 listings took gigabytes."""
    names = [name for name, _ in fields]
    documents_with: dict[str, int] = {}
    # (field, ref, length, (term, count, term, count, ...)): a flat tuple takes half the room of a dict of counts
    frequencies: list[tuple[str, int, int, tuple]] = []
    totals = dict.fromkeys(names, 0)
    count = 0
    for ref, tokens_of in enumerate(docs):  # read once, so the caller can make each document's tokens as asked
        count += 1
        for key in names:
            terms = [t for t in (token.lower() for token in tokens_of.get(key, ())) if t not in stop_words]  # as lunr's tokenizer
            if key not in unstemmed:
                terms = [stem(t) for t in terms]
            counts: dict[str, int] = {}
            for term in terms:
                counts[term] = counts.get(term, 0) + 1
            for term in counts:
                documents_with[term] = documents_with.get(term, 0) + 1
            if counts:  # an empty field has no components (and its field's average length may be 0)
                frequencies.append((key, ref, len(terms), tuple(chain.from_iterable(counts.items()))))
            totals[key] += len(terms)

    idf = documents_with  # each term's count of documents replaced by its idf: one dict of every term, not two
    for term, n in idf.items():
        idf[term] = math.log(1 + abs((count - n + 0.5) / (n + 0.5)))
    average = {key: total / max(count, 1) for key, total in totals.items()}
    boosts = dict(fields)
    letters: dict[str, str] = {}  # a term's first character -> its shard (shard_key), rather than every term's
    place = {name: at for at, name in enumerate(names)}
    # Each letter's components, in order, as two compact lists rather than a tuple and a list for each field of
    # each document (see _entries): numbers, [field's place, ref, n, n scores x 1000, field's place, ...], in an
    # array of machine integers (a score as a Python int took 36 bytes), and the n terms of each in a list.
    components: dict[str, tuple[array, list[str]]] = {}
    for at in range(len(frequencies)):
        key, ref, length, counts = frequencies[at]
        frequencies[at] = None  # type: ignore[call-overload]  # let it go once scored
        norm = K1 * (1 - B + B * (length / average[key]))
        parts: dict[str, tuple[list[int], list[str]]] = {}
        flat = iter(counts)
        for term, tf in zip(flat, flat):
            score = idf[term] * ((K1 + 1) * tf) / (norm + tf) * boosts[key]
            letter = letters.get(term[:1])
            if letter is None:
                letter = letters[term[:1]] = shard_key(term)
            scores, terms = parts.setdefault(letter, ([], []))
            scores.append(round(round(score, 3) * 1000))
            terms.append(term)
        for letter, (scores, terms) in parts.items():
            numbers, words = components.setdefault(letter, (array("q"), []))
            numbers.extend((place[key], ref, len(scores)))
            numbers.extend(scores)
            words.extend(terms)

    del frequencies, idf, documents_with
    shards: dict[str, str] = {}
    term_lists: dict[str, dict[str, list[str]]] = {}
    # Smallest first: the largest letter's components are spread out last, when the others' are gone.
    for letter in sorted(components, key=lambda letter: len(components[letter][0])):
        numbers, words = components.pop(letter)
        key_of = _shard_keys(Counter(words), letter)
        found = _entries(names, numbers, words)
        del numbers, words  # from here only found's components are held, then its parts'
        packed = _within_limit(names, found, key_of)
        if list(packed) == [letter]:
            shards[letter] = packed[letter][0]
        else:
            shards.update((key, text) for key, (text, _) in packed.items())
            term_lists[letter] = {key: terms for key, (_, terms) in packed.items()}
    return Sharded(dict(sorted(shards.items())), dict(sorted(term_lists.items())))


def _shard_keys(entries: Counter[str], key: str) -> dict[str, str]:
    """Each term's shard: `key` for all of them where their shard would be within SHARD_SPLIT_BYTES (estimated from
    each term's number of entries), or else, for each group of them with one more first letter alike, the same
    again: a term's shard is named by as many of its first letters as keep it within the limit."""
    estimate = sum(len(term) + 3 + count * BYTES_PER_ENTRY for term, count in entries.items())
    if estimate <= SHARD_SPLIT_BYTES or len(entries) == 1 or len(key) >= SHARD_MAX_LETTERS:
        return dict.fromkeys(entries, key)
    groups: dict[str, Counter[str]] = {}
    for term, count in entries.items():
        groups.setdefault(shard_key(term, len(key) + 1), Counter())[term] = count
    key_of: dict[str, str] = {}
    for longer, group in groups.items():
        key_of.update(_shard_keys(group, longer))
    return key_of


def _within_limit(names: list[str], found: list[tuple[str, int, list]], key_of: dict[str, str]) -> dict[str, tuple[str, list[str]]]:
    """The components packed into the shards key_of names, in order of their keys: key -> (JSON text, its terms).
    A shard that came out larger than SHARD_SPLIT_BYTES (its estimate was short) is split by one more letter.
    `found` is emptied once shared out, so that only the parts are held."""
    parts: dict[str, list[tuple[str, int, list]]] = {}
    for field, ref, part in found:
        split: dict[str, list] = {}
        for at in range(0, len(part), 2):
            split.setdefault(key_of[part[at]], []).extend((part[at], part[at + 1]))
        for key, piece in split.items():
            parts.setdefault(key, []).append((field, ref, piece))
    found.clear()
    packed: dict[str, tuple[str, list[str]]] = {}
    for key in sorted(parts):
        components = parts.pop(key)
        shard = _packed(names, components)
        text, terms = json_text(shard), shard["terms"]
        del shard
        if _size(text) > SHARD_SPLIT_BYTES and len(terms) > 1 and len(key) < SHARD_MAX_LETTERS:
            packed.update(_within_limit(names, components, {term: shard_key(term, len(key) + 1) for term in terms}))
        else:
            packed[key] = (text, terms)
    return packed


def _entries(names: list[str], numbers: array, words: list[str]) -> list[tuple[str, int, list]]:
    """A letter's components as (field, ref, [term, score x 1000, ...]), made only while its shard is packed."""
    entries, at, word = [], 0, 0
    while at < len(numbers):
        count = numbers[at + 2]
        part: list = [None] * (2 * count)
        part[::2], part[1::2] = words[word : word + count], numbers[at + 3 : at + 3 + count].tolist()
        entries.append((names[numbers[at]], numbers[at + 1], part))
        at, word = at + 3 + count, word + count
    return entries


def _size(text: str) -> int:
    return len(text.encode())


def _packed(names: list[str], found: list[tuple[str, int, list]]) -> dict:
    """The packed shard of these components (in ref order, each a field of a ref with its terms and scores x 1000)."""
    terms = sorted({term for _, _, part in found for term in part[::2]})
    place = {term: i for i, term in enumerate(terms)}
    vectors: dict[str, list[list[int]]] = {}
    last_ref: dict[str, int] = {}
    for key, ref, part in found:
        row = [ref - last_ref.get(key, 0)]
        last_ref[key] = ref
        previous = 0
        steps = [(place[part[at]], part[at + 1]) for at in range(0, len(part), 2)]
        steps.sort()
        for index, score in steps:
            row.extend((index - previous, score))
            previous = index
        vectors.setdefault(key, []).append(row)
    return {"version": LUNR_VERSION, "fields": names, "terms": terms, "vectors": vectors}
