"""The first screen of a phone, for someone frightened with one thumb, in Chromium at 390 x 844: the exit button,
the crisis line, the page heading (and on the search page the first result) without scrolling; the menu and the
other crisis lines open without JavaScript; Space presses the exit; focus shows in dark mode; targets, tables,
layout shift and AAA contrast."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import BUILD_DATE
from playwright.sync_api import expect
from test_quality import PAGES

from peerdir.build import BuildOptions, build

HEIGHT = 844
# Measured at most 348 (a listing page, two lines of crumbs and title); the aim is 300. Spanish runs a fifth longer:
# the crisis line's buttons take three rows on a phone, not two (measured at most 423).
HEADING_TOP = {"en": 360, "es": 440}
NEUTRAL = "https://www.bbc.co.uk/weather"


@pytest.fixture(scope="module")
def sample_out(sample_served_at_root: Path) -> Path:
    return sample_served_at_root


def box(page, selector: str) -> dict:
    found = page.locator(selector).first.bounding_box()
    assert found is not None, f"{selector} is not shown on {page.url}"
    return found


def test_exit_crisis_line_and_heading_are_on_the_first_screen_of_every_page(sample_out, static_server, js_page) -> None:
    page = js_page
    base = static_server(sample_out)
    late = {}
    for name, path in PAGES.items():
        page.goto(base + path)
        exit_button, crisis, heading = box(page, ".quick-exit"), box(page, ".crisis-action"), box(page, "main h1")
        assert exit_button["y"] >= 0 and exit_button["y"] + exit_button["height"] <= 80, name
        assert crisis["y"] + crisis["height"] <= 200, name
        if heading["y"] > HEADING_TOP[page.evaluate("document.documentElement.lang")]:
            late[name] = heading["y"]
    assert late == {}, f"headings below {HEADING_TOP} px: {late}"
    page.goto(base + "search/?q=grief")
    expect(page.locator("#search-results li").first).to_be_visible()
    first = box(page, "#search-results li")
    assert first["y"] + first["height"] <= HEIGHT, "the first result shows whole without scrolling"


def test_menu_and_more_crisis_lines_open_without_javascript(sample_out, static_server, page, browser) -> None:
    base = static_server(sample_out)
    page.goto(base + "groups/north-shore-anxiety-circle/")
    respite = page.get_by_role("link", name="Peer respite", exact=True)
    samaritans = page.locator(".crisis a[href='tel:116123']")
    assert not respite.is_visible() and not samaritans.is_visible()
    assert page.locator(".crisis a[href='tel:988']").is_visible()
    page.get_by_text("More crisis lines").click()
    expect(samaritans).to_be_visible()
    page.get_by_text("Menu", exact=True).click()
    expect(respite).to_be_visible()
    respite.click()
    page.wait_for_url("**/respite/")
    assert page.errors == []

    wide = browser.new_context(java_script_enabled=False, viewport={"width": 1024, "height": 768}).new_page()
    wide.goto(base + "groups/")
    assert wide.get_by_role("link", name="Peer respite", exact=True).is_visible(), "wide screens show the navigation"
    assert not wide.get_by_text("Menu", exact=True).is_visible()
    wide.context.close()


def test_space_presses_the_exit_button_as_enter_does(sample_out, static_server, js_page) -> None:
    page = js_page
    page.context.route("https://www.bbc.co.uk/**", lambda route: route.fulfill(body="<title>Weather</title>", content_type="text/html"))
    page.goto(static_server(sample_out) + "helplines/harbor-hills-warmline/")
    page.keyboard.press("Tab")  # the skip link
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Emergency Exit this page"
    page.keyboard.press("Space")
    page.wait_for_url(NEUTRAL)


def test_every_control_shows_the_focus_ring_in_dark_mode(sample_out, static_server, js_page) -> None:
    page = js_page
    page.emulate_media(color_scheme="dark")
    page.goto(static_server(sample_out) + "search/?q=grief")
    page.locator(".filters summary").click()
    expect(page.locator("#search-results li").first).to_be_visible()
    seen = {}
    for _ in range(80):  # from the filters' summary on: every filter, then the results
        page.keyboard.press("Tab")
        kind, outline = page.evaluate(
            """() => { const e = document.activeElement; const s = getComputedStyle(e);
                return [e.tagName.toLowerCase() + (e.type ? ':' + e.type : ''), s.outlineStyle + ' ' + s.outlineColor] }"""
        )
        seen.setdefault(kind, set()).add(outline)
    for kind in ("summary", "input:search", "input:checkbox", "a", "button:submit"):
        assert seen.get(kind) == {"solid rgb(255, 191, 71)"}, (kind, seen)


def test_small_targets_and_wide_tables_on_the_narrowest_phones(sample_out, static_server, browser) -> None:
    base = static_server(sample_out)
    page = browser.new_context(viewport={"width": 320, "height": 640}).new_page()
    for path, selector in (("", ".more-link"), ("404.html", ".more-link"), ("search/?q=grief", ".filter input")):
        page.goto(base + path)
        if path.startswith("search"):
            page.locator(".filters summary").click()
        for target in page.locator(selector).all():
            size = target.bounding_box()
            assert size["width"] >= 24 and size["height"] >= 24, (path, selector, size)
    page.goto(base + "guides/kinds-of-peer-support/")
    assert page.locator(".prose table").count() >= 1
    assert page.evaluate("document.documentElement.scrollWidth") <= 320, "nothing overflows the screen sideways"
    page.context.close()


# A listing as real directories have them at their longest: a web address with a long path, an email address, a
# name and a street of long words, none with a space to break at.
_LONG = "Pneumonoultramicroscopicsilicovolcanoconiosis"
LONG_LISTING = f"""name: {_LONG} Survivors' Peer Network (Harbor/Hills)
summary: Peer support, at https://www.example.org/groups/{_LONG.lower()}-survivors/meetings?id=12345
description: Write to the.coordinator.of.the.group@{_LONG.lower()}.example.org.
organization: {_LONG}-Survivors-Association-International
website: https://www.example.org/groups/{_LONG.lower()}-survivors/meetings/
email: the.coordinator.of.the.group@{_LONG.lower()}.example.org
languages: [en]
service_area: [harbor-city]
cost: free
last_verified: 2026-10-14
peer_led: true
format: in-person
location:
  region: harbor-city
  address: 1234 {_LONG} Boulevard, Harbor City, OR 97201
