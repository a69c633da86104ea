"""Search, proven against lunr.js itself: the shipped library, the stemmer, the split index's scores, and
what a person typing into the sample directory finds."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import REPO, search_data

from peerdir.search import shards
from peerdir.search.index import DATA_DIR, FIELDS, UNSTEMMED, doc_tokens, fold, search_documents, search_files
from peerdir.search.stemmer import porter_stem
from peerdir.sources.load import load_site

SCRIPTS = REPO / "peerdir/theme/static/search"
HARNESS = REPO / "tests/js/harness.js"
LUNR_2_3_9_MIN_SHA256 = "0c50d9002b85780a842afffb567bb54ede402dae7c6dc5997a018614d8044fc8"  # npm lunr@2.3.9 lunr.min.js
NODE = shutil.which("node")
_no_node = pytest.mark.skipif(NODE is None and not os.environ.get("CI"), reason="Node.js runs the shipped lunr.js")


def needs_node(test):
    """Runs the shipped search code in Node.js: a tools test, skipped without Node (never in CI)."""
    return pytest.mark.tools(_no_node(test))


def node(mode: str, payload: object, *args: str) -> object:
    result = subprocess.run(
        [NODE, str(HARNESS), mode, str(SCRIPTS), *args], input=json.dumps(payload), capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def built_sample(sample_built: Path) -> Path:
    return sample_built


def test_shipped_lunr_is_the_unmodified_npm_2_3_9_and_matches_the_index_version(built_sample: Path) -> None:
    shipped = (SCRIPTS / "lunr.min.js").read_bytes()
    assert hashlib.sha256(shipped).hexdigest() == LUNR_2_3_9_MIN_SHA256
    assert b"lunr - http://lunrjs.com - A bit like Solr, but much smaller and not as bright - 2.3.9" in shipped
    assert "Copyright (C) 2013 by Oliver Nightingale" in (SCRIPTS / "lunr-LICENSE.txt").read_text()
    shards = sorted((built_sample / "search/data").glob("shard-*.js"))
    assert shards
    for shard in shards:
        assert re.search(r'"version":"2\.3\.9"', shard.read_text()), shard.name
    assert (built_sample / "static/search/lunr.min.js").read_bytes() == shipped


TRAP_WORDS = ["gay", "friday", "monday", "stay", "money", "try", "ripley", "always", "days", "cry", "say", "yesterday"]


@needs_node
def test_stemmer_matches_lunr_js_on_every_sample_word_and_the_known_traps() -> None:
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted(REPO.glob("listings/*/*.yaml")))
    text += " ".join(p.read_text(encoding="utf-8") for p in sorted(REPO.glob("content/*.md")))
    words = sorted(set(re.findall(r"[a-z]+", fold(text))) | set(TRAP_WORDS))
    assert len(words) > 800
    assert [porter_stem(w) for w in words] == node("stem", words)
    from lunr.stemmer import porter_stemmer  # lunr.py's own: shown to differ, which is why peerdir has its own

    assert porter_stemmer.stem("gay") != node("stem", ["gay"])[0]


RELEVANCE = [
    # (query, listings that must all appear, within the top N)
    ("grief", ["Lakeside Grief Café", "Grief Support Line", "Grief Space Forum"], 5),
    ("anxeity", ["North Shore Anxiety Circle", "Lakeside OCD and Anxiety Group"], 5),
    ("greif", ["Lakeside Grief Café", "Grief Support Line"], 6),
    # a misspelt word beside words many listings have: its close spellings still lead ('support' alone had)
    ("greif support", ["Grief Support Line", "Lakeside Grief Café"], 2),
    ("anxeity group", ["Lakeside OCD and Anxiety Group", "North Shore Anxiety Circle"], 2),
    ("hearing voises group", ["Harbor City Hearing Voices Group"], 1),
    ("spanish helpline", ["Línea de Apoyo en Español"], 3),
    ("lgbt young", ["LGBTQ+ Youth Text Line"], 3),
    ("gay", ["Harbor City LGBTQ+ Peer Support"], 1),
    ("anorexia", ["Eating Disorder Recovery Peer Group", "ED Recovery Peer Forum", "Eating Disorder Peer Chat"], 3),  # also:
    ("ptsd", ["Trauma Recovery Peer Group", "Veterans Peer Connection"], 5),  # words site.yaml gives a topic
    ("seacliff", ["Harbor City Hearing Voices Group", "Harbor City ASL Peer Group"], 12),  # ... and a region
    ("carer respite", ["Carers Support Line", "Pine Ridge Carers Group"], 6),
    ("online eating disorder forum", ["ED Recovery Peer Forum"], 2),
    ("text line", ["LGBTQ+ Youth Text Line"], 3),
    ("hearing voices", ["Harbor City Hearing Voices Group", "Voices Together Online", "Hearing Voices Warmline"], 5),
    ("veterans", ["Veterans Peer Connection", "Veterans Peer Line", "Veterans Community Board", "Veterans Respite Cabin"], 5),
    ("vietnamese", ["Nhóm Hỗ Trợ Đồng Đẳng Tiếng Việt", "Đường Dây Hỗ Trợ Tiếng Việt"], 4),
    ("new parents", ["New Parents Wellbeing Group", "New Parents Helpline"], 3),
    ("warmline", ["Harbor & Hills Warmline"], 8),
    ("bipolar", ["Easton Bipolar Peer Support", "Bipolar Peer Chat"], 4),
    ("suicide loss", ["Survivors of Suicide Loss Group"], 1),
    ("student", ["Student Nightline", "Student Peer Support Drop-in"], 3),
    ("older adults lonely", ["Older Adults Friendship and Wellbeing Group", "Older Adults Friendship Line"], 3),
    ("first meeting", ["What to expect at your first meeting"], 3),
    ("self harm", ["Self-Harm Peer Support Group"], 2),
    ("cafe", ["Lakeside Grief Café", "Westbrook Recovery Circle"], 4),
    ("sign language", ["Harbor City ASL Peer Group"], 2),
    ("chronic pain", ["Chronic Pain Peer Circle"], 1),
    ("money", ["Westbrook Recovery Circle"], 1),
    ("monday group", ["Riverton Depression Peer Group"], 8),
    ("stay", ["Harbor House Peer Respite"], 10),
    ("respite", ["Harbor House Peer Respite", "Riverbend Respite House"], 8),
]


@needs_node
def test_relevance_on_the_sample_directory(built_sample: Path) -> None:
    requests = [{"q": query, "limit": top} for query, _, top in RELEVANCE]
    results = node("search", requests, str(built_sample / "search/data"))
    failures = []
    for (query, wanted, top), result in zip(RELEVANCE, results):
        names = [item["name"] for item in result["results"]]
        missing = [name for name in wanted if name not in names]
        if missing:
            failures.append(f"{query!r}: {missing} not in top {top}: {names}")
    assert not failures, "\n".join(failures)


@needs_node
def test_a_word_no_listing_has_beside_others_is_searched_for_by_its_close_spellings_and_said(built_sample: Path) -> None:
    """Only a word that matched nowhere is spelt again ('greif'; not 'support', nor a stop word such as 'with'),
    and the result says which, for the page to tell the person; a query that matched exactly says none."""
    queries = ["greif support", "grief support", "support groups with voises", "greif"]
    results = node("search", [{"q": q, "limit": 3} for q in queries], str(built_sample / "search/data"))
    assert [(r["fuzzy"], r["closeTo"]) for r in results] == [(False, ["greif"]), (False, []), (False, ["voises"]), (True, [])]


@needs_node
def test_what_a_listing_costs_is_searched_for_as_its_card_says_it(built_sample: Path) -> None:
    """'free' had found one guide (a listing's cost was a filter only): it finds every free listing, and 'free
    grief' a free grief listing first; 'paid', the paid ones (among any whose words say it)."""
    listings = load_site(REPO).listings
    results = node("search", [{"q": q, "limit": 500} for q in ("free", "free grief", "paid")], str(built_sample / "search/data"))
    found = [{item["name"] for item in result["results"]} for result in results]
    costing = {cost: {item.data.name for item in listings if item.data.cost == cost and item.data.status != "closed"}
               for cost in ("free", "paid")}  # (a closed listing is in no search)
    assert costing["free"] <= found[0] and len(costing["free"]) > 40 and not costing["paid"] & found[0]
    assert results[1]["results"][0]["name"] in costing["free"] and "grief" in results[1]["results"][0]["name"].lower()
    assert found[2] >= costing["paid"]


@needs_node
def test_the_words_people_search_with_for_a_kind_of_listing_find_every_listing_of_that_kind(built_sample: Path) -> None:
    """'virtual' had found nothing, and 'hotline' the online listings (a close spelling of 'online'): they find the
    groups that meet online and the helplines, as 'webchat' the chat lines and 'SMS' the text lines; 'phone line'
    and 'call' the warmlines and crisis lines ('phone' had found no warmline), and 'text' every listing with a number to text
    (it had found the text line and one warmline, not the groups and lines that give one)."""
    listings = [item for item in load_site(REPO).listings if item.data.status != "closed"]  # (closed: in no search)
    queries = ("virtual", "hotline", "webchat", "sms", "face to face", "phone line", "text", "call", "zoom")
    results = node("search", [{"q": q, "limit": 500} for q in queries], str(built_sample / "search/data"))
    found = {q: {item["name"] for item in result["results"]} for q, result in zip(queries, results)}

    def named(test) -> set[str]:
        return {item.data.name for item in listings if test(item)}

    def meets(*formats: str):
        return lambda item: item.type.id == "group" and item.data.format in formats

    assert named(meets("online", "hybrid")) == found["virtual"] == found["zoom"] and len(found["virtual"]) > 3  # 'zoom' had found none
    assert named(lambda item: item.type.id == "helpline") == found["hotline"]
    assert named(lambda item: item.type.id == "helpline" and item.data.kind == "chat") <= found["webchat"]
    assert named(lambda item: item.type.id == "helpline" and item.data.kind == "text-line") <= found["sms"] != set()
    assert named(meets("in-person", "hybrid")) <= found["face to face"]
    lines = named(lambda item: item.type.id == "helpline" and item.data.kind in ("warmline", "crisis-line"))
    assert lines <= found["phone line"] and lines <= found["call"]
    texted = named(lambda item: any(phone.kind == "text" for phone in item.phones))
    assert texted <= found["text"] and texted <= found["sms"] and texted & named(lambda item: item.type.id == "group")


@needs_node
def test_a_close_spelling_is_never_a_word_of_two_letters(built_sample: Path) -> None:
    """'my son died' had found three Spanish listings by 'de' in their names, a close spelling of 'die' ('died'
    stemmed); a word is spelt again near its stem only where the stem has four letters or more, as near the word
    itself. A close spelling of four letters is still found ('grif'). The sample's grief listings are found by
    'died' (a word of the topic's, as a site may give), and 'I want to die' finds listings for suicidal thoughts
    first (theirs: 'want to die'); 'kill myself' had found 'Chronic Illness ...', 'ill' a close spelling of 'kill'."""
    queries = ("my son died", "died", "grif", "I want to die", "kill myself")
    results = node("search", [{"q": q, "limit": 50} for q in queries], str(built_sample / "search/data"))
    grief = {item.data.name for item in load_site(REPO).listings if "grief" in item.data.topics}
    suicidal = {item.data.name for item in load_site(REPO).listings if "suicidal-thoughts" in item.data.topics}
    for result in results[:2]:
        assert not result["fuzzy"] and {item["name"] for item in result["results"]} == grief - {""}, result
    assert results[2]["fuzzy"] and any("Grief" in item["name"] for item in results[2]["results"])
    assert results[3]["results"][0]["name"] in suicidal - grief and not results[4]["fuzzy"]
    assert {item["name"] for item in results[4]["results"][: len(suicidal)]} == suicidal


@needs_node
def test_the_sample_finds_its_listings_by_the_words_people_in_distress_type(built_sample: Path) -> None:
    """The sample (and the starter, from which directories begin) gives its terms the plain words people type:
    'sad' and 'hopeless' had found nothing, 'scared' close spellings of other words, 'military' nothing, 'mom' a
    Spanish group by 'momentos'. Each now finds its term's listings, one of them first."""
    queries = {"sad": ("topics", "depression"), "hopeless": ("topics", "depression"), "scared": ("topics", "anxiety"),
               "military": ("audiences", "veterans"), "mom": ("audiences", "parents")}
    results = node("search", [{"q": q, "limit": 50} for q in queries], str(built_sample / "search/data"))
    listings = load_site(REPO).listings
    for (query, (field, term)), result in zip(queries.items(), results):
        having = {item.data.name for item in listings if term in getattr(item.data, field) and item.listed}
        assert having and not result["fuzzy"], query
        names = [item["name"] for item in result["results"]]
        assert names[0] in having and having <= set(names), query
    starter = (REPO / "peerdir/starter/site.yaml").read_text(encoding="utf-8")
    assert all(f"{word}," in starter for word in ("died", "sad", "scared", "military"))


@needs_node
def test_a_listing_that_meets_or_answers_at_weekends_or_in_the_evening_is_found_by_those_words(built_sample: Path) -> None:
    """'weekend support group' had found nothing, though each meeting's words ('Every Saturday at 10 am') are
    searched: a listing that meets or is open on a Saturday or Sunday is found by 'weekend', one that meets from 5
    pm or is open then or past 6 pm (or all night) by 'evening', each by the clock where it meets."""
    from datetime import time

    listings = [item for item in load_site(REPO).listings if item.listed]
    results = node("search", [{"q": q, "limit": 500} for q in ("weekend", "evening")], str(built_sample / "search/data"))
    found = [{item["name"] for item in result["results"]} for result in results]

    def days(item) -> set[str]:
        hours = getattr(item.data, "hours", None)
        return ({m.weekday for m in getattr(item.data, "meetings", [])} | {day for p in (hours.weekly if hours else []) for day in p.days}
                | ({"saturday"} if hours and hours.always else set()))

    def evening(item) -> bool:
        hours = getattr(item.data, "hours", None)
        return bool(hours and hours.always) or any(m.start >= time(17) for m in getattr(item.data, "meetings", [])) or any(
            p.opens >= time(17) or p.closes > time(18) or p.closes <= p.opens for p in (hours.weekly if hours else []))

    weekend = {item.data.name for item in listings if days(item) & {"saturday", "sunday"}}
    evenings = {item.data.name for item in listings if evening(item)}
    assert weekend and weekend <= found[0] and not found[0] - weekend - {""}, found[0] - weekend
    assert evenings and evenings <= found[1] and len(evenings) < len(listings)
    assert any(item.type.id == "group" for item in listings if item.data.name in weekend)


@needs_node
def test_a_close_spelling_one_letter_away_comes_before_one_two_away(built_sample: Path) -> None:
    """'adiction' had found 'Young Adult Respite Home' first ('adult' is two letters from its stem 'adict', and a
    name), above the recovery listings ('addict', one letter away): spellings two letters away are looked for only
    for a word that has none one letter away ('bereavment' still finds the grief listings)."""
    listings = [item for item in load_site(REPO).listings if item.listed]
    recovery = {item.data.name for item in listings if "addiction-recovery" in item.data.topics}
    grief = {item.data.name for item in listings if "grief" in item.data.topics}
    results = node("search", [{"q": q, "limit": 50} for q in ("adiction", "bereavment")], str(built_sample / "search/data"))
    names = [[item["name"] for item in result["results"]] for result in results]
    assert results[0]["fuzzy"] and names[0] and set(names[0]) <= recovery, names[0]
    assert set(names[1][: len(grief)]) == grief, names[1]


@needs_node
def test_a_search_asked_for_the_words_alone_looks_for_no_close_spelling(built_sample: Path) -> None:
    """search.js asks for the words alone where they show the crisis lines: 'better off dead' had listed the ASL
    group, 'deaf' a close spelling of 'dead'; 'unalive' guide sections, by close spellings of other words."""
    queries = [{"q": q, "limit": 50, **extra} for q in ("better off dead", "unalive") for extra in ({}, {"spellings": False})]
    results = node("search", queries, str(built_sample / "search/data"))
    names = [{item["name"] for item in result["results"]} for result in results]
    assert "Harbor City ASL Peer Group" in names[0] and "Harbor City ASL Peer Group" not in names[1] and not results[1]["closeTo"]
    assert results[2]["fuzzy"] and not results[3]["fuzzy"] and not names[3]


@needs_node
def test_a_stop_word_is_no_prefix_unless_it_is_being_typed(built_sample: Path) -> None:
    """'for teens' had found 'Foro de Apoyo Mutuo' second, and every forum, by 'for*': a stop word begins no other
    word, except the last while it is typed ('for' on the way to 'forum')."""
    results = node("search", [{"q": "for teens", "limit": 50}, {"q": "for", "limit": 50}, {"q": "for", "limit": 50, "typing": True}],
                   str(built_sample / "search/data"))
    found = [[item["name"] for item in result["results"]] for result in results]
    assert found[0] and not any(name.startswith("Foro") or "Forum" in name for name in found[0]), found[0]
    assert found[1] == [] and any("Forum" in name for name in found[2]), found[2]


def test_a_sites_own_words_for_a_kind_of_listing_are_searched_for(sample_site: Path) -> None:
    """A site gives its own words for a kind (strings: search_also_kind_warmline) and a type, in place of the
    theme's: each listing of that kind is found by them, and no listing of another kind."""
    with (sample_site / "site.yaml").open("a", encoding="utf-8") as config:
        config.write("strings:\n  search_also_kind_warmline: someone to talk to\n  search_also_type_helpline: phoneline\n")
    site = load_site(sample_site)
    kinds = {doc.display[1]: doc.fields["k"] for doc in search_documents(site)}
    for item in site.listings:
        if item.listed:
            warmline = item.type.id == "helpline" and item.data.kind == "warmline"
            assert ("someone to talk to" in kinds[item.data.name]) == warmline, item.data.name
            assert ("phoneline" in kinds[item.data.name]) == (item.type.id == "helpline"), item.data.name
            assert "hotline" not in kinds[item.data.name] and ("phone line" in kinds[item.data.name]) == (getattr(item.data, "kind", None) == "crisis-line")


@needs_node
def test_split_index_scores_exactly_as_lunr_js_own_index(built_sample: Path, tmp_path: Path) -> None:
    assert_scores_as_lunr_js(built_sample / "search/data", tmp_path)


@needs_node
@pytest.mark.parametrize("limit, short", [(4000, False), (1200, False), (4000, True), (1200, True)])
def test_shards_split_by_their_real_size_and_still_score_exactly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limit: int, short: bool) -> None:
    """At 4,000 bytes the sample's larger letters split by two letters; at 1,200 some of those by three or more.
    With `short`, every estimate of a shard's size falls far short, so shards are split again once packed (3 at
    4,000 bytes, 24 at 1,200), as a few are at 10,000 listings."""
    monkeypatch.setattr(shards, "SHARD_SPLIT_BYTES", limit)
    if short:
        monkeypatch.setattr(shards, "BYTES_PER_ENTRY", 1)
    data = tmp_path / "data"
    data.mkdir()
    for name, content in search_files(load_site(REPO)).items():
        (data / name.removeprefix(DATA_DIR)).write_bytes(content)
    sizes = {path.stem.removeprefix("shard-"): len(path.read_bytes()) for path in data.glob("shard-*.js")}
    letters = {key for key in sizes if len(key) == 1}
    split = {key for key in sizes if len(key) > 1}
    assert letters and split, sizes
    assert any(len(key) > 2 for key in split) == (limit < 4000), sorted(split)
    assert not [(a, b) for a in sizes for b in sizes if a != b and b.startswith(a)], "each term is in one shard"
    for key, size in sizes.items():  # the payload within the limit, plus its wrapper, unless it cannot be split
        _, shard, _ = search_data((data / f"shard-{key}.js").read_text())
        assert size <= limit + 60 or len(shard["terms"]) == 1 or len(key) == shards.SHARD_MAX_LETTERS, (key, size)
    assert sum(sizes[key] for key in split) > limit
    assert_scores_as_lunr_js(data, tmp_path)

    # A misspelt word could be in any shard of its letter: the letter's terms say which hold what it reaches.
    letter = max({key[0] for key in split}, key=lambda a: sum(key[0] == a for key in split))
    _, terms, _ = search_data((data / f"terms-{letter}.js").read_text())
    assert sorted(terms) == sorted(key for key in split if key[0] == letter)
    word = next(t for shard in sorted(terms) for t in terms[shard] if t.isalpha() and len(t) >= 7)
    misspelt = word[:3] + word[4] + word[3] + word[5:]
    (result,) = node("search", [{"q": misspelt, "limit": 5}], str(data))
    (fetched,) = node("payload", [{"q": misspelt, "limit": 5, "counts": False}], str(data))
    assert result["fuzzy"] and result["results"], misspelt
    shards_of_letter = [f for f in fetched["loaded"] if f.startswith(f"shard-{letter}")]
    assert f"terms-{letter}.js" in fetched["loaded"] and 0 < len(shards_of_letter) < len(terms), (misspelt, fetched["loaded"])

    # A word is fetched with the words it shares its first letters with only as far as their size requires.
    (grief,) = node("payload", [{"q": "grief", "limit": 5, "counts": False}], str(data))
    fetched_shards = sorted(f.removeprefix("shard-").split(".")[0] for f in grief["loaded"] if f.startswith("shard-"))
    assert fetched_shards == [next(key for key in sizes if "grief".startswith(key) or key.startswith("grief"))], fetched_shards
    if limit < 4000:
        assert fetched_shards[0].startswith("gri"), "grief is not fetched with group, in most of the sample's names"


