"""What other systems read: the listings as JSON and CSV, calendars for groups, schema.org data for
search engines, a sitemap, robots.txt and an Atom feed of listings added or re-verified recently.

Everything is derived from the site model and written by every build; absolute
addresses come from base_url, so the sitemap and the feed are written only when
the site knows where it is published.
"""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import icalendar

from peerdir import urls
from peerdir.fieldtypes import WEEKDAYS
from peerdir.model import Listing, Site

API_VERSION = 1
FEED_SIZE = 50
RRULE_DAYS = {day: day[:2].upper() for day in WEEKDAYS}


def absolute(site: Site, url: str) -> str | None:
    return site.config.base_url.rstrip("/") + "/" + url if site.config.base_url else None


def drop_empty(value: Any) -> Any:
    """Values ready for JSON: None, "", [] and {} left out at every depth; dates and times as ISO text."""
    if isinstance(value, dict):
        return {k: drop_empty(v) for k, v in value.items() if v not in (None, "", [], {})}
    if isinstance(value, list):
        return [drop_empty(v) for v in value]
    if isinstance(value, time):
        return value.isoformat(timespec="minutes")
    return value.isoformat() if isinstance(value, date) else value


def listing_record(site: Site, item: Listing) -> dict[str, Any]:
    """One listing in the documented, versioned shape of /api/listings.json (README, "Open data")."""
    fields = drop_empty(item.data.model_dump())
    fields["phones"] = [
        {**drop_empty(p.model_dump()), "display": link.display, "href": link.href} for p, link in zip(item.data.phones, item.phones)
    ]
    return drop_empty(
        {"id": item.slug, "type": item.type.id, "url": item.url, "absolute_url": absolute(site, item.url),
         "regions": list(item.areas), **fields}
    )  # fmt: skip


