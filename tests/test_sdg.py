"""Tests for pledgekit.methods.sdg: the Statistics Canada (Open SDG) method and the UNSD chart.

The series are chosen so that every growth rate is rational (121/100 over two years is
exactly 10 % a year), so expected values are exact and worked by hand below.
"""

from __future__ import annotations

import decimal
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pledgekit import Direction, InvalidValueError, Observation, Period, round_fraction
from pledgekit.methods.sdg import (
    NO_TARGET_THRESHOLDS,
    PRECISION,
    TARGET_THRESHOLDS,
    ScoreCoefficients,
    SdgStatus,
    UnsdCategory,
    cagr,
    statcan,
    unsd,
)

INC = Direction.INCREASE
DEC = Direction.DECREASE
# 100 × 1.2⁴ = 207.36: a target reached by 2019 at exactly 20 % a year from 100 in 2015.
T20 = "207.36"


def with_target(current, *, target=T20, direction=INC, **kwargs):
    """Assess 2015: 100 → 2017: ``current`` against ``target`` due in 2019."""
    return statcan(
        {2015: 100, 2017: current}, direction=direction, target=target, target_year=2019, **kwargs
    )


def one_year(current, *, base=100, direction=INC, **kwargs):
    """Assess 2015: ``base`` → 2016: ``current`` without a target."""
    return statcan({2015: base, 2016: current}, direction=direction, **kwargs)


class TestCagr:
    def test_exact_when_rational(self):
        """(121 / 100)^(1/2) − 1 = 11/10 − 1 = 1/10."""
        assert Fraction(1, 10) == cagr(100, 121, 2)

    def test_negative_values(self):
        """(−81 / −100)^(1/2) − 1 = 9/10 − 1 = −1/10."""
        assert Fraction(-1, 10) == cagr(-100, -81, 2)

    def test_to_zero(self):
        """(0 / 100)^(1/3) − 1 = −1."""
        assert Fraction(-1) == cagr(100, 0, 3)

    def test_fractions_accepted(self):
        """Exact Fractions are accepted: (121/100)^(1/2) − 1 = 1/10."""
        assert Fraction(1, 10) == cagr(Fraction(1), Fraction(121, 100), 2)

    def test_irrational_to_precision(self):
        """2^(1/10) − 1 is irrational: (1 + c)^10 is 2 to about 50 significant digits."""
        c = cagr(100, 200, 10)
        assert abs((1 + c) ** 10 - 2) < Fraction(1, 10 ** (PRECISION - 2))

    def test_irrational_value(self):
        """2^(1/10) − 1 = 0.07177346253629316421… (the tenth root of 2, minus 1), to 17 places."""
        assert Decimal("0.07177346253629316") == round_fraction(cagr(100, 200, 10), 17)

    @pytest.mark.parametrize(
        ("first", "last", "years", "match"),
        [
            (0, 5, 1, "non-zero first value"),
            (100, -5, 1, "same sign"),
            (100, 121, 0, "at least 1"),
            (100, 121, True, "at least 1"),
            (100.0, 121, 2, "float"),
        ],
    )
    def test_bad_input(self, first, last, years, match):
        """Zero first values, mixed signs, non-positive spans and floats are refused."""
        with pytest.raises(InvalidValueError, match=match):
            cagr(first, last, years)


