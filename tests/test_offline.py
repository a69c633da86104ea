"""Works with no connection, only when asked: in Chromium, the sample served under a sub-path (as GitHub Pages
serves a project site), nothing registered or cached by browsing; after "Keep it on this device", pages and
search work offline; quick exit adds nothing to what is kept; "Remove from this device" leaves nothing behind."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from conftest import BUILD_DATE, sample_site_copy
from playwright.sync_api import expect

from peerdir.build import BuildOptions, build


@pytest.fixture(scope="module")
def under_sub_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("offline")
    build(sample_site_copy(work / "sample"),
          BuildOptions(out_dir=work / "served/directory", base_url="https://example.org/directory/", today=BUILD_DATE))
    return work / "served"


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    yield page
    context.close()


KEPT = """async () => ({
  workers: (await navigator.serviceWorker.getRegistrations()).map(r => r.scope),
  caches: await Promise.all((await caches.keys()).map(async name => [name, (await (await caches.open(name)).keys()).length])),
})"""


def test_nothing_is_stored_by_browsing(under_sub_path, static_server, phone) -> None:
    base = static_server(under_sub_path) + "directory/"
    for path in ("", "groups/westbrook-recovery-circle/", "search/?q=grief", "browse-safely/"):
        phone.goto(base + path)
    expect(phone.locator("#keep-size")).to_contain_text("It will store")
    assert phone.evaluate(KEPT) == {"workers": [], "caches": []}
    assert phone.evaluate("localStorage.length + sessionStorage.length") == 0 and phone.context.cookies() == []


def test_kept_it_works_offline_and_removed_nothing_is_left(under_sub_path, static_server, phone) -> None:
    base = static_server(under_sub_path) + "directory/"
    summary = json.loads((under_sub_path / "directory/keep.json").read_text())
    listed = json.loads((under_sub_path / "directory/keep-files.json").read_text())["files"]
    assert summary["files"] == len(listed) and not any(f.startswith(("api/", "hsds/")) or f.endswith(".ics") for f in listed)
    phone.goto(base + "browse-safely/")
    megabytes = f"{summary['bytes'] / 1e6:.1f}".rstrip("0").rstrip(".")
    expect(phone.locator("#keep-size")).to_have_text(f"It will store {megabytes} MB ({summary['files']} files).")
    phone.get_by_role("button", name="Keep it on this device").click()
    expect(phone.locator("#keep-status")).to_have_text("Kept on this device. It works with no connection.", timeout=30000)
    kept = phone.evaluate(KEPT)
    assert kept["workers"] == [base] and [count for _, count in kept["caches"]] == [len(listed)]
    assert kept["caches"][0][0] == f"peerdir {base} {summary['version']}"

    phone.context.set_offline(True)
    phone.goto(base + "groups/westbrook-recovery-circle/")
    expect(phone.locator("h1")).to_have_text("Westbrook Recovery Circle")
    phone.goto(base + "search/?q=grief")
    expect(phone.locator("#search-results")).to_contain_text("Lakeside Grief Café")
    # Quick exit leaves for another site, which is not reachable offline; it stores nothing here either way.
    phone.goto(base)
    phone.get_by_role("button", name="Exit this page").first.click()
    phone.context.set_offline(False)
    phone.goto(base + "browse-safely/")
    assert phone.evaluate(KEPT) == kept, "nothing is added to what was kept"
    expect(phone.get_by_role("button", name="Remove from this device")).to_be_visible()

    phone.get_by_role("button", name="Remove from this device").click()
    expect(phone.locator("#keep-status")).to_have_text("Removed. Nothing of this directory is kept on this device.")
    assert phone.evaluate(KEPT) == {"workers": [], "caches": []}
    phone.context.set_offline(True)
    with pytest.raises(Exception, match="ERR_INTERNET_DISCONNECTED"):
        phone.goto(base + "groups/westbrook-recovery-circle/")
    assert phone.errors == []


def test_keeping_says_saving_until_kept_even_when_the_first_look_answers_late(under_sub_path, static_server, phone) -> None:
    """On a slow phone the button can be pressed before the page has asked whether the directory is kept: that
    late answer ("not kept") must not wipe "Saving…" or show the button again while it saves."""
    phone.add_init_script("""(() => {
      const sw = navigator.serviceWorker; if (!sw) return;
      const asked = sw.getRegistration.bind(sw); let first = true;
      sw.getRegistration = (scope) => first ? (first = false, asked(scope).then(r => new Promise(done => setTimeout(() => done(r), 300))))
                                            : asked(scope);
    })()""")
    phone.goto(static_server(under_sub_path) + "directory/browse-safely/")
    phone.get_by_role("button", name="Keep it on this device").click()
    expect(phone.locator("#keep-status")).to_have_text("Saving… this can take a minute.")
    phone.wait_for_timeout(700)  # the first look has answered by now, most likely while it saves
    assert phone.locator("#keep-status").inner_text() in ("Saving… this can take a minute.",
                                                          "Kept on this device. It works with no connection.")
    expect(phone.locator("#keep-status")).to_have_text("Kept on this device. It works with no connection.", timeout=30000)
    assert phone.errors == []
    phone.get_by_role("button", name="Remove from this device").click()
    expect(phone.locator("#keep-status")).to_contain_text("Removed.")


def test_without_javascript_the_page_says_what_keeping_needs(under_sub_path, static_server, page) -> None:
    page.goto(static_server(under_sub_path) + "directory/browse-safely/")
    assert page.get_by_text("Keeping a copy needs JavaScript").is_visible()
    assert not page.get_by_role("button", name="Keep it on this device").is_visible()


def test_a_kept_copy_updates_itself_when_the_device_is_next_online(tmp_path: Path, static_server, phone) -> None:
    site = sample_site_copy(tmp_path / "sample")
    options = BuildOptions(out_dir=tmp_path / "served/directory", base_url="https://example.org/directory/", today=BUILD_DATE)
    build(site, options)
    base = static_server(tmp_path / "served") + "directory/"
    phone.goto(base + "browse-safely/")
    phone.get_by_role("button", name="Keep it on this device").click()
    expect(phone.locator("#keep-status")).to_have_text("Kept on this device. It works with no connection.", timeout=30000)
    old = json.loads((tmp_path / "served/directory/keep.json").read_text())["version"]

    listing = site / "listings/groups/westbrook-recovery-circle.yaml"
    listing.write_text(listing.read_text().replace("name: Westbrook Recovery Circle", "name: Westbrook Recovery Circle (Fridays)"))
    build(site, options)
    new = json.loads((tmp_path / "served/directory/keep.json").read_text())["version"]
    assert new != old
    phone.goto(base)  # online: the browser checks sw.js, finds the new version and stores the new build
    deadline = time.monotonic() + 60
    while phone.evaluate("caches.keys()") != [f"peerdir {base} {new}"]:
        assert time.monotonic() < deadline, phone.evaluate("caches.keys()")
        phone.wait_for_timeout(250)
    phone.context.set_offline(True)
    phone.goto(base + "groups/westbrook-recovery-circle/")
    expect(phone.locator("h1")).to_have_text("Westbrook Recovery Circle (Fridays)")


def test_a_site_in_two_languages_is_kept_whole_from_either(tmp_path: Path, static_server, phone) -> None:
    """Kept from the Spanish pages, under a sub-path: the one worker at the site's root keeps both languages."""
    from test_languages import two_language_site

    build(two_language_site(sample_site_copy(tmp_path / "sample")),
          BuildOptions(out_dir=tmp_path / "served/directory", base_url="https://example.org/directory/", today=BUILD_DATE))
    base = static_server(tmp_path / "served") + "directory/"
    listed = json.loads((tmp_path / "served/directory/keep-files.json").read_text())["files"]
    assert "es/groups/riverton-depression-peer-group/" in listed and "groups/riverton-depression-peer-group/" in listed
    phone.goto(base + "es/browse-safely/")
    phone.get_by_role("button", name="Guardarlo en este dispositivo").click()
    expect(phone.locator("#keep-status")).to_have_text("Guardado en este dispositivo. Funciona sin conexión.", timeout=30000)
    assert phone.evaluate(KEPT)["workers"] == [base]
    phone.context.set_offline(True)
    phone.goto(base + "es/groups/riverton-depression-peer-group/")
    expect(phone.locator("h1")).to_have_text("Grupo de apoyo entre pares para la depresión de Riverton")
    phone.goto(base + "groups/riverton-depression-peer-group/")
    expect(phone.locator("h1")).to_have_text("Riverton Depression Peer Group")
    phone.goto(base + "es/search/?q=hablamos")
    expect(phone.locator("#search-results")).to_contain_text("Grupo de apoyo entre pares para la depresión de Riverton")
    phone.context.set_offline(False)
    assert phone.errors == []
