"""read_plan_table: RPJMD tables as offices keep them, read into a Case."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, ClassVar

import pytest

from pledgekit import Accumulation, Case, DataFileError, Direction, MissingExtraError, Period
from pledgekit.io import MAX_PLAN_COLUMNS, read_plan_table


def workbook(
    path: Path,
    rows: Sequence[Sequence[Any]],
    *,
    merges: Iterable[str] = (),
    formats: Mapping[str, str] | None = None,
    title: str = "RPJMD",
) -> Path:
    """A workbook with one sheet of ``rows`` (None for an empty cell), merged ranges and formats."""
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


def schedule(case: Case, id: str) -> list[tuple[int, str]]:
    return [(e.period.start.year, str(e.value)) for e in case.target(id).schedule]


def realised(case: Case, id: str) -> list[tuple[int, str]]:
    indicator = case.target(id).indicator
    return [
        (o.period.start.year, str(o.value)) for o in case.observations if o.indicator == indicator
    ]


# A two-row merged header under a title block, with group rows for the tree.
GROUPED = [
    ["RENCANA PEMBANGUNAN JANGKA MENENGAH DAERAH"],
    ["KABUPATEN CONTOH TAHUN 2018-2023"],
    [],
    [
        "No",
        "Indikator Kinerja",
        "Satuan",
        "Kondisi Awal",
        "Target",
        None,
        None,
        "Realisasi",
        None,
        "Kondisi Akhir",
        "Keterangan",
    ],
    [None, None, None, None, 2019, 2020, 2021, 2019, 2020, None, None],
    ["Misi 1: Meningkatkan perekonomian daerah"],
    ["Tujuan 1.1 Meningkatkan kesempatan kerja"],
    ["Sasaran 1.1.1 Menurunnya pengangguran"],
    [
        1,
        "Tingkat pengangguran terbuka",
        "%",
        8.81,
        8.5,
        "8,2",
        8.0,
        "7,35",
        "-",
        7.5,
        "indikator negatif",
    ],
    [
        2,
        "Tenaga kerja terserap",
        "orang",
        0,
        "1.412",
        1500,
        1600,
        1398,
        None,
        None,
        "positif, kumulatif",
    ],
    ["Misi 2 Meningkatkan kualitas hidup"],
    ["Sasaran 2.1 Meningkatnya derajat kesehatan"],
    [3, "Angka harapan hidup", "tahun", 71.2, 71.4, 71.6, 71.8, 71.41, 71.62, 72.0, None],
]
GROUPED_MERGES = [
    "A1:K1",
    "A2:K2",
    "A4:A5",
    "B4:B5",
    "C4:C5",
    "D4:D5",
    "E4:G4",
    "H4:I4",
    "J4:J5",
    "K4:K5",
    "A6:K6",
    "A7:K7",
    "A8:K8",
    "A11:K11",
    "A12:K12",
]


class TestGroupRows:
    @pytest.fixture
    def case(self, tmp_path: Path) -> Case:
        path = workbook(tmp_path / "rpjmd.xlsx", GROUPED, merges=GROUPED_MERGES)
        return read_plan_table(path, directions={"3": "increase"})

    def test_plan(self, case: Case) -> None:
        """The region and years come from the title block; no vision is invented."""
        assert case.plan is not None
        assert ("Kabupaten Contoh", Period.years(2018, 2023), None) == (
            case.plan.region,
            case.plan.period,
            case.plan.vision,
        )
        assert "RENCANA PEMBANGUNAN JANGKA MENENGAH DAERAH" == case.title

    def test_tree(self, case: Case) -> None:
        """Misi 1 has tujuan 1.1 and its sasaran; misi 2's sasaran hangs from the misi itself."""
        plan = case.plan
        assert plan is not None
        assert [(1, "Meningkatkan perekonomian daerah"), (2, "Meningkatkan kualitas hidup")] == [
            (m.number, m.text) for m in plan.missions
        ]
        (goal,) = plan.goals
        assert ("Meningkatkan kesempatan kerja", 1) == (goal.text, goal.mission)
        assert ["Menurunnya pengangguran"] == [o.text for o in goal.objectives]
        assert ["tingkat-pengangguran-terbuka", "tenaga-kerja-terserap"] == [
            t.id for t in goal.objectives[0].targets
        ]
        (direct,) = plan.missions[1].objectives
        assert ("Meningkatnya derajat kesehatan", ["angka-harapan-hidup"]) == (
            direct.text,
            [t.id for t in direct.targets],
        )

    def test_negative_indicator_by_note(self, case: Case) -> None:
        """'indikator negatif' in Keterangan: less is better; Kondisi Awal is the baseline."""
        target = case.target("tingkat-pengangguran-terbuka")
        assert Direction.DECREASE is target.indicator.direction
        assert (Decimal("8.81"), Decimal("7.5")) == (target.baseline, target.value)
        assert "8.81" == str(target.baseline)  # the float 8.81, read as 8.81
        assert [(2019, "8.5"), (2020, "8.2"), (2021, "8")] == schedule(case, target.id)
        assert Period.years(2019, 2021) == target.period

    def test_not_reported(self, case: Case) -> None:
        """'7,35' is read in Indonesian notation; '-' is no figure, not zero."""
        assert [(2019, "7.35")] == realised(case, "tingkat-pengangguran-terbuka")

    def test_summed_indicator(self, case: Case) -> None:
        """A kumulatif indicator: baseline 0, Kondisi Awal as initial, value the schedule's sum."""
        target = case.target("tenaga-kerja-terserap")
        assert Accumulation.SUM is target.indicator.accumulation
        assert not target.indicator.accumulation_assumed
        assert Direction.INCREASE is target.indicator.direction
        # 1.412 (text: 1412) + 1500 + 1600 = 4512
        assert (Decimal(0), Decimal(0), Decimal(4512)) == (
            target.baseline,
            target.initial,
            target.value,
        )

    def test_assumed_accumulation(self, case: Case) -> None:
        """No word about accumulation: non-kumulatif (the last level), marked as assumed."""
        indicator = case.target("angka-harapan-hidup").indicator
        assert (Accumulation.LAST, True) == (indicator.accumulation, indicator.accumulation_assumed)

    def test_direction_by_row_number(self, case: Case) -> None:
        """directions={'3': ...} gives row No 3 its direction."""
        assert Direction.INCREASE is case.target("angka-harapan-hidup").indicator.direction
        assert [(2019, "71.41"), (2020, "71.62")] == realised(case, "angka-harapan-hidup")


