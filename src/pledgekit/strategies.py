"""Hypothesis strategies for property-testing code that computes with pledgekit values.

Needs the ``hypothesis`` extra (``pip install 'pledgekit[hypothesis]'``);
``import pledgekit`` never imports this module.

Every strategy builds valid values by construction (nothing is filtered away), covers
the hard cases by default (both directions, both accumulations, zero and non-zero
baselines, a target equal to its baseline, one-day periods, targets met, missed and
over-achieved) and shrinks toward the simplest case: a short period in 2000, small
whole numbers, an increasing summed indicator with a zero baseline.

>>> from hypothesis import given
>>> from pledgekit import progress
>>> from pledgekit.strategies import targets, observations
>>> @given(targets().flatmap(lambda t: observations(t).map(lambda obs: (t, obs))))
... def test_shortfall_is_never_negative(case):
...     target, obs = case
...     assert progress(target, obs, as_of=target.period.end).shortfall >= 0
>>> test_shortfall_is_never_negative()
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from pledgekit._amounts import MAX_FRACTION_DIGITS, MAX_INTEGER_DIGITS
from pledgekit._indicator import Accumulation, Direction, Indicator, Observation, Target
from pledgekit._period import Period

__all__ = [
    "amounts",
    "indicators",
    "observations",
    "periods",
    "targets",
]

_EARLIEST = dt.date(1900, 1, 1)
_LATEST = dt.date(2200, 12, 31)
_ORIGIN = dt.date(2000, 1, 1)
_UNITS = ("orang", "%", "km", "unit", "rupiah")
_NAMES = (
    "Tenaga kerja terserap",
    "Tingkat pengangguran terbuka",
    "Panjang jalan mantap",
    "Angka kemiskinan",
    "Jobs opened",
)


def _check_int(value: object, name: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidArgument(f"{name}={value!r}; expected an int from {low} to {high}")
    return value


def _check_strategy(value: object, name: str) -> None:
    if not isinstance(value, st.SearchStrategy):
        raise InvalidArgument(f"{name}={value!r}; expected a Hypothesis strategy")


def _as_decimal(value: object, name: str) -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | Decimal | str):
        raise InvalidArgument(f"{name}={value!r}; expected an int, a Decimal or a decimal string")
    try:
        result = Decimal(value)
    except ArithmeticError as error:
        raise InvalidArgument(f"{name}={value!r}; expected a decimal number") from error
    if not result.is_finite():
        raise InvalidArgument(f"{name}={value!r}; expected a finite number")
    return result


def amounts(
    min_value: int | Decimal | str | None = None,
    max_value: int | Decimal | str | None = None,
    *,
    places: int = 2,
) -> st.SearchStrategy[Decimal]:
    """Exact amounts such as a report would print, with up to ``places`` decimals.

    Args:
        min_value: The smallest amount, or ``None`` for no bound beyond pledgekit's limits.
        max_value: The largest amount, likewise.
        places: The most decimal places an amount may have (0 gives whole numbers).

    Every value is accepted by :func:`pledgekit.to_amount`; shrinks toward 0 (or the
    bound nearest 0) and toward fewer decimals.
    """
    low = _as_decimal(min_value, "min_value")
    high = _as_decimal(max_value, "max_value")
    _check_int(places, "places", 0, 10)
    limit = Decimal(10) ** 12  # large enough for budgets in rupiah, far inside the limits
    low = -limit if low is None else low
    high = limit if high is None else high
    if low > high:
        raise InvalidArgument(f"min_value={min_value!r} is greater than max_value={max_value!r}")
    bound = Decimal(10) ** MAX_INTEGER_DIGITS
    if -bound >= low or high >= bound:
        raise InvalidArgument(f"bounds must lie within ±10**{MAX_INTEGER_DIGITS}")
    assert places <= MAX_FRACTION_DIGITS
    return st.integers(0, places).flatmap(
        lambda p: st.decimals(
            min_value=low, max_value=high, places=p, allow_nan=False, allow_infinity=False
        )
    )


def periods(
    min_start: dt.date = _EARLIEST,
    max_end: dt.date = _LATEST,
    *,
    max_days: int = 3653,
) -> st.SearchStrategy[Period]:
    """Periods within ``min_start..max_end`` of at most ``max_days`` days (one-day included).

    Shrinks toward a one-day period on 1 January 2000 (or the nearest allowed day).
    """
    for value, name in ((min_start, "min_start"), (max_end, "max_end")):
        if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
            raise InvalidArgument(f"{name}={value!r}; expected a datetime.date")
    if max_end < min_start:
        raise InvalidArgument(f"max_end={max_end} is before min_start={min_start}")
    _check_int(max_days, "max_days", 1, 10**6)
    pivot = min(max(_ORIGIN, min_start), max_end)

    @st.composite
    def build(draw: st.DrawFn) -> Period:
        offset = draw(st.integers((min_start - pivot).days, (max_end - pivot).days))
        start = pivot + dt.timedelta(days=offset)
        length = draw(st.integers(1, min(max_days, (max_end - start).days + 1)))
        return Period(start, start + dt.timedelta(days=length - 1))

    return build()


def indicators(
    *,
    directions: st.SearchStrategy[Direction] | None = None,
    accumulations: st.SearchStrategy[Accumulation] | None = None,
    units: st.SearchStrategy[str] | None = None,
    names: st.SearchStrategy[str] | None = None,
) -> st.SearchStrategy[Indicator]:
    """Indicators in both directions and both accumulations.

    Shrinks toward an increasing, summed indicator.
    """
    directions = st.sampled_from(Direction) if directions is None else directions
    accumulations = st.sampled_from(Accumulation) if accumulations is None else accumulations
    units = st.sampled_from(_UNITS) if units is None else units
    names = st.sampled_from(_NAMES) if names is None else names
    for value, name in (
        (directions, "directions"),
        (accumulations, "accumulations"),
        (units, "units"),
        (names, "names"),
    ):
        _check_strategy(value, name)
    return st.builds(Indicator, names, units, direction=directions, accumulation=accumulations)


def targets(
    *,
    indicators: st.SearchStrategy[Indicator] | None = None,
    periods: st.SearchStrategy[Period] | None = None,
    baselines: st.SearchStrategy[Decimal] | None = None,
    spans: st.SearchStrategy[Decimal] | None = None,
) -> st.SearchStrategy[Target]:
    """Targets whose value lies on the good side of the baseline (or equals it).

    Args:
        indicators: What the targets measure; :func:`indicators` by default.
        periods: The target periods; by default from one day to ten years.
        baselines: Starting values; 0 half the time by default, else any amount.
        spans: The distance from baseline to target (never negative); by default 0
            (target equal to baseline) or a positive amount.
    """
    indicators = _indicators() if indicators is None else indicators
    periods = _periods(dt.date(1990, 1, 1), dt.date(2100, 12, 31)) if periods is None else periods
    baselines = st.just(Decimal(0)) | amounts(0, 10**6) if baselines is None else baselines
    spans = st.just(Decimal(0)) | amounts(0, 10**6) if spans is None else spans
    for value, name in (
        (indicators, "indicators"),
        (periods, "periods"),
        (baselines, "baselines"),
        (spans, "spans"),
    ):
        _check_strategy(value, name)

    @st.composite
    def build(draw: st.DrawFn) -> Target:
        indicator = draw(indicators)
        baseline = draw(baselines)
        span = abs(draw(spans))
        value = baseline + span if indicator.direction is Direction.INCREASE else baseline - span
        return Target(indicator, value, period=draw(periods), baseline=baseline)

    return build()


def observations(
    target: Target,
    *,
    min_size: int = 0,
    max_size: int = 6,
    values: st.SearchStrategy[Decimal] | None = None,
    with_gaps: bool = True,
    resolutions: bool = False,
) -> st.SearchStrategy[tuple[Observation, ...]]:
    """A consistent series for ``target``: non-overlapping periods in order, inside its period.

    Args:
        target: The target the series reports on.
        min_size: The fewest observations.
        max_size: The most observations (at most the target period's days).
        values: Values of the observations; by default amounts scaled to the target's
            span, so that series fall short of, meet and exceed the target.
        with_gaps: Whether days may go unreported between observations.
        resolutions: Whether some figures carry a rounding ``resolution``.

    Shrinks toward fewer observations with smaller values.
    """
    if not isinstance(target, Target):
        raise InvalidArgument(f"target={target!r}; expected a pledgekit.Target")
    days = target.period.days
    _check_int(min_size, "min_size", 0, days)
    _check_int(max_size, "max_size", min_size, 10**4)
    max_size = min(max_size, days)
    if values is None:
        # Offsets in the good direction, from a step back to twice the span forward.
        scale = max(abs(target.value - target.baseline), Decimal(1))
        sign = target.indicator.direction.sign
        base = target.baseline if target.indicator.accumulation is Accumulation.LAST else 0
        values = amounts(-scale, 2 * scale, places=2).map(lambda x: base + sign * x)
    _check_strategy(values, "values")

    @st.composite
    def build(draw: st.DrawFn) -> tuple[Observation, ...]:
        count = draw(st.integers(min_size, max_size))
        if count == 0:
            return ()
        # Distinct start offsets in order; each observation ends before the next starts.
        if with_gaps:
            starts = sorted(
                draw(
                    st.lists(st.integers(0, days - 1), min_size=count, max_size=count, unique=True)
                )
            )
        else:
            later = (
                draw(
                    st.lists(
                        st.integers(1, days - 1),
                        min_size=count - 1,
                        max_size=count - 1,
                        unique=True,
                    )
                )
                if count > 1
                else []
            )
            starts = [0, *sorted(later)]
        result: list[Observation] = []
        for index, first in enumerate(starts):
            limit = (starts[index + 1] - 1) if index + 1 < len(starts) else days - 1
            last = draw(st.integers(first, limit)) if with_gaps else limit
            period = Period(
                target.period.start + dt.timedelta(days=first),
                target.period.start + dt.timedelta(days=last),
            )
            resolution = (
                draw(st.none() | st.sampled_from([Decimal(1), Decimal(1000)]))
                if resolutions
                else None
            )
            result.append(Observation(period, draw(values), resolution=resolution))
        return tuple(result)

    return build()


_indicators = indicators
_periods = periods
