"""The theme's text in the site's language, checked when the site is loaded so a template never meets a missing
or malformed string.

English (`peerdir/theme/strings/en.yaml`) holds every key; each other language the theme speaks has a file beside
it. A site's own `theme/strings/<language>.yaml` replaces or adds texts (and is how a site speaks a language the
theme does not), and site.yaml's `strings:` replaces single texts last. A text missing in the site's language is
a problem naming its key: English never stands in for it in silence. Weekday and month names are not texts to
translate: they come from CLDR, for every language.
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.dates import get_day_names, get_month_names

from peerdir import THEME
from peerdir.problems import Problem
from peerdir.sources.fieldtypes import WEEKDAYS
from peerdir.sources.readers import CONFIG_FILE, THEME_DIR
from peerdir.sources.yamlfile import FileProblem, YamlDoc, load_file

STRINGS_DIR = THEME / "strings"
DEFAULTS = STRINGS_DIR / "en.yaml"  # every key
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_MAX_BYTES = 1024 * 1024


def choice_key(prefix: str, value: str) -> str:
    """The string key for a choice value, e.g. ('cost', 'drop-in') -> 'cost_drop_in'."""
    return f"{prefix}_{value.replace('-', '_')}"


def theme_languages() -> list[str]:
    """The languages the packaged theme speaks."""
    return sorted(path.stem for path in STRINGS_DIR.glob("*.yaml"))


def packaged_strings(language: str) -> Path | None:
    """The packaged theme's texts in a language (BCP 47: 'es-MX' falls back to 'es'), if it has them."""
    for code in (language, language.split("-")[0]):
        if code == "en":
            return DEFAULTS
        if (STRINGS_DIR / f"{code}.yaml").is_file():
            return STRINGS_DIR / f"{code}.yaml"
    return None


def load_strings(language: str, overrides: dict[str, str], config_doc: YamlDoc, site_dir: Path | None = None,
                 at: tuple[str, int] | tuple[str] = ("language",)) -> tuple[dict[str, str], list[Problem]]:
    """The theme's texts in a language, and what is wrong with them; a problem with the language itself is told
    at `at`, where site.yaml names it: its main language, or one of its translations ("translations", 0)."""
    named = at[0] + "".join(f"[{index}]" for index in at[1:])  # as validation names a field: translations[0]
    try:
        defaults = load_file(DEFAULTS, "peerdir/theme/strings/en.yaml", _MAX_BYTES).data
        packaged = packaged_strings(language)
        strings = dict(defaults if packaged == DEFAULTS else load_file(packaged, f"peerdir/theme/strings/{packaged.name}", _MAX_BYTES).data if packaged else {})
        own_rel = f"{THEME_DIR}/strings/{language}.yaml"
        own = load_file(site_dir / own_rel, own_rel, _MAX_BYTES) if site_dir and (site_dir / own_rel).is_file() else None
    except FileProblem as exc:
        return {}, [exc.problem]
    try:
        names = calendar_names(language)
    except (UnknownLocaleError, ValueError):
        line, column = config_doc.where(at)
        return {}, [Problem(CONFIG_FILE, line, column, named, f"'{language}' is not a language code CLDR knows; "
                            "write a BCP 47 code such as en, en-GB, es or es-MX")]
    if own is not None and not isinstance(own.data, dict):
        return {}, [Problem(own_rel, 1, 1, "", "write one text per line, as key: text (see peerdir/theme/strings/en.yaml)")]
    problems = []
    given = [(own_rel, own, (), own.data if own else {}), (CONFIG_FILE, config_doc, ("strings",), overrides)]  # in order
    for path, doc, under, texts in given:
        for key, value in texts.items():
            line, column = doc.where((*under, key))
            problem = _refused(str(key), value, defaults, path, line, column, ".".join((*under, str(key))))
            if problem:
                problems.append(problem)
            else:
                strings[key] = value
    missing = [key for key in defaults if key not in strings]
    if missing and not problems:
        line, column = config_doc.where(at)
        where = own_rel if own is not None else CONFIG_FILE
        if own is None and packaged is None:
            problems.append(Problem(CONFIG_FILE, line, column, named, (
                f"the theme has no texts in '{language}' (it has {', '.join(theme_languages())}): write them in "
                f"{own_rel}, every key of peerdir/theme/strings/en.yaml translated")))
        else:
            problems += [Problem(where, 1 if own else line, 1 if own else column, key,
                                 f"the text '{key}' is missing in '{language}': add it to {own_rel}, translating "
                                 f"'{defaults[key]}'") for key in missing]
    return strings | names, problems


