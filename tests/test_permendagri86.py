"""Tests for pledgekit.methods.permendagri86: capaian, predikat, accumulation, roll-up.

Expected values are worked by hand from the formulas of Permendagri 86/2017's
"Evaluasi Terhadap Hasil RPJMD" form; the arithmetic is written next to each.
"""

from __future__ import annotations

import datetime as dt
import decimal
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pledgekit import (
    Accumulation,
    Direction,
    Indicator,
    InvalidValueError,
    Observation,
    Period,
    Target,
    progress,
)
from pledgekit.methods.permendagri86 import (
    KUALITAS,
    PERMENDAGRI_86_BANDS,
    TINGKAT_CAPAIAN,
    BandPolicy,
    LabelSet,
    LowerIsBetter,
    NoCapaian,
    Predikat,
    PredikatBands,
    RollUp,
    YearCapaian,
    accumulate,
    capaian,
    end_of_period,
    end_of_period_capaian,
    predikat,
    progress_capaian,
    roll_up,
    yearly_capaian,
)

INC = Direction.INCREASE
DEC = Direction.DECREASE

positive = st.decimals(min_value=Decimal("0.01"), max_value=Decimal(10**6), places=2)
amounts = st.decimals(min_value=Decimal(-(10**6)), max_value=Decimal(10**6), places=2)
rates = st.fractions(min_value=-500, max_value=500, max_denominator=1000)

# A caller's context that rounds everything it touches: 5 digits, toward −∞, tiny exponents.
HOSTILE = {"prec": 5, "rounding": decimal.ROUND_FLOOR, "Emax": 10, "Emin": -10}
EPSILON = Fraction(1, 10**30)  # the smallest step an amount can take (30 fraction digits)


@st.composite
def long_amounts(draw, *, positive=False):
    """Amounts up to 30 integer and 30 fraction digits, with their exact value as a Fraction."""
    whole = draw(st.integers(0, 10**30 - 1))
    part = draw(st.integers(0, 10**30 - 1))
    negative = not positive and draw(st.booleans())
    if positive and whole == 0 and part == 0:
        part = 1
    sign = "-" if negative else ""
    exact = (Fraction(whole) + Fraction(part, 10**30)) * (-1 if negative else 1)
    return Decimal(f"{sign}{whole}.{part:030d}"), exact


def _band(rate):
    """The predikat by the regulation's half-open lower bounds, 91 / 76 / 66 / 51."""
    for bound, band in (
        (91, Predikat.SANGAT_TINGGI),
        (76, Predikat.TINGGI),
        (66, Predikat.SEDANG),
        (51, Predikat.RENDAH),
    ):
        if rate >= bound:
            return band
    return Predikat.SANGAT_RENDAH


class TestCapaianHigherIsBetter:
    def test_bekasi_jobs(self):
        """146,305 of 150,000 jobs: 146305 / 150000 × 100 = 29261/300 ≈ 97.54 %."""
        assert Fraction(29261, 300) == capaian(150000, 146305, INC)

    def test_exactly_met(self):
        """R = T gives exactly 100."""
        assert Fraction(100) == capaian("5.5", "5.5", INC)

    def test_over_achievement_is_raw(self):
        """56,000 against 30,000: 56000 / 30000 × 100 = 560/3 ≈ 186.67, not clamped."""
        assert Fraction(560, 3) == capaian(30000, 56000, INC)

    def test_negative_realisation_is_raw(self):
        """R = −10 against T = 100: −10 / 100 × 100 = −10."""
        assert Fraction(-10) == capaian(100, -10, INC)

    def test_decimal_and_string_inputs(self):
        """Decimal("72.5") of 80: 72.5 / 80 × 100 = 90.625 = 725/8."""
        assert Fraction(725, 8) == capaian(Decimal("80"), Decimal("72.5"), INC)


class TestCapaianLowerIsBetter:
    def test_two_t_minus_r_default(self):
        """Unemployment 5.9 % against 5.5 %: (2·5.5 − 5.9) / 5.5 × 100 = 5.1 / 5.5 × 100 = 1020/11."""
        assert Fraction(1020, 11) == capaian("5.5", "5.9", DEC)

    def test_two_t_minus_r_better_than_target(self):
        """4.4 % against 5.5 %: (11 − 4.4) / 5.5 × 100 = 6.6 / 5.5 × 100 = 120."""
        assert Fraction(120) == capaian("5.5", "4.4", DEC)

    def test_two_t_minus_r_can_fall_below_zero(self):
        """12 against 5: (10 − 12) / 5 × 100 = −40."""
        assert Fraction(-40) == capaian(5, 12, DEC)

    def test_t_over_r(self):
        """5.9 % against 5.5 % with T / R: 5.5 / 5.9 × 100 = 5500/59 ≈ 93.22."""
        assert Fraction(5500, 59) == capaian("5.5", "5.9", DEC, formula=LowerIsBetter.T_OVER_R)

    def test_t_over_r_better_than_target(self):
        """4 against 5 with T / R: 5 / 4 × 100 = 125."""
        assert Fraction(125) == capaian(5, 4, DEC, formula=LowerIsBetter.T_OVER_R)

    def test_formulas_agree_when_met(self):
        """Both formulas give exactly 100 when R = T."""
        assert capaian(7, 7, DEC) == capaian(7, 7, DEC, formula=LowerIsBetter.T_OVER_R) == 100

    def test_formula_ignored_for_higher_is_better(self):
        """The lower-is-better formula does not change a higher-is-better rate."""
        assert capaian(8, 6, INC) == capaian(8, 6, INC, formula=LowerIsBetter.T_OVER_R)


