"""Case-file keys of version 2: targets as plans write them, claims as officials word them."""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import event, given

from pledgekit import (
    Accumulation,
    Case,
    Claim,
    ClaimKind,
    Comparison,
    DataFileError,
    Direction,
    Indicator,
    Milestone,
    Period,
    Pledge,
    RateUnit,
    Revision,
    ScheduleEntry,
    Source,
    Target,
)
from pledgekit.io import FORMAT_VERSION, dumps, loads, schema, to_datapackage, to_records
from pledgekit.io.converter import structure, unstructure
from pledgekit.strategies import cases

VALIDATOR = jsonschema.Draft202012Validator(schema())

HEADER = """\
pledgekit_case = 2
title = "Targets as plans write them"

[[sources]]
id = "perda"
outlet = "JDIH"
title = "RPJMD perubahan"

[[indicators]]
id = "jobs"
name = "Lapangan kerja baru"
unit = "orang"
direction = "increase"
accumulation = "sum"

[[indicators]]
id = "poverty"
name = "Persentase penduduk miskin"
unit = "%"
direction = "decrease"
accumulation = "last"
"""

JOBS = Indicator(
    "Lapangan kerja baru",
    "orang",
    direction=Direction.INCREASE,
    accumulation=Accumulation.SUM,
    id="jobs",
)
POVERTY = Indicator(
    "Persentase penduduk miskin",
    "%",
    direction=Direction.DECREASE,
    accumulation=Accumulation.LAST,
    id="poverty",
)
PERDA = Source("JDIH", "RPJMD perubahan", id="perda")
TEN_MILLION = """
[[targets]]
id = "jobs-10m"
indicator = "jobs"
value = "10000000"
period = "2015..2019"
schedule = { "2015" = "2000000", "2016" = "2000000", "2017" = "2000000", "2018" = "2000000", "2019" = "2000000" }
"""
SATU_DIGIT = """
[[targets]]
id = "satu-digit"
indicator = "poverty"
value = "10"
baseline = "10.86"
period = "2015..2019"
comparison = "less_than"
"""
OK_OCE = """
[[targets]]
id = "ok-oce"
indicator = "jobs"
value = "200000"
period = "2018..2022"

[[targets.revisions]]
on = 2019-01-01
value = "278971"
source = "perda"
note = "RPJMD perubahan"
"""


def case_of(*parts: str) -> Case:
    return loads(HEADER + "".join(parts))


def round_trip(case: Case) -> Case:
    """The case written as JSON, checked against the schema, and read back."""
    data = json.loads(dumps(case))
    VALIDATOR.validate(data)
    return loads(dumps(case), format="json")


def problems_of(text: str) -> list[tuple[str, str]]:
    with pytest.raises(DataFileError) as caught:
        loads(text)
    return [(p.location, p.message) for p in caught.value.problems]


