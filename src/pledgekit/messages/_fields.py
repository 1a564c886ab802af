"""What every language says about a finding: the named pieces, and which wording applies.

The logic of a message lives here once, for every language: which of a finding's
fields its words read, which variant applies (a claim of a remainder or of an
achieved value, a figure straddling the start or the end of the period), and what
is listed. Each function returns [`Words`][pledgekit.messages.Words]: a template key and the named
pieces, raw (figures, dates, periods, nested [`Words`][pledgekit.messages.Words]); a
catalogue fills the language's template of that key, writing each piece in its own
notation.

>>> import datetime as dt
>>> from pledgekit import Claim, ClaimKind, Finding, FindingKind, Severity
>>> finding = Finding(kind=FindingKind.TOTAL_MISMATCH, severity=Severity.ERROR,
...                   claims=(Claim(ClaimKind.ACHIEVED, 80, dt.date(2020, 12, 31)),),
...                   claimed=80, computed=83, difference=-3)
>>> words = FIELDS[FindingKind.TOTAL_MISMATCH](finding)
>>> words.key, sorted(words.fields)
('total_mismatch', ['computed', 'difference', 'gap', 'opening', 'range'])
>>> words.fields["opening"].key
'opening.stated'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Final, NoReturn, TypeVar

import attrs

from pledgekit._amounts import round_fraction, subtract_amounts
from pledgekit._finding import (
    DateProblem,
    Explanation,
    Finding,
    FindingKind,
    Unverifiable,
    VerdictProblem,
)
from pledgekit._indicator import Accumulation, Direction, Revision, Straddling, Target
from pledgekit._pledge import Claim, ClaimKind, RateUnit
from pledgekit._schedule import Comparison, TargetValue
from pledgekit.exceptions import InvalidValueError

__all__ = ["FIELDS", "KEYS", "OPTIONAL", "Later", "Words", "explanation", "need", "number"]

_T = TypeVar("_T")
_Figure = Decimal | Fraction


@attrs.frozen
class Words:
    """A template key and the named pieces its template may name.

    A language's template may leave a piece out; a piece that is a
    [`Words`][pledgekit.messages.Words] or a `Later` is only worded (or computed) when
    the template names it.

    The pieces a figure's rounding is worded from (the ``range`` key: the interval
    of true totals 141,197 ± 500 ± 500 stands for), and what each catalogue's template
    of that key makes of them, in its own notation:

    >>> from decimal import Decimal
    >>> from pledgekit.messages import Words, catalogue
    >>> rounding = Words("range", {"low": Decimal(140197), "high": Decimal(142197)})
    >>> print(catalogue("en").words(rounding))
    , or 140,197 to 142,197 given the rounding
    >>> print(catalogue("id").words(rounding))
    , atau 140.197 sampai 142.197 dengan memperhitungkan pembulatan
    """

    key: str
    fields: Mapping[str, object] = attrs.field(factory=dict)


@attrs.frozen
class Later:
    """A piece computed only when a template names it (it may raise for some findings)."""

    compute: Callable[[], object]


def need(value: _T | None, finding: Finding, field: str) -> _T:
    """A field a finding's words need; a clear error when the finding lacks it.

    >>> from pledgekit import Finding, FindingKind, Severity
    >>> from pledgekit.messages import need
    >>> need(None, Finding(kind=FindingKind.OVERLAP, severity=Severity.ERROR), "target")
    Traceback (most recent call last):
    ...
    pledgekit.exceptions.InvalidValueError: Finding.target: got None (NoneType); expected the target of an OVERLAP finding, which its words need
    """
    if value is None or value == ():
        missing(value, finding, field)
    return value


def missing(value: object, finding: Finding | None, field: str) -> NoReturn:
    """The error for a field the words need and the finding (or explanation) lacks."""
    if finding is None:
        raise InvalidValueError(
            value, f"the {field} of an explanation, which its words need", f"Explanation.{field}"
        )
    raise InvalidValueError(
        value, f"the {field} of {_a(finding)}, which its words need", f"Finding.{field}"
    )


def _a(finding: Finding) -> str:
    """'an OVERLAP finding', 'a COVERAGE_GAP finding'."""
    name = finding.kind.name
    return f"{'an' if name[0] in 'AEIOU' else 'a'} {name} finding"


def number(value: _Figure | None, finding: Finding, field: str) -> _Figure:
    """A figure a finding's words need ([`need`][pledgekit.messages.need], typed for figures)."""
    if value is None:
        missing(value, finding, field)
    return value


