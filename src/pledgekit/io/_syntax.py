"""From bytes to data: read a text file, check its shape, parse TOML or JSON, word the errors.

Before a parser builds anything, the text is checked for what would make parsing cost
far more than the file's size (tomllib is quadratic in the parts of a dotted key, and
int() in the digits of a literal): such a text is refused with its line. A syntax
error names its line and column and says in plain words what is wrong.
"""

from __future__ import annotations

import calendar
import codecs
import json
import re
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pledgekit.exceptions import DataFileError, InvalidValueError
from pledgekit.io._limits import MAX_DEPTH, MAX_FILE_BYTES
from pledgekit.io._locate import TomlLines
from pledgekit.io._values import NumberLiteral

__all__ = [
    "MAX_KEY_PARTS",
    "MAX_LITERAL_DIGITS",
    "JsonTable",
    "check_encoding",
    "parse_json",
    "parse_toml",
    "read_text",
    "too_large",
]

#: The most digits in a row a case file or table may hold (an amount has at most 60).
MAX_LITERAL_DIGITS = 1000
#: The most parts of one dotted TOML key or table header (``a.b.c`` has 3).
MAX_KEY_PARTS = MAX_DEPTH

# What the first bytes of a file say it is, when it is not text.
_SIGNATURES = (
    (b"PK\x03\x04", "a ZIP archive"),
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        "an Excel 97-2003 workbook (.xls) or another Office file",
    ),
    (b"%PDF", "a PDF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xff\xfe", "UTF-16 text"),
    (b"\xfe\xff", "UTF-16 text"),
)


def too_large(what: str = "case file", limit: int = MAX_FILE_BYTES) -> str:
    """Why a text is refused for its size: more than ``limit`` bytes of ``what``.

    >>> too_large("table", 256 * 1024 * 1024)
    'larger than 256 MiB; expected a smaller table'
    """
    return f"larger than {limit // (1024 * 1024)} MiB; expected a smaller {what}"


def check_encoding(encoding: object, where: str) -> str:
    """The name of a text encoding Python knows; `InvalidValueError` otherwise."""
    if isinstance(encoding, str):
        try:
            return codecs.lookup(encoding).name
        except LookupError:
            pass
    raise InvalidValueError(
        encoding, "the name of a text encoding such as 'utf-8' or 'cp1252'", where
    )


def read_text(
    file: Path,
    name: str,
    *,
    encoding: str = "utf-8",
    what: str = "case file",
    limit: int = MAX_FILE_BYTES,
) -> str:
    """The text of a file of at most ``limit`` bytes (`MAX_FILE_BYTES`), in ``encoding``.

    A workbook, an archive or a document given where text is expected is named as
    such; UTF-8 that does not decode is checked against Windows-1252, the usual
    encoding of a spreadsheet saved as CSV on Windows.
    """
    # Read in chunks: read(limit + 1) would allocate the whole limit at once.
    chunks: list[bytes] = []
    size = 0
    try:
        with file.open("rb") as stream:
            while chunk := stream.read(64 * 1024):
                size += len(chunk)
                if size > limit:
                    raise DataFileError(name, [("file", too_large(what, limit))])
                chunks.append(chunk)
    except OSError as error:
        raise DataFileError(name, [("file", f"cannot be read: {error.strerror}")]) from None
    data = b"".join(chunks)
    codec = codecs.lookup(encoding).name
    if codec == "utf-8" or not codec.startswith("utf-16"):
        _refuse_binary(data, name, what)
    try:
        text = data.decode("utf-8-sig" if codec == "utf-8" else codec)
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise DataFileError(name, [(f"line {line}", _not_decoded(data, codec, what))]) from None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise DataFileError(
            name, [(f"line {line}", f"a NUL character; expected a text file ({what})")]
        )
    return text


def _refuse_binary(data: bytes, name: str, what: str) -> None:
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            if signature == b"PK\x03\x04" and b"xl/" in data[:65536]:
                kind = "an Excel workbook (.xlsx)"
            elif signature == b"PK\x03\x04" and b"word/" in data[:65536]:
                kind = "a Word document (.docx)"
            if kind == "UTF-16 text":
                advice = "pass encoding='utf-16'" if what == "table" else "save it as UTF-8"
                message = f"this is UTF-16 text; expected a UTF-8 {what}: {advice}"
            else:
                advice = "; save the sheet as CSV (UTF-8)" if "Excel" in kind else ""
                message = f"this is {kind}, not text; expected a UTF-8 {what}{advice}"
            raise DataFileError(name, [("file", message)])


