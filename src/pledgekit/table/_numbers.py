"""Exact figures of a column, as scaled integers: the text of each cell read once, validated.

A column of figures becomes one integer per cell and one scale for the column: 27197
and 5.10 at scale 2 are 2719700 and 510. The integers are a numpy ``int64`` array where
every one fits with room to compute, and Python integers (an ``object`` array, exact
and slower) where they do not: nothing is ever rounded or wrapped.

Text is read in a locale: plain decimals (``"C"``: ``150000``, ``8.81``), Indonesian
notation (``"id"``: ``150.000``, ``8,81``) or English (``"en"``: ``150,000``, ``8.81``).
A cell that is none of these, or has more digits than pledgekit's amounts allow, is a
problem at its row; a cell that is empty or a dash has no figure.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from pledgekit._amounts import MAX_FRACTION_DIGITS, MAX_INTEGER_DIGITS
from pledgekit.table._arrow import bools, numpy_of, scalar, strings

__all__ = [
    "INT64_ROOM",
    "LOCALE_PATTERNS",
    "MISSING",
    "Scaled",
    "as_decimal_column",
    "largest",
    "read_figures",
    "scaled_decimal",
]

#: Cells that say "no figure", as spreadsheets write it.
MISSING = ("", "-", "\u2013", "\u2014")
# The longest text a figure may be: 60 digits, a sign, a point and group separators.
_MAX_FIGURE_TEXT = 100
#: Per locale: the whole-cell pattern, the group separator and the decimal mark.
LOCALE_PATTERNS = {
    # As pledgekit.to_amount reads a decimal string, without an exponent.
    "C": (r"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)$", "", "."),
    "id": (r"^[+-]?([0-9]{1,3}(\.[0-9]{3})+|[0-9]+)(,[0-9]+)?$", ".", ","),
    "en": (r"^[+-]?([0-9]{1,3}(,[0-9]{3})+|[0-9]+)(\.[0-9]+)?$", ",", "."),
}
_EXAMPLES = {"C": "150000 or 8.81", "id": "150.000 or 8,81", "en": "150,000 or 8.81"}
# Beyond this, an int64 computation could come near overflowing: Python integers instead.
INT64_ROOM = 2**62


@attrs.frozen
class Scaled:
    """Figures as integers at one scale: the value of cell *i* is ``values[i] / 10**scale``.

    Attributes:
        values: ``int64`` where every value fits with room, else ``object`` (Python ints).
        scale: The places every value is held at.
    """

    values: np.ndarray[Any, Any]
    scale: int

    def at(self, scale: int) -> np.ndarray[Any, Any]:
        """The values at a scale at least this one's, exactly (Python ints when needed)."""
        factor = 10 ** (scale - self.scale)
        if factor == 1:
            return self.values
        if self.values.dtype == np.int64 and largest(self.values) * factor < INT64_ROOM:
            return np.asarray(self.values * np.int64(factor))
        return np.asarray(self.values.astype(object) * factor)


def largest(values: np.ndarray[Any, Any]) -> int:
    """The largest magnitude among the values, as a Python int (0 for none)."""
    if not len(values):
        return 0
    if values.dtype == object:
        return max(abs(int(v)) for v in values)
    # The extremes, as Python ints: abs() of the smallest int64 would wrap.
    return max(abs(int(values.max())), abs(int(values.min())))


Problem = tuple[int, str, str]  # (row index within the column, text given, what is wrong)


def read_figures(
    column: pa.Array, locale: str, *, what: str
) -> tuple[Scaled, np.ndarray[Any, Any], list[Problem]]:
    """Read a column of figures: the scaled values, the mask of cells with no figure, problems.

    ``column`` is text, integers or decimals (floats are refused before this, by type).
    A cell with no figure or a problem has the value 0 in `Scaled` and is marked
    in the mask (no figure) or listed in the problems.
    """
    if pa.types.is_integer(column.type):
        return _integers(column)
    if pa.types.is_decimal(column.type):
        if column.type.scale < 0:  # 1E+3 at scale -3: the same value at scale 0
            column = pc.cast(column, pa.decimal256(76, 0))
        # A decimal's text is its exact value in plain notation, whatever the locale of
        # the table's text: "1.500" here is one and a half.
        return _text(pc.cast(column, pa.string()), "C", what)
    return _text(column, locale, what)


