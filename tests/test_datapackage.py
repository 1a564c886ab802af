"""The Frictionless export of a tiny case, against a descriptor and tables written by hand."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from pledgekit import (
    Accumulation,
    Case,
    Claim,
    ClaimKind,
    Direction,
    Indicator,
    InvalidValueError,
    Observation,
    Period,
    Source,
    Target,
)
from pledgekit.io import to_datapackage
from pledgekit.io._package import cell as _cell

UNITS = "In the unit of the row's indicator (column unit; jobs: orang)."
REQUIRED = {"constraints": {"required": True}}
KEY = {"constraints": {"required": True, "unique": True}}
ROUNDING = {"constraints": {"enum": ["nearest", "down"], "required": True}}


def field(name: str, kind: str, description: str, **extra: Any) -> dict[str, Any]:
    """A Table Schema field as the specification writes it."""
    return {"name": name, "type": kind, "description": description, **extra}


def resource(name: str, description: str, fields: list[Any], **keys: Any) -> dict[str, Any]:
    """A Tabular Data Resource for ``name.csv``."""
    return {
        "name": name,
        "path": f"{name}.csv",
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "description": description,
        "schema": {"fields": fields, "missingValues": [""], **keys},
    }


def foreign(column: str, to: str) -> dict[str, Any]:
    """A foreign key from ``column`` to the ``id`` of resource ``to``."""
    return {"fields": [column], "reference": {"resource": to, "fields": ["id"]}}


EXPECTED = {
    "profile": "tabular-data-package",
    "name": "tiny-case",
    "title": "Tiny case",
    "description": "One of everything.",
    "licenses": [
        {
            "name": "license-to-be-filled-in",
            "title": "No license given: the publisher must name the license of this data here "
            "before publishing it (to_datapackage(license=...))",
        }
    ],
    "resources": [
        resource(
            "sources",
            "Where the figures and statements were published (the case's sources, then those "
            "written in place on a revision, a milestone or a verdict).",
            [
                field("id", "string", "The source's id.", **KEY),
                field("outlet", "string", "Who published it.", **REQUIRED),
                field("title", "string", "Its title.", **REQUIRED),
                field("url", "string", "Where it can be read.", format="uri"),
                field("published", "date", "The day it was published."),
                field("quote", "string", "The passage relied on, in its original language."),
            ],
            primaryKey=["id"],
        ),
        resource(
            "indicators",
            "What is measured (indikator kinerja), in which unit, and which way is good.",
            [
                field("id", "string", "The indicator's id.", **KEY),
                field(
                    "name", "string", "Its name, in the words of the plan or pledge.", **REQUIRED
                ),
                field("unit", "string", "The unit of its values (satuan).", **REQUIRED),
                field(
                    "direction",
                    "string",
                    "Which way is good.",
                    constraints={"enum": ["increase", "decrease"], "required": True},
                ),
                field(
                    "accumulation",
                    "string",
                    "sum: period values add up; last: the latest value counts.",
                    constraints={"enum": ["sum", "last"], "required": True},
                ),
                field("definition", "string", "How it is measured."),
                field("code", "string", "An official code."),
            ],
            primaryKey=["id"],
        ),
        resource(
            "targets",
            "Values to reach by the end of a period, from a baseline.",
            [
                field("id", "string", "The target's id.", **KEY),
                field("indicator", "string", "The id of its indicator.", **REQUIRED),
                field("unit", "string", "The indicator's unit."),
                field("baseline", "number", f"The value at the start. {UNITS}", **REQUIRED),
                field(
                    "value",
                    "number",
                    f"The value to reach (of a range, its lower bound). {UNITS}",
                    **REQUIRED,
                ),
                field("period_start", "date", "The first day of the period.", **REQUIRED),
                field("period_end", "date", "The last day of the period (included).", **REQUIRED),
                field(
                    "comparison",
                    "string",
                    "How a level meets the value; within: a range from value to value_high.",
                    constraints={
                        "enum": ["at_least", "more_than", "at_most", "less_than", "within"],
                        "required": True,
                    },
                ),
                field(
                    "value_high",
                    "number",
                    f"For a range (comparison within), its upper bound. {UNITS}",
                ),
            ],
            primaryKey=["id"],
            foreignKeys=[foreign("indicator", "indicators")],
        ),
        resource(
            "schedules",
            "Interim targets: for a summed indicator the amount due in the period, for a level "
            "the level due at its end; a revision's schedule replaces the one before it.",
            [
                field("target", "string", "The id of the target.", **REQUIRED),
                field(
                    "revised_on",
                    "date",
                    "The day of the revision that sets it; empty: the target's first schedule.",
                ),
                field("period_start", "date", "The first day of the period.", **REQUIRED),
                field("period_end", "date", "The last day of the period (included).", **REQUIRED),
                field("value", "number", f"The value due. {UNITS}", **REQUIRED),
            ],
            foreignKeys=[foreign("target", "targets")],
        ),
        resource(
            "revisions",
            "A target's value as revised from a day by a document (an RPJMD perubahan, a decree).",
            [
                field("target", "string", "The id of the target.", **REQUIRED),
                field("on", "date", "The day the revision takes effect.", **REQUIRED),
                field(
                    "value",
                    "number",
                    f"The revised value (of a range, its lower bound). {UNITS}",
                    **REQUIRED,
                ),
                field("value_high", "number", f"For a range, its upper bound. {UNITS}"),
                field("source", "string", "The id of the document that revises it."),
                field("note", "string", "What a reader should know about it."),
            ],
            foreignKeys=[foreign("target", "targets"), foreign("source", "sources")],
        ),
        resource(
            "observations",
            "Reported values (realisasi): a flow during the period, or a level at its end.",
            [
                field("indicator", "string", "The id of the indicator measured.", **REQUIRED),
                field("unit", "string", "The indicator's unit."),
                field("period_start", "date", "The first day reported on.", **REQUIRED),
                field("period_end", "date", "The last day reported on (included).", **REQUIRED),
                field("value", "number", f"The value as reported. {UNITS}", **REQUIRED),
                field(
                    "resolution",
                    "number",
                    "The step the figure is rounded to, if rounded (1000 for '56.000').",
                ),
                field(
                    "rounding",
                    "string",
                    "How it was cut to its resolution: nearest step, or down.",
                    **ROUNDING,
                ),
                field("source", "string", "The id of its source."),
                field("note", "string", "What a reader should know about it."),
            ],
            foreignKeys=[foreign("indicator", "indicators"), foreign("source", "sources")],
        ),
        resource(
            "claims",
            "Dated statements about progress toward a target.",
            [
                field(
                    "kind",
                    "string",
                    "What the claim states.",
                    constraints={
                        "enum": ["achieved", "remaining", "percent", "met", "period_value", "rate"],
                        "required": True,
                    },
                ),
                field("value", "number", "The figure stated (none for 'met')."),
                field("unit", "string", "The figure's unit: the target's, or % for 'percent'."),
                field("as_of", "date", "The day the figure is about.", **REQUIRED),
                field("stated_on", "date", "The day it was stated."),
                field("resolution", "number", "The step the figure is rounded to, if rounded."),
                field("rounding", "string", "nearest or down.", **ROUNDING),
                field("target", "string", "The id of the target it is about."),
                field(
                    "indicator",
                    "string",
                    "The id of the indicator the speaker says is measured, if it differs.",
                ),
                field(
                    "speaker",
                    "string",
                    "The id of the membership (person, post, organization) that stated it.",
                ),
                field("source", "string", "The id of its source."),
                field("period_start", "date", "For period_value claims, the period's first day."),
                field("period_end", "date", "For period_value claims, the period's last day."),
                field("quote", "string", "The words, in the original language."),
                field("dateline", "string", "The date as printed with the statement."),
                field(
                    "bound",
                    "string",
                    "When the figure is a bound, not the value ('di atas 6.000': more_than).",
                    constraints={"enum": ["more_than", "at_least", "at_most", "less_than"]},
                ),
                field(
                    "per",
                    "string",
                    "For rate claims, what the rate is per; the period is the one it averages "
                    "over.",
                    constraints={"enum": ["day", "month", "year"]},
                ),
            ],
            foreignKeys=[
                foreign("target", "targets"),
                foreign("indicator", "indicators"),
                foreign("source", "sources"),
                foreign("speaker", "memberships"),
            ],
        ),
    ],
}
#: The resources after the figures' seven, in order.
MORE = [
    "pledges",
    "pledge_targets",
    "pledge_programs",
    "milestones",
    "verdicts",
    "plan",
    "missions",
    "goals",
    "objectives",
    "programs",
    "program_missions",
    "plan_targets",
    "persons",
    "organizations",
    "memberships",
    "identifiers",
]


def tiny_case(value: str = "1E+3") -> Case:
    """One source, indicator, target, observation (of ``value``) and claim."""
    news = Source("Koran", "Jobs", url="https://example.org/a", id="koran")
    jobs = Indicator(
        "Jobs", "orang", direction=Direction.INCREASE, accumulation=Accumulation.SUM, id="jobs"
    )
    target = Target(jobs, 2000, period=Period.years(2019, 2020), id="jobs-2020")
    observation = Observation(Period.year(2019), value, resolution=100, source=news)
    claim = Claim(ClaimKind.PERCENT, 50, dt.date(2019, 12, 31), target=target, quote="separuh")
    return Case(
        "Tiny case",
        description="One of everything.",
        indicators=[jobs],
        targets=[target],
        observations=[observation],
        claims=[claim],
        sources=[news],
    )


def written(tmp_path: Path, case: Case) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The descriptor and the bytes of each CSV file of the package of ``case``."""
    path = to_datapackage(case, tmp_path)
    tables = {p.stem: p.read_bytes() for p in tmp_path.glob("*.csv")}
    return json.loads(path.read_text(encoding="utf-8")), tables


