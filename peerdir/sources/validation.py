"""Check a parsed YAML document against a schema, turning every refusal into a
located Problem that says what to write instead."""

from __future__ import annotations

import difflib
import functools
import re
import types
import typing
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Annotated, Any, TypeVar

from babel.core import get_global
from pydantic import BaseModel, TypeAdapter, ValidationError
from pydantic.fields import FieldInfo

from peerdir.problems import Problem
from peerdir.sources.config import AGES, AREA_WORDS, RESERVED_AREAS, SURROUNDINGS, Bounds, SiteConfig, naming_words
from peerdir.sources.fieldtypes import COUNTRY_NAMES, close_choice, dates_meant, fail, month_meant
from peerdir.sources.strings import language_names
from peerdir.sources.yamlfile import FOLDED, YamlDoc

M = TypeVar("M", bound=BaseModel)

_KIND_NAMES = {
    "region": ("a region", "regions"),
    "area": ("a region", "regions"),
    "topic": ("a topic", "topics"),
    "audience": ("an audience", "audiences"),
    "language": ("one of the site's languages", "languages"),
}


def latest_date_on_earth() -> date:
    """The date now where it is latest (UTC+14, Kiritimati): a date written by anyone, anywhere, today is not
    in the future. Read from the clock, never from SOURCE_DATE_EPOCH, which dates a build, not the world."""
    return (datetime.now(timezone.utc) + timedelta(hours=14)).date()


# Sign languages by the letters their users know them by, and their codes (BCP 47, as site.yaml gives them).
_SIGNED = {"asl": "ase", "bsl": "bfi", "auslan": "asf", "nzsl": "nzs", "isl": "isg"}
# A language named as its speakers are, or with words that say nothing more: 'Spanish-speaking', 'Spanish
# speakers', 'Welsh language', 'English only'.
_SPEAKING = re.compile(r"[\s-]+(?:speaking|speakers?|language|only)\s*$", re.IGNORECASE)


# Words around a region's name that say no more than it does, as directories write where a service is: 'Harbor City
# area', 'Greater Harbor City', 'Harbor City and surrounding areas'.
# 'North Shore County', '..., East Hills counties', 'All of Harbor City', 'Anywhere in the US' too.
_AROUND_AREA = re.compile(r"^(?:greater|the|all\s+of(?:\s+the)?|anywhere\s+in(?:\s+the)?|throughout(?:\s+the)?)\s+|"
                          r"\s+(?:area|metro(?:\s+area)?|count(?:y|ies)|parish(?:es)?|boroughs?|districts?|townships?|"
                          r"and\s+(?:" + SURROUNDINGS + r"))$", re.IGNORECASE)


# The nations of the UK, which addresses end in as the country (COUNTRY_NAMES) but which are no whole country to serve.
_PARTS_OF_A_COUNTRY = ("england", "scotland", "wales", "northern ireland")


# Where a service is, said as the whole of an area larger than a town and no region: 'Statewide', 'Countywide'.
_WIDE = re.compile(r"\b(?:state|county|city|province|region|district)[\s-]?wide\b|\b(?:whole|entire)\s+(?:state|county|city|province)\b|"
                   r"\btod[oa]\s+(?:el|la)\s+(?:estado|condado|ciudad|provincia|regi[oó]n)\b", re.IGNORECASE)  # 'Todo el estado'


# Whose people an audience's word says, before it: 'their families', 'your loved ones'; or that they are who it is
# for: 'For veterans', 'Open to carers', as a directory's "Who" column writes them.
_BEFORE_WHO = re.compile(r"^(?:their|his|her|your|our|for|open\s+to)\s+", re.IGNORECASE)


def _plain(words: str) -> str:
    """A term's words as compared, whatever joins them: 'Self harm' and 'self-harm' alike, '&' as 'and'."""
    return " ".join(re.sub(r"[-_]", " ", words.casefold().replace("&", " and ")).split())


