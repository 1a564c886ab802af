"""National tables through Parquet: inputs and results round-trip, and per-region partitions add up.

The data are three regions (by their BPS codes, as text) with a summed indicator
(``jobs``) and a level where less is better (``tpt``, the open unemployment rate) each,
for the plan period 2019-2023. Expected values are worked by hand in the comments.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

pa = pytest.importorskip("pyarrow")
pytest.importorskip("numpy")

import pyarrow.compute as pc  # noqa: E402
import pyarrow.dataset as ds  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402

from pledgekit import table  # noqa: E402

REGIONS = ("3201", "3275", "3276")
AS_OF = dt.date(2021, 12, 31)
# Hive partitions read back as text: a code such as 3275 would otherwise be an integer.
BY_REGION = ds.partitioning(pa.schema([("region", pa.string())]), flavor="hive")
KEYS = [("region", "ascending"), ("indicator", "ascending")]


def targets() -> Any:
    """Two targets per region: jobs (sum, more is better) and tpt (last, less is better)."""
    return pa.table(
        {
            "region": ["3201", "3201", "3275", "3275", "3276", "3276"],
            "indicator": ["jobs", "tpt"] * 3,
            "direction": ["increase", "decrease"] * 3,
            "accumulation": ["sum", "last"] * 3,
            "unit": ["orang", "persen"] * 3,
            "baseline": ["0", "10.0", "0", "10.00", "0", "7.5"],
            "target": ["1000", "8.0", "150000", "8.00", "100000", "6.5"],
            "period": ["2019-2023"] * 6,
        }
    )


def figures() -> Any:
    """Yearly figures: one outside the period (3276 jobs, 2018), one target with none."""
    rows = [
        ("3201", "jobs", "2019", "300"),
        ("3201", "jobs", "2020", "400"),
        ("3201", "tpt", "2019", "9.5"),
        ("3201", "tpt", "2021", "8.4"),
        ("3275", "jobs", "2019", "27197"),
        ("3275", "jobs", "2020", "56000"),
        ("3275", "jobs", "2021", "58000"),
        ("3275", "tpt", "2021", "8.81"),
        ("3276", "jobs", "2018", "5000"),
        ("3276", "jobs", "2019", "45000"),
        ("3276", "jobs", "2020", "45996"),
        ("3276", "tpt", "2019", "-"),
    ]
    names = ("region", "indicator", "year", "value")
    return pa.table({name: [row[i] for row in rows] for i, name in enumerate(names)})


def write_csv(data: Any, path: Path) -> Path:
    """A table as a CSV file of text cells (no quoting needed for these values)."""
    lines = [",".join(data.column_names)]
    lines += [",".join(row.values()) for row in data.to_pylist()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def region_of(data: Any, region: str) -> Any:
    """The rows of one region."""
    return data.filter(pc.equal(data.column("region"), region))


def rows(result_table: Any, *columns: str) -> list[tuple[Any, ...]]:
    """Chosen columns of a table, row by row."""
    return [tuple(row.values()) for row in result_table.select(list(columns)).to_pylist()]


class TestHandValues:
    """The data's results, worked by hand, so that the round trips compare real numbers."""

    def test_indicators(self) -> None:
        """Achieved, exact capaian, display and predikat of every target."""
        result = table.evaluate(targets(), figures())
        # 3201 jobs: 300 + 400 = 700 of 1000: 700 / 1000 × 100 = 70, sedang (66 to 76).
        # 3201 tpt: the latest, 8.4 (2021); (2 × 8.0 − 8.4) / 8.0 × 100 = 7.6 / 8 × 100 = 95.
        # 3275 jobs: 27197 + 56000 + 58000 = 141197; × 100 / 150000 = 141197/1500 = 94.13…
        # 3275 tpt: (16.00 − 8.81) / 8.00 × 100 = 719/8 = 89.875, half-up 89.88, tinggi.
        # 3276 jobs: 2018 is outside 2019-2023; 45000 + 45996 = 90996, × 100 / 100000 =
        #   22749/250 = 90.996: half-up 91.00 is the edge it does not reach, so 90.99.
        # 3276 tpt: its one row is "-", no figure: no capaian, achieved = baseline 7.5.
        # One scale for all amounts: the most places of any input, 2 (10.00, 8.81).
        expected = [
            ("3201", "jobs", Decimal("700.00"), "70", Decimal("70.00"), "sedang"),
            ("3201", "tpt", Decimal("8.40"), "95", Decimal("95.00"), "sangat_tinggi"),
            (
                "3275",
                "jobs",
                Decimal("141197.00"),
                "141197/1500",
                Decimal("94.13"),
                "sangat_tinggi",
            ),
            ("3275", "tpt", Decimal("8.81"), "719/8", Decimal("89.88"), "tinggi"),
            ("3276", "jobs", Decimal("90996.00"), "22749/250", Decimal("90.99"), "tinggi"),
            ("3276", "tpt", Decimal("7.50"), None, None, None),
        ]
        columns = ("region", "indicator", "achieved", "capaian", "capaian_percent", "predikat")
        assert expected == rows(result.indicators, *columns)

    def test_groups(self) -> None:
        """Each region's unweighted mean over its rated targets."""
        result = table.evaluate(targets(), figures())
        # 3201: (70 + 95) / 2 = 82.5, tinggi. 3275: (141197/1500 + 719/8) / 2 =
        # (94.1313… + 89.875) / 2 = 92.0031…, sangat tinggi. 3276: one rated target,
        # 22749/250 = 90.996, shown 90.99, tinggi.
        expected = [
            ("3201", 2, 2, Decimal("82.50"), "tinggi"),
            ("3275", 2, 2, Decimal("92.00"), "sangat_tinggi"),
            ("3276", 2, 1, Decimal("90.99"), "tinggi"),
        ]
        assert expected == rows(result.groups, *result.groups.column_names)

    def test_not_counted(self) -> None:
        """The 2018 figure of 3276 jobs, the 9th row of the figures, is outside the period."""
        result = table.evaluate(targets(), figures())
        expected = [("3276", "jobs", 9, dt.date(2018, 12, 31), Decimal("5000.00"), "outside")]
        assert expected == rows(
            result.not_counted, "region", "indicator", "row", "period_end", "value", "reason"
        )


