"""The blocks listings are made of, declared once: site vocabulary ids, phone numbers, addresses, places,
meetings and opening hours. Each field has a description written for a contributor (see schema.py)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo

from pydantic import (
    AfterValidator, BeforeValidator, Field, GetJsonSchemaHandler, ValidationError, ValidationInfo, ValidatorFunctionWrapHandler, model_validator,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, PydanticCustomError

from peerdir.sources import phones
from peerdir.sources.config import AGES, SURROUNDINGS
from peerdir.sources.fieldtypes import (
    COUNTRY_NAMES, NAMED_ZONES, US_STATES, WEEKDAYS, ZONES_IN_DOUBT, Choice, ClockTime, CountryCode, Day, Distinct, Document, Fields, Latitude, Line, Longitude, OneOrMore, Paragraph, ReadsWords, ReadsWordsAround, Short, StartTime, TimeZone, Title, WITH_ITS_END,
    OR_SEVERAL, WORDS, Weekday, YesNo, address_in, in_spanish, afternoon_time, dates_meant, day_abbreviated, day_span, daytime_meant, digits_as_written, fail, items_in, require_one,
    time_in_text, time_span, unbracketed, unhalved_span, weekday_named, whole_number, zone_of,
)


def _vocabulary(kind: str) -> Any:
    def check(value: str, info: ValidationInfo) -> str:
        return info.context.resolve(kind, value) if info.context else value

    return Annotated[str, AfterValidator(check)]


# A listing field whose value or items are ids of one of the site's vocabularies (config.VOCABULARIES), for the scaffold's
# and the editor schemas' lists of choices.
VOCABULARY_FIELDS = {"languages": "languages", "written_in": "languages", "service_area": "regions", "topics": "topics", "audiences": "audiences"}

Region = _vocabulary("region")
Area = _vocabulary("area")  # a region, or 'national' or 'online'
Topic = _vocabulary("topic")
Audience = _vocabulary("audience")
Language = _vocabulary("language")


def _in_place(read: list[list[Any]], validate: ValidatorFunctionWrapHandler) -> list[Any]:
    """A list whose entries were each read as one or more items ('English/Spanish' as two terms), validated with
    each entry's first item at the entry's own index and the rest after them all, so that an entry's problems
    are told at its own line; then put back in the order written ('Mondays and Wednesdays at 7pm; Friday 6pm' is
    Monday, Wednesday, Friday on the page, not Monday, Friday, Wednesday); an entry's items that were read alike,
    once ('Call or text 741741', a short code that takes only texts: to text)."""
    try:
        done = validate([first for first, *_ in read] + [more for _, *rest in read for more in rest])
    except ValidationError as error:
        raise _at_their_entries(error, [entry for entry, (_, *rest) in enumerate(read) for _ in rest], len(read)) from None
    if len(done) == len(read):  # each entry one item, as nearly always
        return done
    written, after = [], len(read)
    for entry, (_, *rest) in enumerate(read):
        items = [done[entry], *done[after: after + len(rest)]]
        written += [item for index, item in enumerate(items) if item not in items[:index]]
        after += len(rest)
    return written


def _at_their_entries(error: ValidationError, entries: list[int], after: int) -> ValidationError:
    """The problems of a list validated by _in_place, each at the entry written (the items after the entries, at
    `after` on, told at the index of the entry each was read from, so at its line: 'English/Klingon' had told
    'Klingon' at the list's own line), and each once."""
    told: dict[tuple, Any] = {}
    for problem in error.errors(include_url=False):
        at = problem["loc"]
        loc = (entries[at[0] - after], *at[1:]) if at and isinstance(at[0], int) and at[0] >= after else at
        own = problem["type"] == "peerdir"  # peerdir's own problem (fail), or one of pydantic's with its context
        told.setdefault((loc, problem["msg"]), {"type": fail(**problem["ctx"]) if own else problem["type"], "loc": loc,
                                                 "input": problem["input"], **({} if own or "ctx" not in problem else {"ctx": problem["ctx"]})})
    return ValidationError.from_exception_data(error.title, list(told.values()))


_SURROUNDINGS = re.compile(SURROUNDINGS, re.IGNORECASE)
# An audience that is everyone, which names none: a listing for everyone leaves its audiences out.
_EVERYONE = re.compile(r"(?:for\s+)?(?:every\s*one|every\s*body|any\s*one|all)(?:\s+(?:is\s+|are\s+)?welcome)?|all\s+ages|"
                       r"open\s+to\s+(?:all|everyone)|(?:the\s+)?general\s+public|no\s+restrictions?", re.IGNORECASE)  # 'Everyone welcome'
# Words that say only that the terms in brackets after them are several: 'Bilingual (English/Welsh)'.
_SAYING_SEVERAL = re.compile(r"^\s*(?:bilingual|trilingual|multilingual|both|languages?)\s*:?\s*\(([^()]*)\)\s*$", re.IGNORECASE)


def _terms(kind: str) -> Any:
    """A list of a vocabulary's terms, each once, also as directories write them: as text ('English, Spanish';
    one topic alone) or two in one item ('English/Spanish'), each then a term of its own. An item that names a
    term whole (one whose name has a comma or 'and') is kept whole."""

    def listed(value: Any, validate: ValidatorFunctionWrapHandler, info: ValidationInfo) -> Any:
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list) or info.context is None:
            return validate(value)
        read = []
        for item in items:
            split = isinstance(item, str) and info.context.find(kind, item) is None
            parts = _term_items(_SAYING_SEVERAL.sub(r"\1", item), lambda part: info.context.find(kind, part)) if split else []
            if kind == "audience" and split and AGES.search(item) and not any(AGES.search(part) for part in parts):
                parts = []  # '18 and over': ages, told as such whole (resolve), not as '18' and 'over'
            if kind == "audience" and split:  # 'LGBTQ+ youth': LGBTQ+ people who are young
                parts = [one for part in parts or [item] for one in _both_audiences(part, info.context.find) or [part]]
            if kind == "area":  # 'Harbor City, Lakeside and surrounding areas': the regions it names
                parts = [part for part in parts if not _SURROUNDINGS.fullmatch(part)]
            read.append(parts if len(parts) > 1 or parts and parts[0] != item.strip() else [item])  # '[English]' too
        everyone = [part for parts in read for part in parts if kind == "audience" and isinstance(part, str)
                    and _EVERYONE.fullmatch(part.strip()) and info.context.find(kind, part) is None]
        if everyone and len(everyone) == sum(map(len, read)):
            return validate([])  # 'Everyone', 'All ages': no audience in particular, as leaving them out says
        if everyone:  # 'Everyone, veterans': open to all, or for veterans? Either is written plainly.
            raise fail(f"'{everyone[0].strip()}' names no audience: if it is open to everyone, leave audiences out; if it "
                       "is especially for some people, list only them")
        return _in_place(read, validate)

    return Annotated[list[_vocabulary(kind)], ReadsWordsAround(listed), Distinct]  # type: ignore[valid-type]


# Where a list of terms written as text surely parts, before its 'and's and slashes, which a term's name may hold:
# 'Chronic illness and pain; Anxiety' is two terms.
_BETWEEN_TERMS = re.compile(r"\s*[;,]\s*(?![^()]*\))")


def _term_items(written: str, names: Callable[[str], str | None]) -> list[str]:
    """The items of a list of terms written as text ('English, Spanish', 'English and Spanish'), where a term's own
    name may hold 'and' or '/' ('Chronic illness and pain; Anxiety', as the API's CSV writes a listing's topics):
    the parts between commas and semicolons, each whole where it names a term, or else split as any list is."""
    return [item for part in _BETWEEN_TERMS.split(unbracketed(written)) if part
            for item in ([part] if names(part) else items_in(part))]


def _both_audiences(item: str, find: Callable[[str, str], str | None]) -> list[str]:
    """An audience written as two that it is for at once ('LGBTQ+ youth', 'Bereaved parents', 'Young carers'),
    as those two, so that the listing is found among each's (it had been refused, told to say 'youth' in the
    description, which no filter reads); none where the words are not two audiences. Audiences alone: two topics
    side by side may be one thing, and only perhaps the other ('Suicide loss' is grief), so they are told to list
    each that applies (Vocabularies.resolve)."""
    words = item.split()
    halves = [(" ".join(words[:n]), " ".join(words[n:])) for n in range(1, len(words))]
    # the first as itself, or as the people it says ('Young carers', 'Older LGBTQ+ people': young and older people)
    halves += [(f"{first} people", second) for first, second in halves if " " not in first and not find("audience", first)]
    return [] if find("audience", item) else next(([first, second] for first, second in halves if (one := find("audience", first))
                                                   and (other := find("audience", second)) and one != other), [])


Areas, Topics, Audiences, Languages = _terms("area"), _terms("topic"), _terms("audience"), _terms("language")


def _region(info: ValidationInfo) -> str:
    """The region numbers are dialled from: the site's, or the US where nothing gives one (a block checked alone)."""
    return info.context.phone_region if info.context else "US"


def _phone_number(value: str, info: ValidationInfo) -> str:
    problem = phones.problem(value, _region(info))
    if problem:
        raise fail(problem)
    if phones.emergency(value, _region(info)):  # 'Call 911 in an emergency', copied from a page into a listing's phones
        raise fail(f"{value.strip()} is the emergency number, not this listing's own (every page shows the site's crisis "
                   "lines); leave it out here, and say when to call it in the description if it matters")
    return value


PhoneNumber = Annotated[str, BeforeValidator(digits_as_written, json_schema_input_type=str | int), AfterValidator(_phone_number)]


# How to reach a number, written before it or as a part of its note (between brackets, commas, semicolons or slashes):
# 'Call or text (503) 555-0100', '... (call/text)' one number, two ways ("both"); 'Text 988 (Spanish)', 'SMS: ...',
# '... (text only, Spanish)' a number to text; 'WhatsApp: ...' one for WhatsApp; 'Fax: ...' one no one answers;
# 'Phone/Fax: ...' one to call (a label 'Fax' would say otherwise); 'Call or WhatsApp ...', '... (call, text or
# WhatsApp)' one number, each of those ways ("ways", _ways_kinds).
_WAY_WORDS = {
    "ways": r"(?:(?:calls?|texts?|sms)\s*(?:,|/|&|\bor\b|\band\b)\s*)+whatsapp|whatsapp(?:\s*(?:,|/|&|\bor\b|\band\b)\s*(?:calls?|texts?|sms))+",
    "voice": r"(?:phone|tel(?:ephone)?)\s*(?:/|&|and)\s*fax|fax\s*(?:/|&|and)\s*(?:phone|tel(?:ephone)?)",
    "both": r"call\s+or\s+text|text\s+or\s+call|(?:calls?|voice)\s*(?:/|&|and)\s*texts?|texts?\s*(?:/|&|and)\s*(?:calls?|voice)|"
            # in Spanish: 'Llame o envíe un texto al ...', 'Llamadas y mensajes de texto: ...', '... (llamada o texto)'
            r"(?:llam(?:e|a|ar)|llamadas?)\s+(?:o|y|/)\s+(?:env[ií](?:e|a|ar)\s+(?:un\s+)?)?(?:mensajes?\s+de\s+)?textos?(?:\s+al?)?",
    "text": r"sms(?:\s+only)?|texts?(?:\s*line|\s+us(?:\s+(?:at|on))?|\s+only|\s+messages?(?:\s+only)?)?|"
            # in Spanish: 'Texto: ...', '... (solo texto)', 'Envíe un mensaje de texto al ...'
            r"(?:solo\s+)?(?:(?:env[ií](?:e|a|ar)\s+(?:un\s+)?)?(?:mensajes?\s+de\s+)?textos?|mensajes?\s+de\s+texto)(?:\s+(?:solamente|al?))?",
    "whatsapp": r"whatsapp(?:\s+only)?",
    "none": r"(?:fax|facsimile|pager)(?:\s+(?:line|number|only))?",
}
_WAY = re.compile(r"(?:^|(?<=[(,;/\d)]))\s*(?:" + "|".join(f"(?P<{way}>{words})" for way, words in _WAY_WORDS.items())
                  + r")\s*(?:[,;:]\s*|(?=$|[)/]|[+(]?\d))", re.IGNORECASE)


def way_said(words: str | None) -> str | None:
    """The way to reach a number that a phone's label (or a feed's description) says, if that is all it says
    ('Fax', 'Text only', 'WhatsApp'): one of _WAY_WORDS, or None."""
    said = words.strip(" :.()") if words else ""
    return next((way for way, pattern in _WAY_WORDS.items() if re.fullmatch(pattern, said, re.IGNORECASE)), None)


def no_one_answers(words: str | None) -> bool:
    """Whether a phone's label says it is a fax or pager ('Fax', 'Fax line'): a button to call it reaches no one."""
    return way_said(words) == "none"


# A comma, semicolon or slash left with nothing on one side once the words of a way are taken out.
_LEFT_DANGLING = re.compile(r"^\s*[,;/]\s*|\s*[,;/]\s*(?=\)|$)|(?<=\()\s*[,;/]\s*")


def _way(written: str) -> tuple[str, str] | None:
    """How a number written with words is reached, if they say (_WAY), and the number with the rest of its words:
    'none' if any of them names a fax or pager; 'both' where they say to call and to text ('Text ... (call or
    text)' too); 'several' where they name two ways a phone cannot both be ('WhatsApp: ... (text only)')."""
    found = list(_WAY.finditer(written))
    ways = {match.lastgroup for match in found}
    if not ways:
        return None
    way = "none" if "none" in ways else "both" if ways == {"both", "text"} else ways.pop() if len(ways) == 1 else "several"
    rest = re.sub(r"\(\s*\)", "", _LEFT_DANGLING.sub("", _WAY.sub("", written)))  # no comma, slash or brackets left empty
    return way, " ".join(rest.split())


def _ways_kinds(written: str) -> list[str]:
    """The kinds of phone the ways a number's words name, in their order: 'Call or WhatsApp' is voice and whatsapp
    ('call or text' alone, "both", is voice and text)."""
    said = next((match.group() for match in _WAY.finditer(written) if match.lastgroup in ("ways", "both")), "")
    return list(dict.fromkeys(kind for word in re.findall(r"[A-Za-z]+", said) if (kind := _KIND_OF_WAY.get(word.lower()))))


# The kind of phone each word of a way names.
_KIND_OF_WAY = {"call": "voice", "calls": "voice", "voice": "voice", "text": "text", "texts": "text", "sms": "text",
                "whatsapp": "whatsapp", "llame": "voice", "llama": "voice", "llamar": "voice", "llamada": "voice",
                "llamadas": "voice", "texto": "text", "textos": "text"}


def numbers_as_phones(value: Any, validate: ValidatorFunctionWrapHandler, info: ValidationInfo) -> Any:
    """Phones written as their numbers alone (`phones: (503) 555-0100`, or a list of numbers): a phone each, to call;
    'Call or text (503) 555-0100 (Spanish)' or '(503) 555-0100 (call/text, Spanish)' is that number to call and
    then to text, each with its note (a number that cannot be read, only to call, so that the problem is told
    once; a short code that takes only texts, only to text, as both read alike); '(503) 555-0100 or (503)
    555-0101' a phone for each number. (Written as `number:`, two numbers stay refused: which one a label or kind
    is for is not said.)"""
    items = [value] if isinstance(value, str) or whole_number(value) else value
    if not isinstance(items, list):
        return validate(value)
    region, read = _region(info), []
    for item in items:
        if isinstance(item, dict) and len(item) == 1 and (said := next(iter(item))) not in Phone.model_fields and (
                isinstance(item[said], str) or whole_number(item[said])):
            item = f"{said}: {item[said]}"  # '- TTY: 711', '- Office: (503) 555-0100' unquoted: YAML's one-key block
        call_and_text = _CALL_OR_TEXT_A_WORD.fullmatch(item.strip()) if isinstance(item, str) else None
        if call_and_text and _read_as_written(number := call_and_text["number"] or call_and_text["before"], region):
            texted = {"number": number, "kind": "text", "text_message": call_and_text["word"] or call_and_text["said"]}
            alone = phones.number_and_words(number, region) or phones.number_and_note(number, region)
            dialled = phones.dial(alone[0] if alone else number, region)
            read.append([texted] if dialled and dialled.texts_only else [{"number": number}, texted])  # 741741: no calls
            continue
        way = _way(item) if isinstance(item, str) and not _AND_CHAT.search(item) else None  # chat: the phone refuses it
        if way and way[0] in ("both", "ways"):  # a phone for each way, the first reporting the number's problem if any
            first, *others = [{"number": way[1], **({"kind": kind} if kind != "voice" else {})} for kind in _ways_kinds(item)]
            read.append([first, *(others if _read_as_written(way[1], region) else [])])
        elif isinstance(item, str) and not phones.dial(item, region) and (
                apart := phones.numbers_apart(item, region) or phones.number_then_short_code(item, region)
                or phones.numbers_ending_apart(item, region) or _phones_apart(item, region)):
            read.append([{"number": number} for number in apart])
        else:
            read.append([{"number": item} if isinstance(item, str) or whole_number(item) else item])
    return _in_place(read, validate)


# A word to send by text as lines ask for one, in capitals, in quotes or not ('HOME', "'TALK'"), named by its group.
_WORD = r"[\"'\u201c\u2018]?(?P<{}>[A-Z][A-Z\d]+)[\"'\u201d\u2019]?"
# A number to call, and to text with a word: 'Call or text HOME to (503) 555-0117', '(503) 555-0117 (call or text
# HOME)' (each had been a phone to call, labelled 'Or text HOME to', and the text line lost).
_CALL_OR_TEXT_A_WORD = re.compile(r"(?i:call|phone)\s+or\s+(?i:text)\s+" + _WORD.format("word") + r"\s+(?i:to)\s+(?P<number>\S.*)|"
                                  r"(?P<before>.*\d\)?)\s*\(\s*(?i:call|phone)\s+or\s+(?i:text)\s+" + _WORD.format("said") + r"\s*\)")


