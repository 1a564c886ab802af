"""Hypothesis strategies for property-testing code that computes with pledgekit values.

Needs the ``hypothesis`` extra (``pip install 'pledgekit[hypothesis]'``);
``import pledgekit`` never imports this module.

Every strategy builds valid values by construction (nothing is filtered away), covers
the hard cases by default (both directions, both accumulations, zero, positive and
negative baselines, a target equal to its baseline, one-day periods, targets met, missed
and over-achieved, amounts up to 30 digits before and 30 after the point) and shrinks
toward the simplest case: a short period in 2000, small whole numbers, an increasing
summed indicator with a zero baseline. Whole cases also bring what an audit must find
(figures outside or straddling the period, overlaps, ties, claims quoting part of the
figures, claims about another indicator, date problems);
[`observations`][pledgekit.strategies.observations] and
[`claims`][pledgekit.strategies.claims] bring them on request. Targets and claims as
plans and officials write them (comparisons, ranges, schedules consistent or not,
revisions, bounds, rates, milestones) are options of
[`targets`][pledgekit.strategies.targets], [`claims`][pledgekit.strategies.claims],
[`pledges`][pledgekit.strategies.pledges] and [`cases`][pledgekit.strategies.cases], and
have their own strategies: [`comparisons`][pledgekit.strategies.comparisons],
[`schedule_entries`][pledgekit.strategies.schedule_entries],
[`schedules`][pledgekit.strategies.schedules],
[`revisions`][pledgekit.strategies.revisions],
[`milestones`][pledgekit.strategies.milestones]. What a tracker keeps (ids of persons,
organizations and memberships, namesakes, topics, a pledge's own status, verdicts
labelled on a tracker's scale) comes with [`pledges`][pledgekit.strategies.pledges],
[`memberships`][pledgekit.strategies.memberships],
[`verdict_records`][pledgekit.strategies.verdict_records],
[`verdict_histories`][pledgekit.strategies.verdict_histories] and
[`cases`][pledgekit.strategies.cases] by default, shrinking toward none of it;
[`pledge_assessments`][pledgekit.strategies.pledge_assessments] draws what
[`pledgekit.Case.assess`][pledgekit.Case.assess] makes of a pledge;
[`plan_cases`][pledgekit.strategies.plan_cases] a whole RPJMD with yearly targets and
budgets along its tree, and [`plan_evaluations`][pledgekit.strategies.plan_evaluations]
its evaluation ([`pledgekit.Assessment.plan`][pledgekit.Assessment.plan]).

>>> from hypothesis import given, settings
>>> from pledgekit import progress
>>> from pledgekit.strategies import targets, observations
>>> @settings(max_examples=20, derandomize=True)
... @given(targets().flatmap(lambda t: observations(t).map(lambda obs: (t, obs))))
... def test_shortfall_is_never_negative(case):
...     target, obs = case
...     assert progress(target, obs, as_of=target.period.end).shortfall >= 0
>>> test_shortfall_is_never_negative()
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any, TypeAlias, TypeVar

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from pledgekit._amounts import Rounding, add_amounts, subtract_amounts
from pledgekit._case import Case
from pledgekit._indicator import Accumulation, Direction, Indicator, Observation, Target
from pledgekit._period import Period
from pledgekit._pledge import Claim, ClaimKind, RateUnit
from pledgekit._schedule import Comparison, Revision, ScheduleEntry
from pledgekit._strategy_helpers import (
    PROBLEMS,
    amounts,
    check_flag,
    check_int,
    check_strategy,
    claim_dates,
    claim_value,
    comparisons,
    default_values,
    irregular_offsets,
    milestones,
    periods,
    pledge_assessments,
    ranged_value,
    schedule_entries,
    schedule_values,
    series_offsets,
    sources,
    texts,
    unique_days,
)
from pledgekit._strategy_plans import plan_cases, plan_evaluations, plans
from pledgekit._strategy_tracker import (
    case_memberships,
    case_pledges,
    memberships,
    pledges,
    verdict_histories,
    verdict_records,
)

__all__ = [
    "amounts",
    "cases",
    "claims",
    "comparisons",
    "indicators",
    "memberships",
    "milestones",
    "observations",
    "periods",
    "plan_cases",
    "plan_evaluations",
    "plans",
    "pledge_assessments",
    "pledges",
    "revisions",
    "schedule_entries",
    "schedules",
    "sources",
    "targets",
    "texts",
    "verdict_histories",
    "verdict_records",
]

_T = TypeVar("_T")
_UNITS = ("orang", "%", "km", "unit", "rupiah")
_NAMES = (
    "Tenaga kerja terserap",
    "Tingkat pengangguran terbuka",
    "Panjang jalan mantap",
    "Angka kemiskinan",
    "Jobs opened",
)


def indicators(
    *,
    directions: st.SearchStrategy[Direction] | None = None,
    accumulations: st.SearchStrategy[Accumulation] | None = None,
    units: st.SearchStrategy[str] | None = None,
    names: st.SearchStrategy[str] | None = None,
) -> st.SearchStrategy[Indicator]:
    """Indicators in both directions and both accumulations.

    Shrinks toward an increasing, summed indicator.

    Whatever the indicator, a target's default comparison points its good way
    (``AT_LEAST`` for more is better, ``AT_MOST`` for less), so a target of 10 units
    that way from a zero baseline (10, or -10) is met by exactly its value:

    >>> from hypothesis import given, settings
    >>> from pledgekit import Direction, Period, Target
    >>> from pledgekit.strategies import indicators
    >>> @settings(max_examples=20, derandomize=True)
    ... @given(indicators())
    ... def test_the_default_comparison_points_the_good_way(indicator):
    ...     value = 10 * indicator.direction.sign
    ...     target = Target(indicator, value, period=Period.year(2020))
    ...     more_is_better = indicator.direction is Direction.INCREASE
    ...     assert target.comparison.upward is more_is_better
    ...     assert target.is_met_by(value)
    >>> test_the_default_comparison_points_the_good_way()
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
        check_strategy(value, name)
    return st.builds(Indicator, names, units, direction=directions, accumulation=accumulations)


