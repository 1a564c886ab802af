"""A table of cells, written as an Excel workbook, a CSV table or a Markdown table.

The evaluation form is laid out once, as a `CellTable` (a title block, a header of
one or two levels, rows of cells), and each format writes that same table: the layout
is decided in one place, the formats only spell it.

Numbers stay exact on their way into every format. CSV holds them in plain notation
(``97.54``), Markdown in the language's notation (``97,54``), and the workbook as
numeric cells whose XML holds the decimal text itself. openpyxl writes a number with
``"%.16g" % value``, which turns ``Decimal("97.54")`` into ``97.54000000000001``; so the
workbook is written by openpyxl and then each numeric cell's ``<v>`` is set to the
number's own plain digits. A spreadsheet reads a number as a binary double: a decimal
that no double reads back as (more than about 15 significant digits) is written as
text in the language's notation, with a cell note saying why, rather than rounded.

Private: the evaluation form
    ([`pledgekit.io.write_evaluation`][pledgekit.io.write_evaluation]) is its user.
"""

from __future__ import annotations

import csv
import importlib
import io
import re
import zipfile
from collections.abc import Sequence
from decimal import Decimal
from typing import IO, Any

import attrs

from pledgekit import text
from pledgekit._amounts import exact_text
from pledgekit.exceptions import InvalidValueError, MissingExtraError

__all__ = [
    "Cell",
    "CellTable",
    "Column",
    "csv_text",
    "exact_in_excel",
    "header_rows",
    "markdown_text",
    "number_format",
    "write_xlsx",
]


@attrs.frozen(kw_only=True)
class Cell:
    """One cell: a text, an exact number, or nothing.

    Attributes:
        text: The words of a text cell.
        number: The value of a numeric cell, exactly.
        places: How many decimal places the number is shown with (its number format);
            ``None``: as many as the number has.
        span: How many columns the cell covers, itself included (merged in a
            workbook); the cells it covers are empty.
        bold: Whether the cell is set in bold (a footer's label).
    """

    text: str | None = None
    number: Decimal | None = None
    places: int | None = None
    span: int = 1
    bold: bool = False

    def __attrs_post_init__(self) -> None:
        if self.text is not None and self.number is not None:
            raise InvalidValueError(self, "a cell holding a text or a number, not both", "Cell")
        if self.span < 1:
            raise InvalidValueError(self.span, "a span of at least one column", "Cell.span")

    @property
    def empty(self) -> bool:
        """Whether the cell holds nothing."""
        return self.text is None and self.number is None

    @property
    def shown_places(self) -> int:
        """The places the number is shown with: `places`, or the number's own."""
        if self.places is not None:
            return self.places
        exponent = self.number.as_tuple().exponent if self.number is not None else 0
        return -exponent if isinstance(exponent, int) and exponent < 0 else 0


EMPTY = Cell()


@attrs.frozen(kw_only=True)
class Column:
    """A column of the header: its group's label and, under it, its own.

    Consecutive columns with the same `group` and a `sub` share one group
    label (merged over them in a workbook); a column without `sub` has its group
    label over both header rows.
    """

    group: str
    sub: str | None = None
    width: int = 12


@attrs.frozen(kw_only=True)
class CellTable:
    """A titled table: the title block, the header, and the rows below it.

    Attributes:
        sheet: The worksheet's name (at most 31 characters, as Excel allows).
        title: The title block, one line per row above the header.
        columns: The header, one `Column` per column.
        rows: The rows below the header, each one `Cell` per column.
    """

    sheet: str
    title: tuple[str, ...]
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]

    def __attrs_post_init__(self) -> None:
        for index, row in enumerate(self.rows):
            if len(row) != len(self.columns):
                raise InvalidValueError(
                    len(row), f"{len(self.columns)} cells, one per column", f"rows[{index}]"
                )

    @property
    def levels(self) -> int:
        """How many header rows the table has: 2 when a column has a sub-label, else 1."""
        return 2 if any(c.sub is not None for c in self.columns) else 1


def header_rows(columns: Sequence[Column]) -> tuple[tuple[str, ...], ...]:
    """The header as rows of labels, a group's label over each of its columns.

    A CSV file has no merged cells: each column carries its whole title, the group's
    label above its own, so that no reader has to guess which group a blank belongs to.

    >>> header_rows([Column(group="No"), Column(group="Target", sub="K"),
    ...              Column(group="Target", sub="Rp")])
    (('No', 'Target', 'Target'), ('', 'K', 'Rp'))
    """
    if not any(c.sub is not None for c in columns):
        return (tuple(c.group for c in columns),)
    return tuple(c.group for c in columns), tuple(c.sub or "" for c in columns)


