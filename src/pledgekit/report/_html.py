"""HTML of an assessment, a case or a progress: the one renderer of the page and the notebook.

[`assessment_html`][pledgekit.report.assessment_html],
[`case_html`][pledgekit.report.case_html] and
[`progress_html`][pledgekit.report.progress_html] give fragments for a notebook's
``_repr_html_``; the page of ``render(format="html")`` (`pledgekit.report._page`) is the
same body, headed one level higher, with the charts drawn, inside a document of its own.
Every word comes from the message catalogue, every number from the assessment, through
the shared rows of ``_rows``; every text is escaped.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Sequence
from typing import Final

from pledgekit._case import Assessment, Case, TargetAssessment
from pledgekit._finding import Finding
from pledgekit._indicator import Accumulation
from pledgekit._plan import Plan
from pledgekit._pledge import Claim, Pledge
from pledgekit._pledges import PledgeAssessment
from pledgekit._progress import Progress
from pledgekit._source import Source
from pledgekit._verdict import VerdictRecord
from pledgekit.exceptions import InvalidValueError
from pledgekit.messages import Catalogue, Language, catalogue
from pledgekit.report._page_language import get_html_language
from pledgekit.report._page_style import SEVERITY_TONES, STATUS_TONES, STYLE
from pledgekit.report._rows import (
    _assessed_heading,
    _capital,
    _claim_summary,
    _made_by_text,
    _observation_note,
    _pledge_assessments,
    _pledge_rows,
    _program_text,
    _progress_rows,
    _schedule_header,
    _schedule_rows,
    _settings_line,
    _source_text,
    _target_heading,
    _target_rows,
    _target_text,
    _topics_text,
    _verdict_label,
)

#: Draws a target's chart for the page: the figure's HTML, or a notice that it is not drawn.
ChartMaker = Callable[[TargetAssessment, Catalogue, int], str]
#: The schemes a source's address may have to become a link; another stays text.
_LINKED: Final = ("https://", "http://")


def _e(words: object) -> str:
    return html.escape(str(words), quote=True)


def _h(level: int, words: str) -> str:
    """A heading; below ``<h6>`` HTML has none, so deeper ones stay ``<h6>``."""
    level = min(level, 6)
    return f"<h{level}>{_e(words)}</h{level}>"


def _lang(lang: Language | None) -> Catalogue:
    """The catalogue of ``lang``, or of the notebook's language setting when ``None``."""
    return catalogue(get_html_language() if lang is None else lang)


def _html_rows(rows: Iterable[tuple[str, str]]) -> str:
    """Label and value rows: each label a row header."""
    return "".join(
        f'<tr><th scope="row" style="text-align:left">{_e(label)}</th>'
        f'<td style="text-align:left">{_e(value)}</td></tr>'
        for label, value in rows
    )


def _caption(words: str) -> str:
    return f'<caption style="text-align:left"><b>{_e(words)}</b></caption>'


def _html_table(
    caption: str,
    header: Sequence[str],
    rows: Iterable[Sequence[str]],
    *,
    kind: str = "schedule",
    figures: Sequence[bool] | None = None,
) -> str:
    """A table with a caption and a header row; ``figures`` says which columns align right.

    By default the first column is words and the others figures.
    """
    right = [i > 0 for i in range(len(header))] if figures is None else list(figures)

    def cell(tag: str, words: str, column: int) -> str:
        scope = ' scope="col"' if tag == "th" else ""
        align = "right" if right[column] else "left"
        return f'<{tag}{scope} style="text-align:{align}">{_e(words)}</{tag}>'

    def row(tag: str, cells: Sequence[str]) -> str:
        return "<tr>" + "".join(cell(tag, c, i) for i, c in enumerate(cells)) + "</tr>"

    body = "".join(row("td", r) for r in rows)
    return (
        f'<table class="pledgekit-{kind}">{_caption(caption)}'
        f"<thead>{row('th', header)}</thead><tbody>{body}</tbody></table>"
    )


def _source_html(source: Source | None, w: Catalogue) -> str:
    """A source in words, its title a link when its address is a web address."""
    if source is None:
        return _e(w["undefined"])
    words = _e(_source_text(source, w))
    url = source.url
    if url is not None and url.lower().startswith(_LINKED):
        return f'<a href="{_e(url)}">{words}</a>'
    return words if url is None else f"{words} ({_e(url)})"


def _badge(words: str, tone: str) -> str:
    return f'<span class="pledgekit-badge pledgekit-tone-{tone}">{_e(words)}</span>'


