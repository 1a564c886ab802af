"""The report of a plan laid out along the plan's own tree, shared by text and Markdown.

A case whose plan carries many targets is read as the plan is written: each misi, its
tujuan and sasaran, and under each sasaran one table with a row per indicator (target
in force, realisasi, capaian and predikat, status) and its findings below, one line
each. Targets the plan's tree does not hold close the report in a table of their own.
Every figure is the assessment's: the grouping reads
[`TargetAssessment.plan_place`][pledgekit.TargetAssessment.plan_place].
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, Literal, NamedTuple, TypeAlias, get_args

from pledgekit._case import Assessment, TargetAssessment
from pledgekit._plan import Mission, Objective, Plan, PlanLevel, PlanPlace
from pledgekit._plan_evaluation import MeanCapaian, NoMean, PlanNode
from pledgekit.exceptions import InvalidValueError
from pledgekit.messages import Catalogue
from pledgekit.methods.permendagri86 import RollUp
from pledgekit.report._rows import (
    _IMPLIED,
    _capital,
    _decimal_places,
    _value_text,
)

Layout: TypeAlias = Literal["auto", "plan", "targets"]
"""How [`render`][pledgekit.report.render] lays out a text or Markdown report's targets.

``"plan"`` along the plan's tree, a table per sasaran; ``"targets"`` a full page per
target; ``"auto"`` the plan's layout when the case's plan carries more than one of its
targets, else a page per target. [`plan_layout`][pledgekit.report.plan_layout] says
which a layout gives; the Kota Bekasi case's plan carries its one target only, so
``"auto"`` gives a page per target:

>>> from pathlib import Path
>>> import pledgekit
>>> from pledgekit.report import Layout, plan_layout
>>> bekasi = Path(pledgekit.__file__).parents[2] / "examples/bekasi/case.toml"
>>> assessment = pledgekit.load(bekasi).assess()
>>> chosen: Layout = "auto"
>>> plan_layout(assessment, chosen), plan_layout(assessment, "plan")
(False, True)
"""
LAYOUTS: Final[tuple[Layout, ...]] = get_args(Layout)
"""The layouts [`render`][pledgekit.report.render] takes; another is refused.

>>> from pledgekit import Case
>>> from pledgekit.report import LAYOUTS, render
>>> LAYOUTS
('auto', 'plan', 'targets')
>>> render(Case("Empty").assess(), layout="tree")
Traceback (most recent call last):
  ...
pledgekit.exceptions.InvalidValueError: layout: got 'tree' (str); expected one of
'auto', 'plan', 'targets'
"""


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
    >>> from pledgekit.report import plan_layout
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
    means: tuple[tuple[str, str], ...]  # the node's means: (label, words)
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
    """One indicator's row: name, program, unit, target, realisasi, capaian, predikat, status."""
    p = assessed.progress
    target = p.target
    cells = [target.indicator.name]
    if programs:
        place = assessed.plan_place
        labels = (
            []
            if place is None or plan is None
            else [w.program_label(plan, n) for n in place.programs]
        )
        cells.append(", ".join(labels))
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


def _mean_text(
    rolled: RollUp | None, reason: NoMean | None, missing: tuple[str, ...], w: Catalogue
) -> str:
    """``85,00 % (Tinggi), 2 indikator``; what was left out; or why there is no mean."""
    if rolled is None:
        return w["undefined"] + ("" if reason is None else f" ({w[f'no_mean_{reason.value}']})")
    count = w["plan_mean_count_one" if rolled.count == 1 else "plan_mean_count_many"]
    words = f"{w.pct(rolled.percent(2))} ({rolled.predikat.label()}), "
    words += count.format(count=rolled.count)
    if missing:
        left_out = w["capaian_plan_missing"].format(count=len(missing), ids=", ".join(missing))
        words += f"; {left_out}"
    return words


def _year_text(mean: MeanCapaian, w: Catalogue) -> str:
    """``2021 85,00 % (Tinggi)``, or ``2023 —`` for a year with no mean."""
    rolled = mean.kinerja
    shown = (
        w["undefined"]
        if rolled is None
        else f"{w.pct(rolled.percent(2))} ({rolled.predikat.label()})"
    )
    return f"{mean.year} {shown}"


def means(node: PlanNode | None, w: Catalogue) -> tuple[tuple[str, str], ...]:
    """A node's means as (label, words): at the end of the period, and year by year."""
    if node is None:
        return ()
    end = node.end
    rows = [(w["capaian_plan_mean"], _mean_text(end.kinerja, end.reason, end.missing, w))]
    # Year by year only where a schedule below names a year: else every year says "—".
    if any(m.reason is not NoMean.NO_TARGET for m in node.years):
        rows.append((w["plan_mean_years"], " · ".join(_year_text(m, w) for m in node.years)))
    # The anggaran's mean only where a row below has a budget.
    if end.budget_reason is not NoMean.NO_TARGET:
        words = _mean_text(end.anggaran, end.budget_reason, end.budget_missing, w)
        rows.append((w["capaian_plan_budget_mean"], words))
    return tuple(rows)


def _node(assessment: Assessment, level: PlanLevel, **where: int | None) -> PlanNode | None:
    """The plan evaluation's node at this place, or ``None`` without one."""
    evaluation = assessment.plan
    if evaluation is None:
        return None
    for node in evaluation.nodes:
        if node.level is level and all(getattr(node, k) == v for k, v in where.items()):
            return node
    return None


