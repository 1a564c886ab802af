"""Targets as plans write them, in every report: schedule, revision, comparison, late.

Each case is built here with figures stated beside it (they are the test's own, chosen
to be worked out by hand, not official statistics), and every expected number comes
from the arithmetic in the comment above it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from pledgekit import (
    Accumulation,
    Case,
    Claim,
    ClaimKind,
    Direction,
    Indicator,
    Observation,
    Period,
    Revision,
    Source,
    Target,
)
from pledgekit._case import Assessment
from pledgekit.io import load
from pledgekit.messages import Language
from pledgekit.report import assessment_html, render, render_audit, to_csv, to_json_dict
from pledgekit.report._json import _target_json

LANGS: tuple[Language, ...] = ("en", "id")
BEKASI = Path(__file__).parent.parent / "examples" / "bekasi" / "case.toml"


# -- The cases ---------------------------------------------------------------------------


def schedule_case() -> Assessment:
    """2 million jobs a year toward 10 million, 2015–2019, assessed at the end of 2017.

    Figures: 2015 1,800,000; 2016 2,100,000; 2017 1,500,000.
    """
    jobs = Indicator(
        "Lapangan kerja baru",
        "orang",
        direction=Direction.INCREASE,
        accumulation=Accumulation.SUM,
        id="jobs",
    )
    target = Target(
        jobs,
        10_000_000,
        period=Period.years(2015, 2019),
        schedule={Period.year(year): 2_000_000 for year in range(2015, 2020)},
        id="jobs-10m",
    )
    figures = [
        Observation(Period.year(2015), 1_800_000),
        Observation(Period.year(2016), 2_100_000),
        Observation(Period.year(2017), 1_500_000),
    ]
    case = Case("Jobs", indicators=[jobs], targets=[target], observations=figures)
    return case.assess(dt.date(2017, 12, 31))


#: The document that revises the entrepreneurs' target (named for the test).
REVISING = Source("Pemprov DKI Jakarta", "RPJMD 2017–2022 perubahan", id="rpjmd-perubahan")


def revised_case(as_of: dt.date = dt.date(2020, 12, 31)) -> Assessment:
    """200,000 new entrepreneurs, revised to 278,971 from 1 September 2019.

    Figures: 2018 60,000; 2019 80,000; 2020 70,000.
    """
    entrepreneurs = Indicator(
        "Wirausaha baru",
        "orang",
        direction=Direction.INCREASE,
        accumulation=Accumulation.SUM,
        id="okoce",
    )
    target = Target(
        entrepreneurs,
        200_000,
        period=Period.years(2018, 2022),
        revisions=[Revision(dt.date(2019, 9, 1), 278_971, source=REVISING, note="RPJMD perubahan")],
        id="okoce",
    )
    figures = [
        Observation(Period.year(2018), 60_000),
        Observation(Period.year(2019), 80_000),
        Observation(Period.year(2020), 70_000),
    ]
    case = Case(
        "OK OCE",
        indicators=[entrepreneurs],
        targets=[target],
        observations=figures,
        sources=[REVISING],
    )
    return case.assess(as_of)


def one_digit_case(last: str) -> Assessment:
    """A poverty rate less than 10 % ("satu digit kemiskinan"), from 10.96 %, 2015–2019.

    Levels: 2016 10.70; 2017 10.12; 2018 ``last``; assessed at the end of 2018.
    """
    poverty = Indicator(
        "Persentase penduduk miskin",
        "%",
        direction=Direction.DECREASE,
        accumulation=Accumulation.LAST,
        id="poverty",
    )
    target = Target(
        poverty,
        "10",
        baseline="10.96",
        comparison="less_than",
        period=Period.years(2015, 2019),
        id="satu-digit",
    )
    figures = [
        Observation(Period.year(2016), "10.70"),
        Observation(Period.year(2017), "10.12"),
        Observation(Period.year(2018), last),
    ]
    case = Case("Satu digit", indicators=[poverty], targets=[target], observations=figures)
    return case.assess(dt.date(2018, 12, 31))


def range_case() -> Assessment:
    """Growth of 7–8 % from 4.88 %, 2015–2019; levels 2018 5.17, 2019 5.02."""
    growth = Indicator(
        "Pertumbuhan ekonomi",
        "%",
        direction=Direction.INCREASE,
        accumulation=Accumulation.LAST,
        id="growth",
    )
    target = Target(
        growth, ["7", "8"], baseline="4.88", period=Period.years(2015, 2019), id="growth-7-8"
    )
    figures = [Observation(Period.year(2018), "5.17"), Observation(Period.year(2019), "5.02")]
    return Case("Growth", indicators=[growth], targets=[target], observations=figures).assess()


def late_case() -> Assessment:
    """1,000 houses in 2019: 800 built in 2019, 300 more in 2020 (assessed at its end)."""
    houses = Indicator(
        "Rumah layak huni",
        "unit",
        direction=Direction.INCREASE,
        accumulation=Accumulation.SUM,
        id="houses",
    )
    target = Target(houses, 1000, period=Period.year(2019), id="houses-2019")
    figures = [Observation(Period.year(2019), 800), Observation(Period.year(2020), 300)]
    return Case("Houses", indicators=[houses], targets=[target], observations=figures).assess()


def target_json(assessment: Assessment) -> dict[str, Any]:
    (target,) = to_json_dict(assessment)["targets"]
    data: dict[str, Any] = target
    return data


def rows_of(text: str) -> dict[str, str]:
    """The labelled rows of a text report: label → value (two spaces or more apart)."""
    rows = {}
    for line in text.splitlines():
        if line.startswith("  ") and "  " in line.strip():
            label, value = line.strip().split("  ", 1)
            rows[label] = value.strip()
    return rows


def csv_target_row(assessment: Assessment, lang: Language) -> dict[str, str]:
    """The target row of the CSV report, by the English column names."""
    delimiter = "," if lang == "en" else ";"
    english = next(csv.reader(io.StringIO(to_csv(assessment, lang="en"))))
    rows = list(csv.reader(io.StringIO(to_csv(assessment, lang=lang)), delimiter=delimiter))
    return dict(zip(english, rows[1], strict=True))


# -- JSON --------------------------------------------------------------------------------


class TestScheduleJson:
    def test_schedule_entries_in_period_order(self) -> None:
        """Five entries of 2,000,000, one per year, each with its realisasi and capaian."""
        target = target_json(schedule_case())
        assert [f"{year}-01-01..{year}-12-31" for year in range(2015, 2020)] == [
            e["period"] for e in target["schedule"]
        ]
        assert {"2000000"} == {e["value"] for e in target["schedule"]}
        # 1.8 / 2 = 90 %, 2.1 / 2 = 105 %, 1.5 / 2 = 75 %; 2018 and 2019 are not due yet.
        assert ["1800000", "2100000", "1500000", None, None] == [
            e["realisasi"] for e in target["schedule"]
        ]
        assert ["90/1", "105/1", "75/1", None, None] == [
            e["capaian"]["value"] for e in target["schedule"]
        ]

    def test_interim_target_in_force(self) -> None:
        """At 31 December 2017 the 2017 entry is in force: 6,000,000 due, 600,000 short."""
        progress = target_json(schedule_case())["progress"]
        # Due by the end of 2017: 2,000,000 × 3 = 6,000,000.
        # Achieved: 1,800,000 + 2,100,000 + 1,500,000 = 5,400,000; short 600,000.
        expected = {
            "period": "2017-01-01..2017-12-31",
            "value": "2000000",
            "level_due": "6000000",
            "shortfall": "600000",
        }
        assert expected == progress["interim"]
        assert "5400000" == progress["achieved"]
        # Against the final 10,000,000: 5,400,000 / 10,000,000 = 27/50 = 54 %.
        assert ("27/50", "54.00", "4600000") == (
            progress["ratio"],
            progress["percent"],
            progress["shortfall"],
        )

    def test_expected_follows_the_schedule(self) -> None:
        """At the end of 2017 the path is what is due then, 6,000,000, not the straight line."""
        # The straight line would give 10,000,000 × 1096 / 1826 (365 + 366 + 365 days).
        assert "6000000/1" == target_json(schedule_case())["progress"]["expected"]

    def test_no_revision_no_original(self) -> None:
        """An unrevised target: no revisions, no original value, no original progress."""
        target = target_json(schedule_case())
        assert ([], None, None) == (
            target["revisions"],
            target["original_value"],
            target["progress_original"],
        )
        assert ("10000000", "at_least") == (target["value"], target["comparison"])


class TestRevisionJson:
    def test_value_in_force_and_original(self) -> None:
        """From 1 September 2019 the value is 278,971; the original 200,000 stands beside it."""
        target = target_json(revised_case())
        assert ("278971", "200000") == (target["value"], target["original_value"])
        assert "278971" == target["capaian"]["target"]

    def test_revisions_oldest_first(self) -> None:
        """The revision with its date, value, source id, note and (empty) schedule."""
        expected = [
            {
                "on": "2019-09-01",
                "value": "278971",
                "source": "rpjmd-perubahan",
                "note": "RPJMD perubahan",
                "schedule": [],
            }
        ]
        assert expected == target_json(revised_case())["revisions"]

    def test_progress_against_the_value_in_force(self) -> None:
        """210,000 of 278,971: 30000/39853, 75.28 %, 68,971 short."""
        progress = target_json(revised_case())["progress"]
        # 60,000 + 80,000 + 70,000 = 210,000; 278,971 = 7 × 39,853, 210,000 = 7 × 30,000.
        # 3,000,000 / 39,853 = 75.276... → 75.28; 278,971 − 210,000 = 68,971.
        assert ("210000", "30000/39853", "75.28", "68971", False) == (
            progress["achieved"],
            progress["ratio"],
            progress["percent"],
            progress["shortfall"],
            progress["is_met"],
        )
        assert (None, None) == (progress["met_on"], progress["late_days"])

    def test_progress_against_the_original(self) -> None:
        """210,000 of 200,000: 21/20, 105 %, 10,000 over, met with the 2020 figure."""
        original = target_json(revised_case())["progress_original"]
        # 210,000 / 200,000 = 21/20; 210,000 − 200,000 = 10,000. The running sum is
        # 60,000, 140,000, 210,000: it passes 200,000 with 2020, in the period (0 late).
        assert ("21/20", "105.00", "0", "10000", True, "achieved") == (
            original["ratio"],
            original["percent"],
            original["shortfall"],
            original["surplus"],
            original["is_met"],
            original["status"],
        )
        assert ("2020-12-31", 0) == (original["met_on"], original["late_days"])

    def test_before_the_revision(self) -> None:
        """At the end of 2018 the original value is in force; the revision is still listed."""
        target = target_json(revised_case(dt.date(2018, 12, 31)))
        assert ("200000", None, None) == (
            target["value"],
            target["original_value"],
            target["progress_original"],
        )
        assert ["2019-09-01"] == [r["on"] for r in target["revisions"]]
        # 60,000 / 200,000 = 3/10.
        assert "3/10" == target["progress"]["ratio"]


class TestComparisonJson:
    def test_less_than_met_below(self) -> None:
        """9.66 < 10: met, 0.34 beyond, met with the 2018 figure, on time."""
        target = target_json(one_digit_case("9.66"))
        progress = target["progress"]
        assert ("less_than", "10") == (target["comparison"], target["value"])
        # 10 − 9.66 = 0.34; (10.96 − 9.66) / (10.96 − 10) = 1.30 / 0.96 = 65/48.
        assert (True, "0", "0.34", "65/48") == (
            progress["is_met"],
            progress["shortfall"],
            progress["surplus"],
            progress["ratio"],
        )
        assert ("2018-12-31", 0) == (progress["met_on"], progress["late_days"])

    def test_less_than_not_met_at_the_value(self) -> None:
        """10.00 is not less than 10: nothing short, yet not met, and no met_on."""
        progress = target_json(one_digit_case("10.00"))["progress"]
        # (10.96 − 10.00) / (10.96 − 10) = 1.
        assert (False, "0", "0", "1/1", None, None) == (
            progress["is_met"],
            progress["shortfall"],
            progress["surplus"],
            progress["ratio"],
            progress["met_on"],
            progress["late_days"],
        )

    def test_range_end_to_end(self) -> None:
        """A range target's report, once the case file writes ranges: [7, 8], within."""
        try:
            target = target_json(range_case())
        except ValueError:
            pytest.xfail("the case file's converter writes no range target yet")
        assert (["7", "8"], "within") == (target["value"], target["comparison"])

    def test_range_values(self) -> None:
        """7–8 % from 4.88 %: the near bound 7 counts, 5.02 is 1.98 short, 7/106 of the way."""
        (assessed,) = range_case().targets
        target = _target_json(lambda item: {}, assessed)  # the report's own keys only
        progress = target["progress"]
        assert (["7", "8"], "within", None) == (
            target["value"],
            target["comparison"],
            target["original_value"],
        )
        # 7 − 5.02 = 1.98; (5.02 − 4.88) / (7 − 4.88) = 0.14 / 2.12 = 7/106 = 6.603... %.
        assert ("5.02", "1.98", "7/106", "6.60", False) == (
            progress["achieved"],
            progress["shortfall"],
            progress["ratio"],
            progress["percent"],
            progress["is_met"],
        )
        assert ["7", "8"] == target["capaian"]["target"]


