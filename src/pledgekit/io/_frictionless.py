"""A case as a Frictionless Data Package: a ``datapackage.json`` descriptor and CSV tables.

See https://specs.frictionlessdata.io: the package is a Tabular Data Package, each
table a Tabular Data Resource with a Table Schema (field types, constraints, primary
and foreign keys, missing values). The tables are data (``_package.py``): here those
of the figures, in ``_package_tables.py`` those of the pledges, the plan and who made
them.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs

from pledgekit._amounts import exact_text
from pledgekit._case import Case
from pledgekit._indicator import Observation, Target
from pledgekit._pledge import Claim, ClaimKind, RateUnit
from pledgekit._schedule import Comparison, Revision, ScheduleEntry
from pledgekit._source import Source
from pledgekit._validate import slug
from pledgekit.exceptions import InvalidValueError
from pledgekit.io._package import DATE, NUMBER, STRING, UNITS, Column, Known, Table
from pledgekit.io._package_tables import (
    PEOPLE_TABLES,
    PLAN_TABLES,
    PLEDGE_TABLES,
    membership_id,
)

__all__ = ["LICENSE_TO_FILL_IN", "to_datapackage"]

#: The ``licenses`` entry of a package exported with no license: the publisher must
#: replace it with the license the data is published under.
LICENSE_TO_FILL_IN: Mapping[str, str] = {
    "name": "license-to-be-filled-in",
    "title": "No license given: the publisher must name the license of this data here "
    "before publishing it (to_datapackage(license=...))",
}


def _observed(observation: Observation, known: Known) -> str:
    """The id of the indicator an observation measures: its own, or the case's only one."""
    indicator = observation.indicator or known.only_indicator
    return "" if indicator is None else indicator.id


def _observation_unit(observation: Observation, known: Known) -> str:
    indicator = observation.indicator or known.only_indicator
    return "" if indicator is None else known.unit_of.get(indicator.id, "")


def _claimed(claim: Claim, known: Known) -> Target | None:
    """The target a claim is about: its own, or the case's only one."""
    return claim.target or known.only_target


def _claim_target(claim: Claim, known: Known) -> str:
    target = _claimed(claim, known)
    return "" if target is None else target.id


def _claim_unit(claim: Claim, known: Known) -> str:
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


def _sources(case: Case) -> list[Source]:
    """The case's sources, then those only a revision, a milestone or a verdict names."""
    found = {source.id: source for source in case.sources}
    named = [r.source for t in case.targets for r in t.revisions]
    named += [m.source for p in case.pledges for m in p.milestones]
    named += [v.source for p in case.pledges for v in p.verdicts.records]
    for source in named:
        if source is None:
            continue
        other = found.setdefault(source.id, source)
        if other != source:
            raise InvalidValueError(
                source.id,
                "one source per id in the package (two different sources have the id: "
                f"{other.outlet!r}, {other.title!r} and {source.outlet!r}, {source.title!r})",
                "to_datapackage(case): sources",
            )
    return list(found.values())


