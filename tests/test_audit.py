"""Tests for audit(): each rule on hand-worked figures, and the audit's invariants."""

from __future__ import annotations

import datetime as dt
import decimal
import random
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pledgekit import (
    MAX_EXPLANATIONS,
    Accumulation,
    Claim,
    ClaimKind,
    DateProblem,
    Direction,
    Finding,
    FindingKind,
    Indicator,
    InvalidValueError,
    Observation,
    Period,
    Rounding,
    Severity,
    Target,
    UnitMismatchError,
    audit,
    progress,
    round_fraction,
)
from pledgekit.strategies import claims, observations, targets

JOBS = Indicator("Jobs", "persons", direction=Direction.INCREASE, accumulation=Accumulation.SUM)
RATE = Indicator("Unemployment", "%", direction=Direction.DECREASE, accumulation=Accumulation.LAST)
TWO_YEARS = Period.years(2019, 2020)
TARGET = Target(JOBS, 100, period=TWO_YEARS)
END_2019 = dt.date(2019, 12, 31)
DATA = (Observation(Period.year(2019), 60),)

MISMATCHES = {
    FindingKind.REMAINDER_MISMATCH,
    FindingKind.TOTAL_MISMATCH,
    FindingKind.PERCENT_MISMATCH,
    FindingKind.PERIOD_VALUE_MISMATCH,
    FindingKind.MET_MISMATCH,
    FindingKind.CLAIM_CONFLICT,
}


def kinds(findings: tuple[Finding, ...]) -> list[FindingKind]:
    return [f.kind for f in findings]


def claim(kind: ClaimKind, value: object, as_of: dt.date = END_2019, **kw: object) -> Claim:
    return Claim(kind, value, as_of, **kw)  # type: ignore[arg-type]


class TestRemainder:
    def test_slip(self) -> None:
        """100 − 60 = 40, but 30 is claimed remaining: a difference of −10."""
        (finding,) = [
            f
            for f in audit(
                TARGET, DATA, [claim(ClaimKind.ACHIEVED, 60), claim(ClaimKind.REMAINING, 30)]
            )
            if f.kind is FindingKind.REMAINDER_MISMATCH
        ]
        assert (Decimal(30), Decimal(100 - 60), Decimal(30 - 40)) == (
            finding.claimed,
            finding.computed,
            finding.difference,
        )
        assert Severity.ERROR == finding.severity

    def test_consistent(self) -> None:
        """60 achieved and 40 remaining of 100 agree with each other and with the data."""
        assert () == audit(
            TARGET, DATA, [claim(ClaimKind.ACHIEVED, 60), claim(ClaimKind.REMAINING, 40)]
        )

    def test_rounded_achievement_covers_the_remainder(self) -> None:
        """'60 thousand and some' (60..70 with step 10, cut down) leaves 30..40: 35 agrees."""
        said = [
            claim(ClaimKind.ACHIEVED, 60, resolution=10, rounding=Rounding.DOWN),
            claim(ClaimKind.REMAINING, 35),
        ]
        assert FindingKind.REMAINDER_MISMATCH not in kinds(audit(TARGET, DATA, said))

    def test_remainder_of_a_decreasing_target(self) -> None:
        """From 10 % to a 6 % target, a claimed 8 % leaves 2 points; 3 claimed is a slip of 1."""
        target = Target(RATE, 6, period=TWO_YEARS, baseline=10)
        said = [claim(ClaimKind.ACHIEVED, 8), claim(ClaimKind.REMAINING, 3)]
        (finding,) = [
            f
            for f in audit(target, [Observation(Period.year(2019), 8)], said)
            if f.kind is FindingKind.REMAINDER_MISMATCH
        ]
        assert (Decimal(2), Decimal(1)) == (finding.computed, finding.difference)


class TestTotal:
    def test_mismatch_and_difference(self) -> None:
        """40 + 30 = 70 reported, 40 claimed: −30, and 2019 alone matches."""
        data = [Observation(Period.year(2019), 40), Observation(Period.year(2020), 30)]
        (finding,) = audit(TARGET, data, [claim(ClaimKind.ACHIEVED, 40, dt.date(2020, 12, 31))])
        assert FindingKind.TOTAL_MISMATCH == finding.kind
        assert (Decimal(70), Decimal(-30)) == (finding.computed, finding.difference)
        (explanation,) = finding.explanations
        assert Period.year(2019) == explanation.period
        assert (data[1],) == explanation.left_out

    def test_resolution_is_a_closed_interval(self) -> None:
        """60 to the nearest 10 is 55..65: 65 agrees, 66 does not."""
        data = [Observation(Period.year(2019), 60, resolution=10)]
        assert () == audit(TARGET, data, [claim(ClaimKind.ACHIEVED, 65)])
        assert [FindingKind.TOTAL_MISMATCH] == kinds(
            audit(TARGET, data, [claim(ClaimKind.ACHIEVED, 66)])
        )

    def test_claim_only_counts_figures_up_to_its_date(self) -> None:
        """A claim as of end 2019 is checked against 2019 only, not the 2020 figure."""
        data = [Observation(Period.year(2019), 60), Observation(Period.year(2020), 30)]
        assert () == audit(TARGET, data, [claim(ClaimKind.ACHIEVED, 60)])

    def test_implied_by_remainder(self) -> None:
        """40 claimed remaining of 100 implies 60; the data say 70: a difference of −10."""
        data = [Observation(Period.year(2019), 70)]
        (finding,) = audit(TARGET, data, [claim(ClaimKind.REMAINING, 40)])
        assert (Decimal(60), Decimal(70), Decimal(-10)) == (
            finding.claimed,
            finding.computed,
            finding.difference,
        )

    def test_level_explained_by_an_older_figure(self) -> None:
        """A rate claimed as 9 % when the latest is 8 % matches the 2019 level of 9 %."""
        target = Target(RATE, 6, period=TWO_YEARS, baseline=10)
        data = [Observation(Period.year(2019), 9), Observation(Period.months(2020, 1, 6), 8)]
        (finding,) = audit(target, data, [claim(ClaimKind.ACHIEVED, 9, dt.date(2020, 6, 30))])
        (explanation,) = finding.explanations
        assert Decimal(9) == explanation.total
        assert Period.year(2019) == explanation.period

    def test_explanations_simplest_first(self) -> None:
        """Runs that leave out fewer figures come first."""
        data = [
            Observation(Period.year(2019), 10),
            Observation(Period.months(2020, 1, 6), 5),
            Observation(Period.months(2020, 7, 12), 10),
        ]
        # 10 + 5 = 15 and 5 + 10 = 15 each leave out one figure; no single figure is 15.
        (finding,) = audit(TARGET, data, [claim(ClaimKind.ACHIEVED, 15, dt.date(2020, 12, 31))])
        assert [1, 1] == [len(e.left_out) for e in finding.explanations]
        assert [Period.years(2019, 2019).start, dt.date(2020, 1, 1)] == [
            e.period.start for e in finding.explanations
        ]

    def test_explanations_are_capped(self) -> None:
        """Ten monthly figures of 1 and a claim of 1: ten runs match, the first five are kept."""
        data = [Observation(Period.month(2019, m), 1) for m in range(1, 11)]
        (finding,) = [
            f
            for f in audit(TARGET, data, [claim(ClaimKind.ACHIEVED, 1, dt.date(2019, 10, 31))])
            if f.kind is FindingKind.TOTAL_MISMATCH
        ]
        assert MAX_EXPLANATIONS == len(finding.explanations) == 5
        assert [Period.month(2019, m) for m in range(1, 6)] == [
            e.period for e in finding.explanations
        ]
        # Nine figures are left out; the message names three and counts the rest.
        assert finding.explanations[0].message.endswith("and 6 more figures")
        assert 9 == len(finding.explanations[0].left_out)


