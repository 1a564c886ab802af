"""Tests for Case: its reference checks and Case.assess()."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pledgekit import (
    Accumulation,
    Case,
    Claim,
    ClaimKind,
    ClaimLevel,
    Direction,
    Evaluation,
    FindingKind,
    Indicator,
    InvalidValueError,
    Mission,
    Observation,
    PaceStatus,
    Period,
    Plan,
    Pledge,
    Program,
    Severity,
    Source,
    Target,
)
from pledgekit.verdicts import Verdict, VerdictProblem, VerdictRecord, VerdictRules

TERM = Period.years(2019, 2020)
JOBS = Indicator("Jobs", "orang", direction=Direction.INCREASE, accumulation=Accumulation.SUM)
RATE = Indicator("Rate", "%", direction=Direction.DECREASE, accumulation=Accumulation.LAST)
JOBS_TARGET = Target(JOBS, 100, period=TERM)
RATE_TARGET = Target(RATE, 6, period=TERM, baseline=10)
NEWS = Source("Koran", "Janji")
PLAN = Plan(
    "Kota", TERM, vision="Maju", missions=[Mission(1, "Ekonomi")], programs=[Program(3, "Kerja")]
)


def two_targets(**changes: object) -> Case:
    fields: dict[str, object] = {
        "indicators": [JOBS, RATE],
        "targets": [JOBS_TARGET, RATE_TARGET],
        "observations": [
            Observation(Period.year(2019), 40, indicator=JOBS, source=NEWS),
            Observation(Period.year(2019), 9, indicator=RATE),
            Observation(Period.months(2020, 1, 6), 8, indicator=RATE),
        ],
        "claims": [
            Claim(ClaimKind.ACHIEVED, 50, dt.date(2019, 12, 31), target=JOBS_TARGET, source=NEWS)
        ],
        "sources": [NEWS],
        "plan": PLAN,
        "pledges": [Pledge("Kerja", targets=[JOBS_TARGET], programs=[3])],
    }
    fields.update(changes)
    return Case("Two targets", **fields)  # type: ignore[arg-type]


class TestAssess:
    def test_each_target_at_its_own_latest_date(self) -> None:
        """Jobs are assessed at end 2019, the rate at end June 2020 (their latest figures)."""
        assessment = two_targets().assess()
        jobs, rate = assessment.targets
        assert dt.date(2019, 12, 31) == jobs.progress.as_of
        assert dt.date(2020, 6, 30) == rate.progress.as_of
        assert Decimal(8) == rate.progress.achieved

    def test_common_as_of(self) -> None:
        """An explicit as-of date applies to every target."""
        assessment = two_targets().assess(dt.date(2020, 12, 31))
        assert {dt.date(2020, 12, 31)} == {t.progress.as_of for t in assessment.targets}
        assert PaceStatus.MISSED == assessment.for_target(JOBS_TARGET.id).progress.status

    def test_findings_and_worst(self) -> None:
        """50 claimed against 40 reported is a total mismatch, the worst finding."""
        assessment = two_targets().assess()
        assert [FindingKind.TOTAL_MISMATCH] == [
            f.kind for f in assessment.for_target(JOBS_TARGET.id).findings
        ]
        assert Severity.ERROR == assessment.worst
        assert Severity.ERROR == max(f.severity for f in assessment.findings)

    def test_claims_and_pledges_by_target(self) -> None:
        """Each target carries its own claims and the pledges that set it."""
        jobs, rate = two_targets().assess().targets
        assert 1 == len(jobs.claims)
        assert () == rate.claims
        assert ("kerja",) == tuple(p.id for p in jobs.pledges)

    def test_target_without_figures(self) -> None:
        """A target nobody reported on is assessed at the case's latest date, with no data."""
        case = two_targets(
            observations=[Observation(Period.year(2019), 9, indicator=RATE)], claims=[]
        )
        jobs = case.assess().for_target(JOBS_TARGET.id)
        assert PaceStatus.NO_DATA == jobs.progress.status
        assert dt.date(2019, 12, 31) == jobs.progress.as_of

    def test_case_without_dates(self) -> None:
        """With no figures or claims at all, targets are assessed before their first day."""
        jobs = two_targets(observations=[], claims=[]).assess().for_target(JOBS_TARGET.id)
        assert dt.date(2018, 12, 31) == jobs.progress.as_of
        assert () == jobs.findings

    def test_nothing_found(self) -> None:
        """Without claims, and with every elapsed day covered, nothing is found."""
        case = Case(
            "One",
            indicators=[JOBS],
            targets=[JOBS_TARGET],
            observations=[Observation(Period.year(2019), 40)],
        )
        assert case.assess().worst is None

    def test_unknown_target_id(self) -> None:
        """Asking for a target that is not there names those that are."""
        with pytest.raises(InvalidValueError, match="jobs-2019-2020, rate-2019-2020"):
            two_targets().assess().for_target("nope")
        with pytest.raises(InvalidValueError):
            two_targets().target("nope")

    def test_bad_as_of(self) -> None:
        """The as-of date must be a date."""
        with pytest.raises(InvalidValueError):
            two_targets().assess("2020-01-01")  # type: ignore[arg-type]


