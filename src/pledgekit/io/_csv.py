"""Observation tables as CSV: read them from spreadsheets, write them in plain notation."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Protocol, TypeVar

import attrs

from pledgekit._indicator import Indicator, Observation
from pledgekit._period import Period
from pledgekit._source import Source
from pledgekit.exceptions import DataFileError, InvalidValueError
from pledgekit.io._fields import Reading, Registry
from pledgekit.io._figure_ids import GROUP_SEPARATOR, IndicatorIndex, not_given_text
from pledgekit.io._limits import MAX_TABLE_BYTES, MAX_TABLE_ROWS, MAX_TEXT_LENGTH
from pledgekit.io._syntax import check_encoding, read_text, too_large
from pledgekit.io._tables import OBSERVATION
from pledgekit.io._values import (
    AMBIGUOUS,
    LOCALES,
    Reader,
    format_iso_period,
    unknown_key,
)

__all__ = ["COLUMNS", "GROUP_SEPARATOR", "read_observations", "write_observations"]

_Item = TypeVar("_Item", Indicator, Source)

COLUMNS = ("indicator", "period", "value", "resolution", "rounding", "source", "note")
"""The columns [`write_observations`][pledgekit.io.write_observations] writes, in order.

They are its header; a row leaves empty the cells of what a figure does not have (here
its resolution and source):

>>> from pledgekit import Accumulation, Direction, Indicator, Observation, Period
>>> from pledgekit.io import COLUMNS, write_observations
>>> jobs = Indicator("Jobs", "orang", direction=Direction.INCREASE,
...                  accumulation=Accumulation.SUM, id="jobs")
>>> header, row = write_observations(
...     [Observation(Period.year(2019), "27197", indicator=jobs, note="dibulatkan")]
... ).splitlines()
>>> header == ",".join(COLUMNS)
True
>>> dict(zip(COLUMNS, row.split(",")))
{'indicator': 'jobs', 'period': '2019', 'value': '27197', 'resolution': '',
 'rounding': 'nearest', 'source': '', 'note': 'dibulatkan'}
