"""Whole builds in tmp_path: what they write, and what they refuse to do."""

from __future__ import annotations

import csv
import gzip
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import BUILD_DATE, GOLDEN, files_under, needs_a_spare_core, tar_bytes
from linkcheck import broken_links

from peerdir.build import CALENDAR_FILES, OUTPUTS, PAGES, BuildOptions, build
from peerdir.output import StagedOutput
from peerdir.pages.plan import plan_pages
from peerdir.problems import ContentError, UsageError
from peerdir.sources.fieldtypes import WEEKDAYS
from peerdir.sources.load import load_site


def test_sample_builds_every_page_with_no_broken_internal_link(sample_site: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = build(sample_site, BuildOptions(out_dir=out))
    assert result.listings >= 60 and result.guides >= 6
    assert broken_links(out, base_path="/peer-support/") == []
    html = (out / "index.html").read_text()
    assert "988 Suicide &amp; Crisis Lifeline" in html and 'href="tel:988"' in html


def test_sample_meets_the_floor_of_the_issue(sample_site: Path) -> None:
    from peerdir.sources.load import load_site

    site = load_site(sample_site)
    by_type = {t: [item for item in site.listings if item.type.id == t] for t in ("group", "helpline", "forum", "respite")}
    assert all(by_type.values()), "every type has sample listings"
    assert len(site.config.regions) >= 8
    assert len({code for item in site.listings for code in item.languages}) >= 4
    assert {item.data.status for item in site.listings} == {"active", "temporarily-closed", "closed"}
    assert any(item.stale for item in site.listings)
    assert len({item.data.cost for item in site.listings}) == 3
    assert {item.data.format for item in by_type["group"]} == {"in-person", "online", "hybrid", "phone"}
    numbers = [p.display for item in site.listings for p in item.phones]
    assert numbers and all(re.search(r"555-01\d\d$", n) for n in numbers), "sample numbers are reserved for fiction"
    for item in site.listings:
        for url in (item.data.website, getattr(item.data, "url", None), item.data.email):
            assert url is None or "example.org" in url


def test_same_input_builds_byte_identical_files(golden_site: Path, tmp_path: Path) -> None:
    build(golden_site, BuildOptions(out_dir=tmp_path / "a"))
    build(golden_site, BuildOptions(out_dir=tmp_path / "b"))
    assert files_under(tmp_path / "a") == files_under(tmp_path / "b")


def test_a_build_measures_its_parts_as_the_tar_github_pages_publishes(golden_site: Path, tmp_path: Path) -> None:
    """A page and a calendar of a few hundred bytes take 1,024 each in that tar (a header and a padded block), and
    each listing's folder another 512: counting only the files' bytes once said 1.24 GB of a 1.42 GB tar."""
    out = tmp_path / "out"
    result = build(golden_site, BuildOptions(out_dir=out))
    parts = {part.name + "/" * part.is_dir(): tar_bytes(out, part.name) for part in out.iterdir() if part.name != ".peerdir"}
    assert sum(parts.values()) > sum(p.stat().st_size for p in out.rglob("*") if p.is_file()) + 512 * len(parts)
    calendars = list(out.rglob("*.ics"))  # counted apart, wherever they are: site.yaml's exports: can leave them out
    assert calendars
    for path in calendars:
        parts[path.relative_to(out).parts[0] + "/"] -= tar_bytes(path.parent, path.name)
    parts[CALENDAR_FILES] = sum(tar_bytes(path.parent, path.name) for path in calendars)
    assert result.sizes == dict(sorted(parts.items(), key=lambda item: (-item[1], item[0])))


@needs_a_spare_core
def test_work_done_in_worker_processes_gives_the_same_bytes(sample_site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A large site's listings are read and modelled, and its outputs made, in forked workers; a small one's in
    one process. The parallel build runs in a fresh process (workers are forked only from a process with one
    thread) with another hash seed, which changes set and dict-of-set orders that one process never sees change."""
    import os

    import peerdir.workers

    monkeypatch.setattr(peerdir.workers, "PARALLEL_FROM", 10**9)
    alone = build(sample_site, BuildOptions(out_dir=tmp_path / "alone"))
    script = (
        "import os, sys, time\nfrom pathlib import Path\nimport peerdir.workers as w\nimport peerdir.build as b\nw.PARALLEL_FROM = 0\n"
        "pools = []\nreal = w.fork_pool\nw.fork_pool = lambda *a: pools.append(real(*a)) or pools[-1]\n"
        "done, parent = b._done, os.getpid()\n"
        "def slowed(work, job, on_page, reads):  # the parent slowed, so that the worker renders some pages, and\n"
        "    # the worker's pages slowed more, so that some are counted once the parent has rendered its last\n"
        "    time.sleep(0.05 if os.getpid() == parent else 0.5 if job >= len(b.OUTPUTS) else 0)\n    made = done(work, job, on_page, reads)\n"
        "    with open(sys.argv[4], 'a') as log:\n        log.write(f'{os.getpid() == parent} {made.name} {len(made.files)}\\n')\n    return made\n"
        "b._done = slowed\nimport peerdir.sources.load as load\nchecked = load._check_and_make\n"
        "def slow_reading(indexes):  # the worker's files slowed, so that it reads its last after the parent's last\n"
        "    time.sleep(0 if os.getpid() == parent else 0.3)\n    return checked(indexes)\n"
        "load._check_and_make = slow_reading\nevents = []\n"
        "result = b.build(Path(sys.argv[1]), b.BuildOptions(out_dir=Path(sys.argv[2])), lambda step, n: events.append((step, n)),\n"
        "                 lambda n: events.append(n))\n"
        "steps = [event for event in events if isinstance(event, tuple)]\nreading, pages = events.index(steps[0]), events.index(steps[1])\n"
        "print(len(pools), all(pools), sorted(result.phases) == sorted(sys.argv[3].split('|')), w._shared is None,\n"
        "      sum(event for event in events[pages + 1:] if not isinstance(event, tuple)),\n"
        "      [step for step, _ in steps] == [b.READING, b.PAGES, b.FINISHING], sum(events[reading + 1:pages]) == steps[0][1] == result.listings)\n"
    )
    seed = "2" if os.environ.get("PYTHONHASHSEED") != "2" else "3"
    log = tmp_path / "jobs.txt"
    shared = subprocess.run([sys.executable, "-c", script, str(sample_site), str(tmp_path / "shared"), "|".join(alone.phases), str(log)],
                            capture_output=True, text=True, check=True, env={**os.environ, "PYTHONHASHSEED": seed})
    assert shared.stdout.split()[:3] == ["2", "True", "True"], "listings and outputs were made in worker processes, as the same phases"
    assert shared.stdout.split()[3] == "True", "the build let go of the model it shared with the workers"
    jobs = [line.split(" ", 1) for line in log.read_text().splitlines()]
    pages = {mine: sum(int(job.rsplit(" ", 1)[1]) for by_parent, job in jobs if by_parent == mine and job.startswith(PAGES)) for mine in ("True", "False")}
    assert pages["True"] and pages["False"], f"both processes rendered pages: {jobs}"
    site = load_site(sample_site)
    planned = sum(len(plan_pages(language)) for language in (site, *site.translations))
    assert sum(pages.values()) == planned, "every page once"
    assert shared.stdout.split()[4] == str(planned), "the progress shown counted every page, in whichever process"
    assert shared.stdout.split()[5] == "True", "each step told once, in order, by the build's own process"
    assert shared.stdout.split()[6] == "True", "every listing file told as read, in whichever process"
    assert sorted(job.rsplit(" ", 1)[0] for _, job in jobs if not job.startswith(PAGES)) == sorted(OUTPUTS), "every output once"
    assert files_under(tmp_path / "shared") == files_under(tmp_path / "alone")


def test_a_build_tells_each_step_as_it_begins_and_what_is_done(golden_site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What `peerdir build` shows of a long build (cli/site.py): the listing files as they are read, then the pages
    as they are rendered, then that the rest is being made. In one process, the rest comes after the last page
    and before any output."""
    import peerdir.build
    import peerdir.workers

    monkeypatch.setattr(peerdir.workers, "PARALLEL_FROM", 10**9)
    events: list[tuple[str, int]] = []
    real = peerdir.build._done

    def done(work, job, on_page, reads):
        events.append(("job", job))
        return real(work, job, on_page, reads)

    monkeypatch.setattr(peerdir.build, "_done", done)
    result = build(golden_site, BuildOptions(out_dir=tmp_path / "out"), lambda step, count: events.append((step, count)),
                   lambda count: events.append(("done", count)))
    planned = len(plan_pages(load_site(golden_site)))  # the pages and when-text.js, rendered as they are
    steps = [event for event in events if event[0] not in ("job", "done")]
    assert steps == [(peerdir.build.READING, result.listings), (PAGES, planned), (peerdir.build.FINISHING, 0)]
    reading, pages, finishing = (events.index(step) for step in steps)
    assert sum(count for kind, count in events[reading:pages] if kind == "done") == result.listings, "every file read"
    assert sum(count for kind, count in events[pages:finishing] if kind == "done") == planned, "every page"
    assert all(job >= len(OUTPUTS) for kind, job in events[:finishing] if kind == "job"), "no output before the rest"
    assert [kind for kind, _ in events[finishing + 1:]] == ["job"] * len(OUTPUTS), "then only the outputs"


@needs_a_spare_core
def test_output_workers_are_forked_only_as_far_as_the_memory_allows(sample_site: Path, tmp_path: Path) -> None:
    """Each output worker copies the model it reads, so `build --memory` caps how many are forked beside the
    pages; the listing files are still read in workers. Run in a fresh process, with four cores and every site
    counted large (workers are forked only from a process with one thread)."""

    script = (
        "import sys\nimport peerdir.workers as w\nfrom peerdir.cli import main\nw.PARALLEL_FROM = 0\nw.cores = lambda: 4\n"
        "real = w.fork_pool\nmade = []\nw.fork_pool = lambda listings, count, shared: made.append(count) or real(listings, count, shared)\n"
        "try:\n    main(['build', *sys.argv[1:]])\nexcept SystemExit as exit:\n    print(exit.code, made)\n"
    )
    runs = {}
    for name, memory in (("roomy", []), ("tight", ["--memory", "1"])):
        out = tmp_path / name
        run = subprocess.run([sys.executable, "-c", script, str(sample_site), "--out", str(out), *memory], capture_output=True, text=True, check=True)
        runs[name] = run.stdout.splitlines()[-1]
        assert ("3 spare core(s) left idle" in run.stderr) == (name == "tight"), run.stderr  # no output worker of 3
        assert name == "roomy" or "past 1 MB (--memory)" in run.stderr
        assert (out / "index.html").is_file() and (out / "search/data").is_dir() and (out / "hsds").is_dir(), name
    assert runs["roomy"] == "0 [3, 3]", "three workers read the files, and three make the outputs"
    assert runs["tight"] == "0 [3]", "the files were read in workers, and the outputs made in this process"


def test_memory_measure_forks_all_workers_for_a_small_model_and_none_for_a_huge_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """The measure behind `--memory` (workers.py): at 10,000 listings the model process holds about 150 MB, at
    100,000 about 780 MB, where one worker took the build over 2 GB."""
    import peerdir.workers

    for held, default, roomy in ((150, 3, 3), (400, 3, 3), (780, 0, 3)):
        monkeypatch.setattr(peerdir.workers, "held_mb", lambda: held)
        assert peerdir.workers.within_memory(3, 2048) == default, held
        assert peerdir.workers.within_memory(3, 8192) == roomy, held
    monkeypatch.setattr(peerdir.workers, "held_mb", lambda: 600)
    assert peerdir.workers.within_memory(3, 2048) == 1 and peerdir.workers.within_memory(3, 600) == 0
    monkeypatch.setattr(peerdir.workers, "held_mb", lambda: None)  # Windows: no measure, and no fork either
    assert peerdir.workers.within_memory(3, 1) == 3
    from click.testing import CliRunner

    from peerdir.cli import main

    shown = " ".join(CliRunner().invoke(main, ["build", "--help"]).output.split())
    assert f"Default: {peerdir.workers.MEMORY_MB}." in shown, "--help gives the default the build uses"


@needs_a_spare_core
def test_listings_checked_in_worker_processes_report_the_same_problems(golden_site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With a problem in one file, the workers' listings are not used and every problem is reported, in the
    order one process finds them. The parallel check runs in a fresh process: workers are forked only from a
    process with one thread, and a test process may have others."""
    import json

    import peerdir.workers

    (golden_site / "listings/groups/broken.yaml").write_text("name: [unclosed\n")
    (golden_site / "listings/helplines/Bad Name.yaml").write_text("name: A line\n")
    monkeypatch.setattr(peerdir.workers, "PARALLEL_FROM", 10**9)
    with pytest.raises(ContentError) as raised:
        build(golden_site, BuildOptions(out_dir=golden_site.parent / "out"))
    alone = [problem.as_text() for problem in raised.value.problems]
    script = (
        "import json, sys\nfrom pathlib import Path\nimport peerdir.workers as w\nfrom peerdir.problems import ContentError\n"
        "from peerdir.sources.load import load_site\nw.PARALLEL_FROM = 0\npools = []\nreal = w.fork_pool\n"
        "w.fork_pool = lambda *a: pools.append(real(*a)) or pools[-1]\ntry:\n    load_site(Path(sys.argv[1]))\n"
        "except ContentError as exc:\n    print(json.dumps([all(pools) and len(pools), [p.as_text() for p in exc.problems]]))\n"
    )
    shared = subprocess.run([sys.executable, "-c", script, str(golden_site)], capture_output=True, text=True, check=True)
    made_in_workers, problems = json.loads(shared.stdout)
    assert made_in_workers == 1, "the files were checked in worker processes"
    assert len(alone) >= 3 and problems == alone


@needs_a_spare_core
def test_reading_stopped_by_ctrl_c_waits_only_for_the_chunks_workers_have_begun(sample_site: Path, tmp_path: Path) -> None:
    """Ctrl+C while the listing files are read in workers: they finish what they have begun and take no more, as
    a pool would otherwise make every chunk queued (a minute at 100,000 listings) before the build stopped."""

    log = tmp_path / "chunks.txt"
    script = (
        "import os, sys, time\nfrom pathlib import Path\nimport peerdir.workers as w\nimport peerdir.sources.load as load\n"
        "w.PARALLEL_FROM = 0\nw.cores = lambda: 2\nparent = os.getpid()\nreal = load._check_and_make\n"
        "def chunk(indexes):\n    if os.getpid() == parent:\n        time.sleep(0.3)\n        raise KeyboardInterrupt\n"
        "    with open(sys.argv[2], 'a') as f:\n        f.write(f'{indexes.start}\\n')\n    time.sleep(0.2)\n    return real(indexes)\n"
        "load._check_and_make = chunk\ntry:\n    load.load_site(Path(sys.argv[1]))\nexcept KeyboardInterrupt:\n    print('stopped')\n"
    )
    stopped = subprocess.run([sys.executable, "-c", script, str(sample_site), str(log)], capture_output=True, text=True, check=True)
    listings = len(list((sample_site / "listings").rglob("*.yaml")))
    assert stopped.stdout.strip() == "stopped" and listings >= 48  # at least 48 chunks (32 a core, of one or more)
    assert 1 <= len(log.read_text().split()) <= 4, f"a worker made chunks {log.read_text().split()} of {listings}"


@needs_a_spare_core
def test_outputs_are_shared_out_once_each_to_whichever_process_is_free() -> None:
    """Workers take jobs from the front and the parent, once done with its own work, from the back: every job is
    made exactly once, and never queued behind a busy process. Run in a fresh process (workers are forked only
    from a process with one thread)."""
    import json

    script = (
        "import json, time\nimport peerdir.workers as w\nclaims = w.Claims(40)\npool = w.fork_pool(10**6, 2, claims)\n"
        "def drain():\n    got = []\n    for job in w.shared().taken(front=True):\n        got.append(job)\n        time.sleep(0.01)\n"
        "    return got\n"
        "futures = [pool.submit(drain) for _ in range(2)]\ntime.sleep(0.1)  # the parent's own work first\nmine = []\n"
        "for job in claims.taken(front=False):\n    mine.append(job)\n    time.sleep(0.01)\n"
        "print(json.dumps([mine, [future.result() for future in futures]]))\npool.shutdown()\n"
    )
    shared = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    mine, theirs = json.loads(shared.stdout)
    taken = mine + [job for jobs in theirs for job in jobs]
    assert sorted(taken) == list(range(40)), "every job taken, and only once"
    assert mine and any(theirs), "both the parent and the workers made some"
    assert mine == sorted(mine, reverse=True) and all(jobs == sorted(jobs) for jobs in theirs)
    assert min(mine) > max(job for jobs in theirs for job in jobs), "the parent took from the back, the workers from the front"


@needs_a_spare_core
def test_a_build_failing_while_workers_make_outputs_waits_only_for_the_one_begun(golden_site: Path, tmp_path: Path) -> None:
    """A template error while the pages render stops the workers taking outputs: the one begun is finished (its
    process cannot be stopped halfway cleanly), the rest are never made, and the error is reported then."""

    (golden_site / "theme/templates").mkdir(parents=True, exist_ok=True)
    (golden_site / "theme/templates/base.html").write_text("{{ no_such_thing.title }}\n")
    made = tmp_path / "made.txt"
    script = (
        "import os, sys, time\nfrom pathlib import Path\nimport peerdir.workers as w\nimport peerdir.build as b\n"
        "w.PARALLEL_FROM = 0\nreal = b._done\nparent = os.getpid()\n"
        "def slow(work, job, on_page, reads):\n    if os.getpid() == parent:\n        time.sleep(0.5)  # the worker has begun by then\n"
        "    else:\n        with open(sys.argv[2], 'a') as f:\n            f.write(f'{job}\\n')\n        time.sleep(1)\n"
        "    return real(work, job, on_page, reads)\n"
        "b._done = slow\ntry:\n    b.build(Path(sys.argv[1]), b.BuildOptions(out_dir=Path(sys.argv[3])))\n"
        "except Exception as exc:\n    print(type(exc).__name__)\n"
    )
    failed = subprocess.run([sys.executable, "-c", script, str(golden_site), str(made), str(tmp_path / "out")],
                            capture_output=True, text=True, check=True)
    assert failed.stdout.strip() == "ContentError"
    assert made.read_text().splitlines() == ["0"], "only the output a worker had begun (the search data) was made"
    assert not (tmp_path / "out").exists()


@needs_a_spare_core
def test_a_template_error_in_pages_a_worker_renders_is_reported_with_its_page(golden_site: Path, tmp_path: Path) -> None:
    """Pages are rendered in shares by whichever process is free, workers too: an error in a page a worker
    renders reaches the command as the same located problem, the other processes take no more, and nothing is
    written. The parent is slowed so that the worker renders the pages."""
    import json

    (golden_site / "theme/templates").mkdir(parents=True, exist_ok=True)
    # The home page is planned first: in the first share, which the worker takes once it has made the outputs.
    (golden_site / "theme/templates/home.html").write_text("{% extends 'base.html' %}{% block main %}{{ no_such_thing.title }}{% endblock %}\n")
    script = (
        "import json, os, sys, time\nfrom pathlib import Path\nimport peerdir.workers as w\nimport peerdir.build as b\n"
        "from peerdir.problems import ContentError\nw.PARALLEL_FROM = 0\nreal = b._done\nparent = os.getpid()\n"
        "def slow(work, job, on_page, reads):\n    if os.getpid() == parent:\n        time.sleep(5)\n        print('parent', job)\n"
        "    return real(work, job, on_page, reads)\n"
        "b._done = slow\nbegan = time.perf_counter()\ntry:\n    b.build(Path(sys.argv[1]), b.BuildOptions(out_dir=Path(sys.argv[2])))\n"
        "except ContentError as exc:\n    print(json.dumps([p.as_text() for p in exc.problems]), time.perf_counter() - began)\n"
    )
    failed = subprocess.run([sys.executable, "-c", script, str(golden_site), str(tmp_path / "out")],
                            capture_output=True, text=True, check=True)
    parent, outcome = failed.stdout.splitlines()
    problems, seconds = outcome.rsplit(" ", 1)
    [problem] = json.loads(problems)
    assert "home.html:1:1: template error while building the home page: 'no_such_thing' is undefined" in problem
    assert int(parent.split()[1]) >= len(OUTPUTS), "the parent made one share of pages, begun before the worker failed, and no more"
    assert float(seconds) < 8
    assert not (tmp_path / "out").exists()


def test_failing_build_leaves_the_previous_site_untouched(golden_site: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(golden_site, BuildOptions(out_dir=out))
    before = files_under(out)
    (golden_site / "listings/groups/broken.yaml").write_text("name: [unclosed\n")
    with pytest.raises(ContentError):
        build(golden_site, BuildOptions(out_dir=out))
    assert files_under(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["golden-site", "out"], "no staging folder is left behind"


def test_the_garbage_collector_runs_again_after_a_build_whether_it_failed_or_not(golden_site: Path, tmp_path: Path) -> None:
    """Reading the sources and making the search data pause the collector (collector.py); `peerdir serve` lives on
    after each build, and would grow without it."""
    import gc

    assert gc.isenabled()
    build(golden_site, BuildOptions(out_dir=tmp_path / "out"))
    assert gc.isenabled()
    (golden_site / "listings/groups/broken.yaml").write_text("name: [unclosed\n")
    with pytest.raises(ContentError):
        build(golden_site, BuildOptions(out_dir=tmp_path / "out"))
    assert gc.isenabled()


def test_next_build_removes_what_a_killed_build_left_and_nothing_else(golden_site: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    build(golden_site, BuildOptions(out_dir=out))
    killed = (  # a build that dies while writing its pages, as one killed at 5,000 listings did
        "import os, sys\nfrom pathlib import Path\nfrom peerdir.output import StagedOutput\n"
        "staged = StagedOutput(Path(sys.argv[1]))\nstaged.write('groups/index.html', b'half a site')\nos._exit(9)\n"
    )
    subprocess.run([sys.executable, "-c", killed, str(out)], check=False)
    (left,) = tmp_path.glob(".site.building-*")
    assert (left / "groups/index.html").read_bytes() == b"half a site"
    swapped = tmp_path / ".site.old-x1y2"  # killed between moving the old site aside and removing it
    (swapped / "groups").mkdir(parents=True)
    (swapped / ".peerdir").write_text("built by peerdir")
    mine = tmp_path / ".site.building-not-peerdirs"  # never made by peerdir: no owner file
    mine.mkdir()
    running = StagedOutput(out)  # another build still under way in a live process (this one)

    build(golden_site, BuildOptions(out_dir=out))
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["golden-site", "site", mine.name, running.stage.name])
    running.discard()


def test_a_template_changed_between_two_builds_in_one_process_is_read_again(golden_site: Path, tmp_path: Path) -> None:
    """Templates are compiled once and not checked again on each use (render.py): a changed, added or removed
    template file must still make the next build in the same process (as under `peerdir serve`) use it."""
    partial = golden_site / "theme/templates/partials/crisis.html"
    partial.parent.mkdir(parents=True, exist_ok=True)
    original = (Path(__file__).parents[1] / "peerdir/theme/templates/partials/crisis.html").read_text()
    out = tmp_path / "out"
    for mark in ("First theme edit", "Second theme edit"):
        partial.write_text(original.replace("<aside", f"<p>{mark}</p>\n<aside", 1))
        build(golden_site, BuildOptions(out_dir=out))
        assert f"<p>{mark}</p>" in (out / "about/index.html").read_text()
    partial.unlink()
    build(golden_site, BuildOptions(out_dir=out))
    assert "theme edit" not in (out / "about/index.html").read_text()


@pytest.mark.parametrize("fixture", ["sample_site", "golden_site"])
def test_parts_rendered_once_are_what_each_page_would_render_itself(fixture: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    """base.html renders its links, header and footer once for the pages at the same depth with the same key (once()).
    Rendered for each page instead, every page comes out the same: the sample (two languages, a base_url, pages in
    every section and at every depth) and the golden site."""
    from peerdir import THEME

    site = request.getfixturevalue(fixture)
    build(site, BuildOptions(out_dir=tmp_path / "once"))
    base = (THEME / "templates/base.html").read_text(encoding="utf-8")
    each = re.sub(r'\{\{ once\("\w+", (\w+)(?:, [^}]*)?\) (-?)\}\}', r"{{ \1() \2}}", base)
    assert "{{ once(" not in each and each.count("() -}}") == 4
    (site / "theme/templates").mkdir(parents=True, exist_ok=True)
    (site / "theme/templates/base.html").write_text(each, encoding="utf-8")
    build(site, BuildOptions(out_dir=tmp_path / "each"))
    assert files_under(tmp_path / "each") == files_under(tmp_path / "once")


def test_template_error_in_site_theme_fails_cleanly_with_its_location(golden_site: Path, tmp_path: Path) -> None:
    (golden_site / "theme/templates/about.html").write_text('{% extends "base.html" %}\n{% block main %}\n{{ site.nope }}\n{% endblock %}\n')
    with pytest.raises(ContentError) as caught:
        build(golden_site, BuildOptions(out_dir=tmp_path / "out"))
    (problem,) = caught.value.problems
    assert problem.path.endswith("theme/templates/about.html") and problem.line == 3
    assert "'peerdir.model.site.Site object' has no attribute 'nope'" in problem.message
    assert not (tmp_path / "out").exists()


def test_site_theme_overrides_a_template_and_adds_an_asset(golden_site: Path, tmp_path: Path) -> None:
    build(golden_site, BuildOptions(out_dir=tmp_path / "out"))
    assert "comes from the site's own theme folder" in (tmp_path / "out/about/index.html").read_text()
    assert (tmp_path / "out/static/extra.css").is_file() and (tmp_path / "out/static/peerdir.css").is_file()


def test_pages_ask_for_static_files_by_a_digest_of_them_that_changes_with_any_of_them(golden_site: Path, tmp_path: Path) -> None:
    """A browser keeps a script ten minutes after a deploy: a page asks for its own build's (`?v=`), so a changed
    theme or an upgraded peerdir never meets a cached script or style of the build before."""

    def versions(out: Path) -> set[str]:
        asked = [ref for page in out.rglob("*.html") for ref in re.findall(r'(?:href|src|data-worker)="([^"]*static/[^"]*)"', page.read_text())]
        assert asked and all("?v=" in ref for ref in asked), asked
        return {ref.split("?v=")[1] for ref in asked}

    build(golden_site, BuildOptions(out_dir=tmp_path / "one"))
    (before,) = versions(tmp_path / "one")
    build(golden_site, BuildOptions(out_dir=tmp_path / "again"))
    assert versions(tmp_path / "again") == {before}
    (golden_site / "theme/static/extra.css").write_text("body { color: black; }\n")
    build(golden_site, BuildOptions(out_dir=tmp_path / "two"))
    (after,) = versions(tmp_path / "two")
    assert after != before


def test_links_work_under_a_sub_path_and_the_404_page_links_from_the_base(golden_site: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(golden_site, BuildOptions(out_dir=out, base_url="https://org.github.io/directory/"))
    not_found = (out / "404.html").read_text()
    assert 'href="/directory/static/peerdir.css?v=' in not_found and 'href="/directory/"' in not_found
    assert '<link rel="canonical" href="https://org.github.io/directory/groups/old-town-anxiety-group/">' in (
        out / "groups/old-town-anxiety-group/index.html"
    ).read_text()
    assert broken_links(out, base_path="/directory/") == []


def test_file_urls_link_to_index_html_everywhere(golden_site: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(golden_site, BuildOptions(out_dir=out, file_urls=True))
    for page in out.rglob("*.html"):
        hrefs = re.findall(r'href="([^"]+)"', page.read_text())
        internal = [h for h in hrefs if not re.match(r"^(https?|tel|sms|mailto):|^#", h)]
        assert all(h.split("#")[0].split("?")[0].endswith((".html", ".css", ".svg", ".xml", ".ics")) for h in internal), (page, internal)
    assert broken_links(out) == []


def test_closed_listings_keep_their_page_but_leave_every_list(golden_site: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(golden_site, BuildOptions(out_dir=out, today=BUILD_DATE))
    page = (out / "groups/riverside-grief-cafe/index.html").read_text()
    assert "This service has closed." in page
    for listing_page in ("groups/index.html", "regions/riverside/index.html", "topics/grief/index.html", "index.html"):
        assert "riverside-grief-cafe" not in (out / listing_page).read_text(), listing_page


def test_stale_and_temporarily_closed_notices(golden_site: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(golden_site, BuildOptions(out_dir=out, today=BUILD_DATE))
    warmline = (out / "helplines/fenwick-warmline/index.html").read_text()
    assert "We last checked these details on 15 January 2026." in warmline  # stale_after_months: 6
    forum = (out / "forums/carers-corner/index.html").read_text()
    assert "This service is temporarily closed." in forum
    assert "Temporarily closed" in (out / "forums/index.html").read_text()


def test_a_helplines_card_gives_its_hours_and_a_button_for_each_phone_in_every_list(golden_site: Path, tmp_path: Path) -> None:
    """Someone looking for a line to call can call it from the list, without opening each page or running a
    script; a line that is closed for now shows its badge and no button."""
    out = tmp_path / "out"
    build(golden_site, BuildOptions(out_dir=out, today=BUILD_DATE))
    for list_page in ("helplines/index.html", "topics/grief/index.html", "audiences/carers/index.html"):
        html = (out / list_page).read_text()
        card = html[html.index(">Fenwick Warmline</a>"):].split("</li>\n")[0]
        assert '<p class="card-hours">Mon–Fri: 18:00–23:00; Sun: 12:00–16:00</p>' in card, list_page
        assert '<a class="action" href="tel:+441632960003">Call 01632 960003</a>' in card, list_page
    groups = (out / "groups/index.html").read_text()
    assert "card-actions" not in groups and "card-hours" not in groups  # a group's card is as it was

    warmline = golden_site / "listings/helplines/fenwick-warmline.yaml"
    warmline.write_text(warmline.read_text() + "status: temporarily-closed\n")
    build(golden_site, BuildOptions(out_dir=out, today=BUILD_DATE))
    html = (out / "helplines/index.html").read_text()
    card = html[html.index(">Fenwick Warmline</a>"):].split("</li>\n")[0]
    assert "Temporarily closed" in card and "tel:" not in card and "card-hours" not in card


def test_a_topic_written_twice_is_one_topic_on_the_listings_page_and_in_its_list(golden_site: Path, tmp_path: Path) -> None:
    warmline = golden_site / "listings/helplines/fenwick-warmline.yaml"
    warmline.write_text(warmline.read_text().replace("topics: [anxiety, grief]", "topics: [anxiety, Grief, grief, anxiety]"))
    out = tmp_path / "out"
    build(golden_site, BuildOptions(out_dir=out, today=BUILD_DATE))
    assert (out / "topics/grief/index.html").read_text().count(">Fenwick Warmline</a>") == 1
    assert (out / "helplines/fenwick-warmline/index.html").read_text().count('topics/grief/">') == 1


def test_a_text_line_that_asks_for_a_word_says_it_on_every_button(sample_built: Path) -> None:
    """'Text START to (458) 555-0140', on its page, its card and in the search data, as the crisis line's button
    says it, with its label beside it (which the cards and search results had left out); the word travels in the
    API, and in HSDS as the phone's attribute (so an import restores it)."""
    out = sample_built
    button = ('<a class="action" href="sms:+14585550140">Text START to (458) 555-0140</a> '
              '<span class="action-note">Evenings, after school</span>')
    assert button in (out / "helplines/lgbtq-youth-text-line/index.html").read_text()
    assert button in (out / "helplines/index.html").read_text()
    assert '["Text START to (458) 555-0140","sms:+14585550140","Evenings, after school"]' in "".join(
        p.read_text() for p in (out / "search/data").glob("docs-*.js"))
    with (out / "api/listings.csv").open(encoding="utf-8-sig", newline="") as handle:
        row = next(r for r in csv.DictReader(handle) if r["id"] == "lgbtq-youth-text-line")
    assert row["phones"].endswith("; Text START to (458) 555-0140 (Evenings, after school)")
    api = json.loads((out / "api/listings.json").read_text())
    line = next(x for x in api["listings"] if x["id"] == "lgbtq-youth-text-line")
    assert line["phones"][1]["text_message"] == "START"
    service = next(s for s in json.loads(gzip.decompress((out / "hsds/services.json.gz").read_bytes()))
                   if s["name"] == "LGBTQ+ Youth Text Line")
    (attribute,) = service["phones"][1]["attributes"]
    assert attribute["link_id"] == service["phones"][1]["id"] and attribute["link_entity"] == "phone"
    assert (attribute["link_type"], attribute["value"]) == ("peerdir:text_message", "START")


def test_contributor_text_is_escaped_and_sanitized(golden_site: Path, tmp_path: Path) -> None:
    listing = golden_site / "listings/groups/old-town-anxiety-group.yaml"
    original = listing.read_text()
    listing.write_text(original.replace("name: Old Town Anxiety Group", 'name: "<img src=x onerror=alert(1)> {{ 7*7 }}"'))
    with pytest.raises(ContentError) as refused:  # markup in plain text is refused, with the text to write instead
        build(golden_site, BuildOptions(out_dir=tmp_path / "refused"))
    (problem,) = refused.value.problems
    assert problem.message == "holds HTML markup (<img src=x onerror=alert(1)>) that would show as typed; write only the text, like '{{ 7*7 }}'"

    hostile = "Under <18s & >65s <3 </b {{ 7*7 }} \"'"  # angle brackets that are not tags are text, shown as typed
    listing.write_text(original.replace("name: Old Town Anxiety Group", f"name: '{hostile.replace(chr(39), chr(39) * 2)}'"))
    out = tmp_path / "out"
    build(golden_site, BuildOptions(out_dir=out))
    page = (out / "groups/old-town-anxiety-group/index.html").read_text()
    assert "<h1>Under &lt;18s &amp; &gt;65s &lt;3 &lt;/b {{ 7*7 }} &#34;&#39;</h1>" in page
    data = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1)
    assert '"name":"Under \\u003c18s & >65s \\u003c3 \\u003c/b {{ 7*7 }} \\"\'"' in data  # '<' escaped inside the JSON-LD
    rest = re.sub(r'<script type="application/ld\+json">.*?</script>', "", page, flags=re.S)
    assert "<18s" not in rest and "</b " not in rest


def test_an_attribute_between_single_quotes_reads_back_as_written() -> None:
    """data-when's JSON keeps its double quotes (two fifths shorter than as &#34;); anything else is escaped."""
    from html.parser import HTMLParser

    from peerdir.pages.render import template_globals

    single_quoted = template_globals(load_site(GOLDEN / "site"), file_urls=False)["single_quoted"]
    read = []
    parser = HTMLParser()
    parser.handle_starttag = lambda tag, attrs: read.extend(attrs)
    for text in ['{"st":"6:30 pm","z":"Europe/London"}', "o'clock' onclick='x", "</p><script>&amp;&#39;\"", ""]:
        quoted = single_quoted(text)
        parser.feed(f"<p data-when='{quoted}'>")
        assert read.pop() == ("data-when", text) and "'" not in quoted and "<" not in quoted
    assert '"' in single_quoted('{"a":1}')


@pytest.mark.parametrize("where", ["site", "site/listings", "."])
def test_refuses_to_replace_the_sources(golden_site: Path, where: str) -> None:
    out = golden_site if where == "site" else (golden_site / "listings" if where == "site/listings" else golden_site.parent)
    with pytest.raises(UsageError):
        build(golden_site, BuildOptions(out_dir=out))
    assert (golden_site / "site.yaml").is_file()


def test_refuses_to_replace_a_folder_peerdir_did_not_build(golden_site: Path, tmp_path: Path) -> None:
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "thesis.txt").write_text("years of work")
    with pytest.raises(UsageError, match="was not built by peerdir"):
        build(golden_site, BuildOptions(out_dir=precious))
    assert (precious / "thesis.txt").read_text() == "years of work"


def test_the_link_checker_itself_finds_broken_links(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "index.html").write_text('<a href="a/">ok</a><a href="b/">gone</a><a href="a/#top">no id</a><a href="https://x.example/">out</a>')
    (tmp_path / "a/index.html").write_text('<p id="here">x</p><a href="../">up</a>')
    assert broken_links(tmp_path) == ["index.html: b/", "index.html: a/#top (no such id)"]


def test_listing_pages_link_to_edit_and_report_through_the_repository(golden_site: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(golden_site, BuildOptions(out_dir=out))
    page = (out / "groups/old-town-anxiety-group/index.html").read_text()
    assert (
        'href="https://github.com/example-org/fenwick-directory/edit/main/directory/listings/groups/old-town-anxiety-group.yaml"'
        in page
    )
    report = re.search(r'href="(https://github.com/example-org/fenwick-directory/issues/new\?[^"]+)"', page).group(1)
    from html import unescape
    from urllib.parse import parse_qs, urlsplit

    query = parse_qs(urlsplit(unescape(report)).query)
    assert query == {
        "template": ["report-listing.yml"],
        "title": ["Listing problem: Old Town Anxiety Group"],
        "listing": ["Old Town Anxiety Group"],
        "page": ["https://example.org/fenwick/groups/old-town-anxiety-group/"],
        "file": ["directory/listings/groups/old-town-anxiety-group.yaml"],
    }
    config = golden_site / "site.yaml"
    config.write_text(re.sub(r"repo_url: .*\n", "", config.read_text()))
    build(golden_site, BuildOptions(out_dir=out))
    page = (out / "groups/old-town-anxiety-group/index.html").read_text()
    assert "Suggest an edit" not in page and "github.com" not in page


def test_markdown_converts_the_same_from_many_threads() -> None:
    """Each thread has its own converters (a converter holds state while it runs), so a parallel build is safe."""
    from concurrent.futures import ThreadPoolExecutor

    from peerdir.model.markup import description_html, guide_html

    texts = [f"Para {n} with **bold** and [a link](https://example.org/{n}).\n\n- one\n- two {n}\n" for n in range(200)]
    expected = [(description_html(t), guide_html(f"## Head {n}\n\n" + t, "content", lambda _: None).html) for n, t in enumerate(texts)]
    with ThreadPoolExecutor(8) as pool:
        got = list(pool.map(lambda pair: (description_html(pair[1]), guide_html(f"## Head {pair[0]}\n\n" + pair[1], "content",
                                                                                  lambda _: None).html), enumerate(texts)))
    assert got == expected


# A helpline's fields besides its name, where and how it is reached: what each test of a line writes.
A_LINE = "summary: A line.\ncost: free\npeer_led: yes\nlast_verified: 2026-10-01\nkind: warmline\n"

MARKDOWN_SHAPES = [
    "A small, friendly circle. We share what helps, from breathing tricks to getting through a supermarket trip.",
    "Family & Friends of Lakeside: support for carers.\n\n- Mondays (6:30p)\n- Online [Zoom link](https://example.org/zoom)",
    "NAMI Volusia/Flagler/St. Johns &amp; partners &eacute; &#8212; &copy; 2026, [Online] peer chat, 555/Here2Help.",
    "1. First\n2. Second\n\n   continued\n\n> A quote block\n\n*em* **strong** `code` \\*not em\\* snake_case_word",
    "Line one  \nline two <https://example.org/a_b> and <hello@example.org>, 12-step, 9-5, a - b \u2013 c \u2014 d \u2026",
    "<b>raw</b> <script>alert(1)</script> [x](javascript:alert(1)) ![img](https://example.org/i.png) <<angled>>",
    "- a\n    - nested\n- b\n\n* other list\n\n3. starts at three",
    "We're \"here\" -- always... Don't worry; it's the '90s --- 'quoted' and \\'escaped\\' \"words\".",
    "Tab\t\nbefore a line end\t\nand a CRLF  \r\nbreak, [ref][1] and [short] links\n\n[1]: https://example.org/r",
    "`code 'quoted' -- here` and **bold 'quote'** _under_score_ &quot;entity&quot; ... .... ---",
    "# A heading\n\nText\n\n    indented code\n\n- item\n\n    more of the item\n\n## Closed ##\n> quoted\n>\n> on",
    "AT&T <div>a block</div>\n\n<!-- a comment -->\n\nSeats: 5 > 4, #1 [a]: b",
]


def test_a_description_converts_with_only_the_patterns_it_needs_as_with_all() -> None:
    """description_html leaves out the inline patterns (and smarty's second pass) that a text's marks cannot
    trigger (markup._marks): every shape contributors write must come out exactly as with all of them, typography
    included."""
    import markdown

    from peerdir.model.markup import DESCRIPTION_TAGS, _marks, clean, description_html

    full = markdown.Markdown(extensions=["sane_lists", "smarty"], output_format="html")
    for text in MARKDOWN_SHAPES:
        full.reset()
        assert description_html(text) == clean(full.convert(text), DESCRIPTION_TAGS), text
    assert len({_marks(text) for text in MARKDOWN_SHAPES}) >= 8  # the shapes above take different converters
    assert _marks("Plain words only.") == frozenset()
    for text in ("Don't be shy.", 'A "safe" space.', "'Quoted' and \"double\" \"'mixed'\"."):
        full.reset()
        assert description_html(text) == clean(full.convert(text), DESCRIPTION_TAGS), text
    assert description_html("We're \"here\" -- always...") == "<p>We’re “here” – always…</p>"


def test_description_converters_are_capped_and_texts_beyond_get_every_pattern(monkeypatch) -> None:
    """A converter per set of marks takes 70 KB: files crafted to have every one of the 32,768 sets would hold
    2.3 GB of them. Past the cap, a text is converted with every pattern, which is right for any text."""
    import itertools

    import markdown

    from peerdir.model import markup

    monkeypatch.setattr(markup, "_MOST_CONVERTERS", 3)
    monkeypatch.delattr(markup._local, "converters", raising=False)  # this thread's converters made afresh, under the cap
    full = markdown.Markdown(extensions=["sane_lists", "smarty"], output_format="html")
    texts = ["".join(f"{mark} word " for mark in marks) for marks in itertools.combinations(markup._MARKS, 2)][:30]
    for text in texts:
        full.reset()
        assert markup.description_html(text) == markup.clean(full.convert(text), markup.DESCRIPTION_TAGS), text
    assert len(markup._converters().descriptions) == 4  # three sets, then the one with every mark
    assert frozenset(markup._MARKS) in markup._converters().descriptions
    del markup._local.converters  # the next test's made afresh too



def test_blocks_with_the_same_fields_given_share_one_set_of_their_names(sample_site: Path) -> None:
    """pydantic keeps a set of the names given per block, a fifth of the model's memory; peerdir's blocks share one
    per set of names. Each must still name exactly the fields its file gave, and a copy updated with new words
    (a translation) must get its own set, leaving the one shared unchanged."""
    import yaml

    from peerdir.sources.load import load_site

    site = load_site(sample_site)
    blocks = [item.data for item in site.listings] + [phone for item in site.listings for phone in item.data.phones]
    shared: dict[tuple, set[int]] = {}
    for block in blocks:
        shared.setdefault((type(block), block.model_fields_set), set()).add(id(block.model_fields_set))
    assert all(len(ids) == 1 for ids in shared.values()), "blocks with the same names given hold one set"
    assert len(shared) < len(blocks) / 2
    for item in site.listings:
        given = yaml.safe_load((sample_site / item.source).read_text(encoding="utf-8"))
        assert item.data.model_fields_set == {key for key, value in given.items() if value not in (None, "", [], {})}, item.source
    block = next(b for b in site.listings if b.data.how_to_join is None).data
    before = set(block.model_fields_set)
    copied = block.model_copy(update={"how_to_join": "Words in another language."})
    assert copied.how_to_join == "Words in another language." and copied.model_fields_set == before | {"how_to_join"}
    assert block.model_fields_set == before and block.how_to_join is None


FIFTH_TYPE = '''
import sys
from pathlib import Path
from pydantic import Field
from peerdir.sources import schema, strings
from peerdir.sources.fieldtypes import Line

class Mentoring(schema.Listing):
    """One-to-one peer mentoring."""
    mentor_training: Line | None = Field(None, description="How mentors are trained.")

# What a developer adds in schema.py: the class above and its declaration.
schema.TYPES = (*schema.TYPES, schema.ListingType("mentoring", "mentoring", Mentoring))
schema.TYPES_BY_ID = {t.id: t for t in schema.TYPES}
schema.TYPES_BY_FOLDER = {t.folder: t for t in schema.TYPES}
strings.DEFAULTS = Path(sys.argv[2])  # ... and its texts in strings/en.yaml

from peerdir.build import BuildOptions, build
build(Path(sys.argv[1]), BuildOptions(out_dir=Path(sys.argv[3])))
'''


def test_a_fifth_kind_of_listing_is_one_declaration_one_template_and_its_texts(golden_site: Path, tmp_path: Path) -> None:
    """One-to-one peer mentoring, added as ARCHITECTURE.md says: a schema class and a ListingType, a details partial,
    and its texts. Nothing else changes, and every output carries it."""
    import gzip
    import json

    from peerdir import THEME

    texts = tmp_path / "strings.yaml"
    texts.write_text((THEME / "strings/en.yaml").read_text(encoding="utf-8")
                     + "type_mentoring: Peer mentoring\ntype_one_mentoring: Peer mentor\ntype_intro_mentoring: One to one.\n"
                     "search_also_type_mentoring: mentor, buddy\n",
                     encoding="utf-8")
    partial = golden_site / "theme/templates/partials/details-mentoring.html"
    partial.parent.mkdir(parents=True, exist_ok=True)
    partial.write_text("{% if data.mentor_training %}<dt>Training</dt><dd>{{ data.mentor_training }}</dd>{% endif %}\n")
    listing = golden_site / "listings/mentoring/side-by-side.yaml"
    listing.parent.mkdir(parents=True)
    listing.write_text("name: Side by Side Mentoring\nsummary: A peer mentor, one to one.\ncost: free\npeer_led: yes\n"
                       "last_verified: 2026-10-01\nservice_area: [online]\nmentor_training: Six weeks, with supervision.\n")
    out = tmp_path / "out"
    subprocess.run([sys.executable, "-c", FIFTH_TYPE, str(golden_site), str(texts), str(out)], check=True)
    page = (out / "mentoring/side-by-side/index.html").read_text()
    assert "Peer mentor" in page and "<dt>Training</dt><dd>Six weeks, with supervision.</dd>" in page
    assert "Side by Side Mentoring" in (out / "mentoring/index.html").read_text()
    assert "mentoring/" in (out / "index.html").read_text()
    records = json.loads((out / "api/listings.json").read_text())["listings"]
    assert {"id": "side-by-side", "type": "mentoring"}.items() <= next(r for r in records if r["id"] == "side-by-side").items()
    services = json.loads(gzip.decompress((out / "hsds/services.json.gz").read_bytes()))
    mentoring = next(s for s in services if s["name"] == "Side by Side Mentoring")
    assert {"peerdir:type": "mentoring", "peerdir:mentor_training": "Six weeks, with supervision."}.items() <= {
        a["link_type"]: a.get("value") for a in mentoring["attributes"]}.items()
    assert "mentoring" in (out / "search/data/facets.js").read_text()
    assert '"buddi"' in (out / "search/data/shard-b.js").read_text()  # found by the other words it is searched with (stemmed)


def test_a_phones_extension_is_dialled_after_a_pause_and_a_text_goes_to_the_number_alone(golden_site: Path, tmp_path: Path) -> None:
    """A line answered at an extension: its button dials the number, waits (a comma) and dials the extension, as
    the phone apps of iOS and Android do, so a caller in distress need not find the keypad; the API's link does the
    same, schema.org's telephone is the number alone, and a crisis line's text goes to the number alone; HSDS's
    CSV package gives the extension in its column (tests/test_hsds.py: and in its JSON, valid)."""
    from peerdir.model.site import dial_href

    (golden_site / "listings/helplines/extension-line.yaml").write_text(
        f"name: Extension Line\n{A_LINE}"
        "service_area: [old-town]\nphones:\n  - number: 01632 960111 ext. 24\n  - number: 01632 960112\n    kind: text\n")
    out = tmp_path / "out"
    build(golden_site, BuildOptions(out_dir=out, today=BUILD_DATE))
    page = (out / "helplines/extension-line/index.html").read_text()
    assert '<a class="action" href="tel:+441632960111,24">Call 01632 960111 x24</a>' in page
    assert 'href="sms:+441632960112"' in page
    contact = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page).group(1))["contactPoint"]
    assert contact["telephone"] == "+441632960111"
    listing = next(x for x in json.loads((out / "api/listings.json").read_text())["listings"] if x["id"] == "extension-line")
    assert [phone["href"] for phone in listing["phones"]] == ["tel:+441632960111,24", "sms:+441632960112"]
    with zipfile.ZipFile(out / "hsds/datapackage.zip") as package:
        assert ",01632 960111,24,voice," in package.read("phones.csv").decode()
    assert dial_href("tel", "800-555-0199 x3", "US") == "tel:+18005550199,3"
    assert dial_href("tel", "988", "US") == "tel:988" and dial_href("sms", "(800) 555-0199 ext. 3", "US") == "sms:+18005550199"


