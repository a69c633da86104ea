"""Search in the site's own language: lunr-languages in the browser, the same terms in the index."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import subprocess
from pathlib import Path

from test_search import HARNESS, NODE, SCRIPTS, needs_node

from peerdir.build import BuildOptions, build
from peerdir.model.filters import search_language
from peerdir.search.languages import stemmer, stop_words

LUNR_LANGUAGES_1_22_0_SHA256 = {  # npm lunr-languages@1.22.0, min/
    "lunr.stemmer.support.min.js": "5ff7b6bd53462911fc1311c09f654085b748338aced249e719c0b16fda0b90fb",
    "lunr.es.min.js": "e3ecaf6091dfecf3ac77b268ef7439b0c0e5cb6155bd23eb077100101c5188cb",
}
SPANISH = (Path(__file__).parent / "data/spanish-words.txt.gz")


def node(mode: str, payload: object, *args: str, language: str = "es") -> object:
    result = subprocess.run([NODE, str(HARNESS), mode, str(SCRIPTS), *args], input=json.dumps(payload), capture_output=True,
                            text=True, check=True, env={**os.environ, "PEERDIR_SEARCH_LANGUAGE": language})
    return json.loads(result.stdout)


def test_shipped_lunr_languages_files_are_the_unmodified_npm_ones_with_their_licence() -> None:
    for name, digest in LUNR_LANGUAGES_1_22_0_SHA256.items():
        assert hashlib.sha256((SCRIPTS / name).read_bytes()).hexdigest() == digest, name
    assert "MOZILLA PUBLIC LICENSE" in (SCRIPTS / "lunr-languages-LICENSE.txt").read_text(encoding="utf-8")


@needs_node
def test_the_index_stems_and_drops_stop_words_in_spanish_exactly_as_the_browser_does() -> None:
    words = gzip.decompress(SPANISH.read_bytes()).decode("utf-8").split()
    words += sorted(stop_words("es")) + ["reunion", "reuniones", "hablan", "hablamos", "apoyo", "grupos", "acion", "ucion"]
    assert len(words) > 40_000
    assert [stemmer("es")(word) for word in words] == node("stem", words)
    assert [word in stop_words("es") for word in words] == node("stop", words)
    assert stemmer("es")("hablamos") == stemmer("es")("hablan") != stemmer("en")("hablamos")


def test_each_site_language_is_searched_with_its_own_pipeline() -> None:
    assert [search_language(code) for code in ("en", "en-GB", "es", "es-MX", "ar", "vi")] == ["en", "en", "es", "es", "en", "en"]


def test_every_search_language_has_its_own_stemmer_stop_words_and_browser_pipeline() -> None:
    """model/filters.SEARCH_LANGUAGES (what the search page and the search data agree on) and search/languages.py
    (how the index stems) are kept apart so that neither output reads the other: a language added to the first
    alone would be indexed with English's stemmer while the browser stems its own way."""
    from peerdir.model.filters import SEARCH_LANGUAGES
    from peerdir.search.stemmer import porter_stem

    assert SEARCH_LANGUAGES[0] == "en" and stemmer("en") is porter_stem
    for language in SEARCH_LANGUAGES[1:]:
        assert stemmer(language) is not porter_stem, language
        assert (SCRIPTS / f"lunr.{language}.min.js").is_file() and stop_words(language) != stop_words("en"), language


@needs_node
def test_a_spanish_site_finds_a_word_by_its_spanish_stem(sample_site: Path, tmp_path: Path) -> None:
    """The sample's Riverton group says, in Spanish, that its peers 'hablan español': 'hablamos' finds it in
    Spanish, which English stemming would not."""
    out = tmp_path / "out"
    build(sample_site, BuildOptions(out_dir=out))
    assert '"language":"es"' in (out / "es/search/data/meta.js").read_text(encoding="utf-8")
    assert '"language"' not in (out / "search/data/meta.js").read_text(encoding="utf-8")
    assert 'data-language="es"' in (out / "es/search/index.html").read_text(encoding="utf-8")
    request = [{"q": "hablamos", "filters": {}}]
    (spanish,) = node("search", request, str(out / "es/search/data"))
    assert any(r["url"] == "groups/riverton-depression-peer-group/" for r in spanish["results"]) and not spanish["fuzzy"]
    (english,) = node("search", request, str(out / "search/data"), language="")
    assert english["total"] == 0 or english["fuzzy"], "in English only a close spelling, if anything"


@needs_node
def test_spanish_en_linea_is_online_and_linea_alone_a_phone_line(sample_site: Path, tmp_path: Path) -> None:
    """'apoyo en línea' (online support) had put the Spanish phone line first, 'en' a stop word and 'línea' in its
    name: a language's phrases are one word on both sides (languages.PHRASES), so 'en línea' finds what is online,
    and 'línea' alone still the phone lines; 'en persona' had put English guides ('person') first. The results mark the words that found them, never a stop word ('for'
    had marked 'forum', 'para' 'Pares')."""
    out = tmp_path / "out"
    build(sample_site, BuildOptions(out_dir=out))
    assert '"phrases":["en linea","en persona"]' in (out / "es/search/data/meta.js").read_text(encoding="utf-8")
    line, forum = "helplines/linea-de-apoyo-en-espanol/", "forums/foro-de-apoyo-mutuo/"
    online, support, alone, quoted, in_person = node(
        "search", [{"q": q, "limit": 100} for q in ("en línea", "apoyo en línea", "línea", '"en línea"', "en persona")], str(out / "es/search/data"))
    assert forum in [r["url"] for r in online["results"]] and line not in [r["url"] for r in online["results"]]
    assert support["results"][0]["url"] != line and forum in [r["url"] for r in support["results"][:3]]
    assert line in [r["url"] for r in alone["results"]] and forum not in [r["url"] for r in alone["results"]]
    assert [r["url"] for r in quoted["results"]] == [r["url"] for r in online["results"]]
    assert "en" not in online["words"] and "linea" in online["words"]
    # 'en persona' (in person): the groups that meet in person, not the English guides' 'person' first
    assert in_person["results"] and not any(r["url"].startswith("guides/") for r in in_person["results"][:10])
    assert "groups/lakeside-grief-cafe/" in [r["url"] for r in in_person["results"]]
    (english,) = node("search", [{"q": "support for parents"}], str(out / "search/data"), language="")
    assert "for" not in english["words"] and "parents" in english["words"]
    assert "phrases" not in (out / "search/data/meta.js").read_text(encoding="utf-8")
