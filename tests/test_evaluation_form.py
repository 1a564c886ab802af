"""The Permendagri 86 evaluation form: its table of cells, its formats, and its numbers."""

from __future__ import annotations

import io
import re
import sys
import zipfile
from decimal import Decimal
from typing import Any

import openpyxl
import pytest

from pledgekit import InvalidValueError
from pledgekit.io import MissingExtraError
from pledgekit.io._cells import (
    Cell,
    CellTable,
    Column,
    csv_text,
    exact_in_excel,
    header_rows,
    markdown_text,
    write_xlsx,
)

# -- Helpers ---------------------------------------------------------------------------


def sheet_xml(workbook: bytes) -> str:
    """The XML of the workbook's one worksheet, as Excel and every reader sees it."""
    with zipfile.ZipFile(io.BytesIO(workbook)) as archive:
        return archive.read("xl/worksheets/sheet1.xml").decode("utf-8")


def xml_value(workbook: bytes, coordinate: str) -> str:
    """The text of a cell's ``<v>`` element in the sheet's XML."""
    found = re.search(rf'<c r="{coordinate}"[^>]*><v>([^<]*)</v>', sheet_xml(workbook))
    assert found is not None, f"no numeric cell {coordinate}"
    return found.group(1)


def xlsx_bytes(table: CellTable, lang: str = "id") -> bytes:
    stream = io.BytesIO()
    write_xlsx(table, stream, lang=lang, inexact_note="written as text")
    return stream.getvalue()


def small_table(*rows: tuple[Cell, ...]) -> CellTable:
    """A title, a No column over both header rows, and a K and Rp pair under "Target"."""
    return CellTable(
        sheet="Evaluasi",
        title=("EVALUASI TERHADAP HASIL RPJMD", "Kabupaten Contoh"),
        columns=(
            Column(group="No"),
            Column(group="Target", sub="K"),
            Column(group="Target", sub="Rp"),
        ),
        rows=rows,
    )


def read_back(workbook: bytes) -> Any:
    return openpyxl.load_workbook(io.BytesIO(workbook)).active


# -- The table of cells ----------------------------------------------------------------


class TestCells:
    def test_a_cell_holds_a_text_or_a_number(self) -> None:
        """A cell with both a text and a number is refused, saying so."""
        with pytest.raises(InvalidValueError, match="a text or a number, not both"):
            Cell(text="1", number=Decimal(1))

    def test_a_row_has_one_cell_per_column(self) -> None:
        """A row of two cells under three columns is refused, naming the row."""
        with pytest.raises(InvalidValueError, match=r"rows\[0\].*3 cells, one per column"):
            small_table((Cell(text="1"), Cell()))

    def test_places_shown_are_the_numbers_own_unless_set(self) -> None:
        """8.10 is shown with 2 places, 1E+3 with none, and a set number of places wins."""
        assert 2 == Cell(number=Decimal("8.10")).shown_places
        assert 0 == Cell(number=Decimal("1E+3")).shown_places
        assert 1 == Cell(number=Decimal("90.656"), places=1).shown_places

    def test_header_rows_put_a_group_over_its_first_column(self) -> None:
        """As a spreadsheet exports a merged header: the label in the merge's first cell."""
        columns = small_table().columns
        assert (("No", "Target", ""), ("", "K", "Rp")) == header_rows(columns)

    def test_a_header_without_sub_labels_is_one_row(self) -> None:
        """Columns without sub-labels make a header of one row."""
        assert (("No", "Sasaran"),) == header_rows([Column(group="No"), Column(group="Sasaran")])


class TestExactInExcel:
    @pytest.mark.parametrize(
        ("number", "exact"),
        [
            ("97.54", True),
            ("8.81", True),
            ("27197", True),
            # 2**53 + 1 is the first whole number no double holds.
            ("9007199254740993", False),
            ("9007199254740992", True),
            ("1234567890.123456789", False),
        ],
    )
    def test_decimals_a_double_reads_back(self, number: str, exact: bool) -> None:
        """Up to 15 significant digits always read back; 2**53 + 1 and 19 digits do not."""
        assert exact == exact_in_excel(Decimal(number))


