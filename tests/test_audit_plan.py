"""The audit of the plan itself: schedules, superseded targets, a pledge's own figure."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal

import pytest

from pledgekit import (
    Accumulation,
    Case,
    Claim,
    ClaimKind,
    Direction,
    Finding,
    FindingKind,
    Indicator,
    Observation,
    Period,
    Pledge,
    Revision,
    Severity,
    Source,
    Target,
    audit,
)
from pledgekit.messages import catalogue

JOBS = Indicator(
    "Lapangan kerja", "orang", direction=Direction.INCREASE, accumulation=Accumulation.SUM
)
STUNTING = Indicator(
    "Prevalensi stunting", "%", direction=Direction.DECREASE, accumulation=Accumulation.LAST
)
TERM = Period.years(2015, 2019)


PLAN_KINDS = {
    FindingKind.SCHEDULE_INCONSISTENT,
    FindingKind.SUPERSEDED_TARGET,
    FindingKind.TARGET_DIFFERS_FROM_PLEDGE,
}


def _kinds(findings: Iterable[Finding]) -> list[FindingKind]:
    """The kinds of the findings about the plan (gaps before any figure are left aside)."""
    return [f.kind for f in findings if f.kind in PLAN_KINDS]


class TestScheduleInconsistent:
    def test_a_yearly_schedule_that_adds_up_is_not_a_finding(self) -> None:
        """2 million a year for five years is the 10 million promised: 5 × 2,000,000."""
        yearly = {Period.year(y): 2_000_000 for y in range(2015, 2020)}
        target = Target(JOBS, 10_000_000, period=TERM, schedule=yearly)
        assert [] == _kinds(audit(target, [], [], as_of=dt.date(2015, 1, 1)))

    def test_a_flow_schedule_short_of_its_final_target(self) -> None:
        """Four years of 2 million are 8,000,000, 2,000,000 short of the 10 million."""
        yearly = {Period.year(y): 2_000_000 for y in range(2015, 2019)}
        target = Target(JOBS, 10_000_000, period=TERM, schedule=yearly)
        (finding,) = [
            f
            for f in audit(target, [], [], as_of=dt.date(2015, 1, 1))
            if f.kind is FindingKind.SCHEDULE_INCONSISTENT
        ]
        assert Severity.ERROR == finding.severity
        assert (Decimal(10_000_000), Decimal(8_000_000)) == (finding.claimed, finding.computed)
        assert Decimal(-2_000_000) == finding.difference
        assert 4 == len(finding.periods)
        assert finding.revision is None
        assert (
            "the schedule (2015, 2016, 2017 and 2018) adds up to 8,000,000, but the final "
            "target is 10,000,000: a difference of -2,000,000"
        ) == finding.message

    def test_a_flow_schedule_counts_the_baseline(self) -> None:
        """From a baseline of 500, 500 + 300 + 200 = 1,000 is the target: consistent."""
        target = Target(
            JOBS,
            1000,
            baseline=500,
            period=Period.years(2019, 2020),
            schedule={Period.year(2019): 300, Period.year(2020): 200},
        )
        assert [] == _kinds(audit(target, [], [], as_of=dt.date(2019, 1, 1)))

    def test_a_level_schedule_must_end_at_the_final_target(self) -> None:
        """Stunting 14 % by 2024 with a 2024 level of 14.5 % contradicts itself by 0.5."""
        target = Target(
            STUNTING,
            "14",
            baseline="24.4",
            period=Period.years(2020, 2024),
            schedule={Period.year(2023): "17.8", Period.year(2024): "14.5"},
        )
        (finding,) = [
            f for f in audit(target, [], [], as_of=dt.date(2020, 1, 1)) if f.kind in PLAN_KINDS
        ]
        assert FindingKind.SCHEDULE_INCONSISTENT == finding.kind
        assert Decimal("0.5") == finding.difference  # 14.5 − 14
        words = catalogue("id").finding(finding)
        assert "berakhir pada 14,5, padahal target akhirnya 14: selisih 0,5" in words

    def test_a_revised_schedule_is_checked_with_its_own_value(self) -> None:
        """The revision's schedule (2 × 100,000) is checked against 278,971, not the original."""
        revision = Revision(
            dt.date(2019, 9, 1),
            278_971,
            schedule={Period.year(2021): 100_000, Period.year(2022): 100_000},
        )
        target = Target(
            JOBS,
            200_000,
            period=Period.years(2018, 2022),
            schedule={Period.year(y): 40_000 for y in range(2018, 2023)},  # 5 × 40,000 = 200,000
            revisions=[revision],
        )
        (finding,) = [
            f for f in audit(target, [], [], as_of=dt.date(2018, 1, 1)) if f.kind in PLAN_KINDS
        ]
        assert revision == finding.revision
        assert Decimal(200_000 - 278_971) == finding.difference  # 200,000 − 278,971 = −78,971

    def test_a_range_is_met_by_a_final_level_within_it(self) -> None:
        """A range 7–8 with the last level due 7.5 is consistent; with 9, it is not."""
        rate = Indicator(
            "Kemiskinan", "%", direction=Direction.DECREASE, accumulation=Accumulation.LAST
        )

        def build(last: str) -> Target:
            return Target(
                rate,
                ("7", "8"),
                baseline=10,
                period=Period.years(2019, 2020),
                schedule={Period.year(2020): last},
            )

        assert [] == _kinds(audit(build("7.5"), [], [], as_of=dt.date(2019, 1, 1)))
        (finding,) = [
            f for f in audit(build("9"), [], [], as_of=dt.date(2019, 1, 1)) if f.kind in PLAN_KINDS
        ]
        assert (None, (Decimal(7), Decimal(8))) == (finding.claimed, finding.claimed_interval)


