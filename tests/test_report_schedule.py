"""Reports of a schedule's yearly capaian, a target's SDG status and the findings' new fields."""

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
    Claim,
    ClaimKind,
    Direction,
    Evaluation,
    Indicator,
    Observation,
    Period,
    Revision,
    Source,
    Target,
)
from pledgekit.messages import catalogue
from pledgekit.report import assessment_html, render, to_csv, to_json_dict

AS_OF = dt.date(2023, 6, 30)


def yearly_case() -> Case:
    """30,000 jobs a year toward 150,000 over 2019–2023, assessed on 30 June 2023.

    Figures: 2019 27,300; 2020 30,000; 2021 31,000; 2022 30,500; 2023 not yet due.
    """
    jobs = Indicator(
        "Tenaga kerja",
        "orang",
        direction=Direction.INCREASE,
        accumulation=Accumulation.SUM,
        id="jobs",
    )
    target = Target(
        jobs,
        150000,
        period=Period.years(2019, 2023),
        schedule={Period.year(year): 30000 for year in range(2019, 2024)},
        id="jobs-150k",
    )
    figures = [
        Observation(Period.year(year), value)
        for year, value in ((2019, 27300), (2020, 30000), (2021, 31000), (2022, 30500))
    ]
    return Case("Jobs", indicators=[jobs], targets=[target], observations=figures)


def schedule_json(assessment: Assessment) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = to_json_dict(assessment)["targets"][0]["schedule"]
    return entries


class TestScheduleJson:
    def test_rated_year(self) -> None:
        """2019: 27,300 / 30,000 × 100 = 91 %: Sangat Tinggi (91 and above)."""
        first = schedule_json(yearly_case().assess(AS_OF))[0]
        assert ("2019-01-01..2019-12-31", "30000", "27300") == (
            first["period"],
            first["value"],
            first["realisasi"],
        )
        capaian = first["capaian"]
        assert ("permendagri86", "30000", "27300", "91/1", "91.00") == (
            capaian["method"],
            capaian["target"],
            capaian["realisasi"],
            capaian["value"],
            capaian["percent"],
        )
        assert ("sangat_tinggi", "Sangat Tinggi", None) == (
            capaian["predikat"],
            capaian["label"],
            capaian["reason"],
        )
        assert [("2019-01-01..2019-12-31", "27300")] == [
            (f["period"], f["value"]) for f in capaian["figures"]
        ]

    def test_every_year(self) -> None:
        """30,000 / 30,000 = 100 %; 31,000 / 30,000 = 103.33 %; 30,500 / 30,000 = 101.67 %."""
        entries = schedule_json(yearly_case().assess(AS_OF))
        assert ["91.00", "100.00", "103.33", "101.67", None] == [
            e["capaian"]["percent"] for e in entries
        ]
        assert ["91/1", "100/1", "310/3", "305/3", None] == [e["capaian"]["value"] for e in entries]

    def test_year_not_yet_due(self) -> None:
        """2023 has not ended on 30 June 2023: no realisasi, no rate, and the reason."""
        last = schedule_json(yearly_case().assess(AS_OF))[-1]
        assert (None, None, None, "not_yet_due") == (
            last["realisasi"],
            last["capaian"]["value"],
            last["capaian"]["predikat"],
            last["capaian"]["reason"],
        )
        assert {
            "en": "the period has not ended by the as-of date",
            "id": "periodenya belum berakhir pada tanggal penilaian",
        } == last["capaian"]["reason_messages"]

    def test_period_not_covered(self) -> None:
        """2020 with only a January–June figure is not rated: a partial sum, and what there was."""
        case = yearly_case()
        figures = [o for o in case.observations if o.period != Period.year(2020)]
        figures.append(Observation(Period.months(2020, 1, 6), 14000))
        case = Case("Jobs", indicators=case.indicators, targets=case.targets, observations=figures)
        second = schedule_json(case.assess(AS_OF))[1]
        assert (None, "period_not_covered") == (second["realisasi"], second["capaian"]["reason"])
        assert [("2020-01-01..2020-06-30", "14000")] == [
            (f["period"], f["value"]) for f in second["capaian"]["figures"]
        ]

    def test_no_schedule(self) -> None:
        """A target without a schedule writes an empty list."""
        case = yearly_case()
        plain = Target(case.indicators[0], 150000, period=Period.years(2019, 2023), id="plain")
        case = Case("Jobs", indicators=case.indicators, targets=[plain])
        assert [] == schedule_json(case.assess(AS_OF))


