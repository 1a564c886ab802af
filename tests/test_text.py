"""Tests for pledgekit.text: reading and writing figures, dates and periods."""

from __future__ import annotations

import datetime as dt
import decimal
import math
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pledgekit import MAX_FRACTION_DIGITS, MAX_INTEGER_DIGITS, Period, round_fraction
from pledgekit.exceptions import InvalidValueError, ParseError, PledgekitError
from pledgekit.text import (
    IndonesianParserInfo,
    Quantity,
    format_date,
    format_number,
    format_period,
    parse_date,
    parse_number,
    parse_period,
    parse_quantity,
)

# Strategies ----------------------------------------------------------------------------

locales = st.sampled_from(["id", "en"])


@st.composite
def amounts(draw: st.DrawFn) -> Decimal:
    """Decimals within pledgekit's limits, built digit by digit."""
    integer = draw(st.integers(0, 10**30 - 1))
    places = draw(st.integers(0, 30))
    fraction = draw(st.integers(0, 10**places - 1))
    sign = draw(st.sampled_from(["", "-"]))
    text = f"{sign}{integer}.{fraction:0{places}d}" if places else f"{sign}{integer}"
    return Decimal(text)


text_dates = st.dates(dt.date(1000, 1, 1), dt.date(9999, 12, 31))


@st.composite
def periods(draw: st.DrawFn) -> Period:
    """Periods of every shape format_period distinguishes."""
    first, second = draw(text_dates), draw(text_dates)
    start, end = min(first, second), max(first, second)
    shape = draw(st.sampled_from(["days", "years", "months"]))
    if shape == "years":
        return Period.years(start.year, end.year)
    if shape == "months":
        if start.year == end.year:
            return Period.months(
                start.year, min(start.month, end.month), max(start.month, end.month)
            )
        return Period(
            Period.month(start.year, start.month).start, Period.month(end.year, end.month).end
        )
    return Period(start, end)


_PIECES = [
    "ribu", "juta", "miliar", "triliun", "rb", "jt", "M", "Rp", "Rp.", "persen", "%", "orang",
    "Juli", "Juni", "Januari", "Agt", "Peb", "Jumat", "Jum'at", "Jum’at", "Kamis", "Minggu",
    "July", "Friday", "-", "−", "–", "/", "(", ")", ".", ",", ",-", " ", "s.d.", "2022", "13",
    "0", "00", "22", "7", "000", "10:00", "T", "am", "UTC", "+07:00", "1e5", "NaN", "٣",
]  # fmt: skip
figure_like_texts = st.lists(
    st.one_of(st.sampled_from(_PIECES), st.text("0123456789.,", max_size=8)), max_size=12
).map("".join)
word_texts = st.lists(st.sampled_from(_PIECES), max_size=8).map(" ".join)
any_texts = st.one_of(st.text(), figure_like_texts, word_texts)


# Numbers -------------------------------------------------------------------------------


