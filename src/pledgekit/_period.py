"""Periods: closed ranges of dates, both ends included.

A period is written the way IATI and Popolo write them: a start date and an end date,
both part of the period. ``Period.year(2019)`` is 2019-01-01..2019-12-31, 365 days. A
date used as "as of" means the end of that day.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from fractions import Fraction
from typing import Any

import attrs
from dateutil.relativedelta import relativedelta

from pledgekit.exceptions import InvalidValueError

__all__ = ["Period", "parse_iso_period", "require_date"]

_MIN_YEAR = 1
_MAX_YEAR = 9999


def require_date(value: object, where: str) -> dt.date:
    """Return ``value`` if it is a date, else raise `InvalidValueError`."""
    # datetime is a subclass of date; a time of day would silently shift "as of".
    if isinstance(value, dt.datetime):
        raise InvalidValueError(value, "a datetime.date (not a datetime)", where)
    if not isinstance(value, dt.date):
        raise InvalidValueError(value, "a datetime.date", where)
    return value


def _validate_start(instance: object, attribute: object, value: Any) -> None:
    require_date(value, "Period.start")


def _validate_end(instance: object, attribute: object, value: Any) -> None:
    require_date(value, "Period.end")


def _check_year(year: object, where: str) -> int:
    if isinstance(year, bool) or not isinstance(year, int) or not _MIN_YEAR <= year <= _MAX_YEAR:
        raise InvalidValueError(year, f"a year from {_MIN_YEAR} to {_MAX_YEAR}", where)
    return year


def _check_month(month: object, where: str) -> int:
    if isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= 12:
        raise InvalidValueError(month, "a month number from 1 to 12", where)
    return month


@attrs.frozen(order=True)
class Period:
    """A closed range of dates: ``start`` and ``end`` are both part of the period.

    >>> import datetime as dt
    >>> from pledgekit import Period
    >>> p = Period.year(2019)
    >>> p
    Period(start=datetime.date(2019, 1, 1), end=datetime.date(2019, 12, 31))
    >>> p.days
    365
    >>> str(Period.term(dt.date(2018, 9, 20)))
    '2018-09-20..2023-09-19'
    """

    start: dt.date = attrs.field(validator=_validate_start)
    end: dt.date = attrs.field(validator=_validate_end)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidValueError(
                self.end, f"an end on or after the start {self.start.isoformat()}", "Period.end"
            )

    def __str__(self) -> str:
        return f"{self.start.isoformat()}..{self.end.isoformat()}"

    # Constructors -----------------------------------------------------------------

    @classmethod
    def year(cls, year: int) -> Period:
        """The calendar year ``year``.

        >>> from pledgekit import Period
        >>> Period.year(2020).days
        366
        """
        if cls is Period and type(year) is int:
            # Periods are immutable: one object per year serves every figure of that year.
            known = _YEARS.get(year)
            if known is not None:
                return known
        _check_year(year, "Period.year(year)")
        period = cls(dt.date(year, 1, 1), dt.date(year, 12, 31))
        if cls is Period and type(year) is int:
            _YEARS[year] = period
        return period

    @classmethod
    def years(cls, first: int, last: int) -> Period:
        """Calendar years ``first`` through ``last``, both included.

        >>> from pledgekit import Period
        >>> str(Period.years(2019, 2021))
        '2019-01-01..2021-12-31'
        """
        _check_year(first, "Period.years(first)")
        _check_year(last, "Period.years(last)")
        if last < first:
            raise InvalidValueError(last, f"a last year on or after {first}", "Period.years(last)")
        return cls(dt.date(first, 1, 1), dt.date(last, 12, 31))

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        """One calendar month.

        >>> from pledgekit import Period
        >>> str(Period.month(2024, 2))
        '2024-02-01..2024-02-29'
        """
        return cls.months(year, month, month)

    @classmethod
    def months(cls, year: int, first: int, last: int) -> Period:
        """Months ``first`` through ``last`` of one year, both included.

        >>> from pledgekit import Period
        >>> p = Period.months(2022, 1, 6)
        >>> str(p), p.days
        ('2022-01-01..2022-06-30', 181)
        """
        _check_year(year, "Period.months(year)")
        _check_month(first, "Period.months(first)")
        _check_month(last, "Period.months(last)")
        if last < first:
            raise InvalidValueError(
                last, f"a last month on or after {first}", "Period.months(last)"
            )
        return cls(dt.date(year, first, 1), dt.date(year, last, calendar.monthrange(year, last)[1]))

    @classmethod
    def term(cls, start: dt.date, years: int = 5) -> Period:
        """A term of office of ``years`` years from ``start``.

        The end is ``start + years − 1 day`` (computed with ``relativedelta``, so a term
        starting on 29 February ends on 27 February).

        >>> import datetime as dt
        >>> from pledgekit import Period
        >>> p = Period.term(dt.date(2018, 9, 20))
        >>> p.end, p.days
        (datetime.date(2023, 9, 19), 1826)
        """
        require_date(start, "Period.term(start)")
        if isinstance(years, bool) or not isinstance(years, int) or not 1 <= years <= 100:
            raise InvalidValueError(years, "a whole number of years from 1 to 100", "years")
        if start.year + years > _MAX_YEAR:
            raise InvalidValueError(start, f"a start that leaves room for {years} years", "start")
        return cls(start, start + relativedelta(years=years) - dt.timedelta(days=1))

    # Measures -----------------------------------------------------------------------

    @property
    def days(self) -> int:
        """Number of days in the period, both ends counted."""
        return (self.end - self.start).days + 1

    def contains(self, when: dt.date | Period) -> bool:
        """Whether a date, or a whole period, lies within this period.

        Raises:
            InvalidValueError: ``when`` is neither a date nor a Period.

        >>> import datetime as dt
        >>> from pledgekit import Period
        >>> Period.year(2019).contains(dt.date(2019, 12, 31))
        True
        >>> Period.year(2019).contains(Period.months(2019, 6, 7))
        True
        """
        if isinstance(when, Period):
            return self.start <= when.start and when.end <= self.end
        require_date(when, "Period.contains(when)")
        return self.start <= when <= self.end

    def overlaps(self, other: Period) -> bool:
        """Whether the two periods share at least one day.

        Raises:
            InvalidValueError: ``other`` is not a Period.

        >>> import datetime as dt
        >>> from pledgekit import Period
        >>> Period.year(2019).overlaps(Period(dt.date(2019, 12, 31), dt.date(2020, 1, 5)))
        True
        >>> Period.year(2019).overlaps(Period.year(2020))
        False
        """
        _require_period(other, "Period.overlaps(other)")
        return self.start <= other.end and other.start <= self.end

    def intersection(self, other: Period) -> Period | None:
        """The days both periods share, or ``None``.

        Raises:
            InvalidValueError: ``other`` is not a Period.

        >>> import datetime as dt
        >>> from pledgekit import Period
        >>> str(Period.term(dt.date(2018, 9, 20)).intersection(Period.year(2018)))
        '2018-09-20..2018-12-31'
        """
        _require_period(other, "Period.intersection(other)")
        if not self.overlaps(other):
            return None
        return Period(max(self.start, other.start), min(self.end, other.end))

    def days_elapsed(self, at: dt.date) -> int:
        """Days of the period from its start through the end of day ``at``, clamped.

        >>> import datetime as dt
        >>> from pledgekit import Period
        >>> Period.year(2019).days_elapsed(dt.date(2019, 1, 1))
        1
        >>> Period.year(2019).days_elapsed(dt.date(2018, 12, 31))
        0
        """
        require_date(at, "at")
        return min(max((at - self.start).days + 1, 0), self.days)

    def elapsed(self, at: dt.date) -> Fraction:
        """Share of the period elapsed at the end of day ``at``, exact and in [0, 1].

        >>> import datetime as dt
        >>> from pledgekit import Period
        >>> Period.term(dt.date(2018, 9, 20)).elapsed(dt.date(2022, 6, 30))
        Fraction(690, 913)
        """
        return Fraction(self.days_elapsed(at), self.days)


# The calendar years made so far, at most one per year from 1 to 9999.
_YEARS: dict[int, Period] = {}


def _require_period(value: object, where: str) -> Period:
    if not isinstance(value, Period):
        raise InvalidValueError(value, "a pledgekit.Period", where)
    return value


# Periods in ISO notation ---------------------------------------------------------------

_PART = r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?"
_ISO_PERIOD = re.compile(rf"{_PART}(?:\.\.{_PART})?")


def parse_iso_period(text: str) -> Period:
    """Read a period written ``start..end`` with ISO dates, months or years, both ends included.

    Each end may be a year, a month or a day; the start is the first day of its end,
    the end the last day of its. One end alone is that whole year, month or day.

    Raises:
        ValueError: The text has another form or names no real date.

    >>> str(parse_iso_period("2019")), str(parse_iso_period("2022-01..2022-06"))
    ('2019-01-01..2019-12-31', '2022-01-01..2022-06-30')
    >>> str(parse_iso_period("2018-09-20..2023-09-19"))
    '2018-09-20..2023-09-19'
    """
    match = _ISO_PERIOD.fullmatch(text.strip())
    if match is None:
        raise ValueError("not an ISO period")
    year, month, day, last_year, last_month, last_day = match.groups()
    start = _first_day(year, month, day)
    if last_year is None:
        end = _last_day(year, month, day)
    else:
        end = _last_day(last_year, last_month, last_day)
    if end < start:
        raise ValueError(f"the period ends ({end.isoformat()}) before it starts")
    return Period(start, end)


def _first_day(year: str, month: str | None, day: str | None) -> dt.date:
    return dt.date(int(year), int(month or 1), int(day or 1))


def _last_day(year: str, month: str | None, day: str | None) -> dt.date:
    if month is None:
        return dt.date(int(year), 12, 31)
    if day is None:
        number = int(month)
        if not 1 <= number <= 12:
            raise ValueError(f"month {month} out of range")
        return dt.date(int(year), number, calendar.monthrange(int(year), number)[1])
    return dt.date(int(year), int(month), int(day))
