"""Read and write figures, dates and periods as Indonesian (and English) texts write them.

Officials and the press write ``"150.000"``, ``"5,9 persen"``, ``"141 ribu"``,
``"Rp1,8 triliun"``, ``"Jum'at (22/7/2022)"``, ``"Januari–Juni 2022"``. This module
reads such text exactly (figures become :class:`~decimal.Decimal`, never ``float``)
and refuses, with a :class:`~pledgekit.exceptions.ParseError` that says how the text
would have been read and what would be accepted, whatever a careful reader could
read in two ways.

Two locales are supported: ``"id"`` (Indonesian: ``1.234,5``; day first in numeric
dates) and ``"en"`` (English: ``1,234.5``; month first in numeric dates, as in
``7/22/2022``). Any other locale raises
:class:`~pledgekit.exceptions.InvalidValueError`.

>>> parse_number("141.624")
Decimal('141624')
>>> parse_quantity("1,2 juta orang")
Quantity(value=Decimal('1200000'), unit='orang', currency=None, resolution=Decimal('100000'))
>>> parse_date("Jum'at (22/7/2022)")
datetime.date(2022, 7, 22)
>>> format_period(parse_period("Januari-Juni 2022"))
'Januari–Juni 2022'
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
from dateutil import parser as dateutil_parser

from pledgekit._amounts import MAX_FRACTION_DIGITS, MAX_INTEGER_DIGITS, round_fraction, to_amount
from pledgekit._period import Period, require_date
from pledgekit.exceptions import InvalidValueError, ParseError

__all__ = [
    "LOCALES",
    "Quantity",
    "format_date",
    "format_number",
    "format_period",
    "parse_date",
    "parse_number",
    "parse_period",
    "parse_quantity",
]

#: The locales the functions of this module accept.
LOCALES = ("id", "en")

# Longer text is refused before any regular expression sees it. Every amount
# format_number prints (at most 30 + 30 digits, separators and a sign) fits.
_MAX_TEXT_LENGTH = 100
_MAX_PERIOD_TEXT_LENGTH = 2 * _MAX_TEXT_LENGTH + 20
# Years are read and written with four digits (or two, expanded by dateutil); a
# shorter year would be misread, so the text functions keep to these.
_MIN_TEXT_YEAR = 1000
_MAX_TEXT_YEAR = 9999
# format_number also prints computed values (a percentage of a tiny target) beyond the
# digit limits of amounts, up to these; longer output would only cost memory.
_MAX_PRINTED_DIGITS = 100
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


def _check_locale(locale: object) -> str:
    if not isinstance(locale, str) or locale not in LOCALES:
        raise InvalidValueError(locale, "'id' (Indonesian) or 'en' (English)", "locale")
    return locale


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


# Numbers -----------------------------------------------------------------------------


def _check_value(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, Decimal):
        raise InvalidValueError(value, "a Decimal", "Quantity.value")
    to_amount(value, where="Quantity.value")


def _check_word(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise InvalidValueError(value, "None or a non-empty str", f"Quantity.{attribute.name}")


def _check_resolution(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None:
        return
    if not isinstance(value, Decimal) or not value.is_finite() or value <= 0:
        raise InvalidValueError(value, "a positive Decimal or None", "Quantity.resolution")
    to_amount(value, where="Quantity.resolution")


@attrs.frozen
class Quantity:
    """A figure read from text, with what the text said about it.

    Attributes:
        value: The figure, exactly as written (scale words applied).
        unit: ``"%"`` for percentages, the unit word otherwise (``"orang"``,
            ``"jiwa"``...), or ``None``.
        currency: ``"IDR"`` for rupiah (``Rp``, ``IDR``, ``rupiah``), ``"USD"``, or
            ``None``.
        resolution: The rounding step the text implies when it uses a scale word:
            ``"141 ribu"`` is rounded to the thousand (1000), ``"1,2 juta"`` to the
            hundred thousand (100000). ``None`` when the figure is written out in
            full: ``"56.000"`` may be an exact count or a round one, and the text does
            not say which, so no step is claimed.

    Raises:
        InvalidValueError: ``value`` is not a Decimal within the amount limits, a
            ``unit`` or ``currency`` is not a non-empty str (or None), or
            ``resolution`` is not a positive Decimal (or None).

    >>> Quantity(Decimal("5.9"), "%")
    Quantity(value=Decimal('5.9'), unit='%', currency=None, resolution=None)
    """

    value: Decimal = attrs.field(validator=_check_value)
    unit: str | None = attrs.field(default=None, validator=_check_word)
    currency: str | None = attrs.field(default=None, kw_only=True, validator=_check_word)
    resolution: Decimal | None = attrs.field(
        default=None, kw_only=True, validator=_check_resolution
    )


_SEPARATORS = {"id": (".", ","), "en": (",", ".")}  # (thousands, decimal)
_SEPARATOR_NAMES = {
    "id": ("thousands dot", "decimal comma"),
    "en": ("thousands comma", "decimal point"),
}
_NOTATION = {"id": "Indonesian notation", "en": "English notation"}
_EXAMPLE = {"id": "'1.234.567,89'", "en": "'1,234,567.89'"}

_SCALES = {
    "id": {
        "ribu": 3,
        "rb.": 3,
        "rb": 3,
        "juta": 6,
        "jt.": 6,
        "jt": 6,
        "miliar": 9,
        "milyar": 9,
        "triliun": 12,
        "trilyun": 12,
    },
    "en": {"thousand": 3, "million": 6, "billion": 9, "trillion": 12},
}
# Longest first, so that "rb." is tried before "rb".
_SCALE_WORDS = {locale: sorted(words, key=len, reverse=True) for locale, words in _SCALES.items()}
_UNITS = {
    "id": {
        "%": "%",
        "persen": "%",
        "orang": "orang",
        "jiwa": "jiwa",
        "pekerja": "pekerja",
        "tenaga kerja": "tenaga kerja",
        "warga": "warga",
        "kk": "KK",
        "keluarga": "keluarga",
        "rumah": "rumah",
        "unit": "unit",
        "siswa": "siswa",
        "lowongan": "lowongan",
        "ha": "ha",
        "hektare": "ha",
        "hektar": "ha",
        "km": "km",
        "ton": "ton",
    },
    "en": {
        "%": "%",
        "percent": "%",
        "per cent": "%",
        "people": "people",
        "persons": "persons",
        "workers": "workers",
        "jobs": "jobs",
        "households": "households",
        "houses": "houses",
        "units": "units",
        "ha": "ha",
        "hectares": "ha",
        "km": "km",
        "tonnes": "tonnes",
    },
}
_CURRENCY_PREFIXES = {"rp": "IDR", "rp.": "IDR", "idr": "IDR", "usd": "USD", "us$": "USD"}
_CURRENCY_SUFFIXES = {"rupiah": "IDR"}
_AMBIGUOUS_ABBREVIATIONS = {
    "m": "'M' may be miliar (10^9) in the Indonesian press, million (10^6) in English, or metres",
    "t": "'T' may be triliun (10^12) or tonnes",
    "b": "'B' may be billion (10^9) or something else entirely",
    "k": "'K' may be thousand or something else entirely",
    "bn": "'bn' is billion (10^9) in English but is not used in Indonesian",
    "mn": "'mn' may be million or miliar",
    "mio": "'mio' may be million or miliar",
}
_SCALE_HINT = {
    "id": "a scale word (ribu, rb, juta, jt, miliar, triliun) and/or a unit (persen, %, orang, jiwa, ...)",
    "en": "a scale word (thousand, million, billion, trillion) and/or a unit (percent, %, people, ...)",
}

_NUMBER_SHAPE = re.compile(
    r"(?P<sign>[-−])? ?(?:(?P<currency>rp\.?|idr|usd|us\$) ?)?(?P<sign2>[-−])? ?"
    r"(?P<number>[0-9][0-9.,]*)(?P<rest>.*)",
    re.IGNORECASE | re.DOTALL,
)


class _MalformedFigureError(Exception):
    """A figure's separators cannot be read; carries the reason (internal)."""

    def __init__(self, reason: str, *, ambiguous: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.ambiguous = ambiguous


def _read_digits(number: str, locale: str) -> tuple[str, str]:
    """Split a figure into its integer and fraction digits, or raise _MalformedFigureError."""
    group, decimal_mark = _SEPARATORS[locale]
    group_name, decimal_name = _SEPARATOR_NAMES[locale]
    notation = _NOTATION[locale]
    pair = re.search(r"[.,]{2}", number)
    if pair:
        raise _MalformedFigureError(f"{pair.group()!r} puts two separators side by side")
    if number[-1] in ".,":
        raise _MalformedFigureError(f"the figure ends with {number[-1]!r}, which separates nothing")
    if number.count(decimal_mark) > 1:
        raise _MalformedFigureError(
            f"in {notation} {decimal_mark!r} is the {decimal_name}, and the figure has "
            f"{number.count(decimal_mark)} of them"
        )
    integer, _, fraction = number.partition(decimal_mark)
    if group in fraction:
        raise _MalformedFigureError(f"a {group_name} ({group!r}) follows the {decimal_name}")
    if group in integer:
        groups = integer.split(group)
        if len(groups[0]) > 3:
            raise _MalformedFigureError(
                f"{groups[0]!r} comes before a {group_name}, but a thousands group has "
                "at most three digits"
            )
        if groups[0].startswith("0"):
            raise _MalformedFigureError(
                f"a figure grouped with {group_name}s does not start with 0"
            )
        for later in groups[1:]:
            if len(later) != 3:
                raise _MalformedFigureError(
                    f"in {notation} a {group_name} ({group!r}) groups thousands and must be "
                    f"followed by exactly three digits, but {group + later!r} has {len(later)}"
                )
    elif len(fraction) == 3 and integer.lstrip("0"):
        other = "English" if locale == "id" else "Indonesian"
        raise _MalformedFigureError(
            f"{decimal_mark!r} followed by exactly three digits is ambiguous: read as "
            f"{notation} ({decimal_name}) it is {_plain(integer, fraction)}, read as "
            f"{other} notation (thousands separator) it is {_plain(integer + fraction, '')}",
            ambiguous=True,
        )
    return integer.replace(group, ""), fraction


def _plain(integer: str, fraction: str) -> str:
    return repr(Decimal(f"{integer}.{fraction}" if fraction else integer))


def _refuse_figure(
    text: str, number: str, locale: str, problem: _MalformedFigureError
) -> ParseError:
    group, decimal_mark = _SEPARATORS[locale]
    reason = problem.reason
    if problem.ambiguous:
        integer, _, fraction = number.partition(decimal_mark)
        expected = (
            f"{integer + group + fraction!r} if it means {_plain(integer + fraction, '')}, "
            f"or a different number of decimals (such as {number + '0'!r}) if it means "
            f"{_plain(integer, fraction)}"
        )
        return ParseError(text, reason, expected)
    expected = (
        f"digits with {_SEPARATOR_NAMES[locale][0]}s between groups of three and at most "
        f"one {_SEPARATOR_NAMES[locale][1]}, such as {_EXAMPLE[locale]}"
    )
    other = "en" if locale == "id" else "id"
    try:
        integer, fraction = _read_digits(number, other)
    except _MalformedFigureError:
        pass
    else:
        reason += f" (read as {_NOTATION[other]} it would be {_plain(integer, fraction)})"
        expected += f", or locale={other!r} if the text uses {_NOTATION[other]}"
    return ParseError(text, reason, expected)


def _split_suffix(rest: str, locale: str, text: str) -> tuple[int, str | None, str | None]:
    """Read what follows the figure: (scale exponent, unit, currency)."""
    rest = rest.strip()
    exponent = 0
    lowered = rest.lower()
    for word in _SCALE_WORDS[locale]:
        if lowered.startswith(word) and not lowered[len(word) : len(word) + 1].isalpha():
            exponent = _SCALES[locale][word]
            rest = rest[len(word) :].strip()
            break
    if not rest:
        return exponent, None, None
    lowered = rest.lower()
    if lowered in _UNITS[locale]:
        return exponent, _UNITS[locale][lowered], None
    if lowered in _CURRENCY_SUFFIXES:
        return exponent, None, _CURRENCY_SUFFIXES[lowered]
    if lowered.rstrip(".") in _AMBIGUOUS_ABBREVIATIONS:
        raise ParseError(
            text,
            _AMBIGUOUS_ABBREVIATIONS[lowered.rstrip(".")] + ", so the scale is ambiguous",
            f"the scale written out: {_SCALE_HINT[locale]}",
        )
    raise ParseError(
        text,
        f"{rest!r} after the figure is not a scale word or a unit pledgekit knows",
        _SCALE_HINT[locale],
    )


def parse_quantity(text: str, locale: str = "id") -> Quantity:
    """Read a figure, with its scale word, currency and unit, exactly.

    In ``"id"`` a dot groups thousands and a comma marks decimals; in ``"en"`` the
    reverse. A figure may start with ``-`` or ``−`` and a currency (``Rp``, ``Rp.``,
    ``IDR``, ``USD``, ``US$``), and end with one scale word (``ribu``/``rb``,
    ``juta``/``jt``, ``miliar``, ``triliun``; in English ``thousand`` to
    ``trillion``) and one unit (``persen``/``%``, ``orang``, ``jiwa``...) or
    ``rupiah``. ``"Rp5.000,-"`` (no sen) is read as 5000.

    Args:
        text: The text, e.g. ``"Rp1,8 triliun"``.
        locale: ``"id"`` or ``"en"``.

    Returns:
        The :class:`Quantity`; its ``resolution`` is the rounding step a scale word
        implies, ``None`` for a figure written out in full.

    Raises:
        ParseError: The text is empty, too long, not a figure, wrongly grouped,
            ambiguous (``"111,727"`` in ``"id"``), or too large for
            :func:`pledgekit.to_amount`.
        InvalidValueError: ``text`` is not a str, or the locale is unknown.

    >>> parse_quantity("Rp1,8 triliun")
    Quantity(value=Decimal('1800000000000'), unit=None, currency='IDR', resolution=Decimal('100000000000'))
    >>> parse_quantity("5,9 persen")
    Quantity(value=Decimal('5.9'), unit='%', currency=None, resolution=None)
    >>> parse_quantity("111,727")
    Traceback (most recent call last):
    ...
    pledgekit.exceptions.ParseError: cannot read '111,727': ',' followed by exactly three digits is ambiguous: ...
    """
    locale = _check_locale(locale)
    collapsed = _prepare(text, "a figure such as '150.000' or '1,2 juta'")
    shape = _NUMBER_SHAPE.fullmatch(collapsed)
    if shape is None:
        reason = (
            "it contains no digits"
            if not re.search("[0-9]", collapsed)
            else "it does not start with a figure"
        )
        raise ParseError(
            text,
            reason,
            f"a figure, optionally after a sign and a currency (Rp) and followed by "
            f"{_SCALE_HINT[locale]}",
        )
    if shape["sign"] and shape["sign2"]:
        raise ParseError(text, "it has two minus signs", "at most one minus sign")
    number, rest = shape["number"], shape["rest"]
    if locale == "id" and number.endswith(",") and rest.startswith("-"):
        # "Rp5.000,-": the dash says there are no sen.
        number, rest = number[:-1], rest[1:]
    try:
        integer, fraction = _read_digits(number, locale)
    except _MalformedFigureError as problem:
        raise _refuse_figure(text, number, locale, problem) from None
    exponent, unit, suffix_currency = _split_suffix(rest, locale, text)
    prefix_currency = shape["currency"]
    currency = _CURRENCY_PREFIXES[prefix_currency.lower()] if prefix_currency else None
    if currency and suffix_currency:
        raise ParseError(text, "it names the currency twice", "one currency, before or after")
    currency = currency or suffix_currency
    if currency and unit:
        raise ParseError(
            text, f"it is an amount of money with the unit {unit!r}", "money or a unit, not both"
        )
    value = _to_decimal(
        bool(shape["sign"] or shape["sign2"]), integer + fraction, exponent - len(fraction)
    )
    try:
        to_amount(value)
    except InvalidValueError:
        raise ParseError(
            text,
            "the figure is too large or too precise",
            f"at most {MAX_INTEGER_DIGITS} digits before and {MAX_FRACTION_DIGITS} "
            "after the decimal point",
        ) from None
    resolution = _to_decimal(False, "1", exponent - len(fraction)) if exponent else None
    return Quantity(value, unit, currency=currency, resolution=resolution)


def _to_decimal(negative: bool, digits: str, exponent: int) -> Decimal:
    """Build a Decimal from digits exactly, with no context rounding and no exponent > 0."""
    if exponent > 0:
        digits += "0" * exponent
        exponent = 0
    negative = negative and digits.strip("0") != ""
    return Decimal((int(negative), tuple(int(d) for d in digits), exponent))


def parse_number(text: str, locale: str = "id") -> Decimal:
    """Read a figure exactly: the value of :func:`parse_quantity`.

    Args:
        text: The text, e.g. ``"150.000"``, ``"5,9 persen"`` or ``"141 ribu"``.
        locale: ``"id"`` (``1.234,5``) or ``"en"`` (``1,234.5``).

    Raises:
        ParseError: See :func:`parse_quantity`.

    >>> parse_number("150.000"), parse_number("5,9 persen"), parse_number("141 ribu")
    (Decimal('150000'), Decimal('5.9'), Decimal('141000'))
    >>> parse_number("1,234.5", "en")
    Decimal('1234.5')
    >>> parse_number("1.5")
    Traceback (most recent call last):
    ...
    pledgekit.exceptions.ParseError: cannot read '1.5': in Indonesian notation a thousands dot ('.') groups thousands and must be followed by exactly three digits, but '.5' has 1 (read as English notation it would be Decimal('1.5')); expected ...
    """
    return parse_quantity(text, locale).value


def format_number(value: Decimal | int, locale: str = "id", places: int | None = None) -> str:
    """Write a figure the way ``locale`` writes it.

    ``parse_number(format_number(x, locale), locale) == x`` for every amount
    :func:`pledgekit.to_amount` accepts. So that the text cannot be misread, a
    fraction of exactly three digits after an integer part of one to three digits
    (``111,727``, which could be a thousands group) gets a fourth digit, a zero:
    ``111,7270``. Computed values beyond the digit limits of amounts (a percentage of
    a tiny target) are printed too, up to 100 digits before and 100 after the point;
    the result does not depend on the caller's decimal context.

    Args:
        value: The figure (an int or a Decimal; floats are refused, and text is read
            with :func:`parse_number`, not written).
        locale: ``"id"`` or ``"en"``.
        places: Decimal places to round to, half up (negative rounds to tens,
            hundreds...); ``None`` keeps the Decimal's own digits.

    Raises:
        InvalidValueError: The value is not an int or a finite Decimal, has more than
            100 digits before or after the point, ``places`` is not a whole number
            from -30 to 30, or the locale is unknown.

    >>> format_number(150000), format_number(Decimal("94.4160"), places=2)
    ('150.000', '94,42')
    >>> format_number(Decimal("1234.5"), "en")
    '1,234.5'
    >>> format_number(Decimal("1E+40")) == "10" + ".000" * 13
    True
    """
    locale = _check_locale(locale)
    number = _printable(value)
    if places is not None:
        if isinstance(places, bool) or not isinstance(places, int) or not -30 <= places <= 30:
            raise InvalidValueError(places, "None or a whole number from -30 to 30", "places")
        number = _printable(round_fraction(Fraction(number), places))
    sign, digit_tuple, exponent = number.as_tuple()
    if not isinstance(exponent, int):  # _printable refuses NaN and infinities
        raise InvalidValueError(value, "a finite amount", "value")
    digits = "".join(str(d) for d in digit_tuple)
    if exponent >= 0:
        integer, fraction = digits + "0" * exponent, ""
    else:
        digits = digits.rjust(-exponent + 1, "0")
        integer, fraction = digits[:exponent], digits[exponent:]
    integer = integer.lstrip("0") or "0"
    group, decimal_mark = _SEPARATORS[locale]
    if len(integer) <= 3 and integer != "0" and len(fraction) == 3:
        fraction += "0"
    groups = [integer[max(i - 3, 0) : i] for i in range(len(integer), 0, -3)]
    text = group.join(reversed(groups))
    if fraction:
        text += decimal_mark + fraction
    if sign and not number.is_zero():
        text = "-" + text
    return text


def _printable(value: object) -> Decimal:
    """The value as a Decimal, if format_number can print it exactly in bounded space."""
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        reason = (
            " (floats are refused because they are not exact)" if isinstance(value, float) else ""
        )
        raise InvalidValueError(value, "an int or a Decimal" + reason, "value")
    if isinstance(value, int):
        if value.bit_length() > 4 * _MAX_PRINTED_DIGITS:
            raise InvalidValueError(value, _PRINTED_EXPECTED, "value")
        value = Decimal(value)  # exact: converting an int never rounds
    if not value.is_finite():
        raise InvalidValueError(value, "a finite amount (not NaN or infinity)", "value")
    exponent = value.as_tuple().exponent
    integer_digits = 0 if value.is_zero() else value.adjusted() + 1
    if (
        not isinstance(exponent, int)
        or max(integer_digits, exponent, -exponent) > _MAX_PRINTED_DIGITS
    ):
        raise InvalidValueError(value, _PRINTED_EXPECTED, "value")
    return value


_PRINTED_EXPECTED = (
    f"a figure with at most {_MAX_PRINTED_DIGITS} digits before and {_MAX_PRINTED_DIGITS} after "
    "the decimal point"
)


# Dates -------------------------------------------------------------------------------

_ID_MONTH_NAMES = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
_EN_MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_ID_WEEKDAY_NAMES = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
_EN_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_NAMES = {"id": _ID_MONTH_NAMES, "en": _EN_MONTH_NAMES}
_WEEKDAY_NAMES = {"id": _ID_WEEKDAY_NAMES, "en": _EN_WEEKDAY_NAMES}

# Month number (1-12) for each Indonesian name and abbreviation, old spellings included.
_ID_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("januari", "jan"),
            ("februari", "pebruari", "feb", "peb"),
            ("maret", "mar"),
            ("april", "apr"),
            ("mei",),
            ("juni", "jun"),
            ("juli", "jul"),
            ("agustus", "agu", "agt", "ags", "agus"),
            ("september", "sep", "sept"),
            ("oktober", "okt"),
            ("november", "nopember", "nov", "nop"),
            ("desember", "des"),
        ),
        start=1,
    )
    for name in names
}
# Weekday number (Monday 0) for each Indonesian name; "Jum'at" arrives as "jumat".
_ID_WEEKDAYS = {
    name: number
    for number, names in enumerate(
        (
            ("senin", "sen"),
            ("selasa", "sel"),
            ("rabu", "rab"),
            ("kamis", "kam"),
            ("jumat", "jum"),
            ("sabtu", "sab"),
            ("minggu", "min", "ahad"),
        )
    )
    for name in names
}


