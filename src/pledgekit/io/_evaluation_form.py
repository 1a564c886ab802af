"""The Permendagri 86 evaluation form "Evaluasi terhadap hasil RPJMD", from an assessment.

The form is laid out once as a table of cells (`pledgekit.io._form_cells`) and written
as an Excel workbook, a CSV table or a Markdown table. Every number on it is one the
assessment holds ([`pledgekit.Assessment.plan`][pledgekit.Assessment.plan]); this module
only places and words them, and rounds the rates for display the way
[`PeriodCapaian.percent`][pledgekit.methods.permendagri86.PeriodCapaian.percent] does.

The columns, in order (``n`` plan years, tahun ke-1 being the first year a schedule
names)::

    No | Sasaran | Program prioritas | Indikator kinerja | Satuan
    | Capaian awal (data capaian pada awal tahun perencanaan)
    | Target kinerja pada akhir periode RPJMD: K, Rp
    | Target tahun ke-1 (Y1): K, Rp ... Target tahun ke-n (Yn): K, Rp
    | Realisasi tahun ke-1 (Y1): K, Rp ... Realisasi tahun ke-n (Yn): K, Rp
    | Tingkat capaian tahun ke-1 (Y1) (%): K, Predikat K, Rp, Predikat Rp ... tahun ke-n
    | Capaian kinerja pada akhir periode RPJMD: K, Rp
    | Rasio capaian akhir (%): K, Predikat K, Rp, Predikat Rp
    | Keterangan

One row per indicator in the plan's tree order, each misi and tujuan named in a row of
its own where it begins ("Misi 1: ...", "Tujuan 1.1: ...": the form has a Sasaran column
but none for them); then for each misi, tujuan, sasaran and the whole plan, in the tree's
order, two footer rows, "Rata-rata capaian kinerja" and "Predikat kinerja", whose label
stands in the first cell (over No to Satuan) and whose means stand in the K and Rp
columns of each tingkat capaian and of the rasio capaian akhir. Laid out so, the form is
itself a plan table that [`pledgekit.io.read_plan_table`][pledgekit.io.read_plan_table] reads back.
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from decimal import ROUND_FLOOR, Decimal
from fractions import Fraction
from pathlib import Path
from typing import IO, Final, Literal, TypeAlias

from pledgekit import text
from pledgekit._amounts import round_fraction
from pledgekit._case import Assessment
from pledgekit._indicator import Accumulation, Direction
from pledgekit._plan import PlanLevel, PlanPlace
from pledgekit._plan_evaluation import MeanCapaian, NoMean, PlanEvaluation, PlanNode, PlanRow
from pledgekit.exceptions import InvalidValueError
from pledgekit.io._form_cells import (
    EMPTY,
    Cell,
    CellTable,
    Column,
    csv_text,
    markdown_text,
    write_xlsx,
)
from pledgekit.messages import Catalogue, Language, catalogue
from pledgekit.methods.permendagri86 import (
    BandPolicy,
    NoCapaian,
    PeriodCapaian,
    RollUp,
    next_band_at,
)

__all__ = ["FORM_FORMATS", "FormFormat", "evaluation_form", "write_evaluation"]

FormFormat: TypeAlias = Literal["xlsx", "csv", "md"]
"""A format the evaluation form is written in: ``"xlsx"``, ``"csv"`` or ``"md"``.

The ``format`` of [`write_evaluation`][pledgekit.io.write_evaluation]; its values are
[`FORM_FORMATS`][pledgekit.io.FORM_FORMATS], in the same order:

>>> import typing
>>> from pledgekit.io import FORM_FORMATS, FormFormat
>>> typing.get_args(FormFormat) == FORM_FORMATS
True
"""
FORM_FORMATS: Final[tuple[FormFormat, ...]] = ("xlsx", "csv", "md")
"""The formats the form is written in, each chosen by a file's suffix (``.xlsx``...).

[`write_evaluation`][pledgekit.io.write_evaluation] refuses a file name with another
suffix (unless ``format=`` names one of these), before it writes anything:

>>> import pathlib, pledgekit
>>> from pledgekit.io import FORM_FORMATS, load, write_evaluation
>>> FORM_FORMATS
('xlsx', 'csv', 'md')
>>> bekasi = pathlib.Path(pledgekit.__file__).parents[2] / "examples/bekasi/case.toml"
>>> write_evaluation(load(bekasi).assess(), "evaluasi.pdf")
Traceback (most recent call last):
...
pledgekit.exceptions.InvalidValueError: path_or_stream: got 'evaluasi.pdf' (str);
expected a file name ending in .xlsx, .csv or .md, or format='xlsx', 'csv' or 'md'
"""
_SUFFIXES: Final[dict[str, FormFormat]] = {".xlsx": "xlsx", ".csv": "csv", ".md": "md"}

#: The columns before the plan years, and their widths in a workbook.
_LEADING: Final = (
    ("form_no", 5),
    ("form_objective", 30),
    ("form_program", 30),
    ("form_indicator", 36),
    ("form_unit", 10),
    ("form_initial", 14),
)
#: How many leading columns a footer row's label covers: No to Satuan.
_LABEL_SPAN: Final = 5
#: A target a year has, but no rate or no figure for it: the dash forms print.
_DASH: Final = Cell(text="-")


# -- The header ------------------------------------------------------------------------


def _pair(group: str, w: Catalogue, width: int = 14) -> list[Column]:
    """A K and Rp pair of columns under one group label."""
    return [Column(group=group, sub=w[key], width=width) for key in ("form_k", "form_rp")]


def _rated(group: str, w: Catalogue) -> list[Column]:
    """A rate and its predikat, for K and for Rp, under one group label."""
    keys = (("form_k", 9), ("form_predikat_k", 13), ("form_rp", 9), ("form_predikat_rp", 13))
    return [Column(group=group, sub=w[key], width=width) for key, width in keys]


def form_columns(years: Sequence[int], w: Catalogue) -> tuple[Column, ...]:
    """The form's header for the plan years ``years`` (tahun ke-1 first), in ``w``'s words.

    >>> columns = form_columns([2019, 2020], catalogue("id"))
    >>> len(columns), columns[10].group, columns[10].sub
    (31, 'Target tahun ke-2 (2020)', 'K')
    """
    columns = [Column(group=w[key], width=width) for key, width in _LEADING]
    columns += _pair(w["form_final_target"], w)
    numbered = list(enumerate(years, start=1))
    for n, year in numbered:
        columns += _pair(w["form_year_target"].format(n=n, year=year), w)
    for n, year in numbered:
        columns += _pair(w["form_year_realisasi"].format(n=n, year=year), w)
    for n, year in numbered:
        columns += _rated(w["form_year_rate"].format(n=n, year=year), w)
    columns += _pair(w["form_end"], w)
    columns += _rated(w["form_end_rate"], w)
    columns.append(Column(group=w["form_notes"], width=40))
    return tuple(columns)


# -- Cells -----------------------------------------------------------------------------


def _words(value: str | None) -> Cell:
    return EMPTY if value is None else Cell(text=value)


def _figure(value: Decimal | None, due: bool = True) -> Cell:
    """A figure exactly as the assessment holds it; a dash when one was due but none is."""
    if value is None:
        return _DASH if due else EMPTY
    return Cell(number=value)


def _target(value: Decimal | tuple[Decimal, Decimal] | None, w: Catalogue) -> Cell:
    """A target value; a range as the words "low–high" in the language's notation."""
    if value is None:
        return EMPTY
    if isinstance(value, tuple):
        return Cell(text=f"{w.n(value[0])}–{w.n(value[1])}")
    return Cell(number=value)


def _rate(rated: PeriodCapaian | None, places: int) -> list[Cell]:
    """A rate and its predikat; a dash for each when a target was due but has no rate."""
    if rated is None:
        return [EMPTY, EMPTY]
    shown = rated.percent(places)
    if shown is None or rated.predikat is None:
        return [_DASH, _DASH]
    return [Cell(number=shown, places=places), Cell(text=rated.predikat.label())]


