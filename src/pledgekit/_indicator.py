"""Indicators, targets and observations: what is measured, what is aimed at, what is reported."""

from __future__ import annotations

import datetime as dt
import enum
import itertools
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

import attrs

from pledgekit._amounts import Amount, Rounding, to_amount
from pledgekit._period import Period, require_date
from pledgekit._schedule import (
    Comparison,
    Revision,
    ScheduleEntry,
    ScheduleInput,
    TargetValue,
    to_schedule,
    to_target_value,
)
from pledgekit._source import Source
from pledgekit._validate import (
    enum_member,
    identifier,
    instance_of,
    optional_text,
    required_text,
    slug,
    to_tuple,
)
from pledgekit.exceptions import InvalidValueError

__all__ = [
    "Accumulation",
    "Comparison",
    "Direction",
    "Indicator",
    "Observation",
    "Revision",
    "ScheduleEntry",
    "Straddling",
    "Target",
]


class Direction(enum.Enum):
    """Which way is good for an indicator.

    The direction decides how a target is met and which way is progress: a target of
    8.00 % for an unemployment rate is met at 8.00 % or below.

    >>> from decimal import Decimal
    >>> from pledgekit import Accumulation, Direction, Indicator, Period, Target
    >>> Direction.INCREASE.sign, Direction.DECREASE.sign
    (1, -1)
    >>> rate = Indicator("Tingkat pengangguran terbuka", "%", direction=Direction.DECREASE,
    ...                  accumulation=Accumulation.LAST)
    >>> target = Target(rate, "8.00", baseline="10.00", period=Period.years(2019, 2023))
    >>> target.comparison, target.is_met_by(Decimal("7.95")), target.is_met_by(Decimal("8.81"))
    (<Comparison.AT_MOST: 'at_most'>, True, False)
    """

    #: More is better (jobs opened, roads built).
    INCREASE = "increase"
    #: Less is better (unemployment rate, poverty rate).
    DECREASE = "decrease"

    @property
    def sign(self) -> int:
        """``+1`` when more is better, ``-1`` when less is better."""
        return 1 if self is Direction.INCREASE else -1


class Accumulation(enum.Enum):
    """How reported values combine over time.

    Jobs opened each year add up; an unemployment rate is a level, and the latest one
    counts (the rates below are invented to show the rule):

    >>> from pledgekit import (Accumulation, Direction, Indicator, Observation, Period,
    ...                        Target, progress)
    >>> jobs = Indicator("Tenaga kerja terserap", "orang", direction=Direction.INCREASE,
    ...                  accumulation=Accumulation.SUM)
    >>> opened = [Observation(Period.year(2019), 27197), Observation(Period.year(2020), 56000),
    ...           Observation(Period.year(2021), 58000)]
    >>> sum_of = progress(Target(jobs, 150000, period=Period.years(2019, 2023)), opened)
    >>> sum_of.achieved  # 27,197 + 56,000 + 58,000
    Decimal('141197')
    >>> rate = Indicator("Tingkat pengangguran terbuka", "%", direction=Direction.DECREASE,
    ...                  accumulation=Accumulation.LAST)
    >>> levels = [Observation(Period.year(2019), "9.50"), Observation(Period.year(2020), "11.20"),
    ...           Observation(Period.year(2021), "10.10")]
    >>> latest = progress(Target(rate, "8.00", baseline="10.00", period=Period.years(2019, 2023)),
    ...                   levels)
    >>> latest.achieved  # the 2021 level, not 9.50 + 11.20 + 10.10
    Decimal('10.10')
    """

    #: Each observation is a flow for its period; the period values add up
    #: (jobs opened per year).
    SUM = "sum"
    #: Each observation is a level at the end of its period; the latest one counts
    #: (unemployment rate).
    LAST = "last"