class IndonesianParserInfo(dateutil_parser.parserinfo):
    """A :class:`dateutil.parser.parserinfo` for Indonesian dates.

    Month names and abbreviations (``Januari``/``Jan``, ``Pebruari``/``Peb``,
    ``Agustus``/``Agu``/``Agt``/``Ags``, ``Nopember``/``Nop``...), weekday names
    (``Senin`` to ``Minggu`` and ``Ahad``; ``Jum'at`` once its apostrophe is
    dropped) and filler words (``pada``, ``tanggal``, ``tgl``). Pass
    ``dayfirst=True`` for Indonesian numeric dates.

    >>> from dateutil import parser
    >>> parser.parse("22 Agt 2022", parserinfo=IndonesianParserInfo(dayfirst=True))
    datetime.datetime(2022, 8, 22, 0, 0)
    """

    JUMP = [" ", ".", ",", ";", "-", "/", "'", "pada", "tanggal", "tgl"]  # noqa: RUF012
    PERTAIN: list[str] = []  # noqa: RUF012

    def weekday(self, name: str) -> int | None:
        """Monday 0 to Sunday 6 for an Indonesian weekday name, else ``None``."""
        return _ID_WEEKDAYS.get(name.lower())

    def month(self, name: str) -> int | None:
        """1 to 12 for an Indonesian month name or abbreviation, else ``None``."""
        return _ID_MONTHS.get(name.lower())


