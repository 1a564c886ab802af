"""A roll-up of Permendagri 86 rates refuses a year with no rate, saying what to do."""

from __future__ import annotations

from fractions import Fraction

import pytest

from pledgekit import InvalidValueError
from pledgekit.methods import permendagri86


def test_a_missing_rate_is_refused_with_advice() -> None:
    """None among the rates (a year with no figure) is refused by position, with advice."""
    with pytest.raises(InvalidValueError) as caught:
        permendagri86.roll_up([Fraction(90), None])  # type: ignore[list-item]
    assert "capaian_values[1]" == caught.value.where
    assert "leave out a year with no figure" in caught.value.expected


def test_leaving_it_out_rolls_up_the_rest() -> None:
    """Without the missing year, the mean of 90 and 70 is 80, Tinggi."""
    rolled = permendagri86.roll_up([Fraction(90), Fraction(70)])
    assert (Fraction(80), permendagri86.Predikat.TINGGI, 2) == (
        rolled.mean,
        rolled.predikat,
        rolled.count,
    )


def test_rates_from_a_generator() -> None:
    """An iterable is read once: a generator of 90 and 70 rolls up to 80."""
    assert Fraction(80) == permendagri86.roll_up(Fraction(v) for v in (90, 70)).mean
