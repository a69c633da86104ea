"""Build a synthetic directory with `peerdir build` and print the memory its processes take, at their peak.

    python benchmarks/memory.py [COUNT] [--keep DIR] [--memory MB] [--cores N] [--translation es]

Issue 12 asks for 100,000 listings (the default) in under 2 GB. A build forks workers, which share the
model's pages with the main process until they write to them, so each process's resident size (RSS) counts the
shared pages again; the sum of proportional sizes (PSS: a shared page split between the processes sharing it)
is what the machine spends. Both are read from /proc every half second, so a peak shorter than that can be
missed. Figures, not assertions; Linux only. The directory is made and built in a temporary folder (in
/dev/shm when there is room, so that a slow disk does not set the pace), or in DIR with --keep. --memory is passed
to `peerdir build` (how many output workers it forks depends on it); --cores N makes the build believe the
machine has N cores (os.cpu_count), to see the processes a larger machine would run, though not its speed.
--translation es publishes the directory in Spanish too (`translations: [es]`), as a bilingual directory does:
every page, and its search data, twice.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from artifact import artifact_text  # noqa: E402
from synthetic import in_memory_if_room, make_site  # noqa: E402


def _tree(pid: int) -> list[int]:
    """pid and every process under it."""
    found = [pid]
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return found
    for child in children:
        found += _tree(int(child))
    return found


def _megabytes(path: str, field: str) -> int:
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(field):
                return int(line.split()[1]) // 1024
    except (OSError, ValueError):
        pass
    return 0


def watch(command: list[str], cwd: Path) -> tuple[float, dict[int, int], int]:
    """Run command; its seconds, each process's peak RSS (MB, by pid) and the peak of the sum of PSS (MB)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL)
    peaks: dict[int, int] = {}
    most = 0
    while process.poll() is None:
        total = 0
        for pid in _tree(process.pid):
            peaks[pid] = max(peaks.get(pid, 0), _megabytes(f"/proc/{pid}/status", "VmRSS:"))
            total += _megabytes(f"/proc/{pid}/smaps_rollup", "Pss:")
        most = max(most, total)
        time.sleep(0.5)
    if process.returncode:
        raise SystemExit(f"{' '.join(command)} failed with exit code {process.returncode}")
    return time.perf_counter() - started, peaks, most


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", nargs="?", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="make and build the directory here, and keep it")
    parser.add_argument("--memory", type=int, help="passed to peerdir build (MB)")
    parser.add_argument("--cores", type=int, help="the cores the build believes the machine has")
    parser.add_argument("--translation", help="a language to publish the directory in too (translations:), e.g. es")
    args = parser.parse_args()
    cores = f"import os; os.cpu_count = lambda: {args.cores}; " if args.cores else ""
    command = [sys.executable, "-c", cores + "from peerdir.cli import main; main()"]
    where = tempfile.TemporaryDirectory(dir=in_memory_if_room(args.count * 40_000)) if not args.keep else None
    work = args.keep or Path(where.name)  # type: ignore[union-attr]
    try:
        site = make_site(work / "site", args.count)
        if args.translation:
            with (site / "site.yaml").open("a", encoding="utf-8") as settings:
                settings.write(f"translations: [{args.translation}]\n")
        memory = ["--memory", str(args.memory)] if args.memory else []
        seconds, peaks, pss = watch([*command, "build", str(site), "--out", str(work / "out"), *memory], work)
        sizes = artifact_text(work / "out")
    finally:
        if where:
            where.cleanup()
    largest = sorted(peaks.values(), reverse=True)
    print(f"{args.count:,} listings built in {seconds:.0f} s; output: {sizes}")
    print(f"peak RSS of each process (MB, largest first): {', '.join(map(str, largest[:6]))}")
    print(f"peak of the sum of PSS, all processes: {pss:,} MB (issue 12's goal: under 2,000 MB at 100,000 listings)")


if __name__ == "__main__":
    main()