def assert_scores_as_lunr_js(data: Path, tmp_path: Path) -> None:
    """lunr.js's own index of the sample's tokens and the shards in `data`, unpacked and added up by core.js,
    give every query the same documents with the same scores."""
    site = load_site(REPO)
    docs = [{"id": str(ref), **doc_tokens(doc)} for ref, doc in enumerate(search_documents(site))]
    docs_file = tmp_path / "docs.json"
    docs_file.write_text(json.dumps(docs), encoding="utf-8")
    queries = [query for query, _, _ in RELEVANCE] + TRAP_WORDS + ['"peer support" group', "support -online", "anx"]
    compared = node("compare", {"queries": queries, "fields": FIELDS, "unstemmed": UNSTEMMED}, str(data), str(docs_file))
    checked = 0
    for case in compared:
        whole = {ref: score for ref, score in case["whole"]}
        split = {ref: score for ref, score in case["split"]}
        if case["fuzzy"]:
            # A fuzzy word is looked up in its own first letter's shard only, so 'grief' can no longer reach
            # 'brief': the split index finds a subset, with lunr.js's scores for what it finds.
            assert set(split) <= set(whole), case["query"]
            continue
        assert set(split) == set(whole), case["query"]
        for ref, score in whole.items():
            assert split[ref] == pytest.approx(score, rel=1e-9, abs=1e-12), (case["query"], ref)
        checked += len(whole)
    assert checked > 200


