"""Tests of a pledge's verdict history and suggested verdict in the text, Markdown, JSON and CSV reports."""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Any

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
    Source,
    Target,
    VerdictRecord,
)
from pledgekit.io import load
from pledgekit.report import REPORT_VERSION, render, to_json_dict
from pledgekit.verdicts import CPPG, POLITIFACT, Verdict

HOMES = Indicator(
    "Rumah dibangun",
    "unit",
    direction=Direction.INCREASE,
    accumulation=Accumulation.SUM,
    id="homes",
)
HOMES_TARGET = Target(HOMES, 100, period=Period.years(2019, 2020), id="homes")
WARTA = Source("Warta Kota", "Janji rumah", id="warta")
UNLISTED = Source("Radio Kota", "Wawancara wali kota", id="radio")
HISTORY = [
    VerdictRecord(
        dt.date(2019, 1, 10),
        Verdict.NOT_RATED,
        "Not looked at yet.",
        label="No Action",  # the Obameter's label of 2009, read as NOT_RATED
        scale=POLITIFACT,
        rated_by="Desk Kota",
    ),
    VerdictRecord(
        dt.date(2019, 6, 1),
        Verdict.IN_PROGRESS,
        "Land bought.",
        WARTA,
        label="In the Works",
        scale=POLITIFACT,
    ),
    VerdictRecord(
        dt.date(2019, 12, 31),
        Verdict.KEPT,
        "Declared done.",
        UNLISTED,
        label="Promise Kept",
        scale=POLITIFACT,
        rated_by="Desk Kota",
    ),
]


@pytest.fixture(scope="module")
def homes() -> Assessment:
    """100 homes over 2019–2020, 40 reported for 2019, assessed at the end of 2019.

    40 of 100 with a year to go: in progress (0 of 1 target met), so the record
    KEPT of 31 December 2019 is contradicted (kept_not_met).
    """
    case = Case(
        "Homes",
        indicators=[HOMES],
        targets=[HOMES_TARGET],
        sources=[WARTA],
        observations=[Observation(Period.year(2019), 40)],
        pledges=[
            Pledge("Seratus rumah", targets=[HOMES_TARGET], verdicts=HISTORY, id="homes"),
            Pledge("Taman kota", id="park"),
        ],
    )
    return case.assess(dt.date(2019, 12, 31))


def _pledge(report: dict[str, Any], pledge_id: str) -> dict[str, Any]:
    (found,) = [p for p in report["pledges"] if p["id"] == pledge_id]
    return found


class TestJson:
    def test_version_4(self, homes: Assessment) -> None:
        """The report is version 4."""
        assert 4 == REPORT_VERSION == to_json_dict(homes)["pledgekit_report"]

    def test_verdicts_every_key(self, homes: Assessment) -> None:
        """Each record with every key; the listed source by id, the unlisted one in place."""
        verdicts = _pledge(to_json_dict(homes), "homes")["verdicts"]
        assert [
            {
                "date": "2019-01-10",
                "verdict": "not_rated",
                "label": "No Action",
                "scale": "politifact",
                "scale_name": "PolitiFact",
                "rated_by": "Desk Kota",
                "rationale": "Not looked at yet.",
                "source": None,
                "messages": {"en": "Not rated", "id": "Belum dinilai"},
            },
            {
                "date": "2019-06-01",
                "verdict": "in_progress",
                "label": "In the Works",
                "scale": "politifact",
                "scale_name": "PolitiFact",
                "rated_by": None,
                "rationale": "Land bought.",
                "source": "warta",
                "messages": {"en": "In progress", "id": "Dalam proses"},
            },
            {
                "date": "2019-12-31",
                "verdict": "kept",
                "label": "Promise Kept",
                "scale": "politifact",
                "scale_name": "PolitiFact",
                "rated_by": "Desk Kota",
                "rationale": "Declared done.",
                "source": {
                    "id": "radio",
                    "outlet": "Radio Kota",
                    "title": "Wawancara wali kota",
                },
                "messages": {"en": "Kept", "id": "Ditepati"},
            },
        ] == verdicts

    def test_suggested_and_problem(self, homes: Assessment) -> None:
        """40 of 100 with a year left: in_progress suggested; the KEPT record is kept_not_met."""
        pledge = _pledge(to_json_dict(homes), "homes")
        assert ("in_progress", "kept_not_met") == (pledge["suggested"], pledge["verdict_problem"])
        assessment = pledge["assessment"]
        assert (pledge["suggested"], pledge["verdict_problem"]) == (
            assessment["suggested"],
            assessment["verdict_problem"],
        )

    def test_nothing_measurable(self, homes: Assessment) -> None:
        """A pledge with no target, no milestone and no verdict: an empty history, nulls."""
        park = _pledge(to_json_dict(homes), "park")
        assert ([], None, None) == (park["verdicts"], park["suggested"], park["verdict_problem"])

    def test_bekasi_keys(self) -> None:
        """Bekasi's pledge has no verdict record: an empty list; in progress suggested."""
        report = to_json_dict(load("examples/bekasi/case.toml").assess())
        pledge = report["pledges"][0]
        assert ([], "in_progress", None) == (
            pledge["verdicts"],
            pledge["suggested"],
            pledge["verdict_problem"],
        )


