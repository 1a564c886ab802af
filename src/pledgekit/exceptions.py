"""Errors raised by pledgekit.

Every error pledgekit raises on purpose is a
[`PledgekitError`][pledgekit.PledgekitError]. Each child also inherits the built-in
exception a caller would naturally catch (an
[`InvalidValueError`][pledgekit.InvalidValueError] is a `ValueError`, a
[`UnitMismatchError`][pledgekit.UnitMismatchError] a `TypeError`), so ``except
ValueError`` keeps working. Errors carry structured attributes; the message is built
from them in ``__str__`` and says what was given, what was expected and where.

>>> from pledgekit import to_amount
>>> from pledgekit.exceptions import InvalidValueError
>>> try:
...     to_amount(1.5, where="Target.value")
... except InvalidValueError as e:
...     print(e)
Target.value: got 1.5 (float); expected an int, a decimal string or a Decimal (floats are refused because they are not exact)
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import attrs

__all__ = [
    "DataFileError",
    "InexactResultError",
    "InvalidValueError",
    "MissingExtraError",
    "ParseError",
    "PledgekitError",
    "Problem",
    "UnitMismatchError",
]


class PledgekitError(Exception):
    """Root of every error pledgekit raises on purpose.

    Catching it catches every refusal of pledgekit, whatever its kind: a float given as
    an amount, a figure that cannot be read, amounts in different units.

    >>> from pledgekit import to_amount
    >>> from pledgekit.exceptions import PledgekitError
    >>> from pledgekit.text import parse_number
    >>> for attempt in (lambda: to_amount(0.1), lambda: parse_number("1.5", locale="id")):
    ...     try:
    ...         attempt()
    ...     except PledgekitError as error:
    ...         print(type(error).__name__)
    InvalidValueError
    ParseError
    """


def _given(value: object) -> str:
    """The value as an error shows it: its repr, cut in the middle past 80 characters.

    The middle goes, not the end, so that a long path keeps its file name:

    >>> print(_given("/" + "d" * 100 + "/form.pdf"))
    '/dddddddddddddddddddddddddddddddddddd...ddddddddddddddddddddddddddddd/form.pdf' (str)
    """
    text = repr(value)
    if len(text) > 80:
        text = text[:38] + "..." + text[-39:]
    return f"{text} ({type(value).__name__})"


class InvalidValueError(PledgekitError, ValueError):
    """A value is not acceptable where it was given.

    Attributes:
        value: What was given.
        expected: What would have been accepted, in words.
        where: Where the value was given (a field, an argument), or ``""``.

    A float is refused as an amount, since ``0.1`` is not exactly one tenth; the error
    is also a `ValueError`, and names what was given and what is accepted:

    >>> from pledgekit import to_amount
    >>> try:
    ...     to_amount(0.1, where="Observation.value")
    ... except ValueError as error:
    ...     print(error.value, "|", error.where)
    ...     print(error)
    0.1 | Observation.value
    Observation.value: got 0.1 (float); expected an int, a decimal string or a Decimal (floats are refused because they are not exact)
    """

    def __init__(self, value: object, expected: str, where: str = "") -> None:
        super().__init__(value, expected, where)
        self.value = value
        self.expected = expected
        self.where = where

    def __str__(self) -> str:
        prefix = f"{self.where}: " if self.where else ""
        return f"{prefix}got {_given(self.value)}; expected {self.expected}"


class ParseError(InvalidValueError):
    """Text could not be read as a number, a date or a period.

    Attributes:
        value: The text that was given.
        reason: Why it was refused (how it would have been read, what is ambiguous).
        expected: What would be accepted.
        where: Where the text came from, or ``""``.

    In Indonesian notation a dot groups thousands, so ``"1.5"`` cannot be a number
    there; the same text reads as one and a half in English notation:

    >>> from pledgekit.exceptions import ParseError
    >>> from pledgekit.text import parse_number
    >>> try:
    ...     parse_number("1.5", locale="id")
    ... except ParseError as error:
    ...     print(error.reason)
    in Indonesian notation a thousands dot ('.') groups thousands and must be followed by exactly three digits, but '.5' has 1 (read as English notation it would be Decimal('1.5'))
    >>> parse_number("1.5", locale="en"), parse_number("150.000", locale="id")
    (Decimal('1.5'), Decimal('150000'))
    """

    def __init__(self, value: str, reason: str, expected: str, where: str = "") -> None:
        super().__init__(value, expected, where)
        self.reason = reason

    def __str__(self) -> str:
        prefix = f"{self.where}: " if self.where else ""
        return f"{prefix}cannot read {self.value!r}: {self.reason}; expected {self.expected}"


class UnitMismatchError(PledgekitError, TypeError):
    """Amounts in different units were combined.

    Attributes:
        expected_unit: The unit the computation works in.
        given_unit: The other unit.
        where: What was being combined.

    A figure recorded in rupiah, given as progress toward a target counted in persons:

    >>> import datetime as dt
    >>> from pledgekit import (Accumulation, Direction, Indicator, Observation, Period,
    ...                        Target, progress)
    >>> jobs = Indicator("Tenaga kerja", "orang", direction=Direction.INCREASE,
    ...                  accumulation=Accumulation.SUM)
    >>> budget = Indicator("Anggaran", "Rp", direction=Direction.INCREASE,
    ...                    accumulation=Accumulation.SUM)
    >>> target = Target(jobs, 150000, period=Period.term(dt.date(2018, 9, 20)))
    >>> try:
    ...     progress(target, [Observation(Period.year(2019), 27197, indicator=budget)])
    ... except TypeError as error:
    ...     print(error.expected_unit, error.given_unit)
    ...     print(error)
    orang Rp
    observations[0]: got an amount in 'Rp'; expected 'orang' (amounts in different units cannot be combined)
    """

    def __init__(self, expected_unit: str, given_unit: str, where: str = "") -> None:
        super().__init__(expected_unit, given_unit, where)
        self.expected_unit = expected_unit
        self.given_unit = given_unit
        self.where = where

    def __str__(self) -> str:
        prefix = f"{self.where}: " if self.where else ""
        return (
            f"{prefix}got an amount in {self.given_unit!r}; expected {self.expected_unit!r} "
            "(amounts in different units cannot be combined)"
        )


class InexactResultError(PledgekitError, ArithmeticError):
    """An exact computation would have had to round.

    Attributes:
        operation: What was being computed.
        operands: The values involved.

    ``1e200 + 1e-200`` needs 401 significant digits; Python's default context would
    round the sum to ``1E+200`` without a word, pledgekit refuses it (the error is an
    `ArithmeticError`):

    >>> from decimal import Decimal
    >>> from pledgekit import add_amounts
    >>> try:
    ...     add_amounts([Decimal("1e200"), Decimal("1e-200")])
    ... except ArithmeticError as error:
    ...     print(error.operation, "|", error.operands)
    the sum | (Decimal('0'), Decimal('1E+200'), Decimal('1E-200'))
    >>> Decimal("1e200") + Decimal("1e-200")  # the default context's silent rounding
    Decimal('1.000000000000000000000000000E+200')
    """

    def __init__(self, operation: str, operands: Sequence[object]) -> None:
        super().__init__(operation, tuple(operands))
        self.operation = operation
        self.operands = tuple(operands)

    def __str__(self) -> str:
        shown = ", ".join(str(o) for o in self.operands)
        return (
            f"{self.operation} of {shown} cannot be represented exactly within "
            "pledgekit's precision; expected amounts of at most the supported size"
        )


class MissingExtraError(PledgekitError, ImportError):
    """An optional package pledgekit needs for this is not installed.

    Attributes:
        package: The package that is missing (``"matplotlib"``).
        extra: The pledgekit extra that installs it (``"plot"``).
        purpose: What it is needed for (``"for charts"``).

    Raised where a feature needs a package of an extra that is not installed (a chart
    without matplotlib); the error is an `ImportError`, and says what to install:

    >>> from pledgekit.exceptions import MissingExtraError
    >>> error = MissingExtraError("matplotlib", "plot", "for charts")
    >>> isinstance(error, ImportError), error.name
    (True, 'matplotlib')
    >>> print(error)
    matplotlib is not installed; expected it for charts: pip install 'pledgekit[plot]'
    """

    def __init__(self, package: str, extra: str, purpose: str) -> None:
        super().__init__(package, extra, purpose)
        self.package = package
        self.extra = extra
        self.purpose = purpose
        self.name = package

    def __str__(self) -> str:
        return (
            f"{self.package} is not installed; expected it {self.purpose}: "
            f"pip install 'pledgekit[{self.extra}]'"
        )


@attrs.frozen
class Problem:
    """One problem in a data file: where it is, and what is wrong, in words and in parts.

    Iterating and indexing give ``(location, message)``, so code written for the
    pairs of earlier versions keeps working: ``for location, message in error.problems``.

    Attributes:
        location: Where, as printed: a line (``"line 12"``), a line and a field
            (``"line 12, targets[0].value"``), or a field path alone.
        message: What is wrong, as printed after the location.
        path: The field path (``"targets[0].value"``), or ``""`` when the problem is
            not one field's (a syntax error, the file itself).
        given: What was found, in words (``"'Rp187 miliar'"``), or ``None``.
        expected: What would have been accepted, in words, or ``None``.

    >>> from pledgekit.exceptions import Problem
    >>> problem = Problem("line 3, title", "found 5; expected a string", path="title",
    ...                   given="5", expected="a string")
    >>> location, message = problem
    >>> print(problem)
    line 3, title: found 5; expected a string
    """

    location: str
    message: str
    path: str = attrs.field(default="", kw_only=True)
    given: str | None = attrs.field(default=None, kw_only=True)
    expected: str | None = attrs.field(default=None, kw_only=True)

    def __iter__(self) -> Iterator[str]:
        yield self.location
        yield self.message

    def __getitem__(self, index: int) -> str:
        """``problem[0]`` is the location and ``problem[1]`` the message, as in a pair."""
        return (self.location, self.message)[index]

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


def _problem(item: Problem | tuple[str, str]) -> Problem:
    if isinstance(item, Problem):
        return item
    location, message = item
    return Problem(str(location), str(message))


class DataFileError(PledgekitError, ValueError):
    """A data file could not be loaded.

    Attributes:
        file: The file's name, or ``"<string>"`` for text loaded from memory.
        problems: Each [`Problem`][pledgekit.exceptions.Problem]: its location (a line
            such as ``"line 12"`` or a field path such as
            ``"pledges[0].targets[1].value"``), its message, and in parts the field
            path, what was given and what was expected. A problem unpacks as
            ``(location, message)``; plain pairs are accepted too.

    >>> from pledgekit.exceptions import DataFileError
    >>> error = DataFileError("case.toml", [("line 3", "unknown key 'valeu'")])
    >>> print(error)
    case.toml: line 3: unknown key 'valeu'
    >>> [(problem.location, problem.path) for problem in error.problems]
    [('line 3', '')]
    """

    def __init__(self, file: str, problems: Sequence[Problem | tuple[str, str]]) -> None:
        converted = tuple(_problem(item) for item in problems)
        super().__init__(file, converted)
        self.file = file
        self.problems = converted

    def __str__(self) -> str:
        if len(self.problems) == 1:
            return f"{self.file}: {self.problems[0]}"
        lines = [f"{self.file}: {len(self.problems)} problems"]
        lines.extend(f"  {problem}" for problem in self.problems)
        return "\n".join(lines)
