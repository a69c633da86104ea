"""Check every web address in the listings, politely.

Hosts are checked in parallel, but each host's addresses one at a time with a
pause between them: many listings point at small charities' servers. Network
errors, timeouts and 5xx or 429 answers are retried with a growing wait;
redirects are followed and reported, so a maintainer can update the address.
"""

from __future__ import annotations

import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import SplitResult, urlsplit

import httpx

from peerdir import __version__
from peerdir.model.site import Site


@dataclass
class LinkResult:
    url: str
    files: list[str]
    status: str  # "ok", "redirected" or "broken"
    code: int | None = None
    final_url: str | None = None
    error: str | None = None


@dataclass(frozen=True)
class LinkOptions:
    timeout: float = 10.0
    retries: int = 2
    delay: float = 1.0
    workers: int = 8
    user_agent: str = f"peerdir-links/{__version__} (checking a peer-support directory's listings)"


def collect_links(site: Site) -> dict[str, list[str]]:
    """Each address, with the listing files that give it."""
    links: dict[str, list[str]] = defaultdict(list)
    for item in site.listings:
        for url in (item.data.website, getattr(item.data, "url", None)):
            if url and item.source not in links[url]:
                links[url].append(item.source)
    return dict(sorted(links.items()))


def same_place(url: str, final: str) -> bool:
    """Whether a redirect leads to the same page, as most sites send one there: over https, with or without www.,
    with or without a slash at the end. Nothing in the listing needs changing for those, so they are not told."""
    before, after = urlsplit(url), urlsplit(final)
    return (after.scheme in (before.scheme, "https") and _host(before) == _host(after) and before.port == after.port
            and before.path.rstrip("/") == after.path.rstrip("/") and before.query == after.query)


def _host(parts: SplitResult) -> str:
    return (parts.hostname or "").removeprefix("www.")


def _check(client: httpx.Client, url: str, files: list[str], options: LinkOptions) -> LinkResult:
    error = "not checked"
    for attempt in range(options.retries + 1):
        if attempt:
            time.sleep(options.delay * attempt)
        try:
            with client.stream("GET", url) as response:
                code = response.status_code
                if code >= 500 or code == 429:
                    error = f"HTTP {code}"
                    continue
                if code >= 400:
                    return LinkResult(url, files, "broken", code, error=f"HTTP {code}")
                if response.history and not same_place(url, str(response.url)):
                    return LinkResult(url, files, "redirected", code, final_url=str(response.url))
                return LinkResult(url, files, "ok", code)
        except httpx.TimeoutException:
            error = f"no answer within {options.timeout:g} s"
        except httpx.HTTPError as exc:
            error = type(exc).__name__ + (f": {exc}" if str(exc) else "")
    return LinkResult(url, files, "broken", error=error)


def check_links(links: dict[str, list[str]], options: LinkOptions = LinkOptions()) -> list[LinkResult]:
    by_host: dict[str, list[str]] = defaultdict(list)
    for url in links:
        by_host[urlsplit(url).netloc.lower()].append(url)

    def check_host(urls: list[str]) -> list[LinkResult]:
        results = []
        with httpx.Client(
            timeout=options.timeout, follow_redirects=True, headers={"User-Agent": options.user_agent}
        ) as client:
            for index, url in enumerate(urls):
                if index:
                    time.sleep(options.delay)
                results.append(_check(client, url, links[url], options))
        return results

    with ThreadPoolExecutor(max_workers=options.workers) as pool:
        per_host = list(pool.map(check_host, [by_host[h] for h in sorted(by_host)]))
    return sorted((r for results in per_host for r in results), key=lambda r: r.url)