# Chat among the ways to reach a number ('Call, text or chat 988', as 988 is published; 'call/text/chat'): the chat
# is a web page's, and the words had labelled a phone to call 'Text or chat'.
_AND_CHAT = re.compile(r"\b(?:call|text|sms)\s*(?:(?:,|/|&|\bor\b|\band\b)\s*(?:call|text|sms)\s*)*(?:,|/|&|\bor\b|\band\b)\s*chat\b",
                       re.IGNORECASE)


# What stands between phones written in one entry, outside any brackets: 'Call 988 or text HOME to 741741' ("... |
# ...", "... / ..." too); or only a space, after words in brackets ('(503) 555-0117 (English) (503) 555-0118
# (Spanish)', not after an area code, '(503) 555...') or before the label of the next ('Local: (503) 555-0117
# Toll-free: 1-800-...', or after a dash, '... — Spanish: ...').
_BETWEEN_PHONES = re.compile(r"(?:\s*(?:[,;|](?:\s*(?:or|and)\b)?|\s/\s|\s(?:or|and)\s)\s*"  # ', or ...' too
                             r"|(?<=\))(?<!\(\d\))(?<!\(\d\d\))(?<!\(\d{3}\))(?<!\(\d{4}\))(?<!\(\d{5}\))\s+"
                             r"|(?<=\d)(?:\s+[\u2013\u2014-])?\s+(?=[^\W\d][^:()\d]*:\s*[+(\d]))(?![^()]*\))", re.IGNORECASE)


def _phones_apart(written: str, region: str) -> list[str] | None:
    """Phones written in one entry, each with its own words ('Call 988 or text HOME to 741741', '(503) 555-0117
    (Spanish), (503) 555-0118 (English)'): each part as written, to be read as a phone of its own (and a fax among
    them refused as its own entry); None unless every part reads as a phone."""
    parts = _BETWEEN_PHONES.split(written)
    if len(parts) == 1 and (inner := _ANOTHER_IN_BRACKETS.fullmatch(written)):  # '(503) 555-0117 (TTY: 711)'
        parts = [inner.group(1), inner.group(2) or inner.group(3)]
    return parts if len(parts) > 1 and all(_read_as_written(part, region) for part in parts) else None


# Another number in brackets after one, after 'or' or with its words before a colon: '(503) 555-0117 (TTY: 711)',
# '... (after hours: 988)', '... (or 988)'; not '01632 960111 (Room 101)', a room's number, though 101 is a short code.
_ANOTHER_IN_BRACKETS = re.compile(r"(.*\d.*?)\s*\(\s*(?:(?:or|and)\s+([^()]*\d[^()]*)|([^()\d:]+:\s*[^()]*\d[^()]*))\)\s*",
                                  re.IGNORECASE)


# A word to send, then the number to send it to: 'Text HOME to 741741 (24/7)', 'SMS "HELP" to ...'; the word in
# quotes too, without them (they had been sent as part of the word); after a label and a colon ('Crisis Text Line:
# text HELLO to 741741', whose label had been 'Crisis Text Line text HELLO to', and the word not sent).
_TEXT_TO = re.compile(r"^(?:(?P<label>[^\d:]+?)\s*:\s*)?(?:text|sms|env[ií](?:a|e|ar)|textea)\s+[\"'\u201c\u2018]?(?P<word>(?=\S*[^\W\d])[^\s\"'\u201d\u2019]+)"
                      r"[\"'\u201d\u2019]?\s+(?:to|al?)\s+(?P<number>\S.*)$", re.IGNORECASE)  # in Spanish, 'Envía AYUDA al 741741'
# The word to send after the number, in its note or after a dash or comma: '741741 (text HOME)', '741741 - keyword
# HOME', '..., 24/7)' after it too (it had been the label 'Text HOME', beside a button that sent nothing). The word
# in capitals, as lines ask for one, so that 'Text Relay' or 'Text line' stays a label; '(call or text HOME)' is
# not this (a way before it).
_WORD_TO_SEND = re.compile(r"(?:(?<=\()|[,;:\u2013\u2014-])\s*(?:text|sms|(?:text\s+(?:the\s+)?)?(?:key)?word)\s+"
                           + _WORD.format("word") + r"\s*(?=[,;)]|$)")
# What a phone of each kind is for, as a refusal says it.
_KIND_VERB = {"voice": "call", "text": "text", "whatsapp": "message on WhatsApp"}


class Translation(Fields):
    """A listing's words in another language the site is published in; what it leaves out shows as written."""

    name: Title | None = Field(None, description="The name, as people who speak the language know it.", examples=["Grupo de escucha de voces"])
    summary: Line | None = Field(None, description="The one-sentence summary, translated.")
    description: Document | None = Field(None, description="The description, translated (Markdown, as the description).")
    cost_note: Line | None = Field(None, description="The details of the cost, translated.")
    accessibility: Paragraph | None = Field(None, description="The access notes, translated.")
    hours_note: Line | None = Field(None, description="The note on its hours (or what a line without set hours says "
                                    "instead, such as By appointment), translated.")


class Phone(Fields):
    number: PhoneNumber = Field(
        description="The whole number, with its area code (or + and the country code), or a short code such as 988; "
                    "a call dials an extension written after it (ext. 12) once answered.",
        examples=["(503) 555-0142", "+44 1632 960123"],
    )
    kind: Annotated[Literal["voice", "text", "whatsapp"], Choice] = Field(
        "voice", description="How to use it: voice (call), text (SMS) or whatsapp."
    )
    label: Line | None = Field(None, description="What the number is for, if there are several.", examples=["Office"])
    hours: Line | None = Field(
        None, description="When it is answered, in words, if different from the listing's hours.", examples=["Evenings"]
    )
    # No example: the scaffold's example phone is a voice line, which takes none.
    text_message: Short | None = Field(
        None, description="A word to send, if the text line asks for one: its button reads 'Text HOME to 741741'."
    )

    @model_validator(mode="before")
    @classmethod
    def _as_directories_write_it(cls, data: Any, info: ValidationInfo) -> Any:
        """A number written with words about it, as directories publish one, is the number and its label ('(503)
        555-0100 (TTY)', 'Toll-free: 1-800-555-0199'), or the number alone ('Call 211'), or a number to text and
        the word to send ('Text HOME to 741741'), or the number and when it is answered ('(503) 555-0100 (Mon-Fri
        9-5)'), or a number to text or for WhatsApp where the words say so before it or in its note ('Text 988
        (Spanish)', '... (text only)'); where the phone gives its own label, kind, word or hours, the words stay
        with the number, to be refused, as a fax number is. A short code that takes only text messages (741741 in
        the US), given without its kind, is a number to text: a button to call it would reach nobody."""
        if not isinstance(data, dict) or not isinstance(number := digits_as_written(data.get("number")), str):
            return data
        region = _region(info)
        way = _way(number) if phones.dial(number, region) is None else None
        if way and way[0] == "none":
            named = next(match.group("none") for match in _WAY.finditer(number) if match.group("none"))
            raise fail(f"'{number}' is a {named.lower()} number, which no one answers: leave it out", at="number")
        labelled = way_said(data.get("label"))
        if labelled == "none":  # label: Fax
            raise fail(f"a {data['label'].strip(' :.()').lower()} number is one no one answers: leave it out", at="label")
        if labelled in ("text", "whatsapp"):  # label: Text only, which a button to call would contradict
            if data.get("kind", labelled) != labelled:
                raise fail(f"'{data['label']}' says it is a number to {_KIND_VERB[labelled]}, but its kind says {data['kind']}: "
                           f"write kind: {labelled}, or another label", at="label")
            # Its kind, and no label: its button says as much ('Text (503) 555-0145', not '... Text us' beside it).
            data = {**{name: value for name, value in data.items() if name != "label"}, "kind": labelled}
        if _AND_CHAT.search(number) and phones.problem(number, region):  # 'Call, text or chat 988': the text had been lost
            raise fail(f"'{number}': a chat is had on a web page, not at a number; write the ways to use the number alone "
                       "(Call or text ...), and the chat's address as the listing's website or in its description", at="number")
        if call_and_text := _CALL_OR_TEXT_A_WORD.fullmatch(number.strip()):  # as a list entry, a phone for each
            word = call_and_text["word"] or call_and_text["said"]  # (numbers_as_phones)
            raise fail(f"'{number}' is a number to call and to text {word} to: give each its own "
                       "entry, one with kind: text and the word as text_message, or write it as an entry of its own in the "
                       "list of phones", at="number")
        if way and way[0] == "both":  # a list entry is read as both ('- Call or text ...'); one phone is one button
            raise fail(f"'{number}' is a number to call and to text: give each its own entry, one with kind: text, or "
                       f"write it as an entry of its own in the list of phones, - Call or text {way[1]}", at="number")
        if way and way[0] == "ways":
            verbs = " and to ".join(_KIND_VERB[kind] for kind in _ways_kinds(number))
            raise fail(f"'{number}' is a number to {verbs}: give each its own entry, each with its kind, or write it as "
                       f"an entry of its own in the list of phones", at="number")
        if way and way[0] == "several":
            raise fail(f"'{number}' names more than one way to reach it: give each its own entry, with its kind (voice, "
                       "text or whatsapp)", at="number")
        if way and way[0] in _KIND_VERB and _read_as_written(way[1], region):  # 'Text 988 (Spanish)': to text, labelled Spanish
            if data.get("kind", way[0]) != way[0]:
                raise fail(f"'{number}' is a number to {_KIND_VERB[way[0]]}, but its kind says {data['kind']}: write kind: "
                           f"{way[0]}, or only the number if it is one to {_KIND_VERB[data['kind']]}", at="number")
            number = way[1]
            data = {**data, "number": number, "kind": way[0]}
        texting = _TEXT_TO.match(number)  # 'Text HOME to 741741 (24/7)', 'SMS HOME to ...': the word to send, then the
        if texting and not _given(data, "kind") and not _given(data, "text_message") and _read_as_written(texting["number"], region):
            label = {"label": texting["label"]} if texting["label"] and not _given(data, "label") else {}
            data = {**data, "number": texting["number"], "kind": "text", "text_message": texting["word"], **label}
            number, texting = texting["number"], None  # number, read with its own words as any number is (with a kind
            # or word of its own, the words stay in the number, refused, as never a voice line's label)
        elif (sent := _WORD_TO_SEND.search(number)) and data.get("kind", "text") == "text" and not _given(data, "text_message"):
            rest = " ".join(re.sub(r"\(\s*\)", "", _LEFT_DANGLING.sub("", number[: sent.start()] + number[sent.end() :])).split())
            if _read_as_written(rest, region):  # '741741 (text HOME, 24/7)': the number, answered 24/7
                data, number = {**data, "number": rest, "kind": "text", "text_message": sent["word"]}, rest
        worded = phones.problem(number, region) is not None  # a number with words about it, or no number at all
        if worded and (address := address_in(number)):  # it had been the number's label, its @ and dots dropped
            which = f"{'an email' if address[1] == 'email' else 'a web'} address"
            if not any(char.isdigit() for char in number.replace(address[0], "")):
                raise fail(f"'{number}' is {which}, not a phone number; write it as the listing's {address[1]}", at="number")
            raise fail(f"'{number}' holds {which}, {address[0]}, as well as the number; write only the number here, and "
                       f"the address as the listing's {address[1]} (or in its description)", at="number")
        found = phones.number_and_words(number, region) if worded else None
        noted = _with_its_note(number, region) if worded and found is None else None
        if "kind" not in data:  # a short code that takes only texts, with its note too: '741741 (24 hours)'
            dialled = phones.dial(noted.number if noted else found[0] if found else number, region)
            data = {**data, "kind": "text"} if dialled is not None and dialled.texts_only else data
        if noted and noted.said == "option" and data.get("kind", "voice") != "voice":
            raise fail(f"'{number}': '{noted.words}' is chosen on a call, not in a message; give the number to "
                       f"{_KIND_VERB[data['kind']]} alone, {noted.number}", at="number")
        fields = noted.fields() if noted else {}
        if noted and not any(_given(data, field) for field in fields):  # '... (Mon-Fri 9-5)', '988, press 1', '... (ages 18-25)'
            return {**data, "number": noted.number, **fields}
        if found and not found[1]:
            data = {**data, "number": found[0]}
        elif found and not _given(data, "label") and not texting:
            data = {**data, "number": found[0], "label": found[1][0].upper() + found[1][1:]}
        return data

    @model_validator(mode="after")
    def _fits_its_kind(self, info: ValidationInfo) -> Phone:
        """WhatsApp needs a full number; a short code that takes only texts is no number to call; only a call
        reaches an extension; only a text line takes a word to send. (It runs only once the number was accepted,
        which it is only where it can be dialled.)"""
        dialled = phones.dial(self.number, _region(info))
        assert dialled is not None
        if self.kind == "whatsapp" and dialled.short:
            raise fail(f"WhatsApp needs a full number with its country code, not the short code {self.number}", at="number")
        if self.kind != "voice" and dialled.relay:
            raise fail(f"{self.number} is dialled through Relay UK, a call typed and read; write kind: voice, or "
                       "leave kind out", at="kind")
        if self.kind == "voice" and dialled.texts_only:
            raise fail(f"{self.number} takes text messages, not calls: write kind: text", at="kind")
        if self.kind != "voice" and dialled.extension:
            raise fail(f"a message cannot go to an extension: write the number alone, {dialled.unextended}, and the "
                       f"extension in its label if people need it", at="number")
        if self.text_message is not None and self.kind != "text":
            raise fail("only a text line takes a word to send: add 'kind: text', or remove text_message", at="text_message")
        return self


def _read_as_written(number: str, region: str) -> bool:
    """Whether a number as written is read as a phone: one a region dials, alone or with words a phone's reading
    takes (Phone._as_directories_write_it: a label; when it is answered; the option to choose on a call; a note)."""
    return (phones.problem(number, region) is None or phones.number_and_words(number, region) is not None
            or _with_its_note(number, region) is not None)


@dataclass(frozen=True)
class _Note:
    number: str  # as written
    said: Literal["hours", "option", "label"]
    words: str  # the note as the phone's hours take it, or the option or other words as written
    label: str  # the words before the number, or ''

    def fields(self) -> dict[str, str]:
        """The phone's fields the note and the words before the number give: 'Crisis line: 988 (24/7)' is
        labelled 'Crisis line' and answered 24/7; 'Spanish: 988, press 2' is labelled 'Spanish, press 2'."""
        if self.said == "hours":
            return {"hours": self.words, **({"label": self.label} if self.label else {})}
        if not self.label:
            return {"label": self.words[0].upper() + self.words[1:]}
        return {"label": f"{self.label}, {self.words}" if self.said == "option" else f"{self.label} ({self.words})"}


def _with_its_note(number: str, region: str) -> _Note | None:
    """A number with a note after it that has figures in it (phones.number_and_note), read as: when it is answered
    ('(503) 555-0117 (Mon-Fri 9-5)', '..., 24/7'), its hours; the option to choose once it answers ('988, press 1',
    'Call 988 and press 1'), its label 'Press 1'; other words whose figures are no number and no extension ('...
    (ages 18-25)', '... (Line 2)', '... after 5pm'), its label. Words before the number are its label ('Welsh:
    01632 960222 (Mon-Fri 9-5)'). None for any other note (one with another number in it, '... (or 988)', says
    two; one with a word of how to reach a number, '... Text press 1', says more)."""
    noted = phones.number_and_note(number, region)
    if noted is None:
        return None
    written, words, before = noted
    if _WAY_NAMED.search(before):  # 'Please call Dave on ...': no label
        return None
    label = before[0].upper() + before[1:] if before else ""
    if _answered(words):
        return _Note(written, "hours", words, label)
    pieces = [piece.strip() for piece in words.split(",")]  # '116 123 (free, 24/7)': its hours, and the rest its label
    timed = [piece for piece in pieces if _answered(piece)]
    rest = ", ".join(piece for piece in pieces if piece not in timed)
    if len(pieces) > 1 and len(timed) == 1 and rest and not any(c.isdigit() for c in rest) and not _WAY_NAMED.search(rest):
        return _Note(written, "hours", timed[0], f"{label} ({rest})" if label else rest[0].upper() + rest[1:])
    if option := phones.MENU_OPTION.fullmatch(words):
        verb, rest = option.group(1).split(maxsplit=1)  # 'PRESS 1 for the Veterans Crisis Line': only its verb in
        return _Note(written, "option", f"{verb.lower()} {rest}", label)  # lower case, as after a label
    if phones.has_number_or_extension(words, region) or _WAY_NAMED.search(words) or not any(c.isalpha() for c in words):
        return None  # (a note of figures alone, '116 123/4', says no more than a number, which is in doubt)
    return _Note(written, "label", words, label)


def _answered(words: str) -> bool:
    """Whether a note beside a number says when it is answered: '24/7', 'Mon-Fri 9-5', '9-5' (9 am-5 pm)."""
    return bool(_ALWAYS.match(words) or time_span(words) or _hours_span(words) or _periods(words))


# A word that says how to reach a number, anywhere in a note: the note is then no label ('... Text press 1'). Not
# 'Text Line' in a line's name ('Crisis Text Line: 741741 (24/7)' had been refused).
_WAY_NAMED = re.compile(r"\b(?:call|text(?!\s+line\b)|sms|whatsapp|fax|pager|press|option)\b", re.IGNORECASE)


# What says only that an address follows ('Address: ...'), and words that say none is given ('Call for address',
# 'Confidential', 'Provided on registration', 'Multiple locations'), which would otherwise be read as a town.
_ADDRESS_SAID = re.compile(r"^\s*(?:address|location|where)\s*:\s*", re.IGNORECASE)
_NO_ADDRESS = re.compile(r"\b(?:call|contact|e-?mail|ask|provided|given|shared|confidential|private|undisclosed|withheld|"
                         r"request|regist\w*|sign(?:-|\s)?up|various|varies|multiple|several|rotat\w*|tb[acd]|n/a|address(?:es)?|locations?)\b",
                         re.IGNORECASE)
