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

import re
import typing
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from pydantic import Field, ValidationInfo, model_validator

from peerdir.sources.blocks import (
    FORMAT_WORDS, Areas, Audiences, Hours, Language, Languages, Location, Meetings, Phone, Topics, Translation, numbers_as_phones,
)
from peerdir.sources.fieldtypes import (
    Choice, Day, Distinct, Document, Email, Fields, Line, OneOrMore, Paragraph, ReadsWords, ReadsWordsAround, Title, Url, WORDS, YesNo, ItemsInText, choice_from, choice_said, close_choice, digits_as_written, fail, number_in_words, require_one, items_in,
)


def _one_language(value: Any, info: ValidationInfo) -> Any:
    """The one language a listing's words are written in; a list of one is that one. Two ('[es, en]', 'Spanish
    and English') had been told 'should be text, not a list' or to say 'and English' in the description."""
    items = value if isinstance(value, list) else items_in(value) if isinstance(value, str) else [value]
    if len(items) == 1:
        return items[0]
    if info.context is not None and len(items) > 1 and all(isinstance(item, str) and info.context.find("language", item) for item in items):
        written = value.strip() if isinstance(value, str) else ", ".join(items)
        raise fail(f"'{written}' names {len(items)} languages, and written_in takes the one its words are written in: where "
                   "they are in more than one, leave it out, or write them in one and give the others under translations")
    return value


# What directories write for a cost, as the choice it is; an amount is paid, with the amount in cost_note. In
# English and in Spanish, the languages peerdir's theme is written in.
_COST_WORDS = {"no-cost": "free", "free-of-charge": "free", "none": "free", "no-fee": "free", "no-charge": "free",
               "pay-what-you-can": "donation", "by-donation": "donation", "donations-welcome": "donation",
               "suggested-donation": "donation", "gratis": "free", "gratuito": "free", "sin-costo": "free",
               "sin-costo-alguno": "free", "donativo": "donation", "donación": "donation", "donacion": "donation",
               "lo-que-puedas": "donation", "de-pago": "paid", "pago": "paid", "con-costo": "paid",
               "donations-appreciated": "donation", "donation-based": "donation", "free-will-offering": "donation",
               "pay-as-you-feel": "donation", "voluntary-donation": "donation", "free-to-attend": "free",
               "no-cost-to-participants": "free", "free-to-participants": "free", "no-cost-to-attend": "free",
               "free-to-all": "free", "free-for-all": "free", "free-for-everyone": "free", "free-to-join": "free",
               "free-of-cost": "free", "at-no-cost": "free", "no-cost-to-you": "free", "always-free": "free",
               "completely-free": "free", "totally-free": "free", "there-is-no-charge": "free", "there-is-no-cost": "free",
               "there-is-no-fee": "free", "no-charge-to-attend": "free", "free-and-confidential": "free",
               "free-confidential": "free", "free-service": "free",
               # in Spanish, as a listing written in it says them
               "donación-voluntaria": "donation", "donacion-voluntaria": "donation", "aporte-voluntario": "donation",
               "cooperación-voluntaria": "donation", "cooperacion-voluntaria": "donation", "lo-que-puedas-pagar": "donation",
               "servicio-gratuito": "free", "sin-cargo": "free", "sin-costo-para-los-participantes": "free",
               "gratis-y-confidencial": "free", "gratuito-y-confidencial": "free"}  # fmt: skip