def shown_mean(mean: RollUp, places: int, policy: BandPolicy) -> Decimal:
    """A footer's mean rounded half-up for display, never onto a band edge it does not reach.

    As [`PeriodCapaian.percent`][pledgekit.methods.permendagri86.PeriodCapaian.percent]
    rounds a rate: 90.996 is Tinggi under the half-open bands, so it is shown 90.99, not
    91.00.

    >>> from pledgekit.methods.permendagri86 import Predikat
    >>> mean = RollUp(mean=Fraction(90996, 1000), predikat=Predikat.TINGGI, count=2)
    >>> shown_mean(mean, 2, BandPolicy.HALF_OPEN)
    Decimal('90.99')
    """
    shown = round_fraction(mean.mean, places)
    edge = next_band_at(mean.mean, policy=policy)
    if edge is not None and Fraction(shown) >= edge:
        shown = round_fraction(mean.mean, places, ROUND_FLOOR)
    return shown


# -- Rows ------------------------------------------------------------------------------


def _program(row: PlanRow) -> str | None:
    program = row.program
    if program is None:
        return None
    return program.title if program.code is None else f"{program.code} {program.title}"


def _year_words(w: Catalogue, n: int, year: int) -> str:
    return w["form_year"].format(n=n, year=year)


def _reason(rated: PeriodCapaian) -> str | None:
    """Why a rate is missing, in the words of the schedule's reasons; ``None`` if it is not."""
    if rated.value is not None or rated.reason is None:
        return None
    return f"schedule_reason_{rated.reason.value}"


def _row_notes(row: PlanRow, years: Sequence[int], w: Catalogue) -> str:
    """The Keterangan: direction, accumulation (assumed or stated), and why rates are missing."""
    indicator = row.target.indicator
    notes = [w["form_negative" if indicator.direction is Direction.DECREASE else "form_positive"]]
    accumulation = w["form_sum" if indicator.accumulation is Accumulation.SUM else "form_last"]
    if indicator.accumulation_assumed:
        accumulation += " " + w["form_assumed"]
    notes.append(accumulation)
    for n, (year, item) in enumerate(zip(years, row.years, strict=True), start=1):
        where = _year_words(w, n, year)
        for rated, key in (
            (item.capaian, "form_reason"),
            (item.budget_capaian, "form_budget_reason"),
        ):
            reason = None if rated is None else _reason(rated)
            if reason is not None:
                notes.append(w[key].format(where=where, reason=w[reason]))
    end = w["form_end_of_period"]
    for rated, key in ((row.end, "form_reason"), (row.budget_end, "form_budget_reason")):
        reason = None if rated is None else _reason(rated)
        if reason is not None:
            notes.append(w[key].format(where=end, reason=w[reason]))
    if row.end.stale_figure and row.end.figure_period is not None:
        period = text.format_period(row.end.figure_period, w.notation)
        notes.append(w["form_stale"].format(where=end, period=period))
    return "; ".join(notes)


def _row_cells(row: PlanRow, years: Sequence[int], w: Catalogue, places: int) -> tuple[Cell, ...]:
    """One indicator's row of the form."""
    indicator = row.target.indicator
    budgeted = row.budget is not None
    cells = [
        Cell(text=row.number),
        _words(row.objective),
        _words(_program(row)),
        Cell(text=indicator.name),
        Cell(text=indicator.unit),
        Cell(number=row.initial),
        _target(row.end.target, w),
        _target(None if row.budget_end is None else row.budget_end.target, w),
    ]
    for item in row.years:
        cells += [_target(item.target, w), _target(item.budget_target, w)]
    for item in row.years:
        cells += [
            _figure(item.realisasi, due=item.target is not None),
            _figure(item.budget_realisasi, due=item.budget_target is not None),
        ]
    for item in row.years:
        cells += [*_rate(item.capaian, places), *_rate(item.budget_capaian, places)]
    budget_end = row.budget_end
    cells += [
        _figure(row.end.realisasi),
        _figure(None if budget_end is None else budget_end.realisasi, due=budgeted),
    ]
    cells += [*_rate(row.end, places), *_rate(budget_end, places)]
    cells.append(Cell(text=_row_notes(row, years, w)))
    return tuple(cells)


