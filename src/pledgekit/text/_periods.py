"""Periods: parse_period and format_period."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable

from dateutil import parser as dateutil_parser

from pledgekit._period import Period
from pledgekit.exceptions import InvalidValueError, ParseError
from pledgekit.text._common import (
    _MAX_PERIOD_TEXT_LENGTH,
    _MIN_TEXT_YEAR,
    _NOTATION,
    _check_locale,
    _prepare,
    check_language,
)
from pledgekit.text._dates import (
    _MONTH_NAMES,
    _check_text_date,
    _parser_info,
    format_date,
    parse_date,
)

_RANGE_WORDS = {
    "id": r"s\.d\.?|s/d|sampai dengan|sampai|hingga",
    "en": r"to|until|through",
}
# Between months or years a hyphen may stand without spaces ("Januari-Juni 2022");
# between full dates it needs spaces, because "22-7-2022" is itself a date.
_TIGHT_RANGE = {locale: rf"\s*[-–—]\s*|\s+(?:{words})\s+" for locale, words in _RANGE_WORDS.items()}
_DATE_RANGE = {
    locale: re.compile(rf"\s*[–—]\s*|\s+(?:-|{words})\s+", re.IGNORECASE)
    for locale, words in _RANGE_WORDS.items()
}
_MONTH_WORD = r"([^\W\d_]+)\.?"
_YEAR = r"([0-9]{4})"
_PERIOD_FORMS = {
    locale: (
        re.compile(_YEAR),
        re.compile(rf"{_YEAR}(?:{tight}){_YEAR}", re.IGNORECASE),
        re.compile(rf"{_MONTH_WORD} {_YEAR}"),
        re.compile(rf"{_MONTH_WORD}(?:{tight}){_MONTH_WORD} {_YEAR}", re.IGNORECASE),
        re.compile(rf"{_MONTH_WORD} {_YEAR}(?:{tight}){_MONTH_WORD} {_YEAR}", re.IGNORECASE),
    )
    for locale, tight in _TIGHT_RANGE.items()
}
_PERIOD_EXPECTED = {
    "id": "a year ('2019'), years ('2018-2023'), a month ('Juni 2022'), months "
    "('Januari–Juni 2022', 'Juli 2022 – Juni 2023'), a date or dates "
    "('1 Januari 2019 – 31 Desember 2019')",
    "en": "a year ('2019'), years ('2018-2023'), a month ('June 2022'), months "
    "('January–June 2022', 'July 2022 – June 2023'), a date or dates "
    "('1 January 2019 – 31 December 2019')",
}


def _month_number(text: str, word: str, info: dateutil_parser.parserinfo, locale: str) -> int:
    number = info.month(word)
    if number is None:
        raise ParseError(
            text,
            f"{word!r} is not a month name in {_NOTATION[locale].split()[0]}",
            _PERIOD_EXPECTED[locale],
        )
    return number


def _build_period(text: str, locale: str, build: Callable[..., Period], *args: int) -> Period:
    year = args[0]
    if year < _MIN_TEXT_YEAR:
        raise ParseError(text, f"it names the year {year}", f"years from {_MIN_TEXT_YEAR} on")
    try:
        period = build(*args)
    except InvalidValueError as error:
        raise ParseError(
            text, f"it is not a valid period ({error})", _PERIOD_EXPECTED[locale]
        ) from None
    return period


def parse_period(text: str, locale: str = "id") -> Period:
    """Read a year, a range of years, a month, a range of months, or dates.

    Ranges are written with a hyphen, an en or em dash, or a word (``s.d.``,
    ``s/d``, ``sampai``, ``hingga``; in English ``to``, ``until``, ``through``).
    Between two full dates a hyphen needs spaces around it. A single date is the
    one-day period. Years have four digits.

    Args:
        text: The text, e.g. ``"Januari–Juni 2022"`` or ``"2018-2023"``.
        locale: ``"id"`` or ``"en"``.

    Raises:
        ParseError: The text is none of these forms, names an unknown month, a range
            that ends before it starts, or a date [`parse_date`][pledgekit.text.parse_date] refuses.
        InvalidValueError: ``text`` is not a str, or the locale is unknown.

    >>> from pledgekit.text import parse_period
    >>> str(parse_period("Januari–Juni 2022"))
    '2022-01-01..2022-06-30'
    >>> str(parse_period("2018 - 2023"))
    '2018-01-01..2023-12-31'
    >>> str(parse_period("1 Januari 2019 – 31 Desember 2019"))
    '2019-01-01..2019-12-31'
    """
    locale = _check_locale(locale)
    collapsed = _prepare(text, _PERIOD_EXPECTED[locale], _MAX_PERIOD_TEXT_LENGTH)
    info = _parser_info(locale)
    year, years, month, months, month_pairs = _PERIOD_FORMS[locale]
    if match := year.fullmatch(collapsed):
        return _build_period(text, locale, Period.year, int(match[1]))
    if match := years.fullmatch(collapsed):
        first_year, last_year = int(match[1]), int(match[2])
        _build_period(text, locale, Period.year, min(first_year, last_year))
        return _build_period(text, locale, Period.years, first_year, last_year)
    if match := month.fullmatch(collapsed):
        number = _month_number(text, match[1], info, locale)
        return _build_period(text, locale, Period.month, int(match[2]), number)
    if match := months.fullmatch(collapsed):
        first = _month_number(text, match[1], info, locale)
        last = _month_number(text, match[2], info, locale)
        return _build_period(text, locale, Period.months, int(match[3]), first, last)
    if match := month_pairs.fullmatch(collapsed):
        first = _month_number(text, match[1], info, locale)
        last = _month_number(text, match[3], info, locale)
        start = _build_period(text, locale, Period.month, int(match[2]), first)
        end = _build_period(text, locale, Period.month, int(match[4]), last)
        return _span(text, locale, start.start, end.end)
    parts = _DATE_RANGE[locale].split(collapsed)
    if len(parts) > 2:
        raise ParseError(text, "it has more than one range separator", _PERIOD_EXPECTED[locale])
    try:
        end_day = parse_date(parts[-1], locale)
        start_day = parse_date(parts[0], locale, default_year=end_day.year)
    except ParseError as error:
        part = "" if len(parts) == 1 else f"{error.value!r}: "
        reason = error.reason.split(" (use parse_period")[0]
        raise ParseError(
            text, f"{part}{reason} (read as a date)", _PERIOD_EXPECTED[locale]
        ) from None
    return _span(text, locale, start_day, end_day)


def _span(text: str, locale: str, start: dt.date, end: dt.date) -> Period:
    if end < start:
        raise ParseError(
            text,
            f"the range ends ({end.isoformat()}) before it starts ({start.isoformat()})",
            _PERIOD_EXPECTED[locale],
        )
    return Period(start, end)


def format_period(period: Period, lang: str = "id") -> str:
    """Write a period as briefly as ``lang`` writes it, so that it reads back exactly.

    Whole years as ``"2019"`` or ``"2018–2023"``; whole months as ``"Juni 2022"``,
    ``"Januari–Juni 2022"`` or ``"Juli 2022 – Juni 2023"``; one day as a date;
    anything else as two dates, ``"20 September 2018 – 19 September 2023"``.

    Raises:
        InvalidValueError: Not a [`Period`][pledgekit.Period], a year outside 1000 to
            9999, or an unknown lang.

    >>> import datetime as dt
    >>> from pledgekit import Period
    >>> from pledgekit.text import format_period
    >>> format_period(Period.years(2018, 2023)), format_period(Period.month(2022, 6))
    ('2018–2023', 'Juni 2022')
    >>> format_period(Period.term(dt.date(2018, 9, 20)))
    '20 September 2018 – 19 September 2023'
    >>> format_period(Period.months(2022, 1, 6), "en")
    'January–June 2022'
    """
    lang = check_language(lang, "lang")
    if not isinstance(period, Period):
        raise InvalidValueError(period, "a pledgekit.Period", "period")
    start = _check_text_date(period.start, "period.start")
    end = _check_text_date(period.end, "period.end")
    names = _MONTH_NAMES[lang]
    if start.day == 1 and end.day == calendar.monthrange(end.year, end.month)[1]:
        if start.month == 1 and end.month == 12:
            if start.year == end.year:
                return str(start.year)
            return f"{start.year}–{end.year}"
        if start.year == end.year:
            if start.month == end.month:
                return f"{names[start.month - 1]} {start.year}"
            return f"{names[start.month - 1]}–{names[end.month - 1]} {start.year}"
        return f"{names[start.month - 1]} {start.year} – {names[end.month - 1]} {end.year}"
    if start == end:
        return format_date(start, lang)
    return f"{format_date(start, lang)} – {format_date(end, lang)}"