# And for how to join and a listing's status, where the words mean one choice and no other (a group's format:
# blocks.FORMAT_WORDS).
_JOIN_WORDS = {"walk-in": "drop-in", "just-show-up": "drop-in", "just-come": "drop-in", "no-registration-needed": "drop-in",
               "walk-ins-welcome": "drop-in", "drop-ins-welcome": "drop-in", "just-drop-in": "drop-in",
               "no-registration-required": "drop-in", "no-need-to-register": "drop-in",
               "registration-required": "sign-up", "register": "sign-up", "registration": "sign-up", "rsvp": "sign-up",
               "call-first": "sign-up", "call-ahead": "sign-up", "please-register": "sign-up", "sign-up-required": "sign-up",
               "registration-needed": "sign-up", "pre-registration-required": "sign-up", "rsvp-required": "sign-up",
               "register-online": "sign-up", "call-to-register": "sign-up", "email-first": "sign-up",
               "contact-us-first": "sign-up", "by-appointment": "sign-up", "by-referral": "referral",
               "referral-required": "referral", "referral-only": "referral", "referral-needed": "referral",
               "requires-referral": "referral", "referral-necessary": "referral",
               "just-turn-up": "drop-in", "turn-up": "drop-in", "come-along": "drop-in", "just-come-along": "drop-in",
               "no-booking-needed": "drop-in", "no-booking-required": "drop-in", "no-need-to-book": "drop-in",
               "please-call-to-register": "sign-up", "sign-up-online": "sign-up", "book-a-place": "sign-up",
               "booking-essential": "sign-up", "booking-required": "sign-up", "book-ahead": "sign-up", "booking": "sign-up",
               "book-in-advance": "sign-up", "register-in-advance": "sign-up", "registration-essential": "sign-up",
               "call-us": "sign-up", "email-us": "sign-up", "contact-us": "sign-up", "contact-the-facilitator": "sign-up",
               "referral-from-gp": "referral", "gp-referral": "referral", "professional-referral": "referral",
               "referral-from-a-professional": "referral", "doctor-referral": "referral", "referral-from-doctor": "referral",
               "appointment-needed": "sign-up", "appointment-required": "sign-up", "email-to-join": "sign-up",
               "call-to-join": "sign-up", "email-to-register": "sign-up", "open-to-all": "drop-in", "all-welcome": "drop-in",
               "everyone-welcome": "drop-in", "no-appointment-needed": "drop-in",
               # in Spanish
               "sin-cita": "drop-in", "sin-cita-previa": "drop-in", "entrada-libre": "drop-in", "solo-llegue": "drop-in",
               "sin-inscripción": "drop-in", "sin-inscripcion": "drop-in", "todos-son-bienvenidos": "drop-in",
               "con-inscripción": "sign-up", "con-inscripcion": "sign-up", "con-inscripción-previa": "sign-up",
               "con-inscripcion-previa": "sign-up", "inscripción-previa": "sign-up", "inscripcion-previa": "sign-up",
               "se-requiere-inscripción": "sign-up", "se-requiere-inscripcion": "sign-up", "con-cita": "sign-up",
               "con-cita-previa": "sign-up", "llame-antes": "sign-up", "llamar-antes": "sign-up",
               "se-requiere-referencia": "referral", "con-referencia": "referral", "por-referencia": "referral",
               "se-requiere-derivación": "referral", "se-requiere-derivacion": "referral", "con-derivación": "referral",
               "con-derivacion": "referral", "por-derivación": "referral", "por-derivacion": "referral"}  # fmt: skip
_STATUS_WORDS = {"open": "active", "running": "active", "currently-meeting": "active", "meeting": "active",
                 "paused": "temporarily-closed", "on-hold": "temporarily-closed", "on-pause": "temporarily-closed",
                 "on-break": "temporarily-closed", "suspended": "temporarily-closed", "permanently-closed": "closed",
                 "no-longer-meets": "closed", "discontinued": "closed", "no-longer-running": "closed",
                 "currently-running": "active", "closed-temporarily": "temporarily-closed", "on-hiatus": "temporarily-closed",
                 "temporarily-suspended": "temporarily-closed", "paused-until-further-notice": "temporarily-closed",
                 "temporarily-paused": "temporarily-closed", "closed-for-now": "temporarily-closed",
                 "closed-permanently": "closed", "ended": "closed", "no-longer-available": "closed",
                 # in Spanish
                 "activo": "active", "activa": "active", "abierto": "active", "abierta": "active", "en-pausa": "temporarily-closed",
                 "pausado": "temporarily-closed", "pausada": "temporarily-closed", "suspendido": "temporarily-closed",
                 "suspendida": "temporarily-closed", "cerrado-temporalmente": "temporarily-closed",
                 "cerrada-temporalmente": "temporarily-closed", "temporalmente-cerrado": "temporarily-closed",
                 "temporalmente-cerrada": "temporarily-closed", "cerrado": "closed", "cerrada": "closed",
                 "cerrado-permanentemente": "closed", "cerrada-permanentemente": "closed", "ya-no-se-reúne": "closed",
                 "ya-no-se-reune": "closed"}  # fmt: skip


# Between the ways a group meets, as directories write both ('Online/In-person', 'In person & Zoom', 'Hybrid (in
# person + Zoom)', 'Presencial y en línea'); and the words a way is written with ('on Zoom', 'Online only').
_FORMAT_PARTS = re.compile(r"-?[/+&,()]-?|-(?:and|or|plus|y|o)-")
_FORMAT_AROUND = re.compile(r"^(?:on|via|over|by)-|-(?:only|via-.+|on-.+|using-.+)$")