_NodeKey: TypeAlias = tuple[PlanLevel, int | None, int | None, int | None]
_NODE_WORDS: Final = {
    PlanLevel.PLAN: "form_node_plan",
    PlanLevel.MISSION: "form_node_mission",
    PlanLevel.GOAL: "form_node_goal",
    PlanLevel.OBJECTIVE: "form_node_objective",
}


def _key(node: PlanNode) -> _NodeKey:
    return (node.level, node.mission, node.goal, node.objective)


def _node_labels(plan: PlanEvaluation, w: Catalogue) -> dict[_NodeKey, str]:
    """Each node's label: "Misi 1: ...", "Tujuan 1.2: ...", "Sasaran 1.2.1: ..." or "Sasaran 2.1: ...".

    A tujuan is numbered within its misi, a sasaran within its tujuan (or, directly under
    a misi, within the misi), as plans number them.
    """
    within: dict[int | None, int] = {}
    goals: dict[int | None, str] = {}
    labels = {}
    for node in plan.nodes:
        if node.level is PlanLevel.MISSION:
            number = str(node.mission)
        elif node.level is PlanLevel.GOAL:
            within[node.mission] = within.get(node.mission, 0) + 1
            number = goals[node.goal] = f"{node.mission}.{within[node.mission]}"
        elif node.level is PlanLevel.OBJECTIVE:
            parent = str(node.mission) if node.goal is None else goals[node.goal]
            number = f"{parent}.{node.objective}"
        else:
            number = ""
        labels[_key(node)] = w[_NODE_WORDS[node.level]].format(number=number, text=node.text)
    return labels


def _entered(plan: PlanEvaluation, before: PlanPlace | None, place: PlanPlace) -> list[PlanNode]:
    """The misi and tujuan a row enters, to be written as group rows above it.

    The form has a Sasaran column but no Misi or Tujuan column: a group row spanning the
    table names each misi and tujuan where it begins, as offices' sheets do. A row that
    leaves a tujuan or a sasaran for a level above (a sasaran directly under the misi,
    after the misi's tujuan) names that level again, so that the sheet reads back with
    each row where the plan has it.
    """
    mission, goal = place.mission, place.goal
    if mission is None:
        return []
    was_mission = None if before is None else before.mission
    was_goal = None if before is None else before.goal
    was_deeper = before is not None and (
        before.level is PlanLevel.OBJECTIVE and place.level is not PlanLevel.OBJECTIVE
    )
    misi = plan.node(PlanLevel.MISSION, mission=mission)
    tujuan = None if goal is None else plan.node(PlanLevel.GOAL, mission=mission, goal=goal)
    if mission != was_mission:
        return [misi] if tujuan is None else [misi, tujuan]
    if goal != was_goal or was_deeper:
        return [misi if tujuan is None else tujuan]
    return []


def _group_row(label: str, width: int) -> tuple[Cell, ...]:
    """A row naming a misi or a tujuan, in its first cell.

    Not merged across the row: a spreadsheet shows the words over the empty cells to
    their right anyway, and a merge would give them to the Sasaran column too.
    """
    return (Cell(text=label, bold=True), *[EMPTY] * (width - 1))


def _mean_cells(
    mean: MeanCapaian, places: int, policy: BandPolicy
) -> tuple[list[Cell], list[Cell]]:
    """A footer's four cells for one year (or the end) on the mean row and the predikat row."""
    means, bands = [], []
    for rolled, counted, missing in (
        (mean.kinerja, mean.counted, mean.missing),
        (mean.anggaran, mean.budget_counted, mean.budget_missing),
    ):
        if rolled is None:
            dash = _DASH if counted or missing else EMPTY
            means += [dash, EMPTY]
            bands += [dash, EMPTY]
        else:
            means += [Cell(number=shown_mean(rolled, places, policy), places=places), EMPTY]
            bands += [Cell(text=rolled.predikat.label()), EMPTY]
    return means, bands


