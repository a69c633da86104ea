"""The editor schemas: generated from the one schema declaration, committed, published, named by every
listing file, and agreeing with peerdir's own validation."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import jsonschema
import pytest
import yaml
from conftest import GOLDEN, REPO

from peerdir.build import BuildOptions, build
from peerdir.problems import ContentError
from peerdir.outputs.schemas import modeline, schema_files
from peerdir.sources.load import load_site
from peerdir.sources.blocks import Address, Location, Meeting, OpeningPeriod, Phone
from peerdir.sources.schema import TYPES, TYPES_BY_FOLDER
from peerdir.sources.yamlfile import load_file


def as_json(value):
    if isinstance(value, dict):
        return {k: as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_json(v) for v in value]
    return value.isoformat() if isinstance(value, date) else value


@pytest.mark.parametrize("site_dir", [REPO, GOLDEN / "site"], ids=["sample", "golden"])
def test_committed_schemas_are_current(site_dir: Path) -> None:
    for rel, data in schema_files(load_site(site_dir).config).items():
        assert (site_dir / rel).read_bytes() == data, f"{rel} is stale; run: peerdir schema {site_dir}"


def test_every_listing_names_its_schema_and_validates_against_it() -> None:
    listings = sorted(REPO.glob("listings/*/*.yaml"))
    assert len(listings) >= 60
    for path in listings:
        listing_type = TYPES_BY_FOLDER[path.parent.name]
        assert path.read_text(encoding="utf-8").splitlines()[0] == modeline(listing_type), path
        schema = json.loads((REPO / "schemas" / f"{listing_type.id}.schema.json").read_text())
        data = as_json(load_file(path, path.name, 10**6).data)
        jsonschema.Draft202012Validator(schema).validate(data)


def _messages(error: jsonschema.ValidationError) -> list[str]:
    """An error's message and those of the errors within it (each form of several that the value fails)."""
    return [error.message, *(message for inner in error.context for message in _messages(inner))]


def test_schema_catches_what_validation_catches() -> None:
    schema = json.loads((REPO / "schemas/group.schema.json").read_text())
    validator = jsonschema.Draft202012Validator(schema)
    good = as_json(load_file(REPO / "listings/groups/north-shore-anxiety-circle.yaml", "x", 10**6).data)
    assert not list(validator.iter_errors(good))
    for change, expected in [  # what is surely wrong whatever words say: the editor marks it as check refuses it
        ({"webiste": "https://example.org/"}, "Additional properties are not allowed"),
        ({"meetings": [{"weekday": "tuesday", "start": "7", "end": "20:00"}]}, "is not valid under any of the given schemas"),
        ({"meetings": [{"weekday": "tuesday"}]}, "is not valid under any of the given schemas"),  # no start
        ({"peer_led": "maybe"}, "is not valid under any of the given schemas"),
        ({"peer_led": ["yes"]}, "is not valid under any of the given schemas"),
        ({"name": ["Two", "names"]}, "is not valid under any of the given schemas"),
        ({"topics": {"grief": True}}, "is not valid under any of the given schemas"),  # a block where a list goes
        ({"translations": {"es": {"nmae": "Grupo"}}}, "is not valid under any of the given schemas"),
    ]:
        errors = [e.message for e in validator.iter_errors({**good, **change})]
        assert any(expected in e for e in errors), (change, errors)
    helpline = jsonschema.Draft202012Validator(json.loads((REPO / "schemas/helpline.schema.json").read_text()))
    line = as_json(load_file(REPO / "listings/helplines/harbor-hills-warmline.yaml", "x", 10**6).data)
    for weekly, expected in [  # closes is needed, but for opening hours written as one, which say it
        ({"days": "weekdays", "opens": "9am"}, "'closes' is a required property"),
        ({"days": "weekdays", "opens": "9am-5pm", "closes": "5pm"}, "should not be valid"),
    ]:
        errors = [message for error in helpline.iter_errors({**line, "hours": {"weekly": [weekly]}}) for message in _messages(error)]
        assert any(expected in e for e in errors), (weekly, errors)
    assert not list(helpline.iter_errors({**line, "hours": {"weekly": [{"days": "weekdays", "opens": "9am-5pm"}]}}))
    # words check reads, and tells apart from words that name nothing, are check's to read: an editor offers the
    # choices and takes the words ('Anxeity' is told by check, with what it most likely meant)
    for words in ({"topics": ["Grief"]}, {"topics": "Grief, Anxiety"}, {"cost": "Free"}, {"translations": {"Spanish": {"name": "Grupo"}}},
                  {"written_in": "Spanish"}, {"meetings": "Tuesdays 7-9pm"}, {"meetings": {"weekday": "Tuesdays", "start": "7pm"}}):
        assert not list(validator.iter_errors({**good, **words})), words
    topics = schema["properties"]["topics"]["anyOf"]
    assert {"enum": ["anxiety", "depression", "bipolar", "psychosis", "addiction-recovery", "grief", "eating-disorders", "chronic-illness",
                     "trauma", "self-harm", "suicidal-thoughts", "perinatal", "loneliness"]} in topics[0]["items"]["anyOf"]
    assert {"enum": ["free", "donation", "paid"], "type": "string"} in schema["properties"]["cost"]["anyOf"]
    # the example an editor offers is keyed by the site's own translation, so that it passes check as offered
    assert schema["properties"]["translations"]["examples"][0].keys() == {"es"}
    assert not list(validator.iter_errors({**good, "translations": schema["properties"]["translations"]["examples"][0]}))
    assert not list(validator.iter_errors({**good, "written_in": "es"})) and not list(validator.iter_errors({**good, "written_in": None}))
    for written in ("7pm", "7:30 PM", "9.15 a.m.", "19:00", "noon", "Midnight", "7p", "8:30a"):  # times check reads, so an editor does not mark them
        assert not list(validator.iter_errors({**good, "meetings": [{"weekday": "tuesday", "start": written}]})), written
    assert any("'summary' is a required property" in e.message for e in validator.iter_errors({k: v for k, v in good.items() if k != "summary"}))
    # a number written without quotes is the text it was, as check reads it (an editor had marked a ZIP code)
    address = {**good["location"]["address"], "postal_code": 97201}
    assert not list(validator.iter_errors({**good, "location": {**good["location"], "address": address}, "phones": [{"number": 988}]}))


