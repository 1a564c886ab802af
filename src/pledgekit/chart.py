"""Burn-up charts of a target: what was reported, what was claimed, what is left.

Needs matplotlib, the optional ``plot`` extra (``pip install 'pledgekit[plot]'``).
matplotlib is imported only when a function here is called, never when this module is
imported; without it the functions raise :class:`MissingExtraError`.

:func:`plot` draws one target on a matplotlib ``Axes``:

- the reported figures, cumulated, as steps (each figure counts from the end of its
  period);
- the target, as a horizontal line;
- the straight-line path from the baseline at the start of the period to the target at
  its end;
- each claim that states a figure, as a labelled marker at its as-of date (a rounded
  figure with a bar for the interval it stands for; a claimed remainder at the
  achievement it implies), so a claim below the reported sum is seen below it;
- the as-of date, as a vertical line;
- the projection from the as-of date to the deadline at the most recent rate, dashed.

:func:`save` writes a PNG or an SVG (by the file's suffix) of a target or of a whole
assessment, one chart per target, :data:`WIDTH` × :data:`HEIGHT` pixels each.
"""

from __future__ import annotations

import datetime as dt
import decimal
import os
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from pledgekit import text
from pledgekit._amounts import round_fraction
from pledgekit._case import Assessment, ClaimLevel, TargetAssessment
from pledgekit._indicator import Accumulation, Direction, Target
from pledgekit._period import Period
from pledgekit._pledge import Claim, ClaimKind
from pledgekit.exceptions import InvalidValueError, MissingExtraError
from pledgekit.messages import Language, catalogue

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["DPI", "HEIGHT", "WIDTH", "MissingExtraError", "plot", "save"]

#: Width of one chart written by :func:`save`, in pixels.
WIDTH: Final = 1000
#: Height of one chart written by :func:`save`, in pixels.
HEIGHT: Final = 600
#: Resolution :func:`save` writes at (dots per inch).
DPI: Final = 100

_SUFFIXES: Final = {".png": "png", ".svg": "svg"}

_REPORTED_COLOUR: Final = "#1f4e79"
_CLAIM_COLOUR: Final = "#c0392b"
_TARGET_COLOUR: Final = "#2e7d32"
_PATH_COLOUR: Final = "#7f7f7f"


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
        value = round_fraction(value, 0)
    return text.format_number(value, _notation(lang))


def _claim_label(claim: Claim, level: Fraction, lang: Language) -> str:
    if claim.kind is ClaimKind.REMAINING:
        return f"{_label(lang, 'remaining')} {_n(claim.figure, lang)} → {_n(level, lang)}"
    if claim.kind is ClaimKind.PERCENT:
        return f"{text.format_number(claim.figure, _notation(lang))} % → {_n(level, lang)}"
    return f"{_label(lang, 'claim')} {_n(claim.figure, lang)}"


def _steps(assessed: TargetAssessment) -> tuple[list[dt.date], list[Decimal]]:
    """The reported level over time (:attr:`pledgekit.Progress.path`), as x and y."""
    path = assessed.progress.path
    return [day for day, _ in path], [level for _, level in path]


