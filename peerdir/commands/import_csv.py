"""`peerdir import csv`: a spreadsheet's rows become listing files.

Many directories start as a spreadsheet. Each row becomes one listing file, its cells found by their column's
heading: a listing field's own name ('summary', 'cost_note', 'how to join'), or a word spreadsheets use for one
('Phone', 'Zip', 'When', 'Who it is for'). A cell is written as the row gives it, and check reads it as it reads
a listing's own words ('Tuesdays 7-9pm', 'Grief, Anxiety', 'Call or text (503) 555-0100', '12 Main St, Springfield,
OR 97000'); what it cannot read is told at its line in the file, and a column no listing field holds is reported,
so nothing in the sheet is lost without a word.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from pathlib import Path
from typing import Any

from peerdir.commands.import_hsds import Imported, listing_yaml, unused_slug
from peerdir.problems import Problem, UsageError
from peerdir.sources.config import RESERVED_AREAS
from peerdir.sources.fieldtypes import items_in
from peerdir.sources.readers import LISTINGS_DIR
from peerdir.sources.schema import TYPES, TYPES_BY_ID, ListingType
from peerdir.sources.validation import Vocabularies, validate
from peerdir.sources.yamlfile import FileProblem, decode, load_text

# Where a cell goes, by what spreadsheets call its column (compared lowercase, words apart): a listing field; or
# "type", "area" (the region it is in, or serves), a part of its place ("venue", "directions", "latitude",
# "longitude") or of its address ("address", "address_2", "city", "state_province", "postal_code", "country").
# A column named as a field is that field ('cost note', 'How_to_join').
HEADINGS = {
    "listing": "name", "listing name": "name", "service": "name", "service name": "name", "group name": "name",
    "program": "name", "program name": "name", "title": "name",
    "short description": "summary", "tagline": "summary", "details": "description", "about": "description",
    "kind of support": "type", "listing type": "type", "category": "topics", "categories": "topics",
    "org": "organization", "organisation": "organization", "provider": "organization", "agency": "organization",
    "url": "website", "web": "website", "web site": "website", "web address": "website", "link": "website",
    "e mail": "email", "email address": "email",
    "phone": "phones", "phones": "phones", "telephone": "phones", "phone number": "phones", "phone numbers": "phones",
    "tel": "phones", "contact number": "phones",
    "language": "languages", "languages spoken": "languages",
    "region": "area", "regions": "area", "areas": "area", "service area": "area", "area served": "area", "county": "area",
    "topic": "topics", "issues": "topics", "audience": "audiences", "who": "audiences", "who it is for": "audiences",
    "population": "audiences", "population served": "audiences",
    "fee": "cost", "fees": "cost", "price": "cost",
    "peer led": "peer_led", "peer run": "peer_led",
    "verified": "last_verified", "last checked": "last_verified", "date verified": "last_verified",
    "when": "meetings", "schedule": "meetings", "meeting times": "meetings", "meeting days": "meetings",
    "days and times": "meetings", "opening hours": "hours", "hours of operation": "hours",
    "meeting format": "format", "line type": "kind",
    "location": "venue", "location name": "venue", "place": "venue", "venue name": "venue",
    "street": "address", "street address": "address", "address 1": "address", "address line 1": "address",
    "address line 2": "address_2", "town": "city", "state": "state_province", "province": "state_province",
    "zip": "postal_code", "zip code": "postal_code", "postcode": "postal_code", "postal code": "postal_code",
    "lat": "latitude", "lon": "longitude", "lng": "longitude", "long": "longitude",
    # as a Spanish-speaking directory heads them
    "nombre": "name", "resumen": "summary", "descripcion": "description", "tipo": "type", "organizacion": "organization",
    "sitio web": "website", "pagina web": "website", "correo": "email", "correo electronico": "email",
    "telefono": "phones", "telefonos": "phones", "idioma": "languages", "idiomas": "languages",
    "zona": "area", "temas": "topics", "tema": "topics", "para quien": "audiences", "publico": "audiences",
    "costo": "cost", "coste": "cost", "precio": "cost", "dirigido por pares": "peer_led", "verificado": "last_verified",
    "ultima verificacion": "last_verified", "horario": "meetings", "cuando": "meetings", "formato": "format",
    "lugar": "venue", "direccion": "address", "ciudad": "city", "estado": "state_province", "provincia": "state_province",
    "codigo postal": "postal_code", "pais": "country",
}
_FIELDS = {name for listing_type in TYPES for name in listing_type.schema.model_fields}  # any kind's
_PLACE = ("venue", "directions", "latitude", "longitude")
_ADDRESS = ("address_2", "city", "state_province", "postal_code", "country")
# Words for a kind of listing besides its id, folder and the theme's names for it, and the helpline's kind they say.
_TYPE_WORDS = {
    "support group": ("group", None), "peer support group": ("group", None), "meeting": ("group", None),
    "warmline": ("helpline", "warmline"), "hotline": ("helpline", None), "phone line": ("helpline", None),
    "crisis line": ("helpline", "crisis-line"), "text line": ("helpline", "text-line"), "chat": ("helpline", "chat"),
    "online forum": ("forum", None), "online community": ("forum", None), "message board": ("forum", None),
    "peer respite": ("respite", None), "respite house": ("respite", None),
    "grupo": ("group", None), "grupo de apoyo": ("group", None), "linea de ayuda": ("helpline", None),
    "linea de escucha": ("helpline", "warmline"), "linea de crisis": ("helpline", "crisis-line"), "foro": ("forum", None),
    "casa de respiro": ("respite", None),
}


def _words(heading: str) -> str:
    """A heading or a cell as the tables here spell it: lowercase, unaccented, its words one space apart."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", heading.casefold()) if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w]+|_", " ", plain).split())


