"""Tests for pledgekit.strategies and its registration with Hypothesis."""

from __future__ import annotations

import datetime as dt
import itertools
import subprocess
import sys
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import Phase, event, find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import pledgekit
from pledgekit import (
    Accumulation,
    Case,
    Claim,
    ClaimKind,
    Direction,
    Observation,
    Period,
    Plan,
    PlanLevel,
    Pledge,
    Target,
    text,
    to_amount,
)
from pledgekit.methods.permendagri86 import RollUp, ScheduledCapaian, predikat
from pledgekit.strategies import (
    amounts,
    cases,
    claims,
    comparisons,
    indicators,
    memberships,
    milestones,
    observations,
    periods,
    plan_cases,
    plan_evaluations,
    plans,
    pledge_assessments,
    pledges,
    revisions,
    schedule_entries,
    schedules,
    sources,
    targets,
    texts,
)

# Each example of these assesses a whole case, plan or pledge: at most 50 under any
# profile, which keeps the suite's run in CI within its time.
_HEAVY = settings(max_examples=min(settings.default.max_examples, 50))


def _revalidate(value: Any) -> None:
    """attrs.evolve with no changes runs every converter and validator again."""
    assert value == attrs.evolve(value)


class TestValidByConstruction:
    @given(amounts())
    def test_amounts(self, value: Decimal) -> None:
        """Every amount is accepted by to_amount unchanged."""
        assert value == to_amount(value)

    @given(amounts(-5, 5, places=0))
    def test_amount_bounds(self, value: Decimal) -> None:
        """Bounds hold and places=0 gives whole numbers."""
        assert -5 <= value <= 5
        assert value == value.to_integral_value()

    @given(periods(dt.date(2020, 1, 1), dt.date(2020, 12, 31), max_days=10))
    def test_periods(self, period: Period) -> None:
        """Periods stay within their bounds and length."""
        _revalidate(period)
        assert Period.year(2020).contains(period)
        assert 1 <= period.days <= 10

    @given(targets())
    def test_targets(self, target: Target) -> None:
        """A target lies on the good side of its baseline."""
        _revalidate(target)
        assert (target.value - target.baseline) * target.indicator.direction.sign >= 0

    @given(targets().flatmap(lambda t: st.tuples(st.just(t), observations(t, resolutions=True))))
    def test_observations_are_a_consistent_series(
        self, case: tuple[Target, tuple[Observation, ...]]
    ) -> None:
        """Observations lie in the target period, in order, without overlaps."""
        target, series = case
        for observation in series:
            _revalidate(observation)
            assert target.period.contains(observation.period)
        for earlier, later in itertools.pairwise(series):
            assert earlier.period.end < later.period.start

    @given(
        targets().flatmap(
            lambda t: st.tuples(st.just(t), observations(t, min_size=1, with_gaps=False))
        )
    )
    def test_observations_without_gaps_start_at_the_start(
        self, case: tuple[Target, tuple[Observation, ...]]
    ) -> None:
        """Without gaps the series starts on the first day and leaves no day out between figures."""
        target, series = case
        assert target.period.start == series[0].period.start
        for earlier, later in itertools.pairwise(series):
            assert earlier.period.end + dt.timedelta(days=1) == later.period.start

    @given(targets().flatmap(claims))
    def test_claims(self, claim: Claim) -> None:
        """Claims are dated within their target's period, after or on their as-of date."""
        _revalidate(claim)
        assert claim.target is not None
        assert claim.target.period.contains(claim.as_of)
        if claim.stated_on is not None:
            assert claim.stated_on >= claim.as_of
        assert (claim.value is None) == (claim.kind is ClaimKind.MET)

    @given(pledges())
    def test_pledges(self, pledge: Pledge) -> None:
        """Pledges revalidate, their text is never blank."""
        _revalidate(pledge)
        assert pledge.text.strip()

    @given(plans())
    def test_plans(self, plan: Plan) -> None:
        """Plans revalidate: unique numbers, references that resolve."""
        _revalidate(plan)

    @given(cases())
    def test_cases(self, case: Case) -> None:
        """Cases revalidate and assess without error."""
        _revalidate(case)
        assessment = case.assess()
        assert len(case.targets) == len(assessment.targets)

    @given(sources(), memberships(), texts())
    def test_small_parts(self, source: Any, membership: Any, text: str) -> None:
        """Sources, memberships and texts are valid."""
        _revalidate(source)
        _revalidate(membership)
        assert text.strip()


