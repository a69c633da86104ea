"""Lighthouse's mobile scores for the sample directory, in all four categories, performance included.

    python benchmarks/lighthouse.py

Figures, not assertions: performance times the pages on this shared machine (with Lighthouse's simulated slow
phone and network), so it drifts with the load; tests/test_quality.py asserts the other three. Needs `npm ci`
(Lighthouse from npm) and Debian's chromium.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from browser import CHROMIUM  # noqa: E402
from static_host import address, serve_folder  # noqa: E402
from test_quality import PAGES  # noqa: E402

from peerdir.build import BuildOptions, build  # noqa: E402

CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


def main() -> None:
    with tempfile.TemporaryDirectory() as work:
        site = Path(work) / "site"
        site.mkdir()
        shutil.copy(REPO / "site.yaml", site / "site.yaml")
        for folder in ("listings", "content"):
            shutil.copytree(REPO / folder, site / folder)
        build(site, BuildOptions(out_dir=Path(work) / "out", base_url="https://example.org/"))
        server = serve_folder(Path(work) / "out")
        base = address(server)
        pages = {name: path for name, path in PAGES.items() if name != "404"}  # a 404 is meant to fail SEO's status check
        result = subprocess.run(
            ["node", str(REPO / "tests/js/lighthouse.mjs"), ",".join(CATEGORIES), *(base + p for p in pages.values())],
            capture_output=True, text=True, env={**os.environ, "CHROME_PATH": CHROMIUM}, check=True,
        )
        server.shutdown()
    scores = json.loads(result.stdout)
    print("Lighthouse mobile, the sample directory:")
    print(f"| page | {' | '.join(CATEGORIES)} |")
    print(f"| --- |{' --- |' * len(CATEGORIES)}")
    for (name, path), url in zip(pages.items(), (base + p for p in pages.values())):
        print(f"| {name} (/{path}) | " + " | ".join(f"{round(scores[url][c] * 100)}" for c in CATEGORIES) + " |")
    failing = sorted({line for s in scores.values() for line in s["failing"]})
    print("Below full marks:" if failing else "Every audit at full marks.", *failing, sep="\n  ")


if __name__ == "__main__":
    main()