# A place that is none: online ('Online', 'Virtual', 'Zoom', 'Via Zoom', 'Online only').
_ONLINE_PLACE = re.compile(r"^\s*(?:(?:via|on|by)\s+)?(?:online|virtual(?:ly)?|zoom|teams|microsoft\s+teams|google\s+meet|remote|"
                           r"web|internet)(?:\s+(?:only|meeting|call|video))?\s*\.?\s*$", re.IGNORECASE)
# Words for a part of a building, which an address's second line gives ('Suite B', 'Rear entrance'): no town.
# Not 'Upper', 'Flat' or 'Front', which begin towns (Upper Darby, Flat Rock, Front Royal).
_IN_A_BUILDING = re.compile(r"\b(?:suite|ste|unit|apt|apartment|floor|room|rm|building|bldg|office|rear|entrance|basement|"
                            r"upstairs|downstairs|annex|annexe)\b", re.IGNORECASE)
# A post office box, which a service's address for mail may be and the place it is never is.
POST_BOX = re.compile(r"\b(?:P\.?\s*O\.?\s*Box|Post\s+Office\s+Box|PO\s+Box)\b", re.IGNORECASE)
# A ZIP code; a postcode: a ZIP code, a UK postcode, or an Irish Eircode ('D02 X285').
_ZIP_WRITTEN = r"\d{5}(?:-\d{4})?"
_POSTCODE = _ZIP_WRITTEN + r"|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|[AC-FHKNPRTV-Y]\d[\dW]\s*[\dAC-FHKNPRTV-Y]{4}"
# The end of an address on one line: a US state and ZIP code, or a postcode alone.
_STATE_AND_POSTCODE = re.compile(r"(?:([A-Z]{2})\s+)?(" + _POSTCODE + ")")
# A street, its town, and its state and ZIP code or its postcode with no commas at all ('12 Main St Portland OR
# 97201'): where the street ends is a guess (at its last word like St or Road), made only to suggest the parts.
_STREET_WORDS = (r"(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Pl|Place|Ct|Court|Hwy|Highway|Pkwy"
                 r"|Parkway|Ter|Terrace|Sq|Square|Close|Crescent|Cres)\.?")
_STREET_TOWN_AND_END = re.compile(
    r"(.*\d.*\b" + _STREET_WORDS + r")\s+([^\d]+?)\s+"
    r"((?:[A-Z]{2}\s+)?(?:" + _POSTCODE + "))",
    re.IGNORECASE,
)
# A street named without its number ('Castle Road'), and a building a place is in ('Fenwick Library', 'The Old
# School', 'St Mary's Church Hall'): in an address of two parts without figures, what its parts may be besides a
# town and its state ('Springfield, Oregon').
_A_STREET = re.compile(r"\b" + _STREET_WORDS + r"$", re.IGNORECASE)
_A_BUILDING = re.compile(r"\b(?:library|hall|church|chapel|cent(?:re|er)|school|college|university|house|club|hospital|"
                         r"clinic|surgery|caf[eé]|hotel|inn|pub|mosque|synagogue|temple|gurdwara|institute|pavilion|hub|"
                         r"museum|station|barn|rooms)\b", re.IGNORECASE)
# A US state by its name, and its ZIP code if given, as the end of an address on a US site ('..., Portland, Oregon
# 97201', 'Portland, Oregon'); and a town and its state's letters without a comma between them ('Portland OR').
_US_STATE_NAMED = re.compile(r"(" + "|".join(US_STATES) + r")(?:\s+(" + _ZIP_WRITTEN + "))?", re.IGNORECASE)
_TOWN_AND_STATE = re.compile(r"([^\d,]*[^\d\s,])\s+(" + "|".join(US_STATES.values()) + r")")
_COUNTY = re.compile(r"(?:Co\.?|County)\s+[^\W\d]", re.IGNORECASE)  # 'Co. Durham', 'County Cork': a county, no town
_ZIP = re.compile(_ZIP_WRITTEN)
_COUNTRY_AFTER_POSTCODE = re.compile(r"(.*(?:" + _POSTCODE + r"))\s+([^\d,]+)")  # '... OR 97201 USA': the country
# A town and its state and ZIP code or its postcode, without a comma between them: 'Portland OR 97201', 'Leeds LS1 4AB'.
_TOWN_STATE_AND_ZIP = re.compile(r"([^\d,]*?[^\d\s,])\s+((?:[A-Z]{2}\s+)?(?:" + _POSTCODE + "))")


def _address_parts(written: str) -> list[str]:
    """The parts of an address written as text: apart by commas, or on lines of their own, as an envelope or a web
    page sets them ('12 Main St' above 'Springfield, OR 97201'; they had been refused as a street of two lines)."""
    return [part.strip() for part in re.split(r"[,\n]", written) if part.strip()]


def _a_town(part: str) -> bool:
    """Whether a part of an address may be its town: no figures, and no street's, building's or room's words ('High
    Street', 'First Baptist Church' and 'Suite B' are none: '..., New York 10001' after them is the city)."""
    return not any(c.isdigit() for c in part) and not (_A_STREET.search(part) or _A_BUILDING.search(part) or _IN_A_BUILDING.search(part))


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

    @model_validator(mode="before")
    @classmethod
    def _in_parts(cls, data: Any, info: ValidationInfo) -> Any:
        """An address on one line, as directories publish one, is its parts where which is which is not in doubt:
        a town alone ('Springfield'), or parts ending in a US state and ZIP code or a postcode ('12 Main St,
        Springfield, OR 97201' or '..., Springfield OR 97201': the street, the town, the state and ZIP; 'SP1 2AB'
        alone), or a town and its state's two letters ('Springfield, OR'), or a street and its town ('12 High St,
        Fenwick': a part with a number in it, then one without, which names no part of a building, as 'Suite B'
        would); a part with a number in it is a street, never the town ('12 Main St, 97201'); a country after them
        ('..., USA', '..., UK') is its code. Words that say no address is given ('Call for
        address', 'Confidential') are refused, not read as a town. Any other is refused with the parts it seems
        to have, to write: which is which is the contributor's to say, since addresses differ from one country to
        the next ('Springfield, Oregon' is no street in a town called Oregon)."""
        if not isinstance(data, str):
            return data
        data = _ADDRESS_SAID.sub("", data)
        if _NO_ADDRESS.search(data) and not any(c.isdigit() for c in data):  # 'Call for address', 'Confidential'
            raise fail(f"'{data}' gives no address; leave address out (the region says where it is), and say how to "
                       "find the place in the description or directions")
        if _ONLINE_PLACE.match(data):  # 'Online', 'Zoom': had been read as a town called Online
            raise fail(f"'{data.strip()}' is no place to go to; if it meets only online, write format: online and leave "
                       "location out (a hybrid group gives the place it also meets in)")
        parts = _address_parts(data)
        if parts and (after := _COUNTRY_AFTER_POSTCODE.fullmatch(parts[-1])) and COUNTRY_NAMES.get(after.group(2).casefold().rstrip(".")):
            parts[-1:] = [after.group(1), after.group(2)]  # '..., Portland OR 97201 USA', as after a comma
        country = COUNTRY_NAMES.get(parts[-1].casefold().rstrip(".")) if len(parts) > 1 else None  # '..., USA': its code
        if country and (len(parts) > 2 or _STATE_AND_POSTCODE.search(parts[-2]) or not any(c.isdigit() for c in parts[-2])):
            parts.pop()  # '..., Springfield OR 97201, USA', 'Springfield, USA'
        else:
            country = None  # '12 Main St, Wales': the town
        us = _region(info) == "US"  # where a state's name ends an address ('Washington' is a town in England)
        if len(parts) > 2 and _ZIP.fullmatch(parts[-1]) and (
                parts[-2] in US_STATES.values() or us and _US_STATE_NAMED.fullmatch(parts[-2])) or len(parts) > 1 and (
                _ZIP.fullmatch(parts[-1]) and (joined := _TOWN_AND_STATE.fullmatch(parts[-2])) and _a_town(joined.group(1))):
            parts[-2:] = [f"{parts[-2]} {parts[-1]}"]  # '..., Springfield, OR, 97201', as a spreadsheet's columns are
            # joined (OR had been the town); '..., Springfield OR, 97201' (the town had been 'Springfield OR')
        # 'Portland, Oregon 97201', 'Portland, Oregon': the state, after a town ('..., 12 Main St, New York' is a city)
        state = _US_STATE_NAMED.fullmatch(parts[-1]) if us and len(parts) > 1 and _a_town(parts[-2]) else None
        if parts and not state and not _STATE_AND_POSTCODE.fullmatch(parts[-1]) and (joined := _TOWN_STATE_AND_ZIP.fullmatch(parts[-1])):
            parts[-1:] = [joined.group(1), joined.group(2)]
        if us and parts and (town_and_state := _TOWN_AND_STATE.fullmatch(parts[-1])) and _a_town(town_and_state.group(1)):
            parts[-1:] = [town_and_state.group(1), town_and_state.group(2)]  # '..., Portland OR'
        last = _STATE_AND_POSTCODE.fullmatch(parts[-1]) if parts and not state else None
        end: dict[str, str] = {}  # a postcode, or a state, which says the part before it is the town
        if state:
            parts.pop()
            end = {"state_province": state.group(1), **({"postal_code": state.group(2)} if state.group(2) else {})}
        elif last:
            parts.pop()
            end = {**({"state_province": last.group(1)} if last.group(1) else {}), "postal_code": last.group(2)}
            if len(parts) > 1 and not last.group(1) and _COUNTY.match(parts[-1]) and not _A_BUILDING.search(parts[-1]):
                end = {"state_province": parts.pop(), **end}  # '..., Fenwick, Co. Durham, SP1 2AB' (the county had been
                # the town, the town the street's)
        elif len(parts) > 1 and re.fullmatch(r"[A-Z]{2}", parts[-1]):  # 'Portland, OR': a state after its town
            end = {"state_province": parts.pop()}
        town = parts.pop() if parts and not any(c.isdigit() for c in parts[-1]) else None  # a street has a number
        fields = {"address_1": ", ".join(parts), "city": town, **end, **({"country": country} if country else {})}
        # '12 High St, Fenwick', 'High Street, Fenwick': the part with a number, or named as a street, is the street,
        # and the one after it the town, unless it names a part of a building ('12 Main St, Suite B'), as the second
        # line of an address does, or a building ('Castle Road, Fenwick Library')
        in_building = bool(town and _IN_A_BUILDING.search(town))  # 'Suite B': an address's second line, not a town
        street = bool(parts) and (any(c.isdigit() for c in parts[-1]) or bool(_A_STREET.search(parts[-1]))) and not (
            in_building or _A_BUILDING.search(town or ""))
        if (end and (town or "postal_code" in end)) or (not end and town and (not parts or street)):
            return {name: value for name, value in fields.items() if value}
        if len(parts) == 1 and not town and (guess := _STREET_TOWN_AND_END.fullmatch(parts[0])):  # '12 Main St Portland OR 97201'
            ending = _STATE_AND_POSTCODE.fullmatch(guess.group(3))
            fields = {"address_1": guess.group(1), "city": guess.group(2), "state_province": ending.group(1),  # type: ignore[union-attr]
                      "postal_code": ending.group(2)}  # type: ignore[union-attr]
        if in_building:  # '12 Main St, Suite B': its second line, and no town
            fields = {"address_1": fields["address_1"], "address_2": town, **fields, "city": None}
        said = "; ".join(f"{name}: {value or '(its town)'}" for name, value in fields.items() if value or name == "city")
        if town and not end and len(parts) == 1 and not in_building:  # two parts: which is which?
            first, venue = parts[0], "and the place's name as venue: {}, beside address:"
            if _A_BUILDING.search(town) and (_A_STREET.search(first) or any(c.isdigit() for c in first)):
                said = f"address_1: {first}; city: (its town); {venue.format(town)}"  # 'Castle Road, Fenwick Library'
            elif _A_STREET.search(town):  # 'Fenwick Library, Castle Road'
                said = f"address_1: {town}; city: (its town); {venue.format(first)}"
            elif _A_BUILDING.search(first):  # 'The Old School, Fenwick'
                said = f"city: {town}; {venue.format(first)}"
            elif not any(c.isdigit() for c in data):  # 'Springfield, Oregon'
                said = f"city: {first}; state_province: {town} (or {said}, if it is a street and its town)"
        raise fail(f"write the address in its parts, each on its own line under address:, like {said}")

    @model_validator(mode="after")
    def _locates(self) -> Address:
        require_one(self, ("city", "postal_code"), "an address needs at least the town (city:) or the postal code (postal_code:)")
        for name in ("address_1", "address_2"):
            if POST_BOX.search(getattr(self, name) or ""):  # the page would send someone to a post office
                raise fail(f"'{getattr(self, name)}' is where post goes, not a place to visit; give the street address, "
                           f"or leave {name} out (the town and postcode say where it is)", at=name)
        return self


# A place's name with words in brackets after it: 'Harbor City Library (2nd floor meeting room)'.
_NAME_AND_BRACKETS = re.compile(r"([^()]*[^()\s])\s*\(\s*([^()]*[^()\s])\s*\)")


def _place_as_text(written: Any, vocab: Any) -> Any:
    """A place written as one line of text, as a spreadsheet's location column gives it ('12 Main St, Harbor City,
    OR 97201'): its address, in the site's region its town (or another of its parts) names; refused, told the two
    fields to write, where no part names one (it had been told only that a block of fields goes there)."""
    if not isinstance(written, str) or not written.strip() or vocab is None:
        return written
    region = next((found for part in reversed(_address_parts(written)) if (found := vocab.find("region", part))), None)
    if region is None:
        example = vocab.ids["region"][0] if vocab.ids.get("region") else "..."
        raise fail(f"'{written}' gives no region of the site's; write the place's region and its address under location:, "
                   f"each on its own line, like region: {example} and address: {written}")
    return {"region": region, "address": written}


class Location(Fields):
    venue: Line | None = Field(None, description="The name of the place.", examples=["Riverside Community Hall"])
    address: Annotated[Address, WORDS] | None = Field(None, description="The street address. Leave it out to keep a safe house private.")
    region: Region = Field(description="The site region the place is in (one of the regions in site.yaml).")
    directions: Paragraph | None = Field(
        None, description="How to find the room, step-free access, parking or transit.", examples=["Side door, ground floor."]
    )
    latitude: Latitude | None = Field(
        None, description="Latitude in decimal degrees, for 'Near me' in search (negative south of the equator).", examples=[45.52]
    )
    longitude: Longitude | None = Field(
        None, description="Longitude in decimal degrees (negative west of Greenwich).", examples=[-123.84]
    )

    @model_validator(mode="before")
    @classmethod
    def _venue_first(cls, data: Any, info: ValidationInfo) -> Any:
        """An address on one line that begins with the place's name, then its street ('First Baptist Church, 123 Main
        St, Portland, OR 97201'), as directories publish a meeting place: the name is the venue, where none is
        given (it had been the address's first line, which maps then searched for). Only a name with no figure
        that is no street or part of a building, before a part with a number, and a town after; words in brackets
        after the name ('Harbor City Library (2nd floor meeting room), ...') are the directions, where none are
        given. A place written as text alone is its address (_place_as_text)."""
        data = _place_as_text(data, info.context)
        address = data.get("address") if isinstance(data, dict) else None
        parts = _address_parts(address) if isinstance(address, str) and not data.get("venue") else []
        named = _NAME_AND_BRACKETS.fullmatch(parts[0]) if parts and not data.get("directions") else None
        name = named.group(1) if named else parts[0] if parts else ""
        if (len(parts) > 2 and not any(c.isdigit() for c in name) and any(c.isdigit() for c in parts[1])
                and not _A_STREET.search(name) and not _IN_A_BUILDING.search(name) and not _ADDRESS_SAID.match(name)):
            found = {"venue": name, "address": ", ".join(parts[1:])}
            return {**data, **found, **({"directions": named.group(2)[0].upper() + named.group(2)[1:]} if named else {})}
        return data

    @model_validator(mode="after")
    def _where_on_earth(self, info: ValidationInfo) -> Location:
        """Both coordinates or neither, and inside the region's box when site.yaml gives it one."""
        if (self.latitude is None) != (self.longitude is None):
            raise fail("give both latitude and longitude, or neither", at="latitude" if self.longitude is None else "longitude")
        bounds = info.context.bounds.get(self.region) if info.context else None
        if bounds is None or self.latitude is None or self.longitude is None or bounds.holds(self.latitude, self.longitude):
            return self
        if bounds.holds(self.longitude, self.latitude):
            raise fail("latitude and longitude look swapped: latitude comes first (north-south), then longitude", at="latitude")
        raise fail(
            f"{self.latitude}, {self.longitude} is outside the region '{self.region}' ({bounds}); check the numbers "
            "and their signs, or the region",
            at="latitude",
        )


Week = Literal[1, 2, 3, 4, 5, "last"]
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5,
             # and in Spanish, as a site published in Spanish too gets them: 'primer y tercer jueves', 'último viernes'
             "primer": 1, "primero": 1, "primera": 1, "segundo": 2, "segunda": 2, "tercer": 3, "tercero": 3, "tercera": 3,
             "cuarto": 4, "cuarta": 4, "quinto": 5, "quinta": 5, "último": "last", "ultimo": "last"}


def _week(value: Any) -> Any:
    """A week of the month as written: '1st', 'last', or '2' ('weeks: 2, 4', a list written as text, has them as text)."""
    if not isinstance(value, str):
        return value
    said = value.strip().lower()
    return int(said) if said.isdigit() else _ORDINALS.get(said, said)


_HOURS_AND_MINUTES = re.compile(  # and in Spanish: '90 minutos', '2 horas', '1 hora 30 minutos'
    r"^(?:(\d+(?:\.\d+)?)\s*(?:h|hrs?|hours?|horas?)\.?)?\s*(?:(\d+)\s*(?:m|mins?|minutes?|minutos?)?\.?)?$", re.IGNORECASE
)


