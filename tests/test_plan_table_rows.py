"""read_plan_table: program group rows, limits, delimiters, budgets, and a table assessed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from pledgekit import Accumulation, Case, DataFileError
from pledgekit.io import read_plan_table


def workbook(path: Path, rows: Sequence[Sequence[Any]], *, merges: Iterable[str] = ()) -> Path:
    """A workbook with one sheet 'RPJMD' of ``rows`` (None for an empty cell) and merged ranges."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "RPJMD"
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                sheet.cell(row=r, column=c, value=value)
    for merged in merges:
        sheet.merge_cells(merged)
    book.save(path)
    return path


def csv(tmp_path: Path, text: str, name: str = "t.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


HEADER = "No;Indikator;Satuan;Kondisi Awal;Target 2022;Target 2023;Realisasi 2022;Keterangan\n"


class TestProgramRows:
    TEXT = (
        "PEMERINTAH PROVINSI CONTOH;;;;;;;\n"
        "RPJMD KABUPATEN CONTOH BARAT 2021-2026;;;;;;;\n"
        + HEADER
        + "Misi 1 Ekonomi;;;;;;;\n"
        + "Program 2.07.04 Penempatan Tenaga Kerja;;;;;;;\n"
        + "1;Pencari kerja ditempatkan;orang;0;100;120;90;positif; kumulatif\n"
        + "Program Pelatihan Kerja;;;;;;;\n"
        + "2;Peserta pelatihan;orang;0;50;60;55;positif; kumulatif\n"
        + "Misi 2 Sosial;;;;;;;\n"
        + "Program 2.07.04 Penempatan Tenaga Kerja;;;;;;;\n"
        + "3;Disabilitas ditempatkan;orang;0;5;5;-;positif; kumulatif\n"
    )

    @pytest.fixture
    def case(self, tmp_path: Path) -> Case:
        return read_plan_table(csv(tmp_path, self.TEXT))

    def test_region_of_the_kabupaten(self, case: Case) -> None:
        """'Pemerintah Provinsi X' above 'Kabupaten Y': the plan is the kabupaten's."""
        assert case.plan is not None
        assert "Kabupaten Contoh Barat" == case.plan.region

    def test_programs_in_order_with_codes(self, case: Case) -> None:
        """A program row names the program of the rows below it; one program serves two misi."""
        assert case.plan is not None
        assert [
            (1, "Program Penempatan Tenaga Kerja", "2.07.04", (1, 2)),
            (2, "Program Pelatihan Kerja", None, (1,)),
        ] == [(p.number, p.title, p.code, p.missions) for p in case.plan.programs]
        assert ["pencari-kerja-ditempatkan", "disabilitas-ditempatkan"] == [
            t.id for t in case.plan.programs[0].targets
        ]

    def test_rows_hang_from_their_misi(self, case: Case) -> None:
        """With no tujuan or sasaran, an indicator hangs from its misi."""
        assert case.plan is not None
        assert [
            ["pencari-kerja-ditempatkan", "peserta-pelatihan"],
            ["disabilitas-ditempatkan"],
        ] == [[t.id for t in m.targets] for m in case.plan.missions]


class TestAssessed:
    def test_capaian_by_hand(self, tmp_path: Path) -> None:
        """The table read and assessed: capaian of a negative and of a summed indicator."""
        text = (
            "RPJMD Kota Contoh 2021-2023;;;;;;;\n"
            + HEADER
            + "1;Pengangguran;%;8,81;8,5;8,0;7,35;indikator negatif\n"
            + "2;Tenaga kerja;orang;0;1.412;1.500;1.398;positif, kumulatif\n"
        )
        case = read_plan_table(csv(tmp_path, text))
        plan = case.assess(as_of=dt.date(2022, 12, 31)).plan
        assert plan is not None
        first, second = (row.years[0].capaian for row in plan.rows)
        assert first is not None
        assert second is not None
        # less is better: (2 × 8.5 − 7.35) / 8.5 × 100 = 9.65 / 8.5 × 100 = 1930/17
        assert Fraction(1930, 17) == first.value
        # more is better: 1398 / 1412 × 100 = 139800/1412 = 34950/353
        assert Fraction(34950, 353) == second.value


class TestDelimiters:
    def test_commas_with_quoted_decimals(self, tmp_path: Path) -> None:
        """Comma-separated, an Indonesian decimal in quotes."""
        text = (
            "RPJMD Kota Contoh 2021-2023\n"
            + HEADER.replace(";", ",")
            + '1,Pengangguran,%,"8,81","8,5","8,0","7,35",indikator negatif\n'
        )
        target = read_plan_table(csv(tmp_path, text)).target("pengangguran")
        assert ("8.81", "8.0") == (str(target.baseline), str(target.value))

    def test_delimiter_given(self, tmp_path: Path) -> None:
        """delimiter= overrides the guess: a ';' in a comma-separated title is not the delimiter."""
        text = (
            "RPJMD Kota Contoh; 2021-2023; v1; final; rev; a; b; c; d; e; f; g; h; i\n"
            + HEADER.replace(";", ",")
            + '1,Pengangguran,%,"8,81","8,5","8,0","7,35",indikator negatif\n'
        )
        path = csv(tmp_path, text)
        with pytest.raises(DataFileError):  # the title has more ';' than the header has ','
            read_plan_table(path)
        case = read_plan_table(path, delimiter=",")
        assert "8.81" == str(case.target("pengangguran").baseline)

    def test_bad_delimiter(self, tmp_path: Path) -> None:
        """A delimiter other than ',', ';' or a tab is refused."""
        with pytest.raises(ValueError, match="delimiter"):
            read_plan_table(csv(tmp_path, HEADER), delimiter="|")


class TestLimits:
    def test_too_many_rows(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """A table longer than MAX_PLAN_ROWS is refused before it is read."""
        monkeypatch.setattr("pledgekit.io._grid.MAX_PLAN_ROWS", 3)
        path = csv(tmp_path, HEADER + "1;A;%;1;2;3;4;positif\n" * 3)
        with pytest.raises(DataFileError, match="more than 3 rows"):
            read_plan_table(path)

    def test_workbook_that_unpacks_too_large(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A workbook whose parts unpack beyond the limit is refused (a ZIP bomb costs nothing)."""
        path = workbook(tmp_path / "t.xlsx", [["x"]])
        monkeypatch.setattr("pledgekit.io._grid.MAX_WORKBOOK_BYTES", 1000)
        with pytest.raises(DataFileError, match="unpacks to"):
            read_plan_table(path)


class TestBudgetProblems:
    def test_rp_realisasi_without_rp_target(self, tmp_path: Path) -> None:
        """An Rp realisasi with no Rp target is a problem, not dropped."""
        rows = [
            ["Kota Contoh"],
            ["Indikator", "Satuan", "Kondisi Awal", "Target 2022", "Realisasi 2022", None, "Sifat"],
            [None, None, None, None, "K", "Rp", None],
            ["A", "%", 1, 2, 2, 500, "positif"],
        ]
        path = workbook(tmp_path / "t.xlsx", rows, merges=["E2:F2"])
        with pytest.raises(DataFileError, match="an Rp realisasi for 'A' but no Rp target"):
            read_plan_table(path)

    def test_summed_and_assumed(self, tmp_path: Path) -> None:
        """'kumulatif (diasumsikan)' is refused: only non-kumulatif is ever assumed."""
        path = csv(tmp_path, HEADER + "1;A;orang;0;2;3;4;positif, kumulatif (diasumsikan)\n")
        with pytest.raises(DataFileError, match=r"line 2, column B: cannot make the indicator"):
            read_plan_table(path, region="Kota Contoh")

    def test_assumed_last(self, tmp_path: Path) -> None:
        """'non-kumulatif (diasumsikan)' reads back as assumed."""
        path = csv(tmp_path, HEADER + "1;A;%;5;6;7;6;positif; non-kumulatif (diasumsikan)\n")
        indicator = read_plan_table(path, region="Kota Contoh").target("a").indicator
        assert (Accumulation.LAST, True) == (indicator.accumulation, indicator.accumulation_assumed)

    def test_target_against_direction(self, tmp_path: Path) -> None:
        """A positive indicator whose final target is below its baseline: a problem at its row."""
        path = csv(tmp_path, HEADER + "1;A;%;9;8;7;6;positif\n")
        with pytest.raises(DataFileError, match="line 2, column B: the cells of 'A' do not make"):
            read_plan_table(path, region="Kota Contoh")

    def test_repeated_names_get_numbered_ids(self, tmp_path: Path) -> None:
        """Two rows with one name: ids 'a' and 'a-2'."""
        path = csv(tmp_path, HEADER + "1;A;%;5;6;7;6;positif\n2;A;%;5;6;8;6;positif\n")
        case = read_plan_table(path, region="Kota Contoh")
        assert ["a", "a-2"] == [t.id for t in case.targets]


class TestFooters:
    def test_footer_in_the_indicator_column(self, tmp_path: Path) -> None:
        """A footer row is read past wherever its words stand; 'Rata-rata lama sekolah' is an indicator."""
        text = (
            "RPJMD Kota Contoh 2021-2023;;;;;;;\n"
            + HEADER
            + "1;Rata-rata lama sekolah;tahun;8,5;8,6;8,7;8,6;positif\n"
            + ";Rata-rata capaian kinerja;;;;;100,00;\n"
            + ";Predikat kinerja;;;;;Sangat Tinggi;\n"
            + "Jumlah;;;;;;;\n"
        )
        case = read_plan_table(csv(tmp_path, text))
        assert ["rata-rata-lama-sekolah"] == [t.id for t in case.targets]


class TestPeriods:
    def test_rp_in_millions(self, tmp_path: Path) -> None:
        """An Rp column headed 'Rp (juta)' holds millions: 1.250 is Rp1.250.000.000."""
        text = (
            "RPJMD Kota Contoh 2021-2023\n"
            "Indikator;Satuan;Kondisi Awal;Target 2022;Target 2022 Rp (juta);Realisasi 2022 Rp "
            "(juta);Sifat\n"
            "A;%;5;6;1.250;1.187,5;positif\n"
        )
        case = read_plan_table(csv(tmp_path, text))
        budget = case.target("a-anggaran")
        # 1.250 × 10^6 = 1,250,000,000; 1.187,5 × 10^6 = 1,187,500,000
        assert "1250000000" == str(budget.value)
        assert ["1187500000"] == [
            str(o.value) for o in case.observations if o.indicator == budget.indicator
        ]

    def test_base_year_realisasi_outside_the_target_period(self, tmp_path: Path) -> None:
        """A realisasi of the base year is a figure of its year; the target runs over the target years."""
        text = (
            "RPJMD Kota Contoh 2021-2023\n"
            "Indikator;Satuan;Kondisi Awal;Realisasi 2021;Target 2022;Target 2023;Sifat\n"
            "A;%;5;5;6;7;positif\n"
        )
        case = read_plan_table(csv(tmp_path, text))
        target = case.target("a")
        assert (2022, 2023) == (target.period.start.year, target.period.end.year)
        assert [(2021, "5")] == [(o.period.start.year, str(o.value)) for o in case.observations]
        assert case.plan is not None
        assert (2021, 2023) == (case.plan.period.start.year, case.plan.period.end.year)


class TestHierarchyDashes:
    def test_dash_in_a_hierarchy_column(self, tmp_path: Path) -> None:
        """A dash in the Sasaran column is the same as above, not a sasaran named '-'."""
        text = (
            "RPJMD Kota Contoh 2021-2023\n"
            "Misi;Sasaran;Indikator;Satuan;Kondisi Awal;Target 2022;Sifat\n"
            "Misi 1 Ekonomi;Meningkatnya investasi;A;%;5;6;positif\n"
            "-;-;B;%;5;6;positif\n"
        )
        case = read_plan_table(csv(tmp_path, text))
        assert case.plan is not None
        (objective,) = case.plan.missions[0].objectives
        assert ("Meningkatnya investasi", ["a", "b"]) == (
            objective.text,
            [t.id for t in objective.targets],
        )
