"""Tables of figures in a workbook's sheet: read_observations(path, sheet=...) and case files."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from pledgekit import Accumulation, DataFileError, Direction, Indicator
from pledgekit.io import load, read_observations

TPT = Indicator(
    "Tingkat pengangguran terbuka",
    "%",
    direction=Direction.DECREASE,
    accumulation=Accumulation.LAST,
    id="tpt",
)
JOBS = Indicator(
    "Tenaga kerja", "orang", direction=Direction.INCREASE, accumulation=Accumulation.SUM, id="jobs"
)


def workbook(
    path: Path,
    rows: Sequence[Sequence[Any]],
    *,
    title: str = "Realisasi",
    formats: Mapping[str, str] | None = None,
    merges: Sequence[str] = (),
) -> Path:
    """A workbook with one sheet of ``rows`` (None for an empty cell), formats and merges."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                sheet.cell(row=r, column=c, value=value)
    for cell, code in (formats or {}).items():
        sheet[cell].number_format = code
    for merged in merges:
        sheet.merge_cells(merged)
    book.save(path)
    return path


def figures(rows: Sequence[Any]) -> list[tuple[str, int, str]]:
    return [(o.indicator.id, o.period.start.year, str(o.value)) for o in rows]


def problems(error: pytest.ExceptionInfo[DataFileError]) -> list[tuple[str, str]]:
    return [(p.location, p.message) for p in error.value.problems]


class TestCells:
    def test_numbers_are_exact_and_years_are_years(self, tmp_path: Path) -> None:
        """8.81 stored as a float is 8.81; a year stored as 2019 (or 2020.0) is that year."""
        path = workbook(
            tmp_path / "r.xlsx",
            [
                ["indicator", "year", "value"],
                ["tpt", 2019, 8.81],
                ["tpt", 2020.0, 7.5],
                ["tpt", 2021, 0.1 + 0.2],
            ],
            formats={"C3": "0.00"},
        )
        rows = read_observations(path, indicators=[TPT, JOBS])
        # 7.5 shown with the format 0.00 is 7.50; 0.1 + 0.2 (0.30000000000000004) is 0.3,
        # the 15 digits Excel keeps.
        assert [("tpt", 2019, "8.81"), ("tpt", 2020, "7.50"), ("tpt", 2021, "0.3")] == figures(rows)

    def test_text_in_the_locale_and_dashes(self, tmp_path: Path) -> None:
        """Text '56.000' in locale id is 56,000; '-' and an empty value are no figure."""
        path = workbook(
            tmp_path / "r.xlsx",
            [
                ["Indikator", "Tahun", "Realisasi", "Keterangan"],
                ["jobs", 2019, 27197, None],
                ["jobs", 2020, "56.000", "dibulatkan"],
                ["jobs", 2021, "-", "belum ada data"],
                ["jobs", 2022, None, None],
                ["tpt", "2021", "7,92", None],
            ],
        )
        rows = read_observations(path, indicators=[TPT, JOBS], locale="id")
        assert [("jobs", 2019, "27197"), ("jobs", 2020, "56000"), ("tpt", 2021, "7.92")] == (
            figures(rows)
        )
        assert "dibulatkan" == rows[1].note

    def test_text_in_plain_notation_is_refused_at_its_cell(self, tmp_path: Path) -> None:
        """'56.000' read in plain notation is ambiguous: the problem names its cell, C3."""
        path = workbook(
            tmp_path / "r.xlsx",
            [["indicator", "year", "value"], ["jobs", 2019, 27197], ["jobs", 2020, "56.000"]],
        )
        with pytest.raises(DataFileError) as caught:
            read_observations(path, indicators=[JOBS])
        ((location, message),) = problems(caught)
        assert "sheet 'Realisasi', cell C3" == location
        assert "'56.000' is ambiguous" in message

    def test_percent_format(self, tmp_path: Path) -> None:
        """0.0735 shown '0.00%' is 7.35 for a '%' indicator, and a problem for one in orang."""
        path = workbook(
            tmp_path / "r.xlsx",
            [["indicator", "year", "value"], ["tpt", 2022, 0.0735], ["jobs", 2022, 0.5]],
            formats={"B2": "0", "C2": "0.00%", "C3": "0%"},
        )
        with pytest.raises(DataFileError) as caught:
            read_observations(path, indicators=[TPT, JOBS])
        ((location, message),) = problems(caught)
        assert "sheet 'Realisasi', cell C3" == location
        assert "formatted as a percentage" in message
        only_tpt = workbook(
            tmp_path / "p.xlsx",
            [["indicator", "year", "value"], ["tpt", 2022, 0.0735]],
            formats={"C2": "0.00%"},
        )
        # 0.0735 × 100 = 7.35.
        assert [("tpt", 2022, "7.35")] == figures(read_observations(only_tpt, indicators=[TPT]))

    def test_bad_cells_are_located_by_cell(self, tmp_path: Path) -> None:
        """A boolean, a date for a year, an Excel error: each named at its cell, once."""
        path = workbook(
            tmp_path / "r.xlsx",
            [
                ["indicator", "year", "value"],
                ["jobs", 2019, True],
                ["jobs", dt.date(2020, 1, 1), 5],
                ["jobs", 2021, "#DIV/0!"],
            ],
        )
        with pytest.raises(DataFileError) as caught:
            read_observations(path, indicators=[JOBS])
        assert [
            (
                "sheet 'Realisasi', cell C2",
                "found the boolean TRUE; expected a figure, or '-' or an empty cell for none",
            ),
            (
                "sheet 'Realisasi', cell B3",
                "found the date 2020-01-01; expected a year such as 2019 (the cell is "
                "formatted as a date)",
            ),
            (
                "sheet 'Realisasi', cell C4",
                "found the Excel error #DIV/0!; expected a figure, or '-' or an empty cell for "
                "none",
            ),
        ] == problems(caught)

    def test_unknown_indicator_at_its_cell(self, tmp_path: Path) -> None:
        """A row naming an indicator not given: the problem is at the indicator's cell."""
        path = workbook(
            tmp_path / "r.xlsx", [["indicator", "year", "value"], [None], ["job", 2019, 1]]
        )
        with pytest.raises(DataFileError) as caught:
            read_observations(path, indicators=[JOBS, TPT])
        ((location, message),) = problems(caught)
        assert "sheet 'Realisasi', cell A3" == location
        assert "did you mean 'jobs'?" in message


