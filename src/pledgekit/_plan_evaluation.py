"""The evaluation of a whole plan along its own tree: Permendagri 86's "Evaluasi terhadap hasil RPJMD".

Each indicator row of the form sets each plan year's realisasi against that year's
target, for kinerja (K) and anggaran (Rp), and closes with the end-of-period rate; each
sasaran, tujuan, misi and the whole plan then gets the mean of the rates below it and
its predikat, year by year and at the end (the form's footer, "rata-rata capaian
kinerja" and "predikat kinerja"). Everything here is computed once, in
[`pledgekit.Case.assess`][pledgekit.Case.assess]; the form and the reports only render it.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

import attrs

from pledgekit._evaluation import Evaluation, PlanMean
from pledgekit._indicator import Target
from pledgekit._period import Period
from pledgekit._plan import Objective, Plan, PlanLevel, PlanPlace, Program
from pledgekit._schedule import TargetValue
from pledgekit.exceptions import InvalidValueError
from pledgekit.methods.permendagri86 import (
    NoCapaian,
    PeriodCapaian,
    RollUp,
    ScheduledCapaian,
    roll_up,
)

if TYPE_CHECKING:
    from pledgekit._case import TargetAssessment

__all__ = [
    "MeanCapaian",
    "NoMean",
    "PlanEvaluation",
    "PlanNode",
    "PlanRow",
    "RowYear",
    "evaluate_plan",
]


class NoMean(enum.Enum):
    """Why a node has no mean for a year or the end of the period.

    A mean with no rate reads its reason from the ids it lists: targets with a target
    that year but no rate, or no target for that year at all.

    >>> from pledgekit import MeanCapaian
    >>> MeanCapaian(year=2021, kinerja=None, missing=("pelatihan",)).reason
    <NoMean.NO_FIGURE: 'no_figure'>
    >>> MeanCapaian(year=2024, kinerja=None).reason
    <NoMean.NO_TARGET: 'no_target'>
    """

    #: No indicator below the node has a target for that year.
    NO_TARGET = "no_target"
    #: Indicators below have a target, but none has a rate: no figure, or none that
    #: can be rated (each row says why).
    NO_FIGURE = "no_figure"


@attrs.frozen(kw_only=True)
class RowYear:
    """One plan year of one row of the form: target, realisasi and rate, K and Rp.

    Attributes:
        year: The calendar year.
        target: The kinerja target due that year (the schedule entry for the year), or
            ``None`` when the schedule has none for it.
        realisasi: The kinerja realisation of that year, or ``None`` when there is none.
        capaian: The rate of the year's realisasi against the year's target, or why
            there is none (``capaian.reason``); ``None`` when there is no target that year.
        budget_target: The anggaran allocated that year, when the row has a budget.
        budget_realisasi: The anggaran spent that year.
        budget_capaian: The anggaran's rate for the year, as ``capaian``.

    A plan of 2019–2023 for Kota Bekasi, with the office's jobs figures against an even
    schedule of 30,000 a year, and a training target of 2,000 a year with one figure
    (the schedules and the training figure are invented to show the form):

    >>> from pledgekit import (Accumulation, Case, Direction, Indicator, Mission,
    ...                        Objective, Observation, Period, Plan, Target)
    >>> plan_years = Period.years(2019, 2023)
    >>> def yearly(name, each, id):
    ...     indicator = Indicator(name, "orang", direction=Direction.INCREASE,
    ...                           accumulation=Accumulation.SUM)
    ...     schedule = {Period.year(year): each for year in range(2019, 2024)}
    ...     return Target(indicator, 5 * each, period=plan_years, schedule=schedule, id=id)
    >>> jobs = yearly("Tenaga kerja baru terserap", 30000, "jobs-150k")
    >>> trained = yearly("Peserta pelatihan kompetensi", 2000, "pelatihan")
    >>> plan = Plan("Kota Bekasi", plan_years, vision="Cerdas, Kreatif, Maju, Sejahtera dan Ihsan",
    ...     missions=[Mission(3, "Meningkatkan perekonomian berbasis potensial jasa kreatif",
    ...         objectives=[Objective("Laju pertumbuhan ekonomi", targets=[jobs, trained])])])
    >>> figures = [Observation(period, value, indicator=jobs.indicator) for period, value in (
    ...     (Period.year(2019), 27197), (Period.year(2020), 56000), (Period.year(2021), 58000),
    ...     (Period.months(2022, 1, 6), 5108))]
    >>> figures.append(Observation(Period.year(2019), 1800, indicator=trained.indicator))
    >>> case = Case("Kota Bekasi", plan=plan, targets=[jobs, trained],
    ...             indicators=[jobs.indicator, trained.indicator], observations=figures)
    >>> evaluated = case.assess().plan

    >>> y2019, y2020, _, y2022, _ = evaluated.row("jobs-150k").years
    >>> y2019.target, y2019.realisasi, y2019.capaian.percent(), y2019.capaian.predikat.label()
    (Decimal('30000'), Decimal('27197'), Decimal('90.66'), 'Tinggi')
    >>> # 27,197 / 30,000 × 100 = 90.656…, below the 91 of Sangat Tinggi
    >>> y2020.capaian.percent()  # 56,000 / 30,000 × 100
    Decimal('186.67')
    >>> y2022.realisasi, y2022.capaian.reason  # 2022 has not ended by 30 June 2022
    (None, <NoCapaian.NOT_YET_DUE: 'not_yet_due'>)
    """

    year: int
    target: TargetValue | None
    realisasi: Decimal | None
    capaian: PeriodCapaian | None
    budget_target: TargetValue | None = None
    budget_realisasi: Decimal | None = None
    budget_capaian: PeriodCapaian | None = None


@attrs.frozen(kw_only=True)
class PlanRow:
    """One indicator row of the evaluation form.

    Attributes:
        number: The row's number in the form ("1", "2", …), in the plan's tree order.
        target: The kinerja target.
        budget: Its anggaran target, or ``None``.
        place: Where the plan carries the target.
        objective: The words of the sasaran it stands under, or ``None``.
        program: The first priority program that carries it, or ``None``.
        initial: The capaian awal:
            [`pledgekit.Target.initial`][pledgekit.Target.initial], or the baseline.
        years: One [`RowYear`][pledgekit.RowYear] per year of
            [`PlanEvaluation.years`][pledgekit.PlanEvaluation.years].
        end: The end-of-period rate of the kinerja target (its realisasi akhir against
            its target akhir): the target's [`capaian`][pledgekit.TargetAssessment.capaian].
        budget_end: The end-of-period rate of the anggaran, or ``None`` without a budget.

    A plan of 2019–2023 for Kota Bekasi, with the office's jobs figures against an even
    schedule of 30,000 a year, and a training target of 2,000 a year with one figure
    (the schedules and the training figure are invented to show the form):

    >>> from pledgekit import (Accumulation, Case, Direction, Indicator, Mission,
    ...                        Objective, Observation, Period, Plan, Target)
    >>> plan_years = Period.years(2019, 2023)
    >>> def yearly(name, each, id):
    ...     indicator = Indicator(name, "orang", direction=Direction.INCREASE,
    ...                           accumulation=Accumulation.SUM)
    ...     schedule = {Period.year(year): each for year in range(2019, 2024)}
    ...     return Target(indicator, 5 * each, period=plan_years, schedule=schedule, id=id)
    >>> jobs = yearly("Tenaga kerja baru terserap", 30000, "jobs-150k")
    >>> trained = yearly("Peserta pelatihan kompetensi", 2000, "pelatihan")
    >>> plan = Plan("Kota Bekasi", plan_years, vision="Cerdas, Kreatif, Maju, Sejahtera dan Ihsan",
    ...     missions=[Mission(3, "Meningkatkan perekonomian berbasis potensial jasa kreatif",
    ...         objectives=[Objective("Laju pertumbuhan ekonomi", targets=[jobs, trained])])])
    >>> figures = [Observation(period, value, indicator=jobs.indicator) for period, value in (
    ...     (Period.year(2019), 27197), (Period.year(2020), 56000), (Period.year(2021), 58000),
    ...     (Period.months(2022, 1, 6), 5108))]
    >>> figures.append(Observation(Period.year(2019), 1800, indicator=trained.indicator))
    >>> case = Case("Kota Bekasi", plan=plan, targets=[jobs, trained],
    ...             indicators=[jobs.indicator, trained.indicator], observations=figures)
    >>> evaluated = case.assess().plan

    >>> row = evaluated.row("jobs-150k")
    >>> row.number, row.objective, row.initial
    ('1', 'Laju pertumbuhan ekonomi', Decimal('0'))
    >>> [cell.realisasi for cell in row.years]
    [Decimal('27197'), Decimal('56000'), Decimal('58000'), None, None]
    >>> row.end.realisasi, row.end.percent(), row.end.predikat.label()
    (Decimal('146305'), Decimal('97.54'), 'Sangat Tinggi')
    >>> # 27,197 + 56,000 + 58,000 + 5,108 = 146,305; 146,305 / 150,000 × 100 = 97.536…
    """

    number: str
    target: Target
    budget: Target | None
    place: PlanPlace
    objective: str | None
    program: Program | None
    initial: Decimal
    years: tuple[RowYear, ...]
    end: PeriodCapaian
    budget_end: PeriodCapaian | None = None


@attrs.frozen(kw_only=True)
class MeanCapaian:
    """A node's mean rate and its predikat for one year or the end of the period.

    Attributes:
        year: The calendar year, or ``None`` for the end of the period.
        kinerja: The mean of the kinerja rates (and its predikat and count), or ``None``
            when there is none ([`reason`][pledgekit.MeanCapaian.reason] says why).
        anggaran: The mean of the anggaran rates below, or ``None``.
        counted: The ids of the kinerja targets whose rates entered the mean.
        missing: The ids of the kinerja targets with a target for the year (or the
            period) but no rate: they are left out of the mean, and listed here.
        budget_counted: The ids of the anggaran targets whose rates entered its mean.
        budget_missing: The ids of the anggaran targets with no rate.

    A plan of 2019–2023 for Kota Bekasi, with the office's jobs figures against an even
    schedule of 30,000 a year, and a training target of 2,000 a year with one figure
    (the schedules and the training figure are invented to show the form):

    >>> from pledgekit import (Accumulation, Case, Direction, Indicator, Mission,
    ...                        Objective, Observation, Period, Plan, PlanLevel, Target)
    >>> plan_years = Period.years(2019, 2023)
    >>> def yearly(name, each, id):
    ...     indicator = Indicator(name, "orang", direction=Direction.INCREASE,
    ...                           accumulation=Accumulation.SUM)
    ...     schedule = {Period.year(year): each for year in range(2019, 2024)}
    ...     return Target(indicator, 5 * each, period=plan_years, schedule=schedule, id=id)
    >>> jobs = yearly("Tenaga kerja baru terserap", 30000, "jobs-150k")
    >>> trained = yearly("Peserta pelatihan kompetensi", 2000, "pelatihan")
    >>> plan = Plan("Kota Bekasi", plan_years, vision="Cerdas, Kreatif, Maju, Sejahtera dan Ihsan",
    ...     missions=[Mission(3, "Meningkatkan perekonomian berbasis potensial jasa kreatif",
    ...         objectives=[Objective("Laju pertumbuhan ekonomi", targets=[jobs, trained])])])
    >>> figures = [Observation(period, value, indicator=jobs.indicator) for period, value in (
    ...     (Period.year(2019), 27197), (Period.year(2020), 56000), (Period.year(2021), 58000),
    ...     (Period.months(2022, 1, 6), 5108))]
    >>> figures.append(Observation(Period.year(2019), 1800, indicator=trained.indicator))
    >>> case = Case("Kota Bekasi", plan=plan, targets=[jobs, trained],
    ...             indicators=[jobs.indicator, trained.indicator], observations=figures)
    >>> evaluated = case.assess().plan

    >>> sasaran = evaluated.node(PlanLevel.OBJECTIVE, mission=3, objective=1)
    >>> y2020 = sasaran.years[1]
    >>> y2020.kinerja.percent(), y2020.counted, y2020.missing  # 56,000 / 30,000 × 100 alone
    (Decimal('186.67'), ('jobs-150k',), ('pelatihan',))
    >>> end = sasaran.end.kinerja
    >>> end.percent(), end.predikat.label(), end.count
    (Decimal('57.77'), 'Rendah', 2)
    >>> # (146,305 / 150,000 + 1,800 / 10,000) × 100 / 2 = (97.536… + 18) / 2 = 57.768…
    """

    year: int | None
    kinerja: RollUp | None
    anggaran: RollUp | None = None
    counted: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    budget_counted: tuple[str, ...] = ()
    budget_missing: tuple[str, ...] = ()

    @property
    def reason(self) -> NoMean | None:
        """Why there is no kinerja mean, or ``None`` when there is one.

        >>> from pledgekit import MeanCapaian
        >>> MeanCapaian(year=2021, kinerja=None, missing=("jalan",)).reason
        <NoMean.NO_FIGURE: 'no_figure'>
        """
        if self.kinerja is not None:
            return None
        return NoMean.NO_FIGURE if self.missing else NoMean.NO_TARGET

    @property
    def budget_reason(self) -> NoMean | None:
        """Why there is no anggaran mean, or ``None`` when there is one."""
        if self.anggaran is not None:
            return None
        return NoMean.NO_FIGURE if self.budget_missing else NoMean.NO_TARGET


@attrs.frozen(kw_only=True)
class PlanNode:
    """A sasaran, tujuan, misi or the plan itself, with the means of the rates below it.

    Attributes:
        level: Which level of the tree.
        mission: The misi's number (for a tujuan or a sasaran, of the misi above it).
        goal: The tujuan's position in [`pledgekit.Plan.goals`][pledgekit.Plan.goals],
            from 1; ``None`` for a misi, the plan, or a sasaran directly under a misi.
        objective: The sasaran's position in its tujuan (or misi), from 1.
        text: The node's words (for the plan, its name and region).
        targets: The ids of every kinerja target below the node.
        years: One [`MeanCapaian`][pledgekit.MeanCapaian] per year of
            [`PlanEvaluation.years`][pledgekit.PlanEvaluation.years].
        end: The mean of the end-of-period rates.

    A plan of 2019–2023 for Kota Bekasi, with the office's jobs figures against an even
    schedule of 30,000 a year, and a training target of 2,000 a year with one figure
    (the schedules and the training figure are invented to show the form):

    >>> from pledgekit import (Accumulation, Case, Direction, Indicator, Mission,
    ...                        Objective, Observation, Period, Plan, PlanLevel, Target)
    >>> plan_years = Period.years(2019, 2023)
    >>> def yearly(name, each, id):
    ...     indicator = Indicator(name, "orang", direction=Direction.INCREASE,
    ...                           accumulation=Accumulation.SUM)
    ...     schedule = {Period.year(year): each for year in range(2019, 2024)}
    ...     return Target(indicator, 5 * each, period=plan_years, schedule=schedule, id=id)
    >>> jobs = yearly("Tenaga kerja baru terserap", 30000, "jobs-150k")
    >>> trained = yearly("Peserta pelatihan kompetensi", 2000, "pelatihan")
    >>> plan = Plan("Kota Bekasi", plan_years, vision="Cerdas, Kreatif, Maju, Sejahtera dan Ihsan",
    ...     missions=[Mission(3, "Meningkatkan perekonomian berbasis potensial jasa kreatif",
    ...         objectives=[Objective("Laju pertumbuhan ekonomi", targets=[jobs, trained])])])
    >>> figures = [Observation(period, value, indicator=jobs.indicator) for period, value in (
    ...     (Period.year(2019), 27197), (Period.year(2020), 56000), (Period.year(2021), 58000),
    ...     (Period.months(2022, 1, 6), 5108))]
    >>> figures.append(Observation(Period.year(2019), 1800, indicator=trained.indicator))
    >>> case = Case("Kota Bekasi", plan=plan, targets=[jobs, trained],
    ...             indicators=[jobs.indicator, trained.indicator], observations=figures)
    >>> evaluated = case.assess().plan

    >>> sasaran = evaluated.node(PlanLevel.OBJECTIVE, mission=3, objective=1)
    >>> sasaran.text, sasaran.targets
    ('Laju pertumbuhan ekonomi', ('jobs-150k', 'pelatihan'))
    >>> first = sasaran.years[0]
    >>> first.year, first.kinerja.percent(), first.kinerja.predikat.label()
    (2019, Decimal('90.33'), 'Tinggi')
    >>> # (27,197 / 30,000 + 1,800 / 2,000) × 100 / 2 = (90.656… + 90) / 2 = 90.328…
    """

    level: PlanLevel
    mission: int | None
    goal: int | None
    objective: int | None
    text: str
    targets: tuple[str, ...]
    years: tuple[MeanCapaian, ...]
    end: MeanCapaian


@attrs.frozen(kw_only=True)
class PlanEvaluation:
    """The whole plan evaluated along its tree: the rows of the form and its footers.

    Attributes:
        years: The calendar years the targets' schedules name, in order (the form's
            "tahun ke-1" is the first).
        rows: One [`PlanRow`][pledgekit.PlanRow] per kinerja target the plan carries, in tree order.
        nodes: One [`PlanNode`][pledgekit.PlanNode] per misi, tujuan and sasaran, in tree order (a
            misi, then its tujuan, each followed by its sasaran, then the sasaran directly
            under the misi), and the plan last.
        mean: How the means were combined.
        as_of: The date the evaluation speaks of: the as-of date asked for, or else the
            latest date any of the plan's targets is assessed at (each target's own
            latest figure or claim). A plan year that ended by then and has no figure
            for a target is a year with no figure
            ([`NoCapaian.NO_FIGURE`][pledgekit.methods.permendagri86.NoCapaian.NO_FIGURE]),
            even where that target's own figures stop earlier.

    A plan of 2019–2023 for Kota Bekasi, with the office's jobs figures against an even
    schedule of 30,000 a year, and a training target of 2,000 a year with one figure
    (the schedules and the training figure are invented to show the form):

    >>> from pledgekit import (Accumulation, Case, Direction, Indicator, Mission,
    ...                        Objective, Observation, Period, Plan, PlanLevel, Target)
    >>> plan_years = Period.years(2019, 2023)
    >>> def yearly(name, each, id):
    ...     indicator = Indicator(name, "orang", direction=Direction.INCREASE,
    ...                           accumulation=Accumulation.SUM)
    ...     schedule = {Period.year(year): each for year in range(2019, 2024)}
    ...     return Target(indicator, 5 * each, period=plan_years, schedule=schedule, id=id)
    >>> jobs = yearly("Tenaga kerja baru terserap", 30000, "jobs-150k")
    >>> trained = yearly("Peserta pelatihan kompetensi", 2000, "pelatihan")
    >>> plan = Plan("Kota Bekasi", plan_years, vision="Cerdas, Kreatif, Maju, Sejahtera dan Ihsan",
    ...     missions=[Mission(3, "Meningkatkan perekonomian berbasis potensial jasa kreatif",
    ...         objectives=[Objective("Laju pertumbuhan ekonomi", targets=[jobs, trained])])])
    >>> figures = [Observation(period, value, indicator=jobs.indicator) for period, value in (
    ...     (Period.year(2019), 27197), (Period.year(2020), 56000), (Period.year(2021), 58000),
    ...     (Period.months(2022, 1, 6), 5108))]
    >>> figures.append(Observation(Period.year(2019), 1800, indicator=trained.indicator))
    >>> case = Case("Kota Bekasi", plan=plan, targets=[jobs, trained],
    ...             indicators=[jobs.indicator, trained.indicator], observations=figures)
    >>> evaluated = case.assess().plan

    >>> evaluated.years, evaluated.as_of  # the schedules' years; the last figure's end
    ((2019, 2020, 2021, 2022, 2023), datetime.date(2022, 6, 30))
    >>> [(node.level.value, node.text) for node in evaluated.nodes]
    [('mission', 'Meningkatkan perekonomian berbasis potensial jasa kreatif'), ('objective', 'Laju pertumbuhan ekonomi'), ('plan', 'RPJMD Kota Bekasi')]
    >>> evaluated.row("jobs-150k").end.percent()  # 146,305 / 150,000 × 100
    Decimal('97.54')
    >>> whole = evaluated.node(PlanLevel.PLAN).end.kinerja
    >>> whole.percent(), whole.predikat.label()  # (97.536… + 1,800 / 10,000 × 100) / 2
    (Decimal('57.77'), 'Rendah')
    """

    years: tuple[int, ...]
    rows: tuple[PlanRow, ...]
    nodes: tuple[PlanNode, ...]
    mean: PlanMean
    as_of: dt.date | None = None

    def node(
        self,
        level: PlanLevel,
        *,
        mission: int | None = None,
        goal: int | None = None,
        objective: int | None = None,
    ) -> PlanNode:
        """The node at this place of the tree.

        >>> from pledgekit import PlanEvaluation, PlanLevel, PlanMean
        >>> evaluation = PlanEvaluation(years=(), rows=(), nodes=(), mean=PlanMean.INDICATORS)
        >>> evaluation.node(PlanLevel.PLAN)
        Traceback (most recent call last):
          ...
        pledgekit.exceptions.InvalidValueError: PlanEvaluation.node: got 'plan' (str); expected a node of the plan (none listed)
        """
        for node in self.nodes:
            if (node.level, node.mission, node.goal, node.objective) == (
                level,
                mission,
                goal,
                objective,
            ):
                return node
        places = ", ".join(_place_words(n) for n in self.nodes) or "none listed"
        given = _place_words_of(level, mission, goal, objective)
        raise InvalidValueError(given, f"a node of the plan ({places})", "PlanEvaluation.node")

    def row(self, target_id: str) -> PlanRow:
        """The row of the kinerja target with this id."""
        for row in self.rows:
            if row.target.id == target_id:
                return row
        ids = ", ".join(r.target.id for r in self.rows) or "none listed"
        raise InvalidValueError(target_id, f"the id of a row's target ({ids})", "target_id")


def _place_words(node: PlanNode) -> str:
    return _place_words_of(node.level, node.mission, node.goal, node.objective)


def _place_words_of(
    level: PlanLevel, mission: int | None, goal: int | None, objective: int | None
) -> str:
    parts = [level.value]
    parts += [f"{name} {n}" for name, n in (("mission", mission), ("goal", goal)) if n is not None]
    if objective is not None:
        parts.append(f"objective {objective}")
    return " ".join(parts)


# Building ---------------------------------------------------------------------------


@attrs.frozen
class _Branch:
    """A node of the tree before it is evaluated: its place, words, own targets, children."""

    level: PlanLevel
    mission: int | None
    goal: int | None
    objective: int | None
    text: str
    own: tuple[Target, ...]
    children: tuple[_Branch, ...] = ()

    def below(self) -> tuple[Target, ...]:
        found = list(self.own)
        for child in self.children:
            found.extend(child.below())
        return tuple(dict.fromkeys(found))

    def walk(self) -> Iterable[_Branch]:
        """The branch's nodes in tree order: itself first, then its children's."""
        yield self
        for child in self.children:
            yield from child.walk()


def _tree(plan: Plan, budgets: set[Target]) -> _Branch:
    """The plan's tree of misi, tujuan and sasaran, with each node's own kinerja targets."""

    def kinerja(targets: Iterable[Target]) -> tuple[Target, ...]:
        return tuple(t for t in targets if t not in budgets)

    def sasaran(objective: Objective, mission: int, goal: int | None, n: int) -> _Branch:
        return _Branch(
            PlanLevel.OBJECTIVE, mission, goal, n, objective.text, kinerja(objective.targets)
        )

    missions = []
    for mission in plan.missions:
        goals = [
            _Branch(
                PlanLevel.GOAL,
                mission.number,
                number,
                None,
                goal.text,
                kinerja(goal.targets),
                tuple(
                    sasaran(o, mission.number, number, n)
                    for n, o in enumerate(goal.objectives, start=1)
                ),
            )
            for number, goal in enumerate(plan.goals, start=1)
            if goal.mission == mission.number
        ]
        direct = [
            sasaran(o, mission.number, None, n) for n, o in enumerate(mission.objectives, start=1)
        ]
        missions.append(
            _Branch(
                PlanLevel.MISSION,
                mission.number,
                None,
                None,
                mission.text,
                kinerja(mission.targets),
                (*goals, *direct),
            )
        )
    # Targets only programs carry stand at the plan itself, after the tree's.
    carried = {t for branch in missions for t in branch.below()}
    own = kinerja(t for t in plan.all_targets() if t in plan.targets or t not in carried)
    return _Branch(
        PlanLevel.PLAN, None, None, None, f"{plan.name} {plan.region}", own, tuple(missions)
    )


def _plan_years(assessed: Iterable[TargetAssessment]) -> tuple[int, ...]:
    years = {
        row.entry.period.start.year
        for item in assessed
        for row in item.schedule
        if row.entry.period == Period.year(row.entry.period.start.year)
    }
    return tuple(sorted(years))


def _by_year(
    item: TargetAssessment | None, as_of: dt.date | None
) -> Mapping[int, ScheduledCapaian]:
    if item is None:
        return {}
    found = {}
    for row in item.schedule:
        period = row.entry.period
        if period != Period.year(period.start.year):
            continue
        if (
            row.capaian.reason is NoCapaian.NOT_YET_DUE
            and as_of is not None
            and period.end <= as_of
        ):
            # Due by the plan's date: the target's own figures stop before the year ends,
            # which makes it a year with no figure, not a year still to come.
            row = attrs.evolve(row, capaian=attrs.evolve(row.capaian, reason=NoCapaian.NO_FIGURE))
        found[period.start.year] = row
    return found


def _row(
    number: int,
    plan: Plan,
    item: TargetAssessment,
    budget: TargetAssessment | None,
    years: Sequence[int],
    as_of: dt.date | None,
) -> PlanRow:
    target = item.target
    place = plan.place_of(target)
    own, spent = _by_year(item, as_of), _by_year(budget, as_of)
    cells = []
    for year in years:
        k, rp = own.get(year), spent.get(year)
        cells.append(
            RowYear(
                year=year,
                target=None if k is None else k.entry.value,
                realisasi=None if k is None else k.realisasi,
                capaian=None if k is None else k.capaian,
                budget_target=None if rp is None else rp.entry.value,
                budget_realisasi=None if rp is None else rp.realisasi,
                budget_capaian=None if rp is None else rp.capaian,
            )
        )
    objective = _objective_text(plan, place)
    program = next((p for p in plan.programs if p.number in place.programs), None)
    return PlanRow(
        number=str(number),
        target=target,
        budget=target.budget,
        place=place,
        objective=objective,
        program=program,
        initial=target.baseline if target.initial is None else target.initial,
        years=tuple(cells),
        end=item.capaian,
        budget_end=None if budget is None else budget.capaian,
    )


def _objective_text(plan: Plan, place: PlanPlace) -> str | None:
    if place.level is not PlanLevel.OBJECTIVE or place.objective is None:
        return None
    if place.goal is None:
        mission = plan.mission(place.mission) if place.mission is not None else None
        return None if mission is None else mission.objectives[place.objective - 1].text
    return plan.goals[place.goal - 1].objectives[place.objective - 1].text


_Rate = tuple[PeriodCapaian | None, PeriodCapaian | None]


class _Means:
    """Computes the node means of one plan, by the evaluation's rule."""

    def __init__(
        self, rows: Sequence[PlanRow], years: Sequence[int], evaluation: Evaluation
    ) -> None:
        self.rows = {row.target: row for row in rows}
        self.years = years
        self.evaluation = evaluation

    def rates(self, target: Target, year: int | None) -> _Rate:
        row = self.rows[target]
        if year is None:
            return row.end, row.budget_end
        cell = row.years[self.years.index(year)]
        return cell.capaian, cell.budget_capaian

    def mean(self, branch: _Branch, year: int | None) -> MeanCapaian:
        below = branch.below()
        k_counted, k_missing, k_values = self._collect(below, year, budget=False)
        b_counted, b_missing, b_values = self._collect(below, year, budget=True)
        rule = self.evaluation.plan_mean
        weights: list[Fraction] | None = None
        if rule is PlanMean.CHILDREN:
            k_values = self._children(branch, year, budget=False)
            b_values = self._children(branch, year, budget=True)
        elif rule is PlanMean.WEIGHTED:
            weights = [self._weight(target_id) for target_id in k_counted]
        policy = self.evaluation.band_policy
        kinerja = roll_up(k_values, weights, policy=policy) if k_values else None
        return MeanCapaian(
            year=year,
            kinerja=kinerja,
            anggaran=roll_up(b_values, policy=policy) if b_values else None,
            counted=k_counted,
            missing=k_missing,
            budget_counted=b_counted,
            budget_missing=b_missing,
        )

    def _collect(
        self, below: Sequence[Target], year: int | None, *, budget: bool
    ) -> tuple[tuple[str, ...], tuple[str, ...], list[Fraction]]:
        counted: dict[str, Fraction] = {}
        missing: dict[str, None] = {}
        for target in below:
            rate = self.rates(target, year)[1 if budget else 0]
            name = target.id if not budget else (target.budget.id if target.budget else "")
            if rate is None or not name:
                continue  # no target (or no budget) that year: neither counted nor missing
            if rate.value is None:
                missing[name] = None
            else:
                counted[name] = rate.value
        return tuple(counted), tuple(missing), list(counted.values())

    def _children(self, branch: _Branch, year: int | None, *, budget: bool) -> list[Fraction]:
        values = self._collect(branch.own, year, budget=budget)[2]
        for child in branch.children:
            mean = self.mean(child, year)
            rolled = mean.anggaran if budget else mean.kinerja
            if rolled is not None:
                values.append(rolled.mean)
        return values

    def _weight(self, target_id: str) -> Fraction:
        weight = self.evaluation.weight_of(target_id)
        if weight is None:  # checked up front in evaluate_plan
            raise InvalidValueError(target_id, "a target with a weight", "Evaluation.plan_weights")
        return weight