class TestVerdicts:
    def test_kept_while_short(self) -> None:
        """Calling the jobs pledge kept while 40 of 100 are reported contradicts the data."""
        pledge = Pledge(
            "Kerja",
            targets=[JOBS_TARGET],
            programs=[3],
            verdicts=[VerdictRecord(dt.date(2019, 12, 31), Verdict.KEPT, "promised and done")],
        )
        jobs = two_targets(pledges=[pledge], claims=[]).assess().for_target(JOBS_TARGET.id)
        (finding,) = [f for f in jobs.findings if f.kind is FindingKind.VERDICT_CONTRADICTS_DATA]
        assert "KEPT" in finding.message

    def test_verdict_after_the_date_asked_for_not_checked(self) -> None:
        """A verdict given after the date the case is assessed at is not in force yet."""
        pledge = Pledge(
            "Kerja",
            targets=[JOBS_TARGET],
            programs=[3],
            verdicts=[VerdictRecord(dt.date(2021, 1, 1), Verdict.KEPT, "later")],
            id="kerja",
        )
        assessed = two_targets(pledges=[pledge], claims=[]).assess(dt.date(2020, 6, 30))
        jobs = assessed.for_target(JOBS_TARGET.id)
        assert FindingKind.VERDICT_CONTRADICTS_DATA not in [f.kind for f in jobs.findings]
        assert None is assessed.for_pledge("kerja").verdict_problem

    def test_latest_verdict_checked_when_no_date_is_asked_for(self) -> None:
        """With no date asked for, the latest verdict is checked against the figures.

        The case's figures are then all there are, and a newsroom rates after they come
        out: a verdict given after the last figure is the one in force.
        """
        pledge = Pledge(
            "Kerja",
            targets=[JOBS_TARGET],
            programs=[3],
            verdicts=[VerdictRecord(dt.date(2021, 1, 1), Verdict.KEPT, "later")],
            id="kerja",
        )
        assessed = two_targets(pledges=[pledge], claims=[]).assess()
        jobs = assessed.for_target(JOBS_TARGET.id)
        assert jobs.progress.as_of < dt.date(2021, 1, 1)  # the verdict is later than the data
        (finding,) = [f for f in jobs.findings if f.kind is FindingKind.VERDICT_CONTRADICTS_DATA]
        assert dt.date(2021, 1, 1) == finding.verdict.date  # type: ignore[union-attr]
        assert VerdictProblem.KEPT_NOT_MET is finding.verdict_problem
        assert VerdictProblem.KEPT_NOT_MET is assessed.for_pledge("kerja").verdict_problem

    def test_rules_are_a_parameter(self) -> None:
        """With 'kept' meaning 40 % is enough, KEPT at 40 of 100 is not contradicted."""
        pledge = Pledge(
            "Kerja",
            targets=[JOBS_TARGET],
            programs=[3],
            verdicts=[VerdictRecord(dt.date(2019, 12, 31), Verdict.KEPT, "enough")],
        )
        rules = VerdictRules(kept_at_least="0.4", partial_at_least="0.2")
        jobs = (
            two_targets(pledges=[pledge], claims=[])
            .assess(evaluation=Evaluation(verdict_rules=rules))
            .for_target(JOBS_TARGET.id)
        )
        assert FindingKind.VERDICT_CONTRADICTS_DATA not in [f.kind for f in jobs.findings]


