"""Case files: TOML in, JSON both ways, every field kept, every problem named with its place."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pledgekit import (
    Accumulation,
    Case,
    Claim,
    ClaimKind,
    DataFileError,
    Direction,
    Goal,
    Identifier,
    Indicator,
    InvalidValueError,
    Membership,
    Milestone,
    Mission,
    Objective,
    Observation,
    Organization,
    Period,
    Person,
    Plan,
    Pledge,
    Program,
    Revision,
    Rounding,
    Source,
    Target,
)
from pledgekit.io import FORMAT_VERSION, MAX_FILE_BYTES, dump, dumps, load, loads, schema
from pledgekit.strategies import cases, memberships, sources
from pledgekit.verdicts import Verdict, VerdictHistory, VerdictRecord

ROOT = Path(__file__).parent.parent
BEKASI = ROOT / "examples" / "bekasi" / "case.toml"
VALIDATOR = jsonschema.Draft202012Validator(schema())


@st.composite
def rich_cases(draw: st.DrawFn) -> Case:
    """Generated cases with what cases() leaves out: speakers, plan targets, verdict sources."""
    case = draw(cases())
    claims = tuple(
        attrs.evolve(claim, speaker=draw(st.none() | memberships())) for claim in case.claims
    )
    plan = case.plan
    if plan is not None and case.targets:
        pick = st.lists(st.sampled_from(case.targets), max_size=2, unique=True)
        plan = attrs.evolve(
            plan,
            targets=draw(pick),
            missions=[attrs.evolve(m, targets=draw(pick)) for m in plan.missions],
            goals=[
                attrs.evolve(
                    g,
                    targets=draw(pick),
                    objectives=[attrs.evolve(o, targets=draw(pick)) for o in g.objectives],
                )
                for g in plan.goals
            ],
            programs=[attrs.evolve(p, targets=draw(pick)) for p in plan.programs],
        )
    verdict_sources = st.none() | sources()
    if case.sources:
        verdict_sources = verdict_sources | st.sampled_from(case.sources)
    pledges = tuple(
        attrs.evolve(
            pledge,
            verdicts=VerdictHistory(
                [attrs.evolve(r, source=draw(verdict_sources)) for r in pledge.verdicts]
            ),
        )
        for pledge in case.pledges
    )
    observations = case.observations
    if len(case.indicators) == 1 and draw(st.booleans()):
        observations = tuple(attrs.evolve(o, indicator=None) for o in observations)
    return attrs.evolve(case, claims=claims, plan=plan, pledges=pledges, observations=observations)


def full_case() -> Case:
    """A case in which every optional field of every class is set."""
    article = Source(
        "Kompas",
        "Janji 150.000 lapangan kerja",
        url="https://example.org/a",
        published=dt.date(2022, 7, 23),
        quote="“Sudah 141.624” — kata Kabid.",
        id="kompas-1",
    )
    unlisted = Source("Tempo", "Cek fakta", id="tempo-1")
    jobs = Indicator(
        "Lapangan kerja",
        "orang",
        direction=Direction.INCREASE,
        accumulation=Accumulation.SUM,
        definition="Jobs opened",
        code="IKU-7",
        id="jobs",
    )
    rate = Indicator(
        "Tingkat pengangguran terbuka",
        "%",
        direction=Direction.DECREASE,
        accumulation=Accumulation.LAST,
        id="tpt",
    )
    jobs_target = Target(jobs, "150000", period=Period.term(dt.date(2018, 9, 20)), id="jobs-t")
    rate_target = Target(rate, "5.10", period=Period.years(2019, 2023), baseline="8.81", id="tpt-t")
    person = Person(
        "Rahmat Effendi",
        honorific_prefix="Dr.",
        honorific_suffix="M.Si",
        identifiers=[Identifier("Q12345", scheme="wikidata"), Identifier("x1", scheme="kpu")],
    )
    party = Organization(
        "Partai Golkar",
        classification="party",
        identifiers=[Identifier("Q1234", scheme="wikidata")],
    )
    mayor = Membership(
        person,
        post="Wali Kota Bekasi",
        organization=party,
        role="kepala daerah",
        start_date=dt.date(2018, 9, 20),
        end_date=dt.date(2023, 9, 19),
    )
    plan = Plan(
        "Kota Bekasi",
        Period.term(dt.date(2018, 9, 20)),
        vision="Cerdas, Kreatif, Maju, Sejahtera dan Ihsan",
        missions=[Mission(1, "Tata kelola", targets=[rate_target]), Mission(3, "Ekonomi")],
        goals=[
            Goal(
                "Struktur ekonomi",
                mission=3,
                objectives=[Objective("Laju pertumbuhan", targets=[jobs_target])],
                targets=[rate_target],
            )
        ],
        programs=[
            Program(
                10,
                "Pembukaan peluang kerja",
                missions=[1, 3],
                code="2.07.04",
                agency="Disnaker",
                targets=[jobs_target],
            )
        ],
        program_count=45,
        name="RPJMD 2018–2023",
        targets=[jobs_target],
    )
    pledge = Pledge(
        "Menyerap 150.000 tenaga kerja",
        language="id",
        translation="Absorb 150,000 workers",
        made_by=mayor,
        made_on=dt.date(2018, 5, 1),
        source=article,
        targets=[jobs_target, rate_target],
        programs=[10],
        verdicts=[
            VerdictRecord(dt.date(2019, 1, 1), Verdict.NOT_RATED, "new", article),
            VerdictRecord(dt.date(2022, 7, 23), Verdict.IN_PROGRESS, "146.305 reported", unlisted),
        ],
        id="p-150k",
    )
    return Case(
        "Everything",
        description="Every field, Unicode included: ü, 漢, “quotes”.",
        plan=plan,
        pledges=[pledge],
        indicators=[jobs, rate],
        targets=[jobs_target, rate_target],
        observations=[
            Observation(
                Period.year(2020),
                "56000",
                resolution="1000",
                rounding=Rounding.DOWN,
                source=article,
                note="dibulatkan",
                indicator=jobs,
            ),
            Observation(Period.month(2021, 12), "7.50", indicator=rate, note=""),
        ],
        claims=[
            Claim(
                ClaimKind.PERIOD_VALUE,
                "27197",
                dt.date(2022, 6, 30),
                stated_on=dt.date(2022, 7, 22),
                resolution="1",
                rounding=Rounding.NEAREST,
                speaker=mayor,
                source=article,
                indicator=rate,
                target=jobs_target,
                period=Period.year(2019),
                quote="di tahun 2019 ... 27.197",
                dateline="Jum’at (22/7/2022)",
            ),
            Claim(ClaimKind.MET, None, dt.date(2022, 6, 30), target=rate_target),
        ],
        sources=[article],
    )


def jsonable(value: Any) -> Any:
    """TOML data as JSON data: dates become ISO strings."""
    if isinstance(value, dict):
        return {key: jsonable(item) for key, item in value.items()}
    if isinstance(value, list):
        return [jsonable(item) for item in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def problems_of(text: str, format: str = "toml") -> list[tuple[str, str]]:
    """The problems loads() reports for a text that must fail."""
    with pytest.raises(DataFileError) as caught:
        loads(text, format=format, name="case.toml")
    assert "case.toml" == caught.value.file
    return [tuple(problem) for problem in caught.value.problems]


MINIMAL = """\
pledgekit_case = 1
title = "Jobs"