def _format(value: Any) -> Any:
    """The way it meets, from what was written: a word for one ('Virtual', 'Zoom', 'Face to face', 'By phone'), or
    words for in person and online, which is hybrid; the words of one way with anything else ('In person
    (downtown)'), or a call with another way ('Zoom or phone': which is it mostly?), are left to be refused."""
    key = choice_said(value)
    if not isinstance(key, str):
        return value
    read = {FORMAT_WORDS.get(_FORMAT_AROUND.sub("", part)) for part in _FORMAT_PARTS.split(key) if part}
    if not read or None in read:
        return key
    if "phone" in read and len(read) > 1:
        ways = " or ".join(sorted(read))
        raise fail(f"'{value}' says two ways of meeting: write the one most people join by as format ({ways}), and "
                   "say the other in the description, for example: You can also join by phone.")
    return "hybrid" if "hybrid" in read or len(read) > 1 else read.pop()


# The ways of meeting that are somewhere: a group that meets so needs a location, and is in its region.
IN_PERSON = ("in-person", "hybrid")


def _status_asked(key: str, value: str) -> str | None:
    """'Inactive', which says it is not running but not whether it will again, is asked which (it had been asked
    "did you mean 'active'?", the one it is not); a status that says when it opens again, told where the date goes."""
    if key in ("inactive", "not-active", "not-running", "not-currently-running", "not-meeting"):
        return (f"'{value}' says it is not running now: write temporarily-closed if it will start again, or closed if it "
                "has ended for good")
    if key not in _STATUS_WORDS and _UNTIL.search(key):  # 'Closed until January', 'On summer break'
        return (f"'{value}' says it is closed for now: write status: temporarily-closed, and say when it opens again in "
                "the description")
    return None


# A status that says when it opens again, or that it is a break: closed for now, and words no status holds.
_UNTIL = re.compile(r"(?:^|-)(?:until|till|resum\w*|reopen\w*|restart\w*|back-in|break|(?:for|over)-the-(?:summer|winter|holidays?))(?:-|$)")


# A helpline's kind as directories name one: 'Hotline', 'Peer-run warmline', 'Online chat' (each had been told
# another kind, 'Hotline' and 'Helpline' text-line, spelt closest).
_KIND_WORDS = {**dict.fromkeys(("hotline", "crisis-hotline", "crisis", "crisis-helpline", "crisis-support-line", "suicide-hotline",
                                "suicide-line", "suicide-prevention-line"), "crisis-line"),
               **dict.fromkeys(("warm-line", "peer-warmline", "peer-warm-line", "peer-run-warmline", "peer-support-line", "peer-line",
                                "talk-line", "listening-line"), "warmline"),
               **dict.fromkeys(("text", "textline", "texting", "text-service", "sms", "sms-line", "text-only"), "text-line"),
               **dict.fromkeys(("online-chat", "web-chat", "webchat", "live-chat", "chat-line", "chatline", "online"), "chat"),
               # in Spanish ('línea de apoyo', a support line, is asked which, as 'support line' is)
               **dict.fromkeys(("línea-de-crisis", "linea-de-crisis", "línea-de-crisis-y-suicidio", "línea-de-prevención-del-suicidio",
                                "linea-de-prevencion-del-suicidio"), "crisis-line"),
               **dict.fromkeys(("línea-cálida", "linea-calida", "línea-de-apoyo-entre-pares",
                                "linea-de-apoyo-entre-pares", "línea-de-escucha", "linea-de-escucha"), "warmline"),
               **dict.fromkeys(("línea-de-texto", "linea-de-texto", "mensajes-de-texto", "textos"), "text-line"),
               **dict.fromkeys(("chat-en-línea", "chat-en-linea", "chat-web"), "chat")}


def _kind_asked(key: str, value: str) -> str | None:
    """'Helpline' or 'Support line', which say it is one but not which, is asked which."""
    if key in ("helpline", "help-line", "support-line", "phone-line", "telephone-line", "line", "línea-de-apoyo", "linea-de-apoyo",
               "línea-de-ayuda", "linea-de-ayuda", "línea-telefónica", "linea-telefonica", "línea", "linea"):
        return (f"'{value}' says it is a line but not which kind: write warmline (someone to talk to, before things reach "
                "a crisis), crisis-line, text-line or chat")
    return None


# An age or a number of places with the words directories write around it: '18+', 'Adults (18 and over)', '4 beds'.
_AGE = number_in_words("and over or older above adults adult ages age aged years yrs year old only minimum min plus "
                       "must be up at least "  # 'Must be 18 or older', '13 and up'
                       "años año o más mayores de a partir desde edad mínima mínimo", (0, "the youngest age it takes"))  # 'Mayores de 18'
# An age said to be none, or said in words without one: no minimum (left out), or asked for its number.
_NO_AGE = re.compile(r"none|no\s+(?:minimum(?:\s+age)?|age\s+(?:limit|minimum|restrictions?))|any\s+age|all\s+ages", re.IGNORECASE)
_AGE_IN_WORDS = re.compile(r"(?:adults?|grown-?ups?)(?:\s+only)?", re.IGNORECASE)


