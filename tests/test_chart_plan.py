"""Charts of a plan: a yearly chart per target, small multiples on pages of a fixed size."""

from __future__ import annotations

import datetime as dt
import re
import struct
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import pytest

from pledgekit import (
    Accumulation,
    Assessment,
    Case,
    Direction,
    Goal,
    Indicator,
    InvalidValueError,
    Mission,
    Objective,
    Observation,
    Period,
    Plan,
    Program,
    Target,
    TargetAssessment,
)

if TYPE_CHECKING:
    from matplotlib.axes import Axes

YEARS = range(2019, 2024)
PERIOD = Period.years(2019, 2023)
AS_OF = dt.date(2021, 12, 31)


@pytest.fixture
def chart() -> Any:
    """The chart module, or a skip when matplotlib is not installed."""
    pytest.importorskip("matplotlib")
    from pledgekit import chart

    return chart


def _target(
    id: str, value: object, yearly: list[object], *, baseline: object = 0, falling: bool = False
) -> Target:
    summed = not falling
    indicator = Indicator(
        f"Indikator {id}",
        "orang" if summed else "%",
        direction=Direction.DECREASE if falling else Direction.INCREASE,
        accumulation=Accumulation.SUM if summed else Accumulation.LAST,
        id=id,
    )
    schedule = {Period.year(year): v for year, v in zip(YEARS, yearly, strict=True)}
    return Target(indicator, value, baseline=baseline, period=PERIOD, schedule=schedule, id=id)


def _figures(target: Target, values: list[object]) -> list[Observation]:
    return [
        Observation(Period.year(year), value, indicator=target.indicator)
        for year, value in zip(YEARS, values, strict=False)
    ]


def plan_case(count: int = 45, *, outside: bool = False) -> Case:
    """``count`` yearly targets under 2 missions, 4 goals, 12 objectives.

    Target k (from 0) stands under objective k mod 12 and is due 100 a year (500 in
    all); its figures for 2019–2021 are 90, 95 and 100 + k. With ``outside``, the last
    target stands in a program only, outside the plan's tree.
    """
    targets = [_target(f"t{k}", 500, [100] * 5) for k in range(count)]
    objectives: list[list[Target]] = [[] for _ in range(12)]
    tree = targets[:-1] if outside else targets
    for k, target in enumerate(tree):
        objectives[k % 12].append(target)
    goals = [
        Goal(
            f"Tujuan {g}",
            mission=1 + g // 2,
            objectives=[
                Objective(f"Sasaran {g}.{o}", targets=objectives[3 * g + o]) for o in range(3)
            ],
        )
        for g in range(4)
    ]
    programs = [Program(7, "Di luar", targets=targets[-1:])] if outside else []
    plan = Plan(
        "Kota Besar",
        PERIOD,
        vision="Besar",
        missions=[Mission(1, "Satu"), Mission(2, "Dua")],
        goals=goals,
        programs=programs,
    )
    observations = [o for k, t in enumerate(targets) for o in _figures(t, [90, 95, 100 + k])]
    return Case(
        "Besar",
        plan=plan,
        indicators=[t.indicator for t in targets],
        targets=targets,
        observations=observations,
    )


def one_target(target: Target, values: list[object]) -> TargetAssessment:
    case = Case(
        "One",
        indicators=[target.indicator],
        targets=[target],
        observations=_figures(target, values),
    )
    return case.assess(AS_OF).targets[0]


def _axes() -> Axes:
    from matplotlib.figure import Figure

    return Figure(figsize=(10, 6)).add_subplot()


def _texts(ax: Axes) -> list[str]:
    return [t.get_text() for t in ax.texts]


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert b"\x89PNG\r\n\x1a\n" == data[:8]
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _pixels(figure: Any) -> tuple[int, int]:
    width, height = figure.get_size_inches() * figure.dpi
    return round(width), round(height)


