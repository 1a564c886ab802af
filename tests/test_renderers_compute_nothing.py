"""The outputs render what the assessment computed: no renderer calls a computing function."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[1] / "src" / "pledgekit"

#: The functions that compute: only Case.assess (and the methods themselves) may call them.
COMPUTING = frozenset(
    {
        "progress",
        "audit",
        "capaian",
        "progress_capaian",
        "end_of_period",
        "end_of_period_capaian",
        "yearly_capaian",
        "predikat",
        "roll_up",
        "statcan",
        "check_verdict",
        "suggest_verdict",
        # Sums of figures are the assessment's too (Progress.path, projected_end_level).
        "add_amounts",
        "subtract_amounts",
    }
)


def _renderers() -> list[Path]:
    """The modules of the report and chart packages, the records and the evaluation form."""
    report, chart, io = SOURCE / "report", SOURCE / "chart", SOURCE / "io"
    return [
        *sorted(report.glob("*.py")),
        *sorted(chart.glob("*.py")),
        io / "_records.py",
        io / "_evaluation_form.py",
        io / "_form_cells.py",
    ]


def computing_calls(source: str) -> list[str]:
    """The computing functions a module calls, by name or as an attribute (``m.predikat(x)``)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
        if name in COMPUTING:
            found.append(f"line {node.lineno}: {name}()")
    return found


class TestRenderersComputeNothing:
    @pytest.mark.parametrize("path", _renderers(), ids=lambda p: p.name)
    def test_no_computing_call(self, path: Path) -> None:
        """A renderer reads the Assessment; it calls none of the computing functions."""
        assert [] == computing_calls(path.read_text(encoding="utf-8"))

    def test_the_html_page_is_checked(self) -> None:
        """The HTML renderer, its page, its chart and its style are among the modules read."""
        names = {path.name for path in _renderers()}
        assert {"_html.py", "_page.py", "_page_chart.py", "_page_style.py"} <= names

    def test_the_renderers_exist(self) -> None:
        """The files checked are there (a move would otherwise leave nothing checked)."""
        assert [True] * len(_renderers()) == [path.is_file() for path in _renderers()]


class TestTheCheckItself:
    @pytest.mark.parametrize(
        ("source", "expected"),
        [
            ("permendagri86.predikat(shown)", ["line 1: predikat()"]),
            (
                "def _capaian(a):\n    return permendagri86.progress_capaian(a.progress)",
                ["line 2: progress_capaian()"],
            ),
            ("x = progress(target, [])", ["line 1: progress()"]),
            ("rated.percent(2)", []),
            ("def audit(): pass", []),
        ],
    )
    def test_finds_calls_by_name_and_attribute(self, source: str, expected: list[str]) -> None:
        """Calls are found by bare name and as attributes; definitions and other calls are not."""
        assert expected == computing_calls(source)
