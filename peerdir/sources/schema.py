"""The listing schema, declared once.

Validation, the field reference (docs/listing-fields.md) and the scaffold that
`peerdir new` writes all come from these classes: each field has a description
written for a contributor, and examples where a format needs showing. Names
follow Open Referral HSDS 3.0 where it has a counterpart (address_1, city,
state_province, postal_code, country, ...).

Site vocabularies (regions, topics, audiences, languages), the phone region and
the latest date on Earth come in through the validation context (validation.Vocabularies), so a typo in a topic is
an error rather than a new category.
"""

from __future__ import annotations

import typing
from dataclasses import dataclass
from datetime import date, time
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BeforeValidator, Field, ValidationInfo, model_validator

from peerdir.sources import phones
from peerdir.sources.fieldtypes import (
    Choice,
    ClockTime,
    CountryCode,
    Document,
    Email,
    Fields,
    Line,
    Paragraph,
    TimeZone,
    Title,
    Url,
    Weekday,
    YesNo,
    fail,
)


def _vocabulary(kind: str) -> Any:
    def check(value: str, info: ValidationInfo) -> str:
        return info.context.resolve(kind, value) if info.context else value

    return Annotated[str, AfterValidator(check)]


# A listing field whose items are ids of one of the site's vocabularies (config.VOCABULARIES), for the scaffold's
# and the editor schemas' lists of choices.
VOCABULARY_FIELDS = {"languages": "languages", "service_area": "regions", "topics": "topics", "audiences": "audiences"}

Region = _vocabulary("region")
Area = _vocabulary("area")  # a region, or 'national' or 'online'
Topic = _vocabulary("topic")
Audience = _vocabulary("audience")
Language = _vocabulary("language")


def _phone_number(value: str, info: ValidationInfo) -> str:
    problem = phones.problem(value, info.context.phone_region if info.context else "US")
    if problem:
        raise fail(problem)
    return value


PhoneNumber = Annotated[str, AfterValidator(_phone_number)]


class Phone(Fields):
    number: PhoneNumber = Field(
        description="The number, written as people dial it locally or with + and the country code.",
        examples=["(503) 555-0142", "+44 1632 960123"],
    )
    kind: Annotated[Literal["voice", "text", "whatsapp"], Choice] = Field(
        "voice", description="How to use it: voice (call), text (SMS) or whatsapp."
    )
    label: Line | None = Field(None, description="What the number is for, if there are several.", examples=["Office"])
    hours: Line | None = Field(
        None, description="When it is answered, in words, if different from the listing's hours.", examples=["Evenings"]
    )

    @model_validator(mode="after")
    def _whatsapp_needs_a_full_number(self, info: ValidationInfo) -> Phone:
        dialled = phones.dial(self.number, info.context.phone_region if info.context else "US")
        if self.kind == "whatsapp" and dialled is not None and dialled.short:
            raise fail(f"WhatsApp needs a full number with its country code, not the short code {self.number}", at="number")
        return self


class Address(Fields):
    """As much of the address as the service publishes: many groups and respite houses give only the town."""

    address_1: Line | None = Field(
        None, description="Street address: number and street. Leave it out if the service publishes only the town.",
        examples=["12 Example Street"],
    )
    address_2: Line | None = Field(None, description="Second address line: building, floor or room.")
    city: Line | None = Field(None, description="Town or city.", examples=["Springfield"])
    state_province: Line | None = Field(None, description="State, province or county.", examples=["OR"])
    postal_code: Line | None = Field(None, description="ZIP or postcode.", examples=["97000"])
    country: CountryCode | None = Field(
        None, description="Two-letter country code (ISO 3166), such as US or GB.", examples=["US"]
    )

    @model_validator(mode="after")
    def _locates(self) -> Address:
        if not self.city and not self.postal_code:
            raise fail("an address needs at least the town (city:) or the postal code (postal_code:)", at="city")
        return self


class Location(Fields):
    venue: Line | None = Field(None, description="The name of the place.", examples=["Riverside Community Hall"])
    address: Address | None = Field(None, description="The street address. Leave it out to keep a safe house private.")
    region: Region = Field(description="The site region the place is in (one of the regions in site.yaml).")
    directions: Paragraph | None = Field(
        None, description="How to find the room, step-free access, parking or transit.", examples=["Side door, ground floor."]
    )
    latitude: Annotated[float, Field(ge=-90, le=90)] | None = Field(None, description="Latitude, for maps.")
    longitude: Annotated[float, Field(ge=-180, le=180)] | None = Field(None, description="Longitude, for maps.")


Week = Literal[1, 2, 3, 4, 5, "last"]
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5}


def _week(value: Any) -> Any:
    return _ORDINALS.get(value.strip().lower(), value.strip().lower()) if isinstance(value, str) else value


