"""The plan evaluation in the JSON report: the form's rows and its footers, exact."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from pledgekit._amounts import exact_text
from pledgekit._plan_evaluation import MeanCapaian, PlanEvaluation, PlanNode, PlanRow, RowYear
from pledgekit.messages import LANGUAGES, catalogue
from pledgekit.methods.permendagri86 import PeriodCapaian, RollUp
from pledgekit.report._rows import _iso, _rounded

__all__ = ["plan_evaluation_json"]

#: A Permendagri 86 rate as the report writes it (``_json._capaian_json``).
_Rate = Callable[[PeriodCapaian], dict[str, Any]]


def _value(value: Decimal | tuple[Decimal, Decimal] | None) -> str | list[str] | None:
    if value is None:
        return None
    if isinstance(value, tuple):
        return [exact_text(value[0]), exact_text(value[1])]
    return exact_text(value)


def _rate(rate: _Rate, rated: PeriodCapaian | None) -> dict[str, Any] | None:
    return None if rated is None else rate(rated)


def _year_json(cell: RowYear, rate: _Rate) -> dict[str, Any]:
    return {
        "year": cell.year,
        "target": _value(cell.target),
        "realisasi": exact_text(cell.realisasi),
        "capaian": _rate(rate, cell.capaian),
        "budget_target": _value(cell.budget_target),
        "budget_realisasi": exact_text(cell.budget_realisasi),
        "budget_capaian": _rate(rate, cell.budget_capaian),
    }


def _row_json(row: PlanRow, rate: _Rate) -> dict[str, Any]:
    place = row.place
    return {
        "number": row.number,
        "target": row.target.id,
        "budget": None if row.budget is None else row.budget.id,
        "place": {
            "level": None if place.level is None else place.level.value,
            "mission": place.mission,
            "goal": place.goal,
            "objective": place.objective,
            "programs": list(place.programs),
        },
        "objective": row.objective,
        "program": None if row.program is None else row.program.number,
        "initial": exact_text(row.initial),
        "accumulation_assumed": row.target.indicator.accumulation_assumed,
        "years": [_year_json(cell, rate) for cell in row.years],
        "end": rate(row.end),
        "budget_end": _rate(rate, row.budget_end),
    }


def _rolled(rolled: RollUp | None) -> dict[str, Any] | None:
    if rolled is None:
        return None
    return {
        "mean": exact_text(rolled.mean),
        "percent": _rounded(rolled.percent(2)),
        "predikat": rolled.predikat.value,
        "label": rolled.predikat.label(),
        "count": rolled.count,
    }


def _mean_json(mean: MeanCapaian) -> dict[str, Any]:
    reason, budget_reason = mean.reason, mean.budget_reason
    return {
        "year": mean.year,
        "kinerja": _rolled(mean.kinerja),
        "reason": None if reason is None else reason.value,
        "reason_messages": None
        if reason is None
        else {lang: catalogue(lang)[f"no_mean_{reason.value}"] for lang in LANGUAGES},
        "counted": list(mean.counted),
        "missing": list(mean.missing),
        "anggaran": _rolled(mean.anggaran),
        "budget_reason": None if budget_reason is None else budget_reason.value,
        "budget_counted": list(mean.budget_counted),
        "budget_missing": list(mean.budget_missing),
    }


def _node_json(node: PlanNode) -> dict[str, Any]:
    return {
        "level": node.level.value,
        "mission": node.mission,
        "goal": node.goal,
        "objective": node.objective,
        "text": node.text,
        "targets": list(node.targets),
        "years": [_mean_json(mean) for mean in node.years],
        "end": _mean_json(node.end),
    }


def plan_evaluation_json(evaluated: PlanEvaluation | None, rate: _Rate) -> dict[str, Any] | None:
    """The plan evaluation as JSON types: rows, nodes, exact values beside rounded ones."""
    if evaluated is None:
        return None
    return {
        "as_of": _iso(evaluated.as_of),
        "mean": evaluated.mean.value,
        "years": list(evaluated.years),
        "rows": [_row_json(row, rate) for row in evaluated.rows],
        "nodes": [_node_json(node) for node in evaluated.nodes],
    }