# A listing of each type in the fields' own forms, to which one field as README writes it is added.
_LISTINGS = {
    "groups": {"name": "T", "summary": "S.", "languages": ["en"], "service_area": ["national"], "cost": "free", "peer_led": True,
               "last_verified": "2026-10-14", "format": "online", "website": "https://example.org/",
               "meetings": [{"weekday": "monday", "start": "19:00", "end": "21:00"}]},
    "helplines": {"name": "T", "summary": "S.", "languages": ["en"], "service_area": ["national"], "cost": "free", "peer_led": True,
                  "last_verified": "2026-10-14", "kind": "warmline", "phones": [{"number": "(503) 555-0144"}], "hours": {"open_24_7": True}},
    "forums": {"name": "T", "summary": "S.", "languages": ["en"], "service_area": ["online"], "cost": "free", "peer_led": True,
               "last_verified": "2026-10-14", "url": "https://example.org/f"},
    "respite": {"name": "T", "summary": "S.", "languages": ["en"], "service_area": ["national"], "cost": "free", "peer_led": True,
                "last_verified": "2026-10-14", "location": {"region": "harbor-city"}},
}


def _with(field: str, written: str) -> tuple[str, dict]:
    """A listing folder and listing with `field: written` where the field goes (a meeting's start in a meeting, an
    address's postal code in a place's address)."""
    value = yaml.safe_load(f"{field}: {written}")[field]
    in_blocks = [("meetings", Meeting, "groups"), ("phones", Phone, "helplines"), ("location", Location, "respite")]
    for where, block, folder in in_blocks:
        if field in block.model_fields and not any(field in t.schema.model_fields for t in TYPES):
            listing = json.loads(json.dumps(_LISTINGS[folder]))
            listing[where] = [{**listing[where][0], field: value}] if where != "location" else {**listing[where], field: value}
            return folder, listing
    if field in Address.model_fields:
        return "respite", {**_LISTINGS["respite"], "location": {"region": "harbor-city", "address": {field: value}}}
    if field in OpeningPeriod.model_fields:
        return "helplines", {**_LISTINGS["helplines"], "hours": {"weekly": [{"days": ["monday"], "opens": "9am", "closes": "5pm", field: value}]}}
    folder = next(t.folder for t in sorted(TYPES, key=lambda t: t.folder != "groups") if field in t.schema.model_fields)
    return folder, {**_LISTINGS[folder], field: value}


