"""The shared row model of every format, read from the assessment.

Exact values as strings, the capaian and the settings in words, and the labelled rows
of a target: what text, Markdown, CSV and HTML all show.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import Final, Literal, TypeAlias, get_args

from pledgekit._amounts import exact_text, round_fraction
from pledgekit._case import Assessment, TargetAssessment
from pledgekit._evaluation import Evaluation, PlanMean
from pledgekit._finding import Finding, FindingKind, Severity
from pledgekit._indicator import (
    Accumulation,
    Direction,
    Observation,
    Straddling,
    Target,
)
from pledgekit._period import Period
from pledgekit._plan import Plan
from pledgekit._pledge import Claim, ClaimKind, Membership, Pledge
from pledgekit._pledges import (
    MilestoneAssessment,
    MilestoneState,
    MissingFigure,
    PledgeAssessment,
    PledgeRule,
)
from pledgekit._progress import PaceStatus, Progress
from pledgekit._schedule import Comparison, Revision, TargetValue
from pledgekit._source import Source
from pledgekit._verdict import VerdictRecord
from pledgekit.exceptions import InvalidValueError
from pledgekit.messages import Catalogue, Language, catalogue
from pledgekit.methods import permendagri86
from pledgekit.methods.sdg import SdgMethod, UnsdAssessment

REPORT_VERSION: Final = 4
"""The version of the JSON report's schema (``"pledgekit_report"`` in every report).

It changes only when a field is removed or changes meaning; new fields may be added
within a version. Every report starts with it, even that of a case with nothing in it:

>>> from pledgekit import Case
>>> from pledgekit.report import REPORT_VERSION, to_json_dict
>>> REPORT_VERSION
4
>>> to_json_dict(Case("Empty").assess())["pledgekit_report"] == REPORT_VERSION
True
"""
Format: TypeAlias = Literal["text", "markdown", "json", "csv", "html"]
"""A format [`render`][pledgekit.report.render] writes, by name: what ``format`` takes.

The type checker refuses another name; [`render`][pledgekit.report.render] still
refuses one at run time. [`FORMATS`][pledgekit.report.FORMATS] lists the same names:

>>> from typing import get_args
>>> from pledgekit.report import FORMATS, Format
>>> get_args(Format) == FORMATS
True
>>> chosen: Format = "markdown"
>>> chosen in FORMATS
True
"""
FORMATS: Final[tuple[Format, ...]] = get_args(Format)
"""The formats [`render`][pledgekit.report.render] writes; another name is refused.

>>> from pledgekit import Case
>>> from pledgekit.report import FORMATS, render
>>> FORMATS
('text', 'markdown', 'json', 'csv', 'html')
>>> render(Case("Empty").assess(), format="pdf")
Traceback (most recent call last):
  ...
pledgekit.exceptions.InvalidValueError: format: got 'pdf' (str); expected one of 'text',
'markdown', 'json', 'csv', 'html'
"""


def _check_format(format: object) -> Format:
    if not isinstance(format, str) or format not in FORMATS:
        raise InvalidValueError(format, "one of " + ", ".join(repr(f) for f in FORMATS), "format")
    return format  # narrowed to a Format by the membership test


def status_label(status: PaceStatus, lang: Language = "id") -> str:
    """The words for a status in a language.

    >>> from pledgekit import PaceStatus
    >>> from pledgekit.report import status_label
    >>> status_label(PaceStatus.ON_TRACK), status_label(PaceStatus.ON_TRACK, "en")
    ('Sesuai jalur', 'On track')
    """
    if not isinstance(status, PaceStatus):
        raise InvalidValueError(status, "a pledgekit.PaceStatus", "status")
    return catalogue(lang).status(status)


def _decimal_places(value: Decimal | tuple[Decimal, Decimal]) -> int:
    if isinstance(value, tuple):
        return max(_decimal_places(value[0]), _decimal_places(value[1]))
    # Amounts are finite (to_amount), so the exponent is an int.
    return max(0, -int(value.as_tuple().exponent))


def _precision(target: Target) -> int:
    """Decimal places derived amounts are shown with: those of the target's own figures."""
    return max(_decimal_places(target.value), _decimal_places(target.baseline))


