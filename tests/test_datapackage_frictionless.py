"""The data package validates with the frictionless package itself, foreign keys included."""

from __future__ import annotations

import csv
import datetime as dt
import json
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from pledgekit import (
    Accumulation,
    Case,
    Claim,
    ClaimKind,
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
    Source,
    Target,
)
from pledgekit.io import dumps, from_popolo, load, loads, to_datapackage, to_popolo
from pledgekit.strategies import cases
from pledgekit.verdicts import POLITIFACT, Scale, Verdict, VerdictRecord

frictionless = pytest.importorskip("frictionless")

ROOT = Path(__file__).parent.parent
BEKASI = ROOT / "examples" / "bekasi" / "case.toml"


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open a connection fails the test: validation must stay offline."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"a connection was attempted: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def validate(path: Path) -> Any:
    """Frictionless' report on the package whose descriptor is ``path``."""
    return frictionless.validate(str(path))


def errors(report: Any) -> list[list[str]]:
    return [list(row) for row in report.flatten(["type", "note"])]


def rows(folder: Path, name: str) -> list[dict[str, str]]:
    with (folder / f"{name}.csv").open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


WIKIDATA_AHMAD = Identifier("Q4115189", scheme="wikidata")


def tracker_case() -> Case:
    """Three pledges of two different Ahmads, a plan, milestones, verdicts and topics."""
    news = Source("Kompas", "Janji kampanye", url="https://example.org/janji", id="kompas")
    office = Source("Disnaker", "Laporan", id="laporan")
    jobs = Indicator(
        "Lapangan kerja", "orang", direction=Direction.INCREASE, accumulation=Accumulation.SUM
    )
    roads = Indicator(
        "Jalan mulus", "km", direction=Direction.INCREASE, accumulation=Accumulation.SUM
    )
    term = Period.term(dt.date(2019, 1, 1))
    jobs_target = Target(jobs, 10000, period=term, id="jobs-10k")
    roads_target = Target(roads, 1000, period=term, id="roads-1000")
    party = Organization(
        "Partai Contoh",
        classification="party",
        identifiers=[Identifier("Q99", scheme="wikidata")],
    )
    # Two different persons of one name and no id of their own.
    mayor = Membership(
        Person("Ahmad", honorific_prefix="H.", identifiers=[WIKIDATA_AHMAD]),
        post="Bupati Contoh",
        organization=party,
        start_date=term.start,
        end_date=term.end,
    )
    deputy = Membership(Person("Ahmad"), post="Wakil Bupati Contoh", start_date=term.start)
    plan = Plan(
        "Kabupaten Contoh",
        term,
        vision="Maju",
        missions=[
            Mission(1, "Ekonomi", targets=[jobs_target]),
            Mission(2, "Infrastruktur", objectives=[Objective("Jalan", targets=[roads_target])]),
        ],
        goals=[
            Goal(
                "Lapangan kerja", mission=1, objectives=[Objective("Kerja", targets=[jobs_target])]
            )
        ],
        programs=[Program(3, "Padat karya", missions=[1, 2], targets=[jobs_target])],
        program_count=20,
    )
    pledges = [
        Pledge(
            "Membuka 10.000 lapangan kerja dan memperbaiki 1.000 km jalan",
            made_by=mayor,
            source=news,
            targets=[jobs_target, roads_target],
            programs=[3],
            topics=["ketenagakerjaan", "infrastruktur"],
            verdicts=[
                VerdictRecord(
                    dt.date(2020, 1, 1),
                    Verdict.IN_PROGRESS,
                    "Baru mulai",
                    source=news,
                    label="In the Works",
                    scale=POLITIFACT,
                    rated_by="Meja Janji",
                ),
                # A source the case does not list, written in place.
                VerdictRecord(
                    dt.date(2021, 1, 1),
                    Verdict.STALLED,
                    "Tertunda",
                    source=Source("Tempo", "Janji tertunda", id="tempo"),
                ),
            ],
        ),
        Pledge(
            "Menerbitkan perda ketenagakerjaan",
            made_by=deputy,
            milestones=[Milestone("Perda terbit", dt.date(2020, 12, 31), source=office)],
            topics=["ketenagakerjaan"],
        ),
        Pledge("Membangun masjid raya", made_by=deputy, status="in_progress", topics=["agama"]),
    ]
    return Case(
        "Pelacak janji Kabupaten Contoh",
        plan=plan,
        pledges=pledges,
        indicators=[jobs, roads],
        targets=[jobs_target, roads_target],
        observations=[Observation(Period.year(2019), 2500, indicator=jobs, source=office)],
        claims=[
            Claim(
                ClaimKind.ACHIEVED, 3000, dt.date(2019, 12, 31), target=jobs_target, speaker=mayor
            ),
            Claim(
                ClaimKind.ACHIEVED, 1200, dt.date(2019, 12, 31), target=roads_target, speaker=deputy
            ),
        ],
        sources=[news, office],
    )


