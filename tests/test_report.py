"""Reports: JSON checked against the Bekasi case's own arithmetic; text, Markdown, CSV, HTML."""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import html
import io
import json
import re
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any, get_args

import attrs
import pytest

from pledgekit import (
    MEAN_MONTH_DAYS,
    Accumulation,
    Assessment,
    Case,
    Claim,
    ClaimKind,
    Direction,
    Evaluation,
    FindingKind,
    Indicator,
    InvalidValueError,
    Mission,
    Observation,
    PaceStatus,
    Period,
    Plan,
    Program,
    Target,
)
from pledgekit.io import load
from pledgekit.report import (
    FORMATS,
    REPORT_VERSION,
    Format,
    assessment_html,
    case_html,
    inconsistencies,
    progress_html,
    render,
    render_audit,
    status_label,
    to_csv,
    to_json,
    to_json_dict,
)

BEKASI = Path(__file__).parent.parent / "examples" / "bekasi" / "case.toml"

# The figures the labour office reported, as the article prints them.
Y2019, Y2020, Y2021, H1_2022 = 27197, 56000, 58000, 5108
TARGET = 150000
SUM = Y2019 + Y2020 + Y2021 + H1_2022  # 146,305


@pytest.fixture(scope="module")
def bekasi() -> Assessment:
    return load(BEKASI).assess()


@pytest.fixture(scope="module")
def report(bekasi: Assessment) -> dict[str, Any]:
    parsed: dict[str, Any] = json.loads(render(bekasi, format="json"))
    return parsed


def _messy_case() -> Case:
    """A small case that sets off the findings the Bekasi case does not."""
    jobs = Indicator(
        "Jobs", "persons", direction=Direction.INCREASE, accumulation=Accumulation.SUM, id="jobs"
    )
    target = Target(jobs, 100, period=Period.years(2019, 2020), id="jobs-100")
    end = dt.date(2020, 12, 31)
    return Case(
        "Messy <case>",
        indicators=[jobs],
        targets=[target],
        observations=[
            Observation(Period.year(2019), 40),
            Observation(Period.months(2019, 1, 6), 10),
            Observation(Period.year(2020), 30),
        ],
        claims=[
            Claim(ClaimKind.PERCENT, 90, end),
            Claim(ClaimKind.MET, None, end),
            Claim(ClaimKind.PERIOD_VALUE, 35, end, period=Period.year(2020)),
            Claim(ClaimKind.ACHIEVED, 10, end),
            Claim(ClaimKind.ACHIEVED, 20, end),
            Claim(ClaimKind.ACHIEVED, 80, end, stated_on=dt.date(2020, 6, 1)),
        ],
    )


