"""What a claim allows, as an interval that may be open; and the audit of rate claims.

A claimed figure stands for the closed interval its rounding gives; a claim whose
figure is a bound ("di atas 6.000": ``more_than`` 6000) stands for the half-line
beyond it, strict where the bound is strict: more than 6,000 is refuted by a total of
exactly 6,000, at least 6,000 is not. A bound claim whose figure has no stated
resolution is taken at the figure itself (a threshold, not a rounded measurement).

A rate claim ("rata-rata 1.200 per bulan" since January) is audited against the
figures' rate over its period: their sum (or, for a level, the change in level) over
the period's length in ``per`` units. The units: per day, the period's days; per
month, the number of calendar months when the period is whole calendar months
(January–June is 6), else its days /
[`pledgekit.MEAN_MONTH_DAYS`][pledgekit.MEAN_MONTH_DAYS]; per year, the number of
calendar years when it is whole calendar years, else its days /
[`pledgekit.MEAN_YEAR_DAYS`][pledgekit.MEAN_YEAR_DAYS].
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction

import attrs

from pledgekit._amounts import add_amounts, subtract_amounts
from pledgekit._finding import Finding, FindingKind, Severity, Unverifiable
from pledgekit._indicator import Accumulation, Observation, Target
from pledgekit._period import Period
from pledgekit._pledge import Claim, RateUnit
from pledgekit._progress import MEAN_MONTH_DAYS, MEAN_YEAR_DAYS, observation_order
from pledgekit._schedule import Comparison
from pledgekit.exceptions import InvalidValueError

__all__ = [
    "Span",
    "claimed_interval",
    "claimed_span",
    "per_units",
    "period_unverifiable",
    "rate_finding",
]

_Figure = Decimal | Fraction

#: Each bound's mirror image, for a map that reverses order (a remainder into a level).
FLIPPED = {
    Comparison.MORE_THAN: Comparison.LESS_THAN,
    Comparison.AT_LEAST: Comparison.AT_MOST,
    Comparison.LESS_THAN: Comparison.MORE_THAN,
    Comparison.AT_MOST: Comparison.AT_LEAST,
}


@attrs.frozen
class Span:
    """An interval of true values; an end may be absent (``None``) or strict."""

    low: _Figure | None
    high: _Figure | None
    low_strict: bool = False
    high_strict: bool = False

    @classmethod
    def closed(cls, interval: tuple[_Figure, _Figure]) -> Span:
        return cls(interval[0], interval[1])

    @classmethod
    def of(cls, interval: tuple[_Figure, _Figure], bound: Comparison | None) -> Span:
        """The values a figure standing for ``interval`` allows under ``bound``."""
        low, high = interval
        if bound is None:
            return cls(low, high)
        if bound.upward:
            return cls(low, None, low_strict=bound.strict)
        return cls(None, high, high_strict=bound.strict)

    def meets(self, other: Span) -> bool:
        """Whether some value lies in both."""
        low, low_strict = _tighter(self.low, self.low_strict, other.low, other.low_strict, max)
        high, high_strict = _tighter(
            self.high, self.high_strict, other.high, other.high_strict, min
        )
        if low is None or high is None or low < high:
            return True
        return low == high and not (low_strict or high_strict)

    def mapped(self, to: Callable[[_Figure], _Figure], *, reverses: bool) -> Span:
        """The span through an increasing map, or a decreasing one (``reverses``)."""
        low = None if self.low is None else to(self.low)
        high = None if self.high is None else to(self.high)
        if reverses:
            return Span(high, low, self.high_strict, self.low_strict)
        return Span(low, high, self.low_strict, self.high_strict)


def _tighter(
    a: _Figure | None,
    a_strict: bool,
    b: _Figure | None,
    b_strict: bool,
    pick: Callable[[_Figure, _Figure], _Figure],
) -> tuple[_Figure | None, bool]:
    if a is None:
        return b, b_strict
    if b is None or a == b:
        return a, a_strict or (b_strict and a == b)
    return (a, a_strict) if pick(a, b) == a else (b, b_strict)


def claimed_interval(claim: Claim) -> tuple[Decimal, Decimal]:
    """The closed interval a claim's figure stands for; a bound without a resolution is exact."""
    if claim.bound is not None and claim.resolution is None:
        return claim.figure, claim.figure
    return claim.interval


def claimed_span(claim: Claim) -> Span:
    """Every true value a claim allows, in its own terms (a remainder as a remainder)."""
    return Span.of(claimed_interval(claim), claim.bound)


def _whole_months(period: Period) -> int | None:
    start, end = period.start, period.end
    if start.day != 1 or (end + dt.timedelta(days=1)).day != 1:
        return None
    return (end.year - start.year) * 12 + end.month - start.month + 1


