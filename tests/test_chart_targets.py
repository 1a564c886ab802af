"""Charts of targets as plans write them: schedules, revisions, ranges, strict and bound figures."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from pledgekit import (
    Accumulation,
    Case,
    Claim,
    ClaimKind,
    Direction,
    Indicator,
    Observation,
    Period,
    Revision,
    Source,
    Target,
    TargetAssessment,
)

if TYPE_CHECKING:
    from matplotlib.axes import Axes

JOBS = Indicator(
    "Lapangan kerja baru", "orang", direction=Direction.INCREASE, accumulation=Accumulation.SUM
)
POVERTY = Indicator(
    "Persentase penduduk miskin", "%", direction=Direction.DECREASE, accumulation=Accumulation.LAST
)


@pytest.fixture
def chart() -> Any:
    """The chart module, or a skip when matplotlib is not installed."""
    pytest.importorskip("matplotlib")
    from pledgekit import chart

    return chart


def _axes() -> Axes:
    from matplotlib.figure import Figure

    return Figure(figsize=(10, 6)).add_subplot()


def _assessed(
    target: Target, observations: Sequence[Observation], **kwargs: Any
) -> TargetAssessment:
    """The one target of a case made of it, assessed at ``as_of`` if given."""
    as_of = kwargs.pop("as_of", None)
    indicators = [target.indicator]
    case = Case(
        "Case", indicators=indicators, targets=[target], observations=observations, **kwargs
    )
    return case.assess(as_of).targets[0]


def _draw(chart: Any, assessed: TargetAssessment, lang: str = "id") -> Axes:
    ax = _axes()
    chart.plot(assessed, ax=ax, lang=lang)
    return ax


def _day(x: float) -> dt.date:
    return dt.date.fromordinal(round(x))


def _line(ax: Axes, label: str) -> Any:
    (line,) = [line for line in ax.get_lines() if line.get_label() == label]
    return line


def _collection(ax: Axes, label: str) -> Any:
    (found,) = [c for c in ax.collections if c.get_label() == label]
    return found


def _segment(collection: Any) -> tuple[dt.date, float, dt.date, float]:
    """The one segment of a LineCollection as (start day, level, end day, level)."""
    ((x0, y0), (x1, y1)) = collection.get_segments()[0]
    return _day(x0), float(y0), _day(x1), float(y1)


def _dashed(collection: Any) -> bool:
    ((_, dashes),) = collection.get_linestyle()
    return dashes is not None


def _claim_markers(ax: Axes) -> dict[float, str]:
    """Each claim marker's level and its fill style."""
    lines = [c.lines[0] for c in ax.containers]  # type: ignore[attr-defined]
    return {float(line.get_ydata()[0]): line.get_fillstyle() for line in lines}


def _arrows(ax: Axes) -> list[tuple[float, float]]:
    """The bound arrows: (level of the marker, signed length in points, up > 0)."""
    return [
        (float(t.xy[1]), float(t.xyann[1]))
        for t in ax.texts
        if t.get_text() == "" and t.arrow_patch is not None  # type: ignore[attr-defined]
    ]


def _texts(ax: Axes) -> list[str]:
    """Every text on the Axes and on its insets."""
    return [t.get_text() for a in (ax, *ax.child_axes) for t in a.texts]


def _first_lines(ax: Axes) -> list[str]:
    """The first line of every text: a claim label's figure, over who said it and when."""
    return [words.split("\n")[0] for words in _texts(ax)]


TEN_MILLION = Target(
    JOBS,
    10_000_000,
    period=Period.years(2015, 2019),
    schedule={Period.year(y): 2_000_000 for y in range(2015, 2020)},
)
FIGURES = [Observation(Period.year(2015), 1_800_000), Observation(Period.year(2016), 2_100_000)]