def _column(heading: str) -> str | None:
    """Where a column's cells go, by its heading; None for a column no listing field holds."""
    for words in dict.fromkeys((_words(heading), re.sub(r" \d+$", "", _words(heading)))):  # 'Phone 2' too, after 'Address 2'
        named = words.replace(" ", "_")  # (a 'Location' column is its place's name, below: a place is more than a cell)
        if named in _FIELDS - {"location"} or named in ("type", "area", "address", *_PLACE, *_ADDRESS):
            return named
        if words in HEADINGS:
            return HEADINGS[words]
    return None


def read_rows(path: Path) -> tuple[list[str], list[tuple[int, list[tuple[str, str]]]]]:
    """The sheet's headings, and each row with its number as the spreadsheet shows it and its filled cells beside
    their headings (two columns may share one), as a spreadsheet saves them: UTF-8, separated by commas, or by
    semicolons or tabs where the headings are (Excel in much of Europe), which a heading never holds."""
    try:
        text = decode(path.read_bytes(), path.name)
    except FileProblem as exc:
        raise UsageError(f"{path.name}: {exc.problem.message}") from None
    first = text.split("\n", 1)[0]
    reader = csv.reader(text.splitlines(keepends=True), delimiter=max(",;\t", key=first.count))
    headings = next(reader, [])
    if not any(h.strip() for h in headings):
        raise UsageError(f"{path.name} has no headings: its first row should name its columns (name, summary, phone...)")
    rows = [(number, [(heading, cell.strip()) for heading, cell in zip(headings, row) if cell.strip()])
            for number, row in enumerate(reader, start=2)]  # the headings are row 1
    return headings, [(number, cells) for number, cells in rows if cells]


def type_words(strings: dict[str, str]) -> dict[str, tuple[str, str | None]]:
    """What a Type cell may say, as _words spells it, and the kind of listing (and a helpline's kind) it names: an
    id, a folder, the theme's name for it in the site's language, or a word directories use ('Warmline', 'Support
    groups')."""
    said = {**_TYPE_WORDS, **{f"{words}s": kind for words, kind in _TYPE_WORDS.items()}}
    return said | {_words(name): (listing_type.id, None) for listing_type in TYPES
                   for name in (listing_type.id, listing_type.folder, strings.get(f"type_{listing_type.id}", ""),
                                strings.get(f"type_one_{listing_type.id}", "")) if name}


