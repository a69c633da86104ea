"""Search as a person uses it, in headless Chromium: typing, misspelling, filters, the URL, back and
forward, at a sub-path and from file://, with no console error."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from peerdir.build import BuildOptions, build


@pytest.fixture(scope="module")
def sample_builds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    from conftest import sample_site_copy

    work = tmp_path_factory.mktemp("search-browser")
    site = sample_site_copy(work / "sample")
    builds = {"pages": work / "pages" / "directory", "usb": work / "usb"}
    build(site, BuildOptions(out_dir=builds["pages"], base_url="https://org.github.io/directory/"))
    build(site, BuildOptions(out_dir=builds["usb"], file_urls=True))
    return builds


def results(page) -> list[str]:
    return page.locator("#search-results h2").all_inner_texts()


def data_fetched(static_server) -> list[str]:
    """The search data files asked for so far, by name, without the version each is asked for by (?v=…)."""
    return [path.rsplit("/", 1)[-1].split("?")[0] for path in static_server.requests if "/search/data/" in path]


def wait_for_status(page, text: str) -> None:
    # Locators, not wait_for_function: the site's Content Security Policy forbids the eval that needs.
    expect(page.locator("#search-status")).to_contain_text(text, timeout=10000)


def test_search_from_any_page_under_a_sub_path(sample_builds, static_server, js_page) -> None:
    page = js_page
    base = static_server(sample_builds["pages"].parent) + "directory/"
    page.goto(base + "groups/")
    page.fill("#site-search-q", "grief")
    assert not [path for path in static_server.requests if "/search/" in path], "nothing of search loads before a search"
    page.press("#site-search-q", "Enter")
    page.wait_for_url("**/directory/search/?q=grief")
    wait_for_status(page, "results for “grief”")
    assert "Lakeside Grief Café" in results(page)
    assert page.locator("#search-results mark").first.inner_text().lower().startswith("grief")
    # Every script and style is asked for with this build's digest of them, in the worker too, so that no cache
    # of another build answers (peerdir/pages/render.py's static_version).
    version = re.search(r'static/peerdir\.css\?v=([0-9a-f]+)"', page.content()).group(1)
    statics = [path for path in static_server.requests if "/static/" in path]
    for name in ("peerdir.css", "quick-exit.js", "search/search.js", "search/worker.js", "search/lunr.min.js", "search/core.js", "when.js"):
        assert f"/directory/static/{name}?v={version}" in statics, (name, statics)
    assert all(path.endswith(f"?v={version}") for path in statics), statics
    page.get_by_role("link", name="Lakeside Grief Café").click()
    assert page.url == base + "groups/lakeside-grief-cafe/"
    assert page.errors == []


def test_a_translations_search_loads_its_languages_scripts_by_the_builds_version(sample_builds, static_server, js_page) -> None:
    """The Spanish pages search with lunr-languages' Spanish stemmer, which the worker imports by the address
    search.js gives it, with the page's ?v= like every other script: 'hablamos' finds 'hablan español'."""
    page = js_page
    page.goto(static_server(sample_builds["pages"].parent) + "directory/es/search/?q=hablamos")
    wait_for_status(page, "«hablamos»")
    assert "Grupo de apoyo entre pares para la depresión de Riverton" in results(page)
    version = re.search(r'static/peerdir\.css\?v=([0-9a-f]+)"', page.content()).group(1)
    for name in ("lunr.stemmer.support.min.js", "lunr.es.min.js"):
        assert f"/directory/static/search/{name}?v={version}" in static_server.requests, static_server.requests
    assert page.errors == []