class TestParseNumber:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("150.000", Decimal(150000)),  # Bekasi: the target of 150 thousand jobs
            ("141.624", Decimal(141624)),  # claimed absorbed "hingga bulan Juni"
            ("27.197", Decimal(27197)),  # 2019
            ("56.000", Decimal(56000)),  # 2020
            ("5.108", Decimal(5108)),  # January–June 2022
            ("8276", Decimal(8276)),  # "sisa target 8276"
            ("141 ribu", Decimal(141000)),  # "sudah 141 ribu"
            ("5,9 persen", Decimal("5.9")),  # an unemployment rate
            ("94,42%", Decimal("94.42")),
            ("1,2 juta", Decimal(1200000)),
            ("1,2 juta jiwa", Decimal(1200000)),
            ("Rp1,8 triliun", Decimal(1800000000000)),
            ("Rp 4.816.921", Decimal(4816921)),  # a monthly minimum wage
            ("Rp. 500 miliar", Decimal(500000000000)),
            ("Rp 5.000,-", Decimal(5000)),  # ",-": no sen
            ("Rp 1.000 triliun", Decimal(1000000000000000)),
            ("2,5 jt orang", Decimal(2500000)),
            ("-0,8 persen", Decimal("-0.8")),  # a contraction
            ("−1.250", Decimal(-1250)),  # U+2212 MINUS SIGN
            ("0,125", Decimal("0.125")),  # no thousands group starts with 0
            ("1.234.567,89", Decimal("1234567.89")),
            ("  150.000 ", Decimal(150000)),
        ],
    )
    def test_indonesian_texts(self, text: str, expected: Decimal) -> None:
        """Figures as the Indonesian press writes them read as a reader would read them."""
        assert expected == parse_number(text)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("150,000", Decimal(150000)),
            ("1,234.5", Decimal("1234.5")),
            ("1.8 trillion", Decimal(1800000000000)),
            ("5.9 percent", Decimal("5.9")),
            ("IDR 1.2 million", Decimal(1200000)),
            ("0.125", Decimal("0.125")),
        ],
    )
    def test_english_texts(self, text: str, expected: Decimal) -> None:
        """In English notation the comma groups thousands and the point marks decimals."""
        assert expected == parse_number(text, "en")

    def test_keeps_written_digits(self) -> None:
        """A trailing zero after the decimal comma is kept, as to_amount keeps it."""
        assert "5.10" == str(parse_number("5,10"))

    @pytest.mark.parametrize(
        ("text", "mentions"),
        [
            ("111,727", "ambiguous"),  # comma + three digits: decimals or English thousands?
            ("1.5", "exactly three digits"),
            ("220.00 ribu", "exactly three digits"),
            ("12..0", "side by side"),
            ("1.23.456", "exactly three digits"),
            ("1234.567", "at most three digits"),
            ("0.500", "does not start with 0"),
            ("1,000.50", "follows the decimal comma"),
            ("1,2,3", "2 of them"),
            ("1.000,", "separates nothing"),
            ("", "empty"),
            ("   ", "empty"),
            ("sekitar 5", "does not start with a figure"),
            ("lima ribu", "no digits"),
            ("5 M", "ambiguous"),
            ("1,8 T", "ambiguous"),
            ("5 ribu juta", "not a scale word or a unit"),
            ("5 apel", "not a scale word or a unit"),
            ("--5", "two minus signs"),
            ("Rp 5 rupiah", "currency twice"),
            ("Rp 5 persen", "money"),
            ("1" * 31, "too large"),
            ("1.000.000.000.000.000.000 triliun", "too large"),
            ("0,1234567890123456789012345678901", "too precise"),
            ("1" * 101, "characters long"),
        ],
    )
    def test_refusals(self, text: str, mentions: str) -> None:
        """Wrongly grouped, malformed, ambiguous, empty and absurd figures are refused."""
        with pytest.raises(ParseError) as caught:
            parse_number(text)
        assert mentions in str(caught.value)

    def test_ambiguity_explains_both_readings(self) -> None:
        """The refusal of '111,727' gives both readings and what to write instead."""
        with pytest.raises(ParseError) as caught:
            parse_number("111,727")
        message = str(caught.value)
        assert "Decimal('111.727')" in message
        assert "Decimal('111727')" in message
        assert "'111.727' if it means" in message

    def test_wrong_grouping_offers_other_locale(self) -> None:
        """'1.5' in Indonesian says how English notation would read it."""
        with pytest.raises(ParseError) as caught:
            parse_number("1.5")
        assert "read as English notation it would be Decimal('1.5')" in str(caught.value)
        assert "locale='en'" in str(caught.value)

    def test_english_ambiguity(self) -> None:
        """In English a point followed by exactly three digits is ambiguous."""
        with pytest.raises(ParseError, match="ambiguous"):
            parse_number("1.234", "en")

    def test_parse_error_is_value_error(self) -> None:
        """A ParseError can be caught as a ValueError."""
        with pytest.raises(ValueError, match="cannot read"):
            parse_number("1.5")

    def test_unknown_locale(self) -> None:
        """A locale other than 'id' and 'en' is an InvalidValueError."""
        with pytest.raises(InvalidValueError, match="locale"):
            parse_number("1", "fr")

    def test_not_a_string(self) -> None:
        """Only text is parsed."""
        with pytest.raises(InvalidValueError, match="a str"):
            parse_number(150000)  # type: ignore[arg-type]

    @given(any_texts, locales)
    def test_never_crashes(self, text: str, locale: str) -> None:
        """Any text gives a value or a PledgekitError, never another exception."""
        try:
            value = parse_number(text, locale)
        except PledgekitError:
            return
        assert isinstance(value, Decimal)


