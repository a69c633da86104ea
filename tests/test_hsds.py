"""The HSDS 3.0 export, validated against the official schemas made strict (no property they do not define).

The schemas come from HSDS_SCHEMA_DIR, by default ../shared/hsds-3.0 beside the repository, or beside the one it
was cloned from (CI tests a fresh clone in a temporary folder); its SOURCE.txt says where they come from. CI has
that folder, so there these tests must run, never skip."""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import jsonschema
import pytest
import yaml
from conftest import REPO

from peerdir.sources.load import load_site


def _schema_dir() -> Path:
    if os.environ.get("HSDS_SCHEMA_DIR"):
        return Path(os.environ["HSDS_SCHEMA_DIR"])
    beside = [REPO.parent / "shared" / "hsds-3.0"]
    git = shutil.which("git")
    origin = subprocess.run([git, "-C", str(REPO), "remote", "get-url", "origin"], capture_output=True, text=True).stdout.strip() if git else ""
    if origin and Path(origin).is_dir():  # a clone of a repository on this machine: its ../shared
        beside.append(Path(origin).resolve().parent / "shared" / "hsds-3.0")
    return next((folder for folder in beside if folder.is_dir()), beside[0])


SCHEMAS = _schema_dir()


def strict(schema: dict) -> dict:
    """The schema with additionalProperties: false on every object that lists its properties."""
    schema = copy.deepcopy(schema)

    def walk(node):
        if isinstance(node, dict):
            if isinstance(node.get("properties"), dict):
                node.setdefault("additionalProperties", False)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(schema)
    return schema


@pytest.fixture(scope="module")
def hsds() -> Path:
    """The official HSDS 3.0 folder; every test that reads it takes it from here, so without it they skip, with the
    reason (and fail in CI, which has it)."""
    if not (SCHEMAS / "schema/compiled/service.json").is_file():
        if os.environ.get("CI"):
            pytest.fail(f"the HSDS 3.0 schemas are missing at {SCHEMAS}; CI must have ../shared/hsds-3.0")
        pytest.skip(f"no HSDS 3.0 schemas at {SCHEMAS} (set HSDS_SCHEMA_DIR)")
    return SCHEMAS


@pytest.fixture(scope="module")
def validators(hsds: Path) -> dict[str, jsonschema.Draft202012Validator]:
    checker = jsonschema.Draft202012Validator.FORMAT_CHECKER
    return {
        name: jsonschema.Draft202012Validator(strict(json.loads((hsds / f"schema/compiled/{name}.json").read_text())), format_checker=checker)
        for name in ("service", "organization")
    }


@pytest.fixture(scope="module")
def published(sample_built: Path) -> Path:
    return sample_built / "hsds"


