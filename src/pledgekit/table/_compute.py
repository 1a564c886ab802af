"""The arithmetic of the table path: the object path's results, column by column, exactly.

Every figure is an integer at one scale (`pledgekit.table._numbers`); sums and
"last" are taken on integers; a capaian is a numerator and a denominator; a predikat and
a status are found by cross-multiplying with the band edges and thresholds, never by
dividing. The columns are numpy ``int64`` when every value, times the largest factor any
comparison multiplies it by, stays below 2**62; otherwise Python integers (``object``),
which are exact at any size.

The rules are those of [`pledgekit.progress`][pledgekit.progress] and
[`pledgekit.methods.permendagri86.progress_capaian`][]
(Permendagri 86/2017), and the means those of
[`pledgekit.methods.permendagri86.roll_up`][pledgekit.methods.permendagri86.roll_up];
the property tests hold the two paths equal.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from fractions import Fraction
from typing import Any

import attrs
import numpy as np

from pledgekit._evaluation import Evaluation
from pledgekit._indicator import Straddling
from pledgekit._progress import PaceStatus
from pledgekit.exceptions import DataFileError, InvalidValueError, Problem
from pledgekit.methods.permendagri86 import (
    PERMENDAGRI_86_BANDS,
    BandPolicy,
    LowerIsBetter,
    NoCapaian,
    Predikat,
    roll_up,
)
from pledgekit.table._limits import MAX_PROBLEMS
from pledgekit.table._numbers import INT64_ROOM, largest
from pledgekit.table._read import Figures, Targets

__all__ = ["Computed", "GroupMeans", "compute", "figure_values", "group_means"]

Array = np.ndarray[Any, Any]
# Bands highest first, as the library orders them.
_BANDS = (Predikat.SANGAT_TINGGI, Predikat.TINGGI, Predikat.SEDANG, Predikat.RENDAH)
_STATUS = tuple(PaceStatus)


@attrs.frozen(kw_only=True)
class Computed:
    """Every per-target number of the evaluation, as columns (see `TableResult`).

    Attributes:
        scale: The places the amounts are held at.
        as_of: Each target's as-of date (ordinal).
        counted: How many figures each target counts.
        not_counted: How many of its figures it does not count.
        achieved, shortfall, surplus: Amounts at `scale`.
        is_met: Whether the target is met.
        status: Index into [`PaceStatus`][pledgekit.PaceStatus]'s members.
        rated: Whether there is a capaian.
        reason: Index into [`NoCapaian`][pledgekit.methods.permendagri86.NoCapaian]'s
            members where there is no capaian, else -1.
        numerator, denominator: The capaian in percent, in lowest terms (denominator > 0).
        predikat: Index into the predikat bands (0 Sangat Tinggi .. 4 Sangat Rendah), -1
            without a capaian.
        shown: The capaian rounded for display, at ``places``, as an integer.
        figure_reason: Per figure, why it is not counted ("" when it is).
    """

    scale: int
    as_of: Array
    counted: Array
    not_counted: Array
    achieved: Array
    shortfall: Array
    surplus: Array
    is_met: Array
    status: Array
    rated: Array
    reason: Array
    numerator: Array
    denominator: Array
    predikat: Array
    shown: Array
    figure_reason: Array


def _edges(policy: BandPolicy) -> list[Fraction]:
    """The lower edges of the four upper bands, highest first, under a band policy."""
    bands = PERMENDAGRI_86_BANDS
    bounds = [bands.sangat_tinggi, bands.tinggi, bands.sedang, bands.rendah]
    if policy is BandPolicy.ROUND_FIRST:
        # Rounded half-up to a whole number, a rate reaches ceil(b) from ceil(b) - 1/2 on.
        return [math.ceil(b) - Fraction(1, 2) for b in bounds]
    return bounds


def _room(values: Sequence[Array], factor: int) -> bool:
    """Whether int64 holds every product of these values with ``factor``, with room."""
    top = max((largest(v) for v in values), default=0)
    return all(v.dtype == np.int64 for v in values) and (top + 1) * factor < INT64_ROOM


def _exact(values: Array) -> Array:
    return values.astype(object)


def compute(
    targets: Targets,
    figures: Figures,
    settings: Evaluation,
    as_of: int | None,
    places: int,
    scale: int | None = None,
) -> Computed:
    """The progress, capaian and predikat of every target, from its counted figures.

    The amounts are held at ``scale`` places, by default the most any input needs; a
    scale the inputs need more places than is refused, never rounded to.
    """
    needed = max(
        [targets.baseline.scale, targets.goal.scale] + [v.scale for _, v in figures.values]
    )
    if scale is not None and scale < needed:
        raise InvalidValueError(
            scale,
            f"a scale of at least {needed}: the figures have up to {needed} places, which "
            "fewer would round",
            "evaluate(scale)",
        )
    scale = needed if scale is None else scale
    baseline, goal = targets.baseline.at(scale), targets.goal.at(scale)
    values = figure_values(figures, scale)
    n = len(goal)
    summed, increase = targets.summed, targets.increase
    when = _as_of(targets, figures, as_of)
    counted, figure_reason = _counted(targets, figures, when, settings.straddling)
    owner = figures.target[counted]
    count = np.bincount(owner, minlength=n)
    _refuse_overlaps(figures, counted, summed)
    achieved = _achieved(figures, values, counted, summed, baseline, count)
    dd = (targets.end - targets.start + 1).astype(np.int64)
    constants = _constants(settings, places)
    factor = 400 * max(int(dd.max(initial=1)), 10 ** (places + 1)) * constants
    if not _room([achieved, goal, baseline], factor):
        achieved, goal, baseline = _exact(achieved), _exact(goal), _exact(baseline)
        dd = _exact(dd)
    gap = np.where(increase, goal - achieved, achieved - goal)
    zero = gap * 0
    shortfall, surplus = np.maximum(gap, zero), np.maximum(-gap, zero)
    is_met = np.where(increase, achieved >= goal, achieved <= goal)
    status = _status(
        targets, settings, when, count, is_met, achieved - baseline, goal - baseline, dd
    )
    capaian = _capaian(settings, increase, achieved, goal, count, places)
    return Computed(
        scale=scale,
        as_of=when,
        counted=count,
        not_counted=np.bincount(figures.target, minlength=n) - count,
        achieved=achieved,
        shortfall=shortfall,
        surplus=surplus,
        is_met=is_met.astype(bool),
        status=status,
        figure_reason=figure_reason,
        **capaian,
    )


def _constants(settings: Evaluation, places: int) -> int:
    """The largest numerator or denominator any comparison multiplies a value by."""
    fractions = [*_edges(settings.band_policy)]
    thresholds = settings.thresholds
    fractions += [thresholds.on_track, thresholds.needs_acceleration, thresholds.limited_progress]
    if settings.clamp is not None:
        fractions += list(settings.clamp)
    largest_part: int = max(max(abs(f.numerator), f.denominator) for f in fractions)
    return largest_part * int(10**places)


def figure_values(figures: Figures, scale: int) -> Array:
    """Every figure's value at ``scale``, in reading order."""
    parts = [v.at(scale) for _, v in figures.values]
    if not parts:
        return np.zeros(0, dtype=np.int64)
    if any(p.dtype == object for p in parts):
        parts = [p.astype(object) for p in parts]
    return np.concatenate(parts)


