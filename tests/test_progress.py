"""Tests for progress(): hand-worked examples and the invariants of the arithmetic contract."""

from __future__ import annotations

import datetime as dt
import math
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
    InvalidValueError,
    Observation,
    PaceStatus,
    PaceThresholds,
    Period,
    Progress,
    Target,
    UnitMismatchError,
    progress,
)
from pledgekit.strategies import indicators, observations, targets

JOBS = Indicator(
    "Tenaga kerja terserap", "orang", direction=Direction.INCREASE, accumulation=Accumulation.SUM
)
UNEMPLOYMENT = Indicator(
    "Tingkat pengangguran terbuka",
    "%",
    direction=Direction.DECREASE,
    accumulation=Accumulation.LAST,
)
TERM = Period.term(dt.date(2018, 9, 20))
BEKASI_TARGET = Target(JOBS, 150000, period=TERM)
BEKASI_REPORTED = (
    Observation(Period.year(2019), 27197),
    Observation(Period.year(2020), 56000),
    Observation(Period.year(2021), 58000),
    Observation(Period.months(2022, 1, 6), 5108),
)


class TestBekasi:
    """The Kota Bekasi labour office's figures of 22 July 2022."""

    @pytest.fixture
    def result(self) -> Progress:
        return progress(BEKASI_TARGET, BEKASI_REPORTED)

    def test_as_of_defaults_to_end_of_latest_observation(self, result: Progress) -> None:
        """The latest figure covers January–June 2022, so the default as-of is 30 June 2022."""
        assert dt.date(2022, 6, 30) == result.as_of

    def test_achieved_ratio_percent_shortfall(self, result: Progress) -> None:
        """27,197 + 56,000 + 58,000 + 5,108 = 146,305 of 150,000: 97.54 %, 3,695 short."""
        assert Decimal(146305) == result.achieved
        assert Fraction(146305, 150000) == result.ratio
        # 146305 / 150000 × 100 = 97.5366…, half-up to two places: 97.54.
        assert Decimal("97.54") == result.percent()
        assert Decimal("97.5") == result.percent(places=1)
        assert Decimal(150000 - 146305) == result.shortfall
        assert Decimal(0) == result.surplus
        assert not result.is_met

    def test_elapsed_and_expected(self, result: Progress) -> None:
        """1380 of 1826 days have elapsed; a straight line would stand at 150,000 × 1380/1826."""
        assert 1380 == result.days_elapsed
        assert 1826 - 1380 == result.days_left
        assert Fraction(1380, 1826) == result.elapsed
        assert Fraction(150000 * 1380, 1826) == result.expected

    def test_pace_and_status(self, result: Progress) -> None:
        """Pace index = (146305/150000) / (1380/1826) ≈ 1.29, so the target is on track."""
        assert Fraction(146305 * 1826, 150000 * 1380) == result.pace_index
        assert PaceStatus.ON_TRACK == result.status

    def test_required_rates(self, result: Progress) -> None:
        """3,695 still to go over 446 days left; per month uses 30.436875-day months."""
        assert Fraction(3695, 446) == result.required_per_day
        assert Fraction(3695, 446) * Fraction(30436875, 1000000) == result.required_per_month
        assert Fraction(3695, 446) * Fraction(3652425, 10000) == result.required_per_year

    def test_projections(self, result: Progress) -> None:
        """At Jan–Jun 2022's 5,108 in 181 days, 3,695 takes ⌈3695 × 181 / 5108⌉ = 131 days."""
        assert 131 == math.ceil(Fraction(3695 * 181, 5108))
        # 30 June + 131 days: July 31, August 31, September 30, October 31 (123), then 8 more.
        assert dt.date(2022, 11, 8) == result.projected_recent
        assert Fraction(5108, 181) == result.recent_rate_per_day
        # At the average 146,305 per 1380 days: ⌈3695 × 1380 / 146305⌉ = ⌈34.85…⌉ = 35 days.
        assert Fraction(146305, 1380) == result.average_rate_per_day
        assert dt.date(2022, 8, 4) == result.projected_average

    def test_where_the_recent_rate_leads(self, result: Progress) -> None:
        """5,108 per 181 days a month and to 19 Sep 2023: 146,305 + 5108/181 × 446 days."""
        assert Fraction(5108, 181) * Fraction(30436875, 1000000) == result.recent_rate_per_month
        assert 146305 + Fraction(5108 * 446, 181) == result.projected_end_level

    def test_path(self, result: Progress) -> None:
        """From 0 on 20 Sep 2018, the running sum at each period's end: 27,197, 83,197, ..."""
        expected = (
            (dt.date(2018, 9, 20), Decimal(0)),
            (dt.date(2019, 12, 31), Decimal(27197)),
            (dt.date(2020, 12, 31), Decimal(27197 + 56000)),
            (dt.date(2021, 12, 31), Decimal(27197 + 56000 + 58000)),
            (dt.date(2022, 6, 30), Decimal(146305)),
        )
        assert expected == result.path

    def test_coverage_and_gap(self, result: Progress) -> None:
        """365 + 366 + 365 + 181 = 1277 of 1380 days are covered; 20 Sep–31 Dec 2018 is not."""
        assert 1277 == result.covered_days
        assert Fraction(1277, 1380) == result.coverage
        assert (Period(dt.date(2018, 9, 20), dt.date(2018, 12, 31)),) == result.gaps

    def test_observation_after_as_of_left_out(self) -> None:
        """As of 31 Dec 2021 the Jan–Jun 2022 figure is left out and listed as such."""
        result = progress(BEKASI_TARGET, BEKASI_REPORTED, as_of=dt.date(2021, 12, 31))
        assert Decimal(27197 + 56000 + 58000) == result.achieved
        assert (BEKASI_REPORTED[3],) == result.left_out
        assert BEKASI_REPORTED[:3] == result.observations

    def test_partial_period_straddling_as_of_is_left_out(self) -> None:
        """A figure for a period that ends after as-of is not counted, even in part."""
        whole_2022 = Observation(Period.year(2022), 10000)
        result = progress(
            BEKASI_TARGET, [*BEKASI_REPORTED[:3], whole_2022], as_of=dt.date(2022, 6, 30)
        )
        assert Decimal(141197) == result.achieved
        assert (whole_2022,) == result.left_out


