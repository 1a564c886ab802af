"""st.from_type for every public class: the errors, protocols, catalogues and table results.

The values of the domain are tested in ``tests/test_strategies.py``; these are the
classes around them. Enums are resolved by Hypothesis itself (``st.sampled_from`` of
their members) and need no registration.
"""

from __future__ import annotations

import enum
import importlib
import pkgutil
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import pledgekit
from pledgekit import (
    DataFileError,
    InexactResultError,
    InvalidValueError,
    MissingExtraError,
    ParseError,
    PledgeAssessment,
    PledgekitError,
    UnitMismatchError,
    Verdict,
)
from pledgekit.exceptions import Problem
from pledgekit.messages import LANGUAGES, Catalogue, Words
from pledgekit.verdicts import PledgeStanding, suggest_pledge_verdict

_HEAVY = settings(max_examples=min(settings.default.max_examples, 20))


def _public_modules() -> list[str]:
    """The package and every public module under it (no leading underscore), recursively."""
    names = ["pledgekit"]
    for info in pkgutil.walk_packages(pledgekit.__path__, "pledgekit."):
        if not any(part.startswith("_") for part in info.name.split(".")):
            names.append(info.name)
    return names


def _public_classes() -> list[type]:
    """Every class a public module exports in its ``__all__``, enums aside, once each."""
    found: dict[type, None] = {}
    for name in _public_modules():
        module = importlib.import_module(name)
        for exported in getattr(module, "__all__", ()):
            value = getattr(module, exported)
            if isinstance(value, type) and not issubclass(value, enum.Enum):
                found[value] = None
    return list(found)


class TestEveryPublicClass:
    def test_the_list_reaches_every_module(self) -> None:
        """The classes below come from the package face, errors, messages and tables."""
        names = {cls.__name__ for cls in _public_classes()}
        assert {"Progress", "Problem", "Catalogue", "TableResult", "PledgeStanding"} <= names
        assert {"pledgekit.table", "pledgekit.methods.sdg", "pledgekit.cli"} <= set(
            _public_modules()
        )

    def test_every_public_class_is_registered(self) -> None:
        """A new public class must get a strategy of its own in the registry."""
        from pledgekit._hypothesis_plugin import _REGISTRY

        assert [] == [cls.__qualname__ for cls in _public_classes() if cls not in _REGISTRY]

    @pytest.mark.parametrize("cls", _public_classes(), ids=lambda cls: cls.__name__)
    def test_from_type_gives_the_class(self, cls: type) -> None:
        """st.from_type of each public class draws instances of it (a protocol: its class)."""

        @settings(max_examples=5)
        @given(st.from_type(cls))
        def check(value: Any) -> None:
            assert isinstance(value, cls)

        check()


class TestErrors:
    @given(st.from_type(PledgekitError))
    def test_every_error_says_what_was_expected(self, error: PledgekitError) -> None:
        """Each drawn error is one pledgekit raises, and its message is not empty."""
        assert isinstance(error, PledgekitError)
        assert str(error).strip()

    @given(st.from_type(InvalidValueError))
    def test_invalid_values_name_the_expectation(self, error: InvalidValueError) -> None:
        """The message holds what was expected and where, as the error's fields say."""
        assert error.expected in str(error)
        assert error.where in str(error)

    @given(st.from_type(ParseError))
    def test_parse_errors_come_from_parse_number(self, error: ParseError) -> None:
        """A drawn ParseError names the text that could not be read and why."""
        assert isinstance(error.value, str)
        assert error.reason

    @given(st.from_type(UnitMismatchError))
    def test_unit_mismatches_name_two_units(self, error: UnitMismatchError) -> None:
        """The two units differ and both are in the message."""
        assert error.expected_unit != error.given_unit
        assert error.expected_unit in str(error) and error.given_unit in str(error)

    @given(st.from_type(InexactResultError))
    def test_inexact_results_keep_their_operands(self, error: InexactResultError) -> None:
        """The sum that would have rounded keeps its operands: 0, then the two amounts."""
        assert len(error.operands) == 3 and error.operation == "the sum"

    @given(st.from_type(MissingExtraError))
    def test_missing_extras_tell_how_to_install(self, error: MissingExtraError) -> None:
        """The message gives the pip command of the extra."""
        assert f"pip install 'pledgekit[{error.extra}]'" in str(error)

    @given(st.from_type(DataFileError))
    def test_data_file_errors_list_their_problems(self, error: DataFileError) -> None:
        """Every problem's location and message is in the error's text."""
        assert error.problems
        for problem in error.problems:
            assert isinstance(problem, Problem)
            assert problem.location in str(error) and problem.message in str(error)


class TestAroundTheDomain:
    @_HEAVY
    @given(st.from_type(PledgeStanding))  # type: ignore[type-abstract]
    def test_a_standing_is_read_by_the_pledge_verdict(self, standing: PledgeStanding) -> None:
        """A drawn standing is a PledgeAssessment, and suggest_pledge_verdict reads it."""
        assert isinstance(standing, PledgeAssessment)
        assert suggest_pledge_verdict(standing) in (None, *Verdict)

    @given(st.from_type(Catalogue))
    def test_catalogues_word_every_verdict(self, drawn: Catalogue) -> None:
        """Each drawn catalogue is one of pledgekit's languages and words every verdict."""
        assert drawn.lang in LANGUAGES
        assert set(drawn.verdicts) == set(Verdict)

    @_HEAVY
    @given(st.from_type(Words), st.from_type(Catalogue))
    def test_words_are_worded_in_every_language(self, words: Words, drawn: Catalogue) -> None:
        """The pieces of a drawn finding fill their template in each language."""
        assert drawn.words(words).strip()


class TestTableResults:
    @_HEAVY
    @given(st.from_type(pledgekit.table.TableResult))
    def test_one_row_per_target_and_group(self, result: Any) -> None:
        """The drawn tables' targets each have a row, and each region a group."""
        indicators = result.indicators.to_pylist()
        assert indicators
        regions = {row["region"] for row in indicators}
        assert {row["region"] for row in result.groups.to_pylist()} == regions
        assert all(row["unit"] == "unit" for row in indicators)
