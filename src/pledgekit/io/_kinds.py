"""The kinds of value a case file holds, each read and written one way (see ``_fields``)."""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from pledgekit._amounts import exact_text
from pledgekit.io._fields import Field, Kind, Reading, Spec, Writing
from pledgekit.io._units import Unit
from pledgekit.io._values import join
from pledgekit.verdicts import VerdictHistory

__all__ = [
    "DATE",
    "FILE_ID",
    "PERIOD",
    "TEXT",
    "Amount",
    "Choice",
    "Const",
    "History",
    "Integer",
    "Listed",
    "Lookup",
    "Measured",
    "Numbers",
    "Programs",
    "Ref",
    "Refs",
    "Table",
    "Tables",
    "Texts",
]

#: The unit a figure must be in, from the fields read before it.
UnitOf = Callable[[Reading, Mapping[str, Any]], Unit | None]
_Got = dict[str, Any]
_Table = Mapping[str, Any]


class _Text(Kind):
    def read(self, ctx: Reading, table: _Table, field: Field, path: str, got: _Got) -> Any:
        if field.required:
            return ctx.r.required_text(table, field.key, path)
        return ctx.r.text(table, field.key, path)

    def write(self, ctx: Writing, value: Any) -> Any:
        return value


class _Date(Kind):
    def read(self, ctx: Reading, table: _Table, field: Field, path: str, got: _Got) -> Any:
        if field.required:
            return ctx.r.required_date(table, field.key, path)
        return ctx.r.date(table, field.key, path)

    def write(self, ctx: Writing, value: Any) -> Any:
        return None if value is None else value.isoformat()


class _Period(Kind):
    def read(self, ctx: Reading, table: _Table, field: Field, path: str, got: _Got) -> Any:
        if field.required:
            return ctx.r.required_period(table, field.key, path)
        return ctx.r.period(table, field.key, path)

    def write(self, ctx: Writing, value: Any) -> Any:
        return None if value is None else str(value)


#: A string (required: not blank).
TEXT: Kind = _Text()
#: A TOML date or an ISO date string.
DATE: Kind = _Date()
#: A period such as ``"2019"`` or ``"2018-09-20..2023-09-19"``.
PERIOD: Kind = _Period()
#: A key that fills no attribute (the locale): read elsewhere.
FILE_ID: Kind = Kind()


@attrs.frozen
class Const(Kind):
    """A value always written the same (the format version), checked before reading."""

    value: object

    def write(self, ctx: Writing, value: Any) -> Any:
        return self.value


@attrs.frozen
class Choice(Kind):
    """A member of an enumeration, written as its value (``"increase"``)."""

    members: type[enum.Enum]
    default: enum.Enum

    def read(self, ctx: Reading, table: _Table, field: Field, path: str, got: _Got) -> Any:
        return ctx.r.choice(table, field.key, path, self.members, default=self.default)

    def write(self, ctx: Writing, value: Any) -> Any:
        return value.value


@attrs.frozen
class Integer(Kind):
    """A whole number from 1; ``what`` words it in a message."""

    what: str = ""

    def read(self, ctx: Reading, table: _Table, field: Field, path: str, got: _Got) -> Any:
        value = table.get(field.key)
        if value is None and not field.required:
            return None
        return ctx.r.integer(value, join(path, field.key), what=self.what)

    def write(self, ctx: Writing, value: Any) -> Any:
        return value


@attrs.frozen
class Numbers(Kind):
    """A list of whole numbers from 1 (a program's mission numbers)."""

    what: str

    def read(self, ctx: Reading, table: _Table, field: Field, path: str, got: _Got) -> Any:
        what = f"a {self.what} number (a whole number from 1)"
        return [
            ctx.r.integer(value, item_path, what=what, listed=True)
            for item_path, value in ctx.r.items(table, field.key, path)
        ]

    def write(self, ctx: Writing, value: Any) -> Any:
        return list(value)


@attrs.frozen
class Texts(Kind):
    """A list of non-empty texts, none twice (a pledge's topics); ``what`` names one."""

    what: str

    def read(self, ctx: Reading, table: _Table, field: Field, path: str, got: _Got) -> Any:
        seen: dict[str, str] = {}
        for item_path, value in ctx.r.items(table, field.key, path):
            if not isinstance(value, str) or not value.strip():
                ctx.r.found(item_path, value, f"{self.what} (a non-empty string)")
            elif value in seen:
                ctx.r.found(
                    item_path, value, f"{self.what} not listed before (it is {seen[value]})"
                )
            else:
                seen[value] = item_path
        return list(seen)

    def write(self, ctx: Writing, value: Any) -> Any:
        return list(value)


class _Programs(Kind):
    """A pledge's program numbers, each the number of a program of the case's plan."""

    def read(self, ctx: Reading, table: _Table, field: Field, path: str, got: _Got) -> Any:
        r = ctx.r
        known = ctx.program_numbers
        numbers = []
        for item_path, value in r.items(table, field.key, path):
            mark = r.mark()
            number = r.integer(
                value, item_path, what="a program number (a whole number from 1)", listed=True
            )
            if r.failed_since(mark):
                continue
            if known is None and not ctx.inline:
                r.found(item_path, number, "no program number, since the case has no [plan]")
            elif known is not None and number not in known:
                listed = ", ".join(str(n) for n in sorted(known)) or "none"
                r.found(item_path, number, f"the number of a program in plan.programs ({listed})")
            numbers.append(number)
        return numbers

    def write(self, ctx: Writing, value: Any) -> Any:
        return list(value)


