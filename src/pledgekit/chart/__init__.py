"""Burn-up charts of a target: what was reported, what was claimed, what is left.

Needs matplotlib, the optional ``plot`` extra (``pip install 'pledgekit[plot]'``).
matplotlib is imported only when a function here is called, never when this module is
imported; without it the functions raise [`MissingExtraError`][pledgekit.MissingExtraError].

[`plot`][pledgekit.chart.plot] draws one target's burn-up chart on a matplotlib ``Axes``:

- the reported figures, cumulated, as steps (each figure counts from the end of its
  period);
- the target in force at the as-of date
  ([`pledgekit.Progress.target`][pledgekit.Progress.target]), as a horizontal line, or a
  shaded band for a range; a strict comparison in its label ("< 10 %"); the values it
  replaced thin and dashed until the date of the revision that replaced them, each
  revision marked at its date with its value (and its source's title when short);
- the path to it: the straight line from the baseline at the start of the period to the
  target at its end or, with a schedule, steps through the level each interim target
  makes due at its period's end (a summed indicator's due amounts cumulated from the
  baseline), each interim target marked;
- each claim that states a level, as a marker at its as-of date (a rounded figure with a
  bar for the interval it stands for; a claimed remainder at the achievement it
  implies), so a claim below the reported sum is seen below it and one above the target
  above it; a claim that states a bound ("di atas 6.000") as an open marker with an
  arrow the way the bound opens. Each is labelled with its figure, its speaker in short
  (the person's name, else the post or role and the organization, else "pembicara tidak
  disebut") and the day it was stated (else "per" the day it is about). When the figure
  is drawn the labels are kept apart (stacked where they would overlap) and inside the
  chart; a label with no room on the left of its marker stands on its right;
- a claim that states no level is not drawn, and a note line under the chart says what
  it claims, who and when, and why: a rate ("rata-rata 1.200 per bulan") is a slope, not
  a level (the legend counts them too); "target tercapai" states no figure; a period's
  value is not the level reached;
- the as-of date, as a vertical line;
- the projection from the as-of date to the deadline at the most recent rate, dashed;
- when the figures met the target only after its period, a star at the date they did,
  with the days late.

The y axis takes in every claim, band, interim target and the projection's end; the x
axis every revision, claim and a late date: nothing drawn is cut off.

Under the chart, a line credits the sources ("Sumber:" / "Source:"): each source the
target's pledges, revisions, counted figures and claims cite, once, those with a date by
date, then those without, as outlet, title and date, wrapped to the chart's width. A case
that cites none says so ("Sumber: tidak ada yang dicantumkan dalam kasus"), rather than
leave a reader to think the line was forgotten.

A target whose schedule names calendar years (Permendagri 86's plan years) also has a
yearly chart, [`plot_years`][pledgekit.chart.plot_years]: the target of each year as a
step, the realisasi of each year as a bar, and the year's capaian above it (or why the
year has none); it draws no claim, and lists each under it.

A plan gives small multiples: [`pages`][pledgekit.chart.pages] (and
[`plot`][pledgekit.chart.plot] of an [`Assessment`][pledgekit.Assessment]) draws every
target, in the plan's tree order, [`COLUMNS`][pledgekit.chart.COLUMNS] ×
[`ROWS`][pledgekit.chart.ROWS] to a page of [`PAGE_WIDTH`][pledgekit.chart.PAGE_WIDTH] ×
[`PAGE_HEIGHT`][pledgekit.chart.PAGE_HEIGHT] pixels (1500 × 1500): the yearly chart for
a target with a yearly schedule, else a small burn-up chart; a page credits the sources
of its charts once, at its foot.

[`save`][pledgekit.chart.save] writes a PNG, an SVG or a PDF (by the file's suffix): of
a target, its burn-up chart, [`WIDTH`][pledgekit.chart.WIDTH] ×
[`HEIGHT`][pledgekit.chart.HEIGHT] pixels; of an assessment, as its ``layout`` says (by
default pages when the case's plan carries more than one target or there are more than
[`STACKED_AT_MOST`][pledgekit.chart.STACKED_AT_MOST] targets, else one chart per target,
one below the other). Pages go to one PDF, or to one PNG or SVG file each:
``chart-1.png``, ``chart-2.png`` … beside the path given (``chart-01.png`` from ten
pages on).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Final, Literal, TypeAlias, get_args, overload

from pledgekit._case import Assessment, TargetAssessment
from pledgekit.chart._burnup import (
    DPI,
    HEIGHT,
    WIDTH,
    _drawable,
    _require_matplotlib,
    _y_tick,
    burnup,
)
from pledgekit.chart._pages import (
    CELL_HEIGHT,
    CELL_WIDTH,
    COLUMNS,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    ROWS,
    page_paths,
    write,
)
from pledgekit.chart._pages import pages as _pages
from pledgekit.chart._years import draw_years, yearly
from pledgekit.exceptions import InvalidValueError, MissingExtraError
from pledgekit.messages import Language, catalogue

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = [
    "CELL_HEIGHT",
    "CELL_WIDTH",
    "COLUMNS",
    "DPI",
    "HEIGHT",
    "LAYOUTS",
    "PAGE_HEIGHT",
    "PAGE_WIDTH",
    "ROWS",
    "STACKED_AT_MOST",
    "WIDTH",
    "Layout",
    "MissingExtraError",
    "page_paths",
    "pages",
    "plot",
    "plot_years",
    "save",
]

# _y_tick stays reachable here: the tests check it against the caller's decimal context.
_ = _y_tick

Layout: TypeAlias = Literal["auto", "plan", "targets"]
"""How [`save`][pledgekit.chart.save] lays out an assessment.

