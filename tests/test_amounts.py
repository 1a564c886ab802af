"""Tests for exact amounts: conversion, validation, exact sums and display rounding."""

from __future__ import annotations

import decimal
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pledgekit import (
    InexactResultError,
    InvalidValueError,
    PledgekitError,
    Rounding,
    add_amounts,
    round_fraction,
    subtract_amounts,
    to_amount,
)
from pledgekit._amounts import exact_text, first_band

amounts = st.decimals(
    allow_nan=False, allow_infinity=False, places=4, min_value=-(10**12), max_value=10**12
)


class TestToAmount:
    @pytest.mark.parametrize(
        ("given", "expected"),
        [
            (150000, Decimal(150000)),
            ("27197", Decimal(27197)),
            ("-0.5", Decimal("-0.5")),
            (" 12 ", Decimal(12)),
            (Decimal("5.10"), Decimal("5.10")),
            ("1e3", Decimal(1000)),
        ],
    )
    def test_accepts_exact_values(self, given: object, expected: Decimal) -> None:
        """Ints, decimal strings and Decimals convert to the same exact number."""
        assert expected == to_amount(given)

    def test_keeps_trailing_zeros(self) -> None:
        """The digits as reported are kept: 5.10 stays 5.10, not 5.1."""
        assert (0, (5, 1, 0), -2) == to_amount("5.10").as_tuple()

    @pytest.mark.parametrize(
        "given",
        [
            1.5,
            True,
            False,
            None,
            [1],
            "abc",
            "",
            "1_000",
            "1,5",
            "0x10",
            "NaN",
            "inf",
            "-Infinity",
            Decimal("NaN"),
            Decimal("sNaN"),
            Decimal("Infinity"),
        ],
    )
    def test_refuses_inexact_or_non_numeric(self, given: object) -> None:
        """Floats, bools, non-numbers, NaN and infinities are refused."""
        with pytest.raises(InvalidValueError) as info:
            to_amount(given, where="Target.value")
        assert "Target.value" in str(info.value)
        assert info.value.value is given

    @pytest.mark.parametrize("given", ["١٢٣", "１２", "۴٠٠"])
    def test_refuses_non_ascii_digits(self, given: str) -> None:
        """Only ASCII digits make a plain decimal string (as pledgekit.text also reads them)."""
        with pytest.raises(InvalidValueError, match="plain decimal string"):
            to_amount(given)

    def test_float_message_says_why(self) -> None:
        """The float refusal says that floats are not exact."""
        with pytest.raises(InvalidValueError, match="not exact"):
            to_amount(0.1)

    @pytest.mark.parametrize(
        "given",
        [
            "1e999999999",
            "1e-999999999",
            "1" * 31,
            "0." + "1" * 31,
            10**30,
            Decimal("1E+30"),
            "0e-31",
            "9" * 101,
        ],
    )
    def test_refuses_absurd_sizes(self, given: object) -> None:
        """Hostile sizes are refused before any computation."""
        with pytest.raises(InvalidValueError):
            to_amount(given)

    def test_largest_accepted_sizes(self) -> None:
        """Thirty digits on either side of the point are still accepted."""
        text = "9" * 30 + "." + "9" * 30
        assert Decimal(text) == to_amount(text)

    def test_error_is_a_value_error(self) -> None:
        """Callers catching ValueError or PledgekitError both catch the refusal."""
        with pytest.raises(ValueError):  # noqa: PT011
            to_amount("x")
        with pytest.raises(PledgekitError):
            to_amount("x")


