"""The Markdown report, for an article draft."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from pledgekit._case import Assessment, TargetAssessment
from pledgekit._indicator import Accumulation
from pledgekit._pledge import Pledge
from pledgekit.messages import Catalogue
from pledgekit.report._plan import Section, header, plan_means
from pledgekit.report._plan import sections as plan_sections
from pledgekit.report._rows import (
    VERDICT_COLUMNS,
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
    _verdict_cells,
)


def _md(words: str) -> str:
    """Text safe inside a Markdown table cell."""
    return words.replace("|", "\\|").replace("\n", " ")


def _md_table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    lines = [
        "| " + " | ".join(_md(h) for h in header) + " |",
        "|" + "|".join("---" for _ in header) + "|",
    ]
    lines += ["| " + " | ".join(_md(c) for c in row) + " |" for row in rows]
    return lines


def _md_findings(assessed: TargetAssessment, w: Catalogue) -> list[str]:
    if not assessed.findings:
        return [w["no_findings"]]
    lines = []
    for number, finding in enumerate(assessed.findings, start=1):
        lines.append(
            f"{number}. **{w.severity(finding.severity)} — {w.kind(finding.kind)}.** "
            f"{_capital(w.finding(finding))}."
        )
        lines += [f"   - {_capital(w.explanation(e))}." for e in finding.explanations]
    return lines


def _md_header(
    assessment: Assessment,
    w: Catalogue,
    *,
    missions: bool = True,
    shown: Sequence[Pledge] | None = None,
    means: Sequence[tuple[str, str]] = (),
) -> list[str]:
    """The case, its settings, the plan and the pledges (``shown``: these only)."""
    case = assessment.case
    lines = [f"# {case.title}", ""]
    if case.description:
        lines += [case.description, ""]
    lines += [f"*{_md(_settings_line(assessment.evaluation, w))}*", ""]
    plan = case.plan
    if plan is not None:
        lines += [f"## {w['plan']}: {plan.name} {plan.region}", ""]
        lines += [f"- **{w['period']}:** {w.period(plan.period)}"]
        if plan.vision is not None:
            lines += [f"- **{w['vision']}:** {plan.vision}"]
        if missions:
            lines += [f"- **{w['mission']} {m.number}:** {m.text}" for m in plan.missions]
        lines += [f"- **{label}:** {words}" for label, words in means]
        lines += [f"- {_program_text(plan, p.number, w)}" for p in plan.programs]
        lines.append("")
    pledges = _pledge_assessments(assessment)
    for pledge in case.pledges if shown is None else shown:
        lines += [f"## {w['pledge']}", "", f"> {pledge.text}", ""]
        if pledge.translation:
            lines += [f"*{pledge.translation}*", ""]
        if pledge.topics:
            lines.append(f"- **{w['topics']}:** {_topics_text(pledge, w)}")
        if pledge.made_by is not None:
            lines.append(f"- **{w['made_by']}:** {_made_by_text(pledge.made_by, w)}")
        if pledge.made_on is not None:
            lines.append(f"- **{w['made_on']}:** {w.date(pledge.made_on)}")
        if pledge.source is not None:
            source = _source_text(pledge.source, w)
            if pledge.source.url:
                source = f"[{source}]({pledge.source.url})"
            lines.append(f"- **{w['source']}:** {source}")
        if pledge.programs and plan is not None:
            labels = ", ".join(w.program_label(plan, n) for n in pledge.programs)
            lines.append(f"- **{w['program']}:** {labels}")
        assessed_pledge = pledges.get(pledge.id)
        if assessed_pledge is not None:
            if lines[-1]:
                lines.append("")
            lines += _md_table(["", ""], _pledge_rows(assessed_pledge, w))
        if pledge.verdicts:
            if lines[-1]:
                lines.append("")
            lines += [f"**{w['verdicts_heading']}**", ""]
            lines += _md_table(
                [w[c] for c in VERDICT_COLUMNS],
                [_verdict_cells(record, w) for record in pledge.verdicts],
            )
        lines.append("")
    return lines


def _md_target(assessed: TargetAssessment, w: Catalogue) -> list[str]:
    """One target's page: its figures, schedule, reported figures, claims and findings."""
    target = assessed.target
    p = assessed.progress
    lines = [f"## {_assessed_heading(assessed, w)}", ""]
    rows = _target_rows(assessed, w)
    if target.baseline:
        rows.insert(0, (w["baseline"], f"{w.n(target.baseline)} {target.unit}"))
    lines += _md_table(["", ""], rows)
    schedule = _schedule_rows(assessed, w)
    if schedule:
        lines += ["", f"### {w['capaian_schedule_heading']}", ""]
        lines += _md_table(_schedule_header(w), schedule)
    lines += ["", f"### {w['observations']}", ""]
    if p.observations:
        table = [
            (w.period(o.period), w.n(o.value), _observation_note(o, w)) for o in p.observations
        ]
        if target.indicator.accumulation is Accumulation.SUM:
            table.append((f"**{w['total']}**", f"**{w.n(p.achieved)}**", ""))
        lines += _md_table([w["period"], w["value"], w["note"]], table)
    else:
        lines.append(w["no_observations"])
    lines += ["", f"### {w['claims']}", ""]
    if assessed.claims:
        for claim in assessed.claims:
            lines.append(f"- {_claim_summary(claim, w)}")
            if claim.quote:
                lines.append(f"  > {claim.quote}")
    else:
        lines.append(w["no_claims"])
    lines += ["", f"### {w['findings']}", ""]
    lines += _md_findings(assessed, w)
    lines.append("")
    return lines


def _md_section(section: Section, w: Catalogue) -> list[str]:
    """A heading of the plan's tree (misi ##, tujuan ###, sasaran ####), its table, findings."""
    lines = [f"{'#' * (section.depth + 1)} {section.heading}", ""]
    if section.means:
        lines += [f"- **{label}:** {words}" for label, words in section.means]
        lines.append("")
    if section.empty:
        lines += [w["plan_no_targets"], ""]
    if section.rows:
        lines += [*_md_table(header(w, programs=section.programs), section.rows), ""]
    if section.findings:
        lines += [f"**{w['findings']}:**", ""]
        lines += [
            f"- {f.indicator}: **{f.severity} — {f.kind}.** {f.words}" for f in section.findings
        ]
        lines.append("")
    return lines


def _render_markdown(
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
    if pledge is not None:
        assessed_pledge = assessment.for_pledge(pledge)
        lines = _md_header(assessment, w, shown=(assessed_pledge.pledge,))
        for item in assessed_pledge.targets:
            lines += _md_target(item, w)
    elif target is not None:
        assessed = assessment.for_target(target)
        lines = [*_md_header(assessment, w, shown=assessed.pledges), *_md_target(assessed, w)]
    elif by_plan:
        lines = _md_header(assessment, w, missions=False, means=plan_means(assessment, w))
        for section in plan_sections(assessment, w):
            lines += _md_section(section, w)
    else:
        lines = _md_header(assessment, w)
        for assessed in assessment.targets:
            lines += _md_target(assessed, w)
    return "\n".join(lines).rstrip("\n") + "\n"
