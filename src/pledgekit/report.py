"""Reports of an assessment: text, Markdown, JSON, CSV and HTML, in Indonesian or English.

:func:`render` turns a :class:`~pledgekit.Assessment` into text for the terminal,
Markdown for an article draft, JSON for tools or CSV for spreadsheets;
:func:`to_json_dict` gives the JSON report as a dict (schema version
:data:`REPORT_VERSION`, described in ``docs/report.md``). :func:`case_html`,
:func:`progress_html` and :func:`assessment_html` give HTML for notebooks.

Labels, figures and dates follow the language: ``lang="id"`` writes ``146.305`` and
``97,54 %``, ``lang="en"`` writes ``146,305`` and ``97.54 %``. Every label, status and
finding is worded by the language's message catalogue (:mod:`pledgekit.messages`)
from the finding's structured fields. Everything here is exact until the last step: figures are rounded
only to be printed, and the JSON report carries the exact values beside the rounded
ones.

>>> import datetime as dt
>>> from pledgekit import (Accumulation, Case, Claim, ClaimKind, Direction, Indicator,
...                        Observation, Period, Target)
>>> jobs = Indicator("Tenaga kerja", "orang", direction=Direction.INCREASE,
...                  accumulation=Accumulation.SUM)
>>> target = Target(jobs, 150000, period=Period.years(2019, 2022), id="jobs")
>>> case = Case("Jobs", indicators=[jobs], targets=[target],
...             observations=[Observation(Period.year(2019), 40000),
...                           Observation(Period.year(2020), 35000)],
...             claims=[Claim(ClaimKind.ACHIEVED, 70000, dt.date(2020, 12, 31))])
>>> assessment = case.assess()
>>> report = to_json_dict(assessment)
>>> report["pledgekit_report"], report["targets"][0]["progress"]["achieved"]
(1, '75000')
>>> report["targets"][0]["progress"]["ratio"], report["targets"][0]["progress"]["percent"]
('1/2', '50.00')
>>> for line in render(assessment, format="text", lang="id").splitlines()[6:10]:
...     print(line)
  Per tanggal                31 Desember 2020
  Realisasi                  75.000 orang
  Kemajuan                   50,00 %
  Sisa                       75.000 orang
>>> for line in render(assessment, lang="en").splitlines()[-2:]:
...     print(line)
    1. [ERROR] Total mismatch
       Claimed 70,000 as of 31 December 2020, but the figures add up to 75,000: a difference of -5,000.
>>> [f.kind.name for f in inconsistencies(assessment)]
['TOTAL_MISMATCH']
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
from collections.abc import Iterable, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Any, Final

from pledgekit._amounts import round_fraction
from pledgekit._audit import Explanation, Finding, FindingKind, Severity
from pledgekit._case import Assessment, Case, TargetAssessment
from pledgekit._evaluation import Evaluation
from pledgekit._indicator import (
    Accumulation,
    Indicator,
    Observation,
    Straddling,
    Target,
)
from pledgekit._period import Period
from pledgekit._plan import Plan
from pledgekit._pledge import Claim, ClaimKind, Membership, Pledge
from pledgekit._progress import Progress, Status
from pledgekit._source import Source
from pledgekit.exceptions import InvalidValueError
from pledgekit.messages import LANGUAGES, Catalogue, catalogue
from pledgekit.methods import permendagri86

__all__ = [
    "FORMATS",
    "LANGUAGES",
    "REPORT_VERSION",
    "assessment_html",
    "case_html",
    "inconsistencies",
    "progress_html",
    "render",
    "render_audit",
    "status_label",
    "to_csv",
    "to_json",
    "to_json_dict",
]

#: The version of the JSON report's schema (``"pledgekit_report"`` in every report).
#: It changes only when a field is removed or changes meaning; new fields may be added
#: within a version.
REPORT_VERSION: Final = 1
#: The formats :func:`render` writes.
FORMATS: Final = ("text", "markdown", "json", "csv")


def _check_format(format: object) -> str:
    if not isinstance(format, str) or format not in FORMATS:
        raise InvalidValueError(format, "one of " + ", ".join(repr(f) for f in FORMATS), "format")
    return format


def status_label(status: Status, lang: str = "id") -> str:
    """The words for a status in a language.

    >>> status_label(Status.ON_TRACK), status_label(Status.ON_TRACK, "en")
    ('Sesuai jalur', 'On track')
    """
    if not isinstance(status, Status):
        raise InvalidValueError(status, "a pledgekit.Status", "status")
    return catalogue(lang).status(status)


def _decimal_places(value: Decimal) -> int:
    # Amounts are finite (to_amount), so the exponent is an int.
    return max(0, -int(value.as_tuple().exponent))


def _precision(target: Target) -> int:
    """Decimal places derived amounts are shown with: those of the target's own figures."""
    return max(_decimal_places(target.value), _decimal_places(target.baseline))


def _rate_places(rate: Fraction, target: Target) -> int:
    """Places for a rate: the target's own, two more for a rate below ten."""
    return _precision(target) + (0 if abs(rate) >= 10 else 2)


