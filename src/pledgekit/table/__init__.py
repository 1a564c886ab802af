"""National tables: the Permendagri 86 evaluation of every target of a table, exactly, at speed.

For the ministry that evaluates every region, a national dashboard, or a researcher
comparing all 552 regions: [`evaluate`][pledgekit.table.evaluate] reads a table of
targets and a table of yearly figures (CSV, Parquet, a pyarrow Table, a pandas
DataFrame) and gives, per target, what was achieved, the capaian, its predikat, the
shortfall and the status, and per group (a region) the mean capaian and its predikat, as
pyarrow Tables. The numbers are those [`pledgekit.Case.assess`][pledgekit.Case.assess]
gives target by target, with the same [`Evaluation`][pledgekit.Evaluation] settings:
exact, from integer arithmetic on the figures' own digits. Needs the extra ``tables``
(pyarrow and numpy): ``pip install 'pledgekit[tables]'``.

See ``docs/tables.md`` for the columns, the limits, and data beyond one machine.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from pledgekit._evaluation import Evaluation, PlanMean
from pledgekit._period import Period, require_date
from pledgekit.exceptions import InvalidValueError, MissingExtraError
from pledgekit.table._limits import MAX_FIGURE_ROWS, MAX_TARGET_ROWS

if TYPE_CHECKING:
    from pledgekit.table._table_result import TableResult

__all__ = ["LOCALES", "MAX_FIGURE_ROWS", "MAX_TARGET_ROWS", "TableResult", "evaluate"]

LOCALES = ("C", "id", "en")
"""How the figures of a text column may be written: what ``locale=`` takes.

Plain decimals (``"C"``: ``8.81``), Indonesian (``"id"``: ``150.000``, ``8,81``) or
English (``"en"``: ``150,000``). The same 146,305 workers of a 150,000 target, written
three ways, give the same 97.54 %; another locale is refused:

>>> import pyarrow as pa
>>> from pledgekit import table
>>> from pledgekit.table import LOCALES
>>> targets = pa.table({"region": ["Bekasi"], "indicator": ["jobs"],
...                     "direction": ["increase"], "accumulation": ["sum"],
...                     "unit": ["orang"], "target": ["150000"]})
>>> def read(value, locale):
...     figures = pa.table({"region": ["Bekasi"], "indicator": ["jobs"],
...                         "year": [2022], "value": [value]})
...     result = table.evaluate(targets, figures, period="2019-2023", locale=locale)
...     return result.indicators["capaian_percent"].to_pylist()
>>> for locale, value in zip(LOCALES, ["146305", "146.305", "146,305"]):
...     print(locale, value, read(value, locale))
C 146305 [Decimal('97.54')]
id 146.305 [Decimal('97.54')]
en 146,305 [Decimal('97.54')]
>>> read("146305", "de")
Traceback (most recent call last):
  ...
