"""The converter: every case object to the data of the case file and back."""

from __future__ import annotations

import datetime as dt
import json
from decimal import ROUND_FLOOR, Decimal, localcontext
from pathlib import Path
from typing import Any

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
    Indicator,
    InvalidValueError,
    Membership,
    Observation,
    Period,
    Person,
    Pledge,
    Source,
    Target,
)
from pledgekit.io import dumps, load
from pledgekit.io.converter import CLASSES, structure, unstructure, unstructurer
from pledgekit.strategies import (
    cases,
    claims,
    indicators,
    memberships,
    observations,
    plans,
    pledges,
    sources,
    targets,
)

BEKASI = Path(__file__).parent.parent / "examples" / "bekasi" / "case.toml"


def round_trip(item: Any) -> Any:
    """The object read back from its data, through JSON text as a tracker would keep it."""
    return structure(json.loads(json.dumps(unstructure(item))), type(item))


def parts(case: Case) -> list[Any]:
    """Every object a case holds, down to the identifiers of the people in it."""
    found: list[Any] = [*case.sources, *case.indicators, *case.targets, *case.observations]
    found += [*case.claims, *case.pledges]
    for pledge in case.pledges:
        found += [*pledge.verdicts.records, *([pledge.made_by] if pledge.made_by else [])]
    for claim in case.claims:
        found += [claim.speaker] if claim.speaker else []
    for membership in [m for m in found if isinstance(m, Membership)]:
        for who in (membership.person, membership.organization):
            if who is not None:
                found += [who, *who.identifiers]
    if case.plan is not None:
        plan = case.plan
        found += [plan, *plan.missions, *plan.goals, *plan.programs]
        found += [objective for goal in plan.goals for objective in goal.objectives]
    return found


JOBS = Indicator(
    "Jobs", "orang", direction=Direction.INCREASE, accumulation=Accumulation.SUM, id="jobs"
)
TARGET = Target(
    JOBS, 150000, period=Period(dt.date(2018, 9, 20), dt.date(2023, 9, 19)), id="jobs-150k"
)


class TestRoundTrip:
    @given(st.one_of(sources(), indicators(), targets(), plans(), pledges(), memberships()))
    def test_each_class(self, item: Any) -> None:
        """structure(unstructure(x)) == x for sources, indicators, targets, plans, pledges, memberships."""
        assert item == round_trip(item)

    @given(targets().flatmap(lambda t: st.tuples(observations(t, resolutions=True), claims(t))))
    def test_figures_and_claims(self, drawn: tuple[tuple[Observation, ...], Claim]) -> None:
        """Observations (with resolutions) and claims come back equal, with their targets."""
        figures, claim = drawn
        assert [*figures, claim] == [round_trip(item) for item in (*figures, claim)]

    @given(cases())
    def test_every_part_of_a_case(self, case: Case) -> None:
        """Every object a generated case holds comes back equal, alone and within the case."""
        for item in parts(case):
            assert item == round_trip(item)
            data = json.loads(json.dumps(unstructure(item, within=case)))
            assert item == structure(data, type(item), within=case)
        assert case == round_trip(case)

    @given(cases(min_targets=1))
    def test_within_a_case_is_the_case_file(self, case: Case) -> None:
        """unstructure(x, within=case) is the table the case file holds for x.

        But for who made a pledge or spoke: within a case every membership is an id (its
        own, or one made from its name); the case file writes one without an id of its
        own in place, and its person and organization by their own ids when they have them.
        """
        data = json.loads(dumps(case))
        for key, items in [
            ("sources", case.sources),
            ("indicators", case.indicators),
            ("targets", case.targets),
            ("pledges", case.pledges),
            ("observations", case.observations),
            ("claims", case.claims),
        ]:
            expected = []
            written = [dict(table) for table in data.get(key, [])]
            for item, in_file in zip(items, written, strict=True):
                table = unstructure(item, within=case)
                for name in ("made_by", "speaker"):
                    membership = getattr(item, name, None)
                    if membership is not None:
                        assert isinstance(table[name], str)
                        if membership.id is None:
                            # Written in place in the file (its person and organization by
                            # their own ids, when they have them), by id within the case.
                            assert isinstance(in_file[name], dict)
                            del table[name], in_file[name]
                expected.append(table)
            assert written == expected

    @given(cases(min_targets=1))
    def test_unstructurer_is_unstructure(self, case: Case) -> None:
        """One unstructurer for a case writes each of its objects as unstructure does."""
        write = unstructurer(within=case)
        for item in parts(case):
            assert unstructure(item, within=case) == write(item)
        assert unstructure(case) == write(case)

    @given(pledges())
    def test_verdict_records(self, pledge: Pledge) -> None:
        """Each verdict record of a generated pledge comes back equal, its source in place."""
        records = pledge.verdicts.records
        assert list(records) == [round_trip(record) for record in records]

    def test_every_class_is_covered(self) -> None:
        """The classes drawn above are all the converter knows (a new one must be added here)."""
        from pledgekit import (
            Goal,
            Identifier,
            Milestone,
            Mission,
            Objective,
            Organization,
            Plan,
            Program,
            Revision,
        )
        from pledgekit.verdicts import VerdictRecord

        covered = {Case, Source, Indicator, Target, Observation, Claim, Pledge, VerdictRecord}
        covered |= {Revision, Milestone}
        covered |= {Plan, Mission, Goal, Objective, Program}
        covered |= {Membership, Person, Organization, Identifier}
        assert covered == set(CLASSES)


