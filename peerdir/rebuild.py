"""Update a site being served from what changed, in two steps: the pages at once, then the other outputs.

`peerdir serve` builds the whole site once and keeps what that build knew (build.Kept). After an edit it reads
and checks only the files whose stamp changed, remakes only their listings in the model, plans every page (a
plan is cheap) and renders again only the pages whose plan changed or that read a part of the site that changed
(render.NotedSite notes what each page reads). That is a few pages for an edit to one listing of ten thousand,
written in place, so the edit shows within a second. The search data, exports and offline files depend on every
listing; `update_outputs` makes them next, one after another (the search data first), while the edited page is
already being served, and writes each as soon as it is made, only the files whose bytes changed. A group's
calendar depends on its own listing alone: those of the listings an edit did not touch are kept from one update
to the next (Kept.calendars); so is the search index while no document's searchable words change (Kept.index),
as with an edit to a phone number or the date a listing was checked.
When both steps are done, the folder holds exactly what a whole build of the same sources writes, byte for byte
(tests/test_rebuild.py proves it). A change to site.yaml, the theme or the day calls for a whole build instead.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import fields
from pathlib import Path

from peerdir.build import KEPT_OFFLINE, OUTPUTS, BuildOptions, BuildResult, Kept, output_files
from peerdir.collector import collector_paused
from peerdir.model import urls
from peerdir.model.site import Site
from peerdir.output import fingerprint, remove_file, replace_file
from peerdir.outputs.offline import offline_files
from peerdir.outputs.records import Content
from peerdir.pages.plan import Page, plan_pages
from peerdir.pages.render import make_environment, render_pages, theme_dirs
from peerdir.sources.load import build_date, load_site
from peerdir.sources.readers import CONFIG_FILE

# What a page can read of the site (render.NotedSite); the other languages' models are compared one by one.
SITE_PARTS = tuple(part.name for part in fields(Site) if part.name != "translations")


def settings_stamp(site_dir: Path, options: BuildOptions) -> tuple:
    """Everything that, when it changes, calls for a whole build: site.yaml, every theme file, the day and the
    options. Listing files and guides are not in it: an update reads them."""
    files = [site_dir / CONFIG_FILE] + [p for folder in theme_dirs(site_dir) for p in sorted(folder.rglob("*")) if p.is_file()]
    stamps = []
    for path in files:
        try:
            info = path.stat()
        except OSError:
            continue
        stamps.append((path.as_posix(), info.st_mtime_ns, info.st_size, info.st_ino))
    return (tuple(stamps), options.today or build_date(), options.base_url, options.file_urls)


@collector_paused()  # with a model of ten thousand listings alive, one full collection took as long as the update
def update_pages(site_dir: Path, options: BuildOptions, kept: Kept, changed: set[Path]) -> tuple[BuildResult, Site]:
    """Render and write the pages an edit changed, and remove those it ended; raises ContentError, leaving the
    site as it was, when the sources have problems. `changed`: the files the watcher saw change."""
    started = time.perf_counter()
    out_dir = options.out_dir or site_dir / "site"
    assert kept.site is not None, "an update follows a whole build"
    kept.reuse.forget(_rels(site_dir, changed))
    phases: dict[str, float] = {}
    site = load_site(site_dir, options.today, options.base_url, options.file_urls, phases, kept.reuse)

    planned = time.perf_counter()
    # Each language's pages, by address with its prefix (es/...), as Kept holds them, against the same language before.
    languages = list(zip((site, *site.translations), (kept.site, *kept.site.translations)))
    pages: dict[str, Page] = {}
    stale: list[tuple[Site, list[Page]]] = []
    for now, before in languages:
        planned_pages = plan_pages(now)
        changed_parts = {name for name in SITE_PARTS if getattr(now, name) != getattr(before, name)}
        pages.update((now.prefix + page.url, page) for page in planned_pages)
        stale.append((now, [page for page in planned_pages if _stale(
            page, kept.pages.get(now.prefix + page.url), kept.reads.get(now.prefix + page.url), changed_parts)]))
    phases["plan"] = time.perf_counter() - planned

    rendered = time.perf_counter()
    reads: dict[str, frozenset[str]] = {}
    env = make_environment(site_dir)
    made = [file for now, its_stale in stale for file in render_pages(env, now, its_stale, options.file_urls, reads=reads)]  # all, or a problem
    for rel, html in made:
        replace_file(out_dir, rel, html)
        kept.written[rel] = fingerprint(html)
    for url in [url for url in kept.pages if url not in pages]:
        remove_file(out_dir, urls.output_path(url))
        kept.written.pop(urls.output_path(url), None)
        kept.reads.pop(url, None)
    kept.reads.update(reads)
    kept.site, kept.pages = site, pages
    phases["render and write"] = time.perf_counter() - rendered
    result = BuildResult(out_dir, sum(urls.is_page(url) for url in pages), len(made), len(site.listings), len(site.guides),
                         time.perf_counter() - started, phases, rendered=len(made))  # fmt: skip
    return result, site


def _rels(site_dir: Path, paths: set[Path]) -> set[str]:
    """The changed files that still exist, as the site's problems name them (relative, with /)."""
    root, rels = site_dir.resolve(), set()
    for path in paths:
        try:
            rels.add(path.resolve().relative_to(root).as_posix())
        except (OSError, ValueError):
            continue  # removed, or outside the site
    return rels


