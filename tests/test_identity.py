"""Identity that holds: ids kept from the file, never two records under one id."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from pledgekit import (
    Case,
    Claim,
    ClaimKind,
    DataFileError,
    Identifier,
    InvalidValueError,
    Membership,
    Milestone,
    Organization,
    Person,
    Pledge,
    PledgeStatus,
)
from pledgekit.io import dumps, loads, to_popolo

TWO_AHMADS = """
pledgekit_case = 2
title = "Dua Ahmad"

[[persons]]
id = "ahmad-dprd"
name = "Ahmad"
identifiers = [{scheme = "wikidata", identifier = "Q4115189"}]

[[persons]]
id = "ahmad-kpu"
name = "Ahmad"

[[memberships]]
id = "ahmad-dprd-2019"
person = "ahmad-dprd"
post = "Anggota DPRD"

[[memberships]]
id = "ahmad-kpu-2019"
person = "ahmad-kpu"
post = "Anggota DPRD"

[[pledges]]
id = "sekolah"
text = "Sekolah gratis"
made_by = "ahmad-dprd-2019"
topics = ["pendidikan", "anggaran"]

[[pledges]]
id = "masjid"
text = "Membangun masjid raya"
made_by = "ahmad-kpu-2019"
status = "in_progress"
"""


class TestCaseFile:
    def test_two_persons_of_one_name_stay_two(self) -> None:
        """Two Ahmads of the same post are two persons and two memberships, under the file's ids."""
        case = loads(TWO_AHMADS)
        first, second = (p.made_by for p in case.pledges)
        assert first is not None and second is not None
        assert first != second
        assert ("ahmad-dprd-2019", "ahmad-dprd") == (first.id, first.person and first.person.id)
        assert ("ahmad-kpu-2019", "ahmad-kpu") == (second.id, second.person and second.person.id)

    def test_ids_are_written_back(self) -> None:
        """The JSON file lists the persons and memberships under the ids the TOML gave."""
        data = json.loads(dumps(loads(TWO_AHMADS)))
        assert ["ahmad-dprd", "ahmad-kpu"] == [p["id"] for p in data["persons"]]
        assert ["ahmad-dprd-2019", "ahmad-kpu-2019"] == [m["id"] for m in data["memberships"]]
        assert ["ahmad-dprd-2019", "ahmad-kpu-2019"] == [p["made_by"] for p in data["pledges"]]

    def test_round_trip(self) -> None:
        """TOML, then JSON, then back: equal, ids, QIDs, topics and status included."""
        case = loads(TWO_AHMADS)
        back = loads(dumps(case), format="json")
        assert case == back
        sekolah, masjid = back.pledges
        assert ("pendidikan", "anggaran") == sekolah.topics
        assert PledgeStatus.IN_PROGRESS is masjid.status
        assert sekolah.made_by is not None and sekolah.made_by.person is not None
        assert (Identifier("Q4115189", scheme="wikidata"),) == sekolah.made_by.person.identifiers

    def test_people_without_ids_are_written_in_place(self) -> None:
        """A membership with no id of its own is written where it is used, and reads back equal."""
        mayor = Membership(Person("Ahmad"), post="Wali Kota")
        deputy = Membership(Person("Ahmad", honorific_prefix="H."), post="Wali Kota")
        case = Case("Dua", pledges=[Pledge("Satu", made_by=mayor), Pledge("Dua", made_by=deputy)])
        data = json.loads(dumps(case))
        assert "memberships" not in data
        assert [{"name": "Ahmad"}, {"name": "Ahmad", "honorific_prefix": "H."}] == [
            p["made_by"]["person"] for p in data["pledges"]
        ]
        assert case == loads(dumps(case), format="json")

    def test_a_listed_person_needs_an_id(self) -> None:
        """A person listed in [[persons]] without an id is refused at its line."""
        text = 'pledgekit_case = 2\ntitle = "x"\n[[persons]]\nname = "Ahmad"\n'
        with pytest.raises(DataFileError, match=r"line 3, persons\[0\]\.id: missing key 'id'"):
            loads(text)

    def test_one_id_twice_is_refused(self) -> None:
        """Two persons listed under one id: the second is refused, naming the first."""
        text = TWO_AHMADS.replace('id = "ahmad-kpu"\n', 'id = "ahmad-dprd"\n', 1)
        with pytest.raises(DataFileError, match=r"persons\[1\]\.id: .*also the id of persons\[0\]"):
            loads(text)

    def test_bad_topics_and_status(self) -> None:
        """A topic twice and a status a tracker does not give are both reported, with lines."""
        text = TWO_AHMADS.replace('["pendidikan", "anggaran"]', '["pendidikan", "pendidikan"]')
        text = text.replace('status = "in_progress"', 'status = "kept"')
        with pytest.raises(DataFileError) as caught:
            loads(text)
        assert [
            "pledges[0].topics[1]",
            "pledges[1].status",
        ] == [problem.path for problem in caught.value.problems]
        message = str(caught.value)
        assert "a topic not listed before (it is pledges[0].topics[0])" in message
        assert "'met', 'partly_met', 'not_met', 'in_progress'" in message

    def test_version_1_has_no_topics(self) -> None:
        """Topics and status are keys of version 2 of the format."""
        text = TWO_AHMADS.replace("pledgekit_case = 2", "pledgekit_case = 1")
        with pytest.raises(DataFileError) as caught:
            loads(text)
        # A list is found by its first item's line.
        assert {"pledges[0].topics[0]", "pledges[1].status"} <= {
            problem.path for problem in caught.value.problems
        }


