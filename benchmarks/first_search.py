"""What a first search downloads, on a peerdir site and on a Hugo site with Pagefind's own search page, in one
headless Chromium (Debian's, as the browser tests use), as a visitor meets each: a fresh browser with nothing
cached opens the search page, searches, and sees the first results.

compare.py calls it with the two sites it built. Counted is what the search itself fetches: on peerdir, its
scripts and data (`static/search/`, `search/data/`); with Pagefind, everything under `pagefind/` (its UI, its
WebAssembly, its index and filter files and the fragments of the results shown). Not counted: each site's search
page and what every page of the site loads. Each file counts as a host that compresses serves it: gzip at level 9,
or as it is where that is smaller (Pagefind's index and fragments are gzipped already). The paths are read off the
server, since the browser's own events miss what a worker fetches. The time is from asking for the page until the
first results show, on a shared machine: a figure beside the bytes, not a benchmark of its own.
"""

from __future__ import annotations

import gzip
import http.server
import re
import statistics
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from browser import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from static_host import address, serve_folder  # noqa: E402

# Pagefind's default search page, as its documentation gives it; the query is typed in by the script below.
PAGEFIND_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Search</title>
<link href="/pagefind/pagefind-ui.css" rel="stylesheet"><script src="/pagefind/pagefind-ui.js"></script></head>
<body><div id="search"></div><script>
window.ui = new PagefindUI({ element: "#search", showSubResults: true });
window.ui.triggerSearch(new URLSearchParams(location.search).get("q"));
</script></body></html>
"""
QUIET = 0.3  # seconds without a request after the results show: the search has fetched all it will
LIMIT = 60  # seconds a search may take to show results; past it, what it fetched by then is counted


@dataclass(frozen=True)
class Searched:
    query: str
    files: int
    gzip_bytes: int
    seconds: float | None  # None: no results within LIMIT


class _Log:
    """The paths a static server was asked for, with when."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.asked: list[tuple[float, str]] = []

    def since(self, start: float) -> list[tuple[float, str]]:
        with self.lock:
            return [entry for entry in self.asked if entry[0] >= start]


def _serve(root: Path, log: _Log) -> http.server.ThreadingHTTPServer:
    def heard(path: str) -> None:
        with log.lock:
            log.asked.append((time.monotonic(), unquote(urlsplit(path).path)))

    return serve_folder(root, heard)


def _served_size(path: Path) -> int:
    data = path.read_bytes()
    return min(len(data), len(gzip.compress(data, 9)))


def _searched(browser, base: str, root: Path, log: _Log, query: str, page_path: str, shown: Callable, counted: Callable[[str], bool]) -> Searched:
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    started = time.monotonic()
    page.goto(f"{base}{page_path}?q={quote(query)}")
    try:
        shown(page)
        seconds: float | None = time.monotonic() - started
    except AssertionError:  # Playwright's expect, timed out
        seconds = None
    while seconds is not None:  # until the server has heard nothing for QUIET seconds
        last = max((at for at, _ in log.since(started)), default=started)
        if time.monotonic() - last >= QUIET:
            break
        time.sleep(0.05)
    context.close()
    paths = sorted({path for _, path in log.since(started) if counted(path)})
    files = [root / path.lstrip("/") for path in paths]
    return Searched(query, len(files), sum(_served_size(file) for file in files if file.is_file()), seconds)


def first_searches(peer_out: Path, hugo_out: Path, queries: list[str]) -> tuple[list[Searched], list[Searched]]:
    """Each query's first search on each site, as (peerdir's, Pagefind's)."""
    from playwright.sync_api import expect, sync_playwright

    (hugo_out / "pagefind-search.html").write_text(PAGEFIND_PAGE, encoding="utf-8")
    logs = _Log(), _Log()
    servers = _serve(peer_out, logs[0]), _serve(hugo_out, logs[1])
    bases = [address(server) for server in servers]

    def peer_shown(page) -> None:  # a number of results, or nothing matched: not "Loading search…"
        expect(page.locator("#search-status")).to_have_text(re.compile(r"\d|Nothing matched"), timeout=LIMIT * 1000)

    def pagefind_shown(page) -> None:  # "N results for …", and the first results' titles (fetched fragments)
        expect(page.locator(".pagefind-ui__message")).to_have_text(re.compile(r"result"), timeout=LIMIT * 1000)
        if page.locator(".pagefind-ui__result").count():
            expect(page.locator(".pagefind-ui__result-title").first).to_be_visible(timeout=LIMIT * 1000)

    peer, pagefind = [], []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for query in queries:
            peer.append(_searched(browser, bases[0], peer_out, logs[0], query, "search/", peer_shown,
                                  lambda path: path.startswith(("/static/search/", "/search/data/"))))
            pagefind.append(_searched(browser, bases[1], hugo_out, logs[1], query, "pagefind-search.html", pagefind_shown,
                                      lambda path: path.startswith("/pagefind/")))
        browser.close()
    for server in servers:
        server.shutdown()
    return peer, pagefind


def summary(runs: list[Searched]) -> str:
    """Median, 95th percentile and most, of KB and of seconds (a search that showed no results within LIMIT
    counts as the slowest, with what it fetched by then)."""
    sizes = sorted(r.gzip_bytes / 1e3 for r in runs)
    times = sorted(r.seconds if r.seconds is not None else float("inf") for r in runs)

    def p95(values: list[float]) -> float:  # as search_payload.py takes it
        return values[int(0.95 * (len(values) - 1))]

    def seconds(value: float) -> str:
        return f"{value:.2f} s" if value != float("inf") else f"over {LIMIT} s"

    unfinished = sum(r.seconds is None for r in runs)
    return (f"median {statistics.median(sizes):,.0f} KB, p95 {p95(sizes):,.0f} KB, most {sizes[-1]:,.0f} KB; "
            f"results shown in median {seconds(statistics.median(times))}, p95 {seconds(p95(times))}"
            + (f"; {unfinished} of {len(runs)} showed no results within {LIMIT} s (counted: what they fetched by then)" if unfinished else ""))
