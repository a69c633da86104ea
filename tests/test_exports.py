"""Open data: JSON and CSV, calendars read by a real iCalendar parser, schema.org JSON-LD, sitemap, robots.txt,
Open Graph and the Atom feed, all from a real build."""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
import zipfile
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from conftest import REPO

from peerdir.build import BuildOptions, build
from peerdir.outputs.api import API_VERSION, CSV_COLUMNS
from peerdir.sources.load import load_site


@pytest.fixture(scope="module")
def out(sample_built: Path) -> Path:
    return sample_built


def json_ld(page: Path) -> dict:
    (block,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page.read_text(encoding="utf-8"), re.S)
    return json.loads(block)


def test_json_values_leave_out_empty_parts_at_every_depth() -> None:
    """What every JSON output writes (model/jsonvalues.py): no None, "", [] or {}, also where a block is left
    with nothing once its own empty fields are gone; 0 and false are values; dates and times as ISO text."""
    from peerdir.model.jsonvalues import drop_empty

    value = {"name": "A", "count": 0, "free": False, "note": "", "gone": None, "tags": [], "when": [date(2026, 1, 2)],
             "at": time(19, 0), "place": {"venue": None, "address": {"city": "", "lines": []}}, "phones": [{"number": "988"}]}
    assert drop_empty(value) == {"name": "A", "count": 0, "free": False, "when": ["2026-01-02"], "at": "19:00",
                                 "phones": [{"number": "988"}]}


def test_json_text_is_the_standard_encoders_text() -> None:
    """json_text (orjson) writes what json.dumps writes with the same options, so that a value is the same bytes
    whichever encoder made it, for every kind of value peerdir writes: text with quotes, backslashes, control
    characters, line separators, markup and any script; numbers as coordinates, offsets and scores are; keys in
    order. Only very small or large numbers are written differently (the same number), and no value of a listing
    is one; a key that is not text is refused, not ordered otherwise."""
    import random

    from peerdir.model.jsonvalues import json_text

    def standard(value: object) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)

    texts = ['Say "hi" \\ C:\\path', "tab\tnew\nline\r\x00\x1f\x7f\u2028\u2029", "</script><!--", "Café · 漢字 😀 עברית",
             "O'Brien & Sons <b>"]
    numbers = [0, -1, 2**53, 41.8781, -123.8873, -5.0, 5.5, 0.0001, 12345678.9, 1e15, 0.1 + 0.2]
    random.seed(12)
    numbers += [round(random.uniform(-180, 180), random.randint(0, 7)) for _ in range(2000)]
    value = {"texts": texts, "numbers": numbers, "nested": [{"b": None, "a": [True, False, {}]}], "Zed": 1, "ä": 2,
             "é": {"é": "é"}}
    assert json_text(value) == standard(value)
    with pytest.raises(TypeError):  # a key must be text: json.dumps would sort 2 before 10, and "10" before "2"
        json_text({2: "b", 10: "a"})
    assert json_text([1e-05]) == "[0.00001]" and json.loads(json_text([1e-05])) == [1e-05]


def test_listings_json_and_csv(out: Path) -> None:
    from conftest import REPO

    site = load_site(REPO)
    data = json.loads((out / "api/listings.json").read_text())
    assert data["version"] == API_VERSION and len(data["listings"]) == len(site.listings) == 63
    record = next(r for r in data["listings"] if r["id"] == "north-shore-anxiety-circle")
    assert record["type"] == "group" and record["absolute_url"] == "https://example.org/peer-support/groups/north-shore-anxiety-circle/"
    assert record["meetings"] == [{"weekday": "thursday", "weeks": [1, 3], "start": "19:00", "end": "20:30"}]
    assert record["phones"][0] == {"number": "(503) 555-0103", "kind": "voice", "display": "(503) 555-0103", "href": "tel:+15035550103"}
    rows = list(csv.DictReader(io.StringIO((out / "api/listings.csv").read_bytes().decode("utf-8-sig"))))
    assert list(rows[0]) == list(CSV_COLUMNS) and len(rows) == 63
    row = next(r for r in rows if r["id"] == "north-shore-anxiety-circle")
    assert row["meetings"] == "Every 1st and 3rd Thursday of the month, 7–8:30 pm" and row["phones"] == "Call (503) 555-0103"
    # its kind, last: a group's format (a sheet had no way to tell a group met by phone), a helpline's kind
    kinds = {r["id"]: r["kind"] for r in rows}
    assert list(CSV_COLUMNS)[-1] == "kind" and kinds["telephone-friendship-circle"] == "phone"
    assert (kinds["north-shore-anxiety-circle"], kinds["harbor-hills-warmline"], kinds["grief-space-forum"]) == ("in-person", "warmline", "")


