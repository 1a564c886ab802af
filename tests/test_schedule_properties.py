"""Properties of what a target says: its schedule, the value in force, how it is met.

Every computation runs under a hostile decimal context (5 digits, rounding toward −∞)
at pledgekit's digit limits; the expected values are computed in Fraction.
"""

from __future__ import annotations

import datetime as dt
import decimal
import itertools
from decimal import Decimal
from fractions import Fraction
from typing import Any

from hypothesis import event, given
from hypothesis import strategies as st

from pledgekit import (
    MAX_FRACTION_DIGITS,
    MAX_INTEGER_DIGITS,
    Accumulation,
    Comparison,
    Direction,
    Indicator,
    Observation,
    Target,
    add_amounts,
    progress,
    subtract_amounts,
)
from pledgekit._schedule import scheduled_final
from pledgekit.strategies import amounts, revisions, schedules, targets

#: One unit of the last decimal pledgekit accepts.
ULP = Decimal((0, (1,), -MAX_FRACTION_DIGITS))
#: Up to 30 digits before the point (bounded so that baseline + span stays within 30)
#: and 30 after it.
WIDE = amounts(-(10 ** (MAX_INTEGER_DIGITS - 1)), 10 ** (MAX_INTEGER_DIGITS - 1))
WIDE_SPANS = st.just(Decimal(0)) | amounts(0, 10 ** (MAX_INTEGER_DIGITS - 1))


def hostile() -> Any:
    return decimal.localcontext(prec=5, rounding=decimal.ROUND_FLOOR)


def wide_targets(**options: Any) -> st.SearchStrategy[Target]:
    """Targets at the digit limits, with a drawn comparison (ranges included)."""
    return targets(
        baselines=st.just(Decimal(0)) | WIDE, spans=WIDE_SPANS, comparison=True, **options
    )


def final_level(target: Target, schedule: tuple[Any, ...]) -> Fraction:
    """The level a schedule's own numbers give, by hand: baseline + the sum, or the last."""
    if target.indicator.accumulation is Accumulation.SUM:
        return Fraction(target.baseline) + sum((Fraction(e.value) for e in schedule), Fraction(0))
    return Fraction(schedule[-1].value)


def with_schedule(consistent: bool | None) -> st.SearchStrategy[tuple[Target, Any]]:
    return wide_targets().flatmap(
        lambda t: st.tuples(st.just(t), schedules(t, consistent=consistent))
    )


class TestSchedulesAddUp:
    """schedules(consistent=...) gives schedules that add up to the target, or never do."""

    @given(with_schedule(True))
    def test_consistent_schedule_gives_the_goal(self, drawn: tuple[Target, Any]) -> None:
        """Consistent: baseline + sum (flows) or the last value (levels) is the goal, exactly."""
        target, schedule = drawn
        summed = target.indicator.accumulation is Accumulation.SUM
        event("flows" if summed else "levels")
        event("range" if target.comparison is Comparison.WITHIN else "one value")
        with hostile():
            final = scheduled_final(schedule, target.baseline, summed=summed)
            met = target.is_met_by(final) if final is not None else False
        assert Fraction(target.goal) == final_level(target, schedule)
        assert final == target.goal
        assert met or target.comparison.strict

    @given(with_schedule(False))
    def test_inconsistent_schedule_misses(self, drawn: tuple[Target, Any]) -> None:
        """Inconsistent: the schedule's own final level is not the goal, and outside a range."""
        target, schedule = drawn
        final = final_level(target, schedule)
        if abs(final - Fraction(target.goal)) == Fraction(ULP):
            event("missed by one unit of the 30th decimal")
        assert Fraction(target.goal) != final
        if isinstance(target.value, tuple):
            event("range left")
            low, high = target.value
            assert not Fraction(low) <= final <= Fraction(high)

    @given(with_schedule(None))
    def test_schedule_fits_its_target(self, drawn: tuple[Target, Any]) -> None:
        """Entries lie in the target period, in order, never overlapping; the target accepts them."""
        target, schedule = drawn
        with hostile():
            scheduled = Target(
                target.indicator,
                target.value,
                period=target.period,
                baseline=target.baseline,
                comparison=target.comparison,
                schedule=schedule,
            )
        assert schedule == scheduled.schedule
        assert all(target.period.contains(e.period) for e in schedule)
        for earlier, later in itertools.pairwise(schedule):
            assert earlier.period.end < later.period.start