class TestPercent:
    @pytest.mark.parametrize(
        ("said", "mismatch"), [("25", False), ("25.00", False), ("26", True), ("25.4", True)]
    )
    def test_against_data(self, said: str, mismatch: bool) -> None:
        """50 of 200 is 25 %: '25' and '25.00' agree; '26' and '25.4' (25.35..25.45) do not."""
        target = Target(JOBS, 200, period=TWO_YEARS)
        found = audit(
            target, [Observation(Period.year(2019), 50)], [claim(ClaimKind.PERCENT, said)]
        )
        assert mismatch == (FindingKind.PERCENT_MISMATCH in kinds(found))

    def test_against_claimed_achievement(self) -> None:
        """Claiming 60 achieved and 50 % of 100 contradicts itself (60 % by its own figure)."""
        said = [claim(ClaimKind.ACHIEVED, 60), claim(ClaimKind.PERCENT, 50)]
        found = [f for f in audit(TARGET, DATA, said) if f.kind is FindingKind.PERCENT_MISMATCH]
        assert {Fraction(60)} == {f.computed for f in found}
        assert any(len(f.claims) == 2 for f in found)


class TestMet:
    def test_met_claim_short_of_target(self) -> None:
        """Claiming 100 met with 60 reported: 40 short."""
        (finding,) = audit(TARGET, DATA, [claim(ClaimKind.MET, None)])
        assert FindingKind.MET_MISMATCH == finding.kind
        assert Decimal(-40) == finding.difference

    def test_met_within_rounding(self) -> None:
        """96 to the nearest 10 could be 101: a MET claim is not contradicted."""
        data = [Observation(Period.year(2019), 96, resolution=10)]
        assert () == audit(TARGET, data, [claim(ClaimKind.MET, None)])


class TestPeriodValue:
    def test_year_claimed_against_halves(self) -> None:
        """Halves of 20 and 25 make 45 for 2019; 50 claimed is 5 too many."""
        data = [
            Observation(Period.months(2019, 1, 6), 20),
            Observation(Period.months(2019, 7, 12), 25),
        ]
        said = claim(ClaimKind.PERIOD_VALUE, 50, period=Period.year(2019))
        found = [
            f for f in audit(TARGET, data, [said]) if f.kind is FindingKind.PERIOD_VALUE_MISMATCH
        ]
        assert [(Decimal(45), Decimal(5))] == [(f.computed, f.difference) for f in found]

    def test_not_covered_is_not_compared(self) -> None:
        """Only the first half of 2019 is reported: nothing to compare a 2019 claim with."""
        data = [Observation(Period.months(2019, 1, 6), 20)]
        said = claim(ClaimKind.PERIOD_VALUE, 50, period=Period.year(2019))
        assert FindingKind.PERIOD_VALUE_MISMATCH not in kinds(audit(TARGET, data, [said]))


class TestClaimsTogether:
    def test_conflict(self) -> None:
        """60 and 70 both claimed for the same date contradict each other."""
        said = [claim(ClaimKind.ACHIEVED, 60), claim(ClaimKind.ACHIEVED, 70)]
        assert FindingKind.CLAIM_CONFLICT in kinds(audit(TARGET, DATA, said))

    def test_restatement(self) -> None:
        """'60 and some' (60..61) beside 60.4 is a consistent restatement, only noted."""
        said = [
            claim(ClaimKind.ACHIEVED, 60, resolution=1, rounding=Rounding.DOWN),
            claim(ClaimKind.ACHIEVED, "60.4"),
        ]
        restatements = [
            f for f in audit(TARGET, DATA, said) if f.kind is FindingKind.CONSISTENT_RESTATEMENT
        ]
        assert [Severity.INFO] == [f.severity for f in restatements]


