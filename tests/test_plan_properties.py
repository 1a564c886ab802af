"""Properties of the plan evaluation, with every expected value computed by hand in Fraction.

Each oracle here works from the form's own rows (a row's yearly rate, its place in the
tree) and the case's figures, never from the evaluation's helpers: the node a row stands
under is read from :attr:`PlanRow.place`, the means are summed here, the bands and their
edges are the regulation's numbers written out.
"""

from __future__ import annotations

import datetime as dt
import decimal
import math
from collections import Counter
from collections.abc import Callable, Iterator
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
from hypothesis import HealthCheck, event, given, settings, target
from hypothesis import strategies as st

from pledgekit import (
    Accumulation,
    Assessment,
    Case,
    Direction,
    Evaluation,
    MeanCapaian,
    NoMean,
    PlanEvaluation,
    PlanLevel,
    PlanMean,
    PlanNode,
    PlanRow,
    Target,
)
from pledgekit.methods.permendagri86 import (
    BandPolicy,
    LowerIsBetter,
    NoCapaian,
    PeriodCapaian,
    Predikat,
    RollUp,
)
from pledgekit.strategies import plan_cases

#: The regulation's lower band bounds, highest first, as the half-open policy reads them.
BANDS = (
    (Fraction(91), Predikat.SANGAT_TINGGI),
    (Fraction(76), Predikat.TINGGI),
    (Fraction(66), Predikat.SEDANG),
    (Fraction(51), Predikat.RENDAH),
)
EDGES = {bound for bound, _ in BANDS}
_HALF = Fraction(1, 2)


@attrs.frozen
class Drawn:
    """A plan case, the settings and date it is assessed with, and its assessment."""

    case: Case
    evaluation: Evaluation
    as_of: dt.date | None
    assessment: Assessment

    @property
    def plan(self) -> PlanEvaluation:
        evaluated = self.assessment.plan
        assert evaluated is not None
        return evaluated


def _weights(case: Case, equal: bool) -> st.SearchStrategy[dict[str, Fraction]]:
    """A weight above 0 for each kinerja target of the plan (budgets are not weighted)."""
    assert case.plan is not None
    targets = case.plan.all_targets()
    budgets = {t.budget for t in targets if t.budget is not None}
    ids = [t.id for t in targets if t not in budgets]
    weight = st.integers(1, 5).map(Fraction) | st.fractions(Fraction(1, 10), 10, max_denominator=10)
    if equal:
        return weight.map(lambda w: dict.fromkeys(ids, w))
    return st.fixed_dictionaries(dict.fromkeys(ids, weight))


@st.composite
def drawn_plans(
    draw: st.DrawFn,
    mean: PlanMean | None = None,
    cases: st.SearchStrategy[Case] | None = None,
) -> Drawn:
    """A plan case assessed under drawn settings, mean rule and date."""
    case = draw(plan_cases() if cases is None else cases)
    assert case.plan is not None
    rule = draw(st.sampled_from(PlanMean)) if mean is None else mean
    weights = draw(_weights(case, equal=False)) if rule is PlanMean.WEIGHTED else {}
    evaluation = attrs.evolve(draw(st.from_type(Evaluation)), plan_mean=rule, plan_weights=weights)
    period = case.plan.period
    day = draw(st.none() | st.dates(period.start, period.end + dt.timedelta(days=366)))
    return Drawn(case, evaluation, day, case.assess(day, evaluation=evaluation))


# The oracles ------------------------------------------------------------------------


def _rate(row: PlanRow, index: int | None, budget: bool = False) -> PeriodCapaian | None:
    """The row's rate for year ``index`` (``None``: the end of the period), K or Rp."""
    if index is None:
        return row.budget_end if budget else row.end
    cell = row.years[index]
    return cell.budget_capaian if budget else cell.capaian


def _is_below(node: PlanNode, row: PlanRow) -> bool:
    """Whether the row stands anywhere below the node, read from the row's own place."""
    place = row.place
    if node.level is PlanLevel.PLAN:
        return True
    if place.mission != node.mission:
        return False
    if node.level is PlanLevel.MISSION:
        return True
    if node.level is PlanLevel.GOAL:
        return place.goal == node.goal
    return place.level is PlanLevel.OBJECTIVE and (place.goal, place.objective) == (
        node.goal,
        node.objective,
    )


