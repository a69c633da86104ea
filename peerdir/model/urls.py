"""Where every page lives, and how one page links to another.

Pages are named by site-relative URLs without a leading slash ("", "groups/",
"groups/riverside/", "404.html"). Links between pages are always relative, so a
site works unchanged at a domain root, under a GitHub Pages sub-path, or opened
from a folder; `file_urls` adds the explicit index.html a browser needs on
file://. The 404 page is the exception: it is served at any depth, so its links
start from the base URL's path instead.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from urllib.parse import urlsplit


def home() -> str:
    return ""


def listing(folder: str, slug: str) -> str:
    return f"{folder}/{slug}/"


def listing_type(folder: str) -> str:
    return f"{folder}/"


def term_index(kind: str) -> str:
    return f"{kind}/"


def term(kind: str, term_id: str) -> str:
    return f"{kind}/{term_id}/"


def guides() -> str:
    return "guides/"


def guide(slug: str) -> str:
    return f"guides/{slug}/"


def browse_safely() -> str:
    return "browse-safely/"


def search() -> str:
    return "search/"


def about() -> str:
    return "about/"


def not_found() -> str:
    return "404.html"


def when_text() -> str:
    """The texts static/when.js shows, in the site's words: one file for every listing page, cached once."""
    return "when-text.js"


def is_page(url: str) -> bool:
    """An HTML page, as against a planned file that is not one (when_text)."""
    return url == "" or url.endswith(("/", ".html"))


def in_language(url: str) -> bool:
    """Made once per language of the site, under the language's prefix (es/): the pages, the texts when.js shows
    and the search data. Everything else (static files, calendars, exports) is the same in every language."""
    return is_page(url) or url == when_text() or url.startswith("search/")


def in_sitemap(url: str) -> bool:
    """A page people land on: any but the 404 page (of any language: es/404.html)."""
    return url.rsplit("/", 1)[-1] != not_found() and is_page(url)


def static(name: str) -> str:
    return f"static/{name}"


def version(*parts: bytes) -> str:
    """What an address carries as `?v=`: 40 bits of a digest of what it names (the parts in order), which tell one
    build's file from another's, so that no browser cache (GitHub Pages lets one keep a file ten minutes) answers
    with another build's. Search data files carry their data's, static files the theme's."""
    digest = hashlib.blake2b(digest_size=5)
    for part in parts:
        digest.update(part)
    return digest.hexdigest()


def output_path(url: str) -> str:
    """The file a page URL is written to."""
    return url + "index.html" if url == "" or url.endswith("/") else url


@dataclass(frozen=True)
class Linker:
    """Makes the href from one page to another."""

    file_urls: bool = False
    base_path: str | None = None  # set for pages served at any depth (404)
    prefix: str = ""  # the pages' language's, e.g. "es/"; "" for the site's main language

    def href(self, from_url: str, to_url: str) -> str:
        """From a page to another of the same language, or to a file every language shares."""
        return self._href(self.prefix + from_url, self.prefix + to_url if self.prefix and in_language(to_url) else to_url)

    def href_in(self, prefix: str, from_url: str, to_url: str) -> str:
        """From a page to a page of the language under `prefix` (the language switcher)."""
        return self._href(self.prefix + from_url, prefix + to_url)

    def _href(self, from_url: str, to_url: str) -> str:
        fragment = ""
        if "#" in to_url:
            to_url, fragment = to_url.split("#", 1)
            fragment = "#" + fragment
        if self.file_urls and (to_url == "" or to_url.endswith("/")):
            to_url += "index.html"
        if self.base_path is not None:
            return self.base_path + to_url + fragment
        # Every page URL is a folder or a file in one: climb to the root, then down (cheap, and never wrong).
        relative = "../" * from_url.count("/") + to_url
        return (relative or "./") + fragment


def base_path(base_url: str | None) -> str:
    """The path part of the published address, always ending in /."""
    path = urlsplit(base_url).path if base_url else "/"
    return path if path.endswith("/") else path + "/"


def calendar(listing_url: str) -> str:
    """A group's calendar file, beside its page."""
    return listing_url + "calendar.ics"


def absolute(base_url: str | None, url: str) -> str | None:
    """A site address as a full one, when the site knows where it is published."""
    return base_url.rstrip("/") + "/" + url if base_url else None
