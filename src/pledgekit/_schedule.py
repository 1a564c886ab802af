"""How a target is met, its interim values, and its revisions.

A plan rarely states one number: an RPJMD indicator has a target for each plan year
and a final target (kondisi akhir); a pledge says "2 million a year toward 10
million"; a plan is revised (RPJMD perubahan) and its targets with it. These are the
value types a [`Target`][pledgekit.Target] carries for them.
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
from collections.abc import Iterable, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

from pledgekit._amounts import Amount, add_amounts, to_amount
from pledgekit._period import Period, require_date
from pledgekit._source import Source
from pledgekit._validate import instance_of, optional_text
from pledgekit.exceptions import InvalidValueError

__all__ = [
    "Comparison",
    "Revision",
    "ScheduleEntry",
    "ScheduleInput",
    "TargetValue",
    "scheduled_final",
    "to_schedule",
    "to_target_value",
]

#: A target's value: one amount, or a ``(low, high)`` range for
#: [`Comparison.WITHIN`][pledgekit.Comparison.WITHIN].
TargetValue = Decimal | tuple[Decimal, Decimal]
#: What a schedule may be given as: a mapping of period to value, entries, or pairs.
ScheduleInput = Mapping[Period, Amount] | Iterable["ScheduleEntry | tuple[Period, Amount]"] | None


class Comparison(enum.Enum):
    """How a level meets a target value (or, for a claim, how a figure bounds the truth).

    The default for a target follows its direction: ``AT_LEAST`` where more is better,
    ``AT_MOST`` where less is better. A strict comparison is how officials write some
    targets: "satu digit kemiskinan" (a poverty rate of one digit) is ``LESS_THAN``
    10, which 10.00 does not meet and 9.99 does.

    >>> from decimal import Decimal
    >>> from pledgekit import Comparison
    >>> Comparison.LESS_THAN.holds(Decimal("10.00"), Decimal(10))
    False
    >>> Comparison.LESS_THAN.holds(Decimal("9.99"), Decimal(10))
    True
    >>> Comparison.WITHIN.holds(Decimal("7.5"), (Decimal(7), Decimal(8)))
    True
    """

    #: The level is the value or more.
    AT_LEAST = "at_least"
    #: The level is more than the value.
    MORE_THAN = "more_than"
    #: The level is the value or less.
    AT_MOST = "at_most"
    #: The level is less than the value.
    LESS_THAN = "less_than"
    #: The level lies in the closed range ``(low, high)`` (PermenPAN-RB 8/2021 range
    #: targets: the nearest bound counts for capaian and shortfall).
    WITHIN = "within"

    @property
    def strict(self) -> bool:
        """Whether the value itself does not meet it (``MORE_THAN``, ``LESS_THAN``)."""
        return self in (Comparison.MORE_THAN, Comparison.LESS_THAN)

    @property
    def upward(self) -> bool | None:
        """``True`` for the comparisons met from below, ``False`` from above, ``None`` within."""
        if self is Comparison.WITHIN:
            return None
        return self in (Comparison.AT_LEAST, Comparison.MORE_THAN)

    def holds(self, level: Decimal | Fraction, value: TargetValue) -> bool:
        """Whether ``level`` meets ``value`` by this comparison, exactly."""
        if isinstance(value, tuple):
            if self is not Comparison.WITHIN:
                raise InvalidValueError(value, f"one value for {self.name}", "Comparison.holds")
            return value[0] <= level <= value[1]
        if self is Comparison.WITHIN:
            raise InvalidValueError(value, "a (low, high) range for WITHIN", "Comparison.holds")
        if self is Comparison.AT_LEAST:
            return level >= value
        if self is Comparison.MORE_THAN:
            return level > value
        if self is Comparison.AT_MOST:
            return level <= value
        return level < value


def to_target_value(value: object, where: str) -> TargetValue:
    """One exact amount, or a ``(low, high)`` pair of them with ``low <= high``.

    >>> to_target_value("150000", "Target.value")
    Decimal('150000')
    >>> to_target_value(["7", "8"], "Target.value")
    (Decimal('7'), Decimal('8'))
    """
    if isinstance(value, tuple | list):
        if len(value) != 2:
            raise InvalidValueError(value, "one amount, or a (low, high) pair of amounts", where)
        low = to_amount(value[0], where=f"{where}[0]")
        high = to_amount(value[1], where=f"{where}[1]")
        if high < low:
            raise InvalidValueError(value, "a (low, high) range with low <= high", where)
        return (low, high)
    return to_amount(value, where=where)


def _entry_value(value: object) -> Decimal:
    return to_amount(value, where="ScheduleEntry.value")


@attrs.frozen
class ScheduleEntry:
    """One interim target: the value due in (or by the end of) one period.

    For a summed indicator ([`SUM`][pledgekit.Accumulation.SUM]) the value is the
    amount due *in* the period ("2 million a year"); for a level
    ([`LAST`][pledgekit.Accumulation.LAST]), the level due at the period's end.

    >>> from pledgekit import Period, ScheduleEntry
    >>> ScheduleEntry(Period.year(2020), "2000000").value
    Decimal('2000000')
    """

    period: Period = attrs.field(validator=instance_of(Period, "ScheduleEntry.period", "a Period"))
    value: Decimal = attrs.field(converter=_entry_value)


def to_schedule(value: object, where: str) -> tuple[ScheduleEntry, ...]:
    """Interim targets in period order, from entries, ``(period, value)`` pairs or a mapping.

    Periods may not overlap: a schedule says what is due in each stretch of time once.

    >>> [e.period.start.year for e in to_schedule({Period.year(2020): 2, Period.year(2019): 1}, "s")]
    [2019, 2020]
    """
    if value is None or (type(value) is tuple and not value):
        return ()
    if isinstance(value, Mapping):
        items: list[object] = list(value.items())
    elif isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise InvalidValueError(
            value, "a mapping of Period to value, or a sequence of ScheduleEntry", where
        )
    else:
        items = list(value)
    entries: list[ScheduleEntry] = []
    for index, item in enumerate(items):
        if isinstance(item, ScheduleEntry):
            entries.append(item)
        elif isinstance(item, tuple) and len(item) == 2:
            period, amount = item
            if not isinstance(period, Period):
                raise InvalidValueError(period, "a Period", f"{where}[{index}]")
            entries.append(ScheduleEntry(period, to_amount(amount, where=f"{where}[{period}]")))
        else:
            raise InvalidValueError(item, "a ScheduleEntry or a (Period, value) pair", where)
    entries.sort(key=lambda e: (e.period.start, e.period.end))
    for earlier, later in itertools.pairwise(entries):
        if earlier.period.overlaps(later.period):
            raise InvalidValueError(
                str(later.period),
                f"periods that do not overlap (it overlaps {earlier.period})",
                where,
            )
    return tuple(entries)


def scheduled_final(
    schedule: tuple[ScheduleEntry, ...], baseline: Decimal, *, summed: bool
) -> Decimal | None:
    """The final level a schedule's own numbers give: the baseline plus the sum, or the last.

    ``None`` for an empty schedule.

    >>> yearly = to_schedule({Period.year(y): 2000000 for y in range(2015, 2020)}, "s")
    >>> scheduled_final(yearly, Decimal(0), summed=True)
    Decimal('10000000')
    >>> scheduled_final(yearly, Decimal(0), summed=False)
    Decimal('2000000')
    """
    if not schedule:
        return None
    if summed:
        return add_amounts((e.value for e in schedule), start=baseline)
    return schedule[-1].value


def _revision_value(
    value: Amount | tuple[Amount, Amount] | list[Amount],
) -> Decimal | tuple[Decimal, Decimal]:
    return to_target_value(value, "Revision.value")


def _revision_schedule(value: ScheduleInput) -> tuple[ScheduleEntry, ...]:
    return to_schedule(value, "Revision.schedule")


def _validate_on(instance: object, attribute: object, value: Any) -> None:
    require_date(value, "Revision.on")


@attrs.frozen
class Revision:
    """A target's value (and schedule) as revised on a date by a document.

    From ``on`` (that day included) the revised value and schedule are in force, until a
    later revision. A revision that states no schedule leaves the target with none: a
    plan's yearly targets are restated with its final one, and interim values set for
    another final target are not carried over.

    Args:
        on: The day the revision takes effect.
        value: The revised value, or a ``(low, high)`` range.
        schedule: The revised interim targets, if the revision states them.
        source: The document that revises it (an RPJMD perubahan, a ministerial decree).
        note: Anything a reader should know.

    >>> import datetime as dt
    >>> from pledgekit import Revision
    >>> r = Revision(dt.date(2019, 9, 1), "278971", note="RPJMD perubahan")
    >>> r.value, r.schedule
    (Decimal('278971'), ())
    """

    on: dt.date = attrs.field(validator=_validate_on)
    value: TargetValue = attrs.field(converter=_revision_value)
    schedule: tuple[ScheduleEntry, ...] = attrs.field(
        default=(), kw_only=True, converter=_revision_schedule
    )
    source: Source | None = attrs.field(
        default=None,
        kw_only=True,
        validator=attrs.validators.optional(
            instance_of(Source, "Revision.source", "a Source or None")
        ),
    )
    note: str | None = attrs.field(
        default=None, kw_only=True, validator=optional_text("Revision.note")
    )
