"""Progress toward a target: achieved, ratio, shortfall, pace, projection and status.

Every quantity is exact: amounts are Decimals, ratios and rates are Fractions. Nothing
is rounded until [`Progress.percent`][pledgekit.Progress.percent] (or
[`pledgekit.round_fraction`][pledgekit.round_fraction]) is asked to present it.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any, NamedTuple

import attrs

from pledgekit._amounts import (
    Amount,
    add_amounts,
    first_band,
    round_fraction,
    subtract_amounts,
    to_amount,
)
from pledgekit._indicator import (
    Accumulation,
    Direction,
    Observation,
    Straddling,
    Target,
    _straddling_policy,
)
from pledgekit._period import Period, require_date
from pledgekit._progress_path import (
    Derived,
    derive,
    due_share,
    due_through,
    in_order,
    observation_order,
    positive_part,
)
from pledgekit._schedule import Revision, ScheduleEntry
from pledgekit.exceptions import InvalidValueError, UnitMismatchError

__all__ = [
    "MEAN_MONTH_DAYS",
    "MEAN_YEAR_DAYS",
    "PaceStatus",
    "PaceThresholds",
    "Progress",
    "observation_order",
    "progress",
]

MEAN_YEAR_DAYS = Fraction(146097, 400)
"""Days in the mean Gregorian year, 365.2425, used to express a daily rate per year.

Four hundred Gregorian years have 400 × 365 days and 97 leap days, 146,097 days in all;
a rate per day times this is the rate per year
([`Progress.required_per_year`][pledgekit.Progress.required_per_year]):

>>> from fractions import Fraction
>>> from pledgekit import MEAN_YEAR_DAYS
>>> MEAN_YEAR_DAYS, MEAN_YEAR_DAYS == Fraction("365.2425")
(Fraction(146097, 400), True)
>>> 2 * MEAN_YEAR_DAYS  # 2 a day: 730.485 a year
Fraction(146097, 200)
"""
MEAN_MONTH_DAYS = MEAN_YEAR_DAYS / 12
"""Days in the mean Gregorian month, 30.436875, used to express a daily rate per month.

A twelfth of [`MEAN_YEAR_DAYS`][pledgekit.MEAN_YEAR_DAYS], 365.2425 / 12 = 30.436875
days; a rate per day times this is the rate per month
([`Progress.required_per_month`][pledgekit.Progress.required_per_month]). With 730
still to go in the 365 days of 2022, 2 a day are needed, 60.87375 a month:

>>> import datetime as dt
>>> from fractions import Fraction
>>> from pledgekit import (MEAN_MONTH_DAYS, Accumulation, Direction, Indicator,
...                        Observation, Period, Target, progress)
>>> MEAN_MONTH_DAYS == Fraction("30.436875")
True
>>> jobs = Indicator("Jobs", "persons", direction=Direction.INCREASE,
...                  accumulation=Accumulation.SUM)
>>> target = Target(jobs, 1000, period=Period.years(2021, 2022))
>>> counted = [Observation(Period.year(2021), 270)]
>>> p = progress(target, counted, as_of=dt.date(2021, 12, 31))
>>> p.required_per_day, p.required_per_month == 2 * Fraction("30.436875")
(Fraction(2, 1), True)
"""


class PaceStatus(enum.Enum):
    """Where a target stands, by the default straight-line method.

    The Bekasi jobs target on 30 June 2022 is 29,261 / 30,000 of the way after
    690 / 913 of its term: a pace index of 26,715,293 / 20,700,000 = 1.2906..., at
    least 0.95.

    >>> import datetime as dt
    >>> from pledgekit import (Accumulation, Direction, Indicator, Observation,
    ...                        PaceThresholds, Period, Target, progress)
    >>> jobs = Indicator("Tenaga kerja", "orang",
    ...                  direction=Direction.INCREASE, accumulation=Accumulation.SUM)
    >>> target = Target(jobs, 150000, period=Period.term(dt.date(2018, 9, 20)))
    >>> reported = [Observation(Period.year(2019), 27197), Observation(Period.year(2020), 56000),
    ...             Observation(Period.year(2021), 58000), Observation(Period.months(2022, 1, 6), 5108)]
    >>> progress(target, reported).status
    <PaceStatus.ON_TRACK: 'on_track'>
    >>> progress(target, reported, thresholds=PaceThresholds(on_track="1.3")).status  # 1.29 < 1.3
    <PaceStatus.NEEDS_ACCELERATION: 'needs_acceleration'>
    >>> progress(target, reported, as_of=dt.date(2023, 9, 19)).status  # term over, 3,695 short
    <PaceStatus.MISSED: 'missed'>
    >>> progress(target, [], as_of=dt.date(2019, 6, 30)).status
    <PaceStatus.NO_DATA: 'no_data'>
    """

    #: The target is met.
    ACHIEVED = "achieved"
    #: The pace index is at least the on-track threshold (0.95).
    ON_TRACK = "on_track"
    #: The pace index is at least the needs-acceleration threshold (0.60).
    NEEDS_ACCELERATION = "needs_acceleration"
    #: The pace index is at least the limited-progress threshold (0).
    LIMITED_PROGRESS = "limited_progress"
    #: The indicator moved away from the target.
    DETERIORATING = "deteriorating"
    #: The period is over and the target is not met.
    MISSED = "missed"
    #: Nothing was observed by the as-of date.
    NO_DATA = "no_data"


def _to_fraction(value: Fraction | Amount) -> Fraction:
    expected = "an int, Fraction, Decimal or decimal string such as '0.95'"
    if isinstance(value, Fraction):
        return value
    if isinstance(value, bool) or not isinstance(value, int | Decimal | str):
        raise InvalidValueError(value, expected, "threshold")
    # to_amount bounds the size, so that "1e-99999999" is refused, not expanded.
    return Fraction(to_amount(value, where="threshold"))


@attrs.frozen
class PaceThresholds:
    """Pace-index thresholds of the straight-line status (defaults from the design: 0.95, 0.60, 0).

    >>> from fractions import Fraction
    >>> from pledgekit import PaceThresholds
    >>> PaceThresholds().on_track
    Fraction(19, 20)
    >>> PaceThresholds(on_track="0.9").on_track
    Fraction(9, 10)
    >>> PaceThresholds(on_track=Fraction(19, 20)).on_track
    Fraction(19, 20)
    """

    on_track: Fraction = attrs.field(default=Fraction(95, 100), converter=_to_fraction)
    needs_acceleration: Fraction = attrs.field(default=Fraction(60, 100), converter=_to_fraction)
    limited_progress: Fraction = attrs.field(default=Fraction(0), converter=_to_fraction)

    def __attrs_post_init__(self) -> None:
        if not self.on_track >= self.needs_acceleration >= self.limited_progress:
            raise InvalidValueError(
                (self.on_track, self.needs_acceleration, self.limited_progress),
                "thresholds with on_track >= needs_acceleration >= limited_progress",
                "PaceThresholds",
            )


_DEFAULT_THRESHOLDS = PaceThresholds()


class _Pending:
    """The value of a figure of a `Progress` not computed yet (never seen outside)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<pending>"


_PENDING: Any = _Pending()


class _OnFirstRead:
    """A slot of [`Progress`][pledgekit.Progress] whose pending value is computed when first read.

    It wraps the slot attrs made: reading it gives the stored value, or, while that is
    `_PENDING`, fills the figures first (``Progress._fill``). Everything that
    reads a figure (an attribute, equality, hash, repr, ``attrs.asdict``, pickling) sees
    the value the figure always had.
    """

    __slots__ = ("_slot",)

    def __init__(self, slot: Any) -> None:
        self._slot = slot

    def __get__(self, instance: Progress | None, owner: type | None = None) -> Any:
        if instance is None:
            return self
        value = self._slot.__get__(instance, owner)
        if value is _PENDING:
            instance._fill()
            value = self._slot.__get__(instance, owner)
        return value

    def __set__(self, instance: Progress, value: object) -> None:
        self._slot.__set__(instance, value)