class TestSuperseded:
    REVISED = Target(
        JOBS,
        200_000,
        period=Period.years(2018, 2022),
        revisions=[
            Revision(
                dt.date(2019, 9, 1),
                278_971,
                source=Source("Pemprov DKI Jakarta", "Perda RPJMD perubahan"),
            )
        ],
    )

    def test_a_remainder_before_the_revision_is_checked_against_the_old_value(self) -> None:
        """120,000 left at 31 December 2018 with 80,000 counted matches 200,000 − 80,000."""
        claim = Claim(ClaimKind.REMAINING, 120_000, dt.date(2018, 12, 31))
        figures = [Observation(Period.year(2018), 80_000)]
        found = audit(self.REVISED, figures, [claim], as_of=dt.date(2020, 12, 31))
        kinds = _kinds(found)
        assert FindingKind.TOTAL_MISMATCH not in kinds
        (superseded,) = [f for f in found if f.kind is FindingKind.SUPERSEDED_TARGET]
        assert Severity.INFO == superseded.severity
        assert (Decimal(200_000), Decimal(278_971)) == (superseded.claimed, superseded.computed)
        assert (
            "a remaining-value claim as of 31 December 2018 was checked against the target then "
            "in force, 200,000; by 31 December 2020 the target is 278,971 (revised on "
            "1 September 2019 by Perda RPJMD perubahan)"
        ) == superseded.message

    def test_an_achieved_claim_does_not_depend_on_the_target(self) -> None:
        """A claimed total speaks of no target value: nothing is superseded."""
        claim = Claim(ClaimKind.ACHIEVED, 80_000, dt.date(2018, 12, 31))
        figures = [Observation(Period.year(2018), 80_000)]
        found = audit(self.REVISED, figures, [claim], as_of=dt.date(2020, 12, 31))
        assert FindingKind.SUPERSEDED_TARGET not in _kinds(found)

    def test_a_remainder_after_the_revision_uses_the_new_value(self) -> None:
        """120,000 left at 31 December 2019 with 80,000 counted: 278,971 − 80,000 = 198,971."""
        claim = Claim(ClaimKind.REMAINING, 120_000, dt.date(2019, 12, 31))
        figures = [Observation(Period.year(2018), 80_000), Observation(Period.year(2019), 0)]
        found = audit(self.REVISED, figures, [claim], as_of=dt.date(2019, 12, 31))
        (mismatch,) = [f for f in found if f.kind is FindingKind.TOTAL_MISMATCH]
        # The remainder implies 278,971 − 120,000 = 158,971 achieved; the figures give 80,000.
        assert Decimal(158_971) == mismatch.claimed
        assert FindingKind.SUPERSEDED_TARGET not in _kinds(found)


class TestTargetDiffersFromPledge:
    def test_ok_oce_pledged_and_planned(self) -> None:
        """200,000 pledged, 278,971 planned after the revision: 78,971 apart."""
        target = TestSuperseded.REVISED
        pledge = Pledge("200.000 wirausaha baru", targets=[target], promised=200_000)
        case = Case("OK OCE", indicators=[JOBS], targets=[target], pledges=[pledge])
        before = case.assess(dt.date(2019, 8, 31)).findings
        after = case.assess(dt.date(2019, 9, 1)).findings
        assert FindingKind.TARGET_DIFFERS_FROM_PLEDGE not in _kinds(before)
        (finding,) = [f for f in after if f.kind is FindingKind.TARGET_DIFFERS_FROM_PLEDGE]
        assert Severity.WARNING == finding.severity
        assert Decimal(-78_971) == finding.difference  # 200,000 − 278,971
        assert pledge == finding.pledge
        assert "janji '200-000-wirausaha-baru' menyebut 200.000" in catalogue("id").finding(finding)

    @pytest.mark.parametrize(("promised", "found"), [("7.5", False), ("9", True)])
    def test_a_figure_within_a_range_target_agrees(self, promised: str, found: bool) -> None:
        """A pledged 7.5 % lies within a 7–8 % target; 9 % does not."""
        rate = Indicator(
            "Kemiskinan", "%", direction=Direction.DECREASE, accumulation=Accumulation.LAST
        )
        target = Target(rate, ("7", "8"), baseline=10, period=Period.years(2019, 2020))
        pledge = Pledge("Kemiskinan turun", targets=[target], promised=promised)
        case = Case("x", indicators=[rate], targets=[target], pledges=[pledge])
        kinds = _kinds(case.assess(dt.date(2019, 12, 31)).findings)
        assert found == (FindingKind.TARGET_DIFFERS_FROM_PLEDGE in kinds)
