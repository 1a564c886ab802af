"""English: the labels of the report and the words of every finding.

Findings state their figures as the audit always has: grouped with commas, exactly
as reported (``146,305``; a computed fraction to two places, ``97.54``).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Final

from pledgekit._amounts import exact_text, round_fraction, subtract_amounts
from pledgekit._finding import (
    DateProblem,
    Explanation,
    Finding,
    FindingKind,
    Severity,
    Unverifiable,
    VerdictProblem,
)
from pledgekit._indicator import Direction, Observation, Straddling, Target
from pledgekit._period import Period
from pledgekit._pledge import Claim, ClaimKind
from pledgekit._progress import PaceStatus
from pledgekit.messages._catalogue import (
    Catalogue,
    by_kind,
    by_unverifiable,
    date_fields,
    fill,
    need,
    number,
)

__all__ = ["CATALOGUE"]


# -- Figures as the findings state them ------------------------------------------------


def _n(value: Decimal | Fraction) -> str:
    """A figure in English notation: 146,305; -4,681; 97.54."""
    if isinstance(value, Fraction):
        value = round_fraction(value, 2)
    return f"{value:,f}"  # never exponent notation: 1E-30 is 0.000…001


def _count(number: int, noun: str) -> str:
    """'1 day', '2 days'."""
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


def _pct(value: Fraction, places: int = 2) -> str:
    return f"{round_fraction(value, places):,}"


def _range(
    value: Decimal | Fraction, interval: tuple[Decimal | Fraction, Decimal | Fraction] | None
) -> str:
    if interval is None:
        return ""
    low, high = interval
    if low == high == value:
        return ""
    return f", or {_n(low)} to {_n(high)} given the rounding"


def _figures(c: Catalogue, observations: Sequence[Observation]) -> str:
    """The first three figures as "period (value)", and how many more: 'A (1), B (2) and 1 more'."""
    shown = ", ".join(f"{c.period(o.period)} ({_n(o.value)})" for o in observations[:3])
    if len(observations) > 3:
        shown += f" and {len(observations) - 3} more"
    return shown


def _periods(c: Catalogue, periods: Sequence[Period]) -> str:
    """Periods in words: 'A', 'A and B', 'A, B and C'."""
    words = [c.period(p) for p in periods]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _more_or_less(difference: Decimal | Fraction, unit: str = "") -> str:
    """'4,383 more than' or '12 less than', exactly under any context."""
    if difference >= 0:
        return f"{_n(difference)}{unit} more than"
    size = -difference if isinstance(difference, Fraction) else difference.copy_negate()
    return f"{_n(size)}{unit} less than"


def _negated(value: Decimal | Fraction) -> Decimal | Fraction:
    return -value if isinstance(value, Fraction) else value.copy_negate()


# -- Claims against the data ------------------------------------------------------------


def _opening(c: Catalogue, f: Finding) -> str:
    """What a claim of an achieved value (stated, or implied by a remainder) says."""
    claim = need(f.claims, f, "claims")[0]
    if claim.kind is ClaimKind.REMAINING:
        implied = number(f.claimed, f, "claimed")
        return (
            f"claimed remaining {_n(claim.figure)} implies {_n(implied)} achieved as of "
            f"{c.date(claim.as_of)}"
        )
    return f"claimed {_n(claim.figure)} as of {c.date(claim.as_of)}"


def _total_mismatch(c: Catalogue, f: Finding) -> str:
    computed = number(f.computed, f, "computed")
    return (
        f"{_opening(c, f)}, but the figures add up to {_n(computed)}"
        f"{_range(computed, f.computed_interval)}: a difference of "
        f"{_n(number(f.difference, f, 'difference'))}"
    )


def _share_of(target: Target, achieved: Decimal) -> str:
    """What a percentage is of: the way moved from the baseline, of the way to the target."""
    baseline = target.baseline
    if baseline == 0:
        return f"{_n(achieved)} of {_n(target.value)}"
    if target.indicator.direction is Direction.INCREASE:
        moved = f"{_n(achieved)} − {_n(baseline)} = {_n(subtract_amounts(achieved, baseline))}"
        span = (
            f"{_n(target.value)} − {_n(baseline)} = {_n(subtract_amounts(target.value, baseline))}"
        )
    else:
        moved = f"{_n(baseline)} − {_n(achieved)} = {_n(subtract_amounts(baseline, achieved))}"
        span = (
            f"{_n(baseline)} − {_n(target.value)} = {_n(subtract_amounts(baseline, target.value))}"
        )
    return f"{moved} of {span}, from the baseline"


def _percent_given(c: Catalogue, f: Finding) -> tuple[str, str, str]:
    """A percentage finding's opening, what it is checked against, and what that gives."""
    claims = need(f.claims, f, "claims")
    claim = claims[0]
    computed = number(f.computed, f, "computed")
    opening = f"claimed {_n(claim.figure)} % as of {c.date(claim.as_of)}"
    # As many places as the claim, so that a near miss does not read as agreement.
    places = max(2, -int(claim.figure.as_tuple().exponent))
    achieved = need(f.achieved, f, "achieved")
    given = (
        f"{_pct(Fraction(computed), places)} % ({_share_of(need(f.target, f, 'target'), achieved)})"
    )
    against = f"the claimed {_n(claims[1].figure)} gives" if len(claims) > 1 else "the figures give"
    return opening, against, given


