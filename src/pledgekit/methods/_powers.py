"""Exact powers of fractions: exact when the result is rational, else to PRECISION digits.

A compound annual growth rate needs a non-integer power. A rational number to a
rational power is rational only when the root is exact; otherwise it is computed with
`decimal.Decimal.ln` and `exp` in a local context of
[`WORKING_DIGITS`][pledgekit.methods.sdg.WORKING_DIGITS] digits and rounded to
[`PRECISION`][pledgekit.methods.sdg.PRECISION] significant digits.
"""

from __future__ import annotations

import decimal
from decimal import Decimal
from fractions import Fraction

__all__ = ["PRECISION", "WORKING_DIGITS", "integer_root", "power"]

#: Significant digits kept of a non-integer power that is not rational.
PRECISION = 50
#: Digits of the local decimal context in which such a power is computed.
WORKING_DIGITS = 60

_CONTEXT = decimal.Context(
    prec=WORKING_DIGITS,
    rounding=decimal.ROUND_HALF_EVEN,
    Emax=decimal.MAX_EMAX,
    Emin=decimal.MIN_EMIN,
    traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow],
)
_ROUND = decimal.Context(prec=PRECISION, rounding=decimal.ROUND_HALF_EVEN, Emax=decimal.MAX_EMAX)


def integer_root(n: int, k: int) -> int | None:
    """The exact ``k``-th root of ``n >= 0``, or ``None`` when it is not an integer."""
    if n < 2:
        return n
    low, high = 1, 1 << (n.bit_length() // k + 1)
    while low <= high:
        middle = (low + high) // 2
        power = middle**k
        if power == n:
            return middle
        if power < n:
            low = middle + 1
        else:
            high = middle - 1
    return None


def power(base: Fraction, exponent: Fraction) -> Fraction:
    """``base ** exponent`` for ``base >= 0``: exact when rational, else to PRECISION digits."""
    if base == 0:
        return Fraction(0)  # callers only raise zero to positive powers
    p, q = exponent.numerator, exponent.denominator
    if abs(p) <= 4096:
        top = integer_root(base.numerator, q)
        bottom = integer_root(base.denominator, q)
        if top is not None and bottom is not None:
            return Fraction(top, bottom) ** p
    with decimal.localcontext(_CONTEXT):
        x = Decimal(base.numerator) / Decimal(base.denominator)
        value = (x.ln() * Decimal(p) / Decimal(q)).exp()
    return Fraction(_ROUND.plus(value))
