"""Write a new listing file from the schema: every field present, each with its
description as a comment, so a contributor fills in blanks instead of guessing
field names."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel

from peerdir.outputs.schemas import modeline
from peerdir.problems import Problem, UsageError
from peerdir.sources.blocks import VOCABULARY_FIELDS
from peerdir.sources.config import RESERVED_AREAS, SiteConfig
from peerdir.sources.fieldtypes import slug_for
from peerdir.sources.readers import LISTINGS_DIR
from peerdir.sources.schema import TYPES_BY_ID, ListingType, translations_example
from peerdir.sources.validation import Vocabularies, find_model, is_list_field, validate
from peerdir.sources.yamlfile import FileProblem, load_text


def _example(model: type[BaseModel], regions: list[str]) -> dict[str, Any]:
    """An example block for a nested model: its required fields and those with examples; a place's region, the
    site's first, so that the block as shown passes check."""
    out: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        nested = find_model(info.annotation)
        if info.examples:
            out[name] = info.examples[0]
        elif nested is not None and info.is_required():
            out[name] = _example(nested, regions)
        elif name == "region" and regions:
            out[name] = regions[0]
        elif info.is_required():
            out[name] = "..."
    return out


def _comment_block(value: Any, is_list: bool) -> list[str]:
    dumped = yaml.safe_dump([value] if is_list else value, sort_keys=False, allow_unicode=True, default_flow_style=False)
    return ["# e.g."] + [f"#   {line}" for line in dumped.rstrip().splitlines()]


def scaffold_vocabularies(config: SiteConfig) -> dict[str, list[str]]:
    """The site's own words a new file's notes and examples offer: its terms' ids, and its translations."""
    return {**config.term_ids, "translations": list(config.translations)}


def areas_for(type_id: str, group_format: str | None, regions: list[str]) -> list[str]:
    """The areas a contributor may choose: a listing that is somewhere is in a region, never national or online."""
    return regions if TYPES_BY_ID[type_id].has_place(group_format) else regions + list(RESERVED_AREAS)


def listing_values(listing_type: ListingType, answers: dict[str, Any]) -> dict[str, Any]:
    """Field values from a contributor's answers: 'area' becomes a location's region where the type has a place
    (respite, in-person and hybrid groups), otherwise the service area."""
    values = {key: value for key, value in answers.items() if value not in (None, "", []) and key not in ("area", "phone")}
    area = answers.get("area")
    if area and listing_type.has_place(answers.get("format")):
        values["location"] = {"region": area}
    elif area:
        values["service_area"] = [area]
    if answers.get("phone"):  # with words, as a list entry is read ('Call or text ...': two phones)
        phone = answers["phone"]
        values["phones"] = [phone if any(c.isalpha() for c in phone) else {"number": phone}]
    return values


def phone_problem(listing_type: ListingType, phone: str, vocab: Vocabularies | None) -> str | None:
    """What check would say of a phone given to `peerdir new`, read as a listing's phone is (so '(503) 555-0117
    (TTY)' or 'Call or text ...' as check reads them), or None."""
    values = listing_values(listing_type, {"phone": phone})
    said = [p.message for p in answer_problems(listing_type, scaffold_text(listing_type, "x", None, values), vocab)
            if p.field.startswith("phones")]
    return said[0] if said else None


def _value_lines(field: str, value: Any) -> list[str]:
    """A field as a person would write it: block style, with a list of plain values on one line."""
    if isinstance(value, list) and all(not isinstance(v, (dict, list)) for v in value):
        inline = yaml.safe_dump(value, allow_unicode=True, default_flow_style=True, width=1000).strip()
        return [f"{field}: {inline}"]
    dumped = yaml.safe_dump({field: value}, sort_keys=False, allow_unicode=True, default_flow_style=False, width=1000)
    return dumped.rstrip().splitlines()