class Straddling(enum.Enum):
    """What to do with a figure whose period straddles the target period's start or end.

    A term that starts in September while the figures are calendar or fiscal years is
    the normal case: the first year's figure belongs partly to the term and partly to
    the time before it. Neither choice is silent: a straddling figure is always listed
    in [`pledgekit.Progress.straddling`][pledgekit.Progress.straddling] and reported by the audit.

    Bekasi's term starts on 20 September 2018; a figure for all of 2018 (invented
    here: the office reported none) straddles that start:

    >>> import datetime as dt
    >>> from pledgekit import (Accumulation, Direction, Indicator, Observation, Period,
    ...                        Target, progress)
    >>> jobs = Indicator("Tenaga kerja terserap", "orang", direction=Direction.INCREASE,
    ...                  accumulation=Accumulation.SUM)
    >>> term = Period.term(dt.date(2018, 9, 20))
    >>> figures = [Observation(Period.year(2018), 9000), Observation(Period.year(2019), 27197)]
    >>> left = progress(Target(jobs, 150000, period=term), figures)
    >>> left.straddling_policy, left.achieved, [str(o.period) for o in left.straddling]
    (<Straddling.EXCLUDE: 'exclude'>, Decimal('27197'), ['2018-01-01..2018-12-31'])
    >>> counted = progress(Target(jobs, 150000, period=term, straddling="include"), figures)
    >>> counted.achieved  # 9,000 + 27,197
    Decimal('36197')
    """

    #: Not counted (the default): part of its value belongs to another period.
    EXCLUDE = "exclude"
    #: Counted whole, as if its period lay within the target period.
    INCLUDE = "include"


def _straddling_policy(value: Straddling | str) -> Straddling:
    return enum_member(Straddling, value, "straddling")


@attrs.frozen
class Indicator:
    """What is measured (indikator kinerja), in which unit (satuan), and which way is good.

    Args:
        name: The indicator's name, in the words of the plan or the pledge.
        unit: The unit of its values (``"orang"``, ``"%"``); amounts in different units
            are never combined.
        direction: Which way is good.
        accumulation: How period values combine.
        definition: How it is measured, in words.
        code: An official code, if the plan gives one.
        accumulation_assumed: ``True`` when the source did not say whether the values
            add up (kumulatif) or the last one counts (non-kumulatif), and the last one
            ([`Accumulation.LAST`][pledgekit.Accumulation.LAST], the reading of an
            unstated indicator) was assumed; the evaluation form marks such an
            indicator.
        id: A short identifier for data files and cross-references; by default made
            from the name.

    >>> from pledgekit import Accumulation, Direction, Indicator
    >>> jobs = Indicator("Tenaga kerja terserap", "orang",
    ...                  direction=Direction.INCREASE, accumulation=Accumulation.SUM)
    >>> jobs.unit, jobs.id
    ('orang', 'tenaga-kerja-terserap')
    """

    name: str = attrs.field(validator=required_text("Indicator.name"))
    unit: str = attrs.field(validator=required_text("Indicator.unit"))
    direction: Direction = attrs.field(
        kw_only=True,
        validator=instance_of(Direction, "Indicator.direction", "a Direction"),
    )
    accumulation: Accumulation = attrs.field(
        kw_only=True,
        validator=instance_of(Accumulation, "Indicator.accumulation", "an Accumulation"),
    )
    definition: str = attrs.field(
        default="", kw_only=True, validator=instance_of(str, "Indicator.definition", "a string")
    )
    code: str | None = attrs.field(
        default=None, kw_only=True, validator=optional_text("Indicator.code")
    )
    accumulation_assumed: bool = attrs.field(
        default=False,
        kw_only=True,
        validator=instance_of(bool, "Indicator.accumulation_assumed", "True or False"),
    )
    id: str = attrs.field(
        default=attrs.Factory(lambda self: slug(self.name), takes_self=True),
        kw_only=True,
        validator=identifier("Indicator.id"),
    )

    def __attrs_post_init__(self) -> None:
        if self.accumulation_assumed and self.accumulation is not Accumulation.LAST:
            # Only the reading of an unstated indicator is ever assumed: the last value.
            raise InvalidValueError(
                self.accumulation.value,
                "Accumulation.LAST for an indicator whose accumulation is assumed",
                "Indicator.accumulation",
            )


def _target_value(value: Amount | tuple[Amount, Amount] | list[Amount]) -> TargetValue:
    return to_target_value(value, "Target.value")


def _target_schedule(value: ScheduleInput) -> tuple[ScheduleEntry, ...]:
    return to_schedule(value, "Target.schedule")


def _target_revisions(value: Iterable[Revision]) -> tuple[Revision, ...]:
    if type(value) is tuple and not value:
        return ()
    revisions = to_tuple(value, Revision, "Target.revisions", "a Revision")
    ordered = tuple(sorted(revisions, key=lambda r: r.on))
    for earlier, later in itertools.pairwise(ordered):
        if earlier.on == later.on:
            raise InvalidValueError(
                later.on.isoformat(), "one revision per day", "Target.revisions"
            )
    return ordered


def _default_comparison(target: Target) -> Comparison:
    if isinstance(target.value, tuple):
        return Comparison.WITHIN
    indicator: object = target.indicator
    if isinstance(indicator, Indicator) and indicator.direction is Direction.DECREASE:
        return Comparison.AT_MOST
    return Comparison.AT_LEAST