class TestDecreasingLevel:
    """Unemployment from a 10 % baseline to a 6 % target over 2019–2023 (1826 days)."""

    TARGET = Target(UNEMPLOYMENT, 6, period=Period.years(2019, 2023), baseline=10)
    SERIES = (
        Observation(Period.year(2019), "9.5"),
        Observation(Period.year(2020), 11),
        Observation(Period.year(2021), 8),
    )

    def test_latest_value_counts(self) -> None:
        """For a level the latest figure (8 % in 2021) is what has been achieved."""
        result = progress(self.TARGET, self.SERIES)
        assert Decimal(8) == result.achieved
        # (8 − 10) / (6 − 10) = 1/2; 2 points still to fall.
        assert Fraction(1, 2) == result.ratio
        assert Decimal(2) == result.shortfall
        assert Decimal(0) == result.surplus

    def test_pace_needs_acceleration(self) -> None:
        """1096 of 1826 days elapsed: pace = (1/2) / (1096/1826) = 913/1096 ≈ 0.83."""
        result = progress(self.TARGET, self.SERIES)
        assert Fraction(913, 1096) == result.pace_index
        assert PaceStatus.NEEDS_ACCELERATION == result.status

    def test_recent_rate_from_last_two_levels(self) -> None:
        """From 11 (end 2020) to 8 (end 2021): −3 in 365 days; 2 more points take ⌈730/3⌉ = 244 days."""
        result = progress(self.TARGET, self.SERIES)
        assert Fraction(-3, 365) == result.recent_rate_per_day
        assert dt.date(2022, 9, 1) == result.projected_recent
        # Average: −2 in 1096 days; 2 more points take 1096 days, to 31 Dec 2024.
        assert dt.date(2024, 12, 31) == result.projected_average

    def test_surplus_when_below_target(self) -> None:
        """At 5 % the target of 6 % is beaten by 1 point: met, with a surplus."""
        result = progress(self.TARGET, [Observation(Period.year(2019), 5)])
        assert result.is_met
        assert Decimal(1) == result.surplus
        assert Decimal(0) == result.shortfall
        assert Fraction(5, 4) == result.ratio
        assert PaceStatus.ACHIEVED == result.status
        assert result.projected_recent is None

    def test_moving_away_is_deteriorating(self) -> None:
        """From 10 % to 12 %: ratio (12 − 10)/(6 − 10) = −1/2, deteriorating; no projection."""
        result = progress(self.TARGET, [Observation(Period.year(2019), 12)])
        assert Fraction(-1, 2) == result.ratio
        assert PaceStatus.DETERIORATING == result.status
        assert result.projected_recent is None
        assert result.projected_average is None

    def test_conflicting_levels_for_one_period(self) -> None:
        """Two different levels for the same period cannot both be the latest."""
        with pytest.raises(InvalidValueError, match="one level at 2021-12-31"):
            progress(self.TARGET, [*self.SERIES, Observation(Period.year(2021), 7)])

    def test_conflicting_levels_at_one_date(self) -> None:
        """A year's level of 8 and a half-year's level of 7 both describe 31 December 2021."""
        second_half = Observation(Period.months(2021, 7, 12), 7)
        with pytest.raises(InvalidValueError, match="one level at 2021-12-31"):
            progress(self.TARGET, [*self.SERIES, second_half])

    def test_most_precise_level_wins_a_tie(self) -> None:
        """The same level given exact and rounded: the exact one counts, whatever the order."""
        exact = Observation(Period.year(2021), 8)
        rounded = Observation(Period.year(2021), 8, resolution=1)
        for order in ([exact, rounded], [rounded, exact]):
            assert exact == progress(self.TARGET, order).observations[-1]

    def test_first_level_rate_from_baseline(self) -> None:
        """A single level 9 at end 2019: (9 − 10) over the 365 days since the start."""
        result = progress(self.TARGET, [Observation(Period.year(2019), 9)])
        assert Fraction(-1, 365) == result.recent_rate_per_day


