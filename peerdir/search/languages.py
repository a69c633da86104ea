"""Each search language's stemmer and stop words, the same on both sides: the browser uses lunr.js's own (English)
or lunr-languages' (`static/search/lunr.<language>.min.js`, vendored from npm), and the index is written here with
terms those would give. A site in a language with neither is searched with English's (model/filters.py
search_language, which the search page names too).

Spanish: lunr-languages 1.22.0 stems with an older Snowball than `snowballstemmer` 3 (PyPI, Snowball's own
generated code). On words as both sides see them (folded: "reunión" is "reunion") they differ only where Snowball 3
learnt the unaccented suffixes -acion and -ucion, which the older leaves whole; tests/test_search_languages.py
checks that on 635,039 Spanish words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from lunr.stop_word_filter import WORDS as ENGLISH_STOP_WORDS

from peerdir import THEME
from peerdir.search.stemmer import porter_stem

SCRIPTS = THEME / "static/search"


# Two words that a language writes for one meaning neither has alone, searched as one word ("enlinea") by the
# index and by core.js alike (meta.js lists them): "en línea" is online, and "línea" alone a phone line, which had
# come first for "apoyo en línea" and "grupo en línea"; "en persona" is in person, and "persona" alone had found
# the English guides' "person" before the groups that meet in person. As words() gives them: folded, a space between.
PHRASES = {"es": ("en linea", "en persona")}


@lru_cache(maxsize=None)
def stemmer(language: str) -> Callable[[str], str]:
    if language == "es":
        import snowballstemmer  # here, as only Spanish needs it: it imports all of its 30 languages (40 ms)

        spanish = snowballstemmer.stemmer("spanish")
        return lru_cache(maxsize=65536)(lambda word: word if word.endswith(("acion", "ucion")) else spanish.stemWord(word))
    return porter_stem


@lru_cache(maxsize=None)
def stop_words(language: str) -> frozenset[str]:
    """The stop words lunr's filter for the language removes: lunr-languages' list is read from the very file the
    browser runs, so the two can never differ."""
    if language == "en":
        return frozenset(ENGLISH_STOP_WORDS)
    script = (SCRIPTS / f"lunr.{language}.min.js").read_text(encoding="utf-8")
    found = re.search(r'generateStopWordFilter\("([^"]*)"\.split\(" "\)\)', script)
    if not found:
        raise RuntimeError(f"lunr.{language}.min.js has no stop word list where lunr-languages puts it")
    return frozenset(found.group(1).split())
