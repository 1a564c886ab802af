"""Helpers of :mod:`pledgekit.strategies`: argument checks, exact digits, irregular series.

Needs Hypothesis; imported only by :mod:`pledgekit.strategies`.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from pledgekit._amounts import MAX_FRACTION_DIGITS, MAX_INTEGER_DIGITS, add_amounts
from pledgekit._indicator import Accumulation, Observation, Target

__all__ = [
    "PROBLEMS",
    "amount_ranges",
    "as_decimal",
    "check_int",
    "check_strategy",
    "claim_dates",
    "fold",
    "fraction_digits_argument",
    "irregular_offsets",
    "quoted_total",
    "scaled_bound",
    "series_offsets",
    "to_decimal",
]


def check_int(value: object, name: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidArgument(f"{name}={value!r}; expected an int from {low} to {high}")
    return value


def check_strategy(value: object, name: str) -> None:
    if not isinstance(value, st.SearchStrategy):
        raise InvalidArgument(f"{name}={value!r}; expected a Hypothesis strategy")


def as_decimal(value: object, name: str) -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | Decimal | str):
        raise InvalidArgument(f"{name}={value!r}; expected an int, a Decimal or a decimal string")
    try:
        result = Decimal(value)
    except ArithmeticError as error:
        raise InvalidArgument(f"{name}={value!r}; expected a decimal number") from error
    if not result.is_finite():
        raise InvalidArgument(f"{name}={value!r}; expected a finite number")
    return result


def fraction_digits_argument(max_fraction_digits: object, places: object) -> int:
    """The most digits after the point, given by ``max_fraction_digits`` or ``places``."""
    if places is not None and max_fraction_digits is not None:
        raise InvalidArgument(
            f"places={places!r} and max_fraction_digits={max_fraction_digits!r}; "
            "expected one of them (places is the older name)"
        )
    name = "places" if places is not None else "max_fraction_digits"
    given = places if places is not None else max_fraction_digits
    return check_int(MAX_FRACTION_DIGITS if given is None else given, name, 0, MAX_FRACTION_DIGITS)


#: (places, lowest, highest): the amounts with that many decimals, in units of 10**-places.
AmountRange = tuple[int, int, int]


def amount_ranges(
    low: Decimal | None,
    high: Decimal | None,
    integer_digits: int,
    fraction_digits: int,
    given: tuple[object, object],
) -> list[AmountRange]:
    """For each number of decimals, the amounts within the bounds and the digit limits.

    ``given`` is the bounds as the caller wrote them, for the error messages.
    """
    min_value, max_value = given
    if low is not None and high is not None and low > high:
        raise InvalidArgument(f"min_value={min_value!r} is greater than max_value={max_value!r}")
    bound = 10**MAX_INTEGER_DIGITS  # an int: comparing with it is exact under any context
    for value, label in ((low, "min_value"), (high, "max_value")):
        if value is not None and not -bound < value < bound:
            raise InvalidArgument(
                f"{label}={value!r}; expected a bound within ±10**{MAX_INTEGER_DIGITS}"
            )
    ranges: list[AmountRange] = []
    for p in range(fraction_digits + 1):
        cap = 10 ** (integer_digits + p) - 1
        lowest = -cap if low is None else max(-cap, scaled_bound(low, p, upward=True))
        highest = cap if high is None else min(cap, scaled_bound(high, p, upward=False))
        if lowest <= highest:
            ranges.append((p, lowest, highest))
    if not ranges:
        raise InvalidArgument(
            f"no amount with at most {integer_digits} digits before and {fraction_digits} "
            f"after the decimal point lies from min_value={min_value!r} to "
            f"max_value={max_value!r}"
        )
    return ranges


def scaled_bound(value: Decimal, places: int, upward: bool) -> int:
    """The bound ``value`` in units of ``10**-places``, rounded inward, exactly."""
    factor: int = 10**places
    scaled = Fraction(value) * factor
    down = scaled.numerator // scaled.denominator
    return down + 1 if upward and down != scaled else down


def fold(number: int, low: int, high: int) -> int:
    """Bring ``number`` into ``low..high``, keeping it if it is there, 0 onto the simplest."""
    if low <= number <= high:
        return number
    if low >= 0:
        return low + abs(number) % (high - low + 1)
    if high <= 0:
        return high - abs(number) % (high - low + 1)
    return number % (high + 1) if number > 0 else -(-number % (1 - low))


def to_decimal(number: int, places: int) -> Decimal:
    # Built from its digits: no Decimal operation, so no caller context can round it.
    digits = tuple(int(c) for c in str(abs(number)))
    return Decimal((int(number < 0), digits, -places))


def series_offsets(
    draw: st.DrawFn, count: int, days: int, with_gaps: bool
) -> list[tuple[int, int]]:
    """Day offsets (first, last) of ``count`` figures in order, never overlapping."""
    if count == 0:
        return []
    if with_gaps:
        starts = sorted(
            draw(st.lists(st.integers(0, days - 1), min_size=count, max_size=count, unique=True))
        )
    else:
        later = (
            draw(
                st.lists(
                    st.integers(1, days - 1), min_size=count - 1, max_size=count - 1, unique=True
                )
            )
            if count > 1
            else []
        )
        starts = [0, *sorted(later)]
    result = []
    for index, first in enumerate(starts):
        limit = (starts[index + 1] - 1) if index + 1 < len(starts) else days - 1
        result.append((first, draw(st.integers(first, limit)) if with_gaps else limit))
    return result


def irregular_offsets(
    draw: st.DrawFn, series: list[tuple[int, int]], days: int, outside: bool, overlapping: bool
) -> list[tuple[int, int]]:
    """Offsets of figures outside or straddling the period, overlapping or tied."""
    choices = (["before", "after", "straddles start", "straddles end"] if outside else []) + (
        ["overlaps", "ties"] if overlapping and series else []
    )
    extra: list[tuple[int, int]] = []
    for _ in range(draw(st.integers(0, 2)) if choices else 0):
        kind = draw(st.sampled_from(choices))
        length = draw(st.integers(1, 400))
        if kind == "before":
            last = -draw(st.integers(1, 400))
            extra.append((last - length + 1, last))
        elif kind == "after":
            first = days + draw(st.integers(0, 400))
            extra.append((first, first + length - 1))
        elif kind == "straddles start":
            extra.append((-draw(st.integers(1, 400)), draw(st.integers(0, days - 1))))
        elif kind == "straddles end":
            extra.append((draw(st.integers(0, days - 1)), days - 1 + draw(st.integers(1, 400))))
        else:
            first, last = draw(st.sampled_from(series))
            if kind == "overlaps":
                first = draw(st.integers(0, last))
                last = draw(st.integers(max(first, last - 400), days - 1))
            extra.append((first, last))
    return extra


#: Indonesian weekday names, Monday first, as datelines print them.
WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
#: What an audit should find about a claim's own dates and indicator.
PROBLEMS = ("another indicator", "stated before its date", "outside the period", "weekday")


def dateline(day: dt.date, weekday: int) -> str:
    return f"{WEEKDAYS[weekday]} ({day.day}/{day.month}/{day.year})"


def quoted_total(
    draw: st.DrawFn, target: Target, figures: tuple[Observation, ...]
) -> tuple[Decimal, dt.date] | None:
    """The total of a contiguous run of the figures, and a date on or after the run's end."""
    inside = sorted(
        (o for o in figures if target.period.contains(o.period)), key=lambda o: o.period.end
    )
    if not inside:
        return None
    last = draw(st.integers(0, len(inside) - 1))
    first = draw(st.integers(0, last))
    if target.indicator.accumulation is Accumulation.LAST:
        total = inside[last].value
    else:
        total = add_amounts((o.value for o in inside[first : last + 1]), start=target.baseline)
    end = inside[last].period.end
    # As of the run's end, or as of the end of a later figure, which the run then
    # leaves out (a mismatch its explanation accounts for), or any later day.
    later = [o.period.end for o in inside[last + 1 :]]
    day = draw(
        st.sampled_from([end, *later[:1], *later[-1:]]) | st.dates(end, max(end, target.period.end))
    )
    return total, day


def claim_dates(
    draw: st.DrawFn, target: Target, as_of: dt.date, problem: str | None
) -> tuple[dt.date, dt.date | None, str | None]:
    """The as-of date, the date stated and the dateline of a claim, with ``problem``."""
    period = target.period
    if problem == "outside the period":
        days = dt.timedelta(days=draw(st.integers(1, 400)))
        as_of = period.end + days if draw(st.booleans()) else period.start - days
    if problem == "stated before its date":
        return as_of, as_of - dt.timedelta(days=draw(st.integers(1, 60))), None
    stated_on = draw(st.none() | st.just(as_of) | st.just(as_of + dt.timedelta(days=21)))
    if problem == "weekday":
        stated_on = as_of + dt.timedelta(days=draw(st.integers(0, 21)))
        wrong = (stated_on.weekday() + draw(st.integers(1, 6))) % 7
        return as_of, stated_on, dateline(stated_on, wrong)
    if problem is not None and stated_on is not None and draw(st.booleans()):
        return as_of, stated_on, dateline(stated_on, stated_on.weekday())
    return as_of, stated_on, None