class TestMetLateJson:
    def test_met_on_and_late_days(self) -> None:
        """The 2019 target of 1,000 is met by the 2020 figure: 31 December 2020, 366 days late."""
        progress = target_json(late_case())["progress"]
        # Counted toward 2019: 800 only (short 200, missed). With 2020: 800 + 300 = 1,100
        # ≥ 1,000, so met_on is the end of 2020. Days from 2019-12-31 to 2020-12-31: 2020
        # is a leap year, 31+29+31+30+31+30+31+31+30+31+30+31 = 366.
        assert ("800", "200", False, "missed") == (
            progress["achieved"],
            progress["shortfall"],
            progress["is_met"],
            progress["status"],
        )
        assert ("2020-12-31", 366) == (progress["met_on"], progress["late_days"])
        assert ["2020-01-01..2020-12-31"] == [o["period"] for o in progress["outside"]]


class TestClaimShapesJson:
    def test_bound_and_rate(self) -> None:
        """Bound more_than ("di atas 6.000"); a rate per month over Jan–Jun ("rata-rata 1.200")."""
        jobs = Indicator(
            "Tenaga kerja", "orang", direction=Direction.INCREASE, accumulation=Accumulation.SUM
        )
        target = Target(jobs, 150_000, period=Period.years(2022, 2023), id="jobs")
        claims = [
            Claim(ClaimKind.ACHIEVED, 6000, dt.date(2022, 6, 30), bound="more_than"),
            Claim(
                ClaimKind.RATE,
                1200,
                dt.date(2022, 6, 30),
                per="month",
                period=Period.months(2022, 1, 6),
            ),
        ]
        case = Case(
            "Bekasi",
            indicators=[jobs],
            targets=[target],
            observations=[Observation(Period.months(2022, 1, 6), 7000)],
            claims=claims,
        )
        bound, rate = target_json(case.assess())["claims"]
        assert ("more_than", None, None) == (bound["bound"], bound.get("per"), bound.get("period"))
        assert (None, "month", "2022-01-01..2022-06-30") == (
            rate.get("bound"),
            rate["per"],
            rate["period"],
        )

    def test_plain_claims_unchanged(self) -> None:
        """A claim with no bound and no rate gains no key."""
        jobs = Indicator(
            "Tenaga kerja", "orang", direction=Direction.INCREASE, accumulation=Accumulation.SUM
        )
        target = Target(jobs, 100, period=Period.year(2022), id="jobs")
        claim = Claim(ClaimKind.ACHIEVED, 50, dt.date(2022, 12, 31))
        case = Case("Plain", indicators=[jobs], targets=[target], claims=[claim])
        (written,) = target_json(case.assess())["claims"]
        assert {"kind", "value", "as_of", "interval"} == set(written)


