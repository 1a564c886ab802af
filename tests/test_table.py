"""pledgekit.table.evaluate on hand-made tables: every number by hand, every bad cell reported."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

pa = pytest.importorskip("pyarrow")
pacsv = pytest.importorskip("pyarrow.csv")

from pledgekit import DataFileError, Evaluation, InvalidValueError  # noqa: E402
from pledgekit.exceptions import MissingExtraError  # noqa: E402
from pledgekit.table import evaluate  # noqa: E402

TARGET_HEADER = "region,indicator,direction,accumulation,unit,baseline,target"


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _targets(**columns: Any) -> Any:
    """A targets table: one jobs target of region A, each default repeated to the rows given."""
    rows = max((len(values) for values in columns.values()), default=1)
    base: dict[str, Any] = {
        "region": ["A"] * rows,
        "indicator": ["jobs"] * rows,
        "direction": ["increase"] * rows,
        "accumulation": ["sum"] * rows,
        "unit": ["orang"] * rows,
        "baseline": ["0"] * rows,
        "target": ["100"] * rows,
    }
    base.update(columns)
    return pa.table(base)


def _figures(**columns: list[Any]) -> Any:
    base: dict[str, list[Any]] = {
        "region": ["A"],
        "indicator": ["jobs"],
        "year": ["2019"],
        "value": ["40"],
    }
    base.update(columns)
    return pa.table(base)


def _row(result: Any, index: int = 0) -> dict[str, Any]:
    return dict(result.indicators.to_pylist()[index])


class TestNumbers:
    def test_bekasi_in_indonesian_notation(self, tmp_path: Path) -> None:
        """Figures written 27.197 in a semicolon CSV: 146,305 of 150,000, 29261/300 = 97.54 %."""
        targets = _write(
            tmp_path / "targets.csv",
            "region;indicator;direction;accumulation;unit;target\n"
            "Kota Bekasi;tenaga kerja;increase;sum;orang;150.000\n",
        )
        figures = _write(
            tmp_path / "figures.csv",
            "region;indicator;period;value\n"
            "Kota Bekasi;tenaga kerja;2019;27.197\n"
            "Kota Bekasi;tenaga kerja;2020;56.000\n"
            "Kota Bekasi;tenaga kerja;2021;58.000\n"
            "Kota Bekasi;tenaga kerja;2022-01..2022-06;5.108\n",
        )
        result = evaluate(targets, figures, period="2018-09-20..2023-09-19", locale="id")
        row = _row(result)
        # 27197 + 56000 + 58000 + 5108 = 146305; 146305 / 150000 × 100 = 29261/300.
        assert (Decimal(146305), Decimal(3695)) == (row["achieved"], row["shortfall"])
        assert ("29261/300", Decimal("97.54")) == (row["capaian"], row["capaian_percent"])
        assert ("sangat_tinggi", 4, dt.date(2022, 6, 30)) == (
            row["predikat"],
            row["figures"],
            row["as_of"],
        )
        # 690 of the term's 1826 days elapsed; 97.54 % of the way in 37.8 % of the time.
        assert "on_track" == row["status"]

    def test_less_is_better_both_formulas(self) -> None:
        """Unemployment 5.9 against 5.5: (2T − R) / T = 1020/11; T / R = 5500/59."""
        targets = _targets(
            direction=["decrease"], accumulation=["last"], baseline=["7.0"], target=["5.5"]
        )
        figures = _figures(year=["2020"], value=["5.9"])
        default = _row(evaluate(targets, figures, period="2019-2023"))
        reciprocal = _row(
            evaluate(
                targets,
                figures,
                period="2019-2023",
                settings=Evaluation(lower_is_better="t_over_r"),
            )
        )
        assert ("1020/11", Decimal("92.73"), "sangat_tinggi") == (
            default["capaian"],
            default["capaian_percent"],
            default["predikat"],
        )
        assert ("5500/59", Decimal("93.22")) == (
            reciprocal["capaian"],
            reciprocal["capaian_percent"],
        )
        # 0.4 above the target of 5.5: a shortfall, the way that is good being down.
        assert (Decimal("0.4"), Decimal("0.0")) == (default["shortfall"], default["surplus"])

    def test_on_the_edge_and_just_below_it(self) -> None:
        """273 of 300 is exactly 91 (Sangat Tinggi); 9099.93 of 10000 is 90.9993 %, shown 90.99."""
        targets = _targets(
            indicator=["a", "b"],
            target=["300", "10000"],
        )
        figures = _figures(
            region=["A", "A"], indicator=["a", "b"], year=["2019"] * 2, value=["273", "9099.93"]
        )
        result = evaluate(targets, figures, period="2019-2023")
        first, second = _row(result, 0), _row(result, 1)
        assert ("91", "sangat_tinggi") == (first["capaian"], first["predikat"])
        assert ("909993/10000", "tinggi") == (second["capaian"], second["predikat"])
        # Rounded half-up, 90.9993 would show 91.00, a band it does not reach: floored.
        assert Decimal("90.99") == second["capaian_percent"]
        # The mean (91 + 90.9993) / 2 = 90.99965: Tinggi, and shown 90.99, not 91.00.
        assert [("A", 2, 2, Decimal("90.99"), "tinggi")] == [
            tuple(r.values()) for r in result.groups.to_pylist()
        ]

    def test_groups_by_another_column_or_none(self) -> None:
        """Means per province: P has 80 and 91 % (85.5, Tinggi), Q 50 % (Sangat Rendah)."""
        targets = _targets(
            region=["A", "B", "C"],
            province=["P", "P", "Q"],
            indicator=["jobs"] * 3,
            target=["100"] * 3,
        )
        figures = _figures(
            region=["A", "B", "C"],
            indicator=["jobs"] * 3,
            year=["2019"] * 3,
            value=["80", "91", "50"],
        )
        by_province = evaluate(targets, figures, period="2019-2023", group_by="province")
        assert [
            ("P", 2, 2, Decimal("85.50"), "tinggi"),
            ("Q", 1, 1, Decimal("50.00"), "sangat_rendah"),
        ] == [tuple(row.values()) for row in by_province.groups.to_pylist()]
        assert ["region", "indicator", "province", "unit"] == (
            by_province.indicators.column_names[:4]
        )
        assert evaluate(targets, figures, period="2019-2023", group_by=None).groups is None

    def test_round_first_policy(self) -> None:
        """Under round-first, 90.5 % rounds to 91: Sangat Tinggi (half-open reads it Tinggi)."""
        targets = _targets(target=["200"])
        figures = _figures(value=["181"])
        half_open = _row(evaluate(targets, figures, period="2019-2023"))
        rounded = _row(
            evaluate(
                targets, figures, period="2019-2023", settings=Evaluation(band_policy="round_first")
            )
        )
        assert ("181/2", "tinggi") == (half_open["capaian"], half_open["predikat"])
        assert "sangat_tinggi" == rounded["predikat"]

    def test_clamp(self) -> None:
        """130 of 100 clamped to (0, 100) is 100, exactly."""
        result = evaluate(
            _targets(),
            _figures(value=["130"]),
            period="2019-2023",
            settings=Evaluation(clamp=(0, 100)),
        )
        assert ("100", Decimal("100.00")) == (
            _row(result)["capaian"],
            _row(result)["capaian_percent"],
        )

    def test_no_figure_no_grade(self) -> None:
        """A target with no figure has no capaian, no predikat, and counts in no mean."""
        targets = _targets(
            indicator=["a", "b"],
            target=["100", "100"],
        )
        figures = _figures(indicator=["a"], value=["80"])
        result = evaluate(targets, figures, period="2019-2023")
        second = _row(result, 1)
        assert (None, None, None, "no_figure", "no_data", 0) == (
            second["capaian"],
            second["capaian_percent"],
            second["predikat"],
            second["no_capaian"],
            second["status"],
            second["figures"],
        )
        # The mean is of the one rated target: 80, Tinggi.
        assert [("A", 2, 1, Decimal("80.00"), "tinggi")] == [
            tuple(r.values()) for r in result.groups.to_pylist()
        ]

    def test_zero_target_and_zero_realisation(self) -> None:
        """A zero target has no rate; nor has R = 0 under T / R."""
        targets = _targets(
            indicator=["a", "b"],
            direction=["decrease"] * 2,
            accumulation=["last"] * 2,
            baseline=["5", "5"],
            target=["0", "2"],
        )
        figures = _figures(
            indicator=["a", "b"], region=["A", "A"], year=["2019"] * 2, value=["1", "0"]
        )
        result = evaluate(
            targets, figures, period="2019-2023", settings=Evaluation(lower_is_better="t_over_r")
        )
        assert ["zero_target", "zero_realisasi"] == [
            r["no_capaian"] for r in result.indicators.to_pylist()
        ]
        assert [(None, None)] == [
            (g["mean_capaian"], g["predikat"]) for g in result.groups.to_pylist()
        ]


class TestStatus:
    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            ("17290", "on_track"),
            ("17289", "needs_acceleration"),
            ("10920", "needs_acceleration"),
            ("10919", "limited_progress"),
            ("0", "limited_progress"),
            ("-1", "deteriorating"),
            ("36600", "achieved"),
        ],
    )
    def test_pace_on_each_threshold(self, value: str, expected: str) -> None:
        """2020 (366 days) at 30 June: 182 days elapsed; pace = (a / 36600) / (182 / 366).

        That is a / 18200: 17290 gives 0.95 exactly (on track from there), 10920 gives
        0.60 exactly, 0 gives 0; one less is the band below.
        """
        figures = pa.table(
            {
                "region": ["A"],
                "indicator": ["jobs"],
                "period": ["2020-01..2020-06"],
                "value": [value],
            }
        )
        result = evaluate(
            _targets(target=["36600"]), figures, period="2020", as_of=dt.date(2020, 6, 30)
        )
        assert expected == _row(result)["status"]

    def test_missed_when_the_period_is_over(self) -> None:
        """At the period's end, a target not met is missed, whatever the pace."""
        result = evaluate(_targets(), _figures(value=["99"]), period="2019")
        assert ("missed", dt.date(2019, 12, 31)) == (_row(result)["status"], _row(result)["as_of"])


