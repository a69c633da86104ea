"""How long `peerdir serve` takes to show an edit to one listing, on synthetic directories (10,000 by default),
beside `hugo server` on the same listings (benchmarks/compare.py writes them as a Hugo site) when Hugo is here.

    python benchmarks/rebuild_speed.py [COUNT ...]

Times `peerdir serve`'s first whole build as the command makes it, in a process of its own. Then starts a real
server in this process (the watcher included), waits for its first whole build, then edits one listing's name
several times and prints, for each edit, the seconds from saving the file to the page answering with the new
name (and, for peerdir, to its search data showing the new name, and to all the other outputs being up to date
too). The two servers run one after the other in the same run; the ratio is what to read, as this machine is
shared. Figures, not assertions.
"""

from __future__ import annotations

import json
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from compare import hugo_site  # noqa: E402
from synthetic import make_site  # noqa: E402

from peerdir.commands.serve import DevServer  # noqa: E402


def _page(url: str) -> str:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read().decode("utf-8")


def _edits(path: Path, url: str, names: list[str], rename: Callable[[str, str], str], after: Callable[[], None] = lambda: None) -> list[float]:
    """Seconds from each save of the listing with a new name to its page answering with that name."""
    shown = []
    for name in names:
        text = rename(path.read_text(), name)
        saved = time.perf_counter()
        path.write_text(text)
        while name not in _page(url):
            time.sleep(0.01)
        shown.append(time.perf_counter() - saved)
        after()
    return shown


def _yaml_name(text: str, name: str) -> str:
    return "\n".join(f"name: {name}" if line.startswith("name:") else line for line in text.split("\n"))


def _hugo_title(text: str, name: str) -> str:
    front, rest = text.split("\n", 1)
    return json.dumps({**json.loads(front), "title": name}, ensure_ascii=False) + "\n" + rest


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_for(url: str, text: str = "") -> None:
    """Until the page at url answers, with text in it."""
    while True:
        try:
            if text in _page(url):
                return
        except OSError:
            pass
        time.sleep(0.05)


def peerdir_serve_command(site: Path, count: int) -> None:
    """The first whole build as `peerdir serve` makes it, in its own process: from the start to a listing's page
    answering (its forked copy answers "being built" meanwhile). Its worker processes are forked only from a
    process with one thread, which the measurements below (a server in a thread of this one) cannot show."""
    listing = sorted((site / "listings/groups").glob("*.yaml"))[count // 20]
    name = next(line[len("name: "):] for line in listing.read_text().splitlines() if line.startswith("name: "))
    port = _free_port()
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "peerdir", "serve", str(site), "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_for(f"http://127.0.0.1:{port}/groups/{listing.stem}/", f"<h1>{name}</h1>")
        print(f"{count:>6} listings: `peerdir serve`'s first whole build {time.perf_counter() - started:.1f} s")
    finally:
        process.terminate()
        process.wait(30)


def peerdir_serve(site: Path, count: int, edits: int) -> float:
    built: list = []
    server = DevServer(site, 0, built.append, lambda problems, last_good: print(problems[:3]))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    started = time.perf_counter()
    while not (built and server.watching.is_set()):
        time.sleep(0.05)
    print(f"         the same in a thread of this process (so in one process) {time.perf_counter() - started:.1f} s, "
          f"{built[0].pages} pages")
    listing = sorted((site / "listings/groups").glob("*.yaml"))[count // 20]
    searched: list[float] = []
    done: list[float] = []

    def outputs() -> None:
        name = f'"Edited By Peerdir {len(done)}"'
        while not any(name in path.read_text(encoding="utf-8") for path in (server.out_dir / "search").rglob("docs-*.js")):
            time.sleep(0.2)  # its result entry (a renamed listing may move to another file of them)
        searched.append(time.perf_counter() - began[0])
        server.outputs_done.wait(600)
        done.append(time.perf_counter() - began[0])

    began = [0.0]
    server.outputs_done.wait(600)
    shown = []
    for n in range(edits):
        began[0] = time.perf_counter()
        shown += _edits(listing, server.url + "groups/" + listing.stem + "/", [f"Edited By Peerdir {n}"], _yaml_name, outputs)
    print(f"         peerdir serve: edit one listing -> its page served: median {statistics.median(shown):.2f} s "
          f"(each: {', '.join(f'{s:.2f}' for s in shown)}); pages rendered again: {[b.rendered for b in built[1:]]}")
    print(f"         peerdir serve: -> found by search: median {statistics.median(searched):.2f} s; "
          f"search data and exports all done: median {statistics.median(done):.2f} s")
    server.httpd.shutdown()
    server.close()
    return statistics.median(shown)


def hugo_server(site: Path, work: Path, count: int, edits: int) -> float | None:
    if not shutil.which("hugo"):
        print("         hugo server: not measured (apt-get install hugo)")
        return None
    hugo = hugo_site(site, work / "hugo-site")
    port = _free_port()
    process = subprocess.Popen(["hugo", "server", "-s", str(hugo), "--port", str(port), "--disableLiveReload"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        started = time.perf_counter()
        listing = sorted((hugo / "content/groups").glob("*.md"))[count // 20]
        url = f"http://127.0.0.1:{port}/groups/{listing.stem}/"
        _wait_for(url)
        print(f"         hugo server's first build {time.perf_counter() - started:.1f} s")
        time.sleep(1)  # its watcher starts after the first build
        shown = _edits(listing, url, [f"Edited By Hugo {n}" for n in range(edits)], _hugo_title)
        print(f"         hugo server: edit one listing -> its page served: median {statistics.median(shown):.2f} s "
              f"(each: {', '.join(f'{s:.2f}' for s in shown)})")
        return statistics.median(shown)
    finally:
        process.terminate()
        process.wait(30)


def measure(count: int, edits: int = 5) -> None:
    with tempfile.TemporaryDirectory() as work:
        site = make_site(Path(work) / "site", count)
        peerdir_serve_command(site, count)
        ours = peerdir_serve(site, count, edits)
        theirs = hugo_server(site, Path(work), count, edits)
        if theirs:
            print(f"         ratio, peerdir / hugo server: {ours / theirs:.2f}")


def main() -> None:
    for count in [int(a) for a in sys.argv[1:]] or [10000]:
        measure(count)


if __name__ == "__main__":
    main()
