"""to_records and to_dataframe: the assessment's own numbers, typed exactly for table tools."""

from __future__ import annotations

import decimal
import sys
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given

from pledgekit import (
    Accumulation,
    Assessment,
    Case,
    Direction,
    Evaluation,
    Indicator,
    MissingExtraError,
    Observation,
    Period,
    Target,
)
from pledgekit.io import to_dataframe, to_records
from pledgekit.strategies import cases

pd = pytest.importorskip("pandas")
pa = pytest.importorskip("pyarrow")

JOBS = Indicator("Jobs", "persons", direction=Direction.INCREASE, accumulation=Accumulation.SUM)
HOSTILE = {"prec": 5, "rounding": decimal.ROUND_FLOOR, "Emax": 10, "Emin": -10}
AMOUNTS = ("baseline", "target", "achieved", "shortfall", "surplus")
RATIOS = (
    "percent",
    "elapsed_percent",
    "expected",
    "pace_index",
    "required_per_day",
    "required_per_month",
    "capaian",
)


def _case(*figures: tuple[str, str | int]) -> Case:
    """One 2020 jobs target per (target, figure) pair, each with its own indicator and figure."""
    targets, observations, indicators = [], [], []
    for index, (target, figure) in enumerate(figures):
        indicator = Indicator(
            "Jobs",
            "persons",
            direction=Direction.INCREASE,
            accumulation=Accumulation.SUM,
            id=f"jobs-{index}",
        )
        indicators.append(indicator)
        targets.append(Target(indicator, target, period=Period.year(2020), id=f"t{index}"))
        observations.append(Observation(Period.year(2020), figure, indicator=indicator))
    return Case("Jobs", indicators=indicators, targets=targets, observations=observations)


class TestRecordsCarryTheCapaian:
    def test_never_rounded_onto_a_band_edge(self) -> None:
        """90.9993 of 100 is Tinggi: the record shows 90.99, not 91.00 (which reads Sangat Tinggi)."""
        (row,) = to_records(_case(("100", "90.9993")).assess())
        assert ("90.99", "tinggi") == (row["capaian"], row["predikat"])

    def test_with_the_evaluations_options(self) -> None:
        """56,000 of 30,000 clamped to (0, 100) is 100.00, as the assessment rated it."""
        assessment = _case(("30000", 56000)).assess(evaluation=Evaluation(clamp=(0, 100)))
        (row,) = to_records(assessment)
        assert ("100.00", "sangat_tinggi", None) == (
            row["capaian"],
            row["predikat"],
            row["capaian_reason"],
        )

    def test_none_with_the_reason(self) -> None:
        """A target with no figure has no capaian, no predikat, and the reason."""
        target = Target(JOBS, 100, period=Period.year(2020))
        (row,) = to_records(Case("Jobs", indicators=[JOBS], targets=[target]).assess())
        assert (None, None, "no_figure") == (row["capaian"], row["predikat"], row["capaian_reason"])


class TestRecordsKeepTheExactValue:
    def test_a_small_rate_is_not_only_zero(self) -> None:
        """60 left over the 366 days of 2020 is 10/61 a day: shown 0.16, and exactly "10/61"."""
        target = Target(JOBS, 100, period=Period.years(2019, 2020))
        case = Case(
            "Jobs",
            indicators=[JOBS],
            targets=[target],
            observations=[Observation(Period.year(2019), 40)],
        )
        (row,) = to_records(case.assess())
        assert ("0.16", "10/61") == (row["required_per_day"], row["required_per_day_exact"])
        # 40 of 100: exactly 40 %, which a decimal holds.
        assert ("40.00", "40") == (row["percent"], row["percent_exact"])

    def test_no_value_no_exact_value(self) -> None:
        """Where a ratio is undefined, both the shown and the exact value are None."""
        target = Target(JOBS, 100, period=Period.year(2020))
        (row,) = to_records(Case("Jobs", indicators=[JOBS], targets=[target]).assess())
        assert (None, None) == (row["percent"], row["percent_exact"])


