"""Phone numbers as people dial them, for listings and site.yaml's crisis lines alike.

A number is either a full number (with its area code, or with + and the
country code) or a short code that the region really dials, such as 988 or 211 in the
US, or 116 123 in the UK and Ireland: phonenumbers' short-number data decides,
so "12" or "call us" is refused while 988 is accepted everywhere it is used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers
from phonenumbers import shortnumberinfo


_LEAD = re.compile(r"[^\d+(]*")  # what is written before a number begins
# What is left of "(TTY)" or "TTY:" once the number is taken out: TTY; a slash between words stays ('Voice/TTY',
# 'English/Spanish' had been 'Voice TTY', 'English Spanish').
_NOT_WORDS = re.compile(r"(?:[^\w'&.+/]|(?<!\w)/|/(?!\w))+")


@dataclass(frozen=True)
class Dialled:
    display: str  # as shown: national format for local numbers, international for others, short codes as written
    dial: str  # what tel: and sms: links carry: E.164 for full numbers, the digits of a short code
    short: bool
    extension: str = ""  # a full number's extension ("(503) 555-0117 ext. 12"), dialled once the call is answered
    texts_only: bool = False  # a short code that takes text messages and no calls (741741 in the US)
    unextended: str = ""  # the display without it, where there is one (HSDS gives an extension in a field of its own)
    relay: bool = False  # dialled through Relay UK ('18001 01632 960111'): a call typed and read, never a text

    def link(self, scheme: str) -> str:
        """A tel: or sms: link. A call dials the extension after a pause: a comma, which the phone apps of iOS and
        Android wait at and then dial what follows, so nobody in distress has to find the keypad (RFC 3966's
        ';ext=' is shown as text by one and dialled as letters by the other). A text goes to the number alone."""
        after = f",{self.extension}" if scheme == "tel" and self.extension else ""
        return f"{scheme}:{self.dial}{after}"


# Letters a phone's keypad dials as part of a number ('1-800-555-HELP', '1-800-GRIEF-01'): capitals joined to its
# figures by nothing, a hyphen or a dot; and an extension ('ext. 12', 'x12'). Any other letters are words beside the
# number ('988 (Spanish)', '555-0117 (TTY)'), which phonenumbers would dial as keypad letters too (+1 988-772-6474).
_KEYPAD_LETTERS = re.compile(r"(?<=[\d.-])[A-Z]+(?=[\d.-]|$)")
_SPACED_LETTERS = re.compile(r"(?<!\d)(\d{1,3})\s+([A-Z]{3,})$")
_EXTENSION = re.compile(r"(?:ext(?:ension)?\.?|x)\s*:?\s*\d+\s*$", re.IGNORECASE)  # 'ext: 12' too
# Figures after a comma at a number's end ('(503) 555-0117, 0118', '...,2'): an extension to phonenumbers, a second
# number's end (or a short code) to most who write them.
_AFTER_A_COMMA = re.compile(r",\s*(\d{1,6})\s*$")
_EXTENSION_IN_BRACKETS = re.compile(r"\s*\(\s*((?:ext(?:ension)?\.?|x)\s*\d+)\s*\)\s*$", re.IGNORECASE)


def _words_in(number: str) -> bool:
    return any(c.isalpha() for c in _KEYPAD_LETTERS.sub("", _EXTENSION.sub("", number)))


@lru_cache(maxsize=4096)
def dial(number: str, region: str) -> Dialled | None:
    """The number as dialled from `region`, or None if nobody there could dial it (words among its figures
    included: no phone dials '988 (Spanish)'); cached, as it is asked often. An extension may be in brackets,
    '(503) 555-0117 (ext. 2)'."""
    if number_then_short_code(number, region) or _AFTER_A_COMMA.search(number):
        return None  # '(503) 555-0117, 988' is two numbers, '..., 0118' in doubt (problem says so); phonenumbers would
                     # read the figures after a comma as an extension
    if region == "GB" and (relay := _RELAY.match(number)):
        return _relayed(relay.group(1), number[relay.end() :], region)
    number = _EXTENSION_IN_BRACKETS.sub(r" \1", number)
    spaced = _SPACED_LETTERS.search(number)  # '1 800 273 TALK': keypad letters after a short group of figures, that
    if spaced:  # complete a number; not 'TTY' after '555-0117'; '503 555 HELP' too, though 503555 is a code to text
        before, joined = dial(number[: spaced.end(1)], region), f"{number[: spaced.end(1)]}-{spaced.group(2)}"
        if before is None or before.short and (whole := dial(joined, region)) is not None and not whole.short:
            number = joined
    if _words_in(number) or _OTHER_END.search(number) or _STRAY_BRACKET.search(_AREA_CODE.sub("", number)):
        return None  # '116 123/4' is two numbers (numbers_ending_apart), not 1161234; '988 (24/7)' is no 988247
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return None
    if shortnumberinfo.is_valid_short_number_for_region(parsed, region) and not phonenumbers.is_valid_number(parsed):
        if parsed.extension:  # '988 ext 3': a short code has no extensions, and its button had dialled 988 alone
            return None
        if not _SHORT_CODE.fullmatch(number.strip(" ,;:/.")):  # '988 - 24' is 988 and a note, never the code 98824
            return None
        if _codes_side_by_side(number, region):
            return None  # '911 988', '988 988': never one code to text (911988)
        return Dialled(" ".join(number.strip(" ,;:/").split()), phonenumbers.national_significant_number(parsed), True,
                       texts_only=shortnumberinfo.is_sms_service_for_region(parsed, region))
    if phonenumbers.is_possible_number_with_reason(parsed) != phonenumbers.ValidationResult.IS_POSSIBLE:
        return None  # too short or too long; or, without its area code, dialled only inside the area (+15550117)
    local = parsed.country_code == phonenumbers.country_code_for_region(region)
    style = phonenumbers.PhoneNumberFormat.NATIONAL if local else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    display, extension = phonenumbers.format_number(parsed, style), parsed.extension or ""
    parsed.extension = None  # this call's own parse
    return Dialled(display, phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164), False, extension=extension,
                   unextended=phonenumbers.format_number(parsed, style) if extension else "")


# Relay UK's prefixes before a number (18001 dialled from a textphone or the Relay UK app, 18002 to reach someone on
# a textphone): '18001 01632 960111', '18001 111', as the NHS and UK charities give a line to people who are deaf or
# cannot speak. Each had been told it held two numbers, 18001 and the line.
_RELAY = re.compile(r"\s*(1800[12])(?:\s+|\s*-\s*)(?=[\d(])")


# The prefix with words between it and the number, as Relay UK itself says to dial it ('18001 then 0300 123 1234').
_RELAY_APART = re.compile(r"\b(1800[12])\s*,?\s*(?:and\s+)?(?:then|followed\s+by)\s+(?:dial\s+)?(\+?[\d(][\d\s().-]*\d)", re.IGNORECASE)


def _relayed(prefix: str, line: str, region: str) -> Dialled | None:
    """A UK line or short code dialled through Relay UK: the prefix and then the number as dialled in the UK, its
    leading 0 included (tel:1800101632960111), since the relay service, not the phone network, reads what follows."""
    dialled = dial(line, region)
    if dialled is None or dialled.extension or dialled.relay or not (dialled.short or dialled.dial.startswith("+44")):
        return None
    national = dialled.dial if dialled.short else "0" + dialled.dial.removeprefix("+44")
    return Dialled(f"{prefix} {dialled.display}", prefix + national, False, relay=True)


def _codes_side_by_side(number: str, region: str) -> list[str]:
    """The short codes written side by side in a number ('988 988', '911 988'), each of which the region dials
    alone; none if any group is no code of its own ('116 123', '741 741')."""
    groups = re.split(r"[\s-]+", number.strip(" ,;:/."))
    return groups if len(groups) > 1 and all((alone := dial(group, region)) and alone.short for group in groups) else []


# Brackets a number is written with: around its area code at its start ('(503) 555-0117', '+1 (503) ...'), or the
# trunk prefix's '(0)' ('+44 (0)1632 960111'); any other bracket holds a note ('988 (24/7)'), which phonenumbers
# would read as more figures of the number (a US short code, 988247, to text).
_AREA_CODE = re.compile(r"^\s*\+?\d*\s*\(\d{1,5}\)|\(0\)")
_STRAY_BRACKET = re.compile(r"[()]")
# A short code as written: its figures, in groups ('116 123', '741-741'), and nothing else between them (a dash only
# before three figures or more: '988-24' is no code 98824).
_SHORT_CODE = re.compile(r"\d+(?:\s\d+|-\d{3,})*")
# One or two figures after a slash at a number's end: another number's last figures ('01632 960111/2'), never the
# number's own, as a slash between an area code and the rest is ('030/1234567').
_OTHER_END = re.compile(r"/\s*\d{1,2}\s*$")
# A run of what a number is written with: "(503) 555-0100", "+44 1632 960111", "988", "116 123".
_NUMBER_RUN = re.compile(r"\+?\(?\d[\d\s().-]*\d\)?|\d")


def _runs(written: str) -> list[str]:
    """The runs of figures in text, a run cut at a bracket it leaves open: '988 (24 hours)' is 988 and 24, not
    '988 (24', which phonenumbers would read as the short code 98824; and at one after a whole number's figures:
    '(503) 555-0117 (9-5)' is the number and 9-5 (not '+1 (503) ...', whose bracket holds the area code)."""
    runs = []
    for run in _NUMBER_RUN.findall(written):
        opened = run.rfind("(")
        cut = opened > 0 and (run.count("(") > run.count(")") or sum(c.isdigit() for c in run[:opened]) >= 7)
        runs += [run[:opened], run[opened + 1 :].rstrip(")")] if cut else _SPACED_DASH_BEFORE_A_NOTE.split(run, maxsplit=1)
    return [run.strip() for run in runs if run.strip()]


# A spaced dash before one or two figures, which begin a note ('211 - 24 hours', '01632 960111 - 9-5'), not the
# number's last part (it had been dialled as 21124); a number's own groups are longer ('503 - 555 - 0117').
_SPACED_DASH_BEFORE_A_NOTE = re.compile(r"\s+[-\u2013\u2014]\s+(?=\d{1,2}(?!\d))")


# A number with a keypad's letters joined to its figures ('1-800-555-HELP', '1-800-GRIEF-01'), among other words;
# and one alone after a word that says to call it, before words in brackets ('Call 1-800-555-HELP (TTY)').
_KEYED = re.compile(r"\+?[\d(][\d().\s-]*?\d[.-]?[A-Z][\dA-Z.-]*")
_VANITY = re.compile(r"\s*(?:(?i:call|dial|phone|tel|telephone|ring)\b\s*:?\s*)?(" + _KEYED.pattern + r")\s*(?:\(([^()]*)\))?\s*")


def number_and_words(written: str, region: str) -> tuple[str, str] | None:
    """A number that a phone in region dials, written with words about it and nothing else ('(503) 555-0100
    (TTY)', 'Toll-free: 1-800-555-0199', 'Call 211'): the number as written and the words (_words_beside); None for
    anything else, two numbers or a menu option ('988, press 1') among them."""
    runs = _runs(written)
    if len(runs) == 1 and (dialled := dial(runs[0], region)) is not None:
        number, words = runs[0], _words_beside(written, runs[0])
    else:
        vanity = _VANITY.fullmatch(written)  # 'Call 1-800-555-HELP (TTY)': its letters cut it into runs
        dialled = dial(vanity.group(1), region) if vanity else None
        if dialled is None:
            return None
        number, words = vanity.group(1), " ".join(_NOT_WORDS.sub(" ", vanity.group(2) or "").split())
    return number, "" if _spelt_out(words, dialled) else words


def _spelt_out(words: str, dialled: Dialled) -> bool:
    """Whether words beside a number are its last figures again, as a keypad's letters or as the figures they
    stand for: '1-800-662-HELP (4357)', '1-800-273-8255 (TALK)', as US directories write a vanity number. (Four
    at least: a label such as TTY could spell a number's end by chance.)"""
    spelt = words.replace(" ", "").replace("-", "")
    if not (len(spelt) >= 4 and spelt.isascii() and (spelt.isdigit() or spelt.isalpha() and spelt.isupper())):
        return False
    return dialled.dial.endswith(phonenumbers.convert_alpha_characters_in_number(spelt))


# What stands between numbers written together ('... or ...', '.../...', '..., ...').
_BETWEEN_NUMBERS = re.compile(r"^(?:\s*(?:or|and|[,/;&])\s*)+$", re.IGNORECASE)


def numbers_apart(written: str, region: str) -> list[str] | None:
    """Numbers written together with nothing but 'or', 'and', commas or slashes between them ('(503) 555-0117 or
    (503) 555-0118'), each as written and each one a phone in region dials; None for anything else."""
    matches = list(phonenumbers.PhoneNumberMatcher(written, region, phonenumbers.Leniency.POSSIBLE))
    if len(matches) < 2 or written[: matches[0].start].strip() or written[matches[-1].end :].strip():
        return None
    if not all(_BETWEEN_NUMBERS.match(written[one.end : other.start]) for one, other in zip(matches, matches[1:])):
        return None
    found = [match.raw_string for match in matches]
    return found if all(dial(number, region) for number in found) else None


# A number, then a short code after 'or', 'and', a comma or a slash ('(503) 555-0117 or 988', '01632 960111, 116 123').
# (Not after a slash alone, '01632 960111/123', where the figures may as well be another's end: see numbers_ending_apart.)
_THEN_A_CODE = re.compile(r"^(?P<first>.*?\d\)?)(?:\s*(?:[,;&]|\bor\b|\band\b)\s*|\s+/\s+)(?P<code>\d{3}(?: ?\d{3})?)$", re.IGNORECASE)


def number_then_short_code(written: str, region: str) -> list[str] | None:
    """A number, then a short code the region dials ('(503) 555-0117 or 988'): the two, as written; None for anything
    else. The code is a number of its own, never the first's last figures changed (it had been dialled as (503)
    555-0988) nor its extension (after a comma, as phonenumbers reads one)."""
    found = _THEN_A_CODE.match(_CALL.sub("", written.strip()).lstrip(" :"))
    if not found or not (code := dial(found.group("code"), region)) or not code.short:
        return None
    return [found.group("first"), found.group("code")] if dial(found.group("first"), region) else None


# A number and others' last figures after it ('01632 960111/2', '(503) 555-0117 or 0118', '... / 0118 / 0119'): each
# other is the first with its last figures those.
_OTHER_ENDING = re.compile(r"^(?P<first>\+?[\d\s().-]*\d)(?P<ends>(?:\s*(?:/|\bor\b)\s*\d{1,6})+)$", re.IGNORECASE)


def numbers_ending_apart(written: str, region: str) -> list[str] | None:
    """Numbers written as one and the others' last figures, as directories shorten lines that differ at their end
    ('01632 960111/2' is 01632 960111 and 01632 960112): each as the first is written; None for anything else."""
    found = _OTHER_ENDING.match(_CALL.sub("", written.strip()).lstrip(" :"))  # 'Call (503) 555-0162 or 0163' too
    if not found or dial(found.group("first"), region) is None:
        return None
    first, numbers = found.group("first"), [found.group("first")]
    places = [at for at, char in enumerate(first) if char.isdigit()]
    for end in re.findall(r"\d+", found.group("ends")):
        if (code := dial(end, region)) and code.short:
            return None  # '(503) 555-0117/988': which is meant is in doubt (problem says so)
        if len(places) < len(end) + 4:  # the other's figures are the end of the line's own part, never its area code
            return None
        second = list(first)
        for at, figure in zip(places[-len(end):], end):
            second[at] = figure
        other = "".join(second)
        if other in numbers or dial(other, region) is None:
            return None
        numbers.append(other)
    return numbers


def number_and_note(written: str, region: str) -> tuple[str, str, str] | None:
    """A number with a note after it that has figures in it ('(503) 555-0117 (24 hours)', '988 (24/7)',
    '503-555-0117, Mon-Fri 9-5'), with nothing before it but 'Call' or 'Phone:', or words without figures that may
    label it ('Crisis line: 988 (24/7)'): the number as written, the note without the brackets or comma around it,
    and the words before it without 'Call' or a colon ('' if none); None for anything else (number_and_words takes
    notes without figures)."""
    runs = _runs(written)  # '01632 960111 - 24/7': the note's figures a run of their own (_SPACED_DASH_BEFORE_A_NOTE)
    if not runs or dial(runs[0], region) is None:
        return None
    at = written.index(runs[0])
    before = " ".join(_NOT_WORDS.sub(" ", _CALL.sub("", written[:at].strip())).split())
    if any(char.isdigit() for char in before):
        return None
    note = written[at + len(runs[0]) :].strip().lstrip(",;:-\u2013\u2014").strip()  # '...: Mon-Fri', '... – 24/7'
    note = note[1:-1].strip() if note.startswith("(") and note.endswith(")") else note
    return (runs[0], note, before) if note else None


def has_number_or_extension(words: str, region: str) -> bool:
    """Whether words beside a number hold another number a phone might dial, or an extension ('or 988', 'x2',
    'ext 3 after 5pm'): a label would hide them."""
    words = _PLACE_NUMBER.sub(" ", words)  # 'Room 101' is a room, though 101 is a short code in the UK
    runs = [*_runs(words), *re.findall(r"\d{3,}", words)]  # each group of figures too: '988 988 24' is 988 twice
    # A run of seven figures or more is a number, dialled or not (a fictional 555 number included); 18-25 is not.
    return bool(_EXTENSION_IN.search(words)) or any(dial(run, region) is not None or sum(c.isdigit() for c in run) >= 7
                                                    for run in runs)


# Figures that number a place, not a phone: a room, suite, floor, unit or office.
_PLACE_NUMBER = re.compile(r"\b(?:room|rm|suite|ste|floor|fl|unit|apt|apartment|building|bldg|office)\.?\s*#?\s*\d+\b", re.IGNORECASE)
_EXTENSION_IN = re.compile(r"(?:\bext(?:ension)?\.?|\bx)\s*\d", re.IGNORECASE)


# The option to choose once a number answers ('988, press 1', 'Call 988 and press 1', '988 (press 1 for veterans)'):
# words beside its button, not dialled after a pause as an extension is, since the digit could reach the line before
# its menu asks for it.
MENU_OPTION = re.compile(r"(?:and\s+|then\s+)?((?:press|option|select)\s+\d{1,2}(?:\s+for\s+[^\d()]*[^\W\d_])?)", re.IGNORECASE)
# A number and its option after it: '988, press 1'.
MENU_OPTION_AFTER = re.compile(r"(.*?\d)[\s,;]+" + MENU_OPTION.pattern, re.IGNORECASE)
_TEXTED = re.compile(r"(?:text|env[ií](?:a|e|ar))\s+\S+\s+(?:to|al?)\s+(.+)", re.IGNORECASE)
# "Tel. ...", "Phone #: ..."; in Spanish, "Llame al ...", "Marque el ...", "Teléfono: ..."
_CALL = re.compile(r"^(?:call|dial|phone|ph|tel|telephone|ring|tel[eé]fono|(?:llam(?:e|a|ar)|marque|marc(?:a|ar))(?:\s+(?:al|el|a))?)\b\.?"
                   r"(?:\s*(?:number|no\.|#))?\s*", re.IGNORECASE)


def _words_beside(written: str, number: str) -> str:
    """The words written with a number, without brackets, colons or a word that says only to call it ('Call 211',
    'Phone: 01632 960111'): a label for it, or nothing. A word to call after the number is the label's ('(503)
    555-0161 - call Dave' is labelled 'call Dave', not 'Dave'; 'Call ... and ask for Pat', 'ask for Pat')."""
    before, _, after = written.partition(number)
    words = " ".join(_NOT_WORDS.sub(" ", f"{_CALL.sub('', before.strip())} {after}").split()).strip(".'&+ ")
    words = re.sub(r"^(?:and|then)\s+", "", words, flags=re.IGNORECASE)  # 'Call ... and ask for Pat': 'ask for Pat'
    return "" if _NO_EXTENSION.fullmatch(words) else words  # 'Call: ... .', '...x': nothing to label it


# An extension's mark with no extension after it ('(503) 555-0117x', '... ext'): no words about the number.
_NO_EXTENSION = re.compile(r"x|ext\.?|extension", re.IGNORECASE)


def emergency(number: str, region: str) -> bool:
    """Whether the number is the region's emergency number (911, 999, 112, 000; phonenumbers' short-number data):
    no listing's own, and every page already shows the site's crisis lines. 988 and 116 123 are not such numbers."""
    dialled = dial(number, region)
    return dialled is not None and dialled.short and shortnumberinfo.is_emergency_number(dialled.dial, region)


def problem(number: str, region: str, words_go: str = "its label, like label: {words}") -> str | None:
    """What is wrong with a number as dialled from region, written for a contributor; None if it can be dialled.
    Words written with the number are told to go where `words_go` says (a listing's phone has a label)."""
    dialled = dial(number, region)  # None for a number with words among its figures ('TTY: 503-555-0117')
    if dialled is not None:
        return None
    texted = _TEXTED.fullmatch(number.strip())  # 'Text HOME to 741741', where the phone says its kind itself
    code = dial(texted.group(1), region) if texted else None
    if code is not None and code.short:
        return (
            f"'{number}' holds words as well as the short code; write only the code, {code.dial}, and a word to "
            "text as text_message (with kind: text on a listing's phone), any other words in its label"
        )
    code = dial(_EXTENSION.sub("", number), region) if _EXTENSION.search(number) else None
    if code is not None and code.short:  # '988 ext 3'
        return f"'{number}' is a short code with an extension, which no phone dials; write only the code, {code.display}"
    comma = _AFTER_A_COMMA.search(number)
    if comma and dial(number[: comma.start()], region):
        return (f"'{number}' has figures after a comma, which could be its extension or another number's; write "
                f"{number[: comma.start()].strip()} ext. {comma.group(1)} for an extension, or each number in full in its own entry")
    if other := _OTHER_END.search(number):  # '01632 960111/2' as a phone's own number; '116 123/4', where 116 124 is none
        if pair := numbers_ending_apart(number, region):
            return (f"'{number}' holds {len(pair)} numbers; give each its own entry, with number: {pair[0]} in one and number: "
                    f"{pair[1]} in the next")
        return (f"'{number}' ends in another number's last figures ({other.group().strip()}), and no phone here dials the "
                "number they make; write each number in full, in its own entry")
    if region == "GB" and (apart := _RELAY_APART.search(number)):  # 'Relay UK: 18001 then 01632 960111'
        return (f"'{number}' gives Relay UK's prefix apart from the number; write them together, {apart.group(1)} "
                f"{apart.group(2)}, and any words in {words_go.format(words='Relay UK')}")
    if codes := _codes_side_by_side(number, region):
        return (f"'{number}' holds {len(codes)} short codes; give each its own entry, with number: {codes[0]} in one and number: "
                f"{codes[1]} in the next (or, if it is one code to text, write it without spaces)")
    lead = _LEAD.match(number).group()  # type: ignore[union-attr]
    if not any(c.isdigit() for c in number):  # "n/a", "none", "TBC"
        return f"'{number}' is not a phone number; if there is none, leave the number out"
    if _local_only(number, region):  # "555-0117": a phone elsewhere, or a mobile, dials it wrongly
        return _NO_AREA_CODE.format(number=number, example=_example(region))
    matches = list(phonenumbers.PhoneNumberMatcher(number, region, phonenumbers.Leniency.POSSIBLE))
    found = [match.raw_string for match in matches]
    vanity = [keyed for keyed in _KEYED.findall(number) if dial(keyed, region)]  # the matcher cuts 1-800-555-HELP at its letters
    if vanity:
        found = [vanity[0], *(run for run in _runs(number.replace(vanity[0], " ")) if dial(run, region))]
        matches = []  # so the numbers found are apart
    if not found:  # a short code with words, which the matcher does not find ("988, press 1")
        found = [run for run in _runs(number) if (code := dial(run, region)) and code.short][:1]
    if not found and dial(number[len(lead):].strip(), region):  # words before a number the matcher does not take whole
        found = [number[len(lead):].strip()]  # ('Call 1-800-GRIEF-01')
    apart = all(number[one.end : other.start].strip() for one, other in zip(matches, matches[1:])) or all(
        dial(one, region) for one in found)  # not "01632 960111 960"; "01632 960111 01632 960222" is two
    if len(found) > 1 and apart:  # "(503) 555-0117 or (503) 555-0118": a button can dial one
        return f"'{number}' holds {len(found)} numbers; give each its own entry, with number: {found[0]} in one and number: {found[1]} in the next"
    if len(found) == 1 and dial(found[0], region) is None and _local_only(found[0], region):  # '555-0117 (24/7)': its area code first
        return _NO_AREA_CODE.format(number=number, example=_example(region))
    if len(found) == 1:  # "(503) 555-0117 (TTY)": the words would show on the button, and no phone dials them
        words = _words_beside(number, found[0])
        other = next((run for run in _runs(words) if dial(run, region)), None)  # '... (after hours: 988)'
        if other:
            return (f"'{number}' holds 2 numbers; give each its own entry, with number: {found[0]} in one and number: "
                    f"{other} in the next, and what each is for in its label")
        return f"'{number}' holds words as well as the number; write only the number, {found[0]}, and the words in {words_go.format(words=words)}"
    return (
        f"'{number}' is not a phone number we can dial from {region}; write it as you would dial it, like {_example(region)}, "
        "with the country code, like +44 1632 960000, or a short code the region dials, like 988 or 211"
    )


_NO_AREA_CODE = "'{number}' has no area code, so only a phone in its area could dial it; write the whole number, like {example}"


def _local_only(number: str, region: str) -> bool:
    """Whether phonenumbers takes the number for one dialled only inside its area (555-0117 in the US)."""
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_possible_number_with_reason(parsed) == phonenumbers.ValidationResult.IS_POSSIBLE_LOCAL_ONLY


# A whole number in the region's own way of writing one, for messages: numbers set aside for fiction where the
# region has them (555-01xx in North America, 01632 960xxx in the UK), or else phonenumbers' example.
_FICTIONAL = {"US": "(503) 555-0100", "CA": "(506) 555-0100", "GB": "01632 960000"}


def _example(region: str) -> str:
    if region in _FICTIONAL:
        return _FICTIONAL[region]
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.FIXED_LINE)
    return phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.NATIONAL) if example else "+44 1632 960000"