def _minutes(value: Any) -> Any:
    """A duration as directories write it: '90 minutes', '1.5 hours', '1 hour 30 minutes', '1h30'; minutes."""
    if isinstance(value, float):  # 1.5 of what? A duration is minutes
        raise fail(f"{value:g} is not a number of minutes; write minutes, a whole number, like 90 for an hour and a half")
    match = _HOURS_AND_MINUTES.match(value.strip()) if isinstance(value, str) else None
    if match and (match.group(1) or match.group(2)):
        return round(float(match.group(1) or 0) * 60) + int(match.group(2) or 0)
    return value


def _weeks(value: Any) -> Any:
    """Weeks written without a list: `weeks: 2`, `weeks: 2nd and 4th`, `weeks: 1, 3`."""
    if whole_number(value):
        return [value]
    return items_in(value) if isinstance(value, str) else value


# Words around days and weeks: 'the 1st and 3rd Thursday of each month', 'Saturday mornings'.
_BETWEEN = {"and", "of", "the", "month", "monthly", "week", "each", "every", "on", "in", "weekly", "we", "meet", "meets", "morning", "mornings",
            "once", "a",  # 'Once a week, Tuesdays'; 'once a month' says not which weeks, and is refused
            "twice",  # 'Twice a month, 1st and 3rd Tuesday', 'Twice monthly: ...': with two weeks or days named
            "afternoon", "afternoons", "evening", "evenings", "night", "nights", "lunchtime", "lunchtimes",
            "y", "cada", "los", "todos", "el", "de", "del", "mes"}  # and in Spanish: 'los lunes y miércoles', 'cada
            # martes', 'todos los martes', 'el primer jueves de cada mes'
# A day's words that say which half of it a time without am or pm is in: 'Tuesday evenings 7-9' is 7-9 pm; and
# Spanish's, after the time, as Spanish writes one ('7:30 de la tarde', '10 de la mañana', 'de 7 a 9 de la noche').
_HALF_OF_DAY = re.compile(r"\b(?:week)?(?:(?P<morning>morning)|(?P<afternoon>afternoon)|evening|night)s?\b|"
                          r"\b(?:de|por|en)\s+la\s+(?:(?P<mañana>mañana|madrugada)|(?P<tarde>tarde)|noche)\b", re.IGNORECASE)
# The same words after the time, which say no more once it has its am or pm: '7 to 8:30 in the evening'.
_HALF_AFTER_TIME = re.compile(r"(?<=\S)\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night|"
                              r"(?:de|por|en)\s+la\s+(?:mañana|madrugada|tarde|noche))\s*$", re.IGNORECASE)
# How directories say a meeting is every other week: 'every other Tuesday', 'alternate Tuesdays', 'fortnightly'; in
# Spanish, 'cada dos semanas', 'martes alternos', 'quincenal' ('cada quince días', as Spanish counts a fortnight).
_SPANISH_FORTNIGHTLY = r"cada\s+(?:dos|2)\s+semanas|cada\s+(?:quince|15)\s+d[ií]as|quincenal(?:mente)?"
_FORTNIGHTLY = re.compile(r"\b(?:every\s+other(?:\s+week)?|alternate|fortnightly|bi-?weekly|"
                          r"every\s+(?:second|2nd|two|2)\s+weeks?|alternos|alternas|" + _SPANISH_FORTNIGHTLY + r")(?:\s+on|,?\s+los)?\b",
                          re.IGNORECASE)

# 'Every second Tuesday': the 2nd of each month in one country, every other week in the next.
_EVERY_SECOND = re.compile(r"^\s*every\s+(?:second|2nd)\s+(\w+)\s*$", re.IGNORECASE)


def _weekly(written: str) -> str:
    """A meeting's day without the words that say it is every other week: 'every other Tuesday' is 'Tuesday'."""
    return _FORTNIGHTLY.sub(" ", written).strip(" ,")


_EVERY = re.compile(r"^\s*(?:every|each|on)\s+", re.IGNORECASE)


def _days_and_weeks(written: str) -> tuple[list[str], list[Any]] | None:
    """'Every Tuesday', '1st and 3rd Thursday', 'last Friday of the month', as directories write a meeting's day:
    the days and the weeks of the month it names (more than one day is the meeting's to refuse); each day of a span
    ('Mon-Fri', 'every weekday'); None if it names no day, or more than days and weeks."""
    words = re.findall(r"[^\W_]+", written.lower())  # letters beyond ASCII too: 'miércoles'
    days = list(dict.fromkeys(day for word in words if (day := weekday_named(word))))
    if len(words) == 1 and days:
        return None  # one day alone: the meeting's own reading
    if not days or _SPAN_SAID.search(written):  # 'Mon-Fri', 'every weekday', 'Mon-Fri evenings': each day between
        plain = _AFTER_DAYS.sub("", written)  # (days named by words alone were Monday and Friday only)
        spanned = next((found for said in (written, plain) if (found := day_span(said) or day_span(_EVERY.sub("", said)))), None)
        if spanned and len(spanned) > 1:
            return spanned, []
    weeks = [_week(word) for word in words if word in _ORDINALS or word == "last"]
    if "twice" in words and 2 not in (len(days), len(weeks)):  # 'Twice a month on Tuesdays' says not which two
        return None
    if not days or any(
        not weekday_named(word) and word not in _ORDINALS and word != "last" and word not in _BETWEEN for word in words
    ) or (_MONTHLY.search(written) and not weeks):  # 'Monthly, 1st Tuesday'; 'monthly on Tuesdays' says not which
        return None
    return days, weeks


_SPAN_SAID = re.compile(r"[-\u2013\u2014]|\b(?:to|through|thru|till|until|a)\b", re.IGNORECASE)  # 'lunes a viernes' too


def _given(data: dict, name: str) -> bool:
    return data.get(name) not in (None, "", [])


CalendarDay = Day  # a field below is called date, which would hide the type in its class


class MeetingChange(Fields):
    date: CalendarDay = Field(description="The date of the regular meeting that is not as usual, YYYY-MM-DD.", examples=["2026-12-24"])
    cancelled: YesNo = Field(False, description="yes if the meeting on that date does not happen.")
    moved_to: CalendarDay | None = Field(None, description="The date it happens instead, YYYY-MM-DD.", examples=["2026-12-23"])
    start: ClockTime | None = Field(
        None, description="The start time on the new date, if not the usual one: \"18:00\" (24-hour, in quotes) or \"6 pm\".", examples=["18:00"]
    )
    note: Line | None = Field(None, description="Why, or anything else to know.", examples=["Christmas Eve"])

    @model_validator(mode="after")
    def _cancelled_or_moved(self) -> MeetingChange:
        if self.cancelled and self.moved_to is not None:
            raise fail("a meeting is either cancelled or moved; remove 'cancelled' or 'moved_to'", at="moved_to")
        if not self.cancelled and self.moved_to is None:
            raise fail("say what changes: 'cancelled: yes', or 'moved_to:' with the new date", at="cancelled")
        if self.start is not None and self.moved_to is None:
            raise fail("'start' is the time on the new date: give 'moved_to' too, or remove 'start'", at="start")
        return self


def _meeting_day_as_written(data: dict[str, Any]) -> dict[str, Any]:
    """A meeting's weekday as directories write it, with its weeks ('1st and 3rd Thursday') or every other week
    ('every other Tuesday', which needs every_other_week: to say which); 'every second Tuesday' says neither."""
    second = _EVERY_SECOND.match(data["weekday"]) if isinstance(data.get("weekday"), str) else None
    if second and (day := (weekday_named(second.group(1)) or "").capitalize()):
        raise fail(f"'{data['weekday']}' could be the 2nd {day} of each month or every other {day}: write \"2nd {day} "
                   f"of the month\", or every other {day} with every_other_week: (the date of one of its meetings)",
                   at="weekday")
    if isinstance(data.get("weekday"), str) and _FORTNIGHTLY.search(data["weekday"]):
        if not _given(data, "every_other_week"):
            day = (next((day for word in _weekly(data["weekday"]).split() if (day := weekday_named(word))), None) or "day").capitalize()
            raise fail(f"'{data['weekday']}' is every other week: which {day}s? Give the date of one of its meetings "
                       f"as well, every_other_week: YYYY-MM-DD (a {day} it meets)", at="weekday")
        data["weekday"] = _weekly(data["weekday"])
    named = _days_and_weeks(data["weekday"]) if isinstance(data.get("weekday"), str) else None
    if named:
        days, weeks = named
        day = days[0]
        if len(days) > 1:  # "1st Tuesday and Thursday" (_on_each_day reads the others): which weeks has each?
            raise fail(f"'{data['weekday']}' names {len(days)} days; give each its own meeting, with weekday: {day} "
                       f"in one and weekday: {days[1]} in the next", at="weekday")
        if weeks and _given(data, "weeks"):
            raise fail(f"'{data['weekday']}' names its weeks, and weeks: gives them too; write weekday: {day}, "
                       "and the weeks in weeks: alone", at="weekday")
        data["weekday"] = day
        if weeks:
            data["weeks"] = weeks
    return data


def _meeting_times_as_written(data: dict[str, Any]) -> dict[str, Any]:
    """A meeting's start and end as directories write them: both in the start ('7-9pm'), or without am or pm, as
    the same times written as text are read (unhalved_span, afternoon_time)."""
    for name in ("start", "end"):  # 'start: 7pm ET': the time, in the zone named after it, as in text
        unzoned, zones = _zone_named(data[name]) if isinstance(data.get(name), str) else ("", set())
        if len(zones) == 1 and unzoned.strip():
            zone = zones.pop()
            if _given(data, "timezone") and _zone_or_none(str(data["timezone"]).strip()) not in (zone, None):
                raise fail(f"'{data[name]}' names a time zone other than the one its meeting's other time or timezone: "
                           f"gives; write each time alone, like \"{unzoned.strip()}\", and the zone once, in timezone:", at=name)
            data[name], data["timezone"] = unzoned.strip(), data.get("timezone") or zone
    both = time_span(data.get("start"))
    if both and (_given(data, "end") or _given(data, "duration")):
        raise fail(f"'{data['start']}' gives the end too; write start: \"{both[0]:%H:%M}\" alone", at="start")
    if both:
        data["start"], data["end"] = both
    elif isinstance(data.get("start"), str):  # field by field, read as the same times written as text are
        pair = unhalved_span(data["start"], data["end"]) if isinstance(data.get("end"), str) else None
        if pair:
            data["start"], data["end"] = pair
        else:
            data["start"] = afternoon_time(data["start"]) or data["start"]
    return data


def _zone_or_none(written: str) -> str | None:
    """The zone a timezone: field names, as the field reads it; None where it names none (the field tells that)."""
    try:
        return zone_of(written)
    except PydanticCustomError:
        return None


def _into_the_night(start: time, end: time) -> bool:
    """Whether a meeting from start to an end at or before it runs on past midnight, as a late one does ('8pm-midnight',
    '10pm-1am'): from the evening into the small hours, or to midnight from after noon. Other such ends are slips
    ('19:00-07:00' for 7 to 9 pm), refused."""
    return start.hour >= 18 and end.hour < 6 or end == time(0) and start.hour >= 12


