"""Reports of a pledge assessed as a whole: JSON, text, Markdown, CSV and HTML, in both languages."""

from __future__ import annotations

import csv
import datetime as dt
import io
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from pledgekit import (
    Accumulation,
    Assessment,
    Case,
    Direction,
    Evaluation,
    Indicator,
    LeftOutReason,
    Milestone,
    MilestoneState,
    MissingFigure,
    Observation,
    Period,
    Pledge,
    PledgeRule,
    Target,
)
from pledgekit.io import load
from pledgekit.messages import LANGUAGES, catalogue
from pledgekit.messages._catalogue import PLEDGE_TABLES
from pledgekit.report import assessment_html, render, to_csv, to_json_dict
from pledgekit.verdicts import PledgeStatus, Verdict, VerdictProblem

BEKASI = Path(__file__).parent.parent / "examples" / "bekasi" / "case.toml"
END = dt.date(2020, 12, 31)


def _indicator(name: str) -> Indicator:
    return Indicator(
        name, "orang", direction=Direction.INCREASE, accumulation=Accumulation.SUM, id=name
    )


def three_targets() -> Case:
    """Three targets of 100 over 2019–2020, two met.

    jobs: 60 + 50 = 110, met with the 2020 figure (31 December 2020);
    firms: 100 + 10 = 110, met with the 2019 figure (31 December 2019);
    trained: 30 + 20 = 50, not met.
    """
    term = Period.years(2019, 2020)
    names = ("jobs", "firms", "trained")
    indicators = [_indicator(n) for n in names]
    targets = [Target(i, 100, period=term, id=i.id) for i in indicators]
    figures = [
        Observation(Period.year(year), value, indicator=indicator)
        for indicator, values in zip(indicators, ((60, 50), (100, 10), (30, 20)), strict=True)
        for year, value in zip((2019, 2020), values, strict=True)
    ]
    pledge = Pledge("Tiga janji", targets=targets, id="three")
    return Case(
        "Three", indicators=indicators, targets=targets, observations=figures, pledges=[pledge]
    )


def late_milestone() -> Case:
    """A law due on 31 December 2020, passed on 2 March 2021: 31 + 28 + 2 = 61 days late."""
    law = Milestone("Perda terbit", dt.date(2020, 12, 31), done_on=dt.date(2021, 3, 2), id="perda")
    return Case("Perda", pledges=[Pledge("Menerbitkan perda", milestones=[law], id="perda")])


def pledge_json(assessment: Assessment, index: int = 0) -> dict[str, Any]:
    written: dict[str, Any] = to_json_dict(assessment)["pledges"][index]["assessment"]
    return written


def csv_rows(assessment: Assessment, lang: str) -> list[dict[str, str]]:
    text = to_csv(assessment, lang=lang)  # type: ignore[arg-type]
    rows = list(csv.reader(io.StringIO(text), delimiter=";" if lang == "id" else ","))
    header, *body = rows
    return [dict(zip(header, row, strict=True)) for row in body]


