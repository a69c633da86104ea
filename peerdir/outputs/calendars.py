"""A calendar file (.ics) for each group with meetings: recurring events with their time zone."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import icalendar

from peerdir.model.site import Listing, Site, urls
from peerdir.outputs.records import RRULE_DAYS
from peerdir.sources.blocks import Meeting, MeetingChange


def _dial_in(item: Listing) -> str | None:
    """The number a group met by phone is joined on, as its page shows it: its first to call, if any."""
    if item.data.format != "phone":
        return None
    return next((phone.display for phone in item.phones if phone.kind == "voice"), None)


def calendar(site: Site, item: Listing) -> bytes:
    """An iCalendar file with one recurring event per regular meeting of a group."""
    cal = icalendar.Calendar()
    cal.add("prodid", "-//peerdir//peer support directory//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", item.data.name)
    since = 9999  # the year of the earliest first meeting: no instance comes before it
    for index, meeting in enumerate(item.data.meetings):
        start = meeting.first_start(item.data.last_verified, site.config.timezone)
        first, zone = start.date(), start.tzinfo
        since = min(since, first.year)
        event = icalendar.Event()
        event.add("uid", f"{item.slug}-{index}@{urls.listing(item.type.folder, item.slug).strip('/')}")
        event.add("summary", item.data.name)
        event.add("dtstamp", datetime.combine(item.data.last_verified, time(0), tzinfo=ZoneInfo("UTC")))
        event.add("dtstart", start)
        if meeting.length:  # with only a start, the event has no end (RFC 5545: it ends as it starts)
            event.add("dtend", _end(start, meeting.length))
        day = RRULE_DAYS[meeting.weekday]
        if meeting.weeks:
            event.add("rrule", {"freq": "monthly", "byday": [f"{-1 if w == 'last' else w}{day}" for w in meeting.weeks]})
        else:
            event.add("rrule", {"freq": "weekly", "byday": day, **({"interval": 2} if meeting.every_other_week else {})})
        description = [item.data.summary, item.meetings[index]]
        if meeting.note:
            description.append(meeting.note)
        event.add("description", "\n".join(description))
        location = item.data.location
        if location:
            parts = [location.venue, location.address.address_1 if location.address else None,
                     location.address.city if location.address else None]  # fmt: skip
            event.add("location", ", ".join(p for p in parts if p))
        elif dial_in := _dial_in(item):  # met on a call: where a calendar shows the place, the number to call
            event.add("location", f"{site.strings['format_phone']}: {dial_in}")
        page = urls.absolute(site.config.base_url, item.url)
        if page:
            event.add("url", page)
        cancelled = [datetime.combine(c.date, meeting.start, tzinfo=zone) for c in meeting.exceptions if c.cancelled]
        if cancelled:
            event.add("exdate", sorted(cancelled))
        cal.add_component(event)
        for change in sorted((c for c in meeting.exceptions if c.moved_to is not None), key=lambda c: c.date):
            cal.add_component(_moved(event, change, meeting, zone))
    # What add_missing_timezones does, with each zone made and written once per build instead of once per calendar
    # (the slow part, as icalendar's docs note), and in TZID order: icalendar's set order changes with Python's
    # hash seed. A calendar's zones come before its events, so their text goes just before the first event.
    zones = b"".join(_timezone(tzid, since) for tzid in sorted(cal.get_missing_tzids()))
    text = cal.to_ical()
    first_event = text.index(b"BEGIN:VEVENT\r\n")
    return text[:first_event] + zones + text[first_event:]


def _moved(regular: icalendar.Event, change: MeetingChange, meeting: Meeting, zone: ZoneInfo) -> icalendar.Event:
    """One meeting moved to another date: the same event (its UID) with a RECURRENCE-ID naming the regular date,
    as RFC 5545 overrides one instance of a recurring event."""
    start = datetime.combine(change.moved_to, change.start or meeting.start, tzinfo=zone)
    event = icalendar.Event()
    for name in ("uid", "summary", "dtstamp", "location", "url"):
        if name in regular:
            event[name] = regular[name]
    event.add("recurrence-id", datetime.combine(change.date, meeting.start, tzinfo=zone))
    event.add("dtstart", start)
    if meeting.length:
        event.add("dtend", _end(start, meeting.length))
    event.add("description", "\n".join(p for p in (str(regular["description"]), change.note) if p))
    return event


def _end(start: datetime, minutes: int) -> datetime:
    """When a meeting from `start` that lasts so long ends, on the wall clock of its zone: the next day for a late
    one ('10pm-1am'), at the same time of day whatever the clocks did in the night."""
    ends = start.replace(tzinfo=None) + timedelta(minutes=minutes)
    return ends.replace(tzinfo=start.tzinfo)


# The end of the zone's changes icalendar writes out one by one (its own default): beyond it, a yearly rule
# goes on as the zone's own does in tzdata, and a zone that follows none is described no further.
SPAN_END = date(2038, 1, 1)


@lru_cache(maxsize=None)
def _timezone(tzid: str, since: int) -> bytes:
    """A VTIMEZONE for tzid from the start of the year `since`, as iCalendar text (icalendar describes every zone
    of the database, from 1899 on: tried). Its changes since 1970 would triple the size of every calendar (2.3 KB
    of dates for America/Chicago) and describe no meeting; as yearly rules, it is a third smaller than its dates to
    2037 were (919 bytes a calendar at 10,000 listings, not 1,390: two of the tar's blocks, not three) and goes on
    after."""
    # From the year before: where the changes follow rules, their onsets that year cover January on.
    zone = icalendar.Timezone.from_tzid(tzid, first_date=date(since - 1, 1, 1), last_date=SPAN_END)
    # Each observance's dates as the yearly rule they follow, if every one follows one; otherwise the dates to
    # 2037, as icalendar finds them, one a line: ical.js (Mozilla's library, which Thunderbird uses) reads only
    # some of a list of them on one line, and put meetings an hour out.
    dated = [observance for observance in zone.subcomponents if "rdate" in observance]
    rules = [_yearly_rule(observance) for observance in dated]
    ruled = all(rules)
    for observance, rule in zip(dated, rules):
        later = _onsets(observance)[1:]
        del observance["rdate"]
        if ruled:
            observance.add("rrule", rule)
        else:
            for onset in later:
                observance.add("rdate", onset)
    if not ruled:
        return zone.to_ical()
    zone.pop("comment", None)  # "This timezone only works from ... to 2038-01-01": no longer so
    if dated and all(part.DTSTART.year == since - 1 for part in zone.subcomponents if "rrule" in part):
        # The rules are in force from the year before on: icalendar's first observance, which only says where
        # its span begins, describes no meeting. (A zone whose rules begin later needs it until then.)
        begun = datetime(since - 1, 1, 1)
        zone.subcomponents = [part for part in zone.subcomponents if part.DTSTART != begun]
    return zone.to_ical()


def _yearly_rule(observance: icalendar.Component) -> dict[str, object] | None:
    """The yearly rule that an observance's dates all follow up to the end of the span (the second Sunday in
    March at 2 am; the last Sunday in October), as calendars from Google, Apple and Microsoft describe a zone;
    None if they follow none."""
    onsets = _onsets(observance)
    first, last = onsets[0], onsets[-1]
    same = all((d.month, d.weekday(), d.time()) == (first.month, first.weekday(), first.time()) for d in onsets)
    yearly = [d.year for d in onsets] == list(range(first.year, first.year + len(onsets)))
    if not (same and yearly and last.year == SPAN_END.year - 1):
        return None
    weeks = {(d.day - 1) // 7 + 1 for d in onsets}
    if len(weeks) > 1:  # the fourth or fifth: the last, if every one is in the month's last seven days
        if any((d + timedelta(days=7)).month == d.month for d in onsets):
            return None
        weeks = {-1}
    day = list(RRULE_DAYS.values())[first.weekday()]  # RRULE_DAYS runs from Monday, as weekday() counts
    return {"freq": "yearly", "bymonth": first.month, "byday": f"{weeks.pop()}{day}"}


def _onsets(observance: icalendar.Component) -> list[datetime]:
    """When an observance begins: its DTSTART, then its RDATEs (one property with a list of dates, or several)."""
    rdates = observance["rdate"] if isinstance(observance["rdate"], list) else [observance["rdate"]]
    return [observance.DTSTART, *(period.dt for rdate in rdates for period in rdate.dts)]


def calendar_files(site: Site, kept: dict[int, tuple[Listing, bytes]] | None = None) -> Iterator[tuple[str, bytes]]:
    """Each group's calendar, made as it is asked for. `kept` (from `peerdir serve`, build.Kept.calendars): by the
    listing's identity, the listing and its calendar from the update before. The model keeps a listing no edit
    touched as the same object, and a calendar depends only on its listing and site.yaml (whose change calls for a
    whole build, and a new Kept), so an edit to one group makes its calendar alone again, not the 6,000 of 10,000
    listings (2.8 s). A whole build keeps nothing: it makes each calendar once."""
    groups = (item for item in site.listings if getattr(item.data, "meetings", None))
    if kept is None:
        return ((urls.calendar(item.url), calendar(site, item)) for item in groups)
    return _kept_calendars(site, groups, kept)


def _kept_calendars(site: Site, groups: Iterator[Listing], kept: dict[int, tuple[Listing, bytes]]) -> Iterator[tuple[str, bytes]]:
    now: dict[int, tuple[Listing, bytes]] = {}
    for item in groups:
        before = kept.get(id(item))
        now[id(item)] = (item, before[1] if before and before[0] is item else calendar(site, item))
        yield urls.calendar(item.url), now[id(item)][1]
    kept.clear()  # the calendars of listings gone or remade let go
    kept.update(now)
