"""The published JSON Schema of the report: reports validate against it, wrong ones do not."""

from __future__ import annotations

import copy
import datetime as dt
import enum
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pledgekit import (
    Accumulation,
    Case,
    Claim,
    ClaimKind,
    Direction,
    FindingKind,
    Indicator,
    Observation,
    PaceStatus,
    Period,
    Pledge,
    Severity,
    Target,
    VerdictRecord,
)
from pledgekit.io import load
from pledgekit.report import REPORT_VERSION, render, schema, to_json_dict
from pledgekit.strategies import cases, milestones, pledges
from pledgekit.verdicts import SCALES, PledgeStatus, Verdict, VerdictHistory, VerdictProblem

ROOT = Path(__file__).resolve().parents[1]
VALIDATOR = jsonschema.Draft202012Validator(schema(), format_checker=jsonschema.FormatChecker())


def _leaves(error: jsonschema.ValidationError) -> list[jsonschema.ValidationError]:
    """The errors under an ``anyOf`` (a value or null): where the value itself is wrong."""
    if not error.context:
        return [error]
    return [leaf for sub in error.context for leaf in _leaves(sub)]


def errors(report: dict[str, Any]) -> list[str]:
    """Every place the schema refuses the report, as ``path: message``."""
    return [
        "/".join(str(p) for p in leaf.absolute_path) + ": " + leaf.message
        for error in VALIDATOR.iter_errors(report)
        for leaf in _leaves(error)
    ]


def report_of(case: Case) -> dict[str, Any]:
    """The JSON report of the case."""
    return to_json_dict(case.assess())


FORMATS = ("text", "markdown", "json", "csv", "html")


def _level_met_beyond_range() -> Case:
    """A level of 1 against a target of 0–0 (2000-01-01..2001-09-06), claimed met on 24 June 2000."""
    level = Indicator(
        "x", "orang", direction=Direction.INCREASE, accumulation=Accumulation.LAST, id="i0"
    )
    target = Target(level, ("0", "0"), period=Period(dt.date(2000, 1, 1), dt.date(2001, 9, 6)))
    figures = [
        Observation(Period(dt.date(2000, 1, 1), dt.date(2000, 1, 1)), 0, indicator=level),
        Observation(Period(dt.date(2000, 6, 11), dt.date(2000, 6, 24)), 1, indicator=level),
    ]
    claim = Claim(ClaimKind.MET, None, dt.date(2000, 6, 24), target=target)
    return Case("a", indicators=[level], targets=[target], observations=figures, claims=[claim])


class TestMetClaimOnARange:
    """A MET claim on a range target is checked against the range, both of its ends."""

    def test_refuted_not_unverifiable(self) -> None:
        """A level has no missing days: the latest figure, 1, lies above 0–0, so the claim is refuted."""
        [finding] = [f for f in _level_met_beyond_range().assess().findings if f.claims]
        assert (FindingKind.MET_MISMATCH, Severity.ERROR, (), Decimal(1), Decimal(1)) == (
            finding.kind,
            finding.severity,
            finding.periods,
            finding.computed,
            finding.difference,  # computed − goal: 1 − 0
        )

    def test_valid_report(self) -> None:
        """The JSON report of the case is valid."""
        assert [] == errors(to_json_dict(_level_met_beyond_range().assess()))

    @pytest.mark.parametrize(
        ("lang", "words"),
        [
            (
                "en",
                "laimed the target of 0–0 met as of 24 June 2000, but the figures go past it, to 1",
            ),
            (
                "id",
                "iklaim target 0–0 tercapai per 24 Juni 2000, padahal angka-angkanya sudah "
                "melampauinya, mencapai 1",
            ),
        ],
    )
    @pytest.mark.parametrize("format", FORMATS)
    def test_every_format_words_it(self, format: str, lang: str, words: str) -> None:
        """Each report format, in each language, shows the finding with the range and the level."""
        shown = str(render(_level_met_beyond_range().assess(), format=format, lang=lang))
        assert words in shown


@pytest.fixture(scope="module")
def bekasi() -> dict[str, Any]:
    return to_json_dict(load(ROOT / "examples" / "bekasi" / "case.toml").assess())


