"""Tests for PeriodCapaian.percent, next_band_at and stale_figure: what a report shows of a rate."""

from __future__ import annotations

import datetime as dt
import decimal
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pledgekit import (
    Accumulation,
    Direction,
    Indicator,
    Observation,
    Period,
    Target,
    progress,
)
from pledgekit.methods.permendagri86 import (
    BandPolicy,
    PeriodCapaian,
    Predikat,
    next_band_at,
    predikat,
    progress_capaian,
)

JOBS = Indicator("Jobs", "persons", direction=Direction.INCREASE, accumulation=Accumulation.SUM)
RATE = Indicator("Rate", "%", direction=Direction.DECREASE, accumulation=Accumulation.LAST)
HOSTILE = {"prec": 5, "rounding": decimal.ROUND_FLOOR, "Emax": 10, "Emin": -10}
EDGES = [Fraction(b) for b in (51, 66, 76, 91)] + [Fraction(2 * b - 1, 2) for b in (51, 66, 76, 91)]
# Rates just below a band edge, where rounding half-up would cross it, drawn as often as
# arbitrary ones.
rates = st.one_of(
    st.fractions(min_value=-50, max_value=200, max_denominator=10**6),
    st.builds(lambda edge, k: edge - Fraction(1, 10**k), st.sampled_from(EDGES), st.integers(1, 9)),
)


def _rated(realisasi: str, policy: BandPolicy = BandPolicy.HALF_OPEN) -> PeriodCapaian:
    """A 100-job target for 2023 with one 2023 figure: the rate is the figure itself."""
    target = Target(JOBS, 100, period=Period.year(2023))
    return progress_capaian(
        progress(target, [Observation(Period.year(2023), realisasi)]), policy=policy
    )


class TestPercent:
    def test_rounds_half_up(self) -> None:
        """146,305 of 150,000 = 97.5366…: 97.54 to two places."""
        target = Target(JOBS, 150000, period=Period.year(2023))
        rated = progress_capaian(progress(target, [Observation(Period.year(2023), 146305)]))
        assert Decimal("97.54") == rated.percent()

    def test_never_onto_a_band_edge_it_does_not_reach(self) -> None:
        """90.9993 is Tinggi (below 91): shown 90.99, not 91.00; to three places 90.999."""
        rated = _rated("90.9993")
        assert (Predikat.TINGGI, Decimal("90.99"), Decimal("90.999")) == (
            rated.predikat,
            rated.percent(2),
            rated.percent(3),
        )

    def test_a_rate_on_the_edge_is_shown_as_it_is(self) -> None:
        """91 exactly is Sangat Tinggi and shows 91.00."""
        assert (Predikat.SANGAT_TINGGI, Decimal("91.00")) == (
            _rated("91").predikat,
            _rated("91").percent(),
        )

    def test_round_first_edge_is_half_below_the_bound(self) -> None:
        """Rounded first, 90.4999 is 90, Tinggi; 90.50 would round to 91: shown 90.49."""
        rated = _rated("90.4999", BandPolicy.ROUND_FIRST)
        assert (Predikat.TINGGI, Fraction(181, 2), Decimal("90.49")) == (
            rated.predikat,
            rated.next_band_at,
            rated.percent(),
        )

    def test_half_open_shows_90_50(self) -> None:
        """With half-open bands 90.4999 is Tinggi up to 91: 90.50 is shown as rounded."""
        assert Decimal("90.50") == _rated("90.4999").percent()

    def test_no_rate_shows_nothing(self) -> None:
        """Without a figure there is no rate to show."""
        target = Target(JOBS, 100, period=Period.year(2023))
        rated = progress_capaian(progress(target, [], as_of=dt.date(2023, 12, 31)))
        assert (None, None) == (rated.percent(), rated.next_band_at)

    @given(
        rate=rates,
        policy=st.sampled_from(BandPolicy),
        places=st.integers(0, 4),
    )
    def test_the_figure_shown_rates_as_the_rate(
        self, rate: Fraction, policy: BandPolicy, places: int
    ) -> None:
        """The rounded figure falls in the rate's own band and within one step of it, any context."""
        rated = PeriodCapaian(
            target=Decimal(100),
            realisasi=None,
            value=rate,
            predikat=predikat(rate, policy=policy),
            next_band_at=next_band_at(rate, policy=policy),
        )
        with decimal.localcontext(**HOSTILE):
            shown = rated.percent(places)
        assert shown is not None
        assert rated.predikat == predikat(shown, policy=policy)
        assert abs(Fraction(shown) - rate) < Fraction(1, 10**places)


class TestNextBandAt:
    @pytest.mark.parametrize(
        ("rate", "policy", "expected"),
        [
            (Fraction(50), BandPolicy.HALF_OPEN, Fraction(51)),
            (Fraction(51), BandPolicy.HALF_OPEN, Fraction(66)),
            (Fraction(181, 2), BandPolicy.HALF_OPEN, Fraction(91)),
            (Fraction(91), BandPolicy.HALF_OPEN, None),
            (Fraction(50), BandPolicy.ROUND_FIRST, Fraction(101, 2)),  # 50.5 rounds to 51
            (Fraction(181, 2), BandPolicy.ROUND_FIRST, None),  # 90.5 rounds to 91: top band
        ],
    )
    def test_edges(self, rate: Fraction, policy: BandPolicy, expected: Fraction | None) -> None:
        """The next band up starts at the bound (half-open) or half below it (rounded first)."""
        assert expected == next_band_at(rate, policy=policy)


class TestStaleFigure:
    def test_level_rated_from_an_older_year(self) -> None:
        """A 2019–2023 level target assessed at the end of 2023 from a 2022 figure: stale."""
        target = Target(RATE, "7", baseline="8", period=Period.years(2019, 2023))
        figures = [Observation(Period.year(2022), "7.2")]
        rated = progress_capaian(progress(target, figures, as_of=dt.date(2023, 12, 31)))
        assert (Period.year(2022), True) == (rated.figure_period, rated.stale_figure)

    def test_level_rated_from_the_latest_day(self) -> None:
        """The same target with a 2023 figure: the figure is as recent as the rate."""
        target = Target(RATE, "7", baseline="8", period=Period.years(2019, 2023))
        figures = [Observation(Period.year(2023), "7.2")]
        rated = progress_capaian(progress(target, figures, as_of=dt.date(2023, 12, 31)))
        assert (Period.year(2023), False) == (rated.figure_period, rated.stale_figure)

    def test_as_of_before_the_period_end(self) -> None:
        """Assessed at 2022-12-31 from a 2022 figure: not stale though the period runs to 2023."""
        target = Target(RATE, "7", baseline="8", period=Period.years(2019, 2023))
        figures = [Observation(Period.year(2022), "7.2")]
        rated = progress_capaian(progress(target, figures, as_of=dt.date(2022, 12, 31)))
        assert False is rated.stale_figure

    def test_a_sum_is_never_stale(self) -> None:
        """A cumulative indicator adds its figures: no figure period, nothing stale."""
        target = Target(JOBS, 100, period=Period.years(2019, 2023))
        figures = [Observation(Period.year(2020), 40)]
        rated = progress_capaian(progress(target, figures, as_of=dt.date(2023, 12, 31)))
        assert (None, False) == (rated.figure_period, rated.stale_figure)
