"""The audit's checks of the figures and the plan, beside those of the claims' figures.

Gaps, straddling, overlaps, indicators, dates; schedules that do not add up, and claims
that speak of a superseded target.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from typing import Any

from pledgekit import text
from pledgekit._amounts import subtract_amounts
from pledgekit._finding import DateProblem, Finding, FindingKind, Severity
from pledgekit._indicator import Accumulation, Indicator, Observation, Straddling, Target
from pledgekit._period import Period
from pledgekit._pledge import Claim, ClaimKind, Pledge
from pledgekit._progress import observation_order, progress
from pledgekit._schedule import Revision, ScheduleEntry, TargetValue, scheduled_final
from pledgekit.exceptions import InvalidValueError

__all__ = ["data_findings", "pledge_findings"]


def data_findings(
    target: Target, observed: tuple[Observation, ...], checked: tuple[Claim, ...], as_of: dt.date
) -> list[Finding]:
    """The findings about the figures and the claims' dates, in the order of the checks."""
    return [
        *_coverage(target, observed, as_of),
        *_overlaps(target, observed),
        *_straddling(target, observed),
        *_indicators(target, checked),
        *_dates(target, checked),
        *_schedules(target),
        *_superseded(target, checked, as_of),
    ]


def _schedules(target: Target) -> list[Finding]:
    """The original schedule and each revision's, where its own numbers miss its final value.

    Flows: the baseline plus the amounts due must be the final value; levels: the last
    level due must be it. For a range, the schedule's final level must lie within it.
    """
    versions: list[tuple[Revision | None, TargetValue, tuple[ScheduleEntry, ...]]] = [
        (None, target.value, target.schedule)
    ]
    versions += [(r, r.value, r.schedule) for r in target.revisions]
    summed = target.indicator.accumulation is Accumulation.SUM
    findings = []
    for revision, value, schedule in versions:
        final = scheduled_final(schedule, target.baseline, summed=summed)
        if final is None:
            continue
        if isinstance(value, tuple):
            if value[0] <= final <= value[1]:
                continue
            stated, within, difference = None, value, None
        else:
            if final == value:
                continue
            stated, within, difference = value, None, subtract_amounts(final, value)
        findings.append(
            Finding(
                kind=FindingKind.SCHEDULE_INCONSISTENT,
                severity=Severity.ERROR,
                claimed=stated,
                claimed_interval=within,
                computed=final,
                difference=difference,
                periods=tuple(e.period for e in schedule),
                revision=revision,
                target=target,
            )
        )
    return findings


def _superseded(target: Target, claims: tuple[Claim, ...], as_of: dt.date) -> list[Finding]:
    """Claims whose figure depends on a target value that a later revision replaced.

    A remainder, a share or a "target met" is worded against the target; the audit
    checked it against the value in force on the claim's date, and says so when the
    value in force at the date of the assessment is another one.
    """
    now = target.in_force(as_of)
    findings = []
    for claim in claims:
        if claim.kind not in (ClaimKind.REMAINING, ClaimKind.PERCENT, ClaimKind.MET):
            continue
        then = target.in_force(claim.as_of)
        if then.value == now.value:
            continue
        findings.append(
            Finding(
                kind=FindingKind.SUPERSEDED_TARGET,
                severity=Severity.INFO,
                claimed=then.goal,
                computed=now.goal,
                difference=subtract_amounts(then.goal, now.goal),
                claims=(claim,),
                revision=target.revision_at(as_of),
                target=target,
                as_of=as_of,
            )
        )
    return findings


