"""Strategies for the public classes around the domain: errors, catalogues, table results.

``st.from_type`` resolves every public class of pledgekit (the registry is in
`pledgekit._hypothesis_plugin`); the values of the domain have their strategies in
[`pledgekit.strategies`][pledgekit.strategies]. These are for the rest, which code built
on pledgekit also handles and tests:

- the errors, as pledgekit raises them: each drawn error is what a real call raises on
  bad input (an unreadable number, an impossible period, amounts of two units, a case
  file with problems), and its message names what was given, what was expected and
  where;
- a protocol ([`PledgeStanding`][pledgekit.verdicts.PledgeStanding]), resolved to the class that
  implements it;
- the message catalogues and the pieces they word ([`Words`][pledgekit.messages.Words]),
  computed from drawn findings;
- [`pledgekit.table.TableResult`][pledgekit.table.TableResult], evaluated from drawn
  tables of targets and yearly figures (needs the ``tables`` extra).

>>> from hypothesis import given, settings, strategies as st
>>> from pledgekit import PledgekitError
>>> @settings(max_examples=20)
... @given(st.from_type(PledgekitError))
... def test_every_error_says_where(error):
...     assert str(error)
>>> test_every_error_says_where()
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any, TypeVar

from hypothesis import strategies as st

from pledgekit._amounts import add_amounts, to_amount
from pledgekit._case import Assessment
from pledgekit._indicator import Accumulation, Direction, Indicator, Observation, Target
from pledgekit._period import Period
from pledgekit._pledges import PledgeAssessment
from pledgekit._progress import progress
from pledgekit._strategy_helpers import amounts
from pledgekit.exceptions import (
    DataFileError,
    InexactResultError,
    InvalidValueError,
    MissingExtraError,
    ParseError,
    PledgekitError,
    Problem,
    UnitMismatchError,
)
from pledgekit.messages import LANGUAGES, Catalogue, Words, catalogue
from pledgekit.text import IndonesianParserInfo, parse_number

__all__ = [
    "catalogues",
    "data_file_errors",
    "errors",
    "inexact_result_errors",
    "invalid_value_errors",
    "missing_extra_errors",
    "parse_errors",
    "pledge_standings",
    "problems",
    "parser_infos",
    "table_results",
    "unit_mismatch_errors",
    "words",
]

_E = TypeVar("_E", bound=PledgekitError)

# Errors ------------------------------------------------------------------------------


def _raised(kind: type[_E], call: Callable[[], object]) -> _E:
    """The error ``call`` raises; the call is one that must raise ``kind``."""
    try:
        call()
    except kind as error:
        return error
    raise AssertionError(f"{call!r} raised no {kind.__name__}")  # pragma: no cover


_NOT_NUMBERS = st.sampled_from(
    ["", "abc", "1.2.3,4", "12,", "--5", "1e5", "½", "150.000,00,0", "Rp", "1 000 000x"]
)


def parse_errors() -> st.SearchStrategy[ParseError]:
    """What [`pledgekit.text.parse_number`][] raises for text that is not a number."""
    return st.tuples(_NOT_NUMBERS, st.sampled_from(["id", "en"])).map(
        lambda drawn: _raised(ParseError, lambda: parse_number(drawn[0], locale=drawn[1]))
    )


def _bad_period(start: dt.date, days: int) -> Callable[[], object]:
    return lambda: Period(start, start - dt.timedelta(days=days))


def invalid_value_errors() -> st.SearchStrategy[InvalidValueError]:
    """What pledgekit raises for a value it refuses, and its subclass ParseError.

    A period that ends before it starts, an amount past the digit limits, a float where
    an amount is expected, text that is not a number.
    """
    start = st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31))
    periods = st.tuples(start, st.integers(1, 3650)).map(
        lambda drawn: _raised(InvalidValueError, _bad_period(*drawn))
    )
    too_long = st.integers(31, 40).map(
        lambda digits: _raised(InvalidValueError, lambda: to_amount("9" * digits))
    )
    floats = st.sampled_from([0.1, 1.5, 150000.0]).map(
        lambda value: _raised(InvalidValueError, lambda: to_amount(value))
    )
    return st.one_of(periods, too_long, floats, parse_errors())


def unit_mismatch_errors() -> st.SearchStrategy[UnitMismatchError]:
    """What [`pledgekit.progress`][] raises for a figure in another unit than its target."""
    units = st.sampled_from(["orang", "persen", "km", "rupiah", "unit"])
    pairs = st.tuples(units, units).filter(lambda pair: pair[0] != pair[1])
    return pairs.map(lambda pair: _raised(UnitMismatchError, lambda: _mixed_units(*pair)))


def _mixed_units(expected: str, given: str) -> object:
    def indicator(unit: str) -> Indicator:
        return Indicator(
            "Figure", unit, direction=Direction.INCREASE, accumulation=Accumulation.SUM
        )

    target = Target(indicator(expected), 10, period=Period.year(2020))
    figure = Observation(Period.year(2020), 1, indicator=indicator(given))
    return progress(target, [figure], as_of=target.period.end)


def inexact_result_errors() -> st.SearchStrategy[InexactResultError]:
    """What [`pledgekit.add_amounts`][] raises for a sum past pledgekit's precision."""
    exponents = st.tuples(st.integers(60, 400), st.integers(60, 400))
    return exponents.map(
        lambda pair: _raised(
            InexactResultError,
            lambda: add_amounts([Decimal(f"1E{pair[0]}"), Decimal(f"1E-{pair[1]}")]),
        )
    )