class TestSchedule:
    def test_steps_through_the_levels_due(self, chart: Any) -> None:
        """2 million a year from 0: due 2, 4, 6, 8 and 10 million at each year's end."""
        ax = _draw(chart, _assessed(TEN_MILLION, FIGURES))
        steps = _line(ax, "Target per tahun")
        # 0 + 2,000,000 = 2,000,000; + 2,000,000 = 4,000,000; … ; 5 × 2,000,000 = 10,000,000.
        expected = [0, 2_000_000, 4_000_000, 6_000_000, 8_000_000, 10_000_000]
        assert expected == [round(y) for y in steps.get_ydata()]
        ends = [dt.date(2015, 1, 1), *(dt.date(y, 12, 31) for y in range(2015, 2020))]
        assert ends == [_day(x) for x in steps.get_xdata()]
        assert "steps-post" == steps.get_drawstyle()

    def test_interim_targets_marked_and_no_straight_line(self, chart: Any) -> None:
        """A square at each of the five interim targets; the straight line is not drawn."""
        ax = _draw(chart, _assessed(TEN_MILLION, FIGURES))
        marks = [line for line in ax.get_lines() if line.get_marker() == "s"]
        (squares,) = marks
        assert [2, 4, 6, 8, 10] == [round(y / 1_000_000) for y in squares.get_ydata()]
        labels = [line.get_label() for line in ax.get_lines()]
        assert "Garis lurus dari kondisi awal ke target" not in labels

    def test_english_label(self, chart: Any) -> None:
        """In English the steps are the yearly targets."""
        ax = _draw(chart, _assessed(TEN_MILLION, FIGURES), lang="en")
        assert "Yearly targets" in ax.get_legend_handles_labels()[1]

    def test_a_short_schedule_holds_its_last_level(self, chart: Any) -> None:
        """Four years of 2 million: 8 million held to the period's end, below the 10 million line."""
        four = Target(
            JOBS,
            10_000_000,
            period=Period.years(2015, 2019),
            schedule={Period.year(y): 2_000_000 for y in range(2015, 2019)},
        )
        steps = _line(_draw(chart, _assessed(four, FIGURES)), "Target per tahun")
        # 4 × 2,000,000 = 8,000,000 at the end of 2018, held to 31 December 2019.
        assert (dt.date(2019, 12, 31), 8_000_000) == (
            _day(steps.get_xdata()[-1]),
            steps.get_ydata()[-1],
        )

    def test_a_level_schedule_steps_through_its_values(self, chart: Any) -> None:
        """For a level the knots are the entries' own values, not sums; months are interim."""
        schedule = {Period.months(2020, 1, 6): "9.8", Period.months(2020, 7, 12): "9.5"}
        target = Target(POVERTY, "9.5", baseline="10", period=Period.year(2020), schedule=schedule)
        ax = _draw(chart, _assessed(target, [Observation(Period.months(2020, 1, 6), "9.9")]))
        steps = _line(ax, "Target antara")
        assert [10, 9.8, 9.5] == pytest.approx(list(steps.get_ydata()))


OK_OCE = Target(
    Indicator(
        "Wirausaha baru", "orang", direction=Direction.INCREASE, accumulation=Accumulation.SUM
    ),
    200_000,
    period=Period.years(2018, 2022),
    revisions=[
        Revision(
            dt.date(2019, 9, 1),
            278_971,
            source=Source("Pemprov DKI Jakarta", "RPJMD Perubahan 2017-2022"),
        )
    ],
)
OK_OCE_FIGURES = [Observation(Period.year(2018), 80_000), Observation(Period.year(2019), 60_000)]
REVISED_ON = dt.date(2019, 9, 1)


class TestRevisions:
    def test_the_revised_value_from_its_date(self, chart: Any) -> None:
        """278,971 in force from 1 September 2019 to the end of 2022, full and thicker."""
        ax = _draw(chart, _assessed(OK_OCE, OK_OCE_FIGURES, as_of=dt.date(2019, 12, 31)))
        revised = _collection(ax, "Target 278.971 orang")
        assert (REVISED_ON, 278_971, dt.date(2022, 12, 31), 278_971) == _segment(revised)
        assert not _dashed(revised)
        original = _collection(ax, "Target awal 200.000 orang")
        assert (dt.date(2018, 1, 1), 200_000, REVISED_ON, 200_000) == _segment(original)
        assert _dashed(original)
        assert original.get_linewidth()[0] < revised.get_linewidth()[0]

    def test_the_revision_is_marked(self, chart: Any) -> None:
        """Its value, date and (short) source title at its date; the title names the value."""
        ax = _draw(chart, _assessed(OK_OCE, OK_OCE_FIGURES, as_of=dt.date(2019, 12, 31)))
        expected = "direvisi menjadi 278.971, 1 September 2019\nRPJMD Perubahan 2017-2022"
        (mark,) = [t for t in ax.texts if t.get_text() == expected]
        assert (REVISED_ON, 278_971) == (_day(mark.xy[0]), mark.xy[1])
        assert "Wirausaha baru: 278.971 orang, 2018–2022" == ax.get_title(loc="left")
        # The path runs to the value in force.
        assert [0, 278_971] == list(
            _line(ax, "Garis lurus dari kondisi awal ke target").get_ydata()
        )

    def test_a_long_source_title_is_left_out(self, chart: Any) -> None:
        """A title over 32 characters would crowd the chart: value and date only, in English."""
        long = Source("Pemprov DKI", "Peraturan Daerah Provinsi DKI Jakarta Nomor 1 Tahun 2018")
        target = Target(
            OK_OCE.indicator,
            200_000,
            period=Period.years(2018, 2022),
            revisions=[Revision(REVISED_ON, 278_971, source=long)],
        )
        ax = _draw(chart, _assessed(target, OK_OCE_FIGURES), lang="en")
        assert "revised to 278,971, 1 September 2019" in _texts(ax)

    def test_before_the_revision_the_original_is_in_force(self, chart: Any) -> None:
        """As of 31 December 2018 the target is 200,000; the later revision is dashed, marked."""
        ax = _draw(chart, _assessed(OK_OCE, OK_OCE_FIGURES, as_of=dt.date(2018, 12, 31)))
        in_force = _collection(ax, "Target 200.000 orang")
        assert (dt.date(2018, 1, 1), 200_000, REVISED_ON, 200_000) == _segment(in_force)
        assert not _dashed(in_force)
        labels = [c.get_label() for c in ax.collections]
        assert "Target awal 200.000 orang" not in labels
        assert any(t.startswith("direvisi menjadi 278.971") for t in _texts(ax))