class TestReferences:
    @pytest.mark.parametrize(
        ("changes", "where"),
        [
            ({"indicators": [JOBS]}, "Case.targets[1].indicator"),
            ({"targets": [JOBS_TARGET, JOBS_TARGET]}, "Case.targets[1].id"),
            ({"sources": []}, "Case.observations[0].source"),
            (
                {"observations": [Observation(Period.year(2019), 1)]},
                "Case.observations[0].indicator",
            ),
            (
                {"claims": [Claim(ClaimKind.ACHIEVED, 1, dt.date(2019, 1, 1))]},
                "Case.claims[0].target",
            ),
            (
                {
                    "claims": [
                        Claim(
                            ClaimKind.ACHIEVED,
                            1,
                            dt.date(2019, 1, 1),
                            target=Target(JOBS, 5, period=TERM),
                        )
                    ]
                },
                "Case.claims[0].target",
            ),
            ({"pledges": [Pledge("x", programs=[4])]}, "Case.pledges[0].programs[0]"),
            ({"pledges": [Pledge("x", programs=[3])], "plan": None}, "Case.pledges[0].programs[0]"),
            (
                {"pledges": [Pledge("x", targets=[Target(JOBS, 5, period=TERM)])]},
                "Case.pledges[0].targets[0]",
            ),
            ({"pledges": [Pledge("x", source=Source("a", "b"))]}, "Case.pledges[0].source"),
            (
                {"plan": attrs.evolve(PLAN, targets=[Target(JOBS, 5, period=TERM, id="other")])},
                "Case.plan",
            ),
            ({"observations": [1]}, "Case.observations[0]"),
        ],
    )
    def test_dangling_references_are_refused(self, changes: dict[str, object], where: str) -> None:
        """Everything a case refers to must be listed in it, and ids must be unique."""
        with pytest.raises(InvalidValueError) as info:
            two_targets(**changes)
        assert where == info.value.where

    def test_single_indicator_and_target_need_no_names(self) -> None:
        """With one indicator and one target, figures and claims need not name them."""
        case = Case(
            "One",
            indicators=[JOBS],
            targets=[JOBS_TARGET],
            observations=[Observation(Period.year(2019), 40)],
            claims=[Claim(ClaimKind.ACHIEVED, 40, dt.date(2019, 12, 31))],
        )
        assert () == case.assess().for_target(JOBS_TARGET.id).findings


class TestNotebook:
    def test_repr_html(self) -> None:
        """Case, Assessment and Progress render as HTML in notebooks, through pledgekit.report."""
        from pledgekit import report

        case = two_targets()
        assessment = case.assess()
        progress = assessment.targets[0].progress
        assert report.case_html(case) == case._repr_html_()
        assert report.assessment_html(assessment) == assessment._repr_html_()
        assert report.progress_html(progress) == progress._repr_html_()
        assert "<table" in progress._repr_html_()


class TestVerdictFindingsSayWhich:
    def _assessed(self) -> tuple[Pledge, Pledge, VerdictRecord]:
        kept = VerdictRecord(dt.date(2019, 12, 31), Verdict.KEPT, "promised and done")
        wrong = Pledge("Kerja", targets=[JOBS_TARGET], programs=[3], verdicts=[kept], id="wrong")
        fair = Pledge(
            "Kerja juga",
            targets=[JOBS_TARGET],
            programs=[3],
            verdicts=[VerdictRecord(dt.date(2019, 12, 31), Verdict.IN_PROGRESS, "on the way")],
            id="fair",
        )
        return wrong, fair, kept

    def test_finding_names_the_pledge_and_the_record(self) -> None:
        """KEPT at 40 of 100 on 'wrong' is contradicted; IN_PROGRESS on 'fair' is not."""
        wrong, fair, kept = self._assessed()
        jobs = two_targets(pledges=[wrong, fair], claims=[]).assess().for_target(JOBS_TARGET.id)
        found = [f for f in jobs.findings if f.kind is FindingKind.VERDICT_CONTRADICTS_DATA]
        assert [(wrong, kept)] == [(f.pledge, f.verdict) for f in found]
        assert "the verdict KEPT of 2019-12-31 on the pledge 'wrong'" in found[0].message

    def test_indonesian_words_blame_only_that_pledge(self) -> None:
        """The Indonesian report names 'wrong' and not the consistent 'fair'."""
        from pledgekit.report import to_json_dict

        wrong, fair, _ = self._assessed()
        report = to_json_dict(two_targets(pledges=[wrong, fair], claims=[]).assess())
        (jobs,) = [t for t in report["targets"] if t["id"] == JOBS_TARGET.id]
        (finding,) = [f for f in jobs["findings"] if f["kind"] == "verdict_contradicts_data"]
        assert (
            "penilaian “Ditepati” (31 Desember 2019) atas janji 'wrong' bertentangan dengan "
            "angka-angkanya: realisasi 40 dari target 100"
        ) == finding["messages"]["id"]
        verdict = {"date": "2019-12-31", "verdict": "kept", "rationale": "promised and done"}
        assert ("wrong", verdict) == (
            finding["pledge"],
            finding["verdict"],
        )


