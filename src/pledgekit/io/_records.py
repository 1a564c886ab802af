"""An assessment as plain rows for table tools: lists of dicts, or a pandas DataFrame."""

from __future__ import annotations

import importlib
from decimal import Decimal
from fractions import Fraction
from typing import Any

from pledgekit._amounts import round_fraction
from pledgekit._case import Assessment
from pledgekit._progress import MEAN_MONTH_DAYS
from pledgekit.exceptions import InvalidValueError, MissingExtraError
from pledgekit.methods import permendagri86

__all__ = ["MissingExtraError", "Record", "to_dataframe", "to_records"]

#: One row: plain values only (``str``, ``int``, ``bool`` or ``None``).
Record = dict[str, str | int | bool | None]
_TABLES = ("targets", "findings")


def _amount(value: Decimal | Fraction | None) -> str | None:
    """An exact amount as its decimal string; a ratio of amounts rounded to 2 places."""
    if value is None:
        return None
    if isinstance(value, Fraction):
        value = round_fraction(value, 2)
    # Plain digits, never "-0": str() would follow the caller's context and the exponent.
    return format(value.copy_abs() if value.is_zero() else value, "f")


def _percent(value: Fraction | None) -> str | None:
    return None if value is None else format(round_fraction(value * 100, 2), "f")


def _date(value: Any) -> str | None:
    return None if value is None else str(value.isoformat())


def to_records(assessment: Assessment, *, table: str = "targets") -> list[Record]:
    """The assessment as rows of plain values, for any table tool (csv, pandas, polars...).

    ``table="targets"`` gives one row per target: its indicator and period, the
    baseline and target, what is achieved, the shortfall, the share done, the time
    elapsed, the pace, what is still required per month, the status, the Permendagri 86
    capaian and predikat, and how many findings of which worst severity.
    ``table="findings"`` gives one row per finding.

    A target with no counted figure has no capaian: ``capaian`` and ``predikat`` are
    ``None`` and ``capaian_reason`` says why (``"no_figure"``; ``"zero_target"`` for a
    target of zero). For a stock indicator ``capaian_figure_start`` and
    ``capaian_figure_end`` give the period of the figure rated, which may end before the
    target period does.

    Amounts are exact decimal strings (``"146305"``); ratios, percentages and rates
    are rounded half-up to 2 places, as strings; dates are ISO strings.

    >>> from pledgekit.io import load
    >>> (row,) = to_records(load("examples/bekasi/case.toml").assess())
    >>> row["target_id"], row["achieved"], row["percent"], row["status"], row["findings"]
    ('jobs-150k', '146305', '97.54', 'on_track', 7)
    >>> row["capaian"], row["predikat"], row["capaian_reason"]
    ('97.54', 'sangat_tinggi', None)
    """
    if not isinstance(assessment, Assessment):
        raise InvalidValueError(assessment, "a pledgekit.Assessment", "to_records(assessment)")
    if table not in _TABLES:
        raise InvalidValueError(table, "'targets' or 'findings'", "to_records(table)")
    rows: list[Record] = []
    for item in assessment.targets:
        target, progress = item.target, item.progress
        if table == "findings":
            for finding in item.findings:
                rows.append(
                    {
                        "target_id": target.id,
                        "kind": finding.kind.value,
                        "severity": finding.severity.name.lower(),
                        "message": finding.message,
                        "claimed": _amount(finding.claimed),
                        "computed": _amount(finding.computed),
                        "difference": _amount(finding.difference),
                    }
                )
            continue
        worst = max((f.severity for f in item.findings), default=None)
        rated = permendagri86.progress_capaian(progress)
        figure = rated.figure_period
        rows.append(
            {
                "target_id": target.id,
                "indicator_id": target.indicator.id,
                "indicator": target.indicator.name,
                "unit": target.unit,
                "direction": target.indicator.direction.value,
                "period_start": _date(target.period.start),
                "period_end": _date(target.period.end),
                "baseline": _amount(target.baseline),
                "target": _amount(target.value),
                "as_of": _date(progress.as_of),
                "achieved": _amount(progress.achieved),
                "shortfall": _amount(progress.shortfall),
                "surplus": _amount(progress.surplus),
                "is_met": progress.is_met,
                "percent": _percent(progress.ratio),
                "days_elapsed": progress.days_elapsed,
                "days_left": progress.days_left,
                "elapsed_percent": _percent(progress.elapsed),
                "expected": _amount(progress.expected),
                "pace_index": _amount(progress.pace_index),
                "required_per_day": _amount(progress.required_per_day),
                "required_per_month": _amount(
                    None
                    if progress.required_per_day is None
                    else progress.required_per_day * MEAN_MONTH_DAYS
                ),
                "projected_recent": _date(progress.projected_recent),
                "covered_days": progress.covered_days,
                "status": progress.status.value,
                "capaian": _amount(rated.capaian),
                "predikat": None if rated.predikat is None else rated.predikat.value,
                "capaian_reason": None if rated.reason is None else rated.reason.value,
                "capaian_figure_start": None if figure is None else _date(figure.start),
                "capaian_figure_end": None if figure is None else _date(figure.end),
                "pledges": " ".join(p.id for p in item.pledges) or None,
                "claims": len(item.claims),
                "findings": len(item.findings),
                "worst": None if worst is None else worst.name.lower(),
            }
        )
    return rows


def to_dataframe(assessment: Assessment, *, table: str = "targets") -> Any:
    """The rows of :func:`to_records` as a pandas DataFrame (needs the ``pandas`` extra).

    pandas is imported here, never by ``import pledgekit``.

    Raises:
        MissingExtraError: pandas is not installed.
    """
    records = to_records(assessment, table=table)
    try:
        pandas = importlib.import_module("pandas")
    except ImportError as error:
        raise MissingExtraError("pandas", "pandas", "for DataFrames") from error
    return pandas.DataFrame.from_records(records)