# -- Text, Markdown, HTML ------------------------------------------------------------------

#: What each language writes, by case: the heading's target and the new rows.
WORDS: dict[Language, dict[str, str]] = {
    "en": {
        "schedule_heading": "Target: Lapangan kerja baru — 10,000,000 orang, 2015–2019",
        "interim": "Interim target in force",
        "interim_value": "2,000,000 orang in 2017; 6,000,000 orang due by 31 December 2017",
        "interim_shortfall": "Short of the interim target",
        "interim_short": "600,000 orang",
        "path": "Scheduled path now",
        "revised_heading": "Target: Wirausaha baru — 278,971 orang, 2018–2022 (original "
        "200,000; revised to 278,971 on 1 September 2019 by “RPJMD 2017–2022 perubahan”, "
        "RPJMD perubahan)",
        "against": "Against the original target",
        "against_value": "105.00 % of 200,000 orang; surplus 10,000 orang; achieved",
        "less_than": "Target: Persentase penduduk miskin — less than 10 %, 2015–2019",
        "shortfall": "Shortfall",
        "not_met": "0 % (not met: the target is less than 10 %)",
        "range": "Target: Pertumbuhan ekonomi — 7–8 %, 2015–2019",
        "met_on": "Met on",
        "late": "31 December 2020 (met 366 days late)",
    },
    "id": {
        "schedule_heading": "Target: Lapangan kerja baru — 10.000.000 orang, 2015–2019",
        "interim": "Target antara yang berlaku",
        "interim_value": "2.000.000 orang pada 2017; 6.000.000 orang harus tercapai per "
        "31 Desember 2017",
        "interim_shortfall": "Kurang dari target antara",
        "interim_short": "600.000 orang",
        "path": "Jalur sesuai jadwal saat ini",
        "revised_heading": "Target: Wirausaha baru — 278.971 orang, 2018–2022 (semula "
        "200.000; direvisi menjadi 278.971 pada 1 September 2019 oleh “RPJMD 2017–2022 "
        "perubahan”, RPJMD perubahan)",
        "against": "Terhadap target semula",
        "against_value": "105,00 % dari 200.000 orang; lebih dari target 10.000 orang; tercapai",
        "less_than": "Target: Persentase penduduk miskin — kurang dari 10 %, 2015–2019",
        "shortfall": "Sisa",
        "not_met": "0 % (belum tercapai: targetnya kurang dari 10 %)",
        "range": "Target: Pertumbuhan ekonomi — 7–8 %, 2015–2019",
        "met_on": "Tercapai pada",
        "late": "31 Desember 2020 (terlambat 366 hari)",
    },
}


