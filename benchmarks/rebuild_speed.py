"""How long `peerdir serve` takes to show an edit to one listing, on synthetic directories (10,000 by default).

    python benchmarks/rebuild_speed.py [COUNT ...]

Starts a real server (the watcher included), waits for its first whole build, then edits one listing's name
several times and prints, for each edit, the seconds from saving the file to the page answering with the new
name, and to the search data and other outputs being up to date too. Figures, not assertions.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import make_site  # noqa: E402

from peerdir.commands.serve import DevServer  # noqa: E402


def _page(url: str) -> str:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read().decode("utf-8")


def measure(count: int, edits: int = 5) -> None:
    with tempfile.TemporaryDirectory() as work:
        site = make_site(Path(work) / "site", count)
        built = []
        server = DevServer(site, 0, built.append, lambda problems, last_good: print(problems[:3]))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        started = time.perf_counter()
        while not (built and server.watching.is_set()):
            time.sleep(0.05)
        print(f"{count:>6} listings: first whole build {time.perf_counter() - started:.1f} s, {built[0].pages} pages")
        listing = sorted((site / "listings/groups").glob("*.yaml"))[count // 20]
        url = server.url + "groups/" + listing.stem + "/"
        shown, done, rendered = [], [], []
        for n in range(edits):
            text = listing.read_text()
            name = f"Edited Name {n}"
            first = next(line for line in text.splitlines() if line.startswith("name:"))
            server.outputs_done.clear()
            saved = time.perf_counter()
            listing.write_text(text.replace(first, f"name: {name}"))
            while name not in _page(url):
                time.sleep(0.01)
            shown.append(time.perf_counter() - saved)
            server.outputs_done.wait(600)
            done.append(time.perf_counter() - saved)
            rendered.append(built[-1].rendered)
        print(f"         edit one listing -> its page served: median {statistics.median(shown):.2f} s "
              f"(each: {', '.join(f'{s:.2f}' for s in shown)}); pages rendered again: {rendered}")
        print(f"         edit one listing -> search data and exports too: median {statistics.median(done):.2f} s")
        server.httpd.shutdown()
        server.close()


def main() -> None:
    for count in [int(a) for a in sys.argv[1:]] or [10000]:
        measure(count)


if __name__ == "__main__":
    main()
