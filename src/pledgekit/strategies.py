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
from typing import TypeVar

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from pledgekit._amounts import MAX_FRACTION_DIGITS, MAX_INTEGER_DIGITS, Rounding
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


def texts(*, max_size: int = 40) -> st.SearchStrategy[str]:
    """Non-blank text, Unicode included, as names, quotes and pledges are written.

    Starts with a letter so that it is never blank; shrinks toward ``"a"``.
    """
    _check_int(max_size, "max_size", 1, 10_000)
    heads = st.sampled_from("aAzZéÉ漢ąŁ")
    tails = st.text(max_size=max_size - 1)
    return st.builds(lambda head, tail: head + tail, heads, tails)


def _ids(prefix: str) -> st.SearchStrategy[str]:
    return st.integers(0, 10**6).map(lambda n: f"{prefix}{n}")


def sources(*, ids: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[Source]:
    """Published sources: outlet, title, and sometimes a url, a date and a quote."""
    ids = _ids("s") if ids is None else ids
    _check_strategy(ids, "ids")
    return st.builds(
        Source,
        texts(),
        texts(),
        url=st.none() | st.just("https://example.org/article"),
        published=st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31)),
        quote=st.none() | texts(max_size=200),
        id=ids,
    )


def memberships() -> st.SearchStrategy[Membership]:
    """Popolo memberships: a person and/or a post and/or an organization, with dates."""
    identifiers = st.lists(
        st.builds(
            Identifier,
            st.from_regex(r"Q[1-9][0-9]{0,8}", fullmatch=True),
            scheme=st.just("wikidata"),
        ),
        max_size=2,
    )
    people = st.builds(
        Person,
        texts(),
        honorific_prefix=st.none() | st.just("Dra."),
        honorific_suffix=st.none() | st.just("MM"),
        identifiers=identifiers,
    )
    organizations = st.builds(
        Organization,
        texts(),
        classification=st.none() | st.sampled_from(["party", "agency"]),
        identifiers=identifiers,
    )

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


def claims(
    target: Target,
    *,
    kinds: st.SearchStrategy[ClaimKind] | None = None,
    values: st.SearchStrategy[Decimal] | None = None,
    resolutions: bool = True,
) -> st.SearchStrategy[Claim]:
    """Claims about ``target``, dated within its period and stated on or after that date.

    Args:
        target: The target the claims are about (it is set as their ``target``).
        kinds: The kinds of claim; all of :class:`~pledgekit.ClaimKind` by default.
        values: The figures claimed; by default amounts around the target's span
            (percentages for :attr:`~pledgekit.ClaimKind.PERCENT`).
        resolutions: Whether some figures carry a rounding resolution.
    """
    if not isinstance(target, Target):
        raise InvalidArgument(f"target={target!r}; expected a pledgekit.Target")
    kinds = st.sampled_from(ClaimKind) if kinds is None else kinds
    _check_strategy(kinds, "kinds")
    if values is not None:
        _check_strategy(values, "values")
    scale = max(abs(target.value - target.baseline), Decimal(1))
    period = target.period

    @st.composite
    def build(draw: st.DrawFn) -> Claim:
        kind = draw(kinds)
        offset = draw(st.integers(0, period.days - 1))
        as_of = period.start + dt.timedelta(days=offset)
        stated_on = draw(st.none() | st.just(as_of) | st.just(as_of + dt.timedelta(days=21)))
        claim_period = None
        if kind is ClaimKind.MET:
            value = None
        elif values is not None:
            value = draw(values)
        elif kind is ClaimKind.PERCENT:
            value = draw(amounts(0, 200, places=2))
        else:
            value = draw(amounts(0, 2 * scale, places=2))
        if kind is ClaimKind.PERIOD_VALUE:
            first = draw(st.integers(0, offset))
            claim_period = Period(period.start + dt.timedelta(days=first), as_of)
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
    _check_strategy(targets, "targets")
    _check_strategy(programs, "programs")
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
    _check_int(max_missions, "max_missions", 1, 50)
    periods = _periods(dt.date(1990, 1, 1), dt.date(2100, 12, 31)) if periods is None else periods
    _check_strategy(periods, "periods")

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


def cases(*, max_targets: int = 3, with_plan: bool | None = None) -> st.SearchStrategy[Case]:
    """Whole, consistent cases: every reference resolves, every id is unique.

    Each target has its own indicator; observations and claims name them; sources are
    listed; pledges set some of the targets and, when there is a plan, name its
    programs.

    Args:
        max_targets: The most targets in a case.
        with_plan: Whether the case has a plan; either, by default.
    """
    _check_int(max_targets, "max_targets", 0, 20)
    if with_plan is not None and not isinstance(with_plan, bool):
        raise InvalidArgument(f"with_plan={with_plan!r}; expected True, False or None")

    @st.composite
    def build(draw: st.DrawFn) -> Case:
        count = draw(st.integers(0, max_targets))
        listed_sources = draw(st.lists(sources(), max_size=2, unique_by=lambda s: s.id))
        source_choice = st.none() | st.sampled_from(listed_sources) if listed_sources else st.none()
        indicator_list = [_with_id(draw(_indicators()), f"i{n}") for n in range(count)]
        target_periods = _periods(dt.date(1990, 1, 1), dt.date(2100, 12, 31), max_days=4000)
        target_list = [
            _with_id(draw(targets(indicators=st.just(indicator), periods=target_periods)), f"t{n}")
            for n, indicator in enumerate(indicator_list)
        ]
        observation_list: list[Observation] = []
        claim_list: list[Claim] = []
        for target in target_list:
            for observation in draw(observations(target, max_size=4, resolutions=True)):
                observation_list.append(
                    _evolve(
                        observation,
                        indicator=target.indicator,
                        source=draw(source_choice),
                        note=draw(st.none() | texts()),
                    )
                )
            for claim in draw(st.lists(claims(target), max_size=3)):
                claim_list.append(_evolve(claim, source=draw(source_choice)))
        plan = None
        if with_plan or (with_plan is None and draw(st.booleans())):
            plan = draw(plans())
        program_numbers = [p.number for p in plan.programs] if plan else []
        pledge_list = [
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
        return Case(
            draw(texts()),
            description=draw(st.just("") | texts(max_size=200)),
            plan=plan,
            pledges=pledge_list,
            indicators=indicator_list,
            targets=target_list,
            observations=observation_list,
            claims=claim_list,
            sources=listed_sources,
        )

    return build()


def _with_id(item: _T, new_id: str) -> _T:
    return attrs.evolve(item, id=new_id)  # type: ignore[misc]


def _evolve(item: _T, **changes: object) -> _T:
    return attrs.evolve(item, **changes)  # type: ignore[misc]


_indicators = indicators
_periods = periods
