"""Each kind of bad input gives exact, located problems that say what to write, and never a traceback."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml
from conftest import BUILD_DATE

from peerdir.build import BuildOptions, build
from peerdir.problems import ContentError
from peerdir.sources.fieldtypes import WEEKDAYS
from peerdir.sources.load import load_site
from peerdir.sources.schema import Group
from peerdir.sources.validation import latest_date_on_earth

VALID_GROUP = """\
name: Test Group
summary: A test group.
cost: free
peer_led: yes
last_verified: 2026-01-01
format: online
service_area: [online]
"""
VALID_LINE = VALID_GROUP.replace("format: online\n", "kind: warmline\n")  # a warmline needs phones or hours too


def problems(site: Path) -> list[str]:
    with pytest.raises(ContentError) as caught:
        load_site(site, BUILD_DATE)
    return [p.as_text() for p in caught.value.problems]


def listed(site: Path, *slugs: str) -> list:
    """The listings of these slugs, from the site loaded once (as on BUILD_DATE)."""
    by_slug = {item.slug: item for item in load_site(site, BUILD_DATE).listings}
    return [by_slug[slug] for slug in slugs]


def hours_read(site: Path, *written: str) -> list[tuple[list, str | None]]:
    """Each of these hours (YAML, quoted as needed), in a helpline of its own, as read: its weekly periods, each
    (days, opens, closes), and its note."""
    for index, hours in enumerate(written):
        write(site, f"listings/helplines/hours-{index}.yaml", VALID_LINE + f"phones: 01632 960111\nhours: {hours}\n")
    read = listed(site, *(f"hours-{index}" for index in range(len(written))))
    return [([(p.days, p.opens, p.closes) for p in item.data.hours.weekly], item.data.hours.note) for item in read]


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
        "if a value contains ': ', put the whole value in quotes (or, for text of several lines, write the field as "
        "'description: |' with the lines below it, indented)"
    ]


def test_an_apostrophe_in_single_quotes_and_a_tab_are_told_what_to_write(golden_site: Path) -> None:
    """'It's a group' in single quotes had been told to check the indentation, which was not the problem."""
    write(golden_site, "listings/groups/quote.yaml", "name: Quote Group\nsummary: 'It's a group'\n")
    write(golden_site, "listings/groups/tab.yaml", "name: Tab Group\nsummary: A group.\n\tcost: free\n")
    assert problems(golden_site) == [
        "listings/groups/quote.yaml:2:14: YAML syntax: a ' inside a value in single quotes ends the value there; write "
        "it twice ('It''s'), or put the value in double quotes (\"It's\")",
        "listings/groups/tab.yaml:3:1: YAML syntax: found a tab character that violates indentation; indent with "
        "spaces, not tabs",
    ]


def test_a_field_without_a_space_after_its_colon_is_told_at_its_own_line(golden_site: Path) -> None:
    """'name:Tuesday Group' is one piece of text to YAML, which stumbles on the next line: that line had been told
    'mapping values are not allowed', with nothing wrong in it."""
    write(golden_site, "listings/groups/first.yaml", "name:Tuesday Group\nsummary: A group.\ncost: free\n")
    write(golden_site, "listings/groups/last.yaml", "name: Tuesday Group\nsummary: A group.\nstatus:active\n")
    assert problems(golden_site) == [
        "listings/groups/first.yaml:1:5: YAML syntax: a field needs a space after its colon: write 'name: Tuesday Group'",
        "listings/groups/last.yaml:3:7: YAML syntax: a field needs a space after its colon: write 'status: active'",
    ]


def test_an_unclosed_quote_a_field_indented_too_far_and_a_value_starting_with_a_dash_are_told_what_to_write(golden_site: Path) -> None:
    """An unclosed quote had been told at the file's end; ' summary:' one space in, that a value holds ': '; and
    'name: - Grief', YAML's words alone."""
    write(golden_site, "listings/groups/quote.yaml", 'name: "Grief Circle\nsummary: A group.\ncost: free\n')
    write(golden_site, "listings/groups/indent.yaml", "name: Grief Circle\n summary: A group.\ncost: free\n")
    write(golden_site, "listings/groups/dash.yaml", "name: - Grief\nsummary: A group.\n")
    assert problems(golden_site) == [
        "listings/groups/dash.yaml:1:7: YAML syntax: block sequence entries are not allowed in this context; if the "
        "value starts with '- ', put the whole value in quotes; a list's entries go on the lines below its field, each "
        "starting with '- '",
        "listings/groups/indent.yaml:2:1: YAML syntax: 'summary:' is indented under the line above, whose value is "
        "given already; start it in the same column as 'name:'",
        "listings/groups/quote.yaml:1:7: YAML syntax: found unexpected end of stream; the quote that opens here is not "
        "closed; end the value with the same quote mark",
    ]


def test_a_line_of_a_description_read_as_a_field_is_told_how_to_go_on_with_the_text(golden_site: Path) -> None:
    """'Please note: bring a cup' on the line after a description is a field of its own to YAML; it had been told
    only the fields a group has. After a one-line field or a web address, it is an unknown field as before."""
    write(golden_site, "listings/groups/text.yaml", VALID_GROUP + "description: We meet weekly.\nPlease note: bring a cup.\n")
    write(golden_site, "listings/groups/line.yaml", VALID_GROUP.replace("summary: A test group.\n", "summary: A test group.\nNote: x\n"))
    told = problems(golden_site)
    assert told[1] == ("listings/groups/text.yaml:9:1: unknown field 'Please note'; if this line goes on with the description "
                       "above it, write 'description: |' and its lines below it, each indented by two spaces; if it is a "
                       "field, fields here are: " + ", ".join(Group.model_fields))
    assert told[0] == "listings/groups/line.yaml:3:1: unknown field 'Note'; fields here are: " + ", ".join(Group.model_fields)


def test_an_entry_indented_under_the_one_before_is_told_to_line_up(golden_site: Path) -> None:
    """'- grief' then '  - loss', as a list is mistyped: YAML folds the second into the first's text ('grief - loss'),
    which had been told to write grief alone and '- loss' in the description. Where such text is refused, it is
    told at the folded '- ' how to write a list's entry or a list inside text; where it is read (text a tool wrapped
    at ' - ', as PyYAML does long lines), it is the text YAML says."""
    told = ("YAML reads this '- ' as more of the text on the line above, since it is indented under it: for another "
            "entry of a list, line its '- ' up with the one above; for a list inside a text, write | after the field's "
            "colon and the text on the lines below it")
    write(golden_site, "listings/groups/topics.yaml", VALID_GROUP + "topics:\n- grief\n  - loss\n")
    write(golden_site, "listings/groups/meetings.yaml", VALID_GROUP + "meetings:\n  - Tuesdays 7pm\n   - Thursdays 7pm\n")
    assert problems(golden_site) == [f"listings/groups/meetings.yaml:10:4: meetings[0]: {told}",
                                     f"listings/groups/topics.yaml:10:3: topics[0]: {told}"]
    (golden_site / "listings/groups/topics.yaml").unlink()
    (golden_site / "listings/groups/meetings.yaml").unlink()
    summary = "A group for parents - and for carers - who meet to talk"
    wrapped = yaml.safe_dump({"summary": summary}, width=20)
    assert "\n  - " in wrapped  # as a tool wraps it
    write(golden_site, "listings/groups/folded.yaml", VALID_GROUP.replace("summary: A test group.\n", wrapped))
    assert listed(golden_site, "folded")[0].data.summary == summary


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
        "website, email, phones, languages, written_in, service_area, cost, cost_note, audiences, topics, peer_led, accessibility, "
        "how_to_join, status, last_verified, translations, format, location, meetings, group_size, facilitation",
    ]


def test_wrong_types(golden_site: Path) -> None:
    text = VALID_GROUP.replace("peer_led: yes", "peer_led: maybe")
    write(golden_site, "listings/groups/bad.yaml", text + "phones: {number: 1}\nmeetings:\n  - weekday: monday\n"
          "    start: '19:00'\n    weeks: {2: yes}\n")
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:4:1: peer_led: 'maybe' should be yes or no",
        # one phone's fields without '- ': that phone, whose number is then checked (it had been "should be a list")
        "listings/groups/bad.yaml:8:10: phones[0].number: '1' is not a phone number we can dial from GB; write it as you "
        "would dial it, like 01632 960000, with the country code, like +44 1632 960000, or a short code the region "
        "dials, like 988 or 211",
        "listings/groups/bad.yaml:12:5: meetings[0].weeks: should be a list, not a block of fields: put each item on its "
        "own line starting with '- ', or write [a, b]",
    ]
    # yes or no with words after it: the answer, and where the words go
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP.replace("peer_led: yes", "peer_led: 'Yes, all volunteers'"))
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:4:1: peer_led: 'Yes, all volunteers' should be yes or no: write yes, and say 'all "
        "volunteers' in the description"]


def test_weeks_and_phones_written_without_a_list(golden_site: Path) -> None:
    """`weeks: 2nd and 4th` and `phones: 01632 960111`, as a directory writes them: the weeks, and a phone to call."""
    write(golden_site, "listings/groups/good.yaml", VALID_GROUP + "phones: 01632 960111\nmeetings:\n"
          "  - weekday: monday\n    start: '19:00'\n    weeks: 2nd and 4th\n  - weekday: friday\n    start: '19:00'\n"
          "    weeks: 1\n  - weekday: sunday\n    start: '19:00'\n    weeks: 1, 3\n")
    write(golden_site, "listings/groups/also.yaml", VALID_GROUP + "phones: ['01632 960111', {number: 116 123, kind: text}]\n")
    good, also = listed(golden_site, "good", "also")
    assert [m.weeks for m in good.data.meetings] == [[2, 4], [1], [1, 3]]  # '1, 3' had been "'1' is not allowed here — did you mean '1'?"
    assert [(p.number, p.kind) for p in good.data.phones] == [("01632 960111", "voice")]
    assert [(p.number, p.kind) for p in also.data.phones] == [("01632 960111", "voice"), ("116 123", "text")]
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + "phones: [call us]\n")
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:8:10: phones[0].number: 'call us' is not a phone number; if there is none, leave the number out"
    ]


def test_bad_dates(golden_site: Path) -> None:
    future = latest_date_on_earth() + timedelta(days=1)
    write(golden_site, "listings/groups/a.yaml", VALID_GROUP.replace("2026-01-01", "last tuesday"))
    write(golden_site, "listings/groups/b.yaml", VALID_GROUP.replace("2026-01-01", "2026-02-30"))
    write(golden_site, "listings/groups/c.yaml", VALID_GROUP.replace("2026-01-01", future.isoformat()))
    assert problems(golden_site) == [
        "listings/groups/a.yaml:5:1: last_verified: 'last tuesday' is not a date; write it as YYYY-MM-DD, like 2026-03-14",
        "listings/groups/b.yaml:5:1: last_verified: '2026-02-30' is not a real date; check the day and the month, written YYYY-MM-DD",
        f"listings/groups/c.yaml:5:1: last_verified: {future} is in the future; write the date you checked",
    ]


def test_a_date_written_today_anywhere_on_earth_is_not_in_the_future(golden_site: Path, monkeypatch) -> None:
    """Kiritimati (UTC+14) writes today's date while CI, in UTC, is still on yesterday; and a reproducible build's
    old SOURCE_DATE_EPOCH dates the build, not the world: recent listings are not 'in the future' because of it."""
    kiritimati_today = datetime.now(ZoneInfo("Pacific/Kiritimati")).date()
    write(golden_site, "listings/groups/fresh.yaml", VALID_GROUP.replace("2026-01-01", kiritimati_today.isoformat()))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1577836800")  # 2020-01-01
    site = load_site(golden_site)
    assert site.today == date(2020, 1, 1), "the build date still decides staleness"
    assert next(i for i in site.listings if i.slug == "fresh").data.last_verified == kiritimati_today


def test_bad_urls_and_emails(golden_site: Path) -> None:
    write(
        golden_site,
        "listings/groups/bad.yaml",
        VALID_GROUP + "website: javascript:alert(1)\nemail: someone at example\n",
    )
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:8:1: website: 'javascript:alert(1)' is not a web address; "
        "write the full address, starting with https://",
        "listings/groups/bad.yaml:9:1: email: 'someone at example' is not an email address; write it like name@example.org",
    ]
    # a slip in the start of an address is told the address meant
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + "website: https:/example.org/group\n")
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:8:1: website: 'https:/example.org/group' is not a web address; did you mean "
        "https://example.org/group?"]
    # A name before the host (up to an @) hides where a link goes: this one opens example.com (it had been linked).
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + "website: http://helpline.example.org@example.com/join\n")
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:8:1: website: 'http://helpline.example.org@example.com/join' has a name before its "
        "site's address (up to the @), which hides where the link goes; write the address without it, "
        "http://example.com/join"]


@pytest.mark.parametrize(("written", "address"), [
    *((written, "someone@example.org") for written in (
        "mailto:someone@example.org", "'Email: someone@example.org'", "<someone@example.org>", "someone@example.org.",
        "someone [at] example [dot] org", "someone(at)example.org", "someone at example dot org",
        "Email us at someone@example.org", "'Contact: someone@example.org'",
        # a mail link's subject, and spaces around the @ (the first had been the address with '?subject=Group' in it)
        "mailto:someone@example.org?subject=Group", "someone @ example.org")),
    ("email@example.org", "email@example.org"), ("contact@example.org", "contact@example.org"),
])
def test_an_email_address_with_what_says_only_that_it_is_one_is_the_address(golden_site: Path, written: str, address: str) -> None:
    """Or spelt out against spam robots, as directories copy it (had been 'not an email address'); an address
    whose name is one of those words is that address."""
    write(golden_site, "listings/groups/ok.yaml", VALID_GROUP + f"email: {written}\n")
    assert listed(golden_site, "ok")[0].data.email == address


@pytest.mark.parametrize("written", ["<https://example.org/parents>", "'Website: https://example.org/parents'",
                                     "'URL:https://example.org/parents'"])
def test_a_web_address_with_what_says_only_that_it_is_one_is_the_address(golden_site: Path, written: str) -> None:
    """As directories publish them: in angle brackets, or after 'Website:' (both had been 'not a web address')."""
    write(golden_site, "listings/groups/ok.yaml", VALID_GROUP + f"website: {written}\n")
    assert listed(golden_site, "ok")[0].data.website == "https://example.org/parents"


@pytest.mark.parametrize(("written", "address"), [
    ("'Instagram: @examplegroup'", "https://www.instagram.com/examplegroup/"),
    ("'@example.group on Facebook'", "https://www.facebook.com/example.group"), ("'X: @example'", "https://x.com/example"),
    ("r/example", "https://www.reddit.com/r/example/"), ("'Reddit: r/example'", "https://www.reddit.com/r/example/"),
])
def test_a_social_profile_by_its_handle_and_platform_is_its_page(golden_site: Path, written: str, address: str) -> None:
    """As directories list social pages: the handle and the platform it is on say the page's address (they had been
    'not a web address'); a handle alone is told to name its platform."""
    write(golden_site, "listings/groups/ok.yaml", VALID_GROUP + f"website: {written}\n")
    assert listed(golden_site, "ok")[0].data.website == address
    write(golden_site, "listings/groups/ok.yaml", VALID_GROUP + "website: '@examplegroup'\n")
    assert problems(golden_site) == [
        "listings/groups/ok.yaml:8:1: website: '@examplegroup' is a handle, not a web address; write the page's address, "
        "or the platform with it, like 'Instagram: @examplegroup'"]


def test_a_web_address_without_its_start_is_the_address_over_https_and_one_with_a_space_is_told_what_to_write(
        golden_site: Path) -> None:
    """'www.example.org/parents', 'example.org': as directories publish most addresses (they had been refused,
    told to write https:// before them, which a browser given one tries first too)."""
    for written, read in (("www.example.org/parents?id=1", "https://www.example.org/parents?id=1"),
                          ("example.org", "https://example.org"), ("Website: peer-line.example.org", "https://peer-line.example.org"),
                          ("Facebook: facebook.com/example-group", "https://facebook.com/example-group"),
                          # without the parameters that only track who followed the link (the site promises none)
                          ("https://example.org/join?utm_source=211&id=4&fbclid=x1#how", "https://example.org/join?id=4#how"),
                          ("example.org/?utm_campaign=spring", "https://example.org/"),
                          # without the punctuation of the sentence it was copied from (it had been part of the link)
                          ("https://example.org/join).", "https://example.org/join"), ("(www.example.org/)", "https://www.example.org/"),
                          ("https://example.org/wiki/Peer_(support)", "https://example.org/wiki/Peer_(support)")):
        write(golden_site, "listings/groups/ok.yaml", VALID_GROUP + f"website: '{written}'\n")
        assert listed(golden_site, "ok")[0].data.website == read, written
    (golden_site / "listings/groups/ok.yaml").unlink()
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + "website: '1.5'\n")
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:8:1: website: '1.5' is not a web address; write the full address, starting with https://",
    ]
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + "website: https://example.org/our group\n")
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:8:1: website: 'https://example.org/our group' has a space in it, which a web address "
        "never has: give one address, and write %20 for a space inside it",
    ]
    # Words that are no address, or words beside one, are told so (both had been told of a space in an address).
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + "website: See website\n")
    write(golden_site, "listings/groups/worded.yaml", VALID_GROUP + "website: https://example.org/ (main site)\n")
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:8:1: website: 'See website' is not a web address; write the full address, starting with "
        "https://, or leave it out",
        "listings/groups/worded.yaml:8:1: website: 'https://example.org/ (main site)' holds words as well as the "
        "address; write only the address, https://example.org/"]
    (golden_site / "listings/groups/worded.yaml").unlink()
    # two addresses, as a directory copies a site and its Facebook page: told to give one, as for email addresses
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + "website: 'https://example.org, www.facebook.com/example'\n")
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:8:1: website: 'https://example.org, www.facebook.com/example' holds 2 web addresses; a "
        "listing gives one: write https://example.org, and say what the other is for in the description",
    ]


@pytest.mark.parametrize(("written", "exception"), [
    ("2026-10-1", "2026-10-8"), ("2026/10/01", "2026/10/08"), ("Oct 1, 2026", "Oct 8, 2026"),
    ("1 October 2026", "8 October 2026"), ("October 1 2026", "October 8 2026"),
    ("'2026-10-01T12:00:00Z'", "'2026-10-08 00:00:00'"),  # as a feed or a spreadsheet gives a day: with a time
    ("Oct. 1st, 2026", "8th October 2026"), ("'Thursday, October 1, 2026'", "Oct 8th 2026"),
    ("1st Oct 2026", "'Thursday, 8th October 2026'"),  # as a flyer writes one: ordinals, 'Oct.', its weekday
    ("'Last updated: Oct 1, 2026'", "'20261008'"),  # as a directory's page says it; ISO 8601's basic form
    ("Verified 2026-10-01", "As of 2026-10-08"),
])
def test_a_date_written_another_way_that_means_one_day_is_that_day(golden_site: Path, written: str, exception: str) -> None:
    """A date copied as a flyer or a spreadsheet writes it, where it can mean only one day (it had been refused,
    naming the day to write)."""
    write(golden_site, "listings/groups/ok.yaml", VALID_GROUP.replace("last_verified: 2026-01-01", f"last_verified: {written}")
          + f"meetings:\n  - weekday: thursday\n    start: 7pm\n    exceptions:\n      - date: {exception}\n        cancelled: yes\n")
    (listing,) = listed(golden_site, "ok")
    assert listing.data.last_verified == date(2026, 10, 1)
    assert [change.date for change in listing.data.meetings[0].exceptions] == [date(2026, 10, 8)]


@pytest.mark.parametrize(("written", "message"), [
    ("01/10/2026", "'01/10/2026' could be 1 October or 10 January; write it as YYYY-MM-DD: 2026-10-01 or 2026-01-10"),
    ("2026-02-30", "'2026-02-30' is not a real date; check the day and the month, written YYYY-MM-DD"),
    ("last week", "'last week' is not a date; write it as YYYY-MM-DD, like 2026-03-14"),
    ("October 2026", "'October 2026' gives the month but not the day; write the whole date, YYYY-MM-DD, like 2026-10-01 "
                     "for the first of the month"),
    ("Sept 2026", "'Sept 2026' gives the month but not the day; write the whole date, YYYY-MM-DD, like 2026-09-01 for "
                  "the first of the month"),
    # a year in two figures, as forms write it (it had been told it is no date)
    ("10/1/26", "'10/1/26' could be 10 January or 1 October; write it as YYYY-MM-DD: 2026-01-10 or 2026-10-01"),
])
def test_a_date_that_could_be_two_days_or_none_is_told_the_date_to_write(golden_site: Path, written: str, message: str) -> None:
    """Both dates where day and month could be either way round; '13/10/2026' can only be 13 October."""
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP.replace("last_verified: 2026-01-01", f"last_verified: {written}"))
    assert problems(golden_site) == [f"listings/groups/bad.yaml:5:1: last_verified: {message}"]
    for one in ("13/10/2026", "13/10/26"):
        write(golden_site, "listings/groups/bad.yaml", VALID_GROUP.replace("last_verified: 2026-01-01", f"last_verified: {one}"))
        assert listed(golden_site, "bad")[0].data.last_verified == date(2026, 10, 13)


def test_a_cost_is_read_as_directories_write_it_and_an_amount_is_paid_with_its_note(golden_site: Path) -> None:
    """'$5 a session' is paid, and the amount the cost's note; '$5 suggested donation' a donation, which nobody has
    to pay; 'Free (donations welcome)' free, with the words as the note. Where the note is given too, the amount
    is told where it goes."""
    for written, cost in (("Free", "free"), ("No cost", "free"), ("$0", "free"), ("0", "free"), ("Pay what you can", "donation"),
                          ("Suggested donation", "donation"), ("PAID", "paid"), ("No fee", "free"), ("Free!", "free"),
                          # what a free thing is said to be free to, which says no more (these had been refused)
                          ("No cost to participants", "free"), ("Free to all", "free"), ("Always free", "free"),
                          ("There is no charge", "free"), ("Free and confidential", "free")):
        write(golden_site, "listings/groups/ok.yaml", VALID_GROUP.replace("cost: free", f"cost: {written}"))
        assert listed(golden_site, "ok")[0].data.cost == cost, written
    for written, cost in (("$5 a session", "paid"), ("£3 per week", "paid"), ("$5 suggested donation", "donation")):
        write(golden_site, "listings/groups/ok.yaml", VALID_GROUP.replace("cost: free", f"cost: {written}"))
        data = listed(golden_site, "ok")[0].data
        assert (data.cost, data.cost_note) == (cost, written)
    write(golden_site, "listings/groups/ok.yaml", VALID_GROUP.replace("cost: free", "cost: $5 a session\ncost_note: Cash only"))
    assert problems(golden_site) == [
        "listings/groups/ok.yaml:3:1: cost: '$5 a session' is an amount: write cost: paid, and the amount in cost_note, "
        "like cost_note: $5 a session"
    ]
    # A cost with words after it is the cost, and the words its note, where no note is given.
    # ('Free, but donations welcome' without its 'but', which had begun the note).
    for written in ("Free (donations welcome)", "Free, donations welcome", "free - donations welcome", "'Free, but donations welcome'"):
        write(golden_site, "listings/groups/ok.yaml", VALID_GROUP.replace("cost: free", f"cost: {written}"))
        data = listed(golden_site, "ok")[0].data
        assert (data.cost, data.cost_note) == ("free", "Donations welcome"), written
    # An amount in the words after a named cost is the note's: 'Pay what you can (suggested $5)' and 'Free of charge
    # (refreshments £1)' had been paid, as an amount alone is.
    for written, cost, note in (("'Pay what you can (suggested $5)'", "donation", "Suggested $5"),
                                ("Free of charge (refreshments £1)", "free", "Refreshments £1"),
                                ("'$10 per session (sliding scale available)'", "paid", "$10 per session (sliding scale available)")):
        write(golden_site, "listings/groups/ok.yaml", VALID_GROUP.replace("cost: free", f"cost: {written}"))
        data = listed(golden_site, "ok")[0].data
        assert (data.cost, data.cost_note) == (cost, note), written
    # Words that name no cost are told to choose one and keep the words as the note, quoted as written (the
    # refusal had quoted 'free-(donations-welcome)', the text as the choice was looked up), or the cost meant.
    write(golden_site, "listings/groups/ok.yaml", VALID_GROUP.replace("cost: free", "cost: Low cost"))
    write(golden_site, "listings/groups/typo.yaml", VALID_GROUP.replace("cost: free", "cost: Fre"))
    write(golden_site, "listings/groups/noted.yaml", VALID_GROUP.replace("cost: free", "cost: Free (for members)\ncost_note: Cash"))
    write(golden_site, "listings/groups/format.yaml", VALID_GROUP.replace("format: online", "format: Face to face meeting"))
    assert problems(golden_site) == [
        "listings/groups/format.yaml:6:1: format: 'Face to face meeting' is not allowed here. Write one of: in-person, online, hybrid, phone",
        "listings/groups/noted.yaml:3:1: cost: 'Free (for members)' is not one of free, donation (pay what you can) or "
        "paid: write the one it is as cost:, and these words as cost_note: Free (for members)",
        "listings/groups/ok.yaml:3:1: cost: 'Low cost' is not one of free, donation (pay what you can) or paid: write the "
        "one it is as cost:, and these words as cost_note: Low cost",
        "listings/groups/typo.yaml:3:1: cost: 'Fre' is not a cost; did you mean free?",
    ]


@pytest.mark.parametrize(("field", "written", "read"), [
    ("format", "Virtual", "online"), ("format", "Zoom", "online"), ("format", "in person and online", "hybrid"),
    ("how_to_join", "Walk-in", "drop-in"), ("how_to_join", "Just show up", "drop-in"), ("how_to_join", "Registration required", "sign-up"),
    ("how_to_join", "Call first", "sign-up"), ("how_to_join", "By referral", "referral"),
    ("status", "Paused", "temporarily-closed"), ("status", "On hold", "temporarily-closed"), ("status", "Open", "active"),
    ("format", "En línea", "online"), ("format", "Presencial y en línea", "hybrid"), ("cost", "Gratis", "free"),
    ("format", "Online/In-person", "hybrid"), ("format", "In-Person & Virtual", "hybrid"), ("format", "In person or Zoom", "hybrid"),
    ("format", "Hybrid (in person + Zoom)", "hybrid"), ("format", "Online only", "online"), ("format", "Online via Zoom", "online"),
    ("format", "Virtual (Zoom)", "online"), ("format", "In person only", "in-person"), ("format", "Google Meet", "online"),
    ("cost", "Donativo", "donation"), ("how_to_join", "Walk-ins welcome", "drop-in"), ("how_to_join", "RSVP required", "sign-up"),
    ("how_to_join", "Referral needed", "referral"), ("status", "Suspended", "temporarily-closed"), ("status", "Discontinued", "closed"),
    ("format", "By phone", "phone"), ("format", "Telephone", "phone"), ("format", "Conference call", "phone"),
    ("format", "Over the phone", "phone"), ("format", "Phone only", "phone"), ("format", "Por teléfono", "phone"),
    ("how_to_join", "Just turn up", "drop-in"), ("how_to_join", "Drop-in, no need to register", "drop-in"),
    ("how_to_join", "Booking essential", "sign-up"), ("how_to_join", "Registration required - email us", "sign-up"),
    ("how_to_join", "Please call to register", "sign-up"), ("how_to_join", "Referral from GP", "referral"),
    ("status", "Closed temporarily", "temporarily-closed"), ("status", "On hiatus", "temporarily-closed"),
    ("status", "Currently running", "active"), ("cost", "Donations appreciated", "donation"), ("cost", "Pay as you feel", "donation"),
    ("format", "On Discord", "online"), ("format", "Walking group", "in-person"), ("how_to_join", "Appointment needed", "sign-up"),
    ("how_to_join", "Email to join", "sign-up"), ("how_to_join", "Open to all", "drop-in"),
    # a sentence about joining, by the words in it that say which way (each had been refused)
    ("how_to_join", "Please contact the facilitator before attending", "sign-up"),
    ("how_to_join", "Pre-registration is required", "sign-up"), ("how_to_join", "Registration is not required", "drop-in"),
    ("how_to_join", "You will need a referral from your GP", "referral"),
])
def test_a_choice_is_read_from_the_other_words_directories_write_for_it(golden_site: Path, field: str, written: str, read: str) -> None:
    group = VALID_GROUP.replace(f"{field}: {'online' if field == 'format' else 'free'}\n", "") + f"{field}: {written}\n"
    if read in ("hybrid", "in-person"):
        group += "location:\n  region: old-town\n  venue: Old Town Hall\n  address:\n    city: Fenwick\n"
    write(golden_site, "listings/groups/ok.yaml", group)
    (listing,) = listed(golden_site, "ok")
    assert getattr(listing.data, field) == read


@pytest.mark.parametrize(("written", "read"), [
    ("Hotline", "crisis-line"), ("Crisis hotline", "crisis-line"), ("Peer-run warmline", "warmline"), ("Warm line", "warmline"),
    ("Talk line", "warmline"), ("Textline", "text-line"), ("SMS", "text-line"), ("Online chat", "chat"), ("Live chat", "chat"),
])
def test_a_helplines_kind_is_read_from_the_words_directories_name_it_by(golden_site: Path, written: str, read: str) -> None:
    """'Hotline' and 'Helpline' had been told 'did you mean text-line?' (the kind spelt closest)."""
    write(golden_site, "listings/helplines/ok-line.yaml", VALID_LINE.replace("kind: warmline", f"kind: {written}")
          + "phones: 01632 960111\n")
    assert listed(golden_site, "ok-line")[0].data.kind == read


def test_a_line_named_only_a_line_is_asked_which_kind(golden_site: Path) -> None:
    write(golden_site, "listings/helplines/bad-line.yaml", VALID_LINE.replace("kind: warmline", "kind: Helpline")
          + "phones: 01632 960111\n")
    assert problems(golden_site) == [
        "listings/helplines/bad-line.yaml:6:1: kind: 'Helpline' says it is a line but not which kind: write warmline "
        "(someone to talk to, before things reach a crisis), crisis-line, text-line or chat"]


def test_a_group_that_meets_by_phone_needs_no_place_and_a_call_with_another_way_is_asked_which(golden_site: Path) -> None:
    """A group met on a conference call (people join by calling a number, no internet needed) had no format to
    say so: `format: phone` needs no location, as an online group; a call written with another way ('Zoom or
    phone') is refused rather than guessed, and a group that meets in person still needs its place."""
    write(golden_site, "listings/groups/call.yaml", VALID_GROUP.replace("format: online", "format: By phone"))
    write(golden_site, "listings/groups/either.yaml", VALID_GROUP.replace("format: online", "format: Zoom or phone"))
    write(golden_site, "listings/groups/room.yaml", VALID_GROUP.replace("format: online", "format: in-person"))
    assert problems(golden_site) == [
        "listings/groups/either.yaml:6:1: format: 'Zoom or phone' says two ways of meeting: write the one most people "
        "join by as format (online or phone), and say the other in the description, for example: You can also join by phone.",
        "listings/groups/room.yaml:1:1: location: a group that meets in-person needs a location: venue, address and region",
    ]
    for refused in ("either", "room"):
        (golden_site / f"listings/groups/{refused}.yaml").unlink()
    (call,) = listed(golden_site, "call")
    assert call.data.format == "phone" and call.location is None


def test_one_entry_of_a_list_written_without_its_dash_is_that_list_of_one(golden_site: Path) -> None:
    """`meetings:` with one meeting's fields under it, without the '- ' that makes them an entry (as a contributor
    who is not a programmer writes one), had been refused as "should be a list"; it is a list of one, for meetings,
    phones, a meeting's exceptions and a period of hours, and a problem in it is told at its own line."""
    write(golden_site, "listings/groups/ok.yaml", VALID_GROUP + "phones:\n  number: 01632 960111\n  label: Office\n"
          "meetings:\n  weekday: tuesday\n  start: 7pm\n  exceptions:\n    date: 2026-12-22\n    cancelled: yes\n")
    write(golden_site, "listings/helplines/ok-line.yaml", VALID_LINE + "phones: 01632 960112\nhours:\n  weekly:\n"
          "    days: Mon-Fri\n    opens: 9am\n    closes: 5pm\n")
    group, line = listed(golden_site, "ok", "ok-line")
    assert [(p.number, p.label) for p in group.data.phones] == [("01632 960111", "Office")]
    assert [(m.weekday, m.start, [c.date for c in m.exceptions]) for m in group.data.meetings] == [
        ("tuesday", time(19), [date(2026, 12, 22)])]
    assert [(p.days, p.opens, p.closes) for p in line.data.hours.weekly] == [(list(WEEKDAYS[:5]), time(9), time(17))]
    write(golden_site, "listings/groups/ok.yaml", VALID_GROUP + "meetings:\n  weekday: funday\n  start: 7pm\n")
    assert problems(golden_site) == [
        "listings/groups/ok.yaml:9:3: meetings[0].weekday: 'funday' is not a day of the week; write one of: monday, "
        "tuesday, wednesday, thursday, friday, saturday, sunday"]


def test_an_area_everywhere_is_read_from_the_words_directories_write_for_it(golden_site: Path) -> None:
    """'Nationwide' had been refused in a listing ('did you mean national?') though the import read it as national:
    one reading for both (config.AREA_WORDS)."""
    write(golden_site, "listings/groups/ok.yaml", VALID_GROUP.replace("service_area: [online]", "service_area: 'Old Town, Nationwide'"))
    write(golden_site, "listings/groups/web.yaml", VALID_GROUP.replace("service_area: [online]", "service_area: Online only"))
    assert [item.data.service_area for item in listed(golden_site, "ok", "web")] == [["old-town", "national"], ["online"]]


def test_self_referral_as_how_to_join_is_asked_which_way_people_join(golden_site: Path) -> None:
    """'Self-referral' says no one else need refer people; it had been told "did you mean 'referral'?", the one
    choice it is not."""
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + "how_to_join: Self-referral\n")
    write(golden_site, "listings/groups/both.yaml", VALID_GROUP + "how_to_join: Drop-in / referral\n")
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:8:1: how_to_join: 'Self-referral' says people refer themselves: write drop-in if they "
        "just come, or sign-up if they get in touch first",
        # two ways (it had been asked "did you mean 'referral'?")
        "listings/groups/both.yaml:8:1: how_to_join: 'Drop-in / referral' says two ways to join (drop-in and referral): "
        "write the one most people join by, and say the other in the description"]


