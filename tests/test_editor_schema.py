"""The editor schemas: generated from the one schema declaration, committed, published, named by every
listing file, and agreeing with peerdir's own validation."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import jsonschema
import pytest
import yaml
from conftest import GOLDEN, REPO

from peerdir.build import BuildOptions, build
from peerdir.outputs.schemas import modeline, schema_files
from peerdir.sources.load import load_site
from peerdir.sources.schema import TYPES_BY_FOLDER
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


def test_schema_catches_what_validation_catches() -> None:
    schema = json.loads((REPO / "schemas/group.schema.json").read_text())
    validator = jsonschema.Draft202012Validator(schema)
    good = as_json(load_file(REPO / "listings/groups/north-shore-anxiety-circle.yaml", "x", 10**6).data)
    assert not list(validator.iter_errors(good))
    for change, expected in [
        ({"webiste": "https://example.org/"}, "Additional properties are not allowed"),
        ({"topics": ["Anxeity"]}, "is not one of"),
        ({"cost": "cheap"}, "is not one of"),
        ({"meetings": [{"weekday": "tuesday", "start": "7", "end": "20:00"}]}, "is not valid under any of the given schemas"),
        ({"peer_led": "maybe"}, "is not valid under any of the given schemas"),
        ({"translations": {"Spanish": {"name": "Grupo"}}}, "'Spanish' is not one of"),  # keyed by a language code
        ({"written_in": "fr"}, "is not valid under any of the given schemas"),  # one of the site's languages
    ]:
        errors = [e.message for e in validator.iter_errors({**good, **change})]
        assert any(expected in e for e in errors), (change, errors)
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


def test_schemas_are_published_with_the_site(golden_site: Path, tmp_path: Path) -> None:
    build(golden_site, BuildOptions(out_dir=tmp_path / "out"))
    published = json.loads((tmp_path / "out/schemas/helpline.schema.json").read_text())
    assert published["properties"]["topics"]["items"] == {"enum": ["anxiety", "grief"]}
    assert published["$defs"]["Hours"]["properties"]["weekly"]["type"] == "array"


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
