"""Observation tables as CSV: read them from spreadsheets, write them in plain notation."""

from __future__ import annotations

import csv
import difflib
import io
import os
from collections.abc import Iterable, Mapping
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

from pledgekit._amounts import Rounding
from pledgekit._indicator import Indicator, Observation
from pledgekit._source import Source
from pledgekit.exceptions import DataFileError, InvalidValueError
from pledgekit.io._case_file import read_text
from pledgekit.io._limits import MAX_FILE_BYTES, MAX_ITEMS, MAX_TEXT_LENGTH
from pledgekit.io._values import (
    AMBIGUOUS,
    LOCALES,
    Reader,
    format_iso_period,
    unknown_key,
)

__all__ = ["COLUMNS", "read_observations", "write_observations"]

_Item = TypeVar("_Item", Indicator, Source)

#: The columns :func:`write_observations` writes, in order.
COLUMNS = ("indicator", "period", "value", "resolution", "rounding", "source", "note")
# Every column a table may have, and the Indonesian headers read as each.
_ALIASES = {
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
) -> tuple[Observation, ...]:
    """Read observations from a CSV table.

    Columns (in any order, headers case-insensitive, Indonesian headers in brackets):
    ``indicator`` (indikator; an indicator's id or name; may be left out when one
    indicator is given), ``period`` (periode) or ``year`` (tahun), ``value`` (nilai,
    realisasi), and optionally ``resolution`` (resolusi), ``rounding`` (pembulatan:
    ``nearest`` or ``down``), ``source`` (sumber; a source's id) and ``note``
    (catatan, keterangan). The delimiter is a comma, a semicolon or a tab, whichever
    the header uses. A row whose value is empty or a dash (``-``) has no figure and is
    skipped; any other empty or dash cell is absent.

    Args:
        table: A file (a path) or CSV text (a ``str`` with a line break).
        indicators: The indicators the rows may name.
        sources: The sources the rows may name.
        locale: How figures and periods are written: ``"C"`` (plain decimals, ISO
            periods such as ``2019`` or ``2022-01-01..2022-06-30``), ``"id"``
            (``150.000``, ``8,81``, ``Januari–Juni 2022``) or ``"en"``.
        name: The name errors give the table; the file name by default.

    Raises:
        DataFileError: Every problem, each with its line and column.

    >>> from pledgekit import Accumulation, Direction, Indicator
    >>> jobs = Indicator("Jobs", "orang", direction=Direction.INCREASE,
    ...                  accumulation=Accumulation.SUM, id="jobs")
    >>> rows = read_observations('''tahun;nilai;keterangan
    ... 2019;27.197;
    ... 2020;56.000;dibulatkan
    ... 2021;-;belum ada data
    ... ''', indicators=[jobs], locale="id")
    >>> [(str(o.period), o.value, o.note) for o in rows]
    [('2019-01-01..2019-12-31', Decimal('27197'), None), ('2020-01-01..2020-12-31', Decimal('56000'), 'dibulatkan')]
    """
    if locale not in LOCALES:
        raise InvalidValueError(locale, "'C', 'id' or 'en'", "read_observations(locale)")
    if isinstance(table, str) and ("\n" in table or "\r" in table):
        file = name or "<string>"
        if len(table) > MAX_FILE_BYTES:
            raise DataFileError(file, [("text", f"larger than {MAX_FILE_BYTES} characters")])
        text = table
    elif isinstance(table, str | os.PathLike):
        file = name or str(table)
        text = read_text(Path(table), file)
    else:
        raise InvalidValueError(table, "a path or CSV text", "read_observations(table)")
    by_id = _index(indicators, Indicator, "indicators")
    by_name = {i.name: i for i in by_id.values()}
    source_ids = _index(sources, Source, "sources")
    reader = Reader(
        file,
        syntax="CSV",
        locale=locale,
        hand_written=True,
        locale_hint="pass locale='id' to read_observations",
    )
    rows = _rows(text, file)
    if not rows:
        raise DataFileError(file, [("line 1", "no header; expected " + _HEADER_EXPECTED)])
    header_line, header = rows[0]
    columns = _columns(header, header_line, reader, len(by_id))
    reader.raise_if_any()
    result = []
    for line, cells in rows[1:]:
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) > len(header) and any(cell.strip() for cell in cells[len(header) :]):
            # "2019,141,624" in a comma-separated file: the figure was split in two.
            reader.add(
                f"line {line}",
                f"{len(cells)} cells but the header names {len(header)} columns; expected "
                "one cell per column (quote a figure that contains the delimiter, such as "
                '"141,624", or separate the columns with ";")',
            )
            continue
        observation = _observation(line, cells, columns, reader, by_id, by_name, source_ids)
        if observation is not None:
            result.append(observation)
    reader.raise_if_any()
    return tuple(result)


