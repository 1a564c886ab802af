"""parse_bound reads the words officials put around a figure into the figure and its bound."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from pledgekit import Claim, ClaimKind, Comparison, InvalidValueError, ParseError
from pledgekit.text import BoundedNumber, format_number, parse_bound, parse_rate


class TestIndonesian:
    @pytest.mark.parametrize(
        ("text", "value", "bound"),
        [
            ("di atas 6.000 orang", "6000", "more_than"),
            ("lebih dari 6.000", "6000", "more_than"),
            ("lebih 6.000", "6000", "more_than"),
            ("9,3 juta lebih", "9300000", "more_than"),
            ("6.000 orang lebih", "6000", "more_than"),
            ("6.000 atau lebih", "6000", "at_least"),
            ("hampir 150.000", "150000", "less_than"),
            ("kurang dari 5 persen", "5", "less_than"),
            ("di bawah 10 persen", "10", "less_than"),
            ("paling sedikit 200", "200", "at_least"),
            ("sedikitnya 200", "200", "at_least"),
            ("minimal 200", "200", "at_least"),
            ("paling banyak 50", "50", "at_most"),
            ("maksimal 50", "50", "at_most"),
            ("Di Atas 6.000", "6000", "more_than"),
        ],
    )
    def test_bound_words(self, text: str, value: str, bound: str) -> None:
        """Each Indonesian bound word gives its bound; the figure is read as parse_number reads it."""
        read = parse_bound(text)
        assert (Decimal(value), bound) == (read.value, read.bound)
        assert not read.approximate

    def test_a_scale_word_keeps_its_resolution(self) -> None:
        """“9,3 juta lebih” is more than 9.3 million, rounded to the hundred thousand."""
        read = parse_bound("9,3 juta lebih orang")
        assert ("more_than", "orang") == (read.bound, read.unit)
        assert Decimal(100000) == read.resolution

    def test_unit_and_currency(self) -> None:
        """The unit and currency of the figure are kept."""
        read = parse_bound("lebih dari Rp1,8 triliun")
        assert ("IDR", None, Decimal("1800000000000")) == (read.currency, read.unit, read.value)
        assert "orang" == parse_bound("di atas 6.000 orang").unit

    @pytest.mark.parametrize(
        "text", ["sekitar 6.000", "kurang lebih 6.000", "6.000 kurang lebih", "±6.000"]
    )
    def test_about_is_no_bound(self, text: str) -> None:
        """“Sekitar”, “kurang lebih”, “±”: no bound, and said to be approximate."""
        read = parse_bound(text)
        assert (Decimal(6000), None, True) == (read.value, read.bound, read.approximate)

    def test_no_words(self) -> None:
        """A bare figure has no bound and is not approximate."""
        assert BoundedNumber(value=Decimal(141624)) == parse_bound("141.624")


class TestEnglish:
    @pytest.mark.parametrize(
        ("text", "bound"),
        [
            ("more than 6,000", "more_than"),
            ("over 6,000", "more_than"),
            ("above 6,000", "more_than"),
            ("at least 6,000", "at_least"),
            ("6,000 or more", "at_least"),
            ("almost 6,000", "less_than"),
            ("nearly 6,000", "less_than"),
            ("less than 6,000", "less_than"),
            ("under 6,000", "less_than"),
            ("below 6,000", "less_than"),
            ("at most 6,000", "at_most"),
            ("up to 6,000", "at_most"),
        ],
    )
    def test_bound_words(self, text: str, bound: str) -> None:
        """Each English bound word gives its bound."""
        read = parse_bound(text, locale="en")
        assert (Decimal(6000), bound) == (read.value, read.bound)

    def test_about(self) -> None:
        """“About 6,000” is approximate, not bounded."""
        read = parse_bound("about 6,000", locale="en")
        assert (None, True) == (read.bound, read.approximate)


class TestRefused:
    def test_two_bounds(self) -> None:
        """A bound word before and another after the figure is refused, naming both."""
        with pytest.raises(ParseError, match="two bounds, 'lebih dari' and 'lebih'"):
            parse_bound("lebih dari 6.000 lebih")

    def test_the_figure_is_refused_with_the_whole_text(self) -> None:
        """A figure parse_number refuses is refused with the text as given."""
        with pytest.raises(ParseError, match=r"cannot read 'di atas 111,727'.*ambiguous"):
            parse_bound("di atas 111,727")

    def test_bound_words_alone(self) -> None:
        """Words with no figure are refused."""
        with pytest.raises(ParseError):
            parse_bound("di atas")

    def test_not_a_string_or_locale(self) -> None:
        """Not a str, or an unknown locale: InvalidValueError."""
        with pytest.raises(InvalidValueError):
            parse_bound(6000)  # type: ignore[arg-type]
        with pytest.raises(InvalidValueError):
            parse_bound("di atas 6.000", locale="fr")

    def test_a_bad_bound_field(self) -> None:
        """A BoundedNumber with a bound that is not one of the four is refused."""
        with pytest.raises(InvalidValueError, match=r"BoundedNumber\.bound"):
            BoundedNumber(value=Decimal(1), bound="within")  # type: ignore[arg-type]


class TestIntoAClaim:
    def test_the_bound_is_a_claims_bound(self) -> None:
        """The bound read is what Claim takes: "di atas 6.000" becomes a more_than claim."""
        import datetime as dt

        read = parse_bound("di atas 6.000 orang")
        claim = Claim(ClaimKind.ACHIEVED, read.value, dt.date(2022, 6, 30), bound=read.bound)
        assert Comparison.MORE_THAN == claim.bound


_WORDS = {
    "id": {"di atas": "more_than", "paling sedikit": "at_least", "hampir": "less_than", "": None},
    "en": {"more than": "more_than", "at most": "at_most", "nearly": "less_than", "": None},
}


class TestProperties:
    @given(
        st.sampled_from(["id", "en"]),
        st.decimals(min_value=-(10**12), max_value=10**12, places=2, allow_nan=False),
        st.data(),
    )
    def test_round_trip(self, locale: str, value: Decimal, data: st.DataObject) -> None:
        """A formatted figure behind a bound word reads back as the figure and that bound."""
        words = data.draw(st.sampled_from(sorted(_WORDS[locale])))
        event(f"{locale} {words or 'no word'}")
        text = f"{words} {format_number(value, locale)}".strip()
        read = parse_bound(text, locale=locale)
        assert (value, _WORDS[locale][words]) == (read.value, read.bound)


class TestRates:
    @pytest.mark.parametrize(
        ("text", "locale", "value", "per", "bound", "average"),
        [
            ("rata-rata 1.200 per bulan", "id", "1200", "month", None, True),
            ("rata-rata 1.200 orang per bulan", "id", "1200", "month", None, True),
            (
                "rerata lebih dari 1.000 orang setiap bulan",
                "id",
                "1000",
                "month",
                "more_than",
                True,
            ),
            ("1.200 orang sebulan", "id", "1200", "month", None, False),
            ("40 per hari", "id", "40", "day", None, False),
            ("2 juta per tahun", "id", "2000000", "year", None, False),
            ("1,200 a month on average", "en", "1200", "month", None, True),
            ("an average of 1,200 a month", "en", "1200", "month", None, True),
            ("more than 40 people per day", "en", "40", "day", "more_than", False),
            ("2 million a year", "en", "2000000", "year", None, False),
        ],
    )
    def test_rate_phrases(
        self, text: str, locale: str, value: str, per: str, bound: str | None, average: bool
    ) -> None:
        """The figure, what it is per, its bound and whether it is said to be an average."""
        read = parse_rate(text, locale=locale)
        assert (Decimal(value), per, bound, average) == (
            read.figure.value,
            read.per,
            read.figure.bound,
            read.average,
        )

    def test_a_scale_word_keeps_its_resolution(self) -> None:
        """“2 juta per tahun” is 2 million rounded to the million."""
        assert Decimal(1000000) == parse_rate("2 juta per tahun").figure.resolution

    def test_no_per(self) -> None:
        """A figure with no word saying what it is per is refused."""
        with pytest.raises(ParseError, match="no word says what the rate is per"):
            parse_rate("rata-rata 1.200")

    def test_a_bad_figure(self) -> None:
        """A figure parse_bound refuses is refused with the whole text."""
        with pytest.raises(ParseError, match=r"cannot read 'rata-rata 1\.5 per bulan'"):
            parse_rate("rata-rata 1.5 per bulan")

    def test_into_an_audited_claim(self) -> None:
        """“Rata-rata 1.200 per bulan” since January, 5,108 placed by June: 851.33 a month."""
        import datetime as dt

        from pledgekit import Accumulation, Direction, Indicator, Observation, Period, Target, audit

        placed = Indicator(
            "Placements", "orang", direction=Direction.INCREASE, accumulation=Accumulation.SUM
        )
        target = Target(placed, 15000, period=Period.year(2022))
        half = Period.months(2022, 1, 6)
        # 800 + 850 + 900 + 820 + 880 + 858 = 5,108, invented
        figures = [
            Observation(Period.month(2022, m), v)
            for m, v in zip(range(1, 7), (800, 850, 900, 820, 880, 858), strict=True)
        ]
        read = parse_rate("rata-rata 1.200 per bulan")
        claim = Claim(
            ClaimKind.RATE,
            read.figure.value,
            dt.date(2022, 6, 30),
            period=half,
            per=read.per,
            bound=read.figure.bound,
        )
        (finding,) = audit(target, figures, [claim])
        assert finding.message.endswith("5,108 in 6 months: 851.33 a month")
