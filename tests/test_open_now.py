"""Open now and next meeting, worked out on the device in the listing's time zone: in Chromium with the page's
clock set by the test, on both sides of a daylight-saving change, overnight hours, monthly meetings, and the
line said again as time passes. The sample's time zone is America/Los_Angeles (PST, UTC-8, until 2026-03-08;
PDT, UTC-7, after)."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
from playwright.sync_api import expect

WARMLINE = "helplines/harbor-hills-warmline/"  # every day, 17:00-23:00
NIGHT_OWL = "helplines/night-owl-peer-line/"  # Friday to Sunday, 22:00-06:00
CIRCLE = "groups/north-shore-anxiety-circle/"  # 1st and 3rd Thursday of the month, 19:00-20:30
# Fridays 19:00-20:30 (not on 2026-12-25; on 2027-01-01 moved to Thursday 2026-12-31 at 18:00) and Sundays 11:00-12:00
WESTBROOK = "groups/westbrook-recovery-circle/"
VETERANS = "groups/veterans-peer-connection/"  # every other Tuesday from 2026-11-03, 10:00-11:30


@pytest.fixture(scope="module")
def sample_out(sample_served_at_root: Path) -> Path:
    return sample_served_at_root


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=timezone.utc)


CASES = [
    # (page, the moment in UTC, the local time it is, what the page says)
    (WARMLINE, utc(2026, 3, 8, 0, 30), "Sat Mar 7, 16:30 PST", "Closed now. Opens today at 5 pm"),
    (WARMLINE, utc(2026, 3, 10, 0, 30), "Mon Mar 9, 17:30 PDT", "Open now, until 11 pm"),
    (WARMLINE, utc(2026, 3, 8, 1, 30), "Sat Mar 7, 17:30 PST", "Open now, until 11 pm"),
    (WARMLINE, utc(2026, 3, 9, 23, 30), "Mon Mar 9, 16:30 PDT", "Closed now. Opens today at 5 pm"),
    (WARMLINE, utc(2026, 7, 2, 6, 30), "Wed Jul 1, 23:30 PDT", "Closed now. Opens tomorrow at 5 pm"),
    (NIGHT_OWL, utc(2026, 11, 23, 11, 0), "Mon Nov 23, 03:00 PST", "Open now, until 6 am"),
    (NIGHT_OWL, utc(2026, 11, 23, 15, 0), "Mon Nov 23, 07:00 PST", "Closed now. Opens Friday at 10 pm"),
    (CIRCLE, utc(2026, 11, 6, 3, 30), "Thu Nov 5, 19:30 PST", "Meeting now, until 8:30 pm"),
    (CIRCLE, utc(2026, 11, 6, 5, 0), "Thu Nov 5, 21:00 PST", "Next meeting: Thursday, November 19 at 7 pm"),
    (CIRCLE, utc(2026, 11, 18, 18, 0), "Wed Nov 18, 10:00 PST", "Next meeting: tomorrow at 7 pm"),
    (CIRCLE, utc(2026, 3, 19, 20, 0), "Thu Mar 19, 13:00 PDT", "Next meeting: today at 7 pm"),
    (WESTBROOK, utc(2026, 12, 18, 18, 0), "Fri Dec 18, 10:00 PST", "Next meeting: today at 7 pm"),
    (WESTBROOK, utc(2026, 12, 25, 18, 0), "Fri Dec 25, 10:00 PST (cancelled)", "Next meeting: Sunday at 11 am"),
    (WESTBROOK, utc(2026, 12, 30, 20, 0), "Wed Dec 30, 12:00 PST", "Next meeting: tomorrow at 6 pm"),
    (WESTBROOK, utc(2027, 1, 1, 2, 30), "Thu Dec 31, 18:30 PST (moved here)", "Meeting now, until 7:30 pm"),
    (WESTBROOK, utc(2027, 1, 1, 20, 0), "Fri Jan 1, 12:00 PST (moved away)", "Next meeting: Sunday at 11 am"),
    (VETERANS, utc(2026, 11, 10, 17, 0), "Tue Nov 10, 09:00 PST (the week between)", "Next meeting: Tuesday, November 17 at 10 am"),
    (VETERANS, utc(2026, 11, 17, 17, 0), "Tue Nov 17, 09:00 PST", "Next meeting: today at 10 am"),
    (VETERANS, utc(2026, 11, 24, 18, 30), "Tue Nov 24, 10:30 PST (the week between)", "Next meeting: Tuesday, December 1 at 10 am"),
]


@pytest.mark.parametrize(("path", "moment", "local", "said"), CASES, ids=[f"{c[0].split('/')[1]} {c[2]}" for c in CASES])
def test_the_page_says_when_it_is_open_or_meets_next(sample_out, static_server, js_page, path, moment, local, said) -> None:
    says_at(js_page, static_server(sample_out) + path, moment, said)


def says_at(page, address: str, moment: datetime, said: str) -> None:
    """The page at that address, opened with the device's clock at that moment, says that."""
    page.clock.install(time=moment)
    page.goto(address)
    expect(page.locator(".when-now")).to_have_text(said)
    assert page.errors == []