class TestComparisons:
    def test_a_range_is_a_band(self, chart: Any) -> None:
        """7–8 %: a band from 7 to 8 over 2019–2020; the path heads for 8, the bound nearest 10."""
        target = Target(POVERTY, ("7", "8"), baseline="10", period=Period.years(2019, 2020))
        ax = _draw(chart, _assessed(target, [Observation(Period.year(2020), "8.5")]))
        band = _collection(ax, "Target 7–8 %")
        xs, ys = band.get_paths()[0].vertices.T
        assert (7, 8) == (min(ys), max(ys))
        assert (dt.date(2019, 1, 1), dt.date(2020, 12, 31)) == (_day(min(xs)), _day(max(xs)))
        assert [10, 8] == list(_line(ax, "Garis lurus dari kondisi awal ke target").get_ydata())

    def test_a_strict_comparison_in_the_label(self, chart: Any) -> None:
        """Satu digit kemiskinan: "< 10 %" in the legend and the title, in both languages."""
        target = Target(
            POVERTY, "10", baseline="10.96", comparison="less_than", period=Period.years(2015, 2019)
        )
        assessed = _assessed(target, [Observation(Period.month(2018, 3), "9.82")])
        ax = _draw(chart, assessed)
        assert (10, 10) == _segment(_collection(ax, "Target < 10 %"))[1::2]
        assert "Persentase penduduk miskin: < 10 %, 2015–2019" == ax.get_title(loc="left")
        assert "Target < 10 %" in _draw(chart, assessed, lang="en").get_legend_handles_labels()[1]


WORKERS = Indicator(
    "Tenaga kerja terserap", "orang", direction=Direction.INCREASE, accumulation=Accumulation.SUM
)
YEAR = Target(WORKERS, 10_000, period=Period.year(2023))
HALF_YEAR = [
    Observation(Period.months(2023, 1, 3), 3_500),
    Observation(Period.months(2023, 4, 6), 3_000),
]
JUNE = dt.date(2023, 6, 30)


