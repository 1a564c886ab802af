"""Exact amounts: conversion to Decimal, validation, and arithmetic that never rounds.

Amounts are `decimal.Decimal`, kept exactly as reported. Ratios are
`fractions.Fraction`. Rounding happens only when a value is presented, through
[`round_fraction`][pledgekit.round_fraction], which takes any `decimal` rounding mode.
"""

from __future__ import annotations

import contextlib
import decimal
import enum
import re
from collections.abc import Iterable, Iterator
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import TypeAlias, TypeVar, overload

from pledgekit.exceptions import InexactResultError, InvalidValueError

__all__ = [
    "Amount",
    "MAX_FRACTION_DIGITS",
    "MAX_INTEGER_DIGITS",
    "Rounding",
    "add_amounts",
    "exact_arithmetic",
    "exact_text",
    "first_band",
    "round_fraction",
    "subtract_amounts",
    "to_amount",
]

Amount: TypeAlias = int | str | Decimal
"""What pledgekit accepts as an amount: exact types only.

An ``int``, a decimal string or a `Decimal`, each of which
[`to_amount`][pledgekit.to_amount] turns into a `Decimal` with the digits given.
``float`` is left out on purpose, so that ``mypy --strict`` refuses
``Target(jobs, 1.5, ...)`` before the run does; the run refuses it too:

>>> from decimal import Decimal
>>> from pledgekit import Amount, to_amount
>>> given: list[Amount] = [150000, "146305", Decimal("97.54")]
>>> [to_amount(value) for value in given]
[Decimal('150000'), Decimal('146305'), Decimal('97.54')]
>>> to_amount(1.5)
Traceback (most recent call last):
...
pledgekit.exceptions.InvalidValueError: got 1.5 (float); expected an int, a decimal ...
"""

MAX_INTEGER_DIGITS = 30
"""The most digits an amount may have before its decimal point.

Thirty nines are the largest whole amount; ``10 ** 30``, one digit more, is refused:

>>> from pledgekit import MAX_INTEGER_DIGITS, to_amount
>>> to_amount("9" * MAX_INTEGER_DIGITS)
Decimal('999999999999999999999999999999')
>>> to_amount(10**MAX_INTEGER_DIGITS)
Traceback (most recent call last):
...
pledgekit.exceptions.InvalidValueError: got 1000000000000000000000000000000 (int);
expected an amount with at most 30 digits before and 30 after the decimal point
"""

MAX_FRACTION_DIGITS = 30
"""The most digits an amount may have after its decimal point.

``10 ** -30``, written with thirty places, is read; one place more is refused:

>>> from pledgekit import MAX_FRACTION_DIGITS, to_amount
>>> to_amount("0." + "0" * (MAX_FRACTION_DIGITS - 1) + "1")
Decimal('1E-30')
>>> to_amount("0." + "0" * MAX_FRACTION_DIGITS + "1")
Traceback (most recent call last):
...
pledgekit.exceptions.InvalidValueError: got '0.0000000000000000000000000000001' (str);
expected an amount with at most 30 digits before and 30 after the decimal point
"""

# Longer text is refused before it is parsed, so that a hostile string costs nothing.
_MAX_TEXT_LENGTH = 100
# ASCII digits only: "\d" would also accept Arabic-Indic and other digits.
_DECIMAL_TEXT = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
# The common case, read by a fast path: no exponent, no plus sign, no spaces, no leading
# zero, and within the digit limits by its very form (at most 30 digits either side).
_PLAIN_TEXT = re.compile(r"-?(?:0|[1-9][0-9]{0,29})(?:\.[0-9]{0,30})?")

# Every amount fits in 60 digits, so any realistic sum fits in 100 without rounding;
# should one not, the traps raise instead of rounding.
_EXACT = decimal.Context(
    prec=100,
    rounding=decimal.ROUND_HALF_EVEN,
    Emax=999_999,
    Emin=-999_999,
    traps=[
        decimal.Inexact,
        decimal.Rounded,
        decimal.Overflow,
        decimal.Underflow,
        decimal.InvalidOperation,
        decimal.DivisionByZero,
        decimal.Clamped,
    ],
)

# The same context for single operations called on it (``add``, ``subtract``): as exact
# as entering it, without a copy of it at every step. A copy, so that the flags those
# operations leave are not carried into the contexts entered from _EXACT.
_EXACT_OPERATIONS = _EXACT.copy()