class TestParseQuantity:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("5,9 persen", Quantity(value=Decimal("5.9"), unit="%")),
            ("141 ribu", Quantity(value=Decimal(141000), resolution=Decimal(1000))),
            ("1,2 juta", Quantity(value=Decimal(1200000), resolution=Decimal(100000))),
            ("56.000", Quantity(value=Decimal(56000))),
            ("141.000 orang", Quantity(value=Decimal(141000), unit="orang")),
            (
                "Rp1,8 triliun",
                Quantity(
                    value=Decimal(1800000000000), currency="IDR", resolution=Decimal(100000000000)
                ),
            ),
            (
                "1,8 triliun rupiah",
                Quantity(
                    value=Decimal(1800000000000), currency="IDR", resolution=Decimal(100000000000)
                ),
            ),
            ("1,25 ribu", Quantity(value=Decimal(1250), resolution=Decimal(10))),
            ("1,2345 ribu", Quantity(value=Decimal("1234.5"), resolution=Decimal("0.1"))),
            ("US$ 5", Quantity(value=Decimal(5), currency="USD")),
        ],
    )
    def test_reads_unit_currency_and_resolution(self, text: str, expected: Quantity) -> None:
        """Scale words set the resolution; units and currencies are recorded."""
        assert expected == parse_quantity(text)

    def test_resolution_must_be_positive(self) -> None:
        """A Quantity's resolution is a positive Decimal."""
        with pytest.raises(InvalidValueError, match="resolution"):
            Quantity(value=Decimal(1), resolution=Decimal(0))

    def test_value_must_be_an_amount(self) -> None:
        """A Quantity's value obeys to_amount's limits."""
        with pytest.raises(InvalidValueError, match=r"Quantity\.value"):
            Quantity(value=Decimal("NaN"))

    @given(any_texts, locales)
    def test_never_crashes(self, text: str, locale: str) -> None:
        """Any text gives a Quantity or a PledgekitError, never another exception."""
        try:
            quantity = parse_quantity(text, locale)
        except PledgekitError:
            return
        assert isinstance(quantity, Quantity)


class TestFormatNumber:
    @pytest.mark.parametrize(
        ("value", "locale", "places", "expected"),
        [
            (150000, "id", None, "150.000"),
            (Decimal("94.416"), "id", 2, "94,42"),
            (Decimal("97.535"), "id", 2, "97,54"),  # half up
            (Decimal("5.10"), "id", None, "5,10"),
            (Decimal("1234567.89"), "en", None, "1,234,567.89"),
            (Decimal(-8376), "id", None, "-8.376"),
            (Decimal("1E+3"), "id", None, "1.000"),
            (Decimal(141624), "id", -3, "142.000"),
            (Decimal("0.5"), "id", None, "0,5"),
            (Decimal("-0.001"), "id", 2, "0,00"),
            (Decimal("111.727"), "id", None, "111,7270"),  # never the ambiguous '111,727'
            (Decimal("1111.727"), "id", None, "1.111,727"),
        ],
    )
    def test_examples(
        self, value: Decimal | int, locale: str, places: int | None, expected: str
    ) -> None:
        """Figures are written with the locale's separators."""
        assert expected == format_number(value, locale, places)

    @pytest.mark.parametrize(
        "value", [1.5, True, Decimal("NaN"), Decimal("1E+100"), Decimal("1E-101"), "150000"]
    )
    def test_refuses_inexact_or_absurd_values(self, value: object) -> None:
        """Floats, bools, NaN, text and values beyond 100 digits are refused."""
        with pytest.raises(InvalidValueError):
            format_number(value)  # type: ignore[arg-type]

    @pytest.mark.parametrize("places", [31, -31, True])
    def test_refuses_bad_places(self, places: int) -> None:
        """Places must be a whole number from -30 to 30."""
        with pytest.raises(InvalidValueError, match="places"):
            format_number(Decimal(1), places=places)

    @given(amounts(), locales)
    def test_round_trip(self, value: Decimal, locale: str) -> None:
        """Parsing what format_number prints gives the value back."""
        assert value == parse_number(format_number(value, locale), locale)

    @given(amounts(), locales, st.integers(-5, 30))
    def test_round_trip_rounded(self, value: Decimal, locale: str, places: int) -> None:
        """Parsing a rounded figure gives the rounded value back."""
        try:
            text = format_number(value, locale, places)
        except InvalidValueError:  # rounding 999... up past 30 digits
            return
        assert round_fraction(Fraction(value), places) == parse_number(text, locale)


# Dates ---------------------------------------------------------------------------------


