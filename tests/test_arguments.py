"""Tests of the argument checks the published methods share."""

from __future__ import annotations

import pytest

from pledgekit import Direction
from pledgekit.exceptions import InvalidValueError
from pledgekit.methods._arguments import direction_argument, year_argument


class TestYearArgument:
    """A year is an int from 1 to 9999."""

    @pytest.mark.parametrize("year", [1, 2030, 9999])
    def test_accepts_years_in_range(self, year: int) -> None:
        """The years 1, 2030 and 9999 come back unchanged."""
        assert year == year_argument(year, "year")

    @pytest.mark.parametrize("bad", [0, 10000, True, "2030", 2030.0, None])
    def test_refuses_others_naming_the_place(self, bad: object) -> None:
        """A year out of range, a bool, a string, a float or None names where it was given."""
        with pytest.raises(InvalidValueError, match=r"target_year.*a year from 1 to 9999"):
            year_argument(bad, "target_year")


class TestDirectionArgument:
    """A direction is a pledgekit.Direction."""

    def test_accepts_a_direction(self) -> None:
        """A Direction comes back unchanged."""
        assert Direction.DECREASE is direction_argument(Direction.DECREASE, "direction")

    @pytest.mark.parametrize("bad", ["increase", 1, None])
    def test_refuses_others_naming_the_place(self, bad: object) -> None:
        """A string, a number or None names where it was given."""
        with pytest.raises(InvalidValueError, match=r"statcan\(direction\).*Direction"):
            direction_argument(bad, "statcan(direction)")
