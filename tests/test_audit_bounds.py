"""Claims whose figure is a bound ("di atas 6.000") are audited as open intervals."""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal
from fractions import Fraction

import attrs
from hypothesis import event, given, settings
from hypothesis import strategies as st

from pledgekit import (
    Accumulation,
    Claim,
    ClaimKind,
    Comparison,
    Direction,
    Finding,
    FindingKind,
    Indicator,
    Observation,
    Period,
    Severity,
    Target,
    audit,
)
from pledgekit.messages import catalogue

# Kabupaten Bekasi's labour office said "di atas 6000 orang" had been placed in jobs
# "dari Januari". The figures here are invented: six monthly figures for Jan–Jun 2022.
PLACED = Indicator(
    "Placements", "orang", direction=Direction.INCREASE, accumulation=Accumulation.SUM
)
TARGET = Target(PLACED, 15000, period=Period.year(2022))
JUNE = dt.date(2022, 6, 30)
# 800 + 850 + 900 + 820 + 880 + 858 = 5,108
SHORT = [
    Observation(Period.month(2022, m), v)
    for m, v in zip(range(1, 7), (800, 850, 900, 820, 880, 858), strict=True)
]
# 900 + 1000 + 1100 + 950 + 1050 + 1108 = 6,108
ENOUGH = [
    Observation(Period.month(2022, m), v)
    for m, v in zip(range(1, 7), (900, 1000, 1100, 950, 1050, 1108), strict=True)
]
# 1000 × 6 = 6,000: exactly the figure
EXACT = [Observation(Period.month(2022, m), 1000) for m in range(1, 7)]
MISMATCHES = {
    FindingKind.TOTAL_MISMATCH,
    FindingKind.REMAINDER_MISMATCH,
    FindingKind.PERCENT_MISMATCH,
    FindingKind.PERIOD_VALUE_MISMATCH,
    FindingKind.RATE_MISMATCH,
    FindingKind.CLAIM_CONFLICT,
}


def _above(figure: int | str, bound: str = "more_than", **kw: object) -> Claim:
    return Claim(ClaimKind.ACHIEVED, figure, JUNE, bound=bound, **kw)  # type: ignore[arg-type]


def _kinds(findings: tuple[Finding, ...]) -> list[FindingKind]:
    return [f.kind for f in findings]


class TestBekasiAboveSixThousand:
    def test_true_of_the_figures(self) -> None:
        """More than 6,000 placed by June, and the figures add up to 6,108: nothing to find."""
        assert [] == _kinds(audit(TARGET, ENOUGH, [_above(6000)]))

    def test_refuted_by_the_figures(self) -> None:
        """More than 6,000 claimed, 5,108 counted: a total mismatch with the open end kept."""
        (finding,) = audit(TARGET, SHORT, [_above(6000)])
        assert FindingKind.TOTAL_MISMATCH == finding.kind
        assert Severity.ERROR == finding.severity
        assert Decimal(6000) == finding.claimed
        assert Decimal(5108) == finding.computed
        assert Decimal(892) == finding.difference  # 6,000 − 5,108
        assert (Decimal(6000), Decimal(6000)) == finding.claimed_interval
        assert Comparison.MORE_THAN == finding.claimed_bound

    def test_worded_with_the_bound(self) -> None:
        """Both languages say "more than": the bound is part of what was claimed."""
        (finding,) = audit(TARGET, SHORT, [_above(6000)])
        expected_en = (
            "claimed more than 6,000 as of 30 June 2022, but the figures add up to 5,108: "
            "a difference of 892"
        )
        assert expected_en == finding.message
        expected_id = (
            "diklaim lebih dari 6.000 per 30 Juni 2022, padahal angka-angkanya berjumlah "
            "5.108: selisih 892"
        )
        assert expected_id == catalogue("id").finding(finding)