class TestSchema:
    def test_valid_schema(self) -> None:
        """The schema is a valid draft 2020-12 schema."""
        jsonschema.Draft202012Validator.check_schema(schema())

    def test_published_copy(self) -> None:
        """docs/report.schema.json is the schema pledgekit ships."""
        published = json.loads((ROOT / "docs" / "report.schema.json").read_text(encoding="utf-8"))
        assert schema() == published

    def test_version(self) -> None:
        """The schema is of this version of the report."""
        assert {"const": REPORT_VERSION} == {
            "const": schema()["properties"]["pledgekit_report"]["const"]
        }

    @pytest.mark.parametrize(
        ("definition", "path", "members"),
        [
            ("verdict", ("properties", "verdict"), Verdict),
            ("pledge_assessment", ("properties", "status"), PledgeStatus),
            ("pledge_assessment", ("properties", "verdict_problem", "anyOf", 0), VerdictProblem),
            ("progress", ("properties", "status"), PaceStatus),
            ("finding", ("properties", "kind"), FindingKind),
            ("claim", ("properties", "kind"), ClaimKind),
        ],
    )
    def test_enums_are_the_libraries(
        self, definition: str, path: tuple[Any, ...], members: type[enum.Enum]
    ) -> None:
        """The schema's enumerations list exactly the enums' values."""
        node: Any = schema()["$defs"][definition]
        for step in path:
            node = node[step]
        assert [m.value for m in members] == node["enum"]

    def test_severities_and_scales(self) -> None:
        """Severities by their lower-case names; scales by their keys."""
        defs = schema()["$defs"]
        assert [s.name.lower() for s in Severity] == defs["finding"]["properties"]["severity"][
            "enum"
        ]
        assert [s.key for s in SCALES] == defs["verdict"]["properties"]["scale"]["anyOf"][0]["enum"]


class TestReportsValidate:
    def test_bekasi(self, bekasi: dict[str, Any]) -> None:
        """The Bekasi report is valid."""
        assert [] == errors(bekasi)

    @pytest.mark.parametrize(
        "path", sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("examples/*/case.toml"))
    )
    def test_examples(self, path: str) -> None:
        """Every example case's report is valid."""
        assert [] == errors(to_json_dict(load(ROOT / path).assess()))

    @given(cases(as_written=True, max_targets=3))
    def test_generated_cases(self, case: Case) -> None:
        """The report of any valid case is valid, as written by plans and officials."""
        assert [] == errors(report_of(case))


@st.composite
def labelled_histories(draw: st.DrawFn) -> VerdictHistory:
    """Histories whose records may carry a tracker's label on a declared scale and a rater."""
    records = []
    day = draw(st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)))
    for _ in range(draw(st.integers(0, 3))):
        verdict = draw(st.sampled_from(Verdict))
        scale = draw(st.none() | st.sampled_from(SCALES))
        labels = () if scale is None else scale.labels_for(verdict)
        labels += () if scale is None else tuple(a for a, v in scale.aliases if v is verdict)
        label = draw(st.sampled_from(labels)) if labels and draw(st.booleans()) else None
        rated_by = draw(st.none() | st.sampled_from(["Desk Kota", "Tim Cek Fakta", "Editor"]))
        records.append(
            VerdictRecord(day, verdict, "Alasan.", label=label, scale=scale, rated_by=rated_by)
        )
        day += dt.timedelta(days=draw(st.integers(1, 400)))
    return VerdictHistory(records)


@st.composite
def tracker_cases(draw: st.DrawFn) -> Case:
    """A case of 100 pledges over up to three targets, as a tracker of 100 pledges holds.

    The case and five of its pledges come from pledgekit.strategies (who made them,
    milestones, translations); the other 95 are drawn lighter, so that 100 fit in
    Hypothesis's budget: their text, targets and verdict history only.
    """
    base = draw(cases(as_written=True, min_targets=1, max_targets=3, irregular=False))
    chosen = st.lists(st.sampled_from(base.targets), unique=True, max_size=2).map(tuple)
    full = draw(
        st.lists(
            pledges(targets=chosen, milestones=st.lists(milestones(), max_size=1).map(tuple)),
            min_size=5,
            max_size=5,
            unique_by=lambda p: p.id,
        )
    )
    tracked = [attrs.evolve(p, verdicts=draw(labelled_histories())) for p in full]
    tracked += [
        Pledge(
            f"Janji nomor {n}",
            targets=draw(chosen),
            verdicts=draw(labelled_histories()),
            id=f"janji-{n}",
        )
        for n in range(95)
    ]
    return attrs.evolve(base, pledges=tracked)


class TestHundredPledges:
    # 100 pledges is the point: the smallest example is large by design.
    @settings(
        max_examples=5,
        suppress_health_check=[HealthCheck.large_base_example, HealthCheck.data_too_large],
    )
    @given(tracker_cases())
    def test_front_end_feed(self, case: Case) -> None:
        """A report of 100 generated pledges, labelled verdicts among them, is valid."""
        report = report_of(case)
        assert 100 == len(report["pledges"])
        assert [] == errors(report)