class TestData:
    def test_overlap(self) -> None:
        """2019 and July 2019–June 2020 share July–December 2019: 31+31+30+31+30+31 = 184 days."""
        data = [
            Observation(Period.year(2019), 10),
            Observation(Period(dt.date(2019, 7, 1), dt.date(2020, 6, 30)), 5),
        ]
        (finding,) = [f for f in audit(TARGET, data, []) if f.kind is FindingKind.OVERLAP]
        (shared,) = finding.periods
        assert 184 == shared.days

    def test_straddling_figure(self) -> None:
        """A figure for December 2018–January 2019 straddles the start of a 2019–2020 target."""
        straddling = Observation(Period(dt.date(2018, 12, 1), dt.date(2019, 1, 31)), 5)
        found = audit(TARGET, [straddling, Observation(Period.months(2019, 2, 12), 50)], [])
        (finding,) = [f for f in found if f.kind is FindingKind.STRADDLES_PERIOD]
        assert (straddling,) == finding.observations
        assert "straddles the start" in finding.message
        # Figures wholly outside the period belong to other targets: nothing to say.
        assert FindingKind.STRADDLES_PERIOD not in kinds(
            audit(TARGET, [Observation(Period.year(2018), 5)], [])
        )

    def test_dateline_without_a_year_is_in_the_year_it_was_stated(self) -> None:
        """'Rabu (5/1)' stated on 5 January 2022, a Wednesday, about end 2021: consistent."""
        target = Target(JOBS, 100, period=Period.years(2021, 2022))
        said = claim(
            ClaimKind.ACHIEVED,
            0,
            dt.date(2021, 12, 31),
            stated_on=dt.date(2022, 1, 5),
            dateline="Rabu (5/1)",
        )
        assert FindingKind.DATE_INCONSISTENT not in kinds(audit(target, [], [said]))

    def test_years_before_1000_are_written_as_iso_dates(self) -> None:
        """Periods far in the past still audit; their dates are written in ISO form."""
        target = Target(JOBS, 100, period=Period(dt.date(1, 1, 1), dt.date(999, 12, 31)))
        february = Observation(Period(dt.date(1, 2, 1), dt.date(1, 2, 28)), 1)
        (finding,) = audit(target, [february], [])
        assert FindingKind.COVERAGE_GAP == finding.kind
        assert "no figure covers 0001-01-01..0001-01-31" in finding.message

    def test_levels_may_overlap(self) -> None:
        """Overlapping periods of a level indicator are not double counting."""
        target = Target(RATE, 6, period=TWO_YEARS, baseline=10)
        data = [Observation(Period.year(2019), 9), Observation(Period.months(2019, 6, 12), 9)]
        assert FindingKind.OVERLAP not in kinds(audit(target, data, []))

    def test_gap(self) -> None:
        """Reporting only the second half of 2019 leaves January–June (181 days) uncovered."""
        data = [Observation(Period.months(2019, 7, 12), 10)]
        (finding,) = audit(TARGET, data, [])
        assert FindingKind.COVERAGE_GAP == finding.kind
        assert (Period.months(2019, 1, 6),) == finding.periods
        assert Severity.WARNING == finding.severity

    def test_nothing_to_audit(self) -> None:
        """No figures and no claims: nothing is found."""
        assert () == audit(TARGET, [], [])


class TestIndicatorsAndDates:
    def test_indicator_mismatch_grouped(self) -> None:
        """Two claims about another indicator make one finding listing both."""
        other = Indicator(
            "Opportunities", "persons", direction=Direction.INCREASE, accumulation=Accumulation.SUM
        )
        said = [
            claim(ClaimKind.ACHIEVED, 60, indicator=other),
            claim(ClaimKind.REMAINING, 40, indicator=other),
        ]
        (finding,) = [
            f for f in audit(TARGET, DATA, said) if f.kind is FindingKind.INDICATOR_MISMATCH
        ]
        assert 2 == len(finding.claims)
        assert "'Opportunities'" in finding.message

    def test_about_a_date_after_it_was_stated(self) -> None:
        """A figure 'as of' 31 December stated on 1 December is about the future."""
        said = claim(ClaimKind.ACHIEVED, 60, stated_on=dt.date(2019, 12, 1))
        (finding,) = audit(TARGET, DATA, [said])
        assert FindingKind.DATE_INCONSISTENT == finding.kind
        assert "after it was stated" in finding.message

    def test_outside_the_target_period(self) -> None:
        """A claim dated before the target period starts is flagged."""
        said = claim(ClaimKind.ACHIEVED, 0, dt.date(2018, 12, 31))
        assert [FindingKind.DATE_INCONSISTENT] == kinds(audit(TARGET, [], [said]))

    @pytest.mark.parametrize(
        ("dateline", "problem"),
        [
            ("Jum'at (22/7/2022)", None),
            ("Kamis (22/7/2022)", "Thursday"),
            ("Jumat (15/7/2022)", "15 July 2022"),
        ],
    )
    def test_dateline(self, dateline: str, problem: str | None) -> None:
        """22 July 2022 was a Friday: 'Kamis' contradicts it, and 15/7 is another date."""
        target = Target(JOBS, 100, period=Period.years(2022, 2023))
        said = claim(
            ClaimKind.ACHIEVED,
            0,
            dt.date(2022, 6, 30),
            stated_on=dt.date(2022, 7, 22),
            dateline=dateline,
        )
        found = [f for f in audit(target, [], [said]) if f.kind is FindingKind.DATE_INCONSISTENT]
        if problem is None:
            assert [] == found
        else:
            (finding,) = found
            assert problem in finding.message


class TestArguments:
    def test_claims_after_as_of_are_not_checked(self) -> None:
        """A claim dated after the audit's as-of date is left for later; only the gap is reported."""
        found = audit(TARGET, DATA, [claim(ClaimKind.ACHIEVED, 99)], as_of=dt.date(2019, 12, 30))
        assert [FindingKind.COVERAGE_GAP] == kinds(found)

    def test_claim_about_another_target(self) -> None:
        """A claim that names another target is refused."""
        other = Target(JOBS, 200, period=TWO_YEARS)
        with pytest.raises(InvalidValueError, match=r"claims\[0\]\.target"):
            audit(TARGET, DATA, [claim(ClaimKind.ACHIEVED, 60, target=other)])

    @pytest.mark.parametrize(
        ("target", "claims_given", "as_of"),
        [("t", [], None), (TARGET, ["60"], None), (TARGET, [], "2019-12-31")],
    )
    def test_bad_arguments(self, target: object, claims_given: list[object], as_of: object) -> None:
        """Wrong types are refused with a PledgekitError."""
        with pytest.raises(InvalidValueError):
            audit(target, DATA, claims_given, as_of=as_of)  # type: ignore[arg-type]

    def test_unit_mismatch(self) -> None:
        """Observations in another unit are refused."""
        other = attrs.evolve(JOBS, unit="%")
        with pytest.raises(UnitMismatchError):
            audit(TARGET, [Observation(Period.year(2019), 1, indicator=other)], [])

    def test_tied_levels_in_either_order(self) -> None:
        """A level given exact and rounded: the exact 40 counts in any order, so 44 mismatches."""
        target = Target(RATE, 6, period=TWO_YEARS, baseline=100)
        exact = Observation(Period.year(2019), 40)
        rounded = Observation(Period.year(2019), 40, resolution=10)
        said = [claim(ClaimKind.ACHIEVED, 44)]
        assert audit(target, [exact, rounded], said) == audit(target, [rounded, exact], said)
        assert [FindingKind.TOTAL_MISMATCH] == kinds(audit(target, [rounded, exact], said))

    def test_worst_first(self) -> None:
        """Errors come before warnings, warnings before notes."""
        data = [Observation(Period.months(2019, 7, 12), 10)]
        said = [
            claim(ClaimKind.ACHIEVED, 50),
            claim(ClaimKind.ACHIEVED, 10, resolution=1, rounding=Rounding.DOWN),
            claim(ClaimKind.ACHIEVED, "10.5"),
        ]
        severities = [f.severity for f in audit(TARGET, data, said)]
        assert sorted(severities, reverse=True) == severities