@needs_node
def test_words_that_name_javascript_object_properties_are_words_like_any_other(built_sample: Path) -> None:
    """Terms key plain objects in the browser; "constructor" must not find Object's own property there."""
    grief, with_constructor, alone = node(
        "search", [{"q": "grief", "limit": 5}, {"q": "grief constructor", "limit": 5}, {"q": "constructor"}], str(built_sample / "search/data")
    )
    assert [r["name"] for r in with_constructor["results"]] == [r["name"] for r in grief["results"]]
    assert all(isinstance(r["score"], float) and r["score"] > 0 for r in with_constructor["results"])
    assert alone["total"] == 0


def test_listings_that_share_a_schedule_share_one_entry_of_the_schedules_file() -> None:
    """when.js holds each distinct schedule once, without the times in words, and each document's number in that
    list (0: none); core.js works each out once a search (the sample's shared one is checked in the test below)."""
    from types import SimpleNamespace

    from peerdir.search.index import _when_data

    weekly = json.dumps({"kind": "meetings", "periods": [{"d": 1, "e": "20:00", "et": "8 pm", "s": "18:30", "st": "6:30 pm", "z": "Europe/London"}]})
    always = json.dumps({"always": True, "kind": "hours", "periods": []})
    data = _when_data([SimpleNamespace(schedule=s) for s in (weekly, "", always, weekly, always)])  # type: ignore[misc]
    assert data == {"docs": [1, 0, 2, 1, 2], "schedules": [
        {"kind": "meetings", "periods": [{"d": 1, "e": "20:00", "s": "18:30", "z": "Europe/London"}]}, json.loads(always)]}


