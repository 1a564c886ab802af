"""What every reader of text shares: locales, limits, and the characters refused."""

from __future__ import annotations

import unicodedata

from pledgekit.exceptions import InvalidValueError, ParseError

LOCALES = ("id", "en")
"""The locales the functions of this module accept.

Indonesian (``1.234,5``) and English (``1,234.5``); any other is refused:

>>> from decimal import Decimal
>>> from pledgekit.text import LOCALES, format_number, parse_number
>>> [format_number(Decimal("1234.5"), locale) for locale in LOCALES]
['1.234,5', '1,234.5']
>>> parse_number("1.234,5", locale="id") == parse_number("1,234.5", locale="en")
True
>>> parse_number("1.234,5", locale="fr")
Traceback (most recent call last):
...
pledgekit.exceptions.InvalidValueError: locale: got 'fr' (str); expected 'id' ...
"""

# Longer text is refused before any regular expression sees it. Every amount
# format_number prints (at most 30 + 30 digits, separators and a sign) fits.
_MAX_TEXT_LENGTH = 100
_MAX_PERIOD_TEXT_LENGTH = 2 * _MAX_TEXT_LENGTH + 20
# Years are read and written with four digits (or two, expanded by dateutil); a
# shorter year would be misread, so the text functions keep to these.
_MIN_TEXT_YEAR = 1000
_MAX_TEXT_YEAR = 9999
# Whitespace that separates words; every other control or format character, and
# every unassigned, private-use or surrogate code point, is refused rather than read
# as a space ("150\x1fribu") or ignored.
_SPACES = frozenset("\t\n\r")
_REFUSED_CATEGORIES = {
    "Cc": "a control character",
    "Cf": "an invisible format character",
    "Cs": "a lone surrogate",
    "Co": "a private-use character",
    "Cn": "an unassigned code point",
}


def check_language(value: object, where: str) -> str:
    """``value`` if it is one of `LOCALES`; the one check of texts, reports and charts."""
    if not isinstance(value, str) or value not in LOCALES:
        raise InvalidValueError(value, "'id' (Indonesian) or 'en' (English)", where)
    return value


def _check_locale(locale: object) -> str:
    return check_language(locale, "locale")


def _refuse_characters(text: str, what: str) -> None:
    """Refuse a character a reader cannot see, or a digit that is not 0-9."""
    for index, character in enumerate(text):
        if character.isascii() and (character.isprintable() or character in _SPACES):
            continue
        code = f"U+{ord(character):04X}"
        kind = _REFUSED_CATEGORIES.get(unicodedata.category(character))
        if kind is not None:
            problem = f"{code}, {kind}, which is not read as a space"
        elif character.isnumeric():
            name = unicodedata.name(character, "")
            problem = f"{code} {name}, a numeral other than 0-9, which is not read as a digit"
        else:
            continue
        raise ParseError(
            text,
            f"{character!r} at position {index} (counting from 0) is {problem}",
            f"{what}, written with the digits 0-9 and without control characters",
        )


def _prepare(text: object, what: str, limit: int = _MAX_TEXT_LENGTH) -> str:
    """Check type and length, then collapse every run of whitespace to one space."""
    if not isinstance(text, str):
        raise InvalidValueError(text, f"a str holding {what}", "text")
    if len(text) > limit:
        # The error keeps only the start, so that a hostile string cannot make a huge message.
        raise ParseError(
            text[:40] + "...",
            f"the text is {len(text)} characters long",
            f"{what} in at most {limit} characters",
        )
    _refuse_characters(text, what)
    collapsed = " ".join(text.split())
    if not collapsed:
        raise ParseError(text, "the text is empty", what)
    return collapsed


_NOTATION = {"id": "Indonesian notation", "en": "English notation"}