class TestClaimValidation:
    @pytest.mark.parametrize(
        ("make", "where"),
        [
            (lambda: Claim("achieved", 1, END_2019), "Claim.kind"),
            (lambda: Claim(ClaimKind.ACHIEVED, 1.5, END_2019), "Claim.value"),
            (lambda: Claim(ClaimKind.ACHIEVED, None, END_2019), "Claim.value"),
            (lambda: Claim(ClaimKind.MET, 1, END_2019), "Claim.value"),
            (lambda: Claim(ClaimKind.ACHIEVED, 1, "2019-12-31"), "Claim.as_of"),
            (lambda: Claim(ClaimKind.ACHIEVED, 1, END_2019, resolution=0), "Claim.resolution"),
            (lambda: Claim(ClaimKind.ACHIEVED, 1, END_2019, rounding="down"), "Claim.rounding"),
            (lambda: Claim(ClaimKind.PERIOD_VALUE, 1, END_2019), "Claim.period"),
            (
                lambda: Claim(ClaimKind.PERIOD_VALUE, 1, END_2019, period=Period.year(2020)),
                "Claim.as_of",
            ),
            (
                lambda: Claim(ClaimKind.ACHIEVED, 1, END_2019, period=Period.year(2019)),
                "Claim.period",
            ),
            (lambda: Claim(ClaimKind.ACHIEVED, 1, END_2019, target="t"), "Claim.target"),
            (lambda: Claim(ClaimKind.ACHIEVED, 1, END_2019, dateline=22), "Claim.dateline"),
        ],
    )
    def test_refuses(self, make: object, where: str) -> None:
        """Each field names itself when refused."""
        with pytest.raises(InvalidValueError) as info:
            make()  # type: ignore[operator]
        assert where == info.value.where

    def test_percent_default_resolution_is_last_digit(self) -> None:
        """'94.42' % stands for 94.415..94.425; '94' for 93.5..94.5."""
        assert (Decimal("94.415"), Decimal("94.425")) == claim(ClaimKind.PERCENT, "94.42").interval
        assert (Decimal("93.5"), Decimal("94.5")) == claim(ClaimKind.PERCENT, "94").interval


# -- Properties ---------------------------------------------------------------------------

target_series = targets().flatmap(
    lambda t: st.tuples(st.just(t), observations(t, resolutions=True))
)
target_series_claims = targets().flatmap(
    lambda t: st.tuples(
        st.just(t), observations(t, resolutions=True), st.lists(claims(t), max_size=4)
    )
)


def _mismatches(findings: tuple[Finding, ...]) -> list[Finding]:
    return [f for f in findings if f.kind in MISMATCHES]


def _truthful_claims(
    target: Target, series: tuple[Observation, ...], as_of: dt.date
) -> list[Claim]:
    state = progress(target, series, as_of=as_of)
    sign = target.indicator.direction.sign
    remaining = (target.value - state.achieved) * sign
    said = [
        Claim(ClaimKind.ACHIEVED, state.achieved, as_of, target=target),
        Claim(ClaimKind.REMAINING, remaining, as_of, target=target),
    ]
    if state.ratio is not None:
        # Rounded half-up to 2 places; a PERCENT claim stands for ± half its last digit.
        said.append(
            Claim(ClaimKind.PERCENT, round_fraction(state.ratio * 100, 2), as_of, target=target)
        )
    if state.is_met:
        said.append(Claim(ClaimKind.MET, None, as_of, target=target))
    return said


class TestProperties:
    @given(target_series)
    def test_true_claims_never_mismatch(self, case: tuple[Target, tuple[Observation, ...]]) -> None:
        """Claims equal to the computed values never produce a mismatch."""
        target, series = case
        as_of = max((o.period.end for o in series), default=target.period.end)
        assert [] == _mismatches(audit(target, series, _truthful_claims(target, series, as_of)))

    @given(target_series_claims, st.sampled_from([10, 1000]))
    def test_widening_resolution_never_adds_a_mismatch(
        self, case: tuple[Target, tuple[Observation, ...], list[Claim]], factor: int
    ) -> None:
        """Making every figure coarser can only remove mismatches, never add one."""
        target, series, said = case

        def wider(resolution: Decimal | None, default: Decimal) -> Decimal:
            return (resolution or default) * factor

        coarse_series = [
            attrs.evolve(o, resolution=wider(o.resolution, Decimal(1))) for o in series
        ]
        coarse_claims = []
        for c in said:
            if c.value is None:
                coarse_claims.append(c)
                continue
            low, high = c.interval
            default = (high - low) or Decimal(1)
            coarse_claims.append(attrs.evolve(c, resolution=wider(c.resolution, default)))
        before = {
            (f.kind, tuple(said.index(x) for x in f.claims))
            for f in _mismatches(audit(target, series, said))
        }
        after = {
            (f.kind, tuple(coarse_claims.index(x) for x in f.claims))
            for f in _mismatches(audit(target, coarse_series, coarse_claims))
        }
        assert after <= before

    @given(target_series_claims, st.randoms(use_true_random=False))
    def test_order_of_observations_changes_nothing(
        self, case: tuple[Target, tuple[Observation, ...], list[Claim]], rng: random.Random
    ) -> None:
        """Shuffling the observations changes no finding."""
        target, series, said = case
        shuffled = list(series)
        rng.shuffle(shuffled)
        assert audit(target, series, said) == audit(target, shuffled, said)

    @given(target_series_claims)
    def test_explanations_contain_the_claim(
        self, case: tuple[Target, tuple[Observation, ...], list[Claim]]
    ) -> None:
        """Every explanation's interval meets the claim's, and its total is its figures' sum."""
        target, series, said = case
        for finding in audit(target, series, said):
            for explanation in finding.explanations:
                assert finding.claimed_interval is not None
                low, high = explanation.interval
                c_low, c_high = finding.claimed_interval
                assert low <= c_high
                assert c_low <= high
                if target.indicator.accumulation is Accumulation.SUM:
                    assert (
                        target.baseline + sum(o.value for o in explanation.observations)
                        == explanation.total
                    )
                run = set(explanation.observations) | set(explanation.left_out)
                assert set(finding.observations) == run