class TestSheet:
    def test_title_above_the_header_and_merged_indicator(self, tmp_path: Path) -> None:
        """A title merged across is passed over; an indicator merged down names each row."""
        path = workbook(
            tmp_path / "r.xlsx",
            [
                ["Realisasi Kota Contoh 2019-2021"],
                [],
                ["Indikator", "Tahun", "Nilai"],
                ["jobs", 2019, 27197],
                [None, 2020, 56000],
            ],
            merges=["A1:C1", "A4:A5"],
        )
        rows = read_observations(path, indicators=[JOBS, TPT])
        assert [("jobs", 2019, "27197"), ("jobs", 2020, "56000")] == figures(rows)

    def test_the_sheet_named_and_the_first_by_default(self, tmp_path: Path) -> None:
        """sheet= picks the sheet; without it the first is read; a missing one lists them."""
        openpyxl = pytest.importorskip("openpyxl")
        book = openpyxl.Workbook()
        book.active.title = "Catatan"
        book.active.append(["year", "value"])
        book.active.append([2019, 1])
        other = book.create_sheet("Realisasi")
        other.append(["year", "value"])
        other.append([2019, 2])
        path = tmp_path / "r.xlsx"
        book.save(path)
        assert [("jobs", 2019, "2")] == figures(
            read_observations(path, indicators=[JOBS], sheet="Realisasi")
        )
        assert [("jobs", 2019, "1")] == figures(read_observations(path, indicators=[JOBS]))
        with pytest.raises(DataFileError, match=r"no sheet 'Data'.*'Catatan', 'Realisasi'"):
            read_observations(path, indicators=[JOBS], sheet="Data")

    def test_header_problems_at_their_cells(self, tmp_path: Path) -> None:
        """An unknown header is named at its cell, a missing column at the header's row."""
        path = workbook(tmp_path / "r.xlsx", [["indicator", "Thn", "value"], ["jobs", 2019, 1]])
        with pytest.raises(DataFileError) as caught:
            read_observations(path, indicators=[JOBS, TPT])
        locations = [location for location, _ in problems(caught)]
        assert ["sheet 'Realisasi', cell B1", "sheet 'Realisasi', row 1"] == locations

    def test_a_column_per_year_points_to_plan_tables(self, tmp_path: Path) -> None:
        """A header of years is a wide table: the problem says read_plan_table reads those."""
        path = workbook(tmp_path / "r.xlsx", [["indicator", 2019, 2020], ["jobs", 27197, 56000]])
        with pytest.raises(DataFileError) as caught:
            read_observations(path, indicators=[JOBS])
        assert any(
            message.endswith(
                "the header names years (2019, 2020): a table with a column per year is a "
                "plan table, read by read_plan_table; here each row is one figure"
            )
            for _, message in problems(caught)
        )

    def test_a_cell_outside_the_header(self, tmp_path: Path) -> None:
        """A figure in a column with no header is a problem, not dropped."""
        path = workbook(
            tmp_path / "r.xlsx", [["year", "value"], [2019, 1, None, "141.624"], [2020, 2]]
        )
        with pytest.raises(DataFileError) as caught:
            read_observations(path, indicators=[JOBS])
        ((location, message),) = problems(caught)
        assert "sheet 'Realisasi', cell D2" == location
        assert "column D, which has no header" in message

    def test_columns_mapping(self, tmp_path: Path) -> None:
        """columns= maps a sheet's headers as it maps a CSV file's."""
        path = workbook(tmp_path / "r.xlsx", [["Thn", "Capaian"], [2020, 56000]])
        rows = read_observations(
            path, indicators=[JOBS], columns={"year": "Thn", "value": "Capaian"}
        )
        assert [("jobs", 2020, "56000")] == figures(rows)

    def test_workbook_by_its_bytes_and_sheet_for_a_csv(self, tmp_path: Path) -> None:
        """A workbook named .csv is read as one; sheet= for a CSV file is refused."""
        path = workbook(tmp_path / "r.csv", [["year", "value"], [2019, 1]])
        assert [("jobs", 2019, "1")] == figures(read_observations(path, indicators=[JOBS]))
        csv = tmp_path / "plain.csv"
        csv.write_text("year,value\n2019,1\n", encoding="utf-8")
        with pytest.raises(DataFileError, match="a CSV table, which has no sheets"):
            read_observations(csv, indicators=[JOBS], sheet="Realisasi")


