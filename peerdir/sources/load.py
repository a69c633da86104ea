"""Read and check every source, and build the site model: the first half of every command.

`peerdir check` stops here; `build`, `serve`, `stale` and `links` go on from the
model. Nothing here imports an output (pages, search, calendars, exports), so
checking a site loads only what checking needs.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path


from peerdir import workers
from peerdir.collector import collector_paused
from peerdir.model.markup import guide_html, markdown_problems
from peerdir.model.site import Listing, Site, ValidGuide, ValidListing, build_site, listing_maker
from peerdir.model.urls import Linker
from peerdir.problems import ContentError, Problem
from peerdir.sources import readers
from peerdir.sources.config import SiteConfig
from peerdir.sources.fieldtypes import SLUG, slug_for
from peerdir.sources.schema import GuideFront, type_of_fields
from peerdir.sources.strings import crisis_words, load_strings
from peerdir.sources.validation import Vocabularies, as_listed, validate
from peerdir.sources.yamlfile import FileProblem, YamlDoc


def build_date() -> date:
    """Today, or the date SOURCE_DATE_EPOCH names, so a build can be reproduced exactly."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return datetime.fromtimestamp(int(epoch), tz=timezone.utc).date()
    return date.today()


def load_settings(site_dir: Path, base_url: str | None = None) -> tuple[SiteConfig, dict[str, str], YamlDoc]:
    """site.yaml and the theme's texts, checked: all that vocabularies and wording need."""
    try:
        config_doc = readers.read_config(site_dir)
    except FileProblem as exc:
        raise ContentError([exc.problem]) from None
    if base_url is not None and isinstance(config_doc.data, dict):
        config_doc.data["base_url"] = base_url
    config, problems = validate(SiteConfig, config_doc, readers.CONFIG_FILE)
    if config is None:
        raise ContentError(problems)
    strings, problems = load_strings(config.language, config.strings, config_doc, site_dir)
    if problems:
        raise ContentError(problems)
    return config, strings, config_doc


Stamp = tuple[int, int, int]  # a file's modification time, size and inode: changed when the file is


@dataclass
class Reuse:
    """What `peerdir serve` keeps from one build to the next while site.yaml and the theme stay the same: each
    listing file's checked data, by its stamp, and the model's listing made from it. An edit to one listing of
    ten thousand then reads, checks and models that one file again. Files the watcher reports as changed are
    forgotten whatever their stamp, since a quick second save can leave the stamp as it was."""

    checked: dict[str, tuple[Stamp, ValidListing | None, list[Problem]]] = field(default_factory=dict)
    made: dict[str, tuple[ValidListing, Listing]] = field(default_factory=dict)
    made_in: dict[str, dict[str, tuple[ValidListing, Listing]]] = field(default_factory=dict)  # by translation

    def forget(self, rels: set[str]) -> None:
        for rel in rels:
            self.checked.pop(rel, None)