def _integers(column: pa.Array) -> tuple[Scaled, np.ndarray[Any, Any], list[Problem]]:
    missing = numpy_of(column.is_null())
    if pa.types.is_uint64(column.type) and (pc.max(column).as_py() or 0) > 2**63 - 1:
        values = np.array([v or 0 for v in column.to_pylist()], dtype=object)
    else:
        values = numpy_of(pc.cast(column, pa.int64())).astype(np.int64)
    problems = []
    if values.dtype == object or largest(values) >= 10**MAX_INTEGER_DIGITS:
        for index, value in enumerate(values):
            if abs(int(value)) >= 10**MAX_INTEGER_DIGITS:
                problems.append((index, str(value), _size()))
    return _roomy(Scaled(values, 0)), missing, problems


def _size() -> str:
    return (
        f"expected a figure with at most {MAX_INTEGER_DIGITS} digits before and "
        f"{MAX_FRACTION_DIGITS} after the decimal point"
    )


def _plain(column: pa.Array) -> tuple[Scaled, np.ndarray[Any, Any]] | None:
    """A column of plain decimals, each cell a figure or empty or a dash: the quick read.

    Arrow's decimal cast accepts what [`pledgekit.to_amount`][pledgekit.to_amount] accepts (a sign,
    digits, a point) and an exponent, which is looked for first; it refuses the rest
    whole. ``None`` when any cell needs the careful read (spaces, an exponent, a bad
    cell, a figure past int64), which then finds and words every problem.
    """
    if column.null_count or len(column) == 0:
        return None
    missing = numpy_of(pc.is_in(column, value_set=strings(MISSING)))
    text = pc.if_else(bools(missing), scalar("0"), column) if missing.any() else column
    if pc.any(pc.match_substring(text, "e", ignore_case=True)).as_py():
        return None
    point = numpy_of(pc.find_substring(text, "."))
    length = numpy_of(pc.binary_length(text))
    places = np.where(point < 0, 0, length - point - 1)
    scale = int(places.max())
    if scale > MAX_FRACTION_DIGITS or int(length.max()) > 19 + (scale > 0):
        return None
    try:
        decimals = pc.cast(text, pa.decimal128(38, scale))
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None
    low, high = _words(decimals)
    if not bool((high == (low >> 63)).all()):
        return None
    scaled = _roomy(Scaled(low, scale))
    return (scaled, missing) if scaled.values.dtype == np.int64 else None


def _text(
    column: pa.Array, locale: str, what: str
) -> tuple[Scaled, np.ndarray[Any, Any], list[Problem]]:
    if locale == "C":
        quick = _plain(column)
        if quick is not None:
            return quick[0], quick[1], []
    pattern, group, mark = LOCALE_PATTERNS[locale]
    text = pc.utf8_trim_whitespace(pc.fill_null(column, scalar("")))
    missing_cells = pc.is_in(text, value_set=strings(MISSING))
    length = numpy_of(pc.utf8_length(text))
    valid = numpy_of(pc.match_substring_regex(text, pattern)) & (length <= _MAX_FIGURE_TEXT)
    plain = text
    if group:
        plain = pc.replace_substring(plain, group, "")
    if mark != ".":
        plain = pc.replace_substring(plain, mark, ".")
    point = numpy_of(pc.find_substring(plain, "."))
    length = numpy_of(pc.utf8_length(plain))
    places = np.where(point < 0, 0, length - point - 1)
    # Digits before the point, leading zeros and the sign left out (as Decimal counts them).
    bare = pc.utf8_length(pc.utf8_ltrim(pc.utf8_ltrim(plain, "+-"), "0"))
    integer_digits = numpy_of(bare) - np.where(point < 0, 0, places + 1)
    ok = valid
    missing = numpy_of(missing_cells)
    too_long = ok & ((places > MAX_FRACTION_DIGITS) | (integer_digits > MAX_INTEGER_DIGITS))
    good = ok & ~too_long
    problems: list[Problem] = []
    bad = ~good & ~missing
    if bad.any():
        cells = text.to_pylist()
        expected = f"expected {what} such as {_EXAMPLES[locale]} (locale {locale!r})"
        for index in np.flatnonzero(bad):
            given = cells[index]
            problems.append((int(index), given, _size() if too_long[index] else expected))
    scale = int(places[good].max()) if good.any() else 0
    kept = pc.if_else(bools(good), plain, scalar("0"))
    return _scaled(kept, scale, int(integer_digits[good].max(initial=0))), missing, problems


