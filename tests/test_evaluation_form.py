"""The Permendagri 86 evaluation form: its table of cells, its formats, and its numbers."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import sys
import zipfile
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from pledgekit import (
    Accumulation,
    Assessment,
    Case,
    Direction,
    Goal,
    Indicator,
    InvalidValueError,
    Mission,
    Objective,
    Observation,
    Period,
    Plan,
    Program,
    Target,
    round_fraction,
    text,
)
from pledgekit._amounts import exact_text
from pledgekit.io import MissingExtraError, read_plan_table, write_evaluation
from pledgekit.io._evaluation_form import evaluation_form, shown_mean
from pledgekit.io._form_cells import (
    Cell,
    CellTable,
    Column,
    csv_text,
    exact_in_excel,
    header_rows,
    markdown_text,
    write_xlsx,
)
from pledgekit.methods.permendagri86 import BandPolicy, Predikat, RollUp

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
        """Each column carries its group's label: a CSV file has no merged cells to say it."""
        columns = small_table().columns
        assert (("No", "Target", "Target"), ("", "K", "Rp")) == header_rows(columns)

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
            "No,Target,Target\r\n,K,Rp\r\n1,97.54,8.10\r\n"
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


# -- The form of a plan ----------------------------------------------------------------
#
# Kabupaten Contoh, 2019–2021 (three plan years), as of 31 December 2021:
#
# Misi 1 > Tujuan "Ekonomi daerah tumbuh" > Sasaran "Meningkatnya penyerapan tenaga kerja"
#   1 Tenaga kerja terserap (orang, kumulatif; program 2.07.04), with its anggaran (Rp):
#     targets 30000, 30000, 40000 (Rp 1.0, 1.2, 1.3 billion); realisasi 27197, 31500 and
#     none in 2021 (Rp 0.95 and 1.1 billion, none in 2021): the missing year.
#   2 Tingkat pengangguran terbuka (%, a negative indicator; program 2.07.03): targets 8.5,
#     8.0, 7.5;
#     realisasi 8.31, 8.12, 7.35; kondisi awal 8.81.
# Misi 2 > Sasaran "Meningkatnya derajat pendidikan", directly under the misi
#   3 Rata-rata lama sekolah (tahun, non-kumulatif assumed): targets 8.2, 8.3, 8.4;
#     realisasi 8.25, 8.28, 8.41; kondisi awal 8.10.

AS_OF = dt.date(2021, 12, 31)
YEARS = Period.years(2019, 2021)


def _yearly(*values: str) -> dict[Period, str]:
    return {Period.year(2019 + i): v for i, v in enumerate(values)}


