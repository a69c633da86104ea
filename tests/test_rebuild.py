"""An update under `peerdir serve` (rebuild.py) writes exactly what a whole build of the same sources writes,
after adding, editing, renaming and deleting listings and guides, and renders only the pages a change touched."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import BUILD_DATE, files_under, needs_a_spare_core

from peerdir.build import OUTPUTS, BuildOptions, Kept, build
from peerdir.problems import ContentError
from peerdir.rebuild import settings_stamp, update_outputs, update_pages


def tree(root: Path) -> tuple[dict[str, bytes], list[str]]:
    """Every file with its bytes, and every folder (an update must not leave an empty one behind)."""
    return files_under(root), sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_dir())


class Served:
    """A site built whole once, then updated after each change, as `peerdir serve` does (without the watcher)."""

    def __init__(self, site: Path, work: Path):
        self.site, self.work = site, work
        self.options = BuildOptions(out_dir=work / "served", today=BUILD_DATE)
        self.kept = Kept(settings=settings_stamp(site, self.options))
        self.total = build(site, self.options, kept=self.kept, pages_only=True).pages  # as serve: the pages first
        assert update_outputs(self.options.out_dir, self.options, self.kept, self.kept.site, lambda: True)

    def update(self, *changed: Path) -> int:
        """Pages first, then the other outputs; returns how many pages were rendered again."""
        assert self.kept.settings == settings_stamp(self.site, self.options), "only listings and guides changed"
        result, model = update_pages(self.site, self.options, self.kept, set(changed))
        assert update_outputs(self.options.out_dir, self.options, self.kept, model, lambda: True)
        return result.rendered

    def same_as_a_whole_build(self) -> None:
        cold = self.work / "cold"
        build(self.site, BuildOptions(out_dir=cold, today=BUILD_DATE))
        served, whole = tree(self.options.out_dir), tree(cold)
        assert served[1] == whole[1], "the same folders"
        assert sorted(served[0]) == sorted(whole[0]), "the same files"
        assert [rel for rel in whole[0] if served[0][rel] != whole[0][rel]] == [], "the same bytes"


def paginated(site: Path, cards: int) -> Path:
    config = site / "site.yaml"
    config.write_text(config.read_text() + f"cards_per_page: {cards}\n")  # pages of lists, so that an edit shifts them
    return site


@pytest.fixture
def served_sample(sample_site: Path, tmp_path: Path) -> Served:
    return Served(paginated(sample_site, 4), tmp_path)


@pytest.fixture
def served(golden_site: Path, tmp_path: Path) -> Served:
    """The small golden site (quick to build whole after every change), its lists in pages of two cards."""
    return Served(paginated(golden_site, 2), tmp_path)


def test_serves_whole_build_swaps_in_the_pages_first_and_the_other_outputs_follow(golden_site: Path, tmp_path: Path) -> None:
    """`peerdir serve` shows a whole build's pages as soon as they are written, on every core, and makes the
    search data, exports and offline files next, in place, as after an edit: the folder then ends as `peerdir
    build` writes it."""
    options = BuildOptions(out_dir=tmp_path / "served", today=BUILD_DATE)
    kept = Kept(settings=settings_stamp(golden_site, options))
    result = build(golden_site, options, kept=kept, pages_only=True)
    out = options.out_dir
    assert (out / "groups/old-town-anxiety-group/index.html").is_file() and (out / "static/peerdir.css").is_file()
    assert (out / "search/index.html").is_file()  # the search page, but not yet its data
    assert not [p for p in ("search/data", "api", "hsds", "keep-files.json", "sitemap.xml") if (out / p).exists()]
    assert not list(out.rglob("*.ics")) and "search index" not in result.phases
    assert kept.site is not None and kept.outputs == {}
    assert update_outputs(out, options, kept, kept.site, lambda: True)
    build(golden_site, BuildOptions(out_dir=tmp_path / "cold", today=BUILD_DATE))
    assert tree(out) == tree(tmp_path / "cold")


def test_an_edit_renders_few_pages_and_ends_where_a_whole_build_does(served_sample: Served) -> None:
    listing = served_sample.site / "listings/groups/lakeside-grief-cafe.yaml"
    listing.write_text(listing.read_text().replace("Lakeside Grief Café", "Lakeside Grief Café (Sundays)"))
    rendered = served_sample.update(listing)
    assert 1 <= rendered <= 30 < served_sample.total // 2, f"{rendered} of {served_sample.total} pages rendered again"
    assert "Lakeside Grief Café (Sundays)" in (served_sample.options.out_dir / "groups/lakeside-grief-cafe/index.html").read_text()
    served_sample.same_as_a_whole_build()

    assert served_sample.update(listing) == 0, "saved again unchanged: nothing to render"
    served_sample.same_as_a_whole_build()


def test_the_search_data_is_written_before_the_exports_are_made(served: Served, monkeypatch) -> None:
    """A person previewing an edit searches for it: the search data is written as soon as it is made, not after
    the calendars and exports, which take as long again in a large directory."""
    listing = served.site / "listings/groups/old-town-anxiety-group.yaml"
    listing.write_text(listing.read_text().replace("Old Town Anxiety Group", "Old Town Zebrafinch Group"))
    _, model = update_pages(served.site, served.options, served.kept, {listing})
    out, seen = served.options.out_dir, []

    def showing_the_edit() -> set[str]:
        return {rel.split("/")[0] for rel, data in files_under(out).items() if b"Zebrafinch" in data}

    for name in ("calendars", "hsds"):
        make = OUTPUTS[name]
        monkeypatch.setitem(OUTPUTS, name, lambda site, page_urls, kept, make=make: seen.append(showing_the_edit()) or make(site, page_urls, kept))
    assert update_outputs(out, served.options, served.kept, model, lambda: True)
    assert len(seen) == 2 and all("search" in found for found in seen), f"the search data is written first: {seen}"
    assert "api" not in seen[0] and "api" in seen[1], f"and each output as it is made: {seen}"
    assert {"search", "api", "groups"} <= showing_the_edit()
    served.same_as_a_whole_build()


def test_an_edit_makes_again_only_its_own_calendar(served: Served, monkeypatch) -> None:
    """The outputs after serve's whole build make every group's calendar and keep them; an update then makes only
    the edited group's, and none for a group deleted."""
    import peerdir.outputs.calendars as calendars

    made: list[str] = []
    make = calendars.calendar
    monkeypatch.setattr(calendars, "calendar", lambda site, item: made.append(item.slug) or make(site, item))
    groups = sorted(p.parent.name for p in served.options.out_dir.glob("groups/*/calendar.ics"))
    assert len(groups) > 1 and len(served.kept.calendars) == len(groups)
    listing = served.site / "listings/groups/old-town-anxiety-group.yaml"
    listing.write_text(listing.read_text().replace("Old Town Anxiety Group", "Old Town Heron Group"))
    served.update(listing)
    assert made == ["old-town-anxiety-group"]
    assert b"Old Town Heron Group" in (served.options.out_dir / "groups/old-town-anxiety-group/calendar.ics").read_bytes()
    served.same_as_a_whole_build()
    made.clear()
    other = served.site / "listings/groups/riverside-grief-cafe.yaml"
    other.unlink()  # a group gone: its calendar with it, and none made again
    served.update(other)
    assert made == [] and not (served.options.out_dir / "groups/riverside-grief-cafe").exists()
    assert len(served.kept.calendars) == len(groups) - 1
    served.same_as_a_whole_build()