class TestPlanStrategies:
    """Plan cases and their evaluations are valid by construction."""

    @given(plan_cases())
    def test_plan_cases_assess(self, case: Case) -> None:
        """A plan case revalidates and assesses; its plan evaluation has a row per kinerja target."""
        _revalidate(case)
        assert case.plan is not None
        budgets = {t.budget for t in case.targets if t.budget is not None}
        for target in case.targets:
            years = {e.period for e in target.schedule}
            assert years and all(p == Period.year(p.start.year) for p in years)
            assert case.plan.period.contains(target.period)
            if target.indicator.accumulation_assumed:
                assert Accumulation.LAST is target.indicator.accumulation
        for budget in budgets:
            funded = [i for i, t in enumerate(case.targets) if t.budget == budget]
            assert case.targets.index(budget) < min(funded)
            assert ("Rp", Direction.INCREASE) == (budget.unit, budget.indicator.direction)
        evaluation = case.assess().plan
        assert evaluation is not None
        assert len(case.targets) - len(budgets) == len(evaluation.rows)
        event(f"{len(evaluation.rows)} rows, {len(budgets)} budgets")

    @given(plan_cases(min_targets=2, max_targets=2, years=st.just(4), budgets=False, missing=False))
    def test_plan_case_options(self, case: Case) -> None:
        """Two targets over four years, no budget, every scheduled year reported."""
        evaluation = case.assess().plan
        assert evaluation is not None and 2 == len(evaluation.rows)
        assert all(row.budget is None for row in evaluation.rows)
        assert case.plan is not None
        first = case.plan.period.start.year
        assert Period.years(first, first + 3) == case.plan.period
        for row in evaluation.rows:
            assert all(c.capaian is None or c.capaian.value is not None for c in row.years)

    @_HEAVY
    @given(plan_evaluations())
    def test_plan_evaluations_hold_their_rows(self, drawn: pledgekit.PlanEvaluation) -> None:
        """The plan's node comes last and lists every row's target."""
        assert PlanLevel.PLAN is drawn.nodes[-1].level
        assert {r.target.id for r in drawn.rows} == set(drawn.nodes[-1].targets)
        event(drawn.mean.value)

    def test_plans_draw_direct_sasaran_and_no_vision(self) -> None:
        """plans() reaches a sasaran directly under a misi, and a plan with no vision."""
        # Found, not shrunk: the shape is what is asked, not its simplest example.
        found = find(
            plans(),
            lambda p: p.vision is None and any(m.objectives for m in p.missions),
            settings=settings(database=None, phases=(Phase.generate,)),
        )
        assert found.vision is None

    @_HEAVY
    @given(st.from_type(pledgekit.MeanCapaian))
    def test_a_drawn_mean_says_why_it_has_none(self, drawn: pledgekit.MeanCapaian) -> None:
        """A drawn footer cell has a mean exactly when something was counted, and combines no more."""
        event(str(drawn.reason))
        assert (drawn.kinerja is None) == (not drawn.counted)
        if drawn.kinerja is not None:
            # The mean of the children combines their means: fewer values than rows counted.
            assert 1 <= drawn.kinerja.count <= len(drawn.counted)


class TestNewShapesValidByConstruction:
    """The strategies for comparisons, schedules, revisions, bounds, rates and milestones."""

    @given(st.sampled_from(Direction).flatmap(lambda d: st.tuples(st.just(d), comparisons(d))))
    def test_comparisons_fit_the_direction(self, drawn: tuple[Direction, Any]) -> None:
        """A comparison drawn for a direction is WITHIN or points the direction's way."""
        direction, comparison = drawn
        assert comparison.upward in (None, direction is Direction.INCREASE)

    @given(periods(max_days=400).flatmap(lambda p: st.tuples(st.just(p), schedule_entries(p))))
    def test_schedule_entries_lie_in_their_period(self, drawn: tuple[Period, Any]) -> None:
        """An entry drawn within a period lies in it and revalidates."""
        period, entry = drawn
        _revalidate(entry)
        assert period.contains(entry.period)

    @given(periods(max_days=400).flatmap(schedules))
    def test_schedules_for_a_period(self, schedule: tuple[Any, ...]) -> None:
        """A schedule for a period is in order and never overlaps."""
        assert 1 <= len(schedule)
        for earlier, later in itertools.pairwise(schedule):
            assert earlier.period.end < later.period.start

    @given(targets(comparison=True, schedule=None, revisions=None))
    def test_targets_as_written_revalidate(self, target: Target) -> None:
        """Targets with drawn comparisons, schedules and revisions revalidate."""
        _revalidate(target)
        for revision in target.revisions:
            _revalidate(target.in_force(revision.on))

    @given(
        targets(comparison=True).flatmap(
            lambda t: claims(t, kinds=st.sampled_from(ClaimKind), bounds=True)
        )
    )
    def test_rate_and_bound_claims(self, claim: Claim) -> None:
        """RATE claims have a unit and a period ending by their date; bounds are never WITHIN."""
        _revalidate(claim)
        if claim.kind is ClaimKind.RATE:
            assert claim.per is not None
            assert claim.period is not None
            assert claim.period.end <= claim.as_of
        assert claim.bound is not pledgekit.Comparison.WITHIN

    @given(milestones(dt.date(2020, 1, 1), dt.date(2020, 12, 31)))
    def test_milestones(self, milestone: pledgekit.Milestone) -> None:
        """Milestones are due within their bounds and revalidate."""
        _revalidate(milestone)
        assert Period.year(2020).contains(milestone.due)

    @_HEAVY
    @given(cases(as_written=True))
    def test_cases_as_written(self, case: Case) -> None:
        """Cases as written revalidate and assess without error."""
        _revalidate(case)
        assert len(case.targets) == len(case.assess().targets)