[[indicators]]
id = "jobs"
name = "Jobs opened"
unit = "persons"
direction = "increase"
accumulation = "sum"

[[targets]]
id = "jobs-2020"
indicator = "jobs"
value = "1000"
period = "2019..2020"

[[observations]]
indicator = "jobs"
period = "2019"
value = "400"
"""


class TestRoundTrip:
    @given(rich_cases())
    def test_json_round_trip(self, case: Case) -> None:
        """loads(dumps(case)) == case for every generated case."""
        assert case == loads(dumps(case), format="json")

    def test_every_field(self) -> None:
        """A case with every optional field set comes back equal."""
        case = full_case()
        assert case == loads(dumps(case), format="json")

    def test_digits_are_kept(self) -> None:
        """'5.10' keeps its trailing zero and is written as a string, never a JSON number."""
        case = full_case()
        data = json.loads(dumps(case))
        back = loads(dumps(case), format="json")
        assert "5.10" == data["targets"][1]["value"]
        assert Decimal("5.10").as_tuple() == back.target("tpt-t").value.as_tuple()
        assert "7.50" == data["observations"][1]["value"]

    def test_unicode_is_written_as_is(self) -> None:
        """Non-ASCII text is written as UTF-8, not escaped."""
        assert "漢" in dumps(full_case())

    def test_bekasi_round_trip(self) -> None:
        """The Bekasi case survives JSON."""
        case = load(BEKASI)
        assert case == loads(dumps(case), format="json")

    def test_dump_and_load_a_file(self, tmp_path: Path) -> None:
        """dump() writes a .json file that load() reads back equal."""
        case = full_case()
        dump(case, tmp_path / "case.json")
        assert case == load(tmp_path / "case.json")

    def test_dump_refuses_toml_name(self, tmp_path: Path) -> None:
        """dump() writes JSON only, and says so for a .toml name."""
        with pytest.raises(InvalidValueError, match="writes JSON"):
            dump(full_case(), tmp_path / "case.toml")

    def test_unlisted_verdict_source_written_in_place(self) -> None:
        """A verdict's source the case does not list is written as a table, not an id."""
        data = json.loads(dumps(full_case()))
        verdicts = data["pledges"][0]["verdicts"]
        assert ["kompas-1", "Tempo"] == [verdicts[0]["source"], verdicts[1]["source"]["outlet"]]

    def test_version_is_written(self) -> None:
        """Every JSON case file starts with its format version."""
        assert FORMAT_VERSION == json.loads(dumps(Case("x")))["pledgekit_case"]


