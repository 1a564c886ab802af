"""Inputs for tools/fuzz.py: hostile text and objects, and mutated case files and tables.

Each is a Hypothesis strategy; ``typed=True`` (case files) or a narrower argument keeps
to inputs of the right types, for the test suite's short run.
"""

from __future__ import annotations

import datetime as dt
import decimal
import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

import pledgekit
from pledgekit import MAX_FRACTION_DIGITS, MAX_INTEGER_DIGITS, Observation, Period

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "bekasi" / "case.toml"

# Inputs --------------------------------------------------------------------------------

_HOSTILE_CHARACTERS = (
    "\x00\x1f\x1c\x0b\x0c\x7f\x85\u200b\ufeff\u00a0\u2028\ud800\udfff\ue000"
    "٢٠١٩๖２²½Ⅻ五−–—’'\"\\/.,;:-+eE%$"
)
_PIECES = [
    "ribu", "juta", "miliar", "triliun", "rb", "jt", "rb.", "M", "Rp", "Rp.", "IDR", "US$",
    "persen", "%", "orang", "km", "rupiah", "thousand", "million", "percent", "people",
    "Juli", "Juni", "Januari", "Agt", "Peb", "Desember", "July", "June", "May", "Sept",
    "Jumat", "Jum'at", "Jum’at", "Kamis", "Minggu", "Friday", "tgl", "tanggal", "pada",
    "-", "−", "–", "—", "/", "(", ")", ".", ",", ",-", " ", "  ", "s.d.", "s/d", "sampai",
    "hingga", "to", "..", "2022", "2019", "13", "0", "00", "22", "7", "12", "31", "000",
    "0910", "910", "1", "29", "02", "9999", "10000", "10:00", "T", "am", "UTC", "+07:00",
    "1e5", "1e9999999999999999999", "NaN", "Infinity", "٣", "\x1f", "\u200b", "\ud800",
]  # fmt: skip
locales = st.sampled_from(["id", "en"])
hostile_text = st.text(alphabet=st.sampled_from(_HOSTILE_CHARACTERS) | st.characters(), max_size=12)
pieced_text = st.lists(
    st.sampled_from(_PIECES) | st.text("0123456789.,", max_size=8) | hostile_text, max_size=10
).map("".join)
any_text = st.one_of(st.text(max_size=60), pieced_text, st.text(max_size=400))


@st.composite
def amounts(draw: st.DrawFn) -> Decimal:
    """Amounts within the digit limits, often at them."""
    places = draw(st.sampled_from([0, MAX_FRACTION_DIGITS]) | st.integers(0, MAX_FRACTION_DIGITS))
    top = 10 ** (MAX_INTEGER_DIGITS + places) - 1
    digits = draw(st.sampled_from([top, 1, 0]) | st.integers(0, top))
    return Decimal((draw(st.integers(0, 1)), tuple(int(d) for d in str(digits)), -places))


def _huge_exponent(exponent: int) -> Decimal | str:
    """4 times 10**exponent, as a Decimal when one can hold it."""
    try:
        return Decimal((0, (4,), exponent))
    except (decimal.InvalidOperation, OverflowError, ValueError):
        return f"4e{exponent}"  # beyond what a Decimal can hold: keep it as text


hostile_objects = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(-(10**200), 10**200),
    st.floats(),
    st.text(max_size=30),
    pieced_text,
    st.decimals(),
    amounts(),
    st.integers(-(10**20), 10**20).map(_huge_exponent),
    st.integers(-(10**20), 10**20).map(lambda e: f"4e{e}"),
    st.fractions(),
    st.dates(),
    st.datetimes(),
    st.lists(st.integers() | st.decimals(), max_size=3),
    st.just(object()),
    st.just(Period.year(2019)),
)
text_dates = st.dates(dt.date(1000, 1, 1), dt.date(9999, 12, 31))


@st.composite
def mutated(draw: st.DrawFn, valid: str) -> str:
    """``valid`` with a few characters inserted, deleted or replaced."""
    result = valid
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(result)))
        kind = draw(st.sampled_from(["insert", "delete", "replace"]))
        piece = draw(hostile_text | st.sampled_from(_PIECES))
        if kind == "insert":
            result = result[:at] + piece + result[at:]
        elif kind == "delete":
            result = result[:at] + result[at + draw(st.integers(1, 3)) :]
        else:
            result = result[:at] + piece + result[at + len(piece) :]
    return result


