"""Strategies for plans and their evaluation: `plans`, `plan_cases`, `plan_evaluations`.

[`pledgekit.strategies`][pledgekit.strategies] exports them (use them from there). Needs Hypothesis;
imported only by [`pledgekit.strategies`][pledgekit.strategies] and the plugin.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from pledgekit._amounts import add_amounts
from pledgekit._case import Case
from pledgekit._evaluation import Evaluation, PlanMean
from pledgekit._indicator import Accumulation, Direction, Indicator, Observation, Target
from pledgekit._period import Period
from pledgekit._plan import Goal, Mission, Objective, Plan, Program
from pledgekit._plan_evaluation import PlanEvaluation
from pledgekit._strategy_helpers import (
    amounts,
    check_flag,
    check_int,
    check_strategy,
    decimal_places,
    periods,
    texts,
    to_decimal,
    to_units,
)

__all__ = ["plan_cases", "plan_evaluations", "plans"]

#: The rates the drawn realisations are steered onto half the time: the band edges
#: (91, 76, 66, 51), either side of them, and 100, so that rates and the means of two
#: of them (90 and 92 make 91) fall exactly on an edge.
EDGE_RATES = (91, 76, 66, 51, 100, 90, 92, 75, 77, 65, 67, 50, 52)
_UNITS = ("orang", "%", "km", "unit")
_NAMES = ("Tenaga kerja terserap", "Angka kemiskinan", "Jalan mantap", "Rasio elektrifikasi")


def plans(
    *, periods: st.SearchStrategy[Period] | None = None, max_missions: int = 5
) -> st.SearchStrategy[Plan]:
    """RPJMD plans: numbered missions, goals under them, numbered programs serving them.

    Program numbers are unique and within ``program_count``; every reference between
    levels points at something that exists. Some missions carry sasaran directly
    ([`objectives`][pledgekit.Mission.objectives]), and some plans state no vision. Plans
    carry no targets (see [`cases`][pledgekit.strategies.cases] and
    [`plan_cases`][pledgekit.strategies.plan_cases]).

    Every reference between levels resolves: each goal's misi and each program's misi
    is one of the plan's, and every program number lies from 1 to ``program_count``:

    >>> from hypothesis import given, settings
    >>> from pledgekit.strategies import plans
    >>> @settings(max_examples=20, derandomize=True)
    ... @given(plans())
    ... def test_references_resolve(plan):
    ...     numbers = {mission.number for mission in plan.missions}
    ...     assert all(goal.mission in numbers for goal in plan.goals)
    ...     for program in plan.programs:
    ...         assert set(program.missions) <= numbers
    ...         assert 1 <= program.number <= plan.program_count
    >>> test_references_resolve()
    """
    check_int(max_missions, "max_missions", 1, 50)
    periods = _periods(dt.date(1990, 1, 1), dt.date(2100, 12, 31)) if periods is None else periods
    check_strategy(periods, "periods")
    objectives = st.lists(st.builds(Objective, texts()), max_size=2)

    @st.composite
    def build(draw: st.DrawFn) -> Plan:
        numbers = sorted(draw(st.sets(st.integers(1, 9), min_size=1, max_size=max_missions)))
        missions = [Mission(n, draw(texts()), objectives=draw(objectives)) for n in numbers]
        goals = [
            Goal(draw(texts()), mission=draw(st.sampled_from(numbers)), objectives=draw(objectives))
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
            vision=draw(texts() | st.none()),
            missions=missions,
            goals=goals,
            programs=programs,
            program_count=draw(st.none() | st.just(count)) if not programs else count,
        )

    return build()


def _exact(value: Fraction) -> Decimal:
    """``value`` as a Decimal, exactly (its denominator divides a power of ten up to 10**30)."""
    for places in range(31):
        scaled = value * 10**places
        if scaled.denominator == 1:
            return to_decimal(scaled.numerator, places)
    raise ValueError(f"{value} is not a decimal of at most 30 places")


def _rates(draw: st.DrawFn) -> Fraction:
    """A rate in percent to steer a realisation onto: an edge half the time, else any."""
    drawn = draw(st.sampled_from(EDGE_RATES) | amounts(0, 150, max_fraction_digits=2))
    return Fraction(drawn)


def _realisasi(target: Decimal, rate: Fraction, direction: Direction) -> Decimal:
    """The realisation rated ``rate`` against ``target`` (R / T, or (2T − R) / T)."""
    if direction is Direction.INCREASE:
        return _exact(Fraction(target) * rate / 100)
    return _exact(Fraction(target) * (200 - rate) / 100)


def _figures(
    draw: st.DrawFn,
    indicator: Indicator,
    due: dict[int, Decimal],
    missing: bool,
) -> list[Observation]:
    """A figure per scheduled year, rated near an edge or anywhere; some years missing.

    A summed indicator's year is sometimes reported in two halves that add up to it.
    """
    found = []
    for year, value in due.items():
        if missing and draw(st.integers(0, 3)) == 3:
            continue
        actual = _realisasi(value, _rates(draw), indicator.direction)
        if indicator.accumulation is Accumulation.SUM and draw(st.integers(0, 3)) == 3:
            places = decimal_places(actual)
            units = to_units(actual, places)
            first = to_decimal(draw(st.integers(min(0, units), max(0, units))), places)
            second = _exact(Fraction(actual) - Fraction(first))
            found += [
                Observation(Period.months(year, 1, 6), first, indicator=indicator),
                Observation(Period.months(year, 7, 12), second, indicator=indicator),
            ]
        else:
            found.append(Observation(Period.year(year), actual, indicator=indicator))
    return found


def _schedule_years(draw: st.DrawFn, years: Sequence[int]) -> list[int]:
    """The plan years a target has a target for: most of them, at least one."""
    kept = [year for year in years if draw(st.integers(0, 4)) != 4]
    return kept or [years[0]]


def _kinerja(
    draw: st.DrawFn, number: int, period: Period, years: Sequence[int], missing: bool
) -> tuple[Indicator, Target, list[Observation]]:
    """A kinerja indicator, its target with a yearly schedule, and its figures."""
    direction = draw(st.sampled_from(Direction))
    accumulation = draw(st.sampled_from(Accumulation))
    indicator = Indicator(
        f"{draw(st.sampled_from(_NAMES))} {number}",
        draw(st.sampled_from(_UNITS)),
        direction=direction,
        accumulation=accumulation,
        accumulation_assumed=accumulation is Accumulation.LAST and draw(st.booleans()),
        id=f"i{number}",
    )
    scheduled = _schedule_years(draw, years)
    values = st.sampled_from([Decimal(100), Decimal(50), Decimal(1000)]) | amounts(
        1, 10**6, max_fraction_digits=2
    )
    due = [draw(values) for _ in scheduled]
    initial = None
    gap = draw(st.just(Decimal(0)) | amounts(0, 100, max_fraction_digits=2))
    if accumulation is Accumulation.LAST:
        # Levels due run from the baseline toward the final level, in the good direction.
        due.sort(reverse=direction is Direction.DECREASE)
        value = due[-1]
        if direction is Direction.INCREASE:
            baseline = _exact(Fraction(min(due)) * Fraction(draw(st.integers(0, 100)), 100))
        else:
            baseline = add_amounts([max(due), gap])
    else:
        value = add_amounts(due)
        # A summed lower-is-better target sits at or below its baseline.
        baseline = Decimal(0) if direction is Direction.INCREASE else add_amounts([value, gap])
        initial = draw(st.none() | amounts(0, 10**4, max_fraction_digits=2))
    schedule = {Period.year(year): v for year, v in zip(scheduled, due, strict=True)}
    target = Target(
        indicator,
        value,
        period=period,
        baseline=baseline,
        schedule=schedule,
        initial=initial,
        id=f"t{number}",
    )
    return (
        indicator,
        target,
        _figures(draw, indicator, dict(zip(scheduled, due, strict=True)), missing),
    )


def _budget(
    draw: st.DrawFn, number: int, period: Period, years: Sequence[int], missing: bool
) -> tuple[Indicator, Target, list[Observation]]:
    """An anggaran target (Rp, summed, more is better) with a yearly allocation, and spending."""
    indicator = Indicator(
        f"Anggaran {number}",
        "Rp",
        direction=Direction.INCREASE,
        accumulation=Accumulation.SUM,
        id=f"bi{number}",
    )
    scheduled = _schedule_years(draw, years)
    allocated = st.sampled_from([Decimal(10**6), Decimal(5 * 10**8)]) | amounts(
        1, 10**9, max_fraction_digits=0
    )
    due = [draw(allocated) for _ in scheduled]
    target = Target(
        indicator,
        add_amounts(due),
        period=period,
        schedule={Period.year(year): v for year, v in zip(scheduled, due, strict=True)},
        id=f"b{number}",
    )
    return (
        indicator,
        target,
        _figures(draw, indicator, dict(zip(scheduled, due, strict=True)), missing),
    )


#: Where a target may stand in the tree: a sasaran of a tujuan, a sasaran directly under
#: a misi, a tujuan, a misi, the plan itself, or only a program.
_Place = tuple[Any, ...]


def _skeleton(draw: st.DrawFn) -> tuple[list[int], list[tuple[int, int]], dict[int, int]]:
    """Mission numbers; each goal's mission and sasaran count; each misi's direct sasaran."""
    numbers = sorted(draw(st.sets(st.integers(1, 9), min_size=1, max_size=3)))
    goals = draw(st.lists(st.tuples(st.sampled_from(numbers), st.integers(0, 2)), max_size=3))
    direct = {n: draw(st.integers(0, 2)) for n in numbers}
    return numbers, goals, direct


def _places(
    numbers: list[int], goals: list[tuple[int, int]], direct: dict[int, int], programs: int
) -> list[_Place]:
    found: list[_Place] = [
        ("sasaran", g, o) for g, (_, count) in enumerate(goals) for o in range(count)
    ]
    found += [("direct", n, o) for n in numbers for o in range(direct[n])]
    found += [("goal", g) for g in range(len(goals))]
    found += [("mission", n) for n in numbers]
    found += [("plan",), *([("program",)] if programs else [])]
    return found


def _plan(draw: st.DrawFn, period: Period, targets: list[Target]) -> Plan:
    """A plan whose tree carries ``targets``, each at one place, some also by programs."""
    numbers, goals, direct = _skeleton(draw)
    program_count = draw(st.integers(0, 2))
    places = _places(numbers, goals, direct, program_count)
    at: dict[_Place, list[Target]] = {place: [] for place in places}
    carried: dict[int, list[Target]] = {n: [] for n in range(1, program_count + 1)}
    for target in targets:
        place = draw(st.sampled_from(places))
        at[place].append(target)
        serving = draw(st.lists(st.sampled_from(sorted(carried)), unique=True)) if carried else []
        if place == ("program",) and not serving:
            serving = [1]
        for number in serving:
            carried[number].append(target)

    def objective(key: _Place) -> Objective:
        return Objective(draw(texts(max_size=20)), targets=at[key])

    missions = [
        Mission(
            n,
            draw(texts(max_size=20)),
            targets=at[("mission", n)],
            objectives=[objective(("direct", n, o)) for o in range(direct[n])],
        )
        for n in numbers
    ]
    plan_goals = [
        Goal(
            draw(texts(max_size=20)),
            mission=mission,
            objectives=[objective(("sasaran", g, o)) for o in range(count)],
            targets=at[("goal", g)],
        )
        for g, (mission, count) in enumerate(goals)
    ]
    programs = [
        Program(
            n,
            draw(texts(max_size=20)),
            missions=draw(st.lists(st.sampled_from(numbers), max_size=2, unique=True)),
            targets=carried[n],
        )
        for n in sorted(carried)
    ]
    return Plan(
        draw(st.sampled_from(["Kabupaten Sukamaju", "Kota Bekasi"]) | texts(max_size=20)),
        period,
        vision=draw(st.none() | texts(max_size=40)),
        missions=missions,
        goals=plan_goals,
        programs=programs,
        targets=at[("plan",)],
    )


def plan_cases(
    *,
    min_targets: int = 1,
    max_targets: int = 6,
    years: st.SearchStrategy[int] | None = None,
    budgets: bool = True,
    missing: bool = True,
) -> st.SearchStrategy[Case]:
    """Cases of a whole RPJMD: a plan's tree carrying yearly targets, their budgets and figures.

    The plan runs whole calendar years. Its misi carry tujuan and sasaran, sasaran
    directly under a misi too; each kinerja target stands at one place of the tree (a
    sasaran, a tujuan, a misi, the plan itself, or only a program) and has its own
    indicator: more or less is better, summed (some with a kondisi awal,
    [`initial`][pledgekit.Target.initial]) or a level (some with the accumulation assumed,
    [`accumulation_assumed`][pledgekit.Indicator.accumulation_assumed]). Each has a
    target for most plan years ([`Period.year`][pledgekit.Period.year] entries); some
    have an anggaran target ([`budget`][pledgekit.Target.budget], Rp, listed before the
    targets it funds; several may share one). The yearly figures are steered half the
    time onto a rate at or beside a band edge (91, 76, 66, 51) or 100, so that rates and
    means land exactly on an edge; some years have no figure, and a summed year is
    sometimes reported in two halves.

    Args:
        min_targets: The fewest kinerja targets.
        max_targets: The most kinerja targets (at most 20).
        years: The number of calendar years the plan runs (1 to 20); from 2 to 6 by
            default.
        budgets: Whether some targets have an anggaran target.
        missing: Whether some years have no figure.

    Shrinks toward a two-year plan with one misi carrying one increasing, summed target
    of 100 a year, reported each year at 91 (the lowest Sangat Tinggi rate).

    >>> from hypothesis import given, settings, strategies as st
    >>> from pledgekit.strategies import plan_cases
    >>> @settings(max_examples=10, derandomize=True, deadline=None)
    ... @given(plan_cases(years=st.just(3)))
    ... def test_a_row_per_kinerja_target(case):
    ...     evaluation = case.assess().plan
    ...     assert len(evaluation.rows) == len([t for t in case.targets if t.id.startswith("t")])
    ...     assert all(len(row.years) == len(evaluation.years) for row in evaluation.rows)
    >>> test_a_row_per_kinerja_target()
    """
    check_int(max_targets, "max_targets", 0, 20)
    check_int(min_targets, "min_targets", 0, max_targets)
    years = st.integers(2, 6) if years is None else years
    check_strategy(years, "years")
    check_flag(budgets, "budgets")
    check_flag(missing, "missing")

    @st.composite
    def build(draw: st.DrawFn) -> Case:
        length = draw(years)
        check_int(length, "years (drawn)", 1, 20)
        first = draw(st.integers(2000, 2040))
        period = Period.years(first, first + length - 1)
        plan_years = list(range(first, first + length))
        count = draw(st.integers(min_targets, max_targets))
        drawn = [_kinerja(draw, n, period, plan_years, missing) for n in range(count)]
        funds = draw(st.integers(0, max(1, count // 2))) if budgets and count else 0
        anggaran = [_budget(draw, n, period, plan_years, missing) for n in range(funds)]
        kinerja = []
        for _, target, _ in drawn:
            budget = (
                draw(st.none() | st.sampled_from([b for _, b, _ in anggaran])) if anggaran else None
            )
            kinerja.append(attrs.evolve(target, budget=budget) if budget else target)
        used = {t.budget for t in kinerja if t.budget is not None}
        funding = [item for item in anggaran if item[1] in used]
        listed = _listed(draw, kinerja, [b for _, b, _ in funding])
        return Case(
            f"RPJMD {first}-{first + length - 1}",
            plan=_plan(draw, period, kinerja),
            indicators=[i for i, _, _ in [*drawn, *funding]],
            targets=listed,
            observations=[o for _, _, figures in [*drawn, *funding] for o in figures],
        )

    return build()


def _listed(draw: st.DrawFn, kinerja: list[Target], budgets: list[Target]) -> list[Target]:
    """The case's targets: every budget before the first target it funds, or all up front."""
    if draw(st.booleans()):
        return [*budgets, *kinerja]
    listed: list[Target] = []
    for target in kinerja:
        if target.budget is not None and target.budget not in listed:
            listed.append(target.budget)
        listed.append(target)
    return listed


