"""Loaders under hostile and careless input: a clear DataFileError, fast, and nothing lost."""

from __future__ import annotations

import decimal
import json
import subprocess
import sys
import time
import tomllib
from decimal import Decimal
from pathlib import Path

import pytest

from pledgekit import (
    Accumulation,
    Case,
    DataFileError,
    Direction,
    Indicator,
    InvalidValueError,
    Observation,
    Period,
    PledgekitError,
)
from pledgekit.exceptions import Problem
from pledgekit.io import dump, load, loads, read_observations, to_popolo, write_observations

HEADER = 'pledgekit_case = 1\ntitle = "Jobs"\n'

INDICATOR = """
[[indicators]]
id = "jobs"
name = "Jobs opened"
unit = "persons"
direction = "increase"
accumulation = "sum"
"""

JOBS = Indicator(
    "Jobs", "orang", direction=Direction.INCREASE, accumulation=Accumulation.SUM, id="jobs"
)


def problems_of(text: str, format: str = "toml") -> list[Problem]:
    """The problems loads() reports for a text that must fail."""
    with pytest.raises(DataFileError) as caught:
        loads(text, format=format, name="case.toml")
    return list(caught.value.problems)


def seconds(action: object) -> float:
    """How long calling ``action`` takes, in seconds (it must raise DataFileError)."""
    start = time.perf_counter()
    with pytest.raises(DataFileError):
        action()  # type: ignore[operator]
    return time.perf_counter() - start


class TestNoBareExceptions:
    def test_load_of_a_number(self) -> None:
        """load(5) is a PledgekitError naming the argument, not a TypeError from pathlib."""
        with pytest.raises(PledgekitError, match=r"load\(path\)"):
            load(5)  # type: ignore[arg-type]

    def test_dump_to_a_number(self) -> None:
        """dump(case, 5) is an InvalidValueError naming the argument, not a TypeError."""
        with pytest.raises(InvalidValueError, match=r"dump\(path\)"):
            dump(Case("x"), 5)  # type: ignore[arg-type]

    def test_dump_where_it_cannot_write(self, tmp_path: Path) -> None:
        """A file that cannot be written is a DataFileError naming it, not an OSError."""
        path = tmp_path / "missing-folder" / "case.json"
        with pytest.raises(DataFileError, match="cannot be written"):
            dump(Case("x"), path)

    def test_write_observations_of_a_number(self) -> None:
        """write_observations(5) is an InvalidValueError, not a TypeError."""
        with pytest.raises(InvalidValueError, match="write_observations"):
            write_observations(5)  # type: ignore[arg-type]

    def test_to_popolo_of_a_number(self) -> None:
        """to_popolo(5) is an InvalidValueError, not a TypeError."""
        with pytest.raises(InvalidValueError, match="to_popolo"):
            to_popolo(5)  # type: ignore[arg-type]

    def test_null_in_a_list_of_numbers(self) -> None:
        """A null among a pledge's program numbers is a problem at its index."""
        text = json.dumps(
            {
                "pledgekit_case": 1,
                "title": "x",
                "plan": {
                    "region": "a",
                    "period": "2019..2023",
                    "vision": "v",
                    "programs": [{"number": 1, "title": "t"}],
                },
                "pledges": [{"text": "a", "programs": [None]}],
            }
        )
        (problem,) = problems_of(text, format="json")
        assert "pledges[0].programs[0]" == problem.location
        assert "found null; expected a program number (a whole number from 1)" == problem.message

    def test_null_in_a_programs_missions(self) -> None:
        """A null among a program's mission numbers is a problem, not an AssertionError."""
        text = json.dumps(
            {
                "pledgekit_case": 1,
                "title": "x",
                "plan": {
                    "region": "a",
                    "period": "2019..2023",
                    "vision": "v",
                    "programs": [{"number": 1, "title": "t", "missions": [None]}],
                },
            }
        )
        (problem,) = problems_of(text, format="json")
        assert "plan.programs[0].missions[0]" == problem.location

    def test_plan_programs_not_a_list(self) -> None:
        """`programs = -1` in the plan is a problem at the field, not a TypeError."""
        text = HEADER + '[plan]\nregion = "a"\nperiod = "2019..2023"\nvision = "v"\nprograms = -1\n'
        (problem,) = problems_of(text)
        assert ("line 7, plan.programs", "found the integer -1; expected a list") == tuple(problem)

    def test_under_python_optimised(self) -> None:
        """Under python -O a null in a list still raises DataFileError, never returns None."""
        text = json.dumps(
            {"pledgekit_case": 1, "title": "x", "pledges": [{"text": "a", "programs": [None]}]}
        )
        script = (
            "import sys\nfrom pledgekit import DataFileError\nfrom pledgekit.io import loads\n"
            "try:\n    result = loads(sys.argv[1], format='json')\n"
            "except DataFileError:\n    print('DataFileError')\nelse:\n    print(repr(result))\n"
        )
        out = subprocess.run(
            [sys.executable, "-O", "-c", script, text], capture_output=True, text=True, check=True
        )
        assert "DataFileError" == out.stdout.strip()

    def test_exponent_beyond_any_context(self) -> None:
        """A figure such as 4e9999999999999999999 is a problem at its field, not InvalidOperation."""
        text = (
            HEADER
            + INDICATOR
            + (
                '[[targets]]\nindicator = "jobs"\nperiod = "2019"\nvalue = "4e9999999999999999999"\n'
            )
        )
        (problem,) = problems_of(text)
        assert problem.location == "line 13, targets[0].value"
        assert "4e9999999999999999999" in problem.message