class TestParseDate:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Jum'at (22/7/2022)", dt.date(2022, 7, 22)),  # the Bekasi article
            ("Jum’at (22/7/2022)", dt.date(2022, 7, 22)),  # typographic apostrophe
            ("Jumat, 22 Juli 2022", dt.date(2022, 7, 22)),
            ("22 Juli 2022", dt.date(2022, 7, 22)),
            ("Kamis (16/2/23)", dt.date(2023, 2, 16)),
            ("16/2/13", dt.date(2013, 2, 16)),
            ("Kamis, 20 Sept 2018", dt.date(2018, 9, 20)),  # the Bekasi term starts
            ("20 September 2018", dt.date(2018, 9, 20)),
            ("Sabtu, 29 Pebruari 2020", dt.date(2020, 2, 29)),
            ("17 Agustus 1945", dt.date(1945, 8, 17)),
            ("17 Agt 1945", dt.date(1945, 8, 17)),
            ("10 Nopember 1945", dt.date(1945, 11, 10)),
            ("Ahad, 3 Juli 2022", dt.date(2022, 7, 3)),
            ("pada tanggal 5 Mei 2022", dt.date(2022, 5, 5)),
            ("7/8/2022", dt.date(2022, 8, 7)),  # day first
            ("2022-07-08", dt.date(2022, 7, 8)),  # ISO stays year-month-day
            ("20220722", dt.date(2022, 7, 22)),
            ("31 Des 2019", dt.date(2019, 12, 31)),
        ],
    )
    def test_indonesian_texts(self, text: str, expected: dt.date) -> None:
        """Dates as the Indonesian press writes them."""
        assert expected == parse_date(text)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Friday, July 22, 2022", dt.date(2022, 7, 22)),
            ("7/22/2022", dt.date(2022, 7, 22)),  # month first
            ("7/8/2022", dt.date(2022, 7, 8)),
            ("22 July 2022", dt.date(2022, 7, 22)),
            ("2022-07-08", dt.date(2022, 7, 8)),
        ],
    )
    def test_english_texts(self, text: str, expected: dt.date) -> None:
        """English dates are read month first when numeric."""
        assert expected == parse_date(text, "en")

    def test_default_year(self) -> None:
        """A date without a year takes default_year."""
        assert dt.date(2022, 7, 22) == parse_date("22 Juli", default_year=2022)

    def test_weekday_mismatch_names_candidate_years(self) -> None:
        """A wrong weekday is refused, naming the nearest years where it would fit."""
        with pytest.raises(ParseError) as caught:
            parse_date("Kamis (16/2/13)")
        message = str(caught.value)
        assert "Saturday" in message
        assert "2012, 2017 and 2023" in message

    @pytest.mark.parametrize(
        ("text", "mentions"),
        [
            ("Senin, 29 Februari 2020", "Monday in 2016 and 2044"),  # leap years only
            ("Senin 1/1/1000", "Monday in 1010"),  # no years before 1000
            ("Senin, 1 Jan 9999", "Monday in 9990 and 9996"),  # none after 9999
        ],
    )
    def test_weekday_mismatch_at_the_edges(self, text: str, mentions: str) -> None:
        """Candidate years skip impossible dates and stay within 1000 to 9999."""
        with pytest.raises(ParseError) as caught:
            parse_date(text)
        assert mentions in str(caught.value)

    @pytest.mark.parametrize(
        ("text", "mentions"),
        [
            ("22 Juli", "no year"),
            ("Senin, 20 Sept 2018", "was a Thursday (Kamis)"),
            ("Juni 2022", "no day"),
            ("2022", "no day"),
            ("22", "no month"),
            ("Jumat", "does not contain a date"),
            ("Senin Selasa 1/1/2022", "two different weekdays"),
            ("31 Juni 2022", "out of range"),
            ("29 Feb 2021", "out of range"),
            ("22/7/2022 10:00", "time of day"),
            ("220722", "run of 6 digits"),
            ("22 Juli 0005", "leading zero"),
            ("1 2 3", "two or four digits"),
            ("22 July 2022", "Unknown string format"),  # English month in an Indonesian text
            ("", "empty"),
            ("x" * 101, "characters long"),
        ],
    )
    def test_refusals(self, text: str, mentions: str) -> None:
        """Incomplete, impossible and ambiguous dates are refused with the reason."""
        with pytest.raises(ParseError) as caught:
            parse_date(text)
        assert mentions in str(caught.value)

    def test_default_year_that_lacks_the_day(self) -> None:
        """29 February in a default year that is not a leap year is refused."""
        with pytest.raises(ParseError, match="did not exist"):
            parse_date("29 Februari", default_year=2021)

    @pytest.mark.parametrize("year", [999, 10000, True, "2022"])
    def test_bad_default_year(self, year: object) -> None:
        """default_year must be a year from 1000 to 9999."""
        with pytest.raises(InvalidValueError, match="default_year"):
            parse_date("22 Juli", default_year=year)  # type: ignore[arg-type]

    def test_parserinfo_with_dateutil(self) -> None:
        """The Indonesian parserinfo works with dateutil directly."""
        from dateutil import parser

        parsed = parser.parse("22 Agt 2022", parserinfo=IndonesianParserInfo(dayfirst=True))
        assert dt.datetime(2022, 8, 22) == parsed

    @given(text_dates, locales, st.booleans())
    def test_round_trip(self, date: dt.date, locale: str, weekday: bool) -> None:
        """Parsing what format_date prints gives the date back."""
        assert date == parse_date(format_date(date, locale, weekday=weekday), locale)

    @given(any_texts, locales)
    def test_never_crashes(self, text: str, locale: str) -> None:
        """Any text gives a date or a PledgekitError, never another exception."""
        try:
            date = parse_date(text, locale, default_year=2022)
        except PledgekitError:
            return
        assert isinstance(date, dt.date)