def test_a_whole_day_and_an_overnight_span_are_said_plainly(sample_site: Path, tmp_path: Path) -> None:
    """'Sat-Sun 24 hours' is midnight to midnight, said as '24 hours' (it had read '12–12 am'), and closes at 23:59
    in schema.org, as its readers write a day open 24 hours; an overnight span gives both its halves ('8:30 am–4:30
    am', not '8:30–4:30 am', which reads as four hours in the night)."""
    (sample_site / "listings/helplines/all-day-line.yaml").write_text(
        f"name: All Day Line\n{A_LINE}"
        "service_area: [national]\nphones: (503) 555-0148\nhours: 'Sat-Sun 24 hours; Fri 8:30am-4:30am'\n")
    (sample_site / "listings/helplines/noon-line.yaml").write_text(
        f"name: Noon Line\n{A_LINE}service_area: [national]\nphones: (503) 555-0149\nhours: 'Mon-Fri 9am-noon; Sat 5pm-midnight'\n")
    build(sample_site, BuildOptions(out_dir=tmp_path / "out", today=BUILD_DATE))
    page = (tmp_path / "out/helplines/all-day-line/index.html").read_text()
    assert "<ul><li>Sat, Sun: 24 hours</li><li>Fri: 8:30 am–4:30 am</li></ul>" in page
    # 12 pm and 12 am, the times most often misread, are said as noon and midnight (they had been '12 pm', '12 am')
    noon = (tmp_path / "out/helplines/noon-line/index.html").read_text()
    assert "<ul><li>Mon–Fri: 9 am–noon</li><li>Sat: 5 pm–midnight</li></ul>" in noon
    assert '"et":"midnight"' in noon.replace("&#34;", '"')  # and so the device says "Open now, until midnight"
    # in Spanish, as a time after 'a las' and 'hasta las' reads: "hasta las 12 de la noche"
    spanish = (tmp_path / "out/es/helplines/noon-line/index.html").read_text()
    assert "<li>lun–vie: 9 a. m.–12 del mediodía</li><li>sáb: 5 p. m.–12 de la noche</li>" in spanish
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page).group(1))
    assert [(spec["dayOfWeek"], spec["opens"], spec["closes"]) for spec in data["contactPoint"]["hoursAvailable"]] == [
        (["Saturday", "Sunday"], "00:00", "23:59"), (["Friday"], "08:30", "04:30")]