class TestTomlFormat:
    def test_minimal_file(self) -> None:
        """A small hand-written file loads and assesses."""
        case = loads(MINIMAL)
        assert Decimal(600) == case.assess().for_target("jobs-2020").progress.shortfall

    def test_ids_default_from_names(self) -> None:
        """Without ids, indicators get the domain's default id and can be referred to by it."""
        text = MINIMAL.replace('id = "jobs"\n', "").replace('"jobs"', '"jobs-opened"')
        assert ["jobs-opened"] == [i.id for i in loads(text).indicators]

    def test_integer_amounts(self) -> None:
        """Integers are exact amounts too."""
        case = loads(MINIMAL.replace('value = "400"', "value = 400"))
        assert Decimal(400) == case.observations[0].value

    def test_indonesian_locale(self) -> None:
        """With locale = "id", amounts and periods are read in Indonesian notation."""
        text = MINIMAL.replace("title", 'locale = "id"\ntitle', 1)
        text = text.replace('value = "400"', 'value = "1.400"').replace(
            'value = "1000"', 'value = "1.500,5"'
        )
        text = text.replace('period = "2019"\n', 'period = "Januari–Juni 2019"\n')
        case = loads(text)
        assert (Decimal("1400"), Decimal("1500.5"), Period.months(2019, 1, 6)) == (
            case.observations[0].value,
            case.targets[0].value,
            case.observations[0].period,
        )

    def test_period_forms(self) -> None:
        """Years, months, days and ranges of each, and a bare integer year."""
        for text, expected in [
            ('"2019"', Period.year(2019)),
            ('"2019..2021"', Period.years(2019, 2021)),
            ('"2022-02"', Period.month(2022, 2)),
            ('"2022-01..2022-06"', Period.months(2022, 1, 6)),
            ('"2022-07-22"', Period(dt.date(2022, 7, 22), dt.date(2022, 7, 22))),
            ('"2018-09-20..2023-09-19"', Period.term(dt.date(2018, 9, 20))),
            ("2019", Period.year(2019)),
        ]:
            case = loads(MINIMAL.replace('period = "2019"\n', f"period = {text}\n"))
            assert expected == case.observations[0].period

    def test_dates_as_strings(self) -> None:
        """A date may be a TOML date or an ISO string."""
        text = MINIMAL + '[[sources]]\noutlet = "a"\ntitle = "b"\npublished = "2022-07-22"\n'
        assert dt.date(2022, 7, 22) == loads(text).sources[0].published

    def test_comments_are_ignored(self) -> None:
        """TOML comments carry the why of a figure and change nothing."""
        assert loads(MINIMAL) == loads(MINIMAL.replace('value = "400"', 'value = "400"  # BPS'))

    def test_bekasi_transcription(self) -> None:
        """The Bekasi file holds the article's figures, read in Indonesian notation."""
        case = load(BEKASI)
        assert [
            ("2019-01-01..2019-12-31", Decimal(27197), None),
            ("2020-01-01..2020-12-31", Decimal(56000), Decimal(1000)),
            ("2021-01-01..2021-12-31", Decimal(58000), Decimal(1000)),
            ("2022-01-01..2022-06-30", Decimal(5108), None),
        ] == [(str(o.period), o.value, o.resolution) for o in case.observations]
        assert ["Jum’at (22/7/2022)"] * 3 == [c.dateline for c in case.claims]
        assert "10 of 45" == case.plan.program_label(10) if case.plan else None