class TestJsonReport:
    def test_version(self, report: dict[str, Any]) -> None:
        """The report says which schema it follows."""
        assert 4 == REPORT_VERSION == report["pledgekit_report"]

    def test_achieved_is_the_sum_of_the_reported_figures(self, report: dict[str, Any]) -> None:
        """27,197 + 56,000 + 58,000 + 5,108 = 146,305, as a decimal string."""
        (target,) = report["targets"]
        assert str(SUM) == "146305" == target["progress"]["achieved"]
        assert str(TARGET) == target["value"]

    def test_ratio_is_exact(self, report: dict[str, Any]) -> None:
        """146,305 / 150,000 reduces by 5 to 29,261 / 30,000; 97.5366… % rounds to 97.54."""
        progress = report["targets"][0]["progress"]
        assert Fraction(SUM, TARGET) == Fraction(progress["ratio"])
        assert "29261/30000" == progress["ratio"]
        assert "97.54" == progress["percent"]

    def test_shortfall(self, report: dict[str, Any]) -> None:
        """150,000 − 146,305 = 3,695 still to go, nothing beyond."""
        progress = report["targets"][0]["progress"]
        assert str(TARGET - SUM) == "3695" == progress["shortfall"]
        assert "0" == progress["surplus"]
        assert False is progress["is_met"]

    def test_time(self, report: dict[str, Any]) -> None:
        """20 Sep 2018 to 30 Jun 2022: 103 + 365 + 366 + 365 + 181 = 1,380 of 1,826 days."""
        progress = report["targets"][0]["progress"]
        elapsed = 103 + 365 + 366 + 365 + 181
        assert (1380, 1826 - 1380) == (progress["days_elapsed"], progress["days_left"])
        assert elapsed == progress["days_elapsed"]
        assert Fraction(1380, 1826) == Fraction(progress["elapsed"])
        assert "75.58" == progress["elapsed_percent"]  # 0.755750… → 75.58
        assert "2022-06-30" == progress["as_of"]

    def test_pace(self, report: dict[str, Any]) -> None:
        """Pace index = ratio / elapsed; required per month = 3,695 / 446 days × 30.436875."""
        progress = report["targets"][0]["progress"]
        pace = Fraction(SUM, TARGET) / Fraction(1380, 1826)
        assert pace == Fraction(progress["pace_index"])
        assert "1.29" == progress["pace_index_rounded"]
        per_month = Fraction(TARGET - SUM, 446) * MEAN_MONTH_DAYS
        assert per_month == Fraction(progress["required_per_month"])
        assert "252.16" == progress["required_per_month_rounded"]  # 112,464.25… / 446
        assert "on_track" == progress["status"]

    def test_projection(self, report: dict[str, Any]) -> None:
        """At 5,108 per 181 days, 3,695 takes ⌈3,695 × 181 / 5,108⌉ = 131 days: 8 Nov 2022."""
        progress = report["targets"][0]["progress"]
        assert "2022-11-08" == progress["projected_recent"]
        assert dt.date(2022, 6, 30) + dt.timedelta(days=131) == dt.date(2022, 11, 8)

    def test_capaian(self, report: dict[str, Any]) -> None:
        """R / T × 100 = 146,305 / 1,500 = 29,261 / 300 (97.54 %): predikat Sangat Tinggi (≥ 91)."""
        capaian = report["targets"][0]["capaian"]
        assert Fraction(SUM * 100, TARGET) == Fraction(capaian["value"])
        assert ("97.54", "sangat_tinggi", "Sangat Tinggi") == (
            capaian["percent"],
            capaian["predikat"],
            capaian["label"],
        )

    def test_finding_kinds(self, report: dict[str, Any]) -> None:
        """Three totals, the remainder, the gap, the indicator and the restatement."""
        kinds = sorted(f["kind"] for f in report["targets"][0]["findings"])
        expected = sorted(
            [
                "remainder_mismatch",
                "total_mismatch",
                "total_mismatch",
                "total_mismatch",
                "coverage_gap",
                "indicator_mismatch",
                "consistent_restatement",
            ]
        )
        assert expected == kinds

    def test_remainder_arithmetic(self, report: dict[str, Any]) -> None:
        """150,000 − 141,624 = 8,376, not the 8,276 claimed: 8,276 − 8,376 = −100."""
        (finding,) = [
            f for f in report["targets"][0]["findings"] if f["kind"] == "remainder_mismatch"
        ]
        assert ("8276", str(TARGET - 141624), str(8276 - 8376)) == (
            finding["claimed"],
            finding["computed"],
            finding["difference"],
        )
        claims = report["targets"][0]["claims"]
        assert ["remaining", "achieved"] == [claims[i]["kind"] for i in finding["claims"]]

    def test_total_arithmetic_and_explanation(self, report: dict[str, Any]) -> None:
        """141,624 − 146,305 = −4,681; 2019–2021 alone give 27,197 + 56,000 + 58,000 = 141,197."""
        (finding,) = [
            f
            for f in report["targets"][0]["findings"]
            if f["kind"] == "total_mismatch" and f["claimed"] == "141624"
        ]
        assert (str(SUM), str(141624 - SUM)) == (finding["computed"], finding["difference"])
        # The round 56.000 and 58.000 stand for ±500 each.
        assert [str(SUM - 1000), str(SUM + 1000)] == finding["computed_interval"]
        (explanation,) = finding["explanations"]
        assert str(Y2019 + Y2020 + Y2021) == explanation["total"]
        assert "2019-01-01..2021-12-31" == explanation["period"]
        assert ["5108"] == [o["value"] for o in explanation["left_out"]]

    def test_gap(self, report: dict[str, Any]) -> None:
        """No figure covers 20 Sep – 31 Dec 2018: the term starts 2018-09-20, 2019's figure next."""
        (finding,) = [f for f in report["targets"][0]["findings"] if f["kind"] == "coverage_gap"]
        assert ["2018-09-20..2018-12-31"] == finding["periods"]
        assert "warning" == finding["severity"]

    def test_summary(self, report: dict[str, Any]) -> None:
        """Four errors, two warnings, one note: inconsistent."""
        expected = {
            "worst": "error",
            "findings": {"error": 4, "warning": 2, "info": 1},
            "inconsistent": True,
        }
        assert expected == report["summary"]

    def test_plan_and_pledge(self, report: dict[str, Any]) -> None:
        """The plan's program 10 of 45 and the pledge in its own words."""
        assert "10 of 45" == report["plan"]["programs"][0]["label"]
        (pledge,) = report["pledges"]
        assert pledge["text"].startswith("Penyerapan 150.000 tenaga kerja baru")
        assert [10] == pledge["programs"]
        assert "rilisinfo-2022-07-22" == pledge["source"]

    def test_messages_in_both_languages(self, report: dict[str, Any]) -> None:
        """Every finding carries the audit's English words and the Indonesian ones."""
        for finding in report["targets"][0]["findings"]:
            assert {"en", "id"} == set(finding["messages"])
            assert finding["messages"]["en"] != finding["messages"]["id"]

    def test_json_is_to_json_dict(self, bekasi: Assessment, report: dict[str, Any]) -> None:
        """The rendered JSON is the dict, serialised."""
        assert to_json_dict(bekasi) == report


class TestText:
    def test_indonesian(self, bekasi: Assessment) -> None:
        """Indonesian labels and notation: 146.305, 97,54 %, Sesuai jalur."""
        report = render(bekasi, lang="id")
        for expected in (
            "Realisasi                  146.305 orang",
            "Kemajuan                   97,54 %",
            "Sisa                       3.695 orang",
            "Waktu berjalan             1.380 dari 1.826 hari (75,58 %)",
            "Indeks laju                1,29",
            "Dibutuhkan per bulan       252 orang",
            "Status                     Sesuai jalur",
            "Capaian Permendagri 86     97,54 % (predikat Sangat Tinggi)",
            "Program prioritas 10 dari 45",
            "“Penyerapan 150.000 tenaga kerja baru dalam periode kepemimpinan 2018-2023”",
            "Terjemahan: Absorb 150,000 new workers during the 2018–2023 term",
            "Diklaim sisa 8.276, padahal target 150.000 dikurangi klaim 141.624 menyisakan "
            "8.376: selisih -100.",
        ):
            assert expected in report

    def test_indonesian_has_no_english_findings(self, bekasi: Assessment) -> None:
        """In Indonesian, findings are worded from their fields, not the audit's English."""
        report = render(bekasi, lang="id")
        for finding in bekasi.findings:
            assert finding.message not in report

    def test_english(self, bekasi: Assessment) -> None:
        """English labels and notation: 146,305, 97.54 %, On track, 10 of 45."""
        report = render(bekasi, lang="en")
        for expected in (
            "Achieved                  146,305 orang",
            "Progress                  97.54 %",
            "Status                    On track",
            "Priority program 10 of 45",
            "Claimed remaining 8,276, but the target 150,000 less the claimed 141,624 leaves 8,376",
        ):
            assert expected in report

    def test_audit_only_lists_findings(self, bekasi: Assessment) -> None:
        """The audit text has the findings and a summary, not the progress table."""
        audit = render_audit(bekasi, lang="en")
        assert "Summary: 4 errors, 2 warnings" in audit
        assert "Pace index" not in audit