# -- Lower bounds: days with no counted figure ----------------------------------------

BEKASI_JOBS = Indicator(
    "Tenaga kerja", "orang", direction=Direction.INCREASE, accumulation=Accumulation.SUM
)
# The Bekasi term and its published figures, which stop at June 2022.
BEKASI_TERM = Period.term(dt.date(2018, 9, 20))
BEKASI_TARGET = Target(BEKASI_JOBS, 150000, period=BEKASI_TERM)
BEKASI_FIGURES = (
    Observation(Period.year(2019), 27197),
    Observation(Period.year(2020), 56000, resolution=1000),
    Observation(Period.year(2021), 58000, resolution=1000),
    Observation(Period.months(2022, 1, 6), 5108),
)
FEB_2023 = dt.date(2023, 2, 16)
# 27,197 + 56,000 + 58,000 + 5,108 = 146,305; rounding: 145,305..147,305.
# Uncovered up to 16 Feb 2023: 20 Sept..31 Dec 2018 (11 + 31 + 30 + 31 = 103 days) and
# 1 July 2022..16 Feb 2023 (184 + 31 + 16 = 231 days): 334 days.


class TestLowerBound:
    def _one(self, said: Claim, kind: FindingKind) -> Finding:
        found = [f for f in audit(BEKASI_TARGET, BEKASI_FIGURES, [said]) if f.kind is kind]
        assert 1 == len(found)
        return found[0]

    def test_claim_above_an_incomplete_sum_is_unverifiable(self) -> None:
        """Bekasi, 16 Feb 2023: 150,688 claimed over figures stopping in June 2022 is a warning."""
        said = claim(ClaimKind.ACHIEVED, 150688, FEB_2023)
        found = audit(BEKASI_TARGET, BEKASI_FIGURES, [said])
        assert FindingKind.TOTAL_MISMATCH not in kinds(found)
        finding = self._one(said, FindingKind.UNVERIFIABLE_CLAIM)
        assert Severity.WARNING == finding.severity
        assert (Decimal(150688), Decimal(146305), Decimal(150688 - 146305)) == (
            finding.claimed,
            finding.computed,
            finding.difference,
        )
        assert (
            Period(dt.date(2018, 9, 20), dt.date(2018, 12, 31)),
            Period(dt.date(2022, 7, 1), FEB_2023),
        ) == finding.periods
        assert (Decimal(145305), None) == finding.possible_interval
        assert "4,383 more than what the figures add up to" in finding.message
        assert "(334 days of the target period up to 16 February 2023)" in finding.message
        assert "lower bound" in finding.message

    def test_met_claim_over_an_incomplete_sum_is_unverifiable(self) -> None:
        """'Target met' on 16 Feb 2023: 150,000 − 146,305 = 3,695 more than the figures reach."""
        said = claim(ClaimKind.MET, None, FEB_2023)
        assert FindingKind.MET_MISMATCH not in kinds(audit(BEKASI_TARGET, BEKASI_FIGURES, [said]))
        finding = self._one(said, FindingKind.UNVERIFIABLE_CLAIM)
        assert Severity.WARNING == finding.severity
        assert (Decimal(146305), Decimal(146305 - 150000)) == (
            finding.computed,
            finding.difference,
        )
        assert "3,695 more than what the figures reach" in finding.message

    def test_remaining_claim_implying_more_is_unverifiable(self) -> None:
        """'Sisa 2.000' implies 150,000 − 2,000 = 148,000, above the 146,305 counted."""
        said = claim(ClaimKind.REMAINING, 2000, FEB_2023)
        finding = self._one(said, FindingKind.UNVERIFIABLE_CLAIM)
        assert (Decimal(148000), Decimal(148000 - 146305)) == (
            finding.claimed,
            finding.difference,
        )

    def test_percent_claim_above_is_unverifiable(self) -> None:
        """99 % claimed; the figures give 146,305 / 150,000 = 97.5366…%, a lower bound."""
        said = claim(ClaimKind.PERCENT, 99, FEB_2023)
        finding = self._one(said, FindingKind.UNVERIFIABLE_CLAIM)
        assert Fraction(146305 * 100, 150000) == finding.computed
        assert Fraction(99) - Fraction(146305 * 100, 150000) == finding.difference

    def test_claim_below_an_incomplete_sum_is_still_a_mismatch(self) -> None:
        """141,624 claimed is below 145,305 even at the lowest rounding: the missing days only add."""
        said = claim(ClaimKind.ACHIEVED, 141624, FEB_2023)
        assert [FindingKind.TOTAL_MISMATCH] == [
            f.kind
            for f in audit(BEKASI_TARGET, BEKASI_FIGURES, [said])
            if f.severity is Severity.ERROR
        ]
        assert FindingKind.UNVERIFIABLE_CLAIM not in kinds(
            audit(BEKASI_TARGET, BEKASI_FIGURES, [said])
        )

    def test_full_coverage_is_a_total(self) -> None:
        """With every day covered, a claim above the sum is a mismatch: 70 claimed, 60 + 30 = 90."""
        data = [Observation(Period.year(2019), 60), Observation(Period.year(2020), 30)]
        said = claim(ClaimKind.ACHIEVED, 95, dt.date(2020, 12, 31))
        assert [FindingKind.TOTAL_MISMATCH] == kinds(audit(TARGET, data, [said]))

    def test_gap_after_the_last_figure_only_counts_up_to_the_claim(self) -> None:
        """Claimed as of 31 Dec 2019 with 2019 covered: no uncovered day, so 70 ≠ 60 is a mismatch."""
        data = [Observation(Period.year(2019), 60)]
        said = claim(ClaimKind.ACHIEVED, 70)
        assert [FindingKind.TOTAL_MISMATCH] == kinds(audit(TARGET, data, [said]))

    def test_a_level_is_never_a_lower_bound(self) -> None:
        """A LAST indicator's latest level is what it is, gaps or not: 5 % claimed, 7 % reported."""
        target = Target(RATE, 6, period=TWO_YEARS, baseline=10)
        data = [Observation(Period.months(2019, 1, 6), 7)]
        said = claim(ClaimKind.ACHIEVED, 5)
        assert FindingKind.TOTAL_MISMATCH in kinds(audit(target, data, [said]))
        assert FindingKind.UNVERIFIABLE_CLAIM not in kinds(audit(target, data, [said]))

    def test_negative_figures_make_either_side_unverifiable(self) -> None:
        """Changes of 60 and −20 with 2020 missing: 30 claimed (below 40) cannot be refuted."""
        data = [
            Observation(Period.months(2019, 1, 6), 60),
            Observation(Period.months(2019, 7, 12), -20),
        ]
        said = claim(ClaimKind.ACHIEVED, 30, dt.date(2020, 6, 30))
        finding = [
            f for f in audit(TARGET, data, [said]) if f.kind is FindingKind.UNVERIFIABLE_CLAIM
        ]
        assert 1 == len(finding)
        assert (None, None) == finding[0].possible_interval
        assert Decimal(30 - 40) == finding[0].difference
        assert "10 less than what the figures add up to" in finding[0].message
        assert "either way" in finding[0].message

    def test_falling_figures_give_an_upper_bound(self) -> None:
        """Changes of −30 from a baseline of 100, 2019 H2 missing: 70 is an upper bound."""
        level = Indicator(
            "Backlog", "cases", direction=Direction.DECREASE, accumulation=Accumulation.SUM
        )
        target = Target(level, 50, period=TWO_YEARS, baseline=100)
        data = [Observation(Period.months(2019, 1, 6), -30)]
        met, below, above = (
            claim(ClaimKind.MET, None),
            claim(ClaimKind.ACHIEVED, 60),
            claim(ClaimKind.ACHIEVED, 80),
        )
        assert [FindingKind.UNVERIFIABLE_CLAIM] == [
            f.kind for f in audit(target, data, [met]) if f.claims
        ]
        (unverifiable,) = [f for f in audit(target, data, [below]) if f.claims]
        assert (None, Decimal(70)) == unverifiable.possible_interval
        assert "upper bound" in unverifiable.message
        assert [FindingKind.TOTAL_MISMATCH] == [
            f.kind for f in audit(target, data, [above]) if f.claims
        ]