def _node_notes(node: PlanNode, plan: PlanEvaluation, numbers: dict[str, str], w: Catalogue) -> str:
    """Why a year of the node has no mean, and which indicators a mean leaves out."""
    notes = []
    wheres = [_year_words(w, n, year) for n, year in enumerate(plan.years, start=1)]
    indexes: list[int | None] = [*range(len(plan.years)), None]
    for where, index, mean in zip(
        [*wheres, w["form_end_of_period"]], indexes, [*node.years, node.end], strict=True
    ):
        if mean.reason is NoMean.NO_FIGURE:
            reason = _why_none(plan, mean.missing, index, budget=False)
            notes.append(w["form_reason"].format(where=where, reason=w[reason]))
        elif mean.missing:
            listed = ", ".join(numbers.get(i, i) for i in mean.missing)
            notes.append(w["form_missing"].format(where=where, indicators=listed))
        if mean.budget_reason is NoMean.NO_FIGURE:
            reason = _why_none(plan, mean.budget_missing, index, budget=True)
            notes.append(w["form_budget_reason"].format(where=where, reason=w[reason]))
    return "; ".join(notes)


def _why_none(plan: PlanEvaluation, ids: Sequence[str], index: int | None, *, budget: bool) -> str:
    """The label of why the rows ``ids`` have no rate in year ``index`` (``None``: the end).

    The rows' own reason when they share one (every year not yet due), else "no figure".
    """
    found: set[NoCapaian] = set()
    for row in plan.rows:
        if budget:
            if row.budget is None or row.budget.id not in ids:
                continue
            rated = row.budget_end if index is None else row.years[index].budget_capaian
        else:
            if row.target.id not in ids:
                continue
            rated = row.end if index is None else row.years[index].capaian
        if rated is not None and rated.reason is not None:
            found.add(rated.reason)
    reason = found.pop() if len(found) == 1 else NoCapaian.NO_FIGURE
    return f"schedule_reason_{reason.value}"


def _footer_rows(
    node: PlanNode,
    plan: PlanEvaluation,
    label: str,
    numbers: dict[str, str],
    w: Catalogue,
    places: int,
    policy: BandPolicy,
) -> tuple[tuple[Cell, ...], tuple[Cell, ...]]:
    """The node's "Rata-rata capaian kinerja" and "Predikat kinerja" rows."""
    n = len(plan.years)
    mean_row = [Cell(text=f"{w['form_mean']} — {label}", span=_LABEL_SPAN, bold=True)]
    band_row = [Cell(text=f"{w['form_mean_predikat']} — {label}", span=_LABEL_SPAN, bold=True)]
    # Under Satuan's neighbours: the initial condition, the targets and realisations.
    blank = [EMPTY] * (_LABEL_SPAN - 1 + 1 + 2 + 4 * n)
    mean_row += blank
    band_row += blank
    for mean in node.years:
        means, bands = _mean_cells(mean, places, policy)
        mean_row += means
        band_row += bands
    mean_row += [EMPTY, EMPTY]
    band_row += [EMPTY, EMPTY]
    means, bands = _mean_cells(node.end, places, policy)
    mean_row += [*means, Cell(text=_node_notes(node, plan, numbers, w) or None)]
    band_row += [*bands, EMPTY]
    return tuple(mean_row), tuple(band_row)


def _row_numbers(plan: PlanEvaluation) -> dict[str, str]:
    """Each target's row number (``"3"``), by the kinerja and the anggaran target's id."""
    numbers: dict[str, list[str]] = {}
    for row in plan.rows:
        numbers.setdefault(row.target.id, []).append(row.number)
        if row.budget is not None:
            numbers.setdefault(row.budget.id, []).append(row.number)
    return {key: ", ".join(value) for key, value in numbers.items()}


def _title(assessment: Assessment, w: Catalogue) -> tuple[str, ...]:
    plan = assessment.case.plan
    lines = [w["form_title"]]
    if plan is not None:
        lines.append(plan.region)
        lines.append(w["form_period"].format(period=text.format_period(plan.period, w.notation)))
    if assessment.as_of is None:
        lines.append(w["form_as_of_latest"])
    else:
        lines.append(w["form_as_of"].format(date=w.date(assessment.as_of)))
    return tuple(lines)