class Meeting(Fields):
    weekday: Weekday = Field(description="The day it meets: monday to sunday.", examples=["tuesday"])
    weeks: list[Annotated[Week, BeforeValidator(_week)]] = Field(
        [],
        description="Which weeks of the month it meets (1 to 5, or last). Leave empty for every week.",
        examples=[[2, 4], ["last"]],
    )
    start: ClockTime = Field(description="Start time, 24-hour, in quotes.", examples=["19:00"])
    end: ClockTime | None = Field(
        None, description="End time, 24-hour, in quotes. Leave it out if only the start is known.", examples=["20:30"]
    )
    duration: Annotated[int, Field(ge=5, le=720)] | None = Field(
        None, description="How long it lasts, in minutes, instead of an end time.", examples=[90]
    )
    timezone: TimeZone | None = Field(
        None, description="Time zone, if not the site's own (see site.yaml).", examples=["America/Chicago"]
    )
    note: Line | None = Field(None, description="Anything else about this meeting.", examples=["Except in August"])

    @model_validator(mode="after")
    def _ends_after_start(self) -> Meeting:
        if self.end is not None and self.duration is not None:
            raise fail("give an end time or a duration, not both", at="duration")
        if self.end is not None and self.end <= self.start:
            raise fail("the end time must be after the start time", at="end")
        if self.duration is not None and self.start.hour * 60 + self.start.minute + self.duration > 24 * 60:
            raise fail("a meeting ends on the day it starts; shorten the duration", at="duration")
        return self

    @property
    def ends(self) -> time | None:
        """The end time, given or worked out from the duration; None when only the start is known."""
        if self.end is not None or self.duration is None:
            return self.end
        minutes = self.start.hour * 60 + self.start.minute + self.duration
        return time(minutes // 60, minutes % 60) if minutes < 24 * 60 else None


class OpeningPeriod(Fields):
    days: list[Weekday] = Field(description="The days these hours apply to.", examples=[["monday", "friday"]], min_length=1)
    opens: ClockTime = Field(description="Opening time, 24-hour, in quotes.", examples=["18:00"])
    closes: ClockTime = Field(
        description="Closing time, 24-hour, in quotes; \"00:00\" for midnight, or earlier than opens for overnight.",
        examples=["23:00"],
    )


class Hours(Fields):
    open_24_7: YesNo = Field(False, description="yes if it is open all day, every day.")
    weekly: list[OpeningPeriod] = Field([], description="Opening hours through the week, if not 24/7.")
    timezone: TimeZone | None = Field(None, description="Time zone of these hours, if not the site's own.")

    @model_validator(mode="after")
    def _some_hours(self) -> Hours:
        if not self.open_24_7 and not self.weekly:
            raise fail("give the hours: 'open_24_7: yes', or 'weekly:' with days, opens and closes")
        if self.open_24_7 and self.weekly:
            raise fail("a service open 24/7 needs no weekly hours; remove one of them", at="weekly")
        return self


class Listing(Fields):
    """Fields every listing has."""

    name: Title = Field(description="The name people know it by.", examples=["Riverside Hearing Voices Group"])
    summary: Line = Field(
        description="One plain sentence saying what it offers; shown in lists.",
        examples=["A friendly weekly group for adults who hear voices."],
    )
    description: Document | None = Field(
        None,
        description="More about it, in Markdown (paragraphs, lists, bold, italics and links; no HTML).",
    )
    organization: Line | None = Field(None, description="The organization that runs it.")
    website: Url | None = Field(None, description="Its web page, starting with https://.", examples=["https://example.org/"])
    email: Email | None = Field(None, description="An email address to contact it.", examples=["hello@example.org"])
    phones: list[Phone] = Field([], description="Phone numbers, one entry each.")
    languages: list[Language] = Field(
        [],
        description="Languages it is offered in, as codes from site.yaml (such as en, es). Empty means the site's main language.",
        examples=[["en", "es"]],
    )
    service_area: list[Area] = Field(
        [],
        description="Regions it serves (ids from site.yaml), or national, or online. "
        "May be left out when it has a location: its region is then used.",
        examples=[["north-valley"], ["online"]],
    )
    cost: Annotated[Literal["free", "donation", "paid"], Choice] = Field(
        description="free, donation (pay what you can) or paid."
    )
    cost_note: Line | None = Field(None, description="Details of the cost.", examples=["$5 a session; nobody turned away"])
    audiences: list[Audience] = Field(
        [], description="Who it is for, as ids from site.yaml. Empty means anyone.", examples=[["young-people"]]
    )
    topics: list[Topic] = Field([], description="What it is about, as ids from site.yaml.", examples=[["anxiety", "grief"]])
    peer_led: YesNo = Field(description="yes if it is run by people with lived experience; no if not.")
    accessibility: Paragraph | None = Field(
        None,
        description="Access notes: step-free entry, hearing loop, captions, BSL/ASL, quiet space.",
        examples=["Step-free entrance; hearing loop in the main room."],
    )
    how_to_join: Annotated[Literal["drop-in", "sign-up", "referral"], Choice] | None = Field(
        None, description="drop-in (just come), sign-up (contact first) or referral (needs a referral)."
    )
    status: Annotated[Literal["active", "temporarily-closed", "closed"], Choice] = Field(
        "active", description="active, temporarily-closed or closed."
    )
    last_verified: date = Field(
        description="The date someone last confirmed these details with the service, as YYYY-MM-DD.",
        examples=["2026-03-14"],
    )

    @model_validator(mode="after")
    def _verified_not_in_future(self, info: ValidationInfo) -> Listing:
        if info.context and self.last_verified > info.context.latest_date:
            raise fail(f"{self.last_verified} is in the future; write the date you checked", at="last_verified")
        return self

    @model_validator(mode="after")
    def _somewhere(self) -> Listing:
        if not self.service_area and getattr(self, "location", None) is None:
            raise fail("say where it is available: region ids, or national, or online", at="service_area")
        return self


class Group(Listing):
    """A peer support group that meets in person, online or both."""

    format: Annotated[Literal["in-person", "online", "hybrid"], Choice] = Field(
        description="in-person, online or hybrid (both)."
    )
    location: Location | None = Field(None, description="Where it meets; needed for in-person and hybrid groups.")
    meetings: list[Meeting] = Field([], description="When it meets, one entry per regular meeting.")
    group_size: Line | None = Field(None, description="How many people usually come.", examples=["6 to 12 people"])
    facilitation: Paragraph | None = Field(
        None, description="Who leads it and how.", examples=["Two trained peer facilitators with lived experience."]
    )

    @model_validator(mode="after")
    def _located(self) -> Group:
        if self.format != "online" and self.location is None:
            raise fail(f"a group that meets {self.format} needs a location: venue, address and region", at="location")
        return self


class Helpline(Listing):
    """A helpline, warmline, text line or chat service."""

    kind: Annotated[Literal["warmline", "crisis-line", "text-line", "chat"], Choice] = Field(
        description="warmline (someone to talk to), crisis-line, text-line or chat."
    )
    hours: Hours | None = Field(None, description="When it is open.")
    answered_by: list[Annotated[Literal["peers", "trained-volunteers", "staff"], Choice]] = Field(
        [], description="Who answers: peers, trained-volunteers, staff.", examples=[["peers"]]
    )

    @model_validator(mode="after")
    def _reachable(self) -> Helpline:
        if not self.phones and not self.website:
            raise fail("a helpline needs at least one phone number or a website for its chat", at="phones")
        return self


class Forum(Listing):
    """An online community: a forum, group chat or moderated board."""

    url: Url = Field(description="The address of the forum itself.", examples=["https://forum.example.org/"])
    platform: Line | None = Field(None, description="What it runs on.", examples=["Discourse"])
    moderation: Paragraph | None = Field(
        None, description="How it is moderated, and by whom.", examples=["Peer moderators review every post."]
    )
    anonymous: YesNo | None = Field(None, description="yes if people can take part without their real name.")
    sign_up_required: YesNo | None = Field(None, description="yes if people must create an account to read or post.")
    minimum_age: Annotated[int, Field(ge=0, le=120)] | None = Field(None, description="Minimum age to join.", examples=[18])


class Respite(Listing):
    """A peer respite: a short stay in a calm, home-like house run by peers."""

    location: Location = Field(description="Where the house is; the address may be left out for privacy.")
    eligibility: Paragraph | None = Field(
        None, description="Who can stay.", examples=["Adults 18+ living in the county, in emotional distress."]
    )
    maximum_stay: Line | None = Field(None, description="The longest stay.", examples=["7 nights"])
    referral: Annotated[Literal["self-referral", "referral-needed"], Choice] | None = Field(
        None, description="self-referral (people can ask themselves) or referral-needed."
    )
    capacity: Annotated[int, Field(ge=1, le=1000)] | None = Field(None, description="Number of beds or guests.", examples=[4])


@dataclass(frozen=True)
class ListingType:
    """A kind of listing: its id, the folder its files live in, and its schema."""

    id: str
    folder: str
    schema: type[Listing]


TYPES: tuple[ListingType, ...] = (
    ListingType("group", "groups", Group),
    ListingType("helpline", "helplines", Helpline),
    ListingType("forum", "forums", Forum),
    ListingType("respite", "respite", Respite),
)
TYPES_BY_ID = {t.id: t for t in TYPES}


def choices(model: type[Fields], name: str) -> tuple[str, ...]:
    """The values a choice field accepts, read from its declaration, so no other module types them again."""
    pending = [model.model_fields[name].annotation]
    while pending:
        annotation = pending.pop()
        if typing.get_origin(annotation) is Literal:
            return tuple(str(value) for value in typing.get_args(annotation))
        pending.extend(typing.get_args(annotation))
    raise TypeError(f"{model.__name__}.{name} is not a choice field")
TYPES_BY_FOLDER = {t.folder: t for t in TYPES}


class GuideFront(Fields):
    """The front matter of a guide in content/."""

    title: Title = Field(description="The guide's title.", examples=["What is peer support?"])
    summary: Line = Field(description="One sentence shown in lists of guides.")
    order: int = Field(100, description="Position among guides; lower comes first.")
    topics: list[Topic] = Field([], description="Topics (ids from site.yaml) whose listings are shown beside the guide.")