def test_ages_where_an_audience_goes_are_told_to_go_in_the_description(sample_site: Path) -> None:
    """'Adults 18+', 'Ages 14-24', '18 and over', as directories fill an audience column: told that ages are no
    audience, and where they go (they had been told only the site's audiences); an audience with ages after it is
    told as before."""
    for index, written in enumerate(("Adults 18+", "Ages 14-24", "Young people (16-25)", "Adults", "18 and over")):
        write(sample_site, f"listings/groups/for-{index}.yaml", VALID_GROUP + f"audiences: [{written}]\n")
    assert [problem.split(": ", 2)[2] for problem in problems(sample_site)] == [
        "'Adults 18+' gives ages, which no audience is; say who it is for by age in the description, and list here only "
        "audiences the site has (young-people, students, lgbtq, veterans, carers, parents, older-adults, men, bereaved), if any",
        "'Ages 14-24' gives ages, which no audience is; say who it is for by age in the description, and list here only "
        "audiences the site has (young-people, students, lgbtq, veterans, carers, parents, older-adults, men, bereaved), if any",
        "'Young people (16-25)': write Young people alone here, and say '16-25' in the description",
        # 'Adults' alone too: it had been asked "did you mean 'older-adults'?"
        "'Adults' gives ages, which no audience is; say who it is for by age in the description, and list here only "
        "audiences the site has (young-people, students, lgbtq, veterans, carers, parents, older-adults, men, bereaved), if any",
        # whole: it had been split at 'and', and '18' and 'over' each told it is not an audience
        "'18 and over' gives ages, which no audience is; say who it is for by age in the description, and list here only "
        "audiences the site has (young-people, students, lgbtq, veterans, carers, parents, older-adults, men, bereaved), if any"]


def test_a_listing_said_to_be_written_in_two_languages_is_told_what_written_in_takes(sample_site: Path) -> None:
    """'written_in: [es, en]' had been told 'should be text, not a list', and 'Spanish and English' to say 'and
    English' in the description; a list of one language is that one."""
    write(sample_site, "listings/groups/two.yaml", VALID_GROUP + "written_in: [es, en]\n")
    write(sample_site, "listings/groups/words.yaml", VALID_GROUP + "written_in: Spanish and English\n")
    write(sample_site, "listings/groups/one.yaml", VALID_GROUP + "written_in: [Spanish]\n")
    told = "languages, and written_in takes the one its words are written in: where they are in more than one, leave it out, or write them in one and give the others under translations"
    assert problems(sample_site) == [f"listings/groups/two.yaml:8:1: written_in: 'es, en' names 2 {told}",
                                     f"listings/groups/words.yaml:8:1: written_in: 'Spanish and English' names 2 {told}"]
    write(sample_site, "listings/groups/two.yaml", VALID_GROUP + "written_in: es\n")
    write(sample_site, "listings/groups/words.yaml", VALID_GROUP + "written_in: es\n")
    assert listed(sample_site, "one")[0].data.written_in == "es"


def test_a_topic_written_as_two_is_told_to_list_each(sample_site: Path) -> None:
    """'Suicide bereavement' had been told to write Suicide alone and say 'bereavement' in the description, which
    would have listed a group for people bereaved by suicide under suicidal thoughts only: words that name two terms
    are told as two, to list each that applies."""
    write(sample_site, "listings/groups/two.yaml", VALID_GROUP + "topics: [Suicide bereavement, Anxiety (social)]\n")
    assert [problem.split(": ", 2)[2] for problem in problems(sample_site)] == [
        "'Suicide bereavement' names two topics, suicidal-thoughts and grief: list each that applies, like [Suicide, "
        "bereavement], or only the one that does",
        "'Anxiety (social)': write Anxiety alone here, and say 'social' in the description"]


def test_an_audience_written_as_two_it_is_for_at_once_is_both(sample_site: Path) -> None:
    """'LGBTQ+ youth' had been refused, told to say 'youth' in the description, where no filter finds it; 'Student
    parents' and 'Veteran' had been told to write 'students' and 'veterans'. Two audiences side by side are both,
    one in the singular is that one; words that are not two audiences are still refused."""
    write(sample_site, "listings/groups/both.yaml", VALID_GROUP + "audiences: [LGBTQ+ youth, Bereaved parents, Student parents, Veteran]\n")
    write(sample_site, "listings/groups/one.yaml", VALID_GROUP + "audiences: Teen parents and senior veterans\n")
    both, one = listed(sample_site, "both", "one")
    assert both.data.audiences == ["lgbtq", "young-people", "bereaved", "parents", "students", "veterans"]
    assert one.data.audiences == ["young-people", "parents", "older-adults", "veterans"]
    # the first word as the people it says: young carers are young people and carers
    write(sample_site, "listings/groups/one.yaml", VALID_GROUP + "audiences: [Young carers, Older LGBTQ+ people]\n")
    assert listed(sample_site, "one")[0].data.audiences == ["young-people", "carers", "older-adults", "lgbtq"]
    write(sample_site, "listings/groups/one.yaml", VALID_GROUP + "audiences: [Women veterans]\n")
    assert [problem.split(": ", 2)[2] for problem in problems(sample_site)] == [  # (told, where it had been told only the list)
        "'Women veterans': write veterans alone here, and say 'Women' in the description"]


def test_a_word_that_holds_a_choice_after_letters_of_its_own_is_not_told_that_choice(sample_site: Path) -> None:
    """'Women' had been asked "did you mean 'men'?", 'Grandparents' "did you mean 'parents'?": letters before a
    choice make another word, where letters after it ('Veteranz', 'Studnets') are its form or its typo."""
    for index, written in enumerate(("Women", "Grandparents", "Veteranz", "Studnets")):
        write(sample_site, f"listings/groups/for-{index}.yaml", VALID_GROUP + f"audiences: [{written}]\n")
    assert [problem.split(" Audiences are")[0].split(": ", 2)[2] for problem in problems(sample_site)] == [
        "'Women' is not an audience.", "'Grandparents' is not an audience.",
        "'Veteranz' is not an audience — did you mean 'veterans'?", "'Studnets' is not an audience — did you mean 'students'?"]


@pytest.mark.parametrize(("field", "written", "told"), [
    ("cost", "Unpaid", "'Unpaid' is not one of free, donation (pay what you can) or paid"),
    ("how_to_join", "No referral needed", "'No referral needed' says no one need refer people: write drop-in if they just "
                                          "come, or sign-up if they get in touch first"),
    ("format", "Offline", "'Offline' is not allowed here. Write one of: in-person, online, hybrid, phone"),
    ("topics", "Non-anxiety", "'Non-anxiety' is not a topic. Topics are: anxiety, grief"),
    ("format", "Onlin", "'Onlin' is not allowed here — did you mean 'online'?"),  # a typo is still told its word
])
def test_words_for_the_opposite_of_a_choice_are_never_told_that_choice(golden_site: Path, field: str, written: str, told: str) -> None:
    """'Unpaid' had been asked "did you mean paid?", 'No referral needed' "did you mean 'referral'?", 'Offline'
    "did you mean 'online'?": spelt close to a choice, meaning its opposite (fieldtypes.close_choice)."""
    group = VALID_GROUP.replace(f"{field}: {'online' if field == 'format' else 'free'}\n", "") + f"{field}: {written}\n"
    write(golden_site, "listings/groups/bad.yaml", group)
    (problem,) = problems(golden_site)
    assert told in problem, problem


def test_a_phone_written_as_label_colon_number_without_quotes_is_that_phone(golden_site: Path) -> None:
    """`- TTY: 711` or `- Office: 01632 960111` in a list of phones is, to YAML, a block with one field named TTY:
    it had been refused ("unknown field 'TTY'", "number: required"); it is read as the text a contributor meant, as
    `'TTY: 711'` is. A line's `answered_by` written as text is its items; 'Call ... or 2' is two phones."""
    write(golden_site, "listings/helplines/ok-line.yaml", VALID_LINE + "phones:\n  - Office: 01632 960111\n"
          "  - Text: 07700 900123\n  - Call 01632 960112 or 3\nanswered_by: Peers, trained volunteers\n")
    (line,) = listed(golden_site, "ok-line")
    assert [(p.number, p.kind, p.label) for p in line.data.phones] == [
        ("01632 960111", "voice", "Office"), ("07700 900123", "text", None), ("01632 960112", "voice", None),
        ("01632 960113", "voice", None)]
    assert line.data.answered_by == ["peers", "trained-volunteers"]
    # Peers by the names peer work goes by, and staff by their trade (each had been refused).
    write(golden_site, "listings/helplines/line.yaml", VALID_LINE + "phones: 01632 960111\n"
          "answered_by: Certified peer specialists, people with lived experience and clinicians\n")
    assert listed(golden_site, "line")[0].data.answered_by == ["peers", "staff"]


def test_phones_written_in_one_entry_each_with_its_words_are_a_phone_each(golden_site: Path) -> None:
    """'Call 116 123 or text HOME to 07700 900123', 'Freephone 0800 ...; Samaritans 116 123' (directories write a
    line's numbers in one field): each its own phone with its own words. They had been refused, told to write the
    first number with the rest as its label ('label: or text HOME to ...'). A fax among them is refused as itself."""
    write(golden_site, "listings/helplines/ok-line.yaml", VALID_LINE + "phones:\n  - Call 116 123 or text HOME to 07700 900123\n"
          "  - 'Freephone 01632 960111; Welsh: 01632 960222'\n  - 01632 960333 (Mon-Fri 9-5, Sat 10-2), 116 123 (24 hours)\n")
    (line,) = listed(golden_site, "ok-line")
    assert [(p.number, p.kind, p.label, p.text_message, p.hours) for p in line.data.phones] == [
        ("116 123", "voice", None, None, None), ("07700 900123", "text", None, "HOME", None),
        ("01632 960111", "voice", "Freephone", None, None), ("01632 960222", "voice", "Welsh", None, None),
        ("01632 960333", "voice", None, None, "Mon-Fri 9-5, Sat 10-2"), ("116 123", "voice", None, None, "24 hours")]
    # apart by a bar or a spaced slash, as feeds join them (each had been told it holds two numbers)
    write(golden_site, "listings/helplines/ok-line.yaml", VALID_LINE + "phones:\n  - 'Main: 01632 960111 | Office: 01632 960222'\n"
          "  - 01632 960333 / Minicom 01632 960444\n")
    (line,) = listed(golden_site, "ok-line")
    assert [(p.number, p.label) for p in line.data.phones] == [
        ("01632 960111", "Main"), ("01632 960222", "Office"), ("01632 960333", None), ("01632 960444", "Minicom")]
    # apart by only a space, after words in brackets or before the next one's label, as a web page sets them on
    # lines of their own (each had been told it holds two numbers)
    write(golden_site, "listings/helplines/ok-line.yaml", VALID_LINE + "phones:\n  - 01632 960111 (Welsh) 01632 960222 (Mon-Fri 9-5)"
          " 01632 960333 (English)\n  - 'Local: 01632 960444 Freephone: 0808 157 0000'\n  - 01632 960555 Minicom: 01632 960666\n")
    (line,) = listed(golden_site, "ok-line")
    assert [(p.number, p.label, p.hours) for p in line.data.phones] == [
        ("01632 960111", "Welsh", None), ("01632 960222", None, "Mon-Fri 9-5"), ("01632 960333", "English", None),
        ("01632 960444", "Local", None), ("0808 157 0000", "Freephone", None), ("01632 960555", None, None),
        ("01632 960666", "Minicom", None)]
    # ... or after a dash, before the next one's label ('... — Welsh: ...' had been told it holds two numbers); a
    # dash before words alone still starts the number's label
    write(golden_site, "listings/helplines/ok-line.yaml", VALID_LINE + "phones:\n  - 01632 960111 — Welsh: 01632 960222\n"
          "  - '01632 960333 - Text: 07700 900123'\n  - 01632 960444 - leave a message\n")
    (line,) = listed(golden_site, "ok-line")
    assert [(p.number, p.kind, p.label) for p in line.data.phones] == [
        ("01632 960111", "voice", None), ("01632 960222", "voice", "Welsh"), ("01632 960333", "voice", None),
        ("07700 900123", "text", None), ("01632 960444", "voice", "Leave a message")]
    write(golden_site, "listings/helplines/ok-line.yaml", VALID_LINE + "phones: 01632 960111 (voice), 01632 960112 (fax)\n")
    assert problems(golden_site) == ["listings/helplines/ok-line.yaml:8:1: phones: '01632 960112 (fax)' is a fax number, "
                                     "which no one answers: leave it out"]


def test_a_short_code_after_a_number_is_a_number_of_its_own(sample_site: Path, golden_site: Path) -> None:
    """'(503) 555-0144 or 988', as a line's own number and the crisis line beside it are written: two phones. It had
    been read as another number's last figures, (503) 555-0988, and '(503) 555-0144, 988' as the first with 988 as
    its extension (phonenumbers reads a comma before figures so): a wrong number, and the crisis line lost. Directly
    after a slash the figures may as well be another's end ('01632 960111/123'), so which is meant is asked."""
    written = ["(503) 555-0144 or 988", "(503) 555-0144, 988", "Call (503) 555-0144 or 211", "(503) 555-0144 / 988",
               "(503) 555-0144 or 0145", "(503) 555-0144 ext 12, or 988", "503-555-0144 / 0145 / 0146"]
    for index, number in enumerate(written):
        write(sample_site, f"listings/helplines/line-{index}.yaml", VALID_LINE + f"phones: {json.dumps(number)}\n")
    found = listed(sample_site, *(f"line-{index}" for index in range(len(written))))
    assert [[p.number for p in line.data.phones] for line in found] == [
        ["(503) 555-0144", "988"], ["(503) 555-0144", "988"], ["(503) 555-0144", "211"], ["(503) 555-0144", "988"],
        ["(503) 555-0144", "(503) 555-0145"],  # a last figures' ending, which no short code is, as before
        ["(503) 555-0144 ext 12", "988"],  # ', or' apart (the code had been labelled 'Or')
        ["503-555-0144", "503-555-0145", "503-555-0146"]]  # endings of two others (had been told to label it '0145 0146')
    assert [p.label for p in found[5].data.phones] == [None, None]
    write(golden_site, "listings/helplines/line.yaml", VALID_LINE + "phones:\n  - 01632 960111 or 116 123\n  - 01632 960333/4\n")
    (line,) = listed(golden_site, "line")
    assert [p.number for p in line.data.phones] == ["01632 960111", "116 123", "01632 960333", "01632 960334"]
    write(golden_site, "listings/helplines/line.yaml", VALID_LINE + "phones: 01632 960111/123\n")
    assert problems(golden_site) == [
        "listings/helplines/line.yaml:8:1: phones: '01632 960111/123' holds 2 numbers; give each its own entry, with "
        "number: 01632 960111 in one and number: 123 in the next, and what each is for in its label"]
    # Other figures after a comma are asked which they are: they had been the number's extension (the page's button
    # "Call 01632 960111 ext. 2"), which the one who wrote them seldom means.
    write(golden_site, "listings/helplines/line.yaml", VALID_LINE + "phones: ['01632 960111, 2', {number: '01632 960333,12'}]\n")
    assert problems(golden_site) == [
        "listings/helplines/line.yaml:8:10: phones[0].number: '01632 960111, 2' has figures after a comma, which could be its "
        "extension or another number's; write 01632 960111 ext. 2 for an extension, or each number in full in its own entry",
        "listings/helplines/line.yaml:8:30: phones[1].number: '01632 960333,12' has figures after a comma, which could be "
        "its extension or another number's; write 01632 960333 ext. 12 for an extension, or each number in full in its own entry"]


def test_an_email_or_web_address_among_a_phones_words_is_told_where_it_goes(golden_site: Path) -> None:
    """'116 123 or email jo@example.org' had been the number labelled 'Or email jo example.org' (its @ and dots
    dropped), shown on the page beside the button; an address alone among the phones was told only that it is
    no number."""
    write(golden_site, "listings/helplines/line.yaml", VALID_LINE + "phones:\n  - 116 123 or email jo@example.org\n"
          "  - 01632 960111 (chat at example.org/chat)\n  - 'Email: jo@example.org'\n  - 01632 960222 (ask for Dr.Smith)\n")
    assert problems(golden_site) == [
        "listings/helplines/line.yaml:9:5: phones[0].number: '116 123 or email jo@example.org' holds an email address, "
        "jo@example.org, as well as the number; write only the number here, and the address as the listing's email (or "
        "in its description)",
        "listings/helplines/line.yaml:10:5: phones[1].number: '01632 960111 (chat at example.org/chat)' holds a web address, "
        "example.org/chat, as well as the number; write only the number here, and the address as the listing's website "
        "(or in its description)",
        "listings/helplines/line.yaml:11:5: phones[2].number: 'Email: jo@example.org' is an email address, not a phone number; "
        "write it as the listing's email"]  # 'Dr.Smith', in capitals, is no web address


def test_another_number_in_brackets_and_hours_without_days_after_a_number(sample_site: Path) -> None:
    """'(503) 555-0144 (TTY: 711)', '... (after hours: 988)': a phone each, the one in brackets with its words (they
    had been told they hold two numbers); '(503) 555-0144 (9-5)': when it is answered, as '(Mon-Fri 9-5)' is (it
    had been told to write '9 5' as its label)."""
    write(sample_site, "listings/helplines/line.yaml", VALID_LINE + "phones:\n  - (503) 555-0144 (TTY: 711)\n"
          "  - (503) 555-0145 (after hours: 988)\n  - (503) 555-0146 (9-5)\n  - +1 (503) 555-0147\n")
    (line,) = listed(sample_site, "line")
    assert [(p.number, p.label, p.hours) for p in line.data.phones] == [
        ("(503) 555-0144", None, None), ("711", "TTY", None), ("(503) 555-0145", None, None), ("988", "After hours", None),
        ("(503) 555-0146", None, "9-5"), ("+1 (503) 555-0147", None, None)]


def test_a_note_of_words_and_hours_beside_a_number_is_its_label_and_hours(golden_site: Path) -> None:
    """'116 123 (free, 24/7)', as Samaritans publish their number: labelled Free, answered 24/7 (the whole note had
    been its label, and the line never shown as open 24/7 beside its button)."""
    write(golden_site, "listings/helplines/line.yaml", VALID_LINE + "phones:\n  - 116 123 (free, 24/7)\n"
          "  - 'Welsh: 01632 960111 (Mon-Fri 9-5, free)'\n  - 01632 960222 (Mon-Fri 9-5, Sat 10-2)\n")
    (line,) = listed(golden_site, "line")
    assert [(p.number, p.label, p.hours) for p in line.data.phones] == [
        ("116 123", "Free", "24/7"), ("01632 960111", "Welsh (free)", "Mon-Fri 9-5"),
        ("01632 960222", None, "Mon-Fri 9-5, Sat 10-2")]


def test_a_number_through_relay_uk_is_one_phone_dialled_with_its_prefix(golden_site: Path, tmp_path: Path) -> None:
    """'18001 01632 960111' (Relay UK's prefix, as the NHS and UK charities give a line to people who are deaf or
    cannot speak) had been told it held two numbers, 18001 and the line. It is one, dialled as written, the line's
    leading 0 included (the relay service reads what follows), and never a text; written apart from its number, as
    Relay UK says to dial it ('18001 then ...'), it is told to write them together."""
    write(golden_site, "listings/helplines/line.yaml", VALID_LINE + "phones:\n  - 'Relay UK: 18001 01632 960111'\n"
          "  - 01632 960222 (Relay UK: 18001 01632 960222)\n  - 18001 111\n")
    (line,) = listed(golden_site, "line")
    assert [(p.number, p.label, p.kind) for p in line.data.phones] == [
        ("18001 01632 960111", "Relay UK", "voice"), ("01632 960222", None, "voice"),
        ("18001 01632 960222", "Relay UK", "voice"), ("18001 111", None, "voice")]
    build(golden_site, BuildOptions(out_dir=tmp_path / "out", today=BUILD_DATE))
    page = (tmp_path / "out/helplines/line/index.html").read_text()
    assert '<a class="action" href="tel:1800101632960111">Call 18001 01632 960111</a>' in page
    assert 'href="tel:18001111"' in page and 'href="tel:+441632960222"' in page
    write(golden_site, "listings/helplines/line.yaml", VALID_LINE + "phones:\n  - Relay UK 18001 then 01632 960111\n"
          "  - number: 18001 01632 960111\n    kind: text\n")
    assert problems(golden_site) == [
        "listings/helplines/line.yaml:9:5: phones[0].number: 'Relay UK 18001 then 01632 960111' gives Relay UK's prefix "
        "apart from the number; write them together, 18001 01632 960111, and any words in its label, like label: Relay UK",
        "listings/helplines/line.yaml:11:5: phones[1].kind: 18001 01632 960111 is dialled through Relay UK, a call typed "
        "and read; write kind: voice, or leave kind out"]


def test_short_codes_side_by_side_are_never_one_code_to_text(sample_site: Path) -> None:
    """'911 988' had been read as the code 911988, to text (a US code of six figures is one to text); each group
    a code of its own, it is told to give each its entry. '741 741', whose groups are no codes alone, is 741741."""
    write(sample_site, "listings/helplines/line.yaml", VALID_LINE + "phones: ['988 988', Text HOME to 741 741]\n")
    assert problems(sample_site) == [
        "listings/helplines/line.yaml:8:10: phones[0].number: '988 988' holds 2 short codes; give each its own entry, with "
        "number: 988 in one and number: 988 in the next (or, if it is one code to text, write it without spaces)"]
    write(sample_site, "listings/helplines/line.yaml", VALID_LINE + "phones: [Text HOME to 741 741]\n")
    assert [(p.number, p.kind) for p in listed(sample_site, "line")[0].data.phones] == [("741 741", "text")]


def test_a_word_to_text_in_quotes_and_a_short_code_with_a_dash(sample_site: Path) -> None:
    """'Text 'HOME' to 741741': the word to send is HOME (its quotes had been sent as part of it); 'Text HOME to
    741-741', as the code is often written, is the code 741741 (it had been refused as no number)."""
    write(sample_site, "listings/helplines/line.yaml", VALID_LINE + "phones:\n  - Text 'HOME' to 741741\n"
          "  - Call 988 or text “HOME” to 741-741\n")
    (line,) = listed(sample_site, "line")
    assert [(p.number, p.kind, p.text_message) for p in line.data.phones] == [
        ("741741", "text", "HOME"), ("988", "voice", None), ("741-741", "text", "HOME")]
    assert [phone.href for phone in line.phones] == ["sms:741741", "tel:988", "sms:741741"]
    # With words of its own after the number, or 'SMS' for 'Text' (the first had been refused, told to label it
    # 'text HOME to 24 7'; the second labelled 'SMS HOME to'): the word, and the number with its words.
    write(sample_site, "listings/helplines/line.yaml", VALID_LINE + "phones:\n  - Text HOME to 741741 (24/7)\n"
          "  - SMS HOME to (503) 555-0144 (Spanish)\n")
    assert [(p.number, p.kind, p.text_message, p.hours, p.label) for p in listed(sample_site, "line")[0].data.phones] == [
        ("741741", "text", "HOME", "24/7", None), ("(503) 555-0144", "text", "HOME", None, "Spanish")]


def test_the_word_to_send_after_the_number_or_after_a_label_is_the_word(sample_site: Path) -> None:
    """'741741 (text HOME)', '741741 - keyword HOME', as directories write the word after the code, had been the label
    'Text HOME' beside a button that sent nothing; 'Crisis Text Line: text HELLO to 741741' had been labelled 'Crisis
    Text Line text HELLO to', and 'Crisis Text Line: 741741 (24/7)' refused ('Text' in the name taken for a way to
    reach it). Each is the word to send, the number and its own words. A label that merely starts with 'Text'
    ('(503) 555-0117 (Text Relay)') stays a label: the word is one in capitals."""
    write(sample_site, "listings/helplines/line.yaml", VALID_LINE + "phones:\n  - 741741 (text HOME)\n"
          "  - 'Textline: 741741, keyword HOME'\n  - 'Crisis Text Line: text HELLO to 741741 (24/7)'\n"
          "  - 'Crisis Text Line: 741741 (text the word HOME, 24/7)'\n  - (503) 555-0144 – text TALK\n"
          "  - (503) 555-0145 (Text Relay)\n")
    (line,) = listed(sample_site, "line")
    assert [(p.number, p.kind, p.text_message, p.label, p.hours) for p in line.data.phones] == [
        ("741741", "text", "HOME", None, None), ("741741", "text", "HOME", None, None),
        ("741741", "text", "HELLO", "Crisis Text Line", "24/7"), ("741741", "text", "HOME", "Crisis Text Line", "24/7"),
        ("(503) 555-0144", "text", "TALK", None, None), ("(503) 555-0145", "voice", None, "Text Relay", None)]
    assert [phone.action for phone in line.phones][:2] == ["Text HOME to 741741", "Text HOME to 741741"]


def test_a_phone_written_with_spanish_words_is_read_as_with_english_ones(sample_site: Path) -> None:
    """A listing written in Spanish gives its phones in Spanish: 'Llame al ...' had been labelled 'Llame al', 'Envía
    AYUDA al 741741' a text with that label and no word to send, 'Texto: ...' and '... (solo texto)' phones to call
    (a button no one answers on a line that only takes texts), and 'Llame o envíe un texto al ...' one phone to call.
    Each is read as its English words are."""
    write(sample_site, "listings/helplines/line.yaml", VALID_LINE + "phones:\n  - Llame al (503) 555-0144\n  - Envía AYUDA al 741741\n"
          "  - 'Texto: (503) 555-0145'\n  - (503) 555-0146 (solo texto)\n  - Llame o envíe un texto al (503) 555-0147\n"
          "  - 'Teléfono: (503) 555-0148'\n  - (503) 555-0149 (en español)\n")
    (line,) = listed(sample_site, "line")
    assert [(p.number, p.kind, p.text_message, p.label) for p in line.data.phones] == [
        ("(503) 555-0144", "voice", None, None), ("741741", "text", "AYUDA", None), ("(503) 555-0145", "text", None, None),
        ("(503) 555-0146", "text", None, None), ("(503) 555-0147", "voice", None, None), ("(503) 555-0147", "text", None, None),
        ("(503) 555-0148", "voice", None, None), ("(503) 555-0149", "voice", None, "En español")]
    assert [phone.href for phone in line.phones][:2] == ["tel:+15035550144", "sms:741741"]


def test_a_number_to_call_or_text_a_word_to_is_a_phone_for_each(sample_site: Path) -> None:
    """'Call or text HOME to (503) 555-0144', '... (call or text HOME)' had been a phone to call, labelled 'Or text
    HOME to', and the text line lost: a phone to call and one to text the word (only the text, to a code that
    takes no calls). As one phone's number, told to give each its entry."""
    write(sample_site, "listings/helplines/line.yaml", VALID_LINE + "phones:\n  - Call or text HOME to (503) 555-0144\n"
          "  - (503) 555-0145 (call or text 'TALK')\n  - Call or text HOME to 741741 (24/7)\n")
    (line,) = listed(sample_site, "line")
    assert [(p.number, p.kind, p.text_message, p.hours) for p in line.data.phones] == [
        ("(503) 555-0144", "voice", None, None), ("(503) 555-0144", "text", "HOME", None), ("(503) 555-0145", "voice", None, None),
        ("(503) 555-0145", "text", "TALK", None), ("741741", "text", "HOME", "24/7")]
    # A chat among its ways ('Call, text or chat 988', as 988 is published) is a web page's: told so (a phone to call
    # had been labelled 'Text or chat', and the text line lost).
    write(sample_site, "listings/helplines/line.yaml", VALID_LINE + "phones:\n  - number: Call or text HOME to (503) 555-0144\n"
          "  - Call, text or chat 988\n  - Call/text/chat 988\n")
    assert problems(sample_site) == [
        "listings/helplines/line.yaml:9:5: phones[0].number: 'Call or text HOME to (503) 555-0144' is a number to call and to "
        "text HOME to: give each its own entry, one with kind: text and the word as text_message, or write it as an entry "
        "of its own in the list of phones", *(
        f"listings/helplines/line.yaml:{line}:5: phones[{index}].number: '{written} 988': a chat is had on a web page, not "
        "at a number; write the ways to use the number alone (Call or text ...), and the chat's address as the listing's "
        "website or in its description" for line, index, written in ((10, 1, "Call, text or chat"), (11, 2, "Call/text/chat")))]


def test_a_number_to_call_text_or_message_on_whatsapp_is_a_phone_for_each_way(golden_site: Path) -> None:
    """'Call or WhatsApp 07700 900123', 'Text or WhatsApp ...', '... (call, text or WhatsApp)', as UK lines publish a
    mobile: a phone for each way, as 'Call or text' was (they had been a button to call, labelled 'Or WhatsApp' or
    'Text or WhatsApp', a line that may take no calls). As one phone's number, told to give each its entry."""
    write(golden_site, "listings/helplines/line.yaml", VALID_LINE + "phones:\n  - Call or WhatsApp 07700 900123\n"
          "  - Text or WhatsApp 07700 900124\n  - 07700 900125 (call, text or WhatsApp)\n  - sms or whatsapp 07700 900126\n")
    (line,) = listed(golden_site, "line")
    assert [(p.number, p.kind, p.label) for p in line.data.phones] == [
        ("07700 900123", "voice", None), ("07700 900123", "whatsapp", None), ("07700 900124", "text", None),
        ("07700 900124", "whatsapp", None), ("07700 900125", "voice", None), ("07700 900125", "text", None),
        ("07700 900125", "whatsapp", None), ("07700 900126", "text", None), ("07700 900126", "whatsapp", None)]
    write(golden_site, "listings/helplines/line.yaml", VALID_LINE + "phones:\n  - number: Call or WhatsApp 07700 900123\n")
    assert problems(golden_site) == [
        "listings/helplines/line.yaml:9:5: phones[0].number: 'Call or WhatsApp 07700 900123' is a number to call and to "
        "message on WhatsApp: give each its own entry, each with its kind, or write it as an entry of its own in the list "
        "of phones"]


def test_days_and_yes_in_spanish_the_other_language_of_the_theme_are_read(golden_site: Path) -> None:
    """A Spanish-speaking contributor's 'Martes 6-8pm', 'Lunes y miércoles 7pm', 'Sáb 10-2' and 'sí' (Spanish is
    the other language peerdir's theme speaks; costs and formats in Spanish were read already): they had been
    refused ('miércoles' was even cut at its accent). 'Mar', which is also March, is not a day."""
    write(golden_site, "listings/groups/ok.yaml", VALID_GROUP.replace("peer_led: yes", "peer_led: sí")
          + "meetings: 'Martes 6-8pm; Lunes y miércoles 7pm; Cada domingo 11am'\n")
    write(golden_site, "listings/helplines/ok-line.yaml", VALID_LINE + "phones: 01632 960111\n"
          "hours: De lunes a viernes 9am-5pm; Sáb 10-2; Todos los días 8pm-9pm\n")
    group, line = listed(golden_site, "ok", "ok-line")
    assert group.data.peer_led is True
    assert [(m.weekday, m.start) for m in group.data.meetings] == [
        ("tuesday", time(18)), ("monday", time(19)), ("wednesday", time(19)), ("sunday", time(11))]
    assert [(p.days, p.opens, p.closes) for p in line.data.hours.weekly] == [
        (list(WEEKDAYS[:5]), time(9), time(17)), (["saturday"], time(10), time(14)), (list(WEEKDAYS), time(20), time(21))]
    write(golden_site, "listings/groups/ok.yaml", VALID_GROUP + "meetings: Mar 7pm\n")
    assert "cannot be read as a meeting" in problems(golden_site)[0]
    # Times as Spanish writes them: 'a' between two, 'h' after a 24-hour one, 'de' and 'a las' before, 'L-V'
    # (each had been refused).
    write(golden_site, "listings/groups/ok.yaml", VALID_GROUP + "meetings: 'Martes a las 19 h; Todos los jueves de 18 a 19:30 h'\n")
    write(golden_site, "listings/helplines/ok-line.yaml", VALID_LINE + "phones: 01632 960111\n"
          "hours: 'Lunes a viernes de 9 a 17 h; Sábados 10-14h; L-V 20:00 a 22:00'\n")
    group, line = listed(golden_site, "ok", "ok-line")
    assert [(m.weekday, m.start, m.end) for m in group.data.meetings] == [
        ("tuesday", time(19), None), ("thursday", time(18), time(19, 30))]
    assert [(p.days, p.opens, p.closes) for p in line.data.hours.weekly] == [
        (list(WEEKDAYS[:5]), time(9), time(17)), (["saturday"], time(10), time(14)), (list(WEEKDAYS[:5]), time(20), time(22))]
    # The weeks of the month and a line open all day, as Spanish says them (each had been refused).
    write(golden_site, "listings/groups/ok.yaml", VALID_GROUP + "meetings: 'Primer y tercer jueves, 18:30; El último viernes "
          "de cada mes, 19:00'\n")
    write(golden_site, "listings/helplines/ok-line.yaml", VALID_LINE + "phones: 01632 960111\nhours: Las 24 horas al día, "
          "7 días a la semana\n")
    group, line = listed(golden_site, "ok", "ok-line")
    assert [(m.weekday, m.weeks, m.start) for m in group.data.meetings] == [("thursday", [1, 3], time(18, 30)),
                                                                          ("friday", ["last"], time(19))]
    assert line.data.hours.open_24_7
    # The half of the day as Spanish says it after a time, for am or pm ('de la tarde', 'de la noche', 'de la mañana'),
    # and 'a' between two such times: each had been refused, told to write its day, then its time.
    write(golden_site, "listings/groups/ok.yaml", VALID_GROUP + "meetings: 'Martes 7:30 de la tarde; Sábados 10 de la mañana; "
          "Jueves de 7 a 9 de la noche'\n")
    write(golden_site, "listings/helplines/ok-line.yaml", VALID_LINE + "phones: 01632 960111\nhours: Lunes a viernes de 6 a 10 de la noche; "
          "domingos cerrado\n")  # (a day said closed, as 'Sun closed')
    group, line = listed(golden_site, "ok", "ok-line")
    assert [(m.weekday, m.start, m.end) for m in group.data.meetings] == [
        ("tuesday", time(19, 30), None), ("saturday", time(10), None), ("thursday", time(19), time(21))]
    assert [(p.days, p.opens, p.closes) for p in line.data.hours.weekly] == [(list(WEEKDAYS[:5]), time(18), time(22))]
    # Every other week as Spanish says it, with the date it meets next, or from which (each had been refused as no
    # meeting); a Spanish date as a listing's date too.
    write(golden_site, "listings/groups/ok.yaml", VALID_GROUP.replace("last_verified: 2026-01-01", "last_verified: 1 de octubre de 2026")
          + "meetings: 'Los martes alternos, 19:00 (próxima: 2026-11-03); Cada dos semanas, jueves 18:00, a partir del 5 de noviembre de 2026'\n")
    group = listed(golden_site, "ok")[0]
    assert [(m.weekday, m.every_other_week, m.start) for m in group.data.meetings] == [
        ("tuesday", date(2026, 11, 3), time(19)), ("thursday", date(2026, 11, 5), time(18))]
    assert group.data.last_verified == date(2026, 10, 1)
    # Days and noon in the words Spanish has for them ('fin de semana', 'entre semana', 'al mediodía'; each had been refused)
    write(golden_site, "listings/groups/ok.yaml", VALID_GROUP + "meetings: Martes al mediodía; Cada día 12 del mediodía\n")
    write(golden_site, "listings/helplines/ok-line.yaml", VALID_LINE + "phones: 01632 960111\nhours: Fin de semana 10-14 h; "
          "entre semana de 6 a 10 de la noche\n")
    group, line = listed(golden_site, "ok", "ok-line")
    assert [(m.weekday, m.start) for m in group.data.meetings] == [("tuesday", time(12)), *((day, time(12)) for day in WEEKDAYS)]
    assert [(p.days, p.opens, p.closes) for p in line.data.hours.weekly] == [
        (list(WEEKDAYS[5:]), time(10), time(14)), (list(WEEKDAYS[:5]), time(18), time(22))]
    write(golden_site, "listings/groups/ok.yaml", VALID_GROUP + "meetings: Quincenal, los martes 19:00\n")
    assert problems(golden_site) == ["listings/groups/ok.yaml:8:1: meetings: 'Quincenal, los martes' is every other week: which "
                                     "Tuesdays? Give the date of one of its meetings as well, every_other_week: YYYY-MM-DD (a Tuesday it meets)"]
    write(golden_site, "listings/groups/ok.yaml", VALID_GROUP + "meetings: Jueves de 6 a 8\n")  # still asked: morning or evening?
    assert problems(golden_site) == ["listings/groups/ok.yaml:8:1: meetings: 'Jueves de 6 a 8' cannot be read as a meeting: is 6 a 8 in "
                                     "the morning or the evening? Write am or pm after it, like \"Jueves de 6 a 8pm\" (or 24-hour times, \"19:00\")"]