def _as_of(targets: Targets, figures: Figures, as_of: int | None) -> Array:
    """Each target's as-of date: the one given, else the end of its latest figure.

    As [`pledgekit.Case.assess`][pledgekit.Case.assess]: a target with no figure is
    assessed at the latest date of the whole table, or, with no figure at all, the day
    before its period starts.
    """
    n = len(targets.start)
    if as_of is not None:
        return np.full(n, as_of, dtype=np.int64)
    when = np.full(n, -1, dtype=np.int64)
    np.maximum.at(when, figures.target, figures.end.astype(np.int64))
    if len(figures.end):
        latest = int(figures.end.max())
        return np.where(when < 0, latest, when)
    start = targets.start.astype(np.int64)
    return np.where(start > 1, start - 1, start)


def _counted(
    targets: Targets, figures: Figures, when: Array, policy: Straddling | None
) -> tuple[Array, Array]:
    """Which figures count: within the period (straddling ones by policy), ended by as-of."""
    start, end = targets.start[figures.target], targets.end[figures.target]
    contained = (figures.start >= start) & (figures.end <= end)
    crosses = (figures.start <= end) & (figures.end >= start) & ~contained
    include = policy is Straddling.INCLUDE
    inside = contained | (crosses & include)
    late = figures.end > when[figures.target]
    counted = inside & ~late
    reason = np.full(len(counted), "", dtype=object)
    reason[~inside & ~crosses] = "outside"
    if not include:
        reason[crosses] = "straddling"
    reason[inside & late] = "after_as_of"
    return counted, reason