_C = Column
_ROUNDINGS = ("nearest", "down")
_SOURCES = Table(
    "sources",
    "Where the figures and statements were published (the case's sources, then those "
    "written in place on a revision, a milestone or a verdict).",
    _sources,
    (
        _C("id", STRING, "The source's id.", required=True, unique=True),
        _C("outlet", STRING, "Who published it.", required=True),
        _C("title", STRING, "Its title.", required=True),
        _C("url", STRING, "Where it can be read.", format="uri"),
        _C("published", DATE, "The day it was published."),
        _C("quote", STRING, "The passage relied on, in its original language."),
    ),
    primary_key=("id",),
)
_INDICATORS = Table(
    "indicators",
    "What is measured (indikator kinerja), in which unit, and which way is good.",
    lambda case: case.indicators,
    (
        _C("id", STRING, "The indicator's id.", required=True, unique=True),
        _C("name", STRING, "Its name, in the words of the plan or pledge.", required=True),
        _C("unit", STRING, "The unit of its values (satuan).", required=True),
        _C("direction", STRING, "Which way is good.", choices=("increase", "decrease")),
        _C(
            "accumulation",
            STRING,
            "sum: period values add up; last: the latest value counts.",
            choices=("sum", "last"),
        ),
        _C("definition", STRING, "How it is measured."),
        _C("code", STRING, "An official code."),
    ),
    primary_key=("id",),
)
_TARGETS = Table(
    "targets",
    "Values to reach by the end of a period, from a baseline.",
    lambda case: case.targets,
    (
        _C("id", STRING, "The target's id.", required=True, unique=True),
        _C("indicator", STRING, "The id of its indicator.", "indicator.id", required=True),
        _C("unit", STRING, "The indicator's unit."),
        _C("baseline", NUMBER, f"The value at the start. {UNITS}", required=True),
        _C(
            "value",
            NUMBER,
            f"The value to reach (of a range, its lower bound). {UNITS}",
            lambda target, known: _low(target.value),
            required=True,
        ),
        _C("period_start", DATE, "The first day of the period.", "period.start", required=True),
        _C(
            "period_end",
            DATE,
            "The last day of the period (included).",
            "period.end",
            required=True,
        ),
        _C(
            "comparison",
            STRING,
            "How a level meets the value; within: a range from value to value_high.",
            choices=tuple(c.value for c in Comparison),
        ),
        _C(
            "value_high",
            NUMBER,
            f"For a range (comparison within), its upper bound. {UNITS}",
            lambda target, known: _high(target.value),
        ),
    ),
    primary_key=("id",),
    foreign_keys=(("indicator", "indicators"),),
)
_SCHEDULES = Table(
    "schedules",
    "Interim targets: for a summed indicator the amount due in the period, for a level "
    "the level due at its end; a revision's schedule replaces the one before it.",
    _entries,
    (
        _C("target", STRING, "The id of the target.", "target.id", required=True),
        _C(
            "revised_on",
            DATE,
            "The day of the revision that sets it; empty: the target's first schedule.",
            "revision.on",
        ),
        _C(
            "period_start",
            DATE,
            "The first day of the period.",
            "entry.period.start",
            required=True,
        ),
        _C(
            "period_end",
            DATE,
            "The last day of the period (included).",
            "entry.period.end",
            required=True,
        ),
        _C("value", NUMBER, f"The value due. {UNITS}", "entry.value", required=True),
    ),
    foreign_keys=(("target", "targets"),),
)
_REVISIONS = Table(
    "revisions",
    "A target's value as revised from a day by a document (an RPJMD perubahan, a decree).",
    _revisions,
    (
        _C("target", STRING, "The id of the target.", "target.id", required=True),
        _C("on", DATE, "The day the revision takes effect.", "revision.on", required=True),
        _C(
            "value",
            NUMBER,
            f"The revised value (of a range, its lower bound). {UNITS}",
            lambda item, known: _low(item.revision.value),
            required=True,
        ),
        _C(
            "value_high",
            NUMBER,
            f"For a range, its upper bound. {UNITS}",
            lambda item, known: _high(item.revision.value),
        ),
        _C("source", STRING, "The id of the document that revises it.", "revision.source.id"),
        _C("note", STRING, "What a reader should know about it.", "revision.note"),
    ),
    foreign_keys=(("target", "targets"), ("source", "sources")),
)
_OBSERVATIONS = Table(
    "observations",
    "Reported values (realisasi): a flow during the period, or a level at its end.",
    lambda case: case.observations,
    (
        _C("indicator", STRING, "The id of the indicator measured.", _observed, required=True),
        _C("unit", STRING, "The indicator's unit.", _observation_unit),
        _C("period_start", DATE, "The first day reported on.", "period.start", required=True),
        _C("period_end", DATE, "The last day reported on (included).", "period.end", required=True),
        _C("value", NUMBER, f"The value as reported. {UNITS}", required=True),
        _C(
            "resolution",
            NUMBER,
            "The step the figure is rounded to, if rounded (1000 for '56.000').",
        ),
        _C(
            "rounding",
            STRING,
            "How it was cut to its resolution: nearest step, or down.",
            choices=_ROUNDINGS,
        ),
        _C("source", STRING, "The id of its source.", "source.id"),
        _C("note", STRING, "What a reader should know about it."),
    ),
    foreign_keys=(("indicator", "indicators"), ("source", "sources")),
)
_CLAIMS = Table(
    "claims",
    "Dated statements about progress toward a target.",
    lambda case: case.claims,
    (
        _C(
            "kind",
            STRING,
            "What the claim states.",
            choices=tuple(kind.value for kind in ClaimKind),
        ),
        _C("value", NUMBER, "The figure stated (none for 'met')."),
        _C("unit", STRING, "The figure's unit: the target's, or % for 'percent'.", _claim_unit),
        _C("as_of", DATE, "The day the figure is about.", required=True),
        _C("stated_on", DATE, "The day it was stated."),
        _C("resolution", NUMBER, "The step the figure is rounded to, if rounded."),
        _C("rounding", STRING, "nearest or down.", choices=_ROUNDINGS),
        _C("target", STRING, "The id of the target it is about.", _claim_target),
        _C(
            "indicator",
            STRING,
            "The id of the indicator the speaker says is measured, if it differs.",
            "indicator.id",
        ),
        _C(
            "speaker",
            STRING,
            "The id of the membership (person, post, organization) that stated it.",
            lambda claim, known: membership_id(claim.speaker, known),
        ),
        _C("source", STRING, "The id of its source.", "source.id"),
        _C(
            "period_start",
            DATE,
            "For period_value claims, the period's first day.",
            "period.start",
        ),
        _C("period_end", DATE, "For period_value claims, the period's last day.", "period.end"),
        _C("quote", STRING, "The words, in the original language."),
        _C("dateline", STRING, "The date as printed with the statement."),
        _C(
            "bound",
            STRING,
            "When the figure is a bound, not the value ('di atas 6.000': more_than).",
            choices=("more_than", "at_least", "at_most", "less_than"),
            optional=True,
        ),
        _C(
            "per",
            STRING,
            "For rate claims, what the rate is per; the period is the one it averages over.",
            choices=tuple(unit.value for unit in RateUnit),
            optional=True,
        ),
    ),
    foreign_keys=(
        ("target", "targets"),
        ("indicator", "indicators"),
        ("source", "sources"),
        ("speaker", "memberships"),
    ),
)
#: The package's tables, in the order the descriptor lists them.
_TABLES = (
    _SOURCES,
    _INDICATORS,
    _TARGETS,
    _SCHEDULES,
    _REVISIONS,
    _OBSERVATIONS,
    _CLAIMS,
    *PLEDGE_TABLES,
    *PLAN_TABLES,
    *PEOPLE_TABLES,
)
_LICENSE_KEYS = ("name", "path", "title")


