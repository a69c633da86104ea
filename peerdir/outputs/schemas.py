"""JSON Schemas that editors use to check and complete listing files and site.yaml as people type.

They come from the same declarations as validation (peerdir/sources/schema.py, and
sources/config.py for site.yaml), with the site's own vocabularies filled in as
choices, so an editor offers the region and topic ids that site.yaml declares. Every
listing file names its schema on its first line, which the YAML language server (VS
Code, and others) reads, and so does site.yaml.
"""

from __future__ import annotations

import copy
import json
from functools import cache
from typing import Any

from peerdir.sources.blocks import VOCABULARY_FIELDS
from peerdir.sources.config import RESERVED_AREAS, SiteConfig
from peerdir.sources.schema import ListingType, translations_example

SCHEMA_DIR = "schemas"


def schema_path(listing_type: ListingType) -> str:
    return f"{SCHEMA_DIR}/{listing_type.id}.schema.json"


def modeline(listing_type: ListingType) -> str:
    """The first line of a listing file, naming its schema relative to listings/<folder>/."""
    return f"# yaml-language-server: $schema=../../{schema_path(listing_type)}"


@cache
def _declared_schema(listing_type: ListingType) -> dict[str, Any]:
    """Pydantic's schema of a listing type, which never changes while peerdir runs: making it is most of the cost of
    these files, and `peerdir serve` rebuilds them on every edit."""
    return listing_type.schema.model_json_schema(mode="validation")


def listing_schema(listing_type: ListingType, config: SiteConfig) -> dict[str, Any]:
    schema = copy.deepcopy(_declared_schema(listing_type))
    ids = config.term_ids
    for field, kind in VOCABULARY_FIELDS.items():
        declared = schema["properties"][field]
        term = _offering(ids[kind] + (list(RESERVED_AREAS) if field == "service_area" else []))
        declared["anyOf"] = [  # each form it takes: a list of them, one, the list written as text, none
            part for form in declared["anyOf"] for part in ([{**form, "items": term}] if "items" in form else
                                                            term["anyOf"] if form == {"type": "string"} else [form])]
    translations = schema["properties"]["translations"]
    by_language = next(form for form in translations["anyOf"] if "additionalProperties" in form)
    by_language["properties"] = {code: by_language["additionalProperties"] for code in config.translations}  # an editor
    # offers the codes of the site's translations (check reads their names too)
    example = translations_example(list(config.translations))  # keyed by the site's own: none on a site in one language
    translations.pop("examples")
    translations.update({"examples": [example]} if example else {})
    location = schema.get("$defs", {}).get("Location")
    if location:
        location["properties"]["region"] = {**location["properties"]["region"], **_offering(ids["regions"])}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"{config.title}: {listing_type.id} listing",
        **_numbers_as_text({key: value for key, value in schema.items() if key != "title"}),
    }


def _offering(ids: list[str]) -> dict[str, Any]:
    """A term of a vocabulary, as check reads one: an editor offers its ids (from site.yaml) and takes its name or
    another word site.yaml gives it too ('Grief', 'Spanish'), which check reads, and which it alone tells apart from
    words that name no term."""
    return {"anyOf": [{"enum": ids}, {"type": "string"}]}


SITE_SCHEMA = f"{SCHEMA_DIR}/site.schema.json"  # site.yaml's first line names it


def site_schema() -> dict[str, Any]:
    """site.yaml's schema, as validation reads it: `translations` also as the languages alone (`[es]`, `es`, or
    `es:` with nothing under it)."""
    schema = copy.deepcopy(SiteConfig.model_json_schema(mode="validation"))
    declared = schema["properties"]["translations"]
    forms = declared["anyOf"]
    by_language = next(form for form in forms if "additionalProperties" in form)
    by_language["additionalProperties"] = {"anyOf": [by_language["additionalProperties"], {"type": "null"}]}
    declared["anyOf"] = [by_language, {"type": "array", "items": {"type": "string"}}, {"type": "string"},
                         *(form for form in forms if form is not by_language and form.get("type") != "string")]
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **_numbers_as_text(schema), "title": "peerdir site.yaml"}


def _numbers_as_text(node: Any) -> Any:
    """The schema with a whole number allowed wherever text is, as check reads one written without quotes as the
    text it was (fieldtypes.digits_as_written: `postal_code: 97201`, a crisis line's `call: 988`)."""
    if isinstance(node, list):
        return [_numbers_as_text(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: _numbers_as_text(value) for key, value in node.items()}
    if out.get("type") == "string" and not {"enum", "const", "format", "pattern", "anyOf", "oneOf", "allOf"} & out.keys():
        text = {key: out.pop(key) for key in list(out) if key in ("type", "minLength", "maxLength")}
        out["anyOf"] = [text, {"type": "integer"}]
    return out


def _json(schema: dict[str, Any]) -> bytes:
    return (json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n").encode()


def schema_files(config: SiteConfig) -> dict[str, bytes]:
    from peerdir.sources.schema import TYPES

    return {**{schema_path(t): _json(listing_schema(t, config)) for t in TYPES}, SITE_SCHEMA: _site_schema_file()}


@cache
def _site_schema_file() -> bytes:
    """site.yaml's schema as written, which depends on peerdir alone (10 ms, which `peerdir serve` spent on every edit)."""
    return _json(site_schema())
