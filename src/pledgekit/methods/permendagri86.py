"""Capaian and predikat: the RPJMD evaluation of Permendagri 86/2017.

Source: Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017 tentang Tata Cara
Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah, ..., Lampiran, the form
"Evaluasi Terhadap Hasil RPJMD" (evaluation of the results of the regional
medium-term development plan). For each indicator the form sets the target (T)
against the realisation (R), computes the achievement rate (*tingkat capaian*,
a percentage), rates it on five bands (*predikat*), and closes with the mean
achievement rate and its predikat (the form's footer).

The regulation leaves several things open; each is a documented parameter here
(see ``docs/methods.md``):

- lower-is-better indicators: ``(2T − R) / T × 100`` by default
  ([`LowerIsBetter.TWO_T_MINUS_R`][pledgekit.methods.permendagri86.LowerIsBetter.TWO_T_MINUS_R]),
  ``T / R × 100`` selectable;
- range targets: the bound nearest the realisation is the target; inside the
  range the rate is exactly 100;
- the rate is raw (it may exceed 100 or fall below 0); clamping is explicit;
- the printed bands are integers with gaps (91–100, 76–90, 66–75, 51–65, ≤ 50):
  by default they are read as half-open (``≥ 91``, ``≥ 76``, ``≥ 66``, ``≥ 51``,
  else), or, with
  [`BandPolicy.ROUND_FIRST`][pledgekit.methods.permendagri86.BandPolicy.ROUND_FIRST],
  the rate is first rounded half-up to a whole number and then rated on the printed
  bands;
- the footer is the unweighted mean; a weighted mean is optional.

Every rate is an exact `Fraction`; nothing is rounded until it is
presented ([`pledgekit.round_fraction`][pledgekit.round_fraction]).

>>> from pledgekit import Direction
>>> from pledgekit.methods.permendagri86 import capaian, predikat
>>> capaian(150000, 146305, Direction.INCREASE)
Fraction(29261, 300)
>>> predikat(capaian(150000, 146305, Direction.INCREASE))
<Predikat.SANGAT_TINGGI: 'sangat_tinggi'>
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
from collections.abc import Iterable, Mapping
from decimal import ROUND_FLOOR, Decimal
from fractions import Fraction
from typing import TypeAlias

import attrs

from pledgekit._amounts import add_amounts, round_fraction, to_amount
from pledgekit._indicator import Accumulation, Direction, Observation, Target
from pledgekit._period import Period
from pledgekit._progress import Progress
from pledgekit._schedule import ScheduleEntry, to_target_value
from pledgekit.exceptions import InvalidValueError
from pledgekit.methods._arguments import direction_argument as _direction
from pledgekit.methods._arguments import year_argument as _year
from pledgekit.methods._permendagri86_bands import (
    KUALITAS,
    PERMENDAGRI_86_BANDS,
    TINGKAT_CAPAIAN,
    BandPolicy,
    LabelSet,
    Number,
    Predikat,
    PredikatBands,
    _to_fraction,
    next_band_at,
    predikat,
)
from pledgekit.methods._permendagri86_rollup import RollUp, roll_up

__all__ = [
    "Amount",
    "BandPolicy",
    "KUALITAS",
    "LabelSet",
    "LowerIsBetter",
    "NoCapaian",
    "PERMENDAGRI_86_BANDS",
    "PeriodCapaian",
    "Predikat",
    "PredikatBands",
    "RollUp",
    "ScheduledCapaian",
    "TINGKAT_CAPAIAN",
    "TargetValue",
    "YearCapaian",
    "accumulate",
    "capaian",
    "end_of_period",
    "end_of_period_capaian",
    "next_band_at",
    "predikat",
    "progress_capaian",
    "roll_up",
    "schedule_capaian",
    "yearly_capaian",
]

Amount: TypeAlias = int | str | Decimal
"""What an amount may be given as (see [`pledgekit.to_amount`][pledgekit.to_amount]).

An ``int``, a decimal string or a `Decimal`, all read exactly; a ``float`` is refused.
Bekasi's 146,305 jobs against the 150,000 pledged rate 146,305 / 150,000 × 100 =
97.536…, however the figure is given:

>>> from decimal import Decimal
>>> from pledgekit import Direction
>>> from pledgekit.methods.permendagri86 import Amount, capaian
>>> given: list[Amount] = [146305, "146305", Decimal("146305")]
>>> {capaian(150000, realisasi, Direction.INCREASE) for realisasi in given}
{Fraction(29261, 300)}
>>> capaian(150000, 146305.0, Direction.INCREASE)
Traceback (most recent call last):
...
pledgekit.exceptions.InvalidValueError: capaian(realisasi): got 146305.0 (float); ...
"""
TargetValue: TypeAlias = Amount | tuple[Amount, Amount]
"""A target: one value, or a ``(low, high)`` range.

A realisation inside a range rates exactly 100; outside it, the bound nearest the
realisation is the target. An unemployment rate targeted at 5–6 % (less is better):

