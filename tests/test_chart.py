"""Burn-up charts: the elements on the Axes, the files written, and matplotlib kept optional."""

from __future__ import annotations

import datetime as dt
import decimal
import struct
import subprocess
import sys
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from pledgekit import (
    Accumulation,
    Assessment,
    Case,
    Claim,
    ClaimKind,
    Direction,
    Indicator,
    InvalidValueError,
    Observation,
    Period,
    PledgekitError,
    Target,
)
from pledgekit.io import load

if TYPE_CHECKING:
    from matplotlib.axes import Axes

BEKASI = Path(__file__).parent.parent / "examples" / "bekasi" / "case.toml"
AS_OF = dt.date(2022, 6, 30)
TERM_START, TERM_END = dt.date(2018, 9, 20), dt.date(2023, 9, 19)


@pytest.fixture(scope="module")
def bekasi() -> Assessment:
    return load(BEKASI).assess()


@pytest.fixture
def chart() -> Any:
    """The chart module, or a skip when matplotlib is not installed."""
    pytest.importorskip("matplotlib")
    from pledgekit import chart

    return chart


@pytest.fixture
def axes(chart: Any) -> Axes:
    """Fresh Axes on a Figure of its own, outside pyplot."""
    from matplotlib.figure import Figure

    return Figure(figsize=(10, 6)).add_subplot()


def _texts(ax: Axes) -> list[str]:
    """Every text on the Axes and on its insets."""
    found = [t.get_text() for t in ax.texts]
    for child in ax.child_axes:
        found += [t.get_text() for t in child.texts]
    return found


def _first_lines(ax: Axes) -> list[str]:
    """The first line of every text on the Axes and its insets: a claim label's figure."""
    return [words.split("\n")[0] for words in _texts(ax)]


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert b"\x89PNG\r\n\x1a\n" == data[:8]
    assert b"IHDR" == data[12:16]
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _line(ax: Axes, label: str) -> Any:
    (line,) = [line for line in ax.get_lines() if line.get_label() == label]
    return line


