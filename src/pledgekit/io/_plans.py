"""The kinds of value that say how plans write targets: ranges, schedules, revisions.

Version 2 of the case-file format added them (with a claim's bound and rate and a
pledge's milestones), each read and written one way like those of ``_kinds``.
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
from collections.abc import Mapping
from typing import Any

import attrs

from pledgekit._amounts import exact_text
from pledgekit._indicator import Direction, Indicator
from pledgekit._period import Period
from pledgekit._pledge import ClaimKind
from pledgekit._schedule import Comparison, ScheduleEntry
from pledgekit.io._fields import Field, Kind, Reading, Spec, Writing
from pledgekit.io._kinds import UnitOf
from pledgekit.io._units import Unit
from pledgekit.io._values import join

__all__ = [
    "Flag",
    "OptionalChoice",
    "Per",
    "Revisions",
    "Schedule",
    "TargetComparison",
    "TargetValue",
    "VERSION_2_KEYS",
    "default_comparison",
    "revision_unit",
]

_Got = dict[str, Any]
_Table = Mapping[str, Any]
_RANGE = "one amount, or a range [low, high] of two amounts"

#: The keys (by list of the case file) that version 1 of the format does not have.
VERSION_2_KEYS: Mapping[str, tuple[str, ...]] = {
    "indicators": ("accumulation_assumed",),
    "targets": ("comparison", "schedule", "revisions", "initial", "budget"),
    "claims": ("bound", "per"),
    "pledges": ("promised", "milestones", "topics", "status"),
}


def default_comparison(value: object, direction: Direction) -> Comparison:
    """The comparison a target has when its file names none: within, at least or at most."""
    if isinstance(value, tuple):
        return Comparison.WITHIN
    return Comparison.AT_LEAST if direction is Direction.INCREASE else Comparison.AT_MOST


@attrs.frozen
class Flag(Kind):
    """``true`` or ``false``; absent is the object's own default (written only when set)."""

    def read(self, ctx: Reading, table: _Table, field: Field, path: str, got: _Got) -> Any:
        value = table.get(field.key)
        if value is None or isinstance(value, bool):
            return value
        ctx.r.found(join(path, field.key), value, "true or false")
        return None

    def write(self, ctx: Writing, value: Any) -> Any:
        return value if value else None


@attrs.frozen
class OptionalChoice(Kind):
    """A member of an enumeration, or nothing (the object's own default) when absent."""

    members: type[enum.Enum]
    allowed: tuple[enum.Enum, ...] = ()

    def read(self, ctx: Reading, table: _Table, field: Field, path: str, got: _Got) -> Any:
        value = table.get(field.key)
        if value is None:
            return None
        allowed = self.allowed or tuple(self.members)
        for member in allowed:
            if value == member.value:
                return member
        names = ", ".join(repr(member.value) for member in allowed)
        ctx.r.found(join(path, field.key), value, f"one of {names}")
        return None

    def write(self, ctx: Writing, value: Any) -> Any:
        return None if value is None else value.value


class Per(OptionalChoice):
    """What a rate claim is per: required for a claim of kind ``rate``, refused on others."""

    def read(self, ctx: Reading, table: _Table, field: Field, path: str, got: _Got) -> Any:
        rate = got.get("kind") is ClaimKind.RATE
        where = join(path, field.key)
        if rate and table.get("period") is None:
            ctx.r.add(
                join(path, "period"),
                "missing key 'period': a claim of kind 'rate' gives the period it averages over",
            )
        if rate and table.get(field.key) is None:
            ctx.r.add(
                where,
                f"missing key {field.key!r}: a claim of kind 'rate' says what it is per "
                "('day', 'month' or 'year')",
            )
            return None
        if not rate and table.get(field.key) is not None and "kind" in got:
            ctx.r.found(where, table[field.key], "no 'per' except on a claim of kind 'rate'")
            return None
        return super().read(ctx, table, field, path, got)


def _shape_expected(ranged: bool, comparison: Comparison) -> str | None:
    """What a value must be for a comparison, or ``None`` when it is that already."""
    if ranged == (comparison is Comparison.WITHIN):
        return None
    if ranged:
        return f"one amount, as the target's comparison is {comparison.value!r}"
    return "a range [low, high], as the target's comparison is 'within'"


class TargetComparison(OptionalChoice):
    """A target's comparison, which must suit its value: ``within`` for a range, only."""

    def read(self, ctx: Reading, table: _Table, field: Field, path: str, got: _Got) -> Any:
        comparison = super().read(ctx, table, field, path, got)
        value = got.get("value")
        if isinstance(comparison, Comparison) and value is not None:
            ranged = isinstance(value, tuple)
            if ranged and comparison is not Comparison.WITHIN:
                expected = "'within' (or no comparison) for a range value [low, high]"
            elif not ranged and comparison is Comparison.WITHIN:
                expected = (
                    "'at_least', 'more_than', 'at_most' or 'less_than' for one value "
                    "('within' needs a range: value = [low, high])"
                )
            else:
                return comparison
            ctx.r.found(join(path, field.key), comparison.value, expected)
            return None
        return comparison


