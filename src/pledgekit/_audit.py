"""The audit: what officials claim against what their own figures add up to.

Every reported figure stands for an interval of true values (see
[`pledgekit.Rounding`][pledgekit.Rounding]): an exact figure for itself, "56.000" rounded to the
thousand for 55,500..56,500, "sudah 141.000" for 141,000..142,000. Two figures
disagree only when their intervals do not meet, so rounding is never mistaken for an
error, and a real slip is never hidden by it. A claim whose figure is a bound ("di
atas 6.000") stands for the open interval beyond it, strict ends strict; a rate claim
is checked against the figures' rate over its period (`pledgekit._audit_rates`).
The audit reports; it never corrects a figure.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import TypeVar

import attrs

from pledgekit._amounts import add_amounts, exact_arithmetic, subtract_amounts
from pledgekit._audit_data import data_findings, overlapping_pairs
from pledgekit._audit_rates import (
    FLIPPED,
    Span,
    claimed_interval,
    claimed_span,
    period_unverifiable,
    rate_finding,
)
from pledgekit._finding import (
    MAX_EXPLANATIONS,
    Explanation,
    Finding,
    FindingKind,
    Interval,
    Severity,
    Unverifiable,
)
from pledgekit._indicator import (
    Accumulation,
    Direction,
    Observation,
    Straddling,
    Target,
    _straddling_policy,
)
from pledgekit._period import Period, require_date
from pledgekit._pledge import Claim, ClaimKind
from pledgekit._progress import Progress, _check_observation, observation_order, progress
from pledgekit._schedule import Comparison
from pledgekit.exceptions import InvalidValueError

__all__ = ["audit", "implied_achieved"]

#: An interval whose ends may be unknown (``None``: no bound on that side).
OpenInterval = tuple[Decimal | None, Decimal | None]
_T = TypeVar("_T")


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
    measured up to ``as_of``. For a summed indicator with days up to a claim's date
    that no counted figure covers, the figures' total is only a bound: a claim beyond
    it is an ``UNVERIFIABLE_CLAIM`` warning, not a mismatch (see ``docs/audit.md``).

    Args:
        target: The target the claims are about.
        observations: The reported figures for the target's indicator.
        claims: Statements about the target's progress.
        as_of: The date of the audit; by default the latest of the observations' ends
            and the claims' as-of dates.
        straddling: Whether figures straddling the target period's start or end count
            (see [`pledgekit.progress`][pledgekit.progress]); by default the target's own policy.

    Returns:
        The findings, worst first, then in the order of the checks in
        [`FindingKind`][pledgekit.FindingKind].

    Raises:
        InvalidValueError: A claim names another target; ``observations`` or
            ``claims`` is not an iterable of Observation or Claim; ``as_of`` is not a
            date; the straddling policy is unknown; or an observation records another
            indicator.
        UnitMismatchError: An observation records an indicator in another unit.

    >>> import datetime as dt
    >>> from pledgekit import (Accumulation, Claim, ClaimKind, Direction, Indicator,
    ...                        Observation, Period, Target, audit)
    >>> jobs = Indicator("Jobs", "persons", direction=Direction.INCREASE,
    ...                  accumulation=Accumulation.SUM)
    >>> target = Target(jobs, 100, period=Period.years(2019, 2020))
    >>> data = [Observation(Period.year(2019), 40), Observation(Period.year(2020), 30)]
    >>> said = Claim(ClaimKind.ACHIEVED, 40, dt.date(2020, 12, 31))
    >>> [f.kind.name for f in audit(target, data, [said])]
    ['TOTAL_MISMATCH']
    >>> print(audit(target, data, [said])[0].message)
    claimed 40 as of 31 December 2020, but the figures add up to 70: a difference of -30
    >>> print(audit(target, data, [said])[0].explanations[0].message)
    matches 2019: 40; leaves out 2020 (30)
    >>> early = Claim(ClaimKind.ACHIEVED, 90, dt.date(2020, 12, 31))
    >>> [f.kind.name for f in audit(target, data[:1], [early])]
    ['UNVERIFIABLE_CLAIM', 'COVERAGE_GAP']
    """
    observed, stated = _checked(target, observations, claims, as_of)
    given = target
    if straddling is not None:
        # The policy travels with the target into every progress() the audit makes.
        target = attrs.evolve(target, straddling=_straddling_policy(straddling))
    if as_of is None:
        dates = [o.period.end for o in observed] + [c.as_of for c in stated]
        if not dates:
            return ()
        as_of = max(dates)
    checked = tuple(c for c in stated if c.as_of <= as_of)

    findings: list[Finding | None] = []
    findings.extend(_claim_against_data(target, observed, c) for c in checked)
    findings.extend(_claims_against_each_other(target, checked))
    findings.extend(data_findings(target, observed, checked, as_of))
    # Each finding names the target as the caller gave it (the policy is in its fields).
    found = [attrs.evolve(f, target=given) for f in findings if f is not None]
    order = list(FindingKind)
    return tuple(sorted(found, key=lambda f: (-f.severity, order.index(f.kind))))


