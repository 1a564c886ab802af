"""Units written in values: ``"142,5 km"`` on a km indicator is 142.5; in rupiah it is refused.

A figure in a data file may carry what the press prints with it: a scale word
(``"1,2 ribu"``), a unit (``"km"``, ``"persen"``, ``"%"``) or a currency
(``"Rp187 miliar"``). The unit must be the one the figure is measured in (the
indicator's, or ``%`` for a share), and a scale word keeps the resolution it
implies (``"1,2 ribu km"`` is 1200 rounded to the hundred). Units are compared
through [`pledgekit.text.parse_quantity`][pledgekit.text.parse_quantity], so that
``"persen"`` and ``"%"``, ``"hektare"`` and ``"ha"``, ``"Rp"`` and ``"rupiah"`` are the
same unit.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal

import attrs

from pledgekit.exceptions import PledgekitError
from pledgekit.text import Quantity, parse_quantity

__all__ = ["PERCENT", "Unit", "has_words", "parse_plain_quantity", "unit_problem"]

_CURRENCY_NAMES = {"IDR": "rupiah (Rp)", "USD": "US dollars (USD)"}


# A table reads the same few units on every row: parsing them once each saves half its time.
@functools.lru_cache(maxsize=1024)
def _canonical(unit: str) -> str:
    """The unit as parse_quantity names it (``"persen"`` is ``"%"``), or the unit itself."""
    for locale in ("id", "en"):
        for text in (f"1 {unit}", f"{unit}1"):
            try:
                quantity = parse_quantity(text, locale)
            except PledgekitError:
                continue
            if quantity.resolution is None:
                return quantity.unit or quantity.currency or unit.strip().lower()
    return unit.strip().lower()


@attrs.frozen
class Unit:
    """The unit a figure must be in, and whose unit it is, for messages.

    >>> Unit("persen", "the claim").canonical
    '%'
    """

    name: str
    owner: str
    canonical: str = attrs.field(
        init=False, default=attrs.Factory(lambda self: _canonical(self.name), takes_self=True)
    )


#: The unit of a share: a percent claim's value.
PERCENT = Unit("%", "a percent claim")

# Letters or a percent sign: the text says more than a figure.
_WORDS = re.compile(r"[^\W\d_]|%|\$")


_EXPONENT = re.compile(r"\s*[-+]?[0-9.]+[eE][-+]?[0-9]+\s*")


def has_words(text: str) -> bool:
    """Whether a figure's text carries a unit, a scale word or a currency (not ``"2.5E+3"``).

    >>> has_words("142.5 km"), has_words("2.500E+0")
    (True, False)
    """
    return _WORDS.search(text) is not None and _EXPONENT.fullmatch(text) is None


_PLAIN = re.compile(
    r"\s*(?P<currency>(?:rp\.?|idr|usd|us\$)\s*)?(?P<sign>[-+])?"
    r"(?P<whole>[0-9]+)(?:\.(?P<fraction>[0-9]+))?(?P<rest>(?:\s|[^\W\d_]|%).*)?",
    re.IGNORECASE | re.DOTALL,
)


def parse_plain_quantity(text: str) -> Quantity | None:
    """Read a plain-notation figure with words (``"142.5 km"``, ``"1.2 ribu"``), or ``None``.

    The figure is plain (a point for decimals, no grouping); what follows it is read
    with the Indonesian words, then the English ones.

    >>> parse_plain_quantity("1.2 ribu km")
    Quantity(value=Decimal('1200'), unit='km', currency=None, resolution=Decimal('100'))
    """
    match = _PLAIN.fullmatch(text)
    if match is None:
        return None
    words = f"{match['currency'] or ''}1 {match['rest'] or ''}"
    for locale in ("id", "en"):
        try:
            suffix = parse_quantity(words, locale)
        except PledgekitError:
            continue
        fraction = match["fraction"] or ""
        # The scale word's power of ten, from the resolution it gives "1 <word>".
        exponent = 0 if suffix.resolution is None else suffix.resolution.adjusted()
        digits = f"{match['sign'] or ''}{match['whole']}{fraction}"
        places = exponent - len(fraction)
        # Built from text, exactly (no context rounds), with no positive exponent.
        value = Decimal(digits + "0" * places if places >= 0 else f"{digits}E{places}")
        step = "1" + "0" * places if places >= 0 else f"1E{places}"
        resolution = Decimal(step) if suffix.resolution is not None else None
        return Quantity(
            value=value, unit=suffix.unit, currency=suffix.currency, resolution=resolution
        )
    return None


def _unit_words(quantity: Quantity) -> str:
    if quantity.currency is not None:
        return _CURRENCY_NAMES.get(quantity.currency, quantity.currency)
    return repr(quantity.unit)


def unit_problem(quantity: Quantity, text: str, unit: Unit | None) -> str | None:
    """Why a figure's unit is not the one expected, or ``None`` when it is (or none is written)."""
    given = quantity.unit or quantity.currency
    if given is None:
        return None
    if unit is None:
        return (
            f"{text!r} is in {_unit_words(quantity)}, but there is no indicator to check that "
            "unit against; expected a bare figure, or name the indicator"
        )
    if given == unit.canonical:
        return None
    return (
        f"{text!r} is in {_unit_words(quantity)}, but {unit.owner} is measured in "
        f"{unit.name!r}; expected a figure in {unit.name!r} or a bare figure"
    )