@attrs.frozen
class TargetValue(Kind):
    """A target's value: one amount, or a range ``[low, high]`` with ``low <= high``."""

    unit: UnitOf

    def read(self, ctx: Reading, table: _Table, field: Field, path: str, got: _Got) -> Any:
        value = table.get(field.key)
        where = join(path, field.key)
        if not isinstance(value, list):
            if field.required:
                return ctx.r.required_amount(table, field.key, path, unit=self.unit(ctx, got))
            return ctx.r.amount(table, field.key, path, unit=self.unit(ctx, got))
        if len(value) != 2:
            ctx.r.found(where, value, _RANGE)
            return None
        unit = self.unit(ctx, got)
        low, high = (
            ctx.r.amount_value(item, join(where, index), unit=unit)
            for index, item in enumerate(value)
        )
        if low is None or high is None:
            return None
        if high < low:
            ctx.r.found(where, value, f"a range [low, high] with low <= high ({low} > {high})")
            return None
        return (low, high)

    def write(self, ctx: Writing, value: Any) -> Any:
        if isinstance(value, tuple):
            return [exact_text(value[0]), exact_text(value[1])]
        return exact_text(value)


@attrs.frozen
class Schedule(Kind):
    """Interim targets: a table of period (``"2019"``) to amount, within the target period.

    The period they must lie in is the target's ``period`` read before them (or, for a
    revision, `Reading.within`, which the revisions of a target set).
    """

    unit: UnitOf

    def read(self, ctx: Reading, table: _Table, field: Field, path: str, got: _Got) -> Any:
        value = table.get(field.key)
        where = join(path, field.key)
        if value is None:
            return None
        if not isinstance(value, dict):
            ctx.r.found(where, value, 'a table of period to amount, such as {"2019" = "2000000"}')
            return None
        within = got.get("period", ctx.within)
        unit = self.unit(ctx, got)
        mark = ctx.r.mark()
        entries: list[tuple[str, ScheduleEntry]] = []
        for key in value:
            key_path = join(where, str(key))
            period = ctx.r.period_value(key, key_path)
            amount = ctx.r.amount_value(value[key], key_path, unit=unit)
            if period is None or amount is None:
                continue
            # A target period that failed to read (reported already) is no measure.
            known = isinstance(within, Period) and within.start != dt.date.min
            if known and not within.contains(period):
                ctx.r.found(key_path, key, f"a period within the target period {within}")
                continue
            entries.append((str(key), ScheduleEntry(period, amount)))
        entries.sort(key=lambda item: (item[1].period.start, item[1].period.end))
        for (_, earlier), (key, later) in itertools.pairwise(entries):
            if earlier.period.overlaps(later.period):
                ctx.r.found(
                    join(where, key),
                    key,
                    f"a period that does not overlap another of the schedule "
                    f"(it overlaps {earlier.period})",
                )
        if ctx.r.failed_since(mark):
            return None
        return tuple(entry for _, entry in entries)

    def write(self, ctx: Writing, value: Any) -> Any:
        return {str(entry.period): exact_text(entry.value) for entry in value} or None


@attrs.frozen
class Revisions(Kind):
    """A target's revisions, oldest first, each with its schedule in the target's period."""

    spec: Spec

    def read(self, ctx: Reading, table: _Table, field: Field, path: str, got: _Got) -> Any:
        outer = ctx.within
        ctx.within = got.get("period") if isinstance(got.get("period"), Period) else None
        ctx.unit_of = got.get("indicator") if isinstance(got.get("indicator"), Indicator) else None
        try:
            items = ctx.r.items(table, field.key, path)
            read = [ctx.read(self.spec, raw, item_path) for item_path, raw in items]
        finally:
            ctx.within, ctx.unit_of = outer, None
        seen: dict[object, str] = {}
        for (item_path, _), revision in zip(items, read, strict=True):
            if revision is None:
                continue
            if revision.on in seen:
                ctx.r.found(
                    join(item_path, "on"),
                    revision.on.isoformat(),
                    f"one revision per day (it is also the day of {seen[revision.on]})",
                )
            seen.setdefault(revision.on, item_path)
        comparison = got.get("comparison")
        indicator, value = got.get("indicator"), got.get("value")
        if comparison is None and isinstance(indicator, Indicator) and value is not None:
            comparison = default_comparison(value, indicator.direction)
        for (item_path, _), revision in zip(items, read, strict=True):
            expected = None
            if revision is not None and isinstance(comparison, Comparison):
                expected = _shape_expected(isinstance(revision.value, tuple), comparison)
            if expected is not None:
                written = revision.value
                shown = list(written) if isinstance(written, tuple) else written
                ctx.r.found(join(item_path, "value"), shown, expected)
        revisions = [item for item in read if item is not None]
        return revisions

    def write(self, ctx: Writing, value: Any) -> Any:
        return [ctx.write(self.spec, item) for item in value]


def revision_unit(ctx: Reading, got: Mapping[str, Any]) -> Unit | None:
    """The unit of a revision's figures: its target's indicator's."""
    indicator = ctx.unit_of
    if not isinstance(indicator, Indicator):
        return None
    return Unit(indicator.unit, f"the indicator {indicator.id!r}")