def _license(value: object) -> dict[str, str]:
    """A Data Package ``licenses`` entry: ``name`` and/or ``path``, and a ``title``."""
    where = "to_datapackage(license)"
    expected = (
        "a license: a mapping with a 'name' (an Open Definition id such as 'CC-BY-4.0') "
        "and/or a 'path' (its URL), and optionally a 'title'"
    )
    if not isinstance(value, Mapping):
        raise InvalidValueError(value, expected, where)
    entry: dict[str, str] = {}
    for key, text in value.items():
        if key not in _LICENSE_KEYS:
            raise InvalidValueError(key, f"one of the keys {', '.join(_LICENSE_KEYS)}", where)
        if not isinstance(text, str) or not text.strip():
            raise InvalidValueError(text, "a non-empty string", f"{where}[{key!r}]")
        entry[key] = text
    if "name" not in entry and "path" not in entry:
        raise InvalidValueError(dict(value), expected, where)
    return entry


def to_datapackage(
    case: Case,
    directory: str | os.PathLike[str],
    *,
    license: Mapping[str, str] | None = None,
) -> Path:
    """Write a case as a Frictionless Tabular Data Package.

    Writes ``datapackage.json`` and one CSV table per resource (UTF-8, comma-separated,
    empty cells for missing values) into ``directory``, which is created if need be:

    - the figures: ``sources``, ``indicators`` and ``targets`` (primary key ``id``),
      the targets' ``schedules`` and ``revisions``, ``observations`` and ``claims``
      (a claim's ``speaker`` is the id of a membership);
    - the pledges: ``pledges`` (``id``; ``made_by`` a membership, ``topics`` a JSON
      array), ``pledge_targets``, ``pledge_programs``, ``milestones`` and
      ``verdicts``;
    - the plan: ``plan`` (one row, or none), ``missions``, ``goals`` (numbered by
      position), ``objectives`` (``goal-G.N`` or ``mission-M.N``), ``programs``,
      ``program_missions`` and ``plan_targets`` (each place that lists a target);
    - who made the pledges and who spoke, with Popolo's column names: ``persons``,
      ``organizations``, ``memberships`` (``person_id``, ``organization_id``,
      ``label``: the post) and ``identifiers`` (Wikidata QIDs...). Each is written
      under its own id, or one made from its name that no other record has.

    Every reference is a foreign key to the table it names, every table with a
    natural key has it as its primary key. Amounts are plain decimals (Table Schema
    ``number``), dates ISO (``date``), periods two dates (``period_start``,
    ``period_end``, both included).

    Args:
        case: The case.
        directory: Where to write.
        license: The license the data is published under, as the package's
            ``licenses`` entry: a ``name`` (an Open Definition id such as
            ``"CC-BY-4.0"``) and/or a ``path`` (its URL), and a ``title``. Without
            one the entry is `LICENSE_TO_FILL_IN`, which the publisher must
            replace: pledgekit cannot know under which license the data may be shared.

    Returns:
        The path of ``datapackage.json``.

    Raises:
        InvalidValueError: ``case`` is not a Case, ``license`` is not a license, or
            two different sources have one id.

    >>> import json, tempfile
    >>> from pledgekit.io import load, to_datapackage
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = to_datapackage(load("examples/bekasi/case.toml"), folder,
    ...                           license={"name": "CC-BY-4.0", "title": "CC BY 4.0"})
    ...     descriptor = json.loads(path.read_text(encoding="utf-8"))
    ...     rows = (path.parent / "observations.csv").read_text(encoding="utf-8").splitlines()
    ...     people = (path.parent / "memberships.csv").read_text(encoding="utf-8").splitlines()
    >>> [r["name"] for r in descriptor["resources"]][:8]
    ['sources', 'indicators', 'targets', 'schedules', 'revisions', 'observations', 'claims', 'pledges']
    >>> descriptor["licenses"]
    [{'name': 'CC-BY-4.0', 'title': 'CC BY 4.0'}]
    >>> rows[1]
    'absorbed,orang,2019-01-01,2019-12-31,27197,,nearest,rilisinfo-2022-07-22,"di tahun 2019 ..."'
    >>> people[1]
    'mayor,,,Wali Kota Bekasi,kepala daerah,2018-09-20,2023-09-19'
    """
    if not isinstance(case, Case):
        raise InvalidValueError(case, "a pledgekit.Case", "to_datapackage(case)")
    licenses = [dict(LICENSE_TO_FILL_IN) if license is None else _license(license)]
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    known = Known.of(case)
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
    descriptor["licenses"] = licenses
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