def _percent_mismatch(c: Catalogue, f: Finding) -> str:
    opening, against, given = _percent_given(c, f)
    return f"{opening}, but {against} {given}"


def _met_mismatch(c: Catalogue, f: Finding) -> str:
    target, computed = need(f.target, f, "target"), number(f.computed, f, "computed")
    return (
        f"claimed the target of {_n(target.value)} met as of "
        f"{c.date(need(f.claims, f, 'claims')[0].as_of)}, but the figures reach {_n(computed)}"
        f"{_range(computed, f.computed_interval)}"
    )


def _period_value_mismatch(c: Catalogue, f: Finding) -> str:
    claim = need(f.claims, f, "claims")[0]
    computed = number(f.computed, f, "computed")
    return (
        f"claimed {_n(claim.figure)} for {c.period(need(claim.period, f, 'claims[0].period'))}, "
        f"but the figures give {_n(computed)}{_range(computed, f.computed_interval)}: "
        f"a difference of {_n(number(f.difference, f, 'difference'))}"
    )


#: Why the figures cannot settle a claim beyond them, by the bound they give.
_BOUNDS: Final = {
    Unverifiable.LOWER_BOUND: "the figures give a lower bound, not a total",
    Unverifiable.UPPER_BOUND: "the figures, none above zero, give an upper bound, not a total",
    Unverifiable.NO_BOUND: "with figures above and below zero among those counted, the missing "
    "days could move the total either way",
}


def _beyond(c: Catalogue, f: Finding) -> str:
    """A claim beyond a total that days with no counted figure leave open."""
    claim = need(f.claims, f, "claims")[0]
    difference = number(f.difference, f, "difference")
    if claim.kind is ClaimKind.PERCENT:
        opening, against, given = _percent_given(c, f)
        said = f"{opening}, {_more_or_less(difference, ' percentage points')} the {given} {against}"
    else:
        computed = number(f.computed, f, "computed")
        reached = f"({_n(computed)}{_range(computed, f.computed_interval)})"
        if claim.kind is ClaimKind.MET:
            said = (
                f"claimed the target of {_n(need(f.target, f, 'target').value)} met as of "
                f"{c.date(claim.as_of)}, {_more_or_less(_negated(difference))} what the "
                f"figures reach {reached}"
            )
        else:
            said = f"{_opening(c, f)}, {_more_or_less(difference)} what the figures add up to {reached}"
    gaps = need(f.periods, f, "periods")
    days = sum(g.days for g in gaps)
    return (
        f"{said}, but no counted figure covers {_periods(c, gaps)} ({_count(days, 'day')} of "
        f"the target period up to {c.date(claim.as_of)}): {_BOUNDS[need(f.unverifiable, f, 'unverifiable')]}, "
        "so the claim cannot be verified from them"
    )


