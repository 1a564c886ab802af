"""Small multiples: the charts of many targets on pages of a fixed size.

A plan's targets are drawn in the plan's tree order (misi, tujuan, sasaran; the targets
outside the tree last), [`COLUMNS`][pledgekit.chart.COLUMNS] ×
[`ROWS`][pledgekit.chart.ROWS] to a page; each chart is the yearly one
(`pledgekit.chart._years`) for a target with a yearly schedule, else a small burn-up
chart. Each cell is headed with the target's place in the tree (``1.2.1`` for the first
sasaran of the second tujuan of misi 1).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Final

from pledgekit._case import Assessment, TargetAssessment
from pledgekit._plan import Plan, PlanLevel, PlanPlace
from pledgekit.chart import _labels
from pledgekit.chart._burnup import DPI, _drawable, _label, burnup
from pledgekit.chart._years import draw_years, yearly
from pledgekit.exceptions import InvalidValueError
from pledgekit.messages import Language

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

COLUMNS: Final = 3
"""Charts across a page, by default.

With [`ROWS`][pledgekit.chart.ROWS], 3 × 4 = 12 charts to a page: a plan of 45 targets
takes 45 / 12 = 3.75, so 4 pages.

>>> import math
>>> from pledgekit.chart import COLUMNS, ROWS
>>> COLUMNS, COLUMNS * ROWS, math.ceil(45 / (COLUMNS * ROWS))
(3, 12, 4)
"""
ROWS: Final = 4
"""Rows of charts on a page, by default.

Four rows of [`CELL_HEIGHT`][pledgekit.chart.CELL_HEIGHT] pixels are 4 × 340 = 1,360
pixels of the page's height:

>>> from pledgekit.chart import CELL_HEIGHT, ROWS
>>> ROWS, ROWS * CELL_HEIGHT
(4, 1360)
"""
CELL_WIDTH: Final = 500
"""Width of one chart on a page, in pixels.

Half a chart of its own ([`WIDTH`][pledgekit.chart.WIDTH], 1,000 pixels); three
across are the page's width, 3 × 500 = 1,500:

>>> from pledgekit.chart import CELL_WIDTH, COLUMNS, PAGE_WIDTH, WIDTH
>>> CELL_WIDTH, WIDTH // CELL_WIDTH, COLUMNS * CELL_WIDTH == PAGE_WIDTH
(500, 2, True)
"""
CELL_HEIGHT: Final = 340
"""Height of one chart on a page, in pixels.

[`ROWS`][pledgekit.chart.ROWS] of them and the page's 140-pixel heading make the
page's height, 4 × 340 + 140 = 1,500:

>>> from pledgekit.chart import CELL_HEIGHT, PAGE_HEIGHT, ROWS
>>> CELL_HEIGHT, ROWS * CELL_HEIGHT + 140 == PAGE_HEIGHT
(340, True)
"""
#: Room at the top of a page for its title and legend, in pixels.
_HEAD: Final = 140
PAGE_WIDTH: Final = COLUMNS * CELL_WIDTH
"""Width of a page: [`COLUMNS`][pledgekit.chart.COLUMNS] charts, in pixels.

3 charts of 500 pixels: 1,500 pixels, 15 inches at [`DPI`][pledgekit.chart.DPI].

>>> from pledgekit.chart import CELL_WIDTH, COLUMNS, DPI, PAGE_WIDTH
>>> PAGE_WIDTH, PAGE_WIDTH == COLUMNS * CELL_WIDTH, PAGE_WIDTH / DPI
(1500, True, 15.0)
"""
PAGE_HEIGHT: Final = ROWS * CELL_HEIGHT + _HEAD
"""Height of a page: [`ROWS`][pledgekit.chart.ROWS] charts and its heading, in pixels.

4 rows of 340 pixels and 140 for the title and the legend: 1,360 + 140 = 1,500, so
that a page is square.