class TestHierarchyColumns:
    ROWS: ClassVar[list[list[Any]]] = [
        ["Pemerintah Kota Contoh"],
        [
            "Misi",
            "Sasaran",
            "Program Prioritas",
            "Indikator",
            "Satuan",
            "Sifat",
            "Kumulatif",
            "Kondisi Awal (2021)",
            "Target Tahun ke-1",
            "Target Tahun ke-2",
        ],
        [
            "1. Ekonomi kuat",
            "Meningkatnya lapangan kerja",
            "2.07.04 Program Penempatan Tenaga Kerja",
            "Pencari kerja ditempatkan",
            "orang",
            "positif",
            "Ya",
            0,
            100,
            120,
        ],
        [None, None, None, "Pengangguran", "%", "negatif", "Tidak", 6.5, 6.2, 6.0],
        [
            None,
            "Meningkatnya investasi",
            "Program Penanaman Modal",
            "Nilai investasi",
            "miliar rupiah",
            "Positif",
            "Tidak",
            10,
            12,
            14,
        ],
        ["3. Sejahtera", None, None, "IPM", "poin", "positif", "tidak", 70, 71, 72],
    ]

    @pytest.fixture
    def case(self, tmp_path: Path) -> Case:
        path = workbook(tmp_path / "t.xlsx", self.ROWS, merges=["A3:A5", "B3:B4", "C3:C4"])
        return read_plan_table(path)

    def test_years_from_kondisi_awal(self, case: Case) -> None:
        """Kondisi Awal (2021) makes tahun ke-1 2022."""
        assert [(2022, "100"), (2023, "120")] == schedule(case, "pencari-kerja-ditempatkan")

    def test_merged_and_blank_cells_are_the_same_as_above(self, case: Case) -> None:
        """Misi merged down three rows; the second sasaran starts a new one under the same misi."""
        plan = case.plan
        assert plan is not None
        assert [1, 3] == [m.number for m in plan.missions]
        assert [] == list(plan.goals)
        first = plan.missions[0]
        assert ["Meningkatnya lapangan kerja", "Meningkatnya investasi"] == [
            o.text for o in first.objectives
        ]
        assert [["pencari-kerja-ditempatkan", "pengangguran"], ["nilai-investasi"]] == [
            [t.id for t in o.targets] for o in first.objectives
        ]
        assert ["ipm"] == [t.id for t in plan.missions[1].targets]

    def test_programs(self, case: Case) -> None:
        """Programs numbered in order of appearance; a leading code becomes the program's code."""
        plan = case.plan
        assert plan is not None
        assert [
            (1, "Program Penempatan Tenaga Kerja", "2.07.04", (1,)),
            (2, "Program Penanaman Modal", None, (1,)),
        ] == [(p.number, p.title, p.code, p.missions) for p in plan.programs]
        assert ["pencari-kerja-ditempatkan", "pengangguran"] == [
            t.id for t in plan.programs[0].targets
        ]

    def test_sifat_and_kumulatif_columns(self, case: Case) -> None:
        """Sifat 'negatif' and Kumulatif 'Tidak' are read from their columns, not assumed."""
        indicator = case.target("pengangguran").indicator
        assert (Direction.DECREASE, Accumulation.LAST, False) == (
            indicator.direction,
            indicator.accumulation,
            indicator.accumulation_assumed,
        )
        jobs = case.target("pencari-kerja-ditempatkan")
        # kumulatif: 100 + 120
        assert (Accumulation.SUM, Decimal(220)) == (jobs.indicator.accumulation, jobs.value)