@needs_node
def test_open_now_and_meets_this_week_are_worked_out_at_the_moment_of_the_search(built_sample: Path) -> None:
    from datetime import datetime, timezone

    site = load_site(REPO)
    by_name = {item.data.name: item for item in site.listings}
    sunday_evening = datetime(2026, 11, 23, 2, 0, tzinfo=timezone.utc).timestamp() * 1000  # Sun Nov 22, 18:00 PST
    monday_noon = datetime(2026, 11, 23, 20, 0, tzinfo=timezone.utc).timestamp() * 1000  # Mon Nov 23, 12:00 PST
    thursday_meeting = datetime(2026, 11, 20, 3, 30, tzinfo=timezone.utc).timestamp() * 1000  # Thu Nov 19, 19:30 PST
    evening, noon, week, helplines, meeting = node("search", [
        {"q": "", "filters": {"open": ["now"]}, "limit": 200, "now": sunday_evening},
        {"q": "", "filters": {"open": ["now"]}, "limit": 200, "now": monday_noon},
        {"q": "", "filters": {"open": ["week"]}, "limit": 200, "now": monday_noon},
        {"q": "", "filters": {"type": ["helpline"]}, "limit": 200, "now": monday_noon},
        {"q": "", "filters": {"open": ["week"]}, "limit": 200, "now": thursday_meeting},
    ], str(built_sample / "search/data"))
    open_evening = {r["name"] for r in evening["results"]}
    assert "Harbor & Hills Warmline" in open_evening and "Harbor & Hills Warmline" not in {r["name"] for r in noon["results"]}
    always = {i.data.name for i in site.listings if getattr(i.data, "hours", None) and i.data.hours.always and i.data.status == "active"}
    assert always and always <= open_evening and always <= {r["name"] for r in noon["results"]}, "24/7 lines are open now"
    assert evening["counts"]["open"]["now"] == evening["total"] and noon["counts"]["open"]["now"] == noon["total"]
    # Every group met this week, by its own rule: weekly ones always, monthly ones on their weeks of the month.
    this_week = {r["name"] for r in week["results"]}
    assert {r["type"] for r in week["results"]} == {"group"}
    assert "North Shore Anxiety Circle" not in this_week  # 1st and 3rd Thursdays: Dec 3 is 10 days away
    # ... but while its 3rd Thursday meeting is under way it meets this week, though the next is two weeks on
    # (search's copy of the schedule has no times in words: that a meeting is under way is enough)
    assert "North Shore Anxiety Circle" in {r["name"] for r in meeting["results"]}
    weekly = [i.data.name for i in site.listings if i.type.id == "group" and i.data.status == "active"
              and i.data.meetings and all(not m.weeks and not m.every_other_week for m in i.data.meetings)]
    assert weekly and set(weekly) <= this_week
    # Every other Tuesday from 2026-11-03: Nov 17, then Dec 1, eight days on; not Tuesday Nov 24.
    assert "Veterans Peer Connection" not in this_week
    # Looking at helplines, the ones open now come first.
    opened = [r["name"] in {x["name"] for x in noon["results"]} for r in helplines["results"]]
    assert opened == sorted(opened, reverse=True) and any(opened) and not all(opened)
    # Each open helpline's result says whether it is open now, and whether always (which the page words alike).
    shown = [r for r in helplines["results"] if r["hours"]]
    assert shown and all(r["open"] == opened[helplines["results"].index(r)] for r in shown)
    assert {r["name"] for r in shown if r.get("always")} == always & {r["name"] for r in shown}
    assert by_name["Harbor & Hills Warmline"].schedule
    shared = [i.schedule for i in site.listings if i.schedule and i.data.status == "active"]
    assert len(set(shared)) < len(shared), "some listings share a schedule, which core.js works out once a search"