def evaluate_plan(
    plan: Plan,
    assessed: Sequence[TargetAssessment],
    evaluation: Evaluation,
    *,
    as_of: dt.date | None = None,
) -> PlanEvaluation:
    """The rows and node means of the plan's evaluation, from its targets' assessments.

    Args:
        plan: The plan.
        assessed: The assessment of every target of the case (the plan's and their
            budgets' among them).
        evaluation: The settings: the mean rule, its weights and the band policy.
        as_of: The as-of date the assessment was asked for, or ``None``.
    """
    by_target = {item.target: item for item in assessed}
    budgets = {t.budget for t in plan.all_targets() if t.budget is not None}
    tree = _tree(plan, budgets)
    # Rows in tree order: each misi's, then those the plan carries itself.
    branches = [*(b for mission in tree.children for b in mission.walk()), tree]
    order = list(dict.fromkeys(t for branch in branches for t in branch.own if t in by_target))
    if evaluation.plan_mean is PlanMean.WEIGHTED:
        unweighted = [t.id for t in order if evaluation.weight_of(t.id) is None]
        if unweighted:
            raise InvalidValueError(
                ", ".join(unweighted),
                "a weight for every kinerja target of the plan with plan_mean 'weighted'",
                "Evaluation.plan_weights",
            )
    years = _plan_years(by_target[t] for t in order)
    funded = [*order, *(t.budget for t in order if t.budget is not None)]
    when = as_of or max(
        (by_target[t].progress.as_of for t in funded if t in by_target), default=None
    )
    rows = tuple(
        _row(
            number,
            plan,
            by_target[target],
            None if target.budget is None else by_target.get(target.budget),
            years,
            when,
        )
        for number, target in enumerate(order, start=1)
    )
    means = _Means(rows, years, evaluation)
    nodes = [
        PlanNode(
            level=branch.level,
            mission=branch.mission,
            goal=branch.goal,
            objective=branch.objective,
            text=branch.text,
            targets=tuple(t.id for t in branch.below()),
            years=tuple(means.mean(branch, year) for year in years),
            end=means.mean(branch, None),
        )
        for branch in tree.walk()
    ]
    # The plan itself closes the form: it comes last, after every misi's nodes.
    nodes.append(nodes.pop(0))
    return PlanEvaluation(
        years=years, rows=rows, nodes=tuple(nodes), mean=evaluation.plan_mean, as_of=when
    )