def _whole_years(period: Period) -> int | None:
    start, end = period.start, period.end
    if (start.month, start.day) != (1, 1) or (end.month, end.day) != (12, 31):
        return None
    return end.year - start.year + 1


def per_units(period: Period, per: RateUnit) -> Fraction:
    """The length of ``period`` in ``per`` units, exactly.

    >>> per_units(Period.months(2022, 1, 6), RateUnit.MONTH)
    Fraction(6, 1)
    >>> per_units(Period(dt.date(2022, 1, 1), dt.date(2022, 1, 15)), RateUnit.MONTH)
    Fraction(8000, 16233)
    """
    if per is RateUnit.DAY:
        return Fraction(period.days)
    if per is RateUnit.MONTH:
        months = _whole_months(period)
        return Fraction(period.days) / MEAN_MONTH_DAYS if months is None else Fraction(months)
    years = _whole_years(period)
    return Fraction(period.days) / MEAN_YEAR_DAYS if years is None else Fraction(years)


def period_unverifiable(
    claim: Claim, period: Period, inside: tuple[Observation, ...], *, per: RateUnit | None = None
) -> Finding:
    """A value or rate claimed for a period that no figure, or set of figures, covers exactly."""
    return Finding(
        kind=FindingKind.UNVERIFIABLE_CLAIM,
        severity=Severity.WARNING,
        unverifiable=Unverifiable.PERIOD_NOT_COVERED,
        claimed=claim.figure,
        claimed_interval=claimed_interval(claim),
        claimed_bound=claim.bound,
        claims=(claim,),
        observations=inside,
        periods=(period,),
        per=per,
    )


def rate_finding(target: Target, observed: tuple[Observation, ...], claim: Claim) -> Finding | None:
    """A rate claim against the figures' rate over its period (see the module)."""
    period, per = claim.period, claim.per
    if period is None or per is None:  # a RATE claim always has both (Claim checks)
        raise InvalidValueError(claim.kind, "a RATE claim with a period and per", "Claim")
    inside = tuple(
        sorted((o for o in observed if period.contains(o.period)), key=observation_order)
    )
    found = (
        _level_change(target, observed, period)
        if target.indicator.accumulation is Accumulation.LAST
        else _period_sum(inside, period)
    )
    if found is None:
        return period_unverifiable(claim, period, inside, per=per)
    total, (low, high), involved = found
    units = per_units(period, per)
    computed = Fraction(total) / units
    interval = (Fraction(low) / units, Fraction(high) / units)
    if claimed_span(claim).meets(Span.closed(interval)):
        return None
    return Finding(
        kind=FindingKind.RATE_MISMATCH,
        severity=Severity.ERROR,
        claimed=claim.figure,
        computed=computed,
        difference=Fraction(claim.figure) - computed,
        claimed_interval=claimed_interval(claim),
        claimed_bound=claim.bound,
        computed_interval=interval,
        claims=(claim,),
        observations=involved,
        periods=(period,),
        per=per,
        total=total,
        units=units,
    )


_Found = tuple[Decimal, tuple[Decimal, Decimal], tuple[Observation, ...]]


def _period_sum(inside: tuple[Observation, ...], period: Period) -> _Found | None:
    """The sum of the figures that cover ``period`` exactly, without overlap; else None."""
    covered = sum(o.period.days for o in inside)
    overlapping = any(a.period.overlaps(b.period) for a, b in itertools.pairwise(inside))
    if not inside or covered != period.days or overlapping:
        return None
    total = add_amounts(o.value for o in inside)
    low = add_amounts(o.interval[0] for o in inside)
    high = add_amounts(o.interval[1] for o in inside)
    return total, (low, high), inside


def _level_change(
    target: Target, observed: tuple[Observation, ...], period: Period
) -> _Found | None:
    """A level's change over ``period``: its level at the end less its level at the start.

    The level at the end is the latest figure whose period ends on the period's last
    day; the level at the start, the latest figure whose period ends the day before
    it begins, or the target's baseline when the period begins with the target
    period. Without either level the change is not defined: None.
    """
    ordered = sorted(observed, key=observation_order)
    ends = [o for o in ordered if o.period.end == period.end]
    eve = period.start - dt.timedelta(days=1)
    starts = [o for o in ordered if o.period.end == eve]
    if not ends:
        return None
    end = ends[-1]
    if starts:
        start: Observation | None = starts[-1]
        first, first_range = starts[-1].value, starts[-1].interval
    elif period.start == target.period.start:
        start, first, first_range = None, target.baseline, (target.baseline, target.baseline)
    else:
        return None
    change = subtract_amounts(end.value, first)
    low = subtract_amounts(end.interval[0], first_range[1])
    high = subtract_amounts(end.interval[1], first_range[0])
    involved = (end,) if start is None else (start, end)
    return change, (low, high), involved