def _parser_info(locale: str) -> dateutil_parser.parserinfo:
    # Built per call: parserinfo fixes its two-digit-year window when it is created.
    if locale == "id":
        return IndonesianParserInfo(dayfirst=True)
    return dateutil_parser.parserinfo(dayfirst=False)


# Apostrophes inside a word ("Jum'at", "Jum’at") are dropped; dateutil would split there.
_INNER_APOSTROPHE = re.compile(r"(?<=[^\W\d_])['’‘ʼ`´](?=[^\W\d_])")
_WORD = re.compile(r"[^\W\d_]+")
_DIGITS = re.compile(r"[0-9]+")
# Two defaults that differ in every field: what the text leaves out shows as a difference.
_DEFAULT_A = dt.datetime(2000, 1, 1)
_DEFAULT_B = dt.datetime(1996, 3, 3, 1, 1, 1, 1)
_DATE_EXPECTED = {
    "id": "a day, a month and a year such as '22 Juli 2022', '22/7/2022' or 'Jumat (22/7/2022)'",
    "en": "a day, a month and a year such as '22 July 2022', 'July 22, 2022' or '7/22/2022'",
}
_DATEUTIL_ERRORS = (ValueError, OverflowError, TypeError, IndexError, AttributeError)


def _english_date(day: dt.date) -> str:
    return f"{day.day} {_EN_MONTH_NAMES[day.month - 1]} {day.year}"