def test_listings_json_written_a_record_at_a_time_is_the_json_of_the_whole(golden_site: Path) -> None:
    """The API's JSON is made in pieces, a record each, around the rest of the file: with a title that quotes its
    key, its first and last pieces are the file with no listing, and all of them are json_file of the whole."""
    from peerdir.outputs.api import api_json, listing_record
    from peerdir.outputs.records import json_file

    config = golden_site / "site.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace("title: Fenwick Peer Support (test)",
                                                                 'title: \'The "listings":[] list, ünïcode\''), encoding="utf-8")
    site = load_site(golden_site)
    whole = {"version": API_VERSION, "site": 'The "listings":[] list, ünïcode', "listings": []}
    pieces = list(api_json(site))
    assert pieces[0] + pieces[-1] == json_file(whole)
    whole["listings"] = [listing_record(site, item) for item in site.listings]
    assert len(whole["listings"]) > 1
    assert b"".join(api_json(site)) == json_file(whole)


def test_group_calendars_parse_with_recurrence_and_time_zone(out: Path) -> None:
    monthly = icalendar.Calendar.from_ical((out / "groups/north-shore-anxiety-circle/calendar.ics").read_bytes())
    (event,) = monthly.walk("VEVENT")
    assert event["RRULE"]["FREQ"] == ["MONTHLY"] and event["RRULE"]["BYDAY"] == ["1TH", "3TH"]
    start = event.decoded("DTSTART")
    assert start.hour == 19 and str(start.tzinfo) == "America/Los_Angeles" and start.strftime("%A") == "Thursday"
    assert monthly.walk("VTIMEZONE")[0]["TZID"] == "America/Los_Angeles"
    # The zone as written covers the meetings, from the first on: its offsets are the real ones, summer and winter.
    zone = monthly.walk("VTIMEZONE")[0]
    written = zone.to_tz(lookup_tzid=False)  # as written, not looked up by its name
    assert min(part.decoded("DTSTART") for part in zone.walk() if part.name in ("STANDARD", "DAYLIGHT")) <= start.replace(tzinfo=None)
    for moment in (start.replace(tzinfo=None), datetime(start.year + 1, 1, 15, 19), datetime(start.year + 5, 7, 15, 19)):
        assert written.utcoffset(moment) == ZoneInfo("America/Los_Angeles").utcoffset(moment), moment
    assert len((out / "groups/north-shore-anxiety-circle/calendar.ics").read_bytes()) < 2000
    weekly = icalendar.Calendar.from_ical((out / "groups/westbrook-recovery-circle/calendar.ics").read_bytes())
    assert [e["RRULE"]["FREQ"] for e in weekly.walk("VEVENT") if "RECURRENCE-ID" not in e] == [["WEEKLY"], ["WEEKLY"]]
    last = icalendar.Calendar.from_ical((out / "groups/pine-ridge-carers-group/calendar.ics").read_bytes())
    assert last.walk("VEVENT")[0]["RRULE"]["BYDAY"] == ["-1TU"]
    (fortnightly,) = icalendar.Calendar.from_ical((out / "groups/veterans-peer-connection/calendar.ics").read_bytes()).walk("VEVENT")
    assert (fortnightly["RRULE"]["FREQ"], fortnightly["RRULE"]["INTERVAL"], fortnightly["RRULE"]["BYDAY"]) == (["WEEKLY"], [2], ["TU"])
    assert (fortnightly.decoded("DTSTART").date() - date(2026, 11, 3)).days % 14 == 0  # a Tuesday it meets, every other week from 2026-11-03
    (call,) = icalendar.Calendar.from_ical((out / "groups/telephone-friendship-circle/calendar.ics").read_bytes()).walk("VEVENT")
    assert call["LOCATION"] == "By phone: (503) 555-0160", "a group met on a call: the number to join by, where the place goes"
    page = (out / "groups/north-shore-anxiety-circle/index.html").read_text()
    assert 'href="../../groups/north-shore-anxiety-circle/calendar.ics" download>Add to calendar</a>' in page
    assert not (out / "helplines/harbor-hills-warmline/calendar.ics").exists()


