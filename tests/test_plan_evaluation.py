"""The plan evaluated along its tree: the rows and footers of "Evaluasi terhadap hasil RPJMD"."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from pledgekit import (
    Accumulation,
    Case,
    DataFileError,
    Direction,
    Evaluation,
    Goal,
    Indicator,
    InvalidValueError,
    Mission,
    NoMean,
    Objective,
    Observation,
    Period,
    Plan,
    PlanLevel,
    PlanPlace,
    Program,
    Target,
)
from pledgekit.io import dumps, loads
from pledgekit.methods.permendagri86 import NoCapaian, Predikat

YEARS = Period.years(2019, 2021)


def _yearly(*values: object) -> dict[Period, object]:
    return {Period.year(2019 + i): v for i, v in enumerate(values) if v is not None}


def _indicator(
    name: str, unit: str = "orang", *, less: bool = False, level: bool = False
) -> Indicator:
    return Indicator(
        name,
        unit,
        direction=Direction.DECREASE if less else Direction.INCREASE,
        accumulation=Accumulation.LAST if level else Accumulation.SUM,
    )


JOBS = _indicator("Tenaga kerja")
POOR = _indicator("Penduduk miskin", "%", less=True, level=True)
ROADS = _indicator("Jalan mantap", "%", level=True)
MONEY = _indicator("Anggaran tenaga kerja", "Rp")

BUDGET = Target(MONEY, 300, period=YEARS, schedule=_yearly(100, 100, 100), id="rp")
JOBS_T = Target(
    JOBS, 90000, period=YEARS, schedule=_yearly(30000, 30000, 30000), budget=BUDGET, id="jobs"
)
POOR_T = Target(
    POOR, "9", baseline="10", period=YEARS, schedule=_yearly("9.8", "9.5", "9"), id="poor"
)
ROADS_T = Target(ROADS, 80, baseline=70, period=YEARS, schedule=_yearly(72, 76, 80), id="roads")

PLAN = Plan(
    "Kabupaten Sukamaju",
    YEARS,
    missions=[
        # A sasaran directly under a misi, with no tujuan.
        Mission(1, "Ekonomi", objectives=[Objective("Lapangan kerja", targets=[JOBS_T])]),
        Mission(2, "Sosial"),
    ],
    goals=[
        Goal(
            "Kesejahteraan",
            mission=2,
            objectives=[
                Objective("Kemiskinan turun", targets=[POOR_T]),
                Objective("Jalan baik", targets=[ROADS_T]),
            ],
        )
    ],
    programs=[Program(1, "Penempatan tenaga kerja", missions=[1], targets=[JOBS_T])],
)
FIGURES = [
    Observation(Period.year(2019), 27197, indicator=JOBS),
    Observation(Period.year(2020), 30000, indicator=JOBS),
    Observation(Period.year(2019), 90, indicator=MONEY),
    Observation(Period.year(2019), "9.9", indicator=POOR),
    Observation(Period.year(2019), 73, indicator=ROADS),
    Observation(Period.year(2020), 74, indicator=ROADS),
]


def _case(**changes: object) -> Case:
    fields: dict[str, object] = {
        "plan": PLAN,
        "indicators": [MONEY, JOBS, POOR, ROADS],
        "targets": [BUDGET, JOBS_T, POOR_T, ROADS_T],
        "observations": FIGURES,
    }
    fields.update(changes)
    return Case("RPJMD Sukamaju", **fields)


# The rates by hand, in percent: R / T x 100 where more is better, (2T - R) / T x 100 where
# less is better (Permendagri 86's default).
JOBS_2019 = Fraction(27197, 30000) * 100  # 90.656...
JOBS_2020 = Fraction(100)
RP_2019 = Fraction(90, 100) * 100  # 90
POOR_2019 = (2 * Fraction("9.8") - Fraction("9.9")) / Fraction("9.8") * 100  # 98.979...
ROADS_2019 = Fraction(73, 72) * 100  # 101.38...
ROADS_2020 = Fraction(74, 76) * 100  # 97.36...


class TestRows:
    def test_one_row_per_kinerja_target_in_tree_order(self) -> None:
        """Misi 1's sasaran first, then misi 2's tujuan and its sasaran; the budget has no row."""
        plan = _case().assess().plan
        assert plan is not None
        assert (2019, 2020, 2021) == plan.years
        assert [("1", "jobs"), ("2", "poor"), ("3", "roads")] == [
            (row.number, row.target.id) for row in plan.rows
        ]

    def test_year_rates_for_kinerja_and_anggaran(self) -> None:
        """Each year's realisasi against that year's target, K and Rp."""
        row = _case().assess().plan.row("jobs")
        first, second = row.years[0], row.years[1]
        assert (JOBS_2019, Predikat.TINGGI) == (first.capaian.value, first.capaian.predikat)
        assert JOBS_2020 == second.capaian.value
        assert (RP_2019, 100, 90) == (
            first.budget_capaian.value,
            first.budget_target,
            first.budget_realisasi,
        )
        assert "rp" == row.budget.id
        assert (
            PlanPlace(level=PlanLevel.OBJECTIVE, mission=1, objective=1, programs=(1,)) == row.place
        )
        assert ("Lapangan kerja", 1) == (row.objective, row.program.number)

    def test_a_year_due_by_the_plans_date_with_no_figure_is_no_figure(self) -> None:
        """The poverty rate stops at 2019 while others report 2020: 2020 has no figure, 2021 is not due."""
        plan = _case().assess().plan
        assert plan is not None and dt.date(2020, 12, 31) == plan.as_of
        poor = plan.row("poor")
        reasons = [cell.capaian.reason for cell in poor.years]
        assert [None, NoCapaian.NO_FIGURE, NoCapaian.NOT_YET_DUE] == reasons
        # The budget's 2020 likewise: allocated 100, nothing reported.
        assert NoCapaian.NO_FIGURE == plan.row("jobs").years[1].budget_capaian.reason

    def test_end_of_period_rate(self) -> None:
        """The end rate of a summed indicator: 57,197 of 90,000; of a level: its latest figure."""
        plan = _case().assess().plan
        assert plan is not None
        assert Fraction(57197, 90000) * 100 == plan.row("jobs").end.value
        # Roads: the 2020 level 74 against the final 80.
        assert Fraction(74, 80) * 100 == plan.row("roads").end.value

    def test_capaian_awal_is_the_initial_or_the_baseline(self) -> None:
        """The form's first column: Target.initial where given, else the baseline."""
        jobs = Target(
            JOBS,
            90000,
            period=YEARS,
            schedule=_yearly(30000, 30000, 30000),
            initial=25000,
            id="jobs",
        )
        plan = Plan(
            "Kabupaten Sukamaju", YEARS, missions=[Mission(1, "Ekonomi", targets=[jobs, ROADS_T])]
        )
        case = Case("x", plan=plan, indicators=[JOBS, ROADS], targets=[jobs, ROADS_T])
        evaluated = case.assess().plan
        assert evaluated is not None
        assert (25000, 70) == (evaluated.row("jobs").initial, evaluated.row("roads").initial)

    def test_an_unknown_row_is_refused_with_the_ids(self) -> None:
        """Asking for a target the plan has no row for names the rows there are."""
        with pytest.raises(InvalidValueError, match="jobs, poor, roads"):
            _case().assess().plan.row("rp")


