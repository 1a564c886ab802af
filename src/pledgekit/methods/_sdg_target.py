"""From a [`pledgekit.Target`][pledgekit.Target] and its figures to an SDG progress assessment.

Open SDG and the UNSD progress chart work on a yearly *level* series: one value per
year, growing (or shrinking) toward a target value in a target year. A target of
pledgekit becomes such a series as follows ([`target_series`][pledgekit.methods.sdg.target_series]):

- The figures are those [`pledgekit.progress`][pledgekit.progress] counts at the as-of
  date (within the target period, ended by the as-of date, straddling ones by the
  policy).
- A level ([`LAST`][pledgekit.Accumulation.LAST]): each year whose 31 December ends a
  counted figure gets that figure (the latest-starting one if several end that day);
  the baseline (*kondisi awal*) is the level of the year before the target period's
  first year, when that period starts on 1 January.
- A summed indicator ([`SUM`][pledgekit.Accumulation.SUM]): the *cumulative* level, the
  baseline plus every counted figure ended by 31 December of the year, for each year
  whose 31 December ends a counted figure. The yearly amounts themselves are not a
  level: their growth says nothing of the way to a total. The baseline alone is not a
  point of the series (a flow's baseline is usually zero, from which nothing grows).
- The target value is [`pledgekit.Target.goal`][pledgekit.Target.goal] (a range's bound nearest the
  baseline), the target year the year the target period ends, the base year by default
  the first year of the series, the direction the indicator's.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING

from pledgekit._amounts import add_amounts
from pledgekit._indicator import Accumulation, Observation, Target
from pledgekit._progress import Progress, progress
from pledgekit._validate import enum_member
from pledgekit.exceptions import InvalidValueError

if TYPE_CHECKING:
    from pledgekit.methods.sdg import SdgAssessment, UnsdAssessment

__all__ = ["SdgMethod", "assess_target", "target_series"]


class SdgMethod(enum.Enum):
    """Which SDG progress method [`assess_target`][pledgekit.methods.sdg.assess_target] applies.

    Bekasi's jobs as a level series (the running total at each year's end) toward
    150,000 by 2023, taking the term as the calendar years 2019–2023:

    >>> from fractions import Fraction
    >>> from pledgekit import (Accumulation, Direction, Indicator, Observation, Period,
    ...                        Target, round_fraction)
    >>> from pledgekit.methods.sdg import SdgMethod, assess_target, target_series
    >>> jobs = Indicator("Tenaga kerja baru terserap", "orang", direction=Direction.INCREASE,
    ...                  accumulation=Accumulation.SUM)
    >>> target = Target(jobs, 150000, period=Period.years(2019, 2023))
    >>> figures = [Observation(Period.year(2019), 27197), Observation(Period.year(2020), 56000),
    ...            Observation(Period.year(2021), 58000)]
    >>> target_series(target, figures)  # 27,197; + 56,000; + 58,000
    {2019: Decimal('27197'), 2020: Decimal('83197'), 2021: Decimal('141197')}
    >>> by_statcan = assess_target(target, figures, method=SdgMethod.STATCAN)
    >>> by_statcan.status, round_fraction(by_statcan.growth_ratio, 2)
    (<SdgStatus.SUBSTANTIAL_PROGRESS: 'substantial_progress'>, Decimal('2.40'))
    >>> # (141,197 / 27,197)^(1/2) − 1 = 1.2785… observed, (150,000 / 27,197)^(1/4) − 1
    >>> # = 0.5324… required: R = 1.2785… / 0.5324… = 2.401…
    >>> by_unsd = assess_target(target, figures, method=SdgMethod.UNSD)
    >>> by_unsd.category, by_unsd.expected_value == Fraction(141197**2, 27197)
    (<UnsdCategory.ON_TRACK: 'on_track'>, True)
    >>> # v_e = 141,197 · (141,197 / 27,197)^((2023 − 2021) / (2021 − 2019))
    """

    #: Statistics Canada's method as shipped in Open SDG
    #: ([`pledgekit.methods.sdg.statcan`][pledgekit.methods.sdg.statcan]).
    STATCAN = "statcan"
    #: The UNSD progress chart ([`pledgekit.methods.sdg.unsd`][pledgekit.methods.sdg.unsd]).
    UNSD = "unsd"


def _counted(
    target: Target | Progress, observations: Iterable[Observation], as_of: dt.date | None
) -> Progress:
    if isinstance(target, Progress):
        return target
    if not isinstance(target, Target):
        raise InvalidValueError(target, "a pledgekit.Target or Progress", "assess_target(target)")
    return progress(target, observations, as_of=as_of)


def target_series(
    target: Target | Progress,
    observations: Iterable[Observation] = (),
    *,
    as_of: dt.date | None = None,
) -> dict[int, Decimal]:
    """The yearly level series of a target's counted figures (see the module's notes).

    Args:
        target: A target (its figures are counted with [`pledgekit.progress`][pledgekit.progress] at
            ``as_of``) or a [`pledgekit.Progress`][pledgekit.Progress] already computed.
        observations: The target's figures (ignored with a Progress).
        as_of: The date to count at (ignored with a Progress).

    >>> from pledgekit import (Accumulation, Direction, Indicator, Observation, Period,
    ...                        Target)
    >>> from pledgekit.methods.sdg import target_series
    >>> jobs = Indicator("Tenaga kerja", "orang", direction=Direction.INCREASE,
    ...                  accumulation=Accumulation.SUM)
    >>> t = Target(jobs, 150000, period=Period.years(2019, 2023))
    >>> target_series(t, [Observation(Period.year(2019), 27197),
    ...                   Observation(Period.year(2020), 56000)])
    {2019: Decimal('27197'), 2020: Decimal('83197')}
    """
    state = _counted(target, observations, as_of)
    counted, assessed = state.observations, state.target
    year_ends = sorted({o.period.end.year for o in counted if _year_end(o.period.end)})
    series: dict[int, Decimal] = {}
    if assessed.indicator.accumulation is Accumulation.SUM:
        for year in year_ends:
            through = (o.value for o in counted if o.period.end <= dt.date(year, 12, 31))
            series[year] = add_amounts(through, start=assessed.baseline)
        return series
    start = assessed.period.start
    if start.month == 1 and start.day == 1 and start.year > 1:
        series[start.year - 1] = assessed.baseline
    for year in year_ends:
        ending = [o for o in counted if o.period.end == dt.date(year, 12, 31)]
        series[year] = max(ending, key=lambda o: o.period.start).value
    return series


def _year_end(day: dt.date) -> bool:
    return day.month == 12 and day.day == 31


def assess_target(
    target: Target | Progress,
    observations: Iterable[Observation] = (),
    *,
    method: SdgMethod | str = SdgMethod.STATCAN,
    as_of: dt.date | None = None,
    base_year: int | None = None,
    substitute_zero: bool = False,
) -> SdgAssessment | UnsdAssessment:
    """A target's SDG progress status: its yearly level series, target and target year.

    The series is [`target_series`][pledgekit.methods.sdg.target_series]; the target
    value [`pledgekit.Target.goal`][pledgekit.Target.goal], due in the year its period
    ends; the base year the series' first year unless given.

    Args:
        target: A target, or its [`pledgekit.Progress`][pledgekit.Progress].
        observations: The target's figures (ignored with a Progress).
        method: [`SdgMethod.STATCAN`][pledgekit.methods.sdg.SdgMethod.STATCAN] (Open
            SDG) or [`SdgMethod.UNSD`][pledgekit.methods.sdg.SdgMethod.UNSD], or their
            values ``"statcan"``, ``"unsd"``.
        as_of: The date to count at (ignored with a Progress).
        base_year: The base year; by default the first year of the series.
        substitute_zero: Opt into the published 0.001 for a zero base value or target.

    >>> from pledgekit import (Accumulation, Direction, Indicator, Observation, Period,
    ...                        Target)
    >>> from pledgekit.methods.sdg import assess_target
    >>> rate = Indicator("Pengangguran", "%", direction=Direction.DECREASE,
    ...                  accumulation=Accumulation.LAST)
    >>> t = Target(rate, "4.05", baseline="5", period=Period.years(2019, 2020))
    >>> a = assess_target(t, [Observation(Period.year(2019), "4.5")])
    >>> a.base_year, a.observed_cagr, a.required_cagr, a.growth_ratio  # 0.9 / |0.9² − 1|
    (2018, Fraction(-1, 10), Fraction(-1, 10), Fraction(1, 1))
    """
    from pledgekit.methods import sdg  # the methods this bridges to build on this module

    chosen = enum_member(SdgMethod, method, "assess_target(method)")
    state = _counted(target, observations, as_of)
    series = target_series(state)
    assessed = state.target
    due = assessed.period.end.year
    start = min(series, default=assessed.period.start.year) if base_year is None else base_year
    direction = assessed.indicator.direction
    if chosen is SdgMethod.UNSD:
        return sdg.unsd(
            series,
            direction=direction,
            target=assessed.goal,
            target_year=due,
            base_year=start,
            substitute_zero=substitute_zero,
        )
    return sdg.statcan(
        series,
        direction=direction,
        target=assessed.goal,
        target_year=due,
        base_year=start,
        substitute_zero=substitute_zero,
    )
