"""Build synthetic directories of 1,000 and 10,000 listings and print how long each phase takes.

    python benchmarks/build_speed.py [COUNT ...]

Figures, not assertions: run it before and after a change that may affect speed. Each size runs in its
own process so that peak memory (max RSS) is that build's alone.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import make_site  # noqa: E402

from peerdir.build import BuildOptions, build  # noqa: E402


def measure(count: int) -> None:
    with tempfile.TemporaryDirectory() as work:
        site = make_site(Path(work) / "site", count)
        out = Path(work) / "out"
        build(site, BuildOptions(out_dir=out))  # warm: imports, caches, file system
        started = time.perf_counter()
        result = build(site, BuildOptions(out_dir=out))
        seconds = time.perf_counter() - started
        size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{count:>6} listings: {result.pages} pages in {seconds:.2f} s ({result.pages / seconds:,.0f} pages/s); "
          f"output {size / 1e6:.1f} MB; peak memory {peak:.0f} MB")
    for phase, phase_seconds in result.phases.items():
        print(f"         {phase:<18} {phase_seconds:6.2f} s")


def main() -> None:
    if sys.argv[1:2] == ["--one"]:
        measure(int(sys.argv[2]))
        return
    for count in [int(a) for a in sys.argv[1:]] or [1000, 10000]:
        subprocess.run([sys.executable, __file__, "--one", str(count)], check=True)


if __name__ == "__main__":
    main()