def _candidate_years(day: dt.date, weekday: int) -> list[int]:
    """Years in which day's day-month fell on weekday, nearest and one-digit typos.

    The nearest year before and after, and those within ten years that differ from
    day's year in one digit (a typo).
    """

    def fits(year: int) -> bool:
        if not _MIN_TEXT_YEAR <= year <= _MAX_TEXT_YEAR:
            return False
        try:
            return dt.date(year, day.month, day.day).weekday() == weekday
        except ValueError:  # 29 February outside leap years
            return False

    found: set[int] = set()
    for step in (-1, 1):
        # Every day-month recurs on every weekday within 40 years (29 February included).
        nearest = next(
            (day.year + step * k for k in range(1, 41) if fits(day.year + step * k)), None
        )
        if nearest is not None:
            found.add(nearest)
    written = f"{day.year:04d}"
    for year in range(day.year - 10, day.year + 11):
        typed = f"{year:04d}"
        if fits(year) and sum(a != b for a, b in zip(written, typed, strict=True)) == 1:
            found.add(year)
    return sorted(found)


def _check_weekday(text: str, day: dt.date, weekday: int, locale: str) -> None:
    if day.weekday() == weekday:
        return
    named, actual = _EN_WEEKDAY_NAMES[weekday], _EN_WEEKDAY_NAMES[day.weekday()]
    if locale == "id":
        named = f"{_ID_WEEKDAY_NAMES[weekday]} ({named})"
        actual = f"{actual} ({_ID_WEEKDAY_NAMES[day.weekday()]})"
    reason = f"it names {named}, but {_english_date(day)} was a {actual}"
    years = [str(year) for year in _candidate_years(day, weekday)]
    if years:
        shown = ", ".join(years[:-1]) + " and " + years[-1] if len(years) > 1 else years[0]
        reason += (
            f"; {day.day} {_EN_MONTH_NAMES[day.month - 1]} fell on a "
            f"{_EN_WEEKDAY_NAMES[weekday]} in {shown} (the nearest years, and those one "
            f"digit away from {day.year}: a mistyped year?)"
        )
    raise ParseError(text, reason, "a weekday that matches the date, or no weekday")


