"""A suggestion sent with the "Suggest a listing" issue form becomes a listing file (`peerdir import issue`), and,
by the listing-from-issue workflow, a draft pull request; the workflow's own steps run here as GitHub runs them,
with a stand-in for GitHub's `gh` and a local repository to push to."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from conftest import BUILD_DATE

from peerdir.cli import main
from peerdir.sources.load import load_site

STARTER = Path(__file__).resolve().parent.parent / "peerdir/starter/github"
FORM = yaml.safe_load((STARTER / "ISSUE_TEMPLATE/suggest-listing.yml").read_text())


def issue_body(**answers: str) -> str:
    """An issue's text as GitHub writes it for the form: each question's label as a heading, then the answer
    ('_No response_' for one left empty); the checkboxes ticked."""
    parts = []
    for item in FORM["body"]:
        if item["type"] == "markdown":
            continue
        label = item["attributes"]["label"]
        if item["type"] == "checkboxes":
            parts.append(f"### {label}\n\n" + "\n".join(f"- [X] {o['label']}" for o in item["attributes"]["options"]))
        else:
            parts.append(f"### {label}\n\n{answers.get(item['id'], '_No response_')}")
    return "\n\n".join(parts) + "\n"


@pytest.fixture
def site(golden_site: Path) -> Path:
    (golden_site / ".github/ISSUE_TEMPLATE").mkdir(parents=True)
    shutil.copy(STARTER / "ISSUE_TEMPLATE/suggest-listing.yml", golden_site / ".github/ISSUE_TEMPLATE/suggest-listing.yml")
    return golden_site


def imported(site: Path, body: str, *args: str):
    (site.parent / "issue.md").write_text(body, encoding="utf-8")
    return CliRunner().invoke(main, ["import", "issue", str(site.parent / "issue.md"), "--site-dir", str(site), *args])


def completed(site: Path, rel: str, **fields: str):
    """The listing once a maintainer has filled in what check asks for, as read by check."""
    path = site / rel
    text = path.read_text(encoding="utf-8")
    for name, value in fields.items():
        text = text.replace(f"\n{name}:\n", f"\n{name}: {value}\n")
    path.write_text(text, encoding="utf-8")
    return next(item for item in load_site(site, BUILD_DATE).listings if item.source == rel)


def test_a_suggested_group_becomes_a_listing_with_every_answer_where_a_listing_keeps_it(site: Path) -> None:
    result = imported(site, issue_body(
        type="Peer support group", name="Men's Talking Shed: Riverside #2", website="shed.example.org",
        contact="01632 960123 or shed@example.org", where="Riverside",
        what="A friendly group for men who want to talk. Tea, biscuits and no pressure to speak.",
        when="2nd and 4th Tuesday of each month, 7 to 8:30 pm", cost="Free", peer_led="Yes", source="I go to it.",
    ), "--number", "7")  # fmt: skip
    rel = "listings/groups/mens-talking-shed-riverside-2.yaml"
    assert result.exit_code == 0 and result.output == f"Wrote {rel}. Run peerdir check to see what to fill in.\n", result.output
    text = (site / rel).read_text(encoding="utf-8")
    assert text.splitlines()[1].startswith("# Suggested in issue #7. Check every detail with the service")
    # what check asks for is only what the form never asked: how it meets, and when someone verified it
    told = CliRunner().invoke(main, ["check", str(site)]).output.splitlines()
    assert [line.split(": ")[1] for line in told[:-1]] == ["last_verified", "format"], told
    listing = completed(site, rel, last_verified="2026-10-30", format="online")
    data = listing.data
    assert (data.name, data.summary) == ("Men's Talking Shed: Riverside #2", "A friendly group for men who want to talk.")
    assert data.description == "A friendly group for men who want to talk. Tea, biscuits and no pressure to speak."
    assert (data.website, data.email, [p.number for p in data.phones]) == ("https://shed.example.org", "shed@example.org", ["01632 960123"])
    assert data.service_area == ["riverside"] and (data.cost, data.peer_led) == ("free", True)
    assert [(m.weekday, m.weeks, m.start.isoformat(), m.end.isoformat()) for m in data.meetings] == [
        ("tuesday", [2, 4], "19:00:00", "20:30:00")]


def test_a_forum_keeps_its_address_as_its_url_and_unknown_answers_stay_empty(site: Path) -> None:
    result = imported(site, issue_body(
        type="Online forum or community", name="Carers' Night Owls", website="https://owls.example.org/",
        where="online", what="A forum for carers who are awake at night.", when="Busiest after 10pm",
        cost="I don't know", peer_led="I don't know",
    ))  # fmt: skip
    rel = "listings/forums/carers-night-owls.yaml"
    assert result.exit_code == 0, result.output
    told = CliRunner().invoke(main, ["check", str(site)]).output
    assert "cost: required, but is empty" in told and "peer_led: required, but is empty" in told
    data = completed(site, rel, last_verified="2026-10-30", cost="free", peer_led="yes").data
    assert data.url == "https://owls.example.org/" and data.service_area == ["online"]
    assert data.description == "A forum for carers who are awake at night.\n\nBusiest after 10pm"  # no field for times


@pytest.mark.parametrize("body, refusal", [
    ("Hello, please add my group", "the suggestion gives no name"),
    (issue_body(type="Something else", name="A Group"), "does not say what kind of support it is ('Something else')"),
    (issue_body(type="Peer support group", name="Old Town Anxiety Group"), "listings/groups/old-town-anxiety-group.yaml already exists; edit it (is it listed already?)"),
])
def test_an_issue_that_is_no_suggestion_or_is_listed_already_writes_nothing(site: Path, body: str, refusal: str) -> None:
    before = sorted(site.rglob("*.yaml"))
    result = imported(site, body)
    assert result.exit_code == 2 and refusal in result.output, result.output
    assert sorted(site.rglob("*.yaml")) == before


def run_workflow(site: Path, tmp_path: Path, body: str) -> tuple[list[str], Path, Path]:
    """The workflow's steps as GitHub runs them (bash, -eo pipefail; after a failure only the steps `if: failure()`)
    in a clone of the site that pushes to a local repository; `gh` is a stand-in that gives the issue's text and
    records what it is asked (and the pull request's text). What gh was asked, the remote, and the runner's folder."""
    remote, work, tools, runner = tmp_path / "remote.git", tmp_path / "work", tmp_path / "bin", tmp_path / "runner"
    git = shutil.which("git")
    subprocess.run([git, "init", "-q", "--bare", str(remote)], check=True)
    shutil.copytree(site, work)
    for args in (["init", "-q", "-b", "main"], ["add", "-A"], ["-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "x"],
                 ["remote", "add", "origin", str(remote)], ["push", "-q", "origin", "main"]):
        subprocess.run([git, *args], cwd=work, check=True)
    tools.mkdir()
    runner.mkdir()
    (tmp_path / "issue.md").write_text(body)
    (tools / "gh").write_text(f"#!/bin/sh\necho \"$*\" >> {tmp_path / 'gh.log'}\n"
                              f"if [ \"$1 $2\" = 'issue view' ]; then cat {tmp_path / 'issue.md'}; fi\n"
                              f"if [ \"$1 $2\" = 'pr create' ]; then while [ $# -gt 0 ]; do\n"
                              f"  if [ \"$1\" = --body-file ]; then cp \"$2\" {tmp_path / 'pr.md'}; fi; shift\ndone; fi\n")
    (tools / "peerdir").write_text(f"#!/bin/sh\nexec {sys.executable} -m peerdir \"$@\"\n")
    for tool in tools.iterdir():
        tool.chmod(0o755)
    env = {**os.environ, "PATH": f"{tools}:{os.environ['PATH']}", "RUNNER_TEMP": str(runner), "NUMBER": "12",
           "GH_TOKEN": "x", "GH_REPO": "example-org/fenwick", "RUN": "https://github.com/example-org/fenwick/actions/runs/1"}
    workflow = yaml.safe_load((STARTER / "workflows/listing-from-issue.yml").read_text())
    assert workflow["jobs"]["draft"]["if"] == "github.event.label.name == 'make listing'"
    failed = False
    for step in workflow["jobs"]["draft"]["steps"]:
        if "run" in step and step["name"] != "Install peerdir" and (step.get("if") == "failure()") == failed:
            done = subprocess.run([shutil.which("bash"), "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]], cwd=work, env=env)
            failed = failed or done.returncode != 0
    return (tmp_path / "gh.log").read_text().splitlines(), remote, runner


def test_the_workflow_opens_a_draft_pull_request_that_closes_the_issue(site: Path, tmp_path: Path) -> None:
    asked, remote, _ = run_workflow(site, tmp_path, issue_body(
        type="Helpline, warmline, text line or chat", name="Night Owl Line", contact="Call or text 01632 960555",
        where="Riverside", what="Someone to talk to at night.", when="Daily 8pm-2am", cost="Free", peer_led="Yes"))
    assert asked[0] == "issue view 12 --json body --jq .body" and len(asked) == 2, asked
    assert asked[1].startswith("pr create --draft --head listing-from-issue-12 --title Add listings/helplines/night-owl-line.yaml --body-file ")
    pushed = subprocess.run([shutil.which("git"), "show", "--stat", "--format=%s", "listing-from-issue-12"], cwd=remote,
                            capture_output=True, text=True, check=True).stdout
    assert pushed.startswith("Add the listing suggested in #12\n") and "listings/helplines/night-owl-line.yaml" in pushed
    body = (tmp_path / "pr.md").read_text()
    assert body.startswith("Closes #12.\n\nThe answers to the suggestion, as a listing file.")
    assert "What `peerdir check` says now:\n\n    listings/helplines/night-owl-line.yaml:" in body
    assert "last_verified: required, but is empty" in body and "kind: required, but is empty" in body


def test_the_workflow_says_on_the_issue_why_it_opened_no_pull_request(site: Path, tmp_path: Path) -> None:
    asked, remote, _ = run_workflow(site, tmp_path, issue_body(type="Peer support group", name="Old Town Anxiety Group"))
    assert asked[0] == "issue view 12 --json body --jq .body" and len(asked) == 2, asked
    assert asked[1].startswith("issue comment 12 --body No listing could be made from this issue: the run says why "
                               "(https://github.com/example-org/fenwick/actions/runs/1).")
    branches = subprocess.run([shutil.which("git"), "branch", "--list"], cwd=remote, capture_output=True, text=True, check=True).stdout
    assert "listing-from-issue-12" not in branches
