"""Open Referral HSDS 3.0 export: the directory as services, organizations and taxonomy terms.

Each listing is a service. A group's meetings and a helpline's hours become
schedules (RFC 5545 recurrence parts: WEEKLY, or MONTHLY with 2TU,-1FR); a
place becomes a physical location, an online group or forum a virtual one; the
site's topics and audiences become a taxonomy, linked through attributes;
last_verified becomes assured_date. Identifiers are UUIDs derived from the
listing's file name, so every build gives the same ones.

HSDS gives a schedule's time zone as one UTC offset; peerdir uses the offset in
force on the schedule's first date and names the zone in its description.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from peerdir.model.jsonvalues import drop_empty, json_text
from peerdir.model.site import Listing, PhoneLink, Site
from peerdir.outputs.hsds_csv import CsvPackage
from peerdir.outputs.records import RRULE_DAYS, Content, GzipJsonList, json_file, zip_file
from peerdir.sources.blocks import Phone
from peerdir.sources.phones import dial
from peerdir.sources.schema import ListingType

NAMESPACE = uuid.UUID("6f1c0a52-7d0e-4d53-9a57-5b0f4f3f1c2e")  # peerdir's; never change it: ids would change
_NAMESPACE_BYTES = NAMESPACE.bytes
STATUS = {"active": "active", "temporarily-closed": "temporarily closed", "closed": "defunct"}
PHONE_TYPES = {"voice": "voice", "text": "text", "whatsapp": "cell"}
TAXONOMIES = {"topics": "topic", "audiences": "audience"}
# Listing fields that HSDS has a place for. Every other field of a type travels as a "peerdir:<field>" attribute
# with a text value (as does the Markdown of the description, whose links HSDS's plain text would lose), so that
# `peerdir import hsds` brings back every field; a new field needs no change here.
HSDS_FIELDS = {
    "name", "summary", "description", "organization", "website", "email", "phones", "languages", "service_area", "cost",
    "cost_note", "audiences", "topics", "how_to_join", "status", "last_verified", "location", "meetings", "hours", "url",
    "minimum_age", "eligibility",
}  # fmt: skip


# A number answered by textphone, as its label says ('TTY', 'Minicom'), or dialled through Relay UK: HSDS's textphone,
# so that another directory shows it to the people who use one (a hearing caller on it hears tones).
_TEXTPHONE = re.compile(r"\b(?:tty|tdd|textphone|text\s+phone|minicom)\b", re.IGNORECASE)


def _phone(slug: str, index: int, service_id: str, phone: Phone, link: PhoneLink, region: str) -> dict:
    """A phone, its extension in HSDS's field for it, with what HSDS has no field for as attributes, as a listing's
    other such fields are: the word its text line asks for, and that a mobile number ("cell") is one to message on
    WhatsApp."""
    phone_id = uid("phone", slug, str(index))
    return {
        "id": phone_id, "service_id": service_id,
        # Shown without its extension, which only a few numbers have (dialling one again takes 40 µs)
        "number": dial(phone.number, region).unextended if link.extension else link.display,
        "extension": int(link.extension) if link.extension else None,
        "type": "textphone" if link.relay or phone.kind == "voice" and _TEXTPHONE.search(phone.label or "") else PHONE_TYPES[phone.kind],
        "description": " · ".join(x for x in (phone.label, phone.hours) if x),
        "attributes": [
            _valued((slug, "phone", str(index), name), phone_id, "phone", name, value)
            for name, value in (("text_message", phone.text_message), ("kind", "whatsapp" if phone.kind == "whatsapp" else None)) if value
        ],
    }  # fmt: skip


def _valued(id_parts: tuple[str, ...], link_id: str, entity: str, name: str, value: str) -> dict:
    """An attribute with a value: a field of a service or a phone that HSDS has no place for, as peerdir:<name>,
    which `peerdir import hsds` restores."""
    return {"id": uid("attribute", *id_parts), "link_id": link_id, "link_type": f"peerdir:{name}", "link_entity": entity,
            "value": value}


def attribute_fields(listing_type: ListingType) -> list[str]:
    """The fields of a type that travel as peerdir: attributes, in the schema's order."""
    return [name for name in listing_type.schema.model_fields if name not in HSDS_FIELDS]


def attribute_text(value: Any) -> str | None:
    """A field's value as an attribute's text: yes/no, a number, words, or a list joined by ', '."""
    if value is None or value == [] or value == {}:
        return None
    if isinstance(value, dict):  # translations: language -> words, as JSON
        words = {key: item.model_dump(exclude_none=True) if hasattr(item, "model_dump") else item for key, item in value.items()}
        return json.dumps(words, ensure_ascii=False, sort_keys=True)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return ", ".join(value) if isinstance(value, list) else str(value)