class TestTinyPackage:
    """Every field of the descriptor and every cell of the tables, as written by hand."""

    def test_descriptor(self, tmp_path: Path) -> None:
        """The figures' seven resources with the fields the specification names, then the rest."""
        descriptor, _ = written(tmp_path, tiny_case())
        assert EXPECTED == {**descriptor, "resources": descriptor["resources"][:7]}
        assert MORE == [r["name"] for r in descriptor["resources"][7:]]

    def test_descriptor_text_is_indented_and_ends_in_a_newline(self, tmp_path: Path) -> None:
        """datapackage.json is UTF-8 JSON indented by two spaces, with a final newline."""
        path = to_datapackage(tiny_case(), tmp_path)
        text = path.read_text(encoding="utf-8")
        assert text.startswith('{\n  "profile": "tabular-data-package",\n  "name": "tiny-case",')
        assert text.endswith("\n  ]\n}\n")

    def test_tables(self, tmp_path: Path) -> None:
        """Each CSV has the header of its schema and one CRLF-ended row per item."""
        _, tables = written(tmp_path, tiny_case())
        assert {
            "sources": b"id,outlet,title,url,published,quote\r\n"
            b"koran,Koran,Jobs,https://example.org/a,,\r\n",
            "indicators": b"id,name,unit,direction,accumulation,definition,code\r\n"
            b"jobs,Jobs,orang,increase,sum,,\r\n",
            "targets": b"id,indicator,unit,baseline,value,period_start,period_end,comparison,"
            b"value_high\r\n"
            b"jobs-2020,jobs,orang,0,2000,2019-01-01,2020-12-31,at_least,\r\n",
            # No schedule and no revision: the tables have their headers only.
            "schedules": b"target,revised_on,period_start,period_end,value\r\n",
            "revisions": b"target,on,value,value_high,source,note\r\n",
            "observations": b"indicator,unit,period_start,period_end,value,resolution,"
            b"rounding,source,note\r\n"
            # 1E+3 is written in plain digits; the only indicator is the observation's.
            b"jobs,orang,2019-01-01,2019-12-31,1000,100,nearest,koran,\r\n",
            "claims": b"kind,value,unit,as_of,stated_on,resolution,rounding,target,indicator,"
            b"speaker,source,period_start,period_end,quote,dateline,bound,per\r\n"
            b"percent,50,%,2019-12-31,,,nearest,jobs-2020,,,,,,separuh,,,\r\n",
            # No pledge, no plan, nobody named: headers only.
            "pledges": b"id,text,language,translation,made_by,made_on,source,promised,topics,"
            b"status\r\n",
            "pledge_targets": b"pledge,target\r\n",
            "pledge_programs": b"pledge,program\r\n",
            "milestones": b"pledge,id,description,due,done_on,source,note\r\n",
            "verdicts": b"pledge,date,verdict,label,scale,rated_by,rationale,source\r\n",
            "plan": b"region,name,period_start,period_end,vision,program_count\r\n",
            "missions": b"number,text\r\n",
            "goals": b"number,mission,text\r\n",
            "objectives": b"id,mission,goal,number,text\r\n",
            "programs": b"number,title,code,agency\r\n",
            "program_missions": b"program,mission\r\n",
            "plan_targets": b"target,level,mission,goal,objective,program\r\n",
            "persons": b"id,name,honorific_prefix,honorific_suffix\r\n",
            "organizations": b"id,name,classification\r\n",
            "memberships": b"id,person_id,organization_id,label,role,start_date,end_date\r\n",
            "identifiers": b"person_id,organization_id,scheme,identifier\r\n",
        } == tables

    def test_negative_zero_is_written_as_zero(self, tmp_path: Path) -> None:
        """A figure read as "-0.0" is written "0.0": an amount has no negative zero."""
        _, tables = written(tmp_path, tiny_case("-0.0"))
        assert (
            b"jobs,orang,2019-01-01,2019-12-31,0.0,100,nearest,koran,\r\n"
            == (tables["observations"].splitlines(keepends=True)[1])
        )


class TestCell:
    """How a value becomes a cell."""

    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            (None, ""),
            (Decimal("1.50"), "1.50"),
            (Decimal("-0"), "0"),
            (dt.date(2022, 7, 22), "2022-07-22"),
            (Direction.DECREASE, "decrease"),
            ("teks", "teks"),
            (10, "10"),
            (("ekonomi", 'kerja "layak"'), '["ekonomi", "kerja \\"layak\\""]'),
            ((), ""),
        ],
    )
    def test_plain_forms(self, value: object, expected: str) -> None:
        """None, amounts, dates, choices, text, numbers and texts have Table Schema's forms."""
        assert expected == _cell(value, "value")

    def test_anything_else_is_refused(self) -> None:
        """A value of no known kind is an error naming the column, not a guess."""
        with pytest.raises(InvalidValueError, match=r"column value.*a text, an amount"):
            _cell(1.5, "value")
        with pytest.raises(InvalidValueError, match=r"column value"):
            _cell(True, "value")
