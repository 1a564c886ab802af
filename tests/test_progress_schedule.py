"""Progress against interim targets, revised values, and figures that meet a target late.

Properties run under a hostile decimal context (5 digits, rounding toward −∞) with
amounts at the digit limits, the expected values computed by hand in Fraction; the
examples are real cases with their arithmetic written out.
"""

from __future__ import annotations

import datetime as dt
import decimal
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
from hypothesis import event, given
from hypothesis import strategies as st

from pledgekit import (
    MAX_INTEGER_DIGITS,
    Accumulation,
    Direction,
    Indicator,
    Observation,
    Period,
    Progress,
    Target,
    add_amounts,
    progress,
    subtract_amounts,
)
from pledgekit._progress import observation_order
from pledgekit.strategies import amounts, observations, schedules, targets

WIDE = amounts(-(10 ** (MAX_INTEGER_DIGITS - 1)), 10 ** (MAX_INTEGER_DIGITS - 1))
WIDE_SPANS = st.just(Decimal(0)) | amounts(0, 10 ** (MAX_INTEGER_DIGITS - 1))


def hostile() -> Any:
    return decimal.localcontext(prec=5, rounding=decimal.ROUND_FLOOR)


def scheduled_targets() -> st.SearchStrategy[Target]:
    return targets(
        baselines=st.just(Decimal(0)) | WIDE,
        spans=WIDE_SPANS,
        comparison=True,
        schedule=lambda t: schedules(t, max_size=4),
    )


def due_through(target: Target, index: int) -> Fraction:
    """The level due at the end of entry ``index``, by hand."""
    if target.indicator.accumulation is Accumulation.LAST:
        return Fraction(target.schedule[index].value)
    return Fraction(target.baseline) + sum(
        (Fraction(e.value) for e in target.schedule[: index + 1]), Fraction(0)
    )


def shortfall_to(target: Target, achieved: Decimal, due: Fraction) -> Fraction:
    return max((due - Fraction(achieved)) * target.indicator.direction.sign, Fraction(0))


class TestRevisedTargets:
    """Progress against a revised target is progress against the value in force."""

    @given(
        targets(comparison=True, schedule=None, revisions=True).flatmap(
            lambda t: st.tuples(
                st.just(t),
                observations(t, outside=True),
                st.dates(t.period.start - dt.timedelta(days=31), t.period.end),
            )
        )
    )
    def test_equals_a_plain_target_with_the_revised_value(self, drawn: tuple[Any, ...]) -> None:
        """progress(revised) == progress(a plain target with the value and schedule in force)."""
        target, figures, as_of = drawn
        revision = target.revision_at(as_of)
        event("revision in force" if revision is not None else "original in force")
        plain = (
            target
            if revision is None
            else attrs.evolve(
                target, value=revision.value, schedule=revision.schedule, revisions=()
            )
        )
        if revision is None:
            plain = attrs.evolve(target, revisions=())
        with hostile():
            revised = progress(target, figures, as_of=as_of)
            against_plain = progress(plain, figures, as_of=as_of)
        assert revision == revised.revision
        assert attrs.evolve(against_plain, target=revised.target) == attrs.evolve(
            revised, revision=None
        )


class TestExpectedPath:
    """expected follows the schedule; the interim target is the entry in force."""

    @given(scheduled_targets().flatmap(lambda t: st.tuples(st.just(t), observations(t))))
    def test_expected_at_each_entry_end_is_the_level_due(self, drawn: tuple[Any, ...]) -> None:
        """At each entry's end, expected == interim_level == the level due, exactly."""
        target, figures = drawn
        event("with a schedule" if target.schedule else "no schedule")
        for index, entry in enumerate(target.schedule):
            with hostile():
                state = progress(target, figures, as_of=entry.period.end)
            due = due_through(target, index)
            assert (entry, due, due) == (state.interim, state.expected, state.interim_level)
            assert shortfall_to(target, state.achieved, due) == state.interim_shortfall

    @given(
        targets(baselines=st.just(Decimal(0)) | WIDE, spans=WIDE_SPANS, comparison=True).flatmap(
            lambda t: st.tuples(
                st.just(t), st.dates(t.period.start - dt.timedelta(days=3), t.period.end)
            )
        )
    )
    def test_expected_is_the_straight_line_without_a_schedule(
        self, drawn: tuple[Target, dt.date]
    ) -> None:
        """Without a schedule, expected = baseline + (goal − baseline) × elapsed."""
        target, as_of = drawn
        with hostile():
            state = progress(target, [], as_of=as_of)
        elapsed = Fraction(target.period.days_elapsed(as_of), target.period.days)
        base = Fraction(target.baseline)
        assert base + (Fraction(target.goal) - base) * elapsed == state.expected
        assert state.interim is None and state.interim_level is None

    @given(
        scheduled_targets().flatmap(
            lambda t: st.tuples(
                st.just(t),
                observations(t),
                st.dates(t.period.start - dt.timedelta(days=3), t.period.end),
            )
        )
    )
    def test_interim_in_force_by_hand(self, drawn: tuple[Any, ...]) -> None:
        """The interim target is the entry holding as_of, else the next; none after the last."""
        target, figures, as_of = drawn
        with hostile():
            state = progress(target, figures, as_of=as_of)
        following = [i for i, e in enumerate(target.schedule) if e.period.end >= as_of]
        if not following:
            event("after the last entry")
            assert (None, None, None) == (
                state.interim,
                state.interim_level,
                state.interim_shortfall,
            )
            return
        index = following[0]
        entry = target.schedule[index]
        event("inside an entry" if entry.period.start <= as_of else "before the next entry")
        due = due_through(target, index)
        assert (entry, due) == (state.interim, state.interim_level)
        assert shortfall_to(target, state.achieved, due) == state.interim_shortfall


