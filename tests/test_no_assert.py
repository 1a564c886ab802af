"""Library code checks with errors, not asserts: ``python -O`` must check the same things."""

from __future__ import annotations

import ast
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

import pledgekit
from pledgekit import Claim, ClaimKind, InvalidValueError

SOURCE = Path(pledgekit.__file__).parent


def _asserts(path: Path) -> list[int]:
    """Line numbers of assert statements in a module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [node.lineno for node in ast.walk(tree) if isinstance(node, ast.Assert)]


def test_no_assert_in_library_code() -> None:
    """No module of pledgekit uses assert (doctests may: they are in strings)."""
    found = {
        str(path.relative_to(SOURCE)): lines
        for path in sorted(SOURCE.rglob("*.py"))
        if (lines := _asserts(path))
    }
    assert {} == found


class TestClaimFigure:
    def test_figure_of_a_stated_claim(self) -> None:
        """An ACHIEVED claim's figure is its value."""
        claim = Claim(ClaimKind.ACHIEVED, "141624", dt.date(2022, 6, 30))
        assert Decimal(141624) == claim.figure

    def test_a_met_claim_states_no_figure(self) -> None:
        """Asking a MET claim for its figure is an InvalidValueError naming the field."""
        claim = Claim(ClaimKind.MET, None, dt.date(2023, 2, 16))
        with pytest.raises(
            InvalidValueError, match=r"Claim\.value: .* a claim that states a figure"
        ):
            _ = claim.figure