def _not_decoded(data: bytes, codec: str, what: str) -> str:
    if codec != "utf-8":
        return f"bytes that are not {codec} text; expected a {what} in {codec}"
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return f"bytes that are not UTF-8; expected a UTF-8 text file ({what})"
    advice = (
        "pass encoding='cp1252' to read it as it is"
        if what == "table"
        else "save it again as UTF-8"
    )
    return (
        "bytes that are not UTF-8, but read as Windows-1252 (cp1252), the encoding of a "
        f"spreadsheet saved as CSV on Windows; expected UTF-8: {advice}"
    )


# Shape before parsing --------------------------------------------------------------------

_DIGITS = re.compile(rf"[0-9][0-9_]{{{MAX_LITERAL_DIGITS - 1},}}")
_QUOTED = re.compile(r"\"(?:[^\"\\]|\\.)*\"|'[^']*'")
_KEY_PART = r"(?:[A-Za-z0-9_-]++|\"(?:[^\"\\\n]|\\.)*\"|'[^'\n]*')"
# A key or table header of more than MAX_KEY_PARTS parts, at the start of a line.
_LONG_KEY = re.compile(
    rf"^[ \t]*\[{{0,2}}[ \t]*{_KEY_PART}(?:[ \t]*\.[ \t]*{_KEY_PART}){{{MAX_KEY_PARTS},}}+"
    r"[ \t]*(?:=|\])",
    re.MULTILINE,
)


def check_size(text: str, name: str, syntax: str) -> None:
    """Refuse digit runs and dotted keys a parser would take much longer to build than to read."""
    digits = _DIGITS.search(text)
    if digits is not None:
        line = text.count("\n", 0, digits.start()) + 1
        column = digits.start() - (text.rfind("\n", 0, digits.start()) + 1) + 1
        length = digits.end() - digits.start()
        raise DataFileError(
            name,
            [
                (
                    f"line {line}, column {column}",
                    f"a number too large: a run of {length} digits; expected numbers of at most "
                    f"{MAX_LITERAL_DIGITS} digits (an amount has at most 60)",
                )
            ],
        )
    if syntax == "TOML":
        _check_keys(text, name)


def _check_keys(text: str, name: str) -> None:
    # No tracking of multi-line strings, which a stray quote could fool: a line of a
    # string that starts with a key of 17 parts and "=" is not prose anyone writes.
    long_key = _LONG_KEY.search(text)
    if long_key is None:
        return
    number = text.count("\n", 0, long_key.start()) + 1
    parts = _QUOTED.sub("q", long_key[0]).count(".") + 1
    raise DataFileError(
        name,
        [
            (
                f"line {number}",
                f"a dotted key of {parts} parts; expected at most {MAX_KEY_PARTS} "
                "(a case file nests 6 levels deep)",
            )
        ],
    )


# TOML ------------------------------------------------------------------------------------


def parse_toml(text: str, name: str) -> Any:
    """Parse TOML text, bare decimals kept as `NumberLiteral`; errors in plain words."""
    check_size(text, name, "TOML")
    try:
        return tomllib.loads(text, parse_float=lambda literal: NumberLiteral(literal, "TOML"))
    except tomllib.TOMLDecodeError as error:
        raise DataFileError(name, [_toml_problem(text, str(error))]) from None
    except RecursionError:
        raise DataFileError(name, [("TOML syntax", "nested too deeply")]) from None
    except ValueError as error:
        # int() refuses integers of more than 4300 digits before the loader sees them.
        raise DataFileError(
            name, [("TOML syntax", f"a number too large to read ({error}); expected a case file")]
        ) from None


_TOML_POSITION = re.compile(r"\s*\(at (?:line (\d+), column (\d+)|end of document)\)$")
_DATE_LITERAL = re.compile(r"(?<![\w\"'.-])(\d{4})-(\d{2})-(\d{2})(?![\w:])")
_DECLARED_TWICE = re.compile(r"Cannot declare \((.*)\) twice")
# tomllib's reasons, in the words of someone who writes the file by hand.
_TOML_REASONS = {
    "Invalid value": (
        "a value that is not a string, a number, a date, a list or a table "
        '(a string needs quotes: "...")'
    ),
    "Expected '=' after a key in a key/value pair": (
        "a key must be followed by '=' and its value (a key with spaces needs quotes)"
    ),
    "Expected newline or end of document after a statement": (
        "more text after a value; expected one key = value per line"
    ),
    "Unclosed array": "a list opened with '[' is never closed with ']'",
    "Unclosed inline table": "a table opened with '{' is not closed with '}' on its line",
    "Unterminated string": "a string opened with quotes is never closed",
    "Unescaped '\\' in a string": (
        "a backslash in a \"...\" string starts an escape; write \\\\ or use a '...' string"
    ),
}