@pytest.fixture(scope="module")
def exported(published: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The export unpacked as its readers unpack it: services.json from its gzip, the CSV package from its zip
    into csv/."""
    import gzip
    import zipfile

    folder = tmp_path_factory.mktemp("hsds")
    for name in ("organizations.json", "taxonomy_terms.json"):
        shutil.copy(published / name, folder / name)
    (folder / "services.json").write_bytes(gzip.decompress((published / "services.json.gz").read_bytes()))
    with zipfile.ZipFile(published / "datapackage.zip") as archive:
        archive.extractall(folder / "csv")
    return folder


def test_bulk_forms_are_compressed_downloads_the_same_on_every_build(published: Path, exported: Path) -> None:
    import gzip
    import zipfile

    assert sorted(p.name for p in published.iterdir()) == [
        "datapackage.zip", "organizations.json", "services.json.gz", "taxonomy_terms.json"]
    packed = (published / "services.json.gz").read_bytes()
    assert packed[4:8] == b"\0\0\0\0" and len(packed) < (exported / "services.json").stat().st_size / 3, "no time in it"
    assert gzip.decompress(packed).startswith(b'[{"assured_date":')
    with zipfile.ZipFile(published / "datapackage.zip") as archive:
        members = archive.infolist()
    assert members[0].filename == "datapackage.json" and {m.date_time for m in members} == {(1980, 1, 1, 0, 0, 0)}
    assert {m.filename for m in members} == {p.name for p in (exported / "csv").iterdir()}
    assert all(m.compress_type == zipfile.ZIP_DEFLATED for m in members)


def test_strictness_is_real(validators, hsds: Path) -> None:
    official = json.loads((hsds / "examples/service_full.json").read_text())
    assert not list(validators["service"].iter_errors({"id": official["id"], "name": "x", "status": "active"}))
    errors = list(validators["service"].iter_errors({"id": official["id"], "name": "x", "status": "active", "made_up": 1}))
    assert errors and "Additional properties" in errors[0].message
    nested = {"id": official["id"], "name": "x", "status": "active", "phones": [{"id": official["id"], "number": "1", "kind": "voice"}]}
    assert [e.json_path for e in validators["service"].iter_errors(nested)] == ["$.phones[0]"]
    assert list(validators["service"].iter_errors({"id": "not-a-uuid", "name": "x", "status": "active"})), "formats are checked"


def test_every_service_and_organization_validates(exported: Path, validators) -> None:
    services = json.loads((exported / "services.json").read_text())
    organizations = json.loads((exported / "organizations.json").read_text())
    assert len(services) == 63 and organizations
    problems = [f"{s['name']}: {e.json_path}: {e.message}" for s in services for e in validators["service"].iter_errors(s)]
    problems += [f"{o['name']}: {e.message}" for o in organizations for e in validators["organization"].iter_errors(o)]
    assert problems == []


def test_listings_map_faithfully(exported: Path) -> None:
    services = {s["name"]: s for s in json.loads((exported / "services.json").read_text())}
    group = services["North Shore Anxiety Circle"]
    (schedule,) = group["schedules"]
    assert (schedule["freq"], schedule["byday"], schedule["opens_at"], schedule["closes_at"]) == ("MONTHLY", "1TH,3TH", "19:00-08:00", "20:30-08:00")
    assert schedule["timezone"] == -8 and group["assured_date"] == "2026-02-08"
    location = group["service_at_locations"][0]["location"]
    assert location["location_type"] == "physical" and location["addresses"][0]["address_1"] == "13 Sample Avenue"
    assert {a["taxonomy_term"]["name"] for a in group["attributes"] if "taxonomy_term" in a} == {"Anxiety"}
    assert {a["link_type"]: a["value"] for a in group["attributes"] if "value" in a} == {
        "peerdir:type": "group", "peerdir:peer_led": "yes", "peerdir:format": "in-person",
        "peerdir:accessibility": "Hearing loop; large-print handouts.", "peerdir:group_size": "Usually 10 to 20 people",
        "peerdir:facilitation": "Trained peer facilitators with lived experience.",
        "peerdir:description": "A small, friendly circle. We share what helps, from breathing tricks to getting through a supermarket trip."}
    carers = services["Pine Ridge Carers Group"]["schedules"][0]
    assert (carers["freq"], carers["byday"]) == ("MONTHLY", "-1TU")
    helpline = services["Veterans Peer Line"]
    assert helpline["phones"][0]["type"] == "voice" and helpline["schedules"][0]["byday"] == "MO,TU,WE,TH,FR,SA,SU"
    forum = services["Grief Space Forum"]
    assert forum["service_at_locations"][0]["location"]["location_type"] == "virtual"
    assert services["Riverton Hearing Voices Group"]["status"] == "defunct"
    assert services["Hearing Voices Warmline"]["status"] == "temporarily closed"
    terms = json.loads((exported / "taxonomy_terms.json").read_text())
    assert {t["taxonomy"] for t in terms} == {"peerdir-topics", "peerdir-audiences"}


def test_csv_package_is_valid_and_uses_only_hsds_tables_and_columns(exported: Path, hsds: Path) -> None:
    import csv

    from frictionless import validate

    report = validate(str(exported / "csv/datapackage.json"))
    assert report.valid, report.flatten(["type", "note"])[:5]
    official = {r["name"]: r for r in json.loads((hsds / "datapackage.json").read_text())["resources"]}
    ours = json.loads((exported / "csv/datapackage.json").read_text())["resources"]
    for resource in ours:
        reference = official[resource["name"]]
        assert resource["path"] == reference["path"]
        types = {f["name"]: f["type"] for f in reference["schema"]["fields"]}
        assert {f["name"]: f["type"] for f in resource["schema"]["fields"]}.items() <= types.items(), resource["name"]
    with (exported / "csv/services.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    services = json.loads((exported / "services.json").read_text())
    assert [r["id"] for r in rows] == [s["id"] for s in services]


@pytest.mark.parametrize("source", ["services.json.gz", "datapackage.zip", "services.json", "csv", "csv/datapackage.json"])
def test_import_round_trip_gives_the_same_data(published: Path, exported: Path, tmp_path: Path, source: str) -> None:
    import shutil

    from click.testing import CliRunner

    from peerdir.cli import main
    from peerdir.outputs.hsds import hsds_files
    from peerdir.sources.load import load_site

    empty = tmp_path / "empty"
    empty.mkdir()
    shutil.copy(REPO / "site.yaml", empty / "site.yaml")
    shutil.copytree(REPO / "content", empty / "content")  # guides are not HSDS data
    given = published / source if (published / source).exists() else exported / source
    result = CliRunner().invoke(main, ["import", "hsds", str(given), "--site-dir", str(empty)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == "Imported 63 listing(s); 0 skipped. Run peerdir check, then review them."
    assert CliRunner().invoke(main, ["check", str(empty)]).exit_code == 0
    again = hsds_files(load_site(empty))  # the export alone: the round trip is about the data, not the pages
    assert sorted(again) == sorted(f"hsds/{p.name}" for p in published.iterdir())
    for path, content in again.items():  # compressed the same way, so byte for byte
        assert (content if isinstance(content, bytes) else b"".join(content)) == (published / path[5:]).read_bytes(), path
    if source != "services.json.gz":
        return  # importing again reads the same way whatever the source: tried once
    again = CliRunner().invoke(main, ["import", "hsds", str(given), "--site-dir", str(empty)])
    assert "Imported 0 listing(s); 63 skipped." in again.output and "use --force to replace it" in again.output
    listing = empty / "listings/groups/north-shore-anxiety-circle.yaml"
    listing.write_text(listing.read_text().replace("North Shore Anxiety Circle", "Changed"), encoding="utf-8")
    forced = CliRunner().invoke(main, ["import", "hsds", str(given), "--site-dir", str(empty), "--force"])
    assert "Imported 63 listing(s)" in forced.output and "name: North Shore Anxiety Circle" in listing.read_text()


def test_import_of_foreign_hsds_reports_what_it_could_not_map(golden_site: Path, hsds: Path) -> None:
    from click.testing import CliRunner

    from peerdir.cli import main

    result = CliRunner().invoke(main, ["import", "hsds", str(hsds / "examples/service_full.json"), "--site-dir", str(golden_site)])
    assert result.exit_code == 1, "nothing was imported"
    notes = [line for line in result.output.splitlines() if line.startswith("note: ")]
    assert any("is not a region in site.yaml" in n for n in notes) and any("peer-led" in n for n in notes)
    assert "note: Community Counselling: not imported: service_area: say where it is available" in result.output
    assert result.output.splitlines()[-1].startswith("Imported 0 listing(s); 1 skipped."), "an invalid listing is never written"
    service = json.loads((hsds / "examples/service_full.json").read_text())
    service["service_areas"] = [{"id": service["id"], "name": "Old Town"}]
    for link in service["service_at_locations"]:
        link["location"].update(latitude=51.5, longitude=-0.12)  # the example's latitude is 100, which validation refuses
    located = golden_site / "foreign.json"
    located.write_text(json.dumps(service), encoding="utf-8")
    result = CliRunner().invoke(main, ["import", "hsds", str(located), "--site-dir", str(golden_site)])
    assert result.output.splitlines()[-1].startswith("Imported 1 listing(s); 0 skipped."), result.output
    assert "the summary is shortened" in result.output
    assert CliRunner().invoke(main, ["check", str(golden_site)]).exit_code == 0, "what it writes is a valid listing"
    imported = yaml.safe_load(next(golden_site.glob("listings/*/community-counselling.yaml")).read_text())
    assert imported["phones"][0]["number"] == "+44 1234 234567 ext. 100", "its quotes gone, its extension kept"


def test_import_reads_services_from_service_at_location_records(golden_site: Path, hsds: Path) -> None:
    """HSDS's API answers /service_at_locations with records that each name a service and its place (it had said
    the file holds no services): each service once, at each of its places, with what is given for it there."""
    from peerdir.commands.import_hsds import read_services

    (full,) = read_services(hsds / "examples/service_at_location_full.json")
    sal = json.loads((hsds / "examples/service_at_location_full.json").read_text())
    assert full["id"] == sal["service"]["id"] and [link["location"]["id"] for link in full["service_at_locations"]] == [sal["location"]["id"]]
    assert full["schedules"] == (sal["service"].get("schedules") or sal["schedules"])
    twice = {"contents": [sal, {**sal, "id": "other", "location": {**sal["location"], "id": "elsewhere"}}]}
    (path := golden_site / "sal.json").write_text(json.dumps(twice), encoding="utf-8")
    (once,) = read_services(path)
    assert [link["location"]["id"] for link in once["service_at_locations"]] == [sal["location"]["id"], "elsewhere"]
    # a place in none of the site's regions is said so, not only that a location is missing
    result = _import(golden_site, json.loads((hsds / "examples/service_at_location_list.json").read_text()))
    assert "its place (MyCity Civic Center) is in none of site.yaml's regions" in result.output, result.output


def _import(golden_site: Path, payload: object):
    from click.testing import CliRunner

    from peerdir.cli import main

    source = golden_site.parent / "import.json"
    source.write_text(json.dumps(payload), encoding="utf-8")
    return CliRunner().invoke(main, ["import", "hsds", str(source), "--site-dir", str(golden_site)], catch_exceptions=False)


SERVICE = {"id": "s1", "name": "NAMI Harbor &#038; Hills Peer Line", "status": "active", "description": "Katie&#8217;s warmline.",
           "service_areas": [{"name": "Old Town"}], "assured_date": "2026-10-01", "phones": [{"number": "01632 960123"}],
           "attributes": [{"link_type": "peerdir:peer_led", "value": "yes"}]}


def test_a_meeting_that_runs_past_midnight_is_imported_with_its_end(golden_site: Path) -> None:
    """A schedule that closes before it opens, as a late group's does (22:00 to 01:00), gives the meeting its end,
    the next day's (such a meeting had been refused, and so left out of the import)."""
    schedule = {"freq": "WEEKLY", "byday": "FR", "opens_at": "22:00", "closes_at": "01:00"}
    result = _import(golden_site, [{**SERVICE, "name": "Late Circle", "schedules": [schedule],
                                    "attributes": [*SERVICE["attributes"], {"link_type": "peerdir:type", "value": "group"},
                                                   {"link_type": "peerdir:format", "value": "phone"}]}])
    assert result.exit_code == 0, result.output
    group = yaml.safe_load((golden_site / "listings/groups/late-circle.yaml").read_text())
    assert group["meetings"] == [{"weekday": "friday", "start": "22:00", "end": "01:00"}]
    from peerdir.sources.load import load_site

    (late,) = [item for item in load_site(golden_site).listings if item.slug == "late-circle"]
    assert late.meetings == ("Every Friday, 22:00–01:00",)


