"""Numbers as the site's language writes them, and which plural form a count takes there: CLDR data through
Babel (12,345 listings in English, 12.345 recursos in Spanish; 1 takes the singular, and in French 0 does too),
never rules of our own. The browser does the same with Intl.NumberFormat and Intl.PluralRules (search.js)."""

from __future__ import annotations

from functools import lru_cache

from babel import Locale
from babel.numbers import format_decimal


@lru_cache(maxsize=16)
def _locale(language: str) -> Locale:
    return Locale.parse(language, sep="-")


def number_text(n: int, language: str) -> str:
    return format_decimal(n, locale=_locale(language))


def count_text(n: int, strings: dict[str, str], language: str) -> str:
    """'1 listing', '12,345 listings': the theme has a singular and a plural for each count it shows."""
    key = "listing_count_one" if _locale(language).plural_form(n) == "one" else "listing_count_other"
    return strings[key].format(n=number_text(n, language))