def _target(report: dict[str, Any]) -> dict[str, Any]:
    target: dict[str, Any] = report["targets"][0]
    return target


class TestWrongReportsRefused:
    def _refused(self, report: dict[str, Any], where: str) -> None:
        found = errors(report)
        assert found, "the schema accepted a wrong report"
        assert any(e.startswith(where) for e in found), found

    def test_float_amount(self, bekasi: dict[str, Any]) -> None:
        """An amount as a JSON number (146305.0) is refused: amounts are decimal strings."""
        wrong = copy.deepcopy(bekasi)
        _target(wrong)["progress"]["achieved"] = 146305.0
        self._refused(wrong, "targets/0/progress/achieved")

    def test_exponent_string(self, bekasi: dict[str, Any]) -> None:
        """A decimal with an exponent ("1.46305E+5") is refused."""
        wrong = copy.deepcopy(bekasi)
        _target(wrong)["progress"]["achieved"] = "1.46305E+5"
        self._refused(wrong, "targets/0/progress/achieved")

    def test_ratio_as_float_string(self, bekasi: dict[str, Any]) -> None:
        """A share met written "0.5" is refused: it is a ratio, "1/2"."""
        wrong = copy.deepcopy(bekasi)
        wrong["pledges"][0]["assessment"]["share_met"] = "0.5"
        self._refused(wrong, "pledges/0/assessment/share_met")

    @pytest.mark.parametrize("day", ["2022-02-30", "2021-02-29", "1900-02-29", "2022-6-30"])
    def test_bad_date(self, bekasi: dict[str, Any], day: str) -> None:
        """Days that do not exist, and a date not in ISO form, are refused."""
        wrong = copy.deepcopy(bekasi)
        _target(wrong)["progress"]["as_of"] = day
        self._refused(wrong, "targets/0/progress/as_of")

    @pytest.mark.parametrize("day", ["2020-02-29", "2000-02-29", "2022-12-31"])
    def test_good_dates(self, bekasi: dict[str, Any], day: str) -> None:
        """Leap days of leap years (2000 among them) are dates."""
        right = copy.deepcopy(bekasi)
        _target(right)["progress"]["as_of"] = day
        assert [] == errors(right)

    def test_bad_period(self, bekasi: dict[str, Any]) -> None:
        """A period whose end does not exist is refused."""
        wrong = copy.deepcopy(bekasi)
        _target(wrong)["period"] = "2018-09-20..2023-09-31"
        self._refused(wrong, "targets/0/period")

    @pytest.mark.parametrize(
        ("path", "key"),
        [
            ((), "summary"),
            (("targets", 0, "progress"), "ratio"),
            (("pledges", 0), "verdicts"),
            (("pledges", 0), "suggested"),
            (("settings", "verdict_rules"), "partial_at_least"),
        ],
    )
    def test_missing_key(self, bekasi: dict[str, Any], path: tuple[Any, ...], key: str) -> None:
        """A report without one of its keys is refused."""
        wrong = copy.deepcopy(bekasi)
        node: Any = wrong
        for step in path:
            node = node[step]
        del node[key]
        found = errors(wrong)
        assert any(f"'{key}' is a required property" in e for e in found), found

    def test_unknown_verdict(self, bekasi: dict[str, Any]) -> None:
        """A verdict outside the canonical seven is refused."""
        wrong = copy.deepcopy(bekasi)
        wrong["pledges"][0]["verdicts"] = [
            {
                "date": "2022-07-25",
                "verdict": "promise_kept",
                "label": None,
                "scale": None,
                "scale_name": None,
                "rated_by": None,
                "rationale": "x",
                "source": None,
                "messages": {"en": "Kept", "id": "Ditepati"},
            }
        ]
        self._refused(wrong, "pledges/0/verdicts/0/verdict")

    def test_wrong_version(self, bekasi: dict[str, Any]) -> None:
        """A version-3 report is not a version-4 report."""
        wrong = copy.deepcopy(bekasi)
        wrong["pledgekit_report"] = 3
        self._refused(wrong, "pledgekit_report")

    def test_an_unknown_key_is_allowed(self, bekasi: dict[str, Any]) -> None:
        """Keys added within the version are allowed: a reader ignores what it does not know."""
        later = copy.deepcopy(bekasi)
        _target(later)["progress"]["added_later"] = "x"
        assert [] == errors(later)


def test_targets_named_in_pledges_are_listed(bekasi: dict[str, Any]) -> None:
    """What the schema cannot say, the report does: a pledge's target ids are listed targets."""
    ids = {t["id"] for t in bekasi["targets"]}
    for pledge in bekasi["pledges"]:
        assert set(pledge["targets"]) <= ids
