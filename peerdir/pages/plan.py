"""Plan every page of the site: its URL, its template and what it shows.

The plan is a plain list, made before anything is rendered, so the number of
pages is known up front (for progress) and every page can be checked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from peerdir.model import urls
from peerdir.model.site import Site, by_type_sections, type_sections
from peerdir.search.index import facet_values
from peerdir.sources.schema import TYPES


@dataclass
class Page:
    url: str
    template: str
    title: str
    crumbs: list[tuple[str, str]] = field(default_factory=list)  # (title, url) above this page
    context: dict[str, Any] = field(default_factory=dict)


def plan_pages(site: Site) -> list[Page]:
    t = site.strings
    home = (t["nav_home"], urls.home())
    pages = [Page(urls.home(), "home.html", site.config.title)]
    for listing_type in TYPES:
        type_url = urls.listing_type(listing_type.folder)
        title = t[f"type_{listing_type.id}"]
        pages.append(
            Page(
                type_url,
                "type.html",
                title,
                [home],
                {"listing_type": listing_type, "sections": type_sections(site, listing_type.id)},
            )
        )
        for listing in site.listings:
            if listing.type is listing_type:
                pages.append(Page(listing.url, "listing.html", listing.data.name, [home, (title, type_url)], {"listing": listing}))
    for kind in ("regions", "topics", "audiences"):
        terms = site.terms[kind]
        if not terms:
            continue
        index = (t[f"{kind}_title"], urls.term_index(kind))
        pages.append(Page(urls.term_index(kind), "terms.html", index[0], [home], {"kind": kind, "terms": terms}))
        for term in terms:
            local = [item for item in term.listings if not (kind == "regions" and item.everywhere)]
            everywhere = [item for item in site.listings if item.listed and item.everywhere] if kind == "regions" else []
            pages.append(
                Page(
                    term.url,
                    "term.html",
                    term.name,
                    [home, index],
                    {
                        "term": term,
                        "sections": by_type_sections(site, local),
                        "everywhere_sections": by_type_sections(site, everywhere),
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
        "none": t["search_none"], "fuzzy": t["search_fuzzy_note"], "loading": t["search_loading"],
        "types": {type_id: t[f"type_one_{type_id}"] for type_id, _ in facets["type"]},  # "Peer support group · Maryland"
    }  # fmt: skip
    pages.append(Page(urls.search(), "search.html", t["search_title"], [home], {"filters": filters, "search_text": search_text}))
    pages.append(Page(urls.not_found(), "404.html", t["not_found_title"]))
    return pages