class TestBudgets:
    ROWS: ClassVar[list[list[Any]]] = [
        ["RPJMD Kota Contoh 2021-2026"],
        [
            "Indikator Kinerja",
            "Satuan",
            "Kondisi Akhir",
            None,
            "Target",
            None,
            None,
            None,
            "Realisasi",
            None,
            "Keterangan",
        ],
        [None, None, None, None, "Tahun ke-1", None, "Tahun ke-2", None, "Tahun ke-1", None, None],
        [None, None, "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp", None],
        [
            "Pencari kerja ditempatkan",
            "orang",
            300,
            3000,
            100,
            1000,
            200,
            2000,
            90,
            950,
            "positif; kumulatif",
        ],
        ["Pelatihan kerja", "orang", 50, None, 20, None, 30, None, 25, None, "positif; kumulatif"],
    ]
    MERGES: ClassVar[list[str]] = [
        "A2:A4",
        "B2:B4",
        "C2:D3",
        "E2:H2",
        "E3:F3",
        "G3:H3",
        "I2:J2",
        "I3:J3",
        "K2:K4",
        "D5:D6",
        "F5:F6",
        "H5:H6",
        "J5:J6",
    ]

    @pytest.fixture
    def case(self, tmp_path: Path) -> Case:
        path = workbook(tmp_path / "t.xlsx", self.ROWS, merges=self.MERGES)
        return read_plan_table(path)

    def test_budget_target(self, case: Case) -> None:
        """The Rp columns make a budget target: Rp, kumulatif, more is better, its own id."""
        budget = case.target("pencari-kerja-ditempatkan").budget
        assert budget is not None
        assert budget is case.target("pencari-kerja-ditempatkan-anggaran")
        assert (
            "Anggaran Pencari kerja ditempatkan",
            "Rp",
            Accumulation.SUM,
            Direction.INCREASE,
        ) == (
            budget.indicator.name,
            budget.indicator.unit,
            budget.indicator.accumulation,
            budget.indicator.direction,
        )
        # tahun ke-1 is 2026 - 2 + 1 = 2025 (the title block's last year, two plan years)
        assert (Decimal(3000), [(2025, "1000"), (2026, "2000")]) == (
            budget.value,
            schedule(case, budget.id),
        )
        assert [(2025, "950")] == realised(case, budget.id)

    def test_merged_rp_cells_share_one_budget(self, case: Case) -> None:
        """Rp cells merged over two indicator rows are one budget for both."""
        first = case.target("pencari-kerja-ditempatkan")
        second = case.target("pelatihan-kerja")
        assert first.budget is second.budget
        assert 1 == sum(1 for t in case.targets if t.indicator.unit == "Rp")
        assert [(2025, "25")] == realised(case, "pelatihan-kerja")