class TestCounting:
    def test_straddling_figures_are_shown_not_counted(self) -> None:
        """A term from 20 September 2018: the 2018 figure straddles its start, listed with why."""
        figures = _figures(
            region=["A", "A"], indicator=["jobs", "jobs"], year=["2018", "2019"], value=["10", "40"]
        )
        result = evaluate(_targets(), figures, period="2018-09-20..2023-09-19")
        assert (Decimal(40), 1, 1) == (
            _row(result)["achieved"],
            _row(result)["figures"],
            _row(result)["not_counted"],
        )
        assert [("A", "jobs", 1, dt.date(2018, 1, 1), Decimal(10), "straddling")] == [
            (r["region"], r["indicator"], r["row"], r["period_start"], r["value"], r["reason"])
            for r in result.not_counted.to_pylist()
        ]
        included = evaluate(
            _targets(),
            figures,
            period="2018-09-20..2023-09-19",
            settings=Evaluation(straddling="include"),
        )
        assert Decimal(50) == _row(included)["achieved"]

    def test_as_of_and_outside(self) -> None:
        """Figures after the as-of date and outside the period are listed, not counted."""
        figures = _figures(
            region=["A"] * 3,
            indicator=["jobs"] * 3,
            year=["2019", "2021", "2024"],
            value=["10", "20", "30"],
        )
        result = evaluate(_targets(), figures, period="2019-2023", as_of=dt.date(2020, 12, 31))
        assert Decimal(10) == _row(result)["achieved"]
        assert [(2021, "after_as_of"), (2024, "outside")] == [
            (r["period_start"].year, r["reason"]) for r in result.not_counted.to_pylist()
        ]

    def test_as_of_of_a_target_with_no_figure(self) -> None:
        """A target with no figure is assessed at the table's latest date, or before its start."""
        targets = _targets(
            indicator=["a", "b"],
            target=["100"] * 2,
        )
        figures = _figures(indicator=["a"], year=["2021"])
        rows = evaluate(targets, figures, period="2019-2023").indicators.to_pylist()
        assert [dt.date(2021, 12, 31)] * 2 == [row["as_of"] for row in rows]
        nothing = _figures(indicator=["a"], value=["-"])
        rows = evaluate(targets, nothing, period="2019-2023").indicators.to_pylist()
        assert [dt.date(2018, 12, 31)] * 2 == [row["as_of"] for row in rows]

    def test_latest_level_counts(self) -> None:
        """A level takes the latest figure, whatever the order of the rows."""
        targets = _targets(accumulation=["last"], baseline=["10"], target=["20"])
        figures = _figures(
            region=["A"] * 3,
            indicator=["jobs"] * 3,
            year=["2021", "2019", "2020"],
            value=["18", "12", "30"],
        )
        row = _row(evaluate(targets, figures, period="2019-2023"))
        # 18 of 20: 90 %, Tinggi; met? no: 18 < 20.
        assert (Decimal(18), "90", False) == (row["achieved"], row["capaian"], row["is_met"])


