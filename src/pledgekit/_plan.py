"""The regional medium-term development plan (RPJMD) and its hierarchy.

A plan has a vision (visi) and numbered missions (misi); each mission has goals
(tujuan), each goal objectives (sasaran); the regional head's priority programs
(program prioritas) are numbered ("program 10 of 45") and serve one or more missions.
Any level may carry targets.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from typing import Any

import attrs

from pledgekit._indicator import Target
from pledgekit._period import Period
from pledgekit._validate import instance_of, optional_text, required_text, to_tuple
from pledgekit.exceptions import InvalidValueError

__all__ = ["Goal", "Mission", "Objective", "Plan", "PlanLevel", "PlanPlace", "Program"]

# Permendagri 90/2019 codes: urusan, bidang urusan, program, then kegiatan and
# sub-kegiatan, e.g. "2.07.04" or "2.07.04.1.01". ASCII digits only: "\d" would also
# read Arabic-Indic and other digits ("٢.٠٧.٠٤").
_PROGRAM_CODE = re.compile(r"[0-9]{1,2}\.[0-9]{2}\.[0-9]{2}(?:\.[0-9]\.[0-9]{2}(?:\.[0-9]{4})?)?")


def _positive(where: str) -> Any:
    def check(instance: object, attribute: object, value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise InvalidValueError(value, "a whole number from 1", where)

    return check


def _program_missions(value: Iterable[int]) -> tuple[int, ...]:
    return to_tuple(value, int, "Program.missions", "a mission number")


def _objective_targets(value: Iterable[Target]) -> tuple[Target, ...]:
    return to_tuple(value, Target, "Objective.targets", "a Target")


def _goal_targets(value: Iterable[Target]) -> tuple[Target, ...]:
    return to_tuple(value, Target, "Goal.targets", "a Target")


def _mission_targets(value: Iterable[Target]) -> tuple[Target, ...]:
    return to_tuple(value, Target, "Mission.targets", "a Target")


def _program_targets(value: Iterable[Target]) -> tuple[Target, ...]:
    return to_tuple(value, Target, "Program.targets", "a Target")


def _plan_targets(value: Iterable[Target]) -> tuple[Target, ...]:
    return to_tuple(value, Target, "Plan.targets", "a Target")


class PlanLevel(enum.Enum):
    """A level of the plan's tree that carries targets.

    Where [`Plan.place_of`][pledgekit.Plan.place_of] finds a target: the deepest level
    that lists it.

    >>> import datetime as dt
    >>> from pledgekit import (Accumulation, Direction, Goal, Indicator, Mission,
    ...                        Objective, Period, Plan, Target)
    >>> term = Period.term(dt.date(2018, 9, 20))
    >>> absorbed = Indicator("Tenaga kerja baru terserap", "orang",
    ...                      direction=Direction.INCREASE, accumulation=Accumulation.SUM)
    >>> jobs = Target(absorbed, 150000, period=term)
    >>> mission_3 = Mission(3, "Meningkatkan perekonomian berbasis potensial jasa kreatif",
    ...                     targets=[jobs])
    >>> plan = Plan("Kota Bekasi", term, vision="Cerdas, Kreatif, Maju, Sejahtera dan Ihsan",
    ...             missions=[mission_3])
    >>> plan.place_of(jobs).level
    <PlanLevel.MISSION: 'mission'>
    >>> goal = Goal("Memperkuat struktur perekonomian kota", mission=3,
    ...             objectives=[Objective("Laju pertumbuhan ekonomi", targets=[jobs])])
    >>> import attrs
    >>> attrs.evolve(plan, goals=[goal]).place_of(jobs).level  # the objective is deeper
    <PlanLevel.OBJECTIVE: 'objective'>
    """

    PLAN = "plan"
    MISSION = "mission"
    GOAL = "goal"
    OBJECTIVE = "objective"


@attrs.frozen(kw_only=True)
class PlanPlace:
    """Where a plan carries a target ([`Plan.place_of`][pledgekit.Plan.place_of]).

    Attributes:
        level: The deepest level of the tree that lists it; ``None`` when only programs
            carry it, or nothing does.
        mission: The mission's number (for a goal or an objective, the mission above it).
        goal: The goal's position in [`Plan.goals`][pledgekit.Plan.goals], from 1; ``None`` for an
            objective that hangs directly from its mission
            ([`Mission.objectives`][pledgekit.Mission.objectives]).
        objective: The objective's position in its goal (or, directly under a mission,
            in [`Mission.objectives`][pledgekit.Mission.objectives]), from 1.
        programs: The numbers of the priority programs that carry it.

    Bekasi's jobs target stands under a sasaran of the tujuan of misi 3, and priority
    program 10 of 45 carries it:

    >>> import datetime as dt
    >>> from pledgekit import (Accumulation, Direction, Goal, Indicator, Mission,
    ...                        Objective, Period, Plan, Program, Target)
    >>> term = Period.term(dt.date(2018, 9, 20))
    >>> absorbed = Indicator("Tenaga kerja baru terserap", "orang",
    ...                      direction=Direction.INCREASE, accumulation=Accumulation.SUM)
    >>> jobs = Target(absorbed, 150000, period=term)
    >>> goal = Goal("Memperkuat struktur perekonomian kota", mission=3,
    ...             objectives=[Objective("Laju pertumbuhan ekonomi", targets=[jobs])])
    >>> plan = Plan("Kota Bekasi", term, vision="Cerdas, Kreatif, Maju, Sejahtera dan Ihsan",
    ...             missions=[Mission(1, "Meningkatkan tata kelola pemerintahan yang baik"),
    ...                       Mission(3, "Meningkatkan perekonomian berbasis potensial jasa kreatif")],
    ...             goals=[goal], program_count=45,
    ...             programs=[Program(10, "Pembukaan peluang 150.000 tenaga kerja baru",
    ...                               missions=[1, 3], targets=[jobs])])
    >>> plan.place_of(jobs)
    PlanPlace(level=<PlanLevel.OBJECTIVE: 'objective'>, mission=3, goal=1, objective=1, programs=(10,))
    """

    level: PlanLevel | None
    mission: int | None = None
    goal: int | None = None
    objective: int | None = None
    programs: tuple[int, ...] = ()


@attrs.frozen
class Objective:
    """A sasaran: the condition that shows a goal is reached, with its indicators' targets.

    >>> from pledgekit import Objective
    >>> Objective("Meningkatnya lapangan kerja baru yang produktif").targets
    ()
    """

    text: str = attrs.field(validator=required_text("Objective.text"))
    targets: tuple[Target, ...] = attrs.field(
        default=(), kw_only=True, converter=_objective_targets
    )


def _goal_objectives(value: Iterable[Objective]) -> tuple[Objective, ...]:
    return to_tuple(value, Objective, "Goal.objectives", "an Objective")


@attrs.frozen
class Goal:
    """A tujuan: a five-year condition to reach under a mission.

    >>> from pledgekit import Goal
    >>> Goal("Memperkuat struktur perekonomian kota", mission=3).mission
    3
    """

    text: str = attrs.field(validator=required_text("Goal.text"))
    mission: int = attrs.field(kw_only=True, validator=_positive("Goal.mission"))
    objectives: tuple[Objective, ...] = attrs.field(
        default=(),
        kw_only=True,
        converter=_goal_objectives,
    )
    targets: tuple[Target, ...] = attrs.field(default=(), kw_only=True, converter=_goal_targets)


def _mission_objectives(value: Iterable[Objective]) -> tuple[Objective, ...]:
    return to_tuple(value, Objective, "Mission.objectives", "an Objective")


@attrs.frozen
class Mission:
    """A numbered misi of the plan.

    Args:
        number: Its number.
        text: Its words.
        targets: Targets it carries itself.
        objectives: Sasaran that hang directly from the misi, with no tujuan between
            (plans whose tables have no tujuan level); an objective under a goal is
            listed in [`Goal.objectives`][pledgekit.Goal.objectives] instead.

    >>> from pledgekit import Mission, Objective
    >>> Mission(3, "Meningkatkan perekonomian berbasis potensi jasa kreatif").number
    3
    >>> Mission(1, "Ekonomi", objectives=[Objective("Meningkatnya lapangan kerja")]).objectives
    (Objective(text='Meningkatnya lapangan kerja', targets=()),)
    """

    number: int = attrs.field(validator=_positive("Mission.number"))
    text: str = attrs.field(validator=required_text("Mission.text"))
    targets: tuple[Target, ...] = attrs.field(default=(), kw_only=True, converter=_mission_targets)
    objectives: tuple[Objective, ...] = attrs.field(
        default=(), kw_only=True, converter=_mission_objectives
    )


def _validate_code(instance: object, attribute: object, value: Any) -> None:
    if value is not None and (not isinstance(value, str) or not _PROGRAM_CODE.fullmatch(value)):
        raise InvalidValueError(
            value,
            "a Permendagri 90/2019 code such as '2.07.04' (urusan.bidang.program) or None",
            "Program.code",
        )


@attrs.frozen
class Program:
    """A numbered priority program of the regional head.

    Args:
        number: Its number in the list of priority programs (10 in "10 of 45").
        title: Its title, in the plan's words.
        missions: The numbers of the missions it serves (one or several).
        code: Its Permendagri 90/2019 program code, such as ``"2.07.04"``.
        agency: The responsible agency (perangkat daerah).
        targets: Targets it carries.

    >>> from pledgekit import Program
    >>> Program(10, "Pembukaan peluang 150.000 tenaga kerja baru", missions=(1, 3)).missions
    (1, 3)
    """

    number: int = attrs.field(validator=_positive("Program.number"))
    title: str = attrs.field(validator=required_text("Program.title"))
    missions: tuple[int, ...] = attrs.field(default=(), kw_only=True, converter=_program_missions)
    code: str | None = attrs.field(default=None, kw_only=True, validator=_validate_code)
    agency: str | None = attrs.field(
        default=None, kw_only=True, validator=optional_text("Program.agency")
    )
    targets: tuple[Target, ...] = attrs.field(default=(), kw_only=True, converter=_program_targets)


def _plan_missions(value: Iterable[Mission]) -> tuple[Mission, ...]:
    return to_tuple(value, Mission, "Plan.missions", "a Mission")


def _plan_goals(value: Iterable[Goal]) -> tuple[Goal, ...]:
    return to_tuple(value, Goal, "Plan.goals", "a Goal")


def _plan_programs(value: Iterable[Program]) -> tuple[Program, ...]:
    return to_tuple(value, Program, "Plan.programs", "a Program")


@attrs.frozen
class Plan:
    """A regional medium-term development plan (RPJMD).

    Args:
        region: The region (``"Kota Bekasi"``).
        period: The plan's period (a five-year term).
        vision: The visi, in the plan's words; ``None`` when the source does not give it
            (a plan table has none), never made up.
        missions: Numbered missions; numbers must be unique.
        goals: Goals, each under an existing mission.
        programs: Priority programs; numbers unique and at most ``program_count``;
            each serves existing missions only.
        program_count: How many priority programs the plan has in all (45 in
            "10 of 45"), when known; the plan need not list them all.
        name: The plan's name.
        targets: Plan-level targets.

    >>> import datetime as dt
    >>> from pledgekit import Mission, Period, Plan, Program
    >>> plan = Plan("Kota Bekasi", Period.term(dt.date(2018, 9, 20)),
    ...             vision="Bekasi Cerdas, Kreatif, Maju, Sejahtera dan Ihsan",
    ...             missions=[Mission(1, "Meningkatkan tata kelola pemerintahan yang baik")],
    ...             programs=[Program(10, "Pembukaan peluang kerja", missions=[1])],
    ...             program_count=45)
    >>> plan.program_label(10)
    '10 of 45'
    >>> Plan("Kota Bekasi", plan.period, vision="x", programs=[Program(46, "y")], program_count=45)
    Traceback (most recent call last):
    ...
    pledgekit.exceptions.InvalidValueError: Plan.programs[0].number: got 46 (int); expected a program number from 1 to 45
    """

    region: str = attrs.field(validator=required_text("Plan.region"))
    period: Period = attrs.field(validator=instance_of(Period, "Plan.period", "a Period"))
    vision: str | None = attrs.field(
        default=None,
        kw_only=True,
        validator=attrs.validators.optional(required_text("Plan.vision")),
    )
    missions: tuple[Mission, ...] = attrs.field(default=(), kw_only=True, converter=_plan_missions)
    goals: tuple[Goal, ...] = attrs.field(default=(), kw_only=True, converter=_plan_goals)
    programs: tuple[Program, ...] = attrs.field(default=(), kw_only=True, converter=_plan_programs)
    program_count: int | None = attrs.field(
        default=None,
        kw_only=True,
        validator=attrs.validators.optional(_positive("Plan.program_count")),
    )
    name: str = attrs.field(default="RPJMD", kw_only=True, validator=required_text("Plan.name"))
    targets: tuple[Target, ...] = attrs.field(default=(), kw_only=True, converter=_plan_targets)

    def __attrs_post_init__(self) -> None:
        _unique((m.number for m in self.missions), "Plan.missions", "mission number")
        _unique((p.number for p in self.programs), "Plan.programs", "program number")
        known = {m.number for m in self.missions}
        for index, goal in enumerate(self.goals):
            if goal.mission not in known:
                raise InvalidValueError(
                    goal.mission, _one_of(known, "mission"), f"Plan.goals[{index}].mission"
                )
        for index, program in enumerate(self.programs):
            if self.program_count is not None and program.number > self.program_count:
                raise InvalidValueError(
                    program.number,
                    f"a program number from 1 to {self.program_count}",
                    f"Plan.programs[{index}].number",
                )
            for position, number in enumerate(program.missions):
                if number not in known:
                    raise InvalidValueError(
                        number,
                        _one_of(known, "mission"),
                        f"Plan.programs[{index}].missions[{position}]",
                    )

    def mission(self, number: int) -> Mission:
        """The mission with this number."""
        for mission in self.missions:
            if mission.number == number:
                return mission
        raise InvalidValueError(
            number, _one_of({m.number for m in self.missions}, "mission"), "number"
        )

    def program(self, number: int) -> Program:
        """The program with this number."""
        for program in self.programs:
            if program.number == number:
                return program
        raise InvalidValueError(
            number, _one_of({p.number for p in self.programs}, "program"), "number"
        )

    def program_label(self, number: int) -> str:
        """``"10 of 45"`` for program 10 of a plan with 45 programs (``"10"`` when the count is unknown)."""
        program = self.program(number)
        return (
            str(program.number)
            if self.program_count is None
            else (f"{program.number} of {self.program_count}")
        )

    def place_of(self, target: Target) -> PlanPlace:
        """Where the plan carries a target: the deepest level of its tree, and the programs.

        A target listed at several levels stands at the deepest (an objective before its
        goal, a goal before its mission, a mission before the plan itself); goals and
        objectives are numbered by their position, from 1. An objective directly under a
        mission has no goal (``goal`` is ``None``) and is numbered within the mission.

        >>> import datetime as dt
        >>> from pledgekit import (Accumulation, Direction, Goal, Indicator, Mission,
        ...                        Objective, Period, Plan, Program, Target)
        >>> jobs = Indicator("Tenaga kerja", "orang", direction=Direction.INCREASE,
        ...                  accumulation=Accumulation.SUM)
        >>> target = Target(jobs, 150000, period=Period.term(dt.date(2018, 9, 20)))
        >>> plan = Plan("Kota Bekasi", Period.term(dt.date(2018, 9, 20)), vision="Ihsan",
        ...             missions=[Mission(3, "Perekonomian")],
        ...             goals=[Goal("Ekonomi kuat", mission=3,
        ...                         objectives=[Objective("Lapangan kerja", targets=[target])])],
        ...             programs=[Program(10, "Tenaga kerja", missions=[3], targets=[target])])
        >>> place = plan.place_of(target)
        >>> place.level, place.mission, place.goal, place.objective, place.programs
        (<PlanLevel.OBJECTIVE: 'objective'>, 3, 1, 1, (10,))
        """
        programs = tuple(p.number for p in self.programs if target in p.targets)
        for number, goal in enumerate(self.goals, start=1):
            for position, objective in enumerate(goal.objectives, start=1):
                if target in objective.targets:
                    return PlanPlace(
                        level=PlanLevel.OBJECTIVE,
                        mission=goal.mission,
                        goal=number,
                        objective=position,
                        programs=programs,
                    )
        for mission in self.missions:
            for position, objective in enumerate(mission.objectives, start=1):
                if target in objective.targets:
                    return PlanPlace(
                        level=PlanLevel.OBJECTIVE,
                        mission=mission.number,
                        objective=position,
                        programs=programs,
                    )
        for number, goal in enumerate(self.goals, start=1):
            if target in goal.targets:
                return PlanPlace(
                    level=PlanLevel.GOAL, mission=goal.mission, goal=number, programs=programs
                )
        for mission in self.missions:
            if target in mission.targets:
                return PlanPlace(level=PlanLevel.MISSION, mission=mission.number, programs=programs)
        level = PlanLevel.PLAN if target in self.targets else None
        return PlanPlace(level=level, programs=programs)

    def all_targets(self) -> tuple[Target, ...]:
        """Every target carried anywhere in the plan, in order and without repeats."""
        found: list[Target] = [*self.targets]
        for mission in self.missions:
            found.extend(mission.targets)
            for objective in mission.objectives:
                found.extend(objective.targets)
        for goal in self.goals:
            found.extend(goal.targets)
            for objective in goal.objectives:
                found.extend(objective.targets)
        for program in self.programs:
            found.extend(program.targets)
        return tuple(dict.fromkeys(found))


def _unique(numbers: Iterable[int], where: str, what: str) -> None:
    seen: set[int] = set()
    for index, number in enumerate(numbers):
        if number in seen:
            raise InvalidValueError(number, f"a {what} not used before", f"{where}[{index}].number")
        seen.add(number)


def _one_of(known: set[int], what: str) -> str:
    if not known:
        return f"a {what} number, but the plan lists none"
    return f"the number of a listed {what} ({', '.join(str(n) for n in sorted(known))})"