class TestCells:
    def test_number_formats(self, tmp_path: Path) -> None:
        """Places from the format; a percent format for a % indicator; 0.1 + 0.2 is 0.3."""
        rows = [
            ["Kota Contoh"],
            [
                "Indikator",
                "Satuan",
                "Kondisi Awal",
                "Target 2022",
                "Target 2023",
                "Realisasi 2022",
                "Keterangan",
            ],
            ["A", "%", 0.0735, 7.5, 0.1 + 0.2, "7,35", "negatif"],
        ]
        path = workbook(
            tmp_path / "t.xlsx", rows, formats={"C3": "0.00%", "D3": "0.00", "E3": "0.00"}
        )
        target = read_plan_table(path).target("a")
        assert ["7.35", "7.50", "0.30"] == [
            str(target.baseline),
            str(target.schedule[0].value),
            str(target.schedule[1].value),
        ]

    def test_every_cell_problem_listed(self, tmp_path: Path) -> None:
        """All bad cells in one error, each at its cell, saying what was found and expected."""
        rows = [
            ["Kota Contoh"],
            ["Indikator", "Satuan", "Kondisi Awal", "Target 2022", "Target 2023", "Keterangan"],
            ["A", "%", True, "=1/0", "111,727", "positif"],
            ["B", "orang", 1, "Rp5.000", 2, "positif"],
        ]
        path = workbook(tmp_path / "t.xlsx", rows)
        with pytest.raises(DataFileError) as caught:
            read_plan_table(path)
        problems = {p.location: p.message for p in caught.value.problems}
        assert "found the boolean TRUE" in problems["sheet 'RPJMD', cell C3"]
        assert "no calculated value" in problems["sheet 'RPJMD', cell D3"]
        assert "ambiguous" in problems["sheet 'RPJMD', cell E3"]
        assert "not an amount of money" in problems["sheet 'RPJMD', cell D4"]

    def test_unknown_directions_all_listed(self, tmp_path: Path) -> None:
        """Every indicator with no direction is listed with its cell; none is guessed."""
        rows = [
            ["Kota Contoh"],
            ["No", "Indikator", "Satuan", "Kondisi Awal", "Target 2022", "Keterangan"],
            [1, "A", "%", 1, 2, None],
            [2, "B", "%", 1, 2, "positif"],
            [3, "C", "%", 1, 2, "kumulatif"],
        ]
        path = workbook(tmp_path / "t.xlsx", rows)
        with pytest.raises(DataFileError) as caught:
            read_plan_table(path)
        assert ["sheet 'RPJMD', cell B3", "sheet 'RPJMD', cell B5"] == [
            p.location for p in caught.value.problems
        ]
        assert all("direction of" in p.message for p in caught.value.problems)

    def test_negative_by_column_and_mapping(self, tmp_path: Path) -> None:
        """A Polaritas column gives the direction; accumulations= overrides the notes."""
        rows = [
            ["Provinsi Contoh"],
            ["Indikator", "Satuan", "Polaritas", "Kondisi Awal", "Target 2022", "Keterangan"],
            ["Kemiskinan", "%", "Negatif", 10.5, 9.8, "kumulatif"],
        ]
        path = workbook(tmp_path / "t.xlsx", rows)
        target = read_plan_table(path, accumulations={"kemiskinan": "non-kumulatif"}).target(
            "kemiskinan"
        )
        assert (Direction.DECREASE, Accumulation.LAST, Decimal("10.5")) == (
            target.indicator.direction,
            target.indicator.accumulation,
            target.baseline,
        )

    def test_mapping_names_no_row(self, tmp_path: Path) -> None:
        """A directions key that is no indicator's name or No is a problem."""
        rows = [["Kota Contoh"], ["Indikator", "Satuan", "Target 2022"], ["A", "%", 1]]
        path = workbook(tmp_path / "t.xlsx", rows)
        with pytest.raises(DataFileError, match="'b' is not the name or the No"):
            read_plan_table(path, directions={"A": Direction.INCREASE, "B": "decrease"})

    def test_level_needs_kondisi_awal(self, tmp_path: Path) -> None:
        """A non-kumulatif indicator with no Kondisi Awal has no baseline: a problem at its row."""
        rows = [["Kota Contoh"], ["Indikator", "Satuan", "Target 2022"], ["A", "%", 1]]
        path = workbook(tmp_path / "t.xlsx", rows)
        with pytest.raises(DataFileError, match="no Kondisi Awal for 'A'"):
            read_plan_table(path, directions={"A": "increase"})


