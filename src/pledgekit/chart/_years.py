"""The chart of a target with a yearly schedule: one multi-year chart, year by year.

Permendagri 86 rates each plan year on its own (the realisasi of year *n* against the
target of year *n*), and so does this chart: the target of each year as a step
([`ScheduledCapaian.entry`][pledgekit.methods.permendagri86.ScheduledCapaian.entry]),
the realisasi of each year as a bar
([`ScheduledCapaian.realisasi`][pledgekit.methods.permendagri86.ScheduledCapaian.realisasi]),
and above it the year's capaian, or why the year has none. Every figure is the
assessment's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from pledgekit import text
from pledgekit._case import TargetAssessment
from pledgekit._period import Period
from pledgekit.chart import _labels
from pledgekit.chart._burnup import (
    _PATH_COLOUR,
    _REPORTED_COLOUR,
    _TARGET_COLOUR,
    _f,
    _label,
    _make_drawable,
    _n,
    _notation,
    _value_words,
    _y_tick,
)
from pledgekit.messages import Language, catalogue
from pledgekit.methods.permendagri86 import PeriodCapaian, ScheduledCapaian

if TYPE_CHECKING:
    from matplotlib.axes import Axes

#: Width of a year's bar, in years.
_BAR: Final = 0.6


def yearly(assessed: TargetAssessment) -> bool:
    """Whether the target's schedule in force names calendar years only (and at least one)."""
    rated = assessed.schedule
    return bool(rated) and all(
        r.entry.period == Period.year(r.entry.period.start.year) for r in rated
    )


def _runs(rated: tuple[ScheduledCapaian, ...]) -> list[list[ScheduledCapaian]]:
    """The years in runs of consecutive years: a step does not bridge a year the schedule skips."""
    runs: list[list[ScheduledCapaian]] = []
    for item in sorted(rated, key=lambda r: r.entry.period.start):
        year = item.entry.period.start.year
        if runs and runs[-1][-1].entry.period.start.year == year - 1:
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs


def _draw_targets(ax: Axes, rated: tuple[ScheduledCapaian, ...], label: str) -> list[float]:
    """Each year's target as a step a year wide; the levels drawn."""
    drawn: list[float] = []
    for run in _runs(rated):
        years = [r.entry.period.start.year for r in run]
        edges = [year - 0.5 for year in years] + [years[-1] + 0.5]
        levels = [_f(r.entry.value) for r in run]
        ax.stairs(
            levels, edges, baseline=None, color=_TARGET_COLOUR, linewidth=2, label=label, zorder=4
        )
        drawn += levels
        label = "_nolegend_"  # one legend entry for all the runs
    return drawn


def _capaian_words(capaian: PeriodCapaian, lang: Language) -> str:
    """``97,54 %`` above a bar, or why the year has no rate (``belum jatuh tempo``)."""
    shown = capaian.percent(2)
    if shown is None:
        reason = capaian.reason
        return "" if reason is None else catalogue(lang)[f"schedule_reason_{reason.value}"]
    return f"{text.format_number(shown, _notation(lang))} %"


def draw_years(
    ax: Axes, assessed: TargetAssessment, lang: Language, *, compact: bool = False
) -> Axes:
    """Draw the yearly chart of a target whose schedule names calendar years.

    ``compact`` is for a cell of a page of small multiples: smaller type, no legend (the
    page has one).
    """
    rated = assessed.schedule
    target = assessed.progress.target
    size = 7 if compact else 9
    drawn = _draw_targets(ax, rated, _label(lang, "year_target"))
    shown = [r for r in rated if r.realisasi is not None]
    ax.bar(
        [r.entry.period.start.year for r in shown],
        [_f(r.realisasi) for r in shown if r.realisasi is not None],
        width=_BAR,
        color=_REPORTED_COLOUR,
        alpha=0.85,
        label=_label(lang, "year_realisasi"),
        zorder=3,
    )
    drawn += [_f(r.realisasi) for r in shown if r.realisasi is not None]
    top = max([0.0, *drawn])
    low = min([0.0, *drawn])
    for item in rated:
        words = _capaian_words(item.capaian, lang)
        level = top if item.realisasi is None else max(_f(item.realisasi), 0.0)
        ax.annotate(
            words,
            xy=(item.entry.period.start.year, level if item.realisasi is not None else low),
            xytext=(0, 3),
            textcoords="offset points",
            ha="center",
            va="bottom",
            fontsize=size - 1,
            color=_REPORTED_COLOUR if item.realisasi is not None else _PATH_COLOUR,
            rotation=0 if item.realisasi is not None else 90,
        )
    years = [r.entry.period.start.year for r in rated]
    ax.set_xlim(min(years) - 0.6, max(years) + 0.6)
    ax.set_xticks(years)
    ax.set_xticklabels([str(y) for y in years], fontsize=size)
    ax.set_ylim(low - (top - low) * 0.02, top + (top - low or 1) * 0.22)
    _frame_years(ax, assessed, lang, size=size)
    if not compact:
        ax.legend(loc="upper left", fontsize=8, framealpha=0.9)
    ax.set_ylabel(target.unit, fontsize=size)
    _credit(ax, assessed, lang, compact=compact)
    _make_drawable(ax)
    return ax


def _credit(ax: Axes, assessed: TargetAssessment, lang: Language, *, compact: bool) -> None:
    """Under the chart: the claims, which it does not draw, each on a note line; the sources.

    A page of small multiples writes the sources once for all its charts.
    """
    size = 6.5 if compact else 8
    width = _labels.characters_across(ax, size)
    lines = _labels.not_drawn(assessed.claims, lang, why="yearly")
    below = _labels.note(ax, _labels.wrap(lines, width), None, fontsize=size) if lines else None
    if not compact:
        cited = _labels.sources([assessed])
        _labels.note(ax, _labels.sources_line(cited, lang, width=width), below, fontsize=size)


def _frame_years(ax: Axes, assessed: TargetAssessment, lang: Language, *, size: int) -> None:
    """The title (indicator, final target, the end capaian), the y ticks and the grid."""
    from matplotlib import ticker

    target = assessed.progress.target
    value = _value_words(target.value, target.comparison, lang)
    title = f"{target.indicator.name}: {value} {target.unit}"
    end = assessed.capaian.percent(2)
    if end is not None and assessed.capaian.predikat is not None:
        title += (
            f"\n{catalogue(lang)['capaian_chart_end']} {_n(end, lang)} %"
            f" ({assessed.capaian.predikat.label()})"
        )
    ax.set_title(title, loc="left", fontsize=size + 1)
    ax.yaxis.set_major_formatter(ticker.FuncFormatter(lambda y, _: _y_tick(y, lang)))
    ax.tick_params(axis="y", labelsize=size)
    ax.grid(True, axis="y", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