@attrs.frozen(kw_only=True)
class Progress:
    """The state of one target at the end of day ``as_of``; made by `progress`.

    The standing (``target`` to ``elapsed``, ``status`` and ``revision``) is computed by
    [`progress`][pledgekit.progress]; the way there (``expected``, ``pace_index``, the rates and
    projections, ``covered_days`` and ``gaps``, the interim target, ``met_on`` and
    ``late_days``) the first time one of them is read, all together and once, from the
    standing, so that a caller who reads only the standing does not pay for them. They
    are fields like the others, with the same values as ever: equality, hash, repr,
    ``attrs.asdict`` and pickling read (and so compute) them.

    Attributes:
        target: The target assessed.
        as_of: The date assessed at (the end of that day).
        observations: The observations counted, in period order.
        left_out: Observations given but not counted because their period ends after
            ``as_of``.
        outside: Observations given but not counted because their period does not lie
            within the target period (a figure for another term, or one that straddles
            the start or the end under [`Straddling.EXCLUDE`][pledgekit.Straddling.EXCLUDE]).
        straddling: Observations whose period straddles the start or the end of the
            target period, counted or not (see ``straddling_policy``).
        straddling_policy: Whether those were counted.
        achieved: Baseline plus the sum of counted values (``SUM``), or the latest
            counted value (``LAST``); the baseline when nothing is counted.
        ratio: ``(achieved − baseline) / (target − baseline)``, exact; ``None`` when the
            target equals the baseline, or when no figure is counted (no figure, no
            grade: the baseline is not a result).
        shortfall: How far from the target, in the target's unit, in the good
            direction; 0 when met.
        surplus: How far beyond the target; 0 when not met.
        is_met: Whether the target is reached, by the indicator's direction.
        days_elapsed: Days of the target period through ``as_of``.
        days_left: Days of the target period after ``as_of``.
        elapsed: ``days_elapsed / period days``.
        expected: Where the target's path stands at ``as_of``: a straight line from the
            baseline at the start to the target ([`goal`][pledgekit.Target.goal]) at the
            end, or, when the target has a schedule, the schedule's own path (within
            each interim period a straight line to what is due at its end).
        pace_index: ``ratio / elapsed`` — or, with a schedule, the ratio over the share of
            the way the schedule makes due by ``as_of`` (``(expected − baseline) /
            (goal − baseline)``); ``None`` when either is undefined or nothing is due yet.
        required_per_day: The shortfall spread over the days left; 0 when met, ``None``
            when no day is left.
        recent_rate_per_day: Signed change per day over the latest observation.
        average_rate_per_day: Signed change per day since the start of the period.
        projected_recent: The date the target would be reached at the recent rate;
            ``None`` when met, or when that rate does not move toward the target.
        projected_average: The same at the average rate.
        covered_days: Days from the period start through ``as_of`` that some counted
            observation covers.
        gaps: The stretches of those days that no counted observation covers.
        status: The straight-line status.
        revision: The revision of the target in force at ``as_of`` (``target`` then
            carries its value and schedule); ``None``: the original value.
        interim: The interim target (schedule entry) in force at ``as_of``: the one
            whose period holds it, else the next one; ``None`` without a schedule or
            after its last entry.
        interim_level: The level due at the end of ``interim``: the baseline plus the
            amounts due through it (summed), or its value (a level).
        interim_shortfall: How far the achieved level is from ``interim_level`` in the
            good direction (0 when reached); ``None`` without an interim target.
        met_on: The end of the period of the figure with which the figures first met
            the target, counting figures after the target period too (they do not
            count toward it, but say when it was met late); ``None`` if not met by
            ``as_of``.
        late_days: Days from the end of the target period to ``met_on``: 0 when met in
            time, ``None`` when not met.

    The Bekasi jobs target (150,000 over the term 2018-09-20..2023-09-19) on 30 June
    2022, the end of its latest figure:

    >>> import datetime as dt
    >>> from pledgekit import (Accumulation, Direction, Indicator, Observation, Period,
    ...                        Target, progress, round_fraction)
    >>> jobs = Indicator("Tenaga kerja", "orang",
    ...                  direction=Direction.INCREASE, accumulation=Accumulation.SUM)
    >>> target = Target(jobs, 150000, period=Period.term(dt.date(2018, 9, 20)))
    >>> reported = [Observation(Period.year(2019), 27197), Observation(Period.year(2020), 56000),
    ...             Observation(Period.year(2021), 58000), Observation(Period.months(2022, 1, 6), 5108)]
    >>> p = progress(target, reported)
    >>> p.achieved, p.ratio  # 27,197 + 56,000 + 58,000 + 5,108 = 146,305; / 150,000
    (Decimal('146305'), Fraction(29261, 30000))
    >>> p.days_elapsed, p.days_left, p.elapsed  # 1,380 + 446 = 1,826 = 5 × 365 + 29 Feb 2020
    (1380, 446, Fraction(690, 913))
    >>> p.pace_index  # (29,261 / 30,000) / (690 / 913) = 26,715,293 / 20,700,000 = 1.2906...
    Fraction(26715293, 20700000)
    >>> p.shortfall, p.required_per_day  # 150,000 − 146,305 = 3,695, over the 446 days left
    (Decimal('3695'), Fraction(3695, 446))
    >>> round_fraction(p.required_per_month, 2)  # 3,695 / 446 × 30.436875 = 252.162...
    Decimal('252.16')
    >>> p.projected_average  # 3,695 / (146,305 / 1,380 a day) = 34.85... days after 30 June
    datetime.date(2022, 8, 4)
    >>> [str(gap) for gap in p.gaps], p.covered_days  # 11 + 31 + 30 + 31 = 103 days of 2018
    (['2018-09-20..2018-12-31'], 1277)
    """

    target: Target
    as_of: dt.date
    observations: tuple[Observation, ...]
    left_out: tuple[Observation, ...]
    outside: tuple[Observation, ...]
    straddling: tuple[Observation, ...]
    straddling_policy: Straddling
    achieved: Decimal
    ratio: Fraction | None
    shortfall: Decimal
    surplus: Decimal
    is_met: bool
    days_elapsed: int
    days_left: int
    elapsed: Fraction
    # The way there, filled when first read (see the class docstring and _OnFirstRead).
    expected: Fraction = attrs.field(default=_PENDING)
    pace_index: Fraction | None = attrs.field(default=_PENDING)
    required_per_day: Fraction | None = attrs.field(default=_PENDING)
    recent_rate_per_day: Fraction | None = attrs.field(default=_PENDING)
    average_rate_per_day: Fraction | None = attrs.field(default=_PENDING)
    projected_recent: dt.date | None = attrs.field(default=_PENDING)
    projected_average: dt.date | None = attrs.field(default=_PENDING)
    covered_days: int = attrs.field(default=_PENDING)
    gaps: tuple[Period, ...] = attrs.field(default=_PENDING)
    status: PaceStatus
    revision: Revision | None = None
    interim: ScheduleEntry | None = attrs.field(default=_PENDING)
    interim_level: Decimal | None = attrs.field(default=_PENDING)
    interim_shortfall: Decimal | None = attrs.field(default=_PENDING)
    met_on: dt.date | None = attrs.field(default=_PENDING)
    late_days: int | None = attrs.field(default=_PENDING)

    def _fill(self) -> None:
        """Compute the way there and fill every figure of it still pending."""
        derived = derive(
            self.target,
            as_of=self.as_of,
            used=self.observations,
            outside=self.outside,
            achieved=self.achieved,
            shortfall=self.shortfall,
            ratio=self.ratio,
            days_elapsed=self.days_elapsed,
        )
        for name, slot in _SLOTS.items():
            if slot.__get__(self, Progress) is _PENDING:  # a figure given stays
                slot.__set__(self, getattr(derived, name))

    def _repr_html_(self) -> str:
        # The report builds on this module; the language is the notebook's setting.
        from pledgekit import report

        return report.progress_html(self, lang=report.get_html_language())

    def percent(self, places: int = 2, rounding_mode: str = ROUND_HALF_UP) -> Decimal | None:
        """The ratio as a percentage rounded for display (half-up by default).

        ``None`` when the ratio is undefined (target equal to baseline, or no figure
        counted).
        """
        if self.ratio is None:
            return None
        return round_fraction(self.ratio * 100, places, rounding_mode)

    @property
    def required_per_month(self) -> Fraction | None:
        """`required_per_day` times the mean Gregorian month (30.436875 days)."""
        return None if self.required_per_day is None else self.required_per_day * MEAN_MONTH_DAYS

    @property
    def required_per_year(self) -> Fraction | None:
        """`required_per_day` times the mean Gregorian year (365.2425 days)."""
        return None if self.required_per_day is None else self.required_per_day * MEAN_YEAR_DAYS

    @property
    def recent_rate_per_month(self) -> Fraction | None:
        """`recent_rate_per_day` times the mean Gregorian month (30.436875 days)."""
        rate = self.recent_rate_per_day
        return None if rate is None else rate * MEAN_MONTH_DAYS

    @property
    def projected_end_level(self) -> Fraction | None:
        """Where the recent rate leads by the end of the target period, exactly.

        [`achieved`][pledgekit.Progress.achieved] plus
        [`recent_rate_per_day`][pledgekit.Progress.recent_rate_per_day] for each day
        from the as-of date to the period's end; ``None`` without a recent rate or once
        the period is over.
        """
        rate, end = self.recent_rate_per_day, self.target.period.end
        if rate is None or self.as_of >= end:
            return None
        return Fraction(self.achieved) + rate * (end - self.as_of).days

    @property
    def path(self) -> tuple[tuple[dt.date, Decimal], ...]:
        """The reported level over time, as steps: ``(date, level)`` pairs.

        The baseline at the start of the target period, then the level each counted
        figure leaves at its period's end (the running sum of a summed indicator, the
        figure itself for a level), held to the as-of date (or the period's end).

        >>> import datetime as dt
        >>> from pledgekit import (Accumulation, Direction, Indicator, Observation,
        ...                        Period, Target, progress)
        >>> jobs = Indicator("Jobs", "persons", direction=Direction.INCREASE,
        ...                  accumulation=Accumulation.SUM)
        >>> target = Target(jobs, 100, baseline=10, period=Period.years(2019, 2021))
        >>> p = progress(target, [Observation(Period.year(2019), 40)], as_of=dt.date(2020, 6, 30))
        >>> [(day.isoformat(), str(level)) for day, level in p.path]
        [('2019-01-01', '10'), ('2019-12-31', '50'), ('2020-06-30', '50')]
        """
        target = self.target
        summed = target.indicator.accumulation is Accumulation.SUM
        steps = [(target.period.start, target.baseline)]
        level = target.baseline
        for observation in self.observations:
            level = add_amounts([level, observation.value]) if summed else observation.value
            steps.append((observation.period.end, level))
        if steps[-1][0] < self.as_of:
            steps.append((min(self.as_of, target.period.end), level))
        return tuple(steps)

    @property
    def levels_due(self) -> tuple[tuple[ScheduleEntry, Decimal], ...]:
        """Each interim target of the target in force with the level due at its end.

        For a summed indicator the baseline plus the amounts due through the entry; for
        a level, the entry's value. Empty without a schedule.

        >>> import datetime as dt
        >>> from pledgekit import (Accumulation, Direction, Indicator, Period, Target,
        ...                        progress)
        >>> jobs = Indicator("Jobs", "persons", direction=Direction.INCREASE,
        ...                  accumulation=Accumulation.SUM)
        >>> target = Target(jobs, 30, baseline=5, period=Period.years(2019, 2020),
        ...                 schedule={Period.year(2019): 10, Period.year(2020): 15})
        >>> p = progress(target, [], as_of=dt.date(2019, 6, 30))
        >>> [(entry.period.start.year, str(level)) for entry, level in p.levels_due]
        [(2019, '15'), (2020, '30')]
        """
        return tuple((entry, due_through(self.target, entry)) for entry in self.target.schedule)

    @property
    def coverage(self) -> Fraction | None:
        """Share of the elapsed days that counted observations cover; ``None`` before the start."""
        if self.days_elapsed == 0:
            return None
        return Fraction(self.covered_days, self.days_elapsed)


