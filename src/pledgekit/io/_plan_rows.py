"""The rows of a plan table: indicator rows, and where each stands in the plan's tree.

The tree comes from hierarchy columns (Misi, Tujuan, Sasaran, Program: a blank or
merged cell below a value means "the same as above", until a level above changes) or
from group rows that span the table with no indicator ("Misi 1 ...", "Tujuan 1.1 ...",
"Sasaran 1.1.1 ...", "Program ..."). Levels the sheet does not have are not invented: a
sasaran directly under a misi hangs from the misi, a row with no sasaran from its
tujuan or misi. The evaluation form's footer rows ("Rata-rata capaian kinerja",
"Predikat kinerja") are read past.
"""

from __future__ import annotations

import re

import attrs

from pledgekit.io._cells import CellError, Problems, read_text
from pledgekit.io._grid import Cell, Grid
from pledgekit.io._plan_header import COMPUTED, Column, Header, normalize

__all__ = [
    "GoalNode",
    "MissionNode",
    "ObjectiveNode",
    "ProgramNode",
    "Row",
    "Tree",
    "read_rows",
]

_LEVELS = ("misi", "tujuan", "sasaran", "program")
_GROUP = re.compile(r"(misi|tujuan|sasaran|program)(?:\s+prioritas)?\b\s*(.*)", re.IGNORECASE)
_NUMBERED = re.compile(r"([0-9]+(?:\.[0-9]+)*|[IVX]+)(?![0-9A-Za-z])\s*[.:)]?\s*[-–:.]?\s*(.*)")
_ROMAN = {
    "I": 1,
    "II": 2,
    "III": 3,
    "IV": 4,
    "V": 5,
    "VI": 6,
    "VII": 7,
    "VIII": 8,
    "IX": 9,
    "X": 10,
}
_CODE = re.compile(
    r"([0-9]{1,2}\.[0-9]{2}\.[0-9]{2}(?:\.[0-9]\.[0-9]{2}(?:\.[0-9]{4})?)?)\b\s*[-–:.]?\s*"
)
_DASHES = frozenset({"-", "–", "—", "--"})
_FOOTER = ("rata-rata", "rata rata", "predikat", "jumlah", "total", "average", "rating")
# Columns whose cells are figures: a row with any of them and no indicator is a problem.
_FIGURES = frozenset({"target", "realisasi", "kondisi_awal", "kondisi_akhir"})


@attrs.define
class ObjectiveNode:
    """A sasaran being read: its words and the rows under it."""

    text: str
    rows: list[Row] = attrs.field(factory=list)


@attrs.define
class GoalNode:
    """A tujuan being read."""

    text: str
    mission: MissionNode
    objectives: list[ObjectiveNode] = attrs.field(factory=list)
    rows: list[Row] = attrs.field(factory=list)


@attrs.define
class MissionNode:
    """A misi being read."""

    number: int
    text: str
    goals: list[GoalNode] = attrs.field(factory=list)
    objectives: list[ObjectiveNode] = attrs.field(factory=list)
    rows: list[Row] = attrs.field(factory=list)


@attrs.define
class ProgramNode:
    """A priority program being read: numbered in order of first appearance."""

    number: int
    title: str
    code: str | None = None
    agency: str | None = None
    missions: list[int] = attrs.field(factory=list)
    rows: list[Row] = attrs.field(factory=list)


@attrs.define
class Tree:
    """The plan's tree as read: missions in order, programs, and the rows under none."""

    missions: list[MissionNode] = attrs.field(factory=list)
    programs: list[ProgramNode] = attrs.field(factory=list)
    rows: list[Row] = attrs.field(factory=list)
    #: Every indicator row, in the sheet's order.
    order: list[Row] = attrs.field(factory=list)


@attrs.define
class Row:
    """One indicator row: its cells by column, and its place in the tree.

    Attributes:
        row: Its row in the sheet.
        name: The indicator's name, as written.
        name_cell: The cell holding it.
        cells: The row's cells by column, for every figure and text column.
        mission, goal, objective, program: Where it stands (``None``: no such level).
    """

    row: int
    name: str
    name_cell: Cell
    cells: dict[int, Cell]
    mission: MissionNode | None = None
    goal: GoalNode | None = None
    objective: ObjectiveNode | None = None
    program: ProgramNode | None = None


@attrs.define
class _State:
    """The levels in force while reading down the sheet, and the raw text that set each."""

    tree: Tree
    nodes: dict[str, object] = attrs.field(factory=dict)
    raw: dict[str, str] = attrs.field(factory=dict)

    def clear_below(self, level: str) -> None:
        below = {"misi": _LEVELS[1:], "tujuan": _LEVELS[2:], "sasaran": _LEVELS[3:]}
        for lower in below.get(level, ()):
            self.nodes.pop(lower, None)
            self.raw.pop(lower, None)


