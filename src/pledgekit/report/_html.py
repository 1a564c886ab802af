"""HTML for notebooks: a case, a progress or an assessment."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

from pledgekit._case import Assessment, Case, TargetAssessment
from pledgekit._pledges import PledgeAssessment
from pledgekit._progress import Progress
from pledgekit.exceptions import InvalidValueError
from pledgekit.messages import Catalogue, Language, catalogue
from pledgekit.report._rows import (
    _assessed_heading,
    _capital,
    _pledge_assessments,
    _pledge_rows,
    _progress_rows,
    _schedule_header,
    _schedule_rows,
    _settings_line,
    _target_heading,
    _target_rows,
    _target_text,
)


def _e(words: object) -> str:
    return html.escape(str(words), quote=True)


def _html_rows(rows: Iterable[tuple[str, str]]) -> str:
    return "".join(
        f'<tr><th style="text-align:left">{_e(label)}</th><td style="text-align:left">{_e(value)}</td></tr>'
        for label, value in rows
    )


def _html_table(caption: str, header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """A table with a caption and a header row; figures aligned right after the first column."""

    def cell(tag: str, words: str, first: bool) -> str:
        return f'<{tag} style="text-align:{"left" if first else "right"}">{_e(words)}</{tag}>'

    def row(tag: str, cells: Sequence[str]) -> str:
        return "<tr>" + "".join(cell(tag, c, i == 0) for i, c in enumerate(cells)) + "</tr>"

    body = "".join(row("td", r) for r in rows)
    return (
        f'<table class="pledgekit-schedule"><caption style="text-align:left"><b>{_e(caption)}'
        f"</b></caption>{row('th', header)}{body}</table>"
    )


def _html_pledge(assessed: PledgeAssessment, w: Catalogue) -> str:
    text = assessed.pledge.text
    return (
        f'<div class="pledgekit-pledge"><blockquote>{_e(text)}</blockquote>'
        f'<table class="pledgekit-pledge-assessment">{_html_rows(_pledge_rows(assessed, w))}'
        "</table></div>"
    )


def progress_html(progress: Progress, *, lang: Language = "id") -> str:
    """The progress of one target as an HTML table, for a notebook's ``_repr_html_``."""
    if not isinstance(progress, Progress):
        raise InvalidValueError(progress, "a pledgekit.Progress", "progress")
    w = catalogue(lang)
    heading = _target_heading(progress.target, w)
    return (
        f'<table class="pledgekit-progress"><caption style="text-align:left"><b>{_e(heading)}'
        f"</b></caption>{_html_rows(_progress_rows(progress, w))}</table>"
    )


def _html_target(assessed: TargetAssessment, w: Catalogue) -> str:
    heading = _assessed_heading(assessed, w)
    parts = [
        f"<h4>{_e(heading)}</h4>",
        f'<table class="pledgekit-progress">{_html_rows(_target_rows(assessed, w))}</table>',
    ]
    schedule = _schedule_rows(assessed, w)
    if schedule:
        parts.append(_html_table(w["capaian_schedule_heading"], _schedule_header(w), schedule))
    parts.append(f"<p><b>{_e(w['findings'])}</b></p>")
    if assessed.findings:
        items = []
        for finding in assessed.findings:
            explanations = "".join(
                f"<li>{_e(_capital(w.explanation(e)))}.</li>" for e in finding.explanations
            )
            items.append(
                f'<li class="pledgekit-{_e(finding.severity.name.lower())}"><b>'
                f"{_e(w.severity(finding.severity))} — {_e(w.kind(finding.kind))}.</b> "
                f"{_e(_capital(w.finding(finding)))}."
                + (f"<ul>{explanations}</ul>" if explanations else "")
                + "</li>"
            )
        parts.append(f"<ol>{''.join(items)}</ol>")
    else:
        parts.append(f"<p>{_e(w['no_findings'])}</p>")
    return "".join(parts)


def assessment_html(assessment: Assessment, *, lang: Language = "id") -> str:
    """An assessment as HTML: each target's progress, capaian and findings."""
    if not isinstance(assessment, Assessment):
        raise InvalidValueError(assessment, "a pledgekit.Assessment", "assessment")
    w = catalogue(lang)
    pledges = "".join(_html_pledge(p, w) for p in _pledge_assessments(assessment).values())
    body = pledges + "".join(_html_target(t, w) for t in assessment.targets)
    settings = f'<p class="pledgekit-settings">{_e(_settings_line(assessment.evaluation, w))}</p>'
    return (
        f'<div class="pledgekit-assessment"><h3>{_e(assessment.case.title)}</h3>'
        f"{settings}{body}</div>"
    )


def case_html(case: Case, *, lang: Language = "id") -> str:
    """A case as HTML: its plan, pledges and targets, with how many figures and claims."""
    if not isinstance(case, Case):
        raise InvalidValueError(case, "a pledgekit.Case", "case")
    w = catalogue(lang)
    parts = [f"<h3>{_e(case.title)}</h3>"]
    if case.description:
        parts.append(f"<p>{_e(case.description)}</p>")
    plan = case.plan
    if plan is not None:
        rows = [(w["plan"], f"{plan.name} {plan.region}, {w.period(plan.period)}")]
        if plan.vision is not None:
            rows.append((w["vision"], plan.vision))
        rows += [(f"{w['mission']} {m.number}", m.text) for m in plan.missions]
        rows += [
            (f"{w['program']} {w.program_label(plan, p.number)}", p.title) for p in plan.programs
        ]
        parts.append(f'<table class="pledgekit-plan">{_html_rows(rows)}</table>')
    for pledge in case.pledges:
        parts.append(f"<blockquote>{_e(pledge.text)}</blockquote>")
        if pledge.translation:
            parts.append(f"<p><i>{_e(pledge.translation)}</i></p>")
    if case.targets:
        header = (
            w["target"],
            w["indicator"],
            w["period"],
            w["observation_count"],
            w["claim_count"],
        )
        rows_html = "".join(
            "<tr>"
            + "".join(
                f'<td style="text-align:left">{_e(cell)}</td>'
                for cell in (
                    _target_text(t, w),
                    t.indicator.name,
                    w.period(t.period),
                    str(len(case.observations_for(t))),
                    str(len(case.claims_for(t))),
                )
            )
            + "</tr>"
            for t in case.targets
        )
        head = "".join(f'<th style="text-align:left">{_e(h)}</th>' for h in header)
        parts.append(f'<table class="pledgekit-targets"><tr>{head}</tr>{rows_html}</table>')
    return f'<div class="pledgekit-case">{"".join(parts)}</div>'