def _refuse_overlaps(figures: Figures, counted: Array, summed: Array) -> None:
    """Two counted figures of a summed target over the same days would count them twice."""
    rows = np.flatnonzero(counted & summed[figures.target])
    order = rows[np.lexsort((figures.start[rows], figures.target[rows]))]
    same = figures.target[order[1:]] == figures.target[order[:-1]]
    overlap = same & (figures.start[order[1:]] <= figures.end[order[:-1]])
    if not overlap.any():
        return
    table = figures.table
    problems = []
    for index in np.flatnonzero(overlap)[:MAX_PROBLEMS]:
        earlier, later = int(figures.row[order[index]]), int(figures.row[order[index + 1]])
        problems.append(
            Problem(
                table.where(later),
                f"a figure whose period overlaps the one on {table.where(earlier)}, for a "
                "summed indicator: its days would be counted twice; expected one figure "
                "per period",
            )
        )
    raise DataFileError(table.name, problems)


def _achieved(
    figures: Figures,
    values: Array,
    counted: Array,
    summed: Array,
    baseline: Array,
    count: Array,
) -> Array:
    """The baseline plus the sum (a summed indicator), or the latest level counted."""
    rows = np.flatnonzero(counted)
    owner = figures.target[rows]
    flows = rows[summed[owner]]
    exact = values.dtype == object or baseline.dtype == object
    most = np.bincount(figures.target[flows], minlength=len(baseline)).max(initial=0)
    if not exact and (largest(values) + 1) * (int(most) + 1) + largest(baseline) >= INT64_ROOM:
        exact = True
    base = baseline.astype(object) if exact else baseline
    sums = base * 0
    np.add.at(sums, figures.target[flows], values[flows].astype(base.dtype))
    levels = rows[~summed[owner]]
    order = levels[np.lexsort((figures.start[levels], figures.end[levels], figures.target[levels]))]
    owners = figures.target[order]
    last = np.ones(len(order), dtype=bool)
    last[:-1] = owners[1:] != owners[:-1]
    latest = base.copy()
    latest[owners[last]] = values[order[last]]
    _refuse_conflicts(figures, values, order, owners, last)
    return np.where(summed, base + sums, np.where(count > 0, latest, base))


def _refuse_conflicts(
    figures: Figures, values: Array, order: Array, owners: Array, last: Array
) -> None:
    """Two levels at the latest date with different values: which one holds is not known."""
    if not len(order):
        return
    final = np.zeros(int(owners.max()) + 1, dtype=np.int64)
    final[owners[last]] = order[last]
    pick = final[owners]
    clash = (figures.end[order] == figures.end[pick]) & (values[order] != values[pick])
    if not clash.any():
        return
    table = figures.table
    problems = [
        Problem(
            table.where(int(figures.row[order[i]])),
            f"a level ending on the day the latest one does (on {table.where(int(figures.row[pick[i]]))}) "
            "with another value, for an indicator whose latest value counts; expected one "
            "level per date",
        )
        for i in np.flatnonzero(clash)[:MAX_PROBLEMS]
    ]
    raise DataFileError(table.name, problems)