class TestCapaianRange:
    def test_inside_range_is_100(self):
        """5.4 inside 5–6: exactly 100."""
        assert Fraction(100) == capaian(("5", "6"), "5.4", INC)

    @pytest.mark.parametrize("realisasi", ["5", "6"])
    def test_on_the_bounds_is_100(self, realisasi):
        """Each bound belongs to the range."""
        assert Fraction(100) == capaian(("5", "6"), realisasi, DEC)

    def test_below_range_uses_low_bound(self):
        """4 below 5–6, more is better: 4 / 5 × 100 = 80."""
        assert Fraction(80) == capaian((5, 6), 4, INC)

    def test_above_range_uses_high_bound(self):
        """9 above 5–6, more is better: 9 / 6 × 100 = 150."""
        assert Fraction(150) == capaian((5, 6), 9, INC)

    def test_above_range_lower_is_better(self):
        """9 above 5–6, less is better: (2·6 − 9) / 6 × 100 = 50."""
        assert Fraction(50) == capaian((5, 6), 9, DEC)

    def test_below_range_lower_is_better(self):
        """4 below 5–6, less is better: (2·5 − 4) / 5 × 100 = 120."""
        assert Fraction(120) == capaian((5, 6), 4, DEC)

    def test_degenerate_range_is_a_single_target(self):
        """A range (5, 5) rates like the target 5: 4 / 5 × 100 = 80."""
        assert capaian(5, 4, INC) == capaian((5, 5), 4, INC) == 80


class TestCapaianClamp:
    def test_clamp_high(self):
        """130 / 100 × 100 = 130, clamped to 100."""
        assert Fraction(100) == capaian(100, 130, INC, clamp=(0, 100))

    def test_clamp_low(self):
        """(2·5 − 12) / 5 × 100 = −40, clamped to 0."""
        assert Fraction(0) == capaian(5, 12, DEC, clamp=(0, 100))

    def test_clamp_leaves_inside_values(self):
        """90 lies inside 0–100 and stays 90."""
        assert Fraction(90) == capaian(100, 90, INC, clamp=(0, 100))

    def test_clamp_accepts_decimal_strings(self):
        """A clamp of (0, "120.5") caps 130 at 120.5."""
        assert Fraction(241, 2) == capaian(100, 130, INC, clamp=(0, "120.5"))


class TestCapaianBadInput:
    def test_zero_target(self):
        """A zero target is refused: the rate divides by it."""
        with pytest.raises(InvalidValueError, match="non-zero target"):
            capaian(0, 5, INC)

    def test_zero_target_lower_is_better(self):
        """A zero target is refused for lower-is-better too."""
        with pytest.raises(InvalidValueError, match="non-zero target"):
            capaian(0, 5, DEC)

    def test_zero_realisation_with_t_over_r(self):
        """T / R refuses R = 0."""
        with pytest.raises(InvalidValueError, match="non-zero realisation"):
            capaian(5, 0, DEC, formula=LowerIsBetter.T_OVER_R)

    def test_zero_realisation_with_two_t_minus_r_is_fine(self):
        """(2·5 − 0) / 5 × 100 = 200."""
        assert Fraction(200) == capaian(5, 0, DEC)

    def test_float_target(self):
        """Floats are refused."""
        with pytest.raises(InvalidValueError, match="float"):
            capaian(1.5, 1, INC)  # type: ignore[arg-type]

    def test_float_realisation(self):
        """Floats are refused for the realisation too, naming the argument."""
        with pytest.raises(InvalidValueError, match=r"capaian\(realisasi\)"):
            capaian(1, 1.5, INC)  # type: ignore[arg-type]

    def test_reversed_range(self):
        """A range whose low exceeds its high is refused."""
        with pytest.raises(InvalidValueError, match="low <= high"):
            capaian((6, 5), 5, INC)

    def test_range_of_three(self):
        """A tuple that is not a pair is refused."""
        with pytest.raises(InvalidValueError, match="pair"):
            capaian((1, 2, 3), 5, INC)  # type: ignore[arg-type]

    def test_bad_direction(self):
        """The direction must be a Direction."""
        with pytest.raises(InvalidValueError, match="Direction"):
            capaian(1, 1, "increase")  # type: ignore[arg-type]

    def test_bad_formula(self):
        """The formula must be a LowerIsBetter."""
        with pytest.raises(InvalidValueError, match="LowerIsBetter"):
            capaian(1, 1, DEC, formula="2t")  # type: ignore[arg-type]

    @pytest.mark.parametrize("clamp", [(100, 0), (0,), "0-100", (0, 1.5)])
    def test_bad_clamp(self, clamp):
        """A clamp must be an ordered pair of exact numbers."""
        with pytest.raises(InvalidValueError, match="clamp"):
            capaian(1, 1, INC, clamp=clamp)


