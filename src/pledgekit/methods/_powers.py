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

PRECISION = 50
"""Significant digits kept of a non-integer power that is not rational.

A growth rate over several years is such a power: exact when the root is
(``121 / 100`` over two years is exactly 10 % a year), else rounded to this many
significant digits and carried on as the exact Fraction of that Decimal. Doubling in
ten years is ``2 ** (1/10) − 1`` a year, irrational:

>>> from fractions import Fraction
>>> from pledgekit.methods.sdg import PRECISION, cagr
>>> cagr(100, 121, 2)
Fraction(1, 10)
>>> factor = cagr(100, 200, 10) + 1
>>> digits = factor * 10 ** (PRECISION - 1)  # 1 digit before the point, 49 after
>>> digits.denominator, len(str(digits.numerator))
(1, 50)
>>> digits.numerator
10717734625362931642130063250233420229063846049776
>>> abs(factor**10 - 2) < Fraction(1, 10**48)  # ten years of it double, to 48 places
True
"""
WORKING_DIGITS = 60
"""Digits of the local decimal context in which such a power is computed.

Ten digits more than [`PRECISION`][pledgekit.methods.sdg.PRECISION], dropped when the
result is rounded: the 50 digits kept are those of the power computed with 100:

>>> import decimal
>>> from decimal import Decimal
>>> from fractions import Fraction
>>> from pledgekit.methods.sdg import PRECISION, WORKING_DIGITS, cagr
>>> WORKING_DIGITS - PRECISION
10
>>> with decimal.localcontext(prec=100):
...     root = Decimal(2) ** (Decimal(1) / 10)
>>> with decimal.localcontext(prec=PRECISION):
...     kept = +root  # rounded half-even to 50 significant digits
>>> cagr(100, 200, 10) == Fraction(kept) - 1
True
"""

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