def plot(
    target_assessment: TargetAssessment, *, ax: Axes | None = None, lang: Language = "id"
) -> Axes:
    """Draw the burn-up chart of one target.

    Args:
        target_assessment: One of ``Case.assess().targets``.
        ax: The matplotlib ``Axes`` to draw on; by default a new figure's (through
            ``matplotlib.pyplot``, so that it shows in a notebook).
        lang: ``"id"`` or ``"en"``: labels, figures and dates in that language.

    Returns:
        The ``Axes`` drawn on.

    Raises:
        MissingExtraError: matplotlib is not installed.
        InvalidValueError: Not a TargetAssessment, or an unknown language.
    """
    catalogue(lang)  # refuses an unknown language: the type checker sees only typed callers
    if not isinstance(target_assessment, TargetAssessment):
        raise InvalidValueError(target_assessment, "a pledgekit.TargetAssessment", "plot()")
    _require_matplotlib()

    if ax is None:
        from matplotlib import pyplot

        _, ax = pyplot.subplots(figsize=(WIDTH / DPI, HEIGHT / DPI), dpi=DPI)
    assessed = target_assessment
    target, p = assessed.target, assessed.progress
    days, levels = _steps(assessed)
    _draw_reported(ax, assessed, days, levels, lang, legend=True)
    _draw_target(ax, assessed, lang)
    _draw_projection(ax, assessed, lang)
    claimed = assessed.claim_levels  # by date, highest first on each date
    low = min(_f(target.baseline), min(_f(v) for v in levels), 0.0)
    high = max(_f(target.goal), max(_f(v) for v in levels))
    # Claims within a few per cent of the axis of the reported sum would sit on top of
    # it; a zoomed inset then shows the difference, and carries the labels.
    near = [c.low for c in claimed] + [c.high for c in claimed] + [Fraction(p.achieved)]
    zoom = bool(claimed) and _f(max(near) - min(near)) < 0.05 * (high - low)
    _draw_claims(ax, claimed, lang, labelled=not zoom)
    if not zoom:
        _label_sum(ax, assessed, lang)
    _frame(ax, target, (low, high), lang)
    if zoom:
        _draw_zoom(ax, assessed, days, levels, claimed, near, lang)
    _make_drawable(ax)
    return ax


def _draw_target(ax: Axes, assessed: TargetAssessment, lang: Language) -> None:
    """The target line, the straight path to it, and the as-of day."""
    target, as_of = assessed.target, assessed.progress.as_of
    period = target.period
    ax.hlines(
        _f(target.goal),
        _x(period.start),
        _x(period.end),
        color=_TARGET_COLOUR,
        linewidth=1.5,
        label=f"{_label(lang, 'target')} {_n(target.goal, lang)} {target.unit}",
    )
    ax.plot(
        [_x(period.start), _x(period.end)],
        [_f(target.baseline), _f(target.goal)],
        linestyle=":",
        color=_PATH_COLOUR,
        linewidth=1.5,
        label=_label(lang, "path"),
    )
    ax.axvline(
        _x(as_of),
        color=_PATH_COLOUR,
        linestyle="-.",
        linewidth=1,
        label=f"{_label(lang, 'as_of')} {_date(as_of, lang)}",
    )