def _weights_for(case: Case) -> st.SearchStrategy[dict[str, Fraction]]:
    """A weight above 0 for every kinerja target of the case's plan (its budgets have none)."""
    plan = case.plan
    targets = plan.all_targets() if plan is not None else ()
    budgets = {t.budget for t in targets if t.budget is not None}
    ids = [t.id for t in targets if t not in budgets]
    weight = st.integers(1, 5).map(Fraction) | st.fractions(Fraction(1, 10), 10, max_denominator=10)
    return st.fixed_dictionaries(dict.fromkeys(ids, weight))


def plan_evaluations(
    *,
    cases: st.SearchStrategy[Case] | None = None,
    means: st.SearchStrategy[PlanMean] | None = None,
) -> st.SearchStrategy[PlanEvaluation]:
    """The evaluation of a drawn plan case ([`pledgekit.Assessment.plan`][]).

    Under drawn settings (``st.from_type(Evaluation)``: band policies, formulas, clamps)
    with a drawn mean rule; for [`WEIGHTED`][pledgekit.PlanMean.WEIGHTED], a weight above 0
    for every kinerja target. Assessed as of the latest figure, or of a drawn day.

    Args:
        cases: The cases, each with a plan;
            [`plan_cases`][pledgekit.strategies.plan_cases] by default.
        means: The mean rules; every [`PlanMean`][pledgekit.PlanMean] by default.

    >>> from hypothesis import given, settings
    >>> from pledgekit.strategies import plan_evaluations
    >>> @settings(max_examples=10, derandomize=True, deadline=None)
    ... @given(plan_evaluations())
    ... def test_the_plan_node_comes_last(evaluation):
    ...     assert set(evaluation.nodes[-1].targets) == {r.target.id for r in evaluation.rows}
    >>> test_the_plan_node_comes_last()
    """
    cases = plan_cases() if cases is None else cases
    means = st.sampled_from(PlanMean) if means is None else means
    check_strategy(cases, "cases")
    check_strategy(means, "means")

    @st.composite
    def build(draw: st.DrawFn) -> PlanEvaluation:
        case = draw(cases)
        if not isinstance(case, Case) or case.plan is None:
            raise InvalidArgument(f"cases drew {case!r}; expected a pledgekit.Case with a plan")
        settings = draw(st.from_type(Evaluation))
        rule = draw(means)
        weights = draw(_weights_for(case)) if rule is PlanMean.WEIGHTED else {}
        settings = attrs.evolve(settings, plan_mean=rule, plan_weights=weights)
        period = case.plan.period
        day = draw(st.none() | st.dates(period.start, period.end + dt.timedelta(days=366)))
        evaluated = case.assess(day, evaluation=settings).plan
        if evaluated is None:  # a case with a plan always has its evaluation
            raise InvalidArgument(f"{case!r} has no plan evaluation")
        return evaluated

    return build()


_periods = periods
