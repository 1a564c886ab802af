"""The plain-text report, for the terminal."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from pledgekit._case import Assessment, Case, TargetAssessment
from pledgekit._evaluation import Evaluation
from pledgekit._indicator import Accumulation
from pledgekit._pledge import Pledge
from pledgekit._pledges import PledgeAssessment
from pledgekit.messages import Catalogue
from pledgekit.report._plan import FIGURE_COLUMNS, Section, header, plan_means
from pledgekit.report._plan import sections as plan_sections
from pledgekit.report._rows import (
    _assessed_heading,
    _capital,
    _claim_summary,
    _made_by_text,
    _observation_note,
    _pledge_assessments,
    _pledge_rows,
    _program_text,
    _schedule_header,
    _schedule_rows,
    _settings_line,
    _source_text,
    _target_rows,
    _topics_text,
    _verdict_line,
)


def _text_rows(rows: Sequence[tuple[str, str]], indent: str = "  ") -> list[str]:
    width = max(len(label) for label, _ in rows)
    return [f"{indent}{label:<{width}}  {value}" for label, value in rows]


def _text_header(
    case: Case,
    evaluation: Evaluation,
    w: Catalogue,
    pledges: Mapping[str, PledgeAssessment] | None = None,
    *,
    missions: bool = True,
    shown: Sequence[Pledge] | None = None,
    means: Sequence[tuple[str, str]] = (),
) -> list[str]:
    """The case, its settings, the plan and the pledges (``shown``: these only).

    ``missions=False`` leaves the missions out: the plan's layout heads its sections
    with them, and gives the plan's ``means``.
    """
    lines = [case.title, "=" * len(case.title)]
    if case.description:
        lines.append(case.description)
    lines += [_settings_line(evaluation, w), ""]
    plan = case.plan
    if plan is not None:
        lines.append(w["plan"].upper())
        lines.append(f"  {plan.name} {plan.region}, {w.period(plan.period)}")
        if plan.vision is not None:
            lines.append(f"  {w['vision']}: {plan.vision}")
        if missions:
            lines += [f"  {w['mission']} {m.number}: {m.text}" for m in plan.missions]
        lines += [f"  {label}: {words}" for label, words in means]
        lines += [f"  {_program_text(plan, p.number, w)}" for p in plan.programs]
        lines.append("")
    for pledge in case.pledges if shown is None else shown:
        lines.append(f"{w['pledge'].upper()} ({pledge.id})")
        lines.append(f"  “{pledge.text}”")
        if pledge.translation:
            lines.append(f"  {w['translation']}: {pledge.translation}")
        if pledge.topics:
            lines.append(f"  {w['topics']}: {_topics_text(pledge, w)}")
        if pledge.made_by is not None:
            lines.append(f"  {w['made_by']}: {_made_by_text(pledge.made_by, w)}")
        if pledge.made_on is not None:
            lines.append(f"  {w['made_on']}: {w.date(pledge.made_on)}")
        if pledge.source is not None:
            lines.append(f"  {w['source']}: {_source_text(pledge.source, w)}")
            if pledge.source.url:
                lines.append(f"    {pledge.source.url}")
        if pledge.programs and plan is not None:
            labels = ", ".join(w.program_label(plan, n) for n in pledge.programs)
            lines.append(f"  {w['program']}: {labels}")
        assessed = (pledges or {}).get(pledge.id)
        if assessed is not None:
            # Worded as the pledge's other lines are: "Label: value".
            lines += [f"  {label}: {value}" for label, value in _pledge_rows(assessed, w)]
        if pledge.verdicts:
            lines.append(f"  {w['verdicts_heading']}:")
            lines += [f"    - {_verdict_line(record, w)}" for record in pledge.verdicts]
        lines.append("")
    return lines


def _text_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    """A table aligned in columns: text left in the first column, figures right after it."""
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]

    def line(row: Sequence[str]) -> str:
        cells = [row[0].ljust(widths[0])]
        cells += [cell.rjust(width) for cell, width in zip(row[1:-1], widths[1:-1], strict=True)]
        cells.append(row[-1])
        return "    " + "  ".join(cells).rstrip()

    return [line(header), *(line(row) for row in rows)]


def _text_findings(assessed: TargetAssessment, w: Catalogue) -> list[str]:
    findings = assessed.findings
    if not findings:
        return [f"    {w['no_findings']}"]
    lines = []
    for number, finding in enumerate(findings, start=1):
        lines.append(
            f"    {number}. [{w.severity(finding.severity).upper()}] {w.kind(finding.kind)}"
        )
        # The words line up under the kind, also from finding 10 on.
        indent = " " * (4 + len(f"{number}. "))
        lines.append(f"{indent}{_capital(w.finding(finding))}.")
        lines += [f"{indent}- {_capital(w.explanation(e))}." for e in finding.explanations]
    return lines


def _text_target(assessed: TargetAssessment, w: Catalogue) -> list[str]:
    target = assessed.target
    p = assessed.progress
    lines = [_assessed_heading(assessed, w)]
    lines.append("-" * len(lines[0]))
    if target.baseline:
        lines.append(f"  {w['baseline']}: {w.n(target.baseline)} {target.unit}")
    lines += _text_rows(_target_rows(assessed, w))
    schedule = _schedule_rows(assessed, w)
    if schedule:
        lines += [
            "",
            f"  {w['capaian_schedule_heading']}",
            *_text_table(_schedule_header(w), schedule),
        ]
    lines += ["", f"  {w['observations']}"]
    if p.observations:
        summed = target.indicator.accumulation is Accumulation.SUM
        # A summed total starts from the baseline: listed, so that the column adds up.
        start = bool(summed and target.baseline)
        width = max(len(w.period(o.period)) for o in p.observations)
        width = max(width, len(w["total"]), len(w["baseline"]) if start else 0)
        figures = [w.n(o.value) for o in p.observations] + [w.n(p.achieved)]
        number_width = max(len(f) for f in [*figures, w.n(target.baseline)])
        if start:
            lines.append(f"    {w['baseline']:<{width}}  {w.n(target.baseline):>{number_width}}")
        for observation, figure in zip(p.observations, figures, strict=False):
            note = _observation_note(observation, w)
            lines.append(
                f"    {w.period(observation.period):<{width}}  {figure:>{number_width}}"
                + (f"  ({note})" if note else "")
            )
        if summed and (len(p.observations) > 1 or target.baseline):
            lines.append(f"    {w['total']:<{width}}  {figures[-1]:>{number_width}}")
    else:
        lines.append(f"    {w['no_observations']}")
    for key, set_aside in (("left_out", p.left_out), ("outside", p.outside)):
        if set_aside:
            lines.append(f"  {w[key]}:")
            lines += [f"    {w.period(o.period)}  {w.n(o.value)}" for o in set_aside]
    lines += ["", f"  {w['claims']}"]
    if assessed.claims:
        for claim in assessed.claims:
            lines.append(f"    - {_claim_summary(claim, w)}")
            if claim.quote:
                lines.append(f"      “{claim.quote}”")
    else:
        lines.append(f"    {w['no_claims']}")
    lines += ["", f"  {w['findings']}"]
    lines += _text_findings(assessed, w)
    return [*lines, ""]


def _render_text(
    assessment: Assessment,
    w: Catalogue,
    *,
    by_plan: bool = False,
    target: str | None = None,
    pledge: str | None = None,
) -> str:
    """The report: a page per target, the plan's tree, one target's page or one pledge's.

    ``pledge`` gives the pledge, then a page per target it sets.
    """
    pledges = _pledge_assessments(assessment)
    if pledge is not None:
        assessed_pledge = assessment.for_pledge(pledge)
        top = _text_header(
            assessment.case, assessment.evaluation, w, pledges, shown=(assessed_pledge.pledge,)
        )
        for item in assessed_pledge.targets:
            top += _text_target(item, w)
        return "\n".join(top).rstrip("\n") + "\n"
    if target is not None:
        assessed = assessment.for_target(target)
        top = _text_header(
            assessment.case, assessment.evaluation, w, pledges, shown=assessed.pledges
        )
        return "\n".join([*top, *_text_target(assessed, w)]).rstrip("\n") + "\n"
    lines = _text_header(
        assessment.case,
        assessment.evaluation,
        w,
        pledges,
        missions=not by_plan,
        means=plan_means(assessment, w) if by_plan else (),
    )
    if by_plan:
        for section in plan_sections(assessment, w):
            lines += _text_section(section, w)
    else:
        for assessed in assessment.targets:
            lines += _text_target(assessed, w)
    return "\n".join(lines).rstrip("\n") + "\n"


def _text_section(section: Section, w: Catalogue) -> list[str]:
    """A heading of the plan's tree, indented by its depth, and its table and findings."""
    indent = "  " * (section.depth - 1)
    heading = section.heading
    lines = [f"{indent}{heading}"]
    if section.depth == 1:
        lines.append("=" * len(heading))
    inner = indent + "  "
    lines += [f"{inner}{label}: {words}" for label, words in section.means]
    if section.empty:
        lines.append(f"{inner}{w['plan_no_targets']}")
    if section.rows:
        columns = header(w, programs=section.programs)
        figures = FIGURE_COLUMNS[:1] + (False,) * section.programs + FIGURE_COLUMNS[1:]
        lines += _aligned([columns, *section.rows], figures, inner)
    if section.findings:
        lines.append(f"{inner}{w['findings']}:")
        lines += [
            f"{inner}- {f.indicator}: [{f.severity.upper()}] {f.kind}: {f.words}"
            for f in section.findings
        ]
    return [*lines, ""]


def _aligned(rows: Sequence[Sequence[str]], figures: Sequence[bool], indent: str) -> list[str]:
    """Rows in columns: figures set right, words left; the first row a header, underlined."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]

    def line(row: Sequence[str]) -> str:
        cells = [
            cell.rjust(width) if right else cell.ljust(width)
            for cell, width, right in zip(row, widths, figures, strict=True)
        ]
        return (indent + "  ".join(cells)).rstrip()

    rule = indent + "  ".join("-" * width for width in widths)
    return [line(rows[0]), rule, *(line(row) for row in rows[1:])]