def test_the_realistic_directorys_meetings_in_words_read_as_their_fields(tmp_path: Path) -> None:
    """The realistic directory writes some lines' hours and phones ('Mon-Fri 5pm-11pm', 'Llame al (555) 555-0142')
    and some groups' meetings in words, in English ('1st and 3rd Tuesday, at 6:30pm',
    'Saturdays 6pm-7:30pm') and, for a group with a Spanish name, in Spanish ('Primer y tercer jueves, de 18:00 a
    19:30 h', 'Domingos a las 18:00 h'), as directories publish them: each reads as the same meetings written as
    fields, so the whole directory's model is the same either way."""
    from realistic import listings, make_realistic_site

    in_words = [listing["meetings"] for listing in listings().values() if isinstance(listing.get("meetings"), str)]
    assert len(in_words) > 50 and any(" h" in said for said in in_words) and any("pm" in said for said in in_words)
    written = load_site(make_realistic_site(tmp_path / "written"))
    fields = load_site(make_realistic_site(tmp_path / "fields", as_written=False))
    def read(item) -> tuple:
        return item.source, *(getattr(item.data, field, None) for field in ("meetings", "hours", "phones"))

    assert [read(item) for item in written.listings] == [read(item) for item in fields.listings]
    assert sum(isinstance(listing.get("hours"), str) for listing in listings().values()) > 5


def test_a_refusal_of_meetings_or_hours_written_in_spanish_gives_its_examples_in_spanish(golden_site: Path) -> None:
    """A Spanish contributor's words that cannot be read had been answered with English examples ('like "Tuesdays
    7-9pm"'): the examples are now in the words they write ('like "Martes de 19:00 a 21:00 h"'); English stays English."""
    write(golden_site, "listings/groups/ok.yaml", VALID_GROUP + "meetings: Martes por la noche\n")
    write(golden_site, "listings/helplines/ok-line.yaml", VALID_LINE + "phones: 01632 960111\nhours: De 9 a 17 h\n")
    write(golden_site, "listings/helplines/en-line.yaml", VALID_LINE + "phones: 01632 960111\nhours: 9am-5pm\n")
    assert [problem.split(": ", 2)[2] for problem in problems(golden_site)] == [
        "'Martes por la noche' cannot be read as a meeting; write its day, then its time, like \"Martes de 19:00 a 21:00 h\" or "
        "\"Primer y tercer jueves, 18:30\", or as weekday: and start: fields",
        "'9am-5pm' cannot be read as opening hours: on which days? Write them before the times, like \"Daily 9am-5pm\" or \"Mon-Fri 9am-5pm\"",
        "'De 9 a 17 h' cannot be read as opening hours: on which days? Write them before the times, like \"Todos los días de 9 a 17 h\" "
        "or \"Lunes a viernes de 9 a 17 h\""]


def test_choices_written_in_spanish_are_read_as_their_english_words(golden_site: Path) -> None:
    """A listing written in Spanish says its cost, how to join, status, kind of line, who answers, a house's referral
    and places, a forum's youngest age and where it serves in Spanish: 'Donación voluntaria', 'Sin cita', 'Pausado',
    'Línea de crisis', 'Pares y voluntarios capacitados', 'Se requiere referencia', 'Hasta 6 huéspedes', 'Mayores de
    18', 'Nacional, en línea' had each been refused ('Personal' had even been asked if it meant 'peers'). 'Línea de apoyo', a support line, is asked which
    kind, as 'Support line' is."""
    for group_words, line_words, read in [
        ("cost: Donación voluntaria\nhow_to_join: Sin cita\nstatus: Pausado\n", "kind: Línea de crisis\nanswered_by: Pares y voluntarios capacitados\n",
         ("donation", "drop-in", "temporarily-closed", "crisis-line", ["peers", "trained-volunteers"])),
        ("cost: Gratuito\nhow_to_join: Con inscripción previa\nstatus: Activo\n", "kind: Línea cálida\nanswered_by: Personal\n",
         ("free", "sign-up", "active", "warmline", ["staff"])),
    ]:
        write(golden_site, "listings/groups/ok.yaml", VALID_GROUP.replace("cost: free\n", "") + group_words)
        write(golden_site, "listings/helplines/ok-line.yaml", VALID_LINE.replace("kind: warmline\n", "") + "phones: 01632 960111\n" + line_words)
        group, line = listed(golden_site, "ok", "ok-line")
        assert (group.data.cost, group.data.how_to_join, group.data.status, line.data.kind, line.data.answered_by) == read
    # a house's referral and places, a forum's youngest age
    write(golden_site, "listings/respite/ok-house.yaml", VALID_GROUP.replace("format: online\n", "location: {region: old-town}\n")
          + "referral: Se requiere referencia\ncapacity: Hasta 6 huéspedes\n")
    write(golden_site, "listings/forums/ok-forum.yaml", VALID_GROUP.replace("format: online\n", "url: https://forum.example.org/\n")
          + "minimum_age: Mayores de 18\n")
    write(golden_site, "listings/groups/ok.yaml", VALID_GROUP.replace("service_area: [online]", "service_area: Nacional, en línea"))
    house, forum, group = listed(golden_site, "ok-house", "ok-forum", "ok")
    assert (house.data.referral, house.data.capacity, forum.data.minimum_age) == ("referral-needed", 6, 18)
    assert group.data.service_area == ["national", "online"]
    write(golden_site, "listings/helplines/ok-line.yaml", VALID_LINE.replace("kind: warmline\n", "") + "phones: 01632 960111\nkind: Línea de apoyo\n")
    write(golden_site, "listings/forums/ok-forum.yaml", VALID_GROUP.replace("format: online\n", "url: https://forum.example.org/\n")
          + "minimum_age: 18 a 25 años\n")
    assert [problem.split(": ", 2)[2] for problem in problems(golden_site)] == [
        "'18 a 25 años' gives a range; write the youngest age it takes, 18, and say the rest in the description",
        "'Línea de apoyo' says it is a line but not which kind: write warmline (someone to talk to, before things reach a crisis), "
        "crisis-line, text-line or chat"]


def test_an_age_or_a_number_of_places_is_read_with_the_words_around_it(golden_site: Path) -> None:
    """'18+', 'Adults (18 and over)', '4 beds', 'Up to 4 guests', as directories write them (they had been told to
    write a whole number); 'Under 18', which is no minimum, is still refused, and a range ('4-6') told which end to
    write. A house's referral as houses write it
    ('Self-referral accepted', 'Referral required')."""
    forum = VALID_GROUP.replace("format: online\n", "url: https://forum.example.org/\n")
    respite = VALID_GROUP.replace("format: online\nservice_area: [online]\n", "location:\n  region: old-town\n")
    for written, places in (("18+", "Up to 4 guests"), ("Adults (18 and over)", "4 bedrooms"), ("18 years or older", "4 spaces"),
                            ("Must be 18 or older", "4 beds"), ("18 and up", "4 places")):
        write(golden_site, "listings/forums/f.yaml", forum + f"minimum_age: '{written}'\n")
        write(golden_site, "listings/respite/r.yaml", respite + f"capacity: {places}\n")
        forum_listing, house = listed(golden_site, "f", "r")
        assert (forum_listing.data.minimum_age, house.data.capacity) == (18, 4), written
    write(golden_site, "listings/respite/r.yaml", respite + "referral: Self-referral accepted\n")
    write(golden_site, "listings/respite/s.yaml", respite + "referral: Referral required\n")
    assert [house.data.referral for house in listed(golden_site, "r", "s")] == ["self-referral", "referral-needed"]
    # ... or in a sentence, by the words in it; and a number as a word ('Four beds', 'Eighteen and over').
    write(golden_site, "listings/respite/r.yaml", respite + "referral: Self-referrals accepted; professional referrals "
          "welcome\ncapacity: Four beds\n")
    write(golden_site, "listings/respite/s.yaml", respite + "referral: Referral from a mental health professional required\n")
    write(golden_site, "listings/forums/f.yaml", forum + "minimum_age: Eighteen and over\n")
    r, s, f = listed(golden_site, "r", "s", "f")
    assert (r.data.referral, r.data.capacity, s.data.referral, f.data.minimum_age) == ("self-referral", 4, "referral-needed", 18)
    # who refers, said without 'required' (these had been refused); referrals from anyone are open to all
    for written, referral in (("Referral from a care coordinator", "referral-needed"), ("Must be referred by a GP", "referral-needed"),
                              ("Referrals from anyone welcome", "self-referral")):
        write(golden_site, "listings/respite/s.yaml", respite + f"referral: {written}\n")
        assert listed(golden_site, "s")[0].data.referral == referral, written
    # No minimum said in words is none, as leaving it out says; 'Adults only' is asked its age (both had been
    # told to write a whole number).
    write(golden_site, "listings/forums/f.yaml", forum + "minimum_age: No minimum\n")
    assert listed(golden_site, "f")[0].data.minimum_age is None
    write(golden_site, "listings/forums/f.yaml", forum + "minimum_age: Under 18\n")
    write(golden_site, "listings/forums/g.yaml", forum + "minimum_age: Adults only\n")
    # A range is told which end to write (it had been told to write a whole number, like 4).
    write(golden_site, "listings/forums/h.yaml", forum + "minimum_age: Ages 18 to 25\n")
    write(golden_site, "listings/respite/t.yaml", respite + "capacity: 4-6 guests\n")
    assert problems(golden_site) == [
        "listings/forums/f.yaml:8:1: minimum_age: 'Under 18' should be a whole number, like 4",
        "listings/forums/g.yaml:8:1: minimum_age: 'Adults only' gives no age, and the age of an adult differs from one "
        "place to the next: write the youngest age it takes, like 18",
        "listings/forums/h.yaml:8:1: minimum_age: 'Ages 18 to 25' gives a range; write the youngest age it takes, 18, and "
        "say the rest in the description",
        f"listings/respite/t.yaml:{respite.count(chr(10)) + 1}:1: capacity: '4-6 guests' gives a range; write the most it "
        "takes, 6, and say the rest in the description"]


def test_inactive_as_a_status_is_asked_whether_it_will_start_again(golden_site: Path) -> None:
    """'Inactive' had been asked "did you mean 'active'?", the one status it is not."""
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + "status: Inactive\n")
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:8:1: status: 'Inactive' says it is not running now: write temporarily-closed if it "
        "will start again, or closed if it has ended for good"]
    # Closed for now, saying until when: the status, and the date for the description (had been told only the choices).
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + "status: Closed until January 2027\n")
    write(golden_site, "listings/groups/break.yaml", VALID_GROUP + "status: On summer break\n")
    write(golden_site, "listings/groups/over.yaml", VALID_GROUP + "status: Not meeting over the summer\n")
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:8:1: status: 'Closed until January 2027' says it is closed for now: write status: "
        "temporarily-closed, and say when it opens again in the description",
        "listings/groups/break.yaml:8:1: status: 'On summer break' says it is closed for now: write status: "
        "temporarily-closed, and say when it opens again in the description",
        "listings/groups/over.yaml:8:1: status: 'Not meeting over the summer' says it is closed for now: write status: "
        "temporarily-closed, and say when it opens again in the description"]


def test_text_too_long_or_blank_is_told_so_in_characters(golden_site: Path) -> None:
    """A name over its limit had been told "Value should have at most 120 items after validation", and one of spaces
    "needs at least 1 item(s)": pydantic's words for a list, since a validator runs before a text's limits."""
    write(golden_site, "listings/groups/long.yaml", VALID_GROUP.replace("name: ", "name: " + "Very " * 30, 1))
    write(golden_site, "listings/groups/blank.yaml", VALID_GROUP.replace("summary: A test group.", "summary: '   '"))
    assert problems(golden_site) == [
        "listings/groups/blank.yaml:2:1: summary: must not be empty",
        "listings/groups/long.yaml:1:1: name: is too long (160 characters); keep it to 120",  # 'Very ' * 30 + 'Test Group'
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
    """peerdir stops at 24 levels, where the 25th opens. libyaml from 0.2.5 stops by itself at 1,000 levels while its
    scanner reads ahead, before peerdir sees the 25th: the same words then, where libyaml stopped."""
    write(golden_site, "listings/groups/bad.yaml", "[" * 30 + "]" * 30)
    assert problems(golden_site) == ["listings/groups/bad.yaml:1:25: nested more than 24 levels deep; simplify it"]
    write(golden_site, "listings/groups/bad.yaml", "[" * 30000 + "]" * 30000)
    assert problems(golden_site) in (
        ["listings/groups/bad.yaml:1:25: nested more than 24 levels deep; simplify it"],
        ["listings/groups/bad.yaml:1:1001: nested more than 24 levels deep; simplify it"],
    )


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


def test_a_language_is_read_by_its_code_its_name_or_a_regional_code(golden_site: Path) -> None:
    """The golden site lists en-GB and cy: a directory's spreadsheet writes 'English', 'Welsh', 'Cymraeg', 'en' or
    'en-US', each one of those; 'fr' and 'French' are not the site's, and 'zz' is no language; 'Welsh-speaking',
    and 'BSL' where the site lists British Sign Language (bfi), are too."""
    text = VALID_GROUP + "languages: [English, Welsh, Cymraeg, en, en-US, cy_GB]\n"
    write(golden_site, "listings/groups/ok.yaml", text)
    (listing,) = listed(golden_site, "ok")
    assert listing.data.languages == ["en-GB", "cy"]  # each once, as many ways as it was written
    write(golden_site, "listings/groups/ok.yaml", VALID_GROUP + "languages: [French, zz, BSL]\n")
    assert problems(golden_site) == [
        "listings/groups/ok.yaml:8:13: languages[0]: 'French' is not one of the site's languages. Languages are: en-GB, cy",
        "listings/groups/ok.yaml:8:21: languages[1]: 'zz' is not one of the site's languages. Languages are: en-GB, cy",
        "listings/groups/ok.yaml:8:25: languages[2]: 'BSL' is not one of the site's languages. Languages are: en-GB, cy",
    ]
    # A language named as its speakers are, and a sign language by its letters, where the site lists it.
    config = golden_site / "site.yaml"
    config.write_text(config.read_text().replace("  - id: cy\n", "  - id: bfi\n    name: British Sign Language\n  - id: cy\n"))
    write(golden_site, "listings/groups/ok.yaml", VALID_GROUP + "languages: [Welsh-speaking, English speakers, BSL]\n")
    (listing,) = listed(golden_site, "ok")
    assert listing.data.languages == ["cy", "en-GB", "bfi"]
    write(golden_site, "listings/groups/ok.yaml", VALID_GROUP + "languages: 'Welsh language, English only'\n")
    assert listed(golden_site, "ok")[0].data.languages == ["cy", "en-GB"]  # words that say nothing more


def test_a_term_may_be_written_by_the_other_words_site_yaml_gives_it_each_word_to_one_term(golden_site: Path) -> None:
    config = golden_site / "site.yaml"
    original = config.read_text()
    config.write_text(original.replace("  - id: grief\n    name: Grief\n", "  - id: grief\n    name: Grief\n    also: [Bereavement, loss]\n"))
    write(golden_site, "listings/groups/ok.yaml", VALID_GROUP + "topics: [bereavement, Loss, anxiety]\n")
    (listing,) = listed(golden_site, "ok")
    assert listing.data.topics == ["grief", "anxiety"]  # one topic, written twice
    config.write_text(original.replace("  - id: grief\n    name: Grief\n", "  - id: grief\n    name: Grief\n    also: [anxiety]\n"))
    (problem,) = problems(golden_site)
    assert problem == "site.yaml:25:5: topics[1]: 'anxiety' names both 'anxiety' and 'grief'; give each word to one of them"


@pytest.mark.parametrize("change, expected", [
    (("  - id: riverside\n", "  - id: old-town\n"), "site.yaml:20:5: regions[1].id: the id 'old-town' is used twice; each id must be unique"),
    (("  - id: riverside\n", "  - id: online\n"),
     "site.yaml:20:5: regions[1].id: 'online' is reserved for listings available everywhere; choose another id"),
    (("language: en-GB\n", "language: fr\n"), "site.yaml:4:1: language: 'fr' must be one of the languages listed under languages"),
])
def test_a_problem_with_the_site_vocabularies_is_told_at_its_line(golden_site: Path, change: tuple[str, str], expected: str) -> None:
    """Each had been told at site.yaml:1:1, leaving the organization to find the term among dozens."""
    config = golden_site / "site.yaml"
    config.write_text(config.read_text().replace(*change))
    assert problems(golden_site) == [expected]


def test_vocabulary_typos(golden_site: Path) -> None:
    text = VALID_GROUP.replace("service_area: [online]", "service_area: [old town, Riversid]")
    write(golden_site, "listings/groups/bad.yaml", text + "topics: [Anxeity]\nlanguages: [fr]\naudiences: [Carers]\n")
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:7:26: service_area[1]: 'Riversid' is not a region — did you mean 'riverside'? "
        "Regions are: old-town, riverside, national, online",
        "listings/groups/bad.yaml:8:10: topics[0]: 'Anxeity' is not a topic — did you mean 'anxiety'? Topics are: anxiety, grief",
        "listings/groups/bad.yaml:9:13: languages[0]: 'fr' is not one of the site's languages. Languages are: en-GB, cy",
    ]


def test_a_term_written_with_a_space_for_its_hyphen_or_and_for_its_ampersand_is_that_term(sample_site: Path) -> None:
    """'Self harm' for the term named Self-harm, 'Grief & Loss' for Grief and loss (the first had been asked "did you
    mean 'self-harm'?", the second cut at its '&' and 'Loss' refused)."""
    write(sample_site, "listings/groups/ok.yaml", VALID_GROUP + "topics: [Self harm, Grief & Loss, Suicidal-Thoughts]\n"
          "audiences: [young people, Carers & family]\n")
    (ok,) = listed(sample_site, "ok")
    assert (ok.data.topics, ok.data.audiences) == (["self-harm", "grief", "suicidal-thoughts"], ["young-people", "carers"])


def test_schedule_problems(golden_site: Path) -> None:
    text = VALID_GROUP.replace("format: online", "format: in person").replace("service_area: [online]\n", "")
    text += 'meetings:\n  - weekday: funday\n    start: "7"\n    end: "19:00"\n    timezone: Mars/Olympus\n'
    text += '  - weekday: monday\n    start: "19:00"\n    end: "18:00"\n'
    write(golden_site, "listings/groups/bad.yaml", text)
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:8:5: meetings[0].weekday: 'funday' is not a day of the week; write one of: monday, "
        "tuesday, wednesday, thursday, friday, saturday, sunday",
        "listings/groups/bad.yaml:9:5: meetings[0].start: '7' is not a time; write it like \"19:00\" (24-hour, in quotes) "
        'or "7 pm"',
        "listings/groups/bad.yaml:11:5: meetings[0].timezone: 'Mars/Olympus' is not a time zone; write a name such as "
        "America/New_York or Europe/London",
        "listings/groups/bad.yaml:14:5: meetings[1].end: the end time, 18:00, must be after the start time, 19:00",
    ]


def test_a_time_zone_field_takes_a_zone_as_directories_name_one(golden_site: Path) -> None:
    """`timezone: Pacific`, `ET`, `EST` are the zones hours and meetings read after their times (the database's own
    EST, which `EST` had been, is five hours behind UTC all year: a New York meeting an hour out all summer);
    `MST`, written for two zones, is told the two to choose from."""
    write(golden_site, "listings/groups/ok.yaml", VALID_GROUP + "meetings:\n  - weekday: monday\n    start: 7pm\n"
          "    timezone: Pacific\n  - weekday: tuesday\n    start: 7pm\n    timezone: EST\n")
    assert [m.timezone for m in listed(golden_site, "ok")[0].data.meetings] == ["America/Los_Angeles", "America/New_York"]
    write(golden_site, "listings/groups/ok.yaml", VALID_GROUP + "meetings:\n  - weekday: monday\n    start: 7pm\n"
          "    timezone: MST\n")
    assert problems(golden_site) == [
        "listings/groups/ok.yaml:11:5: meetings[0].timezone: 'MST' is written for two time zones; write \"MT\" (Colorado, "
        "with summer time) or \"Arizona time\" (without) instead"]


def test_a_translation_in_a_language_the_site_does_not_list_is_named_plainly(golden_site: Path) -> None:
    """The field had been named 'translations.xx.[key]', pydantic's mark for a block's key."""
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + "translations:\n  xx:\n    name: Foo\n")
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:9:3: translations.xx: 'xx' is not one of the site's languages. Languages are: en-GB, cy"]


def test_a_meeting_that_ends_after_midnight_ends_the_next_day(golden_site: Path) -> None:
    """'Fridays 10pm-1am', '8pm-midnight', a late start with a duration: the end is the next day's (these had been
    refused, told to give only the start and the end in a note), said as written ('10 pm–1 am'); an end before the
    start that is no late meeting's ('19:00' to '07:00', for 7 to 9 pm) stays refused, as a duration that would
    run into the morning does."""
    write(golden_site, "listings/groups/late.yaml", VALID_GROUP + "meetings: Fridays 10pm-1am; Sat 20-24\n")
    write(golden_site, "listings/groups/later.yaml", VALID_GROUP + "meetings:\n  - weekday: sunday\n    start: '23:00'\n"
          "    duration: 90\n")
    late, later = listed(golden_site, "late", "later")
    assert [(m.start, m.ends, m.length) for m in (*late.data.meetings, *later.data.meetings)] == [
        (time(22), time(1), 180), (time(20), time(0), 240), (time(23), time(0, 30), 90)]
    assert (*late.meetings, *later.meetings) == ("Every Friday, 22:00–01:00", "Every Saturday, 20:00–00:00", "Every Sunday, 23:00–00:30")
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + "meetings:\n  - weekday: monday\n    start: '19:00'\n"
          "    end: '07:00'\n  - weekday: monday\n    start: '15:00'\n    duration: 720\n")
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:11:5: meetings[0].end: the end time, 07:00, must be after the start time, 19:00",
        "listings/groups/bad.yaml:14:5: meetings[1].duration: it would end at 03:00 the next day; shorten the duration"]


def test_weeks_of_the_month_in_brackets_after_a_meeting_are_its_weeks(golden_site: Path) -> None:
    """'Sundays 2-4pm (2nd and 4th)' had been a meeting every Sunday with the note "2nd and 4th", so the page sent
    people on the 1st and 3rd Sundays too; the weeks in brackets (or after a comma: it had been refused) are its
    weeks, with its day named again or not.
    Weeks of other days are in doubt, and refused; other words with an ordinal stay a note ('2nd floor')."""
    write(golden_site, "listings/groups/weeks.yaml", VALID_GROUP + "meetings: 'Sundays 2-4pm (2nd and 4th); Tuesdays 7pm (last "
          "Tuesday of the month); Thursdays 6pm (2nd floor); Mondays 7pm, first and third; Fridays 1pm (first Friday only)'\n")
    (group,) = listed(golden_site, "weeks")
    assert [(m.weekday, m.weeks, m.start, m.note) for m in group.data.meetings] == [
        ("sunday", [2, 4], time(14), None), ("tuesday", ["last"], time(19), None), ("thursday", [], time(18), "2nd floor"),
        ("monday", [1, 3], time(19), None), ("friday", [1], time(13), None)]
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + "meetings: 'Sundays 2-4pm (2nd & 4th Mondays)'\n")
    assert [p.split(": ", 1)[1] for p in problems(golden_site)] == [  # told why (it had been the generic refusal)
        "meetings: 'Sundays 2-4pm (2nd & 4th Mondays)' cannot be read as a meeting: '2nd & 4th Mondays' names Mondays, "
        "but it meets on Sundays; give each day its own meeting, with its weeks before it, like \"2nd and 4th Monday 2-4pm\""]


def test_unquoted_times_are_read_as_times_not_numbers(golden_site: Path) -> None:
    text = VALID_GROUP + "meetings:\n  - weekday: monday\n    start: 19:00\n    end: 20:30\n"
    write(golden_site, "listings/groups/ok.yaml", text)
    (listing,) = listed(golden_site, "ok")
    assert listing.meetings == ("Every Monday, 19:00–20:30",)


def test_a_time_zone_named_after_a_meetings_time_field_by_field_is_its_zone(golden_site: Path) -> None:
    """'start: 7pm ET', as in text: 7 pm in that zone (it had been told it was not a time); a zone after the end too;
    two zones for one meeting are refused, pointing at the second."""
    write(golden_site, "listings/groups/zoned.yaml", VALID_GROUP + "meetings:\n  - weekday: tuesday\n    start: 7pm ET\n"
          "    end: '8:30pm ET'\n  - weekday: friday\n    start: '18:00'\n    end: 7pm Pacific\n"
          "  - weekday: monday\n    start: 7pm ET\n    timezone: Eastern time\n")  # the same zone twice, as timezone: reads it
    (group,) = listed(golden_site, "zoned")
    assert [(m.start, m.end, m.timezone) for m in group.data.meetings] == [
        (time(19), time(20, 30), "America/New_York"), (time(18), time(19), "America/Los_Angeles"),
        (time(19), None, "America/New_York")]
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + "meetings:\n  - weekday: tuesday\n    start: 7pm ET\n"
          "    end: 8pm PT\n")
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:11:5: meetings[0].end: '8pm PT' names a time zone other than the one its meeting's other "
        "time or timezone: gives; write each time alone, like \"8pm\", and the zone once, in timezone:"]


def test_times_and_days_are_read_as_directories_write_them(golden_site: Path) -> None:
    """"7pm", "7:30 PM", "9.15 a.m." and "Tuesdays" say exactly what "19:00", "19:30", "09:15" and "tuesday" do;
    "12 am" is midnight and "12 pm" noon, as are the words."""
    text = VALID_GROUP + (
        "meetings:\n  - weekday: Tuesdays\n    start: 7pm\n    end: 8:30 PM\n"
        "  - weekday: Thurs.\n    start: 9.15 a.m.\n    end: 12 pm\n"
        "  - weekday: sat\n    start: 12 am\n    end: 1am\n"
        "  - weekday: sun\n    start: Noon\n    end: 1 p.m.\n"
        "  - weekday: wed\n    start: 8:30a\n    end: 10a\n"  # as meeting lists and 211 feeds shorten them
        "  - weekday: fri\n    start: 7p\n    end: 8:30 p\n"
    )
    write(golden_site, "listings/groups/ok.yaml", text)
    meetings = listed(golden_site, "ok")[0].data.meetings
    assert [(m.weekday, m.start, m.end) for m in meetings] == [
        ("tuesday", time(19, 0), time(20, 30)), ("thursday", time(9, 15), time(12, 0)), ("saturday", time(0, 0), time(1, 0)),
        ("sunday", time(12, 0), time(13, 0)), ("wednesday", time(8, 30), time(10, 0)), ("friday", time(19, 0), time(20, 30)),
    ]
    write(golden_site, "listings/groups/ok.yaml", VALID_GROUP + "meetings: Tuesdays 7p-8:30p; Sat 10a-noon\n")
    assert [(m.weekday, m.start, m.end) for m in listed(golden_site, "ok")[0].data.meetings] == [
        ("tuesday", time(19, 0), time(20, 30)), ("saturday", time(10, 0), time(12, 0))]
    from peerdir.sources.blocks import OpeningPeriod

    evening = OpeningPeriod.model_validate({"days": ["monday"], "opens": "6 pm", "closes": "Midnight"})
    assert (evening.opens, evening.closes) == (time(18, 0), time(0, 0))  # 00:00: open until the day ends
    for unclear in ("7", "13 pm", "0 am", "7:5 pm", "7 pmm", "noonish", "7 pa", "13p"):
        write(golden_site, "listings/groups/ok.yaml", VALID_GROUP + f"meetings:\n  - weekday: monday\n    start: {unclear}\n")
        assert problems(golden_site) == [
            f"listings/groups/ok.yaml:10:5: meetings[0].start: '{unclear}' is not a time; write it like \"19:00\" (24-hour, "
            'in quotes) or "7 pm"'
        ], unclear


def test_in_person_group_needs_a_location(golden_site: Path) -> None:
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP.replace("format: online", "format: in-person"))
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:1:1: location: a group that meets in-person needs a location: venue, address and region"
    ]


def test_phone_numbers_must_be_dialable(golden_site: Path) -> None:
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + "phones:\n  - number: 01632 960111 960\n    kind: pager\n"
          "  - number: call us\n")
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:9:5: phones[0].number: '01632 960111 960' is not a phone number we can dial from GB; write it as "
        "you would dial it, like 01632 960000, with the country code, like +44 1632 960000, or a short code the region dials, "
        "like 988 or 211",
        "listings/groups/bad.yaml:10:5: phones[0].kind: 'pager' is not allowed here. Write one of: voice, text, whatsapp",
        "listings/groups/bad.yaml:11:5: phones[1].number: 'call us' is not a phone number; if there is none, leave the number out",
    ]


def test_the_emergency_number_is_no_listings_own(golden_site: Path, sample_site: Path) -> None:
    """'Call 999 in an emergency', copied from a service's page into its phones, had been a Call 999 button among
    the service's own numbers, and HSDS had exported 999 as the service's phone; it is refused, saying why, in the
    UK (999, 112) and the US (911). 988 and 116 123, lines a directory may list, are no emergency numbers."""
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + "phones:\n  - 01632 960111\n  - In an emergency call 999\n")
    write(golden_site, "listings/groups/eu.yaml", VALID_GROUP + "phones: '112'\n")
    write(golden_site, "listings/groups/good.yaml", VALID_GROUP + "phones: 116 123\n")
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:10:5: phones[1].number: 999 is the emergency number, not this listing's own (every page shows "
        "the site's crisis lines); leave it out here, and say when to call it in the description if it matters",
        "listings/groups/eu.yaml:8:1: phones: 112 is the emergency number, not this listing's own (every page shows the "
        "site's crisis lines); leave it out here, and say when to call it in the description if it matters"]
    write(sample_site, "listings/groups/bad.yaml", VALID_GROUP + "phones: 911\n")
    assert [p.split(": ")[1] for p in problems(sample_site)] == ["phones[0].number"]
    write(sample_site, "listings/groups/bad.yaml", VALID_GROUP + "phones: 988\n")
    assert [phone.number for phone in listed(sample_site, "bad")[0].data.phones] == ["988"]


def test_a_short_code_that_takes_only_texts_is_texted(sample_site: Path) -> None:
    """741741 takes text messages and no calls (phonenumbers' short-number data): given without its kind it is a
    number to text, whose button then works; given as a number to call, in a listing or as a crisis line's call,
    it is refused, as its button would reach nobody; 'Call or text 741741', a number to text alone."""
    write(sample_site, "listings/helplines/text-line.yaml", VALID_GROUP.replace("format: online\n", "kind: text-line\n")
          + "phones: 741741\n")
    listing = next(item for item in load_site(sample_site, BUILD_DATE).listings if item.slug == "text-line")
    assert [(phone.kind, phone.href) for phone in listing.phones] == [("text", "sms:741741")]
    # 'Call or text' it, as a list says of its other numbers, is one number to text (it had been two alike).
    write(sample_site, "listings/helplines/text-line.yaml", VALID_GROUP.replace("format: online\n", "kind: text-line\n")
          + "phones:\n  - Call or text 741741 (Spanish)\n  - Call or text (503) 555-0145\n  - 741741 (24 hours)\n")
    listing = next(item for item in load_site(sample_site, BUILD_DATE).listings if item.slug == "text-line")
    assert [(phone.kind, phone.href, phone.label, phone.hours) for phone in listing.phones] == [
        ("text", "sms:741741", "Spanish", None), ("voice", "tel:+15035550145", None, None),
        ("text", "sms:+15035550145", None, None), ("text", "sms:741741", None, "24 hours")]  # its hours had made it a call, refused
    write(sample_site, "listings/groups/bad.yaml", VALID_GROUP + "phones:\n  - number: 741741\n    kind: voice\n")
    assert problems(sample_site) == [
        "listings/groups/bad.yaml:10:5: phones[0].kind: 741741 takes text messages, not calls: write kind: text"]
    config = sample_site / "site.yaml"
    config.write_text(config.read_text().replace('call: "988"', 'call: "741741"', 1))
    line = config.read_text()[: config.read_text().index('call: "741741"')].count("\n") + 1
    assert problems(sample_site) == [f"site.yaml:{line}:5: crisis[0].call: 741741 takes text messages, not calls: give it as text: 741741"]


def test_a_number_without_its_area_code_is_refused_with_a_whole_one_to_follow(golden_site: Path) -> None:
    """'555-0117' in a US directory, or a fragment of a UK number: phonenumbers calls them possible only inside
    their area, and a button had dialled +15550117, which no phone can; a mobile often cannot dial a local number
    without its area code either."""
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + "phones:\n  - number: '0163'\n")
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:9:5: phones[0].number: '0163' has no area code, so only a phone in its area could "
        "dial it; write the whole number, like 01632 960000",
    ]
    from peerdir.sources import phones

    assert phones.problem("555-0117", "US") == (
        "'555-0117' has no area code, so only a phone in its area could dial it; write the whole number, like (503) 555-0100")
    assert phones.dial("555-0117", "US") is None and phones.problem("(503) 555-0117", "US") is None


