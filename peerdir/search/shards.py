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
    entries: dict[str, int] = {}  # each term's (field, document) pairs: lunr's count for its idf, and its shard's size
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
                entries[term] = entries.get(term, 0) + 1
            if counts:  # an empty field has no components (and its field's average length may be 0)
                frequencies.append((key, ref, len(terms), tuple(chain.from_iterable(counts.items()))))
            totals[key] += len(terms)

    # Each term's shard and its place among that shard's sorted terms, decided before any score is worked out, so
    # that each component goes straight to its shard as the numbers it is shipped as.
    by_letter: dict[str, Counter[str]] = {}
    for term, n in entries.items():
        by_letter.setdefault(shard_key(term), Counter())[term] = n
    terms_of: dict[str, list[str]] = {}
    for letter, counted in by_letter.items():
        for term, key in _shard_keys(counted, letter).items():
            terms_of.setdefault(key, []).append(term)
    del by_letter
    keys = list(terms_of)  # the shards, by number
    # A term's place in its shard and the shard's number, as place << 16 | number (there are at most 37³ + 37² + 37
    # shards, fewer than 2**16): an int each, not a tuple, for a national directory's hundreds of thousands of terms.
    where: dict[str, int] = {}
    for number, terms in enumerate(terms_of.values()):
        terms.sort()
        where.update((term, place << 16 | number) for place, term in enumerate(terms))

    idf = entries  # each term's count replaced by its idf: one dict of every term, not two
    for term, n in idf.items():
        idf[term] = math.log(1 + abs((count - n + 0.5) / (n + 0.5)))
    average = {key: total / max(count, 1) for key, total in totals.items()}
    boosts = dict(fields)
    field_place = {name: at for at, name in enumerate(names)}
    # Each shard's components, in order (refs ascending, and fields in order within a ref), as numbers: [field's
    # place, ref, n, then n pairs of term's place and score x 1000, in the order of the places, field's place, ...],
    # in an array of 32-bit integers (a score as a Python int took 36 bytes; every number here is under 2**31).
    numbers_of = [array("i") for _ in keys]
    for at in range(len(frequencies)):
        key, ref, length, counts = frequencies[at]
        frequencies[at] = None  # type: ignore[call-overload]  # let it go once scored
        norm = K1 * (1 - B + B * (length / average[key]))
        parts: dict[int, list[tuple[int, int]]] = {}
        flat = iter(counts)
        for term, tf in zip(flat, flat):
            score = idf[term] * ((K1 + 1) * tf) / (norm + tf) * boosts[key]
            code = where[term]
            parts.setdefault(code & 0xFFFF, []).append((code >> 16, round(round(score, 3) * 1000)))
        for number, pairs in parts.items():
            pairs.sort()
            numbers = numbers_of[number]
            numbers.extend((field_place[key], ref, len(pairs)))
            numbers.extend(chain.from_iterable(pairs))

    del frequencies, idf, entries, where
    packed: dict[str, tuple[str, list[str]]] = {}
    # Smallest first, each let go once packed: the largest is split up last, when the others' numbers are gone.
    for number in sorted(range(len(keys)), key=lambda number: (len(numbers_of[number]), keys[number])):
        numbers, numbers_of[number] = numbers_of[number], array("i")
        _pack(names, keys[number], terms_of.pop(keys[number]), numbers, packed)
        del numbers
    lists_of: dict[str, dict[str, list[str]]] = {}  # by letter, each of its shards' terms
    for key in sorted(packed):
        lists_of.setdefault(key[:1], {})[key] = packed[key][1]
    term_lists = {letter: lists for letter, lists in lists_of.items() if list(lists) != [letter]}  # split letters
    return Sharded({key: packed[key][0] for key in sorted(packed)}, term_lists)


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


def _pack(names: list[str], key: str, terms: list[str], numbers: array,
          packed: dict[str, tuple[str, list[str]]]) -> None:
    """A shard's components packed as JSON text into packed[key], with its terms; or, where the text came out
    larger than SHARD_SPLIT_BYTES (its estimate was short), split by one more first letter of its terms, each part
    packed the same way."""
    text = _packed(names, terms, numbers)
    if _size(text) <= SHARD_SPLIT_BYTES or len(terms) == 1 or len(key) >= SHARD_MAX_LETTERS:
        packed[key] = (text, terms)
        return
    del text
    longer = [shard_key(term, len(key) + 1) for term in terms]
    parts: dict[str, tuple[list[str], array]] = {}
    new_place: list[int] = []  # each term's place in its part: its order kept, since its part's terms stay sorted
    for term, part in zip(terms, longer):
        part_terms = parts.setdefault(part, ([], array("i")))[0]
        new_place.append(len(part_terms))
        part_terms.append(term)
    at = 0
    while at < len(numbers):
        field, ref, n = numbers[at], numbers[at + 1], numbers[at + 2]
        split: dict[str, list[int]] = {}
        pairs = numbers[at + 3 : at + 3 + 2 * n]
        for i in range(0, 2 * n, 2):
            split.setdefault(longer[pairs[i]], []).extend((new_place[pairs[i]], pairs[i + 1]))
        for part, flat in split.items():
            parts[part][1].extend((field, ref, len(flat) // 2))
            parts[part][1].extend(flat)
        at += 3 + 2 * n
    del numbers
    for part in sorted(parts):
        part_terms, part_numbers = parts.pop(part)
        _pack(names, part, part_terms, part_numbers, packed)


def _packed(names: list[str], terms: list[str], numbers: array) -> str:
    """The packed shard (see above) of these terms and components, as JSON text."""
    vectors: dict[str, list[list[int]]] = {}
    last_ref = [0] * len(names)
    values = numbers.tolist()
    at = 0
    while at < len(values):
        field, ref, n = values[at], values[at + 1], values[at + 2]
        row = [ref - last_ref[field]]
        last_ref[field] = ref
        previous = 0
        for i in range(at + 3, at + 3 + 2 * n, 2):
            place = values[i]
            row += (place - previous, values[i + 1])
            previous = place
        vectors.setdefault(names[field], []).append(row)
        at += 3 + 2 * n
    return json_text({"version": LUNR_VERSION, "fields": names, "terms": terms, "vectors": vectors})


def _size(text: str) -> int:
    return len(text.encode())