def api_json(site: Site) -> bytes:
    records = [listing_record(site, item) for item in site.listings]
    payload = {"version": API_VERSION, "site": site.config.title, "listings": records}
    return (json.dumps(payload, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _formula_like(value: str) -> bool:
    """Would a spreadsheet take this cell for a formula (or for the escape of one, so escaping can be undone)?"""
    return value.startswith(_FORMULA_START) or (value.startswith("'") and _formula_like(value[1:]))


def spreadsheet_safe(value: str) -> str:
    """A cell a spreadsheet shows as text and never runs (OWASP CSV injection): a leading ' before =, +, -, @,
    tab or carriage return. Reversible exactly by spreadsheet_unsafe, for data read back by programs."""
    return "'" + value if _formula_like(value) else value


def spreadsheet_unsafe(value: str) -> str:
    return value[1:] if value.startswith("'") and _formula_like(value[1:]) else value


CSV_COLUMNS = (
    "id", "type", "name", "summary", "organization", "status", "cost", "cost_note", "peer_led", "how_to_join", "regions",
    "topics", "audiences", "languages", "phones", "email", "website", "address", "meetings", "hours", "last_verified", "url",
)  # fmt: skip


def api_csv(site: Site) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for item in site.listings:
        data = item.data
        location = getattr(data, "location", None)
        address = location.address if location else None
        row = {
            "id": item.slug, "type": item.type.id, "name": data.name, "summary": data.summary,
            "organization": data.organization or "", "status": data.status, "cost": data.cost, "cost_note": data.cost_note or "",
            "peer_led": "yes" if data.peer_led else "no", "how_to_join": data.how_to_join or "",
            "regions": "; ".join(item.area_names), "topics": "; ".join(site.term_names["topics"][t] for t in data.topics),
            "audiences": "; ".join(site.term_names["audiences"][a] for a in data.audiences),
            "languages": "; ".join(site.language_names[code] for code in item.languages),
            "phones": "; ".join(p.display for p in item.phones), "email": data.email or "",
            "website": data.website or getattr(data, "url", None) or "",
            "address": ", ".join(x for x in [location.venue if location else None, address.address_1 if address else None,
                                             address.city if address else None] if x),
            "meetings": "; ".join(item.meetings), "hours": "; ".join(item.hours),
            "last_verified": data.last_verified.isoformat(), "url": absolute(site, item.url) or item.url,
        }  # fmt: skip
        writer.writerow([spreadsheet_safe(row[c]) for c in CSV_COLUMNS])
    return out.getvalue().encode("utf-8-sig")  # the BOM lets spreadsheet programs read UTF-8


def first_meeting_date(meeting: Any, on_or_after: date) -> date:
    """The first day a meeting falls on, on or after a date: a deterministic DTSTART for its RRULE."""
    day = on_or_after
    for _ in range(400):
        if WEEKDAYS[day.weekday()] == meeting.weekday:
            week = (day.day - 1) // 7 + 1
            last = (day + timedelta(days=7)).month != day.month
            if not meeting.weeks or week in meeting.weeks or ("last" in meeting.weeks and last):
                return day
        day += timedelta(days=1)
    return on_or_after


def calendar(site: Site, item: Listing) -> bytes:
    """An iCalendar file with one recurring event per regular meeting of a group."""
    cal = icalendar.Calendar()
    cal.add("prodid", "-//peerdir//peer support directory//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", item.data.name)
    for index, meeting in enumerate(item.data.meetings):
        zone = ZoneInfo(meeting.timezone or site.config.timezone)
        first = first_meeting_date(meeting, item.data.last_verified)
        event = icalendar.Event()
        event.add("uid", f"{item.slug}-{index}@{urls.listing(item.type.folder, item.slug).strip('/')}")
        event.add("summary", item.data.name)
        event.add("dtstamp", datetime.combine(item.data.last_verified, time(0), tzinfo=ZoneInfo("UTC")))
        event.add("dtstart", datetime.combine(first, meeting.start, tzinfo=zone))
        if meeting.ends:  # with only a start, the event has no end (RFC 5545: it ends as it starts)
            event.add("dtend", datetime.combine(first, meeting.ends, tzinfo=zone))
        day = RRULE_DAYS[meeting.weekday]
        if meeting.weeks:
            event.add("rrule", {"freq": "monthly", "byday": [f"{-1 if w == 'last' else w}{day}" for w in meeting.weeks]})
        else:
            event.add("rrule", {"freq": "weekly", "byday": day})
        description = [item.data.summary, item.meetings[index]]
        if meeting.note:
            description.append(meeting.note)
        event.add("description", "\n".join(description))
        location = item.data.location
        if location:
            parts = [location.venue, location.address.address_1 if location.address else None,
                     location.address.city if location.address else None]  # fmt: skip
            event.add("location", ", ".join(p for p in parts if p))
        page = absolute(site, item.url)
        if page:
            event.add("url", page)
        cal.add_component(event)
    cal.add_missing_timezones()
    # icalendar adds the zones in set order, which changes with Python's hash seed: sort them for stable output.
    zones = sorted(cal.walk("VTIMEZONE"), key=lambda zone: str(zone["TZID"]))
    cal.subcomponents = zones + [c for c in cal.subcomponents if c.name != "VTIMEZONE"]
    return cal.to_ical()


def calendar_path(item: Listing) -> str:
    return item.url + "calendar.ics"


def json_ld(site: Site, item: Listing) -> dict[str, Any]:
    """schema.org data for a listing page. Peer support is not clinical: never MedicalOrganization."""
    data = item.data
    page = absolute(site, item.url)
    area = [site.area_names[a] for a in item.areas]
    organization = {"@type": "Organization", "name": data.organization} if data.organization else None
    phones = [p for p in item.phones if p.kind == "voice"]
    base: dict[str, Any] = {
        "@context": "https://schema.org",
        "name": data.name,
        "description": data.summary,
        "url": page or data.website,
        "inLanguage": list(item.languages),
        "isAccessibleForFree": data.cost == "free",
    }
    if item.type.id == "group":
        schedules = []
        for meeting, text in zip(data.meetings, item.meetings):
            schedule: dict[str, Any] = {
                "@type": "Schedule",
                "byDay": f"https://schema.org/{meeting.weekday.capitalize()}",
                "startTime": meeting.start.isoformat(timespec="minutes"),
                "endTime": meeting.ends.isoformat(timespec="minutes") if meeting.ends else None,
                "scheduleTimezone": meeting.timezone or site.config.timezone,
                "repeatFrequency": "P1M" if meeting.weeks else "P1W",
                "description": text,
            }
            if meeting.weeks:
                schedule["byMonthWeek"] = [-1 if w == "last" else w for w in meeting.weeks]
            schedules.append(schedule)
        online = data.format != "in-person"
        place = []
        if data.location:
            address = data.location.address
            place.append({
                "@type": "Place",
                "name": data.location.venue or site.area_names[data.location.region],
                **({"address": {"@type": "PostalAddress", "streetAddress": address.address_1, "addressLocality": address.city,
                                "postalCode": address.postal_code, "addressCountry": address.country}} if address else {}),
            })  # fmt: skip
        if online:
            place.append({"@type": "VirtualLocation", "url": data.website or page})
        event = {
            **base,
            "@type": "Event",
            "eventSchedule": schedules,
            "eventAttendanceMode": "https://schema.org/"
            + {"in-person": "OfflineEventAttendanceMode", "online": "OnlineEventAttendanceMode", "hybrid": "MixedEventAttendanceMode"}[data.format],
            "eventStatus": "https://schema.org/" + ("EventCancelled" if data.status == "closed" else "EventScheduled"),
            "location": place[0] if len(place) == 1 else place,
        }
        if organization:
            event["organizer"] = organization
        return drop_empty(event)
    service = {**base, "@type": "Service", "areaServed": area, "serviceType": site.strings[f"type_one_{item.type.id}"]}
    if organization:
        service["provider"] = organization
    if item.type.id == "helpline":
        contact = {"@type": "ContactPoint", "contactType": site.strings[f"kind_{data.kind.replace('-', '_')}"],
                   "availableLanguage": [site.language_names[c] for c in item.languages], "areaServed": area}  # fmt: skip
        if phones:
            contact["telephone"] = phones[0].href.removeprefix("tel:")
        if data.hours:
            contact["hoursAvailable"] = _hours(data.hours)
        service["@type"] = "Organization"
        service["contactPoint"] = contact
    return drop_empty(service)


def _hours(hours: Any) -> list[dict[str, Any]]:
    if hours.open_24_7:
        days = [d.capitalize() for d in WEEKDAYS]
        return [{"@type": "OpeningHoursSpecification", "dayOfWeek": days, "opens": "00:00", "closes": "23:59"}]
    return [
        {"@type": "OpeningHoursSpecification", "dayOfWeek": [d.capitalize() for d in period.days],
         "opens": period.opens.isoformat(timespec="minutes"), "closes": period.closes.isoformat(timespec="minutes")}
        for period in hours.weekly
    ]  # fmt: skip


def json_ld_script(site: Site, item: Listing) -> str:
    """The JSON-LD as it goes inside <script type="application/ld+json">: '<' escaped so text cannot end the tag."""
    return json.dumps(json_ld(site, item), ensure_ascii=False, sort_keys=True).replace("<", "\\u003c")


def sitemap(site: Site, page_urls: list[str]) -> bytes | None:
    if not site.config.base_url:
        return None
    root = ET.Element("urlset", xmlns="http://www.sitemaps.org/schemas/sitemap/0.9")
    for url in page_urls:
        entry = ET.SubElement(root, "url")
        ET.SubElement(entry, "loc").text = absolute(site, url)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8") + b"\n"


def robots(site: Site) -> bytes:
    lines = ["User-agent: *", "Disallow: /search/data/"]
    if site.config.base_url:
        lines.append(f"Sitemap: {absolute(site, 'sitemap.xml')}")
    return ("\n".join(lines) + "\n").encode()


def atom_feed(site: Site) -> bytes | None:
    """Listings added or re-verified most recently, newest first."""
    if not site.config.base_url:
        return None
    atom = "http://www.w3.org/2005/Atom"
    recent = sorted((i for i in site.listings if i.listed), key=lambda i: (i.data.last_verified, i.slug), reverse=True)[:FEED_SIZE]
    feed = ET.Element("feed", xmlns=atom)
    ET.SubElement(feed, "title").text = site.config.title
    ET.SubElement(feed, "subtitle").text = site.config.purpose
    ET.SubElement(feed, "id").text = absolute(site, "")
    ET.SubElement(feed, "link", href=absolute(site, "feed.xml"), rel="self")
    ET.SubElement(feed, "link", href=absolute(site, ""))
    newest = recent[0].data.last_verified if recent else site.today
    ET.SubElement(feed, "updated").text = f"{newest.isoformat()}T00:00:00Z"
    author = ET.SubElement(feed, "author")
    ET.SubElement(author, "name").text = site.config.title
    for item in recent:
        entry = ET.SubElement(feed, "entry")
        ET.SubElement(entry, "title").text = item.data.name
        ET.SubElement(entry, "id").text = absolute(site, item.url)
        ET.SubElement(entry, "link", href=absolute(site, item.url))
        ET.SubElement(entry, "updated").text = f"{item.data.last_verified.isoformat()}T00:00:00Z"
        ET.SubElement(entry, "summary").text = item.data.summary
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="utf-8") + b"\n"


def export_files(site: Site, page_urls: list[str]) -> dict[str, bytes]:
    files = {"api/listings.json": api_json(site), "api/listings.csv": api_csv(site), "robots.txt": robots(site)}
    for item in site.listings:
        if item.type.id == "group" and item.data.meetings:
            files[calendar_path(item)] = calendar(site, item)
    for name, content in (("sitemap.xml", sitemap(site, page_urls)), ("feed.xml", atom_feed(site))):
        if content is not None:
            files[name] = content
    return dict(sorted(files.items()))