def _checked(
    target: object, observations: object, claims: object, as_of: object
) -> tuple[tuple[Observation, ...], tuple[Claim, ...]]:
    """The arguments of [`audit`][pledgekit.audit], checked: the observations and the claims."""
    if not isinstance(target, Target):
        raise InvalidValueError(target, "a Target", "audit(target)")
    observed = _iterable(observations, Observation, "observations", "an Observation")
    for index, observation in enumerate(observed):
        _check_observation(target, observation, index)
    stated = _iterable(claims, Claim, "claims", "a Claim")
    for index, claim in enumerate(stated):
        if claim.target is not None and claim.target != target:
            raise InvalidValueError(
                claim.target.id,
                f"a claim about the target {target.id!r}",
                f"claims[{index}].target",
            )
    if as_of is not None:
        require_date(as_of, "audit(as_of)")
    return observed, stated


def _iterable(value: object, kind: type[_T], name: str, expected: str) -> tuple[_T, ...]:
    """The items of an argument of [`audit`][pledgekit.audit], each checked to be a ``kind``."""
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise InvalidValueError(value, f"an iterable of {kind.__name__}", f"audit({name})")
    items = tuple(value)
    for index, item in enumerate(items):
        if not isinstance(item, kind):
            raise InvalidValueError(item, expected, f"audit({name})[{index}]")
    return items


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
        return subtract_amounts(target.goal, high), subtract_amounts(target.goal, low)
    return subtract_amounts(low, target.goal), subtract_amounts(high, target.goal)


def _percent_interval(target: Target, achieved: Interval) -> tuple[Fraction, Fraction] | None:
    span = subtract_amounts(target.goal, target.baseline)
    if span == 0:
        return None
    ends = [Fraction(subtract_amounts(a, target.baseline)) * 100 / Fraction(span) for a in achieved]
    return min(ends), max(ends)


# -- Claims against the data ----------------------------------------------------------


def _claim_against_data(
    target: Target, observed: tuple[Observation, ...], claim: Claim
) -> Finding | None:
    state = progress(target, observed, as_of=claim.as_of)
    # A claim speaks of the target as in force on its own as-of date.
    target = state.target
    used = state.observations
    achieved, achieved_range = _achieved_interval(target, used)
    bound = _Bound(target=target, state=state, counted=achieved_range)
    found = _claim_against_total(target, observed, claim, achieved, achieved_range, bound)
    doubled = _overlapping(used) if target.indicator.accumulation is Accumulation.SUM else ()
    if found is None and doubled and claim.kind not in (ClaimKind.PERIOD_VALUE, ClaimKind.RATE):
        return _double_counted(claim, achieved, achieved_range, doubled)
    return found


