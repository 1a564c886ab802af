"""Tests for pledgekit.methods.sakip: scores to grades AA … D (PermenPANRB 88/2021)."""

from __future__ import annotations

import decimal
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pledgekit import InvalidValueError
from pledgekit.methods.sakip import LowerBound, SakipGrade, grade

scores = st.fractions(min_value=0, max_value=100, max_denominator=10_000)


class TestMeanings:
    def test_meanings_in_the_regulation_words(self):
        """AA Sangat Memuaskan … D Sangat Kurang, best first."""
        expected = [
            ("AA", "Sangat Memuaskan"),
            ("A", "Memuaskan"),
            ("BB", "Sangat Baik"),
            ("B", "Baik"),
            ("CC", "Cukup (Memadai)"),
            ("C", "Kurang"),
            ("D", "Sangat Kurang"),
        ]
        assert expected == [(g.value, g.meaning) for g in SakipGrade]

    def test_lower_bounds(self):
        """The printed ranges open above 90, 80, 70, 60, 50 and 30; D starts at 0."""
        assert [90, 80, 70, 60, 50, 30, 0] == [g.lower_bound for g in SakipGrade]


class TestStrictBounds:
    @pytest.mark.parametrize(
        ("score", "expected"),
        [
            (Fraction(9001, 100), SakipGrade.AA),
            (90, SakipGrade.A),
            (Fraction(8001, 100), SakipGrade.A),
            (80, SakipGrade.BB),
            (Fraction(7001, 100), SakipGrade.BB),
            (70, SakipGrade.B),
            (Fraction(6001, 100), SakipGrade.B),
            (60, SakipGrade.CC),
            (Fraction(5001, 100), SakipGrade.CC),
            (50, SakipGrade.C),
            (Fraction(3001, 100), SakipGrade.C),
            (30, SakipGrade.D),
        ],
    )
    def test_each_bound_on_both_sides(self, score, expected):
        """A bound belongs to the grade below it ("> 90 – 100" is AA); 0.01 above it to the grade above."""
        assert expected == grade(score)

    @pytest.mark.parametrize(("score", "expected"), [(100, SakipGrade.AA), (0, SakipGrade.D)])
    def test_ends_of_the_scale(self, score, expected):
        """100 is AA and 0 is D."""
        assert expected == grade(score)

    def test_decimal_and_string(self):
        """Decimal and decimal strings are read exactly: "90.0001" is AA."""
        assert (SakipGrade.AA, SakipGrade.BB) == (grade("90.0001"), grade(Decimal("72.35")))


class TestInclusiveBounds:
    @pytest.mark.parametrize(
        ("score", "expected"),
        [
            (90, SakipGrade.AA),
            (Fraction(8999, 100), SakipGrade.A),
            (80, SakipGrade.A),
            (Fraction(7999, 100), SakipGrade.BB),
            (70, SakipGrade.BB),
            (Fraction(6999, 100), SakipGrade.B),
            (60, SakipGrade.B),
            (Fraction(5999, 100), SakipGrade.CC),
            (50, SakipGrade.CC),
            (Fraction(4999, 100), SakipGrade.C),
            (30, SakipGrade.C),
            (Fraction(2999, 100), SakipGrade.D),
        ],
    )
    def test_each_bound_on_both_sides(self, score, expected):
        """With ">=", a bound belongs to the grade above it; 0.01 below it to the grade below."""
        assert expected == grade(score, lower_bound=LowerBound.INCLUSIVE)

    def test_zero_is_d(self):
        """0 is D under either policy."""
        assert SakipGrade.D == grade(0, lower_bound=LowerBound.INCLUSIVE)


