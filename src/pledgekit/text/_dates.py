"""Dates: parse_date and format_date, through dateutil with an Indonesian parserinfo."""

from __future__ import annotations

import datetime as dt
import re

from dateutil import parser as dateutil_parser

from pledgekit._period import require_date
from pledgekit.exceptions import InvalidValueError, ParseError
from pledgekit.text._common import (
    _MAX_TEXT_YEAR,
    _MIN_TEXT_YEAR,
    _check_locale,
    _prepare,
    check_language,
)

_ID_MONTH_NAMES = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
_EN_MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_ID_WEEKDAY_NAMES = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
_EN_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_NAMES = {"id": _ID_MONTH_NAMES, "en": _EN_MONTH_NAMES}
_WEEKDAY_NAMES = {"id": _ID_WEEKDAY_NAMES, "en": _EN_WEEKDAY_NAMES}

# Month number (1-12) for each Indonesian name and abbreviation, old spellings included.
_ID_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("januari", "jan"),
            ("februari", "pebruari", "feb", "peb"),
            ("maret", "mar"),
            ("april", "apr"),
            ("mei",),
            ("juni", "jun"),
            ("juli", "jul"),
            ("agustus", "agu", "agt", "ags", "agus"),
            ("september", "sep", "sept"),
            ("oktober", "okt"),
            ("november", "nopember", "nov", "nop"),
            ("desember", "des"),
        ),
        start=1,
    )
    for name in names
}
# Weekday number (Monday 0) for each Indonesian name; "Jum'at" arrives as "jumat".
_ID_WEEKDAYS = {
    name: number
    for number, names in enumerate(
        (
            ("senin", "sen"),
            ("selasa", "sel"),
            ("rabu", "rab"),
            ("kamis", "kam"),
            ("jumat", "jum"),
            ("sabtu", "sab"),
            ("minggu", "min", "ahad"),
        )
    )
    for name in names
}


class IndonesianParserInfo(dateutil_parser.parserinfo):
    """A `dateutil.parser.parserinfo` for Indonesian dates.

    Month names and abbreviations (``Januari``/``Jan``, ``Pebruari``/``Peb``,
    ``Agustus``/``Agu``/``Agt``/``Ags``, ``Nopember``/``Nop``...), weekday names
    (``Senin`` to ``Minggu`` and ``Ahad``; ``Jum'at`` once its apostrophe is
    dropped) and filler words (``pada``, ``tanggal``, ``tgl``). Pass
    ``dayfirst=True`` for Indonesian numeric dates.

    >>> from dateutil import parser
    >>> from pledgekit.text import IndonesianParserInfo
    >>> parser.parse("22 Agt 2022", parserinfo=IndonesianParserInfo(dayfirst=True))
    datetime.datetime(2022, 8, 22, 0, 0)
    """

    JUMP = [" ", ".", ",", ";", "-", "/", "'", "pada", "tanggal", "tgl"]  # noqa: RUF012
    PERTAIN: list[str] = []  # noqa: RUF012

    def weekday(self, name: str) -> int | None:
        """Monday 0 to Sunday 6 for an Indonesian weekday name, else ``None``."""
        return _ID_WEEKDAYS.get(name.lower())

    def month(self, name: str) -> int | None:
        """1 to 12 for an Indonesian month name or abbreviation, else ``None``."""
        return _ID_MONTHS.get(name.lower())


def _parser_info(locale: str) -> dateutil_parser.parserinfo:
    # Built per call: parserinfo fixes its two-digit-year window when it is created.
    if locale == "id":
        return IndonesianParserInfo(dayfirst=True)
    return dateutil_parser.parserinfo(dayfirst=False)


# Apostrophes inside a word ("Jum'at", "Jum’at") are dropped; dateutil would split there.
_INNER_APOSTROPHE = re.compile(r"(?<=[^\W\d_])['’‘ʼ`´](?=[^\W\d_])")
_WORD = re.compile(r"[^\W\d_]+")
_DIGITS = re.compile(r"[0-9]+")
# Two defaults that differ in every field: what the text leaves out shows as a difference.
_DEFAULT_A = dt.datetime(2000, 1, 1)
_DEFAULT_B = dt.datetime(1996, 3, 3, 1, 1, 1, 1)
_DATE_EXPECTED = {
    "id": "a day, a month and a year such as '22 Juli 2022', '22/7/2022' or 'Jumat (22/7/2022)'",
    "en": "a day, a month and a year such as '22 July 2022', 'July 22, 2022' or '7/22/2022'",
}
_DATEUTIL_ERRORS = (ValueError, OverflowError, TypeError, IndexError, AttributeError)


