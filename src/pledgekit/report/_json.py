"""The JSON report: every number of the assessment, exact, beside the rounded one."""

from __future__ import annotations

import json
from decimal import Decimal
from fractions import Fraction
from typing import Any, Final

from pledgekit._amounts import exact_text
from pledgekit._audit import Explanation, Finding, FindingKind, Severity
from pledgekit._case import Assessment, TargetAssessment
from pledgekit._indicator import (
    Indicator,
    Observation,
    Straddling,
)
from pledgekit._period import Period
from pledgekit._plan import Plan
from pledgekit._pledge import Claim, ClaimKind, Membership, Pledge
from pledgekit._progress import Progress
from pledgekit._source import Source
from pledgekit.exceptions import InvalidValueError
from pledgekit.messages import LANGUAGES, catalogue
from pledgekit.report._rows import (
    REPORT_VERSION,
    _capaian_reason,
    _iso,
    _rounded,
    _settings_json,
    _straddling_words,
    inconsistencies,
)

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
    return None if interval is None else [exact_text(interval[0]), exact_text(interval[1])]


def _observation_json(observation: Observation) -> dict[str, Any]:
    return {
        "period": _period_json(observation.period),
        "value": exact_text(observation.value),
        "resolution": exact_text(observation.resolution),
        "rounding": observation.rounding.value,
        "interval": _interval_json(observation.interval),
        "indicator": None if observation.indicator is None else observation.indicator.id,
        "source": None if observation.source is None else observation.source.id,
        "note": observation.note,
    }


def _claim_json(claim: Claim) -> dict[str, Any]:
    return {
        "kind": claim.kind.value,
        "value": exact_text(claim.value),
        "as_of": claim.as_of.isoformat(),
        "stated_on": _iso(claim.stated_on),
        "resolution": exact_text(claim.resolution),
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
        "achieved": exact_text(p.achieved),
        "ratio": exact_text(p.ratio),
        "percent": None if p.ratio is None else _rounded(p.ratio * 100),
        "shortfall": exact_text(p.shortfall),
        "surplus": exact_text(p.surplus),
        "is_met": p.is_met,
        "days_elapsed": p.days_elapsed,
        "days_left": p.days_left,
        "elapsed": exact_text(p.elapsed),
        "elapsed_percent": _rounded(p.elapsed * 100),
        "expected": exact_text(p.expected),
        "expected_rounded": _rounded(p.expected),
        "pace_index": exact_text(p.pace_index),
        "pace_index_rounded": _rounded(p.pace_index),
        "required_per_day": exact_text(p.required_per_day),
        "required_per_month": exact_text(p.required_per_month),
        "required_per_month_rounded": _rounded(p.required_per_month),
        "required_per_year": exact_text(p.required_per_year),
        "recent_rate_per_day": exact_text(p.recent_rate_per_day),
        "average_rate_per_day": exact_text(p.average_rate_per_day),
        "projected_recent": _iso(p.projected_recent),
        "projected_average": _iso(p.projected_average),
        "covered_days": p.covered_days,
        "coverage": exact_text(p.coverage),
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
        "total": exact_text(explanation.total),
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
        "claimed": exact_text(finding.claimed),
        "computed": exact_text(finding.computed),
        "difference": exact_text(finding.difference),
        "claimed_interval": _interval_json(finding.claimed_interval),
        "computed_interval": _interval_json(finding.computed_interval),
        "explanations": [_explanation_json(e) for e in finding.explanations],
        "claims": [_claim_index(c, assessed) for c in finding.claims],
        "observations": [_observation_json(o) for o in finding.observations],
        "periods": [_period_json(p) for p in finding.periods],
        "possible_interval": None
        if finding.possible_interval is None
        else [exact_text(end) for end in finding.possible_interval],
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
        "target": exact_text(target.value),
        "realisasi": exact_text(rated.realisasi),
        "value": exact_text(rated.value),
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
        "value": exact_text(target.value),
        "baseline": exact_text(target.baseline),
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
