"""How long `peerdir --help` and `peerdir check` take to start, beside `python -c pass`.

    python benchmarks/startup.py [RUNS]

Figures, not assertions. The three commands run in turn, RUNS times each (default 15), so a busy shared machine
slows them alike; the medians and the difference from a bare interpreter are printed. The goal: `peerdir --help`
under a third of a second, which it meets by loading each command's machinery only when that command runs.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def main(runs: int) -> None:
    with tempfile.TemporaryDirectory() as work:
        site = Path(work) / "site"
        shutil.copytree(REPO / "tests/golden/site", site)
        peerdir = [sys.executable, "-m", "peerdir"]
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "peerdir --help": [*peerdir, "--help"],
            "peerdir check (golden site)": [*peerdir, "check", str(site)],
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(runs):
            for name, command in commands.items():
                started = time.perf_counter()
                subprocess.run(command, check=True, capture_output=True)
                times[name].append(time.perf_counter() - started)
    base = statistics.median(times["python -c pass"])
    print(f"{runs} runs each, alternating; median wall time, and beyond a bare interpreter:")
    for name, measured in times.items():
        median = statistics.median(measured)
        print(f"  {name:<30} {median * 1000:7.0f} ms   +{(median - base) * 1000:5.0f} ms")
    help_time = statistics.median(times["peerdir --help"])
    print(f"peerdir --help: {help_time:.3f} s ({'within' if help_time < 1 / 3 else 'OVER'} the 0.333 s goal)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 15)