class TestPlot:
    def test_reported_steps(self, chart: Any, axes: Axes, bekasi: Assessment) -> None:
        """Steps from 0 at the start of the term, up at the end of each period, cumulated."""
        chart.plot(bekasi.targets[0], ax=axes)
        line = _line(axes, "Realisasi dilaporkan (kumulatif)")
        expected_levels = [
            0,
            27197,
            27197 + 56000,
            27197 + 56000 + 58000,
            27197 + 56000 + 58000 + 5108,
        ]
        assert expected_levels == [round(y) for y in line.get_ydata()]
        ends = [TERM_START, *(dt.date(y, 12, 31) for y in (2019, 2020, 2021)), AS_OF]
        assert [d.toordinal() for d in ends] == [round(x) for x in line.get_xdata()]

    def test_target_path_and_as_of(self, chart: Any, axes: Axes, bekasi: Assessment) -> None:
        """The target line, the straight path from 0 to 150,000 over the term, the as-of line."""
        chart.plot(bekasi.targets[0], ax=axes)
        (target,) = [c for c in axes.collections if c.get_label() == "Target 150.000 orang"]
        ((start, level), (end, level_again)) = target.get_segments()[0]
        assert (TERM_START.toordinal(), 150000, TERM_END.toordinal(), 150000) == (
            start,
            level,
            end,
            level_again,
        )
        path = _line(axes, "Garis lurus dari kondisi awal ke target")
        assert [0, 150000] == list(path.get_ydata())
        as_of = _line(axes, "Per 30 Juni 2022")
        assert [AS_OF.toordinal()] * 2 == list(as_of.get_xdata())

    def test_projection(self, chart: Any, axes: Axes, bekasi: Assessment) -> None:
        """Dashed, from 146,305 on 30 June 2022 at 5,108 per 181 days for the 446 days left."""
        chart.plot(bekasi.targets[0], ax=axes)
        (line,) = [
            line
            for line in axes.get_lines()
            if str(line.get_label()).startswith("Proyeksi laju terakhir")
        ]
        assert "--" == line.get_linestyle()
        end = Fraction(146305) + Fraction(5108, 181) * 446
        assert [146305, float(end)] == pytest.approx(list(line.get_ydata()))
        assert [AS_OF.toordinal(), TERM_END.toordinal()] == list(line.get_xdata())
        # 5,108 / 181 days × 30.436875 days = 858.99…: "859 orang per bulan".
        assert "(859 orang per bulan)" in str(line.get_label())

    def test_claims_are_labelled_markers(self, chart: Any, axes: Axes, bekasi: Assessment) -> None:
        """Three claims: 141.000 (a bar to 142.000), 141.624, and 150.000 − 8.276 = 141.724."""
        chart.plot(bekasi.targets[0], ax=axes)
        legend = [c.get_label() for c in axes.containers if not c.get_label().startswith("_")]
        assert ["Klaim"] == legend  # one legend entry for all claims
        markers = [
            round(y)
            for c in axes.containers
            for y in c.lines[0].get_ydata()  # type: ignore[attr-defined]
        ]
        assert sorted([141000, 141624, 150000 - 8276]) == sorted(markers)
        assert all(y < 146305 for y in markers)  # every claim sits below the reported sum
        figures = _first_lines(axes)
        for expected in ("klaim 141.000", "klaim 141.624", "sisa 8.276 → 141.724"):
            assert expected in figures
        assert "146.305 (97,54 %)" in _texts(axes)

    def test_zoom_inset(self, chart: Any, axes: Axes, bekasi: Assessment) -> None:
        """Claims 4,681 below a 150,000 axis get an inset around the as-of date."""
        chart.plot(bekasi.targets[0], ax=axes)
        (inset,) = axes.child_axes
        low, high = inset.get_ylim()
        assert low < 141000 and 146305 < high
        assert "2019–2021: 141.197" in [t.get_text() for t in inset.texts]

    def test_english(self, chart: Any, axes: Axes, bekasi: Assessment) -> None:
        """English labels and notation."""
        chart.plot(bekasi.targets[0], ax=axes, lang="en")
        labels = axes.get_legend_handles_labels()[1]
        assert "Target 150,000 orang" in labels
        assert "As of 30 June 2022" in labels
        assert "claim 141,624" in _first_lines(axes)

    def test_new_figure_through_pyplot(self, chart: Any, bekasi: Assessment) -> None:
        """Without ax, a new pyplot figure is drawn on (so it shows in a notebook)."""
        from matplotlib import pyplot

        ax = chart.plot(bekasi.targets[0])
        try:
            assert ax.figure in [pyplot.figure(n) for n in pyplot.get_fignums()]
        finally:
            pyplot.close("all")

    def test_not_a_target_assessment(self, chart: Any, bekasi: Assessment) -> None:
        """A Case is neither a TargetAssessment nor an Assessment: the error names both."""
        with pytest.raises(InvalidValueError, match=r"TargetAssessment.*an Assessment"):
            chart.plot(bekasi.case)

    def test_an_assessment_is_drawn_on_pages(self, chart: Any, bekasi: Assessment) -> None:
        """An Assessment gives its pages: Bekasi's one target, one page with one chart."""
        (page,) = chart.plot(bekasi)
        assert 1 == len(page.axes)


class TestSave:
    def test_png(self, chart: Any, bekasi: Assessment, tmp_path: Path) -> None:
        """A PNG of 1000 × 600 pixels (10 × 6 inches at 100 dpi) for one target."""
        path = chart.save(bekasi, tmp_path / "bekasi.png")
        assert tmp_path / "bekasi.png" == path
        assert (chart.WIDTH, chart.HEIGHT) == (1000, 600) == _png_size(path)
        assert path.stat().st_size > 10_000

    def test_svg(self, chart: Any, bekasi: Assessment, tmp_path: Path) -> None:
        """An SVG of 720 × 432 points (10 × 6 inches), with no timestamp."""
        path = chart.save(bekasi.targets[0], tmp_path / "bekasi.SVG", lang="en")
        svg = path.read_text(encoding="utf-8")
        assert 'width="720pt" height="432pt"' in svg
        assert "<dc:date>" not in svg

    def test_one_chart_per_target(self, chart: Any, tmp_path: Path) -> None:
        """Two targets: two charts stacked, 1000 × (2 × 600) pixels."""
        jobs = Indicator(
            "Jobs", "persons", direction=Direction.INCREASE, accumulation=Accumulation.SUM
        )
        rate = Indicator(
            "Unemployment", "%", direction=Direction.DECREASE, accumulation=Accumulation.LAST
        )
        period = Period.years(2019, 2022)
        case = Case(
            "Two",
            indicators=[jobs, rate],
            targets=[
                Target(jobs, 100, period=period),
                Target(rate, "5.5", period=period, baseline="8"),
            ],
            observations=[
                Observation(Period.year(2019), 30, indicator=jobs),
                Observation(Period.year(2019), "7.1", indicator=rate),
            ],
        )
        path = chart.save(case.assess(), tmp_path / "two.png")
        assert (1000, 2 * 600) == _png_size(path)

    def test_bad_suffix(self, chart: Any, bekasi: Assessment, tmp_path: Path) -> None:
        """Only .png and .svg are written."""
        with pytest.raises(InvalidValueError, match=r"ending in \.png or \.svg"):
            chart.save(bekasi, tmp_path / "bekasi.gif")