@needs_node
def test_filters_and_counts_work_with_and_without_a_query(built_sample: Path) -> None:
    everything, groups_only, grief_groups = node(
        "search",
        [{"q": "", "limit": 5}, {"q": "", "filters": {"type": ["group"]}}, {"q": "grief", "filters": {"type": ["group"], "region": ["lakeside"]}}],
        str(built_sample / "search/data"),
    )
    site = load_site(REPO)
    listed = [item for item in site.listings if item.listed]
    groups = [item for item in listed if item.type.id == "group"]
    assert everything["counts"]["type"]["group"] == len(groups)
    assert everything["total"] == len(search_documents(site))
    assert groups_only["total"] == len(groups) and {r["type"] for r in groups_only["results"]} == {"group"}
    # A facet's counts ignore its own selection, so other types still show how many they would add.
    assert groups_only["counts"]["type"]["helpline"] == len([i for i in listed if i.type.id == "helpline"])
    assert [r["name"] for r in grief_groups["results"]] == ["Lakeside Grief Café"]


@needs_node
def test_open_24_7_and_language_filters(built_sample: Path) -> None:
    open_all_hours, vietnamese = node(
        "search", [{"q": "", "filters": {"open": ["24-7"]}}, {"q": "", "filters": {"language": ["vi"]}, "limit": 50}],
        str(built_sample / "search/data"),
    )
    site = load_site(REPO)
    expected_open = {i.data.name for i in site.listings if i.listed and i.type.id == "helpline" and i.data.hours and i.data.hours.always}
    assert {r["name"] for r in open_all_hours["results"]} == expected_open
    assert expected_open == {"Veterans Peer Line", "Harbor Hills Crisis Line", "Older Adults Friendship Line"}
    assert {r["name"] for r in vietnamese["results"]} == {i.data.name for i in site.listings if i.listed and "vi" in i.languages}
    assert "Nhóm Hỗ Trợ Đồng Đẳng Tiếng Việt" in {r["name"] for r in vietnamese["results"]}