# A term with words in brackets after it: 'Spanish (interpreters available)', 'Chinese (Mandarin, Cantonese)'.
_NOTED = re.compile(r"\s*([^()]*?)\s*\(([^()]*)\)\s*")


@dataclass
class Vocabularies:
    """What validation needs to know about the site: its vocabularies, its phone region, and the latest date."""

    phone_region: str
    latest_date: date = field(default_factory=latest_date_on_earth)
    ids: dict[str, list[str]] = field(default_factory=dict)
    lookup: dict[str, dict[str, str]] = field(default_factory=dict)
    bounds: dict[str, Bounds] = field(default_factory=dict)  # region id -> its box, where site.yaml gives one
    names_of_languages: dict[str, str] = field(default_factory=dict)  # code -> name, so a code guessed is known

    @classmethod
    def from_config(cls, config: SiteConfig) -> Vocabularies:
        vocab = cls(config.phone_region)
        for kind, terms in (
            ("region", config.regions),
            ("topic", config.topics),
            ("audience", config.audiences),
            ("language", config.languages),
        ):
            vocab.ids[kind] = [t.id for t in terms]
            vocab.lookup[kind] = {word: t.id for t in terms for word in naming_words(t)}
            for word, term in list(vocab.lookup[kind].items()):  # 'Self harm' for self-harm, 'Grief & Loss' for Grief and loss
                vocab.lookup[kind].setdefault(_plain(word), term)
        for term in config.languages:  # 'Spanish' or 'Español' for es, as a directory's spreadsheet writes it; in the
            for name in language_names(term.id, ("en", config.language, *config.translations)):  # site's other languages too
                vocab.lookup["language"].setdefault(name.casefold(), term.id)
        vocab.bounds = {region.id: region.bounds for region in config.regions if region.bounds}
        vocab.names_of_languages = {term.id: term.name for term in config.languages}
        vocab.ids["area"] = vocab.ids["region"] + list(RESERVED_AREAS)
        vocab.lookup["area"] = {**AREA_WORDS, **vocab.lookup["region"], **{a: a for a in RESERVED_AREAS}}  # 'Nationwide' too
        return vocab

    def find(self, kind: str, value: str) -> str | None:
        """The id for a term written as its id or its name, in any case; None if it names none."""
        found = self.lookup[kind].get(value.strip().casefold()) or self.lookup[kind].get(_plain(value))
        if found:
            return found
        if value.strip().endswith("+") and len(value.strip()) > 1:  # 'LGBTQ+', where the site's term is LGBTQ
            return self.find(kind, value.strip()[:-1])
        if kind == "audience" and (owned := _BEFORE_WHO.sub("", value.strip())) != value.strip() and owned:
            return self.find(kind, owned)  # 'Veterans and their families': 'their families' had been no audience
        if kind == "audience" and value.strip()[-1:].isalpha() and not value.strip().casefold().endswith("s"):
            return self.find(kind, value.strip() + "s")  # 'Veteran', 'Student parents', 'Teen': one of them, as people write it
        if kind in ("area", "region") and (bare := _AROUND_AREA.sub("", value.strip())) != value.strip() and bare:
            return self.find(kind, bare)  # 'Harbor City area', 'Greater Harbor City', '... and surrounding areas'
        country = value.strip().casefold().rstrip(".")
        if kind == "area" and country not in _PARTS_OF_A_COUNTRY and COUNTRY_NAMES.get(country) == self.phone_region:
            return "national"  # 'United States', 'USA' on a US site: the whole country
        if kind == "language":  # es-MX where the site lists es, or en where it lists en-GB: one language either way
            base = value.strip().replace("_", "-").split("-")[0].casefold()
            alike = [i for i in self.ids[kind] if i.split("-")[0].casefold() == base]
            if len(alike) == 1:
                return alike[0]
            if _SIGNED.get(value.strip().casefold()) in self.ids[kind]:  # 'ASL', as everyone writes it
                return _SIGNED[value.strip().casefold()]
            if (two := get_global("language_aliases").get(value.strip().casefold())) and two != value.strip().casefold():
                return self.find(kind, two)  # 'spa', 'eng': ISO 639's three letters, as feeds give a language's code
            spoken = _SPEAKING.sub("", value)  # 'Spanish-speaking', 'Spanish speakers'
            if spoken != value:
                return self.find(kind, spoken)
        return None

    def resolve(self, kind: str, value: str) -> str:
        """The id for a term written as its id or its name, in any case; refused with the choices otherwise."""
        found = self.find(kind, value)
        if found:
            return found
        one, many = _KIND_NAMES[kind]
        ids = self.ids[kind]
        if kind == "area" and _WIDE.search(value):  # 'Statewide': which state, or all the site's regions?
            raise fail(f"'{value}' names none of the site's regions: list each region it serves ({', '.join(self.ids['region'])}), or "
                       "write national if it serves the whole country")
        noted = _NOTED.fullmatch(value)
        words = value.split()
        said = next(((" ".join(words[:n]), " ".join(words[n:])) for n in range(len(words) - 1, 0, -1)
                     if self.find(kind, " ".join(words[:n]))), None)  # 'Spanish upon request'
        said = said or next(((" ".join(words[n:]), " ".join(words[:n])) for n in range(1, len(words))
                             if self.find(kind, " ".join(words[n:]))), None)  # 'Single parents', 'Women veterans'
        if noted and (term := self.find(kind, noted.group(1))):  # 'Spanish (interpreters available)': more than a term
            if self.find(kind, noted.group(2)) == term:  # 'Spanish (Español)': the term by two of its names
                return term
            said = noted.group(1), noted.group(2).strip()
        named = [self.find(kind, words) for words in said] if said else []
        if said and named[1] and named[1] != named[0]:  # 'Suicide bereavement'
            raise fail(f"'{value}' names two {many}, {named[0]} and {named[1]}: list each that applies, like "
                       f"[{said[0]}, {said[1]}], or only the one that does")
        if said:
            raise fail(f"'{value}': write {said[0]} alone here, and say '{said[1]}' in the description")
        if kind == "audience" and AGES.search(value):  # 'Adults 18+': no audience of the site's holds an age
            listed = f"list here only audiences the site has ({', '.join(ids)}), if any" if ids else "leave it out here"
            raise fail(f"'{value}' gives ages, which no audience is; say who it is for by age in the description, and {listed}")
        named = close_choice(value, list(self.lookup[kind]))  # 'Englsh': a name or an also word misspelt
        guess = close_choice(value, ids) or (self.lookup[kind][named] if named else None)
        named_as = f", {self.names_of_languages[guess]}" if kind == "language" and guess in self.names_of_languages else ""
        hint = f" — did you mean '{guess}'{named_as}?" if guess else "."  # 'ase', American Sign Language
        if not ids:
            raise fail(f"'{value}' is not {one}: site.yaml declares no {many}")
        raise fail(f"'{value}' is not {one}{hint} {many.capitalize()} are: {', '.join(ids)}")