def listing_from_row(row: list[tuple[str, str]], columns: dict[str, str], type_id: str | None,
                     kinds: dict[str, tuple[str, str | None]], vocab: Vocabularies) -> tuple[ListingType, dict[str, Any], list[str]]:
    """The kind of listing, the fields a row gives, each cell where a listing keeps it (a group with an address and
    no format meets there, in person; a place without its region is in the one its town names), and what of it
    was left out, and why."""
    cells: dict[str, str] = {}
    for heading, cell in row:
        if heading in columns:  # two columns for one field ('Phone', 'Phone 2'): both, one after the other
            target = columns[heading]
            cells[target] = f"{cells[target]}; {cell}" if target in cells else cell
    named = kinds.get(_words(cells["type"])) if cells.get("type") else None  # (type_words)
    if cells.get("type") and named is None:
        raise UsageError(f"'{cells['type']}' names no kind of listing: write one of {', '.join(t.id for t in TYPES)}")
    if named is None and type_id is None:
        raise UsageError(f"no type: write one of {', '.join(t.id for t in TYPES)}")
    listing_type = TYPES_BY_ID[named[0] if named else type_id]  # type: ignore[index]
    fields = listing_type.schema.model_fields
    if "kind" in cells and "kind" not in fields and listing_type.kind_field:  # the API's CSV: a group's format as its kind
        cells.setdefault(listing_type.kind_field, cells.pop("kind"))
    if "url" in cells and "url" not in fields:  # 'URL', as many sheets call a website; a forum's is its own address
        cells.setdefault("website", cells.pop("url"))
    values: dict[str, Any] = {name: cell for name, cell in cells.items() if name in fields and name not in ("location", "meetings", "hours")}
    left = [f"its {name.replace('_', ' ')} ('{cell}'): a {listing_type.id} has none" for name, cell in cells.items()
            if name in _FIELDS and name not in fields and name not in ("meetings", "hours")]
    if named and named[1] and "kind" in fields:
        values.setdefault("kind", named[1])
    said = cells.get("meetings") or cells.get("hours")  # the times a group meets or a line is open, in either column
    when = next((name for name in ("meetings", "hours") if name in fields), None)
    if said and when:
        values[when] = said
    elif said:
        left.append(f"its times ('{said}'): a {listing_type.id} keeps none")
    place = {name: cells[name] for name in _PLACE if cells.get(name)}
    address = {name: cells[name] for name in ("address", *_ADDRESS) if cells.get(name)}
    if "format" in fields and "format" not in values and (place or address):
        values["format"] = "in-person"
    area = cells.get("area") or next((cells[name] for name in ("city", "address") if cells.get(name) and vocab.find("area", cells[name])), None)
    if listing_type.has_place(values.get("format")) and (place or address or area):
        if address:  # a whole address in one cell is read as check reads one; in parts, each where it goes
            place["address"] = address["address"] if set(address) == {"address"} else {
                "address_1" if name == "address" else name: cell for name, cell in address.items()}
        areas = items_in(area) if area else []  # 'River Valley; Online': its place's region, and where else it serves
        region = next((part for part in areas if vocab.find("area", part) not in (None, *RESERVED_AREAS)), area)
        values["location"] = {**place, **({"region": region} if region else {})}
        if len(areas) > 1 and region in areas:
            values["service_area"] = [part for part in areas if part != region]
    else:
        left += [f"its place ('{', '.join([*place.values(), *address.values()])}'): a {listing_type.id} here has none"] if place or address else []
        if area:
            values["service_area"] = area
    return listing_type, values, left


def import_csv(strings: dict[str, str], site_dir: Path, path: Path, vocab: Vocabularies, type_id: str | None = None,
               force: bool = False) -> tuple[Imported, list[Problem]]:
    """Write a listing file for each row, never over one without `force`: the result (what could not be brought
    in, and the columns that were not read, in its notes), and the problems check finds in what was written."""
    headings, rows = read_rows(path)
    columns = {heading: target for heading in headings if (target := _column(heading))}
    if "name" not in columns.values():
        raise UsageError(f"{path.name} has no column of names: name one 'name' (its columns: {', '.join(h for h in headings if h)})")
    if type_id is None and "type" not in columns.values():
        raise UsageError(f"{path.name} does not say what kind of listings it holds: add a 'type' column, or give --type")
    result, problems = Imported(), list[Problem]()
    unread = [heading for heading in headings if heading.strip() and heading not in columns]
    if unread:
        result.notes.append(f"columns not read, as no listing field holds them: {', '.join(unread)} (rename one to a "
                            "field's name, like description, to bring it in)")
    used: set[str] = set()
    kinds = type_words(strings)
    for number, row in rows:
        name = " ".join(next((cell for heading, cell in row if columns.get(heading) == "name"), "").split())
        if not name:
            result.notes.append(f"row {number}: no name; not imported")
            continue
        try:
            listing_type, values, left = listing_from_row(row, columns, type_id, kinds, vocab)
        except UsageError as exc:
            result.skipped.append(name)
            result.notes.append(f"row {number} ({name}): {exc}")
            continue
        result.notes += [f"row {number} ({name}): left out {what}" for what in left]
        rel = f"{LISTINGS_DIR}/{listing_type.folder}/{unused_slug(name, used)}.yaml"
        target = site_dir / rel
        if target.exists() and not force:
            result.skipped.append(rel)
            result.notes.append(f"row {number} ({name}): {rel} exists already; use --force to replace it")
            continue
        text = listing_yaml(listing_type.id, {**values, "name": name}, f"Imported from {path.name}, row {number}")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        result.written.append(rel)
        _, found = validate(listing_type.schema, load_text(text, rel), rel, vocab)
        problems += sorted(found, key=lambda problem: (problem.line, problem.column))
    return result, problems
