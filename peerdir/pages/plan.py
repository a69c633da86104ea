"""Plan every page of the site: its URL, its template and what it shows.

The plan is a plain list, made before anything is rendered, so the number of
pages is known up front (for progress) and every page can be checked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from peerdir.model import urls
from peerdir.model.filters import facet_values
from peerdir.model.numbers import number_text
from peerdir.model.site import Section, Site, by_type_sections, type_sections
from peerdir.sources.config import RESERVED_AREAS
from peerdir.sources.schema import TYPES, TYPES_BY_ID
from peerdir.sources.strings import listed_words


@dataclass
class Page:
    url: str
    template: str
    title: str
    crumbs: list[tuple[str, str]] = field(default_factory=list)  # (title, url) above this page
    context: dict[str, Any] = field(default_factory=dict)


class ListPages:
    """Numbered pages of cards for sections too long to show on their own page, each made once: a region's
    groups are one list, whether reached from the groups page or from the region's page."""

    def __init__(self, site: Site):
        self.site = site
        self.pages: dict[str, Page] = {}

    def split(self, sections: list[Section], place: Callable[[Section], tuple[str, str, str]], crumbs: list) -> list[Section]:
        """The sections as they are while their cards fit on one page; otherwise each linked to its own pages.
        `place` gives a section's list address, its kind of listing and where or what it is."""
        per_page = self.site.config.cards_per_page
        if sum(len(section.listings) for section in sections) <= per_page:
            return sections
        split = []
        for section in sections:
            address, kind, where = place(section)
            count = -(-len(section.listings) // per_page)
            numbered = tuple(address if n == 1 else f"{address}{n}/" for n in range(1, count + 1))
            title = self.site.strings["list_title"].format(kind=kind, place=where)
            language = self.site.language
            for n, url in enumerate(numbered, 1):
                of = self.site.strings["list_page_of"].format(n=number_text(n, language), total=number_text(count, language))
                self.pages.setdefault(url, Page(url, "list.html", title if n == 1 else f"{title} ({of})", crumbs, {
                    "listings": section.listings[(n - 1) * per_page : n * per_page], "number": n, "numbered": numbered,
                }))  # fmt: skip
            split.append(replace(section, pages=numbered))
        return split


def plan_pages(site: Site) -> list[Page]:
    t = site.strings
    home = (t["nav_home"], urls.home())
    pages = [Page(urls.home(), "home.html", site.config.title)]
    lists = ListPages(site)
    everywhere = RESERVED_AREAS[0]  # what is available anywhere is listed under the first reserved area's address

    for listing_type in TYPES:
        type_url = urls.listing_type(listing_type.folder)
        title = t[f"type_{listing_type.id}"]

        def in_region(section: Section, folder: str = listing_type.folder, kind: str = title) -> tuple[str, str, str]:
            return f"{urls.term('regions', section.id)}{folder}/", kind, section.title  # "national": available anywhere

        sections = lists.split(type_sections(site, listing_type.id), in_region, [home, (title, type_url)])
        pages.append(Page(type_url, "type.html", title, [home], {"listing_type": listing_type, "sections": sections}))
        for listing in site.listings:
            if listing.type is listing_type:
                pages.append(Page(listing.url, "listing.html", listing.data.name, [home, (title, type_url)], {"listing": listing}))
    listed_everywhere = [item for item in site.listings if item.listed and item.everywhere]
    for kind in ("regions", "topics", "audiences"):
        terms = site.terms[kind]
        if not terms:
            continue
        index = (t[f"{kind}_title"], urls.term_index(kind))
        pages.append(Page(urls.term_index(kind), "terms.html", index[0], [home], {"kind": kind, "terms": terms}))
        for term in terms:
            local = [item for item in term.listings if not (kind == "regions" and item.everywhere)]
            anywhere = listed_everywhere if kind == "regions" else []
            crumbs = [home, index, (term.name, term.url)]

            def by_type(section: Section, under: str = term.url, where: str = term.name) -> tuple[str, str, str]:
                return f"{under}{TYPES_BY_ID[section.id].folder}/", section.title, where

            def anywhere_by_type(section: Section) -> tuple[str, str, str]:
                return by_type(section, urls.term("regions", everywhere), t["available_everywhere"])

            pages.append(
                Page(
                    term.url,
                    "term.html",
                    term.name,
                    [home, index],
                    {
                        "term": term,
                        "sections": lists.split(by_type_sections(site, local), by_type, crumbs),
                        "everywhere_sections": lists.split(by_type_sections(site, anywhere), anywhere_by_type, crumbs),
                    },
                )
            )
    guides_index = (t["guides_title"], urls.guides())
    pages.append(Page(urls.guides(), "guides.html", guides_index[0], [home]))
    for guide in site.guides:
        pages.append(Page(guide.url, "guide.html", guide.front.title, [home, guides_index], {"guide": guide}))
    pages.append(Page(urls.about(), "about.html", t["about_title"], [home]))
    pages.append(Page(urls.browse_safely(), "browse-safely.html", t["safe_title"], [home]))
    facets = facet_values(site)
    filters = [(name, t[f"search_filter_{name}"], values) for name, values in facets.items()]
    search_text = {
        "one": t["search_results_one"], "other": t["search_results_other"], "for_q": t["search_results_for"],
        "none": t["search_none"], "fuzzy": t["search_fuzzy_note"], "close": t["search_close_note"],
        "loading": t["search_loading"], "failed": t["search_failed"],
        "crisis_words": list(site.crisis_words),  # in every language of the site and the theme, the page's first
        "near_words": list(listed_words(t["near_words"])),  # 'near me': the place box
        "types": {type_id: t[f"type_one_{type_id}"] for type_id, _ in facets["type"]},  # "Peer support group · Maryland"
        "open_now": t["search_filter_open_now"],  # on an open helpline's result
        "units": site.config.units, "distance": t[f"distance_{site.config.units}"], "about": t["distance_about"],
        **{key.removeprefix("near_"): t[key] for key in ("near_finding", "near_denied", "near_unavailable", "near_sorted_place",
                                        "near_sorted_you", "near_here", "near_unknown", "near_asked")},
    }  # fmt: skip
    pages.append(Page(urls.search(), "search.html", t["search_title"], [home], {"filters": filters, "search_text": search_text}))
    pages.append(Page(urls.not_found(), "404.html", t["not_found_title"]))
    pages.append(Page(urls.when_text(), "when-text.js", "when-text.js"))  # not a page: the texts of static/when.js
    return pages + list(lists.pages.values())