class TestPredikatHalfOpen:
    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            (Fraction(91), Predikat.SANGAT_TINGGI),
            (Fraction(9099, 100), Predikat.TINGGI),
            (Fraction(76), Predikat.TINGGI),
            (Fraction(7599, 100), Predikat.SEDANG),
            (Fraction(66), Predikat.SEDANG),
            (Fraction(6599, 100), Predikat.RENDAH),
            (Fraction(51), Predikat.RENDAH),
            (Fraction(5099, 100), Predikat.SANGAT_RENDAH),
        ],
    )
    def test_each_bound_on_both_sides(self, value, expected):
        """Each lower bound belongs to its band; 0.01 below it falls to the next band."""
        assert expected == predikat(value)

    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            (Fraction(181, 2), Predikat.TINGGI),  # 90.5: in the gap 90–91
            (Fraction(151, 2), Predikat.SEDANG),  # 75.5: in the gap 75–76
            (Fraction(131, 2), Predikat.RENDAH),  # 65.5: in the gap 65–66
            (Fraction(101, 2), Predikat.SANGAT_RENDAH),  # 50.5: in the gap 50–51
        ],
    )
    def test_gaps_fall_to_the_lower_band(self, value, expected):
        """A rate in a gap of the printed bands belongs to the band below."""
        assert expected == predikat(value)

    @pytest.mark.parametrize("value", [200, 100, Fraction(10001, 100)])
    def test_above_100_is_sangat_tinggi(self, value):
        """Over-achievement is Sangat Tinggi."""
        assert Predikat.SANGAT_TINGGI == predikat(value)

    @pytest.mark.parametrize("value", [0, -40, "50"])
    def test_low_and_negative_are_sangat_rendah(self, value):
        """50 and below, and negative rates, are Sangat Rendah."""
        assert Predikat.SANGAT_RENDAH == predikat(value)


class TestPredikatRoundFirst:
    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            (Fraction(181, 2), Predikat.SANGAT_TINGGI),  # 90.5 → 91
            (Fraction(9049, 100), Predikat.TINGGI),  # 90.49 → 90
            (Fraction(151, 2), Predikat.TINGGI),  # 75.5 → 76
            (Fraction(7549, 100), Predikat.SEDANG),  # 75.49 → 75
            (Fraction(131, 2), Predikat.SEDANG),  # 65.5 → 66
            (Fraction(6549, 100), Predikat.RENDAH),  # 65.49 → 65
            (Fraction(101, 2), Predikat.RENDAH),  # 50.5 → 51
            (Fraction(5049, 100), Predikat.SANGAT_RENDAH),  # 50.49 → 50
        ],
    )
    def test_rounds_half_up_then_uses_printed_bands(self, value, expected):
        """Round half-up to a whole percent, then 91–100, 76–90, 66–75, 51–65, ≤ 50."""
        assert expected == predikat(value, policy=BandPolicy.ROUND_FIRST)

    def test_negative_half_rounds_away_from_zero(self):
        """−0.5 rounds half-up (away from zero) to −1: Sangat Rendah."""
        assert Predikat.SANGAT_RENDAH == predikat(Fraction(-1, 2), policy=BandPolicy.ROUND_FIRST)


