"""Field types shared by the listing schema and the site settings.

Each type checks one kind of value and, when it refuses one, says what to write
instead: these messages reach contributors who may never have seen YAML before.
"""

from __future__ import annotations

import difflib
import html
import re
from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from functools import lru_cache
from typing import Annotated, Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from babel.dates import get_month_names
from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, GetJsonSchemaHandler, StringConstraints, WithJsonSchema, WrapValidator, model_validator
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, PydanticCustomError

from peerdir.model.markup import markdown_problems, without_a_name_before_its_host

SAFE_WEB_SCHEMES = ("https", "http")


def fail(message: str, at: str | tuple = "") -> PydanticCustomError:
    """An error whose text reaches the contributor verbatim; `at` names the field (or path of fields, from the
    block) that a block-level check is about, so the problem points at its line."""
    return PydanticCustomError("peerdir", "{message}", {"message": message, "at": at})


def require_one(block: BaseModel, names: tuple[str, ...], message: str) -> None:
    """A block-level check that at least one of the fields `names` is given; the problem points at the first."""
    if not any(getattr(block, name) for name in names):
        raise fail(message, at=names[0])


# What spreadsheets and feeds write in a field that has nothing: the same as leaving it out. (Not 'NA', which is
# also Namibia's code and Nauru's language; not 'None', which an accessibility note may mean.)
_SAYS_NOTHING = {"n/a", "n.a.", "n.a", "not applicable", "-", "\u2013", "\u2014", "tbc", "tba", "tbd"}


# The same, for the editor schemas (letter classes: JSON Schema's regular expressions have no flags).
_EMPTY = [{"type": "null"}, {"enum": ["", [], {}]}, {"type": "string", "pattern": "^\\s*(?:" + "|".join(
    "".join(f"[{c}{c.upper()}]" if c.isalpha() else "\\." if c == "." else c for c in words) for words in sorted(_SAYS_NOTHING)) + ")\\s*$"}]


def _is_empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {} or (
        isinstance(value, str) and len(value) < 20 and value.strip().casefold() in _SAYS_NOTHING)