def test_a_note_beside_a_short_code_is_never_dialled_as_more_of_it(sample_site: Path) -> None:
    """'988 (24/7)' had been a button to text 988247, and '211 - 24 hours' one to text 21124: phonenumbers read
    the note's figures as more of the number, and the US has six- and five-figure short codes for texts. The code is
    the number, and the note when it is answered; a bracket around an area code, or '(0)', stays part of a number."""
    from peerdir.sources import phones

    write(sample_site, "listings/helplines/line.yaml", VALID_LINE.replace("[online]", "[national]")
          + "phones:\n  - 988 (24/7)\n  - Call 211 - 24 hours\n  - 988 - 24/7\n  - +1 (503) 555-0117\n")
    (line,) = listed(sample_site, "line")
    assert [(phone.href, phone.note) for phone in line.phones] == [
        ("tel:988", "24/7"), ("tel:211", "24 hours"), ("tel:988", "24/7"), ("tel:+15035550117", "")]
    assert [phones.dial(written, "US") for written in ("988 (24/7)", "988 - 24", "211-24")] == [None, None, None]
    assert phones.dial("+44 (0)1632 960111", "GB").dial == "+441632960111"
    # A local number with a note is told its area code first (it had been accepted as the number '555-0117 (24/7)',
    # then, with the bracket refused, told to make '24 7' a label before it was told the area code was missing).
    assert phones.problem("555-0117 (24/7)", "US") == ("'555-0117 (24/7)' has no area code, so only a phone in its area "
                                                      "could dial it; write the whole number, like (503) 555-0100")


def test_words_beside_a_number_are_never_dialled_as_keypad_letters(sample_site: Path) -> None:
    """phonenumbers reads letters as a keypad's ('1-800-FLOWERS'), so '555-0117 (TTY)' had been a button dialling
    +1 555-011-7889 and '988 (Spanish)' one dialling +1 988-772-6474: wrong numbers, for someone in distress. Only
    capitals joined to the figures are keypad letters now; other words are words beside the number, and so are
    figures in brackets after it."""
    from peerdir.sources import phones

    write(sample_site, "listings/groups/bad.yaml", VALID_GROUP + "phones:\n  - 988 (Spanish)\n  - 555-0117 (TTY)\n")
    assert problems(sample_site) == [
        "listings/groups/bad.yaml:10:5: phones[1].number: '555-0117 (TTY)' has no area code, so only a phone in its "
        "area could dial it; write the whole number, like (503) 555-0100"]  # its area code told first (2547812)
    # A figure in the note is no part of the number: 'Call 988 (24 hours)' had been a button to text 98824.
    write(sample_site, "listings/groups/bad.yaml", VALID_GROUP + "phones:\n  - 988 (Spanish)\n  - Call 988 (24 hours)\n")
    (listing,) = listed(sample_site, "bad")
    assert [(phone.href, phone.label, phone.hours) for phone in listing.phones] == [
        ("tel:988", "Spanish", None), ("tel:988", None, "24 hours")]
    assert phones.dial("988 (Spanish)", "US") is None and phones.number_and_words("988 (Spanish)", "US") == ("988", "Spanish")
    assert phones.dial("555-0117 (TTY)", "US") is None and phones.problem("555-0117 (TTY)", "US") is not None
    assert phones.dial("1-800-555-HELP", "US").dial == "+18005554357"  # a keypad's letters, as written
    assert phones.dial("1-800-GRIEF-01", "US").dial == "+18004743301"
    # Spaced from the figures, letters that complete a number are its keypad's ('1 800 273 TALK' had been told it had
    # no area code); after a whole number or a short code, or after a whole group of four, they stay words.
    assert [phones.dial(written, "US").dial for written in ("1 800 273 TALK", "1 800 FLOWERS")] == ["+18002738255", "+18003569377"]
    # ... and so where the figures before them would be a code to text, and with the letters a whole number ('503 555
    # HELP' had been a button to text 503555, labelled HELP); after a code that they make no number with, words.
    assert phones.dial("503 555 HELP", "US").dial == "+15035554357"
    assert phones.number_and_words("988 HELP", "US") == ("988", "HELP")
    assert phones.dial("555-0117 TTY", "US") is None and phones.number_and_words("(503) 555-0117 TTY", "US") == (
        "(503) 555-0117", "TTY")
    assert phones.dial("(503) 555-0117 ext. 12", "US").extension == "12"
    # ... and with a colon, as forms write it ('ext: 12' had been no extension, but a label beside a button that
    # dialled the main number alone)
    assert [phones.dial(f"(503) 555-0117 {ext}", "US").extension for ext in ("ext: 12", "Extension: 205", "x: 3")] == ["12", "205", "3"]
    assert phones.number_and_words("(503) 555-0117 ext: 12", "US") is None
    assert phones.dial("988 /", "US").display == "988"  # a short code shows as written, without stray punctuation
    # A vanity number after 'Call', or before a note: it had been refused, told to write '1-800-555' and label 'HELP'.
    write(sample_site, "listings/groups/bad.yaml", VALID_GROUP + "phones:\n  - Call 1-800-555-HELP (TTY)\n"
          "  - 'Phone: 1-800-GRIEF-01'\n")
    (listing,) = listed(sample_site, "bad")
    assert [(phone.href, phone.label) for phone in listing.phones] == [("tel:+18005554357", "TTY"), ("tel:+18004743301", None)]
    # What says only to call it, before the number: no label ('Tel.' had left its full stop as one); a word to
    # call after it is the label's ('... - call Dave' had been labelled 'Dave').
    assert [phones.number_and_words(written, "US") for written in (
        "Tel. (503) 555-0117 (TTY)", "Phone #: (503) 555-0117", "Ph. (503) 555-0117", "(503) 555-0161 - call Dave")] == [
        ("(503) 555-0117", "TTY"), ("(503) 555-0117", ""), ("(503) 555-0117", ""), ("(503) 555-0161", "call Dave")]
    # A slash between words stays ('Voice/TTY' had been labelled 'Voice TTY', 'English/Spanish' 'English Spanish').
    assert [phones.number_and_words(written, "US") for written in (
        "(503) 555-0117 (Voice/TTY)", "English/Spanish: (503) 555-0117", "(503) 555-0117 /")] == [
        ("(503) 555-0117", "Voice/TTY"), ("(503) 555-0117", "English/Spanish"), ("(503) 555-0117", "")]
    # Punctuation or an extension's mark alone is no label (they had been buttons labelled '.', 'X', 'Ext'); two whole
    # numbers with only a space between them are told as two (they had been told no number could be dialled).
    assert [phones.number_and_words(written, "US") for written in ("Call: (503) 555-0117.", "(503) 555-0117x", "(503) 555-0117 ext")] == [
        ("(503) 555-0117", "")] * 3
    assert phones.problem("(503) 555-0117 (503) 555-0118", "US") == (
        "'(503) 555-0117 (503) 555-0118' holds 2 numbers; give each its own entry, with number: (503) 555-0117 in one and "
        "number: (503) 555-0118 in the next")
    # An extension in brackets is dialled (it had been told to be a label, which no phone dials); a second number in
    # a note is told as a number of its own (it had been told to go in a label, 'after hours 988').
    assert phones.dial("(503) 555-0117 (Ext. 2)", "US").extension == "2"
    assert phones.problem("(503) 555-0117 (after hours: 988)", "US") == (
        "'(503) 555-0117 (after hours: 988)' holds 2 numbers; give each its own entry, with number: (503) 555-0117 in one "
        "and number: 988 in the next, and what each is for in its label")
    # The figures its letters stand for, in brackets, as US directories write it: the same number, not its label.
    write(sample_site, "listings/groups/bad.yaml", VALID_GROUP + "phones:\n  - 1-800-555-HELP (4357)\n"
          "  - number: 1-800-555-TALK (8255)\n  - 1-800-555-8255 (TALK)\n  - (503) 555-0889 (TTY)\n")
    (listing,) = listed(sample_site, "bad")
    assert [(phone.href, phone.label) for phone in listing.phones] == [
        ("tel:+18005554357", None), ("tel:+18005558255", None), ("tel:+18005558255", None), ("tel:+15035550889", "TTY")]
    assert phones.problem("Call 1-800-555-HELP now", "US") == (
        "'Call 1-800-555-HELP now' holds words as well as the number; write only the number, 1-800-555-HELP, and the "
        "words in its label, like label: now")  # not '1-800-555' and 'HELP now'


@pytest.mark.parametrize(("written", "message"), [
    ("01632 960111 or 01632 960222", "'01632 960111 or 01632 960222' holds 2 numbers; give each its own entry, with number: "
                                     "01632 960111 in one and number: 01632 960222 in the next"),
    ("116 123, press 1", "'116 123, press 1' holds words as well as the number; write only the number, 116 123, and the "
                         "words in its label, like label: press 1"),
], ids=["two-numbers", "menu-option-and-a-label"])
def test_a_phone_number_written_with_another_number_or_a_menu_option_and_a_label_is_refused_with_the_number_to_write(
        golden_site: Path, written: str, message: str) -> None:
    """A button dials one number; a menu option after a short code had been 'not a phone number we can dial', and
    where the phone gives its own label, it still goes there."""
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + f"phones:\n  - number: '{written}'\n"
          + ("    label: Office\n" if "press" in written else ""))
    assert problems(golden_site) == [f"listings/groups/bad.yaml:9:5: phones[0].number: {message}"]


def test_a_note_with_figures_that_are_no_number_is_the_label(golden_site: Path) -> None:
    """'(ages 18-25)', '(Line 2)', 'after 5pm' beside a number: its label (they had been refused, told to write the
    label without its figures: 'ages 18 25'); a note that is another number after 'or' is that number too."""
    write(golden_site, "listings/groups/good.yaml", VALID_GROUP + "phones:\n  - 01632 960111 (ages 18-25)\n"
          "  - 01632 960112 (Line 2)\n  - Text 07700 900123 after 5pm\n  - 01632 960113 (Room 101)\n")
    (listing,) = listed(golden_site, "good")
    assert [(p.number, p.kind, p.label) for p in listing.data.phones] == [
        ("01632 960111", "voice", "Ages 18-25"), ("01632 960112", "voice", "Line 2"), ("07700 900123", "text", "After 5pm"),
        ("01632 960113", "voice", "Room 101")]  # a room's number, though 101 is a UK short code (had been two numbers)
    write(golden_site, "listings/groups/good.yaml", VALID_GROUP + "phones:\n  - 01632 960111 (or 116 123)\n")
    (listing,) = listed(golden_site, "good")
    assert [(p.number, p.label) for p in listing.data.phones] == [("01632 960111", None), ("116 123", None)]


def test_a_menu_option_after_a_number_is_its_label(golden_site: Path) -> None:
    """'116 123, press 1' (as the Veterans Crisis Line is published: 'Dial 988 then press 1') is the number, and the
    option beside its button, with what it is for if said: it had been refused, telling the contributor to write
    just that."""
    write(golden_site, "listings/groups/good.yaml", VALID_GROUP + "phones:\n  - 116 123, press 1\n"
          "  - Call 01632 960111 and press 2\n  - Dial 116 123 then select 3\n  - 01632 960112, option 4\n")
    (listing,) = listed(golden_site, "good")
    assert [(p.number, p.kind, p.label) for p in listing.data.phones] == [
        ("116 123", "voice", "Press 1"), ("01632 960111", "voice", "Press 2"), ("116 123", "voice", "Select 3"),
        ("01632 960112", "voice", "Option 4")]
    # With what the option is for, as US directories give the Veterans Crisis Line ('988 (press 1 for veterans)'):
    # it had been refused, told to write the same words as the label.
    write(golden_site, "listings/groups/good.yaml", VALID_GROUP + "phones:\n  - 116 123 (press 1 for veterans)\n"
          "  - 116 123 then PRESS 1 for the Veterans Crisis Line\n  - 'Welsh: 01632 960111, press 2 for a peer'\n")
    assert [(p.number, p.label) for p in listed(golden_site, "good")[0].data.phones] == [
        ("116 123", "Press 1 for veterans"), ("116 123", "Press 1 for the Veterans Crisis Line"),
        ("01632 960111", "Welsh, press 2 for a peer")]
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + "phones:\n  - Call or text 116 123, press 1\n"
          "  - Text 01632 960111, press 2\n")
    assert problems(golden_site) == [
        f"listings/groups/bad.yaml:{line}:5: phones[{index}].number: '{number}, press {option}': 'press {option}' is "
        f"chosen on a call, not in a message; give the number to text alone, {number}"
        for line, index, number, option in ((9, 0, "116 123", 1), (10, 1, "01632 960111", 2))]


def test_words_before_a_number_with_a_note_are_its_label(golden_site: Path) -> None:
    """'Welsh: 01632 960222 (Mon-Fri 9-5)', 'Crisis line: 116 123 (24/7)', as directories list a service's lines:
    the label, and the note its hours, its option or more of its label (they had been refused, told to write the
    label 'Welsh Mon Fri 9 5'). Words with figures, or words of a way to reach it, before the number stay refused."""
    write(golden_site, "listings/groups/good.yaml", VALID_GROUP + "phones:\n  - 'Welsh: 01632 960222 (Mon-Fri 9-5)'\n"
          "  - 'Crisis line: 116 123 (24/7)'\n  - 'Office 01632 960111, Mon-Fri 9am-5pm'\n  - 'Youth line: 01632 960112 "
          "(ages 14-18)'\n  - 'Spanish: 116 123, press 2'\n")
    (listing,) = listed(golden_site, "good")
    assert [(p.number, p.label, p.hours) for p in listing.data.phones] == [
        ("01632 960222", "Welsh", "Mon-Fri 9-5"), ("116 123", "Crisis line", "24/7"),
        ("01632 960111", "Office", "Mon-Fri 9am-5pm"), ("01632 960112", "Youth line (ages 14-18)", None),
        ("116 123", "Spanish, press 2", None)]
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + "phones:\n  - 'Line 2: 01632 960222 (Mon-Fri 9-5)'\n"
          "  - 'Please call Dave on 01632 960111 after 5pm'\n  - number: 'Welsh: 01632 960223 (Mon-Fri 9-5)'\n"
          "    label: Welsh line\n")
    assert [problem.split(": '")[0] for problem in problems(golden_site)] == [
        f"listings/groups/bad.yaml:{line}:5: phones[{index}].number" for line, index in ((9, 0), (10, 1), (11, 2))]


def test_a_phone_number_written_with_words_is_the_number_and_its_label(golden_site: Path) -> None:
    """Directories write notes into their numbers ('01632 960111 (minicom)', 'Textphone: ...'): they are the
    number's label, beside its button, which dials the number alone; 'Call 116 123' is the number; 'Text SHOUT to
    116 123' is a number to text, with the word to send, 'SMS: ...' one to text, 'WhatsApp: ...' one to message
    on WhatsApp (each had been a button to call, labelled with the word); 'Call or text ...' is the
    number to call and to text; '... or ...' in a list of numbers, a phone each.
    Where the phone gives a label or a kind of its own, the words stay in the number, refused, saying where they go."""
    write(golden_site, "listings/groups/good.yaml", VALID_GROUP + "phones:\n  - number: '01632 960111 (minicom)'\n"
          "  - Call or text 01632 960113\n  - number: 'Textphone: 01632 960112'\n  - Call 116 123\n  - Text SHOUT to 116 123\n")
    (listing,) = listed(golden_site, "good")
    assert [(p.number, p.kind, p.label, p.text_message) for p in listing.data.phones] == [  # in the order written
        ("01632 960111", "voice", "Minicom", None), ("01632 960113", "voice", None, None), ("01632 960113", "text", None, None),
        ("01632 960112", "voice", "Textphone", None), ("116 123", "voice", None, None), ("116 123", "text", None, "SHOUT")]
    assert [phone.href for phone in listing.phones] == [
        "tel:+441632960111", "tel:+441632960113", "sms:+441632960113", "tel:+441632960112", "tel:116123", "sms:116123"]
    # 'Text' or 'SMS' alone is a number to text (it had been a button to call, labelled Text); two numbers in one
    # entry of a list, a phone each, in place.
    write(golden_site, "listings/groups/good.yaml", VALID_GROUP + "phones:\n  - 'SMS: 07700 900123'\n"
          "  - 01632 960111 or 01632 960222\n  - Text only 07700 900124\n  - 'Text line: 07700 900125'\n"
          "  - 'WhatsApp: +44 7700 900126'\n  - 01632 960127 (24 hours)\n  - 'Call 01632 960128, Mon-Fri 9-5'\n"
          "  - 01632 960129 – lines open 8am-8pm\n  - 01632 960130/1\n  - 01632 960132 - 24/7\n")
    (listing,) = listed(golden_site, "good")
    assert [(p.number, p.kind, p.label) for p in listing.data.phones] == [
        ("07700 900123", "text", None), ("01632 960111", "voice", None), ("01632 960222", "voice", None),
        ("07700 900124", "text", None), ("07700 900125", "text", None), ("+44 7700 900126", "whatsapp", None),
        ("01632 960127", "voice", None), ("01632 960128", "voice", None), ("01632 960129", "voice", "Lines open 8am-8pm"),
        # a pair of lines as directories shorten them: the second the first with its last figure 1 (it had been
        # one number labelled '/1')
        ("01632 960130", "voice", None), ("01632 960131", "voice", None), ("01632 960132", "voice", None)]
    # A note with figures that says when the number is answered is its hours (it had been refused); a dash before
    # a note is no part of it (the label had read "– lines open 8am-8pm").
    assert [p.hours for p in listing.data.phones][-6:-4] == ["24 hours", "Mon-Fri 9-5"]
    assert listing.data.phones[-1].hours == "24/7", "a spaced dash, then figures: no part of the number (it had been refused)"
    # 'and' after a number is no word of its label (it had read "And ask for Pat")
    write(golden_site, "listings/groups/good.yaml", VALID_GROUP + "phones: Call 01632 960111 and ask for Pat\n")
    assert [p.label for p in listed(golden_site, "good")[0].data.phones] == ["Ask for Pat"]
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + "phones:\n  - number: '01632 960111 (minicom)'\n"
          "    label: Office\n  - number: Text SHOUT to 116 123\n    kind: voice\n  - 116 123/4\n  - number: 01632 960111/2\n")
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:9:5: phones[0].number: '01632 960111 (minicom)' holds words as well as the number; "
        "write only the number, 01632 960111, and the words in its label, like label: minicom",
        "listings/groups/bad.yaml:11:5: phones[1].number: 'Text SHOUT to 116 123' holds words as well as the short code; "
        "write only the code, 116123, and a word to text as text_message (with kind: text on a listing's phone), any "
        "other words in its label",
        # another's last figures that make no number (116 124): it had dialled 1161234, a number nobody answers
        "listings/groups/bad.yaml:13:5: phones[2].number: '116 123/4' ends in another number's last figures (/4), and no "
        "phone here dials the number they make; write each number in full, in its own entry",
        # as a phone's own number (the list's reading makes two phones of it where it is the entry)
        "listings/groups/bad.yaml:14:5: phones[3].number: '01632 960111/2' holds 2 numbers; give each its own entry, with "
        "number: 01632 960111 in one and number: 01632 960112 in the next",
    ]
    # The phone to text that 'Call or text' adds leaves each entry's problem at its own line.
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + "phones:\n  - Call or text 0163\n  - number: 01632 960111\n"
          "    kind: fax\n")
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:9:5: phones[0].number: '0163' has no area code, so only a phone in its area could "
        "dial it; write the whole number, like 01632 960000",
        "listings/groups/bad.yaml:11:5: phones[1].kind: 'fax' is not allowed here. Write one of: voice, text, whatsapp",
    ]


def test_a_number_written_after_the_way_to_reach_it_is_of_that_kind_with_its_note(golden_site: Path) -> None:
    """'Text 116 123 (Welsh)' is a number to text, labelled Welsh; it had been a button to call, labelled 'Text
    Welsh' (and 'WhatsApp: ... (evenings)' one to call, labelled 'WhatsApp evenings', '... (text only, Spanish)' one
    to call labelled 'Text only Spanish', '... (call/text)' one to call labelled 'Call text'); 'Text 116 123 (24
    hours)' is one to text with its hours, where it had been refused. A kind given otherwise is refused: which is meant is
    not said."""
    write(golden_site, "listings/groups/good.yaml", VALID_GROUP + "phones:\n  - Text 116 123 (Welsh)\n"
          "  - 'SMS: 07700 900123 (young people)'\n  - 'WhatsApp: +44 7700 900126 (evenings)'\n"
          "  - Text 116 123 (24 hours)\n  - Text us on 07700 900124\n  - Text HOME to 116 123\n"
          "  - 07700 900125 (text only, Spanish)\n  - 01632 960111 (call/text)\n  - 01632 960112 (Welsh; calls and texts)\n"
          "  - 'Text/SMS: 116 123'\n")
    (listing,) = listed(golden_site, "good")
    assert [(p.number, p.kind, p.label, p.hours, p.text_message) for p in listing.data.phones] == [
        ("116 123", "text", "Welsh", None, None), ("07700 900123", "text", "Young people", None, None),
        ("+44 7700 900126", "whatsapp", "Evenings", None, None), ("116 123", "text", None, "24 hours", None),
        ("07700 900124", "text", None, None, None), ("116 123", "text", None, None, "HOME"),
        ("07700 900125", "text", "Spanish", None, None), ("01632 960111", "voice", None, None, None),
        ("01632 960111", "text", None, None, None), ("01632 960112", "voice", "Welsh", None, None),
        ("01632 960112", "text", "Welsh", None, None), ("116 123", "text", None, None, None)]
    assert [phone.href for phone in listing.phones][:6] == [
        "sms:116123", "sms:+447700900123", "https://wa.me/447700900126", "sms:116123", "sms:+447700900124", "sms:116123"]
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + "phones:\n  - number: Text 01632 960111 (Welsh)\n"
          "    kind: voice\n")
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:9:5: phones[0].number: 'Text 01632 960111 (Welsh)' is a number to text, but its "
        "kind says voice: write kind: text, or only the number if it is one to call"]
    # A fax number had been a button to call a fax; 'Phone/Fax: ...' one labelled 'Fax'.
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + "phones:\n  - 'Fax: 01632 960111'\n  - 01632 960112 (fax line)\n")
    assert problems(golden_site) == [
        f"listings/groups/bad.yaml:{line}:5: phones[{index}].number: '{written}' is a {named} number, which no one "
        "answers: leave it out" for line, index, written, named in ((9, 0, "Fax: 01632 960111", "fax"),
                                                                    (10, 1, "01632 960112 (fax line)", "fax line"))]
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + "phones:\n  - number: 01632 960111\n    label: Fax\n"
          "  - number: 01632 960112\n    label: Text only\n    kind: voice\n")
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:10:5: phones[0].label: a fax number is one no one answers: leave it out",
        "listings/groups/bad.yaml:12:5: phones[1].label: 'Text only' says it is a number to text, but its kind says "
        "voice: write kind: text, or another label"]
    # A label that says only how to reach the number gives its kind: 'label: Text only' had been a button to call.
    (golden_site / "listings/groups/bad.yaml").unlink()
    write(golden_site, "listings/groups/good.yaml", VALID_GROUP + "phones:\n  - number: 07700 900123\n    label: Text only\n"
          "  - number: +44 7700 900124\n    label: WhatsApp\n")
    # Its button then says all the label did ('Text 07700 900123'): the label is not said again beside it.
    assert [(p.kind, p.label) for p in listed(golden_site, "good")[0].data.phones] == [("text", None), ("whatsapp", None)]
    write(golden_site, "listings/groups/good.yaml", VALID_GROUP + "phones:\n  - 'Phone/Fax: 01632 960111'\n")
    assert [(p.number, p.kind, p.label) for p in listed(golden_site, "good")[0].data.phones] == [("01632 960111", "voice", None)]
    # Two ways a phone cannot both be; a short code with an extension, whose button had dialled the code alone.
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + "phones:\n  - 'WhatsApp: +44 7700 900126 (text only)'\n"
          "  - 116 123 ext 4\n")
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:9:5: phones[0].number: 'WhatsApp: +44 7700 900126 (text only)' names more than one "
        "way to reach it: give each its own entry, with its kind (voice, text or whatsapp)",
        "listings/groups/bad.yaml:10:5: phones[1].number: '116 123 ext 4' is a short code with an extension, which no "
        "phone dials; write only the code, 116 123"]
    # Ways it can both be, joined as one ('Text/WhatsApp: ...'), are a phone each in a list (they had been refused).
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + "phones:\n  - 'Text/WhatsApp: +44 7700 900127'\n")
    assert [(p.kind, p.label) for p in listed(golden_site, "bad")[0].data.phones] == [("text", None), ("whatsapp", None)]
    # One phone written as number: is one button: a number to call and to text had been a call labelled 'Text Welsh'.
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + "phones:\n  - number: 01632 960111 (call/text, Welsh)\n")
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:9:5: phones[0].number: '01632 960111 (call/text, Welsh)' is a number to call and to "
        "text: give each its own entry, one with kind: text, or write it as an entry of its own in the list of phones, "
        "- Call or text 01632 960111 (Welsh)"]


def test_a_short_code_written_without_quotes_is_read_as_written(golden_site: Path) -> None:
    """`number: 116123` reads as a whole number in YAML; no digit was lost (a leading 0 keeps it text), so it is
    the number as written, in the model and on its button."""
    write(golden_site, "listings/groups/good.yaml", VALID_GROUP + "phones:\n  - number: 116123\n  - number: 01632960111\n")
    (listing,) = listed(golden_site, "good")
    assert [phone.number for phone in listing.data.phones] == ["116123", "01632960111"]
    assert [phone.href for phone in listing.phones] == ["tel:116123", "tel:+441632960111"]


def test_whole_numbers_in_text_fields_are_read_as_written(golden_site: Path) -> None:
    """A postcode or a room number written without quotes: YAML read its digits exactly, so it is that text."""
    write(golden_site, "listings/respite/good.yaml", VALID_GROUP.replace("format: online\n", "")
          + "location:\n  region: old-town\n  venue: 2024\n  address:\n    postal_code: 97000\n    address_2: 12\n")
    (listing,) = listed(golden_site, "good")
    address = listing.data.location.address
    assert (listing.data.location.venue, address.postal_code, address.address_2) == ("2024", "97000", "12")


def test_only_a_text_line_takes_a_word_to_send(golden_site: Path) -> None:
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + "phones:\n  - number: 116 123\n    text_message: HOME\n")
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:10:5: phones[0].text_message: only a text line takes a word to send: add 'kind: text', "
        "or remove text_message",
    ]


def test_only_a_call_reaches_an_extension(golden_site: Path) -> None:
    """A text or WhatsApp message goes to the number: an extension there would show on its button and reach no one."""
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + "phones:\n  - number: 01632 960112 ext. 3\n    kind: text\n"
          "  - number: 01632 960112 ext. 3\n")
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:9:5: phones[0].number: a message cannot go to an extension: write the number alone, "
        "01632 960112, and the extension in its label if people need it",
    ]


def test_files_in_the_wrong_place_and_bad_names(golden_site: Path) -> None:
    write(golden_site, "listings/meetups/x.yaml", VALID_GROUP)
    write(golden_site, "listings/groups/My Group.yaml", VALID_GROUP)
    write(golden_site, "listings/groups/empty.yaml", "")
    assert problems(golden_site) == [
        "listings/groups/My Group.yaml:1:1: file names become web addresses; rename it to my-group.yaml",
        "listings/groups/empty.yaml:1:1: this should hold fields, one per line like 'name: ...', but holds nothing",
        "listings/meetups/x.yaml:1:1: listing files belong directly in one of listings/groups/, listings/helplines/, "
        "listings/forums/, listings/respite/; move it to listings/groups/ (it has format, as a group has)",
    ]



def test_a_listing_outside_the_type_folders_is_told_the_one_its_fields_belong_to(golden_site: Path) -> None:
    """A file saved in listings/ itself (as a first listing added on GitHub's web page may be) had been told the
    four folders; with fields only one type has, it is told that type's."""
    write(golden_site, "listings/line.yaml", VALID_LINE + "phones: 01632 960111\nhours: 24/7\n")
    write(golden_site, "listings/plain.yaml", "name: A Group\nsummary: A group.\n")
    folders = "listings/groups/, listings/helplines/, listings/forums/, listings/respite/"
    assert problems(golden_site) == [
        f"listings/line.yaml:1:1: listing files belong directly in one of {folders}; move it to listings/helplines/ (it "
        "has kind, hours, as a helpline has)",
        f"listings/plain.yaml:1:1: listing files belong directly in one of {folders}; move it"]


def test_a_listing_written_as_another_type_is_told_which_folder_it_belongs_in(golden_site: Path) -> None:
    """A helpline saved in listings/groups/ had been told a problem for each of its fields a group does not have
    ('unknown field kind', 'unknown field hours', 'format: required'); it is told once where it belongs. A listing
    that is no other type whole keeps its own type's problems (a group whose meetings are written as 'hours' is no
    helpline)."""
    write(golden_site, "listings/groups/line.yaml", VALID_LINE + "phones: 01632 960111\nhours: 24/7\n")
    write(golden_site, "listings/helplines/group.yaml", VALID_GROUP + "meetings: Tuesdays 7pm\n")
    write(golden_site, "listings/groups/typo.yaml", VALID_GROUP + "meeting: Tuesdays 7pm\n")
    write(golden_site, "listings/groups/hours.yaml", VALID_GROUP.replace("format: online\n", "") + "hours: Tuesdays 7-9pm\n")
    assert problems(golden_site) == [
        "listings/groups/hours.yaml:1:1: format: required, but is missing: in-person, online, hybrid (both) or phone "
        "(people join by calling a number: a conference call).",
        "listings/groups/hours.yaml:7:1: unknown field 'hours' is a field for helplines (listings/helplines/), not for "
        "groups; say when with meetings:, like \"meetings: Tuesdays 7-9pm\"",
        "listings/groups/line.yaml:1:1: this is written as a helpline (kind, hours), not a group: move it to "
        "listings/helplines/",
        "listings/groups/typo.yaml:8:1: unknown field 'meeting' — did you mean 'meetings'?",
        "listings/helplines/group.yaml:1:1: this is written as a group (format, meetings), not a helpline: move it to "
        "listings/groups/",
    ]



def test_a_field_of_another_type_or_of_a_block_is_told_where_it_belongs(golden_site: Path) -> None:
    """A field a listing's type does not have was told with every field it has (24 names), which says nothing of
    what to write: a field of another type says which type has it and what this one writes instead (a group's
    hours: its meetings; its kind: its format; its url: its website); a field of a block written at the top says
    which block it goes in ('city' in a group: location, then address; 'number': an entry of phones)."""
    write(golden_site, "listings/groups/kind.yaml", VALID_GROUP + "kind: warmline\n")
    write(golden_site, "listings/groups/url.yaml", VALID_GROUP + "url: https://example.org/\n")
    write(golden_site, "listings/helplines/meetings.yaml", VALID_LINE + "phones: 01632 960111\nmeetings: Tuesdays 7pm\n")
    write(golden_site, "listings/forums/hours.yaml", VALID_GROUP.replace("format: online\n", "url: https://example.org/\n")
          + "hours: 24/7\n")
    write(golden_site, "listings/groups/city.yaml", VALID_GROUP + "city: Springfield\n")
    write(golden_site, "listings/groups/number.yaml", VALID_GROUP + "number: 01632 960111\n")
    assert [p.split(": ", 1)[1] for p in problems(golden_site)] == [
        "unknown field 'hours' is a field for helplines (listings/helplines/), not for forums; leave it out, or, if it "
        "belongs in listings/helplines/, move the file there",
        "unknown field 'city' here: it goes inside location: → address:, indented under them",
        "unknown field 'kind' is a field for helplines (listings/helplines/), not for groups; say what sort it is with "
        "format: (in-person, online, hybrid, phone)",
        "unknown field 'number' here: it goes inside phones:, indented under it, in an entry of the list (- before its "
        "first field)",
        "unknown field 'url' is a field for forums (listings/forums/), not for groups; give its address as website:",
        "unknown field 'meetings' is a field for groups (listings/groups/), not for helplines; say when with hours:, like "
        "\"hours: Mon-Fri 9am-5pm\""]
    # in site.yaml, a field several blocks have is told each of them
    for rel in ("kind", "url", "meetings", "hours", "city", "number"):
        (golden_site / f"listings/{'helplines' if rel == 'meetings' else 'forums' if rel == 'hours' else 'groups'}/{rel}.yaml").unlink()
    config = golden_site / "site.yaml"
    config.write_text(config.read_text() + "id: hearing-voices\n")
    assert [p.split(": ", 1)[1] for p in problems(golden_site)] == [
        "unknown field 'id' here: it goes inside one of regions:, topics:, audiences: or languages:, indented under it, in an entry of "
        "the list (- before its first field)"]

def test_guide_problems_all_in_one_round(golden_site: Path) -> None:
    """Broken links come with the schema problems, not after they are fixed; a link to a listing that exists
    but has problems of its own is not called broken."""
    write(golden_site, "content/no-front.md", "# Just text\n")
    write(golden_site, "content/bad-link.md", "---\ntitle: T\nsummary: S\ntopics: [anxity]\n---\nSee [x](missing.md) and\n"
          "[y](../listings/groups/nope.yaml), [z](../listings/groups/invalid.yaml).\n")
    write(golden_site, "listings/groups/invalid.yaml", "name: Invalid\n")
    found = problems(golden_site)
    assert [p for p in found if not p.startswith("listings/groups/invalid.yaml")] == [
        "content/bad-link.md:4:10: topics[0]: 'anxity' is not a topic — did you mean 'anxiety'? Topics are: anxiety, grief",
        "content/bad-link.md:6:9: the link 'missing.md' points to no guide or listing; link to a file such as "
        "other-guide.md or ../listings/groups/name.yaml",
        "content/bad-link.md:7:5: the link '../listings/groups/nope.yaml' points to no guide or listing; link to a file "
        "such as other-guide.md or ../listings/groups/name.yaml",
        "content/no-front.md:1:1: a guide starts with front matter: a line '---', then title: and summary:, then '---'",
    ]


def test_site_yaml_problems(golden_site: Path) -> None:
    """A misspelt field is one slip, told once: not also as the field it was meant as missing."""
    config = golden_site / "site.yaml"
    text = config.read_text().replace("clock: 24h", "clock: 25h").replace("title:", "titel:")
    config.write_text(text + "featured_guides: [nope]\n")
    found = problems(golden_site)
    assert found == [
        "site.yaml:1:1: unknown field 'titel' — did you mean 'title'?",
        "site.yaml:7:1: clock: '25h' is not allowed here — did you mean '24h'? Write one of: 12h, 24h",
    ]


def test_a_field_under_the_name_others_give_it_is_told_its_name_once(golden_site: Path) -> None:
    """'time:' for a meeting's start, 'day:' for its weekday, 'open:' and 'close:' for a period's opens and closes, as
    spreadsheets and other directories name them: told the field's own name ('time' had been asked whether it
    meant timezone), once (it had also been told start: was missing)."""
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + "meetings:\n  - day: Tuesday\n    time: 7pm\n    end_time: 8pm\n")
    write(golden_site, "listings/helplines/bad-line.yaml", VALID_LINE + "phones: 01632 960111\nhours:\n  weekly:\n"
          "    - days: Mon-Fri\n      open: 9am\n      close: 5pm\n")
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:9:5: meetings[0]: unknown field 'day' — did you mean 'weekday'?",
        "listings/groups/bad.yaml:10:5: meetings[0]: unknown field 'time' — did you mean 'start'?",
        "listings/groups/bad.yaml:11:5: meetings[0]: unknown field 'end_time' — did you mean 'end'?",
        "listings/helplines/bad-line.yaml:12:7: hours.weekly[0]: unknown field 'open' — did you mean 'opens'?",
        "listings/helplines/bad-line.yaml:13:7: hours.weekly[0]: unknown field 'close' — did you mean 'closes'?"]