def read_rows(grid: Grid, header: Header, problems: Problems) -> Tree:
    """Every indicator row below the header, placed in the tree."""
    state = _State(Tree())
    indicator = header.find("indikator")
    if indicator is None:
        return state.tree
    hierarchy = {level: header.find(level) for level in _LEVELS}
    figures = [c for c in header.columns if c.key in _FIGURES]
    unit = header.find("satuan")
    for row in range(header.data, grid.height + 1):
        name_cell = grid.cell(row, indicator.index)
        own = _own_texts(grid, row, problems)
        if not own or _is_footer(own, grid, row, unit):
            continue
        if name_cell.row != row and not name_cell.empty:
            problems.add(
                grid.where(row, indicator.index),
                f"the indicator cell is merged with the row above ({grid.at(name_cell)}); "
                "expected one row per indicator",
            )
            continue
        # A group row merged across the table gives its text to the indicator column too.
        name = _text(grid, name_cell, problems) if name_cell.column == indicator.index else None
        if name is None or (_GROUP.fullmatch(name) and not _has_figures(grid, row, figures)):
            _hierarchy_cells(grid, row, hierarchy, state, problems)
            if not _group_row(grid, row, own, state, problems) and _has_figures(grid, row, figures):
                problems.add(
                    grid.where(row, indicator.index),
                    "a row with figures but no indicator; expected the indicator's name in "
                    f"column {indicator.letter}",
                )
            continue
        _hierarchy_cells(grid, row, hierarchy, state, problems)
        _add_row(grid, header, state, Row(row, name, name_cell, {}))
    return state.tree


def _add_row(grid: Grid, header: Header, state: _State, found: Row) -> None:
    for column in header.columns:
        if column.key is not None and column.key != COMPUTED:
            found.cells[column.index] = grid.cell(found.row, column.index)
    mission = state.nodes.get("misi")
    goal = state.nodes.get("tujuan")
    objective = state.nodes.get("sasaran")
    program = state.nodes.get("program")
    found.mission = mission if isinstance(mission, MissionNode) else None
    found.goal = goal if isinstance(goal, GoalNode) else None
    found.objective = objective if isinstance(objective, ObjectiveNode) else None
    found.program = program if isinstance(program, ProgramNode) else None
    state.tree.order.append(found)
    if found.objective is not None:
        found.objective.rows.append(found)
    elif found.goal is not None:
        found.goal.rows.append(found)
    elif found.mission is not None:
        found.mission.rows.append(found)
    else:
        state.tree.rows.append(found)
    if found.program is not None:
        found.program.rows.append(found)
        if found.mission is not None and found.mission.number not in found.program.missions:
            found.program.missions.append(found.mission.number)


def _text(grid: Grid, cell: Cell, problems: Problems) -> str | None:
    try:
        return read_text(cell)
    except CellError as error:
        problems.cell(grid, cell, error)
        return None


def _own_texts(grid: Grid, row: int, problems: Problems) -> list[tuple[Cell, str]]:
    seen: set[tuple[int, int]] = set()
    found = []
    for cell in grid.row(row):
        if cell.row != row or (cell.row, cell.column) in seen or cell.empty:
            continue
        seen.add((cell.row, cell.column))
        text = _text(grid, cell, problems)
        if text:
            found.append((cell, text))
    return found


def _has_figures(grid: Grid, row: int, figures: list[Column]) -> bool:
    """Whether the row has a figure of its own (not a group row's text merged across)."""
    for column in figures:
        cell = grid.cell(row, column.index)
        if not cell.empty and cell.column == column.index:
            return True
    return False


def _is_footer(own: list[tuple[Cell, str]], grid: Grid, row: int, unit: Column | None) -> bool:
    """A footer row: "Rata-rata capaian kinerja", "Predikat kinerja", "Jumlah", with no unit.

    An indicator may start the same way ("Rata-rata lama sekolah"), but it has a unit.
    """
    if not normalize(own[0][1]).startswith(_FOOTER):
        return False
    if unit is None:
        return True
    cell = grid.cell(row, unit.index)
    return cell.empty or cell.column != unit.index


def _hierarchy_cells(
    grid: Grid, row: int, columns: dict[str, Column | None], state: _State, problems: Problems
) -> None:
    for level in _LEVELS:
        column = columns[level]
        if column is None:
            continue
        cell = grid.cell(row, column.index)
        text = _text(grid, cell, problems)
        if text is None or text in _DASHES or text == state.raw.get(level):
            continue  # blank, a dash, or merged from above: the same as above
        _enter(grid, cell, level, text, state, problems)