def _check_year_digits(text: str, year: int, numerals: list[str], locale: str) -> None:
    """The year must be written with four digits, two digits, or in a compact YYYYMMDD."""
    if year < _MIN_TEXT_YEAR:
        # "4 Januari 910": more likely a digit lost from 1910 or 2010 than the year 910.
        raise ParseError(
            text,
            f"it names the year {year}; in text a year has four digits, from "
            f"{_MIN_TEXT_YEAR} to {_MAX_TEXT_YEAR} (earlier years are written as ISO dates "
            "in a case file, such as '0910-01-04')",
            _DATE_EXPECTED[locale],
        )
    for numeral in numerals:
        if numeral == str(year) or (len(numeral) == 8 and numeral.startswith(str(year))):
            return
        if len(numeral) == 2 and int(numeral) == year % 100:
            return
    raise ParseError(
        text,
        f"it would be read as a date in {year}, but no year is written with two or four digits",
        _DATE_EXPECTED[locale],
    )


def parse_date(text: str, locale: str = "id", *, default_year: int | None = None) -> dt.date:
    """Read a date, checking a stated weekday against it.

    Goes through :func:`dateutil.parser.parse` with :class:`IndonesianParserInfo`
    (``"id"``: day first, ``22/7/2022``) or dateutil's English parserinfo (``"en"``:
    month first, ``7/22/2022``). Numeric dates that start with a four-digit year are
    read year-month-day in both locales. Two-digit years are expanded by dateutil to
    the year within 50 years of today (``16/2/13`` is 2013).

    Args:
        text: The text, e.g. ``"Jum'at (22/7/2022)"`` or ``"22 Juli 2022"``.
        locale: ``"id"`` or ``"en"``.
        default_year: The year of a date written without one (``"22 Juli"``).

    Raises:
        ParseError: The text is not a date; names no day or no month; names no year
            and no ``default_year`` is given; has a time of day; writes the year with
            other than two or four digits or before 1000; is a compact run of digits
            other than YYYYMMDD; or names a weekday on which the date did not fall.
        InvalidValueError: ``text`` is not a str, ``default_year`` is not a year from
            1000 to 9999, or the locale is unknown.

    >>> parse_date("Jum’at (22/7/2022)")
    datetime.date(2022, 7, 22)
    >>> parse_date("July 22, 2022", "en")
    datetime.date(2022, 7, 22)
    >>> parse_date("Kamis (16/2/13)")
    Traceback (most recent call last):
    ...
    pledgekit.exceptions.ParseError: cannot read 'Kamis (16/2/13)': it names Kamis (Thursday), but 16 February 2013 was a Saturday (Sabtu); 16 February fell on a Thursday in 2012, 2017 and 2023 (the nearest years, and those one digit away from 2013: a mistyped year?); expected a weekday that matches the date, or no weekday
    """
    locale = _check_locale(locale)
    if default_year is not None and (
        isinstance(default_year, bool)
        or not isinstance(default_year, int)
        or not _MIN_TEXT_YEAR <= default_year <= _MAX_TEXT_YEAR
    ):
        raise InvalidValueError(
            default_year,
            f"None or a year from {_MIN_TEXT_YEAR} to {_MAX_TEXT_YEAR}",
            "default_year",
        )
    collapsed = _prepare(text, _DATE_EXPECTED[locale])
    info = _parser_info(locale)
    collapsed = _INNER_APOSTROPHE.sub("", collapsed)

    weekdays: set[int] = set()

    def strip_weekday(match: re.Match[str]) -> str:
        weekday = info.weekday(match.group())
        if weekday is None:
            return match.group()
        weekdays.add(weekday)
        return " "

    remainder = _WORD.sub(strip_weekday, collapsed)
    if len(weekdays) > 1:
        raise ParseError(text, "it names two different weekdays", "at most one weekday")
    remainder = re.sub(r"[()\[\]]", " ", remainder)
    numerals = _DIGITS.findall(remainder)
    for numeral in numerals:
        if len(numeral) >= 3 and numeral.startswith("0"):
            raise ParseError(
                text,
                f"{numeral!r} has a leading zero; years before 1000 are not read",
                _DATE_EXPECTED[locale],
            )
        if len(numeral) > 4 and len(numeral) != 8:
            raise ParseError(
                text,
                f"{numeral!r} is a run of {len(numeral)} digits, which could be a day, "
                "a month and a year in more than one order",
                _DATE_EXPECTED[locale] + ", or YYYYMMDD",
            )
    # A leading four-digit year means ISO order (year, month, day); dateutil with
    # dayfirst=True would read 2022-07-08 as 7 August.
    dayfirst = locale == "id" and not (numerals and len(numerals[0]) >= 3)
    try:
        first = dateutil_parser.parse(
            remainder, parserinfo=info, default=_DEFAULT_A, ignoretz=True, dayfirst=dayfirst
        )
        second = dateutil_parser.parse(
            remainder, parserinfo=info, default=_DEFAULT_B, ignoretz=True, dayfirst=dayfirst
        )
    except _DATEUTIL_ERRORS as error:
        # dateutil repeats the text it was given, which is ours after cleaning: drop it.
        detail = str(error).replace(f": {remainder}", "")
        raise ParseError(
            text, f"dateutil cannot read it as a date ({detail})", _DATE_EXPECTED[locale]
        ) from None
    if first.time() != _DEFAULT_A.time() or second.time() != _DEFAULT_B.time():
        raise ParseError(
            text, "it has a time of day, and only dates are read", _DATE_EXPECTED[locale]
        )
    has_year = first.year == second.year
    has_month = first.month == second.month
    has_day = first.day == second.day
    if not has_day or not has_month:
        if has_month:
            reason = "it names a month but no day (use parse_period for a month)"
        elif has_year and not has_day:
            reason = "it names a year but no day (use parse_period for a year)"
        else:
            reason = "it names no month"
        raise ParseError(text, reason, _DATE_EXPECTED[locale])
    if has_year:
        # With no leading zeros and two or four digits, the year is 1000 or later.
        _check_year_digits(text, first.year, numerals, locale)
        day = first.date()
    elif default_year is None:
        raise ParseError(
            text, "it names no year", "a year in the text, or parse_date(..., default_year=...)"
        )
    else:
        try:
            day = dt.date(default_year, first.month, first.day)
        except ValueError:
            raise ParseError(
                text,
                f"it names {first.day} {_EN_MONTH_NAMES[first.month - 1]}, which did not "
                f"exist in the default year {default_year}",
                "a date that exists",
            ) from None
    _check_numeral_order(text, remainder, info, numerals, day, dayfirst, locale)
    if weekdays:
        _check_weekday(text, day, weekdays.pop(), locale)
    return day