class TestEdgeCases:
    def test_non_zero_baseline(self) -> None:
        """From 100 to 200 in 2020, 30 in Q1 (91 days): ratio 3/10, pace (3/10)/(91/366)."""
        target = Target(JOBS, 200, period=Period.year(2020), baseline=100)
        result = progress(target, [Observation(Period.months(2020, 1, 3), 30)])
        assert Decimal(130) == result.achieved
        assert Fraction(3, 10) == result.ratio
        assert Fraction(100) + Fraction(100 * 91, 366) == result.expected
        assert Fraction(3 * 366, 10 * 91) == result.pace_index
        assert PaceStatus.ON_TRACK == result.status

    def test_target_equal_to_baseline(self) -> None:
        """With nothing to gain the ratio is undefined; is_met and status speak."""
        target = Target(JOBS, 5, period=Period.year(2020), baseline=5)
        result = progress(target, [Observation(Period.year(2020), 0)])
        assert result.ratio is None
        assert result.percent() is None
        assert result.pace_index is None
        assert result.is_met
        assert PaceStatus.ACHIEVED == result.status

    def test_target_equal_to_baseline_moving_away(self) -> None:
        """Holding a level of 6 % while it rises to 7 % is deteriorating."""
        target = Target(UNEMPLOYMENT, 6, period=Period.year(2020), baseline=6)
        result = progress(target, [Observation(Period.months(2020, 1, 6), 7)])
        assert not result.is_met
        assert Decimal(1) == result.shortfall
        assert PaceStatus.DETERIORATING == result.status

    def test_no_observations(self) -> None:
        """Nothing reported: achieved is the baseline, no share, no pace, status NO_DATA."""
        target = Target(JOBS, 200, period=Period.year(2020), baseline=100)
        result = progress(target, [], as_of=dt.date(2020, 6, 30))
        assert Decimal(100) == result.achieved
        # No figure, no grade: the baseline is not a result, so no 0 % and no pace of 0.
        assert (None, None, None) == (result.ratio, result.percent(), result.pace_index)
        assert PaceStatus.NO_DATA == result.status
        assert (Period(dt.date(2020, 1, 1), dt.date(2020, 6, 30)),) == result.gaps
        assert result.recent_rate_per_day is None
        assert result.average_rate_per_day is None

    def test_no_observations_needs_as_of(self) -> None:
        """Without figures there is no default as-of date."""
        with pytest.raises(InvalidValueError, match="as_of"):
            progress(BEKASI_TARGET, [])

    def test_as_of_before_start(self) -> None:
        """Before the period starts nothing has elapsed, nothing is covered and nothing counts."""
        target = Target(JOBS, 100, period=Period.year(2020))
        result = progress(target, [], as_of=dt.date(2019, 12, 31))
        assert Fraction(0) == result.elapsed
        assert result.pace_index is None
        assert result.coverage is None
        assert () == result.gaps
        assert PaceStatus.NO_DATA == result.status

    def test_figures_outside_the_target_period_do_not_count(self) -> None:
        """For a 2020 target, a 2019 figure and one straddling New Year are set aside, not counted."""
        target = Target(JOBS, 100, period=Period.year(2020))
        before = Observation(Period.year(2019), 10)
        straddling = Observation(Period(dt.date(2019, 12, 1), dt.date(2020, 1, 31)), 5)
        inside = Observation(Period.months(2020, 2, 3), 7)
        result = progress(target, [straddling, inside, before], as_of=dt.date(2020, 3, 31))
        assert Decimal(7) == result.achieved
        assert (inside,) == result.observations
        assert (before, straddling) == result.outside

    def test_yearly_targets_of_one_indicator(self) -> None:
        """Each yearly target counts its own year only: 27,197 of 30,000 in 2019, 20,000 in 2020."""
        t2019 = Target(JOBS, 30000, period=Period.year(2019))
        t2020 = Target(JOBS, 30000, period=Period.year(2020))
        figures = [Observation(Period.year(2019), 27197), Observation(Period.year(2020), 20000)]
        at_end = dt.date(2020, 12, 31)
        assert Decimal(27197) == progress(t2019, figures, as_of=at_end).achieved
        assert Decimal(20000) == progress(t2020, figures, as_of=at_end).achieved
        assert PaceStatus.MISSED == progress(t2019, figures, as_of=at_end).status

    def test_as_of_after_end_missed(self) -> None:
        """After the deadline an unmet target is missed and nothing is required per day."""
        target = Target(JOBS, 100, period=Period.year(2020))
        result = progress(target, [Observation(Period.year(2020), 60)], as_of=dt.date(2021, 3, 1))
        assert Fraction(1) == result.elapsed
        assert 0 == result.days_left
        assert result.required_per_day is None
        assert result.required_per_month is None
        assert PaceStatus.MISSED == result.status

    def test_as_of_after_end_met(self) -> None:
        """After the deadline a met target is achieved and needs nothing more."""
        target = Target(JOBS, 100, period=Period.year(2020))
        result = progress(target, [Observation(Period.year(2020), 100)], as_of=dt.date(2021, 3, 1))
        assert PaceStatus.ACHIEVED == result.status
        assert Fraction(0) == result.required_per_day

    def test_limited_progress(self) -> None:
        """10 of 100 by mid-year: pace (1/10) / (182/366) ≈ 0.20, limited progress."""
        target = Target(JOBS, 100, period=Period.year(2020))
        result = progress(target, [Observation(Period.months(2020, 1, 6), 10)])
        assert Fraction(1, 10) / Fraction(182, 366) == result.pace_index
        assert PaceStatus.LIMITED_PROGRESS == result.status

    def test_thresholds_are_parameters(self) -> None:
        """Raising the on-track threshold above 1.3 turns Bekasi's pace of 1.29 into 'needs acceleration'."""
        strict = PaceThresholds(on_track="1.3", needs_acceleration="0.6")
        result = progress(BEKASI_TARGET, BEKASI_REPORTED, thresholds=strict)
        assert PaceStatus.NEEDS_ACCELERATION == result.status

    def test_overlapping_observations_counted_once_for_coverage(self) -> None:
        """Two overlapping halves cover the year's 366 days once, not twice."""
        target = Target(JOBS, 100, period=Period.year(2020))
        first = Observation(Period.months(2020, 1, 8), 10)
        second = Observation(Period.months(2020, 6, 12), 10)
        result = progress(target, [first, second])
        assert 366 == result.covered_days
        assert () == result.gaps