#: What a target's schedule or revisions option may be: never (False), always (True),
#: either (None), or a function of the target giving the strategy to draw them from.
Option: TypeAlias = "bool | Callable[[Target], st.SearchStrategy[Any]] | None"


def _option(value: object, name: str, default: Callable[[Target], Any]) -> Any:
    """The function giving a target's schedule (or revisions) strategy, or ``None``: none."""
    if value is False:
        return None
    if value is True:
        return default
    if value is None:
        return lambda target: st.just(()) | default(target)
    if callable(value):
        return value
    raise InvalidArgument(
        f"{name}={value!r}; expected True, False, None or a function of the target "
        "that returns a strategy"
    )


def targets(
    *,
    indicators: st.SearchStrategy[Indicator] | None = None,
    periods: st.SearchStrategy[Period] | None = None,
    baselines: st.SearchStrategy[Decimal] | None = None,
    spans: st.SearchStrategy[Decimal] | None = None,
    comparison: bool = False,
    schedule: Option = False,
    revisions: Option = False,
) -> st.SearchStrategy[Target]:
    """Targets whose value lies on the good side of the baseline (or equals it).

    Args:
        indicators: What the targets measure;
            [`indicators`][pledgekit.strategies.indicators] by default.
        periods: The target periods; by default from one day to ten years.
        baselines: Starting values; by default 0 half the time, else an amount from
            −1,000,000 to 1,000,000 with up to two decimals (negative ones included:
            a deficit, a net change).
        spans: The distance from baseline to target (never negative); by default 0
            (target equal to baseline) or a positive amount. A range's width is drawn
            from it too.
        comparison: Whether the comparison is drawn
            ([`comparisons`][pledgekit.strategies.comparisons]: strict ones and
            ``WITHIN`` a range included) instead of the default from the direction.
        schedule: Whether targets carry interim targets: ``False`` (the default) never,
            ``True`` always ([`schedules`][pledgekit.strategies.schedules], consistent
            or not), ``None`` either, or a function of the target returning the strategy
            to draw the schedule from (``lambda t: schedules(t, consistent=True)``).
        revisions: Likewise for revisions ([`revisions`][pledgekit.strategies.revisions]).

    With the defaults the targets are those of earlier versions: no comparison but the
    default, no schedule, no revision. Shrinks toward no schedule and no revision.

    >>> from hypothesis import given, settings
    >>> from pledgekit import Accumulation
    >>> from pledgekit.strategies import schedules, targets
    >>> def consistent(target):
    ...     return schedules(target, consistent=True)
    >>> @settings(max_examples=20, derandomize=True)
    ... @given(targets(comparison=True, schedule=consistent))
    ... def test_interim_targets_add_up(target):
    ...     values = [entry.value for entry in target.schedule]
    ...     if target.indicator.accumulation is Accumulation.SUM:
    ...         assert target.goal == target.baseline + sum(values)
    ...     else:
    ...         assert target.goal == values[-1]
    >>> test_interim_targets_add_up()
    """
    indicators = _indicators() if indicators is None else indicators
    periods = _periods(dt.date(1990, 1, 1), dt.date(2100, 12, 31)) if periods is None else periods
    if baselines is None:
        baselines = st.just(Decimal(0)) | amounts(-(10**6), 10**6, max_fraction_digits=2)
    if spans is None:
        spans = st.just(Decimal(0)) | amounts(0, 10**6, max_fraction_digits=2)
    for value, name in (
        (indicators, "indicators"),
        (periods, "periods"),
        (baselines, "baselines"),
        (spans, "spans"),
    ):
        check_strategy(value, name)
    check_flag(comparison, "comparison")
    scheduled = _option(schedule, "schedule", _schedules)
    revised = _option(revisions, "revisions", _revisions)

    @st.composite
    def build(draw: st.DrawFn) -> Target:
        indicator = draw(indicators)
        baseline = draw(baselines)
        direction = indicator.direction
        drawn = draw(comparisons(direction)) if comparison else None
        value = _value_from(draw, baseline, direction, spans, drawn is Comparison.WITHIN)
        target = Target(indicator, value, period=draw(periods), baseline=baseline)
        if drawn is not None:
            target = _evolve(target, comparison=drawn)
        if scheduled is not None:
            target = _evolve(target, schedule=draw(scheduled(target)))
        if revised is not None:
            target = _evolve(target, revisions=draw(revised(target)))
        return target

    return build()