def _present(**fields: object) -> dict[str, object]:
    """The pieces a finding has; a template naming an absent one is a clear error."""
    return {name: value for name, value in fields.items() if value is not None}


def _figure(claim: Claim) -> Later:
    """A claim's figure, read only when worded (a MET claim states none)."""
    return Later(lambda: claim.figure)


def _negated(value: _Figure) -> _Figure:
    return -value if isinstance(value, Fraction) else value.copy_negate()


def _size(value: _Figure) -> _Figure:
    """The absolute value, exactly under any decimal context."""
    return abs(value) if isinstance(value, Fraction) else value.copy_abs()


def _range(value: _Figure, interval: tuple[_Figure, _Figure] | None) -> Words:
    """The interval a rounded figure may stand for, when it is not the figure alone."""
    if interval is None or interval[0] == interval[1] == value:
        return Words("range.none")
    return Words("range", {"low": interval[0], "high": interval[1]})


def _more(prefix: str, gap: _Figure) -> Words:
    """'N more than' or 'N less than': ``gap`` as signed, ``size`` its absolute value."""
    return Words(f"{prefix}.{'more' if gap >= 0 else 'less'}", {"gap": gap, "size": _size(gap)})


def _bounded(bound: Comparison | None) -> Words:
    """The words before a figure that is a bound: "more than ", "kurang dari "; else none."""
    return Words("bounded.none" if bound is None else f"bounded.{bound.value}")


#: The bounds a claim's figure may be.
_BOUNDS: Final = (
    Comparison.MORE_THAN,
    Comparison.AT_LEAST,
    Comparison.AT_MOST,
    Comparison.LESS_THAN,
)


# -- Claims against the data ------------------------------------------------------------


def _opening(f: Finding) -> Words:
    """What a claim of an achieved value (stated, or implied by a remainder) says."""
    claim = need(f.claims, f, "claims")[0]
    key = "opening.remaining" if claim.kind is ClaimKind.REMAINING else "opening.stated"
    fields = _present(figure=_figure(claim), claimed=f.claimed, as_of=claim.as_of)
    # The implied level's bound is the finding's own: flipped for a remainder of a rise.
    fields |= {"bounded": _bounded(claim.bound), "implied": _bounded(f.claimed_bound)}
    return Words(key, fields)


def _total_mismatch(f: Finding) -> Words:
    computed = number(f.computed, f, "computed")
    return Words(
        "total_mismatch",
        {
            "opening": _opening(f),
            "computed": computed,
            "range": _range(computed, f.computed_interval),
            "difference": number(f.difference, f, "difference"),
            "gap": _gap(f),
        },
    )


def _gap(f: Finding) -> Words:
    """How a claimed total misses: by a difference, or, for a strict bound, at its very edge."""
    difference = number(f.difference, f, "difference")
    strict = f.claimed_bound is not None and f.claimed_bound.strict
    if strict and difference == 0:
        return Words("gap.edge")
    return Words("gap.difference", {"difference": difference})


def _share(target: Target, achieved: Decimal | None) -> Words:
    """What a percentage is of: the way moved from the baseline, of the way to the target."""
    baseline = target.baseline
    fields = _present(achieved=achieved, baseline=baseline, goal=target.goal)
    if baseline == 0:
        return Words("share.zero", fields)
    if target.indicator.direction is Direction.INCREASE:
        moved = None if achieved is None else subtract_amounts(achieved, baseline)
        span = subtract_amounts(target.goal, baseline)
    else:
        moved = None if achieved is None else subtract_amounts(baseline, achieved)
        span = subtract_amounts(baseline, target.goal)
    return Words(
        f"share.{target.indicator.direction.value}", fields | _present(moved=moved, span=span)
    )