@st.composite
def _gapped_series(draw: st.DrawFn) -> tuple[tuple[Observation, ...], Fraction, Fraction]:
    """Non-negative monthly figures for 2019 with at least one month left out."""
    months = draw(st.sets(st.integers(1, 12), min_size=1, max_size=11))
    series = []
    low = high = Fraction(0)
    for month in sorted(months):
        value = draw(st.integers(0, 10**6))
        resolution = draw(st.sampled_from([None, 10, 1000]))
        o = Observation(Period.month(2019, month), value, resolution=resolution)
        series.append(o)
        low += Fraction(o.interval[0])
        high += Fraction(o.interval[1])
    return tuple(series), low, high


class TestLowerBoundProperties:
    @given(_gapped_series(), st.sampled_from(["below", "within", "above"]), st.data())
    def test_above_is_unverifiable_below_is_a_mismatch(
        self,
        case: tuple[tuple[Observation, ...], Fraction, Fraction],
        side: str,
        data: st.DataObject,
    ) -> None:
        """With a month missing: above the sum's interval a warning, below it an error, within nothing."""
        series, low, high = case
        # Resolutions of 10 and 1000 keep every end of the interval a whole number.
        assert low.denominator == high.denominator == 1
        offset = data.draw(st.integers(1, 10**6))
        value = {
            "below": int(low) - offset,
            "within": data.draw(st.integers(int(low), int(high))),
            "above": int(high) + offset,
        }[side]
        target = Target(JOBS, 10**8, period=Period.year(2019))
        said = Claim(ClaimKind.ACHIEVED, value, dt.date(2019, 12, 31))
        found = {f.kind for f in audit(target, series, [said])} - {FindingKind.COVERAGE_GAP}
        expected = {
            "below": {FindingKind.TOTAL_MISMATCH},
            "within": set(),
            "above": {FindingKind.UNVERIFIABLE_CLAIM},
        }[side]
        assert expected == found


# -- Arguments --------------------------------------------------------------------------


class TestArgumentValidation:
    @pytest.mark.parametrize(
        ("observations_given", "claims_given", "as_of", "where"),
        [
            (5, [], None, r"audit\(observations\)"),
            (None, [], None, r"audit\(observations\)"),
            ("2019", [], None, r"audit\(observations\)"),
            ([Observation(Period.year(2019), 1), "60"], [], None, r"audit\(observations\)\[1\]"),
            (DATA, 5, None, r"audit\(claims\)"),
            (DATA, None, None, r"audit\(claims\)"),
            (DATA, [claim(ClaimKind.ACHIEVED, 60), 60], None, r"audit\(claims\)\[1\]"),
            (DATA, [], dt.datetime(2019, 12, 31), r"audit\(as_of\)"),
            ([], [], "2019-12-31", r"audit\(as_of\)"),
        ],
    )
    def test_bad_argument_names_its_path(
        self, observations_given: object, claims_given: object, as_of: object, where: str
    ) -> None:
        """A non-iterable, a wrong item or a bad date is an InvalidValueError naming the argument."""
        with pytest.raises(InvalidValueError, match=where):
            audit(TARGET, observations_given, claims_given, as_of=as_of)  # type: ignore[arg-type]

    def test_bad_straddling_policy(self) -> None:
        """An unknown straddling policy is refused before anything is computed."""
        with pytest.raises(InvalidValueError, match="'exclude' or 'include'"):
            audit(TARGET, DATA, [], straddling="half")