class TestMeans:
    def test_unweighted_mean_of_the_indicators_below_by_default(self) -> None:
        """Misi 2 in 2019: (98.98 + 101.39) / 2; the plan: the mean of all three."""
        plan = _case().assess().plan
        assert plan is not None
        mission = plan.node(PlanLevel.MISSION, mission=2)
        assert (POOR_2019 + ROADS_2019) / 2 == mission.years[0].kinerja.mean
        whole = plan.node(PlanLevel.PLAN)
        assert (JOBS_2019 + POOR_2019 + ROADS_2019) / 3 == whole.years[0].kinerja.mean
        assert Predikat.SANGAT_TINGGI == whole.years[0].kinerja.predikat
        assert ("jobs", "poor", "roads") == whole.years[0].counted

    def test_a_target_without_a_rate_is_left_out_and_listed(self) -> None:
        """2020: poverty has no figure, so the plan's mean is of jobs and roads, and says so."""
        whole = _case().assess().plan.node(PlanLevel.PLAN)
        year = whole.years[1]
        assert (JOBS_2020 + ROADS_2020) / 2 == year.kinerja.mean
        assert (("jobs", "roads"), ("poor",)) == (year.counted, year.missing)

    def test_a_node_with_no_figure_has_no_mean_and_says_why(self) -> None:
        """2021 is not yet due anywhere: no mean, for want of a figure."""
        whole = _case().assess().plan.node(PlanLevel.PLAN)
        assert (None, NoMean.NO_FIGURE) == (whole.years[2].kinerja, whole.years[2].reason)

    def test_a_node_with_no_target_that_year(self) -> None:
        """A sasaran whose only indicator has no 2021 target: no mean, for want of a target."""
        roads = Target(ROADS, 76, baseline=70, period=YEARS, schedule=_yearly(72, 76), id="roads")
        plan = Plan(
            "Kab",
            YEARS,
            missions=[Mission(1, "M", objectives=[Objective("S", targets=[roads, JOBS_T])])],
        )
        case = Case(
            "x",
            plan=plan,
            indicators=[MONEY, JOBS, ROADS],
            targets=[BUDGET, roads, JOBS_T],
            observations=[o for o in FIGURES if o.indicator is not POOR],
        )
        evaluated = case.assess(dt.date(2021, 12, 31)).plan
        assert evaluated is not None
        row = evaluated.row("roads")
        assert None is row.years[2].capaian
        # Jobs has a 2021 target and no figure: missing; roads has no target: neither.
        sasaran = evaluated.node(PlanLevel.OBJECTIVE, mission=1, objective=1)
        assert ((), ("jobs",), NoMean.NO_FIGURE) == (
            sasaran.years[2].counted,
            sasaran.years[2].missing,
            sasaran.years[2].reason,
        )

    def test_anggaran_mean(self) -> None:
        """The budget's mean over the budgets below: 90 in 2019, none in 2020."""
        whole = _case().assess().plan.node(PlanLevel.PLAN)
        assert RP_2019 == whole.years[0].anggaran.mean
        assert (None, NoMean.NO_FIGURE, ("rp",)) == (
            whole.years[1].anggaran,
            whole.years[1].budget_reason,
            whole.years[1].budget_missing,
        )

    def test_end_of_period_mean(self) -> None:
        """The end rates' mean: jobs 57197/900, poverty (18 - 9.9) / 9 x 100 = 90, roads 92.5."""
        whole = _case().assess().plan.node(PlanLevel.PLAN)
        jobs = Fraction(57197, 900)
        poor = (2 * 9 - Fraction("9.9")) / 9 * 100
        assert 90 == poor
        assert (jobs + poor + Fraction(185, 2)) / 3 == whole.end.kinerja.mean

    def test_mean_of_children(self) -> None:
        """'children': the plan is the mean of its two misi's means, not of the three indicators."""
        evaluation = Evaluation(plan_mean="children")
        whole = _case().assess(evaluation=evaluation).plan.node(PlanLevel.PLAN)
        mission_2 = (POOR_2019 + ROADS_2019) / 2  # tujuan = mean of its two sasaran
        assert (JOBS_2019 + mission_2) / 2 == whole.years[0].kinerja.mean
        assert (JOBS_2019 + mission_2) / 2 != (JOBS_2019 + POOR_2019 + ROADS_2019) / 3

    def test_weighted_mean(self) -> None:
        """'weighted': jobs counts three times, poverty and roads once each."""
        evaluation = Evaluation(
            plan_mean="weighted", plan_weights={"jobs": 3, "poor": 1, "roads": 1}
        )
        whole = _case().assess(evaluation=evaluation).plan.node(PlanLevel.PLAN)
        assert (3 * JOBS_2019 + POOR_2019 + ROADS_2019) / 5 == whole.years[0].kinerja.mean

    def test_weighted_mean_needs_every_weight(self) -> None:
        """A kinerja target with no weight is refused, naming it."""
        evaluation = Evaluation(plan_mean="weighted", plan_weights={"jobs": 3})
        with pytest.raises(InvalidValueError, match="poor, roads"):
            _case().assess(evaluation=evaluation)

    def test_weights_without_the_weighted_rule_are_refused(self) -> None:
        """Weights that nothing would use are refused, not ignored."""
        with pytest.raises(InvalidValueError, match="weighted"):
            Evaluation(plan_weights={"jobs": 3})

    @pytest.mark.parametrize("weight", [0, -1])
    def test_a_weight_must_be_above_zero(self, weight: int) -> None:
        """A zero weight would leave a target out in silence."""
        with pytest.raises(InvalidValueError, match="above 0"):
            Evaluation(plan_mean="weighted", plan_weights={"jobs": weight})

    def test_nodes_in_tree_order_with_the_plan_last(self) -> None:
        """Misi 1 and its sasaran, misi 2, its tujuan and their sasaran, then the plan."""
        plan = _case().assess().plan
        assert plan is not None
        assert [
            (PlanLevel.MISSION, 1, None, None),
            (PlanLevel.OBJECTIVE, 1, None, 1),
            (PlanLevel.MISSION, 2, None, None),
            (PlanLevel.GOAL, 2, 1, None),
            (PlanLevel.OBJECTIVE, 2, 1, 1),
            (PlanLevel.OBJECTIVE, 2, 1, 2),
            (PlanLevel.PLAN, None, None, None),
        ] == [(n.level, n.mission, n.goal, n.objective) for n in plan.nodes]

    def test_an_unknown_node_is_refused(self) -> None:
        """Asking for a node the tree has not names the nodes it has."""
        with pytest.raises(InvalidValueError, match="mission 1"):
            _case().assess().plan.node(PlanLevel.MISSION, mission=9)

    def test_no_plan_no_evaluation(self) -> None:
        """A case without a plan has no plan evaluation."""
        case = Case("x", indicators=[ROADS], targets=[ROADS_T])
        assert None is case.assess().plan