``"plan"`` on pages of small multiples, ``"targets"`` one chart per target, one below
the other, ``"auto"`` pages when the case's plan carries more than one target or there
are more than [`STACKED_AT_MOST`][pledgekit.chart.STACKED_AT_MOST] targets. The names
are those of [`LAYOUTS`][pledgekit.chart.LAYOUTS], and of the report's
[`Layout`][pledgekit.report.Layout]:

>>> from typing import get_args
>>> from pledgekit import report
>>> from pledgekit.chart import LAYOUTS, Layout
>>> chosen: Layout = "plan"
>>> chosen in LAYOUTS, get_args(Layout) == LAYOUTS == report.LAYOUTS
(True, True)
"""
LAYOUTS: Final[tuple[Layout, ...]] = get_args(Layout)
"""The layouts [`save`][pledgekit.chart.save] takes; another is refused before drawing.

>>> from pathlib import Path
>>> import pledgekit
>>> from pledgekit.chart import LAYOUTS, save
>>> bekasi = Path(pledgekit.__file__).parents[2] / "examples/bekasi/case.toml"
>>> LAYOUTS
('auto', 'plan', 'targets')
>>> save(pledgekit.load(bekasi).assess(), "chart.png", layout="pages")
Traceback (most recent call last):
  ...
pledgekit.exceptions.InvalidValueError: layout: got 'pages' (str); expected one of
'auto', 'plan', 'targets'
"""
STACKED_AT_MOST: Final = 3
"""The most targets ``layout="auto"`` stacks one below the other.

Three charts of [`HEIGHT`][pledgekit.chart.HEIGHT] pixels stacked are 3 × 600 = 1,800
pixels high; a fourth target puts the assessment on pages
([`PAGE_HEIGHT`][pledgekit.chart.PAGE_HEIGHT], 1,500 pixels, for up to twelve).