def revised_and_a_day() -> st.SearchStrategy[tuple[Target, dt.date]]:
    def with_day(target: Target) -> st.SearchStrategy[tuple[Target, dt.date]]:
        days = [r.on for r in target.revisions]
        month = dt.timedelta(days=31)
        when = st.one_of(
            st.sampled_from(days),
            st.sampled_from(days).map(lambda d: d - dt.timedelta(days=1)),
            st.dates(target.period.start - month, target.period.end + month),
        )
        return st.tuples(st.just(target), when)

    revised = targets(
        comparison=True,
        schedule=None,
        revisions=lambda t: revisions(t, max_size=4, spans=WIDE_SPANS),
        baselines=st.just(Decimal(0)) | WIDE,
        spans=WIDE_SPANS,
    )
    return revised.flatmap(with_day)


class TestValueInForce:
    """The value in force at a date is the latest revision on or before it."""

    @given(revised_and_a_day())
    def test_latest_revision_on_or_before(self, drawn: tuple[Target, dt.date]) -> None:
        """revision_at and in_force give the latest revision on or before the day, else the original."""
        target, day = drawn
        earlier = [r for r in target.revisions if r.on <= day]
        latest = max(earlier, key=lambda r: r.on) if earlier else None
        if latest is None:
            event("before any revision")
        elif latest.on == day:
            event("on a revision's day")
        elif latest is target.revisions[-1]:
            event("after the last revision")
        else:
            event("between revisions")
        with hostile():
            found = target.revision_at(day)
            in_force = target.in_force(day)
        assert latest == found
        value = target.value if latest is None else latest.value
        schedule = target.schedule if latest is None else latest.schedule
        assert (value, schedule) == (in_force.value, in_force.schedule)
        assert (target.id, target.comparison, target.baseline, target.period) == (
            in_force.id,
            in_force.comparison,
            in_force.baseline,
            in_force.period,
        )
        assert (target.revisions if latest is None else ()) == in_force.revisions


def _beyond(value: Decimal, upward: bool, steps: int = 1) -> Decimal:
    """``value`` moved ``steps`` units of the 30th decimal up (or down), exactly."""
    step = Decimal((0, (steps,), -MAX_FRACTION_DIGITS))
    return add_amounts([value, step]) if upward else subtract_amounts(value, step)


class TestComparisons:
    """Strict comparisons are not met at the value and are met just beyond it."""

    @given(wide_targets())
    def test_met_at_and_beyond_the_value(self, target: Target) -> None:
        """At the value only the non-strict comparisons are met; one unit beyond, all are."""
        comparison = target.comparison
        event(comparison.name)
        if isinstance(target.value, tuple):
            low, high = target.value
            points = {low: True, high: True, _beyond(low, False): False}
            points[_beyond(high, True)] = False
        else:
            good = target.indicator.direction is Direction.INCREASE
            value = target.value
            points = {
                value: not comparison.strict,
                _beyond(value, good): True,
                _beyond(value, not good): False,
            }
        with hostile():
            met = {level: target.is_met_by(level) for level in points}
        assert points == met

    @given(
        wide_targets(
            indicators=st.builds(
                lambda d: Indicator("Level", "%", direction=d, accumulation=Accumulation.LAST),
                st.sampled_from(Direction),
            )
        ).flatmap(lambda t: st.tuples(st.just(t), WIDE))
    )
    def test_range_shortfall_is_the_distance_to_the_nearest_bound(
        self, drawn: tuple[Target, Decimal]
    ) -> None:
        """For a level, shortfall and surplus by hand; a range's shortfall is to the nearest bound."""
        target, level = drawn
        figure = Observation(target.period, level)
        with hostile():
            state = progress(target, [figure], as_of=target.period.end)
        x = Fraction(level)
        if isinstance(target.value, tuple):
            low, high = Fraction(target.value[0]), Fraction(target.value[1])
            # Below the range: up to low; above it: down to high; inside: nothing.
            short = low - x if x < low else x - high if x > high else Fraction(0)
            over = Fraction(0)
            event("below the range" if x < low else "above the range" if x > high else "inside")
        else:
            gap = (Fraction(target.value) - x) * target.indicator.direction.sign
            short, over = max(gap, Fraction(0)), max(-gap, Fraction(0))
            if gap == 0:
                event("at the value")
        assert (short, over) == (Fraction(state.shortfall), Fraction(state.surplus))
        assert target.is_met_by(level) == state.is_met