class TestInputs:
    def test_csv_parquet_arrow_and_pandas_agree(self, tmp_path: Path) -> None:
        """The same tables as CSV, Parquet, pyarrow and pandas give the same result."""
        pq = pytest.importorskip("pyarrow.parquet")
        pd = pytest.importorskip("pandas")
        targets, figures = _targets(), _figures(value=["40"])
        pacsv.write_csv(targets, tmp_path / "t.csv")
        pacsv.write_csv(figures, tmp_path / "f.csv")
        pq.write_table(targets, tmp_path / "t.parquet")
        pq.write_table(figures, tmp_path / "f.parquet")
        runs = [
            (targets, figures),
            (tmp_path / "t.csv", tmp_path / "f.csv"),
            (str(tmp_path / "t.parquet"), tmp_path / "f.parquet"),
            (targets.to_pandas(), pd.DataFrame(figures.to_pydict())),
        ]
        results = [evaluate(t, f, period="2019-2023").indicators for t, f in runs]
        assert all(results[0].equals(other) for other in results[1:])
        assert "40" == results[0].column("capaian")[0].as_py()

    def test_integer_and_decimal_columns(self) -> None:
        """Figures stored as integers and decimals are read exactly."""
        figures = pa.table(
            {
                "region": ["A", "A"],
                "indicator": ["jobs", "jobs"],
                "year": pa.array([2019, 2020], pa.int16()),
                "value": pa.array([Decimal("12.50"), Decimal("7.25")], pa.decimal128(5, 2)),
            }
        )
        targets = _targets(target=pa.array([100], pa.int64()))
        assert "79/4" == _row(evaluate(targets, figures, period="2019-2023"))["capaian"]

    def test_empty_and_dash_are_no_figure(self) -> None:
        """A row whose value is empty or a dash has no figure: skipped, and nothing else."""
        figures = _figures(
            region=["A"] * 3,
            indicator=["jobs"] * 3,
            year=["2019", "2020", "2021"],
            value=["40", "-", ""],
        )
        row = _row(evaluate(_targets(), figures, period="2019-2023"))
        assert (Decimal(40), 1, 0) == (row["achieved"], row["figures"], row["not_counted"])

    def test_one_scale_for_every_partition(self) -> None:
        """scale= holds the amounts at the places given; fewer than the figures need is refused."""
        result = evaluate(_targets(), _figures(value=["40.5"]), period="2019-2023", scale=3)
        assert pa.decimal128(38, 3) == result.indicators.schema.field("achieved").type
        assert Decimal("40.500") == _row(result)["achieved"]
        exactly = evaluate(_targets(), _figures(value=["40.5"]), period="2019-2023", scale=1)
        assert pa.decimal128(38, 1) == exactly.indicators.schema.field("achieved").type
        with pytest.raises(InvalidValueError) as caught:
            evaluate(_targets(), _figures(value=["40.5"]), period="2019-2023", scale=0)
        assert (
            "evaluate(scale): got 0 (int); expected a scale of at least 1: the figures have "
            "up to 1 places, which fewer would round"
        ) == str(caught.value)

    def test_a_period_column_in_the_targets(self) -> None:
        """Each target may have its own period."""
        targets = _targets(period=["2019-2020"])
        figures = _figures(
            region=["A"] * 2, indicator=["jobs"] * 2, year=["2020", "2021"], value=["5", "7"]
        )
        row = _row(evaluate(targets, figures))
        assert (dt.date(2020, 12, 31), Decimal(5), 1) == (
            row["period_end"],
            row["achieved"],
            row["not_counted"],
        )

    def test_national_size(self, tmp_path: Path) -> None:
        """414,000 figures (552 × 150 × 5, 9 MB of CSV) are evaluated without a limit error."""
        regions = [f"R{r:03d}" for r in range(552)]
        indicators = [f"IK{i:03d}" for i in range(150)]
        rows = [(r, i) for r in regions for i in indicators]
        targets = pa.table(
            {
                "region": [r for r, _ in rows],
                "indicator": [i for _, i in rows],
                "direction": ["increase"] * len(rows),
                "accumulation": ["sum"] * len(rows),
                "unit": ["orang"] * len(rows),
                "target": ["1000"] * len(rows),
            }
        )
        years = ["2019", "2020", "2021", "2022", "2023"]
        figures = pa.table(
            {
                "region": [r for r, _ in rows for _ in years],
                "indicator": [i for _, i in rows for _ in years],
                "year": years * len(rows),
                "value": ["182.5"] * (5 * len(rows)),
            }
        )
        pacsv.write_csv(figures, tmp_path / "observations.csv")
        assert (tmp_path / "observations.csv").stat().st_size > 10 * 1024 * 1024 * 0.8
        result = evaluate(targets, tmp_path / "observations.csv", period="2019-2023")
        # 5 × 182.5 = 912.5 of 1000: 91.25 %, Sangat Tinggi, for every one of 82,800.
        assert (82_800, 552) == (result.indicators.num_rows, result.groups.num_rows)
        assert {"365/4"} == set(result.indicators.column("capaian").to_pylist())
        assert {"sangat_tinggi"} == set(result.groups.column("predikat").to_pylist())


