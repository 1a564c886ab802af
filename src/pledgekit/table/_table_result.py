"""The result of a table evaluation: a class of its own, importable without pyarrow.

The columns are built by :mod:`pledgekit.table._result`; this module holds only the
class, so that code (a strategy registry, a type annotation) can name it without
loading pyarrow.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from pledgekit._evaluation import Evaluation

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = ["TableResult"]


@attrs.frozen(kw_only=True)
class TableResult:
    """Every number of a table evaluation, as pyarrow Tables.

    ``result.indicators.to_pandas()`` gives a DataFrame; Polars (``pl.from_arrow``) and
    DuckDB read the tables as they are. Amounts are ``decimal128`` at the places the
    inputs need (the decimal's text where a value has more than 38 digits); a capaian is
    its exact fraction as text (``"29261/300"``) and, for display, rounded half-up to the
    places asked, never onto a band edge it does not reach (as
    :meth:`~pledgekit.methods.permendagri86.PeriodCapaian.percent` rounds).

    Attributes:
        indicators: One row per target, in the targets' order: the keys (and the
            grouping column where it is not one of them), ``unit``,
            ``direction``, ``accumulation``, ``period_start``, ``period_end``,
            ``as_of``, ``baseline``, ``target``, ``figures`` (counted), ``not_counted``,
            ``achieved``, ``shortfall``, ``surplus``, ``is_met``, ``capaian`` (exact
            text), ``capaian_percent`` (display), ``predikat``, ``no_capaian`` (why
            there is no capaian) and ``status``.
        groups: One row per group, in the order groups first appear: the grouping key,
            ``targets``, ``rated`` (targets with a capaian, the mean's count),
            ``mean_capaian`` (display) and ``predikat``; ``None`` without grouping.
        not_counted: Every figure not counted, with its keys, ``line`` (of a CSV file;
            ``row`` for other tables), ``period_start``, ``period_end``, ``value`` and
            ``reason`` (``outside`` the target period, ``straddling`` its start or end,
            or ``after_as_of``).
        evaluation: The settings the numbers were computed with.
        places: The places the display columns are rounded to.
        exact_groups: How many group means were decided by exact fraction arithmetic
            because their guard-digit interval held a band edge or a rounding point.
    """

    indicators: pa.Table
    groups: pa.Table | None
    not_counted: pa.Table
    evaluation: Evaluation
    places: int
    exact_groups: int = 0
