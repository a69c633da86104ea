"""Build a site, top to bottom: read, validate, model, plan, render, write.

Every problem in every file is gathered before anything is written; if there is
one, the build stops and the previous output stays exactly as it was.
"""

from __future__ import annotations

import gc
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from peerdir import workers
from peerdir.collector import collector_paused
from peerdir.model.site import Site, urls
from peerdir.output import StagedOutput, check_output_dir
from peerdir.outputs.api import api_files
from peerdir.outputs.calendars import calendar_files
from peerdir.outputs.feeds import feed_files
from peerdir.outputs.hsds import hsds_files
from peerdir.outputs.offline import offline_files
from peerdir.outputs.records import Content
from peerdir.outputs.schemas import schema_files
from peerdir.pages.plan import Page, plan_pages
from peerdir.pages.render import make_environment, render_pages, static_files
from peerdir.problems import UsageError
from peerdir.search.index import search_files
from peerdir.sources.load import Reuse, load_site



@dataclass
class BuildOptions:
    out_dir: Path | None = None
    base_url: str | None = None
    file_urls: bool = False
    today: date | None = None
    memory_mb: int = workers.MEMORY_MB  # output workers are forked only as far as this allows (build --memory)


@dataclass
class BuildResult:
    out_dir: Path
    pages: int
    files: int
    listings: int
    guides: int
    seconds: float
    phases: dict[str, float]  # seconds per phase, for benchmarks
    rendered: int | None = None  # pages rendered again by an update (rebuild.py); None: every page, a whole build
    held_back: int = 0  # output workers a whole build had cores for but not the memory (build --memory)
    sizes: dict[str, int] = field(default_factory=dict)  # bytes written, by the first part of each path (a whole build)


@dataclass
class Kept:
    """What a build keeps so that `peerdir serve` can make the next one from what changed (rebuild.py): the
    model and its sources, each page's plan and the parts of the site it read, and every file written."""

    settings: object = None  # what, when changed, calls for a whole build (rebuild.settings_stamp)
    reuse: Reuse = field(default_factory=Reuse)
    site: Site | None = None
    pages: dict[str, Page] = field(default_factory=dict)  # by address
    reads: dict[str, frozenset[str]] = field(default_factory=dict)  # by address
    written: dict[str, tuple[int, str]] = field(default_factory=dict)  # pages and theme files: size, SHA-256
    outputs: dict[str, tuple[int, str]] = field(default_factory=dict)  # the other outputs' files, the same


def build(
    site_dir: Path,
    options: BuildOptions,
    on_start: Callable[[int], None] | None = None,
    on_page: Callable[[], None] | None = None,
    kept: Kept | None = None,
) -> BuildResult:
    """A whole build. With `kept` (from `peerdir serve`), it also keeps what the next update needs."""
    started = time.perf_counter()
    out_dir = options.out_dir or site_dir / "site"
    check_output_dir(out_dir, site_dir)
    if options.base_url is not None and not re.match(r"^https?://[^\s/]+(/\S*)?$", options.base_url):
        raise UsageError(f"--base-url '{options.base_url}' is not a web address; write it like https://org.github.io/directory/")
    phases: dict[str, float] = {}
    site = load_site(site_dir, options.today, options.base_url, options.file_urls, phases, kept.reuse if kept else None)
    planned = time.perf_counter()
    with collector_paused():  # pages and their lists, no cycles: 9.9 s of passes over the model at 100,000 listings
        planned_in = [(language, plan_pages(language)) for language in (site, *site.translations)]  # the main one first
    assets = static_files(site_dir)
    phases["plan"] = time.perf_counter() - planned
    if on_start:
        on_start(sum(len(pages) for _, pages in planned_in))

    rendered = time.perf_counter()
    staged = StagedOutput(out_dir)
    page_urls = [language.prefix + p.url for language, pages in planned_in for p in pages if urls.in_sitemap(p.url)]
    gc.freeze()  # the model lives until the end: the collector need not rescan it (nor a forked worker copy it)
    names = list(OUTPUTS)
    spare = min(workers.cores() - 1, len(names))  # worker processes, on the cores this one (rendering) leaves spare
    count = workers.within_memory(spare, options.memory_mb)  # as many as the memory allows
    large = workers.pays(len(site.listings), spare)  # large enough for workers, on a machine with cores to spare
    held_back = spare - count if large else 0
    claims = workers.Claims(len(names)) if large and count else None
    pool = workers.fork_pool(len(site.listings), count, (site, page_urls, staged, claims)) if claims else None
    try:
        # Outputs other than pages are made from the model alone; with cores to spare they are made and written
        # by worker processes while this one renders the pages, and counted here in the same order either way.
        drains = [pool.submit(_written_outputs) for _ in range(count)] if pool else []
        reads = kept.reads if kept else None
        env = make_environment(site_dir)
        for language, pages in planned_in:
            for rel, html in render_pages(env, language, pages, options.file_urls, on_page, reads):
                staged.write(rel, html)
        for rel, source in assets.items():
            staged.copy(rel, source)
        written = dict(staged.written)
        phases["render and write"] = time.perf_counter() - rendered
        # Those no worker has taken are made here, now that the pages are done, from the back (Claims); then the
        # workers' are counted.
        seconds: dict[str, float] = {}
        files_of: dict[str, list[str]] = {}  # each output's files
        for index in claims.taken(front=False) if claims else range(len(names)):
            seconds[names[index]], files_of[names[index]] = _made_and_written(names[index], site, page_urls, staged)
        for drain in drains:
            for name, spent, fingerprints in drain.result():
                seconds[name], files_of[name] = spent, list(fingerprints)
                staged.adopt(fingerprints)
        phases.update((name, seconds[name]) for name in names)
        if not options.file_urls:  # last, since they list what was written; file:// runs no service worker
            kept_offline = {rel: staged.written[rel] for name in KEPT_OFFLINE for rel in files_of[name]}
            for rel, data in offline_files(site, {**written, **kept_offline}).items():
                staged.write(rel, data)
        if kept:
            kept.site, kept.written = site, written
            kept.pages = {language.prefix + page.url: page for language, pages in planned_in for page in pages}
            kept.outputs = {rel: file for rel, file in staged.written.items() if rel not in written}
        staged.write(".nojekyll", b"")
        swapped = time.perf_counter()
        staged.commit()
        phases["swap in"] = time.perf_counter() - swapped
    except BaseException:
        staged.discard()
        raise
    finally:
        if pool and claims:
            claims.close()
            pool.shutdown()
        gc.unfreeze()
    return BuildResult(
        out_dir=out_dir,
        pages=sum(urls.is_page(page.url) for _, pages in planned_in for page in pages),
        files=staged.count,
        listings=len(site.listings),
        guides=len(site.guides),
        seconds=time.perf_counter() - started,
        phases=phases,
        sizes=_sizes(staged.written),
        held_back=held_back,
    )