class TestTheEdge:
    def test_more_than_is_refuted_at_the_figure(self) -> None:
        """More than 6,000 is refuted by exactly 6,000; at least 6,000 is not."""
        assert [FindingKind.TOTAL_MISMATCH] == _kinds(audit(TARGET, EXACT, [_above(6000)]))
        assert [] == _kinds(audit(TARGET, EXACT, [_above(6000, "at_least")]))

    def test_less_than_is_refuted_at_the_figure(self) -> None:
        """Less than 6,000 is refuted by exactly 6,000; at most 6,000 is not."""
        assert [FindingKind.TOTAL_MISMATCH] == _kinds(
            audit(TARGET, EXACT, [_above(6000, "less_than")])
        )
        assert [] == _kinds(audit(TARGET, EXACT, [_above(6000, "at_most")]))

    def test_a_bound_on_a_rounded_figure(self) -> None:
        """“6,1 ribu lebih” (6,050..6,150): more than 6,050; 6,108 agrees, 6,050 does not."""
        rounded = _above(6100, resolution=100)
        assert [] == _kinds(audit(TARGET, ENOUGH, [rounded]))
        # 1000 × 5 + 1050 = 6,050: at the interval's low end, not beyond it
        edge = [*EXACT[:5], Observation(Period.month(2022, 6), 1050)]
        (finding,) = audit(TARGET, edge, [rounded])
        assert FindingKind.TOTAL_MISMATCH == finding.kind
        assert (Decimal(6050), Decimal(6150)) == finding.claimed_interval

    def test_a_bound_without_a_resolution_is_the_figure_itself(self) -> None:
        """“Kurang dari 5 persen” is below 5, not below 5.5 (a percentage's last digit)."""
        rate = Indicator("TPT", "%", direction=Direction.DECREASE, accumulation=Accumulation.LAST)
        target = Target(rate, 4, baseline=8, period=Period.year(2022))
        # (8 − 7.8) / (8 − 4) × 100 = 5 %: not less than 5
        figures = [Observation(Period.months(2022, 1, 6), "7.8")]
        claim = Claim(ClaimKind.PERCENT, 5, JUNE, bound="less_than")
        (finding,) = audit(target, figures, [claim])
        assert FindingKind.PERCENT_MISMATCH == finding.kind
        assert (Decimal(5), Decimal(5)) == finding.claimed_interval


class TestRemainingFlips:
    def test_less_left_is_more_done(self) -> None:
        """Less than 9,000 left of 15,000 is more than 6,000 done: 6,108 agrees."""
        claim = Claim(ClaimKind.REMAINING, 9000, JUNE, bound="less_than")
        assert [] == _kinds(audit(TARGET, ENOUGH, [claim]))

    def test_the_implied_level_carries_the_flipped_bound(self) -> None:
        """Less than 8,892 left is more than 15,000 − 8,892 = 6,108 done: 6,108 is not."""
        claim = Claim(ClaimKind.REMAINING, 8892, JUNE, bound="less_than")
        (finding,) = audit(TARGET, ENOUGH, [claim])
        assert FindingKind.TOTAL_MISMATCH == finding.kind
        assert Decimal(6108) == finding.claimed
        assert Comparison.MORE_THAN == finding.claimed_bound
        expected = (
            "claimed remaining less than 8,892 implies more than 6,108 achieved as of "
            "30 June 2022, but the figures add up to 6,108: exactly the figure, which the bound "
            "excludes"
        )
        assert expected == finding.message

    def test_a_falling_indicator_does_not_flip(self) -> None:
        """For a level to bring down, less than 1 point left is a level below target + 1."""
        rate = Indicator("TPT", "%", direction=Direction.DECREASE, accumulation=Accumulation.LAST)
        target = Target(rate, 4, baseline=8, period=Period.year(2022))
        figures = [Observation(Period.months(2022, 1, 6), 5)]  # 5 − 4 = 1 point left
        claim = Claim(ClaimKind.REMAINING, 1, JUNE, bound="less_than")
        (finding,) = audit(target, figures, [claim])
        assert Comparison.LESS_THAN == finding.claimed_bound  # a level below 4 + 1 = 5
        assert [] == _kinds(audit(target, figures, [attrs.evolve(claim, bound="at_most")]))


class TestPercent:
    def test_a_falling_indicator_compares_shares(self) -> None:
        """From 8 % toward 4 %, at 6 %: (8 − 6) / (8 − 4) = 50 % done."""
        rate = Indicator("TPT", "%", direction=Direction.DECREASE, accumulation=Accumulation.LAST)
        target = Target(rate, 4, baseline=8, period=Period.year(2022))
        figures = [Observation(Period.months(2022, 1, 6), 6)]

        def kinds(bound: str, figure: int) -> list[FindingKind]:
            claim = Claim(ClaimKind.PERCENT, figure, JUNE, bound=bound)
            return _kinds(audit(target, figures, [claim]))

        assert [] == kinds("more_than", 40)
        assert [FindingKind.PERCENT_MISMATCH] == kinds("more_than", 50)
        assert [] == kinds("at_least", 50)
        assert [] == kinds("less_than", 60)


