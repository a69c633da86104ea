"""Build a site, top to bottom: read, validate, model, plan, render, write.

Every problem in every file is gathered before anything is written; if there is
one, the build stops and the previous output stays exactly as it was.
"""

from __future__ import annotations

import gc
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Any

import jinja2

from peerdir import workers
from peerdir.collector import collector_paused
from peerdir.model.site import Listing, Site, urls
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
from peerdir.problems import Problem, UsageError
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
    sizes: dict[str, int] = field(default_factory=dict)  # bytes as GitHub Pages counts them, by each path's first part
    notes: list[Problem] = field(default_factory=list)  # what check says without refusing (Site.notes)


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
    calendars: dict[int, tuple[Listing, bytes]] = field(default_factory=dict)  # outputs/calendars.calendar_files
    index: dict[str, tuple[bytes, dict[str, str]]] = field(default_factory=dict)  # search/index.search_files


def build(
    site_dir: Path,
    options: BuildOptions,
    on_step: Callable[[str, int], None] | None = None,
    on_done: Callable[[int], None] | None = None,
    kept: Kept | None = None,
    pages_only: bool = False,
) -> BuildResult:
    """A whole build. With `kept` (from `peerdir serve`), it also keeps what the next update needs; `pages_only`
    (serve's whole builds) swaps in the pages and theme files alone, on every core, for the caller to make the
    other outputs in place next (rebuild.update_outputs), as after an edit: at 10,000 listings the pages are
    served in about half the time the whole site takes. `on_step` is
    told as each step begins, with how many things it covers (READING files, PAGES, then FINISHING), and
    `on_done` how many more of them are done, in any process: at 100,000 listings, reading takes a fifth of the
    build and the exports made after the pages half, so a command that showed only the pages would seem stuck
    for most of it."""
    started = time.perf_counter()
    out_dir = options.out_dir or site_dir / "site"
    check_output_dir(out_dir, site_dir)
    if options.base_url is not None and not re.match(r"^https?://[^\s/]+(/\S*)?$", options.base_url):
        raise UsageError(f"--base-url '{options.base_url}' is not a web address; write it like https://org.github.io/directory/")
    phases: dict[str, float] = {}
    found = (lambda count: on_step(READING, count)) if on_step else None
    # The model, then its pages and their lists: objects by the million and no cycles (9.9 s of the collector's
    # passes over the model at 100,000 listings when planning ran it), kept to the end, so frozen before the
    # collector runs again: its first pass would scan every one of them (0.3 s at 10,000 listings). The few cycles
    # left meanwhile are kept with them (a closure of Python-Markdown's for each description: 4 MB at 10,000).
    with collector_paused():
        site = load_site(site_dir, options.today, options.base_url, options.file_urls, phases, kept.reuse if kept else None,
                         found, on_done)
        planned = time.perf_counter()
        planned_in = [(language, plan_pages(language)) for language in (site, *site.translations)]  # the main one first
        assets = static_files(site_dir)
        phases["plan"] = time.perf_counter() - planned
        if on_step:
            on_step(PAGES, sum(len(pages) for _, pages in planned_in))

        env = make_environment(site_dir)
        staged = StagedOutput(out_dir)
        page_urls = [language.prefix + p.url for language, pages in planned_in for p in pages if urls.in_sitemap(p.url)]
        gc.freeze()  # the model lives until the end: the collector need not rescan it (nor a forked worker copy it)
    spare = min(workers.cores() - 1, len(OUTPUTS))  # worker processes, on the cores this one leaves spare
    count = workers.within_memory(spare, options.memory_mb)  # as many as the memory allows
    large = workers.pays(len(site.listings), spare)  # large enough for workers, on a machine with cores to spare
    held_back = spare - count if large else 0
    work = _Work(site, page_urls, staged, env, () if pages_only else tuple(OUTPUTS), _page_shares(planned_in, count + 1),
                 options.file_urls, keep_reads=kept is not None)
    if large and count:
        work.claims, work.tally = workers.Claims(work.jobs), workers.Tally()
    pool = workers.fork_pool(len(site.listings), count, work) if work.claims else None
    try:
        # Every output other than pages is made from the model alone, and the pages a share at a time: with cores
        # to spare, worker processes take them from the front (the outputs first) and this one from the back (the
        # pages first), each writing what it makes; then the workers' files are counted here.
        drains = [pool.submit(_worker_jobs) for _ in range(count)] if pool else []
        reads = kept.reads if kept else None
        jobs = work.claims.taken(front=False) if work.claims else [*range(len(work.outputs), work.jobs), *range(len(work.outputs))]
        told = workers.Told(on_done, work.tally) if on_done else None  # the pages rendered, in every process
        if on_step:
            jobs = _told_finishing(jobs, len(work.outputs), lambda: on_step(FINISHING, 0))
        made = [_done(work, job, told.add if told else None, reads) for job in jobs]
        for drain in drains:
            for one in drain.result():
                made.append(one)
                staged.adopt(one.files)
                if reads is not None:
                    reads.update(one.reads)
        if told:
            told.catch_up()  # the pages the workers rendered after this process's last
        copied = time.perf_counter()
        for rel, source in assets.items():
            staged.copy(rel, source)
        files_of: dict[str, list[str]] = {PAGES: list(assets)}  # each output's files, the pages' with the theme's
        seconds = dict.fromkeys((PAGES, *work.outputs), 0.0)
        seconds[PAGES] = time.perf_counter() - copied
        for one in made:  # each job's seconds, in whichever process made it
            files_of.setdefault(one.name, []).extend(one.files)
            seconds[one.name] += one.seconds
        phases.update(seconds)
        written = {rel: staged.written[rel] for rel in files_of[PAGES]}
        if not options.file_urls and not pages_only:  # last, since they list what was written; file:// runs no service worker
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
        if pool and work.claims:
            work.claims.close()
            pool.shutdown()
        gc.unfreeze()
    return BuildResult(
        out_dir=out_dir,
        pages=sum(urls.is_page(page.url) for _, pages in planned_in for page in pages),
        files=staged.count,
        listings=len(site.listings),
        guides=len(site.guides),
        notes=site.notes,
        seconds=time.perf_counter() - started,
        phases=phases,
        sizes=_sizes(staged.written),
        held_back=held_back,
    )


