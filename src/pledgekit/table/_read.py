"""Reading the two tables into compact, validated columns: every bad cell found, none coerced.

The targets become one row each (keys, direction, accumulation, unit, baseline, target,
period); the figures, read batch by batch, become five compact columns (the target each
belongs to, its period's first and last day, its value, its row) so that the text of a
national table never stays in memory.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from typing import Any, NoReturn

import attrs
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from pledgekit._indicator import Accumulation, Direction
from pledgekit._period import Period, parse_iso_period
from pledgekit.exceptions import DataFileError, PledgekitError, Problem
from pledgekit.table._arrow import arrow_of, bools, numpy_of, scalar, strings
from pledgekit.table._inputs import Batches, open_table
from pledgekit.table._limits import MAX_FIGURE_ROWS, MAX_KEY_LENGTH, MAX_PROBLEMS, MAX_TARGET_ROWS
from pledgekit.table._numbers import Scaled, read_figures, scaled_decimal

__all__ = ["Figures", "Problems", "Targets", "read_figures_table", "read_targets"]

_SEPARATOR = "\x1f"  # joins the keys of a row into one: refused inside a key
_DIRECTIONS = {member.value: member for member in Direction}
_ACCUMULATIONS = {member.value: member for member in Accumulation}


class Problems:
    """The problems of one table, in the order found; past `MAX_PROBLEMS` only counted."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.listed: list[Problem] = []
        self.unshown = 0

    def add(self, location: str, message: str) -> None:
        """Record one problem at a location."""
        if len(self.listed) >= MAX_PROBLEMS:
            self.unshown += 1
            return
        self.listed.append(Problem(location, message))

    def refuse(self, location: str, message: str) -> NoReturn:
        """Record a problem that leaves nothing else worth checking, and raise.

        A column of the wrong type would otherwise show as a problem on every row.
        """
        self.add(location, message)
        raise self.error()

    @property
    def full(self) -> bool:
        """Whether no more problems would be listed (only counted)."""
        return len(self.listed) >= MAX_PROBLEMS

    def raise_if_any(self) -> None:
        """Raise `DataFileError` listing every problem found, if there is one."""
        if self.listed:
            raise self.error()

    def error(self) -> DataFileError:
        """The error listing every problem found."""
        # In the order of the table (column-wide problems first), as a reader goes down it.
        problems = sorted(self.listed, key=_line_order)
        if self.unshown:
            problems.append(Problem("...", f"{self.unshown} more problems not listed"))
        return DataFileError(self.name, problems)


def _line_order(problem: Problem) -> int:
    found = _LINE.match(problem.location)
    return int(found.group(1)) if found else 0


_LINE = re.compile(r"(?:line|row) (\d+)")


@attrs.frozen(kw_only=True)
class Targets:
    """The targets, one row each, validated.

    Attributes:
        table: The key columns (text) and ``unit`` as read, one row per target.
        index: The targets by their keys, for matching the figures.
        increase: Whether more is better, per target.
        summed: Whether the figures add up
            ([`Accumulation.SUM`][pledgekit.Accumulation.SUM]), per target.
        baseline: The baselines (0 where the table has no baseline column).
        goal: The targets.
        start: Each target period's first day (a proleptic ordinal).
        end: Its last day.
        groups: The grouping column's text per target, or ``None`` without grouping.
    """

    table: pa.Table
    index: KeyIndex
    increase: np.ndarray[Any, Any]
    summed: np.ndarray[Any, Any]
    baseline: Scaled
    goal: Scaled
    start: np.ndarray[Any, Any]
    end: np.ndarray[Any, Any]
    groups: pa.Array | None


@attrs.frozen(kw_only=True)
class Figures:
    """The figures, compact: per row its target, period, value and where it was read.

    Attributes:
        target: The index of the row's target in `Targets`.
        start: The first day of the figure's period (ordinal).
        end: Its last day.
        values: The value of each figure, one `Scaled` per batch read.
        row: Each figure's row index in its table.
        table: The table read, for locating a problem found later.
    """

    target: np.ndarray[Any, Any]
    start: np.ndarray[Any, Any]
    end: np.ndarray[Any, Any]
    values: tuple[tuple[int, Scaled], ...]
    row: np.ndarray[Any, Any]
    table: Batches