@collector_paused()  # the model is tens of thousands of objects, with few cycles and none to free
def load_site(
    site_dir: Path,
    today: date | None = None,
    base_url: str | None = None,
    file_urls: bool = False,
    phases: dict[str, float] | None = None,
    reuse: Reuse | None = None,
    on_found: Callable[[int], None] | None = None,
    on_read: Callable[[int], None] | None = None,
) -> Site:
    """Read and check everything, and build the site model; raises ContentError with every problem found.
    `on_found` is told how many listing files there are, before they are read, and `on_read` how many more have
    been read as they are (in any process): at 100,000 files, reading them takes half a minute."""
    started = time.perf_counter()
    today = today or build_date()
    config, strings, config_doc = load_settings(site_dir, base_url)
    shown = config.in_language(config.language)  # the settings as the main language's pages show them
    problems: list[Problem] = []
    vocab = Vocabularies.from_config(config)

    sources, found_problems = readers.find_listings(site_dir)
    problems += found_problems
    if on_found:
        on_found(len(sources))
    valid: list[ValidListing] = []
    first_by_slug: dict[str, str] = {}
    made = reuse.made if reuse is not None else {}
    # A whole read (a build, or serve's first) in workers where they pay; serve's later ones file by file, by stamp.
    whole = reuse is None or not reuse.checked
    stamps = [_stamp(source) for source in sources] if whole and reuse is not None else None  # before reading
    checked = _check_in_workers(sources, vocab, listing_maker(shown, strings, today), on_read) if whole else None
    for index, source in enumerate(sources):
        if not SLUG.match(source.slug):
            problems.append(
                Problem(source.rel, 1, 1, "", f"file names become web addresses; rename it to {slug_for(source.slug) or 'a-name'}{source.path.suffix}")
            )
        elif source.slug in first_by_slug:
            problems.append(
                Problem(source.rel, 1, 1, "", f"another listing already uses the name '{source.slug}' ({first_by_slug[source.slug]}); rename one of the files")
            )
        else:
            first_by_slug[source.slug] = source.rel
        if checked is None:
            item, found = _checked_listing(source, vocab, reuse)
            if on_read:
                on_read(1)
        else:
            item, found, listing = checked[index]
            if listing is not None:
                made[source.rel] = (item, listing)
            if stamps and stamps[index] is not None:
                reuse.checked[source.rel] = (stamps[index], item, found)  # type: ignore[union-attr]
        problems += found
        if item is not None:
            valid.append(item)

    if reuse is not None:  # forget the files that are gone
        for rel in set(reuse.checked) - {source.rel for source in sources}:
            del reuse.checked[rel]

    guide_sources, found_problems = readers.find_guides(site_dir)
    problems += found_problems
    known = {source.rel for source in sources} | {source.rel for source in guide_sources}
    guides, found_problems = _checked_guides(guide_sources, vocab, known)
    problems += found_problems
    translated: dict[str, tuple[dict[str, str], list[ValidGuide]]] = {}  # language -> its texts and guides
    for code in config.translations:
        texts, found_problems = load_strings(code, {}, config_doc, site_dir, as_listed(config_doc.data, ("translations", code)))
        problems += found_problems
        found_sources, found_problems = readers.find_guides(site_dir, code)
        problems += found_problems
        found_guides, found_problems = _checked_guides(found_sources, vocab, known)
        problems += found_problems
        own = {guide.raw.source.slug for guide in found_guides}
        translated[code] = (texts, found_guides + [guide for guide in guides if guide.raw.source.slug not in own])
    guide_slugs = {source.slug for source in guide_sources}
    for index, slug in enumerate(config.featured_guides):
        if slug not in guide_slugs:
            line, column = config_doc.where(("featured_guides", index))
            problems.append(
                Problem(readers.CONFIG_FILE, line, column, f"featured_guides[{index}]", f"there is no guide content/{slug}.md")
            )
    if problems:
        raise ContentError(problems)
    modelled = time.perf_counter()
    site = build_site(shown, strings, today, valid, guides, Linker(file_urls=file_urls), made)
    for code, (texts, language_guides) in translated.items():  # the same site in each other language
        made_in = reuse.made_in.setdefault(code, {}) if reuse is not None else None
        site.translations.append(build_site(config.in_language(code), texts, today, valid, language_guides, Linker(file_urls=file_urls), made_in, language=code,
                                            originals=site.listings))
    languages = [site, *site.translations]
    for language in languages:  # each page's language first
        language.crisis_words = crisis_words({other.language: other.strings for other in sorted(languages, key=lambda o: o is not language)})
    if phases is not None:
        phases["read and validate"] = modelled - started
        phases["model"] = time.perf_counter() - modelled
    return site