def test_an_edit_that_changes_no_searchable_word_keeps_the_search_index(served: Served, monkeypatch) -> None:
    """The commonest edits (a listing checked again, a phone number put right) change no word search reads: the
    update then makes the result chunks again but not the index; an edit to a name makes the index again. Either
    way the folder ends as a whole build writes it."""
    import peerdir.search.index as index

    made: list[int] = []
    make = index.index_shards
    monkeypatch.setattr(index, "index_shards", lambda *args: made.append(1) or make(*args))
    assert set(served.kept.index) == {""}  # the site's one language, by its prefix
    warmline = served.site / "listings/helplines/fenwick-warmline.yaml"
    warmline.write_text(warmline.read_text().replace("1632 960003", "1632 960009").replace("2026-01-15", "2026-10-20"))
    served.update(warmline)
    assert made == [], "the index made again for words that did not change"
    assert "1632 960009" in "".join(p.read_text() for p in (served.options.out_dir / "search").rglob("docs-*.js"))
    served.same_as_a_whole_build()
    made.clear()  # the whole build made one
    warmline.write_text(warmline.read_text().replace("Fenwick Warmline", "Fenwick Heron Line"))
    served.update(warmline)
    assert made == [1]
    served.same_as_a_whole_build()


def test_outputs_cut_short_by_a_newer_edit_are_made_whole_by_its_update(served: Served) -> None:
    """Under serve, a newer edit stops the outputs of the one before between two outputs (wanted() turns false),
    leaving some written and some not; the newer edit's update then ends where a whole build does."""
    listing = served.site / "listings/groups/old-town-anxiety-group.yaml"
    text = listing.read_text()
    listing.write_text(text.replace("Old Town Anxiety Group", "Old Town Zebrafinch Group"))
    _, model = update_pages(served.site, served.options, served.kept, {listing})
    asked = []
    assert not update_outputs(served.options.out_dir, served.options, served.kept, model, lambda: asked.append(1) or len(asked) < 3)
    assert "Zebrafinch" in "".join(p.read_text() for p in (served.options.out_dir / "search").rglob("docs-*.js")), "search written"
    assert "Zebrafinch" not in (served.options.out_dir / "api/listings.json").read_text(), "the API not made"
    listing.write_text(text.replace("Old Town Anxiety Group", "Old Town Heron Group"))
    served.update(listing)
    served.same_as_a_whole_build()


