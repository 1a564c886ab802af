"""The fields of every class in the case file: one table each, read and written both ways.

Each `Spec` below is the whole of what the case file says
about one class; ``docs/files.md`` describes the same keys and ``schema.json`` checks
them (a test keeps the three and the classes' attributes in step).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from pledgekit._amounts import Rounding
from pledgekit._case import Case
from pledgekit._indicator import (
    Accumulation,
    Direction,
    Indicator,
    Observation,
    Straddling,
    Target,
)
from pledgekit._plan import Goal, Mission, Objective, Plan, Program
from pledgekit._pledge import (
    GIVEN_STATUSES,
    Claim,
    ClaimKind,
    Identifier,
    Membership,
    Milestone,
    Organization,
    Person,
    Pledge,
    RateUnit,
)
from pledgekit._schedule import Comparison, Revision
from pledgekit._source import Source
from pledgekit._validate import slug
from pledgekit._verdict import PledgeStatus
from pledgekit.exceptions import DataFileError, InvalidValueError
from pledgekit.io._fields import Field, Kind, Reading, Spec, Writing
from pledgekit.io._figure_tables import FigureTables, TablesNamed
from pledgekit.io._kinds import (
    DATE,
    FILE_ID,
    PERIOD,
    TEXT,
    Amount,
    Choice,
    Const,
    History,
    Integer,
    Listed,
    Lookup,
    Measured,
    Numbers,
    Programs,
    Ref,
    Refs,
    Table,
    Tables,
    Texts,
)
from pledgekit.io._plans import (
    VERSION_2_KEYS,
    Flag,
    OptionalChoice,
    Per,
    Revisions,
    Schedule,
    TargetComparison,
    TargetValue,
    default_comparison,
    revision_unit,
)
from pledgekit.io._units import PERCENT, Unit
from pledgekit.io._values import LOCALES, Reader, check_shape, join
from pledgekit.verdicts import SCALES, Verdict, VerdictRecord, get_scale

__all__ = [
    "CASE",
    "FORMAT_VERSION",
    "POPOLO_MEMBERSHIP",
    "SPECS",
    "DerivedIds",
    "case_writing",
    "decode_case",
    "memberships_of",
    "people",
    "to_data",
]

FORMAT_VERSION = 2
r"""The version of the case-file format this pledgekit writes (it reads this one and 1).

Every file it writes says so in ``pledgekit_case``; a file of a later version is
refused, with the advice to upgrade:

>>> from pledgekit import Case
>>> from pledgekit.io import FORMAT_VERSION, dumps, loads
>>> FORMAT_VERSION
2
>>> '"pledgekit_case": 2' in dumps(Case("Jobs"))
True
>>> loads(f'pledgekit_case = {FORMAT_VERSION + 1}\ntitle = "Jobs"\n')
Traceback (most recent call last):
...
pledgekit.exceptions.DataFileError: <string>: line 1, pledgekit_case: found the
integer 3; expected 1 or 2 (the file is for a newer pledgekit; upgrade pledgekit)
"""
#: Every version this pledgekit reads.
VERSIONS = (1, 2)
VERSION_KEY = "pledgekit_case"


def _unit(item: object) -> Unit | None:
    """The unit a figure about an indicator (or a target's indicator) must be in."""
    if isinstance(item, Target):
        item = item.indicator
    if not isinstance(item, Indicator):
        return None
    return Unit(item.unit, f"the indicator {item.id!r}")


def _target_unit(ctx: Reading, got: Mapping[str, Any]) -> Unit | None:
    return _unit(got.get("indicator"))


def _observation_unit(ctx: Reading, got: Mapping[str, Any]) -> Unit | None:
    # An observation may leave out its indicator when the case has only one.
    return _unit(got.get("indicator") or ctx.registry("indicators").only())


def _claim_unit(ctx: Reading, got: Mapping[str, Any]) -> Unit | None:
    if got.get("kind") is ClaimKind.PERCENT:
        return PERCENT
    # A claim may leave out its target when the case has only one.
    return _unit(got.get("indicator") or got.get("target") or ctx.registry("targets").only())


def _rounding_written(item: Observation | Claim) -> bool:
    return item.resolution is not None or item.rounding is not Rounding.NEAREST


def _note_programs(ctx: Reading, table: Mapping[str, Any]) -> None:
    """Note the plan's program numbers, which the pledges' ``programs`` must name."""
    listed = table.get("programs")
    ctx.program_numbers = {
        item["number"]
        for item in (listed if isinstance(listed, list) else [])
        if isinstance(item, dict) and isinstance(item.get("number"), int)
    }


_LATE = 1  # read after the other fields (an id, or fields that refer to earlier ones)

IDENTIFIER = Spec(
    Identifier,
    "an identifier",
    (Field("scheme", TEXT, required=True, order=_LATE), Field("identifier", TEXT, required=True)),
)


def _named(cls: type, what: str, registry: str, *fields: Field) -> Spec:
    """Who is named in a case (a person, an organization): its own id, and its name."""
    return Spec(
        cls,
        what,
        (Field("id", TEXT), Field("name", TEXT, required=True), *fields),
        registry=registry,
    )


PERSON = _named(
    Person,
    "a person",
    "persons",
    Field("honorific_prefix", TEXT),
    Field("honorific_suffix", TEXT),
    Field("identifiers", Tables(IDENTIFIER)),
)
ORGANIZATION = _named(
    Organization,
    "an organization",
    "organizations",
    Field("classification", TEXT),
    Field("identifiers", Tables(IDENTIFIER)),
)
# A person or an organization without an id of its own is written in place.
MEMBERSHIP = Spec(
    Membership,
    "a membership",
    (
        Field("id", TEXT),
        Field("person", Ref(PERSON, inline=True)),
        Field("organization", Ref(ORGANIZATION, inline=True)),
        Field("post", TEXT),
        Field("role", TEXT),
        Field("start_date", DATE),
        Field("end_date", DATE),
    ),
    registry="memberships",
)
#: A membership in Popolo data: persons, organizations and posts by ``*_id``.
POPOLO_MEMBERSHIP = Spec(
    Membership,
    "a membership (an object)",
    (
        Field("id", TEXT),
        Field("person_id", Lookup("persons"), attr="person"),
        Field("organization_id", Lookup("organizations"), attr="organization"),
        Field("post_id", Lookup("posts"), attr="post"),
        Field("role", TEXT),
        Field("start_date", DATE),
        Field("end_date", DATE),
    ),
)
SOURCE = Spec(
    Source,
    "a source",
    (
        Field("id", TEXT, order=_LATE),
        Field("outlet", TEXT, required=True),
        Field("title", TEXT, required=True),
        Field("url", TEXT),
        Field("published", DATE),
        Field("quote", TEXT),
    ),
    registry="sources",
)
INDICATOR = Spec(
    Indicator,
    "an indicator",
    (
        Field("id", TEXT, order=_LATE),
        Field("name", TEXT, required=True),
        Field("unit", TEXT, required=True),
        Field("direction", Choice(Direction, Direction.INCREASE), required=True),
        Field("accumulation", Choice(Accumulation, Accumulation.SUM), required=True),
        Field("definition", TEXT, keep=lambda indicator: bool(indicator.definition)),
        Field("code", TEXT),
        Field("accumulation_assumed", Flag()),
    ),
    registry="indicators",
)


def _pledge_unit(ctx: Reading, got: Mapping[str, Any]) -> Unit | None:
    # The figure a pledge names is in its targets' unit, when they share one.
    targets = got.get("targets") or []
    units = {target.unit for target in targets if isinstance(target, Target)}
    return _unit(targets[0]) if len(units) == 1 else None


def _comparison_written(target: Target) -> bool:
    return target.comparison is not default_comparison(target.value, target.indicator.direction)


REVISION = Spec(
    Revision,
    "a revision",
    (
        Field("on", DATE, required=True),
        Field("value", TargetValue(revision_unit), required=True),
        Field("schedule", Schedule(revision_unit)),
        Field("source", Ref(SOURCE)),
        Field("note", TEXT),
    ),
)
# A target's budget is another target of the case, referred to by its id (listed
# before the targets it funds, so that it is read first).
_LISTED_TARGET = Spec(Target, "a target", (), registry="targets")


@attrs.frozen
class _Budget(Ref):
    """A target's budget: the id of a target listed before it."""

    def read(
        self, ctx: Reading, table: Mapping[str, Any], field: Field, path: str, got: Any
    ) -> Any:
        value = table.get(field.key)
        registry = ctx.registry("targets")
        listed = value in registry.objects or value in registry.declared
        if isinstance(value, str) and not listed and not registry.incomplete:
            ctx.r.add(
                join(path, field.key),
                f"refers to the target {value!r}, which is not listed before it in "
                "targets (list a budget target before the targets it funds)",
            )
            return None
        return super().read(ctx, table, field, path, got)


TARGET = Spec(
    Target,
    "a target",
    (
        Field("id", TEXT, order=_LATE),
        Field("indicator", Ref(INDICATOR), required=True),
        Field("value", TargetValue(_target_unit), required=True),
        Field("period", PERIOD, required=True),
        Field("baseline", Amount(_target_unit)),
        Field("comparison", TargetComparison(Comparison), keep=_comparison_written),
        Field("schedule", Schedule(_target_unit)),
        Field("revisions", Revisions(REVISION)),
        Field(
            "straddling",
            Choice(Straddling, Straddling.EXCLUDE),
            keep=lambda target: target.straddling is not Straddling.EXCLUDE,
        ),
        Field("initial", Amount(_target_unit)),
        Field("budget", _Budget(_LISTED_TARGET)),
    ),
    needs=("indicator",),
    registry="targets",
)
OBJECTIVE = Spec(
    Objective,
    "an objective",
    (Field("text", TEXT, required=True), Field("targets", Refs(TARGET))),
)
MISSION = Spec(
    Mission,
    "a mission",
    (
        Field("number", Integer(), required=True),
        Field("text", TEXT, required=True),
        Field("targets", Refs(TARGET)),
        Field("objectives", Tables(OBJECTIVE)),
    ),
)
GOAL = Spec(
    Goal,
    "a goal",
    (
        Field("text", TEXT, required=True),
        Field("mission", Integer("a mission number"), required=True),
        Field("targets", Refs(TARGET)),
        Field("objectives", Tables(OBJECTIVE)),
    ),
)
PROGRAM = Spec(
    Program,
    "a program",
    (
        Field("number", Integer(), required=True),
        Field("title", TEXT, required=True),
        Field("missions", Numbers("mission")),
        Field("code", TEXT),
        Field("agency", TEXT),
        Field("targets", Refs(TARGET)),
    ),
)
PLAN = Spec(
    Plan,
    "a plan",
    (
        Field("region", TEXT, required=True),
        Field("name", TEXT, order=_LATE),
        Field("period", PERIOD, required=True),
        Field("vision", TEXT),
        Field("program_count", Integer("a whole number from 1"), order=_LATE),
        Field("targets", Refs(TARGET), order=_LATE),
        Field("missions", Tables(MISSION), order=_LATE),
        Field("goals", Tables(GOAL), order=_LATE),
        Field("programs", Tables(PROGRAM), order=_LATE),
    ),
    after=_note_programs,
)
MILESTONE = Spec(
    Milestone,
    "a milestone",
    (
        Field("id", TEXT, order=_LATE),
        Field("description", TEXT, required=True),
        Field("due", DATE, required=True),
        Field("done_on", DATE),
        Field("source", Ref(SOURCE)),
        Field("note", TEXT),
    ),
)


class _ScaleKind(Kind):
    """A declared scale, by its key or its name (exactly); written as its key."""

    def read(
        self, ctx: Reading, table: Mapping[str, Any], field: Field, path: str, got: dict[str, Any]
    ) -> Any:
        value = table.get(field.key)
        if value is None:
            return None
        try:
            return get_scale(value)
        except InvalidValueError as error:
            ctx.r.found(join(path, field.key), value, error.expected)
            return None

    def write(self, ctx: Writing, value: Any) -> Any:
        if value is None:
            return None
        if value.key is None or value not in SCALES:
            known = ", ".join(repr(s.key) for s in SCALES)
            raise InvalidValueError(
                value.name, f"a scale a case file can name ({known})", "VerdictRecord.scale"
            )
        return value.key


VERDICT = Spec(
    VerdictRecord,
    "a verdict record",
    (
        Field("date", DATE, required=True),
        Field("verdict", Choice(Verdict, Verdict.NOT_RATED), required=True),
        # The tracker's own label, on the scale named by its key ("politifact").
        Field("label", TEXT),
        Field("scale", _ScaleKind()),
        Field("rated_by", TEXT),
        Field("rationale", TEXT, required=True),
        # A source the case does not list is written in place.
        Field("source", Ref(SOURCE, inline=True)),
    ),
)
PLEDGE = Spec(
    Pledge,
    "a pledge",
    (
        Field("id", TEXT, order=_LATE),
        Field("text", TEXT, required=True),
        Field("language", TEXT),
        Field("translation", TEXT),
        Field("made_by", Ref(MEMBERSHIP, inline=True)),
        Field("made_on", DATE),
        Field("source", Ref(SOURCE)),
        Field("targets", Refs(TARGET)),
        Field("promised", Amount(_pledge_unit)),
        Field("milestones", Tables(MILESTONE)),
        Field("programs", Programs),
        Field("verdicts", History(VERDICT)),
        Field("topics", Texts("a topic")),
        Field("status", OptionalChoice(PledgeStatus, GIVEN_STATUSES)),
    ),
    registry="pledges",
)
OBSERVATION = Spec(
    Observation,
    "an observation",
    (
        Field("indicator", Ref(INDICATOR)),
        Field("period", PERIOD, required=True),
        Field("value", Measured(_observation_unit), required=True),
        Field("resolution", Amount(_observation_unit, implied_from="value")),
        Field("rounding", Choice(Rounding, Rounding.NEAREST), keep=_rounding_written),
        Field("source", Ref(SOURCE)),
        Field("note", TEXT),
    ),
    needs=("value",),
)
_EARLY = -1  # read before the figure they give the unit of
_BOUNDS = (Comparison.MORE_THAN, Comparison.AT_LEAST, Comparison.AT_MOST, Comparison.LESS_THAN)
CLAIM = Spec(
    Claim,
    "a claim",
    (
        Field("kind", Choice(ClaimKind, ClaimKind.ACHIEVED), required=True, order=_EARLY),
        Field("value", Measured(_claim_unit)),
        Field("as_of", DATE, required=True),
        Field("stated_on", DATE),
        Field("resolution", Amount(_claim_unit, implied_from="value")),
        Field("rounding", Choice(Rounding, Rounding.NEAREST), keep=_rounding_written),
        Field("speaker", Ref(MEMBERSHIP, inline=True), order=_EARLY),
        Field("source", Ref(SOURCE), order=_EARLY),
        Field("indicator", Ref(INDICATOR), order=_EARLY),
        Field("target", Ref(TARGET), order=_EARLY),
        Field("period", PERIOD),
        Field("bound", OptionalChoice(Comparison, _BOUNDS)),
        Field("per", Per(RateUnit)),
        Field("quote", TEXT),
        Field("dateline", TEXT),
    ),
)
CASE = Spec(
    Case,
    "a case",
    (
        Field(VERSION_KEY, Const(FORMAT_VERSION), required=True, attr=""),
        Field("locale", FILE_ID, attr=""),
        Field("title", TEXT, required=True),
        Field("description", TEXT, keep=lambda case: bool(case.description)),
        Field("sources", Listed(SOURCE)),
        Field("indicators", Listed(INDICATOR)),
        Field("targets", Listed(TARGET)),
        Field("plan", Table(PLAN), order=_LATE),
        Field("persons", Listed(PERSON, id_required=True), attr=""),
        Field("organizations", Listed(ORGANIZATION, id_required=True), attr=""),
        Field("memberships", Listed(MEMBERSHIP, id_required=True), attr=""),
        Field("pledges", Listed(PLEDGE), order=_LATE),
        Field("observations", FigureTables(Tables(OBSERVATION)), order=_LATE),
        Field("observation_tables", TablesNamed(), order=_LATE, attr=""),
        Field("claims", Tables(CLAIM), order=_LATE),
    ),
)

#: The spec of each class the converter knows.
SPECS: dict[type, Spec] = {
    spec.cls: spec
    for spec in (
        CASE,
        SOURCE,
        INDICATOR,
        TARGET,
        REVISION,
        IDENTIFIER,
        PERSON,
        ORGANIZATION,
        MEMBERSHIP,
        PLAN,
        MISSION,
        GOAL,
        OBJECTIVE,
        PROGRAM,
        PLEDGE,
        MILESTONE,
        VERDICT,
        OBSERVATION,
        CLAIM,
    )
}


# Reading a case --------------------------------------------------------------------------


def decode_case(data: object, reader: Reader) -> Case:
    """The case of parsed case-file data; every problem raised at once."""
    if not check_shape(data, reader):
        raise reader.error()
    top = reader.table(data, "", allowed=CASE.keys, required=CASE.required, what=CASE.what)
    if top is None:
        raise reader.error()
    version = top.get(VERSION_KEY)
    if version is not None and (isinstance(version, bool) or version not in VERSIONS):
        newer = (
            isinstance(version, int) and not isinstance(version, bool) and version > VERSIONS[-1]
        )
        reader.found(
            VERSION_KEY,
            version,
            " or ".join(str(v) for v in VERSIONS)
            + (" (the file is for a newer pledgekit; upgrade pledgekit)" if newer else ""),
        )
        raise reader.error()
    if version == 1:
        _refuse_version_2_keys(top, reader)
    locale = top.get("locale", "C")
    if locale not in LOCALES:
        reader.found("locale", locale, "'C' (plain decimals, the default), 'id' or 'en'")
        raise reader.error()
    reader.locale = locale
    case = Reading(reader).fields(CASE, top, "")
    reader.raise_if_any()
    if not isinstance(case, Case):
        # Every failure records a problem; this is the guard should one ever not.
        raise DataFileError(
            reader.file, [("the top level", "could not be read as a case; expected a case file")]
        )
    return case


def _refuse_version_2_keys(top: Mapping[str, Any], reader: Reader) -> None:
    """Record each key (or value) of a version-1 file that only version 2 has."""
    needs = f"needs version 2 of the format: {VERSION_KEY} = 2 (the file says 1)"
    if "observation_tables" in top:
        reader.add("observation_tables", f"the key 'observation_tables' {needs}")
    for registry, keys in VERSION_2_KEYS.items():
        listed = top.get(registry)
        for index, item in enumerate(listed if isinstance(listed, list) else []):
            if not isinstance(item, dict):
                continue
            path = f"{registry}[{index}]"
            for key in keys:
                if key in item:
                    # A list of tables is found by its first table's header line.
                    first = "[0]" if isinstance(item[key], list) and item[key] else ""
                    reader.add(f"{path}.{key}{first}", f"the key {key!r} {needs}")
            if registry == "targets" and isinstance(item.get("value"), list):
                reader.add(f"{path}.value", f"a range [low, high] {needs}")
            if registry == "claims" and item.get("kind") == ClaimKind.RATE.value:
                reader.add(f"{path}.kind", f"the kind 'rate' {needs}")


# Writing a case --------------------------------------------------------------------------


def memberships_of(case: Case) -> list[Membership]:
    """Every membership a case mentions (who made pledges, who spoke), in order, once each."""
    found: list[Membership] = []
    for pledge in case.pledges:
        if pledge.made_by is not None:
            found.append(pledge.made_by)
    for claim in case.claims:
        if claim.speaker is not None:
            found.append(claim.speaker)
    return list(dict.fromkeys(found))


def _membership_words(membership: Membership) -> str:
    """The words a membership's derived id is made of: who, else which post, else where."""
    person, organization = membership.person, membership.organization
    parts = (
        person and person.name,
        membership.post or membership.role,
        organization and organization.name,
    )
    return next((part for part in parts if part), "")


def _words(item: Any) -> str:
    return _membership_words(item) if isinstance(item, Membership) else str(item.name)


#: The longest id made from a name (cut after a whole word), before a "-2" that keeps
#: it apart from another's.
_DERIVED_LENGTH = 90


class DerivedIds:
    """Ids for persons, organizations and memberships: their own, else made from words.

    Every own id is reserved first; a derived id is the slug of the name (a
    membership's: the person's name, else the post, else the organization), cut after
    a whole word, with ``-2``, ``-3``... when a different record holds it already. Two
    different records never share an id; one record always gets the same.

    >>> from pledgekit import Membership, Person
    >>> ahmad, haji = Person("Ahmad"), Person("Ahmad", honorific_prefix="H.")
    >>> named = Person("Budi", id="ahmad")          # its own id is reserved first
    >>> ids = DerivedIds([Membership(ahmad), Membership(haji), Membership(named)])
    >>> [ids.of("persons", p) for p in (ahmad, haji, named)]
    ['ahmad-2', 'ahmad-3', 'ahmad']
    """

    def __init__(self, memberships: Iterable[Membership]) -> None:
        self.items = list(dict.fromkeys(memberships))
        self.used: dict[str, set[str]] = {}
        self.ids: dict[str, dict[Any, str]] = {}
        for registry, item in self.each():
            if item.id is not None:
                self.used.setdefault(registry, set()).add(item.id)
                self.ids.setdefault(registry, {})[item] = item.id

    def each(self) -> Iterable[tuple[str, Any]]:
        """Each record, by registry: every membership's person and organization, then it."""
        for membership in self.items:
            for registry, item in (
                ("persons", membership.person),
                ("organizations", membership.organization),
            ):
                if item is not None:
                    yield registry, item
            yield "memberships", membership

    def of(self, registry: str, item: Any) -> str:
        """The id of ``item`` of ``registry`` (``"persons"``)."""
        ids = self.ids.setdefault(registry, {})
        if item in ids:
            return ids[item]
        used = self.used.setdefault(registry, set())
        fallback = registry[:-1]
        words = _words(item)
        base = slug(words, _DERIVED_LENGTH) if words else fallback
        base = fallback if base == "item" else base
        candidate, number = base, 1
        while candidate in used:
            number += 1
            candidate = f"{base}-{number}"
        used.add(candidate)
        ids[item] = candidate
        return candidate


def people(
    memberships: Iterable[Membership], writing: Writing | None = None, *, derive: bool = False
) -> Writing:
    """Write persons, organizations and memberships once each, as tables to list.

    The tables are in ``writing.tables`` (by registry), and each object listed is in
    ``writing.listed``, so that what refers to it writes its id. A case file lists
    only what has an id of its own (``derive=False``): the others are written in place
    where they are used. With ``derive``, every one is listed, under its own id or
    one `DerivedIds` makes (Popolo, the data package).
    """
    writing = Writing() if writing is None else writing
    chosen = list(dict.fromkeys(memberships))
    ids = DerivedIds(chosen)
    for registry, item in ids.each():
        if item.id is None and not derive:
            continue
        spec = {"persons": PERSON, "organizations": ORGANIZATION}.get(registry, MEMBERSHIP)
        listed = writing.listed.setdefault(registry, {})
        if item in listed:
            continue
        ident = ids.of(registry, item)
        table = {"id": ident, **writing.write(spec, item)}
        listed[item] = ident
        writing.tables.setdefault(registry, []).append(table)
    return writing


def case_writing(case: Case, *, derive: bool = False) -> Writing:
    """A writing in which what a case lists is referred to by id, as in its case file.

    With ``derive``, every person, organization and membership the case mentions is
    referred to by id too, its own or one `DerivedIds` makes; without, one with
    no id of its own is written in place, as the case file writes it.
    """
    writing = Writing(
        {
            "sources": {source: source.id for source in case.sources},
            "indicators": {indicator: indicator.id for indicator in case.indicators},
            "targets": {target: target.id for target in case.targets},
            "pledges": {pledge: pledge.id for pledge in case.pledges},
        }
    )
    return people(memberships_of(case), writing, derive=derive)


def to_data(case: Case) -> dict[str, Any]:
    """A case as the plain data of its JSON case file (strings, integers, lists and dicts)."""
    return case_writing(case).write(CASE, case)