class TestTargets:
    """A target's schedule, revisions, comparison and range read, write and read back equal."""

    def test_schedule(self) -> None:
        """Ten million jobs, two million a year: five yearly entries in period order."""
        target = case_of(TEN_MILLION).target("jobs-10m")
        expected = tuple(
            ScheduleEntry(Period.year(year), Decimal(2000000)) for year in range(2015, 2020)
        )
        assert expected == target.schedule
        assert case_of(TEN_MILLION) == round_trip(case_of(TEN_MILLION))

    def test_schedule_of_months(self) -> None:
        """Schedule keys take every period notation: months and ranges of them."""
        text = TEN_MILLION.replace(
            'schedule = { "2015" = "2000000", "2016"',
            'schedule = { "2015-01..2015-06" = "1000000", "2015-07..2015-12" = "1000000", "2016"',
        )
        target = case_of(text).target("jobs-10m")
        assert Period(dt.date(2015, 7, 1), dt.date(2015, 12, 31)) == target.schedule[1].period
        assert case_of(text) == round_trip(case_of(text))

    def test_comparison(self) -> None:
        """The target "satu digit kemiskinan" is less_than 10; the default comparison is not written."""
        target = case_of(SATU_DIGIT).target("satu-digit")
        assert Comparison.LESS_THAN == target.comparison
        assert case_of(SATU_DIGIT) == round_trip(case_of(SATU_DIGIT))
        plain = case_of(SATU_DIGIT.replace('comparison = "less_than"\n', ""))
        assert "comparison" not in json.loads(dumps(plain))["targets"][0]

    def test_range(self) -> None:
        """A value ["7", "8"] is a range, within by default, written back as a list."""
        text = SATU_DIGIT.replace('value = "10"', 'value = ["7", "8"]').replace(
            'comparison = "less_than"', 'comparison = "within"'
        )
        target = case_of(text).target("satu-digit")
        assert ((Decimal(7), Decimal(8)), Comparison.WITHIN) == (target.value, target.comparison)
        data = json.loads(dumps(case_of(text)))["targets"][0]
        assert (["7", "8"], None) == (data["value"], data.get("comparison"))
        assert case_of(text) == round_trip(case_of(text))

    def test_revisions(self) -> None:
        """OK OCE: 200.000 revised to 278.971 from 2019, with the document that says so."""
        target = case_of(OK_OCE).target("ok-oce")
        expected = Revision(dt.date(2019, 1, 1), "278971", source=PERDA, note="RPJMD perubahan")
        assert (expected,) == target.revisions
        assert case_of(OK_OCE) == round_trip(case_of(OK_OCE))

    def test_revision_with_schedule(self) -> None:
        """A revision restates the yearly targets with its final one."""
        text = OK_OCE + 'schedule = { "2019" = "100000", "2020..2022" = "178971" }\n'
        (revision,) = case_of(text).target("ok-oce").revisions
        assert Decimal(178971) == revision.schedule[1].value
        assert case_of(text) == round_trip(case_of(text))


class TestProgressFromFiles:
    """Cases loaded from files give the numbers worked out by hand."""

    def test_interim_target(self) -> None:
        """At the end of 2016, two years of the schedule are due: 4,000,000."""
        text = TEN_MILLION + (
            '[[observations]]\nindicator = "jobs"\nperiod = "2015"\nvalue = "1800000"\n'
            '[[observations]]\nindicator = "jobs"\nperiod = "2016"\nvalue = "2100000"\n'
        )
        progress = case_of(text).assess(as_of=dt.date(2016, 12, 31)).for_target("jobs-10m")
        # due: 2,000,000 + 2,000,000 = 4,000,000; done: 1,800,000 + 2,100,000 = 3,900,000
        assert Decimal(4000000) == progress.progress.interim_level
        assert Decimal(100000) == progress.progress.interim_shortfall  # 4,000,000 - 3,900,000

    @pytest.mark.parametrize(("figure", "met"), [("10.00", False), ("9.99", True)])
    def test_strict_comparison(self, figure: str, met: bool) -> None:
        """10,00 % is not one digit; 9,99 % is."""
        text = SATU_DIGIT + (
            f'[[observations]]\nindicator = "poverty"\nperiod = "2019"\nvalue = "{figure}"\n'
        )
        assessed = case_of(text).assess().for_target("satu-digit")
        assert met == assessed.progress.is_met

    def test_value_in_force(self) -> None:
        """After the revision, 278,971 is in force: 278,971 - 150,000 = 128,971 to go."""
        text = OK_OCE + (
            '[[observations]]\nindicator = "jobs"\nperiod = "2018"\nvalue = "150000"\n'
        )
        progress = case_of(text).assess(as_of=dt.date(2019, 6, 30)).for_target("ok-oce").progress
        assert (Decimal(278971), Decimal(128971)) == (progress.target.value, progress.shortfall)


CLAIMS = TEN_MILLION.replace("2015..2019", "2022").replace(
    'schedule = { "2015" = "2000000", "2016" = "2000000", "2017" = "2000000", '
    '"2018" = "2000000", "2019" = "2000000" }\n',
    "",
)


