"""`peerdir import hsds`: Open Referral HSDS 3.0 services become listing files.

A service exported by peerdir carries its listing type, peer-led flag and kind
as attributes, so it comes back whole: export, import into an empty directory
and export again give the same data. A service from elsewhere is mapped as far
as it can be: the type is guessed (schedules that read as meetings: a group;
schedules that read as opening hours, or phones: a helpline; a physical place: a
peer respite; only a virtual place: a forum), regions and languages must
match the site's vocabularies by name or code, and everything that could not be
mapped is reported, listing by listing. Each listing is checked against the
schema before it is written; an existing file is never replaced without --force.
"""

from __future__ import annotations

import gzip
import html
import itertools
import json
import re
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

import yaml
from pydantic import TypeAdapter, ValidationError

from peerdir.commands.import_hsds_csv import read_csv_package
from peerdir.model.jsonvalues import drop_empty
from peerdir.model.markup import DESCRIPTION_TAGS, clean, description_html, plain
from peerdir.outputs.hsds import attribute_fields, attribute_value
from peerdir.outputs.records import RRULE_DAYS
from peerdir.outputs.schemas import modeline
from peerdir.problems import UsageError
from peerdir.sources.blocks import POST_BOX, Hours, Meetings, no_one_answers
from peerdir.sources.config import AREA_WORDS, RESERVED_AREAS, SiteConfig
from peerdir.sources.fieldtypes import clock_time, holds_markup, slug_for
from peerdir.sources.readers import LISTINGS_DIR
from peerdir.sources.schema import TYPES, TYPES_BY_ID, Listing, ListingType, choices, cost_as_written
from peerdir.sources.strings import choice_key
from peerdir.sources.validation import Vocabularies, validate
from peerdir.sources.yamlfile import YamlDoc

_BYDAY = {code: day for day, code in RRULE_DAYS.items()}  # "MO" -> "monday": what the HSDS export writes, read back
_STATUS = {"active": "active", "temporarily closed": "temporarily-closed", "defunct": "closed", "inactive": "closed"}
SUMMARY_LIMIT = 200
_PHONE_KINDS = {"voice": "voice", "text": "text", "cell": "voice"}  # a mobile is called; WhatsApp is peerdir:kind's
_NOT_CALLED = ("fax", "pager")  # HSDS's phone types that no one answers (or a phone of another type whose description says so)
# HSDS's phone types for people who cannot use a voice call, said on the button where the feed says nothing else:
# a hearing caller on a textphone line hears tones.
_TYPE_LABELS = {"textphone": "Textphone (TTY)", "video": "Video call (sign language)"}


@dataclass
class Imported:
    written: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what could not be mapped


def _is_service(value: Any) -> bool:
    """An HSDS service has a name and a status (both required by HSDS); a taxonomy term, an organization or a
    location has no status, so a file of those is not taken for services."""
    return isinstance(value, dict) and isinstance(value.get("name"), str) and isinstance(value.get("status"), str)


def _at_location(item: Any) -> bool:
    """A record of HSDS's service_at_location, as its API's /service_at_locations answers: a service at a place."""
    return isinstance(item, dict) and isinstance(item.get("service"), dict) and isinstance(item.get("location"), dict)


def _services_at_their_locations(items: list[Any]) -> list[dict[str, Any]]:
    """The services that service_at_location records name, each once, at each of its locations, with the phones
    and schedules given for it there where it gives none of its own (a group's meetings at its venue)."""
    services: dict[Any, dict[str, Any]] = {}
    for item in filter(_at_location, items):
        service = item["service"]
        found = services.setdefault(service.get("id") or len(services), {**service, "service_at_locations": []})
        found["service_at_locations"].append({"location": item["location"]})
        for part in ("phones", "schedules"):
            if not found.get(part) and isinstance(item.get(part), list):
                found[part] = item[part]
    return list(services.values())


