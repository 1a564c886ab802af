"""A sheet as a grid of cells: from an .xlsx workbook (openpyxl) or from a CSV file.

A plan table is read cell by cell, and every problem names its cell. A workbook gives
each cell's value as Excel stores it (a number, text, a boolean, a date, an error such
as ``#DIV/0!``) and its number format; a merged range gives its top-left value to every
cell it covers, each remembering that origin so that a problem names the cell that
holds the value. A CSV file gives text only.

Locations read ``sheet 'RPJMD', cell E12`` in a workbook and ``line 12, column E`` in
a CSV file (the line the row starts on: a quoted cell may span lines).
"""

from __future__ import annotations

import datetime as dt
import enum
import importlib
import os
import warnings
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs

from pledgekit.exceptions import DataFileError, InvalidValueError, MissingExtraError
from pledgekit.io._csv import _rows as csv_rows
from pledgekit.io._limits import (
    MAX_FILE_BYTES,
    MAX_ITEMS,
    MAX_PLAN_COLUMNS,
    MAX_PLAN_ROWS,
    MAX_WORKBOOK_BYTES,
)
from pledgekit.io._syntax import check_encoding, read_text, too_large

__all__ = ["Cell", "CellKind", "Grid", "column_letter", "read_grid"]

_DELIMITERS = (",", ";", "\t")
# How many lines the delimiter is guessed from: a title block and the header fit in it.
_SNIFF_LINES = 40


class CellKind(enum.Enum):
    """What a cell holds, as its file stores it."""

    EMPTY = "empty"
    NUMBER = "number"
    TEXT = "text"
    BOOLEAN = "boolean"
    DATE = "date"
    #: An Excel error value such as ``#DIV/0!`` or ``#N/A``.
    ERROR = "error"
    #: A formula the workbook holds no calculated value for (never opened in Excel).
    UNCALCULATED = "uncalculated"


@attrs.frozen
class Cell:
    """One cell: what it holds, its number format, and the cell the value comes from.

    Attributes:
        kind: What it holds.
        value: An ``int`` or ``float`` (NUMBER), a ``str`` (TEXT, ERROR, and the formula
            of UNCALCULATED), a ``bool``, a date or time, or ``None`` (EMPTY).
        number_format: The Excel number format (``"General"``, ``"0.00"``, ``"0.00%"``).
        row: The row of the cell holding the value (the top-left of a merged range).
        column: Its column, from 1.
    """

    kind: CellKind
    value: Any
    row: int
    column: int
    number_format: str = "General"

    @property
    def empty(self) -> bool:
        """Whether the cell holds nothing, or only spaces."""
        return self.kind is CellKind.EMPTY or (
            self.kind is CellKind.TEXT and not str(self.value).strip()
        )