class TestOneIdOneRecord:
    def test_two_persons_claiming_one_id(self) -> None:
        """Two different persons with one id in one case: refused, naming both and where."""
        first = Membership(Person("Ahmad", id="ahmad"), post="Camat")
        second = Membership(Person("Ahmad Dahlan", id="ahmad"), post="Lurah")
        with pytest.raises(InvalidValueError) as caught:
            Case(
                "x",
                pledges=[Pledge("Satu", made_by=first)],
                claims=[Claim(ClaimKind.MET, None, dt.date(2022, 1, 1), speaker=second)],
            )
        assert (
            "Case.claims[0].speaker.person.id: got 'ahmad' (str); expected an id no other "
            "person has (it is also the id of Case.pledges[0].made_by.person, 'Ahmad', a "
            "different person from this one, 'Ahmad Dahlan')"
        ) == str(caught.value)

    def test_two_memberships_claiming_one_id(self) -> None:
        """Two different memberships with one id are refused too."""
        first = Membership(post="Camat", id="m")
        second = Membership(post="Lurah", id="m")
        with pytest.raises(InvalidValueError, match=r"Case.pledges\[1\].made_by.id: .*'Camat'"):
            Case("x", pledges=[Pledge("Satu", made_by=first), Pledge("Dua", made_by=second)])

    def test_one_record_named_twice_is_fine(self) -> None:
        """The same person under the same id in two places is one record, not a collision."""
        ahmad = Person("Ahmad", id="ahmad")
        case = Case(
            "x",
            pledges=[
                Pledge("Satu", made_by=Membership(ahmad, post="Camat")),
                Pledge("Dua", made_by=Membership(ahmad, post="Bupati")),
            ],
        )
        assert ["ahmad"] == [p["id"] for p in json.loads(dumps(case))["persons"]]

    def test_an_organization_and_a_person_may_share_an_id(self) -> None:
        """Ids are unique within their kind: a person and an organization may both be 'x'."""
        membership = Membership(Person("X", id="x"), organization=Organization("X", id="x"))
        data = to_popolo([membership])
        assert (["x"], ["x"]) == (
            [p["id"] for p in data["persons"]],
            [o["id"] for o in data["organizations"]],
        )

    @pytest.mark.parametrize("cls", [Person, Organization])
    def test_ids_are_validated(self, cls: type) -> None:
        """An id is letters, digits, '.', '_' and '-', starting with a letter or digit."""
        with pytest.raises(InvalidValueError, match=rf"{cls.__name__}.id: got 'a b'"):
            cls("A", id="a b")

    def test_two_milestones_of_one_id(self) -> None:
        """Two milestones of a pledge whose descriptions make one id: both named."""
        due = dt.date(2020, 12, 31)
        with pytest.raises(
            InvalidValueError,
            match=r"Pledge.milestones\[1\].id: got 'perda-terbit' .*Pledge.milestones\[0\], "
            r"'Perda terbit', and this is 'Perda: terbit'",
        ):
            Pledge(
                "Perda",
                milestones=[Milestone("Perda terbit", due), Milestone("Perda: terbit", due)],
            )

    def test_membership_id_is_validated(self) -> None:
        """A membership's id too."""
        with pytest.raises(InvalidValueError, match=r"Membership.id: got '-m'"):
            Membership(post="Camat", id="-m")