class TestErrors:
    def test_typo_in_a_key(self) -> None:
        """An unknown key is named with its line and the key it was probably meant to be."""
        (problem,) = problems_of(MINIMAL.replace("accumulation =", "acumulation ="))
        assert (
            "line 9, indicators[0].acumulation",
            "unknown key 'acumulation'; did you mean 'accumulation'? (expected one of id, "
            "name, unit, direction, accumulation, definition, code, accumulation_assumed)",
        ) == problem

    def test_bad_date(self) -> None:
        """A day that does not exist is named, with the form expected."""
        text = MINIMAL + '[[sources]]\noutlet = "a"\ntitle = "b"\npublished = "2022-02-30"\n'
        (problem,) = problems_of(text)
        assert (
            "line 24, sources[0].published",
            "found '2022-02-30'; expected a date such as 2022-07-22 (year-month-day); "
            "there is no such day",
        ) == problem

    def test_datetime_is_not_a_date(self) -> None:
        """A TOML date-time is refused: "as of" is the end of a day."""
        text = MINIMAL + '[[sources]]\noutlet = "a"\ntitle = "b"\npublished = 2022-07-22T10:00:00\n'
        ((location, message),) = problems_of(text)
        assert "line 24, sources[0].published" == location
        assert message.endswith("without a time of day")

    def test_toml_float_amount(self) -> None:
        """A bare 150.000 is refused: TOML reads it as 150.0; the message says what to write."""
        (problem,) = problems_of(MINIMAL.replace('value = "1000"', "value = 150.000"))
        assert (
            "line 14, targets[0].value",
            "TOML reads the bare number 150.000 as the float 150.0, and floats are refused "
            'because they are not exact; write it as a string: "150000" if you mean 150000 '
            '(or "150.000" and set locale = "id" at the top of the file), or "150" if you '
            "mean 150",
        ) == problem

    def test_amount_in_the_wrong_locale(self) -> None:
        """A plain-notation "27.197" is ambiguous, and refused with both readings."""
        (problem,) = problems_of(MINIMAL.replace('value = "400"', 'value = "27.197"'))
        assert (
            "line 20, observations[0].value",
            "'27.197' is ambiguous: in plain notation it is 27.197, in Indonesian notation "
            "27197; write '27197' if you mean 27197 (or set locale = \"id\" at the top of the "
            "file), or '27.1970' if you mean 27.197",
        ) == problem

    def test_comma_decimal_in_plain_notation(self) -> None:
        """A comma decimal such as "8,81" in a plain-notation file points to the locale."""
        ((location, message),) = problems_of(MINIMAL.replace('value = "400"', 'value = "8,81"'))
        assert "line 20, observations[0].value" == location
        assert (
            'a comma is not plain notation (if the figures are Indonesian, set locale = "id"'
            in message
        )

    def test_dangling_reference(self) -> None:
        """A reference to an id nobody has is named, with the close one and those listed."""
        (problem,) = problems_of(
            MINIMAL.replace(
                'indicator = "jobs"\nperiod = "2019"', 'indicator = "job"\nperiod = "2019"'
            )
        )
        assert (
            "line 18, observations[0].indicator",
            "refers to the indicator 'job', which is not listed in indicators; did you mean "
            "'jobs'? (listed: 'jobs')",
        ) == problem

    def test_program_not_in_plan(self) -> None:
        """A pledge naming a program the plan does not list is refused."""
        text = (
            MINIMAL
            + '[plan]\nregion = "R"\nperiod = "2019..2023"\nvision = "V"\n'
            + '[[plan.programs]]\nnumber = 10\ntitle = "P"\n'
            + '[[pledges]]\ntext = "T"\nprograms = [11]\n'
        )
        (problem,) = problems_of(text)
        assert (
            "line 30, pledges[0].programs[0]",
            "found the integer 11; expected the number of a program in plan.programs (10)",
        ) == problem

    def test_several_problems_at_once(self) -> None:
        """Every problem of a file is reported together, each with its line."""
        text = (
            MINIMAL.replace('direction = "increase"', 'direction = "up"')
            .replace('period = "2019..2020"', 'period = "2019..2018"')
            .replace('value = "400"', "value = 4.5")
            + '[[claims]]\nkind = "achieved"\nas_of = "2020-13-01"\n'
        )
        with pytest.raises(DataFileError) as caught:
            loads(text, name="case.toml")
        assert [
            "line 8, indicators[0].direction",
            "line 15, targets[0].period",
            "line 20, observations[0].value",
            "line 23, claims[0].as_of",
        ] == [location for location, _ in caught.value.problems]
        assert str(caught.value).startswith("case.toml: 4 problems\n  line 8, indicators[0]")

    def test_domain_rule_becomes_a_field_problem(self) -> None:
        """A constructor's refusal is reported at the field of the file."""
        (problem,) = problems_of(MINIMAL.replace('value = "1000"', 'value = "-5"'))
        assert (
            "line 14, targets[0].value",
            "found -5; expected a value at or above the baseline 0 for an indicator whose "
            "direction is INCREASE",
        ) == problem

    def test_duplicate_id(self) -> None:
        """Two objects of a kind with one id are refused, naming the first."""
        text = (
            MINIMAL
            + '[[sources]]\nid = "s"\noutlet = "a"\ntitle = "b"\n[[sources]]\nid = "s"\noutlet = "c"\ntitle = "d"\n'
        )
        (problem,) = problems_of(text)
        assert (
            "line 26, sources[1].id",
            "found 's'; expected an id not used before (it is also the id of sources[0])",
        ) == problem

    def test_missing_key(self) -> None:
        """A required key left out is named."""
        (problem,) = problems_of(MINIMAL.replace('unit = "persons"\n', ""))
        assert ("line 4, indicators[0].unit", "missing key 'unit' in an indicator") == problem

    def test_wrong_version(self) -> None:
        """A file for a newer format says to upgrade."""
        (problem,) = problems_of(MINIMAL.replace("pledgekit_case = 1", "pledgekit_case = 3"))
        assert (
            "line 1, pledgekit_case",
            "found the integer 3; expected 1 or 2 (the file is for a newer pledgekit; upgrade "
            "pledgekit)",
        ) == problem

    def test_toml_syntax(self) -> None:
        """A TOML syntax error names its line and column."""
        (problem,) = problems_of(MINIMAL.replace('title = "Jobs"', "title = Jobs"))
        assert (
            "line 2, column 9",
            "not valid TOML: a value that is not a string, a number, a date, a list or a "
            'table (a string needs quotes: "..."); see https://toml.io',
        ) == problem

    def test_json_float(self) -> None:
        """A JSON number with a decimal point is refused as an amount."""
        data = json.loads(dumps(loads(MINIMAL)))
        text = json.dumps(data).replace('"value": "400"', '"value": 400.5')
        (problem,) = problems_of(text, "json")
        assert (
            "observations[0].value",
            "JSON reads the bare number 400.5 as the float 400.5, and floats are refused "
            'because they are not exact; write it as a string: "400.5"',
        ) == problem

    def test_json_syntax(self) -> None:
        """A JSON syntax error names its line and column."""
        (problem,) = problems_of('{\n  "title": }', "json")
        assert ("line 2, column 12", "not valid JSON: Expecting value") == problem

    def test_unknown_suffix(self, tmp_path: Path) -> None:
        """load() reads .toml and .json files only."""
        path = tmp_path / "case.yaml"
        path.write_text("x", encoding="utf-8")
        with pytest.raises(DataFileError, match=r"found the suffix '\.yaml'"):
            load(path)

    def test_missing_file(self, tmp_path: Path) -> None:
        """A file that cannot be read is a DataFileError naming it."""
        with pytest.raises(DataFileError, match=r"nothing\.toml: file: cannot be read"):
            load(tmp_path / "nothing.toml")

    def test_not_utf8(self, tmp_path: Path) -> None:
        """Bytes that are not UTF-8 are named by line."""
        path = tmp_path / "case.toml"
        path.write_bytes(b'pledgekit_case = 1\ntitle = "\xff"\n')
        with pytest.raises(DataFileError, match="line 2: bytes that are not UTF-8"):
            load(path)

    def test_list_where_a_table_belongs(self) -> None:
        """A value of the wrong shape is named with what was expected."""
        (problem,) = problems_of('pledgekit_case = 1\ntitle = "x"\nplan = [1]\n')
        assert ("line 3, plan", "found a list of 1; expected a plan") == problem

    def test_error_is_a_value_error(self) -> None:
        """DataFileError can be caught as ValueError."""
        with pytest.raises(ValueError, match="descripton"):
            loads('pledgekit_case = 1\ntitle = "x"\ndescripton = ""\n')