class Fields(BaseModel):
    """Base of every block: unknown fields are errors, and an empty value counts as left out (as does 'N/A' or
    'TBC', _SAYS_NOTHING); except an empty list for a field whose default is a list of something (site.yaml's
    `exports: []`), where it means none."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    @model_validator(mode="before")
    @classmethod
    def _drop_empty(cls, data: Any) -> Any:
        if isinstance(data, dict):
            return {key: value for key, value in data.items() if not _is_empty(value) or _none_chosen(cls, key, value)}
        return data

    @classmethod
    def __get_pydantic_json_schema__(cls, core_schema: CoreSchema, handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        """For the editor schemas: a field that may be left out may be left empty too, as _drop_empty reads it (the
        scaffold writes `organization:` with nothing after it; a sheet, 'N/A'); an editor had marked `organization: ''`
        and `meetings:` with nothing under it, which check takes as left out."""
        schema = handler(core_schema)
        own = handler.resolve_ref_schema(schema)
        if handler.mode != "validation":
            return schema
        for name, declared in own.get("properties", {}).items():
            if name not in own.get("required", []):
                said = {key: declared.pop(key) for key in ("title", "description", "default", "examples") if key in declared}
                forms = declared["anyOf"] if list(declared) == ["anyOf"] else [declared]
                own["properties"][name] = {**said, "anyOf": [*forms, *(empty for empty in _EMPTY if empty not in forms)]}
        return schema

    @model_validator(mode="after")
    def _share_fields_set(self) -> Any:
        """Blocks with the same fields given share one frozen set of their names: pydantic keeps a set per block
        (a fifth of the model's memory at 100,000 listings, copied again by the worker that reads the model)."""
        names = frozenset(self.__pydantic_fields_set__)
        object.__setattr__(self, "__pydantic_fields_set__", _FIELDS_SETS.setdefault(names, names))
        return self

    def __copy__(self) -> Any:
        """model_copy(update=...) adds the updated names to the copy's set, so the copy gets a set of its own."""
        copied = super().__copy__()
        object.__setattr__(copied, "__pydantic_fields_set__", set(self.__pydantic_fields_set__))
        return copied


_FIELDS_SETS: dict[frozenset[str], frozenset[str]] = {}  # each set of given field names, once (Fields)


def _none_chosen(model: type[BaseModel], key: str, value: Any) -> bool:
    field = model.model_fields.get(key)
    return value == [] and field is not None and isinstance(field.default, list) and bool(field.default)


# Characters no text may carry: C0 controls (tab and newline allowed only in fields of several lines), DEL, C1
# controls, and the bidi overrides and isolates, which make text read differently from what is stored.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_LINE_BREAK = re.compile("\n")
# Characters that show nothing and mean nothing in a directory's text, which text pasted from web pages and
# spreadsheets carries: a zero-width space, a byte-order mark, a soft hyphen, a word joiner. Left in, they go
# unseen into the exports and calendars, and a name behind a byte-order mark sorts after every other: taken out.
_UNSEEN = re.compile("[\u200b\ufeff\u00ad\u2060]")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# A tag (<b>, </a>, <br/>), or the tail of one cut off by an export ('class="results">Back to Search').
_MARKUP = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|[A-Za-z-]+=[\"'][^\"']*[\"']\s*/?>")


def holds_markup(text: str) -> bool:
    """Whether text holds HTML markup, which a field of plain text refuses (and the import converts first)."""
    return bool(_MARKUP.search(text))


_SPACES = re.compile(r"  +")


def _clean_text(value: str, *, lines: bool, plain: bool) -> str:
    if _UNSEEN.search(value) and not (value := _UNSEEN.sub("", value).strip()):
        raise fail("must not be empty")  # nothing but characters that show nothing
    if not lines and "\t" in value:  # a tab inside one line, as a spreadsheet's cell pasted: a space
        value = value.replace("\t", " ")
    if plain and "&" in value:  # "Harbor &#038; Hills", "Katie&#8217;s", as exports of web pages carry them: read as
        value = _ENTITY.sub(lambda entity: html.unescape(entity.group()), value)  # the text they stand for, then checked
    found = _CONTROL.search(value) or (None if lines else _LINE_BREAK.search(value))
    if found:
        char = found.group()
        if char == "\n":
            raise fail("must be one line; join the lines with a space (longer text belongs in description)")
        if "\u202a" <= char <= "\u2069":
            raise fail(f"holds an invisible direction control (U+{ord(char):04X}) that can disguise text; delete it")
        raise fail(f"holds an invisible control character (U+{ord(char):04X}) at position {found.start() + 1}; delete it")
    if plain:
        tag = _MARKUP.search(value)
        if tag:
            text = re.sub(r"\s+([.,;:!?])", r"\1", " ".join(html.unescape(_MARKUP.sub(" ", value)).split()))
            suggestion = f"; write only the text, like '{text}'" if text else "; write plain text"
            raise fail(f"holds HTML markup ({tag.group()}) that would show as typed{suggestion}")
    # Spaces doubled inside one line, as spreadsheets and pasted text leave them ('Grief  Circle'): one, as a page
    # shows it anyway, so that the exports, calendars and the names search compares say the same.
    return value if lines else _SPACES.sub(" ", value)


def whole_number(value: Any) -> bool:
    """Whether YAML read a value as a whole number (yes and no are read as booleans, which Python counts as ints)."""
    return isinstance(value, int) and not isinstance(value, bool)


def digits_as_written(value: Any) -> Any:
    """A whole number written without quotes (`postal_code: 97201`, `number: 988`) as the text it was: the YAML
    reader takes only digits without a leading zero as a whole number (02134 stays text), so none was lost. A
    decimal is not read so (1.10 reads as 1.1)."""
    return str(value) if whole_number(value) else value


def text(max_length: int, *, lines: bool = False, plain: bool = True) -> Any:
    """Text of at most max_length characters; one line unless `lines`; no HTML unless not `plain` (Markdown)."""
    return Annotated[
        str,
        BeforeValidator(digits_as_written),
        StringConstraints(strip_whitespace=True, min_length=1, max_length=max_length),
        AfterValidator(lambda value: _clean_text(value, lines=lines, plain=plain)),
    ]


def _markdown(value: str) -> str:
    """Markdown whose raw HTML, images or unsafe links would be dropped silently is refused, with the first one."""
    found = markdown_problems(value)
    if found:
        line, message = found[0]
        raise fail(f"line {line} of this text: {message}" + (f" ({len(found) - 1} more like it)" if len(found) > 1 else ""))
    return value


Short = text(40)
Title = text(120)
Line = text(200)
Paragraph = text(2000, lines=True)
Document = Annotated[text(20000, lines=True, plain=False), AfterValidator(_markdown)]  # Markdown


# www.example.org/parents, example.org: a web address without its start, as directories publish most of them; a
# browser given one opens it over https first, as the site then links to it.
_HOST_FIRST = re.compile(r"^(?:[\w-]+\.)+[^\W\d_]{2,}(:\d+)?([/?#]\S*)?$")


# What is written around a web address and says nothing more than that it is one: '<...>', 'Website:', 'URL:'.
_AROUND_URL = re.compile(r"^(?:<(?P<bracketed>[^\s<>]+)>|(?:website|web|url|site|link|facebook|instagram|meetup|eventbrite)"
                         r"\s*:\s*(?P<said>\S+))$", re.IGNORECASE)  # 'Website: ...', 'Facebook: facebook.com/...'


_URLS_IN = re.compile(r"(?:https?://|www\.)[^\s,;<>]+", re.IGNORECASE)


# Parameters that only tell the site linked to where a visitor came from (campaign tags, ad and mail click ids):
# the directory promises no tracking, so its links leave them off.
_TRACKING = re.compile(r"^(?:utm_\w+|fbclid|gclid|gbraid|wbraid|dclid|msclkid|yclid|igshid|mc_cid|mc_eid|_ga|_gl)$", re.IGNORECASE)


def _untracked(url: str) -> str:
    """The address without its tracking parameters ('https://example.org/?utm_source=211' is https://example.org/);
    the others stay as written, in their order."""
    head, mark, rest = url.partition("?")
    if not mark:
        return url
    query, hash_mark, fragment = rest.partition("#")
    kept = [item for item in query.split("&") if item and not _TRACKING.match(item.split("=", 1)[0])]
    return head + (f"?{'&'.join(kept)}" if kept else "") + hash_mark + fragment


def _unpunctuated(url: str) -> str:
    """An address without the punctuation of the sentence it was copied from: a closing full stop, comma, quote or
    bracket that opened nowhere in it ('https://example.org/).', '(https://example.org/)'), as autolinkers read
    one; a bracket that opened in it stays ('.../Peer_support_(UK)')."""
    if url.startswith("(") and url.endswith(")"):
        url = url[1:-1]
    while url and (url[-1] in ".,;:!?'\"" or url[-1] == ")" and url.count("(") < url.count(")")):
        url = url[:-1]
    return url


# A profile named by its handle on a platform that names it, as directories list social pages: 'Instagram:
# @examplegroup', '@examplegroup on Facebook', 'r/example' (a subreddit): the page's address, which the handle gives.
_PROFILE_ADDRESSES = {"facebook": "https://www.facebook.com/{}", "instagram": "https://www.instagram.com/{}/",
                      "tiktok": "https://www.tiktok.com/@{}", "x": "https://x.com/{}", "twitter": "https://x.com/{}",
                      "threads": "https://www.threads.net/@{}", "reddit": "https://www.reddit.com/r/{}/"}
_PLATFORMS = "|".join(_PROFILE_ADDRESSES)
_PROFILE = re.compile(rf"^(?:(?P<platform>{_PLATFORMS})\s*:?\s*@(?P<handle>[\w.]+)|@(?P<named>[\w.]+)\s+on\s+(?P<on>{_PLATFORMS})"
                      r"|(?:reddit\s*:?\s*)?/?r/(?P<subreddit>\w{2,21})/?)$", re.IGNORECASE)


def _profile_address(value: str) -> str | None:
    """The address of a social profile written as its handle and platform (_PROFILE), or None."""
    found = _PROFILE.match(value.strip())
    if not found:
        return None
    if found.group("subreddit"):
        return _PROFILE_ADDRESSES["reddit"].format(found.group("subreddit"))
    platform = (found.group("platform") or found.group("on")).lower()
    return _PROFILE_ADDRESSES[platform].format(found.group("handle") or found.group("named"))


def _url(value: str) -> str:
    if profile := _profile_address(value):
        return profile
    around = _AROUND_URL.match(value)
    value = (around.group("bracketed") or around.group("said")) if around else value
    value = _unpunctuated(value) or value
    parts = urlsplit(value)
    if any(c.isspace() for c in value):
        found = [word for word in (word.strip(",;") for word in value.split()) if _URLS_IN.fullmatch(word) or _HOST_FIRST.match(word)]
        if len(found) > 1:  # 'https://..., https://...': a listing gives one, as it gives one email address
            raise fail(f"'{value}' holds {len(found)} web addresses; a listing gives one: write {found[0]}, and say what "
                       "the other is for in the description")
        if not found:  # 'See website', 'Coming soon'
            raise fail(f"'{value}' is not a web address; write the full address, starting with https://, or leave it out")
        before, _, after = value.partition(found[0])
        if before.strip() or re.match(r"\s*[(\u2013\u2014-]", after):  # 'Visit https://...', 'https://... (main site)'
            raise fail(f"'{value}' holds words as well as the address; write only the address, {found[0]}")
        raise fail(f"'{value}' has a space in it, which a web address never has: give one address, and write %20 for "
                   "a space inside it")
    if _HOST_FIRST.match(value):
        return _untracked(f"https://{value}")
    if re.fullmatch(r"@[\w.]+", value):  # a handle, and no platform to find it on
        raise fail(f"'{value}' is a handle, not a web address; write the page's address, or the platform with it, like "
                   f"'Instagram: {value}'")
    if parts.scheme.lower() not in SAFE_WEB_SCHEMES or not parts.netloc:
        slip = re.match(r"(?i)(https?)[:;]?/{0,3}(?=[^/\s])", value)  # 'https:/example.org', 'https//...', 'http:///...'
        if slip and _HOST_FIRST.match(mended := value[slip.end():]):
            raise fail(f"'{value}' is not a web address; did you mean {slip.group(1).lower()}://{mended}?")
        raise fail(f"'{value}' is not a web address; write the full address, starting with https://")
    if unhidden := without_a_name_before_its_host(value):
        raise fail(f"'{value}' has a name before its site's address (up to the @), which hides where the link goes; "
                   f"write the address without it, {unhidden}")
    return _untracked(value)


Url = Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000), AfterValidator(_url)]

