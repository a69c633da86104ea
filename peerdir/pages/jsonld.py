"""schema.org JSON-LD for listing pages, written into each page as it is rendered."""

from __future__ import annotations

from typing import Any

from peerdir.model.site import Listing, Site, urls
from peerdir.model.jsonvalues import drop_empty, json_text
from peerdir.sources.fieldtypes import WEEKDAYS
from peerdir.sources.strings import choice_key


def json_ld(site: Site, item: Listing) -> dict[str, Any]:
    """schema.org data for a listing page. Peer support is not clinical: never MedicalOrganization."""
    data = item.data
    page = urls.absolute(site.config.base_url, item.url)
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
    if item.type.schema_org == "Event":
        schedules = []
        for meeting, text in zip(data.meetings, item.meetings):
            schedule: dict[str, Any] = {
                "@type": "Schedule",
                "byDay": f"https://schema.org/{meeting.weekday.capitalize()}",
                "startTime": meeting.start.isoformat(timespec="minutes"),
                "endTime": meeting.ends.isoformat(timespec="minutes") if meeting.ends else None,
                "scheduleTimezone": meeting.timezone or site.config.timezone,
                "repeatFrequency": "P1M" if meeting.weeks else "P2W" if meeting.every_other_week else "P1W",
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
                **({"geo": {"@type": "GeoCoordinates", "latitude": data.location.latitude, "longitude": data.location.longitude}}
                   if data.location.latitude is not None else {}),
            })  # fmt: skip
        if online:
            place.append({"@type": "VirtualLocation", "url": data.website or page})
        event = {
            **base,
            "@type": "Event",
            "eventSchedule": schedules,
            "eventAttendanceMode": "https://schema.org/"
            + {"in-person": "OfflineEventAttendanceMode", "online": "OnlineEventAttendanceMode", "hybrid": "MixedEventAttendanceMode",
               "phone": "OnlineEventAttendanceMode"}[data.format],  # schema.org has no call: a call is not in person
            "eventStatus": "https://schema.org/" + ("EventCancelled" if data.status == "closed" else "EventScheduled"),
            "location": place[0] if len(place) == 1 else place,
        }
        # Search engines ask an event for its start (Google's Rich Results Test calls an Event without one an
        # error): when its regular meetings begin, as its calendar's DTSTART and HSDS's dtstart say (the first on or
        # after the day its details were last checked). From the listing alone, not the day of the build: the next
        # meeting would change about one group page in seven every day, and a device that keeps the directory would
        # fetch them all again. A group that lists no regular meetings has no start to give.
        if data.meetings:
            event["startDate"] = min(m.first_start(data.last_verified, site.config.timezone) for m in data.meetings).isoformat(timespec="minutes")
        if organization:
            event["organizer"] = organization
        return drop_empty(event)
    service = {**base, "@type": "Service", "areaServed": area, "serviceType": site.strings[f"type_one_{item.type.id}"]}
    if organization:
        service["provider"] = organization
    if item.type.schema_org == "Organization":
        contact = {"@type": "ContactPoint", "contactType": site.strings[choice_key(item.type.kind_field, getattr(data, item.type.kind_field))],
                   "availableLanguage": [site.language_names[c] for c in item.languages], "areaServed": area}  # fmt: skip
        if phones:
            contact["telephone"] = phones[0].number
        if getattr(data, "hours", None) and data.hours.timed:
            contact["hoursAvailable"] = _hours(data.hours)
        service["@type"] = "Organization"
        service["contactPoint"] = contact
    return drop_empty(service)


def _hours(hours: Any) -> list[dict[str, Any]]:
    if hours.always:
        days = [d.capitalize() for d in WEEKDAYS]
        return [{"@type": "OpeningHoursSpecification", "dayOfWeek": days, "opens": "00:00", "closes": "23:59"}]
    return [
        {"@type": "OpeningHoursSpecification", "dayOfWeek": [d.capitalize() for d in period.days],
         "opens": period.opens.isoformat(timespec="minutes"),
         # A whole day closes at 23:59, as schema.org's readers (Google's among them) write a day open 24 hours.
         "closes": "23:59" if period.all_day else period.closes.isoformat(timespec="minutes")}
        for period in hours.periods
    ]  # fmt: skip


def json_ld_script(site: Site, item: Listing) -> str:
    """The JSON-LD as it goes inside <script type="application/ld+json">: '<' escaped so text cannot end the tag."""
    return json_text(json_ld(site, item)).replace("<", "\\u003c")
