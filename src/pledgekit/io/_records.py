"""An assessment as plain rows for table tools: lists of dicts, or a pandas DataFrame.

Both read what [`pledgekit.Case.assess`][pledgekit.Case.assess] computed; nothing is computed here.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction
from typing import Any, Final, Literal, NamedTuple, cast

from pledgekit._amounts import exact_text, round_fraction
from pledgekit._case import Assessment, TargetAssessment
from pledgekit.exceptions import InvalidValueError, MissingExtraError

__all__ = ["MissingExtraError", "Record", "to_dataframe", "to_records"]

Record = dict[str, str | int | bool | None]
"""One row of [`to_records`][pledgekit.io.to_records]: plain values only.

Each value is a ``str``, an ``int``, a ``bool`` or ``None``, by column name; amounts
and ratios are strings, so that no figure is ever a float:

>>> import pathlib, pledgekit
>>> from pledgekit.io import Record, load, to_records
>>> Record
dict[str, str | int | bool | None]
>>> bekasi = pathlib.Path(pledgekit.__file__).parents[2] / "examples/bekasi/case.toml"
>>> (row,) = to_records(load(bekasi).assess())
>>> sorted({type(value).__name__ for value in row.values()})
['NoneType', 'bool', 'int', 'str']
>>> row["achieved"], row["is_met"], row["findings"], row["revised_on"]  # of 150,000
('146305', False, 7, None)
"""
_TABLES = ("targets", "findings")
#: The widest decimals pyarrow holds: decimal128 up to 38 digits, decimal256 up to 76.
_DECIMAL128_DIGITS: Final = 38
_DECIMAL256_DIGITS: Final = 76

_Kind = Literal["text", "int", "bool", "amount", "ratio"]


class _Ratio(NamedTuple):
    """A number a decimal may not hold exactly: as shown (2 places), and exactly."""

    shown: Decimal
    exact: Decimal | Fraction


def _ratio(value: Decimal | Fraction | None, shown: Decimal | None = None) -> _Ratio | None:
    """A figure shown rounded half-up to 2 places (or as ``shown``), kept exact beside."""
    if value is None:
        return None
    if shown is None:
        shown = value if isinstance(value, Decimal) else round_fraction(value, 2)
    return _Ratio(shown, value)


# The columns of each table, in order, with the kind of their values: an ``amount`` is
# an exact Decimal; a ``ratio`` may be a Fraction, shown to 2 places and kept exact.
_TARGET_COLUMNS: Final[dict[str, _Kind]] = {
    "target_id": "text",
    "indicator_id": "text",
    "indicator": "text",
    "unit": "text",
    "direction": "text",
    "period_start": "text",
    "period_end": "text",
    "baseline": "amount",
    "comparison": "text",
    "target": "amount",
    "target_high": "amount",
    "original_target": "amount",
    "original_target_high": "amount",
    "revised_on": "text",
    "as_of": "text",
    "achieved": "amount",
    "shortfall": "amount",
    "surplus": "amount",
    "is_met": "bool",
    "percent": "ratio",
    "days_elapsed": "int",
    "days_left": "int",
    "elapsed_percent": "ratio",
    "expected": "ratio",
    "pace_index": "ratio",
    "required_per_day": "ratio",
    "required_per_month": "ratio",
    "projected_recent": "text",
    "interim_period_end": "text",
    "interim_target": "amount",
    "interim_shortfall": "amount",
    "met_on": "text",
    "late_days": "int",
    "covered_days": "int",
    "status": "text",
    "capaian": "ratio",
    "predikat": "text",
    "capaian_reason": "text",
    "capaian_figure_start": "text",
    "capaian_figure_end": "text",
    "plan_level": "text",
    "mission": "int",
    "goal": "int",
    "objective": "int",
    "programs": "text",
    "pledges": "text",
    "claims": "int",
    "findings": "int",
    "worst": "text",
}
_FINDING_COLUMNS: Final[dict[str, _Kind]] = {
    "target_id": "text",
    "kind": "text",
    "severity": "text",
    "message": "text",
    "claimed": "ratio",
    "computed": "ratio",
    "difference": "ratio",
}


def _date(value: Any) -> str | None:
    return None if value is None else str(value.isoformat())


def _percent(value: Fraction | None) -> Fraction | None:
    return None if value is None else value * 100


def _place_values(item: TargetAssessment) -> dict[str, object]:
    """Where the case's plan carries the target: level, mission, goal, objective, programs."""
    place = item.plan_place
    if place is None:
        return dict.fromkeys(("plan_level", "mission", "goal", "objective", "programs"))
    return {
        "plan_level": None if place.level is None else place.level.value,
        "mission": place.mission,
        "goal": place.goal,
        "objective": place.objective,
        "programs": " ".join(str(n) for n in place.programs) or None,
    }