class TestText:
    def test_english(self, homes: Assessment) -> None:
        """The history under the pledge, after the suggested verdict and the problem."""
        lines = render(homes, lang="en").splitlines()
        start = lines.index("  Verdicts:")
        assert [
            "  Suggested verdict: In progress",
            "  Recorded verdict: recorded kept, but the pledge is not met",
            "  Verdicts:",
            "    - 10 January 2019: Not rated (PolitiFact: “No Action”), rated by Desk Kota"
            " — Not looked at yet.",
            "    - 1 June 2019: In progress (PolitiFact: “In the Works”) — Land bought."
            " (Warta Kota, “Janji rumah”)",
            "    - 31 December 2019: Kept (PolitiFact: “Promise Kept”), rated by Desk Kota"
            " — Declared done. (Radio Kota, “Wawancara wali kota”)",
        ] == lines[start - 2 : start + 4]

    def test_indonesian_words_not_enum_names(self, homes: Assessment) -> None:
        """In Indonesian: the catalogue's words; no enum name anywhere in the report."""
        text = render(homes, lang="id")
        assert (
            "    - 10 Januari 2019: Belum dinilai (PolitiFact: “No Action”), dinilai oleh "
            "Desk Kota — Not looked at yet."
        ) in text.splitlines()
        assert "  Penilaian yang disarankan: Dalam proses" in text.splitlines()
        for verdict in Verdict:
            assert verdict.name not in text
        assert "Penilaian “Ditepati” (31 Desember 2019) atas janji 'homes'" in text

    def test_no_history_no_heading(self, homes: Assessment) -> None:
        """A pledge with no verdict has no verdict lines."""
        lines = render(homes, lang="en").splitlines()
        park = lines.index("PLEDGE (park)")
        assert "  Verdicts:" not in lines[park : park + 6]

    def test_scale_without_label(self) -> None:
        """A record naming a scale but no label shows the scale's name."""
        case = Case(
            "T",
            pledges=[
                Pledge(
                    "Janji",
                    id="j",
                    verdicts=[
                        VerdictRecord(dt.date(2020, 1, 1), Verdict.BROKEN, "No.", scale=CPPG)
                    ],
                )
            ],
        )
        lines = render(case.assess(), lang="en").splitlines()
        assert "    - 1 January 2020: Broken (Comparative Party Pledges Group) — No." in lines


class TestMarkdown:
    def test_table(self, homes: Assessment) -> None:
        """The history as a table with a header row in English."""
        lines = render(homes, format="markdown", lang="en").splitlines()
        start = lines.index("**Verdicts**")
        assert [
            "**Verdicts**",
            "",
            "| Verdict date | Verdict | Tracker's label | Rated by | Rationale | Verdict source |",
            "|---|---|---|---|---|---|",
            "| 10 January 2019 | Not rated | PolitiFact: “No Action” | Desk Kota | Not looked at yet. |  |",
            "| 1 June 2019 | In progress | PolitiFact: “In the Works” |  | Land bought. | Warta Kota, “Janji rumah” |",
            "| 31 December 2019 | Kept | PolitiFact: “Promise Kept” | Desk Kota | Declared done. | Radio Kota, “Wawancara wali kota” |",
        ] == lines[start : start + 7]

    def test_pipe_escaped(self) -> None:
        """A rationale with a pipe stays in its cell."""
        record = VerdictRecord(dt.date(2020, 1, 1), Verdict.STALLED, "a | b")
        case = Case("T", pledges=[Pledge("Janji", id="j", verdicts=[record])])
        assert "| 1 January 2020 | Stalled |  |  | a \\| b |  |" in render(
            case.assess(), format="markdown", lang="en"
        )


class TestCsv:
    def _rows(self, homes: Assessment, lang: str) -> list[list[str]]:
        delimiter = ";" if lang == "id" else ","
        text = render(homes, format="csv", lang=lang)  # type: ignore[arg-type]
        return list(csv.reader(io.StringIO(text), delimiter=delimiter))

    def test_rows_follow_their_pledge(self, homes: Assessment) -> None:
        """Three verdict rows after the homes pledge's row, none after the park's."""
        kinds = [(row[0], row[42]) for row in self._rows(homes, "en")[1:]]
        assert [
            ("target", ""),
            ("finding", ""),
            ("pledge", "homes"),
            ("verdict", "homes"),
            ("verdict", "homes"),
            ("verdict", "homes"),
            ("pledge", "park"),
            ("settings", ""),
        ] == kinds

    def test_verdict_columns(self, homes: Assessment) -> None:
        """Date, verdict, label, scale, rater, source in the last columns; rationale as message."""
        header, *rows = self._rows(homes, "id")
        columns = {name: index for index, name in enumerate(header)}
        third = rows[5]
        assert "penilaian" == third[0]
        assert "Declared done." == third[columns["Uraian"]]
        assert [
            "2019-12-31",
            "Ditepati",
            "Promise Kept",
            "PolitiFact",
            "Desk Kota",
            "Radio Kota, “Wawancara wali kota”",
            "",
        ] == third[columns["Tanggal penilaian"] : columns["Topik"]]

    def test_pledge_row_problem(self, homes: Assessment) -> None:
        """The pledge's row says how its recorded verdict stands against the numbers."""
        header, *rows = self._rows(homes, "en")
        pledge = rows[2]
        assert "pledge" == pledge[0]
        assert "In progress" == pledge[header.index("Suggested verdict")]
        problem = header.index("Recorded verdict against the numbers")
        assert "recorded kept, but the pledge is not met" == pledge[problem]
        assert ["Recorded verdict against the numbers", "Topics"] == header[-2:]
