"""Helpers of [`pledgekit.strategies`][], and the strategies that need no target.

Argument checks, exact digits, irregular series and interim values; and
[`amounts`][pledgekit.strategies.amounts], [`periods`][pledgekit.strategies.periods],
[`comparisons`][pledgekit.strategies.comparisons],
[`schedule_entries`][pledgekit.strategies.schedule_entries],
[`milestones`][pledgekit.strategies.milestones], [`texts`][pledgekit.strategies.texts]
and [`sources`][pledgekit.strategies.sources], which
[`pledgekit.strategies`][pledgekit.strategies] exports (use them from there).

Needs Hypothesis; imported only by [`pledgekit.strategies`][pledgekit.strategies] and the plugin.
"""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal
from fractions import Fraction

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from pledgekit._amounts import (
    MAX_FRACTION_DIGITS,
    MAX_INTEGER_DIGITS,
    add_amounts,
    subtract_amounts,
)
from pledgekit._evaluation import Evaluation
from pledgekit._indicator import Accumulation, Direction, Observation, Target
from pledgekit._period import Period
from pledgekit._pledge import ClaimKind, Milestone
from pledgekit._pledges import PledgeAssessment
from pledgekit._schedule import Comparison, ScheduleEntry
from pledgekit._source import Source

__all__ = [
    "PROBLEMS",
    "amount_ranges",
    "amounts",
    "as_decimal",
    "check_flag",
    "claim_value",
    "check_int",
    "check_strategy",
    "claim_dates",
    "comparisons",
    "decimal_places",
    "default_values",
    "fits",
    "fold",
    "fraction_digits_argument",
    "numbered_ids",
    "irregular_offsets",
    "milestones",
    "missed_final",
    "periods",
    "pledge_assessments",
    "quoted_total",
    "ranged_value",
    "scaled_bound",
    "schedule_entries",
    "schedule_values",
    "series_offsets",
    "span_scale",
    "sources",
    "texts",
    "to_decimal",
    "to_units",
    "unique_days",
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


def decimal_places(*values: Decimal) -> int:
    """The most digits after the point among ``values`` (0 for whole numbers)."""
    exponents = [int(v.as_tuple().exponent) for v in values]
    return max([0, *(-e for e in exponents)])


def to_units(value: Decimal, places: int) -> int:
    """``value`` in units of ``10**-places``, exactly (``value`` has at most that many decimals)."""
    scaled = Fraction(value) * 10**places
    if scaled.denominator != 1:
        raise ValueError(f"{value} has more than {places} decimals")
    units: int = scaled.numerator
    return units


def fits(units: int, places: int) -> bool:
    """Whether ``units * 10**-places`` has at most 30 digits before the point."""
    limit: int = 10 ** (MAX_INTEGER_DIGITS + places)
    return -limit < units < limit


def missed_final(draw: st.DrawFn, target: Target) -> tuple[int, int]:
    """A final level a schedule may wrongly add up to: ``(units, places)``, never the goal.

    One unit of the 30th decimal off (the closest miss there is) or a sizable amount
    off; for a range, short of its near bound (so outside the range); otherwise short
    or beyond. Always within the digit limits.
    """
    sign = 1 if target.indicator.direction is Direction.INCREASE else -1
    ranged = isinstance(target.value, tuple)
    places = decimal_places(target.baseline, target.goal)
    span = abs(to_units(target.goal, places) - to_units(target.baseline, places))
    if draw(st.booleans()):
        places, step = MAX_FRACTION_DIGITS, 1
    else:
        step = draw(st.integers(1, max(1, 2 * span)))
    goal = to_units(target.goal, places)
    toward = [-sign] if ranged else [-sign, sign]
    for direction in draw(st.permutations(toward)):
        final = goal + direction * step
        if fits(final, places):
            return final, places
    raise InvalidArgument(f"no schedule of {target!r} can miss its goal within the digit limits")


def schedule_values(draw: st.DrawFn, target: Target, count: int, consistent: bool) -> list[Decimal]:
    """``count`` interim values for ``target`` adding up to its goal, or missing it.

    The levels due at the entries' ends run monotonically from the baseline to the
    final level: a summed indicator's values are the steps between them (baseline +
    sum == final), a level's values are the levels themselves (the last == final).
    """
    if consistent:
        places = decimal_places(target.baseline, target.goal)
        final = to_units(target.goal, places)
    else:
        final, places = missed_final(draw, target)
    start = to_units(target.baseline, places)
    low, high = min(start, final), max(start, final)
    cuts = sorted(
        draw(st.lists(st.integers(low, high), min_size=count - 1, max_size=count - 1)),
        reverse=final < start,
    )
    levels = [*cuts, final]
    if target.indicator.accumulation is Accumulation.LAST:
        values = levels
    else:
        values = [b - a for a, b in itertools.pairwise([start, *levels])]
        if not all(fits(v, places) for v in values):
            raise InvalidArgument(
                f"the span of {target!r} is too wide for interim values within the digit limits"
            )
    return [to_decimal(v, places) for v in values]


def ranged_value(near: Decimal, width: Decimal, direction: Direction) -> tuple[Decimal, Decimal]:
    """A ``(low, high)`` range entered at ``near`` (its bound nearest the baseline)."""
    if direction is Direction.INCREASE:
        return near, add_amounts([near, width])
    return subtract_amounts(near, width), near


def unique_days(draw: st.DrawFn, period: Period, min_size: int, max_size: int) -> list[dt.date]:
    """Distinct days within ``period``, in order."""
    offsets = draw(
        st.lists(
            st.integers(0, period.days - 1),
            min_size=min_size,
            max_size=min(max_size, period.days),
            unique=True,
        )
    )
    return [period.start + dt.timedelta(days=n) for n in sorted(offsets)]


def check_flag(value: object, name: str, *, optional: bool = False) -> None:
    if not (isinstance(value, bool) or (optional and value is None)):
        expected = "True, False or None" if optional else "True or False"
        raise InvalidArgument(f"{name}={value!r}; expected {expected}")


# The strategies that need no target, exported by pledgekit.strategies.

_EARLIEST = dt.date(1900, 1, 1)
_LATEST = dt.date(2200, 12, 31)
_ORIGIN = dt.date(2000, 1, 1)


def amounts(
    min_value: int | Decimal | str | None = None,
    max_value: int | Decimal | str | None = None,
    *,
    max_integer_digits: int = MAX_INTEGER_DIGITS,
    max_fraction_digits: int | None = None,
    places: int | None = None,
) -> st.SearchStrategy[Decimal]:
    """Exact amounts, up to pledgekit's limits: 30 digits before and 30 after the point.

    Args:
        min_value: The smallest amount, or ``None`` for no bound but the digit limits.
        max_value: The largest amount, likewise.
        max_integer_digits: The most digits before the decimal point
            ([`MAX_INTEGER_DIGITS`][pledgekit.MAX_INTEGER_DIGITS], 30, by default).
        max_fraction_digits: The most digits after it
            ([`MAX_FRACTION_DIGITS`][pledgekit.MAX_FRACTION_DIGITS], 30, by default; 0
            gives whole numbers).
        places: The older name of ``max_fraction_digits``; give one or the other.

    Every value is accepted by [`pledgekit.to_amount`][pledgekit.to_amount]. The number
    of digits before and after the point is drawn first, so that one-digit amounts,
    zero, negative amounts, ties (a last digit 5) and amounts with exactly 30 digits on
    either side all occur; shrinks toward 0 (or the bound nearest 0), fewer digits and
    fewer decimals.

    An amount has minus its exponent digits after the point, and at most its digit
    count plus that exponent before it (``Decimal("-12.345")``: digits 12345, exponent
    -3, so 3 after and 5 - 3 = 2 before):

    >>> from hypothesis import given, settings
    >>> from pledgekit import MAX_FRACTION_DIGITS, MAX_INTEGER_DIGITS, to_amount
    >>> from pledgekit.strategies import amounts
    >>> @settings(max_examples=25, derandomize=True)
    ... @given(amounts())
    ... def test_within_the_digit_limits(amount):
    ...     _, digits, exponent = amount.as_tuple()
    ...     assert -exponent <= MAX_FRACTION_DIGITS
    ...     assert len(digits) + exponent <= MAX_INTEGER_DIGITS
    ...     assert to_amount(amount) == amount
    >>> test_within_the_digit_limits()
    """
    low, high = as_decimal(min_value, "min_value"), as_decimal(max_value, "max_value")
    integer_digits = check_int(max_integer_digits, "max_integer_digits", 0, MAX_INTEGER_DIGITS)
    fraction_digits = fraction_digits_argument(max_fraction_digits, places)
    ranges = amount_ranges(low, high, integer_digits, fraction_digits, (min_value, max_value))

    # The extremes twice more: whole numbers, zero and the digit limits come up often.
    places_choice = st.sampled_from([*ranges[:1] * 3, *ranges[1:], *ranges[-1:] * 2])
    digits_choice = st.sampled_from(
        [0, 0, *range(integer_digits + 1), integer_digits, integer_digits]
    )

    @st.composite
    def build(draw: st.DrawFn) -> Decimal:
        p, lowest, highest = draw(places_choice)
        digits = draw(digits_choice)
        whole = draw(st.integers(10 ** (digits - 1), 10**digits - 1)) if digits else 0
        fraction = draw(st.integers(0, 10**p - 1))
        number = whole * 10**p + fraction
        if draw(st.booleans()):
            number = -number
        return to_decimal(fold(number, lowest, highest), p)

    return build()


def periods(
    min_start: dt.date = _EARLIEST,
    max_end: dt.date = _LATEST,
    *,
    max_days: int = 3653,
) -> st.SearchStrategy[Period]:
    """Periods within ``min_start..max_end`` of at most ``max_days`` days (one-day included).

    Shrinks toward a one-day period on 1 January 2000 (or the nearest allowed day).

    A period counts both its first and its last day: 1 to 31 January is 30 days apart
    and 31 days long.

    >>> import datetime as dt
    >>> from hypothesis import given, settings
    >>> from pledgekit.strategies import periods
    >>> first, last = dt.date(2020, 1, 1), dt.date(2020, 12, 31)
    >>> @settings(max_examples=20, derandomize=True)
    ... @given(periods(first, last, max_days=31))
    ... def test_days_count_both_ends(period):
    ...     assert period.days == (period.end - period.start).days + 1
    ...     assert 1 <= period.days <= 31
    ...     assert first <= period.start <= period.end <= last
    >>> test_days_count_both_ends()
    """
    for value, name in ((min_start, "min_start"), (max_end, "max_end")):
        if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
            raise InvalidArgument(f"{name}={value!r}; expected a datetime.date")
    if max_end < min_start:
        raise InvalidArgument(f"max_end={max_end} is before min_start={min_start}")
    check_int(max_days, "max_days", 1, 10**6)
    pivot = min(max(_ORIGIN, min_start), max_end)

    @st.composite
    def build(draw: st.DrawFn) -> Period:
        offset = draw(st.integers((min_start - pivot).days, (max_end - pivot).days))
        start = pivot + dt.timedelta(days=offset)
        length = draw(st.integers(1, min(max_days, (max_end - start).days + 1)))
        return Period(start, start + dt.timedelta(days=length - 1))

    return build()


def comparisons(
    direction: Direction | None = None, *, within: bool = True
) -> st.SearchStrategy[Comparison]:
    """How a target is met: the comparisons that fit ``direction`` (all, for ``None``).

    Args:
        direction: The indicator's direction: ``AT_LEAST`` and ``MORE_THAN`` fit
            ``INCREASE``, ``AT_MOST`` and ``LESS_THAN`` fit ``DECREASE``; ``WITHIN`` fits both.
        within: Whether ``WITHIN`` (a range) is among them; ``False`` gives the bounds a
            [`Claim`][pledgekit.Claim] may carry.

    Shrinks toward the direction's default (``AT_LEAST``, or ``AT_MOST``).

    >>> from hypothesis import find, given, settings, strategies as st
    >>> from pledgekit import Direction
    >>> from pledgekit.strategies import comparisons
    >>> find(comparisons(Direction.DECREASE), lambda c: True)
    <Comparison.AT_MOST: 'at_most'>

    A comparison drawn for a direction is met by a level moving that way (``upward``
    is ``True``, met from below, when more is better), or is ``WITHIN`` a range
    (``upward`` is ``None``):

    >>> def with_direction(direction):
    ...     return st.tuples(st.just(direction), comparisons(direction))
    >>> @settings(max_examples=20, derandomize=True)
    ... @given(st.sampled_from(Direction).flatmap(with_direction))
    ... def test_fits_the_direction(drawn):
    ...     direction, comparison = drawn
    ...     assert comparison.upward in (None, direction is Direction.INCREASE)
    >>> test_fits_the_direction()
    """
    if direction is not None and not isinstance(direction, Direction):
        raise InvalidArgument(f"direction={direction!r}; expected a Direction or None")
    check_flag(within, "within")
    order = {
        None: [Comparison.AT_LEAST, Comparison.AT_MOST, Comparison.MORE_THAN, Comparison.LESS_THAN],
        Direction.INCREASE: [Comparison.AT_LEAST, Comparison.MORE_THAN],
        Direction.DECREASE: [Comparison.AT_MOST, Comparison.LESS_THAN],
    }[direction]
    return st.sampled_from([*order, *([Comparison.WITHIN] if within else [])])


def schedule_entries(
    period: Period | None = None, *, values: st.SearchStrategy[Decimal] | None = None
) -> st.SearchStrategy[ScheduleEntry]:
    """One interim target: a value due in (or by the end of) a period within ``period``.

    Args:
        period: The period the entry's own period lies within; by default any period
            from [`periods`][pledgekit.strategies.periods].
        values: The values due; by default amounts from 0 to 1,000,000 with up to two
            decimals.

    Shrinks toward a one-day entry due 0.

    >>> from hypothesis import given, settings
    >>> from pledgekit import Period
    >>> from pledgekit.strategies import schedule_entries
    >>> term = Period.years(2021, 2025)
    >>> @settings(max_examples=20, derandomize=True)
    ... @given(schedule_entries(term))
    ... def test_due_within_the_term(entry):
    ...     assert term.contains(entry.period)
    ...     assert 0 <= entry.value <= 1_000_000
    ...     assert entry.value.as_tuple().exponent >= -2  # at most two decimals
    >>> test_due_within_the_term()
    """
    if period is not None and not isinstance(period, Period):
        raise InvalidArgument(f"period={period!r}; expected a pledgekit.Period or None")
    values = amounts(0, 10**6, max_fraction_digits=2) if values is None else values
    check_strategy(values, "values")
    within = (
        _periods() if period is None else _periods(period.start, period.end, max_days=period.days)
    )
    return st.builds(ScheduleEntry, within, values)


def milestones(
    min_due: dt.date = dt.date(1990, 1, 1),
    max_due: dt.date = dt.date(2100, 12, 31),
    *,
    done: bool | None = None,
) -> st.SearchStrategy[Milestone]:
    """Milestones due from ``min_due`` to ``max_due``: done early, on the day, late, or not.

    Args:
        min_due: The earliest due date.
        max_due: The latest due date.
        done: ``True``: done (up to two years before or after the due date);
            ``False``: not done; ``None``: either.

    Shrinks toward a milestone due on 1 January 2000 (or the nearest allowed day), not done.

    A milestone done is done at most two years (730 days) after its due date, so it
    is done by then and at most 730 days late:

    >>> import datetime as dt
    >>> from hypothesis import given, settings
    >>> from pledgekit import Period
    >>> from pledgekit.strategies import milestones
    >>> @settings(max_examples=20, derandomize=True)
    ... @given(milestones(dt.date(2024, 1, 1), dt.date(2024, 12, 31), done=True))
    ... def test_done_within_two_years(milestone):
    ...     assert Period.year(2024).contains(milestone.due)
    ...     assert milestone.is_done(milestone.due + dt.timedelta(days=730))
    ...     assert 0 <= milestone.late_days <= 730
    >>> test_done_within_two_years()
    """
    for value, name in ((min_due, "min_due"), (max_due, "max_due")):
        if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
            raise InvalidArgument(f"{name}={value!r}; expected a datetime.date")
    if max_due < min_due:
        raise InvalidArgument(f"max_due={max_due} is before min_due={min_due}")
    check_flag(done, "done", optional=True)
    pivot = min(max(_ORIGIN, min_due), max_due)

    @st.composite
    def build(draw: st.DrawFn) -> Milestone:
        due = pivot + dt.timedelta(
            days=draw(st.integers((min_due - pivot).days, (max_due - pivot).days))
        )
        done_on = None
        if done or (done is None and draw(st.booleans())):
            days = draw(st.sampled_from([0, 1, -1]) | st.integers(-730, 730))
            done_on = due + dt.timedelta(days=days)
        return Milestone(
            draw(texts(max_size=80)),
            due,
            done_on=done_on,
            source=draw(st.none() | sources()),
            note=draw(st.none() | texts()),
            id=draw(numbered_ids("m")),
        )

    return build()


def texts(*, max_size: int = 40) -> st.SearchStrategy[str]:
    """Non-blank text, Unicode included, as names, quotes and pledges are written.

    Starts with a letter so that it is never blank; shrinks toward ``"a"``.

    >>> from hypothesis import given, settings
    >>> from pledgekit.strategies import texts
    >>> @settings(max_examples=25, derandomize=True)
    ... @given(texts(max_size=10))
    ... def test_never_blank(text):
    ...     assert text.strip() and text[0].isalpha()
    ...     assert 1 <= len(text) <= 10
    >>> test_never_blank()
    """
    check_int(max_size, "max_size", 1, 10_000)
    heads = st.sampled_from("aAzZéÉ漢ąŁ")
    tails = st.text(max_size=max_size - 1)
    return st.builds(lambda head, tail: head + tail, heads, tails)


def numbered_ids(prefix: str) -> st.SearchStrategy[str]:
    return st.integers(0, 10**6).map(lambda n: f"{prefix}{n}")


def sources(*, ids: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[Source]:
    """Published sources: outlet, title, and sometimes a url, a date and a quote.

    A drawn source, listed in a case, reads back from the case's JSON equal to itself
    (Unicode, quotes and all):

    >>> from hypothesis import given, settings
    >>> from pledgekit import Case, dumps, loads
    >>> from pledgekit.strategies import sources
    >>> @settings(max_examples=10, derandomize=True)
    ... @given(sources())
    ... def test_reads_back(source):
    ...     case = Case("Sources", sources=[source])
    ...     assert loads(dumps(case), format="json").sources == (source,)
    >>> test_reads_back()
    """
    ids = numbered_ids("s") if ids is None else ids
    check_strategy(ids, "ids")
    return st.builds(
        Source,
        texts(),
        texts(),
        url=st.none() | st.just("https://example.org/article"),
        published=st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31)),
        quote=st.none() | texts(max_size=200),
        id=ids,
    )


