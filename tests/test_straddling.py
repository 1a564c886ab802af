"""Figures whose period straddles a target period's start or end: counted or disclosed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs
import pytest

from pledgekit import (
    Accumulation,
    Case,
    Claim,
    ClaimKind,
    DataFileError,
    Direction,
    Evaluation,
    Finding,
    FindingKind,
    Indicator,
    InvalidValueError,
    Observation,
    Period,
    Severity,
    Straddling,
    Target,
    audit,
    dumps,
    loads,
    progress,
)

ROADS = Indicator(
    "Jalan dibangun", "km", direction=Direction.INCREASE, accumulation=Accumulation.SUM
)
# A term that starts in September, figures for whole calendar years: the normal case.
TERM = Period.term(dt.date(2019, 9, 20))
TARGET = Target(ROADS, 815, period=TERM)
FIGURES = (
    Observation(Period.year(2019), "142.5"),
    Observation(Period.year(2020), 200),
    Observation(Period.year(2021), 170),
    Observation(Period.year(2022), 150),
    Observation(Period.year(2023), "152.5"),
)
# The term runs 2019-09-20..2024-09-19: a 2024 figure straddles its end.
END = Observation(Period.year(2024), 40)
AS_OF = dt.date(2024, 12, 31)


class TestExclude:
    def test_default_is_exclude(self) -> None:
        """A target does not count straddling figures unless told to."""
        assert Straddling.EXCLUDE == TARGET.straddling

    def test_straddling_figure_not_counted_but_listed(self) -> None:
        """2019 straddles the start (20 Sept): 200 + 170 + 150 = 520 counted, 2019 disclosed."""
        p = progress(TARGET, FIGURES, as_of=dt.date(2022, 12, 31))
        assert Decimal("520") == p.achieved
        assert (FIGURES[0],) == p.straddling
        assert FIGURES[0] in p.outside
        assert Straddling.EXCLUDE == p.straddling_policy

    def test_both_ends(self) -> None:
        """2024 straddles the end: 200 + 170 + 150 + 152,5 = 672,5; both ends listed in order."""
        p = progress(TARGET, (END, *FIGURES), as_of=AS_OF)
        assert (FIGURES[0], END) == p.straddling
        assert Decimal("672.5") == p.achieved


class TestInclude:
    def test_include_counts_them_whole(self) -> None:
        """142,5 + 200 + 170 + 150 + 152,5 = 815: the target is met when both ends count."""
        p = progress(TARGET, FIGURES, as_of=AS_OF, straddling="include")
        assert Decimal("815") == p.achieved
        assert p.is_met
        assert (FIGURES[0],) == p.straddling
        assert () == p.outside
        assert Straddling.INCLUDE == p.straddling_policy

    def test_target_policy(self) -> None:
        """A target that says include counts them without an argument."""
        target = attrs.evolve(TARGET, straddling=Straddling.INCLUDE)
        assert Decimal("662.5") == progress(target, FIGURES[:4], as_of=AS_OF).achieved

    def test_argument_overrides_target(self) -> None:
        """The argument wins over the target's own policy."""
        target = attrs.evolve(TARGET, straddling="include")
        p = progress(target, FIGURES[:4], as_of=AS_OF, straddling=Straddling.EXCLUDE)
        assert Decimal("520") == p.achieved

    def test_left_out_after_as_of_even_when_included(self) -> None:
        """A straddling figure that ends after as_of is left out like any other."""
        p = progress(TARGET, (*FIGURES, END), as_of=dt.date(2024, 6, 30), straddling="include")
        assert (END,) == p.left_out
        assert Decimal("815") == p.achieved

    def test_coverage_counts_only_days_in_the_term(self) -> None:
        """Included, 2019 covers 20 Sept..31 Dec 2019 (103 days) of the term, no gap."""
        p = progress(TARGET, FIGURES[:1], as_of=dt.date(2019, 12, 31), straddling="include")
        assert 103 == p.covered_days
        assert () == p.gaps

    def test_a_figure_for_another_term_is_never_included(self) -> None:
        """A figure wholly before the term is outside, not straddling, under either policy."""
        earlier = Observation(Period.year(2018), 99)
        p = progress(TARGET, [earlier], as_of=AS_OF, straddling="include")
        assert () == p.straddling
        assert (earlier,) == p.outside
        assert Decimal(0) == p.achieved