def _double_counted(c: Catalogue, f: Finding) -> str:
    computed = number(f.computed, f, "computed")
    return (
        f"the claim as of {c.date(need(f.claims, f, 'claims')[0].as_of)} agrees with the "
        f"figures' total of {_n(computed)}{_range(computed, f.computed_interval)}, but that "
        f"total counts some days twice: the figures for {_figures(c, f.observations)} overlap, "
        "so the claim cannot be verified"
    )


def _period_not_covered(c: Catalogue, f: Finding) -> str:
    claim, period = need(f.claims, f, "claims")[0], need(f.periods, f, "periods")[0]
    why = (
        f"the figures within it ({_figures(c, f.observations)}) do not cover exactly that "
        "period without overlap"
        if f.observations
        else "no figure lies within that period"
    )
    return (
        f"claimed {_n(claim.figure)} for {c.period(period)}, but {why}, so the claim cannot "
        "be checked against the figures"
    )


# -- Claims against each other ------------------------------------------------------------


def _both_ranges(first: Claim, second: Claim) -> str:
    shown = [
        f"{_n(c.interval[0])} to {_n(c.interval[1])} for {_n(c.value)}"
        for c in (first, second)
        if c.value is not None and c.interval != (c.value, c.value)
    ]
    return f" (given the rounding: {'; '.join(shown)})" if shown else ""


def _claim_conflict(c: Catalogue, f: Finding) -> str:
    first, second = need(f.claims, f, "claims")[:2]
    verdict = (
        "they agree within their rounding"
        if f.kind is FindingKind.CONSISTENT_RESTATEMENT
        else "they contradict each other"
    )
    return (
        f"{_n(first.figure)} and {_n(second.figure)} are both claimed as of "
        f"{c.date(first.as_of)}{_both_ranges(first, second)}; {verdict}"
    )


def _remainder_mismatch(c: Catalogue, f: Finding) -> str:
    remaining, done = need(f.claims, f, "claims")[:2]
    return (
        f"claimed remaining {_n(remaining.figure)}, but the target "
        f"{_n(need(f.target, f, 'target').value)} less the claimed {_n(done.figure)} leaves "
        f"{_n(number(f.computed, f, 'computed'))}: a difference of "
        f"{_n(number(f.difference, f, 'difference'))}"
    )


# -- The figures themselves -------------------------------------------------------------


def _fiscal_hint(c: Catalogue, f: Finding) -> str:
    suggested = f.suggested_period
    if suggested is None:
        return ""
    return (
        f"; the target period starts on {c.date(need(f.target, f, 'target').period.start)} "
        f"while the figures are for whole years: if the fiscal years {c.period(suggested)} "
        f'are meant, give the period as "{suggested.start.year}..{suggested.end.year}"'
    )


def _coverage_gap(c: Catalogue, f: Finding) -> str:
    gaps, target = need(f.periods, f, "periods"), need(f.target, f, "target")
    gap = gaps[0]
    where = (
        f"{c.period(gap)} ({_count(gap.days, 'day')} of the target period "
        f"{c.period(target.period)} before {c.date(need(f.as_of, f, 'as_of'))})"
    )
    covering = f.observations
    if not covering:
        return f"no figure covers {where}"
    figures = ", ".join(f"{c.period(o.period)}, {_n(o.value)}" for o in covering)
    one = len(covering) == 1
    covered = sum(p.days for p in gaps[1:])
    which = "these days" if covered == gap.days else f"{_count(covered, 'day')} of them"
    return (
        f"no counted figure covers {where}: "
        f"{'a straddling figure' if one else 'straddling figures'} ({figures}) "
        f"{'covers' if one else 'cover'} {which} but {'is' if one else 'are'} "
        f'not counted; straddling = "include" counts {"it" if one else "them"}' + _fiscal_hint(c, f)
    )