def _continues(columns: Sequence[Column], index: int) -> bool:
    """Whether the column continues the group of the one before it."""
    if index == 0 or columns[index].sub is None:
        return False
    before = columns[index - 1]
    return before.sub is not None and before.group == columns[index].group


def _group_runs(columns: Sequence[Column]) -> list[tuple[int, int]]:
    """The (first, last) column indexes of each run of columns under one group label."""
    runs: list[tuple[int, int]] = []
    for index in range(len(columns)):
        if _continues(columns, index):
            runs[-1] = (runs[-1][0], index)
        else:
            runs.append((index, index))
    return runs


def exact_in_excel(number: Decimal) -> bool:
    """Whether a spreadsheet, reading the number as a binary double, reads it back exactly.

    True when the shortest decimal that round-trips the nearest double is the number:
    every decimal of up to 15 significant digits, and more when a double holds it.

    >>> exact_in_excel(Decimal("97.54")), exact_in_excel(Decimal("1234567890.123456789"))
    (True, False)
    """
    return Decimal(repr(float(number))) == number


def number_format(places: int) -> str:
    """The Excel number format of a figure with ``places`` decimal places.

    >>> number_format(0), number_format(2)
    ('#,##0', '#,##0.00')
    """
    return "#,##0" + ("." + "0" * places if places > 0 else "")


# -- CSV and Markdown ----------------------------------------------------------------


def _plain(cell: Cell) -> str:
    if cell.number is not None:
        return exact_text(cell.number)
    return cell.text or ""


