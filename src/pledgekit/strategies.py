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
figures, claims about another indicator, date problems); :func:`observations` and
:func:`claims` bring them on request.

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
from typing import Any, TypeVar

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from pledgekit._amounts import (
    MAX_INTEGER_DIGITS,
    Rounding,
    add_amounts,
    subtract_amounts,
)
from pledgekit._case import Case
from pledgekit._indicator import Accumulation, Direction, Indicator, Observation, Target
from pledgekit._period import Period
from pledgekit._plan import Goal, Mission, Objective, Plan, Program
from pledgekit._pledge import (
    Claim,
    ClaimKind,
    Identifier,
    Membership,
    Organization,
    Person,
    Pledge,
)
from pledgekit._source import Source
from pledgekit._strategy_helpers import (
    PROBLEMS,
    amount_ranges,
    as_decimal,
    check_int,
    check_strategy,
    claim_dates,
    fold,
    fraction_digits_argument,
    irregular_offsets,
    quoted_total,
    series_offsets,
    to_decimal,
)
from pledgekit.verdicts import Verdict, VerdictHistory, VerdictRecord

__all__ = [
    "amounts",
    "cases",
    "claims",
    "indicators",
    "memberships",
    "observations",
    "periods",
    "plans",
    "pledges",
    "sources",
    "targets",
    "texts",
]

_T = TypeVar("_T")
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


def amounts(
    min_value: int | Decimal | str | None = None,
    max_value: int | Decimal | str | None = None,
    *,
    max_integer_digits: int = MAX_INTEGER_DIGITS,
    max_fraction_digits: int | None = None,
    places: int | None = None,
) -> st.SearchStrategy[Decimal]:
    """Exact amounts, up to pledgekit's limits: 30 digits before and 30 after the point.

    Args:
        min_value: The smallest amount, or ``None`` for no bound but the digit limits.
        max_value: The largest amount, likewise.
        max_integer_digits: The most digits before the decimal point
            (:data:`~pledgekit.MAX_INTEGER_DIGITS`, 30, by default).
        max_fraction_digits: The most digits after it
            (:data:`~pledgekit.MAX_FRACTION_DIGITS`, 30, by default; 0 gives whole numbers).
        places: The older name of ``max_fraction_digits``; give one or the other.

    Every value is accepted by :func:`pledgekit.to_amount`. The number of digits before
    and after the point is drawn first, so that one-digit amounts, zero, negative
    amounts, ties (a last digit 5) and amounts with exactly 30 digits on either side
    all occur; shrinks toward 0 (or the bound nearest 0), fewer digits and fewer decimals.
    """
    low, high = as_decimal(min_value, "min_value"), as_decimal(max_value, "max_value")
    integer_digits = check_int(max_integer_digits, "max_integer_digits", 0, MAX_INTEGER_DIGITS)
    fraction_digits = fraction_digits_argument(max_fraction_digits, places)
    ranges = amount_ranges(low, high, integer_digits, fraction_digits, (min_value, max_value))

    # The extremes twice more: whole numbers, zero and the digit limits come up often.
    places_choice = st.sampled_from([*ranges[:1] * 3, *ranges[1:], *ranges[-1:] * 2])
    digits_choice = st.sampled_from(
        [0, 0, *range(integer_digits + 1), integer_digits, integer_digits]
    )

    @st.composite
    def build(draw: st.DrawFn) -> Decimal:
        p, lowest, highest = draw(places_choice)
        digits = draw(digits_choice)
        whole = draw(st.integers(10 ** (digits - 1), 10**digits - 1)) if digits else 0
        fraction = draw(st.integers(0, 10**p - 1))
        number = whole * 10**p + fraction
        if draw(st.booleans()):
            number = -number
        return to_decimal(fold(number, lowest, highest), p)

    return build()


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
    check_int(max_days, "max_days", 1, 10**6)
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
        check_strategy(value, name)
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
        baselines: Starting values; by default 0 half the time, else an amount from
            −1,000,000 to 1,000,000 with up to two decimals (negative ones included:
            a deficit, a net change).
        spans: The distance from baseline to target (never negative); by default 0
            (target equal to baseline) or a positive amount.
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

    @st.composite
    def build(draw: st.DrawFn) -> Target:
        indicator = draw(indicators)
        baseline = draw(baselines)
        span = draw(spans).copy_abs()
        if indicator.direction is Direction.INCREASE:
            value = add_amounts([baseline, span])
        else:
            value = subtract_amounts(baseline, span)
        return Target(indicator, value, period=draw(periods), baseline=baseline)

    return build()


def _scale(target: Target) -> Decimal:
    return max(subtract_amounts(target.goal, target.baseline).copy_abs(), Decimal(1))