class TestClaims:
    """A claim's bound and rate read, write and read back equal."""

    def test_bound(self) -> None:
        """The claim "di atas 6000 orang": more than 6,000."""
        text = CLAIMS + (
            '[[claims]]\nkind = "achieved"\nvalue = "6000"\nbound = "more_than"\n'
            "as_of = 2022-06-30\n"
        )
        (claim,) = case_of(text).claims
        assert (Comparison.MORE_THAN, Decimal(6000)) == (claim.bound, claim.value)
        assert case_of(text) == round_trip(case_of(text))

    def test_rate(self) -> None:
        """The claim "rata-rata 1.200 per bulan" since January: a rate over its months."""
        text = CLAIMS + (
            '[[claims]]\nkind = "rate"\nvalue = "1200"\nper = "month"\n'
            'period = "2022-01..2022-06"\nas_of = 2022-06-30\n'
        )
        (claim,) = case_of(text).claims
        expected = Period(dt.date(2022, 1, 1), dt.date(2022, 6, 30))
        assert (ClaimKind.RATE, RateUnit.MONTH, expected) == (claim.kind, claim.per, claim.period)
        assert case_of(text) == round_trip(case_of(text))


class TestPledges:
    """A pledge's promised figure and milestones read, write and read back equal."""

    def test_promised_and_milestones(self) -> None:
        """200.000 promised; a milestone done 5 days after it was due."""
        text = OK_OCE + (
            '[[pledges]]\ntext = "200.000 wirausaha baru"\ntargets = ["ok-oce"]\n'
            'promised = "200.000 orang"\n'
            "[[pledges.milestones]]\n"
            'description = "Pergub OK OCE terbit"\ndue = 2018-12-31\ndone_on = 2019-01-05\n'
            'source = "perda"\nnote = "nomor 102"\nid = "pergub"\n'
        )
        # In Indonesian notation "200.000 orang" is 200,000 in the targets' unit.
        case = loads(
            HEADER.replace("pledgekit_case = 2", 'pledgekit_case = 2\nlocale = "id"') + text
        )
        (pledge,) = case.pledges
        expected = Milestone(
            "Pergub OK OCE terbit",
            dt.date(2018, 12, 31),
            done_on=dt.date(2019, 1, 5),
            source=PERDA,
            note="nomor 102",
            id="pergub",
        )
        assert (Decimal(200000), (expected,)) == (pledge.promised, pledge.milestones)
        assert 5 == pledge.milestones[0].late_days  # 2019-01-05 - 2018-12-31
        assert case == round_trip(case)


class TestConverter:
    """The converter writes and reads the new objects alone, as the case file does."""

    def test_revision(self) -> None:
        """A revision alone carries its source in place."""
        revision = Revision(
            dt.date(2019, 1, 1),
            ["7", "8"],
            schedule={Period.year(2019): "7.5"},
            source=PERDA,
        )
        data = unstructure(revision)
        assert ["7", "8"] == data["value"]
        assert {"2019-01-01..2019-12-31": "7.5"} == data["schedule"]
        assert revision == structure(data, Revision)

    def test_milestone(self) -> None:
        """A milestone alone, absent values left out."""
        milestone = Milestone("Perda terbit", dt.date(2020, 12, 31))
        data = unstructure(milestone)
        assert {"id": "perda-terbit", "description": "Perda terbit", "due": "2020-12-31"} == data
        assert milestone == structure(data, Milestone)

    def test_target_with_everything(self) -> None:
        """A target with a schedule and a revision comes back equal."""
        target = Target(
            JOBS,
            "10000000",
            period=Period(dt.date(2015, 1, 1), dt.date(2019, 12, 31)),
            comparison="more_than",
            schedule={Period.year(2015): "2000000"},
            revisions=[Revision(dt.date(2017, 1, 1), "12000000")],
        )
        assert target == structure(unstructure(target), Target)

    def test_pledge_and_claim(self) -> None:
        """A pledge with what it promised, a rate claim with its bound."""
        pledge = Pledge("x", promised="200000", milestones=[Milestone("m", dt.date(2020, 1, 1))])
        claim = Claim(
            ClaimKind.RATE,
            "1200",
            dt.date(2022, 6, 30),
            period=Period(dt.date(2022, 1, 1), dt.date(2022, 6, 30)),
            per="month",
            bound="at_least",
        )
        assert pledge == structure(unstructure(pledge), Pledge)
        assert claim == structure(unstructure(claim), Claim)