# The figures of the way there, each slot wrapped so that it fills itself when read.
_SLOTS: dict[str, Any] = {name: Progress.__dict__[name] for name in attrs.fields_dict(Derived)}
for _name, _slot in _SLOTS.items():
    setattr(Progress, _name, _OnFirstRead(_slot))


def progress(
    target: Target,
    observations: Iterable[Observation],
    *,
    as_of: dt.date | None = None,
    thresholds: PaceThresholds | None = None,
    straddling: Straddling | str | None = None,
) -> Progress:
    """Assess a target from its observations at the end of day ``as_of``.

    Only observations whose period lies within the target period count: those that
    do not are listed in [`Progress.outside`][pledgekit.Progress.outside]. A figure
    whose period straddles the target period's start or end is not counted under
    [`Straddling.EXCLUDE`][pledgekit.Straddling.EXCLUDE] (the default) and counted whole
    under [`Straddling.INCLUDE`][pledgekit.Straddling.INCLUDE]; either way it is listed
    in [`Progress.straddling`][pledgekit.Progress.straddling]. Observations whose period
    ends after ``as_of`` are not counted either; they are listed in
    [`Progress.left_out`][pledgekit.Progress.left_out]. The order of the observations
    never matters.

    Args:
        target: The target; assessed with the value and schedule in force at
            ``as_of`` ([`Target.in_force`][pledgekit.Target.in_force]), which
            [`Progress.target`][pledgekit.Progress.target] holds.
        observations: Reported values of the target's indicator.
        as_of: The date to assess at; by default the end of the latest observation.
        thresholds: Pace-index thresholds for the status; the defaults are
            0.95 / 0.60 / 0.
        straddling: The straddling policy; by default the target's own
            ([`Target.straddling`][pledgekit.Target.straddling]).

    Raises:
        UnitMismatchError: An observation records an indicator in another unit.
        InvalidValueError: An observation records another indicator; two observations
            of a ``LAST`` indicator report different levels at the same date; or there
            is no observation and no ``as_of``.

    The Bekasi jobs pledge, as reported on 22 July 2022:

    >>> import datetime as dt
    >>> from pledgekit import (Accumulation, Direction, Indicator, Observation, Period,
    ...                        Target, progress)
    >>> jobs = Indicator("Tenaga kerja", "orang",
    ...                  direction=Direction.INCREASE, accumulation=Accumulation.SUM)
    >>> target = Target(jobs, 150000, period=Period.term(dt.date(2018, 9, 20)))
    >>> reported = [Observation(Period.year(2019), 27197), Observation(Period.year(2020), 56000),
    ...             Observation(Period.year(2021), 58000), Observation(Period.months(2022, 1, 6), 5108)]
    >>> p = progress(target, reported)
    >>> p.as_of, p.achieved, p.percent(), p.shortfall, p.elapsed
    (datetime.date(2022, 6, 30), Decimal('146305'), Decimal('97.54'), Decimal('3695'), Fraction(690, 913))
    >>> p.status
    <PaceStatus.ON_TRACK: 'on_track'>
    """
    if not isinstance(target, Target):
        raise InvalidValueError(target, "a Target", "progress(target)")
    thresholds = _DEFAULT_THRESHOLDS if thresholds is None else thresholds
    if not isinstance(thresholds, PaceThresholds):
        raise InvalidValueError(thresholds, "a PaceThresholds or None", "progress(thresholds)")
    policy = target.straddling if straddling is None else _straddling_policy(straddling)
    given = _as_tuple(observations)
    latest = dt.date.min
    for index, observation in enumerate(given):
        if observation.indicator is not None:
            _check_observation(target, observation, index)
        if observation.period.end > latest:
            latest = observation.period.end
    if as_of is None:
        if not given:
            raise InvalidValueError(
                as_of, "an as_of date when there are no observations", "progress(as_of)"
            )
        as_of = latest
    else:
        require_date(as_of, "progress(as_of)")
    revision = None
    if target.revisions:
        revision = target.revision_at(as_of)
        target = target.in_force(as_of)
    counted = _sort_out(target.period, given, as_of, policy)
    return _assess(target, counted, as_of, thresholds, revision)