class TestStatcanWithTarget:
    def test_worked_example(self):
        """CAGR_o = (132.25/100)^(1/2) − 1 = 0.15; CAGR_r = (207.36/100)^(1/4) − 1 = 0.2; R = 0.75."""
        a = with_target("132.25")
        assert (
            Fraction(3, 20),
            Fraction(1, 5),
            Fraction(3, 4),
            SdgStatus.MODERATE_PROGRESS,
            Fraction(15, 14),  # 50/7 · 3/4 − 30/7 = 150/28 − 120/28
        ) == (a.observed_cagr, a.required_cagr, a.growth_ratio, a.status, a.score)

    @pytest.mark.parametrize(
        ("current", "ratio", "status", "score"),
        [
            # 1.26² = 1.5876: R = 0.26/0.2 = 1.3, score 50/7·1.3 − 30/7 = 5 (the cap)
            ("158.76", Fraction(13, 10), SdgStatus.SUBSTANTIAL_PROGRESS, Fraction(5)),
            # 1.19² = 1.4161: R = 0.95, score 50/7·0.95 − 30/7 = 2.5
            ("141.61", Fraction(19, 20), SdgStatus.SUBSTANTIAL_PROGRESS, Fraction(5, 2)),
            # 1.189² = 1.413721: R = 0.945, score 50/7·0.945 − 30/7 = 69/28, below 2.5
            ("141.3721", Fraction(189, 200), SdgStatus.MODERATE_PROGRESS, Fraction(69, 28)),
            # 1.12² = 1.2544: R = 0.6, score 0
            ("125.44", Fraction(3, 5), SdgStatus.MODERATE_PROGRESS, Fraction(0)),
            # 1.119² = 1.252161: R = 0.595, score 25/6·0.595 − 5/2 = −1/48
            ("125.2161", Fraction(119, 200), SdgStatus.LIMITED_PROGRESS, Fraction(-1, 48)),
            # no change: R = 0, score −5/2
            ("100", Fraction(0), SdgStatus.LIMITED_PROGRESS, Fraction(-5, 2)),
            # 0.99² = 0.9801: R = −0.05, score 25/6·(−1/20) − 5/2 = −65/24
            ("98.01", Fraction(-1, 20), SdgStatus.DETERIORATION, Fraction(-65, 24)),
            # 0.8² = 0.64: R = −1, score floored at −5
            ("64", Fraction(-1), SdgStatus.DETERIORATION, Fraction(-5)),
        ],
    )
    def test_bands_and_scores_on_both_sides(self, current, ratio, status, score):
        """R against 0.95 / 0.60 / 0 on both sides of each, and the score lines."""
        a = with_target(current)
        assert (ratio, status, score) == (a.growth_ratio, a.status, a.score)

    def test_published_coefficients(self):
        """sdg-build's rounded line: 7.1429 · 0.75 − 4.2857 = 1.071475."""
        a = with_target("132.25", coefficients=ScoreCoefficients.AS_PUBLISHED)
        assert Fraction("1.071475") == a.score

    def test_published_coefficients_lower_line(self):
        """sdg-build's rounded lower line: 4.1667 · 0.5 − 2.5 = −0.41665."""
        a = with_target("121", coefficients=ScoreCoefficients.AS_PUBLISHED)
        assert Fraction("-0.41665") == a.score

    def test_target_achieved_first(self):
        """207.36 reached by 2017: target achieved, score 5, no ratio computed."""
        a = with_target("210")
        assert (SdgStatus.TARGET_ACHIEVED, Fraction(5), True, None) == (
            a.status,
            a.score,
            a.target_achieved,
            a.growth_ratio,
        )

    def test_target_achieved_with_one_year(self):
        """A single year that meets the target is achieved (checked before data sufficiency)."""
        a = statcan({2020: 150}, direction=INC, target=100)
        assert SdgStatus.TARGET_ACHIEVED == a.status

    def test_lower_is_better(self):
        """100 → 81: CAGR_o = −0.1; target 64 by 2017: CAGR_r = −0.2; R = −1 · −0.1 / 0.2 = 0.5."""
        a = statcan({2015: 100, 2017: 81}, direction=DEC, target=64, target_year=2017)
        assert (Fraction(1, 2), SdgStatus.LIMITED_PROGRESS) == (a.growth_ratio, a.status)

    def test_negative_values_flip_the_sign(self):
        """−100 → −121, less is better: s = −1, d = −1, CAGR_o = 0.1, CAGR_r = 0.2: R = 0.5."""
        a = statcan({2015: -100, 2017: -121}, direction=DEC, target=-144, target_year=2017)
        assert Fraction(1, 2) == a.growth_ratio

    def test_limit_ignored_with_target(self):
        """As in sdg-build, a limit is ignored when a target is given."""
        assert with_target("132.25") == with_target("132.25", limit=140)

    def test_zero_target_cannot_be_assessed(self):
        """A zero target gives "cannot assess" with the reason."""
        a = statcan({2015: 100, 2017: 81}, direction=DEC, target=0, target_year=2020)
        assert (SdgStatus.CANNOT_ASSESS, False) == (a.status, a.assessed)
        assert "the target is zero" in (a.reason or "")

    def test_zero_target_substituted(self):
        """With 0.001: CAGR_r = (0.001/100)^(1/5) − 1 = 0.1 − 1 = −0.9; R = 0.1/0.9 = 1/9."""
        a = statcan(
            {2015: 100, 2017: 81}, direction=DEC, target=0, target_year=2020, substitute_zero=True
        )
        assert (
            Fraction(-9, 10),
            Fraction(1, 9),
            Fraction(-55, 27),  # 25/6 · 1/9 − 5/2 = 25/54 − 135/54
            ("target 0 → 0.001",),
        ) == (a.required_cagr, a.growth_ratio, a.score, a.substitutions)

    def test_target_equal_to_base(self):
        """A target equal to the base value needs no growth: cannot assess."""
        a = statcan({2015: 100, 2017: 90}, direction=INC, target=100)
        assert "required growth rate is zero" in (a.reason or "")

    def test_target_of_other_sign(self):
        """A target of the other sign than the base value: cannot assess."""
        a = statcan({2015: 100, 2017: 90}, direction=DEC, target=-5)
        assert "differ in sign" in (a.reason or "")

    def test_target_year_not_after_base(self):
        """A target year on or before the base year: cannot assess."""
        a = statcan({2015: 100, 2017: 121}, direction=INC, target=200, target_year=2015)
        assert "not after the base year" in (a.reason or "")


