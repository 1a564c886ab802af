"""Revisions of a target: when they may fall, and how a report tells a later one."""

from __future__ import annotations

import datetime as dt

import pytest

from pledgekit import (
    Accumulation,
    Case,
    Direction,
    Indicator,
    InvalidValueError,
    Observation,
    Period,
    Revision,
    Target,
)
from pledgekit.report import render

JOBS = Indicator(
    "Wirausaha baru", "orang", direction=Direction.INCREASE, accumulation=Accumulation.SUM
)


class TestRevisionDates:
    @pytest.mark.parametrize("day", [dt.date(2017, 12, 31), dt.date(2023, 1, 1)])
    def test_a_revision_outside_the_target_period_is_refused(self, day: dt.date) -> None:
        """Before 2018 the original would never have held; after 2022 the target is closed."""
        with pytest.raises(InvalidValueError, match=r"Target\.revisions\[0\]\.on: got '20"):
            Target(JOBS, 200_000, period=Period.years(2018, 2022), revisions=[Revision(day, 1)])

    @pytest.mark.parametrize("day", [dt.date(2018, 1, 1), dt.date(2022, 12, 31)])
    def test_a_revision_on_the_first_or_last_day_is_accepted(self, day: dt.date) -> None:
        """Both ends of the period are within it (closed periods)."""
        target = Target(
            JOBS, 200_000, period=Period.years(2018, 2022), revisions=[Revision(day, 1)]
        )
        assert day == target.revisions[0].on


class TestReportedHistory:
    TARGET = Target(
        JOBS,
        200_000,
        period=Period.years(2018, 2022),
        revisions=[Revision(dt.date(2020, 1, 1), 278_971)],
    )
    CASE = Case(
        "OK OCE",
        indicators=[JOBS],
        targets=[TARGET],
        observations=[Observation(Period.year(2018), 60_000)],
    )

    def test_a_revision_after_the_as_of_date_is_said_to_come_later(self) -> None:
        """At the end of 2018 the original 200,000 is in force and the revision is to come."""
        text = render(self.CASE.assess(dt.date(2018, 12, 31)), lang="en")
        assert (
            "200,000 orang, 2018–2022 (original 200,000; to be revised to 278,971 on "
            "1 January 2020, after the as-of date)"
        ) in text

    def test_a_revision_in_force_is_said_to_have_been_made(self) -> None:
        """At the end of 2020 the revised 278,971 is in force."""
        text = render(self.CASE.assess(dt.date(2020, 12, 31)), lang="id")
        assert (
            "278.971 orang, 2018–2022 (semula 200.000; direvisi menjadi 278.971 pada 1 Januari 2020)"
            in text
        )
