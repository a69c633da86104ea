"""The built site fetches nothing from any other host: every URL that a page, stylesheet or script would load
is on the site itself. Links a person clicks may go elsewhere."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

_FETCHING_ATTRS = {("script", "src"), ("img", "src"), ("iframe", "src"), ("source", "src"), ("video", "src"),
                   ("audio", "src"), ("embed", "src"), ("object", "data"), ("track", "src"), ("input", "src")}  # fmt: skip
_FETCHING_LINKS = {"stylesheet", "icon", "preload", "prefetch", "modulepreload", "manifest", "apple-touch-icon", "dns-prefetch", "preconnect"}


class _Fetches(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name, value in attrs:
            if (tag, name) in _FETCHING_ATTRS or name == "srcset" or (name == "style" and value and "url(" in value):
                self.urls.append(value or "")
        if tag == "link" and set((values.get("rel") or "").split()) & _FETCHING_LINKS:
            self.urls.append(values.get("href") or "")
        if tag == "form":
            self.urls.append(values.get("action") or "")


def external(url: str) -> bool:
    return bool(re.match(r"^\s*(https?:)?//", url))


def fetched_urls(root: Path) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted(root.rglob("*")):
        if path.suffix == ".html":
            parser = _Fetches()
            parser.feed(path.read_text(encoding="utf-8"))
            urls = parser.urls
        elif path.suffix == ".css":
            urls = re.findall(r"url\(\s*['\"]?([^'\")]+)", path.read_text(encoding="utf-8"))
            urls += re.findall(r"@import\s+['\"]([^'\"]+)", path.read_text(encoding="utf-8"))
        elif path.suffix == ".js":
            text = path.read_text(encoding="utf-8")
            urls = re.findall(r"(?:fetch|importScripts|new Worker|XMLHttpRequest|sendBeacon|EventSource|WebSocket)\s*\(\s*['\"]([^'\"]+)", text)
        else:
            continue
        if any(external(u) for u in urls):
            found[path.relative_to(root).as_posix()] = [u for u in urls if external(u)]
    return found


def test_no_page_stylesheet_or_script_fetches_from_another_host(sample_built: Path) -> None:
    out = sample_built
    assert fetched_urls(out) == {}


def test_the_scan_itself_finds_third_party_fetches(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text('<link rel="stylesheet" href="https://cdn.example.com/x.css"><a href="https://ok.example.org/">ok</a>'
                                     '<img src="//tracker.example.com/p.gif"><form action="https://evil.example/"></form>')
    (tmp_path / "b.css").write_text("@import 'https://fonts.example.com/f.css'; body { background: url(/local.png) }")
    (tmp_path / "c.js").write_text("fetch('https://analytics.example.com/hit'); importScripts('core.js')")
    assert fetched_urls(tmp_path) == {
        "a.html": ["https://cdn.example.com/x.css", "//tracker.example.com/p.gif", "https://evil.example/"],
        "b.css": ["https://fonts.example.com/f.css"],
        "c.js": ["https://analytics.example.com/hit"],
    }


def test_outbound_links_carry_noopener_noreferrer_and_pages_send_no_referrer(sample_built: Path) -> None:
    out = sample_built
    for page in out.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert '<meta name="referrer" content="no-referrer">' in html, page
        for tag in re.findall(r"<a [^>]*href=\"https?://[^\"]*\"[^>]*>", html):
            assert "noreferrer" in tag, (page, tag)


def test_no_built_file_carries_a_link_s_tracking_parameters(golden_site: Path, tmp_path: Path) -> None:
    """A website written with campaign or click parameters ('?utm_source=211', '&fbclid=...'), as directories copy
    links from mailings and social posts, is linked without them on its page, its card, the API, HSDS and its
    calendar: they would tell the site linked to where its visitor came from, which the directory promises not to."""
    import gzip
    import zipfile

    from conftest import BUILD_DATE

    from peerdir.build import BuildOptions, build

    listing = golden_site / "listings/groups/riverside-grief-cafe.yaml"
    listing.write_text(listing.read_text().replace(
        "cost_note:", "website: 'https://example.org/cafe?utm_source=211&id=4&fbclid=x1#times'\ncost_note:"))
    out = tmp_path / "out"
    build(golden_site, BuildOptions(out_dir=out, today=BUILD_DATE))
    texts = {}
    for path in out.rglob("*"):
        if path.suffix == ".gz":
            texts[path] = gzip.decompress(path.read_bytes()).decode("utf-8")
        elif path.suffix == ".zip":
            with zipfile.ZipFile(path) as package:
                texts.update({path / name: package.read(name).decode("utf-8") for name in package.namelist()})
        elif path.is_file():
            texts[path] = path.read_bytes().decode("utf-8", errors="replace")
    assert 'href="https://example.org/cafe?id=4#times"' in texts[out / "groups/riverside-grief-cafe/index.html"]
    assert "https://example.org/cafe?id=4#times" in texts[out / "api/listings.json"]
    assert [str(path) for path, text in texts.items() if "utm_" in text or "fbclid" in text] == []
