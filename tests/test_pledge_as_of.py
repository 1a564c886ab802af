"""The date a pledge with nothing to measure is judged at: the case's, or none, never 0001-01-01."""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Any

import jsonschema
import pytest

from pledgekit import (
    Accumulation,
    Case,
    Claim,
    ClaimKind,
    Direction,
    Indicator,
    Milestone,
    Observation,
    Period,
    Pledge,
    Target,
    assess_pledge,
)
from pledgekit.report import render, schema, to_json_dict

VALIDATOR = jsonschema.Draft202012Validator(schema(), format_checker=jsonschema.FormatChecker())
MOSQUE = Pledge("Membangun masjid raya", status="in_progress", id="masjid")


def _jobs_case(*pledges: Pledge) -> Case:
    """Jobs 2019–2020: a figure for 2019 (ends 31 December 2019), a claim as of 30 June 2020."""
    jobs = Indicator(
        "Jobs", "persons", direction=Direction.INCREASE, accumulation=Accumulation.SUM, id="jobs"
    )
    target = Target(jobs, 100, period=Period.years(2019, 2020), id="jobs")
    return Case(
        "Jobs",
        indicators=[jobs],
        targets=[target],
        observations=[Observation(Period.year(2019), 40, indicator=jobs)],
        claims=[Claim(ClaimKind.ACHIEVED, 40, dt.date(2020, 6, 30), target=target)],
        pledges=[*pledges, Pledge("Jobs", targets=[target], id="jobs-pledge")],
    )


def _json_as_of(case: Case, as_of: dt.date | None = None) -> dict[str, Any]:
    report = to_json_dict(case.assess(as_of))
    assert [] == list(VALIDATOR.iter_errors(report))
    return {p["id"]: p["assessment"]["as_of"] for p in report["pledges"]}


def _csv_as_of(case: Case) -> dict[str, str]:
    rows = csv.DictReader(io.StringIO(str(render(case.assess(), format="csv", lang="en"))))
    return {r["Pledge id"]: r["As of"] for r in rows if r["Record"] == "pledge"}


class TestNothingToMeasure:
    def test_the_case_date(self) -> None:
        """With no as-of date asked for, the target is assessed at its claim's 30 June 2020; so is the pledge."""
        assert {"masjid": "2020-06-30", "jobs-pledge": "2020-06-30"} == _json_as_of(
            _jobs_case(MOSQUE)
        )

    def test_the_date_asked_for(self) -> None:
        """Assessed as of 1 March 2021, every pledge is judged then."""
        assert {"masjid": "2021-03-01", "jobs-pledge": "2021-03-01"} == _json_as_of(
            _jobs_case(MOSQUE), dt.date(2021, 3, 1)
        )

    def test_csv(self) -> None:
        """The CSV report's pledge rows carry the same date."""
        assert {"masjid": "2020-06-30", "jobs-pledge": "2020-06-30"} == _csv_as_of(
            _jobs_case(MOSQUE)
        )

    def test_no_date_at_all(self) -> None:
        """A case of pledges alone, assessed with no date: no date, null in JSON, empty in CSV."""
        case = Case("Janji", pledges=[MOSQUE])
        assert [None] == [p.as_of for p in case.assess().pledges]
        assert {"masjid": None} == _json_as_of(case)
        assert {"masjid": ""} == _csv_as_of(case)

    def test_no_date_the_case_asked_for(self) -> None:
        """The same case assessed as of 2 January 2021 is judged on that day."""
        assert {"masjid": "2021-01-02"} == _json_as_of(
            Case("Janji", pledges=[MOSQUE]), dt.date(2021, 1, 2)
        )

    @pytest.mark.parametrize("format", ["text", "markdown", "json", "csv", "html"])
    @pytest.mark.parametrize("lang", ["id", "en"])
    def test_no_output_shows_year_one(self, format: str, lang: str) -> None:
        """No report format, in either language, shows the first day of year 1."""
        for case in (_jobs_case(MOSQUE), Case("Janji", pledges=[MOSQUE])):
            shown = str(render(case.assess(), format=format, lang=lang))
            assert "0001-01-01" not in shown

    def test_assess_pledge_alone(self) -> None:
        """Called directly with no targets, milestones or date, a pledge has no date."""
        assert None is assess_pledge(MOSQUE, ()).as_of

    def test_milestones_keep_their_date(self) -> None:
        """A pledge of milestones only is still judged the day before its first one is due."""
        law = Milestone("Perda terbit", dt.date(2020, 12, 31))
        assert dt.date(2020, 12, 30) == assess_pledge(Pledge("Perda", milestones=[law]), ()).as_of