class TestCoverage:
    """The default strategies reach the hard cases."""

    def test_both_directions_and_accumulations(self) -> None:
        """Every direction and accumulation pair is generated."""
        seen: set[tuple[Direction, Accumulation]] = set()

        @given(indicators())
        def collect(indicator: Any) -> None:
            seen.add((indicator.direction, indicator.accumulation))

        collect()
        assert {(d, a) for d in Direction for a in Accumulation} == seen

    def test_target_equal_to_baseline_and_zero_baseline(self) -> None:
        """Targets equal to their baseline and zero baselines both occur."""
        flags: set[str] = set()

        @given(targets())
        def collect(target: Target) -> None:
            if target.value == target.baseline:
                flags.add("equal")
            if target.baseline == 0:
                flags.add("zero")
            if target.period.days == 1:
                flags.add("one-day")

        collect()
        assert {"equal", "zero", "one-day"} <= flags

    def test_met_missed_and_over_achieved(self) -> None:
        """Series fall short of, meet and exceed their targets."""
        outcomes: set[str] = set()

        @given(targets().flatmap(lambda t: st.tuples(st.just(t), observations(t))))
        def collect(case: tuple[Target, tuple[Observation, ...]]) -> None:
            target, series = case
            result = pledgekit.progress(target, series, as_of=target.period.end)
            outcomes.add("surplus" if result.surplus else "met" if result.is_met else "short")

        collect()
        assert {"surplus", "met", "short"} == outcomes


_JOBS = pledgekit.Indicator(
    "Jobs", "persons", direction=Direction.INCREASE, accumulation=Accumulation.SUM
)


