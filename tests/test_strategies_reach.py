"""How often pledgekit.strategies reach the hard cases, measured as Hypothesis measures its own.

Each share is counted over a fixed, derandomized run of draws and printed (``pytest -s``
shows them); a branch a user's test should see must come up in at least 2 % of draws.
Branches that need only be reachable are found with ``hypothesis.find``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import decimal
from collections import Counter
from collections.abc import Callable, Iterator
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import HealthCheck, find, given, settings
from hypothesis import strategies as st

import pledgekit
from pledgekit import (
    MAX_FRACTION_DIGITS,
    MAX_INTEGER_DIGITS,
    Case,
    FindingKind,
    Observation,
    Target,
    to_amount,
)
from pledgekit._validate import slug
from pledgekit.strategies import (
    amounts,
    cases,
    claims,
    milestones,
    observations,
    pledges,
    schedules,
    targets,
    verdict_records,
)
from pledgekit.verdicts import POLITIFACT, SCALES, VerdictRecord

#: The least share of draws that must reach each branch.
MINIMUM_SHARE = 0.02
_RUN = settings(
    max_examples=300,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
_FIND = settings(max_examples=5000, database=None, deadline=None)


def _integer_digits(value: Decimal) -> int:
    return 0 if value.is_zero() else max(value.adjusted() + 1, 0)


def _fraction_digits(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)
    return max(-exponent, 0)


@contextlib.contextmanager
def _no_local_constants() -> Iterator[None]:
    """Draw without the constants Hypothesis harvests from the modules loaded so far.

    Hypothesis biases its draws with literals found in the local modules in
    ``sys.modules``, so the same derandomized run draws differently after other tests
    have imported more modules: in a whole run of the suite one share fell from 18 % to
    0.7 %. Measured without them, a share is the strategy's own, and moves only a little
    with the order the suite runs in.
    """
    from hypothesis.internal.conjecture import providers

    original = getattr(providers, "_get_local_constants", None)
    if original is None:  # a Hypothesis without the pool: nothing to pin
        yield
        return
    # The permitted constants are cached across tests, harvested ones included: the cache
    # is emptied on the way in and on the way out, so that neither side sees the other's.
    cache = getattr(providers, "CONSTANTS_CACHE", None)
    clear = cache.cache.clear if cache is not None and hasattr(cache, "cache") else (lambda: None)
    providers._get_local_constants = providers.Constants  # type: ignore[attr-defined]
    clear()
    try:
        yield
    finally:
        providers._get_local_constants = original  # type: ignore[attr-defined]
        clear()


def _shares(
    strategy: st.SearchStrategy[Any],
    branches: dict[str, Callable[[Any], bool]],
    *,
    draws: int = 300,
) -> dict[str, float]:
    """The share of ``draws`` draws of ``strategy`` that reach each branch, printed."""
    counts: Counter[str] = Counter()
    drawn = 0

    @settings(_RUN, max_examples=draws)
    @given(strategy)
    def count(value: Any) -> None:
        nonlocal drawn
        drawn += 1
        counts.update(name for name, reached in branches.items() if reached(value))

    with _no_local_constants():
        count()
    shares = {name: counts[name] / drawn for name in branches}
    print(f"\n{drawn} draws: " + ", ".join(f"{n} {s:.1%}" for n, s in shares.items()))
    return shares


def _below(shares: dict[str, float]) -> dict[str, float]:
    return {name: share for name, share in shares.items() if share < MINIMUM_SHARE}


class TestAmounts:
    """amounts() reaches pledgekit's digit limits, zero, negatives and ties."""

    def test_shares(self) -> None:
        """Each hard case comes up in at least 2 % of default draws."""
        shares = _shares(
            amounts(),
            {
                "30 integer digits": lambda v: MAX_INTEGER_DIGITS == _integer_digits(v),
                "30 fraction digits": lambda v: MAX_FRACTION_DIGITS == _fraction_digits(v),
                "zero": lambda v: v.is_zero(),
                "negative": lambda v: v < 0,
                "whole": lambda v: 0 == _fraction_digits(v),
                "tie": lambda v: _fraction_digits(v) > 0 and 5 == v.as_tuple().digits[-1],
            },
        )
        assert {} == _below(shares)

    def test_both_limits_at_once(self) -> None:
        """An amount with 30 digits before and 30 after the point, the last not 0, is drawn."""
        found = find(
            amounts(),
            lambda v: (
                (_integer_digits(v), _fraction_digits(v)) == (30, 30)
                and v.as_tuple().digits[-1] != 0
            ),
            settings=_FIND,
        )
        assert found == to_amount(found)
        assert 60 == len(found.as_tuple().digits)

    def test_limits_under_a_hostile_context(self) -> None:
        """Drawing under a 5-digit, ROUND_FLOOR context still gives all 60 digits, exactly."""
        with decimal.localcontext(prec=5, rounding=decimal.ROUND_FLOOR, Emax=9, Emin=-9):
            found = find(amounts(), lambda v: 60 == len(v.as_tuple().digits), settings=_FIND)
        assert (30, 30) == (_integer_digits(found), _fraction_digits(found))

    @pytest.mark.parametrize(
        ("condition", "simplest"),
        [
            (lambda v: True, {Decimal(0)}),
            (lambda v: v >= 1, {Decimal(1)}),
            (lambda v: v < 0, {Decimal(-1), Decimal("-0.1")}),
            (lambda v: _fraction_digits(v) > 0 and v != 0, {Decimal("0.1")}),
        ],
    )
    def test_shrinks_to_the_simplest(self, condition: Any, simplest: set[Decimal]) -> None:
        """Failing amounts shrink toward 0, one digit, no decimals, positive."""
        assert find(amounts(), condition, settings=_FIND) in simplest

    def test_bounds_and_digits_hold(self) -> None:
        """Bounds and digit limits hold together: 3 digits, 2 decimals within 5..500."""

        @_RUN
        @given(amounts(5, 500, max_integer_digits=3, max_fraction_digits=2))
        def check(value: Decimal) -> None:
            assert 5 <= value <= 500
            assert _fraction_digits(value) <= 2

        check()