def attribute_value(listing_type: ListingType, name: str, text: str) -> Any:
    """The inverse of attribute_text, by the field's declared type; validation then checks the result."""
    annotation = str(listing_type.schema.model_fields[name].annotation)
    if annotation.startswith("dict"):
        try:
            return json.loads(text)
        except ValueError:
            return text  # validation says what is wrong
    if annotation.startswith("list"):
        return [part.strip() for part in text.split(",") if part.strip()]
    if "bool" in annotation:
        return {"yes": True, "no": False}.get(text.strip().lower(), text)
    if "int" in annotation:
        return int(text) if text.strip().isdigit() else text
    return text


def uid(*parts: str) -> str:
    """uuid.uuid5(NAMESPACE, "/".join(parts)) as text, made from the same SHA-1 without the UUID object, which took
    two thirds of the time: HSDS makes 16 ids a listing (tests/test_hsds.py compares them with uuid5's)."""
    digest = bytearray(hashlib.sha1(_NAMESPACE_BYTES + "/".join(parts).encode("utf-8")).digest()[:16])
    digest[6] = digest[6] & 0x0F | 0x50  # version 5 (RFC 4122, 4.3)
    digest[8] = digest[8] & 0x3F | 0x80  # the RFC 4122 variant
    text = digest.hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def taxonomy_terms(site: Site) -> list[dict[str, Any]]:
    return [
        {"id": uid(kind, term.id), "code": term.id, "name": term.name, "description": term.description or term.name,
         "taxonomy": f"peerdir-{kind}"}
        for kind in TAXONOMIES for term in getattr(site.config, kind)
    ]  # fmt: skip


def organization(site: Site, name: str) -> dict[str, Any]:
    return {"id": uid("organization", name), "name": name, "description": f"Runs services listed in {site.config.title}."}


def _offset(when: datetime) -> tuple[str, float]:
    """A time's UTC offset in its zone, as HSDS writes it after a time (-05:00) and as hours (-5.0)."""
    delta = when.utcoffset()
    minutes = int(delta.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}", minutes / 60


def _schedules(site: Site, item: Listing) -> list[dict[str, Any]]:
    data, out = item.data, []
    for index, meeting in enumerate(getattr(data, "meetings", [])):
        zone = meeting.timezone or site.config.timezone
        start = meeting.first_start(data.last_verified, site.config.timezone)
        suffix, hours = _offset(start)
        day = RRULE_DAYS[meeting.weekday]
        out.append({
            "id": uid("schedule", item.slug, str(index)), "service_id": uid("service", item.slug),
            "freq": "MONTHLY" if meeting.weeks else "WEEKLY", "interval": 2 if meeting.every_other_week else None,
            "byday": ",".join(f"{-1 if w == 'last' else w}{day}" for w in meeting.weeks) if meeting.weeks else day,
            "dtstart": start.date().isoformat(), "timezone": hours,
            "opens_at": meeting.start.strftime("%H:%M") + suffix, "closes_at": meeting.ends.strftime("%H:%M") + suffix if meeting.ends else None,
            "description": f"{item.meetings[index]} ({zone})", "notes": meeting.note,
            "attending_type": site.strings[f"format_{data.format.replace('-', '_')}"],
        })  # fmt: skip
    hours = getattr(data, "hours", None)
    if hours and not hours.timed:  # 'By appointment': the words, as a schedule given only in words is
        out.append({"id": uid("hours", item.slug, "0"), "service_id": uid("service", item.slug), "description": hours.note})
    elif hours:
        zone = hours.timezone or site.config.timezone
        periods = (
            [(list(RRULE_DAYS), "00:00", "23:59")] if hours.always
            else [([d for d in RRULE_DAYS if d in p.days], p.opens.strftime("%H:%M"), p.closes.strftime("%H:%M")) for p in hours.periods]
        )  # fmt: skip
        suffix, offset = _offset(datetime.combine(data.last_verified, datetime.min.time(), tzinfo=ZoneInfo(zone)))
        for index, (days, opens, closes) in enumerate(periods):
            out.append({
                "id": uid("hours", item.slug, str(index)), "service_id": uid("service", item.slug), "freq": "WEEKLY",
                "byday": ",".join(RRULE_DAYS[d] for d in days), "timezone": offset,
                "opens_at": opens + suffix, "closes_at": closes + suffix,
                "description": f"{item.hours[min(index, len(item.hours) - 1)]} ({zone})", "notes": hours.note,
            })  # fmt: skip
    return out


# HSDS requires these parts of an address as text; many services publish only the town (a respite house keeps its
# street private), and the importer leaves the empty ones out again.
ADDRESS_REQUIRED = ("address_1", "city", "state_province", "postal_code", "country")


