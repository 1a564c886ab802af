"""What a report shows where the reader looks: no figure, no result; the days with no figure."""

from __future__ import annotations

import csv
import datetime as dt
import io

from pledgekit import (
    Accumulation,
    Case,
    Direction,
    Indicator,
    Observation,
    Period,
    Target,
)
from pledgekit.io import to_records
from pledgekit.report import render, to_csv, to_json_dict

RATE = Indicator("TPT", "%", direction=Direction.DECREASE, accumulation=Accumulation.LAST, id="tpt")
JOBS = Indicator(
    "Jobs", "orang", direction=Direction.INCREASE, accumulation=Accumulation.SUM, id="jobs"
)
END_2022 = dt.date(2022, 12, 31)


def _empty_year() -> Case:
    """A 2022 level target from 8.81 to 7 with no 2022 figure."""
    target = Target(RATE, "7", baseline="8.81", period=Period.year(2022), id="tpt-2022")
    return Case("Empty", indicators=[RATE], targets=[target])


def _text_rows(text: str) -> dict[str, str]:
    """The two-column rows of a text report, label to value."""
    rows = {}
    for line in text.splitlines():
        if line.startswith("  ") and "  " in line.strip():
            label, value = line.strip().split("  ", 1)
            rows[label] = value.strip()
    return rows


class TestNoFigureNoResult:
    def test_text_shows_the_baseline_as_a_baseline(self) -> None:
        """8,81 % is the baseline, not a realisation: a dash and why; no progress, no pace."""
        rows = _text_rows(render(_empty_year().assess(END_2022)))
        assert "— (tidak ada angka yang dihitung; Kondisi awal 8,81 %)" == rows["Realisasi"]
        assert "—" == rows["Kemajuan"]
        assert "—" == rows["Indeks laju"]

    def test_english_text(self) -> None:
        """The same in English."""
        rows = _text_rows(render(_empty_year().assess(END_2022), lang="en"))
        assert "— (no figure counted; Baseline 8.81 %)" == rows["Achieved"]
        assert "—" == rows["Progress"]

    def test_json_csv_and_records_leave_the_share_empty(self) -> None:
        """No 0.00 that a spreadsheet would average: null in JSON, empty in CSV and records."""
        assessment = _empty_year().assess(END_2022)
        progress = to_json_dict(assessment)["targets"][0]["progress"]
        assert (None, None, None) == (
            progress["ratio"],
            progress["percent"],
            progress["pace_index"],
        )
        header, row, *_ = csv.reader(io.StringIO(to_csv(assessment, lang="en")))
        cells = dict(zip(header, row, strict=True))
        assert ("", "") == (cells["Progress (%)"], cells["Pace index"])
        (record,) = to_records(assessment)
        assert (None, None) == (record["percent"], record["pace_index"])


class TestDaysWithNoFigure:
    def test_the_headline_names_the_gap(self) -> None:
        """2020 reported, 2021 not: the headline says so, with the days (365)."""
        target = Target(JOBS, 100, period=Period.years(2020, 2021), id="jobs")
        case = Case(
            "Gap",
            indicators=[JOBS],
            targets=[target],
            observations=[Observation(Period.year(2020), 40)],
        )
        rows = _text_rows(render(case.assess(dt.date(2021, 12, 31)), lang="en"))
        assert "2021 (365 days)" == rows["No figure for"]

    def test_many_gaps_are_counted_not_listed(self) -> None:
        """Five gaps: three are named, the rest counted; the days add up (4 × 31 + 30 = 154)."""
        target = Target(JOBS, 100, period=Period.year(2021), id="jobs")
        months = [Observation(Period.month(2021, m), 1) for m in (2, 4, 6, 8, 10)]
        case = Case("Gaps", indicators=[JOBS], targets=[target], observations=months)
        rows = _text_rows(render(case.assess(dt.date(2021, 10, 31)), lang="en"))
        value = rows["No figure for"]
        assert value.startswith("January 2021, March 2021, May 2021 and 2 more stretches")
        # January 31, March 31, May 31, July 31, September 30 days.
        assert value.endswith("(154 days)")

    def test_no_gap_no_row(self) -> None:
        """Every day covered: no such row."""
        target = Target(JOBS, 100, period=Period.year(2021), id="jobs")
        case = Case(
            "Full",
            indicators=[JOBS],
            targets=[target],
            observations=[Observation(Period.year(2021), 50)],
        )
        assert "No figure for" not in _text_rows(render(case.assess(), lang="en"))


class TestBandEdgeDisplay:
    def _assessment(self, realised: int) -> object:
        target = Target(JOBS, 150000, period=Period.year(2022), id="jobs")
        case = Case(
            "Edge",
            indicators=[JOBS],
            targets=[target],
            observations=[Observation(Period.year(2022), realised)],
        )
        return case.assess()

    def test_never_rounded_onto_an_edge_it_does_not_reach(self) -> None:
        """136,499 / 150,000 = 90.99933…%: Tinggi, so shown 90.99 %, not 91.00 %."""
        assessment = self._assessment(136499)
        line = next(ln for ln in render(assessment, lang="en").splitlines() if "Permendagri" in ln)
        assert line.endswith("90.99 % (predikat Tinggi)")
        assert "90.99" == to_json_dict(assessment)["targets"][0]["capaian"]["percent"]  # type: ignore[arg-type]
        header, row, *_ = csv.reader(io.StringIO(to_csv(assessment, lang="en")))  # type: ignore[arg-type]
        assert "90.99" == dict(zip(header, row, strict=True))["Capaian Permendagri 86 (%)"]

    def test_half_up_elsewhere(self) -> None:
        """90.99533…% would round onto 91: 90.99; 90.90 % and 91.00 % exactly stay as they are."""
        for realised, shown in ((136493, "90.99"), (136350, "90.90"), (136500, "91.00")):
            assessment = self._assessment(realised)
            assert shown == to_json_dict(assessment)["targets"][0]["capaian"]["percent"]  # type: ignore[arg-type]