def test_an_out_of_hours_line_is_open_on_the_morning_after_its_24_hour_days(sample_site: Path, tmp_path: Path) -> None:
    """'Mon-Fri 5pm-9am; Sat-Sun 24 hours': each period belongs to the day it starts, so Monday from midnight to
    9 am was closed in the device's data, schema.org and HSDS, though every other night runs to 9 am. They now
    say that morning open; the page gives the hours as written. A night on one day alone says nothing of the
    night before ('Sat 24 hours; Sun 10pm-6am'), and a morning given is not given twice."""
    line = A_LINE + "service_area: [national]\nphones: (503) 555-0148\n"
    for slug, hours in (("out-of-hours", "Mon-Fri 5pm-9am; Sat-Sun 24 hours"), ("one-night", "Sat 24 hours; Sun 10pm-6am"),
                        ("given", "Mon-Fri 5pm-9am; Sat-Sun 24 hours; Mon 12am-9am")):
        (sample_site / f"listings/helplines/{slug}.yaml").write_text(f"name: {slug}\n{line}hours: '{hours}'\n")
    out = tmp_path / "out"
    build(sample_site, BuildOptions(out_dir=out, today=BUILD_DATE))
    services = {s["name"]: s for s in json.loads(gzip.decompress((out / "hsds/services.json.gz").read_bytes()))}

    def on(slug: str, day: str) -> tuple[list, list, list]:
        """The periods that day alone has, in the device's data, schema.org and HSDS."""
        page = (out / f"helplines/{slug}/index.html").read_text()
        data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page).group(1))
        when = json.loads(re.search(r"data-when='([^']*)'", page).group(1))
        return ([p["s"] + "-" + p["e"] for p in when["periods"] if WEEKDAYS[p["d"]] == day.lower()],
                [(s["opens"], s["closes"]) for s in data["contactPoint"]["hoursAvailable"] if s["dayOfWeek"] == [day]],
                [(s["opens_at"][:5], s["closes_at"][:5]) for s in services[slug]["schedules"] if s["byday"] == day[:2].upper()])

    assert on("out-of-hours", "Monday") == (["17:00-09:00", "00:00-09:00"], [("00:00", "09:00")], [("00:00", "09:00")])
    page = (out / "helplines/out-of-hours/index.html").read_text()
    assert "<ul><li>Mon–Fri: 5 pm–9 am</li><li>Sat, Sun: 24 hours</li></ul>" in page
    assert on("given", "Monday") == (["17:00-09:00", "00:00-09:00"], [("00:00", "09:00")], [("00:00", "09:00")])
    assert on("one-night", "Sunday") == (["22:00-06:00"], [("22:00", "06:00")], [("22:00", "06:00")])