@pytest.mark.parametrize("lang", LANGS)
class TestText:
    def test_schedule(self, lang: Language) -> None:
        """The interim target in force, what is due by its end, and how far short."""
        words = WORDS[lang]
        text = render(schedule_case(), lang=lang)
        rows = rows_of(text)
        assert words["schedule_heading"] in text.splitlines()
        assert words["interim_value"] == rows[words["interim"]]
        assert words["interim_short"] == rows[words["interim_shortfall"]]
        assert words["path"] in rows

    def test_revision(self, lang: Language) -> None:
        """The value in force with its history, and a line of progress against the original."""
        words = WORDS[lang]
        text = render(revised_case(), lang=lang)
        assert words["revised_heading"] in text.splitlines()
        assert words["against_value"] == rows_of(text)[words["against"]]

    def test_less_than(self, lang: Language) -> None:
        """The comparison in words, and a strict target not met at its value says so."""
        words = WORDS[lang]
        text = render(one_digit_case("10.00"), lang=lang)
        assert words["less_than"] in text.splitlines()
        assert words["not_met"] == rows_of(text)[words["shortfall"]]

    def test_range(self, lang: Language) -> None:
        """A range says itself: 7–8 %."""
        assert WORDS[lang]["range"] in render(range_case(), lang=lang).splitlines()

    def test_met_late(self, lang: Language) -> None:
        """When the figures met the target, and how many days late."""
        words = WORDS[lang]
        assert words["late"] == rows_of(render(late_case(), lang=lang))[words["met_on"]]

    def test_audit_heading(self, lang: Language) -> None:
        """The audit's heading is the report's: the value in force and its history."""
        assert WORDS[lang]["revised_heading"] in render_audit(revised_case(), lang=lang)