class TestMarkdown:
    def test_structure(self, bekasi: Assessment) -> None:
        """A title, a progress table, the figures' table and numbered findings."""
        lines = render(bekasi, format="markdown").splitlines()
        assert "# Kota Bekasi: 150.000 tenaga kerja (2018–2023)" == lines[0]
        for expected in (
            "| Realisasi | 146.305 orang |",
            "| 2020 | 56.000 | angka bulat: 55.500–56.500 |",
            "| **Jumlah** | **146.305** |  |",
            "> Penyerapan 150.000 tenaga kerja baru dalam periode kepemimpinan 2018-2023",
        ):
            assert expected in lines
        assert 7 == sum(1 for line in lines if line[:3] in {f"{n}. " for n in range(1, 10)})

    def test_pipes_are_escaped(self) -> None:
        """A pipe in a unit is escaped in table cells: every table row keeps its columns."""
        jobs = Indicator(
            "A | B", "x|y", direction=Direction.INCREASE, accumulation=Accumulation.SUM
        )
        target = Target(jobs, 100, period=Period.year(2020))
        figure = Observation(Period.year(2020), 40)
        piped = Case("Pipes", indicators=[jobs], targets=[target], observations=[figure])
        lines = render(piped.assess(), format="markdown").splitlines()
        assert "| Realisasi | 40 x\\|y |" in lines
        # Each table row has as many unescaped pipes as its table's header row.
        tables: list[list[str]] = []
        previous = ""
        for line in lines:
            if line.startswith("|"):
                if not previous.startswith("|"):
                    tables.append([])
                tables[-1].append(line)
            previous = line
        assert tables
        for table in tables:
            columns = {row.replace("\\|", "").count("|") for row in table}
            assert 1 == len(columns), table


class TestCsv:
    def _rows(self, text: str, delimiter: str) -> list[list[str]]:
        return list(csv.reader(io.StringIO(text), delimiter=delimiter))

    def test_indonesian(self, bekasi: Assessment) -> None:
        """Semicolons and decimal commas: a target row, seven finding rows, the pledge's row."""
        rows = self._rows(to_csv(bekasi, lang="id"), ";")
        header, target, *findings, pledge, settings = rows
        row = dict(zip(header, target, strict=True))
        assert ("target", "146305", "97,54", "3695", "Sesuai jalur", "Sangat Tinggi") == (
            row["Baris"],
            row["Realisasi"],
            row["Kemajuan (%)"],
            row["Sisa"],
            row["Status"],
            row["Predikat"],
        )
        assert 7 == len(findings)
        assert {"temuan"} == {f[0] for f in findings}
        assert "janji" == pledge[0]
        last = dict(zip(header, settings, strict=True))
        assert "pengaturan" == last["Baris"]
        assert last["Uraian"].startswith("Pengaturan: ambang status 0,95 / 0,6 / 0;")

    def test_english(self, bekasi: Assessment) -> None:
        """Commas and decimal points; the finding rows carry claimed, computed, difference."""
        rows = self._rows(render(bekasi, format="csv", lang="en"), ",")
        header, target, *findings = rows
        assert "97.54" == dict(zip(header, target, strict=True))["Progress (%)"]
        remainder = dict(zip(header, findings[0], strict=True))
        assert ("Remainder mismatch", "8276", "8376", "-100") == (
            remainder["Kind"],
            remainder["Claimed"],
            remainder["Computed"],
            remainder["Difference"],
        )

    def test_findings_only(self, bekasi: Assessment) -> None:
        """The audit's CSV has the header, the finding rows and the settings row only."""
        rows = self._rows(render_audit(bekasi, format="csv", lang="en"), ",")
        assert ["finding"] * 7 + ["settings"] == [row[0] for row in rows[1:]]


class TestIndonesianFindings:
    def test_every_kind_is_reworded(self) -> None:
        """Overlap, percent, period value, met, conflict and date findings get Indonesian words."""
        assessment = _messy_case().assess()
        kinds = {f.kind for f in assessment.findings}
        assert {
            FindingKind.OVERLAP,
            FindingKind.PERCENT_MISMATCH,
            FindingKind.PERIOD_VALUE_MISMATCH,
            FindingKind.MET_MISMATCH,
            FindingKind.CLAIM_CONFLICT,
            FindingKind.DATE_INCONSISTENT,
        } <= kinds
        (target,) = to_json_dict(assessment)["targets"]
        for finding in target["findings"]:
            assert finding["messages"]["en"] != finding["messages"]["id"], finding["kind"]
            assert " but " not in finding["messages"]["id"]

    def test_overlap_words(self) -> None:
        """The shared days are counted: 1 January – 30 June 2019 is 181 days."""
        report = render(_messy_case().assess(), lang="id")
        assert "sama-sama mencakup 181 hari (Januari–Juni 2019)" in report

    def test_percent_finding_unit(self) -> None:
        """A percent mismatch is in percent: (40 + 10 + 30) / 100 = 80 %, not 90 %."""
        (target,) = to_json_dict(_messy_case().assess())["targets"]
        (finding,) = [
            f
            for f in target["findings"]
            if f["kind"] == "percent_mismatch" and len(f["claims"]) == 1  # against the figures
        ]
        assert ("%", "90", Fraction(80)) == (
            finding["unit"],
            finding["claimed"],
            Fraction(finding["computed"]),
        )