class TestModel:
    def test_sasaran_directly_under_a_misi(self) -> None:
        """Plan.place_of numbers it within the misi, with no tujuan."""
        assert PlanPlace(
            level=PlanLevel.OBJECTIVE, mission=1, objective=1, programs=(1,)
        ) == PLAN.place_of(JOBS_T)
        assert JOBS_T in PLAN.all_targets()

    def test_a_plan_may_have_no_vision(self) -> None:
        """A plan table gives none; none is made up, and an empty one is refused."""
        assert None is PLAN.vision
        with pytest.raises(InvalidValueError, match=r"Plan\.vision"):
            Plan("Kab", YEARS, vision=" ")

    def test_budget_must_be_summed_and_upward(self) -> None:
        """A level or a lower-is-better indicator cannot be a budget."""
        with pytest.raises(InvalidValueError, match="increase, sum"):
            Target(JOBS, 1, period=YEARS, budget=ROADS_T)

    def test_budget_has_no_budget(self) -> None:
        """Budgets do not chain."""
        with pytest.raises(InvalidValueError, match="no budget of its own"):
            Target(ROADS, 80, period=YEARS, budget=JOBS_T)

    def test_budget_listed_in_the_case_before_the_target(self) -> None:
        """A case lists a budget, and before the target it funds."""
        with pytest.raises(InvalidValueError, match="before the target"):
            _case(targets=[JOBS_T, BUDGET, POOR_T, ROADS_T])
        with pytest.raises(InvalidValueError, match=r"add it to Case\.targets"):
            _case(targets=[JOBS_T, POOR_T, ROADS_T])

    def test_an_assumed_accumulation_is_the_last_value(self) -> None:
        """Only non-kumulatif is ever assumed."""
        assumed = Indicator(
            "x",
            "%",
            direction=Direction.INCREASE,
            accumulation=Accumulation.LAST,
            accumulation_assumed=True,
        )
        assert assumed.accumulation_assumed
        with pytest.raises(InvalidValueError, match=r"Accumulation\.LAST"):
            Indicator(
                "x",
                "%",
                direction=Direction.INCREASE,
                accumulation=Accumulation.SUM,
                accumulation_assumed=True,
            )