def field_name(loc: tuple) -> str:
    out = ""
    for part in loc:
        if part == "[key]":  # pydantic's mark for a problem with a block's key, which the key before it names
            continue
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def validate(
    schema: type[M], doc: YamlDoc, display_path: str, context: Any = None, at: tuple = ()
) -> tuple[M | None, list[Problem]]:
    """Validate doc.data (or the block at path `at`) against schema."""
    data = doc.data
    if not isinstance(data, dict):
        line, column = doc.where(at)
        what = _kind_of(data)
        return None, [
            Problem(display_path, line, column, "", f"this should hold fields, one per line like 'name: ...', but holds {what}")
        ]
    try:
        return schema.model_validate(data, context=context), []
    except ValidationError as exc:
        errors = exc.errors()
        # A field written under another name ('time:' for start:) is one slip, told once: not also as its field missing.
        meant = {(*error["loc"][:-1], name) for error in errors if error["type"] == "extra_forbidden"
                 if (parent := _model_at(schema, tuple(error["loc"][:-1]))) and not _elsewhere(parent, str(error["loc"][-1]))
                 and (name := _meant(parent, str(error["loc"][-1])))}
        return None, [_problem(schema, error, doc, display_path, at) for error in errors
                      if not (error["type"] == "missing" and tuple(error["loc"]) in meant)]


