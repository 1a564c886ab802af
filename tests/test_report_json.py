"""The JSON report writes each case object once, through the converter."""

from __future__ import annotations

import datetime as dt
import json
from decimal import ROUND_FLOOR, Decimal, localcontext
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given

from pledgekit import (
    Accumulation,
    Case,
    Claim,
    ClaimKind,
    Direction,
    Indicator,
    Observation,
    Period,
    Target,
)
from pledgekit._case import Assessment
from pledgekit.io import load
from pledgekit.io.converter import structure, unstructure
from pledgekit.report import to_json, to_json_dict
from pledgekit.strategies import cases

BEKASI = Path(__file__).parent.parent / "examples" / "bekasi" / "case.toml"

#: What the report adds beside the converter's keys of a target.
TARGET_DERIVED = (
    "unit",
    "pledges",
    "progress",
    "progress_original",
    "capaian",
    "sdg",
    "claims",
    "findings",
    "original_value",
)
#: What the report adds beside the converter's keys of a pledge: its assessment as a
#: whole, the suggested verdict and its problem, and (in the report's own form, every
#: key given) the verdict history.
PLEDGE_DERIVED = ("assessment", "suggested", "verdict_problem", "verdicts")
#: The keys the report writes in its own form: the value in force, how it is met, and
#: the schedule and the revisions as lists of entries.
REPORT_FORM = ("value", "comparison", "schedule", "revisions")


def without(data: dict[str, Any], *keys: str) -> dict[str, Any]:
    """``data`` without the keys the report derives."""
    return {key: value for key, value in data.items() if key not in keys}


@pytest.fixture(scope="module")
def bekasi() -> Assessment:
    return load(BEKASI).assess()


@pytest.fixture(scope="module")
def report(bekasi: Assessment) -> dict[str, Any]:
    parsed: dict[str, Any] = json.loads(to_json(bekasi))
    return parsed


class TestCaseObjectsAreTheConverters:
    def test_lists(self, bekasi: Assessment, report: dict[str, Any]) -> None:
        """Sources, indicators and pledges are unstructure(x, within=case), one by one."""
        case = bekasi.case
        for key, items in [
            ("sources", case.sources),
            ("indicators", case.indicators),
            ("pledges", case.pledges),
        ]:
            written = [without(item, *PLEDGE_DERIVED) for item in report[key]]
            assert [unstructure(item, within=case) for item in items] == written

    def test_people_as_the_case_file_lists_them(
        self, bekasi: Assessment, report: dict[str, Any]
    ) -> None:
        """Persons, organizations and memberships are the case file's tables (plus a label)."""
        data = unstructure(bekasi.case)
        assert data["persons"] == report["persons"]
        assert data["organizations"] == report["organizations"]
        assert data["memberships"] == [without(m, "label") for m in report["memberships"]]

    def test_target(self, bekasi: Assessment, report: dict[str, Any]) -> None:
        """A target is its converter table plus what the report derives; its indicator an id."""
        (assessed,) = bekasi.targets
        (target,) = report["targets"]
        expected = unstructure(assessed.target, within=bekasi.case)
        assert without(expected, *REPORT_FORM) == without(target, *TARGET_DERIVED, *REPORT_FORM)
        assert (expected["value"], "at_least") == (target["value"], target["comparison"])
        assert ("absorbed", "orang") == (target["indicator"], target["unit"])

    def test_figures_and_claims(self, bekasi: Assessment, report: dict[str, Any]) -> None:
        """Each counted figure and each claim is its converter table plus its interval."""
        (assessed,) = bekasi.targets
        (target,) = report["targets"]
        case = bekasi.case
        figures = target["progress"]["observations"]
        assert [unstructure(o, within=case) for o in assessed.progress.observations] == [
            without(o, "interval") for o in figures
        ]
        assert [unstructure(c, within=case) for c in assessed.claims] == [
            without(c, "interval") for c in target["claims"]
        ]

    def test_plan_with_program_labels(self, bekasi: Assessment, report: dict[str, Any]) -> None:
        """The plan is its converter table; each program adds its label, program 10 of 45."""
        plan = report["plan"]
        programs = [without(p, "label") for p in plan["programs"]]
        assert unstructure(bekasi.case.plan, within=bekasi.case) == {**plan, "programs": programs}
        assert ["10 of 45"] == [p["label"] for p in plan["programs"]]

    def test_verdict_record_of_a_finding(self) -> None:
        """A verdict finding writes the record as the converter does, rationale included."""
        from pledgekit import Pledge
        from pledgekit.verdicts import Verdict, VerdictHistory, VerdictRecord

        jobs = Indicator(
            "Jobs", "orang", direction=Direction.INCREASE, accumulation=Accumulation.SUM, id="j"
        )
        target = Target(jobs, 100, period=Period.years(2019, 2020), id="t")
        kept = VerdictRecord(dt.date(2020, 12, 31), Verdict.KEPT, "promised and done")
        pledge = Pledge("100 jobs", targets=[target], verdicts=VerdictHistory([kept]), id="p")
        case = Case(
            "Jobs",
            indicators=[jobs],
            targets=[target],
            pledges=[pledge],
            observations=[Observation(Period.year(2019), 40)],
        )
        (assessed,) = to_json_dict(case.assess(dt.date(2020, 12, 31)))["targets"]
        (finding,) = [f for f in assessed["findings"] if f["kind"] == "verdict_contradicts_data"]
        expected = {"date": "2020-12-31", "verdict": "kept", "rationale": "promised and done"}
        assert expected == finding["verdict"] == unstructure(kept, within=case)