# -- A target: headline, chart, details, figures, claims, findings ---------------------


def _headline(assessed: TargetAssessment, w: Catalogue) -> str:
    """The headline numbers, worded as the progress rows word them."""
    p = assessed.progress
    rows = dict(_progress_rows(p, w))
    items = [(w["target"], _e(_target_text(p.target, w)))]
    for key in ("achieved", "percent", "surplus" if p.surplus else "shortfall", "as_of"):
        items.append((w[key], _e(rows[w[key]])))
    items.append((w["status"], _badge(w.status(p.status), STATUS_TONES[p.status])))
    cells = "".join(f"<div><dt>{_e(label)}</dt><dd>{value}</dd></div>" for label, value in items)
    return f'<dl class="pledgekit-headline" aria-label="{_e(w["html_headline"])}">{cells}</dl>'


def _place_rows(assessed: TargetAssessment, plan: Plan | None, w: Catalogue) -> list[str]:
    """Where the plan carries the target: its misi, tujuan, sasaran and programs, in words."""
    place = assessed.plan_place
    if plan is None or place is None:
        return []
    rows = []
    mission = None
    if place.mission is not None:
        mission = plan.mission(place.mission)
        rows.append(f"{w['mission']} {mission.number}: {mission.text}")
    goal = None if place.goal is None else plan.goals[place.goal - 1]
    if goal is not None:
        rows.append(f"{w['plan_goal']}: {goal.text}")
    if place.objective is not None:
        # Under its goal, or directly under its mission (Mission.objectives).
        parent = goal if goal is not None else mission
        if parent is not None:
            objective = parent.objectives[place.objective - 1]
            rows.append(f"{w['plan_objective']}: {objective.text}")
    rows += [_program_text(plan, number, w) for number in place.programs]
    return rows


def _figures(assessed: TargetAssessment, w: Catalogue) -> str:
    """The reported figures counted, period by period, and their total."""
    p = assessed.progress
    if not p.observations:
        return f"<p>{_e(w['no_observations'])}</p>"
    rows = [
        (
            w.period(o.period),
            w.n(o.value),
            _observation_note(o, w),
            _source_text_or_none(o.source, w),
        )
        for o in p.observations
    ]
    if p.target.indicator.accumulation is Accumulation.SUM:
        rows.append((w["total"], w.n(p.achieved), "", ""))
    header = (w["period"], w["html_value"], w["html_note"], w["source"])
    return _html_table(
        w["html_figures_caption"],
        header,
        rows,
        kind="figures",
        figures=(False, True, False, False),
    )


def _source_text_or_none(source: Source | None, w: Catalogue) -> str:
    return "" if source is None else _source_text(source, w)


def _claim_said(claim: Claim, w: Catalogue) -> str:
    """What the claim says, without who said it and when (those have columns of their own)."""
    summary = _claim_summary(claim, w)
    who = []
    if claim.speaker is not None:
        who.append(claim.speaker.label)
    if claim.stated_on is not None:
        who.append(w.date(claim.stated_on))
    prefix = ", ".join(who) + ": " if who else ""
    return summary.removeprefix(prefix)