def _scaled(text: pa.Array, scale: int, integer_digits: int) -> Scaled:
    """Valid plain decimal text as integers at ``scale``: by Arrow's exact decimal cast."""
    if integer_digits + scale <= 18:
        decimals = pc.cast(text, pa.decimal128(38, scale))
        low, high = _words(decimals)
        if bool((high == (low >> 63)).all()):
            return _roomy(Scaled(low, scale))
    # Past int64: each cell's digits as one Python integer.
    digits = []
    for cell in text.to_pylist():
        whole, _, fraction = cell.partition(".")
        digits.append(int(whole + fraction.ljust(scale, "0")))
    return Scaled(np.array(digits, dtype=object), scale)


def _words(decimals: pa.Array) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """The low and high 64-bit words of each decimal128 (little-endian, two's complement)."""
    array = decimals.combine_chunks() if isinstance(decimals, pa.ChunkedArray) else decimals
    words = np.frombuffer(array.buffers()[1], dtype=np.int64)
    words = words[2 * array.offset : 2 * (array.offset + len(array))].reshape(-1, 2)
    return words[:, 0], words[:, 1]


def _roomy(scaled: Scaled) -> Scaled:
    """Python integers for values too close to int64's limits to compute with."""
    values = scaled.values
    if values.dtype == np.int64 and largest(values) >= INT64_ROOM:
        return Scaled(values.astype(object), scaled.scale)
    return scaled


def as_decimal_column(
    values: np.ndarray[Any, Any], scale: int, valid: np.ndarray[Any, Any]
) -> pa.Array:
    """Scaled integers as an Arrow column: decimal128 where every value fits, else text.

    Cells not ``valid`` are null. The text of a value is its exact decimal.
    """
    if values.dtype not in (np.int64, object):
        # Amounts are integers, never floats: a float here would already be rounded.
        raise TypeError(f"scaled amounts of dtype {values.dtype}; expected int64 or object")
    n = len(values)
    mask = bools(~valid) if n else None
    if values.dtype == np.int64 and scale <= 38:
        words = np.empty((n, 2), dtype=np.int64)
        words[:, 0] = values
        words[:, 1] = values >> 63
        data = pa.py_buffer(words.tobytes())
        array = pa.Array.from_buffers(pa.decimal128(38, scale), n, [None, data])
        return pc.if_else(mask, scalar(None, array.type), array) if n else array
    exact = [
        scaled_decimal(int(v), scale) if ok else None for v, ok in zip(values, valid, strict=True)
    ]
    if all(d is None or len(d.as_tuple().digits) <= 38 for d in exact) and scale <= 38:
        return pa.array(exact, type=pa.decimal128(38, scale))
    return pa.array([None if d is None else str(d) for d in exact], type=pa.string())


def scaled_decimal(value: int, scale: int) -> Decimal:
    """The decimal ``value / 10**scale``, built from its digits (no context, no rounding)."""
    sign = 1 if value < 0 else 0
    digits = tuple(int(c) for c in str(abs(value)))
    return Decimal((sign, digits, -scale))
