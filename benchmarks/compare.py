"""peerdir beside the peer an organization would pick instead: Hugo, with Pagefind for search.

    python benchmarks/compare.py [COUNT ...] [--rounds N] [--named] [--work DIR]

Generates the same synthetic listings (benchmarks/synthetic.py) as a peerdir site and as a Hugo site (one page
per listing with its summary, description, phones, meetings, hours and place; a list page per type; topic and
region pages), then builds both from cold, alternating which goes first, in separate processes: `peerdir build`
against `hugo` followed by `pagefind --site`. peerdir also builds the site once more with `exports: []`, making
only what those two make (pages and search data; no HSDS, API or calendars). Prints the medians and their ratios
(this machine is shared, so only ratios from one run mean much), the CPU seconds each spent (user and system, which
move less than wall time), and the sizes a visitor and a host see. Needs
Hugo (Debian's `hugo`) and Pagefind (`pip install pagefind-bin`); says what is missing otherwise. Last, it opens
each site's search page in headless Chromium for the queries of search_payload.py and prints what a first search
fetches on each (benchmarks/first_search.py; needs Debian's chromium); with --named, only for its named queries
(at 100,000 listings one of Pagefind's searches takes minutes here). Figures, never assertions.

Where the builds write matters as much as what they do: on this shared machine's disk, making a file or a
folder took from 20 to 400 microseconds, so 20,000 files could cost any of 0.4 to 8 s, whichever tool made
them. So both build in memory (/dev/shm) where it has room, which measures the tools' own work, as memory.py
does; `--work DIR` builds in DIR instead (on a disk, say). The first line printed says which file system.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from artifact import artifact_text  # noqa: E402
from first_search import CHROMIUM, first_searches, summary  # noqa: E402
from search_payload import MORE, QUERIES  # noqa: E402
from synthetic import in_memory_if_room, make_site  # noqa: E402

from peerdir.sources.load import load_site  # noqa: E402

HUGO_CONFIG = """\
baseURL = "/"
title = "Synthetic Directory"
disableKinds = ["RSS"]
[taxonomies]
  topic = "topics"
  region = "regions"
"""
BASEOF = """<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{{ .Title }} | {{ site.Title }}</title></head><body><header><a href="/">{{ site.Title }}</a>
<p>In crisis? Call or text 988.</p><nav>{{ range site.Sections }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}</nav>
</header><main data-pagefind-body>{{ block "main" . }}{{ end }}</main></body></html>
"""
SINGLE = """{{ define "main" }}<h1>{{ .Title }}</h1><p>{{ .Params.summary }}</p>{{ .Content }}<dl>
{{ with .Params.phones }}<dt>Phone</dt>{{ range . }}<dd><a href="tel:{{ . }}">{{ . }}</a></dd>{{ end }}{{ end }}
{{ with .Params.when }}<dt>When</dt>{{ range . }}<dd>{{ . }}</dd>{{ end }}{{ end }}
{{ with .Params.place }}<dt>Where</dt><dd>{{ . }}</dd>{{ end }}
{{ with .Params.website }}<dt>Website</dt><dd><a href="{{ . }}">{{ . }}</a></dd>{{ end }}
<dt>Topics</dt><dd>{{ range .Params.topics }}<a href="{{ (printf "/topics/%s/" .) }}">{{ . }}</a> {{ end }}</dd></dl>{{ end }}
"""
LIST = """{{ define "main" }}<h1>{{ .Title }}</h1>{{ range .Pages }}<article><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
<p>{{ .Params.summary }}</p><p>{{ .Params.place }}</p></article>{{ end }}{{ end }}
"""


def hugo_site(peer_site: Path, root: Path) -> Path:
    """The same listings as Hugo content, read through peerdir's own loader so both sites say the same."""
    site = load_site(peer_site, None, None, False, {})
    for name, text in {"layouts/_default/baseof.html": BASEOF, "layouts/_default/single.html": SINGLE,
                       "layouts/_default/list.html": LIST, "layouts/index.html": LIST, "hugo.toml": HUGO_CONFIG}.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    for item in site.listings:
        data = item.data
        front = {
            "title": data.name, "summary": data.summary, "topics": list(data.topics), "regions": list(item.areas),
            "phones": [p.number for p in getattr(data, "phones", [])], "when": [*item.meetings, *item.hours],
            "place": ", ".join(item.area_names), "website": data.website or "",
        }
        path = root / "content" / item.type.folder / f"{item.slug}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(front, ensure_ascii=False) + "\n\n" + (data.description or "") + "\n", encoding="utf-8")
    return root


