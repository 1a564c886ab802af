"""A case as a Frictionless Data Package: a ``datapackage.json`` descriptor and CSV tables.

See https://specs.frictionlessdata.io: the package is a Tabular Data Package, each
table a Tabular Data Resource with a Table Schema (field types, constraints, primary
and foreign keys, missing values).

Each table is data: a :class:`_Table` names the collection of the case its rows come
from, and each of its :class:`_Column` s says its Table Schema field (name, type,
description, constraints) and how to read its cell from one item. The descriptor and
the CSV files are both written from those tables, so they cannot disagree.
"""

from __future__ import annotations

import csv
import datetime as dt
import enum
import json
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeAlias

import attrs

from pledgekit._amounts import exact_text
from pledgekit._case import Case
from pledgekit._indicator import Indicator, Observation, Target
from pledgekit._pledge import Claim, ClaimKind, RateUnit
from pledgekit._schedule import Comparison, Revision, ScheduleEntry
from pledgekit._validate import slug
from pledgekit.exceptions import InvalidValueError

__all__ = ["to_datapackage"]

_STRING = "string"
_NUMBER = "number"
_DATE = "date"
# Replaced in a description by the units of the case's indicators.
_UNITS = "{units}"


@attrs.frozen
class _Known:
    """What a row may need from the whole case: units by indicator, and the only ones."""

    unit_of: Mapping[str, str]
    only_indicator: Indicator | None
    only_target: Target | None

    @classmethod
    def of(cls, case: Case) -> _Known:
        return cls(
            unit_of={i.id: i.unit for i in case.indicators},
            only_indicator=case.indicators[0] if len(case.indicators) == 1 else None,
            only_target=case.targets[0] if len(case.targets) == 1 else None,
        )


#: How a column reads its cell from one item of the case: a function of the item and
#: the case, or the dotted path of an attribute (the column's name when ``None``).
_Read: TypeAlias = Callable[[Any, _Known], str] | str | None


@attrs.frozen
class _Column:
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
            "description": self.description.replace(_UNITS, units),
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

    def cell(self, item: object, known: _Known) -> str:
        """The column's cell for one item."""
        if callable(self.read):
            return self.read(item, known)
        value: object = item
        for name in (self.read or self.name).split("."):
            value = None if value is None else getattr(value, name)
        return _cell(value, self.name)


def _cell(value: object, column: str) -> str:
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
    raise InvalidValueError(value, "a text, an amount, a date or a choice", f"column {column}")


