"""The search data a build writes under search/data/, for lunr.js in the browser.

Shape, chosen so a first search on a phone downloads little:

- One lunr index over every listing, guide and guide section, written with
  lunr's arithmetic straight into packed shards by the first character of each
  term, or the first two or three where a shard is large (shards.py). A search fetches only
  the shards its words start with. lunr.js scores a field as
  dot(query, document) / |query|, so a shard needs only its own terms'
  components of each document vector, and the browser recombines shard scores
  exactly (see static/search/core.js).
- For each letter split by size, its shards' terms (terms-<letter>), so a
  misspelt or very short word fetches only the shards holding what it reaches.
- Facet values for every document in one small file, so filters and their
  counts work without the index.
- What a result shows (name, summary, address, region) in chunks of
  DOCS_PER_CHUNK, fetched only for the results on screen.

Every file is a script calling peerdirSearchData(name, JSON.parse('...'), version): scripts
load in a worker, on a page, and from file://, where fetch() is not allowed. A file's version is a digest of
its data (the result chunks share one, of them all), and meta lists every file's. core.js asks for each file
with its version in the address (shard-g.js?v=…), so a browser's cache never answers with another build's file,
and it checks what each file says of itself: a meta of an earlier build, kept by a browser's cache (GitHub
Pages lets them keep files for ten minutes), shows as files that do not match it, and core.js then fetches meta
past the cache and searches again. Without this, a search shortly after a deploy could join one build's
numbering of the documents with another's, and show the wrong listings.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import time
from functools import lru_cache

from peerdir.collector import collector_paused
from peerdir.model import urls
from peerdir.model.filters import FACETS, facet_values, search_language
from peerdir.model.jsonvalues import json_text
from peerdir.model.markup import plain
from peerdir.model.site import Guide, Listing, Site, written_in
from peerdir.search.languages import PHRASES, stemmer, stop_words
from peerdir.search.places import places_data
from peerdir.search.shards import index_shards
from peerdir.sources.blocks import Location
from peerdir.sources.fieldtypes import WEEKDAYS
from peerdir.sources.strings import choice_key

# Field key, boost. Short keys: every field reference in the index repeats them. "w" holds the name's words as
# typed (not stemmed), so a typo is matched against what people type; each two neighbouring words as one token
# ending in PAIR_END, so a phrase from a name ranks before the same words apart; and the whole name as one token
# ending in NAME_END, so a name typed in full ranks that listing first.
FIELDS = (("n", 10), ("t", 5), ("a", 5), ("o", 5), ("s", 3), ("k", 2), ("l", 2), ("r", 1), ("d", 1), ("w", 1))
UNSTEMMED = ("w",)
NAME_END = "="
PAIR_END = "~"
DOCS_PER_CHUNK = 10  # results on screen come from all over the index: small chunks fetch less that is not shown
DATA_DIR = "search/data/"
# The layout of the data files, as static/search/core.js reads it (its FORMAT): raised with core.js's whenever the
# two must change together, so that a page whose scripts are of another peerdir than the data (a browser keeps
# each file ten minutes after a deploy) fails plainly instead of reading one layout as the other.
SEARCH_FORMAT = 3

# The one normalisation and tokenizer, the same in core.js (fold, words) and tested against it on many strings:
# lowercase; a few letters NFKD does not split; apostrophes dropped (John's, John’s and Johns are one word);
# symbols (™, ℃, emoji) as spaces, so "Seeking Safety™" has the word safety, not safetytm; NFKD, lowercase again
# (a letter it makes may be a capital) and every mark removed (Café is cafe); then words are the runs of letters
# and digits, so '/', '.', '&', '+', brackets and every other separator people put in names split words
# ("Volusia/Flagler/St. Johns").
_FOLD = str.maketrans({"đ": "d", "ß": "ss", "æ": "ae", "ø": "o", "ł": "l", "œ": "oe", "'": "", "’": "", "‘": "", "ʼ": "",
                       "`": "", "´": ""})
_ASCII_WORD = re.compile(r"[a-z0-9]+")
_H2 = re.compile(r'<h2 id="([^"]+)">(.*?)</h2>', re.DOTALL)


def fold(text: str) -> str:
    """Lowercase, without accents or apostrophes, so 'Cafe' finds 'Café' and 'Katies' finds 'Katie’s'."""
    if text.isascii():  # most text: NFKD changes nothing and there is no mark to remove
        return text.lower().translate(_FOLD)
    spaced = "".join(" " if unicodedata.category(c)[0] == "S" else c for c in text.lower().translate(_FOLD))
    decomposed = unicodedata.normalize("NFKD", spaced).lower()
    return "".join(c for c in decomposed if not unicodedata.category(c).startswith("M"))


def words(text: str) -> list[str]:
    """The words of a text as the index and the search both see them. Lowercased without apostrophes first (fold's
    first step), then folded whole where nothing but separators lies beyond ASCII, or else a whitespace-separated
    piece at a time, which gives the same words (no fold joins or splits across whitespace), so that the common
    ASCII pieces take the quick path even in a text with an accent somewhere."""
    if text.isascii():
        return _ASCII_WORD.findall(fold(text))
    folded = text.lower().translate(_FOLD)
    if all(_separates(c) for c in set(folded) if not c.isascii()):  # beyond ASCII only dashes, quotes and the like
        return _ASCII_WORD.findall(folded)
    return [word for piece in folded.split() for word in (_ASCII_WORD.findall(piece) if piece.isascii() else _words(piece))]


@lru_cache(maxsize=None)
def _separates(char: str) -> bool:
    """Whether a character only ever separates words, as a space would (–, ’, “, ™): a symbol, or nothing of it a
    letter, a digit or a mark, even decomposed (½ is 1⁄2; a lone accent joins what is either side of it)."""
    return unicodedata.category(char)[0] == "S" or all(
        unicodedata.category(c)[0] not in "LNM" for c in unicodedata.normalize("NFKD", char))


def _words(text: str) -> list[str]:
    return "".join(c if unicodedata.category(c)[0] in "LN" else " " for c in fold(text)).split()


def joined(found: list[str], phrases: tuple[str, ...]) -> list[str]:
    """The words with each of the language's phrases (languages.PHRASES) as one word, as core.js's parse joins them."""
    if not phrases or len(found) < 2:
        return found
    out: list[str] = []
    at = 0
    while at < len(found):
        if at + 1 < len(found) and f"{found[at]} {found[at + 1]}" in phrases:
            out.append(found[at] + found[at + 1])
            at += 2
        else:
            out.append(found[at])
            at += 1
    return out


def name_tokens(name: str, phrases: tuple[str, ...] = ()) -> list[str]:
    """The "w" field: a name's words as written, each pair of neighbours, and the whole name as one token."""
    found = joined(words(name), phrases)
    pairs = [first + second + PAIR_END for first, second in zip(found, found[1:])]
    return [*found, *pairs, "".join(found) + NAME_END] if found else []