class TestPredikatBandsAndLabels:
    def test_default_bands(self):
        """The regulation's bounds are 91, 76, 66 and 51."""
        expected = (Fraction(91), Fraction(76), Fraction(66), Fraction(51))
        b = PERMENDAGRI_86_BANDS
        assert expected == (b.sangat_tinggi, b.tinggi, b.sedang, b.rendah)

    def test_custom_bands(self):
        """Bands are data: a region may move the Sangat Tinggi bound to 95."""
        bands = PredikatBands(sangat_tinggi=95)
        assert Predikat.TINGGI == predikat(93, bands=bands)

    def test_bands_must_fall(self):
        """Bounds out of order are refused."""
        with pytest.raises(InvalidValueError, match="strictly falling"):
            PredikatBands(tinggi=95)

    def test_bands_refuse_floats(self):
        """A float bound is refused, naming the field."""
        with pytest.raises(InvalidValueError, match=r"PredikatBands\.rendah"):
            PredikatBands(rendah=50.5)

    def test_tingkat_capaian_labels(self):
        """The regulation's words, best first."""
        expected = ["Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah"]
        assert expected == [p.label() for p in Predikat]

    def test_kualitas_labels(self):
        """The alternative quality words, best first."""
        expected = ["Sangat Baik", "Baik", "Cukup", "Kurang", "Sangat Kurang"]
        assert expected == [KUALITAS.label(p) for p in Predikat]

    def test_custom_label_set(self):
        """A label set is data: English words for a report."""
        english = LabelSet(
            "english",
            {
                Predikat.SANGAT_TINGGI: "Very high",
                Predikat.TINGGI: "High",
                Predikat.SEDANG: "Medium",
                Predikat.RENDAH: "Low",
                Predikat.SANGAT_RENDAH: "Very low",
            },
        )
        assert "Medium" == Predikat.SEDANG.label(english)

    def test_label_set_must_cover_all(self):
        """A label set missing a predikat is refused."""
        with pytest.raises(InvalidValueError, match="one label for each Predikat"):
            LabelSet("partial", {Predikat.TINGGI: "High"})

    def test_label_set_refuses_blank_labels(self):
        """A blank label is refused."""
        labels = dict(TINGKAT_CAPAIAN.labels)
        labels[Predikat.SEDANG] = " "
        with pytest.raises(InvalidValueError, match="non-empty label"):
            LabelSet("blank", labels)

    def test_label_of_non_predikat(self):
        """Asking a label set for something else is refused."""
        with pytest.raises(InvalidValueError, match="a Predikat"):
            TINGKAT_CAPAIAN.label("tinggi")  # type: ignore[arg-type]


class TestPredikatBadInput:
    def test_float(self):
        """A float rate is refused."""
        with pytest.raises(InvalidValueError, match="float"):
            predikat(90.5)  # type: ignore[arg-type]

    def test_bad_policy(self):
        """The policy must be a BandPolicy."""
        with pytest.raises(InvalidValueError, match="BandPolicy"):
            predikat(90, policy="round")  # type: ignore[arg-type]

    def test_bad_bands(self):
        """The bands must be PredikatBands."""
        with pytest.raises(InvalidValueError, match="PredikatBands"):
            predikat(90, bands=(91, 76, 66, 51))  # type: ignore[arg-type]


class TestAccumulation:
    def test_sum(self):
        """27,197 + 56,000 + 58,000 + 5,108 = 146,305."""
        assert Decimal(146305) == accumulate([27197, 56000, 58000, 5108], Accumulation.SUM)

    def test_last(self):
        """A stock indicator takes the last value."""
        assert Decimal("5.9") == accumulate(["6.2", "6.0", "5.9"], Accumulation.LAST)

    def test_empty(self):
        """Nothing to combine is refused."""
        with pytest.raises(InvalidValueError, match="at least one realisation"):
            accumulate([], Accumulation.SUM)

    def test_bad_accumulation(self):
        """The accumulation must be an Accumulation."""
        with pytest.raises(InvalidValueError, match="Accumulation"):
            accumulate([1], "sum")  # type: ignore[arg-type]


class TestYearlyCapaian:
    def test_rows(self):
        """2019: 27197/30000 × 100 = 27197/300; 2020: 56000/30000 × 100 = 560/3; 2021 not reported."""
        rows = yearly_capaian(
            {2019: 30000, 2020: 30000, 2021: 30000}, {2019: 27197, 2020: 56000}, INC
        )
        expected = (
            YearCapaian(
                year=2019,
                target=Decimal(30000),
                realisasi=Decimal(27197),
                capaian=Fraction(27197, 300),
                predikat=Predikat.TINGGI,
            ),
            YearCapaian(
                year=2020,
                target=Decimal(30000),
                realisasi=Decimal(56000),
                capaian=Fraction(560, 3),
                predikat=Predikat.SANGAT_TINGGI,
            ),
            YearCapaian(
                year=2021, target=Decimal(30000), realisasi=None, capaian=None, predikat=None
            ),
        )
        assert expected == rows

    def test_rows_are_in_year_order(self):
        """Rows come out by year whatever the mapping's order."""
        rows = yearly_capaian({2021: 5, 2019: 5}, {}, INC)
        assert [2019, 2021] == [r.year for r in rows]

    def test_lower_is_better_with_policy(self):
        """(2·10 − 10.95) / 10 × 100 = 90.5: Tinggi half-open, Sangat Tinggi rounded first."""
        half_open = yearly_capaian({2020: 10}, {2020: "10.95"}, DEC)
        rounded = yearly_capaian({2020: 10}, {2020: "10.95"}, DEC, policy=BandPolicy.ROUND_FIRST)
        assert (Predikat.TINGGI, Predikat.SANGAT_TINGGI) == (
            half_open[0].predikat,
            rounded[0].predikat,
        )

    def test_realisation_without_target(self):
        """A realisation for a year with no target is refused."""
        with pytest.raises(InvalidValueError, match="a year with a target"):
            yearly_capaian({2019: 10}, {2020: 5}, INC)

    def test_no_targets(self):
        """An empty target mapping is refused."""
        with pytest.raises(InvalidValueError, match="non-empty mapping"):
            yearly_capaian({}, {}, INC)

    def test_bad_year(self):
        """Years are whole numbers."""
        with pytest.raises(InvalidValueError, match="a year"):
            yearly_capaian({"2019": 10}, {}, INC)  # type: ignore[dict-item]

    def test_realisasi_not_a_mapping(self):
        """Realisations come as a mapping of year to value."""
        with pytest.raises(InvalidValueError, match="mapping"):
            yearly_capaian({2019: 10}, [5], INC)  # type: ignore[arg-type]