# -- Exact values as strings -----------------------------------------------------------


def _exact(value: Decimal | Fraction | int | None) -> str | None:
    """An exact number as a string: a plain decimal, or ``num/den`` for a Fraction."""
    if value is None:
        return None
    if isinstance(value, Fraction):
        return f"{value.numerator}/{value.denominator}"
    number = Decimal(value)
    # A zero reached by a negation under a rounding mode such as ROUND_FLOOR is signed;
    # an amount has no negative zero, and the report never prints "-0".
    return format(number.copy_abs() if number.is_zero() else number, "f")


def _rounded(value: Fraction | Decimal | None, places: int = 2) -> str | None:
    if value is None:
        return None
    return format(round_fraction(Fraction(value), places), "f")


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


# -- The Permendagri 86 capaian of a target --------------------------------------------


def _capaian_reason(rated: permendagri86.PeriodCapaian, w: Catalogue) -> str:
    """Why there is no rate, in words; empty when there is one."""
    return "" if rated.reason is None else w[f"capaian_{rated.reason.value}"]


def _capaian_text(assessed: TargetAssessment, w: Catalogue) -> str:
    rated = assessed.capaian
    shown = rated.percent(2)
    if shown is None or rated.predikat is None:
        return f"{w['undefined']} ({_capaian_reason(rated, w)})"
    band = f"{w['predikat'].lower()} {rated.predikat.label()}"
    if rated.stale_figure and rated.figure_period is not None:
        band += f"; {w['capaian_figure_of']} {w.period(rated.figure_period)}"
    return f"{w.pct(shown)} ({band})"


# -- The evaluation settings, in every output ------------------------------------------


#: The words of the settings line (kept apart from the labels of the report's body).
def _settings_number(value: Fraction) -> str:
    """An exact setting as a string: a plain decimal when it has one ("0.95"), else ``num/den``."""
    for places in range(40):
        scaled = value * 10**places
        if scaled.denominator == 1:
            # Built from a string: exact under any caller's decimal context.
            return format(Decimal(f"{scaled.numerator}E-{places}"), "f")
    return f"{value.numerator}/{value.denominator}"


def _settings_json(evaluation: Evaluation) -> dict[str, Any]:
    """Every field of the evaluation, exact values as strings."""
    thresholds, rules, clamp = evaluation.thresholds, evaluation.verdict_rules, evaluation.clamp
    return {
        "thresholds": {
            "on_track": _settings_number(thresholds.on_track),
            "needs_acceleration": _settings_number(thresholds.needs_acceleration),
            "limited_progress": _settings_number(thresholds.limited_progress),
        },
        "straddling": None if evaluation.straddling is None else evaluation.straddling.value,
        "lower_is_better": evaluation.lower_is_better.value,
        "band_policy": evaluation.band_policy.value,
        "clamp": None if clamp is None else [_settings_number(end) for end in clamp],
        "verdict_rules": {
            "kept_at_least": _settings_number(rules.kept_at_least),
            "partial_at_least": _settings_number(rules.partial_at_least),
            "stalled_at_most": _settings_number(rules.stalled_at_most),
        },
    }


def _settings_line(evaluation: Evaluation, w: Catalogue) -> str:
    """The settings in one line of words: ``Settings: status thresholds 0.95 / 0.6 / 0; ...``."""
    fields = _settings_json(evaluation)

    def words(key: str) -> str:
        return w["settings" if key == "settings" else f"settings_{key}"]

    def n(value: str) -> str:  # "1/3" has no decimal: written as the fraction it is
        return value if "/" in value else w.n(Decimal(value))

    def pct(value: str) -> str:
        return n(_settings_number(Fraction(value) * 100)) + " %"

    thresholds = " / ".join(n(v) for v in fields["thresholds"].values())
    clamp = fields["clamp"]
    rules = fields["verdict_rules"]
    parts = [
        f"{words('thresholds')} {thresholds}",
        f"{words('straddling')}: {words('straddling_' + (fields['straddling'] or 'none'))}",
        f"{words('formula')} {words('formula_' + fields['lower_is_better'])}",
        f"{words('bands')} {words('bands_' + fields['band_policy'])}",
        words("clamp_none") if clamp is None else f"{words('clamp')} {n(clamp[0])}–{n(clamp[1])}",
        f"{words('verdicts')}: {words('kept')} {pct(rules['kept_at_least'])}, "
        f"{words('partial')} {pct(rules['partial_at_least'])}, "
        f"{words('stalled')} {pct(rules['stalled_at_most'])}",
    ]
    return f"{words('settings')}: {'; '.join(parts)}"


def inconsistencies(assessment: Assessment) -> tuple[Finding, ...]:
    """The findings that make the audit fail: those of severity ERROR or WARNING.

    Notes (severity INFO) such as a consistent restatement are not inconsistencies.
    The ``pledgekit audit`` command exits with status 1 when this is not empty.
    """
    return tuple(f for f in assessment.findings if f.severity >= Severity.WARNING)


# -- JSON ------------------------------------------------------------------------------


