"""Tests for the error hierarchy and its messages."""

from __future__ import annotations

import pytest

from pledgekit import (
    DataFileError,
    InexactResultError,
    InvalidValueError,
    ParseError,
    PledgekitError,
    UnitMismatchError,
)
from pledgekit.exceptions import Problem


class TestHierarchy:
    @pytest.mark.parametrize(
        ("error", "builtin"),
        [
            (InvalidValueError(1, "two"), ValueError),
            (ParseError("x", "no digits", "a number"), ValueError),
            (UnitMismatchError("orang", "%"), TypeError),
            (InexactResultError("the sum", [1, 2]), ArithmeticError),
            (DataFileError("case.toml", [("line 3", "bad")]), ValueError),
        ],
    )
    def test_each_error_is_also_a_builtin(
        self, error: PledgekitError, builtin: type[Exception]
    ) -> None:
        """Every error is a PledgekitError and the matching built-in exception."""
        assert isinstance(error, PledgekitError)
        assert isinstance(error, builtin)


class TestMessages:
    def test_invalid_value(self) -> None:
        """The message names where, what was given and what was expected."""
        error = InvalidValueError(1.5, "an int", "Target.value")
        assert "Target.value: got 1.5 (float); expected an int" == str(error)
        assert (1.5, "an int", "Target.value") == (error.value, error.expected, error.where)

    def test_long_values_are_shortened(self) -> None:
        """A huge given value is cut in the message but kept whole in the attribute."""
        error = InvalidValueError("9" * 500, "a small number")
        assert len(str(error)) < 150
        assert "9" * 500 == error.value

    def test_a_long_path_keeps_its_file_name(self) -> None:
        """The middle of a long value is cut, not its end: a deep path keeps its file name.

        The repr is 1 + 1 + 200 + 9 + 1 = 212 characters; 38 are kept from its start
        (the quote, the slash and 36 letters) and 39 from its end (29 letters and
        ``/form.pdf'``).
        """
        error = InvalidValueError("/" + "a" * 200 + "/form.pdf", "a file name ending in .xlsx")
        assert str(error) == (
            "got '/" + "a" * 36 + "..." + "a" * 29 + "/form.pdf' (str); "
            "expected a file name ending in .xlsx"
        )

    def test_parse_error(self) -> None:
        """A parse error says how the text would be read and what is accepted."""
        error = ParseError(
            "111,727", "a comma followed by three digits is ambiguous", "111.727 or 111,7"
        )
        assert (
            "cannot read '111,727': a comma followed by three digits is ambiguous; expected 111.727 or 111,7"
            == str(error)
        )

    def test_unit_mismatch(self) -> None:
        """The unit error names both units."""
        error = UnitMismatchError("orang", "%", "observations[2]")
        assert "observations[2]: got an amount in '%'; expected 'orang'" in str(error)

    def test_inexact(self) -> None:
        """The inexact error names the operation and the operands."""
        assert str(InexactResultError("the sum", [1, 2])).startswith(
            "the sum of 1, 2 cannot be represented"
        )

    def test_data_file_error_one_and_many(self) -> None:
        """One problem fits on a line; several are listed together."""
        one = DataFileError("case.toml", [("line 3", "unknown key 'valeu'")])
        assert "case.toml: line 3: unknown key 'valeu'" == str(one)
        many = DataFileError("case.toml", [("line 3", "a"), ("targets[0].value", "b")])
        assert "case.toml: 2 problems\n  line 3: a\n  targets[0].value: b" == str(many)

    def test_data_file_error_of_problems(self) -> None:
        """Problems and pairs print alike; pairs become problems with no field path."""
        problem = Problem("line 3, title", "found 5; expected a string", path="title")
        from_problem = DataFileError("case.toml", [problem])
        from_pair = DataFileError("case.toml", [("line 3, title", "found 5; expected a string")])
        assert (
            str(from_problem)
            == str(from_pair)
            == ("case.toml: line 3, title: found 5; expected a string")
        )
        assert (problem, "") == (from_problem.problems[0], from_pair.problems[0].path)

    def test_data_file_error_pickles_with_its_problems(self) -> None:
        """A DataFileError survives pickling with its structured problems."""
        import pickle

        error = DataFileError("case.toml", [Problem("line 3", "bad", path="x", given="5")])
        assert error.problems == pickle.loads(pickle.dumps(error)).problems

    def test_errors_pickle(self) -> None:
        """Errors survive pickling (multiprocessing, logging handlers) with their attributes."""
        import pickle

        error = pickle.loads(pickle.dumps(InvalidValueError(1, "two", "here")))
        assert "here: got 1 (int); expected two" == str(error)
