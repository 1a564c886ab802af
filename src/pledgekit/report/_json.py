"""The JSON report: every number of the assessment, exact, beside the rounded one."""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import Any, Final

from pledgekit._amounts import exact_text
from pledgekit._case import Assessment, Case, TargetAssessment
from pledgekit._evaluation import Evaluation
from pledgekit._finding import Explanation, Finding, Severity
from pledgekit._indicator import Observation, Straddling
from pledgekit._period import Period
from pledgekit._plan import Plan
from pledgekit._pledge import Claim
from pledgekit._pledges import PledgeAssessment
from pledgekit._progress import Progress
from pledgekit._schedule import Revision, ScheduleEntry
from pledgekit._verdict import VerdictRecord
from pledgekit.exceptions import InvalidValueError
from pledgekit.io._tables import case_writing, memberships_of
from pledgekit.io.converter import unstructure, unstructurer
from pledgekit.messages import LANGUAGES, catalogue
from pledgekit.methods.permendagri86 import PeriodCapaian
from pledgekit.methods.sdg import SdgAssessment, UnsdAssessment
from pledgekit.report._json_plan import plan_evaluation_json
from pledgekit.report._rows import (
    REPORT_VERSION,
    _capaian_reason,
    _finding_unit,
    _iso,
    _rounded,
    _straddling_words,
    inconsistencies,
)

#
# A case object (a source, an indicator, a target, a pledge, a figure, a claim...) is
# written by the converter, as the case's JSON case file writes it: what the case
# lists by its id, absent values left out. Beside it stand only what the report
# derives (a claim's interval, a program's label); the report's own objects
# (progress, capaian, findings) give every key, null when absent.

#: Writes one case object as the converter does, within the case assessed.
_Write = Callable[[object], Any]


def _period_json(period: Period) -> str:
    """A period as the case file writes it: ``"2019-01-01..2019-12-31"``."""
    return str(period)


def _interval_json(
    interval: tuple[Decimal | Fraction, Decimal | Fraction] | None,
) -> list[str | None] | None:
    return None if interval is None else [exact_text(interval[0]), exact_text(interval[1])]


def _observation_json(write: _Write, observation: Observation) -> dict[str, Any]:
    return {**write(observation), "interval": _interval_json(observation.interval)}


def _claim_json(write: _Write, claim: Claim) -> dict[str, Any]:
    interval = None if claim.value is None else _interval_json(claim.interval)
    return {**write(claim), **_claim_shape_json(claim), "interval": interval}


def _claim_shape_json(claim: Claim) -> dict[str, str]:
    """A bound claim's ``bound``; a rate claim's ``per`` and the ``period`` it averages over.

    Written as the case file writes them, and only when the claim has them.
    """
    shape = {}
    if claim.bound is not None:
        shape["bound"] = claim.bound.value
    if claim.per is not None:
        shape["per"] = claim.per.value
    if claim.period is not None:
        shape["period"] = _period_json(claim.period)
    return shape


def _plan_json(write: _Write, plan: Plan | None) -> dict[str, Any] | None:
    if plan is None:
        return None
    data: dict[str, Any] = write(plan)
    labelled = [
        {**table, "label": plan.program_label(program.number)}
        for table, program in zip(data.get("programs", []), plan.programs, strict=True)
    ]
    return {**data, "programs": labelled} if labelled else data


def _people_json(case: Case) -> dict[str, list[dict[str, Any]]]:
    """Who made the pledges and who spoke, once each, every record under an id.

    A person, organization or membership is listed under its own id, else one made
    from its name (as Popolo and the data package list it), and each membership carries
    the label a reader sees.
    """
    tables = case_writing(case, derive=True).tables
    memberships = [
        {**table, "label": membership.label}
        for table, membership in zip(
            tables.get("memberships", []), memberships_of(case), strict=True
        )
    ]
    return {
        "persons": tables.get("persons", []),
        "organizations": tables.get("organizations", []),
        "memberships": memberships,
    }


def _progress_json(write: _Write, p: Progress) -> dict[str, Any]:
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
        "observations": [_observation_json(write, o) for o in p.observations],
        "left_out": [_observation_json(write, o) for o in p.left_out],
        "outside": [_observation_json(write, o) for o in p.outside],
        "straddling": [_straddling_json(write, p, o) for o in p.straddling],
        "straddling_policy": p.straddling_policy.value,
        "interim": _interim_json(p),
        "met_on": _iso(p.met_on),
        "late_days": p.late_days,
    }