@pytest.mark.parametrize("bad", [{"service_areas": 7}, {"description": 5}, {"schedules": "weekly"}, {"phones": [{"number": 5}]},
                                 {"service_at_locations": [{"location": "somewhere"}]}, {"attributes": "x"}],
                         ids=["areas-number", "description-number", "schedules-text", "phone-number", "location-text", "attributes"])
def test_import_never_shows_a_traceback(golden_site: Path, bad: dict) -> None:
    result = _import(golden_site, [{**SERVICE, **bad}])
    assert result.exit_code in (0, 1) and "Traceback" not in result.output
    assert result.output.splitlines()[-1].startswith("Imported "), result.output


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("services.json.gz", b"\x1f\x8b\x08\x00 cut short", "cannot read {path} as HSDS JSON"),
    ("services.json.gz", b"not gzip, not JSON", "cannot read {path} as HSDS JSON"),
    ("datapackage.zip", b"PK\x03\x04 cut short", "cannot read {path} as a data package"),
    ("datapackage.zip", None, "cannot read {path} as a data package: no datapackage.json in it"),
], ids=["gzip-cut-short", "neither", "zip-cut-short", "zip-without-datapackage"])
def test_import_of_a_broken_download_says_which_file_and_why(golden_site: Path, name: str, content: bytes | None, expected: str) -> None:
    import zipfile

    from click.testing import CliRunner

    from peerdir.cli import main

    source = golden_site.parent / name
    if content is None:
        with zipfile.ZipFile(source, "w") as archive:
            archive.writestr("services.csv", "id,name\n")
    else:
        source.write_bytes(content)
    result = CliRunner().invoke(main, ["import", "hsds", str(source), "--site-dir", str(golden_site)], catch_exceptions=False)
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert expected.format(path=source) in result.output, result.output


def test_import_reads_api_pages_decodes_entities_and_refuses_what_is_not_a_service(golden_site: Path) -> None:
    result = _import(golden_site, {"total_items": 1, "page": 1, "contents": [SERVICE]})
    assert result.exit_code == 0, result.output
    listing = (golden_site / "listings/helplines/nami-harbor-hills-peer-line.yaml").read_text()
    assert "name: NAMI Harbor & Hills Peer Line\n" in listing and "summary: Katie’s warmline.\n" in listing
    taxonomy = _import(golden_site, [{"id": "t1", "name": "Anxiety", "code": "anxiety", "taxonomy_id": "x"}])
    assert taxonomy.exit_code == 2 and "holds no HSDS services" in taxonomy.output
    empty = _import(golden_site, [{**SERVICE, "service_areas": [], "name": "Other"}])
    assert empty.exit_code == 1 and empty.output.splitlines()[-1].startswith("Imported 0 listing(s); 1 skipped.")


OFFICE_HOURS = [{"byday": "MO,TU,WE,TH,FR", "opens_at": "09:00", "closes_at": "17:00"}]


@pytest.mark.parametrize(("shape", "expected"), [
    ({"schedules": [{"byday": "TU"}]}, "group"),
    ({"schedules": [{"byday": "TU", "opens_at": "18:30", "closes_at": "20:00"}, {"byday": "TH", "opens_at": "18:30"}]}, "group"),
    ({"schedules": [{"byday": "2TU,-1FR", "opens_at": "19:00", "closes_at": "21:00"}]}, "group"),
    ({"schedules": [{"byday": "MO,WE,FR", "opens_at": "12:00", "closes_at": "13:00"}]}, "group"),
    ({"schedules": OFFICE_HOURS}, "helpline"),
    ({"schedules": [{"byday": d, "opens_at": "18:00", "closes_at": "22:00"} for d in ("MO", "TU", "WE", "TH", "FR")]}, "helpline"),
    ({"schedules": [{"byday": "SA", "opens_at": "22:00", "closes_at": "06:00"}]}, "helpline"),
    ({"schedules": [{"byday": "MO,TU,WE,TH,FR,SA,SU", "opens_at": "00:00", "closes_at": "23:59"}]}, "helpline"),
    ({"service_at_locations": [{"location": {"location_type": "physical"}}]}, "respite"),
    ({"service_at_locations": [{"location": {"location_type": "virtual"}}]}, "forum"),
    ({}, "helpline"),
], ids=["schedules", "two-meetings", "monthly", "three-lunchtimes", "office-hours", "every-weekday-evening", "overnight",
        "always", "physical", "virtual-only", "phones-only"])