class TestShapeBeforeParsing:
    def test_long_dotted_key(self) -> None:
        """A dotted key of 20,000 parts is refused with its line, before tomllib spends seconds."""
        text = HEADER + "a" + ".a" * 19_999 + " = 1\n"
        took = seconds(lambda: loads(text))
        (problem,) = problems_of(text)
        assert (
            "line 3",
            "a dotted key of 20000 parts; expected at most 16 (a case file nests 6 levels deep)",
        ) == tuple(problem)
        assert took < 0.5

    def test_long_table_header(self) -> None:
        """A table header of many parts is refused the same way."""
        (problem,) = problems_of(HEADER + "[" + ".".join(["t"] * 40) + "]\n")
        assert "line 3" == problem.location

    def test_dots_in_strings_are_not_keys(self) -> None:
        """Dots in strings (an ellipsis, a long host name, quoted key parts) are not key parts."""
        prose = (
            "Dia berkata . . . . . . . . . . . . . . . . . . . . selesai = ya\n"
            "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.example\n"
        )
        text = HEADER.replace('title = "Jobs"', f'title = "Jobs"\ndescription = """\n{prose}"""')
        assert prose == loads(text).description
        quoted = HEADER + "[plan]\n" + '"a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r" = 1\n'
        problem = problems_of(quoted)[0]
        assert problem.message.startswith("unknown key 'a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r'")

    def test_huge_integer_literal(self) -> None:
        """A 9 MB integer literal is refused before a parser builds it, with its line and column."""
        text = HEADER + "x = " + "9" * 9_000_000 + "\n"
        took = seconds(lambda: loads(text))
        (problem,) = problems_of(text)
        assert "line 3, column 5" == problem.location
        assert problem.message.startswith("a number too large: a run of 9000000 digits")
        assert took < 1.0

    def test_huge_integer_in_json(self) -> None:
        """The same in JSON."""
        (problem,) = problems_of('{"pledgekit_case": 1, "x": ' + "9" * 5000 + "}", format="json")
        assert "line 1, column 28" == problem.location

    def test_many_unknown_keys(self) -> None:
        """100,000 unknown keys cost little beyond parsing: only the problems shown are worded."""
        text = HEADER + "".join(f"k{i} = 1\n" for i in range(100_000))
        start = time.perf_counter()
        tomllib.loads(text)
        parsing = time.perf_counter() - start
        took = seconds(lambda: loads(text))
        problems = problems_of(text)
        assert 51 == len(problems)
        assert ("...", "99950 more problems not listed") == tuple(problems[-1])
        # A did-you-mean search per key made this 5-8 s, ten times the parsing.
        assert took < 3 * parsing + 0.5


class TestJsonDuplicates:
    def test_top_level(self) -> None:
        """A key given twice at the top level is named, not silently overwritten."""
        (problem,) = problems_of('{"pledgekit_case": 1, "title": "a", "title": "b"}', "json")
        assert "title" == problem.location
        assert "the key 'title' is given more than once" in problem.message

    def test_nested_table(self) -> None:
        """A key given twice in a nested table is named with its path."""
        text = (
            '{"pledgekit_case": 1, "title": "a", "indicators": [{"id": "j", "name": "J", '
            '"unit": "u", "direction": "increase", "accumulation": "sum", "unit": "v"}]}'
        )
        (problem,) = problems_of(text, "json")
        assert "indicators[0].unit" == problem.location