def _missing_columns(table: Batches, required: Sequence[str], problems: Problems) -> None:
    missing = [name for name in required if name not in table.columns]
    if missing:
        problems.add(
            "line 1" if table.csv else "columns",
            f"no column {', '.join(map(repr, missing))}; the table has "
            f"{', '.join(map(repr, table.columns)) or 'no columns'}",
        )
        problems.raise_if_any()


def _text_column(
    table: Batches, batch: pa.Table, name: str, first: int, problems: Problems
) -> pa.Array:
    """A column of keys or words as text; integers are written as digits, others refused."""
    column = batch.column(name)
    kind = column.type
    if pa.types.is_dictionary(kind):
        column = pc.cast(column, kind.value_type)
        kind = column.type
    if pa.types.is_integer(kind) or pa.types.is_large_string(kind) or _is_view(kind):
        column = pc.cast(column, pa.string())
    elif not pa.types.is_string(kind):
        expected = (
            'expected years as text or integers (a pandas column with gaps: .astype("Int64"))'
            if name == "year"
            else "expected text (or integers as ids)"
        )
        problems.refuse(f"column {name!r}", f"a column of {kind}; {expected}")
    return pc.utf8_trim_whitespace(pc.fill_null(column.combine_chunks(), scalar("")))


def _check_keys(
    table: Batches, columns: dict[str, pa.Array], first: int, problems: Problems
) -> None:
    """Every key present, of a sane length, and without the separator the keys are joined by."""
    for name, column in columns.items():
        length = numpy_of(pc.utf8_length(column))
        odd = numpy_of(pc.match_substring(column, _SEPARATOR))
        for index in np.flatnonzero((length == 0) | (length > MAX_KEY_LENGTH) | odd):
            given = column[int(index)].as_py()
            if not given:
                message = "no id; expected the row's id in every key column"
            elif odd[index]:
                message = f"{given!r} holds the control character U+001F; expected an id"
            else:
                message = f"an id of {length[index]} characters; expected at most {MAX_KEY_LENGTH}"
            problems.add(table.where(first + int(index), name), message)


def _is_view(kind: pa.DataType) -> bool:
    """Whether a type is Arrow's string view (as DuckDB and Polars may export text)."""
    is_view = getattr(pa.types, "is_string_view", None)
    return bool(is_view is not None and is_view(kind))


def _join(columns: Sequence[pa.Array]) -> pa.Array:
    if len(columns) == 1:
        return columns[0]
    return pc.binary_join_element_wise(*columns, scalar(_SEPARATOR))


class KeyIndex:
    """The targets' keys, for finding each figure's target by its keys' dictionary codes.

    Each key column is dictionary-encoded once; a row's keys become one integer (mixed
    radix over the dictionaries' sizes), looked up in a dense array when the product of
    the sizes is small, else by binary search; past int64, by the joined text.
    """

    def __init__(self, columns: Sequence[pa.Array]) -> None:
        encoded = [pc.dictionary_encode(column) for column in columns]
        self.dictionaries = [e.dictionary for e in encoded]
        self.sizes = [len(d) for d in self.dictionaries]
        codes = [numpy_of(e.indices).astype(np.int64) for e in encoded]
        n = len(codes[0])
        self.total = math.prod(self.sizes)
        self.joined: pa.Array | None = None
        if self.total >= 2**62:
            self.joined = _join(columns)
            self.combined = np.zeros(0, dtype=np.int64)
            return
        self.combined = self._combine(codes)
        if self.total <= max(4 * n, 1 << 20):
            self.dense: np.ndarray[Any, Any] | None = np.full(self.total, -1, dtype=np.int64)
            self.dense[self.combined[::-1]] = np.arange(n, dtype=np.int64)[::-1]
        else:
            self.dense = None
            self.order = np.argsort(self.combined, kind="stable")
            self.sorted = self.combined[self.order]

    def _combine(self, codes: Sequence[np.ndarray[Any, Any]]) -> np.ndarray[Any, Any]:
        combined = np.zeros(len(codes[0]), dtype=np.int64)
        for code, size in zip(codes, self.sizes, strict=True):
            combined = combined * size + code
        return combined

    def repeated(self) -> np.ndarray[Any, Any]:
        """For each target, the first row with the same keys (itself when it is the first)."""
        if self.joined is not None:
            encoded = pc.dictionary_encode(self.joined)
            combined = numpy_of(encoded.indices).astype(np.int64)
        else:
            combined = self.combined
        _, first, inverse = np.unique(combined, return_index=True, return_inverse=True)
        return first[inverse]

    def find(self, columns: Sequence[pa.Array]) -> np.ndarray[Any, Any]:
        """The target of each row with these key columns, or -1 for none."""
        if self.joined is not None:
            index = pc.index_in(_join(columns), value_set=self.joined)
            return numpy_of(index, fill=-1).astype(np.int64)
        codes = []
        known = np.ones(len(columns[0]), dtype=bool)
        for column, dictionary in zip(columns, self.dictionaries, strict=True):
            encoded = pc.dictionary_encode(column)
            mapped = pc.index_in(encoded.dictionary, value_set=dictionary)
            code = numpy_of(mapped, fill=-1).astype(np.int64)[numpy_of(encoded.indices)]
            known &= code >= 0
            codes.append(np.where(code >= 0, code, 0))
        combined = self._combine(codes)
        if self.dense is not None:
            found = self.dense[combined]
        else:
            place = np.minimum(np.searchsorted(self.sorted, combined), len(self.sorted) - 1)
            found = np.where(self.sorted[place] == combined, self.order[place], -1)
        return np.where(known, found, -1)