def _value_from(
    draw: st.DrawFn,
    baseline: Decimal,
    direction: Direction,
    spans: st.SearchStrategy[Decimal],
    ranged: bool,
) -> Decimal | tuple[Decimal, Decimal]:
    """A value a span from the baseline in the good direction, or a range entered there."""
    span = draw(spans).copy_abs()
    if direction is Direction.INCREASE:
        near = add_amounts([baseline, span])
    else:
        near = subtract_amounts(baseline, span)
    if not ranged:
        return near
    return ranged_value(near, draw(spans).copy_abs(), direction)


def schedules(
    target: Target | Period,
    *,
    consistent: bool | None = None,
    accumulation: Accumulation | None = None,
    min_size: int = 1,
    max_size: int = 5,
    with_gaps: bool = True,
    values: st.SearchStrategy[Decimal] | None = None,
) -> st.SearchStrategy[tuple[ScheduleEntry, ...]]:
    """Interim targets in period order, never overlapping, for a target or within a period.

    For a [`Target`][pledgekit.Target] the entries lie in its period and are built from
    its value. A schedule is *consistent* when its own numbers give the target: for a
    summed indicator, baseline + the sum of the values is the target's value; for a
    level, the last value is. For a range the near bound ([`goal`][pledgekit.Target.goal])
    stands for the value, and an inconsistent schedule ends outside the range. Along
    the way the levels due run monotonically from the baseline to that final level.

    Args:
        target: A target, or a period (then the values are drawn from ``values``).
        consistent: ``True``: consistent by construction; ``False``: never consistent
            (off by one unit of the 30th decimal, the closest miss, or by a sizable
            amount); ``None``: either (shrinking toward consistent). Only for a target.
        accumulation: For a period, what the values are: amounts due (``SUM``, values
            from 0 by default) or levels (``LAST``, signed). For a target, ``None`` or
            its indicator's accumulation.
        min_size: The fewest entries (at least 1: no schedule is ``()``, which
            [`targets`][pledgekit.strategies.targets] gives by default).
        max_size: The most entries (at most the period's days).
        with_gaps: Whether days may go without an entry between entries.
        values: For a period only, the values; by default amounts with up to two
            decimals, up to 1,000,000.

    Shrinks toward one entry.

    >>> from hypothesis import given, settings
    >>> from pledgekit import Accumulation, Direction, Indicator, Period, Target
    >>> from pledgekit.strategies import schedules
    >>> jobs = Indicator("Jobs", "persons", direction=Direction.INCREASE,
    ...                  accumulation=Accumulation.SUM)
    >>> ten_million = Target(jobs, 10_000_000, period=Period.years(2015, 2019))
    >>> @settings(max_examples=20, derandomize=True)
    ... @given(schedules(ten_million, consistent=True))
    ... def test_adds_up(schedule):
    ...     assert 10_000_000 == sum(entry.value for entry in schedule)
    >>> test_adds_up()
    """
    if not isinstance(target, Target | Period):
        raise InvalidArgument(f"target={target!r}; expected a pledgekit.Target or Period")
    check_flag(consistent, "consistent", optional=True)
    check_flag(with_gaps, "with_gaps")
    if accumulation is not None and not isinstance(accumulation, Accumulation):
        raise InvalidArgument(f"accumulation={accumulation!r}; expected an Accumulation or None")
    period = target.period if isinstance(target, Target) else target
    check_int(min_size, "min_size", 1, period.days)
    check_int(max_size, "max_size", min_size, 10**4)
    if isinstance(target, Target):
        if values is not None:
            raise InvalidArgument("values=...; expected None for a target: its value sets them")
        if accumulation not in (None, target.indicator.accumulation):
            raise InvalidArgument(
                f"accumulation={accumulation!r}; expected None or the target's "
                f"{target.indicator.accumulation!r}"
            )
    elif consistent is not None:
        raise InvalidArgument(f"consistent={consistent!r}; expected None for a period")
    lowest = -(10**6) if accumulation is Accumulation.LAST else 0
    drawn_values = amounts(lowest, 10**6, max_fraction_digits=2) if values is None else values
    check_strategy(drawn_values, "values")
    most = min(max_size, period.days)

    @st.composite
    def build(draw: st.DrawFn) -> tuple[ScheduleEntry, ...]:
        count = draw(st.integers(min_size, most))
        spans = series_offsets(draw, count, period.days, with_gaps)
        if isinstance(target, Target):
            agree = not draw(st.booleans()) if consistent is None else consistent
            due = schedule_values(draw, target, count, agree)
        else:
            due = [draw(drawn_values) for _ in spans]
        start = period.start
        return tuple(
            ScheduleEntry(
                Period(start + dt.timedelta(days=first), start + dt.timedelta(days=last)), value
            )
            for (first, last), value in zip(spans, due, strict=True)
        )

    return build()