class TestScheduleWords:
    @pytest.mark.parametrize(
        ("lang", "first", "last"),
        [
            ("en", ["2019", "30,000", "27,300", "91.00", "Sangat", "Tinggi"], "not yet due"),
            ("id", ["2019", "30.000", "27.300", "91,00", "Sangat", "Tinggi"], "belum jatuh tempo"),
        ],
    )
    def test_text(self, lang: str, first: list[str], last: str) -> None:
        """A table of period, target, realisasi, capaian and predikat, or the reason."""
        lines = render(yearly_case().assess(AS_OF), lang=lang).splitlines()  # type: ignore[arg-type]
        w = catalogue(lang)  # type: ignore[arg-type]
        start = lines.index(f"  {w['capaian_schedule_heading']}")
        header = lines[start + 1].split()
        assert w["period"] == header[0]
        assert first == lines[start + 2].split()
        assert lines[start + 6].split()[:3] == ["2023", first[1], "—"]
        assert lines[start + 6].endswith(last)

    @pytest.mark.parametrize(
        ("lang", "row", "reason"),
        [
            ("en", "| 2019 | 30,000 | 27,300 | 91.00 | Sangat Tinggi |", "| — | not yet due |"),
            (
                "id",
                "| 2019 | 30.000 | 27.300 | 91,00 | Sangat Tinggi |",
                "| — | belum jatuh tempo |",
            ),
        ],
    )
    def test_markdown(self, lang: str, row: str, reason: str) -> None:
        """The same table in Markdown, with the Indonesian column "Tingkat capaian (%)"."""
        text = render(yearly_case().assess(AS_OF), format="markdown", lang=lang)  # type: ignore[arg-type]
        assert row in text
        assert reason in text
        if lang == "id":
            assert "| Periode | Target | Realisasi | Tingkat capaian (%) | Predikat |" in text

    def test_html(self) -> None:
        """HTML gives the table too, figures to the right."""
        html = assessment_html(yearly_case().assess(AS_OF), lang="en")
        assert '<td style="text-align:right">91.00</td>' in html
        assert "not yet due" in html

    @pytest.mark.parametrize(
        ("lang", "record", "capaian"), [("en", "schedule", "91.00"), ("id", "jadwal", "91,00")]
    )
    def test_csv(self, lang: str, record: str, capaian: str) -> None:
        """A schedule row per entry after its target's row, in the target's columns."""
        text = to_csv(yearly_case().assess(AS_OF), lang=lang)  # type: ignore[arg-type]
        header, *rows = list(csv.reader(io.StringIO(text), delimiter=";" if lang == "id" else ","))
        w = catalogue(lang)  # type: ignore[arg-type]
        records = [row[0] for row in rows]
        assert [w["record_target"], *[record] * 5] == records[:6]
        first = dict(zip(header, rows[1], strict=True))
        assert ("jobs-150k", "2019-01-01", "2019-12-31", "30000", "27300", capaian) == (
            first[w["target_id"]],
            first[w["period_start"]],
            first[w["period_end"]],
            first[w["target"]],
            first[w["achieved"]],
            first[w["capaian_csv"]],
        )
        last = dict(zip(header, rows[5], strict=True))
        assert ("", w["capaian_not_yet_due"]) == (
            last[w["capaian_csv"]],
            last[w["capaian_reason_csv"]],
        )


def sdg_case() -> Case:
    """Unemployment 5 % toward 4.05 % by 2020; 4.5 % in 2019.

    Observed growth 4.5 / 5 − 1 = −0.1 a year; required (4.05 / 5)^(1/2) − 1 = 0.9 − 1 = −0.1;
    growth ratio 1; score (1 − 0.6) × 50 / 7 = 20 / 7 ≈ 2.86: substantial progress (R ≥ 0.95).
    """
    rate = Indicator(
        "Pengangguran", "%", direction=Direction.DECREASE, accumulation=Accumulation.LAST, id="u"
    )
    target = Target(rate, "4.05", baseline="5", period=Period.years(2019, 2020), id="u-2020")
    return Case(
        "U",
        indicators=[rate],
        targets=[target],
        observations=[Observation(Period.year(2019), "4.5")],
    )