class TestStatcanWithoutTarget:
    @pytest.mark.parametrize(
        ("current", "status", "score"),
        [
            ("103", SdgStatus.SUBSTANTIAL_PROGRESS, Fraction(5)),  # 500·0.03 − 5 = 10 → cap 5
            ("102", SdgStatus.SUBSTANTIAL_PROGRESS, Fraction(5)),  # 500·0.02 − 5 = 5
            ("101.5", SdgStatus.SUBSTANTIAL_PROGRESS, Fraction(5, 2)),  # 500·0.015 − 5
            ("101.49", SdgStatus.MODERATE_PROGRESS, Fraction(99, 40)),  # 250·0.0149 − 1.25
            ("101", SdgStatus.MODERATE_PROGRESS, Fraction(5, 4)),  # 250·0.01 − 1.25
            ("100.5", SdgStatus.MODERATE_PROGRESS, Fraction(0)),  # 250·0.005 − 1.25
            ("100.49", SdgStatus.LIMITED_PROGRESS, Fraction(-1, 20)),  # 500·0.0049 − 2.5
            ("100", SdgStatus.LIMITED_PROGRESS, Fraction(-5, 2)),  # 500·0 − 2.5
            ("99.9", SdgStatus.DETERIORATION, Fraction(-21, 8)),  # 125·(−0.001) − 2.5
            ("96", SdgStatus.DETERIORATION, Fraction(-5)),  # 125·(−0.04) − 2.5 → floor −5
        ],
    )
    def test_bands_and_scores_on_both_sides(self, current, status, score):
        """Growth against 1.5 % / 0.5 % / 0 on both sides of each, and the score lines."""
        a = one_year(current)
        assert (status, score) == (a.status, a.score)

    def test_thresholds_without_limit(self):
        """Without a limit the thresholds are 1.5 %, 0.5 % and 0, and C is None."""
        a = one_year("101")
        assert (NO_TARGET_THRESHOLDS, None) == (a.thresholds, a.coefficient)

    def test_lower_is_better(self):
        """100 → 98.5, less is better: −1 · (−0.015) = 0.015: substantial."""
        a = one_year("98.5", direction=DEC)
        assert (Fraction(3, 200), SdgStatus.SUBSTANTIAL_PROGRESS) == (a.adjusted_growth, a.status)

    def test_latest_value_zero(self):
        """100 → 0: growth −100 % (as in sdg-build): deterioration, score −5."""
        a = one_year(0)
        assert (Fraction(-1), SdgStatus.DETERIORATION, Fraction(-5)) == (
            a.observed_cagr,
            a.status,
            a.score,
        )

    def test_limit_far_away_changes_nothing(self):
        """|y0| ≥ 2|lim| gives C = 1."""
        assert Fraction(1) == one_year("101", base=100, limit=50).coefficient

    def test_base_on_the_limit(self):
        """y0 = lim gives C = 0: every threshold is 0; holding or beyond scores 5."""
        a = one_year("100", base=100, limit=100)
        assert (Fraction(0), SdgStatus.SUBSTANTIAL_PROGRESS, Fraction(5)) == (
            a.coefficient,
            a.status,
            a.score,
        )

    def test_base_on_the_limit_falling(self):
        """y0 = lim and falling: scored as usual, 125 · (−0.01) − 2.5 = −3.75."""
        a = one_year("99", base=100, limit=100)
        assert (SdgStatus.DETERIORATION, Fraction(-15, 4)) == (a.status, a.score)

    def test_limit_factor_value(self):
        """y0 = 50, lim = 100: C = 1 − 0.5^4.44, so (1 − C)^25 = 2^−111 to 50 digits."""
        c = one_year("51", base=50, limit=100).coefficient
        assert c is not None
        assert abs((1 - c) ** 25 * 2**111 - 1) < Fraction(1, 10**45)

    def test_limit_factor_is_symmetric(self):
        """y0 = 150 above lim = 100 gives the same C as y0 = 50 below it."""
        below = one_year("51", base=50, limit=100).coefficient
        above = one_year("151", base=150, limit=100).coefficient
        assert below == above

    def test_limit_lowers_the_thresholds(self):
        """50 → 50.725 (1.45 %): moderate without a limit, substantial with C ≈ 0.954."""
        plain = one_year("50.725", base=50)
        near = one_year("50.725", base=50, limit=100)
        assert (SdgStatus.MODERATE_PROGRESS, SdgStatus.SUBSTANTIAL_PROGRESS) == (
            plain.status,
            near.status,
        )