_EMAIL = re.compile(r"^[^@\s<>\"']+@[^@\s<>\"']+\.[^@\s<>\"'.]+$")


EMAILS_IN = re.compile(r"[^@\s<>\"',;:()\[\]]+@[^@\s<>\"',;:()\[\]]+\.[^@\s<>\"',;:()\[\].]+")


def address_in(words: str) -> tuple[str, str] | None:
    """The first email or web address among words ('116 123 or email jo@example.org', '988 or chat at
    example.org/chat') and the field it belongs in (email, website); None if there is none. A host alone counts
    only in lower case, as addresses are written, so 'Dr.Smith' is none."""
    if email := EMAILS_IN.search(words):
        return email.group(), "email"
    for word in (_unpunctuated(word) for word in words.split()):
        if _URLS_IN.fullmatch(word) or _HOST_FIRST.match(word) and word.islower():
            return word, "website"
    return None


# What is written around an address and says nothing more than that it is one: 'mailto:', 'Email:', 'Email us at',
# '<...>', a closing full stop.
_AROUND_EMAIL = re.compile(r"^(?:mailto:|(?:e-?mail|contact|write\s+to)(?:\s+us)?(?:\s+(?:at|on))?(?:\s*:\s*|\s+)|<)?"
                           r"(?P<address>[^\s<>?]+?)(?:\?[^\s<>]*)?(?:>|\.)?$", re.IGNORECASE)  # 'mailto:...?subject=...' too


# An address spelt out against spam robots: 'info [at] example [dot] org', 'info(at)example.org', 'info at example dot org'.
_SPELT_OUT = re.compile(r"\s*[\[(]\s*(at|dot)\s*[\])]\s*|\s+(at|dot)\s+|\s*(@)\s*", re.IGNORECASE)  # 'info @ example.org' too


def _email(value: str) -> str:
    """An email address, as written or with what says only that it is one around it ('mailto:hello@example.org',
    'Email: hello@example.org', '<hello@example.org>'), or spelt out against spam robots as directories copy it
    ('hello [at] example [dot] org'); other words beside it are refused, not dropped."""
    spelt = _SPELT_OUT.sub(lambda sign: "." if (sign.group(1) or sign.group(2) or "").lower() == "dot" else "@", value)
    if spelt != value and _EMAIL.match(spelt.strip()):  # 'info [at] example [dot] org': the button needs it whole
        return spelt.strip()
    around = _AROUND_EMAIL.match(value)  # an address alone matches too
    if around and _EMAIL.match(around.group("address")):
        return around.group("address")
    found = EMAILS_IN.findall(value)
    if len(found) > 1:  # "info@..., help@...": a listing gives one
        raise fail(f"'{value}' holds {len(found)} addresses; a listing gives one: write {found[0]}, and say what "
                   "the other is for in the description")
    if found:  # "info@... (office)"
        raise fail(f"'{value}' holds words as well as the address; write only the address, {found[0]}")
    raise fail(f"'{value}' is not an email address; write it like name@example.org")


Email = Annotated[str, StringConstraints(strip_whitespace=True, max_length=320), AfterValidator(_email)]

# Countries by the names and letters their directories write them with, and their codes (ISO 3166): an address
# copied whole ends in one, and feeds give one where a code belongs.
COUNTRY_NAMES = {"usa": "US", "u.s.a": "US", "us": "US", "u.s": "US", "united states": "US", "united states of america": "US",
                 "uk": "GB", "u.k": "GB", "united kingdom": "GB", "great britain": "GB", "england": "GB", "scotland": "GB",
                 "wales": "GB", "northern ireland": "GB", "ireland": "IE", "republic of ireland": "IE", "canada": "CA",
                 "australia": "AU", "new zealand": "NZ"}  # fmt: skip


# The US states, the District of Columbia and Puerto Rico by their names, and their postal codes: an address copied
# whole from a US directory ends in one ('..., Portland, Oregon 97201').
US_STATES = {
    "Alabama": "AL", "Alaska": "AK", "Arizona": "AZ", "Arkansas": "AR", "California": "CA", "Colorado": "CO",
    "Connecticut": "CT", "Delaware": "DE", "District of Columbia": "DC", "Florida": "FL", "Georgia": "GA", "Hawaii": "HI",
    "Idaho": "ID", "Illinois": "IL", "Indiana": "IN", "Iowa": "IA", "Kansas": "KS", "Kentucky": "KY", "Louisiana": "LA",
    "Maine": "ME", "Maryland": "MD", "Massachusetts": "MA", "Michigan": "MI", "Minnesota": "MN", "Mississippi": "MS",
    "Missouri": "MO", "Montana": "MT", "Nebraska": "NE", "Nevada": "NV", "New Hampshire": "NH", "New Jersey": "NJ",
    "New Mexico": "NM", "New York": "NY", "North Carolina": "NC", "North Dakota": "ND", "Ohio": "OH", "Oklahoma": "OK",
    "Oregon": "OR", "Pennsylvania": "PA", "Puerto Rico": "PR", "Rhode Island": "RI", "South Carolina": "SC",
    "South Dakota": "SD", "Tennessee": "TN", "Texas": "TX", "Utah": "UT", "Vermont": "VT", "Virginia": "VA",
    "Washington": "WA", "West Virginia": "WV", "Wisconsin": "WI", "Wyoming": "WY",
}  # fmt: skip


def _country(value: str) -> str:
    """A country's code (ISO 3166), or its name or letters as directories write them ('USA', 'UK', 'us')."""
    code = COUNTRY_NAMES.get(value.casefold().rstrip(".")) or (value.upper() if re.fullmatch(r"[A-Za-z]{2}", value) else None)
    if code is None:
        raise fail(f"'{value}' is not a country code; write two capital letters, such as US, GB or IE")
    return code


CountryCode = Annotated[str, StringConstraints(strip_whitespace=True), AfterValidator(_country)]

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")  # ids in site.yaml, and listing and guide file names


def slug_for(name: str) -> str:
    """A file name (and so a web address) for a name: 'St. Mary's Group' is st-marys-group; an apostrophe joins
    its word rather than splitting it ('st-mary-s')."""
    from slugify import slugify  # loaded only by the commands that name files

    return slugify(name, replacements=[["'", ""], ["\u2019", ""]])


def _slug(value: str) -> str:
    if not SLUG.match(value):
        raise fail(f"'{value}' is not a valid id; use lowercase letters, digits and hyphens, like 'north-valley'")
    return value


Slug = Annotated[str, StringConstraints(strip_whitespace=True, max_length=80), AfterValidator(_slug)]


_TEXT = {"type": "string"}