def test_listings_added_renamed_closed_and_deleted(served: Served) -> None:
    groups = served.site / "listings/groups"
    source = groups / "old-town-anxiety-group.yaml"
    added = groups / "aardvark-peer-group.yaml"
    added.write_text(source.read_text().replace("Old Town Anxiety Group", "Aardvark Peer Group"))  # first in every list
    served.update(added)
    served.same_as_a_whole_build()

    renamed = groups / "aardvark-peer-circle.yaml"
    added.rename(renamed)
    served.update(added, renamed)
    assert not (served.options.out_dir / "groups/aardvark-peer-group").exists()
    served.same_as_a_whole_build()

    renamed.write_text(renamed.read_text() + "status: closed\n")
    served.update(renamed)
    served.same_as_a_whole_build()

    renamed.unlink()
    next(iter(sorted(groups.glob("*.yaml")))).unlink()
    served.update(renamed)
    served.same_as_a_whole_build()


def test_guides_added_edited_renamed_and_deleted(served: Served) -> None:
    content = served.site / "content"
    guide = content / "new-to-peer-support.md"
    guide.write_text("---\ntitle: New to peer support\nsummary: Where to begin.\ntopics: [anxiety]\norder: 1\n---\n\n"
                     "Read [first steps](first-steps.md), or try [a group](../listings/groups/old-town-anxiety-group.yaml).\n")
    served.update(guide)
    served.same_as_a_whole_build()

    guide.write_text(guide.read_text().replace("Where to begin.", "Where to begin, step by step."))
    served.update(guide)
    served.same_as_a_whole_build()

    moved = content / "starting-out.md"
    guide.rename(moved)
    served.update(guide, moved)
    served.same_as_a_whole_build()

    moved.unlink()
    served.update(moved)
    served.same_as_a_whole_build()


def test_an_update_with_problems_changes_nothing_and_the_fix_catches_up(served: Served) -> None:
    before = tree(served.options.out_dir)
    listing = served.site / "listings/groups/old-town-anxiety-group.yaml"
    good = listing.read_text()
    listing.write_text(good.replace("Old Town Anxiety Group", "Old Town Anxiety Group Again") + "webiste: https://example.org/\n")
    with pytest.raises(ContentError) as problems:
        served.update(listing)
    assert [p.path for p in problems.value.problems] == ["listings/groups/old-town-anxiety-group.yaml"]
    assert tree(served.options.out_dir) == before
    listing.write_text(good.replace("Old Town Anxiety Group", "Old Town Anxiety Group Again"))
    served.update(listing)
    served.same_as_a_whole_build()