class TestEndOfPeriodCapaian:
    def test_cumulative(self):
        """(27,197 + 56,000 + 58,000) / 150,000 × 100 = 141197/1500 ≈ 94.13."""
        assert Fraction(141197, 1500) == end_of_period_capaian(
            150000, {2019: 27197, 2020: 56000, 2021: 58000}, INC, Accumulation.SUM
        )

    def test_stock_takes_latest_year_not_insertion_order(self):
        """The latest year (2021: 5.5) counts: (11 − 5.5) / 5.5 × 100 = 100."""
        assert Fraction(100) == end_of_period_capaian(
            "5.5", {2021: "5.5", 2019: "6.2"}, DEC, Accumulation.LAST
        )

    def test_empty(self):
        """No realisation is refused."""
        with pytest.raises(InvalidValueError, match="non-empty mapping"):
            end_of_period_capaian(1, {}, INC, Accumulation.SUM)


class TestRollUp:
    def test_unweighted_mean(self):
        """(29261/300 + 80 + 60) / 3 = 71261/900 ≈ 79.18: Tinggi."""
        # Tinggi: the next band, Sangat Tinggi, starts at 91.
        expected = RollUp(
            mean=Fraction(71261, 900), predikat=Predikat.TINGGI, count=3, next_band_at=Fraction(91)
        )
        assert expected == roll_up([Fraction(29261, 300), 80, 60])

    def test_weighted_mean(self):
        """(3·100 + 1·40) / 4 = 85: Tinggi."""
        assert RollUp(
            mean=Fraction(85), predikat=Predikat.TINGGI, count=2, next_band_at=Fraction(91)
        ) == roll_up([100, 40], weights=[3, 1])

    def test_zero_weight_drops_a_value(self):
        """(1·90 + 0·10) / 1 = 90."""
        assert Fraction(90) == roll_up([90, 10], weights=[1, 0]).mean

    def test_policy_reaches_the_mean(self):
        """(91 + 90) / 2 = 90.5: Tinggi half-open, Sangat Tinggi when rounded first."""
        assert (Predikat.TINGGI, Predikat.SANGAT_TINGGI) == (
            roll_up([91, 90]).predikat,
            roll_up([91, 90], policy=BandPolicy.ROUND_FIRST).predikat,
        )

    def test_empty(self):
        """No rate is refused."""
        with pytest.raises(InvalidValueError, match="at least one"):
            roll_up([])

    def test_weights_length(self):
        """One weight per rate."""
        with pytest.raises(InvalidValueError, match="2 weights"):
            roll_up([1, 2], weights=[1])

    def test_negative_weight(self):
        """Weights are non-negative."""
        with pytest.raises(InvalidValueError, match="non-negative"):
            roll_up([1, 2], weights=[1, -1])

    def test_all_zero_weights(self):
        """Weights may not all be zero."""
        with pytest.raises(InvalidValueError, match="not all zero"):
            roll_up([1, 2], weights=[0, 0])

    def test_weights_not_a_sequence(self):
        """Weights come as a sequence."""
        with pytest.raises(InvalidValueError, match="sequence of weights"):
            roll_up([1], weights="1")  # type: ignore[arg-type]

    def test_float_value(self):
        """A float rate is refused, naming its index."""
        with pytest.raises(InvalidValueError, match=r"capaian_values\[1\]"):
            roll_up([1, 2.5])  # type: ignore[list-item]