class TestYearlyChart:
    def test_bars_are_the_realisasi(self, chart: Any) -> None:
        """Jobs 9,000, 10,000 and 11,000 in 2019–2021: three bars of those heights."""
        assessed = one_target(_target("jobs", 50000, [10000] * 5), [9000, 10000, 11000])
        ax = chart.plot_years(assessed, ax=_axes())
        (bars,) = ax.containers
        assert [(2019, 9000.0), (2020, 10000.0), (2021, 11000.0)] == [
            (round(b.get_x() + b.get_width() / 2), b.get_height()) for b in bars
        ]

    def test_steps_are_the_schedule(self, chart: Any) -> None:
        """Unemployment due 7.6, 7.2, 6.8, 6.4, 6.0: one step a year, 2018.5 to 2023.5."""
        target = _target(
            "unemp", "6.0", ["7.6", "7.2", "6.8", "6.4", "6.0"], baseline="8.0", falling=True
        )
        ax = chart.plot_years(one_target(target, ["7.8", "7.0", "6.9"]), ax=_axes())
        (steps,) = [p for p in ax.patches if type(p).__name__ == "StepPatch"]
        values, edges, _ = steps.get_data()
        assert [7.6, 7.2, 6.8, 6.4, 6.0] == list(values)
        assert [2018.5, 2019.5, 2020.5, 2021.5, 2022.5, 2023.5] == list(edges)

    def test_capaian_labelled(self, chart: Any) -> None:
        """Above each bar its year's capaian; 2022 and 2023 are not yet due.

        2019: (2 × 7.6 − 7.8) / 7.6 = 97.37 %; 2020: (14.4 − 7.0) / 7.2 = 102.78 %;
        2021: (13.6 − 6.9) / 6.8 = 98.53 %.
        """
        target = _target(
            "unemp", "6.0", ["7.6", "7.2", "6.8", "6.4", "6.0"], baseline="8.0", falling=True
        )
        ax = chart.plot_years(one_target(target, ["7.8", "7.0", "6.9"]), ax=_axes(), lang="en")
        expected = ["97.37 %", "102.78 %", "98.53 %", "not yet due", "not yet due"]
        # Then the line under the chart: the case cites no source.
        assert [*expected, "Source: none cited in the case"] == _texts(ax)

    def test_a_year_without_a_figure(self, chart: Any) -> None:
        """No 2020 figure: no bar that year, and the year says why."""
        assessed = one_target(_target("jobs", 500, [100] * 5), [90])
        ax = chart.plot_years(assessed, ax=_axes(), lang="en")
        (bars,) = ax.containers
        assert 1 == len(bars)
        assert "no figure" == _texts(ax)[1]

    def test_title_gives_the_end_capaian(self, chart: Any) -> None:
        """Jobs 30,000 of 50,000: capaian at the end 60.00 % (Rendah)."""
        assessed = one_target(_target("jobs", 50000, [10000] * 5), [9000, 10000, 11000])
        ax = chart.plot_years(assessed, ax=_axes(), lang="en")
        assert "Indikator jobs: 50,000 orang\ncapaian at the end 60.00 % (Rendah)" == ax.get_title(
            loc="left"
        )

    def test_not_a_yearly_schedule(self, chart: Any) -> None:
        """A target with no schedule has no yearly chart: the error says what is needed."""
        jobs = Indicator(
            "Jobs", "orang", direction=Direction.INCREASE, accumulation=Accumulation.SUM
        )
        target = Target(jobs, 100, period=PERIOD, id="plain")
        assessed = Case("x", indicators=[jobs], targets=[target]).assess(AS_OF).targets[0]
        with pytest.raises(InvalidValueError, match="schedule in force names calendar years"):
            chart.plot_years(assessed, ax=_axes())


@pytest.fixture(scope="module")
def large() -> Assessment:
    """45 targets, the last outside the plan's tree."""
    return plan_case(45, outside=True).assess(AS_OF)


@pytest.fixture(scope="module")
def large_pages(large: Assessment) -> tuple[Any, ...]:
    """The pages of the 45 targets, in English."""
    pytest.importorskip("matplotlib")
    from pledgekit import chart

    pages: tuple[Any, ...] = chart.pages(large, lang="en")
    return pages