def _problem(schema: type[BaseModel], error: Any, doc: YamlDoc, display_path: str, at: tuple) -> Problem:
    ctx = error.get("ctx") or {}
    at_field = ctx.get("at") or ()
    loc = tuple(error["loc"]) + (tuple(at_field) if isinstance(at_field, (tuple, list)) else (at_field,))
    loc = as_listed(doc.data, at + loc)[len(at):]
    kind = error["type"]
    if kind == "missing":
        parent = _model_at(schema, loc[:-1])
        info = parent.model_fields.get(loc[-1]) if parent else None
        line, column = doc.where(at + loc)
        described = f": {info.description}" if info and info.description else ""
        written = _written(doc.data, at + loc) if at + loc in doc.positions else None
        state = (f"says there is none ('{written.strip()}')" if isinstance(written, str) and written.strip()
                 else "is empty" if at + loc in doc.positions else "is missing")
        return Problem(display_path, line, column, field_name(loc), f"required, but {state}{described}")
    line, column = doc.where(at + loc)
    if kind == "literal_error" and isinstance(written := _written(doc.data, at + loc), str):
        error = {**error, "input": written}  # as written ('Face to face meeting'), not as the choice was read
    if kind == "extra_forbidden":
        parent = _model_at(schema, loc[:-1])
        return Problem(display_path, line, column, field_name(loc[:-1]), _unknown(parent, str(loc[-1]), _text_above(doc, at + loc, parent)))
    folded = next((doc.folded[path] for path in (at + loc[:n] for n in range(len(loc), 0, -1)) if path in doc.folded), None)
    if folded:  # '- grief' then '  - loss': not the text 'grief - loss' to refuse, but an entry folded into the one before
        return Problem(display_path, *folded, field_name(loc), FOLDED)
    return Problem(display_path, line, column, field_name(_as_written(doc, at, loc)), _message(kind, error, ctx))


def as_listed(data: Any, path: tuple) -> tuple:
    """`path` with a key that names an entry of a list by its value as that entry's index: a list written where a
    mapping by the same keys may go (`translations: [es]`, or `es:` with words under it), told at the entry."""
    out: list = []
    for part in path:
        if isinstance(data, list) and isinstance(part, str) and part in data:
            part = data.index(part)
        out.append(part)
        data = data.get(part) if isinstance(data, dict) else data[part] if isinstance(data, list) and type(part) is int and part < len(data) else None
    return tuple(out)


def _as_written(doc: YamlDoc, at: tuple, loc: tuple) -> tuple:
    """The part of a problem's path that the file has: up to a list written as text, whose entries were read from it
    ('meetings: Daily 7pm; Tuesdays soon' is meetings, not meetings[7], the eighth meeting read from the text)."""
    return next((loc[:n] for n in range(1, len(loc)) if isinstance(loc[n], int) and isinstance(_written(doc.data, at + loc[:n]), str)), loc)