def _english_date(day: dt.date) -> str:
    return f"{day.day} {_EN_MONTH_NAMES[day.month - 1]} {day.year}"


def _candidate_years(day: dt.date, weekday: int) -> list[int]:
    """Years in which day's day-month fell on weekday, nearest and one-digit typos.

    The nearest year before and after, and those within ten years that differ from
    day's year in one digit (a typo).
    """

    def fits(year: int) -> bool:
        if not _MIN_TEXT_YEAR <= year <= _MAX_TEXT_YEAR:
            return False
        try:
            return dt.date(year, day.month, day.day).weekday() == weekday
        except ValueError:  # 29 February outside leap years
            return False

    found: set[int] = set()
    for step in (-1, 1):
        # Every day-month recurs on every weekday within 40 years (29 February included).
        nearest = next(
            (day.year + step * k for k in range(1, 41) if fits(day.year + step * k)), None
        )
        if nearest is not None:
            found.add(nearest)
    written = f"{day.year:04d}"
    for year in range(day.year - 10, day.year + 11):
        typed = f"{year:04d}"
        if fits(year) and sum(a != b for a, b in zip(written, typed, strict=True)) == 1:
            found.add(year)
    return sorted(found)


def _check_weekday(text: str, day: dt.date, weekday: int, locale: str) -> None:
    if day.weekday() == weekday:
        return
    named, actual = _EN_WEEKDAY_NAMES[weekday], _EN_WEEKDAY_NAMES[day.weekday()]
    if locale == "id":
        named = f"{_ID_WEEKDAY_NAMES[weekday]} ({named})"
        actual = f"{actual} ({_ID_WEEKDAY_NAMES[day.weekday()]})"
    reason = f"it names {named}, but {_english_date(day)} was a {actual}"
    years = [str(year) for year in _candidate_years(day, weekday)]
    if years:
        shown = ", ".join(years[:-1]) + " and " + years[-1] if len(years) > 1 else years[0]
        reason += (
            f"; {day.day} {_EN_MONTH_NAMES[day.month - 1]} fell on a "
            f"{_EN_WEEKDAY_NAMES[weekday]} in {shown} (the nearest years, and those one "
            f"digit away from {day.year}: a mistyped year?)"
        )
    raise ParseError(text, reason, "a weekday that matches the date, or no weekday")


def _check_year_digits(text: str, year: int, numerals: list[str], locale: str) -> None:
    """The year must be written with four digits, two digits, or in a compact YYYYMMDD."""
    if year < _MIN_TEXT_YEAR:
        # "4 Januari 910": more likely a digit lost from 1910 or 2010 than the year 910.
        raise ParseError(
            text,
            f"it names the year {year}; in text a year has four digits, from "
            f"{_MIN_TEXT_YEAR} to {_MAX_TEXT_YEAR} (earlier years are written as ISO dates "
            "in a case file, such as '0910-01-04')",
            _DATE_EXPECTED[locale],
        )
    for numeral in numerals:
        if numeral == str(year) or (len(numeral) == 8 and numeral.startswith(str(year))):
            return
        if len(numeral) == 2 and int(numeral) == year % 100:
            return
    raise ParseError(
        text,
        f"it would be read as a date in {year}, but no year is written with two or four digits",
        _DATE_EXPECTED[locale],
    )