class TestBadInput:
    @pytest.mark.parametrize("score", [-1, Fraction(-1, 100), "100.01", 101])
    def test_outside_0_to_100(self, score):
        """Scores outside 0–100 are refused."""
        with pytest.raises(InvalidValueError, match="a score from 0 to 100"):
            grade(score)

    @pytest.mark.parametrize("score", [85.0, True, None, "A"])
    def test_not_an_exact_number(self, score):
        """Floats, booleans, None and non-numeric text are refused."""
        with pytest.raises(InvalidValueError, match=r"grade\(score\)"):
            grade(score)

    def test_bad_lower_bound(self):
        """The lower bound must be a LowerBound."""
        with pytest.raises(InvalidValueError, match="LowerBound"):
            grade(50, lower_bound=">=")  # type: ignore[arg-type]


class TestProperties:
    @given(a=scores, b=scores, policy=st.sampled_from(LowerBound))
    def test_monotone(self, a, b, policy):
        """A higher score never gets a worse grade."""
        order = list(SakipGrade)  # best first
        low, high = sorted((a, b))
        assert order.index(grade(high, lower_bound=policy)) <= order.index(
            grade(low, lower_bound=policy)
        )

    @given(score=scores)
    def test_policies_differ_only_on_bounds(self, score):
        """Strict and inclusive agree everywhere except exactly on a bound above 0."""
        bounds = {g.lower_bound for g in SakipGrade} - {0}
        same = grade(score) == grade(score, lower_bound=LowerBound.INCLUSIVE)
        assert same == (score not in bounds)


# A caller's context that rounds everything it touches: 5 digits, toward −∞, tiny exponents.
HOSTILE = {"prec": 5, "rounding": decimal.ROUND_FLOOR, "Emax": 10, "Emin": -10}
TINY = "0." + "0" * 29 + "1"  # 10⁻³⁰, the last digit an amount may have
BOUNDS = [  # (bound, the grade above it, the grade below it)
    (90, SakipGrade.AA, SakipGrade.A),
    (80, SakipGrade.A, SakipGrade.BB),
    (70, SakipGrade.BB, SakipGrade.B),
    (60, SakipGrade.B, SakipGrade.CC),
    (50, SakipGrade.CC, SakipGrade.C),
    (30, SakipGrade.C, SakipGrade.D),
]


def _by_hand(score, policy):
    """The grade from its definition: the first bound the score passes (> or >=)."""
    for bound, above, _ in BOUNDS:
        if score > bound or (policy is LowerBound.INCLUSIVE and score == bound):
            return above
    return SakipGrade.D


class TestBoundsToTheLastDigit:
    @pytest.mark.parametrize(("bound", "above", "below"), BOUNDS)
    def test_strict(self, bound, above, below):
        """Strict: the bound is the grade below; bound + 10⁻³⁰, given as a 30-place string, the grade above."""
        assert (below, above) == (grade(bound), grade(f"{bound}{TINY[1:]}"))

    @pytest.mark.parametrize(("bound", "above", "below"), BOUNDS)
    def test_inclusive(self, bound, above, below):
        """Inclusive: the bound is the grade above; bound − 10⁻³⁰ the grade below."""
        policy = LowerBound.INCLUSIVE
        just_below = f"{bound - 1}.{'9' * 30}"  # bound − 10⁻³⁰, written out
        assert (above, below) == (
            grade(bound, lower_bound=policy),
            grade(just_below, lower_bound=policy),
        )


class TestCallerContext:
    @given(
        whole=st.integers(0, 99),
        part=st.integers(0, 10**30 - 1),
        policy=st.sampled_from(LowerBound),
    )
    def test_grade_ignores_the_callers_context(self, whole, part, policy):
        """Scores with 30 fraction digits grade under prec 5 / ROUND_FLOOR as their exact value does."""
        score = Decimal(f"{whole}.{part:030d}")
        with decimal.localcontext(**HOSTILE):
            actual = grade(score, lower_bound=policy)
        assert _by_hand(Fraction(whole) + Fraction(part, 10**30), policy) == actual

    @pytest.mark.parametrize(("bound", "above", "below"), BOUNDS)
    def test_bounds_under_the_callers_context(self, bound, above, below):
        """Just above a bound is the grade above, even when the caller rounds to 5 digits toward −∞."""
        with decimal.localcontext(**HOSTILE):
            actual = grade(f"{bound}{TINY[1:]}")
        assert above == actual