def _percent(f: Finding) -> dict[str, object]:
    """A percentage finding's pieces: the claim, what it is checked against, what that gives."""
    claims = need(f.claims, f, "claims")
    claim = claims[0]
    computed = number(f.computed, f, "computed")
    # As many places as the claim, so that a near miss does not read as agreement.
    places = max(2, -int(claim.figure.as_tuple().exponent))
    if len(claims) < 2:
        against = Words("against.figures")
    else:
        other = "against.claim" if claims[1].value is not None else "against.unstated"
        against = Words(other, {"other": _figure(claims[1]), "bounded": _bounded(claims[1].bound)})
    return _present(
        figure=_figure(claim),
        bounded=_bounded(claim.bound),
        claimed=f.claimed,
        as_of=claim.as_of,
        computed=computed,
        percent=round_fraction(Fraction(computed), places),
        share=Later(lambda: _share(_in_force(f), f.achieved)),
        against=against,
    )


def _percent_mismatch(f: Finding) -> Words:
    return Words("percent_mismatch", _percent(f))


def _in_force(f: Finding) -> Target:
    """The finding's target as in force on the date its first claim (or itself) speaks of."""
    target = need(f.target, f, "target")
    when = f.claims[0].as_of if f.claims else f.as_of
    return target if when is None else target.in_force(when)


def _goal(value: TargetValue) -> Words:
    """A target's value: one figure, or a range's two ends."""
    if isinstance(value, tuple):
        return Words("goal.range", {"low": value[0], "high": value[1]})
    return Words("goal.one", {"value": value})


def _reach(target: Target, computed_interval: tuple[_Figure, _Figure] | None) -> Words:
    """Whether figures short of a met target fall short of it or go past a range's far end."""
    value = target.value
    if isinstance(value, tuple) and computed_interval is not None:
        increase = target.indicator.direction is Direction.INCREASE
        low, high = computed_interval
        if (low > value[1]) if increase else (high < value[0]):
            return Words("reach.over")
    return Words("reach.short")


def _met_mismatch(f: Finding) -> Words:
    target, computed = _in_force(f), number(f.computed, f, "computed")
    return Words(
        "met_mismatch",
        {
            "goal": _goal(target.value),
            "reach": _reach(target, f.computed_interval),
            "as_of": need(f.claims, f, "claims")[0].as_of,
            "computed": computed,
            "range": _range(computed, f.computed_interval),
        },
    )


def _period_value_mismatch(f: Finding) -> Words:
    claim = need(f.claims, f, "claims")[0]
    computed = number(f.computed, f, "computed")
    return Words(
        "period_value_mismatch",
        _present(
            figure=_figure(claim),
            bounded=_bounded(claim.bound),
            claimed=f.claimed,
            period=need(claim.period, f, "claims[0].period"),
            computed=computed,
            range=_range(computed, f.computed_interval),
            difference=number(f.difference, f, "difference"),
        ),
    )


def _beyond(f: Finding) -> Words:
    """A claim beyond a total that days with no counted figure leave open."""
    claim = need(f.claims, f, "claims")[0]
    difference = number(f.difference, f, "difference")
    if claim.kind is ClaimKind.PERCENT:
        said = Words("beyond.percent", _percent(f) | {"more": _more("points", difference)})
    else:
        computed = number(f.computed, f, "computed")
        reached = {"computed": computed, "range": _range(computed, f.computed_interval)}
        if claim.kind is ClaimKind.MET:
            goal = _goal(_in_force(f).value)
            more = _more("more", _negated(difference))
            said = Words("beyond.met", reached | {"goal": goal, "as_of": claim.as_of, "more": more})
        else:
            more = _more("more", difference)
            said = Words("beyond.stated", reached | {"opening": _opening(f), "more": more})
    gaps = need(f.periods, f, "periods")
    bound = Words(f"bound.{need(f.unverifiable, f, 'unverifiable').value}")
    return Words(
        "beyond",
        {
            "said": said,
            "gaps": gaps,
            "days": sum(g.days for g in gaps),
            "as_of": claim.as_of,
            "bound": bound,
        },
    )