def scaffold_text(
    listing_type: ListingType,
    name: str,
    vocabularies: dict[str, list[str]] | None = None,
    values: dict[str, Any] | None = None,
) -> str:
    values = {"name": name, **(values or {})}
    schema = listing_type.schema
    lines = [
        modeline(listing_type),
        f"# {(schema.__doc__ or '').strip()}",
        "# Fill in what you know and leave the rest empty. Lines starting with # are notes.",
        "# Check your work with: peerdir check",
        "",
    ]
    for field, info in schema.model_fields.items():
        required = " (required)" if info.is_required() else ""
        lines.append(f"# {info.description}{required}")
        example = info.examples[0] if info.examples else None
        if field in VOCABULARY_FIELDS and vocabularies and vocabularies.get(VOCABULARY_FIELDS[field]):
            choices = vocabularies[VOCABULARY_FIELDS[field]] + (list(RESERVED_AREAS) if field == "service_area" else [])
            lines.append(f"# Choose from: {', '.join(choices)}")
            # the site's own, not the schema's ('north-valley' is no region here); for one language written in, its last
            example = choices[: len(example or [None])] if isinstance(example, list) or example is None else choices[-1]
        if field == "translations" and vocabularies is not None:
            example = translations_example(vocabularies.get("translations", []))  # by the site's own language codes
        nested = find_model(info.annotation)
        if nested is not None:  # a block: its own example where it has one (translations, with their keys)
            block = example if isinstance(example, dict) else _example(nested, (vocabularies or {}).get("regions", []))
            lines += _comment_block(block, is_list_field(info)) if block else []
        elif example is not None and field != "name":
            shown = yaml.safe_dump({field: example}, default_flow_style=True, allow_unicode=True, width=1000).strip()[1:-1]
            lines.append(f"# e.g. {shown}")
        if field in values:
            lines += _value_lines(field, values[field])
        elif is_list_field(info):
            lines.append(f"{field}: []")
        elif not info.is_required() and info.default not in (None, False):
            lines.append(f"{field}: {info.default}")
        else:
            lines.append(f"{field}:")
        lines.append("")
    return "\n".join(lines)


def answer_problems(listing_type: ListingType, text: str, vocab: Vocabularies | None) -> list[Problem]:
    """What check would say of the new file, except the blanks left for the contributor to fill in."""
    try:
        doc = load_text(text, "new listing")
    except FileProblem as exc:
        return [exc.problem]
    _, problems = validate(listing_type.schema, doc, "new listing", vocab)
    return [p for p in problems if not p.message.startswith("required, but")]


def new_listing(
    site_dir: Path,
    type_id: str,
    name: str,
    vocabularies: dict[str, list[str]] | None = None,
    values: dict[str, Any] | None = None,
    vocab: Vocabularies | None = None,
) -> Path:
    """Write listings/<folder>/<slug>.yaml, never overwriting, and only if what it was given would pass check."""
    listing_type = TYPES_BY_ID.get(type_id)
    if listing_type is None:
        raise UsageError(f"unknown listing type '{type_id}'; types are: {', '.join(TYPES_BY_ID)}")
    text = scaffold_text(listing_type, name, vocabularies, values)
    refused = answer_problems(listing_type, text, vocab)
    if refused:
        raise UsageError("nothing was written: " + "; ".join(f"{p.field or 'the listing'}: {p.message}" for p in refused))
    return write_listing_file(site_dir, listing_type, name, text)


def write_listing_file(site_dir: Path, listing_type: ListingType, name: str, text: str) -> Path:
    """A new listing's file, named after it (listings/<folder>/<slug>.yaml), never written over another."""
    slug = slug_for(name)
    if not slug:
        raise UsageError(f"cannot make a file name from '{name}'; give a name with letters or digits")
    path = site_dir / LISTINGS_DIR / listing_type.folder / f"{slug}.yaml"
    if path.exists():
        raise UsageError(f"{path} already exists; edit it (is it listed already?), or choose another name")
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("x", encoding="utf-8") as handle:
        handle.write(text)
    return path