def _check_numeral_order(
    text: str,
    remainder: str,
    info: dateutil_parser.parserinfo,
    numerals: list[str],
    day: dt.date,
    dayfirst: bool,
    locale: str,
) -> None:
    """Refuse a date with no month name that dateutil read in the other order.

    dateutil swaps day and month when the first cannot be a month ("7/22/2022" with
    day first); in a table that would read "1/12/2022" and "1/13/2022" in opposite
    orders, so the swap is refused instead, whatever else the text holds ("1/13/2022,").
    """
    if len(numerals) < 2 or len(numerals[0]) > 2:
        return
    if any(info.month(word) is not None for word in _WORD.findall(remainder)):
        return
    first, second = int(numerals[0]), int(numerals[1])
    expected = (day.day, day.month) if dayfirst else (day.month, day.day)
    if (first, second) != expected:
        order = "day/month/year" if dayfirst else "month/day/year"
        raise ParseError(
            text,
            f"in {'Indonesian' if locale == 'id' else 'English'} notation numeric dates "
            f"are written {order}, and "
            f"{numerals[0]}/{numerals[1]} cannot be read that way",
            _DATE_EXPECTED[locale],
        )


def _check_text_date(value: object, where: str) -> dt.date:
    day = require_date(value, where)
    if not _MIN_TEXT_YEAR <= day.year <= _MAX_TEXT_YEAR:
        raise InvalidValueError(
            day, f"a date in the years {_MIN_TEXT_YEAR} to {_MAX_TEXT_YEAR}", where
        )
    return day


