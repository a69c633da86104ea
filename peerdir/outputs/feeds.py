"""sitemap.xml, robots.txt and an Atom feed of the listings added or re-verified most recently."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from peerdir.model.site import Site, urls

FEED_SIZE = 50
# The sitemap protocol's limit: a sitemap lists at most 50,000 addresses (and 50 MB, which 50,000 addresses of
# any length a directory uses stay far below). A national directory has more pages than that.
SITEMAP_URLS = 50_000
_SITEMAPS = "http://www.sitemaps.org/schemas/sitemap/0.9"


def sitemaps(site: Site, page_urls: list[str]) -> dict[str, bytes]:
    """sitemap.xml listing every page; with more pages than one sitemap may list, sitemap.xml is an index of
    sitemap-1.xml, sitemap-2.xml and so on, beside it at the site's root (a sitemap may list only addresses under
    its own folder). Nothing without base_url: a sitemap needs whole addresses."""
    if not site.config.base_url:
        return {}
    if len(page_urls) <= SITEMAP_URLS:
        return {"sitemap.xml": _xml("urlset", "url", page_urls, site)}
    parts = {f"sitemap-{n}.xml": page_urls[start : start + SITEMAP_URLS] for n, start in enumerate(range(0, len(page_urls), SITEMAP_URLS), 1)}
    files = {name: _xml("urlset", "url", part, site) for name, part in parts.items()}
    return {"sitemap.xml": _xml("sitemapindex", "sitemap", list(parts), site), **files}


def _xml(root_tag: str, entry_tag: str, addresses: list[str], site: Site) -> bytes:
    root = ET.Element(root_tag, xmlns=_SITEMAPS)
    for url in addresses:
        entry = ET.SubElement(root, entry_tag)
        ET.SubElement(entry, "loc").text = urls.absolute(site.config.base_url, url)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8") + b"\n"


def robots(site: Site) -> bytes:
    lines = ["User-agent: *", "Disallow: /search/data/"]
    if site.config.base_url:
        lines.append(f"Sitemap: {urls.absolute(site.config.base_url, 'sitemap.xml')}")
    return ("\n".join(lines) + "\n").encode()


_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"  # written xml:lang, as Atom marks the language of what it holds


def atom_feed(site: Site) -> bytes | None:
    """Listings added or re-verified most recently, newest first."""
    if not site.config.base_url:
        return None
    atom = "http://www.w3.org/2005/Atom"
    recent = sorted((i for i in site.listings if i.listed), key=lambda i: (i.data.last_verified, i.slug), reverse=True)[:FEED_SIZE]
    feed = ET.Element("feed", {"xmlns": atom, _XML_LANG: site.config.language})  # a reader shows or reads it in it
    ET.SubElement(feed, "title").text = site.config.title
    ET.SubElement(feed, "subtitle").text = site.config.purpose
    ET.SubElement(feed, "id").text = urls.absolute(site.config.base_url, "")
    ET.SubElement(feed, "link", href=urls.absolute(site.config.base_url, "feed.xml"), rel="self")
    ET.SubElement(feed, "link", href=urls.absolute(site.config.base_url, ""))
    newest = recent[0].data.last_verified if recent else site.today
    ET.SubElement(feed, "updated").text = f"{newest.isoformat()}T00:00:00Z"
    author = ET.SubElement(feed, "author")
    ET.SubElement(author, "name").text = site.config.title
    for item in recent:
        entry = ET.SubElement(feed, "entry", {_XML_LANG: item.text_lang} if item.text_lang else {})  # written_in
        ET.SubElement(entry, "title").text = item.data.name
        ET.SubElement(entry, "id").text = urls.absolute(site.config.base_url, item.url)
        ET.SubElement(entry, "link", href=urls.absolute(site.config.base_url, item.url))
        ET.SubElement(entry, "updated").text = f"{item.data.last_verified.isoformat()}T00:00:00Z"
        ET.SubElement(entry, "summary").text = item.data.summary
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="utf-8") + b"\n"


def feed_files(site: Site, page_urls: list[str]) -> dict[str, bytes]:
    files = {"robots.txt": robots(site), **sitemaps(site, page_urls)}
    feed = atom_feed(site)
    if feed is not None:
        files["feed.xml"] = feed
    return files
