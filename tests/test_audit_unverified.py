"""Claims the figures cannot check are said to be unverifiable, never passed over in silence."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pledgekit import (
    Accumulation,
    Case,
    Claim,
    ClaimKind,
    Direction,
    FindingKind,
    Indicator,
    Observation,
    Period,
    Severity,
    Target,
    audit,
)
from pledgekit.report import to_json_dict

ROADS = Indicator("Roads", "km", direction=Direction.INCREASE, accumulation=Accumulation.SUM)
RATE = Indicator("TPT", "%", direction=Direction.DECREASE, accumulation=Accumulation.LAST)
TERM = Period.years(2019, 2023)
TARGET = Target(ROADS, 815, period=TERM)
YEARLY = [Observation(Period.year(y), v) for y, v in ((2019, 142), (2020, 200), (2021, 160))]
HALF_2021 = Observation(Period.months(2021, 1, 6), 80)
END_2021 = dt.date(2021, 12, 31)


def _kinds(findings: tuple[object, ...]) -> list[str]:
    return [f.kind.name for f in findings]  # type: ignore[attr-defined]


class TestPeriodValue:
    def test_no_figure_within_the_period(self) -> None:
        """100 km claimed for Jan–Jun 2021, no figure for it: a warning, not silence."""
        claim = Claim(ClaimKind.PERIOD_VALUE, 100, END_2021, period=Period.months(2021, 1, 6))
        (finding,) = [f for f in audit(TARGET, YEARLY[:2], [claim], as_of=END_2021) if f.claims]
        assert (FindingKind.UNVERIFIABLE_CLAIM, Severity.WARNING) == (
            finding.kind,
            finding.severity,
        )
        assert "no figure lies within that period" in finding.message
        assert (Period.months(2021, 1, 6),) == finding.periods

    def test_a_figure_covering_part_of_the_period(self) -> None:
        """50 km for 2021 while only Jan–Jun 2021 (80) is reported: the figure is named."""
        claim = Claim(ClaimKind.PERIOD_VALUE, 50, END_2021, period=Period.year(2021))
        findings = audit(TARGET, [*YEARLY[:2], HALF_2021], [claim], as_of=END_2021)
        (finding,) = [f for f in findings if f.claims]
        assert FindingKind.UNVERIFIABLE_CLAIM == finding.kind
        assert "the figures within it (January–June 2021 (80)) do not cover" in finding.message
        assert (HALF_2021,) == finding.observations

    def test_overlapping_figures_within_the_period(self) -> None:
        """999 km for 2021 beside overlapping 2021 and Jan–Jun 2021 figures: unverifiable."""
        claim = Claim(ClaimKind.PERIOD_VALUE, 999, END_2021, period=Period.year(2021))
        findings = audit(TARGET, [*YEARLY, HALF_2021], [claim], as_of=END_2021)
        assert {"OVERLAP", "UNVERIFIABLE_CLAIM"} <= set(_kinds(findings))

    def test_a_level_with_no_figure_at_the_period_end(self) -> None:
        """A level claimed for June 2022 with no level reported for that month: unverifiable."""
        target = Target(RATE, 5, baseline=8, period=TERM)
        claim = Claim(
            ClaimKind.PERIOD_VALUE, "6.5", dt.date(2022, 7, 1), period=Period.month(2022, 6)
        )
        findings = audit(target, [Observation(Period.year(2021), "7")], [claim])
        assert ["UNVERIFIABLE_CLAIM"] == [f.kind.name for f in findings if f.claims]

    def test_an_exact_cover_is_still_checked(self) -> None:
        """Two halves covering 2020 exactly: 60 + 140 = 200 against the claimed 150, a mismatch."""
        halves = [
            Observation(Period.months(2020, 1, 6), 60),
            Observation(Period.months(2020, 7, 12), 140),
        ]
        claim = Claim(ClaimKind.PERIOD_VALUE, 150, END_2021, period=Period.year(2020))
        (finding,) = [f for f in audit(TARGET, halves, [claim], as_of=END_2021) if f.claims]
        assert (FindingKind.PERIOD_VALUE_MISMATCH, Decimal(200)) == (finding.kind, finding.computed)


class TestDoubleCounting:
    def test_a_claim_agreeing_with_a_double_counted_total(self) -> None:
        """142 + 200 + 160 + 80 = 582 counts Jan–Jun 2021 twice: a claim of 582 is unverifiable."""
        claim = Claim(ClaimKind.ACHIEVED, 582, END_2021)
        findings = audit(TARGET, [*YEARLY, HALF_2021], [claim])
        (finding,) = [f for f in findings if f.claims]
        assert (FindingKind.UNVERIFIABLE_CLAIM, Decimal(582)) == (finding.kind, finding.computed)
        assert "counts some days twice" in finding.message
        assert (HALF_2021, YEARLY[2]) == finding.observations

    def test_a_claim_against_a_double_counted_total_still_mismatches(self) -> None:
        """A claim of 400 is below even the total without the overlap (502): a mismatch."""
        claim = Claim(ClaimKind.ACHIEVED, 400, END_2021)
        findings = audit(TARGET, [*YEARLY, HALF_2021], [claim])
        assert ["TOTAL_MISMATCH"] == [f.kind.name for f in findings if f.claims]

    def test_both_languages(self) -> None:
        """The Indonesian report words the double count from the finding's fields."""
        claim = Claim(ClaimKind.ACHIEVED, 582, END_2021)
        case = Case(
            "Roads",
            indicators=[ROADS],
            targets=[TARGET],
            observations=[*YEARLY, HALF_2021],
            claims=[claim],
        )
        findings = to_json_dict(case.assess())["targets"][0]["findings"]
        (worded,) = [f["messages"] for f in findings if f["kind"] == "unverifiable_claim"]
        assert "menghitung beberapa hari dua kali" in worded["id"]
        assert "counts some days twice" in worded["en"]