def test_results_as_you_type_misspelt_and_filtered_with_the_url_and_history(sample_builds, static_server, js_page) -> None:
    page = js_page
    base = static_server(sample_builds["pages"].parent) + "directory/"
    page.goto(base + "search/")
    page.wait_for_timeout(300)
    assert not page.get_by_text("You can still find everything by browsing").is_visible()
    assert not [path for path in static_server.requests if "lunr" in path or "/data/" in path]
    page.focus("#search-q")
    page.keyboard.type("anxeity")
    wait_for_status(page, "close spellings")
    loaded = data_fetched(static_server)
    assert "meta.js" in loaded and "shard-a.js" in loaded
    assert "facets.js" not in loaded, "the counts beside the filters load only when the filters are opened"
    assert "shard-g.js" not in loaded, "a search loads only the shards its words need"
    assert "North Shore Anxiety Circle" in results(page)
    assert page.url.endswith("/search/?q=anxeity")

    page.fill("#search-q", "greif support")  # a misspelling beside a word many listings have: said, and put first
    wait_for_status(page, "No listing has “greif”, so listings with close spellings are included.")
    assert results(page)[:2] == ["Grief Support Line", "Lakeside Grief Café"], results(page)

    page.fill("#search-q", "support")
    wait_for_status(page, "for “support”")
    everything = page.locator("#search-status").inner_text()
    expect(page.locator("[data-count='type:group']")).to_have_text("")
    page.locator(".filters summary").click()
    expect(page.locator("[data-count='type:group']")).to_have_text(re.compile(r"^\(\d+\)$"))
    assert "facets.js" in data_fetched(static_server)
    groups_count = page.locator("[data-count='type:group']").inner_text()
    page.get_by_label("Peer support groups").check()
    page.wait_for_url("**/search/?q=support&type=group")
    wait_for_status(page, f"{groups_count.strip('()')} results")
    assert page.locator("#search-status").inner_text() != everything
    helplines_with_groups = page.locator("[data-count='type:helpline']").inner_text()
    page.get_by_label("Pine Ridge").check()
    page.wait_for_url("**/search/?q=support&type=group&region=pine-ridge")
    expect(page.locator("[data-count='type:helpline']")).not_to_have_text(helplines_with_groups)
    assert all(" · " in meta for meta in page.locator("#search-results .card-meta").all_inner_texts())

    page.go_back()
    page.wait_for_url("**/search/?q=support&type=group")
    assert page.get_by_label("Peer support groups").is_checked() and not page.get_by_label("Pine Ridge").is_checked()
    page.go_back()
    page.wait_for_url("**/search/?q=support")
    wait_for_status(page, everything)
    page.go_forward()
    page.wait_for_url("**/search/?q=support&type=group")
    assert page.get_by_label("Peer support groups").is_checked()
    assert page.errors == []


def test_browse_by_filter_with_an_empty_query_and_a_shared_link(sample_builds, static_server, js_page) -> None:
    page = js_page
    base = static_server(sample_builds["pages"].parent) + "directory/"
    page.goto(base + "search/?type=respite&cost=free")
    wait_for_status(page, "results")
    names = results(page)
    assert names and "Harbor House Peer Respite" in names and "Veterans Respite Cabin" not in names  # that one is paid
    assert page.get_by_label("Peer respite").is_checked()
    # groups met by calling in, for someone without the internet at home: the format filter's "By phone"
    page.goto(base + "search/?format=phone")
    wait_for_status(page, "result")
    assert results(page) == ["Telephone Friendship Circle"] and page.get_by_label("By phone").is_checked()
    # a result says what its card in the lists says: its format and cost too (it had said only where it is)
    meta = page.locator("#search-results .card-meta").first.inner_text()
    listed = (sample_builds["pages"] / "groups/index.html").read_text(encoding="utf-8")
    assert meta == "Peer support group · By phone · Free · Nationwide" and f'<p class="card-meta">{meta}</p>' in listed
    # and its status where it is not active, as its card's badge (a line closed for now had shown as any other)
    page.goto(base + "search/?q=hearing+voices+warmline")
    wait_for_status(page, "result")
    paused = page.locator("#search-results li", has_text="Hearing Voices Warmline").first
    assert paused.locator(".badge").inner_text() == "Temporarily closed"
    badged = page.locator("#search-results li").filter(has=page.locator(".badge")).locator(".card-title").all_inner_texts()
    assert set(badged) <= {"Hearing Voices Warmline", "Pine Ridge Mountain Walk and Talk", "North Shore Respite House"}, badged
    assert page.errors == []


def test_quoted_words_must_all_appear(sample_builds, static_server, js_page) -> None:
    page = js_page
    base = static_server(sample_builds["pages"].parent) + "directory/"
    page.goto(base + "search/?q=hearing")
    wait_for_status(page, "for “hearing”")
    loose = len(results(page))
    page.goto(base + 'search/?q="hearing voices" warmline')
    wait_for_status(page, "result")
    narrowed = results(page)
    assert 0 < len(narrowed) <= loose and "Hearing Voices Warmline" in narrowed
    assert page.errors == []


def test_search_works_from_file_urls_without_a_worker(sample_builds, js_page) -> None:
    page = js_page
    page.goto((sample_builds["usb"] / "search/index.html").as_uri() + "?q=veterans")
    wait_for_status(page, "for “veterans”")
    assert "Veterans Peer Line" in results(page)
    page.get_by_role("link", name="Veterans Peer Line").click()
    assert page.url.endswith("/helplines/veterans-peer-line/index.html")
    assert page.errors == []


def test_search_page_without_javascript_points_to_browsing(sample_builds, page) -> None:
    page.goto((sample_builds["usb"] / "search/index.html").as_uri() + "?q=grief")
    assert page.get_by_text("You can still find everything by browsing").is_visible()
    page.get_by_role("link", name="Online forums").last.click()
    assert page.locator("h1").inner_text() == "Online forums"