class TestPages:
    def test_45_targets_on_4_pages(self, large_pages: tuple[Any, ...]) -> None:
        """45 targets at 3 × 4 a page: 12, 12, 12 and 9 charts."""
        pages = large_pages
        assert [12, 12, 12, 9] == [len(page.axes) for page in pages]

    def test_every_page_is_of_a_sensible_size(
        self, chart: Any, large_pages: tuple[Any, ...]
    ) -> None:
        """Each page 1500 × 1500 pixels: 3 charts of 500 across, 4 of 340 down and 140 above."""
        pages = large_pages
        assert [(1500, 1500)] * 4 == [_pixels(page) for page in pages]
        assert (1500, 1500) == (chart.PAGE_WIDTH, chart.PAGE_HEIGHT)
        assert max(h for _, h in map(_pixels, pages)) <= 2000

    def test_in_the_plans_order_with_places(self, large_pages: tuple[Any, ...]) -> None:
        """First sasaran 1.1.1 (targets 0, 12, 24, 36), then 1.1.2; the outside target last."""
        pages = large_pages
        titles = [ax.get_title(loc="left").split("\n")[0] for page in pages for ax in page.axes]
        assert [
            "1.1.1 · Indikator t0: 500 orang",
            "1.1.1 · Indikator t12: 500 orang",
            "1.1.1 · Indikator t24: 500 orang",
            "1.1.1 · Indikator t36: 500 orang",
            "1.1.2 · Indikator t1: 500 orang",
        ] == titles[:5]
        assert "Indikator t44: 500 orang" == titles[-1]

    def test_cells_draw_the_figures(self, large_pages: tuple[Any, ...]) -> None:
        """Target 12's bars are 90, 95 and 112 (100 + 12); its steps 100 a year."""
        ax = large_pages[0].axes[1]
        (bars,) = ax.containers
        assert [90.0, 95.0, 112.0] == [b.get_height() for b in bars]
        (steps,) = [p for p in ax.patches if type(p).__name__ == "StepPatch"]
        assert [100.0] * 5 == list(steps.get_data()[0])

    def test_page_titles_count_the_pages(self, large_pages: tuple[Any, ...]) -> None:
        """Each page is titled with the case and its number: "page 2 of 4"."""
        assert "Besar — page 2 of 4" == large_pages[1].get_suptitle()

    def test_a_sasaran_under_a_misi_after_its_tujuan(self, chart: Any) -> None:
        """Misi 1 with one tujuan (sasaran 1.1.1) and a sasaran of its own (1.1): in that order."""
        first, second = _target("a", 500, [100] * 5), _target("b", 500, [100] * 5)
        plan = Plan(
            "Kota Kecil",
            PERIOD,
            missions=[Mission(1, "Satu", objectives=[Objective("Langsung", targets=[first])])],
            goals=[Goal("Tujuan", mission=1, objectives=[Objective("Biasa", targets=[second])])],
        )
        case = Case(
            "Kecil",
            plan=plan,
            indicators=[first.indicator, second.indicator],
            targets=[first, second],
            observations=_figures(first, [90]) + _figures(second, [95]),
        )
        (page,) = chart.pages(case.assess(AS_OF), lang="en")
        titles = [ax.get_title(loc="left").split("\n")[0] for ax in page.axes]
        assert ["1.1.1 · Indikator b: 500 orang", "1.1 · Indikator a: 500 orang"] == titles

    def test_a_budget_follows_its_kinerja_target(self, chart: Any) -> None:
        """A budget listed first in the case is drawn after the target it is the budget of."""
        money = Indicator(
            "Anggaran a", "Rp", direction=Direction.INCREASE, accumulation=Accumulation.SUM, id="m"
        )
        budget = Target(
            money, 500, period=PERIOD, schedule={Period.year(y): 100 for y in YEARS}, id="m"
        )
        first = attrs.evolve(_target("a", 500, [100] * 5), budget=budget)
        second = _target("b", 500, [100] * 5)
        plan = Plan(
            "Kota Kecil",
            PERIOD,
            missions=[Mission(1, "Satu")],
            goals=[Goal("Tujuan", mission=1, objectives=[Objective("S", targets=[first, second])])],
        )
        case = Case(
            "Kecil",
            plan=plan,
            indicators=[money, first.indicator, second.indicator],
            targets=[budget, first, second],
            observations=_figures(first, [90]) + _figures(budget, [80]),
        )
        (page,) = chart.pages(case.assess(AS_OF), lang="en")
        titles = [ax.get_title(loc="left").split("\n")[0] for ax in page.axes]
        assert [
            "1.1.1 · Indikator a: 500 orang",
            "Anggaran a: 500 Rp",
            "1.1.1 · Indikator b: 500 orang",
        ] == titles

    def test_plot_of_an_assessment_gives_its_pages(self, chart: Any) -> None:
        """``plot(assessment)`` is ``pages(assessment)``: 13 targets, 2 pages."""
        assert [12, 1] == [len(page.axes) for page in chart.plot(plan_case(13).assess(AS_OF))]

    def test_bad_grid(self, chart: Any, large: Assessment) -> None:
        """Columns must be a whole number from 1."""
        with pytest.raises(InvalidValueError, match="columns: got 0"):
            chart.pages(large, columns=0)