def _comparison(value: Comparison | str) -> Comparison:
    return enum_member(Comparison, value, "Target.comparison")


def _target_baseline(value: Amount) -> Decimal:
    return to_amount(value, where="Target.baseline")


def _target_initial(value: Amount | None) -> Decimal | None:
    return None if value is None else to_amount(value, where="Target.initial")


def _validate_budget(instance: object, attribute: object, value: Any) -> None:
    if value is None:
        return
    if not isinstance(value, Target):
        raise InvalidValueError(value, "a Target (the anggaran) or None", "Target.budget")
    if value.budget is not None:
        raise InvalidValueError(
            value.id, "a budget target with no budget of its own", "Target.budget"
        )
    indicator = value.indicator
    if indicator.accumulation is not Accumulation.SUM or indicator.direction is not (
        Direction.INCREASE
    ):
        # The form rates the budget as spent against allocated, year by year and summed.
        raise InvalidValueError(
            f"{indicator.id} ({indicator.direction.value}, {indicator.accumulation.value})",
            "a budget indicator that is summed and where more is better (increase, sum)",
            "Target.budget",
        )


def _observation_value(value: Amount) -> Decimal:
    return to_amount(value, where="Observation.value")


def _observation_resolution(value: Amount | None) -> Decimal | None:
    if value is None:
        return None
    amount = to_amount(value, where="Observation.resolution")
    if amount <= 0:
        raise InvalidValueError(
            value, "a positive rounding step such as 1000", "Observation.resolution"
        )
    return amount


def _default_target_id(target: Target) -> str:
    # Defaults are computed before validators run: a bad indicator or period is
    # reported by its own validator, not as an AttributeError here.
    period: object = target.period
    indicator: object = target.indicator
    if not isinstance(period, Period) or not isinstance(indicator, Indicator):
        return "target"
    first, last = period.start.year, period.end.year
    years = f"{first}" if first == last else f"{first}-{last}"
    return f"{indicator.id}-{years}"[:100]