def _status(
    targets: Targets,
    settings: Evaluation,
    when: Array,
    count: Array,
    is_met: Array,
    moved: Array,
    span: Array,
    dd: Array,
) -> Array:
    """`PaceStatus` by the pace index ``(moved / span) / (elapsed / days)``, exactly."""
    start, end = targets.start.astype(np.int64), targets.end.astype(np.int64)
    elapsed = np.clip(when - start + 1, 0, None)
    elapsed = np.minimum(elapsed, end - start + 1)
    if dd.dtype == object:
        elapsed = elapsed.astype(object)
    sign = np.sign(span)
    ahead = sign * moved * dd  # the pace index's numerator, positive the good way
    behind = sign * span * elapsed  # its denominator: |span| × elapsed days
    thresholds = settings.thresholds
    bands = (
        (thresholds.on_track, PaceStatus.ON_TRACK),
        (thresholds.needs_acceleration, PaceStatus.NEEDS_ACCELERATION),
        (thresholds.limited_progress, PaceStatus.LIMITED_PROGRESS),
    )
    code = np.full(len(count), _STATUS.index(PaceStatus.DETERIORATING), dtype=np.int64)
    for bound, status in reversed(bands):
        reached = ahead * bound.denominator >= behind * bound.numerator
        code = np.where(reached, _STATUS.index(status), code)
    # No day elapsed only before the period starts, when no figure within it has ended
    # yet: a target with a counted figure always has a day elapsed (a table has no
    # schedule, whose share due could be nought), so the pace index is defined.
    code = np.where(span == 0, _STATUS.index(PaceStatus.DETERIORATING), code)
    code = np.where(when >= end, _STATUS.index(PaceStatus.MISSED), code)
    code = np.where(is_met, _STATUS.index(PaceStatus.ACHIEVED), code)
    return np.where(count == 0, _STATUS.index(PaceStatus.NO_DATA), code)


def _capaian(
    settings: Evaluation,
    increase: Array,
    achieved: Array,
    goal: Array,
    count: Array,
    places: int,
) -> dict[str, Array]:
    """The capaian in percent as numerator/denominator, its predikat and its display value."""
    reasons = list(NoCapaian)
    over_r = settings.lower_is_better is LowerIsBetter.T_OVER_R
    reason = np.full(len(goal), -1, dtype=np.int64)
    reason = np.where(
        ~increase & over_r & (achieved == 0), reasons.index(NoCapaian.ZERO_REALISASI), reason
    )
    reason = np.where(goal == 0, reasons.index(NoCapaian.ZERO_TARGET), reason)
    reason = np.where(count == 0, reasons.index(NoCapaian.NO_FIGURE), reason)
    rated = reason < 0
    hundred = 100
    if increase.all():
        num, den = hundred * achieved, goal
    elif over_r:
        num = np.where(increase, hundred * achieved, hundred * goal)
        den = np.where(increase, goal, achieved)
    else:
        num = np.where(increase, hundred * achieved, hundred * (2 * goal - achieved))
        den = goal
    one = den * 0 + 1
    num, den = np.where(rated, num, 0 * num), np.where(rated, den, one)
    negative = den < 0
    num, den = np.where(negative, -num, num), np.where(negative, -den, den)
    if settings.clamp is not None:
        num, den = _clamped(num, den, settings.clamp)
    edges = _edges(settings.band_policy)
    band = np.full(len(num), len(edges), dtype=np.int64)
    for index in reversed(range(len(edges))):
        edge = edges[index]
        band = np.where(num * edge.denominator >= den * edge.numerator, index, band)
    shown = _shown(num, den, band, edges, places)
    divisor = _gcd(num, den)
    return {
        "rated": rated,
        "reason": reason,
        "numerator": num // divisor,
        "denominator": den // divisor,
        "predikat": np.where(rated, band, -1),
        "shown": shown,
    }


def _clamped(num: Array, den: Array, clamp: tuple[Fraction, Fraction]) -> tuple[Array, Array]:
    low, high = clamp
    below = num * low.denominator < den * low.numerator
    above = num * high.denominator > den * high.numerator
    num = np.where(below, low.numerator, np.where(above, high.numerator, num))
    den = np.where(below, low.denominator, np.where(above, high.denominator, den))
    return num, den