def _claim_against_total(
    target: Target,
    observed: tuple[Observation, ...],
    claim: Claim,
    achieved: Decimal,
    achieved_range: Interval,
    bound: _Bound,
) -> Finding | None:
    if claim.kind is ClaimKind.ACHIEVED:
        said = _Said(figure=claim.figure, interval=claimed_interval(claim), bound=claim.bound)
        return _total(bound, claim, said, achieved)
    if claim.kind is ClaimKind.REMAINING:
        return _total(bound, claim, _implied(target, claim), achieved)
    if claim.kind is ClaimKind.PERCENT:
        return _percent(target, claim, achieved, achieved_range, bound)
    if claim.kind is ClaimKind.MET:
        return _met(bound, claim, achieved)
    if claim.kind is ClaimKind.RATE:
        return rate_finding(target, observed, claim)
    return _period_value(target, observed, claim)


@attrs.frozen(kw_only=True)
class _Said:
    """What a claim says of the level achieved: a figure, its interval, and its bound."""

    figure: Decimal
    interval: Interval
    bound: Comparison | None

    @property
    def span(self) -> Span:
        return Span.of(self.interval, self.bound)


def _implied(target: Target, claim: Claim) -> _Said:
    """The level a remainder claim implies; its bound flips where more left is less done."""
    ends = [implied_achieved(target, end) for end in claimed_interval(claim)]
    flips = target.indicator.direction is Direction.INCREASE
    bound = FLIPPED[claim.bound] if flips and claim.bound is not None else claim.bound
    return _Said(
        figure=implied_achieved(target, claim.figure),
        interval=(min(ends), max(ends)),
        bound=bound,
    )


def _overlapping(used: tuple[Observation, ...]) -> tuple[Observation, ...]:
    """The counted figures whose periods overlap another counted figure's."""
    doubled = {o for pair in overlapping_pairs(used) for o in pair[:2]}
    return tuple(sorted(doubled, key=observation_order))


def _double_counted(
    claim: Claim,
    achieved: Decimal,
    achieved_range: Interval,
    doubled: tuple[Observation, ...],
) -> Finding:
    """A claim that agrees only with a total that counts some days twice."""
    return Finding(
        kind=FindingKind.UNVERIFIABLE_CLAIM,
        severity=Severity.WARNING,
        unverifiable=Unverifiable.DOUBLE_COUNTED,
        claimed=claim.value,
        computed=achieved,
        claimed_interval=claimed_interval(claim) if claim.value is not None else None,
        claimed_bound=claim.bound,
        computed_interval=achieved_range,
        claims=(claim,),
        observations=doubled,
    )


@attrs.frozen(kw_only=True)
class _Bound:
    """What the counted figures say about the true total as of a claim's date.

    For a summed indicator with days up to that date that no counted figure covers,
    the figures' total is a lower bound when every counted figure is zero or more (the
    missing days can only add), an upper bound when every one is zero or less (they
    can only take away), and no bound at all when there are both signs.
    """

    target: Target
    state: Progress
    counted: Interval

    @property
    def gaps(self) -> tuple[Period, ...]:
        if self.target.indicator.accumulation is not Accumulation.SUM:
            return ()
        return self.state.gaps

    @property
    def open(self) -> OpenInterval:
        """The interval of true totals, open where the missing days leave it open."""
        low, high = self.counted
        if not self.gaps:
            return low, high
        values = [o.value for o in self.state.observations]
        if all(v >= 0 for v in values):
            return low, None
        if all(v <= 0 for v in values):
            return None, high
        return None, None

    @property
    def why(self) -> Unverifiable:
        """Which bound the figures give, for a claim beyond them (days are missing)."""
        low, high = self.open
        if high is None:
            return Unverifiable.NO_BOUND if low is None else Unverifiable.LOWER_BOUND
        return Unverifiable.UPPER_BOUND


def implied_achieved(target: Target, remaining: Decimal) -> Decimal:
    """The level a remainder implies: the target less it (plus it, for a falling indicator)."""
    if target.indicator.direction is Direction.INCREASE:
        return subtract_amounts(target.goal, remaining)
    return add_amounts([target.goal, remaining])


