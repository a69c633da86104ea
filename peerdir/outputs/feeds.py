"""sitemap.xml, robots.txt and an Atom feed of the listings added or re-verified most recently."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from peerdir.model.site import Site, urls

FEED_SIZE = 50


def sitemap(site: Site, page_urls: list[str]) -> bytes | None:
    if not site.config.base_url:
        return None
    root = ET.Element("urlset", xmlns="http://www.sitemaps.org/schemas/sitemap/0.9")
    for url in page_urls:
        entry = ET.SubElement(root, "url")
        ET.SubElement(entry, "loc").text = urls.absolute(site.config.base_url, url)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8") + b"\n"


def robots(site: Site) -> bytes:
    lines = ["User-agent: *", "Disallow: /search/data/"]
    if site.config.base_url:
        lines.append(f"Sitemap: {urls.absolute(site.config.base_url, 'sitemap.xml')}")
    return ("\n".join(lines) + "\n").encode()


def atom_feed(site: Site) -> bytes | None:
    """Listings added or re-verified most recently, newest first."""
    if not site.config.base_url:
        return None
    atom = "http://www.w3.org/2005/Atom"
    recent = sorted((i for i in site.listings if i.listed), key=lambda i: (i.data.last_verified, i.slug), reverse=True)[:FEED_SIZE]
    feed = ET.Element("feed", xmlns=atom)
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
        entry = ET.SubElement(feed, "entry")
        ET.SubElement(entry, "title").text = item.data.name
        ET.SubElement(entry, "id").text = urls.absolute(site.config.base_url, item.url)
        ET.SubElement(entry, "link", href=urls.absolute(site.config.base_url, item.url))
        ET.SubElement(entry, "updated").text = f"{item.data.last_verified.isoformat()}T00:00:00Z"
        ET.SubElement(entry, "summary").text = item.data.summary
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="utf-8") + b"\n"


def feed_files(site: Site, page_urls: list[str]) -> dict[str, bytes]:
    files = {"robots.txt": robots(site)}
    for name, content in (("sitemap.xml", sitemap(site, page_urls)), ("feed.xml", atom_feed(site))):
        if content is not None:
            files[name] = content
    return files