class TestLabels:
    def test_status_labels(self) -> None:
        """Every status has words in both languages."""
        expected = {
            PaceStatus.ACHIEVED: "Tercapai",
            PaceStatus.ON_TRACK: "Sesuai jalur",
            PaceStatus.NEEDS_ACCELERATION: "Perlu percepatan",
            PaceStatus.LIMITED_PROGRESS: "Kemajuan terbatas",
            PaceStatus.DETERIORATING: "Memburuk",
            PaceStatus.MISSED: "Tidak tercapai",
            PaceStatus.NO_DATA: "Tidak ada data",
        }
        assert expected == {s: status_label(s, "id") for s in PaceStatus}
        assert all(status_label(s, "en") for s in PaceStatus)

    def test_format_type_names_the_formats(self) -> None:
        """The ``Format`` literal lists the five formats ``render`` writes, as ``FORMATS`` does."""
        assert ("text", "markdown", "json", "csv", "html") == get_args(Format) == FORMATS

    def test_unknown_format_and_language(self, bekasi: Assessment) -> None:
        """An unknown format or language is refused with what would be accepted."""
        with pytest.raises(InvalidValueError, match="'text', 'markdown', 'json', 'csv'"):
            render(bekasi, format="xml")
        with pytest.raises(InvalidValueError, match="'id'"):
            render(bekasi, lang="fr")


class TestInconsistencies:
    def test_notes_are_not_inconsistencies(self, bekasi: Assessment) -> None:
        """The consistent restatement (INFO) is left out; errors and warnings stay."""
        expected = [f for f in bekasi.findings if f.kind is not FindingKind.CONSISTENT_RESTATEMENT]
        assert expected == list(inconsistencies(bekasi))


class TestHtml:
    def test_progress(self, bekasi: Assessment) -> None:
        """A table of the progress metrics."""
        html = progress_html(bekasi.targets[0].progress)
        assert html.startswith('<table class="pledgekit-progress">')
        assert '<td style="text-align:left">146.305 orang</td>' in html

    def test_assessment(self, bekasi: Assessment) -> None:
        """Each target's metrics and findings, in the chosen language."""
        html = assessment_html(bekasi, lang="en")
        assert "97.54 %" in html
        assert 7 == html.count('<li class="pledgekit-')

    def test_case_is_escaped(self) -> None:
        """The case's own words are escaped."""
        html = case_html(_messy_case())
        assert "Messy &lt;case&gt;" in html
        assert "<case>" not in html


class TestEveryFindingKindIsWorded:
    def test_labels_in_both_languages(self) -> None:
        """Every kind of finding and every severity has a label in Indonesian and English."""
        from pledgekit import Severity
        from pledgekit.messages import catalogue

        for lang in ("id", "en"):
            assert set(FindingKind) == set(catalogue(lang).kinds)
            assert set(Severity) == set(catalogue(lang).severities)


class TestFiguresSetAside:
    def test_outside_the_target_period_is_listed(self) -> None:
        """A 2018 figure for a 2019–2020 target is listed as not counted, and in the JSON."""
        import datetime as dt

        from pledgekit import Accumulation, Case, Direction, Indicator, Observation, Period, Target
        from pledgekit.report import render, to_json_dict

        jobs = Indicator(
            "Jobs", "persons", direction=Direction.INCREASE, accumulation=Accumulation.SUM
        )
        target = Target(jobs, 100, period=Period.years(2019, 2020))
        early = Observation(Period.year(2018), 7)
        case = Case(
            "x",
            indicators=[jobs],
            targets=[target],
            observations=[early, Observation(Period.year(2019), 40)],
        )
        assessment = case.assess(dt.date(2019, 12, 31))
        assert "Not counted (their period is not within the target period):" in render(
            assessment, lang="en"
        )
        (entry,) = to_json_dict(assessment)["targets"]
        assert ["7"] == [o["value"] for o in entry["progress"]["outside"]]


# -- No grade without a figure ----------------------------------------------------------

# A level indicator and a flow, each with a 2023 target and no 2023 figure, and a
# 2019–2023 level target whose last figure is that of 2022.
_UNEMPLOYMENT = Indicator(
    "Pengangguran", "%", direction=Direction.DECREASE, accumulation=Accumulation.LAST, id="tpt"
)
_JOBS = Indicator(
    "Tenaga kerja", "orang", direction=Direction.INCREASE, accumulation=Accumulation.SUM, id="jobs"
)
_END_2023 = dt.date(2023, 12, 31)


def _empty_years() -> Assessment:
    """2023 targets without a 2023 figure (a level from 7.44 to 7.00, 30,000 jobs), and a term."""
    return Case(
        "Empty years",
        indicators=[_UNEMPLOYMENT, _JOBS],
        targets=[
            Target(_UNEMPLOYMENT, "7.00", baseline="7.44", period=Period.year(2023), id="tpt-2023"),
            Target(_JOBS, 30000, period=Period.year(2023), id="jobs-2023"),
            Target(
                _UNEMPLOYMENT,
                "7.00",
                baseline="7.44",
                period=Period.years(2019, 2023),
                id="tpt-term",
            ),
        ],
        observations=[
            Observation(Period.year(2022), "7.20", indicator=_UNEMPLOYMENT),
            Observation(Period.year(2022), 29000, indicator=_JOBS),
        ],
    ).assess(_END_2023)


