"""The burn-up chart of one target, drawn on a matplotlib ``Axes`` (see [`pledgekit.chart`][])."""

from __future__ import annotations

import datetime as dt
import decimal
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Final, Literal

from pledgekit import text
from pledgekit._amounts import round_fraction
from pledgekit._case import ClaimLevel, TargetAssessment
from pledgekit._indicator import Accumulation, Direction, Target
from pledgekit._period import Period
from pledgekit._pledge import Claim, ClaimKind
from pledgekit._progress import Progress
from pledgekit._schedule import Comparison, Revision, TargetValue
from pledgekit.chart import _labels
from pledgekit.chart._labels import LabelLayout
from pledgekit.exceptions import InvalidValueError, MissingExtraError
from pledgekit.messages import Language, catalogue

if TYPE_CHECKING:
    from matplotlib.axes import Axes


WIDTH: Final = 1000
"""Width of one chart written by [`save`][pledgekit.chart.save], in pixels.

At [`DPI`][pledgekit.chart.DPI] dots per inch, 1,000 pixels are 10 inches:

>>> from pledgekit.chart import DPI, WIDTH
>>> WIDTH, WIDTH / DPI
(1000, 10.0)
"""
HEIGHT: Final = 600
"""Height of one chart written by [`save`][pledgekit.chart.save], in pixels.

At [`DPI`][pledgekit.chart.DPI] dots per inch, 600 pixels are 6 inches; charts stacked
one below the other take that much each, three of them 3 × 600 = 1,800 pixels:

>>> from pledgekit.chart import DPI, HEIGHT
>>> HEIGHT, HEIGHT / DPI, 3 * HEIGHT
(600, 6.0, 1800)
"""
DPI: Final = 100
"""Resolution [`save`][pledgekit.chart.save] writes at (dots per inch).

A chart's figure is [`WIDTH`][pledgekit.chart.WIDTH] ×
[`HEIGHT`][pledgekit.chart.HEIGHT] pixels, so 1,000 / 100 by 600 / 100 inches:

>>> from pledgekit.chart import DPI, HEIGHT, WIDTH
>>> DPI, (WIDTH / DPI, HEIGHT / DPI)
(100, (10.0, 6.0))
"""

_REPORTED_COLOUR: Final = "#1f4e79"
_CLAIM_COLOUR: Final = "#c0392b"
_TARGET_COLOUR: Final = "#2e7d32"
_PATH_COLOUR: Final = "#7f7f7f"

#: How a label writes a bound or a strict comparison before the figure.
_SIGNS: Final = {
    Comparison.MORE_THAN: ">",
    Comparison.AT_LEAST: "≥",
    Comparison.AT_MOST: "≤",
    Comparison.LESS_THAN: "<",
}
#: A revision's source title longer than this is left out of its mark.
_SHORT_TITLE: Final = 32


def _label(lang: Language, key: str) -> str:
    """A chart label from the language's message catalogue (``chart_<key>``)."""
    return catalogue(lang)[f"chart_{key}"]


def _notation(lang: Language) -> str:
    """How the language writes figures and dates (its catalogue's notation)."""
    return catalogue(lang).notation


def _require_matplotlib() -> None:
    try:
        import matplotlib  # noqa: F401
    except ImportError as error:
        raise MissingExtraError("matplotlib", "plot", "for charts") from error


# matplotlib draws in binary floating point: this is the one place pledgekit turns its
# exact Decimals and Fractions into floats, and only to position marks on the chart.
def _f(value: Decimal | Fraction | int) -> float:
    return float(value)


def _x(day: dt.date) -> float:
    """A date as a position on the x axis: its proleptic Gregorian ordinal."""
    return float(day.toordinal())


def _n(value: Decimal | Fraction | int, lang: Language) -> str:
    if isinstance(value, Fraction):
        # A level a claim implies: whole below a hundred would hide a rate's decimals.
        value = round_fraction(value, 0 if abs(value) >= 100 else 2)
    return text.format_number(value, _notation(lang))


def _claim_label(claim: Claim, level: Fraction, lang: Language, *, narrow: bool = False) -> str:
    """The claimed figure (and the level it implies), over who claimed it and when."""
    byline = _labels.claim_byline(claim, lang, narrow=narrow)
    return f"{_claim_figure(claim, level, lang)}\n{byline}"