def _age_said(value: Any) -> Any:
    """'None', 'No minimum', 'All ages': no minimum age, as leaving it out says; 'Adults only' is asked its age."""
    if isinstance(value, str) and _NO_AGE.fullmatch(value.strip()):
        return None
    if isinstance(value, str) and _AGE_IN_WORDS.fullmatch(value.strip()):
        raise fail(f"'{value}' gives no age, and the age of an adult differs from one place to the next: write the "
                   "youngest age it takes, like 18")
    return value
_HOW_MANY = number_in_words("beds bed bedrooms bedroom guests guest people places spaces space rooms room up to max maximum of at a time "
                            "camas cama huéspedes huésped personas persona plazas plaza habitaciones habitación hasta máximo de",
                            (-1, "the most it takes"))  # '4 camas', 'Hasta 6 huéspedes'


# Whether a respite house needs someone else's referral, as houses write it: 'Self-referral accepted', 'No referral
# needed'; 'Referral required', 'By referral only'.
# Who answers a line, as directories say it: a peer by any of the names peer work goes by; staff by their trade.
_ANSWERED_WORDS = {**dict.fromkeys(("peer", "peer-specialists", "certified-peer-specialists", "peer-supporters", "peer-support-workers",
                                    "peer-workers", "peer-support-specialists", "peer-mentors", "peer-volunteers", "lived-experience",
                                    "people-with-lived-experience", "peer-staff", "peer-counselors", "peer-counsellors"), "peers"),
                   **dict.fromkeys(("trained-volunteer", "volunteers-trained-in-active-listening"), "trained-volunteers"),
                   **dict.fromkeys(("paid-staff", "professional-staff", "employees", "professionals", "clinicians", "counselors",
                                    "counsellors", "clinical-staff", "nurses", "social-workers"), "staff"),
                   # in Spanish
                   **dict.fromkeys(("pares", "compañeros", "especialistas-de-pares", "personas-con-experiencia-vivida"), "peers"),
                   **dict.fromkeys(("voluntarios-capacitados", "voluntarias-capacitadas", "voluntarios-entrenados"), "trained-volunteers"),
                   **dict.fromkeys(("personal", "personal-profesional", "profesionales", "consejeros", "trabajadores-sociales"), "staff")}  # fmt: skip
# The words of a sentence about referral that say which it is: people may refer themselves (whether or not others
# may refer them too), or someone else must.
_SELF_REFERRAL = re.compile(r"\bself[-\s]?refer|\bopen\s+referrals?\b|\b(?:call|contact|e-?mail|phone)\s+us\s+directly\b|"
                            r"\bno\s+referral|\breferrals?\s+(?:from|by)\s+(?:anyone|anybody)\b|"
                            # in Spanish: 'Autorreferencia', 'Sin necesidad de derivación'
                            r"\bauto-?r?referencia|\bauto-?derivaci[oó]n|\bsin\s+(?:necesidad\s+de\s+)?(?:referencia|derivaci[oó]n)",
                            re.IGNORECASE)
_REFERRAL_NEEDED = re.compile(r"\breferral\b.*\b(?:required|needed|necessary|only|essential)\b|\b(?:requires?|need)\s+(?:a\s+)?referral|"
                              r"^\s*(?:by\s+)?referral\s*$|"  # 'By referral', 'Referral' too
                              r"^\s*(?:by\s+)?referrals?\s+(?:from|by|through|via)\b|\bmust\s+be\s+referred\b|"  # 'Referral from a GP'
                              # in Spanish: 'Se requiere referencia', 'Solo con derivación'
                              r"\b(?:se\s+requiere|requiere|necesita)\s+(?:una\s+)?(?:referencia|derivaci[oó]n)|"
                              r"^\s*(?:solo\s+)?(?:con|por)\s+(?:referencia|derivaci[oó]n)\b", re.IGNORECASE)


def _referral_in_a_sentence(value: Any) -> Any:
    """A house's referral in the words directories write it ('Self-referral accepted', 'By referral only'), or in a
    sentence ('Self-referrals accepted; professional referrals welcome', 'Referral from a mental health professional
    required'): the choice its words name, where they name one; else as written, to be refused."""
    if not isinstance(value, str):
        return value
    if _SELF_REFERRAL.search(value):  # 'No referral is needed': not one needed, though the words are there
        return "self-referral"
    return "referral-needed" if _REFERRAL_NEEDED.search(value) else value




JOINS = ("drop-in", "sign-up", "referral")