def _straddles_period(c: Catalogue, f: Finding) -> str:
    figure, period = need(f.observations, f, "observations")[0], need(f.target, f, "target").period
    at_start = figure.period.start < period.start
    counted = (
        'and it is counted whole (straddling = "include"), days outside the target period included'
        if f.straddling is Straddling.INCLUDE
        else 'so it is not counted; straddling = "include" counts it'
    )
    return (
        f"the figure for {c.period(figure.period)} ({_n(figure.value)}) straddles the "
        f"{'start' if at_start else 'end'} of the target period, "
        f"{c.date(period.start if at_start else period.end)}, {counted}" + _fiscal_hint(c, f)
    )


def _overlap(c: Catalogue, f: Finding) -> str:
    first, second = need(f.observations, f, "observations")[:2]
    shared = need(f.periods, f, "periods")[0]
    return (
        f"the figures for {c.period(first.period)} ({_n(first.value)}) and "
        f"{c.period(second.period)} ({_n(second.value)}) share {_count(shared.days, 'day')} "
        f"({c.period(shared)}): summing them counts those days twice"
    )


def _indicator_mismatch(c: Catalogue, f: Finding) -> str:
    claims, target = need(f.claims, f, "claims"), need(f.target, f, "target")
    other = need(claims[0].indicator, f, "claims[0].indicator")
    return (
        f"{len(claims)} claim{'s measure' if len(claims) != 1 else ' measures'} "
        f"{other.name!r} ({other.unit}), but the target measures "
        f"{target.indicator.name!r} ({target.indicator.unit})"
    )


#: A claim of each kind, with its article.
_CLAIM_WORDS: Final = {
    ClaimKind.ACHIEVED: "an achieved-value claim",
    ClaimKind.REMAINING: "a remaining-value claim",
    ClaimKind.PERCENT: "a percentage claim",
    ClaimKind.MET: "a target-met claim",
    ClaimKind.PERIOD_VALUE: "a period-value claim",
}

#: Which of a claim's dates disagree (fields: see ``_fields.date_fields``).
_DATE_PROBLEMS: Final = {
    DateProblem.STATED_BEFORE_AS_OF: "it is about {first}, after it was stated on {second}",
    DateProblem.OUTSIDE_TERM: "its date {first} lies outside the target period {term}",
    DateProblem.WEEKDAY: "the dateline {dateline} names a {named}, but {first} was a {actual}",
    DateProblem.IMPOSSIBLE_DATE: "the dateline {dateline} is not a date that can be read: {error}",
    DateProblem.DATELINE_MISMATCH: "the dateline {dateline} reads {first}, not {second}",
}


def _date_inconsistent(c: Catalogue, f: Finding) -> str:
    claim = need(f.claims, f, "claims")[0]
    words = fill(_DATE_PROBLEMS[need(f.date_problem, f, "date_problem")], f, date_fields(c, f))
    return f"{_CLAIM_WORDS[claim.kind]}'s dates disagree: {words}"


#: How a verdict contradicts the numbers (fields: see ``_fields.verdict_fields``).
_VERDICT_PROBLEMS: Final = {
    VerdictProblem.KEPT_NOT_MET: "recorded KEPT, but the numbers show {share}, {shortfall} short",
    VerdictProblem.KEPT_NO_FIGURE: "recorded KEPT, but no observation is counted by {as_of}, "
    "so nothing shows the target of {goal} met",
    VerdictProblem.MET_NOT_KEPT: "recorded {verdict}, but the numbers show the target met: {share}",
    VerdictProblem.NO_MOVEMENT: "recorded PARTIAL, but the numbers show no movement toward the "
    "target: {share}",
}


def _verdict_contradicts_data(c: Catalogue, f: Finding) -> str:
    pledge, record = need(f.pledge, f, "pledge"), need(f.verdict, f, "verdict")
    goal = exact_text(need(f.target, f, "target").value, fraction_places=2)
    fields = {"verdict": record.verdict.name, "goal": goal}
    if f.as_of is not None:
        fields["as_of"] = f.as_of.isoformat()
    if f.shortfall is not None:
        fields["shortfall"] = exact_text(f.shortfall, fraction_places=2)
    if f.computed is not None:
        share = f"{exact_text(f.computed, fraction_places=2)} against a target of {goal}"
        if f.ratio is not None:
            share += f" ({exact_text(round_fraction(f.ratio * 100, 2), fraction_places=2)} %)"
        fields["share"] = share
    problem = fill(_VERDICT_PROBLEMS[need(f.verdict_problem, f, "verdict_problem")], f, fields)
    return (
        f"the verdict {record.verdict.name} of {record.date.isoformat()} on the pledge "
        f"{pledge.id!r}: {problem}"
    )