class TestHeaders:
    def test_header_needing_columns(self, tmp_path: Path) -> None:
        """A header read otherwise reads with columns=, and fails without, showing the header."""
        rows = [
            ["Kota Contoh"],
            ["Nama Indikator", "Ukuran", "Awal", "Rencana 2022", "Rencana 2023", "Catatan"],
            ["A", "%", 5, 6, 7, "positif"],
        ]
        path = workbook(tmp_path / "t.xlsx", rows)
        with pytest.raises(DataFileError, match="columns=") as caught:
            read_plan_table(path)
        assert "A 'Nama Indikator' = ?" in str(caught.value)
        assert "B 'Ukuran' = ?" in str(caught.value)
        case = read_plan_table(
            path,
            columns={"indikator": "Nama Indikator", "satuan": "Ukuran", "kondisi_awal": "Awal"},
        )
        target = case.target("a")
        assert (Decimal(5), Decimal(7), "%") == (target.baseline, target.value, target.unit)

    def test_one_row_header_with_the_year_in_the_cell(self, tmp_path: Path) -> None:
        """{'realisasi': 'Hasil'} reads 'Hasil 2022', 'Hasil 2023' as the realisasi of those years."""
        path = tmp_path / "t.csv"
        path.write_text(
            "Kota Contoh;;;;;;;\n"
            "Uraian Indikator;Ukuran;Arah;Awal;Rencana 2022;Rencana 2023;Hasil 2022;Hasil 2023\n"
            "Tingkat pengangguran;%;negatif;8,81;8,0;7,5;7,9;-\n",
            encoding="utf-8",
        )
        case = read_plan_table(
            path,
            columns={
                "indikator": "Uraian Indikator",
                "satuan": "Ukuran",
                "sifat": "Arah",
                "kondisi_awal": "Awal",
                "realisasi": "Hasil",
            },
        )
        # Rencana 2022/2023 are the yearly targets, Hasil 2022 the one realisasi ("-": none).
        assert [(2022, "8.0"), (2023, "7.5")] == schedule(case, "tingkat-pengangguran")
        assert [(2022, "7.9")] == realised(case, "tingkat-pengangguran")

    def test_polarisasi_maximize_minimize(self, tmp_path: Path) -> None:
        """A Polarisasi column of Minimize/Maximize (as IKU manuals write it) gives the direction."""
        rows = [
            ["Kota Contoh"],
            ["Indikator", "Satuan", "Polarisasi", "Kondisi Awal", "Target 2022"],
            ["A", "%", "Minimize", 8, 7],
            ["B", "%", "Maximize", 60, 65],
        ]
        case = read_plan_table(workbook(tmp_path / "t.xlsx", rows))
        assert [Direction.DECREASE, Direction.INCREASE] == [
            t.indicator.direction for t in case.targets
        ]

    def test_a_dash_in_sifat_is_not_stated(self, tmp_path: Path) -> None:
        """'-' in Sifat leaves the direction to the notes; with none, one problem, not two."""
        rows = [
            ["Kota Contoh"],
            ["Indikator", "Satuan", "Sifat", "Kondisi Awal", "Target 2022", "Keterangan"],
            ["A", "%", "-", 8, 7, "indikator negatif"],
            ["B", "%", "-", 60, 65, None],
        ]
        with pytest.raises(DataFileError) as caught:
            read_plan_table(workbook(tmp_path / "t.xlsx", rows))
        ((location, message),) = [(p.location, p.message) for p in caught.value.problems]
        assert ("sheet 'RPJMD', cell A4", True) == (
            location,
            message.startswith("the direction of 'B' is not stated"),
        )

    def test_years_needed(self, tmp_path: Path) -> None:
        """Tahun ke-n with no year anywhere is an error; first_year= supplies it."""
        rows = [
            ["Kota Contoh"],
            [
                "Indikator",
                "Satuan",
                "Kondisi Awal",
                "Target Tahun ke-1",
                "Target Tahun ke-2",
                "Keterangan",
            ],
            ["A", "%", 5, 6, 7, "positif"],
        ]
        path = workbook(tmp_path / "t.xlsx", rows)
        with pytest.raises(DataFileError, match="first_year="):
            read_plan_table(path)
        case = read_plan_table(path, first_year=2025)
        assert [(2025, "6"), (2026, "7")] == schedule(case, "a")

    def test_region_needed(self, tmp_path: Path) -> None:
        """A table whose title names no region needs region=."""
        rows = [["Indikator", "Satuan", "Kondisi Awal", "Target 2022"], ["A", "%", 1, 2]]
        path = workbook(tmp_path / "t.xlsx", rows)
        with pytest.raises(DataFileError, match="region="):
            read_plan_table(path, directions={"a": "increase"})
        case = read_plan_table(path, directions={"a": "increase"}, region="Kota Lain", title="T")
        assert case.plan is not None
        assert ("Kota Lain", "T") == (case.plan.region, case.title)