meetings: Mondays 7-9pm
topics: [anxiety]
"""


MANY_TERMS = """name: Harbor Hills Regional Warmline
summary: Talk to someone who has been there.
kind: warmline
phones: (503) 555-0144
hours: 24/7
languages: [en, es]
service_area: [harbor-city, north-shore, east-hills, river-valley, south-bay, westbrook, pine-ridge, lakeside]
cost: free
last_verified: 2026-10-14
peer_led: true
topics: [anxiety, depression, bipolar, grief, trauma, self-harm, loneliness, eating-disorders, addiction-recovery]
audiences: [young-people, students, lgbtq, veterans, carers, parents, older-adults, men, bereaved]
"""
# The counts whose text is on more than one line (a range's rectangles, one for each line its text is on).
_ON_TWO_LINES = """() => [...document.querySelectorAll('.count')].filter(e => { const range = document.createRange();
  range.selectNodeContents(e); return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size > 1; }).map(e => e.textContent)"""
# Where each comma between a listing's regions, audiences and topics begins, if it begins a line.
_COMMAS_STARTING_A_LINE = """() => { const found = []; for (const dd of document.querySelectorAll('.details dd')) {
  const left = dd.getBoundingClientRect().left, walk = document.createTreeWalker(dd, NodeFilter.SHOW_TEXT);
  for (let text = walk.nextNode(); text; text = walk.nextNode()) for (let i = text.data.indexOf(','); i >= 0; i = text.data.indexOf(',', i + 1)) {
    const range = document.createRange(); range.setStart(text, i); range.setEnd(text, i + 1);
    if (range.getBoundingClientRect().left < left + 2) found.push(text.parentNode.textContent); } } return found; }"""


def test_long_words_and_addresses_never_widen_the_page_on_the_narrowest_phones(sample_site, tmp_path, static_server, browser) -> None:
    """A word longer than the screen (a web address, an email address, a long name) had widened the listing page to
    906 pixels on a 320-pixel phone, and every list with its card to 730, so the phone showed the whole page shrunk
    (WCAG's reflow: nothing scrolls sideways at 320 CSS pixels). It breaks instead, in the page, its card, its
    search result, its Spanish page and a guide."""
    (sample_site / "listings/groups/long.yaml").write_text(LONG_LISTING)
    # A guide with a paragraph indented by four spaces, which Markdown makes a block of code (it had kept its one long
    # line: 1,183 pixels), and a long address as a link's words.
    (sample_site / "content/long.md").write_text(
        f"---\ntitle: {_LONG} Survivors' guide\nsummary: What to expect.\n---\nSee [https://www.example.org/groups/{_LONG}/"
        "meetings/](https://www.example.org/).\n\n    An indented paragraph, as a contributor may write one, which Markdown "
        "shows as code, without breaking its lines.\n")
    build(sample_site, BuildOptions(out_dir=tmp_path / "out", base_url="https://example.org/", today=BUILD_DATE))
    base = static_server(tmp_path / "out")
    page = browser.new_context(viewport={"width": 320, "height": 640}).new_page()
    for path in ("groups/long/", "es/groups/long/", "guides/long/", "groups/", "regions/harbor-city/", "topics/anxiety/", "search/?q=pneumonoultramicroscopicsilicovolcanoconiosis"):
        page.goto(base + path)
        if path.startswith("search"):
            expect(page.locator("#search-results li").first).to_be_visible()
        assert page.get_by_text("Pneumonoultramicroscopicsilicovolcanoconiosis Survivors").first.is_visible(), path
        assert page.evaluate("document.documentElement.scrollWidth") <= 320, path
    # Nor does a count beside a filter break ('(11' on one line, ')' on the next), as it had once words could break
    # anywhere to fit.
    page.goto(base + "search/?q=anxiety")
    page.locator(".filters summary").click()
    expect(page.locator(".filter .count").first).to_have_text(re.compile(r"\(\d\d\)"))
    counts = page.locator(".count")
    assert counts.count() > 30 and page.evaluate(_ON_TWO_LINES) == []
    page.context.close()


def test_a_comma_between_a_listings_terms_never_starts_a_line(sample_site, tmp_path, static_server, browser) -> None:
    """Regions, audiences and topics are links (each tall enough to tap), after which a line could break before the
    comma: on a phone a line began ', Westbrook'. At every width from 300 to 700 pixels, no comma begins one."""
    (sample_site / "listings/helplines/many.yaml").write_text(MANY_TERMS)
    build(sample_site, BuildOptions(out_dir=tmp_path / "out", base_url="https://example.org/", today=BUILD_DATE))
    page = browser.new_context(viewport={"width": 320, "height": 640}).new_page()
    page.goto(static_server(tmp_path / "out") + "helplines/many/")
    assert page.locator(".details dd a").count() == 26
    starting = {width: found for width in range(300, 700, 6)
                if (page.set_viewport_size({"width": width, "height": 640}) or (found := page.evaluate(_COMMAS_STARTING_A_LINE)))}
    assert starting == {}
    page.context.close()


def test_search_results_arrive_without_moving_the_page(sample_out, static_server, js_page) -> None:
    page = js_page
    page.add_init_script(
        """window.__shift = 0; new PerformanceObserver(list => { for (const e of list.getEntries())
             if (!e.hadRecentInput) window.__shift += e.value; }).observe({type: 'layout-shift', buffered: true});"""
    )
    page.goto(static_server(sample_out) + "search/?q=support")
    expect(page.locator("#search-status")).to_contain_text("results")
    page.wait_for_timeout(300)
    assert page.evaluate("window.__shift") < 0.01


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_all_text_meets_aaa_contrast_and_everything_sits_in_a_landmark(sample_out, static_server, js_page, scheme) -> None:
    from axe_playwright_python.sync_playwright import Axe

    page = js_page
    page.emulate_media(color_scheme=scheme)
    base = static_server(sample_out)
    found = {}
    for name, path in PAGES.items():
        page.goto(base + path)
        if name == "search":
            page.goto(base + "search/?q=support")
            expect(page.locator("#search-status")).to_contain_text("results")
            page.locator(".filters summary").click()
        page.locator(".crisis-more summary").click()
        result = Axe().run(page, options={"runOnly": {"type": "rule", "values": ["color-contrast-enhanced", "region"]}})
        found[name] = [f"{v['id']}: {[n['target'] for n in v['nodes']][:3]}" for v in result.response["violations"]]
    assert {name: v for name, v in found.items() if v} == {}
