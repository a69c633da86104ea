"""Safe to use in distress, proven in Chromium: quick exit, a Content Security Policy with no violation,
no request to any other host, no cookie, and contributor text that never runs as code."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from playwright.sync_api import expect

from peerdir.build import BuildOptions, build

NEUTRAL = "https://www.bbc.co.uk/weather"
VIOLATIONS = "document.addEventListener('securitypolicyviolation', e => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI))"
KINDS_OF_PAGE = [
    "", "groups/", "helplines/", "forums/", "respite/", "groups/north-shore-anxiety-circle/", "helplines/veterans-peer-line/",
    "forums/grief-space-forum/", "respite/harbor-house-peer-respite/", "groups/riverton-hearing-voices-group/",
    "regions/", "regions/lakeside/", "topics/grief/", "audiences/veterans/", "guides/", "guides/kinds-of-peer-support/",
    "about/", "browse-safely/", "search/?q=grief&type=group", "404.html",
]


@pytest.fixture(scope="module")
def sample_out(sample_served_at_root: Path) -> Path:
    return sample_served_at_root


@pytest.fixture
def guarded(js_page):
    """A page that reports CSP violations as console errors and never really leaves for the neutral site."""
    js_page.add_init_script(VIOLATIONS)
    js_page.context.route("https://www.bbc.co.uk/**", lambda route: route.fulfill(body="<title>Weather</title>", content_type="text/html"))
    return js_page


def test_quick_exit_button_blanks_and_replaces_the_page(sample_out, static_server, guarded) -> None:
    page = guarded
    base = static_server(sample_out)
    page.goto(base)
    page.goto(base + "groups/north-shore-anxiety-circle/")
    exit_button = page.get_by_role("button", name="Emergency Exit this page")
    assert exit_button.get_attribute("rel") == "nofollow noreferrer"
    assert exit_button.bounding_box()["y"] < 10, "the first thing on the page"
    exit_button.click()
    page.wait_for_url(NEUTRAL)
    page.go_back()
    assert page.url == base, "the sensitive page was replaced in the history, not added to it"


def test_shift_three_times_exits_but_typing_capitals_does_not(sample_out, static_server, guarded) -> None:
    page = guarded
    base = static_server(sample_out)
    page.goto(base + "search/")
    page.locator("#search-q").type("GRIEF SUPPORT")  # Shift held for capitals
    page.wait_for_timeout(300)
    assert page.url.startswith(base)
    page.locator("h1").click()
    page.keyboard.press("Shift")
    expect(page.locator("#quick-exit-status")).to_have_text("Shift pressed: press it 2 more times to exit this page.")
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    page.wait_for_url(NEUTRAL)


def test_quick_exit_works_without_javascript(sample_out, static_server, page) -> None:
    page.context.route("https://www.bbc.co.uk/**", lambda route: route.fulfill(body="<title>Weather</title>", content_type="text/html"))
    page.goto(static_server(sample_out) + "topics/grief/")
    page.get_by_role("button", name="Emergency Exit this page").click()
    page.wait_for_url(NEUTRAL)


def test_every_kind_of_page_and_search_run_under_the_csp_with_no_other_host_and_no_cookie(sample_out, static_server, guarded) -> None:
    page = guarded
    base = static_server(sample_out)
    hosts = set()
    page.on("request", lambda request: hosts.add(request.url.split("/")[2]))
    for path in KINDS_OF_PAGE:
        page.goto(base + path)
        assert page.locator('meta[http-equiv="Content-Security-Policy"]').count() == 1, path
    page.goto(base + "search/")
    page.locator("#search-q").type("anxeity")
    expect(page.locator("#search-status")).to_contain_text("close spellings")
    page.locator(".filters summary").click()
    page.get_by_label("Peer support groups").check()
    expect(page.locator("#search-status")).to_contain_text("result")
    assert page.errors == [], page.errors
    assert hosts == {base.split("/")[2]}
    assert not [path for path in static_server.requests if path.startswith("http")]
    assert page.context.cookies() == []
    assert page.evaluate("[localStorage.length, sessionStorage.length]") == [0, 0]


def test_the_policy_refuses_other_hosts_and_inline_code_of_every_kind(sample_out, static_server, js_page) -> None:
    """What a page would do if something slipped into it: each is refused by the Content-Security-Policy, so no
    request leaves for another host and no inline code runs."""
    page, outside = js_page, []
    page.context.route("https://elsewhere.example/**", lambda route: (outside.append(route.request.url), route.abort()))
    page.goto(static_server(sample_out) + "groups/")
    refused = page.evaluate("""async () => {
      const seen = [];
      document.addEventListener('securitypolicyviolation', e => seen.push(e.effectiveDirective));
      const add = (tag, props, where) => (where || document.body).append(Object.assign(document.createElement(tag), props));
      add('img', {src: 'https://elsewhere.example/pixel.gif'});
      add('script', {src: 'https://elsewhere.example/track.js'});
      add('script', {textContent: 'window.__ran = 1'});
      add('link', {rel: 'stylesheet', href: 'https://elsewhere.example/a.css'}, document.head);
      add('style', {textContent: 'body { background: red }'}, document.head);
      add('iframe', {src: 'https://elsewhere.example/'});
      add('object', {data: '/static/favicon.svg'});
      try { await fetch('https://elsewhere.example/beacon'); } catch (e) {}
      await new Promise(done => setTimeout(done, 500));
      return [...new Set(seen)].sort();
    }""")
    assert refused == ["connect-src", "frame-src", "img-src", "object-src", "script-src-elem", "style-src-elem"]
    assert page.evaluate("window.__ran") is None and outside == []


# Text that check accepts (tags it refuses, see test_problems.py; HTML codes it reads as what they stand for)
# but that would run if a page put it into HTML unescaped: broken-off tags, quotes that end attributes,
# '</script ', template syntax, and a broken-off tag written in HTML codes.
XSS = [
    '<img src=x onerror="window.__pwned = \'img\'"',
    '"><svg onload="window.__pwned = \'svg\'" x=',
    "' onmouseover='window.__pwned = 1' x='",
    "</script <script src=x window.__pwned='script'",
    "{{ 7*7 }} {% raw %} ${7*7}",
    "javascript:window.__pwned = 'js'",
    "&lt;img src=x onerror=&quot;window.__pwned = 'entity'&quot;",  # shown as what it stands for, never run
]


@pytest.fixture(scope="module")
def hostile_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import shutil

    from conftest import GOLDEN

    work = tmp_path_factory.mktemp("hostile")
    site = work / "site"
    shutil.copytree(GOLDEN / "site", site)
    for n, payload in enumerate(XSS):
        quoted = payload.replace("\\", "\\\\").replace('"', '\\"')
        (site / f"listings/groups/hostile-{n}.yaml").write_text(
            f'name: "Hostile {n} {quoted}"\nsummary: "Summary {quoted}"\n'
            f'description: |\n  **{n}** {payload.replace("<", "&lt;")}\n\n  [click me](https://example.org/{n})\n'
            f'organization: "{quoted}"\naccessibility: "{quoted}"\ncost: free\ncost_note: "{quoted}"\npeer_led: yes\n'
            f'last_verified: 2026-10-01\nformat: online\nservice_area: [online]\ngroup_size: "{quoted}"\n'
            f'meetings:\n  - weekday: monday\n    start: "19:00"\n    end: "20:00"\n    note: "{quoted}"\n',
            encoding="utf-8",
        )
    out = work / "out"
    build(site, BuildOptions(out_dir=out))
    return out


def test_hostile_text_shows_literally_and_never_runs(hostile_out, static_server, guarded) -> None:
    page = guarded
    base = static_server(hostile_out)
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    for n, payload in enumerate(XSS):
        shown = html.unescape(payload)  # as the payload, but for its HTML codes
        page.goto(base + f"groups/hostile-{n}/")
        expect(page.locator("h1")).to_have_text(f"Hostile {n} {shown}")
        assert shown in page.locator(".lead").inner_text()
        page.hover("h1")
        assert page.evaluate("window.__pwned") is None
    page.goto(base + "groups/")
    page.goto(base + "search/?q=hostile")
    expect(page.locator("#search-status")).to_contain_text("results")
    names = page.locator("#search-results h2").all_inner_texts()
    assert any(XSS[0] in name for name in names)
    assert page.evaluate("window.__pwned") is None
    assert dialogs == [] and page.errors == []


def test_crisis_banner_stands_in_the_same_place_on_every_page_with_tel_and_sms_links(sample_out, static_server, js_page) -> None:
    page = js_page
    base = static_server(sample_out)
    places = set()
    for path in KINDS_OF_PAGE:
        page.goto(base + path)
        box = page.locator(".crisis").bounding_box()
        places.add((box["x"], box["y"], box["width"]))
        assert page.locator(".crisis a[href='tel:988']").is_visible() and page.locator(".crisis a[href='sms:988']").is_visible()
        page.locator(".crisis-more summary").click()  # the other lines, one tap away
        assert page.locator(".crisis a[href='tel:116123']").is_visible()
        assert page.locator(".crisis").evaluate("e => getComputedStyle(e).position") == "static", "never covers content"
    assert len(places) == 1, places


def test_quick_exit_by_keyboard_alone(sample_out, static_server, guarded) -> None:
    page = guarded
    page.goto(static_server(sample_out) + "respite/harbor-house-peer-respite/")
    page.keyboard.press("Tab")  # the skip link
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Emergency Exit this page"
    page.keyboard.press("Enter")
    page.wait_for_url(NEUTRAL)


def test_in_high_contrast_mode_the_quick_exit_and_every_button_keep_their_outline(sample_out, static_server, js_page) -> None:
    """Windows' high contrast (forced colours) drops backgrounds: the quick exit, drawn by its red fill alone, had
    become a line of text among others; a transparent border is what such a mode draws instead."""
    page = js_page
    page.emulate_media(forced_colors="active")
    page.goto(static_server(sample_out) + "groups/telephone-friendship-circle/")
    outlines = page.evaluate("""() => [...document.querySelectorAll('.quick-exit, button, .action')]
        .filter(e => e.offsetParent !== null)
        .map(e => { const s = getComputedStyle(e);
                    return [e.className || e.tagName, s.borderTopStyle, parseFloat(s.borderTopWidth), s.borderTopColor]; })""")
    assert {name for name, *_ in outlines} >= {"quick-exit", "BUTTON", "action"}, outlines
    for name, style, width, color in outlines:
        assert style == "solid" and width >= 2 and color not in ("rgba(0, 0, 0, 0)", "transparent"), (name, style, width, color)


def test_a_search_that_speaks_of_suicide_shows_the_crisis_lines_first_even_when_search_cannot_run(sample_out, static_server, js_page) -> None:
    """Someone typing 'I want to die' had been shown guide sections about groups; the crisis lines were only in
    the banner above. Now they are above the results, each a tap away, in the page's language, and also when
    the search data cannot be fetched (offline); other words leave them out."""
    page = js_page
    base = static_server(sample_out)
    box = page.locator("#search-crisis")
    page.goto(base + "search/")
    expect(box).to_be_hidden()
    page.fill("#search-q", "I don’t want to LIVE anymore")
    page.keyboard.press("Enter")
    expect(box).to_be_visible()
    assert box.locator("a[href='tel:988']").is_visible() and box.locator("a[href='tel:116123']").is_visible()
    assert box.evaluate("b => b.compareDocumentPosition(document.getElementById('search-results')) & Node.DOCUMENT_POSITION_FOLLOWING")
    page.fill("#search-q", "grief support")
    page.keyboard.press("Enter")
    expect(box).to_be_hidden()
    page.goto(base + "es/search/?q=quiero+morir")
    expect(box).to_be_visible()  # (the heading is there, hidden, on every search page)
    expect(box.locator("h2")).to_have_text("Puedes hablar con alguien ahora mismo")
    # In the words of another language than the page's (it had shown nothing): the lines, in the page's language.
    page.goto(base + "search/?q=quiero+morir")
    expect(box).to_be_visible()
    expect(box.locator("h2")).to_have_text("You can talk to someone right now")
    page.goto(base + "es/search/?q=I+want+to+die")
    expect(box).to_be_visible()
    expect(box.locator("h2")).to_have_text("Puedes hablar con alguien ahora mismo")
    # Beside the crisis lines, no close spellings: those of 'dead' had put the ASL group ('deaf') among the results.
    page.goto(base + "search/?q=better+off+dead")
    expect(box).to_be_visible()
    expect(page.locator("#search-status")).to_contain_text("better off dead")
    assert not page.locator("#search-results", has_text="ASL").count() and "close spellings" not in page.locator("#search-status").inner_text()
    page.context.route("**/search/data/**", lambda route: route.abort())
    page.goto(base + "search/?q=suicidal+thoughts")
    expect(page.locator("#search-fallback")).to_be_visible()  # the search failed: the ways to browse instead
    expect(box).to_be_visible()
    page.goto(base + "search/?q=selfharm")  # words as one, as people type them
    expect(box).to_be_visible()
    page.goto(base + "search/?q=i+want+to+unalive+myself")  # as young people write it online ('unalive' had shown nothing)
    expect(box).to_be_visible()