def _claim_figure(claim: Claim, level: Fraction, lang: Language) -> str:
    sign = "" if claim.bound is None else f"{_SIGNS[claim.bound]} "
    if claim.kind is ClaimKind.REMAINING:
        figure = f"{sign}{_n(claim.figure, lang)}"
        return f"{_label(lang, 'remaining')} {figure} → {_n(level, lang)}"
    if claim.kind is ClaimKind.PERCENT:
        percent = text.format_number(claim.figure, _notation(lang))
        return f"{sign}{percent} % → {_n(level, lang)}"
    return f"{_label(lang, 'claim')} {sign}{_n(claim.figure, lang)}"


def _value_words(value: TargetValue, comparison: Comparison, lang: Language) -> str:
    """A target value as a label writes it: ``7–8`` for a range, ``< 10`` when strict."""
    if isinstance(value, tuple):
        return f"{_n(value[0], lang)}–{_n(value[1], lang)}"
    sign = f"{_SIGNS[comparison]} " if comparison.strict else ""
    return f"{sign}{_n(value, lang)}"


def _opens_up(claim: Claim, direction: Direction) -> bool:
    """Whether a bound claim's level may lie above its mark (else below).

    A bound is on the claimed figure; the chart draws the level it implies. A remainder
    runs against the level where more is better (less left is more done), a share with
    it; where less is better, the other way round.
    """
    up = claim.bound is not None and claim.bound.upward is True
    rising = direction is Direction.INCREASE
    if claim.kind is ClaimKind.REMAINING:
        return up != rising
    if claim.kind is ClaimKind.PERCENT:
        return up == rising
    return up


def _steps(assessed: TargetAssessment) -> tuple[list[dt.date], list[Decimal]]:
    """The reported level over time ([`pledgekit.Progress.path`][]), as x and y."""
    path = assessed.progress.path
    return [day for day, _ in path], [level for _, level in path]


def burnup(
    target_assessment: TargetAssessment,
    *,
    ax: Axes | None = None,
    lang: Language = "id",
    credits: bool = True,
) -> Axes:
    """Draw the burn-up chart of one target.

    Args:
        target_assessment: One of ``Case.assess().targets``.
        ax: The matplotlib ``Axes`` to draw on; by default a new figure's (through
            ``matplotlib.pyplot``, so that it shows in a notebook).
        lang: ``"id"`` or ``"en"``: labels, figures and dates in that language.
        credits: Whether to write the sources' line under the chart (a page of small
            multiples writes one for all its charts instead).

    Returns:
        The ``Axes`` drawn on.

    Raises:
        MissingExtraError: matplotlib is not installed.
        InvalidValueError: Not a TargetAssessment, or an unknown language.
    """
    catalogue(lang)  # refuses an unknown language: the type checker sees only typed callers
    if not isinstance(target_assessment, TargetAssessment):
        raise InvalidValueError(
            target_assessment,
            "a pledgekit.TargetAssessment (or an Assessment, drawn on pages)",
            "plot()",
        )
    _require_matplotlib()

    if ax is None:
        from matplotlib import pyplot

        _, ax = pyplot.subplots(figsize=(WIDTH / DPI, HEIGHT / DPI), dpi=DPI, layout="constrained")
    assessed = target_assessment
    p = assessed.progress
    days, levels = _steps(assessed)
    _draw_reported(ax, assessed, days, levels, lang, legend=True)
    drawn = _draw_target(ax, assessed, lang)
    drawn += _draw_projection(ax, assessed, lang)
    late = _draw_met_late(ax, assessed, lang)
    claimed = _claim_levels(ax, assessed, lang)
    floor = [_f(p.target.baseline), 0.0, *(_f(v) for v in levels)]
    others = [*drawn, *(_f(c.low) for c in claimed), *(_f(c.high) for c in claimed)]
    low, high = min(floor + others), max(floor + others)
    # A mark below the reported figures' floor (a claim, a projection) keeps a margin
    # under it, so that it is not cut in half by the axis.
    under = bool(others) and min(others) <= min(floor)
    # Claims within a few per cent of the axis of the reported sum would sit on top of
    # it; a zoomed inset then shows the difference, and carries the labels.
    # Only the claims about days the inset spans can be told apart in it.
    close = tuple(c for c in claimed if _in_inset(assessed, c.claim.as_of))
    near = [c.low for c in close] + [c.high for c in close] + [Fraction(p.achieved)]
    zoom = bool(close) and _f(max(near) - min(near)) < 0.05 * (high - low)
    kept = _labels.layout(ax, ax)
    _draw_claims(ax, claimed, p, lang, kept, unlabelled=close if zoom else ())
    if not zoom:
        _label_sum(ax, assessed, lang, kept)
    dates = [p.as_of, *(r.on for r in assessed.target.revisions), *late]
    dates += [level.claim.as_of for level in claimed]
    _frame(ax, p.target, (low, high), dates, lang, zoom=zoom, under=under)
    if zoom:
        _draw_zoom(ax, assessed, days, levels, close, near, lang)
    _credit(ax, assessed, claimed, lang, sources=credits)
    _make_drawable(ax)
    return ax