def test_a_line_open_all_day_every_day_is_open_24_7_however_its_hours_are_written(sample_site: Path, tmp_path: Path) -> None:
    """'Daily 24 hours', or each day's 24 hours written in parts, is open 24/7: the page, its schema.org data, HSDS
    and search's "Open 24/7" filter say so, as they do for 'open_24_7: yes' (the page had said 'Mon–Sun: 24
    hours', the device "Open now, until 12 am", and the filter left the line out)."""
    from peerdir.search.index import search_documents

    line = A_LINE + "service_area: [national]\nphones: (503) 555-0148\n"
    (sample_site / "listings/helplines/daily-line.yaml").write_text(f"name: Daily Line\n{line}hours: Daily 24 hours\n")
    (sample_site / "listings/helplines/parts-line.yaml").write_text(
        f"name: Parts Line\n{line}hours:\n  weekly:\n    - days: Mon-Fri\n      opens: '00:00'\n      closes: '00:00'\n"
        "    - days: Sat-Sun\n      opens: 24 hours\n")
    (sample_site / "listings/helplines/weekend-line.yaml").write_text(f"name: Weekend Line\n{line}hours: Sat-Sun 24 hours\n")
    out = tmp_path / "out"
    build(sample_site, BuildOptions(out_dir=out, today=BUILD_DATE))
    for slug in ("daily-line", "parts-line"):
        page = (out / f"helplines/{slug}/index.html").read_text()
        assert "<li>Open 24 hours, every day</li>" in page and "data-when='{\"always\":true,\"kind\":\"hours\"}'" in page
        data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page).group(1))
        assert [(len(spec["dayOfWeek"]), spec["opens"], spec["closes"]) for spec in data["contactPoint"]["hoursAvailable"]] == [
            (7, "00:00", "23:59")]
    weekend = (out / "helplines/weekend-line/index.html").read_text()
    assert "<li>Sat, Sun: 24 hours</li>" in weekend and "Open 24 hours, every day" not in weekend
    # A line with hours leads to the lines open now, for someone who finds it closed; one open 24/7 need not.
    lines_open_now = '<a href="../../search/?type=helpline&amp;open=now">Lines open now</a>'
    assert lines_open_now in weekend and lines_open_now not in page
    services = {s["name"]: s for s in json.loads(gzip.decompress((out / "hsds/services.json.gz").read_bytes()))}
    assert [(s["byday"], s["opens_at"], s["closes_at"]) for s in services["Daily Line"]["schedules"]] == [
        ("MO,TU,WE,TH,FR,SA,SU", "00:00-07:00", "23:59-07:00")]
    same = [{k: v for k, v in s.items() if not k.endswith("id")} for s in services["Parts Line"]["schedules"]]
    assert same == [{k: v for k, v in s.items() if not k.endswith("id")} for s in services["Daily Line"]["schedules"]]
    facets = {doc.display[1]: doc.facets.get("open") for doc in search_documents(load_site(sample_site, BUILD_DATE))}
    assert facets["Daily Line"] == facets["Parts Line"] == ["24-7"] and facets["Weekend Line"] is None