pledgekit.exceptions.InvalidValueError: evaluate(locale): got 'de' (str); expected 'C',
'id' or 'en'
"""


def __getattr__(name: str) -> Any:
    if name == "TableResult":
        _require_pyarrow()
        from pledgekit.table._table_result import TableResult

        return TableResult
    raise AttributeError(f"module 'pledgekit.table' has no attribute {name!r}")


def _require_pyarrow() -> None:
    try:
        import numpy  # noqa: F401
        import pyarrow  # noqa: F401
    except ImportError as error:
        package = "numpy" if "numpy" in str(error) else "pyarrow"
        raise MissingExtraError(package, "tables", "for national tables") from None


def evaluate(
    targets: str | os.PathLike[str] | object,
    observations: str | os.PathLike[str] | object,
    *,
    keys: Sequence[str] = ("region", "indicator"),
    group_by: str | None = "region",
    period: Period | str | None = None,
    as_of: dt.date | None = None,
    settings: Evaluation | None = None,
    locale: str = "C",
    places: int = 2,
    delimiter: str | None = None,
    scale: int | None = None,
) -> TableResult:
    """Evaluate every target of a table against its figures: progress, capaian, predikat.

    ``targets`` has one row per target: the ``keys`` columns, ``direction``
    (``increase`` or ``decrease``), ``accumulation`` (``sum``: the figures add up;
    ``last``: the latest counts), ``unit``, ``target``, optionally ``baseline`` (0
    without the column) and ``period`` (the target period, such as ``2019-2023``, unless
    ``period=`` gives one for all). ``observations`` has the ``keys`` columns, ``year``
    (``2019``) or ``period`` (``2022-01..2022-06``), ``value``, and optionally ``unit``
    (checked against the target's). Each is a CSV file (``,``, ``;`` or tab; UTF-8), a
    Parquet file, a pyarrow Table, a pandas DataFrame, or any table that exports Arrow
    (Polars, DuckDB). Figures are text, integers or decimals; floats are refused, since
    they are not exact. A figure left empty or written ``-`` is no figure.

    The rules are those of the object path, target by target: the figures within the
    target period count (straddling ones by ``settings.straddling``), up to the as-of
    date; a summed indicator adds them to its baseline, a level takes the latest; the
    capaian is Permendagri 86's (``settings.lower_is_better``, ``clamp``,
    ``band_policy``); the status is [`pledgekit.progress`][pledgekit.progress]'s; a group's mean is
    the unweighted mean of its targets' capaian
    ([`roll_up`][pledgekit.methods.permendagri86.roll_up]). A target without a counted
    figure has no capaian and counts in no mean, and says so.

    Args:
        targets: The targets table.
        observations: The figures table.
        keys: The columns that name a target, in both tables.
        group_by: The targets' column to group the means by; ``None`` for no groups.
        period: The target period of every target, where the targets table has no
            ``period`` column: a [`Period`][pledgekit.Period] or its text.
        as_of: The date to evaluate at; by default each target at the end of its own
            latest figure, as [`pledgekit.Case.assess`][pledgekit.Case.assess] does.
        settings: The evaluation settings; [`Evaluation`][pledgekit.Evaluation]'s defaults
            otherwise. The means are unweighted (``plan_mean="indicators"``).
        locale: How text figures are written: ``"C"`` (``8.81``), ``"id"``
            (``150.000``, ``8,81``) or ``"en"`` (``150,000``).
        places: The places of the display columns (``capaian_percent``, ``mean_capaian``).
        delimiter: A CSV file's delimiter; by default the one its header uses.
        scale: The places of the amount columns (``baseline`` … ``surplus``, and the
            figures of ``not_counted``); by default the most places any input needs.
            Give one scale to every partition of a dataset, so that their results share
            one schema; a scale the inputs need more places than is refused.

    Returns:
        The [`TableResult`][pledgekit.table.TableResult]: ``indicators``, ``groups`` and
        ``not_counted``.

    Raises:
        DataFileError: Every bad cell, each at its line (CSV) or row and column; a
            figure for no target; two targets with the same keys; overlapping figures
            of a summed target; two different levels on one date.
        MissingExtraError: pyarrow or numpy is not installed (extra ``tables``).

    >>> import pyarrow as pa
    >>> from pledgekit import table
    >>> targets = pa.table({
    ...     "region": ["Kota Bekasi", "Kota Bekasi"],
    ...     "indicator": ["jobs", "unemployment"],
    ...     "direction": ["increase", "decrease"],
    ...     "accumulation": ["sum", "last"],
    ...     "unit": ["orang", "persen"],
    ...     "baseline": ["0", "10.00"],
    ...     "target": ["150000", "8.00"],
    ... })
    >>> figures = pa.table({
    ...     "region": ["Kota Bekasi"] * 4,
    ...     "indicator": ["jobs", "jobs", "jobs", "unemployment"],
    ...     "year": [2019, 2020, 2021, 2021],
    ...     "value": ["27197", "56000", "58000", "8.81"],
    ... })
    >>> result = table.evaluate(targets, figures, period="2019-2023")
    >>> for row in result.indicators.select(
    ...         ["indicator", "achieved", "capaian", "capaian_percent", "predikat"]).to_pylist():
    ...     print(row)
    {'indicator': 'jobs', 'achieved': Decimal('141197.00'), 'capaian': '141197/1500', 'capaian_percent': Decimal('94.13'), 'predikat': 'sangat_tinggi'}
    {'indicator': 'unemployment', 'achieved': Decimal('8.81'), 'capaian': '719/8', 'capaian_percent': Decimal('89.88'), 'predikat': 'tinggi'}

    By hand: 27197 + 56000 + 58000 = 141197 jobs, 141197 / 150000 × 100 = 141197/1500
    (94.13 %); unemployment falls, so (2 × 8.00 − 8.81) / 8.00 × 100 = 719/8 (89.875 %).
    The region's mean is (141197/1500 + 719/8) / 2 = 92.0031… %:

    >>> result.groups.to_pylist()
    [{'region': 'Kota Bekasi', 'targets': 2, 'rated': 2, 'mean_capaian': Decimal('92.00'), 'predikat': 'sangat_tinggi'}]
    """
    _require_pyarrow()
    from pledgekit.table._arrow import system_allocator
    from pledgekit.table._evaluate import run

    settings = _settings(settings)
    if as_of is not None:
        require_date(as_of, "evaluate(as_of)")
    if locale not in LOCALES:
        raise InvalidValueError(locale, "'C', 'id' or 'en'", "evaluate(locale)")
    if isinstance(keys, str) or not keys or not all(isinstance(k, str) and k for k in keys):
        raise InvalidValueError(
            keys, "a sequence of column names, such as ('region', 'indicator')", "evaluate(keys)"
        )
    if group_by is not None and (not isinstance(group_by, str) or not group_by):
        raise InvalidValueError(group_by, "a column name or None", "evaluate(group_by)")
    if isinstance(places, bool) or not isinstance(places, int) or not 0 <= places <= 10:
        raise InvalidValueError(places, "places from 0 to 10", "evaluate(places)")
    if scale is not None and (
        isinstance(scale, bool) or not isinstance(scale, int) or not 0 <= scale <= 38
    ):
        raise InvalidValueError(scale, "None or places from 0 to 38", "evaluate(scale)")
    if period is not None and not isinstance(period, Period | str):
        raise InvalidValueError(
            period, "a pledgekit.Period, its text such as '2019-2023', or None", "evaluate(period)"
        )
    with system_allocator():
        return run(
            targets,
            observations,
            keys=tuple(keys),
            group_by=group_by,
            period=period,
            as_of=as_of,
            settings=settings,
            locale=locale,
            places=places,
            delimiter=delimiter,
            scale=scale,
        )


def _settings(settings: Evaluation | None) -> Evaluation:
    if settings is None:
        return Evaluation()
    if not isinstance(settings, Evaluation):
        raise InvalidValueError(settings, "a pledgekit.Evaluation or None", "evaluate(settings)")
    if settings.plan_mean is not PlanMean.INDICATORS:
        raise InvalidValueError(
            settings.plan_mean.value,
            "plan_mean 'indicators': a table's groups take the unweighted mean of their "
            "targets (the 'children' and 'weighted' means need a plan's tree)",
            "evaluate(settings)",
        )
    return settings
