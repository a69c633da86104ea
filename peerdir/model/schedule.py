"""A listing's opening hours or meetings as data for the device to read against its own clock.

The page says the hours and schedule in words (timetext.py), which is all it needs without JavaScript. With it,
theme/static/when.js reads this data and says "Open now, until 9 pm", "Opens tomorrow at 5 pm" or "Next meeting:
Thursday at 7 pm", worked out on the device in the listing's time zone (so right across daylight-saving
changes), with the times already written here as the page writes them.
"""

from __future__ import annotations

import json
from datetime import time

from peerdir.model.timetext import clock_time, in_zone
from peerdir.sources.blocks import Hours, Meeting
from peerdir.sources.fieldtypes import WEEKDAYS


def schedule_json(hours: Hours | None, meetings: list[Meeting], clock: str, site_zone: str, strings: dict[str, str]) -> str:
    """Compact JSON: {"kind": "hours" | "meetings", "always": true} for 24/7, or "periods", each with its zone
    ("z"), weekday ("d", 0 for Monday), weeks of the month ("w", meetings only), start and end as "HH:MM" ("s",
    "e": an end at or before the start is the next day; none when unknown) and as the page writes them ("st", "et").
    Empty when the listing has neither."""

    def period(zone: str | None, day: str, start: time, end: time | None) -> dict:
        said = {"st": in_zone(clock_time(start, clock, strings), zone, site_zone, strings)}
        if end is not None:
            said["et"] = in_zone(clock_time(end, clock, strings), zone, site_zone, strings)
        return {"z": zone or site_zone, "d": WEEKDAYS.index(day), "s": start.strftime("%H:%M"),
                **({"e": end.strftime("%H:%M")} if end is not None else {}), **said}  # fmt: skip

    if hours is not None:
        if hours.open_24_7:
            value: dict = {"kind": "hours", "always": True}
        else:
            periods = [period(hours.timezone, day, p.opens, p.closes) for p in hours.weekly for day in p.days]
            value = {"kind": "hours", "periods": periods}
    elif meetings:
        value = {"kind": "meetings", "periods": [
            {**period(m.timezone, m.weekday, m.start, m.ends), **({"w": list(m.weeks)} if m.weeks else {})} for m in meetings
        ]}  # fmt: skip
    else:
        return ""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