class TestRecordsPlaceTheTarget:
    def test_bekasi_program_ten(self) -> None:
        """The Bekasi target is carried by priority program 10, at no level of the tree."""
        from pledgekit.io import load

        (row,) = to_records(load("examples/bekasi/case.toml").assess())
        assert (None, None, None, None, "10") == (
            row["plan_level"],
            row["mission"],
            row["goal"],
            row["objective"],
            row["programs"],
        )

    def test_no_plan_no_place(self) -> None:
        """A case without a plan leaves every place column empty, also in the DataFrame."""
        assessment = _case(("100", "50")).assess()
        (row,) = to_records(assessment)
        assert [None] * 5 == [
            row[k] for k in ("plan_level", "mission", "goal", "objective", "programs")
        ]
        frame = to_dataframe(assessment)
        assert frame["mission"].isna().all()


class TestDataFrameTypes:
    def test_amounts_are_exact_decimals_that_sum(self) -> None:
        """Achieved 0.1 + 0.2 + 146305 = 146305.3 exactly (a float sum would not be)."""
        frame = to_dataframe(_case(("1", "0.1"), ("1", "0.2"), ("150000", 146305)).assess())
        assert (pa.decimal128(7, 1), Decimal("146305.3")) == (
            frame["achieved"].dtype.pyarrow_dtype,
            frame["achieved"].sum(),
        )

    def test_amounts_sort(self) -> None:
        """Sorting the achieved column orders the amounts as numbers, not as text."""
        frame = to_dataframe(_case(("1", "9"), ("1", "10"), ("1", "0.5")).assess())
        assert [Decimal("0.5"), Decimal(9), Decimal(10)] == list(frame["achieved"].sort_values())

    def test_a_ratio_is_rounded_and_exact_beside(self) -> None:
        """1 of 3 done: percent 33.33 to sort by, and '100/3' exactly beside it."""
        frame = to_dataframe(_case(("3", 1)).assess())
        assert (Decimal("33.33"), "100/3", Fraction(100, 3)) == (
            frame["percent"][0],
            frame["percent_exact"][0],
            Fraction(frame["capaian_exact"][0]),
        )

    def test_no_float_anywhere(self) -> None:
        """Every column is pyarrow-backed; none is a float."""
        frame = to_dataframe(_case(("3", 1), ("100", "90.9993")).assess())
        types = [frame[c].dtype.pyarrow_dtype for c in frame.columns]
        assert [] == [t for t in types if pa.types.is_floating(t)]
        assert [] == [
            c for c in RATIOS + AMOUNTS if not pa.types.is_decimal(frame[c].dtype.pyarrow_dtype)
        ]

    def test_beyond_38_digits_is_decimal256(self) -> None:
        """Two 30.30-digit figures need 60 digits: decimal256, summed exactly."""
        big = "9" * 30 + "." + "9" * 30
        frame = to_dataframe(_case((big, big), (big, "0.000000000000000000000000000001")).assess())
        expected = Decimal("1" + "0" * 30 + "." + "0" * 29 + "0")  # big + 1e-30 = 10^30
        assert (True, expected) == (
            pa.types.is_decimal256(frame["achieved"].dtype.pyarrow_dtype),
            frame["achieved"].sum(),
        )

    def test_empty_findings_table_has_its_columns(self) -> None:
        """No finding: the columns are still there, with their types."""
        frame = to_dataframe(_case(("1", 1)).assess(), table="findings")
        assert (0, "claimed_exact") == (len(frame), frame.columns[5])

    def test_missing_pyarrow(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without pyarrow the error names it and the extra that installs it."""
        monkeypatch.setitem(sys.modules, "pyarrow", None)
        with pytest.raises(
            MissingExtraError, match=r"pyarrow is not installed.*pledgekit\[pandas\]"
        ):
            to_dataframe(_case(("1", 1)).assess())


class TestDataFrameUnderAnyContext:
    @given(cases())
    def test_the_columns_are_the_exact_values(self, case: Case) -> None:
        """Under a hostile context, amounts and their sums equal the exact values, ratios their Fractions."""
        assessment: Assessment = case.assess()
        with decimal.localcontext(**HOSTILE):
            frame = to_dataframe(assessment)
        items = assessment.targets
        columns = {
            "baseline": [item.target.baseline for item in items],
            "target": [item.target.value for item in items],
            "achieved": [item.progress.achieved for item in items],
            "shortfall": [item.progress.shortfall for item in items],
            "surplus": [item.progress.surplus for item in items],
        }
        for column, values in columns.items():
            exact = sum((Fraction(v) for v in values), Fraction(0))
            assert (values, exact) == (list(frame[column]), Fraction(frame[column].sum()))
        for item, text in zip(items, frame["capaian_exact"], strict=True):
            value = item.capaian.value
            assert value == (None if text is pd.NA else Fraction(text))
