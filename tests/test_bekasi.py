"""The Bekasi case: every finding and every printed figure, with the arithmetic shown.

Figures come from rilisinfo.com, 22 July 2022: target 150,000 over the term
2018-09-20..2023-09-19; reported 2019 27,197, 2020 56,000, 2021 58,000, January–June
2022 5,108; claimed "sudah 141.000", "141.624" absorbed until June, "sisa target 8276".
"""

from __future__ import annotations

import datetime as dt
import math
import re
import subprocess
import sys
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import attrs
import pytest

from pledgekit import (
    Assessment,
    Claim,
    ClaimKind,
    FindingKind,
    Period,
    Severity,
    TargetAssessment,
)
from pledgekit.io import load

EXAMPLES = Path(__file__).parent.parent / "examples"


@pytest.fixture(scope="module")
def assessment() -> Assessment:
    return load(EXAMPLES / "bekasi" / "case.toml").assess()


@pytest.fixture(scope="module")
def jobs(assessment: Assessment) -> TargetAssessment:
    return assessment.for_target("jobs-150k")


class TestFindings:
    def test_the_kinds_found(self, jobs: TargetAssessment) -> None:
        """The slip, three totals, the 2018 gap, the indicator shift and one consistent restatement."""
        assert [
            FindingKind.REMAINDER_MISMATCH,
            FindingKind.TOTAL_MISMATCH,
            FindingKind.TOTAL_MISMATCH,
            FindingKind.TOTAL_MISMATCH,
            FindingKind.COVERAGE_GAP,
            FindingKind.INDICATOR_MISMATCH,
            FindingKind.CONSISTENT_RESTATEMENT,
        ] == [f.kind for f in jobs.findings]

    def test_remainder_slip(self, jobs: TargetAssessment) -> None:
        """150,000 − 141,624 = 8,376, but 8,276 was claimed: 100 short."""
        (finding,) = [f for f in jobs.findings if f.kind is FindingKind.REMAINDER_MISMATCH]
        assert Decimal(8276) == finding.claimed
        assert Decimal(150000 - 141624) == finding.computed == Decimal(8376)
        assert Decimal(8276 - 8376) == finding.difference
        assert Severity.ERROR == finding.severity

    def test_total_mismatch_of_the_exact_claim(self, jobs: TargetAssessment) -> None:
        """27,197 + 56,000 + 58,000 + 5,108 = 146,305; 141,624 − 146,305 = −4,681."""
        finding = next(
            f for f in jobs.findings if f.kind is FindingKind.TOTAL_MISMATCH and f.claimed == 141624
        )
        assert Decimal(27197 + 56000 + 58000 + 5108) == finding.computed
        assert Decimal(141624 - 146305) == finding.difference
        # 56,000 and 58,000 are round thousands: each stands for ±500.
        assert (Decimal(146305 - 1000), Decimal(146305 + 1000)) == finding.computed_interval

    def test_explanation_is_2019_to_2021(self, jobs: TargetAssessment) -> None:
        """27,197 + 56,000 + 58,000 = 141,197 ± 1,000 contains 141,624; Jan–Jun 2022 is left out."""
        finding = next(
            f for f in jobs.findings if f.kind is FindingKind.TOTAL_MISMATCH and f.claimed == 141624
        )
        (explanation,) = finding.explanations
        assert Period.years(2019, 2021) == explanation.period
        assert Decimal(27197 + 56000 + 58000) == explanation.total
        assert (Decimal(140197), Decimal(142197)) == explanation.interval
        assert [Period.months(2022, 1, 6)] == [o.period for o in explanation.left_out]

    def test_rounded_claim_and_remainder_claim_also_miss_the_total(
        self, jobs: TargetAssessment
    ) -> None:
        """'sudah 141.000' (141,000..142,000) and 150,000 − 8,276 = 141,724 both fall outside 145,305..147,305."""
        totals = {
            f.claimed: f.difference for f in jobs.findings if f.kind is FindingKind.TOTAL_MISMATCH
        }
        assert {
            Decimal(141000): Decimal(141000 - 146305),
            Decimal(141624): Decimal(141624 - 146305),
            Decimal(150000 - 8276): Decimal(141724 - 146305),
        } == totals

    def test_restatement_is_consistent(self, jobs: TargetAssessment) -> None:
        """141 thousand and some (141,000..142,000) contains 141,624: noted, not an error."""
        (finding,) = [f for f in jobs.findings if f.kind is FindingKind.CONSISTENT_RESTATEMENT]
        assert Severity.INFO == finding.severity
        assert (Decimal(141000), Decimal(142000)) == finding.claimed_interval

    def test_gap_in_2018(self, jobs: TargetAssessment) -> None:
        """20 September..31 December 2018 has no figure: 11 + 31 + 30 + 31 = 103 days."""
        (finding,) = [f for f in jobs.findings if f.kind is FindingKind.COVERAGE_GAP]
        (gap,) = finding.periods
        assert Period(dt.date(2018, 9, 20), dt.date(2018, 12, 31)) == gap
        assert 11 + 31 + 30 + 31 == gap.days

    def test_indicator_shift(self, jobs: TargetAssessment) -> None:
        """The office counts opportunities opened, the pledge absorbed workers."""
        (finding,) = [f for f in jobs.findings if f.kind is FindingKind.INDICATOR_MISMATCH]
        (claim,) = finding.claims
        assert claim.indicator is not None
        assert "opportunities" == claim.indicator.id
        assert "absorbed" == jobs.target.indicator.id

    def test_no_date_problem(self, jobs: TargetAssessment) -> None:
        """22 July 2022 was a Friday (Jum'at), after 30 June and within the term."""
        assert 4 == dt.date(2022, 7, 22).weekday()
        assert not [f for f in jobs.findings if f.kind is FindingKind.DATE_INCONSISTENT]


