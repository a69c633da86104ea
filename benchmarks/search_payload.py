"""What a first search downloads, at 1,000 and 10,000 synthetic listings.

    python benchmarks/search_payload.py [COUNT ...]

For each query, the site's own search code (core.js with lunr.min.js, in Node) runs on a fresh start and
records every data file it loads; the script prints their raw and gzip sizes, besides the whole index's.
Needs Node.js. Figures, not assertions.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

from synthetic import make_site  # noqa: E402

from peerdir.build import BuildOptions, build  # noqa: E402

QUERIES = ["grief", "peer support group", "anxeity", "", "recovery evening"]
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
    requests = [{"q": q, "limit": 20, "counts": False} if q else {"q": q, "limit": 20, "filters": {"type": ["group"]}} for q in QUERIES]
    loaded = json.loads(subprocess.run(
        ["node", str(REPO / "tests/js/harness.js"), "payload", str(SCRIPTS), str(data)],
        input=json.dumps(requests), capture_output=True, text=True, check=True,
    ).stdout)
    for query, files in zip(QUERIES, loaded):
        raw, gz = sizes([data / f for f in files])
        shard_files = [f for f in files if f.startswith("shard-")]
        print(f"         first search {query or '(filters only)':<22} {gz / 1e3:6.0f} KB gzip ({raw / 1e3:,.0f} KB raw): "
              f"{len(shard_files)} shard(s), {len([f for f in files if f.startswith('docs-')])} result chunk(s), meta"
              f"{', facets' if 'facets.js' in files else ''}")


def main() -> None:
    with tempfile.TemporaryDirectory() as work:
        for count in [int(a) for a in sys.argv[1:]] or [1000, 10000]:
            measure(count, Path(work))


if __name__ == "__main__":
    main()