BAD_TARGET = HEADER + '[[targets]]\nid = "t"\nindicator = "jobs"\nperiod = "2019..2020"\n'


class TestErrors:
    """Each bad new value names its line, its field and what was expected.

    The header is 21 lines and the target's first 4 follow: the body starts on line 26.
    """

    @pytest.mark.parametrize(
        ("body", "location", "message"),
        [
            (
                'value = "10"\nschedule = { "2021" = "5" }\n',
                "line 27, targets[0].schedule.2021",
                "found '2021'; expected a period within the target period 2019-01-01..2020-12-31",
            ),
            (
                'value = "10"\nschedule = { "2019" = "5", "2019-06" = "1" }\n',
                "line 27, targets[0].schedule.2019-06",
                "found '2019-06'; expected a period that does not overlap another of the "
                "schedule (it overlaps 2019-01-01..2019-12-31)",
            ),
            (
                'value = ["8", "7"]\n',
                "line 26, targets[0].value",
                "found a list of 2; expected a range [low, high] with low <= high (8 > 7)",
            ),
            (
                'value = "10"\ncomparison = "less_than"\n',
                "line 27, targets[0].comparison",
                "found 'less_than'; expected a comparison that fits the direction 'increase' "
                "of 'Lapangan kerja baru' (at_least, more_than or within)",
            ),
            (
                'value = ["7", "8"]\ncomparison = "at_least"\n',
                "line 27, targets[0].comparison",
                "found 'at_least'; expected 'within' (or no comparison) for a range value "
                "[low, high]",
            ),
            (
                'value = "10"\n[[targets.revisions]]\nvalue = "12"\n',
                "line 27, targets[0].revisions[0].on",
                "missing key 'on' in a revision",
            ),
            (
                'value = "10"\n[[targets.revisions]]\non = 2020-01-01\nvalue = ["1", "2"]\n',
                "line 29, targets[0].revisions[0].value",
                "found a list of 2; expected one amount, as the target's comparison is 'at_least'",
            ),
            (
                'value = "10"\n[[claims]]\nkind = "achieved"\nvalue = "1"\n'
                'as_of = 2019-06-30\nper = "month"\n',
                "line 31, claims[0].per",
                "found 'month'; expected no 'per' except on a claim of kind 'rate'",
            ),
            (
                'value = "10"\n[[claims]]\nkind = "achieved"\nvalue = "1"\n'
                'as_of = 2019-06-30\nbound = "within"\n',
                "line 31, claims[0].bound",
                "found 'within'; expected one of 'more_than', 'at_least', 'at_most', 'less_than'",
            ),
        ],
    )
    def test_bad_value(self, body: str, location: str, message: str) -> None:
        """The one problem of the file, where it is."""
        assert [(location, message)] == problems_of(BAD_TARGET + body)

    def test_rate_without_per_or_period(self) -> None:
        """A rate claim says what it is per and the period it averages over."""
        body = 'value = "10"\n[[claims]]\nkind = "rate"\nvalue = "1"\nas_of = 2019-06-30\n'
        assert [
            (
                "line 27, claims[0].period",
                "missing key 'period': a claim of kind 'rate' gives the period it averages over",
            ),
            (
                "line 27, claims[0].per",
                "missing key 'per': a claim of kind 'rate' says what it is per "
                "('day', 'month' or 'year')",
            ),
        ] == problems_of(BAD_TARGET + body)


