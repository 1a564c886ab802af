"""The report in a format chosen by name: the whole report, or its findings only."""

from __future__ import annotations

from pledgekit._case import Assessment
from pledgekit._finding import Severity
from pledgekit.exceptions import InvalidValueError
from pledgekit.messages import Catalogue, Language, catalogue
from pledgekit.report._csv import to_csv
from pledgekit.report._json import to_json
from pledgekit.report._markdown import _md, _md_findings, _render_markdown
from pledgekit.report._page import html_audit_page, html_page
from pledgekit.report._plan import Layout, plan_layout
from pledgekit.report._rows import (
    Format,
    _assessed_heading,
    _check_format,
    _settings_line,
    inconsistencies,
)
from pledgekit.report._text import _render_text, _text_findings


def render(
    assessment: Assessment,
    *,
    format: Format = "text",
    lang: Language = "id",
    layout: Layout = "auto",
    target: str | None = None,
    pledge: str | None = None,
) -> str:
    """The whole report in one format and language.

    Args:
        assessment: What [`pledgekit.Case.assess`][pledgekit.Case.assess] returned.
        format: ``"text"`` for the terminal, ``"markdown"`` for an article draft,
            ``"json"`` for tools ([`to_json_dict`][pledgekit.report.to_json_dict]),
            ``"csv"`` for spreadsheets ([`to_csv`][pledgekit.report.to_csv]), ``"html"``
            for a page to publish: one self-contained HTML5 document, each target's
            chart inline as SVG (without matplotlib, the page says the chart is not
            drawn).
        lang: ``"id"`` (Indonesian labels and notation, the default) or ``"en"``.
        layout: How a text or Markdown report lays out its targets: ``"plan"`` along
            the plan's tree (each misi, tujuan and sasaran, a table per sasaran with a
            row per indicator, its findings below; the targets outside the tree last),
            ``"targets"`` a full page per target, ``"auto"`` (the default) the plan's
            layout when the case's plan carries more than one of its targets, else a
            page per target. JSON, CSV and HTML have one layout (HTML a section per
            target).
        target: The id of one target: the report is its full page only, after the
            case, its settings, the plan and that target's pledges (text, Markdown
            and HTML).
        pledge: The id of one pledge: the report is that pledge (its words, status,
            suggested verdict and verdict history), then the full page of each target
            it sets (text, Markdown and HTML): a promise tracker's page of one promise.
            Not with ``target``.

    Raises:
        InvalidValueError: An unknown format, language, layout or target id (the error
            lists the ids), ``target`` with JSON or CSV, or not an Assessment.

    The Kota Bekasi case (``examples/bekasi/case.toml``): the labour office reported
    27,197 + 56,000 + 58,000 + 5,108 = 146,305 workers up to 30 June 2022, of the
    150,000 promised: 97.54 %, 150,000 − 146,305 = 3,695 short.

    >>> from pathlib import Path
    >>> import pledgekit
    >>> from pledgekit.report import render
    >>> bekasi = Path(pledgekit.__file__).parents[2] / "examples/bekasi/case.toml"
    >>> assessment = pledgekit.load(bekasi).assess()
    >>> for line in render(assessment, lang="en").splitlines()[25:29]:
    ...     print(line)
      As of                     30 June 2022
      Achieved                  146,305 orang
      Progress                  97.54 %
      Shortfall                 3,695 orang

    In Indonesian (the default) the labels and the notation change, the numbers do not:

    >>> for line in render(assessment).splitlines()[26:28]:
    ...     print(line)
      Realisasi                  146.305 orang
      Kemajuan                   97,54 %
    >>> render(assessment, format="markdown", lang="en").splitlines()[0]
    '# Kota Bekasi: 150.000 tenaga kerja (2018–2023)'
    """
    format, w = _checked(assessment, format, lang)
    by_plan = plan_layout(assessment, layout)
    if target is not None:
        _check_target(assessment, target, format)
    if pledge is not None:
        _check_pledge(assessment, pledge, format, target)
    if format in ("json", "csv"):
        return _tables(assessment, format, w, findings_only=False)
    if format == "markdown":
        return _render_markdown(assessment, w, by_plan=by_plan, target=target, pledge=pledge)
    if format == "html":
        return html_page(assessment, w, target=target, pledge=pledge)
    return _render_text(assessment, w, by_plan=by_plan, target=target, pledge=pledge)