def _frame(ax: Axes, target: Target, span: tuple[float, float], lang: Language) -> None:
    """Title, axes, ticks, grid and legend around what is drawn between ``span``'s values."""
    period, unit = target.period, target.unit
    low, high = span
    title = f"{target.indicator.name}: {_n(target.goal, lang)} {unit}, {_period(period, lang)}"
    ax.set_title(title, loc="left", fontsize=11)
    ax.set_ylabel(unit)
    ax.set_ylim(low, high + (high - low) * 0.12)
    margin = max(period.days // 40, 1)
    ax.set_xlim(_x(period.start) - margin, _x(period.end) + margin)
    _format_axes(ax, period, lang)
    ax.set_xticks([_x(d) for d in _date_ticks(period)])
    ax.grid(True, color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    # Rising lines leave the upper left empty; falling ones start there.
    rising = target.indicator.direction is Direction.INCREASE
    ax.legend(loc="upper left" if rising else "lower left", fontsize=8, framealpha=0.9)


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


def _label_sum(ax: Axes, assessed: TargetAssessment, lang: Language) -> None:
    p = assessed.progress
    percent = p.percent()
    words = _n(p.achieved, lang) + (
        "" if percent is None else f" ({text.format_number(percent, _notation(lang))} %)"
    )
    ax.annotate(
        words,
        xy=(_x(p.as_of), _f(p.achieved)),
        xytext=(-8, 6),
        textcoords="offset points",
        ha="right",
        va="bottom",
        color=_REPORTED_COLOUR,
        fontweight="bold",
        fontsize=10,
    )


def _draw_projection(ax: Axes, assessed: TargetAssessment, lang: Language) -> None:
    p = assessed.progress
    target = assessed.target
    period = target.period
    end_level, rate = p.projected_end_level, p.recent_rate_per_month
    if end_level is None or rate is None:
        return
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


def _draw_claims(
    ax: Axes,
    claimed: tuple[ClaimLevel, ...],
    lang: Language,
    *,
    labelled: bool,
    legend: bool = True,
    in_inset: bool = False,
) -> None:
    placed: dict[dt.date, int] = {}
    for index, level in enumerate(claimed):
        claim, value, low, high = level.claim, level.level, level.low, level.high
        ax.errorbar(
            [_x(claim.as_of)],
            [_f(value)],
            yerr=[[_f(value - low)], [_f(high - value)]],
            fmt="D",
            markersize=6,
            capsize=4,
            color=_CLAIM_COLOUR,
            label=_label(lang, "claims") if legend and index == 0 else None,
            zorder=4,
        )
        if not labelled:
            continue
        row = placed.get(claim.as_of, 0)
        placed[claim.as_of] = row + 1
        # In an inset the labels stand in a column in its empty upper left, with leaders.
        ax.annotate(
            _claim_label(claim, value, lang),
            xy=(_x(claim.as_of), _f(value)),
            xytext=(0.62, 0.66 - 0.1 * row) if in_inset else (-14, -10 - 15 * row),
            textcoords="axes fraction" if in_inset else "offset points",
            ha="right",
            va="top",
            fontsize=9,
            color=_CLAIM_COLOUR,
            arrowprops={"arrowstyle": "-", "color": _CLAIM_COLOUR, "linewidth": 0.6},
        )


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
    _draw_claims(inset, claimed, lang, labelled=True, legend=False, in_inset=True)
    _label_sum(inset, assessed, lang)
    earlier = [v for d, v in zip(days, levels, strict=True) if d < p.as_of]
    if len(earlier) > 1:
        # The level before the latest figure: what the claims leave the latest figure out of.
        counted = [o for o in p.observations if o.period.end < p.as_of]
        if counted:
            span = Period(counted[0].period.start, counted[-1].period.end)
            inset.annotate(
                f"{_period(span, lang)}: {_n(earlier[-1], lang)}",
                xy=(0.03, _f(earlier[-1])),
                xycoords=("axes fraction", "data"),
                xytext=(0, -4),
                textcoords="offset points",
                va="top",
                fontsize=8,
                color=_REPORTED_COLOUR,
            )
        near.append(Fraction(earlier[-1]))
    low, high = _f(min(near)), _f(max(near))
    pad = max((high - low) * 0.25, 1.0)
    inset.set_ylim(low - pad * 1.6, high + pad)
    width = max(assessed.target.period.days // 8, 30)
    inset.set_xlim(_x(p.as_of) - width, _x(p.as_of) + width // 4)
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


def save(
    assessment_or_target_assessment: Assessment | TargetAssessment,
    path: str | os.PathLike[str],
    *,
    lang: Language = "id",
) -> Path:
    """Write the chart of a target, or of every target of an assessment, to a file.

    The suffix chooses the format: ``.png`` or ``.svg``. Each target gets a chart of
    :data:`WIDTH` × :data:`HEIGHT` pixels, one below the other. The figure is drawn
    with matplotlib's Agg renderer, without pyplot, so it works with no display.

    Args:
        assessment_or_target_assessment: What to draw.
        path: Where to write, ending in ``.png`` or ``.svg``.
        lang: ``"id"`` or ``"en"``.

    Returns:
        The path written.

    Raises:
        MissingExtraError: matplotlib is not installed.
        InvalidValueError: An unknown suffix or language, or nothing to draw.
    """
    catalogue(lang)  # refuses an unknown language: the type checker sees only typed callers
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in _SUFFIXES:
        raise InvalidValueError(str(path), "a file name ending in .png or .svg", "path")
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
    _require_matplotlib()
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(
        figsize=(WIDTH / DPI, HEIGHT / DPI * len(targets)), dpi=DPI, layout="constrained"
    )
    FigureCanvasAgg(figure)
    axes = figure.subplots(len(targets), 1, squeeze=False)
    for row, assessed in enumerate(targets):
        plot(assessed, ax=axes[row][0], lang=lang)
    if title is not None:
        figure.suptitle(_drawable(title), fontsize=13, fontweight="bold")
    # No timestamp in the SVG, so that the same case gives the same file.
    metadata = {"Date": None} if suffix == ".svg" else {}
    figure.savefig(target, format=_SUFFIXES[suffix], dpi=DPI, metadata=metadata)
    return target