def _low_high(value: Decimal | tuple[Decimal, Decimal]) -> tuple[Decimal, Decimal | None]:
    """A target value as two cells: the value (a range's low bound) and a range's high one."""
    return (value[0], value[1]) if isinstance(value, tuple) else (value, None)


def _target_values(item: TargetAssessment) -> dict[str, object]:
    """One target's row, exact: Decimals, `_Ratio` pairs and plain values."""
    target, progress, rated = item.target, item.progress, item.capaian
    # The value in force at as_of; the original beside it when a revision is in force.
    in_force, high = _low_high(progress.target.value)
    revision = progress.revision
    original, original_high = _low_high(target.value) if revision else (None, None)
    interim = progress.interim
    worst = max((f.severity for f in item.findings), default=None)
    figure = rated.figure_period
    return {
        "target_id": target.id,
        "indicator_id": target.indicator.id,
        "indicator": target.indicator.name,
        "unit": target.unit,
        "direction": target.indicator.direction.value,
        "period_start": _date(target.period.start),
        "period_end": _date(target.period.end),
        "baseline": target.baseline,
        "comparison": progress.target.comparison.value,
        "target": in_force,
        "target_high": high,
        "original_target": original,
        "original_target_high": original_high,
        "revised_on": None if revision is None else _date(revision.on),
        "as_of": _date(progress.as_of),
        "achieved": progress.achieved,
        "shortfall": progress.shortfall,
        "surplus": progress.surplus,
        "is_met": progress.is_met,
        "percent": _ratio(_percent(progress.ratio)),
        "days_elapsed": progress.days_elapsed,
        "days_left": progress.days_left,
        "elapsed_percent": _ratio(_percent(progress.elapsed)),
        "expected": _ratio(progress.expected),
        "pace_index": _ratio(progress.pace_index),
        "required_per_day": _ratio(progress.required_per_day),
        "required_per_month": _ratio(progress.required_per_month),
        "projected_recent": _date(progress.projected_recent),
        "interim_period_end": None if interim is None else _date(interim.period.end),
        "interim_target": progress.interim_level,
        "interim_shortfall": progress.interim_shortfall,
        "met_on": _date(progress.met_on),
        "late_days": progress.late_days,
        "covered_days": progress.covered_days,
        "status": progress.status.value,
        # Never rounded onto a band edge it does not reach: 90.9993 is 90.99, Tinggi.
        "capaian": _ratio(rated.value, rated.percent(2)),
        "predikat": None if rated.predikat is None else rated.predikat.value,
        "capaian_reason": None if rated.reason is None else rated.reason.value,
        "capaian_figure_start": None if figure is None else _date(figure.start),
        "capaian_figure_end": None if figure is None else _date(figure.end),
        **_place_values(item),
        "pledges": " ".join(p.id for p in item.pledges) or None,
        "claims": len(item.claims),
        "findings": len(item.findings),
        "worst": None if worst is None else worst.name.lower(),
    }


def _finding_values(item: TargetAssessment) -> list[dict[str, object]]:
    """One row per finding of a target, exact."""
    return [
        {
            "target_id": item.target.id,
            "kind": finding.kind.value,
            "severity": finding.severity.name.lower(),
            "message": finding.message,
            "claimed": _ratio(finding.claimed),
            "computed": _ratio(finding.computed),
            "difference": _ratio(finding.difference),
        }
        for finding in item.findings
    ]