def _shown(num: Array, den: Array, band: Array, edges: list[Fraction], places: int) -> Array:
    """Rounded half-up to ``places``, never onto the next band's edge (as ``percent()`` does)."""
    scaled = num * 10**places
    magnitude = np.abs(scaled)
    half_up = np.sign(scaled) * ((2 * magnitude + den) // (2 * den))
    floor = scaled // den
    shown = half_up
    for index, edge in enumerate(edges):
        # A rate in the band below this edge must not be shown at or above it.
        below = band == index + 1
        onto = half_up * edge.denominator >= edge.numerator * 10**places
        shown = np.where(below & onto, floor, shown)
    return np.asarray(shown)


def _gcd(num: Array, den: Array) -> Array:
    if num.dtype == object or den.dtype == object:
        return np.array(
            [math.gcd(int(a), int(b)) for a, b in zip(num, den, strict=True)], dtype=object
        )
    return np.gcd(num, den)


@attrs.frozen(kw_only=True)
class GroupMeans:
    """The mean capaian of each group and its predikat, as the form's footer gives them.

    Attributes:
        targets: How many targets each group has.
        rated: How many of them have a capaian (the mean's count).
        shown: The mean rounded for display, at ``places`` (an integer), where rated.
        predikat: Index into the bands, -1 where no target of the group is rated.
        exact: How many groups were decided by exact Fraction arithmetic (the others by
            guard digits, whose interval held no band edge or rounding point).
    """

    targets: Array
    rated: Array
    shown: list[int | None]
    predikat: Array
    exact: int


def group_means(
    codes: Array, groups: int, computed: Computed, settings: Evaluation, places: int
) -> GroupMeans:
    """Each group's unweighted mean capaian (`roll_up`), from guard digits or exactly.

    Each rate is floored at ``guard`` places, so that a group's mean lies in a known
    interval one unit of the last guard digit wide. Where that interval holds no band
    edge and no point where the display rounding changes, the predikat and the figure
    shown are those of any point in it; elsewhere the group's mean is computed exactly.
    """
    guard = places + 6
    rated = computed.rated
    num, den = computed.numerator, computed.denominator
    floors = (num * 10**guard) // den
    per_group = np.bincount(codes[rated], minlength=groups)
    targets = np.bincount(codes, minlength=groups)
    exact_sums = (
        floors.dtype == object
        or (largest(floors) + 1) * (int(per_group.max(initial=0)) + 1) >= INT64_ROOM
    )
    sums = np.zeros(groups, dtype=object if exact_sums else np.int64)
    np.add.at(sums, codes[rated], floors[rated].astype(sums.dtype))
    edges = _edges(settings.band_policy)
    shown: list[int | None] = [None] * groups
    band = np.full(groups, -1, dtype=np.int64)
    exact = 0
    members: dict[int, list[int]] | None = None
    for group in range(groups):
        count = int(per_group[group])
        if not count:
            continue
        decided = _decided(int(sums[group]), count, guard, edges, places)
        if decided is None:
            if members is None:
                members = _members(codes, rated)
            rates = [Fraction(int(num[i]), int(den[i])) for i in members[group]]
            rolled = roll_up(rates, policy=settings.band_policy)
            # Fraction(Decimal) is exact: no context can round the shown figure.
            shown_value = Fraction(rolled.percent(places)) * 10**places
            decided = (*_BANDS, Predikat.SANGAT_RENDAH).index(rolled.predikat), int(shown_value)
            exact += 1
        band[group], shown[group] = decided
    return GroupMeans(targets=targets, rated=per_group, shown=shown, predikat=band, exact=exact)


def _members(codes: Array, rated: Array) -> dict[int, list[int]]:
    members: dict[int, list[int]] = {}
    for index in np.flatnonzero(rated):
        members.setdefault(int(codes[index]), []).append(int(index))
    return members


def _decided(
    total: int, count: int, guard: int, edges: list[Fraction], places: int
) -> tuple[int, int] | None:
    """The band and the shown value of every mean in ``[low, high)``, or ``None`` if they differ.

    ``low = total / (count × 10**guard)`` and ``high`` one unit of the last guard digit
    above it; all in integers, cross-multiplied.
    """
    unit = count * 10**guard  # low = total / unit, high = (total + count) / unit
    if any(
        total * e.denominator < e.numerator * unit < (total + count) * e.denominator for e in edges
    ):
        return None
    step = 10**places
    # A point where half-up rounding or flooring to `places` changes: m / (2 × step).
    lowest, highest = 2 * step * total, 2 * step * (total + count)
    below_high = -(-highest // unit) - 1  # the largest integer below highest / unit
    if below_high * unit > lowest:
        return None
    if total < 0 and lowest % unit == 0:
        return None  # a negative half-point rounds away from zero, the values above it not
    band = next(
        (i for i, e in enumerate(edges) if total * e.denominator >= e.numerator * unit), len(edges)
    )
    scaled = step * total
    shown = (2 * abs(scaled) + unit) // (2 * unit) * (1 if scaled >= 0 else -1)
    if band > 0:
        edge = edges[band - 1]
        if shown * edge.denominator >= edge.numerator * step:
            shown = scaled // unit
    return band, shown