def _is_own(node: PlanNode, row: PlanRow) -> bool:
    """Whether the node itself lists the row's target (the plan: also what only programs carry)."""
    level = row.place.level
    if node.level is PlanLevel.PLAN:
        return level in (PlanLevel.PLAN, None)
    return level is node.level and _is_below(node, row)


def _children(plan: PlanEvaluation, node: PlanNode) -> list[PlanNode]:
    if node.level is PlanLevel.PLAN:
        return [n for n in plan.nodes if n.level is PlanLevel.MISSION]
    if node.level is PlanLevel.MISSION:
        return [
            n
            for n in plan.nodes
            if n.mission == node.mission
            and (n.level is PlanLevel.GOAL or (n.level is PlanLevel.OBJECTIVE and n.goal is None))
        ]
    if node.level is PlanLevel.GOAL:
        return [n for n in plan.nodes if n.level is PlanLevel.OBJECTIVE and n.goal == node.goal]
    return []


def _split(rates: list[tuple[str, PeriodCapaian | None]]) -> tuple[dict[str, Fraction], set[str]]:
    """The rated ids with their rates, and the ids with a target but no rate."""
    counted = {name: r.value for name, r in rates if r is not None and r.value is not None}
    missing = {name for name, r in rates if r is not None and r.value is None}
    return counted, missing


def _kinerja(plan: PlanEvaluation, node: PlanNode, index: int | None) -> list[Any]:
    return [(row.target.id, _rate(row, index)) for row in plan.rows if _is_below(node, row)]


def _anggaran(plan: PlanEvaluation, node: PlanNode, index: int | None) -> list[Any]:
    # Several rows may share one budget: it is counted once.
    found = {
        row.budget.id: _rate(row, index, budget=True)
        for row in plan.rows
        if row.budget is not None and _is_below(node, row)
    }
    return list(found.items())


def _plain_mean(values: list[Fraction]) -> Fraction | None:
    return sum(values, Fraction(0)) / len(values) if values else None


def _children_mean(plan: PlanEvaluation, node: PlanNode, index: int | None) -> Fraction | None:
    """The mean of the node's own rated rows and of its children's means, recursively."""
    own = [row for row in plan.rows if _is_own(node, row)]
    values = list(_split([(r.target.id, _rate(r, index)) for r in own])[0].values())
    for child in _children(plan, node):
        mean = _children_mean(plan, child, index)
        if mean is not None:
            values.append(mean)
    return _plain_mean(values)


def _band(value: Fraction, policy: BandPolicy) -> Predikat:
    if policy is BandPolicy.ROUND_FIRST:
        value = Fraction(math.floor(value + _HALF))  # half-up; below 51 either way
    return next((band for bound, band in BANDS if value >= bound), Predikat.SANGAT_RENDAH)


def _next_edge(value: Fraction, policy: BandPolicy) -> Fraction | None:
    """The lowest value one band higher: the bound, or from half a unit below it when rounded first."""
    shift = _HALF if policy is BandPolicy.ROUND_FIRST else Fraction(0)
    return min((bound - shift for bound in EDGES if value < bound - shift), default=None)


def _means(plan: PlanEvaluation) -> Iterator[tuple[PlanNode, int | None, MeanCapaian]]:
    """Every footer cell: each node's mean for each year (by index) and the end."""
    for node in plan.nodes:
        for index, cell in enumerate(node.years):
            yield node, index, cell
        yield node, None, node.end


def _by_hand_rate(cell_target: Decimal, actual: Decimal, drawn: Drawn, row: PlanRow) -> Fraction:
    """Permendagri 86 by hand: R / T, or (2T − R) / T, or T / R, then the clamp."""
    t, r = Fraction(cell_target), Fraction(actual)
    if row.target.indicator.direction is Direction.INCREASE:
        rate = r / t * 100
    elif drawn.evaluation.lower_is_better is LowerIsBetter.TWO_T_MINUS_R:
        rate = (2 * t - r) / t * 100
    else:
        rate = t / r * 100
    if drawn.evaluation.clamp is not None:
        low, high = drawn.evaluation.clamp
        rate = min(max(rate, low), high)
    return rate


def _year_figure(case: Case, row: PlanRow, year: int) -> Decimal | None:
    """The year's realisasi from the case's figures: their sum, or the level at 31 December."""
    indicator = row.target.indicator
    figures = [
        o for o in case.observations if o.indicator == indicator and o.period.start.year == year
    ]
    if indicator.accumulation is Accumulation.SUM:
        return sum((o.value for o in figures), Decimal(0)) if figures else None
    ending = [o.value for o in figures if o.period.end == dt.date(year, 12, 31)]
    return ending[-1] if ending else None