class TestHostileCases:
    JOBS = Indicator("Jobs", "persons", direction=Direction.INCREASE, accumulation=Accumulation.SUM)

    def _case(self, title: str, period: Period) -> Case:
        target = Target(self.JOBS, 100, period=period)
        return Case(
            title,
            indicators=[self.JOBS],
            targets=[target],
            observations=[Observation(period, 40, note="n")],
        )

    def test_lone_surrogate_in_title(self, chart: Any, tmp_path: Path) -> None:
        """A lone surrogate (a broken file) is drawn as its escape, not a matplotlib TypeError."""
        path = chart.save(self._case("Jobs \ud800", Period.year(2020)).assess(), tmp_path / "x.svg")
        assert "Jobs \\ud800" in path.read_text(encoding="utf-8")

    def test_years_before_1000(self, chart: Any, tmp_path: Path) -> None:
        """A target in the year 900 is drawn with ISO dates, as the reports write them."""
        path = chart.save(
            self._case("Early", Period.year(900)).assess(), tmp_path / "x.svg", lang="en"
        )
        assert "0900-01-01" in path.read_text(encoding="utf-8")

    def test_percent_claim_on_a_falling_indicator(self, chart: Any, tmp_path: Path) -> None:
        """A claimed 50 % (resolution 1) of 9.2 → 5.5 is the level 7.35, from 7.3315 to 7.3685."""
        rate = Indicator(
            "Unemployment", "%", direction=Direction.DECREASE, accumulation=Accumulation.LAST
        )
        target = Target(rate, "5.5", baseline="9.2", period=Period.years(2021, 2024))
        claim = Claim(ClaimKind.PERCENT, 50, dt.date(2022, 12, 31), resolution=1)
        # 50.5 % of the way: 9.2 - 3.7 × 0.505 = 7.3315; 49.5 %: 9.2 - 3.7 × 0.495 = 7.3685.
        expected = (Fraction("7.35"), Fraction("7.3315"), Fraction("7.3685"))
        case = Case(
            "Rate",
            indicators=[rate],
            targets=[target],
            observations=[Observation(Period.year(2021), "8.1")],
            claims=[claim],
        )
        assessment = case.assess()
        (claimed,) = assessment.targets[0].claim_levels
        assert expected == (claimed.level, claimed.low, claimed.high)
        assert chart.save(assessment, tmp_path / "rate.png").stat().st_size > 0

    def test_ticks_ignore_the_callers_context(self, chart: Any) -> None:
        """Under prec=2 a tick at 123456 is still written 123.456, not 1,2E+5."""
        with decimal.localcontext(prec=2, rounding=decimal.ROUND_FLOOR):
            assert "123.456" == chart._y_tick(123456.0, "id")


def _python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)


class TestOptional:
    def test_import_does_not_import_matplotlib(self) -> None:
        """Importing pledgekit, its chart, report and cli modules leaves matplotlib unloaded."""
        result = _python(
            "import sys, pledgekit, pledgekit.chart, pledgekit.report, pledgekit.cli\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'matplotlib'))"
        )
        assert 0 == result.returncode, result.stderr
        assert "[]" == result.stdout.strip()

    def test_missing_matplotlib(self) -> None:
        """Without matplotlib, a MissingExtraError (a PledgekitError and an ImportError) says how."""
        result = _python(
            "import sys\n"
            "sys.modules['matplotlib'] = None  # as if it were not installed\n"
            "from pledgekit import PledgekitError\n"
            "from pledgekit.chart import MissingExtraError, save\n"
            "from pledgekit.io import load\n"
            f"assessment = load({str(BEKASI)!r}).assess()\n"
            "try:\n"
            "    save(assessment, 'never.png')\n"
            "except MissingExtraError as error:\n"
            "    assert isinstance(error, PledgekitError) and isinstance(error, ImportError)\n"
            "    print(error)\n"
        )
        assert 0 == result.returncode, result.stderr
        expected = (
            "matplotlib is not installed; expected it for charts: pip install 'pledgekit[plot]'"
        )
        assert expected == result.stdout.strip()

    def test_error_classes(self) -> None:
        """MissingExtraError is caught by `except PledgekitError` and `except ImportError`."""
        from pledgekit.chart import MissingExtraError

        error = MissingExtraError("matplotlib", "plot", "for charts")
        assert isinstance(error, PledgekitError)
        assert isinstance(error, ImportError)
        assert ("matplotlib", "plot") == (error.package, error.extra)