def _message(kind: str, error: Any, ctx: dict) -> str:
    value = error.get("input")
    shown = _show(value)
    if kind == "peerdir":
        return ctx["message"]
    if kind == "string_type":
        if isinstance(value, bool):
            return f"{shown} was read as yes/no; put the text in quotes, like 'no'"
        if isinstance(value, float):  # as read, not as written (1.10 reads as 1.1): so no value is shown
            return "should be text, not a number; put it in quotes, like \"1.10\", so it is read exactly as written"
        return f"should be text, not {_kind_of(value)}"
    # (a text's own length limits are told as a list's where a validator runs before them: too_short, too_long)
    if kind == "string_too_short" or kind == "too_short" and isinstance(value, str):
        return "must not be empty"
    if kind == "string_too_long" or kind == "too_long" and isinstance(value, str):
        return f"is too long ({len(value.strip())} characters); keep it to {ctx['max_length']}"
    if kind == "literal_error":
        expected = ctx.get("expected", "")
        choices = [c.strip("' ") for c in expected.replace(" or ", ", ").split(",")]
        guess = close_choice(str(value), choices, cutoff=0.5)
        hint = f" — did you mean '{guess}'?" if guess else "."
        return f"{shown} is not allowed here{hint} Write one of: {', '.join(choices)}"
    if isinstance(value, (dict, list)) and kind.split("_")[0] in {"bool", "int", "float"}:
        wanted = {"bool": "yes or no", "int": "a whole number, like 4", "float": "a number, like 45.52"}[kind.split("_")[0]]
        return f"should be {wanted}, not {_kind_of(value)}"
    if kind in {"bool_type", "bool_parsing"}:
        # 'Yes, usernames only': the answer, then words that belong in the description
        said = re.match(r"(?i)\s*(yes|no)\b\s*[,;:(\u2013\u2014-]\s*(.+?)\)?\s*$", value) if isinstance(value, str) else None
        if said:
            return f"{shown} should be yes or no: write {said.group(1).lower()}, and say '{said.group(2)}' in the description"
        return f"{shown} should be yes or no"
    if kind in {"int_type", "int_parsing", "int_from_float"}:
        return f"{shown} should be a whole number, like 4"
    if kind in {"float_type", "float_parsing"}:
        return f"{shown} should be a number, like 45.52"
    if kind in {"greater_than_equal", "greater_than"}:
        return f"{shown} is too small; the least allowed is {ctx.get('ge', ctx.get('gt'))}"
    if kind in {"less_than_equal", "less_than"}:
        return f"{shown} is too large; the most allowed is {ctx.get('le', ctx.get('lt'))}"
    if kind.startswith("date_"):
        meant = dates_meant(value.strip()) if isinstance(value, str) else []  # never one: a date that means one day is read
        if meant:
            return (f"{shown} could be {' or '.join(f'{d.day} {d:%B}' for d in meant)}; write it as YYYY-MM-DD: "
                    f"{' or '.join(d.isoformat() for d in meant)}")
        if isinstance(value, str) and re.fullmatch(r"\d{4}\W\d{1,2}\W\d{1,2}", value.strip()):
            return f"{shown} is not a real date; check the day and the month, written YYYY-MM-DD"
        month = month_meant(value.strip()) if isinstance(value, str) else None
        if month:  # "2026-10", "October 2026": a month, as some directories record checks
            return (f"{shown} gives the month but not the day; write the whole date, YYYY-MM-DD, like "
                    f"{month[0]}-{month[1]:02d}-01 for the first of the month")
        return f"{shown} is not a date; write it as YYYY-MM-DD, like 2026-03-14"
    if kind == "list_type":
        return f"should be a list, not {_kind_of(value)}: put each item on its own line starting with '- ', or write [a, b]"
    if kind in {"model_type", "model_attributes_type", "dict_type"}:
        return f"should be a block of fields (lines like 'field: value', indented under it), not {_kind_of(value)}"
    if kind == "too_short":
        return f"needs at least {ctx.get('min_length', 1)} item(s)"
    if kind == "value_error":
        return str(error["msg"]).removeprefix("Value error, ")
    return str(error["msg"])


def _written(data: Any, path: tuple) -> Any:
    """The value at a path of the file's data, or None where the path is not in it (an item read from a part of
    an entry)."""
    for part in path:
        if isinstance(data, dict) and part in data or isinstance(data, list) and isinstance(part, int) and part < len(data):
            data = data[part]
        else:
            return None
    return data


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (str, int, float, date)):
        return f"'{value}'"
    return _kind_of(value)