class TestNumeralOrder:
    @pytest.mark.parametrize(
        ("text", "locale", "order"),
        [
            ("7/22/2022", "id", "day/month/year"),
            ("1/13/2022", "id", "day/month/year"),
            ("22/7/2022", "en", "month/day/year"),
        ],
    )
    def test_swapped_day_and_month_are_refused(self, text: str, locale: str, order: str) -> None:
        """A day and month that would read only swapped (as dateutil would) are refused."""
        with pytest.raises(ParseError, match=order):
            parse_date(text, locale)

    def test_the_right_order_reads(self) -> None:
        """1/12/2022 is 1 December in Indonesian notation and 12 January in English."""
        assert dt.date(2022, 12, 1) == parse_date("1/12/2022", "id")
        assert dt.date(2022, 1, 12) == parse_date("1/12/2022", "en")


class TestDateErrorsSpeakOfTheText:
    @pytest.mark.parametrize(
        ("text", "why"),
        [
            ("2023-13", "bad month number 13; must be 1-12"),
            ("31/6/2022", "day is out of range for month"),
        ],
    )
    def test_no_parser_name(self, text: str, why: str) -> None:
        """An impossible date says why in the reader's words, naming no library."""
        with pytest.raises(ParseError) as caught:
            parse_date(text)
        message = str(caught.value)
        assert f"cannot read {text!r}: it is not a date ({why})" in message
        assert "dateutil" not in message


class TestFormatDate:
    def test_examples(self) -> None:
        """Dates are written day, month name, year; optionally with the weekday."""
        friday = dt.date(2022, 7, 22)
        assert "22 Juli 2022" == format_date(friday)
        assert "Jumat, 22 Juli 2022" == format_date(friday, weekday=True)
        assert "Friday, 22 July 2022" == format_date(friday, "en", weekday=True)

    @pytest.mark.parametrize("value", [dt.datetime(2022, 7, 22), "2022-07-22", dt.date(999, 1, 1)])
    def test_refusals(self, value: object) -> None:
        """Datetimes, strings and years before 1000 are refused."""
        with pytest.raises(InvalidValueError):
            format_date(value)  # type: ignore[arg-type]

    def test_unknown_language(self) -> None:
        """A language other than 'id' and 'en' is an InvalidValueError naming ``lang``."""
        with pytest.raises(InvalidValueError, match=r"^lang: got 'de'"):
            format_date(dt.date(2022, 7, 22), "de")


# Periods -------------------------------------------------------------------------------


class TestParsePeriod:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Juni 2022", Period(dt.date(2022, 6, 1), dt.date(2022, 6, 30))),
            ("Januari–Juni 2022", Period(dt.date(2022, 1, 1), dt.date(2022, 6, 30))),
            ("Januari-Juni 2022", Period(dt.date(2022, 1, 1), dt.date(2022, 6, 30))),
            ("Jan–Jun 2022", Period(dt.date(2022, 1, 1), dt.date(2022, 6, 30))),
            ("Januari s.d. Juni 2022", Period(dt.date(2022, 1, 1), dt.date(2022, 6, 30))),
            ("2019", Period(dt.date(2019, 1, 1), dt.date(2019, 12, 31))),
            ("2018-2023", Period(dt.date(2018, 1, 1), dt.date(2023, 12, 31))),
            ("2018–2023", Period(dt.date(2018, 1, 1), dt.date(2023, 12, 31))),
            ("2018 - 2023", Period(dt.date(2018, 1, 1), dt.date(2023, 12, 31))),
            ("Juli 2022 – Juni 2023", Period(dt.date(2022, 7, 1), dt.date(2023, 6, 30))),
            (
                "1 Januari 2019 – 31 Desember 2019",
                Period(dt.date(2019, 1, 1), dt.date(2019, 12, 31)),
            ),
            (
                "20 September 2018 - 19 September 2023",
                Period(dt.date(2018, 9, 20), dt.date(2023, 9, 19)),
            ),
            ("1 Januari – 30 Juni 2022", Period(dt.date(2022, 1, 1), dt.date(2022, 6, 30))),
            ("22 Juli 2022", Period(dt.date(2022, 7, 22), dt.date(2022, 7, 22))),
        ],
    )
    def test_indonesian_texts(self, text: str, expected: Period) -> None:
        """Periods as Indonesian reports write them."""
        assert expected == parse_period(text)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("January–June 2022", Period(dt.date(2022, 1, 1), dt.date(2022, 6, 30))),
            ("2018 to 2023", Period(dt.date(2018, 1, 1), dt.date(2023, 12, 31))),
            ("June 2022", Period(dt.date(2022, 6, 1), dt.date(2022, 6, 30))),
        ],
    )
    def test_english_texts(self, text: str, expected: Period) -> None:
        """English periods use English month names."""
        assert expected == parse_period(text, "en")

    @pytest.mark.parametrize(
        ("text", "mentions"),
        [
            ("2023-2018", "on or after 2023"),
            ("Juni–Januari 2022", "on or after 6"),
            ("Juno 2022", "not a month name"),
            ("0999", "year 999"),
            ("1 Januari 2019 - 31 Desember 2018", "ends (2018-12-31) before it starts"),
            ("2019 - 2020 - 2021", "more than one range separator"),
            ("Jan 2022 - 2023", "no day"),
            ("18-23", "it is not a date"),  # not an abbreviated 2018-2023
            ("", "empty"),
        ],
    )
    def test_refusals(self, text: str, mentions: str) -> None:
        """Backward, unknown and malformed periods are refused with the reason."""
        with pytest.raises(ParseError) as caught:
            parse_period(text)
        assert mentions in str(caught.value)

    @given(periods(), locales)
    def test_round_trip(self, period: Period, locale: str) -> None:
        """Parsing what format_period prints gives the period back."""
        assert period == parse_period(format_period(period, locale), locale)

    @given(any_texts, locales)
    def test_never_crashes(self, text: str, locale: str) -> None:
        """Any text gives a Period or a PledgekitError, never another exception."""
        try:
            period = parse_period(text, locale)
        except PledgekitError:
            return
        assert isinstance(period, Period)


