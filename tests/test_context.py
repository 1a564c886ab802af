"""No result depends on the caller's decimal context: hostile contexts, digit limits, Fraction oracles."""

from __future__ import annotations

import decimal
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from decimal import ROUND_FLOOR, Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pledgekit import (
    MAX_FRACTION_DIGITS,
    MAX_INTEGER_DIGITS,
    Accumulation,
    Direction,
    Indicator,
    InvalidValueError,
    Observation,
    Period,
    Target,
    add_amounts,
    progress,
    round_fraction,
    subtract_amounts,
    to_amount,
)
from pledgekit._progress import observation_order


def _hostile() -> AbstractContextManager[decimal.Context]:
    """A caller who left a small, floor-rounding, narrow-exponent context in place."""
    return decimal.localcontext(prec=5, rounding=ROUND_FLOOR, Emax=10, Emin=-10)


def _trapless() -> AbstractContextManager[decimal.Context]:
    """A caller who switched every trap off, so an invalid operation would give NaN."""
    return decimal.localcontext(prec=3, rounding=decimal.ROUND_UP, traps=[])


CONTEXTS: dict[str, Callable[[], AbstractContextManager[object]]] = {
    "default": nullcontext,
    "hostile": _hostile,
    "trapless": _trapless,
}
under_every_context = pytest.mark.parametrize("context", CONTEXTS.values(), ids=CONTEXTS.keys())


def _decimal(sign: int, coefficient: int, places: int) -> Decimal:
    """Build a Decimal from its parts without any context: exact by construction."""
    digits = tuple(int(d) for d in str(coefficient))
    return Decimal((sign, digits, -places))


@st.composite
def limit_amounts(draw: st.DrawFn, *, nonnegative: bool = False) -> Decimal:
    """Amounts from 0 up to the digit limits, with both limits reached often."""
    integer_digits = draw(st.sampled_from([0, 1, 5, MAX_INTEGER_DIGITS - 1, MAX_INTEGER_DIGITS]))
    places = draw(st.sampled_from([0, 1, 2, MAX_FRACTION_DIGITS - 1, MAX_FRACTION_DIGITS]))
    low = 10 ** (integer_digits - 1 + places) if integer_digits else 0
    high = 10 ** (integer_digits + places) - 1
    coefficient = draw(st.integers(low, high))
    sign = 0 if nonnegative else draw(st.sampled_from([0, 1]))
    return _decimal(sign, coefficient, places)


def _digits(value: Decimal) -> tuple[int, int]:
    """Digits before and after the point, as to_amount counts them."""
    exponent = int(value.as_tuple().exponent)
    return (0 if value.is_zero() else max(value.adjusted() + 1, 0)), max(-exponent, 0)


class TestReach:
    def test_limit_amounts_reach_both_limits_often(self) -> None:
        """Of 300 draws, at least 10 % reach 30 digits before and 10 % 30 after the point."""
        seen: list[Decimal] = []

        @settings(max_examples=300, database=None)
        @given(limit_amounts())
        def draw(value: Decimal) -> None:
            seen.append(value)

        draw()
        integer_limit = sum(_digits(v)[0] == MAX_INTEGER_DIGITS for v in seen)
        fraction_limit = sum(_digits(v)[1] == MAX_FRACTION_DIGITS for v in seen)
        both = sum(_digits(v) == (MAX_INTEGER_DIGITS, MAX_FRACTION_DIGITS) for v in seen)
        assert integer_limit >= len(seen) // 10
        assert fraction_limit >= len(seen) // 10
        assert both >= 1
        # Every drawn amount is one pledgekit accepts: the strategy stays inside the limits.
        assert all(to_amount(v) == v for v in seen)


class TestAmounts:
    @under_every_context
    @given(values=st.lists(limit_amounts(), max_size=6), start=limit_amounts())
    def test_sum_equals_fraction_sum(
        self,
        context: Callable[[], AbstractContextManager[object]],
        values: list[Decimal],
        start: Decimal,
    ) -> None:
        """add_amounts equals the sum computed in Fraction, whatever the caller's context."""
        expected = sum((Fraction(v) for v in values), Fraction(start))
        with context():
            actual = add_amounts(values, start=start)
        assert expected == Fraction(actual)

    @under_every_context
    @given(a=limit_amounts(), b=limit_amounts())
    def test_difference_equals_fraction_difference(
        self, context: Callable[[], AbstractContextManager[object]], a: Decimal, b: Decimal
    ) -> None:
        """subtract_amounts equals a − b in Fraction, whatever the caller's context."""
        with context():
            actual = subtract_amounts(a, b)
        assert Fraction(a) - Fraction(b) == Fraction(actual)

    @under_every_context
    @given(value=limit_amounts())
    def test_to_amount_keeps_every_digit(
        self, context: Callable[[], AbstractContextManager[object]], value: Decimal
    ) -> None:
        """to_amount of the text of an amount at the limits is that amount, digit for digit."""
        with context():
            actual = to_amount(str(value))
        assert value.as_tuple() == actual.as_tuple()

    @under_every_context
    def test_huge_exponent_refused_not_nan(
        self, context: Callable[[], AbstractContextManager[object]]
    ) -> None:
        """An exponent beyond what decimal holds is refused, even with every trap off."""
        with context(), pytest.raises(InvalidValueError, match="at most 30 digits"):
            to_amount("4e9999999999999999999")

    @under_every_context
    @given(
        numerator=st.integers(-(10**40), 10**40),
        denominator=st.integers(1, 10**20),
        places=st.integers(-5, 30),
        mode=st.sampled_from(["ROUND_HALF_UP", "ROUND_HALF_EVEN", "ROUND_FLOOR", "ROUND_UP"]),
    )
    def test_round_fraction_ignores_the_context(
        self,
        context: Callable[[], AbstractContextManager[object]],
        numerator: int,
        denominator: int,
        places: int,
        mode: str,
    ) -> None:
        """round_fraction gives the same digits under any context as under the default one."""
        value = Fraction(numerator, denominator)
        expected = round_fraction(value, places, mode)
        with context():
            actual = round_fraction(value, places, mode)
        assert expected.as_tuple() == actual.as_tuple()