def contoh_case() -> Case:
    """The plan above, with its indicators, targets and figures."""
    jobs = Indicator(
        "Tenaga kerja terserap",
        "orang",
        direction=Direction.INCREASE,
        accumulation=Accumulation.SUM,
        id="tenaga-kerja-terserap",
    )
    money = Indicator(
        "Anggaran Tenaga kerja terserap",
        "Rp",
        direction=Direction.INCREASE,
        accumulation=Accumulation.SUM,
        id="tenaga-kerja-terserap-anggaran",
    )
    tpt = Indicator(
        "Tingkat pengangguran terbuka",
        "%",
        direction=Direction.DECREASE,
        accumulation=Accumulation.LAST,
        id="tingkat-pengangguran-terbuka",
    )
    rls = Indicator(
        "Rata-rata lama sekolah",
        "tahun",
        direction=Direction.INCREASE,
        accumulation=Accumulation.LAST,
        accumulation_assumed=True,
        id="rata-rata-lama-sekolah",
    )
    budget = Target(
        money,
        3500000000,
        period=YEARS,
        id="tenaga-kerja-terserap-anggaran",
        schedule=_yearly("1000000000", "1200000000", "1300000000"),
    )
    jobs_target = Target(
        jobs,
        100000,
        period=YEARS,
        id="tenaga-kerja-terserap",
        initial=25000,
        budget=budget,
        schedule=_yearly("30000", "30000", "40000"),
    )
    tpt_target = Target(
        tpt,
        "7.5",
        baseline="8.81",
        period=YEARS,
        id="tingkat-pengangguran-terbuka",
        schedule=_yearly("8.5", "8.0", "7.5"),
    )
    rls_target = Target(
        rls,
        "8.4",
        baseline="8.10",
        period=YEARS,
        id="rata-rata-lama-sekolah",
        schedule=_yearly("8.2", "8.3", "8.4"),
    )
    plan = Plan(
        "Kabupaten Contoh",
        YEARS,
        missions=[
            Mission(1, "Meningkatkan perekonomian daerah"),
            Mission(
                2,
                "Meningkatkan kualitas sumber daya manusia",
                objectives=[Objective("Meningkatnya derajat pendidikan", targets=[rls_target])],
            ),
        ],
        goals=[
            Goal(
                "Ekonomi daerah tumbuh",
                mission=1,
                objectives=[
                    Objective(
                        "Meningkatnya penyerapan tenaga kerja", targets=[jobs_target, tpt_target]
                    )
                ],
            )
        ],
        programs=[
            Program(
                1, "Penempatan Tenaga Kerja", code="2.07.04", missions=[1], targets=[jobs_target]
            ),
            Program(
                2, "Perluasan Kesempatan Kerja", code="2.07.03", missions=[1], targets=[tpt_target]
            ),
        ],
    )
    figures = [
        *(
            Observation(Period.year(y), v, indicator=jobs)
            for y, v in ((2019, 27197), (2020, 31500))
        ),
        *(
            Observation(Period.year(y), v, indicator=money)
            for y, v in ((2019, 950000000), (2020, 1100000000))
        ),
        *(
            Observation(Period.year(2019 + i), v, indicator=tpt)
            for i, v in enumerate(("8.31", "8.12", "7.35"))
        ),
        *(
            Observation(Period.year(2019 + i), v, indicator=rls)
            for i, v in enumerate(("8.25", "8.28", "8.41"))
        ),
    ]
    return Case(
        "RPJMD Kabupaten Contoh",
        plan=plan,
        indicators=[money, jobs, tpt, rls],
        targets=[budget, jobs_target, tpt_target, rls_target],
        observations=figures,
    )


def percent(rate: Fraction) -> str:
    """A rate rounded half-up to two places, as the form shows it (no band edge is near)."""
    return exact_text(round_fraction(rate, 2))


# The hand arithmetic, in percent: R / T × 100, and (2T − R) / T × 100 for the negative
# indicator (Permendagri 86's default).
JOBS = [Fraction(27197, 30000) * 100, Fraction(31500, 30000) * 100]  # 90.656…, 105
JOBS_END = Fraction(27197 + 31500, 100000) * 100  # 58697 of 100000: 58.697
BUDGET = [Fraction(950, 1000) * 100, Fraction(1100, 1200) * 100]  # 95, 91.666…
BUDGET_END = Fraction(950 + 1100, 3500) * 100  # 2.05 of 3.5 billion: 58.571…
TPT = [
    (2 * Fraction("8.5") - Fraction("8.31")) / Fraction("8.5") * 100,  # 8.69 / 8.5: 102.235…
    (2 * Fraction("8.0") - Fraction("8.12")) / Fraction("8.0") * 100,  # 7.88 / 8: 98.5
    (2 * Fraction("7.5") - Fraction("7.35")) / Fraction("7.5") * 100,  # 7.65 / 7.5: 102
]
TPT_END = TPT[2]  # a level: the 2021 figure against the final target, 7.35 against 7.5
RLS = [
    Fraction(r) / Fraction(t) * 100 for r, t in (("8.25", "8.2"), ("8.28", "8.3"), ("8.41", "8.4"))
]
RLS_END = RLS[2]  # 100.119…


@pytest.fixture(scope="module")
def assessment() -> Assessment:
    return contoh_case().assess(AS_OF)


def _plain_markdown(cell: str) -> str:
    """A Markdown cell in plain notation: an Indonesian figure ("90,66") as 90.66."""
    cell = cell.replace("\\|", "|")
    if re.fullmatch(r"-?\d{1,3}(\.\d{3})*(,\d+)?", cell):
        return exact_text(text.parse_number(cell, "id"))
    return cell


