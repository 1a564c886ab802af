"""Units in values: a figure written with a unit must be in its indicator's unit."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pledgekit import (
    Accumulation,
    ClaimKind,
    DataFileError,
    Direction,
    Indicator,
    Period,
    Rounding,
)
from pledgekit.io import loads, read_observations

ROADS = """\
pledgekit_case = 1
locale = "{locale}"
title = "Roads"

[[indicators]]
id = "roads"
name = "Roads built"
unit = "km"
direction = "increase"
accumulation = "sum"

[[targets]]
id = "roads-815"
indicator = "roads"
value = "815"
period = "2019..2023"

[[observations]]
indicator = "roads"
period = "2019"
value = "{value}"
"""

KM = Indicator(
    "Roads built", "km", direction=Direction.INCREASE, accumulation=Accumulation.SUM, id="roads"
)


def observation_of(value: str, locale: str = "id", extra: str = ""):  # type: ignore[no-untyped-def]
    """The one observation of the roads case with ``value``."""
    (observation,) = loads(ROADS.format(locale=locale, value=value) + extra).observations
    return observation


def problem_of(value: str, locale: str = "id") -> tuple[str, str]:
    """The one problem the roads case with ``value`` has."""
    with pytest.raises(DataFileError) as caught:
        loads(ROADS.format(locale=locale, value=value), name="roads.toml")
    (problem,) = caught.value.problems
    return tuple(problem)  # type: ignore[return-value]


class TestTheIndicatorsUnit:
    def test_km_on_a_km_indicator(self) -> None:
        """On a km indicator "142,5 km" is 142.5, with no resolution claimed."""
        observation = observation_of("142,5 km")
        assert (Decimal("142.5"), None) == (observation.value, observation.resolution)

    def test_plain_notation(self) -> None:
        """In plain notation "142.5 km" is 142.5 too."""
        assert Decimal("142.5") == observation_of("142.5 km", locale="C").value

    def test_units_are_compared_as_parse_quantity_names_them(self) -> None:
        """The units "persen" and "%" are the same."""
        text = ROADS.format(locale="id", value="5").replace('unit = "km"', 'unit = "persen"')
        (observation,) = loads(text.replace('value = "5"', 'value = "80 %"')).observations
        assert Decimal(80) == observation.value

    @pytest.mark.parametrize(
        ("value", "given"),
        [
            ("Rp187 miliar", "rupiah (Rp)"),
            ("80 persen", "'%'"),
            ("142,5 orang", "'orang'"),
        ],
    )
    def test_another_unit_is_refused(self, value: str, given: str) -> None:
        """A figure in rupiah, percent or persons on a km indicator names both units."""
        assert (
            "line 21, observations[0].value",
            f"{value!r} is in {given}, but the indicator 'roads' is measured in 'km'; "
            "expected a figure in 'km' or a bare figure",
        ) == problem_of(value)

    def test_another_unit_in_plain_notation(self) -> None:
        """The same in plain notation: "Rp187 miliar" is not 187 billion km."""
        _, message = problem_of("Rp187 miliar", locale="C")
        assert "'Rp187 miliar' is in rupiah (Rp), but the indicator 'roads'" in message

    def test_ambiguous_figure_before_a_unit(self) -> None:
        """In plain notation "150.000 km" is as ambiguous as "150.000"."""
        _, message = problem_of("150.000 km", locale="C")
        assert message.startswith("'150.000' is ambiguous")

    def test_unknown_word(self) -> None:
        """A word that is neither a scale nor a unit is refused with what would be read."""
        _, message = problem_of("12 kilometer", locale="C")
        assert message.startswith("found '12 kilometer'; expected a figure in plain notation")


class TestScaleWords:
    def test_scale_word_keeps_its_resolution(self) -> None:
        """A scale word keeps its resolution: "1,2 ribu km" is 1200 ± 50, 1150..1250."""
        observation = observation_of("1,2 ribu km")
        assert (Decimal(1200), Decimal(100), Rounding.NEAREST) == (
            observation.value,
            observation.resolution,
            observation.rounding,
        )
        assert (Decimal(1150), Decimal(1250)) == observation.interval

    def test_plain_scale_word(self) -> None:
        """In plain notation "1.2 ribu" is 1200 with resolution 100 too."""
        observation = observation_of("1.2 ribu", locale="C")
        assert (Decimal(1200), Decimal(100)) == (observation.value, observation.resolution)

    def test_resolution_in_the_file_overrides(self) -> None:
        """A resolution in the file overrides the implied one ("600 ribu", 20000)."""
        observation = observation_of("600 ribu", extra='resolution = "20.000"\n')
        assert (Decimal(600_000), Decimal(20_000)) == (
            observation.value,
            observation.resolution,
        )

    @given(
        whole=st.integers(min_value=0, max_value=10**6),
        places=st.integers(min_value=0, max_value=2),  # ",123 ribu" is ambiguous
        word=st.sampled_from([("ribu", 3), ("juta", 6), ("miliar", 9)]),
    )
    def test_resolution_is_one_unit_of_the_last_digit(
        self, whole: int, places: int, word: tuple[str, int]
    ) -> None:
        """Written "w,f <scale>", a figure is w.f × 10^scale, resolution 10^(scale − places)."""
        digits = str(whole).rjust(places + 1, "0")
        integer, fraction = digits[: len(digits) - places], digits[len(digits) - places :]
        written = f"{integer},{fraction}" if places else integer
        observation = observation_of(f"{written} {word[0]} km")
        scale = word[1]
        assert Decimal(whole) * Decimal(10) ** (scale - places) == observation.value
        assert Decimal(10) ** (scale - places) == observation.resolution


class TestClaims:
    CLAIM = """
