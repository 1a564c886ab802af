"""Rate claims ("rata-rata 1.200 per bulan") are audited against the figures' own rate."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest

from pledgekit import (
    MEAN_MONTH_DAYS,
    MEAN_YEAR_DAYS,
    Accumulation,
    Case,
    Claim,
    ClaimKind,
    Comparison,
    Direction,
    FindingKind,
    Indicator,
    Observation,
    Period,
    RateUnit,
    Severity,
    Target,
    Unverifiable,
    audit,
)
from pledgekit._audit_rates import per_units
from pledgekit.messages import catalogue
from pledgekit.report import render

# Kabupaten Bekasi's labour office said "rata-rata 1.200 per bulan" were placed since
# January. The figures here are invented: six monthly figures for Jan–Jun 2022.
PLACED = Indicator(
    "Placements", "orang", direction=Direction.INCREASE, accumulation=Accumulation.SUM
)
TARGET = Target(PLACED, 15000, period=Period.year(2022))
HALF = Period.months(2022, 1, 6)
JUNE = HALF.end
# 800 + 850 + 900 + 820 + 880 + 858 = 5,108; 5,108 / 6 = 851.33… a month
FIGURES = [
    Observation(Period.month(2022, m), v)
    for m, v in zip(range(1, 7), (800, 850, 900, 820, 880, 858), strict=True)
]


def _rate(figure: int | str, per: str = "month", period: Period = HALF, **kw: object) -> Claim:
    return Claim(ClaimKind.RATE, figure, period.end, period=period, per=per, **kw)  # type: ignore[arg-type]


class TestBekasiRate:
    def test_the_claim_is_refuted(self) -> None:
        """1,200 a month claimed; 5,108 in 6 months is 851.33 a month: a rate mismatch."""
        (finding,) = audit(TARGET, FIGURES, [_rate(1200)])
        assert FindingKind.RATE_MISMATCH == finding.kind
        assert Severity.ERROR == finding.severity
        assert Decimal(1200) == finding.claimed
        assert Fraction(5108, 6) == finding.computed
        assert Fraction(1200) - Fraction(5108, 6) == finding.difference  # 348.67
        assert (Fraction(5108, 6), Fraction(5108, 6)) == finding.computed_interval
        assert Decimal(5108) == finding.total
        assert Fraction(6) == finding.units
        assert RateUnit.MONTH == finding.per
        assert (HALF,) == finding.periods
        assert tuple(FIGURES) == finding.observations

    def test_worded_with_the_arithmetic(self) -> None:
        """Both languages show the sum, the months and the rate."""
        (finding,) = audit(TARGET, FIGURES, [_rate(1200)])
        expected_en = (
            "claimed 1,200 a month on average over January–June 2022, but the figures give "
            "5,108 in 6 months: 851.33 a month"
        )
        assert expected_en == finding.message
        expected_id = (
            "diklaim rata-rata 1.200 per bulan selama Januari–Juni 2022, padahal "
            "angka-angkanya berjumlah 5.108 dalam 6 bulan: 851,33 per bulan"
        )
        assert expected_id == catalogue("id").finding(finding)

    def test_a_rounded_rate_agrees(self) -> None:
        """“Rata-rata 850 per bulan” rounded to 100 (800..900) holds 851.33."""
        assert [] == list(audit(TARGET, FIGURES, [_rate(850, resolution=100)]))

    def test_a_bound_rate(self) -> None:
        """More than 850 a month holds (851.33); more than 852 does not."""
        assert [] == list(audit(TARGET, FIGURES, [_rate(850, bound="more_than")]))
        (finding,) = audit(TARGET, FIGURES, [_rate(852, bound="more_than")])
        assert Comparison.MORE_THAN == finding.claimed_bound
        assert finding.message.startswith("claimed more than 852 a month on average")


class TestTheEdge:
    # 1000 × 6 = 6,000 in 6 months: exactly 1,000 a month
    FLAT = tuple(Observation(Period.month(2022, m), 1000) for m in range(1, 7))

    def test_strict_and_not(self) -> None:
        """More than 1,000 a month is refuted by exactly 1,000; at least 1,000 is not."""
        (finding,) = audit(TARGET, self.FLAT, [_rate(1000, bound="more_than")])
        assert FindingKind.RATE_MISMATCH == finding.kind
        assert [] == list(audit(TARGET, self.FLAT, [_rate(1000, bound="at_least")]))
        assert [] == list(audit(TARGET, self.FLAT, [_rate(1000)]))


class TestUnits:
    @pytest.mark.parametrize(
        ("period", "per", "expected"),
        [
            (HALF, RateUnit.MONTH, Fraction(6)),  # whole calendar months
            (Period.years(2019, 2020), RateUnit.YEAR, Fraction(2)),  # whole calendar years
            (Period.years(2019, 2020), RateUnit.MONTH, Fraction(24)),
            # 31 + 28 + 31 + 30 + 31 + 30 = 181 days
            (HALF, RateUnit.DAY, Fraction(181)),
            (HALF, RateUnit.YEAR, Fraction(181) / MEAN_YEAR_DAYS),  # 181 × 400 / 146,097
            # 1–15 January: 15 days of a mean month of 146,097 / 4,800 days
            (
                Period(dt.date(2022, 1, 1), dt.date(2022, 1, 15)),
                RateUnit.MONTH,
                Fraction(72000, 146097),
            ),
        ],
    )
    def test_length_in_units(self, period: Period, per: RateUnit, expected: Fraction) -> None:
        """Whole calendar months and years count as such; part ones in mean months and years."""
        assert expected == per_units(period, per)
        assert Fraction(15) / MEAN_MONTH_DAYS == Fraction(72000, 146097)

    def test_per_day(self) -> None:
        """30 a day claimed; 5,108 in 181 days is 28.22 a day."""
        (finding,) = audit(TARGET, FIGURES, [_rate(30, per="day")])
        assert Fraction(5108, 181) == finding.computed
        assert "5,108 in 181 days: 28.22 a day" in finding.message

    def test_per_year_over_part_of_a_year(self) -> None:
        """Over Jan–Jun (181 days, 0.50 mean years) 10,000 a year is claimed; the figures give more.

        5,108 × 365.2425 / 181 = 1,865,658.69 / 181 = 10,307.51 a year.
        """
        (finding,) = audit(TARGET, FIGURES, [_rate(10000, per="year")])
        assert Fraction(5108) / (Fraction(181) / MEAN_YEAR_DAYS) == finding.computed
        assert "5,108 in 0.50 years: 10,307.51 a year" in finding.message


class TestNotCovered:
    def test_a_month_missing(self) -> None:
        """No figure for June: the rate over Jan–Jun cannot be checked, and the words say so."""
        (finding, *_) = audit(TARGET, FIGURES[:5], [_rate(1200)])
        assert FindingKind.UNVERIFIABLE_CLAIM == finding.kind
        assert Unverifiable.PERIOD_NOT_COVERED == finding.unverifiable
        assert RateUnit.MONTH == finding.per
        assert finding.message.startswith(
            "claimed 1,200 a month on average over January–June 2022, but the figures within it"
        )

    def test_overlapping_figures(self) -> None:
        """A half-year figure beside the monthly ones covers days twice: not checked."""
        both = [*FIGURES, Observation(HALF, 5108)]
        findings = audit(TARGET, both, [_rate(1200)])
        assert FindingKind.RATE_MISMATCH not in [f.kind for f in findings]
        assert Unverifiable.PERIOD_NOT_COVERED in [f.unverifiable for f in findings]


class TestLevels:
    # The open unemployment rate from 10 % (baseline, 1 January 2019) toward 6 % by 2023.
    TPT = Indicator("TPT", "%", direction=Direction.DECREASE, accumulation=Accumulation.LAST)
    TARGET = Target(TPT, 6, baseline=10, period=Period.years(2019, 2023))
    FIGURES = (
        Observation(Period.year(2019), "9.5"),
        Observation(Period.year(2020), "9.0"),
        Observation(Period.year(2021), "8.0"),
    )

    def test_change_from_the_baseline(self) -> None:
        """Over 2019–2021: (8.0 − 10) / 3 years = −0.67 a year, not −0.5."""
        claim = _rate("-0.5", per="year", period=Period.years(2019, 2021))
        (finding,) = audit(self.TARGET, self.FIGURES, [claim])
        assert FindingKind.RATE_MISMATCH == finding.kind
        assert Fraction(-2, 3) == finding.computed
        assert Decimal("-2.0") == finding.total
        assert "the level changes by -2.0 in 3 years: -0.67 a year" in finding.message

    def test_change_from_the_figure_before(self) -> None:
        """Over 2020–2021: (8.0 − 9.5) / 2 years = −0.75 a year, as claimed."""
        claim = _rate("-0.75", per="year", period=Period.years(2020, 2021))
        assert [] == list(audit(self.TARGET, self.FIGURES, [claim]))

    def test_no_level_at_the_start(self) -> None:
        """From July 2021 no figure gives the level at the start: not checked, and said so."""
        period = Period(dt.date(2021, 7, 1), dt.date(2021, 12, 31))
        claim = _rate("-0.5", per="year", period=period)
        (finding,) = audit(self.TARGET, self.FIGURES, [claim])
        assert Unverifiable.PERIOD_NOT_COVERED == finding.unverifiable


class TestSummary:
    def test_the_claim_line_shows_per_and_bound(self) -> None:
        """The report's claim line: "more than 1,200 per month on average over January–June 2022"."""
        case = Case(
            "Placements",
            indicators=[PLACED],
            targets=[TARGET],
            observations=FIGURES,
            claims=[_rate(1200, bound="more_than")],
        )
        text = render(case.assess(), format="text", lang="en")
        assert "more than 1,200 per month on average over January–June 2022" in text
        words = render(case.assess(), format="text", lang="id")
        assert "rata-rata lebih dari 1.200 per bulan selama Januari–Juni 2022" in words


class TestAnyContext:
    def test_hostile_context(self) -> None:
        """Under a 5-digit, flooring context the rate and its finding are the same, exactly."""
        import decimal

        # 123,456,789.125 + 0.875 = 123,456,790; over 2 months: 61,728,395 a month
        big = [
            Observation(Period.month(2022, 1), "123456789.125"),
            Observation(Period.month(2022, 2), "0.875"),
        ]
        claim = _rate("61728394.5", period=Period.months(2022, 1, 2), bound="at_most")
        expected = audit(TARGET, big, [claim])
        with decimal.localcontext(prec=5, rounding=decimal.ROUND_FLOOR, Emax=10, Emin=-10):
            assert expected == audit(TARGET, big, [claim])
        (finding,) = [f for f in expected if f.kind is FindingKind.RATE_MISMATCH]
        assert Fraction(61728395) == finding.computed