class TestLowerBound:
    def test_the_2022_claims_stay_mismatches_despite_the_2018_gap(
        self, jobs: TargetAssessment
    ) -> None:
        """2018 has no figure, so 146,305 is a lower bound; 141,624, 141,000..142,000 and 141,724 are all below 145,305."""
        assert not [f for f in jobs.findings if f.kind is FindingKind.UNVERIFIABLE_CLAIM]
        lowest = 146305 - 500 - 500  # 56,000 and 58,000 at their lowest rounding
        for finding in jobs.findings:
            if finding.kind is FindingKind.TOTAL_MISMATCH:
                assert finding.claimed_interval is not None
                assert finding.claimed_interval[1] < lowest

    def test_february_2023_claims_are_unverifiable(self) -> None:
        """16 Feb 2023: 150,688 and 'target met' over figures that stop in June 2022 are warnings."""
        case = load(EXAMPLES / "bekasi" / "case.toml")
        target = case.target("jobs-150k")
        feb = dt.date(2023, 2, 16)
        later = [
            Claim(ClaimKind.ACHIEVED, 150688, feb, target=target),
            Claim(ClaimKind.MET, None, feb, target=target),
        ]
        assessed = attrs.evolve(case, claims=later).assess().for_target("jobs-150k")
        about_claims = [(f.kind, f.severity) for f in assessed.findings if f.claims]
        assert [
            (FindingKind.UNVERIFIABLE_CLAIM, Severity.WARNING),
            (FindingKind.UNVERIFIABLE_CLAIM, Severity.WARNING),
        ] == about_claims
        achieved, met = [f for f in assessed.findings if f.claims]
        # 150,688 − 146,305 = 4,383 more; 150,000 − 146,305 = 3,695 more than the figures.
        assert Decimal(150688 - 146305) == achieved.difference
        assert Decimal(146305 - 150000) == met.difference
        # 20 Sept–31 Dec 2018 (103 days) and 1 July 2022–16 Feb 2023 (184 + 31 + 16 = 231).
        assert [103, 184 + 31 + 16] == [p.days for p in achieved.periods]


class TestPace:
    def test_progress(self, jobs: TargetAssessment) -> None:
        """146,305 of 150,000 after 1380 of 1826 days; 3,695 left over 446 days."""
        p = jobs.progress
        assert dt.date(2022, 6, 30) == p.as_of
        assert Fraction(146305, 150000) == p.ratio
        assert Fraction(1380, 1826) == p.elapsed
        assert Fraction(3695, 446) == p.required_per_day
        assert dt.date(2022, 11, 8) == p.projected_recent


def _figures(text: str) -> list[str]:
    return re.findall(r"\d[\d.,]*\d|\d", text)


@pytest.fixture(scope="module")
def output() -> str:
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / "bekasi_150k_jobs.py")],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