class TestParquetInputs:
    """Inputs written to Parquet give the results of the same tables in memory or as CSV."""

    def test_parquet_files_as_in_memory_tables(self, tmp_path: Path) -> None:
        """Every result table is equal, types included."""
        pq.write_table(targets(), tmp_path / "targets.parquet")
        pq.write_table(figures(), tmp_path / "figures.parquet")
        expected = table.evaluate(targets(), figures())
        actual = table.evaluate(tmp_path / "targets.parquet", tmp_path / "figures.parquet")
        assert expected.indicators.equals(actual.indicators)
        assert expected.groups.equals(actual.groups)
        assert expected.not_counted.equals(actual.not_counted)
        assert expected.exact_groups == actual.exact_groups

    def test_parquet_files_as_csv_files(self, tmp_path: Path) -> None:
        """Indicators and groups are equal; a CSV figure is located by line (row + 1)."""
        pq.write_table(targets(), tmp_path / "targets.parquet")
        pq.write_table(figures(), tmp_path / "figures.parquet")
        from_parquet = table.evaluate(tmp_path / "targets.parquet", tmp_path / "figures.parquet")
        from_csv = table.evaluate(
            write_csv(targets(), tmp_path / "targets.csv"),
            write_csv(figures(), tmp_path / "figures.csv"),
        )
        assert from_parquet.indicators.equals(from_csv.indicators)
        assert from_parquet.groups.equals(from_csv.groups)
        # The 9th row of figures is line 10 of the CSV file, its header being line 1.
        assert [10] == from_csv.not_counted.column("line").to_pylist()
        assert [9] == from_parquet.not_counted.column("row").to_pylist()

    def test_typed_parquet_columns(self, tmp_path: Path) -> None:
        """Integer years and decimal128 values in Parquet give the results of text cells."""
        text = figures()
        values = [None if v == "-" else Decimal(v) for v in text.column("value").to_pylist()]
        typed = text.set_column(3, "value", pa.array(values, type=pa.decimal128(12, 2)))
        typed = typed.set_column(2, "year", pc.cast(text.column("year"), pa.int32()))
        pq.write_table(typed, tmp_path / "figures.parquet")
        expected = table.evaluate(targets(), text)
        actual = table.evaluate(targets(), tmp_path / "figures.parquet")
        assert expected.indicators.equals(actual.indicators)
        assert expected.groups.equals(actual.groups)


class TestParquetResults:
    """Result tables written to Parquet read back equal, decimals and dates included."""

    @pytest.mark.parametrize("name", ["indicators", "groups", "not_counted"])
    def test_round_trip(self, tmp_path: Path, name: str) -> None:
        """The table read back is equal to the one written, schema included."""
        written = getattr(table.evaluate(targets(), figures()), name)
        pq.write_table(written, tmp_path / f"{name}.parquet")
        back = pq.read_table(tmp_path / f"{name}.parquet")
        assert written.schema.remove_metadata() == back.schema.remove_metadata()
        assert written.equals(back)

    def test_types_kept(self, tmp_path: Path) -> None:
        """decimal128 stays decimal128 at its scale, and date32 stays date32."""
        written = table.evaluate(targets(), figures()).indicators
        pq.write_table(written, tmp_path / "indicators.parquet")
        back = pq.read_table(tmp_path / "indicators.parquet").schema
        assert pa.decimal128(38, 2) == back.field("achieved").type
        assert pa.decimal128(38, 2) == back.field("capaian_percent").type
        assert pa.date32() == back.field("as_of").type
        assert pa.string() == back.field("capaian").type


