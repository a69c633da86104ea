"""Field types shared by the listing schema and the site settings.

Each type checks one kind of value and, when it refuses one, says what to write
instead: these messages reach contributors who may never have seen YAML before.
"""

from __future__ import annotations

import re
from datetime import time
from typing import Annotated, Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, StringConstraints, WithJsonSchema, model_validator
from pydantic_core import PydanticCustomError

SAFE_WEB_SCHEMES = ("https", "http")


def fail(message: str, at: str = "") -> PydanticCustomError:
    """An error whose text reaches the contributor verbatim; `at` names the field a block-level check is about."""
    return PydanticCustomError("peerdir", "{message}", {"message": message, "at": at})


def _is_empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


class Fields(BaseModel):
    """Base of every block: unknown fields are errors, and an empty value counts as left out."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    @model_validator(mode="before")
    @classmethod
    def _drop_empty(cls, data: Any) -> Any:
        if isinstance(data, dict):
            return {key: value for key, value in data.items() if not _is_empty(value)}
        return data


def text(max_length: int) -> Any:
    return Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=max_length)]


Short = text(40)
Title = text(120)
Line = text(200)
Paragraph = text(2000)
Document = text(20000)


def _url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme.lower() not in SAFE_WEB_SCHEMES or not parts.netloc or any(c.isspace() for c in value):
        raise fail(f"'{value}' is not a web address; write the full address, starting with https://")
    return value


Url = Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000), AfterValidator(_url)]

_EMAIL = re.compile(r"^[^@\s<>\"']+@[^@\s<>\"']+\.[^@\s<>\"'.]+$")


def _email(value: str) -> str:
    if value.lower().startswith("mailto:"):
        raise fail(f"write only the address, without 'mailto:': {value[7:]}")
    if not _EMAIL.match(value):
        raise fail(f"'{value}' is not an email address; write it like name@example.org")
    return value


Email = Annotated[str, StringConstraints(strip_whitespace=True, max_length=320), AfterValidator(_email)]

def _country(value: str) -> str:
    if not re.fullmatch(r"[A-Z]{2}", value):
        raise fail(f"'{value}' is not a country code; write two capital letters, such as US, GB or IE")
    return value


CountryCode = Annotated[str, StringConstraints(strip_whitespace=True), AfterValidator(_country)]

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def _slug(value: str) -> str:
    if not _SLUG.match(value):
        raise fail(f"'{value}' is not a valid id; use lowercase letters, digits and hyphens, like 'north-valley'")
    return value


Slug = Annotated[str, StringConstraints(strip_whitespace=True, max_length=80), AfterValidator(_slug)]


def _choice_key(value: Any) -> Any:
    """Let contributors write 'In person', 'in_person' or 'in-person' alike."""
    if isinstance(value, str):
        return re.sub(r"[\s_]+", "-", value.strip().lower())
    return value


Choice = BeforeValidator(_choice_key)

_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


def _time(value: Any) -> Any:
    if isinstance(value, time):
        return value
    match = _TIME.match(str(value).strip()) if isinstance(value, (str, int)) else None
    if not match:
        raise fail(f"'{value}' is not a time; write it in 24-hour form in quotes, like \"19:00\" or \"09:30\"")
    return time(int(match.group(1)), int(match.group(2)))


ClockTime = Annotated[time, BeforeValidator(_time), WithJsonSchema({"type": "string", "pattern": _TIME.pattern})]


def _timezone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise fail(f"'{value}' is not a time zone; write a name such as America/New_York or Europe/London") from None
    return value


TimeZone = Annotated[str, StringConstraints(strip_whitespace=True), AfterValidator(_timezone)]

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _weekday(value: Any) -> Any:
    if isinstance(value, str):
        key = value.strip().lower()
        for day in WEEKDAYS:
            if key == day or (len(key) >= 3 and day.startswith(key)):
                return day
        raise fail(f"'{value}' is not a day of the week; write one of: {', '.join(WEEKDAYS)}")
    return value


Weekday = Annotated[str, BeforeValidator(_weekday), WithJsonSchema({"enum": list(WEEKDAYS)})]

# YAML 1.1 (which peerdir reads) takes yes/no as booleans; editors read YAML 1.2, where they are words.
YesNo = Annotated[bool, WithJsonSchema({"anyOf": [{"type": "boolean"}, {"enum": ["yes", "no", "Yes", "No", "YES", "NO"]}]})]
