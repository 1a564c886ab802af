"""Build the RPJMD workbook of Kabupaten Sukamaju, an invented regency, as a Bappeda keeps it.

The regency and every figure are invented (ILLUSTRATIVE); the layout is that of the
indicator tables planning offices keep for their RPJMD and evaluate with the
Permendagri 86/2017 form "Evaluasi terhadap hasil RPJMD":

- a title block above the header;
- a two-row header with merged cells: "Target" over 2019…2023 and "Realisasi" over
  2019…2023;
- the plan's tree as group rows ("Misi 1 …", "Tujuan 1.1 …", "Sasaran 1.1.1 …"), one
  sasaran hanging directly from its misi, with no tujuan;
- figures partly stored as numbers (as Excel keeps them: 6.2 is the float 6.2) and
  partly typed as Indonesian text ("7,1", "2.750");
- a negative indicator (less is better), marked in the Sifat column;
- a missing year ("-": not yet reported), and the years after the evaluation empty.

Run it to write ``rpjmd-kabupaten-sukamaju.xlsx`` beside it (openpyxl: the ``excel``
extra); the workbook in the repository is its output. Then evaluate it:

    pledgekit evaluate examples/rpjmd/rpjmd-kabupaten-sukamaju.xlsx -o form.xlsx
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).parent
WORKBOOK = HERE / "rpjmd-kabupaten-sukamaju.xlsx"
YEARS = (2019, 2020, 2021, 2022, 2023)

TITLE = (
    "RENCANA PEMBANGUNAN JANGKA MENENGAH DAERAH (RPJMD)",
    "KABUPATEN SUKAMAJU TAHUN 2019-2023",
    "Indikator kinerja daerah dan realisasinya (data ilustratif)",
)
HEADER = ("No", "Indikator Kinerja", "Satuan", "Sifat", "Kondisi Awal (2018)")
TAIL = ("Kondisi Akhir (2023)", "Keterangan")

# A group row: (the text in the first column). An indicator row: (No, indicator, unit,
# sifat, kondisi awal, five targets, five realisasi, kondisi akhir, keterangan).
# A cell is a number (stored as Excel stores numbers), a text (typed, in Indonesian
# notation), "-" (not yet reported) or None (empty).
ROWS: tuple[tuple[object, ...], ...] = (
    ("Misi 1 Mewujudkan perekonomian daerah yang tangguh dan berdaya saing",),
    ("Tujuan 1.1 Meningkatkan kesejahteraan masyarakat",),
    ("Sasaran 1.1.1 Menurunnya tingkat pengangguran",),
    (
        "1",
        "Tingkat pengangguran terbuka",
        "%",
        "Negatif",
        6.2,
        6.0,
        5.8,
        5.6,
        5.4,
        5.2,
        6.1,
        "7,1",
        6.05,
        None,
        None,
        5.2,
        "",
    ),
    (
        "2",
        "Tenaga kerja yang ditempatkan",
        "orang",
        "Positif",
        "2.900",
        3000,
        3000,
        3000,
        3000,
        3000,
        "2.750",
        3100,
        2980,
        None,
        None,
        "15.000",
        "kumulatif",
    ),
    ("Sasaran 1.1.2 Meningkatnya pertumbuhan ekonomi",),
    (
        "3",
        "Laju pertumbuhan ekonomi",
        "%",
        "Positif",
        5.1,
        5.2,
        5.3,
        5.4,
        5.5,
        5.6,
        5.3,
        "-2,1",
        3.9,
        None,
        None,
        5.6,
        "",
    ),
    ("Misi 2 Mewujudkan sumber daya manusia yang sehat dan cerdas",),
    ("Sasaran 2.1 Meningkatnya derajat kesehatan masyarakat",),
    (
        "4",
        "Prevalensi stunting pada balita",
        "%",
        "Negatif",
        27.4,
        25.0,
        23.0,
        21.0,
        18.0,
        14.0,
        25.1,
        23.4,
        "-",
        None,
        None,
        14.0,
        "semakin kecil semakin baik; 2021 belum dilaporkan",
    ),
    (
        "5",
        "Angka harapan hidup",
        "tahun",
        "Positif",
        71.02,
        71.2,
        71.4,
        71.6,
        71.8,
        72.0,
        71.25,
        71.3,
        "71,52",
        None,
        None,
        72.0,
        "",
    ),
    ("Sasaran 2.2 Meningkatnya kualitas pendidikan",),
    (
        "6",
        "Rata-rata lama sekolah",
        "tahun",
        "Positif",
        7.81,
        7.9,
        8.0,
        8.1,
        8.2,
        8.3,
        7.95,
        8.03,
        8.1,
        None,
        None,
        8.3,
        "",
    ),
)


def build(path: Path = WORKBOOK) -> Path:
    """Write the workbook to ``path`` and return it."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "RPJMD"
    for number, line in enumerate(TITLE, start=1):
        sheet.cell(row=number, column=1, value=line).font = Font(bold=number < 3)
    top, sub = len(TITLE) + 2, len(TITLE) + 3
    columns = len(HEADER) + 2 * len(YEARS) + len(TAIL)
    for index, text in enumerate(HEADER, start=1):
        sheet.cell(row=top, column=index, value=text)
        sheet.merge_cells(start_row=top, start_column=index, end_row=sub, end_column=index)
    first = len(HEADER) + 1
    for block, word in enumerate(("Target", "Realisasi")):
        start = first + block * len(YEARS)
        sheet.cell(row=top, column=start, value=word)
        sheet.merge_cells(
            start_row=top, start_column=start, end_row=top, end_column=start + len(YEARS) - 1
        )
        for offset, year in enumerate(YEARS):
            sheet.cell(row=sub, column=start + offset, value=year)
    for offset, text in enumerate(TAIL):
        index = first + 2 * len(YEARS) + offset
        sheet.cell(row=top, column=index, value=text)
        sheet.merge_cells(start_row=top, start_column=index, end_row=sub, end_column=index)
    for row in (top, sub):
        for index in range(1, columns + 1):
            cell = sheet.cell(row=row, column=index)
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for offset, values in enumerate(ROWS, start=sub + 1):
        if len(values) == 1:
            sheet.cell(row=offset, column=1, value=values[0]).font = Font(bold=True)
            sheet.merge_cells(start_row=offset, start_column=1, end_row=offset, end_column=columns)
            continue
        for index, value in enumerate(values, start=1):
            if value is None:
                continue
            cell = sheet.cell(row=offset, column=index, value=value)
            if isinstance(value, float):
                cell.number_format = "0.00"
    sheet.column_dimensions["B"].width = 40
    for index in range(first, first + 2 * len(YEARS)):
        sheet.column_dimensions[get_column_letter(index)].width = 9
    # Fixed document dates: the same script writes the same workbook.
    book.properties.created = book.properties.modified = dt.datetime(2022, 1, 31, 8, 0)
    book.save(path)
    return path


if __name__ == "__main__":
    sys.stdout.write(f"wrote {build(Path(sys.argv[1]) if len(sys.argv) > 1 else WORKBOOK)}\n")