def test_results_are_announced_and_everything_works_by_keyboard(sample_builds, static_server, js_page) -> None:
    page = js_page
    base = static_server(sample_builds["pages"].parent) + "directory/"
    page.goto(base + "search/")
    status = page.locator("#search-status")
    assert status.get_attribute("role") == "status" and status.get_attribute("aria-live") == "polite"
    page.keyboard.press("Tab")  # skip link
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "search-q":
            break
    assert page.evaluate("document.activeElement.id") == "search-q"
    page.keyboard.type("warmline")
    wait_for_status(page, "for “warmline”")
    page.keyboard.press("Tab")  # the Search button
    page.keyboard.press("Tab")  # "Nearest first"
    page.keyboard.press("Tab")  # the filters' summary
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    page.keyboard.press("Space")  # the first type filter
    page.wait_for_url("**type=group**")
    assert page.errors == []


def test_a_helpline_found_by_search_can_be_called_from_its_result(sample_builds, static_server, js_page) -> None:
    """As in the lists: an open helpline's result gives its hours and a button for each phone; a group's gives none."""
    page = js_page
    base = static_server(sample_builds["pages"].parent) + "directory/"
    page.goto(base + "search/?q=carers%20support%20line")
    wait_for_status(page, "results")
    card = page.locator("#search-results .card").filter(has=page.get_by_role("link", name="Carers Support Line", exact=True))
    expect(card.locator(".card-hours")).to_have_text("Tue–Thu: 10 am–2 pm")
    call = card.get_by_role("link", name="Call (458) 555-0144")
    expect(call).to_have_attribute("href", "tel:+14585550144")
    expect(card.get_by_role("link", name="Text (503) 555-0145")).to_have_attribute("href", "sms:+15035550145")
    # What its page says beside each button, which the results had left out ('TTY', 'Press 1', its label).
    expect(card.locator(".card-actions li")).to_have_text(["Call (458) 555-0144", "Text (503) 555-0145"])
    assert call.bounding_box()["height"] >= 44  # a finger's target, as on the listing's page
    groups = page.locator("#search-results .card").filter(has_text="Peer support group")
    assert groups.count() > 0 and groups.locator(".card-actions, .card-hours").count() == 0
    assert page.errors == []


def test_odd_queries_are_shown_as_typed_and_find_what_they_should(sample_builds, static_server, js_page) -> None:
    """Symbols or emoji alone find nothing (not everything); $& and $' appear as typed in the status, never as
    String.replace patterns; a lone double quote breaks nothing; result cards name the type in the singular."""
    page = js_page
    base = static_server(sample_builds["pages"].parent) + "directory/"
    page.goto(base + "search/?q=" + "%21%21%21%20%F0%9F%98%80")  # "!!! 😀"
    wait_for_status(page, "0 results")
    assert results(page) == []
    # where nothing matched, the ways to browse (it had been a dead end: try other words); hidden again by a result
    assert page.locator("#search-status").inner_text().endswith("remove a filter, or browse:")
    expect(page.locator("#search-fallback").get_by_role("link", name="Helplines and warmlines")).to_be_visible()
    expect(page.locator("#search-no-js")).to_be_hidden()
    page.goto(base + "search/?q=" + "grief%20%24%26%20%24%27%20%24%60")  # grief $& $' $`
    wait_for_status(page, "for “grief $& $' $`”")
    expect(page.locator("#search-fallback")).to_be_hidden()
    page.goto(base + "search/?q=" + "%22grief")  # an unclosed quote
    wait_for_status(page, "results")
    assert "Lakeside Grief Café" in results(page)
    meta = page.locator("#search-results .card-meta").first.inner_text()
    assert meta.split(" · ")[0] in {"Peer support group", "Helpline", "Online forum", "Peer respite", "Guide"}, meta
    assert page.errors == []


def test_a_misspelling_in_a_split_letter_fetches_its_terms_and_only_the_shards_it_needs(tmp_path, static_server, js_page) -> None:
    """A large directory's letters are split into shards by more first letters; a misspelt word reads its letter's
    list of terms first and fetches only the shards holding what it reaches (here the sample, split as a large one
    is: at 1,200 bytes, 'h' is split by two letters and some of those by three)."""
    from conftest import sample_site_copy

    from peerdir.search import shards

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(shards, "SHARD_SPLIT_BYTES", 1200)
        build(sample_site_copy(tmp_path / "sample"), BuildOptions(out_dir=tmp_path / "out"))
    data = tmp_path / "out/search/data"
    of_h = sorted(path.name for path in data.glob("shard-h*.js"))
    assert (data / "terms-h.js").is_file() and len(of_h) > 2 and any(len(name) == len("shard-hea.js") for name in of_h), of_h
    page = js_page
    page.goto(static_server(tmp_path / "out") + "search/?q=hearign")
    wait_for_status(page, "close spellings")
    assert "Hearing Voices Warmline" in results(page)
    fetched = data_fetched(static_server)
    assert "terms-h.js" in fetched and 0 < len([f for f in fetched if f in of_h]) < len(of_h), (of_h, fetched)
    assert page.errors == []