def evaluation_form(assessment: Assessment, *, lang: Language = "id", places: int = 2) -> CellTable:
    """The evaluation form of an assessed plan, as a table of cells.

    Args:
        assessment: An assessment of a case with a plan
            ([`Assessment.plan`][pledgekit.Assessment.plan]).
        lang: The language of the form's words.
        places: The decimal places rates and means are shown with.

    Raises:
        InvalidValueError: Not an assessment of a plan, or ``places`` is not 0 to 10.
    """
    w = catalogue(lang)
    plan = _plan_of(assessment)
    places = _places(places)
    policy = assessment.evaluation.band_policy
    columns = form_columns(plan.years, w)
    labels = _node_labels(plan, w)
    rows: list[tuple[Cell, ...]] = []
    before: PlanPlace | None = None
    for row in plan.rows:
        rows += [
            _group_row(labels[_key(n)], len(columns)) for n in _entered(plan, before, row.place)
        ]
        rows.append(_row_cells(row, plan.years, w, places))
        before = row.place
    numbers = _row_numbers(plan)
    for node in plan.nodes:
        rows += _footer_rows(node, plan, labels[_key(node)], numbers, w, places, policy)
    return CellTable(
        sheet=w["form_sheet"][:31], title=_title(assessment, w), columns=columns, rows=tuple(rows)
    )


def _plan_of(assessment: Assessment) -> PlanEvaluation:
    if not isinstance(assessment, Assessment):
        raise InvalidValueError(assessment, "a pledgekit.Assessment", "assessment")
    if assessment.plan is None:
        raise InvalidValueError(
            assessment.case.title or "the case",
            "an assessment of a case with a plan (Case.plan): the form is the plan's",
            "assessment",
        )
    return assessment.plan


def _places(places: object) -> int:
    if isinstance(places, bool) or not isinstance(places, int) or not 0 <= places <= 10:
        raise InvalidValueError(places, "a whole number of decimal places from 0 to 10", "places")
    return places


# -- Writing ---------------------------------------------------------------------------


def _format_of(path_or_stream: object, format: object) -> FormFormat:
    if format is not None:
        for known in FORM_FORMATS:
            if format == known:
                return known
        raise InvalidValueError(format, "'xlsx', 'csv' or 'md'", "format")
    name = (
        getattr(path_or_stream, "name", None)
        if not isinstance(path_or_stream, str | os.PathLike)
        else path_or_stream
    )
    if isinstance(name, str | os.PathLike):
        suffix = Path(name).suffix.lower()
        if suffix in _SUFFIXES:
            return _SUFFIXES[suffix]
    raise InvalidValueError(
        str(name) if name is not None else path_or_stream,
        "a file name ending in .xlsx, .csv or .md, or format='xlsx', 'csv' or 'md'",
        "path_or_stream",
    )