def test_a_line_that_keeps_no_set_hours_says_its_words_everywhere_and_is_never_called_open_or_closed(
        golden_site: Path, tmp_path: Path) -> None:
    """'hours: By appointment': its page, its card, its search result and the API's CSV say so where the hours
    go; no clock reads them (no data for "Open now", no schema.org hours, not in the lines open now), since
    nothing says when it is open."""
    common = "cost: free\npeer_led: yes\nlast_verified: 2026-10-01\nkind: warmline\nservice_area: [old-town]\nphones: 01632 960111\n"
    (golden_site / "listings/helplines/appointment-line.yaml").write_text(
        "name: Appointment Line\nsummary: A line.\n" + common + "hours: By appointment\n")
    out = tmp_path / "out"
    build(golden_site, BuildOptions(out_dir=out, today=BUILD_DATE))
    page = (out / "helplines/appointment-line/index.html").read_text()
    section = re.search(r'<section aria-labelledby="hours">.*?</section>', page, re.DOTALL).group()
    assert '<h2 id="hours">Opening hours</h2>\n<p>By appointment</p>' in section and "<ul>" not in section
    assert "data-when" not in page
    (script,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page)
    assert "hoursAvailable" not in json.loads(script)["contactPoint"]
    assert '<p class="card-hours">By appointment</p>' in (out / "helplines/index.html").read_text()
    data = "".join(p.read_text() for p in (out / "search/data").glob("*.js"))
    assert '"By appointment",[["Call 01632 960111","tel:+441632960111"]]' in data
    rows = {row["name"]: row for row in csv.DictReader((out / "api/listings.csv").read_text(encoding="utf-8-sig").splitlines())}
    assert rows["Appointment Line"]["hours"] == "By appointment"
    from peerdir.search.index import search_documents

    (doc,) = [doc for doc in search_documents(load_site(golden_site, BUILD_DATE)) if doc.display[1] == "Appointment Line"]
    assert doc.schedule == "" and "open" not in doc.facets


