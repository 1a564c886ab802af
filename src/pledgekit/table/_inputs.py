"""The tables [`pledgekit.table.evaluate`][] reads: CSV, Parquet, Arrow, pandas, in batches.

Each source becomes a stream of Arrow record batches holding only the columns asked
for, with the number of the first row of each batch, so that a problem is located in
the file (``line 12`` of a CSV file, its header being line 1; ``row 11`` of any other
table, counting from 1).
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

import attrs
import pyarrow as pa

from pledgekit.exceptions import DataFileError, InvalidValueError, Problem
from pledgekit.table._limits import BATCH_BYTES, BATCH_ROWS, MAX_KEY_LENGTH

__all__ = ["Batches", "open_table"]

_HEADER_BYTES = 1024 * 1024
# What a file that is no CSV table starts with, and what it is.
_NOT_CSV = (
    (b"\x1f\x8b", "a gzip-compressed file (unpack it first)"),
    (b"PK\x03\x04", "a ZIP file or a workbook (save the sheet as CSV UTF-8)"),
    (b"PAR1", "a Parquet file without the .parquet ending (rename it)"),
)


def _refuse_repeated(name: str, columns: Sequence[str], location: str) -> None:
    """Two columns of one name: which one holds the figures would be a guess."""
    seen: dict[str, int] = {}
    for index, column in enumerate(columns):
        if column in seen:
            raise DataFileError(
                name,
                [
                    (
                        location,
                        f"the column {column!r} twice (columns {seen[column] + 1} and "
                        f"{index + 1}); expected each column once",
                    )
                ],
            )
        seen[column] = index


@attrs.frozen
class Batches:
    """A table being read: its name, its columns, and its batches with their first row.

    Attributes:
        name: What errors call the table (its file name, or ``"targets"``).
        columns: The columns the table has, in order.
        batches: ``(first row index, batch)`` pairs; a batch holds the columns asked for.
        csv: Whether rows are CSV lines (located as ``line n``) or rows (``row n``).
    """

    name: str
    columns: tuple[str, ...]
    batches: Iterator[tuple[int, pa.RecordBatch]]
    csv: bool = False

    def where(self, row: int, column: str | None = None) -> str:
        """A problem's location: ``line 12, column 'value'`` or ``row 11, column 'value'``."""
        place = f"line {row + 2}" if self.csv else f"row {row + 1}"
        return place if column is None else f"{place}, column {column!r}"


def open_table(
    source: object, role: str, wanted: Sequence[str], *, delimiter: str | None = None
) -> Batches:
    """Open a table to read the ``wanted`` columns it has, whichever kind of source it is."""
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        if not path.is_file():
            raise InvalidValueError(
                str(source), "a CSV or Parquet file that exists", f"evaluate({role})"
            )
        if path.suffix.lower() in (".parquet", ".pq"):
            return _parquet(path, wanted)
        return _csv(path, wanted, delimiter)
    table = _arrow(source, role)
    present = tuple(table.column_names)
    _refuse_repeated(role, present, "columns")
    kept = [name for name in wanted if name in present]
    selected = table.select(kept)

    def batches() -> Iterator[tuple[int, pa.RecordBatch]]:
        first = 0
        for batch in selected.to_batches(max_chunksize=BATCH_ROWS):
            yield first, batch
            first += batch.num_rows

    return Batches(role, present, batches())


def _arrow(source: object, role: str) -> pa.Table:
    """An in-memory table as Arrow: a pyarrow Table, a pandas DataFrame, or any Arrow stream."""
    if isinstance(source, pa.Table):
        return source
    if isinstance(source, pa.RecordBatch):
        return pa.Table.from_batches([source])
    module = type(source).__module__
    if module.startswith("pandas"):
        try:
            return pa.Table.from_pandas(source, preserve_index=False)
        except (pa.ArrowInvalid, pa.ArrowTypeError) as error:
            raise DataFileError(role, [("table", f"cannot read the DataFrame: {error}")]) from None
    if hasattr(source, "__arrow_c_stream__"):
        return pa.table(source)  # Polars, DuckDB and others that speak Arrow
    raise InvalidValueError(
        source,
        "a CSV or Parquet path, a pyarrow Table, a pandas DataFrame or another table "
        "that exports Arrow (__arrow_c_stream__)",
        f"evaluate({role})",
    )


