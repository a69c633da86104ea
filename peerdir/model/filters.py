"""What the search page (pages/) and the search data (search/) must agree on, read by both from the model rather
than by one from the other: the filters with their values and labels, in display order, and the language a site
is searched in."""

from __future__ import annotations

from peerdir.model.site import Site
from peerdir.sources import schema
from peerdir.sources.config import RESERVED_AREAS
from peerdir.sources.schema import TYPES, choices

FACETS = ("type", "region", "topic", "audience", "language", "cost", "format", "open")
SEARCH_LANGUAGES = ("en", "es")  # those searched with their own stemmer and stop words (search/languages.py)


def facet_values(site: Site) -> dict[str, list[tuple[str, str]]]:
    """Every filter (FACETS) and its values with their labels, in display order."""
    t = site.strings
    return {
        "type": [(lt.id, t[f"type_{lt.id}"]) for lt in TYPES] + [("guide", t["nav_guides"])],
        "region": [(r.id, r.name) for r in site.config.regions] + [(a, t[f"area_{a}"]) for a in RESERVED_AREAS],
        "topic": [(x.id, x.name) for x in site.config.topics],
        "audience": [(x.id, x.name) for x in site.config.audiences],
        "language": [(x.id, x.name) for x in site.config.languages],
        "cost": [(c, t[f"cost_{c}"]) for c in choices(schema.Listing, "cost")],
        "format": [(f, t[f"format_{f.replace('-', '_')}"]) for f in choices(schema.Group, "format")],
        "open": [("24-7", t["search_filter_open_24_7"]), ("now", t["search_filter_open_now"]), ("week", t["search_filter_open_week"])],
    }


def search_language(language: str) -> str:
    """The search language for a site language ('es-MX' is searched as 'es'); English where there is none."""
    base = language.split("-")[0].lower()
    return base if base in SEARCH_LANGUAGES else "en"