@attrs.frozen
class Target:
    """A value to reach by the end of a period, from a baseline (kondisi awal).

    Args:
        indicator: What is measured.
        value: The value to reach by ``period.end`` (the final target, kondisi akhir),
            or a ``(low, high)`` range to end within.
        period: The period over which the target runs (a term of office, a plan year).
        baseline: The value at the start of the period; for a flow indicator
            ([`Accumulation.SUM`][pledgekit.Accumulation.SUM]) usually 0.
        comparison: How a level meets the value ([`Comparison`][pledgekit.Comparison],
            or its value such as ``"less_than"``); by default ``at_least`` where more is
            better, ``at_most`` where less is better, and ``within`` for a range.
        schedule: Interim targets, one per period within ``period`` (for a summed
            indicator the amount due in that period, for a level the level due at its
            end): [`ScheduleEntry`][pledgekit.ScheduleEntry] items, ``(Period, value)``
            pairs or a mapping. Whether they add up to ``value`` is for the audit to
            say, not refused here.
        revisions: Later values (and schedules) in force from a date
            ([`Revision`][pledgekit.Revision]); ``value`` and ``schedule`` are the original ones.
        straddling: Whether a figure whose period straddles the start or the end of
            ``period`` counts ([`Straddling`][pledgekit.Straddling], or ``"exclude"`` /
            ``"include"``); by default it does not, and it is disclosed either way.
        initial: The kondisi awal as the plan states it, where it is not the baseline:
            for a summed indicator the baseline is usually 0 while the plan's kondisi
            awal is the flow of the year before the plan; ``None`` (the default) when
            the baseline is the kondisi awal.
        budget: The anggaran (budget, Rp) target that goes with this one, as the
            Permendagri 86 form pairs kinerja (K) and anggaran (Rp) on one row: a summed
            indicator where more is better, with no budget of its own. Several targets
            may share one (a program's budget over its indicators).
        id: A short identifier; by default the indicator's id and the period's years.

    >>> from decimal import Decimal
    >>> import datetime as dt
    >>> from pledgekit import Accumulation, Direction, Indicator, Period, Target
    >>> jobs = Indicator("Tenaga kerja terserap", "orang",
    ...                  direction=Direction.INCREASE, accumulation=Accumulation.SUM)
    >>> t = Target(jobs, 150000, period=Period.term(dt.date(2018, 9, 20)))
    >>> t.value, t.baseline, t.comparison
    (Decimal('150000'), Decimal('0'), <Comparison.AT_LEAST: 'at_least'>)

    "Satu digit kemiskinan": a poverty rate below 10, which 10.00 does not meet:

    >>> poverty = Indicator("Persentase penduduk miskin", "%",
    ...                     direction=Direction.DECREASE, accumulation=Accumulation.LAST)
    >>> one_digit = Target(poverty, "10", baseline="10.86", comparison="less_than",
    ...                    period=Period.years(2015, 2019))
    >>> one_digit.is_met_by(Decimal("10.00")), one_digit.is_met_by(Decimal("9.99"))
    (False, True)
    """

    indicator: Indicator = attrs.field(
        validator=instance_of(Indicator, "Target.indicator", "an Indicator")
    )
    value: TargetValue = attrs.field(converter=_target_value)
    period: Period = attrs.field(
        kw_only=True, validator=instance_of(Period, "Target.period", "a Period")
    )
    baseline: Decimal = attrs.field(default=Decimal(0), kw_only=True, converter=_target_baseline)
    comparison: Comparison = attrs.field(
        default=attrs.Factory(_default_comparison, takes_self=True),
        kw_only=True,
        converter=_comparison,
    )
    schedule: tuple[ScheduleEntry, ...] = attrs.field(
        default=(), kw_only=True, converter=_target_schedule
    )
    revisions: tuple[Revision, ...] = attrs.field(
        default=(), kw_only=True, converter=_target_revisions
    )
    straddling: Straddling = attrs.field(
        default=Straddling.EXCLUDE, kw_only=True, converter=_straddling_policy
    )
    initial: Decimal | None = attrs.field(default=None, kw_only=True, converter=_target_initial)
    budget: Target | None = attrs.field(default=None, kw_only=True, validator=_validate_budget)
    id: str = attrs.field(
        default=attrs.Factory(_default_target_id, takes_self=True),
        kw_only=True,
        validator=identifier("Target.id"),
    )

    def __attrs_post_init__(self) -> None:
        self._check_value(self.value, self.comparison, "Target.value")
        if self.schedule:
            self._check_schedule(self.schedule, "Target.schedule")
        for index, revision in enumerate(self.revisions):
            where = f"Target.revisions[{index}]"
            if not self.period.contains(revision.on):
                # A revision before the period would mean the original was never in force,
                # one after it would rewrite a closed target: neither is read as if it held.
                raise InvalidValueError(
                    revision.on.isoformat(),
                    f"a revision date within the target period {self.period}",
                    f"{where}.on",
                )
            self._check_value(revision.value, self.comparison, f"{where}.value")
            self._check_schedule(revision.schedule, f"{where}.schedule")

    def _check_value(self, value: TargetValue, comparison: Comparison, where: str) -> None:
        direction = self.indicator.direction
        ranged = isinstance(value, tuple)
        if ranged != (comparison is Comparison.WITHIN):
            expected = (
                "a (low, high) range for the comparison WITHIN"
                if comparison is Comparison.WITHIN
                else f"one value for the comparison {comparison.name} (a range needs WITHIN)"
            )
            raise InvalidValueError(value, expected, where)
        upward = comparison.upward
        if upward is not None and upward != (direction is Direction.INCREASE):
            raise InvalidValueError(
                comparison.value,
                f"a comparison that fits the direction {direction.value!r} of "
                f"{self.indicator.name!r} "
                + (
                    "(at_least, more_than or within)"
                    if direction is Direction.INCREASE
                    else "(at_most, less_than or within)"
                ),
                "Target.comparison",
            )
        goal = _near_bound(value, direction)
        if (goal < self.baseline) if direction is Direction.INCREASE else (goal > self.baseline):
            better = "at or above" if direction is Direction.INCREASE else "at or below"
            raise InvalidValueError(
                value,
                f"a value {better} the baseline {self.baseline} for an indicator whose "
                f"direction is {direction.name}",
                where,
            )

    def _check_schedule(self, schedule: tuple[ScheduleEntry, ...], where: str) -> None:
        for index, entry in enumerate(schedule):
            if not self.period.contains(entry.period):
                raise InvalidValueError(
                    str(entry.period),
                    f"a period within the target period {self.period}",
                    f"{where}[{index}].period",
                )

    @property
    def unit(self) -> str:
        """The unit of the target's indicator."""
        return self.indicator.unit

    @property
    def goal(self) -> Decimal:
        """The one value progress heads for: `value`, or a range's bound nearest the baseline.

        A range is entered at its lower bound where more is better and at its upper
        bound where less is better; the straight line, the ratio and the remainder
        measure the way to that bound.
        """
        return _near_bound(self.value, self.indicator.direction)

    def is_met_by(self, level: Decimal) -> bool:
        """Whether ``level`` meets the target's value by its `comparison`."""
        return self.comparison.holds(level, self.value)

    def revision_at(self, on: dt.date) -> Revision | None:
        """The latest revision in force at the end of day ``on``; ``None``: the original."""
        require_date(on, "Target.revision_at(on)")
        current = None
        for revision in self.revisions:
            if revision.on <= on:
                current = revision
        return current

    def in_force(self, on: dt.date) -> Target:
        """The target as in force at the end of day ``on``: the value and schedule of then.

        The original target itself when no revision is in force yet; otherwise a target
        with the latest revision's value and schedule, the same id, and no revisions
        (the history stays on this one).

        >>> import datetime as dt
        >>> from pledgekit import (Accumulation, Direction, Indicator, Period, Revision,
        ...                        Target)
        >>> jobs = Indicator("Wirausaha baru", "orang", direction=Direction.INCREASE,
        ...                  accumulation=Accumulation.SUM)
        >>> t = Target(jobs, 200000, period=Period.years(2018, 2022),
        ...            revisions=[Revision(dt.date(2019, 9, 1), 278971)])
        >>> t.in_force(dt.date(2019, 8, 31)).value, t.in_force(dt.date(2019, 9, 1)).value
        (Decimal('200000'), Decimal('278971'))
        """
        revision = self.revision_at(on)
        if revision is None:
            return self
        return attrs.evolve(self, value=revision.value, schedule=revision.schedule, revisions=())