class _Counted(NamedTuple):
    """The observations given, sorted out: counted, too late, outside, straddling."""

    used: tuple[Observation, ...]
    left_out: tuple[Observation, ...]
    outside: tuple[Observation, ...]
    straddling: tuple[Observation, ...]
    policy: Straddling


def _sort_out(
    period: Period, given: tuple[Observation, ...], as_of: dt.date, policy: Straddling
) -> _Counted:
    """Which figures count: within the period (straddling ones by policy) and ended by as_of."""
    inside: list[Observation] = []
    not_inside: list[Observation] = []
    straddles: list[Observation] = []
    start, end = period.start, period.end
    for o in given:
        # Period.contains and Period.overlaps, on two periods known to be periods.
        if start <= o.period.start and o.period.end <= end:
            inside.append(o)
            continue
        crosses = start <= o.period.end and o.period.start <= end
        if crosses:
            straddles.append(o)
        (inside if crosses and policy is Straddling.INCLUDE else not_inside).append(o)
    used = [o for o in inside if o.period.end <= as_of]
    late = [o for o in inside if o.period.end > as_of] if len(used) < len(inside) else []
    return _Counted(
        used=in_order(used),
        left_out=in_order(late) if late else (),
        outside=in_order(not_inside) if not_inside else (),
        straddling=in_order(straddles) if straddles else (),
        policy=policy,
    )


