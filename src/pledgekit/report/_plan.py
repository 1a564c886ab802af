"""The report of a plan laid out along the plan's own tree, shared by text and Markdown.

A case whose plan carries many targets is read as the plan is written: each misi, its
tujuan and sasaran, and under each sasaran one table with a row per indicator (target
in force, realisasi, capaian and predikat, status) and its findings below, one line
each. Targets the plan's tree does not hold close the report in a table of their own.
Every figure is the assessment's: the grouping reads :attr:`TargetAssessment.plan_place`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, Literal, NamedTuple, TypeAlias, get_args

from pledgekit._case import Assessment, TargetAssessment
from pledgekit._plan import Plan, PlanLevel, PlanPlace
from pledgekit.exceptions import InvalidValueError
from pledgekit.messages import Catalogue
from pledgekit.report._rows import (
    _IMPLIED,
    _capital,
    _decimal_places,
    _value_text,
)

#: How :func:`~pledgekit.report.render` lays out the targets of a text or Markdown
#: report: ``"plan"`` along the plan's tree, a table per sasaran; ``"targets"`` a full
#: page per target; ``"auto"`` the plan's layout when the case's plan carries more than
#: one of its targets, else a page per target.
Layout: TypeAlias = Literal["auto", "plan", "targets"]
#: The layouts :func:`~pledgekit.report.render` takes.
LAYOUTS: Final[tuple[Layout, ...]] = get_args(Layout)


def _check_layout(layout: object) -> Layout:
    for known in LAYOUTS:
        if layout == known:
            return known
    raise InvalidValueError(layout, "one of " + ", ".join(repr(x) for x in LAYOUTS), "layout")


def _carried(assessed: TargetAssessment) -> bool:
    """Whether the case's plan carries the target: at a level of its tree or in a program."""
    place = assessed.plan_place
    return place is not None and (place.level is not None or bool(place.programs))


def plan_layout(assessment: Assessment, layout: Layout = "auto") -> bool:
    """Whether a report of ``assessment`` is laid out along the plan (else page by page).

    ``"auto"`` chooses the plan's layout when the case has a plan that carries more than
    one of the assessment's targets (at a level of its tree or in a priority program).

    >>> from pledgekit import Case
    >>> bare = Case("No plan").assess()
    >>> plan_layout(bare), plan_layout(bare, "plan"), plan_layout(bare, "targets")
    (False, True, False)
    """
    layout = _check_layout(layout)
    if layout != "auto":
        return layout == "plan"
    return sum(1 for assessed in assessment.targets if _carried(assessed)) > 1


class Section(NamedTuple):
    """One heading of the plan's tree, its table and the findings of its rows."""

    depth: int  # 1 misi (or the plan, or what lies outside it), 2 tujuan, 3 sasaran
    heading: str
    rows: tuple[tuple[str, ...], ...]
    findings: tuple[FindingLine, ...]
    programs: bool  # whether the table has a program column
    empty: bool  # a sasaran with no target: said so, with no table


def header(w: Catalogue, *, programs: bool) -> tuple[str, ...]:
    """The columns of a plan table, the program's only where a row has one."""
    columns = [w["indicator"]]
    if programs:
        columns.append(w["plan_program_column"])
    columns += [
        w["unit"],
        w["target"],
        w["plan_realisasi_column"],
        w["capaian_plan_column"],
        w["predikat"],
        w["status"],
    ]
    return tuple(columns)


#: Which columns of a plan table hold figures (set right in text), without the program.
FIGURE_COLUMNS: Final = (False, False, True, True, True, False, False)


def _target_cell(assessed: TargetAssessment, w: Catalogue) -> str:
    """The value in force, with its comparison where the direction does not imply it."""
    target = assessed.progress.target
    value = _value_text(target.value, w)
    comparison = target.comparison
    if isinstance(target.value, tuple) or comparison is _IMPLIED[target.indicator.direction]:
        return value
    return f"{w['comparison_' + comparison.value]} {value}"