def test_a_search_that_cannot_load_its_data_says_so_plainly_and_offers_browsing(tmp_path, static_server, js_page) -> None:
    """A data file that will not load (offline, or a deploy under way): the person reads what to do and gets the
    ways to browse, not a programmer's error; a search that works afterwards hides them again."""
    from conftest import sample_site_copy

    build(sample_site_copy(tmp_path / "sample"), BuildOptions(out_dir=tmp_path / "out"))
    data = tmp_path / "out/search/data"
    gone = sorted(data.glob("shard-g*.js"))
    assert gone, "the sample has words beginning with g"
    for shard in gone:
        shard.unlink()
    page = js_page
    page.goto(static_server(tmp_path / "out") + "search/?q=grief")
    wait_for_status(page, "Search is not working right now. Reload the page to try again")
    expect(page.locator("#search-fallback")).to_be_visible()
    expect(page.locator("#search-no-js")).to_be_hidden()
    expect(page.locator("#search-fallback").get_by_role("link", name="Peer support groups")).to_be_visible()
    assert results(page) == [] and "Error" not in page.locator("#search-status").inner_text()
    page.fill("#search-q", "warmline")
    wait_for_status(page, "for “warmline”")
    assert results(page) and page.locator("#search-fallback").is_hidden()


def test_a_search_whose_scripts_would_not_load_is_tried_afresh_by_the_next(sample_builds, static_server, js_page) -> None:
    """A phone that lost its signal as search started: once it is back, the next search works, without a reload."""
    page = js_page
    offline = {"on": True, "refused": 0}

    def engine(route) -> None:
        if offline["on"]:
            offline["refused"] += 1
            route.abort()
        else:
            route.continue_()

    page.route(re.compile(r"/static/search/core\.js(\?|$)"), engine)
    page.goto(static_server(sample_builds["pages"].parent) + "directory/search/?q=grief")
    wait_for_status(page, "Search is not working right now")
    assert offline["refused"] == 2 and results(page) == [], offline  # in the worker, then on the page
    offline["on"] = False
    page.fill("#search-q", "warmline")
    wait_for_status(page, "for “warmline”")
    assert results(page) and page.locator("#search-fallback").is_hidden()


def test_files_of_an_earlier_build_in_the_browsers_cache_never_mix_with_the_new_ones(tmp_path, static_server, js_page) -> None:
    """After a deploy, a browser may still keep an earlier build's meta and result chunks (GitHub Pages lets it
    keep files for ten minutes) while the shards it had not fetched come from the new build, which numbers the
    listings differently. Search sees the files disagree, fetches meta past the cache and shows the new build's
    results, never another listing's name for a result."""
    from conftest import sample_site_copy, search_data

    site = sample_site_copy(tmp_path / "sample")
    build(site, BuildOptions(out_dir=tmp_path / "before"))
    _, first, _ = search_data((tmp_path / "before/search/data/docs-0.js").read_text(encoding="utf-8"))
    folder, slug = first[0][3].strip("/").split("/")
    (site / "listings" / folder / f"{slug}.yaml").unlink()  # every listing after it moves up one place
    build(site, BuildOptions(out_dir=tmp_path / "after"))
    _, meta, _ = search_data((tmp_path / "before/search/data/meta.js").read_text(encoding="utf-8"))
    before = meta["versions"]["docs"]
    address = static_server(tmp_path / "after")

    page = js_page
    page.goto(address + "search/?q=grief")
    wait_for_status(page, "for “grief”")
    fresh = results(page)
    assert fresh

    def as_cached(route) -> None:
        """What a browser's cache would answer: the earlier meta, and the chunks it fetched under their version."""
        name, _, query = route.request.url.rsplit("/", 1)[-1].partition("?")
        if name == "meta.js" and not query or name.startswith("docs-") and query == f"v={before}":
            route.fulfill(path=str(tmp_path / "before/search/data" / name), content_type="text/javascript")
        else:
            route.continue_()

    cached = page.context.new_page()
    cached.errors = []
    cached.on("pageerror", lambda error: cached.errors.append(error))
    cached.route("**/search/data/*", as_cached)
    static_server.requests.clear()
    cached.goto(address + "search/?q=grief")
    wait_for_status(cached, "for “grief”")
    assert results(cached) == fresh
    assert [path for path in static_server.requests if "/meta.js?t=" in path], "meta fetched past the cache"
    assert cached.errors == []