def test_an_address_field_under_the_name_a_spreadsheet_gives_it_is_told_its_name_and_place(golden_site: Path) -> None:
    """'zip:', 'town:', 'street:', 'state:' as spreadsheet columns name an address's parts: told the field's own
    name (they had been told only every field the address has), and where it goes when written at the top of a
    listing ('state' there had been asked whether it meant status)."""
    place = VALID_GROUP.replace("format: online\nservice_area: [online]\n", "format: in-person\n")
    write(golden_site, "listings/groups/bad.yaml", place + "location:\n  region: old-town\n  address:\n    street: 12 High St\n"
          "    town: Fenwick\n    zip: SP1 2AB\n")
    write(golden_site, "listings/groups/top.yaml", place + "state: Kent\nlocation:\n  region: old-town\n  lat: 51.2\n")
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:10:5: location.address: unknown field 'street' — did you mean 'address_1'?",
        "listings/groups/bad.yaml:11:5: location.address: unknown field 'town' — did you mean 'city'?",
        "listings/groups/bad.yaml:12:5: location.address: unknown field 'zip' — did you mean 'postal_code'?",
        "listings/groups/top.yaml:7:1: unknown field 'state' — did you mean 'state_province'? It goes inside location: → "
        "address:, indented under them",
        "listings/groups/top.yaml:10:3: location: unknown field 'lat' — did you mean 'latitude'?"]


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


def test_what_real_directories_publish_is_accepted(golden_site: Path) -> None:
    """City-only addresses, a start without an end, a duration, and the short codes the region dials."""
    write(golden_site, "listings/respite/town-only.yaml", VALID_GROUP.replace("format: online\nservice_area: [online]\n", "")
          + "location:\n  region: old-town\n  address:\n    city: Fenwick\n")
    write(golden_site, "listings/respite/postcode-only.yaml", VALID_GROUP.replace("format: online\nservice_area: [online]\n", "")
          + "location:\n  region: old-town\n  address:\n    postal_code: FW1 1AA\n")
    write(golden_site, "listings/groups/start-only.yaml", VALID_GROUP
          + "meetings:\n  - weekday: tuesday\n    start: '19:00'\n  - weekday: friday\n    weeks: [2]\n    start: '18:30'\n    duration: 90\n")
    write(golden_site, "listings/helplines/short-codes.yaml", VALID_LINE
          + "phones:\n  - number: 116 123\n  - number: '111'\n")
    site = load_site(golden_site, BUILD_DATE)
    by_slug = {item.slug: item for item in site.listings}
    assert by_slug["start-only"].meetings == ("Every Tuesday at 19:00", "Every 2nd Friday of the month, 18:30–20:00")
    assert [(p.display, p.href) for p in by_slug["short-codes"].phones] == [("116 123", "tel:116123"), ("111", "tel:111")]
    assert by_slug["town-only"].data.location.address.city == "Fenwick"


def test_addresses_meetings_and_numbers_that_locate_nothing(golden_site: Path) -> None:
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP.replace("format: online", "format: in-person")
          + "location:\n  region: old-town\n  address:\n    address_1: 1 Example Street\n"
          + "meetings:\n  - weekday: monday\n    start: '19:00'\n    end: '20:00'\n    duration: 60\n"
          + "  - weekday: monday\n    start: '13:00'\n    duration: 690\n"
          + "phones:\n  - number: '12'\n  - number: '116 123'\n    kind: whatsapp\n")
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:10:3: location.address.city: an address needs at least the town (city:) or the postal code (postal_code:)",
        "listings/groups/bad.yaml:16:5: meetings[0].duration: give an end time or a duration, not both",
        "listings/groups/bad.yaml:19:5: meetings[1].duration: it would end at 00:30 the next day; shorten the duration",
        "listings/groups/bad.yaml:21:5: phones[0].number: '12' is not a phone number we can dial from GB; write it as you "
        "would dial it, like 01632 960000, with the country code, like +44 1632 960000, or a short code the region dials, like 988 or 211",
        "listings/groups/bad.yaml:22:5: phones[1].number: WhatsApp needs a full number with its country code, not the short code 116 123",
    ]


def test_crisis_lines_in_site_yaml_must_be_dialable(golden_site: Path) -> None:
    config = golden_site / "site.yaml"
    config.write_text(config.read_text().replace('call: "116 123"', 'call: "12"'))
    assert problems(golden_site) == [
        "site.yaml:15:5: crisis[0].call: '12' is not a phone number we can dial from GB; write it as you would dial "
        "it, like 01632 960000, with the country code, like +44 1632 960000, or a short code the region dials, like 988 or 211; "
        "for a line in another country, add its country code, like country: US"
    ]
    # Words with the number go in its name: a crisis line has no label, which the refusal had named.
    config.write_text(config.read_text().replace('call: "12"', 'call: "116 123 (Welsh)"'))
    (told,) = problems(golden_site)
    assert told.startswith(
        "site.yaml:15:5: crisis[0].call: '116 123 (Welsh)' holds words as well as the number; write only the number, "
        "116 123, and the words in its name, like name: ") and "another country" not in told  # the words are the problem
    config.write_text(config.read_text().replace('call: "116 123 (Welsh)"', 'call: "988"\n    country: US'))
    assert load_site(golden_site, BUILD_DATE).config.crisis[0].call == "988"


def test_a_crisis_line_that_asks_callers_to_choose_an_option_says_so_on_its_button(golden_site: Path, tmp_path: Path) -> None:
    """'Dial 988 then press 1' (the Veterans Crisis Line): `call: 988, press 1` had been refused, told to write a
    label crisis lines do not have. It is the number, dialled, and the option, on the button."""
    config = golden_site / "site.yaml"
    config.write_text(config.read_text().replace('call: "116 123"', 'call: "988, press 1"\n    country: US'))
    line = load_site(golden_site, BUILD_DATE).config.crisis[0]
    assert (line.call, line.call_option) == ("988", "press 1")
    build(golden_site, BuildOptions(out_dir=tmp_path / "out", today=BUILD_DATE))
    assert '<a class="crisis-action" href="tel:988">Call 988, press 1</a>' in (tmp_path / "out/index.html").read_text()


@pytest.mark.parametrize(("written", "message"), [
    ("&lt;b&gt;Bold&lt;/b&gt; Group", "name: holds HTML markup (<b>) that would show as typed; write only the text, like "
     "'Bold Group'"),  # entities are read as what they stand for, and that is checked
    ("Evil&#x202E;Group", "name: holds an invisible direction control (U+202E) that can disguise text; delete it"),
    ('class=\\"clubhouse-search-results\\">Back to Search', "name: holds HTML markup (class=\"clubhouse-search-results\">) "
     "that would show as typed; write only the text, like 'Back to Search'"),
    ("<b>Bold</b> Group", "name: holds HTML markup (<b>) that would show as typed; write only the text, like 'Bold Group'"),
    ("Two\\nLines", "name: must be one line; join the lines with a space (longer text belongs in description)"),
    ("Bell\\a Group", "name: holds an invisible control character (U+0007) at position 5; delete it"),
    ("Evil\\u202eGroup", "name: holds an invisible direction control (U+202E) that can disguise text; delete it"),
], ids=["encoded-tag", "encoded-bidi", "cut-markup", "tag", "line-break", "control", "bidi"])
def test_plain_text_refuses_markup_and_invisible_characters(golden_site: Path, written: str, message: str) -> None:
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP.replace("name: Test Group", f'name: "{written}"'))
    assert problems(golden_site) == [f"listings/groups/bad.yaml:1:1: {message}"]


def test_names_as_real_directories_write_them_are_accepted(golden_site: Path) -> None:
    for index, name in enumerate(["NAMI Volusia/Flagler/St. Johns", "Katie's Place", "John’s Group (6:30p)",
                                  "988/Here2Help [Peer Line]", "AT&T; Retirees Group", "Under <18s & >65s"]):
        write(golden_site, f"listings/groups/n{index}.yaml", VALID_GROUP.replace("name: Test Group", f"name: '{name.replace(chr(39), chr(39) * 2)}'"))
    assert len(load_site(golden_site, BUILD_DATE).listings) == 5 + 6


def test_characters_that_show_nothing_are_taken_out_and_a_tab_in_a_line_is_a_space(golden_site: Path) -> None:
    """Text pasted from web pages and spreadsheets carries characters no one sees: a zero-width space, a byte-order
    mark, a soft hyphen (they went unseen into the exports, and a name behind a byte-order mark sorted after every
    other); a tab inside a name, as a cell pasted, had been told to be one line. A name of nothing else is empty."""
    write(golden_site, "listings/groups/pasted.yaml", VALID_GROUP.replace("name: Test Group", 'name: "\\ufeffGrief\\u200b Circle\\tof Friends"')
          .replace("summary: A test group.", 'summary: "Tea and com\\u00adpany.\\u2060"'))
    (listing,) = listed(golden_site, "pasted")
    assert (listing.data.name, listing.data.summary) == ("Grief Circle of Friends", "Tea and company.")
    names = [item.data.name for item in load_site(golden_site, BUILD_DATE).listings]
    assert names == sorted(names, key=str.casefold)  # in its place among the others, by its first letter
    write(golden_site, "listings/groups/pasted.yaml", VALID_GROUP.replace("name: Test Group", 'name: "\\u200b"'))
    assert problems(golden_site) == ["listings/groups/pasted.yaml:1:1: name: must not be empty"]


def test_spaces_doubled_inside_a_line_are_one_and_a_descriptions_are_kept(golden_site: Path) -> None:
    """As a spreadsheet or pasted text leaves them: a page shows one anyway, and the exports and calendars now say
    the same; a description, Markdown, keeps its own (two at a line's end break it)."""
    write(golden_site, "listings/groups/spaced.yaml", VALID_GROUP.replace("name: Test Group", "name: 'Grief  Circle   of Friends'")
          .replace("summary: A test group.", "summary: 'Tea,  talk and  company.'") + "description: \"Line one  \\nline two.\"\n")
    (listing,) = listed(golden_site, "spaced")
    assert (listing.data.name, listing.data.summary) == ("Grief Circle of Friends", "Tea, talk and company.")
    assert listing.data.description == "Line one  \nline two."


def test_html_codes_in_text_are_read_as_what_they_stand_for(golden_site: Path) -> None:
    """Exports of web pages carry &#038; and &#8217;: the name is what they stand for. A word that only looks like
    one (AT&T; R&D) stays as written."""
    written = {"e0": "NAMI Harbor &#038; Hills", "e1": "Katie&#8217;s Place", "e2": "Caf&eacute; &amp; Chat",
               "e3": "AT&T; Retirees & R&D Group", "e4": "&lt;18s &amp; &gt;65s"}
    for slug, name in written.items():
        write(golden_site, f"listings/groups/{slug}.yaml", VALID_GROUP.replace("name: Test Group", f"name: '{name}'"))
    names = {item.slug: item.data.name for item in load_site(golden_site, BUILD_DATE).listings if item.slug in written}
    assert names == {"e0": "NAMI Harbor & Hills", "e1": "Katie’s Place", "e2": "Café & Chat",
                     "e3": "AT&T; Retirees & R&D Group", "e4": "<18s & >65s"}


def test_files_that_would_be_passed_over_are_reported(golden_site: Path, tmp_path: Path) -> None:
    for name in ("upper.YAML", "saved.yaml.txt", "export.json", "no-suffix", ".DS_Store", "README.md"):
        write(golden_site, f"listings/groups/{name}", VALID_GROUP)
    outside = tmp_path / "elsewhere.yaml"
    outside.write_text(VALID_GROUP)
    (golden_site / "listings/groups/linked.yaml").symlink_to(outside)
    (golden_site / "content/linked-guide.md").symlink_to(outside)
    assert problems(golden_site) == [
        "content/linked-guide.md:1:1: this is a link to a file outside the site's folder; put the file itself here",
        "listings/groups/export.json:1:1: listings are YAML files; write it as export.yaml (peerdir import hsds reads HSDS JSON)",
        "listings/groups/linked.yaml:1:1: this is a link to a file outside the site's folder; put the file itself here",
        "listings/groups/no-suffix:1:1: listing files end in .yaml, so this one is not read; rename it to no-suffix.yaml "
        "(or move it out of listings/)",
        "listings/groups/saved.yaml.txt:1:1: listing files end in .yaml, so this one is not read; rename it to saved.yaml "
        "(or move it out of listings/)",
        "listings/groups/upper.YAML:1:1: peerdir reads only names ending in .yaml (lowercase); rename it to upper.yaml",
    ]


def test_a_site_inside_a_hidden_folder_still_finds_its_listings(golden_site: Path, tmp_path: Path) -> None:
    hidden = tmp_path / ".sites" / "ours"
    hidden.parent.mkdir()
    golden_site.rename(hidden)
    assert len(load_site(hidden, BUILD_DATE).listings) == 5


def test_messages_say_what_to_write(golden_site: Path) -> None:
    write(golden_site, "listings/groups/a.yaml", "- a\n- b\n")
    write(golden_site, "listings/respite/b.yaml", VALID_GROUP.replace("format: online\n", "capacity: [1, 2]\n")
          + "location:\n  region: old-town\n  address:\n    postal_code: 97000\n    address_2: 2.10\n")
    write(golden_site, "listings/groups/c.yaml", "name: [Unclosed\n" + VALID_GROUP.replace("name: Test Group\n", ""))
    assert problems(golden_site) == [
        "listings/groups/a.yaml:1:1: this should hold fields, one per line like 'name: ...', but holds a list",
        "listings/groups/c.yaml:1:7: YAML syntax: did not find expected ',' or ']'; a list opened with [ must close with ] "
        "(on the line it opens, as in [a, b]); if the [ is part of the text, put the whole value in quotes",
        "listings/respite/b.yaml:6:1: capacity: should be a whole number, like 4, not a list",
        "listings/respite/b.yaml:12:5: location.address.address_2: should be text, not a number; put it in quotes, like "
        "\"1.10\", so it is read exactly as written",
    ]


@pytest.mark.parametrize(("markdown", "message"), [
    ('Intro.\n\n<h2 id="main">Heading</h2>\n', 'line 3 of this text: HTML (<h2 id="main">Heading</h2>) is not allowed'),
    ("Say <b>hello</b>.\n", "line 1 of this text: HTML (<b>) is not allowed"),
    ("[click](javascript:alert(1))\n", "line 1 of this text: the link 'javascript:alert(1)' would be removed: links start with"),
    ("[click](JaVa&#115;cript:alert(1))\n", "line 1 of this text: the link 'JaVascript:alert(1)' would be removed"),
    ("Line\n\n![map](https://maps.example.org/m.png)\n", "line 3 of this text: images are not shown (they would load from another site)"),
    ("[Helpline](https://helpline.example.org@example.com/)\n", "line 1 of this text: the link "
     "'https://helpline.example.org@example.com/' has a name before its site's address (up to the @), which hides where "
     "it goes; write it without, https://example.com/"),
], ids=["block", "inline", "javascript", "encoded-scheme", "image", "name-before-host"])
def test_markdown_that_would_be_dropped_is_reported(golden_site: Path, markdown: str, message: str) -> None:
    indented = "".join(f"  {line}\n" if line else "\n" for line in markdown.splitlines())
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + f"description: |\n{indented}")
    (found,) = problems(golden_site)
    assert found.startswith(f"listings/groups/bad.yaml:8:1: description: {message}"), found


def test_markdown_in_code_and_safe_links_is_fine_and_guides_report_their_own_line(golden_site: Path) -> None:
    write(golden_site, "listings/groups/ok.yaml", VALID_GROUP + "description: |\n  Write `<b>` in code, & use [a link](https://example.org/?a=1&b=2),\n"
          "  [mail](mailto:x@example.org) or [the guide](../content/x.md).\n\n  ```\n  <div>code</div>\n  ```\n")
    guide = golden_site / "content/first-steps.md"
    guide.write_text(guide.read_text() + "\nA line.\n\n<div>raw</div>\n")
    lines = guide.read_text().splitlines()
    assert problems(golden_site) == [
        f"content/first-steps.md:{lines.index('<div>raw</div>') + 1}:1: HTML (<div>raw</div>) is not allowed in Markdown "
        "and would not show; write Markdown instead: ## for a heading, **bold**, [text](https://...) for a link"
    ]


def test_the_sanitizer_still_removes_what_check_refuses() -> None:
    """A second line of defence, should anything reach rendering unchecked."""
    from peerdir.model.markup import description_html

    html = description_html('<script>alert(1)</script> <b onclick="x()">b</b> [c](javascript:alert(1)) ![i](https://x.example/i.png)')
    assert "<script" not in html and "onclick" not in html and "javascript:" not in html and "<img" not in html


def test_line_breaks_in_a_value_never_break_the_printed_problem(golden_site: Path) -> None:
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + '"webs\\r\\nite": x\n')
    (line,) = problems(golden_site)
    assert line == "listings/groups/bad.yaml:8:1: unknown field 'webs\\r\\nite' — did you mean 'website'?"



EXCEPTIONS_AT = '    start: "19:00"\n    end: "20:30"\n'


def test_meeting_exceptions_name_the_line_and_the_fix(golden_site: Path) -> None:
    listing = golden_site / "listings/groups/old-town-anxiety-group.yaml"
    regular = listing.read_text()

    def with_exceptions(block: str) -> None:
        listing.write_text(regular.replace(EXCEPTIONS_AT, EXCEPTIONS_AT + "    exceptions:\n" + block))

    with_exceptions(
        "      - date: 2026-12-08\n        cancelled: yes\n        moved_to: 2026-12-09\n"
        "      - date: 2026-11-24\n"
        "      - date: 2026-11-10\n        start: \"18:00\"\n        cancelled: yes\n"
    )
    assert problems(golden_site) == [
        "listings/groups/old-town-anxiety-group.yaml:39:9: meetings[0].exceptions[0].moved_to: a meeting is either "
        "cancelled or moved; remove 'cancelled' or 'moved_to'",
        "listings/groups/old-town-anxiety-group.yaml:40:9: meetings[0].exceptions[1].cancelled: say what changes: "
        "'cancelled: yes', or 'moved_to:' with the new date",
        "listings/groups/old-town-anxiety-group.yaml:42:9: meetings[0].exceptions[2].start: 'start' is the time on the "
        "new date: give 'moved_to' too, or remove 'start'",
    ]
    # A date on another day shows once each change is complete: the meeting checks its own dates.
    with_exceptions("      - date: 2026-12-23\n        cancelled: yes\n")
    assert problems(golden_site) == [
        "listings/groups/old-town-anxiety-group.yaml:37:9: meetings[0].exceptions[0].date: 2026-12-23 is a Wednesday, "
        "not a day this meeting falls on; write the date of the regular meeting",
    ]
    # The 2nd and 4th Tuesdays: December 8 is the 2nd, so it can move.
    with_exceptions("      - date: 2026-12-08\n        moved_to: 2026-12-09\n        note: The hall is booked\n")
    meeting = listed(golden_site, "old-town-anxiety-group")[0].data.meetings[0]
    assert meeting.exceptions[0].moved_to == date(2026, 12, 9)


def test_coordinates_inside_the_region_box_or_a_problem_that_says_which_number(golden_site: Path) -> None:
    listing = golden_site / "listings/groups/old-town-anxiety-group.yaml"
    config = golden_site / "site.yaml"
    regular = listing.read_text()
    config.write_text(config.read_text().replace(
        "    name: Old Town\n", "    name: Old Town\n    bounds: {south: 51.40, west: -0.20, north: 51.60, east: 0.10}\n"))

    def place(lines: str) -> None:
        listing.write_text(regular.replace("  region: old-town\n", "  region: old-town\n" + lines))

    def placed(lines: str) -> list[str]:
        place(lines)
        return problems(golden_site)

    place("  latitude: 51.5\n  longitude: -0.1\n")
    (group,) = listed(golden_site, "old-town-anxiety-group")
    assert (group.location.latitude, group.location.longitude) == (51.5, -0.1)
    # as a map or an encyclopedia gives them, with the compass letter (south and west below zero)
    place("  latitude: 51.5N\n  longitude: 0.1W\n")
    assert [(g.location.latitude, g.location.longitude) for g in listed(golden_site, "old-town-anxiety-group")] == [(51.5, -0.1)]
    place("  latitude: \"51° 30′ N\"\n  longitude: W 0.1\n")
    assert [(g.location.latitude, g.location.longitude) for g in listed(golden_site, "old-town-anxiety-group")] == [(51.5, -0.1)]
    assert placed("  latitude: 0.1W\n  longitude: 51.5N\n") == [
        "listings/groups/old-town-anxiety-group.yaml:31:3: location.latitude: '0.1W' is east or west, a longitude; the "
        "latitude is north or south",
        "listings/groups/old-town-anxiety-group.yaml:32:3: location.longitude: '51.5N' is north or south, a latitude; the "
        "longitude is east or west"]
    assert placed("  latitude: 51.5\n  longitude: 0.9\n") == [
        "listings/groups/old-town-anxiety-group.yaml:31:3: location.latitude: 51.5, 0.9 is outside the region 'old-town' "
        "(latitude 51.4 to 51.6, longitude -0.2 to 0.1); check the numbers and their signs, or the region"
    ]
    assert placed("  latitude: -0.1\n  longitude: 51.5\n") == [
        "listings/groups/old-town-anxiety-group.yaml:31:3: location.latitude: latitude and longitude look swapped: "
        "latitude comes first (north-south), then longitude"
    ]
    assert placed("  latitude: 151.5\n  longitude: 51.5\n") == [
        "listings/groups/old-town-anxiety-group.yaml:31:3: location.latitude: 151.5 is not a latitude: latitudes lie "
        "between -90 and 90; is this the longitude? The latitude (north-south) comes first"
    ]
    assert placed("  longitude: -0.1\n") == [
        "listings/groups/old-town-anxiety-group.yaml:31:3: location.longitude: give both latitude and longitude, or neither"
    ]
    # A box whose edges are the wrong way round is site.yaml's problem, on its line.
    listing.write_text(regular)
    config.write_text(config.read_text().replace("south: 51.40", "south: 51.70"))
    found = problems(golden_site)
    assert len(found) == 1 and found[0].startswith("site.yaml:") and found[0].endswith(
        "regions[0].bounds.north: south must be less than north (latitudes grow northward)")


def test_meeting_days_and_times_and_opening_hours_as_directories_write_them(golden_site: Path) -> None:
    """Where the meaning is not in doubt, a day with its weeks, a start with its end, days as a span and hours
    as one are read as the fields they stand for, and the pages say them as if written field by field."""
    write(golden_site, "listings/groups/good.yaml", VALID_GROUP + "meetings:\n"
          "  - weekday: 1st and 3rd Thursday\n    start: 7-9pm\n"
          "  - weekday: Every Tuesday\n    start: '7:30-9 p.m.'\n"
          "  - weekday: last Friday of the month\n    start: 11-1pm\n")
    write(golden_site, "listings/helplines/good-line.yaml", VALID_LINE
          + "phones:\n  - number: 01632 960111\nhours:\n  weekly:\n    - days: Mon-Fri\n      opens: 5pm-11pm\n"
          "    - days: [Sat-Sun]\n      opens: 10am to noon\n    - days: Wednesday\n      opens: '19:00'\n      closes: '21:00'\n")
    group, line = listed(golden_site, "good", "good-line")
    assert [(m.weekday, m.weeks, m.start, m.end) for m in group.data.meetings] == [
        ("thursday", [1, 3], time(19), time(21)), ("tuesday", [], time(19, 30), time(21)), ("friday", ["last"], time(11), time(13)),
    ]
    assert [(p.days, p.opens, p.closes) for p in line.data.hours.weekly] == [
        (["monday", "tuesday", "wednesday", "thursday", "friday"], time(17), time(23)),
        (["saturday", "sunday"], time(10), time(12)), (["wednesday"], time(19), time(21)),
    ]


def test_a_meeting_written_field_by_field_on_several_days_is_a_meeting_on_each(golden_site: Path) -> None:
    """'weekday: Tuesday and Thursday' (or a list of days) with its times: a meeting each, as 'Tuesdays and Thursdays
    at 7pm' is read; it had been refused, told to write just that."""
    write(golden_site, "listings/groups/good.yaml", VALID_GROUP + "meetings:\n  - weekday: Tuesday and Thursday\n"
          "    start: 7pm\n    end: 8:30pm\n    note: Online\n  - weekday: [friday, sunday]\n    start: '10:00'\n"
          "  - weekday: Saturday\n    start: noon\n")
    (listing,) = listed(golden_site, "good")
    assert [(m.weekday, m.start, m.end, m.note) for m in listing.data.meetings] == [
        ("tuesday", time(19), time(20, 30), "Online"), ("thursday", time(19), time(20, 30), "Online"),
        ("friday", time(10), None, None), ("sunday", time(10), None, None), ("saturday", time(12), None, None)]


@pytest.mark.parametrize(("block", "message"), [
    ("meetings:\n  - weekday: 1st Tuesday and Thursday\n    start: '19:00'\n",
     "9:5: meetings[0].weekday: '1st Tuesday and Thursday' names 2 days; give each its own meeting, with weekday: tuesday "
     "in one and weekday: thursday in the next"),
    ("meetings:\n  - weekday: Tuesday and Thursday\n    start: 7pm till late\n",
     "10:5: meetings[0].start: '7pm till late' is not a time; write it like \"19:00\" (24-hour, in quotes) or \"7 pm\""),
    ("meetings:\n  - weekday: 2nd Tuesday\n    weeks: [4]\n    start: '19:00'\n",
     "9:5: meetings[0].weekday: '2nd Tuesday' names its weeks, and weeks: gives them too; write weekday: tuesday, and the "
     "weeks in weeks: alone"),
    ("meetings:\n  - weekday: monday\n    start: 7-9pm\n    end: '21:30'\n",
     "10:5: meetings[0].start: '7-9pm' gives the end too; write start: \"19:00\" alone"),
    ("meetings:\n  - weekday: monday\n    start: 7pm till late\n",
     "10:5: meetings[0].start: '7pm till late' is not a time; write it like \"19:00\" (24-hour, in quotes) or \"7 pm\""),
], ids=["two-days-and-weeks", "two-days-bad-time", "weeks-twice", "end-twice", "not-a-span"])
def test_meeting_days_and_times_written_as_one_are_refused_where_they_say_two_things(
        golden_site: Path, block: str, message: str) -> None:
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + block)
    assert problems(golden_site) == [f"listings/groups/bad.yaml:{message}"]


def test_a_field_that_says_it_has_nothing_is_left_out(golden_site: Path) -> None:
    """'N/A', 'TBC', '-' as spreadsheets and feeds fill a field that has nothing: as if left out (a website of 'N/A'
    had been refused as no web address, and a cost note of 'N/A' shown on the page). A required field that says
    so is told it is required and what it holds."""
    write(golden_site, "listings/groups/good.yaml", VALID_GROUP + "website: N/A\nemail: TBC\ncost_note: '-'\n")
    (good,) = listed(golden_site, "good")
    assert (good.data.website, good.data.email, good.data.cost_note) == (None, None, None)
    write(golden_site, "listings/groups/good.yaml", VALID_GROUP.replace("summary: A test group.", "summary: N/A"))
    assert problems(golden_site) == [
        "listings/groups/good.yaml:2:1: summary: required, but says there is none ('N/A'): One plain sentence saying "
        "what it offers; shown in lists."]


def test_languages_named_in_a_language_the_site_is_published_in_are_those_languages(sample_site: Path) -> None:
    """On a site published in Spanish too, 'Español e inglés' and 'Inglés y chino', as a Spanish-speaking contributor
    writes them: the languages (English in Spanish, 'inglés', had been refused, and 'e', Spanish's 'and' before i, had
    not parted them)."""
    write(sample_site, "listings/groups/ok.yaml", VALID_GROUP + "languages: Español e inglés\n")
    write(sample_site, "listings/groups/also.yaml", VALID_GROUP + "languages: Inglés y chino\n")
    assert [item.data.languages for item in listed(sample_site, "ok", "also")] == [["es", "en"], ["en", "zh"]]


def test_lists_of_terms_written_as_text_or_two_in_one_are_each_term(golden_site: Path) -> None:
    """'languages: English, Cymraeg (Welsh)', a topic alone without a list, 'English/Welsh' in one item: the terms
    they name. A term whose own name has 'and' in it is found whole, not split."""
    config = golden_site / "site.yaml"
    config.write_text(config.read_text().replace("  - id: grief\n    name: Grief\n",
                                                 "  - id: grief\n    name: Grief\n  - id: loss\n    name: Grief and loss\n"))
    write(golden_site, "listings/groups/good.yaml", VALID_GROUP.replace("service_area: [online]\n", "service_area: Online\n")
          + "languages: English, Cymraeg (Welsh)\ntopics: Grief and loss\naudiences: [carers]\n")
    write(golden_site, "listings/groups/also.yaml", VALID_GROUP + "languages: [en/cy]\ntopics: anxiety; grief\n")
    # beside another, too, as the API's CSV writes them (it had been split at its 'and': 'Grief', 'loss')
    write(golden_site, "listings/groups/both.yaml", VALID_GROUP + "topics: Grief and loss; anxiety\n")
    good, also, both = (item.data for item in listed(golden_site, "good", "also", "both"))
    assert (good.languages, good.topics, good.service_area) == (["en-GB", "cy"], ["loss"], ["online"])
    assert (also.languages, also.topics) == (["en-GB", "cy"], ["anxiety", "grief"]) and both.topics == ["loss", "anxiety"]
    (golden_site / "listings/groups/both.yaml").unlink()
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + "audiences: Carers and Parents\n")
    # Told at the entry it was read from: 'English/Klingon' had told 'Klingon' at the list's own line.
    write(golden_site, "listings/groups/also.yaml", VALID_GROUP + "languages:\n  - cy\n  - English/Klingon\n")
    assert problems(golden_site)[0] == ("listings/groups/also.yaml:10:5: languages[1]: 'Klingon' is not one of the "
                                        "site's languages. Languages are: en-GB, cy")
    write(golden_site, "listings/groups/also.yaml", VALID_GROUP + "languages: [en/cy]\n")
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:8:1: audiences: 'Parents' is not an audience — did you mean 'carers'? Audiences are: carers"
    ]
    # 'Bilingual (English/Welsh)' is the two (it had been split at the slash inside its brackets: 'Bilingual
    # (English' and 'Welsh)', neither a language); a term with words in brackets is told where the words go.
    (golden_site / "listings/groups/bad.yaml").unlink()
    write(golden_site, "listings/groups/also.yaml", VALID_GROUP + "languages: Bilingual (English/Welsh)\n")
    assert listed(golden_site, "also")[0].data.languages == ["en-GB", "cy"]
    write(golden_site, "listings/groups/also.yaml", VALID_GROUP + "languages: English, Welsh (some sessions)\n")
    assert problems(golden_site) == [
        "listings/groups/also.yaml:8:1: languages: 'Welsh (some sessions)': write Welsh alone here, and say 'some "
        "sessions' in the description"]
    # So are words after it without brackets (they had been told the site's language codes); a list quoted as text
    # is its items ('[English]' had been told it is no language).
    write(golden_site, "listings/groups/also.yaml", VALID_GROUP + "languages: English; Welsh on request\n")
    assert problems(golden_site) == [
        "listings/groups/also.yaml:8:1: languages: 'Welsh on request': write Welsh alone here, and say 'on request' in "
        "the description"]
    write(golden_site, "listings/groups/also.yaml", VALID_GROUP + "languages: '[Welsh]'\n")
    assert listed(golden_site, "also")[0].data.languages == ["cy"]
    # A language by its name, then its own name in brackets, is the language (it had been told to say 'Cymraeg' in
    # the description).
    write(golden_site, "listings/groups/also.yaml", VALID_GROUP + "languages: English, Welsh (Cymraeg)\n")
    assert listed(golden_site, "also")[0].data.languages == ["en-GB", "cy"]
    # An audience said to be everyone names none, as leaving audiences out says; a term with '+' after it is the
    # term ('LGBTQ+' where the site has LGBTQ). Both had been refused as no audience.
    config = golden_site / "site.yaml"
    config.write_text(config.read_text().replace("audiences:\n", "audiences:\n  - id: lgbtq\n    name: LGBTQ\n", 1))
    write(golden_site, "listings/groups/also.yaml", VALID_GROUP + "audiences: All ages\n")
    write(golden_site, "listings/groups/more.yaml", VALID_GROUP + "audiences: [LGBTQ+, carers]\n")
    write(golden_site, "listings/groups/welcome.yaml", VALID_GROUP + "audiences: Everyone welcome\n")  # (had been refused)
    write(golden_site, "listings/groups/their.yaml", VALID_GROUP + "audiences: LGBTQ+ and their carers\n")  # so had
    write(golden_site, "listings/groups/for.yaml", VALID_GROUP + "audiences: [For carers, Open to LGBTQ+]\n")  # as a
    write(golden_site, "listings/groups/anyone.yaml", VALID_GROUP + "audiences: For anyone\n")  # "Who" column says
    also, more, welcome, their, for_, anyone = listed(golden_site, "also", "more", "welcome", "their", "for", "anyone")
    assert (also.data.audiences, more.data.audiences, welcome.data.audiences, their.data.audiences, for_.data.audiences,
            anyone.data.audiences) == ([], ["lgbtq", "carers"], [], ["lgbtq", "carers"], ["carers", "lgbtq"], [])
    # Everyone beside other audiences is told what each means (it had been told that Everyone is no audience and
    # every id, as if a term were misspelt).
    write(golden_site, "listings/groups/also.yaml", VALID_GROUP + "audiences: Everyone, carers\n")
    assert problems(golden_site) == [
        "listings/groups/also.yaml:8:1: audiences: 'Everyone' names no audience: if it is open to everyone, leave audiences "
        "out; if it is especially for some people, list only them"]
    # A name misspelt is guessed at, as an id is ('Welsch' had been told only the codes), the code guessed said with
    # its name (a code alone, 'ase', had left a contributor to guess what it is).
    write(golden_site, "listings/groups/also.yaml", VALID_GROUP + "languages: Welsch\n")
    assert problems(golden_site) == ["listings/groups/also.yaml:8:1: languages: 'Welsch' is not one of the site's "
                                     "languages — did you mean 'cy', Cymraeg (Welsh)? Languages are: en-GB, cy"]
    # The whole of a larger area: which regions, or the whole country? (It had been told the site's regions alone.)
    (golden_site / "listings/groups/also.yaml").unlink()
    write(golden_site, "listings/groups/good.yaml", VALID_GROUP.replace("service_area: [online]\n", "service_area: Statewide\n"))
    assert problems(golden_site) == [
        "listings/groups/good.yaml:7:1: service_area: 'Statewide' names none of the site's regions: list each region it "
        "serves (old-town, riverside), or write national if it serves the whole country"]
    # Words around a region's name that say no more: 'Old Town area', 'Greater Old Town', '... and surrounding areas'.
    for written in ("Old Town area", "Greater Old Town", "Old Town and surrounding areas"):
        write(golden_site, "listings/groups/good.yaml", VALID_GROUP.replace("service_area: [online]\n", f"service_area: {written}\n"))
        assert listed(golden_site, "good")[0].data.service_area == ["old-town"], written
    write(golden_site, "listings/groups/good.yaml", VALID_GROUP.replace(
        "service_area: [online]\n", "service_area: Old Town, Riverside and surrounding areas\n"))
    assert listed(golden_site, "good")[0].data.service_area == ["old-town", "riverside"]
    # A region with the kind of area it is ('... County', '... and Riverside boroughs'), or all of it; the site's
    # country by name, the whole country (each had been refused); a nation of the UK is no whole country to serve.
    for written, read in (("Old Town County", ["old-town"]), ("Old Town and Riverside boroughs", ["old-town", "riverside"]),
                          ("All of Old Town", ["old-town"]), ("United Kingdom", ["national"]), ("Anywhere in the UK", ["national"])):
        write(golden_site, "listings/groups/good.yaml", VALID_GROUP.replace("service_area: [online]\n", f"service_area: {written}\n"))
        assert listed(golden_site, "good")[0].data.service_area == read, written
    write(golden_site, "listings/groups/good.yaml", VALID_GROUP.replace("service_area: [online]\n", "service_area: Wales\n"))
    assert problems(golden_site) == ["listings/groups/good.yaml:7:1: service_area: 'Wales' is not a region. Regions are: "
                                     "old-town, riverside, national, online"]