@pytest.mark.parametrize("lang", LANGS)
class TestMarkdownAndHtml:
    def test_markdown(self, lang: Language) -> None:
        """The heading, and the new rows as table rows."""
        words = WORDS[lang]
        revised = render(revised_case(), format="markdown", lang=lang)
        assert f"## {words['revised_heading']}" in revised.splitlines()
        assert f"| {words['against']} | {words['against_value']} |" in revised.splitlines()
        scheduled = render(schedule_case(), format="markdown", lang=lang)
        assert f"| {words['interim']} | {words['interim_value']} |" in scheduled.splitlines()
        late = render(late_case(), format="markdown", lang=lang)
        assert f"| {words['met_on']} | {words['late']} |" in late.splitlines()

    def test_html(self, lang: Language) -> None:
        """The same facts as the text, as table rows."""
        words = WORDS[lang]

        def row(label: str, value: str) -> str:
            return (
                f'<tr><th scope="row" style="text-align:left">{label}</th>'
                f'<td style="text-align:left">{value}</td></tr>'
            )

        revised = assessment_html(revised_case(), lang=lang)
        assert f"<h4>{words['revised_heading']}</h4>" in revised
        assert row(words["against"], words["against_value"]) in revised
        scheduled = assessment_html(schedule_case(), lang=lang)
        assert row(words["interim"], words["interim_value"]) in scheduled
        assert row(words["met_on"], words["late"]) in assessment_html(late_case(), lang=lang)
        assert f"<h4>{words['less_than']}</h4>" in assessment_html(
            one_digit_case("9.66"), lang=lang
        )