class TestWithMissingDays:
    def test_more_than_a_lower_bound_is_unverifiable(self) -> None:
        """Figures for Jan–May only (5,108 − 858 = 4,250): more than 6,000 by June may hold."""
        (finding, _gap) = audit(TARGET, SHORT[:5], [_above(6000)])
        assert FindingKind.UNVERIFIABLE_CLAIM == finding.kind
        assert Comparison.MORE_THAN == finding.claimed_bound

    def test_less_than_a_lower_bound_is_refuted(self) -> None:
        """Less than 4,000 by June, while Jan–May alone add up to 4,250: refuted, days missing or not."""
        findings = audit(TARGET, SHORT[:5], [_above(4000, "less_than")])
        assert FindingKind.TOTAL_MISMATCH in _kinds(findings)


class TestClaimsAgainstEachOther:
    def test_a_bound_and_a_figure_in_it_agree(self) -> None:
        """More than 6,000 and 6,108 on the same day: a consistent restatement."""
        findings = audit(TARGET, ENOUGH, [_above(6000), Claim(ClaimKind.ACHIEVED, 6108, JUNE)])
        assert [FindingKind.CONSISTENT_RESTATEMENT] == _kinds(findings)

    def test_a_bound_and_its_own_figure_conflict(self) -> None:
        """More than 6,000 and exactly 6,000 on the same day contradict each other."""
        claims = [_above(6000), Claim(ClaimKind.ACHIEVED, 6000, JUNE)]
        findings = audit(TARGET, EXACT, claims)
        (conflict,) = [f for f in findings if f.kind is FindingKind.CLAIM_CONFLICT]
        expected = "more than 6,000 and 6,000 are both claimed as of 30 June 2022; they contradict each other"
        assert expected == conflict.message

    def test_a_remainder_against_a_bound(self) -> None:
        """More than 6,000 done of 15,000 leaves less than 9,000: 9,500 left contradicts it."""
        claims = [_above(6000), Claim(ClaimKind.REMAINING, 9500, JUNE)]
        findings = audit(TARGET, ENOUGH, claims)
        assert FindingKind.REMAINDER_MISMATCH in _kinds(findings)
        fits = [_above(6000), Claim(ClaimKind.REMAINING, 8500, JUNE)]
        assert FindingKind.REMAINDER_MISMATCH not in _kinds(audit(TARGET, ENOUGH, fits))

    def test_a_percentage_against_a_bound(self) -> None:
        """More than 6,000 of 15,000 is more than 40 %: 39 % contradicts it, 45 % does not."""
        low = [_above(6000), Claim(ClaimKind.PERCENT, 39, JUNE)]
        high = [_above(6000), Claim(ClaimKind.PERCENT, 45, JUNE)]
        # 39 % with its last digit: 38.5..39.5, all below 40; and the figures (40.72 %) too
        assert 2 == _kinds(audit(TARGET, ENOUGH, low)).count(FindingKind.PERCENT_MISMATCH)
        # 45 %: 44.5..45.5 meets "more than 40"; only the figures' 40.72 % refutes it
        assert 1 == _kinds(audit(TARGET, ENOUGH, high)).count(FindingKind.PERCENT_MISMATCH)


# -- Properties ------------------------------------------------------------------------

_BOUNDS = ("more_than", "at_least", "at_most", "less_than")


def _true_figure(true: Fraction, bound: str, slack: int) -> int:
    """A whole figure the true value bears ``bound`` to, ``slack`` away from the edge."""
    if bound == "more_than":
        return math.ceil(true) - 1 - slack
    if bound == "at_least":
        return math.floor(true) - slack
    if bound == "less_than":
        return math.floor(true) + 1 + slack
    return math.ceil(true) + slack


def _false_figure(true: Fraction, bound: str, slack: int) -> int:
    """A whole figure the true value does not bear ``bound`` to: one it bears the opposite to."""
    # not (v > f) is v <= f; not (v >= f) is v < f; and the same the other way round
    opposite = {
        "more_than": "at_most",
        "at_least": "less_than",
        "at_most": "more_than",
        "less_than": "at_least",
    }
    return _true_figure(true, opposite[bound], slack)


