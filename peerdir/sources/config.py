"""The settings in site.yaml, declared once.

An organization changes everything about its directory here: its name and
purpose, the crisis lines shown on every page, the vocabularies listings must
use, and any text of the theme. The README's site.yaml reference is generated
from these descriptions (see peerdir/commands/reference.py).
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field, model_validator

from peerdir.sources import phones
from peerdir.sources.fieldtypes import (
    CountryCode, Document, Fields, Latitude, Line, Longitude, Paragraph, Short, Slug, TimeZone, Title, Url, fail,
)

RESERVED_AREAS = ("national", "online")
# What directories write for those areas, as a listing's service_area and an imported service area are read.
AREA_WORDS = {"nationwide": "national", "countrywide": "national", "all areas": "national", "online only": "online",
              "virtual": "online",
              # in Spanish
              "nacional": "national", "a nivel nacional": "national", "en todo el país": "national", "todo el país": "national",
              "en todo el pais": "national", "todo el pais": "national", "en línea": "online", "en linea": "online",
              "solo en línea": "online", "solo en linea": "online"}
# Words after a region's name, or after the last of several, that say no more than they do: 'Harbor City and
# surrounding areas', 'Harbor City, Lakeside and nearby areas'.
SURROUNDINGS = r"(?:the\s+)?(?:surrounding|nearby)\s+areas?|surroundings|nearby"
# Ages, said where an audience goes: 'Adults 18+', 'Ages 14-24', 'Under 25', '18 and over', 'Over 65s'. Refused
# there, as no audience holds an age, and read whole ('18 and over' is not two audiences, '18' and 'over').
AGES = re.compile(r"\d{1,2}\s*\+|\bages?\b\s*\d|\b\d{1,2}\s*(?:-|\u2013|to)\s*\d{1,2}\b|\b(?:under|over|above)\s+\d{1,2}"
                  r"|\b\d{1,2}\s+(?:and|or)\s+(?:over|older|up|above|under|younger)\b"
                  r"|^\s*adults?(?:\s+only)?\s*$", re.IGNORECASE)  # 'Adults' had been asked 'did you mean older-adults?'
VOCABULARIES = ("regions", "topics", "audiences", "languages")  # the site's term lists that listings must use


class TermTranslation(Fields):
    name: Line = Field(description="Its name in that language.", examples=["Duelo y pérdida"])
    description: Paragraph | None = Field(None, description="Its page's sentence in that language (without it, none there).")
    also: list[Line] = Field([], description="Other words people use for it in that language.", examples=[["luto"]])


class Term(Fields):
    id: Slug = Field(description="What listings write, lowercase with hyphens.", examples=["north-valley"])
    name: Line = Field(description="What people see.", examples=["North Valley"])
    description: Paragraph | None = Field(None, description="A sentence shown on the term's page.")
    also: list[Line] = Field(
        [], description="Other words people use for it, which search finds its listings by and listings may write: "
        "bereavement and loss for grief, a region's towns.",
        examples=[["bereavement", "loss"]],
    )
    translations: dict[Short, TermTranslation] = Field(
        {}, description="Its name, and its description and other words, in other languages of the site (its translations), by code: "
        "the pages in that language show them, search there finds its listings by them as by the words above, and "
        "listings may write them. Without one, those pages show the name as written.",
        examples=[{"es": {"name": "Duelo y pérdida", "also": ["luto"]}}],
    )

    def in_language(self, code: str) -> Term:
        """The term as the pages in a translation's language show it, where site.yaml gives it in that language: its
        name and description (none, rather than one in another language beside the name), and its words in both,
        so search there finds its listings by either (the listings' own words may be in either too)."""
        words = self.translations.get(code)
        if words is None:
            return self
        return self.model_copy(update={"name": words.name, "description": words.description, "also": [*words.also, self.name, *self.also]})


class Bounds(Fields):
    """A box around a region, in decimal degrees: listings placed in the region must have their latitude and
    longitude inside it, which catches a typo, a sign left off or the two swapped."""

    south: Latitude = Field(description="The southern edge: the smallest latitude.", examples=[45.1])
    west: Longitude = Field(description="The western edge: the smallest longitude (negative west of Greenwich).", examples=[-124.1])
    north: Latitude = Field(description="The northern edge: the largest latitude.", examples=[45.9])
    east: Longitude = Field(description="The eastern edge: the largest longitude.", examples=[-123.1])

    @model_validator(mode="after")
    def _a_box(self) -> Bounds:
        if self.south >= self.north:
            raise fail("south must be less than north (latitudes grow northward)", at="north")
        if self.west >= self.east:
            raise fail("west must be less than east (longitudes grow eastward; west of Greenwich they are negative)", at="east")
        return self

    def holds(self, latitude: float, longitude: float) -> bool:
        return self.south <= latitude <= self.north and self.west <= longitude <= self.east

    def __str__(self) -> str:
        return f"latitude {self.south} to {self.north}, longitude {self.west} to {self.east}"


class RegionTerm(Term):
    bounds: Bounds | None = Field(
        None, description="A box around the region (south, west, north, east), to check the latitude and longitude of listings in it."
    )


class LanguageTerm(Fields):
    id: Short = Field(description="A BCP 47 language code.", examples=["es"])
    name: Line = Field(description="The language's name, as people who speak it would look for it.", examples=["Español (Spanish)"])
    description: Paragraph | None = Field(None, description="A sentence shown on the language's page.")


def naming_words(term: Term | LanguageTerm) -> set[str]:
    """The words a listing may write for a term, casefolded: its id, its name and its `also` words (validation's
    lookup, whose words site.yaml must give each to one term)."""
    translated = [word for words in getattr(term, "translations", {}).values() for word in (words.name, *words.also)]
    return {word.casefold() for word in (term.id, term.name, *getattr(term, "also", ()), *translated)}


class CrisisTranslation(Fields):
    area: Line | None = Field(None, description="Where it serves, in that language.", examples=["Estados Unidos"])
    name: Line | None = Field(None, description="Its name in that language, where it has one.", examples=["988 Línea de Prevención del Suicidio y Crisis"])
    hours: Line | None = Field(None, description="When it is answered, in that language.", examples=["24 horas"])
    call_option: Short | None = Field(None, description="The option a caller chooses for that language, if the line asks for one.", examples=["oprime 2"])
    text_message: Short | None = Field(None, description="The word to text for that language, if the line asks for one.", examples=["AYUDA"])
    chat: Url | None = Field(None, description="Web address of its chat in that language.")


class CrisisLine(Fields):
    area: Line = Field(description="Where this line serves.", examples=["United States"])
    country: CountryCode | None = Field(
        None, description="The country its numbers are dialled in, if not phone_region (a UK line on a US site: GB).",
        examples=["GB"],
    )
    name: Line = Field(description="The line's name.", examples=["988 Suicide & Crisis Lifeline"])
    call: Short | None = Field(None, description="Number to call, as dialled.", examples=["988"])
    call_option: Short | None = Field(
        None, description="The option to choose once the call is answered, if the line asks for one: its button reads "
                          "'Call 988, press 1'. Written after the number ('988, press 1') it is read as this.",
        examples=["press 1"],
    )
    text: Short | None = Field(None, description="Number to text, as dialled.", examples=["988"])
    text_message: Short | None = Field(None, description="A word to send by text, if the line asks for one.", examples=["HOME"])
    chat: Url | None = Field(None, description="Web address of its online chat.")
    hours: Line | None = Field(None, description="When it is answered.", examples=["24/7"])
    translations: dict[Short, CrisisTranslation] = Field(
        {}, description="Its area, name and hours in other languages the site is published in (translations), by code, "
        "and how to reach it in that language (its option, text word or chat); without them, those pages show them "
        "as written, marked with the main language, and reach it as written.",
        examples=[{"es": {"area": "Estados Unidos", "name": "988 Línea de Prevención del Suicidio y Crisis"}}],
    )

    def in_language(self, code: str) -> CrisisLine:
        """The line as the pages in a translation's language show it: the words site.yaml gives in that language."""
        given = _given(self.translations.get(code))
        return self.model_copy(update=given) if given else self

    @model_validator(mode="before")
    @classmethod
    def _option_written_with_the_number(cls, data: object) -> object:
        """'call: 988, press 1', as the Veterans Crisis Line is published ('Dial 988 then press 1'): the number to
        call, and the option."""
        written = data.get("call") if isinstance(data, dict) else None
        option = phones.MENU_OPTION_AFTER.fullmatch(written.strip()) if isinstance(written, str) else None
        if option is None or (isinstance(data, dict) and data.get("call_option")):
            return data
        return {**data, "call": option.group(1), "call_option": option.group(2)}  # type: ignore[dict-item]

    @model_validator(mode="after")
    def _reachable(self) -> CrisisLine:
        if not (self.call or self.text or self.chat):
            raise fail("a crisis line needs at least one of call, text or chat")
        for code, words in self.translations.items():  # a way to reach it in a language is one of the line's own
            for field, needs in (("call_option", "call"), ("text_message", "text")):
                if getattr(words, field) and not getattr(self, needs):
                    raise fail(f"gives a {field.replace('_', ' ')} in '{code}', but the line has no number to {needs}: give its "
                               f"{needs} number, or leave {field} out", at=("translations", code, field))
        return self

    def dialling_problems(self, phone_region: str) -> list[tuple[str, str]]:
        """(field, message) for each number nobody in the line's country could dial."""
        region = self.country or phone_region
        words_go = f"its name, like name: {self.name} ({{words}})"  # a crisis line has no label (an option is call_option)
        found = [(name, number, phones.problem(number, region, words_go)) for name, number in (("call", self.call), ("text", self.text)) if number]
        # A number alone that this country does not dial may be another's; not one refused for the words beside it.
        other = "US" if region == "GB" else "GB"
        elsewhere = f"; for a line in another country, add its country code, like country: {other}"
        problems = [(name, message + ("" if self.country or re.search(r"[^\W\d_]", number) else elsewhere))
                    for name, number, message in found if message]
        dialled = phones.dial(self.call, region) if self.call else None
        if dialled is not None and dialled.texts_only:  # a "Call" button that reaches nobody, at the top of every page
            problems.insert(0, ("call", f"{self.call} takes text messages, not calls: give it as text: {self.call}"))
        return problems


def _given(words: Fields | None) -> dict[str, object]:
    """The words a translation gives, by field: those it leaves out stay as the main language writes them."""
    return {name: value for name, value in words if value is not None} if words else {}


class SiteTranslation(Fields):
    title: Title | None = Field(None, description="The directory's name in that language.", examples=["Directorio de Apoyo entre Pares"])
    purpose: Line | None = Field(None, description="The home page's sentence in that language.")
    about: Document | None = Field(None, description="The About page in that language, in Markdown.")


class SiteConfig(Fields):
    title: Title = Field(description="The directory's name, shown on every page.", examples=["Harbor Hills Peer Support Directory"])
    purpose: Line = Field(description="One sentence on the home page saying what the directory is for.")
    base_url: Url | None = Field(
        None,
        description="The address the site is published at, ending in /, e.g. https://org.github.io/directory/. "
        "Used for canonical links and the 404 page; internal links work at any address without it.",
    )
    language: Short = Field("en", description="The site's main language, as a BCP 47 code: the theme's texts are in it (peerdir ships en and es; for another, write theme/strings/<language>.yaml), weekday and month names come from CLDR, and listings that name no language are assumed to be in it.")
    translations: dict[Short, SiteTranslation] = Field(
        {}, description="Other languages the whole site is also published in, each under its own address (es: "
        "/es/...), with a switcher on every page that leads to the same page in each language: a list of codes, or "
        "each code with the title, purpose and about in that language. Each is one of "
        "languages and needs the theme's texts in it (peerdir ships en and es). Guides may be translated in "
        "content/<language>/ under the same file name; other text is shown as written, marked with its language.",
        examples=[["es"], {"es": {"purpose": "Encuentra apoyo entre pares cerca de ti o en línea."}}],
    )
    phone_region: CountryCode = Field(
        "US", description="Two-letter country code used to read and dial local phone numbers.", examples=["GB"]
    )
    timezone: TimeZone = Field(description="The time zone that meeting times and opening hours are in, unless a listing says otherwise.", examples=["America/Los_Angeles"])
    clock: Literal["12h", "24h"] = Field("12h", description="How times are shown: 12h (7:30 pm) or 24h (19:30).")
    date_order: Literal["mdy", "dmy"] = Field("mdy", description="How dates are shown: mdy (March 14, 2026) or dmy (14 March 2026).")
    distance_units: Literal["mi", "km"] | None = Field(
        None, description="How search shows distances: mi (2.3 mi) or km (3.7 km). Left out: miles where phone_region "
        "is US or GB, kilometres elsewhere.",
    )
    stale_after_months: int = Field(
        12, ge=1, le=120, description="A listing not verified for this many months shows a notice asking people to check it."
    )
    cards_per_page: int = Field(
        100, ge=1, le=1000,
        description="The most listings a browse page shows as cards. A type, region, topic or audience with more "
        "lists them on numbered pages of this many, linked from its page, so pages stay small on a phone.",
    )
    exports: list[Literal["api", "hsds", "calendars"]] = Field(
        ["api", "hsds", "calendars"],
        description="The open data each build publishes besides the pages and the search: api (/api/listings.json "
        "and .csv), hsds (Open Referral HSDS 3.0 as gzipped JSON and as a zipped CSV package, /hsds/), calendars "
        "(a .ics file per group, and its 'Add to calendar' link). They take about 1.4, 1.3 and 0.9 MB per 1,000 "
        "listings, as GitHub Pages counts a site: a very large directory can leave out what no one reads to stay "
        "under its 1 GB (`exports: []` publishes none of them).",
        examples=[["api", "calendars"]],
    )
    crisis: list[CrisisLine] = Field(
        min_length=1, description="Crisis lines shown at the top of every page, one entry per country or area."
    )
    regions: list[RegionTerm] = Field(min_length=1, description="The regions listings may serve or be in, in the order shown.")
    topics: list[Term] = Field(min_length=1, description="The topics listings may be about, in the order shown.")
    audiences: list[Term] = Field([], description="The groups of people listings may be for, in the order shown.")
    languages: list[LanguageTerm] = Field(min_length=1, description="The languages listings may be offered in.")
    about: Document = Field(description="The About page, in Markdown: who runs the directory and how to contact them.")
    quick_exit_url: Url = Field(
        "https://www.bbc.co.uk/weather",
        description="The neutral site that 'Exit this page' (and Shift pressed three times) replaces this site with.",
    )
    repo_url: Url | None = Field(
        None,
        description="The GitHub repository of this directory, e.g. https://github.com/org/directory. "
        "Listing pages then link to 'Suggest an edit' and 'Report a problem'; without it they do not.",
    )
    repo_branch: Short = Field("main", description="The branch that the site is published from, for 'Suggest an edit' links.")
    repo_folder: Short | None = Field(
        None, description="The folder of site.yaml inside the repository, if it is not at the top, e.g. directory."
    )
    featured_guides: list[Slug] = Field(
        [], description="Guides shown on the home page, by file name without .md; empty shows the first three by order."
    )
    strings: dict[str, str] = Field(
        {}, description="Replacements for single texts of the theme, by key (see peerdir/theme/strings/en.yaml); applied after the site's own theme/strings/<language>.yaml."
    )

    @model_validator(mode="before")
    @classmethod
    def _translations_listed(cls, data: object) -> object:
        """`translations: [es]`, the languages alone (or `es` alone, or `es:` with nothing under it), as the languages
        with nothing of site.yaml's in them."""
        listed = data.get("translations") if isinstance(data, dict) else None
        if isinstance(listed, dict):
            return {**data, "translations": {code: {} if words is None else words for code, words in listed.items()}}  # type: ignore[dict-item]
        listed = [listed] if isinstance(listed, str) else listed
        if not isinstance(listed, list) or not all(isinstance(code, str) for code in listed):
            return data
        for index, code in enumerate(listed):
            if code in listed[:index]:
                raise fail(f"'{code}' is listed twice; list each other language once", at=("translations", index))
        return {**data, "translations": {code: {} for code in listed}}  # type: ignore[dict-item]

    @model_validator(mode="after")
    def _vocabularies(self) -> SiteConfig:
        for kind in ("regions", "topics", "audiences", "languages"):
            seen: set[str] = set()
            for index, term in enumerate(getattr(self, kind)):
                if term.id in seen:
                    raise fail(f"the id '{term.id}' is used twice; each id must be unique", at=(kind, index, "id"))
                seen.add(term.id)
            words: dict[str, str] = {}  # each word a listing may write for a term, to the one term it means
            for index, term in enumerate(getattr(self, kind)):
                for word in naming_words(term):
                    if words.setdefault(word, term.id) != term.id:
                        raise fail(f"'{word}' names both '{words[word]}' and '{term.id}'; give each word to one of them",
                                   at=(kind, index))
        listed = {language.id for language in self.languages}
        for kind in ("regions", "topics", "audiences", "crisis"):  # as a listing's translations: any of the site's languages
            for index, item in enumerate(getattr(self, kind)):
                for code in getattr(item, "translations", {}):
                    if code not in listed:
                        raise fail(f"'{code}' must be one of the languages listed under languages", at=(kind, index, "translations", code))
        for index, region in enumerate(self.regions):
            if region.id in RESERVED_AREAS:
                raise fail(f"'{region.id}' is reserved for listings available everywhere; choose another id", at=("regions", index, "id"))
        if self.language not in listed:
            raise fail(f"'{self.language}' must be one of the languages listed under languages", at="language")
        for code in self.translations:
            if code == self.language:
                raise fail(f"'{code}' is the main language; list each other language once", at=("translations", code))
            if code not in listed:
                raise fail(f"'{code}' must be one of the languages listed under languages", at=("translations", code))
        return self

    def in_language(self, code: str) -> SiteConfig:
        """The settings as the pages in one of the site's languages show them: its title, purpose and about, each
        crisis line's words, and each region, topic and audience in that language where site.yaml gives them
        (Term.in_language); the main language's too, so a site that keeps the words of a language it was
        translated into when that becomes its main one shows them."""
        given = _given(self.translations.get(code))
        return self.model_copy(update={kind: [term.in_language(code) for term in getattr(self, kind)] for kind in ("regions", "topics", "audiences")}
                               | {"crisis": [line.in_language(code) for line in self.crisis]} | given)

    def translated(self, code: str) -> frozenset[str]:
        """Which of site.yaml's own words it gives in a language, for the pages to mark the others with the main
        language: 'title', 'purpose', 'about'; each crisis line's as 'crisis-<number>-<area|name|hours...>'; each
        region, topic and audience as '<kind>-<id>' (its name and description)."""
        lines = (f"crisis-{index}-{name}" for index, line in enumerate(self.crisis) for name in _given(line.translations.get(code)))
        terms = (f"{kind}-{term.id}" for kind in ("regions", "topics", "audiences") for term in getattr(self, kind) if code in term.translations)
        return frozenset([*_given(self.translations.get(code)), *lines, *terms])

    @property
    def term_ids(self) -> dict[str, list[str]]:
        """The ids of each vocabulary listings use (VOCABULARIES), in site.yaml's order: what editors and new files offer."""
        return {kind: [term.id for term in getattr(self, kind)] for kind in VOCABULARIES}

    @property
    def units(self) -> str:
        """The distance units search shows: distance_units, or what the phone region's country uses."""
        return self.distance_units or ("mi" if self.phone_region in ("US", "GB") else "km")

    @model_validator(mode="after")
    def _crisis_lines_dial(self) -> SiteConfig:
        """Every page links to these numbers: one nobody can dial would put a dead link at the top of each."""
        for index, line in enumerate(self.crisis):
            for name, message in line.dialling_problems(self.phone_region):
                raise fail(message, at=("crisis", index, name))
        return self