class TestProblems:
    def test_every_bad_cell_at_its_line(self, tmp_path: Path) -> None:
        """Bad words and figures of the targets are all listed, each at its line and column."""
        targets = _write(
            tmp_path / "targets.csv",
            TARGET_HEADER + "\nA,jobs,up,sum,orang,0,1.5\nA,rate,decrease,average,persen,abc,5\n",
        )
        with pytest.raises(DataFileError) as caught:
            evaluate(targets, _figures(), period="2019-2023", locale="id")
        assert [
            "line 2, column 'direction': found 'up'; expected 'increase' or 'decrease'",
            "line 2, column 'target': found '1.5'; expected a figure such as 150.000 or "
            "8,81 (locale 'id')",
            "line 3, column 'accumulation': found 'average'; expected 'sum' or 'last'",
            "line 3, column 'baseline': found 'abc'; expected a figure such as 150.000 or "
            "8,81 (locale 'id')",
        ] == [str(p) for p in caught.value.problems]
        assert str(targets) == caught.value.file

    def test_floats_are_refused(self) -> None:
        """A column of floats is refused whole: 8.81 as a float is not 8.81."""
        figures = _figures(value=pa.array([8.81], pa.float64()))
        with pytest.raises(DataFileError) as caught:
            evaluate(_targets(), figures, period="2019-2023")
        assert [
            "column 'value': a column of floating-point numbers (double), which are "
            "not exact; expected text, integers or decimals"
        ] == [str(p) for p in caught.value.problems]

    def test_figures_for_no_target(self, tmp_path: Path) -> None:
        """A figure whose keys name no target is an error at its line, naming the keys."""
        figures = _write(
            tmp_path / "f.csv",
            "region,indicator,year,value\nA,jobs,2019,1\nB,jobs,2019,2\nC,jobs,2019,-\n",
        )
        with pytest.raises(DataFileError) as caught:
            evaluate(_targets(), figures, period="2019-2023")
        # A row with no figure counts too: a typo'd region must not vanish in silence.
        assert [
            "line 3: no target for region 'B', indicator 'jobs'",
            "line 4: no target for region 'C', indicator 'jobs'",
        ] == [str(p) for p in caught.value.problems]

    def test_one_problem_for_a_column_of_the_wrong_type(self) -> None:
        """A float column is one problem, not one more for every row it leaves empty."""
        targets = _targets(target=pa.array([100.0], pa.float64()))
        with pytest.raises(DataFileError) as caught:
            evaluate(targets, _figures(), period="2019-2023")
        assert 1 == len(caught.value.problems)
        with pytest.raises(DataFileError) as caught:
            evaluate(_targets(region=pa.array([1.5])), _figures(), period="2019-2023")
        assert ["column 'region': a column of double; expected text (or integers as ids)"] == [
            str(p) for p in caught.value.problems
        ]

    def test_decimal_columns_whatever_the_locale(self) -> None:
        """A decimal 1.500 is one and a half in an Indonesian table too, never 1500."""
        figures = _figures(value=pa.array([Decimal("1.500")], pa.decimal128(10, 3)))
        row = _row(evaluate(_targets(), figures, period="2019-2023", locale="id"))
        # 1.5 of 100: 1.5 %, exactly 3/2.
        assert (Decimal("1.5"), "3/2") == (row["achieved"], row["capaian"])
        thousands = _figures(value=pa.array([Decimal("2E+3")], pa.decimal128(5, -3)))
        targets = _targets(target=["4000"])
        assert "50" == _row(evaluate(targets, thousands, period="2019-2023"))["capaian"]

    def test_a_column_twice(self, tmp_path: Path) -> None:
        """Two columns of one name are refused: which holds the figures would be a guess."""
        figures = _write(tmp_path / "f.csv", "region,indicator,year,value,value\nA,jobs,2019,1,2\n")
        with pytest.raises(DataFileError) as caught:
            evaluate(_targets(), figures, period="2019-2023")
        assert [
            "line 1: the column 'value' twice (columns 4 and 5); expected each column once"
        ] == [str(p) for p in caught.value.problems]

    def test_not_utf8_and_not_csv(self, tmp_path: Path) -> None:
        """A Windows-1252 byte is found at its line; a gzip file is named as such."""
        figures = tmp_path / "f.csv"
        figures.write_bytes(b"region,indicator,year,value\nA,jobs,2019,1\nA,caf\xe9,2020,2\n")
        with pytest.raises(DataFileError) as caught:
            evaluate(_targets(), figures, period="2019-2023")
        assert [
            "line 3: the byte 0xE9 is not UTF-8 text (a file saved as Windows-1252?); "
            "expected the table saved as CSV UTF-8"
        ] == [str(p) for p in caught.value.problems]
        packed = tmp_path / "f.csv.gz"
        packed.write_bytes(b"\x1f\x8b\x08\x00")
        with pytest.raises(DataFileError, match="a gzip-compressed file"):
            evaluate(_targets(), packed, period="2019-2023")

    def test_a_target_twice(self) -> None:
        """Two rows with the same keys are refused, naming both."""
        targets = _targets(
            indicator=["jobs", "jobs"],
            target=["1", "2"],
        )
        with pytest.raises(DataFileError) as caught:
            evaluate(targets, _figures(), period="2019-2023")
        assert [
            "row 2: the target region 'A', indicator 'jobs' again (first on row 1); expected "
            "each target once"
        ] == [str(p) for p in caught.value.problems]

    def test_overlapping_flows(self) -> None:
        """A year and its first half, for a summed indicator, would count those days twice."""
        figures = pa.table(
            {
                "region": ["A", "A"],
                "indicator": ["jobs", "jobs"],
                "period": ["2020", "2020-01..2020-06"],
                "value": ["10", "4"],
            }
        )
        with pytest.raises(DataFileError) as caught:
            evaluate(_targets(), figures, period="2019-2023")
        assert [
            "row 2: a figure whose period overlaps the one on row 1, for a summed indicator: "
            "its days would be counted twice; expected one figure per period"
        ] == [str(p) for p in caught.value.problems]
        assert "observations" == caught.value.file

    def test_one_shared_day_is_an_overlap(self) -> None:
        """Halves sharing 30 June overlap by that day; the third figure is the one named."""
        figures = pa.table(
            {
                "region": ["A"] * 3,
                "indicator": ["jobs"] * 3,
                "period": ["2019", "2020-01-01..2020-06-30", "2020-06-30..2020-12-31"],
                "value": ["1", "2", "3"],
            }
        )
        with pytest.raises(DataFileError) as caught:
            evaluate(_targets(), figures, period="2019-2023")
        assert ["row 3: a figure whose period overlaps the one on row 2"] == [
            str(p).split(",")[0] for p in caught.value.problems
        ]

    def test_two_levels_on_one_date(self) -> None:
        """Two different levels for the latest date: which holds is not known."""
        targets = _targets(accumulation=["last"])
        figures = _figures(
            region=["A", "A"], indicator=["jobs", "jobs"], year=["2020", "2020"], value=["5", "6"]
        )
        with pytest.raises(DataFileError, match="row 1: a level ending on the day the latest one"):
            evaluate(targets, figures, period="2019-2023")

    def test_a_unit_that_does_not_match(self) -> None:
        """A figure given in another unit than its target's is refused."""
        figures = _figures(unit=["persen"])
        with pytest.raises(DataFileError) as caught:
            evaluate(_targets(), figures, period="2019-2023")
        assert [
            "row 1, column 'unit': found the unit 'persen'; expected its target's unit 'orang'"
        ] == [str(p) for p in caught.value.problems]

    def test_missing_columns_and_period(self) -> None:
        """A table without a required column, or without any period, says what it has."""
        with pytest.raises(DataFileError) as caught:
            evaluate(_targets().drop(["unit"]), _figures(), period="2019-2023")
        assert "columns: no column 'unit'; the table has 'region', 'indicator'" in str(caught.value)
        with pytest.raises(DataFileError, match="no period column and no period given"):
            evaluate(_targets(), _figures())

    def test_a_target_below_its_baseline(self) -> None:
        """A target on the wrong side of its baseline is refused, as Target refuses it."""
        with pytest.raises(DataFileError) as caught:
            evaluate(_targets(baseline=["10"], target=["5"]), _figures(), period="2019-2023")
        assert [
            "row 1, column 'target': found the target 5 below its baseline 10; expected a "
            "target at or above the baseline, for an indicator whose direction is increase"
        ] == [str(p) for p in caught.value.problems]

    def test_bad_arguments(self) -> None:
        """Arguments are checked before anything is read."""
        with pytest.raises(InvalidValueError, match="'C', 'id' or 'en'"):
            evaluate(_targets(), _figures(), period="2019-2023", locale="de")
        with pytest.raises(InvalidValueError, match="plan_mean 'indicators'"):
            evaluate(
                _targets(),
                _figures(),
                period="2019-2023",
                settings=Evaluation(plan_mean="children"),
            )
        with pytest.raises(InvalidValueError, match="a CSV or Parquet file that exists"):
            evaluate("no-such-file.csv", _figures(), period="2019-2023")