def _double_counted(f: Finding) -> Words:
    computed = number(f.computed, f, "computed")
    return Words(
        "double_counted",
        {
            "as_of": need(f.claims, f, "claims")[0].as_of,
            "computed": computed,
            "range": _range(computed, f.computed_interval),
            "observations": f.observations,
        },
    )


def _period_not_covered(f: Finding) -> Words:
    claim, period = need(f.claims, f, "claims")[0], need(f.periods, f, "periods")[0]
    why = (
        Words("not_covered.within", {"observations": f.observations})
        if f.observations
        else Words("not_covered.none")
    )
    fields = {"figure": _figure(claim), "bounded": _bounded(claim.bound), "period": period}
    if claim.kind is ClaimKind.RATE:
        per = need(claim.per, f, "claims[0].per")
        return Words("period_not_covered.rate", fields | {"why": why, "per": _per(per)})
    return Words("period_not_covered", fields | {"why": why})


def _per(per: RateUnit) -> Words:
    return Words(f"per.{per.value}")


def _rate_mismatch(f: Finding) -> Words:
    claim, target = need(f.claims, f, "claims")[0], need(f.target, f, "target")
    per, units = need(f.per, f, "per"), need(f.units, f, "units")
    computed = number(f.computed, f, "computed")
    level = target.indicator.accumulation is Accumulation.LAST
    source = Words("rate.change" if level else "rate.sum", {"total": need(f.total, f, "total")})
    return Words(
        "rate_mismatch",
        {
            "bounded": _bounded(claim.bound),
            "figure": _figure(claim),
            "per": _per(per),
            "period": need(claim.period, f, "claims[0].period"),
            "source": source,
            "units": Words(
                f"units.{per.value}.{'one' if units == 1 else 'many'}",
                # A whole number of units is written as one (6 months), a part as a fraction.
                {"count": Decimal(units.numerator) if units.denominator == 1 else units},
            ),
            "computed": computed,
            "range": _range(computed, f.computed_interval),
            "difference": number(f.difference, f, "difference"),
        },
    )


#: The words of an unverifiable claim, by why it cannot be verified.
_UNVERIFIABLE: Final = {
    Unverifiable.LOWER_BOUND: _beyond,
    Unverifiable.UPPER_BOUND: _beyond,
    Unverifiable.NO_BOUND: _beyond,
    Unverifiable.DOUBLE_COUNTED: _double_counted,
    Unverifiable.PERIOD_NOT_COVERED: _period_not_covered,
}


def _unverifiable_claim(f: Finding) -> Words:
    return _UNVERIFIABLE[need(f.unverifiable, f, "unverifiable")](f)


# -- Claims against each other ------------------------------------------------------------


def _claim_conflict(f: Finding) -> Words:
    first, second = need(f.claims, f, "claims")[:2]
    shown = [
        Words("rounding", {"low": c.interval[0], "high": c.interval[1], "value": c.value})
        for c in (first, second)
        if c.value is not None and c.interval != (c.value, c.value)
    ]
    agree = f.kind is FindingKind.CONSISTENT_RESTATEMENT
    return Words(
        "claim_conflict",
        {
            "first": _figure(first),
            "second": _figure(second),
            "first_bounded": _bounded(first.bound),
            "second_bounded": _bounded(second.bound),
            "as_of": first.as_of,
            "ranges": Words("ranges", {"items": shown}) if shown else Words("ranges.none"),
            "verdict": Words("conflict.agree" if agree else "conflict.contradict"),
        },
    )