def _location(site: Site, item: Listing) -> dict[str, Any] | None:
    data = item.data
    place = getattr(data, "location", None)
    if place:
        address = place.address
        location_id = uid("location", item.slug)
        return {
            "id": location_id, "location_type": "physical", "name": place.venue or site.area_names[place.region],
            "description": place.directions, "latitude": place.latitude, "longitude": place.longitude,
            "addresses": [{
                "id": uid("address", item.slug), "location_id": location_id, "address_type": "physical",
                **{name: getattr(address, name) for name in (*ADDRESS_REQUIRED, "address_2")},
            }] if address else [],
        }  # fmt: skip
    online = getattr(data, "url", None) or (data.website if getattr(data, "format", None) == "online" else None)
    if online:
        return {"id": uid("location", item.slug), "location_type": "virtual", "name": data.name, "url": online}
    return None


def service(site: Site, item: Listing, terms: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """One listing as an HSDS service; `terms` are the site's taxonomy terms by code."""
    data, service_id, t = item.data, uid("service", item.slug), site.strings
    location = _location(site, item)
    record = {
        "id": service_id,
        "organization_id": uid("organization", data.organization) if data.organization else None,
        "name": data.name,
        "description": "\n\n".join(x for x in (data.summary, item.description_text) if x),
        "url": data.website or getattr(data, "url", None),
        "email": data.email,
        "status": STATUS[data.status],
        "fees_description": ": ".join(x for x in (t[f"cost_{data.cost}"], data.cost_note) if x),
        "application_process": t[f"join_{data.how_to_join.replace('-', '_')}"] if data.how_to_join else None,
        "eligibility_description": getattr(data, "eligibility", None),
        "minimum_age": getattr(data, "minimum_age", None),
        "assured_date": data.last_verified.isoformat(),
        "alert": t[f"status_{data.status.replace('-', '_')}"] if data.status != "active" else None,
        "phones": [_phone(item.slug, i, service_id, p, link, site.config.phone_region)
                   for i, (p, link) in enumerate(zip(data.phones, item.phones))],
        "schedules": _schedules(site, item),
        "service_areas": [
            {"id": uid("area", item.slug, area), "service_id": service_id, "name": site.area_names[area],
             "description": "online" if area == "online" else ("nationwide" if area == "national" else None)}
            for area in item.areas
        ],
        "languages": [
            {"id": uid("language", item.slug, code), "service_id": service_id, "name": site.language_names[code], "code": code}
            for code in item.languages
        ],
        "cost_options": [
            {"id": uid("cost", item.slug), "service_id": service_id, "option": t[f"cost_{data.cost}"],
             "amount": 0 if data.cost == "free" else None, "amount_description": data.cost_note}
        ],
        "service_at_locations": [
            {"id": uid("service_at_location", item.slug), "service_id": service_id, "location_id": location["id"], "location": location}
        ] if location else [],
        "attributes": [
            {"id": uid("attribute", item.slug, kind, code), "link_id": service_id, "link_type": TAXONOMIES[kind],
             "link_entity": "service", "taxonomy_term_id": terms[code]["id"], "taxonomy_term": terms[code]}
            for kind in TAXONOMIES for code in getattr(data, kind)
        ] + [
            # What HSDS has no field for, as attributes with a value, so an import can restore the listing.
            _valued((item.slug, name), service_id, "service", name, value)
            for name, value in [("type", item.type.id), ("description", data.description),
                                *((field, attribute_text(getattr(data, field))) for field in attribute_fields(item.type))]
            if value
        ],
        "organization": organization(site, data.organization) if data.organization else None,
    }  # fmt: skip
    record = drop_empty(record)
    for link in record.get("service_at_locations", []):
        for address in link["location"].get("addresses", []):
            for name in ADDRESS_REQUIRED:  # a part the service does not publish: empty text, as HSDS publishers write it
                address.setdefault(name, "")
    return record


def hsds_files(site: Site) -> dict[str, Content]:
    """HSDS as JSON and as a CSV package, made a service at a time (see CsvPackage). The two bulk forms are
    compressed downloads: services.json.gz, and the package as datapackage.zip (a "zipped data package", the
    Frictionless form of one); at 100,000 listings they would take 590 MB as plain files, 130 MB so."""
    names = sorted({item.data.organization for item in site.listings if item.data.organization})
    terms = taxonomy_terms(site)
    by_code = {term["code"]: term for term in terms}
    organizations = [organization(site, name) for name in names]
    package = CsvPackage(organizations, terms)
    services = GzipJsonList()
    for item in site.listings:
        record = service(site, item, by_code)
        services.add(json_text(record).encode("utf-8"))
        package.add(record)
    files: dict[str, Content] = {
        "hsds/services.json.gz": services.close(),
        "hsds/organizations.json": json_file(organizations),
        "hsds/taxonomy_terms.json": json_file(terms),
    }
    tables = package.files(site.config.title)
    files["hsds/datapackage.zip"] = zip_file({path: json_file(c) if isinstance(c, dict) else c for path, c in tables.items()})
    return files