def _explanation(c: Catalogue, e: Explanation) -> str:
    words = f"matches {c.period(e.period)}: {_n(e.total)}{_range(e.total, e.interval)}"
    if e.left_out:
        shown = ", ".join(f"{c.period(o.period)} ({_n(o.value)})" for o in e.left_out[:3])
        more = f" and {_count(len(e.left_out) - 3, 'more figure')}" if len(e.left_out) > 3 else ""
        words += f"; leaves out {shown}{more}"
    return words


_unverifiable_claim = by_unverifiable(
    {
        Unverifiable.LOWER_BOUND: _beyond,
        Unverifiable.UPPER_BOUND: _beyond,
        Unverifiable.NO_BOUND: _beyond,
        Unverifiable.DOUBLE_COUNTED: _double_counted,
        Unverifiable.PERIOD_NOT_COVERED: _period_not_covered,
    }
)
_consistent_restatement = _claim_conflict

# -- Labels ------------------------------------------------------------------------------

_LABELS: Final = {
    "plan": "Plan",
    "vision": "Vision",
    "mission": "Mission",
    "program": "Priority program",
    "programs": "Priority programs",
    "program_of": "{number} of {count}",
    "pledge": "Pledge",
    "translation": "Translation",
    "made_by": "Made by",
    "made_on": "Made on",
    "source": "Source",
    "target": "Target",
    "period": "Period",
    "baseline": "Baseline",
    "as_of": "As of",
    "achieved": "Achieved",
    "percent": "Progress",
    "no_figure_for": "No figure for",
    "and_others": "and",
    "more_stretches": "more stretches",
    "shortfall": "Shortfall",
    "surplus": "Surplus",
    "elapsed": "Time elapsed",
    "expected": "Straight-line path now",
    "pace_index": "Pace index",
    "required_per_month": "Required per month",
    "projected_recent": "Projected (recent rate)",
    "projected_average": "Projected (average rate)",
    "status": "Status",
    "capaian": "Capaian (Permendagri 86)",
    "predikat": "Predikat",
    "capaian_no_figure": "no figure counted",
    "capaian_zero_target": "the target is zero",
    "capaian_zero_realisasi": "the realisation is zero with the T / R formula",
    "capaian_figure_of": "figure of",
    "capaian_reason_csv": "Capaian note",
    "capaian_figure_csv": "Capaian figure period",
    "observations": "Reported figures",
    "total": "Total",
    "value": "Figure",
    "note": "Note",
    "claims": "Claims",
    "findings": "Findings",
    "no_findings": "No findings.",
    "no_observations": "No figures reported.",
    "no_claims": "No claims.",
    "left_out": "Not counted (their period ends after the as-of date)",
    "outside": "Not counted (their period is not within the target period)",
    "straddling_excluded": "Not counted",
    "straddling_included": "Counted whole",
    "straddling_csv": "Straddling figures",
    "straddles": "{figure} straddles the {edge} of the target period, {day}",
    "edge_start": "start",
    "edge_end": "end",
    "include_counts_one": "counts it",
    "include_counts_many": "counts them",
    "mission_one": "mission",
    "days": "days",
    "of": "of",
    "missions": "missions",
    "already_met": "already met",
    "not_reached": "not reached at this rate",
    "no_day_left": "no day left",
    "undefined": "—",
    "rounded": "a round figure",
    "to": "to",
    "pledges": "Pledges",
    "targets": "Targets",
    "indicator": "Indicator",
    "observation_count": "Figures reported",
    "claim_count": "Claims",
    "kind": "Kind",
    "severity": "Severity",
    "message": "Message",
    "claimed": "Claimed",
    "computed": "Computed",
    "difference": "Difference",
    "record": "Record",
    "record_target": "target",
    "record_settings": "settings",
    "record_finding": "finding",
    "unit": "Unit",
    "target_id": "Target id",
    "period_start": "Period start",
    "period_end": "Period end",
    "days_elapsed": "Days elapsed",
    "days_left": "Days left",
    "elapsed_percent": "Time elapsed (%)",
    "percent_csv": "Progress (%)",
    "capaian_csv": "Capaian Permendagri 86 (%)",
    "summary": "Summary",
    "audit_clean": "No inconsistencies.",
    "settings": "Settings",
    "settings_thresholds": "status thresholds",
    "settings_straddling": "straddling figures",
    "settings_straddling_none": "each target's own",
    "settings_straddling_exclude": "not counted",
    "settings_straddling_include": "counted whole",
    "settings_formula": "lower-is-better capaian",
    "settings_formula_2t_minus_r": "(2T − R) / T",
    "settings_formula_t_over_r": "T / R",
    "settings_bands": "predikat bands",
    "settings_bands_half_open": "half-open",
    "settings_bands_round_first": "rounded first",
    "settings_clamp": "capaian clamped to",
    "settings_clamp_none": "capaian not clamped",
    "settings_verdicts": "verdict rules",
    "settings_kept": "kept from",
    "settings_partial": "kept in part from",
    "settings_stalled": "stalled at most",
    "chart_reported": "Reported (cumulative)",
    "chart_reported_level": "Reported",
    "chart_target": "Target",
    "chart_path": "Straight line from baseline to target",
    "chart_as_of": "As of",
    "chart_projection": "Projection at the recent rate",
    "chart_per_month": "per month",
    "chart_claims": "Claims",
    "chart_claim": "claim",
    "chart_remaining": "remaining",
    "chart_reached": "reached",
}

