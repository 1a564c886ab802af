"""A pledge's topics and the status its tracker gives it, in every report format."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from html.parser import HTMLParser

import pytest

from pledgekit import (
    Accumulation,
    Assessment,
    Case,
    Direction,
    Indicator,
    Observation,
    Period,
    Pledge,
    PledgeStatus,
    Target,
)
from pledgekit.report import render, to_json_dict


@pytest.fixture(scope="module")
def assessed() -> Assessment:
    """A measurable pledge with two topics, and one with nothing to measure, in progress."""
    jobs = Indicator("Jobs", "orang", direction=Direction.INCREASE, accumulation=Accumulation.SUM)
    target = Target(jobs, 1000, period=Period.years(2021, 2025), id="jobs")
    pledges = [
        Pledge(
            "Seribu lapangan kerja",
            targets=[target],
            topics=["ekonomi", "ketenagakerjaan"],
            id="kerja",
        ),
        Pledge(
            "Kabupaten paling bahagia",
            topics=["kesejahteraan"],
            status=PledgeStatus.IN_PROGRESS,
            id="bahagia",
        ),
    ]
    case = Case(
        "Topics",
        indicators=[jobs],
        targets=[target],
        observations=[Observation(Period.year(2021), 300)],
        pledges=pledges,
    )
    return case.assess(dt.date(2021, 12, 31))


class TestWords:
    @pytest.mark.parametrize(
        ("lang", "topics", "status"),
        [
            (
                "en",
                "  Topics: ekonomi, ketenagakerjaan",
                "  Pledge status: In progress (given by the tracker: the pledge has nothing to "
                "measure)",
            ),
            (
                "id",
                "  Topik: ekonomi, ketenagakerjaan",
                "  Status janji: Dalam proses (ditetapkan pelacak: janji ini tidak memiliki "
                "ukuran)",
            ),
        ],
    )
    def test_text(self, assessed: Assessment, lang: str, topics: str, status: str) -> None:
        """The topics under the pledge's words; a given status says it is the tracker's."""
        lines = render(assessed, lang=lang).splitlines()  # type: ignore[arg-type]
        assert topics in lines
        assert status in lines
        # The measurable pledge's status is the figures': no such note on it.
        assert 1 == sum("(given by the tracker" in x or "(ditetapkan" in x for x in lines)

    def test_no_rule_for_a_pledge_with_no_part(self, assessed: Assessment) -> None:
        """A rule combines targets and milestones: a pledge with none shows no rule."""
        lines = render(assessed, lang="en").splitlines()
        assert ["  Rule: all met"] == [x for x in lines if x.startswith("  Rule:")]

    def test_markdown(self, assessed: Assessment) -> None:
        """Markdown gives the topics as a bold-labelled item."""
        lines = render(assessed, format="markdown", lang="en").splitlines()
        assert "- **Topics:** ekonomi, ketenagakerjaan" in lines
        assert "- **Topics:** kesejahteraan" in lines


class _Rows(HTMLParser):
    """Each row of the pledges' tables: its header cell's text and its value cell's text."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple[str, str]] = []
        self._cells: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self._cells = []
        elif tag in ("th", "td") and self._cells is not None:
            self._cells.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "tr" and self._cells is not None:
            if len(self._cells) == 2:
                self.rows.append((self._cells[0], self._cells[1]))
            self._cells = None

    def handle_data(self, data: str) -> None:
        if self._cells:
            self._cells[-1] += data


def test_html(assessed: Assessment) -> None:
    """The page's pledge tables have a Topics row and the given status, marked as given."""
    parser = _Rows()
    parser.feed(render(assessed, format="html", lang="en"))
    rows = parser.rows
    assert ("Topics", "ekonomi, ketenagakerjaan") in rows
    assert ("Topics", "kesejahteraan") in rows
    assert (
        "Pledge status",
        "In progress (given by the tracker: the pledge has nothing to measure)",
    ) in rows


def test_csv(assessed: Assessment) -> None:
    """A pledge row ends with its topics, ``; `` between them; the status cell is marked."""
    table = list(csv.reader(io.StringIO(render(assessed, format="csv", lang="en"))))
    header, rows = table[0], table[1:]
    pledges = [row for row in rows if row[0] == "pledge"]
    assert "Topics" == header[-1]
    assert ["ekonomi; ketenagakerjaan", "kesejahteraan"] == [row[-1] for row in pledges]
    status = header.index("Status")
    assert [
        "In progress",  # 300 of 1,000 after one year of five: the figures decide
        "In progress (given by the tracker: the pledge has nothing to measure)",
    ] == [row[status] for row in pledges]


def test_json(assessed: Assessment) -> None:
    """The pledges carry their topics and status; the assessment says whose status it is."""
    data = json.loads(json.dumps(to_json_dict(assessed)))
    kerja, bahagia = data["pledges"]
    assert (["ekonomi", "ketenagakerjaan"], None) == (kerja["topics"], kerja.get("status"))
    assert (["kesejahteraan"], "in_progress") == (bahagia["topics"], bahagia["status"])
    assert [False, True] == [p["assessment"]["status_given"] for p in data["pledges"]]
    # The numbers suggest nothing for a pledge with nothing to measure.
    assert (None, None) == (bahagia["suggested"], bahagia["assessment"]["suggested"])