class TestGrowthFields:
    """growth_ratio and adjusted_growth each mean one thing; progress_value reads either."""

    def test_with_a_target_only_the_growth_ratio(self):
        """100 → 121 in two years (10 %) against 200 by 2030: R = 0.1 / CAGR_r, no adjusted growth."""
        a = statcan({2015: 100, 2017: 121}, direction=INC, target=200)
        assert (None, a.growth_ratio) == (a.adjusted_growth, a.progress_value)
        assert a.growth_ratio == Fraction(1, 10) / a.required_cagr

    def test_without_a_target_only_the_adjusted_growth(self):
        """100 → 81 in two years, less is better: −1 · (−0.1) = 0.1, no growth ratio."""
        a = statcan({2015: 100, 2017: 81}, direction=DEC)
        assert (None, Fraction(1, 10), Fraction(1, 10)) == (
            a.growth_ratio,
            a.adjusted_growth,
            a.progress_value,
        )

    @pytest.mark.parametrize("target", [None, 200])
    def test_neither_when_not_assessed(self, target):
        """A series that cannot be assessed has neither value."""
        a = statcan({2015: 100}, direction=INC, target=target)
        assert (None, None, None) == (a.growth_ratio, a.adjusted_growth, a.progress_value)

    def test_neither_when_the_target_is_already_met(self):
        """A met target is scored 5 without a ratio."""
        a = statcan({2015: 100, 2017: 250}, direction=INC, target=200)
        assert (SdgStatus.TARGET_ACHIEVED, True, None, None) == (
            a.status,
            a.target_achieved,
            a.growth_ratio,
            a.adjusted_growth,
        )

    def test_results_are_keyword_only(self):
        """A result's fields are named, never given by position."""
        a = statcan({2015: 100}, direction=INC)
        with pytest.raises(TypeError):
            type(a)(a.status, a.reason)