@st.composite
def _cases(draw: st.DrawFn) -> tuple[Target, list[Observation], ClaimKind, Fraction]:
    months = draw(st.integers(1, 12))
    values = draw(st.lists(st.integers(0, 5000), min_size=months, max_size=months))
    baseline = draw(st.integers(0, 1000))
    goal = baseline + draw(st.integers(1, 100000))
    target = Target(PLACED, goal, baseline=baseline, period=Period.year(2022))
    figures = [Observation(Period.month(2022, m + 1), v) for m, v in enumerate(values)]
    kind = draw(
        st.sampled_from(
            [
                ClaimKind.ACHIEVED,
                ClaimKind.REMAINING,
                ClaimKind.PERCENT,
                ClaimKind.PERIOD_VALUE,
                ClaimKind.RATE,
            ]
        )
    )
    total = sum(values)
    true = {
        ClaimKind.ACHIEVED: Fraction(baseline + total),
        ClaimKind.REMAINING: Fraction(goal - baseline - total),
        ClaimKind.PERCENT: Fraction(total * 100, goal - baseline),
        ClaimKind.PERIOD_VALUE: Fraction(total),
        ClaimKind.RATE: Fraction(total, months),
    }[kind]
    return target, figures, kind, true


def _claim(kind: ClaimKind, figure: int, bound: str, months: int) -> Claim:
    end = Period.months(2022, 1, months)
    extra: dict[str, object] = {}
    if kind in (ClaimKind.PERIOD_VALUE, ClaimKind.RATE):
        extra["period"] = end
    if kind is ClaimKind.RATE:
        extra["per"] = "month"
    return Claim(kind, figure, end.end, bound=bound, **extra)  # type: ignore[arg-type]


class TestProperties:
    def test_a_true_bound_never_mismatches(self) -> None:
        """A bound claim true of the figures never mismatches; the exact edge is reached."""
        edges = []

        # Enough examples to reach the exact edge in any profile (about 1 draw in 16).
        @settings(max_examples=200)
        @given(_cases(), st.sampled_from(_BOUNDS), st.integers(0, 3))
        def check(
            case: tuple[Target, list[Observation], ClaimKind, Fraction], bound: str, slack: int
        ) -> None:
            target, figures, kind, true = case
            figure = _true_figure(true, bound, slack)
            at_edge = not Comparison(bound).strict and figure == true
            event(f"{kind.name} {bound}{' at the edge' if at_edge else ''}")
            edges.append(at_edge)
            claim = _claim(kind, figure, bound, len(figures))
            assert [] == [f for f in audit(target, figures, [claim]) if f.kind in MISMATCHES]

        check()
        assert any(edges), "no non-strict bound drawn exactly at the true value"

    def test_a_false_bound_always_mismatches(self) -> None:
        """A bound claim false of fully covered exact figures is always refuted; strict edges too."""
        edges = []

        # Enough examples to reach the exact edge in any profile (about 1 draw in 16).
        @settings(max_examples=200)
        @given(_cases(), st.sampled_from(_BOUNDS), st.integers(0, 3))
        def check(
            case: tuple[Target, list[Observation], ClaimKind, Fraction], bound: str, slack: int
        ) -> None:
            target, figures, kind, true = case
            figure = _false_figure(true, bound, slack)
            assert not Comparison(bound).holds(true, Decimal(figure))
            at_edge = Comparison(bound).strict and figure == true
            event(f"{kind.name} {bound}{' at the edge' if at_edge else ''}")
            edges.append(at_edge)
            claim = _claim(kind, figure, bound, len(figures))
            assert [] != [f for f in audit(target, figures, [claim]) if f.kind in MISMATCHES]

        check()
        assert any(edges), "no strict bound drawn exactly at the true value"


class TestAnyContext:
    def test_hostile_context(self) -> None:
        """Under a 5-digit, flooring context a strict bound at the edge is still refuted."""
        import decimal

        # 123,456,789.125 + 0.875 = 123,456,790: not more than 123,456,790
        big = [
            Observation(Period.month(2022, 1), "123456789.125"),
            Observation(Period.month(2022, 2), "0.875"),
        ]
        claim = Claim(ClaimKind.ACHIEVED, 123456790, dt.date(2022, 2, 28), bound="more_than")
        target = Target(PLACED, 10**9, period=Period.year(2022))
        expected = audit(target, big, [claim])
        with decimal.localcontext(prec=5, rounding=decimal.ROUND_FLOOR, Emax=10, Emin=-10):
            assert expected == audit(target, big, [claim])
        assert [FindingKind.TOTAL_MISMATCH] == _kinds(expected)