def _words(
    table: Batches,
    column: pa.Array,
    name: str,
    known: dict[str, Any],
    problems: Problems,
) -> np.ndarray[Any, Any]:
    """Each cell's word as the index of its meaning in ``known``; problems for the rest."""
    lowered = pc.utf8_lower(column)
    words = list(known)
    codes = numpy_of(pc.index_in(lowered, value_set=strings(words)), fill=-1).astype(np.int64)
    for row in np.flatnonzero(codes < 0):
        problems.add(
            table.where(int(row), name),
            f"found {column[int(row)].as_py()!r}; expected {' or '.join(map(repr, words))}",
        )
    return np.asarray(codes)


def _figures(
    table: Batches, column: pa.Array, name: str, first: int, locale: str, problems: Problems
) -> tuple[Scaled, np.ndarray[Any, Any]]:
    """A column of figures read exactly; floats refused by type, bad cells listed."""
    if pa.types.is_floating(column.type):
        problems.refuse(
            f"column {name!r}",
            f"a column of floating-point numbers ({column.type}), which are not exact; "
            "expected text, integers or decimals",
        )
    if not (
        pa.types.is_string(column.type)
        or pa.types.is_large_string(column.type)
        or pa.types.is_integer(column.type)
        or pa.types.is_decimal(column.type)
        or pa.types.is_null(column.type)
        or _is_view(column.type)
    ):
        problems.refuse(
            f"column {name!r}",
            f"a column of {column.type}; expected figures as text, integers or decimals",
        )
    if pa.types.is_null(column.type):
        column = strings([""] * len(column))
    elif _is_view(column.type):
        column = pc.cast(column, pa.string())
    scaled, missing, found = read_figures(column, locale, what="a figure")
    for index, given, message in found:
        problems.add(table.where(first + index, name), f"found {given!r}; {message}")
    return scaled, missing


_YEARS = re.compile(r"(\d{4})\s*[-\u2013]\s*(\d{4})")