def pledge_findings(target: Target, pledges: Iterable[Pledge], as_of: dt.date) -> list[Finding]:
    """Pledges whose own figure differs from the target in force at ``as_of``.

    A pledge that names a figure ("200.000 wirausaha baru") and a plan that sets
    another (278.971) are two promises: the finding shows both, the difference and
    the revision the plan's value comes from.
    """
    now = target.in_force(as_of)
    findings = []
    for pledge in pledges:
        promised = pledge.promised
        if promised is None:
            continue
        value = now.value
        if (value[0] <= promised <= value[1]) if isinstance(value, tuple) else promised == value:
            continue
        findings.append(
            Finding(
                kind=FindingKind.TARGET_DIFFERS_FROM_PLEDGE,
                severity=Severity.WARNING,
                claimed=promised,
                computed=now.goal,
                difference=subtract_amounts(promised, now.goal),
                pledge=pledge,
                revision=target.revision_at(as_of),
                target=target,
                as_of=as_of,
            )
        )
    return findings


def _coverage(target: Target, observed: tuple[Observation, ...], as_of: dt.date) -> list[Finding]:
    state = progress(target, observed, as_of=as_of)
    findings = []
    for gap in state.gaps:
        # Under the exclude policy a straddling figure may cover days that no counted one does.
        covering = tuple(
            o for o in state.straddling if o.period.overlaps(gap) and o in state.outside
        )
        if not covering:
            findings.append(
                Finding(
                    kind=FindingKind.COVERAGE_GAP,
                    severity=Severity.WARNING,
                    periods=(gap,),
                    as_of=as_of,
                )
            )
            continue
        findings.append(
            Finding(
                kind=FindingKind.COVERAGE_GAP,
                severity=Severity.WARNING,
                observations=covering,
                periods=(gap, *_covered_parts(gap, covering)),
                straddling=state.straddling_policy,
                suggested_period=_fiscal_years(target, covering),
                as_of=as_of,
            )
        )
    return findings


def _covered_parts(gap: Period, figures: Iterable[Observation]) -> tuple[Period, ...]:
    """The stretches of ``gap`` that the figures' periods cover, merged, in order."""
    pieces = sorted(
        (shared.start, shared.end)
        for o in figures
        if (shared := gap.intersection(o.period)) is not None
    )
    merged: list[list[dt.date]] = []
    for start, end in pieces:
        if merged and start <= merged[-1][1] + dt.timedelta(days=1):
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple(Period(start, end) for start, end in merged)


def _fiscal_years(target: Target, figures: Iterable[Observation]) -> Period | None:
    """The fiscal years a mid-year target period may mean, when whole-year figures straddle it.

    A five-year term from 20 September 2019 measured by calendar-year figures is often
    meant as the fiscal years 2019 to 2023.
    """
    period = target.period
    if (period.start.month, period.start.day) == (1, 1):
        return None
    if not any(o.period == Period.year(o.period.start.year) for o in figures):
        return None
    last = (
        period.end.year if (period.end.month, period.end.day) == (12, 31) else period.end.year - 1
    )
    if last < period.start.year:
        return None
    return Period.years(period.start.year, last)


def _straddling(target: Target, observed: tuple[Observation, ...]) -> list[Finding]:
    period = target.period
    policy = target.straddling
    findings = []
    for o in sorted(observed, key=observation_order):
        if not o.period.overlaps(period) or period.contains(o.period):
            continue
        findings.append(
            Finding(
                kind=FindingKind.STRADDLES_PERIOD,
                severity=Severity.INFO if policy is Straddling.INCLUDE else Severity.WARNING,
                observations=(o,),
                periods=(o.period,),
                straddling=policy,
                suggested_period=_fiscal_years(target, (o,)),
            )
        )
    return findings


def overlapping_pairs(
    observations: Iterable[Observation],
) -> Iterator[tuple[Observation, Observation, Period]]:
    """Every pair of figures whose periods share days, with the days they share.

    Sorted by start, a figure can only overlap the ones after it that start on or before
    its end: the search stops there, so it is linear when nothing overlaps.
    """
    ordered = sorted(observations, key=lambda o: (o.period.start, observation_order(o)))
    for index, first in enumerate(ordered):
        for second in ordered[index + 1 :]:
            if second.period.start > first.period.end:
                break
            shared = Period(second.period.start, min(first.period.end, second.period.end))
            yield first, second, shared