def _default_values(target: Target) -> st.SearchStrategy[Decimal]:
    # Offsets in the good direction, from a step back to twice the span forward.
    scale = _scale(target)
    increase = target.indicator.direction is Direction.INCREASE
    base = target.baseline if target.indicator.accumulation is Accumulation.LAST else Decimal(0)
    return amounts(scale.copy_negate(), add_amounts([scale, scale]), max_fraction_digits=2).map(
        lambda x: add_amounts([base, x if increase else x.copy_negate()])
    )


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
            level, as :func:`pledgekit.progress` requires.

    The series comes in period order, the figures ``outside`` and ``overlapping`` add
    after it. Shrinks toward fewer observations with smaller values, and no extra figures.
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
    values = _default_values(target) if values is None else values
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


def texts(*, max_size: int = 40) -> st.SearchStrategy[str]:
    """Non-blank text, Unicode included, as names, quotes and pledges are written.

    Starts with a letter so that it is never blank; shrinks toward ``"a"``.
    """
    check_int(max_size, "max_size", 1, 10_000)
    heads = st.sampled_from("aAzZéÉ漢ąŁ")
    tails = st.text(max_size=max_size - 1)
    return st.builds(lambda head, tail: head + tail, heads, tails)


def _ids(prefix: str) -> st.SearchStrategy[str]:
    return st.integers(0, 10**6).map(lambda n: f"{prefix}{n}")


def sources(*, ids: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[Source]:
    """Published sources: outlet, title, and sometimes a url, a date and a quote."""
    ids = _ids("s") if ids is None else ids
    check_strategy(ids, "ids")
    return st.builds(
        Source,
        texts(),
        texts(),
        url=st.none() | st.just("https://example.org/article"),
        published=st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31)),
        quote=st.none() | texts(max_size=200),
        id=ids,
    )


def _identifiers() -> st.SearchStrategy[Identifier]:
    return st.builds(
        Identifier, st.from_regex(r"Q[1-9][0-9]{0,8}", fullmatch=True), scheme=st.just("wikidata")
    )


def _people() -> st.SearchStrategy[Person]:
    return st.builds(
        Person,
        texts(),
        honorific_prefix=st.none() | st.just("Dra."),
        honorific_suffix=st.none() | st.just("MM"),
        identifiers=st.lists(_identifiers(), max_size=2),
    )


def _organizations() -> st.SearchStrategy[Organization]:
    return st.builds(
        Organization,
        texts(),
        classification=st.none() | st.sampled_from(["party", "agency"]),
        identifiers=st.lists(_identifiers(), max_size=2),
    )


def memberships() -> st.SearchStrategy[Membership]:
    """Popolo memberships: a person and/or a post and/or an organization, with dates."""
    people = _people()
    organizations = _organizations()

    @st.composite
    def build(draw: st.DrawFn) -> Membership:
        person = draw(st.none() | people)
        post = draw(st.none() | texts())
        organization = draw(st.none() | organizations)
        if person is None and post is None and organization is None:
            post = "Wali Kota"
        start = draw(st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31)))
        end = None
        if draw(st.booleans()):
            end = (start or dt.date(1990, 1, 1)) + dt.timedelta(days=draw(st.integers(0, 3650)))
        return Membership(
            person,
            post=post,
            organization=organization,
            role=draw(st.none() | texts()),
            start_date=start,
            end_date=end,
        )

    return build()


def _claim_value(
    draw: st.DrawFn,
    target: Target,
    kind: ClaimKind,
    values: st.SearchStrategy[Decimal] | None,
    quoting: tuple[Observation, ...],
    as_of: dt.date,
) -> tuple[Decimal | None, dt.date]:
    """The figure a claim states, and its as-of date (moved when it quotes a run)."""
    if kind is ClaimKind.MET:
        return None, as_of
    if values is not None:
        return draw(values), as_of
    if kind is ClaimKind.PERCENT:
        return draw(amounts(0, 200, max_fraction_digits=2)), as_of
    scale = _scale(target)
    value = draw(amounts(0, add_amounts([scale, scale]), max_fraction_digits=2))
    quoted = quoted_total(draw, target, quoting) if kind is not ClaimKind.PERIOD_VALUE else None
    if quoted is None or draw(st.integers(0, 3)) == 0:
        return value, as_of
    total, as_of = quoted
    if kind is ClaimKind.ACHIEVED:
        return total, as_of
    # What is left once that total is reached.
    if target.indicator.direction is Direction.INCREASE:
        return subtract_amounts(target.goal, total), as_of
    return subtract_amounts(total, target.goal), as_of