def test_a_group_meeting_every_weekday_has_one_line_for_them_and_an_event_for_each(golden_site: Path, tmp_path: Path) -> None:
    """'Mon-Fri 12-1pm' is five meetings (a calendar event each); its page says them in one line, as hours are
    said, rather than five lines that differ in their day. Two days, or days at different times, keep a line each.
    Seven days are "Every day", in a meeting's line and in hours alike (both had said "Mon–Sun")."""
    import icalendar

    group = "summary: A group.\ncost: free\npeer_led: yes\nlast_verified: 2026-10-01\nformat: online\nservice_area: online\n"
    (golden_site / "listings/groups/daily.yaml").write_text(
        f"name: Daily Group\n{group}meetings: 'Mon-Fri 12-1pm (online); Sat 10am; Sun 10am; 1st Tuesday 7pm'\n")
    (golden_site / "listings/groups/every-day.yaml").write_text(f"name: Every Day Group\n{group}meetings: Daily 8:30am\n")
    (golden_site / "listings/helplines/every-day-line.yaml").write_text(
        f"name: Every Day Line\n{A_LINE}"
        "service_area: [old-town]\nphones: 01632 960111\nhours: Daily 5-11pm\n")
    out = tmp_path / "out"
    build(golden_site, BuildOptions(out_dir=out, today=BUILD_DATE))
    page = (out / "groups/daily/index.html").read_text()
    assert ("<li>Mon–Fri: 12:00–13:00 (online)</li><li>Every Saturday at 10:00</li><li>Every Sunday at 10:00</li>"
            "<li>Every 1st Tuesday of the month at 19:00</li>") in page
    assert "<li>Every day: 08:30</li>" in (out / "groups/every-day/index.html").read_text()
    assert "<li>Every day: 17:00–23:00</li>" in (out / "helplines/every-day-line/index.html").read_text()
    events = icalendar.Calendar.from_ical((out / "groups/daily/calendar.ics").read_bytes()).walk("VEVENT")
    assert len(events) == 8


