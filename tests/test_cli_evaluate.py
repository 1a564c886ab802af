"""``pledgekit evaluate``: the Permendagri 86 evaluation form of a plan from the command line."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from fractions import Fraction
from pathlib import Path

import openpyxl
import pytest

from pledgekit import round_fraction
from pledgekit.cli import EXIT_OK, EXIT_USAGE, main

# Kabupaten Contoh, 2019–2020: one misi, one sasaran directly under it, two indicators.
#   1 Tenaga kerja terserap (orang, kumulatif), targets 30000 a year, with its anggaran
#     (Rp 1000 a year); realisasi 27197 (Rp 950) in 2019, none in 2020.
#   2 Tingkat pengangguran terbuka (%, negative): targets 8.5 and 7.5; realisasi 8.31, 7.35.
CASE = """\
pledgekit_case = 2
title = "Contoh"

[plan]
region = "Kabupaten Contoh"
period = "2019-01-01..2020-12-31"

[[plan.missions]]
number = 1
text = "Ekonomi"

[[plan.missions.objectives]]
text = "Pengangguran turun"
targets = ["tk", "tpt"]

[[indicators]]
id = "tk"
name = "Tenaga kerja terserap"
unit = "orang"
direction = "increase"
accumulation = "sum"

[[indicators]]
id = "tk-anggaran"
name = "Anggaran Tenaga kerja terserap"
unit = "Rp"
direction = "increase"
accumulation = "sum"

[[indicators]]
id = "tpt"
name = "Tingkat pengangguran terbuka"
unit = "%"
direction = "decrease"
accumulation = "last"

[[targets]]
id = "tk-anggaran"
indicator = "tk-anggaran"
value = "2000"
period = "2019-01-01..2020-12-31"
schedule = { "2019" = "1000", "2020" = "1000" }

[[targets]]
id = "tk"
indicator = "tk"
value = "60000"
period = "2019-01-01..2020-12-31"
initial = "25000"
budget = "tk-anggaran"
schedule = { "2019" = "30000", "2020" = "30000" }

[[targets]]
id = "tpt"
indicator = "tpt"
value = "7.5"
baseline = "8.81"
period = "2019-01-01..2020-12-31"
schedule = { "2019" = "8.5", "2020" = "7.5" }

[[observations]]
indicator = "tk"
period = "2019"
value = "27197"

[[observations]]
indicator = "tk-anggaran"
period = "2019"
value = "950"

[[observations]]
indicator = "tpt"
period = "2019"
value = "8.31"

