"""The result of a table evaluation: a class of its own, importable without pyarrow.

The columns are built by `pledgekit.table._result`; this module holds only the
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
    [`percent`][pledgekit.methods.permendagri86.PeriodCapaian.percent] rounds).

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

    Two targets of Kota Bekasi for 2019–2023: its 150,000 jobs, with the office's
    yearly figures and a figure for 2018 (invented) that lies before the period, and
    10,000 trained (invented, with one figure):

    >>> import pyarrow as pa
    >>> from pledgekit import Evaluation, table
    >>> targets = pa.table({
    ...     "region": ["Kota Bekasi", "Kota Bekasi"], "indicator": ["jobs", "training"],
    ...     "direction": ["increase", "increase"], "accumulation": ["sum", "sum"],
    ...     "unit": ["orang", "orang"], "target": ["150000", "10000"],
    ... })
    >>> figures = pa.table({
    ...     "region": ["Kota Bekasi"] * 5,
    ...     "indicator": ["jobs", "jobs", "jobs", "jobs", "training"],
    ...     "year": [2018, 2019, 2020, 2021, 2019],
    ...     "value": ["9000", "27197", "56000", "58000", "1800"],
    ... })
    >>> result = table.evaluate(targets, figures, period="2019-2023")
    >>> for row in result.indicators.select(
    ...         ["indicator", "achieved", "capaian_percent", "predikat"]).to_pylist():
    ...     print(row)
    {'indicator': 'jobs', 'achieved': Decimal('141197'), 'capaian_percent': Decimal('94.13'), 'predikat': 'sangat_tinggi'}
    {'indicator': 'training', 'achieved': Decimal('1800'), 'capaian_percent': Decimal('18.00'), 'predikat': 'sangat_rendah'}
    >>> [(row["value"], row["reason"]) for row in result.not_counted.to_pylist()]
    [(Decimal('9000'), 'outside')]
    >>> result.groups.select(["region", "rated", "mean_capaian", "predikat"]).to_pylist()
    [{'region': 'Kota Bekasi', 'rated': 2, 'mean_capaian': Decimal('56.07'), 'predikat': 'rendah'}]
    >>> result.places, result.evaluation == Evaluation()
    (2, True)

    By hand: 27,197 + 56,000 + 58,000 = 141,197, and 141,197 / 150,000 × 100 = 94.13 %;
    1,800 / 10,000 × 100 = 18 %; the mean is (94.131… + 18) / 2 = 56.07 %, Rendah
    (51 to below 66).
    """

    indicators: pa.Table
    groups: pa.Table | None
    not_counted: pa.Table
    evaluation: Evaluation
    places: int
    exact_groups: int = 0
