"""Figures kept in tables beside the case file: ``[[observation_tables]]``.

A case file may name the tables its figures are kept in (a CSV file, or a sheet of a
workbook), relative to the file, with a mapping from pledgekit's column names to the
table's headers, instead of listing every figure inline; the figures read are the
case's observations, after those listed inline.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

from pledgekit._indicator import Indicator
from pledgekit._source import Source
from pledgekit.exceptions import DataFileError
from pledgekit.io._fields import Field, Kind, Reading, Writing
from pledgekit.io._kinds import Tables
from pledgekit.io._values import LOCALES, join

__all__ = ["FigureTables", "TABLE_KEYS", "TablesNamed", "resolve_table_path"]

#: The keys of one ``[[observation_tables]]`` entry.
TABLE_KEYS = ("path", "sheet", "columns", "group_by", "locale", "encoding")
_ENCODINGS = ("utf-8", "cp1252")


def resolve_table_path(given: str, base: Path) -> Path | str:
    """The table's path within ``base``, or why it is refused (a message).

    A case file may only name tables in its own folder or below it: a file shared with
    others (a tracker builds pages from a folder of them) must not read whatever the
    machine holds.
    """
    relative = Path(given)
    expected = (
        "a path relative to the case file, to a table in its folder or below it, such as "
        "'realisasi.csv'"
    )
    if relative.is_absolute() or given.startswith(("/", "\\")) or ":" in given:
        return f"{expected} (this one is absolute)"
    resolved = (base / relative).resolve()
    if not resolved.is_relative_to(base.resolve()):
        return f"{expected} (this one leads outside the folder)"
    return resolved


@attrs.frozen
class FigureTables(Kind):
    """A case's observations: those listed inline, then those of the tables it names.

    Reads the key ``observations`` (inline tables, as `Tables` does) and the key
    ``observation_tables`` of the same top-level table; writes the observations inline.
    """

    inline: Tables
    tables_key: str = "observation_tables"

    def read(
        self, ctx: Reading, table: Mapping[str, Any], field: Field, path: str, got: Any
    ) -> Any:
        found = list(self.inline.read(ctx, table, field, path, got))
        for item_path, raw in ctx.r.items(table, self.tables_key, path):
            found.extend(_read_table(ctx, raw, item_path))
        return found

    def write(self, ctx: Writing, value: Any) -> Any:
        return self.inline.write(ctx, value)


@attrs.frozen
class TablesNamed(Kind):
    """The key ``observation_tables`` itself: read by `FigureTables`, never written."""

    def read(
        self, ctx: Reading, table: Mapping[str, Any], field: Field, path: str, got: Any
    ) -> Any:
        return None

    def write(self, ctx: Writing, value: Any) -> Any:
        return None


def _read_table(ctx: Reading, raw: object, path: str) -> list[Any]:
    from pledgekit.io._csv import read_observations

    r = ctx.r
    entry = r.table(raw, path, allowed=TABLE_KEYS, required=("path",), what="a table of figures")
    if entry is None or not isinstance(entry.get("path"), str):
        if entry is not None and entry.get("path") is not None:
            r.found(join(path, "path"), entry["path"], "the table's path (a string)")
        return []
    locale = entry.get("locale", r.locale)
    if locale not in LOCALES:
        r.found(join(path, "locale"), locale, "'C', 'id' or 'en'")
        return []
    encoding = entry.get("encoding", "utf-8")
    if encoding not in _ENCODINGS:
        r.found(join(path, "encoding"), encoding, "'utf-8' or 'cp1252'")
        return []
    columns = entry.get("columns")
    if columns is not None and not (
        isinstance(columns, dict) and all(isinstance(v, str) for v in columns.values())
    ):
        r.found(join(path, "columns"), columns, "a table of column names to headers (strings)")
        return []
    sheet = entry.get("sheet")
    if sheet is not None and not isinstance(sheet, str):
        r.found(join(path, "sheet"), sheet, "the name of a sheet of the workbook (a string)")
        return []
    group_by = entry.get("group_by")
    if group_by is not None and not (isinstance(group_by, str) and group_by.strip()):
        expected = "the header of the column that groups the rows (a string)"
        r.found(join(path, "group_by"), group_by, expected)
        return []
    base = Path(r.base_dir) if r.base_dir is not None else Path.cwd()
    located = resolve_table_path(entry["path"], base)
    if isinstance(located, str):
        r.found(join(path, "path"), entry["path"], located)
        return []
    indicators = [
        i for i in ctx.registry("indicators").objects.values() if isinstance(i, Indicator)
    ]
    sources = [s for s in ctx.registry("sources").objects.values() if isinstance(s, Source)]
    try:
        return list(
            read_observations(
                located,
                indicators=indicators,
                sources=sources,
                locale=locale,
                name=entry["path"],
                encoding=encoding,
                columns=columns,
                sheet=sheet,
                group_by=group_by,
            )
        )
    except DataFileError as error:
        for problem in error.problems:
            r.add(join(path, "path"), f"{error.file}: {problem}")
        return []