@st.composite
def periods(draw: st.DrawFn) -> Period:
    """Periods of every shape format_period distinguishes, in the years text writes."""
    first, second = draw(text_dates), draw(text_dates)
    start, end = min(first, second), max(first, second)
    shape = draw(st.sampled_from(["days", "years", "months", "one month"]))
    if shape == "years":
        return Period.years(start.year, end.year)
    if shape == "one month":
        return Period.month(start.year, start.month)
    if shape == "months":
        return Period(
            Period.month(start.year, start.month).start, Period.month(end.year, end.month).end
        )
    return Period(start, end)


# Case files ----------------------------------------------------------------------------

_TOML_VALUES = [
    '""', '" "', "-1", "0", "1", "null", "1e999", "9" * 40, "9" * 5000, '"٢٠١٩"', '"150\\u001fribu"',
    "[]", "{}", '[1, "a"]', "[null]", "2019-02-30", "2019-02-28", "0001-01-01", "9999-12-31",
    '"0002..0005"', '"0001-01-01..0005-12-31"', '"9990..9999"', "true", "1.5", '"1.5"', '"-0"',
    '"1e-40"', '"\\ud800"', '"\\uDFFF"', '"x\\u0000y"', '"' + "a" * 300 + '"', '"2019..2018"',
    '"142,5 km"', '"Rp187 miliar"', '"80 persen"', '"1,2 ribu"', '"111,727"', '"999.999.999.999.999.999.999.999.999.999"',
    '"0,000000000000000000000000000001"', '"sum"', '"last"', '"increase"', '"decrease"',
    '"percent"', '"met"', '"remaining"', '"period_value"', '"nearest"', '"down"', '"include"',
    '"Kamis (16/2/13)"', '"Jum’at (22/7/2022)"', '"1/13/2022,"', '"4 Januari 910"',
]  # fmt: skip
_TOML_KEYS = [
    "title", "value", "period", "baseline", "indicator", "target", "kind", "as_of", "resolution",
    "rounding", "unit", "direction", "accumulation", "programs", "missions", "number", "id",
    "note", "dateline", "stated_on", "locale", "straddling", "program_count", "code", "a.b.c",
]  # fmt: skip


EXAMPLE_LINES = tuple(EXAMPLE.read_text(encoding="utf-8").splitlines())
EXAMPLE_JSON = pledgekit.dumps(pledgekit.load(EXAMPLE))


@st.composite
def mutated_toml(draw: st.DrawFn, *, typed: bool = False) -> str:
    """The Bekasi case file with a few lines deleted, repeated, swapped or rewritten.

    With ``typed``, only string values are rewritten, and only as strings.
    """
    lines = list(EXAMPLE_LINES)
    kinds = ["value", "delete", "repeat", "swap"]
    if not typed:
        kinds += ["value", "value", "key", "text"]
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(lines) - 1))
        kind = draw(st.sampled_from(kinds))
        line = lines[at]
        if kind in ("value", "key") and "=" in line and not line.lstrip().startswith("#"):
            key, _, old = line.partition("=")
            if typed and not old.strip().startswith('"'):
                continue
            if kind == "value":
                choices = [v for v in _TOML_VALUES if not typed or v.startswith('"')]
                new = draw(st.sampled_from(choices) | st.text(max_size=20).map(json.dumps))
                lines[at] = f"{key}= {new}"
            else:
                lines[at] = f"{draw(st.sampled_from(_TOML_KEYS))} ={old}"
        elif kind == "delete":
            del lines[at]
        elif kind == "repeat":
            lines.insert(at, line)
        elif kind == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
        else:
            lines[at] = draw(mutated(line))
        if not lines:
            lines = [""]
    return "\n".join(lines) + "\n"


_JSON_STRINGS = st.one_of(
    st.sampled_from(["", "\ud800", "x\udc80", "٢٠١٩", "150\x1fribu", "2019", "-1", "1e999999"]),
    st.sampled_from([json.loads(v) for v in _TOML_VALUES if v[0] == '"' and "\\u" not in v]),
    st.text(max_size=20),
)
_JSON_VALUES = st.one_of(
    _JSON_STRINGS,
    st.none(),
    st.booleans(),
    st.integers(-1, 3),
    st.integers(),
    st.lists(st.integers() | st.none() | st.text(max_size=3), max_size=3),
    st.dictionaries(st.sampled_from(_TOML_KEYS), st.integers() | st.text(max_size=3), max_size=2),
)