def _credit(
    ax: Axes,
    assessed: TargetAssessment,
    claimed: tuple[ClaimLevel, ...],
    lang: Language,
    *,
    sources: bool,
) -> None:
    """Under the chart: a note line for each claim not drawn, then the sources' line."""
    drawn = {level.claim for level in claimed}
    size = 8 if sources else 6.5
    width = _labels.characters_across(ax, size)
    lines = _labels.not_drawn([c for c in assessed.claims if c not in drawn], lang)
    below = _labels.note(ax, _labels.wrap(lines, width), None, fontsize=size) if lines else None
    if sources:
        cited = _labels.sources([assessed])
        _labels.note(ax, _labels.sources_line(cited, lang, width=width), below, fontsize=size)


def _claim_levels(ax: Axes, assessed: TargetAssessment, lang: Language) -> tuple[ClaimLevel, ...]:
    """The claim levels to draw: all but rate claims', which the legend counts instead.

    A rate ("rata-rata 1.200 per bulan") is a slope, not a level: drawn at a level it
    would be misread as one.
    """
    rates = sum(1 for claim in assessed.claims if claim.kind is ClaimKind.RATE)
    if rates:
        ax.plot([], [], linestyle="none", label=f"{_label(lang, 'rate_claims')}: {rates}")
    return tuple(c for c in assessed.claim_levels if c.claim.kind is not ClaimKind.RATE)


def _draw_target(ax: Axes, assessed: TargetAssessment, lang: Language) -> list[float]:
    """The target's values over time, the path to the one in force, and the as-of day.

    Returns the levels drawn (values, range bounds, the schedule's due levels), for the
    y axis to take in.
    """
    as_of = assessed.progress.as_of
    drawn = _draw_values(ax, assessed, lang)
    drawn += _draw_path(ax, assessed, lang)
    ax.axvline(
        _x(as_of),
        color=_PATH_COLOUR,
        linestyle="-.",
        linewidth=1,
        label=f"{_label(lang, 'as_of')} {_date(as_of, lang)}",
    )
    return drawn


def _draw_values(ax: Axes, assessed: TargetAssessment, lang: Language) -> list[float]:
    """Each value the target had, over the days of its period it was in force.

    The one in force at the as-of date is drawn full; the others thin and dashed, the
    original labelled as such; each revision is marked at its date.
    """
    target, in_force = assessed.target, assessed.progress.revision
    period = target.period
    starts: list[tuple[dt.date, Revision | None]] = [(period.start, None)]
    starts += [(revision.on, revision) for revision in target.revisions]
    drawn: list[float] = []
    previous: float | None = None
    for index, (start, revision) in enumerate(starts):
        until = starts[index + 1][0] if index + 1 < len(starts) else period.end
        value = target.value if revision is None else revision.value
        goal = target.goal if revision is None else target.in_force(start).goal
        current = revision == in_force
        # The original is named in the legend once replaced; later revisions are named
        # by their marks.
        key = "target" if current else ("original" if revision is None else None)
        words = f"{_value_words(value, target.comparison, lang)} {target.unit}"
        label = "_nolegend_" if key is None else f"{_label(lang, key)} {words}"
        x0, x1 = _x(max(start, period.start)), _x(min(until, period.end))
        if x0 < x1:
            drawn += _draw_value(ax, (x0, x1), value, current=current, label=label)
        if revision is not None:
            # Marked even when it takes effect outside the period, where no line runs.
            _mark_revision(ax, revision, (previous, _f(goal)), target.comparison, lang)
            drawn.append(_f(goal))
        previous = _f(goal)
    return drawn