def write_evaluation(
    assessment: Assessment,
    path_or_stream: str | os.PathLike[str] | IO[bytes] | IO[str],
    *,
    format: FormFormat | None = None,
    lang: Language = "id",
    places: int = 2,
) -> None:
    """Write the Permendagri 86 evaluation form "Evaluasi terhadap hasil RPJMD".

    One row per indicator of the plan, in the plan's order, with its capaian awal, its
    targets, its realisations and its tingkat capaian for each plan year and at the end
    of the period, for kinerja (K) and anggaran (Rp), each rate with its predikat beside
    it; then "Rata-rata capaian kinerja" and "Predikat kinerja" for each sasaran, tujuan,
    misi and the whole plan. Every number is one the assessment holds.

    The columns, in order: No, Sasaran, Program prioritas, Indikator kinerja, Satuan,
    Data capaian pada awal tahun perencanaan; the target at the end of the period (K,
    Rp); the target of each plan year (K, Rp); the realisasi of each year (K, Rp); the
    tingkat capaian of each year (K, Predikat K, Rp, Predikat Rp); the capaian at the
    end of the period (K, Rp); the rasio capaian akhir (K, Predikat K, Rp, Predikat Rp);
    Keterangan (negative or positive, kumulatif or not and whether that was assumed, and
    why a rate is missing). Each footer row's label spans No to Satuan; its means stand
    in the K and Rp columns of the rates. Above the two header rows, the title block:
    the form's title, the region, the plan's period and the as-of date.

    Figures are written exactly: in a workbook as numeric cells whose XML holds the
    decimal's own digits (``97.54``, never ``97.54000000000001``), with a number format
    of the places they have; in CSV in plain notation; in Markdown in the notation of
    ``lang``. Rates and means are rounded half-up to ``places`` for display, never onto
    a predikat band's edge they do not reach.

    Args:
        assessment: An assessment of a case with a plan.
        path_or_stream: A file name, or a stream (binary for a workbook; text or
            binary for CSV and Markdown, written as UTF-8).
        format: ``"xlsx"`` (needs ``pledgekit[excel]``), ``"csv"`` or ``"md"``;
            ``None``: from the file name's suffix.
        lang: ``"id"`` (the regulation's words) or ``"en"``.
        places: The decimal places of rates and means, 0 to 10.

    Raises:
        InvalidValueError: No plan, an unknown format or suffix, or bad ``places``.
        MissingExtraError: A workbook, without openpyxl.

    A negative indicator, rated (2T − R) / T: (2 × 8.5 − 8.31) / 8.5 = 102.24 % in 2019;
    no figure for 2020, so at the end the 2019 level against the final 7.5 (89.20 %):

    >>> import csv, datetime as dt, io
    >>> from pledgekit import (Accumulation, Case, Direction, Indicator, Mission, Objective,
    ...                        Observation, Period, Plan, Target)
    >>> from pledgekit.io import write_evaluation
    >>> rate = Indicator("Tingkat pengangguran terbuka", "%", direction=Direction.DECREASE,
    ...                  accumulation=Accumulation.LAST)
    >>> years = Period.years(2019, 2020)
    >>> target = Target(rate, "7.5", baseline="8.81", period=years,
    ...                 schedule={Period.year(2019): "8.5", Period.year(2020): "7.5"})
    >>> sasaran = Objective("Pengangguran turun", targets=[target])
    >>> plan = Plan("Kabupaten Contoh", years, missions=[Mission(1, "Ekonomi", objectives=[sasaran])])
    >>> case = Case("Contoh", plan=plan, indicators=[rate], targets=[target],
    ...             observations=[Observation(Period.year(2019), "8.31")])
    >>> out = io.StringIO()
    >>> write_evaluation(case.assess(dt.date(2020, 12, 31)), out, format="csv")
    >>> rows = list(csv.reader(out.getvalue().splitlines()))
    >>> rows[7][0]  # the misi, named in a row of its own above its sasaran
    'Misi 1: Ekonomi'
    >>> row = rows[8]
    >>> row[3], row[12], row[16:18], row[26:28]
    ('Tingkat pengangguran terbuka', '8.31', ['102.24', 'Sangat Tinggi'], ['89.20', 'Tinggi'])
    """
    chosen = _format_of(path_or_stream, format)
    form = evaluation_form(assessment, lang=lang, places=places)
    w = catalogue(lang)
    if chosen == "xlsx":
        data = io.BytesIO()
        write_xlsx(form, data, lang=w.notation, inexact_note=w["form_inexact"])
        _put(path_or_stream, data.getvalue())
    elif chosen == "csv":
        _put(path_or_stream, csv_text(form))
    else:
        _put(path_or_stream, markdown_text(form, w.notation))


def _put(
    path_or_stream: str | os.PathLike[str] | IO[bytes] | IO[str], content: str | bytes
) -> None:
    """Write to a file by its name, or to a stream as it takes it (text or bytes)."""
    if isinstance(path_or_stream, str | os.PathLike):
        target = Path(path_or_stream)
        if isinstance(content, str):
            target.write_text(content, encoding="utf-8", newline="")
        else:
            target.write_bytes(content)
        return
    if isinstance(path_or_stream, io.TextIOBase):
        if isinstance(content, bytes):
            raise InvalidValueError(
                path_or_stream, "a binary stream (a workbook is bytes)", "path_or_stream"
            )
        path_or_stream.write(content)
        return
    data = content.encode("utf-8") if isinstance(content, str) else content
    path_or_stream.write(data)  # type: ignore[arg-type]
