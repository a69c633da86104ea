"""peerdir serve: a real server on localhost, real file watching, rebuilds and the reload signal."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import files_under

from peerdir.build import BuildOptions, build
from peerdir.cli import main
from peerdir.commands.serve import RELOAD_PATH, VERSION_PATH, DevServer


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def wait_for(condition, seconds: float = 15.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.02)
    raise AssertionError("timed out")


@pytest.fixture
def server(golden_site: Path):
    built, problems = [], []
    dev = DevServer(golden_site, 0, built.append, lambda found, serving_last_good: problems.append(found))
    thread = threading.Thread(target=dev.serve_forever, daemon=True)
    thread.start()
    wait_for(lambda: dev.version >= 1 and dev.watching.is_set())  # files changed earlier would go unnoticed
    yield dev, built, problems
    dev.httpd.shutdown()
    thread.join(5)


def test_serves_pages_with_the_reload_script_only_while_serving(server, golden_site: Path) -> None:
    dev, _, _ = server
    status, html = fetch(dev.url)
    assert status == 200 and "Fenwick Peer Support (test)" in html
    assert f'<script src="{RELOAD_PATH}"></script></body>' in html
    assert fetch(dev.url + RELOAD_PATH.lstrip("/"))[0] == 200
    assert fetch(dev.url + VERSION_PATH.lstrip("/")) == (200, "1")
    status, missing = fetch(dev.url + "no/such/page/")
    assert status == 404 and "Page not found" in missing
    assert not (golden_site / "site").exists(), "serve never writes the real output folder"


def test_rebuilds_on_change_and_keeps_the_last_good_site_on_problems(server, golden_site: Path, tmp_path: Path) -> None:
    dev, built, problems = server
    listing = golden_site / "listings/groups/old-town-anxiety-group.yaml"
    listing.write_text(listing.read_text().replace("Old Town Anxiety Group", "Old Town Calm Group"))
    wait_for(lambda: dev.version >= 2)
    assert fetch(dev.url + VERSION_PATH.lstrip("/"))[1] == "2"
    assert "Old Town Calm Group" in fetch(dev.url + "groups/old-town-anxiety-group/")[1]
    assert built[-1].rendered is not None and built[-1].rendered < built[-1].pages, "an update renders what changed"
    wait_for(dev.outputs_done.is_set)  # then the search data and other outputs, in the background
    assert "Old Town Calm Group" in fetch(dev.url + "api/listings.json")[1]
    build(golden_site, BuildOptions(out_dir=tmp_path / "whole"))
    assert files_under(dev.out_dir) == files_under(tmp_path / "whole"), "what a whole build of the same files writes"

    listing.write_text("name: [broken\n")
    wait_for(lambda: len(problems) >= 1)
    assert problems[0][0].path == "listings/groups/old-town-anxiety-group.yaml"
    assert dev.version == 2
    assert "Old Town Calm Group" in fetch(dev.url + "groups/old-town-anxiety-group/")[1]


def test_a_change_to_site_yaml_builds_every_page_and_then_the_rest(server, golden_site: Path, tmp_path: Path) -> None:
    """A whole build while serving swaps in the pages, then makes the search data and exports in place, as after
    an edit: the folder ends as `peerdir build` writes it."""
    dev, built, _ = server
    wait_for(dev.outputs_done.is_set)
    config = golden_site / "site.yaml"
    config.write_text(config.read_text().replace("title: Fenwick Peer Support (test)", "title: Fenwick Peer Circle"))
    wait_for(lambda: dev.version >= 2)
    assert built[-1].rendered is None, "a whole build"
    assert "Fenwick Peer Circle" in fetch(dev.url)[1]
    wait_for(dev.outputs_done.is_set)
    assert '"site":"Fenwick Peer Circle"' in fetch(dev.url + "api/listings.json")[1]
    build(golden_site, BuildOptions(out_dir=tmp_path / "whole"))
    assert files_under(dev.out_dir) == files_under(tmp_path / "whole"), "what a whole build of the same files writes"


def test_directory_without_slash_redirects_so_relative_links_work(server) -> None:
    dev, _, _ = server
    with urllib.request.urlopen(dev.url + "groups", timeout=5) as response:
        assert response.url.endswith("/groups/")


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_serve_stopped_by_a_signal_removes_its_temporary_folder(golden_site: Path, tmp_path: Path, stop) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    process = subprocess.Popen([sys.executable, "-m", "peerdir", "serve", str(golden_site), "--port", "0"],
                               env={**os.environ, "TMPDIR": str(temp)}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        url = process.stdout.readline().split(" at ", 1)[1].split()[0]
        assert process.stdout.readline().startswith("Built ")
        assert fetch(url)[0] == 200
        assert [p.name[:14] for p in temp.iterdir()] == ["peerdir-serve-"]
        process.send_signal(stop)
        assert process.wait(15) == 0
    finally:
        process.kill()
    assert "Stopped." in process.stdout.read()
    assert list(temp.iterdir()) == [], "nothing is left in the temporary folder"


def test_serve_on_a_taken_port_says_so_and_leaves_nothing(golden_site: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(main, ["serve", str(golden_site), "--port", str(port)])
    assert result.exit_code == 2
    assert f"cannot listen on port {port}" in result.output and "--port" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["golden-site"]


def test_a_first_build_that_fails_is_explained_on_every_page_until_fixed(golden_site: Path) -> None:
    listing = golden_site / "listings/groups/old-town-anxiety-group.yaml"
    good = listing.read_text()
    listing.write_text('name: Old Town\n"<script>alert(1)</script>": typed by mistake\n')
    told = []
    dev = DevServer(golden_site, 0, lambda result: None, lambda found, serving_last_good: told.append(serving_last_good))
    thread = threading.Thread(target=dev.serve_forever, daemon=True)
    thread.start()
    try:
        wait_for(lambda: told == [False])
        for path in ("", "groups/old-town-anxiety-group/", "no/such/page/"):
            status, page = fetch(dev.url + path)
            assert status == 503
            assert "could not be built" in page and "listings/groups/old-town-anxiety-group.yaml:1:" in page
            assert "unknown field &#x27;&lt;script&gt;alert(1)&lt;/script&gt;&#x27;" in page and "<script>alert" not in page
            assert f'<script src="{RELOAD_PATH}"></script></body>' in page, "it reloads by itself once fixed"
        wait_for(dev.watching.is_set)
        listing.write_text(good)
        wait_for(lambda: dev.version == 1)
        assert fetch(dev.url + "groups/old-town-anxiety-group/")[0] == 200
    finally:
        dev.httpd.shutdown()
        thread.join(5)


def test_pages_asked_for_during_the_first_build_say_it_is_under_way_and_reload(golden_site: Path, tmp_path: Path) -> None:
    """Run as `peerdir serve` runs (a process with one thread), with a first build slowed to 3 seconds: a page
    asked for meanwhile is answered at once, by the forked copy, and the same address serves the site after."""
    script = (
        "import sys, time\nfrom pathlib import Path\nimport peerdir.commands.serve as s\nreal = s.build\n"
        "s.build = lambda *a, **k: time.sleep(3) or real(*a, **k)\n"
        "dev = s.DevServer(Path(sys.argv[1]), 0, lambda r: print('built', flush=True), lambda p, g: None)\n"
        "print(dev.url, flush=True)\ntry:\n    with s.sigterm_as_interrupt():\n        dev.serve_forever()\nexcept KeyboardInterrupt:\n    pass\n"
    )
    temp = tmp_path / "tmp"
    temp.mkdir()
    process = subprocess.Popen([sys.executable, "-c", script, str(golden_site)], stdout=subprocess.PIPE, text=True,
                               env={**os.environ, "TMPDIR": str(temp)})
    try:
        url = process.stdout.readline().strip()
        asked = time.monotonic()
        status, page = fetch(url + "groups/")
        assert status == 503 and "The site is being built" in page and time.monotonic() - asked < 2.5
        assert f'<script src="{RELOAD_PATH}"></script></body>' in page, "it reloads by itself when the site is ready"
        assert fetch(url + VERSION_PATH[1:]) == (200, "0")
        assert process.stdout.readline().strip() == "built"
        status, page = fetch(url + "groups/")
        assert status == 200 and "Fenwick Peer Support (test)" in page
        assert fetch(url + VERSION_PATH[1:]) == (200, "1"), "the version changed, so the waiting page reloads"
        process.send_signal(signal.SIGTERM)
        assert process.wait(15) == 0
    finally:
        process.kill()
    assert list(temp.iterdir()) == [], "the serving process, not its copy, removed the temporary folder"