class TestCaseFile:
    CASE = """pledgekit_case = 2
title = "Tenaga kerja"
[[indicators]]
id = "jobs"
name = "Tenaga kerja"
unit = "orang"
direction = "increase"
accumulation = "sum"
[[targets]]
id = "jobs"
indicator = "jobs"
value = "150000"
period = "2019..2022"
[[observation_tables]]
path = "data/realisasi.xlsx"
sheet = "Realisasi"
locale = "id"
columns = { indicator = "Indikator", year = "Thn", value = "Capaian" }
"""

    def test_a_case_file_naming_a_sheet(self, tmp_path: Path) -> None:
        """The sheet's figures are the case's: numbers exact, text in the entry's locale."""
        (tmp_path / "data").mkdir()
        workbook(
            tmp_path / "data" / "realisasi.xlsx",
            [
                ["Indikator", "Thn", "Capaian"],
                ["jobs", 2019, 27197],
                ["jobs", 2020, "56.000"],
                ["jobs", 2021, 58000.0],
                ["jobs", 2022, "-"],
            ],
        )
        (tmp_path / "case.toml").write_text(self.CASE, encoding="utf-8")
        case = load(tmp_path / "case.toml")
        assert [("jobs", 2019, "27197"), ("jobs", 2020, "56000"), ("jobs", 2021, "58000")] == (
            figures(case.observations)
        )
        # 27,197 + 56,000 + 58,000 = 141,197 of 150,000.
        assert Decimal(141197) == case.assess().for_target("jobs").progress.achieved

    def test_a_bad_cell_names_the_table_and_the_cell(self, tmp_path: Path) -> None:
        """A problem in the sheet: at the entry's path, with the table's name and the cell."""
        (tmp_path / "data").mkdir()
        workbook(
            tmp_path / "data" / "realisasi.xlsx",
            [["Indikator", "Thn", "Capaian"], ["jobs", 2019, False]],
        )
        (tmp_path / "case.toml").write_text(self.CASE, encoding="utf-8")
        with pytest.raises(DataFileError) as caught:
            load(tmp_path / "case.toml")
        ((location, message),) = problems(caught)
        assert location.endswith("observation_tables[0].path")
        assert message.startswith(
            "data/realisasi.xlsx: sheet 'Realisasi', cell C2: found the boolean FALSE"
        )

    def test_a_missing_sheet(self, tmp_path: Path) -> None:
        """A sheet the workbook does not have is named, with the sheets it has."""
        (tmp_path / "data").mkdir()
        workbook(tmp_path / "data" / "realisasi.xlsx", [["Thn", "Capaian"]], title="Data")
        (tmp_path / "case.toml").write_text(self.CASE, encoding="utf-8")
        with pytest.raises(
            DataFileError, match=r"data/realisasi\.xlsx: file: no sheet 'Realisasi'"
        ):
            load(tmp_path / "case.toml")
