"""Plan tables: finding the header, reading its columns, the title block, and mapping columns."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

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
        """A mapping naming a header the table does not have is a problem, not ignored."""
        path = workbook(tmp_path / "t.xlsx", [["Indikator", "Satuan", "Target 2022"]])
        _, problems = header_of(path, columns={"keterangan": "Catatan Kaki"})
        assert any("'keterangan': 'Catatan Kaki'" in p.message for p in problems.items)

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