# -- Date findings say which ------------------------------------------------------------


class TestDateProblems:
    def _date_findings(self, **kw: object) -> list[Finding]:
        target = Target(JOBS, 100, period=Period.years(2022, 2023))
        said = claim(ClaimKind.ACHIEVED, 0, kw.pop("as_of", dt.date(2022, 6, 30)), **kw)  # type: ignore[arg-type]
        return [f for f in audit(target, [], [said]) if f.kind is FindingKind.DATE_INCONSISTENT]

    @pytest.mark.parametrize(
        ("fields", "problem", "dates"),
        [
            (
                {"stated_on": dt.date(2022, 6, 1)},
                DateProblem.STATED_BEFORE_AS_OF,
                (dt.date(2022, 6, 30), dt.date(2022, 6, 1)),
            ),
            ({"as_of": dt.date(2021, 12, 31)}, DateProblem.OUTSIDE_TERM, (dt.date(2021, 12, 31),)),
            (
                {"stated_on": dt.date(2022, 7, 22), "dateline": "Kamis (22/7/2022)"},
                DateProblem.WEEKDAY,
                (dt.date(2022, 7, 22),),
            ),
            (
                {"stated_on": dt.date(2022, 7, 22), "dateline": "31/6/2022"},
                DateProblem.IMPOSSIBLE_DATE,
                (),
            ),
            (
                {"stated_on": dt.date(2022, 7, 22), "dateline": "Jumat (15/7/2022)"},
                DateProblem.DATELINE_MISMATCH,
                (dt.date(2022, 7, 15), dt.date(2022, 7, 22)),
            ),
        ],
    )
    def test_each_problem_is_named(
        self, fields: dict[str, object], problem: DateProblem, dates: tuple[dt.date, ...]
    ) -> None:
        """Each date finding carries which problem it is and the dates it speaks of."""
        (finding,) = self._date_findings(**fields)
        assert (problem, dates) == (finding.date_problem, finding.dates)

    def test_weekday_message(self) -> None:
        """22 July 2022 was a Friday: the message names both weekdays."""
        (finding,) = self._date_findings(
            stated_on=dt.date(2022, 7, 22), dateline="Kamis (22/7/2022)"
        )
        assert (
            "an achieved-value claim's dates disagree: the dateline 'Kamis (22/7/2022)' names a "
            "Thursday, but 22 July 2022 was a Friday"
        ) == finding.message

    def test_wrong_weekday_on_a_wrong_date(self) -> None:
        """'Senin (15/7/2022)': 15 July was a Friday, and the claim was stated on the 22nd: two findings."""
        found = self._date_findings(stated_on=dt.date(2022, 7, 22), dateline="Senin (15/7/2022)")
        assert [DateProblem.WEEKDAY, DateProblem.DATELINE_MISMATCH] == [
            f.date_problem for f in found
        ]


# -- Wording slips ----------------------------------------------------------------------


class TestWording:
    @pytest.mark.parametrize(
        ("kind", "value", "words"),
        [
            (ClaimKind.ACHIEVED, 0, "an achieved-value claim's"),
            (ClaimKind.REMAINING, 100, "a remaining-value claim's"),
            (ClaimKind.PERCENT, 0, "a percentage claim's"),
            (ClaimKind.MET, None, "a target-met claim's"),
        ],
    )
    def test_article_agrees(self, kind: ClaimKind, value: object, words: str) -> None:
        """'an achieved-value claim', never 'a achieved claim'."""
        said = claim(kind, value, dt.date(2018, 12, 31))
        (finding,) = [
            f for f in audit(TARGET, [], [said]) if f.kind is FindingKind.DATE_INCONSISTENT
        ]
        assert finding.message.startswith(words)

    def test_one_day(self) -> None:
        """A gap of one day is '1 day', not '1 days'."""
        data = [Observation(Period(dt.date(2019, 1, 2), dt.date(2019, 12, 31)), 60)]
        (gap,) = [f for f in audit(TARGET, data, []) if f.kind is FindingKind.COVERAGE_GAP]
        assert "(1 day of the target period" in gap.message

    def test_overlap_of_one_day(self) -> None:
        """Two figures sharing 31 December share '1 day'."""
        data = [
            Observation(Period(dt.date(2019, 1, 1), dt.date(2019, 12, 31)), 60),
            Observation(Period(dt.date(2019, 12, 31), dt.date(2020, 12, 31)), 30),
        ]
        (overlap,) = [f for f in audit(TARGET, data, []) if f.kind is FindingKind.OVERLAP]
        assert "share 1 day (31 December 2019)" in overlap.message

    def test_one_more_figure_left_out(self) -> None:
        """Five figures of 1, claimed 1: each run of one leaves out four, shown 'and 1 more figure'."""
        data = [Observation(Period.month(2019, m), 1) for m in range(1, 6)]
        target = Target(JOBS, 100, period=Period.year(2019))
        said = claim(ClaimKind.ACHIEVED, 1, dt.date(2019, 6, 30))
        (total,) = [f for f in audit(target, data, [said]) if f.kind is FindingKind.TOTAL_MISMATCH]
        assert total.explanations
        assert all(e.message.endswith("and 1 more figure") for e in total.explanations)


# -- Exact under any caller context -----------------------------------------------------

HOSTILE = decimal.Context(prec=5, rounding=decimal.ROUND_FLOOR, Emax=10, Emin=-10)
# 30 integer and 30 fraction digits: what MAX_INTEGER_DIGITS and MAX_FRACTION_DIGITS allow.
HUGE = Decimal("9" * 29 + "." + "9" * 30)
TINY = Decimal("0." + "0" * 29 + "1")


def _findings_as_data(findings: tuple[Finding, ...]) -> list[tuple[object, ...]]:
    return [
        (
            f.kind,
            f.severity,
            f.message,
            f.claimed,
            f.computed,
            f.difference,
            f.claimed_interval,
            f.computed_interval,
            f.possible_interval,
            tuple(e.message for e in f.explanations),
            tuple((e.total, e.interval) for e in f.explanations),
        )
        for f in findings
    ]