def test_foreign_services_are_guessed_as_the_kind_whose_fields_they_show(golden_site: Path, shape: dict, expected: str) -> None:
    """Data from other systems has no peerdir:type; the guess comes from what each declared kind of listing has."""
    from peerdir.commands.import_hsds import listing_from_service
    from peerdir.sources.load import load_settings

    config, strings, _ = load_settings(golden_site)
    service = {key: value for key, value in SERVICE.items() if key != "attributes"} | shape
    notes: list[str] = []
    assert listing_from_service(config, strings, service, notes)[0] == expected
    guessed = [note for note in notes if "HSDS does not say what kind of listing it is" in note]
    assert len(guessed) == 1 and f"read as a {expected}, since " in guessed[0], notes
    marked = service | {"attributes": [{"link_type": "peerdir:type", "value": expected}]}
    notes.clear()
    assert listing_from_service(config, strings, marked, notes)[0] == expected
    assert not [note for note in notes if "what kind of listing" in note], "peerdir's own exports say their kind"


def test_a_foreign_group_with_no_place_and_no_web_address_but_a_phone_meets_by_phone(golden_site: Path) -> None:
    """A service whose schedule reads as meetings, with no location of any kind, no web address, only a number to
    call, is a group met by calling in (format: phone), as check then builds it; with a web address, online."""
    from click.testing import CliRunner

    from peerdir.cli import main
    from peerdir.commands.import_hsds import listing_from_service
    from peerdir.sources.load import load_settings

    config, strings, _ = load_settings(golden_site)
    meets = {key: value for key, value in SERVICE.items() if key not in ("attributes", "url")}
    meets |= {"schedules": [{"byday": "WE", "opens_at": "14:00", "closes_at": "15:00"}]}
    for service, expected in ((meets, "phone"), (meets | {"url": "https://call.example.org/"}, "online"),
                              ({**meets, "phones": []}, "online")):
        type_id, fields = listing_from_service(config, strings, service, [])
        assert (type_id, fields["format"]) == ("group", expected), service
    result = _import(golden_site, [meets])
    assert result.exit_code == 0, result.output
    written = next((golden_site / "listings/groups").glob("nami-*.yaml")).read_text()
    assert "format: phone\n" in written and "location" not in written
    checked = CliRunner().invoke(main, ["check", str(golden_site)])
    assert checked.exit_code == 0, checked.output


def test_a_feed_that_lists_phones_areas_and_languages_as_text_is_read(golden_site: Path) -> None:
    """Simpler feeds give `"languages": ["English", "Welsh"]`, `"phones": ["01632 960150"]`, `"service_areas":
    ["Old Town"]`: each had been left out ("should be a list of HSDS records"), so the service was skipped."""
    from peerdir.commands.import_hsds import listing_from_service
    from peerdir.sources.load import load_settings

    config, strings, _ = load_settings(golden_site)
    service = {"id": "a1", "name": "Fenwick Carers Call", "status": "active", "description": "A weekly call.",
               "assured_date": "2026-10-01", "languages": ["English", "Welsh"], "phones": ["01632 960150"],
               "service_areas": ["Old Town"], "schedules": [{"description": "Wednesdays 7-8pm"}]}
    notes: list[str] = []
    type_id, fields = listing_from_service(config, strings, service, notes)
    assert (type_id, fields["languages"], fields["service_area"]) == ("group", ["en-GB", "cy"], ["old-town"])
    assert fields["phones"] == [{"number": "01632 960150"}] and fields["format"] == "phone", fields
    assert not [note for note in notes if "should be a list" in note], notes
    # no fees given: read as paid, saying why and what to do (the note had said "from 'nothing'")
    assert "Fenwick Carers Call: HSDS gives no fees; read as 'paid' (no one is told it is free when it may not be): set cost" in notes


def test_a_211_style_service_with_office_hours_imports_as_a_helpline_with_its_hours(golden_site: Path) -> None:
    """A national (211-style) directory's HSDS gives most services an office and opening hours as schedules: they
    come in with their hours, not as groups meeting every weekday, and the note says the address was left out."""
    office = {"location_type": "physical", "name": "Main office", "addresses": [{"address_1": "1 Example Street", "city": "Springfield"}]}
    result = _import(golden_site, [{**SERVICE, "schedules": OFFICE_HOURS, "service_at_locations": [{"location": office}]}])
    assert result.exit_code == 0, result.output
    listing = yaml.safe_load((golden_site / "listings/helplines/nami-harbor-hills-peer-line.yaml").read_text())
    assert listing["hours"] == {"weekly": [{"days": ["monday", "tuesday", "wednesday", "thursday", "friday"], "opens": "09:00", "closes": "17:00"}]}
    assert "NAMI Harbor & Hills Peer Line: read as a helpline, which has no address here; its address was left out" in result.output
    assert "read as a helpline, since its schedules read as opening hours." in result.output
    assert "HSDS does not say which kind of helpline it is; read as warmline: set kind (warmline, crisis-line, text-line, chat)" in result.output
    assert not (golden_site / "listings/groups/nami-harbor-hills-peer-line.yaml").exists()
    odd = [*OFFICE_HOURS, {"byday": "SA", "opens_at": "10:00"}, {"byday": "1SA", "opens_at": "10:00", "closes_at": "12:00"}]
    result = _import(golden_site, [{**SERVICE, "name": "Other Line", "schedules": odd}])
    assert result.exit_code == 0 and "Traceback" not in result.output, result.output
    assert result.output.count("Other Line: a schedule that is not weekly opening hours") == 2, result.output
    assert yaml.safe_load((golden_site / "listings/helplines/other-line.yaml").read_text())["hours"] == listing["hours"]
    result = _import(golden_site, [{**SERVICE, "name": "Third Line", "schedules": [{"byday": "MO,TU,WE,TH,FR", "opens_at": "09:00"}]}])
    assert result.exit_code == 0 and "hours" not in yaml.safe_load((golden_site / "listings/helplines/third-line.yaml").read_text())