class TestPledgeJson:
    def test_all_met(self) -> None:
        """All met: 2 of 3 met, every deadline past, so partly met; kept in part."""
        written = pledge_json(three_targets().assess(END))
        assert "all_met" == written["rule"]
        assert "partly_met" == written["status"]
        assert ["jobs", "firms", "trained"] == written["targets"]
        assert (3, 2) == (written["counted"], written["met"])
        # 2 / 3 = 0.6666… → 66.67 %, half up.
        assert ("2/3", "66.67") == (written["share_met"], written["share_met_percent"])
        assert (None, None) == (written["met_on"], written["late_days"])
        assert "partial" == written["suggested"]
        assert {"en": "Partly met", "id": "Tercapai sebagian"} == written["messages"]

    def test_share_met(self) -> None:
        """Share met at 2/3: 2 of 3 met in time is met, on the later day the two were met."""
        evaluation = Evaluation(pledge_rule="share_met", pledge_share_at_least=Fraction(2, 3))
        written = pledge_json(three_targets().assess(END, evaluation=evaluation))
        assert ("share_met", "met", "2/3") == (
            written["rule"],
            written["status"],
            written["share_met"],
        )
        # jobs met on 31 December 2020, firms on 31 December 2019: the later, 0 days late.
        assert ("2020-12-31", 0) == (written["met_on"], written["late_days"])
        assert "kept" == written["suggested"]

    def test_mean_capaian(self) -> None:
        """Mean capaian: (110 + 110 + 50) / 3 = 90 %, Tinggi, partly met; means are exact."""
        evaluation = Evaluation(pledge_rule="mean_capaian")
        written = pledge_json(three_targets().assess(END, evaluation=evaluation))
        assert ("90/1", "90.00", "tinggi", "Tinggi") == (
            written["mean_capaian"],
            written["mean_capaian_percent"],
            written["mean_predikat"],
            written["mean_predikat_label"],
        )
        assert ("partly_met", None, None) == (
            written["status"],
            written["share_met"],
            written["met"],
        )

    def test_milestone_done_late(self) -> None:
        """A milestone done 61 days late: its state, the pledge met late, kept in part."""
        written = pledge_json(late_milestone().assess(dt.date(2021, 6, 30)))
        assert [
            {
                "id": "perda",
                "due": "2020-12-31",
                "done_on": "2021-03-02",
                "state": "done_late",
                "late_days": 61,
            }
        ] == written["milestones"]
        assert ("met_late", "2021-03-02", 61) == (
            written["status"],
            written["met_on"],
            written["late_days"],
        )
        assert ("partial", None) == (written["suggested"], written["verdict_problem"])

    def test_left_out_with_reasons(self) -> None:
        """A target with no figure, left out by the policy, is listed with its reason."""
        case = three_targets()
        kept = [o for o in case.observations if o.indicator is None or o.indicator.id != "trained"]
        case = Case(
            "Three",
            indicators=case.indicators,
            targets=case.targets,
            observations=kept,
            pledges=case.pledges,
        )
        evaluation = Evaluation(pledge_missing_figure="leave_out")
        written = pledge_json(case.assess(END, evaluation=evaluation))
        assert [{"kind": "target", "id": "trained", "reason": "no_figure"}] == written["left_out"]
        # jobs and firms both met in time: 2 of 2, written reduced as 1/1.
        assert ("met", 2, 2, "1/1") == (
            written["status"],
            written["counted"],
            written["met"],
            written["share_met"],
        )

    def test_not_measurable(self) -> None:
        """A pledge with no target and no milestone: not measurable, no verdict suggested."""
        case = Case("Vague", pledges=[Pledge("Membangun kota", id="vague")])
        written = pledge_json(case.assess(END))
        assert ("not_measurable", 0, None) == (
            written["status"],
            written["counted"],
            written["suggested"],
        )

    def test_bekasi_not_met_at_its_date(self) -> None:
        """Bekasi's one target, 146,305 of 150,000 at 30 June 2022, is not met: in progress."""
        report = to_json_dict(load(BEKASI).assess())
        (pledge,) = report["pledges"]
        written = pledge["assessment"]
        assert ("all_met", "in_progress", "2022-06-30") == (
            written["rule"],
            written["status"],
            written["as_of"],
        )
        assert (["jobs-150k"], 1, 0, "0/1") == (
            written["targets"],
            written["counted"],
            written["met"],
            written["share_met"],
        )
        assert ("in_progress", None, None) == (
            written["suggested"],
            written["met_on"],
            written["late_days"],
        )