def calendar_rules(path: Path) -> list[str]:
    """Each event's recurrence rule in a calendar file, as written (FREQ=MONTHLY;BYDAY=1TH,3TH)."""
    import icalendar

    return [str(event["RRULE"].to_ical(), "ascii") for event in icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")]


def test_hours_meetings_and_phones_written_as_directories_write_them_build_as_if_written_field_by_field(
        golden_site: Path, tmp_path: Path) -> None:
    """A group whose meetings and a line whose hours and phones are written as text build with the meetings in
    words, in its calendar and in HSDS, and the hours and buttons, that the same fields written one by one give."""
    common = "cost: free\npeer_led: yes\nlast_verified: 2026-10-01\n"
    listings = golden_site / "listings"
    (listings / "groups/text-group.yaml").write_text(
        "name: Text Group\nsummary: A group.\n" + common + "format: online\nservice_area: online\n"
        "meetings: '1st and 3rd Thursday 7-9pm; Every Monday at noon'\n")
    (listings / "helplines/text-line.yaml").write_text(
        "name: Text Line\nsummary: A line.\n" + common + "kind: warmline\nservice_area: [old-town]\n"
        "phones: 01632 960111\nhours: 'Mon-Fri 9am-5pm; Sat 10am-2pm (closed on public holidays)'\n")
    out = tmp_path / "out"
    build(golden_site, BuildOptions(out_dir=out, today=BUILD_DATE))
    group = (out / "groups/text-group/index.html").read_text()
    assert "<li>Every 1st and 3rd Thursday of the month, 19:00–21:00</li><li>Every Monday at 12:00</li>" in group
    assert sorted(calendar_rules(out / "groups/text-group/calendar.ics")) == ["FREQ=MONTHLY;BYDAY=1TH,3TH", "FREQ=WEEKLY;BYDAY=MO"]
    line = (out / "helplines/text-line/index.html").read_text()
    assert "<li>Mon–Fri: 09:00–17:00</li><li>Sat: 10:00–14:00</li></ul>\n<p>Closed on public holidays</p>" in line
    assert 'href="tel:+441632960111"' in line
    # Two periods on the same days, as a line closed for lunch writes them, are one line.
    (listings / "helplines/lunch-line.yaml").write_text(
        "name: Lunch Line\nsummary: A line.\n" + common + "kind: warmline\nservice_area: [old-town]\n"
        "phones: ['01632 960111 (Minicom)', 'Call or text 01632 960112']\nhours: 'Mon-Fri 9am-12pm and 1pm-5pm; Sat 10am-2pm'\n")
    build(golden_site, BuildOptions(out_dir=out, today=BUILD_DATE))
    lunch = (out / "helplines/lunch-line/index.html").read_text()
    assert "<ul><li>Mon–Fri: 09:00–12:00, 13:00–17:00</li><li>Sat: 10:00–14:00</li></ul>" in lunch
    # A number written with its note has a button that dials the number and the note beside it; 'Call or text', two.
    assert ('<a class="action" href="tel:+441632960111">Call 01632 960111</a> <span class="action-note">Minicom</span>'
            in lunch)
    assert 'href="tel:+441632960112"' in lunch and 'href="sms:+441632960112"' in lunch
    # Its card and its search result give the note with the hours, for someone deciding whether to call now.
    card_hours = '<p class="card-hours">Mon–Fri: 09:00–17:00; Sat: 10:00–14:00 · Closed on public holidays</p>'
    assert card_hours in (out / "helplines/index.html").read_text()
    assert "Mon–Fri: 09:00–17:00; Sat: 10:00–14:00 · Closed on public holidays" in "".join(
        p.read_text() for p in (out / "search/data").glob("*.js"))
    services = json.loads(gzip.decompress((out / "hsds/services.json.gz").read_bytes()))
    schedules = next(s for s in services if s["name"] == "Text Line")["schedules"]
    assert sorted((s["byday"], s["opens_at"][:5], s["closes_at"][:5], s["notes"]) for s in schedules) == [
        ("MO,TU,WE,TH,FR", "09:00", "17:00", "Closed on public holidays"), ("SA", "10:00", "14:00", "Closed on public holidays")]


def test_a_meeting_except_some_weeks_of_the_month_meets_the_others(golden_site: Path, tmp_path: Path) -> None:
    """'Tuesdays 7pm (except the 1st Tuesday)' had been every Tuesday with the words as a note, so its calendar and
    "Next meeting" sent people on the first Tuesday too; the weeks it meets are the others, on its page and in its
    calendar. 'except the last' cannot be said in weeks, and stays the note."""
    (golden_site / "listings/groups/but.yaml").write_text(
        "name: But Group\nsummary: A group.\ncost: free\npeer_led: yes\nlast_verified: 2026-10-01\nformat: online\n"
        "service_area: online\nmeetings: 'Tuesdays 7pm (except the 1st Tuesday); Thursdays 6pm, not 2nd and 4th; "
        "Fridays 1pm (except the last Friday)'\n")
    out = tmp_path / "out"
    build(golden_site, BuildOptions(out_dir=out, today=BUILD_DATE))
    page = (out / "groups/but/index.html").read_text()
    assert ("<li>Every 2nd, 3rd, 4th and 5th Tuesday of the month at 19:00</li><li>Every 1st, 3rd and 5th Thursday of "
            "the month at 18:00</li><li>Every Friday at 13:00 (except the last Friday)</li>") in page
    assert calendar_rules(out / "groups/but/calendar.ics") == [
        "FREQ=MONTHLY;BYDAY=2TU,3TU,4TU,5TU", "FREQ=MONTHLY;BYDAY=1TH,3TH,5TH", "FREQ=WEEKLY;BYDAY=FR"]