def _period_json(period: Period) -> dict[str, Any]:
    return {"start": period.start.isoformat(), "end": period.end.isoformat(), "days": period.days}


def _source_json(source: Source) -> dict[str, Any]:
    return {
        "id": source.id,
        "outlet": source.outlet,
        "title": source.title,
        "url": source.url,
        "published": _iso(source.published),
        "quote": source.quote,
    }


def _membership_json(membership: Membership | None) -> dict[str, Any] | None:
    if membership is None:
        return None
    person = membership.person
    return {
        "label": membership.label,
        "person": None if person is None else person.display_name,
        "post": membership.post,
        "role": membership.role,
        "organization": None if membership.organization is None else membership.organization.name,
        "start_date": _iso(membership.start_date),
        "end_date": _iso(membership.end_date),
    }


def _plan_json(plan: Plan | None) -> dict[str, Any] | None:
    if plan is None:
        return None
    return {
        "name": plan.name,
        "region": plan.region,
        "period": _period_json(plan.period),
        "vision": plan.vision,
        "missions": [{"number": m.number, "text": m.text} for m in plan.missions],
        "goals": [
            {"text": g.text, "mission": g.mission, "objectives": [o.text for o in g.objectives]}
            for g in plan.goals
        ],
        "program_count": plan.program_count,
        "programs": [
            {
                "number": p.number,
                "label": plan.program_label(p.number),
                "title": p.title,
                "missions": list(p.missions),
                "code": p.code,
                "agency": p.agency,
                "targets": [t.id for t in p.targets],
            }
            for p in plan.programs
        ],
    }


def _pledge_json(pledge: Pledge) -> dict[str, Any]:
    return {
        "id": pledge.id,
        "text": pledge.text,
        "language": pledge.language,
        "translation": pledge.translation,
        "made_by": _membership_json(pledge.made_by),
        "made_on": _iso(pledge.made_on),
        "source": None if pledge.source is None else pledge.source.id,
        "targets": [t.id for t in pledge.targets],
        "programs": list(pledge.programs),
    }


def _indicator_json(indicator: Indicator) -> dict[str, Any]:
    return {
        "id": indicator.id,
        "name": indicator.name,
        "unit": indicator.unit,
        "direction": indicator.direction.value,
        "accumulation": indicator.accumulation.value,
        "definition": indicator.definition,
        "code": indicator.code,
    }


def _interval_json(
    interval: tuple[Decimal | Fraction, Decimal | Fraction] | None,
) -> list[str | None] | None:
    return None if interval is None else [_exact(interval[0]), _exact(interval[1])]


def _observation_json(observation: Observation) -> dict[str, Any]:
    return {
        "period": _period_json(observation.period),
        "value": _exact(observation.value),
        "resolution": _exact(observation.resolution),
        "rounding": observation.rounding.value,
        "interval": _interval_json(observation.interval),
        "indicator": None if observation.indicator is None else observation.indicator.id,
        "source": None if observation.source is None else observation.source.id,
        "note": observation.note,
    }


def _claim_json(claim: Claim) -> dict[str, Any]:
    return {
        "kind": claim.kind.value,
        "value": _exact(claim.value),
        "as_of": claim.as_of.isoformat(),
        "stated_on": _iso(claim.stated_on),
        "resolution": _exact(claim.resolution),
        "rounding": claim.rounding.value,
        "interval": None if claim.value is None else _interval_json(claim.interval),
        "period": None if claim.period is None else _period_json(claim.period),
        "speaker": _membership_json(claim.speaker),
        "source": None if claim.source is None else claim.source.id,
        "indicator": None if claim.indicator is None else claim.indicator.id,
        "quote": claim.quote,
        "dateline": claim.dateline,
    }


def _progress_json(p: Progress) -> dict[str, Any]:
    return {
        "as_of": p.as_of.isoformat(),
        "achieved": _exact(p.achieved),
        "ratio": _exact(p.ratio),
        "percent": None if p.ratio is None else _rounded(p.ratio * 100),
        "shortfall": _exact(p.shortfall),
        "surplus": _exact(p.surplus),
        "is_met": p.is_met,
        "days_elapsed": p.days_elapsed,
        "days_left": p.days_left,
        "elapsed": _exact(p.elapsed),
        "elapsed_percent": _rounded(p.elapsed * 100),
        "expected": _exact(p.expected),
        "expected_rounded": _rounded(p.expected),
        "pace_index": _exact(p.pace_index),
        "pace_index_rounded": _rounded(p.pace_index),
        "required_per_day": _exact(p.required_per_day),
        "required_per_month": _exact(p.required_per_month),
        "required_per_month_rounded": _rounded(p.required_per_month),
        "required_per_year": _exact(p.required_per_year),
        "recent_rate_per_day": _exact(p.recent_rate_per_day),
        "average_rate_per_day": _exact(p.average_rate_per_day),
        "projected_recent": _iso(p.projected_recent),
        "projected_average": _iso(p.projected_average),
        "covered_days": p.covered_days,
        "coverage": _exact(p.coverage),
        "gaps": [_period_json(g) for g in p.gaps],
        "status": p.status.value,
        "observations": [_observation_json(o) for o in p.observations],
        "left_out": [_observation_json(o) for o in p.left_out],
        "outside": [_observation_json(o) for o in p.outside],
        "straddling": [_straddling_json(p, o) for o in p.straddling],
        "straddling_policy": p.straddling_policy.value,
    }