class TestBekasiUnchanged:
    @pytest.mark.parametrize("lang", LANGS)
    def test_no_new_row_or_words(self, lang: Language) -> None:
        """A target with no schedule, revision or strict comparison reads as before."""
        words = WORDS[lang]
        text = render(load(BEKASI).assess(), lang=lang)
        heading = "Target: Tenaga kerja baru terserap — 150{}000 orang, 20 September 2018 – 19 September 2023"
        assert heading.format("," if lang == "en" else ".") in text.splitlines()
        rows = rows_of(text)
        for label in ("interim", "interim_shortfall", "against", "met_on", "path"):
            assert words[label] not in rows

    def test_json_new_fields_empty(self) -> None:
        """The new fields of the Bekasi report are null or empty; the value is the case file's."""
        target = target_json(load(BEKASI).assess())
        progress = target["progress"]
        assert ("150000", "at_least", None, [], [], None) == (
            target["value"],
            target["comparison"],
            target["original_value"],
            target["revisions"],
            target["schedule"],
            target["progress_original"],
        )
        assert (None, None, None) == (
            progress["interim"],
            progress["met_on"],
            progress["late_days"],
        )


# -- CSV ---------------------------------------------------------------------------------


class TestCsv:
    def test_new_columns_come_last(self) -> None:
        """The columns before keep their place; the new ones follow the straddling column."""
        header = next(csv.reader(io.StringIO(to_csv(schedule_case(), lang="en"))))
        assert "Straddling figures" == header[32]
        expected = [
            "Comparison",
            "Target in force",
            "Original target",
            "Interim target period",
            "Interim target",
            "Level due by the interim target",
            "Short of the interim target",
            "Met on",
            "Days late",
            "Pledge id",
            "Pledge rule",
            "Share met (%)",
            "Mean capaian (%)",
            "Suggested verdict",
            "Left out",
            "Verdict date",
            "Verdict",
            "Tracker's label",
            "Scale",
            "Rated by",
            "Verdict source",
            "Recorded verdict against the numbers",
            "Topics",
        ]
        assert expected == header[33:]

    @pytest.mark.parametrize(
        ("lang", "comparison", "level_due", "shortfall"),
        [("en", "at least", "6000000", "600000"), ("id", "paling sedikit", "6000000", "600000")],
    )
    def test_schedule(
        self, lang: Language, comparison: str, level_due: str, shortfall: str
    ) -> None:
        """The interim target of 2017: 2,000,000 due in it, 6,000,000 by its end, 600,000 short."""
        row = csv_target_row(schedule_case(), lang)
        assert (comparison, "10000000", "", "2017-01-01/2017-12-31", "2000000") == (
            row["Comparison"],
            row["Target in force"],
            row["Original target"],
            row["Interim target period"],
            row["Interim target"],
        )
        assert (level_due, shortfall, "", "") == (
            row["Level due by the interim target"],
            row["Short of the interim target"],
            row["Met on"],
            row["Days late"],
        )

    @pytest.mark.parametrize("lang", LANGS)
    def test_revision(self, lang: Language) -> None:
        """The target column is the value in force, as in the records; the original follows."""
        row = csv_target_row(revised_case(), lang)
        assert ("278971", "278971", "200000") == (
            row["Target"],
            row["Target in force"],
            row["Original target"],
        )

    @pytest.mark.parametrize(
        ("lang", "comparison", "value"),
        [("en", "less than", "10"), ("id", "kurang dari", "10")],
    )
    def test_less_than(self, lang: Language, comparison: str, value: str) -> None:
        """A strict comparison in words; met with the 2018 figure, 0 days late."""
        row = csv_target_row(one_digit_case("9.66"), lang)
        assert (comparison, value, "2018-12-31", "0") == (
            row["Comparison"],
            row["Target in force"],
            row["Met on"],
            row["Days late"],
        )

    @pytest.mark.parametrize(("lang", "within"), [("en", "within"), ("id", "dalam rentang")])
    def test_range(self, lang: Language, within: str) -> None:
        """A range as low..high."""
        row = csv_target_row(range_case(), lang)
        assert (within, "7..8") == (row["Comparison"], row["Target in force"])

    @pytest.mark.parametrize("lang", LANGS)
    def test_met_late(self, lang: Language) -> None:
        """Met on 31 December 2020, 366 days late."""
        row = csv_target_row(late_case(), lang)
        assert ("2020-12-31", "366") == (row["Met on"], row["Days late"])