class TestValid:
    def test_bekasi(self, tmp_path: Path) -> None:
        """The exported Bekasi case is a valid package: types, constraints, keys, foreign keys."""
        report = validate(to_datapackage(load(BEKASI), tmp_path))
        assert [] == errors(report)
        assert report.valid

    def test_every_example_case(self, tmp_path: Path) -> None:
        """Each case file under examples/cases/ exports to a valid package."""
        for number, path in enumerate(sorted((ROOT / "examples" / "cases").glob("*.toml"))):
            report = validate(to_datapackage(load(path), tmp_path / str(number)))
            assert [] == errors(report), path.name

    def test_tracker_case(self, tmp_path: Path) -> None:
        """A case of three pledges, a plan, milestones, verdicts and two Ahmads is valid."""
        report = validate(to_datapackage(tracker_case(), tmp_path))
        assert [] == errors(report)
        assert report.valid

    @settings(max_examples=10, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(cases(as_written=True))
    def test_generated_cases(self, tmp_path_factory: pytest.TempPathFactory, case: Case) -> None:
        """Generated cases (pledges with milestones and verdicts, plans) export valid packages."""
        folder = tmp_path_factory.mktemp("package")
        assert [] == errors(validate(to_datapackage(case, folder)))


class TestBroken:
    def test_broken_foreign_key_is_caught(self, tmp_path: Path) -> None:
        """A claim whose speaker names no membership fails validation as a foreign-key error."""
        path = to_datapackage(tracker_case(), tmp_path)
        claims = (tmp_path / "claims.csv").read_text(encoding="utf-8")
        (tmp_path / "claims.csv").write_text(claims.replace(",ahmad,", ",nobody,", 1), "utf-8")
        report = validate(path)
        assert not report.valid
        assert ["foreign-key"] == sorted({kind for kind, _ in errors(report)})
        assert "nobody" in errors(report)[0][1]

    def test_broken_composite_key_is_caught(self, tmp_path: Path) -> None:
        """A pledge's target listed twice breaks the primary key (pledge, target)."""
        path = to_datapackage(tracker_case(), tmp_path)
        with (tmp_path / "pledge_targets.csv").open("a", encoding="utf-8", newline="") as f:
            f.write("membuka-10-000-lapangan-kerja-dan-memperbaiki-1-000-km-jalan,jobs-10k\r\n")
        report = validate(path)
        assert ["primary-key"] == sorted({kind for kind, _ in errors(report)})


class TestSources:
    def test_two_sources_of_one_id_are_refused(self, tmp_path: Path) -> None:
        """A verdict's source in place that differs from the listed source of its id is refused."""
        case = tracker_case()
        first = case.pledges[0]
        other = Source("Koran lain", "Judul lain", id="kompas")  # not the case's kompas
        record = VerdictRecord(dt.date(2022, 1, 1), Verdict.KEPT, "Selesai", source=other)
        pledges = [
            Pledge(
                first.text,
                made_by=first.made_by,
                targets=first.targets,
                verdicts=[*first.verdicts.records, record],
            ),
            *case.pledges[1:],
        ]
        broken = Case(
            case.title,
            plan=case.plan,
            pledges=pledges,
            indicators=case.indicators,
            targets=case.targets,
            sources=case.sources,
        )
        with pytest.raises(
            InvalidValueError,
            match=r"to_datapackage\(case\): sources: got 'kompas' .*'Kompas', 'Janji kampanye' "
            r"and 'Koran lain', 'Judul lain'",
        ):
            to_datapackage(broken, tmp_path)


class TestContents:
    def test_two_ahmads_are_two_persons(self, tmp_path: Path) -> None:
        """Two different persons of one name get two ids; claims and pledges point at each."""
        to_datapackage(tracker_case(), tmp_path)
        assert [("ahmad", "H."), ("ahmad-2", "")] == [
            (p["id"], p["honorific_prefix"]) for p in rows(tmp_path, "persons")
        ]
        assert [("ahmad", "ahmad", "partai-contoh"), ("ahmad-2", "ahmad-2", "")] == [
            (m["id"], m["person_id"], m["organization_id"]) for m in rows(tmp_path, "memberships")
        ]
        assert ["ahmad", "ahmad-2"] == [c["speaker"] for c in rows(tmp_path, "claims")]
        assert ["ahmad", "ahmad-2", "ahmad-2"] == [p["made_by"] for p in rows(tmp_path, "pledges")]

    def test_pledge_rows(self, tmp_path: Path) -> None:
        """Topics are JSON arrays, the tracker's own status is written, links are one per row."""
        to_datapackage(tracker_case(), tmp_path)
        pledges = rows(tmp_path, "pledges")
        assert [["ketenagakerjaan", "infrastruktur"], ["ketenagakerjaan"], ["agama"]] == [
            json.loads(p["topics"]) for p in pledges
        ]
        assert ["", "", "in_progress"] == [p["status"] for p in pledges]
        first = pledges[0]["id"]
        assert [(first, "jobs-10k"), (first, "roads-1000")] == [
            (r["pledge"], r["target"]) for r in rows(tmp_path, "pledge_targets")
        ]
        assert [(first, "3")] == [
            (r["pledge"], r["program"]) for r in rows(tmp_path, "pledge_programs")
        ]
        assert [
            ("2020-01-01", "in_progress", "In the Works", "politifact", "Meja Janji", "kompas"),
            ("2021-01-01", "stalled", "", "", "", "tempo"),
        ] == [
            (v["date"], v["verdict"], v["label"], v["scale"], v["rated_by"], v["source"])
            for v in rows(tmp_path, "verdicts")
        ]
        # The verdict's source written in place is a row of sources, after the case's own.
        assert ["kompas", "laporan", "tempo"] == [s["id"] for s in rows(tmp_path, "sources")]

    def test_plan_rows(self, tmp_path: Path) -> None:
        """The plan's tree as tables: missions, goals, objectives, programs and where targets sit."""
        to_datapackage(tracker_case(), tmp_path)
        assert [("mission-2.1", "2", ""), ("goal-1.1", "1", "1")] == [
            (o["id"], o["mission"], o["goal"]) for o in rows(tmp_path, "objectives")
        ]
        assert [("3", "1"), ("3", "2")] == [
            (r["program"], r["mission"]) for r in rows(tmp_path, "program_missions")
        ]
        assert [
            ("jobs-10k", "mission", "1", "", "", ""),
            # In the order of the objectives table: under missions, then under goals.
            ("roads-1000", "objective", "2", "", "mission-2.1", ""),
            ("jobs-10k", "objective", "1", "1", "goal-1.1", ""),
            ("jobs-10k", "program", "", "", "", "3"),
        ] == [
            (r["target"], r["level"], r["mission"], r["goal"], r["objective"], r["program"])
            for r in rows(tmp_path, "plan_targets")
        ]

    def test_wikidata_identifiers(self, tmp_path: Path) -> None:
        """QIDs are rows of identifiers, each with the id of the person or organization."""
        to_datapackage(tracker_case(), tmp_path)
        assert [
            ("ahmad", "", "wikidata", "Q4115189"),
            ("", "partai-contoh", "wikidata", "Q99"),
        ] == [
            (i["person_id"], i["organization_id"], i["scheme"], i["identifier"])
            for i in rows(tmp_path, "identifiers")
        ]


class TestIdentifiersRoundTrip:
    def test_case_file(self) -> None:
        """A person's QID survives the JSON case file."""
        case = tracker_case()
        back = loads(dumps(case), format="json")
        assert case == back
        made_by = back.pledges[0].made_by
        assert made_by is not None and made_by.person is not None
        assert (WIKIDATA_AHMAD,) == made_by.person.identifiers

    def test_popolo(self) -> None:
        """A person's and an organization's QIDs survive Popolo JSON."""
        data = json.loads(json.dumps(to_popolo(tracker_case())))
        (mayor, _deputy) = from_popolo(data)
        assert mayor.person is not None and mayor.organization is not None
        assert (WIKIDATA_AHMAD,) == mayor.person.identifiers
        assert (Identifier("Q99", scheme="wikidata"),) == mayor.organization.identifiers


class TestLicense:
    def test_left_for_the_publisher(self, tmp_path: Path) -> None:
        """Without a license, the entry says the publisher must fill it in."""
        path = to_datapackage(tracker_case(), tmp_path)
        (entry,) = json.loads(path.read_text(encoding="utf-8"))["licenses"]
        assert "license-to-be-filled-in" == entry["name"]
        assert "the publisher must name the license" in entry["title"]

    def test_given(self, tmp_path: Path) -> None:
        """A license given is the package's only entry, and the package stays valid."""
        license = {
            "name": "CC-BY-4.0",
            "path": "https://creativecommons.org/licenses/by/4.0/",
            "title": "Creative Commons Attribution 4.0",
        }
        path = to_datapackage(tracker_case(), tmp_path, license=license)
        assert [license] == json.loads(path.read_text(encoding="utf-8"))["licenses"]
        assert [] == errors(validate(path))

    @pytest.mark.parametrize(
        ("license", "message"),
        [
            ("CC-BY-4.0", "a mapping with a 'name'"),
            ({"title": "CC BY"}, "and/or a 'path'"),
            ({"name": "CC-BY-4.0", "url": "x"}, "one of the keys name, path, title"),
            ({"name": " "}, "a non-empty string"),
        ],
    )
    def test_refused(self, tmp_path: Path, license: Any, message: str) -> None:
        """A license that is not a name or a path (and a title) is refused, naming the problem."""
        with pytest.raises(InvalidValueError, match=message):
            to_datapackage(tracker_case(), tmp_path, license=license)


def test_pledgekit_does_not_import_frictionless() -> None:
    """Frictionless is a test dependency only: importing pledgekit and exporting never loads it."""
    code = (
        "import sys, tempfile, pledgekit\n"
        "from pledgekit.io import load, to_datapackage\n"
        f"to_datapackage(load({str(BEKASI)!r}), tempfile.mkdtemp())\n"
        "print('frictionless' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert "False" == result.stdout.strip()


def test_a_scale_of_ones_own_is_refused(tmp_path: Path) -> None:
    """The package names a verdict's scale by its key: a scale with none is refused, named."""
    own = Scale("Meja Janji", (("Ditepati", Verdict.KEPT),))
    record = VerdictRecord(dt.date(2021, 5, 1), Verdict.KEPT, "Done.", label="Ditepati", scale=own)
    case = Case("Own scale", pledges=[Pledge("Janji", verdicts=[record], id="janji")])
    with pytest.raises(InvalidValueError) as raised:
        to_datapackage(case, tmp_path)
    assert raised.value.value == "Meja Janji"
    assert raised.value.where == "pledge 'janji', verdict of 2021-05-01: scale"