def _join(value: Any) -> Any:
    """How to join, from what was written: words for one way ('Walk-ins welcome', 'Booking essential'), or parts
    that each say the same one ('Drop-in, no need to register', 'Registration required - email us'). Words for
    'self-referral' say only that no one else need refer you: which of the other two it is, is asked."""
    key = choice_said(value)
    if not isinstance(key, str):
        return value
    if key.startswith("self-refer"):
        raise fail(f"'{value}' says people refer themselves: write drop-in if they just come, or sign-up if they get "
                   "in touch first")
    read = {part if part in JOINS else _JOIN_WORDS.get(part) for part in _JOIN_PARTS.split(key) if part}
    if len(read) > 1 and None not in read:  # 'Drop-in / referral': both are true of some who come
        raise fail(f"'{value}' says two ways to join ({' and '.join(sorted(read))}): write the one most people join by, "
                   "and say the other in the description")
    if len(read) == 1 and None not in read:
        return read.pop()
    said = [] if key in _JOIN_WORDS else _join_in_a_sentence(value)
    if len(said) > 1:
        raise fail(f"'{value}' says two ways to join ({' and '.join(sorted(said))}): write the one most people join by, "
                   "and say the other in the description")
    return _JOIN_WORDS.get(key) or (said[0] if said else key)


_JOIN_PARTS = re.compile(r"-?[/,;()]-?|---")  # 'Drop-in, no need to register', 'Registration required - email us'
# The words of a sentence about joining that say which way it is, where the sentence is none of _JOIN_WORDS
# ('Pre-registration is required', 'Please call the facilitator before attending'): one way and no other, or,
# said not to be needed, none ('Registration is not required'), which is dropping in.
_JOIN_SAID = {
    "referral": re.compile(r"\breferr", re.IGNORECASE),
    "sign-up": re.compile(r"\b(?:pre-?)?regist|\bsign(?:-|\s)?up\b|\brsvp\b|\bbook|\b(?:call|e-?mail|contact|phone|text|"
                          r"message)\b.*\b(?:first|ahead|before|beforehand|in\s+advance|to\s+(?:join|attend|register))\b", re.IGNORECASE),
    "drop-in": re.compile(r"\bdrop(?:-|\s)?ins?\b|\bwalk(?:-|\s)?ins?\b|\bjust\s+(?:come|show|turn)", re.IGNORECASE),
}
_NOT_NEEDED = re.compile(r"\b(?:no|not|without|don'?t|never)\b[\w\s-]{0,30}?\b(?:regist|sign|book|referr|appointment)|"
                         r"\b(?:regist\w*|booking|referral|appointment|sign-?up)\s+(?:is\s+|are\s+)?(?:not|n't)\s+"
                         r"(?:required|needed|necessary|essential)", re.IGNORECASE)


def _join_in_a_sentence(value: str) -> list[str]:
    """The ways to join the words of a sentence about it name (_JOIN_SAID); a referral said not to be needed is
    asked which of the others it is, as self-referral is."""
    unneeded = _NOT_NEEDED.search(value)
    if unneeded and _JOIN_SAID["referral"].search(unneeded.group()):
        raise fail(f"'{value}' says no one need refer people: write drop-in if they just come, or sign-up if they get "
                   "in touch first")
    if unneeded:  # 'No need to book', 'Registration is not required'
        value = _NOT_NEEDED.sub(" drop in ", value)
    return [way for way, words in _JOIN_SAID.items() if words.search(value)]


_NOTHING = ("0", "$0", "£0", "€0")  # an amount that is free


def _amount(key: Any) -> str | None:
    """The choice an amount written as the cost (as choice_said reads it) stands for ('$10 a session' is paid; '$5
    suggested donation' is a donation, which nobody has to pay), or None if it is no amount."""
    if not isinstance(key, str) or key in _NOTHING or not any(c.isdigit() for c in key):
        return None
    return "donation" if "donation" in key else "paid"


COSTS = ("free", "donation", "paid")
# A cost and words about it after it, as directories write them: 'Free (donations welcome)', 'Free, donations
# welcome', 'Donation - pay what you can'.
_COST_AND_NOTE = re.compile(r"^\s*([^(),;:]+?)\s*(?:\((.+)\)|[,;:]\s*(.+)|\s[-\u2013\u2014]\s*(.+))\s*$")


def _cost_named(written: str) -> str | None:
    """The choice words name alone ('Free', 'No cost', 'Pay what you can'), or None."""
    key = choice_said(written)
    return choice if (choice := _COST_WORDS.get(key, key)) in COSTS else None