class _Periods:
    """Period texts read once each (a national table repeats a handful), as day ordinals."""

    def __init__(self, locale: str, *, years: bool = False) -> None:
        self.locale = locale
        self.years = years
        self.known: dict[str, tuple[int, int] | str] = {}

    def read(self, text: str) -> tuple[int, int] | str:
        """The first and last day of a period's text, or what is wrong with it."""
        if text not in self.known:
            self.known[text] = self._read(text)
        return self.known[text]

    def _read(self, text: str) -> tuple[int, int] | str:
        if not text:
            return "no period; expected a year such as 2019 or a period"
        if self.years and not (len(text) == 4 and text.isascii() and text.isdigit()):
            return f"found {text!r}; expected a year of four digits such as 2019"
        years = _YEARS.fullmatch(text)
        try:
            if years is not None:  # "2019-2023", as plans write a term
                period = Period.years(int(years.group(1)), int(years.group(2)))
            else:
                period = parse_iso_period(text)
        except (ValueError, PledgekitError):
            # The words of periods ("Januari–Juni 2022") need the text module: loaded only
            # for a table that writes them.
            from pledgekit.text import parse_period

            try:
                period = parse_period(text, self.locale if self.locale != "C" else "id")
            except PledgekitError as error:
                return f"found {text!r}; expected a year such as 2019 or a period ({error})"
        return period.start.toordinal(), period.end.toordinal()

    def column(
        self, table: Batches, column: pa.Array, name: str, first: int, problems: Problems
    ) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any], np.ndarray[Any, Any]]:
        """The first and last days of a column of periods (or years), and which are good."""
        unique = pc.unique(column)
        spans = [self.read(text) for text in unique.to_pylist()]
        starts = np.array([s[0] if isinstance(s, tuple) else 0 for s in spans], dtype=np.int32)
        ends = np.array([s[1] if isinstance(s, tuple) else 0 for s in spans], dtype=np.int32)
        codes = numpy_of(pc.index_in(column, value_set=unique))
        bad = np.array([isinstance(s, str) for s in spans], dtype=bool)[codes]
        for index in np.flatnonzero(bad):
            problems.add(table.where(first + int(index), name), str(spans[codes[index]]))
        return starts[codes], ends[codes], ~bad


def _period_argument(period: Period | str | None, locale: str) -> tuple[int, int] | None:
    if period is None:
        return None
    if isinstance(period, Period):
        return period.start.toordinal(), period.end.toordinal()
    read = _Periods(locale).read(str(period))
    if isinstance(read, str):
        raise DataFileError("evaluate(period)", [("period", read)])
    return read


def read_targets(
    source: object,
    *,
    keys: Sequence[str],
    group_by: str | None,
    period: Period | str | None,
    locale: str,
    delimiter: str | None,
) -> Targets:
    """Read and check the targets table: all of it (it is the size of the result)."""
    optional = ["baseline", "period"]
    wanted = [*keys, "direction", "accumulation", "unit", "target", *optional]
    if group_by is not None and group_by not in wanted:
        wanted.append(group_by)
    table = open_table(source, "targets", wanted, delimiter=delimiter)
    problems = Problems(table.name)
    required = [*keys, "direction", "accumulation", "unit", "target"]
    if group_by is not None:
        required.append(group_by)
    _missing_columns(table, required, problems)
    given_period = _period_argument(period, locale)
    if given_period is None and "period" not in table.columns:
        problems.add(
            "columns",
            "no period column and no period given; expected a 'period' column or "
            "evaluate(..., period='2019-2023')",
        )
    elif given_period is not None and "period" in table.columns:
        problems.add("columns", "a 'period' column and a period given; expected one of them")
    problems.raise_if_any()
    batches = []
    rows = 0
    for _, batch in table.batches:
        rows += batch.num_rows
        if rows > MAX_TARGET_ROWS:
            raise DataFileError(
                table.name,
                [(table.where(MAX_TARGET_ROWS), f"more than {MAX_TARGET_ROWS:,} targets")],
            )
        batches.append(batch)
    whole = pa.Table.from_batches(batches) if batches else pa.table({})
    if not rows:
        raise DataFileError(table.name, [("table", "no targets; expected one row per target")])
    return _check_targets(table, whole, keys, group_by, given_period, locale, problems)