# Zones whose changes follow a yearly rule: north and south of the equator, at a quarter hour, with summer time
# below standard (Dublin), and from a change of offset on (Greenland's in October 2023, before its rules of 2024
# on); with no changes; and with changes that follow none (Chile: the first Sunday on or after the 2nd), or only
# one way (Israel: the Friday on or after March 23rd; the last Sunday in October).
ZONES = {"America/Chicago": "rule", "Europe/London": "rule", "Australia/Sydney": "rule", "Pacific/Chatham": "rule",
         "Europe/Dublin": "rule", "America/Nuuk": "changed", "Asia/Kolkata": "none", "America/Santiago": "dates",
         "Asia/Jerusalem": "dates"}


def _calendar_in_every_zone(golden_site: Path, out: Path) -> Path:
    """A group's calendar with a meeting in each of ZONES, every Monday since June 2023."""
    listing = golden_site / "listings/groups/old-town-anxiety-group.yaml"
    meetings = "".join(f'  - weekday: monday\n    start: "19:00"\n    timezone: {zone}\n' for zone in ZONES)
    text = listing.read_text().replace("last_verified: 2026-10-01", "last_verified: 2023-06-01")  # meetings since
    listing.write_text(text + meetings)
    build(golden_site, BuildOptions(out_dir=out, today=date(2023, 7, 1)))
    return out / "groups/old-town-anxiety-group/calendar.ics"


def test_calendar_time_zones_are_yearly_rules_where_the_zone_follows_one(golden_site: Path, tmp_path: Path) -> None:
    """A calendar's zone as a yearly rule is a third of the size of its dates, and describes meetings after 2037."""
    calendar = icalendar.Calendar.from_ical(_calendar_in_every_zone(golden_site, tmp_path / "out").read_bytes())
    written = {zone["TZID"]: zone for zone in calendar.walk("VTIMEZONE")}
    assert set(ZONES) <= set(written)
    for tzid, kind in ZONES.items():
        zone = written[tzid]
        observances = [part for part in zone.walk() if part.name in ("STANDARD", "DAYLIGHT")]
        ruled, dated = [sum(name in part for part in observances) for name in ("RRULE", "RDATE")]
        assert (bool(ruled), bool(dated), "COMMENT" in zone) == {
            "rule": (True, False, False), "changed": (True, False, False), "none": (False, False, False),
            "dates": (False, True, True)}[kind], tzid
        assert len(zone.to_ical()) < 500 or kind in ("dates", "changed")
        # Every seven hours (each hour of the day in turn), from the first meeting's year to 2037 for the dates
        # (where icalendar stops) and to 2050 for rules alone: the offsets written are the real ones.
        real, as_written = ZoneInfo(tzid), zone.to_tz(lookup_tzid=False)
        moment, end = datetime(2023, 1, 1, 0, 30), datetime(2038 if dated else 2050, 1, 1)
        while moment < end:
            assert moment.replace(tzinfo=as_written).utcoffset() == moment.replace(tzinfo=real).utcoffset(), (tzid, moment)
            moment += timedelta(hours=7)