def format_date(date: dt.date, locale: str = "id", *, weekday: bool = False) -> str:
    """Write a date as ``locale`` writes it in prose: day, month name, year.

    Args:
        date: The date (a :class:`datetime.date` in the years 1000 to 9999).
        locale: ``"id"`` or ``"en"``.
        weekday: Whether to start with the weekday's name.

    Raises:
        InvalidValueError: Not a date, a year outside 1000 to 9999, or an unknown
            locale.

    >>> format_date(dt.date(2022, 7, 22)), format_date(dt.date(2022, 7, 22), weekday=True)
    ('22 Juli 2022', 'Jumat, 22 Juli 2022')
    >>> format_date(dt.date(2022, 7, 22), "en")
    '22 July 2022'
    """
    locale = _check_locale(locale)
    day = _check_text_date(date, "date")
    text = f"{day.day} {_MONTH_NAMES[locale][day.month - 1]} {day.year}"
    if weekday:
        text = f"{_WEEKDAY_NAMES[locale][day.weekday()]}, {text}"
    return text


# Periods -----------------------------------------------------------------------------

_RANGE_WORDS = {
    "id": r"s\.d\.?|s/d|sampai dengan|sampai|hingga",
    "en": r"to|until|through",
}
# Between months or years a hyphen may stand without spaces ("Januari-Juni 2022");
# between full dates it needs spaces, because "22-7-2022" is itself a date.
_TIGHT_RANGE = {locale: rf"\s*[-–—]\s*|\s+(?:{words})\s+" for locale, words in _RANGE_WORDS.items()}
_DATE_RANGE = {
    locale: re.compile(rf"\s*[–—]\s*|\s+(?:-|{words})\s+", re.IGNORECASE)
    for locale, words in _RANGE_WORDS.items()
}
_MONTH_WORD = r"([^\W\d_]+)\.?"
_YEAR = r"([0-9]{4})"
_PERIOD_FORMS = {
    locale: (
        re.compile(_YEAR),
        re.compile(rf"{_YEAR}(?:{tight}){_YEAR}", re.IGNORECASE),
        re.compile(rf"{_MONTH_WORD} {_YEAR}"),
        re.compile(rf"{_MONTH_WORD}(?:{tight}){_MONTH_WORD} {_YEAR}", re.IGNORECASE),
        re.compile(rf"{_MONTH_WORD} {_YEAR}(?:{tight}){_MONTH_WORD} {_YEAR}", re.IGNORECASE),
    )
    for locale, tight in _TIGHT_RANGE.items()
}
_PERIOD_EXPECTED = {
    "id": "a year ('2019'), years ('2018-2023'), a month ('Juni 2022'), months "
    "('Januari–Juni 2022', 'Juli 2022 – Juni 2023'), a date or dates "
    "('1 Januari 2019 – 31 Desember 2019')",
    "en": "a year ('2019'), years ('2018-2023'), a month ('June 2022'), months "
    "('January–June 2022', 'July 2022 – June 2023'), a date or dates "
    "('1 January 2019 – 31 December 2019')",
}


def _month_number(text: str, word: str, info: dateutil_parser.parserinfo, locale: str) -> int:
    number = info.month(word)
    if number is None:
        raise ParseError(
            text,
            f"{word!r} is not a month name in {_NOTATION[locale].split()[0]}",
            _PERIOD_EXPECTED[locale],
        )
    return number


