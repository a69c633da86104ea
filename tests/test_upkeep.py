"""Maintainers' commands: stale listings, and link checking against a local HTTP server (never a real site)."""

from __future__ import annotations

import http.server
import json
import socket
import threading
import time
from pathlib import Path

import pytest
import yaml
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


def test_stale_as_markdown_is_a_task_list_showing_each_name_as_written(golden_site: Path) -> None:
    """For the upkeep issue: a name is the contributor's text, so its marks are escaped (it would have been a
    link, italics, or a mention of a GitHub team) and the contacts are code, neither linked nor mentioning."""
    listing = golden_site / "listings/helplines/fenwick-warmline.yaml"
    listing.write_text(listing.read_text().replace("name: Fenwick Warmline", "name: '[Online] *Fenwick* Warmline @team <3'"))
    lines = run("stale", str(golden_site), "--format", "markdown").output.splitlines()
    assert lines[0].startswith("1 listing(s) not verified for 6 months or more, oldest first.") and lines[1] == ""
    assert lines[2:] == [
        "- [ ] **\\[Online\\] \\*Fenwick\\* Warmline @\u200bteam \\<3**: verified 2026-01-15 (9 months ago), "
        "[`listings/helplines/fenwick-warmline.yaml`](https://github.com/example-org/fenwick-directory/edit/main/directory/"
        "listings/helplines/fenwick-warmline.yaml)",
        "  `01632 960003`",
    ]
    assert run("stale", str(golden_site), "--months", "60", "--format", "markdown").output == (
        "Every listing was verified in the last 60 months.\n")


def test_stale_as_markdown_lists_the_oldest_that_fit_in_an_issue_and_counts_the_rest(golden_site: Path) -> None:
    """GitHub refuses an issue over 65,536 characters: a directory with thousands due would have had no issue."""
    from peerdir.commands.stale import stale_listings, stale_markdown
    from peerdir.sources.load import load_site

    found = stale_listings(load_site(golden_site), 0)
    assert len(found) == 4
    whole = stale_markdown(found, 0)
    assert whole.count("- [ ] ") == 4 and "lists them all" not in whole
    cut = stale_markdown(found, 0, budget=len(whole) - 1)
    assert cut.count("- [ ] ") == 3 and cut.endswith("\nAnd 1 more, verified later: `peerdir stale` lists them all.\n")
    assert cut.splitlines()[2:8] == whole.splitlines()[2:8], "the oldest first"


def _workflow_steps() -> dict[str, str]:
    from conftest import REPO

    workflow = yaml.safe_load((REPO / "peerdir/starter/github/workflows/upkeep.yml").read_text())
    return {step["name"]: step["run"] for step in workflow["jobs"]["report"]["steps"] if "run" in step}


@pytest.mark.parametrize("due, links, open_issue, expected", [
    (True, "", "", ["label create upkeep", "issue create --title Listings to re-verify --label upkeep --body-file report.md"]),
    (True, "", "12", ["label create upkeep", "issue edit 12 --body-file report.md"]),
    (False, "broken", "", ["label create upkeep", "issue create --title Listings to re-verify --label upkeep --body-file report.md"]),
    (False, "moved", "12", ["label create upkeep", "issue edit 12 --body-file report.md"]),
    (False, "many", "", ["label create upkeep", "issue create --title Listings to re-verify --label upkeep --body-file report.md"]),
    (False, "", "12", ["issue close 12 --comment Every listing was verified recently, and every website answers."]),
    (False, "", "", []),
])
def test_the_upkeep_workflow_keeps_one_issue_open_while_something_is_due(
    golden_site: Path, tmp_path: Path, due: bool, links: str, open_issue: str, expected: list[str]
) -> None:
    """The workflow's own steps, run by bash as GitHub runs them, with the real `peerdir stale` and stand-ins for
    `peerdir links` (no network here) and GitHub's `gh`, which record what they were asked."""
    import os
    import shutil
    import subprocess
    import sys

    tools = tmp_path / "bin"
    tools.mkdir()
    answer = {"broken": "broken  https://gone.example.org/  HTTP 404  (listings/groups/x.yaml)\n1 checked: 1 broken, 0 moved.\n",
              "moved": "moved   https://old.example.org/ -> https://new.example.org/  (listings/groups/x.yaml)\n1 checked: 0 broken, 1 moved.\n",
              "many": "".join(f"broken  https://gone-{n}.example.org/  HTTP 404  (listings/groups/x{n}.yaml)\\n" for n in range(70)),
              "": "4 checked: 0 broken, 0 moved.\n"}[links]
    (tools / "peerdir").write_text(
        f"#!/bin/sh\nif [ \"$1\" = links ]; then printf '{answer}'; exit {1 if links == 'broken' else 0}; fi\n"
        f"exec {sys.executable} -m peerdir \"$@\" --months {6 if due else 60} {golden_site}\n")
    (tools / "gh").write_text(
        f"#!/bin/sh\necho \"$*\" >> {tmp_path / 'gh.log'}\n"
        f"if [ \"$1 $2\" = 'issue list' ]; then echo '{open_issue}'; fi\n")
    for tool in tools.iterdir():
        tool.chmod(0o755)
    env = {**os.environ, "PATH": f"{tools}:{os.environ['PATH']}", "GH_TOKEN": "x", "GH_REPO": "example-org/fenwick"}
    for name, script in _workflow_steps().items():
        if name != "Install peerdir":
            subprocess.run([shutil.which("bash"), "--noprofile", "--norc", "-eo", "pipefail", "-c", script], cwd=tmp_path, env=env, check=True)
    asked = (tmp_path / "gh.log").read_text().splitlines()
    assert asked[0] == "issue list --label upkeep --state open --json number --jq .[0].number // empty"
    assert [line.split(" --description")[0] for line in asked[1:]] == expected
    report = (tmp_path / "report.md").read_text()
    assert ("- [ ] **Fenwick Warmline**" in report) == due
    listed = [line for line in report.splitlines() if line.startswith("    ")]
    assert listed == [f"    {line}" for line in answer.replace("\\n", "\n").splitlines()[:60] if not line[0].isdigit()]
    assert ("70 broken or moved, each with its file, the first 60 (peerdir links lists them all):" in report) == (links == "many")