def met_on_by_hand(target: Target, figures: tuple[Observation, ...], as_of: dt.date) -> Any:
    """The end of the first figure whose running level meets the target, late ones included."""
    period = target.period
    counted = [o for o in figures if period.contains(o.period) and o.period.end <= as_of]
    late = [
        o for o in figures if o.period.start >= period.start and period.end < o.period.end <= as_of
    ]
    level = Fraction(target.baseline)
    for figure in [*sorted(counted, key=observation_order), *sorted(late, key=observation_order)]:
        if target.indicator.accumulation is Accumulation.SUM:
            level += Fraction(figure.value)
        else:
            level = Fraction(figure.value)
        if target.comparison.holds(level, target.value):
            return figure.period.end
    return None


def late_figures(target: Target) -> st.SearchStrategy[list[Observation]]:
    """Up to one figure just after the target period that brings the level past its goal."""
    summed = target.indicator.accumulation is Accumulation.SUM
    start = target.baseline if summed else Decimal(0)
    value = add_amounts(
        [subtract_amounts(target.goal, start), Decimal(target.indicator.direction.sign)]
    )
    after = target.period.end + dt.timedelta(days=1)
    late = st.integers(0, 60).map(
        lambda days: Observation(Period(after, after + dt.timedelta(days=days)), value)
    )
    return st.just([]) | late.map(lambda figure: [figure])


def with_late_figures(target: Target) -> st.SearchStrategy[tuple[Any, ...]]:
    """A series, perhaps a figure after the period, and a date within it or past them all."""
    end = target.period.end

    def dated(both: tuple[Any, list[Observation]]) -> st.SearchStrategy[tuple[Any, ...]]:
        series, late = both
        last = max([end, *(o.period.end for o in late)])
        after = st.dates(last, last + dt.timedelta(days=60))
        as_of = st.one_of(st.dates(target.period.start, end), after, after)
        return st.tuples(st.just(target), st.just((*series, *late)), as_of)

    return st.tuples(observations(target, outside=True), late_figures(target)).flatmap(dated)


class TestMetOn:
    """met_on is when the running level first met the target; late_days counts from the end."""

    @given(targets(comparison=True).flatmap(with_late_figures))
    def test_met_on_and_late_days(self, drawn: tuple[Any, ...]) -> None:
        """met_on by hand; late_days == max(0, met_on − period end); met in time when is_met."""
        target, figures, as_of = drawn
        with hostile():
            state = progress(target, figures, as_of=as_of)
        met_on = met_on_by_hand(target, figures, as_of)
        assert met_on == state.met_on
        if met_on is None:
            event("not met")
            assert state.late_days is None
            return
        late = max(0, (met_on - target.period.end).days)
        event("met late" if late else "met in time")
        assert late == state.late_days
        if state.is_met and state.observations:
            assert 0 == state.late_days


# The real cases, with their arithmetic by hand.

_JOBS = Indicator(
    "Lapangan kerja baru", "orang", direction=Direction.INCREASE, accumulation=Accumulation.SUM
)
#: Jokowi's 10 million jobs over 2015–2019, "2 million a year" (Nawacita; RPJMN 2015–2019).
_TEN_MILLION = Target(
    _JOBS,
    10_000_000,
    period=Period.years(2015, 2019),
    schedule={Period.year(year): 2_000_000 for year in range(2015, 2020)},
)
_COUNTED = [
    Observation(Period.year(2015), 1_800_000),
    Observation(Period.year(2016), 2_000_000),
    Observation(Period.year(2017), 1_700_000),
]