@pytest.fixture(scope="module")
def empty_years() -> Assessment:
    return _empty_years()


class TestCapaianWithoutAFigure:
    """(14 − 7.44) / 7 = 93.71 % Sangat Tinggi and 0 / 30,000 = 0 % Sangat Rendah are gone."""

    def test_json_is_null_with_a_reason(self, empty_years: Assessment) -> None:
        """No counted figure: value, percent, predikat and label null, reason "no_figure"."""
        level, flow, _ = to_json_dict(empty_years)["targets"]
        for capaian in (level["capaian"], flow["capaian"]):
            assert (None, None, None, None, None, "no_figure") == (
                capaian["realisasi"],
                capaian["value"],
                capaian["percent"],
                capaian["predikat"],
                capaian["label"],
                capaian["reason"],
            )
            assert {"id": "tidak ada angka yang dihitung", "en": "no figure counted"} == (
                capaian["reason_messages"]
            )
        assert "93.71" != level["capaian"]["percent"]
        assert "0.00" != flow["capaian"]["percent"]

    def test_json_names_the_year_of_a_level(self, empty_years: Assessment) -> None:
        """The term is rated on 2022's 7.20: (14 − 7.20) / 7 = 680/7 ≈ 97.14 %, figure period 2022."""
        capaian = to_json_dict(empty_years)["targets"][2]["capaian"]
        assert ("7.20", "680/7", "97.14", "sangat_tinggi", None) == (
            capaian["realisasi"],
            capaian["value"],
            capaian["percent"],
            capaian["predikat"],
            capaian["reason"],
        )
        assert "2022-01-01..2022-12-31" == capaian["figure_period"]

    def test_bekasi_json_has_no_reason(self, report: dict[str, Any]) -> None:
        """A summed indicator with figures: no reason, no figure period."""
        capaian = report["targets"][0]["capaian"]
        assert (None, None, None) == (
            capaian["reason"],
            capaian["reason_messages"],
            capaian["figure_period"],
        )

    @pytest.mark.parametrize(
        ("lang", "empty", "stale"),
        [
            (
                "id",
                "Capaian Permendagri 86     — (tidak ada angka yang dihitung)",
                "Capaian Permendagri 86     97,14 % (predikat Sangat Tinggi; angka 2022)",
            ),
            (
                "en",
                "Capaian (Permendagri 86)  — (no figure counted)",
                "Capaian (Permendagri 86)  97.14 % (predikat Sangat Tinggi; figure of 2022)",
            ),
        ],
    )
    def test_text(self, empty_years: Assessment, lang: str, empty: str, stale: str) -> None:
        """The text says "no figure" twice (both 2023 targets) and names 2022 for the term."""
        lines = [line.strip() for line in render(empty_years, lang=lang).splitlines()]
        assert 2 == lines.count(empty)
        assert 1 == lines.count(stale)
        assert not any("Sangat Rendah" in line or "93" in line for line in lines if "86" in line)

    def test_markdown(self, empty_years: Assessment) -> None:
        """Markdown rows say "no figure counted" and "figure of 2022"."""
        text = render(empty_years, format="markdown", lang="en")
        assert 2 == text.count("| Capaian (Permendagri 86) | — (no figure counted) |")
        assert (
            "| Capaian (Permendagri 86) | 97.14 % (predikat Sangat Tinggi; figure of 2022) |"
            in (text)
        )

    def test_html(self, empty_years: Assessment) -> None:
        """The HTML rows say "tidak ada angka yang dihitung" and "angka 2022"."""
        page = assessment_html(empty_years)
        assert 2 == page.count("— (tidak ada angka yang dihitung)")
        assert "97,14 % (predikat Sangat Tinggi; angka 2022)" in page

    def test_csv_leaves_the_cells_empty_and_says_why(self, empty_years: Assessment) -> None:
        """Empty capaian and predikat cells, the reason in "Keterangan capaian", 2022 as an ISO interval."""
        header, *rows = csv.reader(io.StringIO(to_csv(empty_years)), delimiter=";")
        level, flow, term = (dict(zip(header, row, strict=True)) for row in rows[:3])
        for row in (level, flow):
            assert ("", "", "tidak ada angka yang dihitung", "") == (
                row["Capaian Permendagri 86 (%)"],
                row["Predikat"],
                row["Keterangan capaian"],
                row["Periode angka capaian"],
            )
        assert ("97,14", "Sangat Tinggi", "", "2022-01-01/2022-12-31") == (
            term["Capaian Permendagri 86 (%)"],
            term["Predikat"],
            term["Keterangan capaian"],
            term["Periode angka capaian"],
        )

    def test_records(self, empty_years: Assessment) -> None:
        """Records: capaian and predikat None with capaian_reason "no_figure"; the term from 2022."""
        from pledgekit.io import to_records

        level, flow, term = to_records(empty_years)
        for row in (level, flow):
            assert (None, None, "no_figure", None, None) == (
                row["capaian"],
                row["predikat"],
                row["capaian_reason"],
                row["capaian_figure_start"],
                row["capaian_figure_end"],
            )
        assert ("97.14", "sangat_tinggi", None, "2022-01-01", "2022-12-31") == (
            term["capaian"],
            term["predikat"],
            term["capaian_reason"],
            term["capaian_figure_start"],
            term["capaian_figure_end"],
        )

    @pytest.mark.parametrize(
        ("figures", "as_of", "stale"),
        [
            ((2022, 2023), _END_2023, False),  # the 2023 level: the period's own last year
            ((2021, 2022), dt.date(2022, 12, 31), False),  # the latest level as of its date
            ((2021, 2022), dt.date(2023, 6, 30), True),  # six months later: say 2022
        ],
    )
    def test_figure_year_only_when_earlier(
        self, figures: tuple[int, int], as_of: dt.date, stale: bool
    ) -> None:
        """Says "figure of 2022" only when the rated level ends before the date the report speaks of."""
        target = Target(_UNEMPLOYMENT, "7.00", baseline="7.44", period=Period.years(2019, 2023))
        case = Case(
            "Levels",
            indicators=[_UNEMPLOYMENT],
            targets=[target],
            observations=[
                Observation(Period.year(y), "7.20", indicator=_UNEMPLOYMENT) for y in figures
            ],
        )
        (line,) = [
            line for line in render(case.assess(as_of), lang="en").splitlines() if "86" in line
        ]
        assert stale == ("figure of" in line)
        assert "97.14 % (predikat Sangat Tinggi" in line  # (14 − 7.20) / 7 = 680/7

    def test_sum_beyond_the_digit_limits_is_rated(self) -> None:
        """Figures of 10³⁰ − 1 and 1 sum to 10³⁰ (31 digits): rated 1000 % of 10²⁹, not dropped."""
        target = Target(_JOBS, 10**29, period=Period.years(2019, 2020), id="big")
        figures = [
            Observation(Period.year(2019), 10**30 - 1, indicator=_JOBS),
            Observation(Period.year(2020), 1, indicator=_JOBS),
        ]
        case = Case("Big", indicators=[_JOBS], targets=[target], observations=figures)
        capaian = to_json_dict(case.assess())["targets"][0]["capaian"]
        assert (str(10**30), "1000/1", "sangat_tinggi", None) == (
            capaian["realisasi"],
            capaian["value"],
            capaian["predikat"],
            capaian["reason"],
        )

    def test_zero_target_says_so(self) -> None:
        """A target of zero: no rate, reason "zero_target", in words in the text."""
        target = Target(_UNEMPLOYMENT, 0, baseline=1, period=Period.year(2023), id="zero")
        case = Case(
            "Zero",
            indicators=[_UNEMPLOYMENT],
            targets=[target],
            observations=[Observation(Period.year(2023), 0, indicator=_UNEMPLOYMENT)],
        )
        assessment = case.assess()
        assert "zero_target" == to_json_dict(assessment)["targets"][0]["capaian"]["reason"]
        assert "— (the target is zero)" in render(assessment, lang="en")


