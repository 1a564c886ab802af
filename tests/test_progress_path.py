"""Tests for the figures a Progress computes when first read, and the fast paths under them."""

from __future__ import annotations

import copy
import datetime as dt
import decimal
import pickle
import random
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pledgekit import (
    Accumulation,
    Direction,
    Indicator,
    Observation,
    PaceStatus,
    Period,
    Progress,
    Target,
    progress,
    to_amount,
)
from pledgekit._progress_path import in_order, observation_order
from pledgekit.methods import permendagri86
from pledgekit.methods.permendagri86 import LowerIsBetter

JOBS = Indicator("Jobs", "persons", direction=Direction.INCREASE, accumulation=Accumulation.SUM)
#: 2019-2021: 365 + 366 + 365 = 1096 days.
TERM = Period.years(2019, 2021)
TARGET = Target(JOBS, 100, baseline=10, period=TERM)
AS_OF = dt.date(2020, 6, 30)


def _halfway() -> Progress:
    return progress(TARGET, [Observation(Period.year(2019), 40)], as_of=AS_OF)


class TestFiguresReadWhenAsked:
    """Each figure against hand arithmetic: 40 jobs in 2019, read at 2020-06-30."""

    # days_elapsed: 365 (2019) + 182 (January-June 2020) = 547; days left 1096 - 547 = 549.

    def test_standing(self) -> None:
        """Achieved 10 + 40 = 50, ratio 40 / 90 = 4/9, elapsed 547/1096."""
        p = _halfway()
        expected = (Decimal(50), Fraction(4, 9), 547, 549, Fraction(547, 1096))
        assert expected == (p.achieved, p.ratio, p.days_elapsed, p.days_left, p.elapsed)

    def test_expected_and_pace(self) -> None:
        """Expected 10 + 90 × 547/1096 = 30095/548; pace (4/9) / (547/1096) = 4384/4923."""
        p = _halfway()
        assert (Fraction(30095, 548), Fraction(4384, 4923)) == (p.expected, p.pace_index)

    def test_rates(self) -> None:
        """Required 50/549 a day; recent 40/365 (the 2019 figure); average 40/547."""
        p = _halfway()
        expected = (Fraction(50, 549), Fraction(40, 365), Fraction(40, 547))
        assert expected == (p.required_per_day, p.recent_rate_per_day, p.average_rate_per_day)

    def test_projections(self) -> None:
        """ceil(50 / (40/365)) = 457 days on: 2021-09-30; ceil(50 / (40/547)) = 684: 2022-05-15."""
        p = _halfway()
        expected = (dt.date(2021, 9, 30), dt.date(2022, 5, 15))
        assert expected == (p.projected_recent, p.projected_average)

    def test_coverage_and_gaps(self) -> None:
        """The 365 days of 2019 are covered; January-June 2020 is the gap; 365/547."""
        p = _halfway()
        gap = (Period(dt.date(2020, 1, 1), dt.date(2020, 6, 30)),)
        assert (365, gap, Fraction(365, 547)) == (p.covered_days, p.gaps, p.coverage)

    def test_no_interim_and_not_met(self) -> None:
        """Without a schedule and short of the target: no interim, no met_on, no lateness."""
        p = _halfway()
        assert (None, None, None, None, None) == (
            p.interim,
            p.interim_level,
            p.interim_shortfall,
            p.met_on,
            p.late_days,
        )

    def test_met_late(self) -> None:
        """60 + 30 = 90 by 2020 misses 100; with 2021's 20 it is 110 on 2021-12-31, 365 late."""
        target = Target(JOBS, 100, period=Period.years(2019, 2020))
        figures = [Observation(Period.year(y), v) for y, v in ((2019, 60), (2020, 30), (2021, 20))]
        p = progress(target, figures, as_of=dt.date(2021, 12, 31))
        expected = (PaceStatus.MISSED, dt.date(2021, 12, 31), 365)
        assert expected == (p.status, p.met_on, p.late_days)

    def test_interim_of_a_schedule(self) -> None:
        """Due 10 + 30 in 2019 and 10 + 30 + 60 by 2020: at mid-2019, 40 due, 40 - 25 short."""
        target = Target(
            JOBS,
            100,
            baseline=10,
            period=Period.years(2019, 2020),
            schedule={Period.year(2019): 30, Period.year(2020): 60},
        )
        figures = [Observation(Period.months(2019, 1, 6), 15)]
        p = progress(target, figures, as_of=dt.date(2019, 6, 30))
        expected = (Period.year(2019), Decimal(40), Decimal(15))
        assert expected == (p.interim.period, p.interim_level, p.interim_shortfall)

    def test_computed_once(self) -> None:
        """A figure read twice is the same object: computed on the first read only."""
        p = _halfway()
        assert p.gaps is p.gaps