def form_grid(assessment: Assessment, fmt: str, tmp_path: Path) -> list[list[str]]:
    """The rows below the form's header, every cell as text (figures in plain notation)."""
    path = tmp_path / f"form.{fmt}"
    write_evaluation(assessment, path)
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
        return rows[7:]  # 4 title lines, a blank line, 2 header rows
    if fmt == "md":
        text_lines = path.read_text(encoding="utf-8").splitlines()
        lines = [line for line in text_lines if line.startswith("| ")]
        cells = [re.split(r"(?<!\\)\|", line)[1:-1] for line in lines[2:]]
        return [[_plain_markdown(c.strip()) for c in row] for row in cells]
    workbook = path.read_bytes()
    sheet = read_back(workbook)
    grid = []
    for row in sheet.iter_rows(min_row=8):
        grid.append(
            [
                xml_value(workbook, c.coordinate)
                if isinstance(c.value, int | float)
                else ""
                if c.value is None
                else str(c.value)
                for c in row
            ]
        )
    return grid


# The columns for three plan years: No, Sasaran, Program, Indikator, Satuan, capaian awal;
# target akhir K, Rp (6, 7); targets K, Rp per year (8–13); realisasi (14–19); tingkat
# capaian K, predikat, Rp, predikat per year (20–31); capaian akhir K, Rp (32, 33); rasio
# K, predikat, Rp, predikat (34–37); Keterangan (38).
WIDTH = 39
ST, T, R = "Sangat Tinggi", "Tinggi", "Rendah"
FORMATS = ["xlsx", "csv", "md"]

EXPECTED_ROWS = [
    [
        "1",
        "Meningkatnya penyerapan tenaga kerja",
        "2.07.04 Penempatan Tenaga Kerja",
        "Tenaga kerja terserap",
        "orang",
        "25000",
        "100000",
        "3500000000",
        "30000",
        "1000000000",
        "30000",
        "1200000000",
        "40000",
        "1300000000",
        "27197",
        "950000000",
        "31500",
        "1100000000",
        "-",
        "-",
        percent(JOBS[0]),
        T,
        percent(BUDGET[0]),
        ST,  # 90.66 Tinggi; 95.00
        percent(JOBS[1]),
        ST,
        percent(BUDGET[1]),
        ST,  # 105.00; 91.67
        "-",
        "-",
        "-",
        "-",  # 2021: no figure
        "58697",
        "2050000000",
        percent(JOBS_END),
        R,
        percent(BUDGET_END),
        R,  # 58.70; 58.57
        "indikator positif; kumulatif; tahun ke-3 (2021): tidak ada angka; "
        "Rp, tahun ke-3 (2021): tidak ada angka",
    ],
    [
        "2",
        "Meningkatnya penyerapan tenaga kerja",
        "2.07.03 Perluasan Kesempatan Kerja",
        "Tingkat pengangguran terbuka",
        "%",
        "8.81",
        "7.5",
        "",
        "8.5",
        "",
        "8.0",
        "",
        "7.5",
        "",
        "8.31",
        "",
        "8.12",
        "",
        "7.35",
        "",
        percent(TPT[0]),
        ST,
        "",
        "",  # 102.24
        percent(TPT[1]),
        ST,
        "",
        "",  # 98.50
        percent(TPT[2]),
        ST,
        "",
        "",  # 102.00
        "7.35",
        "",
        percent(TPT_END),
        ST,
        "",
        "",
        "indikator negatif; non-kumulatif",
    ],
    [
        "3",
        "Meningkatnya derajat pendidikan",
        "",
        "Rata-rata lama sekolah",
        "tahun",
        "8.10",
        "8.4",
        "",
        "8.2",
        "",
        "8.3",
        "",
        "8.4",
        "",
        "8.25",
        "",
        "8.28",
        "",
        "8.41",
        "",
        percent(RLS[0]),
        ST,
        "",
        "",  # 100.61
        percent(RLS[1]),
        ST,
        "",
        "",  # 99.76
        percent(RLS[2]),
        ST,
        "",
        "",  # 100.12
        "8.41",
        "",
        percent(RLS_END),
        ST,
        "",
        "",
        "indikator positif; non-kumulatif (diasumsikan)",
    ],
]