@pytest.mark.tools
def test_a_calendar_program_puts_every_meeting_at_its_real_time(golden_site: Path, tmp_path: Path) -> None:
    """ical.js (Mozilla's iCalendar library, which Thunderbird uses) works out each meeting from the calendar's own
    time zones: every Monday at 7 pm in each of ZONES, at the instant zoneinfo gives, to 2045 where the zone is
    written as rules and to 2037 where it is written as dates. (It read a list of dates on one RDATE line only in
    part, and put meetings an hour out in most summers, before the dates were written one a line.)"""
    if not (REPO / "node_modules/ical.js").is_dir():
        if os.environ.get("CI"):
            pytest.fail("ical.js is missing in CI: the test command runs npm ci")
        pytest.skip("run npm ci to install ical.js")
    file = _calendar_in_every_zone(golden_site, tmp_path / "out")
    dated = {zone["TZID"] for zone in icalendar.Calendar.from_ical(file.read_bytes()).walk("VTIMEZONE") if "COMMENT" in zone}
    assert dated == {tzid for tzid, kind in ZONES.items() if kind == "dates"}
    read = subprocess.run([shutil.which("node"), str(REPO / "tests/js/calendar-occurrences.mjs"), str(file), "2046"],
                          capture_output=True, text=True, check=True)
    occurrences = [(tzid, datetime.fromisoformat(local), unix) for tzid, local, unix in json.loads(read.stdout)]
    assert {tzid for tzid, _, _ in occurrences} >= set(ZONES)
    wrong = [(tzid, local, (unix - local.replace(tzinfo=ZoneInfo(tzid)).timestamp()) / 3600)
             for tzid, local, unix in occurrences
             if tzid in ZONES and (local.year < 2038 or tzid not in dated) and unix != local.replace(tzinfo=ZoneInfo(tzid)).timestamp()]
    assert wrong == []
    assert len([o for o in occurrences if o[0] == "America/Chicago"]) > 52 * 22  # weekly, mid-2023 to 2045


def test_a_listing_page_says_under_its_name_how_a_group_meets_and_what_kind_a_line_is(out: Path) -> None:
    """A group's format, its way of meeting, under its name as a line's kind is (it had been only among the details
    at the foot of the page): someone without the internet looks for "By phone" first."""
    kicker = re.compile(r'<p class="kicker">([^<]*)</p>')
    assert kicker.search((out / "groups/telephone-friendship-circle/index.html").read_text()).group(1) == "Peer support group · By phone"
    assert kicker.search((out / "groups/riverton-depression-peer-group/index.html").read_text()).group(1) == "Peer support group · In person and online"
    assert kicker.search((out / "helplines/harbor-hills-warmline/index.html").read_text()).group(1) == "Helpline · Warmline"