class TestTwoMillionAYear:
    """'2 million a year toward 10 million': the interim target in force and its shortfall."""

    def test_interim_target_at_the_end_of_2017(self) -> None:
        """At 2017-12-31, 5.5 million counted against 6 million due: 500,000 short."""
        state = progress(_TEN_MILLION, _COUNTED, as_of=dt.date(2017, 12, 31))
        # 1,800,000 + 2,000,000 + 1,700,000 = 5,500,000 counted.
        assert Decimal(5_500_000) == state.achieved
        assert Period.year(2017) == state.interim.period  # type: ignore[union-attr]
        # Due through 2017: 3 × 2,000,000 = 6,000,000; 6,000,000 − 5,500,000 = 500,000.
        assert Decimal(6_000_000) == state.interim_level
        assert Decimal(500_000) == state.interim_shortfall
        # The path is the schedule's, not the straight line (10,000,000 × 1096/1826 days).
        assert Fraction(6_000_000) == state.expected
        # Against the final target: 10,000,000 − 5,500,000 = 4,500,000.
        assert Decimal(4_500_000) == state.shortfall

    def test_met_late(self) -> None:
        """9.5 million by 2019; 600,000 in 2020 brings 10.1 million: met on 2020-12-31, 366 days late."""
        later = [
            *_COUNTED,
            Observation(Period.year(2018), 2_500_000),
            Observation(Period.year(2019), 1_500_000),
            Observation(Period.year(2020), 600_000),
        ]
        state = progress(_TEN_MILLION, later, as_of=dt.date(2020, 12, 31))
        # 5,500,000 + 2,500,000 + 1,500,000 = 9,500,000 in the period: not met.
        assert (Decimal(9_500_000), False) == (state.achieved, state.is_met)
        # + 600,000 = 10,100,000 at the end of 2020; 2020 is a leap year: 366 days late.
        assert (dt.date(2020, 12, 31), 366) == (state.met_on, state.late_days)


_POVERTY = Indicator(
    "Persentase penduduk miskin", "%", direction=Direction.DECREASE, accumulation=Accumulation.LAST
)
#: "Satu digit kemiskinan": a poverty rate of one digit, less than 10 % (baseline 10.86 %).
_ONE_DIGIT = Target(
    _POVERTY, "10", baseline="10.86", comparison="less_than", period=Period.years(2015, 2019)
)


class TestSatuDigitKemiskinan:
    """'Satu digit kemiskinan' is less_than 10: 10.00 is not met, 9.99 is."""

    def _at(self, level: str) -> Progress:
        return progress(_ONE_DIGIT, [Observation(Period.year(2019), level)])

    def test_ten_is_not_one_digit(self) -> None:
        """10.00 % is not met, though nothing is short of the value itself."""
        state = self._at("10.00")
        assert (False, Decimal(0), Decimal(0)) == (state.is_met, state.shortfall, state.surplus)
        assert state.met_on is None

    def test_nine_point_nine_nine_is(self) -> None:
        """9.99 % is met, 0.01 beyond the value (10 − 9.99), on 2019-12-31."""
        state = self._at("9.99")
        assert (True, Decimal("0.01")) == (state.is_met, state.surplus)
        assert (dt.date(2019, 12, 31), 0) == (state.met_on, state.late_days)


_GROWTH = Indicator(
    "Pertumbuhan ekonomi", "%", direction=Direction.INCREASE, accumulation=Accumulation.LAST
)
#: A range target: growth of 7–8 % from 5 % (the nearest bound, 7, counts).
_SEVEN_TO_EIGHT = Target(_GROWTH, ["7", "8"], baseline="5", period=Period.years(2020, 2024))


class TestRangeSevenToEight:
    """A range target 7–8: the nearest bound counts for the shortfall and the ratio."""

    def _at(self, level: str) -> Progress:
        return progress(_SEVEN_TO_EIGHT, [Observation(Period.year(2024), level)])

    def test_below_the_range(self) -> None:
        """6.5: 0.5 short of 7 (7 − 6.5); ratio (6.5 − 5) / (7 − 5) = 3/4."""
        state = self._at("6.5")
        assert (False, Decimal("0.5"), Fraction(3, 4)) == (
            state.is_met,
            state.shortfall,
            state.ratio,
        )

    def test_inside_and_at_the_bounds(self) -> None:
        """7, 7.5 and 8 meet it with nothing short and no surplus."""
        for level in ("7", "7.5", "8"):
            state = self._at(level)
            assert (True, Decimal(0), Decimal(0)) == (state.is_met, state.shortfall, state.surplus)

    def test_above_the_range(self) -> None:
        """8.4 leaves the range: 0.4 beyond 8 (8.4 − 8) counts as short, not met."""
        state = self._at("8.4")
        assert (False, Decimal("0.4"), Decimal(0)) == (state.is_met, state.shortfall, state.surplus)