class TestExtra:
    def test_import_pledgekit_leaves_pyarrow_alone(self) -> None:
        """`import pledgekit` imports neither pyarrow nor numpy nor the table path."""
        code = (
            "import sys, pledgekit; "
            "print(sorted(m for m in ('pyarrow', 'numpy', 'pledgekit.table') if m in sys.modules))"
        )
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert "[]" == done.stdout.strip()

    def test_evaluating_leaves_pandas_alone(self, tmp_path: Path) -> None:
        """An evaluation from CSV files never makes pyarrow import pandas (0.2 s, 40 MiB)."""
        pytest.importorskip("pandas")  # only then could it be imported
        pacsv.write_csv(_targets(), tmp_path / "t.csv")
        pacsv.write_csv(_figures(), tmp_path / "f.csv")
        code = (
            "import sys; from pledgekit import table; "
            f"r = table.evaluate({str(tmp_path / 't.csv')!r}, {str(tmp_path / 'f.csv')!r}, "
            "period='2019-2023'); r.indicators.column('capaian'); print('pandas' in sys.modules)"
        )
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert "False" == done.stdout.strip()

    def test_the_callers_allocator_is_put_back(self) -> None:
        """The evaluation allocates from the system allocator and restores the default after."""
        before = pa.default_memory_pool().backend_name
        evaluate(_targets(), _figures(), period="2019-2023")
        with pytest.raises(DataFileError):
            evaluate(_targets(), _figures(value=["x"]), period="2019-2023")
        assert before == pa.default_memory_pool().backend_name

    def test_without_pyarrow(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without the extra, evaluate says which package and extra to install."""
        monkeypatch.setitem(sys.modules, "pyarrow", None)
        with pytest.raises(MissingExtraError) as caught:
            evaluate("targets.csv", "figures.csv")
        assert ("pyarrow", "tables") == (caught.value.package, caught.value.extra)