class TestBoundClaims:
    def test_open_marker_and_arrow_up(self, chart: Any) -> None:
        """Di atas 6.000: an open marker at 6,000, an arrow up; an exact 12,000 stays filled."""
        claims = [
            Claim(ClaimKind.ACHIEVED, 6_000, JUNE, bound="more_than"),
            Claim(ClaimKind.ACHIEVED, 12_000, dt.date(2023, 5, 31)),
        ]
        ax = _draw(chart, _assessed(YEAR, HALF_YEAR, claims=claims))
        assert {6_000: "none", 12_000: "full"} == _claim_markers(ax)
        ((level, length),) = _arrows(ax)
        assert level == 6_000 and length > 0
        assert {"klaim > 6.000", "klaim 12.000"} <= set(_first_lines(ax))
        labels = ax.get_legend_handles_labels()[1]
        assert {"Klaim", "Klaim berupa batas (terbuka)"} <= set(labels)

    def test_a_claim_above_the_target_is_in_view(self, chart: Any) -> None:
        """12,000 claimed of a 10,000 target: the y axis reaches above 12,000."""
        claims = [Claim(ClaimKind.ACHIEVED, 12_000, dt.date(2023, 5, 31))]
        ax = _draw(chart, _assessed(YEAR, HALF_YEAR, claims=claims))
        low, high = ax.get_ylim()
        assert low <= 0 and 12_000 < high

    @pytest.mark.parametrize(
        ("kind", "figure", "bound", "up"),
        [
            (ClaimKind.ACHIEVED, 9_000, "at_least", True),
            (ClaimKind.ACHIEVED, 9_900, "less_than", False),  # "hampir": almost
            (ClaimKind.ACHIEVED, 9_900, "at_most", False),
            # Less than 4,000 left of 10,000 is more than 6,000 done: the level opens up.
            (ClaimKind.REMAINING, 4_000, "less_than", True),
            (ClaimKind.PERCENT, 60, "more_than", True),
        ],
    )
    def test_the_arrow_points_the_way_the_level_opens(
        self, chart: Any, kind: ClaimKind, figure: int, bound: str, up: bool
    ) -> None:
        """Up for more than / at least, down for less than / at most, of the level drawn."""
        claims = [Claim(kind, figure, JUNE, bound=bound)]
        ax = _draw(chart, _assessed(YEAR, HALF_YEAR, claims=claims))
        ((_, length),) = _arrows(ax)
        assert up == (length > 0)

    def test_the_arrow_on_a_falling_indicator(self, chart: Any) -> None:
        """More than 50 % of the way from 10 down to 9 is a level below 9.5: the arrow points down."""
        target = Target(POVERTY, "9", baseline="10", period=Period.year(2023))
        claims = [Claim(ClaimKind.PERCENT, 50, JUNE, bound="more_than")]
        ax = _draw(
            chart, _assessed(target, [Observation(Period.months(2023, 1, 6), "9.6")], claims=claims)
        )
        ((level, length),) = _arrows(ax)
        # 10 − (10 − 9) × 50 / 100 = 9.5.
        assert level == pytest.approx(9.5) and length < 0
        # 9.5 beside the reported 9.6 is labelled in an inset; below 100, with two decimals.
        assert "> 50 % → 9,50" in _first_lines(ax)

    def test_a_rate_claim_is_counted_not_drawn(self, chart: Any) -> None:
        """Rata-rata 1.200 per bulan states no level: no marker, one line in the legend."""
        claims = [
            Claim(ClaimKind.RATE, 1_200, JUNE, per="month", period=Period.months(2023, 1, 6)),
            Claim(ClaimKind.ACHIEVED, 6_000, JUNE, bound="more_than"),
        ]
        ax = _draw(chart, _assessed(YEAR, HALF_YEAR, claims=claims), lang="en")
        assert [6_000] == list(_claim_markers(ax))
        assert "Rate claims, not drawn (no level): 1" in ax.get_legend_handles_labels()[1]

    @given(figure=st.integers(0, 40_000), bound=st.sampled_from([None, "more_than", "less_than"]))
    def test_every_claim_is_within_the_y_axis(self, figure: int, bound: str | None) -> None:
        """Wherever a claim lies, above the target or not, bound or exact, the axis holds it."""
        pytest.importorskip("matplotlib")
        from pledgekit import chart

        event("above the target" if figure > 10_000 else "at or below the target")
        claims = [Claim(ClaimKind.ACHIEVED, figure, JUNE, bound=bound)]
        ax = _draw(chart, _assessed(YEAR, HALF_YEAR, claims=claims))
        low, high = ax.get_ylim()
        assert low <= figure <= high


class TestLate:
    LATE = Target(JOBS, 1000, period=Period.year(2019))
    FIGURES = (Observation(Period.year(2019), 900), Observation(Period.year(2020), 200))

    def test_met_late_is_marked(self, chart: Any) -> None:
        """900 in 2019, + 200 in 2020 = 1,100 ≥ 1,000 on 31 December 2020: 366 days late."""
        ax = _draw(chart, _assessed(self.LATE, self.FIGURES, as_of=dt.date(2021, 1, 31)))
        (star,) = [line for line in ax.get_lines() if line.get_marker() == "*"]
        assert ([dt.date(2020, 12, 31)], [1000]) == (
            [_day(x) for x in star.get_xdata()],
            list(star.get_ydata()),
        )
        assert "tercapai terlambat (366 hari)\n31 Desember 2020" in _texts(ax)
        # The x axis reaches the late date, beyond the target period.
        assert dt.date(2020, 12, 31) < _day(ax.get_xlim()[1])

    def test_english(self, chart: Any) -> None:
        """In English: met late (366 days)."""
        assessed = _assessed(self.LATE, self.FIGURES, as_of=dt.date(2021, 1, 31))
        assert "met late (366 days)\n31 December 2020" in _texts(_draw(chart, assessed, lang="en"))

    def test_met_in_time_has_no_star(self, chart: Any) -> None:
        """Met within the period: no late mark."""
        ax = _draw(chart, _assessed(self.LATE, [Observation(Period.year(2019), 1000)]))
        assert [] == [line for line in ax.get_lines() if line.get_marker() == "*"]