class TestInvalidArguments:
    @pytest.mark.parametrize(
        "make",
        [
            lambda: amounts(5, 1),
            lambda: amounts(1.5),
            lambda: amounts(places=-1),
            lambda: amounts(10**31),
            lambda: amounts(max_integer_digits=31),
            lambda: amounts(max_fraction_digits=-1),
            lambda: amounts(max_fraction_digits=31),
            lambda: amounts(places=2, max_fraction_digits=2),
            lambda: amounts("0.001", "0.009", max_fraction_digits=2),
            lambda: amounts(1000, 2000, max_integer_digits=3),
            lambda: observations(Target(_JOBS, 1, period=Period.year(2020)), outside="yes"),
            lambda: observations(Target(_JOBS, 1, period=Period.year(2020)), overlapping=1),
            lambda: claims(Target(_JOBS, 1, period=Period.year(2020)), quoting=[]),
            lambda: claims(Target(_JOBS, 1, period=Period.year(2020)), problems=None),
            lambda: cases(min_targets=4, max_targets=3),
            lambda: cases(irregular="no"),
            lambda: periods(dt.date(2020, 1, 1), dt.date(2019, 1, 1)),
            lambda: periods(max_days=0),
            lambda: periods("2020-01-01"),
            lambda: indicators(directions=[Direction.INCREASE]),
            lambda: targets(baselines=Decimal(1)),
            lambda: observations("target"),
            lambda: claims(None),
            lambda: cases(max_targets=-1),
            lambda: cases(with_plan="yes"),
            lambda: plans(max_missions=0),
            lambda: texts(max_size=0),
            lambda: comparisons("increase"),
            lambda: comparisons(within=None),
            lambda: schedule_entries("2020"),
            lambda: schedules(Period.year(2020), consistent=True),
            lambda: schedules(Target(_JOBS, 1, period=Period.year(2020)), values=amounts()),
            lambda: schedules(
                Target(_JOBS, 1, period=Period.year(2020)), accumulation=Accumulation.LAST
            ),
            lambda: schedules(Period.year(2020), min_size=0),
            lambda: schedules("2020"),
            lambda: revisions(Target(_JOBS, 1, period=Period.year(2020)), schedule="yes"),
            lambda: revisions(Period.year(2020)),
            lambda: milestones(dt.date(2020, 1, 2), dt.date(2020, 1, 1)),
            lambda: milestones(done="no"),
            lambda: targets(comparison=None),
            lambda: targets(schedule="yearly"),
            lambda: claims(Target(_JOBS, 1, period=Period.year(2020)), bounds=1),
            lambda: pledges(milestones=()),
            lambda: cases(as_written=None),
            lambda: plan_cases(min_targets=3, max_targets=2),
            lambda: plan_cases(max_targets=21),
            lambda: plan_cases(years=3),
            lambda: plan_cases(budgets="yes"),
            lambda: plan_cases(missing=None),
            lambda: plan_evaluations(means=pledgekit.PlanMean.CHILDREN),
        ],
    )
    def test_bad_arguments_raise_invalid_argument(self, make: Any) -> None:
        """Bad arguments raise Hypothesis's InvalidArgument when the strategy is made or drawn."""
        with pytest.raises(InvalidArgument):
            make().example()

    @pytest.mark.parametrize(
        "make",
        [
            lambda: plan_cases(years=st.just(0)),
            lambda: plan_evaluations(cases=cases(with_plan=False)),
        ],
    )
    def test_bad_draws_raise_invalid_argument(self, make: Any) -> None:
        """A strategy argument that draws what cannot be used raises InvalidArgument when drawn."""

        @settings(max_examples=1, database=None)
        @given(make())
        def draw(value: Any) -> None:
            pass

        with pytest.raises(InvalidArgument):
            draw()


def _public_attrs_classes() -> list[type]:
    """Every attrs class that pledgekit, its verdicts and its methods export."""
    from pledgekit import text, verdicts
    from pledgekit.methods import permendagri86, sakip, sdg

    found = []
    for module in (pledgekit, verdicts, permendagri86, sakip, sdg, text):
        for name in module.__all__:
            value = getattr(module, name)
            if isinstance(value, type) and attrs.has(value):
                found.append(value)
    return found


class TestRegistration:
    def test_every_public_class_is_found(self) -> None:
        """The list of public classes below is not empty by accident."""
        names = {cls.__name__ for cls in _public_attrs_classes()}
        assert {"Progress", "VerdictRecord", "Person", "Mission", "RollUp"} <= names

    @pytest.mark.parametrize("cls", _public_attrs_classes(), ids=lambda cls: cls.__name__)
    def test_from_type_resolves(self, cls: type) -> None:
        """st.from_type builds valid instances of every public class."""

        @settings(max_examples=10)
        @given(st.from_type(cls))
        def check(value: Any) -> None:
            assert isinstance(value, cls)
            _revalidate(value)

        check()

    @given(st.from_type(pledgekit.Progress))
    def test_progress_is_computed(self, drawn: pledgekit.Progress) -> None:
        """A drawn Progress is what progress() gives for its own target, figures and date."""
        given_figures = drawn.observations + drawn.left_out + drawn.outside
        assert drawn == pledgekit.progress(drawn.target, given_figures, as_of=drawn.as_of)

    @_HEAVY
    @given(st.from_type(pledgekit.Assessment))
    def test_assessment_is_computed(self, drawn: pledgekit.Assessment) -> None:
        """A drawn Assessment is what its own case assesses to."""
        assert drawn == drawn.case.assess(drawn.as_of)

    @_HEAVY
    @given(st.from_type(pledgekit.TargetAssessment))
    def test_target_assessment_is_computed(self, drawn: pledgekit.TargetAssessment) -> None:
        """A drawn TargetAssessment's progress is progress() of its target and figures."""
        state = drawn.progress
        figures = state.observations + state.left_out + state.outside
        # Progress holds the target in force at its date (a revised one, perhaps).
        assert drawn.target.in_force(state.as_of) == state.target
        assert state == pledgekit.progress(drawn.target, figures, as_of=state.as_of)

    @given(st.from_type(pledgekit.Explanation))
    def test_explanation_is_a_run(self, drawn: pledgekit.Explanation) -> None:
        """A drawn Explanation spans its run, leaves out other figures, and its total fits."""
        run = drawn.observations
        assert Period(run[0].period.start, run[-1].period.end) == drawn.period
        assert set(run).isdisjoint(drawn.left_out)
        assert drawn.interval[0] <= drawn.total <= drawn.interval[1]

    @given(st.from_type(RollUp))
    def test_roll_up_is_computed(self, drawn: RollUp) -> None:
        """A drawn RollUp's predikat is the predikat of its mean."""
        assert predikat(drawn.mean) == drawn.predikat
        assert 1 <= drawn.count

    @given(st.from_type(pledgekit.Finding))
    def test_findings_are_audit_findings(self, drawn: pledgekit.Finding) -> None:
        """A drawn Finding has a kind, a severity and words, as audit() makes them."""
        assert isinstance(drawn.kind, pledgekit.FindingKind)
        assert drawn.message.strip()

    def test_entry_point_is_declared(self) -> None:
        """The installed distribution declares the hypothesis entry point."""
        from importlib.metadata import entry_points

        (entry,) = [e for e in entry_points(group="hypothesis") if e.value.startswith("pledgekit.")]
        assert "pledgekit._hypothesis_plugin:_hypothesis_setup_hook" == entry.value

    def test_fresh_interpreter_resolves_without_import(self) -> None:
        """In a fresh interpreter, importing hypothesis alone makes from_type(Target) work."""
        code = (
            "import hypothesis.strategies as st, pledgekit, sys\n"
            "assert 'pledgekit.strategies' not in sys.modules\n"
            "t = st.from_type(pledgekit.Target).example()\n"
            "assert isinstance(t, pledgekit.Target)\n"
            "print('ok')\n"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=False
        )
        assert "ok" == out.stdout.strip(), out.stderr