class TestVersions:
    """Version 2 is written; version 1 is read, without the keys version 2 added."""

    def test_written_version(self) -> None:
        """Every file is written as version 2."""
        assert 2 == FORMAT_VERSION == json.loads(dumps(Case("x")))["pledgekit_case"]

    @pytest.mark.parametrize(
        ("part", "location", "what"),
        [
            (SATU_DIGIT, "line 29, targets[0].comparison", "the key 'comparison'"),
            (TEN_MILLION, "line 28, targets[0].schedule", "the key 'schedule'"),
            (OK_OCE, "line 29, targets[0].revisions[0]", "the key 'revisions'"),
            (
                SATU_DIGIT.replace('value = "10"', 'value = ["7", "8"]').replace(
                    'comparison = "less_than"\n', ""
                ),
                "line 26, targets[0].value",
                "a range [low, high]",
            ),
        ],
    )
    def test_version_1_refuses_new_keys(self, part: str, location: str, what: str) -> None:
        """A version-1 file using a key of version 2 says it needs version 2."""
        text = (HEADER + part).replace("pledgekit_case = 2", "pledgekit_case = 1")
        message = f"{what} needs version 2 of the format: pledgekit_case = 2 (the file says 1)"
        assert [(location, message)] == problems_of(text)

    def test_version_1_refuses_rate_bound_and_milestones(self) -> None:
        """The claim's and the pledge's new keys, and the kind 'rate', each named."""
        text = (
            HEADER.replace("pledgekit_case = 2", "pledgekit_case = 1")
            + CLAIMS
            + '[[claims]]\nkind = "rate"\nvalue = "1"\nper = "day"\nbound = "at_least"\n'
            'period = "2022-01"\nas_of = 2022-01-31\n'
            '[[pledges]]\ntext = "x"\npromised = "1"\n'
            '[[pledges.milestones]]\ndescription = "m"\ndue = 2022-01-01\n'
        )
        found = [location.split(", ")[1] for location, _ in problems_of(text)]
        claim = ["claims[0].bound", "claims[0].per", "claims[0].kind"]
        assert [*claim, "pledges[0].promised", "pledges[0].milestones[0]"] == found


def _schema_refuses(data: object) -> bool:
    return not VALIDATOR.is_valid(data)


class TestSchema:
    """What the loader refuses of the new keys, the schema refuses where it can say so."""

    def data_of(self, *parts: str) -> dict[str, object]:
        return json.loads(dumps(case_of(*parts)))

    def test_dumps_validate(self) -> None:
        """Each new shape, dumped, validates."""
        for part in (TEN_MILLION, SATU_DIGIT, OK_OCE):
            VALIDATOR.validate(self.data_of(part))

    @pytest.mark.parametrize(
        ("old", "new"),
        [
            ('"pledgekit_case": 2', '"pledgekit_case": 1'),  # a version-1 file with a revision
            ('"value": "278971"', '"value": ["1", "2", "3"]'),
            ('"on": "2019-01-01", ', ""),
            ('"id": "ok-oce"', '"id": "ok-oce", "comparison": "within"'),
            ('"id": "ok-oce"', '"id": "ok-oce", "comparison": "somewhat"'),
            ('"note": "RPJMD perubahan"', '"note": "x", "schedule": {"next year": "1"}'),
        ],
    )
    def test_both_refuse(self, old: str, new: str) -> None:
        """A file the schema refuses, the loader refuses too."""
        text = json.dumps(self.data_of(OK_OCE), ensure_ascii=False).replace(old, new)
        assert new == "" or new in text
        assert _schema_refuses(json.loads(text))
        with pytest.raises(DataFileError):
            loads(text, format="json")

    @pytest.mark.parametrize(
        "claim",
        [
            {"kind": "rate", "value": "1", "as_of": "2022-01-31", "period": "2022-01"},
            {"kind": "achieved", "value": "1", "as_of": "2022-01-31", "per": "day"},
            {"kind": "achieved", "value": "1", "as_of": "2022-01-31", "bound": "within"},
        ],
    )
    def test_bad_claims(self, claim: dict[str, str]) -> None:
        """A rate without per, per without rate, a bound 'within': both refuse."""
        data = self.data_of(CLAIMS)
        data["claims"] = [claim]
        assert _schema_refuses(data)
        with pytest.raises(DataFileError):
            loads(json.dumps(data), format="json")

    def test_schedule_keys_are_periods(self) -> None:
        """The schema's schedule keys are the period notation the loader reads."""
        keys = schema()["$defs"]["schedule"]["propertyNames"]["anyOf"]
        assert any(re.fullmatch(k["pattern"], "2022-01..2022-06") for k in keys)