def _draw_value(
    ax: Axes, xs: tuple[float, float], value: TargetValue, *, current: bool, label: str
) -> list[float]:
    """One value as a line, or a range as a band, from ``xs[0]`` to ``xs[1]``."""
    style: Literal["solid", "dashed"] = "solid" if current else "dashed"
    if isinstance(value, tuple):
        low, high = _f(value[0]), _f(value[1])
        ax.fill_between(
            list(xs),
            low,
            high,
            color=_TARGET_COLOUR,
            alpha=0.22 if current else 0.08,
            linewidth=0,
            label=label,
        )
        ax.hlines([low, high], *xs, color=_TARGET_COLOUR, linewidth=0.8, linestyles=style)
        return [low, high]
    ax.hlines(
        _f(value),
        *xs,
        color=_TARGET_COLOUR,
        linewidth=1.5 if current else 1.0,
        linestyles=style,
        label=label,
    )
    return [_f(value)]


def _mark_revision(
    ax: Axes,
    revision: Revision,
    goals: tuple[float | None, float],
    comparison: Comparison,
    lang: Language,
) -> None:
    """A revision at its date: a dotted step from the value before, and its value and date."""
    before, after = goals
    x = _x(revision.on)
    if before is not None:
        ax.vlines(x, before, after, color=_TARGET_COLOUR, linewidth=0.8, linestyles="dotted")
    ax.plot([x], [after], marker="|", markersize=10, color=_TARGET_COLOUR, linestyle="none")
    words = f"{_label(lang, 'revised')} {_value_words(revision.value, comparison, lang)}"
    words += f", {_date(revision.on, lang)}"
    source = revision.source
    if source is not None and len(source.title) <= _SHORT_TITLE:
        words += f"\n{source.title}"
    ax.annotate(
        words,
        xy=(x, after),
        xytext=(4, 6),
        textcoords="offset points",
        ha="left",
        va="bottom",
        fontsize=8,
        color=_TARGET_COLOUR,
    )


def _draw_path(ax: Axes, assessed: TargetAssessment, lang: Language) -> list[float]:
    """The straight line to the target in force, or steps through its schedule's due levels."""
    target = assessed.progress.target
    period = target.period
    if not target.schedule:
        ax.plot(
            [_x(period.start), _x(period.end)],
            [_f(target.baseline), _f(target.goal)],
            linestyle=":",
            color=_PATH_COLOUR,
            linewidth=1.5,
            label=_label(lang, "path"),
        )
        return []
    # The level due at each entry's end, as Progress.interim_level states it.
    ends = [entry.period.end for entry, _ in assessed.progress.levels_due]
    due = [_f(level) for _, level in assessed.progress.levels_due]
    xs = [_x(period.start), *(_x(day) for day in ends)]
    ys = [_f(target.baseline), *due]
    if ends[-1] < period.end:
        xs.append(_x(period.end))
        ys.append(due[-1])
    yearly = all(entry.period == Period.year(entry.period.start.year) for entry in target.schedule)
    ax.step(
        xs,
        ys,
        where="post",
        linestyle=":",
        color=_PATH_COLOUR,
        linewidth=1.5,
        label=_label(lang, "schedule_yearly" if yearly else "schedule"),
    )
    ax.plot(
        [_x(day) for day in ends],
        due,
        linestyle="none",
        marker="s",
        markersize=5,
        color=_PATH_COLOUR,
    )
    return ys


