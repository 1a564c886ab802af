"""Reading the values of data files: collect every problem, with its place, before giving up.

A `Reader` is handed the parsed data piece by piece. Each accessor checks one
field, records a problem (location and message) when it is wrong and returns a
placeholder of the right type, so that one pass reports every problem of a file;
`Reader.failed_since` tells the caller whether to build the object at all.
"""

from __future__ import annotations

import datetime as dt
import difflib
import enum
import functools
import re
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from typing import Any, TypeVar

import attrs

from pledgekit._amounts import to_amount
from pledgekit._period import Period, parse_iso_period
from pledgekit.exceptions import (
    DataFileError,
    InvalidValueError,
    ParseError,
    PledgekitError,
    Problem,
)
from pledgekit.io._limits import MAX_DEPTH, MAX_ITEMS, MAX_PROBLEMS, MAX_TEXT_LENGTH
from pledgekit.io._units import Unit, has_words, parse_plain_quantity, unit_problem
from pledgekit.text import parse_period, parse_quantity

__all__ = [
    "AMBIGUOUS",
    "LOCALES",
    "NumberLiteral",
    "Reader",
    "check_shape",
    "describe",
    "format_iso_period",
    "join",
    "parse_iso_period",
]

_T = TypeVar("_T")
_E = TypeVar("_E", bound=enum.Enum)

#: The locales amounts may be written in: plain decimals, Indonesian, English.
LOCALES = ("C", "id", "en")


@attrs.frozen
class NumberLiteral:
    """A number the parser would have made a float of, kept as the text it was written as."""

    text: str
    syntax: str


def join(path: str, key: str | int) -> str:
    """The path of a key or an index under ``path``.

    >>> join("", "pledges"), join("pledges", 0), join("pledges[0]", "targets")
    ('pledges', 'pledges[0]', 'pledges[0].targets')
    """
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def describe(value: object) -> str:
    """What was found, in words a file's author recognises.

    >>> describe("150.000"), describe(12), describe(NumberLiteral("150.000", "TOML"))
    ("'150.000'", 'the integer 12', 'the bare number 150.000')
    """
    if isinstance(value, NumberLiteral):
        return f"the bare number {value.text}"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        text = str(value) if value.bit_length() < 200 else f"{str(value)[:20]}..."
        return f"the integer {text}"
    if isinstance(value, dt.datetime):
        return f"the date and time {value.isoformat()}"
    if isinstance(value, dt.date):
        return f"the date {value.isoformat()}"
    if isinstance(value, dt.time):
        return f"the time {value.isoformat()}"
    if isinstance(value, str):
        text = repr(value)
        return text if len(text) <= 80 else text[:77] + "..."
    if isinstance(value, list):
        return f"a list of {len(value)}"
    if isinstance(value, dict):
        return "a table"
    text = str(value)
    return text if len(text) <= 80 else text[:77] + "..."


# Periods in ISO notation ---------------------------------------------------------------

#: What a period may look like in a case file or a C-locale CSV table.
PERIOD_EXPECTED = (
    "a period such as '2019' (a year), '2019..2021', '2022-06' (a month), "
    "'2022-01..2022-06', '2022-07-22' (a day) or '2018-09-20..2023-09-19' "
    "(both ends included)"
)


def format_iso_period(period: Period, *, years: bool = False) -> str:
    """Write a period as ``start..end``; with ``years=True`` a whole calendar year as ``2019``.

    >>> from pledgekit import Period
    >>> format_iso_period(Period.year(2019)), format_iso_period(Period.year(2019), years=True)
    ('2019-01-01..2019-12-31', '2019')
    """
    if years and period == Period.year(period.start.year):
        return str(period.start.year)
    return str(period)


# Amounts written in C notation that an Indonesian table would mean as thousands.
AMBIGUOUS = re.compile(r"[+-]?[1-9]\d{0,2}\.\d{3}")


