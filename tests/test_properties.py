"""Property-based: whatever a contributor puts in a listing file, peerdir builds the site or returns a clean
list of problems, never an exception, and a failed build leaves the previous site exactly as it was."""

from __future__ import annotations

import os
import shutil
from datetime import date

import yaml
from conftest import BUILD_DATE, GOLDEN, files_under
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from peerdir.build import BuildOptions, build
from peerdir.problems import ContentError

# CI tries each property on three times as many examples as a run on a developer's machine, where the fast path
# (pytest -m "not browser") should stay quick; every example here loads, and often builds, a whole site.
SCALE = 3 if os.environ.get("CI") else 1

VALID = yaml.safe_load((GOLDEN / "site/listings/groups/old-town-anxiety-group.yaml").read_text())
FIELDS = list(VALID) + ["webiste", "type", "meetings", "hours", "location", "phones"]

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-10**12, 10**12), st.floats(allow_nan=False), st.text(max_size=40),
    st.dates(date(1900, 1, 1), date(2100, 1, 1)), st.sampled_from(["19:00", "yes", "no", "on", "~", "", "anxiety", "Old Town"]),
)
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4), max_leaves=12)
documents = st.one_of(
    values.map(lambda v: yaml.safe_dump(v, allow_unicode=True)),                               # any YAML value
    st.dictionaries(st.sampled_from(FIELDS), values, max_size=8).map(lambda d: yaml.safe_dump({**VALID, **d}, allow_unicode=True)),
    st.text(max_size=300),                                                                      # any text at all
    st.binary(max_size=200),                                                                    # any bytes
)


