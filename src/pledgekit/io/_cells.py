"""One cell of a plan table to an exact figure or to text, and the problems found on the way.

Excel stores a number as a binary float. It is read through the shortest decimal that
gives the same float back (``repr``; never ``Decimal(float)``, which would turn 8.81
into 8.8100000000000004973799150320701301097869873046875), cut to the 15 significant
digits Excel itself keeps (so that a formula's 0.1 + 0.2 is 0.3, as Excel shows it).
The cell's number format then gives the places: a cell shown ``0.00`` holding 7.5 is
7.50; a format never removes digits the value has (the sheet rounds only its display).
A percent format (``0.00%``) shows the value times 100: a cell holding 0.0735 shown
``7.35%`` is read as 7.35, for an indicator whose unit is a percentage only.

Text is read as the table's locale writes figures, through [`pledgekit.text`][pledgekit.text]:
``"7,35"``, ``"1.412"``, ``"Rp1,8 miliar"``. An empty cell or a dash (``-``, ``–``,
``—``) means no figure.
"""

from __future__ import annotations

import decimal
import re
from decimal import Decimal

import attrs

from pledgekit._amounts import to_amount
from pledgekit.exceptions import DataFileError, InvalidValueError, ParseError, Problem
from pledgekit.io._grid import Cell, CellKind, Grid
from pledgekit.io._limits import MAX_PROBLEMS
from pledgekit.text import parse_quantity

__all__ = [
    "CellError",
    "NumberFormat",
    "Problems",
    "excel_decimal",
    "is_percent_unit",
    "number_format",
    "read_amount",
    "read_number",
    "read_text",
    "text_or_problem",
]

#: The significant digits Excel keeps of a number.
EXCEL_DIGITS = 15
# Cells that say "no figure", as spreadsheets write it.
_MISSING = frozenset({"", "-", "–", "—", "--"})
# An exact context for the few operations here: 100 digits hold any amount.
_CONTEXT = decimal.Context(prec=100, rounding=decimal.ROUND_HALF_EVEN, Emax=999_999, Emin=-999_999)
_PERCENT_UNITS = frozenset({"%", "persen", "percent", "per cent", "prosen"})
_RUPIAH_UNITS = frozenset({"rp", "rupiah", "idr", "rp.", "juta rupiah", "ribu rupiah"})


class CellError(Exception):
    """A cell that cannot be read as expected: what was found and what was expected."""

    def __init__(self, given: str, expected: str, reason: str = "") -> None:
        super().__init__(given, expected, reason)
        self.given = given
        self.expected = expected
        self.reason = reason

    def message(self) -> str:
        """The problem's words."""
        reason = f" ({self.reason})" if self.reason else ""
        return f"found {self.given}{reason}; expected {self.expected}"