class TestSafety:
    def test_file_too_large(self, tmp_path: Path) -> None:
        """A file over the size limit is refused before it is parsed."""
        path = tmp_path / "big.toml"
        path.write_bytes(b"#" * (MAX_FILE_BYTES + 1))
        with pytest.raises(DataFileError, match="larger than 10 MiB"):
            load(path)

    def test_text_too_large(self) -> None:
        """So is text over the limit."""
        with pytest.raises(DataFileError, match="larger than 10 MiB"):
            loads("#" * (MAX_FILE_BYTES + 1))

    def test_deep_nesting(self) -> None:
        """Data nested deeper than any case file needs is refused."""
        text = '{"pledgekit_case": 1, "title": "x", "description": ' + "[" * 40 + "]" * 40 + "}"
        ((_, message),) = problems_of(text, "json")
        assert message.startswith("nested more than 16 levels deep")

    def test_very_deep_nesting(self) -> None:
        """Nesting that would exhaust the parser's recursion is refused too."""
        with pytest.raises(DataFileError, match="nested too deeply"):
            loads("x = " + "[" * 100_000, name="case.toml")

    def test_huge_numbers(self) -> None:
        """Amounts beyond the supported size are refused, not computed."""
        (problem,) = problems_of(MINIMAL.replace('value = "400"', 'value = "1e999999999"'))
        assert problem[1].startswith(
            "found '1e999999999'; expected an amount with at most 30 digits"
        )

    def test_long_lists(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Lists longer than the limit are refused."""
        monkeypatch.setattr("pledgekit.io._values.MAX_ITEMS", 2)
        text = MINIMAL + '[[observations]]\nperiod = "2020"\nvalue = 1\n' * 2
        ((location, message),) = problems_of(text)
        assert ("observations", "a list of 3 items; expected at most 2") == (location, message)

    def test_nothing_is_executed(self, tmp_path: Path) -> None:
        """Text that looks like code stays text."""
        text = MINIMAL.replace('title = "Jobs"', "title = \"__import__('os').system('touch x')\"")
        assert "__import__('os').system('touch x')" == loads(text).title


class TestSchema:
    def test_schema_is_valid(self) -> None:
        """The schema is a valid draft 2020-12 schema."""
        jsonschema.Draft202012Validator.check_schema(schema())

    def test_published_copy_is_current(self) -> None:
        """docs/case.schema.json is the schema pledgekit ships."""
        published = json.loads((ROOT / "docs" / "case.schema.json").read_text(encoding="utf-8"))
        assert schema() == published

    def test_bekasi_validates(self) -> None:
        """The example TOML file (dates as ISO strings) and its JSON dump validate."""
        validator = jsonschema.Draft202012Validator(schema())
        with BEKASI.open("rb") as stream:
            data = jsonable(tomllib.load(stream))
        assert [] == list(validator.iter_errors(data))
        assert [] == list(validator.iter_errors(json.loads(dumps(load(BEKASI)))))

    @given(rich_cases())
    def test_every_dump_validates(self, case: Case) -> None:
        """Whatever dumps() writes, the schema accepts."""
        VALIDATOR.validate(json.loads(dumps(case)))

    @pytest.mark.parametrize(
        ("old", "new"),
        [
            ('"accumulation": "sum"', '"acumulation": "sum"'),
            ('"value": "400"', '"value": 400.5'),
            ('"direction": "increase"', '"direction": "up"'),
            ('"period": "2019-01-01..2019-12-31"', '"period": "last year"'),
            ('"pledgekit_case": 2', '"pledgekit_case": 3'),
            ('"unit": "persons", ', ""),
            ('"id": "jobs-2020"', '"id": "jobs 2020"'),
        ],
    )
    def test_invalid_files_fail_both(self, old: str, new: str) -> None:
        """A file the schema refuses, the loader refuses too."""
        text = dumps(loads(MINIMAL)).replace("\n", "").replace("  ", "")
        text = json.dumps(json.loads(text), ensure_ascii=False).replace(old, new)
        assert new == "" or new in text
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(json.loads(text), schema())
        with pytest.raises(DataFileError):
            loads(text, format="json")


class TestPackage:
    def test_import_pledgekit_imports_no_pandas(self) -> None:
        """Neither pledgekit nor pledgekit.io imports pandas."""
        code = "import sys, pledgekit, pledgekit.io; print('pandas' in sys.modules)"
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert "False" == result.stdout.strip()


class TestCoverage:
    @pytest.mark.parametrize(
        ("kind", "keys", "file_only"),
        [
            (
                Case,
                "CASE",
                {
                    "pledgekit_case",
                    "locale",
                    "persons",
                    "organizations",
                    "memberships",
                    "observation_tables",
                },
            ),
            (Source, "SOURCE", set()),
            (Indicator, "INDICATOR", set()),
            (Target, "TARGET", set()),
            (Revision, "REVISION", set()),
            (Identifier, "IDENTIFIER", set()),
            (Person, "PERSON", set()),
            (Organization, "ORGANIZATION", set()),
            (Membership, "MEMBERSHIP", set()),
            (Plan, "PLAN", set()),
            (Mission, "MISSION", set()),
            (Goal, "GOAL", set()),
            (Objective, "OBJECTIVE", set()),
            (Program, "PROGRAM", set()),
            (Pledge, "PLEDGE", set()),
            (Milestone, "MILESTONE", set()),
            (VerdictRecord, "VERDICT", set()),
            (Observation, "OBSERVATION", set()),
            (Claim, "CLAIM", set()),
        ],
    )
    def test_every_field_has_a_key(self, kind: type, keys: str, file_only: set[str]) -> None:
        """Each field of each domain class has a key in the case file (a new field fails here)."""
        from pledgekit.io import _tables

        assert {f.name for f in attrs.fields(kind)} == set(getattr(_tables, keys).keys) - file_only

    def test_schema_knows_every_key(self) -> None:
        """The schema lists exactly the keys the loader accepts."""
        from pledgekit.io import _tables

        defs = schema()["$defs"]
        for name, keys in [
            ("source", "SOURCE"),
            ("indicator", "INDICATOR"),
            ("target", "TARGET"),
            ("revision", "REVISION"),
            ("person", "PERSON"),
            ("organization", "ORGANIZATION"),
            ("membership", "MEMBERSHIP"),
            ("plan", "PLAN"),
            ("mission", "MISSION"),
            ("goal", "GOAL"),
            ("objective", "OBJECTIVE"),
            ("program", "PROGRAM"),
            ("pledge", "PLEDGE"),
            ("milestone", "MILESTONE"),
            ("verdict", "VERDICT"),
            ("observation", "OBSERVATION"),
            ("claim", "CLAIM"),
        ]:
            assert set(getattr(_tables, keys).keys) == set(defs[name]["properties"]), name
        assert set(_tables.CASE.keys) == set(schema()["properties"])


class TestLines:
    def test_nested_arrays_of_tables(self) -> None:
        """Objectives are counted within their goal, and keys found under them."""
        from pledgekit.io._locate import TomlLines

        lines = TomlLines(
            "[plan]\nregion = 'x'\n[[plan.goals]]\ntext = 'a'\n[[plan.goals]]\ntext = 'b'\n"
            "[[plan.goals.objectives]]  # the first of goal 1\ntext = 'c'\n"
        )
        assert ["line 2", "line 6", "line 8"] == [
            lines.locate(path).split(",")[0]
            for path in ("plan.region", "plan.goals[1].text", "plan.goals[1].objectives[0].text")
        ]

    def test_multiline_strings_are_skipped(self) -> None:
        """A line inside a multi-line string is not taken for a key."""
        from pledgekit.io._locate import TomlLines

        lines = TomlLines('quote = """\nvalue = 1\n"""\nvalue = 2\n')
        assert "line 4, value" == lines.locate("value")


class TestHugeNumbers:
    def test_toml_integer_beyond_python_limit(self) -> None:
        """A 5,001-digit TOML integer is a DataFileError, not Python's ValueError."""
        from pledgekit import DataFileError, loads

        with pytest.raises(DataFileError, match="too large"):
            loads("pledgekit_case = 1\ntitle = 'x'\nnumber = 1" + "0" * 5000 + "\n")
