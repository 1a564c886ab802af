"""Tables of figures kept in a workbook's sheet: ``read_observations(path, sheet=...)``.

The sheet holds the same long table a CSV file does (one figure a row: indicator,
period or year, value...), read cell by cell through `_grid` and `_cells`:
a cell Excel stores as a number is its exact figure (the shortest decimal that gives
the number back, with the places its format shows: 8.81 is 8.81, never
``Decimal(8.81)``), and a year stored as the number 2019 is the year 2019; a text cell
is read in the table's locale, as a CSV cell is. Rows above the header with at most one
cell of their own (a title, merged across) are passed over. Every problem names its
cell: ``sheet 'Realisasi', cell C4``.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from decimal import Decimal

from pledgekit._indicator import Observation
from pledgekit.exceptions import DataFileError
from pledgekit.io._cells import CellError, read_number, read_text
from pledgekit.io._csv import _HEADER_EXPECTED, _MISSING, FigureReading, Mapped
from pledgekit.io._grid import Cell, CellKind, Grid, column_letter, read_grid
from pledgekit.io._values import Reader

__all__ = ["read_sheet"]

# What a column's cell is expected to hold, for a cell that holds something else.
_EXPECTED = {
    "value": "a figure, or '-' or an empty cell for none",
    "resolution": "a figure",
    "year": "a year such as 2019",
    "period": "a period such as 2019 or 2022-01-01..2022-06-30, as text",
}


def read_sheet(
    path: str | os.PathLike[str],
    *,
    sheet: str | None,
    figures: FigureReading,
    mapped: Mapped,
) -> tuple[Observation, ...]:
    """The observations of a workbook's sheet (the first by default).

    Raises:
        DataFileError: Every problem, each at its cell.
        MissingExtraError: openpyxl is not installed.
    """
    reader = figures.ctx.r
    try:
        grid = read_grid(path, sheet=sheet, what="table")
    except DataFileError as error:  # named as the caller names the table
        raise DataFileError(reader.file, error.problems) from None
    top = _header_row(grid)
    if top is None:
        where = f"sheet {grid.sheet!r}"
        raise DataFileError(reader.file, [(where, "no header; expected " + _HEADER_EXPECTED)])
    header = [_header_text(grid, top, column, reader) for column in range(1, grid.width + 1)]
    found = figures.columns(header, lambda i: grid.where(top, None if i is None else i + 1), mapped)
    reader.raise_if_any()
    grouped = "group" in found
    result = []
    for row in range(top + 1, grid.height + 1):
        cells = list(grid.row(row))
        if all(cell.empty for cell in cells):
            continue
        if _outside_header(grid, row, cells, header, reader):
            continue
        observation = figures.observation(_SheetCells(grid, row, found, reader), grouped=grouped)
        if observation is not None:
            result.append(observation)
    reader.raise_if_any()
    return tuple(result)


def _own(cell: Cell, row: int, column: int) -> bool:
    """Whether a cell's value is its own (not merged into it from another cell)."""
    return not cell.empty and (cell.row, cell.column) == (row, column)


def _header_row(grid: Grid) -> int | None:
    """The first row with two cells of its own or more: a table's header names two columns at least."""
    for row in range(1, grid.height + 1):
        own = sum(1 for c, cell in enumerate(grid.row(row), start=1) if _own(cell, row, c))
        if own >= 2:
            return row
    return None


def _header_text(grid: Grid, row: int, column: int, reader: Reader) -> str | None:
    cell = grid.cell(row, column)
    if cell.empty:
        return None
    try:
        return read_text(cell)
    except CellError as error:
        reader.add_at(grid.where(row, column), error.message())
        return None


def _outside_header(
    grid: Grid, row: int, cells: list[Cell], header: list[str | None], reader: Reader
) -> bool:
    """Record every figure of a row in a column with no header; whether there was one."""
    outside = False
    for column, cell in enumerate(cells, start=1):
        if header[column - 1] is None and _own(cell, row, column):
            outside = True
            reader.add_at(
                grid.where(row, column),
                f"a cell in column {column_letter(column)}, which has no header; expected "
                "every cell under a header (indicator, period or year, value...)",
            )
    return outside


def _date_text(value: object) -> str:
    """A date as the sheet shows it: without the time of day when it is midnight."""
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date().isoformat()
    return value.isoformat() if isinstance(value, dt.date | dt.time) else str(value)


class _SheetCells:
    """The cells of one row of a sheet by column name; empty and dash cells are absent."""

    def __init__(self, grid: Grid, row: int, columns: Mapping[str, int], reader: Reader) -> None:
        self.grid = grid
        self.row = row
        self.columns = columns
        self.reader = reader

    def cell(self, column: str) -> Cell | None:
        index = self.columns.get(column)
        return None if index is None else self.grid.cell(self.row, index + 1)

    def locate(self, column: str) -> str:
        cell = self.cell(column.split(".", 1)[0]) if column else None
        return self.grid.where(self.row) if cell is None else self.grid.at(cell)

    def __getitem__(self, column: str) -> str | None:
        cell = self.cell(column)
        if cell is None or cell.empty:
            return None
        expected = _EXPECTED.get(column, "text")
        if cell.kind is CellKind.DATE and column != "note":  # a note may name a day
            given = f"the date {_date_text(cell.value)}"
            self.problem(cell, CellError(given, f"{expected} (the cell is formatted as a date)"))
            return None
        try:
            text = read_text(cell)
        except CellError as error:  # "text (open the workbook in Excel...)": say what instead
            self.problem(cell, CellError(error.given, expected + error.expected[len("text") :]))
            return None
        return None if text is None or text in _MISSING else text

    def amount(self, column: str, unit: str | None) -> str | Decimal | None:
        cell = self.cell(column)
        if cell is None or cell.kind is not CellKind.NUMBER:
            return self[column]
        if unit is None:
            return None  # no indicator: already a problem, and its unit says what % means
        try:
            return read_number(cell, unit=unit)
        except CellError as error:
            self.problem(cell, error)
            return None

    def note(self) -> str | None:
        return self["note"]

    def problem(self, cell: Cell, error: CellError) -> None:
        self.reader.add_at(
            self.grid.at(cell), error.message(), given=error.given, expected=error.expected
        )
