"""/api/listings.json and /api/listings.csv: every listing, for other systems and for spreadsheets."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from typing import Any

from peerdir.model.site import Listing, Site, urls
from peerdir.model.jsonvalues import drop_empty, json_text
from peerdir.outputs.records import Content, json_file, spreadsheet_safe

API_VERSION = 1


def listing_record(site: Site, item: Listing) -> dict[str, Any]:
    """One listing in the documented, versioned shape of /api/listings.json (README, "Open data")."""
    fields = drop_empty(item.data.model_dump())
    fields["phones"] = [
        {**drop_empty(p.model_dump()), "display": link.display, "href": link.href} for p, link in zip(item.data.phones, item.phones)
    ]
    return drop_empty(
        {"id": item.slug, "type": item.type.id, "url": item.url, "absolute_url": urls.absolute(site.config.base_url, item.url),
         "regions": list(item.areas), **fields}
    )  # fmt: skip


def api_json(site: Site) -> Iterator[bytes]:
    """json_file's bytes of {"version", "site", "listings"}, in pieces, a record each, made as they are written:
    at 100,000 listings the records, their text and its bytes, held at once, took 300 MB more."""
    shell = json_file({"version": API_VERSION, "site": site.config.title, "listings": []})
    before, after = shell.split(b'"listings":[]', 1)  # only the key reads so: a title's quotes are escaped
    yield before + b'"listings":['
    for index, item in enumerate(site.listings):
        yield (b"," if index else b"") + json_text(listing_record(site, item)).encode("utf-8")
    yield b"]" + after


CSV_COLUMNS = (
    "id", "type", "name", "summary", "organization", "status", "cost", "cost_note", "peer_led", "how_to_join", "regions",
    "topics", "audiences", "languages", "phones", "email", "website", "address", "meetings", "hours", "last_verified", "url",
    "kind",  # after the rest, so that a sheet made from the columns before it still reads them in place
)  # fmt: skip


class _EncodedLines(list):
    """What csv.writer writes, a row at a time, as UTF-8 pieces of the file."""

    def write(self, line: str) -> None:
        self.append(line.encode("utf-8"))


def api_csv(site: Site) -> list[bytes]:
    out = _EncodedLines([b"\xef\xbb\xbf"])  # the byte-order mark lets spreadsheet programs read UTF-8
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for item in site.listings:
        data = item.data
        location = getattr(data, "location", None)
        address = location.address if location else None
        row = {
            "id": item.slug, "type": item.type.id, "name": data.name, "summary": data.summary,
            "organization": data.organization or "", "status": data.status, "cost": data.cost, "cost_note": data.cost_note or "",
            "peer_led": "yes" if data.peer_led else "no", "how_to_join": data.how_to_join or "",
            "regions": "; ".join(item.area_names), "topics": "; ".join(site.term_names["topics"][t] for t in data.topics),
            "audiences": "; ".join(site.term_names["audiences"][a] for a in data.audiences),
            "languages": "; ".join(site.language_names[code] for code in item.languages),
            "phones": "; ".join(p.action + (f" ({p.note})" if p.note else "") for p in item.phones), "email": data.email or "",
            "website": data.website or getattr(data, "url", None) or "",
            "address": ", ".join(x for x in [location.venue if location else None, address.address_1 if address else None,
                                             address.city if address else None] if x),
            "meetings": "; ".join(item.meetings), "hours": item.hours_on_card,
            "last_verified": data.last_verified.isoformat(), "url": urls.absolute(site.config.base_url, item.url) or item.url,
            "kind": getattr(data, item.type.kind_field) if item.type.kind_field else "",  # a group's format, a helpline's kind
        }  # fmt: skip
        writer.writerow([spreadsheet_safe(row[c]) for c in CSV_COLUMNS])
    return out


def api_files(site: Site) -> dict[str, Content]:
    return {"api/listings.json": api_json(site), "api/listings.csv": api_csv(site)}
