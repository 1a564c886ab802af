"""The real cases of examples/cases: each loads and its JSON report gives the hand-worked numbers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pledgekit import load
from pledgekit.report import to_json_dict

CASES = Path(__file__).resolve().parent.parent / "examples" / "cases"


def _report(name: str) -> dict[str, Any]:
    return to_json_dict(load(CASES / name).assess())


def _target(report: dict[str, Any]) -> dict[str, Any]:
    (target,) = report["targets"]
    return target


def _kinds(target: dict[str, Any]) -> list[str]:
    return [finding["kind"] for finding in target["findings"]]


class TestEveryCaseFile:
    @pytest.mark.parametrize("path", sorted(CASES.glob("*.toml")), ids=lambda p: p.stem)
    def test_loads_as_version_two_and_reports(self, path: Path) -> None:
        """Every case file is a version-2 file that loads, assesses and reports."""
        assert "pledgekit_case = 2" in path.read_text(encoding="utf-8")
        assert 4 == to_json_dict(load(path).assess())["pledgekit_report"]


class TestJokowiTenMillionJobs:
    """10 million in five years, 2 million a year; the yearly figures are illustrative."""

    def test_the_interim_target_in_force_and_the_shortfall_against_it(self) -> None:
        """1.8 + 2.1 + 2.0 = 5.9 million by 2017; three years of 2 million make 6 million due."""
        progress = _target(_report("jokowi-10-juta-lapangan-kerja.toml"))["progress"]
        assert ("2017-12-31", "5900000") == (progress["as_of"], progress["achieved"])
        assert {
            "period": "2017-01-01..2017-12-31",
            "value": "2000000",
            "level_due": "6000000",  # 3 × 2,000,000
            "shortfall": "100000",  # 6,000,000 − 5,900,000
        } == progress["interim"]
        # The schedule's path at the end of 2017 is what it makes due: 6,000,000 exactly.
        assert "6000000/1" == progress["expected"]
        # 5,900,000 / 10,000,000 = 59/100 of the way, against 6/10 due: 59/60.
        assert ("59/100", "59/60") == (progress["ratio"], progress["pace_index"])

    def test_the_schedule_adds_up_and_the_strict_bound_is_refuted(self) -> None:
        """5 × 2 million = 10 million (no schedule finding); "more than 5.9 million" at 5.9 is false."""
        target = _target(_report("jokowi-10-juta-lapangan-kerja.toml"))
        assert ["total_mismatch"] == _kinds(target)
        assert [
            {"period": f"{y}-01-01..{y}-12-31", "value": "2000000"} for y in range(2015, 2020)
        ] == [{"period": entry["period"], "value": entry["value"]} for entry in target["schedule"]]


class TestOkOce:
    """200,000 pledged, 278,971 planned after the revision; date and figures illustrative."""

    def test_progress_against_the_value_in_force_and_the_original(self) -> None:
        """60,000 + 80,000 + 70,000 = 210,000: 68,971 short of 278,971, 10,000 beyond 200,000."""
        target = _target(_report("ok-oce.toml"))
        assert ("278971", "200000") == (target["value"], target["original_value"])
        assert ("210000", "68971") == (
            target["progress"]["achieved"],
            target["progress"]["shortfall"],  # 278,971 − 210,000
        )
        original = target["progress_original"]
        assert ("0", "10000", True) == (
            original["shortfall"],
            original["surplus"],
            original["is_met"],
        )
        # Against the original, the 2020 figure met it: the running sum passed 200,000 then.
        assert "2020-12-31" == original["met_on"]
        assert [{"on": "2020-01-01", "value": "278971"}] == [
            {"on": r["on"], "value": r["value"]} for r in target["revisions"]
        ]

    def test_the_claim_of_2019_and_the_pledge_s_own_figure(self) -> None:
        """Sisa 60.000 at the end of 2019 is 200,000 − 140,000; the plan is 78,971 above the pledge."""
        target = _target(_report("ok-oce.toml"))
        assert ["superseded_target", "target_differs_from_pledge"] == sorted(_kinds(target))
        (differs,) = [f for f in target["findings"] if f["kind"] == "target_differs_from_pledge"]
        assert ("200000", "278971", "-78971") == (
            differs["claimed"],
            differs["computed"],
            differs["difference"],  # 200,000 − 278,971
        )


class TestSatuDigitKemiskinan:
    """Below 10 %, with BPS's half-yearly poverty rates for 2015–2019."""

    def test_met_in_march_2018_and_the_capaian(self) -> None:
        """9.82 % (March 2018) is the first rate below 10; by September 2019 the rate is 9.22 %."""
        target = _target(_report("satu-digit-kemiskinan.toml"))
        assert "less_than" == target["comparison"]
        progress = target["progress"]
        assert ("2019-09-30", "9.22", True) == (
            progress["as_of"],
            progress["achieved"],
            progress["is_met"],
        )
        assert ("2018-03-31", 0) == (progress["met_on"], progress["late_days"])
        # (10.96 − 9.22) / (10.96 − 10) = 1.74 / 0.96 = 29/16; (2T − R) / T = (20 − 9.22) / 10.
        assert "29/16" == progress["ratio"]
        assert ("539/5", "107.80") == (target["capaian"]["value"], target["capaian"]["percent"])
        assert [] == _kinds(target)  # the claim of one digit in March 2018 is true


class TestStunting:
    """14 % by 2024 from 27.67 % (SSGBI 2019); SSGI 2021–2022 and SKI 2023."""

    def test_the_shortfall_and_the_capaian_at_the_end_of_2023(self) -> None:
        """21.5 % against 14 %: 7.5 points short; (2 × 14 − 21.5) / 14 = 6.5 / 14 = 46.43 %."""
        target = _target(_report("stunting-14-persen.toml"))
        progress = target["progress"]
        assert ("2023-12-31", "21.5", "7.5") == (
            progress["as_of"],
            progress["achieved"],
            progress["shortfall"],
        )
        # 6.5 / 14 × 100 = 650 / 14 = 325 / 7
        assert ("325/7", "46.43", "sangat_rendah") == (
            target["capaian"]["value"],
            target["capaian"]["percent"],
            target["capaian"]["predikat"],
        )


class TestKabupatenBekasi:
    """Di atas 6000 orang, and rata-rata 1.200 per bulan, against illustrative monthly figures."""

    def test_the_bound_holds_and_the_rate_does_not(self) -> None:
        """900 + 1,100 + 1,000 + 800 + 1,200 + 1,100 = 6,100 > 6,000; 6,100 / 6 = 1,016.67 a month."""
        report = _report("kabupaten-bekasi-penempatan.toml")
        target = _target(report)
        assert "6100" == target["progress"]["achieved"]
        assert ["rate_mismatch"] == _kinds(target)
        (rate,) = target["findings"]
        assert ("1200", "3050/3") == (rate["claimed"], rate["computed"])  # 6,100 / 6