@settings(max_examples=25 * SCALE, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(document=documents)
def test_any_listing_file_gives_a_model_or_clean_problems(document, tmp_path_factory) -> None:
    """What check does with any file: the site model, or problems that each name a file, a line and what to do."""
    from peerdir.sources.load import load_site

    site = tmp_path_factory.mktemp("prop") / "site"
    shutil.copytree(GOLDEN / "site", site)
    (site / "listings/groups/old-town-anxiety-group.yaml").write_bytes(document if isinstance(document, bytes) else document.encode("utf-8"))
    try:
        load_site(site, BUILD_DATE)
    except ContentError as exc:
        assert exc.problems and all(p.path and p.line >= 1 and p.column >= 1 and p.message and "\n" not in p.as_text()
                                    for p in exc.problems)


@settings(max_examples=4 * SCALE, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(document=documents)
def test_a_failed_build_leaves_the_previous_site_exactly_as_it_was(document, tmp_path_factory) -> None:
    work = tmp_path_factory.mktemp("prop")
    site, out = work / "site", work / "out"
    shutil.copytree(GOLDEN / "site", site)
    build(site, BuildOptions(out_dir=out, today=BUILD_DATE))
    before = files_under(out)
    target = site / "listings/groups/old-town-anxiety-group.yaml"
    target.write_bytes(document if isinstance(document, bytes) else document.encode("utf-8"))
    try:
        build(site, BuildOptions(out_dir=out, today=BUILD_DATE))
    except ContentError as exc:
        assert exc.problems
        assert files_under(out) == before
        assert sorted(p.name for p in work.iterdir()) == ["out", "site"]


# What check accepts, build builds: values shaped like real and hostile data in the fields that once passed check
# and then crashed the build (a line break in a name, 'America' as a time zone, a 300-character zone).
any_text = st.text(st.characters(codec="utf-8"), max_size=60)
zones = st.sampled_from(["Europe/London", "America", "America/New_York", "Etc/GMT+14", "UTC", "x" * 300, "Europe/", "../etc"]) | any_text
numbers = st.sampled_from(["988", "116 123", "111", "01632 960001", "+44 1632 960001", "0", "call us", "*#06#",
                           "Text HOME to 116 123"]) | any_text
listing_changes = st.fixed_dictionaries({}, optional={
    "name": any_text, "summary": any_text, "organization": any_text, "cost_note": any_text,
    "description": any_text.map(lambda t: t + "\n\n[x](https://example.org/)"),
    "phones": st.lists(st.fixed_dictionaries({"number": numbers}, optional={"kind": st.sampled_from(["voice", "text", "whatsapp"]),
                                                                          "label": any_text,
                                                                          "text_message": any_text}), max_size=2),
    "meetings": st.lists(st.fixed_dictionaries({"weekday": st.sampled_from(["monday", "fri"]), "start": st.sampled_from(["19:00", "23:50", "7pm", "12 am"])},
                                               optional={"end": st.sampled_from(["20:00", "19:00", "8.30 p.m."]), "duration": st.integers(0, 2000),
                                                         "timezone": zones, "note": any_text}), max_size=2),
    "cost": st.sampled_from(["Free", "No cost", "$0", "$5 a session", "Pay what you can"]) | any_text,
    "languages": st.lists(st.sampled_from(["en", "English", "en-US", "cy_GB", "Cymraeg", "fr"]) | any_text, max_size=3),
    "topics": st.lists(st.sampled_from(["grief", "Grief", "anxiety", "ANXIETY"]) | any_text, max_size=3),
    "location": st.fixed_dictionaries({"region": st.just("old-town")}, optional={
        "venue": any_text, "address": st.fixed_dictionaries({}, optional={"city": any_text, "postal_code": any_text, "address_1": any_text})}),
})
config_changes = st.fixed_dictionaries({}, optional={
    "title": any_text, "purpose": any_text, "timezone": zones, "phone_region": st.sampled_from(["GB", "US", "IE", "XX"]),
    "crisis": st.lists(st.fixed_dictionaries({"area": any_text, "name": any_text, "call": numbers}), min_size=1, max_size=2),
})


def _checked_then_built(site, tmp_path_factory) -> None:
    from peerdir.sources.load import load_site

    try:
        load_site(site, BUILD_DATE)  # peerdir check
    except ContentError as exc:
        assert exc.problems and all(p.line >= 1 and "\n" not in p.as_text() for p in exc.problems)
        return
    build(site, BuildOptions(out_dir=tmp_path_factory.mktemp("built"), today=BUILD_DATE))  # must not raise


@settings(max_examples=20 * SCALE, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(changes=listing_changes)
@example(changes={"location": {"region": "old-town", "address": {"postal_code": "FW1 1AA"}}})  # once crashed the search index
def test_a_listing_check_accepts_builds(changes, tmp_path_factory) -> None:
    site = tmp_path_factory.mktemp("listing") / "site"
    shutil.copytree(GOLDEN / "site", site)
    (site / "listings/groups/old-town-anxiety-group.yaml").write_text(yaml.safe_dump({**VALID, **changes}, allow_unicode=True))
    _checked_then_built(site, tmp_path_factory)


@settings(max_examples=12 * SCALE, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(changes=config_changes)
def test_a_site_yaml_check_accepts_builds(changes, tmp_path_factory) -> None:
    site = tmp_path_factory.mktemp("config") / "site"
    shutil.copytree(GOLDEN / "site", site)
    config = yaml.safe_load((site / "site.yaml").read_text())
    (site / "site.yaml").write_text(yaml.safe_dump({**config, **changes}, allow_unicode=True))
    _checked_then_built(site, tmp_path_factory)


@settings(max_examples=40 * SCALE, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(changes=listing_changes | st.dictionaries(st.sampled_from(FIELDS), values, max_size=4))
@example(changes={"organization": "", "meetings": None, "location": {"region": "old-town", "venue": "N/A", "address": {}}})
def test_the_editor_schema_takes_what_check_accepts(changes, tmp_path_factory) -> None:
    """An editor marks nothing check accepts (it had marked a field left empty, as the scaffold leaves them, and the
    words check reads): but a field no listing has, which check lets by only when left empty."""
    import json

    import jsonschema

    from peerdir.outputs.schemas import schema_files
    from peerdir.sources.load import load_site
    from peerdir.sources.schema import Group

    site = tmp_path_factory.mktemp("editor") / "site"
    shutil.copytree(GOLDEN / "site", site)
    text = yaml.safe_dump({**VALID, **changes}, allow_unicode=True)
    (site / "listings/groups/old-town-anxiety-group.yaml").write_text(text)
    try:
        config = load_site(site, BUILD_DATE).config
    except ContentError:
        return
    validator = jsonschema.Draft202012Validator(json.loads(schema_files(config)["schemas/group.schema.json"]))
    written = json.loads(json.dumps(yaml.safe_load(text), default=str))  # dates as an editor reads them, as text
    fields = {key: value for key, value in written.items() if key in Group.model_fields}
    assert [error.message for error in validator.iter_errors(fields)] == []


MARKS = "*_`\\[]()<>&!#-+.'\"\t\r\n :;/=@1aZ"


@settings(max_examples=300 * SCALE, deadline=None)
@given(text=st.lists(st.sampled_from(list(MARKS) + ["  \n", "\t\n", "--", "...", "\n\n", "- ", "1. ", "> ", "    ", "](", "]: ",
                                                   "https://example.org", "&amp;", "**", "'s"]), max_size=40).map("".join))
def test_a_description_converts_with_only_the_patterns_it_needs_as_with_all(text) -> None:
    """markup.description_html drops the inline patterns whose marks a text lacks: never a different result."""
    import markdown

    from peerdir.model.markup import DESCRIPTION_TAGS, clean, description_html

    full = markdown.Markdown(extensions=["sane_lists", "smarty"], output_format="html")
    assert description_html(text) == clean(full.convert(text), DESCRIPTION_TAGS)


@settings(max_examples=200 * SCALE, deadline=None)
@given(value=values)
def test_the_reader_reads_what_pyyaml_reads_with_the_same_resolvers(value) -> None:
    """yamlfile builds the data from libyaml's events itself, and resolves plain scalars by its own table of
    PyYAML's resolvers (the reader's hot path): for any document without what it refuses (aliases, duplicate keys),
    the data is PyYAML's own, with the same resolvers, scalar for scalar and type for type."""
    from peerdir.sources import yamlfile

    text = yaml.safe_dump(value, allow_unicode=True)
    ours, theirs = yamlfile.load_text(text, "x.yaml").data, yaml.load(text, Loader=yamlfile._Loader)  # noqa: S506 (a safe loader)

    def typed(data):
        if isinstance(data, dict):
            return {typed(key): typed(item) for key, item in data.items()}
        if isinstance(data, list):
            return [typed(item) for item in data]
        return (type(data).__name__, data)

    assert typed(ours) == typed(theirs)


words = st.one_of(st.text(max_size=40), st.text(alphabet="0123456789 :.-–apmAPM,;/&toandMonTueFriSat1st3rdlastEvery\n", max_size=40))


@settings(max_examples=300 * SCALE, deadline=None)
@given(written=words, field=st.sampled_from(["start", "weekday", "weeks", "duration", "meetings", "hours", "days", "opens",
                                             "address", "number", "email", "languages"]))
def test_what_directories_write_is_read_or_refused_never_an_exception(written, field) -> None:
    """The readings of what directories publish (spans of times and days, days with weeks, lengths, hours and
    meetings as text, phone numbers with notes, addresses on one line) take any text: a value, or a refusal."""
    from pydantic import ValidationError

    from peerdir.sources.blocks import Address, Hours, Meeting, OpeningPeriod, Phone
    from peerdir.sources.load import load_settings
    from peerdir.sources.schema import Group
    from peerdir.sources.validation import Vocabularies

    vocab = Vocabularies.from_config(load_settings(GOLDEN / "site")[0])
    meeting = {"weekday": "monday", "start": "19:00"}
    model, data = {
        "start": (Meeting, {**meeting, "start": written}), "weekday": (Meeting, {**meeting, "weekday": written}),
        "weeks": (Meeting, {**meeting, "weeks": written}), "duration": (Meeting, {**meeting, "duration": written}),
        "meetings": (Group, {**VALID, "meetings": written}), "hours": (Hours, written),
        "days": (OpeningPeriod, {"days": written, "opens": "09:00", "closes": "17:00"}),
        "opens": (OpeningPeriod, {"days": ["monday"], "opens": written}), "address": (Address, written),
        "number": (Phone, {"number": written}), "email": (Group, {**VALID, "email": written}),
        "languages": (Group, {**VALID, "languages": written}),
    }[field]
    try:
        model.model_validate(data, context=vocab)
    except ValidationError as exc:
        assert all(error["msg"] for error in exc.errors())