JOBS = Indicator("Jobs", "persons", direction=Direction.INCREASE, accumulation=Accumulation.SUM)
RATE = Indicator("Rate", "%", direction=Direction.DECREASE, accumulation=Accumulation.LAST)
YEARS = Period.years(2019, 2021)


@st.composite
def flow_cases(draw: st.DrawFn) -> tuple[Target, list[Observation], Direction]:
    """A summed target at the digit limits and up to three yearly figures."""
    direction = draw(st.sampled_from(Direction))
    indicator = JOBS if direction is Direction.INCREASE else RATE
    indicator = Indicator(
        indicator.name, indicator.unit, direction=direction, accumulation=Accumulation.SUM
    )
    baseline = draw(limit_amounts())
    move = draw(limit_amounts(nonnegative=True))
    sign = 1 if direction is Direction.INCREASE else -1
    value = Fraction(baseline) + sign * Fraction(move)
    # The target itself must stay within the limits: draw again when it would not.
    target_value = draw(st.just(value).filter(lambda v: abs(v) < 10**MAX_INTEGER_DIGITS))
    target = Target(indicator, _fraction_decimal(target_value), period=YEARS, baseline=baseline)
    figures = draw(st.lists(limit_amounts(), max_size=3))
    series = [Observation(Period.year(2019 + i), v) for i, v in enumerate(figures)]
    return target, series, direction


def _fraction_decimal(value: Fraction) -> Decimal:
    """A Fraction with a power-of-ten denominator as an exact Decimal."""
    places = 0
    while (value * 10**places).denominator != 1:
        places += 1
    scaled = value * 10**places
    return _decimal(0 if scaled >= 0 else 1, abs(scaled.numerator), places)


class TestProgress:
    @under_every_context
    @given(case=flow_cases())
    def test_invariants_in_fraction(
        self,
        context: Callable[[], AbstractContextManager[object]],
        case: tuple[Target, list[Observation], Direction],
    ) -> None:
        """achieved, shortfall and surplus agree with Fraction arithmetic under any context."""
        target, series, direction = case
        with context():
            p = progress(target, series, as_of=YEARS.end)
        achieved = Fraction(target.baseline) + sum((Fraction(o.value) for o in series), Fraction(0))
        gap = (Fraction(target.value) - achieved) * (1 if direction is Direction.INCREASE else -1)
        assert achieved == Fraction(p.achieved)
        assert max(gap, Fraction(0)) == Fraction(p.shortfall)
        assert max(-gap, Fraction(0)) == Fraction(p.surplus)
        # Never a negative zero, which a report would print as "-0".
        assert not p.shortfall.is_signed()
        assert not p.surplus.is_signed()
        span = Fraction(target.value) - Fraction(target.baseline)
        moved = achieved - Fraction(target.baseline)
        assert (None if span == 0 or not series else moved / span) == p.ratio

    @under_every_context
    def test_surplus_beyond_the_default_precision(
        self, context: Callable[[], AbstractContextManager[object]]
    ) -> None:
        """Target 10**29 and a figure of 2·10**29 + 1: the surplus is exactly 10**29 + 1."""
        target = Target(JOBS, 10**29, period=YEARS)
        with context():
            p = progress(target, [Observation(Period.year(2019), 2 * 10**29 + 1)])
        assert Decimal(10**29 + 1) == p.surplus
        assert (0, (1,) + (0,) * 28 + (1,), 0) == p.surplus.as_tuple()

    def test_small_caller_precision(self) -> None:
        """Under prec=5 the surplus 123456 stays 123456, not 1.2346E+5."""
        target = Target(JOBS, 100000, period=YEARS)
        with decimal.localcontext(prec=5):
            p = progress(target, [Observation(Period.year(2019), 223456)])
        assert "123456" == str(p.surplus)

    @pytest.mark.parametrize("direction", list(Direction))
    def test_met_exactly_under_floor_has_no_negative_zero(self, direction: Direction) -> None:
        """Under ROUND_FLOOR an exactly met target has shortfall and surplus "0", not "-0"."""
        indicator = Indicator("x", "u", direction=direction, accumulation=Accumulation.SUM)
        target = Target(indicator, 50 if direction is Direction.INCREASE else -50, period=YEARS)
        with decimal.localcontext(rounding=ROUND_FLOOR):
            p = progress(target, [Observation(Period.year(2019), target.value)])
        assert ("0", "0") == (str(p.shortfall), str(p.surplus))

    def test_observation_order_key_is_exact(self) -> None:
        """The sort key of a 60-digit resolution keeps every digit under prec=5."""
        resolution = _decimal(0, 10**59 + 1, 30)
        figure = Observation(Period.year(2019), 1, resolution=resolution)
        with decimal.localcontext(prec=5, rounding=ROUND_FLOOR):
            key = observation_order(figure)
        assert -Fraction(resolution) == Fraction(key[4])  # type: ignore[arg-type]


def test_contexts_are_restored() -> None:
    """The tests' hostile contexts do not leak into each other."""
    assert 28 == decimal.getcontext().prec
