"""Read an HSDS CSV tabular data package back into services nested as in HSDS's JSON form."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from peerdir.outputs.records import spreadsheet_unsafe
from peerdir.problems import UsageError

_NUMBERS = {"timezone", "amount", "minimum_age", "maximum_age", "latitude", "longitude", "extension", "count", "interval"}


Reader = Callable[[str], "bytes | None"]  # a file of the package by its path in it; None if it has none


def _table(read: Reader, path: str) -> list[dict[str, Any]]:
    data = read(path)
    if data is None:
        return []
    # bytes decoded, not read as text: a cell's own line breaks stay as written (csv's newline="")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    return [{k: (float(v) if k in _NUMBERS else spreadsheet_unsafe(v)) for k, v in row.items() if v not in (None, "")} for row in rows]


def _folder_reader(folder: Path) -> Reader:
    return lambda path: (folder / path).read_bytes() if (folder / path).is_file() else None


def read_csv_package(path: Path) -> list[dict[str, Any]]:
    """Services from an HSDS CSV tabular data package (its datapackage.json, or the zip that holds it and its
    tables), nested again as in the JSON form."""
    try:
        if path.suffix.lower() == ".zip":
            with zipfile.ZipFile(path) as archive:
                names = set(archive.namelist())
                return _nested(lambda name: archive.read(name) if name in names else None)
        return _nested(_folder_reader(path.parent))
    except (OSError, ValueError, KeyError, TypeError, zipfile.BadZipFile) as exc:
        raise UsageError(f"cannot read {path} as a data package: {exc}") from None


def _nested(read: Reader) -> list[dict[str, Any]]:
    descriptor = read("datapackage.json")
    if descriptor is None:
        raise ValueError("no datapackage.json in it (a package's tables are named there)")
    resources = {r["name"]: r["path"] for r in json.loads(descriptor)["resources"]}
    tables = {name: _table(read, path) for name, path in resources.items()}

    def by(table: str, key: str) -> dict[str, list[dict]]:
        grouped: dict[str, list[dict]] = {}
        for row in tables.get(table, []):
            grouped.setdefault(row.get(key, ""), []).append(row)
        return grouped

    organizations = {row["id"]: row for row in tables.get("organization", [])}
    terms = {row["id"]: row for row in tables.get("taxonomy_term", [])}
    locations = {row["id"]: row for row in tables.get("location", [])}
    addresses = by("address", "location_id")
    children = {key: by(table, "service_id") for key, table in (
        ("phones", "phone"), ("schedules", "schedule"), ("service_areas", "service_area"), ("languages", "language"),
        ("cost_options", "cost_option"), ("service_at_locations", "service_at_location"))}  # fmt: skip
    attributes = by("attribute", "link_id")
    services = []
    for row in tables.get("service", []):
        service = {**row, **{key: grouped.get(row["id"], []) for key, grouped in children.items()}}
        for phone in service["phones"]:
            phone["attributes"] = attributes.get(phone["id"], []) if phone.get("id") else []
        if "minimum_age" in service:
            service["minimum_age"] = int(service["minimum_age"])
        service["attributes"] = [
            {**a, **({"taxonomy_term": terms[a["taxonomy_term_id"]]} if a.get("taxonomy_term_id") in terms else {})}
            for a in attributes.get(row["id"], [])
        ]
        for link in service["service_at_locations"]:
            if link.get("location_id") in locations:
                location = locations[link["location_id"]]
                link["location"] = {**location, "addresses": addresses.get(location["id"], [])}
        if row.get("organization_id") in organizations:
            service["organization"] = organizations[row["organization_id"]]
        services.append(service)
    return services