def test_import_takes_the_address_people_go_to_not_the_one_post_goes_to(golden_site: Path) -> None:
    """A place's addresses may include its postal one, first: the street address comes in; a PO Box given as the
    place's address is left out, with a note, and the town kept (a page must not send anyone to a post office)."""
    both = {"location_type": "physical", "addresses": [
        {"address_type": "postal", "address_1": "PO Box 12", "city": "Fenwick"},
        {"address_type": "physical", "address_1": "3 Example Row", "city": "Fenwick"}]}
    box = {"location_type": "physical", "addresses": [{"address_1": "P.O. Box 40", "city": "Fenwick", "postal_code": "FE1 2AB"}]}
    result = _import(golden_site, [{**SERVICE, "name": "Row House", "service_at_locations": [{"location": both}]},
                                   {**SERVICE, "id": "s2", "name": "Box House", "service_at_locations": [{"location": box}]}])
    assert result.exit_code == 0, result.output
    row = yaml.safe_load((golden_site / "listings/respite/row-house.yaml").read_text())
    assert row["location"]["address"] == {"address_1": "3 Example Row", "city": "Fenwick"}
    boxed = yaml.safe_load((golden_site / "listings/respite/box-house.yaml").read_text())
    assert boxed["location"]["address"] == {"city": "Fenwick", "postal_code": "FE1 2AB"}
    assert "Box House: its address 'P.O. Box 40' is a PO Box, where post goes, not a place to visit; left out" in result.output


def test_schedules_given_only_in_words_import_as_the_hours_and_meetings_they_say(golden_site: Path) -> None:
    """Many directories publish a schedule as its description alone: read as check reads a listing's hours and
    meetings, it gives a helpline its hours and a group its meetings; words that name no day or time ('Call for
    hours') are the hours' note, as check reads them, and a schedule that is neither words nor weekly hours is
    left out with a note."""
    words = [{"description": "Mon-Fri 9am-5pm; Sat 10am-2pm"}, {"description": "Call for hours"}]
    result = _import(golden_site, [{**SERVICE, "schedules": words},
                                   {**SERVICE, "id": "s2", "name": "Evening Group", "schedules": [{"description": "1st and 3rd Tuesday, 7-9pm"}]}])
    assert result.exit_code == 0, result.output
    line = yaml.safe_load((golden_site / "listings/helplines/nami-harbor-hills-peer-line.yaml").read_text())
    assert line["hours"] == {"weekly": [{"days": ["monday", "tuesday", "wednesday", "thursday", "friday"], "opens": "09:00", "closes": "17:00"},
                                        {"days": ["saturday"], "opens": "10:00", "closes": "14:00"}],
                             "note": "Call for hours"}
    assert "a schedule that is not weekly opening hours" not in result.output
    group = yaml.safe_load((golden_site / "listings/groups/evening-group.yaml").read_text())
    assert group["meetings"] == [{"weekday": "tuesday", "weeks": [1, 3], "start": "19:00", "end": "21:00"}]
    # A zone and a note in the words are the hours' and the meeting's, as if given in the schedule's fields.
    result = _import(golden_site, [{**SERVICE, "id": "z1", "name": "Zoned Line",
                                    "schedules": [{"description": "Mon-Fri 9am-5pm ET (closed on public holidays)"}]},
                                   {**SERVICE, "id": "z2", "name": "Zoned Group",
                                    "schedules": [{"description": "Tuesdays 7-8pm Central (not in August)"}]}])
    assert result.exit_code == 0, result.output
    zoned = yaml.safe_load((golden_site / "listings/helplines/zoned-line.yaml").read_text())["hours"]
    assert (zoned["timezone"], zoned["note"]) == ("America/New_York", "Closed on public holidays")
    (meeting,) = yaml.safe_load((golden_site / "listings/groups/zoned-group.yaml").read_text())["meetings"]
    assert (meeting["timezone"], meeting["note"]) == ("America/Chicago", "Not in August")  # read first as hours, which capitalize it
    # The notes on a line's hours schedules are its hours' note (peerdir writes the note in each).
    noted = [{"byday": "MO,TU,WE,TH,FR", "opens_at": "09:00", "closes_at": "17:00", "notes": "Closed on\npublic holidays"}]
    result = _import(golden_site, [{**SERVICE, "id": "n1", "name": "Noted Line", "schedules": noted}])
    assert result.exit_code == 0, result.output
    noted_line = yaml.safe_load((golden_site / "listings/helplines/noted-line.yaml").read_text())
    assert noted_line["hours"]["note"] == "Closed on public holidays"


def _exported(golden_site: Path, tmp_path: Path, validators, path: str, text: str) -> dict:
    """The HSDS service a listing file added to the golden site exports as, checked against HSDS's schema."""
    import gzip

    from peerdir.build import BuildOptions, build

    (golden_site / "listings" / path).write_text(text)
    build(golden_site, BuildOptions(out_dir=tmp_path / "out"))
    services = json.loads(gzip.decompress((tmp_path / "out/hsds/services.json.gz").read_bytes()))
    service = next(s for s in services if s["name"] == text.split("\n")[0].removeprefix("name: "))
    validators["service"].validate(service)
    return service


def test_a_meeting_every_other_week_goes_out_and_comes_back_with_its_weeks(golden_site: Path, tmp_path: Path, validators) -> None:
    """Every other Tuesday: HSDS's weekly schedule at an interval of 2 from a Tuesday it meets (valid against the
    schema); imported, a date it meets as RFC 5545 counts the weeks from dtstart's (a Thursday dtstart: the
    Tuesday 12 days on). Other intervals, which a meeting here cannot say, are left out with a note."""
    service = _exported(golden_site, tmp_path, validators, "groups/fortnightly.yaml", "name: Fortnightly Group\nsummary: A group.\n"
                        "cost: free\npeer_led: yes\nlast_verified: 2026-10-01\nformat: online\nservice_area: online\nmeetings:\n"
                        "  - weekday: tuesday\n    every_other_week: 2026-09-08\n    start: '18:00'\n")
    (schedule,) = service["schedules"]
    assert (schedule["freq"], schedule["interval"], schedule["byday"], schedule["dtstart"]) == ("WEEKLY", 2, "TU", "2026-10-06")
    weekly = {"freq": "WEEKLY", "byday": "TU", "opens_at": "18:00"}
    result = _import(golden_site, [{**SERVICE, "id": "f1", "name": "Every Other", "schedules": [{**weekly, "interval": 2, "dtstart": "2026-10-01"}]},
                                   {**SERVICE, "id": "f2", "name": "Every Third", "schedules": [{**weekly, "interval": 3, "dtstart": "2026-10-01"}]}])
    assert result.exit_code == 0, result.output
    group = yaml.safe_load((golden_site / "listings/groups/every-other.yaml").read_text())
    assert group["meetings"] == [{"weekday": "tuesday", "every_other_week": "2026-10-13", "start": "18:00"}]
    assert "Every Third: a schedule repeating at intervals of 3 was left out" in result.output