_ACCEPTED = "an int, a decimal string or a Decimal"
_ROUNDING_MODES = frozenset(
    {
        decimal.ROUND_05UP,
        decimal.ROUND_CEILING,
        decimal.ROUND_DOWN,
        decimal.ROUND_FLOOR,
        decimal.ROUND_HALF_DOWN,
        decimal.ROUND_HALF_EVEN,
        decimal.ROUND_HALF_UP,
        decimal.ROUND_UP,
    }
)


class Rounding(enum.Enum):
    """How a figure with a resolution relates to the true value.

    A figure ``v`` with resolution ``r`` stands for an interval of true values.

    Bekasi's "56.000" for 2020 is rounded to the nearest thousand; the office's "sudah
    141.000" is 141 thousand and some, cut down to the thousand:

    >>> import datetime as dt
    >>> from pledgekit import Claim, ClaimKind, Observation, Period, Rounding
    >>> reported = Observation(Period.year(2020), 56000, resolution=1000)
    >>> reported.rounding, reported.interval  # 56,000 ± 1,000 / 2
    (<Rounding.NEAREST: 'nearest'>, (Decimal('55500'), Decimal('56500')))
    >>> said = Claim(ClaimKind.ACHIEVED, 141000, dt.date(2022, 6, 30), resolution=1000,
    ...              rounding=Rounding.DOWN)
    >>> said.interval  # from 141,000 up to 141,000 + 1,000
    (Decimal('141000'), Decimal('142000'))
    """

    #: Rounded to the nearest step: the true value is within ``r / 2`` of ``v``
    #: ("56.000" said for anything from 55,500 to 56,500).
    NEAREST = "nearest"
    #: Cut down to the step: the true value is ``v`` plus less than one step
    #: ("141 ribu", "sudah 141.000": 141 thousand and some).
    DOWN = "down"

    def interval(self, value: Decimal, resolution: Decimal | None) -> tuple[Decimal, Decimal]:
        """The closed interval of true values a figure stands for.

        >>> from decimal import Decimal
        >>> from pledgekit import Rounding
        >>> Rounding.NEAREST.interval(Decimal(56000), Decimal(1000))
        (Decimal('55500'), Decimal('56500'))
        >>> Rounding.DOWN.interval(Decimal(141000), Decimal(1000))
        (Decimal('141000'), Decimal('142000'))
        >>> Rounding.NEAREST.interval(Decimal(27197), None)
        (Decimal('27197'), Decimal('27197'))
        """
        if resolution is None:
            return value, value
        if self is Rounding.DOWN:
            return value, add_amounts([value, resolution])
        half = _half(resolution)
        return subtract_amounts(value, half), add_amounts([value, half])


def _half(value: Decimal) -> Decimal:
    # Exact: half of an amount of at most 60 digits needs at most 61 of the context's 100.
    with decimal.localcontext(_EXACT):
        return value / 2