def _parquet(path: Path, wanted: Sequence[str]) -> Batches:
    import pyarrow.parquet as pq

    try:
        file = pq.ParquetFile(path)
    except (pa.ArrowInvalid, OSError) as error:
        raise DataFileError(str(path), [("file", f"not a Parquet file: {error}")]) from None
    present = tuple(file.schema_arrow.names)
    _refuse_repeated(str(path), present, "columns")
    kept = [name for name in wanted if name in present]

    def batches() -> Iterator[tuple[int, pa.RecordBatch]]:
        first = 0
        for batch in file.iter_batches(batch_size=BATCH_ROWS, columns=kept):
            yield first, batch
            first += batch.num_rows

    return Batches(str(path), present, batches())


def _csv(path: Path, wanted: Sequence[str], delimiter: str | None) -> Batches:
    import pyarrow.csv as pacsv

    name = str(path)
    header, separator = _header(path, delimiter)
    kept = [column for column in wanted if column in header]
    options = pacsv.ConvertOptions(
        column_types={column: pa.string() for column in header},
        include_columns=kept,
        strings_can_be_null=False,
        quoted_strings_can_be_null=False,
    )
    # The names as read (stripped): the header line itself is skipped.
    read = pacsv.ReadOptions(
        block_size=BATCH_BYTES, encoding="utf-8", column_names=list(header), skip_rows=1
    )
    parse = pacsv.ParseOptions(delimiter=separator, newlines_in_values=False)
    try:
        reader = pacsv.open_csv(
            path, read_options=read, parse_options=parse, convert_options=options
        )
    except pa.ArrowInvalid as error:
        raise DataFileError(name, [("file", f"cannot read the CSV table: {error}")]) from None

    def batches() -> Iterator[tuple[int, pa.RecordBatch]]:
        first = 0
        while True:
            try:
                batch = reader.read_next_batch()
            except StopIteration:
                return
            except (pa.ArrowInvalid, UnicodeDecodeError) as error:
                where = f"after line {first + 1}"
                raise DataFileError(
                    name, [Problem(where, f"cannot read the CSV table: {error}")]
                ) from None
            yield first, batch
            first += batch.num_rows

    return Batches(name, header, batches(), csv=True)


def _header(path: Path, delimiter: str | None) -> tuple[tuple[str, ...], str]:
    """The header's column names, the delimiter (given, or the one the header uses)."""
    with path.open("rb") as stream:
        head = stream.read(_HEADER_BYTES)
    for magic, kind in _NOT_CSV:
        if head.startswith(magic):
            raise DataFileError(
                str(path), [("file", f"{kind}, not a CSV table; expected a CSV or Parquet file")]
            )
    bom = head.startswith(b"\xef\xbb\xbf")
    body = head[3 if bom else 0 :]
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(body) - 4:
            bad_line = body[: error.start].count(b"\n") + 1
            byte = body[error.start]
            raise DataFileError(
                str(path),
                [
                    (
                        f"line {bad_line}",
                        f"the byte 0x{byte:02X} is not UTF-8 text (a file saved as "
                        "Windows-1252?); expected the table saved as CSV UTF-8",
                    )
                ],
            ) from None
        text = body[: error.start].decode("utf-8")
    line = text.splitlines()[0] if text else ""
    if not line.strip():
        raise DataFileError(str(path), [("line 1", "no header; expected the column names")])
    if delimiter is None:
        counts = {mark: line.count(mark) for mark in (",", ";", "\t")}
        delimiter = max(counts, key=lambda mark: counts[mark])
    names = next(csv.reader(io.StringIO(line), delimiter=delimiter))
    header = tuple(name.strip() for name in names)
    _refuse_repeated(str(path), header, "line 1")
    for index, name in enumerate(header):
        if not name or len(name) > MAX_KEY_LENGTH:
            raise DataFileError(
                str(path), [(f"line 1, column {index + 1}", "a column with no name")]
            )
    return header, delimiter