class TestData:
    def test_claim(self) -> None:
        """A claim's data: the case file's keys, the figure as written, absent values left out."""
        claim = Claim(
            ClaimKind.REMAINING,
            "8276",
            dt.date(2022, 6, 30),
            stated_on=dt.date(2022, 7, 22),
            resolution=Decimal(1),
            target=TARGET,
        )
        expected = {
            "kind": "remaining",
            "value": "8276",
            "as_of": "2022-06-30",
            "stated_on": "2022-07-22",
            "resolution": "1",
            # A resolution given: its rounding is written too, so that it reads back.
            "rounding": "nearest",
            "target": {
                "id": "jobs-150k",
                "indicator": {
                    "id": "jobs",
                    "name": "Jobs",
                    "unit": "orang",
                    "direction": "increase",
                    "accumulation": "sum",
                },
                "value": "150000",
                "period": "2018-09-20..2023-09-19",
                "baseline": "0",
            },
        }
        assert expected == unstructure(claim)

    def test_digits_are_kept(self) -> None:
        """An amount keeps every digit it was given: 5.10 is written '5.10', not '5.1'."""
        observation = Observation(Period.year(2020), "5.10", indicator=JOBS)
        assert "5.10" == unstructure(observation)["value"]

    def test_amounts_in_plain_digits(self) -> None:
        """1.5E+3 is written "1500" and -0.0 "0.0": never an exponent, never a signed zero."""
        target = Target(
            JOBS, Decimal("1.5E+3"), period=Period.year(2019), baseline=Decimal("-0.0"), id="t"
        )
        data = unstructure(target)
        assert ("1500", "0.0") == (data["value"], data["baseline"])
        assert target == structure(data, Target)

    def test_amounts_plain_under_any_context(self) -> None:
        """A caller's context with capitals=0 and prec=1 changes nothing: "12345", "-0" -> "0"."""
        observation = Observation(Period.year(2020), Decimal("-0"), indicator=JOBS)
        with localcontext(prec=1, capitals=0, rounding=ROUND_FLOOR):
            data = unstructure(observation)
            big = unstructure(Target(JOBS, Decimal("1.2345E+4"), period=Period.year(2019), id="t"))
        assert ("0", "12345") == (data["value"], big["value"])

    def test_people_without_ids_are_written_without(self) -> None:
        """A membership and a person with no id of their own are written with none, in place."""
        mayor = Membership(Person("Tri Adhianto"), post="Wali Kota Bekasi")
        expected = {"person": {"name": "Tri Adhianto"}, "post": "Wali Kota Bekasi"}
        assert expected == unstructure(mayor)

    def test_people_keep_their_own_ids(self) -> None:
        """The ids a person and a membership carry are written, and read back."""
        mayor = Membership(Person("Tri Adhianto", id="tri"), post="Wali Kota Bekasi", id="wk")
        expected = {
            "id": "wk",
            "person": {"id": "tri", "name": "Tri Adhianto"},
            "post": "Wali Kota Bekasi",
        }
        assert expected == unstructure(mayor)
        assert mayor == structure(expected, Membership)


class TestErrors:
    def test_path_into_a_nested_table(self) -> None:
        """A bad figure inside a claim's target is named by its path, target.value."""
        data = unstructure(Claim(ClaimKind.ACHIEVED, "1", dt.date(2022, 6, 30), target=TARGET))
        data["target"]["value"] = "1.5 km"
        with pytest.raises(DataFileError) as caught:
            structure(data, Claim)
        assert ["target.value"] == [problem.path for problem in caught.value.problems]

    def test_unit_of_the_indicator_in_place(self) -> None:
        """A target's value must be in the unit of its indicator, also given in place."""
        data = unstructure(TARGET)
        data["value"] = "5 km"
        with pytest.raises(DataFileError, match=r"value:.*orang"):
            structure(data, Target)

    def test_every_problem_at_once(self) -> None:
        """Two bad fields of one object are both reported, with a did-you-mean."""
        with pytest.raises(DataFileError) as caught:
            structure({"outlet": "", "titel": "x"}, Source)
        assert ["titel", "outlet"] == [problem.path for problem in caught.value.problems]
        assert "did you mean 'title'?" in str(caught.value)

    def test_id_not_in_the_case(self) -> None:
        """Within a case, an id the case does not list is refused with the closest one."""
        case = load(BEKASI)
        data = unstructure(case.claims[0], within=case)
        data["target"] = "jobs-15k"
        with pytest.raises(DataFileError, match="did you mean 'jobs-150k'"):
            structure(data, Claim, within=case)

    def test_an_id_without_a_case(self) -> None:
        """Alone, a reference by id cannot be resolved, and says so."""
        with pytest.raises(DataFileError, match="refers to the target 'jobs-150k'"):
            structure({"kind": "met", "as_of": "2022-06-30", "target": "jobs-150k"}, Claim)

    def test_not_a_case_object(self) -> None:
        """Converting something that is no case object is an InvalidValueError naming the call."""
        with pytest.raises(InvalidValueError, match=r"unstructure\(item\)"):
            unstructure(Decimal(1))
        with pytest.raises(InvalidValueError, match=r"structure\(cls\)"):
            structure({}, dict)

    def test_unstructurer_checks_like_unstructure(self) -> None:
        """The function refuses a within that is no Case at once, and an object when called."""
        with pytest.raises(InvalidValueError, match=r"unstructurer\(within\)"):
            unstructurer(within="case")  # type: ignore[arg-type]
        with pytest.raises(InvalidValueError, match=r"unstructurer\(item\)"):
            unstructurer()(Decimal(1))

    def test_not_a_table(self) -> None:
        """Data that is not a table where a pledge is expected says what was found."""
        with pytest.raises(DataFileError, match="found a list of 0; expected a pledge"):
            structure([], Pledge)