def test_places_give_each_listing_its_point_or_its_towns(built_sample: Path) -> None:
    """places.js: a listing's own point; for one that gives only its town or postcode, their middle, marked as
    not its own; none for what is nowhere (online, helplines) or keeps its address private."""
    site = load_site(REPO)
    docs = search_documents(site)
    _, places, _ = search_data((built_sample / DATA_DIR / "places.js").read_text())
    assert len(places["points"]) == len(docs)
    point = {doc.display[1]: places["points"][ref] for ref, doc in enumerate(docs)}
    assert point["Westbrook Recovery Circle"] == [45.5816, -123.3233, 1]
    lakeside = [p for p in places["places"] if p[0] == "Lakeside, OR"][0]
    own = [point[name] for name in ("Lakeside OCD and Anxiety Group", "Lakeside Day Respite", "Older Adults Friendship and Wellbeing Group")]
    assert lakeside[1:3] == [round(sum(p[0] for p in own) / 3, 4), round(sum(p[1] for p in own) / 3, 4)]
    assert point["Lakeside Grief Café"] == [*lakeside[1:3], 0]  # its ZIP code has no point of its own: its town's
    assert [p[1:3] for p in places["places"] if p[0] == "97128"] == [lakeside[1:3]]
    assert [p[1:3] for p in places["places"] if p[0] == "Easton, OR"] == [[None, None]]  # no listing there gives one
    assert point["Young Minds Meetup"] == 0 and point["Harbor & Hills Warmline"] == 0 and point["Pine Ridge Retreat House"] == 0
    names = [p[0] for p in places["places"]]
    assert names == sorted(names) and "97140" in names and "Harbor City, OR" in names