class TestEqualityAndRepr:
    def test_equal_whether_read_or_not(self) -> None:
        """A progress whose figures were read equals (and hashes as) one whose were not."""
        read, unread = _halfway(), _halfway()
        _ = read.gaps, read.projected_average
        assert (read, hash(read)) == (unread, hash(unread))

    def test_repr_shows_every_figure_in_order(self) -> None:
        """The repr names every figure, computed ones included, in the documented order."""
        shown = repr(_halfway())
        names = ["expected=", "pace_index=", "covered_days=365", "gaps=(Period(", "late_days=None"]
        positions = [shown.index(name) for name in names]
        assert sorted(positions) == positions
        assert shown.startswith("Progress(target=Target(")

    def test_repr_does_not_change_on_reading(self) -> None:
        """The repr before any figure is read equals the one after."""
        p = _halfway()
        before = repr(p)
        _ = p.met_on
        assert before == repr(p)

    def test_fields_as_before(self) -> None:
        """Every figure is an attrs field: asdict gives the computed values."""
        data = attrs.asdict(_halfway(), recurse=False)
        names = [f.name for f in attrs.fields(Progress)]
        assert (31, 365, Fraction(40, 547)) == (
            len(names),
            data["covered_days"],
            data["average_rate_per_day"],
        )

    def test_copies_and_pickles(self) -> None:
        """A copy and a pickled round trip are equal, with the same figures."""
        p = _halfway()
        for other in (copy.copy(p), copy.deepcopy(p), pickle.loads(pickle.dumps(p))):
            assert (p, p.gaps, p.expected) == (other, other.gaps, other.expected)


_periods = st.sampled_from(
    [Period.year(2019), Period.year(2020), Period.months(2020, 1, 6), Period.years(2019, 2020)]
)
_figures = st.builds(
    Observation,
    _periods,
    st.integers(-3, 3),
    note=st.sampled_from([None, "a", "b"]),
)


class TestOrder:
    @given(st.lists(_figures, max_size=6))
    def test_in_order_is_the_sort_by_observation_order(self, figures: list[Observation]) -> None:
        """in_order gives what sorting by observation_order gives, duplicates included."""
        assert tuple(sorted(figures, key=observation_order)) == in_order(figures)

    @given(st.lists(_figures, max_size=6), st.randoms())
    def test_order_given_never_matters(
        self, figures: list[Observation], rnd: random.Random
    ) -> None:
        """Shuffled figures come out in the same order."""
        shuffled = list(figures)
        rnd.shuffle(shuffled)
        assert in_order(figures) == in_order(shuffled)


class TestPlainText:
    """The fast path of to_amount: what it reads, digit for digit, and what it sends on."""

    @pytest.mark.parametrize(
        ("text", "digits", "exponent"),
        [
            ("0", (0,), 0),
            ("-0", (0,), 0),
            ("0.000", (0,), -3),
            ("1.", (1,), 0),
            ("5.10", (5, 1, 0), -2),
            ("-2.5", (2, 5), -1),
            ("007", (7,), 0),  # a leading zero: the general path, same reading
            ("+7", (7,), 0),
        ],
    )
    def test_keeps_the_digits_given(
        self, text: str, digits: tuple[int, ...], exponent: int
    ) -> None:
        """The amount keeps the digits and exponent of the text."""
        amount = to_amount(text)
        assert (digits, exponent) == (amount.as_tuple().digits, amount.as_tuple().exponent)

    @pytest.mark.parametrize(
        "text", ["9" * 30, "-" + "9" * 30, "0." + "1" * 30, "9" * 30 + "." + "9" * 30]
    )
    def test_accepts_the_digit_limits(self, text: str) -> None:
        """30 digits either side of the point are accepted, exactly."""
        assert text.lstrip("-") == format(to_amount(text).copy_abs(), "f")

    @pytest.mark.parametrize("text", ["1" + "0" * 30, "0." + "1" * 31, "1." + "0" * 31])
    def test_refuses_past_the_limits(self, text: str) -> None:
        """31 digits on either side are refused."""
        with pytest.raises(ValueError, match="at most 30 digits"):
            to_amount(text)

    def test_under_a_hostile_context(self) -> None:
        """A caller's tiny precision and exponent range and its traps change nothing."""
        hostile = decimal.Context(prec=2, Emin=-2, Emax=2, rounding=decimal.ROUND_FLOOR)
        hostile.traps[decimal.Inexact] = hostile.traps[decimal.Rounded] = True
        with decimal.localcontext(hostile):
            got = to_amount("123456.000001"), to_amount("-0.0000001")
        assert ("123456.000001", "-1E-7") == (str(got[0]), str(got[1]))


_rationals = st.fractions(min_value=-1000, max_value=1000, max_denominator=1000)


class TestRateFormulas:
    @given(_rationals.filter(bool), _rationals)
    def test_the_three_formulas(self, target: Fraction, actual: Fraction) -> None:
        """R/T×100, (2T−R)/T×100 and T/R×100, each against Fraction step by step."""
        rate = permendagri86._rate
        up = rate(target, actual, Direction.INCREASE, LowerIsBetter.TWO_T_MINUS_R)
        down = rate(target, actual, Direction.DECREASE, LowerIsBetter.TWO_T_MINUS_R)
        assert (actual / target * 100, (2 * target - actual) / target * 100) == (up, down)
        if actual:
            over = rate(target, actual, Direction.DECREASE, LowerIsBetter.T_OVER_R)
            assert target / actual * 100 == over

    def test_band_edge(self) -> None:
        """27,300 of 30,000 is 91 exactly: Sangat Tinggi, the top band (no band above)."""
        r = permendagri86.capaian(30000, 27300, Direction.INCREASE)
        band = permendagri86.predikat(r)
        assert (Fraction(91), "sangat_tinggi", None) == (
            r,
            band.value,
            permendagri86.next_band_at(r),
        )

    def test_just_below_the_edge(self) -> None:
        """90.999... is Tinggi, and the next band starts at 91."""
        r = Fraction(90999, 1000)
        assert ("tinggi", Fraction(91)) == (
            permendagri86.predikat(r).value,
            permendagri86.next_band_at(r),
        )