@pytest.mark.parametrize(("change", "message"), [
    (("email: hello@example.org", "email: hello@example.org, office@example.org"),
     "email: 'hello@example.org, office@example.org' holds 2 addresses; a listing gives one: write hello@example.org, "
     "and say what the other is for in the description"),
    (("email: hello@example.org", "email: 'hello@example.org (office)'"),
     "email: 'hello@example.org (office)' holds words as well as the address; write only the address, hello@example.org"),
    (("cost: free", "cost: Sliding scale"),
     "cost: 'Sliding scale' says how the cost is set: write cost: paid (or donation, if nobody has to pay), and "
     "cost_note: Sliding scale"),
    (("last_verified: 2026-01-01", "last_verified: 2026-10"),
     "last_verified: '2026-10' gives the month but not the day; write the whole date, YYYY-MM-DD, like 2026-10-01 for "
     "the first of the month"),
    (("format: online", "format: online\nmeetings:\n  - weekday: monday\n    start: '19:00'\n    duration: 1.5"),
     "meetings[0].duration: 1.5 is not a number of minutes; write minutes, a whole number, like 90 for an hour and a half"),
], ids=["two-emails", "email-with-words", "sliding-scale", "month-only", "duration-in-hours"])
def test_what_directories_write_that_says_less_or_more_than_a_field_is_told_what_to_write(
        golden_site: Path, change: tuple[str, str], message: str) -> None:
    write(golden_site, "listings/groups/bad.yaml", (VALID_GROUP + "email: hello@example.org\n").replace(*change))
    assert [problem.split(": ", 1)[1] for problem in problems(golden_site)] == [message]


def test_a_meeting_length_written_in_hours_or_minutes_is_its_minutes(golden_site: Path) -> None:
    lengths = ["90 minutes", "1.5 hours", "1 hour 30 minutes", "1h30", "2 hrs", "45"]
    write(golden_site, "listings/groups/good.yaml", VALID_GROUP + "meetings:\n" + "".join(
        f"  - weekday: monday\n    start: '09:00'\n    duration: {length}\n" for length in lengths))
    (listing,) = listed(golden_site, "good")
    assert [meeting.duration for meeting in listing.data.meetings] == [90, 90, 90, 90, 120, 45]


@pytest.mark.parametrize(("written", "hours"), [
    ("24/7", (True, [])),
    ("24 hours a day, 7 days a week", (True, [])),
    ("Mon-Fri 9am-5pm; Sat 10am-2pm", (False, [(["monday", "tuesday", "wednesday", "thursday", "friday"], time(9), time(17)),
                                              (["saturday"], time(10), time(14))])),
    ("'Weekdays: 6 pm to midnight'", (False, [(["monday", "tuesday", "wednesday", "thursday", "friday"], time(18), time(0))])),
    # Without am or pm, as directories write office hours: across noon, not 8:30 am to 4:30 the next morning.
    ("Mon-Fri 8:30-4:30", (False, [(["monday", "tuesday", "wednesday", "thursday", "friday"], time(8, 30), time(16, 30))])),
    ("'Weekdays 9 to 5; Sat 11-1'", (False, [(["monday", "tuesday", "wednesday", "thursday", "friday"], time(9), time(17)),
                                             (["saturday"], time(11), time(13))])),
    ("'Sun 1-4; Mon 10-12'", (False, [(["sunday"], time(13), time(16)), (["monday"], time(10), time(12))])),
    # 24-hour times, overnight ('09:30-04:00', from the morning, is in doubt: see the daytime test).
    ("'Fri 21:30-04:00'", (False, [(["friday"], time(21, 30), time(4))])),
    # Commas between periods, the time first, M-F and Tu-Th, 'through', '7 days a week'.
    ("'M-F 9am-5pm, Sat 10am-2pm'", (False, [(["monday", "tuesday", "wednesday", "thursday", "friday"], time(9), time(17)),
                                             (["saturday"], time(10), time(14))])),
    ("'Mon, Wed, Fri 10am-2pm'", (False, [(["monday", "wednesday", "friday"], time(10), time(14))])),
    ("'9am-5pm Monday through Friday; Tu-Th 6-9pm'", (False, [
        (["monday", "tuesday", "wednesday", "thursday", "friday"], time(9), time(17)), (["tuesday", "wednesday", "thursday"], time(18), time(21))])),
    ("'7 days a week, 8am-8pm'", (False, [(list(WEEKDAYS), time(8), time(20))])),
    # '365 days a year', as lines write it, is every day (it had been refused)
    ("'9am to 9pm, 365 days a year'", (False, [(list(WEEKDAYS), time(9), time(21))])),
    ("'8am-10pm every day of the year'", (False, [(list(WEEKDAYS), time(8), time(22))])),
    ("'24 hours a day, 365 days a year'", (True, [])),
    # 'Open' or 'Hours:' before them, slashes between periods, days said to be closed, a day's shortest name.
    ("'Hours: M-Th 9-7 / F 9-5; Sat-Sun closed'", (False, [(["monday", "tuesday", "wednesday", "thursday"], time(9), time(19)),
                                                         (["friday"], time(9), time(17))])),
    ("'Open Mon-Fri 9am-5pm, closed on Sundays'", (False, [(["monday", "tuesday", "wednesday", "thursday", "friday"], time(9), time(17))])),
    # Closed for lunch: two spans on the same days; 'Weds'; 'Nightly' and 'Every night'.
    ("'Mon-Fri 9:00am-12:00pm and 1:00pm-5:00pm'", (False, [
        (["monday", "tuesday", "wednesday", "thursday", "friday"], time(9), time(12)),
        (["monday", "tuesday", "wednesday", "thursday", "friday"], time(13), time(17))])),
    ("'Mon–Fri 9–12, 1–5; Weds 6-8pm'", (False, [
        (["monday", "tuesday", "wednesday", "thursday", "friday"], time(9), time(12)),
        (["monday", "tuesday", "wednesday", "thursday", "friday"], time(13), time(17)), (["wednesday"], time(18), time(20))])),
    ("'Mon-Fri 9-12, 1-5, Sat 10-2'", (False, [
        (["monday", "tuesday", "wednesday", "thursday", "friday"], time(9), time(12)),
        (["monday", "tuesday", "wednesday", "thursday", "friday"], time(13), time(17)), (["saturday"], time(10), time(14))])),
    ("'Nightly 6pm-11pm'", (False, [(list(WEEKDAYS), time(18), time(23))])),
    ("'Every night 7pm-midnight'", (False, [(list(WEEKDAYS), time(19), time(0))])),
    ("'Monday through Friday 8:00 AM to 4:30 PM, excluding holidays'", (False, [
        (["monday", "tuesday", "wednesday", "thursday", "friday"], time(8), time(16, 30))])),
    # A 24-hour clock's four digits; a time before noon without am or pm (10 pm to noon would be fourteen hours).
    ("'Mon-Fri 0900-1700; Sat 2200-0600'", (False, [
        (["monday", "tuesday", "wednesday", "thursday", "friday"], time(9), time(17)), (["saturday"], time(22), time(6))])),
    ("'Mon-Fri 9-noon, 1-5; Sat 10-noon'", (False, [
        (["monday", "tuesday", "wednesday", "thursday", "friday"], time(9), time(12)),
        (["monday", "tuesday", "wednesday", "thursday", "friday"], time(13), time(17)), (["saturday"], time(10), time(12))])),
    # 'and' or '&' between periods; UK times with a dot; '12 noon'; '24 Hours/7 Days'.
    ("'Monday to Thursday 10am-4pm and Friday 10am-1pm & Sat 9.00-12.30'", (False, [
        (["monday", "tuesday", "wednesday", "thursday"], time(10), time(16)), (["friday"], time(10), time(13)),
        (["saturday"], time(9), time(12, 30))])),
    ("'Mon-Fri 12 noon-8pm; Sat 10.00-17.00; Sun 10-Noon'", (False, [
        (["monday", "tuesday", "wednesday", "thursday", "friday"], time(12), time(20)), (["saturday"], time(10), time(17)),
        (["sunday"], time(10), time(12))])),
    ("'24 Hours/7 Days'", (True, [])),
    ("'24 hours, 365 days a year'", (True, [])),
    ("'24/7, 365 days a year'", (True, [])),  # it had been refused
    # A break said after the hours ('closed 12-1 for lunch'): the hours either side of it, in the half of the day
    # that falls within them (it had been refused, or in brackets a note, so "Open now" at 12:30).
    ("'Mon-Fri 9am-5pm, closed 12-1 for lunch'", (False, [
        (["monday", "tuesday", "wednesday", "thursday", "friday"], time(9), time(12)),
        (["monday", "tuesday", "wednesday", "thursday", "friday"], time(13), time(17))])),
    ("'Sat 10-4 (closed 12:30-1:30pm)'", (False, [(["saturday"], time(10), time(12, 30)), (["saturday"], time(13, 30), time(16))])),
    ("'Closed for lunch 12-1pm; Mon-Fri 9am-5pm'", (False, [  # the break said first
        (["monday", "tuesday", "wednesday", "thursday", "friday"], time(9), time(12)),
        (["monday", "tuesday", "wednesday", "thursday", "friday"], time(13), time(17))])),
    ("Around the clock", (True, [])),
    ("Anytime", (True, [])),
    ("Twenty-four hours a day, seven days a week", (True, [])),
    ("24 hrs", (True, [])),
    ("'Weekday evenings 6-10pm; Sat nights 10pm-2am'", (False, [(list(WEEKDAYS[:5]), time(18), time(22)),
                                                             (["saturday"], time(22), time(2))])),
    ("'Phone lines open 8am-8pm, 7 days a week'", (False, [(list(WEEKDAYS), time(8), time(20))])),
    # Days as letters run together, as US schedules write them: T and S the first of their days after the one before
    # (these had been refused).
    ("'MWF 10-4'", (False, [(["monday", "wednesday", "friday"], time(10), time(16))])),
    ("'MTWTF 9-5'", (False, [(list(WEEKDAYS[:5]), time(9), time(17))])),
    ("'TTh 1-5pm; SS 10-2'", (False, [(["tuesday", "thursday"], time(13), time(17)), (["saturday", "sunday"], time(10), time(14))])),
    ("'M-Th 9a-7p, F 9a-5p'", (False, [(["monday", "tuesday", "wednesday", "thursday"], time(9), time(19)),
                                       (["friday"], time(9), time(17))])),
    ("'Mon-Fri 8:30a-4:30p, closed 12-1p'", (False, [(list(WEEKDAYS[:5]), time(8, 30), time(12)),
                                                     (list(WEEKDAYS[:5]), time(13), time(16, 30))])),
    ("'Every day 7pm-11pm except Christmas Day'", (False, [(list(WEEKDAYS), time(19), time(23))])),
    ("'Weeknights 7pm-11pm'", (False, [(list(WEEKDAYS[:5]), time(19), time(23))])),
    # A break said in one part of the hours is that part's (it had been refused).
    ("'Mon-Fri 9am-5pm, closed 12-1pm; Sat 10am-2pm'", (False, [(list(WEEKDAYS[:5]), time(9), time(12)),
                                                               (list(WEEKDAYS[:5]), time(13), time(17)), (["saturday"], time(10), time(14))])),
    # Hours past noon written alone, as Europe and OpenStreetMap write them, are a 24-hour clock's, and 24:00 the
    # midnight a day ends at (both had been refused as hours that could not be read).
    ("'Mo-Fr 9-17; Sa 10-13'", (False, [(list(WEEKDAYS[:5]), time(9), time(17)), (["saturday"], time(10), time(13))])),
    ("'Mon-Fri 18:00-24:00; Sat 0-24'", (False, [(list(WEEKDAYS[:5]), time(18), time(0)), (["saturday"], time(0), time(0))])),
    # Periods apart by a full stop after a time, or a bar, as feeds join them (both had been refused).
    ("'Mon-Fri 9 a.m.-5 p.m. Sat 10am-2pm.'", (False, [(list(WEEKDAYS[:5]), time(9), time(17)), (["saturday"], time(10), time(14))])),
    ("'Monday-Friday: 9am-5pm | Saturday: 10am-2pm'", (False, [(list(WEEKDAYS[:5]), time(9), time(17)),
                                                              (["saturday"], time(10), time(14))])),
    ("'Mon-Fri 9 a.m. to 5 p.m.'", (False, [(list(WEEKDAYS[:5]), time(9), time(17))])),  # no new part at 'a.m. to'
    ("'Weekdays: 9am–5pm · Weekends: 10am–2pm'", (False, [(list(WEEKDAYS[:5]), time(9), time(17)),  # a bullet, as a web
                                                          (list(WEEKDAYS[5:]), time(10), time(14))])),  # page lists them
    # An end without am or pm after a start with it: the first such time after the start (it had been asked).
    ("'Mon-Fri 8:30 am - 5; Sat 10pm-2'", (False, [(list(WEEKDAYS[:5]), time(8, 30), time(17)), (["saturday"], time(22), time(2))])),
    # So too after noon or midnight, which say their half of the day ('noon-8' had been asked whether 8 is morning).
    ("'Mon-Fri noon-8; Sat midnight-8'", (False, [(list(WEEKDAYS[:5]), time(12), time(20)), (["saturday"], time(0), time(8))])),
    # The times before 'every night' or 'every day' (the 'every' had been taken off, leaving 'night'), and days
    # said to be the 'only' ones (both had been refused).
    ("'6pm-2am every night'", (False, [(list(WEEKDAYS), time(18), time(2))])),
    ("'10am-10pm every day; 9am-5pm every Monday'", (False, [(list(WEEKDAYS), time(10), time(22)), (["monday"], time(9), time(17))])),
    ("'Weekends only, 10am-4pm'", (False, [(list(WEEKDAYS[5:]), time(10), time(16))])),
    ("'9am-5pm weekdays only'", (False, [(list(WEEKDAYS[:5]), time(9), time(17))])),
    # 'only' after the times, or after a day with the times after it, stresses them (both had been refused);
    # '(members only)' stays a note.
    ("'Mon-Fri 9am-5pm only; Sat 10-2 only'", (False, [(list(WEEKDAYS[:5]), time(9), time(17)), (["saturday"], time(10), time(14))])),
    ("'Sat only 10am-2pm (members only)'", (False, [(["saturday"], time(10), time(14))])),
    # 'Available' or 'Lines open' before 24/7, and 24/7 with dashes (all had been refused).
    ("'Lines open 24/7'", (True, [])),
    ("'Available 24-7-365'", (True, [])),
    ("'Available Mon-Fri 9am-5pm'", (False, [(list(WEEKDAYS[:5]), time(9), time(17))])),
    # A span of days and a day beside it, as the pages and the API's CSV write them (it had been refused).
    ("'Mon–Thu, Sun: 8 pm–2 am'", (False, [([*WEEKDAYS[:4], "sunday"], time(20), time(2))])),
], ids=["24/7", "24-hours-in-words", "periods", "weekdays-to-midnight", "across-noon", "nine-to-five", "afternoon",
        "24-hour", "commas", "list-of-days", "time-first", "every-day", "365-days-after", "every-day-of-the-year",
        "24-hours-365-days-a-year", "slashes-and-closed", "open-and-closed",
        "lunch", "lunch-and-weds", "lunch-then-saturday", "nightly", "every-night", "excluding-holidays", "four-digits",
        "until-noon", "and-between-periods", "noon-and-dots", "24-hours-7-days", "365-days-a-year", "24-7-365-days",
        "lunch-break", "break-in-brackets", "break-first", "around-the-clock", "anytime", "twenty-four-seven-in-words", "24-hrs", "days-evenings", "lines-open",
        "letters-mwf", "letters-mtwtf", "letters-tth-ss", "a-and-p", "a-and-p-break", "except-christmas", "weeknights", "break-in-one-part",
        "24-hour-hours-alone", "to-24-00", "full-stops", "bars", "a-m-to-p-m", "bullets", "end-after-a-start-with-its-half",
        "end-after-noon-or-midnight", "every-night-after", "every-day-after", "weekends-only", "weekdays-only-after",
        "only-after-times", "only-after-a-day", "lines-open-24-7", "available-24-7-365", "available-days-and-times",
        "a-span-and-a-day"])
def test_opening_hours_written_as_text_are_the_hours_they_say(golden_site: Path, written: str, hours: tuple) -> None:
    write(golden_site, "listings/helplines/good.yaml", VALID_LINE
          + f"phones: 01632 960111\nhours: {written}\n")
    found = listed(golden_site, "good")[0].data.hours
    assert (found.open_24_7, [(p.days, p.opens, p.closes) for p in found.weekly]) == hours


def test_a_note_of_one_part_of_hours_among_several_says_which_part(golden_site: Path) -> None:
    """'M-F 9-5 except holidays; Sat 10-2', 'Mon-Fri 9-5 (call first); Sat 10-2 (walk-in)': a note after a part that
    is not the last had been refused (or, after a bracket, taken the next part's hours into it, which were then
    never open); each part is read with its own note, said with the part it follows, unless every part has the same.
    'by appt.' is by appointment."""
    weekdays, saturday = (list(WEEKDAYS[:5]), time(9), time(17)), (["saturday"], time(10), time(14))
    assert hours_read(golden_site, "'M-F 9-5 except holidays; Sat 10-2'", "'Mon-Fri 9-5 (call first); Sat 10-2 (walk-in)'",
                      "'Mon-Fri 9-5 (closed holidays); Sat 10-2 (closed holidays)'", "'Mon-Fri 8:30-5:00, Sat by appt.'") == [
        ([weekdays, saturday], "M-F 9-5: Except holidays"), ([weekdays, saturday], "Mon-Fri 9-5: Call first; Sat 10-2: Walk-in"),
        ([weekdays, saturday], "Closed holidays"), ([(list(WEEKDAYS[:5]), time(8, 30), time(17))], "Sat by appt.")]


def test_hours_as_openstreetmap_writes_them_with_days_off_and_public_holidays(golden_site: Path) -> None:
    """'Mo-Fr 09:00-17:00; Sa,Su off; PH off', as OpenStreetMap's opening_hours (and data drawn from it) writes them:
    days off are closed, as 'closed' says, and public holidays are the note, since no week holds one (all had been
    refused as hours that could not be read)."""
    assert hours_read(golden_site, "'Mo-Fr 09:00-17:00; Sa,Su off; PH off'", "'Mo-Fr 09:00-17:00; PH 10:00-14:00'") == [
        ([(list(WEEKDAYS[:5]), time(9), time(17))], "Closed on public holidays"),
        ([(list(WEEKDAYS[:5]), time(9), time(17))], "Public holidays: 10:00-14:00")]


def test_days_in_brackets_after_hours_are_their_days_not_a_note(golden_site: Path) -> None:
    """'9am-5pm (Mon-Fri)', as feeds give the times first: the hours on those days (it had been asked on which days,
    though it said); days in brackets after hours that name the same days are no note ('Daily 4:30pm-10:30pm (Mon -
    Sun)' had shown "Mon - Sun" under "Every day: 4:30–10:30 pm")."""
    for slug, hours in (("times-first", "'9am-5pm ET (Mon-Fri)'"), ("saturdays", "'10am-2pm (Saturdays)'"),
                        ("again", "Daily 4:30pm-10:30pm (Mon - Sun)"), ("other", "'Mon-Fri 9am-5pm (Mon-Thu)'")):
        write(golden_site, f"listings/helplines/{slug}.yaml", VALID_LINE + f"phones: 01632 960111\nhours: {hours}\n")
    found = [listing.data.hours for listing in listed(golden_site, "times-first", "saturdays", "again", "other")]
    assert [([(p.days, p.opens, p.closes) for p in hours.weekly], hours.timezone, hours.note) for hours in found] == [
        ([(list(WEEKDAYS[:5]), time(9), time(17))], "America/New_York", None), ([(["saturday"], time(10), time(14))], None, None),
        ([(list(WEEKDAYS), time(16, 30), time(22, 30))], None, None),
        ([(list(WEEKDAYS[:5]), time(9), time(17))], None, "Mon-Thu")]  # other days: said, not dropped


def test_words_after_hours_that_name_no_day_or_time_are_their_note(golden_site: Path) -> None:
    """'Mon-Fri 9am-5pm, after-hours line available', as feeds add a remark to hours: the hours, and the words their
    note (it had been refused as hours that could not be read); words that name a day stay refused, since they
    would be hours left unread."""
    write(golden_site, "listings/helplines/good.yaml", VALID_LINE
          + "phones: 01632 960111\nhours: 'Mon-Fri 9am-5pm GMT, after-hours line available'\n")
    (good,) = listed(golden_site, "good")
    assert ([(p.days, p.opens, p.closes) for p in good.data.hours.weekly], good.data.hours.timezone, good.data.hours.note) == (
        [(list(WEEKDAYS[:5]), time(9), time(17))], "Europe/London", "After-hours line available")
    # after hours that read only as a whole, with their days in brackets
    write(golden_site, "listings/helplines/good.yaml", VALID_LINE + "phones: 01632 960111\nhours: '10am-2pm (Tue-Thu), walk-ins welcome'\n")
    (good,) = listed(golden_site, "good")
    assert ([(p.days, p.opens, p.closes) for p in good.data.hours.weekly], good.data.hours.note) == (
        [(["tuesday", "wednesday", "thursday"], time(10), time(14))], "Walk-ins welcome")
    write(golden_site, "listings/helplines/bad.yaml", VALID_LINE + "phones: 01632 960111\nhours: 'Mon-Fri 9-5, Sat mornings'\n")
    assert [problem.split(": '")[0] for problem in problems(golden_site)] == ["listings/helplines/bad.yaml:9:1: hours"]


def test_more_hours_or_meetings_in_brackets_are_read_not_kept_as_a_note(golden_site: Path) -> None:
    """'Mon-Fri 9-5 (Sat 10-2)', 'Tuesdays 7pm (also Thursdays 6pm)': the days and times in brackets had been the note,
    so the device said "Closed now" on a Saturday at 11 and "Next meeting" never named a Thursday; they are more
    hours and meetings, and for days the hours gave, those days' own ('(Fri until 4)'). Words in brackets that give no day and time stay the note ('Sat by appointment', '8pm in
    summer', 'Room 101')."""
    assert hours_read(golden_site, "'Mon-Fri 9-5 (Sat 10-2)'", "'Mon-Fri 9am-5pm (also Saturdays 10am-2pm)'",
                      "'Mon-Fri 9am-5pm (Sat by appointment)'", "'Mon-Fri 9-5, also Sat 10-2'") == [
        ([(list(WEEKDAYS[:5]), time(9), time(17)), (["saturday"], time(10), time(14))], None),
        ([(list(WEEKDAYS[:5]), time(9), time(17)), (["saturday"], time(10), time(14))], None),
        ([(list(WEEKDAYS[:5]), time(9), time(17))], "Sat by appointment"),
        ([(list(WEEKDAYS[:5]), time(9), time(17)), (["saturday"], time(10), time(14))], None)]  # 'also' (had been refused)
    # hours in brackets for days the hours gave are those days' own: Friday closes at 4, not 5
    assert hours_read(golden_site, "'Mon-Fri 9am-5pm (Fri until 4)'", "'Mon-Fri 9-5 (Fri 9-4)'", "'Mon-Fri 9am-5pm (Fridays close at 3pm)'") == [
        ([(list(WEEKDAYS[:4]), time(9), time(17)), (["friday"], time(9), time(16))], None),
        ([(list(WEEKDAYS[:4]), time(9), time(17)), (["friday"], time(9), time(16))], None),
        ([(list(WEEKDAYS[:4]), time(9), time(17)), (["friday"], time(9), time(15))], None)]
    # with the break the others close for, on that day too (Friday had been open through lunch)
    assert hours_read(golden_site, "'Mon-Fri 9-12, 1-5 (Fri until 4)'") == [([
        (list(WEEKDAYS[:4]), time(9), time(12)), (list(WEEKDAYS[:4]), time(13), time(17)), (["friday"], time(9), time(12)),
        (["friday"], time(13), time(16))], None)]
    write(golden_site, "listings/groups/more.yaml", VALID_GROUP + "meetings: 'Tuesdays 7pm (also Thursdays 6pm); Fridays 7pm (8pm "
          "in summer); Mondays 6pm (Room 101); Wednesdays 1pm, also Saturdays 11am'\n")
    assert [(m.weekday, m.start, m.note) for m in listed(golden_site, "more")[0].data.meetings] == [
        ("tuesday", time(19), None), ("thursday", time(18), None), ("friday", time(19), "8pm in summer"),
        ("monday", time(18), "Room 101"), ("wednesday", time(13), None), ("saturday", time(11), None)]


def test_a_remark_after_hours_may_give_a_number_to_call(golden_site: Path) -> None:
    """'Mon-Fri 9am-5pm. After hours, call 999.', as a line says where to turn when it is closed: the hours, and the
    remark their note (it had been refused: a remark held no figure, lest it hide hours). A figure that is no number
    to call after 'call', 'text', 'dial', 'ring' or 'phone' still stops it ('press 1')."""
    assert hours_read(golden_site, "'Mon-Fri 9am-5pm. After hours, call 116 123.'", "'Mon-Fri 9am-5pm; out of hours ring 01632 960000'",
                      "'Open 24/7, calls and texts'") == [
        ([(list(WEEKDAYS[:5]), time(9), time(17))], "After hours, call 116 123."),
        ([(list(WEEKDAYS[:5]), time(9), time(17))], "Out of hours ring 01632 960000"),
        ([], "Calls and texts")]  # a remark after 24/7 too (it had been refused)
    write(golden_site, "listings/helplines/bad.yaml", VALID_LINE + "phones: 01632 960111\nhours: 'Mon-Fri 9am-5pm, press 1'\n")
    assert [p.split(":")[0] for p in problems(golden_site)] == ["listings/helplines/bad.yaml"]


def test_hours_with_a_full_stop_after_times_without_am_or_pm_and_24_7_with_what_it_is_for(golden_site: Path) -> None:
    """'Mon-Fri 9-5. Also Sat 10-2.' parts its hours at the full stop, as after '5pm.' ('Sat 9-5 ET.' had even been
    asked whether 9-5 was morning or evening); 'Open 24/7 for calls and texts' is 24/7 with what it is for as its
    note, as after a comma. All had been refused. Not 'for weekend calls', which names days."""
    assert hours_read(golden_site, "'Mon-Fri 9-5. Also Sat 10-2.'", "'Sat 9-5 ET.'", "'Open 24/7 for calls and texts'",
                      "'24/7 by phone or text'") == [
        ([(list(WEEKDAYS[:5]), time(9), time(17)), (["saturday"], time(10), time(14))], None),
        ([(["saturday"], time(9), time(17))], None), ([], "For calls and texts"), ([], "By phone or text")]
    assert listed(golden_site, "hours-1")[0].data.hours.timezone == "America/New_York"
    write(golden_site, "listings/helplines/bad.yaml", VALID_LINE + "phones: 01632 960111\nhours: 24/7 for weekend calls\n")
    write(golden_site, "listings/helplines/two.yaml", VALID_LINE + "phones: 01632 960111\nhours: 'Sat 9am & 1pm'\n")
    bad, two = problems(golden_site)
    assert bad.startswith("listings/helplines/bad.yaml") and two.startswith("listings/helplines/two.yaml")
    assert "gives the time it opens" not in two  # two times of a day, as meetings are written: no opening time alone


def test_meetings_at_several_times_of_a_day_and_in_the_evening_in_words(golden_site: Path) -> None:
    """'Daily 7am & 7pm' is a meeting at each time every day, 'Mondays 10am and 7pm' two on Mondays; 'Tuesdays 7 to
    8:30 in the evening' is 7-8:30 pm, as 'Tuesday evenings 7-8:30' is. All had been refused. 'Tuesdays 7pm in the
    morning' contradicts itself, and is refused."""
    write(golden_site, "listings/groups/times.yaml", VALID_GROUP + "meetings: 'Daily 7am & 7pm; Mondays 10am and 7pm; "
          "Tuesdays 7 to 8:30 in the evening'\n")
    (group,) = listed(golden_site, "times")
    assert [(m.weekday, m.start, m.end) for m in group.data.meetings] == [
        *((day, time(7), None) for day in WEEKDAYS), *((day, time(19), None) for day in WEEKDAYS),
        ("monday", time(10), None), ("monday", time(19), None), ("tuesday", time(19), time(20, 30))]
    assert [line for line, _ in group.meeting_lines] == [
        "Every day: 07:00", "Every day: 19:00", "Every Monday at 10:00", "Every Monday at 19:00", "Every Tuesday, 19:00–20:30"]
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + "meetings: 'Tuesdays 7pm in the morning'\n")
    assert [p.split(":")[0] for p in problems(golden_site)] == ["listings/groups/bad.yaml"]


def test_mt_after_hours_is_mountain_time_and_never_monday_and_tuesday(golden_site: Path) -> None:
    """Days as letters run together ('MWF') are read, but not 'MT', which is Mountain Time: after the hours it is
    their zone, and before them it is refused rather than read as Monday and Tuesday."""
    assert hours_read(golden_site, "'Mon-Fri 9-5 MT'") == [([(list(WEEKDAYS[:5]), time(9), time(17))], None)]
    assert listed(golden_site, "hours-0")[0].data.hours.timezone == "America/Denver"
    write(golden_site, "listings/helplines/bad.yaml", VALID_LINE + "phones: 01632 960111\nhours: MT 9-5\n")
    assert [p.split(":")[0] for p in problems(golden_site)] == ["listings/helplines/bad.yaml"]


def test_how_long_a_meeting_lasts_between_two_times_and_once_a_week_are_read(golden_site: Path) -> None:
    """'Tuesdays at 7pm for 90 minutes', 'Wednesdays 7pm, 1.5 hours', 'Fridays 6pm (2 hrs)': how long, as duration:
    says it (the first two had been refused, the last a note, so no calendar or "Meeting now" knew its end);
    'Thursdays between 7 and 8:30pm' its start and end; 'Once a week, Mondays 7pm' every Monday. A length beside an
    end stays a note; 'once a month' says not which weeks, and is still asked them."""
    write(golden_site, "listings/groups/long.yaml", VALID_GROUP + "meetings: 'Tuesdays at 7pm for 90 minutes; Wednesdays 7pm, "
          "1.5 hours; Fridays 6pm (2 hrs); Thursdays between 7 and 8:30pm; Once a week, Mondays 7pm; Sundays 2-4pm (90 min)'\n")
    (group,) = listed(golden_site, "long")
    assert [(m.weekday, m.start, m.end, m.duration, m.note) for m in group.data.meetings] == [
        ("tuesday", time(19), None, 90, None), ("wednesday", time(19), None, 90, None), ("friday", time(18), None, 120, None),
        ("thursday", time(19), time(20, 30), None, None), ("monday", time(19), None, None, None),
        ("sunday", time(14), time(16), None, "90 min")]
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + "meetings: 'Once a month on Tuesdays 7pm'\n")
    assert "which Tuesdays of the month?" in problems(golden_site)[0]


def test_times_in_the_evening_or_at_night_are_read_in_that_half_of_the_day(golden_site: Path) -> None:
    """'Weeknights 10-6' had been a line open 10 am to 6 pm, 'Every evening 5-1' 5 am to 1 pm, 'Friday nights 10-1' a
    meeting at 10 am, and 'Mon-Fri evenings 7-9' a meeting on Monday and Friday only; evening and night words say pm,
    and an end at or before the start the next morning ('Every evening 6-10' had been refused). Morning words keep
    their reading ('Sat mornings 9-12' is 9 am to noon); 'Weekday evenings 5-9, Sat mornings 9-12' reads each part
    with its own."""
    assert hours_read(golden_site, "'Weeknights 10-6'", "'Every evening 5-1'", "'Every evening 6-10'", "'Sat mornings 9-12'",
                      "'Weekday evenings 5-9, Sat mornings 9-12'") == [
        ([(list(WEEKDAYS[:5]), time(22), time(6))], None), ([(list(WEEKDAYS), time(17), time(1))], None),
        ([(list(WEEKDAYS), time(18), time(22))], None), ([(["saturday"], time(9), time(12))], None),
        ([(list(WEEKDAYS[:5]), time(17), time(21)), (["saturday"], time(9), time(12))], None)]
    write(golden_site, "listings/groups/late.yaml", VALID_GROUP + "meetings: 'Friday nights 10-1; Mon-Fri evenings 7-9'\n")
    (group,) = listed(golden_site, "late")
    assert [(m.weekday, m.start, m.end) for m in group.data.meetings] == [
        ("friday", time(22), time(1)), *((day, time(19), time(21)) for day in WEEKDAYS[:5])]