# -- Properties --------------------------------------------------------------------------


@st.composite
def revised_targets(draw: st.DrawFn) -> tuple[Target, list[Observation], dt.date]:
    """A summed target over 2018–2022 with up to three revisions, figures and an as-of date."""
    jobs = Indicator(
        "Jobs", "orang", direction=Direction.INCREASE, accumulation=Accumulation.SUM, id="jobs"
    )
    days = draw(
        st.lists(st.dates(dt.date(2018, 1, 2), dt.date(2022, 12, 31)), max_size=3, unique=True)
    )
    revisions = [
        Revision(day, draw(st.integers(1, 10**6)), note=draw(st.none() | st.just("n")))
        for day in days
    ]
    target = Target(
        jobs,
        draw(st.integers(1, 10**6)),
        period=Period.years(2018, 2022),
        revisions=revisions,
        id="jobs",
    )
    figures = [Observation(Period.year(year), draw(st.integers(0, 10**5))) for year in (2018, 2019)]
    return target, figures, draw(st.dates(dt.date(2019, 12, 31), dt.date(2022, 12, 31)))


class TestRevisionProperties:
    @given(revised_targets())
    def test_value_in_force_is_the_latest_revision_on_or_before_as_of(
        self, drawn: tuple[Target, list[Observation], dt.date]
    ) -> None:
        """Value = the latest revision on or before as_of (or the original); history in order."""
        target, figures, as_of = drawn
        case = Case(
            "Revised", indicators=[target.indicator], targets=[target], observations=figures
        )
        written = target_json(case.assess(as_of))
        in_force = [r for r in sorted(target.revisions, key=lambda r: r.on) if r.on <= as_of]
        event("a revision in force" if in_force else "the original in force")
        value = in_force[-1].value if in_force else target.value
        assert str(value) == written["value"]
        differs = value != target.value
        assert (str(target.value) if differs else None) == written["original_value"]
        assert (written["progress_original"] is None) == (not in_force)
        dates = [r["on"] for r in written["revisions"]]
        assert sorted(dates) == dates
        assert len(target.revisions) == len(dates)

    def test_both_branches_are_reached(self) -> None:
        """Of the draws, at least 10 % have a revision in force and 10 % the original."""
        counts = {True: 0, False: 0}

        @given(revised_targets())
        def count(drawn: tuple[Target, list[Observation], dt.date]) -> None:
            target, _, as_of = drawn
            counts[any(r.on <= as_of for r in target.revisions)] += 1

        count()
        total = counts[True] + counts[False]
        assert counts[True] >= total / 10
        assert counts[False] >= total / 10