def _remainder_mismatch(f: Finding) -> Words:
    claims, target = need(f.claims, f, "claims"), _in_force(f)
    remaining, done = claims[0], claims[1]
    less = Words(
        f"remainder.{target.indicator.direction.value}",
        {"goal": target.goal, "done": _figure(done), "bounded": _bounded(done.bound)},
    )
    fields = {
        "remaining": _figure(remaining),
        "bounded": _bounded(remaining.bound),
        "less": less,
        "computed": number(f.computed, f, "computed"),
        "difference": number(f.difference, f, "difference"),
    }
    return Words("remainder_mismatch", fields | _present(claimed=f.claimed))


# -- The figures themselves -------------------------------------------------------------


def _fiscal_hint(f: Finding) -> Words:
    suggested = f.suggested_period
    if suggested is None:
        return Words("fiscal.none")
    return Words(
        "fiscal",
        {
            "start": need(f.target, f, "target").period.start,
            "suggested": suggested,
            "first_year": suggested.start.year,
            "last_year": suggested.end.year,
        },
    )


def _coverage_gap(f: Finding) -> Words:
    gaps, target = need(f.periods, f, "periods"), need(f.target, f, "target")
    gap = gaps[0]
    where = Words(
        "where",
        {
            "gap": gap,
            "days": gap.days,
            "term": target.period,
            "as_of": need(f.as_of, f, "as_of"),
        },
    )
    covering = f.observations
    if not covering:
        return Words("coverage_gap.none", {"where": where})
    covered = sum(p.days for p in gaps[1:])
    which = Words("which.all") if covered == gap.days else Words("which.some", {"covered": covered})
    figures = [Words("straddler", {"period": o.period, "value": o.value}) for o in covering]
    return Words(
        f"coverage_gap.{'one' if len(covering) == 1 else 'many'}",
        {"where": where, "figures": figures, "which": which, "fiscal": _fiscal_hint(f)},
    )


def _straddles_period(f: Finding) -> Words:
    figure, period = need(f.observations, f, "observations")[0], need(f.target, f, "target").period
    at_start = figure.period.start < period.start
    include = f.straddling is Straddling.INCLUDE
    return Words(
        "straddles_period",
        {
            "period": figure.period,
            "value": figure.value,
            "edge": Words("edge.start" if at_start else "edge.end"),
            "day": period.start if at_start else period.end,
            "counted": Words("counted.include" if include else "counted.exclude"),
            "fiscal": _fiscal_hint(f),
        },
    )


def _overlap(f: Finding) -> Words:
    first, second = need(f.observations, f, "observations")[:2]
    shared = need(f.periods, f, "periods")[0]
    return Words(
        "overlap",
        {
            "first_period": first.period,
            "first_value": first.value,
            "second_period": second.period,
            "second_value": second.value,
            "days": shared.days,
            "shared": shared,
        },
    )


def _indicator_mismatch(f: Finding) -> Words:
    claims, target = need(f.claims, f, "claims"), need(f.target, f, "target")
    other = need(claims[0].indicator, f, "claims[0].indicator")
    return Words(
        f"indicator_mismatch.{'one' if len(claims) == 1 else 'many'}",
        {
            "count": len(claims),
            "name": other.name,
            "unit": other.unit,
            "target_name": target.indicator.name,
            "target_unit": target.indicator.unit,
        },
    )


def _date_inconsistent(f: Finding) -> Words:
    claim = need(f.claims, f, "claims")[0]
    dates: Sequence[dt.date] = f.dates
    dateline = claim.dateline
    problem = _present(
        first=dates[0] if dates else None,
        first_weekday=dates[0] if dates else None,
        actual=dates[0].weekday() if dates else None,
        second=dates[1] if len(dates) > 1 else None,
        dateline=None if dateline is None else repr(dateline),
        named=f.weekday,
        term=None if f.target is None else f.target.period,
        error=f.dateline_error,
    )
    return Words(
        "date_inconsistent",
        {
            "claim": Words(f"claim.{claim.kind.value}"),
            "problem": Words(f"date.{need(f.date_problem, f, 'date_problem').value}", problem),
        },
    )


