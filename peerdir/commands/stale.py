"""Listings due for re-verification: the maintainer's to-do list, with what they need to make the call."""

from __future__ import annotations

from dataclasses import dataclass

from peerdir.model.site import Listing, Site, months_between


@dataclass(frozen=True)
class StaleListing:
    listing: Listing
    months: int

    def record(self) -> dict:
        data = self.listing.data
        return {
            "name": data.name,
            "file": self.listing.source,
            "last_verified": data.last_verified.isoformat(),
            "months_since": self.months,
            "status": data.status,
            "phones": [p.display for p in self.listing.phones],
            "email": data.email,
            "website": data.website,
            "organization": data.organization,
        }


def stale_listings(site: Site, months: int) -> list[StaleListing]:
    """Open or temporarily closed listings last verified at least `months` ago, oldest first."""
    found = [
        StaleListing(item, months_between(item.data.last_verified, site.today))
        for item in site.listings
        if item.listed and months_between(item.data.last_verified, site.today) >= months
    ]
    return sorted(found, key=lambda s: (s.listing.data.last_verified, s.listing.data.name.casefold()))