def _told_finishing(jobs: Iterable[int], outputs: int, tell: Callable[[], None]) -> Iterator[int]:
    """This process's jobs, telling once it has rendered its last page: when it turns to an output (the jobs
    numbered below `outputs`), or has none left and waits for the workers' (the pages come first in its jobs)."""
    told = False
    for job in jobs:
        if job < outputs and not told:
            tell()
            told = True
        yield job
    if not told:
        tell()


TAR_BLOCK = 512  # bytes: a tar's unit, in which it stores each header and each file
CALENDAR_FILES = "calendars (.ics)"
EXPORT_PARTS = ("api/", "hsds/", CALENDAR_FILES)  # among BuildResult.sizes, what site.yaml's exports: can leave out


def _sizes(written: dict[str, tuple[int, str]]) -> dict[str, int]:
    """What each top-level folder (with its slash) or file, and the calendars wherever they are (CALENDAR_FILES),
    add to the tar that GitHub Pages publishes, largest first: what makes a site big. actions/upload-pages-artifact
    packs the site as one tar, with a header of 512 bytes for each file and folder and each file padded to 512,
    which at 100,000 listings (a folder, a page and a calendar each) counts about 180 MB above the files' own bytes."""
    sizes: dict[str, int] = {}
    folders: set[str] = set()
    for rel, (size, _) in written.items():
        top = CALENDAR_FILES if rel.endswith(".ics") else rel.split("/", 1)[0] + ("/" if "/" in rel else "")
        sizes[top] = sizes.get(top, 0) + TAR_BLOCK + -(-size // TAR_BLOCK) * TAR_BLOCK
        folder = rel.rpartition("/")[0]
        while folder and folder not in folders:
            folders.add(folder)
            folder = folder.rpartition("/")[0]
    for folder in folders:
        top = folder.split("/", 1)[0] + "/"
        sizes[top] += TAR_BLOCK
    return dict(sorted(sizes.items(), key=lambda item: (-item[1], item[0])))


# In this order the workers take them from the front, and then the shares of pages; this process takes the pages
# from the back (Claims), and then these. So with one worker at 10,000 listings: the search data and then HSDS
# there, the pages, the calendars and then the API here, which ends both at about the same time; with no exports,
# the worker renders pages once the search data is made. `peerdir serve` makes them in this order too, so that
# search finds an edit first.
# Each is given the model, its pages' addresses, and under `peerdir serve` what the update before kept (None in a
# whole build, which makes everything once).
OUTPUTS: dict[str, Callable[[Site, list[str], "Kept | None"], Iterable[tuple[str, Content]]]] = {  # each output's files, as made
    "search index": lambda site, page_urls, kept: (
        (other.prefix + rel, data) for other in (site, *site.translations)
        for rel, data in search_files(other, kept.index if kept else None).items()
    ),
    "hsds": lambda site, page_urls, kept: hsds_files(site).items() if "hsds" in site.config.exports else (),
    "api, feeds and schemas": lambda site, page_urls, kept: [
        *(api_files(site).items() if "api" in site.config.exports else ()), *feed_files(site, page_urls).items(),
        *schema_files(site.config).items(),
    ],
    # One at a time: the calendars of 100,000 listings are 60,000 files, 83 MB held together.
    "calendars": lambda site, page_urls, kept: (
        calendar_files(site, kept.calendars if kept else None) if "calendars" in site.config.exports else ()
    ),
}


# The outputs a device keeps with the pages and theme files, when someone chooses to keep the directory
# (outputs/offline.py): the others (API, HSDS, calendars, feeds, schemas) are for other systems and stay online.
KEPT_OFFLINE = ("search index",)


def output_files(name: str, site: Site, page_urls: list[str], kept: Kept) -> dict[str, Content]:
    """An output's files, all made, each in bytes or a list of pieces (for `peerdir serve`, which fingerprints
    them to compare with the files it wrote before, then writes those that changed)."""
    return {rel: data if isinstance(data, (bytes, list)) else list(data) for rel, data in OUTPUTS[name](site, page_urls, kept)}


PAGES = "render and write"  # the phase of the pages, in jobs as the outputs are; and the step (on_step)
READING = "read and validate"  # the step of reading the listing files (on_step, with how many were found)
FINISHING = "finishing"  # the step after this process's last page: the other outputs, here or in workers
SHARES_PER_PROCESS = 8  # the pages in this many jobs for each process making them, so that all end close together


@dataclass
class _Work:
    """What the build's processes share (forked, so not copied): the model, the planned pages in shares, and the
    folder every process writes into; and, for a build with workers, which jobs are taken. Jobs are numbered as
    `outputs` (OUTPUTS, or none), then the shares of pages."""

    site: Site
    page_urls: list[str]
    staged: StagedOutput
    env: jinja2.Environment
    outputs: tuple[str, ...]  # the names of the outputs this build makes besides the pages
    shares: list[tuple[Site, list[Page]]]  # each with the model of its language
    file_urls: bool
    keep_reads: bool  # note what each page reads, for `peerdir serve` (rebuild.py)
    claims: workers.Claims | None = None
    tally: workers.Tally | None = None  # the pages the workers have rendered
    made: dict[str, dict] = field(default_factory=dict)  # the parts of pages rendered once (render_pages), of the language this process renders

    @property
    def jobs(self) -> int:
        return len(self.outputs) + len(self.shares)


@dataclass
class _Made:
    """A job done: its output's name (PAGES for a share of pages), seconds, files' fingerprints; and for pages,
    when kept, what each read."""

    name: str
    seconds: float
    files: dict[str, tuple[int, str]]
    reads: dict[str, frozenset[str]] = field(default_factory=dict)


def _page_shares(planned_in: list[tuple[Site, list[Page]]], processes: int) -> list[tuple[Site, list[Page]]]:
    """The pages of every language in about SHARES_PER_PROCESS jobs for each process, in order: small enough that
    the processes making them end within a share of one another, and few enough that each rendering them keeps
    its cards and headers for most of its pages."""
    total = sum(len(pages) for _, pages in planned_in)
    size = max(1, -(-total // (processes * SHARES_PER_PROCESS)))
    return [(language, pages[at : at + size]) for language, pages in planned_in for at in range(0, len(pages), size)]


def _done(work: _Work, job: int, on_page: Callable[[], None] | None, reads: dict[str, frozenset[str]] | None) -> _Made:
    """One job made and written, each file as soon as it is made (none is held once written: held, the search
    files of 100,000 listings took 100 MB while HSDS was made)."""
    began, names = time.perf_counter(), work.outputs
    if job < len(names):
        work.made.clear()  # a process renders no pages after an output (Claims), so their parts can go
        name, made = names[job], OUTPUTS[names[job]](work.site, work.page_urls, None)
    else:
        language, pages = work.shares[job - len(names)]
        if language.prefix not in work.made:  # nor another language's pages once it has begun the next one's
            work.made = {language.prefix: {}}
        name = PAGES
        made = render_pages(work.env, language, pages, work.file_urls, on_page, reads, work.made[language.prefix])
    rels = []
    for batch in _batches(made, PAGES_AT_ONCE if name == PAGES else 1):
        for rel, data in batch:
            work.staged.write(rel, data)
            rels.append(rel)
    return _Made(name, time.perf_counter() - began, {rel: work.staged.written[rel] for rel in rels})


# Pages are rendered this many at a time, then written: rendering each and writing it in turn took an eighth more
# time (the file system's code evicting Jinja's from the processor's caches; 1.15 s against 1.0 for 3,000 listing
# pages, alternated), and 200 pages are a megabyte or two. Other outputs are written as each file is made.
PAGES_AT_ONCE = 200


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _worker_jobs() -> list[_Made]:
    """In a forked worker: jobs, as long as one is left to take, from the front; a failure stops every process
    taking more, and is raised in the parent."""
    work: _Work = workers.shared()
    done = []
    try:
        for job in work.claims.taken(front=True):  # type: ignore[union-attr]
            reads: dict[str, frozenset[str]] | None = {} if work.keep_reads else None
            done.append(_done(work, job, work.tally.add if work.tally else None, reads))
            done[-1].reads = reads or {}
    except BaseException:
        work.claims.close()  # type: ignore[union-attr]
        raise
    return done
