"""Observation tables as CSV: plain and Indonesian notation, every problem at its line and column."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pledgekit import (
    Accumulation,
    DataFileError,
    Direction,
    Indicator,
    InvalidValueError,
    Observation,
    Period,
    Rounding,
    Source,
)
from pledgekit.io import COLUMNS, read_observations, write_observations
from pledgekit.io._csv import plain_amount
from pledgekit.strategies import observations, targets

JOBS = Indicator(
    "Tenaga kerja terserap",
    "orang",
    direction=Direction.INCREASE,
    accumulation=Accumulation.SUM,
    id="jobs",
)
RATE = Indicator(
    "Tingkat pengangguran terbuka",
    "%",
    direction=Direction.DECREASE,
    accumulation=Accumulation.LAST,
    id="tpt",
)
BPS = Source("BPS Kota Bekasi", "Keadaan Ketenagakerjaan", id="bps")


def problems_of(text: str, **options: object) -> list[tuple[str, str]]:
    """The problems read_observations() reports for a table that must fail."""
    options.setdefault("indicators", [JOBS, RATE])
    options.setdefault("sources", [BPS])
    with pytest.raises(DataFileError) as caught:
        read_observations(text, **options)  # type: ignore[arg-type]
    return [tuple(problem) for problem in caught.value.problems]


@st.composite
def series(draw: st.DrawFn) -> tuple[Observation, ...]:
    """Observations of one generated target, with indicators, sources, notes and roundings."""
    target = draw(targets(indicators=st.just(JOBS)))
    result = draw(observations(target, resolutions=True))
    return tuple(
        attrs.evolve(
            o,
            indicator=draw(st.sampled_from([JOBS, None])),
            source=draw(st.none() | st.just(BPS)),
            rounding=draw(st.sampled_from(Rounding)),
            # Every note, to the character: spaces around, empty, a dash, quotes, line ends.
            note=draw(st.none() | st.text(st.characters() | st.sampled_from(' \t\r\n-"–—,'))),
        )
        for o in result
    )


class TestRoundTrip:
    @given(series())
    def test_write_then_read(self, written: tuple[Observation, ...]) -> None:
        """What write_observations() writes, read_observations() reads back equal."""
        text = write_observations(written)
        expected = tuple(attrs.evolve(o, indicator=JOBS) for o in written)
        assert expected == read_observations(text, indicators=[JOBS], sources=[BPS])

    def test_canonical_form(self) -> None:
        """Plain decimals, a year as 2019, other periods as ISO ranges; the columns in order."""
        text = write_observations(
            [
                Observation(Period.year(2019), "27197", indicator=JOBS, source=BPS),
                Observation(Period.months(2022, 1, 6), "8.81", indicator=RATE, note="BPS, Agustus"),
            ]
        )
        assert (
            "indicator,period,value,resolution,rounding,source,note\r\n"
            "jobs,2019,27197,,nearest,bps,\r\n"
            'tpt,2022-01-01..2022-06-30,8.81,,nearest,,"BPS, Agustus"\r\n'
        ) == text
        assert "indicator,period,value,resolution,rounding,source,note" == ",".join(COLUMNS)

    def test_no_figure_is_mistaken_for_thousands(self) -> None:
        """2.500 is written so that no reader can take it for 2500, and read back exactly."""
        assert "2.500E+0" == plain_amount(Decimal("2.500"))
        (back,) = read_observations(
            write_observations([Observation(Period.year(2019), Decimal("2.500"))]),
            indicators=[JOBS],
        )
        assert Decimal("2.500").as_tuple() == back.value.as_tuple()

    def test_one_day(self) -> None:
        """A one-day period is written and read as its date."""
        (row,) = read_observations("period,value\n2022-07-22,1\n", indicators=[JOBS])
        assert Period(dt.date(2022, 7, 22), dt.date(2022, 7, 22)) == row.period

    def test_from_a_file(self, tmp_path: Path) -> None:
        """A path is read as a file, and errors name it."""
        path = tmp_path / "realisasi.csv"
        path.write_text("period,value\n2019,x\n", encoding="utf-8")
        with pytest.raises(DataFileError) as caught:
            read_observations(path, indicators=[JOBS])
        assert str(path) == caught.value.file


class TestIndonesianSpreadsheet:
    def test_exported_table(self) -> None:
        """Semicolons, a byte-order mark, Indonesian headers, figures, periods and dashes."""
        text = (
            "\ufeffIndikator;Periode;Nilai;Resolusi;Sumber;Keterangan\n"
            "jobs;2019;27.197;;bps;\n"
            "jobs;2020;56.000;1.000;bps;dibulatkan\n"
            "tpt;Januari–Juni 2022;8,81;-;;\n"
            "tpt;2023;-;;;belum dirilis\n"
        )
        assert (
            Observation(Period.year(2019), 27197, source=BPS, indicator=JOBS),
            Observation(
                Period.year(2020),
                56000,
                resolution=1000,
                source=BPS,
                note="dibulatkan",
                indicator=JOBS,
            ),
            Observation(Period.months(2022, 1, 6), Decimal("8.81"), indicator=RATE),
        ) == read_observations(text, indicators=[JOBS, RATE], sources=[BPS], locale="id")

    def test_year_column_and_one_indicator(self) -> None:
        """With one indicator the column may be left out; a 'tahun' column gives years."""
        rows = read_observations("tahun,nilai\n2019,27197\n", indicators=[JOBS])
        assert (Observation(Period.year(2019), 27197, indicator=JOBS),) == rows

    def test_indicator_by_name(self) -> None:
        """A row may name its indicator by name as well as by id."""
        (row,) = read_observations(
            "indicator,year,value\nTenaga kerja terserap,2019,1\n", indicators=[JOBS, RATE]
        )
        assert JOBS == row.indicator

    def test_english_locale(self) -> None:
        """With locale='en', 150,000 is a hundred and fifty thousand."""
        (row,) = read_observations(
            'indicator,year,value\njobs,2019,"150,000"\n', indicators=[JOBS], locale="en"
        )
        assert Decimal(150000) == row.value


class TestErrors:
    def test_wrong_locale(self) -> None:
        """Indonesian figures in a plain-notation read say to pass locale='id'."""
        (problem,) = problems_of("indicator,year,value\njobs,2019,150.000\n")
        assert (
            "line 2, column 'value'",
            "'150.000' is ambiguous: in plain notation it is 150, in Indonesian notation "
            "150000; write '150000' if you mean 150000 (or pass locale='id' to "
            "read_observations), or '150' if you mean 150",
        ) == problem

    def test_every_problem_with_line_and_column(self) -> None:
        """Problems of several rows come together, each at its line and column."""
        text = "indicator;year;value;source\njobs;2019;8,81;x\njob;20199;1;\n"
        assert [
            "line 2, column 'value'",
            "line 2, column 'source'",
            "line 3, column 'indicator'",
            "line 3, column 'year'",
        ] == [location for location, _ in problems_of(text)]

    def test_unknown_reference(self) -> None:
        """An unknown indicator is named with the close one."""
        (problem,) = problems_of("indicator,year,value\njob,2019,1\n")
        assert (
            "line 2, column 'indicator'",
            "found 'job', which is not the id of an indicator given; did you mean 'jobs'? "
            "(given: 'jobs', 'tpt')",
        ) == problem

    def test_unknown_column(self) -> None:
        """A column the format does not know is named with the close one."""
        ((location, message),) = problems_of("indicator,year,valeu,value\njobs,2019,1,1\n")
        assert "line 1, column 3" == location
        assert message.startswith("unknown column 'valeu'; did you mean 'value'?")

    def test_missing_columns(self) -> None:
        """A table without value or period columns says what the header needs."""
        assert ["line 1", "line 1"] == [
            location for location, _ in problems_of("indicator,note\njobs,x\n")
        ]

    def test_domain_rule(self) -> None:
        """A resolution that is not positive is reported at its column."""
        (problem,) = problems_of("indicator,year,value,resolution\njobs,2019,1,0\n")
        assert (
            "line 2, column 'resolution'",
            "found 0; expected a positive rounding step such as 1000",
        ) == problem

    def test_bad_csv(self) -> None:
        """Broken quoting is a DataFileError with its line."""
        ((location, message),) = problems_of('indicator,year,value\njobs,2019,"1\n')
        assert location.startswith("line ")
        assert message.startswith("not valid CSV")

    def test_unknown_locale(self) -> None:
        """Only C, id and en are locales."""
        with pytest.raises(InvalidValueError, match="'C', 'id' or 'en'"):
            read_observations("a\n", indicators=[JOBS], locale="fr")

    def test_both_period_and_year(self) -> None:
        """A row gives a period or a year, not both."""
        (problem,) = problems_of("indicator,period,year,value\njobs,2019,2019,1\n")
        assert (
            "line 2, column 'period'",
            "expected either a period or a year, not both",
        ) == problem

    def test_split_figure(self) -> None:
        """An unquoted '141,624' in a comma-separated table makes an extra cell, which is refused."""
        problems = problems_of("tahun,nilai\n2019,141,624\n", indicators=[JOBS])
        assert [("line 2", problems[0][1])] == problems
        assert "3 cells but the header names 2 columns" in problems[0][1]

    def test_year_in_ascii_digits(self) -> None:
        """A year written in Arabic-Indic digits is not a year of four ASCII digits."""
        ((location, message),) = problems_of("tahun,nilai\n٢٠١٩,5\n", indicators=[JOBS])
        assert "line 2, column 'year'" == location
        assert "four digits" in message

    def test_dates_in_range(self) -> None:
        """A period that ends before it starts is refused."""
        ((location, message),) = problems_of(
            "indicator,period,value\njobs,2020-01-01..2019-01-01,1\n"
        )
        assert "line 2, column 'period'" == location
        assert "ends (2019-01-01) before it starts" in message
