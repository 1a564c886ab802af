"""One pledge's page: ``render(..., pledge=ID)`` and ``pledgekit report --pledge ID``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pledgekit import (
    Accumulation,
    Assessment,
    Case,
    Direction,
    Indicator,
    InvalidValueError,
    Observation,
    Period,
    Pledge,
    Target,
)
from pledgekit.cli import main
from pledgekit.report import render
from pledgekit.verdicts import Verdict, VerdictRecord

BEKASI = Path(__file__).parent.parent / "examples" / "bekasi" / "case.toml"


@pytest.fixture(scope="module")
def assessed() -> Assessment:
    """Two pledges, each with a target of its own: roads (km) and jobs (orang)."""

    def summed(name: str, unit: str) -> Indicator:
        return Indicator(name, unit, direction=Direction.INCREASE, accumulation=Accumulation.SUM)

    roads, jobs = summed("Jalan", "km"), summed("Lapangan kerja", "orang")
    road_target = Target(roads, 1000, period=Period.years(2021, 2025), id="roads")
    job_target = Target(jobs, 20000, period=Period.years(2021, 2025), id="jobs")
    pledges = [
        Pledge(
            "Seribu km jalan",
            targets=[road_target],
            verdicts=[VerdictRecord(dt.date(2022, 3, 1), Verdict.IN_PROGRESS, "Baru 120 km")],
            id="jalan",
        ),
        Pledge("Dua puluh ribu lapangan kerja", targets=[job_target], id="kerja"),
    ]
    case = Case(
        "Dua janji",
        indicators=[roads, jobs],
        targets=[road_target, job_target],
        observations=[
            Observation(Period.year(2021), 120, indicator=roads),
            Observation(Period.year(2021), 3000, indicator=jobs),
        ],
        pledges=pledges,
    )
    return case.assess(dt.date(2021, 12, 31))


class TestOnePledge:
    def test_text(self, assessed: Assessment) -> None:
        """The pledge, its verdict history and its target's page; nothing of the other."""
        text = render(assessed, lang="en", pledge="jalan")
        assert "PLEDGE (jalan)" in text and "Seribu km jalan" in text
        assert "Baru 120 km" in text  # its verdict history
        assert "Target: Jalan — 1,000 km" in text
        assert "kerja" not in text and "Lapangan kerja" not in text

    def test_markdown(self, assessed: Assessment) -> None:
        """Markdown: the pledge, then its target's section only."""
        text = render(assessed, format="markdown", lang="en", pledge="kerja")
        assert "> Dua puluh ribu lapangan kerja" in text
        assert "Lapangan kerja" in text
        assert "Jalan" not in text and "Seribu km jalan" not in text

    def test_html_puts_the_pledge_first(self, assessed: Assessment) -> None:
        """The page's pledge section stands before its one target section."""
        page = render(assessed, format="html", lang="en", pledge="jalan")
        assert 1 == page.count('<section class="pledgekit-pledge">')
        assert 1 == page.count('class="pledgekit-target"')
        assert page.index("Seribu km jalan") < page.index('class="pledgekit-target"')
        assert "Dua puluh ribu" not in page and "Lapangan kerja" not in page


class TestRefused:
    def test_an_unknown_pledge_lists_the_ids(self, assessed: Assessment) -> None:
        """An id the case does not have: the error names the ids it has."""
        with pytest.raises(InvalidValueError) as raised:
            render(assessed, pledge="jalan-tol")
        assert "pledge: got 'jalan-tol' (str); expected the id of a pledge of the case " in str(
            raised.value
        )
        assert "('jalan', 'kerja')" in str(raised.value)

    def test_not_with_a_target(self, assessed: Assessment) -> None:
        """A pledge's page or a target's page, not both at once."""
        with pytest.raises(InvalidValueError, match="a pledge or a target, not both"):
            render(assessed, pledge="jalan", target="roads")

    @pytest.mark.parametrize("format", ["json", "csv"])
    def test_not_in_tables(self, assessed: Assessment, format: str) -> None:
        """JSON and CSV hold every pledge: one pledge's page is refused there."""
        with pytest.raises(InvalidValueError, match="they hold every pledge"):
            render(assessed, format=format, pledge="jalan")  # type: ignore[arg-type]


class TestCommand:
    def test_report_pledge(self, capsys: pytest.CaptureFixture[str]) -> None:
        """``--pledge`` prints the Bekasi pledge and its target's page."""
        assert 0 == main(["report", str(BEKASI), "--pledge", "serap-150000", "--lang", "en"])
        out = capsys.readouterr().out
        assert "PLEDGE (serap-150000)" in out
        assert "  Achieved                  146,305 orang" in out

    def test_unknown_pledge_is_bad_usage(self, capsys: pytest.CaptureFixture[str]) -> None:
        """An id the case does not have: exit status 2 and the ids it has on standard error."""
        assert 2 == main(["report", str(BEKASI), "--pledge", "serap"])
        assert "('serap-150000')" in capsys.readouterr().err