class TestWorkbook:
    def test_numeric_cells_hold_the_decimal_text(self) -> None:
        """The XML holds 97.54, 8.10 and 1000, not openpyxl's 97.54000000000001."""
        table = small_table(
            (Cell(text="1"), Cell(number=Decimal("97.54")), Cell(number=Decimal("8.10"))),
            (Cell(text="2"), Cell(number=Decimal("1E+3")), Cell()),
        )
        workbook = xlsx_bytes(table)
        # Title (2 rows), a blank row, the header (rows 4 and 5), the rows from 6.
        assert ["97.54", "8.10", "1000"] == [xml_value(workbook, c) for c in ("B6", "C6", "B7")]
        sheet = read_back(workbook)
        assert (97.54, "#,##0.00") == (sheet["B6"].value, sheet["B6"].number_format)
        assert (8.1, "#,##0.00") == (sheet["C6"].value, sheet["C6"].number_format)
        assert (1000, "#,##0") == (sheet["B7"].value, sheet["B7"].number_format)

    def test_a_number_no_double_holds_is_text_with_a_note(self) -> None:
        """19 significant digits are written as Indonesian text, exactly, with a note why."""
        table = small_table((Cell(text="1"), Cell(number=Decimal("1234567890.123456789")), Cell()))
        sheet = read_back(xlsx_bytes(table))
        assert "1.234.567.890,123456789" == sheet["B6"].value
        assert "written as text" == sheet["B6"].comment.text

    def test_the_header_is_merged_as_the_form_prints_it(self) -> None:
        """The title spans the table, "No" both header rows, "Target" its K and Rp."""
        sheet = read_back(xlsx_bytes(small_table((Cell(text="1"), Cell(), Cell()))))
        assert {"A1:C1", "A2:C2", "A4:A5", "B4:C4"} == {str(r) for r in sheet.merged_cells.ranges}
        assert ["No", "Target", None] == [c.value for c in sheet[4]]
        assert [None, "K", "Rp"] == [c.value for c in sheet[5]]
        assert "A6" == sheet.freeze_panes

    def test_a_spanning_cell_is_merged(self) -> None:
        """A footer label spanning two columns is merged over them, its words in the first."""
        table = small_table((Cell(text="Rata-rata", span=2, bold=True), Cell(), Cell()))
        sheet = read_back(xlsx_bytes(table))
        assert "A6:B6" in {str(r) for r in sheet.merged_cells.ranges}
        assert ("Rata-rata", True) == (sheet["A6"].value, sheet["A6"].font.b)

    def test_without_openpyxl_the_extra_is_named(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without openpyxl the error names the package and the extra that installs it."""
        monkeypatch.setitem(sys.modules, "openpyxl", None)
        with pytest.raises(MissingExtraError, match=r"openpyxl.*pledgekit\[excel\]"):
            xlsx_bytes(small_table())


class TestCsvAndMarkdown:
    def test_csv_has_the_title_a_row_per_header_level_and_plain_numbers(self) -> None:
        """Title lines, a blank line, two header rows, then 97.54 and 8.10 in plain notation."""
        table = small_table(
            (Cell(text="1"), Cell(number=Decimal("97.54")), Cell(number=Decimal("8.10")))
        )
        expected = (
            "EVALUASI TERHADAP HASIL RPJMD\r\nKabupaten Contoh\r\n\r\n"
            "No,Target,\r\n,K,Rp\r\n1,97.54,8.10\r\n"
        )
        assert expected == csv_text(table)

    def test_a_number_of_many_digits_stays_exact_in_csv(self) -> None:
        """CSV is text: 19 significant digits are written as they are."""
        table = small_table((Cell(text="1"), Cell(number=Decimal("1234567890.123456789")), Cell()))
        assert "1,1234567890.123456789,\r\n" == csv_text(table).splitlines(keepends=True)[-1]

    def test_markdown_is_a_github_table_in_the_languages_notation(self) -> None:
        """One header row (group and own label on two lines), numbers as Indonesian writes them."""
        table = small_table(
            (Cell(text="1 | 2"), Cell(number=Decimal("90.656"), places=2), Cell()),
        )
        lines = markdown_text(table, "id").splitlines()
        assert [
            "# EVALUASI TERHADAP HASIL RPJMD",
            "",
            "Kabupaten Contoh",
            "",
            "| No | Target<br>K | Target<br>Rp |",
            "| --- | ---: | --- |",
            "| 1 \\| 2 | 90,66 |  |",
        ] == lines

    def test_markdown_in_english_notation(self) -> None:
        """In English the same figure is 1,234.50."""
        table = small_table((Cell(text="1"), Cell(number=Decimal("1234.50")), Cell()))
        assert "| 1 | 1,234.50 |  |" == markdown_text(table, "en").splitlines()[-1]