class TestExactArithmetic:
    def test_sum_of_bekasi_years(self) -> None:
        """27,197 + 56,000 + 58,000 + 5,108 = 146,305."""
        values = [Decimal(27197), Decimal(56000), Decimal(58000), Decimal(5108)]
        assert Decimal(146305) == add_amounts(values)

    def test_sum_with_start(self) -> None:
        """The start value is included: 10 + 1.5 + 2.25 = 13.75."""
        assert Decimal("13.75") == add_amounts([Decimal("1.5"), Decimal("2.25")], start=Decimal(10))

    def test_sum_that_default_context_would_round(self) -> None:
        """10**29 + 10**-29 needs 59 digits; the default 28-digit context would lose the tail."""
        big, small = to_amount(10**29), to_amount("1e-29")
        assert Decimal(
            "100000000000000000000000000000.00000000000000000000000000001"
        ) == add_amounts([big, small])

    def test_inexact_sum_raises(self) -> None:
        """A sum beyond the exact context raises instead of rounding."""
        with pytest.raises(InexactResultError) as info:
            add_amounts([Decimal("1e200"), Decimal("1e-200")])
        assert "the sum" in str(info.value)

    def test_inexact_difference_raises(self) -> None:
        """A difference beyond the exact context raises instead of rounding."""
        with pytest.raises(InexactResultError):
            subtract_amounts(Decimal("1e200"), Decimal("1e-200"))

    def test_difference(self) -> None:
        """150,000 − 141,624 = 8,376."""
        assert Decimal(8376) == subtract_amounts(Decimal(150000), Decimal(141624))

    @given(st.lists(amounts, max_size=20))
    def test_sum_is_exact(self, values: list[Decimal]) -> None:
        """The sum equals the exact rational sum of its parts."""
        assert sum((Fraction(v) for v in values), Fraction(0)) == Fraction(add_amounts(values))

    @given(amounts, amounts)
    def test_difference_undoes_sum(self, a: Decimal, b: Decimal) -> None:
        """(a + b) − b == a exactly."""
        assert a == subtract_amounts(add_amounts([a, b]), b)


class TestRoundFraction:
    @pytest.mark.parametrize(
        ("value", "places", "rounding", "expected"),
        [
            # 146305 / 150000 × 100 = 97.5366…: rounds to 97.54.
            (Fraction(146305, 1500), 2, decimal.ROUND_HALF_UP, "97.54"),
            # 141624 / 150000 × 100 = 94.416: rounds to 94.42.
            (Fraction(141624, 1500), 2, decimal.ROUND_HALF_UP, "94.42"),
            (Fraction(1, 8), 2, decimal.ROUND_HALF_UP, "0.13"),
            (Fraction(1, 8), 2, decimal.ROUND_HALF_EVEN, "0.12"),
            (Fraction(1, 8), 2, decimal.ROUND_HALF_DOWN, "0.12"),
            (Fraction(-1, 8), 2, decimal.ROUND_HALF_UP, "-0.13"),
            (Fraction(-1, 8), 2, decimal.ROUND_CEILING, "-0.12"),
            (Fraction(-1, 8), 2, decimal.ROUND_FLOOR, "-0.13"),
            (Fraction(1, 3), 2, decimal.ROUND_UP, "0.34"),
            (Fraction(1, 3), 2, decimal.ROUND_DOWN, "0.33"),
            # ROUND_05UP rounds away from zero only when the last kept digit is 0 or 5.
            (Fraction(1051, 10000), 2, decimal.ROUND_05UP, "0.11"),
            (Fraction(1, 1000), 0, decimal.ROUND_HALF_UP, "0"),
            (Fraction(1250), -2, decimal.ROUND_HALF_UP, "1.3E+3"),
            (7, 0, decimal.ROUND_HALF_UP, "7"),
            # −0.001 rounds to zero, shown without a sign rather than as −0.00.
            (Fraction(-1, 1000), 2, decimal.ROUND_HALF_UP, "0.00"),
        ],
    )
    def test_rounds_like_decimal(
        self, value: Fraction, places: int, rounding: str, expected: str
    ) -> None:
        """Each mode rounds the exact value as the decimal module defines it."""
        assert Decimal(expected) == round_fraction(value, places, rounding)
        assert (
            Decimal(expected).as_tuple().exponent
            == round_fraction(value, places, rounding).as_tuple().exponent
        )

    @given(
        st.fractions(max_denominator=10**6),
        st.integers(0, 6),
        st.sampled_from(
            sorted(
                {
                    decimal.ROUND_HALF_UP,
                    decimal.ROUND_HALF_EVEN,
                    decimal.ROUND_FLOOR,
                    decimal.ROUND_CEILING,
                    decimal.ROUND_UP,
                    decimal.ROUND_DOWN,
                    decimal.ROUND_HALF_DOWN,
                    decimal.ROUND_05UP,
                }
            )
        ),
    )
    def test_agrees_with_high_precision_decimal(
        self, value: Fraction, places: int, rounding: str
    ) -> None:
        """Rounding a fraction agrees with rounding its 200-digit expansion when that is exact enough."""
        with decimal.localcontext(decimal.Context(prec=200)):
            wide = Decimal(value.numerator) / Decimal(value.denominator)
            expected = wide.quantize(Decimal(1).scaleb(-places), rounding=rounding)
        # The 200-digit expansion can only mislead at an exact tie, which it also represents
        # exactly when the denominator divides a power of ten; otherwise no tie is possible.
        assert expected == round_fraction(value, places, rounding)

    @given(st.fractions(max_denominator=10**6), st.integers(0, 6))
    def test_within_half_a_step(self, value: Fraction, places: int) -> None:
        """A rounded value is never more than half a step from the exact one."""
        rounded = round_fraction(value, places)
        assert abs(Fraction(rounded) - value) <= Fraction(1, 2 * 10**places)

    @pytest.mark.parametrize(
        ("places", "rounding"),
        [
            (1.5, decimal.ROUND_HALF_UP),
            (True, decimal.ROUND_HALF_UP),
            (41, decimal.ROUND_HALF_UP),
            (2, "HALF"),
        ],
    )
    def test_bad_arguments(self, places: object, rounding: str) -> None:
        """Places must be a whole number in range and rounding a decimal mode."""
        with pytest.raises(InvalidValueError):
            round_fraction(Fraction(1, 3), places, rounding)  # type: ignore[arg-type]