def _frame(
    ax: Axes,
    target: Target,
    span: tuple[float, float],
    dates: list[dt.date],
    lang: Language,
    *,
    zoom: bool,
    under: bool = False,
) -> None:
    """Title, axes, ticks, grid and legend around what is drawn.

    ``span`` holds the lowest and highest levels drawn, ``dates`` the days drawn besides
    the target period (the as-of date, revisions, a late date, the claims' dates);
    ``under`` leaves a margin under the lowest.
    """
    period, unit = target.period, target.unit
    low, high = span
    value = _value_words(target.value, target.comparison, lang)
    title = f"{target.indicator.name}: {value} {unit}, {_period(period, lang)}"
    ax.set_title(title, loc="left", fontsize=11)
    ax.set_ylabel(unit)
    ax.set_ylim(low - (high - low) * (0.05 if under else 0), high + (high - low) * 0.12)
    shown = Period(min(period.start, *dates), max(period.end, *dates))
    margin = max(shown.days // 40, 1)
    ax.set_xlim(_x(shown.start) - margin, _x(shown.end) + margin)
    _format_axes(ax, period, lang)
    ax.set_xticks([_x(d) for d in _date_ticks(shown)])
    ax.grid(True, color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    # Beside an inset (lower right), the corner rising lines leave empty, upper left, or
    # falling ones, lower left; else the emptiest, as a claim may stand in either.
    rising = target.indicator.direction is Direction.INCREASE
    corner: Literal["upper left", "lower left", "best"] = "upper left" if rising else "lower left"
    ax.legend(loc=corner if zoom else "best", fontsize=8, framealpha=0.9)


def _format_axes(ax: Axes, period: Period, lang: Language) -> None:
    from matplotlib import ticker

    ax.yaxis.set_major_formatter(ticker.FuncFormatter(lambda y, _: _y_tick(y, lang)))
    ax.xaxis.set_major_formatter(ticker.FuncFormatter(lambda x, _: _date_tick(x, lang)))


_TICK_CONTEXT = decimal.Context(prec=40, Emax=999_999, Emin=-999_999)


def _y_tick(y: float, lang: Language) -> str:
    # Tick positions are floats chosen by matplotlib; six places undo binary noise.
    # normalize() with a context of its own: the caller's might round the tick.
    return text.format_number(Decimal(str(round(y, 6))).normalize(_TICK_CONTEXT), _notation(lang))


def _per_month(rate: Fraction, lang: Language) -> str:
    places = 0 if abs(rate) >= 10 else 2
    return text.format_number(round_fraction(rate, places), _notation(lang))


def _draw_reported(
    ax: Axes,
    assessed: TargetAssessment,
    days: list[dt.date],
    levels: list[Decimal],
    lang: Language,
    *,
    legend: bool,
) -> None:
    ax.step(
        [_x(d) for d in days],
        [_f(v) for v in levels],
        where="post",
        color=_REPORTED_COLOUR,
        linewidth=2.2,
        label=_reported_label(assessed, lang) if legend else None,
        zorder=3,
    )
    reported = len(assessed.progress.observations)
    ax.plot(
        [_x(d) for d in days[1 : 1 + reported]],
        [_f(v) for v in levels[1 : 1 + reported]],
        linestyle="none",
        marker="o",
        markersize=4,
        color=_REPORTED_COLOUR,
        zorder=3,
    )


def _reported_label(assessed: TargetAssessment, lang: Language) -> str:
    if assessed.target.indicator.accumulation is Accumulation.SUM:
        return _label(lang, "reported")
    return _label(lang, "reported_level")


def _label_sum(ax: Axes, assessed: TargetAssessment, lang: Language, kept: LabelLayout) -> None:
    p = assessed.progress
    percent = p.percent()
    words = _n(p.achieved, lang) + (
        "" if percent is None else f" ({text.format_number(percent, _notation(lang))} %)"
    )
    label = ax.annotate(
        words,
        xy=(_x(p.path[-1][0]), _f(p.achieved)),
        xytext=(-8, 6),
        textcoords="offset points",
        ha="right",
        va="bottom",
        color=_REPORTED_COLOUR,
        fontweight="bold",
        fontsize=10,
        # A leader, for when the labels of claims beside it move it away from its point.
        arrowprops={"arrowstyle": "-", "color": _REPORTED_COLOUR, "linewidth": 0.6},
    )
    kept.keep(label, "above")


def _draw_projection(ax: Axes, assessed: TargetAssessment, lang: Language) -> list[float]:
    """The projection to the end of the period; the level it ends at, for the y axis."""
    p = assessed.progress
    target = p.target
    period = target.period
    end_level, rate = p.projected_end_level, p.recent_rate_per_month
    if end_level is None or rate is None:
        return []
    per_month = _per_month(rate, lang)
    ax.plot(
        [_x(p.as_of), _x(period.end)],
        [_f(p.achieved), _f(end_level)],
        linestyle="--",
        color=_REPORTED_COLOUR,
        linewidth=1.5,
        label=f"{_label(lang, 'projection')} ({per_month} {target.unit} {_label(lang, 'per_month')})",
    )
    if p.projected_recent is not None and p.projected_recent <= period.end:
        ax.plot(
            [_x(p.projected_recent)],
            [_f(target.goal)],
            marker="x",
            markersize=8,
            color=_REPORTED_COLOUR,
            linestyle="none",
        )
        ax.annotate(
            f"{_label(lang, 'reached')} {_date(p.projected_recent, lang)}",
            xy=(_x(p.projected_recent), _f(target.goal)),
            xytext=(0, 8),
            textcoords="offset points",
            ha="center",
            va="bottom",
            fontsize=9,
            color=_REPORTED_COLOUR,
        )
    return [_f(end_level)]


def _draw_met_late(ax: Axes, assessed: TargetAssessment, lang: Language) -> list[dt.date]:
    """A star where figures after the period first met the target: the date and days late.

    Returns the date drawn, for the x axis to take in (none when met in time or not met).
    """
    p = assessed.progress
    if p.met_on is None or not p.late_days:
        return []
    x, y = _x(p.met_on), _f(p.target.goal)
    words = f"{_label(lang, 'met_late')} ({_n(p.late_days, lang)} {_label(lang, 'days')})"
    ax.plot([x], [y], marker="*", markersize=12, color=_REPORTED_COLOUR, linestyle="none")
    ax.annotate(
        f"{words}\n{_date(p.met_on, lang)}",
        xy=(x, y),
        xytext=(0, 10),
        textcoords="offset points",
        ha="center",
        va="bottom",
        fontsize=9,
        color=_REPORTED_COLOUR,
    )
    return [p.met_on]


def _draw_claims(
    ax: Axes,
    claimed: tuple[ClaimLevel, ...],
    p: Progress,
    lang: Language,
    kept: LabelLayout,
    *,
    unlabelled: tuple[ClaimLevel, ...] = (),
    legend: bool = True,
    in_inset: bool = False,
) -> None:
    """Each claim's marker (with its rounding's bar, a bound's arrow) and its label.

    The labels are kept apart by ``kept``: to the left of their markers, above one for
    a claim above the reported level, below one otherwise; in an inset, at their
    markers' height, the inset's column of labels. Those ``unlabelled`` are labelled in
    the inset instead.
    """
    legends = {False: _label(lang, "claims"), True: _label(lang, "bound_claims")}
    for level in claimed:
        claim, value, low, high = level.claim, level.level, level.low, level.high
        bound = claim.bound is not None
        ax.errorbar(
            [_x(claim.as_of)],
            [_f(value)],
            yerr=[[_f(value - low)], [_f(high - value)]],
            fmt="D",
            markersize=6,
            capsize=4,
            fillstyle="none" if bound else "full",
            markeredgewidth=1.6 if bound else 1.0,
            color=_CLAIM_COLOUR,
            label=legends.pop(bound, None) if legend else None,
            zorder=4,
        )
        if bound:
            _draw_bound_arrow(ax, level, up=_opens_up(claim, p.target.indicator.direction))
        if level in unlabelled:
            continue
        # Below the marker, or above it for a claim above the reported sum, whose label
        # stands above the sum's point; the layout moves them apart when drawn.
        label = ax.annotate(
            _claim_label(claim, value, lang, narrow=in_inset),
            xy=(_x(claim.as_of), _f(value)),
            xytext=(-14, 0),
            textcoords="offset points",
            ha="right",
            va="center",
            fontsize=8 if in_inset else 9,
            color=_CLAIM_COLOUR,
            arrowprops={"arrowstyle": "-", "color": _CLAIM_COLOUR, "linewidth": 0.6},
        )
        kept.keep(label, "beside" if in_inset else "above" if value > p.achieved else "below")


def _draw_bound_arrow(ax: Axes, level: ClaimLevel, *, up: bool) -> None:
    """An arrow beside a bound claim's marker, the way the true level may lie.

    It stands a few points to the right: a claim at the as-of date sits on the reported
    steps' rise, which would hide an arrow drawn through the marker.
    """
    from matplotlib.transforms import offset_copy

    # Points are the figure's: on a subfigure, those of the figure holding it.
    beside = offset_copy(ax.transData, fig=ax.get_figure(root=True), x=7, y=0, units="points")
    ax.annotate(
        "",
        xy=(_x(level.claim.as_of), _f(level.level)),
        xycoords=beside,
        xytext=(0, 18 if up else -18),
        textcoords="offset points",
        arrowprops={
            "arrowstyle": "<|-",
            "color": _CLAIM_COLOUR,
            "linewidth": 1.4,
            "shrinkA": 0,
            "shrinkB": 0,
        },
        zorder=5,
    )


def _inset_days(assessed: TargetAssessment) -> int:
    """How many days before the as-of date an inset spans (an eighth of that after it)."""
    return max(assessed.target.period.days // 8, 30)


def _in_inset(assessed: TargetAssessment, day: dt.date) -> bool:
    """Whether an inset around the as-of date spans ``day``."""
    days = _inset_days(assessed)
    return -days <= (day - assessed.progress.as_of).days <= days // 8


def _draw_zoom(
    ax: Axes,
    assessed: TargetAssessment,
    days: list[dt.date],
    levels: list[Decimal],
    claimed: tuple[ClaimLevel, ...],
    near: list[Fraction],
    lang: Language,
) -> None:
    """An inset around the as-of date where the claims and the reported sum can be told apart."""
    p = assessed.progress
    inset = ax.inset_axes((0.66, 0.06, 0.32, 0.46))
    _draw_reported(inset, assessed, days, levels, lang, legend=False)
    inset.axvline(_x(p.as_of), color=_PATH_COLOUR, linestyle="-.", linewidth=1)
    kept = _labels.layout(inset, inset)
    width = _inset_days(assessed)
    _draw_claims(inset, claimed, p, lang, kept, legend=False, in_inset=True)
    _label_sum(inset, assessed, lang, kept)
    earlier = [v for d, v in zip(days, levels, strict=True) if d < p.as_of]
    if len(earlier) > 1:
        # The level before the latest figure: what the claims leave the latest figure out of.
        counted = [o for o in p.observations if o.period.end < p.as_of]
        if counted:
            span = Period(counted[0].period.start, counted[-1].period.end)
            label = inset.annotate(
                f"{_period(span, lang)}: {_n(earlier[-1], lang)}",
                # Where that level begins, or the inset's left edge if before it.
                xy=(max(_x(span.end), _x(p.as_of) - width), _f(earlier[-1])),
                xytext=(3, -3),
                textcoords="offset points",
                va="top",
                fontsize=8,
                color=_REPORTED_COLOUR,
                arrowprops={"arrowstyle": "-", "color": _REPORTED_COLOUR, "linewidth": 0.5},
            )
            kept.keep(label, "after")
        near.append(Fraction(earlier[-1]))
    low, high = _f(min(near)), _f(max(near))
    pad = max((high - low) * 0.25, 1.0)
    inset.set_ylim(low - pad * 1.6, high + pad)
    inset.set_xlim(_x(p.as_of) - width, _x(p.as_of) + width // 8)
    inset.set_xticks([_x(p.as_of)])
    _format_axes(inset, assessed.target.period, lang)
    inset.tick_params(labelsize=8)
    inset.grid(True, color="#eeeeee", linewidth=0.5)
    ax.indicate_inset_zoom(inset, edgecolor=_PATH_COLOUR)


def _date_ticks(period: Period) -> list[dt.date]:
    """New Year's days for a period of two years or more; else the first of every few months."""
    if period.end.year - period.start.year >= 2:
        return [
            dt.date(y, 1, 1)
            for y in range(period.start.year, period.end.year + 1)
            if period.start <= dt.date(y, 1, 1)
        ]
    step = 1 if period.days <= 190 else 3
    ticks = []
    year, month = period.start.year, period.start.month
    while dt.date(year, month, 1) <= period.end:
        if dt.date(year, month, 1) >= period.start and (month - 1) % step == 0:
            ticks.append(dt.date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return ticks


def _date(day: dt.date, lang: Language) -> str:
    # Years before 1000 are not written in words (pledgekit.text): ISO, as the reports do.
    return day.isoformat() if day.year < 1000 else text.format_date(day, _notation(lang))


def _period(period: Period, lang: Language) -> str:
    return str(period) if period.start.year < 1000 else text.format_period(period, _notation(lang))


def _drawable(words: str) -> str:
    """Return ``words`` with lone surrogates escaped, as no font can draw them."""
    return words.encode("utf-8", "backslashreplace").decode("utf-8")


def _make_drawable(artist: Any) -> None:
    from matplotlib.text import Text

    for item in artist.findobj(Text):
        shown = item.get_text()
        if _drawable(shown) != shown:
            item.set_text(_drawable(shown))


def _date_tick(x: float, lang: Language) -> str:
    day = dt.date.fromordinal(round(x))
    if day.month == 1 and day.day == 1:
        return str(day.year)
    if day.day == 1:
        return _period(Period.month(day.year, day.month), lang)
    return _date(day, lang)
