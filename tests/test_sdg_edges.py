"""Tests for the SDG methods at their edges: no-target bands, a target year past, the bridge.

Expected values come from the published formulas, worked by hand next to each:
``CAGR = (v_t / v_0)^(1/(t − t_0)) − 1``; UNSD without a target bands ``s · d · CAGR``
at 2 % and 0.5 %; Open SDG (sdg-build) sets ``CAGR_o`` (base → latest) against
``CAGR_r`` (base → target year) whatever the latest year is.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from pledgekit import (
    Accumulation,
    Case,
    Direction,
    Evaluation,
    Indicator,
    InvalidValueError,
    Observation,
    Period,
    Target,
    progress,
)
from pledgekit.methods.sdg import (
    SdgMethod,
    SdgStatus,
    UnsdCategory,
    assess_target,
    statcan,
    target_series,
    unsd,
)

INC, DEC = Direction.INCREASE, Direction.DECREASE
ON, FAIR, STAGNANT = (
    UnsdCategory.ON_TRACK,
    UnsdCategory.ACCELERATION_NEEDED,
    UnsdCategory.STAGNATION_OR_REGRESSION,
)


class TestUnsdWithoutTarget:
    """UNSD progress chart, no numerical target: the growth rate banded at 2 % and 0.5 %."""

    @pytest.mark.parametrize(
        ("series", "direction", "growth", "category"),
        [
            ({2015: 100, 2016: 102}, INC, Fraction(2, 100), ON),  # 102 / 100 − 1 = 2 %: on the edge
            ({2015: 100, 2017: "102.01"}, INC, Fraction(1, 100), FAIR),  # 1.01² = 1.0201
            ({2015: 200, 2016: 201}, INC, Fraction(5, 1000), FAIR),  # 201 / 200 − 1 = 0.5 %: edge
            ({2015: 1000, 2016: 1004}, INC, Fraction(4, 1000), STAGNANT),  # 0.4 %
            ({2015: 100, 2016: 90}, INC, Fraction(-1, 10), STAGNANT),  # regression
            ({2015: 100, 2017: "96.04"}, DEC, Fraction(2, 100), ON),  # 0.98² = 0.9604: −2 %
            ({2015: 100, 2016: "99.5"}, DEC, Fraction(5, 1000), FAIR),  # −0.5 %
            ({2015: 100, 2016: 101}, DEC, Fraction(-1, 100), STAGNANT),  # +1 % where less is better
            # a negative base: −100 → −81 rises; (0.81)^(1/2) − 1 = −0.1, s = −1: +10 %
            ({2015: -100, 2017: -81}, INC, Fraction(1, 10), ON),
        ],
    )
    def test_bands_by_hand(self, series, direction, growth, category):
        """Each band and each edge, both directions."""
        a = unsd(series, direction=direction, target=None)
        assert (growth, category, None, None) == (a.adjusted_growth, a.category, a.q, a.target)

    def test_observed_cagr_is_unsigned(self):
        """The observed rate is reported as observed: −2 % for 100 → 96.04 over two years."""
        a = unsd({2015: 100, 2017: "96.04"}, direction=DEC, target=None)
        assert Fraction(-2, 100) == a.observed_cagr

    @pytest.mark.parametrize(
        ("series", "reason"),
        [
            ({2015: 100}, "fewer than two years"),
            ({2015: 0, 2016: 1}, "zero"),
            ({2015: 10, 2016: -1}, "differ in sign"),
            ({}, "no data"),
        ],
    )
    def test_cannot_assess(self, series, reason):
        """Too little data, a zero base or a change of sign cannot be assessed."""
        a = unsd(series, direction=INC, target=None)
        assert (UnsdCategory.CANNOT_ASSESS, True) == (a.category, reason in (a.reason or ""))


class TestTargetYearPast:
    """A latest year after the target year: Open SDG rates it; UNSD cannot extrapolate."""

    def test_statcan_met_after_the_year(self):
        """Met by the latest value: target achieved, past the target year."""
        a = statcan({2015: 100, 2019: "146.41"}, direction=INC, target=121, target_year=2017)
        assert (SdgStatus.TARGET_ACHIEVED, Fraction(5), True) == (
            a.status,
            a.score,
            a.past_target_year,
        )

    def test_statcan_not_met_after_the_year(self):
        """Required 1.2² = 1.44 by 2017 (20 %); observed 1.05⁴ by 2019 (5 %): R = 0.25."""
        a = statcan({2015: 100, 2019: "121.550625"}, direction=INC, target=144, target_year=2017)
        assert (Fraction(1, 20), Fraction(1, 5)) == (a.observed_cagr, a.required_cagr)
        assert (Fraction(1, 4), SdgStatus.LIMITED_PROGRESS) == (a.growth_ratio, a.status)
        # 25/6 · 1/4 − 5/2 = 25/24 − 60/24
        assert (Fraction(-35, 24), True) == (a.score, a.past_target_year)

    def test_statcan_target_year_at_the_base_year(self):
        """No years to grow in: cannot assess (sdg-build divides by zero)."""
        a = statcan({2015: 100, 2019: 110}, direction=INC, target=144, target_year=2015)
        assert SdgStatus.CANNOT_ASSESS is a.status
        assert "not after the base year" in (a.reason or "")

    def test_unsd_after_the_year(self):
        """The chart extrapolates forward; a latest year past the target year cannot be."""
        a = unsd({2015: 100, 2019: 110}, direction=INC, target=144, target_year=2017)
        assert (UnsdCategory.CANNOT_ASSESS, True) == (a.category, a.past_target_year)
        assert "after the target year" in (a.reason or "")

    def test_unsd_met_after_the_year(self):
        """Met is on track whatever the year."""
        a = unsd({2015: 100, 2019: 150}, direction=INC, target=144, target_year=2017)
        assert (ON, True) == (a.category, a.target_achieved)

    def test_unsd_in_the_target_year(self):
        """Latest year = target year: v_e = v_t; Q = (110 − 100) / (120 − 100) = 0.5."""
        a = unsd({2015: 100, 2020: 110}, direction=INC, target=120, target_year=2020)
        assert (Fraction(110), Fraction(1, 2), FAIR, False) == (
            a.expected_value,
            a.q,
            a.category,
            a.past_target_year,
        )


UNITS = Indicator("Sambungan", "unit", direction=INC, accumulation=Accumulation.SUM)
TPT = Indicator("Pengangguran", "%", direction=DEC, accumulation=Accumulation.LAST)


def _flows() -> tuple[Target, list[Observation]]:
    # Cumulative levels 100, 110, 121: growth 10 % a year; 146.41 = 100 · 1.1⁴ by 2023.
    target = Target(UNITS, "146.41", period=Period.years(2019, 2023))
    figures = [
        Observation(Period.year(2019), 100),
        Observation(Period.year(2020), 10),
        Observation(Period.year(2021), 11),
    ]
    return target, figures


class TestBridge:
    """From a Target and its figures to the SDG methods."""

    def test_summed_series_is_cumulative(self):
        """A flow's series is the level at each year end: 100, 100 + 10, 110 + 11."""
        target, figures = _flows()
        assert {2019: 100, 2020: 110, 2021: 121} == target_series(target, figures)

    def test_summed_statcan(self):
        """Observed (121 / 100)^(1/2) − 1 = 10 %, required (146.41 / 100)^(1/4) − 1 = 10 %."""
        target, figures = _flows()
        a = assess_target(target, figures, method="statcan")
        assert (2019, 2023) == (a.base_year, a.target_year)
        assert (Fraction(1, 10), Fraction(1, 10), Fraction(1)) == (
            a.observed_cagr,
            a.required_cagr,
            a.growth_ratio,
        )
        # 50/7 · 1 − 30/7 = 20/7
        assert (SdgStatus.SUBSTANTIAL_PROGRESS, Fraction(20, 7)) == (a.status, a.score)

    def test_summed_unsd(self):
        """v_e = 121 · 1.1² = 146.41 in 2023: Q = (146.41 − 100) / (146.41 − 100) = 1."""
        target, figures = _flows()
        a = assess_target(target, figures, method=SdgMethod.UNSD)
        assert (Fraction(14641, 100), Fraction(1), ON) == (a.expected_value, a.q, a.category)

    def test_half_years_make_a_year_end(self):
        """Two halves of 2019 give its year-end level; a half of 2021 alone gives no point."""
        figures = [
            Observation(Period.months(2019, 1, 6), 50),
            Observation(Period.months(2019, 7, 12), 50),
            Observation(Period.year(2020), 10),
            Observation(Period.months(2021, 1, 6), 5),
        ]
        target = Target(UNITS, 500, period=Period.years(2019, 2023))
        assert {2019: 100, 2020: 110} == target_series(target, figures)

    def test_level_with_its_baseline(self):
        """A level starts from its baseline, the year before the period: 5 (2018), 4.5 (2019)."""
        target = Target(TPT, "4.05", baseline="5", period=Period.years(2019, 2020))
        figures = [Observation(Period.year(2019), "4.5")]
        assert {2018: 5, 2019: Fraction(9, 2)} == target_series(target, figures)
        # v_e = 4.5 · 0.9 = 4.05: Q = (4.05 − 5) / (4.05 − 5) = 1
        a = assess_target(target, figures, method="unsd")
        assert (Fraction(81, 20), Fraction(1), ON) == (a.expected_value, a.q, a.category)

    def test_level_period_not_from_january(self):
        """A term from 20 September has no year-end baseline point."""
        target = Target(TPT, "4", baseline="5", period=Period.term(dt.date(2018, 9, 20)))
        figures = [Observation(Period.year(2019), "4.5")]
        assert {2019: Fraction(9, 2)} == target_series(target, figures)

    def test_range_uses_the_near_bound(self):
        """A range (7, 8) where more is better heads for 7."""
        rate = Indicator("Cakupan", "%", direction=INC, accumulation=Accumulation.LAST)
        target = Target(rate, ("7", "8"), baseline="5", period=Period.years(2019, 2020))
        a = assess_target(target, [Observation(Period.year(2019), 6)])
        assert Fraction(7) == a.target

    def test_from_progress(self):
        """A Progress gives the same result as its target and figures."""
        target, figures = _flows()
        state = progress(target, figures)
        assert assess_target(target, figures) == assess_target(state)

    def test_figures_after_as_of_not_counted(self):
        """Only the figures counted at as_of make the series."""
        target, figures = _flows()
        assert {2019: 100} == target_series(target, figures, as_of=dt.date(2020, 6, 30))

    def test_bad_method(self):
        """An unknown method is refused, naming the choices."""
        target, figures = _flows()
        with pytest.raises(InvalidValueError, match="statcan"):
            assess_target(target, figures, method="sdsn")

    def test_bad_target(self):
        """Not a target, not a progress: refused."""
        with pytest.raises(InvalidValueError, match=r"assess_target\(target\)"):
            assess_target("t")  # type: ignore[arg-type]


class TestEvaluationSetting:
    """Evaluation.sdg makes the assessment carry an SDG status."""

    def test_by_value(self):
        """The method may be given by its value."""
        assert SdgMethod.UNSD is Evaluation(sdg="unsd").sdg
        assert Evaluation().sdg is None

    def test_bad_value(self):
        """An unknown value names the field."""
        with pytest.raises(InvalidValueError, match=r"Evaluation\.sdg"):
            Evaluation(sdg="sdsn")

    def test_assessment_carries_it(self):
        """TargetAssessment.sdg is the bridge's result on the target's progress."""
        target, figures = _flows()
        case = Case("Units", indicators=[UNITS], targets=[target], observations=figures)
        assessed = case.assess(evaluation=Evaluation(sdg="statcan")).targets[0]
        assert assess_target(assessed.progress, method="statcan") == assessed.sdg
        assert SdgStatus.SUBSTANTIAL_PROGRESS is assessed.sdg.status