def _overlaps(target: Target, observed: tuple[Observation, ...]) -> list[Finding]:
    if target.indicator.accumulation is not Accumulation.SUM:
        return []
    # Only figures that count toward this target can be counted twice in it.
    counted = (o for o in observed if target.period.contains(o.period))
    return [
        Finding(
            kind=FindingKind.OVERLAP,
            severity=Severity.ERROR,
            observations=(first, second),
            periods=(shared,),
        )
        for first, second, shared in overlapping_pairs(counted)
    ]


def _indicators(target: Target, claims: tuple[Claim, ...]) -> list[Finding]:
    others: dict[Indicator, list[Claim]] = {}
    for claim in claims:
        if claim.indicator is not None and claim.indicator != target.indicator:
            others.setdefault(claim.indicator, []).append(claim)
    return [
        Finding(
            kind=FindingKind.INDICATOR_MISMATCH,
            severity=Severity.WARNING,
            claims=tuple(involved),
        )
        for involved in others.values()
    ]


def _dates(target: Target, claims: tuple[Claim, ...]) -> list[Finding]:
    findings: list[Finding] = []
    for claim in claims:
        problems: list[Finding] = []
        if claim.stated_on is not None and claim.as_of > claim.stated_on:
            problems.append(
                _date_finding(
                    claim, DateProblem.STATED_BEFORE_AS_OF, dates=(claim.as_of, claim.stated_on)
                )
            )
        if not target.period.contains(claim.as_of):
            problems.append(_date_finding(claim, DateProblem.OUTSIDE_TERM, dates=(claim.as_of,)))
        findings += problems + _dateline_problems(claim)
    return findings


def _date_finding(claim: Claim, problem: DateProblem, **fields: Any) -> Finding:
    """A ``DATE_INCONSISTENT`` finding: which of the claim's dates disagree, and the dates."""
    return Finding(
        kind=FindingKind.DATE_INCONSISTENT,
        severity=Severity.WARNING,
        claims=(claim,),
        date_problem=problem,
        **fields,
    )


_WORD = re.compile(r"[^\W\d_]+(?:['’`][^\W\d_]+)?")


def _dateline_problems(claim: Claim) -> list[Finding]:
    dateline = claim.dateline
    if dateline is None:
        return []
    # A dateline without a year is in the year the statement was made.
    year = (claim.stated_on or claim.as_of).year
    try:
        printed = text.parse_date(dateline, default_year=year)
    except InvalidValueError as error:
        stripped = _without_weekday(dateline)
        try:
            day = None if stripped is None else text.parse_date(stripped[0], default_year=year)
        except InvalidValueError:
            day = None
        if day is None or stripped is None:
            return [_date_finding(claim, DateProblem.IMPOSSIBLE_DATE, dateline_error=str(error))]
        weekday = _date_finding(claim, DateProblem.WEEKDAY, dates=(day,), weekday=stripped[1])
        return [weekday, *_dateline_mismatch(claim, day)]
    return _dateline_mismatch(claim, printed)


def _dateline_mismatch(claim: Claim, printed: dt.date) -> list[Finding]:
    if claim.stated_on is None or printed == claim.stated_on:
        return []
    return [_date_finding(claim, DateProblem.DATELINE_MISMATCH, dates=(printed, claim.stated_on))]


def _without_weekday(dateline: str) -> tuple[str, int] | None:
    """The dateline with its weekday taken out, and that weekday; ``None`` if it names none."""
    info = text.IndonesianParserInfo()
    named: list[int] = []

    def strip(match: re.Match[str]) -> str:
        weekday = info.weekday(re.sub(r"['’`]", "", match.group()))
        if weekday is None:
            return match.group()
        named.append(weekday)
        return " "

    bare = _WORD.sub(strip, dateline)
    return (bare, named[0]) if named else None