def cost_as_written(written: str) -> tuple[str, str | None] | None:
    """The cost and its note that words for a cost give, as a listing's cost and an imported fee are read: an
    amount ('$10 a session') is paid (or a donation: '$5 suggested donation'), its note the amount; a cost with
    words after it ('Free (donations welcome)'), the cost, its note the words; a cost's words alone, the cost.
    None for words that name no cost. A cost named before an amount in its note is that cost ('Pay what you can
    (suggested $5)', 'Free of charge (refreshments £1)' had been paid)."""
    if (found := _COST_AND_NOTE.match(written)) and (choice := _cost_named(found.group(1))):
        note = next(words for words in found.groups()[1:] if words).strip()
        note = re.sub(r"^(?:but|however|though)\b[\s,]*", "", note, flags=re.IGNORECASE) or note  # 'Free, but ...'
        return choice, note[0].upper() + note[1:]
    if amount := _amount(choice_said(written)):
        return amount, written.strip()
    return (choice, None) if (choice := _cost_named(written)) else None


def _cost(value: Any) -> Any:
    """The choice, from what was written ('Free', 'No cost', 'Pay what you can', '$0'); an amount where the cost's
    note is given too (Listing._cost_as_written reads one where it is not) is told where it goes, and so are words
    that name no choice ('Low cost': the choice it is, and the words as the note). `cost: 0`, as a spreadsheet
    gives it, is free, as '$0' is."""
    key = choice_said(digits_as_written(value))
    if not isinstance(key, str):
        return value
    if key in _NOTHING:
        return "free"
    if amount := _amount(key):
        raise fail(f"'{value}' is an amount: write cost: {amount}, and the amount in cost_note, like cost_note: {value}")
    if key.startswith("sliding"):  # how the cost is set: whether anyone must pay is the contributor's to say
        raise fail(f"'{value}' says how the cost is set: write cost: paid (or donation, if nobody has to pay), and "
                   f"cost_note: {value}")
    choice = _cost_named(value)
    if choice is None:
        guess = close_choice(key, COSTS, cutoff=0.75)
        raise fail(f"'{value}' is not a cost; did you mean {guess}?" if guess else
                   f"'{value}' is not one of free, donation (pay what you can) or paid: write the one it is as cost:, "
                   f"and these words as cost_note: {value.strip()}")
    return choice


