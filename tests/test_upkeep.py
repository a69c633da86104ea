"""Maintainers' commands: stale listings, and link checking against a local HTTP server (never a real site)."""

from __future__ import annotations

import http.server
import json
import socket
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from peerdir.cli import main


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_stale_lists_oldest_first_with_contacts(golden_site: Path) -> None:
    # Build date 2026-11-01; stale_after_months 6: the warmline (2026-01-15) is stale; the closed café is not listed.
    result = run("stale", str(golden_site))
    assert result.exit_code == 0
    assert result.output.splitlines()[0] == "2026-01-15    9 months  Fenwick Warmline  (listings/helplines/fenwick-warmline.yaml)"
    assert "01632 960003" in result.output and "riverside-grief-cafe" not in result.output
    records = json.loads(run("stale", str(golden_site), "--months", "2", "--format", "json").output)
    assert [r["name"] for r in records] == ["Fenwick Warmline", "Riverside House", "Carers Corner"]
    assert records[1]["phones"] == ["01632 960004"] and records[1]["months_since"] == 2
    assert run("stale", str(golden_site), "--months", "60").output == "Every listing was verified recently.\n"


class _Site(http.server.BaseHTTPRequestHandler):
    flaky_calls = 0
    seen: list[tuple[str, float]] = []

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802
        _Site.seen.append((self.path, time.monotonic()))
        if self.path == "/old":
            self.send_response(301)
            self.send_header("Location", "/ok")
            self.end_headers()
            return
        if self.path == "/flaky":
            _Site.flaky_calls += 1
            self.send_response(503 if _Site.flaky_calls == 1 else 200)
        elif self.path == "/slow":
            time.sleep(0.8)
            self.send_response(200)
        else:
            self.send_response({"/ok": 200, "/gone": 404}.get(self.path, 404))
        self.send_header("Content-Length", "0")
        self.end_headers()


@pytest.fixture
def local_web():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    _Site.flaky_calls, _Site.seen = 0, []
    with socket.socket() as probe:  # a port that nothing listens on
        probe.bind(("127.0.0.1", 0))
        refused = probe.getsockname()[1]
    yield f"http://127.0.0.1:{server.server_address[1]}", f"http://127.0.0.1:{refused}"
    server.shutdown()


def test_links_reports_broken_and_moved_addresses_with_their_files(golden_site: Path, local_web) -> None:
    web, refused = local_web
    pages = {"ok": "/ok", "old": "/old", "gone": "/gone", "flaky": "/flaky", "slow": "/slow"}
    template = (golden_site / "listings/helplines/fenwick-warmline.yaml").read_text()
    for name, path in pages.items():
        text = template.replace("name: Fenwick Warmline", f"name: Line {name}") + f"website: {web}{path}\n"
        (golden_site / f"listings/helplines/line-{name}.yaml").write_text(text)
    (golden_site / "listings/helplines/line-refused.yaml").write_text(template + f"website: {refused}/\n")
    forum = golden_site / "listings/forums/carers-corner.yaml"
    forum.write_text(forum.read_text().replace("https://forum.carers-corner.example.org/", f"{web}/gone"))
    group = golden_site / "listings/groups/old-town-anxiety-group.yaml"
    group.write_text(group.read_text().replace("https://old-town.example.org/", f"{web}/ok"))  # only local hosts

    result = run("links", str(golden_site), "--timeout", "0.3", "--retries", "1", "--delay", "0.1")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert f"moved   {web}/old -> {web}/ok  (listings/helplines/line-old.yaml)" in lines
    assert f"broken  {web}/gone  HTTP 404  (listings/forums/carers-corner.yaml, listings/helplines/line-gone.yaml)" in lines
    assert f"broken  {web}/slow  no answer within 0.3 s  (listings/helplines/line-slow.yaml)" in lines
    assert any(line.startswith(f"broken  {refused}/  ConnectError") for line in lines)
    assert not any(line.startswith((f"broken  {web}/flaky", f"broken  {web}/ok")) for line in lines), "a retry rescues the flaky page"
    assert lines[-1] == "6 checked: 3 broken, 1 moved."
    assert _Site.flaky_calls == 2
    # One host: its checks come one at a time, at least --delay apart (a redirect's hop belongs to its check).
    gaps = [b[1] - a[1] for a, b in zip(_Site.seen, _Site.seen[1:]) if a[0] != "/old"]
    assert len(gaps) >= 5 and all(gap >= 0.09 for gap in gaps)


def test_links_with_every_address_working(golden_site: Path, local_web) -> None:
    web, _ = local_web
    for path in golden_site.glob("listings/*/*.yaml"):
        text = path.read_text()
        text = text.replace("https://old-town.example.org/", f"{web}/ok").replace("https://forum.carers-corner.example.org/", f"{web}/ok")
        path.write_text(text)
    result = run("links", str(golden_site), "--delay", "0")
    assert result.exit_code == 0
    assert result.output.splitlines()[-1] == "1 checked: 0 broken, 0 moved."