@dataclass(frozen=True)
class Run:
    """One command's seconds: wall, and CPU in user and system mode (its processes' and their children's), which
    move less than wall time on a shared machine."""

    wall: float
    user: float
    system: float


def timed(command: list[str]) -> Run:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return Run(wall, after.ru_utime - before.ru_utime, after.ru_stime - before.ru_stime)


def cpu_text(runs: list[Run]) -> str:
    median = statistics.median
    return f"{median(r.user for r in runs):.1f} user + {median(r.system for r in runs):.1f} system"


def output_figures(out: Path) -> tuple[float, int, int]:
    """Output MB, the largest HTML page in bytes, and the number of HTML pages."""
    files = [p for p in out.rglob("*") if p.is_file()]
    pages = [p.stat().st_size for p in files if p.suffix == ".html"]
    return sum(p.stat().st_size for p in files) / 1e6, max(pages), len(pages)


def gzip_size(paths: list[Path]) -> int:
    return sum(len(gzip.compress(p.read_bytes(), 9)) for p in paths)


def compare(count: int, rounds: int, work: Path, named: bool = False) -> None:
    peer = make_site(work / "peerdir-site", count)
    hugo = hugo_site(peer, work / "hugo-site")
    # The same site making only what Hugo + Pagefind make, pages and search: no HSDS, API or calendars.
    alike = shutil.copytree(peer, work / "peerdir-alike")
    with (alike / "site.yaml").open("a", encoding="utf-8") as config:
        config.write("exports: []\n")
    peer_out, alike_out, hugo_out = work / "peerdir-out", work / "peerdir-alike-out", work / "hugo-out"
    peer_runs: list[Run] = []
    alike_runs: list[Run] = []
    hugo_runs: list[Run] = []
    pagefind_runs: list[Run] = []

    def run_peerdir() -> None:
        shutil.rmtree(peer_out, ignore_errors=True)
        peer_runs.append(timed([sys.executable, "-m", "peerdir", "build", str(peer), "--out", str(peer_out)]))
        shutil.rmtree(alike_out, ignore_errors=True)
        alike_runs.append(timed([sys.executable, "-m", "peerdir", "build", str(alike), "--out", str(alike_out)]))

    def run_hugo() -> None:
        shutil.rmtree(hugo_out, ignore_errors=True)
        hugo_runs.append(timed(["hugo", "--quiet", "-s", str(hugo), "-d", str(hugo_out)]))
        pagefind_runs.append(timed([sys.executable, "-m", "pagefind_bin", "--site", str(hugo_out)]))

    for round_ in range(rounds):  # alternate who goes first, so neither always meets a warmer machine
        for run in (run_peerdir, run_hugo) if round_ % 2 == 0 else (run_hugo, run_peerdir):
            run()
    median = statistics.median
    p, alike_wall = median(r.wall for r in peer_runs), median(r.wall for r in alike_runs)
    h = median(first.wall + second.wall for first, second in zip(hugo_runs, pagefind_runs))
    print(f"{count:>6} listings, {rounds} rounds each, alternating; medians:")
    print(f"         build     peerdir {p:6.1f} s   Hugo {median(r.wall for r in hugo_runs):.1f} s + Pagefind "
          f"{median(r.wall for r in pagefind_runs):.1f} s = {h:.1f} s   ratio {p / h:.2f}")
    print(f"         like for like: peerdir making pages and search only (exports: []) {alike_wall:.1f} s   "
          f"ratio {alike_wall / h:.2f}")
    print(f"         CPU       peerdir {cpu_text(peer_runs)} s (pages and search only: {cpu_text(alike_runs)} s)   "
          f"Hugo {cpu_text(hugo_runs)} s, Pagefind {cpu_text(pagefind_runs)} s")
    (pm, pl, pn), (hm, hl, hn) = output_figures(peer_out), output_figures(hugo_out)
    print(f"         output    peerdir {pm:6.1f} MB  Hugo + Pagefind {hm:.1f} MB   ratio {pm / hm:.2f}")
    print(f"         for GitHub Pages: peerdir {artifact_text(peer_out)}; Hugo + Pagefind {artifact_text(hugo_out)}")
    print(f"         pages     peerdir {pn:6,} (largest {pl / 1e3:,.0f} KB)   Hugo {hn:,} (largest {hl / 1e3:,.0f} KB)")
    peer_index = gzip_size(sorted((peer_out / "search/data").glob("shard-*.js")))
    pagefind_index = sum(p.stat().st_size for p in (hugo_out / "pagefind").rglob("*.pf_index"))  # already gzipped
    print(f"         index     peerdir {peer_index / 1e3:6,.0f} KB gzip in all   Pagefind {pagefind_index / 1e3:,.0f} KB gzip in all "
          "(a first search loads part of each)")
    queries = [query for query in dict.fromkeys(QUERIES + ([] if named else MORE)) if query]  # Pagefind's page searches only for words
    peer_searches, pagefind_searches = first_searches(alike_out, hugo_out, queries)
    print(f"         first search, in Chromium, {len(queries)} queries (benchmarks/first_search.py): what the search fetches, gzip")
    print(f"                   peerdir  {summary(peer_searches)}")
    print(f"                   Pagefind {summary(pagefind_searches)}")
    ratios = sorted(p.gzip_bytes / f.gzip_bytes for p, f in zip(peer_searches, pagefind_searches))
    named = [(p, f) for p, f in zip(peer_searches, pagefind_searches) if p.query in QUERIES]
    print(f"                   ratio per query: median {statistics.median(ratios):.2f}, most {ratios[-1]:.2f}; peerdir / "
          "Pagefind: " + ", ".join(f"{p.query} {p.gzip_bytes / 1e3:,.0f} / {f.gzip_bytes / 1e3:,.0f} KB" for p, f in named))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("counts", nargs="*", type=int, default=[1000, 10000], metavar="COUNT", help="listings (default: 1000 10000)")
    parser.add_argument("--rounds", type=int, default=3, help="builds of each, alternating (default: 3)")
    parser.add_argument("--named", action="store_true", help="first searches for the named queries only")
    parser.add_argument("--work", type=Path, help="build in a temporary folder here (default: /dev/shm where it has room, "
                        "else the system's temporary folder)")
    args = parser.parse_args()
    missing = [name for name, found in (("hugo (apt-get install hugo)", shutil.which("hugo")),
                                        ("pagefind (pip install pagefind-bin)", _has_pagefind()),
                                        ("chromium (apt-get install chromium)", Path(CHROMIUM).exists())) if not found]
    if missing:
        sys.exit("compare.py needs " + " and ".join(missing))
    print(f"Hugo: {subprocess.run(['hugo', 'version'], capture_output=True, text=True).stdout.split()[1]}; "
          f"Pagefind: {subprocess.run([sys.executable, '-m', 'pagefind_bin', '--version'], capture_output=True, text=True).stdout.strip()}")
    with tempfile.TemporaryDirectory(dir=args.work or in_memory_if_room(max(args.counts) * 60_000)) as work:
        print(f"Building in {work} ({file_system(Path(work))})")
        for count in args.counts:
            compare(count, args.rounds, Path(work) / str(count), args.named)


def file_system(path: Path) -> str:
    """The type of the file system a folder is on (Linux's /proc/mounts: the longest mount point it is under)."""
    try:
        mounts = [line.split()[1:3] for line in Path("/proc/mounts").read_text().splitlines()]
    except OSError:
        return "file system unknown"
    resolved = str(path.resolve())
    under = [(point, kind) for point, kind in mounts if resolved == point or resolved.startswith(point.rstrip("/") + "/")]
    return max(under, key=lambda mount: len(mount[0]))[1] if under else "file system unknown"


def _has_pagefind() -> bool:
    return subprocess.run([sys.executable, "-m", "pagefind_bin", "--version"], capture_output=True).returncode == 0


if __name__ == "__main__":
    main()