class TestCase:
    def test_assess_passes_the_policy(self) -> None:
        """Case.assess(evaluation=Evaluation(straddling=...)) applies to every target."""
        case = Case("Roads", indicators=[ROADS], targets=[TARGET], observations=FIGURES)
        include = Evaluation(straddling="include")
        assessed = case.assess(AS_OF, evaluation=include).for_target(TARGET.id)
        assert Decimal("815") == assessed.progress.achieved


class TestValidation:
    @pytest.mark.parametrize("bad", ["all", "", 1, None, True])
    def test_bad_policy_on_target(self, bad: object) -> None:
        """A policy that is neither exclude nor include is refused, naming the field."""
        with pytest.raises(InvalidValueError, match="straddling"):
            Target(ROADS, 815, period=TERM, straddling=bad)  # type: ignore[arg-type]

    def test_bad_policy_argument(self) -> None:
        """progress() refuses an unknown policy the same way."""
        with pytest.raises(InvalidValueError, match="'exclude' or 'include'"):
            progress(TARGET, FIGURES, straddling="some")


class TestAuditFindings:
    def _findings(
        self, policy: str | None, target: Target = TARGET
    ) -> dict[FindingKind, list[Finding]]:
        found: dict[FindingKind, list[Finding]] = {}
        for f in audit(target, FIGURES[:2], [], as_of=dt.date(2020, 12, 31), straddling=policy):
            found.setdefault(f.kind, []).append(f)
        return found

    def test_exclude_warns_and_the_gap_names_the_figure(self) -> None:
        """Excluded, 2019 is a warning and the 103 days it covers are a gap that names it."""
        found = self._findings(None)
        (straddles,) = found[FindingKind.STRADDLES_PERIOD]
        assert (Severity.WARNING, Straddling.EXCLUDE) == (straddles.severity, straddles.straddling)
        assert "so it is not counted" in straddles.message
        (gap,) = found[FindingKind.COVERAGE_GAP]
        assert (FIGURES[0],) == gap.observations
        assert Period(dt.date(2019, 9, 20), dt.date(2019, 12, 31)) == gap.periods[0]
        assert (
            "a straddling figure (2019, 142.5) covers these days but is not counted" in gap.message
        )

    def test_include_notes_and_leaves_no_gap(self) -> None:
        """Included, 2019 covers 20 Sept–31 Dec 2019: a note that it was counted, no gap."""
        found = self._findings("include")
        (straddles,) = found[FindingKind.STRADDLES_PERIOD]
        assert (Severity.INFO, Straddling.INCLUDE) == (straddles.severity, straddles.straddling)
        assert 'it is counted whole (straddling = "include")' in straddles.message
        assert FindingKind.COVERAGE_GAP not in found

    def test_target_policy_is_used_by_default(self) -> None:
        """A target that says include is audited as included without an argument."""
        found = self._findings(None, attrs.evolve(TARGET, straddling=Straddling.INCLUDE))
        assert Severity.INFO == found[FindingKind.STRADDLES_PERIOD][0].severity

    def test_fiscal_year_suggestion(self) -> None:
        """Term 20 Sept 2019 – 19 Sept 2024 with calendar years: fiscal 2019–2023 suggested."""
        (straddles,) = self._findings(None)[FindingKind.STRADDLES_PERIOD]
        assert Period.years(2019, 2023) == straddles.suggested_period

    def test_no_suggestion_for_a_term_starting_in_january(self) -> None:
        """A period from 1 January straddled by a mid-year figure gets no fiscal-year hint."""
        target = Target(ROADS, 815, period=Period.years(2020, 2024))
        figure = Observation(Period(dt.date(2019, 7, 1), dt.date(2020, 6, 30)), 50)
        (straddles,) = [
            f for f in audit(target, [figure], []) if f.kind is FindingKind.STRADDLES_PERIOD
        ]
        assert straddles.suggested_period is None
        assert "fiscal" not in straddles.message

    def test_an_uncovered_straddled_claim_is_unverifiable(self) -> None:
        """Excluded, 2020's 200 km counts alone; 342,5 claimed (with 2019) is unverifiable, not wrong."""
        said = Claim(ClaimKind.ACHIEVED, "342.5", dt.date(2020, 12, 31))
        kinds = [f.kind for f in audit(TARGET, FIGURES[:2], [said])]
        assert FindingKind.UNVERIFIABLE_CLAIM in kinds
        assert FindingKind.TOTAL_MISMATCH not in kinds


