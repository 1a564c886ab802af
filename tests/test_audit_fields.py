"""Every field of the audit's findings, worked out by hand for small cases."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest

from pledgekit import (
    Accumulation,
    Claim,
    ClaimKind,
    Direction,
    Finding,
    FindingKind,
    Indicator,
    InvalidValueError,
    Observation,
    Period,
    Severity,
    Target,
    audit,
)

JOBS = Indicator("Jobs", "persons", direction=Direction.INCREASE, accumulation=Accumulation.SUM)
RATE = Indicator("Rate", "%", direction=Direction.DECREASE, accumulation=Accumulation.LAST)
YEARS = Period.years(2019, 2021)
TARGET = Target(JOBS, 100, period=YEARS)
Y2019, Y2020, Y2021 = (
    Observation(Period.year(y), v) for y, v in ((2019, 40), (2020, 30), (2021, 40))
)
FIGURES = (Y2019, Y2020, Y2021)
END = dt.date(2021, 12, 31)


def _d(value: int | str) -> Decimal:
    return Decimal(value)


def _fields(finding: Finding) -> tuple[object, ...]:
    """The fields a reader relies on, in one tuple."""
    return (
        finding.kind,
        finding.severity,
        finding.message,
        finding.claimed,
        finding.computed,
        finding.difference,
        finding.claimed_interval,
        finding.computed_interval,
        finding.possible_interval,
        finding.claims,
        finding.observations,
        finding.periods,
    )


class TestTotals:
    def test_total_mismatch_and_its_explanations(self) -> None:
        """40 + 30 + 40 = 110 against a claim of 70: both two-year runs make 70, earliest first."""
        claim = Claim(ClaimKind.ACHIEVED, 70, END)
        (finding,) = audit(TARGET, FIGURES, [claim])
        assert (
            FindingKind.TOTAL_MISMATCH,
            Severity.ERROR,
            "claimed 70 as of 31 December 2021, but the figures add up to 110: a difference of -40",
            _d(70),
            _d(110),
            _d(-40),
            (_d(70), _d(70)),
            (_d(110), _d(110)),
            None,
            (claim,),
            FIGURES,
            (),
        ) == _fields(finding)
        first, second = finding.explanations
        assert (
            "matches 2019–2020: 70; leaves out 2021 (40)",
            (Y2019, Y2020),
            (Y2021,),
            Period.years(2019, 2020),
            _d(70),
            (_d(70), _d(70)),
        ) == (
            first.message,
            first.observations,
            first.left_out,
            first.period,
            first.total,
            first.interval,
        )
        assert ("matches 2020–2021: 70; leaves out 2019 (40)", (Y2019,)) == (
            second.message,
            second.left_out,
        )

    def test_a_run_that_leaves_out_four_figures(self) -> None:
        """Five years of 10 and a claim of 10: each single year matches; four figures left out."""
        figures = tuple(Observation(Period.year(y), 10) for y in range(2019, 2024))
        target = Target(JOBS, 100, period=Period.years(2019, 2023))
        (finding,) = audit(target, figures, [Claim(ClaimKind.ACHIEVED, 10, dt.date(2023, 12, 31))])
        assert 5 == len(finding.explanations)
        assert (
            "matches 2019: 10; leaves out 2020 (10), 2021 (10), 2022 (10) and 1 more figure"
            == finding.explanations[0].message
        )
        assert [Period.year(y) for y in range(2019, 2024)] == [
            e.period for e in finding.explanations
        ]

    def test_fewer_figures_left_out_come_first(self) -> None:
        """A claim of 40 is met by 2019 alone and by 2021 alone: two explanations, by start."""
        (finding,) = audit(TARGET, FIGURES, [Claim(ClaimKind.ACHIEVED, 40, END)])
        assert [Period.year(2019), Period.year(2021)] == [e.period for e in finding.explanations]

    def test_remaining_claim(self) -> None:
        """A claim of 10 remaining implies 100 − 10 = 90 achieved, against 110: a difference of -20."""
        claim = Claim(ClaimKind.REMAINING, 10, END)
        (finding,) = audit(TARGET, FIGURES, [claim])
        assert (
            FindingKind.TOTAL_MISMATCH,
            "claimed remaining 10 implies 90 achieved as of 31 December 2021, but the figures "
            "add up to 110: a difference of -20",
            _d(90),
            (_d(90), _d(90)),
        ) == (finding.kind, finding.message, finding.claimed, finding.claimed_interval)


class TestClaimsAgainstEachOther:
    def test_remainder_against_the_claimed_total(self) -> None:
        """Claimed 110 and 10 remaining: 100 − 110 = -10 is left, a difference of 20."""
        done, left = Claim(ClaimKind.ACHIEVED, 110, END), Claim(ClaimKind.REMAINING, 10, END)
        (finding,) = [f for f in audit(TARGET, FIGURES, [done, left]) if len(f.claims) == 2]
        assert (
            FindingKind.REMAINDER_MISMATCH,
            Severity.ERROR,
            "claimed remaining 10, but the target 100 less the claimed 110 leaves -10: "
            "a difference of 20",
            _d(10),
            _d(-10),
            _d(20),
            (_d(10), _d(10)),
            (_d(-10), _d(-10)),
            None,
            (left, done),
            (),
            (),
        ) == _fields(finding)

    def test_conflict_and_restatement(self) -> None:
        """110 ± 5 and 105 agree; 90 contradicts both; differences 110 − 90 and 105 − 90."""
        rounded = Claim(ClaimKind.ACHIEVED, 110, END, resolution=10)
        exact, low = Claim(ClaimKind.ACHIEVED, 105, END), Claim(ClaimKind.ACHIEVED, 90, END)
        pairs = {
            (f.kind, f.claims): f
            for f in audit(TARGET, FIGURES, [rounded, exact, low])
            if len(f.claims) == 2
        }
        restated = pairs[(FindingKind.CONSISTENT_RESTATEMENT, (rounded, exact))]
        assert (
            Severity.INFO,
            "110 and 105 are both claimed as of 31 December 2021 (given the rounding: 105 to "
            "115 for 110); they agree within their rounding",
            _d(110),
            _d(105),
            _d(5),
            (_d(105), _d(115)),
            (_d(105), _d(105)),
        ) == _fields(restated)[1:8]
        conflict = pairs[(FindingKind.CLAIM_CONFLICT, (exact, low))]
        assert (Severity.ERROR, _d(105), _d(90), _d(15)) == (
            conflict.severity,
            conflict.claimed,
            conflict.computed,
            conflict.difference,
        )
        assert (FindingKind.CLAIM_CONFLICT, (rounded, low)) in pairs

    def test_percent_against_a_claimed_total(self) -> None:
        """50 % claimed beside 110 claimed: 110 / 100 = 110 %, a difference of -60 points."""
        percent, done = Claim(ClaimKind.PERCENT, 50, END), Claim(ClaimKind.ACHIEVED, 110, END)
        (finding,) = [f for f in audit(TARGET, FIGURES, [percent, done]) if len(f.claims) == 2]
        assert (
            FindingKind.PERCENT_MISMATCH,
            Severity.ERROR,
            "claimed 50 % as of 31 December 2021, but the claimed 110 gives 110.00 % (110 of 100)",
            _d(50),
            Fraction(110),
            Fraction(-60),
            (Decimal("49.5"), Decimal("50.5")),
            (Fraction(110), Fraction(110)),
            None,
            (percent, done),
        ) == _fields(finding)[:10]


class TestPercentAndMet:
    def test_percent_mismatch(self) -> None:
        """40 + 30 = 70 of 100 by 2020: 70 %, a claim of 50 % (49.5–50.5) is 20 points off."""
        claim = Claim(ClaimKind.PERCENT, 50, dt.date(2020, 12, 31))
        (finding,) = [f for f in audit(TARGET, FIGURES[:2], [claim]) if f.claims]
        assert (
            FindingKind.PERCENT_MISMATCH,
            Severity.ERROR,
            "claimed 50 % as of 31 December 2020, but the figures give 70.00 % (70 of 100)",
            _d(50),
            Fraction(70),
            Fraction(-20),
            (Decimal("49.5"), Decimal("50.5")),
            (Fraction(70), Fraction(70)),
            None,
            (claim,),
        ) == _fields(finding)[:10]

    def test_percent_of_a_decreasing_level(self) -> None:
        """From 8 to 5, now 6: (8 − 6) / (8 − 5) = 66.67 %; the interval runs the right way."""
        target = Target(RATE, 5, baseline=8, period=YEARS)
        claim = Claim(ClaimKind.PERCENT, 90, dt.date(2020, 12, 31))
        figure = Observation(Period.year(2020), 6, resolution="0.2")
        (finding,) = [f for f in audit(target, [figure], [claim]) if f.claims]
        # 6 ± 0.1: 6.1 gives (8 − 6.1) / 3 = 63.33…, 5.9 gives 70 %.
        assert (Fraction(190, 3), Fraction(70)) == finding.computed_interval
        assert Fraction(200, 3) == finding.computed

    def test_met_claim_short_of_the_target(self) -> None:
        """Claimed met at the end of 2020 with 40 + 30 = 70 of 100, every day covered."""
        claim = Claim(ClaimKind.MET, None, dt.date(2020, 12, 31))
        (finding,) = [f for f in audit(TARGET, FIGURES[:2], [claim]) if f.claims]
        assert (
            (
                FindingKind.MET_MISMATCH,
                Severity.ERROR,
                "claimed the target of 100 met as of 31 December 2020, but the figures reach 70",
                None,
                _d(70),
                _d(-30),  # computed − target: 70 − 100
                None,
                (_d(70), _d(70)),
                None,
                (claim,),
            )
            == _fields(finding)[:10]
        )

    def test_met_claim_that_is_met(self) -> None:
        """110 of 100: a met claim gets no finding."""
        assert () == tuple(audit(TARGET, FIGURES, [Claim(ClaimKind.MET, None, END)]))


class TestPeriodValues:
    def test_a_level_for_its_period(self) -> None:
        """A level of 6 for 2020 claimed as 6.5: a difference of 0.5."""
        target = Target(RATE, 5, baseline=8, period=YEARS)
        figures = [Observation(Period.year(2019), 7), Observation(Period.year(2020), 6)]
        claim = Claim(ClaimKind.PERIOD_VALUE, "6.5", END, period=Period.year(2020))
        (finding,) = [f for f in audit(target, figures, [claim]) if f.claims]
        assert (
            FindingKind.PERIOD_VALUE_MISMATCH,
            Severity.ERROR,
            "claimed 6.5 for 2020, but the figures give 6: a difference of 0.5",
            Decimal("6.5"),
            _d(6),
            Decimal("0.5"),
            (Decimal("6.5"), Decimal("6.5")),
            (_d(6), _d(6)),
            None,
            (claim,),
            (figures[1],),
        ) == _fields(finding)[:11]

    def test_a_level_that_agrees(self) -> None:
        """A level of 7 for 2019 claimed as 7: nothing to say."""
        target = Target(RATE, 5, baseline=8, period=YEARS)
        figures = [Observation(Period.year(2019), 7), Observation(Period.year(2020), 6)]
        claim = Claim(ClaimKind.PERIOD_VALUE, 7, END, period=Period.year(2019))
        assert [] == [f for f in audit(target, figures, [claim]) if f.claims]

    def test_unverifiable_with_many_figures_inside(self) -> None:
        """Four monthly figures inside a claimed year: three named, one counted."""
        months = tuple(Observation(Period.month(2020, m), 1) for m in (1, 2, 3, 4))
        claim = Claim(ClaimKind.PERIOD_VALUE, 12, END, period=Period.year(2020))
        (finding,) = [f for f in audit(TARGET, months, [claim]) if f.claims]
        assert (
            "claimed 12 for 2020, but the figures within it (January 2020 (1), February 2020 "
            "(1), March 2020 (1) and 1 more) do not cover exactly that period without overlap, "
            "so the claim cannot be checked against the figures"
        ) == finding.message
        assert (_d(12), (_d(12), _d(12)), months, (Period.year(2020),)) == (
            finding.claimed,
            finding.claimed_interval,
            finding.observations,
            finding.periods,
        )


class TestDoubleCounted:
    def test_fields(self) -> None:
        """2020 (30) and its halves (10, 20) overlap: 40 + 30 + 10 + 20 = 100 agrees, unverifiably."""
        halves = (
            Observation(Period.months(2020, 1, 6), 10),
            Observation(Period.months(2020, 7, 12), 20),
        )
        claim = Claim(ClaimKind.ACHIEVED, 100, dt.date(2020, 12, 31))
        (finding,) = [f for f in audit(TARGET, (Y2019, Y2020, *halves), [claim]) if f.claims]
        assert (
            FindingKind.UNVERIFIABLE_CLAIM,
            Severity.WARNING,
            "the claim as of 31 December 2020 agrees with the figures' total of 100, but that "
            "total counts some days twice: the figures for January–June 2020 (10), "
            "2020 (30), July–December 2020 (20) overlap, so the claim cannot be verified",
            _d(100),
            _d(100),
            None,
            (_d(100), _d(100)),
            (_d(100), _d(100)),
            None,
            (claim,),
            (halves[0], Y2020, halves[1]),  # by end, then by start
            (),
        ) == _fields(finding)

    def test_many_overlapping_figures(self) -> None:
        """Four figures for 2020 over one another: three named, one counted."""
        layers = tuple(Observation(Period.year(2020), v) for v in (1, 2, 3, 4))
        claim = Claim(ClaimKind.ACHIEVED, 50, dt.date(2020, 12, 31))
        (finding,) = [f for f in audit(TARGET, (Y2019, *layers), [claim]) if f.claims]
        assert "the figures for 2020 (1), 2020 (2), 2020 (3) and 1 more overlap" in finding.message

    def test_a_met_claim_on_a_double_count(self) -> None:
        """Claimed met with 40 + 30 + 30 = 100 counting 2020 twice: unverifiable, no interval."""
        again = Observation(Period.year(2020), 30, note="again")
        claim = Claim(ClaimKind.MET, None, dt.date(2020, 12, 31))
        (finding,) = [f for f in audit(TARGET, (Y2019, Y2020, again), [claim]) if f.claims]
        assert (FindingKind.UNVERIFIABLE_CLAIM, None, None) == (
            finding.kind,
            finding.claimed,
            finding.claimed_interval,
        )


class TestArguments:
    @pytest.mark.parametrize(
        ("call", "given", "expected", "where"),
        [
            (lambda: audit("t", [], []), "'t'", "a Target", "audit(target)"),
            (
                lambda: audit(TARGET, 5, []),
                "5",
                "an iterable of Observation",
                "audit(observations)",
            ),
            (lambda: audit(TARGET, [], 5), "5", "an iterable of Claim", "audit(claims)"),
            (lambda: audit(TARGET, [7], []), "7", "an Observation", "audit(observations)[0]"),
            (lambda: audit(TARGET, [], [Y2019]), repr(Y2019), "a Claim", "audit(claims)[0]"),
        ],
    )
    def test_refusals(self, call: object, given: str, expected: str, where: str) -> None:
        """Each refusal names what was given, what was expected and the argument."""
        with pytest.raises(InvalidValueError) as caught:
            call()  # type: ignore[operator]
        assert (given, expected, where) == (
            repr(caught.value.value),
            caught.value.expected,
            caught.value.where,
        )


class TestWording:
    MONTHS = tuple(Observation(Period.month(2020, m), 1) for m in (2, 4, 6))
    YEAR_TARGET = Target(JOBS, 100, period=Period.year(2020))

    def _message(self, figures: tuple[Observation, ...]) -> str:
        claim = Claim(ClaimKind.ACHIEVED, 50, dt.date(2020, 6, 30))
        (finding,) = [f for f in audit(self.YEAR_TARGET, figures, [claim]) if f.claims]
        return finding.message

    def test_two_gaps_joined_with_and(self) -> None:
        """February counted: January (31) and March–June (122) uncovered, 153 days."""
        assert (
            "claimed 50 as of 30 June 2020, 49 more than what the figures add up to (1), but no "
            "counted figure covers January 2020 and March–June 2020 (153 days of the target "
            "period up to 30 June 2020): the figures give a lower bound, not a total, so the "
            "claim cannot be verified from them"
        ) == self._message(self.MONTHS[:1])

    def test_three_gaps_listed_with_commas(self) -> None:
        """February, April and June counted: January, March and May, 31 + 31 + 31 = 93 days."""
        assert "covers January 2020, March 2020 and May 2020 (93 days" in self._message(self.MONTHS)

    def test_a_fraction_shown_to_two_places(self) -> None:
        """1 of 3 is 33.33 %; 50 % claimed is 16.67 points more (50 − 100/3 = 16.666…)."""
        target = Target(JOBS, 3, period=Period.year(2020))
        claim = Claim(ClaimKind.PERCENT, 50, dt.date(2020, 12, 31))
        (finding,) = [
            f
            for f in audit(target, [Observation(Period.months(2020, 1, 6), 1)], [claim])
            if f.claims
        ]
        assert finding.message.startswith(
            "claimed 50 % as of 31 December 2020, 16.67 percentage points more than the 33.33 % "
            "(1 of 3) the figures give, but no counted figure covers July–December 2020 (184 days"
        )

    def test_conflicts_show_the_rounding_of_each_claim(self) -> None:
        """110 ± 5 and 90 ± 5 both rounded; 110 ± 5 and an exact 105 … and no rounding at all."""
        end = dt.date(2020, 12, 31)
        high = Claim(ClaimKind.ACHIEVED, 110, end, resolution=10)
        low = Claim(ClaimKind.ACHIEVED, 90, end, resolution=10)
        exact, other = Claim(ClaimKind.ACHIEVED, 50, end), Claim(ClaimKind.ACHIEVED, 60, end)
        figures = [Observation(Period.year(2020), 1)]
        messages = {
            f.claims: f.message
            for f in audit(self.YEAR_TARGET, figures, [high, low, exact, other])
            if f.kind is FindingKind.CLAIM_CONFLICT
        }
        assert (
            "110 and 90 are both claimed as of 31 December 2020 (given the rounding: 105 to 115 "
            "for 110; 85 to 95 for 90); they contradict each other"
        ) == messages[(high, low)]
        assert (
            "110 and 50 are both claimed as of 31 December 2020 (given the rounding: 105 to 115 "
            "for 110); they contradict each other"
        ) == messages[(high, exact)]
        assert (
            "50 and 60 are both claimed as of 31 December 2020; they contradict each other"
        ) == messages[(exact, other)]


class TestOverlapSearch:
    def test_an_overlap_behind_a_later_start_is_found(self) -> None:
        """March, April and the whole of 2020: the year overlaps both months, two findings.

        Sorted by end, April (starting after March ends) used to stop the search from
        March before it reached the year, so March and 2020 went unreported.
        """
        march, april = Observation(Period.month(2020, 3), 1), Observation(Period.month(2020, 4), 1)
        year = Observation(Period.year(2020), 5)
        target = Target(JOBS, 100, period=Period.year(2020))
        overlaps = [
            f for f in audit(target, [march, april, year], []) if f.kind is FindingKind.OVERLAP
        ]
        assert {(year, march, Period.month(2020, 3)), (year, april, Period.month(2020, 4))} == {
            (*f.observations, f.periods[0]) for f in overlaps
        }