# -- The caller's decimal context -------------------------------------------------------

_HOSTILE = {"prec": 5, "rounding": decimal.ROUND_FLOOR, "Emax": 10, "Emin": -10}


class TestReportUnderTheCallersContext:
    def test_bekasi_reports_are_identical(self) -> None:
        """Loaded, assessed and rendered under prec 5 / ROUND_FLOOR / Emax 10: the same JSON and text."""

        def reports() -> tuple[str, ...]:
            assessment = load(BEKASI).assess()
            return (
                render(assessment, format="json"),
                render(assessment, format="text", lang="id"),
                render(assessment, format="text", lang="en"),
                render(assessment, format="csv"),
            )

        expected = reports()
        with decimal.localcontext(**_HOSTILE):
            actual = reports()
        assert expected == actual

    def test_bekasi_json_figures_are_exact(self) -> None:
        """Under the hostile context the sum is still 146,305 and the ratio 29,261 / 30,000."""
        with decimal.localcontext(**_HOSTILE):
            progress = to_json_dict(load(BEKASI).assess())["targets"][0]["progress"]
        assert ("146305", "29261/30000", "3695") == (
            progress["achieved"],
            progress["ratio"],
            progress["shortfall"],
        )

    def test_exactly_met_target_never_prints_minus_zero(self) -> None:
        """100 of 100 under ROUND_FLOOR: surplus and shortfall are "0", never "-0", in JSON and CSV."""
        jobs = Indicator(
            "Jobs", "persons", direction=Direction.INCREASE, accumulation=Accumulation.SUM
        )
        case = Case(
            "Met",
            indicators=[jobs],
            targets=[Target(jobs, 100, period=Period.year(2019), id="met")],
            observations=[Observation(Period.year(2019), 100)],
        )
        with decimal.localcontext(**_HOSTILE):
            assessment = case.assess()
            report = to_json(assessment)
            table = to_csv(assessment, lang="en")
        progress = json.loads(report)["targets"][0]["progress"]
        assert ("0", "0", True) == (progress["surplus"], progress["shortfall"], progress["is_met"])
        assert not re.search(r'"-0(\.0*)?"', report)
        assert not re.search(r"(^|,)-0(\.0*)?(,|$)", table, re.MULTILINE)

    def test_records_never_print_minus_zero(self) -> None:
        """Records of 100 of 100 under ROUND_FLOOR: surplus "0"; a level of 1E+5 reads "100000"."""
        from pledgekit.io import to_records

        level = Indicator(
            "Level", "x", direction=Direction.INCREASE, accumulation=Accumulation.LAST
        )
        case = Case(
            "Met",
            indicators=[level],
            targets=[Target(level, "1E+5", period=Period.year(2019), id="met")],
            observations=[Observation(Period.year(2019), "1E+5")],
        )
        with decimal.localcontext(**_HOSTILE, capitals=0):
            (row,) = to_records(case.assess())
        assert ("100000", "100000", "0", "0", "100.00") == (
            row["target"],
            row["achieved"],
            row["surplus"],
            row["shortfall"],
            row["capaian"],
        )


# -- Straddling figures in the headline, and findings worded from their fields ---------


