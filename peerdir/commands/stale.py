"""Listings due for re-verification: the maintainer's to-do list, with what they need to make the call."""

from __future__ import annotations

import re
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


# What Markdown (GitHub's) reads as a mark: each written with a backslash, so a listing's name shows as written.
_MARKDOWN_MARKS = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~&])")


def _literal(text: str) -> str:
    """Contributor text as Markdown that shows it as written: its marks escaped, and an @ kept from mentioning
    someone on GitHub (a zero-width space after it), since the report is posted as an issue."""
    return _MARKDOWN_MARKS.sub(r"\\\1", " ".join(text.split())).replace("@", "@\u200b")


def _code(text: str) -> str:
    """Text in a code span, which GitHub neither links nor reads mentions in; with two backticks if it has one."""
    return f"`` {text} ``" if "`" in text else f"`{text}`"


# What the task list may take of an issue: GitHub refuses a body over 65,536 characters, and the upkeep workflow
# adds the websites to check (at most 60 lines) after it.
MARKDOWN_BUDGET = 50_000


def stale_markdown(found: list[StaleListing], months: int, budget: int = MARKDOWN_BUDGET) -> str:
    """The listings to re-verify as a GitHub task list, for the issue the upkeep workflow keeps open: each with
    when it was verified, the contacts to verify it by (in code, so that none is linked or mentions anyone), and
    its file, linked to GitHub's editor where site.yaml gives the repository. The oldest, as many as fit in
    `budget` characters; how many more there are, which `peerdir stale` lists."""
    if not found:
        return f"Every listing was verified in the last {months} months.\n"
    lines = [f"{len(found)} listing(s) not verified for {months} months or more, oldest first. Contact each, then "
             "change its `last_verified` to the day you did (and anything else that changed) in its file.", ""]
    used = sum(len(line) + 1 for line in lines)
    for shown, stale in enumerate(found):
        item, data = stale.listing, stale.listing.data
        file = f"[`{item.source}`]({item.edit_url})" if item.edit_url else f"`{item.source}`"
        contacts = [*(phone.display for phone in item.phones), data.email, data.website]
        entry = [f"- [ ] **{_literal(data.name)}**: verified {data.last_verified.isoformat()} ({stale.months} months ago), {file}",
                 "  " + (" · ".join(_code(c) for c in contacts if c) or "no contact details")]
        used += sum(len(line) + 1 for line in entry)
        if used > budget:
            lines += ["", f"And {len(found) - shown} more, verified later: `peerdir stale` lists them all."]
            break
        lines += entry
    return "\n".join(lines) + "\n"