def test_meta_lists_the_version_each_data_file_says_it_is(built_sample: Path) -> None:
    """core.js asks for each file by the version meta lists and checks that the file says the same (index.py):
    every file's, the result chunks sharing one."""
    data = built_sample / DATA_DIR
    _, meta, _ = search_data((data / "meta.js").read_text(encoding="utf-8"))
    said = {}
    for path in sorted(data.glob("*.js")):
        name, _, version = search_data(path.read_text(encoding="utf-8"))
        said.setdefault("docs" if name.startswith("docs-") else name, set()).add(version)
    listed = meta["versions"]  # type: ignore[index]
    assert set(said) == set(listed) | {"meta"} and len(said["docs"]) == 1
    assert all(said[name] == {listed[name]} for name in listed)


_LAYOUT_JS = r"""
const fs = require("fs"), path = require("path");
const [scripts, dataDir] = process.argv.slice(2);
globalThis.lunr = require(path.join(scripts, "lunr.min.js"));
require(path.join(scripts, "core.js"));
require(path.join(scripts, "../when.js"));  /* as the worker loads it */
const Search = globalThis.PeerdirSearch;
const [plain, fresh] = JSON.parse(fs.readFileSync(0, "utf8"));  /* meta's format as cached, and past the cache */
const asked = [];
const engine = new Search.Engine((files) => {
  files.forEach((file) => {
    asked.push(file);
    const text = fs.readFileSync(path.join(dataDir, file.split("?")[0]), "utf8");
    new Function("peerdirSearchData", text)((name, value, version) => {
      if (name === "meta") value = Object.assign({}, value, { format: file.indexOf("?t=") > 0 ? fresh : plain });
      globalThis.peerdirSearchData(name, value, version);
    });
  });
  return Promise.resolve();
});
engine.search({ q: "grief", limit: 3, counts: false }).then(
  (found) => process.stdout.write(JSON.stringify({ names: found.results.map((r) => r.name), asked: asked })),
  (error) => process.stdout.write(JSON.stringify({ error: error.message, asked: asked })));
"""


