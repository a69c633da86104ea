"""What a first search downloads, at 1,000 and 10,000 synthetic listings.

    python benchmarks/search_payload.py [COUNT ...]

For each query, the site's own search code (core.js with lunr.min.js, in Node) runs on a fresh start and
records every data file it loads and how long the search took (loading included) and took again (warm); the
script prints their raw and gzip sizes for five queries, besides the whole index's, then the median, 95th
percentile and largest of size and time over many more queries (every word of the synthetic text, pairs of
them, topics and misspellings).
Needs Node.js. Figures, not assertions.
"""

from __future__ import annotations

import gzip
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

from synthetic import TOPICS, WORDS, make_site  # noqa: E402

from peerdir.build import BuildOptions, build  # noqa: E402

QUERIES = ["grief", "peer support group", "anxeity", "", "recovery evening"]
MORE = (WORDS + [" ".join(pair) for pair in zip(WORDS[::2], WORDS[1::2])] + [t.replace("-", " ") for t in TOPICS]
        + [w[0] + w[2] + w[1] + w[3:] for w in WORDS if len(w) >= 5] + ["loss of a parent", "a", "of the", "free", "free peer support group"])
SCRIPTS = REPO / "peerdir/theme/static/search"


def sizes(paths: list[Path]) -> tuple[int, int]:
    raw = sum(p.stat().st_size for p in paths)
    return raw, sum(len(gzip.compress(p.read_bytes(), 9)) for p in paths)


def measure(count: int, work: Path) -> None:
    out = work / f"out-{count}"
    started = time.perf_counter()
    result = build(make_site(work / f"site-{count}", count), BuildOptions(out_dir=out))
    data = out / "search/data"
    shards = sorted(data.glob("shard-*.js"))
    raw, gz = sizes(shards)
    print(f"{count:>6} listings: build {time.perf_counter() - started:.1f} s, of which search index "
          f"{result.phases['search index']:.1f} s; index {raw / 1e6:.1f} MB raw, {gz / 1e3:,.0f} KB gzip "
          f"in {len(shards)} shards (largest {max(sizes([s])[1] for s in shards) / 1e3:,.0f} KB gzip)")
    code = sizes([SCRIPTS / "lunr.min.js", SCRIPTS / "core.js", SCRIPTS / "worker.js", SCRIPTS / "search.js"])
    print(f"         scripts (lunr.min.js, core.js, worker.js, search.js): {code[1] / 1e3:.0f} KB gzip, cached after the first visit")
    # As the search page asks: the filters closed (no counts, so no facet data), or a filter chosen.
    requests = [_request(q) for q in QUERIES + MORE]
    measured = json.loads(subprocess.run(
        ["node", str(REPO / "tests/js/harness.js"), "payload", str(SCRIPTS), str(data)],
        input=json.dumps(requests), capture_output=True, text=True, check=True,
    ).stdout)
    for query, result in zip(QUERIES, measured):
        files = result["loaded"]
        raw, gz = sizes([data / f for f in files])
        shard_files = [f for f in files if f.startswith("shard-")]
        print(f"         first search {query or '(filters only)':<22} {gz / 1e3:6.0f} KB gzip ({raw / 1e3:,.0f} KB raw): "
              f"{len(shard_files)} shard(s), {len([f for f in files if f.startswith('docs-')])} result chunk(s), meta"
              f"{', facets' if 'facets.js' in files else ''}{', when' if 'when.js' in files else ''}; {result['first']:.0f} ms, again {result['again']:.0f} ms")
    gzipped = [sizes([data / f for f in result["loaded"]])[1] / 1e3 for result in measured]
    for label, values, unit in [("first search, gzip", gzipped, "KB"), ("first search, time", [r["first"] for r in measured], "ms"),
                                ("search again, time", [r["again"] for r in measured], "ms")]:
        ordered = sorted(values)
        print(f"         {label} over {len(values)} queries: median {statistics.median(ordered):.0f} {unit}, "
              f"p95 {ordered[int(0.95 * (len(ordered) - 1))]:.0f} {unit}, max {ordered[-1]:.0f} {unit}")


def _request(query: str) -> dict:
    """As the search page asks: the filters closed (no counts, so no facet data), or a filter chosen."""
    return {"q": query, "limit": 20, "counts": False} if query else {"q": query, "limit": 20, "filters": {"type": ["group"]}}


def main() -> None:
    with tempfile.TemporaryDirectory() as work:
        for count in [int(a) for a in sys.argv[1:]] or [1000, 10000]:
            measure(count, Path(work))


if __name__ == "__main__":
    main()