def _exact_rows(assessment: object, table: object, where: str) -> list[dict[str, object]]:
    if not isinstance(assessment, Assessment):
        raise InvalidValueError(assessment, "a pledgekit.Assessment", f"{where}(assessment)")
    if table not in _TABLES:
        raise InvalidValueError(table, "'targets' or 'findings'", f"{where}(table)")
    if table == "findings":
        return [row for item in assessment.targets for row in _finding_values(item)]
    return [_target_values(item) for item in assessment.targets]


def _plain(value: object) -> str | int | bool | None:
    if isinstance(value, _Ratio):
        return exact_text(value.shown)
    if isinstance(value, Decimal):
        return exact_text(value)
    return cast("str | int | bool | None", value)


def _record(row: dict[str, object], kinds: dict[str, _Kind]) -> Record:
    """A row of plain values; each rounded ratio followed by its exact ``<name>_exact``."""
    record: Record = {}
    for name, value in row.items():
        record[name] = _plain(value)
        if kinds[name] == "ratio":
            exact = value.exact if isinstance(value, _Ratio) else None
            record[f"{name}_exact"] = exact_text(exact, decimal_if_exact=True)
    return record


def to_records(assessment: Assessment, *, table: str = "targets") -> list[Record]:
    """The assessment as rows of plain values, for any table tool (csv, pandas, polars...).

    ``table="targets"`` gives one row per target: its indicator and period, the
    baseline and target, what is achieved, the shortfall, the share done, the time
    elapsed, the pace, what is still required per month, the status, the Permendagri 86
    capaian and predikat (as the assessment computed them, with its evaluation
    settings), where the case's plan carries it (``plan_level``, ``mission``, ``goal``,
    ``objective``, ``programs``: [`pledgekit.Plan.place_of`][pledgekit.Plan.place_of]), and how many
    findings of which worst severity. ``table="findings"``
    gives one row per finding.

    ``target`` is the value in force at ``as_of`` (``target_high`` the upper bound of a
    range, whose lower bound ``target`` is), with its ``comparison``; when a revision is
    in force, ``revised_on`` is its day and ``original_target`` (``original_target_high``)
    the value first set. ``interim_target`` and ``interim_shortfall`` are the level due
    by the end of the schedule entry in force (``interim_period_end``) and what is
    missing from it; ``met_on`` and ``late_days`` say when the figures first met the
    target and how many days after its period.

    A target with no counted figure has no capaian: ``capaian`` and ``predikat`` are
    ``None`` and ``capaian_reason`` says why (``"no_figure"``; ``"zero_target"`` for a
    target of zero). For a stock indicator ``capaian_figure_start`` and
    ``capaian_figure_end`` give the period of the figure rated, which may end before the
    target period does.

    Amounts are exact decimal strings (``"146305"``); ratios, percentages and rates
    are rounded half-up to 2 places, as strings (the capaian never onto a predikat band
    edge it does not reach), each followed by its exact value in ``<name>_exact`` (a
    plain decimal, or ``numerator/denominator`` where no decimal holds it), so that a
    small rate is never only ``"0.00"``; dates are ISO strings.

    >>> from pledgekit.io import load, to_records
    >>> (row,) = to_records(load("examples/bekasi/case.toml").assess())
    >>> row["target_id"], row["achieved"], row["percent"], row["status"], row["findings"]
    ('jobs-150k', '146305', '97.54', 'on_track', 7)
    >>> row["capaian"], row["predikat"], row["capaian_reason"]
    ('97.54', 'sangat_tinggi', None)
    """
    rows = _exact_rows(assessment, table, "to_records")
    kinds = _FINDING_COLUMNS if table == "findings" else _TARGET_COLUMNS
    return [_record(row, kinds) for row in rows]


def _decimal_type(pa: Any, values: Iterable[Decimal | None], column: str) -> Any:
    """The narrowest pyarrow decimal type holding every value exactly."""
    whole, scale = 1, 0
    for value in values:
        if value is None:
            continue
        digits, exponent = value.as_tuple().digits, int(value.as_tuple().exponent)
        scale = max(scale, -exponent)
        whole = max(whole, len(digits) + exponent)
    precision = whole + scale
    if precision <= _DECIMAL128_DIGITS:
        return pa.decimal128(precision, scale)
    if precision <= _DECIMAL256_DIGITS:
        return pa.decimal256(precision, scale)
    raise InvalidValueError(
        precision,
        f"at most {_DECIMAL256_DIGITS} digits, the most a pyarrow decimal holds exactly",
        f"to_dataframe: column {column!r}",
    )


