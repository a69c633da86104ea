"""Shared fixtures: the repository's sample site, a copy of the golden site, and a fixed build date."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import tarfile
from datetime import date
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
BUILD_DATE = date(2026, 11, 1)
BUILD_EPOCH = "1793491200"  # 2026-11-01T00:00:00Z
# Worker processes are forked only where a core is spare: the tests of them need one.
needs_a_spare_core = pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="worker processes are used only with a spare core")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/expected from the current build")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test that opens Chromium, or needs a program besides Python (marked tools), is marked browser too:
    `pytest -m "not browser"` is the fast path, and `-m "not tools"` keeps the browser tests but not the others.
    The tests run on every core (pytest-xdist), except that the browser tests run one at a time on one worker: they
    share one Chromium and one built site, and two pages measured at once on a busy machine time out."""
    for item in items:
        if {"browser", "page", "js_page", "guarded"} & set(getattr(item, "fixturenames", ())) or item.get_closest_marker("tools"):
            item.add_marker(pytest.mark.browser)
            item.add_marker(pytest.mark.xdist_group("browser"))


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
    return sample_site_copy(tmp_path / "sample")


def sample_site_copy(site: Path) -> Path:
    site.mkdir(parents=True)
    shutil.copy(REPO / "site.yaml", site / "site.yaml")
    for folder in ("listings", "content", "theme"):
        if (REPO / folder).is_dir():
            shutil.copytree(REPO / folder, site / folder)
    return site


@pytest.fixture(scope="session")
def sample_built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample directory built once per test run with its own base_url, for the tests that only read a build."""
    from peerdir.build import BuildOptions, build

    work = tmp_path_factory.mktemp("sample-built")
    build(sample_site_copy(work / "sample"), BuildOptions(out_dir=work / "out", today=BUILD_DATE))
    return work / "out"


@pytest.fixture(scope="session")
def sample_served_at_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample built once per test run for a server at /: the browser, axe and Nu tests share it."""
    from peerdir.build import BuildOptions, build

    work = tmp_path_factory.mktemp("sample-root")
    build(sample_site_copy(work / "sample"), BuildOptions(out_dir=work / "out", base_url="https://example.org/", today=BUILD_DATE))
    return work / "out"


_SEARCH_DATA = re.compile(r"""peerdirSearchData\("([^"]+)",JSON\.parse\('(.*)'\),"([0-9a-f]+)"\);\n""", re.S)


def search_data(text: str) -> tuple[str, object, str]:
    """A search data file's name, value and version, as the browser reads them: its JSON, in a JavaScript string
    that escapes backslashes and apostrophes (peerdir/search/index.py, data_script)."""
    name, literal, version = _SEARCH_DATA.fullmatch(text).groups()
    return name, json.loads(re.sub(r"\\(.)", r"\1", literal)), version


def files_under(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def tar_bytes(root: Path, name: str) -> int:
    """What one file or folder of root adds to a tar, as actions/upload-pages-artifact packs a site for GitHub Pages."""
    with tarfile.open(fileobj=io.BytesIO(), mode="w", format=tarfile.GNU_FORMAT) as tar:
        tar.add(root / name, arcname=name)
        return tar.offset


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, headless, shared by the browser tests."""
    from browser import launch
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A phone-sized page with JavaScript off; page.errors collects console errors and uncaught exceptions."""
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    yield _watched(context.new_page())
    context.close()


@pytest.fixture
def js_page(browser):
    """A phone-sized page with JavaScript on; page.errors and page.requests are recorded."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    yield _watched(context.new_page())
    context.close()


def _watched(page):
    page.errors, page.requests = [], []
    page.on("console", lambda msg: page.errors.append(f"{msg.text} {msg.location.get('url', '')}") if msg.type == "error" else None)
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    page.on("request", lambda request: page.requests.append(request.url))
    return page


@pytest.fixture
def static_server():
    """Serves a folder on localhost as a static host would; returns its address. serve.requests lists every
    path asked for, by the page and by its workers alike (static_host.py)."""
    from static_host import address, serve_folder

    servers = []
    requests: list[str] = []

    def serve(root: Path) -> str:
        servers.append(serve_folder(root, requests.append))
        return address(servers[-1])

    serve.requests = requests
    yield serve
    for httpd in servers:
        httpd.shutdown()
