"""Exports: Frictionless Data Packages, Popolo, plain records and pandas DataFrames."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pledgekit import Assessment, Case, DataFileError, Identifier, Membership, Person
from pledgekit.io import (
    MissingExtraError,
    from_popolo,
    load,
    to_dataframe,
    to_datapackage,
    to_popolo,
    to_records,
)
from pledgekit.io._tables import memberships_of
from pledgekit.strategies import cases, memberships

BEKASI = Path(__file__).parent.parent / "examples" / "bekasi" / "case.toml"


@pytest.fixture(scope="module")
def bekasi() -> Case:
    return load(BEKASI)


def read_package(directory: Path) -> tuple[dict[str, Any], dict[str, list[dict[str, str]]]]:
    """The descriptor and every table of a written package."""
    descriptor = json.loads((directory / "datapackage.json").read_text(encoding="utf-8"))
    tables = {}
    for resource in descriptor["resources"]:
        with (directory / resource["path"]).open(encoding="utf-8", newline="") as stream:
            tables[resource["name"]] = list(csv.DictReader(stream))
    return descriptor, tables


def check_package(directory: Path) -> None:
    """Headers match the schemas, required cells are filled, numbers and dates parse, keys resolve."""
    descriptor, tables = read_package(directory)
    assert "tabular-data-package" == descriptor["profile"]
    by_name = {r["name"]: r for r in descriptor["resources"]}
    for name, rows in tables.items():
        schema = by_name[name]["schema"]
        fields = schema["fields"]
        with (directory / by_name[name]["path"]).open(encoding="utf-8", newline="") as stream:
            header = next(csv.reader(stream))
        assert [f["name"] for f in fields] == header
        for row in rows:
            for field in fields:
                cell = row[field["name"]]
                constraints = field.get("constraints", {})
                if constraints.get("required"):
                    assert "" != cell, (name, field["name"])
                if cell == "":
                    continue
                if field["type"] == "number":
                    Decimal(cell)
                elif field["type"] == "integer":
                    int(cell)
                elif field["type"] == "date":
                    dt.date.fromisoformat(cell)
                elif field["type"] == "array":
                    assert isinstance(json.loads(cell), list)
                if "enum" in constraints:
                    assert cell in constraints["enum"]
        if "primaryKey" in schema:
            keys = [tuple(row[key] for key in schema["primaryKey"]) for row in rows]
            assert len(set(keys)) == len(keys), name
        for foreign in schema.get("foreignKeys", []):
            (column,) = foreign["fields"]
            target = foreign["reference"]["resource"]
            (referred,) = foreign["reference"]["fields"]
            known = {row[referred] for row in tables[target]}
            assert {row[column] for row in rows if row[column]} <= known, (name, column)


class TestDataPackage:
    def test_bekasi_package(self, bekasi: Case, tmp_path: Path) -> None:
        """The Bekasi case becomes five consistent tables with keys and units."""
        path = to_datapackage(bekasi, tmp_path / "package")
        assert tmp_path / "package" / "datapackage.json" == path
        check_package(path.parent)
        descriptor, tables = read_package(path.parent)
        assert "kota-bekasi-150-000-tenaga-kerja-20182023" == descriptor["name"]
        assert [("2019-01-01", "2019-12-31", "27197", "orang")] == [
            (row["period_start"], row["period_end"], row["value"], row["unit"])
            for row in tables["observations"][:1]
        ]
        value = next(
            f for f in descriptor["resources"][3]["schema"]["fields"] if f["name"] == "value"
        )
        assert "absorbed: orang; opportunities: orang" in value["description"]
        assert ["141000", "141624", "8276"] == [row["value"] for row in tables["claims"]]

    @given(cases())
    def test_every_case_makes_a_consistent_package(self, case: Case) -> None:
        """Every generated case gives a package whose keys resolve and whose cells parse."""
        with tempfile.TemporaryDirectory() as folder:
            check_package(to_datapackage(case, folder).parent)


def without_ids(membership: Membership) -> Membership:
    """The membership with no id on it, its person's or its organization's."""
    person, organization = membership.person, membership.organization
    return attrs.evolve(
        membership,
        id=None,
        person=None if person is None else attrs.evolve(person, id=None),
        organization=None if organization is None else attrs.evolve(organization, id=None),
    )


class TestPopolo:
    def test_bekasi(self, bekasi: Case) -> None:
        """Who made the pledge and who spoke, in Popolo's collections, under the file's ids."""
        data = to_popolo(bekasi)
        assert ["lilis-kusbandiah"] == [p["id"] for p in data["persons"]]
        assert ["disnaker"] == [o["id"] for o in data["organizations"]]
        assert ["mayor", "lilis", "disnaker"] == [m["id"] for m in data["memberships"]]
        assert [
            {
                "id": "mayor",
                "post_id": "wali-kota-bekasi",
                "role": "kepala daerah",
                "start_date": "2018-09-20",
                "end_date": "2023-09-19",
            }
        ] == data["memberships"][:1]
        assert tuple(memberships_of(bekasi)) == from_popolo(data)

    @given(st.lists(memberships(), max_size=4))
    def test_round_trip(self, people: list[Membership]) -> None:
        """from_popolo(to_popolo(memberships)) gives them back, once each, in order, with ids.

        The generated memberships carry no ids: they come back under the ids Popolo
        needed, and then round-trip equal.
        """
        back = from_popolo(to_popolo(people))
        assert [without_ids(m) for m in dict.fromkeys(people)] == [without_ids(m) for m in back]
        assert to_popolo(people) == to_popolo(back)
        assert back == from_popolo(to_popolo(back))

    def test_json_round_trip(self) -> None:
        """Popolo data survives JSON, ids and Wikidata QIDs included."""
        mayor = Membership(
            Person(
                "Tri Adhianto",
                identifiers=[Identifier("Q110", scheme="wikidata")],
                id="tri-adhianto",
            ),
            post="Wali Kota Bekasi",
            start_date=dt.date(2023, 9, 20),
            id="wk-2023",
        )
        text = json.dumps(to_popolo([mayor]))
        assert (mayor,) == from_popolo(json.loads(text))

    def test_two_persons_of_one_name_stay_two(self) -> None:
        """Two different Ahmads without ids get two ids, and come back as two persons."""
        first = Membership(Person("Ahmad"), post="Anggota DPRD")
        second = Membership(Person("Ahmad", honorific_prefix="H."), post="Anggota DPRD")
        data = to_popolo([first, second])
        assert ["ahmad", "ahmad-2"] == [p["id"] for p in data["persons"]]
        assert ["ahmad", "ahmad-2"] == [m["person_id"] for m in data["memberships"]]
        assert [first, second] == [without_ids(m) for m in from_popolo(data)]

    def test_long_names_are_cut_after_a_whole_word(self) -> None:
        """A post's and a person's ids made from long words stop at a hyphen, at most 90 long."""
        post = (
            "Kepala Bidang Penempatan Tenaga Kerja dan Perluasan Kesempatan Kerja "
            "Dinas Tenaga Kerja Kota Bekasi"
        )
        data = to_popolo([Membership(Person("Lilis " * 20), post=post)])
        # ...-dinas-tenaga-kerja is 87 characters; "-kota" would make it 92.
        assert (
            "kepala-bidang-penempatan-tenaga-kerja-dan-perluasan-kesempatan-kerja-dinas-tenaga-kerja"
            == data["posts"][0]["id"]
        )
        assert "-".join(["lilis"] * 15) == data["persons"][0]["id"]  # 15 x 5 + 14 = 89

    def test_own_ids_are_reserved_before_any_is_made(self) -> None:
        """A person without an id never takes the id another person carries."""
        named = Membership(Person("Budi", id="ahmad"), post="Camat")
        unnamed = Membership(Person("Ahmad"), post="Lurah")
        data = to_popolo([unnamed, named])
        assert ["ahmad-2", "ahmad"] == [p["id"] for p in data["persons"]]

    def test_extra_popolo_fields_are_ignored(self) -> None:
        """Fields pledgekit has no place for (emails, links) do not stop the read."""
        data = {
            "persons": [{"id": "p", "name": "A", "email": "a@example.org", "links": []}],
            "memberships": [{"id": "m", "person_id": "p", "label": "x"}],
        }
        assert (Membership(Person("A", id="p"), id="m"),) == from_popolo(data)

    def test_problems(self) -> None:
        """A dangling id and a bad date are reported together with their paths."""
        data = {
            "persons": [{"id": "p", "name": "A"}],
            "memberships": [{"person_id": "q"}, {"person_id": "p", "start_date": "2023-02-30"}],
        }
        with pytest.raises(DataFileError) as caught:
            from_popolo(data)
        assert ["memberships[0].person_id", "memberships[1].start_date"] == [
            location for location, _ in caught.value.problems
        ]

    def test_null_name_is_named(self) -> None:
        """A person whose name is null is reported at persons[0].name, not only by its membership."""
        data = {"persons": [{"id": "p", "name": None}], "memberships": [{"person_id": "p"}]}
        with pytest.raises(DataFileError) as caught:
            from_popolo(data)
        assert "persons[0].name" == caught.value.problems[0].location


class TestRecords:
    def test_bekasi_row(self, bekasi: Case) -> None:
        """One row per target, with exact amounts as strings and rounded ratios."""
        (row,) = to_records(bekasi.assess())
        assert {
            "target_id": "jobs-150k",
            "achieved": "146305",
            "shortfall": "3695",
            "percent": "97.54",
            "elapsed_percent": "75.58",
            "required_per_month": "252.16",
            "is_met": False,
            "findings": 7,
            "worst": "error",
            "pledges": "serap-150000",
        } == {
            key: row[key]
            for key in (
                "target_id",
                "achieved",
                "shortfall",
                "percent",
                "elapsed_percent",
                "required_per_month",
                "is_met",
                "findings",
                "worst",
                "pledges",
            )
        }

    def test_findings_table(self, bekasi: Case) -> None:
        """One row per finding, with the claimed and computed figures."""
        rows = to_records(bekasi.assess(), table="findings")
        assert ("remainder_mismatch", "8276", "8376", "-100") == (
            rows[0]["kind"],
            rows[0]["claimed"],
            rows[0]["computed"],
            rows[0]["difference"],
        )

    @given(cases())
    def test_plain_values_only(self, case: Case) -> None:
        """Every value is a str, an int, a bool or None, for any table tool."""
        assessment = case.assess()
        for table in ("targets", "findings"):
            for row in to_records(assessment, table=table):
                assert all(
                    value is None or type(value) in (str, int, bool) for value in row.values()
                )

    def test_unknown_table(self, bekasi: Case) -> None:
        """Only the targets and findings tables exist."""
        with pytest.raises(ValueError, match="'targets' or 'findings'"):
            to_records(bekasi.assess(), table="claims")


class TestDataFrame:
    def test_dataframe(self, bekasi: Case) -> None:
        """With pandas installed, the records become a DataFrame."""
        pytest.importorskip("pandas")
        frame = to_dataframe(bekasi.assess())
        assert ["jobs-150k"] == list(frame["target_id"])

    def test_missing_pandas(self, bekasi: Case, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without pandas, the error names the extra to install."""
        monkeypatch.setitem(sys.modules, "pandas", None)
        assessment: Assessment = bekasi.assess()
        with pytest.raises(MissingExtraError) as caught:
            to_dataframe(assessment)
        assert (
            "pandas is not installed; expected it for DataFrames: pip install 'pledgekit[pandas]'"
            == str(caught.value)
        )
        assert isinstance(caught.value, ImportError)