class TestStatcanData:
    def test_missing_base_year_falls_to_next(self):
        """No 2015 value: 2016 is the base; (121/100)^(1/2) − 1 = 0.1."""
        a = statcan({2016: 100, 2018: 121}, direction=INC)
        assert (2016, Fraction(1, 10)) == (a.base_year, a.observed_cagr)

    def test_years_before_base_are_ignored(self):
        """2010 lies before the base year 2015 and is not used."""
        a = statcan({2010: 1, 2015: 100, 2017: 121}, direction=INC)
        assert (2015, Fraction(1, 10)) == (a.base_year, a.observed_cagr)

    def test_observations(self):
        """Observations of calendar years give the same result as a mapping."""
        observed = [Observation(Period.year(2017), 121), Observation(Period.year(2015), 100)]
        assert statcan(observed, direction=INC) == statcan({2015: 100, 2017: 121}, direction=INC)

    def test_no_data(self):
        """An empty series cannot be assessed."""
        a = statcan({}, direction=INC)
        assert (SdgStatus.CANNOT_ASSESS, "no data") == (a.status, a.reason)

    def test_one_year(self):
        """A single year cannot be assessed."""
        expected = "fewer than two years of data from the base year 2015 (latest 2015)"
        assert expected == statcan({2015: 100}, direction=INC).reason

    def test_all_data_before_base_year(self):
        """Data only before the base year cannot be assessed."""
        assert "no data in or after the base year 2015" == (
            statcan({2010: 1, 2012: 2}, direction=INC).reason
        )

    def test_zero_base(self):
        """A zero base value cannot be assessed by default."""
        a = statcan({2015: 0, 2017: 5}, direction=INC)
        assert "base value (2015) is zero" in (a.reason or "")

    def test_zero_base_substituted(self):
        """With 0.001: (0.121 / 0.001)^(1/2) − 1 = 11 − 1 = 10."""
        a = statcan({2015: 0, 2017: "0.121"}, direction=INC, substitute_zero=True)
        assert (Fraction(10), ("base value 2015: 0 → 0.001",)) == (
            a.observed_cagr,
            a.substitutions,
        )

    def test_mixed_signs(self):
        """A positive base and a negative latest value cannot be assessed, even substituted."""
        a = statcan({2015: 100, 2017: -5}, direction=INC, substitute_zero=True)
        assert "differ in sign" in (a.reason or "")

    @pytest.mark.parametrize(
        ("series", "match"),
        [
            ({2015: 1.5}, "float"),
            ({"2015": 1}, "a year"),
            ({True: 1}, "a year"),
            ("2015: 1", "a mapping"),
            ([(2015, 1)], "an Observation"),
            ([Observation(Period.months(2015, 1, 6), 1)], "one calendar year"),
            (
                [Observation(Period.year(2015), 1), Observation(Period.year(2015), 2)],
                "one observation per year",
            ),
        ],
    )
    def test_bad_series(self, series, match):
        """Malformed series are refused (bad data values are not "cannot assess")."""
        with pytest.raises(InvalidValueError, match=match):
            statcan(series, direction=INC)

    @pytest.mark.parametrize(
        ("kwargs", "match"),
        [
            ({"direction": "positive"}, "Direction"),
            ({"target": 1.5}, "float"),
            ({"target_year": "2030"}, "a year"),
            ({"base_year": 0}, "a year"),
            ({"limit": 1.0}, "float"),
            ({"substitute_zero": 1}, "True or False"),
            ({"coefficients": "exact"}, "ScoreCoefficients"),
        ],
    )
    def test_bad_arguments(self, kwargs, match):
        """Each argument is checked."""
        arguments = {"direction": INC, **kwargs}
        with pytest.raises(InvalidValueError, match=match):
            statcan({2015: 1, 2016: 2}, **arguments)