def test_a_textphone_goes_out_as_hsds_textphone_and_comes_back_with_its_label(golden_site: Path, tmp_path: Path, validators) -> None:
    """A number whose label says it is answered by textphone ('(503) 555-0117 (TTY)'), or one dialled through Relay UK
    ('18001 01632 960113'), is HSDS's textphone, so that another directory offers it to the people who use one; import
    gives it back its label."""
    service = _exported(golden_site, tmp_path, validators, "helplines/tty-line.yaml", "name: TTY Line\nsummary: A line.\n"
                        "cost: free\npeer_led: yes\nlast_verified: 2026-10-01\nkind: warmline\nservice_area: [old-town]\n"
                        "phones:\n  - '01632 960111 (Minicom)'\n  - 01632 960112\n  - 18001 01632 960113\nhours: 24/7\n")
    assert [(phone["number"], phone["type"], phone.get("description")) for phone in service["phones"]] == [
        ("01632 960111", "textphone", "Minicom"), ("01632 960112", "voice", None), ("18001 01632 960113", "textphone", None)]
    result = _import(golden_site, [{**service, "id": "t1", "name": "TTY Line Again"}])
    assert result.exit_code == 0, result.output
    line = yaml.safe_load((golden_site / "listings/helplines/tty-line-again.yaml").read_text())
    assert line["phones"][0] == {"number": "01632 960111", "label": "Minicom"}


def test_hours_only_in_words_go_out_as_a_schedule_of_words_and_come_back_as_the_note(golden_site: Path, tmp_path: Path, validators) -> None:
    """A line that keeps no set hours ('By appointment') is a schedule with its words alone (valid against the
    schema: no days or times to claim), which another directory shows as they are; import gives the note back."""
    service = _exported(golden_site, tmp_path, validators, "helplines/appointments.yaml", "name: Appointment Line\nsummary: A line.\n"
                        "cost: free\npeer_led: yes\nlast_verified: 2026-10-01\nkind: warmline\nservice_area: [old-town]\n"
                        "phones: 01632 960111\nhours: By appointment\n")
    (schedule,) = service["schedules"]
    assert {key: value for key, value in schedule.items() if key not in ("id", "service_id") and value} == {"description": "By appointment"}
    result = _import(golden_site, [{**service, "id": "a1", "name": "Appointment Line Again"}])
    assert result.exit_code == 0 and "schedule" not in result.output, result.output
    line = yaml.safe_load((golden_site / "listings/helplines/appointment-line-again.yaml").read_text())
    assert line["hours"] == {"note": "By appointment"}


def test_import_reads_fees_languages_and_areas_as_check_reads_a_listing(golden_site: Path) -> None:
    """Another directory's words for a fee, a language or an area, as check reads them in a listing: 'Free
    (donations welcome)' had been guessed as paid; 'Welsh' and 'en-US' (only a site's codes were taken) and
    'Nationwide' as an area's name had been left out with a note. A service whose schedules are words alone
    ('By appointment only') has no meetings: with a phone and no place it is a helpline, with that note as its
    hours (it had been read as a group, its schedule left out)."""
    result = _import(golden_site, [{**SERVICE, "fees_description": "Free (donations welcome)",
                                    "languages": [{"name": "Welsh"}, {"code": "en-US", "name": "English"}],
                                    "service_areas": [{"name": "Nationwide"}],
                                    "schedules": [{"description": "By appointment only"}]}])
    assert result.exit_code == 0, result.output
    line = yaml.safe_load((golden_site / "listings/helplines/nami-harbor-hills-peer-line.yaml").read_text())
    assert (line["cost"], line["cost_note"]) == ("free", "Donations welcome")
    assert (line["languages"], line["service_area"]) == (["cy", "en-GB"], ["national"])
    assert line["hours"] == {"note": "By appointment only"}
    assert "not in site.yaml" not in result.output and "is not a region" not in result.output
    assert "cost read as" not in result.output and "left out" not in result.output, result.output


def test_import_takes_what_other_feeds_write_for_times_codes_dates_and_nothing(golden_site: Path) -> None:
    """Feeds write times with seconds or as a clock shows them ('08:30:00', '6:00 PM': '6:00 ' had been written,
    which check reads as 6 am), languages by ISO 639's three letters ('cym'), a verified date as a moment
    ('2026-10-01T12:00:00Z'), a country by name ('USA'), and 'N/A' where there is no phone or email (each had
    kept the service out, or been left out with a note)."""
    place = {"location_type": "physical", "name": "Old Town Hall",
             "addresses": [{"address_1": "1 Example Street", "city": "Fenwick", "country": "UK", "address_type": "physical"}]}
    result = _import(golden_site, [
        {**SERVICE, "assured_date": "2026-10-01T12:00:00Z", "email": "N/A", "languages": [{"code": "cym"}],
         "phones": [{"number": "01632 960123"}, {"number": "N/A"}],
         "schedules": [{"byday": "MO,TU,WE,TH,FR", "opens_at": "08:30:00", "closes_at": "17:00:00"}]},
        {**SERVICE, "id": "g1", "name": "Evening Group", "phones": [], "service_at_locations": [{"location": place}],
         "schedules": [{"byday": "2WE", "freq": "MONTHLY", "opens_at": "6:00 PM", "closes_at": "7:30 PM"}]}])
    assert result.exit_code == 0 and "not imported" not in result.output, result.output
    assert "its phone number 'N/A' is none; left out" in result.output and "its email address 'N/A' is none" in result.output
    line = yaml.safe_load((golden_site / "listings/helplines/nami-harbor-hills-peer-line.yaml").read_text())
    assert line["hours"]["weekly"] == [{"days": ["monday", "tuesday", "wednesday", "thursday", "friday"], "opens": "08:30", "closes": "17:00"}]
    assert (line["languages"], [p["number"] for p in line["phones"]], "email" in line) == (["cy"], ["01632 960123"], False)
    group = yaml.safe_load((golden_site / "listings/groups/evening-group.yaml").read_text())
    assert group["meetings"] == [{"weekday": "wednesday", "weeks": [2], "start": "18:00", "end": "19:30"}]
    site = load_site(golden_site)
    listed = {item.slug: item.data for item in site.listings}
    assert listed["nami-harbor-hills-peer-line"].last_verified == date(2026, 10, 1)
    assert listed["evening-group"].location.address.country == "GB"