def indicator_rows(grid: list[list[str]]) -> list[list[str]]:
    """The rows of indicators: those numbered in the No column."""
    return [row for row in grid if row[0].isdigit()]


def footer(grid: list[list[str]], label: str) -> list[str]:
    """The footer row whose first cell starts with ``label``."""
    [row] = [row for row in grid if row[0].startswith(label)]
    return row


def means(row: list[str]) -> list[str]:
    """A footer row's K and Rp cells of each year and of the end: the means or predikat."""
    years = [cell for start in (20, 24, 28) for cell in (row[start], row[start + 2])]
    return [*years, row[34], row[36]]


class TestTheFormsNumbers:
    def test_the_figures_are_as_expected(self) -> None:
        """The hand arithmetic itself: 27197 / 30000 is 90.66 %, (2 × 8.5 − 8.31) / 8.5 is 102.24 %."""
        assert ["90.66", "105.00", "58.70"] == [percent(r) for r in (*JOBS, JOBS_END)]
        assert ["102.24", "98.50", "102.00"] == [percent(r) for r in TPT]
        assert ["100.61", "99.76", "100.12"] == [percent(r) for r in RLS]
        assert ["95.00", "91.67", "58.57"] == [percent(r) for r in (*BUDGET, BUDGET_END)]

    @pytest.mark.parametrize("fmt", FORMATS)
    def test_each_indicators_row(self, assessment: Assessment, fmt: str, tmp_path: Path) -> None:
        """Every target, realisasi, rate and predikat of each row, in each format."""
        grid = form_grid(assessment, fmt, tmp_path)
        assert [WIDTH] * len(grid) == [len(row) for row in grid]
        assert EXPECTED_ROWS == indicator_rows(grid)

    @pytest.mark.parametrize("fmt", FORMATS)
    def test_the_sasaran_means(self, assessment: Assessment, fmt: str, tmp_path: Path) -> None:
        """Sasaran 1: the unweighted mean of its two indicators a year; 2021 of the one rated."""
        grid = form_grid(assessment, fmt, tmp_path)
        label = "Rata-rata capaian kinerja — Sasaran 1.1.1: Meningkatnya penyerapan tenaga kerja"
        row = footer(grid, label)
        expected = [
            percent((JOBS[0] + TPT[0]) / 2),
            percent(BUDGET[0]),  # 96.45; 95.00
            percent((JOBS[1] + TPT[1]) / 2),
            percent(BUDGET[1]),  # 101.75; 91.67
            percent(TPT[2]),
            "-",  # 102.00, the jobs indicator has no 2021 figure
            percent((JOBS_END + TPT_END) / 2),
            percent(BUDGET_END),  # 80.35; 58.57
        ]
        assert ["96.45", "101.75", "80.35"] == [expected[0], expected[2], expected[6]]
        assert expected == means(row)
        assert (
            "tahun ke-3 (2021): tanpa tingkat capaian: no. 1; Rp, tahun ke-3 (2021): tidak ada angka"
            == row[38]
        )
        bands = footer(
            grid, "Predikat kinerja — Sasaran 1.1.1: Meningkatnya penyerapan tenaga kerja"
        )
        assert [ST, ST, ST, ST, ST, "-", T, R] == means(bands)

    @pytest.mark.parametrize("fmt", FORMATS)
    def test_the_misi_and_the_plan(self, assessment: Assessment, fmt: str, tmp_path: Path) -> None:
        """Misi 2 is its one indicator; the plan the mean of all three (two in 2021)."""
        grid = form_grid(assessment, fmt, tmp_path)
        misi = footer(grid, "Rata-rata capaian kinerja — Misi 2:")
        assert [
            percent(RLS[0]),
            "",
            percent(RLS[1]),
            "",
            percent(RLS[2]),
            "",
            percent(RLS_END),
            "",
        ] == means(misi)
        whole = footer(grid, "Rata-rata capaian kinerja — Seluruh RPJMD")
        expected = [
            percent((JOBS[0] + TPT[0] + RLS[0]) / 3),
            percent(BUDGET[0]),  # 97.83
            percent((JOBS[1] + TPT[1] + RLS[1]) / 3),
            percent(BUDGET[1]),  # 101.09
            percent((TPT[2] + RLS[2]) / 2),
            "-",  # 101.06
            percent((JOBS_END + TPT_END + RLS_END) / 3),
            percent(BUDGET_END),  # 86.94
        ]
        assert ["97.83", "101.09", "101.06", "86.94"] == expected[::2]
        assert expected == means(whole)
        bands = footer(grid, "Predikat kinerja — Seluruh RPJMD")
        assert [ST, ST, ST, ST, ST, "-", T, R] == means(bands)

    @pytest.mark.parametrize("fmt", FORMATS)
    def test_every_node_has_its_two_rows(
        self, assessment: Assessment, fmt: str, tmp_path: Path
    ) -> None:
        """Misi 1, its tujuan and sasaran, misi 2 and its sasaran, the plan: two rows each."""
        grid = form_grid(assessment, fmt, tmp_path)
        footers = grid[6:]  # three group rows and three indicator rows above
        labels = [row[0].split(" — ")[1].split(":")[0] for row in footers[::2]]
        numbered = ["Misi 1", "Tujuan 1.1", "Sasaran 1.1.1", "Misi 2", "Sasaran 2.1"]
        assert [*numbered, "Seluruh RPJMD"] == labels
        assert [
            f"{w} — {label}"
            for label in labels
            for w in ("Rata-rata capaian kinerja", "Predikat kinerja")
        ] == [row[0].split(":")[0] for row in footers]

    @pytest.mark.parametrize("fmt", FORMATS)
    def test_group_rows_name_each_misi_and_tujuan(
        self, assessment: Assessment, fmt: str, tmp_path: Path
    ) -> None:
        """The form has no Misi or Tujuan column: a row names each where it begins."""
        grid = form_grid(assessment, fmt, tmp_path)
        assert [
            "Misi 1: Meningkatkan perekonomian daerah",
            "Tujuan 1.1: Ekonomi daerah tumbuh",
            "1",
            "2",
            "Misi 2: Meningkatkan kualitas sumber daya manusia",
            "3",
        ] == [row[0] for row in grid[:6]]
        assert [[""] * (WIDTH - 1)] * 3 == [grid[i][1:] for i in (0, 1, 4)]