def _check_targets(
    table: Batches,
    whole: pa.Table,
    keys: Sequence[str],
    group_by: str | None,
    given_period: tuple[int, int] | None,
    locale: str,
    problems: Problems,
) -> Targets:
    key_columns = {name: _text_column(table, whole, name, 0, problems) for name in keys}
    _check_keys(table, key_columns, 0, problems)
    key_index = KeyIndex(list(key_columns.values()))
    _duplicates(table, key_index, key_columns, problems)
    direction = _words(
        table,
        _text_column(table, whole, "direction", 0, problems),
        "direction",
        _DIRECTIONS,
        problems,
    )
    accumulation = _words(
        table,
        _text_column(table, whole, "accumulation", 0, problems),
        "accumulation",
        _ACCUMULATIONS,
        problems,
    )
    unit = _text_column(table, whole, "unit", 0, problems)
    for index in np.flatnonzero(numpy_of(pc.utf8_length(unit)) == 0):
        problems.add(table.where(int(index), "unit"), "no unit; expected the indicator's unit")
    goal, no_goal = _figures(
        table, whole.column("target").combine_chunks(), "target", 0, locale, problems
    )
    _required_figure(table, no_goal, "target", "a target", problems)
    if "baseline" in table.columns:
        baseline, no_baseline = _figures(
            table, whole.column("baseline").combine_chunks(), "baseline", 0, locale, problems
        )
        _required_figure(
            table, no_baseline, "baseline", "a baseline (leave the column out for 0)", problems
        )
    else:
        baseline = Scaled(np.zeros(whole.num_rows, dtype=np.int64), 0)
    if given_period is not None:
        start = np.full(whole.num_rows, given_period[0], dtype=np.int32)
        end = np.full(whole.num_rows, given_period[1], dtype=np.int32)
    else:
        text = _text_column(table, whole, "period", 0, problems)
        start, end, _ = _Periods(locale).column(table, text, "period", 0, problems)
    problems.raise_if_any()
    increase = direction == 0
    _check_sides(table, increase, baseline, goal, problems)
    problems.raise_if_any()
    groups = None
    if group_by is not None:
        groups = key_columns.get(group_by)
        if groups is None:
            groups = _text_column(table, whole, group_by, 0, problems)
            _check_keys(table, {group_by: groups}, 0, problems)
            problems.raise_if_any()
    # A grouping column that is not a key is shown beside the keys, as what groups the row.
    grouping = {} if group_by is None or group_by in key_columns else {group_by: groups}
    kept = pa.table({**key_columns, **grouping, "unit": unit})
    return Targets(
        table=kept,
        index=key_index,
        increase=increase,
        summed=accumulation == 0,
        baseline=baseline,
        goal=goal,
        start=start,
        end=end,
        groups=groups,
    )


def _required_figure(
    table: Batches, missing: np.ndarray[Any, Any], name: str, what: str, problems: Problems
) -> None:
    if problems.full:
        return
    for index in np.flatnonzero(missing):
        problems.add(table.where(int(index), name), f"no figure; expected {what}")


def _duplicates(
    table: Batches, index: KeyIndex, keys: dict[str, pa.Array], problems: Problems
) -> None:
    """Each target once: a key given twice would make its figures count for both."""
    first = index.repeated()
    for row in np.flatnonzero(first != np.arange(len(first))):
        text = ", ".join(f"{name} {column[int(row)].as_py()!r}" for name, column in keys.items())
        problems.add(
            table.where(int(row)),
            f"the target {text} again (first on {table.where(int(first[row]))}); "
            "expected each target once",
        )


def _check_sides(
    table: Batches,
    increase: np.ndarray[Any, Any],
    baseline: Scaled,
    goal: Scaled,
    problems: Problems,
) -> None:
    """A target on the good side of its baseline, as [`pledgekit.Target`][] requires."""
    scale = max(baseline.scale, goal.scale)
    low, high = baseline.at(scale), goal.at(scale)
    wrong = np.where(increase, high < low, high > low)
    for index in np.flatnonzero(wrong):
        up = bool(increase[index])
        problems.add(
            table.where(int(index), "target"),
            f"found the target {scaled_decimal(int(high[index]), scale)} {'below' if up else 'above'} its "
            f"baseline {scaled_decimal(int(low[index]), scale)}; expected a target at or "
            f"{'above' if up else 'below'} the baseline, for an indicator whose direction "
            f"is {'increase' if up else 'decrease'}",
        )