#: The optional packages pledgekit names, with the extra that installs each.
_EXTRAS = (
    ("matplotlib", "plot", "for charts"),
    ("pandas", "pandas", "for DataFrames"),
    ("pyarrow", "pandas", "for exact DataFrame columns"),
    ("pyarrow", "tables", "for national tables"),
    ("openpyxl", "excel", "for Excel workbooks"),
)


def missing_extra_errors() -> st.SearchStrategy[MissingExtraError]:
    """The error for an optional package that is not installed, as pledgekit words each."""
    return st.sampled_from(_EXTRAS).map(lambda extra: MissingExtraError(*extra))


_FIELD_PATHS = st.sampled_from(
    ["targets[0].value", "observations[3].period", "claims[1].as_of", "pledges[0].made_by", ""]
)


def problems() -> st.SearchStrategy[Problem]:
    """One problem of a data file, located by line and field path, with what was given."""
    return st.builds(
        lambda line, path, given, expected: Problem(
            f"line {line}" + (f", {path}" if path else ""),
            f"got {given!r}; expected {expected}",
            path=path,
            given=given,
            expected=expected,
        ),
        st.integers(1, 10_000),
        _FIELD_PATHS,
        st.sampled_from(["1000.0", "2022-02-30", "", "orang"]),
        st.sampled_from(["an amount as text", "a calendar date", "a non-empty text"]),
    )


def data_file_errors() -> st.SearchStrategy[DataFileError]:
    """A data file refused, with one problem or several."""
    names = st.sampled_from(["case.toml", "case.json", "figures.csv", "rpjmd.xlsx"])
    return st.builds(DataFileError, names, st.lists(problems(), min_size=1, max_size=4))


def errors() -> st.SearchStrategy[PledgekitError]:
    """Every kind of error pledgekit raises on purpose."""
    return st.one_of(
        invalid_value_errors(),
        unit_mismatch_errors(),
        inexact_result_errors(),
        missing_extra_errors(),
        data_file_errors(),
    )


# Protocols, catalogues, words ---------------------------------------------------------


def pledge_standings() -> st.SearchStrategy[PledgeAssessment]:
    """What a pledge-level verdict reads: a pledge's assessment, drawn whole."""
    return st.from_type(PledgeAssessment)


def catalogues() -> st.SearchStrategy[Catalogue]:
    """The message catalogue of each language pledgekit writes."""
    return st.sampled_from(LANGUAGES).map(catalogue)


def words() -> st.SearchStrategy[Words]:
    """The pieces a catalogue words a finding from, computed from a drawn assessment's findings."""
    from pledgekit.messages._fields import FIELDS

    findings = st.from_type(Assessment).map(lambda assessed: assessed.findings)
    return findings.filter(bool).flatmap(st.sampled_from).map(lambda f: FIELDS[f.kind](f))


def parser_infos() -> st.SearchStrategy[IndonesianParserInfo]:
    """The Indonesian date vocabulary for `dateutil` (it has no parameters)."""
    return st.builds(IndonesianParserInfo)


# National tables -----------------------------------------------------------------------


@st.composite
def _tables(draw: st.DrawFn) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """Rows of a targets table and of its yearly figures, as text, for a few regions."""
    targets: list[dict[str, str]] = []
    figures: list[dict[str, str]] = []
    regions = draw(st.integers(1, 3))
    for region in range(1, regions + 1):
        for number in range(1, draw(st.integers(1, 3)) + 1):
            direction = draw(st.sampled_from(Direction))
            accumulation = draw(st.sampled_from(Accumulation))
            first = draw(st.integers(2019, 2022))
            years = draw(st.integers(1, 4))
            value = draw(amounts(1, 10**6, max_fraction_digits=2))
            baseline = draw(amounts(0, 10**6, max_fraction_digits=2))
            if direction is Direction.INCREASE and baseline >= value:
                baseline = Decimal(0)
            if direction is Direction.DECREASE and baseline <= value:
                baseline = value * 2
            key = {"region": f"R{region:03d}", "indicator": f"IK{number:03d}"}
            targets.append(
                {
                    **key,
                    "direction": direction.value,
                    "accumulation": accumulation.value,
                    "unit": "unit",
                    "target": str(value),
                    "baseline": str(baseline),
                    "period": f"{first}..{first + years - 1}",
                }
            )
            for year in range(first, first + years):
                if draw(st.booleans()):
                    figure = draw(amounts(0, 10**6, max_fraction_digits=2))
                    figures.append({**key, "year": str(year), "value": str(figure)})
    return targets, figures


def table_results() -> st.SearchStrategy[Any]:
    """What [`pledgekit.table.evaluate`][] gives for drawn tables (needs ``tables``)."""
    from pledgekit.table import evaluate as evaluate_tables

    def evaluate(drawn: tuple[list[dict[str, str]], list[dict[str, str]]]) -> Any:
        import pyarrow as pa

        targets, figures = drawn
        names = ("region", "indicator", "year", "value")
        observed = {name: [row[name] for row in figures] for name in names}
        return evaluate_tables(
            pa.Table.from_pylist(targets),
            pa.table({name: pa.array(observed[name], pa.string()) for name in names}),
        )

    return _tables().map(evaluate)
