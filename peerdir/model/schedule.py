"""A listing's opening hours or meetings as data for the device to read against its own clock.

The page says the hours and schedule in words (timetext.py), which is all it needs without JavaScript. With it,
theme/static/when.js reads this data and says "Open now, until 9 pm", "Opens tomorrow at 5 pm" or "Next meeting:
Thursday at 7 pm", worked out on the device in the listing's time zone (so right across daylight-saving
changes), with the times already written here as the page writes them.
"""

from __future__ import annotations

from datetime import time

from peerdir.model.jsonvalues import json_text
from peerdir.model.timetext import clock_time, in_zone
from peerdir.sources.blocks import Hours, Meeting
from peerdir.sources.fieldtypes import WEEKDAYS


def schedule_json(hours: Hours | None, meetings: list[Meeting], clock: str, site_zone: str, strings: dict[str, str]) -> str:
    """Compact JSON: {"kind": "hours" | "meetings", "always": true} for 24/7, or "periods", each with its zone
    ("z"), weekday ("d", 0 for Monday), start and end as "HH:MM" ("s", "e": an end at or before the start is the
    next day; none when unknown) and as the page writes them ("st", "et"), and for meetings their weeks and
    changes (see changes()). Empty when the listing has neither."""

    def both(value: time | None, zone: str | None) -> list[str]:
        """A time as "HH:MM" and as the page writes it; nothing when unknown."""
        if value is None:
            return []
        return [value.strftime("%H:%M"), in_zone(clock_time(value, clock, strings), zone, site_zone, strings)]

    def period(zone: str | None, day: str, start: time, end: time | None) -> dict:
        times = dict(zip(("s", "st", "e", "et"), both(start, zone) + both(end, zone)))
        return {"z": zone or site_zone, "d": WEEKDAYS.index(day), **times}

    def changes(meeting: Meeting) -> dict:
        """Its weeks of the month ("w"), or a date it meets every other week from ("f"), the dates it does not
        happen ("x": cancelled, or moved away) and the dates it was moved to ("m": [date, start, start as written,
        and when known end, end as written]), in the meeting's zone."""
        out: dict = {"w": list(meeting.weeks)} if meeting.weeks else {}
        if meeting.every_other_week:
            out["f"] = meeting.every_other_week.isoformat()
        if meeting.exceptions:
            out["x"] = sorted(change.date.isoformat() for change in meeting.exceptions)
        moved = sorted((c.moved_to, c.start or meeting.start) for c in meeting.exceptions if c.moved_to is not None)
        if moved:
            out["m"] = [[on.isoformat(), *both(start, meeting.timezone), *both(meeting.ends_from(start), meeting.timezone)] for on, start in moved]
        return out

    if hours is not None and hours.timed:  # not 'By appointment', which no clock can say is open or closed
        if hours.always:
            value: dict = {"kind": "hours", "always": True}
        else:
            periods = [period(hours.timezone, day, p.opens, p.closes) for p in hours.periods for day in p.days]
            value = {"kind": "hours", "periods": periods}
    elif meetings:
        value = {"kind": "meetings", "periods": [{**period(m.timezone, m.weekday, m.start, m.ends), **changes(m)} for m in meetings]}
    else:
        return ""
    return json_text(value)