def _checked_guides(guide_sources: list[readers.GuideSource], vocab: Vocabularies, known: set[str]) -> tuple[list[ValidGuide], list[Problem]]:
    """Guides read and checked, with every problem: front matter, Markdown that would not show, broken links.
    A guide's links to other guides and listings are written as from content/, in every language."""
    guides: list[ValidGuide] = []
    problems: list[Problem] = []
    for source in guide_sources:
        if not SLUG.match(source.slug):
            problems.append(Problem(source.rel, 1, 1, "", f"file names become web addresses; rename it to {slug_for(source.slug)}.md"))
        try:
            raw = readers.read_guide(source)
        except FileProblem as exc:
            problems.append(exc.problem)
            continue
        front, found = validate(GuideFront, raw.front, source.rel, vocab)
        problems += found
        problems += [Problem(source.rel, raw.body_line + line - 1, 1, "", message) for line, message in markdown_problems(raw.body)]
        problems += [_broken_link(raw, href) for href in guide_html(raw.body, "content", lambda target: "" if target in known else None).broken_links]
        if front is not None:
            guides.append(ValidGuide(raw, front))
    return guides, problems


Checked = tuple["ValidListing | None", list[Problem], "Listing | None"]  # a listing file: data, problems, model's listing


def _check_in_workers(sources: list[readers.ListingSource], vocab: Vocabularies, make: Callable[[ValidListing], Listing],
                      on_read: Callable[[int], None] | None = None) -> list[Checked] | None:
    """Each listing file read, checked and made into the model's listing, in worker processes on the other
    cores and here (reading, checking and converting Markdown take most of a large build's first half); None
    where workers would not pay (workers.py), and the files are then read one by one. The model's listings made
    from files that turn out fine are used as they are (build_site's `made`); with a problem anywhere, none is.
    The files are shared out in small chunks by Claims, so that all end within a chunk of each other: a pool's
    queue gave its worker two chunks ahead, which this process then waited for (a second of five at 10,000).
    A worker sends each chunk's listings as soon as it has made them, and this process takes them in between its
    own chunks: sent all at once at the end, their copying (a tenth of the work at 10,000 listings) was done
    while the other process waited."""
    spare = workers.cores() - 1
    if not workers.pays(len(sources), spare):
        return None
    size = max(1, -(-len(sources) // (workers.cores() * 32)))  # about a tenth of a second each
    chunks = [range(start, min(start + size, len(sources))) for start in range(0, len(sources), size)]
    claims = workers.Claims(len(chunks))
    tally = workers.Tally() if on_read else None  # the files the workers have read
    sent = multiprocessing.get_context("fork").Queue()  # (chunk, its results), from the workers
    pool = workers.fork_pool(len(sources), spare, (sources, vocab, make, chunks, claims, tally, sent))
    assert pool is not None  # pays, above
    told = workers.Told(on_read, tally) if on_read else None  # the files read, in every process
    done: dict[int, list[Checked]] = {}
    try:
        drains = [pool.submit(_send_checked_chunks) for _ in range(spare)]
        for index in claims.taken(front=False):  # this process from the back while the workers take the front
            done[index] = _check_and_make(chunks[index])
            if told:
                told.add(len(chunks[index]))
            while not sent.empty():
                done.update([sent.get()])
        for drain in drains:
            drain.result()  # a worker's failure is raised here
        while len(done) < len(chunks):
            done.update([sent.get()])
        if told:
            told.catch_up()  # the workers' last chunks
    finally:  # after Ctrl+C or a failure here, the workers finish the chunk they have begun, no more
        claims.close()
        pool.shutdown()
        sent.close()
    return [result for index in range(len(chunks)) for result in done[index]]


def _send_checked_chunks() -> None:
    """In a worker: chunks of the listing files, checked, made and sent to the parent, as long as one is left;
    each counted in the tally. Sent by the queue's own thread, so this one goes on to the next chunk meanwhile."""
    chunks, claims, tally, sent = workers.shared()[3:]
    sent.cancel_join_thread()  # a stopped build does not wait for the parent to take what it will not use
    for index in claims.taken(front=True):
        sent.put((index, _check_and_make(chunks[index])))
        if tally:
            tally.add(len(chunks[index]))


def _check_and_make(indexes: range) -> list[Checked]:
    """Some of the listing files, checked and made: all read, then all checked, then all made, which took a
    fifth less time than doing all three to each file in turn (at 10,000 listings in one process, about 6 s
    against 7.5), as each step's code and data (libyaml; pydantic; Python-Markdown and nh3) stay in the
    processor's caches."""
    sources, vocab, make = workers.shared()[:3]
    read = [_read_listing(sources[index]) for index in indexes]
    checked = [_checked(sources[index], doc, vocab) for index, doc in zip(indexes, read)]
    return [(item, problems, make(item) if item is not None else None) for item, problems in checked]


def _checked_listing(source: readers.ListingSource, vocab: Vocabularies, reuse: Reuse | None) -> tuple[ValidListing | None, list[Problem]]:
    """A listing file read and checked, or as it was last time if its stamp is the same."""
    if reuse is None:
        return _check_listing(source, vocab)
    stamp = _stamp(source)
    if stamp is None:
        return _check_listing(source, vocab)  # gone since it was found: reading it says so
    kept = reuse.checked.get(source.rel)
    if kept and kept[0] == stamp:
        return kept[1], kept[2]
    item, problems = _check_listing(source, vocab)
    reuse.checked[source.rel] = (stamp, item, problems)
    return item, problems


def _stamp(source: readers.ListingSource) -> Stamp | None:
    try:
        info = source.path.stat()
    except OSError:
        return None
    return (info.st_mtime_ns, info.st_size, info.st_ino)


def _check_listing(source: readers.ListingSource, vocab: Vocabularies) -> tuple[ValidListing | None, list[Problem]]:
    return _checked(source, _read_listing(source), vocab)


def _read_listing(source: readers.ListingSource) -> YamlDoc | Problem:
    try:
        return readers.read_listing(source)
    except FileProblem as exc:
        return exc.problem


def _checked(source: readers.ListingSource, doc: YamlDoc | Problem, vocab: Vocabularies) -> tuple[ValidListing | None, list[Problem]]:
    """A listing file's data checked against its type's schema, or the problem that stopped it being read."""
    if isinstance(doc, Problem):
        return None, [doc]
    data, found = validate(source.type.schema, doc, source.rel, vocab)
    if data is None and (moved := _of_another_type(source, doc, vocab)):
        return None, [moved]
    return (ValidListing(source, data) if data is not None else None), found


def _of_another_type(source: readers.ListingSource, doc: YamlDoc, vocab: Vocabularies) -> Problem | None:
    """A listing written whole as another type is ('kind' and 'hours' in listings/groups/: a helpline, and a valid
    one: a group that says 'hours' for its meetings is no helpline), told to move to that type's folder, in place
    of a problem for each field its own type does not have."""
    found = type_of_fields(doc.data) if isinstance(doc.data, dict) else None
    if found is None or found[0] is source.type or validate(found[0].schema, doc, source.rel, vocab)[0] is None:
        return None
    other, own = found
    return Problem(source.rel, 1, 1, "", f"this is written as a {other.id} ({', '.join(own)}), not a {source.type.id}: "
                                         f"move it to listings/{other.folder}/")


def _broken_link(raw: readers.RawGuide, href: str) -> Problem:
    """A link in a guide to a guide or listing file that does not exist, located on its line."""
    line, column = raw.body_line, 1
    for number, text in enumerate(raw.body.splitlines()):
        found = text.find(f"]({href}")
        if found >= 0:
            line, column = raw.body_line + number, found + 3
            break
    return Problem(
        raw.source.rel,
        line,
        column,
        "",
        f"the link '{href}' points to no guide or listing; link to a file such as other-guide.md or ../listings/groups/name.yaml",
    )