def _interim_json(p: Progress) -> dict[str, Any] | None:
    """The interim target in force at as_of: its period, value, the level due, the shortfall."""
    entry = p.interim
    if entry is None:
        return None
    return {
        "period": _period_json(entry.period),
        "value": exact_text(entry.value),
        "level_due": exact_text(p.interim_level),
        "shortfall": exact_text(p.interim_shortfall),
    }


def _straddling_json(write: _Write, p: Progress, observation: Observation) -> dict[str, Any]:
    return {
        **_observation_json(write, observation),
        "edge": "start" if observation.period.start < p.target.period.start else "end",
        "counted": p.straddling_policy is Straddling.INCLUDE,
        "messages": {
            lang: _straddling_words(p, observation, catalogue(lang)) for lang in LANGUAGES
        },
    }


#: The order of the languages in a finding's ``messages`` (English first, as ever).
_MESSAGE_ORDER: Final = tuple(sorted(LANGUAGES))


def _explanation_json(write: _Write, explanation: Explanation) -> dict[str, Any]:
    return {
        "period": _period_json(explanation.period),
        "total": exact_text(explanation.total),
        "interval": _interval_json(explanation.interval),
        "observations": [_observation_json(write, o) for o in explanation.observations],
        "left_out": [_observation_json(write, o) for o in explanation.left_out],
        "messages": {lang: catalogue(lang).explanation(explanation) for lang in _MESSAGE_ORDER},
    }


def _finding_json(write: _Write, finding: Finding, assessed: TargetAssessment) -> dict[str, Any]:
    return {
        "kind": finding.kind.value,
        "severity": finding.severity.name.lower(),
        "unit": _finding_unit(finding, assessed),
        "claimed": exact_text(finding.claimed),
        "computed": exact_text(finding.computed),
        "difference": exact_text(finding.difference),
        "claimed_interval": _interval_json(finding.claimed_interval),
        "computed_interval": _interval_json(finding.computed_interval),
        "explanations": [_explanation_json(write, e) for e in finding.explanations],
        "claims": [_claim_index(c, assessed) for c in finding.claims],
        "observations": [_observation_json(write, o) for o in finding.observations],
        "periods": [_period_json(p) for p in finding.periods],
        "possible_interval": None
        if finding.possible_interval is None
        else [exact_text(end) for end in finding.possible_interval],
        "date_problem": None if finding.date_problem is None else finding.date_problem.value,
        "dates": [d.isoformat() for d in finding.dates],
        "pledge": None if finding.pledge is None else finding.pledge.id,
        "verdict": None if finding.verdict is None else write(finding.verdict),
        "straddling": None if finding.straddling is None else finding.straddling.value,
        "suggested_period": None
        if finding.suggested_period is None
        else _period_json(finding.suggested_period),
        "claimed_bound": None if finding.claimed_bound is None else finding.claimed_bound.value,
        "per": None if finding.per is None else finding.per.value,
        "total": exact_text(finding.total),
        "units": exact_text(finding.units),
        "units_rounded": _rounded(finding.units),
        "revision": None if finding.revision is None else _finding_revision_json(finding.revision),
        "messages": {lang: catalogue(lang).finding(finding) for lang in _MESSAGE_ORDER},
    }


def _finding_revision_json(revision: Revision) -> dict[str, Any]:
    """The revision a finding speaks of: when, its value, the source's id, the note."""
    return {
        "on": revision.on.isoformat(),
        "value": _target_value_json(revision.value),
        "source": None if revision.source is None else revision.source.id,
        "note": revision.note,
    }


def _claim_index(claim: Claim, assessed: TargetAssessment) -> int:
    return assessed.claims.index(claim)


def _entry_json(entry: ScheduleEntry) -> dict[str, Any]:
    return {"period": _period_json(entry.period), "value": exact_text(entry.value)}


def _revision_json(revision: Revision) -> dict[str, Any]:
    return {
        "on": revision.on.isoformat(),
        "value": _target_value_json(revision.value),
        "source": None if revision.source is None else revision.source.id,
        "note": revision.note,
        "schedule": [_entry_json(e) for e in revision.schedule],
    }