def _verdict_contradicts_data(f: Finding) -> Words:
    pledge, record = need(f.pledge, f, "pledge"), need(f.verdict, f, "verdict")
    goal = _in_force(f).goal
    share = None
    if f.computed is not None:
        key = "share_exact" if f.ratio is None else "share_exact.ratio"
        percent = None if f.ratio is None else round_fraction(f.ratio * 100, 2)
        share = Words(key, _present(computed=f.computed, goal=goal, percent=percent))
    problem = _present(
        verdict=record.verdict, goal=goal, as_of=f.as_of, shortfall=f.shortfall, share=share
    )
    achieved = (
        Words("achieved.none")
        if f.computed is None
        else Words("achieved", {"computed": f.computed})
    )
    return Words(
        "verdict_contradicts_data",
        _present(
            verdict=record.verdict,
            date=record.date,
            pledge=pledge.id,
            goal=goal,
            achieved=achieved,
            verdict_problem=None
            if f.verdict_problem is None
            else Words(f"verdict.{f.verdict_problem.value}", problem),
        ),
    )


def explanation(e: Explanation) -> Words:
    """How an explanation of a total mismatch is worded."""
    left = Words("left_out", {"figures": e.left_out}) if e.left_out else Words("left_out.none")
    return Words(
        "explanation",
        {"period": e.period, "total": e.total, "range": _range(e.total, e.interval), "left": left},
    )


def _revised(revision: Revision | None) -> Words:
    """When and by what the value in force was set; nothing for the original value."""
    if revision is None:
        return Words("revised.none")
    source = revision.source
    by = Words("by.none") if source is None else Words("by.source", {"source": source.title})
    return Words("revised.by", {"on": revision.on, "by": by})


def _version(target: Target, revision: Revision | None) -> Words:
    """Which of a target's schedules: the only one, the original, or a revision's."""
    if revision is not None:
        return Words("version.revised", {"on": revision.on})
    return Words("version.original" if target.revisions else "version.only")


def _schedule_inconsistent(f: Finding) -> Words:
    target, revision = need(f.target, f, "target"), f.revision
    value = target.value if revision is None else revision.value
    goal = _goal(value)
    summed = target.indicator.accumulation is Accumulation.SUM
    return Words(
        "schedule_inconsistent",
        {
            "version": _version(target, revision),
            "periods": need(f.periods, f, "periods"),
            "gives": Words("schedule.summed" if summed else "schedule.level"),
            "computed": number(f.computed, f, "computed"),
            "goal": goal,
            "difference": Words("difference.none")
            if f.difference is None
            else Words("difference.one", {"difference": f.difference}),
        },
    )


def _superseded_target(f: Finding) -> Words:
    claim = need(f.claims, f, "claims")[0]
    return Words(
        "superseded_target",
        {
            "claim": Words(f"claim.{claim.kind.value}"),
            "as_of": claim.as_of,
            "then": number(f.claimed, f, "claimed"),
            "now": number(f.computed, f, "computed"),
            "now_date": need(f.as_of, f, "as_of"),
            "revised": _revised(f.revision),
        },
    )


def _target_differs_from_pledge(f: Finding) -> Words:
    return Words(
        "target_differs_from_pledge",
        {
            "pledge": need(f.pledge, f, "pledge").id,
            "promised": number(f.claimed, f, "claimed"),
            "goal": number(f.computed, f, "computed"),
            "as_of": need(f.as_of, f, "as_of"),
            "revised": _revised(f.revision),
            "difference": number(f.difference, f, "difference"),
        },
    )