def _straddling_json(p: Progress, observation: Observation) -> dict[str, Any]:
    return {
        **_observation_json(observation),
        "edge": "start" if observation.period.start < p.target.period.start else "end",
        "counted": p.straddling_policy is Straddling.INCLUDE,
        "messages": {
            lang: _straddling_words(p, observation, catalogue(lang)) for lang in LANGUAGES
        },
    }


#: The order of the languages in a finding's ``messages`` (English first, as ever).
_MESSAGE_ORDER: Final = tuple(sorted(LANGUAGES))


def _explanation_json(explanation: Explanation) -> dict[str, Any]:
    return {
        "period": _period_json(explanation.period),
        "total": _exact(explanation.total),
        "interval": _interval_json(explanation.interval),
        "observations": [_observation_json(o) for o in explanation.observations],
        "left_out": [_observation_json(o) for o in explanation.left_out],
        "messages": {lang: catalogue(lang).explanation(explanation) for lang in _MESSAGE_ORDER},
    }


def _finding_json(finding: Finding, assessed: TargetAssessment) -> dict[str, Any]:
    return {
        "kind": finding.kind.value,
        "severity": finding.severity.name.lower(),
        "unit": _finding_unit(finding, assessed),
        "claimed": _exact(finding.claimed),
        "computed": _exact(finding.computed),
        "difference": _exact(finding.difference),
        "claimed_interval": _interval_json(finding.claimed_interval),
        "computed_interval": _interval_json(finding.computed_interval),
        "explanations": [_explanation_json(e) for e in finding.explanations],
        "claims": [_claim_index(c, assessed) for c in finding.claims],
        "observations": [_observation_json(o) for o in finding.observations],
        "periods": [_period_json(p) for p in finding.periods],
        "possible_interval": None
        if finding.possible_interval is None
        else [_exact(end) for end in finding.possible_interval],
        "date_problem": None if finding.date_problem is None else finding.date_problem.value,
        "dates": [d.isoformat() for d in finding.dates],
        "pledge": None if finding.pledge is None else finding.pledge.id,
        "verdict": None
        if finding.verdict is None
        else {"date": finding.verdict.date.isoformat(), "verdict": finding.verdict.verdict.value},
        "straddling": None if finding.straddling is None else finding.straddling.value,
        "suggested_period": None
        if finding.suggested_period is None
        else _period_json(finding.suggested_period),
        "messages": {lang: catalogue(lang).finding(finding) for lang in _MESSAGE_ORDER},
    }


def _finding_unit(finding: Finding, assessed: TargetAssessment) -> str:
    """The unit of a finding's figures: percent for a percentage claim, else the target's."""
    about_percent = finding.kind is FindingKind.PERCENT_MISMATCH or (
        finding.kind is FindingKind.UNVERIFIABLE_CLAIM
        and bool(finding.claims)
        and finding.claims[0].kind is ClaimKind.PERCENT
    )
    return "%" if about_percent else assessed.target.unit


def _claim_index(claim: Claim, assessed: TargetAssessment) -> int:
    return assessed.claims.index(claim)


def _target_json(assessed: TargetAssessment) -> dict[str, Any]:
    target = assessed.target
    rated = assessed.capaian
    band = rated.predikat
    reason = rated.reason
    capaian = {
        "method": "permendagri86",
        "target": _exact(target.value),
        "realisasi": _exact(rated.realisasi),
        "value": _exact(rated.value),
        "percent": _rounded(rated.percent(2)),
        "predikat": None if band is None else band.value,
        "label": None if band is None else band.label(),
        "figure_period": None if rated.figure_period is None else _period_json(rated.figure_period),
        "reason": None if reason is None else reason.value,
        "reason_messages": None
        if reason is None
        else {lang: _capaian_reason(rated, catalogue(lang)) for lang in LANGUAGES},
    }
    return {
        "id": target.id,
        "indicator": _indicator_json(target.indicator),
        "value": _exact(target.value),
        "baseline": _exact(target.baseline),
        "unit": target.unit,
        "period": _period_json(target.period),
        "pledges": [p.id for p in assessed.pledges],
        "progress": _progress_json(assessed.progress),
        "capaian": capaian,
        "claims": [_claim_json(c) for c in assessed.claims],
        "findings": [_finding_json(f, assessed) for f in assessed.findings],
    }