_HEADER_EXPECTED = (
    "a header naming the columns: indicator, period or year, value, and optionally "
    "resolution, rounding, source, note"
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


def _rows(text: str, file: str) -> list[tuple[int, list[str]]]:
    text = text.removeprefix("\ufeff")
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    rows: list[tuple[int, list[str]]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    line = 1
    try:
        for cells in reader:
            rows.append((line, cells))
            line = reader.line_num + 1
            if len(rows) > MAX_ITEMS + 1:
                raise DataFileError(
                    file, [(f"line {line}", f"more than {MAX_ITEMS} rows; expected fewer")]
                )
            if any(len(cell) > MAX_TEXT_LENGTH for cell in cells):
                raise DataFileError(
                    file,
                    [(f"line {rows[-1][0]}", f"a cell longer than {MAX_TEXT_LENGTH} characters")],
                )
    except csv.Error as error:
        raise DataFileError(
            file, [(f"line {reader.line_num}", f"not valid CSV: {error}")]
        ) from None
    return rows


def _columns(header: list[str], line: int, reader: Reader, indicator_count: int) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, cell in enumerate(header):
        key = cell.strip().lower()
        where = f"line {line}, column {index + 1}"
        if key not in _ALIASES:
            reader.problems.append((where, unknown_key(cell.strip(), _ALIASES)))
            continue
        column = _ALIASES[key]
        if column in columns:
            reader.problems.append((where, f"a second {column!r} column; expected one"))
            continue
        columns[column] = index
    where = f"line {line}"
    if "value" not in columns:
        reader.problems.append((where, "no 'value' column; expected " + _HEADER_EXPECTED))
    if "period" not in columns and "year" not in columns:
        reader.problems.append(
            (where, "no 'period' or 'year' column; expected " + _HEADER_EXPECTED)
        )
    if "indicator" not in columns and indicator_count != 1:
        reader.problems.append(
            (
                where,
                f"no 'indicator' column, and {indicator_count} indicators were given; expected "
                "an 'indicator' column naming each row's indicator by id",
            )
        )
    return columns


def _observation(
    line: int,
    cells: list[str],
    columns: Mapping[str, int],
    reader: Reader,
    indicators: Mapping[str, Indicator],
    names: Mapping[str, Indicator],
    sources: Mapping[str, Source],
) -> Observation | None:
    def cell(column: str) -> str | None:
        index = columns.get(column)
        if index is None or index >= len(cells):
            return None
        value = cells[index].strip()
        return None if value in _MISSING else value

    reader.locate = lambda column: f"line {line}, column {column!r}" if column else f"line {line}"
    value_text = cell("value")
    if value_text is None:
        return None  # no figure for this row
    mark = reader.mark()
    indicator: object = None
    indicator_text = cell("indicator")
    if indicator_text is None:
        if len(indicators) == 1:
            (indicator,) = indicators.values()
        else:
            reader.add("indicator", "empty; expected the id of one of the indicators given")
    else:
        indicator = indicators.get(indicator_text) or names.get(indicator_text)
        if indicator is None:
            reader.add("indicator", _not_given(indicator_text, indicators, "an indicator"))
    period_text, year_text = cell("period"), cell("year")
    period = None
    if (period_text is None) == (year_text is None):
        reader.add(
            "period", "expected either a period or a year" + (", not both" if period_text else "")
        )
    elif year_text is not None:
        if len(year_text) == 4 and all("0" <= c <= "9" for c in year_text):
            period = reader.period_value(year_text, "year")
        else:
            reader.found("year", year_text, "a year of four digits such as 2019")
    else:
        period = reader.period_value(period_text, "period")
    value = reader.amount_value(value_text, "value")
    resolution_text = cell("resolution")
    resolution = (
        None if resolution_text is None else reader.amount_value(resolution_text, "resolution")
    )
    rounding = reader.choice(
        {"rounding": cell("rounding")}, "rounding", "rounding", Rounding, default=Rounding.NEAREST
    )
    source_text = cell("source")
    source = None
    if source_text is not None:
        source = sources.get(source_text)
        if source is None:
            reader.add("source", _not_given(source_text, sources, "a source"))
    if reader.failed_since(mark) or period is None or value is None:
        return None
    return reader.build(
        "",
        Observation,
        period,
        value,
        resolution=resolution,
        rounding=rounding,
        source=source,
        note=cell("note"),
        indicator=indicator,
    )


def _not_given(text: str, known: Mapping[str, object], what: str) -> str:
    close = difflib.get_close_matches(text, list(known), n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    listed = ", ".join(repr(k) for k in list(known)[:20]) or "none"
    return f"found {text!r}, which is not the id of {what} given{hint} (given: {listed})"


def write_observations(observations: Iterable[Observation]) -> str:
    """Write observations as a CSV table that :func:`read_observations` reads back equal.

    Plain notation: decimals with a point and every digit they were given, a whole
    year as ``2019``, any other period as ``2022-01-01..2022-06-30``. The columns are
    :data:`COLUMNS`; lines end in CRLF, as RFC 4180 has it. A note that is empty or
    a dash is written, and read back, as none.

    >>> from pledgekit import Observation, Period
    >>> text = write_observations([Observation(Period.year(2020), 56000, resolution=1000),
    ...                            Observation(Period.months(2022, 1, 6), "5108")])
    >>> text.splitlines()
    ['indicator,period,value,resolution,rounding,source,note', ',2020,56000,1000,nearest,,', ',2022-01-01..2022-06-30,5108,,nearest,,']
    """
    buffer = io.StringIO(newline="")
    # RFC 4180 line ends: a cell holding a carriage return is then quoted.
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for index, observation in enumerate(observations):
        if not isinstance(observation, Observation):
            raise InvalidValueError(
                observation, "an Observation", f"write_observations(observations)[{index}]"
            )
        writer.writerow(
            [
                observation.indicator.id if observation.indicator else "",
                format_iso_period(observation.period, years=True),
                plain_amount(observation.value),
                "" if observation.resolution is None else plain_amount(observation.resolution),
                observation.rounding.value,
                observation.source.id if observation.source else "",
                observation.note or "",
            ]
        )
    return buffer.getvalue()


def plain_amount(value: Decimal) -> str:
    """An amount in plain notation, never one a reader could take for Indonesian thousands.

    >>> plain_amount(Decimal("5.9")), plain_amount(Decimal("2.500"))
    ('5.9', '2.500E+0')
    """
    text = str(value)
    if AMBIGUOUS.fullmatch(text):
        return f"{value:E}"
    return text