def per_region(target_table: Any, figure_table: Any, as_of: dt.date | None) -> list[Any]:
    """Each region evaluated on its own rows."""
    return [
        table.evaluate(region_of(target_table, r), region_of(figure_table, r), as_of=as_of)
        for r in REGIONS
    ]


class TestPerRegion:
    """Evaluating region by region and concatenating gives the whole table's rows."""

    def test_indicators(self) -> None:
        """Cast to the whole result's schema, the concatenation is the whole table's."""
        whole = table.evaluate(targets(), figures(), as_of=AS_OF)
        parts = per_region(targets(), figures(), AS_OF)
        schema = whole.indicators.schema
        joined = pa.concat_tables([part.indicators.cast(schema) for part in parts])
        assert whole.indicators.equals(joined)

    def test_groups(self) -> None:
        """The groups are equal, sorted by region (a partition's order is its own)."""
        whole = table.evaluate(targets(), figures(), as_of=AS_OF)
        parts = per_region(targets(), figures(), AS_OF)
        joined = pa.concat_tables([part.groups for part in reversed(parts)])
        assert whole.groups.sort_by("region").equals(joined.sort_by("region"))

    def test_scales_differ(self) -> None:
        """Each partition holds its amounts at its own inputs' most places."""
        parts = per_region(targets(), figures(), AS_OF)
        # 3201: 10.0, 8.0, 9.5, 8.4 (1 place); 3275: 10.00, 8.00, 8.81 (2); 3276: 7.5, 6.5 (1).
        expected = [pa.decimal128(38, 1), pa.decimal128(38, 2), pa.decimal128(38, 1)]
        assert expected == [part.indicators.schema.field("achieved").type for part in parts]

    def test_as_of_of_a_target_without_figures(self) -> None:
        """Without as_of, a target with no figure takes its own partition's latest date."""
        whole = table.evaluate(targets(), figures())
        parts = per_region(targets(), figures(), None)
        # 3276 tpt has no figure: the whole table's latest figure ends 2021-12-31 (3201,
        # 3275), the partition 3276's latest 2020-12-31 (its jobs figure of 2020).
        assert dt.date(2021, 12, 31) == whole.indicators.column("as_of")[5].as_py()
        assert dt.date(2020, 12, 31) == parts[2].indicators.column("as_of")[1].as_py()
        # Every other cell is the same.
        schema = whole.indicators.schema
        joined = pa.concat_tables([part.indicators.cast(schema) for part in parts])
        assert whole.indicators.drop_columns(["as_of"]).equals(joined.drop_columns(["as_of"]))


class TestPartitionedDataset:
    """A pyarrow dataset partitioned by region, read back one region at a time."""

    def write_inputs(self, folder: Path) -> tuple[Any, Any]:
        """Both inputs as hive-partitioned Parquet datasets; the datasets opened again."""
        for name, data in (("targets", targets()), ("figures", figures())):
            ds.write_dataset(data, folder / name, format="parquet", partitioning=BY_REGION)
        return tuple(
            ds.dataset(folder / name, format="parquet", partitioning=BY_REGION)
            for name in ("targets", "figures")
        )

    def test_one_folder_per_region(self, tmp_path: Path) -> None:
        """The dataset has a region=<code> folder per region."""
        self.write_inputs(tmp_path)
        expected = [f"region={r}" for r in REGIONS]
        assert expected == sorted(p.name for p in (tmp_path / "figures").iterdir())

    def test_per_partition_evaluation(self, tmp_path: Path) -> None:
        """Each partition evaluated gives the whole table's rows for its region."""
        target_data, figure_data = self.write_inputs(tmp_path)
        whole = table.evaluate(targets(), figures(), as_of=AS_OF)
        schema = whole.indicators.schema
        indicators, groups = [], []
        for region in REGIONS:
            where = ds.field("region") == region
            part = table.evaluate(
                target_data.to_table(filter=where),
                figure_data.to_table(filter=where),
                as_of=AS_OF,
            )
            indicators.append(part.indicators.cast(schema))
            groups.append(part.groups)
        assert whole.indicators.sort_by(KEYS).equals(pa.concat_tables(indicators).sort_by(KEYS))
        assert whole.groups.sort_by("region").equals(pa.concat_tables(groups).sort_by("region"))

    def test_results_partitioned_by_region(self, tmp_path: Path) -> None:
        """Results written partitioned by region read back equal, with the region as text."""
        written = table.evaluate(targets(), figures()).indicators
        ds.write_dataset(written, tmp_path / "results", format="parquet", partitioning=BY_REGION)
        data = ds.dataset(tmp_path / "results", format="parquet", partitioning=BY_REGION)
        back = data.to_table().select(written.column_names).sort_by(KEYS)
        assert written.schema.remove_metadata() == back.schema.remove_metadata()
        assert written.sort_by(KEYS).equals(back)