def to_json_dict(assessment: Assessment) -> dict[str, Any]:
    """The report as a dict of JSON types, schema version :data:`REPORT_VERSION`.

    Amounts are decimal strings (``"146305"``), exact ratios ``"num/den"`` strings
    (``"29261/30000"``) beside a rounded percent string (``"97.54"``), dates ISO
    strings. The schema is described in ``docs/report.md``.
    """
    from pledgekit._version import __version__

    if not isinstance(assessment, Assessment):
        raise InvalidValueError(assessment, "a pledgekit.Assessment", "assessment")
    case = assessment.case
    counts = {s.name.lower(): 0 for s in sorted(Severity, reverse=True)}
    for finding in assessment.findings:
        counts[finding.severity.name.lower()] += 1
    worst = assessment.worst
    return {
        "pledgekit_report": REPORT_VERSION,
        "generator": f"pledgekit {__version__}",
        "case": {"title": case.title, "description": case.description},
        "as_of": _iso(assessment.as_of),
        "settings": _settings_json(assessment.evaluation),
        "plan": _plan_json(case.plan),
        "pledges": [_pledge_json(p) for p in case.pledges],
        "sources": [_source_json(s) for s in case.sources],
        "targets": [_target_json(t) for t in assessment.targets],
        "summary": {
            "worst": None if worst is None else worst.name.lower(),
            "findings": counts,
            "inconsistent": bool(inconsistencies(assessment)),
        },
    }


def to_json(assessment: Assessment, *, indent: int | None = 2) -> str:
    """The JSON report as text (UTF-8 characters kept as they are), ending in a newline."""
    return json.dumps(to_json_dict(assessment), ensure_ascii=False, indent=indent) + "\n"


# -- Shared pieces of text, Markdown, CSV and HTML -------------------------------------


def _progress_rows(p: Progress, w: Catalogue) -> list[tuple[str, str]]:
    """The progress metrics as (label, value) pairs."""
    target = p.target
    unit = target.unit
    places = _precision(target)
    total_days = target.period.days
    achieved = w.amount(p.achieved, unit, _decimal_places(p.achieved))
    if not p.observations:
        # No figure, no result: the baseline is shown as what it is.
        achieved = f"{w['undefined']} ({w['capaian_no_figure']}; {w['baseline']} {achieved})"
    rows = [
        (w["as_of"], w.date(p.as_of)),
        (w["achieved"], achieved),
        (w["percent"], w.ratio(p.ratio)),
    ]
    straddling = _straddling_row(p, w)
    if straddling is not None:
        rows.insert(2, straddling)
    if p.surplus:
        rows.append((w["surplus"], w.amount(p.surplus, unit, _decimal_places(p.surplus))))
    else:
        rows.append((w["shortfall"], w.amount(p.shortfall, unit, _decimal_places(p.shortfall))))
    rows += [
        (
            w["elapsed"],
            f"{w.n(p.days_elapsed)} {w['of']} {w.n(total_days)} {w['days']} "
            f"({w.pct(p.elapsed * 100)})",
        ),
        *_gap_rows(p, w),
        (w["expected"], w.amount(p.expected, unit, places)),
        (w["pace_index"], w["undefined"] if p.pace_index is None else w.n(p.pace_index, 2)),
        (
            w["required_per_month"],
            w["no_day_left"]
            if p.required_per_month is None
            else w.amount(p.required_per_month, unit, _rate_places(p.required_per_month, target)),
        ),
        (w["projected_recent"], _projection(p, p.projected_recent, w)),
        (w["projected_average"], _projection(p, p.projected_average, w)),
        (w["status"], w.status(p.status)),
    ]
    return rows


def _gap_rows(p: Progress, w: Catalogue) -> list[tuple[str, str]]:
    """The days up to as_of with no counted figure, where the reader looks (the headline)."""
    if not p.gaps:
        return []
    shown = ", ".join(w.period(gap) for gap in p.gaps[:3])
    if len(p.gaps) > 3:
        shown += f" {w['and_others']} {w.n(len(p.gaps) - 3)} {w['more_stretches']}"
    uncovered = p.days_elapsed - p.covered_days
    return [(w["no_figure_for"], f"{shown} ({w.n(uncovered)} {w['days']})")]


def _straddling_words(p: Progress, observation: Observation, w: Catalogue) -> str:
    """One straddling figure in words: which figure, which edge, which day."""
    period = p.target.period
    at_start = observation.period.start < period.start
    day = w.date(period.start if at_start else period.end)
    value = w.amount(observation.value, p.target.unit, _decimal_places(observation.value))
    figure = f"{w.period(observation.period)} ({value})"
    edge = w["edge_start" if at_start else "edge_end"]
    return w["straddles"].format(figure=figure, edge=edge, day=day)


def _straddling_row(p: Progress, w: Catalogue) -> tuple[str, str] | None:
    """The headline row that says which straddling figures were (not) counted, and why."""
    if not p.straddling:
        return None
    figures = "; ".join(_straddling_words(p, o, w) for o in p.straddling)
    if p.straddling_policy is Straddling.INCLUDE:
        return w["straddling_included"], f'{figures} (straddling = "include")'
    counts = w["include_counts_one" if len(p.straddling) == 1 else "include_counts_many"]
    return w["straddling_excluded"], f'{figures} (straddling = "include" {counts})'