def read_services(path: Path) -> list[dict[str, Any]]:
    """Services from an HSDS JSON file, plain or gzipped (a list of services, {"services": [...]}, a page of the
    HSDS API {"contents": [...]}, one service, or service_at_location records, each naming its service and its
    place), or from a CSV package (its folder, its datapackage.json or a zip of them)."""
    if path.is_dir() or path.name == "datapackage.json" or path.suffix.lower() == ".zip":
        return read_csv_package(path / "datapackage.json" if path.is_dir() else path)
    try:
        raw = path.read_bytes()
        data = json.loads(gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw.decode("utf-8"))
    except (OSError, EOFError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise UsageError(f"cannot read {path} as HSDS JSON: {exc}") from None
    named = isinstance(data, dict) and isinstance(data.get("services"), list)  # said to be services: a status may be missing
    if isinstance(data, dict):
        data = next((data[key] for key in ("services", "contents") if isinstance(data.get(key), list)), [data])
    if isinstance(data, list):
        data = [*(item for item in data if not _at_location(item)), *_services_at_their_locations(data)]
    services = [item for item in data if _is_service(item) or named and isinstance(item, dict) and isinstance(item.get("name"), str)
                ] if isinstance(data, list) else []  # fmt: skip
    if not services:
        raise UsageError(f"{path} holds no HSDS services (each has a name and a status); is it a taxonomy or an organization file?")
    return services


def _attributes(record: dict) -> dict[str, str]:
    """A service's or a phone's attributes that carry a value (peerdir's fields HSDS has no place for), by name."""
    found = record.get("attributes")
    return {a["link_type"].removeprefix("peerdir:"): a["value"] for a in (found if isinstance(found, list) else [])
            if isinstance(a, dict) and isinstance(a.get("value"), str) and isinstance(a.get("link_type"), str)}  # fmt: skip


_LISTS = ("phones", "schedules", "service_areas", "languages", "cost_options", "service_at_locations", "attributes")
_TEXTS = ("name", "description", "url", "email", "fees_description", "application_process", "status", "assured_date",
          "eligibility_description")  # fmt: skip


# HSDS's lists of records that simpler feeds give as a list of text, and the field of a record that text is.
_NAMED_BY_TEXT = {"phones": "number", "service_areas": "name", "languages": "name"}


def _shaped(service: dict[str, Any], name: str, notes: list[str]) -> dict[str, Any]:
    """The service with each field HSDS declares as a list of records, or as text, in that shape; what is not is left
    out with a note. Text is decoded from HTML entities (exports often carry &#038;), attribute values excepted."""
    out = {key: html.unescape(value) if isinstance(value, str) else value for key, value in service.items()}
    for key in _LISTS:
        value = out.get(key) or []
        if isinstance(value, list) and key in _NAMED_BY_TEXT:  # ["English", "Welsh"], as simpler feeds give them
            value = [{_NAMED_BY_TEXT[key]: item} if isinstance(item, str) and item.strip() else item for item in value]
        items = [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []
        if len(items) != (len(value) if isinstance(value, list) else 1):
            notes.append(f"{name}: '{key}' should be a list of HSDS records; what is not was left out")
        out[key] = items if key == "attributes" else [_decoded(item) for item in items]
    out["schedules"] = _schedules_in_words(out["schedules"])
    # HSDS's words for types, as feeds capitalize them ('Fax', 'Physical', 'Postal'), in its own lowercase.
    out["phones"] = [_lowercase(phone, "type") for phone in out["phones"]]
    for link in out["service_at_locations"]:
        if isinstance(link.get("location"), dict):
            link["location"] = _lowercase(link["location"], "location_type")
            addresses = link["location"].get("addresses")
            if isinstance(addresses, list):
                link["location"]["addresses"] = [_lowercase(a, "address_type") if isinstance(a, dict) else a for a in addresses]
    for key in _TEXTS:
        if out.get(key) is not None and not isinstance(out[key], str):
            notes.append(f"{name}: '{key}' should be text in HSDS, not {json.dumps(out[key])[:40]}; left out")
            del out[key]
    if not isinstance(out.get("organization"), dict):
        out.pop("organization", None)
    return out


def _lowercase(record: dict[str, Any], key: str) -> dict[str, Any]:
    value = record.get(key)
    return {**record, key: value.strip().casefold()} if isinstance(value, str) else record


_CODES = {day: code for code, day in _BYDAY.items()}  # "monday" -> "MO"


_MEETINGS = TypeAdapter(Meetings)  # made once: a type adapter builds its validator when made


def _schedules_in_words(schedules: list[dict]) -> list[dict]:
    """Schedules as structured as the words of those that have only a description ('Mon-Fri 9am-5pm', '24/7',
    'Tuesdays 7-9pm', '1st and 3rd Thursday, 6:30 pm'), read as check reads a listing's hours and meetings: many
    directories publish their schedules only so. A schedule with days, or whose words read as neither, is kept
    as it is (and reported as before, if it cannot be used)."""
    out = []
    for schedule in schedules:
        words = schedule.get("description")
        read = None
        if not schedule.get("byday") and not schedule.get("opens_at") and isinstance(words, str) and words.strip():
            read = _hours_in_words(words) or _meetings_in_words(words)
        out += read or [schedule]
    return out


def _hours_in_words(words: str) -> list[dict] | None:
    try:
        hours = Hours.model_validate(words)
    except ValidationError:
        return None
    said = _besides_times(hours.timezone, hours.note)
    if not hours.timed:  # 'By appointment', 'Call for hours': the hours' note alone
        return [said]
    if hours.always:
        return [{"byday": ",".join(_CODES.values()), "opens_at": "00:00", "closes_at": "23:59", **said}]
    return [{"byday": ",".join(_CODES[day] for day in period.days), "opens_at": f"{period.opens:%H:%M}",
             "closes_at": f"{period.closes:%H:%M}", **said} for period in hours.weekly]


def _meetings_in_words(words: str) -> list[dict] | None:
    try:
        meetings = _MEETINGS.validate_python(words)
    except ValidationError:
        return None
    return [{"byday": ",".join(f"{'-1' if week == 'last' else week}{_CODES[m.weekday]}" for week in m.weeks or [""]),
             "opens_at": f"{m.start:%H:%M}", "closes_at": f"{m.end:%H:%M}" if m.end else None,
             **_besides_times(m.timezone, m.note)} for m in meetings]


def _besides_times(zone: str | None, note: str | None) -> dict[str, str]:
    """What words say of a schedule besides its days and times ('9am-5pm ET (closed on public holidays)'), where
    the rest of import reads it from a schedule: its zone at the end of its description, as peerdir's export writes
    one, and its note in notes. Left out, the hours would be read in the site's zone, hours out."""
    return {**({"description": f"({zone})"} if zone else {}), **({"notes": note} if note else {})}


def _decoded(value: Any) -> Any:
    if isinstance(value, str):
        return html.unescape(value)
    if isinstance(value, dict):
        return {key: _decoded(item) for key, item in value.items()}
    return [_decoded(item) for item in value] if isinstance(value, list) else value


def _reverse(strings: dict[str, str], prefix: str, label: str | None, values: tuple[str, ...]) -> str | None:
    for choice in values:
        if label == strings[choice_key(prefix, choice)]:
            return choice
    return None


def _term(vocab: Vocabularies, kind: str, *written: Any) -> str | None:
    """The site's term that the first of these words to name one names (a code, then a name), as check reads it."""
    return next((found for word in written if isinstance(word, str) and word.strip() and (found := vocab.find(kind, word))), None)


def _markdown(text: str) -> str:
    """A description as Markdown, as a listing's is written: many feeds give theirs as HTML ('<p>...</p><ul><li>'),
    which check refuses as markup that would show as typed. Its paragraphs, line breaks, lists, bold, italics and
    links become Markdown's (markdownify); anything else is dropped first (nh3, to the tags a description may
    have), a script's or style's text with it."""
    if not holds_markup(text):
        return text
    from markdownify import markdownify  # only for a feed with HTML in it

    converted = markdownify(clean(text, DESCRIPTION_TAGS), heading_style="ATX", bullets="-")
    return re.sub(r"\n{3,}", "\n\n", re.sub(r"[ \t]+\n", "\n", converted)).strip()


def _a_number(written: Any) -> bool:
    """Whether a feed's phone number is one at all, not a placeholder ('N/A', 'None', 'TBD')."""
    return isinstance(written, (int, float)) or isinstance(written, str) and any(c.isdigit() for c in written)


def _an_email(written: Any) -> bool:
    """Whether a feed's email address is one at all, not a placeholder ('N/A', 'none')."""
    return isinstance(written, str) and "@" in written


def _not_called(phone: dict) -> bool:
    """A fax or pager, by its type or its description ('Fax' on a phone typed voice, as feeds often give one)."""
    return phone.get("type") in _NOT_CALLED or no_one_answers(phone.get("description"))


def _as_written(weekly: list[dict]) -> list[dict]:
    """Weekly hours without the mornings that Hours.periods adds after a day open 24 hours (and so HSDS carries):
    'Mon-Fri 5pm-9am; Sat-Sun 24 hours' comes back as written, not with Monday 12-9 am as a line of its own."""
    mornings = [entry for entry in weekly if len(entry["days"]) == 1 and entry["opens"] == "00:00" != entry["closes"]]
    rest = [entry for entry in weekly if entry not in mornings]
    try:
        added = {(p.days[0], f"{p.opens:%H:%M}", f"{p.closes:%H:%M}") for p in Hours.model_validate({"weekly": rest}).periods}
    except ValidationError:  # hours that check will refuse, as imported
        return weekly
    return [entry for entry in weekly if entry not in mornings or (entry["days"][0], entry["opens"], entry["closes"]) not in added]


# What follows a feed's time and says nothing of the hour: its seconds, and its UTC offset (HSDS's 19:00-08:00).
_SECONDS_AND_OFFSET = re.compile(r"(?<=\d:\d\d):\d\d(?:\.\d+)?|\s*(?:Z|[+-]\d\d:?\d\d)$")


def _clock(text: str) -> time | None:
    """A feed's time of day: HSDS's '19:00' or '19:00-08:00', or as other feeds write one ('19:00:00', '8:30:00',
    '7:00 PM'); None for what is no time."""
    return clock_time(_SECONDS_AND_OFFSET.sub("", text.strip())) if isinstance(text, str) else None


def _time(text: str) -> str:
    found = _clock(text)
    return f"{found:%H:%M}" if found else text[:5]


def _interval(schedule: dict) -> str | int:
    """A schedule's interval as a whole number (1 where none is given; "2.0" from a CSV is 2), or as written."""
    try:
        return int(float(schedule.get("interval") or 1))
    except (TypeError, ValueError):
        return str(schedule["interval"])


def _fortnight(schedule: dict, interval: str | int, code: str) -> str | None:
    """For a weekly schedule every other week (interval 2), a date its meeting on the day `code` (MO to SU) falls
    on, YYYY-MM-DD: as RFC 5545 counts such weeks, from the one dtstart is in (weeks from Monday); None for any
    other schedule, or one without a dtstart."""
    if interval != 2 or str(schedule.get("freq", "")).upper() != "WEEKLY":
        return None
    try:
        first = date.fromisoformat(str(schedule.get("dtstart") or "")[:10])
    except ValueError:
        return None
    day = first + timedelta(days=list(_BYDAY).index(code) - first.weekday())
    return (day if day >= first else day + timedelta(days=14)).isoformat()


def _zone(description: str | None, fallback: str) -> str:
    found = re.search(r"\(([A-Za-z_]+/[A-Za-z_/]+)\)$", description or "")
    return found.group(1) if found else fallback


def _days(schedule: dict) -> list[str]:
    """A schedule's BYDAY parts: MO, or 2TU and -1FR (a day of the month)."""
    return [part.strip().upper() for part in str(schedule.get("byday") or "").split(",") if part.strip()]  # 'mo, tu' too


def _meeting_days(parts: list[str]) -> dict[str, list[Any]] | None:
    """A schedule's BYDAY parts by day, each with its weeks of the month ('1TU,3TU': TU in weeks 1 and 3; 'MO,WE':
    each every week); None if any part is not one."""
    days: dict[str, list[Any]] = {}
    for part in parts:
        found = re.match(r"^(-?\d*)([A-Z]{2})$", part.strip().upper())
        if found is None or found.group(2) not in _BYDAY:
            return None
        weeks = days.setdefault(found.group(2), [])
        if found.group(1):
            weeks.append("last" if found.group(1) == "-1" else int(found.group(1)))
    return days


def _opening_hours(schedules: list[dict]) -> bool:
    """Whether a service's schedules read as opening hours rather than as meetings: open on five days of the week
    or more, or for six hours or more at a time (a 211's office, 9 to 5 on weekdays; a warmline, every evening).
    A group meets on a day or two for an hour or two."""
    days: set[str] = set()
    for schedule in schedules:
        days |= {part for part in _days(schedule) if part in _BYDAY}  # not 2TU
        opens, closes = _minutes(schedule.get("opens_at")), _minutes(schedule.get("closes_at"))
        if opens is not None and closes is not None and (closes - opens) % (24 * 60) >= 6 * 60:
            return True
    return len(days) >= 5


def _minutes(text: str | None) -> int | None:
    found = _clock(text) if text else None
    return found.hour * 60 + found.minute if found else None


def _guess_type(service: dict) -> tuple[str, str]:
    """The kind of listing a service from another system most likely is (peerdir's own exports say it), and why,
    read from the type declarations by what each kind has, not from their ids: meetings for a service with
    schedules that read as meetings, opening hours for one whose schedules read as opening hours, a place for one
    at a physical location, a web address for one that is only online, opening hours otherwise."""
    kinds = {link.get("location", {}).get("location_type") for link in service.get("service_at_locations", [])}
    schedules = [s for s in service.get("schedules") or [] if _days(s) or s.get("opens_at")]  # not words alone ('By appointment')
    if schedules:
        wanted, why = ("hours", "its schedules read as opening hours") if _opening_hours(schedules) else ("meetings", "its schedules read as meetings")
    elif "physical" in kinds:
        wanted, why = "place", "it has a physical place"
    elif "virtual" in kinds:
        wanted, why = "url", "it is only online"
    else:
        wanted, why = "hours", "it has neither schedules nor a place"

    def fits(listing_type: ListingType) -> bool:
        return listing_type.place == "always" if wanted == "place" else wanted in listing_type.schema.model_fields

    return next((t.id for t in TYPES if fits(t)), TYPES[0].id), why


def _kind(phone: dict[str, Any]) -> dict[str, str]:
    """A phone's kind where it is not a call, which a listing's phone is unless it says otherwise; one given as a
    call but a short code that takes only texts (741741) is then read as one to text, as check reads it. A mobile
    ("cell") is a number to call, unless peerdir's export marked it as one to message on WhatsApp."""
    kind = "whatsapp" if _attributes(phone).get("kind") == "whatsapp" else _PHONE_KINDS.get(phone.get("type", "voice"), "voice")
    return {} if kind == "voice" else {"kind": kind}


def _number(phone: dict[str, Any]) -> Any:
    """A phone's number, with the extension HSDS gives apart (a number: 24.0 as a CSV package is read) written after
    it, as people write one and as a call then dials it; left out, the caller would reach the switchboard. A number
    to message takes none (a message cannot reach one). Quotes around the number (HSDS's own example has them) are
    no part of it."""
    number, extension = phone["number"], phone.get("extension")
    if isinstance(number, str):
        number = number.strip().strip("\"'")
    if extension in (None, "") or _kind(phone):
        return number
    if isinstance(extension, float) and extension.is_integer():
        extension = int(extension)
    return f"{number} ext. {extension}"


def listing_from_service(config: SiteConfig, strings: dict[str, str], service: dict, notes: list[str],
                         vocab: Vocabularies | None = None) -> tuple[str, dict[str, Any]]:
    """(listing type, listing fields) for one HSDS service; what is lost goes into notes."""
    name = html.unescape(service.get("name") or "Unnamed service")
    service = _shaped(service, name, notes)
    extra = _attributes(service)
    type_id = extra.get("type")
    if type_id not in TYPES_BY_ID:
        type_id, why = _guess_type(service)
        notes.append(f"{name}: HSDS does not say what kind of listing it is; read as a {type_id}, since {why}. If it is "
                     "another kind, move its file to that kind's folder in listings/, and peerdir check says what to change")
    text = _markdown((service.get("description") or "").strip())
    summary, _, description = text.partition("\n\n")
    summary = " ".join(plain(description_html(summary)).split())  # as it reads: 'Peer support for adults', not '**adults**'
    if len(summary) > SUMMARY_LIMIT:
        summary = re.split(r"(?<=[.!?])\s", summary, maxsplit=1)[0]
        if len(summary) > SUMMARY_LIMIT:
            summary = summary[: SUMMARY_LIMIT - 1].rsplit(" ", 1)[0] + "…"
        description = text
        notes.append(f"{name}: its description was too long for a summary; the summary is shortened, the description kept")
    vocab = vocab or Vocabularies.from_config(config)  # check's own reading of terms: 'Spanish', 'es-MX', 'ASL'
    areas = []
    for area in service.get("service_areas", []):
        # as peerdir's export describes an area that is everywhere ('online', 'nationwide'), else by its name
        described = str(area.get("description") or "").casefold()
        found = _term(vocab, "area", described if described in (*RESERVED_AREAS, *AREA_WORDS) else None, area.get("name"))
        if found:
            areas.append(found)
        else:
            notes.append(f"{name}: service area '{area.get('name')}' is not a region in site.yaml")
    languages = []
    for lang in service.get("languages", []):
        found = _term(vocab, "language", lang.get("code"), lang.get("name"))
        if found:
            languages.append(found)
        else:
            notes.append(f"{name}: language '{lang.get('code') or lang.get('name')}' is not in site.yaml")
    notes += [f"{name}: the {what} number {p.get('number')} is left out: its button would call a {what}, which no one answers"
              for p in service.get("phones", []) if _not_called(p)
              for what in [p["type"] if p.get("type") in _NOT_CALLED else p["description"].strip(" :.()").lower()]]
    email = service.get("email") if _an_email(service.get("email")) else None
    placeholders = [("phone number", p["number"]) for p in service.get("phones", []) if p.get("number") and not _a_number(p["number"])]
    placeholders += [("email address", service["email"])] if service.get("email") and not email else []
    notes += [f"{name}: its {what} '{written}' is none; left out" for what, written in placeholders]
    written = str(service.get("status") or "")
    status = _STATUS.get(written.strip().casefold().replace("_", " "))  # 'Inactive', 'TEMPORARILY_CLOSED', as feeds write it
    if not written:
        status = "active"
        notes.append(f"{name}: its status is not given; read as active: set status if it is not")
    elif status is None:
        status = "active"
        notes.append(f"{name}: its status '{written}' is none of HSDS's (active, inactive, defunct, temporarily closed); "
                     "read as active: set status if it is not")
    fees = service.get("fees_description") or ""
    cost_label, _, cost_note = fees.partition(": ")
    cost = _reverse(strings, "cost", cost_label, choices(Listing, "cost"))
    if cost is None and (read := cost_as_written(fees)):  # 'Free', 'Free (donations welcome)', '$5 a session'
        cost, cost_note = read
    elif cost is None:
        cost_note = fees or None
        options = [o.get("amount") for o in service.get("cost_options", [])]
        cost = "free" if options and all(a == 0 for a in options) else "paid"
        notes.append(f"{name}: cost read as '{cost}' from '{fees}'" if fees else
                     f"{name}: HSDS gives no fees; read as '{cost}' (no one is told it is free when it may not be): set cost")
    topics = {t.id for t in config.topics}
    audiences = {t.id for t in config.audiences}
    fields: dict[str, Any] = {
        "name": name,
        "summary": summary.strip() or name,
        "description": extra.get("description") or description.strip() or None,  # the Markdown, links and all
        "organization": (service.get("organization") or {}).get("name"),
        "website": service.get("url"),
        "email": email,
        "phones": [
            {"number": _number(p), **_kind(p),
             **(dict(zip(("label", "hours"), p["description"].split(" · ", 1))) if p.get("description")
                else {"label": _TYPE_LABELS[p["type"]]} if p.get("type") in _TYPE_LABELS else {}),
             **{name: value for name, value in _attributes(p).items() if name == "text_message"}}
            for p in service.get("phones", []) if _a_number(p.get("number")) and not _not_called(p)
        ],  # fmt: skip
        "languages": languages,
        "cost": cost,
        "cost_note": cost_note or None,
        "audiences": [a["taxonomy_term"]["code"] for a in service.get("attributes", [])
                      if a.get("link_type") == "audience" and a.get("taxonomy_term", {}).get("code") in audiences],
        "topics": [a["taxonomy_term"]["code"] for a in service.get("attributes", [])
                   if a.get("link_type") == "topic" and a.get("taxonomy_term", {}).get("code") in topics],
        "peer_led": extra.get("peer_led", "no") == "yes",
        **{field: attribute_value(TYPES_BY_ID[type_id], field, extra[field])
           for field in attribute_fields(TYPES_BY_ID[type_id]) if field in extra and field != "peer_led"},
        "how_to_join": _reverse(strings, "join", service.get("application_process"), choices(Listing, "how_to_join")),
        "status": status,
        "last_verified": service.get("assured_date"),
    }  # fmt: skip
    if "peer_led" not in extra:
        notes.append(f"{name}: HSDS does not say whether it is peer-led; set peer_led")
    locations = [link["location"] for link in service.get("service_at_locations", []) if "location" in link]
    physical = next((loc for loc in locations if loc.get("location_type") == "physical"), None)
    region = next((a for a in areas if a not in RESERVED_AREAS), None)
    declared = TYPES_BY_ID[type_id]
    has = declared.schema.model_fields  # what this kind of listing has decides what is mapped, not its id
    if physical and region and declared.place != "never":
        # Where people go, not where post goes: an address HSDS calls postal, or a line that is a PO Box, is left out.
        address = next((a for a in physical.get("addresses") or [] if a.get("address_type") != "postal"), None)
        boxes = [k for k in ("address_1", "address_2") if address and POST_BOX.search(address.get(k) or "")]
        if boxes:
            notes.append(f"{name}: its address '{address[boxes[0]]}' is a PO Box, where post goes, not a place to visit; "  # type: ignore[index]
                         "left out")
            address = {k: v for k, v in address.items() if k not in boxes}  # type: ignore[union-attr]
        fields["location"] = {
            "venue": physical.get("name"), "region": region, "directions": physical.get("description"),
            "latitude": physical.get("latitude"), "longitude": physical.get("longitude"),
            "address": {k: address.get(k) for k in ("address_1", "address_2", "city", "state_province", "postal_code", "country")}
            if address else None,
        }  # fmt: skip
        areas = [a for a in areas if a != region]
    elif physical and declared.place == "never":
        notes.append(f"{name}: read as a {declared.id}, which has no address here; its address was left out")
    elif physical:  # a place in none of the site's regions, which a location needs
        notes.append(f"{name}: its place ({physical.get('name') or 'unnamed'}) is in none of site.yaml's regions (no "
                     "service area names one): add its region to site.yaml, or give the service an area that names one")
    fields["service_area"] = areas
    schedules = service.get("schedules", [])
    if "format" in has:  # from another system (peerdir's own exports say it): in person somewhere, by phone where
        # it has no place, online or not, and no web address, only phones; online otherwise
        phoned = not locations and not service.get("url") and service.get("phones")
        fields.setdefault("format", "in-person" if physical else "phone" if phoned else "online")
    if "kind" in has and "kind" not in fields:
        kinds = choices(declared.schema, "kind")
        fields["kind"] = kinds[0]
        notes.append(f"{name}: HSDS does not say which kind of {declared.id} it is; read as {kinds[0]}: set kind ({', '.join(kinds)})")
    if "meetings" in has:
        fields["meetings"] = []
        for schedule in schedules:
            parts = _days(schedule)
            if not parts or not schedule.get("opens_at"):
                notes.append(f"{name}: a schedule without days or times was left out")
                continue
            days = _meeting_days(parts)
            if days is None:
                notes.append(f"{name}: a schedule whose days ({schedule['byday']}) are not RFC 5545's (MO, 2TU, -1FR) was left out")
                continue
            interval = _interval(schedule)
            fortnights = {code: _fortnight(schedule, interval, code) for code in days}
            if interval != 1 and None in fortnights.values():
                notes.append(f"{name}: a schedule repeating at intervals of {interval} was left out (a meeting here is weekly, "
                             "every other week from a date, or monthly)")
                continue
            zone = _zone(schedule.get("description"), config.timezone)
            fields["meetings"].extend({  # a meeting for each day, as a listing gives them: 'MO,WE' is two
                "weekday": _BYDAY[code], "weeks": weeks, "start": _time(schedule["opens_at"]),
                "every_other_week": fortnights[code],
                "end": _time(schedule["closes_at"]) if schedule.get("closes_at") not in (None, "", schedule["opens_at"]) else None, "note": schedule.get("notes"),
                "timezone": None if zone == config.timezone else zone,
            } for code, weeks in days.items())  # fmt: skip
    elif "hours" in has:
        if schedules:
            zone = _zone(schedules[0].get("description"), config.timezone)
            all_days = [s for s in schedules if len(_days(s)) == 7 and _time(s.get("opens_at") or "") == "00:00"
                        and _time(s.get("closes_at") or "") == "23:59"]  # fmt: skip
            weekly = []
            for schedule in schedules:
                days = _days(schedule)
                if not days and not schedule.get("opens_at") and schedule.get("notes"):
                    continue  # words alone ('By appointment'), which are the hours' note below
                if not days or not schedule.get("opens_at") or not schedule.get("closes_at") or any(d not in _BYDAY for d in days):
                    notes.append(f"{name}: a schedule that is not weekly opening hours (days, opening and closing times) was left out of its hours")
                    continue
                weekly.append({"days": [_BYDAY[d] for d in days], "opens": _time(schedule["opens_at"]), "closes": _time(schedule["closes_at"])})
            # The hours' note, as peerdir writes it in each of their schedules; a line, as a note is.
            said = " ".join("; ".join(dict.fromkeys(str(s["notes"]) for s in schedules if s.get("notes"))).split())
            if len(said) > 200:
                notes.append(f"{name}: the notes on its hours were left out (longer than a line): put what matters in the description")
            said = said if len(said) <= 200 else ""
            if all_days:
                fields["hours"] = {"open_24_7": True, "note": said or None}
            elif weekly:
                fields["hours"] = {"weekly": _as_written(weekly), "timezone": None if zone == config.timezone else zone, "note": said or None}
            elif said:  # words alone ('By appointment'); or none: a helpline's hours may be left out
                fields["hours"] = {"note": said}
    if "url" in has:
        virtual = next((loc for loc in locations if loc.get("location_type") == "virtual"), None)
        fields["url"] = (virtual or {}).get("url") or service.get("url")
    if "minimum_age" in has:
        fields["minimum_age"] = service.get("minimum_age")
    if "eligibility" in has:
        fields["eligibility"] = service.get("eligibility_description")
    return type_id, fields


# A field a listing may go without, and the entry of a list that is one: what check refuses in one of them is left
# out with a note, and the rest of the service comes in ('phones[1].number').
_OPTIONAL_FIELD = re.compile(r"^(?:(phones)\[(\d+)\]|(email|website))(?:\.|$)")


def _checked(type_id: str, fields: dict[str, Any], rel: str, context: Any, notes: list[str]) -> tuple[str, list[Any]]:
    """The listing file's text, checked as check checks it, and the problems that keep it out. A phone, email or
    website check refuses ('555-0117', with no area code) is left out with check's reason in a note, and the rest
    checked again, so one bad number does not keep a whole service out of a bulk import."""
    while True:
        text = listing_yaml(type_id, fields)
        data, problems = validate(TYPES_BY_ID[type_id].schema, YamlDoc(yaml.load(text, Loader=_LOADER), {}), rel, context)
        found = [_OPTIONAL_FIELD.match(problem.field) for problem in problems]
        if data is not None or not all(found):
            return text, problems
        dropped = {(match.group(1) or match.group(3), match.group(2)) for match in found}  # type: ignore[union-attr]
        kept = {**fields, "phones": [phone for index, phone in enumerate(fields.get("phones") or []) if ("phones", str(index)) not in dropped],
                **{name: None for name, index in dropped if index is None}}
        if kept == fields:  # nothing left to leave out
            return text, problems
        notes += [f"{fields['name']}: {problem.field} left out: {problem.message}" for problem in problems]
        fields = kept


# libyaml's safe loader and dumper where PyYAML has them (the same text as the pure-Python ones, in a third of the
# time): a bulk import writes each listing and reads it back to check it, most of its time at 10,000 services.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def unused_slug(name: str, used: set[str]) -> str:
    """A file name for an imported listing that no other of the import has, and now taken: two services of one name
    ('Grief Support Group' in several towns) are -2, -3..."""
    slug = first = slug_for(name) or "listing"
    for n in itertools.count(2):
        if slug not in used:
            break
        slug = f"{first}-{n}"
    used.add(slug)
    return slug


def listing_yaml(type_id: str, fields: dict[str, Any], source: str = "Imported from Open Referral HSDS") -> str:
    """An imported listing's file: its fields in the schema's order, under a note of where it came from."""
    order = list(TYPES_BY_ID[type_id].schema.model_fields)
    ordered = drop_empty({k: fields[k] for k in order if k in fields})
    body = yaml.dump(ordered, Dumper=_DUMPER, sort_keys=False, allow_unicode=True, width=1000)
    return f"{modeline(TYPES_BY_ID[type_id])}\n# {source}; check it, then set last_verified when you confirm it.\n{body}"


def import_hsds(
    config: SiteConfig, strings: dict[str, str], site_dir: Path, path: Path, context: Any, force: bool = False
) -> Imported:
    result = Imported()
    used: set[str] = set()
    for service in read_services(path):
        notes: list[str] = []
        try:
            type_id, fields = listing_from_service(config, strings, service, notes, context)
        except (TypeError, AttributeError, KeyError, ValueError, IndexError) as exc:  # deeper than _shaped looks
            result.skipped.append(str(service.get("name")))
            result.notes += [*notes, f"{service.get('name')}: not imported: a part of it is not in the HSDS 3.0 shape ({exc!r})"]
            continue
        slug = unused_slug(fields["name"], used)
        rel = f"{LISTINGS_DIR}/{TYPES_BY_ID[type_id].folder}/{slug}.yaml"
        text, problems = _checked(type_id, fields, rel, context, notes)
        result.notes += notes
        if problems:
            result.skipped.append(rel)
            result.notes += [f"{fields['name']}: not imported: {p.field}: {p.message}" for p in problems]
            continue
        target = site_dir / rel
        if target.exists() and not force:
            result.skipped.append(rel)
            result.notes.append(f"{fields['name']}: {rel} exists already; use --force to replace it")
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        result.written.append(rel)
    return result