#: Each kind of finding's pieces.
FIELDS: Final[Mapping[FindingKind, Callable[[Finding], Words]]] = {
    FindingKind.REMAINDER_MISMATCH: _remainder_mismatch,
    FindingKind.TOTAL_MISMATCH: _total_mismatch,
    FindingKind.PERCENT_MISMATCH: _percent_mismatch,
    FindingKind.PERIOD_VALUE_MISMATCH: _period_value_mismatch,
    FindingKind.RATE_MISMATCH: _rate_mismatch,
    FindingKind.MET_MISMATCH: _met_mismatch,
    FindingKind.UNVERIFIABLE_CLAIM: _unverifiable_claim,
    FindingKind.CLAIM_CONFLICT: _claim_conflict,
    FindingKind.CONSISTENT_RESTATEMENT: _claim_conflict,
    FindingKind.COVERAGE_GAP: _coverage_gap,
    FindingKind.OVERLAP: _overlap,
    FindingKind.STRADDLES_PERIOD: _straddles_period,
    FindingKind.INDICATOR_MISMATCH: _indicator_mismatch,
    FindingKind.DATE_INCONSISTENT: _date_inconsistent,
    FindingKind.VERDICT_CONTRADICTS_DATA: _verdict_contradicts_data,
    FindingKind.SCHEDULE_INCONSISTENT: _schedule_inconsistent,
    FindingKind.SUPERSEDED_TARGET: _superseded_target,
    FindingKind.TARGET_DIFFERS_FROM_PLEDGE: _target_differs_from_pledge,
}


#: Every key a language's templates must word.
KEYS: Final[frozenset[str]] = frozenset(
    {
        *("range", "range.none", "opening.remaining", "opening.stated", "total_mismatch"),
        *("gap.difference", "gap.edge"),
        *("share.zero", "share.increase", "share.decrease", "percent_mismatch"),
        *("against.figures", "against.claim", "against.unstated"),
        *(
            "met_mismatch",
            "reach.short",
            "reach.over",
            "period_value_mismatch",
            "rate_mismatch",
            "rate.sum",
            "rate.change",
        ),
        *(f"bounded.{b.value}" for b in _BOUNDS),
        "bounded.none",
        *(f"per.{u.value}" for u in RateUnit),
        *(f"units.{u.value}.{n}" for u in RateUnit for n in ("one", "many")),
        "period_not_covered.rate",
        *("points.more", "points.less", "more.more", "more.less"),
        *("beyond", "beyond.percent", "beyond.met", "beyond.stated"),
        *(f"bound.{u.value}" for u in (Unverifiable.LOWER_BOUND, Unverifiable.UPPER_BOUND)),
        f"bound.{Unverifiable.NO_BOUND.value}",
        *("double_counted", "period_not_covered", "not_covered.within", "not_covered.none"),
        *("claim_conflict", "rounding", "ranges", "ranges.none"),
        *("conflict.agree", "conflict.contradict"),
        *(f"remainder.{d.value}" for d in Direction),
        *("remainder_mismatch", "fiscal", "fiscal.none", "where"),
        *("coverage_gap.none", "coverage_gap.one", "coverage_gap.many"),
        *("which.all", "which.some", "straddler", "straddles_period"),
        *("edge.start", "edge.end", "counted.include", "counted.exclude", "overlap"),
        *("indicator_mismatch.one", "indicator_mismatch.many", "date_inconsistent"),
        *(f"claim.{k.value}" for k in ClaimKind),
        *(f"date.{p.value}" for p in DateProblem),
        *("verdict_contradicts_data", "explanation", "left_out", "left_out.none"),
        *("schedule_inconsistent", "schedule.summed", "schedule.level"),
        *("version.only", "version.original", "version.revised", "goal.one", "goal.range"),
        *("difference.one", "difference.none", "superseded_target", "revised.by"),
        *("revised.none", "by.source", "by.none", "target_differs_from_pledge"),
    }
)

#: Pieces a language's templates may leave unnamed, and then need not word.
OPTIONAL: Final[frozenset[str]] = frozenset(
    {
        *(f"verdict.{p.value}" for p in VerdictProblem),
        *("share_exact", "share_exact.ratio", "achieved", "achieved.none"),
    }
)