class TestProperties:
    @given(target=positive, low=amounts, step=positive)
    def test_lower_is_better_falls_as_realisation_rises(self, target, low, step):
        """With 2T − R, a higher realisation of a lower-is-better indicator rates strictly lower."""
        high = low + step
        assert capaian(target, high, DEC) < capaian(target, low, DEC)

    @given(target=positive, low=positive, step=positive)
    def test_t_over_r_falls_as_realisation_rises(self, target, low, step):
        """T / R falls strictly as a positive realisation rises."""
        formula = LowerIsBetter.T_OVER_R
        assert capaian(target, low + step, DEC, formula=formula) < capaian(
            target, low, DEC, formula=formula
        )

    @given(target=positive, low=amounts, step=positive)
    def test_higher_is_better_rises_with_realisation(self, target, low, step):
        """For a higher-is-better indicator a higher realisation rates strictly higher."""
        assert capaian(target, low + step, INC) > capaian(target, low, INC)

    @given(a=rates, b=rates, policy=st.sampled_from(BandPolicy))
    def test_predikat_is_monotone(self, a, b, policy):
        """A higher rate never gets a worse predikat."""
        order = list(Predikat)  # best first
        low, high = sorted((a, b))
        assert order.index(predikat(high, policy=policy)) <= order.index(
            predikat(low, policy=policy)
        )

    @given(target=positive, direction=st.sampled_from(Direction))
    def test_met_target_is_exactly_100(self, target, direction):
        """R = T rates exactly 100 in every direction and formula."""
        for formula in LowerIsBetter:
            assert Fraction(100) == capaian(target, target, direction, formula=formula)

    @given(values=st.lists(rates, min_size=1, max_size=8))
    def test_roll_up_mean_lies_between_extremes(self, values):
        """The mean lies between the smallest and the largest rate."""
        mean = roll_up(values).mean
        assert min(values) <= mean <= max(values)

    @given(values=st.lists(rates, min_size=1, max_size=8), factor=st.integers(1, 50))
    def test_equal_weights_equal_unweighted(self, values, factor):
        """Equal weights give the unweighted mean."""
        assert roll_up(values) == roll_up(values, weights=[factor] * len(values))

    @given(target=positive, realisasi=amounts, direction=st.sampled_from(Direction))
    def test_clamped_lies_within_bounds(self, target, realisasi, direction):
        """A clamped rate lies within its clamp."""
        assert 0 <= capaian(target, realisasi, direction, clamp=(0, 100)) <= 100


# A level (stock) indicator and a flow, each with a target for 2023 and no 2023 figure.
UNEMPLOYMENT = Indicator(
    "Tingkat pengangguran terbuka", "%", direction=DEC, accumulation=Accumulation.LAST
)
JOBS = Indicator("Tenaga kerja", "orang", direction=INC, accumulation=Accumulation.SUM)
END_2023 = dt.date(2023, 12, 31)


def _got(rated):
    """A PeriodCapaian's realisasi, value, predikat, figure period and reason."""
    return (rated.realisasi, rated.value, rated.predikat, rated.figure_period, rated.reason)


NO_FIGURE = (None, None, None, None, NoCapaian.NO_FIGURE)
SANGAT_TINGGI = Predikat.SANGAT_TINGGI


class TestNoGradeWithoutAFigure:
    def test_level_year_without_figure_is_not_graded_from_its_baseline(self):
        """A 2023 level target (7.00 from 7.44), no 2023 figure: no rate, not (14 − 7.44) / 7 = 93.71 %."""
        target = Target(UNEMPLOYMENT, "7.00", baseline="7.44", period=Period.year(2023))
        figures = [Observation(Period.year(2022), "7.20")]  # outside 2023: not counted
        rated = progress_capaian(progress(target, figures, as_of=END_2023))
        assert (Decimal("7.00"), NO_FIGURE) == (rated.target, _got(rated))

    def test_flow_year_without_figure_is_not_zero(self):
        """A 2023 flow target of 30,000, no 2023 figure: no rate, not 0 / 30,000 = 0 % Sangat Rendah."""
        target = Target(JOBS, 30000, period=Period.year(2023))
        assert NO_FIGURE == _got(progress_capaian(progress(target, [], as_of=END_2023)))

    def test_level_rated_on_an_earlier_year_says_which(self):
        """2019–2023 level target, last figure 2022 (7.20): (14 − 7.20) / 7 = 680/7, from 2022."""
        target = Target(UNEMPLOYMENT, "7.00", baseline="7.44", period=Period.years(2019, 2023))
        figures = [Observation(Period.year(2021), "7.30"), Observation(Period.year(2022), "7.20")]
        rated = progress_capaian(progress(target, figures, as_of=END_2023))
        expected = (Decimal("7.20"), Fraction(680, 7), SANGAT_TINGGI, Period.year(2022), None)
        assert expected == _got(rated)

    def test_flow_with_figures_is_graded(self):
        """27,300 / 30,000 × 100 = 91 exactly: Sangat Tinggi, no figure period for a sum."""
        target = Target(JOBS, 30000, period=Period.year(2023))
        rated = progress_capaian(progress(target, [Observation(Period.year(2023), 27300)]))
        assert (Decimal(27300), Fraction(91), SANGAT_TINGGI, None, None) == _got(rated)

    def test_zero_target_has_a_reason(self):
        """A target of zero has no rate (it divides by the target), and says so."""
        target = Target(UNEMPLOYMENT, 0, baseline=1, period=Period.year(2023))
        rated = progress_capaian(progress(target, [Observation(Period.year(2023), 0)]))
        assert (Decimal(0), None, None, Period.year(2023), NoCapaian.ZERO_TARGET) == _got(rated)

    def test_zero_realisation_with_t_over_r_has_a_reason(self):
        """T / R with R = 0 divides by zero: no rate, with the reason."""
        target = Target(UNEMPLOYMENT, 2, baseline=5, period=Period.year(2023))
        p = progress(target, [Observation(Period.year(2023), 0)])
        rated = progress_capaian(p, formula=LowerIsBetter.T_OVER_R)
        expected = (Decimal(0), None, None, Period.year(2023), NoCapaian.ZERO_REALISASI)
        assert expected == _got(rated)

    def test_progress_capaian_refuses_a_non_progress(self):
        """Anything but a Progress is refused with the argument named."""
        with pytest.raises(InvalidValueError, match=r"progress_capaian\(progress\)"):
            progress_capaian(5)  # type: ignore[arg-type]

    def test_year_without_realisation_says_why(self):
        """A plan year with a target and no realisation: no rate, no predikat, reason no figure."""
        rows = yearly_capaian({2022: 30000, 2023: 30000}, {2022: 27300}, INC)
        assert [None, NoCapaian.NO_FIGURE] == [r.reason for r in rows]
        assert (None, None) == (rows[1].capaian, rows[1].predikat)