def _targets_with_series(**options: Any) -> st.SearchStrategy[tuple[Target, Any]]:
    return targets().flatmap(
        lambda t: st.tuples(st.just(t), observations(t, **options), st.dates(_D0, _D1))
    )


_D0, _D1 = dt.date(1985, 1, 1), dt.date(2105, 12, 31)


class TestTargets:
    def test_negative_baselines_and_exact_values_under_a_hostile_context(self) -> None:
        """A baseline of 10**29 and a span of 1e-30 give a target exactly 1e-30 above it."""
        with decimal.localcontext(prec=5, rounding=decimal.ROUND_FLOOR, Emax=9, Emin=-9):
            target = find(
                targets(baselines=st.just(Decimal(10**29)), spans=st.just(Decimal("1e-30"))),
                lambda t: t.indicator.direction is pledgekit.Direction.INCREASE,
                settings=_FIND,
            )
        # 10**29 + 10**-30, exactly: 30 digits before the point and 30 after.
        assert Fraction(1, 10**30) == Fraction(target.value) - Fraction(target.baseline)

    def test_negative_baselines(self) -> None:
        """Negative baselines come up by default (a deficit, a net change)."""
        shares = _shares(targets(), {"negative baseline": lambda t: t.baseline < 0})
        assert {} == _below(shares)


#: Audit inputs with their findings, computed once per draw.
Audited = tuple[list[tuple[Target, list[Observation], list[pledgekit.Claim]]], list[Any]]


def _audited_case(case: Case) -> Audited:
    inputs = [(t, list(case.observations_for(t)), list(case.claims_for(t))) for t in case.targets]
    return inputs, list(case.assess().findings)


def _audited(drawn: tuple[Target, Any, Any]) -> Audited:
    target, series, said = drawn
    return [(target, list(series), list(said))], list(pledgekit.audit(target, series, said))