# The evaluation form's columns and footer, as written by write_evaluation.
FORM = [
    ["Evaluasi terhadap hasil RPJMD Kota Contoh"],
    ["Periode 2022-2023"],
    [
        "No",
        "Sasaran",
        "Program prioritas",
        "Indikator kinerja",
        "Satuan",
        "Capaian awal",
        "Target akhir",
        None,
        "Target tahun ke-1 (2022)",
        None,
        "Target tahun ke-2 (2023)",
        None,
        "Realisasi tahun ke-1 (2022)",
        None,
        "Tingkat capaian tahun ke-1 (%)",
        None,
        "Capaian akhir",
        None,
        "Rasio capaian akhir (%)",
        None,
        "Predikat",
        "Keterangan",
    ],
    [
        None,
        None,
        None,
        None,
        None,
        None,
        "K",
        "Rp",
        "K",
        "Rp",
        "K",
        "Rp",
        "K",
        "Rp",
        "K",
        "Rp",
        "K",
        "Rp",
        "K",
        "Rp",
        None,
        None,
    ],
    ["Misi 1 Meningkatkan perekonomian"],
    [
        1,
        "Menurunnya pengangguran",
        None,
        "Pengangguran",
        "%",
        6.5,
        6.0,
        None,
        6.2,
        None,
        6.0,
        None,
        6.3,
        None,
        98.39,
        None,
        6.3,
        None,
        95.0,
        None,
        "Sangat Tinggi",
        "indikator negatif; non-kumulatif (diasumsikan)",
    ],
    [
        "Rata-rata capaian kinerja",
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        98.39,
    ],
    [
        "Predikat kinerja",
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        "Sangat Tinggi",
    ],
]


class TestFormReadsBack:
    def test_computed_columns_and_footer_read_past(self, tmp_path: Path) -> None:
        """Tingkat capaian, capaian akhir, rasio, predikat and the footer rows are read past."""
        merges = ["G3:H3", "I3:J3", "K3:L3", "M3:N3", "O3:P3", "Q3:R3", "S3:T3"]
        path = workbook(tmp_path / "form.xlsx", FORM, merges=merges)
        case = read_plan_table(path)
        (target,) = case.targets
        assert (Decimal("6.5"), Decimal("6.0"), Direction.DECREASE) == (
            target.baseline,
            target.value,
            target.indicator.direction,
        )
        assert (Accumulation.LAST, True) == (
            target.indicator.accumulation,
            target.indicator.accumulation_assumed,
        )
        assert [(2022, "6.3")] == realised(case, target.id)
        assert case.plan is not None
        assert (Period.years(2022, 2023), "Kota Contoh") == (case.plan.period, case.plan.region)