>>> from pledgekit.chart import HEIGHT, PAGE_HEIGHT, STACKED_AT_MOST
>>> STACKED_AT_MOST, STACKED_AT_MOST * HEIGHT, PAGE_HEIGHT
(3, 1800, 1500)
"""

_SUFFIXES: Final = {".png": "png", ".svg": "svg", ".pdf": "pdf"}


@overload
def plot(
    target_assessment: TargetAssessment, *, ax: Axes | None = None, lang: Language = "id"
) -> Axes: ...
@overload
def plot(
    target_assessment: Assessment, *, ax: None = None, lang: Language = "id"
) -> tuple[Figure, ...]: ...
def plot(
    target_assessment: TargetAssessment | Assessment,
    *,
    ax: Axes | None = None,
    lang: Language = "id",
) -> Axes | tuple[Figure, ...]:
    """Draw the burn-up chart of one target, or the pages of a whole assessment.

    Args:
        target_assessment: One of ``Case.assess().targets``; or the assessment itself,
            drawn as [`pages`][pledgekit.chart.pages] draws it.
        ax: The matplotlib ``Axes`` to draw one target on; by default a new figure's
            (through ``matplotlib.pyplot``, so that it shows in a notebook, with a
            constrained layout). Not for an assessment, whose pages are figures of
            their own. The note lines and the sources' line stand under the x axis: a
            figure of your own leaves room for them with ``layout="constrained"``.
        lang: ``"id"`` or ``"en"``: labels, figures and dates in that language.

    Returns:
        The ``Axes`` drawn on; for an assessment, its pages (matplotlib figures).

    Raises:
        MissingExtraError: matplotlib is not installed.
        InvalidValueError: Not a TargetAssessment or an Assessment, ``ax`` with an
            assessment, or an unknown language.

    The Kota Bekasi case (``examples/bekasi/case.toml``), drawn off screen (matplotlib's
    Agg backend): a new figure of [`WIDTH`][pledgekit.chart.WIDTH] ×
    [`HEIGHT`][pledgekit.chart.HEIGHT] pixels, titled with the target. The projection
    goes on at the rate of the latest figure, 5,108 workers in the 181 days of
    January–June 2022: 5,108 / 181 × 30.436875 days (a mean month) = 859 a month.

    >>> from pathlib import Path
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> from matplotlib import pyplot
    >>> import pledgekit
    >>> from pledgekit.chart import plot
    >>> bekasi = Path(pledgekit.__file__).parents[2] / "examples/bekasi/case.toml"
    >>> assessment = pledgekit.load(bekasi).assess()
    >>> ax = plot(assessment.targets[0], lang="en")
    >>> ax.get_title(loc="left")
    'Tenaga kerja baru terserap: 150,000 orang, 20 September 2018 – 19 September 2023'
    >>> [int(pixels) for pixels in ax.figure.get_size_inches() * ax.figure.dpi]
    [1000, 600]
    >>> ax.get_legend_handles_labels()[1][4]
    'Projection at the recent rate (859 orang per month)'
    >>> pyplot.close(ax.figure)

    An assessment is drawn on pages, as [`pages`][pledgekit.chart.pages] draws them
    (figures of their own, not pyplot's: nothing to close):

    >>> plot(assessment)
    (<Figure size 1500x1500 with 1 Axes>,)
    """
    if isinstance(target_assessment, Assessment):
        if ax is not None:
            raise InvalidValueError(ax, "None: an assessment is drawn on pages of its own", "ax")
        return pages(target_assessment, lang=lang)
    return burnup(target_assessment, ax=ax, lang=lang)


def plot_years(
    target_assessment: TargetAssessment, *, ax: Axes | None = None, lang: Language = "id"
) -> Axes:
    """Draw the yearly chart of a target whose schedule names calendar years.

    The target of each year is a step a year wide, the realisasi
    of each year a bar, and above it the year's Permendagri 86 capaian, or why the year
    has none (not yet due, no figure); the title gives the final target and the capaian
    at the end of the period. Every figure is the assessment's
    ([`schedule`][pledgekit.TargetAssessment.schedule]).

    Raises:
        MissingExtraError: matplotlib is not installed.
        InvalidValueError: Not a TargetAssessment, one without a yearly schedule, or an
            unknown language.

    The pledge of 10 million jobs in 2015–2019, 2 million a year
    (``examples/cases/jokowi-10-juta-lapangan-kerja.toml``, illustrative figures):
    1.8, 2.1 and 2.0 million in 2015–2017 are bars, and capaian of 1.8 / 2 = 90 %,
    105 % and 100 %; 2018 and 2019 are not yet due. At the end, 5.9 of 10 million is
    59 %. Drawn off screen (matplotlib's Agg backend):

    >>> from pathlib import Path
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> from matplotlib import pyplot
    >>> import pledgekit
    >>> from pledgekit.chart import plot_years
    >>> examples = Path(pledgekit.__file__).parents[2] / "examples"
    >>> case = pledgekit.load(examples / "cases" / "jokowi-10-juta-lapangan-kerja.toml")
    >>> ax = plot_years(case.assess().targets[0], lang="en")
    >>> [int(bar.get_height()) for bar in ax.containers[0]]
    [1800000, 2100000, 2000000]
    >>> [text.get_text() for text in ax.texts][:5]
    ['90.00 %', '105.00 %', '100.00 %', 'not yet due', 'not yet due']
    >>> print(ax.get_title(loc="left"))
    Lapangan kerja baru: 10,000,000 orang
    capaian at the end 59.00 % (Rendah)
    >>> pyplot.close(ax.figure)
    """
    catalogue(lang)  # refuses an unknown language: the type checker sees only typed callers
    if not isinstance(target_assessment, TargetAssessment):
        raise InvalidValueError(target_assessment, "a pledgekit.TargetAssessment", "plot_years()")
    if not yearly(target_assessment):
        raise InvalidValueError(
            target_assessment.target.id,
            "a target whose schedule in force names calendar years (Period.year)",
            "plot_years()",
        )
    _require_matplotlib()
    if ax is None:
        from matplotlib import pyplot

        _, ax = pyplot.subplots(figsize=(WIDTH / DPI, HEIGHT / DPI), dpi=DPI, layout="constrained")
    return draw_years(ax, target_assessment, lang)


def pages(
    assessment: Assessment, *, lang: Language = "id", columns: int = COLUMNS, rows: int = ROWS
) -> tuple[Figure, ...]:
    """Every target's chart on pages: small multiples, ``columns`` × ``rows`` to a page.

    The targets stand in the plan's tree order (misi, tujuan, sasaran; those outside the
    tree last), each chart headed with its place (``1.2.1``); a target with a yearly
    schedule gets its yearly chart ([`plot_years`][pledgekit.chart.plot_years]), another
    a small burn-up chart. Each page is a figure of ``columns`` ×
    [`CELL_WIDTH`][pledgekit.chart.CELL_WIDTH] by ``rows`` ×
    [`CELL_HEIGHT`][pledgekit.chart.CELL_HEIGHT] pixels and a heading
    ([`PAGE_WIDTH`][pledgekit.chart.PAGE_WIDTH] ×
    [`PAGE_HEIGHT`][pledgekit.chart.PAGE_HEIGHT] by default), titled with the case and
    the page's number, with one legend; the last page is as large, its empty cells left
    out. Drawn without pyplot.

    Raises:
        MissingExtraError: matplotlib is not installed.
        InvalidValueError: Not an Assessment, one without targets, columns or rows
            not a whole number from 1, or an unknown language.

    The Kota Bekasi case (``examples/bekasi/case.toml``) has one target: one page. Two
    columns of one row make it 2 × 500 = 1,000 pixels wide and 340 + 140 (the
    heading) = 480 high, the empty cell left out:

    >>> from pathlib import Path
    >>> import pledgekit
    >>> from pledgekit.chart import pages
    >>> bekasi = Path(pledgekit.__file__).parents[2] / "examples/bekasi/case.toml"
    >>> (page,) = pages(pledgekit.load(bekasi).assess(), lang="en", columns=2, rows=1)
    >>> page
    <Figure size 1000x480 with 1 Axes>
    >>> page.get_suptitle()
    'Kota Bekasi: 150.000 tenaga kerja (2018–2023) — page 1 of 1'
    """
    catalogue(lang)
    if not isinstance(assessment, Assessment):
        raise InvalidValueError(assessment, "a pledgekit.Assessment", "pages()")
    if not assessment.targets:
        raise InvalidValueError(assessment, "an assessment with at least one target", "pages()")
    _require_matplotlib()
    return _pages(assessment, lang=lang, columns=columns, rows=rows)


def _on_pages(assessment: Assessment, layout: object) -> bool:
    """Whether `save` draws an assessment on pages (else one chart per target)."""
    if layout not in LAYOUTS:
        raise InvalidValueError(layout, "one of " + ", ".join(repr(x) for x in LAYOUTS), "layout")
    if layout != "auto":
        return layout == "plan"
    carried = sum(
        1
        for assessed in assessment.targets
        if assessed.plan_place is not None
        and (assessed.plan_place.level is not None or assessed.plan_place.programs)
    )
    return carried > 1 or len(assessment.targets) > STACKED_AT_MOST


def save(
    assessment_or_target_assessment: Assessment | TargetAssessment,
    path: str | os.PathLike[str],
    *,
    lang: Language = "id",
    layout: Layout = "auto",
) -> Path:
    """Write the chart of a target, or the charts of every target of an assessment.

    The suffix chooses the format: ``.png``, ``.svg`` or ``.pdf``. A target gets its
    burn-up chart, [`WIDTH`][pledgekit.chart.WIDTH] × [`HEIGHT`][pledgekit.chart.HEIGHT]
    pixels. An assessment is laid out as ``layout`` says: ``"targets"``, one such chart
    per target, one below the other; ``"plan"``, the pages of
    [`pages`][pledgekit.chart.pages]; ``"auto"`` (the default), pages when the case's
    plan carries more than one target or there are more than
    [`STACKED_AT_MOST`][pledgekit.chart.STACKED_AT_MOST] targets. Pages go to one PDF,
    or to one PNG or SVG file a page ([`page_paths`][pledgekit.chart.page_paths]:
    ``chart-1.png``, ``chart-2.png`` …; one page goes to ``path`` itself). The figures
    are drawn with matplotlib's Agg renderer, without pyplot, so it works with no
    display; files carry no date, so that the same case gives the same file.

    Args:
        assessment_or_target_assessment: What to draw.
        path: Where to write, ending in ``.png``, ``.svg`` or ``.pdf``.
        lang: ``"id"`` or ``"en"``.
        layout: ``"auto"``, ``"plan"`` or ``"targets"``, for an assessment.

    Returns:
        The path written; for pages in several files, the first page's.

    Raises:
        MissingExtraError: matplotlib is not installed.
        InvalidValueError: An unknown suffix, layout or language, or nothing to draw.

    The Kota Bekasi case's target (``examples/bekasi/case.toml``), as a PNG of
    [`WIDTH`][pledgekit.chart.WIDTH] × [`HEIGHT`][pledgekit.chart.HEIGHT] pixels (a
    PNG gives its width and height in bytes 16 to 24):

    >>> import struct
    >>> import tempfile
    >>> from pathlib import Path
    >>> import pledgekit
    >>> from pledgekit.chart import save
    >>> bekasi = Path(pledgekit.__file__).parents[2] / "examples/bekasi/case.toml"
    >>> assessment = pledgekit.load(bekasi).assess()
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     written = save(assessment.targets[0], Path(folder, "bekasi.png"))
    ...     files = sorted(path.name for path in Path(folder).iterdir())
    ...     size = struct.unpack(">II", written.read_bytes()[16:24])
    >>> written.name, files, size
    ('bekasi.png', ['bekasi.png'], (1000, 600))
    >>> save(assessment, "bekasi.jpg")
    Traceback (most recent call last):
      ...
    pledgekit.exceptions.InvalidValueError: path: got 'bekasi.jpg' (str); expected a
    file name ending in .png or .svg, or .pdf
    """
    catalogue(lang)  # refuses an unknown language: the type checker sees only typed callers
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in _SUFFIXES:
        raise InvalidValueError(str(path), "a file name ending in .png or .svg, or .pdf", "path")
    item = assessment_or_target_assessment
    if isinstance(item, Assessment):
        targets = item.targets
        title: str | None = item.case.title
    elif isinstance(item, TargetAssessment):
        targets, title = (item,), None
    else:
        raise InvalidValueError(item, "an Assessment or a TargetAssessment", "save()")
    if not targets:
        raise InvalidValueError(item, "an assessment with at least one target", "save()")
    format = _SUFFIXES[suffix]
    if isinstance(item, Assessment) and _on_pages(item, layout):
        return write(pages(item, lang=lang), target, format)
    _require_matplotlib()
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(
        figsize=(WIDTH / DPI, HEIGHT / DPI * len(targets)), dpi=DPI, layout="constrained"
    )
    FigureCanvasAgg(figure)
    axes = figure.subplots(len(targets), 1, squeeze=False)
    for row, assessed in enumerate(targets):
        burnup(assessed, ax=axes[row][0], lang=lang)
    if title is not None:
        figure.suptitle(_drawable(title), fontsize=13, fontweight="bold")
    return write((figure,), target, format)