class TestTomlSyntaxInWords:
    def test_duplicate_key(self) -> None:
        """A key defined twice is named with both lines."""
        (problem,) = problems_of('pledgekit_case = 1\n\ntitle = "a"\ntitle = "b"\n')
        assert (
            "line 4, column 12",
            "not valid TOML: 'title' defined twice, lines 3 and 4; expected each key once "
            "in a table; see https://toml.io",
        ) == tuple(problem)

    def test_duplicate_key_in_an_array_of_tables(self) -> None:
        """A key defined twice in the second [[indicators]] is named with its lines there."""
        text = HEADER + INDICATOR + INDICATOR.replace('unit = "persons"', 'unit = "a"\nunit = "b"')
        (problem,) = problems_of(text)
        assert "'unit' defined twice, lines 14 and 15" in problem.message

    def test_table_declared_twice(self) -> None:
        """A table header given twice is named with both lines."""
        (problem,) = problems_of(HEADER + '[plan]\nregion = "a"\n[plan]\n')
        assert "the table [plan] declared twice, lines 3 and 5" in problem.message

    def test_unclosed_string(self) -> None:
        """A string left open says so, at its line."""
        (problem,) = problems_of('pledgekit_case = 1\ntitle = "Jobs\n')
        assert "line 2, column 14" == problem.location
        assert "a string is not closed before the end of its line" in problem.message

    def test_impossible_date(self) -> None:
        """31 June is named as the day that does not exist."""
        (problem,) = problems_of(HEADER + "[[sources]]\npublished = 2022-06-31\n")
        assert "line 4, column 13" == problem.location
        assert "the date 2022-06-31 does not exist: there is no 31 June" in problem.message

    def test_impossible_month(self) -> None:
        """Month 13 is named."""
        (problem,) = problems_of(HEADER + "x = 2022-13-01\n")
        assert "the date 2022-13-01 has no month 13" in problem.message

    def test_float_in_an_indonesian_file(self) -> None:
        """A bare 142.5 in a locale = "id" file is advised as "142,5", the Indonesian spelling."""
        text = (
            HEADER
            + 'locale = "id"\n'
            + INDICATOR
            + ('[[observations]]\nindicator = "jobs"\nperiod = "2019"\nvalue = 142.5\n')
        )
        (problem,) = problems_of(text)
        assert problem.message.endswith(
            """write it as a string in the file's locale ('id'): "142,5\""""
        )


class TestReferencesAfterAFailure:
    def test_did_you_mean_survives_a_bad_field(self) -> None:
        """An indicator failing on one field still counts as listed for another's typo."""
        text = (
            HEADER
            + INDICATOR.replace('"increase"', '"up"')
            + ('[[targets]]\nindicator = "jobz"\nperiod = "2019"\nvalue = "5"\n')
        )
        problems = problems_of(text)
        assert 2 == len(problems)
        assert problems[1].message.endswith("did you mean 'jobs'? (listed: 'jobs')")


class TestNotText:
    def test_excel_workbook(self, tmp_path: Path) -> None:
        """An .xlsx given as a case file is named as an Excel workbook."""
        path = tmp_path / "case.toml"
        path.write_bytes(b"PK\x03\x04" + b"\x00" * 26 + b"[Content_Types].xml...xl/workbook.xml")
        with pytest.raises(DataFileError, match="this is an Excel workbook"):
            load(path)

    def test_excel_workbook_as_a_table(self, tmp_path: Path) -> None:
        """A file that starts as a workbook is read as one, whatever its name: this one is damaged."""
        pytest.importorskip("openpyxl")
        path = tmp_path / "figures.csv"
        path.write_bytes(b"PK\x03\x04" + b"\x00" * 26 + b"xl/worksheets/sheet1.xml")
        with pytest.raises(DataFileError, match="a damaged workbook"):
            read_observations(path, indicators=[JOBS])

    def test_cp1252_case_file(self, tmp_path: Path) -> None:
        """Windows-1252 text is recognised and named, with its line."""
        path = tmp_path / "case.toml"
        path.write_bytes('pledgekit_case = 1\ntitle = "Jobs – 2019"\n'.encode("cp1252"))
        with pytest.raises(DataFileError) as caught:
            load(path)
        (problem,) = caught.value.problems
        assert "line 2" == problem.location
        assert "Windows-1252 (cp1252)" in problem.message

    def test_cp1252_table_with_encoding(self, tmp_path: Path) -> None:
        """A cp1252 table reads with encoding='cp1252', its note as written."""
        path = tmp_path / "figures.csv"
        path.write_bytes("year,value,note\n2019,5,Januari–Juni\n".encode("cp1252"))
        with pytest.raises(DataFileError, match="pass encoding='cp1252'"):
            read_observations(path, indicators=[JOBS])
        (row,) = read_observations(path, indicators=[JOBS], encoding="cp1252")
        assert "Januari–Juni" == row.note

    def test_unknown_encoding(self) -> None:
        """An encoding Python does not know is an InvalidValueError naming the argument."""
        with pytest.raises(InvalidValueError, match="encoding"):
            read_observations("year,value\n2019,5\n", indicators=[JOBS], encoding="klingon")