class TestTables:
    """The Frictionless package and the records carry schedules, revisions and ranges."""

    def test_package_tables(self, tmp_path: Path) -> None:
        """A schedule row per year, a revision row, a range as value and value_high."""
        ranged = SATU_DIGIT.replace('value = "10"', 'value = ["7", "8"]').replace(
            'comparison = "less_than"\n', ""
        )
        to_datapackage(case_of(TEN_MILLION, OK_OCE, ranged), tmp_path)
        schedules = (tmp_path / "schedules.csv").read_text(encoding="utf-8").splitlines()
        revisions = (tmp_path / "revisions.csv").read_text(encoding="utf-8").splitlines()
        targets = (tmp_path / "targets.csv").read_text(encoding="utf-8").splitlines()
        assert "jobs-10m,,2015-01-01,2015-12-31,2000000" == schedules[1]
        assert 1 + 5 == len(schedules)  # the header and the five years 2015..2019
        assert ["ok-oce,2019-01-01,278971,,perda,RPJMD perubahan"] == revisions[1:]
        assert "satu-digit,poverty,%,10.86,7,2015-01-01,2019-12-31,within,8" == targets[3]

    def test_records(self) -> None:
        """The value in force beside the original; the interim target and its shortfall."""
        text = OK_OCE + (
            '[[observations]]\nindicator = "jobs"\nperiod = "2018"\nvalue = "150000"\n'
        )
        (row,) = to_records(case_of(text).assess(as_of=dt.date(2019, 6, 30)))
        assert ("278971", "200000", "2019-01-01") == (
            row["target"],
            row["original_target"],
            row["revised_on"],
        )
        text = TEN_MILLION + (
            '[[observations]]\nindicator = "jobs"\nperiod = "2015"\nvalue = "1800000"\n'
        )
        (row,) = to_records(case_of(text).assess(as_of=dt.date(2015, 12, 31)))
        # due by the end of 2015: 2,000,000; done 1,800,000; missing 200,000
        assert ("2015-12-31", "2000000", "200000", None) == (
            row["interim_period_end"],
            row["interim_target"],
            row["interim_shortfall"],
            row["original_target"],
        )


def _uses_version_2(data: dict[str, Any]) -> bool:
    """Whether the data of a case file has a key or value that only version 2 has."""
    targets, claims, pledges = (data.get(key, []) for key in ("targets", "claims", "pledges"))
    return (
        any({"comparison", "schedule", "revisions"} & set(t) for t in targets)
        or any(isinstance(t["value"], list) for t in targets)
        or any({"bound", "per"} & set(c) or c["kind"] == "rate" for c in claims)
        or any({"promised", "milestones", "topics", "status"} & set(p) for p in pledges)
    )


class TestVersionProperty:
    """A dump read as version 1 is the same case, or refused only for what version 2 added."""

    @given(cases())
    def test_version_1_reads_what_it_can(self, case: Case) -> None:
        """Invariant: as version 1, a dump loads equal exactly when it has no version-2 key."""
        data = json.loads(dumps(case))
        data["pledgekit_case"] = 1
        newer = _uses_version_2(data)
        event(f"uses version-2 keys: {newer}")
        if not newer:
            assert case == loads(json.dumps(data), format="json")
            return
        with pytest.raises(DataFileError) as caught:
            loads(json.dumps(data), format="json")
        messages = [problem.message for problem in caught.value.problems]
        assert all("needs version 2 of the format" in message for message in messages)
