"""Build a site, top to bottom: read, validate, model, plan, render, write.

Every problem in every file is gathered before anything is written; if there is
one, the build stops and the previous output stays exactly as it was.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from peerdir.model.site import urls
from peerdir.output import StagedOutput, check_output_dir
from peerdir.outputs.api import api_files
from peerdir.outputs.calendars import calendar_files
from peerdir.outputs.feeds import feed_files
from peerdir.outputs.hsds import hsds_files
from peerdir.outputs.schemas import schema_files
from peerdir.pages.plan import plan_pages
from peerdir.pages.render import make_environment, render_pages, static_files
from peerdir.problems import UsageError
from peerdir.search.index import search_files
from peerdir.sources.load import load_site


@dataclass
class BuildOptions:
    out_dir: Path | None = None
    base_url: str | None = None
    file_urls: bool = False
    today: date | None = None


@dataclass
class BuildResult:
    out_dir: Path
    pages: int
    files: int
    listings: int
    guides: int
    seconds: float
    phases: dict[str, float]  # seconds per phase, for benchmarks


def build(
    site_dir: Path,
    options: BuildOptions,
    on_start: Callable[[int], None] | None = None,
    on_page: Callable[[], None] | None = None,
) -> BuildResult:
    started = time.perf_counter()
    out_dir = options.out_dir or site_dir / "site"
    check_output_dir(out_dir, site_dir)
    if options.base_url is not None and not re.match(r"^https?://[^\s/]+(/\S*)?$", options.base_url):
        raise UsageError(f"--base-url '{options.base_url}' is not a web address; write it like https://org.github.io/directory/")
    phases: dict[str, float] = {}
    site = load_site(site_dir, options.today, options.base_url, options.file_urls, phases)
    planned = time.perf_counter()
    pages = plan_pages(site)
    assets = static_files(site_dir)
    phases["plan"] = time.perf_counter() - planned
    if on_start:
        on_start(len(pages))

    rendered = time.perf_counter()
    staged = StagedOutput(out_dir)
    try:
        for rel, html in render_pages(make_environment(site_dir), site, pages, options.file_urls, on_page):
            staged.write(rel, html)
        for rel, source in assets.items():
            staged.copy(rel, source)
        phases["render and write"] = time.perf_counter() - rendered
        page_urls = [p.url for p in pages if p.url != urls.not_found()]
        outputs: list[tuple[str, Callable[[], dict[str, bytes]]]] = [
            ("search index", lambda: search_files(site)),
            ("calendars", lambda: calendar_files(site)),
            ("api, feeds and schemas", lambda: {**api_files(site), **feed_files(site, page_urls), **schema_files(site.config)}),
            ("hsds", lambda: hsds_files(site)),
        ]
        for phase, files in outputs:  # each output is made from the model alone, and timed on its own
            began = time.perf_counter()
            for rel, data in files().items():
                staged.write(rel, data)
            phases[phase] = time.perf_counter() - began
        staged.write(".nojekyll", b"")
        swapped = time.perf_counter()
        staged.commit()
        phases["swap in"] = time.perf_counter() - swapped
    except BaseException:
        staged.discard()
        raise
    return BuildResult(
        out_dir=out_dir,
        pages=len(pages),
        files=staged.count,
        listings=len(site.listings),
        guides=len(site.guides),
        seconds=time.perf_counter() - started,
        phases=phases,
    )
