"""Search over a directory in the shapes real ones publish (tests/realistic.py, 300+ fictional listings), with the
site's own search code in Node: every listing is found by what people type, and one tokenizer serves both sides."""

from __future__ import annotations

import random
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from lunr.stop_word_filter import WORDS as STOP_WORDS
from realistic import NAMES, make_realistic_site
from test_search import needs_node, node

from peerdir.build import BuildOptions, build
from peerdir.search.index import words
from peerdir.sources.load import load_site

TOP = 10


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    site = make_realistic_site(tmp_path_factory.mktemp("realistic") / "site")
    out = site.parent / "out"
    build(site, BuildOptions(out_dir=out))
    return site, out


def test_the_corpus_has_real_shapes_and_check_and_build_accept_it(corpus: tuple[Path, Path]) -> None:
    site, out = corpus
    loaded = load_site(site)
    assert len(loaded.listings) >= 300
    places = [getattr(i.data, "location", None) for i in loaded.listings]
    addresses = [p.address for p in places if p and p.address]
    assert any(a.address_1 is None and a.city for a in addresses), "city-only addresses"
    assert any(a.city is None and a.postal_code for a in addresses), "postcode-only addresses"
    meetings = [m for i in loaded.listings for m in getattr(i.data, "meetings", [])]
    assert any(m.end is None and m.duration is None for m in meetings) and any(m.duration for m in meetings)
    assert {"988", "211"} <= {p.number for i in loaded.listings for p in i.data.phones}
    assert max(Counter(i.data.name for i in loaded.listings).values()) >= 20, "the same name in many towns"
    assert (out / "groups/index.html").is_file()


def _name_query(item, shared: Counter) -> str:
    """The full name; where more than TOP listings share it, the name and the town, as a person would type it."""
    if shared[item.data.name] <= TOP:
        return item.data.name
    return f"{item.data.name} {item.area_names[0]}"


@needs_node
def test_every_listing_is_found_by_its_name_by_each_word_and_by_each_word_misspelt(corpus: tuple[Path, Path]) -> None:
    """For every listing: its full name puts it in the top 10 (with its town where many share the name); each word
    of its name alone finds it, in the top 10 where that word is in at most 10 names; and each such word of four
    letters or more, with two adjacent letters swapped, still finds it. Stop words are not indexed, so they are left
    out, and so are misspellings that are themselves indexed words or the start of one: those are found exactly."""
    site, out = corpus
    listed = [item for item in load_site(site).listings if item.listed]
    shared = Counter(item.data.name for item in listed)
    by_word: dict[str, set[str]] = {}
    for item in listed:
        for word in set(words(item.data.name)) - STOP_WORDS:
            by_word.setdefault(word, set()).add(item.url)
    vocabulary = {term for word in by_word for term in (word,)}
    typos: dict[str, str] = {}
    for word in by_word:
        for i in range(len(word) - 1):
            swapped = word[:i] + word[i + 1] + word[i] + word[i + 2:]
            if len(word) >= 4 and swapped != word and swapped not in STOP_WORDS and not any(v.startswith(swapped) for v in vocabulary):
                typos[swapped] = word

    queries = [_name_query(item, shared) for item in listed] + sorted(by_word) + sorted(typos)
    results = node("search", [{"q": q, "limit": 5000} for q in queries], str(out / "search/data"))
    found = {q: [r["url"] for r in result["results"]] for q, result in zip(queries, results)}

    failures = []
    for item in listed:
        query = _name_query(item, shared)
        if item.url not in found[query][:TOP]:
            failures.append(f"name {query!r}: {item.url} not in the top {TOP}: {found[query][:TOP]}")
    for word, urls in by_word.items():
        missing = urls - set(found[word][: TOP if len(urls) <= TOP else None])
        if missing:
            failures.append(f"word {word!r}: {sorted(missing)[:3]} not found{' in the top 10' if len(urls) <= TOP else ''}")
    for typo, word in typos.items():
        missing = by_word[word] - set(found[typo])
        if missing:
            failures.append(f"typo {typo!r} for {word!r}: {sorted(missing)[:3]} not found")
    assert len(typos) > 500 and len(by_word) > 150
    assert not failures, f"{len(failures)} failures:\n" + "\n".join(failures[:40])


def _strings() -> list[str]:
    """Names as real directories write them, and random text from every part of Unicode."""
    rng = random.Random(11)
    printable = [chr(c) for c in range(0x20, 0x3000) if unicodedata.category(chr(c))[0] not in "CZ" or chr(c) == " "]
    randoms = ["".join(rng.choice(printable) for _ in range(rng.randrange(1, 24))) for _ in range(3000)]
    tricky = ["NAMI Volusia/Flagler/St. Johns", "988/Here2Help", "Katie's", "Katie’s", "KATIE‘S", "Johnʼs", "(6:30p)",
              "LGBTQ+", "Café", "ÇAFÉ", "straße", "STRASSE", "Ærø", "Łódź", "œuvre", "İstanbul", "ﬁre", "½ price", "①②",
              "Tiếng Việt", "中文 華人", "العربية", "עִבְרִית", "हिन्दी", "Ελληνικά", "😀 emoji", "a\u0301b", "x´y", "don`t",
              "Seeking Safety™", "WRAP®", "25℃", "ℌello", "№ 5", "Café© 2½"]  # fmt: skip
    return tricky + [name.format(town="St. Clair", county="Volusia", county2="Flagler") for name in NAMES] + randoms


@needs_node
def test_one_tokenizer_on_both_sides() -> None:
    """The index's words (Python) and the search's words (core.js) are the same for every string."""
    strings = _strings()
    from_js = node("words", strings)
    differing = [(text, words(text), js) for text, js in zip(strings, from_js) if words(text) != js]
    assert differing == [], differing[:10]
    assert words("NAMI Volusia/Flagler/St. Johns (6:30p)") == ["nami", "volusia", "flagler", "st", "johns", "6", "30p"]
    assert words("Katie’s") == words("Katie's") == words("Katies") == ["katies"]
    assert words("Seeking Safety™ (WRAP®)") == ["seeking", "safety", "wrap"], "a symbol is a space, not letters"
    assert words("ℌello ﬁre") == ["hello", "fire"], "letters NFKD makes are lowercase too"


@needs_node
def test_a_phrase_from_a_name_ranks_before_the_same_words_apart(golden_site: Path, tmp_path: Path) -> None:
    listing = (golden_site / "listings/groups/old-town-anxiety-group.yaml").read_text()
    for slug, name in (("apart", "Support Grief"), ("phrase", "Grief Support Circle")):
        (golden_site / f"listings/groups/{slug}.yaml").write_text(listing.replace("name: Old Town Anxiety Group", f"name: {name}"))
    build(golden_site, BuildOptions(out_dir=tmp_path / "out"))
    (result,) = node("search", [{"q": "grief support", "limit": 3}], str(tmp_path / "out/search/data"))
    names = [r["name"] for r in result["results"]]
    assert names.index("Grief Support Circle") < names.index("Support Grief"), names