def pledge_assessments(
    *, evaluations: st.SearchStrategy[Evaluation] | None = None
) -> st.SearchStrategy[PledgeAssessment]:
    """A pledge of a drawn case (``cases(as_written=True)``) as `Case.assess` assesses it.

    Under a drawn evaluation, every pledge rule and SDG method among them
    (``st.from_type(Evaluation)``), or one drawn from ``evaluations``.

    Each drawn pledge comes from a whole case, so drawing one is slow (a few tenths of
    a second): a few examples show the idea.

    >>> from hypothesis import HealthCheck, given, settings
    >>> from pledgekit.strategies import pledge_assessments
    >>> @settings(max_examples=5, derandomize=True, deadline=None,
    ...           suppress_health_check=[HealthCheck.too_slow])
    ... @given(pledge_assessments())
    ... def test_parts_are_counted_or_left_out(drawn):
    ...     parts = len(drawn.targets) + len(drawn.milestones)
    ...     assert parts == drawn.counted + len(drawn.left_out)
    >>> test_parts_are_counted_or_left_out()
    """
    from pledgekit.strategies import cases  # which builds on this module

    evaluations = st.from_type(Evaluation) if evaluations is None else evaluations
    check_strategy(evaluations, "evaluations")
    drawn = st.tuples(cases(as_written=True).filter(lambda c: c.pledges), evaluations)
    return drawn.flatmap(lambda d: st.sampled_from(d[0].assess(evaluation=d[1]).pledges))