class TestUnsd:
    def test_worked_example(self):
        """110 × (110/100)^(10/5) = 133.1; Q = (133.1 − 100) / (150 − 100) = 0.662."""
        a = unsd({2015: 100, 2020: 110}, direction=INC, target=150)
        assert (Fraction(1331, 10), Fraction(331, 500), UnsdCategory.ACCELERATION_NEEDED) == (
            a.expected_value,
            a.q,
            a.category,
        )

    def test_observed_cagr(self):
        """(110/100)^(1/5) − 1 is irrational; (1 + c)^5 is 1.1 to 50 digits."""
        c = unsd({2015: 100, 2020: 110}, direction=INC, target=150).observed_cagr
        assert c is not None
        assert abs((1 + c) ** 5 - Fraction(11, 10)) < Fraction(1, 10**48)

    @pytest.mark.parametrize(
        ("latest", "q", "category"),
        [
            ("119", Fraction(19, 20), UnsdCategory.ON_TRACK),
            ("118.99", Fraction(1899, 2000), UnsdCategory.ACCELERATION_NEEDED),
            ("102", Fraction(1, 10), UnsdCategory.ACCELERATION_NEEDED),
            ("101.99", Fraction(199, 2000), UnsdCategory.STAGNATION_OR_REGRESSION),
        ],
    )
    def test_bands_on_both_sides(self, latest, q, category):
        """Latest value in 2030 itself (v_e = v_t): Q = (v_t − 100) / (120 − 100)."""
        a = unsd({2015: 100, 2030: latest}, direction=INC, target=120)
        assert (q, category) == (a.q, a.category)

    def test_long_extrapolation(self):
        """1 → 2 in one year, extrapolated 4,998 years on: v_e = 2 · 2^4998 = 2^4999 to 50 digits."""
        a = unsd({1: 1, 2: 2}, direction=INC, target=10**29, base_year=1, target_year=5000)
        assert a.expected_value is not None
        assert (UnsdCategory.ON_TRACK, True) == (
            a.category,
            abs(a.expected_value / 2**4999 - 1) < Fraction(1, 10**48),
        )

    def test_lower_is_better(self):
        """90 × 0.9² = 72.9; Q = (72.9 − 100) / (50 − 100) = 0.542."""
        a = unsd({2015: 100, 2020: 90}, direction=DEC, target=50)
        assert (Fraction(271, 500), UnsdCategory.ACCELERATION_NEEDED) == (a.q, a.category)

    def test_regression(self):
        """Falling when more is better: Q = (72.9 − 100) / (150 − 100) = −0.542."""
        a = unsd({2015: 100, 2020: 90}, direction=INC, target=150)
        assert (Fraction(-271, 500), UnsdCategory.STAGNATION_OR_REGRESSION) == (a.q, a.category)

    def test_zero_target_is_fine(self):
        """50 × 0.5² = 12.5; Q = (12.5 − 100) / (0 − 100) = 0.875."""
        a = unsd({2015: 100, 2020: 50}, direction=DEC, target=0)
        assert (Fraction(7, 8), UnsdCategory.ACCELERATION_NEEDED) == (a.q, a.category)

    def test_target_met(self):
        """A latest value at or beyond the target is on track."""
        a = unsd({2015: 100, 2020: 160}, direction=INC, target=150)
        assert (UnsdCategory.ON_TRACK, True, None) == (a.category, a.target_achieved, a.q)

    def test_zero_base_substituted(self):
        """0 → 0.001; 0.002 in 2020 doubles it in 5 years; v_e = 0.002 · 2² = 0.008."""
        a = unsd({2015: 0, 2020: "0.002"}, direction=INC, target=1, substitute_zero=True)
        assert (Fraction(1, 125), ("base value 2015: 0 → 0.001",)) == (
            a.expected_value,
            a.substitutions,
        )

    @pytest.mark.parametrize(
        ("series", "target", "reason"),
        [
            ({}, 1, "no data"),
            ({2015: 100}, 150, "fewer than two years"),
            ({2010: 100, 2012: 110}, 150, "no data in or after the base year"),
            ({2015: 0, 2020: 5}, 150, "is zero"),
            ({2015: 100, 2020: -5}, 150, "differ in sign"),
            ({2015: 100, 2031: 105}, 150, "after the target year"),
            ({2015: 100, 2020: 90}, 100, "Q is undefined"),
        ],
    )
    def test_cannot_assess(self, series, target, reason):
        """Insufficient or unusable data give "cannot assess" with the reason."""
        a = unsd(series, direction=INC, target=target)
        assert (UnsdCategory.CANNOT_ASSESS, False, True) == (
            a.category,
            a.assessed,
            reason in (a.reason or ""),
        )

    def test_without_target_bands_growth(self):
        """Without a numerical target the growth rate is banded (see test_sdg_edges)."""
        a = unsd({2015: 1, 2016: 2}, direction=INC, target=None)  # 100 % a year
        assert (UnsdCategory.ON_TRACK, None, None) == (a.category, a.q, a.target)

    @pytest.mark.parametrize(
        ("kwargs", "match"),
        [
            ({"direction": None}, "Direction"),
            ({"target": 1.5}, "float"),
            ({"target_year": 2030.0}, "a year"),
            ({"substitute_zero": "yes"}, "True or False"),
        ],
    )
    def test_bad_arguments(self, kwargs, match):
        """Each argument is checked."""
        arguments = {"direction": INC, "target": 5, **kwargs}
        with pytest.raises(InvalidValueError, match=match):
            unsd({2015: 1, 2020: 2}, **arguments)


