"""Numbers as the site's language writes them, and which plural form a count takes there: CLDR data through
Babel (12,345 listings in English, 12.345 recursos in Spanish; 1 takes the singular, and in French 0 does too),
never rules of our own. The browser does the same with Intl.NumberFormat and Intl.PluralRules (search.js)."""

from __future__ import annotations

from babel.numbers import format_decimal

from peerdir.sources.strings import locale


def number_text(n: int, language: str) -> str:
    return format_decimal(n, locale=locale(language))


def count_text(n: int, strings: dict[str, str], language: str) -> str:
    """'1 listing', '12,345 listings': the theme has a singular and a plural for each count it shows."""
    key = "listing_count_one" if locale(language).plural_form(n) == "one" else "listing_count_other"
    return strings[key].format(n=number_text(n, language))