# 2020-01-01..2020-04-09 is 100 days; at the end of 19 February, 50 have elapsed.
HUNDRED_DAYS = Period(dt.date(2020, 1, 1), dt.date(2020, 4, 9))
HALFWAY = dt.date(2020, 2, 19)


def _halfway(achieved: str) -> Progress:
    """Target 1000 over 100 days, ``achieved`` by day 50: pace = (a / 1000) / (1 / 2)."""
    target = Target(JOBS, 1000, period=HUNDRED_DAYS)
    figure = Observation(Period(HUNDRED_DAYS.start, HALFWAY), achieved)
    return progress(target, [figure], as_of=HALFWAY)


class TestStatusThresholdEdges:
    @pytest.mark.parametrize(
        ("achieved", "pace", "status"),
        [
            # 475 / 1000 / (1/2) = 0.95 exactly: on track, the threshold is inclusive.
            ("475", Fraction(95, 100), PaceStatus.ON_TRACK),
            (
                "474.9999999999",
                Fraction(4749999999999, 5000000000000),
                PaceStatus.NEEDS_ACCELERATION,
            ),
            # 300 / 1000 / (1/2) = 0.60 exactly.
            ("300", Fraction(60, 100), PaceStatus.NEEDS_ACCELERATION),
            ("299.9999999999", Fraction(2999999999999, 5000000000000), PaceStatus.LIMITED_PROGRESS),
            # Nothing moved: pace 0 is limited progress, not deterioration.
            ("0", Fraction(0), PaceStatus.LIMITED_PROGRESS),
            ("-0.0000000001", Fraction(-1, 5000000000000), PaceStatus.DETERIORATING),
        ],
    )
    def test_each_threshold_is_inclusive(
        self, achieved: str, pace: Fraction, status: PaceStatus
    ) -> None:
        """At exactly 0.95, 0.60 and 0 the higher status holds; a hair below, the lower one."""
        result = _halfway(achieved)
        assert Fraction(1, 2) == result.elapsed
        assert pace == result.pace_index
        assert status == result.status

    def test_custom_threshold_edge(self) -> None:
        """A custom on-track threshold of 0.5 is inclusive too: 250 of 1000 at half time."""
        target = Target(JOBS, 1000, period=HUNDRED_DAYS)
        figure = Observation(Period(HUNDRED_DAYS.start, HALFWAY), 250)
        result = progress(target, [figure], as_of=HALFWAY, thresholds=PaceThresholds("0.5", "0.5"))
        assert PaceStatus.ON_TRACK == result.status

    def test_met_on_the_last_day_is_achieved_not_missed(self) -> None:
        """Reaching the target in the period's last figure, assessed on its last day."""
        target = Target(JOBS, 1000, period=HUNDRED_DAYS)
        result = progress(target, [Observation(HUNDRED_DAYS, 1000)], as_of=HUNDRED_DAYS.end)
        assert (PaceStatus.ACHIEVED, 0) == (result.status, result.days_left)

    def test_one_short_on_the_last_day_is_missed(self) -> None:
        """999 of 1000 at the end of the period's last day: missed, no day left to require."""
        target = Target(JOBS, 1000, period=HUNDRED_DAYS)
        result = progress(target, [Observation(HUNDRED_DAYS, 999)], as_of=HUNDRED_DAYS.end)
        assert (PaceStatus.MISSED, None) == (result.status, result.required_per_day)