def _schedule_json(write: _Write, assessed: TargetAssessment) -> list[dict[str, Any]]:
    """The interim targets in force at as_of, each with its realisasi and capaian."""
    return [
        {**_entry_json(entry), **_entry_capaian_json(write, assessed, index)}
        for index, entry in enumerate(assessed.progress.target.schedule)
    ]


def _entry_capaian_json(write: _Write, assessed: TargetAssessment, index: int) -> dict[str, Any]:
    """The Permendagri 86 realisasi and capaian of the schedule's entry ``index``.

    The capaian object is shaped as ``targets[].capaian``, with the figures found for
    the entry's period (counted or not) beside it; this is the one place that reads
    them from the assessment.
    """
    if index >= len(assessed.schedule):
        return {"realisasi": None, "capaian": None}
    rated = assessed.schedule[index]
    return {
        "realisasi": exact_text(rated.realisasi),
        "capaian": {
            **_capaian_json(rated.capaian),
            "figures": [_observation_json(write, o) for o in rated.figures],
        },
    }


def _capaian_json(rated: PeriodCapaian) -> dict[str, Any]:
    """A Permendagri 86 rate, exact and rounded, or the reason there is none."""
    band, reason = rated.predikat, rated.reason
    return {
        "method": "permendagri86",
        "target": _target_value_json(rated.target),
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


def _sdg_json(assessed: TargetAssessment) -> dict[str, Any] | None:
    """The SDG progress status of the target, exact values as strings; null without one."""
    sdg = assessed.sdg
    if sdg is None:
        return None
    common = {
        "reason": sdg.reason,
        "observed_cagr": exact_text(sdg.observed_cagr),
        "adjusted_growth": exact_text(sdg.adjusted_growth),
        "target_achieved": sdg.target_achieved,
        "base_year": sdg.base_year,
        "base_value": exact_text(sdg.base_value),
        "current_year": sdg.current_year,
        "current_value": exact_text(sdg.current_value),
        "target": exact_text(sdg.target),
        "target_year": sdg.target_year,
        "past_target_year": sdg.past_target_year,
        "substitutions": list(sdg.substitutions),
    }
    if isinstance(sdg, UnsdAssessment):
        return {
            "method": "unsd",
            "status": sdg.category.value,
            "score": None,
            "score_rounded": None,
            "q": exact_text(sdg.q),
            "q_rounded": _rounded(sdg.q),
            "expected_value": exact_text(sdg.expected_value),
            **common,
            "messages": {lang: catalogue(lang).unsd_categories[sdg.category] for lang in LANGUAGES},
        }
    return _statcan_json(sdg, common)


def _statcan_json(sdg: SdgAssessment, common: dict[str, Any]) -> dict[str, Any]:
    """Open SDG's status and score, beside the fields both methods share."""
    return {
        "method": "statcan",
        "status": sdg.status.value,
        "score": exact_text(sdg.score),
        "score_rounded": _rounded(sdg.score),
        "growth_ratio": exact_text(sdg.growth_ratio),
        "required_cagr": exact_text(sdg.required_cagr),
        **common,
        "messages": {lang: catalogue(lang).sdg_statuses[sdg.status] for lang in LANGUAGES},
    }


def _target_json(write: _Write, assessed: TargetAssessment) -> dict[str, Any]:
    target = assessed.target
    in_force = assessed.progress.target
    # Rated against the value in force, as progress is.
    capaian = _capaian_json(assessed.capaian)
    original = assessed.original
    return {
        **write(target),
        # The report's own: the value in force at as_of (the case file's is the original).
        "value": _target_value_json(in_force.value),
        "comparison": target.comparison.value,
        "original_value": None
        if in_force.value == target.value
        else _target_value_json(target.value),
        "revisions": [_revision_json(r) for r in target.revisions],
        "schedule": _schedule_json(write, assessed),
        "unit": target.unit,
        "pledges": [p.id for p in assessed.pledges],
        "progress": _progress_json(write, assessed.progress),
        "progress_original": None if original is None else _progress_json(write, original),
        "capaian": capaian,
        "sdg": _sdg_json(assessed),
        "claims": [_claim_json(write, c) for c in assessed.claims],
        "findings": [_finding_json(write, f, assessed) for f in assessed.findings],
    }


def _exact_setting(value: Fraction) -> str:
    """An exact setting: a plain decimal when it has one ("0.95"), else ``num/den``."""
    return exact_text(value, decimal_if_exact=True)


def _settings_json(evaluation: Evaluation) -> dict[str, Any]:
    """Every field of the evaluation, exact values as strings."""
    thresholds, rules, clamp = evaluation.thresholds, evaluation.verdict_rules, evaluation.clamp
    return {
        "thresholds": {
            "on_track": _exact_setting(thresholds.on_track),
            "needs_acceleration": _exact_setting(thresholds.needs_acceleration),
            "limited_progress": _exact_setting(thresholds.limited_progress),
        },
        "straddling": None if evaluation.straddling is None else evaluation.straddling.value,
        "lower_is_better": evaluation.lower_is_better.value,
        "band_policy": evaluation.band_policy.value,
        "clamp": None if clamp is None else [_exact_setting(end) for end in clamp],
        "verdict_rules": {
            "kept_at_least": _exact_setting(rules.kept_at_least),
            "partial_at_least": _exact_setting(rules.partial_at_least),
            "stalled_at_most": _exact_setting(rules.stalled_at_most),
            "kept_late_within_days": rules.kept_late_within_days,
        },
        "pledge_rule": evaluation.pledge_rule.value,
        "pledge_share_at_least": _exact_setting(evaluation.pledge_share_at_least),
        "pledge_missing_figure": evaluation.pledge_missing_figure.value,
        "sdg": None if evaluation.sdg is None else evaluation.sdg.value,
        "plan_mean": evaluation.plan_mean.value,
        "plan_weights": {key: _exact_setting(weight) for key, weight in evaluation.plan_weights},
    }


def to_json_dict(assessment: Assessment) -> dict[str, Any]:
    """The report as a dict of JSON types, schema version `REPORT_VERSION`.

    Amounts are decimal strings (``"146305"``), exact ratios ``"num/den"`` strings
    (``"29261/30000"``) beside a rounded percent string (``"97.54"``), dates ISO
    strings, periods ``"start..end"``. The case's own objects (sources, indicators,
    people, the plan, pledges, targets, figures, claims) are written by
    [`pledgekit.io.converter.unstructure`][pledgekit.io.unstructure], as the JSON case
    file writes them, with beside them only what the report derives. The schema is
    described in ``docs/report.md``.

    >>> from pledgekit.io import load
    >>> from pledgekit.report import to_json_dict
    >>> report = to_json_dict(load("examples/bekasi/case.toml").assess())
    >>> target = report["targets"][0]
    >>> target["indicator"], target["period"], target["progress"]["achieved"]
    ('absorbed', '2018-09-20..2023-09-19', '146305')
    """
    from pledgekit._version import __version__

    if not isinstance(assessment, Assessment):
        raise InvalidValueError(assessment, "a pledgekit.Assessment", "assessment")
    case = assessment.case
    counts = {s.name.lower(): 0 for s in sorted(Severity, reverse=True)}
    for finding in assessment.findings:
        counts[finding.severity.name.lower()] += 1
    worst = assessment.worst
    data = unstructure(case)
    write = unstructurer(within=case, name="to_json_dict")
    return {
        "pledgekit_report": REPORT_VERSION,
        "generator": f"pledgekit {__version__}",
        "case": {"title": case.title, "description": case.description},
        "as_of": _iso(assessment.as_of),
        "settings": _settings_json(assessment.evaluation),
        "sources": data.get("sources", []),
        "indicators": data.get("indicators", []),
        **_people_json(case),
        "plan": _plan_json(write, case.plan),
        "plan_evaluation": plan_evaluation_json(assessment.plan, _capaian_json),
        "pledges": _pledges_json(write, [write(p) for p in case.pledges], assessment),
        "targets": [_target_json(write, t) for t in assessment.targets],
        "summary": {
            "worst": None if worst is None else worst.name.lower(),
            "findings": counts,
            "inconsistent": bool(inconsistencies(assessment)),
        },
    }


def _pledges_json(
    write: _Write, written: list[dict[str, Any]], assessment: Assessment
) -> list[dict[str, Any]]:
    """The case's pledges: the report's ``verdicts``, ``suggested`` and ``assessment`` beside."""
    by_id = {p.pledge.id: p for p in assessment.pledges}
    pledges = []
    for data, pledge in zip(written, assessment.case.pledges, strict=True):
        assessed = by_id.get(pledge.id)
        suggested = None if assessed is None else assessed.suggested
        problem = None if assessed is None else assessed.verdict_problem
        pledges.append(
            {
                **data,
                "verdicts": [_verdict_json(write, record) for record in pledge.verdicts],
                "suggested": None if suggested is None else suggested.value,
                "verdict_problem": None if problem is None else problem.value,
                "assessment": None if assessed is None else _pledge_json(assessed),
            }
        )
    return pledges


def _verdict_json(write: _Write, record: VerdictRecord) -> dict[str, Any]:
    """A verdict record with every key (null when absent), and the verdict in words.

    The source is written as the case file writes it: the id of a listed source, or
    the source's table in place.
    """
    scale = record.scale
    return {
        "date": record.date.isoformat(),
        "verdict": record.verdict.value,
        "label": record.label,
        "scale": None if scale is None else (scale.key or scale.name),
        "scale_name": None if scale is None else scale.name,
        "rated_by": record.rated_by,
        "rationale": record.rationale,
        "source": None if record.source is None else write(record).get("source"),
        "messages": {lang: catalogue(lang).verdicts[record.verdict] for lang in _MESSAGE_ORDER},
    }


def _pledge_json(assessed: PledgeAssessment) -> dict[str, Any]:
    """A pledge assessed as a whole: exact shares and means beside their rounded values."""
    share, mean, score = assessed.share_met, assessed.mean_capaian, assessed.mean_score
    band = assessed.mean_predikat
    suggested, problem = assessed.suggested, assessed.verdict_problem
    return {
        "as_of": _iso(assessed.as_of),
        "rule": assessed.rule.value,
        "status": assessed.status.value,
        "status_given": assessed.status_given,
        "targets": [t.target.id for t in assessed.targets],
        "counted": assessed.counted,
        "met": assessed.met,
        "share_met": exact_text(share),
        "share_met_percent": None if share is None else _rounded(share * 100),
        "mean_capaian": exact_text(mean),
        "mean_capaian_percent": _rounded(mean),
        "mean_predikat": None if band is None else band.value,
        "mean_predikat_label": None if band is None else band.label(),
        "mean_score": exact_text(score),
        "mean_score_rounded": _rounded(score),
        "met_on": _iso(assessed.met_on),
        "late_days": assessed.late_days,
        "milestones": [
            {
                "id": m.milestone.id,
                "due": m.milestone.due.isoformat(),
                "done_on": _iso(m.milestone.done_on),
                "state": m.state.value,
                "late_days": m.late_days,
            }
            for m in assessed.milestones
        ],
        "left_out": [
            {"kind": x.kind, "id": x.id, "reason": x.reason.value} for x in assessed.left_out
        ],
        "suggested": None if suggested is None else suggested.value,
        "verdict_problem": None if problem is None else problem.value,
        "messages": {
            lang: catalogue(lang).pledge_statuses[assessed.status] for lang in _MESSAGE_ORDER
        },
    }


def to_json(assessment: Assessment, *, indent: int | None = 2) -> str:
    """The JSON report as text (UTF-8 characters kept as they are), ending in a newline.

    It is [`to_json_dict`][pledgekit.report.to_json_dict] written out, ``indent``
    spaces a level (``None``: all on one line). In the Kota Bekasi case
    (``examples/bekasi/case.toml``) 146,305 of 150,000 workers were reported: the
    exact ratio, reduced by 5, is 29261/30000.

    >>> import json
    >>> from pathlib import Path
    >>> import pledgekit
    >>> from pledgekit.report import to_json
    >>> bekasi = Path(pledgekit.__file__).parents[2] / "examples/bekasi/case.toml"
    >>> assessment = pledgekit.load(bekasi).assess()
    >>> text = to_json(assessment)
    >>> text.splitlines()[:2]
    ['{', '  "pledgekit_report": 4,']
    >>> progress = json.loads(text)["targets"][0]["progress"]
    >>> progress["achieved"], progress["ratio"], progress["percent"]
    ('146305', '29261/30000', '97.54')
    >>> len(to_json(assessment, indent=None).splitlines())
    1
    """
    return json.dumps(to_json_dict(assessment), ensure_ascii=False, indent=indent) + "\n"


def _target_value_json(value: Decimal | tuple[Decimal, Decimal]) -> str | list[str]:
    """A target's value exactly: one decimal string, or ``[low, high]`` for a range."""
    if isinstance(value, tuple):
        return [exact_text(value[0]), exact_text(value[1])]
    return exact_text(value)