def test_a_file_saved_twice_within_one_stamp_is_read_again(served: Served) -> None:
    """Two saves of the same size in one tick of the file system clock leave its stamp as it was: the watcher's
    word that it changed is enough to read it again."""
    import os

    listing = served.site / "listings/groups/old-town-anxiety-group.yaml"
    info = listing.stat()
    listing.write_text(listing.read_text().replace("Old Town Anxiety Group", "Old Town Anxiety Grouq"))  # same length
    os.utime(listing, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert listing.stat().st_size == info.st_size
    served.update(listing)
    assert "Old Town Anxiety Grouq" in (served.options.out_dir / "groups/old-town-anxiety-group/index.html").read_text()
    served.same_as_a_whole_build()


def test_site_yaml_or_theme_changes_call_for_a_whole_build(served: Served) -> None:
    before = served.kept.settings
    theme = served.site / "theme/templates"
    theme.mkdir(parents=True, exist_ok=True)
    shutil.copy(Path(__file__).resolve().parents[1] / "peerdir/theme/templates/about.html", theme / "about.html")
    assert settings_stamp(served.site, served.options) != before


def test_a_site_in_two_languages_is_updated_in_both(sample_site: Path, tmp_path: Path) -> None:
    """An edit to a listing, to its Spanish words, and to a translated guide: each language's pages that show it
    are rendered again, no others, and the folder ends as a whole build writes it."""
    from test_languages import two_language_site

    served = Served(paginated(two_language_site(sample_site), 4), tmp_path)
    assert set(served.kept.index) == {"", "es/"}  # each language's search index, kept by its prefix
    listing = served.site / "listings/groups/riverton-depression-peer-group.yaml"
    listing.write_text(listing.read_text().replace("Riverton Depression Peer Group", "Riverton Depression Circle"))
    rendered = served.update(listing)
    assert 2 <= rendered <= 60 < served.total // 2, f"{rendered} of {served.total} pages rendered again"
    served.same_as_a_whole_build()

    listing.write_text(listing.read_text().replace("para la depresión de Riverton", "de Riverton para la depresión"))
    rendered = served.update(listing)
    assert 1 <= rendered <= 60 < served.total // 2, "the pages that show the listing (the file's data changed)"
    assert "Grupo de apoyo entre pares de Riverton para la depresión" in (
        served.options.out_dir / "es/groups/riverton-depression-peer-group/index.html").read_text(encoding="utf-8")
    served.same_as_a_whole_build()

    guide = served.site / "content/es/your-first-meeting.md"
    guide.write_text(guide.read_text(encoding="utf-8").replace("con calma", "sin prisa"), encoding="utf-8")
    assert served.update(guide) >= 1
    served.same_as_a_whole_build()


@needs_a_spare_core
def test_serves_first_build_reads_in_workers_and_keeps_every_file_for_the_next_update(golden_site: Path, tmp_path: Path) -> None:
    """serve's first build is a whole read, so a large site's listings are read, checked and modelled in worker
    processes as `peerdir build` does; it still keeps each file's stamp and model, so that an edit afterwards
    reads that one file again and ends as a whole build does. Run in a fresh process (workers are forked only from
    a process with one thread), with workers for any size of site."""
    import json
    import subprocess
    import sys

    paginated(golden_site, 2)
    edited = golden_site / "listings/groups/old-town-anxiety-group.yaml"
    script = (
        "import json, sys\nfrom pathlib import Path\nimport peerdir.workers as w\nimport peerdir.sources.load as load\n"
        "from peerdir.build import BuildOptions, Kept, build\nfrom peerdir.rebuild import settings_stamp, update_outputs, update_pages\n"
        "from conftest import BUILD_DATE\nw.PARALLEL_FROM = 0\nreads = []\nreal = load._check_in_workers\n"
        "load._check_in_workers = lambda *a: reads.append(real(*a)) or reads[-1]\n"
        "site, edited, out = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])\n"
        "options = BuildOptions(out_dir=out, today=BUILD_DATE)\nkept = Kept(settings=settings_stamp(site, options))\n"
        "build(site, options, kept=kept, pages_only=True)\nupdate_outputs(out, options, kept, kept.site, lambda: True)\n"
        "first = len([r for r in reads if r is not None])\nnoted = sorted(kept.reads) == sorted(kept.pages)\n"
        "edited.write_text(edited.read_text().replace('name: ', 'name: Renamed ', 1))\n"
        "result, model = update_pages(site, options, kept, {edited})\nupdate_outputs(out, options, kept, model, lambda: True)\n"
        "print(json.dumps([first, noted, len(reads), len(kept.reuse.checked), result.rendered, result.pages]))\n"
    )
    ran = subprocess.run([sys.executable, "-c", script, str(golden_site), str(edited), str(tmp_path / "served")],
                         capture_output=True, text=True, cwd=Path(__file__).parent)
    assert ran.returncode == 0, ran.stderr
    read_in_workers, noted, whole_reads, kept_files, rendered, pages = json.loads(ran.stdout)
    assert read_in_workers == 1, "the first build read the listings in worker processes"
    assert noted, "what each page read was noted, in whichever process rendered it"
    assert whole_reads == 1, "the update read only the edited file"
    assert kept_files == len(list((golden_site / "listings").rglob("*.yaml"))), "every file kept with its stamp"
    assert 0 < rendered < pages, "the update rendered only the pages the edit touched"
    build(golden_site, BuildOptions(out_dir=tmp_path / "cold", today=BUILD_DATE))
    served, whole = tree(tmp_path / "served"), tree(tmp_path / "cold")
    assert served == whole