def _rate_places(rate: Fraction, target: Target) -> int:
    """Places for a rate: the target's own, two more for a rate below ten."""
    return _precision(target) + (0 if abs(rate) >= 10 else 2)


# -- Exact values as strings -----------------------------------------------------------


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


def _settings_line(evaluation: Evaluation, w: Catalogue) -> str:
    """The settings in one line of words: ``Settings: status thresholds 0.95 / 0.6 / 0; ...``."""

    def words(key: str) -> str:
        return w["settings" if key == "settings" else f"settings_{key}"]

    def n(value: Fraction) -> str:  # 1/3 has no decimal: written as the fraction it is
        exact = exact_text(value, decimal_if_exact=True)
        return exact if "/" in exact else w.n(Decimal(exact))

    def pct(value: Fraction) -> str:
        return f"{n(value * 100)} %"

    limits, rules, clamp = evaluation.thresholds, evaluation.verdict_rules, evaluation.clamp
    thresholds = " / ".join(
        n(v) for v in (limits.on_track, limits.needs_acceleration, limits.limited_progress)
    )
    straddling = "none" if evaluation.straddling is None else evaluation.straddling.value
    parts = [
        f"{words('thresholds')} {thresholds}",
        f"{words('straddling')}: {words('straddling_' + straddling)}",
        f"{words('formula')} {words('formula_' + evaluation.lower_is_better.value)}",
        f"{words('bands')} {words('bands_' + evaluation.band_policy.value)}",
        words("clamp_none") if clamp is None else f"{words('clamp')} {n(clamp[0])}–{n(clamp[1])}",
        f"{words('verdicts')}: {words('kept')} {pct(rules.kept_at_least)}, "
        f"{words('partial')} {pct(rules.partial_at_least)}, "
        f"{words('stalled')} {pct(rules.stalled_at_most)}",
        *_pledge_settings(evaluation, w, n),
    ]
    return f"{words('settings')}: {'; '.join(parts)}"


def _pledge_settings(
    evaluation: Evaluation, w: Catalogue, n: Callable[[Fraction], str]
) -> list[str]:
    """The pledge and SDG settings, each only where it is not the default."""
    parts = []
    if evaluation.pledge_rule is not PledgeRule.ALL_MET:
        rule = w.pledge_words("pledge_rules", evaluation.pledge_rule)
        parts.append(f"{w['settings_pledge_rule']} {rule}")
    share = evaluation.pledge_share_at_least
    if share != 1:
        # A percent when it has a plain one (75 %), else the share as the fraction it is (2/3).
        percent = n(share * 100)
        shown = n(share) if "/" in percent else f"{percent} %"
        parts.append(f"{w['settings_pledge_share']} {shown}")
    if evaluation.pledge_missing_figure is not MissingFigure.NOT_MET:
        missing = w.pledge_words("missing_figures", evaluation.pledge_missing_figure)
        parts.append(f"{w['settings_pledge_missing']}: {missing}")
    if evaluation.sdg is not None:
        parts.append(f"{w['settings_sdg']} {w.sdg_methods[evaluation.sdg]}")
    if evaluation.plan_mean is PlanMean.CHILDREN:
        parts.append(w["settings_plan_mean_children"])
    elif evaluation.plan_mean is PlanMean.WEIGHTED:
        weights = ", ".join(f"{key} {n(weight)}" for key, weight in evaluation.plan_weights)
        parts.append(f"{w['settings_plan_mean_weighted']} ({weights})")
    return parts


