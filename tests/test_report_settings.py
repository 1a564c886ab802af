"""Every report says which settings its numbers were computed with, and reads their capaian."""

from __future__ import annotations

import decimal
import html
from fractions import Fraction

import attrs
import pytest

from pledgekit import (
    Accumulation,
    Assessment,
    Case,
    Direction,
    Evaluation,
    Indicator,
    Observation,
    PaceThresholds,
    Period,
    Target,
)
from pledgekit.methods.permendagri86 import BandPolicy, LowerIsBetter
from pledgekit.report import assessment_html, render, render_audit, to_json_dict
from pledgekit.verdicts import VerdictRules

JOBS = Indicator("Jobs", "persons", direction=Direction.INCREASE, accumulation=Accumulation.SUM)
TARGET = Target(JOBS, 30000, period=Period.year(2020), id="jobs")
CASE = Case(
    "Jobs",
    indicators=[JOBS],
    targets=[TARGET],
    observations=[Observation(Period.year(2020), 56000)],
)
CUSTOM = Evaluation(
    thresholds=PaceThresholds(on_track="0.9", needs_acceleration="0.5"),
    straddling="include",
    lower_is_better=LowerIsBetter.T_OVER_R,
    band_policy=BandPolicy.ROUND_FIRST,
    clamp=(0, 100),
    verdict_rules=VerdictRules(kept_at_least="0.9", partial_at_least="0.5", stalled_at_most="0.1"),
)
DEFAULT_EN = (
    "Settings: status thresholds 0.95 / 0.6 / 0; straddling figures: each target's own; "
    "lower-is-better capaian (2T − R) / T; predikat bands half-open; capaian not clamped; "
    "verdict rules: kept from 100 %, kept in part from 75 %, stalled at most 0 %"
)
CUSTOM_ID = (
    "Pengaturan: ambang status 0,9 / 0,5 / 0; angka yang melewati batas periode: dihitung "
    "utuh; rumus capaian indikator makin kecil makin baik T / R; pita predikat dibulatkan dahulu; capaian "
    "dibatasi pada 0–100; aturan penilaian janji: ditepati mulai 90 %, ditepati sebagian "
    "mulai 50 %, mandek paling banyak 10 %"
)


def _assess(evaluation: Evaluation | None = None) -> Assessment:
    return CASE.assess(evaluation=evaluation)


class TestSettingsLine:
    def test_text_in_english_with_the_defaults(self) -> None:
        """The default settings, one line under the title."""
        lines = render(_assess(), format="text", lang="en").splitlines()
        assert ["Jobs", "====", DEFAULT_EN, ""] == lines[:4]

    def test_text_in_indonesian_with_every_setting_changed(self) -> None:
        """Each changed setting is named in Indonesian, numbers with a decimal comma."""
        lines = render(_assess(CUSTOM), format="text", lang="id").splitlines()
        assert CUSTOM_ID == lines[2]

    def test_markdown(self) -> None:
        """Markdown carries the same line, in italics, after the title."""
        lines = render(_assess(CUSTOM), format="markdown", lang="id").splitlines()
        assert ["# Jobs", "", f"*{CUSTOM_ID}*", ""] == lines[:4]

    def test_html(self) -> None:
        """The notebook HTML carries the line too."""
        shown = assessment_html(_assess(), lang="en")
        assert f'<p class="pledgekit-settings">{html.escape(DEFAULT_EN)}</p>' in shown


class TestSettingsJson:
    def test_every_field_exact_as_strings(self) -> None:
        """JSON 'settings' holds every field of the Evaluation, numbers as exact strings."""
        expected = {
            "thresholds": {"on_track": "0.9", "needs_acceleration": "0.5", "limited_progress": "0"},
            "straddling": "include",
            "lower_is_better": "t_over_r",
            "band_policy": "round_first",
            "clamp": ["0", "100"],
            "verdict_rules": {
                "kept_at_least": "0.9",
                "partial_at_least": "0.5",
                "stalled_at_most": "0.1",
                "kept_late_within_days": None,
            },
            "pledge_rule": "all_met",
            "pledge_share_at_least": "1",
            "pledge_missing_figure": "not_met",
            "sdg": None,
            "plan_mean": "indicators",
            "plan_weights": {},
        }
        assert expected == to_json_dict(_assess(CUSTOM))["settings"]

    def test_plan_weights_exact(self) -> None:
        """Weighted plan means name their rule and each weight as an exact string."""
        settings = Evaluation(plan_mean="weighted", plan_weights={"jalan": "1.5", "air": 2})
        written = to_json_dict(_assess(settings))["settings"]
        assert ("weighted", {"air": "2", "jalan": "1.5"}) == (
            written["plan_mean"],
            written["plan_weights"],
        )

    def test_a_field_for_each_setting(self) -> None:
        """A setting added to Evaluation must be added to the report too."""
        fields = {field.name for field in attrs.fields(Evaluation)}
        assert fields == set(to_json_dict(_assess())["settings"])

    def test_a_third_is_a_fraction_not_a_rounded_decimal(self) -> None:
        """A threshold of 1/3 has no decimal: it is written '1/3', under any caller context."""
        thirds = Evaluation(thresholds=PaceThresholds(needs_acceleration=Fraction(1, 3)))
        with decimal.localcontext(prec=3, rounding=decimal.ROUND_FLOOR):
            settings = to_json_dict(_assess(thirds))["settings"]
        assert "1/3" == settings["thresholds"]["needs_acceleration"]


class TestTheReportReadsTheCapaian:
    def test_a_clamped_capaian_is_reported_clamped(self) -> None:
        """56,000 of 30,000 is 186⅔ % raw; with clamp (0, 100) every output says 100."""
        assessment = _assess(Evaluation(clamp=(0, 100)))
        capaian = to_json_dict(assessment)["targets"][0]["capaian"]
        assert ("100/1", "100.00") == (capaian["value"], capaian["percent"])
        assert "100,00 % (predikat Sangat Tinggi)" in render(assessment, lang="id")

    def test_the_raw_capaian_by_default(self) -> None:
        """Without a clamp the rate is raw: 560/3 = 186.67 %."""
        capaian = to_json_dict(_assess())["targets"][0]["capaian"]
        assert ("560/3", "186.67") == (capaian["value"], capaian["percent"])

    @pytest.mark.parametrize(
        ("policy", "expected"),
        [(BandPolicy.HALF_OPEN, "90,50 % (predikat Tinggi)"), (BandPolicy.ROUND_FIRST, "90,49")],
    )
    def test_the_shown_rate_keeps_the_band_of_the_policy(
        self, policy: BandPolicy, expected: str
    ) -> None:
        """90.4999 %: half-open Tinggi shows 90.50; rounded first (Tinggi below 90.5) shows 90.49."""
        figure = Observation(Period.year(2020), "27149.97")  # 27,149.97 / 30,000 = 90.4999 %
        case = attrs.evolve(CASE, observations=[figure])
        assert expected in render(case.assess(evaluation=Evaluation(band_policy=policy)))


class TestAuditSettings:
    def test_the_audit_ends_with_the_settings(self) -> None:
        """What `pledgekit audit` prints ends with the settings, after the summary."""
        lines = render_audit(_assess(), lang="en").splitlines()
        assert ["Summary: No inconsistencies.", DEFAULT_EN] == lines[-2:]

    def test_markdown_audit(self) -> None:
        """The Markdown audit ends with the same line in italics."""
        lines = render_audit(_assess(CUSTOM), format="markdown", lang="id").splitlines()
        assert f"*{CUSTOM_ID}*" == lines[-1]