def _row(
    assessed: TargetAssessment, plan: Plan | None, w: Catalogue, *, programs: bool
) -> tuple[str, ...]:
    p = assessed.progress
    target = p.target
    cells = [target.indicator.name]
    if programs:
        place = assessed.plan_place
        numbers = () if place is None or plan is None else place.programs
        cells.append(", ".join(w.program_label(plan, n) for n in numbers) if plan else "")
    realisasi = w.n(p.achieved, _decimal_places(p.achieved)) if p.observations else w["undefined"]
    rated = assessed.capaian
    shown = rated.percent(2)
    if shown is None or rated.predikat is None:
        reason = "" if rated.reason is None else w[f"schedule_reason_{rated.reason.value}"]
        capaian, band = w["undefined"], reason
    else:
        capaian, band = w.fig(shown), rated.predikat.label()
    cells += [target.unit, _target_cell(assessed, w), realisasi, capaian, band, w.status(p.status)]
    return tuple(cells)


class FindingLine(NamedTuple):
    """One finding of a table's rows, for one line: whose, how severe, what, in words."""

    indicator: str
    severity: str
    kind: str
    words: str  # the finding and its explanations, each a sentence


def _findings(assessed: Sequence[TargetAssessment], w: Catalogue) -> tuple[FindingLine, ...]:
    """Each finding of the rows, worded as a target's page words it."""
    lines = []
    for item in assessed:
        for finding in item.findings:
            words = f"{_capital(w.finding(finding))}."
            words += "".join(f" {_capital(w.explanation(e))}." for e in finding.explanations)
            severity = w.severity(finding.severity)
            lines.append(
                FindingLine(item.target.indicator.name, severity, w.kind(finding.kind), words)
            )
    return tuple(lines)


def _section(
    depth: int,
    heading: str,
    assessed: Sequence[TargetAssessment],
    plan: Plan | None,
    w: Catalogue,
    *,
    objective: bool = False,
) -> Section:
    programs = any(item.plan_place is not None and item.plan_place.programs for item in assessed)
    rows = tuple(_row(item, plan, w, programs=programs) for item in assessed)
    return Section(depth, heading, rows, _findings(assessed, w), programs, objective and not rows)


def _at(assessment: Assessment, level: PlanLevel, **where: int | None) -> list[TargetAssessment]:
    """The targets the plan carries at one place of its tree, in the assessment's order."""
    found = []
    for assessed in assessment.targets:
        place = assessed.plan_place
        if place is not None and place.level is level and _matches(place, where):
            found.append(assessed)
    return found


def _matches(place: PlanPlace, where: dict[str, int | None]) -> bool:
    return all(getattr(place, key) == value for key, value in where.items())


def sections(assessment: Assessment, w: Catalogue) -> list[Section]:
    """The plan's tree as sections: misi, tujuan, sasaran, then what lies outside it.

    Without a plan there is one section: every target in one table.
    """
    plan = assessment.case.plan
    if plan is None:
        return [_section(1, w["targets"], assessment.targets, None, w)]
    found: list[Section] = []
    own = _at(assessment, PlanLevel.PLAN)
    if own:
        found.append(_section(1, f"{w['plan']}: {plan.name} {plan.region}", own, plan, w))
    for mission in plan.missions:
        number = mission.number
        heading = f"{w['mission']} {number}: {mission.text}"
        found.append(
            _section(1, heading, _at(assessment, PlanLevel.MISSION, mission=number), plan, w)
        )
        shown = 0
        for index, goal in enumerate(plan.goals, start=1):
            if goal.mission != number:
                continue
            shown += 1
            label = f"{number}.{shown}"
            targets = _at(assessment, PlanLevel.GOAL, goal=index)
            found.append(_section(2, f"{w['plan_goal']} {label}: {goal.text}", targets, plan, w))
            for position, objective in enumerate(goal.objectives, start=1):
                targets = _at(assessment, PlanLevel.OBJECTIVE, goal=index, objective=position)
                heading = f"{w['plan_objective']} {label}.{position}: {objective.text}"
                found.append(_section(3, heading, targets, plan, w, objective=True))
    outside = [item for item in assessment.targets if _outside(item)]
    if outside:
        found.append(_section(1, w["plan_outside"], outside, plan, w))
    return found


def _outside(assessed: TargetAssessment) -> bool:
    """Whether the plan's tree does not hold the target (a program may still carry it)."""
    place = assessed.plan_place
    return place is None or place.level is None
