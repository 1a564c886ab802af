"""The series handling the SDG methods share: input checks, the base and latest years.

Internal to [`pledgekit.methods.sdg`][pledgekit.methods.sdg]: what is known of a series
(``_Facts``), why it cannot be assessed (``_Cannot``), and the span a growth rate is
taken over (``_Span``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from fractions import Fraction
from typing import Any

import attrs

from pledgekit._amounts import to_amount
from pledgekit._indicator import Direction, Observation
from pledgekit._period import Period
from pledgekit.exceptions import InvalidValueError
from pledgekit.methods._arguments import year_argument as _year
from pledgekit.methods._powers import power as _power

SUBSTITUTE_FOR_ZERO = Fraction(1, 1000)
"""The published replacement for a zero base value or target: 0.001.

Growth from zero is undefined, so a series that starts at 0 cannot be assessed; with
``substitute_zero=True`` its base value is 0.001, and the assessment says so:

>>> from pledgekit import Direction
>>> from pledgekit.methods.sdg import SUBSTITUTE_FOR_ZERO, statcan
>>> statcan({2015: 0, 2016: 5}, direction=Direction.INCREASE, target=10).status.name
'CANNOT_ASSESS'
>>> a = statcan({2015: 0, 2016: 5}, direction=Direction.INCREASE, target=10,
...             substitute_zero=True)
>>> a.base_value == SUBSTITUTE_FOR_ZERO, a.substitutions
(True, ('base value 2015: 0 → 0.001',))
"""


def _value(value: object, where: str) -> Fraction:
    if isinstance(value, Fraction):
        return value
    return Fraction(to_amount(value, where=where))


def _series(series: object, where: str) -> dict[int, Fraction]:
    values: dict[int, Fraction] = {}
    if isinstance(series, Mapping):
        for year, value in series.items():
            _year(year, f"{where} (year)")
            values[year] = Fraction(to_amount(value, where=f"{where}[{year}]"))
        return values
    if isinstance(series, str | bytes) or not isinstance(series, Sequence):
        raise InvalidValueError(
            series, "a mapping of year to value, or a sequence of Observations", where
        )
    for index, observation in enumerate(series):
        if not isinstance(observation, Observation):
            raise InvalidValueError(observation, "an Observation", f"{where}[{index}]")
        period = observation.period
        year = period.start.year
        if period != Period.year(year):
            raise InvalidValueError(
                str(period), "an observation of one calendar year", f"{where}[{index}].period"
            )
        if year in values:
            raise InvalidValueError(year, "one observation per year", f"{where}[{index}]")
        values[year] = Fraction(observation.value)
    return values


def _flag(value: object, where: str) -> bool:
    if not isinstance(value, bool):
        raise InvalidValueError(value, "True or False", where)
    return value


def _base(values: dict[int, Fraction], base_year: int) -> int | None:
    """The base year, or the next year with data; ``None`` when there is none."""
    later = [year for year in values if year >= base_year]
    return min(later) if later else None


def _sign(value: Fraction) -> int:
    return -1 if value < 0 else 1


def _mixed(base: Fraction, other: Fraction) -> bool:
    return (base > 0 and other < 0) or (base < 0 and other > 0)


@attrs.frozen(kw_only=True)
class _Facts:
    """What is known of a series so far; every result, assessed or not, reports it."""

    target: Fraction | None
    target_year: int
    current_year: int | None = None
    current_value: Fraction | None = None
    base_year: int | None = None
    base_value: Fraction | None = None
    observed_cagr: Fraction | None = None
    required_cagr: Fraction | None = None
    substitutions: tuple[str, ...] = ()

    def substituted(self, what: str, **changes: Any) -> _Facts:
        """These facts after a replacement by `SUBSTITUTE_FOR_ZERO`, noted."""
        return attrs.evolve(self, substitutions=(*self.substitutions, what), **changes)

    def met(self, direction: Direction) -> bool:
        """Whether the latest value already meets the target."""
        current, goal = self.current_value, self.target
        if current is None or goal is None:
            return False
        return current >= goal if direction is Direction.INCREASE else current <= goal

    def fields(self, *names: str) -> dict[str, Any]:
        """The facts of the given names, by name, as the results name them."""
        return {name: getattr(self, name) for name in names}


#: The facts both results report.
_REPORTED = (
    "base_year",
    "base_value",
    "current_year",
    "current_value",
    "target_year",
    "observed_cagr",
    "substitutions",
)


@attrs.frozen
class _Cannot:
    """Why a series cannot be assessed, with what was known by then."""

    reason: str
    facts: _Facts


@attrs.frozen(kw_only=True)
class _Span:
    """A series that can grow: a non-zero base and a later latest value of the same sign."""

    facts: _Facts
    first: int
    base: Fraction
    latest: int
    current: Fraction

    def observed(self) -> Fraction:
        """The observed compound annual growth rate from the base year to the latest."""
        return _power(self.current / self.base, Fraction(1, self.latest - self.first)) - 1


def _years(values: dict[int, Fraction], facts: _Facts, base_year: int) -> _Facts | _Cannot:
    """The latest year and the base year (or the next with data), with their values."""
    if not values:
        return _Cannot("no data", facts)
    latest = max(values)
    first = _base(values, base_year)
    return attrs.evolve(
        facts,
        current_year=latest,
        current_value=values[latest],
        base_year=first,
        base_value=None if first is None else values[first],
    )


def _span(facts: _Facts, base_year: int, substitute: bool, advice: str) -> _Span | _Cannot:
    """The base to grow from, or why there is none.

    Refused when missing, zero (unless substituted), of the other sign than the latest
    value, or not before the latest year.
    """
    first, base = facts.base_year, facts.base_value
    latest, current = facts.current_year, facts.current_value
    if first is None or base is None or latest is None or current is None:
        return _Cannot(f"no data in or after the base year {base_year}", facts)
    if base == 0:
        if not substitute:
            return _Cannot(
                f"the base value ({first}) is zero; growth from zero is undefined "
                f"(substitute_zero=True replaces it by 0.001{advice})",
                facts,
            )
        base = SUBSTITUTE_FOR_ZERO
        facts = facts.substituted(f"base value {first}: 0 → 0.001", base_value=base)
    if _mixed(base, current):
        return _Cannot(
            f"the base value ({base}) and the latest value ({current}) differ in sign", facts
        )
    if latest - first < 1:
        return _Cannot(
            f"fewer than two years of data from the base year {first} (latest {latest})", facts
        )
    return _Span(facts=facts, first=first, base=base, latest=latest, current=current)
