"""Tests for the RPJMD hierarchy and for pledges and who made them (Popolo)."""

from __future__ import annotations

import datetime as dt

import pytest

from pledgekit import (
    Accumulation,
    Direction,
    Goal,
    Identifier,
    Indicator,
    InvalidValueError,
    Membership,
    Mission,
    Objective,
    Organization,
    Period,
    Person,
    Plan,
    PlanLevel,
    Pledge,
    Program,
    Target,
)
from pledgekit.verdicts import Verdict, VerdictHistory, VerdictRecord

TERM = Period.term(dt.date(2018, 9, 20))
JOBS = Indicator("Jobs", "orang", direction=Direction.INCREASE, accumulation=Accumulation.SUM)
TARGET = Target(JOBS, 150000, period=TERM)


def plan(**changes: object) -> Plan:
    fields: dict[str, object] = {
        "vision": "Cerdas, Kreatif, Maju, Sejahtera dan Ihsan",
        "missions": [Mission(1, "Tata kelola"), Mission(3, "Perekonomian")],
        "goals": [
            Goal(
                "Struktur perekonomian",
                mission=3,
                objectives=[Objective("Laju pertumbuhan ekonomi")],
            )
        ],
        "programs": [Program(10, "Pembukaan peluang kerja", missions=[1, 3], targets=[TARGET])],
        "program_count": 45,
    }
    fields.update(changes)
    return Plan("Kota Bekasi", TERM, **fields)  # type: ignore[arg-type]


class TestPlan:
    def test_program_ten_of_forty_five(self) -> None:
        """Program 10 of a plan with 45 programs reads '10 of 45' and serves missions 1 and 3."""
        bekasi = plan()
        assert "10 of 45" == bekasi.program_label(10)
        assert (1, 3) == bekasi.program(10).missions
        assert "Perekonomian" == bekasi.mission(3).text

    def test_label_without_count(self) -> None:
        """Without a known total the label is the number alone."""
        assert "10" == plan(program_count=None).program_label(10)

    def test_lists_become_tuples(self) -> None:
        """Children are stored as tuples, so plans are hashable."""
        bekasi = plan()
        assert isinstance(bekasi.missions, tuple)
        assert hash(bekasi) == hash(plan())

    def test_all_targets_from_every_level(self) -> None:
        """Targets carried by a program, a goal and the plan are all found, once each."""
        other = Target(JOBS, 1000, period=Period.year(2019))
        bekasi = plan(targets=[TARGET], goals=[Goal("Goal", mission=1, targets=[other])])
        assert (TARGET, other) == bekasi.all_targets()

    @pytest.mark.parametrize(
        ("changes", "where"),
        [
            ({"programs": [Program(46, "x")]}, "Plan.programs[0].number"),
            ({"programs": [Program(1, "x"), Program(1, "y")]}, "Plan.programs[1].number"),
            ({"missions": [Mission(1, "a"), Mission(1, "b")]}, "Plan.missions[1].number"),
            ({"goals": [Goal("g", mission=2)]}, "Plan.goals[0].mission"),
            ({"programs": [Program(1, "x", missions=[2])]}, "Plan.programs[0].missions[0]"),
            ({"program_count": 0}, "Plan.program_count"),
            ({"missions": "misi"}, "Plan.missions"),
            ({"missions": ["misi"]}, "Plan.missions[0]"),
            ({"vision": ""}, "Plan.vision"),
        ],
    )
    def test_refuses(self, changes: dict[str, object], where: str) -> None:
        """Numbers must be unique and within the total, and references must resolve."""
        with pytest.raises(InvalidValueError) as info:
            plan(**changes)
        assert where == info.value.where

    @pytest.mark.parametrize(
        ("make", "where"),
        [
            (lambda: Program(0, "x"), "Program.number"),
            (lambda: Program(True, "x"), "Program.number"),
            (lambda: Program(1, "x", code="2.7.4"), "Program.code"),
            (lambda: Mission(1, " "), "Mission.text"),
            (lambda: Goal("g", mission=0), "Goal.mission"),
            (lambda: Objective("o", targets=[1]), "Objective.targets[0]"),
        ],
    )
    def test_parts_refuse(self, make: object, where: str) -> None:
        """Each level validates its own fields."""
        with pytest.raises(InvalidValueError) as info:
            make()  # type: ignore[operator]
        assert where == info.value.where

    def test_permendagri_90_code(self) -> None:
        """'2.07.04' (urusan 2, bidang 07, program 04) is a valid program code."""
        assert "2.07.04" == Program(10, "Penempatan Tenaga Kerja", code="2.07.04").code

    @pytest.mark.parametrize(
        "code", ["٢.٠٧.٠٤", "2.٠7.04", "２.07.04", "2.07.04\n", "2.07.04.1.٠1"]
    )
    def test_program_code_digits_are_ascii(self, code: str) -> None:
        """A code written with Arabic-Indic or fullwidth digits is refused, not read as 2.07.04."""
        with pytest.raises(InvalidValueError) as info:
            Program(10, "Penempatan Tenaga Kerja", code=code)
        assert "Program.code" == info.value.where

    def test_unknown_numbers(self) -> None:
        """Asking for a program or mission that is not listed names those that are."""
        with pytest.raises(InvalidValueError, match=r"\(10\)"):
            plan().program(11)
        with pytest.raises(InvalidValueError, match=r"\(1, 3\)"):
            plan().mission(2)


