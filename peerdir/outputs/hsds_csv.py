"""HSDS 3.0 as a CSV tabular data package: the nested JSON export as HSDS's flat tables, with datapackage.json."""

from __future__ import annotations

import csv
import io
import re
from typing import Any

from peerdir.outputs.records import spreadsheet_safe

# The tables of the CSV package: HSDS's table names, file names and column types, for the columns peerdir fills.
CSV_TABLES: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "organization": ("organizations.csv", [("id", "string"), ("name", "string"), ("description", "string")]),
    "service": ("services.csv", [
        ("id", "string"), ("organization_id", "string"), ("name", "string"), ("description", "string"), ("url", "string"),
        ("email", "string"), ("status", "string"), ("application_process", "string"), ("fees_description", "string"),
        ("eligibility_description", "string"), ("minimum_age", "number"), ("assured_date", "date"), ("alert", "string")]),
    "phone": ("phones.csv", [("id", "string"), ("service_id", "string"), ("number", "string"), ("type", "string"), ("description", "string")]),
    "schedule": ("schedules.csv", [
        ("id", "string"), ("service_id", "string"), ("dtstart", "date"), ("timezone", "number"), ("freq", "string"),
        ("byday", "string"), ("description", "string"), ("opens_at", "time"), ("closes_at", "time"), ("attending_type", "string"),
        ("notes", "string")]),
    "service_area": ("service_areas.csv", [("id", "string"), ("service_id", "string"), ("name", "string"), ("description", "string")]),
    "language": ("languages.csv", [("id", "string"), ("service_id", "string"), ("name", "string"), ("code", "string")]),
    "cost_option": ("cost_options.csv", [
        ("id", "string"), ("service_id", "string"), ("option", "string"), ("amount", "number"), ("amount_description", "string")]),
    "service_at_location": ("service_at_location.csv", [("id", "string"), ("service_id", "string"), ("location_id", "string")]),
    "location": ("locations.csv", [
        ("id", "string"), ("location_type", "string"), ("url", "string"), ("name", "string"), ("description", "string"),
        ("latitude", "number"), ("longitude", "number")]),
    "address": ("addresses.csv", [
        ("id", "string"), ("location_id", "string"), ("address_1", "string"), ("address_2", "string"), ("city", "string"),
        ("state_province", "string"), ("postal_code", "string"), ("country", "string"), ("address_type", "string")]),
    "attribute": ("attributes.csv", [
        ("id", "string"), ("link_id", "string"), ("taxonomy_term_id", "string"), ("link_type", "string"), ("link_entity", "string"),
        ("value", "string")]),
    "taxonomy_term": ("taxonomy_terms.csv", [
        ("id", "string"), ("code", "string"), ("name", "string"), ("description", "string"), ("taxonomy", "string")]),
}  # fmt: skip
_TIME_FORMAT = "%H:%M%z"  # HSDS asks for times with their UTC offset, e.g. 19:00-08:00


def _rows(services: list[dict], organizations: list[dict], terms: list[dict]) -> dict[str, list[dict]]:
    """The nested export as HSDS's flat tables."""
    rows: dict[str, list[dict]] = {table: [] for table in CSV_TABLES}
    rows["organization"], rows["taxonomy_term"] = organizations, terms
    seen_locations: set[str] = set()
    for record in services:
        rows["service"].append(record)
        for table, key in (("phone", "phones"), ("schedule", "schedules"), ("service_area", "service_areas"),
                           ("language", "languages"), ("cost_option", "cost_options"), ("attribute", "attributes")):
            rows[table].extend(record.get(key, []))
        for link in record.get("service_at_locations", []):
            rows["service_at_location"].append(link)
            location = link["location"]
            if location["id"] not in seen_locations:
                seen_locations.add(location["id"])
                rows["location"].append(location)
                rows["address"].extend(location.get("addresses", []))
    return rows


def _csv(columns: list[tuple[str, str]], records: list[dict]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([name for name, _ in columns])
    for record in records:
        writer.writerow(["" if record.get(name) is None else _cell(record[name]) for name, _ in columns])
    return out.getvalue().encode("utf-8")


# RFC 5545 days in byday ("-1FR" is the last Friday): data, not text, so never escaped.
_RRULE_DAYS = re.compile(r"^-?\d?(?:MO|TU|WE|TH|FR|SA|SU)(?:,-?\d?(?:MO|TU|WE|TH|FR|SA|SU))*$")


def _cell(value: Any) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        # 15 significant digits give back every decimal as written (-7 for -7.0; six cut -123.8873 to -123.887).
        return f"{value:.15g}" if isinstance(value, float) else str(value)
    text = str(value)
    return text if _RRULE_DAYS.match(text) else spreadsheet_safe(text)


def datapackage(title: str) -> dict[str, Any]:
    return {
        "name": "peerdir-hsds",
        "title": f"{title}: Open Referral HSDS 3.0",
        "profile": "tabular-data-package",
        "resources": [
            {
                "name": table, "path": path, "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
                "profile": "tabular-data-resource",
                "schema": {
                    "primaryKey": "id",
                    "fields": [{"name": n, "type": t, **({"format": _TIME_FORMAT} if t == "time" else {})} for n, t in columns],
                },
            }
            for table, (path, columns) in CSV_TABLES.items()
        ],
    }  # fmt: skip


def csv_package(title: str, services: list[dict], organizations: list[dict], terms: list[dict]) -> dict[str, Any]:
    """Path under hsds/csv/ -> the table's CSV; and datapackage.json as a value, for the caller to write."""
    files: dict[str, Any] = {"datapackage.json": datapackage(title)}
    for table, records in _rows(services, organizations, terms).items():
        path, columns = CSV_TABLES[table]
        files[path] = _csv(columns, records)
    return files