class TestTheFormsLayout:
    def test_the_title_block(self, assessment: Assessment) -> None:
        """The title, the region, the plan's period and the as-of date, above the header."""
        expected = (
            "EVALUASI TERHADAP HASIL RPJMD",
            "Kabupaten Contoh",
            "Periode: 2019–2021",
            "Keadaan per 31 Desember 2021",
        )
        assert expected == evaluation_form(assessment).title

    def test_the_header_in_indonesian(self, assessment: Assessment) -> None:
        """The regulation's columns in order, for three plan years."""
        top, bottom = header_rows(evaluation_form(assessment).columns)
        assert ["No", "Sasaran", "Program prioritas", "Indikator kinerja", "Satuan"] == list(
            top[:5]
        )
        assert "Capaian awal (data capaian pada awal tahun perencanaan)" == top[5]
        assert ("Target kinerja pada akhir periode RPJMD",) * 2 == top[6:8]
        assert ("Target tahun ke-1 (2019)",) * 2 + ("Target tahun ke-2 (2020)",) == top[8:11]
        assert "Realisasi tahun ke-1 (2019)" == top[14]
        assert ("Tingkat capaian tahun ke-1 (2019) (%)",) * 4 == top[20:24]
        assert ("K", "Predikat K", "Rp", "Predikat Rp") == bottom[20:24]
        assert ("Capaian kinerja pada akhir periode RPJMD",) * 2 == top[32:34]
        assert ("Rasio capaian akhir (%)", "Keterangan") == (top[34], top[38])
        assert [""] * 6 + ["K", "Rp"] * 7 == list(bottom[:20])

    def test_the_header_in_english(self, assessment: Assessment) -> None:
        """lang="en": the same columns in English, the footers too."""
        form = evaluation_form(assessment, lang="en")
        top, _ = header_rows(form.columns)
        assert ("Objective", "Initial achievement (at the start of the plan)") == (top[1], top[5])
        assert ("Target, year 1 (2019)", "Achievement rate, year 3 (2021) (%)") == (top[8], top[28])
        labels = [row[0].text for row in form.rows]
        assert "Mission 1: Meningkatkan perekonomian daerah" == labels[0]
        assert "Mean performance achievement — Whole plan: RPJMD Kabupaten Contoh" == labels[-2]
        assert "negative indicator; non-cumulative" == form.rows[3][38].text

    def test_the_workbook_merges_each_group_over_its_columns(
        self, assessment: Assessment, tmp_path: Path
    ) -> None:
        """Rows 6 and 7 are the header: "Target tahun ke-1 (2019)" over I6:J6, "No" over A6:A7."""
        path = tmp_path / "form.xlsx"
        write_evaluation(assessment, path)
        sheet = read_back(path.read_bytes())
        merged = {str(r) for r in sheet.merged_cells.ranges}
        assert {"A6:A7", "G6:H6", "I6:J6", "U6:X6", "AM6:AM7"} <= merged
        assert ("Target tahun ke-1 (2019)", "K", "Rp") == (
            sheet["I6"].value,
            sheet["I7"].value,
            sheet["J7"].value,
        )
        # A group row's words stand in its first cell, unmerged; a footer's label covers No
        # to Satuan.
        assert "A14:E14" in merged
        assert not {"A8:AM8", "A9:AM9", "A12:AM12"} & merged
        assert "Misi 1: Meningkatkan perekonomian daerah" == sheet["A8"].value
        assert sheet["A14"].value.startswith("Rata-rata capaian kinerja — Misi 1")

    def test_figures_in_the_workbook_are_exact_with_their_places(
        self, assessment: Assessment, tmp_path: Path
    ) -> None:
        """8.81 and 8.10 are 8.81 and 8.10 in the XML; the rates 102.24 with two places."""
        path = tmp_path / "form.xlsx"
        write_evaluation(assessment, path)
        workbook = path.read_bytes()
        # Row 11 is indicator 2 (tpt), row 13 indicator 3 (rls), below the group rows of
        # misi 1 and its tujuan (8, 9), indicator 1 (10) and misi 2 (12); F is capaian awal,
        # G the target akhir, U the first year's rate.
        assert ["8.81", "8.10", "102.24", "7.5"] == [
            xml_value(workbook, c) for c in ("F11", "F13", "U11", "G11")
        ]
        sheet = read_back(workbook)
        assert ["#,##0.00", "#,##0.00", "#,##0.0"] == [
            sheet[c].number_format for c in ("F13", "U11", "G11")
        ]

    def test_places(self, assessment: Assessment) -> None:
        """places=3: 27197 / 30000 × 100 = 90.6566… is shown 90.657, with three places."""
        cell = evaluation_form(assessment, places=3).rows[2][20]
        assert (Decimal("90.657"), 3) == (cell.number, cell.places)