class TestDerivedKeys:
    def test_intervals(self, report: dict[str, Any]) -> None:
        """56.000 to the thousand, nearest: 55,500..56,500; 141.000 rounded down: ..142,000."""
        (target,) = report["targets"]
        figure = target["progress"]["observations"][1]
        assert ("56000", ["55500", "56500"]) == (figure["value"], figure["interval"])
        claim = next(c for c in target["claims"] if c["value"] == "141000")
        assert ["141000", "142000"] == claim["interval"]

    def test_references_resolve(self, report: dict[str, Any]) -> None:
        """Every id a pledge, claim or membership gives is listed in the report."""
        ids = {key: {item["id"] for item in report[key]} for key in ("memberships", "persons")}
        ids["organizations"] = {item["id"] for item in report["organizations"]}
        speakers = {c["speaker"] for t in report["targets"] for c in t["claims"] if "speaker" in c}
        makers = {p["made_by"] for p in report["pledges"] if "made_by" in p}
        assert speakers | makers <= ids["memberships"]
        for membership in report["memberships"]:
            assert {membership.get("person")} - {None} <= ids["persons"]
            assert {membership.get("organization")} - {None} <= ids["organizations"]

    def test_people_without_ids_are_listed_under_derived_ids(self) -> None:
        """Records built with no id are listed under ids made of their names, and referred to.

        Two different persons named Ahmad (one with a title) stay two records:
        ``ahmad`` and ``ahmad-2``; the post-only membership gets ``wali-kota``.
        """
        from pledgekit import Membership, Person, Pledge

        first, second = Person("Ahmad"), Person("Ahmad", honorific_prefix="H.")
        mayor = Membership(post="Wali Kota")
        spoke = Membership(first, post="Kepala Dinas")
        other = Membership(second, post="Camat")
        jobs = Indicator(
            "Jobs", "orang", direction=Direction.INCREASE, accumulation=Accumulation.SUM
        )
        target = Target(jobs, 10, period=Period.year(2020), id="t")
        case = Case(
            "People",
            indicators=[jobs],
            targets=[target],
            pledges=[Pledge("Ten jobs", made_by=mayor, targets=[target], id="p")],
            claims=[
                Claim(ClaimKind.ACHIEVED, 5, dt.date(2020, 6, 30), target=target, speaker=s)
                for s in (spoke, other)
            ],
        )
        data = to_json_dict(case.assess())
        assert ["ahmad", "ahmad-2"] == [p["id"] for p in data["persons"]]
        assert ["wali-kota", "ahmad", "ahmad-2"] == [m["id"] for m in data["memberships"]]
        assert "wali-kota" == data["pledges"][0]["made_by"]
        speakers = [c["speaker"] for c in data["targets"][0]["claims"]]
        assert ["ahmad", "ahmad-2"] == speakers

    def test_membership_label(self, report: dict[str, Any]) -> None:
        """A membership's label: the person's name with title, the post, the organization."""
        (lilis,) = [m for m in report["memberships"] if m.get("person") == "lilis-kusbandiah"]
        assert (
            "Dra. Lilis Kusbandiah MM, Kepala Bidang Penempatan Tenaga Kerja dan Perluasan "
            "Kesempatan Kerja, Dinas Tenaga Kerja Kota Bekasi"
        ) == lilis["label"]

    def test_periods_as_the_case_file_writes_them(self, report: dict[str, Any]) -> None:
        """The term 20 Sep 2018 .. 19 Sep 2023 is '2018-09-20..2023-09-19' everywhere."""
        (target,) = report["targets"]
        assert "2018-09-20..2023-09-19" == target["period"] == report["plan"]["period"]


class TestNumbers:
    def test_no_exponent_no_signed_zero(self) -> None:
        """A target of 1.5E+3 from a baseline of -0.0 is '1500' from '0.0', in any context."""
        jobs = Indicator(
            "Jobs", "orang", direction=Direction.INCREASE, accumulation=Accumulation.SUM, id="j"
        )
        target = Target(
            jobs, Decimal("1.5E+3"), period=Period.year(2019), baseline=Decimal("-0.0"), id="t"
        )
        case = Case(
            "Jobs",
            indicators=[jobs],
            targets=[target],
            observations=[Observation(Period.year(2019), Decimal("7E+2"))],
            claims=[Claim(ClaimKind.ACHIEVED, Decimal("7E+2"), dt.date(2019, 12, 31))],
        )
        with localcontext(prec=2, capitals=0, rounding=ROUND_FLOOR):
            (written,) = to_json_dict(case.assess(dt.date(2019, 12, 31)))["targets"]
        assert ("1500", "0.0") == (written["value"], written["baseline"])
        assert "700" == written["progress"]["observations"][0]["value"]
        assert "700" == written["claims"][0]["value"]


class TestGeneratedCases:
    @given(cases(min_targets=1))
    def test_targets_read_back(self, case: Case) -> None:
        """Each target's case-file keys are the converter's, and read back with its own form."""
        report = json.loads(to_json(case.assess()))
        for assessed, written in zip(case.targets, report["targets"], strict=True):
            data = without(written, *TARGET_DERIVED, *REPORT_FORM)
            converter = unstructure(assessed, within=case)
            assert without(converter, *REPORT_FORM) == data
            own = {key: value for key, value in converter.items() if key in REPORT_FORM}
            assert assessed == structure({**data, **own}, Target, within=case)
            assert assessed.comparison.value == written["comparison"]
