"""A MET claim against the levels that meet the target: its range, or its comparison's half-line."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from pledgekit import (
    Accumulation,
    Case,
    Claim,
    ClaimKind,
    Comparison,
    Direction,
    Finding,
    FindingKind,
    Indicator,
    Observation,
    Period,
    Severity,
    Target,
    audit,
)
from pledgekit.report import render

ROADS = Indicator("Roads", "km", direction=Direction.INCREASE, accumulation=Accumulation.SUM)
TERM = Period.years(2019, 2020)
END = dt.date(2020, 12, 31)
MET = Claim(ClaimKind.MET, None, END)
FORMATS = ("text", "markdown", "json", "csv", "html")


def _met_finding(target: Target, figures: list[Observation]) -> Finding:
    (finding,) = [f for f in audit(target, figures, [MET], as_of=END) if f.claims]
    return finding


class TestStrictComparison:
    def test_exactly_the_value_refutes_more_than(self) -> None:
        """More than 100 km, and 60 + 40 = 100 with every day covered: refuted, not unverifiable."""
        target = Target(ROADS, 100, period=TERM, comparison=Comparison.MORE_THAN)
        figures = [Observation(Period.year(2019), 60), Observation(Period.year(2020), 40)]
        finding = _met_finding(target, figures)
        assert (FindingKind.MET_MISMATCH, Severity.ERROR, Decimal(100), Decimal(0), ()) == (
            finding.kind,
            finding.severity,
            finding.computed,
            finding.difference,  # 100 − 100
            finding.periods,
        )

    @pytest.mark.parametrize("format", FORMATS)
    @pytest.mark.parametrize("lang", ["id", "en"])
    def test_every_format_words_it(self, format: str, lang: str) -> None:
        """Each report format words the refuted claim (it raised: a finding with no days to name)."""
        target = Target(ROADS, 100, period=TERM, comparison=Comparison.MORE_THAN, id="roads")
        figures = [
            Observation(Period.year(2019), 60, indicator=ROADS),
            Observation(Period.year(2020), 40, indicator=ROADS),
        ]
        case = Case(
            "Roads",
            indicators=[ROADS],
            targets=[target],
            observations=figures,
            claims=[Claim(ClaimKind.MET, None, END, target=target)],
        )
        words = {
            "en": "laimed the target of 100 met as of 31 December 2020, but the figures reach 100",
            "id": "iklaim target 100 tercapai per 31 Desember 2020, padahal angka-angkanya baru "
            "mencapai 100",
        }[lang]
        assert words in str(render(case.assess(), format=format, lang=lang))

    def test_at_least_is_met_by_the_value(self) -> None:
        """At least 100 km and 60 + 40 = 100: met, nothing to say."""
        target = Target(ROADS, 100, period=TERM)
        figures = [Observation(Period.year(2019), 60), Observation(Period.year(2020), 40)]
        assert [] == [f for f in audit(target, figures, [MET], as_of=END) if f.claims]


class TestSummedRange:
    """A range of 100–120 km over 2019–2020; only 2020 has a figure, so 2019 is missing."""

    TARGET = Target(ROADS, (100, 120), period=TERM)

    def test_lower_bound_past_the_range_refutes(self) -> None:
        """130 km in 2020 alone: the missing 2019 can only add, so the total is past 120."""
        finding = _met_finding(self.TARGET, [Observation(Period.year(2020), 130)])
        assert (FindingKind.MET_MISMATCH, Severity.ERROR) == (finding.kind, finding.severity)
        assert (
            "claimed the target of 100–120 met as of 31 December 2020, but the figures go past it, to 130"
            == finding.message
        )

    def test_lower_bound_below_the_range_is_unverifiable(self) -> None:
        """90 km in 2020 alone: 2019 could bring it into 100–120, so the claim is unverifiable."""
        finding = _met_finding(self.TARGET, [Observation(Period.year(2020), 90)])
        assert (
            FindingKind.UNVERIFIABLE_CLAIM,
            (Period.year(2019),),
            (Decimal(90), None),
        ) == (finding.kind, finding.periods, finding.possible_interval)
        assert finding.message.startswith(
            "claimed the target of 100–120 met as of 31 December 2020, 10 more than what the "
            "figures reach (90)"
        )