def parse_date(text: str, locale: str = "id", *, default_year: int | None = None) -> dt.date:
    """Read a date, checking a stated weekday against it.

    Goes through `dateutil.parser.parse` with
    [`IndonesianParserInfo`][pledgekit.text.IndonesianParserInfo] (``"id"``: day first,
    ``22/7/2022``) or dateutil's English parserinfo (``"en"``: month first,
    ``7/22/2022``). Numeric dates that start with a four-digit year are read
    year-month-day in both locales. Two-digit years are expanded by dateutil to the year
    within 50 years of today (``16/2/13`` is 2013).

    Args:
        text: The text, e.g. ``"Jum'at (22/7/2022)"`` or ``"22 Juli 2022"``.
        locale: ``"id"`` or ``"en"``.
        default_year: The year of a date written without one (``"22 Juli"``).

    Raises:
        ParseError: The text is not a date; names no day or no month; names no year
            and no ``default_year`` is given; has a time of day; writes the year with
            other than two or four digits or before 1000; is a compact run of digits
            other than YYYYMMDD; or names a weekday on which the date did not fall.
        InvalidValueError: ``text`` is not a str, ``default_year`` is not a year from
            1000 to 9999, or the locale is unknown.

    >>> from pledgekit.text import parse_date
    >>> parse_date("Jum’at (22/7/2022)")
    datetime.date(2022, 7, 22)
    >>> parse_date("July 22, 2022", "en")
    datetime.date(2022, 7, 22)
    >>> parse_date("Kamis (16/2/13)")
    Traceback (most recent call last):
    ...
    pledgekit.exceptions.ParseError: cannot read 'Kamis (16/2/13)': it names Kamis (Thursday), but 16 February 2013 was a Saturday (Sabtu); 16 February fell on a Thursday in 2012, 2017 and 2023 (the nearest years, and those one digit away from 2013: a mistyped year?); expected a weekday that matches the date, or no weekday
    """
    locale = _check_locale(locale)
    _check_default_year(default_year)
    info = _parser_info(locale)
    collapsed = _INNER_APOSTROPHE.sub("", _prepare(text, _DATE_EXPECTED[locale]))
    remainder, weekday = _without_weekday(text, collapsed, info)
    numerals = _DIGITS.findall(remainder)
    _check_numerals(text, numerals, locale)
    # A leading four-digit year means ISO order (year, month, day); dateutil with
    # dayfirst=True would read 2022-07-08 as 7 August.
    dayfirst = locale == "id" and not (numerals and len(numerals[0]) >= 3)
    first, second = _read_twice(text, remainder, info, dayfirst, locale)
    day = _day_read(text, first, second, numerals, default_year, locale)
    _check_numeral_order(text, remainder, info, numerals, day, dayfirst, locale)
    if weekday is not None:
        _check_weekday(text, day, weekday, locale)
    return day


def _check_default_year(default_year: object) -> None:
    if default_year is not None and (
        isinstance(default_year, bool)
        or not isinstance(default_year, int)
        or not _MIN_TEXT_YEAR <= default_year <= _MAX_TEXT_YEAR
    ):
        raise InvalidValueError(
            default_year,
            f"None or a year from {_MIN_TEXT_YEAR} to {_MAX_TEXT_YEAR}",
            "default_year",
        )


def _without_weekday(
    text: str, collapsed: str, info: dateutil_parser.parserinfo
) -> tuple[str, int | None]:
    """The text with its weekday name and brackets blanked out, and that weekday (0 is Monday)."""
    weekdays: set[int] = set()

    def strip_weekday(match: re.Match[str]) -> str:
        weekday = info.weekday(match.group())
        if weekday is None:
            return match.group()
        weekdays.add(weekday)
        return " "

    remainder = _WORD.sub(strip_weekday, collapsed)
    if len(weekdays) > 1:
        raise ParseError(text, "it names two different weekdays", "at most one weekday")
    remainder = re.sub(r"[()\[\]]", " ", remainder)
    return remainder, weekdays.pop() if weekdays else None


def _check_numerals(text: str, numerals: list[str], locale: str) -> None:
    """Refuse a leading zero (a year before 1000) and runs of digits of no one order."""
    for numeral in numerals:
        if len(numeral) >= 3 and numeral.startswith("0"):
            raise ParseError(
                text,
                f"{numeral!r} has a leading zero; years before 1000 are not read",
                _DATE_EXPECTED[locale],
            )
        if len(numeral) > 4 and len(numeral) != 8:
            raise ParseError(
                text,
                f"{numeral!r} is a run of {len(numeral)} digits, which could be a day, "
                "a month and a year in more than one order",
                _DATE_EXPECTED[locale] + ", or YYYYMMDD",
            )


def _read_twice(
    text: str, remainder: str, info: dateutil_parser.parserinfo, dayfirst: bool, locale: str
) -> tuple[dt.datetime, dt.datetime]:
    """Read the date twice, with two different defaults: what both agree on is in the text."""
    try:
        first = dateutil_parser.parse(
            remainder, parserinfo=info, default=_DEFAULT_A, ignoretz=True, dayfirst=dayfirst
        )
        second = dateutil_parser.parse(
            remainder, parserinfo=info, default=_DEFAULT_B, ignoretz=True, dayfirst=dayfirst
        )
    except _DATEUTIL_ERRORS as error:
        # dateutil repeats the text it was given, which is ours after cleaning: drop it.
        detail = str(error).replace(f": {remainder}", "")
        raise ParseError(text, f"it is not a date ({detail})", _DATE_EXPECTED[locale]) from None
    if first.time() != _DEFAULT_A.time() or second.time() != _DEFAULT_B.time():
        raise ParseError(
            text, "it has a time of day, and only dates are read", _DATE_EXPECTED[locale]
        )
    return first, second


