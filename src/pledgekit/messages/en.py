"""English: the labels of the report and the words of every finding.

Findings state their figures as the audit always has: grouped with commas, exactly
as reported (``146,305``; a computed fraction to two places, ``97.54``).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Final

from pledgekit._amounts import round_fraction
from pledgekit._finding import FindingKind, Severity
from pledgekit._indicator import Observation
from pledgekit._period import Period
from pledgekit._pledge import ClaimKind
from pledgekit._progress import PaceStatus
from pledgekit._verdict import PledgeStatus, Verdict, VerdictProblem
from pledgekit.messages._catalogue import Catalogue, formats
from pledgekit.methods.sdg import SdgMethod, SdgStatus, UnsdCategory

__all__ = ["CATALOGUE"]


# -- Figures as the findings state them ------------------------------------------------


def _n(c: Catalogue, value: Decimal | Fraction) -> str:
    """A figure in English notation: 146,305; -4,681; 97.54."""
    if isinstance(value, Fraction):
        value = round_fraction(value, 2)
    return f"{value:,f}"  # never exponent notation: 1E-30 is 0.000…001


def _count(number: int, noun: str) -> str:
    """'1 day', '2 days'."""
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


def _shown(c: Catalogue, observations: Sequence[Observation]) -> str:
    """The first three figures as "period (value)"."""
    return ", ".join(f"{c.period(o.period)} ({_n(c, o.value)})" for o in observations[:3])


def _figures(c: Catalogue, observations: Sequence[Observation]) -> str:
    """The first three figures, and how many more: 'A (1), B (2), C (3) and 1 more'."""
    more = f" and {len(observations) - 3} more" if len(observations) > 3 else ""
    return _shown(c, observations) + more


def _more_figures(c: Catalogue, observations: Sequence[Observation]) -> str:
    """The first three figures, and how many more: 'A (1), B (2), C (3) and 1 more figure'."""
    more = f" and {_count(len(observations) - 3, 'more figure')}" if len(observations) > 3 else ""
    return _shown(c, observations) + more


def _periods(c: Catalogue, periods: Sequence[Period]) -> str:
    """Periods in words: 'A', 'A and B', 'A, B and C'."""
    words = [c.period(p) for p in periods]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


_FORMATS: Final = formats(
    n=_n,
    grouped=lambda c, value: f"{value:,}",
    days=lambda c, number: _count(number, "day"),
    periods=_periods,
    figures=_figures,
    more_figures=_more_figures,
    commas=lambda c, words: ", ".join(words),
    semicolons=lambda c, words: "; ".join(words),
)

#: The words of every finding, by the keys of ``_fields``.
_TEMPLATES: Final = {
    # Pieces
    "range": ", or {low:n} to {high:n} given the rounding",
    "range.none": "",
    "opening.remaining": "claimed remaining {bounded}{figure:n} implies {implied}{claimed:n} "
    "achieved as of {as_of:date}",
    "opening.stated": "claimed {bounded}{figure:n} as of {as_of:date}",
    "bounded.none": "",
    "bounded.more_than": "more than ",
    "bounded.at_least": "at least ",
    "bounded.at_most": "at most ",
    "bounded.less_than": "less than ",
    "per.day": "a day",
    "per.month": "a month",
    "per.year": "a year",
    "units.day.one": "{count:n} day",
    "units.day.many": "{count:n} days",
    "units.month.one": "{count:n} month",
    "units.month.many": "{count:n} months",
    "units.year.one": "{count:n} year",
    "units.year.many": "{count:n} years",
    "share.zero": "{achieved:n} of {goal:n}",
    "share.increase": "{achieved:n} − {baseline:n} = {moved:n} of {goal:n} − {baseline:n} = "
    "{span:n}, from the baseline",
    "share.decrease": "{baseline:n} − {achieved:n} = {moved:n} of {baseline:n} − {goal:n} = "
    "{span:n}, from the baseline",
    "against.figures": "the figures give",
    "against.claim": "the claimed {bounded}{other:n} gives",
    "against.unstated": "the claimed {bounded}{other:n} gives",
    "more.more": "{gap:n} more than",
    "more.less": "{size:n} less than",
    "points.more": "{gap:n} percentage points more than",
    "points.less": "{size:n} percentage points less than",
    # Claims against the data
    "total_mismatch": "{opening}, but the figures add up to {computed:n}{range}: {gap}",
    "gap.difference": "a difference of {difference:n}",
    "gap.edge": "exactly the figure, which the bound excludes",
    "percent_mismatch": "claimed {bounded}{figure:n} % as of {as_of:date}, but {against} "
    "{percent:grouped} % ({share})",
    "met_mismatch": "claimed the target of {goal} met as of {as_of:date}, but the figures "
    "{reach} {computed:n}{range}",
    "reach.short": "reach",
    "reach.over": "go past it, to",
    "period_value_mismatch": "claimed {bounded}{figure:n} for {period:period}, but the figures "
    "give {computed:n}{range}: a difference of {difference:n}",
    "rate_mismatch": "claimed {bounded}{figure:n} {per} on average over {period:period}, but "
    "{source} in {units}: {computed:n} {per}{range}",
    "rate.sum": "the figures give {total:n}",
    "rate.change": "the level changes by {total:n}",
    "beyond": "{said}, but no counted figure covers {gaps:periods} ({days:days} of the target "
    "period up to {as_of:date}): {bound}, so the claim cannot be verified from them",
    "beyond.percent": "claimed {bounded}{figure:n} % as of {as_of:date}, {more} the {percent:grouped} % "
    "({share}) {against}",
    "beyond.met": "claimed the target of {goal} met as of {as_of:date}, {more} what the "
    "figures reach ({computed:n}{range})",
    "beyond.stated": "{opening}, {more} what the figures add up to ({computed:n}{range})",
    "bound.lower_bound": "the figures give a lower bound, not a total",
    "bound.upper_bound": "the figures, none above zero, give an upper bound, not a total",
    "bound.no_bound": "with figures above and below zero among those counted, the missing "
    "days could move the total either way",
    "double_counted": "the claim as of {as_of:date} agrees with the figures' total of "
    "{computed:n}{range}, but that total counts some days twice: the figures for "
    "{observations:figures} overlap, so the claim cannot be verified",
    "period_not_covered": "claimed {bounded}{figure:n} for {period:period}, but {why}, so the "
    "claim cannot be checked against the figures",
    "period_not_covered.rate": "claimed {bounded}{figure:n} {per} on average over "
    "{period:period}, but {why}, so the claim cannot be checked against the figures",
    "not_covered.within": "the figures within it ({observations:figures}) do not cover exactly "
    "that period without overlap",
    "not_covered.none": "no figure lies within that period",
    # Claims against each other
    "claim_conflict": "{first_bounded}{first:n} and {second_bounded}{second:n} are both claimed as of {as_of:date}{ranges}; "
    "{verdict}",
    "ranges": " (given the rounding: {items:semicolons})",
    "ranges.none": "",
    "rounding": "{low:n} to {high:n} for {value:n}",
    "conflict.agree": "they agree within their rounding",
    "conflict.contradict": "they contradict each other",
    "remainder_mismatch": "claimed remaining {bounded}{remaining:n}, but {less} leaves {computed:n}: a "
    "difference of {difference:n}",
    "remainder.increase": "the target {goal:n} less the claimed {bounded}{done:n}",
    "remainder.decrease": "the target {goal:n} less the claimed {bounded}{done:n}",
    # The figures themselves
    "fiscal": "; the target period starts on {start:date} while the figures are for whole "
    "years: if the fiscal years {suggested:period} are meant, give the period as "
    '"{first_year}..{last_year}"',
    "fiscal.none": "",
    "where": "{gap:period} ({days:days} of the target period {term:period} before {as_of:date})",
    "coverage_gap.none": "no figure covers {where}",
    "coverage_gap.one": "no counted figure covers {where}: a straddling figure "
    '({figures:commas}) covers {which} but is not counted; straddling = "include" counts it'
    "{fiscal}",
    "coverage_gap.many": "no counted figure covers {where}: straddling figures "
    '({figures:commas}) cover {which} but are not counted; straddling = "include" counts them'
    "{fiscal}",
    "which.all": "these days",
    "which.some": "{covered:days} of them",
    "straddler": "{period:period}, {value:n}",
    "straddles_period": "the figure for {period:period} ({value:n}) straddles the {edge} of the "
    "target period, {day:date}, {counted}{fiscal}",
    "edge.start": "start",
    "edge.end": "end",
    "counted.include": 'and it is counted whole (straddling = "include"), days outside the '
    "target period included",
    "counted.exclude": 'so it is not counted; straddling = "include" counts it',
    "overlap": "the figures for {first_period:period} ({first_value:n}) and "
    "{second_period:period} ({second_value:n}) share {days:days} ({shared:period}): summing "
    "them counts those days twice",
    "indicator_mismatch.one": "{count} claim measures {name!r} ({unit}), but the target "
    "measures {target_name!r} ({target_unit})",
    "indicator_mismatch.many": "{count} claims measure {name!r} ({unit}), but the target "
    "measures {target_name!r} ({target_unit})",
    "date_inconsistent": "{claim}'s dates disagree: {problem}",
    "claim.achieved": "an achieved-value claim",
    "claim.remaining": "a remaining-value claim",
    "claim.percent": "a percentage claim",
    "claim.met": "a target-met claim",
    "claim.period_value": "a period-value claim",
    "claim.rate": "an average-rate claim",
    "date.stated_before_as_of": "it is about {first:date}, after it was stated on {second:date}",
    "date.outside_term": "its date {first:date} lies outside the target period {term:period}",
    "date.weekday": "the dateline {dateline} names a {named:weekday}, but {first:date} was a "
    "{actual:weekday}",
    "date.impossible_date": "the dateline {dateline} is not a date that can be read: {error}",
    "date.dateline_mismatch": "the dateline {dateline} reads {first:date}, not {second:date}",
    "verdict_contradicts_data": "the verdict {verdict:name} of {date:iso} on the pledge {pledge!r}: "
    "{verdict_problem}",
    "verdict.kept_not_met": "recorded KEPT, but the numbers show {share}, {shortfall:exact} short",
    "verdict.kept_no_figure": "recorded KEPT, but no observation is counted by {as_of:iso}, so "
    "nothing shows the target of {goal:exact} met",
    "verdict.met_not_kept": "recorded {verdict:name}, but the numbers show the target met: {share}",
    "verdict.no_movement": "recorded PARTIAL, but the numbers show no movement toward the "
    "target: {share}",
    "share_exact": "{computed:exact} against a target of {goal:exact}",
    "share_exact.ratio": "{computed:exact} against a target of {goal:exact} ({percent:exact} %)",
    "explanation": "matches {period:period}: {total:n}{range}{left}",
    "left_out": "; leaves out {figures:more_figures}",
    "left_out.none": "",
    # The plan itself
    "schedule_inconsistent": "the {version} ({periods:periods}) {gives} {computed:n}, "
    "but the final target is {goal}{difference}",
    "schedule.summed": "adds up to",
    "schedule.level": "ends at",
    "version.only": "schedule",
    "version.original": "original schedule",
    "version.revised": "schedule revised on {on:date}",
    "goal.one": "{value:n}",
    "goal.range": "{low:n}–{high:n}",
    "difference.one": ": a difference of {difference:n}",
    "difference.none": "",
    "superseded_target": "{claim} as of {as_of:date} was checked against the target then in "
    "force, {then:n}; by {now_date:date} the target is {now:n}{revised}",
    "revised.by": " (revised on {on:date}{by})",
    "revised.none": "",
    "by.source": " by {source}",
    "by.none": "",
    "target_differs_from_pledge": "the pledge {pledge!r} names {promised:n}, but the target in "
    "force on {as_of:date} is {goal:n}{revised}: a difference of {difference:n}",
}

# -- The Permendagri 86 evaluation form ("Evaluasi terhadap hasil RPJMD") ---------------
#
# Its title, column titles, footer rows and notes (pledgekit.io.write_evaluation). The
# Indonesian words are the regulation's; a form read back by pledgekit.io.read_plan_table
# is read by them.

_FORM_LABELS: Final = {
    "form_sheet": "RPJMD evaluation",
    "form_title": "EVALUATION OF THE RESULTS OF THE RPJMD",
    "form_period": "Period: {period}",
    "form_as_of": "As of {date}",
    "form_as_of_latest": "Each indicator as of its latest figure",
    "form_no": "No",
    "form_objective": "Objective",
    "form_program": "Priority program",
    "form_indicator": "Performance indicator",
    "form_unit": "Unit",
    "form_initial": "Initial achievement (at the start of the plan)",
    "form_final_target": "Final target (at the end of the plan period)",
    "form_year_target": "Target, year {n} ({year})",
    "form_year_realisasi": "Realisation, year {n} ({year})",
    "form_year_rate": "Achievement rate, year {n} ({year}) (%)",
    "form_end": "Achievement at the end of the plan period",
    "form_end_rate": "Achievement ratio at the end (%)",
    "form_notes": "Notes",
    "form_k": "K",
    "form_rp": "Rp",
    "form_predikat_k": "Predikat K",
    "form_predikat_rp": "Predikat Rp",
    "form_mean": "Mean performance achievement",
    "form_mean_predikat": "Performance predikat",
    "form_node_mission": "Mission {number}: {text}",
    "form_node_goal": "Goal {number}: {text}",
    "form_node_objective": "Objective {number}: {text}",
    "form_node_plan": "Whole plan: {text}",
    "form_negative": "negative indicator",
    "form_positive": "positive indicator",
    "form_sum": "cumulative",
    "form_last": "non-cumulative",
    "form_assumed": "(assumed)",
    "form_year": "year {n} ({year})",
    "form_end_of_period": "end of period",
    "form_reason": "{where}: {reason}",
    "form_budget_reason": "Rp, {where}: {reason}",
    "form_stale": "{where}: rated from the figure of {period}",
    "form_missing": "{where}: without a rate: no. {indicators}",
    "form_inexact": "Written as text: a spreadsheet's number cannot hold this figure exactly",
}

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
    "more_stretch": "more stretch",
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
    "capaian_period_not_covered": "the figures do not cover the period exactly",
    "capaian_not_yet_due": "the period has not ended by the as-of date",
    "capaian_conflicting_figures": "two figures give different levels on the same day",
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
    # Targets as plans write them: comparison, schedule, revisions, late fulfilment
    "comparison_at_least": "at least",
    "comparison_more_than": "more than",
    "comparison_at_most": "at most",
    "comparison_less_than": "less than",
    "comparison_within": "within",
    "not_met_strict": "not met: the target is {target}",
    "expected_scheduled": "Scheduled path now",
    "revision_original": "original {value}",
    "revised_to": "revised to {value} on {day}",
    "revised_later": "to be revised to {value} on {day}, after the as-of date",
    "revised_by": "by {source}",
    "against_original": "Against the original target",
    "original_progress": "{percent} of {target}; {distance}; {status}",
    "interim": "Interim target in force",
    "interim_flow": "{value} in {period}; {level} due by {day}",
    "interim_stock": "{level} by {day}",
    "interim_shortfall": "Short of the interim target",
    "met_on": "Met on",
    "met_late": "met {days} days late",
    "met_late_one": "met {days} day late",
    "comparison_csv": "Comparison",
    "value_in_force_csv": "Target in force",
    "original_value_csv": "Original target",
    "interim_period_csv": "Interim target period",
    "interim_value_csv": "Interim target",
    "interim_level_csv": "Level due by the interim target",
    "late_days_csv": "Days late",
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
    "chart_original": "Original target",
    "chart_revised": "revised to",
    "chart_schedule": "Interim targets",
    "chart_schedule_yearly": "Yearly targets",
    "chart_bound_claims": "Claims of a bound (open)",
    "chart_rate_claims": "Rate claims, not drawn (no level)",
    "chart_met_late": "met late",
    "chart_days": "days",
    "chart_said_as_of": "as of",
    "chart_no_speaker": "speaker not named",
    "chart_not_drawn": "Not drawn",
    "chart_not_drawn_rate": "a rate, not a level",
    "chart_not_drawn_met": "states no figure",
    "chart_not_drawn_period_value": "a value for one period, not the level reached",
    "chart_not_drawn_other": "states no level",
    "chart_not_drawn_yearly": "the yearly chart draws no claims",
    "chart_source": "Source",
    "chart_sources": "Sources",
    "chart_no_source": "none cited in the case",
    "per_day": "per day",
    "per_month": "per month",
    "per_year": "per year",
    "bound_more_than": "more than",
    "bound_at_least": "at least",
    "bound_at_most": "at most",
    "bound_less_than": "less than",
    # A pledge as a whole, interim targets rated, the SDG status
    "pledge_status": "Pledge status",
    "pledge_rule": "Rule",
    "share_met": "Share met",
    "share_met_value": "{met} of {counted} ({percent})",
    "capaian_mean": "Mean capaian",
    "mean_score": "Mean SDG score",
    "milestone": "Milestone",
    "milestone_due": "due {day}",
    "done_late_by": "done late by {days} days",
    "done_late_by_one": "done late by {days} day",
    "parts_left_out": "Left out",
    "part_target": "target",
    "part_milestone": "milestone",
    "suggested_verdict": "Suggested verdict",
    "recorded_verdict": "Recorded verdict",
    "capaian_schedule_heading": "Capaian per period (Permendagri 86)",
    "schedule_target": "Target",
    "schedule_realisasi": "Realisasi",
    "capaian_schedule_column": "Capaian (%)",
    "schedule_reason_no_figure": "no figure",
    "schedule_reason_not_yet_due": "not yet due",
    "schedule_reason_period_not_covered": "not covered exactly",
    "schedule_reason_conflicting_figures": "conflicting figures",
    "schedule_reason_zero_target": "the target is zero",
    "schedule_reason_zero_realisasi": "the realisation is zero (T / R)",
    "sdg": "SDG status",
    "sdg_score": "score {score}",
    "sdg_q": "Q = {q}",
    "settings_pledge_rule": "pledge rule",
    "settings_pledge_share": "share met needed",
    "settings_pledge_missing": "a target with no figure",
    "settings_sdg": "SDG method",
    "no_mean_no_target": "no indicator below has a target for it",
    "no_mean_no_figure": "no indicator below has a rate for it (no figure)",
    "settings_plan_mean_children": "plan means of each node's children",
    "settings_plan_mean_weighted": "plan means weighted",
    "record_schedule": "schedule",
    "record_pledge": "pledge",
    "pledge_id_csv": "Pledge id",
    "pledge_rule_csv": "Pledge rule",
    "share_met_csv": "Share met (%)",
    "capaian_mean_csv": "Mean capaian (%)",
    "suggested_verdict_csv": "Suggested verdict",
    "left_out_csv": "Left out",
    # A pledge's verdict history (text, Markdown, CSV)
    "verdicts_heading": "Verdicts",
    "record_verdict": "verdict",
    "verdict_date": "Verdict date",
    "verdict": "Verdict",
    "verdict_label": "Tracker's label",
    "verdict_scale": "Scale",
    "rated_by": "Rated by",
    "verdict_rationale": "Rationale",
    "verdict_source": "Verdict source",
    "verdict_problem": "Recorded verdict against the numbers",
    # A pledge's topics, and a status its tracker gives it when nothing is measurable
    "topics": "Topics",
    "topics_csv": "Topics",
    "status_given": "given by the tracker: the pledge has nothing to measure",
    # -- The HTML page (render(format="html")) and the notebook's HTML -------------------
    "html_headline": "At a glance",
    "html_details": "Progress in detail",
    "html_details_caption": "Progress and pace as of {as_of}",
    "html_chart": "Chart",
    "html_chart_label": "Burn-up chart of {target}: the reported figures reach {achieved} as of {as_of}, against a target of {value}",
    "html_chart_claims": "the claims that state a level are marked on it",
    "html_chart_missing": "The chart is not drawn here: it needs matplotlib, the plot extra (pip install 'pledgekit[plot]').",
    "html_figures_caption": "Reported figures, period by period",
    "html_value": "Value",
    "html_note": "Note",
    "html_claims_caption": "Claims about this target: who made them, when, and where",
    "html_speaker": "Speaker",
    "html_stated_on": "Stated on",
    "html_claim": "Claim",
    "html_pledges": "Pledges",
    "html_pledge_caption": "The pledge assessed as a whole",
    "html_verdicts": "Verdict history",
    "html_verdicts_caption": "Verdicts given on the pledge, oldest first",
    "html_date": "Date",
    "html_verdict": "Verdict",
    "html_rationale": "Rationale",
    "html_no_verdicts": "No verdict recorded.",
    "html_plan_place": "In the plan",
    "html_plan_caption": "The plan the pledges are written into",
    "html_written_by": "Written by pledgekit {version}.",
    "html_audit_summary": "Summary of the audit",
    "html_targets": "Targets",
}

# -- The report of a plan, laid out along its tree (render(layout="plan")) -------------

_PLAN_LABELS: Final = {
    "plan_goal": "Goal",
    "plan_objective": "Objective",
    "plan_outside": "Targets not in the plan's tree",
    "plan_no_targets": "No target.",
    "plan_program_column": "Program",
    "plan_realisasi_column": "Realisasi",
    "capaian_plan_column": "Capaian (%)",
    "chart_year_target": "Target for the year",
    "chart_year_realisasi": "Realisasi of the year",
    "chart_page": "page {page} of {pages}",
    "capaian_chart_end": "capaian at the end",
    "capaian_plan_mean": "Mean capaian kinerja",
    "plan_mean_count_one": "{count} indicator",
    "plan_mean_count_many": "{count} indicators",
    "capaian_plan_missing": "{count} left out, with no rate: {ids}",
    "plan_mean_years": "Year by year",
    "capaian_plan_budget_mean": "Mean capaian anggaran",
}

CATALOGUE: Final = Catalogue(
    lang="en",
    name="English",
    notation="en",
    labels={**_LABELS, **_PLAN_LABELS, **_FORM_LABELS},
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
        FindingKind.RATE_MISMATCH: "Rate mismatch",
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
        FindingKind.SCHEDULE_INCONSISTENT: "Schedule does not add up",
        FindingKind.SUPERSEDED_TARGET: "Superseded target",
        FindingKind.TARGET_DIFFERS_FROM_PLEDGE: "Target differs from the pledge",
    },
    claims={
        ClaimKind.ACHIEVED: "{value} achieved as of {when}",
        ClaimKind.REMAINING: "{value} remaining as of {when}",
        ClaimKind.PERCENT: "{value} % done as of {when}",
        ClaimKind.MET: "target met as of {when}",
        ClaimKind.PERIOD_VALUE: "{value} for {period}",
        ClaimKind.RATE: "{value} {per} on average over {period}",
    },
    weekdays=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    pledge_statuses={
        PledgeStatus.MET: "Met",
        PledgeStatus.MET_LATE: "Met late",
        PledgeStatus.PARTLY_MET: "Partly met",
        PledgeStatus.NOT_MET: "Not met",
        PledgeStatus.IN_PROGRESS: "In progress",
        PledgeStatus.NO_DATA: "No data",
        PledgeStatus.NOT_MEASURABLE: "Not measurable",
    },
    verdicts={
        Verdict.NOT_RATED: "Not rated",
        Verdict.IN_PROGRESS: "In progress",
        Verdict.STALLED: "Stalled",
        Verdict.PARTIAL: "Kept in part",
        Verdict.KEPT: "Kept",
        Verdict.BROKEN: "Broken",
        Verdict.UNTESTABLE: "Untestable",
    },
    verdict_problems={
        VerdictProblem.KEPT_NOT_MET: "recorded kept, but the pledge is not met",
        VerdictProblem.KEPT_NO_FIGURE: "recorded kept, but no figure shows the pledge met",
        VerdictProblem.MET_NOT_KEPT: "recorded other than kept, but the pledge is met",
        VerdictProblem.NO_MOVEMENT: "recorded kept in part, but nothing moved toward it",
    },
    pledge_rules={
        "all_met": "all met",
        "share_met": "share met",
        "mean_capaian": "mean capaian",
        "sdg_mean_score": "mean SDG score",
    },
    missing_figures={
        "not_met": "counted as not met",
        "leave_out": "left out",
    },
    milestone_states={
        "done": "done",
        "done_late": "done late",
        "not_done": "not done",
        "not_yet_due": "not yet due",
    },
    left_out_reasons={
        "no_figure": "no figure",
        "no_capaian": "no capaian",
        "no_sdg_score": "no SDG score",
        "milestone_not_rated": "a milestone has no rate",
    },
    sdg_methods={
        SdgMethod.STATCAN: "Open SDG (Statistics Canada)",
        SdgMethod.UNSD: "UNSD progress chart",
    },
    sdg_statuses={
        SdgStatus.TARGET_ACHIEVED: "Target achieved",
        SdgStatus.SUBSTANTIAL_PROGRESS: "Substantial progress",
        SdgStatus.MODERATE_PROGRESS: "Moderate progress",
        SdgStatus.LIMITED_PROGRESS: "Limited progress",
        SdgStatus.DETERIORATION: "Deterioration",
        SdgStatus.CANNOT_ASSESS: "Cannot be assessed",
    },
    unsd_categories={
        UnsdCategory.ON_TRACK: "On track",
        UnsdCategory.ACCELERATION_NEEDED: "Acceleration needed",
        UnsdCategory.STAGNATION_OR_REGRESSION: "Stagnation or regression",
        UnsdCategory.CANNOT_ASSESS: "Cannot be assessed",
    },
    templates=_TEMPLATES,
    formats=_FORMATS,
)
"""The English catalogue: figures grouped with commas, dates written as "22 July 2022".

The one [`catalogue("en")`][pledgekit.messages.catalogue] gives. The Bekasi office's
141,624 workers and its Friday dateline:

>>> import datetime as dt
>>> from decimal import Decimal
>>> from pledgekit.messages import catalogue
>>> from pledgekit.messages.en import CATALOGUE
>>> CATALOGUE is catalogue("en"), CATALOGUE.amount(Decimal("141624"), "workers")
(True, '141,624 workers')
>>> CATALOGUE.date(dt.date(2022, 7, 22), weekday=True), CATALOGUE.pct(Decimal("97.54"))
('Friday, 22 July 2022', '97.54 %')
"""
