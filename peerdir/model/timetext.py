"""Times, schedules and dates in words, as a person reads them:
"Every 2nd and 4th Tuesday of the month, 7–8:30 pm"."""

from __future__ import annotations

from datetime import date, time

from peerdir.sources.blocks import Hours, Meeting
from peerdir.sources.fieldtypes import WEEKDAYS


def join_words(words: list[str], strings: dict[str, str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + f" {strings['list_and']} " + words[-1]


def clock_time(value: time, clock: str, strings: dict[str, str], with_meridiem: bool = True) -> str:
    """'7 pm', '7:30' (without its am or pm), '19:00'; on a 12-hour clock, 12:00 and 00:00 as noon and midnight,
    since '12 am' and '12 pm' are the times people most often misread."""
    if clock == "24h":
        return value.strftime("%H:%M")
    if value in (time(12), time(0)):
        return strings["noon" if value.hour else "midnight"]
    hour = value.hour % 12 or 12
    text = f"{hour}" if value.minute == 0 else f"{hour}:{value.minute:02d}"
    if with_meridiem:
        text += " " + strings["am" if value.hour < 12 else "pm"]
    return text


def time_range(start: time, end: time, clock: str, strings: dict[str, str]) -> str:
    """'7–8:30 pm', '10 pm–2 am'; an overnight range gives both its halves ('8:30 am–4:30 am', not '8:30–4:30 am')."""
    same_half = start < end and (start.hour < 12) == (end.hour < 12)
    first = clock_time(start, clock, strings, with_meridiem=not same_half)
    return strings["time_range"].format(start=first, end=clock_time(end, clock, strings))


def _zone_label(zone: str | None, site_zone: str) -> str | None:
    if not zone or zone == site_zone:
        return None
    return zone.rsplit("/", 1)[-1].replace("_", " ")


def in_zone(text: str, zone: str | None, site_zone: str, strings: dict[str, str]) -> str:
    label = _zone_label(zone, site_zone)
    return strings["time_zone_suffix"].format(time=text, zone=label) if label else text


def meeting_text(meeting: Meeting, clock: str, site_zone: str, strings: dict[str, str]) -> str:
    """"Every 2nd Tuesday of the month, 7–8:30 pm", "Every other Tuesday, 7–9 pm", or "Every Tuesday at 7 pm" when
    only the start is known."""
    ends = meeting.ends
    span = time_range(meeting.start, ends, clock, strings) if ends else clock_time(meeting.start, clock, strings)
    when = in_zone(span, meeting.timezone, site_zone, strings)
    weekday = strings[f"weekday_{meeting.weekday}"]
    every, some_weeks = ("meeting_every", "meeting_weeks") if ends else ("meeting_every_start", "meeting_weeks_start")
    if meeting.every_other_week:
        every = "meeting_fortnightly" if ends else "meeting_fortnightly_start"
    if not meeting.weeks:
        return strings[every].format(weekday=weekday, time=when)
    ordered = sorted(meeting.weeks, key=lambda w: 6 if w == "last" else w)
    weeks = join_words([strings[f"week_{w}"] for w in ordered], strings)
    return strings[some_weeks].format(weeks=weeks, weekday=weekday, time=when)


def meeting_lines(meetings: list[Meeting], texts: tuple[str, ...], clock: str, site_zone: str,
                  strings: dict[str, str]) -> tuple[tuple[str, tuple[int, ...]], ...]:
    """The page's lines for a group's meetings, each with the meetings it says (their indexes): a meeting a line
    (its text, from meeting_text), but three or more in a row that differ only in their day, as a group meeting
    every weekday or every day is written ('Mon-Fri 12pm', 'Daily 8:30am'), one line as hours are, "Mon–Fri:
    12–1 pm", not a line for each day."""
    lines: list[tuple[str, tuple[int, ...]]] = []
    run: list[int] = []

    def alike(one: Meeting, other: Meeting) -> bool:
        return (one.start, one.ends, one.timezone, one.note) == (other.start, other.ends, other.timezone, other.note)

    def close_run() -> None:
        days = [meetings[i].weekday for i in run]
        if len(run) >= 3 and len(set(days)) == len(days):
            first = meetings[run[0]]
            span = time_range(first.start, first.ends, clock, strings) if first.ends else clock_time(first.start, clock, strings)
            text = strings["hours_line"].format(days=_day_span(days, strings), time=in_zone(span, first.timezone, site_zone, strings))
            lines.append((text, tuple(run)))
        else:
            lines.extend((texts[i], (i,)) for i in run)
        run.clear()

    for index, meeting in enumerate(meetings):
        plain = not meeting.weeks and not meeting.every_other_week and not meeting.exceptions  # said by its day alone
        if run and not (plain and alike(meetings[run[-1]], meeting)):
            close_run()
        if plain:
            run.append(index)
        else:
            lines.append((texts[index], (index,)))
    if run:
        close_run()
    return tuple(lines)


def _day_span(days: list[str], strings: dict[str, str]) -> str:
    """Consecutive days as ranges: Mon–Fri, Sun; all seven as "Every day", not Mon–Sun."""
    indexes = sorted({WEEKDAYS.index(d) for d in days})
    if len(indexes) == len(WEEKDAYS):
        return strings["day_range_all"]
    runs: list[list[int]] = []
    for index in indexes:
        if runs and index == runs[-1][-1] + 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    parts = []
    for run in runs:
        first = strings[f"weekday_short_{WEEKDAYS[run[0]]}"]
        if len(run) >= 3:
            parts.append(strings["day_range"].format(first=first, last=strings[f"weekday_short_{WEEKDAYS[run[-1]]}"]))
        else:
            parts.extend(strings[f"weekday_short_{WEEKDAYS[i]}"] for i in run)
    return ", ".join(parts)


def hours_lines(hours: Hours, clock: str, site_zone: str, strings: dict[str, str]) -> list[str]:
    """A line for each set of days: "Mon–Fri: 9 am–5 pm"; two periods on the same days (closed for lunch) in one,
    "Mon–Fri: 9 am–12 pm, 1–5 pm"."""
    if hours.always:
        return [strings["hours_24_7"]]
    spans: dict[tuple[str, ...], list[str]] = {}
    for period in hours.weekly:
        spans.setdefault(tuple(period.days), []).append(
            strings["hours_all_day"] if period.all_day else time_range(period.opens, period.closes, clock, strings))
    return [strings["hours_line"].format(days=_day_span(list(days), strings),
                                         time=in_zone(", ".join(times), hours.timezone, site_zone, strings))
            for days, times in spans.items()]


def change_lines(meeting: Meeting, today: date, clock: str, order: str, site_zone: str, strings: dict[str, str]) -> list[str]:
    """A meeting's changes from today on, in date order: "Cancelled on Thursday, December 24, 2026 (Christmas Eve)",
    "Moved from Thursday, December 31, 2026 to Saturday, January 2, 2027 at 6 pm"."""

    def day(value: date) -> str:
        return strings["day_date"].format(weekday=strings[f"weekday_{WEEKDAYS[value.weekday()]}"], date=date_text(value, order, strings))

    lines = []
    for change in sorted(meeting.exceptions, key=lambda c: c.date):
        if change.date < today and (change.moved_to is None or change.moved_to < today):
            continue
        if change.moved_to is None:
            line = strings["meeting_cancelled"].format(date=day(change.date))
        else:
            at = in_zone(clock_time(change.start or meeting.start, clock, strings), meeting.timezone, site_zone, strings)
            line = strings["meeting_moved"].format(date=day(change.date), new_date=day(change.moved_to), time=at)
        lines.append(f"{line} ({change.note})" if change.note else line)
    return lines


def date_text(value: date, order: str, strings: dict[str, str]) -> str:
    return strings[f"date_{order}"].format(day=value.day, month=strings[f"month_{value.month}"], year=value.year)