def _branches() -> dict[str, Callable[[Audited], bool]]:
    """The branches of the audit a test of it, or of any output, should see."""

    def has(kind: FindingKind) -> Callable[[Audited], bool]:
        return lambda a: any(kind is f.kind for f in a[1])

    def inside(target: Target, series: list[Observation]) -> list[Observation]:
        return [o for o in series if target.period.contains(o.period)]

    def left_out(a: Audited) -> bool:
        # A claim checked against fewer figures than the target has: later ones left out.
        return any(
            o.period.end > c.as_of
            for t, series, said in a[0]
            for c in said
            for o in inside(t, series)
        )

    def wholly_outside(a: Audited) -> bool:
        return any(not o.period.overlaps(t.period) for t, series, _ in a[0] for o in series)

    def tie(a: Audited) -> bool:
        return any(
            len({o.period for o in figures}) < len(figures)
            for figures in (inside(t, series) for t, series, _ in a[0])
        )

    def dates(words: str) -> Callable[[Audited], bool]:
        return lambda a: any(
            f.kind is FindingKind.DATE_INCONSISTENT and words in f.message for f in a[1]
        )

    return {
        "total mismatch explained": lambda a: any(f.explanations for f in a[1]),
        "total mismatch": has(FindingKind.TOTAL_MISMATCH),
        "figure left out": left_out,
        "figure outside": wholly_outside,
        "straddling figure": has(FindingKind.STRADDLES_PERIOD),
        "negative baseline": lambda a: any(t.baseline < 0 for t, _, _ in a[0]),
        "tie": tie,
        "overlap": has(FindingKind.OVERLAP),
        "indicator mismatch": has(FindingKind.INDICATOR_MISMATCH),
        "wrong weekday": dates("dateline"),
        "stated before its date": dates("after it was stated"),
        "outside the term": dates("outside the target period"),
        "coverage gap": has(FindingKind.COVERAGE_GAP),
    }


#: What a consistent case (irregular=False) never has.
_IRREGULAR = ("figure outside", "straddling figure", "tie", "overlap", "indicator mismatch")


class TestCases:
    """cases() reaches what an audit and every output must handle."""

    def test_shares(self) -> None:
        """Each branch of the audit comes up in at least 2 % of drawn cases."""
        shares = _shares(cases(min_targets=1).map(_audited_case), _branches(), draws=150)
        assert {} == _below(shares)

    def test_consistent_cases_stay_consistent(self) -> None:
        """With irregular=False no figure lies outside, overlaps, ties or straddles."""
        branches = _branches()
        shares = _shares(
            cases(min_targets=1, irregular=False).map(_audited_case),
            {name: branches[name] for name in _IRREGULAR},
            draws=100,
        )
        assert dict.fromkeys(_IRREGULAR, 0.0) == shares


class TestAuditInputs:
    """observations() and claims() with their options reach each branch of audit()."""

    def test_shares(self) -> None:
        """Each branch of the audit comes up in at least 2 % of drawn audit inputs."""

        def with_claims(drawn: tuple[Target, Any, Any]) -> st.SearchStrategy[tuple[Any, ...]]:
            target, series, _ = drawn
            said = st.lists(claims(target, quoting=series, problems=True), min_size=1, max_size=3)
            return st.tuples(st.just(target), st.just(series), said)

        inputs = _targets_with_series(outside=True, overlapping=True).flatmap(with_claims)
        shares = _shares(inputs.map(_audited), _branches())
        assert {} == _below(shares)


class TestProgress:
    """st.from_type(Progress) reaches figures left out, outside and straddling."""

    def test_shares(self) -> None:
        """Each branch of progress() comes up in at least 2 % of drawn Progress."""

        def straddles(p: pledgekit.Progress) -> bool:
            return any(o.period.overlaps(p.target.period) for o in p.outside)

        shares = _shares(
            st.from_type(pledgekit.Progress),
            {
                "left out": lambda p: bool(p.left_out),
                "outside": lambda p: any(not straddles(p) for _ in p.outside),
                "straddling": straddles,
                "met": lambda p: p.is_met,
                "no figure counted": lambda p: not p.observations,
                "before the period": lambda p: p.as_of < p.target.period.start,
                "after the period": lambda p: p.as_of > p.target.period.end,
            },
        )
        assert {} == _below(shares)


def _written() -> st.SearchStrategy[Target]:
    return targets(comparison=True, schedule=None, revisions=None)


