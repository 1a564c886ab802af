"""The JSON Schema and the loader agree: what one refuses, the other refuses, both ways.

Each row changes one thing in a small valid case file and says, by hand, whether the
file is then valid; the loader's verdict (``loads`` raises or not) and the schema's
(``jsonschema`` with format checking) must both be that one.

JSON Schema's data model counts a number with a zero fraction as an integer (``1000.0``
is ``1000`` to it), so the file is parsed with exact decimals (``parse_float=Decimal``)
before it is validated: then ``1000.0`` is a number that is not an integer, as the
loader sees it. ``docs/files.md`` says so to users of the schema.
"""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from typing import Any

import jsonschema
import pytest

from pledgekit import DataFileError
from pledgekit.io import loads, schema

VALIDATOR = jsonschema.Draft202012Validator(
    schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)

BASE: dict[str, Any] = {
    "pledgekit_case": 2,
    "title": "Jobs",
    "sources": [{"id": "koran", "outlet": "Koran", "title": "Jobs", "published": "2022-07-22"}],
    "indicators": [
        {
            "id": "jobs",
            "name": "Jobs",
            "unit": "orang",
            "direction": "increase",
            "accumulation": "sum",
        }
    ],
    "targets": [{"id": "t", "indicator": "jobs", "value": "1000", "period": "2019..2020"}],
    "persons": [{"id": "ahmad", "name": "Ahmad"}],
    "memberships": [{"id": "mayor", "person": "ahmad", "post": "Wali Kota"}],
    "pledges": [
        {"id": "jobs-pledge", "text": "Seribu lapangan kerja", "targets": ["t"]},
        {"id": "masjid", "text": "Membangun masjid raya", "made_by": "mayor"},
    ],
    "observations": [{"indicator": "jobs", "period": "2019", "value": 400}],
}


def changed(path: str, value: object) -> str:
    """The base file with the value at ``path`` (``observations.0.value``) replaced, as JSON.

    A value of ``_Raw`` is written into the JSON text as it is (``1000.0``, ``1e3``).
    """
    data = copy.deepcopy(BASE)
    *parents, last = path.split(".")
    table: Any = data
    for key in parents:
        table = table[int(key)] if key.isdigit() else table[key]
    raw = isinstance(value, _Raw)
    table[int(last) if last.isdigit() else last] = "@RAW@" if raw else value
    text = json.dumps(data, ensure_ascii=False)
    return text.replace('"@RAW@"', str(value)) if isinstance(value, _Raw) else text


class _Raw(str):
    """JSON text to write in place of a value."""


def loader_accepts(text: str) -> bool:
    try:
        loads(text, format="json")
    except DataFileError:
        return False
    return True


def schema_accepts(text: str) -> bool:
    return bool(VALIDATOR.is_valid(json.loads(text, parse_float=Decimal)))