class TestFormatPeriod:
    @pytest.mark.parametrize(
        ("period", "locale", "expected"),
        [
            (Period.year(2019), "id", "2019"),
            (Period.years(2018, 2023), "id", "2018–2023"),
            (Period.month(2022, 6), "id", "Juni 2022"),
            (Period.months(2022, 1, 6), "id", "Januari–Juni 2022"),
            (Period.months(2022, 1, 6), "en", "January–June 2022"),
            (Period(dt.date(2022, 7, 1), dt.date(2023, 6, 30)), "id", "Juli 2022 – Juni 2023"),
            (Period.term(dt.date(2018, 9, 20)), "id", "20 September 2018 – 19 September 2023"),
            (Period(dt.date(2022, 7, 22), dt.date(2022, 7, 22)), "id", "22 Juli 2022"),
        ],
    )
    def test_examples(self, period: Period, locale: str, expected: str) -> None:
        """Periods are written as briefly as their shape allows."""
        assert expected == format_period(period, locale)

    def test_refuses_non_periods(self) -> None:
        """Only a Period is formatted."""
        with pytest.raises(InvalidValueError, match="Period"):
            format_period("2019")  # type: ignore[arg-type]


# Hostile input ---------------------------------------------------------------------------

# Control characters str.split() would take for spaces, and some it would not.
_CONTROL_CHARACTERS = ["\x00", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f", "\x7f", "\x85"]
# One non-ASCII decimal digit from each of a few scripts: Arabic-Indic, Thai, Devanagari,
# fullwidth, Bengali, and a superscript (a digit but not a decimal digit).
_FOREIGN_DIGITS = ["٢", "๖", "६", "２", "৩", "²"]


class TestHostileCharacters:
    @pytest.mark.parametrize(
        ("text", "character", "position"),
        [("150\x1fribu", "\\x1f", 3), ("7\x1f", "\\x1f", 1), ("\x00150", "\\x00", 0)],
    )
    def test_control_characters_are_not_spaces(
        self, text: str, character: str, position: int
    ) -> None:
        r"""'150\x1fribu' is not 150 ribu: the error names the character and its position."""
        with pytest.raises(ParseError) as caught:
            parse_number(text)
        message = str(caught.value)
        assert f"'{character}' at position {position}" in message
        assert f"U+{ord(text[position]):04X}" in message

    @given(
        st.sampled_from([*_CONTROL_CHARACTERS, "\u200b", "\ufeff", "\ud800", "\ue000"]),
        st.sampled_from(["150\u00a0ribu", "22 Juli 2022", "Januari–Juni 2022"]),
        st.data(),
    )
    def test_every_invisible_character_is_refused(
        self, character: str, valid: str, data: st.DataObject
    ) -> None:
        """A control, format, surrogate or private-use character anywhere is refused."""
        at = data.draw(st.integers(0, len(valid)))
        text = valid[:at] + character + valid[at:]
        for parse in (parse_number, parse_date, parse_period):
            with pytest.raises(ParseError, match=f"at position {at} "):
                parse(text)

    @pytest.mark.parametrize(
        ("parse", "text"),
        [
            (parse_period, "٢٠١٩"),
            (parse_period, "1 Juni ٢٠٢٢"),
            (parse_date, "๖ Juli 2022"),
            (parse_date, "22/7/２０２２"),
            (parse_number, "١٥٠.٠٠٠"),
        ],
    )
    def test_foreign_digits_are_refused(self, parse: object, text: str) -> None:
        """Digits other than 0-9 are refused, not read as their ASCII twins."""
        with pytest.raises(ParseError, match="a numeral other than 0-9"):
            parse(text)  # type: ignore[operator]

    @given(st.sampled_from(_FOREIGN_DIGITS), st.sampled_from(["{} Juli 2022", "2022-0{}", "1{}"]))
    def test_foreign_digits_never_read(self, digit: str, template: str) -> None:
        """No parser reads a non-ASCII digit, wherever it stands."""
        text = template.format(digit)
        for parse in (parse_number, parse_date, parse_period):
            with pytest.raises(ParseError, match="numeral other than 0-9"):
                parse(text)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("150.000\u00a0orang", Decimal(150000)),
            ("141\tribu", Decimal(141000)),
            ("  5,9\npersen ", Decimal("5.9")),
        ],
    )
    def test_ordinary_whitespace_still_separates(self, text: str, expected: Decimal) -> None:
        """Tabs, newlines and no-break spaces are spaces, as before."""
        assert expected == parse_number(text)