def claims(
    target: Target,
    *,
    kinds: st.SearchStrategy[ClaimKind] | None = None,
    values: st.SearchStrategy[Decimal] | None = None,
    resolutions: bool = True,
    quoting: tuple[Observation, ...] = (),
    problems: bool = False,
) -> st.SearchStrategy[Claim]:
    """Claims about ``target``, by default dated within its period and stated on or after.

    Args:
        target: The target the claims are about (it is set as their ``target``).
        kinds: The kinds of claim; every :class:`~pledgekit.ClaimKind` but ``RATE`` by default.
        values: The figures claimed; by default amounts around the target's span
            (percentages for :attr:`~pledgekit.ClaimKind.PERCENT`).
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
    period = target.period
    other = attrs.evolve(target.indicator, name="Lowongan kerja dibuka", id="other")

    @st.composite
    def build(draw: st.DrawFn) -> Claim:
        kind = draw(kinds)
        offset = draw(st.integers(0, period.days - 1))
        as_of = period.start + dt.timedelta(days=offset)
        claim_period = None
        value, as_of = _claim_value(draw, target, kind, values, quoting, as_of)
        problem = draw(st.none() | st.sampled_from(PROBLEMS)) if problems else None
        as_of, stated_on, dateline = claim_dates(draw, target, as_of, problem)
        if kind is ClaimKind.PERIOD_VALUE:
            first = draw(st.integers(0, max(0, (as_of - period.start).days)))
            claim_period = Period(min(as_of, period.start + dt.timedelta(days=first)), as_of)
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
        )

    return build()


def _verdict_histories() -> st.SearchStrategy[VerdictHistory]:
    @st.composite
    def build(draw: st.DrawFn) -> VerdictHistory:
        count = draw(st.integers(0, 3))
        day = draw(st.dates(dt.date(1990, 1, 1), dt.date(2090, 1, 1)))
        records = []
        for _ in range(count):
            records.append(VerdictRecord(day, draw(st.sampled_from(Verdict)), draw(texts())))
            day += dt.timedelta(days=draw(st.integers(1, 400)))
        return VerdictHistory(records)

    return build()


def pledges(
    *,
    targets: st.SearchStrategy[tuple[Target, ...]] | None = None,
    programs: st.SearchStrategy[tuple[int, ...]] | None = None,
) -> st.SearchStrategy[Pledge]:
    """Pledges in their own words, with who made them, their targets and verdicts.

    Args:
        targets: The targets a pledge sets; none by default.
        programs: Numbers of the plan's programs that carry it; none by default.
    """
    targets = st.just(()) if targets is None else targets
    programs = st.just(()) if programs is None else programs
    check_strategy(targets, "targets")
    check_strategy(programs, "programs")
    return st.builds(
        Pledge,
        texts(max_size=120),
        language=st.sampled_from(["id", "en"]),
        translation=st.none() | texts(max_size=120),
        made_by=st.none() | memberships(),
        made_on=st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31)),
        targets=targets,
        programs=programs,
        verdicts=_verdict_histories(),
        id=_ids("p"),
    )


def plans(
    *, periods: st.SearchStrategy[Period] | None = None, max_missions: int = 5
) -> st.SearchStrategy[Plan]:
    """RPJMD plans: numbered missions, goals under them, numbered programs serving them.

    Program numbers are unique and within ``program_count``; every reference between
    levels points at something that exists. Plans carry no targets (see :func:`cases`).
    """
    check_int(max_missions, "max_missions", 1, 50)
    periods = _periods(dt.date(1990, 1, 1), dt.date(2100, 12, 31)) if periods is None else periods
    check_strategy(periods, "periods")

    @st.composite
    def build(draw: st.DrawFn) -> Plan:
        numbers = sorted(draw(st.sets(st.integers(1, 9), min_size=1, max_size=max_missions)))
        missions = [Mission(n, draw(texts())) for n in numbers]
        goals = [
            Goal(
                draw(texts()),
                mission=draw(st.sampled_from(numbers)),
                objectives=draw(st.lists(st.builds(Objective, texts()), max_size=2)),
            )
            for _ in range(draw(st.integers(0, 3)))
        ]
        count = draw(st.integers(1, 60))
        program_numbers = draw(st.sets(st.integers(1, count), max_size=min(count, 4)))
        programs = [
            Program(
                n,
                draw(texts()),
                missions=draw(st.lists(st.sampled_from(numbers), max_size=2, unique=True)),
                code=draw(st.none() | st.just("2.07.04")),
                agency=draw(st.none() | texts()),
            )
            for n in sorted(program_numbers)
        ]
        return Plan(
            draw(texts()),
            draw(periods),
            vision=draw(texts()),
            missions=missions,
            goals=goals,
            programs=programs,
            program_count=draw(st.none() | st.just(count)) if not programs else count,
        )

    return build()


def _figures_and_claims(
    draw: st.DrawFn, target: Target, irregular: bool, source_choice: st.SearchStrategy[Any]
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
    said = draw(st.lists(claims(target, quoting=series, problems=irregular), max_size=3))
    return figures, [_evolve(claim, source=draw(source_choice)) for claim in said]


def cases(
    *,
    min_targets: int = 0,
    max_targets: int = 3,
    with_plan: bool | None = None,
    irregular: bool = True,
) -> st.SearchStrategy[Case]:
    """Whole, valid cases: every reference resolves, every id is unique.

    Each target has its own indicator; observations and claims name them; sources are
    listed; pledges set some of the targets and, when there is a plan, name its
    programs. Some claims quote a run of the figures (see :func:`claims`).

    Args:
        min_targets: The fewest targets in a case.
        max_targets: The most targets in a case.
        with_plan: Whether the case has a plan; either, by default.
        irregular: Whether the figures and claims include what an audit must find:
            figures outside or straddling a target period, overlapping or tied figures
            (``outside`` and ``overlapping`` of :func:`observations`) and claims with
            problems (``problems`` of :func:`claims`). ``False`` gives consistent
            series and claims only.
    """
    check_int(max_targets, "max_targets", 0, 20)
    check_int(min_targets, "min_targets", 0, max_targets)
    if with_plan is not None and not isinstance(with_plan, bool):
        raise InvalidArgument(f"with_plan={with_plan!r}; expected True, False or None")
    if not isinstance(irregular, bool):
        raise InvalidArgument(f"irregular={irregular!r}; expected True or False")

    @st.composite
    def build(draw: st.DrawFn) -> Case:
        count = draw(st.integers(min_targets, max_targets))
        listed_sources = draw(st.lists(sources(), max_size=2, unique_by=lambda s: s.id))
        source_choice = st.none() | st.sampled_from(listed_sources) if listed_sources else st.none()
        indicator_list = [_with_id(draw(_indicators()), f"i{n}") for n in range(count)]
        target_periods = _periods(dt.date(1990, 1, 1), dt.date(2100, 12, 31), max_days=4000)
        target_list = [
            _with_id(draw(targets(indicators=st.just(indicator), periods=target_periods)), f"t{n}")
            for n, indicator in enumerate(indicator_list)
        ]
        observation_list, claim_list, others = _case_figures(
            draw, target_list, irregular, source_choice
        )
        plan = None
        if with_plan or (with_plan is None and draw(st.booleans())):
            plan = draw(plans())
        pledge_list = _case_pledges(draw, target_list, plan, source_choice)
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
) -> tuple[list[Observation], list[Claim], list[Indicator]]:
    """Every target's figures and claims; the other indicators claims name, with new ids."""
    observation_list: list[Observation] = []
    claim_list: list[Claim] = []
    others: dict[Indicator, Indicator] = {}
    count = len(target_list)
    for target in target_list:
        figures, said = _figures_and_claims(draw, target, irregular, source_choice)
        observation_list.extend(figures)
        for claim in said:
            if claim.indicator is not None:
                other = others.setdefault(
                    claim.indicator, _with_id(claim.indicator, f"i{count + len(others)}")
                )
                claim = _evolve(claim, indicator=other)
            claim_list.append(claim)
    return observation_list, claim_list, list(others.values())


def _case_pledges(
    draw: st.DrawFn,
    target_list: list[Target],
    plan: Plan | None,
    source_choice: st.SearchStrategy[Any],
) -> list[Pledge]:
    """Pledges that set some of the targets and name some of the plan's programs."""
    program_numbers = [p.number for p in plan.programs] if plan else []
    return [
        _evolve(pledge, source=draw(source_choice))
        for pledge in draw(
            st.lists(
                pledges(
                    targets=st.lists(st.sampled_from(target_list), unique=True).map(tuple)
                    if target_list
                    else st.just(()),
                    programs=st.lists(st.sampled_from(program_numbers), unique=True).map(tuple)
                    if program_numbers
                    else st.just(()),
                ),
                max_size=2,
                unique_by=lambda p: p.id,
            )
        )
    ]


def _with_id(item: _T, new_id: str) -> _T:
    return attrs.evolve(item, id=new_id)  # type: ignore[misc]


def _evolve(item: _T, **changes: object) -> _T:
    return attrs.evolve(item, **changes)  # type: ignore[misc]


_indicators = indicators
_periods = periods