def _projection(p: Progress, day: dt.date | None, w: Catalogue) -> str:
    if p.is_met:
        return w["already_met"]
    return w["not_reached"] if day is None else w.date(day)


def _target_rows(assessed: TargetAssessment, w: Catalogue) -> list[tuple[str, str]]:
    rows = _progress_rows(assessed.progress, w)
    rows.append((w["capaian"], _capaian_text(assessed, w)))
    return rows


def _target_heading(target: Target, w: Catalogue) -> str:
    return (
        f"{w['target']}: {target.indicator.name} — {w.amount(target.value, target.unit, _decimal_places(target.value))}, "
        f"{w.period(target.period)}"
    )


def _observation_note(observation: Observation, w: Catalogue) -> str:
    if observation.resolution is None:
        return ""
    low, high = observation.interval
    return f"{w['rounded']}: {w.n(low)}–{w.n(high)}"


def _claim_summary(claim: Claim, w: Catalogue) -> str:
    value = "" if claim.value is None else w.n(claim.value)
    when = w.date(claim.as_of)
    period = "" if claim.period is None else w.period(claim.period)
    said = w.claims[claim.kind].format(value=value, when=when, period=period)
    if claim.value is not None and claim.resolution is not None:
        low, high = claim.interval
        said += f" ({w['rounded']}: {w.n(low)}–{w.n(high)})"
    who = []
    if claim.speaker is not None:
        who.append(claim.speaker.label)
    if claim.stated_on is not None:
        who.append(w.date(claim.stated_on))
    return (", ".join(who) + ": " if who else "") + said


def _source_text(source: Source, w: Catalogue) -> str:
    parts = [source.outlet, f"“{source.title}”"]
    if source.published is not None:
        parts.append(w.date(source.published))
    return ", ".join(parts)


def _made_by_text(membership: Membership, w: Catalogue) -> str:
    words = membership.label
    if membership.start_date is not None and membership.end_date is not None:
        words += f" ({w.period(Period(membership.start_date, membership.end_date))})"
    return words


def _program_text(plan: Plan, number: int, w: Catalogue) -> str:
    program = plan.program(number)
    extra = []
    if program.missions:
        label = w["mission_one"] if len(program.missions) == 1 else w["missions"]
        extra.append(f"{label} {', '.join(str(m) for m in program.missions)}")
    if program.code:
        extra.append(program.code)
    if program.agency:
        extra.append(program.agency)
    more = f" ({'; '.join(extra)})" if extra else ""
    return f"{w['program']} {w.program_label(plan, number)}: {program.title}{more}"


# -- Text ------------------------------------------------------------------------------


def _text_rows(rows: Sequence[tuple[str, str]], indent: str = "  ") -> list[str]:
    width = max(len(label) for label, _ in rows)
    return [f"{indent}{label:<{width}}  {value}" for label, value in rows]


def _text_header(case: Case, evaluation: Evaluation, w: Catalogue) -> list[str]:
    lines = [case.title, "=" * len(case.title)]
    if case.description:
        lines.append(case.description)
    lines += [_settings_line(evaluation, w), ""]
    plan = case.plan
    if plan is not None:
        lines.append(w["plan"].upper())
        lines.append(f"  {plan.name} {plan.region}, {w.period(plan.period)}")
        lines.append(f"  {w['vision']}: {plan.vision}")
        lines += [f"  {w['mission']} {m.number}: {m.text}" for m in plan.missions]
        lines += [f"  {_program_text(plan, p.number, w)}" for p in plan.programs]
        lines.append("")
    for pledge in case.pledges:
        lines.append(f"{w['pledge'].upper()} ({pledge.id})")
        lines.append(f"  “{pledge.text}”")
        if pledge.translation:
            lines.append(f"  {w['translation']}: {pledge.translation}")
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
        lines.append("")
    return lines


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


def _capital(words: str) -> str:
    return words[:1].upper() + words[1:]


def _text_target(assessed: TargetAssessment, w: Catalogue) -> list[str]:
    target = assessed.target
    p = assessed.progress
    lines = [_target_heading(target, w)]
    lines.append("-" * len(lines[0]))
    if target.baseline:
        lines.append(f"  {w['baseline']}: {w.n(target.baseline)}")
    lines += _text_rows(_target_rows(assessed, w))
    lines += ["", f"  {w['observations']}"]
    if p.observations:
        width = max(len(w.period(o.period)) for o in p.observations)
        width = max(width, len(w["total"]))
        figures = [w.n(o.value) for o in p.observations] + [w.n(p.achieved)]
        number_width = max(len(f) for f in figures)
        for observation, figure in zip(p.observations, figures, strict=False):
            note = _observation_note(observation, w)
            lines.append(
                f"    {w.period(observation.period):<{width}}  {figure:>{number_width}}"
                + (f"  ({note})" if note else "")
            )
        summed = target.indicator.accumulation is Accumulation.SUM
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


def _render_text(assessment: Assessment, w: Catalogue) -> str:
    lines = _text_header(assessment.case, assessment.evaluation, w)
    for assessed in assessment.targets:
        lines += _text_target(assessed, w)
    return "\n".join(lines).rstrip("\n") + "\n"