class _Standing(NamedTuple):
    """Where the counted figures leave a target: achieved, the share done, what is left."""

    achieved: Decimal
    #: achieved − baseline, and target − baseline.
    moved: Decimal
    span: Decimal
    ratio: Fraction | None
    shortfall: Decimal
    surplus: Decimal
    is_met: bool


def _standing(target: Target, used: tuple[Observation, ...]) -> _Standing:
    baseline = target.baseline
    if target.indicator.accumulation is Accumulation.SUM:
        achieved = add_amounts([o.value for o in used], start=baseline)
    else:
        achieved = _latest_level(used).value if used else baseline
    span = subtract_amounts(target.goal, baseline)
    moved = subtract_amounts(achieved, baseline)
    shortfall, surplus = _distance(target, achieved)
    return _Standing(
        achieved=achieved,
        moved=moved,
        span=span,
        # No figure, no grade: with nothing counted there is no share to report.
        ratio=None if span == 0 or not used else _quotient(moved, span),
        shortfall=shortfall,
        surplus=surplus,
        is_met=target.is_met_by(achieved),
    )


def _quotient(numerator: Decimal, denominator: Decimal) -> Fraction:
    """``Fraction(numerator) / Fraction(denominator)``, exactly, in one normalisation."""
    a, b = numerator.as_integer_ratio()
    c, d = denominator.as_integer_ratio()
    return Fraction(a * d, b * c)