>>> from pledgekit import Direction
>>> from pledgekit.methods.permendagri86 import TargetValue, capaian
>>> band: TargetValue = ("5", "6")
>>> capaian(band, "5.4", Direction.DECREASE)  # inside 5–6
Fraction(100, 1)
>>> capaian(band, "6.6", Direction.DECREASE)  # against 6: (2 × 6 − 6.6) / 6 × 100 = 90
Fraction(90, 1)
>>> capaian(band, "4.5", Direction.DECREASE)  # against 5: (2 × 5 − 4.5) / 5 × 100 = 110
Fraction(110, 1)
"""

_HUNDRED = Fraction(100)


class LowerIsBetter(enum.Enum):
    """The achievement-rate formula for an indicator where less is better.

    An unemployment rate of 5.9 % against a target of 5.5 % rates (2 × 5.5 − 5.9) / 5.5
    × 100 = 92.72… or 5.5 / 5.9 × 100 = 93.22…; at twice the target, 11.0 %, it rates
    (11 − 11) / 5.5 × 100 = 0 or 5.5 / 11 × 100 = 50:

    >>> from pledgekit import Direction
    >>> from pledgekit.methods.permendagri86 import LowerIsBetter, capaian
    >>> [capaian("5.5", "5.9", Direction.DECREASE, formula=f) for f in LowerIsBetter]
    [Fraction(1020, 11), Fraction(5500, 59)]
    >>> [capaian("5.5", "11.0", Direction.DECREASE, formula=f) for f in LowerIsBetter]
    [Fraction(0, 1), Fraction(50, 1)]
    """

    #: ``(2T − R) / T × 100``: symmetric with ``R / T``; the default.
    TWO_T_MINUS_R = "2t_minus_r"
    #: ``T / R × 100``: the reciprocal form some regions use.
    T_OVER_R = "t_over_r"


# Coercion ---------------------------------------------------------------------------


def _target(value: object, where: str) -> Decimal | tuple[Decimal, Decimal]:
    # A Target's own reader: one amount, or a (low, high) range.
    return to_target_value(value, where)


def _clamp(value: object) -> tuple[Fraction, Fraction] | None:
    if value is None:
        return None
    if not isinstance(value, tuple) or len(value) != 2:
        raise InvalidValueError(value, "None or a (low, high) pair such as (0, 100)", "clamp")
    low = _to_fraction(value[0], "clamp[0]")
    high = _to_fraction(value[1], "clamp[1]")
    if high < low:
        raise InvalidValueError(value, "a (low, high) pair with low <= high", "clamp")
    return (low, high)


# Capaian ----------------------------------------------------------------------------


def capaian(
    target: TargetValue,
    realisasi: Amount,
    direction: Direction,
    *,
    formula: LowerIsBetter = LowerIsBetter.TWO_T_MINUS_R,
    clamp: tuple[Number, Number] | None = None,
) -> Fraction:
    """The achievement rate (*tingkat capaian*) of one realisation, in percent, exactly.

    - More is better ([`Direction.INCREASE`][pledgekit.Direction.INCREASE]): ``R / T × 100``.
    - Less is better ([`Direction.DECREASE`][pledgekit.Direction.DECREASE]): ``(2T − R)
      / T × 100`` by default, or ``T / R × 100`` with
      ``formula=LowerIsBetter.T_OVER_R``.
    - A range target ``(low, high)``: a realisation inside the range scores exactly
      100; outside it, the bound nearest the realisation is the target ``T``, with
      the indicator's own formula.

    Args:
        target: The target ``T``, or a ``(low, high)`` range.
        realisasi: The realisation ``R``.
        direction: Which way is good for the indicator.
        formula: The formula for a lower-is-better indicator.
        clamp: ``None`` (the raw rate, which may exceed 100 or fall below 0) or a
            ``(low, high)`` pair to clamp to, such as ``(0, 100)``.

    Returns:
        The rate in percent as an exact Fraction.

    Raises:
        InvalidValueError: A target of zero (the rate is undefined), a realisation of
            zero with ``T / R``, a float, a reversed range or clamp.

    Jobs opened against a target (more is better), and an unemployment rate of
    5.9 % against a target of 5.5 % (less is better):

    >>> from pledgekit import Direction
    >>> from pledgekit.methods.permendagri86 import LowerIsBetter, capaian
    >>> capaian(150000, 146305, Direction.INCREASE)
    Fraction(29261, 300)
    >>> capaian("5.5", "5.9", Direction.DECREASE)
    Fraction(1020, 11)
    >>> capaian("5.5", "5.9", Direction.DECREASE, formula=LowerIsBetter.T_OVER_R)
    Fraction(5500, 59)
    >>> capaian(("5", "6"), "5.4", Direction.INCREASE)
    Fraction(100, 1)
    >>> capaian(100, 130, Direction.INCREASE, clamp=(0, 100))
    Fraction(100, 1)
    """
    goal = _target(target, "capaian(target)")
    actual = Fraction(to_amount(realisasi, where="capaian(realisasi)"))
    good = _direction(direction, "capaian(direction)")
    if not isinstance(formula, LowerIsBetter):
        raise InvalidValueError(formula, "a LowerIsBetter formula", "capaian(formula)")
    return _capaian(goal, actual, good, formula, _clamp(clamp))


def _capaian(
    goal: Decimal | tuple[Decimal, Decimal],
    actual: Fraction,
    good: Direction,
    formula: LowerIsBetter,
    bounds: tuple[Fraction, Fraction] | None,
) -> Fraction:
    """`capaian` on checked arguments; ``actual`` may be a sum past the digit limits."""
    if isinstance(goal, tuple):
        low, high = Fraction(goal[0]), Fraction(goal[1])
        if low <= actual <= high:
            rate = _HUNDRED
        else:
            nearest = low if actual < low else high
            rate = _rate(nearest, actual, good, formula)
    else:
        rate = _rate(Fraction(*goal.as_integer_ratio()), actual, good, formula)

    if bounds is not None:
        rate = min(max(rate, bounds[0]), bounds[1])
    return rate


def _rate(
    target: Fraction, actual: Fraction, direction: Direction, formula: LowerIsBetter
) -> Fraction:
    if target == 0:
        raise InvalidValueError(
            target,
            "a non-zero target (an achievement rate divides by the target; state a "
            "zero target as a range or assess it with pledgekit.progress)",
            "capaian(target)",
        )
    # Each formula as one quotient of integers, normalised once: the same Fraction as
    # R / T × 100, (2T − R) / T × 100 and T / R × 100 computed step by step.
    t, u = target.numerator, target.denominator
    r, v = actual.numerator, actual.denominator
    if direction is Direction.INCREASE:
        return Fraction(100 * r * u, v * t)
    if formula is LowerIsBetter.TWO_T_MINUS_R:
        return Fraction(100 * (2 * t * v - r * u), v * t)
    if actual == 0:
        raise InvalidValueError(
            actual,
            "a non-zero realisation with the T / R formula (it divides by the realisation; "
            "use LowerIsBetter.TWO_T_MINUS_R)",
            "capaian(realisasi)",
        )
    return Fraction(100 * t * v, u * r)


# Accumulation and the plan's years --------------------------------------------------


def accumulate(realisasi: Iterable[Amount], accumulation: Accumulation) -> Decimal:
    """Combine realisations: the sum for a cumulative indicator, the last for a stock.

    Args:
        realisasi: The realisations in time order.
        accumulation: [`Accumulation.SUM`][pledgekit.Accumulation.SUM] (jobs opened per year) or
            [`Accumulation.LAST`][pledgekit.Accumulation.LAST] (an unemployment rate).

    >>> from pledgekit import Accumulation
    >>> from pledgekit.methods.permendagri86 import accumulate
    >>> accumulate([27197, 56000, 58000, 5108], Accumulation.SUM)
    Decimal('146305')
    >>> accumulate(["6.2", "5.9"], Accumulation.LAST)
    Decimal('5.9')
    """
    values = [to_amount(v, where=f"realisasi[{i}]") for i, v in enumerate(realisasi)]
    if not isinstance(accumulation, Accumulation):
        raise InvalidValueError(accumulation, "a pledgekit.Accumulation", "accumulation")
    if not values:
        raise InvalidValueError([], "at least one realisation", "realisasi")
    if accumulation is Accumulation.SUM:
        return add_amounts(values)
    return values[-1]


class NoCapaian(enum.Enum):
    """Why a target or a year has no achievement rate and no predikat.

    No figure, a target of zero, and a realisation of zero under ``T / R`` (which
    divides by it) give no rate, each with its reason; a schedule's year adds the others
    ([`ScheduledCapaian`][pledgekit.methods.permendagri86.ScheduledCapaian] shows
    Bekasi's January–June 2022, a period not covered):

    >>> from pledgekit import Accumulation, Direction
    >>> from pledgekit.methods.permendagri86 import LowerIsBetter, end_of_period
    >>> end_of_period(150000, {}, Direction.INCREASE, Accumulation.SUM).reason
    <NoCapaian.NO_FIGURE: 'no_figure'>
    >>> end_of_period(0, {2019: 5}, Direction.INCREASE, Accumulation.SUM).reason
    <NoCapaian.ZERO_TARGET: 'zero_target'>
    >>> end_of_period("5.5", {2021: "0"}, Direction.DECREASE, Accumulation.LAST,
    ...               formula=LowerIsBetter.T_OVER_R).reason
    <NoCapaian.ZERO_REALISASI: 'zero_realisasi'>
    """

    #: No realisation is counted: nothing to rate (never graded as zero, nor from the
    #: baseline).
    NO_FIGURE = "no_figure"
    #: The target is zero: the rate divides by the target.
    ZERO_TARGET = "zero_target"
    #: The realisation is zero with the ``T / R`` formula, which divides by it.
    ZERO_REALISASI = "zero_realisasi"
    #: A schedule entry's period is not covered exactly by the flow figures within it
    #: (a gap, an overlap, or a figure straddling its start or end): a partial sum is
    #: never rated.
    PERIOD_NOT_COVERED = "period_not_covered"
    #: A schedule entry's period has not ended at the as-of date.
    NOT_YET_DUE = "not_yet_due"
    #: Several level figures end on the day a schedule entry is due, with different values.
    CONFLICTING_FIGURES = "conflicting_figures"


@attrs.frozen(kw_only=True)
class YearCapaian:
    """One year's row of the evaluation form.

    Attributes:
        year: The plan year.
        target: That year's target (or range).
        realisasi: That year's realisation, or ``None`` when none is reported.
        capaian: The achievement rate in percent, or ``None`` without a realisation.
        predikat: Its band, or ``None`` without a realisation.

    Bekasi's figures for 2019 and 2020 against 30,000 a year (an invented yearly target):
    27,197 / 30,000 × 100 = 90.656…, below 91, and 56,000 / 30,000 × 100 = 186.66…:

    >>> from pledgekit import Direction
    >>> from pledgekit.methods.permendagri86 import yearly_capaian
    >>> rows = yearly_capaian({2019: 30000, 2020: 30000}, {2019: 27197, 2020: 56000},
    ...                       Direction.INCREASE)
    >>> [(row.year, row.realisasi, row.capaian, row.predikat.name) for row in rows]
    [(2019, Decimal('27197'), Fraction(27197, 300), 'TINGGI'), (2020, Decimal('56000'), Fraction(560, 3), 'SANGAT_TINGGI')]
    """

    year: int
    target: Decimal | tuple[Decimal, Decimal]
    realisasi: Decimal | None
    capaian: Fraction | None
    predikat: Predikat | None

    @property
    def reason(self) -> NoCapaian | None:
        """Why the year has no rate (`NoCapaian.NO_FIGURE`), or ``None`` when it has one.

        >>> from decimal import Decimal
        >>> from pledgekit.methods.permendagri86 import YearCapaian
        >>> YearCapaian(
        ...     year=2021, target=Decimal(30000), realisasi=None, capaian=None, predikat=None
        ... ).reason
        <NoCapaian.NO_FIGURE: 'no_figure'>
        """
        return NoCapaian.NO_FIGURE if self.capaian is None else None


@attrs.frozen(kw_only=True)
class PeriodCapaian:
    """The achievement rate of a target over its period, or why there is none.

    Attributes:
        target: The target ``T`` (or range).
        realisasi: The combined realisation ``R``, or ``None`` when no figure is counted.
        value: The rate in percent points, exact; ``None`` when
            [`reason`][pledgekit.methods.permendagri86.PeriodCapaian.reason] says why
            not.
        predikat: Its band; ``None`` exactly when
            [`value`][pledgekit.methods.permendagri86.PeriodCapaian.value] is.
        figure_period: For a stock indicator
            ([`Accumulation.LAST`][pledgekit.Accumulation.LAST]), the period of the
            figure rated, which may end before the target period; ``None`` for a
            cumulative indicator or without a figure.
        reason: Why there is no rate, or ``None`` when there is one.
        next_band_at: The lowest rate rated one band higher (see
            [`next_band_at`][pledgekit.methods.permendagri86.PeriodCapaian.next_band_at]),
            under the band policy the rate was rated with; ``None`` in the top band or
            without a rate.
            [`percent`][pledgekit.methods.permendagri86.PeriodCapaian.percent] never
            rounds onto it.
        stale_figure: ``True`` when
            [`figure_period`][pledgekit.methods.permendagri86.PeriodCapaian.figure_period]
            ends before the date the rate speaks of (the as-of date, or the target
            period's end if that is earlier): a level rated from an older figure, which
            a report must say.

    Bekasi's pledge of 150,000 jobs, rated on its figures for 2019 to January–June 2022:

    >>> from pledgekit import Accumulation, Direction
    >>> from pledgekit.methods.permendagri86 import end_of_period
    >>> rated = end_of_period(150000, {2019: 27197, 2020: 56000, 2021: 58000, 2022: 5108},
    ...                       Direction.INCREASE, Accumulation.SUM)
    >>> rated.realisasi, rated.value  # 27,197 + 56,000 + 58,000 + 5,108 = 146,305
    (Decimal('146305'), Fraction(29261, 300))
    >>> rated.percent(), rated.predikat.label()  # 146,305 / 150,000 × 100 = 97.536…
    (Decimal('97.54'), 'Sangat Tinggi')
    """

    target: Decimal | tuple[Decimal, Decimal]
    realisasi: Decimal | None
    value: Fraction | None
    predikat: Predikat | None
    figure_period: Period | None = None
    reason: NoCapaian | None = None
    next_band_at: Fraction | None = None
    stale_figure: bool = False

    def percent(self, places: int = 2) -> Decimal | None:
        """The rate rounded half-up to ``places``, never onto a band edge it does not reach.

        Display rounding only: 90.9993 % is Tinggi (below 91); shown as 91.00 % it would
        read as Sangat Tinggi, so it is rounded down instead, to 90.99 %. ``None``
        without a rate.

        >>> from decimal import Decimal
        >>> from fractions import Fraction
        >>> from pledgekit.methods.permendagri86 import PeriodCapaian, Predikat
        >>> rated = PeriodCapaian(target=Decimal(100), realisasi=Decimal("90.9993"),
        ...                       value=Fraction(909993, 10000), predikat=Predikat.TINGGI,
        ...                       next_band_at=Fraction(91))
        >>> rated.percent(), rated.percent(3)
        (Decimal('90.99'), Decimal('90.999'))
        """
        if self.value is None:
            return None
        shown = round_fraction(self.value, places)
        edge = self.next_band_at
        if edge is not None and Fraction(shown) >= edge:
            shown = round_fraction(self.value, places, ROUND_FLOOR)
        return shown


def yearly_capaian(
    targets: Mapping[int, TargetValue],
    realisasi: Mapping[int, Amount],
    direction: Direction,
    *,
    formula: LowerIsBetter = LowerIsBetter.TWO_T_MINUS_R,
    clamp: tuple[Number, Number] | None = None,
    policy: BandPolicy = BandPolicy.HALF_OPEN,
) -> tuple[YearCapaian, ...]:
    """The achievement rate for each year of the plan that has a target.

    Each year's realisation is rated against that year's target; a year with a target
    and no realisation gets a row without a rate. A realisation for a year without a
    target is refused.

    >>> from pledgekit import Direction, round_fraction
    >>> from pledgekit.methods.permendagri86 import yearly_capaian
    >>> rows = yearly_capaian({2019: 30000, 2020: 30000}, {2019: 27197, 2020: 56000},
    ...                       Direction.INCREASE)
    >>> [(r.year, round_fraction(r.capaian, 2), r.predikat.label()) for r in rows]
    [(2019, Decimal('90.66'), 'Tinggi'), (2020, Decimal('186.67'), 'Sangat Tinggi')]
    """
    if not isinstance(targets, Mapping) or not targets:
        raise InvalidValueError(targets, "a non-empty mapping of year to target", "targets")
    if not isinstance(realisasi, Mapping):
        raise InvalidValueError(realisasi, "a mapping of year to realisation", "realisasi")
    for year in realisasi:
        _year(year, "realisasi (year)")
        if year not in targets:
            raise InvalidValueError(
                year, f"a year with a target (targets cover {sorted(targets)})", "realisasi"
            )
    rows = []
    for year in sorted(_year(y, "targets (year)") for y in targets):
        goal = _target(targets[year], f"targets[{year}]")
        if year in realisasi:
            actual = to_amount(realisasi[year], where=f"realisasi[{year}]")
            rate = capaian(goal, actual, direction, formula=formula, clamp=clamp)
            rows.append(
                YearCapaian(
                    year=year,
                    target=goal,
                    realisasi=actual,
                    capaian=rate,
                    predikat=predikat(rate, policy=policy),
                )
            )
        else:
            rows.append(
                YearCapaian(year=year, target=goal, realisasi=None, capaian=None, predikat=None)
            )
    return tuple(rows)


def end_of_period_capaian(
    target: TargetValue,
    realisasi: Mapping[int, Amount],
    direction: Direction,
    accumulation: Accumulation,
    *,
    formula: LowerIsBetter = LowerIsBetter.TWO_T_MINUS_R,
    clamp: tuple[Number, Number] | None = None,
) -> Fraction:
    """The achievement rate at the end of the plan: the combined realisation against its target.

    A cumulative indicator ([`Accumulation.SUM`][pledgekit.Accumulation.SUM]) sums the
    years' realisations; a stock indicator
    ([`Accumulation.LAST`][pledgekit.Accumulation.LAST]) takes the latest year's, which
    may not be the plan's last:
    [`end_of_period`][pledgekit.methods.permendagri86.end_of_period] says which year it
    is, and gives no rate rather than an error when no year has a figure.

    >>> from pledgekit import Accumulation, Direction
    >>> from pledgekit.methods.permendagri86 import end_of_period_capaian
    >>> end_of_period_capaian(150000, {2019: 27197, 2020: 56000, 2021: 58000},
    ...                       Direction.INCREASE, Accumulation.SUM)
    Fraction(141197, 1500)
    >>> end_of_period_capaian("5.5", {2019: "6.2", 2021: "5.5"},
    ...                       Direction.DECREASE, Accumulation.LAST)
    Fraction(100, 1)
    """
    if not isinstance(realisasi, Mapping) or not realisasi:
        raise InvalidValueError(
            realisasi, "a non-empty mapping of year to realisation", "realisasi"
        )
    years = sorted(_year(y, "realisasi (year)") for y in realisasi)
    combined = accumulate((realisasi[y] for y in years), accumulation)
    good = _direction(direction, "direction")
    if not isinstance(formula, LowerIsBetter):
        raise InvalidValueError(formula, "a LowerIsBetter formula", "formula")
    # A sum may pass the digit limits of one amount: it is rated, not refused.
    return _capaian(_target(target, "target"), Fraction(combined), good, formula, _clamp(clamp))


def _rated(
    goal: Decimal | tuple[Decimal, Decimal],
    actual: Decimal | None,
    direction: Direction,
    *,
    formula: LowerIsBetter,
    clamp: tuple[Number, Number] | None,
    policy: BandPolicy,
    figure_period: Period | None,
    stale_figure: bool = False,
) -> PeriodCapaian:
    """A `PeriodCapaian`, with the reason instead of a rate where there is none."""
    if not isinstance(formula, LowerIsBetter):
        raise InvalidValueError(formula, "a LowerIsBetter formula", "formula")
    if not isinstance(policy, BandPolicy):
        raise InvalidValueError(policy, "a BandPolicy", "policy")
    bounds = _clamp(clamp)
    reason = _no_rate(goal, actual, direction, formula)
    if reason is not None or actual is None:
        return PeriodCapaian(
            target=goal,
            realisasi=actual,
            value=None,
            predikat=None,
            figure_period=figure_period,
            reason=reason or NoCapaian.NO_FIGURE,
            stale_figure=stale_figure,
        )
    rate = _capaian(goal, Fraction(*actual.as_integer_ratio()), direction, formula, bounds)
    return PeriodCapaian(
        target=goal,
        realisasi=actual,
        value=rate,
        predikat=predikat(rate, policy=policy),
        figure_period=figure_period,
        next_band_at=next_band_at(rate, policy=policy),
        stale_figure=stale_figure,
    )


def _no_rate(
    goal: Decimal | tuple[Decimal, Decimal],
    actual: Decimal | None,
    direction: Direction,
    formula: LowerIsBetter,
) -> NoCapaian | None:
    """Why there is no rate: no figure, a zero target, or R = 0 under T / R."""
    if actual is None:
        return NoCapaian.NO_FIGURE
    if isinstance(goal, tuple) and goal[0] <= actual <= goal[1]:
        return None  # within a range target: 100 %
    # The target a rate divides by: a range's bound nearest the realisation.
    nearest = (goal[0] if actual < goal[0] else goal[1]) if isinstance(goal, tuple) else goal
    if nearest == 0:
        return NoCapaian.ZERO_TARGET
    lower_over = direction is Direction.DECREASE and formula is LowerIsBetter.T_OVER_R
    return NoCapaian.ZERO_REALISASI if lower_over and actual == 0 else None


def end_of_period(
    target: TargetValue,
    realisasi: Mapping[int, Amount],
    direction: Direction,
    accumulation: Accumulation,
    *,
    formula: LowerIsBetter = LowerIsBetter.TWO_T_MINUS_R,
    clamp: tuple[Number, Number] | None = None,
    policy: BandPolicy = BandPolicy.HALF_OPEN,
) -> PeriodCapaian:
    """The end-of-period rate and predikat, saying which year's figure a stock is rated on.

    As [`end_of_period_capaian`][pledgekit.methods.permendagri86.end_of_period_capaian],
    but as a [`PeriodCapaian`][pledgekit.methods.permendagri86.PeriodCapaian]: with no
    realisation there is no rate and no predikat
    ([`NoCapaian.NO_FIGURE`][pledgekit.methods.permendagri86.NoCapaian.NO_FIGURE]),
    never a rate of zero; a stock indicator whose last plan year has no figure is rated
    on the latest year that has one, and
    [`PeriodCapaian.figure_period`][pledgekit.methods.permendagri86.PeriodCapaian.figure_period]
    says which.

    >>> from pledgekit import Accumulation, Direction
    >>> from pledgekit.methods.permendagri86 import end_of_period
    >>> r = end_of_period("5.5", {2019: "6.2", 2021: "5.8"}, Direction.DECREASE,
    ...                   Accumulation.LAST)
    >>> r.value, r.predikat.label(), r.figure_period.start.year
    (Fraction(1040, 11), 'Sangat Tinggi', 2021)
    >>> r = end_of_period(150000, {}, Direction.INCREASE, Accumulation.SUM)
    >>> r.value, r.predikat, r.reason
    (None, None, <NoCapaian.NO_FIGURE: 'no_figure'>)
    """
    if not isinstance(realisasi, Mapping):
        raise InvalidValueError(realisasi, "a mapping of year to realisation", "realisasi")
    goal = _target(target, "target")
    good = _direction(direction, "direction")
    if not isinstance(accumulation, Accumulation):
        raise InvalidValueError(accumulation, "a pledgekit.Accumulation", "accumulation")
    years = sorted(_year(y, "realisasi (year)") for y in realisasi)
    combined = accumulate((realisasi[y] for y in years), accumulation) if years else None
    last = Period.year(years[-1]) if years and accumulation is Accumulation.LAST else None
    return _rated(
        goal, combined, good, formula=formula, clamp=clamp, policy=policy, figure_period=last
    )


def progress_capaian(
    progress: Progress,
    *,
    formula: LowerIsBetter = LowerIsBetter.TWO_T_MINUS_R,
    clamp: tuple[Number, Number] | None = None,
    policy: BandPolicy = BandPolicy.HALF_OPEN,
) -> PeriodCapaian:
    """The rate and predikat of a target from its progress: what was achieved against it.

    ``R`` is [`Progress.achieved`][pledgekit.Progress.achieved], ``T`` the target's
    value. With no counted figure there is no rate and no predikat
    ([`NoCapaian.NO_FIGURE`][pledgekit.methods.permendagri86.NoCapaian.NO_FIGURE]): the
    achieved value is then only the baseline, which rates nothing. For a stock
    indicator,
    [`PeriodCapaian.figure_period`][pledgekit.methods.permendagri86.PeriodCapaian.figure_period]
    is the period of the latest counted figure, and
    [`PeriodCapaian.stale_figure`][pledgekit.methods.permendagri86.PeriodCapaian.stale_figure]
    says whether it ends before the date the progress speaks of (its as-of date, or the
    target period's end if that is earlier).

    >>> import datetime as dt
    >>> from pledgekit import (Accumulation, Direction, Indicator, Observation, Period,
    ...                        Target, progress)
    >>> from pledgekit.methods.permendagri86 import progress_capaian
    >>> jobs = Indicator("Tenaga kerja", "orang", direction=Direction.INCREASE,
    ...                  accumulation=Accumulation.SUM)
    >>> target = Target(jobs, 30000, period=Period.year(2023))
    >>> r = progress_capaian(progress(target, [], as_of=dt.date(2023, 12, 31)))
    >>> r.value, r.predikat, r.reason
    (None, None, <NoCapaian.NO_FIGURE: 'no_figure'>)
    >>> r = progress_capaian(progress(target, [Observation(Period.year(2023), 27300)]))
    >>> r.value, r.predikat.label()
    (Fraction(91, 1), 'Sangat Tinggi')
    """
    if not isinstance(progress, Progress):
        raise InvalidValueError(progress, "a pledgekit.Progress", "progress_capaian(progress)")
    target, counted = progress.target, progress.observations
    level = bool(counted) and target.indicator.accumulation is Accumulation.LAST
    figure = counted[-1].period if level else None
    return _rated(
        target.value,
        progress.achieved if counted else None,
        target.indicator.direction,
        formula=formula,
        clamp=clamp,
        policy=policy,
        figure_period=figure,
        stale_figure=figure is not None and figure.end < min(progress.as_of, target.period.end),
    )


# Yearly capaian from a schedule -----------------------------------------------------


@attrs.frozen(kw_only=True)
class ScheduledCapaian:
    """One interim target of a schedule rated against the realisation of its own period.

    Attributes:
        entry: The schedule entry (its period and the value due).
        realisasi: The realisation of the entry's period: for a flow, the sum of the
            figures that cover the period exactly; for a level, the figure whose period
            ends on the entry's last day. ``None`` when there is none (see
            ``capaian.reason``).
        capaian: The rate of ``realisasi`` against the entry's value, or why there is none
            ([`NoCapaian.NOT_YET_DUE`][pledgekit.methods.permendagri86.NoCapaian.NOT_YET_DUE],
            [`NoCapaian.NO_FIGURE`][pledgekit.methods.permendagri86.NoCapaian.NO_FIGURE],
            `NoCapaian.PERIOD_NOT_COVERED`,
            `NoCapaian.CONFLICTING_FIGURES`,
            or a zero target).
        figures: The figures found for the entry, counted or not, so that a period not
            covered says what there was.

    Bekasi's figures against 30,000 a year (an invented schedule), at the end of 2022:

    >>> import datetime as dt
    >>> from pledgekit import (Accumulation, Direction, Indicator, Observation, Period,
    ...                        Target)
    >>> from pledgekit.methods.permendagri86 import schedule_capaian
    >>> jobs = Indicator("Tenaga kerja baru terserap", "orang", direction=Direction.INCREASE,
    ...                  accumulation=Accumulation.SUM)
    >>> target = Target(jobs, 60000, period=Period.years(2021, 2022),
    ...                 schedule={Period.year(2021): 30000, Period.year(2022): 30000})
    >>> figures = [Observation(Period.year(2021), 58000),
    ...            Observation(Period.months(2022, 1, 6), 5108)]
    >>> rated_2021, rated_2022 = schedule_capaian(target, figures, as_of=dt.date(2022, 12, 31))
    >>> rated_2021.capaian.percent(), rated_2022.capaian.reason  # 58,000 / 30,000 × 100
    (Decimal('193.33'), <NoCapaian.PERIOD_NOT_COVERED: 'period_not_covered'>)
    >>> [(str(o.period), o.value) for o in rated_2022.figures]  # what there was
    [('2022-01-01..2022-06-30', Decimal('5108'))]
    """

    entry: ScheduleEntry
    realisasi: Decimal | None
    capaian: PeriodCapaian
    figures: tuple[Observation, ...] = ()


def schedule_capaian(
    target: Target,
    observations: Iterable[Observation],
    *,
    as_of: dt.date,
    formula: LowerIsBetter = LowerIsBetter.TWO_T_MINUS_R,
    clamp: tuple[Number, Number] | None = None,
    policy: BandPolicy = BandPolicy.HALF_OPEN,
) -> tuple[ScheduledCapaian, ...]:
    """The achievement rate of each interim target of the schedule in force at ``as_of``.

    Permendagri 86's yearly evaluation: the realisation of year *n* against the target
    of year *n*. For a summed indicator the realisation of an entry is the sum of the
    figures lying within its period, which must cover the period exactly (no gap, no
    overlap, no figure straddling its start or end); otherwise the entry has no rate
    ([`NoCapaian.PERIOD_NOT_COVERED`][pledgekit.methods.permendagri86.NoCapaian.PERIOD_NOT_COVERED])
    and
    [`ScheduledCapaian.figures`][pledgekit.methods.permendagri86.ScheduledCapaian.figures]
    lists what there was: a partial sum is never rated. For a level, it is the figure
    whose period ends on the entry's last day. Figures ending after ``as_of`` are not
    counted; an entry not ended by ``as_of`` is
    [`NoCapaian.NOT_YET_DUE`][pledgekit.methods.permendagri86.NoCapaian.NOT_YET_DUE]. A
    target without a schedule gives no rows.

    Args:
        target: The target; its schedule in force at ``as_of`` is used
            ([`pledgekit.Target.in_force`][pledgekit.Target.in_force]).
        observations: The figures reported for it.
        as_of: The date of the evaluation (the end of that day).
        formula: The formula for a lower-is-better indicator.
        clamp: ``None`` (the raw rate) or a ``(low, high)`` pair to clamp to.
        policy: How a rate falls into the predikat bands.

    >>> import datetime as dt
    >>> from pledgekit import (Accumulation, Direction, Indicator, Observation, Period,
    ...                        Target)
    >>> from pledgekit.methods.permendagri86 import schedule_capaian
    >>> jobs = Indicator("Tenaga kerja", "orang", direction=Direction.INCREASE,
    ...                  accumulation=Accumulation.SUM)
    >>> target = Target(jobs, 60000, period=Period.years(2019, 2020),
    ...                 schedule={Period.year(2019): 30000, Period.year(2020): 30000})
    >>> rows = schedule_capaian(target, [Observation(Period.year(2019), 27300)],
    ...                         as_of=dt.date(2020, 6, 30))
    >>> [(r.entry.period.start.year, r.capaian.value, r.capaian.reason) for r in rows]
    [(2019, Fraction(91, 1), None), (2020, None, <NoCapaian.NOT_YET_DUE: 'not_yet_due'>)]
    """
    if not isinstance(target, Target):
        raise InvalidValueError(target, "a pledgekit.Target", "schedule_capaian(target)")
    if not isinstance(as_of, dt.date) or isinstance(as_of, dt.datetime):
        raise InvalidValueError(as_of, "a datetime.date", "schedule_capaian(as_of)")
    figures = list(observations)
    for index, figure in enumerate(figures):
        if not isinstance(figure, Observation):
            raise InvalidValueError(
                figure, "a pledgekit.Observation", f"schedule_capaian(observations)[{index}]"
            )
    in_force = target.in_force(as_of)
    counted = sorted(
        (o for o in figures if o.period.end <= as_of),
        key=lambda o: (o.period.start, o.period.end),
    )
    summed = in_force.indicator.accumulation is Accumulation.SUM
    direction = in_force.indicator.direction
    rows = []
    for entry in in_force.schedule:
        found: _Found
        if entry.period.end > as_of:
            found = (None, (), NoCapaian.NOT_YET_DUE)
        elif summed:
            found = _flow_in(entry.period, counted)
        else:
            found = _level_at(entry.period, counted)
        actual, figures_found, reason = found
        rated = _rated(
            entry.value,
            actual,
            direction,
            formula=formula,
            clamp=clamp,
            policy=policy,
            figure_period=None if summed or not figures_found else figures_found[-1].period,
        )
        if reason is not None:
            rated = attrs.evolve(rated, reason=reason)
        rows.append(
            ScheduledCapaian(entry=entry, realisasi=actual, capaian=rated, figures=figures_found)
        )
    return tuple(rows)


_Found: TypeAlias = tuple[Decimal | None, tuple[Observation, ...], NoCapaian | None]


def _flow_in(period: Period, counted: list[Observation]) -> _Found:
    """The sum of the figures within ``period`` when they tile it exactly, else why not."""
    touching = tuple(o for o in counted if o.period.overlaps(period))
    if not touching:
        return None, (), None
    within = [o for o in touching if period.contains(o.period)]
    day = dt.timedelta(days=1)
    tiled = len(within) == len(touching) and within[0].period.start == period.start
    tiled = tiled and within[-1].period.end == period.end
    tiled = tiled and all(
        later.period.start == earlier.period.end + day
        for earlier, later in itertools.pairwise(within)
    )
    if not tiled:
        return None, touching, NoCapaian.PERIOD_NOT_COVERED
    return add_amounts(o.value for o in within), touching, None


def _level_at(period: Period, counted: list[Observation]) -> _Found:
    """The level figure whose period ends on ``period``'s last day, else why there is none."""
    ending = tuple(o for o in counted if o.period.end == period.end)
    if not ending:
        return None, (), None
    if len({o.value for o in ending}) > 1:
        return None, ending, NoCapaian.CONFLICTING_FIGURES
    return ending[-1].value, ending, None