def _near_bound(value: TargetValue, direction: Direction) -> Decimal:
    if not isinstance(value, tuple):
        return value
    return value[0] if direction is Direction.INCREASE else value[1]


def _validate_source(instance: object, attribute: object, value: Any) -> None:
    if value is not None and not isinstance(value, Source):
        raise InvalidValueError(value, "a Source or None", "Observation.source")


def _validate_indicator(instance: object, attribute: object, value: Any) -> None:
    if value is not None and not isinstance(value, Indicator):
        raise InvalidValueError(value, "an Indicator or None", "Observation.indicator")


_check_period = instance_of(Period, "Observation.period", "a Period")
_check_rounding = instance_of(Rounding, "Observation.rounding", "a Rounding")
_check_note = optional_text("Observation.note")


@attrs.frozen
class Observation:
    """A reported value (realisasi) for a period.

    For a [`Accumulation.SUM`][pledgekit.Accumulation.SUM] indicator the value is what
    happened during the period; for [`Accumulation.LAST`][pledgekit.Accumulation.LAST]
    it is the level at the period's end.

    Args:
        period: The period the value reports on.
        value: The value, exactly as reported.
        resolution: The step the figure is rounded to, if it is rounded ("56.000" said
            to the nearest thousand has resolution 1000); the true value then lies
            within half a step either side.
        rounding: How the figure was cut to its resolution: to the nearest step (the
            default) or down ("141 ribu": 141 thousand and some).
        source: Where the figure was published.
        note: Anything a reader should know about it.
        indicator: What it measures, when that is recorded with the figure; progress
            refuses an observation whose unit differs from the target's.

    >>> from pledgekit import Observation, Period
    >>> o = Observation(Period.year(2020), 56000, resolution=1000)
    >>> o.value, o.resolution, o.interval
    (Decimal('56000'), Decimal('1000'), (Decimal('55500'), Decimal('56500')))
    """

    # The fields are checked together in __attrs_post_init__, in field order, as their
    # validators would: an observation is made per figure, often by the hundred thousand.
    period: Period
    value: Decimal = attrs.field(converter=_observation_value)
    resolution: Decimal | None = attrs.field(
        default=None, kw_only=True, converter=_observation_resolution
    )
    rounding: Rounding = attrs.field(default=Rounding.NEAREST, kw_only=True)
    source: Source | None = attrs.field(default=None, kw_only=True)
    note: str | None = attrs.field(default=None, kw_only=True)
    indicator: Indicator | None = attrs.field(default=None, kw_only=True)

    def __attrs_post_init__(self) -> None:
        if type(self.period) is not Period:
            _check_period(self, None, self.period)
        _check_rounding(self, None, self.rounding)
        if self.source is not None:
            _validate_source(self, None, self.source)
        if self.note is not None:
            _check_note(self, None, self.note)
        if self.indicator is not None:
            _validate_indicator(self, None, self.indicator)

    @property
    def interval(self) -> tuple[Decimal, Decimal]:
        """The closed interval of true values the figure stands for, given its resolution."""
        return self.rounding.interval(self.value, self.resolution)