def _group_row(
    grid: Grid, row: int, own: list[tuple[Cell, str]], state: _State, problems: Problems
) -> bool:
    """Enter the level a group row names ("Misi 1 ...", "Sasaran 1.1 ..."); whether it names one."""
    for position, (cell, text) in enumerate(own):
        match = _GROUP.fullmatch(text)
        if match is None:
            continue
        rest = match[2]
        numbered = _NUMBERED.fullmatch(rest)
        if (not rest or (numbered is not None and not numbered[2])) and position + 1 < len(own):
            text = f"{text} {own[position + 1][1]}"  # "Sasaran 1.1" | "Meningkatnya ..."
        _enter(grid, cell, match[1].lower(), text, state, problems)
        return True
    return False


def _enter(
    grid: Grid, cell: Cell, level: str, text: str, state: _State, problems: Problems
) -> None:
    """Make ``text`` the node in force at ``level``, under the levels above it."""
    state.raw[level] = text
    state.clear_below(level)
    if level == "program":
        state.nodes[level] = _program(state.tree, text)
        return
    if level == "misi":
        state.nodes[level] = _mission(state.tree, text)
        return
    mission = state.nodes.get("misi")
    goal = state.nodes.get("tujuan")
    words = _words(text, level)
    if level == "tujuan":
        if not isinstance(mission, MissionNode):
            state.nodes.pop(level, None)
            problems.add(
                grid.at(cell),
                f"a tujuan ({text!r}) with no misi above it; expected a Misi column or a "
                "group row 'Misi 1 ...' above it (a goal belongs to a mission)",
            )
            return
        state.nodes[level] = _goal(mission, words)
        return
    parent: list[ObjectiveNode]
    if isinstance(goal, GoalNode):
        parent = goal.objectives
    elif isinstance(mission, MissionNode):
        parent = mission.objectives
    else:
        state.nodes.pop(level, None)
        problems.add(
            grid.at(cell),
            f"a sasaran ({text!r}) with no tujuan or misi above it; expected a Misi or Tujuan "
            "column, or a group row 'Misi 1 ...' above it",
        )
        return
    state.nodes[level] = _objective(parent, words)


def _goal(mission: MissionNode, words: str) -> GoalNode:
    for goal in mission.goals:
        if goal.text == words:
            return goal
    goal = GoalNode(words, mission)
    mission.goals.append(goal)
    return goal


def _objective(objectives: list[ObjectiveNode], words: str) -> ObjectiveNode:
    for objective in objectives:
        if objective.text == words:
            return objective
    objective = ObjectiveNode(words)
    objectives.append(objective)
    return objective


def _words(text: str, level: str) -> str:
    """The words of a misi, tujuan or sasaran without its label and number."""
    match = _GROUP.fullmatch(text)
    rest = match[2] if match is not None and match[1].lower() == level else text
    numbered = _NUMBERED.fullmatch(rest)
    if numbered is not None and numbered[2]:
        rest = numbered[2]
    return rest.strip() or text


def _mission(tree: Tree, text: str) -> MissionNode:
    match = _GROUP.fullmatch(text)
    rest = match[2] if match is not None and match[1].lower() == "misi" else text
    numbered = _NUMBERED.fullmatch(rest)
    number = None
    if numbered is not None:
        label = numbered[1]
        number = int(label.split(".")[0]) if label[0].isdigit() else _ROMAN.get(label)
    words = _words(text, "misi")
    for mission in tree.missions:
        if (number is not None and mission.number == number) or (
            number is None and mission.text == words
        ):
            return mission
    if number is None or number < 1:
        number = max((m.number for m in tree.missions), default=0) + 1
    node = MissionNode(number, words)
    tree.missions.append(node)
    return node


def _program(tree: Tree, text: str) -> ProgramNode:
    match = _GROUP.fullmatch(text)
    body = text
    if match is not None:
        code = _CODE.match(match[2])
        if code is not None:  # "Program 2.07.04 Penempatan ...": the code after the word
            body = f"{text[: match.start(2)]}{match[2][code.end() :]}".strip()
            return _find_program(tree, code[1], " ".join(body.split()))
    code = _CODE.match(text)
    if code is not None:
        body = text[code.end() :].strip() or text
        return _find_program(tree, code[1], body)
    return _find_program(tree, None, body)


def _find_program(tree: Tree, code: str | None, title: str) -> ProgramNode:
    for program in tree.programs:
        if program.title == title and program.code == code:
            return program
    node = ProgramNode(len(tree.programs) + 1, title, code)
    tree.programs.append(node)
    return node