def revisions(
    target: Target,
    *,
    min_size: int = 1,
    max_size: int = 3,
    spans: st.SearchStrategy[Decimal] | None = None,
    schedule: bool | None = None,
    consistent: bool | None = None,
) -> st.SearchStrategy[tuple[Revision, ...]]:
    """Revisions of ``target``, oldest first, each on its own day within the target period.

    Each revised value fits the target's comparison (a range for ``WITHIN``) and lies on
    the good side of its baseline; some name a source and carry a note.

    Args:
        target: The target revised.
        min_size: The fewest revisions.
        max_size: The most revisions (at most the target period's days).
        spans: Distances from the baseline to each revised value (and a range's
            width); as for [`targets`][pledgekit.strategies.targets] by default.
        schedule: Whether revisions restate the interim targets: always, never, or
            either (``None``, the default).
        consistent: Whether those schedules add up to the revised value
            (see [`schedules`][pledgekit.strategies.schedules]).

    Shrinks toward one revision on the target period's first day, with no schedule.

    Revisions come one a day at most, in order, within the target period; with
    ``consistent=True`` a revision's schedule adds up to its own revised value (here
    from a zero baseline, so the values due sum to it):

    >>> from hypothesis import given, settings
    >>> from pledgekit import Accumulation, Direction, Indicator, Period, Target
    >>> from pledgekit.strategies import revisions
    >>> jobs = Indicator("Jobs", "persons", direction=Direction.INCREASE,
    ...                  accumulation=Accumulation.SUM)
    >>> million = Target(jobs, 1_000_000, period=Period.years(2021, 2025))
    >>> @settings(max_examples=20, derandomize=True)
    ... @given(revisions(million, min_size=1, schedule=True, consistent=True))
    ... def test_revised_schedules_add_up(drawn):
    ...     days = [revision.on for revision in drawn]
    ...     assert days == sorted(set(days))
    ...     assert all(million.period.contains(day) for day in days)
    ...     for revision in drawn:
    ...         assert revision.value == sum(entry.value for entry in revision.schedule)
    >>> test_revised_schedules_add_up()
    """
    if not isinstance(target, Target):
        raise InvalidArgument(f"target={target!r}; expected a pledgekit.Target")
    check_int(min_size, "min_size", 0, target.period.days)
    check_int(max_size, "max_size", min_size, 10**4)
    if spans is None:
        spans = st.just(Decimal(0)) | amounts(0, 10**6, max_fraction_digits=2)
    check_strategy(spans, "spans")
    check_flag(schedule, "schedule", optional=True)
    check_flag(consistent, "consistent", optional=True)
    ranged = target.comparison is Comparison.WITHIN
    direction = target.indicator.direction

    @st.composite
    def build(draw: st.DrawFn) -> tuple[Revision, ...]:
        result = []
        for day in unique_days(draw, target.period, min_size, max_size):
            value = _value_from(draw, target.baseline, direction, spans, ranged)
            entries: tuple[ScheduleEntry, ...] = ()
            if schedule or (schedule is None and draw(st.booleans())):
                revised = _evolve(target, value=value, schedule=(), revisions=())
                entries = draw(_schedules(revised, consistent=consistent, max_size=3))
            result.append(
                Revision(
                    day,
                    value,
                    schedule=entries,
                    source=draw(st.none() | sources()),
                    note=draw(st.none() | st.just("RPJMD perubahan")),
                )
            )
        return tuple(result)

    return build()


