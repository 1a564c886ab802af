"""progress() at its edges: refusals word for word, the last representable day, orders."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import ROUND_DOWN, Decimal
from fractions import Fraction

import pytest

from pledgekit import (
    Accumulation,
    Direction,
    Indicator,
    InvalidValueError,
    Observation,
    PaceThresholds,
    Period,
    Source,
    Target,
    UnitMismatchError,
    progress,
)

JOBS = Indicator("Jobs", "persons", direction=Direction.INCREASE, accumulation=Accumulation.SUM)
RATE = Indicator("Rate", "%", direction=Direction.DECREASE, accumulation=Accumulation.LAST)
YEAR = Period.year(2020)
TARGET = Target(JOBS, 100, period=YEAR)
ORDER = "thresholds with on_track >= needs_acceleration >= limited_progress"


def _fields(call: Callable[[], object]) -> tuple[str, str, str]:
    """The (given, expected, where) of the InvalidValueError ``call`` raises."""
    with pytest.raises(InvalidValueError) as caught:
        call()
    return repr(caught.value.value), caught.value.expected, caught.value.where


class TestRefusals:
    @pytest.mark.parametrize(
        ("call", "given", "expected", "where"),
        [
            (lambda: progress("t", []), "t", "a Target", "progress(target)"),  # type: ignore[arg-type]
            (
                lambda: progress(TARGET, [], thresholds=0.9),  # type: ignore[arg-type]
                0.9,
                "a PaceThresholds or None",
                "progress(thresholds)",
            ),
            (
                lambda: progress(TARGET, []),
                None,
                "an as_of date when there are no observations",
                "progress(as_of)",
            ),
            (
                lambda: progress(TARGET, 5),  # type: ignore[arg-type]
                5,
                "an iterable of Observation",
                "progress(observations)",
            ),
            (
                lambda: progress(TARGET, "abc"),  # type: ignore[arg-type]
                "abc",
                "an iterable of Observation",
                "progress(observations)",
            ),
            (
                lambda: progress(TARGET, [Observation(YEAR, 1), 7]),  # type: ignore[list-item]
                7,
                "an Observation",
                "observations[1]",
            ),
            (
                lambda: progress(
                    TARGET,
                    [
                        Observation(
                            YEAR,
                            1,
                            indicator=Indicator(
                                "Other",
                                "persons",
                                direction=Direction.INCREASE,
                                accumulation=Accumulation.SUM,
                            ),
                        )
                    ],
                ),
                "Other",
                "an observation of 'Jobs'",
                "observations[0].indicator",
            ),
            (
                lambda: PaceThresholds(on_track=0.9),  # type: ignore[arg-type]
                0.9,
                "an int, Fraction, Decimal or decimal string such as '0.95'",
                "threshold",
            ),
            (
                lambda: PaceThresholds(on_track="1e-99999999"),
                "1e-99999999",
                "an amount with at most 30 digits before and 30 after the decimal point",
                "threshold",
            ),
            (
                lambda: PaceThresholds(on_track="0.5", needs_acceleration="0.6"),
                (Fraction(1, 2), Fraction(3, 5), Fraction(0)),
                ORDER,
                "PaceThresholds",
            ),
            (
                lambda: PaceThresholds(limited_progress="0.7"),
                (Fraction(19, 20), Fraction(3, 5), Fraction(7, 10)),
                ORDER,
                "PaceThresholds",
            ),
        ],
    )
    def test_fields(
        self, call: Callable[[], object], given: object, expected: str, where: str
    ) -> None:
        """Each refusal says what was given, what was expected and where, word for word."""
        assert (repr(given), expected, where) == _fields(call)

    def test_equal_thresholds_are_allowed(self) -> None:
        """Thresholds may coincide: 0.6, 0.6, 0.6 is a valid (if blunt) scale."""
        assert Fraction(3, 5) == PaceThresholds("0.6", "0.6", "0.6").limited_progress

    def test_unit_mismatch_fields(self) -> None:
        """An observation in another unit names both units and the observation."""
        other = Indicator("Jobs", "%", direction=Direction.INCREASE, accumulation=Accumulation.SUM)
        with pytest.raises(UnitMismatchError) as caught:
            progress(TARGET, [Observation(YEAR, 1), Observation(YEAR, 1, indicator=other)])
        assert ("persons", "%", "observations[1]") == (
            caught.value.expected_unit,
            caught.value.given_unit,
            caught.value.where,
        )

    def test_conflicting_levels_message(self) -> None:
        """Two levels at one date: the error names the date and the other value."""
        target = Target(RATE, 5, period=YEAR, baseline=8)
        figures = [Observation(YEAR, "7.1"), Observation(YEAR, "6.9")]
        given, expected, where = _fields(lambda: progress(target, figures))
        assert "observations" == where
        assert given in {"Decimal('7.1')", "Decimal('6.9')"}
        assert expected.startswith("one level at 2020-12-31 (another observation reports ")
        assert expected.endswith(") for an indicator whose latest value counts")


class TestEdges:
    def test_percent_takes_its_rounding(self) -> None:
        """2/3 is 66.67 % half-up and 66.66 % rounded down."""
        p = progress(Target(JOBS, 3, period=YEAR), [Observation(YEAR, 2)])
        assert (Decimal("66.67"), Decimal("66.66")) == (p.percent(), p.percent(2, ROUND_DOWN))

    def test_projection_on_the_last_representable_day(self) -> None:
        """355 of 365 by 21 Dec 9999 at 1 a day: the target is reached on 31 Dec 9999."""
        target = Target(JOBS, 365, period=Period.year(9999))
        figure = Observation(Period(dt.date(9999, 1, 1), dt.date(9999, 12, 21)), 355)
        p = progress(target, [figure])
        assert Fraction(1) == p.recent_rate_per_day
        assert dt.date.max == p.projected_recent

    def test_projection_beyond_the_last_representable_day(self) -> None:
        """One more day would be needed than the calendar has: no projected date."""
        target = Target(JOBS, 366, period=Period.year(9999))
        figure = Observation(Period(dt.date(9999, 1, 1), dt.date(9999, 12, 21)), 355)
        assert progress(target, [figure]).projected_recent is None

    def test_coverage_to_the_last_representable_day(self) -> None:
        """A figure ending on 31 Dec 9999 covers every day of a target ending then."""
        p = progress(
            Target(JOBS, 10, period=Period.year(9999)), [Observation(Period.year(9999), 1)]
        )
        assert (365, ()) == (p.covered_days, p.gaps)

    def test_nothing_covered_before_the_start(self) -> None:
        """Assessed the day before the period starts: no day elapsed, none covered, no gap."""
        p = progress(TARGET, [], as_of=dt.date(2019, 12, 31))
        assert (0, 0, (), None) == (p.days_elapsed, p.covered_days, p.gaps, p.coverage)

    def test_first_level_on_the_first_day(self) -> None:
        """A level for the period's first day alone: its change from the baseline in one day."""
        target = Target(RATE, 5, period=YEAR, baseline=8)
        first_day = Period(YEAR.start, YEAR.start)
        p = progress(target, [Observation(first_day, "7.5")])
        assert Fraction(-1, 2) == p.recent_rate_per_day

    def test_left_out_in_period_order(self) -> None:
        """Figures ending after as_of are listed by period, whatever their input order."""
        march, june = Period.month(2020, 3), Period.month(2020, 6)
        p = progress(
            TARGET, [Observation(june, 1), Observation(march, 2)], as_of=dt.date(2020, 1, 31)
        )
        assert [march, june] == [o.period for o in p.left_out]

    def test_ties_in_documented_order(self) -> None:
        """Same period and value: no note before a note, no source before a source."""
        source = Source("Warta", "Berita", id="warta")
        plain = Observation(YEAR, 5)
        noted = Observation(YEAR, 5, note="A")
        sourced = Observation(YEAR, 5, source=source)
        recorded = Observation(YEAR, 5, indicator=JOBS)
        p = progress(TARGET, [recorded, sourced, noted, plain])
        assert [plain, recorded, sourced, noted] == list(p.observations)
