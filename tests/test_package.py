"""Tests for the package's public face: exports, lightness of import, typing marker."""

from __future__ import annotations

import importlib.resources
import subprocess
import sys

import pledgekit


class TestPublicFace:
    def test_all_is_sorted_and_complete(self) -> None:
        """__all__ is sorted and every name in it exists."""
        assert sorted(pledgekit.__all__) == pledgekit.__all__
        for name in pledgekit.__all__:
            assert hasattr(pledgekit, name), name

    def test_import_is_light(self) -> None:
        """Import pledgekit loads neither hypothesis, matplotlib nor pandas."""
        code = (
            "import sys, pledgekit; "
            "print(sorted(m for m in ('hypothesis', 'matplotlib', 'pandas') if m in sys.modules))"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert "[]" == out.stdout.strip()

    def test_typed(self) -> None:
        """The package ships its py.typed marker."""
        assert importlib.resources.files("pledgekit").joinpath("py.typed").is_file()