# -- Markdown --------------------------------------------------------------------------


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


def _render_markdown(assessment: Assessment, w: Catalogue) -> str:
    case = assessment.case
    lines = [f"# {case.title}", ""]
    if case.description:
        lines += [case.description, ""]
    lines += [f"*{_md(_settings_line(assessment.evaluation, w))}*", ""]
    plan = case.plan
    if plan is not None:
        lines += [f"## {w['plan']}: {plan.name} {plan.region}", ""]
        lines += [f"- **{w['period']}:** {w.period(plan.period)}"]
        lines += [f"- **{w['vision']}:** {plan.vision}"]
        lines += [f"- **{w['mission']} {m.number}:** {m.text}" for m in plan.missions]
        lines += [f"- {_program_text(plan, p.number, w)}" for p in plan.programs]
        lines.append("")
    for pledge in case.pledges:
        lines += [f"## {w['pledge']}", "", f"> {pledge.text}", ""]
        if pledge.translation:
            lines += [f"*{pledge.translation}*", ""]
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
        lines.append("")
    for assessed in assessment.targets:
        target = assessed.target
        p = assessed.progress
        lines += [f"## {_target_heading(target, w)}", ""]
        rows = _target_rows(assessed, w)
        if target.baseline:
            rows.insert(0, (w["baseline"], w.n(target.baseline)))
        lines += _md_table(["", ""], rows)
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
    return "\n".join(lines).rstrip("\n") + "\n"


# -- CSV -------------------------------------------------------------------------------

_CSV_COLUMNS: Final = (
    "record",
    "target_id",
    "indicator",
    "unit",
    "target",
    "baseline",
    "period_start",
    "period_end",
    "as_of",
    "achieved",
    "percent_csv",
    "shortfall",
    "surplus",
    "days_elapsed",
    "days_left",
    "elapsed_percent",
    "expected",
    "pace_index",
    "required_per_month",
    "projected_recent",
    "projected_average",
    "status",
    "capaian_csv",
    "predikat",
    "capaian_reason_csv",
    "capaian_figure_csv",
    "severity",
    "kind",
    "claimed",
    "computed",
    "difference",
    "message",
    "straddling_csv",
)


def _csv_number(value: Decimal | Fraction | None, lang: str, places: int | None = None) -> str:
    """A figure for a spreadsheet: no grouping; a decimal comma in Indonesian."""
    if value is None:
        return ""
    if isinstance(value, Fraction) or places is not None:
        value = round_fraction(Fraction(value), 2 if places is None else places)
    plain = format(value.copy_abs() if value.is_zero() else value, "f")  # never "-0"
    return plain.replace(".", ",") if lang == "id" else plain


def to_csv(assessment: Assessment, *, lang: str = "id", findings_only: bool = False) -> str:
    """The report as one CSV table: a row per target, then a row per finding.

    The first column says which kind of row it is (``target`` / ``finding``, in
    Indonesian ``target`` / ``temuan``); the target's id is on every row. The header
    row is in the chosen language. Figures are not grouped; in Indonesian the
    decimal mark is a comma and the delimiter a semicolon, as spreadsheets in that
    locale expect; in English a point and a comma. Dates are ISO.

    Args:
        assessment: The assessment.
        lang: ``"id"`` or ``"en"``.
        findings_only: Write only the finding rows.
    """
    w = catalogue(lang)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";" if w.notation == "id" else ",", lineterminator="\n")
    writer.writerow([w[c] for c in _CSV_COLUMNS])
    lang = w.notation
    for assessed in assessment.targets:
        if findings_only:
            continue
        target = assessed.target
        p = assessed.progress
        places = _precision(target)
        rated = assessed.capaian
        row = {
            "record": w["record_target"],
            "target_id": target.id,
            "indicator": target.indicator.name,
            "unit": target.unit,
            "target": _csv_number(target.value, lang),
            "baseline": _csv_number(target.baseline, lang),
            "period_start": target.period.start.isoformat(),
            "period_end": target.period.end.isoformat(),
            "as_of": p.as_of.isoformat(),
            "achieved": _csv_number(p.achieved, lang),
            "straddling_csv": ": ".join(_straddling_row(p, w) or ()),
            "percent_csv": "" if p.ratio is None else _csv_number(p.ratio * 100, lang),
            "shortfall": _csv_number(p.shortfall, lang),
            "surplus": _csv_number(p.surplus, lang),
            "days_elapsed": str(p.days_elapsed),
            "days_left": str(p.days_left),
            "elapsed_percent": _csv_number(p.elapsed * 100, lang),
            "expected": _csv_number(p.expected, lang, places),
            "pace_index": _csv_number(p.pace_index, lang),
            "required_per_month": ""
            if p.required_per_month is None
            else _csv_number(
                p.required_per_month, lang, _rate_places(p.required_per_month, target)
            ),
            "projected_recent": _iso(p.projected_recent) or "",
            "projected_average": _iso(p.projected_average) or "",
            "status": w.status(p.status),
            "capaian_csv": _csv_number(rated.percent(2), lang),
            "predikat": "" if rated.predikat is None else rated.predikat.label(),
            "capaian_reason_csv": _capaian_reason(rated, w),
            "capaian_figure_csv": ""
            if rated.figure_period is None
            else f"{rated.figure_period.start.isoformat()}/{rated.figure_period.end.isoformat()}",
        }
        writer.writerow([row.get(c, "") for c in _CSV_COLUMNS])
    for assessed in assessment.targets:
        for finding in assessed.findings:
            row = {
                "record": w["record_finding"],
                "target_id": assessed.target.id,
                "indicator": assessed.target.indicator.name,
                "unit": _finding_unit(finding, assessed),
                "severity": w.severity(finding.severity),
                "kind": w.kind(finding.kind),
                "claimed": _csv_number(finding.claimed, lang),
                "computed": _csv_number(finding.computed, lang),
                "difference": _csv_number(finding.difference, lang),
                "message": _capital(w.finding(finding)),
            }
            writer.writerow([row.get(c, "") for c in _CSV_COLUMNS])
    return buffer.getvalue()


