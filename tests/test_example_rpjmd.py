"""The RPJMD example: its workbook is its script's output, and every rate of its form is checked by hand."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

openpyxl = pytest.importorskip("openpyxl")

ROOT = Path(__file__).parent.parent
EXAMPLE = ROOT / "examples" / "rpjmd"
WORKBOOK = EXAMPLE / "rpjmd-kabupaten-sukamaju.xlsx"


def _values(path: Path) -> list[tuple[Any, ...]]:
    sheet = openpyxl.load_workbook(path).active
    return [tuple(row) for row in sheet.iter_rows(values_only=True)]


def _shown(rate: Fraction) -> Decimal:
    """A rate as the form shows it: two places, half-up (no rate here sits near a band edge)."""
    return (Decimal(rate.numerator) / Decimal(rate.denominator)).quantize(
        Decimal("0.01"), ROUND_HALF_UP
    )


def _up(t: str, r: str) -> Fraction:
    """R / T x 100: more is better."""
    return Fraction(r) / Fraction(t) * 100


def _down(t: str, r: str) -> Fraction:
    """(2T - R) / T x 100: less is better (Permendagri 86's default formula)."""
    return (2 * Fraction(t) - Fraction(r)) / Fraction(t) * 100


# Each indicator's yearly rates 2019-2021 (None: no figure), and its end-of-period rate:
# the realisasi (summed for the kumulatif jobs, else the latest) against the Kondisi Akhir.
EXPECTED = {
    "Tingkat pengangguran terbuka": (
        [_down("6.00", "6.10"), _down("5.80", "7.1"), _down("5.60", "6.05")],
        _down("5.20", "6.05"),
    ),
    "Tenaga kerja yang ditempatkan": (
        [_up("3000", "2750"), _up("3000", "3100"), _up("3000", "2980")],
        _up("15000", "8830"),  # 2,750 + 3,100 + 2,980
    ),
    "Laju pertumbuhan ekonomi": (
        [_up("5.20", "5.30"), _up("5.30", "-2.1"), _up("5.40", "3.90")],
        _up("5.60", "3.90"),
    ),
    "Prevalensi stunting pada balita": (
        [_down("25.00", "25.10"), _down("23.00", "23.40"), None],
        _down("14.00", "23.40"),  # the 2020 figure: 2021 was not reported
    ),
    "Angka harapan hidup": (
        [_up("71.20", "71.25"), _up("71.40", "71.30"), _up("71.60", "71.52")],
        _up("72.00", "71.52"),
    ),
    "Rata-rata lama sekolah": (
        [_up("7.90", "7.95"), _up("8.00", "8.03"), _up("8.10", "8.10")],
        _up("8.30", "8.10"),
    ),
}


class TestWorkbook:
    def test_the_workbook_is_what_the_script_writes(self, tmp_path: Path) -> None:
        """Running the example's script gives the workbook in the repository, cell for cell."""
        out = tmp_path / "built.xlsx"
        result = subprocess.run(
            [sys.executable, str(EXAMPLE / "build_workbook.py"), str(out)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert 0 == result.returncode, result.stderr
        assert _values(WORKBOOK) == _values(out)

    def test_numbers_are_stored_as_excel_stores_them(self) -> None:
        """The sheet mixes numeric cells (floats) and Indonesian text, as offices' sheets do."""
        spec = importlib.util.spec_from_file_location(
            "build_workbook", EXAMPLE / "build_workbook.py"
        )
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        cells = [v for row in module.ROWS for v in row]
        assert 6.05 in cells and "7,1" in cells and "2.750" in cells and "-" in cells


@pytest.fixture(scope="module")
def form(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Any, ...]]:
    """The example's evaluation form, written by the command as a user runs it."""
    out = tmp_path_factory.mktemp("form") / "form.xlsx"
    result = subprocess.run(
        [sys.executable, "-m", "pledgekit", "evaluate", str(WORKBOOK), "-o", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert 0 == result.returncode, result.stderr
    return _values(out)


class TestForm:
    @staticmethod
    def _column(form: list[tuple[Any, ...]], title: str) -> int:
        for row in form[:10]:
            if title in row:
                return row.index(title)
        raise AssertionError(f"no header {title!r}")

    @staticmethod
    def _row(form: list[tuple[Any, ...]], first: str) -> tuple[Any, ...]:
        for row in form:
            if first in row[:4]:
                return row
        raise AssertionError(f"no row {first!r}")

    @pytest.mark.parametrize("indicator", sorted(EXPECTED))
    def test_every_yearly_and_end_rate(self, form: list[tuple[Any, ...]], indicator: str) -> None:
        """Each year's tingkat capaian and the rasio capaian akhir, against hand arithmetic."""
        yearly, end = EXPECTED[indicator]
        row = self._row(form, indicator)
        for n, (year, rate) in enumerate(zip((2019, 2020, 2021), yearly, strict=True), start=1):
            column = self._column(form, f"Tingkat capaian tahun ke-{n} ({year}) (%)")
            shown = row[column]
            if rate is None:
                assert shown in (None, "-"), (indicator, year, shown)
            else:
                assert _shown(rate) == Decimal(str(shown)), (indicator, year)
        column = self._column(form, "Rasio capaian akhir (%)")
        assert _shown(end) == Decimal(str(row[column])), indicator

    def test_the_plans_mean_for_2021(self, form: list[tuple[Any, ...]]) -> None:
        """2021: the mean of the five indicators with a rate (stunting has none), and its predikat."""
        rates = [yearly[2] for yearly, _ in EXPECTED.values() if yearly[2] is not None]
        assert 5 == len(rates)
        mean = sum(rates, Fraction(0)) / 5
        assert Decimal("92.68") == _shown(mean)
        column = self._column(form, "Tingkat capaian tahun ke-3 (2021) (%)")
        means = [
            r
            for r in form
            if isinstance(r[0], str) and r[0].startswith("Rata-rata capaian kinerja")
        ]
        predikat = [
            r for r in form if isinstance(r[0], str) and r[0].startswith("Predikat kinerja")
        ]
        assert _shown(mean) == Decimal(str(means[-1][column]))
        assert "Sangat Tinggi" == predikat[-1][column]  # 92.68 >= 91

    def test_the_end_means_of_each_misi(self, form: list[tuple[Any, ...]]) -> None:
        """Misi 1: indicators 1-3; misi 2: indicators 4-6; each the plain mean of its end rates."""
        ends = [end for _, end in EXPECTED.values()]
        column = self._column(form, "Rasio capaian akhir (%)")
        rows = {r[0]: r for r in form if isinstance(r[0], str) and r[0].startswith("Rata-rata")}
        misi_1 = next(r for k, r in rows.items() if "Misi 1" in k)
        misi_2 = next(r for k, r in rows.items() if "Misi 2" in k)
        assert _shown(sum(ends[:3], Fraction(0)) / 3) == Decimal(str(misi_1[column]))
        assert _shown(sum(ends[3:], Fraction(0)) / 3) == Decimal(str(misi_2[column]))
