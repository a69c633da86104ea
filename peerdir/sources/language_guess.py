"""Which of the site's languages a listing's words are written in, where it does not say (`written_in`).

A listing written in Spanish on an English site, without `written_in: es`, is read aloud by screen readers with
English sounds and searched with English word endings; check notes it, without refusing the listing, since the
words are the contributor's to name. Guessed only between languages told apart by the small words every sentence
has (articles, prepositions, conjunctions), and only where many of one and few of the other are found.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from peerdir.problems import Problem
from peerdir.sources.config import SiteConfig

# Words of each language that the other does not use, common in any sentence of a few words. The theme's two.
_SMALL_WORDS = {
    "en": frozenset("the and of to for with is are you your our we who this that from at by an or it".split()),
    "es": frozenset("el la los las del de que y para con una un por es en su sus al se le lo como más nuestro nuestra".split()),
}
_WORD = re.compile(r"[^\W\d_]+")
_AT_LEAST = 3  # small words of the language guessed
_TIMES_MORE = 3  # than of any other


def _base(code: str) -> str:
    """A language's code without its region or script: es for es-MX."""
    return code.split("-")[0]


def guess(text: str, languages: Iterable[str]) -> str | None:
    """The one of `languages` (codes, such as en or es-MX) the text is plainly written in, or None where it is not
    plain (short text, names, a mix, or a language without a list here)."""
    words = [word.casefold() for word in _WORD.findall(text)]
    counts = {code: sum(word in _SMALL_WORDS[_base(code)] for word in words) for code in languages if _base(code) in _SMALL_WORDS}
    if len(counts) < 2:
        return None
    first, *others = sorted(counts, key=counts.get, reverse=True)  # type: ignore[arg-type]
    return first if counts[first] >= _AT_LEAST and all(counts[first] >= _TIMES_MORE * counts[other] for other in others) else None


def unsaid_languages(listings: Iterable[tuple[str, object]], config: SiteConfig) -> list[Problem]:
    """A note for each listing (its file and its checked fields) without `written_in` whose name, summary and
    description read as another of the site's languages than its main one."""
    languages = [term.id for term in config.languages]
    main = _base(config.language)
    others = frozenset().union(*(_SMALL_WORDS[_base(code)] for code in languages if _base(code) in _SMALL_WORDS and _base(code) != main))
    notes = []
    for source, data in listings:
        short = f"{getattr(data, 'name', '')} {getattr(data, 'summary', '')}"
        if getattr(data, "written_in", None) or not others.intersection(_WORD.findall(short.casefold())):
            continue  # as nearly every listing: its name and summary hold none of another language's small words
        found = guess(f"{short} {getattr(data, 'description', None) or ''}", languages)
        if found and _base(found) != main:
            name = next((term.name for term in config.languages if term.id == found), found)
            notes.append(Problem(source, 1, 1, "written_in", f"its words read as {name}: if they are, add written_in: {found}, so "
                                 f"that screen readers and search read them as {name}; if not, written_in: {config.language} says so"))
    return notes
