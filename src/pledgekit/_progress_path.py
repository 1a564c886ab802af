"""The way to a target over time: where it should stand, rates, projections, coverage.

What [`pledgekit.Progress`][pledgekit.Progress] says beyond the standing (achieved,
ratio, shortfall, status): the expected level and the pace index, the rates and the
projections at them, the days the figures cover and the gaps between them, the interim
target in force, and when the figures met the target. Most callers read none of them, so
a [`Progress`][pledgekit.Progress] computes them the first time one is read (`derive`),
all at once, from its own fields; every value is exact.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
from decimal import Decimal
from fractions import Fraction
from operator import itemgetter

import attrs

from pledgekit._amounts import add_amounts, subtract_amounts
from pledgekit._indicator import Accumulation, Direction, Observation, Target
from pledgekit._period import Period
from pledgekit._schedule import ScheduleEntry

__all__ = [
    "Derived",
    "derive",
    "due_share",
    "due_through",
    "in_order",
    "observation_order",
    "positive_part",
]


@attrs.frozen(kw_only=True)
class Derived:
    """The figures of a progress computed when first read; see [`pledgekit.Progress`][]."""

    expected: Fraction
    pace_index: Fraction | None
    required_per_day: Fraction | None
    recent_rate_per_day: Fraction | None
    average_rate_per_day: Fraction | None
    projected_recent: dt.date | None
    projected_average: dt.date | None
    covered_days: int
    gaps: tuple[Period, ...]
    interim: ScheduleEntry | None
    interim_level: Decimal | None
    interim_shortfall: Decimal | None
    met_on: dt.date | None
    late_days: int | None


def derive(
    target: Target,
    *,
    as_of: dt.date,
    used: tuple[Observation, ...],
    outside: tuple[Observation, ...],
    achieved: Decimal,
    shortfall: Decimal,
    ratio: Fraction | None,
    days_elapsed: int,
) -> Derived:
    """The figures of a progress beyond its standing, from the fields it holds.

    ``target`` is the target in force at ``as_of``; ``used`` the counted figures in
    period order, ``outside`` those outside the target period.
    """
    period = target.period
    direction = target.indicator.direction
    recent_rate = _recent_rate(target, used)
    moved = subtract_amounts(achieved, target.baseline)
    average_rate = Fraction(moved) / days_elapsed if used and days_elapsed else None
    covered, gaps = _coverage(period, as_of, used)
    interim = _interim(target, as_of)
    interim_level = None if interim is None else due_through(target, interim)
    expected = _expected(target, days_elapsed)
    due = due_share(target, days_elapsed, expected)
    met_on = _met_on(target, used, outside, as_of)
    return Derived(
        expected=expected,
        pace_index=None if ratio is None or due <= 0 else ratio / due,
        required_per_day=_required_per_day(shortfall, period.days - days_elapsed),
        recent_rate_per_day=recent_rate,
        average_rate_per_day=average_rate,
        projected_recent=_projection(as_of, shortfall, recent_rate, direction),
        projected_average=_projection(as_of, shortfall, average_rate, direction),
        covered_days=covered,
        gaps=gaps,
        interim=interim,
        interim_level=interim_level,
        interim_shortfall=None
        if interim_level is None
        else _shortfall_to(target, achieved, interim_level),
        met_on=met_on,
        late_days=None if met_on is None else max(0, (met_on - period.end).days),
    )


def due_share(target: Target, days_elapsed: int, expected: Fraction | None = None) -> Fraction:
    """The share of the way that is due after ``days_elapsed`` days of the period.

    The time elapsed on the straight line; with a schedule, the schedule's own share
    (``(expected − baseline) / (goal − baseline)``), ``expected`` computed unless given.
    """
    span = subtract_amounts(target.goal, target.baseline)
    if not target.schedule or span == 0:
        return Fraction(days_elapsed, target.period.days)
    if expected is None:
        expected = _expected(target, days_elapsed)
    return (expected - Fraction(target.baseline)) / Fraction(span)


def _required_per_day(shortfall: Decimal, days_left: int) -> Fraction | None:
    """What is left spread over the days left: 0 when met, ``None`` when no day is left."""
    if shortfall == 0:
        return Fraction(0)
    if days_left == 0:
        return None
    return Fraction(shortfall) / days_left


def _interim(target: Target, as_of: dt.date) -> ScheduleEntry | None:
    """The schedule entry in force at ``as_of``: the one holding it, else the next one."""
    for entry in target.schedule:
        if entry.period.end >= as_of:
            return entry
    return None


def due_through(target: Target, entry: ScheduleEntry) -> Decimal:
    """The level a schedule makes due at the end of ``entry``."""
    if target.indicator.accumulation is Accumulation.LAST:
        return entry.value
    due = [e.value for e in target.schedule if e.period.end <= entry.period.end]
    return add_amounts(due, start=target.baseline)


def _shortfall_to(target: Target, level: Decimal, due: Decimal) -> Decimal:
    gap = subtract_amounts(due, level)
    if target.indicator.direction is Direction.DECREASE:
        gap = gap.copy_negate()
    return positive_part(gap)


def _expected(target: Target, days_elapsed: int) -> Fraction:
    """Where the target's path stands after ``days_elapsed`` days of its period.

    The path runs through knots ``(day, level)``, day 0 being the eve of the period's
    start: the baseline there and the goal at the period's end, and in between, for
    each interim target, the level due at its end (for a summed indicator also the level
    due before it at its start, so that a stretch with nothing due is flat).
    """
    period, goal = target.period, Fraction(target.goal)
    knots: list[tuple[int, Fraction]] = [(0, Fraction(target.baseline))]
    level = Fraction(target.baseline)
    summed = target.indicator.accumulation is Accumulation.SUM
    for entry in target.schedule:
        start = (entry.period.start - period.start).days
        end = (entry.period.end - period.start).days + 1
        if summed:
            knots.append((start, level))
            level += Fraction(entry.value)
        else:
            level = Fraction(entry.value)
        knots.append((end, level))
    if knots[-1][0] < period.days:
        knots.append((period.days, goal))
    for (day0, level0), (day1, level1) in itertools.pairwise(knots):
        if days_elapsed <= day1:
            if day1 == day0:
                return level1
            return level0 + (level1 - level0) * Fraction(max(days_elapsed - day0, 0), day1 - day0)
    return knots[-1][1]


def _met_on(
    target: Target,
    used: tuple[Observation, ...],
    outside: tuple[Observation, ...],
    as_of: dt.date,
) -> dt.date | None:
    """When the figures first met the target, late figures included.

    The counted figures, then those ended after the target period (by ``as_of``) that
    did not count toward it, in period order: the running level (sum or latest level)
    is checked after each. A figure straddling the start is never among them.
    """
    period = target.period
    later = [
        o
        for o in outside
        if o.period.end > period.end and o.period.start >= period.start and o.period.end <= as_of
    ]
    summed = target.indicator.accumulation is Accumulation.SUM
    level = target.baseline
    for observation in (*used, *in_order(later)):
        level = add_amounts([level, observation.value]) if summed else observation.value
        if target.is_met_by(level):
            return observation.period.end
    return None


def positive_part(value: Decimal) -> Decimal:
    """``value`` when above zero, else a plain ``0`` (never ``-0``), without rounding."""
    return value if value > 0 else Decimal(0)


def observation_order(observation: Observation) -> tuple[object, ...]:
    """A total order of observations: by period end and start, then every other field.

    Sorting by it makes every result independent of the order observations are given
    in. Among figures with the same period and value, coarser ones come first, so that
    the most precise is the latest.
    """
    resolution = observation.resolution
    return (
        observation.period.end,
        observation.period.start,
        observation.value,
        resolution is None,
        resolution.copy_negate() if resolution is not None else Decimal(0),
        observation.rounding.value,
        observation.note or "",
        observation.source.id if observation.source is not None else "",
        observation.indicator.id if observation.indicator is not None else "",
    )


_FIRST = itemgetter(0)


def in_order(observations: list[Observation]) -> tuple[Observation, ...]:
    """The observations sorted by `observation_order`.

    When no two share a period, the period alone decides the order (it leads the
    key), so the rest of the key is not built: the order is the same. Figures given in
    that order already are not sorted again.
    """
    if _ending_in_order(observations):
        return tuple(observations)
    periods = [(o.period.end, o.period.start) for o in observations]
    if len(set(periods)) < len(periods):
        return tuple(sorted(observations, key=observation_order))
    return tuple(o for _, o in sorted(zip(periods, observations, strict=True), key=_FIRST))


def _ending_in_order(observations: list[Observation]) -> bool:
    """Whether each observation ends after the one before: sorted already, by the key's lead."""
    previous = dt.date.min
    for index, observation in enumerate(observations):
        end = observation.period.end
        if index and end <= previous:
            return False
        previous = end
    return True