class TestPartialCover:
    def test_gap_longer_than_the_straddling_figure(self) -> None:
        """2019 and 2021 given: the gap 20 Sept 2019–31 Dec 2020 (469 days), 2019 covers 103."""
        data = [FIGURES[0], FIGURES[2]]
        (gap,) = [
            f
            for f in audit(TARGET, data, [], as_of=dt.date(2021, 12, 31))
            if f.kind is FindingKind.COVERAGE_GAP
        ]
        # 103 days of 2019 from 20 September, and the 366 days of 2020: 469 days.
        assert Period(dt.date(2019, 9, 20), dt.date(2020, 12, 31)) == gap.periods[0]
        assert 103 + 366 == gap.periods[0].days
        assert (Period(dt.date(2019, 9, 20), dt.date(2019, 12, 31)),) == gap.periods[1:]
        assert "a straddling figure (2019, 142.5) covers 103 days of them" in gap.message

    def test_indonesian_words_for_a_partial_cover(self) -> None:
        """The Indonesian report says 103 of the gap's days are covered."""
        from pledgekit.report import to_json_dict

        case = Case(
            "Roads", indicators=[ROADS], targets=[TARGET], observations=[FIGURES[0], FIGURES[2]]
        )
        (target,) = to_json_dict(case.assess(dt.date(2021, 12, 31)))["targets"]
        (gap,) = [f for f in target["findings"] if f["kind"] == "coverage_gap"]
        assert "(2019, 142,5) mencakup 103 hari di antaranya" in gap["messages"]["id"]


CASE_FILE = """
pledgekit_case = 1
title = "Roads"

[[indicators]]
id = "roads"
name = "Jalan dibangun"
unit = "km"
direction = "increase"
accumulation = "sum"

[[targets]]
id = "roads-815"
indicator = "roads"
value = "815"
period = "2019-09-20..2024-09-19"
straddling = "include"

[[observations]]
indicator = "roads"
period = "2019"
value = "142.5"
"""


class TestCaseFile:
    def test_straddling_key(self) -> None:
        """Straddling = "include" on a target counts the 2019 figure whole: 142,5 km."""
        case = loads(CASE_FILE)
        assert Straddling.INCLUDE == case.targets[0].straddling
        assessed = case.assess(dt.date(2019, 12, 31)).for_target("roads-815")
        assert Decimal("142.5") == assessed.progress.achieved

    def test_round_trip(self) -> None:
        """The policy survives dumps and loads; the default is not written."""
        case = loads(CASE_FILE)
        assert case == loads(dumps(case), "json")
        default = attrs.evolve(case, targets=[attrs.evolve(case.targets[0], straddling="exclude")])
        assert '"straddling"' not in dumps(default)
        assert Straddling.EXCLUDE == loads(dumps(default), "json").targets[0].straddling

    def test_bad_value_names_the_field(self) -> None:
        """An unknown policy is a DataFileError at the target's field, with a suggestion."""
        with pytest.raises(DataFileError) as caught:
            loads(CASE_FILE.replace('"include"', '"includ"'))
        assert "targets[0].straddling" in str(caught.value)
        assert "did you mean 'include'?" in str(caught.value)