class TestCsvLosesNothing:
    def test_row_cut_short(self) -> None:
        """A row with fewer cells than the header is an error with its line, not "no figure"."""
        with pytest.raises(DataFileError) as caught:
            read_observations("indicator,period,value\njobs,2019\n", indicators=[JOBS])
        (problem,) = caught.value.problems
        assert "line 2" == problem.location
        assert problem.message.startswith(
            "2 cells but the header names 3 columns (no cell for 'value')"
        )

    @pytest.mark.parametrize("note", [" leading", "trailing ", "  ", "", "-", '"quoted"', "a\r\nb"])
    def test_note_round_trip(self, note: str) -> None:
        """A note with spaces around it, empty, a dash or quotes is read back to the character."""
        written = (Observation(Period.year(2019), 5, note=note, indicator=JOBS),)
        (row,) = read_observations(write_observations(written), indicators=[JOBS])
        assert note == row.note

    def test_unquoted_cells_are_trimmed(self) -> None:
        """Spaces around a cell not in quotes are still ignored, as hand-made tables need."""
        (row,) = read_observations("year, value, note\n2019, 5 , dibulatkan \n", indicators=[JOBS])
        assert (Decimal(5), "dibulatkan") == (row.value, row.note)

    def test_unclosed_quote(self) -> None:
        """A quoted cell never closed is an error with its line."""
        with pytest.raises(DataFileError, match="line 2: not valid CSV"):
            read_observations('year,value,note\n2019,5,"open\n', indicators=[JOBS])


class TestStructuredProblems:
    def test_parts(self) -> None:
        """A problem carries the field path, what was given and what was expected."""
        (problem,) = problems_of(HEADER.replace('"Jobs"', "5"))
        assert (
            Problem(
                "line 2, title",
                "found the integer 5; expected a non-empty string",
                path="title",
                given="the integer 5",
                expected="a non-empty string",
            )
            == problem
        )

    def test_old_style_pairs(self) -> None:
        """A problem still unpacks and indexes as (location, message)."""
        (problem,) = problems_of(HEADER.replace('"Jobs"', "5"))
        location, message = problem
        assert (location, message) == (problem[0], problem[1])


class TestCallerContext:
    def test_ambiguous_message_under_a_small_precision(self) -> None:
        """Under a caller's precision of 2, "27.197" is still explained as 27.197, not 27."""
        with decimal.localcontext(prec=2, rounding=decimal.ROUND_FLOOR):
            (problem,) = problems_of(
                HEADER
                + INDICATOR
                + ('[[observations]]\nindicator = "jobs"\nperiod = "2019"\nvalue = "27.197"\n')
            )
        assert problem.message.startswith(
            "'27.197' is ambiguous: in plain notation it is 27.197, in Indonesian notation 27197"
        )

    def test_units_under_a_small_precision(self) -> None:
        """Under a caller's precision of 2, "1.25 juta orang" is 1250000 with resolution 10000."""
        text = (
            HEADER
            + INDICATOR.replace('"persons"', '"orang"')
            + ('[[observations]]\nindicator = "jobs"\nperiod = "2019"\nvalue = "1.25 juta orang"\n')
        )
        with decimal.localcontext(prec=2, rounding=decimal.ROUND_FLOOR):
            (observation,) = loads(text).observations
        assert (Decimal(1_250_000), Decimal(10_000)) == (observation.value, observation.resolution)


class TestUtf16:
    def test_utf16_case_file(self, tmp_path: Path) -> None:
        """A UTF-16 file is named as such, not reported as bytes at line 1."""
        path = tmp_path / "case.toml"
        path.write_text('pledgekit_case = 1\ntitle = "Jobs"\n', encoding="utf-16")
        with pytest.raises(DataFileError, match="this is UTF-16 text; expected a UTF-8 case file"):
            load(path)

    def test_utf16_table_with_encoding(self, tmp_path: Path) -> None:
        """A UTF-16 table reads with encoding='utf-16'."""
        path = tmp_path / "figures.csv"
        path.write_text("year,value\n2019,5\n", encoding="utf-16")
        with pytest.raises(DataFileError, match="pass encoding='utf-16'"):
            read_observations(path, indicators=[JOBS])
        (row,) = read_observations(path, indicators=[JOBS], encoding="utf-16")
        assert Decimal(5) == row.value


class TestFormatHint:
    def test_json_read_as_toml_says_so(self) -> None:
        """loads() reads TOML by default: JSON given to it gets a hint to say format="json"."""
        bekasi = Path(__file__).parent.parent / "examples" / "bekasi" / "case.toml"
        text = json.dumps({"pledgekit_case": 1, "title": load(bekasi).title})
        with pytest.raises(DataFileError, match='this looks like JSON: read it with format="json"'):
            loads(text)

    def test_no_hint_for_toml(self) -> None:
        """A TOML syntax error gets no JSON hint."""
        with pytest.raises(DataFileError) as caught:
            loads('title = "x\n')
        assert "JSON" not in str(caught.value)
