"""Case files: a whole [`Case`][pledgekit.Case] in TOML (by hand) or JSON (both ways).

The format is described in ``docs/files.md`` and by the JSON Schema
[`pledgekit.io.schema`][pledgekit.schema] returns. Objects refer to each other by id: a target
names its indicator, an observation its indicator and source, a claim its target,
indicator, source and speaker, a pledge its targets, programs and who made it.
"""

from __future__ import annotations

import functools
import json
import os
from pathlib import Path

from pledgekit._case import Case
from pledgekit.exceptions import DataFileError, InvalidValueError
from pledgekit.io._limits import MAX_FILE_BYTES
from pledgekit.io._locate import TomlLines
from pledgekit.io._syntax import parse_json, parse_toml, read_text, too_large
from pledgekit.io._tables import FORMAT_VERSION, decode_case, to_data
from pledgekit.io._values import Reader

__all__ = ["FORMAT_VERSION", "dump", "dumps", "load", "loads"]

_FORMATS = ("toml", "json")

# Reading -------------------------------------------------------------------------------


def load(path: str | os.PathLike[str]) -> Case:
    """Load a case file: TOML (``.toml``) or JSON (``.json``).

    Args:
        path: The file.

    Returns:
        The case.

    Raises:
        DataFileError: The file cannot be read, is not valid TOML or JSON, or any of
            its fields is wrong; every problem is listed with its line or field path.

    >>> from pledgekit.io import load
    >>> case = load("examples/bekasi/case.toml")
    >>> case.target("jobs-150k").value
    Decimal('150000')
    """
    if not isinstance(path, str | os.PathLike):
        raise InvalidValueError(path, "the path of a case file (a str or a Path)", "load(path)")
    file = Path(path)
    name = str(path)
    suffix = file.suffix.lower()
    if suffix not in (".toml", ".json"):
        raise DataFileError(
            name, [("file name", f"found the suffix {suffix!r}; expected '.toml' or '.json'")]
        )
    text = read_text(file, name)
    return _loads(text, suffix[1:], name, str(file.parent))


def loads(text: str, format: str = "toml", *, name: str = "<string>") -> Case:
    r"""Read a case from TOML or JSON text.

    Amounts are strings (``"27197"``, ``"5.9"``) or integers, never bare numbers with a
    decimal point; dates are TOML dates or ISO strings; periods are written
    ``"2019"``, ``"2022-01..2022-06"`` or ``"2018-09-20..2023-09-19"``. Files of
    version 2 (``pledgekit_case = 2``) and of version 1 are read; a version-1 file may
    not use the keys version 2 added (see ``docs/files.md``).

    Args:
        text: The text.
        format: ``"toml"`` or ``"json"``.
        name: The name errors give the text (a file name, by default ``"<string>"``).

    Tables of figures the text names (``[[observation_tables]]``) are read relative to
    the current folder; [`load`][pledgekit.load] reads them relative to the case file.

    Raises:
        DataFileError: Every problem found, each with its line (TOML) or field path.

    >>> from pledgekit.io import loads
    >>> case = loads('''
    ... pledgekit_case = 2
    ... title = "Jobs"
    ... [[indicators]]
    ... id = "jobs"
    ... name = "Jobs opened"
    ... unit = "persons"
    ... direction = "increase"
    ... accumulation = "sum"
    ... [[targets]]
    ... id = "jobs-2020"
    ... indicator = "jobs"
    ... value = "1000"
    ... period = "2019..2020"
    ... [[observations]]
    ... indicator = "jobs"
    ... period = "2019"
    ... value = 400
    ... ''')
    >>> case.assess().for_target("jobs-2020").progress.shortfall
    Decimal('600')
    >>> loads('pledgekit_case = 2\ntitle = "Jobs"\ndescripton = "typo"\n')
    Traceback (most recent call last):
    ...
    pledgekit.exceptions.DataFileError: <string>: line 3, descripton: unknown key 'descripton'; did you mean 'description'? (expected one of ...)
    """
    return _loads(text, format, name, None)


def _loads(text: str, format: str, name: str, base_dir: str | None) -> Case:
    if format not in _FORMATS:
        raise InvalidValueError(format, "'toml' or 'json'", "loads(format)")
    if not isinstance(text, str):
        raise InvalidValueError(text, "the text of a case file (a str)", "loads(text)")
    if len(text) > MAX_FILE_BYTES or len(text.encode("utf-8", "surrogatepass")) > MAX_FILE_BYTES:
        raise DataFileError(name, [("text", too_large())])
    if format == "toml":
        data = parse_toml(text, name)
        # Lines are found only when a problem is shown: a valid file never needs them.
        lines = functools.cache(lambda: TomlLines(text))
        reader = Reader(
            name, syntax="TOML", locate=lambda path: lines().locate(path), hand_written=True
        )
    else:
        data = parse_json(text, name)
        reader = Reader(name, syntax="JSON")
    reader.base_dir = base_dir
    return decode_case(data, reader)


# Writing -------------------------------------------------------------------------------


def dumps(case: Case) -> str:
    """Write a case as JSON text that [`loads`][pledgekit.loads] reads back equal.

    Amounts are decimal strings with every digit they were given (``"5.10"``), dates
    ISO strings, periods ``"start..end"``; absent values are left out.

    >>> from pledgekit import Case
    >>> from pledgekit.io import dumps, load, loads
    >>> print(dumps(Case("Empty")))
    {
      "pledgekit_case": 2,
      "title": "Empty"
    }
    >>> case = load("examples/bekasi/case.toml")
    >>> loads(dumps(case), format="json") == case
    True
    """
    if not isinstance(case, Case):
        raise InvalidValueError(case, "a pledgekit.Case", "dumps(case)")
    return json.dumps(to_data(case), ensure_ascii=False, indent=2) + "\n"


def dump(case: Case, path: str | os.PathLike[str]) -> None:
    """Write a case to a JSON file (UTF-8); see [`dumps`][pledgekit.dumps].

    Raises:
        InvalidValueError: The file name ends in ``.toml`` (pledgekit reads TOML but
            writes JSON), or ``path`` is not a path.
        DataFileError: The file cannot be written.

    The file holds what [`dumps`][pledgekit.dumps] gives, and [`load`][pledgekit.load]
    reads it back equal:

    >>> import pathlib, tempfile
    >>> from pledgekit import Case
    >>> from pledgekit.io import dump, load
    >>> case = Case("Jobs", description="A pledge of 1,000 jobs")
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = pathlib.Path(folder, "case.json")
    ...     dump(case, path)
    ...     print(path.read_text(encoding="utf-8"), end="")
    ...     back = load(path)
    {
      "pledgekit_case": 2,
      "title": "Jobs",
      "description": "A pledge of 1,000 jobs"
    }
    >>> back == case
    True
    >>> dump(case, "case.toml")
    Traceback (most recent call last):
    ...
    pledgekit.exceptions.InvalidValueError: dump(path): got 'case.toml' (str);
    expected a .json file name (pledgekit reads TOML but writes JSON)
    """
    if not isinstance(path, str | os.PathLike):
        raise InvalidValueError(path, "the path of a .json file (a str or a Path)", "dump(path)")
    file = Path(path)
    if file.suffix.lower() == ".toml":
        raise InvalidValueError(
            str(path), "a .json file name (pledgekit reads TOML but writes JSON)", "dump(path)"
        )
    text = dumps(case)
    try:
        file.write_text(text, encoding="utf-8")
    except OSError as error:
        raise DataFileError(str(path), [("file", f"cannot be written: {error.strerror}")]) from None