# -- Entry points ----------------------------------------------------------------------


def render(assessment: Assessment, *, format: str = "text", lang: str = "id") -> str:
    """The whole report in one format and language.

    Args:
        assessment: What :meth:`pledgekit.Case.assess` returned.
        format: ``"text"`` for the terminal, ``"markdown"`` for an article draft,
            ``"json"`` for tools (:func:`to_json_dict`), ``"csv"`` for spreadsheets
            (:func:`to_csv`).
        lang: ``"id"`` (Indonesian labels and notation, the default) or ``"en"``.

    Raises:
        InvalidValueError: An unknown format or language, or not an Assessment.
    """
    if not isinstance(assessment, Assessment):
        raise InvalidValueError(assessment, "a pledgekit.Assessment", "assessment")
    format = _check_format(format)
    w = catalogue(lang)
    if format == "json":
        return to_json(assessment)
    if format == "csv":
        return to_csv(assessment, lang=w.lang)
    if format == "markdown":
        return _render_markdown(assessment, w)
    return _render_text(assessment, w)


def render_audit(assessment: Assessment, *, format: str = "text", lang: str = "id") -> str:
    """Only the findings, target by target: what ``pledgekit audit`` prints.

    JSON is the whole report (tools read ``targets[].findings`` and ``summary``); CSV
    has only the finding rows.
    """
    if not isinstance(assessment, Assessment):
        raise InvalidValueError(assessment, "a pledgekit.Assessment", "assessment")
    format = _check_format(format)
    w = catalogue(lang)
    if format == "json":
        return to_json(assessment)
    if format == "csv":
        return to_csv(assessment, lang=w.lang, findings_only=True)
    lines: list[str] = []
    for assessed in assessment.targets:
        heading = _target_heading(assessed.target, w)
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


# -- HTML for notebooks ----------------------------------------------------------------


def _e(words: object) -> str:
    return html.escape(str(words), quote=True)


def _html_rows(rows: Iterable[tuple[str, str]]) -> str:
    return "".join(
        f'<tr><th style="text-align:left">{_e(label)}</th><td style="text-align:left">{_e(value)}</td></tr>'
        for label, value in rows
    )


def progress_html(progress: Progress, *, lang: str = "id") -> str:
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
    heading = _target_heading(assessed.target, w)
    parts = [
        f"<h4>{_e(heading)}</h4>",
        f'<table class="pledgekit-progress">{_html_rows(_target_rows(assessed, w))}</table>',
        f"<p><b>{_e(w['findings'])}</b></p>",
    ]
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


def assessment_html(assessment: Assessment, *, lang: str = "id") -> str:
    """An assessment as HTML: each target's progress, capaian and findings."""
    if not isinstance(assessment, Assessment):
        raise InvalidValueError(assessment, "a pledgekit.Assessment", "assessment")
    w = catalogue(lang)
    body = "".join(_html_target(t, w) for t in assessment.targets)
    settings = f'<p class="pledgekit-settings">{_e(_settings_line(assessment.evaluation, w))}</p>'
    return (
        f'<div class="pledgekit-assessment"><h3>{_e(assessment.case.title)}</h3>'
        f"{settings}{body}</div>"
    )


def case_html(case: Case, *, lang: str = "id") -> str:
    """A case as HTML: its plan, pledges and targets, with how many figures and claims."""
    if not isinstance(case, Case):
        raise InvalidValueError(case, "a pledgekit.Case", "case")
    w = catalogue(lang)
    parts = [f"<h3>{_e(case.title)}</h3>"]
    if case.description:
        parts.append(f"<p>{_e(case.description)}</p>")
    plan = case.plan
    if plan is not None:
        rows = [
            (w["plan"], f"{plan.name} {plan.region}, {w.period(plan.period)}"),
            (w["vision"], plan.vision),
        ]
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
                    w.amount(t.value, t.unit, _decimal_places(t.value)),
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