def _roads(straddling: str) -> Assessment:
    """A roads term from 20 Sept 2019 measured by calendar-year figures."""
    roads = Indicator("Jalan", "km", direction=Direction.INCREASE, accumulation=Accumulation.SUM)
    target = Target(roads, 815, period=Period.term(dt.date(2019, 9, 20)), id="roads")
    case = Case(
        "Roads",
        indicators=[roads],
        targets=[target],
        observations=[
            Observation(Period.year(2019), "142.5"),
            Observation(Period.year(2020), 200),
        ],
    )
    return case.assess(dt.date(2020, 12, 31), evaluation=Evaluation(straddling=straddling))


# The label column is as wide as the widest label, "Proyeksi (laju rata-rata)" (25).
NOT_COUNTED_ID = (
    "  Tidak dihitung             2019 (142,5 km) melewati awal periode target, "
    '20 September 2019 (straddling = "include" menghitungnya)'
)
FIGURE_EN = "2019 (142.5 km) straddles the start of the target period, 20 September 2019"
NOT_COUNTED_EN = FIGURE_EN + ' (straddling = "include" counts it)'


class TestStraddlingHeadline:
    def test_text_says_what_was_not_counted(self) -> None:
        """Only 2020 counts (200 km); the headline says 2019's 142,5 km was left out and why."""
        text = render(_roads("exclude"), lang="id")
        assert "  Realisasi                  200 km" in text
        assert NOT_COUNTED_ID in text

    def test_every_format_shows_it(self) -> None:
        """Text, Markdown, HTML, CSV and JSON all carry the disclosure."""
        assessment = _roads("exclude")
        assert f"Not counted               {NOT_COUNTED_EN}" in render(assessment, lang="en")
        assert f"| Not counted | {NOT_COUNTED_EN} |" in render(
            assessment, format="markdown", lang="en"
        )
        assert html.escape(NOT_COUNTED_EN) in assessment_html(assessment, lang="en")
        assert html.escape(NOT_COUNTED_EN) in progress_html(
            assessment.targets[0].progress, lang="en"
        )
        (header, row) = list(csv.reader(io.StringIO(to_csv(assessment, lang="en"))))[:2]
        assert f"Not counted: {NOT_COUNTED_EN}" == row[header.index("Straddling figures")]
        progress = to_json_dict(assessment)["targets"][0]["progress"]
        assert "exclude" == progress["straddling_policy"]
        ((figure,),) = [progress["straddling"]]
        assert ("142.5", "start", False, FIGURE_EN) == (
            figure["value"],
            figure["edge"],
            figure["counted"],
            figure["messages"]["en"],
        )

    def test_include_says_they_were_counted(self) -> None:
        """Included: 142,5 + 200 = 342,5 km, and the headline says 2019 was counted whole."""
        text = render(_roads("include"), lang="en")
        assert "Achieved                  342.5 km" in text
        assert (
            "Counted whole             2019 (142.5 km) straddles the start of the target period, "
            '20 September 2019 (straddling = "include")'
        ) in text
        assert to_json_dict(_roads("include"))["targets"][0]["progress"]["straddling"][0]["counted"]

    def test_no_row_without_straddling(self, bekasi: Assessment) -> None:
        """Bekasi has no straddling figure: no such row, an empty CSV cell."""
        assert "Tidak dihitung  " not in render(bekasi, lang="id").split("Realisasi per periode")[0]
        (header, row) = list(csv.reader(io.StringIO(to_csv(bekasi, lang="en"))))[:2]
        assert "" == row[header.index("Straddling figures")]


class TestStraddlingFindingWords:
    def test_gap_names_the_straddling_figure(self) -> None:
        """20 Sept–31 Dec 2019 (11 + 31 + 30 + 31 = 103 days) is covered by the uncounted 2019."""
        (target,) = to_json_dict(_roads("exclude"))["targets"]
        (gap,) = [f for f in target["findings"] if f["kind"] == "coverage_gap"]
        assert gap["messages"]["en"].startswith(
            "no counted figure covers 20 September 2019 – 31 December 2019 (103 days"
        )
        assert (
            "a straddling figure (2019, 142.5) covers these days but is not counted; "
            'straddling = "include" counts it'
        ) in gap["messages"]["en"]
        assert (
            "angka yang melewati batas periode (2019, 142,5) mencakup hari-hari ini tetapi tidak "
            'dihitung; straddling = "include" menghitungnya'
        ) in gap["messages"]["id"]
        assert "no figure covers" not in gap["messages"]["en"]

    def test_fiscal_year_hint(self) -> None:
        """A five-year term from 20 Sept 2019 with whole-year figures: 2019..2023 may be meant."""
        (target,) = to_json_dict(_roads("exclude"))["targets"]
        for finding in target["findings"]:
            assert "2019-01-01..2023-12-31" == finding["suggested_period"]
            assert 'give the period as "2019..2023"' in finding["messages"]["en"]
            assert 'tulis periodenya "2019..2023"' in finding["messages"]["id"]

    def test_straddles_finding_follows_the_policy(self) -> None:
        """Excluded: a warning, 'not counted'; included: a note, 'counted whole'."""
        for policy, severity, en, id_ in (
            ("exclude", "warning", "so it is not counted", "sehingga tidak dihitung"),
            ("include", "info", "and it is counted whole", "dan dihitung utuh"),
        ):
            (target,) = to_json_dict(_roads(policy))["targets"]
            (finding,) = [f for f in target["findings"] if f["kind"] == "straddles_period"]
            assert (severity, policy) == (finding["severity"], finding["straddling"])
            assert en in finding["messages"]["en"]
            assert id_ in finding["messages"]["id"]