@pytest.fixture(scope="module")
def lines_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample with a line open through the night and the weekend, as out-of-hours lines are, and one open
    every day for 24 hours, written so."""
    from conftest import BUILD_DATE, sample_site_copy
    from peerdir.build import BuildOptions, build

    work = tmp_path_factory.mktemp("lines")
    site = sample_site_copy(work / "sample")
    line = ("summary: A line.\ncost: free\npeer_led: yes\nlast_verified: 2026-10-01\nkind: warmline\n"
            "service_area: [national]\nphones: (503) 555-0148\n")
    (site / "listings/helplines/out-of-hours-line.yaml").write_text(
        f"name: Out of Hours Line\n{line}hours: Mon-Fri 5pm-9am; Sat-Sun 24 hours\n")
    (site / "listings/helplines/daily-line.yaml").write_text(f"name: Daily Line\n{line}hours: Daily 24 hours\n")
    (site / "listings/groups/late-circle.yaml").write_text(
        "name: Late Circle\nsummary: A late group.\ncost: free\npeer_led: yes\nlast_verified: 2026-10-01\nformat: online\n"
        "service_area: [online]\nwebsite: https://example.org/\nmeetings:\n  - weekday: friday\n    start: '22:00'\n"
        "    end: '01:00'\n    exceptions:\n      - date: 2026-12-04\n        moved_to: 2026-12-03\n"
        "  - weekday: saturday\n    start: '20:00'\n    end: '00:00'\n")
    group = "summary: A group.\ncost: free\npeer_led: yes\nlast_verified: 2026-10-01\nformat: online\nservice_area: [online]\n"
    (site / "listings/groups/twice-daily.yaml").write_text(f"name: Twice Daily\n{group}meetings: Daily 7am & 7pm\n")
    (site / "listings/groups/not-first.yaml").write_text(
        f"name: Not First\n{group}meetings: 'Tuesdays 7pm (except the 1st Tuesday)'\n")
    build(site, BuildOptions(out_dir=work / "out", base_url="https://example.org/", today=BUILD_DATE))
    return work / "out"


OUT_OF_HOURS = "helplines/out-of-hours-line/"  # from 17:00 to 09:00 on weekdays, and from Friday 17:00 to Monday 09:00
LINE_CASES = [
    (OUT_OF_HOURS, utc(2026, 11, 28, 2, 0), "Fri Nov 27, 18:00 PST", "Open now, until Monday 9 am"),
    (OUT_OF_HOURS, utc(2026, 11, 28, 20, 0), "Sat Nov 28, 12:00 PST", "Open now, until Monday 9 am"),
    (OUT_OF_HOURS, utc(2026, 11, 30, 16, 0), "Mon Nov 30, 08:00 PST", "Open now, until 9 am"),
    (OUT_OF_HOURS, utc(2026, 12, 2, 4, 0), "Tue Dec 1, 20:00 PST", "Open now, until 9 am"),
    (OUT_OF_HOURS, utc(2026, 12, 2, 18, 0), "Wed Dec 2, 10:00 PST", "Closed now. Opens today at 5 pm"),
    ("helplines/daily-line/", utc(2026, 11, 29, 7, 59), "Sat Nov 28, 23:59 PST", "Open now, 24 hours a day"),
]


@pytest.mark.parametrize(("path", "moment", "local", "said"), LINE_CASES, ids=[f"{c[0].split('/')[1]} {c[2]}" for c in LINE_CASES])
def test_hours_that_run_into_one_another_are_open_until_the_last_of_them_closes(
        lines_out, static_server, js_page, path, moment, local, said) -> None:
    """A line open Friday evening to Monday morning is open "until Monday 9 am" all weekend, not "until 9 am" on
    Friday (which reads as the next morning) or "until 12 am" on Saturday; one open 24 hours every day says so."""
    says_at(js_page, static_server(lines_out) + path, moment, said)


LATE = "groups/late-circle/"  # Fridays 22:00-01:00 (on 2026-12-04 moved to Thursday 2026-12-03), Saturdays 20:00-00:00
LATE_CASES = [
    (LATE, utc(2026, 11, 28, 7, 0), "Fri Nov 27, 23:00 PST", "Meeting now, until 1 am"),
    (LATE, utc(2026, 11, 28, 8, 30), "Sat Nov 28, 00:30 PST (begun the day before)", "Meeting now, until 1 am"),
    (LATE, utc(2026, 11, 28, 9, 30), "Sat Nov 28, 01:30 PST", "Next meeting: today at 8 pm"),
    (LATE, utc(2026, 11, 29, 7, 30), "Sat Nov 28, 23:30 PST", "Meeting now, until midnight"),
    (LATE, utc(2026, 11, 29, 8, 0), "Sun Nov 29, 00:00 PST", "Next meeting: Thursday at 10 pm"),  # moved there
    (LATE, utc(2026, 12, 4, 8, 30), "Fri Dec 4, 00:30 PST (moved here, begun the day before)", "Meeting now, until 1 am"),
    (LATE, utc(2026, 12, 5, 8, 30), "Sat Dec 5, 00:30 PST (moved away)", "Next meeting: today at 8 pm"),
]


TWICE, NOT_FIRST = "groups/twice-daily/", "groups/not-first/"  # 'Daily 7am & 7pm'; 'Tuesdays 7pm (except the 1st Tuesday)'
READ_CASES = [
    (TWICE, utc(2026, 11, 28, 18, 0), "Sat Nov 28, 10:00 PST", "Next meeting: today at 7 pm"),
    (TWICE, utc(2026, 11, 29, 5, 0), "Sat Nov 28, 21:00 PST", "Next meeting: tomorrow at 7 am"),
    (NOT_FIRST, utc(2026, 11, 30, 20, 0), "Mon Nov 30, 12:00 PST (Dec 1 is the 1st Tuesday)", "Next meeting: Tuesday, December 8 at 7 pm"),
    (NOT_FIRST, utc(2026, 11, 23, 20, 0), "Mon Nov 23, 12:00 PST", "Next meeting: tomorrow at 7 pm"),
]


@pytest.mark.parametrize(("path", "moment", "local", "said"), READ_CASES, ids=[c[2] for c in READ_CASES])
def test_meetings_read_from_words_are_met_when_the_words_say(lines_out, static_server, js_page, path, moment, local, said) -> None:
    """Meetings at two times a day, and every week of the month but the first, as read from the words a directory
    writes: "Next meeting" gives the next of them, never a week the words leave out."""
    says_at(js_page, static_server(lines_out) + path, moment, said)


@pytest.mark.parametrize(("path", "moment", "local", "said"), LATE_CASES, ids=[c[2] for c in LATE_CASES])
def test_a_meeting_that_runs_past_midnight_is_on_until_it_ends(lines_out, static_server, js_page, path, moment, local, said) -> None:
    """A meeting from 10 pm to 1 am is under way at half past midnight, the day after it began, moved or not; one
    until midnight ends then."""
    says_at(js_page, static_server(lines_out) + path, moment, said)


def test_a_line_found_closed_leads_to_the_lines_open_now(lines_out, static_server, js_page) -> None:
    """Wednesday 10:00: the out-of-hours line is closed; its page leads in one tap to the lines open now."""
    says_at(js_page, static_server(lines_out) + OUT_OF_HOURS, utc(2026, 12, 2, 18, 0), "Closed now. Opens today at 5 pm")
    js_page.get_by_role("link", name="Lines open now").click()
    js_page.wait_for_url("**/search/?type=helpline&open=now")
    expect(js_page.locator("#search-results")).to_contain_text("Recovery Peer Support Line")  # every day 08:00-22:00
    assert "Out of Hours Line" not in js_page.locator("#search-results .card-title").all_inner_texts()
    assert js_page.errors == []


def test_the_open_now_filter_finds_a_line_open_since_last_night_and_the_24_7_one_finds_every_day_24_hours(
        lines_out, static_server, js_page) -> None:
    """Tuesday 07:00: the out-of-hours line has been open since Monday 5 pm (its Monday period, run on overnight)
    and the warmline (17:00-23:00) is not; the line open every day for 24 hours is among the lines open 24/7."""
    page = js_page
    page.clock.install(time=utc(2026, 12, 1, 15, 0))
    page.goto(static_server(lines_out) + "search/?type=helpline&open=now")
    expect(page.locator("#search-results")).to_contain_text("Out of Hours Line")
    assert "Harbor & Hills Warmline" not in page.locator("#search-results .card-title").all_inner_texts()
    page.goto(static_server(lines_out) + "search/?open=24-7")
    expect(page.locator("#search-results")).to_contain_text("Daily Line")
    daily = page.locator("#search-results .card").filter(has=page.get_by_role("link", name="Daily Line", exact=True))
    expect(daily.locator(".card-hours")).to_have_text("Open 24 hours, every day")
    assert page.errors == []


def test_the_line_is_said_again_as_time_passes(sample_out, static_server, js_page) -> None:
    page = js_page
    page.clock.install(time=utc(2026, 11, 23, 0, 58))  # Sun Nov 22, 16:58 PST
    page.goto(static_server(sample_out) + WARMLINE)
    expect(page.locator(".when-now")).to_have_text("Closed now. Opens today at 5 pm")
    page.clock.run_for(3 * 60 * 1000)
    expect(page.locator(".when-now")).to_have_text("Open now, until 11 pm")


def test_without_javascript_the_hours_are_in_words_and_nothing_else(sample_out, static_server, page) -> None:
    page.goto(static_server(sample_out) + WARMLINE)
    assert page.locator(".when-now").inner_text() == ""
    assert page.get_by_text("5–11 pm").first.is_visible()


def test_search_filters_open_now_and_puts_open_helplines_first(sample_out, static_server, js_page) -> None:
    page = js_page
    page.clock.install(time=utc(2026, 11, 23, 2, 0))  # Sun Nov 22, 18:00 PST: the warmline is open (17:00-23:00)
    page.goto(static_server(sample_out) + "search/?type=helpline")
    expect(page.locator("#search-status")).to_contain_text("results")
    first = page.locator("#search-results .card-title").first.inner_text()
    page.locator(".filters summary").click()
    page.get_by_label("Open now").check()
    page.wait_for_url("**/search/?type=helpline&open=now")
    expect(page.locator("#search-results")).to_contain_text("Harbor & Hills Warmline")
    names = page.locator("#search-results .card-title").all_inner_texts()
    assert first in names, "the first helpline shown was one open now"
    assert "Night Owl Peer Line" not in names  # Friday to Sunday from 10 pm
    assert page.errors == []


def test_a_helplines_search_result_says_whether_it_is_open_now(sample_out, static_server, js_page) -> None:
    """Whatever the search and with no filter chosen, an open helpline's result says it is open now, as its page
    does, and one outside its hours does not."""
    page = js_page
    page.clock.install(time=utc(2026, 11, 23, 2, 0))  # Sun Nov 22, 18:00 PST: the warmline is open (17:00-23:00)
    page.goto(static_server(sample_out) + "search/?q=peer%20line%20warmline")
    expect(page.locator("#search-status")).to_contain_text("results")
    cards = page.locator("#search-results .card")
    warmline = cards.filter(has=page.get_by_role("link", name="Harbor & Hills Warmline", exact=True))
    expect(warmline.locator(".card-hours")).to_have_text("Open now · Every day: 5–11 pm")
    night_owl = cards.filter(has=page.get_by_role("link", name="Night Owl Peer Line", exact=True))
    expect(night_owl.locator(".card-hours")).to_be_visible()
    assert night_owl.locator(".card-open").count() == 0  # Friday to Sunday from 10 pm
    always = cards.filter(has=page.get_by_role("link", name="Harbor Hills Crisis Line", exact=True))
    expect(always.locator(".card-hours")).to_have_text("Open 24 hours, every day")  # not "Open now · Open 24 hours"
    assert not page.get_by_label("Open now").is_checked()
    assert page.errors == []


def test_the_helplines_page_leads_to_the_lines_open_now(sample_out, static_server, js_page) -> None:
    """Someone looking for a line to call now gets, in one tap from the helplines page, the search for the lines
    open at this moment, each with its buttons to call."""
    page = js_page
    page.clock.install(time=utc(2026, 11, 23, 2, 0))  # Sun Nov 22, 18:00 PST: the warmline is open (17:00-23:00)
    page.goto(static_server(sample_out) + "helplines/")
    page.get_by_role("link", name="Lines open now").click()
    page.wait_for_url("**/search/?type=helpline&open=now")
    expect(page.locator("#search-results")).to_contain_text("Harbor & Hills Warmline")
    assert page.get_by_label("Open now").is_checked() and page.get_by_label("Helplines and warmlines").is_checked()
    names = page.locator("#search-results .card-title").all_inner_texts()
    assert "Night Owl Peer Line" not in names  # Friday to Sunday from 10 pm
    metas = page.locator("#search-results .card-meta").all_inner_texts()
    assert metas and all(meta.startswith("Helpline") for meta in metas)
    warmline = page.locator("#search-results .card").filter(has_text="Harbor & Hills Warmline")
    assert warmline.locator(".card-actions a[href^='tel:']").count() >= 1
    assert page.errors == []