class TestEndOfPeriod:
    def test_no_realisation_is_no_rate(self):
        """No year with a figure: no rate, no predikat, reason no figure (not 0 % Sangat Rendah)."""
        rated = end_of_period(150000, {}, INC, Accumulation.SUM)
        assert (Decimal(150000), NO_FIGURE) == (rated.target, _got(rated))

    def test_stock_missing_its_last_year_says_which_year(self):
        """Figures 2019 (6.2) and 2021 (5.8), none after: (11 − 5.8) / 5.5 × 100 from 2021."""
        rated = end_of_period("5.5", {2021: "5.8", 2019: "6.2"}, DEC, Accumulation.LAST)
        expected = (Decimal("5.8"), Fraction(1040, 11), SANGAT_TINGGI, Period.year(2021), None)
        assert expected == _got(rated)

    def test_cumulative_sums_and_names_no_year(self):
        """(27,197 + 56,000 + 58,000) / 150,000 × 100 = 141197/1500: Sangat Tinggi."""
        rated = end_of_period(
            150000, {2019: 27197, 2020: 56000, 2021: 58000}, INC, Accumulation.SUM
        )
        expected = (Decimal(141197), Fraction(141197, 1500), SANGAT_TINGGI, None, None)
        assert expected == _got(rated)

    def test_policy_reaches_the_predikat(self):
        """27,150 / 30,000 × 100 = 90.5: Tinggi half-open, Sangat Tinggi rounded first."""
        args = (30000, {2023: 27150}, INC, Accumulation.SUM)
        rounded = end_of_period(*args, policy=BandPolicy.ROUND_FIRST).predikat
        assert (Predikat.TINGGI, SANGAT_TINGGI) == (end_of_period(*args).predikat, rounded)

    @pytest.mark.parametrize(
        ("target", "realisasi", "capaian_", "reason"),
        [
            (("0", "5"), 0, Fraction(100), None),  # inside the range: 100, no division
            (("1", "5"), 0, None, NoCapaian.ZERO_REALISASI),  # T / R = 1 / 0
            (("0", "0"), 3, None, NoCapaian.ZERO_TARGET),  # nearest bound 0: R / 0
            (("2", "4"), 5, Fraction(80), None),  # T / R = 4 / 5
        ],
    )
    def test_ranges_with_t_over_r(self, target, realisasi, capaian_, reason):
        """A range divides by its nearest bound, and only outside the range: zeros give reasons."""
        formula = LowerIsBetter.T_OVER_R
        rated = end_of_period(target, {2023: realisasi}, DEC, Accumulation.LAST, formula=formula)
        assert (capaian_, reason) == (rated.value, rated.reason)

    @pytest.mark.parametrize(
        ("args", "match"),
        [
            ((1, [5], INC, Accumulation.SUM), "mapping of year"),
            ((1, {2019: 1}, "up", Accumulation.SUM), "Direction"),
            ((1, {2019: 1}, INC, "sum"), "Accumulation"),
            ((1, {"2019": 1}, INC, Accumulation.SUM), "a year from 1 to 9999"),
            ((1, {2019: 1}, INC, Accumulation.SUM, {"formula": "t/r"}), "LowerIsBetter"),
            ((1, {2019: 1}, INC, Accumulation.SUM, {"policy": "round"}), "BandPolicy"),
            ((1, {}, INC, Accumulation.SUM, {"clamp": (100, 0)}), "low <= high"),
        ],
    )
    def test_bad_input(self, args, match):
        """Bad arguments raise InvalidValueError saying what was expected, even without a figure."""
        *positional, options = args if isinstance(args[-1], dict) else (*args, {})
        with pytest.raises(InvalidValueError, match=match):
            end_of_period(*positional, **options)

    def test_sum_beyond_the_digit_limits_is_rated(self):
        """Two 30-digit realisations sum to 31 digits: (10³⁰ − 1 + 1) / 10²⁹ × 100 = 1000, not refused."""
        realisasi = {2019: 10**30 - 1, 2020: 1}
        assert (Fraction(1000), Fraction(1000)) == (
            end_of_period(10**29, realisasi, INC, Accumulation.SUM).value,
            end_of_period_capaian(10**29, realisasi, INC, Accumulation.SUM),
        )