def _distance(target: Target, level: Decimal) -> tuple[Decimal, Decimal]:
    """The shortfall and the surplus of a level, in the good direction, exactly.

    For a range, the nearest bound counts (PermenPAN-RB 8/2021): below it (in the
    good direction) is a shortfall, beyond the far bound too (the range is left),
    and there is no surplus.
    """
    value = target.value
    if isinstance(value, tuple):
        low, high = value
        if level < low:
            return subtract_amounts(low, level), Decimal(0)
        if level > high:
            return subtract_amounts(level, high), Decimal(0)
        return Decimal(0), Decimal(0)
    gap = subtract_amounts(value, level)  # > 0: below the target
    if target.indicator.direction is Direction.DECREASE:
        gap = gap.copy_negate()  # exact, unlike unary minus under the caller's context
    return positive_part(gap), positive_part(gap.copy_negate())


def _assess(
    target: Target,
    counted: _Counted,
    as_of: dt.date,
    thresholds: PaceThresholds,
    revision: Revision | None,
) -> Progress:
    used, period = counted.used, target.period
    standing = _standing(target, used)
    days = period.days
    # Period.days_elapsed, on an as_of known to be a date.
    days_elapsed = min(max((as_of - period.start).days + 1, 0), days)
    if not used:
        status = PaceStatus.NO_DATA
    elif standing.is_met:
        status = PaceStatus.ACHIEVED
    elif as_of >= period.end:
        status = PaceStatus.MISSED
    else:
        status = _pace_status(standing.ratio, due_share(target, days_elapsed), thresholds)
    return Progress(
        target=target,
        as_of=as_of,
        observations=used,
        left_out=counted.left_out,
        outside=counted.outside,
        straddling=counted.straddling,
        straddling_policy=counted.policy,
        achieved=standing.achieved,
        ratio=standing.ratio,
        shortfall=standing.shortfall,
        surplus=standing.surplus,
        is_met=standing.is_met,
        days_elapsed=days_elapsed,
        days_left=days - days_elapsed,
        elapsed=Fraction(days_elapsed, days),
        status=status,
        revision=revision,
    )