class TestCaseFile:
    def test_round_trip(self) -> None:
        """Budget, initial, assumed accumulation and a sasaran under a misi survive JSON."""
        assumed = Indicator(
            "Rasio",
            "%",
            direction=Direction.INCREASE,
            accumulation=Accumulation.LAST,
            accumulation_assumed=True,
        )
        ratio = Target(assumed, 5, period=YEARS, initial=3, id="ratio")
        plan = Plan(
            "Kab", YEARS, missions=[Mission(1, "M", objectives=[Objective("S", targets=[ratio])])]
        )
        case = _case(
            plan=plan,
            indicators=[MONEY, JOBS, POOR, ROADS, assumed],
            targets=[BUDGET, JOBS_T, POOR_T, ROADS_T, ratio],
        )
        assert case == loads(dumps(case), format="json")

    def test_a_budget_listed_after_is_named(self) -> None:
        """A budget listed after the target it funds: the file says to list it before."""
        text = """
pledgekit_case = 2
title = "x"
[[indicators]]
id = "k"
name = "K"
unit = "orang"
direction = "increase"
accumulation = "sum"
[[indicators]]
id = "rp"
name = "Rp"
unit = "Rp"
direction = "increase"
accumulation = "sum"
[[targets]]
id = "k"
indicator = "k"
value = "10"
period = "2019-01-01..2019-12-31"
budget = "rp"
[[targets]]
id = "rp"
indicator = "rp"
value = "10"
period = "2019-01-01..2019-12-31"
"""
        with pytest.raises(DataFileError, match="not listed before it in targets"):
            loads(text)

    def test_version_1_refuses_the_new_keys(self) -> None:
        """A version-1 file naming an assumed accumulation needs version 2."""
        text = """
pledgekit_case = 1
title = "x"
[[indicators]]
name = "K"
unit = "%"
direction = "increase"
accumulation = "last"
accumulation_assumed = true
"""
        with pytest.raises(DataFileError, match="needs version 2"):
            loads(text)

    def test_a_flag_is_true_or_false(self) -> None:
        """accumulation_assumed = "yes" is refused."""
        text = """
pledgekit_case = 2
title = "x"
[[indicators]]
name = "K"
unit = "%"
direction = "increase"
accumulation = "last"
accumulation_assumed = "yes"
"""
        with pytest.raises(DataFileError, match="true or false"):
            loads(text)
