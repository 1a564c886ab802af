"""The type checker refuses inexact inputs (floats are not amounts) and unknown formats and languages."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

mypy_api = pytest.importorskip("mypy.api")

PROGRAM = textwrap.dedent(
    """
    import datetime as dt
    from decimal import Decimal
    from fractions import Fraction
    from pledgekit import (Accumulation, Direction, Indicator, Observation, Period,
                           PaceThresholds, Target, round_fraction)
    jobs = Indicator("Jobs", "persons", direction=Direction.INCREASE,
                     accumulation=Accumulation.SUM)
    period = Period.year(2020)
    ok = Target(jobs, "1.5", period=period, baseline=Decimal(0))
    Observation(period, 3)
    PaceThresholds(on_track=Fraction(9, 10), needs_acceleration="0.5")
    round_fraction(Fraction(1, 3), 2)
    Target(jobs, 1.5, period=period)  # line 14
    Target(jobs, 2, period=period, baseline=0.5)  # line 15
    Observation(period, 2.5)  # line 16
    PaceThresholds(on_track=0.9)  # line 17
    round_fraction(2.675, 2)  # line 18
    from pledgekit import Case
    from pledgekit.chart import plot
    from pledgekit.messages import catalogue
    from pledgekit.report import render, to_csv
    assessment = Case("A case").assess()
    render(assessment, format="markdown", lang="en")
    catalogue("id")
    render(assessment, format="pdf")  # line 26
    render(assessment, lang="fr")  # line 27
    to_csv(assessment, lang="de")  # line 28
    catalogue("ms")  # line 29
    plot(assessment.targets[0], lang="EN")  # line 30
    """
)


def test_mypy_refuses_floats_and_unknown_names(tmp_path: Path) -> None:
    """The type checker (mypy --strict) flags every float amount and unknown format or language."""
    source = tmp_path / "use.py"
    source.write_text(PROGRAM, encoding="utf-8")
    out, err, status = mypy_api.run(
        ["--strict", "--no-incremental", "--cache-dir", str(tmp_path / "cache"), str(source)]
    )
    flagged = sorted(int(line.split(":")[1]) for line in out.splitlines() if ": error:" in line)
    assert [14, 15, 16, 17, 18, 26, 27, 28, 29, 30] == flagged, out + err
    assert 1 == status