def _kind_of(value: Any) -> str:
    if isinstance(value, dict):
        return "a block of fields"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, bool):
        return "yes/no"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, date):
        return "a date"
    if value is None:
        return "nothing"
    return "text"


def _model_at(schema: type[BaseModel], loc: tuple) -> type[BaseModel] | None:
    """The model class that describes the block at `loc` (list indexes and mapping keys skipped)."""
    model: type[BaseModel] | None = schema
    key_next = False  # after a mapping field (translations), the next part is its key (es)
    for part in loc:
        if model is None:
            return None
        if isinstance(part, int) or key_next:
            key_next = False
            continue
        info = model.model_fields.get(part)
        model = find_model(info.annotation) if info else None
        key_next = info is not None and typing.get_origin(info.annotation) is dict
    return model


def _unknown(parent: type[BaseModel] | None, name: str, above: str | None = None) -> str:
    """What to write instead of a field the block does not have: where it belongs, if another type of listing has
    it (the schema knows which) or a block within this one does ('city' at the top of a group); else the field
    it was meant as, or every field the block has; after a field of text (`above`), how to go on with its text,
    since a line of it holding ': ' ('Note: bring a cup') is read as a field of its own."""
    if told := _elsewhere(parent, name):
        return told
    guess = _meant(parent, name)
    if guess:
        return f"unknown field '{name}' — did you mean '{guess}'?"
    for alias in _ALSO_CALLED.get(name.lower(), ()):  # 'zip' at the top of a group: postal_code, in its location's address
        if inside := _inside(parent, alias):
            return f"unknown field '{name}' — did you mean '{alias}'? It goes {inside}"
    fields = ", ".join(parent.model_fields if parent else [])
    if above:
        return (f"unknown field '{name}'; if this line goes on with the {above} above it, write '{above}: |' and its "
                f"lines below it, each indented by two spaces; if it is a field, fields here are: {fields}")
    return f"unknown field '{name}'; fields here are: {fields}"


def _text_above(doc: YamlDoc, path: tuple, parent: type[BaseModel] | None) -> str | None:
    """The field on the line just above `path` in its block, if it holds text of several lines (a description),
    which the line at `path` may have been meant to go on with; None otherwise."""
    line = doc.positions.get(path, (0, 0))[0]
    above = next((other for other in doc.positions if len(other) == len(path) and other[:-1] == path[:-1]
                  and doc.positions[other][0] == line - 1), None)
    if above is None or parent is None or not isinstance(_written(doc.data, above), str):
        return None
    return str(above[-1]) if _takes_lines(parent, str(above[-1])) else None


@functools.cache
def _takes_lines(model: type[BaseModel], name: str) -> bool:
    """Whether a block's field holds text of several lines, as its own type says."""
    info = model.model_fields.get(name)
    if info is None:
        return False
    annotation = Annotated[info.annotation, *info.metadata] if info.metadata else info.annotation  # as the block reads it
    try:
        return TypeAdapter(annotation).validate_python("Two\nlines.") == "Two\nlines."
    except (ValidationError, TypeError, ValueError):
        return False


def _elsewhere(parent: type[BaseModel] | None, name: str) -> str | None:
    """Where a field the block does not have belongs, if another type of listing has it or a block within this one
    does, as the problem says it; None if neither."""
    elsewhere = getattr(parent, "another_types_field", None)
    if told := (elsewhere(name) if elsewhere else None):
        return f"unknown field {told}"
    if inside := _inside(parent, name):
        return f"unknown field '{name}' here: it goes {inside}"
    return None