def read_figures_table(
    source: object,
    targets: Targets,
    *,
    keys: Sequence[str],
    locale: str,
    delimiter: str | None,
) -> Figures:
    """Read the figures batch by batch, keeping for each row only what the evaluation needs."""
    wanted = [*keys, "year", "period", "value", "unit"]
    table = open_table(source, "observations", wanted, delimiter=delimiter)
    problems = Problems(table.name)
    when = [name for name in ("year", "period") if name in table.columns]
    _missing_columns(table, [*keys, "value"], problems)
    if len(when) != 1:
        problems.add(
            "line 1" if table.csv else "columns",
            "expected a 'year' or a 'period' column" + (", not both" if when else ""),
        )
        problems.raise_if_any()
    periods = _Periods(locale, years=when[0] == "year")
    parts: dict[str, list[Any]] = {"target": [], "start": [], "end": [], "row": [], "values": []}
    rows = 0
    for first, batch in table.batches:
        rows += batch.num_rows
        if rows > MAX_FIGURE_ROWS:
            raise DataFileError(
                table.name, [(table.where(MAX_FIGURE_ROWS), f"more than {MAX_FIGURE_ROWS:,} rows")]
            )
        _batch(table, batch, first, targets, keys, when[0], periods, locale, problems, parts)
    problems.raise_if_any()

    def joined(name: str, kind: type) -> np.ndarray[Any, Any]:
        return np.concatenate(parts[name]) if parts[name] else np.zeros(0, dtype=kind)

    return Figures(
        target=joined("target", np.int64),
        start=joined("start", np.int32),
        end=joined("end", np.int32),
        values=tuple(parts["values"]),
        row=joined("row", np.int64),
        table=table,
    )


def _batch(
    table: Batches,
    batch: pa.RecordBatch,
    first: int,
    targets: Targets,
    keys: Sequence[str],
    when: str,
    periods: _Periods,
    locale: str,
    problems: Problems,
    parts: dict[str, list[Any]],
) -> None:
    """One batch of figures: matched to its targets, its periods and values read."""
    frame = pa.Table.from_batches([batch])
    key_columns = {name: _text_column(table, frame, name, first, problems) for name in keys}
    value, missing = _figures(
        table, frame.column("value").combine_chunks(), "value", first, locale, problems
    )
    text = _text_column(table, frame, when, first, problems)
    has = ~missing
    # A row with no figure is skipped whole: its period is not read.
    placeholder = pc.if_else(bools(has), text, scalar("2000"))
    start, end, good = periods.column(table, placeholder, when, first, problems)
    target = targets.index.find(list(key_columns.values()))
    # A typo'd key is an error even on a row with no figure: it would vanish otherwise.
    unknown = target < 0
    for row in np.flatnonzero(unknown):
        names = ", ".join(f"{name} {key_columns[name][int(row)].as_py()!r}" for name in keys)
        problems.add(table.where(first + int(row)), f"no target for {names}")
    target = np.where(target < 0, 0, target)
    if "unit" in frame.column_names:
        _check_units(table, frame, first, targets, target, has & ~unknown, problems)
    keep = np.flatnonzero(has & ~unknown & good)
    parts["target"].append(target[keep])
    parts["start"].append(start[keep])
    parts["end"].append(end[keep])
    parts["row"].append(keep + first)
    parts["values"].append((len(keep), Scaled(value.values[keep], value.scale)))


def _check_units(
    table: Batches,
    frame: pa.Table,
    first: int,
    targets: Targets,
    target: np.ndarray[Any, Any],
    rows: np.ndarray[Any, Any],
    problems: Problems,
) -> None:
    """A figure's unit, where the table gives one, is its target's unit."""
    given = _text_column(table, frame, "unit", first, problems)
    expected = targets.table.column("unit").take(arrow_of(target))
    differ = numpy_of(pc.not_equal(given, expected)) & (numpy_of(pc.utf8_length(given)) > 0)
    for row in np.flatnonzero(differ & rows):
        problems.add(
            table.where(first + int(row), "unit"),
            f"found the unit {given[int(row)].as_py()!r}; expected its target's unit "
            f"{expected[int(row)].as_py()!r}",
        )


def ordinal_date(ordinals: np.ndarray[Any, Any]) -> pa.Array:
    """Day ordinals as an Arrow date column."""
    epoch = dt.date(1970, 1, 1).toordinal()
    return arrow_of((ordinals.astype(np.int64) - epoch).astype(np.int32), pa.date32())