CATALOGUE: Final = Catalogue(
    lang="en",
    name="English",
    notation="en",
    labels=_LABELS,
    statuses={
        PaceStatus.ACHIEVED: "Achieved",
        PaceStatus.ON_TRACK: "On track",
        PaceStatus.NEEDS_ACCELERATION: "Needs acceleration",
        PaceStatus.LIMITED_PROGRESS: "Limited progress",
        PaceStatus.DETERIORATING: "Deteriorating",
        PaceStatus.MISSED: "Missed",
        PaceStatus.NO_DATA: "No data",
    },
    severities={Severity.ERROR: "Error", Severity.WARNING: "Warning", Severity.INFO: "Note"},
    severity_plurals={
        Severity.ERROR: "errors",
        Severity.WARNING: "warnings",
        Severity.INFO: "notes",
    },
    kinds={
        FindingKind.REMAINDER_MISMATCH: "Remainder mismatch",
        FindingKind.TOTAL_MISMATCH: "Total mismatch",
        FindingKind.PERCENT_MISMATCH: "Percent mismatch",
        FindingKind.PERIOD_VALUE_MISMATCH: "Period value mismatch",
        FindingKind.MET_MISMATCH: "Claimed met, not supported",
        FindingKind.UNVERIFIABLE_CLAIM: "Unverifiable claim",
        FindingKind.CLAIM_CONFLICT: "Conflicting claims",
        FindingKind.CONSISTENT_RESTATEMENT: "Consistent restatement",
        FindingKind.COVERAGE_GAP: "Coverage gap",
        FindingKind.OVERLAP: "Overlapping periods",
        FindingKind.STRADDLES_PERIOD: "Figure straddles the period",
        FindingKind.INDICATOR_MISMATCH: "Indicator mismatch",
        FindingKind.DATE_INCONSISTENT: "Inconsistent dates",
        FindingKind.VERDICT_CONTRADICTS_DATA: "Verdict contradicts data",
    },
    claims={
        ClaimKind.ACHIEVED: "{value} achieved as of {when}",
        ClaimKind.REMAINING: "{value} remaining as of {when}",
        ClaimKind.PERCENT: "{value} % done as of {when}",
        ClaimKind.MET: "target met as of {when}",
        ClaimKind.PERIOD_VALUE: "{value} for {period}",
    },
    weekdays=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    findings=by_kind(globals()),
    explanation_words=_explanation,
)