@dataclass
class SearchDoc:
    fields: dict[str, str]
    # [type, name, summary, url, details], a helpline's [hours, [[phone action, href, note], ...]], and what else
    # its card says, where there is any (_extra): {"badge": "Temporarily closed", "lang": "en", "written": "ns"}
    display: list
    facets: dict[str, list[str]] = field(default_factory=dict)
    schedule: str = ""  # hours or meetings as the device reads them (model/schedule.py), for "Open now"
    location: Location | None = None  # where it is, for "Near me" (places.py)
    # The fields written in a language other than the page's, with it (a listing's written_in, an untranslated
    # guide): they lose that language's stop words too, so "my son died" does not find a Spanish listing by "son".
    written: dict[str, str] = field(default_factory=dict)


_OWN_WORDS = (("n", "name"), ("o", ""), ("s", "summary"), ("d", "description"))  # index fields, and the listing's fields they hold


def _listing_doc(site: Site, item: Listing) -> SearchDoc:
    t, data = site.strings, item.data
    # What it is and what it costs, as its card says them: 'free support group' finds the free ones (the cost had
    # been a filter only, and 'free' found one guide); and the other words people search with for each (_named).
    kind_words = [t[f"type_one_{item.type.id}"], *_named(t, f"type_{item.type.id}"), *_named(t, choice_key("cost", data.cost))]
    facets = {
        "type": [item.type.id],
        "region": list(item.areas),
        "topic": list(data.topics),
        "audience": list(data.audiences),
        "language": list(item.languages),
        "cost": [data.cost],
    }
    kind_field = item.type.kind_field
    if kind_field:
        value = getattr(data, kind_field)
        kind_words += _named(t, choice_key(kind_field, value))
        if kind_field in FACETS:
            facets[kind_field] = [value]
    for way in dict.fromkeys(phone.kind for phone in item.phones if phone.kind != "voice"):  # 'text', 'WhatsApp':
        kind_words += _named(t, f"phone_{way}")  # someone who cannot call finds what they can text (a group's number too)
    kind_words += [t[f"search_when_{when}"] for when in _when(data)]
    hours = getattr(data, "hours", None)
    if hours and hours.always:
        facets["open"] = ["24-7"]
    return SearchDoc(
        fields={
            "n": data.name,
            "t": " ".join(site.term_words["topics"][x] for x in data.topics),
            "a": " ".join(site.term_words["audiences"][x] for x in data.audiences),
            "o": data.organization or "",
            "s": data.summary,
            "k": " ".join(kind_words),
            "l": " ".join(site.language_names[code] for code in item.languages),
            "r": " ".join([*(site.term_words["regions"].get(area, name) for area, name in zip(item.areas, item.area_names)),
                           *_place(item)]),  # a region's name and its also words; national and online by name
            "d": " ".join([item.description_text, *item.meetings, *item.hours]),
            "w": data.name,
        },
        display=[item.type.id, data.name, data.summary, item.url, item.details, *_helpline_actions(site, item),
                 *_extra(item, _listing_letters(item),
                         site.strings[choice_key("badge", data.status)] if data.status != "active" else "")],
        facets=facets,
        schedule=item.schedule if data.status == "active" else "",
        location=item.location,
        written={key: lang for key, name in _OWN_WORDS if (lang := written_in(item, name))},
    )


