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

from peerdir import urls
from peerdir.editorschema import schema_files
from peerdir.exports import export_files
from peerdir.hsds import hsds_files
from peerdir.load import load_site
from peerdir.output import StagedOutput, check_output_dir
from peerdir.plan import plan_pages
from peerdir.problems import UsageError
from peerdir.render import make_environment, render_pages, static_files
from peerdir.searchindex import search_files


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
        indexed = time.perf_counter()
        for rel, data in search_files(site).items():
            staged.write(rel, data)
        for rel, data in schema_files(site.config).items():
            staged.write(rel, data)
        for rel, data in export_files(site, [p.url for p in pages if p.url != urls.not_found()]).items():
            staged.write(rel, data)
        for rel, data in hsds_files(site).items():
            staged.write(rel, data)
        phases["search index"] = time.perf_counter() - indexed
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
