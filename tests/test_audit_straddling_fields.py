"""The audit's words about straddling figures and gaps, checked whole, with the days by hand."""

from __future__ import annotations

import datetime as dt

from pledgekit import (
    Accumulation,
    Direction,
    FindingKind,
    Indicator,
    Observation,
    Period,
    Severity,
    Straddling,
    Target,
    audit,
)

ROADS = Indicator("Roads", "km", direction=Direction.INCREASE, accumulation=Accumulation.SUM)
# 2019-09-20..2024-09-19; its fiscal years would be 2019..2023.
TERM = Target(ROADS, 815, period=Period.term(dt.date(2019, 9, 20)))
Y2019 = Observation(Period.year(2019), "142.5")
H2019 = Observation(Period.months(2019, 7, 12), 50)
MIDDLE = Observation(Period.years(2020, 2023), 600)
Y2024 = Observation(Period.year(2024), 40)
HINT = (
    "; the target period starts on 20 September 2019 while the figures are for whole "
    'years: if the fiscal years 2019–2023 are meant, give the period as "2019..2023"'
)
# 20 September – 31 December 2019: 11 + 31 + 30 + 31 = 103 days.
START_GAP = Period(dt.date(2019, 9, 20), dt.date(2019, 12, 31))
# 1 January – 19 September 2024 (a leap year): 31 + 29 + 31 + 30 + 31 + 30 + 31 + 31 + 19.
END_GAP = Period(dt.date(2024, 1, 1), dt.date(2024, 9, 19))


def _by_kind(findings: tuple[object, ...], kind: FindingKind) -> list[object]:
    return [f for f in findings if f.kind is kind]  # type: ignore[attr-defined]


class TestExcluded:
    def test_one_straddling_figure(self) -> None:
        """2019 (142,5) covers the 103 days of 2019 in the term but is not counted."""
        findings = audit(
            TERM, [Y2019, Observation(Period.year(2020), 200)], [], as_of=dt.date(2020, 12, 31)
        )
        (gap,) = _by_kind(findings, FindingKind.COVERAGE_GAP)
        assert (
            "no counted figure covers 20 September 2019 – 31 December 2019 (103 days of the "
            "target period 20 September 2019 – 19 September 2024 before 31 December 2020): a "
            "straddling figure (2019, 142.5) covers these days but is not counted; "
            'straddling = "include" counts it' + HINT
        ) == gap.message  # type: ignore[attr-defined]
        assert (START_GAP, START_GAP) == gap.periods  # type: ignore[attr-defined]
        assert Period.years(2019, 2023) == gap.suggested_period  # type: ignore[attr-defined]
        (edge,) = _by_kind(findings, FindingKind.STRADDLES_PERIOD)
        assert (
            Severity.WARNING,
            "the figure for 2019 (142.5) straddles the start of the target period, "
            '20 September 2019, so it is not counted; straddling = "include" counts it' + HINT,
            (Period.year(2019),),
            Straddling.EXCLUDE,
        ) == (edge.severity, edge.message, edge.periods, edge.straddling)  # type: ignore[attr-defined]

    def test_two_at_the_start_one_at_the_end(self) -> None:
        """Two figures straddle the start ("cover … are … them"), one the end (263 days)."""
        findings = audit(TERM, [Y2019, H2019, MIDDLE, Y2024], [], as_of=dt.date(2024, 12, 31))
        start, end = _by_kind(findings, FindingKind.COVERAGE_GAP)
        assert (
            "straddling figures (2019, 142.5, July–December 2019, 50) cover these days but "
            'are not counted; straddling = "include" counts them' + HINT
        ) in start.message  # type: ignore[attr-defined]
        assert (
            "no counted figure covers 1 January 2024 – 19 September 2024 (263 days of the "
            "target period 20 September 2019 – 19 September 2024 before 31 December 2024): a "
            "straddling figure (2024, 40) covers these days but is not counted"
        ) in end.message  # type: ignore[attr-defined]
        assert (END_GAP, END_GAP) == end.periods  # type: ignore[attr-defined]
        edges = _by_kind(findings, FindingKind.STRADDLES_PERIOD)
        assert [
            "the figure for 2019 (142.5) straddles the start of the target period, "
            '20 September 2019, so it is not counted; straddling = "include" counts it' + HINT,
            "the figure for July–December 2019 (50) straddles the start of the target period, "
            '20 September 2019, so it is not counted; straddling = "include" counts it',
            "the figure for 2024 (40) straddles the end of the target period, "
            '19 September 2024, so it is not counted; straddling = "include" counts it' + HINT,
        ] == [e.message for e in edges]  # type: ignore[attr-defined]
        assert [Period.years(2019, 2023), None, Period.years(2019, 2023)] == [
            e.suggested_period
            for e in edges  # type: ignore[attr-defined]
        ]

    def test_a_gap_partly_covered(self) -> None:
        """Jul–Sep 2019 covers only 11 of the 103 days: the gap's parts are listed."""
        third = Observation(Period.months(2019, 7, 9), 5)
        findings = audit(TERM, [third, MIDDLE], [], as_of=dt.date(2023, 12, 31))
        (gap,) = _by_kind(findings, FindingKind.COVERAGE_GAP)
        # 20–30 September 2019: the part of the gap the straddling figure covers.
        covered = Period(dt.date(2019, 9, 20), dt.date(2019, 9, 30))
        assert (START_GAP, covered) == gap.periods  # type: ignore[attr-defined]


class TestIncluded:
    def test_counted_whole(self) -> None:
        """Under include, a note (INFO), and no gap: 2019 covers the term's 2019 days."""
        findings = audit(
            TERM,
            [Y2019, Observation(Period.year(2020), 200)],
            [],
            as_of=dt.date(2020, 12, 31),
            straddling="include",
        )
        assert [] == _by_kind(findings, FindingKind.COVERAGE_GAP)
        (edge,) = _by_kind(findings, FindingKind.STRADDLES_PERIOD)
        assert (
            Severity.INFO,
            "the figure for 2019 (142.5) straddles the start of the target period, "
            '20 September 2019, and it is counted whole (straddling = "include"), days '
            "outside the target period included" + HINT,
            Straddling.INCLUDE,
        ) == (edge.severity, edge.message, edge.straddling)  # type: ignore[attr-defined]

    def test_no_hint_for_a_calendar_year_term(self) -> None:
        """A term from 1 January with a figure straddling its end: no fiscal-year hint."""
        target = Target(ROADS, 100, period=Period(dt.date(2019, 1, 1), dt.date(2021, 6, 30)))
        findings = audit(
            target, [Observation(Period.year(2021), 10)], [], as_of=dt.date(2021, 12, 31)
        )
        (edge,) = _by_kind(findings, FindingKind.STRADDLES_PERIOD)
        assert edge.suggested_period is None  # type: ignore[attr-defined]
        assert "fiscal" not in edge.message  # type: ignore[attr-defined]
