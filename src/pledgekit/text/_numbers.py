"""Figures: parse_quantity, parse_number and format_number."""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

from pledgekit._amounts import MAX_FRACTION_DIGITS, MAX_INTEGER_DIGITS, round_fraction, to_amount
from pledgekit.exceptions import InvalidValueError, ParseError
from pledgekit.text._common import (
    _NOTATION,
    _check_locale,
    _prepare,
    check_language,
)

# format_number also prints computed values (a percentage of a tiny target) beyond the
# digit limits of amounts, up to these; longer output would only cost memory.
_MAX_PRINTED_DIGITS = 100


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


@attrs.frozen(kw_only=True)
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

    >>> from decimal import Decimal
    >>> from pledgekit.text import Quantity
    >>> Quantity(value=Decimal("5.9"), unit="%")
    Quantity(value=Decimal('5.9'), unit='%', currency=None, resolution=None)
    """

    value: Decimal = attrs.field(validator=_check_value)
    unit: str | None = attrs.field(default=None, validator=_check_word)
    currency: str | None = attrs.field(default=None, validator=_check_word)
    resolution: Decimal | None = attrs.field(default=None, validator=_check_resolution)


_SEPARATORS = {"id": (".", ","), "en": (",", ".")}  # (thousands, decimal)
_SEPARATOR_NAMES = {
    "id": ("thousands dot", "decimal comma"),
    "en": ("thousands comma", "decimal point"),
}
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
        The [`Quantity`][pledgekit.text.Quantity]; its ``resolution`` is the rounding
        step a scale word implies, ``None`` for a figure written out in full.

    Raises:
        ParseError: The text is empty, too long, not a figure, wrongly grouped,
            ambiguous (``"111,727"`` in ``"id"``), or too large for
            [`pledgekit.to_amount`][pledgekit.to_amount].
        InvalidValueError: ``text`` is not a str, or the locale is unknown.

    >>> from pledgekit.text import parse_quantity
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
    shape = _figure_shape(text, collapsed, locale)
    number, rest = shape["number"], shape["rest"]
    if locale == "id" and number.endswith(",") and rest.startswith("-"):
        # "Rp5.000,-": the dash says there are no sen.
        number, rest = number[:-1], rest[1:]
    try:
        integer, fraction = _read_digits(number, locale)
    except _MalformedFigureError as problem:
        raise _refuse_figure(text, number, locale, problem) from None
    exponent, unit, suffix_currency = _split_suffix(rest, locale, text)
    currency = _currency(text, shape["currency"], suffix_currency, unit)
    value = _to_decimal(
        bool(shape["sign"] or shape["sign2"]), integer + fraction, exponent - len(fraction)
    )
    _check_size(text, value)
    resolution = _to_decimal(False, "1", exponent - len(fraction)) if exponent else None
    return Quantity(value=value, unit=unit, currency=currency, resolution=resolution)


def _figure_shape(text: str, collapsed: str, locale: str) -> re.Match[str]:
    """The parts of a figure: signs, currency, the number, and the rest."""
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
    return shape


def _currency(text: str, prefix: str | None, suffix: str | None, unit: str | None) -> str | None:
    """The currency written before or after the figure: once at most, and not with a unit."""
    currency = _CURRENCY_PREFIXES[prefix.lower()] if prefix else None
    if currency and suffix:
        raise ParseError(text, "it names the currency twice", "one currency, before or after")
    currency = currency or suffix
    if currency and unit:
        raise ParseError(
            text, f"it is an amount of money with the unit {unit!r}", "money or a unit, not both"
        )
    return currency


def _check_size(text: str, value: Decimal) -> None:
    try:
        to_amount(value)
    except InvalidValueError:
        raise ParseError(
            text,
            "the figure is too large or too precise",
            f"at most {MAX_INTEGER_DIGITS} digits before and {MAX_FRACTION_DIGITS} "
            "after the decimal point",
        ) from None


def _to_decimal(negative: bool, digits: str, exponent: int) -> Decimal:
    """Build a Decimal from digits exactly, with no context rounding and no exponent > 0."""
    if exponent > 0:
        digits += "0" * exponent
        exponent = 0
    negative = negative and digits.strip("0") != ""
    return Decimal((int(negative), tuple(int(d) for d in digits), exponent))


def parse_number(text: str, locale: str = "id") -> Decimal:
    """Read a figure exactly: the value of [`parse_quantity`][pledgekit.text.parse_quantity].

    Args:
        text: The text, e.g. ``"150.000"``, ``"5,9 persen"`` or ``"141 ribu"``.
        locale: ``"id"`` (``1.234,5``) or ``"en"`` (``1,234.5``).

    Raises:
        ParseError: See [`parse_quantity`][pledgekit.text.parse_quantity].

    >>> from pledgekit.text import parse_number
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


def format_number(value: Decimal | int, lang: str = "id", places: int | None = None) -> str:
    """Write a figure the way the language ``lang`` writes it.

    ``parse_number(format_number(x, lang), lang) == x`` for every amount
    [`pledgekit.to_amount`][pledgekit.to_amount] accepts. So that the text cannot be misread, a
    fraction of exactly three digits after an integer part of one to three digits
    (``111,727``, which could be a thousands group) gets a fourth digit, a zero:
    ``111,7270``. Computed values beyond the digit limits of amounts (a percentage of
    a tiny target) are printed too, up to 100 digits before and 100 after the point;
    the result does not depend on the caller's decimal context.

    Args:
        value: The figure (an int or a Decimal; floats are refused, and text is read
            with [`parse_number`][pledgekit.text.parse_number], not written).
        lang: ``"id"`` or ``"en"``.
        places: Decimal places to round to, half up (negative rounds to tens,
            hundreds...); ``None`` keeps the Decimal's own digits.

    Raises:
        InvalidValueError: The value is not an int or a finite Decimal, has more than
            100 digits before or after the point, ``places`` is not a whole number
            from -30 to 30, or the language is unknown.

    >>> from decimal import Decimal
    >>> from pledgekit.text import format_number
    >>> format_number(150000), format_number(Decimal("94.4160"), places=2)
    ('150.000', '94,42')
    >>> format_number(Decimal("1234.5"), "en")
    '1,234.5'
    >>> format_number(Decimal("1E+40")) == "10" + ".000" * 13
    True
    """
    lang = check_language(lang, "lang")
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
    group, decimal_mark = _SEPARATORS[lang]
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