def test_schema_org_json_ld_per_type_and_never_medical(out: Path) -> None:
    group = json_ld(out / "groups/north-shore-anxiety-circle/index.html")
    assert group["@type"] == "Event" and group["eventSchedule"][0]["byMonthWeek"] == [1, 3]
    assert group["eventSchedule"][0]["byDay"] == "https://schema.org/Thursday"
    assert group["location"]["address"]["streetAddress"] == "13 Sample Avenue"
    assert group["location"]["geo"] == {"@type": "GeoCoordinates", "latitude": 45.6561, "longitude": -123.8938}
    assert "geo" not in json_ld(out / "groups/lakeside-grief-cafe/index.html")["location"]  # gives only its town
    hybrid = json_ld(out / "groups/riverton-depression-peer-group/index.html")
    assert hybrid["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    call = json_ld(out / "groups/telephone-friendship-circle/index.html")  # met by calling in: not in person
    assert call["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode" and call["location"]["@type"] == "VirtualLocation"
    helpline = json_ld(out / "helplines/veterans-peer-line/index.html")
    assert helpline["@type"] == "Organization" and helpline["contactPoint"]["@type"] == "ContactPoint"
    assert helpline["contactPoint"]["telephone"].startswith("+1") and helpline["contactPoint"]["hoursAvailable"][0]["opens"] == "00:00"
    assert json_ld(out / "respite/harbor-house-peer-respite/index.html")["@type"] == "Service"
    assert json_ld(out / "forums/grief-space-forum/index.html")["@type"] == "Service"
    for page in out.rglob("*.html"):
        assert "MedicalOrganization" not in page.read_text(encoding="utf-8")


def test_a_groups_json_ld_starts_when_its_meetings_begin_and_not_with_the_day_of_the_build(golden_site: Path, tmp_path: Path) -> None:
    """Search engines ask an Event for its startDate: the first meeting on or after the day its details were last
    checked (its calendar's DTSTART), in its zone's offset that day, the earliest of its meetings. From the listing
    alone: built on two days, the page is the same bytes (a device that keeps the directory fetches no page again
    for a new day)."""
    group = golden_site / "listings/groups/old-town-anxiety-group.yaml"
    page = "groups/old-town-anxiety-group/index.html"
    built = {}
    for today in (date(2026, 11, 1), date(2026, 12, 20)):
        build(golden_site, BuildOptions(out_dir=tmp_path / str(today), today=today))
        built[today] = (tmp_path / str(today) / page).read_bytes()
    assert built[date(2026, 11, 1)] == built[date(2026, 12, 20)]
    # last_verified 2026-10-01: Tuesdays of weeks 2 and 4 from 13 October; Saturdays in Europe/Dublin from 3 October
    assert json_ld(tmp_path / "2026-11-01" / page)["startDate"] == "2026-10-03T10:00+01:00"
    calendar = icalendar.Calendar.from_ical((tmp_path / "2026-11-01/groups/old-town-anxiety-group/calendar.ics").read_bytes())
    assert min(event.DTSTART for event in calendar.walk("VEVENT")) == datetime(2026, 10, 3, 10, 0, tzinfo=ZoneInfo("Europe/Dublin"))

    text = group.read_text(encoding="utf-8")
    before = text[: text.index("meetings:")].replace("last_verified: 2026-10-01", "last_verified: 2026-07-15")
    group.write_text(before + 'meetings:\n  - weekday: tuesday\n    weeks: [last]\n    start: "19:00"\n    timezone: America/Chicago\n', encoding="utf-8")
    build(golden_site, BuildOptions(out_dir=tmp_path / "out", today=date(2026, 11, 1)))
    assert json_ld(tmp_path / "out" / page)["startDate"] == "2026-07-28T19:00-05:00"  # the last Tuesday of July, summer time
    group.write_text(before + "meetings: []\n", encoding="utf-8")  # none listed: nothing to say
    build(golden_site, BuildOptions(out_dir=tmp_path / "out", today=date(2026, 11, 1)))
    assert json_ld(tmp_path / "out" / page)["@type"] == "Event" and "startDate" not in json_ld(tmp_path / "out" / page)


def test_hostile_text_cannot_end_the_json_ld_script(golden_site: Path, tmp_path: Path) -> None:
    listing = golden_site / "listings/groups/old-town-anxiety-group.yaml"
    # Not a tag, so check accepts it as text; but '</script' and a space end a script element in HTML.
    listing.write_text(listing.read_text().replace("name: Old Town Anxiety Group", 'name: "Peer </script <script alert(1)"'))
    build(golden_site, BuildOptions(out_dir=tmp_path / "out"))
    page = (tmp_path / "out/groups/old-town-anxiety-group/index.html").read_text()
    assert json_ld(tmp_path / "out/groups/old-town-anxiety-group/index.html")["name"] == "Peer </script <script alert(1)"
    scripts = [re.sub(r"\?v=[0-9a-f]+", "", tag) for tag in re.findall(r"<script[^>]*>", page)]  # the JSON-LD, quick-exit.js,
    # when.js and its texts, nothing from the name (static files asked for with the build's ?v=, left out here)
    assert scripts == ['<script type="application/ld+json">', '<script src="../../static/quick-exit.js" defer>',
                       '<script src="../../when-text.js" defer>', '<script src="../../static/when.js" defer>'], scripts
    assert page.count("<script") == 4


def test_sitemap_robots_feed_and_open_graph(out: Path) -> None:
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "a": "http://www.w3.org/2005/Atom"}
    locs = [e.text for e in ET.parse(out / "sitemap.xml").getroot().findall("s:url/s:loc", ns)]
    assert "https://example.org/peer-support/" in locs and "https://example.org/peer-support/groups/north-shore-anxiety-circle/" in locs
    assert not any(loc.endswith("404.html") for loc in locs) and len(locs) == len(set(locs)) == 2 * 112, "in English and Spanish"
    assert "https://example.org/peer-support/es/groups/north-shore-anxiety-circle/" in locs
    assert "Sitemap: https://example.org/peer-support/sitemap.xml" in (out / "robots.txt").read_text()
    feed = ET.parse(out / "feed.xml").getroot()
    entries = feed.findall("a:entry", ns)
    updated = [e.find("a:updated", ns).text for e in entries]
    assert entries and updated == sorted(updated, reverse=True)
    assert feed.find("a:link[@rel='self']", ns).get("href") == "https://example.org/peer-support/feed.xml"
    lang = "{http://www.w3.org/XML/1998/namespace}lang"  # the site's language, and a listing's own where it differs
    assert feed.get(lang) == "en" and {e.find("a:title", ns).text: e.get(lang) for e in entries if e.get(lang)} == {
        "Grupo de Apoyo Entre Pares Baywood": "es", "Foro de Apoyo Mutuo": "es"}
    home = (out / "index.html").read_text()
    assert '<meta property="og:url" content="https://example.org/peer-support/">' in home
    assert '<link rel="alternate" type="application/atom+xml"' in home


def test_more_pages_than_a_sitemap_may_list_make_an_index_of_sitemaps(sample_site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The sitemap protocol allows 50,000 addresses a sitemap; a national directory has more pages. sitemap.xml
    (where robots.txt points) then lists sitemaps beside it at the root, which together list every page once, in
    the same order as one sitemap would. Shown here with a limit of 100 for the sample's 222 pages."""
    from peerdir.outputs import feeds

    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    build(sample_site, BuildOptions(out_dir=tmp_path / "one"))
    every = [e.text for e in ET.parse(tmp_path / "one/sitemap.xml").getroot().findall("s:url/s:loc", ns)]
    monkeypatch.setattr(feeds, "SITEMAP_URLS", 100)
    build(sample_site, BuildOptions(out_dir=tmp_path / "split"))
    index = ET.parse(tmp_path / "split/sitemap.xml").getroot()
    assert index.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}sitemapindex" and not index.findall("s:url", ns)
    parts = [e.text for e in index.findall("s:sitemap/s:loc", ns)]
    assert parts == [f"https://example.org/peer-support/sitemap-{n}.xml" for n in (1, 2, 3)]
    listed = [[e.text for e in ET.parse(tmp_path / "split" / part.rsplit("/", 1)[1]).getroot().findall("s:url/s:loc", ns)] for part in parts]
    assert [len(part) for part in listed] == [100, 100, len(every) - 200] and sum(listed, []) == every
    assert "Sitemap: https://example.org/peer-support/sitemap.xml" in (tmp_path / "split/robots.txt").read_text()
    kept = json.loads((tmp_path / "split/keep-files.json").read_text())["files"]
    assert not [f for f in kept if "sitemap" in str(f)], "exports stay online: a device keeping the site needs none"
    assert sorted(p.name for p in (tmp_path / "split").glob("sitemap*")) == ["sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml"]


def test_no_sitemap_or_feed_without_base_url(golden_site: Path, tmp_path: Path) -> None:
    config = golden_site / "site.yaml"
    config.write_text(re.sub(r"base_url: .*\n", "", config.read_text()))
    build(golden_site, BuildOptions(out_dir=tmp_path / "out"))
    assert not (tmp_path / "out/sitemap.xml").exists() and not (tmp_path / "out/feed.xml").exists()
    assert (tmp_path / "out/api/listings.json").exists() and "Sitemap" not in (tmp_path / "out/robots.txt").read_text()


FORMULAS = ["=HYPERLINK(\"https://evil.example/\",\"Click\")", "+44 Peer Line", "-Minus Group", "@home Peers",
            "'=already quoted", "'Til Dawn Group"]


def test_csv_cells_never_run_as_formulas_and_import_gives_them_back(golden_site: Path, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from peerdir.cli import main

    group = (golden_site / "listings/groups/old-town-anxiety-group.yaml").read_text()
    for index, name in enumerate(FORMULAS):
        quoted = name.replace("'", "''")
        (golden_site / f"listings/groups/formula-{index}.yaml").write_text(group.replace("name: Old Town Anxiety Group", f"name: '{quoted}'"))
    build(golden_site, BuildOptions(out_dir=tmp_path / "out"))
    with (tmp_path / "out/api/listings.csv").open(encoding="utf-8-sig", newline="") as handle:
        names = {row["id"]: row["name"] for row in csv.DictReader(handle)}
    assert [names[f"formula-{i}"] for i in range(len(FORMULAS))] == [
        "'=HYPERLINK(\"https://evil.example/\",\"Click\")", "'+44 Peer Line", "'-Minus Group", "'@home Peers",
        "''=already quoted", "'Til Dawn Group",
    ]
    with zipfile.ZipFile(tmp_path / "out/hsds/datapackage.zip") as archive:
        schedules = archive.read("schedules.csv").decode("utf-8")
    assert any(row["byday"].startswith("-1") for row in csv.DictReader(io.StringIO(schedules, newline=""))), "RRULE days stay data"

    target = tmp_path / "imported"
    target.mkdir()
    (target / "site.yaml").write_text((golden_site / "site.yaml").read_text())
    result = CliRunner().invoke(main, ["import", "hsds", str(tmp_path / "out/hsds/datapackage.zip"), "--site-dir", str(target)])
    assert result.exit_code == 0, result.output
    exported = sorted(item.data.name for item in load_site(golden_site).listings)
    assert sorted(item.data.name for item in load_site(target).listings) == exported and set(FORMULAS) <= set(exported)


def test_cancelled_and_moved_meetings_in_the_page_and_the_calendar(tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(REPO, BuildOptions(out_dir=out, today=date(2026, 11, 22)))
    page = (out / "groups/westbrook-recovery-circle/index.html").read_text()
    assert "Cancelled on Friday, December 25, 2026 (Christmas Day)" in page
    assert "Moved from Friday, January 1, 2027 to Thursday, December 31, 2026 at 6 pm (New Year&#39;s Day)" in page
    cal = icalendar.Calendar.from_ical((out / "groups/westbrook-recovery-circle/calendar.ics").read_bytes())
    friday, moved, sunday = cal.walk("VEVENT")
    los_angeles = ZoneInfo("America/Los_Angeles")
    assert [d.dt for d in friday["EXDATE"].dts] == [datetime(2026, 12, 25, 19, 0, tzinfo=los_angeles)]
    assert moved["UID"] == friday["UID"] and "RRULE" not in moved
    assert moved.decoded("RECURRENCE-ID") == datetime(2027, 1, 1, 19, 0, tzinfo=los_angeles)
    assert moved.decoded("DTSTART") == datetime(2026, 12, 31, 18, 0, tzinfo=los_angeles)
    assert moved.decoded("DTEND") == datetime(2026, 12, 31, 19, 30, tzinfo=los_angeles)
    assert "EXDATE" not in sunday
    # Once the dates have passed, the page no longer mentions them; the calendar keeps them.
    later = tmp_path / "later"
    build(REPO, BuildOptions(out_dir=later, today=date(2027, 1, 5)))
    assert "Cancelled on" not in (later / "groups/westbrook-recovery-circle/index.html").read_text()


def test_a_meeting_that_runs_past_midnight_ends_the_next_day_in_every_output(golden_site: Path, tmp_path: Path) -> None:
    """'Fridays 10pm-1am' (it had been refused): the page says it as written, its calendar event ends at 1 am on
    Saturday, moved or not, and schema.org and HSDS give its end time, the next day's as their opening hours give
    one."""
    (golden_site / "listings/groups/late-circle.yaml").write_text(
        "name: Late Circle\nsummary: A late group.\ncost: free\npeer_led: yes\nlast_verified: 2026-10-01\nformat: online\n"
        "service_area: [online]\nwebsite: https://example.org/\nmeetings:\n  - weekday: friday\n    start: '22:00'\n"
        "    end: '01:00'\n    exceptions:\n      - date: 2026-12-25\n        moved_to: 2026-12-24\n")
    out = tmp_path / "out"
    build(golden_site, BuildOptions(out_dir=out, today=date(2026, 11, 22)))
    assert "Every Friday, 22:00–01:00" in (out / "groups/late-circle/index.html").read_text()
    regular, moved = icalendar.Calendar.from_ical((out / "groups/late-circle/calendar.ics").read_bytes()).walk("VEVENT")
    london = ZoneInfo("Europe/London")
    assert (regular.decoded("DTSTART"), regular.decoded("DTEND")) == (datetime(2026, 10, 2, 22, tzinfo=london),
                                                                      datetime(2026, 10, 3, 1, tzinfo=london))
    assert (moved.decoded("DTSTART"), moved.decoded("DTEND")) == (datetime(2026, 12, 24, 22, tzinfo=london),
                                                                  datetime(2026, 12, 25, 1, tzinfo=london))
    schedule = json_ld(out / "groups/late-circle/index.html")["eventSchedule"][0]
    assert (schedule["startTime"], schedule["endTime"]) == ("22:00", "01:00")
    with gzip.open(out / "hsds/services.json.gz") as services:
        (late,) = [s for s in json.load(services) if s["name"] == "Late Circle"]
    assert (late["schedules"][0]["opens_at"], late["schedules"][0]["closes_at"]) == ("22:00+01:00", "01:00+01:00")


def test_exports_leaves_out_what_site_yaml_does_not_ask_for(golden_site: Path, tmp_path: Path) -> None:
    """A very large directory can leave out exports to stay under GitHub Pages' 1 GB; the pages then do not link to them."""
    from peerdir.build import BuildOptions, build

    config = golden_site / "site.yaml"
    config.write_text(config.read_text() + "exports: [api]\n")
    out = tmp_path / "out"
    build(golden_site, BuildOptions(out_dir=out))
    assert (out / "api/listings.json").is_file() and not (out / "hsds").exists()
    assert not list(out.rglob("*.ics"))
    page = (out / "groups/old-town-anxiety-group/index.html").read_text()
    assert "When it meets" in page and "calendar.ics" not in page
    assert "calendar.ics" not in (out / "keep-files.json").read_text()

    config.write_text(config.read_text().replace("exports: [api]", "exports: []"))
    build(golden_site, BuildOptions(out_dir=out))  # none at all: the pages and search only, not every export
    assert not (out / "api").exists() and not (out / "hsds").exists() and not list(out.rglob("*.ics"))
    assert (out / "search/data/meta.js").is_file() and (out / "groups/old-town-anxiety-group/index.html").is_file()

    config.write_text(config.read_text().replace("exports: []", "exports: [api, pdf]"))
    from peerdir.problems import ContentError
    from peerdir.sources.load import load_site

    with pytest.raises(ContentError) as problems:
        load_site(golden_site)
    assert [(p.path, p.line) for p in problems.value.problems] == [("site.yaml", len(config.read_text().splitlines()))]
    assert problems.value.problems[0].message == "'pdf' is not allowed here. Write one of: api, hsds, calendars"