def _total(bound: _Bound, claim: Claim, said: _Said, achieved: Decimal) -> Finding | None:
    target, used, achieved_range = bound.target, bound.state.observations, bound.counted
    if said.span.meets(Span.closed(achieved_range)):
        return None
    claimed, claimed_range = said.figure, said.interval
    difference = subtract_amounts(claimed, achieved)
    if said.span.meets(Span(*bound.open)):
        return Finding(
            kind=FindingKind.UNVERIFIABLE_CLAIM,
            severity=Severity.WARNING,
            unverifiable=bound.why,
            claimed=claimed,
            computed=achieved,
            difference=difference,
            claimed_interval=claimed_range,
            claimed_bound=said.bound,
            computed_interval=achieved_range,
            claims=(claim,),
            observations=used,
            periods=bound.gaps,
            possible_interval=bound.open,
        )
    explanations = _explanations(target, used, said.span)
    return Finding(
        kind=FindingKind.TOTAL_MISMATCH,
        severity=Severity.ERROR,
        claimed=claimed,
        computed=achieved,
        difference=difference,
        claimed_interval=claimed_range,
        claimed_bound=said.bound,
        computed_interval=achieved_range,
        explanations=explanations,
        claims=(claim,),
        observations=used,
    )


def _explanations(
    target: Target, used: tuple[Observation, ...], claimed: Span
) -> tuple[Explanation, ...]:
    """The simplest contiguous runs of the counted observations whose total meets the claim.

    Runs are ranked by how many figures they leave out, then by start; at most
    [`MAX_EXPLANATIONS`][pledgekit.MAX_EXPLANATIONS] are kept. Prefix sums make each
    run's interval one subtraction, so the search is quadratic in the number of figures,
    not cubic.
    """
    count = len(used)
    if target.indicator.accumulation is Accumulation.LAST:
        candidates = [(i, i) for i in range(count) if claimed.meets(Span.closed(used[i].interval))]
    else:
        baseline = target.baseline
        candidates = []
        with exact_arithmetic("an explanation's total"):
            lows, highs = [Decimal(0)], [Decimal(0)]
            for observation in used:
                low, high = observation.interval
                lows.append(lows[-1] + low)
                highs.append(highs[-1] + high)
            for first in range(count):
                for last in range(first, count):
                    if (first, last) == (0, count - 1):
                        continue  # the whole series is the total that did not match
                    low = baseline + (lows[last + 1] - lows[first])
                    high = baseline + (highs[last + 1] - highs[first])
                    if claimed.meets(Span(low, high)):
                        candidates.append((first, last))
    candidates.sort(key=lambda run: (count - (run[1] - run[0] + 1), used[run[0]].period.start))
    found: list[Explanation] = []
    for first, last in candidates[:MAX_EXPLANATIONS]:
        run = used[first : last + 1]
        total, interval = _achieved_interval(target, run)
        left_out = used[:first] + used[last + 1 :]
        span = Period(min(o.period.start for o in run), max(o.period.end for o in run))
        found.append(
            Explanation(
                observations=run, left_out=left_out, period=span, total=total, interval=interval
            )
        )
    return tuple(found)


def _percent(
    target: Target,
    claim: Claim,
    achieved: Decimal,
    achieved_range: Interval,
    bound: _Bound | None = None,
    achieved_bound: Comparison | None = None,
) -> Finding | None:
    """A claimed percentage against the one an achieved value gives (the figures' or a claim's).

    ``achieved_bound`` is the bound of a claimed achievement the percentage is checked
    against. Percentages are compared as percentages (the share of the way done), so
    a percentage claim's bound needs no flip for a falling indicator: the map from
    levels to shares turns round instead.
    """
    computed_range = _percent_interval(target, achieved_range)
    if computed_range is None:
        return None
    claimed_range = claimed_interval(claim)
    said = claimed_span(claim)
    if said.meets(_percent_span(target, Span.of(achieved_range, achieved_bound))):
        return None
    ratio = Fraction(subtract_amounts(achieved, target.baseline)) / Fraction(
        subtract_amounts(target.goal, target.baseline)
    )
    computed = ratio * 100
    difference = Fraction(claim.figure) - computed
    if bound is not None and said.meets(Span(*_percent_open(target, bound.open))):
        return Finding(
            kind=FindingKind.UNVERIFIABLE_CLAIM,
            severity=Severity.WARNING,
            unverifiable=bound.why,
            claimed=claim.figure,
            computed=computed,
            difference=difference,
            claimed_interval=claimed_range,
            claimed_bound=claim.bound,
            computed_interval=computed_range,
            claims=(claim,),
            observations=bound.state.observations,
            periods=bound.gaps,
            possible_interval=_percent_open(target, bound.open),
            achieved=achieved,
        )
    return Finding(
        kind=FindingKind.PERCENT_MISMATCH,
        severity=Severity.ERROR,
        claimed=claim.figure,
        computed=computed,
        difference=difference,
        claimed_interval=claimed_range,
        claimed_bound=claim.bound,
        computed_interval=computed_range,
        claims=(claim,),
        achieved=achieved,
    )


