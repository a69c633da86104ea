"""One in-memory model of the whole site, built from validated data.

Everything a page shows is decided here, once: URLs, the words for meeting
times, phone links, which listings belong to which region, topic and audience,
and which are stale. Templates only lay it out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, partial
from urllib.parse import quote, urlencode

from peerdir.model import urls
from peerdir.model.markup import description_html, guide_html, text_of
from peerdir.model.schedule import schedule_json
from peerdir.model.timetext import change_lines, date_text, hours_lines, meeting_lines, meeting_text
from peerdir.model.urls import Linker
from peerdir.problems import Problem
from peerdir.sources import phones, schema
from peerdir.sources.blocks import Location, Phone
from peerdir.sources.config import RESERVED_AREAS, SiteConfig
from peerdir.sources.language_guess import unsaid_languages
from peerdir.sources.config import Term as ConfigTerm
from peerdir.sources.readers import ListingSource, RawGuide
from peerdir.sources.strings import choice_key, language_autonym, text_direction
from peerdir.sources.schema import TYPES, ListingType

RELATED_LIMIT = 8


@dataclass(frozen=True, slots=True)
class PhoneLink:
    kind: str
    display: str
    href: str
    label: str | None
    hours: str | None
    action: str  # its button's words, in the page's language: "Call (503) 555-0142", "Text HOME to 741741"
    number: str  # as dialled: E.164, or a short code's digits (schema.org's telephone)
    extension: str  # what a call dials once answered, or ""
    relay: bool = False  # dialled through Relay UK ('18001 01632 960111'): HSDS's textphone

    @property
    def note(self) -> str:
        """What is said beside its button, wherever the button is (page, card, search result, the API's CSV): its
        label and hours ('TTY', 'Press 1', 'Mon-Fri 9-5'), which a caller needs as much as the number."""
        return " · ".join(part for part in (self.label, self.hours) if part)


@dataclass(slots=True)
class Listing:
    slug: str
    type: ListingType
    source: str
    data: schema.Listing
    url: str
    description_html: str
    description_text: str  # the same, as plain text: for search and for HSDS
    areas: tuple[str, ...]
    area_names: tuple[str, ...]
    details: str  # what its card says after its type, in the lists and in search results: "By phone · Free · Nationwide"
    languages: tuple[str, ...]
    phones: tuple[PhoneLink, ...]
    meetings: tuple[str, ...]
    meeting_changes: tuple[tuple[str, ...], ...]  # each meeting's cancelled and moved dates from today on, in words
    meeting_lines: tuple[tuple[str, tuple[int, ...]], ...]  # the page's lines, each with the meetings it says
    hours: tuple[str, ...]
    schedule: str  # hours or meetings as JSON for the device's clock (schedule.py); "" without either
    last_verified_text: str
    stale: bool
    edit_url: str | None
    report_url: str | None
    text_lang: str | None = None  # the language its own words are written in, where that is not the pages' (written_in, or on a translation's pages the main language)
    translated: frozenset[str] = frozenset()  # there: the fields it has words for in the translation's language

    @property
    def calls_on_card(self) -> bool:
        """Whether its card, in the lists and in search results, gives its hours and a button for each phone: an
        open helpline's, for someone looking for a line to call."""
        return self.type.id == "helpline" and self.data.status == "active"

    @property
    def hours_on_card(self) -> str:
        """Its hours in one line, for its card and its search result (and the API's CSV), with their note ('Closed
        on public holidays'), or the note alone where it keeps no set hours ('By appointment'): someone deciding
        whether to call now reads that there, not only on its page. "" without hours."""
        return " · ".join(part for part in self.hours_and_note if part)

    @property
    def hours_and_note(self) -> tuple[str, str]:
        """The two parts of `hours_on_card`, apart: on a translation's page the note may be in another language
        than the lines, and is marked so (a screen reader then reads 'By appointment' as English)."""
        hours = getattr(self.data, "hours", None)
        return "; ".join(self.hours), (hours.note if hours else None) or ""

    @property
    def listed(self) -> bool:
        """Closed listings keep their page but leave every list."""
        return self.data.status != "closed"

    @property
    def location(self) -> Location | None:
        """Where it is, for a listing that is somewhere (not an online group, not a helpline)."""
        place = getattr(self.data, "location", None)
        return place if self.type.has_place(getattr(self.data, "format", None)) else None

    @property
    def everywhere(self) -> bool:
        return any(a in RESERVED_AREAS for a in self.areas)


@dataclass
class TermPage:
    kind: str
    id: str
    name: str
    description: str | None
    url: str
    listings: list[Listing] = field(default_factory=list)


@dataclass
class Guide:
    slug: str
    source: str
    front: schema.GuideFront
    html: str
    toc: list[dict]
    url: str
    related: list[Listing] = field(default_factory=list)
    text_lang: str | None = None  # the language it is written in, on a page of another (an untranslated guide)


@dataclass
class Section:
    """A heading and the listings under it, on a browse page. `id` says what the section is (a region id, or
    "national" for what is available anywhere, under a type; a type id under a term); `pages` are the numbered
    pages that list them when there are too many to show as cards here (pages/plan.py decides)."""

    title: str
    listings: list[Listing]
    id: str = ""
    pages: tuple[str, ...] = ()


@dataclass
class Site:
    config: SiteConfig
    strings: dict[str, str]
    today: date
    listings: list[Listing]
    by_type: dict[str, list[Listing]]
    terms: dict[str, list[TermPage]]
    guides: list[Guide]
    featured_guides: list[Guide]
    about_html: str
    language_names: dict[str, str]
    area_names: dict[str, str]
    term_names: dict[str, dict[str, str]]
    # On a translation's pages: which of site.yaml's own words it gives in the page's language (SiteConfig.translated:
    # its title, a crisis line's area, a topic's name...); written_in marks the others with the main language.
    translated: frozenset[str] = frozenset()
    language: str = ""  # the pages' language: site.yaml's language, or one of its translations
    translations: list[Site] = field(default_factory=list)  # on the main language's site: the same in each other
    # The words search shows the crisis lines for: the pages' language's first, then every other language's the site
    # is in or the theme speaks (sources/strings.py crisis_words).
    crisis_words: tuple[str, ...] = ()

    @property
    def prefix(self) -> str:
        """Where the pages of this language live: "" for the main language, "es/" for a translation."""
        return _prefix(self.config, self.language)

    @property
    def text_lang(self) -> str | None:
        """On a translation: the main language, which listings and settings are written in."""
        return None if self.language == self.config.language else self.config.language

    @property
    def direction(self) -> str:
        """How the pages' language is written: "rtl" for Arabic, Hebrew, Persian, Urdu..."""
        return text_direction(self.language)

    @cached_property
    def notes(self) -> list[Problem]:
        """What check and build say without refusing, each a warning: listings whose words read as another of the
        site's languages without saying so (language_guess). Made when asked, so `peerdir serve`'s updates never pay."""
        return unsaid_languages(((item.source, item.data) for item in self.listings), self.config)

    @cached_property
    def term_words(self) -> dict[str, dict[str, str]]:
        """What search finds a region, topic or audience by: its name and the other words people use for it."""
        return {kind: {t.id: " ".join([t.name, *t.also]) for t in getattr(self.config, kind)}
                for kind in ("regions", "topics", "audiences")}  # fmt: skip

    @cached_property
    def languages(self) -> tuple[SiteLanguage, ...]:
        """Every language the site is published in, the main one first (asked for by every page, twice)."""
        return tuple(SiteLanguage(code, language_autonym(code), _prefix(self.config, code))
                     for code in (self.config.language, *self.config.translations))


def _prefix(config: SiteConfig, language: str) -> str:
    return "" if language == config.language else f"{language}/"


@dataclass(frozen=True)
class SiteLanguage:
    code: str
    name: str  # as its speakers write it (CLDR), for the language switcher
    prefix: str


@dataclass(slots=True)
class ValidListing:
    source: ListingSource
    data: schema.Listing


@dataclass
class ValidGuide:
    raw: RawGuide
    front: schema.GuideFront


def _phone_link(phone: Phone, region: str, strings: dict[str, str]) -> PhoneLink:
    dialled = phones.dial(phone.number, region)
    href = {"voice": dialled.link("tel"), "text": dialled.link("sms"), "whatsapp": f"https://wa.me/{dialled.dial.lstrip('+')}"}[phone.kind]
    if phone.text_message:  # as the crisis line's button says it
        action = strings["crisis_text_message"].format(message=phone.text_message, number=dialled.display)
    else:
        action = f"{strings[choice_key('phone', phone.kind)]} {dialled.display}"
    return PhoneLink(phone.kind, dialled.display, href, phone.label, phone.hours, action, dialled.dial, dialled.extension,
                     dialled.relay)


def dial_href(scheme: str, number: str, region: str) -> str:
    """A tel: or sms: link for a crisis line in site.yaml (checked there to be dialable from region)."""
    return phones.dial(number, region).link(scheme)


def months_between(earlier: date, later: date) -> int:
    return (later.year - earlier.year) * 12 + later.month - earlier.month - (later.day < earlier.day)


def _ordered(ids: set[str], order: list[str]) -> tuple[str, ...]:
    return tuple(i for i in order if i in ids)


def _sort_key(listing: Listing) -> tuple[str, str]:
    return (listing.data.name.casefold(), listing.slug)


def _repository_links(config: SiteConfig, item: ValidListing, url: str) -> dict[str, str | None]:
    """'Suggest an edit' opens the file in GitHub's web editor; 'Report a problem' the issue form, prefilled."""
    if not config.repo_url:
        return {"edit_url": None, "report_url": None}
    repo = config.repo_url.rstrip("/")
    path = "/".join(p for p in ((config.repo_folder or "").strip("/"), item.source.rel) if p)
    page = (config.base_url.rstrip("/") + "/" + url) if config.base_url else url
    query = urlencode(
        {"template": "report-listing.yml", "title": f"Listing problem: {item.data.name}", "listing": item.data.name, "page": page, "file": path}
    )
    return {"edit_url": f"{repo}/edit/{quote(config.repo_branch)}/{quote(path)}", "report_url": f"{repo}/issues/new?{query}"}


def _make_listing(item: ValidListing, config: SiteConfig, strings: dict[str, str], today: date, area_names: dict[str, str],
                  described: Listing | None = None) -> Listing:
    """`described`: a listing of another language made from the same description, whose HTML and text are used
    as they are rather than converted again (Markdown is most of the time it takes to make a listing)."""
    if described is not None:
        html, text = described.description_html, described.description_text
    else:
        html = description_html(item.data.description) if item.data.description else ""
        text = text_of(html)
    data = item.data
    location = getattr(data, "location", None)
    areas = _ordered(set(data.service_area) | ({location.region} if location else set()), list(area_names))
    names = tuple(area_names[a] for a in areas)
    meetings = getattr(data, "meetings", [])
    texts = tuple(meeting_text(m, config.clock, config.timezone, strings) for m in meetings)
    url = urls.listing(item.source.type.folder, item.source.slug)
    hours = getattr(data, "hours", None)
    return Listing(
        slug=item.source.slug,
        type=item.source.type,
        source=item.source.rel,
        data=data,
        url=url,
        description_html=html,
        description_text=text,
        areas=areas,
        area_names=names,
        details=" · ".join([*([strings[choice_key("format", data.format)]] if hasattr(data, "format") else []),
                            strings[choice_key("cost", data.cost)], ", ".join(names)]),
        languages=tuple(data.languages) or (config.language,),
        phones=tuple(_phone_link(p, config.phone_region, strings) for p in data.phones),
        meetings=texts,
        meeting_lines=meeting_lines(meetings, texts, config.clock, config.timezone, strings),
        meeting_changes=tuple(
            tuple(change_lines(m, today, config.clock, config.date_order, config.timezone, strings)) for m in meetings
        ),
        hours=tuple(hours_lines(hours, config.clock, config.timezone, strings)) if hours else (),
        schedule=schedule_json(hours, meetings, config.clock, config.timezone, strings),
        last_verified_text=date_text(data.last_verified, config.date_order, strings),
        stale=months_between(data.last_verified, today) >= config.stale_after_months,
        text_lang=_written_in(item, config.language, config.language),
        **_repository_links(config, item, url),
    )


def _written_in(item: ValidListing, main: str, page_language: str) -> str | None:
    """The language a listing's own words are written in (its `written_in`, else the site's main language), where
    that is not the page's."""
    written = item.data.written_in or main
    return written if written != page_language else None


def _make_translated(item: ValidListing, make: Callable[..., Listing], language: str, main: str, originals: dict[str, Listing]) -> Listing:
    """A listing on a translation's pages: its words in that language where it has them, else as written. Its
    description, untranslated, is the main language's listing's (`originals`, by source file), not converted again:
    for a site in two languages that is a third of making the model, and the memory of a second copy."""
    words = {key: value for key, value in item.data.translations.get(language) or () if value is not None}
    hours = getattr(item.data, "hours", None)
    if "hours_note" in words:  # the note is the hours', which are translated with it ('By appointment': 'Con cita previa')
        note = words.pop("hours_note")
        words |= {"hours": hours.model_copy(update={"note": note})} if hours is not None and hours.note else {}
    original = originals.get(item.source.rel)
    described = original if original is not None and original.data is item.data and "description" not in words else None
    listing = make(ValidListing(item.source, item.data.model_copy(update=words)) if words else item, described=described)
    listing.text_lang, listing.translated = _written_in(item, main, language), frozenset(words)
    return listing


def written_in(item: object, field: str = "") -> str | None:
    """The language a listing's field (or a guide's or the site's own words, with no field) is written in where it
    is not the page's: on a translation's pages, the main language, for a field it has no words for in the
    translation's. None where the words are the page's own language. The pages mark such words with `lang`, and
    so do the search results, so a screen reader reads each in its language."""
    lang = getattr(item, "text_lang", None)
    return lang if lang and field not in getattr(item, "translated", ()) else None


def _area_names(config: SiteConfig, strings: dict[str, str]) -> dict[str, str]:
    return {r.id: r.name for r in config.regions} | {a: strings[f"area_{a}"] for a in RESERVED_AREAS}


def listing_maker(config: SiteConfig, strings: dict[str, str], today: date) -> Callable[[ValidListing], Listing]:
    """What makes a listing of the model from its checked data: it needs the settings and the day, never the
    other listings, so the listings of a large site can be made in several processes at once (load.py)."""
    return partial(_make_listing, config=config, strings=strings, today=today, area_names=_area_names(config, strings))


def _term_pages(kind: str, terms: list[ConfigTerm], listed: list[Listing]) -> list[TermPage]:
    pages = {t.id: TermPage(kind, t.id, t.name, t.description, urls.term(kind, t.id)) for t in terms}
    for listing in listed:
        ids = listing.areas if kind == "regions" else getattr(listing.data, kind)
        for term_id in ids:
            if term_id in pages:
                pages[term_id].listings.append(listing)
    return list(pages.values())


def build_site(
    config: SiteConfig,
    strings: dict[str, str],
    today: date,
    items: list[ValidListing],
    raw_guides: list[ValidGuide],
    linker: Linker,
    made: dict[str, tuple[ValidListing, Listing]] | None = None,
    language: str | None = None,
    originals: Iterable[Listing] = (),  # a translation's: the main language's listings
) -> Site:
    """The site from checked sources; every problem was found before (load.py), so this finds none.

    `made` holds the listings of the last build by source file, with the checked data each was made from: one
    made from the very same data (same settings and day, which `peerdir serve` sees to) is used again, and is
    the same object, so what compares pages can tell at once that it has not changed."""
    area_names = _area_names(config, strings)
    make = listing_maker(config, strings, today)
    language = language or config.language
    if language != config.language:
        make = partial(_make_translated, make=make, language=language, main=config.language,
                       originals={listing.source: listing for listing in originals})
    if made is None:
        listings = [make(i) for i in items]
    else:
        before = dict(made)
        made.clear()
        for item in items:
            kept = before.get(item.source.rel)
            made[item.source.rel] = (item, kept[1] if kept and kept[0] is item else make(item))
        listings = [made[item.source.rel][1] for item in items]
    listings.sort(key=_sort_key)
    listed = [item for item in listings if item.listed]
    by_type = {t.id: [item for item in listed if item.type.id == t.id] for t in TYPES}
    terms = {
        "regions": _term_pages("regions", config.regions, listed),
        "topics": _term_pages("topics", config.topics, listed),
        "audiences": _term_pages("audiences", config.audiences, listed),
    }
    by_source = {item.source: item for item in listings}
    guide_slugs = {g.raw.source.slug for g in raw_guides}

    guides = []
    for item in raw_guides:
        url = urls.guide(item.raw.source.slug)

        def resolve(target: str, url: str = url) -> str | None:
            if target.startswith("content/") and target.endswith(".md") and target.count("/") == 1:
                slug = target[len("content/") : -len(".md")]
                return linker.href(url, urls.guide(slug)) if slug in guide_slugs else None
            found = by_source.get(target)
            return linker.href(url, found.url) if found else None

        rendered = guide_html(item.raw.body, "content", resolve)
        topics = set(item.front.topics)
        related = sorted(
            (item for item in listed if topics & set(item.data.topics)),
            key=lambda other: (-len(topics & set(other.data.topics)), _sort_key(other)),
        )[:RELATED_LIMIT]
        guide_language = item.raw.source.language or config.language
        guides.append(Guide(item.raw.source.slug, item.raw.source.rel, item.front, rendered.html, rendered.toc, url, related,
                            None if guide_language == language else guide_language))
    guides.sort(key=lambda g: (g.front.order, g.front.title.casefold(), g.slug))

    by_slug = {g.slug: g for g in guides}
    featured = [by_slug[s] for s in config.featured_guides if s in by_slug] or guides[:3]

    site = Site(
        config=config,
        strings=strings,
        today=today,
        listings=listings,
        by_type=by_type,
        terms=terms,
        guides=guides,
        featured_guides=featured,
        about_html=guide_html(config.about, "content", lambda _: None).html,
        language_names={t.id: t.name for t in config.languages},
        area_names=area_names,
        term_names={"topics": {t.id: t.name for t in config.topics}, "audiences": {t.id: t.name for t in config.audiences}},
        language=language,
        translated=config.translated(language),
    )
    return site


def type_sections(site: Site, type_id: str) -> list[Section]:
    """A type's listings: those available anywhere first, then by region. One pass over them (a pass per region
    made planning grow faster than the listings: 0.26 s at 10,000, 1.5 s at 40,000)."""
    anywhere: list[Listing] = []
    in_region: dict[str, list[Listing]] = {region.id: [] for region in site.config.regions}
    for item in site.by_type[type_id]:
        if item.everywhere:
            anywhere.append(item)
            continue
        for area in item.areas:
            if area in in_region:
                in_region[area].append(item)
    sections = [Section(site.strings["available_everywhere"], anywhere, RESERVED_AREAS[0])]
    sections += [Section(region.name, in_region[region.id], region.id) for region in site.config.regions]
    return [s for s in sections if s.listings]


def by_type_sections(site: Site, listings: list[Listing]) -> list[Section]:
    of_type: dict[str, list[Listing]] = {}
    for item in listings:
        of_type.setdefault(item.type.id, []).append(item)
    return [Section(site.strings[f"type_{t.id}"], of_type[t.id], t.id) for t in TYPES if t.id in of_type]