class TestValidation:
    def test_unit_mismatch(self) -> None:
        """An observation recorded in percent cannot count toward a target in persons."""
        other = attrs.evolve(JOBS, unit="%")
        with pytest.raises(UnitMismatchError) as info:
            progress(BEKASI_TARGET, [Observation(Period.year(2019), 5, indicator=other)])
        assert "observations[0]" == info.value.where
        assert isinstance(info.value, TypeError)

    def test_other_indicator_same_unit(self) -> None:
        """An observation of another indicator in the same unit is refused too."""
        other = attrs.evolve(JOBS, name="Peluang kerja dibuka")
        with pytest.raises(InvalidValueError, match="Tenaga kerja terserap"):
            progress(BEKASI_TARGET, [Observation(Period.year(2019), 5, indicator=other)])

    def test_same_indicator_recorded(self) -> None:
        """An observation that records the target's own indicator is counted."""
        result = progress(BEKASI_TARGET, [Observation(Period.year(2019), 5, indicator=JOBS)])
        assert Decimal(5) == result.achieved

    @pytest.mark.parametrize(
        ("target", "observations", "as_of", "where"),
        [
            ("150000", [], dt.date(2020, 1, 1), "progress(target)"),
            (BEKASI_TARGET, [27197], None, "observations[0]"),
            (BEKASI_TARGET, [], "2022-06-30", "progress(as_of)"),
        ],
    )
    def test_bad_arguments(
        self, target: object, observations: list[object], as_of: object, where: str
    ) -> None:
        """Wrong types are refused with the argument named."""
        with pytest.raises(InvalidValueError) as info:
            progress(target, observations, as_of=as_of)  # type: ignore[arg-type]
        assert where == info.value.where

    def test_bad_observations_and_thresholds_arguments(self) -> None:
        """None for observations, or thresholds of the wrong type, are refused by name."""
        with pytest.raises(InvalidValueError, match=r"progress\(observations\)"):
            progress(BEKASI_TARGET, None, as_of=dt.date(2020, 1, 1))  # type: ignore[arg-type]
        with pytest.raises(InvalidValueError, match=r"progress\(thresholds\)"):
            progress(BEKASI_TARGET, BEKASI_REPORTED, thresholds=0.95)  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        "kwargs",
        [
            {"on_track": "0.5", "needs_acceleration": "0.6"},
            {"limited_progress": "0.7"},
            {"on_track": 0.95},
            {"on_track": "abc"},
            {"on_track": "1/0"},
            {"on_track": Decimal("Infinity")},
            {"on_track": "1e-99999999"},
        ],
    )
    def test_bad_thresholds(self, kwargs: dict[str, object]) -> None:
        """Thresholds must be exact and ordered."""
        with pytest.raises(InvalidValueError):
            PaceThresholds(**kwargs)  # type: ignore[arg-type]