class Problems:
    """Every problem found in a table, each at its cell; at most MAX_PROBLEMS are listed."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.items: list[Problem] = []
        self.unshown = 0

    def add(
        self, location: str, message: str, *, given: str | None = None, expected: str | None = None
    ) -> None:
        """Record a problem (once: a cell read twice is one problem)."""
        problem = Problem(location, message, given=given, expected=expected)
        if problem in self.items:
            return
        if len(self.items) >= MAX_PROBLEMS:
            self.unshown += 1
            return
        self.items.append(problem)

    def cell(self, grid: Grid, cell: Cell, error: CellError) -> None:
        """Record that a cell holds what was not expected."""
        self.add(grid.at(cell), error.message(), given=error.given, expected=error.expected)

    def __bool__(self) -> bool:
        return bool(self.items)

    def error(self) -> DataFileError:
        """One [`DataFileError`][pledgekit.DataFileError] listing every problem recorded."""
        problems = list(self.items)
        if self.unshown:
            problems.append(Problem("...", f"{self.unshown} more problems not listed"))
        return DataFileError(self.file, problems)

    def raise_if_any(self) -> None:
        """Raise `error` if any problem was recorded."""
        if self.items:
            raise self.error()


@attrs.frozen
class NumberFormat:
    """What an Excel number format says about a number: its places, and whether it is a percentage.

    Attributes:
        places: The decimal places shown, or ``None`` (General, scientific, fractions).
        percent: Whether the format shows the value times 100 with a ``%``.
    """

    places: int | None
    percent: bool = False


_QUOTED = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.|_.|\*.')


def number_format(code: str) -> NumberFormat:
    """Read the places and the percent sign of an Excel number format (its first section).

    >>> number_format("0.00"), number_format("#,##0"), number_format("0.0%")
    (NumberFormat(places=2, percent=False), NumberFormat(places=0, percent=False), NumberFormat(places=1, percent=True))
    >>> number_format('[$Rp-421]#,##0.00_);("Rp"#,##0.00)'), number_format("General")
    (NumberFormat(places=2, percent=False), NumberFormat(places=None, percent=False))
    """
    section = _QUOTED.sub("", code.split(";", 1)[0])
    lowered = section.strip().lower()
    if not lowered or lowered == "general" or lowered == "@" or "e+" in lowered or "/" in section:
        return NumberFormat(None)
    if not re.search("[0#?]", section):
        return NumberFormat(None)
    percent = "%" in section
    point = section.find(".")
    places = 0 if point < 0 else len(re.match(r"[0#?]*", section[point + 1 :])[0])  # type: ignore[index]
    return NumberFormat(places, percent)


def excel_decimal(value: int | float) -> Decimal:
    """The exact figure an Excel number stands for: the shortest decimal, at most 15 digits.

    >>> excel_decimal(8.81), excel_decimal(0.1 + 0.2), excel_decimal(150000), excel_decimal(1e16)
    (Decimal('8.81'), Decimal('0.3'), Decimal('150000'), Decimal('10000000000000000'))

    Raises:
        CellError: The value is not finite.
    """
    if isinstance(value, int):
        return Decimal(value)
    if value != value or value in (float("inf"), float("-inf")):
        raise CellError(repr(value), "a finite number")
    number = Decimal(repr(value))  # the shortest decimal that round-trips, exactly
    digits = number.as_tuple().digits
    if len(digits) > EXCEL_DIGITS:
        step = Decimal(1).scaleb(number.adjusted() - EXCEL_DIGITS + 1, _CONTEXT)
        number = number.quantize(step, context=_CONTEXT)
    return _plain(number)


def _plain(number: Decimal) -> Decimal:
    """The figure without trailing zeros after the point, and never in exponent form."""
    if number.is_zero():
        return Decimal(0)
    exponent = number.as_tuple().exponent
    if isinstance(exponent, int) and exponent < 0:
        number = number.normalize(_CONTEXT)
    if number.as_tuple().exponent > 0:  # type: ignore[operator]
        number = number.quantize(Decimal(1), context=_CONTEXT)
    return number


def is_percent_unit(unit: str) -> bool:
    """Whether a unit (satuan) is a percentage."""
    return " ".join(unit.lower().split()) in _PERCENT_UNITS


def _is_rupiah(unit: str) -> bool:
    return " ".join(unit.lower().split()) in _RUPIAH_UNITS


def _with_places(number: Decimal, places: int) -> Decimal:
    exponent = number.as_tuple().exponent
    if isinstance(exponent, int) and -exponent < places:
        return number.quantize(Decimal(1).scaleb(-places, _CONTEXT), context=_CONTEXT)
    return number


def read_amount(
    cell: Cell, *, unit: str, locale: str, budget: bool = False
) -> tuple[Decimal, Decimal | None] | None:
    """The figure of a cell and the resolution its text implies; ``None`` for no figure.

    Args:
        cell: The cell.
        unit: The unit of the figure (the indicator's satuan, or ``"Rp"`` for a budget).
        locale: How text writes figures (``"id"`` or ``"en"``).
        budget: Whether the cell is an amount of money (an Rp column).

    Raises:
        CellError: The cell holds something other than a figure, or a figure in
            another unit.
    """
    if cell.empty:
        return None
    if cell.kind is CellKind.NUMBER:
        return _number(cell, unit), None
    if cell.kind is CellKind.TEXT:
        return _text_amount(str(cell.value), unit, locale, budget)
    raise _not_a_figure(cell)


def read_number(cell: Cell, *, unit: str) -> Decimal:
    """The exact figure of a cell Excel stores as a number, with the places its format shows.

    >>> from pledgekit.io._grid import Cell, CellKind
    >>> read_number(Cell(CellKind.NUMBER, 8.81, 4, 3), unit="%")
    Decimal('8.81')
    >>> read_number(Cell(CellKind.NUMBER, 7.5, 4, 3, "0.00"), unit="%")
    Decimal('7.50')
    >>> read_number(Cell(CellKind.NUMBER, 0.0735, 4, 3, "0.00%"), unit="%")
    Decimal('7.35')

    Raises:
        CellError: A percent format on a figure whose unit is no percentage, or a figure
            beyond the supported digits.
    """
    return _number(cell, unit)


def _number(cell: Cell, unit: str) -> Decimal:
    number = excel_decimal(cell.value)
    shown = number_format(cell.number_format)
    if shown.percent:
        if not is_percent_unit(unit):
            raise CellError(
                f"{_shown(cell)} (a cell formatted as a percentage)",
                f"a figure in {unit!r} (only a percentage indicator may be formatted with %)",
            )
        number = _plain(number.scaleb(2, _CONTEXT))
    if shown.places is not None:
        number = _with_places(number, shown.places)
    return _checked(number, _shown(cell))


def _shown(cell: Cell) -> str:
    return (
        repr(cell.value)
        if cell.number_format == "General"
        else (f"{cell.value!r} shown as {cell.number_format!r}")
    )


def _checked(number: Decimal, given: str) -> Decimal:
    try:
        return to_amount(number)
    except InvalidValueError as error:
        raise CellError(given, error.expected) from None


def _text_amount(
    text: str, unit: str, locale: str, budget: bool
) -> tuple[Decimal, Decimal | None] | None:
    stripped = text.strip()
    if stripped in _MISSING:
        return None
    try:
        quantity = parse_quantity(stripped, locale)
    except ParseError as error:
        raise CellError(repr(stripped), error.expected, error.reason) from None
    if quantity.currency is not None and not (budget or _is_rupiah(unit)):
        raise CellError(repr(stripped), f"a figure in {unit!r}, not an amount of money")
    if quantity.unit is not None:
        same = (
            is_percent_unit(unit)
            if quantity.unit == "%"
            else quantity.unit.lower() == unit.strip().lower()
        )
        if budget or not same:
            raise CellError(repr(stripped), f"a figure in {unit!r}, the unit of its column")
    return quantity.value, quantity.resolution


def _not_a_figure(cell: Cell) -> CellError:
    expected = "a figure, or '-' or an empty cell for none"
    if cell.kind is CellKind.BOOLEAN:
        return CellError(f"the boolean {str(cell.value).upper()}", expected)
    if cell.kind is CellKind.DATE:
        return CellError(f"the date {cell.value}", expected + " (the cell is formatted as a date)")
    if cell.kind is CellKind.ERROR:
        return CellError(f"the Excel error {cell.value}", expected)
    return _uncalculated(cell, expected)


def _uncalculated(cell: Cell, expected: str) -> CellError:
    return CellError(
        f"the formula {cell.value} with no calculated value",
        expected + " (open the workbook in Excel or LibreOffice and save it, so that the "
        "formula's value is stored)",
    )


def read_text(cell: Cell) -> str | None:
    """The text of a cell (a number as its shortest decimal), or ``None`` when empty.

    Raises:
        CellError: The cell holds a boolean, an Excel error or an uncalculated formula.
    """
    if cell.empty:
        return None
    if cell.kind is CellKind.TEXT:
        return " ".join(str(cell.value).split())
    if cell.kind is CellKind.NUMBER:
        return str(excel_decimal(cell.value))
    if cell.kind is CellKind.DATE:
        return str(cell.value.isoformat())
    expected = "text"
    if cell.kind is CellKind.BOOLEAN:
        raise CellError(f"the boolean {str(cell.value).upper()}", expected)
    if cell.kind is CellKind.ERROR:
        raise CellError(f"the Excel error {cell.value}", expected)
    raise _uncalculated(cell, expected)


def text_or_problem(grid: Grid, cell: Cell, problems: Problems) -> str | None:
    """`read_text`, recording a problem instead of raising."""
    try:
        return read_text(cell)
    except CellError as error:
        problems.cell(grid, cell, error)
        return None