def inconsistencies(assessment: Assessment) -> tuple[Finding, ...]:
    """The findings that make the audit fail: those of severity ERROR or WARNING.

    Notes (severity INFO) such as a consistent restatement are not inconsistencies.
    The ``pledgekit audit`` command exits with status 1 when this is not empty.

    The Kota Bekasi case (``examples/bekasi/case.toml``) has seven findings; the
    seventh is a note that two claims agree within their rounding, and is left out:

    >>> from pathlib import Path
    >>> import pledgekit
    >>> from pledgekit.report import inconsistencies
    >>> bekasi = Path(pledgekit.__file__).parents[2] / "examples/bekasi/case.toml"
    >>> assessment = pledgekit.load(bekasi).assess()
    >>> [finding.severity.name for finding in assessment.findings]
    ['ERROR', 'ERROR', 'ERROR', 'ERROR', 'WARNING', 'WARNING', 'INFO']
    >>> [finding.kind.name for finding in inconsistencies(assessment)]
    ['REMAINDER_MISMATCH', 'TOTAL_MISMATCH', 'TOTAL_MISMATCH', 'TOTAL_MISMATCH',
     'COVERAGE_GAP', 'INDICATOR_MISMATCH']
    >>> inconsistencies(pledgekit.Case("Empty").assess())
    ()
    """
    return tuple(f for f in assessment.findings if f.severity >= Severity.WARNING)


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
        shortfall = w.amount(p.shortfall, unit, _decimal_places(p.shortfall))
        if not p.shortfall and not p.is_met:
            # A strict target ("less than 10 %") is not met at its value: nothing short, not met.
            shortfall += f" ({w['not_met_strict'].format(target=_target_text(target, w))})"
        rows.append((w["shortfall"], shortfall))
    rows += _interim_rows(p, w)
    rows += [
        (
            w["elapsed"],
            f"{w.n(p.days_elapsed)} {w['of']} {w.n(total_days)} {w['days']} "
            f"({w.pct(p.elapsed * 100)})",
        ),
        *_gap_rows(p, w),
        # With a schedule, the path runs through what is due at the end of each period.
        (
            w["expected_scheduled" if target.schedule else "expected"],
            w.amount(p.expected, unit, places),
        ),
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
    if p.met_on is not None:
        rows.append((w["met_on"], _met_on_text(p, w)))
    return rows


def _gap_rows(p: Progress, w: Catalogue) -> list[tuple[str, str]]:
    """The days up to as_of with no counted figure, where the reader looks (the headline)."""
    if not p.gaps:
        return []
    shown = ", ".join(w.period(gap) for gap in p.gaps[:3])
    if len(p.gaps) > 3:
        more = len(p.gaps) - 3
        shown += (
            f" {w['and_others']} {w.n(more)} {w['more_stretch' if more == 1 else 'more_stretches']}"
        )
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
    if assessed.original is not None:
        rows.append((w["against_original"], _original_text(assessed.original, w)))
    rows.append((w["capaian"], _capaian_text(assessed, w)))
    sdg = _sdg_text(assessed, w)
    if sdg is not None:
        rows.append((w["sdg"], sdg))
    return rows


# -- Targets as plans write them: comparison, schedule, revisions, late fulfilment ------

#: The comparison a direction implies, left unsaid: "150,000 orang" is read as at least.
_IMPLIED: Final = {Direction.INCREASE: Comparison.AT_LEAST, Direction.DECREASE: Comparison.AT_MOST}


def _value_text(value: TargetValue, w: Catalogue) -> str:
    """A target value without its unit: ``200,000``, or a range ``7–8``."""
    if isinstance(value, tuple):
        return f"{w.n(value[0])}–{w.n(value[1])}"
    return w.n(value)


def _target_text(target: Target, w: Catalogue) -> str:
    """A target's value with its unit and how it is met: ``less than 10 %``, ``7–8 %``.

    The comparison its direction implies (at least where more is better, at most where
    less is better) goes without saying, and a range says itself.
    """
    amount = w.target_amount(target.value, target.unit, _decimal_places(target.value))
    comparison = target.comparison
    if comparison is Comparison.WITHIN or comparison is _IMPLIED[target.indicator.direction]:
        return amount
    return f"{w['comparison_' + comparison.value]} {amount}"


def _revision_text(revision: Revision, w: Catalogue, *, later: bool = False) -> str:
    """``revised to 278,971 on 1 September 2019 by “…”``, with the revision's note.

    A revision after the as-of date (``later``) is said to come later: it is not in force.
    """
    template = w["revised_later"] if later else w["revised_to"]
    words = template.format(value=_value_text(revision.value, w), day=w.date(revision.on))
    if revision.source is not None:
        words += " " + w["revised_by"].format(source=f"“{revision.source.title}”")
    if revision.note:
        words += f", {revision.note}"
    return words


def _history_text(given: Target, w: Catalogue, as_of: dt.date) -> str:
    """A revised target's history, original first: ``(original 200,000; revised to …)``."""
    if not given.revisions:
        return ""
    parts = [w["revision_original"].format(value=_value_text(given.value, w))]
    parts += [_revision_text(r, w, later=r.on > as_of) for r in given.revisions]
    return f" ({'; '.join(parts)})"


def _target_heading(
    target: Target, w: Catalogue, *, given: Target | None = None, as_of: dt.date | None = None
) -> str:
    """``Target: <indicator> — <value in force>, <period>``, and ``given``'s revisions."""
    history = (
        ""
        if given is None
        else _history_text(given, w, target.period.end if as_of is None else as_of)
    )
    return (
        f"{w['target']}: {target.indicator.name} — {_target_text(target, w)}, "
        f"{w.period(target.period)}{history}"
    )


def _assessed_heading(assessed: TargetAssessment, w: Catalogue) -> str:
    """The heading of an assessed target: the value in force, with the target's history."""
    return _target_heading(
        assessed.progress.target, w, given=assessed.target, as_of=assessed.progress.as_of
    )


def _interim_text(p: Progress, w: Catalogue) -> str:
    """The interim target in force: what is due in its period, and the level due by its end."""
    entry, level = p.interim, p.interim_level
    if entry is None or level is None:
        return w["undefined"]
    unit = p.target.unit
    due = w.amount(level, unit, _decimal_places(level))
    day = w.date(entry.period.end)
    if p.target.indicator.accumulation is Accumulation.SUM:
        value = w.amount(entry.value, unit, _decimal_places(entry.value))
        return w["interim_flow"].format(
            value=value, period=w.period(entry.period), level=due, day=day
        )
    return w["interim_stock"].format(level=due, day=day)


def _interim_rows(p: Progress, w: Catalogue) -> list[tuple[str, str]]:
    """The interim target in force and how far the achieved level is from it."""
    if p.interim is None or p.interim_shortfall is None:
        return []
    short = w.amount(p.interim_shortfall, p.target.unit, _decimal_places(p.interim_shortfall))
    return [(w["interim"], _interim_text(p, w)), (w["interim_shortfall"], short)]


def _met_on_text(p: Progress, w: Catalogue) -> str:
    """``31 December 2020 (met 366 days late)``; the date alone when met in time."""
    if p.met_on is None:
        return w["undefined"]
    day = w.date(p.met_on)
    if not p.late_days:
        return day
    late = w["met_late_one" if p.late_days == 1 else "met_late"].format(days=w.n(p.late_days))
    return f"{day} ({late})"


def _original_text(original: Progress, w: Catalogue) -> str:
    """Progress against the original value: ``50.00 % of 200,000 orang; shortfall …``."""
    key, amount = (
        ("surplus", original.surplus) if original.surplus else ("shortfall", original.shortfall)
    )
    distance = f"{w[key].lower()} {w.amount(amount, original.target.unit, _decimal_places(amount))}"
    return w["original_progress"].format(
        percent=w.ratio(original.ratio),
        target=_target_text(original.target, w),
        distance=distance,
        status=w.status(original.status).lower(),
    )


def _observation_note(observation: Observation, w: Catalogue) -> str:
    if observation.resolution is None:
        return ""
    low, high = observation.interval
    return f"{w['rounded']}: {w.n(low)}–{w.n(high)}"


def _claim_summary(claim: Claim, w: Catalogue) -> str:
    value = "" if claim.value is None else w.n(claim.value)
    if claim.bound is not None:  # "more than 6,000", "lebih dari 6.000"
        value = f"{w[f'bound_{claim.bound.value}']} {value}"
    when = w.date(claim.as_of)
    period = "" if claim.period is None else w.period(claim.period)
    per = "" if claim.per is None else w[f"per_{claim.per.value}"]
    said = w.claims[claim.kind].format(value=value, when=when, period=period, per=per)
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


def _capital(words: str) -> str:
    """The words with a capital first letter (a finding opens a sentence)."""
    return words[:1].upper() + words[1:]


def _finding_unit(finding: Finding, assessed: TargetAssessment) -> str:
    """The unit of a finding's figures: percent for a percentage claim, else the target's."""
    about_percent = finding.kind is FindingKind.PERCENT_MISMATCH or (
        finding.kind is FindingKind.UNVERIFIABLE_CLAIM
        and bool(finding.claims)
        and finding.claims[0].kind is ClaimKind.PERCENT
    )
    return "%" if about_percent else assessed.target.unit


# -- A pledge as a whole, interim targets rated, the SDG status -------------------------


def _late_by(days: int, w: Catalogue, one: str, many: str) -> str:
    return w[one if days == 1 else many].format(days=w.n(days))


def _milestone_text(item: MilestoneAssessment, w: Catalogue) -> str:
    """``Perda terbit (due 31 December 2020): done late by 61 days``."""
    milestone = item.milestone
    due = w["milestone_due"].format(day=w.date(milestone.due))
    if item.state is MilestoneState.DONE_LATE and item.late_days is not None:
        state = _late_by(item.late_days, w, "done_late_by_one", "done_late_by")
    else:
        state = w.pledge_words("milestone_states", item.state)
    done = "" if milestone.done_on is None else f", {w.date(milestone.done_on)}"
    return f"{milestone.description} ({due}): {state}{done}"


def _left_out_text(assessed: PledgeAssessment, w: Catalogue) -> str:
    """``target jobs: no figure; milestone perda: a milestone has no rate``."""
    return "; ".join(
        f"{w['part_' + x.kind]} {x.id}: {w.pledge_words('left_out_reasons', x.reason)}"
        for x in assessed.left_out
    )


def _pledge_status_text(assessed: PledgeAssessment, w: Catalogue) -> str:
    """The pledge's status in words; one its tracker gave (nothing to measure) says so."""
    status = w.pledge_statuses[assessed.status]
    return f"{status} ({w['status_given']})" if assessed.status_given else status


def _topics_text(pledge: Pledge, w: Catalogue) -> str:
    """The subjects a tracker groups the pledge under, in the order given."""
    return ", ".join(pledge.topics)


def _pledge_rows(assessed: PledgeAssessment, w: Catalogue) -> list[tuple[str, str]]:
    """A pledge assessed as a whole: status, rule, the measure behind it, its parts."""
    rows = [(w["pledge_status"], _pledge_status_text(assessed, w))]
    if assessed.pledge.targets or assessed.pledge.milestones:
        # A rule combines parts: a pledge with none has nothing for it to combine.
        rows.append((w["pledge_rule"], w.pledge_words("pledge_rules", assessed.rule)))
    if assessed.share_met is not None and assessed.met is not None:
        share = w["share_met_value"].format(
            met=w.n(assessed.met),
            counted=w.n(assessed.counted),
            percent=w.ratio(assessed.share_met),
        )
        rows.append((w["share_met"], share))
    if assessed.mean_capaian is not None:
        mean = w.pct(assessed.mean_capaian)
        if assessed.mean_predikat is not None:
            mean += f" ({w['predikat'].lower()} {assessed.mean_predikat.label()})"
        rows.append((w["capaian_mean"], mean))
    if assessed.mean_score is not None:
        rows.append((w["mean_score"], w.n(assessed.mean_score, 2)))
    if assessed.met_on is not None:
        day = w.date(assessed.met_on)
        if assessed.late_days:
            day += f" ({_late_by(assessed.late_days, w, 'met_late_one', 'met_late')})"
        rows.append((w["met_on"], day))
    rows += [(w["milestone"], _milestone_text(m, w)) for m in assessed.milestones]
    if assessed.left_out:
        rows.append((w["parts_left_out"], _left_out_text(assessed, w)))
    if assessed.suggested is not None:
        rows.append((w["suggested_verdict"], w.verdicts[assessed.suggested]))
    if assessed.verdict_problem is not None:
        rows.append((w["recorded_verdict"], w.verdict_problems[assessed.verdict_problem]))
    return rows


#: The columns of a verdict history, by the catalogue's keys.
VERDICT_COLUMNS: Final = (
    "verdict_date",
    "verdict",
    "verdict_label",
    "rated_by",
    "verdict_rationale",
    "verdict_source",
)


def _verdict_label(record: VerdictRecord) -> str:
    """The tracker's own label on its scale: ``PolitiFact: “Compromise”``; the scale alone."""
    if record.scale is None:
        return ""
    if record.label is None:
        return record.scale.name
    return f"{record.scale.name}: “{record.label}”"


def _verdict_cells(record: VerdictRecord, w: Catalogue) -> tuple[str, ...]:
    """One verdict record in words, in the order of `VERDICT_COLUMNS`.

    The date, the verdict in the language's words (never the enum's name), the
    tracker's label on its scale, who rated it, the rationale and the source.
    """
    return (
        w.date(record.date),
        w.verdicts[record.verdict],
        _verdict_label(record),
        record.rated_by or "",
        record.rationale,
        "" if record.source is None else _source_text(record.source, w),
    )


def _verdict_line(record: VerdictRecord, w: Catalogue) -> str:
    """``22 July 2022: In progress (PolitiFact: “In the Works”), rated by Desk Kota — why (source)``."""
    day, verdict, label, rater, rationale, source = _verdict_cells(record, w)
    words = f"{day}: {verdict}"
    if label:
        words += f" ({label})"
    if rater:
        words += f", {w['rated_by'].lower()} {rater}"
    words += f" — {rationale}"
    if source:
        words += f" ({source})"
    return words


def _pledge_assessments(assessment: Assessment) -> dict[str, PledgeAssessment]:
    """Each pledge's assessment as a whole, by the pledge's id."""
    return {p.pledge.id: p for p in assessment.pledges}


def _schedule_header(w: Catalogue) -> tuple[str, str, str, str, str]:
    return (
        w["period"],
        w["schedule_target"],
        w["schedule_realisasi"],
        w["capaian_schedule_column"],
        w["predikat"],
    )


def _schedule_rows(
    assessed: TargetAssessment, w: Catalogue
) -> list[tuple[str, str, str, str, str]]:
    """Each interim target: its period, value, realisasi, rate and predikat, or why none."""
    rows = []
    for rated in assessed.schedule:
        entry, capaian = rated.entry, rated.capaian
        shown = capaian.percent(2)
        realisasi = "" if rated.realisasi is None else w.n(rated.realisasi)
        if shown is None or capaian.predikat is None:
            reason = "" if capaian.reason is None else w[f"schedule_reason_{capaian.reason.value}"]
            rows.append(
                (w.period(entry.period), w.n(entry.value), realisasi, w["undefined"], reason)
            )
        else:
            band = capaian.predikat.label()
            rows.append((w.period(entry.period), w.n(entry.value), realisasi, w.fig(shown), band))
    return rows


def _sdg_text(assessed: TargetAssessment, w: Catalogue) -> str | None:
    """``Substantial progress (score 4.22; Open SDG (Statistics Canada))``; ``None`` without one."""
    sdg = assessed.sdg
    if sdg is None:
        return None
    if isinstance(sdg, UnsdAssessment):
        status = w.unsd_categories[sdg.category]
        measure = None if sdg.q is None else w["sdg_q"].format(q=w.n(sdg.q, 2))
        method = w.sdg_methods[SdgMethod.UNSD]
    else:
        status = w.sdg_statuses[sdg.status]
        measure = None if sdg.score is None else w["sdg_score"].format(score=w.n(sdg.score, 2))
        method = w.sdg_methods[SdgMethod.STATCAN]
    reason = [] if sdg.reason is None else [sdg.reason]
    return f"{status} ({'; '.join([*([measure] if measure else []), *reason, method])})"