def observations(
    target: Target,
    *,
    min_size: int = 0,
    max_size: int = 6,
    values: st.SearchStrategy[Decimal] | None = None,
    with_gaps: bool = True,
    resolutions: bool = False,
    outside: bool = False,
    overlapping: bool = False,
) -> st.SearchStrategy[tuple[Observation, ...]]:
    """A series for ``target``: by default consistent, non-overlapping, inside its period.

    Args:
        target: The target the series reports on.
        min_size: The fewest observations of the consistent series.
        max_size: The most observations of it (at most the target period's days).
        values: Values of the observations; by default amounts scaled to the target's
            span, so that series fall short of, meet and exceed the target.
        with_gaps: Whether days may go unreported between observations.
        resolutions: Whether some figures carry a rounding ``resolution``.
        outside: Whether up to two more figures may lie wholly before or after the
            target period, or straddle its start or its end (figures no result counts,
            which every output must disclose).
        overlapping: Whether up to two more figures may share days with one of the
            series: an overlap, or a tie (a second figure for exactly the same period).
            For a ``LAST`` indicator, figures that end on the same day report the same
            level, as [`pledgekit.progress`][pledgekit.progress] requires.

    The series comes in period order, the figures ``outside`` and ``overlapping`` add
    after it. Shrinks toward fewer observations with smaller values, and no extra figures.

    Without gaps, a series covers its target period day for day: 2020 to 2022 is
    366 + 365 + 365 = 1,096 days, and its figures' days add up to that, none twice:

    >>> import itertools
    >>> from hypothesis import given, settings
    >>> from pledgekit import Accumulation, Direction, Indicator, Period, Target
    >>> from pledgekit.strategies import observations
    >>> jobs = Indicator("Jobs", "persons", direction=Direction.INCREASE,
    ...                  accumulation=Accumulation.SUM)
    >>> thousand = Target(jobs, 1000, period=Period.years(2020, 2022))
    >>> @settings(max_examples=20, derandomize=True)
    ... @given(observations(thousand, min_size=1, with_gaps=False))
    ... def test_covers_the_period(series):
    ...     assert 1096 == sum(observation.period.days for observation in series)
    ...     for earlier, later in itertools.pairwise(series):
    ...         assert earlier.period.end < later.period.start
    >>> test_covers_the_period()
    """
    if not isinstance(target, Target):
        raise InvalidArgument(f"target={target!r}; expected a pledgekit.Target")
    days = target.period.days
    check_int(min_size, "min_size", 0, days)
    check_int(max_size, "max_size", min_size, 10**4)
    for flag, name in (
        (with_gaps, "with_gaps"),
        (resolutions, "resolutions"),
        (outside, "outside"),
        (overlapping, "overlapping"),
    ):
        if not isinstance(flag, bool):
            raise InvalidArgument(f"{name}={flag!r}; expected True or False")
    max_size = min(max_size, days)
    values = default_values(target) if values is None else values
    check_strategy(values, "values")
    last_level = target.indicator.accumulation is Accumulation.LAST
    start = target.period.start

    @st.composite
    def build(draw: st.DrawFn) -> tuple[Observation, ...]:
        series = series_offsets(draw, draw(st.integers(min_size, max_size)), days, with_gaps)
        extra = irregular_offsets(draw, series, days, outside, overlapping)
        result: list[Observation] = []
        levels: dict[int, Decimal] = {}
        for first, last in series + extra:
            resolution = (
                draw(st.none() | st.sampled_from([Decimal(1), Decimal(1000)]))
                if resolutions
                else None
            )
            value = draw(values)
            if last_level:
                value = levels.setdefault(last, value)
            period = Period(start + dt.timedelta(days=first), start + dt.timedelta(days=last))
            result.append(Observation(period, value, resolution=resolution))
        return tuple(result)

    return build()


