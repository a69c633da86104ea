"""Nearest first, privately: in Chromium, with the device's position (granted, refused) and with a town or
postcode typed instead; the distances on the cards; and the position never leaving the page. The sample's
towns are fictional, placed on the map by site.yaml's region boxes: Westbrook's two groups give their own
latitude and longitude, Easton's give only their town, and Lakeside Grief Café only its town and ZIP code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from peerdir.build import BuildOptions, build

WESTBROOK = (45.59, -123.36)  # a street in fictional Westbrook
WESTBROOK_GROUPS = {"Westbrook Men's Talking Shed", "Westbrook Recovery Circle"}
EASTON_GROUPS = {"Easton Bipolar Peer Support", "Student Peer Support Drop-in", "Young Minds Meetup"}


@pytest.fixture
def context_for(browser):
    contexts = []

    def make(**options):
        context = browser.new_context(viewport={"width": 390, "height": 844}, **options)
        contexts.append(context)
        page = context.new_page()
        page.errors, page.requests = [], []
        page.on("pageerror", lambda exc: page.errors.append(str(exc)))
        page.on("console", lambda msg: page.errors.append(msg.text) if msg.type == "error" else None)
        page.on("request", lambda request: page.requests.append(request.url))
        return page

    yield make
    for context in contexts:
        context.close()


def open_near(page, address: str) -> None:
    page.goto(address + "search/")
    page.locator("#near summary").click()


def cards(page) -> list[tuple[str, str]]:
    titles = page.locator("#search-results .card-title").all_inner_texts()
    metas = page.locator("#search-results .card-meta").all_inner_texts()
    return list(zip(titles, metas))


def miles(meta: str) -> float | None:
    found = re.search(r"([0-9.]+) mi$", meta)
    return float(found.group(1)) if found else None


def test_near_me_sorts_by_distance_and_the_position_stays_on_the_device(sample_served_at_root, static_server, context_for) -> None:
    address = static_server(sample_served_at_root)
    page = context_for(geolocation={"latitude": WESTBROOK[0], "longitude": WESTBROOK[1]}, permissions=["geolocation"])
    open_near(page, address)
    page.get_by_role("button", name="Use my location").click()
    expect(page.locator("#near-status")).to_have_text("Nearest first to where you are.")
    shown = cards(page)
    assert {title for title, _ in shown[:2]} == WESTBROOK_GROUPS, shown
    distances = [miles(meta) for _, meta in shown if miles(meta) is not None]
    assert len(distances) >= 10 and distances == sorted(distances) and distances[0] < 2, shown
    # In-person groups and respite houses come first; what is not anywhere (online, by phone) follows, unsorted.
    page.get_by_role("button", name="Show more results").click()
    expect(page.locator("#search-results .card")).not_to_have_count(len(shown))
    located = [miles(meta) is not None for _, meta in cards(page)]
    assert located == sorted(located, reverse=True) and not all(located)
    # The position is in no address, request, storage or cookie.
    assert page.url == address + "search/"
    asked = page.requests + static_server.requests
    assert not any(re.search(r"45\.5|123\.3|lat|lon", url) for url in asked), asked
    assert all(url.startswith(address) for url in page.requests)
    assert page.evaluate("localStorage.length + sessionStorage.length") == 0 and page.context.cookies() == []
    assert page.errors == []
    # Stopping puts the usual order back.
    page.get_by_role("button", name="Stop sorting by distance").click()
    expect(page.locator("#near-status")).to_have_text("")
    assert all(miles(meta) is None for _, meta in cards(page))


def test_refused_a_town_or_zip_code_does_the_same(sample_served_at_root, static_server, context_for) -> None:
    address = static_server(sample_served_at_root)
    page = context_for()  # no permission: the browser refuses the position
    open_near(page, address)
    page.get_by_role("button", name="Use my location").click()
    expect(page.locator("#near-status")).to_have_text(
        "Your device did not share where you are. You can type your town or ZIP code instead.")
    expect(page.locator("#near-place")).to_be_focused()
    page.locator("#near-place").fill("westbrok")  # a typo, in lower case
    page.keyboard.press("Enter")
    expect(page.locator("#near-status")).to_have_text("Nearest first to Westbrook, OR.")
    assert {title for title, _ in cards(page)[:2]} == WESTBROOK_GROUPS
    # A ZIP code, and a listing that gives only its town: the town's middle, said as "about".
    page.locator("#near-place").fill("97128")
    page.keyboard.press("Enter")
    expect(page.locator("#near-status")).to_have_text("Nearest first to 97128.")
    first_title, first_meta = cards(page)[0]
    assert first_title == "Lakeside Grief Café" and re.search(r"· about [0-9.]+ mi$", first_meta), first_meta
    # A town none of whose listings gives a position: its listings first, with no distance made up.
    page.locator("#near-place").fill("Easton")
    page.keyboard.press("Enter")
    expect(page.locator("#near-status")).to_have_text("Listings in Easton, OR first.")
    assert {title for title, _ in cards(page)[:3]} == EASTON_GROUPS
    assert all(miles(meta) is None for _, meta in cards(page))
    # A place the directory does not know: said so, and the usual order.
    page.locator("#near-place").fill("Atlantis")
    page.keyboard.press("Enter")
    expect(page.locator("#near-status")).to_contain_text("“Atlantis” is not a town or ZIP code this directory knows.")
    assert page.url == address + "search/" and page.errors == []


def test_words_asking_for_what_is_near_open_the_place_box_and_are_not_searched_for(sample_served_at_root, static_server, context_for) -> None:
    """'support group near me' (as people search on a phone) had searched for 'near' too: it finds what 'support
    group' finds and opens the place box, saying what to do there; the position is not asked for until its button
    is pressed. In Spanish too ('cerca de mí')."""
    address = static_server(sample_served_at_root)
    page = context_for(geolocation={"latitude": WESTBROOK[0], "longitude": WESTBROOK[1]}, permissions=["geolocation"])
    page.add_init_script("navigator.geolocation.getCurrentPosition = (ok, no, o) => { window.asked = true; }")
    page.goto(address + "search/?q=support+group")
    expect(page.locator("#search-status")).to_contain_text("results for")
    plain = page.locator("#search-results .card-title").all_inner_texts()
    assert not page.locator("#near").evaluate("box => box.open")
    page.goto(address + "search/?q=support+group+Near+Me")
    expect(page.locator("#near-status")).to_have_text("To see the nearest first, type your town or ZIP code here, or use your location.")
    expect(page.locator("#search-status")).to_contain_text("for “support group Near Me”")
    assert page.locator("#near").evaluate("box => box.open") and page.locator("#search-results .card-title").all_inner_texts() == plain
    assert not page.evaluate("window.asked === true")
    page.locator("#near summary").click()  # closed, it stays closed as the words are typed on
    page.locator("#search-q").fill("support group near me tonight")
    expect(page.locator("#search-status")).to_contain_text("tonight")
    assert not page.locator("#near").evaluate("box => box.open")
    page.locator("#near summary").click()
    page.locator("#near-place").fill("Westbrook")
    page.keyboard.press("Enter")
    expect(page.locator("#near-status")).to_have_text("Nearest first to Westbrook, OR.")
    assert {title for title, _ in cards(page)[:2]} == WESTBROOK_GROUPS
    page.goto(address + "es/search/?q=grupos+cerca+de+m%C3%AD")
    expect(page.locator("#near-status")).to_contain_text("Para ver los más cercanos primero")
    assert page.errors == []


def test_the_suggestions_are_the_directorys_own_places(sample_served_at_root, static_server, context_for) -> None:
    page = context_for()
    open_near(page, static_server(sample_served_at_root))
    page.locator("#near-place").focus()
    expect(page.locator("#near-places option")).not_to_have_count(0)
    names = page.locator("#near-places option").evaluate_all("options => options.map(o => o.value)")
    assert "Westbrook, OR" in names and "97125" in names and names == sorted(names)


def test_a_search_with_a_place_and_kilometres(sample_site: Path, tmp_path: Path, static_server, context_for) -> None:
    config = sample_site / "site.yaml"
    config.write_text(config.read_text().replace("distance_units: mi", "distance_units: km"))
    out = tmp_path / "out"
    build(sample_site, BuildOptions(out_dir=out, base_url="https://example.org/"))
    page = context_for()
    open_near(page, static_server(out))
    page.locator("#near-place").fill("Harbor City")
    page.locator("#search-q").fill("hearing voices")
    page.keyboard.press("Enter")
    expect(page.locator("#near-status")).to_have_text("Nearest first to Harbor City, OR.")
    title, meta = cards(page)[0]
    assert title == "Harbor City Hearing Voices Group" and re.search(r"· [0-9.]+ km$", meta), meta


def test_without_javascript_there_is_no_box_to_fill(sample_served_at_root, static_server, page) -> None:
    page.goto(static_server(sample_served_at_root) + "search/")
    assert not page.locator("#near").is_visible()
