"""The result of [`pledgekit.table.evaluate`][]: Arrow tables holding every number, exactly."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from pledgekit._indicator import Accumulation, Direction
from pledgekit._progress import PaceStatus
from pledgekit.methods.permendagri86 import NoCapaian, Predikat
from pledgekit.table._arrow import arrow_of, bools, scalar, strings
from pledgekit.table._compute import Computed, GroupMeans
from pledgekit.table._numbers import as_decimal_column
from pledgekit.table._read import Figures, Targets, ordinal_date

__all__ = ["group_table", "indicator_table", "not_counted_table"]

Array = np.ndarray[Any, Any]
_PREDIKAT = [p.value for p in Predikat]
_STATUS = [s.value for s in PaceStatus]
_REASONS = [r.value for r in NoCapaian]


def _words(codes: Array, words: list[str]) -> pa.Array:
    """Indices into ``words`` as text; -1 is null."""
    valid = codes >= 0
    taken = strings(words).take(arrow_of(np.where(valid, codes, 0).astype(np.int64)))
    return pc.if_else(bools(valid), taken, scalar(None))


def _fraction_text(num: Array, den: Array, valid: Array) -> pa.Array:
    """Exact fractions as ``str(Fraction)`` writes them: ``"91"``, ``"29261/300"``."""
    if num.dtype == object or den.dtype == object:
        texts = [
            (str(int(n)) if int(d) == 1 else f"{int(n)}/{int(d)}") if ok else None
            for n, d, ok in zip(num, den, valid, strict=True)
        ]
        return strings(texts)
    top = pc.cast(arrow_of(num.astype(np.int64)), pa.string())
    bottom = pc.cast(arrow_of(den.astype(np.int64)), pa.string())
    joined = pc.binary_join_element_wise(top, bottom, scalar("/"))
    text = pc.if_else(bools(den == 1), top, joined)
    return pc.if_else(bools(valid), text, scalar(None))


def indicator_table(targets: Targets, computed: Computed, places: int) -> pa.Table:
    """The per-target table of `TableResult.indicators`."""
    n = len(computed.achieved)
    everywhere = np.ones(n, dtype=bool)
    scale = computed.scale
    rated = computed.rated
    columns: dict[str, pa.Array] = {
        name: targets.table.column(name) for name in targets.table.column_names
    }
    columns["direction"] = _words(np.where(targets.increase, 0, 1), [d.value for d in Direction])
    columns["accumulation"] = _words(
        np.where(targets.summed, 0, 1), [Accumulation.SUM.value, Accumulation.LAST.value]
    )
    columns["period_start"] = ordinal_date(targets.start)
    columns["period_end"] = ordinal_date(targets.end)
    columns["as_of"] = ordinal_date(computed.as_of)
    columns["baseline"] = as_decimal_column(targets.baseline.at(scale), scale, everywhere)
    columns["target"] = as_decimal_column(targets.goal.at(scale), scale, everywhere)
    columns["figures"] = arrow_of(computed.counted.astype(np.int64))
    columns["not_counted"] = arrow_of(computed.not_counted.astype(np.int64))
    columns["achieved"] = as_decimal_column(computed.achieved, scale, everywhere)
    columns["shortfall"] = as_decimal_column(computed.shortfall, scale, everywhere)
    columns["surplus"] = as_decimal_column(computed.surplus, scale, everywhere)
    columns["is_met"] = bools(computed.is_met)
    columns["capaian"] = _fraction_text(computed.numerator, computed.denominator, rated)
    columns["capaian_percent"] = as_decimal_column(computed.shown, places, rated)
    columns["predikat"] = _words(computed.predikat, _PREDIKAT)
    columns["no_capaian"] = _words(computed.reason, _REASONS)
    columns["status"] = _words(computed.status, _STATUS)
    return pa.table(columns)


def group_table(name: str, keys: pa.Array, means: GroupMeans, places: int) -> pa.Table:
    """The per-group table of [`TableResult.groups`][pledgekit.table.TableResult.groups]."""
    rated = means.rated > 0
    shown = np.array([0 if s is None else s for s in means.shown], dtype=object)
    if all(abs(int(s)) < 2**62 for s in shown):
        shown = shown.astype(np.int64)
    return pa.table(
        {
            name: keys,
            "targets": arrow_of(means.targets.astype(np.int64)),
            "rated": arrow_of(means.rated.astype(np.int64)),
            "mean_capaian": as_decimal_column(shown, places, rated),
            "predikat": _words(means.predikat, _PREDIKAT),
        }
    )


def not_counted_table(
    targets: Targets,
    figures: Figures,
    values: Array,
    scale: int,
    reason: Array,
    keys: Sequence[str],
) -> pa.Table:
    """The figures not counted, each with its target's keys and why."""
    rows = np.flatnonzero(reason != "")
    owner = arrow_of(figures.target[rows].astype(np.int64))
    columns: dict[str, pa.Array] = {name: targets.table.column(name).take(owner) for name in keys}
    offset = 2 if figures.table.csv else 1
    columns["line" if figures.table.csv else "row"] = arrow_of(figures.row[rows] + offset)
    columns["period_start"] = ordinal_date(figures.start[rows])
    columns["period_end"] = ordinal_date(figures.end[rows])
    columns["value"] = as_decimal_column(values[rows], scale, np.ones(len(rows), dtype=bool))
    columns["reason"] = strings(list(reason[rows]))
    return pa.table(columns)
