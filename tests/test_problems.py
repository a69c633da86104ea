"""Each kind of bad input gives exact, located problems that say what to write, and never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import BUILD_DATE
from peerdir.load import load_site
from peerdir.problems import ContentError
from peerdir.schema import Group

VALID_GROUP = """\
name: Test Group
summary: A test group.
cost: free
peer_led: yes
last_verified: 2026-01-01
format: online
service_area: [online]
"""


def problems(site: Path) -> list[str]:
    with pytest.raises(ContentError) as caught:
        load_site(site, BUILD_DATE)
    return [p.as_text() for p in caught.value.problems]


def write(site: Path, rel: str, text: str | bytes) -> None:
    path = site / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))


def test_valid_golden_site_has_no_problems(golden_site: Path) -> None:
    site = load_site(golden_site, BUILD_DATE)
    assert len(site.listings) == 5


def test_malformed_yaml(golden_site: Path) -> None:
    write(golden_site, "listings/groups/bad.yaml", "name: Test: Group\n")
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:1:11: YAML syntax: mapping values are not allowed in this context; "
        "if a value contains ': ', put the whole value in quotes"
    ]


def test_duplicate_keys(golden_site: Path) -> None:
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + "summary: Another.\n")
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:8:1: 'summary' appears twice in this block (first on line 2); keep only one"
    ]


def test_unknown_field_suggests_the_right_one(golden_site: Path) -> None:
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + "webiste: https://example.org/\nfoo: 1\n")
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:8:1: unknown field 'webiste' — did you mean 'website'?",
        "listings/groups/bad.yaml:9:1: unknown field 'foo'; fields here are: name, summary, description, organization, "
        "website, email, phones, languages, service_area, cost, cost_note, audiences, topics, peer_led, accessibility, "
        "how_to_join, status, last_verified, format, location, meetings, group_size, facilitation",
    ]


def test_wrong_types(golden_site: Path) -> None:
    text = VALID_GROUP.replace("peer_led: yes", "peer_led: maybe").replace("service_area: [online]", "service_area: online")
    write(golden_site, "listings/groups/bad.yaml", text + "phones: {number: 1}\n")
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:4:1: peer_led: 'maybe' should be yes or no",
        "listings/groups/bad.yaml:7:1: service_area: should be a list, not text: put each item on its own line "
        "starting with '- ', or write [a, b]",
        "listings/groups/bad.yaml:8:1: phones: should be a list, not a block of fields: put each item on its own line "
        "starting with '- ', or write [a, b]",
    ]


def test_bad_dates(golden_site: Path) -> None:
    write(golden_site, "listings/groups/a.yaml", VALID_GROUP.replace("2026-01-01", "last tuesday"))
    write(golden_site, "listings/groups/b.yaml", VALID_GROUP.replace("2026-01-01", "2026-02-30"))
    write(golden_site, "listings/groups/c.yaml", VALID_GROUP.replace("2026-01-01", "2027-01-01"))
    assert problems(golden_site) == [
        "listings/groups/a.yaml:5:1: last_verified: 'last tuesday' is not a date; write it as YYYY-MM-DD, like 2026-03-14",
        "listings/groups/b.yaml:5:16: '2026-02-30' is not a real date; write it as YYYY-MM-DD",
        "listings/groups/c.yaml:5:1: last_verified: 2027-01-01 is in the future; write the date you checked",
    ]


def test_bad_urls_and_emails(golden_site: Path) -> None:
    write(
        golden_site,
        "listings/groups/bad.yaml",
        VALID_GROUP + "website: javascript:alert(1)\nemail: mailto:someone@example.org\n",
    )
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:8:1: website: 'javascript:alert(1)' is not a web address; "
        "write the full address, starting with https://",
        "listings/groups/bad.yaml:9:1: email: write only the address, without 'mailto:': someone@example.org",
    ]


def test_empty_and_missing_required_fields(golden_site: Path) -> None:
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP.replace("A test group.", "''").replace("cost: free\n", ""))
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:1:1: cost: required, but is missing: free, donation (pay what you can) or paid.",
        "listings/groups/bad.yaml:2:1: summary: required, but is empty: One plain sentence saying what it offers; "
        "shown in lists.",
    ]


def test_two_listings_with_the_same_slug(golden_site: Path) -> None:
    write(golden_site, "listings/helplines/old-town-anxiety-group.yaml", (golden_site / "listings/helplines/fenwick-warmline.yaml").read_text())
    assert problems(golden_site) == [
        "listings/helplines/old-town-anxiety-group.yaml:1:1: another listing already uses the name "
        "'old-town-anxiety-group' (listings/groups/old-town-anxiety-group.yaml); rename one of the files"
    ]


def test_file_not_utf8(golden_site: Path) -> None:
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP.encode() + b"organization: Caf\xe9 Group\n")
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:8:18: this file is not UTF-8 text; save it as UTF-8 (in most editors: Save As, Encoding: UTF-8)"
    ]


def test_enormous_file(golden_site: Path) -> None:
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + "description: " + "x" * 70000 + "\n")
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:1:1: this file is 70,143 bytes; files here may be at most 65,536 bytes. "
        "Shorten it, or split it into several files"
    ]


def test_alias_bomb(golden_site: Path) -> None:
    bomb = 'a: &a ["x","x"]\nb: &b [*a,*a]\nc: &c [*b,*b]\nd: &d [*c,*c]\n'
    write(golden_site, "listings/groups/bad.yaml", bomb)
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:1:4: anchors and aliases (& and *) are not allowed here; write each value out in full"
    ]


def test_deep_nesting_does_not_crash(golden_site: Path) -> None:
    write(golden_site, "listings/groups/bad.yaml", "[" * 30000 + "]" * 30000)
    assert problems(golden_site) == ["listings/groups/bad.yaml:1:25: nested more than 24 levels deep; simplify it"]


def test_python_tags_are_refused(golden_site: Path) -> None:
    write(golden_site, "listings/groups/bad.yaml", "name: !!python/object/apply:os.system ['true']\n")
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:1:7: the tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed; remove it"
    ]


def test_merge_keys_are_plain_unknown_fields(golden_site: Path) -> None:
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + "<<: {a: 1}\n=: x\n")
    assert [p.split(": ", 1)[1] for p in problems(golden_site)] == [
        "unknown field '<<'; fields here are: " + ", ".join(Group.model_fields),
        "unknown field '='; fields here are: " + ", ".join(Group.model_fields),
    ]


def test_vocabulary_typos(golden_site: Path) -> None:
    text = VALID_GROUP.replace("service_area: [online]", "service_area: [old town, Riversid]")
    write(golden_site, "listings/groups/bad.yaml", text + "topics: [Anxeity]\nlanguages: [fr]\naudiences: [Carers]\n")
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:7:26: service_area[1]: 'Riversid' is not a region — did you mean 'riverside'? "
        "Regions are: old-town, riverside, national, online",
        "listings/groups/bad.yaml:8:10: topics[0]: 'Anxeity' is not a topic — did you mean 'anxiety'? Topics are: anxiety, grief",
        "listings/groups/bad.yaml:9:13: languages[0]: 'fr' is not a language. Languages are: en-GB, cy",
    ]


def test_schedule_problems(golden_site: Path) -> None:
    text = VALID_GROUP.replace("format: online", "format: in person").replace("service_area: [online]\n", "")
    text += 'meetings:\n  - weekday: funday\n    start: 7pm\n    end: "19:00"\n    timezone: Mars/Olympus\n'
    text += '  - weekday: monday\n    start: "19:00"\n    end: "18:00"\n'
    write(golden_site, "listings/groups/bad.yaml", text)
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:8:5: meetings[0].weekday: 'funday' is not a day of the week; write one of: monday, "
        "tuesday, wednesday, thursday, friday, saturday, sunday",
        "listings/groups/bad.yaml:9:5: meetings[0].start: '7pm' is not a time; write it in 24-hour form in quotes, "
        'like "19:00" or "09:30"',
        "listings/groups/bad.yaml:11:5: meetings[0].timezone: 'Mars/Olympus' is not a time zone; write a name such as "
        "America/New_York or Europe/London",
        "listings/groups/bad.yaml:14:5: meetings[1].end: the end time must be after the start time",
    ]


def test_unquoted_times_are_read_as_times_not_numbers(golden_site: Path) -> None:
    text = VALID_GROUP + "meetings:\n  - weekday: monday\n    start: 19:00\n    end: 20:30\n"
    write(golden_site, "listings/groups/ok.yaml", text)
    site = load_site(golden_site, BUILD_DATE)
    listing = next(item for item in site.listings if item.slug == "ok")
    assert listing.meetings == ("Every Monday, 19:00–20:30",)


def test_in_person_group_needs_a_location(golden_site: Path) -> None:
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP.replace("format: online", "format: in-person"))
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:1:1: location: a group that meets in-person needs a location: venue, address and region"
    ]


def test_phone_numbers_must_be_dialable(golden_site: Path) -> None:
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + "phones:\n  - number: call us\n    kind: pager\n")
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:9:5: phones[0].number: 'call us' is not a phone number we can dial from GB; write it as "
        "you would dial it, like 555-0100, with the country code, like +44 1632 960000, or a short code the region dials, "
        "like 988 or 211",
        "listings/groups/bad.yaml:10:5: phones[0].kind: 'pager' is not allowed here. Write one of: voice, text, whatsapp",
    ]


def test_files_in_the_wrong_place_and_bad_names(golden_site: Path) -> None:
    write(golden_site, "listings/meetups/x.yaml", VALID_GROUP)
    write(golden_site, "listings/groups/My Group.yaml", VALID_GROUP)
    write(golden_site, "listings/groups/empty.yaml", "")
    assert problems(golden_site) == [
        "listings/groups/My Group.yaml:1:1: file names become web addresses; rename it to my-group.yaml",
        "listings/groups/empty.yaml:1:1: this should hold fields, one per line like 'name: ...', but holds nothing",
        "listings/meetups/x.yaml:1:1: listing files belong directly in one of listings/groups/, listings/helplines/, "
        "listings/forums/, listings/respite/; move it",
    ]


def test_guide_problems(golden_site: Path) -> None:
    write(golden_site, "content/no-front.md", "# Just text\n")
    write(golden_site, "content/bad-link.md", "---\ntitle: T\nsummary: S\ntopics: [anxity]\n---\nSee [x](missing.md) and\n[y](../listings/groups/nope.yaml).\n")
    assert problems(golden_site) == [
        "content/bad-link.md:4:10: topics[0]: 'anxity' is not a topic — did you mean 'anxiety'? Topics are: anxiety, grief",
        "content/no-front.md:1:1: a guide starts with front matter: a line '---', then title: and summary:, then '---'",
    ]
    write(golden_site, "content/bad-link.md", "---\ntitle: T\nsummary: S\n---\nSee [x](missing.md) and\n[y](../listings/groups/nope.yaml).\n")
    (golden_site / "content/no-front.md").unlink()
    assert problems(golden_site) == [
        "content/bad-link.md:5:9: the link 'missing.md' points to no guide or listing; link to a file such as "
        "other-guide.md or ../listings/groups/name.yaml",
        "content/bad-link.md:6:5: the link '../listings/groups/nope.yaml' points to no guide or listing; link to a file "
        "such as other-guide.md or ../listings/groups/name.yaml",
    ]


def test_site_yaml_problems(golden_site: Path) -> None:
    config = golden_site / "site.yaml"
    text = config.read_text().replace("clock: 24h", "clock: 25h").replace("title:", "titel:")
    config.write_text(text + "featured_guides: [nope]\n")
    found = problems(golden_site)
    assert found == [
        "site.yaml:1:1: unknown field 'titel' — did you mean 'title'?",
        "site.yaml:1:1: title: required, but is missing: The directory's name, shown on every page.",
        "site.yaml:7:1: clock: '25h' is not allowed here — did you mean '24h'? Write one of: 12h, 24h",
    ]


def test_string_overrides_are_checked(golden_site: Path) -> None:
    config = golden_site / "site.yaml"
    config.write_text(config.read_text() + "  footer_privcy: x\n  listing_count_one: '{count} listing'\n")
    assert problems(golden_site) == [
        "site.yaml:39:3: strings.footer_privcy: unknown string 'footer_privcy' — did you mean 'footer_privacy'?",
        "site.yaml:40:3: strings.listing_count_one: '{count}' cannot be filled in here; placeholders allowed: {n}",
    ]


def test_missing_site_yaml(tmp_path: Path) -> None:
    assert problems(tmp_path) == [f"site.yaml:1:1: no site.yaml in {tmp_path}; is this the directory's folder?"]


def test_every_problem_in_every_file_is_reported_at_once(golden_site: Path) -> None:
    write(golden_site, "listings/groups/a.yaml", VALID_GROUP.replace("cost: free", "cost: freee"))
    write(golden_site, "listings/forums/b.yaml", "name: [\n")
    write(golden_site, "content/c.md", "---\ntitle: T\n---\n")
    assert [p.split(":")[0] for p in problems(golden_site)] == [
        "content/c.md",
        "listings/forums/b.yaml",
        "listings/groups/a.yaml",
    ]
