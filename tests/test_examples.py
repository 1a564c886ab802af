"""Every example script runs and exits cleanly, as a user would run it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = sorted((Path(__file__).parent.parent / "examples").glob("*.py"))


@pytest.mark.parametrize("script", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_example_runs(script: Path) -> None:
    """The script exits 0 and prints something."""
    result = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, check=False
    )
    assert 0 == result.returncode, result.stderr
    assert result.stdout.strip()


def test_there_are_examples() -> None:
    """The examples folder is not empty (a glob that finds nothing would pass vacuously)."""
    assert [p.name for p in EXAMPLES if p.name == "bekasi_150k_jobs.py"]