def to_amount(value: object, *, where: str = "") -> Decimal:
    """Convert a reported figure to an exact `Decimal`.

    Accepts ``int``, ``Decimal`` and decimal strings such as ``"27197"`` or
    ``"-0.5"`` (locale-formatted text such as ``"150.000"`` is read by
    [`pledgekit.text.parse_number`][pledgekit.text.parse_number]). Refuses ``float``
    (not exact), ``bool``, NaN, infinities, and figures with more than
    [`MAX_INTEGER_DIGITS`][pledgekit.MAX_INTEGER_DIGITS] digits before or
    [`MAX_FRACTION_DIGITS`][pledgekit.MAX_FRACTION_DIGITS] after the decimal point.

    Args:
        value: The figure.
        where: Where it was given, for the error message.

    Returns:
        The figure as a Decimal, with the digits it was given (``"5.10"`` keeps its
        trailing zero).

    Raises:
        InvalidValueError: The value is of the wrong type, not finite, or too large or
            too precise.

    >>> from pledgekit import to_amount
    >>> to_amount(150000)
    Decimal('150000')
    >>> to_amount("5.10")
    Decimal('5.10')
    >>> to_amount("1e999999999")
    Traceback (most recent call last):
    ...
    pledgekit.exceptions.InvalidValueError: got '1e999999999' (str); expected an amount with at most 30 digits before and 30 after the decimal point
    """
    if type(value) is str and _PLAIN_TEXT.fullmatch(value) is not None:
        # Without an exponent the text cannot reach beyond decimal's exponent range, so
        # the constructor (exact, and raising for no such text under any context) needs
        # no context of its own, and its form keeps it within the digit limits.
        return Decimal(value)
    if isinstance(value, bool) or not isinstance(value, int | str | Decimal):
        reason = (
            " (floats are refused because they are not exact)" if isinstance(value, float) else ""
        )
        raise InvalidValueError(value, _ACCEPTED + reason, where)
    if isinstance(value, str):
        text = value.strip()
        if len(text) > _MAX_TEXT_LENGTH or not _DECIMAL_TEXT.fullmatch(text):
            raise InvalidValueError(
                value, "a plain decimal string such as '150000' or '-2.5'", where
            )
        try:
            # The constructor never rounds; the context only decides whether an
            # exponent beyond what decimal can hold raises (it must) or gives NaN.
            with decimal.localcontext(_EXACT):
                number = Decimal(text)
        except decimal.DecimalException:
            raise InvalidValueError(value, _size_expectation(), where) from None
    elif isinstance(value, int):
        if value.bit_length() > 4 * MAX_INTEGER_DIGITS:
            raise InvalidValueError(value, _size_expectation(), where)
        number = Decimal(value)
    else:
        number = value
    if not number.is_finite():
        raise InvalidValueError(value, "a finite amount (not NaN or infinity)", where)
    _check_size(number, value, where)
    return number


def _size_expectation() -> str:
    return (
        f"an amount with at most {MAX_INTEGER_DIGITS} digits before and "
        f"{MAX_FRACTION_DIGITS} after the decimal point"
    )


def _check_size(number: Decimal, given: object, where: str) -> None:
    # NaN and infinities are refused before this, so the exponent is an int.
    exponent = int(number.as_tuple().exponent)
    if number.is_zero():
        if -exponent > MAX_FRACTION_DIGITS or exponent > MAX_INTEGER_DIGITS:
            raise InvalidValueError(given, _size_expectation(), where)
        return
    integer_digits = number.adjusted() + 1
    if integer_digits > MAX_INTEGER_DIGITS or -exponent > MAX_FRACTION_DIGITS:
        raise InvalidValueError(given, _size_expectation(), where)


@contextlib.contextmanager
def exact_arithmetic(operation: str) -> Iterator[None]:
    """Run Decimal arithmetic in pledgekit's exact context: raise rather than round.

    For loops that would pay for entering the context at every step; single sums and
    differences use [`add_amounts`][pledgekit.add_amounts] and
    [`subtract_amounts`][pledgekit.subtract_amounts].

    >>> with exact_arithmetic("a difference"):
    ...     Decimal("1e29") - Decimal("1e-29")
    Decimal('99999999999999999999999999999.99999999999999999999999999999')
    """
    try:
        with decimal.localcontext(_EXACT):
            yield
    except decimal.DecimalException as error:
        raise InexactResultError(operation, []) from error


def _operand(value: object, where: str) -> Decimal:
    """An operand of exact arithmetic: a finite Decimal or an int, as it is."""
    if isinstance(value, Decimal) and value.is_finite():
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    reason = " (floats are refused because they are not exact)" if isinstance(value, float) else ""
    raise InvalidValueError(value, "a finite Decimal or an int" + reason, where)


def add_amounts(values: Iterable[Decimal], *, start: Decimal = Decimal(0)) -> Decimal:
    """Sum amounts exactly; raise rather than round.

    Raises:
        InvalidValueError: ``values`` is not an iterable, or an item (or ``start``) is
            not a finite Decimal or an int.
        InexactResultError: The exact sum would need more than pledgekit's precision.

    >>> from decimal import Decimal
    >>> from pledgekit import add_amounts
    >>> add_amounts([Decimal("27197"), Decimal("56000"), Decimal("58000"), Decimal("5108")])
    Decimal('146305')
    >>> add_amounts([Decimal("0.1"), 0.2])  # type: ignore[list-item]
    Traceback (most recent call last):
    ...
    pledgekit.exceptions.InvalidValueError: add_amounts(values)[1]: got 0.2 (float); expected a finite Decimal or an int (floats are refused because they are not exact)
    """
    given: object = values
    if not isinstance(given, list | tuple) and (
        isinstance(given, str | bytes) or not isinstance(given, Iterable)
    ):
        raise InvalidValueError(given, "an iterable of Decimals", "add_amounts(values)")
    total = start
    if type(total) is not Decimal or not total.is_finite():
        total = _operand(start, "add_amounts(start)")
    items = [
        item
        if type(item) is Decimal and item.is_finite()
        else _operand(item, f"add_amounts(values)[{i}]")
        for i, item in enumerate(given)
    ]
    add = _EXACT_OPERATIONS.add
    try:
        for item in items:
            total = add(total, item)
    except decimal.DecimalException as error:
        raise InexactResultError("the sum", [start, *items]) from error
    return total