def column_letter(column: int) -> str:
    """The letters of a column (1 is ``A``, 27 is ``AA``).

    >>> column_letter(1), column_letter(5), column_letter(28)
    ('A', 'E', 'AB')
    """
    letters = ""
    while column > 0:
        column, remainder = divmod(column - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


@attrs.frozen
class Grid:
    """A sheet's cells by row and column (both from 1), and how its problems are located.

    Attributes:
        file: The file's name, as errors give it.
        sheet: The worksheet's name, or ``None`` for a CSV file.
        cells: The rows, each a tuple of cells (rows may be shorter than ``width``).
        lines: For a CSV file, the line each row starts on.
        width: The number of columns.
    """

    file: str
    sheet: str | None
    cells: tuple[tuple[Cell, ...], ...]
    lines: tuple[int, ...] = ()
    width: int = 0

    @property
    def height(self) -> int:
        """The number of rows."""
        return len(self.cells)

    def cell(self, row: int, column: int) -> Cell:
        """The cell at ``row``, ``column`` (an empty cell outside the grid)."""
        if 1 <= row <= len(self.cells):
            cells = self.cells[row - 1]
            if 1 <= column <= len(cells):
                return cells[column - 1]
        return Cell(CellKind.EMPTY, None, row, column)

    def where(self, row: int, column: int | None = None) -> str:
        """The location of a cell (or of a whole row when ``column`` is ``None``)."""
        if self.sheet is None:
            line = self.lines[row - 1] if 1 <= row <= len(self.lines) else row
            if column is None:
                return f"line {line}"
            return f"line {line}, column {column_letter(column)}"
        if column is None:
            return f"sheet {self.sheet!r}, row {row}"
        return f"sheet {self.sheet!r}, cell {column_letter(column)}{row}"

    def at(self, cell: Cell) -> str:
        """The location of the cell a value comes from."""
        return self.where(cell.row, cell.column)

    def row(self, row: int) -> Iterator[Cell]:
        """The cells of a row, from column 1 to `width`."""
        for column in range(1, self.width + 1):
            yield self.cell(row, column)


def read_grid(
    path: str | os.PathLike[str],
    *,
    sheet: str | None = None,
    encoding: str = "utf-8",
    delimiter: str | None = None,
    what: str = "plan table",
) -> Grid:
    """The grid of a workbook's sheet (``.xlsx``) or of a CSV file, told apart by content.

    ``what`` names the file in a message that refuses it for its size.

    Raises:
        DataFileError: The file cannot be read, is too large, or is neither.
        MissingExtraError: A workbook, and openpyxl is not installed.
    """
    if not isinstance(path, str | os.PathLike):
        raise InvalidValueError(path, "the path of an .xlsx or CSV file", "read_plan_table(path)")
    file = Path(path)
    name = str(path)
    codec = check_encoding(encoding, "read_plan_table(encoding)")
    if delimiter is not None and delimiter not in _DELIMITERS:
        raise InvalidValueError(
            delimiter,
            "None (found from the header), ',', ';' or a tab",
            "read_plan_table(delimiter)",
        )
    try:
        size = file.stat().st_size
        with file.open("rb") as stream:
            start = stream.read(8)
    except OSError as error:
        raise DataFileError(name, [("file", f"cannot be read: {error.strerror}")]) from None
    if size > MAX_FILE_BYTES:
        raise DataFileError(name, [("file", too_large(what, MAX_FILE_BYTES))])
    if start.startswith(b"PK\x03\x04"):
        return _workbook_grid(file, name, sheet)
    if start.startswith(b"\xd0\xcf\x11\xe0"):
        raise DataFileError(
            name,
            [
                (
                    "file",
                    "this is an Excel 97-2003 workbook (.xls) or another old Office file; "
                    "expected an .xlsx workbook or a CSV file: save it as .xlsx",
                )
            ],
        )
    if sheet is not None:
        raise InvalidValueError(
            sheet, "None for a CSV file (it has no sheets)", "read_plan_table(sheet)"
        )
    return _csv_grid(read_text(file, name, encoding=codec, what="table"), name, delimiter)


# CSV -------------------------------------------------------------------------------------


def _csv_grid(text: str, name: str, delimiter: str | None) -> Grid:
    text = text.removeprefix("\ufeff")
    if delimiter is None:
        delimiter = _sniff(text)
    rows = list(csv_rows(text, name, delimiter=delimiter, limit=MAX_ITEMS))
    _check_height(len(rows), name, lambda index: f"line {rows[index][0]}")
    cells = []
    width = 0
    for number, (_, values) in enumerate(rows, start=1):
        row = tuple(
            Cell(CellKind.TEXT if value.strip() else CellKind.EMPTY, value or None, number, column)
            for column, value in enumerate(values, start=1)
        )
        width = max(width, _used_width(row))
        cells.append(row)
    _check_width(width, name, "line 1")
    return Grid(name, None, tuple(cells), tuple(line for line, _ in rows), width)


def _sniff(text: str) -> str:
    """The delimiter the header uses: the one a line of the first lines has most of.

    A title block above the header may have no delimiter at all (or a few, padding it
    to the table's width); the header has one between every two columns.
    """
    lines = text.splitlines()[:_SNIFF_LINES]
    return max(_DELIMITERS, key=lambda d: max((line.count(d) for line in lines), default=0))


def _used_width(row: tuple[Cell, ...]) -> int:
    for index in range(len(row), 0, -1):
        if not row[index - 1].empty:
            return index
    return 0


def _check_height(height: int, name: str, locate: Any) -> None:
    if height > MAX_PLAN_ROWS:
        raise DataFileError(
            name, [(locate(MAX_PLAN_ROWS), f"more than {MAX_PLAN_ROWS} rows; expected fewer")]
        )


def _check_width(width: int, name: str, where: str) -> None:
    if width > MAX_PLAN_COLUMNS:
        raise DataFileError(
            name, [(where, f"more than {MAX_PLAN_COLUMNS} columns; expected fewer")]
        )


# Workbooks -------------------------------------------------------------------------------


def _workbook_grid(file: Path, name: str, sheet: str | None) -> Grid:
    try:
        openpyxl = importlib.import_module("openpyxl")
    except ImportError as error:
        raise MissingExtraError("openpyxl", "excel", "to read .xlsx workbooks") from error
    has_formulas = _check_archive(file, name)
    values = _load(openpyxl, file, name, data_only=True)
    worksheet = _worksheet(values, sheet, name)
    formulas = None
    if has_formulas:
        formulas = _load(openpyxl, file, name, data_only=False)[worksheet.title]
    height, width = _extent(worksheet)
    if formulas is not None:  # a formula with no value is a cell too
        height, width = (max(pair) for pair in zip((height, width), _extent(formulas), strict=True))
    _check_height(height, name, lambda row: f"sheet {worksheet.title!r}, row {row + 1}")
    _check_width(width, name, f"sheet {worksheet.title!r}, row 1")
    origins = _merged_origins(worksheet, height, width)
    rows = []
    for row in range(1, height + 1):
        cells = []
        for column in range(1, width + 1):
            origin_row, origin_column = origins.get((row, column), (row, column))
            cells.append(_cell(worksheet, formulas, origin_row, origin_column))
        rows.append(tuple(cells))
    return Grid(name, str(worksheet.title), tuple(rows), (), width)


def _check_archive(file: Path, name: str) -> bool:
    """Refuse a workbook that unpacks to more than the limit; say whether it holds formulas."""
    try:
        with zipfile.ZipFile(file) as archive:
            members = archive.infolist()
            unpacked = sum(member.file_size for member in members)
            if unpacked > MAX_WORKBOOK_BYTES:
                raise DataFileError(
                    name,
                    [
                        (
                            "file",
                            f"a workbook that unpacks to {unpacked} bytes; expected at most "
                            f"{MAX_WORKBOOK_BYTES // (1024 * 1024)} MiB",
                        )
                    ],
                )
            if not any(m.filename.startswith("xl/") for m in members):
                raise DataFileError(
                    name,
                    [
                        (
                            "file",
                            "a ZIP archive that is not an Excel workbook; expected .xlsx or CSV",
                        )
                    ],
                )
            return any(
                b"<f>" in data or b"<f " in data or b"<f/>" in data
                for data in (
                    archive.read(m) for m in members if m.filename.startswith("xl/worksheets/")
                )
            )
    except zipfile.BadZipFile:
        raise DataFileError(
            name, [("file", "a damaged workbook (not a readable ZIP archive); expected .xlsx")]
        ) from None


def _load(openpyxl: Any, file: Path, name: str, *, data_only: bool) -> Any:
    try:
        with warnings.catch_warnings():
            # openpyxl warns about parts it does not read (data validation, styles):
            # none of them carries a figure.
            warnings.simplefilter("ignore")
            # A stream, not the path: openpyxl refuses a workbook by its name ("r.csv"),
            # and the file is told apart by its content.
            with file.open("rb") as stream:
                return openpyxl.load_workbook(stream, data_only=data_only, read_only=False)
    except Exception as error:  # openpyxl raises many kinds for a broken file
        raise DataFileError(
            name, [("file", f"not a readable .xlsx workbook ({type(error).__name__}: {error})")]
        ) from None


def _worksheet(workbook: Any, sheet: str | None, name: str) -> Any:
    titles = [ws.title for ws in workbook.worksheets]
    if sheet is None:
        if not titles:
            raise DataFileError(name, [("file", "a workbook with no worksheet")])
        return workbook.worksheets[0]
    if not isinstance(sheet, str) or sheet not in titles:
        shown = ", ".join(repr(title) for title in titles)
        raise DataFileError(
            name, [("file", f"no sheet {sheet!r}; expected one of the workbook's sheets: {shown}")]
        )
    return workbook[sheet]


def _extent(worksheet: Any) -> tuple[int, int]:
    """The last row and column holding a value, or covered by a merged value.

    Formatting alone extends ``max_row`` (to a million rows, in some sheets): only
    values count.
    """
    height = width = 0
    for (row, column), cell in worksheet._cells.items():
        if cell.value is not None and not (isinstance(cell.value, str) and not cell.value.strip()):
            height = max(height, row)
            width = max(width, column)
    for merged in worksheet.merged_cells.ranges:
        origin = worksheet._cells.get((merged.min_row, merged.min_col))
        if origin is not None and origin.value is not None:
            height = max(height, merged.max_row)
            width = max(width, merged.max_col)
    return height, width


def _merged_origins(
    worksheet: Any, height: int, width: int
) -> dict[tuple[int, int], tuple[int, int]]:
    origins: dict[tuple[int, int], tuple[int, int]] = {}
    for merged in worksheet.merged_cells.ranges:
        top, left = merged.min_row, merged.min_col
        for row in range(top, min(merged.max_row, height) + 1):
            for column in range(left, min(merged.max_col, width) + 1):
                origins[(row, column)] = (top, left)
    return origins


def _cell(worksheet: Any, formulas: Any, row: int, column: int) -> Cell:
    cell = worksheet._cells.get((row, column))
    if cell is None or cell.value is None:
        formula = formulas._cells.get((row, column)) if formulas is not None else None
        if formula is not None and formula.data_type == "f":
            text = formula.value if isinstance(formula.value, str) else str(formula.value.text)
            return Cell(CellKind.UNCALCULATED, text, row, column)
        return Cell(CellKind.EMPTY, None, row, column)
    value = cell.value
    number_format = str(cell.number_format or "General")
    if cell.data_type == "e":
        return Cell(CellKind.ERROR, str(value), row, column, number_format)
    if isinstance(value, bool):
        return Cell(CellKind.BOOLEAN, value, row, column, number_format)
    if isinstance(value, int | float):
        return Cell(CellKind.NUMBER, value, row, column, number_format)
    if isinstance(value, dt.date | dt.time | dt.timedelta):
        return Cell(CellKind.DATE, value, row, column, number_format)
    # An Excel cell holds at most 32,767 characters, within MAX_TEXT_LENGTH.
    text = str(value)
    kind = CellKind.TEXT if text.strip() else CellKind.EMPTY
    return Cell(kind, text, row, column, number_format)