def _late_figures(target: Target) -> st.SearchStrategy[list[Observation]]:
    """Up to one figure after the target period that brings the level to its goal or past it."""
    summed = target.indicator.accumulation is pledgekit.Accumulation.SUM
    start = target.baseline if summed else Decimal(0)
    step = Decimal(target.indicator.direction.sign)
    value = pledgekit.add_amounts([pledgekit.subtract_amounts(target.goal, start), step])
    after = target.period.end + dt.timedelta(days=1)
    late = st.integers(0, 60).map(
        lambda days: Observation(pledgekit.Period(after, after + dt.timedelta(days=days)), value)
    )
    return st.just([]) | late.map(lambda figure: [figure])


def _with_figures_and_date(target: Target) -> st.SearchStrategy[tuple[Any, ...]]:
    """A series, perhaps a figure after the period, and a date that reaches past it."""
    end = target.period.end

    def dated(both: tuple[Any, list[Observation]]) -> st.SearchStrategy[tuple[Any, ...]]:
        series, late = both
        last = max([end, *(o.period.end for o in late)])
        after = st.dates(last, last + dt.timedelta(days=60))
        as_of = st.one_of(st.dates(target.period.start, end), after, after)
        return st.tuples(st.just(target), st.just((*series, *late)), as_of)

    return st.tuples(observations(target, outside=True), _late_figures(target)).flatmap(dated)


def _assessed(drawn: tuple[Any, ...]) -> pledgekit.Progress:
    target, series, as_of = drawn
    return pledgekit.progress(target, series, as_of=as_of)


def _final(target: Target, schedule: tuple[Any, ...]) -> Fraction:
    if target.indicator.accumulation is pledgekit.Accumulation.SUM:
        return Fraction(target.baseline) + sum((Fraction(e.value) for e in schedule), Fraction(0))
    return Fraction(schedule[-1].value)


class TestTargetsAsWritten:
    """targets(), schedules(), revisions(), claims() and milestones() reach the new shapes."""

    def test_target_shapes(self) -> None:
        """Strict comparisons, ranges, schedules of both kinds and revisions come up often."""
        shares = _shares(
            _written(),
            {
                "strict": lambda t: t.comparison.strict,
                "range": lambda t: t.comparison is pledgekit.Comparison.WITHIN,
                "summed schedule": lambda t: (
                    bool(t.schedule) and t.indicator.accumulation is pledgekit.Accumulation.SUM
                ),
                "level schedule": lambda t: (
                    bool(t.schedule) and t.indicator.accumulation is pledgekit.Accumulation.LAST
                ),
                "revised": lambda t: bool(t.revisions),
                "revision with a schedule": lambda t: any(r.schedule for r in t.revisions),
                "several revisions": lambda t: len(t.revisions) > 1,
            },
        )
        assert {} == _below(shares)

    def test_schedule_consistency(self) -> None:
        """Consistent schedules, inconsistent ones and the closest miss (1e-30) come up."""
        drawn = targets(comparison=True).flatmap(lambda t: st.tuples(st.just(t), schedules(t)))
        ulp = Fraction(1, 10**MAX_FRACTION_DIGITS)
        shares = _shares(
            drawn,
            {
                "consistent": lambda d: _final(*d) == Fraction(d[0].goal),
                "inconsistent": lambda d: _final(*d) != Fraction(d[0].goal),
                "missed by 1e-30": lambda d: abs(_final(*d) - Fraction(d[0].goal)) == ulp,
                "one entry": lambda d: len(d[1]) == 1,
                "several entries": lambda d: len(d[1]) > 1,
            },
        )
        assert {} == _below(shares)

    def test_claims_and_milestones(self) -> None:
        """Rate and bound claims, and milestones done early, on the day, late or not."""
        every_kind = st.sampled_from(pledgekit.ClaimKind)
        shares = _shares(
            targets().flatmap(lambda t: claims(t, kinds=every_kind, bounds=True)),
            {
                "rate": lambda c: c.kind is pledgekit.ClaimKind.RATE,
                "strict bound": lambda c: c.bound is not None and c.bound.strict,
                "closed bound": lambda c: c.bound is not None and not c.bound.strict,
            },
        )
        due = _shares(
            milestones(),
            {
                "not done": lambda m: m.done_on is None,
                "late": lambda m: bool(m.late_days),
                "on the day": lambda m: m.done_on == m.due,
                "early": lambda m: m.done_on is not None and m.done_on < m.due,
            },
        )
        assert {} == _below(shares) | _below(due)


