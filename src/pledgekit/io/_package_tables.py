"""The data package's tables of pledges, verdicts, the plan and who made the pledges.

Persons, organizations and memberships use Popolo's column names (``person_id``,
``organization_id``, ``honorific_prefix``...); each is written under its own id, or,
without one, an id made from its name that no other record has
(`DerivedIds`), so that every reference to one is a
foreign key that resolves.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from pledgekit._case import Case
from pledgekit._indicator import Target
from pledgekit._plan import Objective, Plan
from pledgekit._pledge import GIVEN_STATUSES, Identifier, Membership, Pledge
from pledgekit._verdict import SCALES, Verdict, VerdictRecord
from pledgekit.exceptions import InvalidValueError
from pledgekit.io._package import ARRAY, DATE, INTEGER, NUMBER, STRING, Column, Known, Table
from pledgekit.io._tables import memberships_of

__all__ = ["PEOPLE_TABLES", "PLAN_TABLES", "PLEDGE_TABLES", "membership_id"]

_C = Column


def membership_id(membership: Membership | None, known: Known) -> str:
    """The id a membership has in the package ("" for none)."""
    return "" if membership is None else known.people.of("memberships", membership)


def _person_id(membership: Membership, known: Known) -> str:
    person = membership.person
    return "" if person is None else known.people.of("persons", person)


def _organization_id(membership: Membership, known: Known) -> str:
    organization = membership.organization
    return "" if organization is None else known.people.of("organizations", organization)


# Pledges ---------------------------------------------------------------------------------


@attrs.frozen
class _Of:
    """One item of a pledge (a target, a program, a milestone, a verdict) with its pledge."""

    pledge: Pledge
    item: Any


def _of(case: Case, parts: str) -> list[_Of]:
    if parts == "verdicts":
        return [_Of(p, record) for p in case.pledges for record in p.verdicts.records]
    return [_Of(p, item) for p in case.pledges for item in getattr(p, parts)]


_PLEDGES = Table(
    "pledges",
    "Campaign promises (janji kampanye), in the words they were made.",
    lambda case: case.pledges,
    (
        _C("id", STRING, "The pledge's id.", required=True, unique=True),
        _C("text", STRING, "The pledge in its original language.", required=True),
        _C("language", STRING, "That language, an ISO 639-1 code.", required=True),
        _C("translation", STRING, "An English translation."),
        _C(
            "made_by",
            STRING,
            "The id of the membership (person, post, term) that made it.",
            lambda pledge, known: membership_id(pledge.made_by, known),
        ),
        _C("made_on", DATE, "The day it was made."),
        _C("source", STRING, "The id of the source that records it.", "source.id"),
        _C(
            "promised",
            NUMBER,
            "The figure the pledge itself names, in its targets' unit.",
        ),
        _C(
            "topics",
            ARRAY,
            "The subjects a tracker groups it under, a JSON array of texts.",
        ),
        _C(
            "status",
            STRING,
            "The tracker's own status of a pledge with nothing to measure (no targets, no "
            "milestones); empty where its figures decide.",
            choices=tuple(s.value for s in GIVEN_STATUSES),
            optional=True,
        ),
    ),
    primary_key=("id",),
    foreign_keys=(("made_by", "memberships"), ("source", "sources")),
)
_PLEDGE_TARGETS = Table(
    "pledge_targets",
    "Which targets each pledge sets.",
    lambda case: _of(case, "targets"),
    (
        _C("pledge", STRING, "The id of the pledge.", "pledge.id", required=True),
        _C("target", STRING, "The id of a target it sets.", "item.id", required=True),
    ),
    primary_key=("pledge", "target"),
    foreign_keys=(("pledge", "pledges"), ("target", "targets")),
)
_PLEDGE_PROGRAMS = Table(
    "pledge_programs",
    "Which of the plan's priority programs carry each pledge.",
    lambda case: _of(case, "programs"),
    (
        _C("pledge", STRING, "The id of the pledge.", "pledge.id", required=True),
        _C("program", INTEGER, "The number of a program of the plan.", "item", required=True),
    ),
    primary_key=("pledge", "program"),
    foreign_keys=(("pledge", "pledges"), ("program", "programs", "number")),
)


_MILESTONES = Table(
    "milestones",
    "What a pledge promises to have done by a date, with no count to it.",
    lambda case: _of(case, "milestones"),
    (
        _C("pledge", STRING, "The id of the pledge.", "pledge.id", required=True),
        _C("id", STRING, "The milestone's id, unique within its pledge.", "item.id", required=True),
        _C("description", STRING, "What is to be done.", "item.description", required=True),
        _C("due", DATE, "The last day it may be done on.", "item.due", required=True),
        _C("done_on", DATE, "The day it was done; empty: not (yet) done.", "item.done_on"),
        _C("source", STRING, "The id of the source that records it.", "item.source.id"),
        _C("note", STRING, "What a reader should know about it.", "item.note"),
    ),
    primary_key=("pledge", "id"),
    foreign_keys=(("pledge", "pledges"), ("source", "sources")),
)


def _scale_key(of: _Of, known: Known) -> str:
    """The key of the scale a record's label is on ("" for none); a scale of one's own has none."""
    record: VerdictRecord = of.item
    scale = record.scale
    if scale is None:
        return ""
    if scale.key is None or scale not in SCALES:
        listed = ", ".join(repr(s.key) for s in SCALES)
        raise InvalidValueError(
            scale.name,
            f"a scale the data package can name ({listed})",
            f"pledge {of.pledge.id!r}, verdict of {record.date.isoformat()}: scale",
        )
    return scale.key


_VERDICTS = Table(
    "verdicts",
    "Editorial verdicts given on each pledge over time, oldest first, one a day at most.",
    lambda case: _of(case, "verdicts"),
    (
        _C("pledge", STRING, "The id of the pledge.", "pledge.id", required=True),
        _C("date", DATE, "The day the verdict was given.", "item.date", required=True),
        _C(
            "verdict",
            STRING,
            "The verdict, on pledgekit's canonical scale.",
            "item.verdict",
            choices=tuple(v.value for v in Verdict),
        ),
        _C(
            "label",
            STRING,
            "The tracker's own label for it, as published (on the scale of `scale`).",
            "item.label",
        ),
        _C(
            "scale",
            STRING,
            "The key of the published scale the label is on.",
            _scale_key,
            choices=tuple(s.key for s in SCALES if s.key is not None),
            optional=True,
        ),
        _C(
            "rated_by",
            STRING,
            "Who rated it, in words: a newsroom, a desk, an editor.",
            "item.rated_by",
        ),
        _C("rationale", STRING, "Why, in words.", "item.rationale", required=True),
        _C("source", STRING, "The id of the source that published it.", "item.source.id"),
    ),
    primary_key=("pledge", "date"),
    foreign_keys=(("pledge", "pledges"), ("source", "sources")),
)
#: The tables of the pledges, in the order the descriptor lists them.
PLEDGE_TABLES = (_PLEDGES, _PLEDGE_TARGETS, _PLEDGE_PROGRAMS, _MILESTONES, _VERDICTS)


# The plan --------------------------------------------------------------------------------


def _plans(case: Case) -> list[Plan]:
    return [] if case.plan is None else [case.plan]


@attrs.frozen
class _Objective:
    """An objective with its place: under a goal (by position) or directly under a mission."""

    id: str
    mission: int
    goal: int | None
    number: int
    objective: Objective


def _objectives(case: Case) -> list[_Objective]:
    plan = case.plan
    if plan is None:
        return []
    found = [
        _Objective(f"mission-{m.number}.{n}", m.number, None, n, objective)
        for m in plan.missions
        for n, objective in enumerate(m.objectives, start=1)
    ]
    found += [
        _Objective(f"goal-{g}.{n}", goal.mission, g, n, objective)
        for g, goal in enumerate(plan.goals, start=1)
        for n, objective in enumerate(goal.objectives, start=1)
    ]
    return found


@attrs.frozen
class _Numbered:
    number: int
    item: Any


def _goals(case: Case) -> list[_Numbered]:
    plan = case.plan
    return [] if plan is None else [_Numbered(n, g) for n, g in enumerate(plan.goals, start=1)]


@attrs.frozen
class _Listing:
    """One place of the plan that lists a target."""

    target: Target
    level: str
    mission: int | None = None
    goal: int | None = None
    objective: str | None = None
    program: int | None = None


def _listings(case: Case) -> list[_Listing]:
    plan = case.plan
    if plan is None:
        return []
    found = [_Listing(t, "plan") for t in plan.targets]
    found += [_Listing(t, "mission", mission=m.number) for m in plan.missions for t in m.targets]
    found += [
        _Listing(t, "goal", mission=goal.item.mission, goal=goal.number)
        for goal in _goals(case)
        for t in goal.item.targets
    ]
    found += [
        _Listing(t, "objective", mission=o.mission, goal=o.goal, objective=o.id)
        for o in _objectives(case)
        for t in o.objective.targets
    ]
    found += [_Listing(t, "program", program=p.number) for p in plan.programs for t in p.targets]
    return found


def _program_missions(case: Case) -> list[_Numbered]:
    plan = case.plan
    if plan is None:
        return []
    return [_Numbered(p.number, m) for p in plan.programs for m in p.missions]


_PLAN = Table(
    "plan",
    "The development plan (RPJMD) the pledges are written into: one row, or none.",
    _plans,
    (
        _C("region", STRING, "The region whose plan it is.", required=True),
        _C("name", STRING, "The plan's name.", required=True),
        _C("period_start", DATE, "Its first day.", "period.start", required=True),
        _C("period_end", DATE, "Its last day (included).", "period.end", required=True),
        _C("vision", STRING, "Its vision (visi)."),
        _C("program_count", INTEGER, "How many priority programs it has in all."),
    ),
)
_MISSIONS = Table(
    "missions",
    "The plan's numbered missions (misi).",
    lambda case: () if case.plan is None else case.plan.missions,
    (
        _C("number", INTEGER, "The mission's number.", required=True, unique=True),
        _C("text", STRING, "The mission, in the plan's words.", required=True),
    ),
    primary_key=("number",),
)
_GOALS = Table(
    "goals",
    "The plan's goals (tujuan), numbered by their position from 1.",
    _goals,
    (
        _C("number", INTEGER, "The goal's position in the plan.", required=True, unique=True),
        _C("mission", INTEGER, "The number of its mission.", "item.mission", required=True),
        _C("text", STRING, "The goal, in the plan's words.", "item.text", required=True),
    ),
    primary_key=("number",),
    foreign_keys=(("mission", "missions", "number"),),
)
_OBJECTIVES = Table(
    "objectives",
    "The plan's objectives (sasaran), under a goal or directly under a mission.",
    _objectives,
    (
        _C(
            "id",
            STRING,
            "goal-G.N: objective N of goal G; mission-M.N: objective N directly under mission M.",
            required=True,
            unique=True,
        ),
        _C("mission", INTEGER, "The number of its mission.", required=True),
        _C("goal", INTEGER, "The number of its goal; empty directly under a mission."),
        _C("number", INTEGER, "Its position under its goal or mission, from 1.", required=True),
        _C("text", STRING, "The objective, in the plan's words.", "objective.text", required=True),
    ),
    primary_key=("id",),
    foreign_keys=(("mission", "missions", "number"), ("goal", "goals", "number")),
)
_PROGRAMS = Table(
    "programs",
    "The regional head's numbered priority programs ('program 10 of 45').",
    lambda case: () if case.plan is None else case.plan.programs,
    (
        _C("number", INTEGER, "The program's number.", required=True, unique=True),
        _C("title", STRING, "Its title.", required=True),
        _C("code", STRING, "Its Permendagri 90/2019 code (2.07.04)."),
        _C("agency", STRING, "The agency that runs it."),
    ),
    primary_key=("number",),
)
_PROGRAM_MISSIONS = Table(
    "program_missions",
    "Which missions each program serves.",
    _program_missions,
    (
        _C("program", INTEGER, "The program's number.", "number", required=True),
        _C("mission", INTEGER, "The number of a mission it serves.", "item", required=True),
    ),
    primary_key=("program", "mission"),
    foreign_keys=(("program", "programs", "number"), ("mission", "missions", "number")),
)
_PLAN_TARGETS = Table(
    "plan_targets",
    "Where the plan lists each target: one row per place (a target may be listed at several).",
    _listings,
    (
        _C("target", STRING, "The id of the target.", "target.id", required=True),
        _C(
            "level",
            STRING,
            "What lists it: the plan itself, a mission, a goal, an objective or a program.",
            choices=("plan", "mission", "goal", "objective", "program"),
        ),
        _C("mission", INTEGER, "The mission's number (of a goal or objective: its mission)."),
        _C("goal", INTEGER, "The goal's number (of an objective: its goal, if any)."),
        _C("objective", STRING, "The objective's id."),
        _C("program", INTEGER, "The program's number."),
    ),
    foreign_keys=(
        ("target", "targets"),
        ("mission", "missions", "number"),
        ("goal", "goals", "number"),
        ("objective", "objectives"),
        ("program", "programs", "number"),
    ),
)
#: The tables of the plan, in the order the descriptor lists them.
PLAN_TABLES = (
    _PLAN,
    _MISSIONS,
    _GOALS,
    _OBJECTIVES,
    _PROGRAMS,
    _PROGRAM_MISSIONS,
    _PLAN_TARGETS,
)


# Who made the pledges and who spoke (Popolo) ---------------------------------------------


def _once(items: Iterable[Any]) -> list[Any]:
    return list(dict.fromkeys(items))


def _persons(case: Case) -> list[Any]:
    return _once(m.person for m in memberships_of(case) if m.person is not None)


def _organizations(case: Case) -> list[Any]:
    return _once(m.organization for m in memberships_of(case) if m.organization is not None)


@attrs.frozen
class _Identified:
    """An identifier, with the id (in the package) of the person or organization it is of."""

    person_id: str | None
    organization_id: str | None
    identifier: Identifier


def _identifiers(case: Case) -> list[_Identified]:
    known = Known.of(case)
    found = [
        _Identified(known.people.of("persons", p), None, i)
        for p in _persons(case)
        for i in p.identifiers
    ]
    found += [
        _Identified(None, known.people.of("organizations", o), i)
        for o in _organizations(case)
        for i in o.identifiers
    ]
    return found


_PERSONS = Table(
    "persons",
    "Persons who made pledges or statements (Popolo Person).",
    _persons,
    (
        _C(
            "id",
            STRING,
            "The person's id: its own, else made from the name.",
            lambda person, known: known.people.of("persons", person),
            required=True,
            unique=True,
        ),
        _C("name", STRING, "The name.", required=True),
        _C("honorific_prefix", STRING, "Honorifics before the name (Dra., H.)."),
        _C("honorific_suffix", STRING, "Honorifics after the name (MM, S.E.)."),
    ),
    primary_key=("id",),
)
_ORGANIZATIONS = Table(
    "organizations",
    "Parties, coalitions and agencies (Popolo Organization).",
    _organizations,
    (
        _C(
            "id",
            STRING,
            "The organization's id: its own, else made from the name.",
            lambda organization, known: known.people.of("organizations", organization),
            required=True,
            unique=True,
        ),
        _C("name", STRING, "The name.", required=True),
        _C("classification", STRING, "What kind of organization (party, agency)."),
    ),
    primary_key=("id",),
)
_MEMBERSHIPS = Table(
    "memberships",
    "Who held which post in which organization, and when (Popolo Membership).",
    memberships_of,
    (
        _C(
            "id",
            STRING,
            "The membership's id: its own, else made from the person's name, the post or "
            "the organization.",
            membership_id,
            required=True,
            unique=True,
        ),
        _C("person_id", STRING, "The id of the person.", _person_id),
        _C("organization_id", STRING, "The id of the organization.", _organization_id),
        _C("label", STRING, "The post held (Popolo Post label: 'Wali Kota Bekasi').", "post"),
        _C("role", STRING, "The role in words, when it differs from the post."),
        _C("start_date", DATE, "The first day in the post."),
        _C("end_date", DATE, "The last day in the post (included)."),
    ),
    primary_key=("id",),
    foreign_keys=(("person_id", "persons"), ("organization_id", "organizations")),
)
_IDENTIFIERS = Table(
    "identifiers",
    "Identifiers of persons and organizations in other schemes (Wikidata QIDs...).",
    _identifiers,
    (
        _C("person_id", STRING, "The id of the person it identifies (or empty)."),
        _C("organization_id", STRING, "The id of the organization it identifies (or empty)."),
        _C("scheme", STRING, "The scheme (wikidata).", "identifier.scheme", required=True),
        _C(
            "identifier",
            STRING,
            "The identifier in that scheme (Q3427).",
            "identifier.identifier",
            required=True,
        ),
    ),
    foreign_keys=(("person_id", "persons"), ("organization_id", "organizations")),
)
#: The tables of who made the pledges and who spoke, in the order the descriptor lists them.
PEOPLE_TABLES = (_PERSONS, _ORGANIZATIONS, _MEMBERSHIPS, _IDENTIFIERS)
