"""The HTML page to publish: one self-contained HTML5 document of an assessment.

What ``render(format="html")`` and ``pledgekit report CASE --format html`` write: the
body of `pledgekit.report._html`, headed from ``<h1>``, each target's burn-up chart
drawn inline as SVG (`pledgekit.report._page_chart`), inside a document with its
language, character set, viewport, title and style sheet, and nothing from elsewhere: no
script, no font, no image file, no style sheet to fetch. The only addresses in it are
the links to the sources the case cites. Without matplotlib the page is written without
its charts, and says so where each chart would stand.
"""

from __future__ import annotations

from pledgekit._case import Assessment, TargetAssessment
from pledgekit._finding import Severity
from pledgekit._version import __version__
from pledgekit.messages import Catalogue
from pledgekit.report._html import _e, _findings, _h, assessment_body
from pledgekit.report._page_chart import chart_svg
from pledgekit.report._page_style import STYLE
from pledgekit.report._rows import (
    _assessed_heading,
    _decimal_places,
    _settings_line,
    _target_text,
    inconsistencies,
)


def _chart(assessed: TargetAssessment, w: Catalogue, number: int) -> str:
    """The chart as a figure with its text alternative, or a notice that it is not drawn."""
    p = assessed.progress
    label = w["html_chart_label"].format(
        target=assessed.target.indicator.name,
        achieved=w.amount(p.achieved, p.target.unit, _decimal_places(p.achieved)),
        as_of=w.date(p.as_of),
        value=_target_text(p.target, w),
    )
    if assessed.claims:
        label += f"; {w['html_chart_claims']}"
    svg = chart_svg(assessed, w.lang, label, number)
    if svg is None:
        return f'<p class="pledgekit-no-chart"><strong>{_e(w["html_chart_missing"])}</strong></p>'
    return f'<figure class="pledgekit-chart">{svg}<figcaption>{_e(label)}.</figcaption></figure>'


def _document(title: str, body: str, w: Catalogue) -> str:
    """The HTML5 document around a body: language, character set, viewport, title, style."""
    written = w["html_written_by"].format(version=__version__)
    return (
        "<!doctype html>\n"
        f'<html lang="{_e(w.lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(title)}</title>\n"
        f"<style>body{{margin:0;background:#ffffff}}{STYLE}</style>\n</head>\n"
        f'<body>\n<main class="pledgekit">{body}'
        f'<footer class="pledgekit-muted"><p>{_e(written)}</p></footer></main>\n'
        "</body>\n</html>\n"
    )


def html_page(
    assessment: Assessment, w: Catalogue, *, target: str | None = None, pledge: str | None = None
) -> str:
    """The whole report as a page, or one target's or one pledge's.

    ``target`` gives that target's only, with its pledges; ``pledge`` that pledge's,
    with its targets.
    """
    body = assessment_body(assessment, w, top=1, chart=_chart, target=target, pledge=pledge)
    return _document(assessment.case.title, body, w)


def html_audit_page(assessment: Assessment, w: Catalogue) -> str:
    """The findings only, target by target, and the audit's summary: ``pledgekit audit``."""
    parts = [_h(1, assessment.case.title)]
    for assessed in assessment.targets:
        parts += [_h(2, _assessed_heading(assessed, w)), _findings(assessed.findings, w)]
    failing = inconsistencies(assessment)
    counts = [
        w.severity_count(severity, sum(1 for f in failing if f.severity is severity))
        for severity in (Severity.ERROR, Severity.WARNING)
    ]
    summary = ", ".join(counts) if failing else w["audit_clean"]
    parts += [
        _h(2, w["html_audit_summary"]),
        f"<p>{_e(summary)}</p>",
        f'<p class="pledgekit-muted">{_e(_settings_line(assessment.evaluation, w))}</p>',
    ]
    return _document(assessment.case.title, "".join(parts), w)