class TestIndicatorValidation:
    @pytest.mark.parametrize(
        ("build", "where"),
        [
            (
                lambda: Indicator(
                    "", "orang", direction=Direction.INCREASE, accumulation=Accumulation.SUM
                ),
                "Indicator.name",
            ),
            (
                lambda: Indicator(
                    "Jobs", None, direction=Direction.INCREASE, accumulation=Accumulation.SUM
                ),
                "Indicator.unit",
            ),
            (
                lambda: Indicator("Jobs", "orang", direction="up", accumulation=Accumulation.SUM),
                "Indicator.direction",
            ),
            (
                lambda: Indicator(
                    "Jobs", "orang", direction=Direction.INCREASE, accumulation="sum"
                ),
                "Indicator.accumulation",
            ),
            (
                lambda: Indicator(
                    "Jobs",
                    "orang",
                    direction=Direction.INCREASE,
                    accumulation=Accumulation.SUM,
                    definition=None,
                ),
                "Indicator.definition",
            ),
            (
                lambda: Indicator(
                    "Jobs",
                    "orang",
                    direction=Direction.INCREASE,
                    accumulation=Accumulation.SUM,
                    code=7,
                ),
                "Indicator.code",
            ),
            (lambda: Target("jobs", 1, period=TERM), "Target.indicator"),
            (lambda: Target(JOBS, 1.5, period=TERM), "Target.value"),
            (lambda: Target(JOBS, 1, period=(2018, 2023)), "Target.period"),
            (lambda: Target(JOBS, 1, period=TERM, baseline="x"), "Target.baseline"),
            (lambda: Target(JOBS, 1, period=TERM, baseline=5), "Target.value"),
            (lambda: Target(UNEMPLOYMENT, 9, period=TERM, baseline=5), "Target.value"),
            (lambda: Observation(2019, 1), "Observation.period"),
            (lambda: Observation(TERM, None), "Observation.value"),
            (lambda: Observation(TERM, 1, resolution=0), "Observation.resolution"),
            (lambda: Observation(TERM, 1, resolution=-1000), "Observation.resolution"),
            (lambda: Observation(TERM, 1, source="rilisinfo"), "Observation.source"),
            (lambda: Observation(TERM, 1, note=5), "Observation.note"),
            (lambda: Observation(TERM, 1, indicator="jobs"), "Observation.indicator"),
        ],
    )
    def test_refuses(self, build: object, where: str) -> None:
        """Every field's validator names the field it refuses."""
        with pytest.raises(InvalidValueError) as info:
            build()  # type: ignore[operator]
        assert where == info.value.where