class TakesWords:
    """Marks a value check also reads from the words people write for it ('Free', 'Tuesdays 7-9pm', 'Grief,
    Anxiety', a meeting's '1st and 3rd'), for the editor schemas (outputs/schemas.py), which then take text there
    beside the form declared, whose choices an editor still offers: an editor had marked the forms the README
    shows, which check reads. Check, not the editor, says what words it cannot read."""

    def __get_pydantic_json_schema__(self, core_schema: CoreSchema, handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        declared = handler(core_schema)
        if handler.mode != "validation" or _TEXT in [declared, *declared.get("anyOf", [])]:  # any text already
            return declared
        return {"anyOf": [declared, _TEXT]}


class ReadsWords(TakesWords, BeforeValidator):
    """A BeforeValidator that reads a value from words (TakesWords)."""


class ReadsWordsAround(TakesWords, WrapValidator):
    """A WrapValidator that reads a value from words (TakesWords)."""


WORDS = TakesWords()  # for a block whose own validator reads it from words: a meeting, an address, hours


class _OrSeveral:
    """Marks a value its block also reads as a list of several, each then a block of its own (a meeting's
    `weekday: [tuesday, thursday]`, a meeting each day), for the editor schemas."""

    def __get_pydantic_json_schema__(self, core_schema: CoreSchema, handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        declared = handler(core_schema)
        return {"anyOf": [declared, {"type": "array", "items": declared}]} if handler.mode == "validation" else declared


OR_SEVERAL = _OrSeveral()


def choice_value(value: Any) -> Any:
    """Let contributors write 'In person', 'in_person' or 'in-person' alike."""
    if isinstance(value, str):
        return re.sub(r"[\s_]+", "-", value.strip().lower())
    return value


Choice = ReadsWords(choice_value)


# Words that say the opposite of a choice they are close to in spelling: 'No referral needed', 'Not online'; and
# what before a choice's letters makes its opposite: 'Unpaid', 'Inactive', 'Offline'.
_NOT = re.compile(r"\b(?:no|not|non|without|never)\b", re.IGNORECASE)
_NOT_BEFORE = ("un", "in", "non-", "non", "off", "dis")


def close_choice(written: str, choices: Sequence[str], cutoff: float = 0.6) -> str | None:
    """The choice a typo most likely meant ('Anxeity': anxiety), or None; never for words that say its opposite,
    where spelling is close and meaning is not ('Inactive' is not active, 'Unpaid' not paid): they are closer to
    it still without what makes the opposite; nor for a word that holds the choice after letters of its own
    ('Women' is not men, 'Grandparents' not parents; 'Veterans' is still veteran)."""
    key = written.casefold()
    guess = difflib.get_close_matches(key, list(choices), n=1, cutoff=cutoff)
    if not guess or key.endswith(guess[0].casefold()) and len(key) - len(guess[0]) > 1:
        return None
    near = difflib.SequenceMatcher(None, key, guess[0]).ratio()
    if _NOT.search(key) or any(key.startswith(before) and difflib.SequenceMatcher(None, key[len(before):], guess[0]).ratio() > near
                               for before in _NOT_BEFORE):
        return None
    return guess[0]


def choice_from(words: dict[str, str], asked: Callable[[str, str], str | None] | None = None) -> BeforeValidator:
    """A choice read also from the other words directories write for it ('Referral required' is referral-needed):
    `words` from what choice_said makes of them to the choice. `asked` gives, for words that say something near a
    choice but not which (a status 'Inactive', a kind 'Helpline'), what to ask instead: from what choice_said makes
    of them and the value as written, the refusal, or None."""

    def read(value: Any) -> Any:
        key = choice_said(value)
        if not isinstance(key, str):
            return key
        if asked and (question := asked(key, value)):
            raise fail(question)
        return words.get(key, key)

    return ReadsWords(read)


def number_in_words(words: str, of_a_range: tuple[int, str]) -> BeforeValidator:
    """A whole number written with words that say only what it counts ('18+', 'Adults (18 and over)', '4 beds',
    'Up to 4 guests'): the number; any other text is left to be refused. `words` are those a field allows. A range
    ('18-25', '4 to 6 guests') is refused, saying which end to write (`of_a_range`: 0 the first, -1 the last, and
    what it is)."""
    allowed = set(words.split())
    end, which = of_a_range

    def read(value: Any) -> Any:
        if not isinstance(value, str):
            return value
        said = re.findall(r"[^\W\d_]+", value.casefold())
        figures = [*re.findall(r"\d+", value), *(str(_NUMBER_WORDS[word]) for word in said if word in _NUMBER_WORDS)]
        rest = [word for word in said if word not in _NUMBER_WORDS]
        if len(figures) == 2 and all(word in allowed or word in ("to", "a") for word in rest) and _A_RANGE.search(value):
            raise fail(f"'{value}' gives a range; write {which}, {figures[end]}, and say the rest in the description")
        return int(figures[0]) if len(figures) == 1 and all(word in allowed for word in rest) else value

    return ReadsWords(read)


# Numbers as words, as a house writes its beds ('Four beds', 'Up to six guests').
_NUMBER_WORDS = {word: number for number, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty".split())}
_A_NUMBER = r"(?:\d+|\b(?:" + "|".join(_NUMBER_WORDS) + r")\b)"
_A_RANGE = re.compile(_A_NUMBER + r"\s*(?:-|\u2013|\bto\b|\ba\b)\s*" + _A_NUMBER, re.IGNORECASE)  # '4-6', 'four to six', '18 a 25'


def choice_said(value: Any) -> Any:
    """A choice as choice_value reads it, without a closing '!' or '.' ('Free!')."""
    key = choice_value(value)
    return key.rstrip("!.") if isinstance(key, str) else key


# A list of a vocabulary's ids, each once, in the order written: 'grief' and 'bereavement' (a word site.yaml gives
# grief) are one topic, shown once on the listing's page and counted once in its term's list and search filters.
Distinct = AfterValidator(lambda items: list(dict.fromkeys(items)))


class _OneOrMore(BeforeValidator):
    """A list that takes one entry alone; and so does its editor schema."""

    def __get_pydantic_json_schema__(self, core_schema: CoreSchema, handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        declared = handler(core_schema)
        forms = declared.get("anyOf", [declared])
        listed = next((form for form in forms if "items" in form), None)
        if handler.mode != "validation" or listed is None:
            return declared
        return {**declared, "anyOf": [*forms, listed["items"]]} if "anyOf" in declared else {"anyOf": [declared, listed["items"]]}


# A list of blocks written as one block's fields alone, without the '- ' that makes them an entry (a contributor's
# one meeting, or one period of hours): that list of one. YamlDoc.where finds its problems' lines.
OneOrMore = _OneOrMore(lambda value: [value] if isinstance(value, dict) else value)

_TIME = re.compile(r"^([01]?\d|2[0-3])[:.]([0-5]\d)$")  # "19:00", or "19.00" as the UK writes it
# "7pm", "7:30 PM", "7.30 p.m.", as directories publish times: no less exact than "19:30"; and "7p", "8:30a", as
# meeting lists and 211 feeds shorten them. Letter classes, not a flag, so that editors read the same pattern from
# the schema (JSON Schema's regular expressions have no flags).
_TWELVE_HOUR = re.compile(r"^(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))? ?([AaPp])(?:\.? ?[Mm])?\.?$")
# 12:00, and 00:00 (which closes a day's hours); "12 noon", "12:00 noon", "12-noon" (one time, not a span from 12)
# In Spanish, "mediodía", "12 del mediodía", "al mediodía", "medianoche", "a la medianoche".
_WORDS = re.compile(r"^(?:(?:al|a\s+la)\s+)?(?:12(?:[:.]00)?[\s-]*(?:del\s+|de\s+la\s+)?)?([Nn]oon|[Mm]idnight|[Mm]ediod[ií]a|[Mm]edianoche)$")
# "17 h", "9h30", "20:30 h", as Spanish and French write a 24-hour time.
_HOURS_H = re.compile(r"^([01]?\d|2[0-3])(?:[:.]([0-5]\d) ?[hH]| ?[hH](?: ?([0-5]\d))?)$")


def clock_time(written: str) -> time | None:
    """A time as directories write it ("19:00", "7 pm", "noon"), or None."""
    match = _TIME.match(written)
    if match:
        return time(int(match.group(1)), int(match.group(2)))
    match = _TWELVE_HOUR.match(written)
    if match:
        afternoon = 12 if match.group(3) in "Pp" else 0
        return time(int(match.group(1)) % 12 + afternoon, int(match.group(2) or 0))
    if _WORDS.match(written):
        return time(12) if written.lower().endswith(("noon", "mediodía", "mediodia")) else time(0)
    match = _HOURS_H.match(written)
    if match:
        return time(int(match.group(1)), int(match.group(2) or match.group(3) or 0))
    return None


def _time(value: Any) -> Any:
    if isinstance(value, time):
        return value
    found = clock_time(str(value).strip() if isinstance(value, (str, int)) else "")
    if found is None:
        raise fail(f"'{value}' is not a time; write it like \"19:00\" (24-hour, in quotes) or \"7 pm\"")
    return found


# What separates the items of a list written as text: "English, Spanish", "Mon, Wed & Fri", "English/Spanish"; 'y',
# Spanish's 'and' ('inglés y español'), and its 'e' before a word beginning with i or hi ('español e inglés').
# Outside brackets: 'Chinese (Mandarin, Cantonese)' is one item, with words about it.
_BETWEEN_ITEMS = re.compile(r"\s*(?:[,;/&]|\band\b|\by\b|\be\b(?=\s+h?[iíIÍ]))\s*(?![^()]*\))")


def items_in(written: str) -> list[str]:
    """The items of a list written as text: "English, Spanish", "2nd and 4th", "Mon, Wed & Fri"; words in brackets
    stay with their item."""
    return [item for item in _BETWEEN_ITEMS.split(unbracketed(written)) if item]


def unbracketed(written: str) -> str:
    """A list written as text without the brackets around it: "'[English, Spanish]'", a YAML list quoted as text."""
    written = written.strip()
    return written[1:-1] if written.startswith("[") and written.endswith("]") else written


# A list of choices written as text ('Peers, trained volunteers'): its items.
ItemsInText = ReadsWords(lambda value: items_in(value) if isinstance(value, str) else value)

# Two things written as one span: "7-9pm", "7:00 PM – 9:00 PM", "10am to noon"; "Mon-Fri", "Monday through Friday".
_SPAN = re.compile(r"^(.+?)\s*(?:-|–|—|\bto\b|\btill\b|\buntil\b|\bthrough\b|\bthru\b|(?<=[\dhH.])\s+a(?=\s+\d))\s*(.+)$",
                   re.IGNORECASE)  # Spanish 'a' between times: '9:00 a 17:00', '9 a.m. a 5 p.m.' (not the a of 'a.m.')


# A time on a 12-hour clock without its am or pm, as directories write hours ("9-5", "8:30-4:30", "at 2"); with a
# leading zero ("09:00") it is a 24-hour time.
_NO_HALF = re.compile(r"^(1[0-2]|[1-9])(?:[:.]([0-5]\d))?$")
_NOON = 12 * 60


def _on_the_dial(written: str) -> int | None:
    """Minutes past 12 on a 12-hour clock's dial for a time without am or pm ("4:30" is 270), or None if it is not
    such a time."""
    match = _NO_HALF.match(written.strip())
    return int(match.group(1)) % 12 * 60 + int(match.group(2) or 0) if match else None


def _as_time(minutes: int) -> time:
    return time(minutes // 60, minutes % 60)


def afternoon_time(written: str) -> time | None:
    """A time without am or pm that only the afternoon makes sense of ('Sundays at 2', '1:30'): no meeting starts
    between midnight and 6 am. None for any other: a time with its am or pm is clock_time's; '7' and '7:30' may be
    either half of the day."""
    dial = _on_the_dial(written)
    return _as_time(dial + _NOON) if dial is not None and dial < 6 * 60 else None


def time_in_text(written: str) -> time | None:
    """One time in running text ('Thursdays at 7pm', 'at 19:00', 'at 2'), or None where it is not one or its half of
    the day is in doubt: 'at 7:30' is as likely the evening as '7' is (a field's '7:30' is a 24-hour time)."""
    return afternoon_time(written) if _on_the_dial(written) is not None else clock_time(written)


def unhalved_span(first: str, second: str) -> tuple[time, time] | None | bool:
    """Two times without am or pm as directories write them, as one or field by field: '9-5' and '8:30-4:30'
    cross noon, 9 am to 5 pm (not 8:30 am to 4:30 the next morning, as 24-hour times); '1-3' and '12:30-2' are
    afternoon, since nothing starts between midnight and 6 am. False where both are on the dial but in doubt
    ('7-9', '7:30-9:30': morning or evening; written field by field, they stay 24-hour times); None where they
    are not both such times."""
    start, end = _on_the_dial(first), _on_the_dial(second)
    if start is None or end is None:
        return None
    if end < start:  # crosses noon
        return _as_time(start), _as_time(end + _NOON)
    if start < 6 * 60 and end > start:
        return _as_time(start + _NOON), _as_time(end + _NOON)
    return False  # '7:30-9:30' too: its minutes say nothing of its half of the day


# Two times written as a 24-hour clock's four digits, '0900-1700', as military and some UK services write them.
_FOUR_DIGITS = re.compile(r"^\s*([01]\d|2[0-3])([0-5]\d)\s*(-|–|—|to)\s*([01]\d|2[0-3])([0-5]\d)\s*$", re.IGNORECASE)


def _with_colons(written: str) -> str:
    """A span of four-digit times as the same times written with colons ('0900-1700' is '09:00-17:00')."""
    return _FOUR_DIGITS.sub(r"\1:\2-\4:\5", written)


def daytime_meant(written: str) -> tuple[time, time] | None:
    """The daytime hours that two 24-hour times running overnight from the morning could mean: '08:30-04:30' and
    '10:00-02:00' are as likely a 12-hour clock's 8:30 am to 4:30 pm, written with zeros, as twenty or sixteen
    hours open into the night, so their meaning is in doubt. None for any other span ('22:00-06:00'; '8:30-4:30',
    which unhalved_span reads)."""
    match = _SPAN.match(_with_colons(written).strip())
    first, second = (match.group(1), match.group(2)) if match else ("", "")
    if not (_TIME.match(first) and _TIME.match(second)) or unhalved_span(first, second) is not None:
        return None
    start, end = clock_time(first), clock_time(second)
    if start is None or end is None or start.hour > 12 or not (time(1) <= end < start) or end.hour >= 12:
        return None
    return start, time(end.hour + 12, end.minute)


# The end of a day on a 24-hour clock, as OpenStreetMap and Europe write a span to midnight: '18:00-24:00', '0-24'.
_DAY_END = re.compile(r"^24(?:[:.]00)?(?:\s?[hH])?$")
# An hour past noon written alone, which only a 24-hour clock writes: '9-17' and '8-20' are such hours (their
# first hour alone too), as Europe writes opening hours.
_PAST_NOON = re.compile(r"^(?:1[3-9]|2[0-3])$")
# A whole day, as hours on some days are written: 'Sat-Sun 24 hours' (from midnight to midnight).
_ALL_DAY = re.compile(r"^(?:open\s+)?(?:24\s*(?:hours|hrs|h)|all\s+day)$", re.IGNORECASE)


def time_span(value: Any) -> tuple[time, time] | None:
    """A start and an end written as one ('7-9pm' is 19:00 to 21:00, as a directory means it), or None if the
    value is not two times, or two whose half of the day is in doubt ('7-9'; see unhalved_span). A first
    time without its am or pm takes the second's, or the other one where that would start it after the end
    ('11-1pm' is 11:00 to 13:00); "13:00-2pm" stays a 24-hour start; '24 hours' is midnight to midnight; hours
    past noon written alone are a 24-hour clock's ('9-17'), and 24:00 the midnight a day ends at."""
    if isinstance(value, str) and _ALL_DAY.match(value.strip()):
        return time(0), time(0)
    match = _SPAN.match(_with_colons(value).strip()) if isinstance(value, str) and not _WORDS.match(value.strip()) else None
    if match is None:
        return None
    first, second = match.group(1).strip(), match.group(2).strip()
    day_end = bool(_DAY_END.match(second))
    second = "00:00" if day_end else second
    if re.fullmatch(r"[01]?\d|2[0-3]", first) and (day_end or _HOURS_H.match(second) or _PAST_NOON.match(second)):
        return time(int(first)), clock_time(second) or time(int(second))  # '9-17', '18-24', '10-14h'
    unhalved = unhalved_span(first, second)
    if unhalved is not None:
        return unhalved or None
    noon = _WORDS.match(second) and clock_time(second) == time(12)
    dial = _on_the_dial(first) if noon else None
    if dial is not None and dial >= 60:  # '10-noon': nothing is open from 10 at night until noon
        return _as_time(dial), time(12)
    start, dial = (clock_time(first), _on_the_dial(second)) if _TWELVE_HOUR.match(first) or _WORDS.match(first) else (None, None)
    if start is not None and dial is not None:  # '8:30am-5', '9am-9', 'noon-1:30': the end is the first such time after the start
        since = start.hour * 60 + start.minute
        return start, _as_time(min((dial, dial + _NOON), key=lambda minutes: (minutes - since) % (24 * 60) or 24 * 60))
    end = clock_time(second)
    if end is None:
        return None
    half = _TWELVE_HOUR.match(second)
    starts = [clock_time(first)]
    if half and not _TWELVE_HOUR.match(first):  # "7:30-9 pm" is 19:30, though 7:30 alone is a 24-hour time
        same = half.group(3).lower()
        starts = [clock_time(f"{first} {same}m"), clock_time(f"{first} {'p' if same == 'a' else 'a'}m"), *starts]
    fits = [start for start in starts if start is not None and start < end] or [start for start in starts if start is not None]
    return (fits[0], end) if fits else None


_CLOCK_TIME = {"type": "string", "anyOf": [{"pattern": p.pattern} for p in (_TIME, _TWELVE_HOUR, _WORDS, _HOURS_H)]}
ClockTime = Annotated[time, BeforeValidator(_time), WithJsonSchema(_CLOCK_TIME)]
# A start (a meeting's, or opening hours'), which its block also reads written with its end ('7-9pm', '10am to
# noon'): for the editor schemas, which take a time followed by another after a dash or 'to' there too (check reads
# the two, or says why not).
WITH_ITS_END = {"type": "string", "pattern": r"(?:-|\u2013|\u2014|\bto\b|\buntil\b)\s*(?:\d|[Nn]oon|[Mm]idnight)"}
StartTime = Annotated[time, BeforeValidator(_time), WithJsonSchema({"anyOf": [_CLOCK_TIME, WITH_ITS_END]})]


# Time zones as directories name them after a time ('9am-5pm ET', '7pm Pacific', '10am-4pm (UK time)'), and the
# zone each means. A name that stands for two zones is in ZONES_IN_DOUBT instead.
NAMED_ZONES = {
    **dict.fromkeys(("et", "est", "edt", "eastern"), "America/New_York"),
    **dict.fromkeys(("ct", "cst", "cdt", "central"), "America/Chicago"),
    **dict.fromkeys(("mt", "mdt", "mountain"), "America/Denver"),
    **dict.fromkeys(("arizona",), "America/Phoenix"),
    **dict.fromkeys(("pt", "pst", "pdt", "pacific"), "America/Los_Angeles"),
    **dict.fromkeys(("akt", "akst", "akdt", "alaska"), "America/Anchorage"),
    **dict.fromkeys(("hst", "hawaii"), "Pacific/Honolulu"),
    **dict.fromkeys(("uk", "gmt", "bst"), "Europe/London"),  # as a UK service writes its hours, in summer too
    **dict.fromkeys(("cet", "cest"), "Europe/Paris"),  # every country on CET changes its clocks on the same days
    **dict.fromkeys(("aet", "aedt"), "Australia/Sydney"),
    **dict.fromkeys(("queensland",), "Australia/Brisbane"),
    **dict.fromkeys(("awst",), "Australia/Perth"),
    **dict.fromkeys(("nzt", "nzst", "nzdt"), "Pacific/Auckland"),
}
# Names that stand for two zones, one with summer time and one without, and what to write for each instead.
ZONES_IN_DOUBT = {
    "mst": "\"MT\" (Colorado, with summer time) or \"Arizona time\" (without)",
    "aest": "\"AET\" (New South Wales, Victoria, the ACT and Tasmania, with summer time) or \"Queensland time\" (without)",
}


@lru_cache(maxsize=1)
def _zone_names() -> frozenset[str]:
    return frozenset(available_timezones())


def zone_of(value: str) -> str:
    """A name from the time zone database ('America' is a folder of it, which ZoneInfo fails to open), or a zone as
    directories name one, as hours and meetings read it after their times ('Pacific', 'ET', 'EST': the database's
    own EST is five hours behind UTC all year, which no US line means)."""
    said = value.casefold().removesuffix(" time")
    if said in ZONES_IN_DOUBT:
        raise fail(f"'{value}' is written for two time zones; write {ZONES_IN_DOUBT[said]} instead")
    if said in NAMED_ZONES:
        return NAMED_ZONES[said]
    try:
        if value not in _zone_names():
            raise ZoneInfoNotFoundError(value)
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        shown = value if len(value) <= 60 else value[:57] + "..."
        raise fail(f"'{shown}' is not a time zone; write a name such as America/New_York or Europe/London") from None
    return value


TimeZone = Annotated[str, StringConstraints(strip_whitespace=True), AfterValidator(zone_of)]

# A time after a day, with its seconds and its zone, which says nothing more of the day it was written on.
_TIME_OF_DAY = re.compile(r"(?<=\d)(?:T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?$")
_NAMED_DATES = ("%b %d, %Y", "%B %d, %Y", "%b %d %Y", "%B %d %Y", "%d %b %Y", "%d %B %Y", "%d %b, %Y", "%d %B, %Y")


def dates_meant(text: str) -> list[date]:
    """The real dates a date written another way could mean: one for 2026-10-1, 2026/10/01, Oct 1, 2026,
    13/10/2026 or 13/10/26; two for 01/10/2026 (1 October, or 10 January as the US writes it); none for what is no
    date."""
    text = _TIME_OF_DAY.sub("", _DATE_SAID.sub("", text))  # '2026-10-01T12:00:00Z', '2026-10-01 00:00:00', as feeds and
    # spreadsheets write a day; 'Verified 2026-10-01', 'Last updated: Oct 1, 2026', as a directory's page says it
    numbers = re.fullmatch(r"(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})", text) or re.fullmatch(r"((?:19|20)\d\d)(\d\d)(\d\d)", text)
    orders = []
    if numbers and len(numbers.group(1)) == 4:
        orders = [(1, 2, 3)]  # year, month, day
    elif numbers and len(numbers.group(3)) in (2, 4) and len(numbers.group(1)) <= 2:
        orders = [(3, 2, 1), (3, 1, 2)]  # day/month/year, or month/day/year; '13/10/26' is this century's
    meant: list[date] = []
    for year, month, day in orders:
        try:
            found = date(_full_year(numbers.group(year)), int(numbers.group(month)), int(numbers.group(day)))
        except ValueError:
            continue
        if found not in meant:
            meant.append(found)
    named = _named(text) if not numbers else ""
    for form in _NAMED_DATES if named else ():
        try:
            return [datetime.strptime(named, form).date()]
        except ValueError:
            continue
    return meant


# Words before a date that say only what it is: 'Verified', 'Last updated:', 'As of'.
_DATE_SAID = re.compile(r"^(?:last\s+)?(?:verified|updated|checked|reviewed|confirmed)(?:\s+on)?\s*:?\s*|^as\s+of\s+", re.IGNORECASE)


def _full_year(written: str) -> int:
    """A year as written, or written in two figures as strptime's %y reads them: 69 to 99 are 1969 to 1999."""
    year = int(written)
    return year if len(written) != 2 else year + (1900 if year >= 69 else 2000)


# Spanish's months, as CLDR names them (and 'setiembre', as some countries write it), as strptime's English.
_SPANISH_MONTHS = {**{name: english for names in ("wide", "abbreviated") for number, name in get_month_names(names, locale="es").items()
                      for english in [get_month_names("wide", locale="en")[number]]}, "setiembre": "September"}
_SPANISH_DATE = re.compile(r"^(\d{1,2})\s+de\s+([^\W\d_]+)\.?(?:\s+(?:de|del)\s+(\d{4}))?$", re.IGNORECASE)


def _named(text: str) -> str:
    """A date with its month named, as strptime reads one: without a day of the week before it ('Thursday,
    October 1, 2026'), the 'st' of '1st', the dot of 'Oct.', and 'Sept' as 'Sep'; in Spanish, '3 de noviembre de
    2026', as English ('3 November 2026')."""
    spanish = _SPANISH_DATE.match(text.strip())
    if spanish and (month := _SPANISH_MONTHS.get(spanish.group(2).lower())):
        return f"{spanish.group(1)} {month} {spanish.group(3) or ''}".strip()
    text = re.sub(r"^[^\W\d_]+day,?\s+", "", text, flags=re.IGNORECASE)
    text = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", text, flags=re.IGNORECASE)
    return re.sub(r"\bsept\b", "Sep", re.sub(r"\b([^\W\d_]{3,9})\.", r"\1", text), flags=re.IGNORECASE)


def month_meant(text: str) -> tuple[int, int] | None:
    """The year and month of a month written without its day ('2026-10', 'October 2026', 'Oct 2026'), as some
    directories record when they checked a listing; None for anything else."""
    numbers = re.fullmatch(r"(\d{4})[-/.](\d{1,2})", text)
    if numbers:
        return (int(numbers.group(1)), int(numbers.group(2))) if 1 <= int(numbers.group(2)) <= 12 else None
    for form in ("%B %Y", "%b %Y"):
        try:
            found = datetime.strptime(_named(text), form)
        except ValueError:
            continue
        return found.year, found.month
    return None


def _date_as_written(value: Any) -> Any:
    """A date written another way that can mean only one day ('2026-10-1', 'Oct 1, 2026', '13/10/2026') is that
    day; one that could mean two ('01/10/2026') is left to be refused, naming both."""
    if type(value) is int and 19000101 <= value <= 20991231:  # 20261001 unquoted, which YAML reads as a number
        value = str(value)
    meant = dates_meant(value.strip()) if isinstance(value, str) else []
    return meant[0] if len(meant) == 1 else value


# A date: YYYY-MM-DD, as the schema and the scaffold write it, or another way that means one day.
Day = Annotated[date, ReadsWords(_date_as_written)]


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


# The days in Spanish, the other language peerdir's theme speaks, as a Spanish-speaking contributor writes them:
# 'Martes 6-8pm', 'sáb'; with and without accents.
_SPANISH_DAYS = {"lunes": "monday", "lun": "monday", "martes": "tuesday", "miércoles": "wednesday",
                 "miercoles": "wednesday", "mié": "wednesday", "mie": "wednesday", "jueves": "thursday", "jue": "thursday",
                 "viernes": "friday", "vie": "friday", "sábado": "saturday", "sabado": "saturday", "sábados": "saturday",
                 "sabados": "saturday", "sáb": "saturday", "sab": "saturday", "domingo": "sunday", "domingos": "sunday",
                 "dom": "sunday"}  # fmt: skip


_SPANISH_WHEN = {"cada", "todos", "semana", "semanas", "días", "dias", "horas", "mañana", "tarde", "noche", "mediodía"}


def in_spanish(written: str) -> bool:
    """Whether days or times are written in Spanish ('Martes 7:30', 'Cada jueves...'): so that a refusal's examples
    are in the words the contributor writes."""
    return bool(_SPANISH_TIMES.search(written)) or any(word in _SPANISH_WHEN or (len(word) > 4 and word in _SPANISH_DAYS)
                                                        for word in re.findall(r"[^\W\d_]+", written.casefold()))


_SPANISH_TIMES = re.compile(r"\d\s*h\b|\d\s+a\s+(?:las\s+)?\d|\b(?:de|a\s+las)\s+\d", re.IGNORECASE)  # '9 a 17 h', 'a las 7'


# Days in a span as Spanish writes them: '(de) lunes a viernes'.
_SPANISH_SPAN = re.compile(r"^(?:de\s+)?(\S+)\s+a\s+(\S+)$")


def weekday_named(word: str) -> str | None:
    """The day a word names: 'Tuesday', 'Tuesdays' (as a group meets), 'Tue.', 'tues', 'Weds', 'Martes'; or None."""
    key = word.strip().lower().rstrip(".")
    if key in _SPANISH_DAYS:
        return _SPANISH_DAYS[key]
    key = key[:-1] if key.endswith("days") else key
    key = "wed" if key == "weds" else key
    for day in WEEKDAYS:
        if key == day or (len(key) >= 3 and day.startswith(key)):
            return day
    return None


def _weekday(value: Any) -> Any:
    if isinstance(value, str):
        day = weekday_named(value)
        if day is None:
            raise fail(f"'{value}' is not a day of the week; write one of: {', '.join(WEEKDAYS)}")
        return day
    return value


_DAYS_IN_A_WORD = {"weekdays": WEEKDAYS[:5], "weekday": WEEKDAYS[:5], "todos los días": WEEKDAYS, "todos los dias": WEEKDAYS,
                   "diario": WEEKDAYS, "fines de semana": WEEKDAYS[5:], "weekends": WEEKDAYS[5:], "weekend": WEEKDAYS[5:], "daily": WEEKDAYS,
                   "every day": WEEKDAYS, "everyday": WEEKDAYS, "7 days": WEEKDAYS, "seven days": WEEKDAYS,
                   "7 days a week": WEEKDAYS, "seven days a week": WEEKDAYS, "every day of the week": WEEKDAYS,
                   "nightly": WEEKDAYS, "every night": WEEKDAYS, "every evening": WEEKDAYS, "weeknights": WEEKDAYS[:5],
                   "weeknight": WEEKDAYS[:5], "365 days a year": WEEKDAYS, "365 days": WEEKDAYS, "every day of the year": WEEKDAYS,
                   "fin de semana": WEEKDAYS[5:], "los fines de semana": WEEKDAYS[5:], "entre semana": WEEKDAYS[:5],
                   "días de semana": WEEKDAYS[:5], "dias de semana": WEEKDAYS[:5], "diariamente": WEEKDAYS, "cada día": WEEKDAYS,
                   "cada dia": WEEKDAYS, "los 7 días": WEEKDAYS, "los 7 dias": WEEKDAYS}
# Shorter names a day has only beside another day ('M-F', 'Tu-Th', 'M, W, F'), where they cannot be a word ('we').
# T and S are left out: each could be two days.
_SHORTEST = {"m": "monday", "mo": "monday", "tu": "tuesday", "w": "wednesday", "we": "wednesday", "th": "thursday",
             "f": "friday", "fr": "friday", "sa": "saturday", "su": "sunday",
             "l": "monday", "x": "wednesday", "j": "thursday", "v": "friday"}  # and Spanish's: 'L-V', 'L, X, V'


# Days as letters run together, as US schedules write them ('MWF', 'TTh', 'MTWThF', 'MTWRF'), in the order of the
# week: T and S are the first of their two days after the day before ('MTWTF': the second T is Thursday). Capitals
# as written, so no word is read ('Sat' is Sat); not 'MT', which is Mountain Time.
_DAY_LETTERS = re.compile(r"M|Tu|Th|T|W|R|F|Sa|Su|S")
_DAY_LETTERS_ONLY = re.compile(f"(?:{_DAY_LETTERS.pattern}){{2,7}}")
_LETTER_DAYS = {"M": ("monday",), "Tu": ("tuesday",), "T": ("tuesday", "thursday"), "W": ("wednesday",), "Th": ("thursday",),
                "R": ("thursday",), "F": ("friday",), "Sa": ("saturday",), "Su": ("sunday",), "S": ("saturday", "sunday")}


def _days_in_letters(written: str) -> list[str] | None:
    letters, days = written.strip(), []
    if letters == "MT" or not _DAY_LETTERS_ONLY.fullmatch(letters):
        return None
    for letter in _DAY_LETTERS.findall(letters):
        after = WEEKDAYS.index(days[-1]) if days else -1
        day = next((day for day in _LETTER_DAYS[letter] if WEEKDAYS.index(day) > after), None)
        if day is None:
            return None
        days.append(day)
    return days


def day_abbreviated(word: str) -> str | None:
    """The day a word names, as weekday_named, or a shorter name ('M', 'Tu'), where the text can only mean days."""
    return weekday_named(word) or _SHORTEST.get(word.strip().lower().rstrip("."))


def day_span(written: str) -> list[str] | None:
    """The days a directory writes as one: 'Mon-Fri' (and 'Fri-Sun', round the weekend), 'Monday to Friday',
    'M-F', 'weekdays', 'daily', '7 days a week', 'Mon, Wed & Fri', 'MWF'; None for anything else, a single day
    included."""
    key = " ".join(written.lower().split())
    if key in _DAYS_IN_A_WORD:
        return list(_DAYS_IN_A_WORD[key])
    if letters := _days_in_letters(written):
        return letters
    if spanned := _days_between(key):
        return spanned
    parts = items_in(key)  # each a day or a span of them: 'Mon, Wed & Fri', 'Mon–Thu, Sun' (as the pages write it)
    days = [[day] if (day := day_abbreviated(part)) else _days_between(part) for part in parts]
    return list(dict.fromkeys(day for some in days for day in some)) if len(days) > 1 and all(days) else None  # type: ignore[union-attr]


def _days_between(key: str) -> list[str] | None:
    """The days of a span from one day to another ('mon-fri', 'fri-sun', round the weekend); None for anything else."""
    match = _SPAN.match(key) or _SPANISH_SPAN.match(key)
    if match and (first := day_abbreviated(match.group(1))) and (last := day_abbreviated(match.group(2))):
        start, end = WEEKDAYS.index(first), WEEKDAYS.index(last)
        return [WEEKDAYS[(start + n) % 7] for n in range((end - start) % 7 + 1)]
    return None


Weekday = Annotated[str, BeforeValidator(_weekday), WithJsonSchema({"enum": list(WEEKDAYS)}), WORDS]

# The words pydantic reads as yes or no, in any case (letter classes: JSON Schema's regular expressions have no
# flags), and 'sí'; for the editor schemas, as a quoted 'Yes', 'TRUE' or 'y' is text to an editor.
_YES_OR_NO = "^(?:" + "|".join("".join(f"[{c.upper()}{c}]" if c.isalpha() else c for c in word) for word in (
    "yes", "no", "true", "false", "on", "off", "y", "n", "t", "f", "1", "0", "sí", "si")) + ")$"
# YAML 1.1 (which peerdir reads) takes yes/no as booleans; editors read YAML 1.2, where they are words.
# Yes or no as YAML and pydantic read them (yes, no, true, y...), and 'sí', Spanish's yes ('no' is the same in both).
YesNo = Annotated[bool, BeforeValidator(lambda value: True if isinstance(value, str) and value.strip().casefold() in ("sí", "si") else value),
                  WithJsonSchema({"anyOf": [{"type": "boolean"}, {"enum": ["yes", "no"]}, {"type": "string", "pattern": _YES_OR_NO}]})]


# A coordinate as a map or an encyclopedia gives one: '51.5N', 'W 0.12', '51° 30′ 26″ N'.
_COMPASS = re.compile(r"^([NSEW])?\s*(\d+(?:\.\d+)?)\s*°?\s*(?:(\d+(?:\.\d+)?)\s*['′]\s*)?(?:(\d+(?:\.\d+)?)\s*[\"″]\s*)?([NSEW])?$",
                      re.IGNORECASE)


def _degrees(name: str, limit: int) -> Any:
    """A coordinate in decimal degrees, or as maps write one with its compass letter ('51.5N', '0.12W', '51° 30′ N':
    south and west are below zero); out of range, most often the other coordinate written in its place."""

    hint = "; is this the longitude? The latitude (north-south) comes first" if name == "latitude" else ""
    letters = "NS" if name == "latitude" else "EW"

    def read(value: Any) -> Any:
        if not isinstance(value, str):
            return value
        found = _COMPASS.match(value.strip())
        letter = (found.group(1) or found.group(5) or "").upper() if found else ""
        if not found or not letter or (found.group(1) and found.group(5)):
            return value
        if letter not in letters:
            raise fail(f"'{value}' is east or west, a longitude; the {name} is north or south" if name == "latitude" else
                       f"'{value}' is north or south, a latitude; the {name} is east or west")
        degrees = float(found.group(2)) + float(found.group(3) or 0) / 60 + float(found.group(4) or 0) / 3600
        return round(-degrees if letter in "SW" else degrees, 6)

    def check(value: float) -> float:
        if not -limit <= value <= limit:
            raise fail(f"{value} is not a {name}: {name}s lie between -{limit} and {limit}{hint}")
        return value

    return Annotated[float, BeforeValidator(read), AfterValidator(check),
                     WithJsonSchema({"type": "number", "minimum": -limit, "maximum": limit}), WORDS]


Latitude = _degrees("latitude", 90)
Longitude = _degrees("longitude", 180)
