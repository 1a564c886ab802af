"""Plan tables, cell by cell: Excel numbers and formats, Indonesian text, empty and bad cells."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pledgekit.io._cells import (
    CellError,
    NumberFormat,
    excel_decimal,
    number_format,
    read_amount,
    read_text,
)
from pledgekit.io._grid import Cell, CellKind, column_letter, read_grid


def number(value: int | float, fmt: str = "General") -> Cell:
    return Cell(CellKind.NUMBER, value, 5, 3, fmt)


def text(value: str) -> Cell:
    return Cell(CellKind.TEXT, value, 5, 3)


class TestExcelDecimal:
    def test_shortest_repr(self) -> None:
        """8.81 is read as 8.81, not as the float's 53-bit binary expansion."""
        assert Decimal("8.81") == excel_decimal(8.81)
        assert "8.81" == str(excel_decimal(8.81))

    def test_noise_beyond_fifteen_digits(self) -> None:
        """0.1 + 0.2 (0.30000000000000004 in binary) is 0.3, as Excel shows it."""
        assert "0.3" == str(excel_decimal(0.1 + 0.2))

    def test_ints_stay_ints(self) -> None:
        """An integer cell is read as the integer."""
        assert "150000" == str(excel_decimal(150000))

    def test_integral_float(self) -> None:
        """A float such as 1412.0 is 1412, with no decimals invented."""
        assert "1412" == str(excel_decimal(1412.0))

    def test_large_float_has_no_exponent(self) -> None:
        """1e16 is written out: 10000000000000000."""
        assert "10000000000000000" == str(excel_decimal(1e16))

    def test_not_finite(self) -> None:
        """NaN is refused."""
        with pytest.raises(CellError):
            excel_decimal(float("nan"))

    @given(st.decimals(min_value=-(10**9), max_value=10**9, places=4, allow_nan=False))
    def test_any_decimal_of_few_digits_reads_back(self, value: Decimal) -> None:
        """A decimal of at most 15 digits that became a float reads back as itself."""
        assert value == excel_decimal(float(value))


class TestNumberFormat:
    @pytest.mark.parametrize(
        ("code", "expected"),
        [
            ("General", NumberFormat(None)),
            ("0", NumberFormat(0)),
            ("0.00", NumberFormat(2)),
            ("#,##0.000", NumberFormat(3)),
            ("0.00%", NumberFormat(2, percent=True)),
            ("0%", NumberFormat(0, percent=True)),
            ('"Rp"#,##0.00;[Red]-"Rp"#,##0.00', NumberFormat(2)),
            ("0.00E+00", NumberFormat(None)),
            ("@", NumberFormat(None)),
            ('0.0" %"', NumberFormat(1)),
        ],
    )
    def test_places_and_percent(self, code: str, expected: NumberFormat) -> None:
        """The places shown and the percent sign, from the first section, quotes ignored."""
        assert expected == number_format(code)


class TestNumbers:
    def test_format_adds_places(self) -> None:
        """7.5 shown as 0.00 is 7.50."""
        assert (Decimal("7.50"), None) == read_amount(number(7.5, "0.00"), unit="%", locale="id")
        assert "7.50" == str(read_amount(number(7.5, "0.00"), unit="%", locale="id")[0])  # type: ignore[index]

    def test_format_never_removes_digits(self) -> None:
        """8.8125 shown as 0.00 keeps its four places: the sheet rounds only its display."""
        assert "8.8125" == str(read_amount(number(8.8125, "0.00"), unit="%", locale="id")[0])  # type: ignore[index]

    def test_int_with_places(self) -> None:
        """The integer 5 shown as 0.0 is 5.0."""
        assert "5.0" == str(read_amount(number(5, "0.0"), unit="%", locale="id")[0])  # type: ignore[index]

    def test_noise_then_places(self) -> None:
        """0.1 + 0.2 shown as 0.00 is 0.30."""
        assert "0.30" == str(read_amount(number(0.1 + 0.2, "0.00"), unit="%", locale="id")[0])  # type: ignore[index]

    def test_percent_format(self) -> None:
        """0.0735 shown as 0.00% is 7.35 for a percentage indicator (0.0735 × 100)."""
        assert "7.35" == str(read_amount(number(0.0735, "0.00%"), unit="%", locale="id")[0])  # type: ignore[index]

    def test_percent_format_places(self) -> None:
        """0.5 shown as 0.0% is 50.0."""
        assert "50.0" == str(read_amount(number(0.5, "0.0%"), unit="persen", locale="id")[0])  # type: ignore[index]

    def test_percent_format_for_another_unit(self) -> None:
        """A percent-formatted cell of an indicator counted in people is refused."""
        with pytest.raises(CellError, match="percentage"):
            read_amount(number(0.5, "0%"), unit="orang", locale="id")