class TestExactInputsOnly:
    @pytest.mark.parametrize(
        ("value", "why"),
        [
            (2.675, "floats are refused"),
            (True, "expected a Fraction, an int or a finite Decimal"),
            (Decimal("NaN"), "finite"),
            (Decimal("Infinity"), "finite"),
            (None, "expected a Fraction"),
            ("half", "expected a Fraction"),
            (Decimal("1e999999"), "at most 30 digits"),
        ],
    )
    def test_round_fraction_refuses(self, value: object, why: str) -> None:
        """2.675 is really 2.67499…: a float would round to 2.67, so it is refused, as are NaN and words."""
        with pytest.raises(InvalidValueError, match=why):
            round_fraction(value, 2)  # type: ignore[arg-type]

    def test_round_fraction_accepts_a_decimal(self) -> None:
        """A finite Decimal is exact: 2.675 as a Decimal rounds half-up to 2.68."""
        assert Decimal("2.68") == round_fraction(Decimal("2.675"), 2)

    @pytest.mark.parametrize(
        ("values", "where"),
        [
            (5, r"add_amounts\(values\): got 5"),
            (None, r"add_amounts\(values\): got None"),
            ("123", r"add_amounts\(values\): got .123."),
            ([Decimal(1), 0.5], r"add_amounts\(values\)\[1\]"),
            ([None], r"add_amounts\(values\)\[0\]"),
            ([Decimal("NaN")], r"add_amounts\(values\)\[0\]"),
            ([True], r"add_amounts\(values\)\[0\]"),
        ],
    )
    def test_add_amounts_refuses(self, values: object, where: str) -> None:
        """A non-iterable, a float, None or NaN is an InvalidValueError naming the place."""
        with pytest.raises(InvalidValueError, match=where):
            add_amounts(values)  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        ("a", "b", "where"),
        [
            (1.5, Decimal(1), "minuend"),
            (Decimal(1), None, "subtrahend"),
            (Decimal("sNaN"), Decimal(1), "minuend"),
        ],
    )
    def test_subtract_amounts_refuses(self, a: object, b: object, where: str) -> None:
        """Either operand that is not a finite Decimal or int is refused by name."""
        with pytest.raises(InvalidValueError, match=where):
            subtract_amounts(a, b)  # type: ignore[arg-type]

    def test_ints_are_exact_operands(self) -> None:
        """Ints are exact, so they are accepted as they are."""
        assert Decimal(10**40 + 1) == add_amounts([10**40, 1])  # type: ignore[list-item]


SIZE = "an amount with at most 30 digits before and 30 after the decimal point"
NOT_EXACT = " (floats are refused because they are not exact)"