AMOUNT = "observations.0.value"
DATE = "sources.0.published"
PERIOD = "observations.0.period"
ROWS = [
    # Amounts: integers and strings, never a bare number with a decimal point.
    (AMOUNT, 400, True),
    (AMOUNT, -400, True),
    (AMOUNT, _Raw("1000.0"), False),
    (AMOUNT, _Raw("400.5"), False),
    (AMOUNT, _Raw("1e3"), False),
    (AMOUNT, _Raw("1E+3"), False),
    (AMOUNT, "400", True),
    (AMOUNT, "1.000", True),  # locale C: the plain decimal 1.000
    (AMOUNT, "1e3", True),  # a string with an exponent is an exact decimal
    (AMOUNT, ".5", True),
    (AMOUNT, "400 orang", True),
    (AMOUNT, "", False),
    (AMOUNT, "banyak", False),
    (AMOUNT, True, False),
    (AMOUNT, None, False),
    (AMOUNT, 10**30 - 1, True),  # 30 digits: the most an amount has
    (AMOUNT, 10**30, False),
    (AMOUNT, -(10**30), False),
    # Dates: a day the calendar has.
    (DATE, "2022-07-22", True),
    (DATE, "2022-13-01", False),
    (DATE, "2022-00-10", False),
    (DATE, "2022-01-32", False),
    (DATE, "2022-04-31", False),
    (DATE, "2022-02-30", False),
    (DATE, "2023-02-29", False),
    (DATE, "2024-02-29", True),
    (DATE, "1900-02-29", False),
    (DATE, "2000-02-29", True),
    (DATE, "0000-01-01", False),
    (DATE, "0000-02-29", False),
    (DATE, "0400-02-29", True),
    (DATE, "2022-7-22", False),
    (DATE, "22/07/2022", False),
    (DATE, 20220722, False),
    # Periods: years, months and days that exist.
    (PERIOD, "2019", True),
    (PERIOD, "2022-01..2022-06", True),
    (PERIOD, "2018-09-20..2019-09-19", True),
    (PERIOD, "2022-13", False),
    (PERIOD, "2019-02-29..2019-12-31", False),
    (PERIOD, "2020-02-29..2020-12-31", True),
    (PERIOD, "0000-02-29..2000-12-31", False),
    (PERIOD, "2019..", False),
    (PERIOD, 2019, True),
    (PERIOD, 0, False),
    # Ids.
    ("sources.0.id", "-koran", False),
    ("sources.0.id", "koran news", False),
    ("sources.0.id", "k" * 100, True),
    ("sources.0.id", "k" * 101, False),
    ("persons.0.id", "ahmad_1", True),  # referred to by memberships.0.person: see below
    ("persons.0.id", "_ahmad", False),
    # Enumerations.
    ("indicators.0.direction", "up", False),
    ("indicators.0.accumulation", "last", True),
    ("indicators.0.accumulation", "mean", False),
    ("pledges.1.status", "in_progress", True),
    ("pledges.1.status", "met", True),
    ("pledges.1.status", "no_data", False),
    ("pledges.1.status", "not_measurable", False),
    ("pledges.0.status", "met", False),  # a pledge with a target: its figures decide
    # Topics: non-empty texts, none twice.
    ("pledges.1.topics", ["agama", "infrastruktur"], True),
    ("pledges.1.topics", ["agama", "agama"], False),
    ("pledges.1.topics", [" "], False),
    ("pledges.1.topics", "agama", False),
    # Unknown keys, at the top and inside.
    ("descripton", "typo", False),
    ("pledges.1.topic", ["agama"], False),
    ("persons.0.email", "a@example.org", False),
    # Listed people need their id; a membership may write its person in place.
    ("memberships.0.person", {"name": "Ahmad", "id": "ahmad-2"}, True),
    ("memberships.0.person", {"name": "Ahmad"}, True),
    ("memberships.0.person", {"id": "x"}, False),
    ("pledges.1.made_by", {"post": "Wali Kota"}, True),
    ("persons.0", {"name": "Ahmad"}, False),
    # Versions.
    ("pledgekit_case", 3, False),
    ("pledgekit_case", "2", False),
]


@pytest.mark.parametrize(("path", "value", "valid"), ROWS)
def test_loader_and_schema_agree(path: str, value: object, valid: bool) -> None:
    """The loader and the schema both give the verdict written by hand for the row."""
    text = changed(path, value)
    if path == "persons.0.id":
        # The person's id is referred to: change the reference with it (the schema
        # checks the id's form; a dangling reference only the loader can see).
        text = text.replace('"person": "ahmad"', f'"person": "{value}"')
    assert (valid, valid) == (loader_accepts(text), schema_accepts(text))


def test_the_base_file_is_valid() -> None:
    """The file every row changes is valid to both (so each refusal is the row's)."""
    text = json.dumps(BASE)
    assert (True, True) == (loader_accepts(text), schema_accepts(text))


def test_a_float_reader_cannot_tell_1000_0_from_1000() -> None:
    """Read with binary floats, 1000.0 is an integer to JSON Schema: why the rows use Decimal."""
    data = json.loads(changed(AMOUNT, _Raw("1000.0")))
    assert VALIDATOR.is_valid(data)


# What only the loader can check: the schema knows no indicator's unit, no file's locale
# and no id another table lists. Each row is refused by the loader and not by the schema.
LOADER_ONLY = [
    (AMOUNT, "400 km", "the unit must be the indicator's (orang)"),
    (AMOUNT, "1,5", "locale C has no decimal comma"),
    (AMOUNT, "Rp400", "a currency on an indicator counted in orang"),
    (AMOUNT, "4_00", "no digit separator '_'"),
    ("observations.0.source", "tempo", "a source the file does not list"),
]


@pytest.mark.parametrize(("path", "value", "why"), LOADER_ONLY)
def test_what_only_the_loader_checks(path: str, value: object, why: str) -> None:
    """Cross-references, units and locales: the loader refuses, the schema cannot see it."""
    text = changed(path, value)
    assert (False, True) == (loader_accepts(text), schema_accepts(text)), why