def _claims(assessed: TargetAssessment, w: Catalogue) -> str:
    """Each claim: its speaker, the day it was stated, what it says (and its words), its source."""
    if not assessed.claims:
        return f"<p>{_e(w['no_claims'])}</p>"
    header = (w["html_speaker"], w["html_stated_on"], w["html_claim"], w["source"])
    head = "".join(f'<th scope="col" style="text-align:left">{_e(h)}</th>' for h in header)
    rows = []
    for claim in assessed.claims:
        speaker = w["undefined"] if claim.speaker is None else claim.speaker.label
        stated = w["undefined"] if claim.stated_on is None else w.date(claim.stated_on)
        said = _e(_claim_said(claim, w))
        if claim.quote:
            said += f"<br><q>{_e(claim.quote)}</q>"
        rows.append(
            f'<tr><th scope="row" style="text-align:left">{_e(speaker)}</th>'
            f"<td>{_e(stated)}</td><td>{said}</td><td>{_source_html(claim.source, w)}</td></tr>"
        )
    return (
        f'<table class="pledgekit-claims">{_caption(w["html_claims_caption"])}'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _finding_item(finding: Finding, w: Catalogue) -> str:
    """One finding: its severity in words on a badge, its kind, the catalogue's explanation."""
    explanations = "".join(
        f"<li>{_e(_capital(w.explanation(e)))}.</li>" for e in finding.explanations
    )
    return (
        f'<li class="pledgekit-{_e(finding.severity.name.lower())}">'
        f"{_badge(w.severity(finding.severity), SEVERITY_TONES[finding.severity])} "
        f"<b>{_e(w.kind(finding.kind))}.</b> {_e(_capital(w.finding(finding)))}."
        + (f"<ul>{explanations}</ul>" if explanations else "")
        + "</li>"
    )


def _findings(findings: Sequence[Finding], w: Catalogue) -> str:
    if not findings:
        return f"<p>{_e(w['no_findings'])}</p>"
    return f'<ol class="pledgekit-findings">{"".join(_finding_item(f, w) for f in findings)}</ol>'


def _html_target(
    assessed: TargetAssessment,
    w: Catalogue,
    *,
    level: int,
    plan: Plan | None,
    chart: ChartMaker | None = None,
    number: int = 1,
) -> str:
    """A target's section: headline, plan place, findings, chart, claims, figures, details."""
    p = assessed.progress
    parts = [_h(level, _assessed_heading(assessed, w)), _headline(assessed, w)]
    place = _place_rows(assessed, plan, w)
    if place:
        items = "".join(f"<li>{_e(row)}</li>" for row in place)
        parts.append(f'<p>{_e(w["html_plan_place"])}:</p><ul class="pledgekit-place">{items}</ul>')
    parts += [_h(level + 1, w["findings"]), _findings(assessed.findings, w)]
    if chart is not None:
        parts += [_h(level + 1, w["html_chart"]), chart(assessed, w, number)]
    parts += [_h(level + 1, w["claims"]), _claims(assessed, w)]
    parts += [_h(level + 1, w["observations"]), _figures(assessed, w)]
    caption = w["html_details_caption"].format(as_of=w.date(p.as_of))
    parts += [
        _h(level + 1, w["html_details"]),
        f'<table class="pledgekit-progress">{_caption(caption)}'
        f"{_html_rows(_target_rows(assessed, w))}</table>",
    ]
    schedule = _schedule_rows(assessed, w)
    if schedule:
        parts.append(_html_table(w["capaian_schedule_heading"], _schedule_header(w), schedule))
    return f'<section class="pledgekit-target">{"".join(parts)}</section>'


# -- The plan, the pledges and their verdicts ------------------------------------------


def _plan_rows(plan: Plan, w: Catalogue) -> list[tuple[str, str]]:
    rows = [(w["plan"], f"{plan.name} {plan.region}, {w.period(plan.period)}")]
    if plan.vision is not None:
        rows.append((w["vision"], plan.vision))
    rows += [(f"{w['mission']} {m.number}", m.text) for m in plan.missions]
    rows += [(f"{w['program']} {w.program_label(plan, p.number)}", p.title) for p in plan.programs]
    return rows


def _verdict_header(w: Catalogue) -> tuple[str, ...]:
    """The columns of a verdict history, one per field of a record shown."""
    return (
        w["html_date"],
        w["html_verdict"],
        w["verdict_label"],
        w["rated_by"],
        w["html_rationale"],
        w["source"],
    )


def _verdict_cells(record: VerdictRecord, w: Catalogue) -> tuple[str, ...]:
    """One verdict record's cells, as HTML, in the order of `_verdict_header`.

    The verdict in the page's language, then the tracker's own label on its scale
    (``PolitiFact: “Compromise”``) and who rated it, as the text report words them; a
    dash where the record gives none, as for a source.
    """
    return (
        _e(w.date(record.date)),
        _e(w.verdicts[record.verdict]),
        _e(_verdict_label(record) or "—"),
        _e(record.rated_by or "—"),
        _e(record.rationale),
        _source_html(record.source, w),
    )


def _verdicts(pledge: Pledge, w: Catalogue) -> str:
    """A pledge's verdict history, oldest first, or that none is recorded."""
    if not pledge.verdicts.records:
        return f"<p>{_e(w['html_no_verdicts'])}</p>"
    head = "".join(
        f'<th scope="col" style="text-align:left">{_e(h)}</th>' for h in _verdict_header(w)
    )
    rows = "".join(
        "<tr>"
        + "".join(
            f'<th scope="row" style="text-align:left">{cell}</th>' if i == 0 else f"<td>{cell}</td>"
            for i, cell in enumerate(_verdict_cells(record, w))
        )
        + "</tr>"
        for record in pledge.verdicts.records
    )
    return (
        f'<table class="pledgekit-verdicts">{_caption(w["html_verdicts_caption"])}'
        f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
    )


def _html_pledge(
    pledge: Pledge, assessed: PledgeAssessment | None, w: Catalogue, plan: Plan | None, level: int
) -> str:
    """A pledge in its own words, who made it and where, its assessment and its verdicts."""
    # The pledge in its own language, which a screen reader then reads as such.
    words = f'<blockquote lang="{_e(pledge.language)}">{_e(pledge.text)}</blockquote>'
    parts = [_h(level, f"{w['pledge']} ({pledge.id})"), words]
    rows = []
    if pledge.translation:
        rows.append((w["translation"], pledge.translation))
    if pledge.topics:
        rows.append((w["topics"], _topics_text(pledge, w)))
    if pledge.made_by is not None:
        rows.append((w["made_by"], _made_by_text(pledge.made_by, w)))
    if pledge.made_on is not None:
        rows.append((w["made_on"], w.date(pledge.made_on)))
    if pledge.programs and plan is not None:
        rows.append((w["program"], ", ".join(w.program_label(plan, n) for n in pledge.programs)))
    if assessed is not None:
        rows += _pledge_rows(assessed, w)
    table = _html_rows(rows)
    if pledge.source is not None:
        table += (
            f'<tr><th scope="row" style="text-align:left">{_e(w["source"])}</th>'
            f"<td>{_source_html(pledge.source, w)}</td></tr>"
        )
    if table:
        parts.append(
            f'<table class="pledgekit-pledge-assessment">{_caption(w["html_pledge_caption"])}'
            f"{table}</table>"
        )
    parts += [_h(level + 1, w["html_verdicts"]), _verdicts(pledge, w)]
    return f'<section class="pledgekit-pledge">{"".join(parts)}</section>'


# -- The body every HTML output shares --------------------------------------------------


def assessment_body(
    assessment: Assessment,
    w: Catalogue,
    *,
    top: int,
    chart: ChartMaker | None = None,
    target: str | None = None,
    pledge: str | None = None,
) -> str:
    """The report's body: title (``<h{top}>``), each target, the pledges, the plan, the settings.

    What a reader looks for first comes first: each target's headline numbers and
    findings, then its chart, claims, figures and details.

    ``target`` shows that target only, and its pledges. ``pledge`` shows that pledge
    first (its words, status and verdict history), then each target it sets.
    """
    case = assessment.case
    plan = case.plan
    shown = assessment.targets
    pledges: Sequence[Pledge] = case.pledges
    if target is not None:
        shown = (assessment.for_target(target),)
        pledges = shown[0].pledges
    parts = [_h(top, case.title)]
    if case.description:
        parts.append(f"<p>{_e(case.description)}</p>")
    if pledge is not None:
        assessed_pledge = assessment.for_pledge(pledge)
        section = _html_pledge(assessed_pledge.pledge, assessed_pledge, w, plan, top + 1)
        parts.append(section)
        shown, pledges = assessed_pledge.targets, ()
    parts += [
        _html_target(item, w, level=top + 1, plan=plan, chart=chart, number=number)
        for number, item in enumerate(shown, start=1)
    ]
    if pledges:
        assessed = _pledge_assessments(assessment)
        parts.append(_h(top + 1, w["html_pledges"]))
        parts += [_html_pledge(p, assessed.get(p.id), w, plan, top + 2) for p in pledges]
    if plan is not None:
        parts += [
            _h(top + 1, w["plan"]),
            f'<table class="pledgekit-plan">{_caption(w["html_plan_caption"])}'
            f"{_html_rows(_plan_rows(plan, w))}</table>",
        ]
    parts.append(
        f'<p class="pledgekit-settings">{_e(_settings_line(assessment.evaluation, w))}</p>'
    )
    return "".join(parts)


def assessment_html(assessment: Assessment, *, lang: Language | None = None) -> str:
    """An assessment as an HTML fragment, for a notebook: the page's body, without its charts.

    Headed from ``<h3>`` (a notebook's own headings stand above), with the page's style
    sheet scoped to the fragment. ``lang`` by default is the notebook's setting
    ([`get_html_language`][pledgekit.report.get_html_language], ``"id"`` unless set).

    >>> from pledgekit import Case
    >>> from pledgekit.report import assessment_html
    >>> fragment = assessment_html(Case("Jobs <2024>").assess(), lang="en")
    >>> fragment.startswith('<div class="pledgekit pledgekit-assessment">'), "Jobs &lt;2024&gt;" in fragment
    (True, True)
    """
    if not isinstance(assessment, Assessment):
        raise InvalidValueError(assessment, "a pledgekit.Assessment", "assessment")
    w = _lang(lang)
    body = assessment_body(assessment, w, top=3)
    return f'<div class="pledgekit pledgekit-assessment"><style>{STYLE}</style>{body}</div>'


def pledge_html(pledge: Pledge, *, lang: Language | None = None) -> str:
    """A pledge as an HTML fragment: its words, who made it, its source, its verdict history.

    The page's section of a pledge, for a notebook (``_repr_html_``), without what only
    an assessment knows (its status and suggested verdict: see
    [`assessment_html`][pledgekit.report.assessment_html]). ``lang`` by default is the
    notebook's setting ([`get_html_language`][pledgekit.report.get_html_language]).

    >>> import datetime as dt
    >>> from pledgekit import Pledge
    >>> from pledgekit.report import pledge_html
    >>> from pledgekit.verdicts import Verdict, VerdictRecord
    >>> pledge = Pledge("150.000 lapangan kerja", verdicts=[
    ...     VerdictRecord(dt.date(2022, 7, 22), Verdict.IN_PROGRESS, "146,305 reported")])
    >>> fragment = pledge_html(pledge, lang="en")
    >>> "<td>In progress</td>" in fragment, "22 July 2022" in fragment
    (True, True)
    """
    if not isinstance(pledge, Pledge):
        raise InvalidValueError(pledge, "a pledgekit.Pledge", "pledge")
    w = _lang(lang)
    section = _html_pledge(pledge, None, w, None, 3)
    return f'<div class="pledgekit pledgekit-pledge"><style>{STYLE}</style>{section}</div>'


def progress_html(progress: Progress, *, lang: Language | None = None) -> str:
    """The progress of one target as an HTML table, for a notebook's ``_repr_html_``.

    ``lang`` by default is the notebook's setting
    ([`get_html_language`][pledgekit.report.get_html_language]).

    >>> from pledgekit import (Accumulation, Direction, Indicator, Observation, Period,
    ...                        Target, progress)
    >>> from pledgekit.report import progress_html
    >>> jobs = Indicator("Jobs", "persons", direction=Direction.INCREASE,
    ...                  accumulation=Accumulation.SUM)
    >>> target = Target(jobs, 100, period=Period.year(2020))
    >>> table = progress_html(progress(target, [Observation(Period.month(2020, 1), 50)]), lang="en")
    >>> '<th scope="row" style="text-align:left">Achieved</th>' in table
    True
    """
    if not isinstance(progress, Progress):
        raise InvalidValueError(progress, "a pledgekit.Progress", "progress")
    w = _lang(lang)
    heading = _target_heading(progress.target, w)
    return (
        f'<table class="pledgekit-progress">{_caption(heading)}'
        f"{_html_rows(_progress_rows(progress, w))}</table>"
    )


def case_html(case: Case, *, lang: Language | None = None) -> str:
    """A case as HTML: its plan, pledges and targets, with how many figures and claims.

    ``lang`` by default is the notebook's setting
    ([`get_html_language`][pledgekit.report.get_html_language]).

    >>> from pledgekit import Case
    >>> from pledgekit.report import case_html
    >>> case_html(Case("Jobs"), lang="en")
    '<div class="pledgekit pledgekit-case"><h3>Jobs</h3></div>'
    """
    if not isinstance(case, Case):
        raise InvalidValueError(case, "a pledgekit.Case", "case")
    w = _lang(lang)
    parts = [_h(3, case.title)]
    if case.description:
        parts.append(f"<p>{_e(case.description)}</p>")
    plan = case.plan
    if plan is not None:
        parts.append(f'<table class="pledgekit-plan">{_html_rows(_plan_rows(plan, w))}</table>')
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
        rows = [
            (
                _target_text(t, w),
                t.indicator.name,
                w.period(t.period),
                str(len(case.observations_for(t))),
                str(len(case.claims_for(t))),
            )
            for t in case.targets
        ]
        parts.append(
            _html_table(
                w["html_targets"],
                header,
                rows,
                kind="targets",
                figures=(False, False, False, True, True),
            )
        )
    return f'<div class="pledgekit pledgekit-case">{"".join(parts)}</div>'
