"""The table path gives the object path's numbers: drawn tables, row by row, band edges forced.

Each example draws a small national table (regions × indicators, yearly figures with
gaps, both directions and accumulations, Permendagri 86 options), evaluates it with
:func:`pledgekit.table.evaluate`, and builds the same targets as objects for
:meth:`pledgekit.Case.assess` and :func:`~pledgekit.methods.permendagri86.roll_up`: every
number must be equal. The object path is itself checked against hand arithmetic
elsewhere (tests/test_permendagri86.py, tests/test_progress.py); here it is the oracle
of a second implementation. Some indicators are built to sit exactly on a band edge, or
on a rounding half-point, and some groups to have a mean exactly on an edge, where
guard digits cannot decide and the exact fallback must; how often each is drawn is
counted and checked.
"""

from __future__ import annotations

import datetime as dt
import decimal
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

pa = pytest.importorskip("pyarrow")

from pledgekit import (  # noqa: E402
    Accumulation,
    Case,
    Direction,
    Evaluation,
    Indicator,
    Observation,
    Period,
    Target,
)
from pledgekit.methods.permendagri86 import BandPolicy, LowerIsBetter, roll_up  # noqa: E402
from pledgekit.table import evaluate  # noqa: E402

YEARS = (2019, 2020, 2021, 2022, 2023)
EDGES = (Fraction(91), Fraction(76), Fraction(66), Fraction(51))
# Rates a forced indicator is built to have: on an edge, just off it, on a half-point.
FORCED = (*EDGES, Fraction(181, 2), Fraction(151, 2), Fraction(9101, 100), Fraction(90999, 1000))
# Each property runs an evaluation per example, and builds every target as objects.
_SLOW = settings(
    max_examples=min(settings.default.max_examples, 60),
    suppress_health_check=[
        *settings.default.suppress_health_check,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)


def _text(value: Fraction, places: int) -> str:
    """A value known to terminate within ``places``, as plain decimal text."""
    scaled = value * 10**places
    assert scaled.denominator == 1, value
    number = Decimal(scaled.numerator).scaleb(-places, decimal.Context(prec=80))
    return f"{number:f}"


@st.composite
def rows(draw: st.DrawFn, rate: Fraction | None = None, magnitude: int = 1) -> dict[str, Any]:
    """One indicator of one region: its target row and its yearly figures.

    With ``rate``, the indicator is built to have that capaian (a target divisible by 3,
    so that a rate of a third more or less than an edge has a finite figure). Figures are
    multiples of ``magnitude`` units of the last place: 10**20 takes them past int64.
    """
    places = draw(st.integers(0, 3))
    increase = draw(st.booleans())
    summed = draw(st.booleans())
    step = Fraction(magnitude, 10**places)
    forced = rate if rate is not None else draw(st.sampled_from((None, None, *FORCED)))
    if rate is None:
        # Negative amounts too (a net migration, a balance): signs must not matter.
        baseline = Fraction(0) if summed else draw(st.integers(-5000, 5000)) * step
        move = draw(st.integers(0, 5000)) * step
        goal = baseline + move if increase else baseline - move
    else:
        goal = 3 * draw(st.integers(1, 1000)) * step
        baseline = Fraction(0) if increase else goal + draw(st.integers(0, 5000)) * step
    years = draw(
        st.lists(st.sampled_from(YEARS), unique=True, max_size=5, min_size=0 if rate is None else 1)
    )
    figures = {year: draw(st.integers(-1000, 6000)) * step for year in years}
    if forced is not None and goal != 0 and years:
        # The achieved level R that gives the forced rate: R / T or (2T − R) / T.
        wanted = forced / 100 * goal if increase else (2 - forced / 100) * goal
        last = max(years)
        if summed:
            wanted -= sum((v for y, v in figures.items() if y != last), Fraction(0))
        figures[last] = wanted
        # Enough places for the figure built; a negative flow is a correction, allowed.
        places = max(places, _places(wanted), _places(goal))
    return {
        "direction": "increase" if increase else "decrease",
        "accumulation": "sum" if summed else "last",
        "baseline": baseline,
        "target": goal,
        "figures": figures,
        "places": places,
        "forced": forced is not None and goal != 0 and bool(years),
    }


def _places(value: Fraction) -> int:
    places = 0
    while (value * 10**places).denominator != 1:
        places += 1
        assert places < 30, value
    return places


@st.composite
def tables(draw: st.DrawFn) -> dict[str, Any]:
    """A small national table: a few regions × a few indicators, and the settings."""
    regions = draw(st.integers(1, 3))
    indicators = draw(st.integers(1, 4))
    # "same": every target of a region alike, a mean exactly on its rate; "pair": rates a
    # third above and below an edge, a mean exactly on it that guard digits cannot decide.
    mode = draw(st.sampled_from(("free", "same", "pair")))
    # 10**12 units: int64 values whose products with the band edges and the days would
    # not fit; 10**20: values past int64 themselves.
    magnitude = draw(st.sampled_from((1, 1, 1, 10**12, 10**20)))
    edge = draw(st.sampled_from(EDGES))
    drawn: dict[tuple[str, str], dict[str, Any]] = {}
    for r in range(regions):
        first = None
        for i in range(2 if mode == "pair" else indicators):
            if mode == "pair":
                row = draw(rows(edge + Fraction(1 if i == 0 else -1, 3), magnitude))
            else:
                same = mode == "same" and first is not None
                row = first if same else draw(rows(magnitude=magnitude))
            first = first or row
            drawn[f"R{r}", f"I{i}"] = row
    settings = Evaluation(
        lower_is_better=draw(st.sampled_from(LowerIsBetter)),
        band_policy=draw(st.sampled_from(BandPolicy)),
        clamp=draw(st.sampled_from((None, None, (0, 100), (Fraction(101, 2), Fraction(181, 2))))),
    )
    as_of = draw(st.sampled_from((None, None, dt.date(2021, 12, 31), dt.date(2022, 6, 30))))
    period = draw(st.sampled_from(("2019-2023", "2019-01-01..2023-06-30")))
    places = draw(st.integers(0, 3))
    return {"rows": drawn, "settings": settings, "as_of": as_of, "period": period, "places": places}


def _arrow(drawn: dict[tuple[str, str], dict[str, Any]]) -> tuple[Any, Any]:
    targets: dict[str, list[str]] = {
        c: []
        for c in ("region", "indicator", "direction", "accumulation", "unit", "baseline", "target")
    }
    figures: dict[str, list[Any]] = {"region": [], "indicator": [], "year": [], "value": []}
    for (region, indicator), row in drawn.items():
        places = row["places"]
        targets["region"].append(region)
        targets["indicator"].append(indicator)
        targets["direction"].append(row["direction"])
        targets["accumulation"].append(row["accumulation"])
        targets["unit"].append("u")
        targets["baseline"].append(_text(row["baseline"], places))
        targets["target"].append(_text(row["target"], places))
        for year, value in sorted(row["figures"].items()):
            figures["region"].append(region)
            figures["indicator"].append(indicator)
            figures["year"].append(year)
            figures["value"].append(_text(value, places))
    return pa.table(targets), pa.table(
        figures,
        schema=pa.schema(
            [
                ("region", pa.string()),
                ("indicator", pa.string()),
                ("year", pa.int64()),
                ("value", pa.string()),
            ]
        ),
    )


def _case(
    drawn: dict[tuple[str, str], dict[str, Any]], period: Period
) -> tuple[Case, list[Target]]:
    indicators, targets, observations = [], [], []
    for (region, indicator), row in drawn.items():
        places = row["places"]
        kind = Indicator(
            f"{region} {indicator}",
            "u",
            direction=Direction(row["direction"]),
            accumulation=Accumulation(row["accumulation"]),
            id=f"i-{region}-{indicator}",
        )
        target = Target(
            kind,
            _text(row["target"], places),
            baseline=_text(row["baseline"], places),
            period=period,
            id=f"{region}-{indicator}",
        )
        indicators.append(kind)
        targets.append(target)
        observations += [
            Observation(Period.year(year), _text(value, places), indicator=kind)
            for year, value in row["figures"].items()
        ]
    case = Case("national", indicators=indicators, targets=targets, observations=observations)
    return case, targets


def _period(text: str) -> Period:
    if text == "2019-2023":
        return Period.years(2019, 2023)
    return Period(dt.date(2019, 1, 1), dt.date(2023, 6, 30))


def _fraction(text: str | None) -> Fraction | None:
    return None if text is None else Fraction(text)


def _compare(drawn: dict[str, Any]) -> Iterator[str]:
    """Evaluate both ways; yield what was reached; fail on the first number that differs."""
    targets, figures = _arrow(drawn["rows"])
    settings, places = drawn["settings"], drawn["places"]
    result = evaluate(
        targets,
        figures,
        period=drawn["period"],
        as_of=drawn["as_of"],
        settings=settings,
        places=places,
    )
    case, objects = _case(drawn["rows"], _period(drawn["period"]))
    assessment = case.assess(drawn["as_of"], evaluation=settings)
    rows = result.indicators.to_pylist()
    by_region: dict[str, list[Fraction]] = {}
    for row, target in zip(rows, objects, strict=True):
        expected = assessment.for_target(target.id)
        progress, capaian = expected.progress, expected.capaian
        assert (row["region"], row["indicator"]) == tuple(target.id.split("-"))
        assert progress.as_of == row["as_of"]
        assert progress.achieved == row["achieved"]
        assert progress.shortfall == row["shortfall"]
        assert progress.surplus == row["surplus"]
        assert progress.is_met == row["is_met"]
        assert progress.status.value == row["status"]
        assert len(progress.observations) == row["figures"]
        assert capaian.value == _fraction(row["capaian"])
        assert (capaian.predikat.value if capaian.predikat else None) == row["predikat"]
        assert (capaian.reason.value if capaian.reason else None) == row["no_capaian"]
        assert capaian.percent(places) == row["capaian_percent"]
        if capaian.value is not None:
            by_region.setdefault(row["region"], []).append(capaian.value)
            if capaian.value in EDGES:
                yield "indicator on a band edge"
            if (capaian.value * 10**places * 2).denominator == 1:
                yield "indicator on a rounding point"
    groups = {row["region"]: row for row in result.groups.to_pylist()}
    for region, rates in by_region.items():
        rolled = roll_up(rates, policy=settings.band_policy)
        assert rolled.predikat.value == groups[region]["predikat"]
        assert rolled.percent(places) == groups[region]["mean_capaian"]
        assert len(rates) == groups[region]["rated"]
        if rolled.mean in EDGES:
            yield "mean on a band edge"
    for region, row in groups.items():
        if region not in by_region:
            assert (row["rated"], row["mean_capaian"], row["predikat"]) == (0, None, None)
    if result.exact_groups:
        yield "a mean decided exactly"
    if any(abs(row["target"]) >= 10**19 for row in rows):
        yield "figures past int64"
    elif any(abs(row["target"]) >= 10**12 for row in rows):
        yield "products past int64"
    if any(row["target"] < 0 or (row["achieved"] < 0) for row in rows):
        yield "negative amounts"


class TestTableAgainstObjects:
    """table.evaluate and Case.assess agree on every number of every drawn table."""

    @_SLOW
    @given(tables())
    def test_same_numbers(self, drawn: dict[str, Any]) -> None:
        """Every per-target and per-group number is the object path's, band edges included."""
        for reached in set(_compare(drawn)):
            event(reached)

    @_SLOW
    @given(tables())
    def test_same_numbers_under_a_hostile_context(self, drawn: dict[str, Any]) -> None:
        """A caller's decimal context (5 digits, rounding down) changes no number."""
        with decimal.localcontext(decimal.Context(prec=5, rounding=decimal.ROUND_FLOOR)):
            for _ in _compare(drawn):
                pass


#: The least share of draws that must reach each hard case.
MINIMUM_SHARE = 0.05
CASES = (
    "indicator on a band edge",
    "indicator on a rounding point",
    "mean on a band edge",
    "a mean decided exactly",
    "figures past int64",
    "products past int64",
    "negative amounts",
)


class TestReach:
    def test_the_hard_cases_come_up(self) -> None:
        """Each hard case comes up in at least 5 % of 200 fixed draws (and numbers agree)."""
        counts: Counter[str] = Counter()
        drawn_count = 0

        @settings(
            max_examples=200,
            derandomize=True,
            database=None,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        )
        @given(tables())
        def count(drawn: dict[str, Any]) -> None:
            nonlocal drawn_count
            drawn_count += 1
            counts.update(set(_compare(drawn)))

        count()
        shares = {name: counts[name] / drawn_count for name in CASES}
        print(f"\n{drawn_count} draws: " + ", ".join(f"{n} {s:.1%}" for n, s in shares.items()))
        assert {} == {name: s for name, s in shares.items() if s < MINIMUM_SHARE}