def _percent_span(target: Target, achieved: Span) -> Span:
    """The percentages a span of achieved levels stands for (the target is not the baseline)."""
    baseline = Fraction(target.baseline)
    span = Fraction(subtract_amounts(target.goal, target.baseline))
    return achieved.mapped(lambda a: (Fraction(a) - baseline) * 100 / span, reverses=span < 0)


def _percent_open(
    target: Target, achieved: OpenInterval
) -> tuple[Fraction | None, Fraction | None]:
    """The percentages an open interval of totals stands for (open on the same side or not)."""
    span = Fraction(subtract_amounts(target.goal, target.baseline))
    ends = [
        None if a is None else Fraction(subtract_amounts(a, target.baseline)) * 100 / span
        for a in achieved
    ]
    return (ends[0], ends[1]) if span > 0 else (ends[1], ends[0])


def _meeting(target: Target) -> Span:
    """Every level that meets the target: a range itself, else the half-line its comparison gives."""
    value = target.value
    if isinstance(value, tuple):
        return Span.closed(value)
    return Span.of((value, value), target.comparison)


def _met(bound: _Bound, claim: Claim, achieved: Decimal) -> Finding | None:
    """A MET claim: the levels the figures allow against those that meet the target.

    The claim says the true level meets the target, so it is refuted when no level the
    figures allow (as far as days with no counted figure leave them open) does; and it
    is unverifiable only when some do and the counted figures alone do not, which takes
    missing days, for with none the open interval is the counted one.
    """
    target, achieved_range = bound.target, bound.counted
    meeting = _meeting(target)
    if meeting.meets(Span.closed(achieved_range)):
        return None
    goal = target.goal
    difference = subtract_amounts(achieved, goal)
    possible = meeting.meets(Span(*bound.open))
    if possible:
        return Finding(
            kind=FindingKind.UNVERIFIABLE_CLAIM,
            severity=Severity.WARNING,
            unverifiable=bound.why,
            computed=achieved,
            difference=difference,
            computed_interval=achieved_range,
            claims=(claim,),
            observations=bound.state.observations,
            periods=bound.gaps,
            possible_interval=bound.open,
        )
    return Finding(
        kind=FindingKind.MET_MISMATCH,
        severity=Severity.ERROR,
        computed=achieved,
        difference=difference,
        computed_interval=achieved_range,
        claims=(claim,),
    )


def _period_value(
    target: Target, observed: tuple[Observation, ...], claim: Claim
) -> Finding | None:
    period = claim.period
    if period is None:  # a PERIOD_VALUE claim always names its period (Claim checks)
        raise InvalidValueError(claim.kind, "a claim about one period", "Claim.period")
    inside = sorted((o for o in observed if period.contains(o.period)), key=observation_order)
    if target.indicator.accumulation is Accumulation.LAST:
        matching = [o for o in inside if o.period.end == period.end]
        if not matching:
            return period_unverifiable(claim, period, tuple(inside))
        value, interval = matching[-1].value, matching[-1].interval
        involved: tuple[Observation, ...] = (matching[-1],)
    else:
        covered = sum(o.period.days for o in inside)
        overlapping = any(a.period.overlaps(b.period) for a, b in itertools.pairwise(inside))
        if covered != period.days or overlapping:
            return period_unverifiable(claim, period, tuple(inside))
        value = add_amounts(o.value for o in inside)
        interval = (
            add_amounts(o.interval[0] for o in inside),
            add_amounts(o.interval[1] for o in inside),
        )
        involved = tuple(inside)
    if claimed_span(claim).meets(Span.closed(interval)):
        return None
    difference = subtract_amounts(claim.figure, value)
    return Finding(
        kind=FindingKind.PERIOD_VALUE_MISMATCH,
        severity=Severity.ERROR,
        claimed=claim.figure,
        computed=value,
        difference=difference,
        claimed_interval=claimed_interval(claim),
        claimed_bound=claim.bound,
        computed_interval=interval,
        claims=(claim,),
        observations=involved,
    )