class TestPledgeParts:
    """Pledge assessments and their parts are what assess_pledge makes."""

    @_HEAVY
    @given(
        st.sampled_from(pledgekit.PledgeRule).flatmap(
            lambda rule: pledge_assessments(
                evaluations=st.just(pledgekit.Evaluation(pledge_rule=rule, sdg="statcan"))
            )
        )
    )
    def test_pledge_assessment_is_computed(self, drawn: pledgekit.PledgeAssessment) -> None:
        """A drawn PledgeAssessment is assess_pledge of its pledge, targets, date and rule."""
        event(f"rule {drawn.rule.value}, status {drawn.status.value}")
        # Drawn by Case.assess with no date asked for: the latest verdict is the one checked.
        again = pledgekit.assess_pledge(
            drawn.pledge, drawn.targets, as_of=drawn.as_of, rule=drawn.rule, latest_verdict=True
        )
        assert again == drawn

    @_HEAVY
    @given(st.from_type(pledgekit.LeftOut))
    def test_left_out_says_why(self, drawn: pledgekit.LeftOut) -> None:
        """A milestone is left out only for having no rate; a target for another reason."""
        event(drawn.reason.value)
        not_rated = drawn.reason is pledgekit.LeftOutReason.MILESTONE_NOT_RATED
        assert ("milestone" == drawn.kind) == not_rated

    @given(st.from_type(pledgekit.MilestoneAssessment))
    def test_milestone_late_days_only_when_done(self, drawn: pledgekit.MilestoneAssessment) -> None:
        """late_days is set exactly when the milestone is done, and 0 exactly when on time."""
        event(drawn.state.value)
        done = {pledgekit.MilestoneState.DONE, pledgekit.MilestoneState.DONE_LATE}
        assert (drawn.late_days is not None) == (drawn.state in done)
        if drawn.late_days is not None:
            assert (0 == drawn.late_days) == (drawn.state is pledgekit.MilestoneState.DONE)

    @given(st.from_type(ScheduledCapaian))
    def test_scheduled_capaian_rates_a_realisation(self, drawn: ScheduledCapaian) -> None:
        """A row with a rate has a realisation; the figures found lie on the entry's period."""
        event("rated" if drawn.capaian.value is not None else str(drawn.capaian.reason))
        if drawn.capaian.value is not None:
            assert drawn.realisasi is not None
        assert all(f.period.overlaps(drawn.entry.period) for f in drawn.figures)

    @given(st.from_type(text.RateNumber))
    def test_rates_keep_their_bound(self, drawn: text.RateNumber) -> None:
        """An approximate figure puts no bound on the rate's figure."""
        event(f"bound {drawn.figure.bound}, average {drawn.average}")
        if drawn.figure.approximate:
            assert drawn.figure.bound is None