def csv_text(table: CellTable) -> str:
    """The table as CSV: the title block, one row per header level, then the rows.

    Numbers in plain notation (``97.54``: a point, every digit, no grouping), so that
    a comma or a semicolon never stands inside a number; lines end in CRLF (RFC 4180).

    >>> table = CellTable(sheet="x", title=("Title",), columns=(Column(group="A"),),
    ...                   rows=((Cell(number=Decimal("97.54")),),))
    >>> csv_text(table).splitlines()
    ['Title', '', 'A', '97.54']
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for line in table.title:
        writer.writerow([line])
    if table.title:
        writer.writerow([])
    writer.writerows(header_rows(table.columns))
    for row in table.rows:
        writer.writerow([_plain(cell) for cell in row])
    return buffer.getvalue()


def _markdown_cell(words: str) -> str:
    """Words safe in a GitHub table cell: pipes escaped, line breaks as ``<br>``."""
    return words.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "<br>")


def markdown_text(table: CellTable, lang: str) -> str:
    """The table as Markdown: the title as a heading and lines, then a GitHub table.

    The two header rows become one, a group's label and the column's own on two lines
    of one cell; numbers are written in the notation of ``lang`` (a
    [`pledgekit.text`][pledgekit.text] locale), with the places of their number format.

    >>> table = CellTable(sheet="x", title=("Title", "Kota X"),
    ...                   columns=(Column(group="T", sub="K"), Column(group="T", sub="Rp")),
    ...                   rows=((Cell(number=Decimal("90.656"), places=2), Cell()),))
    >>> print(markdown_text(table, "id"))
    # Title
    <BLANKLINE>
    Kota X
    <BLANKLINE>
    | T<br>K | T<br>Rp |
    | ---: | --- |
    | 90,66 |  |
    <BLANKLINE>
    """
    lines = []
    if table.title:
        lines += [f"# {table.title[0]}", ""]
    rest = table.title[1:]
    if rest:  # one paragraph, a hard line break ("\\") after each line but the last
        lines += [*(f"{line}\\" for line in rest[:-1]), rest[-1], ""]
    heads = [
        column.group if column.sub is None else f"{column.group}\n{column.sub}"
        for column in table.columns
    ]
    lines.append("| " + " | ".join(_markdown_cell(h) for h in heads) + " |")
    lines.append("| " + " | ".join(_alignment(table, i) for i in range(len(heads))) + " |")
    for row in table.rows:
        cells = [_markdown_cell(_in_notation(cell, lang)) for cell in row]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def _alignment(table: CellTable, index: int) -> str:
    """Right-aligned where the column holds numbers, as figures are set."""
    numeric = any(row[index].number is not None for row in table.rows)
    return "---:" if numeric else "---"


def _in_notation(cell: Cell, lang: str) -> str:
    if cell.number is not None:
        return text.format_number(cell.number, lang, places=cell.shown_places)
    return cell.text or ""


# -- The workbook ----------------------------------------------------------------------


def _openpyxl() -> Any:
    try:
        return importlib.import_module("openpyxl")
    except ImportError as error:
        raise MissingExtraError("openpyxl", "excel", "for Excel workbooks") from error


def write_xlsx(table: CellTable, stream: IO[bytes], *, lang: str, inexact_note: str) -> None:
    """Write the table as an Excel workbook of one sheet to a binary stream.

    Args:
        table: The table.
        stream: Where the workbook's bytes go.
        lang: The [`pledgekit.text`][pledgekit.text] locale a number no double holds is written in,
            as text.
        inexact_note: The cell note on such a number, saying why it is text.

    Raises:
        MissingExtraError: openpyxl is not installed.
    """
    openpyxl = _openpyxl()
    styles = importlib.import_module("openpyxl.styles")
    comments = importlib.import_module("openpyxl.comments")
    utils = importlib.import_module("openpyxl.utils")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = table.sheet
    width = len(table.columns)
    bold = styles.Font(bold=True)
    for row, line in enumerate(table.title, start=1):
        sheet.cell(row=row, column=1, value=line).font = bold
        if width > 1:
            sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
    top = len(table.title) + (2 if table.title else 1)
    _write_header(sheet, table, top, styles)
    first_body = top + table.levels
    exact: dict[str, str] = {}
    spans: list[tuple[int, int, int]] = []
    for offset, cells in enumerate(table.rows):
        row = first_body + offset
        for column, cell in enumerate(cells, start=1):
            if cell.empty:
                continue
            target = sheet.cell(row=row, column=column)
            if cell.bold:
                target.font = bold
            if cell.span > 1:
                spans.append((row, column, column + cell.span - 1))
            if cell.number is None:
                target.value = cell.text
                continue
            if exact_in_excel(cell.number):
                target.value = cell.number
                target.number_format = number_format(cell.shown_places)
                target.alignment = styles.Alignment(horizontal="right")
                exact[target.coordinate] = exact_text(cell.number)
            else:
                target.value = text.format_number(cell.number, lang, places=cell.shown_places)
                target.alignment = styles.Alignment(horizontal="right")
                target.comment = comments.Comment(inexact_note, "pledgekit")
    for row, first, last in spans:  # after the values: a merged cell takes none
        sheet.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)
    for index, header in enumerate(table.columns, start=1):
        sheet.column_dimensions[utils.get_column_letter(index)].width = header.width
    sheet.freeze_panes = sheet.cell(row=first_body, column=1)
    buffer = io.BytesIO()
    book.save(buffer)
    stream.write(_exact_numbers(buffer.getvalue(), exact))


def _write_header(sheet: Any, table: CellTable, top: int, styles: Any) -> None:
    """The header rows at ``top``: group labels merged over their columns, or over both rows."""
    heading = styles.Font(bold=True)
    centred = styles.Alignment(horizontal="center", vertical="center", wrap_text=True)
    levels = table.levels
    for first, last in _group_runs(table.columns):
        column = table.columns[first]
        cell = sheet.cell(row=top, column=first + 1, value=column.group)
        cell.font, cell.alignment = heading, centred
        if column.sub is None and levels == 2:
            sheet.merge_cells(
                start_row=top, start_column=first + 1, end_row=top + 1, end_column=first + 1
            )
        elif last > first:
            sheet.merge_cells(
                start_row=top, start_column=first + 1, end_row=top, end_column=last + 1
            )
        for index in range(first, last + 1):
            sub = table.columns[index].sub
            if sub is not None:
                below = sheet.cell(row=top + 1, column=index + 1, value=sub)
                below.font, below.alignment = heading, centred


#: A numeric cell as openpyxl writes it: ``<c r="E12" ...><v>97.54000000000001</v></c>``.
_NUMERIC_CELL = re.compile(rb'<c r="([A-Z]+[0-9]+)"([^>]*)><v>([^<]*)</v></c>')


def _exact_numbers(workbook: bytes, exact: dict[str, str]) -> bytes:
    """The workbook with each numeric cell's XML holding its number's own digits.

    Only the worksheet part changes; every other part is copied as it was.
    """
    found: set[str] = set()

    def own_digits(match: re.Match[bytes]) -> bytes:
        coordinate = match.group(1).decode("ascii")
        digits = exact.get(coordinate)
        if digits is None:
            return match.group(0)
        found.add(coordinate)
        return b'<c r="%s"%s><v>%s</v></c>' % (
            match.group(1),
            match.group(2),
            digits.encode("ascii"),
        )

    source = zipfile.ZipFile(io.BytesIO(workbook))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = _NUMERIC_CELL.sub(own_digits, data)
            target.writestr(item, data)
    missing = sorted(set(exact) - found)
    if missing:  # openpyxl wrote a cell another way: never leave a rounded number behind
        raise InvalidValueError(
            ", ".join(missing[:3]), "numeric cells written as <v> elements", "write_xlsx"
        )
    return out.getvalue()