# -- Claims against each other ---------------------------------------------------------


def _claims_against_each_other(target: Target, claims: tuple[Claim, ...]) -> list[Finding]:
    achieved = [c for c in claims if c.kind is ClaimKind.ACHIEVED]
    findings = _achieved_pairs(achieved)
    for remaining in (c for c in claims if c.kind is ClaimKind.REMAINING):
        for done in achieved:
            if done.as_of != remaining.as_of:
                continue
            finding = _remainder(target.in_force(done.as_of), remaining, done)
            if finding is not None:
                findings.append(finding)
    for percent in (c for c in claims if c.kind is ClaimKind.PERCENT):
        for done in achieved:
            if done.as_of != percent.as_of:
                continue
            then = target.in_force(done.as_of)
            finding = _percent(
                then, percent, done.figure, claimed_interval(done), achieved_bound=done.bound
            )
            if finding is not None:
                findings.append(attrs.evolve(finding, claims=(percent, done)))
    return findings


def _achieved_pairs(achieved: list[Claim]) -> list[Finding]:
    """Two claimed achievements for one date: a conflict, or a consistent restatement."""
    findings: list[Finding] = []
    for index, first in enumerate(achieved):
        for second in achieved[index + 1 :]:
            if first.as_of != second.as_of or (first.figure, first.bound) == (
                second.figure,
                second.bound,
            ):
                continue
            agree = claimed_span(first).meets(claimed_span(second))
            findings.append(
                Finding(
                    kind=FindingKind.CONSISTENT_RESTATEMENT
                    if agree
                    else FindingKind.CLAIM_CONFLICT,
                    severity=Severity.INFO if agree else Severity.ERROR,
                    claimed=first.figure,
                    computed=second.figure,
                    difference=subtract_amounts(first.figure, second.figure),
                    claimed_interval=claimed_interval(first),
                    claimed_bound=first.bound,
                    computed_interval=claimed_interval(second),
                    claims=(first, second),
                )
            )
    return findings


def _remainder(then: Target, remaining: Claim, done: Claim) -> Finding | None:
    """A claimed remainder against the target less a claimed achievement of the same date."""
    implied = _remaining_interval(then, claimed_interval(done))
    # The remainder falls as the level rises toward a rising target: the map turns round.
    rising = then.indicator.direction is Direction.INCREASE
    left = Span.of(claimed_interval(done), done.bound).mapped(
        lambda a: _left(then, a), reverses=rising
    )
    if claimed_span(remaining).meets(left):
        return None
    computed = _remaining_interval(then, (done.figure, done.figure))[0]
    return Finding(
        kind=FindingKind.REMAINDER_MISMATCH,
        severity=Severity.ERROR,
        claimed=remaining.figure,
        computed=computed,
        difference=subtract_amounts(remaining.figure, computed),
        claimed_interval=claimed_interval(remaining),
        claimed_bound=remaining.bound,
        computed_interval=implied,
        claims=(remaining, done),
    )


def _left(target: Target, achieved: Decimal | Fraction) -> Decimal | Fraction:
    """What is left to reach the target from one achieved level."""
    goal = Fraction(target.goal)
    if target.indicator.direction is Direction.INCREASE:
        return goal - Fraction(achieved)
    return Fraction(achieved) - goal