def _stale(page: Page, before: Page | None, read: frozenset[str] | None, changed_parts: set[str]) -> bool:
    """Whether a page must be rendered again. Listings the edit left alone are the very same objects as before
    (model/site.py), so comparing plans costs little; a page that read no changed part of the site and whose plan
    is equal renders the same bytes."""
    return before is None or read is None or bool(read & changed_parts) or page != before


def update_outputs(out_dir: Path, options: BuildOptions, kept: Kept, site: Site, wanted: Callable[[], bool],
                   lock: AbstractContextManager = nullcontext()) -> bool:
    """After update_pages: make the other outputs from the updated model (see _make_outputs) and write each in
    place under `lock` as soon as it is made, then remove what none of them made this time. False if `wanted`
    said that a newer edit has made this work out of date (what is written by then is rewritten by its update).

    The collector leaves what is alive now (the model) alone meanwhile, as in a whole build: rescanning ten
    thousand listings again and again made the search data take 14 s instead of 8."""
    with lock:
        pages, written = list(kept.pages), dict(kept.written)
    gc.freeze()
    try:
        made: set[str] = set()
        for files, prints in _make_outputs(options, kept, site, pages, written, wanted):
            with lock:
                if not wanted():
                    return False
                _write_outputs(out_dir, kept, files, prints)
                made.update(files)
        with lock:
            if not wanted():
                return False
            _remove_unmade(out_dir, kept, made)
        return True
    finally:
        gc.unfreeze()


def _make_outputs(options: BuildOptions, kept: Kept, site: Site, pages: list[str], written: dict[str, tuple[int, str]],
                  wanted: Callable[[], bool]) -> Iterator[tuple[dict[str, Content], dict[str, tuple[int, str]]]]:
    """Every output other than the pages, made from the updated model, its pages' addresses and the files
    written for them (Kept.pages and Kept.written, as they were after the update), and what the outputs kept the
    update before (Kept.calendars, Kept.index): each output's files as soon
    as it is made, the search data first, so that the edit is found by search while the exports are still being
    made; then the offline files, which list all of them. Stops early when `wanted` says, between outputs, that
    a newer edit has made this work out of date."""
    page_urls = [url for url in pages if urls.in_sitemap(url)]
    offline = dict(written)  # what a device keeps, as in a whole build
    for name in OUTPUTS:
        if not wanted():
            return
        files = output_files(name, site, page_urls, kept)
        prints = {rel: fingerprint(data) for rel, data in files.items()}
        if name in KEPT_OFFLINE:
            offline.update(prints)
        yield files, prints
    if not options.file_urls and wanted():
        files = offline_files(site, offline)
        yield files, {rel: fingerprint(data) for rel, data in files.items()}


def _write_outputs(out_dir: Path, kept: Kept, files: dict[str, Content], prints: dict[str, tuple[int, str]]) -> None:
    """Write the output files whose bytes changed (by their fingerprints)."""
    for rel, data in files.items():
        if kept.outputs.get(rel) != prints[rel]:
            replace_file(out_dir, rel, data)
            kept.outputs[rel] = prints[rel]


def _remove_unmade(out_dir: Path, kept: Kept, made: set[str]) -> None:
    """Once every output was made again: remove the files none of them made this time."""
    for rel in [rel for rel in kept.outputs if rel not in made]:
        remove_file(out_dir, rel)
        del kept.outputs[rel]