>>> from pledgekit.chart import CELL_HEIGHT, PAGE_HEIGHT, PAGE_WIDTH, ROWS
>>> PAGE_HEIGHT, PAGE_HEIGHT - ROWS * CELL_HEIGHT, PAGE_HEIGHT == PAGE_WIDTH
(1500, 140, True)
"""


def _key(place: PlanPlace | None, plan: Plan | None) -> tuple[int, int, int, int]:
    """Where a target stands in the plan's tree, as a sort key: outside the tree last.

    The plan's own targets first; then misi by misi, its own targets, its tujuan in
    order (each one's own targets, then its sasaran), then its sasaran directly under it.
    """
    if plan is None or place is None or place.level is None:
        return (2, 0, 0, 0)
    if place.level is PlanLevel.PLAN:
        return (0, 0, 0, 0)
    numbers = [m.number for m in plan.missions]
    mission = numbers.index(place.mission) if place.mission in numbers else len(numbers)
    if place.level is PlanLevel.OBJECTIVE and place.goal is None:
        # A sasaran directly under its misi comes after the misi's tujuan, as in the form.
        return (1, mission, len(plan.goals) + 1, place.objective or 0)
    return (1, mission, place.goal or 0, place.objective or 0)


def _place_label(place: PlanPlace | None, plan: Plan | None) -> str:
    """``1.2.1``: misi, the tujuan's number in its misi, the sasaran's in its tujuan."""
    if plan is None or place is None or place.mission is None:
        return ""
    parts = [str(place.mission)]
    if place.goal is not None:
        before = plan.goals[: place.goal]
        parts.append(str(sum(1 for goal in before if goal.mission == place.mission)))
    if place.objective is not None:
        parts.append(str(place.objective))
    return ".".join(parts)


def in_tree_order(assessment: Assessment) -> list[TargetAssessment]:
    """The assessment's targets in the plan's tree order (the assessment's within a place).

    An anggaran (budget) target follows the first kinerja target it goes with.
    """
    plan = assessment.case.plan
    by_target = {item.target: item for item in assessment.targets}
    budgets = {item.target.budget for item in assessment.targets} - {None}
    kinerja = [item for item in assessment.targets if item.target not in budgets]
    ordered: list[TargetAssessment] = []
    for item in sorted(kinerja, key=lambda a: _key(a.plan_place, plan)):
        ordered.append(item)
        budget = by_target.get(item.target.budget) if item.target.budget else None
        if budget is not None and budget not in ordered:
            ordered.append(budget)
    # A budget whose kinerja target the assessment does not hold is drawn last.
    return ordered + [item for item in assessment.targets if item not in ordered]


def pages(
    assessment: Assessment, *, lang: Language = "id", columns: int = COLUMNS, rows: int = ROWS
) -> tuple[Figure, ...]:
    """Every target's chart, ``columns`` × ``rows`` to a page of a fixed size."""
    for value, name in ((columns, "columns"), (rows, "rows")):
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise InvalidValueError(value, "a whole number from 1", name)
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    ordered = in_tree_order(assessment)
    per_page = columns * rows
    count = -(-len(ordered) // per_page)
    plan = assessment.case.plan
    drawn: list[Figure] = []
    for number in range(count):
        size = (columns * CELL_WIDTH / DPI, (rows * CELL_HEIGHT + _HEAD) / DPI)
        figure = Figure(figsize=size, dpi=DPI, layout="constrained")
        FigureCanvasAgg(figure)
        grid = figure.subplots(rows, columns, squeeze=False)
        cells = [ax for row in grid for ax in row]
        chunk = ordered[number * per_page : (number + 1) * per_page]
        for ax, assessed in zip(cells, chunk, strict=False):
            _cell(ax, assessed, plan, lang)
        for ax in cells[len(chunk) :]:
            ax.remove()
        years = [ax for ax, assessed in zip(cells, chunk, strict=False) if yearly(assessed)]
        _head(figure, assessment, years[0] if years else None, (number + 1, count), lang)
        _foot(figure, chunk, lang)
        drawn.append(figure)
    return tuple(drawn)


def _cell(ax: Axes, assessed: TargetAssessment, plan: Plan | None, lang: Language) -> None:
    """One target's chart in a cell, headed with its place in the plan's tree."""
    if yearly(assessed):
        draw_years(ax, assessed, lang, compact=True)
    else:
        burnup(assessed, ax=ax, lang=lang, credits=False)
        legend = ax.get_legend()
        if legend is not None:
            legend.remove()
        ax.tick_params(labelsize=7)
    label = _place_label(assessed.plan_place, plan)
    words = ax.get_title(loc="left")
    ax.set_title(_drawable(f"{label} · {words}" if label else words), loc="left", fontsize=8)


def _head(
    figure: Figure,
    assessment: Assessment,
    first: Axes | None,
    page: tuple[int, int],
    lang: Language,
) -> None:
    """The page's title (the case's, and the page's number) and one legend for its charts.

    The legend is that of the page's first yearly chart (``first``), which its yearly
    charts share; a burn-up chart keeps none (its values are in its title).
    """
    number, count = page
    words = _label(lang, "page").format(page=number, pages=count)
    figure.suptitle(_drawable(f"{assessment.case.title} — {words}"), fontsize=13, fontweight="bold")
    if first is None:
        return
    handles, labels = first.get_legend_handles_labels()
    figure.legend(handles, labels, loc="outside lower center", ncols=len(labels), fontsize=9)


def _foot(figure: Figure, chunk: list[TargetAssessment], lang: Language) -> None:
    """The sources of the page's charts, once, at the foot of the page."""
    width = int(figure.get_figwidth() * 72 / (8 * 0.52))
    words = _labels.sources_line(_labels.sources(chunk), lang, width=width)
    figure.supxlabel(_drawable(words), x=0.01, ha="left", fontsize=8, color="#444444")


def write(figures: tuple[Figure, ...], path: Path, format: str) -> Path:
    """Write pages: one PDF of them all, else a file per page (``chart-1.png`` …).

    A single page goes to ``path`` itself. Returns the path of the first file written.
    """
    if format == "pdf":
        from matplotlib.backends.backend_pdf import PdfPages

        # No creation date, so that the same case gives the same file.
        with PdfPages(path, metadata={"CreationDate": None}) as pdf:
            for figure in figures:
                pdf.savefig(figure)
        return path
    metadata = {"Date": None} if format == "svg" else {}
    if len(figures) == 1:
        figures[0].savefig(path, format=format, dpi=DPI, metadata=metadata)
        return path
    written = page_paths(path, len(figures))
    for figure, name in zip(figures, written, strict=True):
        figure.savefig(name, format=format, dpi=DPI, metadata=metadata)
    return written[0]


def page_paths(path: Path, count: int) -> list[Path]:
    """The files of ``count`` pages: ``chart-1.png`` …, their numbers padded to sort.

    [`save`][pledgekit.chart.save] writes pages as PNG or SVG to these files, beside
    the path it is given. From ten pages on the numbers take two digits, so that
    ``chart-02.png`` sorts before ``chart-10.png``:

    >>> from pathlib import Path
    >>> from pledgekit.chart import page_paths
    >>> [path.name for path in page_paths(Path("out", "chart.png"), 3)]
    ['chart-1.png', 'chart-2.png', 'chart-3.png']
    >>> ten = page_paths(Path("out", "chart.svg"), 10)
    >>> ten[0].name, ten[-1].name, ten[0].parent.name
    ('chart-01.svg', 'chart-10.svg', 'out')
    """
    width = len(str(count))
    return [path.with_name(f"{path.stem}-{n:0{width}d}{path.suffix}") for n in range(1, count + 1)]