def claims(
    target: Target,
    *,
    kinds: st.SearchStrategy[ClaimKind] | None = None,
    values: st.SearchStrategy[Decimal] | None = None,
    resolutions: bool = True,
    quoting: tuple[Observation, ...] = (),
    problems: bool = False,
    bounds: bool = False,
) -> st.SearchStrategy[Claim]:
    """Claims about ``target``, by default dated within its period and stated on or after.

    Args:
        target: The target the claims are about (it is set as their ``target``).
        kinds: The kinds of claim; every [`ClaimKind`][pledgekit.ClaimKind] but ``RATE`` by
            default, as in earlier versions. ``RATE`` claims are valid by construction
            too: pass ``kinds=st.sampled_from(ClaimKind)`` to have them (a rate per day,
            month or year, averaged over a period within the target period that ends by
            the claim's as-of date).
        values: The figures claimed; by default amounts around the target's span
            (percentages for [`PERCENT`][pledgekit.ClaimKind.PERCENT]).
        resolutions: Whether some figures carry a rounding resolution.
        quoting: Figures the claims may quote: then most ACHIEVED claims state the
            total of a contiguous run of them (baseline included; the latest figure's
            level for a ``LAST`` indicator), as of the run's end or later, and most
            REMAINING claims what is left from such a total, so that an audit finds
            totals that match part of the data (a mismatch's explanation).
        problems: Whether some claims have what an audit should find about them:
            another indicator than the target's, an as-of date after the day the claim
            was stated, an as-of date outside the target period, or a dateline
            (``"Jumat (22/7/2022)"``) whose weekday is wrong. Others then carry a
            correct dateline.
        bounds: Whether some claims' figures are bounds ("di atas 6.000": ``bound``
            ``more_than``; any of [`comparisons`][pledgekit.strategies.comparisons] but ``WITHIN``).

    By default a claim is as of a day of its target period, stated then or later, and
    states a figure unless it only says the target is met:

    >>> from hypothesis import given, settings
    >>> from pledgekit import Accumulation, Direction, Indicator, Period, Target
    >>> from pledgekit import ClaimKind
    >>> from pledgekit.strategies import claims
    >>> jobs = Indicator("Jobs", "persons", direction=Direction.INCREASE,
    ...                  accumulation=Accumulation.SUM)
    >>> thousand = Target(jobs, 1000, period=Period.years(2020, 2022))
    >>> @settings(max_examples=20, derandomize=True)
    ... @given(claims(thousand))
    ... def test_dated_within_the_period(claim):
    ...     assert thousand.period.contains(claim.as_of)
    ...     assert claim.stated_on is None or claim.stated_on >= claim.as_of
    ...     assert (claim.value is None) == (claim.kind is ClaimKind.MET)
    >>> test_dated_within_the_period()
    """
    if not isinstance(target, Target):
        raise InvalidArgument(f"target={target!r}; expected a pledgekit.Target")
    if kinds is None:
        kinds = st.sampled_from([k for k in ClaimKind if k is not ClaimKind.RATE])
    check_strategy(kinds, "kinds")
    if values is not None:
        check_strategy(values, "values")
    if not isinstance(quoting, tuple) or not all(isinstance(o, Observation) for o in quoting):
        raise InvalidArgument(f"quoting={quoting!r}; expected a tuple of Observations")
    if not isinstance(problems, bool):
        raise InvalidArgument(f"problems={problems!r}; expected True or False")
    check_flag(bounds, "bounds")
    period = target.period
    other = attrs.evolve(target.indicator, name="Lowongan kerja dibuka", id="other")

    @st.composite
    def build(draw: st.DrawFn) -> Claim:
        kind = draw(kinds)
        offset = draw(st.integers(0, period.days - 1))
        as_of = period.start + dt.timedelta(days=offset)
        claim_period = None
        value, as_of = claim_value(draw, target, kind, values, quoting, as_of)
        problem = draw(st.none() | st.sampled_from(PROBLEMS)) if problems else None
        as_of, stated_on, dateline = claim_dates(draw, target, as_of, problem)
        if kind in (ClaimKind.PERIOD_VALUE, ClaimKind.RATE):
            first = draw(st.integers(0, max(0, (as_of - period.start).days)))
            claim_period = Period(min(as_of, period.start + dt.timedelta(days=first)), as_of)
        bound = None
        if bounds and value is not None and draw(st.booleans()):
            bound = draw(comparisons(within=False))
        resolution = None
        if resolutions and value is not None:
            resolution = draw(st.none() | st.sampled_from([Decimal(1), Decimal(1000)]))
        return Claim(
            kind,
            value,
            as_of,
            stated_on=stated_on,
            resolution=resolution,
            rounding=draw(st.sampled_from(Rounding)),
            target=target,
            period=claim_period,
            quote=draw(st.none() | texts(max_size=80)),
            indicator=other if problem == "another indicator" else None,
            dateline=dateline,
            bound=bound,
            per=draw(st.sampled_from(RateUnit)) if kind is ClaimKind.RATE else None,
        )

    return build()