EDGES = [  # (bound, its band, the band below)
    (91, Predikat.SANGAT_TINGGI, Predikat.TINGGI),
    (76, Predikat.TINGGI, Predikat.SEDANG),
    (66, Predikat.SEDANG, Predikat.RENDAH),
    (51, Predikat.RENDAH, Predikat.SANGAT_RENDAH),
]


class TestBandEdges:
    @pytest.mark.parametrize(("bound", "band", "below"), EDGES)
    def test_half_open_edge_to_the_last_digit(self, bound, band, below):
        """Half-open: the bound itself is in its band; 10⁻³⁰ below it is not."""
        assert (band, below) == (predikat(bound), predikat(bound - EPSILON))

    @pytest.mark.parametrize(("bound", "band", "below"), EDGES)
    def test_round_first_edges(self, bound, band, below):
        """Round first: the bound and bound − 0.5 (rounds up to it) are in; bound − 1 and bound − 0.5 − 10⁻³⁰ are not."""
        policy = BandPolicy.ROUND_FIRST
        half = Fraction(1, 2)
        assert (band, band, below, below) == (
            predikat(bound, policy=policy),
            predikat(bound - half, policy=policy),
            predikat(bound - half - EPSILON, policy=policy),
            predikat(bound - 1, policy=policy),
        )

    @given(edge=st.sampled_from(EDGES), t=st.integers(1, 10**28), step=st.sampled_from([-1, 0, 1]))
    def test_on_an_edge_under_the_callers_context(self, edge, t, step):
        """R = T · bound / 100 + step · 10⁻³⁰ with T up to 29 digits, under prec 5 / ROUND_FLOOR: on the edge is in."""
        bound, band, below = edge
        r = Fraction(t * bound, 100) + Fraction(step, 10**30)  # positive, 30 places at most
        whole, part = divmod(r.numerator * (10**30 // r.denominator), 10**30)
        with decimal.localcontext(**HOSTILE):
            rate = capaian(t, Decimal(f"{whole}.{part:030d}"), INC)
            actual = predikat(rate)
        assert (r / t * 100, below if step < 0 else band) == (rate, actual)


class TestCallerContext:
    @given(target=long_amounts(positive=True), realisasi=long_amounts())
    def test_capaian_and_predikat_ignore_the_callers_context(self, target, realisasi):
        """Under prec 5, ROUND_FLOOR, Emax 10: R / T × 100 and its band exactly as in Fraction."""
        (t, t_exact), (r, r_exact) = target, realisasi
        expected_up = r_exact / t_exact * 100
        expected_down = (2 * t_exact - r_exact) / t_exact * 100
        with decimal.localcontext(**HOSTILE):
            up = capaian(t, r, INC)
            down = capaian(t, r, DEC)
            bands = (predikat(up), predikat(down))
        assert (expected_up, expected_down) == (up, down)
        assert (_band(expected_up), _band(expected_down)) == bands

    @given(
        values=st.lists(long_amounts(), min_size=1, max_size=5), goal=long_amounts(positive=True)
    )
    def test_end_of_period_ignores_the_callers_context(self, values, goal):
        """Summed and latest realisations of 60-digit amounts rate exactly under a hostile context."""
        realisasi = {2019 + i: v for i, (v, _) in enumerate(values)}
        total = sum((e for _, e in values), Fraction(0))
        latest = values[-1][1]
        with decimal.localcontext(**HOSTILE):
            summed = end_of_period(goal[0], realisasi, INC, Accumulation.SUM)
            level = end_of_period(goal[0], realisasi, INC, Accumulation.LAST)
        assert (total / goal[1] * 100, latest / goal[1] * 100) == (summed.value, level.value)
        assert (Period.year(2019 + len(values) - 1), None) == (
            level.figure_period,
            summed.figure_period,
        )

    def test_round_first_ignores_the_callers_rounding(self):
        """90.5 rounds half up to 91 (Sangat Tinggi) even when the caller rounds toward −∞."""
        with decimal.localcontext(**HOSTILE):
            band = predikat(Fraction(181, 2), policy=BandPolicy.ROUND_FIRST)
        assert Predikat.SANGAT_TINGGI == band