class TestPledge:
    def test_popolo_words(self) -> None:
        """Who made a pledge is a membership: a person in a post, with dates and identifiers."""
        person = Person("Budi Santoso", identifiers=[Identifier("cand-0042", scheme="kpu")])
        mayor = Membership(
            person,
            post="Wali Kota Bekasi",
            organization=Organization("Pemerintah Kota Bekasi"),
            start_date=TERM.start,
            end_date=TERM.end,
        )
        pledge = Pledge(
            "Menyerap 150.000 tenaga kerja", made_by=mayor, targets=[TARGET], programs=[10]
        )
        assert "Budi Santoso, Wali Kota Bekasi, Pemerintah Kota Bekasi" == mayor.label
        assert ("kpu",) == tuple(i.scheme for i in person.identifiers)
        assert (TARGET,) == pledge.targets
        assert "menyerap-150-000-tenaga-kerja" == pledge.id

    def test_verdict_history(self) -> None:
        """Verdict records given as a list become a history, oldest first."""
        records = [
            VerdictRecord(dt.date(2019, 1, 1), Verdict.NOT_RATED, "new"),
            VerdictRecord(dt.date(2022, 7, 22), Verdict.IN_PROGRESS, "reported"),
        ]
        pledge = Pledge("x", verdicts=records)
        assert VerdictHistory(records) == pledge.verdicts

    @pytest.mark.parametrize(
        ("make", "where"),
        [
            (lambda: Pledge(""), "Pledge.text"),
            (lambda: Pledge("x", targets=[1]), "Pledge.targets[0]"),
            (lambda: Pledge("x", programs=["10"]), "Pledge.programs[0]"),
            (lambda: Pledge("x", made_by="mayor"), "Pledge.made_by"),
            (lambda: Pledge("x", made_on="2018"), "Pledge.made_on"),
            (lambda: Pledge("x", id="has space"), "Pledge.id"),
            (lambda: Pledge("x", verdicts=[1]), "Pledge.verdicts[0]"),
            (lambda: Membership(), "Membership"),
            (
                lambda: Membership(post="p", start_date=TERM.end, end_date=TERM.start),
                "Membership.end_date",
            ),
            (lambda: Person("x", identifiers=["Q1"]), "Person.identifiers[0]"),
            (lambda: Identifier("Q1", scheme=""), "Identifier.scheme"),
        ],
    )
    def test_refuses(self, make: object, where: str) -> None:
        """Each field names itself when refused."""
        with pytest.raises(InvalidValueError) as info:
            make()  # type: ignore[operator]
        assert where == info.value.where


class TestPlaceOf:
    """Where a plan carries a target: the deepest level of its tree, and the programs."""

    OTHER = Target(JOBS, 1000, period=TERM, id="other")

    def _plan(self, **levels: object) -> Plan:
        return Plan(
            "Kota Bekasi",
            TERM,
            vision="Ihsan",
            missions=[
                Mission(1, "Tata kelola", targets=levels.get("mission", ())),
                Mission(3, "Perekonomian"),
            ],
            goals=[
                Goal("Tata kelola baik", mission=1),
                Goal(
                    "Ekonomi kuat",
                    mission=3,
                    targets=levels.get("goal", ()),
                    objectives=[
                        Objective("Investasi"),
                        Objective("Lapangan kerja", targets=levels.get("objective", ())),
                    ],
                ),
            ],
            programs=[Program(10, "Tenaga kerja", missions=[3], targets=levels.get("program", ()))],
            targets=levels.get("plan", ()),
        )

    def test_objective_is_deepest(self) -> None:
        """Listed by objective 2 of goal 2 (mission 3), by that goal and by the plan: objective."""
        plan = self._plan(objective=[TARGET], goal=[TARGET], plan=[TARGET], program=[TARGET])
        place = plan.place_of(TARGET)
        assert (PlanLevel.OBJECTIVE, 3, 2, 2, (10,)) == (
            place.level,
            place.mission,
            place.goal,
            place.objective,
            place.programs,
        )

    def test_goal_then_mission_then_plan(self) -> None:
        """Without an objective the goal's place; without a goal the mission's; then the plan."""
        goal = self._plan(goal=[TARGET], mission=[TARGET]).place_of(TARGET)
        mission = self._plan(mission=[TARGET], plan=[TARGET]).place_of(TARGET)
        plan = self._plan(plan=[TARGET]).place_of(TARGET)
        assert [
            (PlanLevel.GOAL, 3, 2, None),
            (PlanLevel.MISSION, 1, None, None),
            (PlanLevel.PLAN, None, None, None),
        ] == [(p.level, p.mission, p.goal, p.objective) for p in (goal, mission, plan)]

    def test_programs_only_or_nowhere(self) -> None:
        """Carried by a program only: no tree level, the program; carried by nothing: empty."""
        plan = self._plan(program=[TARGET])
        assert (None, (10,)) == (plan.place_of(TARGET).level, plan.place_of(TARGET).programs)
        assert (None, ()) == (plan.place_of(self.OTHER).level, plan.place_of(self.OTHER).programs)