class TestPercentWording:
    JOBS = Indicator("Jobs", "x", direction=Direction.INCREASE, accumulation=Accumulation.SUM)

    def test_the_share_is_of_the_way_from_the_baseline(self) -> None:
        """Baseline 200, target 1,000, 300 more: (500 − 200) / (1,000 − 200) = 37.5 %, said so."""
        target = Target(self.JOBS, 1000, baseline=200, period=Period.year(2020))
        claim = Claim(ClaimKind.PERCENT, 40, dt.date(2020, 12, 31))
        (finding,) = audit(target, [Observation(Period.year(2020), 300)], [claim])
        assert finding.message.endswith(
            "the figures give 37.50 % (500 − 200 = 300 of 1,000 − 200 = 800, from the baseline)"
        )

    def test_a_decreasing_level(self) -> None:
        """TPT from 8.81 to 6.5, now 6.8: (8.81 − 6.8) / (8.81 − 6.5) = 2.01 / 2.31 = 87.01 %."""
        target = Target(RATE, "6.5", baseline="8.81", period=Period.year(2020))
        claim = Claim(ClaimKind.PERCENT, 95, dt.date(2020, 12, 31))
        (finding,) = audit(target, [Observation(Period.year(2020), "6.8")], [claim])
        assert (
            "87.01 % (8.81 − 6.8 = 2.01 of 8.81 − 6.5 = 2.31, from the baseline)" in finding.message
        )

    def test_as_many_places_as_the_claim(self) -> None:
        """A claim of 12.34567 % against 12.345 % exactly: shown as 12.34500 %, not 12.35 %."""
        target = Target(self.JOBS, 1000, period=Period.year(2020))
        claim = Claim(ClaimKind.PERCENT, "12.34567", dt.date(2020, 12, 31))
        (finding,) = audit(target, [Observation(Period.year(2020), "123.45")], [claim])
        assert "the figures give 12.34500 % (123.45 of 1,000)" in finding.message