# -- Properties --------------------------------------------------------------------------

target_and_series = targets().flatmap(lambda t: st.tuples(st.just(t), observations(t)))


def _as_of(target: Target, series: tuple[Observation, ...]) -> dt.date:
    return max((o.period.end for o in series), default=target.period.start)


class TestInvariants:
    @given(target_and_series)
    def test_achieved_plus_shortfall_minus_surplus_is_target(
        self, case: tuple[Target, tuple[Observation, ...]]
    ) -> None:
        """Achieved + shortfall − surplus == target, in the direction of the indicator."""
        target, series = case
        result = progress(target, series, as_of=_as_of(target, series))
        sign = target.indicator.direction.sign
        assert target.value == result.achieved + sign * (result.shortfall - result.surplus)

    @given(target_and_series)
    def test_shortfall_and_surplus(self, case: tuple[Target, tuple[Observation, ...]]) -> None:
        """Shortfall and surplus are never negative and at most one is non-zero."""
        target, series = case
        result = progress(target, series, as_of=_as_of(target, series))
        assert result.shortfall >= 0
        assert result.surplus >= 0
        assert result.shortfall == 0 or result.surplus == 0
        assert result.is_met == (result.shortfall == 0)

    @given(target_and_series)
    def test_ratio_is_one_exactly_when_achieved_equals_target(
        self, case: tuple[Target, tuple[Observation, ...]]
    ) -> None:
        """Ratio == 1 if and only if achieved == target (when the ratio is defined)."""
        target, series = case
        result = progress(target, series, as_of=_as_of(target, series))
        if target.value == target.baseline:
            assert result.ratio is None
        else:
            assert (result.ratio == 1) == (result.achieved == target.value)

    @given(target_and_series, st.randoms(use_true_random=False))
    def test_order_never_changes_the_result(
        self, case: tuple[Target, tuple[Observation, ...]], rng: random.Random
    ) -> None:
        """Shuffling the observations gives an identical Progress."""
        target, series = case
        shuffled = list(series)
        rng.shuffle(shuffled)
        as_of = _as_of(target, series)
        assert progress(target, series, as_of=as_of) == progress(target, shuffled, as_of=as_of)

    @given(target_and_series, st.data())
    def test_monotone_in_each_observation(
        self, case: tuple[Target, tuple[Observation, ...]], data: st.DataObject
    ) -> None:
        """Moving one observation in the good direction never lowers the ratio or raises the shortfall."""
        target, series = case
        if not series:
            return
        index = data.draw(st.integers(0, len(series) - 1))
        step = data.draw(st.decimals(min_value=0, max_value=1000, places=2))
        sign = target.indicator.direction.sign
        better = list(series)
        better[index] = attrs.evolve(series[index], value=series[index].value + sign * step)
        as_of = _as_of(target, series)
        before, after = progress(target, series, as_of=as_of), progress(target, better, as_of=as_of)
        assert after.shortfall <= before.shortfall
        assert (after.achieved - before.achieved) * sign >= 0
        if before.ratio is not None and after.ratio is not None:
            assert after.ratio >= before.ratio

    @given(
        targets(indicators=indicators(accumulations=st.just(Accumulation.SUM))).flatmap(
            lambda t: st.tuples(st.just(t), observations(t, min_size=1, with_gaps=False))
        )
    )
    def test_summing_period_by_period_equals_summing_at_once(
        self, case: tuple[Target, tuple[Observation, ...]]
    ) -> None:
        """Contiguous figures counted one by one give what their total over the whole span gives."""
        target, series = case
        whole = Observation(
            Period(series[0].period.start, series[-1].period.end),
            sum((o.value for o in series), Decimal(0)),
        )
        as_of = series[-1].period.end
        one_by_one, at_once = (
            progress(target, series, as_of=as_of),
            progress(target, [whole], as_of=as_of),
        )
        assert at_once.achieved == one_by_one.achieved
        assert at_once.ratio == one_by_one.ratio
        assert at_once.shortfall == one_by_one.shortfall
        assert at_once.covered_days == one_by_one.covered_days
        assert at_once.average_rate_per_day == one_by_one.average_rate_per_day

    @given(target_and_series)
    def test_coverage_and_gaps_partition_elapsed_days(
        self, case: tuple[Target, tuple[Observation, ...]]
    ) -> None:
        """Covered days plus gap days are the elapsed days."""
        target, series = case
        result = progress(target, series, as_of=_as_of(target, series))
        assert result.days_elapsed == result.covered_days + sum(g.days for g in result.gaps)

    @given(targets(), st.sampled_from(["%", "km", "unit"]))
    def test_mixing_units_raises(self, target: Target, unit: str) -> None:
        """An observation in another unit is always refused."""
        if unit == target.unit:
            unit = unit + "²"
        other = attrs.evolve(target.indicator, unit=unit)
        with pytest.raises(UnitMismatchError):
            progress(target, [Observation(target.period, 1, indicator=other)])

    @given(target_and_series)
    def test_required_rate_closes_the_gap_exactly(
        self, case: tuple[Target, tuple[Observation, ...]]
    ) -> None:
        """Kept up for every day left, the required rate covers the shortfall exactly."""
        target, series = case
        result = progress(target, series, as_of=_as_of(target, series))
        if result.days_left == 0:
            assert result.is_met or result.required_per_day is None
            return
        assert result.required_per_day is not None
        assert result.required_per_month is not None
        assert result.required_per_year is not None
        assert Fraction(result.shortfall) == result.required_per_day * result.days_left
        # 400 Gregorian years have 146,097 days: 4,800 months of 146097/4800 days.
        assert Fraction(result.shortfall) == result.required_per_year * result.days_left / Fraction(
            146097, 400
        )
        assert Fraction(
            result.shortfall
        ) == result.required_per_month * result.days_left / Fraction(146097, 4800)

    @given(target_and_series, st.randoms(use_true_random=False), st.data())
    def test_ties_never_depend_on_order(
        self, case: tuple[Target, tuple[Observation, ...]], rng: random.Random, data: st.DataObject
    ) -> None:
        """Copies of a figure that differ only in resolution or note give one result in any order.

        (Summed copies are double counting, which the audit reports; here only the order
        is at stake.)
        """
        target, series = case
        if not series:
            return
        original = data.draw(st.sampled_from(series))
        copies = [
            attrs.evolve(
                original, resolution=data.draw(st.sampled_from([None, Decimal(1), Decimal(10)]))
            ),
            attrs.evolve(original, note=data.draw(st.sampled_from([None, "a", "b"]))),
        ]
        given_ = [*series, *copies]
        shuffled = list(given_)
        rng.shuffle(shuffled)
        as_of = _as_of(target, series)
        assert progress(target, given_, as_of=as_of) == progress(target, shuffled, as_of=as_of)