def translations_example(codes: list[str]) -> dict[str, dict[str, str]]:
    """A listing's translations as an example on a site published also in `codes` (site.yaml's translations):
    keyed by the first of them, as the field is, so that a copy of it passes check (in Spanish words for Spanish,
    otherwise words that say what to write); none on a site in one language, where no key would."""
    if not codes:
        return {}
    if codes[0].split("-")[0] == "es":
        return {codes[0]: {"name": "Grupo de escucha de voces", "summary": "Un grupo semanal y acogedor."}}
    return {codes[0]: {"name": f"Its name in {codes[0]}", "summary": f"One sentence in {codes[0]} saying what it offers."}}


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
    website: Url | None = Field(
        None, description="Its web page, like https://example.org/ (written without https://, it is read with it).",
        examples=["https://example.org/"],
    )
    email: Email | None = Field(None, description="An email address to contact it.", examples=["hello@example.org"])
    phones: Annotated[list[Annotated[Phone, WORDS]], ReadsWordsAround(numbers_as_phones), OneOrMore] = Field([], description="Phone numbers, one entry each.")
    languages: Languages = Field(
        [],
        description="Languages it is offered in, as codes from site.yaml (such as en, es) or their names (Spanish). Empty means the site's main language.",
        examples=[["en", "es"]],
    )
    written_in: Annotated[Language | None, ReadsWords(_one_language, json_schema_input_type=str | list[str] | None)] = Field(
        None,
        description="The language its words (name, summary, description, notes) are written in, if not the site's main "
        "language: a code from site.yaml (es) or its name (Spanish). Screen readers and search then read them in it.",
        examples=["es"],
    )
    service_area: Areas = Field(
        [],
        description="Regions it serves (ids from site.yaml), or national, or online. "
        "May be left out when it has a location: its region is then used.",
        examples=[["north-valley"], ["online"]],
    )
    cost: Annotated[Literal["free", "donation", "paid"], ReadsWords(_cost)] = Field(
        description="free, donation (pay what you can) or paid."
    )
    cost_note: Line | None = Field(None, description="Details of the cost.", examples=["$5 a session; nobody turned away"])
    audiences: Audiences = Field(
        [], description="Who it is for, as ids from site.yaml. Empty means anyone.", examples=[["young-people"]]
    )
    topics: Topics = Field([], description="What it is about, as ids from site.yaml.", examples=[["anxiety", "grief"]])
    peer_led: YesNo = Field(description="yes if it is run by people with lived experience; no if not.")
    accessibility: Paragraph | None = Field(
        None,
        description="Access notes: step-free entry, hearing loop, captions, BSL/ASL, quiet space.",
        examples=["Step-free entrance; hearing loop in the main room."],
    )
    how_to_join: Annotated[Literal[JOINS], ReadsWords(_join)] | None = Field(
        None, description="drop-in (just come), sign-up (contact first) or referral (needs a referral)."
    )
    status: Annotated[Literal["active", "temporarily-closed", "closed"], choice_from(_STATUS_WORDS, _status_asked)] = Field(
        "active", description="active, temporarily-closed or closed."
    )
    last_verified: Day = Field(
        description="The date someone last confirmed these details with the service, as YYYY-MM-DD.",
        examples=["2026-03-14"],
    )
    translations: dict[Language, Translation] = Field(
        {}, description="Its words in the other languages the site is published in (site.yaml's translations), by "
        "language code. A page in a language it has no words for shows them as written, marked with their language.",
        examples=[translations_example(["es"])],
    )

    @model_validator(mode="before")
    @classmethod
    def _cost_as_written(cls, data: Any) -> Any:
        """An amount written as the cost ('$10 a session'), as directories publish one, is paid (or a donation:
        '$5 suggested donation'), with the amount as the cost's note; a cost with words after it ('Free (donations
        welcome)'), the cost, with the words as its note; where no note is given."""
        written = data.get("cost") if isinstance(data, dict) and not data.get("cost_note") else None
        read = cost_as_written(written) if isinstance(written, str) else None
        if read is None or read[1] is None:  # a cost's words alone are read by _cost, which tells what is wrong
            return data
        return {**data, "cost": read[0], "cost_note": read[1]}

    @model_validator(mode="after")
    def _notes_translated_are_notes_it_has(self) -> Listing:
        for code, words in self.translations.items():
            if words.hours_note and not getattr(getattr(self, "hours", None), "note", None):
                raise fail("translates the note on its hours, which has none: give hours a note, or leave this out",
                           at=("translations", code, "hours_note"))
        return self

    @model_validator(mode="after")
    def _verified_not_in_future(self, info: ValidationInfo) -> Listing:
        if info.context and self.last_verified > info.context.latest_date:
            raise fail(f"{self.last_verified} is in the future; write the date you checked", at="last_verified")
        return self

    @classmethod
    def another_types_field(cls, name: str) -> str | None:
        """Where a field this type of listing lacks belongs, if another type has it, and what to write here instead
        ('hours' in a group: a helpline's; a group says when with meetings:), in place of the list of every field
        this type has; None for a field no type has (a misspelling, told as one)."""
        here = next(t for t in TYPES if t.schema is cls)
        owners = [t for t in TYPES if name in t.schema.model_fields]
        if not owners:
            return None
        said = (f"'{name}' is a field for {' and '.join(t.folder for t in owners)} "
                f"({', '.join(f'listings/{t.folder}/' for t in owners)}), not for {here.folder}")
        if here.kind_field and name in {t.kind_field for t in owners}:
            return f"{said}; say what sort it is with {here.kind_field}: ({', '.join(choices(cls, here.kind_field))})"
        if here.says_when and name in {t.says_when[0] for t in owners if t.says_when}:
            field, example = here.says_when
            return f"{said}; say when with {field}:, like \"{field}: {example}\""
        if name == "url":  # a forum's own address; any other listing's is its website
            return f"{said}; give its address as website:"
        if len(owners) == 1:
            return f"{said}; leave it out, or, if it belongs in listings/{owners[0].folder}/, move the file there"
        return f"{said}; leave it out"

    @model_validator(mode="after")
    def _somewhere(self) -> Listing:
        if not self.service_area and getattr(self, "location", None) is None:
            raise fail("say where it is available: region ids, or national, or online", at="service_area")
        return self


class Group(Listing):
    """A peer support group that meets in person, online or both."""

    format: Annotated[Literal["in-person", "online", "hybrid", "phone"], ReadsWords(_format)] = Field(
        description="in-person, online, hybrid (both) or phone (people join by calling a number: a conference call)."
    )
    location: Annotated[Location, WORDS] | None = Field(None, description="Where it meets; needed for in-person and hybrid groups.")
    meetings: Meetings = Field([], description="When it meets, one entry per regular meeting.")
    group_size: Line | None = Field(None, description="How many people usually come.", examples=["6 to 12 people"])
    facilitation: Paragraph | None = Field(
        None, description="Who leads it and how.", examples=["Two trained peer facilitators with lived experience."]
    )

    @model_validator(mode="after")
    def _located(self) -> Group:
        if self.format in IN_PERSON and self.location is None:
            raise fail(f"a group that meets {self.format} needs a location: venue, address and region", at="location")
        return self