def _readme_forms() -> list[tuple[str, str]]:
    """Each `field: value` README's table of what check reads shows (the values after one without its field's name
    are that field's too)."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    forms = []
    for row in text[text.index("## Adding a listing"):text.index("## Publish your own directory")].splitlines():
        field = None
        for span in re.findall(r"`([^`]+)`", row.split(" | ")[0]) if row.startswith("| `") else []:
            field, written = span.split(": ", 1) if re.match(r"[a-z_]+: ", span) else (field, span)
            forms += [(field, written)] if field else []
    return forms


# Forms beside README's: blocks written with words inside them, lists of text, quoted yes and no.
_MORE_FORMS = [
    ("meetings", "[{weekday: Tuesdays, start: 7-9pm}]"), ("meetings", "[Tuesdays 7pm, Thursdays 6pm]"),
    ("meetings", "{weekday: tuesday, start: 7pm, weeks: '2, 4'}"), ("meetings", "[{weekday: Tue, start: 7pm, duration: 90 minutes}]"),
    ("phones", "['(503) 555-0100', Text HOME to 741741]"), ("phones", "{number: 988, kind: Text}"), ("phones", "988"),
    ("location", "{region: Harbor City, address: '12 Main St, Springfield, OR 97201'}"), ("peer_led", "'TRUE'"), ("peer_led", "'Sí'"),
    ("topics", "[Grief, Chronic illness and pain]"), ("written_in", "[Spanish]"), ("translations", "{Spanish: {name: Grupo}}"),
    ("cost", "0"), ("answered_by", "Peers, trained volunteers"), ("last_verified", "October 14, 2026"),
    ("hours", "{weekly: {days: weekdays, opens: 9am-5pm}}"),
]


@pytest.fixture(scope="module")
def forms_check_reads(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, str, str, dict]]:
    """Each form README's table of what check reads shows, and _MORE_FORMS, written alone in the listing its field
    belongs in (a meeting's start in a meeting, an address's postal code in a place's address), that check accepts
    on the sample's site.yaml: (field, as written, listing folder, listing)."""
    site = tmp_path_factory.mktemp("forms") / "site"
    shutil.copytree(REPO / "content", site / "content")  # the guides site.yaml features, without their links to listings
    for guide in (site / "content").rglob("*.md"):
        guide.write_text("---\ntitle: A guide\nsummary: A guide.\n---\nText.\n", encoding="utf-8")
    shutil.copy(REPO / "site.yaml", site / "site.yaml")
    read = []
    for field, written in _readme_forms() + _MORE_FORMS:
        folder, listing = _with(field, written)
        shutil.rmtree(site / "listings", ignore_errors=True)
        (site / "listings" / folder).mkdir(parents=True)
        (site / "listings" / folder / "t.yaml").write_text(yaml.safe_dump(listing, allow_unicode=True), encoding="utf-8")
        try:
            load_site(site)
        except ContentError:
            continue
        read.append((field, written, folder, listing))
    assert len(read) > 300, len(read)  # nearly all of README's forms are read
    return read


@pytest.mark.xdist_group("forms")
def test_schema_takes_every_form_the_readme_shows_that_check_reads(forms_check_reads: list) -> None:
    """What README says check reads (`meetings: Tuesdays 7-9pm`, `cost: Free`, `topics: Grief, Anxiety`, a phone
    number as text), the editor schema of the sample takes too: it had marked 316 of them, as VS Code underlines
    what its schema refuses (those check refuses, the README shows beside what to write instead)."""
    config = load_site(REPO).config
    validators = {t.folder: jsonschema.Draft202012Validator(json.loads(schema_files(config)[f"schemas/{t.id}.schema.json"])) for t in TYPES}
    marked = [f"{field}: {written}: {e.message}" for field, written, folder, listing in forms_check_reads
              for e in validators[folder].iter_errors(as_json(listing))]
    assert not marked, "\n".join(marked)


def _editor(schema: Path, documents: dict[str, str], complete: dict[str, tuple[int, int]] | None = None) -> dict:
    if not (REPO / "node_modules/yaml-language-server").is_dir():
        if os.environ.get("CI"):
            pytest.fail("yaml-language-server is missing in CI: the test command runs npm ci")
        pytest.skip("run npm ci to install yaml-language-server")
    asked = json.dumps({"schema": str(schema), "documents": documents, "complete": complete or {}})
    shown = subprocess.run([shutil.which("node") or "node", str(REPO / "tests/js/editor-diagnostics.js")], input=asked,
                           capture_output=True, text=True, check=True)
    return json.loads(shown.stdout)


@pytest.mark.tools
@pytest.mark.xdist_group("forms")
def test_an_editor_marks_no_form_check_reads_and_offers_the_choices(forms_check_reads: list) -> None:
    """In yaml-language-server, the engine of VS Code's YAML extension, with the sample's committed schemas: no
    form check reads is marked (before, 'cost: Free' was "Value is not accepted" and 'meetings: Tuesdays 7-9pm'
    "Incorrect type. Expected array"); what is wrong whatever words say still is; and the choices are offered."""
    for listing_type in TYPES:
        documents = {f"{index}": yaml.safe_dump(listing, allow_unicode=True)
                     for index, (_, _, folder, listing) in enumerate(forms_check_reads) if folder == listing_type.folder}
        shown = _editor(REPO / "schemas" / f"{listing_type.id}.schema.json", documents)["marked"]
        marked = {f"{forms_check_reads[int(name)][:2]}: {messages}" for name, messages in shown.items() if messages}
        assert not marked, "\n".join(sorted(marked))
    sample = (REPO / "listings/groups/north-shore-anxiety-circle.yaml").read_text(encoding="utf-8")
    wrong = (sample.replace("website:", "webiste:").replace("peer_led: true", "peer_led: maybe")
             .replace("\nsummary:", "\nsummery:"))
    lines = sample.splitlines()
    cost = next(n for n, line in enumerate(lines) if line.startswith("cost:"))
    shown = _editor(REPO / "schemas/group.schema.json", {"sample": sample, "wrong": wrong, "cost": sample.replace(lines[cost], "cost: ")},
                    complete={"cost": (cost, 6)})
    assert shown["marked"]["sample"] == []
    assert {message.split(": ", 1)[1] for message in shown["marked"]["wrong"]} >= {
        'Property webiste is not allowed.', 'Missing property "summary".', 'Incorrect type. Expected "boolean".'}, shown["marked"]["wrong"]
    assert shown["offered"]["cost"] == ["free", "donation", "paid"]


def test_schemas_are_published_with_the_site(golden_site: Path, tmp_path: Path) -> None:
    build(golden_site, BuildOptions(out_dir=tmp_path / "out"))
    published = json.loads((tmp_path / "out/schemas/helpline.schema.json").read_text())
    assert published["properties"]["topics"]["anyOf"][0]["items"]["anyOf"][0] == {"enum": ["anxiety", "grief"]}
    assert published["$defs"]["Hours"]["properties"]["weekly"]["anyOf"][0]["type"] == "array"


def test_site_yaml_names_its_schema_and_the_sample_and_starter_validate_against_it() -> None:
    """site.yaml is the file an organization edits most: its editor schema comes from the same declaration as check
    (config.py), takes what check takes (the languages alone under translations, a number written without quotes)
    and marks what check refuses."""
    schema = json.loads((REPO / "schemas/site.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    for path in (REPO / "site.yaml", REPO / "peerdir/starter/site.yaml"):
        text = path.read_text(encoding="utf-8")
        assert text.splitlines()[0] == "# yaml-language-server: $schema=schemas/site.schema.json", path
        validator.validate(yaml.safe_load(text))
    sample = yaml.safe_load((REPO / "site.yaml").read_text(encoding="utf-8"))
    for accepted in ({"translations": ["es"]}, {"translations": "es"}, {"translations": {"es": None}},
                     {"crisis": [{**sample["crisis"][0], "call": 988}]}):
        assert not list(validator.iter_errors({**sample, **accepted})), accepted
    for refused in ({"clock": "13h"}, {"titel": "x"}, {"translations": {"es": {"titel": "x"}}}, {"title": ""}):
        assert list(validator.iter_errors({**sample, **refused})), refused