class TestErrorsSayWhatWhereAndWhy:
    @pytest.mark.parametrize(
        ("call", "value", "expected", "where"),
        [
            (
                lambda: to_amount(1.5, where="w"),
                1.5,
                "an int, a decimal string or a Decimal" + NOT_EXACT,
                "w",
            ),
            (
                lambda: to_amount(None, where="w"),
                None,
                "an int, a decimal string or a Decimal",
                "w",
            ),
            (
                lambda: to_amount("1,5", where="w"),
                "1,5",
                "a plain decimal string such as '150000' or '-2.5'",
                "w",
            ),
            (
                lambda: to_amount("4e9999999999999999999", where="w"),
                "4e9999999999999999999",
                SIZE,
                "w",
            ),
            (lambda: to_amount(10**30, where="w"), 10**30, SIZE, "w"),
            (lambda: to_amount(2**121, where="w"), 2**121, SIZE, "w"),
            (
                lambda: to_amount(Decimal("NaN"), where="w"),
                Decimal("NaN"),
                "a finite amount (not NaN or infinity)",
                "w",
            ),
            (lambda: to_amount(Decimal("0E+31"), where="w"), Decimal("0E+31"), SIZE, "w"),
            (lambda: to_amount(Decimal("0E-31"), where="w"), Decimal("0E-31"), SIZE, "w"),
            (
                lambda: add_amounts([1.5]),
                1.5,
                "a finite Decimal or an int" + NOT_EXACT,
                "add_amounts(values)[0]",
            ),
            (
                lambda: add_amounts([], start=None),
                None,
                "a finite Decimal or an int",
                "add_amounts(start)",
            ),
            (lambda: add_amounts(7), 7, "an iterable of Decimals", "add_amounts(values)"),
            (
                lambda: subtract_amounts(0.5, Decimal(1)),
                0.5,
                "a finite Decimal or an int" + NOT_EXACT,
                "subtract_amounts(minuend)",
            ),
            (
                lambda: subtract_amounts(Decimal(1), "2"),
                "2",
                "a finite Decimal or an int",
                "subtract_amounts(subtrahend)",
            ),
            (
                lambda: round_fraction(0.5),
                0.5,
                "a Fraction, an int or a finite Decimal" + NOT_EXACT,
                "round_fraction(value)",
            ),
            (
                lambda: round_fraction("x"),
                "x",
                "a Fraction, an int or a finite Decimal",
                "round_fraction(value)",
            ),
            (
                lambda: round_fraction(Decimal("1e31")),
                Decimal("1e31"),
                SIZE,
                "round_fraction(value)",
            ),
            (
                lambda: round_fraction(1, 41),
                41,
                "a whole number of places from -40 to 40",
                "places",
            ),
            (
                lambda: round_fraction(1, 2, "UP"),
                "UP",
                "a rounding mode of the decimal module",
                "rounding_mode",
            ),
            (
                lambda: round_fraction(1, 2, []),  # type: ignore[arg-type]
                [],
                "a rounding mode of the decimal module",
                "rounding_mode",
            ),
        ],
    )
    def test_error_fields(self, call: object, value: object, expected: str, where: str) -> None:
        """Each refusal carries what was given, what was expected and where, word for word."""
        with pytest.raises(InvalidValueError) as caught:
            call()  # type: ignore[operator]
        assert (repr(value), expected, where) == (  # repr: NaN is not equal to itself
            repr(caught.value.value),
            caught.value.expected,
            caught.value.where,
        )

    def test_inexact_error_names_operation_and_operands(self) -> None:
        """An inexact sum names the operation and every operand, start first."""
        big, tiny = Decimal("1e99"), Decimal("1e-99")
        with pytest.raises(InexactResultError) as caught:
            add_amounts([big, tiny], start=Decimal(1))
        assert ("the sum", (Decimal(1), big, tiny)) == (
            caught.value.operation,
            caught.value.operands,
        )
        with pytest.raises(InexactResultError) as caught:
            subtract_amounts(big, tiny)
        assert ("the difference", (big, tiny)) == (caught.value.operation, caught.value.operands)