def _series(pa: Any, pandas: Any, cells: list[Any], kind: Any) -> Any:
    return pandas.Series(pa.array(cells, type=kind), dtype=pandas.ArrowDtype(kind))


def _columns(pa: Any, pandas: Any, name: str, kind: _Kind, values: list[Any]) -> dict[str, Any]:
    """One column as a typed Series; a ratio also as exact text, ``<name>_exact``."""
    plain = {"text": pa.string(), "int": pa.int64(), "bool": pa.bool_()}
    if kind in plain:
        return {name: _series(pa, pandas, values, plain[kind])}
    if kind == "amount":
        return {name: _series(pa, pandas, values, _decimal_type(pa, values, name))}
    shown = [None if v is None else v.shown for v in values]
    exact = [None if v is None else exact_text(v.exact) for v in values]
    return {
        name: _series(pa, pandas, shown, _decimal_type(pa, shown, name)),
        f"{name}_exact": _series(pa, pandas, exact, pa.string()),
    }


def to_dataframe(assessment: Assessment, *, table: str = "targets") -> Any:
    """The rows of `to_records` as a pandas DataFrame, numbers typed exactly.

    Needs the ``pandas`` extra (pandas and pyarrow); neither is imported by
    ``import pledgekit``. Every column is pyarrow-backed:

    - amounts (``baseline``, ``target``, ``achieved``, ``shortfall``, ``surplus``) are
      exact decimals, ``decimal128`` (``decimal256`` beyond 38 digits) with the
      precision and scale the values need: they sort, and ``df["achieved"].sum()`` is
      the exact Decimal sum;
    - a ratio a decimal may not hold exactly (``percent``, ``elapsed_percent``,
      ``expected``, ``pace_index``, ``required_per_day``, ``required_per_month``,
      ``capaian``; the findings' ``claimed``, ``computed``, ``difference``) is a decimal
      column as [`to_records`][pledgekit.io.to_records] shows it, rounded half-up to 2
      places (to sort and chart by), and beside it ``<column>_exact``, the exact value
      as text (``"29261/300"`` or ``"8276"``; ``fractions.Fraction(text)`` reads it
      back);
    - counts are ``int64``, ``is_met`` is ``bool``, the rest ``string``.

    No float is made anywhere: a missing value is a null.

    Raises:
        MissingExtraError: pandas or pyarrow is not installed.

    146,305 of the 150,000 workers promised are 146,305 / 1,500 = 29,261 / 300 =
    97.5366... %, shown rounded half-up as 97.54 and kept exact beside it; the column
    types hold exactly the digits needed, 6 with no places for 146305 and 4 with 2
    places for 97.54:

    >>> import pathlib, pledgekit
    >>> from pledgekit.io import load, to_dataframe
    >>> bekasi = pathlib.Path(pledgekit.__file__).parents[2] / "examples" / "bekasi"
    >>> frame = to_dataframe(load(bekasi / "case.toml").assess())
    >>> frame.loc[0, "achieved"], frame.loc[0, "percent"], frame.loc[0, "percent_exact"]
    (Decimal('146305'), Decimal('97.54'), '29261/300')
    >>> str(frame["achieved"].dtype), str(frame["percent"].dtype)
    ('decimal128(6, 0)[pyarrow]', 'decimal128(4, 2)[pyarrow]')
    """
    rows = _exact_rows(assessment, table, "to_dataframe")
    try:
        pandas = importlib.import_module("pandas")
    except ImportError as error:
        raise MissingExtraError("pandas", "pandas", "for DataFrames") from error
    try:
        pa = importlib.import_module("pyarrow")
    except ImportError as error:
        raise MissingExtraError("pyarrow", "pandas", "for exact DataFrame columns") from error
    kinds = _FINDING_COLUMNS if table == "findings" else _TARGET_COLUMNS
    series: dict[str, Any] = {}
    for name, kind in kinds.items():
        series.update(_columns(pa, pandas, name, kind, [row[name] for row in rows]))
    return pandas.DataFrame(series)