def crisis_words(texts: dict[str, dict[str, str]]) -> tuple[str, ...]:
    """The words that show the crisis lines above a search's results, each once, from the texts of each of the
    site's languages (the page's first), then of each language the theme speaks that the site does not. Someone in
    crisis may search in their own language on a page in another ('quiero morir' on an English page had shown
    nothing of the crisis lines); a site's own words for its languages stand, none of the theme's added back."""
    spoken = {code.split("-")[0].lower() for code in texts}
    found = [listed_words(own["search_crisis_words"]) for own in texts.values()]
    found += [_theme_crisis_words(code) for code in theme_languages() if code not in spoken]
    return tuple(dict.fromkeys(words for listed in found for words in listed))


@lru_cache(maxsize=None)
def _theme_crisis_words(language: str) -> tuple[str, ...]:
    path = packaged_strings(language) or DEFAULTS
    return listed_words(load_file(path, f"peerdir/theme/strings/{path.name}", _MAX_BYTES).data["search_crisis_words"])


def listed_words(words: str) -> tuple[str, ...]:
    """The words or phrases of a text that lists them, apart by commas ('near me, nearby')."""
    return tuple(word.strip() for word in words.split(",") if word.strip())


@lru_cache(maxsize=32)
def locale(language: str) -> Locale:
    """A BCP 47 code's CLDR locale ('es-MX'); UnknownLocaleError or ValueError for one CLDR does not know."""
    return Locale.parse(language, sep="-")


def calendar_names(language: str) -> dict[str, str]:
    """Weekday and month names in a language, as the texts weekday_monday, weekday_short_monday and month_1:
    from CLDR (through Babel), the data every locale-aware program uses, never a table of ours to translate."""
    days, short = get_day_names("wide", locale=locale(language)), get_day_names("abbreviated", locale=locale(language))
    months = get_month_names("wide", locale=locale(language))
    return ({f"weekday_{name}": days[index] for index, name in enumerate(WEEKDAYS)}
            | {f"weekday_short_{name}": short[index] for index, name in enumerate(WEEKDAYS)}
            | {f"month_{number}": months[number] for number in range(1, 13)})  # fmt: skip


def language_autonym(language: str) -> str:
    """A language's name as its speakers write it (CLDR): English, Español, العربية."""
    name = locale(language).get_language_name(locale(language)) or language
    return name[:1].upper() + name[1:]


def language_names(language: str, readers: tuple[str, ...]) -> set[str]:
    """The names a contributor may write for a language (CLDR): its own (Español), and in each of `readers`
    (Spanish, in English); none for a code CLDR does not know."""
    try:
        known = locale(language)
        return {name for name in (known.get_language_name(known), *(known.get_language_name(locale(r)) for r in readers)) if name}
    except (UnknownLocaleError, ValueError):
        return set()


def text_direction(language: str) -> str:
    """"rtl" for a language written right to left (CLDR's character order), else "ltr"."""
    return "rtl" if locale(language).character_order == "right-to-left" else "ltr"


def _refused(key: str, value: object, defaults: dict[str, str], path: str, line: int, column: int, name: str) -> Problem | None:
    """Why a text given by the site cannot be used, if it cannot."""
    if key not in defaults:
        guess = difflib.get_close_matches(key, list(defaults), n=1)
        hint = f" — did you mean '{guess[0]}'?" if guess else "; see peerdir/theme/strings/en.yaml for the keys"
        return Problem(path, line, column, name, f"unknown string '{key}'{hint}")
    if not isinstance(value, str):
        return Problem(path, line, column, name, f"write the text in quotes, e.g. {key}: \"{defaults[key]}\"")
    extra = set(_PLACEHOLDER.findall(value)) - set(_PLACEHOLDER.findall(defaults[key]))
    if extra:
        allowed = ", ".join("{" + p + "}" for p in _PLACEHOLDER.findall(defaults[key])) or "none"
        return Problem(path, line, column, name, f"'{{{sorted(extra)[0]}}}' cannot be filled in here; placeholders allowed: {allowed}")
    return None
