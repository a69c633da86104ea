"""Shared fixtures: the repository's sample site, a copy of the golden site, and a fixed build date."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
BUILD_DATE = date(2026, 11, 1)
BUILD_EPOCH = "1793491200"  # 2026-11-01T00:00:00Z


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/expected from the current build")


@pytest.fixture(autouse=True)
def fixed_build_date(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every build in the tests sees the same date, as a reproducible build would."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", BUILD_EPOCH)


@pytest.fixture
def golden_site(tmp_path: Path) -> Path:
    """A fresh copy of the small golden site, safe to edit."""
    site = tmp_path / "golden-site"
    shutil.copytree(GOLDEN / "site", site)
    return site


@pytest.fixture
def sample_site(tmp_path: Path) -> Path:
    """A copy of the repository's sample directory (site.yaml, listings, content, theme)."""
    site = tmp_path / "sample"
    site.mkdir()
    shutil.copy(REPO / "site.yaml", site / "site.yaml")
    for folder in ("listings", "content", "theme"):
        if (REPO / folder).is_dir():
            shutil.copytree(REPO / folder, site / folder)
    return site


def files_under(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}