EVENING = time(17)  # a meeting that starts then or later is in the evening, as are hours that open then or reach past 6 pm


def _when(data: object) -> list[str]:
    """When a listing meets or is open, as people search for it ('weekend', 'evening': search_when_...), never
    shown: 'weekend support group' had found nothing, though each meeting's own words ('Every Saturday at 10 am')
    are searched. By the clock where it meets or answers."""
    hours = getattr(data, "hours", None)
    if hours and hours.always:
        return ["weekend", "evening"]
    meetings, periods = getattr(data, "meetings", None) or [], hours.weekly if hours else []
    days = {m.weekday for m in meetings} | {day for period in periods for day in period.days}
    evening = any(m.start >= EVENING for m in meetings) or any(  # (closing at midnight or after it: 00:00, or before opening)
        period.opens >= EVENING or period.closes > time(18) or period.closes <= period.opens for period in periods)
    return [when for when, said in (("weekend", bool(days & set(WEEKDAYS[5:]))), ("evening", evening)) if said]


def _named(strings: dict[str, str], key: str) -> list[str]:
    """What a listing is, as its card names it, and the other words people search with for it, which no page shows
    (search_also_...): 'virtual' for a group that meets online, 'hotline' for a helpline (which had found the online
    listings, as a close spelling of 'online')."""
    return [strings[key], strings[f"search_also_{key}"]]


def _helpline_actions(site: Site, item: Listing) -> list:
    """An open helpline's hours and phones, as its card in the lists shows them: someone searching for a line to
    call can call it from the results."""
    if not item.calls_on_card:
        return []
    calls = [[phone.action, phone.href, *([phone.note] if phone.note else [])] for phone in item.phones]
    lines, note = item.hours_and_note
    hours = [lines, note] if note and written_in(item, "hours") else item.hours_on_card  # apart, to mark the note
    return [hours, calls] if hours or calls else []


def _listing_letters(item: Listing) -> str:
    """The letters for what its result shows in the main language (_extra), of what its result shows at all."""
    calls = item.calls_on_card
    shown = (("n", "name", True), ("s", "summary", True), ("h", "hours", calls and item.hours_and_note[1]),
             ("p", "phones", calls and any(phone.note for phone in item.phones)))
    return "".join(letter for letter, field, there in shown if there and written_in(item, field))


def _extra(item: Listing | Guide, letters: str, badge: str = "") -> list:
    """What else a result's card says, as its card in the lists does, where there is any (core.js reads it): its
    status where it is not active ("badge": 'Temporarily closed'), and what of it is in the main language on a
    translation's search page ("lang", and "written": n for its name, s its summary, h its hours' note, p its
    phones' notes), which the page marks with lang."""
    extra = {**({"badge": badge} if badge else {}), **({"lang": written_in(item), "written": letters} if letters else {})}
    return [extra] if extra else []