class TestPropertyBranches:
    """The interesting branch of each schedule property is reached in at least 2 % of draws."""

    def test_progress_branches(self) -> None:
        """Interim in force, before the next entry, after the last; met late; strict at the value."""

        def strict_at_value(p: pledgekit.Progress) -> bool:
            return p.target.comparison.strict and p.shortfall == 0 and not p.is_met

        shares = _shares(
            _written().flatmap(_with_figures_and_date).map(_assessed),
            {
                "interim inside its entry": lambda p: (
                    p.interim is not None and p.interim.period.start <= p.as_of
                ),
                "interim: the next entry": lambda p: (
                    p.interim is not None and p.as_of < p.interim.period.start
                ),
                "after the last entry": lambda p: bool(p.target.schedule) and p.interim is None,
                "revision in force": lambda p: p.revision is not None,
                "met in time": lambda p: p.late_days == 0,
                "range shortfall": lambda p: isinstance(p.target.value, tuple) and p.shortfall > 0,
                "strict, at the value": strict_at_value,
            },
            draws=400,
        )
        assert {} == _below(shares)

    def test_met_late_branch(self) -> None:
        """Targets not met in their period but met by a later figure come up (met_on late)."""
        moving = targets(comparison=True, spans=amounts(1, 10**6, max_fraction_digits=2))
        shares = _shares(
            moving.flatmap(_with_figures_and_date).map(_assessed),
            {"met late": lambda p: bool(p.late_days), "not met": lambda p: p.met_on is None},
        )
        assert {} == _below(shares)

    def test_value_in_force_branches(self) -> None:
        """Days before any revision, on a revision's day and between revisions come up."""

        def with_day(t: Target) -> st.SearchStrategy[tuple[Target, dt.date]]:
            days = [r.on for r in t.revisions]
            return st.tuples(
                st.just(t), st.sampled_from(days) | st.dates(t.period.start, t.period.end)
            )

        def latest(d: tuple[Target, dt.date]) -> Any:
            return d[0].revision_at(d[1])

        shares = _shares(
            targets(revisions=True).flatmap(with_day),
            {
                "before any revision": lambda d: latest(d) is None,
                "on a revision's day": lambda d: latest(d) is not None and latest(d).on == d[1],
                "after a revision": lambda d: latest(d) is not None and latest(d).on < d[1],
            },
        )
        assert {} == _below(shares)


def _persons(case: Case) -> list[pledgekit.Person]:
    """The different persons a case mentions (who made its pledges, who stated its claims)."""
    said = [p.made_by for p in case.pledges] + [c.speaker for c in case.claims]
    return list(dict.fromkeys(m.person for m in said if m is not None and m.person is not None))


def _memberships(case: Case) -> list[pledgekit.Membership]:
    said = [p.made_by for p in case.pledges] + [c.speaker for c in case.claims]
    return list(dict.fromkeys(m for m in said if m is not None))


def _namesakes(case: Case) -> list[pledgekit.Person]:
    persons = _persons(case)
    names = [p.name for p in persons]
    return [p for p in persons if names.count(p.name) > 1]


def _derived_id_taken(case: Case) -> bool:
    """A person with no id whose name gives the id another person holds ("ahmad")."""
    persons = _persons(case)
    held = {p.id for p in persons if p.id is not None}
    return any(p.id is None and slug(p.name, 90) in held for p in persons)


def _records(case: Case) -> list[VerdictRecord]:
    return [r for p in case.pledges for r in p.verdicts]


def _unlabelled_for_want_of_one(record: VerdictRecord) -> bool:
    """On a scale that has no label for the record's verdict, and so left unlabelled."""
    scale = record.scale
    return scale is not None and record.label is None and not scale.labels_for(record.verdict)


def _old_label(record: VerdictRecord) -> bool:
    """Labelled with an old label (an alias), as published or spelled otherwise."""
    scale, label = record.scale, record.label
    return (
        scale is not None
        and label is not None
        and " ".join(label.split()).casefold()
        in {" ".join(old.split()).casefold() for old, _ in scale.aliases}
    )