class TestShownMeans:
    @pytest.mark.parametrize(
        ("mean", "policy", "expected"),
        [
            # 90.996 rounds half-up to 91.00, the Sangat Tinggi edge it does not reach.
            (Fraction(90996, 1000), BandPolicy.HALF_OPEN, "90.99"),
            (Fraction(90994, 1000), BandPolicy.HALF_OPEN, "90.99"),
            (Fraction(91, 1), BandPolicy.HALF_OPEN, "91.00"),
            # Rounding first, 90.5 is already Sangat Tinggi: 90.996 may show as 91.00.
            (Fraction(90996, 1000), BandPolicy.ROUND_FIRST, "91.00"),
            (Fraction(75996, 1000), BandPolicy.HALF_OPEN, "75.99"),
        ],
    )
    def test_never_onto_a_band_edge_it_does_not_reach(
        self, mean: Fraction, policy: BandPolicy, expected: str
    ) -> None:
        """A footer's mean is rounded half-up, but down where half-up would cross into the next band."""
        rolled = RollUp(mean=mean, predikat=Predikat.TINGGI, count=2)
        assert expected == exact_text(shown_mean(rolled, 2, policy))


class TestWriting:
    def test_a_case_without_a_plan_has_no_form(self, tmp_path: Path) -> None:
        """The form is a plan's: an assessment without one is refused, saying so."""
        jobs = Indicator(
            "Jobs", "persons", direction=Direction.INCREASE, accumulation=Accumulation.SUM
        )
        case = Case("No plan", indicators=[jobs], targets=[Target(jobs, 10, period=YEARS)])
        with pytest.raises(InvalidValueError, match="an assessment of a case with a plan"):
            write_evaluation(case.assess(AS_OF), tmp_path / "form.csv")

    @pytest.mark.parametrize("places", [-1, 11, True, "2"])
    def test_bad_places(self, assessment: Assessment, places: Any, tmp_path: Path) -> None:
        """Places are a whole number from 0 to 10."""
        with pytest.raises(InvalidValueError, match="from 0 to 10"):
            write_evaluation(assessment, tmp_path / "form.csv", places=places)

    def test_an_unknown_suffix_or_format(self, assessment: Assessment, tmp_path: Path) -> None:
        """form.pdf and format="pdf" are refused, naming what is written."""
        with pytest.raises(InvalidValueError, match=r"form\.pdf.*\.xlsx, \.csv or \.md"):
            write_evaluation(assessment, tmp_path / "form.pdf")
        with pytest.raises(InvalidValueError, match="'xlsx', 'csv' or 'md'"):
            write_evaluation(assessment, tmp_path / "form.csv", format="pdf")  # type: ignore[arg-type]

    def test_a_workbook_needs_a_binary_stream(self, assessment: Assessment) -> None:
        """A workbook is bytes: a text stream is refused."""
        with pytest.raises(InvalidValueError, match="a binary stream"):
            write_evaluation(assessment, io.StringIO(), format="xlsx")

    def test_csv_to_a_binary_stream_is_utf_8(self, assessment: Assessment) -> None:
        """CSV written to a binary stream is the same text, in UTF-8 (the dash of the footers)."""
        text_stream, binary = io.StringIO(), io.BytesIO()
        write_evaluation(assessment, text_stream, format="csv")
        write_evaluation(assessment, binary, format="csv")
        assert text_stream.getvalue().encode("utf-8") == binary.getvalue()
        assert "—".encode() in binary.getvalue()

    def test_a_stream_with_a_name_takes_its_format_from_it(
        self, assessment: Assessment, tmp_path: Path
    ) -> None:
        """An open file named form.md is written as Markdown."""
        with (tmp_path / "form.md").open("w", encoding="utf-8") as stream:
            write_evaluation(assessment, stream)
        assert (tmp_path / "form.md").read_text(encoding="utf-8").startswith("# EVALUASI")


