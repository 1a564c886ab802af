"""The engine of the data package: a table is data, its schema and its rows read from it.

Each table is data: a `Table` names the collection of the case its rows come
from, and each of its `Column` s says its Table Schema field (name, type,
description, constraints) and how to read its cell from one item. The descriptor and
the CSV files are both written from those tables, so they cannot disagree.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import Any, TypeAlias

import attrs

from pledgekit._amounts import exact_text
from pledgekit._case import Case
from pledgekit._indicator import Indicator, Target
from pledgekit.exceptions import InvalidValueError
from pledgekit.io._tables import DerivedIds, memberships_of

__all__ = [
    "ARRAY",
    "DATE",
    "INTEGER",
    "NUMBER",
    "STRING",
    "UNITS",
    "Column",
    "Known",
    "Table",
    "cell",
]

STRING = "string"
NUMBER = "number"
DATE = "date"
INTEGER = "integer"
#: A JSON array in the cell (``["ketenagakerjaan", "ekonomi"]``).
ARRAY = "array"
# Replaced in a description by the units of the case's indicators.
UNITS = "{units}"


@attrs.frozen
class Known:
    """What a row may need from the whole case: units by indicator, the only ones, ids.

    ``people`` gives each person, organization and membership the case mentions its
    id in the package: its own, else one made from its name (never another's).
    """

    unit_of: Mapping[str, str]
    only_indicator: Indicator | None
    only_target: Target | None
    people: DerivedIds

    @classmethod
    def of(cls, case: Case) -> Known:
        """What the rows of ``case`` need."""
        return cls(
            unit_of={i.id: i.unit for i in case.indicators},
            only_indicator=case.indicators[0] if len(case.indicators) == 1 else None,
            only_target=case.targets[0] if len(case.targets) == 1 else None,
            people=DerivedIds(memberships_of(case)),
        )


#: How a column reads its cell from one item of the case: a function of the item and
#: the case, or the dotted path of an attribute (the column's name when ``None``).
_Read: TypeAlias = Callable[[Any, Known], str] | str | None


@attrs.frozen
class Column:
    """One column of a table and one field of its Table Schema."""

    name: str
    kind: str
    description: str
    read: _Read = None
    required: bool = False
    unique: bool = False
    #: The values allowed; a column of choices is required (each has a default) unless
    #: ``optional`` (a claim's bound: none, or one of them).
    choices: tuple[str, ...] = ()
    optional: bool = False
    format: str | None = None

    def schema(self, units: str) -> dict[str, Any]:
        """The Table Schema field, the units of the case filled into its description."""
        field: dict[str, Any] = {
            "name": self.name,
            "type": self.kind,
            "description": self.description.replace(UNITS, units),
        }
        if self.format is not None:
            field["format"] = self.format
        constraints: dict[str, Any] = {}
        if self.choices:
            constraints["enum"] = list(self.choices)
        if self.required or (self.choices and not self.optional):
            constraints["required"] = True
        if self.unique:
            constraints["unique"] = True
        if constraints:
            field["constraints"] = constraints
        return field

    def cell(self, item: object, known: Known) -> str:
        """The column's cell for one item."""
        if callable(self.read):
            return self.read(item, known)
        value: object = item
        for name in (self.read or self.name).split("."):
            value = None if value is None else getattr(value, name)
        return cell(value, self.name)


def cell(value: object, column: str) -> str:
    """A value as a CSV cell: empty for none, Table Schema's plain forms otherwise."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        # Table Schema numbers are plain decimals; the exponent of "1E+3" is not kept.
        return exact_text(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, tuple) and all(isinstance(item, str) for item in value):
        return json.dumps(list(value), ensure_ascii=False) if value else ""
    raise InvalidValueError(
        value, "a text, an amount, a whole number, a date, a choice or texts", f"column {column}"
    )


@attrs.frozen
class Table:
    """One resource of the package; its rows come from one collection of the case."""

    name: str
    description: str
    items: Callable[[Case], Sequence[Any]]
    columns: tuple[Column, ...]
    #: The columns whose values together are unique in the table.
    primary_key: tuple[str, ...] = ()
    #: (column, resource it refers to) by the resource's ``id``, or (column, resource,
    #: the resource's column).
    foreign_keys: tuple[tuple[str, str] | tuple[str, str, str], ...] = ()

    def resource(self, units: str) -> dict[str, Any]:
        """The Tabular Data Resource describing the table's CSV file."""
        keys: dict[str, Any] = {}
        if self.primary_key:
            keys["primaryKey"] = list(self.primary_key)
        if self.foreign_keys:
            keys["foreignKeys"] = [
                {
                    "fields": [key[0]],
                    "reference": {
                        "resource": key[1],
                        "fields": [key[-1] if len(key) == 3 else "id"],
                    },
                }
                for key in self.foreign_keys
            ]
        return {
            "name": self.name,
            "path": f"{self.name}.csv",
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "description": self.description,
            "schema": {
                "fields": [column.schema(units) for column in self.columns],
                "missingValues": [""],
                **keys,
            },
        }

    def rows(self, case: Case, known: Known) -> list[list[str]]:
        """One row of cells per item, in the case's order."""
        return [[column.cell(item, known) for column in self.columns] for item in self.items(case)]