@attrs.frozen
class _Table:
    """One resource of the package; its rows come from one collection of the case."""

    name: str
    description: str
    items: Callable[[Case], Sequence[Any]]
    columns: tuple[_Column, ...]
    primary_key: bool = False
    #: (column, resource it refers to), each by the resource's ``id``.
    foreign_keys: tuple[tuple[str, str], ...] = ()

    def resource(self, units: str) -> dict[str, Any]:
        """The Tabular Data Resource describing the table's CSV file."""
        keys: dict[str, Any] = {}
        if self.primary_key:
            keys["primaryKey"] = ["id"]
        if self.foreign_keys:
            keys["foreignKeys"] = [
                {"fields": [column], "reference": {"resource": to, "fields": ["id"]}}
                for column, to in self.foreign_keys
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

    def rows(self, case: Case, known: _Known) -> list[list[str]]:
        """One row of cells per item, in the case's order."""
        return [[column.cell(item, known) for column in self.columns] for item in self.items(case)]


def _observed(observation: Observation, known: _Known) -> str:
    """The id of the indicator an observation measures: its own, or the case's only one."""
    indicator = observation.indicator or known.only_indicator
    return "" if indicator is None else indicator.id


def _observation_unit(observation: Observation, known: _Known) -> str:
    indicator = observation.indicator or known.only_indicator
    return "" if indicator is None else known.unit_of.get(indicator.id, "")


def _claimed(claim: Claim, known: _Known) -> Target | None:
    """The target a claim is about: its own, or the case's only one."""
    return claim.target or known.only_target


def _claim_target(claim: Claim, known: _Known) -> str:
    target = _claimed(claim, known)
    return "" if target is None else target.id


def _claim_unit(claim: Claim, known: _Known) -> str:
    if claim.kind is ClaimKind.PERCENT:
        return "%"
    target = _claimed(claim, known)
    return "" if target is None else target.unit


def _low(value: Decimal | tuple[Decimal, Decimal]) -> str:
    return exact_text(value[0] if isinstance(value, tuple) else value)


def _high(value: Decimal | tuple[Decimal, Decimal]) -> str:
    return exact_text(value[1]) if isinstance(value, tuple) else ""


@attrs.frozen
class _Entry:
    """One interim target of a target's schedule, or of one of its revisions' schedules."""

    target: Target
    revision: Revision | None
    entry: ScheduleEntry


@attrs.frozen
class _Revised:
    """One revision of a target."""

    target: Target
    revision: Revision


def _entries(case: Case) -> list[_Entry]:
    found = []
    for target in case.targets:
        found += [_Entry(target, None, entry) for entry in target.schedule]
        for revision in target.revisions:
            found += [_Entry(target, revision, entry) for entry in revision.schedule]
    return found


def _revisions(case: Case) -> list[_Revised]:
    return [_Revised(target, revision) for target in case.targets for revision in target.revisions]


def _units(case: Case) -> str:
    units = "; ".join(f"{i.id}: {i.unit}" for i in case.indicators)
    return f"In the unit of the row's indicator (column unit; {units or 'no indicators'})."


_C = _Column
_ROUNDINGS = ("nearest", "down")
_SOURCES = _Table(
    "sources",
    "Where the figures and statements were published.",
    lambda case: case.sources,
    (
        _C("id", _STRING, "The source's id.", required=True, unique=True),
        _C("outlet", _STRING, "Who published it.", required=True),
        _C("title", _STRING, "Its title.", required=True),
        _C("url", _STRING, "Where it can be read.", format="uri"),
        _C("published", _DATE, "The day it was published."),
        _C("quote", _STRING, "The passage relied on, in its original language."),
    ),
    primary_key=True,
)
_INDICATORS = _Table(
    "indicators",
    "What is measured (indikator kinerja), in which unit, and which way is good.",
    lambda case: case.indicators,
    (
        _C("id", _STRING, "The indicator's id.", required=True, unique=True),
        _C("name", _STRING, "Its name, in the words of the plan or pledge.", required=True),
        _C("unit", _STRING, "The unit of its values (satuan).", required=True),
        _C("direction", _STRING, "Which way is good.", choices=("increase", "decrease")),
        _C(
            "accumulation",
            _STRING,
            "sum: period values add up; last: the latest value counts.",
            choices=("sum", "last"),
        ),
        _C("definition", _STRING, "How it is measured."),
        _C("code", _STRING, "An official code."),
    ),
    primary_key=True,
)
_TARGETS = _Table(
    "targets",
    "Values to reach by the end of a period, from a baseline.",
    lambda case: case.targets,
    (
        _C("id", _STRING, "The target's id.", required=True, unique=True),
        _C("indicator", _STRING, "The id of its indicator.", "indicator.id", required=True),
        _C("unit", _STRING, "The indicator's unit."),
        _C("baseline", _NUMBER, f"The value at the start. {_UNITS}", required=True),
        _C(
            "value",
            _NUMBER,
            f"The value to reach (of a range, its lower bound). {_UNITS}",
            lambda target, known: _low(target.value),
            required=True,
        ),
        _C("period_start", _DATE, "The first day of the period.", "period.start", required=True),
        _C(
            "period_end",
            _DATE,
            "The last day of the period (included).",
            "period.end",
            required=True,
        ),
        _C(
            "comparison",
            _STRING,
            "How a level meets the value; within: a range from value to value_high.",
            choices=tuple(c.value for c in Comparison),
        ),
        _C(
            "value_high",
            _NUMBER,
            f"For a range (comparison within), its upper bound. {_UNITS}",
            lambda target, known: _high(target.value),
        ),
    ),
    primary_key=True,
    foreign_keys=(("indicator", "indicators"),),
)
_SCHEDULES = _Table(
    "schedules",
    "Interim targets: for a summed indicator the amount due in the period, for a level "
    "the level due at its end; a revision's schedule replaces the one before it.",
    _entries,
    (
        _C("target", _STRING, "The id of the target.", "target.id", required=True),
        _C(
            "revised_on",
            _DATE,
            "The day of the revision that sets it; empty: the target's first schedule.",
            "revision.on",
        ),
        _C(
            "period_start",
            _DATE,
            "The first day of the period.",
            "entry.period.start",
            required=True,
        ),
        _C(
            "period_end",
            _DATE,
            "The last day of the period (included).",
            "entry.period.end",
            required=True,
        ),
        _C("value", _NUMBER, f"The value due. {_UNITS}", "entry.value", required=True),
    ),
    foreign_keys=(("target", "targets"),),
)
_REVISIONS = _Table(
    "revisions",
    "A target's value as revised from a day by a document (an RPJMD perubahan, a decree).",
    _revisions,
    (
        _C("target", _STRING, "The id of the target.", "target.id", required=True),
        _C("on", _DATE, "The day the revision takes effect.", "revision.on", required=True),
        _C(
            "value",
            _NUMBER,
            f"The revised value (of a range, its lower bound). {_UNITS}",
            lambda item, known: _low(item.revision.value),
            required=True,
        ),
        _C(
            "value_high",
            _NUMBER,
            f"For a range, its upper bound. {_UNITS}",
            lambda item, known: _high(item.revision.value),
        ),
        _C("source", _STRING, "The id of the document that revises it.", "revision.source.id"),
        _C("note", _STRING, "What a reader should know about it.", "revision.note"),
    ),
    foreign_keys=(("target", "targets"), ("source", "sources")),
)
_OBSERVATIONS = _Table(
    "observations",
    "Reported values (realisasi): a flow during the period, or a level at its end.",
    lambda case: case.observations,
    (
        _C("indicator", _STRING, "The id of the indicator measured.", _observed, required=True),
        _C("unit", _STRING, "The indicator's unit.", _observation_unit),
        _C("period_start", _DATE, "The first day reported on.", "period.start", required=True),
        _C(
            "period_end", _DATE, "The last day reported on (included).", "period.end", required=True
        ),
        _C("value", _NUMBER, f"The value as reported. {_UNITS}", required=True),
        _C(
            "resolution",
            _NUMBER,
            "The step the figure is rounded to, if rounded (1000 for '56.000').",
        ),
        _C(
            "rounding",
            _STRING,
            "How it was cut to its resolution: nearest step, or down.",
            choices=_ROUNDINGS,
        ),
        _C("source", _STRING, "The id of its source.", "source.id"),
        _C("note", _STRING, "What a reader should know about it."),
    ),
    foreign_keys=(("indicator", "indicators"), ("source", "sources")),
)
_CLAIMS = _Table(
    "claims",
    "Dated statements about progress toward a target.",
    lambda case: case.claims,
    (
        _C(
            "kind",
            _STRING,
            "What the claim states.",
            choices=tuple(kind.value for kind in ClaimKind),
        ),
        _C("value", _NUMBER, "The figure stated (none for 'met')."),
        _C("unit", _STRING, "The figure's unit: the target's, or % for 'percent'.", _claim_unit),
        _C("as_of", _DATE, "The day the figure is about.", required=True),
        _C("stated_on", _DATE, "The day it was stated."),
        _C("resolution", _NUMBER, "The step the figure is rounded to, if rounded."),
        _C("rounding", _STRING, "nearest or down.", choices=_ROUNDINGS),
        _C("target", _STRING, "The id of the target it is about.", _claim_target),
        _C(
            "indicator",
            _STRING,
            "The id of the indicator the speaker says is measured, if it differs.",
            "indicator.id",
        ),
        _C("speaker", _STRING, "Who stated it (name, post, organization).", "speaker.label"),
        _C("source", _STRING, "The id of its source.", "source.id"),
        _C(
            "period_start",
            _DATE,
            "For period_value claims, the period's first day.",
            "period.start",
        ),
        _C("period_end", _DATE, "For period_value claims, the period's last day.", "period.end"),
        _C("quote", _STRING, "The words, in the original language."),
        _C("dateline", _STRING, "The date as printed with the statement."),
        _C(
            "bound",
            _STRING,
            "When the figure is a bound, not the value ('di atas 6.000': more_than).",
            choices=("more_than", "at_least", "at_most", "less_than"),
            optional=True,
        ),
        _C(
            "per",
            _STRING,
            "For rate claims, what the rate is per; the period is the one it averages over.",
            choices=tuple(unit.value for unit in RateUnit),
            optional=True,
        ),
    ),
    foreign_keys=(("target", "targets"), ("indicator", "indicators"), ("source", "sources")),
)
#: The package's tables, in the order the descriptor lists them.
_TABLES = (_SOURCES, _INDICATORS, _TARGETS, _SCHEDULES, _REVISIONS, _OBSERVATIONS, _CLAIMS)


def to_datapackage(case: Case, directory: str | os.PathLike[str]) -> Path:
    """Write a case as a Frictionless Tabular Data Package.

    Writes ``datapackage.json`` and seven CSV tables (UTF-8, comma-separated, empty
    cells for missing values) into ``directory``, which is created if need be:
    ``sources``, ``indicators`` and ``targets`` (primary key ``id``), the targets'
    ``schedules`` and ``revisions``, ``observations`` and ``claims``, with foreign keys
    from each reference to the table it names. Amounts are plain decimals (Table Schema ``number``), dates ISO
    (``date``), periods two dates (``period_start``, ``period_end``, both included).
    The plan, the pledges and who made them are in the case file, not the package.

    Args:
        case: The case.
        directory: Where to write.

    Returns:
        The path of ``datapackage.json``.

    >>> import json, tempfile
    >>> from pledgekit.io import load
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = to_datapackage(load("examples/bekasi/case.toml"), folder)
    ...     descriptor = json.loads(path.read_text(encoding="utf-8"))
    ...     rows = (path.parent / "observations.csv").read_text(encoding="utf-8").splitlines()
    >>> [r["name"] for r in descriptor["resources"]]
    ['sources', 'indicators', 'targets', 'schedules', 'revisions', 'observations', 'claims']
    >>> rows[1]
    'absorbed,orang,2019-01-01,2019-12-31,27197,,nearest,rilisinfo-2022-07-22,"di tahun 2019 ..."'
    """
    if not isinstance(case, Case):
        raise InvalidValueError(case, "a pledgekit.Case", "to_datapackage(case)")
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    known = _Known.of(case)
    units = _units(case)
    resources = []
    for table in _TABLES:
        resource = table.resource(units)
        header = [column.name for column in table.columns]
        _write_csv(folder / resource["path"], header, table.rows(case, known))
        resources.append(resource)
    descriptor: dict[str, Any] = {
        "profile": "tabular-data-package",
        "name": slug(case.title),
        "title": case.title,
    }
    if case.description:
        descriptor["description"] = case.description
    descriptor["resources"] = resources
    descriptor_path = folder / "datapackage.json"
    descriptor_path.write_text(
        json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return descriptor_path


def _write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)