def test_a_description_given_as_html_imports_as_markdown(golden_site: Path) -> None:
    """Many feeds give a service's description as HTML, which check refuses as markup that would show as typed:
    the whole service had been left out. Its paragraphs, lists, bold and links come in as Markdown, the summary
    as the first paragraph reads; a script, a table's markup and anything a description cannot hold are dropped."""
    html = ('<p>Peer support for <b>adults</b> living with anxiety &amp; panic.</p><p>See <a href="https://example.org/x">our '
            'site</a>.</p><ul><li>Free</li><li>Drop in</li></ul><script>alert(1)</script><table><tr><td>Room 4</td></tr></table>')
    result = _import(golden_site, [{**SERVICE, "description": html}])
    assert result.exit_code == 0 and "not imported" not in result.output, result.output
    line = yaml.safe_load((golden_site / "listings/helplines/nami-harbor-hills-peer-line.yaml").read_text())
    assert line["summary"] == "Peer support for adults living with anxiety & panic."
    assert line["description"] == "See [our site](https://example.org/x).\n\n- Free\n- Drop in\n\nRoom 4"
    assert "alert" not in (golden_site / "listings/helplines/nami-harbor-hills-peer-line.yaml").read_text()


def test_a_phone_email_or_website_check_refuses_is_left_out_and_the_service_comes_in(golden_site: Path) -> None:
    """One number without its area code had kept a whole service out of a bulk import; it is left out with check's
    reason, as an email or website check refuses is; a service that needs what was left out stays out, saying why."""
    result = _import(golden_site, [
        {**SERVICE, "phones": [{"number": "960111"}, {"number": "01632 960123"}], "email": "a@b", "url": "not a url"},
        {**SERVICE, "id": "s2", "name": "Only Line", "phones": [{"number": "960111"}]}])
    assert result.exit_code == 0, result.output
    line = yaml.safe_load((golden_site / "listings/helplines/nami-harbor-hills-peer-line.yaml").read_text())
    assert ([p["number"] for p in line["phones"]], "email" in line, "website" in line) == (["01632 960123"], False, False)
    assert "NAMI Harbor & Hills Peer Line: phones[0].number left out: '960111' has no area code" in result.output
    assert "NAMI Harbor & Hills Peer Line: email left out: 'a@b' is not an email address" in result.output
    assert "Only Line: not imported: phones: a helpline needs at least one phone number" in result.output
    assert not (golden_site / "listings/helplines/only-line.yaml").exists()


@pytest.mark.parametrize(("written", "status"), [("Inactive", "closed"), ("TEMPORARILY_CLOSED", "temporarily-closed"),
                                                 ("Defunct", "closed"), ("Active", "active")])
def test_a_status_is_read_in_any_case(golden_site: Path, written: str, status: str) -> None:
    """'Inactive', as feeds capitalize HSDS's statuses, had been imported as active: a closed service listed open."""
    result = _import(golden_site, [{**SERVICE, "status": written}])
    assert result.exit_code == 0, result.output
    assert yaml.safe_load((golden_site / "listings/helplines/nami-harbor-hills-peer-line.yaml").read_text())["status"] == status


def test_a_phones_type_is_read_in_any_case(golden_site: Path) -> None:
    """'Fax' and 'Text', as feeds capitalize HSDS's types, had been a number to call: a fax behind a Call button.
    The emergency number given as a service's phone is left out too, saying why."""
    result = _import(golden_site, [{**SERVICE, "phones": [{"number": "01632 960123", "type": "Fax"}, {"number": "999"},
                                                          {"number": "07700 900123", "type": "TEXT"}, {"number": "01632 960124"}]}])
    assert result.exit_code == 0, result.output
    line = yaml.safe_load((golden_site / "listings/helplines/nami-harbor-hills-peer-line.yaml").read_text())
    assert line["phones"] == [{"number": "07700 900123", "kind": "text"}, {"number": "01632 960124"}]
    assert "the fax number 01632 960123 is left out" in result.output
    assert ".number left out: 999 is the emergency number" in result.output


def test_a_place_and_days_are_read_in_any_case(golden_site: Path) -> None:
    """'Physical' and 'Postal' as feeds capitalize HSDS's words, and days written 'tu, th': a group's place and the
    days it meets (the place had been passed over, the days left out)."""
    place = {"location_type": "Physical", "name": "Old Town Hall", "addresses": [
        {"address_1": "PO Box 9", "city": "Fenwick", "address_type": "Postal"},
        {"address_1": "1 Example Street", "city": "Fenwick", "address_type": "Physical"}]}
    result = _import(golden_site, [{**SERVICE, "phones": [], "service_at_locations": [{"location": place}],
                                    "schedules": [{"byday": "tu, th", "opens_at": "19:00", "closes_at": "20:00"}]}])
    assert result.exit_code == 0, result.output
    group = yaml.safe_load((golden_site / "listings/groups/nami-harbor-hills-peer-line.yaml").read_text())
    assert group["location"]["address"] == {"address_1": "1 Example Street", "city": "Fenwick"}
    assert [meeting["weekday"] for meeting in group["meetings"]] == ["tuesday", "thursday"]


def test_a_status_that_is_none_of_hsdss_is_read_as_active_with_a_note(golden_site: Path) -> None:
    result = _import(golden_site, [{**SERVICE, "status": "Open"}])
    assert "its status 'Open' is none of HSDS's (active, inactive, defunct, temporarily closed); read as active" in result.output
    # Under "services", a record without its status (which HSDS requires, and feeds leave out) is still a service.
    unstated = {key: value for key, value in SERVICE.items() if key != "status"}
    result = _import(golden_site, {"services": [{**unstated, "id": "u1", "name": "Unstated Line"}]})
    assert result.exit_code == 0 and "Unstated Line: its status is not given; read as active" in result.output, result.output
    assert yaml.safe_load((golden_site / "listings/helplines/unstated-line.yaml").read_text())["status"] == "active"


def test_a_schedule_on_several_days_imports_as_a_meeting_on_each(golden_site: Path) -> None:
    """'MO,WE' is a meeting on Monday and one on Wednesday (the second had been dropped), '1TU,3TH' the 1st Tuesday
    and the 3rd Thursday; a schedule whose days are not written as RFC 5545 writes them ('Monday') is left out with
    a note, and the service comes in (it had been skipped whole, the note saying only KeyError('ay'))."""
    evening = {"opens_at": "18:00", "closes_at": "19:30", "freq": "WEEKLY"}
    result = _import(golden_site, [
        {**SERVICE, "id": "d1", "name": "Two Days", "schedules": [{**evening, "byday": "MO,WE"}]},
        {**SERVICE, "id": "d2", "name": "Two Weeks", "schedules": [{**evening, "freq": "MONTHLY", "byday": "1TU,3TH"}]},
        {**SERVICE, "id": "d3", "name": "In Words", "schedules": [{**evening, "byday": "Monday"}, {**evening, "byday": "FR"}]}])
    assert result.exit_code == 0, result.output
    def meetings(slug: str) -> list[tuple]:
        group = yaml.safe_load((golden_site / f"listings/groups/{slug}.yaml").read_text())
        return [(m["weekday"], m.get("weeks", [])) for m in group["meetings"]]
    assert meetings("two-days") == [("monday", []), ("wednesday", [])]
    assert meetings("two-weeks") == [("tuesday", [1]), ("thursday", [3])]
    assert meetings("in-words") == [("friday", [])]
    assert "In Words: a schedule whose days (Monday) are not RFC 5545's (MO, 2TU, -1FR) was left out" in result.output