def _toml_problem(text: str, message: str) -> tuple[str, str]:
    position = _TOML_POSITION.search(message)
    reason = message[: position.start()] if position else message
    # tomllib counts lines by "\n" alone.
    lines = text.split("\n")
    if position is None or position[1] is None:
        line_number = len(lines)
        location = f"line {line_number} (the end of the file)"
    else:
        line_number = int(position[1])
        location = f"line {line_number}, column {position[2]}"
    source = lines[line_number - 1] if 0 < line_number <= len(lines) else ""
    words = _toml_words(text, reason, source, line_number)
    if text.lstrip().startswith(("{", "[{", "[\n")) and text.rstrip().endswith(("}", "]")):
        # JSON read as TOML, the default format of loads().
        words += '; this looks like JSON: read it with format="json" (or a .json file name)'
    return location, f"not valid TOML: {words}; see https://toml.io"


def _toml_words(text: str, reason: str, source: str, line_number: int) -> str:
    date = _impossible_date(source)
    if date is not None:
        return date
    if reason == "Cannot overwrite a value":
        return _defined_twice(text, source, line_number) or "a key defined twice"
    twice = _DECLARED_TWICE.match(reason)
    if twice is not None:
        table = ".".join(re.findall(r"'((?:[^'\\]|\\.)*)'", twice[1]))
        first = TomlLines("\n".join(text.split("\n")[: line_number - 1])).line(table)
        lines = f"lines {first} and {line_number}" if first else f"line {line_number}"
        return f"the table [{table}] declared twice, {lines}; expected each table once"
    if reason.startswith(("Illegal character '\\n'", 'Expected "')):
        return (
            "a string is not closed before the end of its line; close it with its quote, "
            'or write a string on several lines between triple quotes ("""...""")'
        )
    if reason.startswith("Illegal character"):
        return f"{reason.lower()}; control characters must be escaped in a string"
    return _TOML_REASONS.get(reason, reason)


def _impossible_date(source: str) -> str | None:
    for match in _DATE_LITERAL.finditer(_QUOTED.sub('""', source)):
        year, month, day = (int(part) for part in match.groups())
        if not 1 <= month <= 12:
            return f"the date {match[0]} has no month {month}; expected a month from 01 to 12"
        if not 1 <= day <= calendar.monthrange(year, month)[1]:
            return (
                f"the date {match[0]} does not exist: there is no {day} "
                f"{calendar.month_name[month]}" + (f" in {year}" if month == 2 else "")
            )
    return None


def _defined_twice(text: str, source: str, line_number: int) -> str | None:
    match = re.match(r"\s*([^=]+?)\s*=", source)
    if match is None:
        return None
    key = ".".join(part.strip().strip("\"'") for part in match[1].split("."))
    before = "\n".join(text.split("\n")[: line_number - 1])
    current = _table_at(before)
    path = f"{current}.{key}" if current else key
    first = TomlLines(before).lines.get(path)
    if first is None:
        return f"{key!r} set again (a value or a table of that name exists already); expected each key once"
    return (
        f"{key!r} defined twice, lines {first} and {line_number}; expected each key once in a table"
    )


def _table_at(text: str) -> str:
    """The path of the table the end of ``text`` is in ('' at the top level)."""
    lines = TomlLines(text + "\n__pledgekit_probe__ = 0")
    probe = next((path for path in lines.lines if path.endswith("__pledgekit_probe__")), "")
    return probe.removesuffix("__pledgekit_probe__").removesuffix(".")


# JSON ------------------------------------------------------------------------------------


class JsonTable(dict[str, Any]):
    """A JSON object, and the keys it gave more than once (JSON keeps only the last)."""

    duplicates: tuple[str, ...] = ()


def _table(pairs: list[tuple[str, Any]]) -> JsonTable:
    table = JsonTable(pairs)
    if len(table) < len(pairs):
        seen: set[str] = set()
        twice = []
        for key, _ in pairs:
            if key in seen and key not in twice:
                twice.append(key)
            seen.add(key)
        table.duplicates = tuple(twice)
    return table


def parse_json(text: str, name: str) -> Any:
    """Parse JSON text: decimals kept as `NumberLiteral`, keys given twice marked."""
    check_size(text, name, "JSON")

    def number(literal: str) -> NumberLiteral:
        return NumberLiteral(literal, "JSON")

    def integer(literal: str) -> int | NumberLiteral:
        return int(literal) if len(literal.lstrip("-")) <= 40 else number(literal)

    hook: Callable[[list[tuple[str, Any]]], JsonTable] = _table
    try:
        return json.loads(
            text,
            parse_float=number,
            parse_int=integer,
            parse_constant=number,
            object_pairs_hook=hook,
        )
    except json.JSONDecodeError as error:
        raise DataFileError(
            name, [(f"line {error.lineno}, column {error.colno}", f"not valid JSON: {error.msg}")]
        ) from None
    except RecursionError:
        raise DataFileError(name, [("JSON syntax", "nested too deeply")]) from None