class TestContextIndependence:
    def _both(self, target: Target, data: list[Observation], said: list[Claim]) -> None:
        expected = _findings_as_data(audit(target, data, said))
        with decimal.localcontext(HOSTILE):
            actual = _findings_as_data(audit(target, data, said))
        assert expected == actual

    def test_bekasi_under_a_hostile_context(self) -> None:
        """The Bekasi claims of 2022 and 2023 give the same findings under prec=5, ROUND_FLOOR."""
        said = [
            claim(ClaimKind.ACHIEVED, 141624, dt.date(2022, 6, 30)),
            claim(ClaimKind.ACHIEVED, "141000", dt.date(2022, 6, 30), resolution=1000),
            claim(ClaimKind.REMAINING, 8276, dt.date(2022, 6, 30)),
            claim(ClaimKind.ACHIEVED, 150688, FEB_2023),
            claim(ClaimKind.MET, None, FEB_2023),
        ]
        self._both(BEKASI_TARGET, list(BEKASI_FIGURES), said)

    def test_thirty_fraction_digits_under_a_hostile_context(self) -> None:
        """Nine integer and thirty fraction digits: exact, and within the hostile Emax."""
        target = Target(JOBS, Decimal("999999999"), period=Period.years(2019, 2022))
        big = Decimal("12345678." + "9" * 30)
        data = [
            Observation(Period.year(2019), big),
            Observation(Period.year(2020), TINY),
            Observation(Period.months(2021, 1, 6), big - 1, resolution=TINY),
        ]
        said = [
            claim(ClaimKind.ACHIEVED, big, dt.date(2020, 12, 31)),
            claim(ClaimKind.ACHIEVED, Decimal("30000000." + "0" * 29 + "1"), dt.date(2021, 12, 31)),
            claim(ClaimKind.ACHIEVED, Decimal("20000000"), dt.date(2021, 12, 31)),
            claim(ClaimKind.REMAINING, TINY, dt.date(2021, 12, 31)),
            claim(ClaimKind.PERCENT, Decimal("1.234567890123456789"), dt.date(2021, 12, 31)),
            claim(ClaimKind.MET, None, dt.date(2020, 12, 31)),
        ]
        found = audit(target, data, said)
        assert {FindingKind.TOTAL_MISMATCH, FindingKind.UNVERIFIABLE_CLAIM} <= set(kinds(found))
        self._both(target, data, said)

    def test_digit_limits_under_a_hostile_context(self) -> None:
        """Figures of 30 + 30 digits: totals, differences and explanations are exact either way."""
        target = Target(JOBS, Decimal("9" * 30), period=Period.years(2019, 2022))
        data = [
            Observation(Period.year(2019), HUGE),
            Observation(Period.year(2020), TINY),
            Observation(Period.months(2021, 1, 6), HUGE - 1, resolution=TINY),
        ]
        said = [
            claim(ClaimKind.ACHIEVED, HUGE, dt.date(2020, 12, 31)),
            claim(ClaimKind.ACHIEVED, Decimal("3" + "0" * 29), dt.date(2021, 12, 31)),
            claim(ClaimKind.REMAINING, TINY, dt.date(2021, 12, 31)),
            claim(ClaimKind.PERCENT, Decimal("123.456789"), dt.date(2021, 12, 31)),
            claim(ClaimKind.MET, None, dt.date(2020, 12, 31)),
        ]
        self._both(target, data, said)

    def test_less_than_with_both_signs_under_a_hostile_context(self) -> None:
        """A claim below figures of both signs with a gap: the 'less than' size is exact."""
        target = Target(JOBS, Decimal("1" + "0" * 29), period=Period.years(2019, 2022))
        data = [Observation(Period.year(2019), HUGE), Observation(Period.year(2020), -TINY)]
        said = [claim(ClaimKind.ACHIEVED, TINY, dt.date(2021, 12, 31))]
        (finding,) = [f for f in audit(target, data, said) if f.claims]
        assert FindingKind.UNVERIFIABLE_CLAIM == finding.kind
        # The sum is 10**29 − 10**-30 − 10**-30; the claim 10**-30 is 10**29 − 3·10**-30 below it.
        assert Fraction(TINY) - (Fraction(HUGE) - Fraction(TINY)) == finding.difference
        assert (
            "99,999,999,999,999,999,999,999,999,999.999999999999999999999999999997 less than"
            in finding.message
        )
        assert finding.message.startswith("claimed 0.000000000000000000000000000001 as of")
        self._both(target, data, said)

    def test_surplus_at_the_digit_limits_under_a_hostile_context(self) -> None:
        """A target of 10**29 exceeded by 30-digit figures: the audit runs under Emax=10 too."""
        target = Target(JOBS, Decimal("1" + "0" * 29), period=Period.years(2019, 2020))
        data = [Observation(Period.year(2019), HUGE), Observation(Period.year(2020), HUGE)]
        self._both(target, data, [claim(ClaimKind.MET, None, dt.date(2020, 12, 31))])


class TestPercentWording:
    def test_one_claimed_figure_gives(self) -> None:
        """Against one claimed figure the verb agrees: 'the claimed 60 gives 60.00 %'."""
        said = [claim(ClaimKind.ACHIEVED, 60), claim(ClaimKind.PERCENT, 50)]
        (finding,) = [
            f
            for f in audit(TARGET, DATA, said)
            if f.kind is FindingKind.PERCENT_MISMATCH and len(f.claims) == 2
        ]
        assert (
            "claimed 50 % as of 31 December 2019, but the claimed 60 gives 60.00 % (60 of 100)"
        ) == finding.message

    def test_the_figures_give(self) -> None:
        """Against the figures: 60 of 100 is 60.00 %, 50 % claimed."""
        (finding,) = [
            f
            for f in audit(TARGET, DATA, [claim(ClaimKind.PERCENT, 50)])
            if f.kind is FindingKind.PERCENT_MISMATCH
        ]
        assert (
            "claimed 50 % as of 31 December 2019, but the figures give 60.00 % (60 of 100)"
        ) == finding.message