def check_shape(data: object, reader: Reader) -> bool:
    """Refuse data nested deeper than `MAX_DEPTH` or with lists longer than `MAX_ITEMS`.

    Returns whether the data may be read further.
    """
    stack: list[tuple[object, str, int]] = [(data, "", 0)]
    while stack:
        value, path, depth = stack.pop()
        if depth > MAX_DEPTH:
            reader.add(path, f"nested more than {MAX_DEPTH} levels deep; a case file needs 6")
            return False
        if isinstance(value, dict):
            for key in getattr(value, "duplicates", ()):
                # JSON keeps the last of a key given twice; the first would be lost unseen.
                reader.add(
                    join(path, key),
                    f"the key {key!r} is given more than once in this table; expected each "
                    "key once (JSON would keep only the last)",
                )
            stack.extend((item, join(path, str(key)), depth + 1) for key, item in value.items())
        elif isinstance(value, list):
            if len(value) > MAX_ITEMS:
                reader.add(path, f"a list of {len(value)} items; expected at most {MAX_ITEMS}")
                return False
            stack.extend((item, join(path, index), depth + 1) for index, item in enumerate(value))
        elif isinstance(value, str) and len(value) > MAX_TEXT_LENGTH:
            reader.add(
                path, f"a string of {len(value)} characters; expected at most {MAX_TEXT_LENGTH}"
            )
            return False
    return True


class _Pending:
    """A problem recorded, whose location and message may still have to be worded."""

    __slots__ = ("expected", "given", "location", "message", "path")

    def __init__(
        self,
        location: str | Callable[[], str],
        message: str | Callable[[], str],
        path: str,
        given: str | None,
        expected: str | None,
    ) -> None:
        self.location = location
        self.message = message
        self.path = path
        self.given = given
        self.expected = expected

    def where(self) -> str:
        return self.location if isinstance(self.location, str) else self.location()

    def problem(self) -> Problem:
        message = self.message if isinstance(self.message, str) else self.message()
        return Problem(
            self.where(), message, path=self.path, given=self.given, expected=self.expected
        )