def _build_period(text: str, locale: str, build: Callable[..., Period], *args: int) -> Period:
    year = args[0]
    if year < _MIN_TEXT_YEAR:
        raise ParseError(text, f"it names the year {year}", f"years from {_MIN_TEXT_YEAR} on")
    try:
        period = build(*args)
    except InvalidValueError as error:
        raise ParseError(
            text, f"it is not a valid period ({error})", _PERIOD_EXPECTED[locale]
        ) from None
    return period


def parse_period(text: str, locale: str = "id") -> Period:
    """Read a year, a range of years, a month, a range of months, or dates.

    Ranges are written with a hyphen, an en or em dash, or a word (``s.d.``,
    ``s/d``, ``sampai``, ``hingga``; in English ``to``, ``until``, ``through``).
    Between two full dates a hyphen needs spaces around it. A single date is the
    one-day period. Years have four digits.

    Args:
        text: The text, e.g. ``"Januari–Juni 2022"`` or ``"2018-2023"``.
        locale: ``"id"`` or ``"en"``.

    Raises:
        ParseError: The text is none of these forms, names an unknown month, a range
            that ends before it starts, or a date :func:`parse_date` refuses.
        InvalidValueError: ``text`` is not a str, or the locale is unknown.

    >>> str(parse_period("Januari–Juni 2022"))
    '2022-01-01..2022-06-30'
    >>> str(parse_period("2018 - 2023"))
    '2018-01-01..2023-12-31'
    >>> str(parse_period("1 Januari 2019 – 31 Desember 2019"))
    '2019-01-01..2019-12-31'
    """
    locale = _check_locale(locale)
    collapsed = _prepare(text, _PERIOD_EXPECTED[locale], _MAX_PERIOD_TEXT_LENGTH)
    info = _parser_info(locale)
    year, years, month, months, month_pairs = _PERIOD_FORMS[locale]
    if match := year.fullmatch(collapsed):
        return _build_period(text, locale, Period.year, int(match[1]))
    if match := years.fullmatch(collapsed):
        first_year, last_year = int(match[1]), int(match[2])
        _build_period(text, locale, Period.year, min(first_year, last_year))
        return _build_period(text, locale, Period.years, first_year, last_year)
    if match := month.fullmatch(collapsed):
        number = _month_number(text, match[1], info, locale)
        return _build_period(text, locale, Period.month, int(match[2]), number)
    if match := months.fullmatch(collapsed):
        first = _month_number(text, match[1], info, locale)
        last = _month_number(text, match[2], info, locale)
        return _build_period(text, locale, Period.months, int(match[3]), first, last)
    if match := month_pairs.fullmatch(collapsed):
        first = _month_number(text, match[1], info, locale)
        last = _month_number(text, match[3], info, locale)
        start = _build_period(text, locale, Period.month, int(match[2]), first)
        end = _build_period(text, locale, Period.month, int(match[4]), last)
        return _span(text, locale, start.start, end.end)
    parts = _DATE_RANGE[locale].split(collapsed)
    if len(parts) > 2:
        raise ParseError(text, "it has more than one range separator", _PERIOD_EXPECTED[locale])
    try:
        end_day = parse_date(parts[-1], locale)
        start_day = parse_date(parts[0], locale, default_year=end_day.year)
    except ParseError as error:
        part = "" if len(parts) == 1 else f"{error.value!r}: "
        reason = error.reason.split(" (use parse_period")[0]
        raise ParseError(
            text, f"{part}{reason} (read as a date)", _PERIOD_EXPECTED[locale]
        ) from None
    return _span(text, locale, start_day, end_day)


def _span(text: str, locale: str, start: dt.date, end: dt.date) -> Period:
    if end < start:
        raise ParseError(
            text,
            f"the range ends ({end.isoformat()}) before it starts ({start.isoformat()})",
            _PERIOD_EXPECTED[locale],
        )
    return Period(start, end)


def format_period(period: Period, locale: str = "id") -> str:
    """Write a period as briefly as ``locale`` writes it, so that it reads back exactly.

    Whole years as ``"2019"`` or ``"2018–2023"``; whole months as ``"Juni 2022"``,
    ``"Januari–Juni 2022"`` or ``"Juli 2022 – Juni 2023"``; one day as a date;
    anything else as two dates, ``"20 September 2018 – 19 September 2023"``.

    Raises:
        InvalidValueError: Not a :class:`~pledgekit.Period`, a year outside 1000 to
            9999, or an unknown locale.

    >>> format_period(Period.years(2018, 2023)), format_period(Period.month(2022, 6))
    ('2018–2023', 'Juni 2022')
    >>> format_period(Period.term(dt.date(2018, 9, 20)))
    '20 September 2018 – 19 September 2023'
    >>> format_period(Period.months(2022, 1, 6), "en")
    'January–June 2022'
    """
    locale = _check_locale(locale)
    if not isinstance(period, Period):
        raise InvalidValueError(period, "a pledgekit.Period", "period")
    start = _check_text_date(period.start, "period.start")
    end = _check_text_date(period.end, "period.end")
    names = _MONTH_NAMES[locale]
    if start.day == 1 and end.day == calendar.monthrange(end.year, end.month)[1]:
        if start.month == 1 and end.month == 12:
            if start.year == end.year:
                return str(start.year)
            return f"{start.year}–{end.year}"
        if start.year == end.year:
            if start.month == end.month:
                return f"{names[start.month - 1]} {start.year}"
            return f"{names[start.month - 1]}–{names[end.month - 1]} {start.year}"
        return f"{names[start.month - 1]} {start.year} – {names[end.month - 1]} {end.year}"
    if start == end:
        return format_date(start, locale)
    return f"{format_date(start, locale)} – {format_date(end, locale)}"