def _figures_and_claims(
    draw: st.DrawFn,
    target: Target,
    irregular: bool,
    source_choice: st.SearchStrategy[Any],
    as_written: bool,
) -> tuple[list[Observation], list[Claim]]:
    """A target's figures, naming its indicator, and the claims about it, with sources."""
    series = draw(
        observations(target, max_size=4, resolutions=True, outside=irregular, overlapping=irregular)
    )
    figures = [
        _evolve(
            observation,
            indicator=target.indicator,
            source=draw(source_choice),
            note=draw(st.none() | texts()),
        )
        for observation in series
    ]
    kinds = st.sampled_from(ClaimKind) if as_written else None
    said = draw(
        st.lists(
            claims(target, kinds=kinds, quoting=series, problems=irregular, bounds=as_written),
            max_size=3,
        )
    )
    return figures, [_evolve(claim, source=draw(source_choice)) for claim in said]


def cases(
    *,
    min_targets: int = 0,
    max_targets: int = 3,
    with_plan: bool | None = None,
    irregular: bool = True,
    as_written: bool = False,
) -> st.SearchStrategy[Case]:
    """Whole, valid cases: every reference resolves, every id is unique.

    Each target has its own indicator; observations and claims name them; sources are
    listed; pledges set some of the targets and, when there is a plan, name its
    programs. Some claims quote a run of the figures (see
    [`claims`][pledgekit.strategies.claims]). Who made the pledges and who stated the
    claims come from up to three memberships of the case, whose persons and
    organizations have an id of their own or none, each id unique within its kind: one
    person may hold two posts, two different persons may share a name (told apart by
    their ids), an id may be the one another's name would derive, a name may be longer
    than any id made from it. Pledges carry topics, a pledge with nothing to measure
    sometimes a status of its own, and verdicts some of which carry the label of a
    declared scale (see [`verdict_records`][pledgekit.strategies.verdict_records]).

    Args:
        min_targets: The fewest targets in a case.
        max_targets: The most targets in a case.
        with_plan: Whether the case has a plan; either, by default.
        irregular: Whether the figures and claims include what an audit must find:
            figures outside or straddling a target period, overlapping or tied figures
            (``outside`` and ``overlapping`` of
            [`observations`][pledgekit.strategies.observations]) and claims with
            problems (``problems`` of [`claims`][pledgekit.strategies.claims]).
            ``False`` gives consistent series and claims only.
        as_written: Whether targets, claims and pledges come as plans and officials
            write them: targets with a drawn comparison (strict, a range), sometimes a
            schedule (consistent or not) and revisions; claims that are bounds, and
            rates (``RATE``); pledges with milestones and a promised figure. ``False``
            (the default) gives the cases of earlier versions.

    Whole cases are slow to draw (a tenth of a second or more each): a few examples
    show the idea, a test suite draws more.

    >>> from hypothesis import given, settings
    >>> from pledgekit import dumps, loads
    >>> from pledgekit.strategies import cases
    >>> @settings(max_examples=5, derandomize=True, deadline=None)
    ... @given(cases())
    ... def test_reads_back_from_its_json(case):
    ...     assert loads(dumps(case), format="json") == case
    >>> test_reads_back_from_its_json()
    """
    check_int(max_targets, "max_targets", 0, 20)
    check_int(min_targets, "min_targets", 0, max_targets)
    if with_plan is not None and not isinstance(with_plan, bool):
        raise InvalidArgument(f"with_plan={with_plan!r}; expected True, False or None")
    if not isinstance(irregular, bool):
        raise InvalidArgument(f"irregular={irregular!r}; expected True or False")
    check_flag(as_written, "as_written")
    shapes: dict[str, Any] = (
        {"comparison": True, "schedule": None, "revisions": None} if as_written else {}
    )

    @st.composite
    def build(draw: st.DrawFn) -> Case:
        count = draw(st.integers(min_targets, max_targets))
        listed_sources = draw(st.lists(sources(), max_size=2, unique_by=lambda s: s.id))
        source_choice = st.none() | st.sampled_from(listed_sources) if listed_sources else st.none()
        indicator_list = [_with_id(draw(_indicators()), f"i{n}") for n in range(count)]
        target_periods = _periods(dt.date(1990, 1, 1), dt.date(2100, 12, 31), max_days=4000)
        target_list = [
            _listed_sources(
                draw,
                _with_id(
                    draw(targets(indicators=st.just(i), periods=target_periods, **shapes)), f"t{n}"
                ),
                source_choice,
            )
            for n, i in enumerate(indicator_list)
        ]
        observation_list, claim_list, others = _case_figures(
            draw, target_list, irregular, source_choice, as_written
        )
        plan = None
        if with_plan or (with_plan is None and draw(st.booleans())):
            plan = draw(plans())
        said_by = case_memberships(draw)
        speakers = st.none() | st.sampled_from(said_by) if said_by else st.none()
        claim_list = [_evolve(claim, speaker=draw(speakers)) for claim in claim_list]
        pledge_list = case_pledges(draw, target_list, plan, source_choice, as_written, said_by)
        return Case(
            draw(texts()),
            description=draw(st.just("") | texts(max_size=200)),
            plan=plan,
            pledges=pledge_list,
            indicators=[*indicator_list, *others],
            targets=target_list,
            observations=observation_list,
            claims=claim_list,
            sources=listed_sources,
        )

    return build()