def _inside(parent: type[BaseModel] | None, name: str) -> str | None:
    """Where within the block a field it does not have itself goes ('inside location: → address:, indented under
    them'); None if no block within it has it."""
    if found := (_blocks_with(parent, name) if parent else []):
        places = [" → ".join(f"{field}:" for field, _ in inside) for inside in found]
        which = places[0] if len(places) == 1 else f"one of {', '.join(places[:-1])} or {places[-1]}"  # 'id': regions, topics...
        entry = ", in an entry of the list (- before its first field)" if all(inside[-1][1] for inside in found) else ""
        return f"inside {which}, indented under {'them' if len(found[0]) > 1 else 'it'}{entry}"
    return None


# Names directories and spreadsheets give fields of a block, for the field each means, where the block has it.
_ALSO_CALLED = {"time": ("start", "opens"), "start_time": ("start",), "starts": ("start",), "begins": ("start",),
                "starts_at": ("start",), "end_time": ("end",), "ends": ("end",), "finish": ("end",), "ends_at": ("end",),
                "day": ("weekday", "days"), "days": ("weekday",), "weekdays": ("weekday", "days"), "time_zone": ("timezone",),
                "tz": ("timezone",), "zone": ("timezone",), "open": ("opens",), "opening": ("opens",), "from": ("start", "opens"),
                "close": ("closes",), "closing": ("closes",), "until": ("end", "closes"), "to": ("end", "closes"),
                "street": ("address_1",), "street_address": ("address_1",), "address1": ("address_1",), "address_line_1": ("address_1",),
                "address2": ("address_2",), "address_line_2": ("address_2",), "town": ("city",), "locality": ("city",),
                "zip": ("postal_code",), "zipcode": ("postal_code",), "zip_code": ("postal_code",), "postcode": ("postal_code",),
                "post_code": ("postal_code",), "state": ("state_province",), "province": ("state_province",),
                "county": ("state_province",), "telephone": ("phones",), "tel": ("phones",), "phone_number": ("phones",),
                "web": ("website", "url"), "homepage": ("website", "url"), "site": ("website", "url"), "e_mail": ("email",),
                "lat": ("latitude",), "lng": ("longitude",), "lon": ("longitude",), "long": ("longitude",)}


def _meant(parent: type[BaseModel] | None, name: str) -> str | None:
    """The field of the block that a field it does not have was meant as: a name others give it ('time' for
    start), or the one it is a misspelling of; None if neither."""
    allowed = list(parent.model_fields) if parent else []
    said = next((field for field in _ALSO_CALLED.get(name.lower(), ()) if field in allowed), None)
    if said or any(_inside(parent, alias) for alias in _ALSO_CALLED.get(name.lower(), ())):
        return said  # 'state' at the top of a group: a place's state_province (_unknown says where), not 'status'
    return next(iter(difflib.get_close_matches(name, allowed, n=1, cutoff=0.6)), None)


def _blocks_with(model: type[BaseModel], name: str) -> list[list[tuple[str, bool]]]:
    """The fields, one inside the next, of the nearest blocks within `model` that have a field `name` (a group's
    'address' or 'city' written at the top: location, or location and address; site.yaml's 'id': regions, topics
    and the rest), each with whether it holds a list of such blocks (phones, meetings); not counting translations,
    whose fields repeat the listing's own; none if no block within three levels has it."""
    level: list[tuple[list[tuple[str, bool]], type[BaseModel]]] = [([], model)]
    for _ in range(3):
        inner = [([*path, (field, is_list_field(info))], found) for path, block in level
                 for field, info in block.model_fields.items()
                 if typing.get_origin(info.annotation) is not dict and (found := find_model(info.annotation))]
        if found := [path for path, block in inner if name in block.model_fields]:
            return found
        level = inner
    return []


def is_list_field(info: FieldInfo) -> bool:
    """Whether a field holds a list (pydantic keeps a field's Annotated marks apart from its annotation)."""
    return typing.get_origin(info.annotation) is list


def find_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (typing.Annotated,):
        return find_model(typing.get_args(annotation)[0])
    if origin is dict:
        return find_model(typing.get_args(annotation)[1])
    if origin in (list, typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            found = find_model(arg)
            if found:
                return found
    return None