positive_values = st.integers(min_value=1, max_value=10**6)


def _sign(value):
    return (value > 0) - (value < 0)


class TestProperties:
    @given(
        base=positive_values,
        current=positive_values,
        years=st.integers(1, 10),
        direction=st.sampled_from(Direction),
        negative=st.booleans(),
    )
    def test_ratio_sign_follows_direction(self, base, current, years, direction, negative):
        """R > 0 exactly when the series moved the desired way (negative series too)."""
        sign = -1 if negative else 1
        # A target on the desired side of the base value, far enough never to be met.
        away = (direction is INC) == (sign > 0)
        magnitude = Decimal(base) * 10**7 if away else Decimal(base) / 10**7
        a = statcan(
            {2015: sign * base, 2015 + years: sign * current},
            direction=direction,
            target=sign * magnitude,
        )
        moved = _sign((sign * current - sign * base) * direction.sign)
        assert moved == _sign(a.growth_ratio)

    @given(
        base=positive_values,
        current=positive_values,
        years=st.integers(1, 10),
        direction=st.sampled_from(Direction),
    )
    def test_no_target_sign_flips_with_direction(self, base, current, years, direction):
        """Without a target, reversing the direction negates the progress value."""
        series = {2015: base, 2015 + years: current}
        other = DEC if direction is INC else INC
        a = statcan(series, direction=direction)
        b = statcan(series, direction=other)
        assert a.adjusted_growth == -b.adjusted_growth  # type: ignore[operator]

    @given(ratio=st.decimals(min_value=-3, max_value="2.19", places=3))
    def test_score_bands_agree_with_status(self, ratio):
        """With exact lines, the score band always equals the status band (Open SDG's table)."""
        # 100 → 100·(1 + 0.2·R)² over 2 years: CAGR_o = 0.2·R exactly; CAGR_r = 0.2.
        current = 100 * (1 + ratio / 5) ** 2
        a = with_target(current)
        score = a.score
        assert score is not None
        expected = (
            SdgStatus.SUBSTANTIAL_PROGRESS
            if score >= Fraction(5, 2)
            else SdgStatus.MODERATE_PROGRESS
            if score >= 0
            else SdgStatus.LIMITED_PROGRESS
            if score >= Fraction(-5, 2)
            else SdgStatus.DETERIORATION
        )
        assert (Fraction(ratio), expected, True) == (a.growth_ratio, a.status, -5 <= score <= 5)

    @given(
        base=positive_values,
        current=positive_values,
        target=positive_values,
        years=st.integers(1, 14),
    )
    def test_unsd_q_ignores_direction_unless_met(self, base, current, target, years):
        """Q does not depend on the direction; only the target-met check does."""
        series = {2015: base, 2015 + years: current}
        a = unsd(series, direction=INC, target=target)
        b = unsd(series, direction=DEC, target=target)
        if not (a.target_achieved or b.target_achieved):
            assert a.q == b.q

    def test_thresholds_are_the_published_ones(self):
        """0.95 / 0.60 / 0 with a target; 1.5 % / 0.5 % / 0 without."""
        assert (
            (Fraction(95, 100), Fraction(60, 100), Fraction(0)),
            (Fraction(15, 1000), Fraction(5, 1000), Fraction(0)),
        ) == (TARGET_THRESHOLDS, NO_TARGET_THRESHOLDS)