def subtract_amounts(minuend: Decimal, subtrahend: Decimal) -> Decimal:
    """Subtract exactly; raise rather than round.

    >>> from decimal import Decimal
    >>> from pledgekit import subtract_amounts
    >>> subtract_amounts(Decimal("150000"), Decimal("141624"))
    Decimal('8376')
    """
    if type(minuend) is not Decimal or not minuend.is_finite():
        minuend = _operand(minuend, "subtract_amounts(minuend)")
    if type(subtrahend) is not Decimal or not subtrahend.is_finite():
        subtrahend = _operand(subtrahend, "subtract_amounts(subtrahend)")
    try:
        return _EXACT_OPERATIONS.subtract(minuend, subtrahend)
    except decimal.DecimalException as error:
        raise InexactResultError("the difference", [minuend, subtrahend]) from error


def round_fraction(
    value: Fraction | int | Decimal, places: int = 0, rounding_mode: str = ROUND_HALF_UP
) -> Decimal:
    """Round an exact ratio to ``places`` decimal places for display.

    The rounding is exact for every `decimal` rounding mode: the result is what
    the mode gives for the true value, not for a binary approximation of it. Only exact
    values are accepted: a float (``2.675`` is really 2.67499999...), a bool, NaN or an
    infinity is refused.

    Args:
        value: The exact value: a Fraction, an int or a finite Decimal within the
            digit limits of [`to_amount`][pledgekit.to_amount].
        places: Decimal places to keep (may be negative to round to tens, hundreds...).
        rounding_mode: A `decimal` rounding mode; half-up by default (not to be
            confused with [`Rounding`][pledgekit.Rounding], how a reported figure was rounded).

    >>> from fractions import Fraction
    >>> from pledgekit import round_fraction
    >>> round_fraction(Fraction(146305, 150000) * 100, 2)
    Decimal('97.54')
    >>> round_fraction(Fraction(1, 8), 2), round_fraction(Fraction(1, 8), 2, "ROUND_HALF_EVEN")
    (Decimal('0.13'), Decimal('0.12'))
    >>> round_fraction(2.675, 2)  # type: ignore[arg-type]
    Traceback (most recent call last):
    ...
    pledgekit.exceptions.InvalidValueError: round_fraction(value): got 2.675 (float); expected a Fraction, an int or a finite Decimal (floats are refused because they are not exact)
    """
    fraction = _exact_ratio(value)
    if isinstance(places, bool) or not isinstance(places, int) or not -40 <= places <= 40:
        raise InvalidValueError(places, "a whole number of places from -40 to 40", "places")
    if not isinstance(rounding_mode, str) or rounding_mode not in _ROUNDING_MODES:
        raise InvalidValueError(
            rounding_mode, "a rounding mode of the decimal module", "rounding_mode"
        )
    scaled = fraction * Fraction(10) ** places
    sign = 1 if scaled < 0 else 0
    whole, remainder = divmod(abs(scaled.numerator), scaled.denominator)
    # Two guard digits tell every rounding mode all it needs: zero, below, at or above half.
    if remainder == 0:
        guard = 0
    elif 2 * remainder < scaled.denominator:
        guard = 25
    elif 2 * remainder == scaled.denominator:
        guard = 50
    else:
        guard = 75
    digits = tuple(int(d) for d in str(whole * 100 + guard))
    approximate = Decimal((sign, digits, -places - 2))
    # Every field given: decimal.Context() takes the missing ones from DefaultContext,
    # which a caller may have changed.
    context = decimal.Context(
        prec=len(digits) + 5,
        rounding=rounding_mode,
        Emax=_EXACT.Emax,
        Emin=_EXACT.Emin,
        capitals=1,
        clamp=0,
        flags=[],
        traps=[decimal.InvalidOperation, decimal.Overflow, decimal.DivisionByZero],
    )
    rounded = approximate.quantize(Decimal((0, (1,), -places)), context=context)
    # A tiny negative value rounds to zero, not to "-0.00".
    return rounded.copy_abs() if rounded.is_zero() else rounded