@needs_node
def test_data_of_another_layout_is_fetched_again_then_refused(built_sample: Path, tmp_path: Path) -> None:
    """meta.js says which layout of the data files it is (SEARCH_FORMAT, core.js's FORMAT). Finding another,
    core.js fetches meta past the cache once (a meta kept from before a deploy) and, finding it again (scripts of
    another peerdir than the data), fails plainly rather than reading one layout as the other."""
    from peerdir.search.index import SEARCH_FORMAT

    script = tmp_path / "layout.js"
    script.write_text(_LAYOUT_JS, encoding="utf-8")
    _, meta, _ = search_data((built_sample / "search/data/meta.js").read_text(encoding="utf-8"))
    assert meta["format"] == SEARCH_FORMAT
    assert re.search(r"var FORMAT = (\d+);", (SCRIPTS / "core.js").read_text()).group(1) == str(SEARCH_FORMAT)

    def search(plain: int, fresh: int) -> dict:
        run = subprocess.run([NODE, str(script), str(SCRIPTS), str(built_sample / "search/data")],
                             input=json.dumps([plain, fresh]), capture_output=True, text=True, check=True)
        return json.loads(run.stdout)

    same = search(SEARCH_FORMAT, SEARCH_FORMAT)
    assert "Lakeside Grief Café" in same["names"] and same["asked"][0] == "meta.js" and len(same["asked"]) == len(set(same["asked"]))
    cached = search(SEARCH_FORMAT - 1, SEARCH_FORMAT)
    assert cached["names"] == same["names"] and cached["asked"][1].startswith("meta.js?t="), cached["asked"]
    other = search(SEARCH_FORMAT + 1, SEARCH_FORMAT + 1)
    assert other == {"error": "search data files of two builds", "asked": other["asked"]} and len(other["asked"]) == 2