class TestNumeralOrderWithOtherCharacters:
    @pytest.mark.parametrize("text", ["1/13/2022,", "1/13/2022.", "tgl 1/13/2022", "(1/13/2022)"])
    def test_swap_refused_whatever_surrounds_it(self, text: str) -> None:
        """'1/13/2022,' is refused as '1/13/2022' is, not read as 13 January."""
        with pytest.raises(ParseError, match="day/month/year"):
            parse_date(text)

    def test_right_order_with_a_comma(self) -> None:
        """'1/12/2022,' is 1 December in Indonesian notation, as '1/12/2022' is."""
        assert dt.date(2022, 12, 1) == parse_date("1/12/2022,")

    @given(st.dates(dt.date(1000, 1, 1), dt.date(9999, 12, 31)), locales, st.sampled_from(",.;"))
    def test_numeric_dates_read_in_the_locale_order_or_not_at_all(
        self, day: dt.date, locale: str, tail: str
    ) -> None:
        """A numeric date with any trailing mark reads as written in the locale's order."""
        first, second = (day.day, day.month) if locale == "id" else (day.month, day.day)
        written = f"{first}/{second}/{day.year}{tail}"
        assert day == parse_date(written, locale)
        swapped = f"{second}/{first}/{day.year}{tail}"
        try:
            read = parse_date(swapped, locale)
        except ParseError:
            return
        # Read at all only if the swapped text is itself a date in the locale's order.
        assert (second, first) == (
            (read.day, read.month) if locale == "id" else (read.month, read.day)
        )


class TestYearsInText:
    @pytest.mark.parametrize(
        "text", ["4 Januari 910", "4 Januari 0910", "4/1/910", "4 Januari 0001", "Juli 22, 999"]
    )
    def test_years_before_1000_are_refused(self, text: str) -> None:
        """A year in text has four digits from 1000: '4 Januari 910' is not the year 910."""
        with pytest.raises(ParseError, match="year"):
            parse_date(text)

    def test_year_1000_reads(self) -> None:
        """The first year text reads is 1000."""
        assert dt.date(1000, 1, 4) == parse_date("4 Januari 1000")

    @pytest.mark.parametrize("text", ["0910", "Juni 0910", "0910-0911"])
    def test_periods_before_1000_are_refused(self, text: str) -> None:
        """parse_period keeps to the same years as parse_date."""
        with pytest.raises(ParseError):
            parse_period(text)


class TestQuantityFields:
    @pytest.mark.parametrize(
        ("make", "where"),
        [
            (lambda: Quantity(value=4), "Quantity.value"),  # type: ignore[arg-type]
            (lambda: Quantity(value="4"), "Quantity.value"),  # type: ignore[arg-type]
            (lambda: Quantity(value=Decimal("NaN")), "Quantity.value"),
            (lambda: Quantity(value=Decimal(1), unit=5), "Quantity.unit"),  # type: ignore[arg-type]
            (lambda: Quantity(value=Decimal(1), unit=""), "Quantity.unit"),
            (lambda: Quantity(value=Decimal(1), currency=b"IDR"), "Quantity.currency"),  # type: ignore[arg-type]
            (lambda: Quantity(value=Decimal(1), resolution=Decimal(0)), "Quantity.resolution"),
            (lambda: Quantity(value=Decimal(1), resolution=Decimal(-1)), "Quantity.resolution"),
            (lambda: Quantity(value=Decimal(1), resolution=1000), "Quantity.resolution"),  # type: ignore[arg-type]
            (
                lambda: Quantity(value=Decimal(1), resolution=Decimal("1E+40")),
                "Quantity.resolution",
            ),
        ],
    )
    def test_wrong_fields_are_invalid_values(self, make: object, where: str) -> None:
        """A wrong type or value in any field is an InvalidValueError naming the field."""
        with pytest.raises(InvalidValueError, match=where):
            make()  # type: ignore[operator]