def _paths(data: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every path into nested dicts and lists."""
    yield prefix
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _paths(value, (*prefix, index))


@st.composite
def mutated_json(draw: st.DrawFn, *, typed: bool = False) -> str:
    """The Bekasi case as JSON with a few values replaced, keys dropped or repeated.

    With ``typed``, only strings are replaced, and only by strings, and no key is repeated.
    """
    data = json.loads(EXAMPLE_JSON)
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in _paths(data) if p]
        path = draw(st.sampled_from(paths))
        parent = data
        for step in path[:-1]:
            parent = parent[step]
        kind = draw(st.sampled_from(["replace", "replace", "delete", "repeat"]))
        if kind == "replace" and typed:
            if isinstance(parent[path[-1]], str):
                parent[path[-1]] = draw(_JSON_STRINGS)
        elif kind == "replace":
            parent[path[-1]] = draw(_JSON_VALUES)
        elif kind == "delete":
            del parent[path[-1]]
        elif isinstance(parent, list):
            parent.insert(path[-1], parent[path[-1]])
    written = json.dumps(
        data, ensure_ascii=draw(st.booleans()), indent=draw(st.sampled_from([2, 2, 2, None]))
    )
    if not typed and draw(st.integers(0, 9)) == 0:
        # A key given twice, which json.loads would let the last one win.
        written = written.replace('"title":', '"title": "first", "title":', 1)
    return written


_BEKASI = pledgekit.load(EXAMPLE)
INDICATORS = _BEKASI.indicators
SOURCES = _BEKASI.sources
_CSV_LINES = [
    "indicator,period,value,resolution,rounding,source,note",
    "absorbed,2019,27197,,nearest,rilisinfo-2022-07-22,",
    "absorbed,2020,56000,1000,nearest,,dibulatkan",
    "absorbed,2022-01-01..2022-06-30,5108,,down,,",
    'absorbed,2021,58000,,,,"a, quoted; note"',
]


@st.composite
def csv_tables(draw: st.DrawFn) -> tuple[str, str]:
    """A small observation table, mutated, with the locale to read it in."""
    lines = list(_CSV_LINES)
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(lines) - 1))
        kind = draw(st.sampled_from(["mutate", "delete", "cut", "cells"]))
        if kind == "mutate":
            lines[at] = draw(mutated(lines[at]))
        elif kind == "delete" and len(lines) > 1:
            del lines[at]
        elif kind == "cut":
            lines[at] = lines[at][: draw(st.integers(0, len(lines[at])))]
        else:
            cells = lines[at].split(",")
            cells[draw(st.integers(0, len(cells) - 1))] = draw(
                st.sampled_from(["", "-", "2019", "٢٠١٩", "1e999999", '"', "Juni 2022", "150.000"])
                | pieced_text
            )
            lines[at] = ",".join(cells)
    ending = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    return ending.join(lines) + ending, draw(st.sampled_from(["C", "C", "id", "en"]))


@st.composite
def observation_lists(
    draw: st.DrawFn, notes: st.SearchStrategy[str | None] | None = None
) -> list[Observation]:
    """Observations with every field a CSV row can hold, notes included."""
    if notes is None:
        notes = st.none() | st.text(min_size=1, max_size=20)
    result = []
    for _ in range(draw(st.integers(0, 4))):
        start = draw(st.dates(dt.date(1, 1, 1), dt.date(9999, 1, 1)))
        period = Period(start, start + dt.timedelta(days=draw(st.integers(0, 300))))
        result.append(
            Observation(
                period,
                draw(amounts()),
                resolution=draw(st.none() | st.sampled_from([Decimal(1000), Decimal("0.5")])),
                rounding=draw(st.sampled_from(list(pledgekit.Rounding))),
                note=draw(notes),
                indicator=draw(st.sampled_from(INDICATORS)),
                source=draw(st.none() | st.sampled_from(SOURCES)),
            )
        )
    return result