def test_hours_or_meetings_with_a_part_too_long_to_read_are_refused_at_once(golden_site: Path) -> None:
    """A pasted paragraph with many figures in hours had taken check a minute to refuse (each way of cutting it was
    tried); a part over 300 characters is refused at once, saying what to write. A list entry's too."""
    long = "Mon-Fri 9-5 " + "x 1 y " * 60
    write(golden_site, "listings/helplines/bad-line.yaml", VALID_LINE + f"phones: 01632 960111\nhours: '{long}'\n")
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + f"meetings:\n  - Mondays 7pm\n  - '{long}'\n")
    told = f"'{long[:40]}...' is too long to read as {{}} ({len(long.strip())} characters in one part); write only the days and times, " \
        "each part apart by ';', and any other words in the description"
    assert problems(golden_site) == [f"listings/groups/bad.yaml:10:5: meetings[1]: {told.format('meetings')}",
                                     f"listings/helplines/bad-line.yaml:9:1: hours: {told.format('opening hours')}"]


def test_how_a_meeting_is_held_said_after_its_time_is_its_note(golden_site: Path) -> None:
    """'Mondays 7pm in person; Thursdays 7pm on Zoom', as a group that meets both ways writes it: each its note, as in
    brackets (they had been refused); any of the words a group's format is written in ('outdoors', 'en línea').
    Such words without a time are still refused."""
    write(golden_site, "listings/groups/how.yaml", VALID_GROUP + "meetings: 'Mondays 7pm in person; Thursdays 7-8:30pm "
          "on Zoom; Fridays 6pm online only; Saturdays 10am outdoors; martes 19 h en línea'\n")
    (group,) = listed(golden_site, "how")
    assert [(m.weekday, m.start, m.note) for m in group.data.meetings] == [
        ("monday", time(19), "in person"), ("thursday", time(19), "on Zoom"), ("friday", time(18), "online only"),
        ("saturday", time(10), "outdoors"), ("tuesday", time(19), "en línea")]
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + "meetings: Tuesdays online\n")
    assert [p.split(":")[0] for p in problems(golden_site)] == ["listings/groups/bad.yaml"]


def test_a_problem_in_a_list_written_as_text_names_the_field_not_an_entry_read_from_it(golden_site: Path) -> None:
    """'meetings: Daily 7pm; Tuesdays soon' had been told as meetings[7], the eighth meeting read from the text, which
    no line of the file is; the field is named as written. Entries written as a list keep their index."""
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + "meetings: 'Daily 7pm; Tuesdays soon'\n")
    write(golden_site, "listings/groups/listed.yaml", VALID_GROUP + "meetings:\n  - Daily 7pm\n  - Tuesdays soon\n")
    assert [p.split(": '")[0] for p in problems(golden_site)] == [
        "listings/groups/bad.yaml:8:1: meetings", "listings/groups/listed.yaml:10:5: meetings[1]"]


def test_the_same_times_in_a_second_time_zone_are_read_once_and_checked(golden_site: Path) -> None:
    """'Tuesdays 7pm ET / 4pm PT', as groups and lines that serve more than one zone write their times: the times in
    the first zone, once (they had been refused; in brackets, '(4-5:30pm Pacific)' had been the note). Times that
    are not the same are refused, saying what the first are in the second zone, in winter or summer alike.
    Meetings each in a zone of their own ('Mondays 7pm PT, Thursdays 6pm CT') are each in theirs (they had been
    refused), but not where one among them names none."""
    write(golden_site, "listings/groups/zones.yaml", VALID_GROUP + "meetings: 'Tuesdays 7pm ET / 4pm PT; Thursdays "
          "7-8:30pm Eastern (4-5:30pm Pacific); Sundays 7pm UK time / 2pm ET; Mondays 7pm PT, Fridays 6pm CT'\n")
    (group,) = listed(golden_site, "zones")
    assert [(m.weekday, m.start, m.end, m.timezone, m.note) for m in group.data.meetings] == [
        ("tuesday", time(19), None, "America/New_York", None), ("thursday", time(19), time(20, 30), "America/New_York", None),
        ("sunday", time(19), None, "Europe/London", None), ("monday", time(19), None, "America/Los_Angeles", None),
        ("friday", time(18), None, "America/Chicago", None)]
    assert hours_read(golden_site, "'Mon-Fri 9am-5pm ET / 6am-2pm PT'") == [([(list(WEEKDAYS[:5]), time(9), time(17))], None)]
    assert listed(golden_site, "hours-0")[0].data.hours.timezone == "America/New_York"
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + "meetings: 'Tuesdays 7pm ET / 5pm PT'\n")
    write(golden_site, "listings/groups/bad-too.yaml", VALID_GROUP + "meetings: 'Mondays 7pm PT, Wednesdays 5pm, Thursdays 6pm CT'\n")
    write(golden_site, "listings/helplines/bad-line.yaml", VALID_LINE + "phones: 01632 960111\nhours: 'Mon-Fri 9am-5pm ET / 6am-3pm PT'\n")
    assert [p.split(": ", 1)[1] for p in problems(golden_site)] == [
        "meetings: 'Mondays 7pm PT, Wednesdays 5pm, Thursdays 6pm CT' cannot be read as a meeting; write its day, then "
        "its time, like \"Tuesdays 7-9pm\" or \"1st and 3rd Thursday, 6:30 pm\", or as weekday: and start: fields",
        "meetings: 'Tuesdays 7pm ET / 5pm PT' cannot be read as a meeting: 7pm ET is 4pm PT, not 5pm PT; give the "
        "times in one zone, like \"Tuesdays 7pm ET\"",
        "hours: 'Mon-Fri 9am-5pm ET / 6am-3pm PT' cannot be read as opening hours: 9am-5pm ET is 6am-2pm PT, not 6am-3pm "
        "PT; give the times in one zone, like \"Mon-Fri 9am-5pm ET\""]


def test_holidays_among_the_days_of_hours_are_their_note(golden_site: Path) -> None:
    """'Weekdays 5pm-8am, weekends and holidays 24 hours', as out-of-hours lines publish their hours: a week holds no
    holidays, so the weekend's hours are the weekend's and the holidays' are the note, beside any other; so are
    hours by appointment ('..., Sat by appointment'). Both had been refused."""
    write(golden_site, "listings/helplines/good.yaml", VALID_LINE
          + "phones: 01632 960111\nhours: Weekdays 5pm-8am, weekends and holidays 24 hours\n")
    write(golden_site, "listings/helplines/noted.yaml", VALID_LINE + "phones: 01632 960111\n"
          "hours: 'Mon-Fri 9am-5pm; Sat, Sun & public holidays 10am-2pm ET (closed Christmas Day)'\n")
    good, noted = listed(golden_site, "good", "noted")
    weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday"]
    assert [(p.days, p.opens, p.closes) for p in good.data.hours.weekly] == [
        (weekdays, time(17), time(8)), (["saturday", "sunday"], time(0), time(0))]
    assert good.data.hours.note == "Holidays: 24 hours"
    assert [(p.days, p.opens, p.closes) for p in noted.data.hours.weekly] == [
        (weekdays, time(9), time(17)), (["saturday", "sunday"], time(10), time(14))]
    assert (noted.data.hours.timezone, noted.data.hours.note) == ("America/New_York", "Public holidays: 10am-2pm; Closed Christmas Day")
    assert noted.hours_on_card.endswith(" · Public holidays: 10am-2pm; Closed Christmas Day")
    # Holidays closed after a period, or among closed days.
    write(golden_site, "listings/helplines/noted.yaml", VALID_LINE + "phones: 01632 960111\n"
          "hours: 'Mon-Fri 9am-5pm and Sun 12pm-4pm & holidays closed'\n")
    write(golden_site, "listings/helplines/good.yaml", VALID_LINE + "phones: 01632 960111\n"
          "hours: 'Mon-Fri 9am-5pm; Sat, Sun & holidays closed'\n")
    good, noted = listed(golden_site, "good", "noted")
    assert [(p.days, p.opens, p.closes) for p in noted.data.hours.weekly] == [
        (weekdays, time(9), time(17)), (["sunday"], time(12), time(16))]
    assert [(p.days, p.opens, p.closes) for p in good.data.hours.weekly] == [(weekdays, time(9), time(17))]
    assert noted.data.hours.note == good.data.hours.note == "Holidays: closed"
    # Hours by appointment are a note too.
    write(golden_site, "listings/helplines/noted.yaml", VALID_LINE + "phones: 01632 960111\n"
          "hours: 'Mon-Fri 9am-5pm, Sat by appointment'\n")
    write(golden_site, "listings/helplines/good.yaml", VALID_LINE + "phones: 01632 960111\nhours: Mon-Fri 9am-5pm by appointment\n")
    good, noted = listed(golden_site, "good", "noted")
    assert [(p.days, p.opens, p.closes) for p in noted.data.hours.weekly] == [(weekdays, time(9), time(17))]
    assert noted.data.hours.note == "Sat by appointment"
    assert [(p.days, p.opens, p.closes) for p in good.data.hours.weekly] == [(weekdays, time(9), time(17))]
    assert good.data.hours.note == "By appointment"


def test_a_break_outside_the_hours_is_told_what_to_write(golden_site: Path) -> None:
    """A break is times: 'closed 1st Monday' after the hours is no break, and is told as hours that cannot be read."""
    write(golden_site, "listings/helplines/bad.yaml", VALID_LINE + "phones: 01632 960111\nhours: 'Mon-Fri 9am-5pm, closed 6-7 for lunch'\n")
    write(golden_site, "listings/helplines/day.yaml", VALID_LINE + "phones: 01632 960111\nhours: 'Mon-Fri 9am-5pm, closed 1st Monday'\n")
    assert problems(golden_site) == [
        "listings/helplines/bad.yaml:9:1: hours: 'Mon-Fri 9am-5pm, closed 6-7 for lunch': the break (6-7) does not fall "
        "within each of the hours; write them without it, like \"Mon-Fri 9am-12pm and 1pm-5pm\"",
        "listings/helplines/day.yaml:9:1: hours: 'Mon-Fri 9am-5pm, closed 1st Monday' cannot be read as opening hours; "
        "write them like \"Mon-Fri 9am-5pm; Sat 10am-2pm\" or 24/7, or as open_24_7: and weekly: fields"]


def test_a_time_zone_named_after_the_times_is_theirs(golden_site: Path) -> None:
    """'Mon-Fri 9am-5pm ET', as a national line publishes its hours, 'Tuesdays 7pm Central', '10am-4pm (UK
    time)': the zone each names; hours in two zones are refused, and so is a name written for two zones (MST:
    Arizona keeps it all year, Colorado only in winter), saying what to write instead."""
    line = VALID_LINE + "phones: 01632 960111\n"
    write(golden_site, "listings/helplines/good-line.yaml", line + "hours: 'Mon-Fri 9am-5pm (Eastern Time); Sat 10am-2pm'\n")
    write(golden_site, "listings/groups/good.yaml", VALID_GROUP + "meetings: 'Tuesdays 7-9pm Central; Thursdays 6pm PT (not in August)'\n")
    warmline, group = listed(golden_site, "good-line", "good")
    hours = warmline.data.hours
    assert (hours.timezone, [(p.opens, p.closes) for p in hours.weekly]) == ("America/New_York", [(time(9), time(17)), (time(10), time(14))])
    assert [(m.weekday, m.start, m.timezone, m.note) for m in group.data.meetings] == [
        ("tuesday", time(19), "America/Chicago", None), ("thursday", time(18), "America/Los_Angeles", "not in August")]
    write(golden_site, "listings/helplines/good-line.yaml", line + "hours: 'Mon-Fri 10am-4pm (UK time)'\n")
    write(golden_site, "listings/groups/good.yaml", VALID_GROUP + "meetings: 'Tuesdays 7pm AEDT; Thursdays 6pm Arizona time'\n")
    warmline, group = listed(golden_site, "good-line", "good")
    assert warmline.data.hours.timezone == "Europe/London"
    assert [m.timezone for m in group.data.meetings] == ["Australia/Sydney", "America/Phoenix"]
    write(golden_site, "listings/helplines/bad.yaml", line + "hours: 'Mon-Fri 9am-5pm ET; Sat 10am-2pm PT'\n")
    write(golden_site, "listings/helplines/bad-zone.yaml", line + "hours: 'Mon-Fri 9-5 MST'\n")
    write(golden_site, "listings/groups/bad-group.yaml", VALID_GROUP + "meetings: 'Tuesdays 7pm (AEST)'\n")
    assert [p.split(": ", 2)[2] for p in problems(golden_site)] == [
        "'Tuesdays 7pm (AEST)' cannot be read as a meeting: AEST is written for two time zones; write \"AET\" (New "
        "South Wales, Victoria, the ACT and Tasmania, with summer time) or \"Queensland time\" (without) instead",
        "'Mon-Fri 9-5 MST' cannot be read as opening hours: MST is written for two time zones; write \"MT\" "
        "(Colorado, with summer time) or \"Arizona time\" (without) instead",
        "'Mon-Fri 9am-5pm ET; Sat 10am-2pm PT' names 2 time zones; give every time in one, and name it once, at the end "
        "(\"Mon-Fri 9am-5pm; Sat 10am-2pm ET\")"]


def test_a_time_zone_before_a_full_stop_is_the_part_of_hours_or_meetings_it_ends(golden_site: Path) -> None:
    """'Mon-Fri 9 a.m.-5 p.m. EST. Sat 10am-2pm', as a sentence ends after the zone: the zone is theirs and the full
    stop parts them, as after a time (both had been refused as hours and meetings that could not be read); a zone
    written for two is told as at the end, and a zone read nowhere else is not a meeting's after a full stop."""
    line = VALID_LINE + "phones: 01632 960111\n"
    write(golden_site, "listings/helplines/good-line.yaml", line + "hours: 'Mon-Fri 9 a.m.-5 p.m. EST. Sat 10am-2pm.'\n")
    write(golden_site, "listings/helplines/uk-line.yaml", line + "hours: 'Mon-Fri 9am-5pm UK time. Sat 10am-2pm'\n")
    write(golden_site, "listings/groups/good.yaml", VALID_GROUP + "meetings: 'Mondays 7pm PT. Thursdays 6pm MT.'\n")
    eastern, uk, group = listed(golden_site, "good-line", "uk-line", "good")
    for hours, zone in ((eastern.data.hours, "America/New_York"), (uk.data.hours, "Europe/London")):
        assert (hours.timezone, [(p.days, p.opens, p.closes) for p in hours.weekly]) == (
            zone, [(list(WEEKDAYS[:5]), time(9), time(17)), (["saturday"], time(10), time(14))])
    assert [(m.weekday, m.start, m.timezone) for m in group.data.meetings] == [
        ("monday", time(19), "America/Los_Angeles"), ("thursday", time(18), "America/Denver")]
    write(golden_site, "listings/helplines/bad.yaml", line + "hours: 'Mon-Fri 9am-5pm MST. Sat 10am-2pm'\n")
    assert [p.split(": ", 2)[2] for p in problems(golden_site)] == [
        "'Mon-Fri 9am-5pm MST. Sat 10am-2pm' cannot be read as opening hours: MST is written for two time zones; write "
        "\"MT\" (Colorado, with summer time) or \"Arizona time\" (without) instead"]


def test_a_note_after_hours_ends_at_the_next_part_or_bracket(golden_site: Path) -> None:
    """What is closed on holidays is the note of the hours it follows, never of the parts after it: 'Weekdays 7-9pm
    CT except holidays | Sat 10am-2pm' had shown Saturday's hours as words in the note, and 'Sat 9-5, closed 12-1 for
    lunch. Weekdays 7pm ET (except holidays)' weekdays' hours so, and neither as open; now each part is read or
    refused. And a note in brackets then a remark, 'Mon-Fri 9-5 (closed holidays), walk-ins welcome', is both (it had
    been refused as "'Mon-Fri 9-5 (' cannot be read")."""
    line = VALID_LINE + "phones: 01632 960111\n"
    assert hours_read(golden_site, "'Mon-Fri 9-5 (closed holidays), walk-ins welcome'", "'Mon-Fri 9-5, closed holidays (and Christmas Eve)'") == [
        ([(list(WEEKDAYS[:5]), time(9), time(17))], "Closed holidays; Walk-ins welcome"),
        ([(list(WEEKDAYS[:5]), time(9), time(17))], "Closed holidays (and Christmas Eve)")]
    write(golden_site, "listings/helplines/bar.yaml", line + "hours: 'Weekdays 7-9pm CT except holidays | Sat 10am-2pm PT'\n")
    write(golden_site, "listings/helplines/lunch.yaml", line + "hours: 'Sat 9-5, closed 12-1 for lunch. Weekdays 7pm (except holidays)'\n")
    write(golden_site, "listings/helplines/line.yaml", line + "hours: \"Mon-Fri 9-5, closed 12-1 for lunch\\nSat 7pm by appointment\"\n")
    assert [p.split(":")[0] for p in problems(golden_site)] == [
        "listings/helplines/bar.yaml", "listings/helplines/line.yaml", "listings/helplines/lunch.yaml"]


def test_opening_hours_as_text_that_are_not_days_and_times_are_told_how_to_write_them(golden_site: Path) -> None:
    write(golden_site, "listings/helplines/bad.yaml", VALID_LINE
          + "phones: 01632 960111\nhours: Evenings and weekends\n")
    write(golden_site, "listings/helplines/bad-afternoon.yaml", VALID_LINE + "phones: 01632 960111\nhours: Sat 10-afternoon\n")
    assert problems(golden_site) == [
        "listings/helplines/bad-afternoon.yaml:9:1: hours: 'Sat 10-afternoon' cannot be read as opening hours; write "
        "them like \"Mon-Fri 9am-5pm; Sat 10am-2pm\" or 24/7, or as open_24_7: and weekly: fields",
        "listings/helplines/bad.yaml:9:1: hours: 'Evenings and weekends' cannot be read as opening hours; write them like "
        "\"Mon-Fri 9am-5pm; Sat 10am-2pm\" or 24/7, or as open_24_7: and weekly: fields; or, if it keeps no set "
        "hours, write the words as their note: \"hours:\", and below it \"  note: Evenings and weekends\"",
    ]
    # As the refusal says: the words are its note.
    write(golden_site, "listings/helplines/bad.yaml", VALID_LINE + "phones: 01632 960111\nhours:\n  note: Evenings and weekends\n")
    (golden_site / "listings/helplines/bad-afternoon.yaml").unlink()
    (noted,) = listed(golden_site, "bad")
    assert (noted.data.hours.note, noted.data.hours.weekly) == ("Evenings and weekends", [])


def test_hours_that_give_only_when_they_open_are_asked_when_they_close(golden_site: Path) -> None:
    """'Mon-Fri 9am-5pm; Sat 10am', as a meeting is written: the part that gives one time is named, and asked for
    the time it closes too (it had been told only how hours are written). '12-noon' is noon, one time: a meeting at
    noon, and hours that give no close (it had been asked whether 12 was in the morning or the evening, like
    \"Sat 12pm-noon\")."""
    line = VALID_LINE + "phones: 01632 960111\n"
    write(golden_site, "listings/helplines/bad.yaml", line + "hours: 'Mon-Fri 9am-5pm; Sat 10am'\n")
    write(golden_site, "listings/helplines/noon.yaml", line + "hours: Sat 12-noon\n")
    assert [p.split(": ", 2)[2] for p in problems(golden_site)] == [
        "'Mon-Fri 9am-5pm; Sat 10am' cannot be read as opening hours; 'Sat 10am' gives the time it opens, not the time it "
        "closes: write both, like \"Sat 9am-1pm\"",
        "'Sat 12-noon' cannot be read as opening hours; 'Sat 12-noon' gives the time it opens, not the time it closes: "
        "write both, like \"Sat 9am-1pm\""]
    for slug in ("bad", "noon"):
        (golden_site / f"listings/helplines/{slug}.yaml").unlink()
    write(golden_site, "listings/groups/noon.yaml", VALID_GROUP + "meetings: Saturdays 12-noon\n")
    assert [(m.weekday, m.start) for m in listed(golden_site, "noon")[0].data.meetings] == [("saturday", time(12))]


def test_hours_only_in_words_that_name_no_day_or_time_are_the_note_of_a_line_without_set_hours(golden_site: Path) -> None:
    """'By appointment', 'Call for hours', 'Hours vary': what a directory publishes for a line that keeps no set
    hours, kept as their note and never read as open or closed; words that say nothing of its hours ('Unknown') or
    that it is closed are refused, saying what to write instead; so is a set of hours with nothing in it. ('N/A',
    as in any field, is as if left out: test_a_field_that_says_it_has_nothing_is_left_out.)"""
    line = VALID_LINE + "phones: 01632 960111\n"
    for slug, written in [("appointment", "by appointment"), ("call", "Call for hours (evenings)"),
                          ("prefixed", "'Hours: by appointment only'"), ("vary", "Hours vary")]:
        write(golden_site, f"listings/helplines/{slug}.yaml", line + f"hours: {written}\n")
    read = listed(golden_site, "appointment", "call", "prefixed", "vary")
    assert [(item.data.hours.note, item.data.hours.weekly, item.data.hours.always) for item in read] == [
        ("By appointment", [], False), ("Call for hours; Evenings", [], False),
        ("By appointment only", [], False), ("Hours vary", [], False)]
    for slug in ("call", "prefixed", "vary"):
        (golden_site / f"listings/helplines/{slug}.yaml").unlink()
    write(golden_site, "listings/helplines/none.yaml", line + "hours: Unknown\n")
    write(golden_site, "listings/helplines/dash.yaml", line + "hours: '?'\n")
    write(golden_site, "listings/helplines/shut.yaml", line + "hours: Temporarily closed\n")
    write(golden_site, "listings/helplines/empty.yaml", line + "hours:\n  timezone: Europe/London\n")
    assert problems(golden_site) == [
        "listings/helplines/dash.yaml:9:1: hours: '?' gives no hours; if they are not known, leave hours out",
        "listings/helplines/empty.yaml:9:1: hours: give the hours: 'open_24_7: yes', or 'weekly:' with days, opens and "
        "closes, or, if it keeps no set hours, a 'note:' that says so",
        "listings/helplines/none.yaml:9:1: hours: 'Unknown' gives no hours; if they are not known, leave hours out",
        "listings/helplines/shut.yaml:9:1: hours: 'Temporarily closed' says it is closed; write status: "
        "temporarily-closed (or status: closed), and leave hours out",
    ]


def test_times_without_am_or_pm_are_read_where_only_one_half_of_the_day_makes_sense_and_told_where_either_could(
        golden_site: Path) -> None:
    """No meeting starts between midnight and 6 am, so '1:00-3:00' and 'at 2' are afternoon; 'Thursday evenings
    7-9' says which half of the day it is; '7-9' alone may be morning or evening, and the refusal says to write
    which; so may '7:30-9:30' and 'at 7:30' in text (they had been read as morning, 24-hour times), though
    '19:30' and '07:30' may not. Field by field, '7:30' stays a 24-hour time, as the schema says."""
    write(golden_site, "listings/groups/good.yaml", VALID_GROUP + "meetings: 'Saturdays 1:00-3:00; Sundays at 2; "
          "Mondays 12:30-2; Tuesdays 07:30-09:30; Thursday evenings 7-9; Friday mornings at 8; We meet every week on "
          "Wednesday, 6pm; Sunday evenings 7:30-9:00; Fridays from noon to 1:30'\n")
    (good,) = listed(golden_site, "good")
    assert [(m.weekday, m.start, m.end) for m in good.data.meetings] == [
        ("saturday", time(13), time(15)), ("sunday", time(14), None), ("monday", time(12, 30), time(14)),
        ("tuesday", time(7, 30), time(9, 30)), ("thursday", time(19), time(21)), ("friday", time(8), None),
        ("wednesday", time(18), None), ("sunday", time(19, 30), time(21)),
        ("friday", time(12), time(13, 30))]  # after noon, the first 1:30 (had been refused, 1:30 being before noon)
    assert good.meetings[:2] == ("Every Saturday, 13:00–15:00", "Every Sunday at 14:00")  # en-GB writes 24-hour times
    # Field by field, as the same times written as one.
    write(golden_site, "listings/groups/good.yaml", VALID_GROUP + "meetings:\n  - weekday: monday\n    start: '1:30'\n"
          "  - weekday: friday\n    start: '11:30'\n    end: '1:00'\n")
    write(golden_site, "listings/helplines/good-line.yaml", VALID_LINE
          + "phones: 01632 960111\nhours:\n  weekly:\n    - days: Mon-Fri\n      opens: '8:30'\n      closes: '4:30'\n"
          "    - days: Sat\n      opens: '20:00'\n      closes: '2:00'\n")
    good, line = listed(golden_site, "good", "good-line")
    assert [(m.start, m.end) for m in good.data.meetings] == [(time(13, 30), None), (time(11, 30), time(13))]
    assert [(p.opens, p.closes) for p in line.data.hours.weekly] == [(time(8, 30), time(16, 30)), (time(20), time(2))]
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP
          + "meetings:\n  - Tuesdays 7-9\n  - 1st Friday at 8\n  - Tuesdays 7:30-9:30\n  - Thursdays at 7:30\n")
    write(golden_site, "listings/helplines/bad-line.yaml", VALID_LINE
          + "phones: 01632 960111\nhours: Mon-Fri 6-10\n")
    write(golden_site, "listings/helplines/bad-minutes.yaml", VALID_LINE
          + "phones: 01632 960111\nhours: Mon-Fri 9am-5pm; Sat 10:00-11:30\n")
    write(golden_site, "listings/helplines/bad-two.yaml", VALID_LINE + "phones: 01632 960111\nhours: Mon-Fri 6-10; Sat 10-11\n")
    write(golden_site, "listings/helplines/bad-when.yaml", VALID_LINE + "phones: 01632 960111\nhours: Evenings 6-10pm\n")
    write(golden_site, "listings/helplines/bad-when2.yaml", VALID_LINE + "phones: 01632 960111\nhours: Noon to 8 pm\n")
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:9:5: meetings[0]: 'Tuesdays 7-9' cannot be read as a meeting: is 7-9 in the morning "
        "or the evening? Write am or pm after it, like \"Tuesdays 7-9pm\" (or 24-hour times, \"19:00\")",
        "listings/groups/bad.yaml:10:5: meetings[1]: '1st Friday at 8' cannot be read as a meeting: is 8 in the "
        "morning or the evening? Write am or pm after it, like \"1st Friday at 8pm\" (or 24-hour times, \"19:00\")",
        "listings/groups/bad.yaml:11:5: meetings[2]: 'Tuesdays 7:30-9:30' cannot be read as a meeting: is 7:30-9:30 in "
        "the morning or the evening? Write am or pm after it, like \"Tuesdays 7:30-9:30pm\" (or 24-hour times, \"19:00\")",
        "listings/groups/bad.yaml:12:5: meetings[3]: 'Thursdays at 7:30' cannot be read as a meeting: is 7:30 in the "
        "morning or the evening? Write am or pm after it, like \"Thursdays at 7:30pm\" (or 24-hour times, \"19:00\")",
        "listings/helplines/bad-line.yaml:9:1: hours: 'Mon-Fri 6-10' cannot be read as opening hours: is 6-10 in the "
        "morning or the evening? Write am or pm after it, like \"Mon-Fri 6-10pm\" (or 24-hour times, \"19:00\")",
        "listings/helplines/bad-minutes.yaml:9:1: hours: 'Mon-Fri 9am-5pm; Sat 10:00-11:30' cannot be read as opening "
        "hours: is 10:00-11:30 in the morning or the evening? Write am or pm after it, like \"Mon-Fri 9am-5pm; Sat "
        "10:00-11:30pm\" (or 24-hour times, \"19:00\")",
        "listings/helplines/bad-two.yaml:9:1: hours: 'Mon-Fri 6-10; Sat 10-11' cannot be read as opening hours: are "
        "6-10 and 10-11 in the morning or the evening? Write am or pm after each, like \"Mon-Fri 6-10pm; Sat 10-11pm\" "
        "(or 24-hour times, \"19:00\")",
        # the time of day, but not the days (every evening, or the weekdays'?)
        "listings/helplines/bad-when.yaml:9:1: hours: 'Evenings 6-10pm' cannot be read as opening hours: on which days? "
        "Write them before the times, like \"Daily 6-10pm\" or \"Mon-Fri 6-10pm\"",
        # times alone, as many feeds give them (it had been told only how hours are written)
        "listings/helplines/bad-when2.yaml:9:1: hours: 'Noon to 8 pm' cannot be read as opening hours: on which days? "
        "Write them before the times, like \"Daily Noon to 8 pm\" or \"Mon-Fri Noon to 8 pm\"",
    ]


def test_hours_in_24_hour_times_that_may_be_daytime_are_refused_saying_what_to_write(golden_site: Path) -> None:
    """'Mon-Fri 08:30-04:30' as 24-hour times is open from the morning until 4:30 the next morning, twenty hours; it
    is as likely 8:30 am to 4:30 pm written with zeros (it had been read as overnight, so a page said "Open now" at
    2 am). Text is refused naming both readings; 24-hour spans into the night ('22:00-06:00', '10:00-00:00') still
    read, as do the same times field by field, which the schema describes as 24-hour."""
    write(golden_site, "listings/helplines/zeros.yaml", VALID_LINE + "phones: 01632 960111\nhours: Mon-Fri 08:30-04:30\n")
    write(golden_site, "listings/helplines/dots.yaml", VALID_LINE + "phones: 01632 960111\nhours: Mon-Fri 08.30-04.30\n")
    write(golden_site, "listings/helplines/two.yaml", VALID_LINE
          + "phones: 01632 960111\nhours: 'Mon-Fri 09:00-05:00; Sat 10:00-02:00 (closed on holidays)'\n")
    assert problems(golden_site) == [
        "listings/helplines/dots.yaml:9:1: hours: 'Mon-Fri 08.30-04.30' cannot be read as opening hours: does "
        "08.30-04.30 end in the afternoon, or the next morning? Write \"Mon-Fri 8:30am-4:30pm\", or \"Mon-Fri "
        "8:30am-4:30am\" if it is open overnight",
        "listings/helplines/two.yaml:9:1: hours: 'Mon-Fri 09:00-05:00; Sat 10:00-02:00' cannot be read as opening "
        "hours: do 09:00-05:00 and 10:00-02:00 end in the afternoon, or the next morning? Write \"Mon-Fri 9am-5pm; Sat "
        "10am-2pm\", or \"Mon-Fri 9am-5am; Sat 10am-2am\" if it is open overnight",
        "listings/helplines/zeros.yaml:9:1: hours: 'Mon-Fri 08:30-04:30' cannot be read as opening hours: does "
        "08:30-04:30 end in the afternoon, or the next morning? Write \"Mon-Fri 8:30am-4:30pm\", or \"Mon-Fri "
        "8:30am-4:30am\" if it is open overnight",
    ]
    (golden_site / "listings/helplines/dots.yaml").unlink()
    write(golden_site, "listings/helplines/zeros.yaml", VALID_LINE
          + "phones: 01632 960111\nhours: Mon-Fri 8:30am-4:30am; Sat 22:00-06:00; Sun 10:00-00:00\n")
    write(golden_site, "listings/helplines/two.yaml", VALID_LINE + "phones: 01632 960111\nhours:\n  weekly:\n"
          "    - days: Mon-Fri\n      opens: '08:30'\n      closes: '04:30'\n")
    zeros, two = listed(golden_site, "zeros", "two")
    assert [(p.opens, p.closes) for p in zeros.data.hours.weekly] == [
        (time(8, 30), time(4, 30)), (time(22), time(6)), (time(10), time(0))]
    assert [(p.opens, p.closes) for p in two.data.hours.weekly] == [(time(8, 30), time(4, 30))]


def test_a_meeting_every_other_week_is_told_to_give_a_date_it_meets(golden_site: Path) -> None:
    """'Every other Tuesday' says which weeks only with a date it meets; given one, it falls on that date and every
    fortnight from it, and the page says so."""
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + "meetings: Alternate Tuesdays 7-9pm\n")
    write(golden_site, "listings/groups/biweekly.yaml", VALID_GROUP + "meetings: Biweekly on Thursdays, 7-8:30pm\n")
    write(golden_site, "listings/groups/either.yaml", VALID_GROUP + "meetings: Every second Tuesday 7-9pm\n")
    write(golden_site, "listings/groups/worse.yaml", VALID_GROUP + "meetings:\n  - weekday: tuesday\n"
          "    every_other_week: 2026-09-09\n    start: '19:00'\n  - weekday: friday\n    weeks: [1]\n"
          "    every_other_week: 2026-09-11\n    start: '19:00'\n")
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:8:1: meetings: 'Alternate Tuesdays' is every other week: which Tuesdays? "
        "Give the date of one of its meetings as well, every_other_week: YYYY-MM-DD (a Tuesday it meets)",
        # 'on' after the words for every other week is no part of the day (it had asked "which Days?")
        "listings/groups/biweekly.yaml:8:1: meetings: 'Biweekly on Thursdays' is every other week: which "
        "Thursdays? Give the date of one of its meetings as well, every_other_week: YYYY-MM-DD (a Thursday it meets)",
        # In one country the 2nd Tuesday of each month, in the next every other Tuesday.
        "listings/groups/either.yaml:8:1: meetings: 'Every second Tuesday' could be the 2nd Tuesday of each "
        "month or every other Tuesday: write \"2nd Tuesday of the month\", or every other Tuesday with every_other_week: "
        "(the date of one of its meetings)",
        "listings/groups/worse.yaml:10:5: meetings[0].every_other_week: 2026-09-09 is a Wednesday; give the date of a "
        "Tuesday it meets",
        "listings/groups/worse.yaml:14:5: meetings[1].every_other_week: a meeting in some weeks of the month is not "
        "every other week: give weeks or every_other_week, not both",
    ]
    for refused in ("worse", "either", "biweekly"):
        (golden_site / f"listings/groups/{refused}.yaml").unlink()
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + "meetings:\n  - weekday: every other Tuesday\n"
          "    every_other_week: 2026-09-08\n    start: 7-9pm\n")
    (good,) = listed(golden_site, "bad")
    (meeting,) = good.data.meetings
    assert [meeting.falls_on(date(2026, 9, 8) + timedelta(days=n)) for n in (-14, -7, 0, 7, 14, 21, 28)] == [
        True, False, True, False, True, False, True]
    assert good.meetings == ("Every other Tuesday, 19:00–21:00",)