class TestPledgeWords:
    @pytest.mark.parametrize(
        ("lang", "expected"),
        [
            ("en", ["Pledge status", "Partly met", "all met", "2 of 3 (66.67 %)", "Kept in part"]),
            (
                "id",
                [
                    "Status janji",
                    "Tercapai sebagian",
                    "semua tercapai",
                    "2 dari 3 (66,67 %)",
                    "Ditepati sebagian",
                ],
            ),
        ],
    )
    def test_text_markdown_html(self, lang: str, expected: list[str]) -> None:
        """Text, Markdown and HTML give the status, the rule, the share and the verdict."""
        assessment = three_targets().assess(END)
        outputs = [
            render(assessment, lang=lang),  # type: ignore[arg-type]
            render(assessment, format="markdown", lang=lang),  # type: ignore[arg-type]
            assessment_html(assessment, lang=lang),  # type: ignore[arg-type]
        ]
        for output in outputs:
            for words in expected:
                assert words in output

    def test_text_rows(self) -> None:
        """The pledge's rows stand under its words in the text, as its other lines do."""
        lines = render(three_targets().assess(END), lang="en").splitlines()
        start = lines.index("PLEDGE (three)")
        assert [
            "  Pledge status: Partly met",
            "  Rule: all met",
            "  Share met: 2 of 3 (66.67 %)",
            "  Suggested verdict: Kept in part",
        ] == lines[start + 2 : start + 6]

    @pytest.mark.parametrize(
        ("lang", "expected"),
        [
            ("en", "Perda terbit (due 31 December 2020): done late by 61 days, 2 March 2021"),
            (
                "id",
                "Perda terbit (jatuh tempo 31 Desember 2020): selesai terlambat 61 hari, "
                "2 Maret 2021",
            ),
        ],
    )
    def test_milestone(self, lang: str, expected: str) -> None:
        """A milestone done late says by how many days, in every format."""
        assessment = late_milestone().assess(dt.date(2021, 6, 30))
        for output in (
            render(assessment, lang=lang),  # type: ignore[arg-type]
            render(assessment, format="markdown", lang=lang),  # type: ignore[arg-type]
            assessment_html(assessment, lang=lang),  # type: ignore[arg-type]
        ):
            assert expected in output
        late = {"en": "2 March 2021 (met 61 days late)", "id": "2 Maret 2021 (terlambat 61 hari)"}
        assert late[lang] in render(assessment, lang=lang)  # type: ignore[arg-type]

    def test_mean_and_left_out(self) -> None:
        """Mean capaian with its predikat; a milestone left out of a mean, with why."""
        law = Milestone("Perda terbit", dt.date(2020, 12, 31), id="perda")
        case = three_targets()
        pledge = Pledge("Tiga janji", targets=case.targets, milestones=[law], id="three")
        case = Case(
            "Three",
            indicators=case.indicators,
            targets=case.targets,
            observations=case.observations,
            pledges=[pledge],
        )
        assessment = case.assess(END, evaluation=Evaluation(pledge_rule="mean_capaian"))
        english = render(assessment, lang="en")
        assert "Mean capaian: 90.00 % (predikat Tinggi)" in english
        assert "milestone perda: a milestone has no rate" in english
        indonesian = render(assessment, lang="id")
        assert "90,00 % (predikat Tinggi)" in indonesian
        assert "tonggak perda: tonggak tidak memiliki tingkat capaian" in indonesian

    @pytest.mark.parametrize(
        ("lang", "record", "status", "rule", "share", "verdict"),
        [
            ("en", "pledge", "Partly met", "all met", "66.67", "Kept in part"),
            ("id", "janji", "Tercapai sebagian", "semua tercapai", "66,67", "Ditepati sebagian"),
        ],
    )
    def test_csv(
        self, lang: str, record: str, status: str, rule: str, share: str, verdict: str
    ) -> None:
        """A pledge row: its id, status, rule, share met (%) and suggested verdict."""
        w = catalogue(lang)  # type: ignore[arg-type]
        rows = [r for r in csv_rows(three_targets().assess(END), lang) if r[w["record"]] == record]
        (row,) = rows
        assert ("three", status, rule, share, verdict) == (
            row[w["pledge_id_csv"]],
            row[w["status"]],
            row[w["pledge_rule_csv"]],
            row[w["share_met_csv"]],
            row[w["suggested_verdict_csv"]],
        )

    def test_settings_line(self) -> None:
        """The settings line names the pledge settings only where they are not the defaults."""
        assessment = three_targets().assess(END)
        assert "pledge rule" not in render(assessment, lang="en")
        evaluation = Evaluation(
            pledge_rule="share_met",
            pledge_share_at_least=Fraction(2, 3),
            pledge_missing_figure="leave_out",
        )
        english = render(three_targets().assess(END, evaluation=evaluation), lang="en")
        assert (
            "pledge rule share met; share met needed 2/3; a target with no figure: left out"
            in english
        )
        indonesian = render(three_targets().assess(END, evaluation=evaluation), lang="id")
        assert (
            "aturan janji bagian yang tercapai; bagian tercapai yang dibutuhkan 2/3" in indonesian
        )


class TestPledgeTables:
    def test_tables_are_the_enums(self) -> None:
        """The tables keyed by value cover exactly the values of the pledge enums."""
        assert {
            "pledge_rules": {r.value for r in PledgeRule},
            "missing_figures": {m.value for m in MissingFigure},
            "milestone_states": {s.value for s in MilestoneState},
            "left_out_reasons": {r.value for r in LeftOutReason},
        } == {name: set(values) for name, values in PLEDGE_TABLES.items()}

    @pytest.mark.parametrize("lang", LANGUAGES)
    def test_planning_words(self, lang: str) -> None:
        """The statuses in the planning offices' words, and every verdict worded."""
        words = catalogue(lang)  # type: ignore[arg-type]
        if lang == "id":
            assert [
                "Tercapai",
                "Tercapai terlambat",
                "Tercapai sebagian",
                "Tidak tercapai",
                "Dalam proses",
                "Tidak ada data",
                "Tidak terukur",
            ] == [words.pledge_statuses[s] for s in PledgeStatus]
        assert set(Verdict) == set(words.verdicts)
        assert set(VerdictProblem) == set(words.verdict_problems)
