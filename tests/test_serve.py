"""peerdir serve: a real server on localhost, real file watching, rebuilds and the reload signal."""

from __future__ import annotations

import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from peerdir.serve import RELOAD_PATH, VERSION_PATH, DevServer


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
        time.sleep(0.1)
    raise AssertionError("timed out")


@pytest.fixture
def server(golden_site: Path):
    built, problems = [], []
    dev = DevServer(golden_site, 0, built.append, problems.append)
    thread = threading.Thread(target=dev.serve_forever, daemon=True)
    thread.start()
    wait_for(lambda: dev.version >= 1)
    time.sleep(0.5)  # let the watcher start before files change
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


def test_rebuilds_on_change_and_keeps_the_last_good_site_on_problems(server, golden_site: Path) -> None:
    dev, built, problems = server
    listing = golden_site / "listings/groups/old-town-anxiety-group.yaml"
    listing.write_text(listing.read_text().replace("Old Town Anxiety Group", "Old Town Calm Group"))
    wait_for(lambda: dev.version >= 2)
    assert fetch(dev.url + VERSION_PATH.lstrip("/"))[1] == "2"
    assert "Old Town Calm Group" in fetch(dev.url + "groups/old-town-anxiety-group/")[1]

    listing.write_text("name: [broken\n")
    wait_for(lambda: len(problems) >= 1)
    assert problems[0][0].path == "listings/groups/old-town-anxiety-group.yaml"
    assert dev.version == 2
    assert "Old Town Calm Group" in fetch(dev.url + "groups/old-town-anxiety-group/")[1]


def test_directory_without_slash_redirects_so_relative_links_work(server) -> None:
    dev, _, _ = server
    with urllib.request.urlopen(dev.url + "groups", timeout=5) as response:
        assert response.url.endswith("/groups/")
