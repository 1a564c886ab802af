"""A case that loads can be assessed: two levels at one date are refused when the case is built."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pledgekit import (
    Accumulation,
    Case,
    Direction,
    Indicator,
    InvalidValueError,
    Observation,
    Period,
    Target,
)

RATE = Indicator("TPT", "%", direction=Direction.DECREASE, accumulation=Accumulation.LAST)
JOBS = Indicator("Jobs", "x", direction=Direction.INCREASE, accumulation=Accumulation.SUM)
TARGET = Target(RATE, "6.5", baseline="8.81", period=Period.years(2019, 2023))

CASE_FILE = """
pledgekit_case = 1
title = "Levels"
locale = "id"

[[indicators]]
id = "tpt"
name = "TPT"
unit = "%"
direction = "decrease"
accumulation = "last"

[[targets]]
indicator = "tpt"
value = "6,5"
baseline = "8,81"
period = "2019..2023"

[[observations]]
indicator = "tpt"
period = "2022"
value = "7,3"

[[observations]]
indicator = "tpt"
period = "2022-12"
value = "7,1"
"""


class TestLevels:
    def test_two_levels_at_one_date_name_both(self) -> None:
        """7.3 for 2022 and 7.1 for December 2022 both end on 31 December: refused, both named."""
        figures = [
            Observation(Period.year(2022), "7.3"),
            Observation(Period.month(2022, 12), "7.1"),
        ]
        with pytest.raises(InvalidValueError) as caught:
            Case("Levels", indicators=[RATE], targets=[TARGET], observations=figures)
        assert "Case.observations[1].value" == caught.value.where
        assert "observations[0], for 2022-01-01..2022-12-31, reports 7.3" in caught.value.expected

    def test_the_same_level_twice_is_fine(self) -> None:
        """Two reports of the same level at one date agree: the case is built."""
        figures = [
            Observation(Period.year(2022), "7.3"),
            Observation(Period.month(2022, 12), "7.3"),
        ]
        case = Case("Levels", indicators=[RATE], targets=[TARGET], observations=figures)
        assert 2 == len(case.observations)

    def test_flows_may_differ(self) -> None:
        """A summed indicator's figures for periods ending on one date are flows, not levels."""
        target = Target(JOBS, 100, period=Period.years(2019, 2023))
        figures = [Observation(Period.year(2022), 30), Observation(Period.month(2022, 12), 5)]
        assert 2 == len(
            Case("Flows", indicators=[JOBS], targets=[target], observations=figures).observations
        )

    def test_validate_refuses_what_report_would(self, tmp_path: Path) -> None:
        """Pledgekit validate exits 2 with the file, the line and both figures."""
        path = tmp_path / "levels.toml"
        path.write_text(CASE_FILE, encoding="utf-8")
        run = subprocess.run(
            [sys.executable, "-m", "pledgekit", "validate", str(path)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert 2 == run.returncode
        assert "levels.toml: line 27, observations[1].value" in run.stderr
        assert "Traceback" not in run.stderr
