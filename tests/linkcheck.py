"""Find broken internal links in a built site: every href and src that stays on the site must name a file
that exists, and every #fragment an id on that page."""

from __future__ import annotations

import posixpath
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value is not None:  # absolute ones (canonical, outbound) are passed over below
                self.links.append(value)
            if name == "id" and value:
                self.ids.add(value)


def parse(path: Path) -> _Collector:
    collector = _Collector()
    collector.feed(path.read_text(encoding="utf-8"))
    return collector


def broken_links(root: Path, base_path: str | None = None) -> list[str]:
    """Relative links are resolved from each page; root-relative ones (the 404 page's) from base_path."""
    broken = []
    pages = {p: parse(p) for p in sorted(root.rglob("*.html"))}
    for page, collected in pages.items():
        for link in collected.links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc:
                continue
            if parts.path.startswith("/"):
                if base_path is None or not parts.path.startswith(base_path):
                    broken.append(f"{page.relative_to(root)}: {link} (outside the site)")
                    continue
                target = root / unquote(parts.path[len(base_path):])
            elif parts.path:
                target = Path(posixpath.normpath(str(page.parent / unquote(parts.path))))
            else:
                target = page
            if link.endswith("/") or (parts.path.endswith("/")) or target.is_dir():
                target = target / "index.html"
            if not target.is_file():
                broken.append(f"{page.relative_to(root)}: {link}")
            elif parts.fragment and target.suffix == ".html" and parts.fragment not in (pages.get(target) or parse(target)).ids:
                broken.append(f"{page.relative_to(root)}: {link} (no such id)")
    return broken