def _check_pledge(assessment: Assessment, pledge: object, format: Format, target: object) -> None:
    """A pledge id the assessment has, alone, for a format that shows one pledge's page."""
    if target is not None:
        raise InvalidValueError(pledge, "a pledge or a target, not both", "pledge")
    if format in ("json", "csv"):
        raise InvalidValueError(
            pledge, "no pledge with format json or csv (they hold every pledge)", "pledge"
        )
    ids = [assessed.pledge.id for assessed in assessment.pledges]
    if pledge not in ids:
        listed = ", ".join(repr(i) for i in ids) or "none"
        raise InvalidValueError(pledge, f"the id of a pledge of the case ({listed})", "pledge")


def _check_target(assessment: Assessment, target: object, format: Format) -> None:
    """A target id the assessment has, for a format that shows one target's page."""
    ids = [assessed.target.id for assessed in assessment.targets]
    if format in ("json", "csv"):
        raise InvalidValueError(
            target, "no target with format json or csv (they hold every target)", "target"
        )
    if target not in ids:
        listed = ", ".join(repr(i) for i in ids) or "none"
        raise InvalidValueError(target, f"the id of a target of the case ({listed})", "target")


def render_audit(assessment: Assessment, *, format: Format = "text", lang: Language = "id") -> str:
    """Only the findings, target by target: what ``pledgekit audit`` prints.

    JSON is the whole report (tools read ``targets[].findings`` and ``summary``); CSV
    has only the finding rows and the settings row; HTML is a page of the findings and
    the summary.

    The Kota Bekasi case (``examples/bekasi/case.toml``) has seven findings. The first:
    the office claimed 141,624 reached and 8,276 left, but 150,000 − 141,624 = 8,376.
    The summary counts four errors and two warnings; the seventh finding is a note,
    not an inconsistency ([`inconsistencies`][pledgekit.report.inconsistencies]):

    >>> from pathlib import Path
    >>> import pledgekit
    >>> from pledgekit.report import render_audit
    >>> bekasi = Path(pledgekit.__file__).parents[2] / "examples/bekasi/case.toml"
    >>> lines = render_audit(pledgekit.load(bekasi).assess(), lang="en").splitlines()
    >>> for line in lines[2:4]:
    ...     print(line)
        1. [ERROR] Remainder mismatch
           Claimed remaining 8,276, but the target 150,000 less the claimed 141,624
           leaves 8,376: a difference of -100.
    >>> lines[-2]
    'Summary: 4 errors, 2 warnings'
    """
    format, w = _checked(assessment, format, lang)
    if format in ("json", "csv"):
        return _tables(assessment, format, w, findings_only=True)
    if format == "html":
        return html_audit_page(assessment, w)
    lines: list[str] = []
    for assessed in assessment.targets:
        heading = _assessed_heading(assessed, w)
        if format == "markdown":
            lines += [f"## {heading}", "", *_md_findings(assessed, w), ""]
        else:
            lines += [heading, "-" * len(heading), *_text_findings(assessed, w), ""]
    failing = inconsistencies(assessment)
    counts = []
    for severity in (Severity.ERROR, Severity.WARNING):
        number = sum(1 for f in failing if f.severity is severity)
        counts.append(w.severity_count(severity, number))
    summary = ", ".join(counts) if failing else w["audit_clean"]
    lines.append(
        f"**{w['summary']}:** {summary}" if format == "markdown" else f"{w['summary']}: {summary}"
    )
    settings = _settings_line(assessment.evaluation, w)
    lines.append(f"*{_md(settings)}*" if format == "markdown" else settings)
    return "\n".join(lines) + "\n"


def _checked(assessment: object, format: object, lang: Language) -> tuple[Format, Catalogue]:
    """The format and the language's catalogue, once the arguments are checked."""
    if not isinstance(assessment, Assessment):
        raise InvalidValueError(assessment, "a pledgekit.Assessment", "assessment")
    return _check_format(format), catalogue(lang)


def _tables(assessment: Assessment, format: Format, w: Catalogue, *, findings_only: bool) -> str:
    """JSON (always the whole report: tools read what they need) or CSV."""
    if format == "json":
        return to_json(assessment)
    return to_csv(assessment, lang=w.lang, findings_only=findings_only)