def test_how_often_a_meeting_is_said_after_its_time_is_read(golden_site: Path) -> None:
    """'Monday 7pm weekly', 'Tuesdays 7pm, every week' are what a day alone says; 'Monday 7pm fortnightly' is asked
    which Mondays, as 'fortnightly on Monday' is. Each had been refused, told to write a day and then a time."""
    write(golden_site, "listings/groups/good.yaml", VALID_GROUP + "meetings: 'Monday 7pm weekly; Tuesdays 7-9pm, every week'\n")
    (good,) = listed(golden_site, "good")
    assert good.meetings == ("Every Monday at 19:00", "Every Tuesday, 19:00–21:00")
    write(golden_site, "listings/groups/good.yaml", VALID_GROUP + "meetings: Monday 7pm fortnightly\n")
    assert problems(golden_site) == [
        "listings/groups/good.yaml:8:1: meetings: 'fortnightly Monday' is every other week: which Mondays? "
        "Give the date of one of its meetings as well, every_other_week: YYYY-MM-DD (a Monday it meets)"]
    # Monthly, with its weeks: read; without them ('Tuesdays 7pm (monthly)' had been every Tuesday, noted
    # 'monthly'), asked which weeks.
    write(golden_site, "listings/groups/good.yaml", VALID_GROUP + "meetings: 1st Tuesday 7pm (monthly)\n")
    assert listed(golden_site, "good")[0].meetings == ("Every 1st Tuesday of the month at 19:00",)
    write(golden_site, "listings/groups/good.yaml", VALID_GROUP + "meetings:\n  - Tuesdays 7pm (monthly)\n  - Twice a month on Fridays, 6pm\n")
    assert problems(golden_site) == [
        "listings/groups/good.yaml:9:5: meetings[0]: 'Tuesdays 7pm (monthly)' cannot be read as a meeting: which Tuesdays "
        "of the month? Write its weeks before its day, like \"1st Tuesday, 7pm\" or \"1st and 3rd Tuesday, 7pm\" (or \"last Tuesday\")",
        "listings/groups/good.yaml:10:5: meetings[1]: 'Twice a month on Fridays, 6pm' cannot be read as a meeting: which "
        "Fridays of the month? Write its weeks before its day, like \"1st Friday, 7pm\" or \"1st and 3rd Friday, 7pm\" (or "
        "\"last Friday\")"]
    # Without a day, asked its day too (it had been asked "which Tuesdays", a day it never named); words that name
    # no day or time ('Times vary') are told a group without set times may leave meetings out.
    write(golden_site, "listings/groups/good.yaml", VALID_GROUP + "meetings:\n  - Monthly\n  - Times vary\n")
    assert problems(golden_site) == [
        "listings/groups/good.yaml:9:5: meetings[0]: 'Monthly' cannot be read as a meeting: on which day, and which weeks "
        "of the month? Write its weeks before its day, like \"1st Tuesday, 7pm\" or \"1st and 3rd Tuesday, 7pm\" (or \"last "
        "Tuesday\")",
        "listings/groups/good.yaml:10:5: meetings[1]: 'Times vary' cannot be read as a meeting; write its day, then its "
        "time, like \"Tuesdays 7-9pm\" or \"1st and 3rd Thursday, 6:30 pm\", or as weekday: and start: fields; if it keeps "
        "no set times, leave meetings out and say how to find them in the description"]


def test_a_meeting_with_a_day_and_no_time_is_asked_its_time(golden_site: Path) -> None:
    """'Tuesday lunchtime', 'Sunday afternoons' had been told only how a meeting is written."""
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + "meetings:\n  - Tuesday lunchtime\n  - Sunday afternoons\n")
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:9:5: meetings[0]: 'Tuesday lunchtime' cannot be read as a meeting: at what time? Write "
        "it after its day, like \"Tuesdays 12-1pm\"",
        "listings/groups/bad.yaml:10:5: meetings[1]: 'Sunday afternoons' cannot be read as a meeting: at what time? Write "
        "it after its day, like \"Sundays 2-3:30pm\""]


def test_days_apart_from_their_times_as_a_web_pages_table_sets_them(golden_site: Path) -> None:
    """Hours and meetings copied from a web page's table put the days on one line (or cell) and the times on the next:
    'Monday - Friday', then '9:00am - 5:00pm'; 'Mon - Fri | 9am - 5pm'. Each had been refused, the days told they
    had no time and the times that they had no day."""
    weekdays, saturday = (list(WEEKDAYS[:5]), time(9), time(17)), (["saturday"], time(10), time(14))
    assert hours_read(golden_site, "|\n  Monday - Friday\n  9:00am - 5:00pm\n  Saturday\n  10am - 2pm",
                      "'Mon - Fri | 9am - 5pm | Sat: | 10am - 2pm (closed holidays)'") == [
        ([weekdays, saturday], None), ([weekdays, saturday], "Closed holidays")]
    write(golden_site, "listings/groups/good.yaml", VALID_GROUP + "meetings: |\n  Tuesdays\n  7-9pm\n  1st and 3rd Thursday\n"
          "  6:30 pm (doors open 6:15)\n")
    (good,) = listed(golden_site, "good")
    assert [(m.weekday, m.weeks, m.start, m.end, m.note) for m in good.data.meetings] == [
        ("tuesday", [], time(19), time(21), None), ("thursday", [1, 3], time(18, 30), None, "doors open 6:15")]
    # Days alone before days with a time are not given that time: which is meant is in doubt.
    write(golden_site, "listings/groups/good.yaml", VALID_GROUP + "meetings: 'Tuesdays | Thursdays 7pm'\n")
    write(golden_site, "listings/helplines/bad.yaml", VALID_LINE + "phones: 01632 960111\nhours: 'Mon-Fri | Sat 10am-2pm'\n")
    assert problems(golden_site) == [
        "listings/groups/good.yaml:8:1: meetings: 'Tuesdays' cannot be read as a meeting: at what time? Write it after "
        "its day, like \"Tuesdays 7-9pm\"",
        "listings/helplines/bad.yaml:9:1: hours: 'Mon-Fri | Sat 10am-2pm' cannot be read as opening hours; write them like "
        "\"Mon-Fri 9am-5pm; Sat 10am-2pm\" or 24/7, or as open_24_7: and weekly: fields"]


def test_a_meeting_every_other_week_written_with_the_date_it_meets_next_is_counted_from_that_date(golden_site: Path) -> None:
    """'Every other Tuesday 7pm (next: 2026-12-15)', ', starting Dec 15, 2026': the date says which weeks (it had been
    asked for the date it gave); a date on another day is told so. A weekly meeting's start date is no such date:
    after a comma, as in brackets, it is the meeting's note (it had been refused)."""
    write(golden_site, "listings/groups/good.yaml", VALID_GROUP + "meetings: 'Every other Tuesday 7pm (next: 2026-12-15); "
          "Fortnightly on Thursdays 6pm, starting Dec 17, 2026'\n")
    (good,) = listed(golden_site, "good")
    assert [(m.weekday, m.every_other_week, m.start, m.note) for m in good.data.meetings] == [
        ("tuesday", date(2026, 12, 15), time(19), None), ("thursday", date(2026, 12, 17), time(18), None)]
    write(golden_site, "listings/groups/good.yaml", VALID_GROUP + "meetings: 'Tuesdays 7pm, starting Dec 15, 2026'\n")
    assert [(m.weekday, m.every_other_week, m.note) for m in listed(golden_site, "good")[0].data.meetings] == [
        ("tuesday", None, "starting Dec 15, 2026")]
    write(golden_site, "listings/groups/good.yaml", VALID_GROUP + "meetings: 'Every other Tuesday 7pm (next: 2026-12-16)'\n")
    assert problems(golden_site) == [
        "listings/groups/good.yaml:8:1: meetings: 2026-12-16 is a Wednesday; give the date of a Tuesday it meets"]


def test_a_meeting_on_a_span_of_days_is_a_meeting_each_day(golden_site: Path) -> None:
    """'Mon-Fri 12pm' had been a meeting on Monday and one on Friday, the days between left out; 'Every weekday at
    noon' had been refused."""
    write(golden_site, "listings/groups/good.yaml", VALID_GROUP + "meetings: 'Mon-Fri 12pm; Every weekday at noon'\n")
    (good,) = listed(golden_site, "good")
    assert [m.weekday for m in good.data.meetings] == [*WEEKDAYS[:5], *WEEKDAYS[:5]]
    assert {m.start for m in good.data.meetings} == {time(12)}
    # Days at one time with their zone after it: each meeting in that zone ('Mondays and Wednesdays 7pm ET' had
    # stopped check with a traceback, the zone taken once for the first meeting).
    write(golden_site, "listings/groups/good.yaml", VALID_GROUP + "meetings: 'Mondays and Wednesdays 7pm ET; Daily 8:30a PT'\n")
    (good,) = listed(golden_site, "good")
    assert [m.timezone for m in good.data.meetings] == ["America/New_York"] * 2 + ["America/Los_Angeles"] * 7


def test_words_that_only_stress_a_meetings_day_or_time_are_read_past(golden_site: Path) -> None:
    """'Tuesdays only, 7-9pm', 'Tuesdays 7:00pm sharp', as groups write them, had been refused; 'only' and 'sharp'
    say nothing more. After other words they stay: 'members only' is the meeting's note."""
    write(golden_site, "listings/groups/good.yaml", VALID_GROUP + "meetings: 'Tuesdays only, 7-9pm; 1st Monday only 6pm; "
          "Thursdays 7:00pm sharp (doors open 6:30); Fridays 7pm sharp, members only; Sundays at 4 p.m. sharp'\n")
    (good,) = listed(golden_site, "good")
    assert [(m.weekday, m.weeks, m.start, m.end, m.note) for m in good.data.meetings] == [
        ("tuesday", [], time(19), time(21), None), ("monday", [1], time(18), None, None),
        ("thursday", [], time(19), None, "doors open 6:30"), ("friday", [], time(19), None, "members only"),
        ("sunday", [], time(16), None, None)]


def test_words_after_a_time_written_with_dots_are_its_note(golden_site: Path) -> None:
    """'Fridays at 7 p.m., members only', as newspapers and AP style write the time, had been refused where
    'Fridays at 7pm, members only' was read: the comma after 'p.m.' was not seen as the end of the time."""
    write(golden_site, "listings/groups/good.yaml", VALID_GROUP + "meetings: 'Fridays at 7 p.m., members only; "
          "Mondays 6-8 P.M., in person; Sundays 10 a.m. - 11:30 a.m., except holidays; Saturdays 7:30p.m., outdoors'\n")
    (good,) = listed(golden_site, "good")
    assert [(m.weekday, m.start, m.end, m.note) for m in good.data.meetings] == [
        ("friday", time(19), None, "members only"), ("monday", time(18), time(20), "in person"),
        ("sunday", time(10), time(11, 30), "except holidays"), ("saturday", time(19, 30), None, "outdoors")]
    assert hours_read(golden_site, "'Mon-Fri 9 a.m.-5 p.m., walk-ins welcome'") == [
        ([(list(WEEKDAYS[:5]), time(9), time(17))], "Walk-ins welcome")]


def test_when_the_doors_open_beside_a_meetings_time_is_its_note(golden_site: Path) -> None:
    """'Thursdays 7pm, doors open 6:30pm', as groups write it, had been refused (only '(doors open 6:30)' in
    brackets was read): when the doors open, after the time, before it or in a sentence of its own, is the
    meeting's note, and the words before the meeting's own time ('meeting starts at') are read past."""
    write(golden_site, "listings/groups/good.yaml", VALID_GROUP + "meetings: 'Thursdays 7pm, doors open 6:30pm; Fridays, "
          "doors open 6:45, meeting starts at 7:15pm; Mondays and Wednesdays 6pm; doors open 5:30'\n")
    (good,) = listed(golden_site, "good")
    assert [(m.weekday, m.start, m.note) for m in good.data.meetings] == [
        ("thursday", time(19), "doors open 6:30pm"), ("friday", time(19, 15), "doors open 6:45"),
        ("monday", time(18), "doors open 5:30"), ("wednesday", time(18), "doors open 5:30")]


def test_a_meeting_said_to_be_twice_a_month_is_its_two_weeks(golden_site: Path) -> None:
    """'Twice monthly: 1st and 3rd Tuesdays 7pm' had been refused ('Monthly: 2nd Tuesday' was read); 'twice' with
    two weeks or two days named is those; with other than two it says no more than doubt, and is refused."""
    write(golden_site, "listings/groups/good.yaml", VALID_GROUP + "meetings: 'Twice monthly: 1st and 3rd Tuesdays 7pm; "
          "Twice a month, 2nd and 4th Friday 10am; Twice a week: Mondays and Thursdays 6pm'\n")
    (good,) = listed(golden_site, "good")
    assert [(m.weekday, m.weeks, m.start) for m in good.data.meetings] == [
        ("tuesday", [1, 3], time(19)), ("friday", [2, 4], time(10)), ("monday", [], time(18)), ("thursday", [], time(18))]
    for doubtful in ("Twice a week, Tuesdays 7pm", "Twice monthly, 2nd Tuesday 7pm", "Twice a month on Tuesdays 7pm"):
        write(golden_site, "listings/groups/good.yaml", VALID_GROUP + f"meetings: '{doubtful}'\n")
        assert problems(golden_site)[0].startswith(f"listings/groups/good.yaml:8:1: meetings: '{doubtful}' cannot be read as a meeting"), doubtful


def test_meetings_written_as_text_are_the_meetings_they_say(golden_site: Path) -> None:
    write(golden_site, "listings/groups/good.yaml", VALID_GROUP + "meetings: 'Tuesdays 7-9pm; 1st and 3rd Thursday, 6:30 pm'\n")
    write(golden_site, "listings/groups/also.yaml", VALID_GROUP + "meetings:\n  - Every Monday at noon\n"
          "  - weekday: friday\n    start: '10:00'\n")
    good, also = listed(golden_site, "good", "also")
    assert [(m.weekday, m.weeks, m.start, m.end) for m in good.data.meetings] == [
        ("tuesday", [], time(19), time(21)), ("thursday", [1, 3], time(18, 30), None)]
    assert good.meetings[1].startswith("Every 1st and 3rd Thursday")
    assert [(m.weekday, m.start) for m in also.data.meetings] == [("monday", time(12)), ("friday", time(10))]
    # Two days at one time, a note in brackets, '@', 'mornings', two meetings apart by a comma.
    write(golden_site, "listings/groups/more.yaml", VALID_GROUP + "meetings: 'Mondays and Wednesdays at 7pm; Thursdays 7pm "
          "(except holidays); Sundays @ 3pm; Saturday mornings 10am, 1st Friday 6-8pm; Monthly, last Tuesday 7pm'\n")
    (more,) = listed(golden_site, "more")
    assert [(m.weekday, m.weeks, m.start, m.end, m.note) for m in more.data.meetings] == [
        ("monday", [], time(19), None, None), ("wednesday", [], time(19), None, None),
        ("thursday", [], time(19), None, "except holidays"), ("sunday", [], time(15), None, None),
        ("saturday", [], time(10), None, None), ("friday", [1], time(18), time(20), None),
        ("tuesday", ["last"], time(19), None, None)]
    # As meeting lists shorten them: a day in two letters, 'p' and 'a', a dash after the day, lunchtime.
    write(golden_site, "listings/groups/more.yaml", VALID_GROUP + "meetings: 'Tu 7p; Th 10:30a-noon; Mondays - 7pm; "
          "Weds lunchtime 12-1; We meet Fridays 6pm'\n")
    (more,) = listed(golden_site, "more")
    assert [(m.weekday, m.start, m.end) for m in more.data.meetings] == [
        ("tuesday", time(19), None), ("thursday", time(10, 30), time(12)), ("monday", time(19), None),
        ("wednesday", time(12), time(13)), ("friday", time(18), None)]
    # Each meeting's own note in brackets; one at the end is the note of those without one.
    write(golden_site, "listings/groups/more.yaml", VALID_GROUP + "meetings: 'Mon 7pm (online), Thu 6pm (in person); "
          "Sat 10am, Sun 11am (except holidays)'\n")
    (more,) = listed(golden_site, "more")
    assert [(m.weekday, m.start, m.note) for m in more.data.meetings] == [
        ("monday", time(19), "online"), ("thursday", time(18), "in person"), ("saturday", time(10), "except holidays"),
        ("sunday", time(11), "except holidays")]
    # A remark after a comma, or in a sentence of its own, is the note of the meetings before it, as in brackets;
    # meetings apart by a full stop or a bar; '12:00 noon' (each had been refused).
    write(golden_site, "listings/groups/more.yaml", VALID_GROUP + "meetings: 'Tuesdays 7pm, except holidays; Thursdays "
          "6pm. Bring a friend. | Wednesdays 12:00 noon - 1:00 PM'\n")
    (more,) = listed(golden_site, "more")
    assert [(m.weekday, m.start, m.end, m.note) for m in more.data.meetings] == [
        ("tuesday", time(19), None, "except holidays"), ("thursday", time(18), None, "Bring a friend."),
        ("wednesday", time(12), time(13), None)]
    # A time zone after a time's full stop stays the meetings' (c0b122a had cut it off as a part of its own).
    write(golden_site, "listings/groups/more.yaml", VALID_GROUP + "meetings: 'Mondays 7:00 p.m. GMT; Last Friday 7:00 P.M. UK'\n")
    assert [m.timezone for m in listed(golden_site, "more")[0].data.meetings] == ["Europe/London"] * 2
    # beside a note in brackets, both (the remark had been dropped)
    write(golden_site, "listings/groups/more.yaml", VALID_GROUP + "meetings: 'Tuesdays 7pm (online), bring a friend'\n")
    assert [m.note for m in listed(golden_site, "more")[0].data.meetings] == ["online; bring a friend"]
    # A part whose days end in a full stop is no remark ('Mon.-Fri. noon (ET)' had been taken for one, and its zone
    # for the meetings before it).
    write(golden_site, "listings/groups/more.yaml", VALID_GROUP + "meetings: 'Sat 9am-5pm (online); Mon.-Fri. noon (GMT)'\n")
    (more,) = listed(golden_site, "more")
    assert [(m.weekday, m.start, m.timezone) for m in more.data.meetings][:2] == [("saturday", time(9), None), ("monday", time(12), "Europe/London")]
    # In a list, an entry whose text holds two meetings leaves the next entries in their places (and lines).
    write(golden_site, "listings/groups/list.yaml", VALID_GROUP + "meetings:\n  - Mondays and Wednesdays at 7pm\n"
          "  - weekday: funday\n    start: 7pm\n  - Tuesdays 7-9\n")
    assert problems(golden_site) == [
        "listings/groups/list.yaml:10:5: meetings[1].weekday: 'funday' is not a day of the week; write one of: monday, "
        "tuesday, wednesday, thursday, friday, saturday, sunday",
        "listings/groups/list.yaml:12:5: meetings[2]: 'Tuesdays 7-9' cannot be read as a meeting: is 7-9 in the morning "
        "or the evening? Write am or pm after it, like \"Tuesdays 7-9pm\" (or 24-hour times, \"19:00\")",
    ]
    write(golden_site, "listings/groups/list.yaml", VALID_GROUP + "meetings:\n  - Mondays and Wednesdays at 7pm\n"
          "  - weekday: friday\n    start: 6pm\n")
    assert [(m.weekday, m.start) for m in listed(golden_site, "list")[0].data.meetings] == [  # in the order written
        ("monday", time(19)), ("wednesday", time(19)), ("friday", time(18))]
    # The same for languages and topics: 'English/Welsh' as two terms leaves 'Klingon' at its own line.
    write(golden_site, "listings/groups/list.yaml", VALID_GROUP.replace(
        "service_area: [online]\n", "service_area:\n  - Riverside/Old Town\n  - online\n"))
    assert listed(golden_site, "list")[0].data.service_area == ["riverside", "old-town", "online"]  # as written
    write(golden_site, "listings/groups/list.yaml", VALID_GROUP + "languages:\n  - English/Welsh\n  - Klingon\n"
          "topics:\n  - anxiety, grief\n  - nope\n")
    assert problems(golden_site) == [
        "listings/groups/list.yaml:10:5: languages[1]: 'Klingon' is not one of the site's languages. Languages are: en-GB, cy",
        "listings/groups/list.yaml:13:5: topics[1]: 'nope' is not a topic. Topics are: anxiety, grief",
    ]
    (golden_site / "listings/groups/list.yaml").unlink()
    # 'Monthly' with no week of the month says not which Tuesday.
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP + "meetings:\n  - Sometimes on Fridays\n  - Monthly on Tuesdays 7pm\n")
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:9:5: meetings[0]: 'Sometimes on Fridays' cannot be read as a meeting; write its day, "
        "then its time, like \"Tuesdays 7-9pm\" or \"1st and 3rd Thursday, 6:30 pm\", or as weekday: and start: fields",
        "listings/groups/bad.yaml:10:5: meetings[1]: 'Monthly on Tuesdays 7pm' cannot be read as a meeting: which Tuesdays "
        "of the month? Write its weeks before its day, like \"1st Tuesday, 7pm\" or \"1st and 3rd Tuesday, 7pm\" (or \"last Tuesday\")",
    ]


@pytest.mark.parametrize(("written", "parts"), [
    ("12 Main St, Springfield, OR 97201", {"address_1": "12 Main St", "city": "Springfield", "state_province": "OR", "postal_code": "97201"}),
    ("Flat 2, 12 High St, Springfield, SP1 2AB", {"address_1": "Flat 2, 12 High St", "city": "Springfield", "postal_code": "SP1 2AB"}),
    ("Springfield", {"city": "Springfield"}),
    ("SP1 2AB", {"postal_code": "SP1 2AB"}),
    # No comma before the state and ZIP, or before a postcode; a town and its state's two letters.
    ("12 Main St., Springfield OR 97201", {"address_1": "12 Main St.", "city": "Springfield", "state_province": "OR", "postal_code": "97201"}),
    ("12 High St, Springfield SP1 2AB", {"address_1": "12 High St", "city": "Springfield", "postal_code": "SP1 2AB"}),
    ("Springfield, OR", {"city": "Springfield", "state_province": "OR"}),
    # A street has a number: before a postcode without a town, it is the street (it had been taken as the town).
    ("12 Main St, 97201", {"address_1": "12 Main St", "postal_code": "97201"}),
    ({"city": "Springfield", "country": "USA"}, {"city": "Springfield", "country": "US"}),  # a country by name: its code
    # A country after it, as an address is often copied whole: its code (it had been refused, or 'UK' the state).
    ("123 Main St, Springfield OR 97201, USA", {"address_1": "123 Main St", "city": "Springfield", "state_province": "OR",
                                                "postal_code": "97201", "country": "US"}),
    ("12 High Street, Springfield, UK", {"address_1": "12 High Street", "city": "Springfield", "country": "GB"}),
    ("Springfield, United States", {"city": "Springfield", "country": "US"}),
    ("Address: 12 Main St, Springfield, OR 97201", {"address_1": "12 Main St", "city": "Springfield", "state_province": "OR",
                                                    "postal_code": "97201"}),
    # A street and its town, as a county's directory writes most addresses (it had been refused, told these parts).
    ("12 Main St, Springfield", {"address_1": "12 Main St", "city": "Springfield"}),
    ("St Luke's Hall, 4 Church Lane, Fenwick", {"address_1": "4 Church Lane", "city": "Fenwick"}),  # the hall: its venue
    ("Flat 2, 12 High St, Upper Fenwick", {"address_1": "Flat 2, 12 High St", "city": "Upper Fenwick"}),
    # A comma between the state and the ZIP code, as a spreadsheet's columns are joined ('OR' had been the town).
    ("12 Main St, Springfield, OR, 97201", {"address_1": "12 Main St", "city": "Springfield", "state_province": "OR", "postal_code": "97201"}),
    ("12 Main St, Springfield OR, 97201", {"address_1": "12 Main St", "city": "Springfield", "state_province": "OR", "postal_code": "97201"}),
    # Its parts on lines of their own, as an envelope or a web page sets them (refused as a street of two lines).
    ("12 Main St\nSpringfield, OR 97201\n", {"address_1": "12 Main St", "city": "Springfield", "state_province": "OR", "postal_code": "97201"}),
    ("St Luke's Hall\n4 Church Lane\nFenwick\nSP1 2AB", {"address_1": "4 Church Lane", "city": "Fenwick", "postal_code": "SP1 2AB"}),
    # A county said as one before the postcode ('Co. Durham' had been the town, the town the street's); an Eircode
    # (refused, as no postcode).
    ("12 High St, Fenwick, Co. Durham, SP1 2AB", {"address_1": "12 High St", "city": "Fenwick", "state_province": "Co. Durham",
                                                  "postal_code": "SP1 2AB"}),
    ("12 Main Street, Fenwick, County Cork, T12 X2F6", {"address_1": "12 Main Street", "city": "Fenwick",
                                                        "state_province": "County Cork", "postal_code": "T12 X2F6"}),
    ("Fenwick D02X285", {"city": "Fenwick", "postal_code": "D02X285"}),
    # The country after the ZIP code or postcode without a comma (refused, as one part of the address).
    ("12 Main St, Springfield OR 97201 USA", {"address_1": "12 Main St", "city": "Springfield", "state_province": "OR",
                                             "postal_code": "97201", "country": "US"}),
    ("12 High St, Fenwick SP1 2AB United Kingdom", {"address_1": "12 High St", "city": "Fenwick", "postal_code": "SP1 2AB", "country": "GB"}),
], ids=["us", "uk", "town", "postcode", "us-without-commas", "uk-without-comma", "town-and-state-code", "street-and-zip",
        "country-named", "with-country", "street-town-country", "town-country", "said-to-be-an-address", "street-and-town",
        "venue-street-and-town", "flat-street-and-town", "comma-before-zip", "town-and-state-then-comma-before-zip", "lines", "venue-and-lines", "county",
        "county-and-eircode", "eircode", "country-after-zip", "country-after-postcode"])
def test_an_address_on_one_line_is_its_parts_where_which_is_which_is_not_in_doubt(golden_site: Path, written: str, parts: dict) -> None:
    write(golden_site, "listings/groups/ok.yaml", VALID_GROUP.replace("format: online\nservice_area: [online]\n", "format: in-person\n")
          + f"location:\n  region: old-town\n  address: {json.dumps(written)}\n")
    address = listed(golden_site, "ok")[0].data.location.address
    assert {name: value for name, value in address.model_dump().items() if value} == parts


def test_a_place_named_before_its_street_is_the_venue_and_online_is_no_place(golden_site: Path) -> None:
    """'St Luke's Hall, 4 Church Lane, Fenwick', as directories publish a meeting place: the hall is the venue (it had
    been the address's first line, which maps then searched for), where no venue is given, and words in brackets
    after it the directions; a first part with a figure, or that names a street or a part of a building, stays the
    address's. 'Online' or 'Via Zoom' as an
    in-person group's address had been read as a town called Online; it is refused, saying what to write."""
    place = VALID_GROUP.replace("format: online\nservice_area: [online]\n", "format: in-person\n") + "location:\n  region: old-town\n"
    write(golden_site, "listings/groups/hall.yaml", place + "  address: St Luke's Hall, 4 Church Lane, Fenwick\n")
    write(golden_site, "listings/groups/named.yaml", place + "  venue: The Hall\n  address: St Luke's Hall, 4 Church Lane, Fenwick\n")
    write(golden_site, "listings/groups/suite.yaml", place + "  address: Suite 2, 4 Church Lane, Fenwick\n")
    # Words in brackets after the name are the directions, where none are given (the name, a figure in its
    # brackets, had stayed in the street's line).
    write(golden_site, "listings/groups/room.yaml", place + "  address: Fenwick Library (2nd floor meeting room), 4 Church Lane, Fenwick\n")
    hall, named, suite, room = (item.data.location for item in listed(golden_site, "hall", "named", "suite", "room"))
    assert [(where.venue, where.address.address_1, where.address.city, where.directions) for where in (hall, named, suite, room)] == [
        ("St Luke's Hall", "4 Church Lane", "Fenwick", None), ("The Hall", "St Luke's Hall, 4 Church Lane", "Fenwick", None),
        (None, "Suite 2, 4 Church Lane", "Fenwick", None), ("Fenwick Library", "4 Church Lane", "Fenwick", "2nd floor meeting room")]
    write(golden_site, "listings/groups/online.yaml", place + "  address: Via Zoom\n")
    assert [p.split(": ", 2)[2] for p in problems(golden_site)] == [
        "'Via Zoom' is no place to go to; if it meets only online, write format: online and leave location out (a hybrid "
        "group gives the place it also meets in)"]


def test_a_place_written_as_text_is_its_address_in_the_region_its_town_names(sample_site: Path) -> None:
    """'location: 12 Main St, Harbor City, OR 97201', as a spreadsheet's location column gives a place: its address,
    in the region its town names (it had been told only that a block of fields goes there); the place's name first
    is its venue, as in an address; with no part that names a region, it is told the two fields to write."""
    house = VALID_GROUP.replace("format: online\nservice_area: [online]\n", "")
    write(sample_site, "listings/respite/a.yaml", house + "location: 12 Main St, Harbor City, OR 97201\n")
    write(sample_site, "listings/respite/b.yaml", house + "location: Lakeside Library, 4 Shore Rd, Lakeside\n")
    write(sample_site, "listings/respite/c.yaml", house + "location: Harbor City\n")
    found = [item.data.location for item in listed(sample_site, "a", "b", "c")]
    assert [(place.region, place.venue, place.address.address_1, place.address.city) for place in found] == [
        ("harbor-city", None, "12 Main St", "Harbor City"), ("lakeside", "Lakeside Library", "4 Shore Rd", "Lakeside"),
        ("harbor-city", None, None, "Harbor City")]
    write(sample_site, "listings/respite/a.yaml", house + "location: 12 Main St, Springfield, OR 97201\n")
    assert [p for p in problems(sample_site) if "respite/a.yaml" in p] == [
        "listings/respite/a.yaml:6:1: location: '12 Main St, Springfield, OR 97201' gives no region of the site's; write "
        "the place's region and its address under location:, each on its own line, like region: harbor-city and address: "
        "12 Main St, Springfield, OR 97201"]


def test_a_us_state_named_in_full_or_without_a_comma_ends_an_address_on_a_us_site(sample_site: Path) -> None:
    """'..., Harbor City, Oregon 97201', as US directories copy an address whole: the state (its name had been read
    as the town, the town joined to the street); '..., Harbor City OR' (the town had been 'Harbor City OR'). A state's
    name after a street alone stays the town ('..., New York 10001' is the city), and on a site elsewhere a state's
    name is asked about, as before: 'Washington' is a town in England too."""
    written = ["12 N. Main St., Harbor City, Oregon 97201", "Harbor City, Oregon", "12 Main St, Harbor City OR",
               "12 Main St, New York 10001", "First Baptist Church, New York 10001"]
    for index, address in enumerate(written):
        write(sample_site, f"listings/groups/at-{index}.yaml", VALID_GROUP.replace("format: online\nservice_area: [online]\n",
              "format: in-person\n") + f"location:\n  region: harbor-city\n  address: {json.dumps(address)}\n")
    found = [listing.data.location.address for listing in listed(sample_site, *(f"at-{index}" for index in range(len(written))))]
    assert [(a.address_1, a.city, a.state_province, a.postal_code) for a in found] == [
        ("12 N. Main St.", "Harbor City", "Oregon", "97201"), (None, "Harbor City", "Oregon", None),
        ("12 Main St", "Harbor City", "OR", None), ("12 Main St", "New York", None, "10001"),
        ("First Baptist Church", "New York", None, "10001")]  # a building before it is no town either


@pytest.mark.parametrize("written", ["Call for address", "Confidential", "Address provided on registration", "Location varies",
                                     "Multiple locations", "Rotating sites"])  # the last two had been a town
def test_words_that_give_no_address_are_not_read_as_its_town(golden_site: Path, written: str) -> None:
    """What a directory writes where it keeps an address private had been read as a town alone, which the page
    and the exports then gave as the town; it is told to leave the address out, which a location may."""
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP.replace("format: online\nservice_area: [online]\n", "format: in-person\n")
          + f"location:\n  region: old-town\n  address: '{written}'\n")
    assert problems(golden_site) == [
        f"listings/groups/bad.yaml:9:3: location.address: '{written}' gives no address; leave address out (the region "
        "says where it is), and say how to find the place in the description or directions"]


def test_a_po_box_is_no_place_to_visit(golden_site: Path) -> None:
    """A location's address is where people go; a PO Box would send them to a post office."""
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP.replace("format: online\nservice_area: [online]\n", "format: in-person\n")
          + "location:\n  region: old-town\n  address:\n    address_1: P.O. Box 123\n    city: Fenwick\n")
    assert problems(golden_site) == [
        "listings/groups/bad.yaml:10:5: location.address.address_1: 'P.O. Box 123' is where post goes, not a place to "
        "visit; give the street address, or leave address_1 out (the town and postcode say where it is)"]
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP.replace("format: online\nservice_area: [online]\n", "format: in-person\n")
          + "location:\n  region: old-town\n  address:\n    address_1: 12 Boxer Road\n    city: Fenwick\n")
    assert listed(golden_site, "bad")[0].data.location.address.address_1 == "12 Boxer Road"


def test_a_street_named_without_its_number_before_its_town_is_read(golden_site: Path) -> None:
    """'High Street, Fenwick', as UK directories write a place on a named street: the street and the town (it had
    been refused, told it might be a town and its state)."""
    write(golden_site, "listings/groups/ok.yaml", VALID_GROUP.replace("format: online\nservice_area: [online]\n", "format: in-person\n")
          + "location:\n  region: old-town\n  address: High Street, Fenwick\n")
    (group,) = listed(golden_site, "ok")
    assert (group.data.location.address.address_1, group.data.location.address.city) == ("High Street", "Fenwick")


@pytest.mark.parametrize(("written", "parts"), [
    ("12 Main St, Suite B", "address_1: 12 Main St; address_2: Suite B; city: (its town)"),
    ("Springfield, Oregon", "city: Springfield; state_province: Oregon (or address_1: Springfield; city: Oregon, if it is a "
                            "street and its town)"),
    ("12 Main St", "address_1: 12 Main St; city: (its town)"),
    ("12 Main St, OR", "address_1: 12 Main St; city: (its town); state_province: OR"),
    ("12 St Johns Rd. Lake Oswego OR 97034", "address_1: 12 St Johns Rd.; city: Lake Oswego; state_province: OR; postal_code: 97034"),
    ("5 High Street Leeds LS1 4AB", "address_1: 5 High Street; city: Leeds; postal_code: LS1 4AB"),
    # a place's name, which is its venue, beside its town or street (both had been told they were a town and a state)
    ("The Old School, Fenwick", "city: Fenwick; and the place's name as venue: The Old School, beside address:"),
    ("Fenwick Library (upstairs), Castle Road", "address_1: Castle Road; city: (its town); and the place's name as venue: "
                                                "Fenwick Library (upstairs), beside address:"),
    ("12 Main St, Town Hall", "address_1: 12 Main St; city: (its town); and the place's name as venue: Town Hall, beside address:"),
], ids=["street-and-suite", "town-and-state", "street-alone", "street-and-state", "no-commas", "no-commas-uk", "venue-and-town",
        "venue-and-street", "street-and-venue"])
def test_an_address_on_one_line_that_could_be_read_two_ways_is_told_its_parts(golden_site: Path, written: str, parts: str) -> None:
    """Without a number to say which is the street, which part is the town is the contributor's to say, and a part
    of a building after the street is no town ('Suite B'); without commas, where the street ends (had been
    suggested as the whole line, state and ZIP code too)."""
    write(golden_site, "listings/groups/bad.yaml", VALID_GROUP.replace("format: online\nservice_area: [online]\n", "format: in-person\n")
          + f"location:\n  region: old-town\n  address: '{written}'\n")
    assert problems(golden_site) == [
        f"listings/groups/bad.yaml:9:3: location.address: write the address in its parts, each on its own line under "
        f"address:, like {parts}"
    ]