@overload
def exact_text(
    value: None, *, fraction_places: int | None = None, decimal_if_exact: bool = False
) -> None: ...
@overload
def exact_text(
    value: Decimal | Fraction | int,
    *,
    fraction_places: int | None = None,
    decimal_if_exact: bool = False,
) -> str: ...
def exact_text(
    value: Decimal | Fraction | int | None,
    *,
    fraction_places: int | None = None,
    decimal_if_exact: bool = False,
) -> str | None:
    """An exact number as plain text, the same under any caller's decimal context.

    A Decimal or an int is written in plain digits, never in exponent notation (``str``
    would write ``1E+3``, and follow the caller's context) and never as ``-0``; a
    Fraction is written ``numerator/denominator``, or, given ``fraction_places``,
    rounded half-up to that many places ([`round_fraction`][pledgekit.round_fraction]), or, with
    ``decimal_if_exact``, as the plain decimal it is when one holds it exactly
    (``2/5`` is ``0.4``; ``1/3`` stays ``1/3``). ``None`` stays ``None``.

    Args:
        value: The number, or ``None``.
        fraction_places: Places to round a Fraction to; ``None`` keeps it exact.
        decimal_if_exact: Write a Fraction whose decimal expansion ends as that decimal.

    >>> exact_text(Decimal("1E+3")), exact_text(Decimal("-0.00")), exact_text(7)
    ('1000', '0.00', '7')
    >>> exact_text(Fraction(1, 3)), exact_text(Fraction(1, 3), fraction_places=2)
    ('1/3', '0.33')
    >>> exact_text(Fraction(40)), exact_text(Fraction(19, 20), decimal_if_exact=True)
    ('40/1', '0.95')
    >>> exact_text(None) is None
    True
    """
    if value is None:
        return None
    if isinstance(value, Fraction):
        places = _terminating_places(value.denominator) if decimal_if_exact else None
        if places is not None:
            scaled = value.numerator * 10**places // value.denominator
            value = Decimal(f"{scaled}E-{places}")  # from text: exact in any context
        elif fraction_places is None:
            return f"{value.numerator}/{value.denominator}"
        else:
            value = round_fraction(value, fraction_places)
    number = Decimal(value)
    # A zero reached by a negation under a rounding mode such as ROUND_FLOOR, or read
    # from "-0", is signed; an amount has no negative zero, and pledgekit never prints "-0".
    return format(number.copy_abs() if number.is_zero() else number, "f")


def _terminating_places(denominator: int) -> int | None:
    """The decimal places of ``n / denominator`` when it ends (only 2s and 5s), else None."""
    twos = fives = 0
    while denominator % 2 == 0:
        denominator //= 2
        twos += 1
    while denominator % 5 == 0:
        denominator //= 5
        fives += 1
    return max(twos, fives) if denominator == 1 else None


_Label = TypeVar("_Label")


def first_band(value: Fraction, bands: Iterable[tuple[Fraction, _Label]], below: _Label) -> _Label:
    """The label of the first band whose lower bound ``value`` reaches, else ``below``.

    Bands are given highest first as ``(lower bound, label)``; each bound belongs to its
    band (``value >= bound``). The comparison is exact.

    >>> bands = [(Fraction(95, 100), "on track"), (Fraction(60, 100), "slow")]
    >>> first_band(Fraction(95, 100), bands, "off"), first_band(Fraction(1, 2), bands, "off")
    ('on track', 'off')
    """
    for bound, label in bands:
        if value >= bound:
            return label
    return below


def _exact_ratio(value: object) -> Fraction:
    where = "round_fraction(value)"
    if isinstance(value, Fraction):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return Fraction(value)
    if isinstance(value, Decimal):
        return Fraction(to_amount(value, where=where))
    reason = " (floats are refused because they are not exact)" if isinstance(value, float) else ""
    raise InvalidValueError(value, "a Fraction, an int or a finite Decimal" + reason, where)
