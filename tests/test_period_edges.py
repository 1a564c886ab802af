"""Periods at their edges: the limits of every constructor, and errors that name the field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from pledgekit import InvalidValueError, Period

DATE_EXPECTED = "a datetime.date (not a datetime)"
YEAR_EXPECTED = "a year from 1 to 9999"
MONTH_EXPECTED = "a month number from 1 to 12"
NOON = dt.datetime(2020, 1, 1, 12)


def _fields(call: Callable[[], object]) -> tuple[str, str, str]:
    """The (given, expected, where) of the InvalidValueError ``call`` raises."""
    with pytest.raises(InvalidValueError) as caught:
        call()
    return repr(caught.value.value), caught.value.expected, caught.value.where


class TestErrorFields:
    @pytest.mark.parametrize(
        ("call", "given", "expected", "where"),
        [
            (lambda: Period(NOON, dt.date(2020, 2, 1)), NOON, DATE_EXPECTED, "Period.start"),
            (lambda: Period(dt.date(2020, 1, 1), NOON), NOON, DATE_EXPECTED, "Period.end"),
            (
                lambda: Period("2020-01-01", dt.date(2020, 1, 2)),
                "2020-01-01",
                "a datetime.date",
                "Period.start",
            ),
            (
                lambda: Period(dt.date(2020, 1, 2), dt.date(2020, 1, 1)),
                dt.date(2020, 1, 1),
                "an end on or after the start 2020-01-02",
                "Period.end",
            ),
            (lambda: Period.year(0), 0, YEAR_EXPECTED, "Period.year(year)"),
            (lambda: Period.year(10000), 10000, YEAR_EXPECTED, "Period.year(year)"),
            (lambda: Period.year(True), True, YEAR_EXPECTED, "Period.year(year)"),
            (lambda: Period.years(0, 2020), 0, YEAR_EXPECTED, "Period.years(first)"),
            (lambda: Period.years(2020, 10000), 10000, YEAR_EXPECTED, "Period.years(last)"),
            (
                lambda: Period.years(2020, 2019),
                2019,
                "a last year on or after 2020",
                "Period.years(last)",
            ),
            (lambda: Period.months(0, 1, 2), 0, YEAR_EXPECTED, "Period.months(year)"),
            (lambda: Period.months(2020, 0, 2), 0, MONTH_EXPECTED, "Period.months(first)"),
            (lambda: Period.months(2020, 1, 13), 13, MONTH_EXPECTED, "Period.months(last)"),
            (lambda: Period.months(2020, True, 2), True, MONTH_EXPECTED, "Period.months(first)"),
            (lambda: Period.months(2020, "1", 2), "1", MONTH_EXPECTED, "Period.months(first)"),
            (
                lambda: Period.months(2020, 5, 4),
                4,
                "a last month on or after 5",
                "Period.months(last)",
            ),
            (lambda: Period.month(2020, 13), 13, MONTH_EXPECTED, "Period.months(first)"),
            (lambda: Period.term(NOON), NOON, DATE_EXPECTED, "Period.term(start)"),
            (
                lambda: Period.term(dt.date(2020, 1, 1), 0),
                0,
                "a whole number of years from 1 to 100",
                "years",
            ),
            (
                lambda: Period.term(dt.date(2020, 1, 1), 101),
                101,
                "a whole number of years from 1 to 100",
                "years",
            ),
            (
                lambda: Period.term(dt.date(2020, 1, 1), True),
                True,
                "a whole number of years from 1 to 100",
                "years",
            ),
            (
                lambda: Period.term(dt.date(9995, 1, 1), 5),
                dt.date(9995, 1, 1),
                "a start that leaves room for 5 years",
                "start",
            ),
            (lambda: Period.year(2020).days_elapsed(NOON), NOON, DATE_EXPECTED, "at"),
        ],
    )
    def test_refusals_name_field_and_expectation(
        self, call: Callable[[], object], given: object, expected: str, where: str
    ) -> None:
        """Each refusal says what was given, what was expected and where, word for word."""
        assert (repr(given), expected, where) == _fields(call)


class TestLimits:
    def test_first_and_last_years(self) -> None:
        """Years 1 and 9999 are accepted, as whole years and as a span."""
        assert (dt.date(1, 1, 1), dt.date(9999, 12, 31)) == (
            Period.year(1).start,
            Period.year(9999).end,
        )
        assert 3652059 == Period.years(1, 9999).days

    def test_one_year_span(self) -> None:
        """years(2019, 2019) is the year 2019."""
        assert Period.year(2019) == Period.years(2019, 2019)

    def test_first_and_last_months(self) -> None:
        """Months 1 and 12 are accepted; a single month is months(m, m)."""
        assert 366 == Period.months(2020, 1, 12).days
        assert Period.months(2020, 12, 12) == Period.month(2020, 12)

    def test_term_lengths(self) -> None:
        """A term of 1 year and of 100 years, each ending the day before the anniversary."""
        start = dt.date(2000, 3, 1)
        assert dt.date(2001, 2, 28) == Period.term(start, 1).end
        assert dt.date(2100, 2, 28) == Period.term(start, 100).end

    def test_term_ending_in_the_last_year(self) -> None:
        """A term that starts in 9994 ends in 9999, within range."""
        assert dt.date(9999, 1, 1) == Period.term(dt.date(9994, 1, 2)).end

    def test_one_day_period(self) -> None:
        """A period whose start is its end has one day."""
        day = dt.date(2020, 2, 29)
        assert 1 == Period(day, day).days


class TestRelationsAtTheirEdges:
    YEAR = Period.year(2019)

    def test_overlap_of_one_day_each_side(self) -> None:
        """Sharing only the first or only the last day is an overlap; touching is not."""
        assert self.YEAR.overlaps(Period(dt.date(2018, 1, 1), dt.date(2019, 1, 1)))
        assert self.YEAR.overlaps(Period(dt.date(2019, 12, 31), dt.date(2020, 1, 1)))
        assert not self.YEAR.overlaps(Period(dt.date(2018, 1, 1), dt.date(2018, 12, 31)))
        assert not self.YEAR.overlaps(Period.year(2020))

    def test_days_elapsed_clamps_at_both_ends(self) -> None:
        """Before the start 0; the first day 1; the last day and after, all 365."""
        assert [0, 1, 364, 365, 365] == [
            self.YEAR.days_elapsed(day)
            for day in (
                dt.date(2018, 12, 31),
                dt.date(2019, 1, 1),
                dt.date(2019, 12, 30),
                dt.date(2019, 12, 31),
                dt.date(2020, 6, 1),
            )
        ]