def _case_figures(
    draw: st.DrawFn,
    target_list: list[Target],
    irregular: bool,
    source_choice: st.SearchStrategy[Any],
    as_written: bool,
) -> tuple[list[Observation], list[Claim], list[Indicator]]:
    """Every target's figures and claims; the other indicators claims name, with new ids."""
    observation_list: list[Observation] = []
    claim_list: list[Claim] = []
    others: dict[Indicator, Indicator] = {}
    count = len(target_list)
    for target in target_list:
        figures, said = _figures_and_claims(draw, target, irregular, source_choice, as_written)
        observation_list.extend(figures)
        for claim in said:
            if claim.indicator is not None:
                other = others.setdefault(
                    claim.indicator, _with_id(claim.indicator, f"i{count + len(others)}")
                )
                claim = _evolve(claim, indicator=other)
            claim_list.append(claim)
    return observation_list, claim_list, list(others.values())


def _listed_sources(draw: st.DrawFn, target: Target, choice: st.SearchStrategy[Any]) -> Target:
    """``target`` with its revisions citing the case's listed sources only."""
    revised = tuple(_evolve(r, source=draw(choice)) for r in target.revisions)
    return _evolve(target, revisions=revised) if revised else target


def _with_id(item: _T, new_id: str) -> _T:
    return attrs.evolve(item, id=new_id)  # type: ignore[misc]


def _evolve(item: _T, **changes: object) -> _T:
    return attrs.evolve(item, **changes)  # type: ignore[misc]


_indicators = indicators
_periods = periods
_revisions = revisions
_schedules = schedules
