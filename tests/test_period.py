"""Tests for Period: closed date ranges, constructors and elapsed shares."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pledgekit import InvalidValueError, Period

dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31))


@st.composite
def periods(draw: st.DrawFn) -> Period:
    start = draw(dates)
    return Period(start, start + dt.timedelta(days=draw(st.integers(0, 3000))))


class TestConstruction:
    def test_both_ends_included(self) -> None:
        """A one-day period has one day."""
        day = dt.date(2022, 7, 22)
        assert 1 == Period(day, day).days

    def test_year(self) -> None:
        """2019 runs 1 January..31 December: 365 days; 2020 has 366."""
        assert Period(dt.date(2019, 1, 1), dt.date(2019, 12, 31)) == Period.year(2019)
        assert 365 == Period.year(2019).days
        assert 366 == Period.year(2020).days

    def test_years(self) -> None:
        """2019..2021 has 365 + 366 + 365 = 1096 days."""
        assert 1096 == Period.years(2019, 2021).days

    def test_month_and_months(self) -> None:
        """January–June 2022 has 31 + 28 + 31 + 30 + 31 + 30 = 181 days."""
        assert 181 == Period.months(2022, 1, 6).days
        assert Period(dt.date(2023, 2, 1), dt.date(2023, 2, 28)) == Period.month(2023, 2)

    def test_term_of_bekasi(self) -> None:
        """A five-year term from 2018-09-20 ends 2023-09-19 and has 1826 days (2020 is a leap year)."""
        term = Period.term(dt.date(2018, 9, 20))
        assert dt.date(2023, 9, 19) == term.end
        assert 365 * 5 + 1 == term.days

    def test_term_from_leap_day(self) -> None:
        """Relativedelta takes 2020-02-29 + 1 year to 2021-02-28, so the term ends on the 27th."""
        assert dt.date(2021, 2, 27) == Period.term(dt.date(2020, 2, 29), years=1).end

    def test_str(self) -> None:
        """A period prints as start..end in ISO dates."""
        assert "2019-01-01..2019-12-31" == str(Period.year(2019))

    def test_end_before_start(self) -> None:
        """An end before the start is refused, naming the start."""
        with pytest.raises(InvalidValueError, match="on or after the start 2019-01-02"):
            Period(dt.date(2019, 1, 2), dt.date(2019, 1, 1))

    @pytest.mark.parametrize(
        ("start", "end"),
        [
            ("2019-01-01", dt.date(2019, 1, 2)),
            (dt.date(2019, 1, 1), None),
            (dt.datetime(2019, 1, 1, 12), dt.date(2019, 1, 2)),
        ],
    )
    def test_refuses_non_dates(self, start: object, end: object) -> None:
        """Strings, None and datetimes are refused: a period is made of dates."""
        with pytest.raises(InvalidValueError, match=r"datetime\.date"):
            Period(start, end)  # type: ignore[arg-type]

    def test_evolve_revalidates(self) -> None:
        """attrs.evolve checks the new values too."""
        with pytest.raises(InvalidValueError):
            attrs.evolve(Period.year(2019), end=dt.date(2018, 1, 1))

    @pytest.mark.parametrize(
        ("call", "where"),
        [
            (lambda: Period.year(0), "Period.year(year)"),
            (lambda: Period.year(True), "Period.year(year)"),
            (lambda: Period.years(2021, 2019), "Period.years(last)"),
            (lambda: Period.month(2022, 13), "Period.months(first)"),
            (lambda: Period.months(2022, 6, 1), "Period.months(last)"),
            (lambda: Period.months(2022, 1, 0), "Period.months(last)"),
            (lambda: Period.term(dt.date(2018, 1, 1), years=0), "years"),
            (lambda: Period.term(dt.date(9998, 1, 1), years=5), "start"),
            (lambda: Period.term("2018-01-01"), "Period.term(start)"),
        ],
    )
    def test_bad_constructor_arguments(self, call: object, where: str) -> None:
        """Each constructor names the argument it refuses."""
        with pytest.raises(InvalidValueError) as info:
            call()  # type: ignore[operator]
        assert where == info.value.where


class TestRelations:
    def test_contains(self) -> None:
        """Both ends are inside; the day after is not."""
        year = Period.year(2019)
        assert year.contains(dt.date(2019, 1, 1))
        assert year.contains(dt.date(2019, 12, 31))
        assert not year.contains(dt.date(2020, 1, 1))
        assert not year.contains(Period(dt.date(2019, 12, 1), dt.date(2020, 1, 1)))

    def test_touching_periods_do_not_overlap(self) -> None:
        """2019 and 2020 meet but share no day."""
        assert not Period.year(2019).overlaps(Period.year(2020))
        assert Period.year(2019).intersection(Period.year(2020)) is None

    def test_shared_last_day_overlaps(self) -> None:
        """Sharing one day is an overlap of one day."""
        other = Period(dt.date(2019, 12, 31), dt.date(2020, 3, 1))
        shared = Period.year(2019).intersection(other)
        assert shared is not None
        assert 1 == shared.days

    @given(periods(), periods())
    def test_overlap_is_symmetric_and_matches_intersection(self, a: Period, b: Period) -> None:
        """Two periods overlap exactly when they share days, whichever is asked."""
        assert a.overlaps(b) == b.overlaps(a) == (a.intersection(b) is not None)
        both = a.intersection(b)
        if both is not None:
            assert a.contains(both)
            assert b.contains(both)


class TestRelationArguments:
    @pytest.mark.parametrize(
        ("ask", "where"),
        [
            (lambda p: p.contains(5), "Period.contains(when)"),
            (lambda p: p.contains("2019-06-01"), "Period.contains(when)"),
            (lambda p: p.contains(None), "Period.contains(when)"),
            (lambda p: p.contains(dt.datetime(2019, 6, 1, 12)), "Period.contains(when)"),
            (lambda p: p.overlaps(5), "Period.overlaps(other)"),
            (lambda p: p.overlaps(dt.date(2019, 6, 1)), "Period.overlaps(other)"),
            (lambda p: p.intersection(None), "Period.intersection(other)"),
            (
                lambda p: p.intersection((dt.date(2019, 1, 1), dt.date(2019, 2, 1))),
                "Period.intersection(other)",
            ),
        ],
    )
    def test_wrong_arguments_are_invalid_values(self, ask: object, where: str) -> None:
        """A non-Period (or, for contains, a non-date) is an InvalidValueError naming the argument."""
        with pytest.raises(InvalidValueError) as info:
            ask(Period.year(2019))  # type: ignore[operator]
        assert where == info.value.where

    @given(st.one_of(st.integers(), st.text(), st.none(), st.floats(), st.datetimes()))
    def test_no_other_value_escapes_as_a_builtin_error(self, value: object) -> None:
        """Whatever else is given, each relation raises InvalidValueError."""
        for ask in (
            Period.year(2019).contains,
            Period.year(2019).overlaps,
            Period.year(2019).intersection,
        ):
            with pytest.raises(InvalidValueError):
                ask(value)  # type: ignore[arg-type]


class TestElapsed:
    def test_bekasi_at_end_of_june_2022(self) -> None:
        """2018-09-20..2022-06-30 is 1380 days: 103 (11 + 31 + 30 + 31 in 2018) + 365 + 366 + 365 + 181 (Jan–Jun 2022)."""
        term = Period.term(dt.date(2018, 9, 20))
        assert 103 + 365 + 366 + 365 + 181 == term.days_elapsed(dt.date(2022, 6, 30))
        assert Fraction(1380, 1826) == term.elapsed(dt.date(2022, 6, 30))

    def test_first_and_last_day(self) -> None:
        """At the end of the first day one day has elapsed; at the end of the last, all."""
        year = Period.year(2019)
        assert Fraction(1, 365) == year.elapsed(dt.date(2019, 1, 1))
        assert Fraction(1) == year.elapsed(dt.date(2019, 12, 31))

    def test_clamped(self) -> None:
        """Before the start nothing has elapsed; after the end everything has."""
        year = Period.year(2019)
        assert Fraction(0) == year.elapsed(dt.date(2000, 1, 1))
        assert Fraction(1) == year.elapsed(dt.date(2100, 1, 1))

    def test_refuses_datetime(self) -> None:
        """A datetime is not an as-of date."""
        with pytest.raises(InvalidValueError):
            Period.year(2019).elapsed(dt.datetime(2019, 5, 1, 8))  # type: ignore[arg-type]

    @given(periods(), dates, dates)
    def test_elapsed_is_monotone_and_bounded(self, period: Period, a: dt.date, b: dt.date) -> None:
        """Elapsed share stays in [0, 1] and never falls as time goes on."""
        early, late = min(a, b), max(a, b)
        assert 0 <= period.elapsed(early) <= period.elapsed(late) <= 1