class TestEdges:
    def test_longest_accepted_text(self) -> None:
        """Text of 100 characters is read; 101 is refused before parsing."""
        text = "0" * 68 + "1." + "0" * 30
        assert 100 == len(text)
        assert Decimal(1) == to_amount(text)
        with pytest.raises(InvalidValueError):
            to_amount("0" + text)

    @pytest.mark.parametrize(
        ("places", "expected"), [(-40, Decimal("0E+40")), (40, Decimal("0." + "3" * 40))]
    )
    def test_extreme_places_accepted(self, places: int, expected: Decimal) -> None:
        """Places from -40 to 40 inclusive are accepted: 1/3 to 40 places, and to 10**40."""
        actual = round_fraction(Fraction(1, 3), places)
        assert expected.as_tuple() == actual.as_tuple()

    @pytest.mark.parametrize("places", [-41, 41])
    def test_places_beyond_forty_refused(self, places: int) -> None:
        """-41 and 41 places are refused."""
        with pytest.raises(InvalidValueError):
            round_fraction(Fraction(1, 3), places)

    def test_default_places_is_zero(self) -> None:
        """Without places, 2/3 rounds half-up to the unit: 1."""
        assert "1" == str(round_fraction(Fraction(2, 3)))

    @pytest.mark.parametrize(
        ("value", "mode", "expected"),
        [
            (Fraction(4, 1000), "ROUND_UP", "0.01"),
            (Fraction(4, 1000), "ROUND_CEILING", "0.01"),
            (Fraction(-4, 1000), "ROUND_FLOOR", "-0.01"),
            (Fraction(-4, 1000), "ROUND_HALF_UP", "0.00"),
            (Fraction(-5, 1000), "ROUND_HALF_UP", "-0.01"),
            (Fraction(-5, 1000), "ROUND_HALF_DOWN", "0.00"),
            (Fraction(15, 1000), "ROUND_HALF_EVEN", "0.02"),
            (Fraction(25, 1000), "ROUND_HALF_EVEN", "0.02"),
            (Fraction(0), "ROUND_FLOOR", "0.00"),
        ],
    )
    def test_small_values_by_hand(self, value: Fraction, mode: str, expected: str) -> None:
        """Values below one step round by the mode, and a zero result is "0.00", never "-0.00"."""
        assert expected == str(round_fraction(value, 2, mode))

    @pytest.mark.parametrize(
        ("value", "resolution", "expected"),
        [
            ("56000", "1000", (Decimal(55500), Decimal(56500))),
            ("0.5", "0.1", (Decimal("0.45"), Decimal("0.55"))),
            ("7", None, (Decimal(7), Decimal(7))),
        ],
    )
    def test_nearest_interval_by_hand(
        self, value: str, resolution: str | None, expected: tuple[Decimal, Decimal]
    ) -> None:
        """NEAREST: half a step either side; no resolution, the figure itself."""
        step = None if resolution is None else Decimal(resolution)
        assert expected == Rounding.NEAREST.interval(Decimal(value), step)

    def test_down_interval_by_hand(self) -> None:
        """DOWN: "141 ribu" is 141,000 up to 142,000."""
        assert (Decimal(141000), Decimal(142000)) == Rounding.DOWN.interval(
            Decimal(141000), Decimal(1000)
        )

    def test_half_of_a_sixty_digit_step_is_exact(self) -> None:
        """Half of a 60-digit resolution keeps every digit even under prec=5."""
        step = Decimal("1" * 30 + "." + "1" * 30)
        with decimal.localcontext(prec=5):
            low, high = Rounding.NEAREST.interval(Decimal(0), step)
        assert Fraction(step) / 2 == Fraction(high)
        assert -Fraction(step) / 2 == Fraction(low)


class TestZeroExponents:
    @pytest.mark.parametrize("text", ["0E+30", "0E-30", "0.000000000000000000000000000000"])
    def test_zeros_at_the_limits_are_accepted(self, text: str) -> None:
        """A zero written with 30 places either side is within the limits and kept as written."""
        assert Decimal(text).as_tuple() == to_amount(Decimal(text)).as_tuple()


class TestChangedDefaultContext:
    def test_round_fraction_ignores_a_changed_default_context(self) -> None:
        """A program that narrowed decimal.DefaultContext (Emax 5, every trap on) changes nothing.

        decimal.Context() takes every field it is not given from DefaultContext, so
        round_fraction sets them all: (10**29 + 1) / 3 to two places is
        33333333333333333333333333333.67, half-up.
        """
        default = decimal.DefaultContext
        saved = (default.prec, default.rounding, default.Emax, default.Emin, dict(default.traps))
        try:
            default.Emax, default.Emin = 5, -5
            for signal in (decimal.Inexact, decimal.Rounded, decimal.Subnormal, decimal.Clamped):
                default.traps[signal] = True
            actual = round_fraction(Fraction(10**29 + 1, 3), 2)
        finally:
            default.prec, default.rounding, default.Emax, default.Emin = saved[:4]
            for signal, trapped in saved[4].items():
                default.traps[signal] = trapped
        assert Decimal("3" * 29 + ".67") == actual


