"""Where listings are, for "Near me": search/data/places.js, loaded only when someone asks for what is near.

The person's position never leaves the device, so the distances are worked out there (static/search/core.js),
from what this file gives: a point for each search document that is somewhere (its own latitude and longitude,
or, for a listing that gives only its town or postcode, the middle of the listings there that give theirs),
and the places the directory itself knows (the towns and postcodes of its listings), so that someone who
would rather not share their position can type one instead. No outside gazetteer, no request to any host.
"""

from __future__ import annotations

from collections import defaultdict
from statistics import fmean

from peerdir.sources.blocks import Location

PRECISION = 4  # decimal places: about 11 metres, and nothing a building could be found by more closely than its address


def postcode(code: str) -> str:
    """One spelling of a postcode: capitals, single spaces ("sw1a  1aa" is "SW1A 1AA")."""
    return " ".join(code.upper().split())


def _centre(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    if not points:
        return None
    return round(fmean(p[0] for p in points), PRECISION), round(fmean(p[1] for p in points), PRECISION)


def places_data(locations: list[Location | None]) -> dict:
    """{"points": per document, [latitude, longitude, 1 if its own else 0] or 0 where unknown;
    "places": [[name, latitude or null, longitude or null, [documents there]], ...] by name}.

    A place's point is the middle of its listings' own points (for a postcode without any, of their towns'); a
    place with no point at all still lists its documents, so typing its name puts them first."""
    own: dict[int, tuple[float, float]] = {}
    members: dict[tuple[str, str], list[int]] = defaultdict(list)  # ("code" | "town", name) -> documents
    at: dict[int, list[tuple[str, str]]] = defaultdict(list)  # document -> its postcode, then its town
    for ref, location in enumerate(locations):
        if location is None:
            continue
        if location.latitude is not None and location.longitude is not None:
            own[ref] = (round(location.latitude, PRECISION), round(location.longitude, PRECISION))
        address = location.address
        if address and address.postal_code:
            at[ref].append(("code", postcode(address.postal_code)))
        if address and address.city:
            at[ref].append(("town", ", ".join(part for part in (address.city, address.state_province) if part)))
        for key in at[ref]:
            members[key].append(ref)
    centres = {key: _centre([own[ref] for ref in refs if ref in own]) for key, refs in members.items()}

    def point(ref: int) -> list | int:
        if ref in own:
            return [*own[ref], 1]
        # The postcode first: it is smaller than a town, so its middle is the nearer guess.
        guess = next((centres[key] for key in at.get(ref, ()) if centres[key]), None)
        return [*guess, 0] if guess else 0

    points = [point(ref) for ref in range(len(locations))]

    def centre(key: tuple[str, str]) -> tuple[float, float] | tuple[None, None]:
        # A postcode none of whose listings gives a point: the middle of the points of their towns.
        return centres[key] or _centre([tuple(points[ref][:2]) for ref in members[key] if points[ref]]) or (None, None)

    places = sorted(([name, *centre((kind, name)), refs] for (kind, name), refs in members.items()), key=lambda p: (p[0], p[3]))
    return {"points": points, "places": places}