class TestFindingWordsFromFields:
    def test_unverifiable_claim_in_indonesian(self) -> None:
        """Bekasi, 16 Feb 2023: 150.688 is 4.383 more than the 146.305 counted, over 334 days."""
        case = load(BEKASI)
        target = case.targets[0]
        later = Claim(ClaimKind.ACHIEVED, 150688, dt.date(2023, 2, 16), target=target)
        assessed = attrs.evolve(case, claims=[later]).assess().for_target(target.id)
        (finding,) = [f for f in assessed.findings if f.kind is FindingKind.UNVERIFIABLE_CLAIM]
        words = render(attrs.evolve(case, claims=[later]).assess(), lang="id")
        assert (
            "Diklaim 150.688 per 16 Februari 2023, 4.383 lebih banyak dari jumlah angka-angkanya "
            "(146.305, atau 145.305 sampai 147.305 dengan memperhitungkan pembulatan)"
        ) in words
        assert "(334 hari dari periode target sampai 16 Februari 2023)" in words
        assert "hanya batas bawah, bukan jumlah" in words
        assert Decimal(4383) == finding.difference

    @pytest.mark.parametrize(
        ("dateline", "stated_on", "as_of", "words"),
        [
            (
                "Kamis (22/7/2022)",
                dt.date(2022, 7, 22),
                dt.date(2020, 6, 30),
                "tanggal tertulis 'Kamis (22/7/2022)' menyebut hari yang salah: Jumat, 22 Juli 2022",
            ),
            (
                "31/6/2022",
                dt.date(2022, 7, 22),
                dt.date(2020, 6, 30),
                "tanggal tertulis '31/6/2022' bukan tanggal yang ada atau tidak dapat dibaca",
            ),
            (
                "Jumat (15/7/2022)",
                dt.date(2022, 7, 22),
                dt.date(2020, 6, 30),
                "tanggal tertulis 'Jumat (15/7/2022)' terbaca 15 Juli 2022, bukan 22 Juli 2022",
            ),
            (
                None,
                dt.date(2020, 6, 1),
                dt.date(2020, 6, 30),
                "klaim ini tentang 30 Juni 2020, sesudah hari dinyatakannya, 1 Juni 2020",
            ),
            (
                None,
                None,
                dt.date(2018, 12, 31),
                "tanggalnya, 31 Desember 2018, di luar periode target 2019–2020",
            ),
        ],
    )
    def test_date_problem_in_indonesian(
        self, dateline: str | None, stated_on: dt.date | None, as_of: dt.date, words: str
    ) -> None:
        """Each date problem gets its own Indonesian words, not only 'tidak cocok'."""
        jobs = Indicator(
            "Jobs", "orang", direction=Direction.INCREASE, accumulation=Accumulation.SUM
        )
        target = Target(jobs, 100, period=Period.years(2019, 2020))
        said = Claim(
            ClaimKind.ACHIEVED, 0, as_of, stated_on=stated_on, dateline=dateline, target=target
        )
        case = Case("Dates", indicators=[jobs], targets=[target], claims=[said])
        (finding,) = [
            f
            for f in to_json_dict(case.assess())["targets"][0]["findings"]
            if f["kind"] == "date_inconsistent"
        ]
        assert f"tanggal-tanggal klaim realisasi tidak cocok: {words}" == finding["messages"]["id"]

    def test_one_mission(self) -> None:
        """A program under one mission says 'mission 2', not 'missions 2'."""
        from pledgekit.messages import catalogue
        from pledgekit.report._rows import _program_text

        plan = Plan(
            "RPJMD",
            Period.years(2019, 2020),
            vision="Maju",
            missions=[Mission(2, "Ekonomi"), Mission(3, "Sosial")],
            programs=[Program(1, "Kerja", missions=[2]), Program(4, "Sehat", missions=[2, 3])],
        )
        assert "Priority program 1: Kerja (mission 2)" == _program_text(plan, 1, catalogue("en"))
        assert "(missions 2, 3)" in _program_text(plan, 4, catalogue("en"))
        assert "Program prioritas 1: Kerja (misi 2)" == _program_text(plan, 1, catalogue("id"))


class TestUnverifiableUnit:
    def test_percent_claim_is_in_percent(self, bekasi: Assessment) -> None:
        """An unverifiable percentage claim carries the unit '%' in JSON and CSV."""
        case = load(BEKASI)
        target = case.targets[0]
        said = Claim(ClaimKind.PERCENT, 99, dt.date(2023, 2, 16), target=target)
        assessment = attrs.evolve(case, claims=[said]).assess()
        (json_target,) = to_json_dict(assessment)["targets"]
        (finding,) = [f for f in json_target["findings"] if f["kind"] == "unverifiable_claim"]
        assert "%" == finding["unit"]
        rows = list(csv.reader(io.StringIO(to_csv(assessment, lang="en", findings_only=True))))
        header, (row,) = (
            rows[0],
            [r for r in rows[1:] if r[rows[0].index("Kind")] == "Unverifiable claim"],
        )
        assert "%" == row[header.index("Unit")]


class TestTextLayout:
    def test_words_line_up_from_finding_ten(self) -> None:
        """Finding 10's words start under its kind: 4 + len('10. ') = 8 spaces."""
        lines = render_audit(_messy_case().assess(), lang="en").splitlines()
        (at,) = [i for i, line in enumerate(lines) if line.startswith("    10. [")]
        assert lines[at + 1].startswith(" " * 8 + "10 and 80")
        (first,) = [i for i, line in enumerate(lines) if line.startswith("    1. [")]
        assert lines[first + 1].startswith(" " * 7 + "Claimed 10")