def _sizes(written: dict[str, tuple[int, str]]) -> dict[str, int]:
    """Bytes by top-level folder (with its slash) or file, largest first: what makes a site big."""
    sizes: dict[str, int] = {}
    for rel, (size, _) in written.items():
        top = rel.split("/", 1)[0] + ("/" if "/" in rel else "")
        sizes[top] = sizes.get(top, 0) + size
    return dict(sorted(sizes.items(), key=lambda item: (-item[1], item[0])))


# In this order the workers take them from the front and this process, once the pages are rendered, from the
# back (Claims), so with one worker at 10,000 listings: the search data and then HSDS there, the calendars and
# then the API here, which ends both at about the same time. `peerdir serve` makes them in this order too, so
# that search finds an edit first.
OUTPUTS: dict[str, Callable[[Site, list[str]], Iterable[tuple[str, Content]]]] = {  # each output's files, as made
    "search index": lambda site, page_urls: (
        (other.prefix + rel, data) for other in (site, *site.translations) for rel, data in search_files(other).items()
    ),
    "hsds": lambda site, page_urls: hsds_files(site).items() if "hsds" in site.config.exports else (),
    "api, feeds and schemas": lambda site, page_urls: [
        *(api_files(site).items() if "api" in site.config.exports else ()), *feed_files(site, page_urls).items(),
        *schema_files(site.config).items(),
    ],
    # One at a time: the calendars of 100,000 listings are 60,000 files, 83 MB held together.
    "calendars": lambda site, page_urls: calendar_files(site) if "calendars" in site.config.exports else (),
}


# The outputs a device keeps with the pages and theme files, when someone chooses to keep the directory
# (outputs/offline.py): the others (API, HSDS, calendars, feeds, schemas) are for other systems and stay online.
KEPT_OFFLINE = ("search index",)


def output_files(name: str, site: Site, page_urls: list[str]) -> dict[str, Content]:
    """An output's files, all made, each in bytes or a list of pieces (for `peerdir serve`, which fingerprints
    them to compare with the files it wrote before, then writes those that changed)."""
    return {rel: data if isinstance(data, (bytes, list)) else list(data) for rel, data in OUTPUTS[name](site, page_urls)}


def _written_outputs() -> list[tuple[str, float, dict[str, tuple[int, str]]]]:
    """In a forked worker: make outputs, as long as one is left to take, and write their files into the staging
    folder; return each one's name, seconds and files' fingerprints."""
    site, page_urls, staged, claims = workers.shared()  # the parent's model and output folder
    names, done = list(OUTPUTS), []
    for index in claims.taken(front=True):
        name = names[index]
        seconds, rels = _made_and_written(name, site, page_urls, staged)
        done.append((name, seconds, {rel: staged.written[rel] for rel in rels}))
    return done


def _made_and_written(name: str, site: Site, page_urls: list[str], staged: StagedOutput) -> tuple[float, list[str]]:
    """One output made and written, each file as soon as it is made: the seconds both took, and its files' paths.
    No file is held once written (held, the search files of 100,000 listings took 100 MB while HSDS was made)."""
    began, rels = time.perf_counter(), []
    for rel, data in OUTPUTS[name](site, page_urls):
        staged.write(rel, data)
        rels.append(rel)
    return time.perf_counter() - began, rels