def _guide_docs(site: Site, guide: Guide) -> list[SearchDoc]:
    topics = " ".join(site.term_words["topics"][x] for x in guide.front.topics)
    facets = {"type": ["guide"], "topic": list(guide.front.topics)}
    label = site.strings["nav_guides"]
    written = dict.fromkeys(("n", "s", "d"), guide.text_lang) if guide.text_lang else {}
    docs = [
        SearchDoc(
            {"n": guide.front.title, "t": topics, "s": guide.front.summary, "k": label, "d": plain(_H2.split(guide.html)[0]),
             "w": guide.front.title},
            ["guide", guide.front.title, guide.front.summary, guide.url, "", *_extra(guide, "ns" * bool(guide.text_lang))],
            facets,
            written=written,
        )
    ]
    parts = _H2.split(guide.html)  # [intro, id, heading, body, id, heading, body, ...]
    for index in range(1, len(parts) - 2, 3):
        anchor, heading, body = parts[index], plain(parts[index + 1]), plain(parts[index + 2])
        summary = " ".join(body.split())[:160]
        docs.append(
            SearchDoc(
                {"n": heading, "t": topics, "s": guide.front.title, "k": label, "d": body, "w": heading},
                ["guide", f"{guide.front.title}: {heading}", summary, f"{guide.url}#{anchor}", "",
                 *_extra(guide, "ns" * bool(guide.text_lang))],
                facets,
                written=written,
            )
        )
    return docs


def _place(item: Listing) -> list[str]:
    location = getattr(item.data, "location", None)
    if location is None:
        return []
    address = location.address
    return [part or "" for part in (location.venue, address.city if address else None, address.postal_code if address else None)]


def search_documents(site: Site) -> list[SearchDoc]:
    """Listed listings, then guides and their sections, in the site's order."""
    docs = [_listing_doc(site, item) for item in site.listings if item.listed]
    for guide in site.guides:
        docs += _guide_docs(site, guide)
    return docs


def doc_tokens(doc: SearchDoc, phrases: tuple[str, ...] = ()) -> dict[str, list[str]]:
    """Each field's tokens, as the index receives them (the tests give lunr.js's own index the same), with the
    phrases of the language the site is searched in (`PHRASES`) joined, as its queries are."""
    return {key: name_tokens(doc.fields.get(key, ""), phrases) if key == "w"
            else _without(joined(words(doc.fields.get(key, "")), phrases), doc.written.get(key)) for key, _ in FIELDS}


def _without(tokens: list[str], language: str | None) -> list[str]:
    """Words of another language than the page's without that language's stop words, where search has a list of
    them (English and Spanish): the index drops only the page's, as its queries do."""
    stop = _other_stop_words(language) if language else frozenset()
    return [token for token in tokens if token not in stop] if stop else tokens


@lru_cache(maxsize=None)
def _other_stop_words(language: str) -> frozenset[str]:
    code = search_language(language)
    if code != language.split("-")[0].lower():  # search has no list for it (it would search it as English)
        return frozenset()
    return frozenset(fold(word) for word in stop_words(code))  # as words() gives them: 'más' is 'mas'


def _facet_data(site: Site, docs: list[SearchDoc]) -> dict:
    """Each filter with its values, and each document's values of each filter by number, a column per filter
    (`columns[filter][document]`): like values side by side gzip a fifth smaller than a row per document (at
    100,000 listings 403 KB, not 513, on the first use of the filters)."""
    values = facet_values(site)
    position = {name: {value: i for i, (value, _) in enumerate(pairs)} for name, pairs in values.items()}
    return {
        "facets": [{"name": name, "values": [[v, label] for v, label in values[name]]} for name in FACETS],
        "columns": [[[position[name][v] for v in doc.facets.get(name, [])] for doc in docs] for name in FACETS],
    }


def data_script(name: str, payload: str, version: str) -> bytes:
    """A data file as a script, so that it loads in a worker, on a page and from file:// alike. Its JSON goes to
    JSON.parse as one string rather than being written as a JavaScript object: engines read JSON about twice as
    fast (V8's own advice for large data), and reading the shards was half of a first search's time."""
    literal = payload.replace("\\", "\\\\").replace("'", "\\'")
    return f"peerdirSearchData(\"{name}\",JSON.parse('{literal}'),\"{version}\");\n".encode("utf-8")


def _timing(schedule: str) -> dict:
    """A schedule as search reads it: its periods without their times as a page writes them ("6:30 pm"), which
    only the listing's own page shows. Search asks only whether it is open now or meets this week, and the texts
    made a third of the file that the first use of the filters loads."""
    value = json.loads(schedule)
    for period in value.get("periods", ()):
        period.pop("st", None)
        period.pop("et", None)
    return value