"""
# Every column a table may have, and the Indonesian headers read as each.
_ALIASES = {
    "group": "group",
    "region": "group",
    "wilayah": "group",
    "daerah": "group",
    "indicator": "indicator",
    "indikator": "indicator",
    "period": "period",
    "periode": "period",
    "year": "year",
    "tahun": "year",
    "value": "value",
    "nilai": "value",
    "realisasi": "value",
    "resolution": "resolution",
    "resolusi": "resolution",
    "rounding": "rounding",
    "pembulatan": "rounding",
    "source": "source",
    "sumber": "source",
    "note": "note",
    "catatan": "note",
    "keterangan": "note",
}
# Cells that say "no figure", as spreadsheets write it.
_MISSING = frozenset({"", "-", "–", "—"})


def read_observations(
    table: str | os.PathLike[str],
    *,
    indicators: Iterable[Indicator],
    sources: Iterable[Source] = (),
    locale: str = "C",
    name: str | None = None,
    encoding: str = "utf-8",
    columns: Mapping[str, str] | None = None,
    sheet: str | None = None,
    group_by: str | None = None,
) -> tuple[Observation, ...]:
    """Read observations from a CSV table or a workbook's sheet.

    Columns (in any order, headers case-insensitive, Indonesian headers in brackets):
    ``indicator`` (indikator; an indicator's id or name; may be left out when one
    indicator is given), ``period`` (periode) or ``year`` (tahun), ``value`` (nilai,
    realisasi), and optionally ``resolution`` (resolusi), ``rounding`` (pembulatan:
    ``nearest`` or ``down``), ``source`` (sumber; a source's id) and ``note``
    (catatan, keterangan). The delimiter is a comma, a semicolon or a tab, whichever
    the header uses. A row whose value is empty or a dash (``-``) has no figure and is
    skipped; any other empty or dash cell is absent.

    A national table names the same indicator ids in every region: a grouping column,
    ``group`` (region, wilayah, daerah; or the header ``group_by`` names), says which
    group each row is about, and its indicator cell is read within that group. The row
    ``R001,IK001,...`` is about the indicator whose id is ``R001.IK001`` (the group's id,
    `GROUP_SEPARATOR`, the indicator's id within it); an indicator cell may also
    be written whole, ``R001.IK001``, or name the indicator by its name within the
    group. Every row's group must be given.

    A workbook (``.xlsx``, extra ``excel``: openpyxl; told by its name or its first
    bytes) holds the same table in a sheet, its header in the first row with two cells
    or more (a title above it is passed over). A cell Excel stores as a number is its
    exact figure: the shortest decimal that gives the number back, with the places its
    number format shows (8.81 is 8.81, never ``Decimal(8.81)``; 7.5 shown ``0.00`` is
    7.50; 0.0735 shown ``7.35%`` is 7.35, for a percentage indicator only), and a year
    stored as the number 2019 is the year 2019. A text cell is read in ``locale``, as
    a CSV cell is. Problems are located by cell: ``sheet 'Realisasi', cell C4``.

    Args:
        table: A CSV file or a workbook (a path), or CSV text (a ``str`` with a line
            break).
        indicators: The indicators the rows may name.
        sources: The sources the rows may name.
        locale: How figures and periods are written: ``"C"`` (plain decimals, ISO
            periods such as ``2019`` or ``2022-01-01..2022-06-30``), ``"id"``
            (``150.000``, ``8,81``, ``Januari–Juni 2022``) or ``"en"``.
        name: The name errors give the table; the file name by default.
        encoding: The encoding of a file (``"utf-8"``, a byte order mark allowed, by
            default; ``"cp1252"`` for a sheet saved as CSV on Windows).
        columns: Headers the table uses for pledgekit's columns, by column name:
            ``{"value": "Capaian", "year": "Thn"}``; the other columns are read by the
            names above.
        sheet: For a workbook, the sheet to read; the first by default.
        group_by: The header of the column that groups the rows (``"Kode Wilayah"``),
            for one not headed ``group``, ``region``, ``wilayah`` or ``daerah``; the same
            as ``columns={"group": ...}``.

    Raises:
        DataFileError: Every problem, each with its line and column (its cell in a
            workbook); a CSV table larger than [`MAX_TABLE_BYTES`][pledgekit.io.MAX_TABLE_BYTES] or
            with more than [`MAX_TABLE_ROWS`][pledgekit.io.MAX_TABLE_ROWS] rows.
        MissingExtraError: A workbook, and openpyxl is not installed.

    >>> from pledgekit import Accumulation, Direction, Indicator
    >>> from pledgekit.io import read_observations
    >>> jobs = Indicator("Jobs", "orang", direction=Direction.INCREASE,
    ...                  accumulation=Accumulation.SUM, id="jobs")
    >>> rows = read_observations('''tahun;nilai;keterangan
    ... 2019;27.197;
    ... 2020;56.000;dibulatkan
    ... 2021;-;belum ada data
    ... ''', indicators=[jobs], locale="id")
    >>> [(str(o.period), o.value, o.note) for o in rows]
    [('2019-01-01..2019-12-31', Decimal('27197'), None), ('2020-01-01..2020-12-31', Decimal('56000'), 'dibulatkan')]

    The same indicator in two regions, each region's indicator with its own id:

    >>> poverty = [Indicator("Kemiskinan", "persen", direction=Direction.DECREASE,
    ...                      accumulation=Accumulation.LAST, id=f"{region}.IK001")
    ...            for region in ("32.75", "32.76")]
    >>> rows = read_observations('''kode,indikator,tahun,nilai
    ... 32.75,IK001,2022,"4,21"
    ... 32.76,32.76.IK001,2022,"2,17"
    ... ''', indicators=poverty, locale="id", group_by="kode")
    >>> [(o.indicator.id, o.value) for o in rows]
    [('32.75.IK001', Decimal('4.21')), ('32.76.IK001', Decimal('2.17'))]
    """
    if locale not in LOCALES:
        raise InvalidValueError(locale, "'C', 'id' or 'en'", "read_observations(locale)")
    codec = check_encoding(encoding, "read_observations(encoding)")
    if sheet is not None and not isinstance(sheet, str):
        raise InvalidValueError(sheet, "the name of a sheet (a string)", "read_observations(sheet)")
    if _is_workbook(table):
        from pledgekit.io._figure_sheets import read_sheet

        return read_sheet(
            table,
            sheet=sheet,
            figures=FigureReading.start(table, name, locale, indicators, sources),
            mapped=_mapping(columns, group_by),
        )
    if sheet is not None:
        raise DataFileError(
            name or str(table),
            [
                (
                    "file",
                    f"a CSV table, which has no sheets; expected a workbook (.xlsx) for "
                    f"sheet={sheet!r}, or no sheet",
                )
            ],
        )
    mapped = _mapping(columns, group_by)
    file, text = _source_text(table, name, codec)
    figures = FigureReading.start(table, file, locale, indicators, sources)
    reader = figures.ctx.r
    _check_rows(text, file)
    rows = _rows(text, file)  # row by row: the cells of a row are dropped once it is read
    first = next(rows, None)
    if first is None:
        raise DataFileError(file, [("line 1", "no header; expected " + _HEADER_EXPECTED)])
    header_line, header = first

    def where(column: int | None) -> str:
        return f"line {header_line}" + ("" if column is None else f", column {column + 1}")

    found = figures.columns(header, where, mapped)
    reader.raise_if_any()
    grouped = "group" in found
    result = []
    for line, cells in rows:
        if not any(cell.strip() for cell in cells):
            continue
        problem = _shape_problem(cells, header)
        if problem is not None:
            reader.add_at(f"line {line}", problem)
            continue
        observation = figures.observation(_Cells(line, cells, found), grouped=grouped)
        if observation is not None:
            result.append(observation)
    reader.raise_if_any()
    return tuple(result)


def _is_workbook(table: object) -> bool:
    """Whether a table is a workbook: by its name (.xlsx, .xlsm) or its first bytes (a ZIP file)."""
    if not isinstance(table, str | os.PathLike):
        return False
    if isinstance(table, str) and ("\n" in table or "\r" in table):
        return False  # CSV text
    path = Path(table)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return True
    try:
        with path.open("rb") as stream:
            return stream.read(4) == b"PK\x03\x04"
    except (OSError, ValueError):
        return False  # reading it as CSV says why it cannot be read


def _source_text(table: str | os.PathLike[str], name: str | None, codec: str) -> tuple[str, str]:
    """The name errors give the table, and its text (from a file, or the text given)."""
    if isinstance(table, str) and ("\n" in table or "\r" in table):
        file = name or "<string>"
        # A character is 1 to 4 bytes in UTF-8: encode only the texts that may be too large.
        if len(table) > MAX_TABLE_BYTES or (
            len(table) > MAX_TABLE_BYTES // 4
            and len(table.encode("utf-8", "surrogatepass")) > MAX_TABLE_BYTES
        ):
            raise DataFileError(
                file, [("text", too_large("table", MAX_TABLE_BYTES) + " (in UTF-8)")]
            )
        return file, table
    if isinstance(table, str | os.PathLike):
        file = name or str(table)
        return file, read_text(
            Path(table), file, encoding=codec, what="table", limit=MAX_TABLE_BYTES
        )
    raise InvalidValueError(table, "a path or CSV text", "read_observations(table)")


def _shape_problem(cells: list[str], header: list[str]) -> str | None:
    """Why a row has not one cell per column, if it has not."""
    if len(cells) > len(header) and any(cell.strip() for cell in cells[len(header) :]):
        # "2019,141,624" in a comma-separated file: the figure was split in two.
        return (
            f"{len(cells)} cells but the header names {len(header)} columns; expected "
            "one cell per column (quote a figure that contains the delimiter, such as "
            '"141,624", or separate the columns with ";")'
        )
    if len(cells) < len(header):
        # "jobs,2019" under "indicator,period,value": a row cut short, not "no figure".
        missing = ", ".join(repr(cell.strip()) for cell in header[len(cells) :])
        return (
            f"{len(cells)} cells but the header names {len(header)} columns (no cell for "
            f"{missing}); expected one cell per column, empty or '-' where there is no "
            "figure"
        )
    return None


_HEADER_EXPECTED = (
    "a header naming the columns: indicator, period or year, value, and optionally "
    "group, resolution, rounding, source, note"
)


def _index(items: Iterable[_Item], kind: type[_Item], what: str) -> dict[str, _Item]:
    if isinstance(items, str | bytes) or not isinstance(items, Iterable):
        raise InvalidValueError(items, f"a sequence of {kind.__name__}", what)
    result: dict[str, _Item] = {}
    for item in items:
        if not isinstance(item, kind):
            raise InvalidValueError(item, f"a {kind.__name__}", what)
        result[item.id] = item
    return result


class _Row(list[str]):
    """The cells of one row, and which of them were written in quotes."""

    quoted: tuple[bool, ...] = ()


def _check_rows(text: str, file: str) -> None:
    """Refuse a table of more than `MAX_TABLE_ROWS` rows before reading any of them."""
    # A row ends at a line break, so there are no more rows than breaks and one: counting
    # them costs little, and only a text with that many breaks is split into rows to count.
    breaks = text.count("\n") + text.count("\r") - text.count("\r\n")
    if breaks > MAX_TABLE_ROWS:
        for _ in _rows(text, file):
            pass


def _rows(
    text: str, file: str, *, delimiter: str | None = None, limit: int | None = None
) -> Iterator[tuple[int, _Row]]:
    """The rows of a CSV text (RFC 4180), each with the line it starts on, one by one.

    Python's csv module does not say which cells were quoted; a quoted note keeps
    its spaces, so the cells are split here. The delimiter is the one the first line
    has most of, unless given. More than ``limit`` rows below the header
    ([`MAX_TABLE_ROWS`][pledgekit.io.MAX_TABLE_ROWS] by default) are refused.
    """
    if limit is None:
        limit = MAX_TABLE_ROWS
    text = text.removeprefix("\ufeff")
    if delimiter is None:
        first = text.split("\n", 1)[0]
        delimiter = max((",", ";", "\t"), key=first.count)
    ends = re.compile(f"[{re.escape(delimiter)}\r\n]")
    count = 0
    position, line, length = 0, 1, len(text)
    while position < length:
        start_line = line
        cells: list[str] = []
        quoted: list[bool] = []
        while True:
            if text.startswith('"', position):
                cell, position, line = _quoted_cell(text, position, line, delimiter, file)
                quoted.append(True)
            else:
                match = ends.search(text, position)
                end = length if match is None else match.start()
                cell = text[position:end]
                position = end
                quoted.append(False)
            if len(cell) > MAX_TEXT_LENGTH:
                raise DataFileError(
                    file,
                    [(f"line {start_line}", f"a cell longer than {MAX_TEXT_LENGTH} characters")],
                )
            cells.append(cell)
            if position < length and text[position] == delimiter:
                position += 1
                continue
            break
        if text.startswith("\r\n", position):
            position += 2
        elif position < length:
            position += 1
        line += 1
        row = _Row(cells)
        row.quoted = tuple(quoted)
        count += 1
        if count > limit + 1:
            raise DataFileError(
                file,
                [
                    (
                        f"line {start_line}",
                        f"more than {limit:,} rows below the header; expected a smaller table",
                    )
                ],
            )
        yield start_line, row


def _quoted_cell(
    text: str, position: int, line: int, delimiter: str, file: str
) -> tuple[str, int, int]:
    """A cell in quotes from ``position`` (at its opening quote): its text, the end, the line."""
    start_line = line
    parts = []
    position += 1
    while True:
        close = text.find('"', position)
        if close < 0:
            raise DataFileError(
                file,
                [(f"line {start_line}", "not valid CSV: a cell opened with '\"' is never closed")],
            )
        parts.append(text[position:close])
        line += text.count("\n", position, close) + _lone_returns(text, position, close)
        if text.startswith('"', close + 1):
            parts.append('"')
            position = close + 2
            continue
        position = close + 1
        break
    if position < len(text) and text[position] not in (delimiter, "\r", "\n"):
        raise DataFileError(
            file,
            [
                (
                    f"line {line}",
                    f"not valid CSV: {text[position]!r} after the closing quote of a cell; "
                    f"expected {delimiter!r} or the end of the line (a quote inside a quoted "
                    'cell is written twice: "")',
                )
            ],
        )
    return "".join(parts), position, line


def _lone_returns(text: str, start: int, end: int) -> int:
    """Line ends written as a carriage return alone (old Mac files), between ``start`` and ``end``."""
    return text.count("\r", start, end) - text.count("\r\n", start, end)


#: A header a caller names, folded: its column, the header as given, and who named it.
Mapped = Mapping[str, tuple[str, str, str]]


def _mapping(columns: Mapping[str, str] | None, group_by: str | None = None) -> Mapped:
    """The headers ``columns=`` and ``group_by=`` name, by header (folded)."""
    mapped: dict[str, tuple[str, str, str]] = {}
    if group_by is not None:
        if not isinstance(group_by, str) or not group_by.strip():
            raise InvalidValueError(
                group_by,
                "the header of the column that groups the rows (a string), or None",
                "read_observations(group_by)",
            )
        if columns is not None and isinstance(columns, Mapping) and "group" in columns:
            raise InvalidValueError(
                group_by,
                f"None, as columns= already maps 'group' to {columns['group']!r}",
                "read_observations(group_by)",
            )
        mapped[group_by.strip().lower()] = ("group", group_by.strip(), "group_by names it")
    if columns is None:
        return mapped
    names = sorted(set(_ALIASES.values()))
    if not isinstance(columns, Mapping):
        raise InvalidValueError(
            columns, "a mapping of column name to header", "read_observations(columns)"
        )
    for column, header in columns.items():
        if column not in names:
            raise InvalidValueError(
                column, f"one of the column names {', '.join(names)}", "read_observations(columns)"
            )
        if not isinstance(header, str) or not header.strip():
            raise InvalidValueError(
                header, "a header (a string)", f"read_observations(columns)[{column!r}]"
            )
        mapped[header.strip().lower()] = (column, header.strip(), f"columns= maps {column!r} to it")
    return mapped


def _columns(
    header: Sequence[str | None],
    locate: Callable[[int | None], str],
    reader: Reader,
    indicator_count: int,
    mapped: Mapped,
) -> dict[str, int]:
    """The index of each column pledgekit reads, from the header (``None``: no header there).

    ``locate`` gives the location of a header cell by its index from 0 (of the whole
    header row for ``None``).
    """
    columns: dict[str, int] = {}
    folded = [None if cell is None else cell.strip().lower() for cell in header]
    for wanted, (_column, given, by) in mapped.items():
        if wanted not in folded:
            read = ", ".join(repr(cell.strip()) for cell in header if cell is not None)
            reader.add_at(
                locate(None), f"no column headed {given!r} ({by}); the header reads {read}"
            )
    for index, cell in enumerate(header):
        key = folded[index]
        if cell is None or key is None:
            continue
        where = locate(index)
        if key in mapped:
            column = mapped[key][0]
        elif key not in _ALIASES:
            hint = "" if mapped else "; or map it to one with columns={...}"
            reader.add_at(where, unknown_key(cell.strip(), _ALIASES, what="column") + hint)
            continue
        else:
            column = _ALIASES[key]
        if column in columns:
            reader.add_at(where, f"a second {column!r} column; expected one")
            continue
        columns[column] = index
    where = locate(None)
    if "value" not in columns:
        years = [
            cell.strip() for cell in header if cell and re.fullmatch(r"(19|20)\d\d", cell.strip())
        ]
        wide = (
            f"; the header names years ({', '.join(years[:3])}{'...' if len(years) > 3 else ''}): a table with a column "
            "per year is a plan table, read by read_plan_table; here each row is one figure"
            if years
            else ""
        )
        reader.add_at(where, "no 'value' column; expected " + _HEADER_EXPECTED + wide)
    if "period" not in columns and "year" not in columns:
        reader.add_at(where, "no 'period' or 'year' column; expected " + _HEADER_EXPECTED)
    if "group" in columns and "indicator" not in columns:
        reader.add_at(
            where,
            "a 'group' column but no 'indicator' column; expected an 'indicator' column "
            "naming each row's indicator within its group",
        )
    elif "indicator" not in columns and indicator_count != 1:
        reader.add_at(
            where,
            f"no 'indicator' column, and {indicator_count} indicators were given; expected "
            "an 'indicator' column naming each row's indicator by id",
        )
    return columns


class RowCells(Protocol):
    """The cells of one row of a table of figures, by column name."""

    def locate(self, column: str) -> str:
        """The location of a column's cell (of the row, for ``""``)."""

    def __getitem__(self, column: str) -> str | None:
        """A cell's text; ``None`` when the column is absent, or the cell empty or a dash."""

    def amount(self, column: str, unit: str | None) -> str | Decimal | None:
        """A figure's cell: its text, or (a workbook's number) its exact figure."""

    def note(self) -> str | None:
        """The note's text."""


class _Cells:
    """The cells of one row of a CSV table by column name; empty and dash cells are absent."""

    def __init__(self, line: int, cells: _Row, columns: Mapping[str, int]) -> None:
        self.line = line
        self.cells = cells
        self.columns = columns

    def locate(self, column: str) -> str:
        return f"line {self.line}, column {column!r}" if column else f"line {self.line}"

    def amount(self, column: str, unit: str | None) -> str | None:
        return self[column]

    def __getitem__(self, column: str) -> str | None:
        index = self.columns.get(column)
        if index is None or index >= len(self.cells):
            return None
        value = self.cells[index].strip()
        return None if value in _MISSING else value

    def note(self) -> str | None:
        index = self.columns.get("note")
        if index is not None and self.cells.quoted[index]:
            return self.cells[index]  # in quotes: exactly as written, spaces and all
        return self["note"]


@attrs.frozen
class FigureReading:
    """What reading the rows of a table of figures needs: the reader, and the indicators."""

    ctx: Reading
    indicators: IndicatorIndex
    # The periods read so far, by their cells: a table names the same few years on
    # every row, and a Period is immutable.
    periods: dict[tuple[str | None, str | None], Period] = attrs.field(factory=dict, eq=False)

    @classmethod
    def start(
        cls,
        table: object,
        name: str | None,
        locale: str,
        indicators: Iterable[Indicator],
        sources: Iterable[Source],
    ) -> FigureReading:
        by_id = _index(indicators, Indicator, "indicators")
        reader = Reader(
            name or str(table),
            syntax="CSV",
            locale=locale,
            hand_written=True,
            locale_hint="pass locale='id' to read_observations",
        )
        ctx = Reading(reader, dangling=_not_given)
        ctx.registry("sources").objects.update(_index(sources, Source, "sources"))
        return cls(ctx, IndicatorIndex(by_id))

    def columns(
        self,
        header: Sequence[str | None],
        locate: Callable[[int | None], str],
        mapped: Mapped,
    ) -> dict[str, int]:
        """The index of each column pledgekit reads (see `_columns`)."""
        return _columns(header, locate, self.ctx.r, len(self.indicators.by_id), mapped)

    def observation(self, cells: RowCells, *, grouped: bool = False) -> Observation | None:
        """The observation of one row, read as a case file's observation once its cells are found.

        ``grouped``: the table has a group column, within which the row's indicator is read.
        """
        reader = self.ctx.r
        reader.locate = cells.locate
        before = reader.mark()
        if cells["value"] is None:
            return None  # no figure for this row
        keys = ("indicator", "group", "period", "year", "rounding", "source")
        texts = {key: cells[key] for key in keys}
        note = cells.note()
        if reader.failed_since(before):
            return None  # a cell that holds no text (a workbook's): one problem is enough
        mark = reader.mark()
        if grouped:
            indicator = self.indicators.find_in_group(texts["group"], texts["indicator"], reader)
        else:
            indicator = self.indicators.find(texts["indicator"], reader)
        given = {"indicator": indicator, "period": self.period(texts["period"], texts["year"])}
        unit = None if indicator is None else indicator.unit
        table = {
            "value": cells.amount("value", unit),
            "resolution": cells.amount("resolution", unit),
            "rounding": texts["rounding"],
            "source": texts["source"],
            "note": note,
        }
        found: Observation | None = self.ctx.fields(OBSERVATION, table, "", given=given, mark=mark)
        return found

    def period(self, period: str | None, year: str | None) -> Period | None:
        """A row's period, read once for all the rows with the same cells."""
        key = (period, year)
        found = self.periods.get(key)
        if found is None:
            found = _period(period, year, self.ctx.r)
            if found is not None and len(self.periods) < _PERIODS_KEPT:
                self.periods[key] = found
        return found


# How many periods a reading keeps (a table of daily figures has a few thousand).
_PERIODS_KEPT = 10_000


def _period(period: str | None, year: str | None, reader: Reader) -> Period | None:
    """A row's period, from its period or its year cell (exactly one of them)."""
    if (period is None) == (year is None):
        reader.add(
            "period", "expected either a period or a year" + (", not both" if period else "")
        )
        return None
    if year is not None:
        if len(year) == 4 and all("0" <= c <= "9" for c in year):
            return reader.period_value(year, "year")
        reader.found("year", year, "a year of four digits such as 2019")
        return None
    return reader.period_value(period, "period")


def _not_given(text: str, registry: Registry) -> str:
    return not_given_text(text, registry.objects, f"a {registry.kind}")


def write_observations(observations: Iterable[Observation]) -> str:
    """Write observations as a CSV table that `read_observations` reads back equal.

    Plain notation: decimals with a point and every digit they were given, a whole
    year as ``2019``, any other period as ``2022-01-01..2022-06-30``. The columns are
    [`COLUMNS`][pledgekit.io.COLUMNS]; lines end in CRLF, as RFC 4180 has it. A note is read back to
    the character: one with spaces around it, or one that is empty or a dash (which
    would read as no note), is written in quotes.

    >>> from pledgekit import Observation, Period
    >>> from pledgekit.io import write_observations
    >>> text = write_observations([Observation(Period.year(2020), 56000, resolution=1000),
    ...                            Observation(Period.months(2022, 1, 6), "5108")])
    >>> text.splitlines()
    ['indicator,period,value,resolution,rounding,source,note', ',2020,56000,1000,nearest,,', ',2022-01-01..2022-06-30,5108,,nearest,,']
    """
    given: object = observations  # typed callers pass an iterable; others may not
    if not isinstance(given, Iterable):
        raise InvalidValueError(
            observations, "observations (a list or tuple)", "write_observations(observations)"
        )
    lines = [",".join(COLUMNS)]
    for index, observation in enumerate(observations):
        if not isinstance(observation, Observation):
            raise InvalidValueError(
                observation, "an Observation", f"write_observations(observations)[{index}]"
            )
        cells = [
            observation.indicator.id if observation.indicator else "",
            format_iso_period(observation.period, years=True),
            plain_amount(observation.value),
            "" if observation.resolution is None else plain_amount(observation.resolution),
            observation.rounding.value,
            observation.source.id if observation.source else "",
        ]
        note = observation.note
        lines.append(
            ",".join([*(_cell(c) for c in cells), "" if note is None else _note_cell(note)])
        )
    # RFC 4180 line ends.
    return "".join(f"{line}\r\n" for line in lines)


def _cell(text: str) -> str:
    """A cell as RFC 4180 writes it: in quotes when it holds a quote, a comma or a line end."""
    if any(c in text for c in '",\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def _note_cell(note: str) -> str:
    """A note, quoted whenever a reader would otherwise read it differently."""
    if note != note.strip() or note.strip() in _MISSING or note.startswith('"'):
        return '"' + note.replace('"', '""') + '"'
    return _cell(note)


def plain_amount(value: Decimal) -> str:
    """An amount in plain notation, never one a reader could take for Indonesian thousands.

    >>> plain_amount(Decimal("5.9")), plain_amount(Decimal("2.500"))
    ('5.9', '2.500E+0')
    """
    text = str(value)
    if AMBIGUOUS.fullmatch(text):
        return f"{value:E}"
    return text
