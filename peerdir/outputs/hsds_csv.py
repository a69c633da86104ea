"""HSDS 3.0 as a CSV tabular data package: the nested JSON export as HSDS's flat tables, with datapackage.json."""

from __future__ import annotations

import csv
import io
import re
import tempfile
from collections.abc import Iterator
from typing import Any, BinaryIO

from peerdir.outputs.records import spreadsheet_safe

# The tables of the CSV package: HSDS's table names, file names and column types, for the columns peerdir fills.
CSV_TABLES: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "organization": ("organizations.csv", [("id", "string"), ("name", "string"), ("description", "string")]),
    "service": ("services.csv", [
        ("id", "string"), ("organization_id", "string"), ("name", "string"), ("description", "string"), ("url", "string"),
        ("email", "string"), ("status", "string"), ("application_process", "string"), ("fees_description", "string"),
        ("eligibility_description", "string"), ("minimum_age", "number"), ("assured_date", "date"), ("alert", "string")]),
    "phone": ("phones.csv", [("id", "string"), ("service_id", "string"), ("number", "string"), ("extension", "number"), ("type", "string"),
                             ("description", "string")]),
    "schedule": ("schedules.csv", [
        ("id", "string"), ("service_id", "string"), ("dtstart", "date"), ("timezone", "number"), ("freq", "string"),
        ("interval", "number"), ("byday", "string"), ("description", "string"), ("opens_at", "time"), ("closes_at", "time"), ("attending_type", "string"),
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


class CsvPackage:
    """The nested export as HSDS's flat tables, written a service at a time: a directory of 100,000 listings
    would otherwise hold every service's nested record and every table's rows at once (gigabytes)."""

    def __init__(self, organizations: list[dict], terms: list[dict]):
        # Each table written out as it grows, as UTF-8, into a temporary file (unnamed, so gone once closed): at
        # 100,000 listings the tables take 350 MB until zipped (70 MB), and held in memory they were the peak of the
        # worker process that makes HSDS.
        self.out = {table: io.TextIOWrapper(tempfile.TemporaryFile(), encoding="utf-8", newline="") for table in CSV_TABLES}
        self.writers = {table: csv.writer(self.out[table], lineterminator="\r\n") for table in CSV_TABLES}
        for table, (_, columns) in CSV_TABLES.items():
            self.writers[table].writerow([name for name, _ in columns])
        self.seen_locations: set[str] = set()
        self.organizations, self.terms = organizations, terms

    def _write(self, table: str, record: dict) -> None:
        columns = CSV_TABLES[table][1]
        self.writers[table].writerow(["" if (value := record.get(name)) is None else _cell(value) for name, _ in columns])

    def add(self, record: dict) -> None:
        """One service's rows, in every table it fills."""
        self._write("service", record)
        for table, key in (("phone", "phones"), ("schedule", "schedules"), ("service_area", "service_areas"),
                           ("language", "languages"), ("cost_option", "cost_options"), ("attribute", "attributes")):
            for row in record.get(key, []):
                self._write(table, row)
        for phone in record.get("phones", []):  # a phone's own attributes, linked to it by its id
            for row in phone.get("attributes", []):
                self._write("attribute", row)
        for link in record.get("service_at_locations", []):
            self._write("service_at_location", link)
            location = link["location"]
            if location["id"] not in self.seen_locations:
                self.seen_locations.add(location["id"])
                self._write("location", location)
                for address in location.get("addresses", []):
                    self._write("address", address)

    def files(self, title: str) -> dict[str, Any]:
        """Path in the package -> the table's CSV, read back a piece at a time; and datapackage.json as a value, for
        the caller to write."""
        for organization in self.organizations:
            self._write("organization", organization)
        for term in self.terms:
            self._write("taxonomy_term", term)
        files: dict[str, Any] = {"datapackage.json": datapackage(title)}
        for table, (path, _) in CSV_TABLES.items():
            self.out[table].flush()
            files[path] = _read_back(self.out[table].detach())
        return files


def _read_back(written: BinaryIO) -> Iterator[bytes]:
    """A temporary file's bytes from its start, a megabyte at a time; the file closed once read whole."""
    with written:
        written.seek(0)
        while piece := written.read(1 << 20):
            yield piece


# RFC 5545 days in byday ("-1FR" is the last Friday): data, not text, so never escaped.
_RRULE_DAYS = re.compile(r"^-?\d?(?:MO|TU|WE|TH|FR|SA|SU)(?:,-?\d?(?:MO|TU|WE|TH|FR|SA|SU))*$")


def _cell(value: Any) -> str:
    if isinstance(value, str):  # most cells: ids, names, descriptions
        # Days such as -1FR are kept as they are; of the RRULE days only those start like a formula.
        return value if value.startswith("-") and _RRULE_DAYS.match(value) else spreadsheet_safe(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        # 15 significant digits give back every decimal as written (-7 for -7.0; six cut -123.8873 to -123.887).
        return f"{value:.15g}" if isinstance(value, float) else str(value)
    return spreadsheet_safe(str(value))


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