class TestExampleReport:
    def test_every_figure_printed(self, output: str) -> None:
        """Every number in the report, line by line, is the one the arithmetic below gives."""
        # Half-up display rounding of the exact values, written out:
        # 146305 / 150000 = 97.5366…% → 97,54; 141624 / 150000 = 94.416% → 94,42;
        # 1380 / 1826 = 75.5750…% → 75,58; pace (146305/150000)/(1380/1826) = 1.2906… → 1,29;
        # straight line 150000 × 1380/1826 = 113362.5… → 113.363;
        # per month = left / 446 days × 30.436875: 3695 → 252.17… → 252, 8276 → 564.8… → 565;
        # Jan–Jun 2022 pace 5108 / 181 × 30.436875 = 858.9… → 859 per month;
        # 3695 at 5108/181 per day: ⌈130.9…⌉ = 131 days after 30 June 2022 → 8 November 2022;
        # 8276 at 5108/181 per day: ⌈293.2…⌉ = 294 days after 30 June 2022 → 20 April 2023;
        # a month of 146097/4800 = 30.436875 days → 30,44.
        month = Fraction(30436875, 10**6)
        assert Fraction(75575, 1000) < Fraction(1380, 1826) * 100 < Fraction(75576, 1000)
        assert 252 == round(Fraction(3695, 446) * month)
        assert 565 == round(Fraction(8276, 446) * month)
        assert 859 == round(Fraction(5108, 181) * month)
        assert (131, 294) == (math.ceil(3695 * 181 / 5108), math.ceil(8276 * 181 / 5108))
        assert dt.date(2022, 11, 8) == dt.date(2022, 6, 30) + dt.timedelta(days=131)
        assert dt.date(2023, 4, 20) == dt.date(2022, 6, 30) + dt.timedelta(days=294)
        expected = [
            "150.000", "2018", "2023",  # title
            "22", "2022",  # source date
            "150.000",  # article title
            "150.000", "2018", "2023",  # the pledge
            "150,000", "2018", "2023",  # its translation
            "20", "2018", "19", "2023",  # the term
            "1", "3",  # missions 1 and 3
            "10", "45", "150.000",  # program 10 of 45
            "2019", "27.197",
            "2020", "56.000", "55.500", "56.500",  # 56,000 ± 500
            "2021", "58.000", "57.500", "58.500",  # 58,000 ± 500
            "2022", "5.108",
            "146.305", "97,54", "150.000",  # 27197 + 56000 + 58000 + 5108
            "3.695",  # 150000 − 146305
            "22", "2022",  # Jumat, 22 Juli 2022
            "150.000", "150.000", "141.000",  # quote
            "141.624",  # quote
            "141.624", "94,42", "150.000",
            "8276",  # quote
            "1", "150.000", "141.624", "8.376", "8.276", "100",  # 150000 − 141624; 8376 − 8276
            "2", "146.305", "141.624", "4.681", "145.305",  # 146305 − 141624; 146305 − 1000
            "2019", "2021", "141.197", "140.197", "142.197", "141.624", "2022", "5.108",
            "3", "2019", "20", "2018", "20", "2018", "31", "2018", "103",
            "4",
            "141.000", "141.000", "142.000", "141.624",  # 141 thousand and some
            "30", "2022",
            "1.380", "1.826", "75,58",
            "0", "150.000", "113.363", "146.305", "1,29",
            "19", "2023", "446", "30,44",  # 1826 − 1380
            "3.695", "252",
            "8.276", "565",
            "2022", "5.108", "181", "859",
            "150.000", "8", "2022",
            "20", "2023",
        ]  # fmt: skip
        assert expected == _figures(output)

    def test_tells_the_story_in_words(self, output: str) -> None:
        """The report names the absorb/open shift, the left-out months and program 10 of 45."""
        assert "Priority program 10 of 45" in output
        assert "The claim leaves out Januari–Juni 2022 (5.108)" in output
        assert "Peluang kerja dibuka" in output
        assert "Tenaga kerja baru terserap" in output
        assert 'Consistent: "sudah 141.000"' in output


class TestHostileContext:
    def test_same_findings_under_any_context(self, assessment: Assessment) -> None:
        """prec=5, ROUND_FLOOR, Emax=10: the same findings, values and words in both languages."""
        import decimal

        from pledgekit.report import to_json_dict

        case = load(EXAMPLES / "bekasi" / "case.toml")
        expected = (
            assessment.findings,
            [t["findings"] for t in to_json_dict(assessment)["targets"]],
        )
        hostile = decimal.Context(prec=5, rounding=decimal.ROUND_FLOOR, Emax=10, Emin=-10)
        with decimal.localcontext(hostile):
            again = case.assess()
            actual = (again.findings, [t["findings"] for t in to_json_dict(again)["targets"]])
        assert expected == actual
