"""Plan tables: finding the header, reading its columns, the title block, and mapping columns."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, ClassVar

import pytest

from pledgekit.io._cells import Problems
from pledgekit.io._grid import read_grid
from pledgekit.io._plan_header import COMPUTED, Header, classify, find_header


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


def header_of(path: Path, **options: Any) -> tuple[Header | None, Problems]:
    grid = read_grid(path)
    problems = Problems(grid.file)
    header = find_header(
        grid, problems, columns=options.get("columns", {}), ignore=options.get("ignore", ())
    )
    return header, problems


def keys(header: Header | None) -> list[tuple[str | None, int | None, int | None, bool]]:
    assert header is not None
    return [(c.key, c.year, c.ordinal, c.budget) for c in header.columns]


class TestClassify:
    @pytest.mark.parametrize(
        ("label", "expected"),
        [
            ("No.", ("no", None, None, False)),
            ("INDIKATOR KINERJA", ("indikator", None, None, False)),
            ("Indikator  Sasaran", ("indikator", None, None, False)),
            ("Satuan", ("satuan", None, None, False)),
            ("Program (Prioritas)", ("program", None, None, False)),
            ("Kondisi Kinerja pada Awal Periode RPJMD (2021)", ("kondisi_awal", 2021, None, False)),
            ("Capaian awal", ("kondisi_awal", None, None, False)),
            ("Kondisi Akhir Rp", ("kondisi_akhir", None, None, True)),
            ("Target akhir (K)", ("kondisi_akhir", None, None, False)),
            ("Target 2019", ("target", 2019, None, False)),
            ("Target Tahun ke-1 (2022) K", ("target", 2022, 1, False)),
            ("Target Tahun ke-3", ("target", None, 3, False)),
            ("Realisasi 2020 Rp", ("realisasi", 2020, None, True)),
            ("2019 Realisasi", ("realisasi", 2019, None, False)),
            ("Tingkat capaian tahun ke-1 (%) K", (COMPUTED, None, None, False)),
            ("Capaian akhir", (COMPUTED, None, None, False)),
            ("Rasio capaian akhir (%)", (COMPUTED, None, None, False)),
            ("Predikat", (COMPUTED, None, None, False)),
            ("Sifat", ("sifat", None, None, False)),
            ("Polaritas", ("sifat", None, None, False)),
            ("Kumulatif/Non-kumulatif", ("kumulatif", None, None, False)),
            ("Keterangan", ("keterangan", None, None, False)),
            ("Perangkat Daerah Penanggung Jawab", ("perangkat_daerah", None, None, False)),
            ("Unit Kerja", ("perangkat_daerah", None, None, False)),
            ("Arah Kebijakan", (None, None, None, False)),
            ("Nama Indikator", (None, None, None, False)),
        ],
    )
    def test_labels(self, label: str, expected: tuple[object, ...]) -> None:
        """Labels are read case- and space-insensitively, with their usual variants."""
        assert expected == classify(label)


class TestHeader:
    def test_two_row_merged(self, tmp_path: Path) -> None:
        """'Target' merged over 2019…2021 and 'Realisasi' over them; single columns merged down."""
        path = workbook(
            tmp_path / "t.xlsx",
            [
                ["RPJMD KOTA CONTOH TAHUN 2018-2023"],
                [],
                ["No", "Indikator Kinerja", "Satuan", "Target", None, None, "Realisasi", None],
                [None, None, None, 2019, 2020, 2021, 2019, 2020],
                [1, "Indikator A", "%", 1, 2, 3, 1, 2],
            ],
            merges=["A1:H1", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:H3"],
        )
        header, problems = header_of(path)
        assert not problems
        assert header is not None
        assert (3, 4, 5) == (header.top, header.bottom, header.data)
        assert [
            ("no", None, None, False),
            ("indikator", None, None, False),
            ("satuan", None, None, False),
            ("target", 2019, None, False),
            ("target", 2020, None, False),
            ("target", 2021, None, False),
            ("realisasi", 2019, None, False),
            ("realisasi", 2020, None, False),
        ] == keys(header)
        assert ("Kota Contoh", (2018, 2023)) == (header.title.region, header.title.years)

    def test_three_rows_with_k_and_rp(self, tmp_path: Path) -> None:
        """Target over Tahun ke-1 (2022) and ke-2 (2023), each over K and Rp."""
        path = workbook(
            tmp_path / "t.xlsx",
            [
                ["Indikator Kinerja", "Satuan", "Target", None, None, None],
                [None, None, "Tahun ke-1 (2022)", None, "Tahun ke-2 (2023)", None],
                [None, None, "K", "Rp", "K", "Rp"],
                ["A", "%", 1, 100, 2, 200],
            ],
            merges=["A1:A3", "B1:B3", "C1:F1", "C2:D2", "E2:F2"],
        )
        header, problems = header_of(path)
        assert not problems
        assert [
            ("indikator", None, None, False),
            ("satuan", None, None, False),
            ("target", 2022, 1, False),
            ("target", 2022, 1, True),
            ("target", 2023, 2, False),
            ("target", 2023, 2, True),
        ] == keys(header)
        assert 4 == header.data  # type: ignore[union-attr]

    def test_csv_group_heading_to_the_left(self, tmp_path: Path) -> None:
        """In a CSV file a blank cell above a year takes the group heading to its left."""
        path = tmp_path / "t.csv"
        path.write_text(
            "Indikator;Satuan;Target;;Realisasi;\n;;2022;2023;2022;2023\nA;%;1;2;1;2\n",
            encoding="utf-8",
        )
        header, problems = header_of(path)
        assert not problems
        assert [("target", 2023), ("realisasi", 2022)] == [
            (c.key, c.year)
            for c in header.columns  # type: ignore[union-attr]
            if c.index in (4, 5)
        ]

    def test_numbering_row_skipped(self, tmp_path: Path) -> None:
        """A row of column numbers under the header is not data."""
        path = tmp_path / "t.csv"
        path.write_text(
            "No,Indikator,Satuan,Target 2022\n(1),(2),(3),(4)\n1,A,%,5\n", encoding="utf-8"
        )
        header, _ = header_of(path)
        assert (1, 1, 3) == (header.top, header.bottom, header.data)  # type: ignore[union-attr]

    def test_group_row_is_not_a_header_row(self, tmp_path: Path) -> None:
        """A 'Misi 1 ...' row right under the header is data, not a second header row."""
        path = tmp_path / "t.csv"
        path.write_text(
            "No;Indikator;Satuan;Target 2022\n;Misi 1 Meningkatkan ekonomi;;\n1;A;%;5\n",
            encoding="utf-8",
        )
        header, _ = header_of(path)
        assert (1, 2) == (header.bottom, header.data)  # type: ignore[union-attr]


class TestUnknownHeaders:
    def test_unknown_column_shows_header_and_mapping(self, tmp_path: Path) -> None:
        """An unknown header is a problem at its cell; the header as read and the mapping are shown."""
        path = workbook(
            tmp_path / "t.xlsx",
            [["Indikator", "Satuan", "Ukuran", "Target 2022"], ["A", "%", "x", 1]],
        )
        header, problems = header_of(path)
        assert header is not None
        locations = [p.location for p in problems.items]
        assert "sheet 'RPJMD', cell C1" == locations[0]
        assert "columns={'<key>': 'Ukuran'}" in problems.items[0].message
        shown = problems.items[-1].message
        assert "A 'Indikator' = indikator" in shown
        assert "C 'Ukuran' = ?" in shown
        assert "columns={'indikator': 'Nama Indikator', ...}" in shown

    def test_mapping(self, tmp_path: Path) -> None:
        """columns= maps a header to a canonical key; ignore= reads past a column."""
        path = workbook(
            tmp_path / "t.xlsx",
            [
                ["Nama Indikator", "Unit Ukur", "Foto", "Rencana", None],
                [None, None, None, 2022, 2023],
            ],
            merges=["D1:E1"],
        )
        header, problems = header_of(
            path,
            columns={"indikator": "nama  indikator", "satuan": "B", "target": "Rencana"},
            ignore=["Foto"],
        )
        assert not problems.items
        assert [
            ("indikator", None, None, False),
            ("satuan", None, None, False),
            (None, None, None, False),
            ("target", 2022, None, False),
            ("target", 2023, None, False),
        ] == keys(header)

    def test_mapping_to_a_missing_header(self, tmp_path: Path) -> None:
        """A mapping naming a header the table does not have is a problem, in plain words."""
        path = workbook(tmp_path / "t.xlsx", [["Indikator", "Satuan", "Target 2022"]])
        _, problems = header_of(path, columns={"keterangan": "Catatan Kaki"})
        assert (
            "columns= maps 'keterangan' to 'Catatan Kaki', but no header is 'Catatan Kaki'; "
            "expected a header as read (below) or a column's letters"
        ) == problems.items[0].message

    def test_yearly_mapping_to_a_missing_header(self, tmp_path: Path) -> None:
        """A yearly key mapped to a word no header starts with says a year may follow it."""
        path = workbook(tmp_path / "t.xlsx", [["Indikator", "Satuan", "Target 2022", "Hasil"]])
        _, problems = header_of(path, columns={"realisasi": "Hasl"}, ignore=["Z"])
        messages = [p.message for p in problems.items]
        assert (
            "columns= maps 'realisasi' to 'Hasl', but no header is 'Hasl' or starts with it "
            "followed by a year; expected a header as read (below) or a column's letters"
        ) in messages
        assert (
            "ignore= names 'Z', but the table has no column Z and no header is 'Z'; expected "
            "a header as read (below) or a column's letters"
        ) in messages
        assert "D 'Hasil' = ?" in messages[-1]

    def test_unknown_yearly_column_hints_at_its_word(self, tmp_path: Path) -> None:
        """An unknown 'Hasil 2022' suggests mapping the word 'Hasil', which covers every year."""
        path = workbook(tmp_path / "t.xlsx", [["Indikator", "Satuan", "Hasil 2022"]])
        _, problems = header_of(path)
        assert "columns={'realisasi': 'Hasil'} (or {'target': 'Hasil'}" in problems.items[0].message

    def test_bad_key(self, tmp_path: Path) -> None:
        """A mapping key that is no canonical key is refused, listing the keys."""
        path = workbook(tmp_path / "t.xlsx", [["Indikator", "Satuan", "Target 2022"]])
        with pytest.raises(ValueError, match="kondisi_awal"):
            header_of(path, columns={"indicatorname": "Indikator"})

    def test_no_header(self, tmp_path: Path) -> None:
        """A sheet with no indicator column says what it found and how to map it."""
        path = workbook(tmp_path / "t.xlsx", [["Nama", "Unit", "2022"], ["A", "%", 1]])
        header, problems = header_of(path)
        assert header is None
        assert "row 1: A 'Nama', B 'Unit', C '2022'" in problems.items[0].message
        assert "columns={'indikator'" in problems.items[0].message


class TestYearlyWords:
    """A word mapped to target, realisasi or kondisi awal/akhir also heads its yearly columns."""

    USER: ClassVar[list[str]] = [
        "Uraian Indikator",
        "Ukuran",
        "Arah",
        "Rencana 2022",
        "Rencana 2023",
    ]
    MAPPING: ClassVar[dict[str, str]] = {
        "indikator": "Uraian Indikator",
        "satuan": "Ukuran",
        "sifat": "Arah",
        "realisasi": "Hasil",
    }

    def test_word_and_year_in_one_cell(self, tmp_path: Path) -> None:
        """'Hasil 2022' and 'Hasil 2023' are realisasi 2022 and 2023 under {'realisasi': 'Hasil'}."""
        row = [*self.USER, "Hasil 2022", "Hasil 2023"]
        path = workbook(tmp_path / "t.xlsx", [row, ["A", "%", "positif", 1, 2, 1, None]])
        header, problems = header_of(path, columns=self.MAPPING)
        assert not problems.items
        assert [
            ("indikator", None, None, False),
            ("satuan", None, None, False),
            ("sifat", None, None, False),
            ("target", 2022, None, False),
            ("target", 2023, None, False),
            ("realisasi", 2022, None, False),
            ("realisasi", 2023, None, False),
        ] == keys(header)

    @pytest.mark.parametrize(
        ("title", "expected"),
        [
            ("Hasil Tahun 2022", ("realisasi", 2022, None, False)),
            ("Hasil (2022)", ("realisasi", 2022, None, False)),
            ("Hasil Tahun ke-1 (2022) Rp", ("realisasi", 2022, 1, True)),
            ("hasil  ke-2 K", ("realisasi", None, 2, False)),
            ("Hasil 2022 (Rp juta)", ("realisasi", 2022, None, True)),
        ],
    )
    def test_year_and_plan_year_variants(
        self, tmp_path: Path, title: str, expected: tuple[object, ...]
    ) -> None:
        """The word may be followed by 'Tahun', '(2022)', 'ke-n' and K or Rp, as 'Realisasi' may."""
        path = workbook(tmp_path / "t.xlsx", [["Indikator", "Satuan", title]])
        header, problems = header_of(path, columns={"realisasi": "Hasil"})
        assert not problems.items
        assert expected == keys(header)[2]

    def test_word_over_k_and_rp(self, tmp_path: Path) -> None:
        """'Capaian Riil 2022' over K and Rp: the mapped words read the top row's title."""
        path = workbook(
            tmp_path / "t.xlsx",
            [
                ["Indikator", "Satuan", "Awal", None, "Capaian Riil 2022", None],
                [None, None, "K", "Rp", "K", "Rp"],
            ],
            merges=["A1:A2", "B1:B2", "C1:D1", "E1:F1"],
        )
        header, problems = header_of(
            path, columns={"realisasi": "Capaian Riil", "kondisi_awal": "Awal"}
        )
        assert not problems.items
        assert [
            ("kondisi_awal", None, None, False),
            ("kondisi_awal", None, None, True),
            ("realisasi", 2022, None, False),
            ("realisasi", 2022, None, True),
        ] == keys(header)[2:]

    def test_csv_group_mapped_word_to_the_left(self, tmp_path: Path) -> None:
        """In a CSV file a blank cell right of a mapped 'Hasil' over a year takes 'Hasil'."""
        path = tmp_path / "t.csv"
        path.write_text(
            "Indikator;Satuan;Hasil;\n;;2022;2023\nA;%;1;2\n",
            encoding="utf-8",
        )
        header, problems = header_of(path, columns={"realisasi": "Hasil"})
        assert not problems.items
        assert [("realisasi", 2022, None, False), ("realisasi", 2023, None, False)] == keys(header)[
            2:
        ]

    def test_whole_title_or_letters_keep_the_year(self, tmp_path: Path) -> None:
        """{'target': 'Rencana 2022'} or {'realisasi': 'D'}: the year is the title's."""
        path = workbook(
            tmp_path / "t.xlsx", [["Indikator", "Satuan", "Rencana 2022", "Hasil 2022"]]
        )
        header, problems = header_of(path, columns={"target": "Rencana 2022", "realisasi": "D"})
        assert not problems.items
        assert [("target", 2022, None, False), ("realisasi", 2022, None, False)] == keys(header)[2:]

    def test_kondisi_with_a_year(self, tmp_path: Path) -> None:
        """{'kondisi_awal': 'Awal', 'kondisi_akhir': 'Akhir'} reads 'Awal 2021' and 'Akhir 2026'."""
        path = workbook(tmp_path / "t.xlsx", [["Indikator", "Satuan", "Awal 2021", "Akhir 2026"]])
        header, problems = header_of(
            path, columns={"kondisi_awal": "Awal", "kondisi_akhir": "Akhir"}
        )
        assert not problems.items
        assert [
            ("kondisi_awal", 2021, None, False),
            ("kondisi_akhir", 2026, None, False),
        ] == keys(header)[2:]

    @pytest.mark.parametrize("title", ["Hasil Akhir", "Hasilnya 2022", "Hasil Survei 2022"])
    def test_other_words_after_it_are_not_it(self, tmp_path: Path, title: str) -> None:
        """A title that goes on with other words than a year, ke-n or K/Rp is not the word's."""
        path = workbook(tmp_path / "t.xlsx", [["Indikator", "Satuan", title]])
        header, problems = header_of(path, columns={"realisasi": "Hasil"})
        assert (None, None, None, False) == keys(header)[2]
        assert any("no header is 'Hasil' or starts with it" in p.message for p in problems.items)

    def test_non_yearly_key_is_not_a_prefix(self, tmp_path: Path) -> None:
        """A word mapped to a key without years (satuan) does not head 'Ukuran 2022'."""
        path = workbook(tmp_path / "t.xlsx", [["Indikator", "Ukuran 2022", "Target 2022"]])
        header, problems = header_of(path, columns={"satuan": "Ukuran"})
        assert (None, None, None, False) == keys(header)[1]
        assert any("no header is 'Ukuran';" in p.message for p in problems.items)

    def test_built_in_word_mapped_to_itself(self, tmp_path: Path) -> None:
        """{'target': 'Target'} over one-row 'Target 2022' is used, not reported as unmatched."""
        path = workbook(tmp_path / "t.xlsx", [["Indikator", "Satuan", "Target 2022"]])
        header, problems = header_of(path, columns={"target": "Target"})
        assert not problems.items
        assert ("target", 2022, None, False) == keys(header)[2]