class Helpline(Listing):
    """A helpline, warmline, text line or chat service."""

    kind: Annotated[Literal["warmline", "crisis-line", "text-line", "chat"], choice_from(_KIND_WORDS, _kind_asked)] = Field(
        description="warmline (someone to talk to), crisis-line, text-line or chat."
    )
    hours: Annotated[Hours, WORDS] | None = Field(None, description="When it is open.")
    answered_by: Annotated[list[Annotated[Literal["peers", "trained-volunteers", "staff"], choice_from(_ANSWERED_WORDS)]], ItemsInText,
                           Distinct] = Field(
        [], description="Who answers: peers, trained-volunteers, staff.", examples=[["peers"]]
    )

    @model_validator(mode="after")
    def _reachable(self) -> Helpline:
        require_one(self, ("phones", "website"), "a helpline needs at least one phone number or a website for its chat")
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
    minimum_age: Annotated[Annotated[int, Field(ge=0, le=120), _AGE] | None, ReadsWords(_age_said)] = Field(None, description="Minimum age to join.", examples=[18])


class Respite(Listing):
    """A peer respite: a short stay in a calm, home-like house run by peers."""

    location: Annotated[Location, WORDS] = Field(description="Where the house is; the address may be left out for privacy.")
    eligibility: Paragraph | None = Field(
        None, description="Who can stay.", examples=["Adults 18+ living in the county, in emotional distress."]
    )
    maximum_stay: Line | None = Field(None, description="The longest stay.", examples=["7 nights"])
    referral: Annotated[Literal["self-referral", "referral-needed"], Choice,
                        ReadsWords(_referral_in_a_sentence)] | None = Field(
        None, description="self-referral (people can ask themselves) or referral-needed."
    )
    capacity: Annotated[int, Field(ge=1, le=1000), _HOW_MANY] | None = Field(None, description="Number of beds or guests.", examples=[4])


@dataclass(frozen=True)
class ListingType:
    """A kind of listing, declared once: what the rest of peerdir needs to know of it beyond its fields.

    Outputs read these facts, or the fields a type has (meetings, hours, url, location), never its id, so a new
    kind of listing is a schema class and a ListingType here, plus templates/partials/details-<id>.html.
    """

    id: str
    folder: str
    schema: type[Listing]
    kind_field: str | None = None  # the choice that says what sort it is (a group's format): search words and facets
    place: Literal["always", "in-person", "never"] = "never"  # whether it is somewhere, in one of the regions
    schema_org: Literal["Event", "Organization", "Service"] = "Service"  # its schema.org type in JSON-LD
    asks: tuple[str, ...] = ()  # what `peerdir new` asks for besides what every listing needs
    says_when: tuple[str, str] | None = None  # the field that says when it is open to people, and an example of it

    def __reduce__(self) -> tuple[Callable[[str], ListingType], tuple[str]]:
        """Pickled by name (a listing made in a worker process, load.py): the one declaration, never a copy."""
        return _type_by_id, (self.id,)

    def has_place(self, group_format: str | None) -> bool:
        """Whether a listing of this type is somewhere: its area is then a region, its location's."""
        return self.place == "always" or (self.place == "in-person" and group_format in IN_PERSON)


TYPES: tuple[ListingType, ...] = (
    ListingType("group", "groups", Group, kind_field="format", place="in-person", schema_org="Event", asks=("format",),
                says_when=("meetings", "Tuesdays 7-9pm")),
    ListingType("helpline", "helplines", Helpline, kind_field="kind", schema_org="Organization", asks=("kind", "phone"),
                says_when=("hours", "Mon-Fri 9am-5pm")),
    ListingType("forum", "forums", Forum, asks=("url",)),
    ListingType("respite", "respite", Respite, place="always"),
)
TYPES_BY_ID = {t.id: t for t in TYPES}
_SHARED = set.intersection(*(set(t.schema.model_fields) for t in TYPES))  # the fields every type has


def type_of_fields(names: Iterable[str]) -> tuple[ListingType, list[str]] | None:
    """The one type of listing that has every field named that not every type has ('kind' and 'hours': a
    helpline), and those fields, in the order named; None where no type or several have them (a misspelt field)."""
    own = [name for name in names if name not in _SHARED]
    fitting = [t for t in TYPES if own and set(own) <= set(t.schema.model_fields)]
    return (fitting[0], own) if len(fitting) == 1 else None


def _type_by_id(type_id: str) -> ListingType:
    return TYPES_BY_ID[type_id]


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
    topics: Topics = Field([], description="Topics (ids from site.yaml) whose listings are shown beside the guide.")