class Meeting(Fields):
    weekday: Annotated[Weekday, OR_SEVERAL] = Field(description="The day it meets: monday to sunday.", examples=["tuesday"])
    weeks: Annotated[list[Annotated[Week, ReadsWords(_week)]], ReadsWords(_weeks)] = Field(
        [],
        description="Which weeks of the month it meets (1 to 5, or last). Leave empty for every week.",
        examples=[[2, 4], ["last"]],
    )
    every_other_week: CalendarDay | None = Field(  # no example: most meetings are weekly or monthly
        None, description="For a meeting every other week (fortnightly): the date of one of its meetings, YYYY-MM-DD, "
        "from which the others follow. Leave it out for a meeting every week.",
    )
    start: StartTime = Field(description="Start time: \"19:00\" (24-hour, in quotes) or \"7 pm\".", examples=["19:00"])
    end: ClockTime | None = Field(
        None, description="End time, written as the start is; earlier than the start for a meeting past midnight "
        "(\"22:00\" to \"01:00\"). Leave it out if only the start is known.", examples=["20:30"]
    )
    duration: Annotated[int, Field(ge=5, le=720), ReadsWords(_minutes)] | None = Field(  # no example: the scaffold's meeting has an end
        None, description="How long it lasts, in minutes (such as 90), instead of an end time."
    )
    timezone: TimeZone | None = Field(
        None, description="Time zone, if not the site's own (see site.yaml).", examples=["America/Chicago"]
    )
    note: Line | None = Field(None, description="Anything else about this meeting.", examples=["Except in August"])
    exceptions: Annotated[list[MeetingChange], OneOrMore] = Field(
        [], description="Dates when this meeting is cancelled or moved, each with the date of the regular meeting."
    )

    @model_validator(mode="before")
    @classmethod
    def _as_directories_write_it(cls, data: Any) -> Any:
        """A day written with its weeks ('1st and 3rd Thursday') is that day and those weeks, or 'every other
        Tuesday' that day every other week; a start written with its end ('7-9pm') is that start and end; times
        without am or pm are read as in text: what a directory publishes, whose meaning is not in doubt."""
        if isinstance(data, str) and (told := _too_long(data, "meetings")):
            raise fail(told)
        if isinstance(data, str):  # what _meetings_written could not read as a day and a time
            raise fail(f"'{data}' cannot be read as a meeting" + (
                _weeks_in_doubt(data)
                or _time_missing(data)
                or _with_its_half(data, lambda evening: all(isinstance(m, dict) for m in _meetings_in(evening)))
                or _zone_in_doubt(data, lambda other: all(isinstance(m, dict) for m in _meetings_in(other)))
                or _zones_disagree(data, lambda said: [m.get("start") if isinstance(m, dict) else None for m in _meetings_in(said)])
                or _weeks_of_another_day(data)
                or (f"; write its day, then its time, like {_EXAMPLES['meetings'][in_spanish(data)]}, or as weekday: and start: "
                    "fields" + _no_schedule(data))))
        if not isinstance(data, dict):
            return data
        return _meeting_times_as_written(_meeting_day_as_written(dict(data)))

    @model_validator(mode="after")
    def _every_other_week_from_a_meeting_day(self) -> Meeting:
        if self.every_other_week is None:
            return self
        if self.weeks:
            raise fail("a meeting in some weeks of the month is not every other week: give weeks or every_other_week, "
                       "not both", at="every_other_week")
        if WEEKDAYS[self.every_other_week.weekday()] != self.weekday:
            day = WEEKDAYS[self.every_other_week.weekday()].capitalize()
            raise fail(f"{self.every_other_week} is a {day}; give the date of a {self.weekday.capitalize()} it meets",
                       at="every_other_week")
        return self

    @model_validator(mode="after")
    def _exceptions_on_meeting_days(self) -> Meeting:
        for index, change in enumerate(self.exceptions):
            if not self.falls_on(change.date):
                day = WEEKDAYS[change.date.weekday()].capitalize()
                raise fail(
                    f"{change.date} is a {day}, not a day this meeting falls on; write the date of the regular meeting",
                    at=("exceptions", index, "date"),
                )
        return self

    def first_on_or_after(self, day: date) -> date:
        """The first day the regular meeting falls on, on or after `day` (within the year after it, where every
        weekday of every week of the month comes round): a start for its recurrence that depends on no clock."""
        for ahead in range(400):
            if self.falls_on(found := day + timedelta(days=ahead)):
                return found
        return day

    def first_start(self, on_or_after: date, site_zone: str) -> datetime:
        """When the regular meetings begin, in the meeting's time zone (or the site's): the first on or after a day
        (the day the listing was last checked), as its calendar's DTSTART, HSDS's dtstart and its schema.org
        startDate all give it."""
        return datetime.combine(self.first_on_or_after(on_or_after), self.start, tzinfo=ZoneInfo(self.timezone or site_zone))

    def falls_on(self, day: date) -> bool:
        """Whether the regular meeting falls on a day: its weekday, in one of its weeks of the month if it names them,
        or a whole number of fortnights from its every_other_week."""
        if WEEKDAYS[day.weekday()] != self.weekday:
            return False
        if self.every_other_week is not None:
            return (day - self.every_other_week).days % 14 == 0
        last = (day + timedelta(days=7)).month != day.month
        return not self.weeks or (day.day - 1) // 7 + 1 in self.weeks or ("last" in self.weeks and last)

    @model_validator(mode="after")
    def _ends_after_start(self) -> Meeting:
        if self.end is not None and self.duration is not None:
            raise fail("give an end time or a duration, not both", at="duration")
        if self.end is not None and self.end <= self.start and not _into_the_night(self.start, self.end):
            raise fail(f"the end time, {self.end:%H:%M}, must be after the start time, {self.start:%H:%M}", at="end")
        ends = self.ends
        if self.duration is not None and ends is not None and ends < self.start and not _into_the_night(self.start, ends):
            raise fail(f"it would end at {ends:%H:%M} the next day; shorten the duration", at="duration")
        return self

    @property
    def ends(self) -> time | None:
        """The end time, given or worked out from the duration (at or before the start: the next day, as late
        meetings end, '8pm-midnight', '10pm-1am'); None when only the start is known."""
        return self.ends_from(self.start)

    @property
    def length(self) -> int | None:
        """How long it lasts, in minutes, past midnight included; None when only the start is known."""
        if self.end is None:
            return self.duration
        return (self.end.hour * 60 + self.end.minute - self.start.hour * 60 - self.start.minute) % (24 * 60) or 24 * 60

    def ends_from(self, start: time) -> time | None:
        """When a meeting starting at `start` ends, as long as this one lasts (a moved meeting keeps its length):
        at or before the start, the next day; None when only the start is known."""
        length = self.length
        if length is None:
            return None
        minutes = (start.hour * 60 + start.minute + length) % (24 * 60)
        return time(minutes // 60, minutes % 60)


class OpeningPeriod(Fields):
    days: Annotated[list[Weekday], WORDS] = Field(description="The days these hours apply to.", examples=[["monday", "friday"]], min_length=1)
    opens: StartTime = Field(description="Opening time: \"18:00\" (24-hour, in quotes) or \"6 pm\".", examples=["18:00"])
    closes: ClockTime = Field(
        description="Closing time, written as the opening time is; \"00:00\" for midnight, or earlier than opens for overnight.",
        examples=["23:00"],
    )

    @model_validator(mode="before")
    @classmethod
    def _as_directories_write_it(cls, data: Any) -> Any:
        """Days written as a span or a word ('Mon-Fri', 'weekdays', 'daily') are those days; one day alone is a
        list of one; opening hours written as one ('9am-5pm') are when it opens and closes."""
        if not isinstance(data, dict):
            return data
        data = dict(data)
        days = data.get("days")
        if isinstance(days, str):
            days = [days]
        if isinstance(days, list):
            data["days"] = [day for item in days for day in ((isinstance(item, str) and day_span(item)) or [item])]
        both = _hours_span(data.get("opens"))
        if both and _given(data, "closes"):
            raise fail(f"'{data['opens']}' gives the closing time too; write opens: \"{both[0]:%H:%M}\" alone", at="opens")
        if both:
            data["opens"], data["closes"] = both
        elif isinstance(data.get("opens"), str) and isinstance(data.get("closes"), str):  # as if written as one
            data["opens"], data["closes"] = unhalved_span(data["opens"], data["closes"]) or (data["opens"], data["closes"])
        return data

    @classmethod
    def __get_pydantic_json_schema__(cls, core_schema: CoreSchema, handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        """For the editor schemas: closes is needed unless opens gives it ('9am-5pm'), and then not taken, as
        _as_directories_write_it reads them."""
        schema = super().__get_pydantic_json_schema__(core_schema, handler)
        own = handler.resolve_ref_schema(schema)
        if handler.mode == "validation":
            own["required"] = [name for name in own["required"] if name != "closes"]
            own.update({"if": {"properties": {"opens": WITH_ITS_END}, "required": ["opens"]},
                        "then": {"not": {"required": ["closes"]}}, "else": {"required": ["closes"]}})
        return schema

    @property
    def all_day(self) -> bool:
        """Open from midnight to midnight ('Sat-Sun 24 hours'), which the page says as '24 hours'."""
        return self.opens == self.closes == time(0)


_ALWAYS_SAID = (r"(?:(?:open|available)\s+)?(?:24\s*[/-]\s*7(?:\s*[/-]\s*365|,?\s+365(?:\s+days(?:\s+a\s+year)?)?)?|24\s*(?:hours?|hrs?)(?:\s+a\s+day)?(?:(?:,?\s+|\s*/\s*)7\s+days(?:\s+a\s+week)?)?"
                r"(?:(?:,?\s+|\s*/\s*)365\s+days(?:\s+a\s+year)?)?"
                # in Spanish: '24 horas', '(las) 24 horas al día, 7 días a la semana', 'todos los días, 24 horas'
                r"|(?:todos\s+los\s+d[ií]as,?\s+)?(?:las\s+)?24\s+horas(?:\s+al\s+d[ií]a)?(?:,?\s+(?:los\s+)?7\s+d[ií]as(?:\s+(?:a|de)\s+la\s+semana)?)?"
                # the same in words, as a line says when it can be called: 'Around the clock', 'Anytime'
                r"|(?:a?round\s+the\s+clock|always(?:\s+open)?|any\s*time|twenty[-\s]four\s*(?:/\s*|\s+)(?:7|seven)"
                r"|twenty[-\s]four\s+hours(?:\s+a\s+day)?(?:,?\s+(?:7|seven)\s+days(?:\s+a\s+week)?)?))")
_ALWAYS = re.compile(r"^" + _ALWAYS_SAID + r"$", re.IGNORECASE)
# What it is open for, said after it without a comma ('Open 24/7 for calls and texts', '24/7 by phone or text'):
# its note, as after a comma; not 'by appointment', which is no 24/7.
_ALWAYS_FOR = re.compile(r"^" + _ALWAYS_SAID + r"\s+((?:for|via|through|by\s+(?:phone|telephone|text|call|chat|sms|e-?mail|web|"
                         r"online|whatsapp))\b\D*)$", re.IGNORECASE)


# Between the parts of hours or meetings written as text: a semicolon, a line, a bar, a bullet ('Weekdays 9am-5pm ·
# Weekends 10am-2pm', as a web page lists them), or a full stop after a time
# ('Mon-Fri 9am-5pm. Sat 10am-2pm.', '... 5 p.m. Sat ...', 'Mon-Fri 9-5. Also Sat 10-2.') or after the time zone
# named after one ('Mondays 7pm PT. Thursdays 6pm', '... UK time. Sat ...'), not after a day ('Mon. - Fri.').
_ZONES_SAID = sorted({*NAMED_ZONES, *ZONES_IN_DOUBT}, key=len, reverse=True)
_PARTS = re.compile(r"[;\n|]|\s[·•]\s|(?:(?:(?<=\d[ap]m)|(?<=\d[AP]M)|(?<=[ap]\.m)|(?<=[AP]\.M)|(?<=\d))\.|\.(?i:"
                    + "|".join(rf"(?<=\s{zone}{said}\.)" for zone in _ZONES_SAID for said in ("", " time"))  # tried at a
                    + r"))(?:\s+(?=[A-Z])(?!(?i:" + "|".join(_ZONES_SAID) + r")\b)|\s*$)")  # full stop alone
# (a capital after the full stop, as a sentence begins, and no time zone: '9 a.m. to 5 p.m.' is one span, and so is
# '7:00 p.m. PT')
_OPEN = r"(?:(?:phone\s+)?lines\s+(?:are\s+)?)?(?:open|available)\b"  # before hours: 'Open Mon-Fri 9-5', 'Lines open 8am-8pm daily', 'Available 24/7'


_BETWEEN_TIMES = re.compile(r"^between\s+(\S+)\s+and\s+(\S+(?:\s*[ap]\.?m\.?)?)$", re.IGNORECASE)


def _day_then_time(part: str, names_days: Callable[[str], Any], names_a_time: Callable[[str], Any]) -> tuple[str, str] | None:
    """A part of hours or meetings written as text, 'Mon-Fri: 9am-5pm', 'Every Monday at noon' or, the time
    first, '9am-5pm Monday to Friday', as its days and its time, as written: cut where the words on one side name
    days and the words on the other a time; None if nowhere."""
    words = part.split()
    for cut in range(1, len(words)):
        days = " ".join(words[:cut]).rstrip(",:-\u2013\u2014 ")  # 'Mondays - 7pm'
        when = re.sub(r"^(?:(?:at|from|de|desde|a\s+las?)\s+|@\s*)", "", " ".join(words[cut:]), flags=re.IGNORECASE)
        when = _BETWEEN_TIMES.sub(r"\1-\2", when)  # 'between 7 and 8:30pm' is 7-8:30pm
        if names_days(days) and names_a_time(when):
            return days, when
    for cut in range(1, len(words)):
        when, after = " ".join(words[:cut]).rstrip(","), re.sub(r"^on\s+", "", " ".join(words[cut:]), flags=re.IGNORECASE)
        if not names_a_time(when):
            continue
        for days in dict.fromkeys((re.sub(r"^every\s+", "", after, flags=re.IGNORECASE), after)):  # 'every Monday' is
            if names_days(days):  # Monday; 'every night' is every night
                return days, when
    return None


def _zone_pattern(names: Iterable[str]) -> re.Pattern[str]:
    """A time zone named after times: at the end of a part, before ',', ';', a line, a bar or a full stop that ends a
    sentence ('Mon-Fri 9am-5pm EST. Sat 10am-2pm', whose full stop then follows the time and parts them)."""
    return re.compile(r"\s*\(?\b(" + "|".join(names) + r")(?:\s+time)?\)?(?=\s*(?:[;,\n|]|\.(?:\s|$)|$))", re.IGNORECASE)


_ZONE_NAMED, _ZONE_IN_DOUBT = _zone_pattern(NAMED_ZONES), _zone_pattern(ZONES_IN_DOUBT)


def _a_zone(words: str) -> bool:
    """Whether words in brackets after times name a time zone ('(ET)', '(MST)'), which is no note."""
    return bool(_ZONE_NAMED.fullmatch(words) or _ZONE_IN_DOUBT.fullmatch(words))


def _zone_in_doubt(written: str, reads: Callable[[str], bool]) -> str:
    """What to write for meetings or hours refused only for a zone name that stands for two zones ('9am-5pm
    MST'); empty if that is not what stops them."""
    match = _ZONE_IN_DOUBT.search(written)
    if not match or not reads(_ZONE_IN_DOUBT.sub("", written)):
        return ""
    return f": {match.group(1)} is written for two time zones; write {ZONES_IN_DOUBT[match.group(1).lower()]} instead"


def _zone_named(written: str) -> tuple[str, set[str]]:
    """Text without the time zones named after its times, and the zones they name (of 'p.m. EST.', one full stop)."""
    unzoned = re.sub(r"(?<=[ap]\.m\.)\.", "", _ZONE_NAMED.sub("", written), flags=re.IGNORECASE)
    return unzoned, {NAMED_ZONES[match.group(1).lower()] for match in _ZONE_NAMED.finditer(written)}


# The same times in another zone after them, after a slash or in brackets, as groups and lines that serve more than
# one zone write them: 'Tuesdays 7pm ET / 4pm PT', 'Mon-Fri 9am-5pm ET (6am-2pm PT)'.
_AND_IN_ANOTHER_ZONE = re.compile(r"^(?P<said>.*\S)\s*(?:/|\()\s*(?P<other>[^/()]*\d[^/()]*?)\s*\)?\s*$")


@dataclass(frozen=True)
class _TwoZones:
    """Times said in one zone and again in another: the text before, with its zone (which the reader reads), and
    the times after, each zone also as written."""

    said: str
    zone: str
    zone_said: str
    other: tuple[time, time | None]
    other_zone: str
    other_zone_said: str
    other_said: str

    def agrees(self, written: Any) -> bool:
        """Whether times written before ('7pm'), in their zone, are the times after in theirs."""
        return isinstance(written, str) and self.other in self.in_other_zone(written)

    def in_other_zone(self, written: str) -> list[tuple[time | None, ...]]:
        """Times written before as a clock in the other zone shows them, in winter and in summer (not every country
        changes its clocks on the same dates)."""
        times = _times_of(written)
        return [tuple(datetime.combine(day, at, ZoneInfo(self.zone)).astimezone(ZoneInfo(self.other_zone)).time()
                      if at else None for at in times) for day in (date(2026, 1, 15), date(2026, 7, 15))] if times else []


def _times_of(written: str) -> tuple[time, time | None] | None:
    """A time or a span of two, as text says them ('7pm', '9am-5pm')."""
    span = time_span(written)
    return span if span else ((at, None) if (at := time_in_text(written)) else None)


def _two_zones(written: str) -> _TwoZones | None:
    """Times followed by the same times in another zone, or None."""
    found = _AND_IN_ANOTHER_ZONE.match(written)
    other, other_zones = _zone_named(found["other"]) if found else ("", set())
    zones = _zone_named(found["said"])[1] if found else set()
    times = _times_of(other.strip()) if len(other_zones) == 1 else None
    if not found or len(zones) != 1 or zones == other_zones or times is None:
        return None
    said_as = [_ZONE_NAMED.search(part).group(1) for part in (found["said"], found["other"])]  # type: ignore[union-attr]
    return _TwoZones(found["said"], zones.pop(), said_as[0], times, other_zones.pop(), said_as[1], found["other"].strip())


def _zones_disagree(written: str, times: Callable[[str], list[Any]]) -> str:
    """What to write for times refused because those after them in another zone are not the same ('Tuesdays 7pm ET /
    5pm PT'): the times in one zone alone; empty if that is not what stops them. `times` gives the times as written
    of each meeting or period that the text before reads as."""
    two = _two_zones(written)
    found = times(two.said) if two else []
    wrong = next((said for said in found if not two.agrees(said)), None) if two and all(isinstance(t, str) for t in found) else None
    moved = two.in_other_zone(wrong) if two and wrong else []
    if not two or not moved:
        return ""
    said = "-".join(_twelve_hour(at) for at in moved[0] if at)
    return (f": {wrong} {two.zone_said} is {said} {two.other_zone_said}, not {two.other_said}; give the times in one "
            f"zone, like \"{two.said}\"")


def _in_pieces(part: str, reads: Callable[[str], Any]) -> list[Any] | None:
    """A part written with commas (or slashes between spaces, '&' or 'and') between its own parts, 'Mon-Fri 9am-5pm,
    Sat 10am-2pm', 'Mon-Fri: 9-5 / Sat: 10-2', 'Mon-Thu 10am-4pm and Fri 10am-1pm', as what `reads` makes of each (a
    piece as short as reads, where the rest then reads too: 'Mon, Wed, Fri 10am-2pm' is one; 'Mon-Fri 9-12, 1-5, Sat
    10-2' two, closed for lunch on weekdays); None if it cannot be cut so."""
    pieces = re.split(r"(,|\s/\s|\s&\s|\sand\s)", part)  # each piece, then what follows it

    @cache  # each start once, and a read of at most 7 pieces ('Mon, Tue, Wed, Thu, Fri, Sat, Sun 9-5'): a long
    def from_piece(start: int) -> list[Any] | None:  # refused text is not tried every way it could be cut
        for end in range(start + 1, min(len(pieces), start + 13) + 1, 2):
            read = reads("".join(pieces[start:end]).strip())
            rest = from_piece(end + 1) if read and end < len(pieces) else []
            if read and rest is not None:
                return [read, *rest]
        return None

    return from_piece(0)


def _meetings_written(value: Any, validate: ValidatorFunctionWrapHandler) -> Any:
    """Meetings written as text, as directories publish them ('Tuesdays 7-9pm; 1st and 3rd Thursday, 6pm'; or a
    list of such), each its day, then its time: a meeting each, as if written field by field, which the meeting's
    own reading then takes apart (Meeting._as_directories_write_it). Text that is not a day and a time is left
    as it is, to be refused as one."""
    if isinstance(value, str):  # one line: its meetings in the order written
        parts: list[str] = []
        written = [part.strip() for part in _PARTS.split(value) if part.strip()]
        for part in _days_beside_times(written, _meeting_days, lambda said: all(isinstance(m, dict) for m in _meetings_in(said))):
            remark = _remark_after(f"{parts[-1]}, {part}") if parts and not re.search(r"\d", part) else None
            if remark and remark.group(2) == part or parts and _DOORS_OPEN.fullmatch(part):  # 'Tuesdays 7pm. Bring a friend.',
                parts[-1] = f"{parts[-1]}, {part}"  # '...; doors open 6:30': the meetings' before it, as after a comma
            else:
                parts.append(part)
        return validate([meeting for part in parts for meeting in (_meetings_in(part) if not _too_long(part, "") else [part])])
    if not isinstance(value, list):
        return validate(value)
    return _in_place([(_meetings_in(item) if not _too_long(item, "") else [item]) if isinstance(item, str) else _on_each_day(item)
                      for item in value], validate)


def _days_beside_times(parts: list[str], names_days: Callable[[str], Any], reads: Callable[[str], Any]) -> list[str]:
    """Parts of hours or meetings written as text, where days stand apart from their times as a web page's table
    copied sets them (days and times on lines of their own, 'Monday - Friday | 9am - 5pm'): a part that names only
    days and the part after it, which names none, as one part where together they read."""
    joined: list[str] = []
    for part in parts:
        days = joined[-1].rstrip(": ") if joined else ""
        if days and names_days(days) and not _names_days(part) and reads(f"{days} {part}"):
            joined[-1] = f"{days} {part}"
        else:
            joined.append(part)
    return joined


# The most characters one part of hours or meetings written as text may have (between ';', lines or bars): each
# way of cutting a part is tried, so reading a long one with many figures took seconds, then minutes (a pasted
# paragraph would stall check), and no directory writes a part so long.
_LONGEST_PART = 300


def _too_long(written: str, what: str) -> str:
    """The refusal of text with a part too long to read as `what` (meetings, opening hours); empty if none is."""
    longest = max((part.strip() for part in _PARTS.split(written)), key=len, default="")
    if len(longest) <= _LONGEST_PART:
        return ""
    return (f"'{longest[:40]}...' is too long to read as {what} ({len(longest)} characters in one part); write only the "
            "days and times, each part apart by ';', and any other words in the description")


def _on_each_day(meeting: Any) -> list[Any]:
    """A meeting written field by field on several days ('weekday: Tuesday and Thursday', 'Tue, Thu', a list of
    days): a meeting on each, at the times given, as the same text is read ('Tuesdays and Thursdays at 7pm'). Days
    with their weeks of the month stay one meeting, to be refused, as it is not said which weeks each has."""
    written = meeting.get("weekday") if isinstance(meeting, dict) else None
    if isinstance(written, list) and written and all(isinstance(day, str) for day in written):  # [tuesday, thursday]
        meeting = {**meeting, "weekday": ", ".join(written)}
        written = meeting["weekday"]
    named = _days_and_weeks(written) if isinstance(written, str) and not _FORTNIGHTLY.search(written) else None
    if named is None or len(named[0]) < 2 or named[1]:
        return [meeting]
    return [{**meeting, "weekday": day} for day in named[0]]


def _meetings_in(written: str) -> list[Any]:
    """The meetings one part of the text says: 'Tuesdays 7-9pm'; 'Mondays and Wednesdays at 7pm' (a meeting each,
    at the same time); 'Thursdays 7pm (except holidays)' (the words in brackets its note, or the note of each
    meeting before them that has none of its own: 'Mon 7pm (online), Thu 6pm (in person)'); 'Tuesdays 7pm ET' (its
    time zone); 'Mon 7pm, Thu 6pm'. The text alone, to be refused, where it says none."""
    # A date after the meetings: of one every other week ('Every other Tuesday 7pm (next: 2026-12-15)'), it says
    # which weeks; of a weekly one ('Tuesdays 7pm, starting Dec 15, 2026'), the words are its note, as in brackets.
    starting = _STARTING.match(written)
    dated = dates_meant(starting.group("day")) if starting else []
    before = _meetings_in(starting.group(1)) if len(dated) == 1 else []  # type: ignore[union-attr]
    if before and all(isinstance(m, dict) and not _given(m, "every_other_week") for m in before):
        if _FORTNIGHTLY.search(starting.group(1)):  # type: ignore[union-attr]
            return [{**meeting, "every_other_week": dated[0].isoformat()} for meeting in before]
        said = starting.group("said")  # type: ignore[union-attr]
        return [{**meeting, "note": "; ".join(filter(None, (meeting.get("note"), said)))} for meeting in before]
    two = _two_zones(written)
    said = _meetings_in(two.said) if two else []
    if two and said and all(isinstance(m, dict) and two.agrees(m["start"]) for m in said):
        return said  # 'Tuesdays 7pm ET / 4pm PT': the times in the first zone, the same in the second
    unzoned, zones = _zone_named(written)
    if len(zones) == 1 and (meetings := _meetings_in(unzoned)) and all(isinstance(m, dict) for m in meetings):
        zone = zones.pop()
        return [{**meeting, "timezone": zone} for meeting in meetings]
    if len(zones) > 1 and (pieces := _in_pieces(written, _zoned_at_one_time)):
        return [meeting for piece in pieces for meeting in piece]  # 'Mondays 7pm PT, Thursdays 6pm CT': each its own
    weeks_after = _WEEKS_AFTER.match(written)
    said = _weeks_but(weeks_after.group(2) or weeks_after.group(3)) if weeks_after else ""
    if _weeks_only(said):  # 'Sundays 2-4pm (2nd and 4th)', '..., 2nd and 4th': its weeks of the month, not a note
        named = {day for word in re.findall(r"[^\W_]+", said) if (day := weekday_named(word))}
        read = _meetings_in(f"{_weeks_said(said)} {weeks_after.group(1)}")  # type: ignore[union-attr]
        # '(2nd & 4th Sundays)' of a meeting on Sundays: its weeks; of one on other days, which days is in doubt
        days = [{weekday_named(word) for word in re.findall(r"[^\W_]+", str(m.get("weekday")))} - {None} if isinstance(m, dict) else None
                for m in read]
        return read if all(found is not None and (not named or found <= named) for found in days) else [written]
    length = _LENGTH_AFTER.match(written)  # 'Tuesdays 7pm for 90 minutes', '..., 1.5 hours', '... (90 min)': how long
    timed = _meetings_in(length.group(1)) if length else []
    if timed and all(isinstance(m, dict) and not _given(m, "end") and not time_span(m.get("start")) for m in timed):
        return [{**meeting, "duration": length["length"]} for meeting in timed]  # type: ignore[index]
    note = _NOTE_AFTER.match(written)
    before = _meetings_in(note.group(1)) if note else []  # the meetings before words in brackets, read once
    if note and before and all(isinstance(m, dict) for m in before):
        inner = _ALSO.sub("", note.group(2))
        more = _meetings_in(inner) if re.search(r"\d|noon|midnight", inner, re.IGNORECASE) else []
        if more and all(isinstance(m, dict) for m in more):
            return [*before, *more]  # 'Tuesdays 7pm (also Thursdays 6pm)': more meetings, not a note (or Thursday is never met)
        if not _a_zone(note.group(2)) and not _often_said(note.group(2)):
            return [{**meeting, "note": meeting.get("note") or note.group(2).strip()} for meeting in before]
    parts = _in_pieces(written, _noted_at_one_time)
    found = (_meetings_at_one_time(written) or ([meeting for part in parts for meeting in part] if parts else None)
             or _at_several_times(written))
    remark = _remark_after(written) if found is None else None  # 'Tuesdays 7pm, except holidays': its note
    remarked = _meetings_in(remark.group(1)) if remark else None
    if remark and remarked and all(isinstance(m, dict) for m in remarked):
        return [{**meeting, "note": "; ".join(filter(None, (meeting.get("note"), remark.group(2).strip())))} for meeting in remarked]
    plain = _unstressed(written) if found is None else written  # 'Tuesdays only, 7pm'
    read = _meetings_in(plain) if plain != written else []
    if read and all(isinstance(m, dict) for m in read):
        return read
    doors = _DOORS_OPEN.search(written) if found is None else None  # 'Thursdays 7pm, doors open 6:30': its note
    around = (written[: doors.start()].strip(" ,;"), written[doors.end() :].strip(" ,;")) if doors else ()
    rest = _MEETING_AT.sub("", ", ".join(filter(None, around)))
    read = _meetings_in(rest) if rest else []
    if read and all(isinstance(m, dict) for m in read):
        return [{**meeting, "note": "; ".join(filter(None, (meeting.get("note"), doors["said"])))} for meeting in read]  # type: ignore[index]
    return found or [written]


# When the doors open, before or after a meeting's time, as groups say it ('Thursdays 7pm, doors open 6:30',
# 'Thursdays, doors open 6:30pm, meeting 7pm'; in brackets it was read as any note): the meeting's note. Another
# time after a comma is otherwise no note (_remark_after), as it may be another meeting's.
_DOORS_OPEN = re.compile(r"(?:^|[,;]\s*|\s[-\u2013\u2014]\s*)(?P<said>doors?\s+opens?\s+(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\b\.?)?)"
                         r"\s*(?=[,;]|$)", re.IGNORECASE)
# The words before the meeting's time where the doors' time was said too: 'meeting 7pm', 'meeting starts at 7'.
_MEETING_AT = re.compile(r"(?:^|(?<=[,;]\s))(?:the\s+)?(?:meeting|group|session)\s+(?:(?:starts|begins)\s+)?(?:at\s+)?(?=\d)", re.IGNORECASE)


_NOTE_AFTER = re.compile(r"^(.*\S)\s*\(([^()]+)\)\s*$")  # words in brackets at the end: a note
# The date a meeting meets next, or started, after it: '(next: 2026-12-15)', ', starting Dec 15, 2026'; in Spanish,
# '(próxima: 2026-12-15)', ', a partir del 15 de diciembre'.
_STARTING = re.compile(r"^(.*\S)\s*(?:,\s*|\(\s*)(?P<said>(?:next(?:\s+meeting)?(?:\s+on)?|start(?:ing|s)?(?:\s+on)?|from|beginning|"
                       r"first\s+meeting(?:\s+on)?|pr[oó]xima(?:\s+reuni[oó]n)?(?:\s+el)?|a\s+partir\s+del?|desde\s+el|"
                       r"(?:empieza|comienza)(?:\s+el)?)\s*:?\s*(?P<day>[^()]*\d[^()]*?))\s*\)?\s*$", re.IGNORECASE)
_LENGTH_AFTER = re.compile(r"^(.*\d.*?)\s*(?:,\s*(?:durante\s+)?|\s+(?:for|durante)\s+|\(\s*(?:(?:for|durante)\s+)?)"
                           r"(?P<length>\d+(?:\.\d+)?\s*(?:h|hrs?|hours?|horas?|m|mins?|minutes?|minutos?)"
                           r"\.?(?:\s*\d+\s*(?:m|mins?|minutes?|minutos?)\.?)?)\s*\)?\s*$", re.IGNORECASE)  # '(90 minutos)', ', durante 2 horas'
_ALSO = re.compile(r"^\s*(?:also|and|plus)\b\s*:?\s*(?:open\s+)?", re.IGNORECASE)  # before more hours or meetings
# How a group meets, in the words directories write: a group's format (schema.py), and, said after a meeting's time
# without brackets, that meeting's note ('Mondays 7pm in person', 'Thursdays 7pm on Zoom', 'martes 19 h en línea').
FORMAT_WORDS = {"virtual": "online", "virtually": "online", "zoom": "online", "remote": "online", "video": "online", "video-call": "online",
                "teams": "online", "microsoft-teams": "online", "google-meet": "online", "skype": "online", "webex": "online",
                "face-to-face": "in-person", "in-person": "in-person", "online": "online", "hybrid": "hybrid",
                "en-persona": "in-person", "presencial": "in-person", "en-línea": "online", "en-linea": "online",
                "híbrido": "hybrid", "hibrido": "hybrid", "híbrida": "hybrid", "hibrida": "hybrid",
                "phone": "phone", "telephone": "phone", "the-phone": "phone", "conference-call": "phone",
                "teleconference": "phone", "phone-call": "phone", "dial-in": "phone", "call-in": "phone",
                "phone-group": "phone", "telephone-group": "phone", "phone-meeting": "phone",
                "telefónico": "phone", "telefonico": "phone", "teléfono": "phone", "telefono": "phone",
                "por-teléfono": "phone", "por-telefono": "phone", "telefónica": "phone", "telefonica": "phone",
                "discord": "online", "jitsi": "online", "whatsapp-video": "online", "video-chat": "online",
                "outdoors": "in-person", "outdoor": "in-person", "walking-group": "in-person"}  # fmt: skip
_HOW_AFTER = re.compile(r"^(.*\d.*?[^\s,])\s+((?:(?:on|via|over|by|en|por)\s+)?(?:" + "|".join(
    re.escape(words).replace(r"\-", r"[\s-]") for words in sorted(FORMAT_WORDS, key=len, reverse=True)) + r")(?:\s+only)?)$", re.IGNORECASE)
_WEEKS_AFTER = re.compile(r"^(.*\S)\s*(?:\(([^()]+)\)|(?:,|\s[-–—])\s*([^,()]+))\s*$")  # or after a comma or dash


_BUT = re.compile(r"^\s*(?:except|excluding|not|but\s+not)\s+(?:on\s+)?(?:the\s+)?(.+?)\s*$", re.IGNORECASE)


def _weeks_but(words: str) -> str:
    """Words after a meeting that leave out weeks of the month ('except the 1st Tuesday', 'not 2nd and 4th'), as the
    weeks it meets ('2nd and 3rd and 4th and 5th Tuesday'): otherwise the calendar and "Next meeting" would send
    people on the weeks it does not. 'except the last' cannot be said in weeks (the 4th is the last in some months),
    and stays a note; so do any other words."""
    but = _BUT.match(words)
    found = re.findall(r"[^\W_]+", but.group(1).lower()) if but else []
    if not but or not _weeks_only(but.group(1)) or "last" in found:
        return words
    taken = {_ORDINALS[word] for word in found if word in _ORDINALS}
    left = [ordinal for ordinal, week in _ORDINALS.items() if ordinal[0].isdigit() and week not in taken]
    return " and ".join(left) + "".join(f" {word}" for word in found if weekday_named(word)) if left else words


def _weeks_only(words: str) -> bool:
    """Whether words name weeks of the month and nothing else but days ('2nd and 4th', 'first & third of the
    month', '2nd & 4th Sundays')."""
    found = re.findall(r"[^\W_]+", words.lower())
    return any(word in _ORDINALS or word == "last" for word in found) and all(
        word in _ORDINALS or word in ("last", "weeks", "only") or word in _BETWEEN or weekday_named(word) for word in found)


def _weeks_of_another_day(written: str) -> str:
    """What to write for a meeting refused because the weeks after it are another day's ('Sundays 2-4pm (2nd & 4th
    Mondays)'): which day meets in which weeks is in doubt; empty if that is not what stops it."""
    after = _WEEKS_AFTER.match(written)
    said = (after.group(2) or after.group(3) or "").strip() if after else ""
    named = [day for word in re.findall(r"[^\W_]+", said) if (day := weekday_named(word))]
    before = _meetings_in(after.group(1)) if after and named and _weeks_only(said) else []
    if not before or not all(isinstance(m, dict) for m in before):
        return ""
    meets = (_first_day(str(before[0]["weekday"])) or "").capitalize()
    return (f": '{said}' names {named[0].capitalize()}s, but it meets on {meets}s; give each day its own meeting, with "
            f"its weeks before it, like \"{_weeks_said(said)} {named[0].capitalize()} {before[0]['start']}\"")


def _weeks_said(words: str) -> str:
    """The weeks of the month that words name, as a meeting's day is written with them: '2nd & 4th Sundays' gives
    '2nd and 4th'."""
    return " and ".join(word for word in re.findall(r"[^\W_]+", words) if word.lower() in _ORDINALS or word.lower() == "last")


def _noted_at_one_time(written: str) -> list[dict[str, Any]] | None:
    """The meetings at one time, with the words in brackets after them as their note ('Mon 7pm (online)'), or None;
    'also' before them says no more ('Tuesdays 7pm, also Thursdays 6pm')."""
    written = _ALSO.sub("", written)
    note = _NOTE_AFTER.match(written) or _HOW_AFTER.match(written)
    found = _meetings_at_one_time(note.group(1)) if note and not _a_zone(note.group(2)) and not _often_said(note.group(2)) else None
    return [{**meeting, "note": note.group(2).strip()} for meeting in found] if found else _meetings_at_one_time(written)


def _zoned_at_one_time(written: str) -> list[dict[str, Any]] | None:
    """The meetings at one time in the time zone named after them ('Thursdays 6pm CT'), or None where none is."""
    unzoned, zones = _zone_named(written)
    found = _noted_at_one_time(unzoned) if len(zones) == 1 else None
    return [{**meeting, "timezone": next(iter(zones))} for meeting in found] if found else None


def _meetings_at_one_time(written: str) -> list[dict[str, Any]] | None:
    """A day or days and a time: a meeting on each day ('Mondays and Wednesdays at 7pm'), or None. Days with their
    weeks of the month stay one meeting, to be refused, as it is not said which weeks each has."""
    found = _meeting_written(written)
    if not isinstance(found, dict):
        return None
    named = _days_and_weeks(_weekly(found["weekday"]))
    if named and len(named[0]) > 1 and not named[1] and not _FORTNIGHTLY.search(found["weekday"]):
        return [{**found, "weekday": day} for day in named[0]]
    return [found]


def _two_letter_day(word: str) -> str | None:
    """A day in two letters, as meeting lists shorten one ('Tu 7p', 'Th 10:30a'); not 'We', which begins 'We meet'."""
    key = word.strip().lower().rstrip(".")
    return day_abbreviated(key) if len(key) == 2 and key != "we" else None


# How often a meeting is, in words: weekly (what a day alone says), every other week, or monthly (which weeks of
# the month, the words do not say).
_MONTHLY_WORDS = r"monthly|once\s+a\s+month|twice\s+a\s+month|every\s+month|each\s+month"
_OFTEN = (r"(?:(?<![-\w])(?P<weekly>weekly|every\s+week|each\s+week)|(?P<other>fortnightly|bi-?weekly|every\s+other\s+week|"
          r"every\s+(?:two|2)\s+weeks|" + _SPANISH_FORTNIGHTLY + r")|(?P<monthly>" + _MONTHLY_WORDS + "))")
# How often, said after the time, or in brackets there: 'Monday 7pm weekly'; 'Monday 7pm (fortnightly)', as said
# before the day ('fortnightly on Monday', whose meeting is asked which Mondays); 'Tuesdays 7pm (monthly)', which
# is no meeting every Tuesday, to be refused asking which weeks.
_OFTEN_AFTER = re.compile(r"(?<=\S)[\s,;]*[\s,;(]\s*" + _OFTEN + r"\s*\)?\s*$", re.IGNORECASE)
_MONTHLY = re.compile(r"\b(?:" + _MONTHLY_WORDS + r")\b", re.IGNORECASE)


_OFTEN_ALONE = re.compile(_OFTEN, re.IGNORECASE)


def _often_said(words: str) -> bool:
    """Whether words in brackets after a meeting say how often it is ('(monthly)'): no note, but part of when."""
    return bool(_OFTEN_ALONE.fullmatch(words.strip()))


def _first_day(written: str) -> str | None:
    """The first day of the week that words name ('Tuesday lunchtime': tuesday), for the example a refusal gives."""
    return next((found for word in re.findall(r"[^\W\d_]+", written) if (found := weekday_named(word))), None)


# A time a meeting's words suggest where they give none ('Tuesday lunchtime'), for the example its refusal gives.
_EXAMPLE_TIMES = {"lunch": "12-1pm", "morning": "10-11:30am", "afternoon": "2-3:30pm"}


def _time_missing(written: str) -> str:
    """What to write for a meeting refused for naming a day and no time ('Tuesday lunchtime', 'Tuesday mornings')."""
    if re.search(r"\d|\bnoon\b|\bmidnight\b", written, re.IGNORECASE):
        return ""
    words = re.findall(r"[^\W\d_]+", written.lower())
    day = _first_day(written)
    if day is None or any(not weekday_named(word) and word not in _BETWEEN and word not in ("at", "lunch") for word in words):
        return ""  # 'Sometimes on Fridays' says more than its day
    example = next((times for word, times in _EXAMPLE_TIMES.items() if word in written.lower()), "7-9pm")
    return f": at what time? Write it after its day, like \"{day.capitalize()}s {example}\""


def _names_weeks(written: str) -> bool:
    """Whether text names weeks of the month ('1st', 'third', 'last')."""
    return any(word in _ORDINALS or word == "last" for word in re.findall(r"\w+", written.lower()))


def _weeks_in_doubt(written: str) -> str:
    """What to write for a meeting refused for saying it is monthly without which weeks ('Monthly, Tuesdays 7pm',
    'Twice a month on Tuesdays'): its weeks before its day."""
    if not _MONTHLY.search(written) or _names_weeks(written):
        return ""
    day = (_first_day(written) or "").capitalize()
    return (f": which {day}s of the month? Write its weeks before its day, like \"1st {day}, 7pm\" or \"1st and 3rd {day}, "
            f"7pm\" (or \"last {day}\")" if day else
            ": on which day, and which weeks of the month? Write its weeks before its day, like \"1st Tuesday, 7pm\" or "
            "\"1st and 3rd Tuesday, 7pm\" (or \"last Tuesday\")")


def _no_schedule(written: str) -> str:
    """For words that name no day and no time ('Times vary', 'Call for meeting times'), what a group that keeps no
    set schedule writes instead: nothing in meetings, which may be left out."""
    if (re.search(r"\d|\bnoon\b|\bmidnight\b", written, re.IGNORECASE) or _names_days(written) or _first_day(written)
            or _OFTEN_ALONE.search(written)):  # 'Weekly': how often, to be asked its day
        return ""
    return "; if it keeps no set times, leave meetings out and say how to find them in the description"


_TIMES_APART = re.compile(r"\s*(?:,|&|\band\b)\s*")  # between times on the same days: '7am & 7pm', '9-12, 1-5'


def _meeting_days(words: str) -> Any:
    """Whether words name a meeting's day or days ('Tuesdays', '1st and 3rd Thursday', 'Mon-Fri', 'Tu')."""
    return weekday_named(_weekly(words)) or _days_and_weeks(_weekly(words)) or _two_letter_day(words)


def _meeting_time(words: str) -> Any:
    """Whether words name a meeting's time ('7pm', '7-9pm', 'noon')."""
    return time_span(words) or time_in_text(words)


def _at_several_times(written: str) -> list[Any] | None:
    """Days and more than one time ('Daily 7am & 7pm', 'Mondays 10am and 7pm', 'Mon-Fri 7am, noon and 5:30pm'): the
    meetings at each time on those days, or None."""
    def times(words: str) -> list[str] | None:
        found = _TIMES_APART.split(words)
        return found if len(found) > 1 and all(_meeting_time(time) for time in found) else None

    said = _day_then_time(written, _meeting_days, times)
    read = [_meetings_at_one_time(f"{said[0]} {time}") for time in times(said[1]) or []] if said else []  # type: ignore[union-attr]
    return [meeting for meetings in read for meeting in meetings] if read and all(read) else None  # type: ignore[union-attr]


def _meeting_written(written: str) -> Any:
    if often := _OFTEN_AFTER.search(written):
        if often.group("monthly") and not _names_weeks(written):
            return written  # which weeks of the month? the meeting's refusal asks
        written = f"{often.group('other') or ''} {written[: often.start()]}".strip()
    found = _day_then_time(written, _meeting_days, _meeting_time)
    if found:
        found = (_two_letter_day(found[0]) or found[0], found[1])
    half = _half_said(written)  # 'Wednesday nights at 7', 'Tuesdays 7 to 8:30 in the evening': am or pm is in those
    if half == "evening" or half and found is None:  # words ('Friday nights 10-1' is 10 pm to 1 am, before any other
        said = _halved(written, half, count=1)  # reading: not 10 am to 1 pm)
        if said != written and isinstance(read := _meeting_written(_HALF_AFTER_TIME.sub("", said)), dict):
            return read
    return {"weekday": found[0], "start": found[1]} if found else written


# A time or two without am or pm, in text refused for it: "Tuesdays 7-9", "Mon-Fri 8-10"; not the 12 of "12-noon".
_IN_DOUBT = re.compile(r"(?<![\w:.])((?:1[0-2]|[1-9])(?:[:.][0-5]\d)?(?:(?:\s*(?:-|–|—|to)\s*|\s+a\s+)(?:1[0-2]|[1-9])(?:[:.][0-5]\d)?)?)"
                       r"(?![\w:.])(?!\s*[AaPp]\.?[Mm])(?![\s-]*(?i:noon|midnight)\b)")


def _half_said(written: str) -> str | None:
    """The half of the day words beside times say: morning, afternoon or evening (night too); None where they say
    none, or more than one ('Weekday evenings 5-9, Sat mornings 9-12', whose parts are read each with its own)."""
    said = {"morning" if match["morning"] or match["mañana"] else "afternoon" if match["afternoon"] or match["tarde"] else "evening"
            for match in _HALF_OF_DAY.finditer(written)}
    return said.pop() if len(said) == 1 else None


def _halved(written: str, half: str, count: int = 0) -> str:
    """Times without am or pm in the half of the day words beside them say: in the morning, am, and an end at or
    before the start past noon ('Saturday mornings 9-12' is 9 am to 12 pm); in the afternoon or evening, pm, and
    such an end the next morning ('Every evening 6-10' is 6-10 pm, 'Weeknights 10-6' 10 pm to 6 am, 'evenings
    6-12' until midnight). Not a time whose span gives its end's half ('9-12pm'), read as it says."""
    start, end = ("am", "pm") if half == "morning" else ("pm", "am")

    def said(match: re.Match[str]) -> str:
        times = re.split(r"\s*(?:-|–|—|to)\s*|\s+a\s+", match.group(1))  # '7-9', '7 to 9', Spanish's '7 a 9'
        if len(times) == 1:
            return match.group(1) if _SPAN_GOES_ON.match(written, match.end()) else match.group(1) + start
        first, last = (int(re.match(r"\d+", time).group()) % 12 for time in times)  # type: ignore[union-attr]
        return f"{times[0]}{start}-{times[1]}{end if last <= first else start}"

    return _IN_DOUBT.sub(said, written, count=count)


_SPAN_GOES_ON = re.compile(r"\s*(?:-|–|—|to\b)\s*\d|\s+a\s+\d")


def _with_its_half(written: str, reads: Callable[[str], bool]) -> str:
    """What to write for meetings or hours refused only because times have no am or pm and may be either ('Tuesdays
    7-9'): the text with pm after one of them, or after each, if it then reads; empty if that is not what stops it."""
    matches = list(_IN_DOUBT.finditer(written))
    for match in matches:
        evening = written[: match.end()] + "pm" + written[match.end():]
        if reads(evening):
            return (f": is {match.group(1)} in the morning or the evening? Write am or pm after it, like "
                    f"\"{evening}\" (or 24-hour times, \"19:00\")")
    evenings = _IN_DOUBT.sub(lambda match: match.group(1) + "pm", written)
    if len(matches) > 1 and reads(evenings):
        said = " and ".join(match.group(1) for match in matches)
        return (f": are {said} in the morning or the evening? Write am or pm after each, like \"{evenings}\" (or "
                "24-hour times, \"19:00\")")
    return ""


def _twelve_hour(at: time, hour: int | None = None) -> str:
    """A time as a 12-hour clock writes it, in what to write instead: '4:30pm', '9am' (at another hour if given)."""
    hour = at.hour if hour is None else hour
    return f"{hour % 12 or 12}{f':{at.minute:02}' if at.minute else ''}{'am' if hour < 12 else 'pm'}"


def _opening_only(written: str) -> str:
    """What to write for hours of which some parts give one time a day ('Sat 9am', 'Mon-Fri noon'), as a meeting
    is written, and the rest read: the time each closes too; empty if they are not so."""
    def one_time(part: str) -> bool:  # a day, not 'Sat 9am & 1pm', which is two meetings, and no opening hours
        read = _meetings_in(part)
        return all(isinstance(m, dict) and isinstance(m.get("start"), str) and time_in_text(m["start"]) for m in read) and (
            _at_several_times(part) is None)

    parts = [part.strip() for part in _PARTS.split(written) if part.strip()]
    lone = [part for part in parts if _periods(part) is None]
    if not lone or not all(one_time(part) for part in lone):
        return ""
    return (f"; {' and '.join(repr(part) for part in lone)} {'gives' if len(lone) == 1 else 'give'} the time it opens, "
            "not the time it closes: write both, like \"Sat 9am-1pm\"")


def _hours_span(written: Any) -> tuple[time, time] | None:
    """Opening hours written as one ('9am-5pm', '22:00-06:00'), as time_span reads them; None for two 24-hour
    times whose meaning is in doubt ('08:30-04:30': daytime, or overnight? see daytime_meant). Field by field,
    opens: '08:30' and closes: '04:30' stay the 24-hour times the schema describes (and HSDS gives)."""
    return None if isinstance(written, str) and daytime_meant(written) else time_span(written)


def _with_its_end(written: str, reads: Callable[[str], bool]) -> str:
    """What to write for hours refused only because 24-hour times may be a 12-hour clock's daytime hours
    ('Mon-Fri 08:30-04:30'): the text with each reading, if it then reads; empty if that is not what stops it."""
    doubts = [(match, daytime) for match in re.finditer(r"(?<![\w:.])\d\d?[:.]?\d\d\s*(?:-|–|—|to)\s*\d\d?[:.]?\d\d(?![\w:.])", written)
              if (daytime := daytime_meant(match.group()))]

    def said(by_day: bool) -> str:  # each span in doubt ending in the afternoon, or the next morning
        text = written
        for match, (start, end) in reversed(doubts):
            close = _twelve_hour(end, end.hour if by_day else end.hour - 12)
            text = text[: match.start()] + f"{_twelve_hour(start)}-{close}" + text[match.end():]
        return text

    if not doubts or not reads(said(True)):
        return ""
    spans = " and ".join(match.group() for match, _ in doubts)
    return (f": {'does' if len(doubts) == 1 else 'do'} {spans} end in the afternoon, or the next morning? Write "
            f"\"{said(True)}\", or \"{said(False)}\" if it is open overnight")


# What a refusal of meetings or hours written as text gives as examples: in English, or in Spanish for text that is.
_EXAMPLES = {"meetings": ('"Tuesdays 7-9pm" or "1st and 3rd Thursday, 6:30 pm"', '"Martes de 19:00 a 21:00 h" or "Primer y tercer jueves, 18:30"'),
             "hours": ('"Mon-Fri 9am-5pm; Sat 10am-2pm" or 24/7', '"Lunes a viernes de 9 a 17 h; sábados de 10 a 14 h" or "24 horas"')}
Meetings = Annotated[list[Annotated[Meeting, WORDS]], ReadsWordsAround(_meetings_written), OneOrMore]  # one meeting's fields alone too


_HALF_ALONE = re.compile(r"^\s*(?:mornings?|afternoons?|evenings?|nights?)\s*:?\s+(.+)$", re.IGNORECASE)
# Words after days that name no other days: the half of the day ('Mon-Fri evenings'); 'only' after them stresses
# them (_unstressed).
_AFTER_DAYS = re.compile(r"(?<=\S)\s+(?:mornings?|afternoons?|evenings?|nights?)$", re.IGNORECASE)
# 'only' after days or times, and 'sharp' or 'promptly' after a time, stress what is said and add nothing to it
# ('Tuesdays only, 7pm', 'Mon-Fri 9am-5pm only', 'Tuesdays 7:00pm sharp', which had been refused); not before a
# closing bracket, nor after other words ('(members only)' is a note).
_STRESSED = re.compile(r"(?P<said>[ap]\.m|[^\W_]+)(?P<dot>\.?)\s+(?:(?P<only>only)|sharp|promptly)\b(?!\s*\))", re.IGNORECASE)


def _unstressed(written: str) -> str:
    """Words of hours or meetings without the words that only stress them (_STRESSED)."""
    def plain(found: re.Match) -> str:
        said = found["said"].lower()
        timed = said[-1].isdigit() or said.endswith(("am", "pm", "a.m", "p.m")) or said in ("noon", "midnight")
        days = found["only"] and _names_days(said)
        return found[0][: found.end("dot") - found.start()] if timed or days else found[0]
    return _STRESSED.sub(plain, written) if re.search(r"only|sharp|promptly", written, re.IGNORECASE) else written


def _days_of(written: str) -> list[str]:
    """The days words name, a span ('Mon-Fri', 'weekdays') or one day ('Fri', 'Fridays'); none if they name no day."""
    return day_span(written) or ([day] if (day := day_abbreviated(written)) else [])


def _periods(written: str, stressed: bool = True) -> list[dict[str, Any]] | None:
    """Opening hours as a directory writes them, 'Mon-Fri 9am-5pm; Sat 10am-2pm' (periods apart by ';' or lines,
    each its days, then its hours), as weekly's periods written field by field, which the period's own reading
    takes apart (OpeningPeriod._as_directories_write_it); None where any part is not days and hours. A part that
    says days are closed ('Sat-Sun closed', 'closed weekends') says what leaving them out says. `stressed`: whether
    to read it again without the words that only stress it (_unstressed) where it is not read as written."""
    def days_named(days: str) -> list[str] | None:
        found = _days_of(days) or None
        plain = _AFTER_DAYS.sub("", days)  # 'Mon-Fri evenings 5-9pm', 'Weekday evenings': the days
        return found or (days_named(plain) if plain != days else None)

    def spans(when: str) -> list[str] | None:  # '9am-12pm and 1pm-5pm', '9-12, 1-5': closed for lunch
        pieces = _TIMES_APART.split(when)
        return pieces if all(_hours_span(piece) for piece in pieces) else None

    def period(part: str) -> tuple[list[str], list[str]] | None:
        part = _ALSO.sub("", part)  # 'Mon-Fri 9-5, also Sat 10-2'
        closed = _CLOSED.match(part.strip())
        if closed and (days := days_named(closed.group(1) or closed.group(2))):
            return days, []
        found = _day_then_time(part, days_named, spans)
        half = _half_said(part)  # 'Every evening 6-10', 'Weeknights 10-6', 'Mon-Fri 6 to 10 in the evening': the times
        if half == "evening" or half and not found:  # in that half of the day, as for meetings (10-6 there is no
            said = _halved(part, half)  # office's 10 am to 6 pm)
            found = (_day_then_time(_HALF_AFTER_TIME.sub("", said), days_named, spans) if said != part else None) or found
        return (days_named(found[0]), spans(found[1])) if found else None  # type: ignore[return-value]

    if stressed and (plain := _unstressed(written)) != written:  # 'Mon-Fri 9am-5pm only': as written first
        return _periods(written, stressed=False) or _periods(plain, stressed=False)
    periods = []
    for part in _days_beside_times([part for part in _PARTS.split(written) if part.strip()], days_named, period):
        found = period(part)
        found_all = [found] if found else _in_pieces(part, period)
        if found_all is None:
            return None
        periods.extend({"days": days, "opens": when} for days, whens in found_all for when in whens)
    return periods or None


# What follows hours as their note: words in brackets; what is closed on holidays (or Christmas Day), with no
# bracket left open ('Mon-Fri 9-5 (closed holidays), walk-ins welcome' is a remark after a note); what is by
# appointment, after a comma ('..., Sat by appointment') or alone ('9am-5pm by appointment'). None reaches across
# parts (';', '|', a line): the hours of the parts after would be lost in it.
_BRACKETS_CLOSED = r"[^;()|\n]*(?:\([^;()|\n]*\)[^;()|\n]*)*"
_HOURS_NOTE = re.compile(r"^(.*?\S)\s*(?:\(([^()]+)\)|[,;.]?\s*((?:except|excluding|closed)\b" + _BRACKETS_CLOSED + r"\b(?:holidays?|"
                         r"christmas|new\s+year|thanksgiving|easter)\b" + _BRACKETS_CLOSED + r")|"
                         r"[,;.]\s*([^,;.|\n]*\bby\s+(?:appointment|appt)\b\.?[^;|\n]*)|\s(by\s+(?:appointment|appt\.?)(?:\s+only)?))$",
                         re.IGNORECASE)
# Holidays among the days of a part of hours ('weekends and holidays 24 hours', 'Sat, Sun & public holidays
# 10am-2pm'): those days' hours, and the holidays' as the note, since no week holds a holiday.
_AND_HOLIDAYS = re.compile(r"\s*(?:,|&|\band\b)\s*((?:public\s+|bank\s+|federal\s+)?holidays)\b\s*:?\s*(.*?)"
                           r"(?=\s*(?:[;\n]|,\s*[^\W\d]|$))", re.IGNORECASE)
_CLOSED = re.compile(r"^(?:(?:closed\s+(?:on\s+)?|cerrados?\s+(?:los\s+)?)(.+)|(.+?):?\s+(?:closed|off|cerrados?))$",
                     re.IGNORECASE)  # 'Sa,Su off', as OpenStreetMap; in Spanish, 'domingos cerrado', 'cerrado los domingos'
# A part of hours for public holidays, as OpenStreetMap writes them ('Mo-Fr 09:00-17:00; PH off'): no week holds
# one, so it is the note ('Closed on public holidays'; 'Public holidays: 10:00-14:00').
_PUBLIC_HOLIDAYS = re.compile(r"(?:^|;)\s*PH\s+(?:(?P<off>off|closed)|(?P<hours>[^;]+?))\s*(?=;|$)")


# A break the hours close for, said after them ('Mon-Fri 9am-5pm, closed 12-1 for lunch', '... (closed 12:30-1:30pm)').
_CLOCK_WORDS = r"(?:\d{1,2}(?:[:.]\d\d)?|noon)\s*(?:[ap](?:\.?\s*m)?\.?)?"  # '12', '12:30', '1.30pm', '1p', 'noon'
_TO = r"\s*(?:-|\u2013|\bto\b)\s*"  # between a break's two times
_BREAK = r"closed\s+(?:for\s+lunch\s+)?(?:from\s+)?(?P<span>" + _CLOCK_WORDS + _TO + _CLOCK_WORDS + r")(?:\s+for\s+lunch)?"
_LUNCH = re.compile(r"\s*[,;(]?\s*" + _BREAK + r"\s*\)?\s*$", re.IGNORECASE)
_LUNCH_FIRST = re.compile(r"^\s*" + _BREAK + r"\s*[,;:]\s*(?P<rest>\S.*)$", re.IGNORECASE)  # the break said first


_HALF_SAID = re.compile(r"[ap]\.?\s*m\b|noon|midnight", re.IGNORECASE)


def _around(period: dict[str, Any], span: str) -> list[Any]:
    """A weekly period ({'days': ..., 'opens': '9am-5pm'}) as the two either side of a break within it; the break's
    half of the day ('12-1') is the one that falls within the period. [None] if no reading of the break does."""
    hours = _hours_span(period.get("opens")) if "closes" not in period else None
    first, second = re.split(_TO, span, maxsplit=1)  # _LUNCH's span has both
    halves = [("",) if _HALF_SAID.search(part) else ("", "am", "pm") for part in (first, second)]  # '12-1': either
    readings = {time_span(f"{first}{one}-{second}{two}") for one in halves[0] for two in halves[1]}
    closes = hours[1] if hours and hours[1] != time(0) else time(23, 59)  # a day open until midnight
    inside = {found for found in readings if found and hours and hours[0] < found[0] < found[1] < closes}
    if len(inside) != 1:
        return [None]
    starts, ends = inside.pop()
    return [{**period, "opens": f"{hours[0]:%H:%M}", "closes": f"{starts:%H:%M}"},  # type: ignore[index]
            {**period, "opens": f"{ends:%H:%M}", "closes": f"{hours[1]:%H:%M}"}]  # type: ignore[index]


# Words that say hours are not known, where leaving them out says the same; and a line that is closed, not its hours.
_NO_HOURS = re.compile(r"^(?:n/?a|none|nil|tb[acde]|unknown|not\s+(?:known|applicable|available)|[^\w]*|\w)$", re.IGNORECASE)
_CLOSED_NOW = re.compile(r"^(?:(?:temporarily|currently|permanently|now)\s+)?closed\b(?!.*\bholiday)", re.IGNORECASE)
_DAY_WORDS = re.compile(r"\b(?:week\s*(?:day|end|night)s?|daily|nightly|every\s*(?:day|night|evening)|seven\s+days)\b", re.IGNORECASE)


def _names_days(words: str) -> bool:
    """Whether words name days ('Evenings and weekends', 'Tuesdays'): hours that want their times given."""
    return bool(_DAY_WORDS.search(words)) or any(weekday_named(word) for word in re.findall(r"[^\W\d_]{3,}", words))


# Times, then words after a comma, full stop or semicolon with no figure in them but a number to call ('Mon-Fri
# 9am-5pm, walk-ins welcome', '...; after hours, call 988'): the first such cut, so the words are all the remark.
_NUMBER_TO_CALL = r"(?:(?<=call )|(?<=text )|(?<=dial )|(?<=ring )|(?<=phone ))\+?[\d(][\d\s().-]*\d"
_WORDS_AFTER = re.compile(r"^(.*?\d.*?(?:[^\s,.;]|(?<![^\W\d_])(?i:[ap]\.m\.)))\s*[,.;]\s+((?:[^\d;]|(?i:" + _NUMBER_TO_CALL + r"))+)$")


_A_TIME_WORD = re.compile(r"\b(?:noon|midnight|[ap]\.?m\b\.?)", re.IGNORECASE)  # in a remark, which then is none


def _remark_after(said: str) -> re.Match[str] | None:
    """Times and words after them that are a remark ('Mon-Fri 9am-5pm, after-hours crisis line available',
    'Tuesdays 7pm, except holidays'): no day named (not even 'Sa'; 'we' is a word), no time zone, nor how often;
    the remark is their note, as words in brackets are. The match (the times, the words), or None."""
    found = _WORDS_AFTER.match(said)
    words = found.group(2) if found else ""
    last = re.findall(r"[^\W\d_]+$", found.group(1)) if found else []  # its last word, where it ends in one
    if not found or _names_days(words) or _a_zone(words) or _often_said(words) or any(
            day_abbreviated(word) for word in re.findall(r"[^\W\d_]+", words) if word.lower() != "we") or (
            _A_TIME_WORD.search(words) or any(day_abbreviated(word) for word in last)):  # not '... Mon.-Fri. noon'
        return None
    return found


# Days that close earlier than the rest, said in brackets after the hours: 'Fri until 4', 'Fridays close at 3pm'.
_CLOSES_EARLY = re.compile(r"^(?P<days>.+?)\s+(?:until|till|to|closes?\s+(?:at\s+)?)\s*(?P<time>\S.*)$", re.IGNORECASE)


def _other_hours(hours: str, more: str, reads: Callable[[str], dict[str, Any] | None]) -> dict[str, Any] | None:
    """Hours in brackets after hours ('Mon-Fri 9-5 (Sat 10-2)', '(Fri 9-4)', '(Fri until 4)') as those days' own, in
    place of any the hours gave them (Friday closes at 4, not 5): as a note, the device had said open when it was
    closed. None if the words in brackets are no hours of days."""
    main = reads(hours)
    if not main or not main.get("weekly"):
        return None
    early = _CLOSES_EARLY.match(more)
    days = _days_of(early["days"]) if early else []
    spans = sorted(span for period in main["weekly"] if "closes" not in period and set(days) <= set(period["days"])
                   and (span := _hours_span(period["opens"]))) if days else []
    if early and spans:  # 'Fri until 4': from the hour the others open, '9am-4' (4 pm, the first 4 after 9 am), with
        *before, last = spans  # any break they close for ('9-12, 1-5 (Fri until 4)': Friday 9-12 and 1-4)
        more = f"{early['days']} " + ", ".join([*(f"{_twelve_hour(opens)}-{_twelve_hour(closes)}" for opens, closes in before),
                                                f"{_twelve_hour(last[0])}-{early['time']}"])
    extra = reads(more) if _periods(_zone_named(more)[0]) else None
    if not extra or not extra.get("weekly") or set(extra) - {"weekly"}:
        return None
    changed = {day for period in extra["weekly"] for day in period["days"]}
    kept = [{**period, "days": [day for day in period["days"] if day not in changed]} for period in main["weekly"]]
    return {**main, "weekly": [period for period in kept if period["days"]] + extra["weekly"]}


def _without_note(part: str) -> str:
    """A part of hours as written, without the note, remark or break after its times ('M-F 9-5' of 'M-F 9-5 except
    holidays'): what a note of one part among several is said of."""
    part = part.strip()
    lunch = _LUNCH.search(part)
    part = part[: lunch.start()] if lunch and lunch.start() > 0 else part
    noted = _HOURS_NOTE.match(part) or _remark_after(part)  # 'M-F 9-5 (call first)', 'Sun 7-9pm, call first'
    return noted.group(1) if noted else part


def _with_note(read: dict[str, Any], note: str) -> dict[str, Any]:
    """Hours as read, with words said beside them as their note, after any note of their own."""
    return {**read, "note": "; ".join(filter(None, (read.get("note"), note[0].upper() + note[1:])))}


def _words_only(said: str) -> dict[str, str]:
    """Hours that are only words naming no day or time ('By appointment', 'Call for hours', 'Hours vary'): their
    note, as a directory publishes them; words that say nothing of hours are refused with what to write instead."""
    if _NO_HOURS.match(said):
        raise fail(f"'{said}' gives no hours; if they are not known, leave hours out")
    if _CLOSED_NOW.match(said):
        raise fail(f"'{said}' says it is closed; write status: temporarily-closed (or status: closed), and leave hours out")
    return {"note": said[0].upper() + said[1:]}


class Hours(Fields):
    open_24_7: YesNo = Field(False, description="yes if it is open all day, every day.")
    weekly: Annotated[list[OpeningPeriod], OneOrMore] = Field(
        [], description="Opening hours through the week, if not 24/7.",
        examples=[[{"days": ["monday", "tuesday", "wednesday", "thursday", "friday"], "opens": "18:00", "closes": "23:00"}]],
    )
    timezone: TimeZone | None = Field(None, description="Time zone of these hours, if not the site's own.")
    note: Line | None = Field(None, description="Anything else to know about these hours, such as closed on public holidays; "
                              "or, for a line that keeps no set hours, what it says instead, such as By appointment.")

    @classmethod
    def _read_or_none(cls, said: str) -> dict[str, Any] | None:
        """Text read as hours, or None where it is refused: the hours before a remark may be any hours it reads."""
        try:
            return cls._as_directories_write_it(said)
        except PydanticCustomError:
            return None

    @classmethod
    def _opening_times(cls, said: str) -> list[Any]:
        """The times of each weekly period that text reads as, as written ('9am-5pm'), or none."""
        return [period.get("opens") for period in (cls._read_or_none(said) or {}).get("weekly", [])]

    @model_validator(mode="before")
    @classmethod
    def _as_directories_write_it(cls, data: Any) -> Any:
        """Hours written as text: '24/7' (or '24 hours a day, 7 days a week') is open 24/7; 'Mon-Fri 9am-5pm; Sat
        10am-2pm' is those weekly periods; a US time zone named after them ('9am-5pm ET') is theirs; words in
        brackets after them, or what is closed on holidays ('except holidays'), their note; and words alone that name
        no day or time ('By appointment', 'Call for hours'), the note of a line that keeps no set hours."""
        if not isinstance(data, str):
            return data
        if told := _too_long(data, "opening hours"):
            raise fail(told)
        said = re.sub(r"^\s*(?:hours\s*:|" + _OPEN + r":?)\s*", "", data, flags=re.IGNORECASE).strip() or data.strip()
        two = _two_zones(said)
        read = cls._read_or_none(two.said) if two else None
        if two and read and read.get("weekly") and all(two.agrees(period.get("opens")) for period in read["weekly"]):
            return read  # 'Mon-Fri 9am-5pm ET / 6am-2pm PT': the hours in the first zone, the same in the second
        holidays = _PUBLIC_HOLIDAYS.search(said)
        if holidays and (rest := (said[: holidays.start()] + said[holidays.end():]).strip(" ;")):
            note = "Closed on public holidays" if holidays.group("off") else f"Public holidays: {holidays.group('hours')}"
            return _with_note(cls._as_directories_write_it(rest), note)
        if first := _LUNCH_FIRST.match(said):  # 'Closed 12-1 for lunch, Mon-Fri 9-5': read as said after them
            said = f"{first.group('rest')}, closed {first.group('span')}"
        parts = [part for part in said.split(";") if part.strip()]
        if len(parts) > 1 and any(_LUNCH.search(part) or _HOURS_NOTE.match(part.strip()) for part in parts[:-1]):
            # 'Mon-Fri 9-5, closed 12-1; Sat 10-2', 'M-F 9-5 except holidays; Sat 10-2': the break or note is its part's
            reads = [cls._as_directories_write_it(part) if _LUNCH.search(part) else cls._read_or_none(part) or {} for part in parts]
            if all(read.get("weekly") and set(read) <= {"weekly", "note", "timezone"} for read in reads) and not any(
                    "timezone" in read for read in reads[:-1]):  # a zone named at the end is every part's
                notes = [(part, read["note"]) for part, read in zip(parts, reads) if read.get("note")]
                every = len(notes) == len(parts) and len({note for _, note in notes}) == 1  # every part's, alike
                said_of = [note if every else f"{_without_note(part)}: {note.rstrip(' .')}" for part, note in notes]  # or which
                return {"weekly": [period for read in reads for period in read["weekly"]],
                        **({"timezone": reads[-1]["timezone"]} if "timezone" in reads[-1] else {}),
                        **({"note": "; ".join(dict.fromkeys(said_of))} if notes else {})}
        lunch = _LUNCH.search(said)
        if lunch and lunch.start() > 0:  # 'Mon-Fri 9am-5pm, closed 12-1 for lunch': the hours, less the break
            read = cls._as_directories_write_it(said[: lunch.start()])
            periods = [split for period in read.get("weekly", []) for split in _around(period, lunch.group("span"))]
            if read.get("weekly") and None not in periods:
                return {**read, "weekly": periods}
            raise fail(f"'{data}': the break ({lunch.group('span')}) does not fall within each of the hours; write them "
                       "without it, like \"Mon-Fri 9am-12pm and 1pm-5pm\"")
        noted = _HOURS_NOTE.match(said)
        remark = _remark_after(said) if noted is None else None  # 'Mon-Fri 9am-5pm, walk-ins welcome'
        read = cls._read_or_none(remark.group(1)) if remark else None
        if read and (read.get("weekly") or read.get("open_24_7")):  # hours before the remark, read once ('10am-2pm
            # (Tue-Thu), walk-ins welcome', '24/7, calls and texts')
            return _with_note(read, remark.group(2).strip())  # type: ignore[union-attr]
        note = next(part for part in noted.groups()[1:] if part).strip() if noted else ""
        if note and not _a_zone(note):
            days = _days_of(note)
            times = _zone_named(noted.group(1))[0]
            if days and _periods(times) is None and _periods(f"Daily {times}"):
                return cls._as_directories_write_it(f"{note} {noted.group(1)}")  # '9am-5pm (Mon-Fri)': its days
            if noted.group(2) and (other := _other_hours(noted.group(1), _ALSO.sub("", note), cls._read_or_none)):
                return other  # 'Mon-Fri 9-5 (Sat 10-2)', '(Fri until 4)': those days' hours, not a note
            read = cls._as_directories_write_it(noted.group(1))
            if set(days) == {day for period in read.get("weekly", []) for day in period["days"]} != set():
                return read  # 'Daily 4:30pm-10:30pm (Mon - Sun)': its days again, no note
            return _with_note(read, note)
        if _ALWAYS.match(said):  # 'Lines open 24/7' too
            return {"open_24_7": True}
        if (always := _ALWAYS_FOR.match(said)) and not _names_days(always.group(1)):  # not 'for weekend calls'
            return _with_note({"open_24_7": True}, always.group(1))
        unzoned, zones = _zone_named(re.sub(r"^\s*(?:" + _OPEN + r"|hours\b)\s*:?\s*", "", data, flags=re.IGNORECASE))
        if len(zones) > 1:
            raise fail(f"'{data}' names {len(zones)} time zones" + (_zones_disagree(said, cls._opening_times) or "; give every "
                       "time in one, and name it once, at the end (\"Mon-Fri 9am-5pm; Sat 10am-2pm ET\")"))
        holidays = _AND_HOLIDAYS.search(unzoned)
        holiday_hours = holidays.group(2) if holidays else ""
        if holiday_hours:  # 'Sat, Sun & holidays closed' is both closed; 'Sun 12-4 & holidays closed' not
            before, after = unzoned[: holidays.start()], unzoned[holidays.end():]  # type: ignore[union-attr]
            closed = holiday_hours.lower() == "closed" and _periods(before + after)
            unzoned = before + after if closed else before + " " + holiday_hours + after
        periods = _periods(unzoned)
        timeless = periods is None and not re.search(r"\d|noon|midnight", unzoned, re.IGNORECASE)
        if timeless and not _names_days(unzoned):
            return _words_only(said)
        half = _HALF_ALONE.match(unzoned) if periods is None else None
        times = half.group(1) if half else unzoned.strip()
        if periods is None and _periods(f"Daily {times}"):  # '9am-5pm', 'Evenings 6-10pm': every day, or weekdays?
            daily, weekdays = ("Todos los días", "Lunes a viernes") if in_spanish(data) else ("Daily", "Mon-Fri")
            times = times[:1].lower() + times[1:] if in_spanish(data) else times  # 'De 9 a 17 h' after a day: 'de'
            raise fail(f"'{data}' cannot be read as opening hours: on which days? Write them before the times, like "
                       f"\"{daily} {times}\" or \"{weekdays} {times}\"")
        if periods is None:
            raise fail(f"'{data}' cannot be read as opening hours" + (
                _with_its_end(data, lambda either: _periods(_zone_named(either)[0]) is not None)
                or _with_its_half(data, lambda evening: _periods(_zone_named(evening)[0]) is not None)
                or _zone_in_doubt(unzoned, lambda other: _periods(other) is not None)
                or _opening_only(unzoned)
                or _zones_disagree(said, cls._opening_times)
                or f"; write them like {_EXAMPLES['hours'][in_spanish(data)]}, or as open_24_7: and weekly: fields"
                + (f"; or, if it keeps no set hours, write the words as their note: \"hours:\", and below it \"  note: {data.strip()}\""
                   if timeless else "")))
        return {"weekly": periods, **({"timezone": zones.pop()} if zones else {}),
                **({"note": f"{holidays.group(1).capitalize()}: {holiday_hours}"} if holiday_hours else {})}  # type: ignore[union-attr]

    @property
    def always(self) -> bool:
        """Open all day, every day, however it was written: 'open_24_7: yes', or each day of the week 24 hours
        ('Daily 24 hours', 'Mon-Fri 24 hours; Sat-Sun 24 hours'), which every output then says as 24/7 (the
        24/7 filter included), not as a week of days that each end at midnight."""
        return self.open_24_7 or self._all_day == set(WEEKDAYS)

    @property
    def _all_day(self) -> set[str]:
        """The days open from midnight to midnight."""
        return {day for period in self.weekly if period.all_day for day in period.days}

    @property
    def periods(self) -> list[OpeningPeriod]:
        """The weekly periods, with the morning after a day open 24 hours where the next day's hours run overnight,
        for whatever reads hours as times rather than words (the device's "Open now", schema.org, HSDS). Each
        period belongs to the day it starts, as OpenStreetMap and schema.org read them, so 'Mon-Fri 5pm-9am; Sat-Sun
        24 hours' would leave Monday closed from midnight to 9 am, though every other night is open until 9: a line
        that takes the hours its office is closed means that morning open too, and a person awake at 3 am on a
        Monday should not read "Closed now". Only where the same hours run overnight on several days ('Sat 24
        hours; Sun 10pm-6am' says nothing of the night before). The page gives the hours as written."""
        all_day, mornings = self._all_day, []
        for day in WEEKDAYS:
            after = WEEKDAYS[(WEEKDAYS.index(day) + 1) % 7]
            on_after = [period for period in self.weekly if after in period.days]
            nights = {period.closes for period in on_after if time(0) < period.closes < period.opens and len(period.days) > 1}
            if day in all_day and len(nights) == 1 and not any(period.opens == time(0) for period in on_after):
                mornings.append(OpeningPeriod(days=[after], opens=time(0), closes=nights.pop()))
        return [*self.weekly, *mornings]

    @property
    def timed(self) -> bool:
        """Whether it gives times (24/7 or weekly periods), which "Open now" and schema.org read; hours given only
        in words ('By appointment') are said as they are, and never read as open or closed."""
        return self.open_24_7 or bool(self.weekly)

    @model_validator(mode="after")
    def _some_hours(self) -> Hours:
        if not self.timed and not self.note:
            raise fail("give the hours: 'open_24_7: yes', or 'weekly:' with days, opens and closes, or, if it keeps no "
                       "set hours, a 'note:' that says so")
        if self.open_24_7 and self.weekly:
            raise fail("a service open 24/7 needs no weekly hours; remove one of them", at="weekly")
        return self
