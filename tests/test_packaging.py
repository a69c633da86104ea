"""peerdir as a new user gets it: every import declared, a release that installs into an empty virtual
environment, the starter's workflows able to install it, a version, and a quick start."""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
import venv
from importlib.metadata import packages_distributions, version
from pathlib import Path

import pytest
import tomllib
import yaml
from click.testing import CliRunner
from conftest import REPO

from peerdir import __version__
from peerdir.cli import main
from peerdir.commands.init import STARTER

PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
HEAVY = {"httpx", "icalendar", "lunr", "watchfiles", "jinja2"}  # each needed by some commands, never by all


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~;\[ @]", requirement, maxsplit=1)[0].strip().lower().replace("_", "-")


def _imported_distributions(folder: Path) -> dict[str, set[str]]:
    """Distribution -> files under folder that import it (stdlib and peerdir's own modules left out)."""
    local = {p.stem for p in (REPO / "tests").glob("*.py")} | {p.stem for p in (REPO / "benchmarks").glob("*.py")} | {"peerdir"}
    providers = packages_distributions()  # slow to compute: once
    found: dict[str, set[str]] = {}
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for top in {name.split(".")[0] for name in names} - local - set(sys.stdlib_module_names):
                for dist in providers.get(top, [f"(no installed distribution provides '{top}')"]):
                    found.setdefault(dist.lower().replace("_", "-"), set()).add(path.relative_to(REPO).as_posix())
    return found


def test_every_import_of_the_package_is_a_declared_dependency() -> None:
    declared = {_name(r) for r in PYPROJECT["project"]["dependencies"]}
    missing = {dist: files for dist, files in _imported_distributions(REPO / "peerdir").items() if dist not in declared}
    assert missing == {}, "add these to [project] dependencies in pyproject.toml"


def test_only_the_command_knows_click() -> None:
    """The core raises its own errors; printing them and exit codes belong to peerdir/cli/ alone."""
    found = _imported_distributions(REPO / "peerdir").get("click", set())
    assert found and all(f.startswith("peerdir/cli/") for f in found), sorted(found)


def test_every_import_of_the_tests_and_benchmarks_is_declared() -> None:
    declared = {_name(r) for r in PYPROJECT["project"]["dependencies"] + PYPROJECT["project"]["optional-dependencies"]["test"]}
    found = _imported_distributions(REPO / "tests")
    for dist, files in _imported_distributions(REPO / "benchmarks").items():
        found.setdefault(dist, set()).update(files)
    assert {dist: files for dist, files in found.items() if dist not in declared} == {}


def test_lunr_is_pinned_to_the_version_the_stemmer_and_index_match() -> None:
    (pin,) = [r for r in PYPROJECT["project"]["dependencies"] if _name(r) == "lunr"]
    assert pin == "lunr==0.8.0" == f"lunr=={version('lunr')}"


def test_version_is_the_installed_package_version() -> None:
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0
    assert result.output == f"peerdir, version {version('peerdir')}\n"
    assert version("peerdir") == __version__


def _modules_after(args: list[str], cwd: Path) -> set[str]:
    """The modules a fresh interpreter has loaded after running `peerdir ARGS`."""
    code = (
        "import json, sys\nfrom peerdir.cli import main\n"
        f"try:\n    main({args!r})\nexcept SystemExit:\n    pass\n"
        "sys.stderr.write('MODULES ' + json.dumps(sorted(sys.modules)))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True, check=True)
    return {name.split(".")[0] for name in json.loads(run.stderr.rsplit("MODULES ", 1)[1])}


def test_help_loads_no_command_machinery(tmp_path: Path) -> None:
    loaded = _modules_after(["--help"], tmp_path)
    assert "click" in loaded, "the probe works"
    assert loaded & (HEAVY | {"pydantic", "yaml", "markdown", "phonenumbers"}) == set()


def test_check_loads_only_what_checking_needs(golden_site: Path) -> None:
    loaded = _modules_after(["check", str(golden_site)], golden_site)
    assert {"pydantic", "yaml", "markdown"} <= loaded, "the probe saw the check run"
    assert loaded & HEAVY == set()


def test_starter_requirements_name_this_release() -> None:
    pins = [line for line in (STARTER / "requirements.txt").read_text().splitlines() if line and not line.startswith("#")]
    assert pins == [f"peerdir=={__version__}"]
    assert f"git+https://github.com/<owner>/peerdir@v{__version__}" in (STARTER / "requirements.txt").read_text()


def _install_step(workflow: Path) -> str:
    jobs = yaml.safe_load(workflow.read_text(encoding="utf-8"))["jobs"]
    (step,) = [s for job in jobs.values() for s in job["steps"] if s.get("name") == "Install peerdir"]
    return step["run"]


@pytest.mark.tools
def test_release_installs_into_an_empty_venv_and_a_new_directory_publishes(tmp_path: Path) -> None:
    """The release workflow's build, then what a new directory's workflows do on GitHub, with the release wheel
    standing in for PyPI: install by the workflow's own command in a venv with nothing else, init, check, build."""
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "build", "--outdir", str(dist), str(REPO)], check=True, capture_output=True)
    assert sorted(p.name for p in dist.iterdir()) == [f"peerdir-{__version__}-py3-none-any.whl", f"peerdir-{__version__}.tar.gz"]
    twine = subprocess.run([sys.executable, "-m", "twine", "check", "--strict", *map(str, dist.iterdir())], capture_output=True, text=True)
    assert twine.returncode == 0, twine.stdout + twine.stderr

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True, system_site_packages=False).create(env_dir)
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    environ.update(PATH=f"{env_dir / 'bin'}{os.pathsep}{environ['PATH']}", PIP_FIND_LINKS=str(dist),
                   PIP_DISABLE_PIP_VERSION_CHECK="1")

    def sh(command: str, cwd: Path) -> str:
        done = subprocess.run(["bash", "-ec", command], cwd=cwd, env=environ, capture_output=True, text=True)
        assert done.returncode == 0, f"{command}\n{done.stdout}\n{done.stderr}"
        return done.stdout

    assert not (env_dir / "bin/peerdir").exists(), "the new venv starts empty"
    work = tmp_path / "outside"  # nowhere near the repository: nothing of it is importable from here
    work.mkdir()
    sh(f"pip install -q {dist / f'peerdir-{__version__}-py3-none-any.whl'}", work)
    assert sh("python -c 'import peerdir; print(peerdir.__file__)'", work).startswith(str(env_dir))
    sh("peerdir init our-directory", work)
    site = work / "our-directory"
    assert "No problems" in sh("peerdir check", site)
    sh("peerdir build --out site --base-url https://our-org.github.io/our-directory/", site)
    assert (site / "site/index.html").is_file() and (site / "site/search/data").is_dir()

    # On GitHub, the new directory's workflows install peerdir by their own command, from requirements.txt.
    sh("pip uninstall -q -y peerdir", site)
    for workflow in ("publish.yml", "check.yml"):
        sh(_install_step(site / ".github/workflows" / workflow), site)
        assert sh("peerdir --version", site) == f"peerdir, version {__version__}\n"
    assert "No problems" in sh("peerdir check", site)