class TestText:
    @pytest.mark.parametrize(
        ("written", "expected"),
        [("7,35", "7.35"), ("1.412", "1412"), ("150.000", "150000"), ("8,81 %", "8.81")],
    )
    def test_indonesian_figures(self, written: str, expected: str) -> None:
        """Text cells are read in Indonesian notation."""
        assert expected == str(read_amount(text(written), unit="%", locale="id")[0])  # type: ignore[index]

    def test_rupiah_with_scale(self) -> None:
        """'Rp1,8 miliar' in an Rp column is 1,800,000,000, to the hundred million."""
        assert (Decimal("1800000000"), Decimal("100000000")) == read_amount(
            text("Rp1,8 miliar"), unit="Rp", locale="id", budget=True
        )

    @pytest.mark.parametrize("written", ["", " ", "-", "–", "—"])
    def test_no_figure(self, written: str) -> None:
        """Empty cells and dashes hold no figure."""
        assert None is read_amount(text(written), unit="%", locale="id")

    def test_ambiguous(self) -> None:
        """'111,727' is refused, with the reason pledgekit.text gives."""
        with pytest.raises(CellError, match="ambiguous"):
            read_amount(text("111,727"), unit="orang", locale="id")

    def test_money_in_a_kinerja_column(self) -> None:
        """An amount of money where the unit is people is refused."""
        with pytest.raises(CellError, match="not an amount of money"):
            read_amount(text("Rp5.000"), unit="orang", locale="id")

    def test_english_locale(self) -> None:
        """With locale 'en', '1,412.5' is 1412.5."""
        assert "1412.5" == str(read_amount(text("1,412.5"), unit="ha", locale="en")[0])  # type: ignore[index]


class TestBadCells:
    @pytest.mark.parametrize(
        ("cell", "words"),
        [
            (Cell(CellKind.BOOLEAN, True, 5, 3), "boolean TRUE"),
            (Cell(CellKind.DATE, dt.datetime(2022, 1, 1), 5, 3), "date"),
            (Cell(CellKind.ERROR, "#DIV/0!", 5, 3), "Excel error #DIV/0!"),
            (Cell(CellKind.UNCALCULATED, "=B5/C5", 5, 3), "no calculated value"),
        ],
    )
    def test_not_a_figure(self, cell: Cell, words: str) -> None:
        """Booleans, dates, errors and uncalculated formulas are errors that say what was found."""
        with pytest.raises(CellError, match=words):
            read_amount(cell, unit="%", locale="id")

    def test_text_of_a_number(self) -> None:
        """A number in a text column (a No) is its shortest decimal."""
        assert "1" == read_text(number(1))
        assert "1.1" == read_text(number(1.1))


class TestGrid:
    def test_column_letters(self) -> None:
        """Columns are lettered as Excel letters them: Z is 26, AA 27."""
        assert ("Z", "AA", "AZ") == (column_letter(26), column_letter(27), column_letter(52))

    def test_csv_locations(self, tmp_path: Path) -> None:
        """A CSV grid locates a cell by line and column letter."""
        path = tmp_path / "t.csv"
        path.write_text("a;b\nc;d\n", encoding="utf-8")
        grid = read_grid(path)
        assert "line 2, column B" == grid.where(2, 2)
        assert ";" not in str(grid.cell(1, 2).value)

    def test_workbook_merged_and_uncalculated(self, tmp_path: Path) -> None:
        """A merged range gives its top-left value to every cell; a formula never calculated is marked."""
        openpyxl = pytest.importorskip("openpyxl")
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.title = "RPJMD"
        sheet["B1"] = "Target"
        sheet.merge_cells("B1:D1")
        sheet["A2"] = "=B2*2"
        sheet["B2"] = 8.81
        book.save(tmp_path / "t.xlsx")
        grid = read_grid(tmp_path / "t.xlsx")
        merged = grid.cell(1, 4)
        assert ("Target", 1, 2) == (merged.value, merged.row, merged.column)
        assert "sheet 'RPJMD', cell B1" == grid.at(merged)
        assert CellKind.UNCALCULATED is grid.cell(2, 1).kind
        assert 8.81 == grid.cell(2, 2).value


class TestOpenpyxlRoundTrip:
    @given(st.decimals(min_value=-(10**6), max_value=10**6, places=3, allow_nan=False))
    def test_float_written_by_openpyxl(self, value: Decimal) -> None:
        """A float openpyxl writes (16 significant digits) reads back as the shortest decimal."""
        openpyxl = pytest.importorskip("openpyxl")
        import io

        book = openpyxl.Workbook()
        book.active["A1"] = float(value)
        stream = io.BytesIO()
        book.save(stream)
        stream.seek(0)
        read = openpyxl.load_workbook(stream, data_only=True).active["A1"].value
        assert value == excel_decimal(read)