def test_a_phones_extension_is_exported_in_hsds_field_for_it(golden_site: Path, tmp_path: Path, validators) -> None:
    """A number answered at an extension: HSDS's number without it, and the extension in the field HSDS has for it,
    valid against the schema."""
    service = _exported(golden_site, tmp_path, validators, "helplines/extension-line.yaml", "name: Extension Line\nsummary: A line.\n"
                        "cost: free\npeer_led: yes\nlast_verified: 2026-10-01\nkind: warmline\nservice_area: [old-town]\nphones:\n"
                        "  - number: 01632 960111 ext. 24\n  - 01632 960113\n")
    assert [(p["number"], p.get("extension")) for p in service["phones"]] == [("01632 960111", 24), ("01632 960113", None)]


def test_a_phones_extension_given_apart_is_imported_with_its_number(golden_site: Path) -> None:
    """HSDS gives a phone's extension in a field of its own (a number, or 24.0 from a CSV package): it comes in
    written after the number, which a call then dials, rather than being dropped; a number to text comes in alone,
    so that its listing is not refused for it. A mobile ("cell") is a number to call (peerdir's own export marks one
    to message on WhatsApp, which the round trip checks); a fax number is left out, with a note; a textphone's says
    so on its button."""
    result = _import(golden_site, [{**SERVICE, "phones": [{"number": "01632 960123", "extension": 24}, {"number": "01632 960124", "extension": 7.0},
                                                          {"number": "01632 960125", "extension": None},
                                                          {"number": "01632 960126", "extension": 8, "type": "text"},
                                                          {"number": "07700 900123", "type": "cell"}, {"number": "01632 960199", "type": "fax"},
                                                          {"number": "01632 960127", "type": "textphone"},
                                                          {"number": "01632 960198", "type": "voice", "description": "Fax"}]}])
    assert result.exit_code == 0, result.output
    assert "the fax number 01632 960199 is left out: its button would call a fax, which no one answers" in result.output
    # A fax typed as a voice line, its description saying so, as feeds often give one: left out too.
    assert "the fax number 01632 960198 is left out" in result.output
    line = yaml.safe_load((golden_site / "listings/helplines/nami-harbor-hills-peer-line.yaml").read_text())
    assert [phone["number"] for phone in line["phones"]] == ["01632 960123 ext. 24", "01632 960124 ext. 7", "01632 960125", "01632 960126",
                                                             "07700 900123", "01632 960127"]
    assert [phone.get("kind", "voice") for phone in line["phones"]] == ["voice", "voice", "voice", "text", "voice", "voice"], "a mobile is called"
    assert [phone.get("label") for phone in line["phones"]][-1] == "Textphone (TTY)"


def test_a_short_code_given_as_a_call_that_takes_only_texts_is_imported_as_one_to_text(sample_site: Path) -> None:
    """HSDS's phone type says voice for 741741, which takes only text messages: it comes in as check reads a phone
    given without its kind, a number to text, rather than the listing being refused."""
    result = _import(sample_site, [{**SERVICE, "name": "Text Line", "service_areas": [{"name": "Harbor City"}],
                                    "phones": [{"number": "741741", "type": "voice"}, {"number": "(503) 555-0100"}]}])
    assert result.exit_code == 0, result.output
    line = load_site(sample_site).listings
    assert [(p.kind, p.href) for p in next(x for x in line if x.slug == "text-line").phones] == [("text", "sms:741741"), ("voice", "tel:+15035550100")]


def test_an_out_of_hours_line_imports_with_its_hours_as_written(sample_site: Path, tmp_path: Path) -> None:
    """HSDS carries the Monday morning that 'Mon-Fri 5pm-9am; Sat-Sun 24 hours' means (Hours.periods adds it); the
    import had written it as hours of its own, so the imported page showed a third line, 'Mon: 12-9 am'."""
    from peerdir.outputs.hsds import hsds_files

    (sample_site / "listings/helplines/out-of-hours.yaml").write_text(
        "name: Out of Hours\nsummary: A line.\ncost: free\npeer_led: yes\nlast_verified: 2026-10-01\nkind: warmline\n"
        "service_area: [national]\nphones: (503) 555-0148\nhours: 'Mon-Fri 5pm-9am; Sat-Sun 24 hours'\n")
    exported = hsds_files(load_site(sample_site))["hsds/services.json.gz"]
    (tmp_path / "services.json.gz").write_bytes(exported if isinstance(exported, bytes) else b"".join(exported))
    shutil.rmtree(sample_site / "listings")
    from click.testing import CliRunner

    from peerdir.cli import main

    result = CliRunner().invoke(main, ["import", "hsds", str(tmp_path / "services.json.gz"), "--site-dir", str(sample_site)])
    assert result.exit_code == 0, result.output
    written = yaml.safe_load((sample_site / "listings/helplines/out-of-hours.yaml").read_text())
    assert written["hours"]["weekly"] == [
        {"days": ["monday", "tuesday", "wednesday", "thursday", "friday"], "opens": "17:00", "closes": "09:00"},
        {"days": ["saturday", "sunday"], "opens": "00:00", "closes": "00:00"}]
    again = hsds_files(load_site(sample_site))["hsds/services.json.gz"]
    assert (again if isinstance(again, bytes) else b"".join(again)) == (tmp_path / "services.json.gz").read_bytes()


def test_ids_are_the_uuid5_of_their_parts() -> None:
    """hsds.uid makes uuid5's ids without its UUID object (for speed): the same text for every kind of name."""
    import uuid

    from peerdir.outputs.hsds import NAMESPACE, uid

    names = [("service", "peer-group"), ("organization", "Café Ünïcode & Co / North"), ("schedule", "x", "0"), ("",),
             ("area", "slug", "region-07"), ("attribute", "a" * 300, "topics", "grief")]  # fmt: skip
    names += [("phone", f"listing-{n:05d}", str(n % 7)) for n in range(2000)]
    assert [uid(*parts) for parts in names] == [str(uuid.uuid5(NAMESPACE, "/".join(parts))) for parts in names]
