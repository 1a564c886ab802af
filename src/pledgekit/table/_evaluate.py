"""The table path from end to end: read, check, compute, and build the result tables."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import numpy as np
import pyarrow.compute as pc

from pledgekit._evaluation import Evaluation
from pledgekit._period import Period
from pledgekit.table._arrow import numpy_of
from pledgekit.table._compute import compute, figure_values, group_means
from pledgekit.table._read import read_figures_table, read_targets
from pledgekit.table._result import group_table, indicator_table, not_counted_table
from pledgekit.table._table_result import TableResult

__all__ = ["run"]


def run(
    targets: object,
    observations: object,
    *,
    keys: Sequence[str],
    group_by: str | None,
    period: Period | str | None,
    as_of: dt.date | None,
    settings: Evaluation,
    locale: str,
    places: int,
    delimiter: str | None,
    scale: int | None,
) -> TableResult:
    """[`pledgekit.table.evaluate`][pledgekit.table.evaluate] on checked arguments."""
    read = read_targets(
        targets, keys=keys, group_by=group_by, period=period, locale=locale, delimiter=delimiter
    )
    figures = read_figures_table(observations, read, keys=keys, locale=locale, delimiter=delimiter)
    computed = compute(
        read, figures, settings, None if as_of is None else as_of.toordinal(), places, scale
    )
    groups = None
    exact = 0
    if group_by is not None and read.groups is not None:
        encoded = pc.dictionary_encode(read.groups)
        codes = numpy_of(encoded.indices).astype(np.int64)
        means = group_means(codes, len(encoded.dictionary), computed, settings, places)
        groups = group_table(group_by, encoded.dictionary, means, places)
        exact = means.exact
    values = figure_values(figures, computed.scale)
    return TableResult(
        indicators=indicator_table(read, computed, places),
        groups=groups,
        not_counted=not_counted_table(
            read, figures, values, computed.scale, computed.figure_reason, keys
        ),
        evaluation=settings,
        places=places,
        exact_groups=exact,
    )