class TestAssessUnderAHostileContext:
    def test_same_findings(self) -> None:
        """Case.assess() gives the same findings under prec=5, ROUND_FLOOR, Emax=10."""
        import decimal

        pledge = Pledge(
            "Kerja",
            targets=[JOBS_TARGET],
            programs=[3],
            verdicts=[VerdictRecord(dt.date(2019, 12, 31), Verdict.KEPT, "done")],
        )
        case = two_targets(pledges=[pledge])
        expected = case.assess().findings
        hostile = decimal.Context(prec=5, rounding=decimal.ROUND_FLOOR, Emax=10, Emin=-10)
        with decimal.localcontext(hostile):
            actual = case.assess().findings
        assert expected == actual


class TestClaimLevels:
    """Where each claim puts the indicator, computed once by the assessment (charts read it)."""

    def _levels(self, target: Target, *claims: Claim) -> list[tuple[Fraction, ...]]:
        indicator = target.indicator
        case = Case("c", indicators=[indicator], targets=[target], claims=claims)
        return [(c.level, c.low, c.high) for c in case.assess().targets[0].claim_levels]

    def test_achieved_states_the_level(self) -> None:
        """Claimed 56,000 to the thousand: the level 56,000, from 55,500 to 56,500."""
        claim = Claim(ClaimKind.ACHIEVED, 56000, dt.date(2019, 12, 31), resolution=1000)
        assert [(Fraction(56000), Fraction(55500), Fraction(56500))] == self._levels(
            Target(JOBS, 150000, period=TERM), claim
        )

    def test_remaining_on_a_falling_indicator(self) -> None:
        """Target 5 %, 0.5 left (to 0.1) on a falling rate: the level 5.5, from 5.45 to 5.55."""
        target = Target(RATE, 5, baseline=9, period=TERM)
        claim = Claim(ClaimKind.REMAINING, "0.5", dt.date(2019, 12, 31), resolution="0.1")
        # 5 + 0.5 = 5.5; 5 + 0.45 = 5.45; 5 + 0.55 = 5.55: low to high.
        expected = [(Fraction("5.5"), Fraction("5.45"), Fraction("5.55"))]
        assert expected == self._levels(target, claim)

    def test_by_date_highest_first(self) -> None:
        """Claims are ordered by date, and on one date the higher level first; MET states none."""
        target = Target(JOBS, 100, period=TERM)
        day, later = dt.date(2019, 6, 30), dt.date(2019, 12, 31)
        claims = (
            Claim(ClaimKind.ACHIEVED, 70, later),
            Claim(ClaimKind.ACHIEVED, 40, day),
            Claim(ClaimKind.PERCENT, 50, day),  # 50 % of 0 → 100: the level 50
            Claim(ClaimKind.MET, None, later),
        )
        assert [Fraction(50), Fraction(40), Fraction(70)] == [
            level for level, _, _ in self._levels(target, *claims)
        ]

    @given(st.from_type(ClaimLevel))
    def test_level_within_its_range(self, claimed: ClaimLevel) -> None:
        """For any drawn claim, low <= level <= high, whichever way the indicator runs."""
        assert claimed.low <= claimed.level <= claimed.high