class TestCommonVariants:
    def test_thn_under_target_and_realisasi(self, tmp_path: Path) -> None:
        """'Thn 2019' and 'Th. 2020' under Target and Realisasi are those years."""
        path = workbook(
            tmp_path / "t.xlsx",
            [
                ["Indikator", "Satuan", "Target", None, "Realisasi", None],
                [None, None, "Thn 2019", "Th. 2020", "Thn 2019", "Th. 2020"],
            ],
            merges=["A1:A2", "B1:B2", "C1:D1", "E1:F1"],
        )
        header, problems = header_of(path)
        assert not problems.items
        assert [
            ("target", 2019, None, False),
            ("target", 2020, None, False),
            ("realisasi", 2019, None, False),
            ("realisasi", 2020, None, False),
        ] == keys(header)[2:]

    def test_t_and_r_under_a_year(self, tmp_path: Path) -> None:
        """A year over T and R: its target and its realisasi."""
        path = workbook(
            tmp_path / "t.xlsx",
            [["Indikator", "Satuan", 2019, None], [None, None, "T", "R"]],
            merges=["A1:A2", "B1:B2", "C1:D1"],
        )
        header, problems = header_of(path)
        assert not problems.items
        assert [("target", 2019, None, False), ("realisasi", 2019, None, False)] == keys(header)[2:]

    def test_target_with_no_year(self, tmp_path: Path) -> None:
        """A 'Target' column with no year anywhere says that the year is what is missing."""
        path = workbook(tmp_path / "t.xlsx", [["Indikator", "Satuan", "Target"], ["A", "%", 1]])
        _, problems = header_of(path)
        assert (
            "a 'Target' column with no year; expected its year in its title or in a header row "
            "below it ('Target 2022', 'Target Tahun ke-1'; or 'Target' over '2022', '2023'...)"
        ) == problems.items[0].message

    def test_capaian_with_no_realisasi_is_not_dropped(self, tmp_path: Path) -> None:
        """'Capaian 2019' beside no Realisasi is a problem naming the mapping that reads it."""
        rows = [["Indikator", "Satuan", "Target 2019", "Capaian 2019", "Capaian 2020"]]
        path = workbook(tmp_path / "t.xlsx", rows)
        _, problems = header_of(path)
        assert "sheet 'RPJMD', cell D1" == problems.items[0].location
        assert (
            "no Realisasi column, and 2 yearly column(s) such as 'Capaian 2019' are read as "
            "computed rates (tingkat capaian) and passed over; expected Realisasi columns, or, "
            "if these hold the realisasi, columns={'realisasi': 'Capaian'}"
        ) == problems.items[0].message
        header, problems = header_of(path, columns={"realisasi": "Capaian"})
        assert not problems.items
        assert [("realisasi", 2019, None, False), ("realisasi", 2020, None, False)] == keys(header)[
            3:
        ]

    def test_capaian_beside_realisasi_is_read_past(self, tmp_path: Path) -> None:
        """Beside Realisasi columns, 'Capaian 2019' is the computed rate, read past as before."""
        rows = [["Indikator", "Satuan", "Target 2019", "Realisasi 2019", "Capaian 2019"]]
        header, problems = header_of(workbook(tmp_path / "t.xlsx", rows))
        assert not problems.items
        assert (COMPUTED, None, None, False) == keys(header)[4]

    def test_pagu_and_kinerja_under_a_year(self, tmp_path: Path) -> None:
        """'Kinerja' and 'Pagu (Rp juta)' under a year are its K and Rp columns (Rp in millions)."""
        path = workbook(
            tmp_path / "t.xlsx",
            [
                ["Indikator", "Satuan", "Target 2019", None],
                [None, None, "Kinerja (K)", "Pagu (Rp juta)"],
            ],
            merges=["A1:A2", "B1:B2", "C1:D1"],
        )
        header, problems = header_of(path)
        assert not problems.items
        assert [("target", 2019, None, False), ("target", 2019, None, True)] == keys(header)[2:]
        assert 6 == header.columns[3].scale  # type: ignore[union-attr]

    def test_a_mapping_the_other_way_round(self, tmp_path: Path) -> None:
        """{'Uraian Indikator': 'indikator'} is refused, saying how to write it."""
        path = workbook(tmp_path / "t.xlsx", [["Uraian Indikator", "Satuan", "Target 2022"]])
        with pytest.raises(
            ValueError,
            match=r"the other way round: write columns=\{'indikator': 'Uraian Indikator'\}",
        ):
            header_of(path, columns={"Uraian Indikator": "indikator"})

    def test_no_header_names_the_indicator_header_it_saw(self, tmp_path: Path) -> None:
        """A header with 'Uraian Indikator' unrecognised: the mapping shown names it."""
        path = workbook(tmp_path / "t.xlsx", [["Uraian Indikator", "Ukuran", "Rencana 2022"]])
        _, problems = header_of(path)
        assert "map yours with columns={'indikator': 'Uraian Indikator', ...}" in (
            problems.items[0].message
        )

    @pytest.mark.parametrize(
        "title", ["Realisasi s.d. 2021", "Realisasi s/d 2021", "Target sampai 2021"]
    )
    def test_a_running_total_is_not_a_year(self, tmp_path: Path, title: str) -> None:
        """'Realisasi s.d. 2021' adds up the years to 2021: a problem, not the 2021 figure."""
        path = workbook(tmp_path / "t.xlsx", [["Indikator", "Satuan", "Realisasi 2020", title]])
        _, problems = header_of(path)
        assert "sheet 'RPJMD', cell D1" == problems.items[0].location
        assert "a running total up to a year (s.d.: sampai dengan)" in problems.items[0].message
