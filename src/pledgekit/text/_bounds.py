"""Bounded figures: "di atas 6.000", "9,3 juta lebih", "hampir 150.000", "at least 6,000"."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Final, Literal, TypeAlias

import attrs

from pledgekit.exceptions import InvalidValueError, ParseError
from pledgekit.text._common import _check_locale, _prepare
from pledgekit.text._numbers import _check_resolution, _check_value, parse_quantity

__all__ = ["Bound", "BoundedNumber", "parse_bound"]

#: A bound, as the values of :class:`pledgekit.Comparison` name it (which
#: :class:`pledgekit.Claim` takes as its ``bound``).
Bound: TypeAlias = Literal["more_than", "at_least", "at_most", "less_than"]
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
        unit: As :attr:`pledgekit.text.Quantity.unit`.
        currency: As :attr:`pledgekit.text.Quantity.currency`.
        resolution: The rounding step a scale word implies, as
            :attr:`pledgekit.text.Quantity.resolution` ("9,3 juta lebih": 100000).

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
    is read by :func:`parse_quantity`, scale words, currency and unit included.

    Args:
        text: The text, e.g. ``"di atas 6.000 orang"``.
        locale: ``"id"`` or ``"en"``.

    Raises:
        ParseError: The figure cannot be read (see :func:`parse_quantity`), or the
            text states two bounds.
        InvalidValueError: ``text`` is not a str, or the locale is unknown.

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