# Each example draws and assesses a whole plan: under the "ci" profile's 200 examples
# this file alone took 151 s, so its properties run at most 50 (the reach test below
# keeps its own fixed 200 draws).
_SLOW = settings(
    max_examples=min(settings.default.max_examples, 50),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


# The properties ---------------------------------------------------------------------


class TestRows:
    @_SLOW
    @given(drawn_plans())
    def test_the_years_and_each_years_rate(self, drawn: Drawn) -> None:
        """The form's years are those the schedules name; a rated year is its figures against its target."""
        plan = drawn.plan
        assert drawn.case.plan is not None
        budgets = _budgets(drawn.case)
        kinerja = [t for t in drawn.case.plan.all_targets() if t not in budgets]
        assert (
            tuple(sorted({e.period.start.year for t in kinerja for e in t.schedule})) == plan.years
        )
        for row in plan.rows:
            schedule = {e.period.start.year: e.value for e in row.target.schedule}
            for year, cell in zip(plan.years, row.years, strict=True):
                assert schedule.get(year) == cell.target
                assert (cell.target is None) == (cell.capaian is None)
                if cell.capaian is None or cell.capaian.value is None:
                    event(f"year not rated: {cell.capaian and cell.capaian.reason}")
                    continue
                assert cell.target is not None and cell.realisasi is not None
                assert _year_figure(drawn.case, row, year) == cell.realisasi
                expected = _by_hand_rate(cell.target, cell.realisasi, drawn, row)
                assert expected == cell.capaian.value
                assert _band(expected, drawn.evaluation.band_policy) == cell.capaian.predikat


def _budgets(case: Case) -> set[Target]:
    return {t.budget for t in case.targets if t.budget is not None}


class TestMeans:
    @_SLOW
    @given(drawn_plans(mean=PlanMean.INDICATORS))
    def test_indicators_is_the_plain_mean_of_the_counted_rows(self, drawn: Drawn) -> None:
        """Each node's mean is the mean of the rated rows below; counted and missing partition the rest."""
        plan = drawn.plan
        for node, index, cell in _means(plan):
            assert {r.target.id for r in plan.rows if _is_below(node, r)} == set(node.targets)
            for rates, rolled, counted, missing, reason in (
                (
                    _kinerja(plan, node, index),
                    cell.kinerja,
                    cell.counted,
                    cell.missing,
                    cell.reason,
                ),
                (
                    _anggaran(plan, node, index),
                    cell.anggaran,
                    cell.budget_counted,
                    cell.budget_missing,
                    cell.budget_reason,
                ),
            ):
                rated, unrated = _split(rates)
                assert (set(rated), unrated) == (set(counted), set(missing))
                assert len(counted) == len(set(counted)) and not set(counted) & set(missing)
                expected = _plain_mean(list(rated.values()))
                if expected is None:
                    assert rolled is None
                    assert (NoMean.NO_FIGURE if unrated else NoMean.NO_TARGET) == reason
                    event(f"no mean: {reason}")
                else:
                    assert rolled is not None and reason is None
                    assert (expected, len(rated)) == (rolled.mean, rolled.count)
                    if expected in EDGES:
                        event("a mean exactly on a band edge")

    @_SLOW
    @given(drawn_plans(mean=PlanMean.WEIGHTED))
    def test_weighted_is_the_weighted_mean_of_the_counted_rows(self, drawn: Drawn) -> None:
        """The weighted mean: the sum of weight × rate over the sum of the weights."""
        plan = drawn.plan
        weights = dict(drawn.evaluation.plan_weights)
        for node, index, cell in _means(plan):
            rated, _ = _split(_kinerja(plan, node, index))
            if not rated:
                assert cell.kinerja is None
                continue
            total = sum((weights[name] for name in rated), Fraction(0))
            expected = sum((weights[n] * v for n, v in rated.items()), Fraction(0)) / total
            assert cell.kinerja is not None and expected == cell.kinerja.mean

    @_SLOW
    @given(drawn_plans(mean=PlanMean.CHILDREN))
    def test_children_is_the_mean_of_the_childrens_means(self, drawn: Drawn) -> None:
        """The mean of the node's own rated rows and of each child's mean, recursively."""
        plan = drawn.plan
        for node, index, cell in _means(plan):
            expected = _children_mean(plan, node, index)
            assert (None if cell.kinerja is None else cell.kinerja.mean) == expected

    @_SLOW
    @given(drawn_plans())
    def test_every_mean_lies_between_what_it_combines(self, drawn: Drawn) -> None:
        """Under every rule a mean lies between the least and the greatest rate below."""
        plan = drawn.plan
        spread = Fraction(0)
        for node, index, cell in _means(plan):
            for rates, rolled in (
                (_kinerja(plan, node, index), cell.kinerja),
                (_anggaran(plan, node, index), cell.anggaran),
            ):
                values = _split(rates)[0].values()
                if rolled is not None:
                    assert min(values) <= rolled.mean <= max(values)
                    spread = max(spread, max(values) - min(values))
        # Steer toward means of rates far apart, where a wrong divisor shows most.
        target(float(spread), label="widest spread of a mean's rates")

    @_SLOW
    @given(
        st.sampled_from(PlanMean).flatmap(
            lambda rule: drawn_plans(mean=rule, cases=plan_cases(max_targets=1))
        )
    )
    def test_one_indicator_below_every_node_is_that_indicators_rate(self, drawn: Drawn) -> None:
        """With one indicator below, every rule gives its rate: CHILDREN equals INDICATORS."""
        again = drawn.case.assess(
            drawn.as_of,
            evaluation=attrs.evolve(drawn.evaluation, plan_mean="indicators", plan_weights={}),
        ).plan
        assert again == attrs.evolve(drawn.plan, mean=PlanMean.INDICATORS)

    @_SLOW
    @given(
        drawn_plans(mean=PlanMean.INDICATORS).flatmap(
            lambda d: _weights(d.case, equal=True).map(lambda w: (d, w))
        )
    )
    def test_equal_weights_are_the_plain_mean(self, drawn: tuple[Drawn, dict[str, Any]]) -> None:
        """WEIGHTED with every weight equal is INDICATORS, footer by footer."""
        plain, weights = drawn
        weighted = attrs.evolve(plain.evaluation, plan_mean="weighted", plan_weights=weights)
        again = plain.case.assess(plain.as_of, evaluation=weighted).plan
        assert again is not None
        assert plain.plan == attrs.evolve(again, mean=PlanMean.INDICATORS)


class TestBands:
    @_SLOW
    @given(drawn_plans())
    def test_the_predikat_of_a_mean_is_the_band_of_its_exact_mean(self, drawn: Drawn) -> None:
        """Each mean's predikat is its band, and its next edge the next band's bound."""
        policy = drawn.evaluation.band_policy
        for _, _, cell in _means(drawn.plan):
            for rolled in (cell.kinerja, cell.anggaran):
                if rolled is not None:
                    assert _band(rolled.mean, policy) == rolled.predikat
                    assert _next_edge(rolled.mean, policy) == rolled.next_band_at

    @_SLOW
    @given(drawn_plans(), st.integers(0, 4))
    def test_a_mean_shown_never_reaches_the_next_band(self, drawn: Drawn, places: int) -> None:
        """RollUp.percent rounds half-up, within one unit, and never onto the next band's edge."""
        unit = Fraction(1, 10**places)
        for _, _, cell in _means(drawn.plan):
            for rolled in (cell.kinerja, cell.anggaran):
                if rolled is None:
                    continue
                shown = Fraction(rolled.percent(places))
                assert abs(shown - rolled.mean) < unit
                if rolled.next_band_at is not None:
                    assert shown < rolled.next_band_at
                    if math.floor(rolled.mean / unit + _HALF) * unit >= rolled.next_band_at:
                        event("shown rounded down to stay below the edge")
                        assert shown < rolled.mean


class TestInvariance:
    @_SLOW
    @given(drawn_plans(), st.randoms(use_true_random=False))
    def test_the_order_of_figures_and_targets_changes_nothing(self, drawn: Drawn, rng: Any) -> None:
        """Shuffled figures, and targets reordered with each budget before what it funds."""
        case = drawn.case
        figures = list(case.observations)
        rng.shuffle(figures)
        kinerja = [t for t in case.targets if t not in _budgets(case)]
        rng.shuffle(kinerja)
        budgets = sorted(_budgets(case), key=lambda t: rng.random())
        listed: list[Target] = [] if rng.random() < 0.5 else list(budgets)
        for t in kinerja:
            if t.budget is not None and t.budget not in listed:
                listed.append(t.budget)
            listed.append(t)
        shuffled = attrs.evolve(case, observations=figures, targets=listed)
        again = shuffled.assess(drawn.as_of, evaluation=drawn.evaluation).plan
        assert drawn.plan == again

    @_SLOW
    @given(drawn_plans())
    def test_the_callers_decimal_context_changes_nothing(self, drawn: Drawn) -> None:
        """Assessed under a 5-digit ROUND_FLOOR context, the evaluation is the same."""
        with decimal.localcontext(prec=5, rounding=decimal.ROUND_FLOOR):
            hostile = drawn.case.assess(drawn.as_of, evaluation=drawn.evaluation).plan
        assert drawn.plan == hostile


# How often the interesting cases are drawn ------------------------------------------

#: The least share of draws that must reach each branch.
MINIMUM_SHARE = 0.02


def _cells(plan: PlanEvaluation) -> Iterator[Any]:
    return (cell for row in plan.rows for cell in row.years)


def _rolled(plan: PlanEvaluation) -> Iterator[RollUp]:
    for _, _, cell in _means(plan):
        yield from (r for r in (cell.kinerja, cell.anggaran) if r is not None)


_BRANCHES: dict[str, Callable[[Drawn], bool]] = {
    "a year with no figure": lambda d: any(
        c.capaian is not None and c.capaian.reason is NoCapaian.NO_FIGURE for c in _cells(d.plan)
    ),
    "a year with no target": lambda d: any(c.target is None for c in _cells(d.plan)),
    "a budget": lambda d: any(r.budget is not None for r in d.plan.rows),
    "a budget shared by two rows": lambda d: any(
        v > 1 for v in Counter(r.budget for r in d.plan.rows if r.budget).values()
    ),
    "a rate exactly on a band edge": lambda d: any(
        c.capaian is not None and c.capaian.value in EDGES for c in _cells(d.plan)
    ),
    "a mean of several rates exactly on an edge": lambda d: any(
        r.count > 1 and r.mean in EDGES for r in _rolled(d.plan)
    ),
    "a node-year with no target": lambda d: any(
        c.reason is NoMean.NO_TARGET for _, _, c in _means(d.plan)
    ),
    "a node-year with no figure": lambda d: any(
        c.reason is NoMean.NO_FIGURE for _, _, c in _means(d.plan)
    ),
    "a mean shown rounded down at an edge": lambda d: any(
        r.next_band_at is not None and math.floor(r.mean + _HALF) >= r.next_band_at
        for r in _rolled(d.plan)
    ),
    "a sasaran directly under a misi": lambda d: any(
        r.place.level is PlanLevel.OBJECTIVE and r.place.goal is None for r in d.plan.rows
    ),
    "a target only a program carries": lambda d: any(r.place.level is None for r in d.plan.rows),
    "less is better": lambda d: any(
        r.target.indicator.direction is Direction.DECREASE for r in d.plan.rows
    ),
    "a level": lambda d: any(
        r.target.indicator.accumulation is Accumulation.LAST for r in d.plan.rows
    ),
    "an assumed accumulation": lambda d: any(
        r.target.indicator.accumulation_assumed for r in d.plan.rows
    ),
    "a kondisi awal apart from the baseline": lambda d: any(
        r.target.initial is not None for r in d.plan.rows
    ),
    "weighted": lambda d: d.plan.mean is PlanMean.WEIGHTED,
    "a year reported in two halves": lambda d: any(
        o.period.days < 365 for o in d.case.observations
    ),
    "a plan with no vision": lambda d: d.case.plan is not None and d.case.plan.vision is None,
}


class TestReach:
    def test_the_interesting_cases_come_up(self) -> None:
        """Each branch the properties speak of comes up in at least 2 % of 200 fixed draws."""
        counts: Counter[str] = Counter()
        drawn_count = 0

        @settings(
            max_examples=200,
            derandomize=True,
            database=None,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        )
        @given(drawn_plans())
        def count(drawn: Drawn) -> None:
            nonlocal drawn_count
            drawn_count += 1
            counts.update(name for name, reached in _BRANCHES.items() if reached(drawn))

        count()
        shares = {name: counts[name] / drawn_count for name in _BRANCHES}
        print(f"\n{drawn_count} draws: " + ", ".join(f"{n} {s:.1%}" for n, s in shares.items()))
        assert {} == {name: s for name, s in shares.items() if s < MINIMUM_SHARE}