class TestSdg:
    def test_json(self) -> None:
        """The Open SDG status, score and growth ratio, exact, with the score rounded."""
        assessment = sdg_case().assess(dt.date(2019, 12, 31), evaluation=Evaluation(sdg="statcan"))
        sdg = to_json_dict(assessment)["targets"][0]["sdg"]
        assert ("statcan", "substantial_progress", "20/7", "2.86") == (
            sdg["method"],
            sdg["status"],
            sdg["score"],
            sdg["score_rounded"],
        )
        assert ("1/1", "-1/10", "-1/10", 2020) == (
            sdg["growth_ratio"],
            sdg["observed_cagr"],
            sdg["required_cagr"],
            sdg["target_year"],
        )
        assert {"en": "Substantial progress", "id": "Kemajuan substansial"} == sdg["messages"]

    def test_null_without_the_setting(self) -> None:
        """Without Evaluation.sdg, targets[].sdg is null and no SDG line is printed."""
        assessment = sdg_case().assess(dt.date(2019, 12, 31))
        assert to_json_dict(assessment)["targets"][0]["sdg"] is None
        assert "SDG" not in render(assessment, lang="en")

    @pytest.mark.parametrize(
        ("lang", "line"),
        [
            ("en", "SDG status Substantial progress (score 2.86; Open SDG (Statistics Canada))"),
            ("id", "Status SDG Kemajuan substansial (skor 2,86; Open SDG (Statistics Canada))"),
        ],
    )
    def test_status_line(self, lang: str, line: str) -> None:
        """The SDG status line, in text; and the method in the settings line."""
        assessment = sdg_case().assess(dt.date(2019, 12, 31), evaluation=Evaluation(sdg="statcan"))
        text = render(assessment, lang=lang)  # type: ignore[arg-type]
        assert line in [" ".join(row.split()) for row in text.splitlines()]
        method = {"en": "SDG method Open SDG", "id": "metode SDG Open SDG"}
        assert method[lang] in text

    def test_unsd(self) -> None:
        """The UNSD method writes its category as the status, with Q and no score."""
        assessment = sdg_case().assess(dt.date(2019, 12, 31), evaluation=Evaluation(sdg="unsd"))
        sdg = to_json_dict(assessment)["targets"][0]["sdg"]
        assert ("unsd", None) == (sdg["method"], sdg["score"])
        assert sdg["status"] in {"on_track", "acceleration_needed", "stagnation_or_regression"}
        assert sdg["messages"]["en"] in render(assessment, lang="en")


def findings_case() -> Assessment:
    """A target of 100 revised to 120 on 1 January 2020 by the RPJMD perubahan.

    A remaining-value claim of 31 December 2019 speaks of the target then in force (100);
    a rate claim of 1,200 a month over January–June 2020 against 6,000 / 6 = 1,000 a month;
    a claim of more than 7,000 achieved against 60 + 6,000 = 6,060.
    """
    jobs = Indicator(
        "Jobs", "orang", direction=Direction.INCREASE, accumulation=Accumulation.SUM, id="jobs"
    )
    source = Source("Pemda", "RPJMD perubahan", id="perubahan")
    target = Target(
        jobs,
        100,
        period=Period.years(2019, 2020),
        id="t",
        revisions=[Revision(dt.date(2020, 1, 1), 120, source=source, note="RPJMD perubahan")],
    )
    figures = [Observation(Period.year(2019), 60), Observation(Period.months(2020, 1, 6), 6000)]
    june = dt.date(2020, 6, 30)
    claims = [
        Claim(ClaimKind.REMAINING, 40, dt.date(2019, 12, 31)),
        Claim(ClaimKind.RATE, 1200, june, period=Period.months(2020, 1, 6), per="month"),
        Claim(ClaimKind.ACHIEVED, 7000, june, bound="more_than"),
    ]
    case = Case(
        "x",
        indicators=[jobs],
        targets=[target],
        observations=figures,
        claims=claims,
        sources=[source],
    )
    return case.assess(june)


class TestFindingFields:
    def _by_kind(self) -> dict[str, dict[str, Any]]:
        return {f["kind"]: f for f in to_json_dict(findings_case())["targets"][0]["findings"]}

    def test_every_finding_has_the_keys(self) -> None:
        """Every finding writes the new keys, null where it has no value."""
        for finding in self._by_kind().values():
            assert {"claimed_bound", "per", "total", "units", "units_rounded", "revision"} <= set(
                finding
            )

    def test_rate(self) -> None:
        """The rate finding: per month, the sum 6,000 over 6 months, 1,000 a month."""
        rate = self._by_kind()["rate_mismatch"]
        assert ("1200", "1000/1", "month", "6000", "6/1", "6.00") == (
            rate["claimed"],
            rate["computed"],
            rate["per"],
            rate["total"],
            rate["units"],
            rate["units_rounded"],
        )
        assert (None, None) == (rate["claimed_bound"], rate["revision"])

    def test_bound(self) -> None:
        """More than 7,000 against 6,060: the claimed bound is written."""
        total = self._by_kind()["total_mismatch"]
        assert ("more_than", "7000", "6060") == (
            total["claimed_bound"],
            total["claimed"],
            total["computed"],
        )

    def test_revision(self) -> None:
        """The superseded target names the revision: its day, value, source id and note."""
        superseded = self._by_kind()["superseded_target"]
        assert {
            "on": "2020-01-01",
            "value": "120",
            "source": "perubahan",
            "note": "RPJMD perubahan",
        } == superseded["revision"]
        assert ("100", "120") == (superseded["claimed"], superseded["computed"])