class TestFormatNumberBounds:
    @pytest.mark.parametrize("value", ["4e9999999999999999999", Decimal("4E+999999999999999999")])
    def test_huge_exponents_are_refused(self, value: object) -> None:
        """A huge exponent is refused with an InvalidValueError, never decimal.InvalidOperation."""
        with pytest.raises(InvalidValueError):
            format_number(value)  # type: ignore[arg-type]

    def test_computed_values_beyond_amount_limits_are_printed(self) -> None:
        """A percentage of a tiny target (1E+61 %) prints: it is a result, not an input."""
        ratio = Fraction(10**29, Fraction(1, 10**30)) * 100  # 10**29 against 10**-30
        assert "1" + "0" * 61 == format_number(round_fraction(ratio, 2)).replace(".", "")[:62]
        assert "1" + ".000" * 20 + ",5" == format_number(Decimal("1" + "0" * 60 + ".5"))


# Context independence ------------------------------------------------------------------

_HOSTILE = {"prec": 3, "rounding": decimal.ROUND_FLOOR, "Emax": 10, "Emin": -10}


@st.composite
def limit_amounts(draw: st.DrawFn) -> tuple[Decimal, Fraction]:
    """An amount within the limits, often at them, and its exact value as a Fraction."""
    places = draw(st.sampled_from([0, MAX_FRACTION_DIGITS]) | st.integers(0, MAX_FRACTION_DIGITS))
    top = 10 ** (MAX_INTEGER_DIGITS + places) - 1
    digits = draw(st.sampled_from([top, 1, 0]) | st.integers(0, top))
    negative = draw(st.booleans())
    value = Decimal((int(negative), tuple(int(d) for d in str(digits)), -places))
    return value, Fraction(-digits if negative else digits, 10**places)


def _half_up(exact: Fraction, places: int) -> Fraction:
    """Round half away from zero to ``places``, in integers."""
    scaled = abs(exact) * Fraction(10) ** places
    rounded = Fraction(math.floor(scaled + Fraction(1, 2))) / Fraction(10) ** places
    return -rounded if exact < 0 else rounded


class TestContextIndependence:
    @given(limit_amounts(), locales, st.none() | st.integers(-30, 30))
    def test_format_and_parse_ignore_the_caller_context(
        self, amount: tuple[Decimal, Fraction], locale: str, places: int | None
    ) -> None:
        """Formatting and reading back give the same exact value under a hostile context."""
        value, exact = amount
        expected = exact if places is None else _half_up(exact, places)
        written = format_number(value, locale, places)
        group, mark = (".", ",") if locale == "id" else (",", ".")
        assert expected == Fraction(Decimal(written.replace(group, "").replace(mark, ".")))
        with decimal.localcontext(**_HOSTILE):  # type: ignore[arg-type]
            assert written == format_number(value, locale, places)
            if abs(expected) < 10**MAX_INTEGER_DIGITS:  # 999...9.9 rounds up to 10**30
                assert expected == Fraction(parse_number(written, locale))

    @given(
        st.integers(0, 10**27 - 1),
        st.integers(0, 3),
        st.sampled_from([("ribu", 3), ("juta", 6), ("miliar", 9), ("triliun", 12)]),
    )
    def test_scale_words_ignore_the_caller_context(
        self, digits: int, places: int, scale: tuple[str, int]
    ) -> None:
        """'1,2 juta' is 1200000 with resolution 100000 under any context."""
        word, exponent = scale
        figure = Decimal((0, tuple(int(d) for d in str(digits)), -places))
        written = format_number(figure)
        text = f"{written} {word}"
        expected = Fraction(digits, 10**places) * 10**exponent
        # The resolution is one step of the last digit written ("1,0000" has four).
        places = len(written.partition(",")[2])
        try:
            default = parse_quantity(text)
        except ParseError:  # beyond the digit limits once scaled, or ambiguous ("1,234 ribu")
            return
        with decimal.localcontext(**_HOSTILE):  # type: ignore[arg-type]
            hostile = parse_quantity(text)
        assert default == hostile
        assert expected == Fraction(hostile.value)
        assert Fraction(10) ** (exponent - places) == Fraction(hostile.resolution or 0)
