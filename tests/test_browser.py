"""The built site in a real headless Chromium: works without JavaScript, from file://, under a sub-path,
and reloads itself while serving."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from playwright.sync_api import expect

from peerdir.build import BuildOptions, build
from peerdir.commands.serve import DevServer


def browse_from_home_to_a_listing(page) -> None:
    """A person without JavaScript goes home → a type → a listing, and finds a number to call."""
    assert page.locator("h1").inner_text() == "Harbor & Hills Peer Support"
    assert page.locator(".crisis a[href='tel:988']").is_visible()
    page.get_by_role("link", name="Peer support groups").first.click()
    assert page.locator("h1").inner_text() == "Peer support groups"
    page.get_by_role("link", name="North Shore Anxiety Circle").click()
    assert page.locator("h1").inner_text() == "North Shore Anxiety Circle"
    assert page.locator("a[href^='tel:+1']").first.is_visible()
    assert "Every 1st and 3rd Thursday of the month, 7–8:30 pm" in page.content()
    page.get_by_role("link", name="Anxiety").first.click()
    assert page.locator("h1").inner_text() == "Anxiety"
    # The stylesheet loaded: the crisis banner has its dark background, not the default transparent one.
    page.wait_for_load_state("load")  # stylesheets included, even on a busy machine
    assert page.locator(".crisis").evaluate("e => getComputedStyle(e).backgroundColor") != "rgba(0, 0, 0, 0)"


def test_sample_works_without_javascript_from_file_urls(sample_site: Path, tmp_path: Path, page) -> None:
    out = tmp_path / "usb-stick"
    build(sample_site, BuildOptions(out_dir=out, file_urls=True))
    page.goto((out / "index.html").as_uri())
    browse_from_home_to_a_listing(page)
    page.goto((out / "guides/index.html").as_uri())
    page.get_by_role("link", name="The kinds of peer support").click()
    page.get_by_role("link", name="hearing voices").click()
    assert page.locator("h1").inner_text() == "Harbor City Hearing Voices Group"
    assert page.errors == []


@pytest.fixture
def sub_path_server(sample_site: Path, tmp_path: Path, static_server):
    """The sample built for https://org.github.io/directory/ and served at /directory/ on localhost."""
    root = tmp_path / "pages"
    build(sample_site, BuildOptions(out_dir=root / "directory", base_url="https://org.github.io/directory/"))
    return static_server(root) + "directory/", root


def test_sample_works_under_a_github_pages_sub_path(sub_path_server, page) -> None:
    base, root = sub_path_server
    page.goto(base)
    browse_from_home_to_a_listing(page)
    # GitHub Pages answers an unknown address at any depth with 404.html; its links must still work there.
    page.route("**/some/deep/missing/page/", lambda route: route.fulfill(path=str(root / "directory/404.html"), content_type="text/html"))
    page.goto(base + "some/deep/missing/page/")
    assert page.locator("h1").inner_text() == "Page not found"
    page.wait_for_load_state("load")
    assert page.locator(".crisis").evaluate("e => getComputedStyle(e).backgroundColor") != "rgba(0, 0, 0, 0)"
    page.get_by_role("link", name="Go to the home page").click()
    assert page.url == base
    assert page.errors == []


def test_serve_reloads_the_page_after_a_rebuild(golden_site: Path, browser) -> None:
    dev = DevServer(golden_site, 0, lambda result: None, lambda problems, serving_last_good: None)
    threading.Thread(target=dev.serve_forever, daemon=True).start()
    try:
        deadline = time.monotonic() + 15
        while dev.version < 1 and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(0.5)
        context = browser.new_context()
        page = context.new_page()
        page.goto(dev.url + "helplines/fenwick-warmline/")
        assert page.locator("h1").inner_text() == "Fenwick Warmline"
        listing = golden_site / "listings/helplines/fenwick-warmline.yaml"
        listing.write_text(listing.read_text().replace("name: Fenwick Warmline", "name: Fenwick Evening Line"))
        expect(page.locator("h1")).to_have_text("Fenwick Evening Line", timeout=15000)
        context.close()
    finally:
        dev.httpd.shutdown()