class TestCsv:
    TEXT = (
        "RPJMD Kota Contoh 2021-2026;;;;;\n"
        "No;Indikator Kinerja;Satuan;Kondisi Awal;Target 2022;Realisasi 2022;Keterangan\n"
        "1;Tingkat pengangguran;%;8,81;8,5;–;semakin kecil semakin baik\n"
        "2;Rumah layak huni;unit;1.200;1.412;1.398;positif, kumulatif\n"
    )

    def check(self, case: Case) -> None:
        assert (Decimal("8.81"), Direction.DECREASE) == (
            case.target("tingkat-pengangguran").baseline,
            case.target("tingkat-pengangguran").indicator.direction,
        )
        assert [] == realised(case, "tingkat-pengangguran")
        assert (Decimal(1412), Decimal(1200)) == (
            case.target("rumah-layak-huni").value,
            case.target("rumah-layak-huni").initial,
        )

    def test_semicolons_with_bom(self, tmp_path: Path) -> None:
        """';' with a byte order mark, as Excel saves 'CSV UTF-8'."""
        path = tmp_path / "t.csv"
        path.write_bytes(self.TEXT.encode("utf-8-sig"))
        self.check(read_plan_table(path))

    def test_tabs(self, tmp_path: Path) -> None:
        """Tab-separated text."""
        path = tmp_path / "t.tsv"
        path.write_text(self.TEXT.replace(";", "\t"), encoding="utf-8")
        self.check(read_plan_table(path))

    def test_cp1252(self, tmp_path: Path) -> None:
        """cp1252 (the en dash is byte 0x96) reads with encoding='cp1252', and not without."""
        path = tmp_path / "t.csv"
        path.write_bytes(self.TEXT.encode("cp1252"))
        with pytest.raises(DataFileError, match="encoding='cp1252'"):
            read_plan_table(path)
        self.check(read_plan_table(path, encoding="cp1252"))

    def test_csv_locations(self, tmp_path: Path) -> None:
        """A problem in a CSV file is located by line and column letter."""
        path = tmp_path / "t.csv"
        path.write_text(self.TEXT.replace("1.412", "1.41"), encoding="utf-8")
        with pytest.raises(DataFileError) as caught:
            read_plan_table(path)
        assert ["line 4, column E"] == [p.location for p in caught.value.problems]

    def test_too_many_columns(self, tmp_path: Path) -> None:
        """A table wider than MAX_PLAN_COLUMNS is refused."""
        path = tmp_path / "t.csv"
        path.write_text(";".join(["x"] * (MAX_PLAN_COLUMNS + 1)) + "\n", encoding="utf-8")
        with pytest.raises(DataFileError, match=f"more than {MAX_PLAN_COLUMNS} columns"):
            read_plan_table(path)


class TestFiles:
    def test_old_excel(self, tmp_path: Path) -> None:
        """An .xls workbook is named as such, with what to do."""
        path = tmp_path / "t.xls"
        path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
        with pytest.raises(DataFileError, match=r"save it as \.xlsx"):
            read_plan_table(path)

    def test_unknown_sheet(self, tmp_path: Path) -> None:
        """A sheet the workbook does not have is refused, naming those it has."""
        path = workbook(tmp_path / "t.xlsx", [["x"]])
        with pytest.raises(DataFileError, match="'RPJMD'"):
            read_plan_table(path, sheet="Lampiran")

    def test_without_openpyxl(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """A workbook without openpyxl installed asks for the 'excel' extra."""
        path = workbook(tmp_path / "t.xlsx", [["x"]])
        monkeypatch.setitem(sys.modules, "openpyxl", None)
        with pytest.raises(MissingExtraError, match=r"pledgekit\[excel\]"):
            read_plan_table(path)
