"""Bounded figures and rates: "di atas 6.000", "9,3 juta lebih", "rata-rata 1.200 per bulan"."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Final, Literal, TypeAlias

import attrs

from pledgekit.exceptions import InvalidValueError, ParseError
from pledgekit.text._common import _check_locale, _prepare
from pledgekit.text._numbers import _check_resolution, _check_value, parse_quantity

__all__ = ["Bound", "BoundedNumber", "Per", "RateNumber", "parse_bound", "parse_rate"]

Bound: TypeAlias = Literal["more_than", "at_least", "at_most", "less_than"]
"""A bound, as the values of [`pledgekit.Comparison`][pledgekit.Comparison] name it.

What [`parse_bound`][pledgekit.text.parse_bound] reads from the words around a figure,
and what [`pledgekit.Claim`][pledgekit.Claim] takes as its ``bound``:

>>> import datetime as dt
>>> from pledgekit import Claim, ClaimKind
>>> from pledgekit.text import Bound, parse_bound
>>> [parse_bound(said).bound for said in ("lebih dari 5", "paling sedikit 5",
...                                       "paling banyak 5", "kurang dari 5")]
['more_than', 'at_least', 'at_most', 'less_than']
>>> said = parse_bound("di atas 6.000 orang")
>>> bound: Bound | None = said.bound
>>> Claim(ClaimKind.ACHIEVED, said.value, dt.date(2022, 7, 22), bound=bound).bound
<Comparison.MORE_THAN: 'more_than'>
"""
_BOUND_NAMES: Final[dict[str, Bound]] = {
    "more_than": "more_than",
    "at_least": "at_least",
    "at_most": "at_most",
    "less_than": "less_than",
}
#: Words that say the figure is approximate, not a bound ("sekitar 6.000").
_ABOUT: Final = "about"

#: The words before a figure, by locale: each phrase and what it says.
_BEFORE: Final[dict[str, dict[str, str]]] = {
    "id": {
        "lebih dari": "more_than",
        "di atas": "more_than",
        "lebih": "more_than",
        "paling sedikit": "at_least",
        "sekurang-kurangnya": "at_least",
        "sedikitnya": "at_least",
        "setidaknya": "at_least",
        "minimal": "at_least",
        "paling banyak": "at_most",
        "sebanyak-banyaknya": "at_most",
        "maksimal": "at_most",
        "hampir": "less_than",
        "nyaris": "less_than",
        "kurang dari": "less_than",
        "di bawah": "less_than",
        "kurang lebih": _ABOUT,
        "lebih kurang": _ABOUT,
        "sekitar": _ABOUT,
        "kira-kira": _ABOUT,
        "±": _ABOUT,
    },
    "en": {
        "more than": "more_than",
        "over": "more_than",
        "above": "more_than",
        "at least": "at_least",
        "no less than": "at_least",
        "no fewer than": "at_least",
        "at most": "at_most",
        "no more than": "at_most",
        "up to": "at_most",
        "almost": "less_than",
        "nearly": "less_than",
        "less than": "less_than",
        "fewer than": "less_than",
        "under": "less_than",
        "below": "less_than",
        "about": _ABOUT,
        "around": _ABOUT,
        "approximately": _ABOUT,
        "roughly": _ABOUT,
        "±": _ABOUT,
    },
}
#: The words after a figure (and its scale word and unit), by locale.
_AFTER: Final[dict[str, dict[str, str]]] = {
    "id": {"atau lebih": "at_least", "kurang lebih": _ABOUT, "lebih": "more_than"},
    "en": {"or more": "at_least", "or less": "at_most", "or fewer": "at_most"},
}


def _check_bound(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and value not in _BOUND_NAMES:
        expected = "None or " + ", ".join(map(repr, _BOUND_NAMES))
        raise InvalidValueError(value, expected, "BoundedNumber.bound")


def _check_flag(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, bool):
        raise InvalidValueError(value, "True or False", "BoundedNumber.approximate")


def _check_word(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise InvalidValueError(value, "None or a non-empty str", f"BoundedNumber.{attribute.name}")


@attrs.frozen(kw_only=True)
class BoundedNumber:
    """A figure read from text with the bound its words put on the true value.

    Attributes:
        value: The figure, exactly as written (scale words applied).
        bound: How the true value relates to the figure: ``"more_than"`` ("di
            atas", "lebih dari", "9,3 juta lebih"), ``"at_least"``, ``"at_most"``,
            ``"less_than"`` ("hampir", "kurang dari"); ``None`` when the words put no
            bound on it.
        approximate: Whether the words say the figure is approximate ("sekitar",
            "kurang lebih", "about"): no bound, and no rounding step either, since the
            words do not say how far off it may be.
        unit: As [`pledgekit.text.Quantity.unit`][pledgekit.text.Quantity.unit].
        currency: As [`pledgekit.text.Quantity.currency`][pledgekit.text.Quantity.currency].
        resolution: The rounding step a scale word implies, as
            [`pledgekit.text.Quantity.resolution`][pledgekit.text.Quantity.resolution]
            ("9,3 juta lebih": 100000).

    >>> from decimal import Decimal
    >>> from pledgekit.text import BoundedNumber
    >>> BoundedNumber(value=Decimal(6000), bound="more_than")
    BoundedNumber(value=Decimal('6000'), bound='more_than', approximate=False, unit=None, currency=None, resolution=None)
    """

    value: Decimal = attrs.field(validator=_check_value)
    bound: Bound | None = attrs.field(default=None, validator=_check_bound)
    approximate: bool = attrs.field(default=False, validator=_check_flag)
    unit: str | None = attrs.field(default=None, validator=_check_word)
    currency: str | None = attrs.field(default=None, validator=_check_word)
    resolution: Decimal | None = attrs.field(default=None, validator=_check_resolution)


def _longest_first(words: dict[str, str]) -> list[str]:
    return sorted(words, key=len, reverse=True)


def _before(text: str, locale: str) -> tuple[str | None, int]:
    """The phrase before the figure, and how many characters it takes (with its space)."""
    for phrase in _longest_first(_BEFORE[locale]):
        head = text[: len(phrase) + 1].lower()
        if phrase == "±" and head.startswith(phrase):
            return phrase, len(phrase) + (head[1:2] == " ")
        if head == phrase + " ":
            return phrase, len(phrase) + 1
    return None, 0


def _after(text: str, locale: str) -> tuple[str | None, int]:
    """The phrase after the figure, and how many characters it takes (with its space)."""
    for phrase in _longest_first(_AFTER[locale]):
        if len(text) > len(phrase) + 1 and text[-len(phrase) - 1 :].lower() == " " + phrase:
            return phrase, len(phrase) + 1
    return None, 0


def parse_bound(text: str, *, locale: str = "id") -> BoundedNumber:
    """Read a figure with the words that bound it, exactly.

    Indonesian: "di atas", "lebih dari", "lebih" before the figure or "lebih" after
    it ("9,3 juta lebih", "9,3 juta lebih orang", "6.000 orang lebih") are
    ``more_than``; "paling sedikit", "sedikitnya",
    "setidaknya", "minimal", and "atau lebih" after the figure, ``at_least``;
    "paling banyak", "maksimal", ``at_most``; "hampir", "kurang dari", "di bawah",
    ``less_than``. English: "more than", "over", "above"; "at least", "... or more";
    "at most", "up to", "... or less"; "almost", "nearly", "less than", "under",
    "below". "Sekitar", "kurang lebih", "±", "about", "around" put no bound on the
    figure: it is read with ``bound=None`` and ``approximate=True``. The figure itself
    is read by [`parse_quantity`][pledgekit.text.parse_quantity], scale words, currency
    and unit included.

    Args:
        text: The text, e.g. ``"di atas 6.000 orang"``.
        locale: ``"id"`` or ``"en"``.

    Raises:
        ParseError: The figure cannot be read (see
            [`parse_quantity`][pledgekit.text.parse_quantity]), or the text states two
            bounds.
        InvalidValueError: ``text`` is not a str, or the locale is unknown.

    >>> from pledgekit.text import parse_bound
    >>> parse_bound("di atas 6.000 orang")
    BoundedNumber(value=Decimal('6000'), bound='more_than', approximate=False, unit='orang', currency=None, resolution=None)
    >>> b = parse_bound("9,3 juta lebih")
    >>> b.value, b.bound, b.resolution
    (Decimal('9300000'), 'more_than', Decimal('100000'))
    >>> parse_bound("hampir 150.000").bound, parse_bound("nearly 150,000", locale="en").bound
    ('less_than', 'less_than')
    >>> parse_bound("lebih dari kurang dari 5")
    Traceback (most recent call last):
    ...
    pledgekit.exceptions.ParseError: cannot read 'lebih dari kurang dari 5': it states two bounds, 'lebih dari' and 'kurang dari'; expected one bound word before or after the figure, such as 'di atas 6.000' or '9,3 juta lebih'
    """
    locale = _check_locale(locale)
    collapsed = _prepare(text, "a figure such as 'di atas 6.000' or '9,3 juta lebih'")
    before, start = _before(collapsed, locale)
    rest = collapsed[start:]
    after, cut = _after(rest, locale)
    if after is not None:
        rest = rest[: len(rest) - cut]
    elif locale == "id" and (inner := rest.lower().find(" lebih ")) > 0:
        # "9,3 juta lebih orang": "lebih" between the figure and its unit
        after, rest = "lebih", rest[:inner] + rest[inner + len(" lebih") :]
    # A second bound word: after the figure too, or right after the first.
    other = after if after is not None else _before(rest, locale)[0]
    if before is not None and other is not None:
        raise ParseError(
            text,
            f"it states two bounds, {before!r} and {other!r}",
            "one bound word before or after the figure, such as 'di atas 6.000' or "
            "'9,3 juta lebih'",
        )
    if before is not None:
        said: str | None = _BEFORE[locale][before]
    else:
        said = None if after is None else _AFTER[locale][after]
    try:
        quantity = parse_quantity(rest, locale)
    except ParseError as problem:
        raise ParseError(text, problem.reason, problem.expected) from None
    return BoundedNumber(
        value=quantity.value,
        bound=_BOUND_NAMES.get(said or ""),
        approximate=said == _ABOUT,
        unit=quantity.unit,
        currency=quantity.currency,
        resolution=quantity.resolution,
    )


Per: TypeAlias = Literal["day", "month", "year"]
"""What a rate is per, as the values of [`RateUnit`][pledgekit.RateUnit] name it.

What [`parse_rate`][pledgekit.text.parse_rate] reads from the words after a rate's
figure:

>>> from pledgekit import RateUnit
>>> from pledgekit.text import Per, parse_rate
>>> [parse_rate(said).per for said in ("1.200 per hari", "rata-rata 1.200 sebulan",
...                                    "1.200 setiap tahun")]
['day', 'month', 'year']
>>> per: Per = parse_rate("rata-rata 1.200 per bulan").per
>>> RateUnit(per)
<RateUnit.MONTH: 'month'>
"""

_ID_UNITS: Final[tuple[tuple[str, Per], ...]] = (
    ("hari", "day"),
    ("bulan", "month"),
    ("tahun", "year"),
)
_EN_UNITS: Final[tuple[tuple[str, Per], ...]] = (
    ("day", "day"),
    ("month", "month"),
    ("year", "year"),
)
#: The words after a rate's figure that say what it is per, by locale.
_PER: Final[dict[str, dict[str, Per]]] = {
    "id": {
        **{f"{word} {unit}": per for word in ("per", "setiap", "tiap") for unit, per in _ID_UNITS},
        "sehari": "day",
        "sebulan": "month",
        "setahun": "year",
    },
    "en": {
        f"{word} {unit}": per for word in ("per", "a", "each", "every") for unit, per in _EN_UNITS
    },
}
#: The words that say a rate is an average: before the figure, or after it (and its per).
_AVERAGE_BEFORE: Final = {
    "id": ("rata-rata", "rerata"),
    "en": ("an average of", "on average", "average"),
}
_AVERAGE_AFTER: Final = {"id": ("rata-rata",), "en": ("on average",)}


@attrs.frozen(kw_only=True)
class RateNumber:
    """A rate read from text: a figure (with its bound) per day, month or year.

    Attributes:
        figure: The figure and the words around it, as
            [`parse_bound`][pledgekit.text.parse_bound] reads them.
        per: What the rate is per: ``"day"``, ``"month"`` or ``"year"`` (the values
            of [`pledgekit.RateUnit`][pledgekit.RateUnit], which
            [`pledgekit.Claim`][pledgekit.Claim] takes).
        average: Whether the words say it is an average ("rata-rata", "on average").

    >>> from decimal import Decimal
    >>> from pledgekit.text import BoundedNumber, RateNumber
    >>> RateNumber(figure=BoundedNumber(value=Decimal(1200)), per="month").per
    'month'
    """

    figure: BoundedNumber = attrs.field(validator=attrs.validators.instance_of(BoundedNumber))
    per: Per = attrs.field(validator=attrs.validators.in_(("day", "month", "year")))
    average: bool = attrs.field(default=False, validator=_check_flag)


def _strip_start(text: str, words: tuple[str, ...]) -> tuple[str, bool]:
    for word in sorted(words, key=len, reverse=True):
        if text[: len(word) + 1].lower() == word + " ":
            return text[len(word) + 1 :], True
    return text, False


def _strip_end(text: str, words: tuple[str, ...]) -> tuple[str, str | None]:
    for word in sorted(words, key=len, reverse=True):
        if len(text) > len(word) + 1 and text[-len(word) - 1 :].lower() == " " + word:
            return text[: -len(word) - 1], word
    return text, None


def parse_rate(text: str, *, locale: str = "id") -> RateNumber:
    """Read a rate: "rata-rata 1.200 per bulan", "1,200 a month on average".

    The figure is read by [`parse_bound`][pledgekit.text.parse_bound] (so "rata-rata
    lebih dari 1.000 orang per bulan" keeps its bound and unit), followed by what it is
    per: Indonesian "per/setiap/tiap hari, bulan, tahun", "sehari", "sebulan",
    "setahun"; English "per/a/each/every day, month, year". "Rata-rata", "rerata"
    (before or after), "an average of", "on average" (before or after) say it is an
    average. The period a rate averages over ("sejak Januari") is not read: give it to
    the claim.

    Args:
        text: The text.
        locale: ``"id"`` or ``"en"``.

    Raises:
        ParseError: No word says what the rate is per, or the figure cannot be read.
        InvalidValueError: ``text`` is not a str, or the locale is unknown.

    >>> from pledgekit.text import parse_rate
    >>> r = parse_rate("rata-rata 1.200 per bulan")
    >>> r.figure.value, r.per, r.average
    (Decimal('1200'), 'month', True)
    >>> parse_rate("1,200 a month on average", locale="en").per
    'month'
    >>> parse_rate("1.200 orang")
    Traceback (most recent call last):
    ...
    pledgekit.exceptions.ParseError: cannot read '1.200 orang': no word says what the rate is per; expected a figure followed by 'per hari', 'per bulan', 'per tahun' (or 'setiap bulan', 'sebulan'...)
    """
    locale = _check_locale(locale)
    collapsed = _prepare(text, "a rate such as 'rata-rata 1.200 per bulan'")
    rest, before = _strip_start(collapsed, _AVERAGE_BEFORE[locale])
    rest, after = _strip_end(rest, _AVERAGE_AFTER[locale])
    rest, per_words = _strip_end(rest, tuple(_PER[locale]))
    if per_words is None:
        expected = {
            "id": "a figure followed by 'per hari', 'per bulan', 'per tahun' (or 'setiap "
            "bulan', 'sebulan'...)",
            "en": "a figure followed by 'per day', 'a month', 'per year' (or 'each month'...)",
        }[locale]
        raise ParseError(text, "no word says what the rate is per", expected)
    try:
        figure = parse_bound(rest, locale=locale)
    except ParseError as problem:
        raise ParseError(text, problem.reason, problem.expected) from None
    return RateNumber(
        figure=figure, per=_PER[locale][per_words], average=before or (after is not None)
    )