Programs: Kind = _Programs()


@attrs.frozen
class Amount(Kind):
    """An amount, in the unit ``unit`` gives; absent, the resolution ``implied_from`` implied."""

    unit: UnitOf | None = None
    implied_from: str | None = None

    def read(self, ctx: Reading, table: _Table, field: Field, path: str, got: _Got) -> Any:
        unit = None if self.unit is None else self.unit(ctx, got)
        if field.required:
            return ctx.r.required_amount(table, field.key, path, unit=unit)
        amount = ctx.r.amount(table, field.key, path, unit=unit)
        if amount is None and self.implied_from is not None:
            # A resolution written out overrides the one a scale word implies.
            return got.get(_implied(self.implied_from))
        return amount

    def write(self, ctx: Writing, value: Any) -> Any:
        # Plain digits under any caller's context: str() may give "1.5E+3" or "-0".
        return exact_text(value)


@attrs.frozen
class Measured(Amount):
    """A reported figure: an amount, noting the resolution its scale word implies."""

    def read(self, ctx: Reading, table: _Table, field: Field, path: str, got: _Got) -> Any:
        if field.required and table.get(field.key) is None:
            ctx.r.silent_failures += 1  # reported as a missing key by table()
        unit = None if self.unit is None else self.unit(ctx, got)
        value, implied = ctx.r.measured(table, field.key, path, unit=unit)
        got[_implied(field.key)] = implied
        return value


def _implied(key: str) -> str:
    return f"{key} (implied resolution)"


@attrs.frozen
class Ref(Kind):
    """A reference to an object listed elsewhere, by id (or in place, where ``inline``)."""

    spec: Spec
    inline: bool = False

    def read(self, ctx: Reading, table: _Table, field: Field, path: str, got: _Got) -> Any:
        value = table.get(field.key)
        if value is None:
            return None
        return ctx.ref(value, join(path, field.key), self.spec, inline=self.inline)

    def write(self, ctx: Writing, value: Any) -> Any:
        return None if value is None else ctx.ref(self.spec, value)


@attrs.frozen
class Refs(Kind):
    """A list of references (a pledge's targets)."""

    spec: Spec

    def read(self, ctx: Reading, table: _Table, field: Field, path: str, got: _Got) -> Any:
        return [
            ctx.ref(value, item_path, self.spec)
            for item_path, value in ctx.r.items(table, field.key, path)
        ]

    def write(self, ctx: Writing, value: Any) -> Any:
        return [ctx.ref(self.spec, item) for item in value]


@attrs.frozen
class Lookup(Kind):
    """A reference by id into a collection of data that is not a case file (Popolo)."""

    collection: str

    def read(self, ctx: Reading, table: _Table, field: Field, path: str, got: _Got) -> Any:
        value = table.get(field.key)
        if value is None:
            return None
        return ctx.lookup(value, join(path, field.key), self.collection)


@attrs.frozen
class Table(Kind):
    """One nested table (a case's plan)."""

    spec: Spec

    def read(self, ctx: Reading, table: _Table, field: Field, path: str, got: _Got) -> Any:
        value = table.get(field.key)
        if value is None:
            return None
        return ctx.read(self.spec, value, join(path, field.key))

    def write(self, ctx: Writing, value: Any) -> Any:
        return None if value is None else ctx.write(self.spec, value)


@attrs.frozen
class Tables(Kind):
    """A list of nested tables (a plan's missions)."""

    spec: Spec

    def read(self, ctx: Reading, table: _Table, field: Field, path: str, got: _Got) -> Any:
        items = ctx.r.items(table, field.key, path)
        read = (ctx.read(self.spec, raw, item_path) for item_path, raw in items)
        return [item for item in read if item is not None]

    def write(self, ctx: Writing, value: Any) -> Any:
        return [ctx.write(self.spec, item) for item in value]


@attrs.frozen
class Listed(Kind):
    """A case's list of objects others refer to by id (a field without ``attr``: written once)."""

    spec: Spec
    id_required: bool = False

    def read(self, ctx: Reading, table: _Table, field: Field, path: str, got: _Got) -> Any:
        return ctx.identified(table, field.key, self.spec, id_required=self.id_required)

    def write(self, ctx: Writing, value: Any) -> Any:
        if value is None:
            return ctx.tables.get(self.spec.registry)
        return [ctx.write(self.spec, item) for item in value]


@attrs.frozen
class History(Kind):
    """A pledge's verdict history: its records, or an empty history when one fails."""

    spec: Spec

    def read(self, ctx: Reading, table: _Table, field: Field, path: str, got: _Got) -> Any:
        r = ctx.r
        mark = r.mark()
        records = Tables(self.spec).read(ctx, table, field, path, got)
        if r.failed_since(mark):
            return VerdictHistory()
        built = r.build(join(path, field.key), VerdictHistory, records)
        return built or VerdictHistory()

    def write(self, ctx: Writing, value: Any) -> Any:
        return [ctx.write(self.spec, record) for record in value.records]