def _recent_rate(target: Target, used: tuple[Observation, ...]) -> Fraction | None:
    if not used:
        return None
    latest = used[-1]
    if target.indicator.accumulation is Accumulation.SUM:
        return Fraction(latest.value) / latest.period.days
    earlier = [o for o in used if o.period.end < latest.period.end]
    if earlier:
        previous = earlier[-1]
        days = (latest.period.end - previous.period.end).days
        return Fraction(subtract_amounts(latest.value, previous.value)) / days
    # A counted level ends within the target period (or, straddling its start, after
    # it): at least its first day has elapsed.
    days = target.period.days_elapsed(latest.period.end)
    return Fraction(subtract_amounts(latest.value, target.baseline)) / days


def _projection(
    as_of: dt.date, shortfall: Decimal, rate: Fraction | None, direction: Direction
) -> dt.date | None:
    if shortfall == 0 or rate is None:
        return None
    toward = rate * direction.sign
    if toward <= 0:
        return None
    days = math.ceil(Fraction(shortfall) / toward)
    if days > (dt.date.max - as_of).days:
        return None
    return as_of + dt.timedelta(days=days)


def _coverage(
    period: Period, as_of: dt.date, used: tuple[Observation, ...]
) -> tuple[int, tuple[Period, ...]]:
    if as_of < period.start:
        return 0, ()
    window = Period(period.start, min(as_of, period.end))
    pieces = sorted(piece for o in used if (piece := window.intersection(o.period)) is not None)
    covered = 0
    gaps: list[Period] = []
    cursor = window.start  # first day not yet accounted for
    for piece in pieces:
        if piece.start > cursor:
            gaps.append(Period(cursor, piece.start - dt.timedelta(days=1)))
        if piece.end >= cursor:
            covered += (piece.end - max(piece.start, cursor)).days + 1
            if piece.end == dt.date.max:
                return covered, tuple(gaps)
            cursor = piece.end + dt.timedelta(days=1)
    if cursor <= window.end:
        gaps.append(Period(cursor, window.end))
    return covered, tuple(gaps)