[[claims]]
kind = "{kind}"
target = "roads-815"
value = "{value}"
as_of = 2022-06-30
"""

    def claim_of(self, kind: str, value: str):  # type: ignore[no-untyped-def]
        """The one claim of the roads case."""
        text = ROADS.format(locale="id", value="5") + self.CLAIM.format(kind=kind, value=value)
        (claim,) = loads(text).claims
        return claim

    def test_percent_claim_accepts_persen_and_sign(self) -> None:
        """A percent claim reads "80 persen" and "80%"."""
        assert Decimal(80) == self.claim_of("percent", "80 persen").value
        assert Decimal(80) == self.claim_of("percent", "80%").value
        assert ClaimKind.PERCENT is self.claim_of("percent", "80%").kind

    def test_percent_claim_refuses_km(self) -> None:
        """A percent claim written in km is refused."""
        text = ROADS.format(locale="id", value="5") + self.CLAIM.format(
            kind="percent", value="80 km"
        )
        with pytest.raises(DataFileError, match="a percent claim is measured in '%'"):
            loads(text)

    def test_achieved_claim_in_the_targets_unit(self) -> None:
        """An achieved claim is checked against its target's indicator, with its resolution."""
        claim = self.claim_of("achieved", "1,2 ribu km")
        assert (Decimal(1200), Decimal(100)) == (claim.value, claim.resolution)
        text = ROADS.format(locale="id", value="5") + self.CLAIM.format(
            kind="achieved", value="Rp187 miliar"
        )
        with pytest.raises(DataFileError, match="rupiah"):
            loads(text)


class TestImpliedReferences:
    def test_observation_without_its_indicator(self) -> None:
        """An observation that leaves out the case's only indicator is checked against it."""
        text = ROADS.format(locale="id", value="5").replace(
            'indicator = "roads"\nperiod = "2019"', 'period = "2019"'
        )
        (observation,) = loads(text.replace('value = "5"', 'value = "142,5 km"')).observations
        assert Decimal("142.5") == observation.value
        with pytest.raises(DataFileError, match="measured in 'km'"):
            loads(text.replace('value = "5"', 'value = "142,5 orang"'))

    def test_claim_without_its_target(self) -> None:
        """A claim that leaves out the case's only target is checked against its indicator."""
        claim = '[[claims]]\nkind = "achieved"\nvalue = "{}"\nas_of = 2022-06-30\n'
        text = ROADS.format(locale="id", value="5")
        (read,) = loads(text + claim.format("1,2 ribu km")).claims
        assert (Decimal(1200), Decimal(100)) == (read.value, read.resolution)
        with pytest.raises(DataFileError, match="rupiah"):
            loads(text + claim.format("Rp187 miliar"))


class TestTables:
    def test_csv_units(self) -> None:
        """A CSV cell with the indicator's unit reads; another unit names both."""
        (row,) = read_observations("tahun;nilai\n2019;1,2 ribu km\n", indicators=[KM], locale="id")
        assert (Period.year(2019), Decimal(1200), Decimal(100)) == (
            row.period,
            row.value,
            row.resolution,
        )
        with pytest.raises(DataFileError) as caught:
            read_observations("tahun;nilai\n2019;Rp187 miliar\n", indicators=[KM], locale="id")
        (problem,) = caught.value.problems
        assert "line 2, column 'value'" == problem.location
        assert "is in rupiah (Rp), but the indicator 'roads' is measured in 'km'" in problem.message