# A caller's context that rounds everything it touches: 5 digits, toward −∞, tiny exponents.
HOSTILE = {"prec": 5, "rounding": decimal.ROUND_FLOOR, "Emax": 10, "Emin": -10}
# 26 digits before and 26 after the point: × 2.0736 stays within 30 and 30.
BASE = Fraction("12345678901234567890123456.12345678901234567890123456")


def _amount(value):
    """A Fraction whose denominator divides 10³⁰, written out as an exact Decimal."""
    scaled = value * 10**30
    assert 1 == scaled.denominator
    whole, part = divmod(abs(scaled.numerator), 10**30)
    return Decimal(f"{'-' if value < 0 else ''}{whole}.{part:030d}")


@st.composite
def long_series(draw):
    """Two to four yearly values of 20–30 integer digits and 30 fraction digits, one sign."""
    years = draw(st.lists(st.integers(2015, 2025), min_size=2, max_size=4, unique=True))
    sign = draw(st.sampled_from([1, -1]))
    values = draw(
        st.lists(st.integers(10**49, 10**60 - 1), min_size=len(years), max_size=len(years))
    )
    return {
        y: _amount(Fraction(sign * v, 10**30)) for y, v in zip(sorted(years), values, strict=True)
    }


class TestCallerContext:
    def test_statcan_at_the_digit_limits(self):
        """The worked example scaled by a 52-digit base, under prec 5 / ROUND_FLOOR: still 0.15, 0.2, 0.75."""
        series = {2015: _amount(BASE), 2017: _amount(BASE * Fraction("1.3225"))}
        target = _amount(BASE * Fraction("2.0736"))
        with decimal.localcontext(**HOSTILE):
            a = statcan(series, direction=INC, target=target, target_year=2019)
        assert (
            Fraction(3, 20),  # √1.3225 − 1
            Fraction(1, 5),  # ⁴√2.0736 − 1
            Fraction(3, 4),
            SdgStatus.MODERATE_PROGRESS,
            Fraction(15, 14),
        ) == (a.observed_cagr, a.required_cagr, a.growth_ratio, a.status, a.score)

    def test_unsd_at_the_digit_limits(self):
        """UNSD's worked example scaled by the base: v_e = 1.331 · base, Q = 0.331 / 0.5 = 331/500."""
        series = {2015: _amount(BASE), 2020: _amount(BASE * Fraction("1.1"))}
        with decimal.localcontext(**HOSTILE):
            a = unsd(series, direction=INC, target=_amount(BASE * Fraction("1.5")))
        assert (
            BASE * Fraction(1331, 1000),
            Fraction(331, 500),
            UnsdCategory.ACCELERATION_NEEDED,
        ) == (
            a.expected_value,
            a.q,
            a.category,
        )

    def test_irrational_cagr_ignores_the_callers_context(self):
        """(110/100)^(1/5) − 1 is irrational: its 50 digits are the same under prec 5 / ROUND_FLOOR."""
        expected = cagr(100, 110, 5)
        with decimal.localcontext(**HOSTILE):
            actual = cagr(100, 110, 5)
        assert expected == actual
        assert abs((1 + actual) ** 5 - Fraction(11, 10)) < Fraction(1, 10**48)

    @given(
        series=long_series(),
        target=st.integers(1, 10**30 - 1),
        direction=st.sampled_from(Direction),
    )
    def test_statcan_and_unsd_ignore_the_callers_context(self, series, target, direction):
        """Any long series: both methods give under a hostile context exactly what they give by default."""
        goal = target if next(iter(series.values())) > 0 else -target
        expected = (
            statcan(series, direction=direction, target=goal),
            statcan(series, direction=direction),
            unsd(series, direction=direction, target=goal),
        )
        with decimal.localcontext(**HOSTILE):
            actual = (
                statcan(series, direction=direction, target=goal),
                statcan(series, direction=direction),
                unsd(series, direction=direction, target=goal),
            )
        assert expected == actual