def _day_read(
    text: str,
    first: dt.datetime,
    second: dt.datetime,
    numerals: list[str],
    default_year: int | None,
    locale: str,
) -> dt.date:
    """The day both readings name; its year from the text or ``default_year``."""
    has_year = first.year == second.year
    has_month = first.month == second.month
    has_day = first.day == second.day
    if not has_day or not has_month:
        if has_month:
            reason = "it names a month but no day (use parse_period for a month)"
        elif has_year and not has_day:
            reason = "it names a year but no day (use parse_period for a year)"
        else:
            reason = "it names no month"
        raise ParseError(text, reason, _DATE_EXPECTED[locale])
    if has_year:
        # With no leading zeros and two or four digits, the year is 1000 or later.
        _check_year_digits(text, first.year, numerals, locale)
        return first.date()
    if default_year is None:
        raise ParseError(
            text, "it names no year", "a year in the text, or parse_date(..., default_year=...)"
        )
    try:
        return dt.date(default_year, first.month, first.day)
    except ValueError:
        raise ParseError(
            text,
            f"it names {first.day} {_EN_MONTH_NAMES[first.month - 1]}, which did not "
            f"exist in the default year {default_year}",
            "a date that exists",
        ) from None


def _check_numeral_order(
    text: str,
    remainder: str,
    info: dateutil_parser.parserinfo,
    numerals: list[str],
    day: dt.date,
    dayfirst: bool,
    locale: str,
) -> None:
    """Refuse a date with no month name that dateutil read in the other order.

    dateutil swaps day and month when the first cannot be a month ("7/22/2022" with
    day first); in a table that would read "1/12/2022" and "1/13/2022" in opposite
    orders, so the swap is refused instead, whatever else the text holds ("1/13/2022,").
    """
    if len(numerals) < 2 or len(numerals[0]) > 2:
        return
    if any(info.month(word) is not None for word in _WORD.findall(remainder)):
        return
    first, second = int(numerals[0]), int(numerals[1])
    expected = (day.day, day.month) if dayfirst else (day.month, day.day)
    if (first, second) != expected:
        order = "day/month/year" if dayfirst else "month/day/year"
        raise ParseError(
            text,
            f"in {'Indonesian' if locale == 'id' else 'English'} notation numeric dates "
            f"are written {order}, and "
            f"{numerals[0]}/{numerals[1]} cannot be read that way",
            _DATE_EXPECTED[locale],
        )


def _check_text_date(value: object, where: str) -> dt.date:
    day = require_date(value, where)
    if not _MIN_TEXT_YEAR <= day.year <= _MAX_TEXT_YEAR:
        raise InvalidValueError(
            day, f"a date in the years {_MIN_TEXT_YEAR} to {_MAX_TEXT_YEAR}", where
        )
    return day


def format_date(date: dt.date, lang: str = "id", *, weekday: bool = False) -> str:
    """Write a date as ``lang`` writes it in prose: day, month name, year.

    Args:
        date: The date (a `datetime.date` in the years 1000 to 9999).
        lang: ``"id"`` or ``"en"``.
        weekday: Whether to start with the weekday's name.

    Raises:
        InvalidValueError: Not a date, a year outside 1000 to 9999, or an unknown
            lang.

    >>> import datetime as dt
    >>> from pledgekit.text import format_date
    >>> format_date(dt.date(2022, 7, 22)), format_date(dt.date(2022, 7, 22), weekday=True)
    ('22 Juli 2022', 'Jumat, 22 Juli 2022')
    >>> format_date(dt.date(2022, 7, 22), "en")
    '22 July 2022'
    """
    lang = check_language(lang, "lang")
    day = _check_text_date(date, "date")
    text = f"{day.day} {_MONTH_NAMES[lang][day.month - 1]} {day.year}"
    if weekday:
        text = f"{_WEEKDAY_NAMES[lang][day.weekday()]}, {text}"
    return text