class Reader:
    """Reads fields and collects every problem, each with its place (see `Problem`).

    Args:
        file: The file's name for the error.
        syntax: ``"TOML"``, ``"JSON"`` or ``"CSV"``, for messages.
        locate: Turns a field path into a location (a TOML file adds the line).
        locale: How amount strings are read: ``"C"`` (plain decimals), ``"id"``, ``"en"``.
        hand_written: Whether to refuse C-notation amounts such as ``"150.000"`` that
            an Indonesian author would mean as thousands.
        locale_hint: How to choose the Indonesian locale, for messages.
    """

    def __init__(
        self,
        file: str,
        *,
        syntax: str,
        locate: Callable[[str], str] | None = None,
        locale: str = "C",
        hand_written: bool = False,
        locale_hint: str = 'set locale = "id" at the top of the file',
    ) -> None:
        self.file = file
        self.syntax = syntax
        self.locate = locate or (lambda path: path or "the top level")
        self.locale = locale
        self.hand_written = hand_written
        self.locale_hint = locale_hint
        self.problems: list[_Pending] = []
        # The folder tables named in the file are relative to (None: the current one).
        self.base_dir: str | None = None
        # Failures already reported elsewhere (a reference to an object that failed).
        self.silent_failures = 0
        # Problems beyond the MAX_PROBLEMS an error lists: only counted.
        self.unshown = 0

    # Problems ------------------------------------------------------------------------

    def add(
        self,
        path: str,
        message: str | Callable[[], str],
        *,
        given: str | None = None,
        expected: str | None = None,
    ) -> None:
        """Record a problem at ``path``.

        A message may be a function that words it: only the problems an error shows
        are worded (a "did you mean" search over thousands of unknown keys would
        cost seconds for messages nobody reads).
        """
        if len(self.problems) >= MAX_PROBLEMS:
            self.unshown += 1  # counted, never shown: not worth an object
            return
        locate = self.locate
        self.problems.append(_Pending(lambda: locate(path), message, path, given, expected))

    def add_at(
        self,
        location: str,
        message: str | Callable[[], str],
        *,
        path: str = "",
        given: str | None = None,
        expected: str | None = None,
    ) -> None:
        """Record a problem at a location given as printed (``"line 3, column 2"``)."""
        if len(self.problems) >= MAX_PROBLEMS:
            self.unshown += 1
            return
        self.problems.append(_Pending(location, message, path, given, expected))

    def found(self, path: str, value: object, expected: str) -> None:
        """Record that ``value`` was found at ``path`` where ``expected`` was expected."""
        given = describe(value)
        self.add(path, f"found {given}; expected {expected}", given=given, expected=expected)

    def mark(self) -> int:
        """A mark to pass to `failed_since`."""
        return len(self.problems) + self.unshown + self.silent_failures

    def failed_since(self, mark: int) -> bool:
        """Whether a problem was recorded (or a reported one met again) since ``mark``."""
        return self.mark() > mark

    def error(self) -> DataFileError:
        """The error listing every problem recorded (at most `MAX_PROBLEMS`)."""
        problems = [pending.problem() for pending in self.problems]
        if self.unshown:
            problems.append(Problem("...", f"{self.unshown} more problems not listed"))
        return DataFileError(self.file, problems)

    def raise_if_any(self) -> None:
        """Raise [`DataFileError`][pledgekit.DataFileError] if any problem was recorded."""
        if self.problems:
            raise self.error()

    def build(self, path: str, factory: Callable[..., _T], *args: Any, **kwargs: Any) -> _T | None:
        """Call ``factory``; turn a domain validation error into a problem at its field."""
        try:
            return factory(*args, **kwargs)
        except InvalidValueError as error:
            self.add(
                domain_path(path, error.where),
                domain_message(error),
                given=describe(error.value),
                expected=error.expected,
            )
            return None
        except PledgekitError as error:
            # Units that do not match, a sum too large to be exact: still a file's problem.
            self.add(path, str(error))
            return None

    # Structure -----------------------------------------------------------------------

    def table(
        self,
        value: object,
        path: str,
        *,
        allowed: Iterable[str],
        required: Iterable[str] = (),
        what: str = "a table",
    ) -> Mapping[str, Any] | None:
        """Check that ``value`` is a table with only ``allowed`` keys and every ``required`` one."""
        if not isinstance(value, dict):
            self.found(path, value, what)
            return None
        known = tuple(allowed)
        unknown = [str(key) for key in value if key not in known]
        for key in unknown[: MAX_PROBLEMS + 1]:
            self.add(join(path, key), functools.partial(unknown_key, key, known))
        self.unshown += max(0, len(unknown) - MAX_PROBLEMS - 1)
        # A required key missing because it is misspelt is reported once, as the typo.
        # Only as many unknown keys as an error shows are compared: beyond that the
        # table is not a near miss, and each comparison costs.
        misspelt = set()
        for key in unknown[:MAX_PROBLEMS]:
            misspelt.update(difflib.get_close_matches(key, known, n=1))
        for key in required:
            if (key not in value or value[key] is None) and key not in misspelt:
                self.add(join(path, key), f"missing key {key!r} in {what}")
            elif key not in value:
                self.silent_failures += 1
        return value

    def items(self, table: Mapping[str, Any], key: str, path: str) -> list[tuple[str, Any]]:
        """The items of the list ``table[key]`` with their paths (none when absent)."""
        value = table.get(key)
        where = join(path, key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.found(where, value, "a list")
            return []
        return [(join(where, index), item) for index, item in enumerate(value)]

    # Scalars -------------------------------------------------------------------------

    def text(
        self, table: Mapping[str, Any], key: str, path: str, *, default: str | None = None
    ) -> str | None:
        """An optional string (blank counts as given)."""
        value = table.get(key)
        if value is None:
            return default
        if not isinstance(value, str):
            self.found(join(path, key), value, "a string")
            return default
        return value

    def required_text(self, table: Mapping[str, Any], key: str, path: str) -> str:
        """A non-blank string; ``""`` after recording a problem."""
        value = table.get(key)
        if value is None:
            self.silent_failures += 1  # reported as a missing key by table()
            return ""
        if not isinstance(value, str) or not value.strip():
            self.found(join(path, key), value, "a non-empty string")
            return ""
        return value

    def integer(
        self,
        value: object,
        path: str,
        *,
        low: int = 1,
        high: int = 10**9,
        what: str = "",
        listed: bool = False,
    ) -> int:
        """A whole number from ``low`` to ``high``; ``low`` after recording a problem.

        ``listed``: the value is an item of a list, where a ``null`` is a problem of
        its own (a table's missing key is reported by `table`).
        """
        if value is None and not listed:
            self.silent_failures += 1  # reported as a missing key by table()
            return low
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.found(path, value, what or f"a whole number from {low} to {high}")
            return low
        return value

    def choice(
        self, table: Mapping[str, Any], key: str, path: str, kind: type[_E], *, default: _E
    ) -> _E:
        """A member of an enumeration, written as its value (``"increase"``)."""
        value = table.get(key)
        if value is None:
            return default
        names = [member.value for member in kind]
        for member in kind:
            if value == member.value:
                return member
        hint = ""
        if isinstance(value, str):
            close = difflib.get_close_matches(value.lower(), names, n=1)
            if close:
                hint = f" (did you mean {close[0]!r}?)"
        self.found(join(path, key), value, f"one of {', '.join(repr(n) for n in names)}{hint}")
        return default

    def date(self, table: Mapping[str, Any], key: str, path: str) -> dt.date | None:
        """An optional date: a TOML date or an ISO string ``"2022-07-22"``."""
        value = table.get(key)
        if value is None:
            return None
        return self.date_value(value, join(path, key))

    def required_date(self, table: Mapping[str, Any], key: str, path: str) -> dt.date:
        """A date; ``date.min`` after recording a problem."""
        if table.get(key) is None:
            self.silent_failures += 1  # reported as a missing key by table()
        return self.date(table, key, path) or dt.date.min

    def date_value(self, value: object, path: str) -> dt.date | None:
        """A date from a TOML date or an ISO string."""
        expected = "a date such as 2022-07-22 (year-month-day)"
        if isinstance(value, dt.datetime):
            self.found(path, value, expected + " without a time of day")
            return None
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            try:
                if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                    return dt.date.fromisoformat(value)
            except ValueError:
                self.found(path, value, f"{expected}; there is no such day")
                return None
        self.found(path, value, expected)
        return None

    def period(self, table: Mapping[str, Any], key: str, path: str) -> Period | None:
        """An optional period (see `parse_iso_period`; in a locale also its words)."""
        value = table.get(key)
        if value is None:
            return None
        return self.period_value(value, join(path, key))

    def required_period(self, table: Mapping[str, Any], key: str, path: str) -> Period:
        """A period; a placeholder after recording a problem."""
        if table.get(key) is None:
            self.silent_failures += 1  # reported as a missing key by table()
        return self.period(table, key, path) or Period(dt.date.min, dt.date.min)

    def period_value(self, value: object, path: str) -> Period | None:
        """A period from its text."""
        if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 9999:
            return Period.year(value)
        if not isinstance(value, str):
            self.found(path, value, PERIOD_EXPECTED)
            return None
        try:
            return parse_iso_period(value)
        except ValueError as error:
            if self.locale == "C":
                reason = "" if str(error) == "not an ISO period" else f" ({error})"
                self.found(path, value, PERIOD_EXPECTED + reason)
                return None
        try:
            return parse_period(value, self.locale)
        except ParseError as error:
            self.add(path, f"cannot read {value!r}: {error.reason}; expected {PERIOD_EXPECTED}")
            return None
        except PledgekitError as error:
            self.add(path, f"cannot read {value!r}: {error}; expected {PERIOD_EXPECTED}")
            return None

    def amount(
        self, table: Mapping[str, Any], key: str, path: str, *, unit: Unit | None = None
    ) -> Decimal | None:
        """An optional amount, in ``unit`` if it names one (see `measured`)."""
        return self.measured(table, key, path, unit=unit)[0]

    def required_amount(
        self, table: Mapping[str, Any], key: str, path: str, *, unit: Unit | None = None
    ) -> Decimal:
        """An amount; 0 after recording a problem."""
        if table.get(key) is None:
            self.silent_failures += 1  # reported as a missing key by table()
        amount = self.amount(table, key, path, unit=unit)
        return Decimal(0) if amount is None else amount

    def measured(
        self, table: Mapping[str, Any], key: str, path: str, *, unit: Unit | None = None
    ) -> tuple[Decimal | None, Decimal | None]:
        """An optional amount and the resolution its scale word implies (``"1,2 ribu"``: 100)."""
        value = table.get(key)
        if value is None:
            return None, None
        return self.measured_value(value, join(path, key), unit=unit)

    def amount_value(self, value: object, path: str, *, unit: Unit | None = None) -> Decimal | None:
        """An amount: an integer, or a string in the reader's locale; never a float."""
        return self.measured_value(value, path, unit=unit)[0]

    def measured_value(
        self, value: object, path: str, *, unit: Unit | None = None
    ) -> tuple[Decimal | None, Decimal | None]:
        """An amount and the resolution its scale word implies, or ``(None, None)``.

        A string may carry a scale word, a unit or a currency (``"142,5 km"``,
        ``"1,2 ribu"``): the unit must be ``unit``'s.
        """
        if isinstance(value, NumberLiteral):
            self.add(path, float_message(value, self.locale, self.locale_hint))
            return None, None
        if isinstance(value, str) and (self.locale != "C" or has_words(value)):
            return self._quantity(value, path, unit)
        if isinstance(value, str) and self.hand_written and AMBIGUOUS.fullmatch(value.strip()):
            self.add(path, ambiguous_message(value, self.locale_hint))
            return None, None
        # A Decimal only comes from a workbook's number cell, read exactly (io._cells);
        # TOML and JSON never give one.
        if isinstance(value, str | int | Decimal) and not isinstance(value, bool):
            try:
                return to_amount(value), None
            except ArithmeticError:
                # A figure too large for any context ("4e9999999999999999999").
                self.found(path, value, "an amount of at most the supported size")
                return None, None
            except InvalidValueError as error:
                hint = ""
                if isinstance(value, str) and "," in value:
                    hint = f"; a comma is not plain notation (if the figures are Indonesian, {self.locale_hint})"
                self.found(path, value, f"{error.expected} (an amount){hint}")
                return None, None
        self.found(path, value, "an amount: a string such as '27197' or '5.9', or an integer")
        return None, None

    def _quantity(
        self, value: str, path: str, unit: Unit | None
    ) -> tuple[Decimal | None, Decimal | None]:
        """A figure with words, in the reader's locale (plain notation: see parse_plain_quantity)."""
        try:
            if self.locale != "C":
                quantity = parse_quantity(value, self.locale)
            else:
                number = _LEADING_FIGURE.match(value)
                if self.hand_written and number and AMBIGUOUS.fullmatch(number[1]):
                    self.add(path, ambiguous_message(number[1], self.locale_hint))
                    return None, None
                plain = parse_plain_quantity(value)
                if plain is None:
                    self.found(path, value, _PLAIN_WORDS)
                    return None, None
                quantity = plain
        except ParseError as error:
            self.add(
                path,
                f"cannot read {value!r}: {error.reason}; expected {error.expected}",
                given=repr(value),
                expected=error.expected,
            )
            return None, None
        except (PledgekitError, ArithmeticError):
            self.found(path, value, "an amount of at most the supported size")
            return None, None
        problem = unit_problem(quantity, value, unit)
        if problem is not None:
            self.add(
                path,
                problem,
                given=repr(value),
                expected=f"a figure in {unit.name if unit else 'no unit'}",
            )
            return None, None
        return quantity.value, quantity.resolution


_LEADING_FIGURE = re.compile(
    r"\s*(?:rp\.?\s*|idr\s*|usd\s*|us\$\s*)?([-+]?[0-9][0-9.,]*)", re.IGNORECASE
)
_PLAIN_WORDS = (
    "a figure in plain notation (a point for decimals, no grouping), optionally followed by "
    "a scale word (ribu, juta, miliar; thousand, million) and a unit (km, orang, persen, %), "
    "such as '142.5 km' or '1.2 ribu'; or set the file's locale to read '142,5 km'"
)


def _plain(text: str) -> str:
    """How to write a figure such as ``150.000`` or ``27.197`` unambiguously in plain notation."""
    whole, fraction = text.split(".")
    return whole if not fraction.strip("0") else f"{text}0"


def _meaning(text: str) -> str:
    """What ``27.190`` means in plain notation (``27.19``), by its digits: no context rounds."""
    whole, _, fraction = text.partition(".")
    fraction = fraction.rstrip("0")
    return f"{whole}.{fraction}" if fraction else whole


def float_message(value: NumberLiteral, locale: str, hint: str) -> str:
    """Why a bare number with a decimal point or exponent is refused, and what to write."""
    text = value.text
    plain = text.replace("_", "")
    try:
        as_float = repr(float(plain))  # display only: what a float reading would give
    except (ValueError, OverflowError):  # pragma: no cover - the parsers hand valid literals
        as_float = plain
    if locale != "C":
        spelt = _in_locale(plain, locale)
        advice = f'write it as a string in the file\'s locale ({locale!r}): "{spelt}"'
    elif AMBIGUOUS.fullmatch(plain):
        thousands = plain.replace(".", "")
        advice = (
            f'write it as a string: "{thousands}" if you mean {thousands} (or "{plain}" '
            f'and {hint}), or "{_plain(plain)}" if you mean {_meaning(plain)}'
        )
    else:
        advice = f'write it as a string: "{plain}"'
    return (
        f"{value.syntax} reads the bare number {text} as the float {as_float}, and floats are "
        f"refused because they are not exact; {advice}"
    )


def _in_locale(literal: str, locale: str) -> str:
    """A bare decimal literal (``142.5``) spelt as ``locale`` writes it (``142,5`` in ``id``)."""
    match = re.fullmatch(r"([-+]?)([0-9]+)(?:\.([0-9]+))?", literal)
    if match is None:
        return literal  # an exponent or an infinity: no spelling in words to offer
    sign, whole, fraction = match.groups()
    thousands, decimal = (".", ",") if locale == "id" else (",", ".")
    grouped = f"{int(whole):,}".replace(",", thousands)
    return f"{'-' if sign == '-' else ''}{grouped}{decimal + fraction if fraction else ''}"


def ambiguous_message(value: str, hint: str) -> str:
    """Why ``"150.000"`` in plain notation is refused, and what to write instead."""
    text = value.strip()
    thousands = text.replace(".", "")
    meaning = _meaning(text)
    return (
        f"{text!r} is ambiguous: in plain notation it is {meaning}, in Indonesian notation "
        f"{thousands}; write {thousands!r} if you mean {thousands} (or {hint}), or "
        f"{_plain(text)!r} if you mean {meaning}"
    )


def unknown_key(key: str, known: Iterable[str], *, what: str = "key") -> str:
    """An unknown key (or column: ``what``), with the closest known one."""
    names = tuple(known)
    close = difflib.get_close_matches(key, names, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    return f"unknown {what} {key!r}{hint} (expected one of {', '.join(names)})"


_CLASS_PREFIX = re.compile(r"[A-Z][A-Za-z]*(?:\([a-z_]+\))?")


def domain_path(path: str, where: str) -> str:
    """The file path of a domain error's ``where`` (``Target.value`` under ``targets[0]``)."""
    match = _CLASS_PREFIX.match(where)
    rest = where[match.end() :] if match else where
    if rest.startswith("."):
        return join(path, rest[1:])
    if rest.startswith("["):
        return path + rest
    return path


def domain_message(error: InvalidValueError) -> str:
    """A domain error's message without its ``where`` prefix."""
    if isinstance(error, ParseError):
        return f"cannot read {error.value!r}: {error.reason}; expected {error.expected}"
    return f"found {describe(error.value)}; expected {error.expected}"