def plan_means(assessment: Assessment, w: Catalogue) -> tuple[tuple[str, str], ...]:
    """The whole plan's means (the form's last footer), for the plan's heading."""
    return means(_node(assessment, PlanLevel.PLAN), w)


def _section(
    depth: int,
    heading: str,
    assessed: Sequence[TargetAssessment],
    plan: Plan | None,
    w: Catalogue,
    *,
    node: PlanNode | None = None,
    objective: bool = False,
) -> Section:
    programs = any(item.plan_place is not None and item.plan_place.programs for item in assessed)
    rows = tuple(_row(item, plan, w, programs=programs) for item in assessed)
    empty = objective and not rows
    return Section(
        depth,
        heading,
        () if empty else means(node, w),
        rows,
        _findings(assessed, w),
        programs,
        empty,
    )


def _at(assessment: Assessment, level: PlanLevel, **where: int | None) -> list[TargetAssessment]:
    """The targets the plan carries at one place of its tree, in the assessment's order.

    Each anggaran (budget) target follows the first kinerja row it goes with, here as in
    the form, and is not a row of its own elsewhere.
    """
    return _with_budgets(
        assessment,
        [
            assessed
            for assessed in assessment.targets
            if assessed.plan_place is not None
            and assessed.plan_place.level is level
            and _matches(assessed.plan_place, where)
        ],
    )


def _budgets(assessment: Assessment) -> dict[str, TargetAssessment]:
    """The assessment of each budget target, by the id of the target it is the budget of."""
    by_target = {item.target: item for item in assessment.targets}
    return {
        item.target.id: by_target[item.target.budget]
        for item in assessment.targets
        if item.target.budget is not None and item.target.budget in by_target
    }


def _with_budgets(
    assessment: Assessment, kinerja: Sequence[TargetAssessment]
) -> list[TargetAssessment]:
    """The kinerja rows, each followed by its budget's row (once), budgets alone left out."""
    budgets = _budgets(assessment)
    spent = {item.target for item in budgets.values()}
    found: list[TargetAssessment] = []
    for item in kinerja:
        if item.target in spent:
            continue
        found.append(item)
        budget = budgets.get(item.target.id)
        if budget is not None and budget not in found:
            found.append(budget)
    return found


def _matches(place: PlanPlace, where: dict[str, int | None]) -> bool:
    return all(getattr(place, key) == value for key, value in where.items())


def sections(assessment: Assessment, w: Catalogue) -> list[Section]:
    """The plan's tree as sections: misi, tujuan, sasaran, then what lies outside it.

    Each misi is followed by its tujuan (numbered within the misi), each tujuan by its
    sasaran, then the sasaran directly under the misi (numbered within it), as the plan
    evaluation orders its nodes. Without a plan there is one section: every target in
    one table.
    """
    plan = assessment.case.plan
    if plan is None:
        every = _with_budgets(assessment, assessment.targets)
        return [_section(1, w["targets"], every, None, w)]
    found: list[Section] = []
    own = _at(assessment, PlanLevel.PLAN)
    if own:
        found.append(_section(1, f"{w['plan']}: {plan.name} {plan.region}", own, plan, w))
    for mission in plan.missions:
        found += _mission_sections(assessment, plan, mission, w)
    outside = _with_budgets(assessment, [item for item in assessment.targets if _outside(item)])
    if outside:
        found.append(_section(1, w["plan_outside"], outside, plan, w))
    return found


def _mission_sections(
    assessment: Assessment, plan: Plan, mission: Mission, w: Catalogue
) -> list[Section]:
    """A misi, its tujuan and their sasaran, then the sasaran directly under it."""
    number = mission.number
    heading = f"{w['mission']} {number}: {mission.text}"
    targets = _at(assessment, PlanLevel.MISSION, mission=number)
    node = _node(assessment, PlanLevel.MISSION, mission=number)
    found = [_section(1, heading, targets, plan, w, node=node)]
    shown = 0
    for index, goal in enumerate(plan.goals, start=1):
        if goal.mission != number:
            continue
        shown += 1
        label = f"{number}.{shown}"
        targets = _at(assessment, PlanLevel.GOAL, goal=index)
        node = _node(assessment, PlanLevel.GOAL, mission=number, goal=index)
        heading = f"{w['plan_goal']} {label}: {goal.text}"
        found.append(_section(2, heading, targets, plan, w, node=node))
        for position, objective in enumerate(goal.objectives, start=1):
            where: dict[str, int | None] = {"goal": index, "objective": position}
            found.append(
                _objective_section(assessment, plan, f"{label}.{position}", objective, where, w)
            )
    for position, objective in enumerate(mission.objectives, start=1):
        where = {"mission": number, "goal": None, "objective": position}
        found.append(
            _objective_section(assessment, plan, f"{number}.{position}", objective, where, w)
        )
    return found


def _objective_section(
    assessment: Assessment,
    plan: Plan,
    label: str,
    objective: Objective,
    where: dict[str, int | None],
    w: Catalogue,
) -> Section:
    """A sasaran: its heading, means, table and findings (depth 3 under a tujuan, else 2)."""
    targets = _at(assessment, PlanLevel.OBJECTIVE, **where)
    node = _node(assessment, PlanLevel.OBJECTIVE, **where)
    depth = 2 if where.get("goal") is None else 3
    heading = f"{w['plan_objective']} {label}: {objective.text}"
    return _section(depth, heading, targets, plan, w, node=node, objective=True)


def _outside(assessed: TargetAssessment) -> bool:
    """Whether the plan's tree does not hold the target (a program may still carry it)."""
    place = assessed.plan_place
    return place is None or place.level is None
