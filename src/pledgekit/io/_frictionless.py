"""A case as a Frictionless Data Package: a ``datapackage.json`` descriptor and CSV tables.

See https://specs.frictionlessdata.io: the package is a Tabular Data Package, each
table a Tabular Data Resource with a Table Schema (field types, constraints, primary
and foreign keys, missing values).
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from pledgekit._case import Case
from pledgekit._period import Period
from pledgekit._pledge import ClaimKind
from pledgekit._validate import slug
from pledgekit.exceptions import InvalidValueError

__all__ = ["to_datapackage"]

_STRING = "string"
_NUMBER = "number"
_DATE = "date"


def _field(name: str, kind: str, description: str, **extra: Any) -> dict[str, Any]:
    field: dict[str, Any] = {"name": name, "type": kind, "description": description}
    field.update(extra)
    return field


def _required(unique: bool = False) -> dict[str, Any]:
    constraints: dict[str, Any] = {"required": True}
    if unique:
        constraints["unique"] = True
    return {"constraints": constraints}


def _enum(values: Iterable[str], required: bool = True) -> dict[str, Any]:
    constraints: dict[str, Any] = {"enum": list(values)}
    if required:
        constraints["required"] = True
    return {"constraints": constraints}


def _number(value: Decimal | None) -> str:
    # Table Schema numbers are plain decimals; the exponent of "1E+3" is not kept.
    return "" if value is None else format(value, "f")


def _start(period: Period | None) -> str:
    return "" if period is None else period.start.isoformat()


def _end(period: Period | None) -> str:
    return "" if period is None else period.end.isoformat()


def _units(case: Case) -> str:
    units = "; ".join(f"{i.id}: {i.unit}" for i in case.indicators)
    return f"In the unit of the row's indicator (column unit; {units or 'no indicators'})."


def to_datapackage(case: Case, directory: str | os.PathLike[str]) -> Path:
    """Write a case as a Frictionless Tabular Data Package.

    Writes ``datapackage.json`` and five CSV tables (UTF-8, comma-separated, empty
    cells for missing values) into ``directory``, which is created if need be:
    ``sources``, ``indicators`` and ``targets`` (primary key ``id``),
    ``observations`` and ``claims``, with foreign keys from each reference to the
    table it names. Amounts are plain decimals (Table Schema ``number``), dates ISO
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
    ['sources', 'indicators', 'targets', 'observations', 'claims']
    >>> rows[1]
    'absorbed,orang,2019-01-01,2019-12-31,27197,,nearest,rilisinfo-2022-07-22,"di tahun 2019 ..."'
    """
    if not isinstance(case, Case):
        raise InvalidValueError(case, "a pledgekit.Case", "to_datapackage(case)")
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    unit_of = {i.id: i.unit for i in case.indicators}
    only = case.indicators[0] if len(case.indicators) == 1 else None
    units = _units(case)
    tables: list[tuple[str, str, list[dict[str, Any]], list[list[str]], dict[str, Any]]] = []

    tables.append(
        (
            "sources",
            "Where the figures and statements were published.",
            [
                _field("id", _STRING, "The source's id.", **_required(unique=True)),
                _field("outlet", _STRING, "Who published it.", **_required()),
                _field("title", _STRING, "Its title.", **_required()),
                _field("url", _STRING, "Where it can be read.", format="uri"),
                _field("published", _DATE, "The day it was published."),
                _field("quote", _STRING, "The passage relied on, in its original language."),
            ],
            [
                [
                    s.id,
                    s.outlet,
                    s.title,
                    s.url or "",
                    s.published.isoformat() if s.published else "",
                    s.quote or "",
                ]
                for s in case.sources
            ],
            {"primaryKey": ["id"]},
        )
    )
    tables.append(
        (
            "indicators",
            "What is measured (indikator kinerja), in which unit, and which way is good.",
            [
                _field("id", _STRING, "The indicator's id.", **_required(unique=True)),
                _field(
                    "name", _STRING, "Its name, in the words of the plan or pledge.", **_required()
                ),
                _field("unit", _STRING, "The unit of its values (satuan).", **_required()),
                _field(
                    "direction", _STRING, "Which way is good.", **_enum(["increase", "decrease"])
                ),
                _field(
                    "accumulation",
                    _STRING,
                    "sum: period values add up; last: the latest value counts.",
                    **_enum(["sum", "last"]),
                ),
                _field("definition", _STRING, "How it is measured."),
                _field("code", _STRING, "An official code."),
            ],
            [
                [
                    i.id,
                    i.name,
                    i.unit,
                    i.direction.value,
                    i.accumulation.value,
                    i.definition,
                    i.code or "",
                ]
                for i in case.indicators
            ],
            {"primaryKey": ["id"]},
        )
    )
    tables.append(
        (
            "targets",
            "Values to reach by the end of a period, from a baseline.",
            [
                _field("id", _STRING, "The target's id.", **_required(unique=True)),
                _field("indicator", _STRING, "The id of its indicator.", **_required()),
                _field("unit", _STRING, "The indicator's unit."),
                _field("baseline", _NUMBER, f"The value at the start. {units}", **_required()),
                _field("value", _NUMBER, f"The value to reach. {units}", **_required()),
                _field("period_start", _DATE, "The first day of the period.", **_required()),
                _field(
                    "period_end", _DATE, "The last day of the period (included).", **_required()
                ),
            ],
            [
                [
                    t.id,
                    t.indicator.id,
                    t.unit,
                    _number(t.baseline),
                    _number(t.value),
                    _start(t.period),
                    _end(t.period),
                ]
                for t in case.targets
            ],
            {
                "primaryKey": ["id"],
                "foreignKeys": [_foreign("indicator", "indicators")],
            },
        )
    )
    observation_rows = []
    for o in case.observations:
        indicator = o.indicator or only
        observation_rows.append(
            [
                indicator.id if indicator else "",
                unit_of.get(indicator.id, "") if indicator else "",
                _start(o.period),
                _end(o.period),
                _number(o.value),
                _number(o.resolution),
                o.rounding.value,
                o.source.id if o.source else "",
                o.note or "",
            ]
        )
    tables.append(
        (
            "observations",
            "Reported values (realisasi): a flow during the period, or a level at its end.",
            [
                _field("indicator", _STRING, "The id of the indicator measured.", **_required()),
                _field("unit", _STRING, "The indicator's unit."),
                _field("period_start", _DATE, "The first day reported on.", **_required()),
                _field("period_end", _DATE, "The last day reported on (included).", **_required()),
                _field("value", _NUMBER, f"The value as reported. {units}", **_required()),
                _field(
                    "resolution",
                    _NUMBER,
                    "The step the figure is rounded to, if rounded (1000 for '56.000').",
                ),
                _field(
                    "rounding",
                    _STRING,
                    "How it was cut to its resolution: nearest step, or down.",
                    **_enum(["nearest", "down"]),
                ),
                _field("source", _STRING, "The id of its source."),
                _field("note", _STRING, "What a reader should know about it."),
            ],
            observation_rows,
            {
                "foreignKeys": [
                    _foreign("indicator", "indicators"),
                    _foreign("source", "sources"),
                ]
            },
        )
    )
    claim_rows = []
    only_target = case.targets[0] if len(case.targets) == 1 else None
    for c in case.claims:
        target = c.target or only_target
        claim_rows.append(
            [
                c.kind.value,
                _number(c.value),
                "%" if c.kind is ClaimKind.PERCENT else (target.unit if target else ""),
                c.as_of.isoformat(),
                c.stated_on.isoformat() if c.stated_on else "",
                _number(c.resolution),
                c.rounding.value,
                target.id if target else "",
                c.indicator.id if c.indicator else "",
                c.speaker.label if c.speaker else "",
                c.source.id if c.source else "",
                _start(c.period),
                _end(c.period),
                c.quote or "",
                c.dateline or "",
            ]
        )
    tables.append(
        (
            "claims",
            "Dated statements about progress toward a target.",
            [
                _field(
                    "kind",
                    _STRING,
                    "What the claim states.",
                    **_enum(["achieved", "remaining", "percent", "met", "period_value"]),
                ),
                _field("value", _NUMBER, "The figure stated (none for 'met')."),
                _field("unit", _STRING, "The figure's unit: the target's, or % for 'percent'."),
                _field("as_of", _DATE, "The day the figure is about.", **_required()),
                _field("stated_on", _DATE, "The day it was stated."),
                _field("resolution", _NUMBER, "The step the figure is rounded to, if rounded."),
                _field("rounding", _STRING, "nearest or down.", **_enum(["nearest", "down"])),
                _field("target", _STRING, "The id of the target it is about."),
                _field(
                    "indicator",
                    _STRING,
                    "The id of the indicator the speaker says is measured, if it differs.",
                ),
                _field("speaker", _STRING, "Who stated it (name, post, organization)."),
                _field("source", _STRING, "The id of its source."),
                _field("period_start", _DATE, "For period_value claims, the period's first day."),
                _field("period_end", _DATE, "For period_value claims, the period's last day."),
                _field("quote", _STRING, "The words, in the original language."),
                _field("dateline", _STRING, "The date as printed with the statement."),
            ],
            claim_rows,
            {
                "foreignKeys": [
                    _foreign("target", "targets"),
                    _foreign("indicator", "indicators"),
                    _foreign("source", "sources"),
                ]
            },
        )
    )
    resources = []
    for name, description, fields, rows, keys in tables:
        path = f"{name}.csv"
        _write_csv(folder / path, [f["name"] for f in fields], rows)
        resources.append(
            {
                "name": name,
                "path": path,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "description": description,
                "schema": {"fields": fields, "missingValues": [""], **keys},
            }
        )
    descriptor: dict[str, Any] = {
        "profile": "tabular-data-package",
        "name": slug(case.title)[:100],
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


def _foreign(field: str, resource: str) -> dict[str, Any]:
    return {"fields": [field], "reference": {"resource": resource, "fields": ["id"]}}


def _write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)