def _as_tuple(observations: object) -> tuple[Observation, ...]:
    if isinstance(observations, list | tuple):  # the common case, without the ABC check
        given = tuple(observations)
    elif isinstance(observations, str | bytes) or not isinstance(observations, Iterable):
        raise InvalidValueError(
            observations, "an iterable of Observation", "progress(observations)"
        )
    else:
        given = tuple(observations)
    for index, observation in enumerate(given):
        if type(observation) is not Observation and not isinstance(observation, Observation):
            raise InvalidValueError(observation, "an Observation", f"observations[{index}]")
    return given


def _check_observation(target: Target, observation: Observation, index: int) -> None:
    where = f"observations[{index}]"
    recorded = observation.indicator
    if recorded is None:
        return
    if recorded.unit != target.indicator.unit:
        raise UnitMismatchError(target.indicator.unit, recorded.unit, where)
    if recorded != target.indicator:
        raise InvalidValueError(
            recorded.name, f"an observation of {target.indicator.name!r}", f"{where}.indicator"
        )


def _latest_level(used: tuple[Observation, ...]) -> Observation:
    latest = used[-1]
    for other in used[:-1]:
        if other.period.end == latest.period.end and other.value != latest.value:
            raise InvalidValueError(
                other.value,
                f"one level at {latest.period.end.isoformat()} (another observation reports "
                f"{latest.value}) for an indicator whose latest value counts",
                "observations",
            )
    return latest


def _pace_status(ratio: Fraction | None, due: Fraction, thresholds: PaceThresholds) -> PaceStatus:
    """The status of a target not met, with figures, while its period runs: by pace."""
    if ratio is None:
        # The target equals the baseline and is not met: the indicator moved away.
        return PaceStatus.DETERIORATING
    if due <= 0:
        # A schedule with nothing due yet: any move the right way is ahead of it.
        return PaceStatus.ON_TRACK if ratio >= 0 else PaceStatus.DETERIORATING
    # Without a schedule, a counted figure ends by as_of and reaches into the period,
    # so some time has elapsed: the division is defined.
    bands = (
        (thresholds.on_track, PaceStatus.ON_TRACK),
        (thresholds.needs_acceleration, PaceStatus.NEEDS_ACCELERATION),
        (thresholds.limited_progress, PaceStatus.LIMITED_PROGRESS),
    )
    return first_band(ratio / due, bands, PaceStatus.DETERIORATING)