class _Site(http.server.BaseHTTPRequestHandler):
    flaky_calls = 0
    seen: list[tuple[str, float]] = []

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802
        _Site.seen.append((self.path, time.monotonic()))
        if self.path in ("/old", "/slash"):
            self.send_response(301)
            self.send_header("Location", {"/old": "/ok", "/slash": "/slash/"}[self.path])
            self.end_headers()
            return
        if self.path == "/flaky":
            _Site.flaky_calls += 1
            self.send_response(503 if _Site.flaky_calls == 1 else 200)
        elif self.path == "/slow":
            time.sleep(0.8)
            self.send_response(200)
        else:
            self.send_response({"/ok": 200, "/slash/": 200, "/gone": 404}.get(self.path, 404))
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
    pages = {"ok": "/ok", "old": "/old", "gone": "/gone", "flaky": "/flaky", "slow": "/slow", "slash": "/slash"}
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
    assert not any(line.startswith(f"moved   {web}/slash") for line in lines), "only a slash added: the same page"
    assert lines[-1] == "7 checked: 3 broken, 1 moved."
    assert _Site.flaky_calls == 2
    # One host: its checks come one at a time, at least --delay apart (a redirect's hop belongs to its check).
    gaps = [b[1] - a[1] for a, b in zip(_Site.seen, _Site.seen[1:]) if a[0] not in ("/old", "/slash")]
    assert len(gaps) >= 5 and all(gap >= 0.09 for gap in gaps)


@pytest.mark.parametrize("url, final, same", [
    ("http://example.org/groups", "https://example.org/groups/", True),
    ("https://example.org", "https://www.example.org/", True),
    ("https://www.example.org/a?id=1", "https://example.org/a/?id=1", True),
    ("https://example.org/", "http://example.org/", False),  # to plain http: worth knowing
    ("https://example.org/group", "https://example.org/groups/new", False),
    ("https://example.org/", "https://example.net/", False),
    ("https://example.org/a?id=1", "https://example.org/a?id=2", False),
    ("https://example.org/", "https://example.org/?utm_source=x", False),
])
def test_a_redirect_to_the_same_page_is_not_a_move(url: str, final: str, same: bool) -> None:
    """Most sites redirect to https, to or from www., or to add a slash: every such listing had been told 'moved'."""
    from peerdir.commands.links import same_place

    assert same_place(url, final) is same


def test_links_with_every_address_working(golden_site: Path, local_web) -> None:
    web, _ = local_web
    for path in golden_site.glob("listings/*/*.yaml"):
        text = path.read_text()
        text = text.replace("https://old-town.example.org/", f"{web}/ok").replace("https://forum.carers-corner.example.org/", f"{web}/ok")
        path.write_text(text)
    result = run("links", str(golden_site), "--delay", "0")
    assert result.exit_code == 0
    assert result.output.splitlines()[-1] == "1 checked: 0 broken, 0 moved."