class TestReadBack:
    @pytest.mark.parametrize(("fmt", "locale"), [("xlsx", "id"), ("csv", "en")])
    def test_the_form_reads_back_to_the_same_case(
        self, assessment: Assessment, fmt: str, locale: str, tmp_path: Path
    ) -> None:
        """The form is a plan table: read back, the same plan, indicators, targets and figures.

        The CSV form is in plain notation (``8.81``), which the reader reads as English.
        """
        path = tmp_path / f"form.{fmt}"
        write_evaluation(assessment, path)
        case, back = assessment.case, read_plan_table(path, locale=locale)
        assert (case.plan, case.indicators, case.targets) == (
            back.plan,
            back.indicators,
            back.targets,
        )
        assert set(case.observations) == set(back.observations)

    def test_the_form_of_the_form_read_back_is_the_form(
        self, assessment: Assessment, tmp_path: Path
    ) -> None:
        """Evaluated again from the workbook it wrote, the plan gives the same form, cell for cell."""
        path = tmp_path / "form.xlsx"
        write_evaluation(assessment, path)
        again = read_plan_table(path).assess(AS_OF)
        assert evaluation_form(assessment) == evaluation_form(again)

    def test_the_example_workbooks_form_reads_back(self, tmp_path: Path) -> None:
        """The example regency's workbook and the form written from it read as the same case."""
        example = Path(__file__).parent.parent / "examples" / "rpjmd"
        [workbook] = sorted(example.glob("*.xlsx"))
        case = read_plan_table(workbook)
        path = tmp_path / "form.xlsx"
        write_evaluation(case.assess(dt.date(2023, 12, 31)), path)
        back = read_plan_table(path)
        assert (case.plan, case.indicators, case.targets) == (
            back.plan,
            back.indicators,
            back.targets,
        )
        assert set(case.observations) == set(back.observations)