class TestSavePages:
    def test_png_a_file_a_page(self, chart: Any, tmp_path: Path) -> None:
        """45 targets to plan.png: plan-1.png … plan-4.png, 1500 × 1500 each; the first returned."""
        path = chart.save(plan_case(45).assess(AS_OF), tmp_path / "plan.png")
        assert tmp_path / "plan-1.png" == path
        assert ["plan-1.png", "plan-2.png", "plan-3.png", "plan-4.png"] == sorted(
            p.name for p in tmp_path.iterdir()
        )
        assert [(1500, 1500)] * 4 == [_png_size(tmp_path / f"plan-{n}.png") for n in range(1, 5)]

    def test_pdf_one_file_of_pages(self, chart: Any, tmp_path: Path) -> None:
        """13 targets to a PDF: one file of 2 pages (12 and 1), with no creation date."""
        path = chart.save(plan_case(13).assess(AS_OF), tmp_path / "plan.pdf")
        data = path.read_bytes()
        assert 2 == len(re.findall(rb"/Type\s*/Page\b(?!s)", data))
        assert b"/CreationDate" not in data

    def test_one_page_goes_to_the_path(self, chart: Any, tmp_path: Path) -> None:
        """Seven targets fit one page: plan.png itself."""
        path = chart.save(plan_case(7).assess(AS_OF), tmp_path / "plan.png")
        assert tmp_path / "plan.png" == path
        assert (1500, 1500) == _png_size(path)

    def test_ten_pages_sort(self, chart: Any) -> None:
        """From ten pages the numbers are padded, so that the files sort: 01 … 10."""
        names = [p.name for p in chart.page_paths(Path("x.png"), 10)]
        assert ("x-01.png", "x-10.png") == (names[0], names[-1])

    def test_four_targets_without_a_plan(self, chart: Any, tmp_path: Path) -> None:
        """Four targets and no plan: more than three, so pages; stacked on request, 4 × 600."""
        case = plan_case(4)
        bare = Case(
            "Bare", indicators=case.indicators, targets=case.targets, observations=case.observations
        )
        assessment = bare.assess(AS_OF)
        assert (1500, 1500) == _png_size(chart.save(assessment, tmp_path / "a.png"))
        stacked = chart.save(assessment, tmp_path / "b.png", layout="targets")
        assert (1000, 4 * 600) == _png_size(stacked)

    def test_unknown_layout(self, chart: Any, tmp_path: Path) -> None:
        """An unknown layout names the three."""
        with pytest.raises(InvalidValueError, match="'auto', 'plan', 'targets'"):
            chart.save(plan_case(2).assess(AS_OF), tmp_path / "a.png", layout="grid")


class TestCommand:
    def test_pages_or_stacked(self, chart: Any, tmp_path: Path) -> None:
        """``pledgekit chart``: two targets of a plan on a page; ``--layout targets`` stacks them."""
        from pledgekit.cli import main
        from pledgekit.io import dump

        path = tmp_path / "plan.json"
        dump(plan_case(2), path)
        common = ["chart", str(path), "--as-of", "2021-12-31"]
        assert 0 == main([*common, "-o", str(tmp_path / "a.png")])
        assert (1500, 1500) == _png_size(tmp_path / "a.png")
        assert 0 == main([*common, "-o", str(tmp_path / "b.png"), "--layout", "targets"])
        assert (1000, 2 * 600) == _png_size(tmp_path / "b.png")