def _spelled_otherwise(record: VerdictRecord) -> bool:
    scale = record.scale
    known = {label for label, _ in (*scale.pairs, *scale.aliases)} if scale else set()
    return record.label is not None and record.label not in known


class TestTracker:
    """cases(), pledges(), verdict_records() and st.from_type reach what a tracker keeps."""

    def test_case_shares(self) -> None:
        """Ids and none, namesakes, shared persons, long names, topics, statuses, labels.

        The labels themselves (old ones, none for want of one) are counted on
        verdict_records() below: a case holds few verdicts.
        """
        shares = _shares(
            cases(),
            {
                "person with an id": lambda c: any(p.id for p in _persons(c)),
                "person with none": lambda c: any(p.id is None for p in _persons(c)),
                "two persons of one name": lambda c: bool(_namesakes(c)),
                "an id another's name derives": _derived_id_taken,
                "a name longer than its id": lambda c: any(
                    len(slug(p.name, 10**6)) > 90 for p in _persons(c)
                ),
                "membership with an id": lambda c: any(m.id for m in _memberships(c)),
                "claim with a speaker": lambda c: any(x.speaker for x in c.claims),
                "several topics": lambda c: any(len(p.topics) > 1 for p in c.pledges),
                "a status of its own": lambda c: any(p.status for p in c.pledges),
                "nothing to measure, no status": lambda c: any(
                    not (p.targets or p.milestones or p.status) for p in c.pledges
                ),
                "labelled verdict": lambda c: any(r.label for r in _records(c)),
            },
            draws=200,
        )
        assert {} == _below(shares)

    def test_pledge_shares(self) -> None:
        """Pledges with no topic, several, a status of their own or none, labelled verdicts."""
        shares = _shares(
            pledges(),
            {
                "no topic": lambda p: not p.topics,
                "several topics": lambda p: len(p.topics) > 1,
                "a status": lambda p: p.status is not None,
                "no status": lambda p: p.status is None,
                "labelled verdict": lambda p: any(r.label for r in p.verdicts),
                "rated by": lambda p: any(r.rated_by for r in p.verdicts),
            },
        )
        assert {} == _below(shares)

    @pytest.mark.parametrize("scale", SCALES, ids=lambda s: s.key)
    def test_labels_on_every_declared_scale(self, scale: Any) -> None:
        """On each declared scale: labels, old labels, other spellings, and none for want of one."""
        branches: dict[str, Callable[[VerdictRecord], bool]] = {
            "labelled": lambda r: r.label is not None,
            "spelled otherwise": _spelled_otherwise,
            "no label for the verdict": _unlabelled_for_want_of_one,
        }
        shares = _shares(verdict_records(scales=st.just(scale)), branches)
        assert {} == _below(shares)

    def test_old_labels(self) -> None:
        """A verdict that has an old label on its scale (PolitiFact's "No Action") is given it."""
        not_rated = st.just(pledgekit.Verdict.NOT_RATED)
        drawn = verdict_records(scales=st.just(POLITIFACT), verdicts=not_rated)
        shares = _shares(
            drawn,
            {
                "an old label": _old_label,
                "the label": lambda r: r.label is not None and not _old_label(r),
            },
        )
        assert {} == _below(shares)

    @pytest.mark.parametrize(
        ("cls", "branches"),
        [
            (
                pledgekit.Pledge,
                {
                    "topics": lambda p: bool(p.topics),
                    "a status": lambda p: p.status is not None,
                    "labelled verdict": lambda p: any(r.label for r in p.verdicts),
                },
            ),
            (
                pledgekit.Person,
                {
                    "an id": lambda p: p.id is not None,
                    "no id": lambda p: p.id is None,
                    "a long name": lambda p: len(slug(p.name, 10**6)) > 90,
                },
            ),
            (pledgekit.Membership, {"an id": lambda m: m.id is not None}),
            (pledgekit.Organization, {"an id": lambda o: o.id is not None}),
            (VerdictRecord, {"labelled": lambda r: r.label is not None}),
        ],
        ids=lambda value: getattr(value, "__name__", "branches"),
    )
    def test_from_type_shares(self, cls: type, branches: dict[str, Any]) -> None:
        """st.from_type draws the new fields of each class often."""
        shares = _shares(st.from_type(cls), branches)
        assert {} == _below(shares)