class TestExactText:
    """exact_text writes an exact number in plain text, the same under any context."""

    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            (Decimal("1E+3"), "1000"),
            (Decimal("141.624"), "141.624"),
            (Decimal("-0"), "0"),
            (Decimal("-0.00"), "0.00"),
            (Decimal("-2.50"), "-2.50"),
            (Decimal("1E-7"), "0.0000001"),
            (8276, "8276"),
            (Fraction(-1, 3), "-1/3"),
            (Fraction(5), "5/1"),
            (None, None),
        ],
    )
    def test_examples(self, value: Decimal | Fraction | int | None, expected: str | None) -> None:
        """Plain digits, no exponent, no "-0"; a Fraction as numerator/denominator."""
        assert expected == exact_text(value)

    @pytest.mark.parametrize(
        ("value", "expected"),
        [(Fraction(1, 8), "0.13"), (Fraction(-1, 1000), "0.00"), (Fraction(3), "3.00")],
    )
    def test_fraction_places_round_half_up(self, value: Fraction, expected: str) -> None:
        """With fraction_places a Fraction is rounded half-up (1/8 → 0.13), never to "-0.00"."""
        assert expected == exact_text(value, fraction_places=2)

    def test_fraction_places_leave_decimals_exact(self) -> None:
        """fraction_places rounds only Fractions: an amount is always written whole."""
        assert "1.23456" == exact_text(Decimal("1.23456"), fraction_places=2)

    @given(st.decimals(allow_nan=False, allow_infinity=False, places=30, max_value=10**30))
    def test_reads_back_exactly_under_a_hostile_context(self, value: Decimal) -> None:
        """Decimal(exact_text(x)) == x with no exponent, under prec=5 and ROUND_FLOOR."""
        with decimal.localcontext(decimal.Context(prec=5, rounding=decimal.ROUND_FLOOR)):
            text = exact_text(value)
        assert "E" not in text.upper()
        assert not text.startswith("-") or value < 0
        assert value == Decimal(text)

    @given(st.fractions())
    def test_fractions_read_back_exactly(self, value: Fraction) -> None:
        """Fraction(exact_text(f)) == f."""
        assert value == Fraction(exact_text(value))

    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            (Fraction(19, 20), "0.95"),  # 20 = 2² × 5: two places
            (Fraction(40), "40"),
            (Fraction(-1, 8), "-0.125"),  # 8 = 2³: three places
            (Fraction(1, 3), "1/3"),  # 3 divides no power of ten
            (Fraction(7, 1464), "7/1464"),  # 1464 = 2³ × 3 × 61
        ],
    )
    def test_decimal_if_exact(self, value: Fraction, expected: str) -> None:
        """A Fraction a decimal holds is written as that decimal; any other as num/den."""
        assert expected == exact_text(value, decimal_if_exact=True)

    @given(st.fractions(), st.integers(0, 12), st.integers(0, 12))
    def test_decimal_if_exact_reads_back(self, value: Fraction, twos: int, fives: int) -> None:
        """Fraction(exact_text(f, decimal_if_exact=True)) == f, and is a decimal iff 2s and 5s."""
        value = value / (2**twos * 5**fives)
        text = exact_text(value, decimal_if_exact=True)
        assert value == Fraction(text)
        rest = value.denominator // (2 ** _power(value.denominator, 2))
        rest //= 5 ** _power(rest, 5)
        assert ("/" not in text) == (rest == 1)


def _power(number: int, prime: int) -> int:
    """How many times ``prime`` divides ``number``."""
    count = 0
    while number % prime == 0:
        number //= prime
        count += 1
    return count


class TestFirstBand:
    """first_band picks the first band, highest first, whose lower bound is reached."""

    BANDS = ((Fraction(95, 100), "high"), (Fraction(60, 100), "medium"), (Fraction(0), "low"))

    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            (Fraction(95, 100), "high"),  # a bound belongs to its band
            (Fraction(94, 100), "medium"),
            (Fraction(60, 100), "medium"),
            (Fraction(0), "low"),
            (Fraction(-1, 10**40), "below"),
        ],
    )
    def test_bounds_belong_to_their_band(self, value: Fraction, expected: str) -> None:
        """0.95 is high, 0.94 medium, 0 low, anything under 0 below."""
        assert expected == first_band(value, self.BANDS, "below")

    def test_no_bands(self) -> None:
        """With no band every value is below."""
        assert "below" == first_band(Fraction(10), (), "below")

    @given(st.fractions(), st.lists(st.fractions(), max_size=4))
    def test_is_the_highest_band_reached(self, value: Fraction, bounds: list[Fraction]) -> None:
        """The label is the index of the first (highest) bound at or under the value."""
        ordered = sorted(bounds, reverse=True)
        reached = [i for i, bound in enumerate(ordered) if value >= bound]
        expected = reached[0] if reached else -1
        assert expected == first_band(value, [(b, i) for i, b in enumerate(ordered)], -1)