[[observations]]
indicator = "tpt"
period = "2020"
value = "7.35"
"""

# The hand arithmetic: R / T × 100; (2T − R) / T × 100 for the negative indicator.
JOBS_2019 = Fraction(27197, 30000) * 100  # 90.656…
JOBS_END = Fraction(27197, 60000) * 100  # 45.328…: 2020 has no figure
TPT_2019 = (2 * Fraction("8.5") - Fraction("8.31")) / Fraction("8.5") * 100  # 102.235…
TPT_2020 = (2 * Fraction("7.5") - Fraction("7.35")) / Fraction("7.5") * 100  # 102


def shown(rate: Fraction, places: int = 2) -> str:
    return str(round_fraction(rate, places))


@pytest.fixture
def case_file(tmp_path: Path) -> Path:
    path = tmp_path / "contoh.toml"
    path.write_text(CASE, encoding="utf-8")
    return path


def csv_rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))


class TestEvaluate:
    def test_the_hand_arithmetic(self) -> None:
        """27197 / 30000 is 90.66 %; (2 × 8.5 − 8.31) / 8.5 is 102.24 %; their mean 96.45 %."""
        assert ["90.66", "102.24", "102.00", "45.33"] == [
            shown(r) for r in (JOBS_2019, TPT_2019, TPT_2020, JOBS_END)
        ]
        assert "96.45" == shown((JOBS_2019 + TPT_2019) / 2)
        assert "73.66" == shown((JOBS_END + TPT_2020) / 2)

    def test_without_output_it_prints_markdown(
        self, case_file: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Without -o the form is Markdown on standard output, in Indonesian notation."""
        assert EXIT_OK == main(["evaluate", str(case_file), "--year", "2020"])
        printed = capsys.readouterr().out
        assert printed.startswith("# EVALUASI TERHADAP HASIL RPJMD\n")
        assert "Keadaan per 31 Desember 2020" in printed
        [jobs] = [line for line in printed.splitlines() if line.startswith("| 1 |")]
        # 90.66 % Tinggi in 2019, 95.00 % for the anggaran (950 of 1000).
        assert "| 90,66 | Tinggi | 95,00 | Sangat Tinggi |" in jobs

    def test_a_workbook_as_of_the_end_of_a_year(self, case_file: Path, tmp_path: Path) -> None:
        """--year 2020 -o form.xlsx: the sasaran's 2020 end mean is 73.66 % Sedang, exactly in the XML."""
        out = tmp_path / "form.xlsx"
        assert EXIT_OK == main(["evaluate", str(case_file), "--year", "2020", "-o", str(out)])
        sheet = openpyxl.load_workbook(out).active
        assert "EVALUASI TERHADAP HASIL RPJMD" == sheet["A1"].value
        means = [row for row in sheet.iter_rows(min_row=8) if str(row[0].value).startswith("Rata")]
        # Rasio capaian akhir K, two plan years: column 6 + 2 + 4 + 4 + 8 + 2 + 1 = 27 (AA).
        sasaran = means[1]
        assert ("AA", "#,##0.00") == (sasaran[26].column_letter, sasaran[26].number_format)
        with zipfile.ZipFile(out) as archive:
            xml = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
        found = re.search(rf'<c r="AA{sasaran[26].row}"[^>]*><v>([^<]*)</v>', xml)
        assert found is not None
        assert shown((JOBS_END + TPT_2020) / 2) == found.group(1)  # 73.66
        predikat = means[1][26].offset(row=1).value
        assert "Sedang" == predikat

    def test_csv_in_english_with_three_places(self, case_file: Path, tmp_path: Path) -> None:
        """--lang en --places 3: English headers, 27197 / 30000 shown as 90.657."""
        out = tmp_path / "form.csv"
        argv = ["evaluate", str(case_file), "--year", "2020", "--lang", "en", "--places", "3"]
        assert EXIT_OK == main([*argv, "-o", str(out)])
        rows = csv_rows(out)
        assert "EVALUATION OF THE RESULTS OF THE RPJMD" == rows[0][0]
        assert "Achievement rate, year 1 (2019) (%)" == rows[5][16]
        assert "Mission 1: Ekonomi" == rows[7][0]
        assert [shown(JOBS_2019, 3), "Tinggi"] == rows[8][16:18]

    def test_a_year_not_yet_over_is_not_yet_due(self, case_file: Path, tmp_path: Path) -> None:
        """--year 2019: tahun ke-2 has no rate yet, and the Keterangan says why."""
        out = tmp_path / "form.csv"
        assert EXIT_OK == main(["evaluate", str(case_file), "--year", "2019", "-o", str(out)])
        rows = csv_rows(out)
        jobs = rows[8]  # below the misi's row
        assert ["-", "-", "-", "-"] == jobs[20:24]
        assert "tahun ke-2 (2020): belum jatuh tempo" in jobs[-1]
        # The sasaran has no 2020 mean, and says why: its indicators' year is not yet due.
        [sasaran] = [r for r in rows if r and r[0].startswith("Rata-rata capaian kinerja — Sas")]
        assert ["-", "-"] == [sasaran[20], sasaran[22]]
        assert (
            "tahun ke-2 (2020): belum jatuh tempo; Rp, tahun ke-2 (2020): belum jatuh tempo"
            == sasaran[-1]
        )

    @pytest.mark.parametrize(
        ("options", "message"),
        [
            (["--year", "20x"], "expected a year such as 2021"),
            (["--places", "11"], "expected a whole number from 0 to 10"),
            (["-o", "form.pdf"], "a file name ending in .xlsx, .csv or .md"),
        ],
    )
    def test_bad_usage(
        self,
        case_file: Path,
        options: list[str],
        message: str,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """A bad year, places or suffix exits with 2 and says what was expected."""
        assert EXIT_USAGE == main(["evaluate", str(case_file), *options])
        assert message in capsys.readouterr().err

    def test_a_case_without_a_plan(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A case file with no plan has no form: exit status 2, saying so."""
        path = tmp_path / "no-plan.toml"
        plain = CASE.split("[plan]")[0] + "[[indicators]]" + CASE.split("[[indicators]]", 1)[1]
        path.write_text(plain, encoding="utf-8")
        assert EXIT_USAGE == main(["evaluate", str(path)])
        assert "an assessment of a case with a plan" in capsys.readouterr().err

    def test_a_plan_table(self, case_file: Path, tmp_path: Path) -> None:
        """TABLE may be a plan table: the workbook the form is, evaluated again, gives the same form."""
        workbook, first, again = tmp_path / "form.xlsx", tmp_path / "a.csv", tmp_path / "b.csv"
        year = ["--year", "2020"]
        assert EXIT_OK == main(["evaluate", str(case_file), *year, "-o", str(workbook)])
        assert EXIT_OK == main(["evaluate", str(case_file), *year, "-o", str(first)])
        assert EXIT_OK == main(["evaluate", str(workbook), *year, "-o", str(again)])
        assert csv_rows(first) == csv_rows(again)