def span_scale(target: Target) -> Decimal:
    return max(subtract_amounts(target.goal, target.baseline).copy_abs(), Decimal(1))


def default_values(target: Target) -> st.SearchStrategy[Decimal]:
    # Offsets in the good direction, from a step back to twice the span forward.
    scale = span_scale(target)
    increase = target.indicator.direction is Direction.INCREASE
    base = target.baseline if target.indicator.accumulation is Accumulation.LAST else Decimal(0)
    return amounts(scale.copy_negate(), add_amounts([scale, scale]), max_fraction_digits=2).map(
        lambda x: add_amounts([base, x if increase else x.copy_negate()])
    )


def claim_value(
    draw: st.DrawFn,
    target: Target,
    kind: ClaimKind,
    values: st.SearchStrategy[Decimal] | None,
    quoting: tuple[Observation, ...],
    as_of: dt.date,
) -> tuple[Decimal | None, dt.date]:
    """The figure a claim states, and its as-of date (moved when it quotes a run)."""
    if kind is ClaimKind.MET:
        return None, as_of
    if values is not None:
        return draw(values), as_of
    if kind is ClaimKind.PERCENT:
        return draw(amounts(0, 200, max_fraction_digits=2)), as_of
    scale = span_scale(target)
    value = draw(amounts(0, add_amounts([scale, scale]), max_fraction_digits=2))
    quoting = quoting if kind in (ClaimKind.ACHIEVED, ClaimKind.REMAINING) else ()
    quoted = quoted_total(draw, target, quoting)
    if quoted is None or draw(st.integers(0, 3)) == 0:
        return value, as_of
    total, as_of = quoted
    if kind is ClaimKind.ACHIEVED:
        return total, as_of
    # What is left once that total is reached.
    if target.indicator.direction is Direction.INCREASE:
        return subtract_amounts(target.goal, total), as_of
    return subtract_amounts(total, target.goal), as_of


_periods = periods
