"""The audit: what officials claim against what their own figures add up to.

Every reported figure stands for an interval of true values (see
:class:`pledgekit.Rounding`): an exact figure for itself, "56.000" rounded to the
thousand for 55,500..56,500, "sudah 141.000" for 141,000..142,000. Two figures
disagree only when their intervals do not meet, so rounding is never mistaken for an
error, and a real slip is never hidden by it. The audit reports; it never corrects a
figure.
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
from collections.abc import Iterable, Sequence
from decimal import Decimal
from fractions import Fraction

import attrs

from pledgekit import text
from pledgekit._amounts import add_amounts, exact_arithmetic, round_fraction, subtract_amounts
from pledgekit._indicator import (
    Accumulation,
    Direction,
    Indicator,
    Observation,
    Straddling,
    Target,
    _straddling_policy,
)
from pledgekit._period import Period, require_date
from pledgekit._pledge import Claim, ClaimKind
from pledgekit._progress import observation_order, progress
from pledgekit.exceptions import InvalidValueError

__all__ = ["MAX_EXPLANATIONS", "Explanation", "Finding", "FindingKind", "Severity", "audit"]

Interval = tuple[Decimal, Decimal]

#: The most explanations a total mismatch carries (the simplest ones).
MAX_EXPLANATIONS = 5


class FindingKind(enum.Enum):
    """What an audit finding is about."""

    #: A claimed remainder is not the target minus the claimed achievement.
    REMAINDER_MISMATCH = "remainder_mismatch"
    #: A claimed cumulative value (or the one a claimed remainder implies) is not what
    #: the observations add up to.
    TOTAL_MISMATCH = "total_mismatch"
    #: A claimed percentage is not what the figures give.
    PERCENT_MISMATCH = "percent_mismatch"
    #: A claimed value for one period is not the observation for that period.
    PERIOD_VALUE_MISMATCH = "period_value_mismatch"
    #: The target is claimed met but the figures do not reach it.
    MET_MISMATCH = "met_mismatch"
    #: Two claims about the same date contradict each other.
    CLAIM_CONFLICT = "claim_conflict"
    #: Two different figures for the same date that agree within their rounding
    #: ("sudah 141.000" beside 141.624): noted, not an error.
    CONSISTENT_RESTATEMENT = "consistent_restatement"
    #: Days of the target period before the as-of date that no observation covers.
    COVERAGE_GAP = "coverage_gap"
    #: Observations of a summed indicator whose periods overlap (double counting).
    OVERLAP = "overlap"
    #: Observations that straddle the start or the end of the target period: part of
    #: their value belongs to another period, so they are not counted.
    STRADDLES_PERIOD = "straddles_period"
    #: A claim measures something other than the target's indicator.
    INDICATOR_MISMATCH = "indicator_mismatch"
    #: A claim's dates disagree: with its weekday, with when it was stated, or with
    #: the target period.
    DATE_INCONSISTENT = "date_inconsistent"
    #: A recorded verdict that the numbers contradict.
    VERDICT_CONTRADICTS_DATA = "verdict_contradicts_data"


class Severity(enum.IntEnum):
    """How much a finding matters; ordered, so ``max`` gives the worst."""

    INFO = 0
    WARNING = 1
    ERROR = 2


@attrs.frozen
class Explanation:
    """A contiguous run of observations whose total does match a claim.

    Attributes:
        observations: The run, in period order.
        left_out: The observations counted by the audit but not by the run.
        period: From the first observation's start to the last one's end.
        total: The run's total (plus the baseline).
        interval: The interval of true totals, given the figures' resolutions.
        message: The explanation in words.
    """

    observations: tuple[Observation, ...]
    left_out: tuple[Observation, ...]
    period: Period
    total: Decimal
    interval: Interval
    message: str


@attrs.frozen
class Finding:
    """One thing the audit found.

    Attributes:
        kind: What the finding is about.
        severity: How much it matters.
        message: The finding in words, with the arithmetic.
        claimed: The figure claimed, where there is one.
        computed: The figure the data (or the other claims) give.
        difference: ``claimed − computed``.
        claimed_interval: The interval the claimed figure stands for.
        computed_interval: The interval the computed figure stands for.
        explanations: For a total mismatch, the simplest contiguous runs of
            observations whose total does match (at most :data:`MAX_EXPLANATIONS`).
        claims: The claims involved.
        observations: The observations involved.
        periods: The periods involved (for gaps and overlaps).
    """

    kind: FindingKind
    severity: Severity
    message: str
    claimed: Decimal | Fraction | None = None
    computed: Decimal | Fraction | None = None
    difference: Decimal | Fraction | None = None
    claimed_interval: tuple[Decimal | Fraction, Decimal | Fraction] | None = None
    computed_interval: tuple[Decimal | Fraction, Decimal | Fraction] | None = None
    explanations: tuple[Explanation, ...] = ()
    claims: tuple[Claim, ...] = ()
    observations: tuple[Observation, ...] = ()
    periods: tuple[Period, ...] = ()


def audit(
    target: Target,
    observations: Iterable[Observation],
    claims: Iterable[Claim],
    *,
    as_of: dt.date | None = None,
    straddling: Straddling | str | None = None,
) -> tuple[Finding, ...]:
    """Check claims about ``target`` against each other and against the observations.

    Each claim is checked against the observations whose periods end on or before the
    claim's own as-of date. Claims dated after ``as_of`` are not checked; coverage is
    measured up to ``as_of``.

    Args:
        target: The target the claims are about.
        observations: The reported figures for the target's indicator.
        claims: Statements about the target's progress.
        as_of: The date of the audit; by default the latest of the observations' ends
            and the claims' as-of dates.
        straddling: Whether figures straddling the target period's start or end count
            (see :func:`pledgekit.progress`); by default the target's own policy.

    Returns:
        The findings, worst first, then in the order of the checks in
        :class:`FindingKind`.

    Raises:
        InvalidValueError: A claim names another target, or an argument has the wrong
            type.
        UnitMismatchError: An observation records an indicator in another unit.

    >>> import datetime as dt
    >>> from pledgekit import (Accumulation, Claim, ClaimKind, Direction, Indicator,
    ...                        Observation, Period, Target)
    >>> jobs = Indicator("Jobs", "persons", direction=Direction.INCREASE,
    ...                  accumulation=Accumulation.SUM)
    >>> target = Target(jobs, 100, period=Period.years(2019, 2020))
    >>> data = [Observation(Period.year(2019), 40), Observation(Period.year(2020), 30)]
    >>> said = Claim(ClaimKind.ACHIEVED, 40, dt.date(2020, 12, 31))
    >>> [f.kind.name for f in audit(target, data, [said])]
    ['TOTAL_MISMATCH']
    >>> print(audit(target, data, [said])[0].explanations[0].message)
    matches 2019: 40; leaves out 2020 (30)
    """
    if not isinstance(target, Target):
        raise InvalidValueError(target, "a Target", "audit(target)")
    observed = tuple(observations)
    stated = tuple(claims)
    for index, claim in enumerate(stated):
        if not isinstance(claim, Claim):
            raise InvalidValueError(claim, "a Claim", f"claims[{index}]")
        if claim.target is not None and claim.target != target:
            raise InvalidValueError(
                claim.target.id,
                f"a claim about the target {target.id!r}",
                f"claims[{index}].target",
            )
    if straddling is not None:
        # The policy travels with the target into every progress() the audit makes.
        target = attrs.evolve(target, straddling=_straddling_policy(straddling))
    if as_of is None:
        dates = [o.period.end for o in observed] + [c.as_of for c in stated]
        if not dates:
            return ()
        as_of = max(dates)
    else:
        require_date(as_of, "audit(as_of)")
    checked = tuple(c for c in stated if c.as_of <= as_of)

    findings: list[Finding | None] = []
    findings.extend(_claim_against_data(target, observed, c) for c in checked)
    findings.extend(_claims_against_each_other(target, checked))
    findings.extend(_coverage(target, observed, as_of))
    findings.extend(_overlaps(target, observed))
    findings.extend(_straddling(target, observed))
    findings.extend(_indicators(target, checked))
    findings.extend(_dates(target, checked))
    found = [f for f in findings if f is not None]
    order = list(FindingKind)
    return tuple(sorted(found, key=lambda f: (-f.severity, order.index(f.kind))))


# -- Interval arithmetic ------------------------------------------------------------


def _meet(
    a: tuple[Decimal | Fraction, Decimal | Fraction],
    b: tuple[Decimal | Fraction, Decimal | Fraction],
) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _achieved_interval(target: Target, used: Sequence[Observation]) -> tuple[Decimal, Interval]:
    """The achieved value and its interval, from the observations counted."""
    if target.indicator.accumulation is Accumulation.LAST:
        if not used:
            return target.baseline, (target.baseline, target.baseline)
        latest = used[-1]
        return latest.value, latest.interval
    total = add_amounts((o.value for o in used), start=target.baseline)
    low = add_amounts((o.interval[0] for o in used), start=target.baseline)
    high = add_amounts((o.interval[1] for o in used), start=target.baseline)
    return total, (low, high)


def _remaining_interval(target: Target, achieved: Interval) -> Interval:
    """What is left to reach the target, for an interval of achieved values."""
    low, high = achieved
    if target.indicator.direction is Direction.INCREASE:
        return subtract_amounts(target.value, high), subtract_amounts(target.value, low)
    return subtract_amounts(low, target.value), subtract_amounts(high, target.value)


def _percent_interval(target: Target, achieved: Interval) -> tuple[Fraction, Fraction] | None:
    span = subtract_amounts(target.value, target.baseline)
    if span == 0:
        return None
    ends = [Fraction(subtract_amounts(a, target.baseline)) * 100 / Fraction(span) for a in achieved]
    return min(ends), max(ends)


# -- Claims against the data ----------------------------------------------------------


def _claim_against_data(
    target: Target, observed: tuple[Observation, ...], claim: Claim
) -> Finding | None:
    state = progress(target, observed, as_of=claim.as_of)
    used = state.observations
    achieved, achieved_range = _achieved_interval(target, used)
    if claim.kind is ClaimKind.ACHIEVED:
        assert claim.value is not None
        return _total(
            target,
            used,
            claim,
            claim.value,
            claim.interval,
            achieved,
            achieved_range,
            f"claimed {_n(claim.value)} as of {_d(claim.as_of)}",
        )
    if claim.kind is ClaimKind.REMAINING:
        assert claim.value is not None
        ends = [_implied_achieved(target, end) for end in claim.interval]
        implied = _implied_achieved(target, claim.value)
        implied_range = (min(ends), max(ends))
        return _total(
            target,
            used,
            claim,
            implied,
            implied_range,
            achieved,
            achieved_range,
            f"claimed remaining {_n(claim.value)} implies {_n(implied)} achieved as of "
            f"{_d(claim.as_of)}",
        )
    if claim.kind is ClaimKind.PERCENT:
        return _percent(target, claim, achieved, achieved_range, "the figures")
    if claim.kind is ClaimKind.MET:
        return _met(target, claim, achieved, achieved_range)
    return _period_value(target, observed, claim)


def _implied_achieved(target: Target, remaining: Decimal) -> Decimal:
    if target.indicator.direction is Direction.INCREASE:
        return subtract_amounts(target.value, remaining)
    return add_amounts([target.value, remaining])


def _total(
    target: Target,
    used: tuple[Observation, ...],
    claim: Claim,
    claimed: Decimal,
    claimed_range: Interval,
    achieved: Decimal,
    achieved_range: Interval,
    opening: str,
) -> Finding | None:
    if _meet(claimed_range, achieved_range):
        return None
    difference = subtract_amounts(claimed, achieved)
    message = (
        f"{opening}, but the figures add up to {_n(achieved)}{_range(achieved, achieved_range)}:"
        f" a difference of {_n(difference)}"
    )
    explanations = _explanations(target, used, claimed_range)
    return Finding(
        kind=FindingKind.TOTAL_MISMATCH,
        severity=Severity.ERROR,
        message=message,
        claimed=claimed,
        computed=achieved,
        difference=difference,
        claimed_interval=claimed_range,
        computed_interval=achieved_range,
        explanations=explanations,
        claims=(claim,),
        observations=used,
    )


def _explanations(
    target: Target, used: tuple[Observation, ...], claimed_range: Interval
) -> tuple[Explanation, ...]:
    """The simplest contiguous runs of the counted observations whose total meets the claim.

    Runs are ranked by how many figures they leave out, then by start; at most
    :data:`MAX_EXPLANATIONS` are kept. Prefix sums make each run's interval one
    subtraction, so the search is quadratic in the number of figures, not cubic.
    """
    count = len(used)
    if target.indicator.accumulation is Accumulation.LAST:
        candidates = [(i, i) for i in range(count) if _meet(used[i].interval, claimed_range)]
    else:
        baseline = target.baseline
        candidates = []
        with exact_arithmetic("an explanation's total"):
            lows, highs = [Decimal(0)], [Decimal(0)]
            for observation in used:
                low, high = observation.interval
                lows.append(lows[-1] + low)
                highs.append(highs[-1] + high)
            claimed_low, claimed_high = claimed_range
            for first in range(count):
                for last in range(first, count):
                    if (first, last) == (0, count - 1):
                        continue  # the whole series is the total that did not match
                    low = baseline + (lows[last + 1] - lows[first])
                    high = baseline + (highs[last + 1] - highs[first])
                    if low <= claimed_high and claimed_low <= high:
                        candidates.append((first, last))
    candidates.sort(key=lambda run: (count - (run[1] - run[0] + 1), used[run[0]].period.start))
    found: list[Explanation] = []
    for first, last in candidates[:MAX_EXPLANATIONS]:
        run = used[first : last + 1]
        total, interval = _achieved_interval(target, run)
        left_out = used[:first] + used[last + 1 :]
        span = Period(min(o.period.start for o in run), max(o.period.end for o in run))
        message = f"matches {_p(span)}: {_n(total)}{_range(total, interval)}"
        if left_out:
            shown = ", ".join(f"{_p(o.period)} ({_n(o.value)})" for o in left_out[:3])
            more = f" and {len(left_out) - 3} more figures" if len(left_out) > 3 else ""
            message += f"; leaves out {shown}{more}"
        found.append(Explanation(run, left_out, span, total, interval, message))
    return tuple(found)


def _percent(
    target: Target, claim: Claim, achieved: Decimal, achieved_range: Interval, against: str
) -> Finding | None:
    assert claim.value is not None
    computed_range = _percent_interval(target, achieved_range)
    if computed_range is None:
        return None
    claimed_range = claim.interval
    if _meet(claimed_range, computed_range):
        return None
    ratio = Fraction(subtract_amounts(achieved, target.baseline)) / Fraction(
        subtract_amounts(target.value, target.baseline)
    )
    computed = ratio * 100
    difference = Fraction(claim.value) - computed
    return Finding(
        kind=FindingKind.PERCENT_MISMATCH,
        severity=Severity.ERROR,
        message=(
            f"claimed {_n(claim.value)} % as of {_d(claim.as_of)}, but {against} give "
            f"{_pct(computed)} % ({_n(achieved)} of {_n(target.value)})"
        ),
        claimed=claim.value,
        computed=computed,
        difference=difference,
        claimed_interval=claimed_range,
        computed_interval=computed_range,
        claims=(claim,),
    )


def _met(
    target: Target, claim: Claim, achieved: Decimal, achieved_range: Interval
) -> Finding | None:
    best = (
        achieved_range[1] if target.indicator.direction is Direction.INCREASE else achieved_range[0]
    )
    reached = (
        best >= target.value
        if target.indicator.direction is Direction.INCREASE
        else best <= target.value
    )
    if reached:
        return None
    return Finding(
        kind=FindingKind.MET_MISMATCH,
        severity=Severity.ERROR,
        message=(
            f"claimed the target of {_n(target.value)} met as of {_d(claim.as_of)}, but the figures "
            f"reach {_n(achieved)}{_range(achieved, achieved_range)}"
        ),
        computed=achieved,
        difference=subtract_amounts(achieved, target.value),
        computed_interval=achieved_range,
        claims=(claim,),
    )


def _period_value(
    target: Target, observed: tuple[Observation, ...], claim: Claim
) -> Finding | None:
    assert claim.value is not None
    assert claim.period is not None
    period = claim.period
    inside = sorted((o for o in observed if period.contains(o.period)), key=observation_order)
    if target.indicator.accumulation is Accumulation.LAST:
        matching = [o for o in inside if o.period.end == period.end]
        if not matching:
            return None
        value, interval = matching[-1].value, matching[-1].interval
        involved: tuple[Observation, ...] = (matching[-1],)
    else:
        covered = sum(o.period.days for o in inside)
        overlapping = any(a.period.overlaps(b.period) for a, b in itertools.pairwise(inside))
        if covered != period.days or overlapping:
            return None  # the figures do not cover exactly that period: nothing to compare
        value = add_amounts(o.value for o in inside)
        interval = (
            add_amounts(o.interval[0] for o in inside),
            add_amounts(o.interval[1] for o in inside),
        )
        involved = tuple(inside)
    if _meet(claim.interval, interval):
        return None
    difference = subtract_amounts(claim.value, value)
    return Finding(
        kind=FindingKind.PERIOD_VALUE_MISMATCH,
        severity=Severity.ERROR,
        message=(
            f"claimed {_n(claim.value)} for {_p(period)}, but the figures give "
            f"{_n(value)}{_range(value, interval)}: a difference of {_n(difference)}"
        ),
        claimed=claim.value,
        computed=value,
        difference=difference,
        claimed_interval=claim.interval,
        computed_interval=interval,
        claims=(claim,),
        observations=involved,
    )


# -- Claims against each other ---------------------------------------------------------


def _claims_against_each_other(target: Target, claims: tuple[Claim, ...]) -> list[Finding]:
    findings: list[Finding] = []
    achieved = [c for c in claims if c.kind is ClaimKind.ACHIEVED]
    for index, first in enumerate(achieved):
        for second in achieved[index + 1 :]:
            if first.as_of != second.as_of or first.value == second.value:
                continue
            assert first.value is not None
            assert second.value is not None
            agree = _meet(first.interval, second.interval)
            difference = subtract_amounts(first.value, second.value)
            findings.append(
                Finding(
                    kind=FindingKind.CONSISTENT_RESTATEMENT
                    if agree
                    else FindingKind.CLAIM_CONFLICT,
                    severity=Severity.INFO if agree else Severity.ERROR,
                    message=(
                        f"{_n(first.value)} and {_n(second.value)} are both claimed as of "
                        f"{_d(first.as_of)}{_both_ranges(first, second)}"
                        + (
                            "; they agree within their rounding"
                            if agree
                            else "; they contradict each other"
                        )
                    ),
                    claimed=first.value,
                    computed=second.value,
                    difference=difference,
                    claimed_interval=first.interval,
                    computed_interval=second.interval,
                    claims=(first, second),
                )
            )
    for remaining in (c for c in claims if c.kind is ClaimKind.REMAINING):
        assert remaining.value is not None
        for done in achieved:
            if done.as_of != remaining.as_of:
                continue
            assert done.value is not None
            implied = _remaining_interval(target, done.interval)
            if _meet(remaining.interval, implied):
                continue
            computed = _remaining_interval(target, (done.value, done.value))[0]
            difference = subtract_amounts(remaining.value, computed)
            findings.append(
                Finding(
                    kind=FindingKind.REMAINDER_MISMATCH,
                    severity=Severity.ERROR,
                    message=(
                        f"claimed remaining {_n(remaining.value)}, but the target {_n(target.value)} "
                        f"less the claimed {_n(done.value)} leaves {_n(computed)}: "
                        f"a difference of {_n(difference)}"
                    ),
                    claimed=remaining.value,
                    computed=computed,
                    difference=difference,
                    claimed_interval=remaining.interval,
                    computed_interval=implied,
                    claims=(remaining, done),
                )
            )
    for percent in (c for c in claims if c.kind is ClaimKind.PERCENT):
        for done in achieved:
            if done.as_of != percent.as_of:
                continue
            assert done.value is not None
            finding = _percent(
                target, percent, done.value, done.interval, f"the claimed {_n(done.value)}"
            )
            if finding is not None:
                findings.append(attrs.evolve(finding, claims=(percent, done)))
    return findings


# -- The data themselves ---------------------------------------------------------------


def _coverage(target: Target, observed: tuple[Observation, ...], as_of: dt.date) -> list[Finding]:
    state = progress(target, observed, as_of=as_of)
    return [
        Finding(
            kind=FindingKind.COVERAGE_GAP,
            severity=Severity.WARNING,
            message=(
                f"no figure covers {_p(gap)} ({gap.days} days of the target period "
                f"{_p(target.period)} before {_d(as_of)})"
            ),
            periods=(gap,),
        )
        for gap in state.gaps
    ]


def _straddling(target: Target, observed: tuple[Observation, ...]) -> list[Finding]:
    period = target.period
    return [
        Finding(
            kind=FindingKind.STRADDLES_PERIOD,
            severity=Severity.WARNING,
            message=(
                f"the figure for {_p(o.period)} ({_n(o.value)}) straddles the "
                f"{'start' if o.period.start < period.start else 'end'} of the target period "
                f"{_p(period)}, so it is not counted"
            ),
            observations=(o,),
            periods=(o.period,),
        )
        for o in sorted(observed, key=observation_order)
        if o.period.overlaps(period) and not period.contains(o.period)
    ]


def _overlaps(target: Target, observed: tuple[Observation, ...]) -> list[Finding]:
    if target.indicator.accumulation is not Accumulation.SUM:
        return []
    # Only figures that count toward this target can be counted twice in it.
    ordered = sorted(
        (o for o in observed if target.period.contains(o.period)), key=observation_order
    )
    findings: list[Finding] = []
    for index, first in enumerate(ordered):
        for second in ordered[index + 1 :]:
            if second.period.start > first.period.end:
                break
            shared = first.period.intersection(second.period)
            assert shared is not None
            findings.append(
                Finding(
                    kind=FindingKind.OVERLAP,
                    severity=Severity.ERROR,
                    message=(
                        f"the figures for {_p(first.period)} ({_n(first.value)}) and "
                        f"{_p(second.period)} ({_n(second.value)}) share {shared.days} days "
                        f"({_p(shared)}): summing them counts those days twice"
                    ),
                    observations=(first, second),
                    periods=(shared,),
                )
            )
    return findings


def _indicators(target: Target, claims: tuple[Claim, ...]) -> list[Finding]:
    others: dict[Indicator, list[Claim]] = {}
    for claim in claims:
        if claim.indicator is not None and claim.indicator != target.indicator:
            others.setdefault(claim.indicator, []).append(claim)
    return [
        Finding(
            kind=FindingKind.INDICATOR_MISMATCH,
            severity=Severity.WARNING,
            message=(
                f"{len(involved)} claim{'s measure' if len(involved) != 1 else ' measures'} "
                f"{indicator.name!r} ({indicator.unit}), but the target measures "
                f"{target.indicator.name!r} ({target.indicator.unit})"
            ),
            claims=tuple(involved),
        )
        for indicator, involved in others.items()
    ]


def _dates(target: Target, claims: tuple[Claim, ...]) -> list[Finding]:
    findings: list[Finding] = []
    for claim in claims:
        problems = []
        if claim.stated_on is not None and claim.as_of > claim.stated_on:
            problems.append(
                f"it is about {_d(claim.as_of)}, after it was stated on {_d(claim.stated_on)}"
            )
        if not target.period.contains(claim.as_of):
            problems.append(
                f"its date {_d(claim.as_of)} lies outside the target period {_p(target.period)}"
            )
        problems.extend(_dateline_problems(claim))
        findings.extend(
            Finding(
                kind=FindingKind.DATE_INCONSISTENT,
                severity=Severity.WARNING,
                message=f"a {claim.kind.name.lower()} claim's dates disagree: {problem}",
                claims=(claim,),
            )
            for problem in problems
        )
    return findings


def _dateline_problems(claim: Claim) -> list[str]:
    if claim.dateline is None:
        return []
    try:
        # A dateline without a year is in the year the statement was made.
        year = (claim.stated_on or claim.as_of).year
        printed = text.parse_date(claim.dateline, default_year=year)
    except InvalidValueError as error:
        return [f"the dateline {claim.dateline!r} does not hold: {error}"]
    if claim.stated_on is not None and printed != claim.stated_on:
        return [f"the dateline {claim.dateline!r} reads {_d(printed)}, not {_d(claim.stated_on)}"]
    return []


# -- Words -------------------------------------------------------------------------------


def _n(value: Decimal | Fraction) -> str:
    """A figure in English notation: 146,305; -4,681; 97.54."""
    if isinstance(value, Fraction):
        value = round_fraction(value, 2)
    return f"{value:,}"


def _pct(value: Fraction) -> str:
    return f"{round_fraction(value, 2):,}"


def _both_ranges(first: Claim, second: Claim) -> str:
    shown = [
        f"{_n(c.interval[0])} to {_n(c.interval[1])} for {_n(c.value)}"
        for c in (first, second)
        if c.value is not None and c.interval != (c.value, c.value)
    ]
    return f" (given the rounding: {'; '.join(shown)})" if shown else ""


def _range(value: Decimal, interval: Interval) -> str:
    low, high = interval
    if low == high == value:
        return ""
    return f", or {_n(low)} to {_n(high)} given the rounding"


def _d(day: dt.date) -> str:
    try:
        return text.format_date(day, "en")
    except InvalidValueError:  # years before 1000 are not written in words
        return day.isoformat()


def _p(period: Period) -> str:
    """A period in words: '2019', '2019–2021', 'January–June 2022', or two dates."""
    try:
        return text.format_period(period, "en")
    except InvalidValueError:  # years before 1000 are not written in words
        return str(period)