def _when_data(docs: list[SearchDoc]) -> dict:
    """Each document's schedule for the "Open now" and "This week" filters, by number: each distinct schedule once
    (`schedules`), and each document's number in that list, from 1 (`docs`; 0 for none). Many listings meet on the
    same evening every week in the same zone, and then the file that the first use of the filters loads holds
    that schedule once, and core.js works out once a search whether it is open (synthetic listings: 1.1 MB → 24 KB
    at 10,000)."""
    numbers: dict[str, int] = {}
    schedules: list[dict] = []
    for doc in docs:
        if doc.schedule and doc.schedule not in numbers:
            schedules.append(_timing(doc.schedule))
            numbers[doc.schedule] = len(schedules)
    return {"docs": [numbers.get(doc.schedule, 0) for doc in docs], "schedules": schedules}


def _tokens_once(docs: list[SearchDoc | None], phrases: tuple[str, ...]) -> Iterator[dict[str, list[str]]]:
    """Each document's tokens, made as the index reads them, and then the document let go: the index's memory
    peaks as it is packed, long after the last document is read (kept, they took 200 MB at 100,000 listings)."""
    for at in range(len(docs)):
        doc, docs[at] = docs[at], None
        yield doc_tokens(doc, phrases)  # type: ignore[arg-type]


@collector_paused()  # the index is millions of numbers, strings and lists, and not one cycle
def search_files(site: Site, kept: dict[str, tuple[bytes, dict[str, str]]] | None = None) -> dict[str, bytes]:
    """Output path -> bytes for every search data file: first those written from the documents as they are, then
    the index, from their tokens. `kept` (from `peerdir serve`, build.Kept.index): by the language's prefix, a
    digest of every document's searchable words with the language that reads them, and the index's files made
    from them the update before. The index depends on those alone, and the commonest edits to a directory (a
    listing checked again, a phone number or a website put right) change none of them, so its shards are then
    not made again (2.5 s of the search data's 2.8 s at 10,000 listings). A whole build keeps nothing."""
    docs: list = search_documents(site)
    language = search_language(site.language)
    words = hashlib.sha256(json_text([language, [[doc.fields, doc.written] for doc in docs]]).encode("utf-8")).digest() if kept is not None else b""
    files: dict[str, bytes] = {}
    versions: dict[str, str] = {}  # each file's, by name; the result chunks' all under "docs"

    def add(name: str, payload: str, shared: str | None = None) -> None:
        key = shared or name
        if key not in versions:
            versions[key] = urls.version(payload.encode("utf-8"))
        files[DATA_DIR + name + ".js"] = data_script(name, payload, versions[key])

    add("facets", json_text(_facet_data(site, docs)))
    # Loaded with the facets: "now" and "week" of the open facet are worked out on the device from these.
    add("when", json_text(_when_data(docs)))
    # Loaded only for "Near me": where each document is, and the towns and postcodes the directory knows.
    add("places", json_text(places_data([doc.location for doc in docs])))
    chunks = [json_text([doc.display for doc in docs[start : start + DOCS_PER_CHUNK]]) for start in range(0, len(docs), DOCS_PER_CHUNK)]
    versions["docs"] = urls.version(*(chunk.encode("utf-8") for chunk in chunks))  # one for them all: a listing added or removed moves every one after it
    for number, chunk in enumerate(chunks):
        add(f"docs-{number}", chunk, "docs")
    del chunks
    if kept is not None and site.prefix in kept and kept[site.prefix][0] == words:
        index_files = kept[site.prefix][1]
    else:
        index = index_shards(FIELDS, UNSTEMMED, _tokens_once(docs, PHRASES.get(language, ())), stemmer(language), stop_words(language))
        index_files = {f"shard-{key}": shard for key, shard in index.shards.items()}  # JSON already
        index_files.update((f"terms-{letter}", json_text(lists)) for letter, lists in index.terms.items())
        if kept is not None:
            kept[site.prefix] = (words, index_files)
    for name, payload in index_files.items():
        add(name, payload)
    shards = sorted(name.removeprefix("shard-") for name in index_files if name.startswith("shard-"))
    meta = {"format": SEARCH_FORMAT, "shards": shards, "docs": len(docs),  # each slot None now, still counted
             "chunk": DOCS_PER_CHUNK, "fields": [k for k, _ in FIELDS], "versions": dict(sorted(versions.items()))}
    if language != "en":  # core.js then stems and drops stop words with lunr-languages' pipeline for it
        meta["language"] = language
    if language in PHRASES:
        meta["phrases"] = list(PHRASES[language])
    add("meta", json_text(meta))
    return dict(sorted(files.items()))


