"""Observation tables grouped by region: rows read within their group, and the limits of tables."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from pledgekit import (
    Accumulation,
    DataFileError,
    Direction,
    Indicator,
    InvalidValueError,
)
from pledgekit.io import (
    MAX_FILE_BYTES,
    MAX_TABLE_BYTES,
    MAX_TABLE_ROWS,
    load,
    read_observations,
    write_observations,
)
from pledgekit.io._csv import GROUP_SEPARATOR


def indicator(group: str, local: str, name: str = "Penduduk miskin") -> Indicator:
    """The indicator ``local`` of the region ``group``, with the region's own id."""
    return Indicator(
        name,
        "persen",
        direction=Direction.DECREASE,
        accumulation=Accumulation.LAST,
        id=f"{group}.{local}",
    )


# Two regions, each with the same two indicator ids.
REGIONS = [indicator(g, i) for g in ("R001", "R002") for i in ("IK001", "IK002")]


def ids_and_values(text: str, **options: object) -> list[tuple[str, Decimal]]:
    """The indicator id and the value of each observation read."""
    options.setdefault("indicators", REGIONS)
    rows = read_observations(text, **options)  # type: ignore[arg-type]
    return [(o.indicator.id, o.value) for o in rows if o.indicator is not None]


def problems_of(text: str, **options: object) -> list[tuple[str, str]]:
    """The problems read_observations() reports for a table that must fail."""
    options.setdefault("indicators", REGIONS)
    with pytest.raises(DataFileError) as caught:
        read_observations(text, **options)  # type: ignore[arg-type]
    return [tuple(problem) for problem in caught.value.problems]


class TestGroupColumn:
    def test_rows_read_within_their_region(self) -> None:
        """The same id in two regions is two indicators: the region's id, '.', the id."""
        text = "region,indicator,year,value\nR001,IK001,2022,4.21\nR002,IK001,2022,2.17\n"
        assert [("R001.IK001", Decimal("4.21")), ("R002.IK001", Decimal("2.17"))] == (
            ids_and_values(text)
        )

    def test_separator_is_a_point(self) -> None:
        """The separator is a point, a character an indicator's id may hold."""
        assert "." == GROUP_SEPARATOR

    def test_whole_id_in_the_cell(self) -> None:
        """An indicator cell may already hold the region-qualified id."""
        text = "region,indicator,year,value\nR002,R002.IK002,2022,1\n"
        assert [("R002.IK002", Decimal("1"))] == ids_and_values(text)

    @pytest.mark.parametrize("header", ["group", "Region", "wilayah", "DAERAH"])
    def test_headers(self, header: str) -> None:
        """The grouping column is found by its English or Indonesian header, in any case."""
        text = f"{header};indikator;tahun;nilai\nR001;IK002;2022;3\n"
        assert [("R001.IK002", Decimal("3"))] == ids_and_values(text)

    def test_group_by_names_the_header(self) -> None:
        """group_by names a grouping column with a header of its own."""
        text = "Kode Wilayah,indicator,year,value\nR002,IK001,2021,5\n"
        assert [("R002.IK001", Decimal("5"))] == ids_and_values(text, group_by="kode wilayah")

    def test_columns_maps_the_group(self) -> None:
        """columns={'group': ...} says the same as group_by."""
        text = "kab,indicator,year,value\nR002,IK001,2021,5\n"
        assert [("R002.IK001", Decimal("5"))] == ids_and_values(text, columns={"group": "kab"})

    def test_codes_with_points(self) -> None:
        """A region's code may hold points itself: 32.75 and IK001 are 32.75.IK001."""
        bekasi = indicator("32.75", "IK001")
        text = 'wilayah,indikator,tahun,nilai\n32.75,IK001,2022,"4,21"\n'
        assert [("32.75.IK001", Decimal("4.21"))] == ids_and_values(
            text, indicators=[bekasi], locale="id"
        )

    def test_by_name_within_the_group(self) -> None:
        """A name shared by every region's indicator means the row's region's."""
        named = [indicator(g, "IK009", name="Angka harapan hidup") for g in ("R001", "R002")]
        text = "region,indicator,year,value\nR002,Angka harapan hidup,2022,70\n"
        assert [("R002.IK009", Decimal("70"))] == ids_and_values(text, indicators=named)

    def test_written_back_with_whole_ids(self) -> None:
        """write_observations writes the whole ids, which read back equal with no group column."""
        rows = read_observations(
            "region,indicator,year,value\nR001,IK001,2022,4.21\nR002,IK002,2023,1.5\n",
            indicators=REGIONS,
        )
        assert rows == read_observations(write_observations(rows), indicators=REGIONS)

    def test_workbook_sheet(self, tmp_path: Path) -> None:
        """A workbook's sheet is read within its groups as a CSV table is."""
        openpyxl = pytest.importorskip("openpyxl")
        book = openpyxl.Workbook()
        sheet = book.active
        for row in (["Wilayah", "Indikator", "Tahun", "Nilai"], ["R002", "IK002", 2022, 8.81]):
            sheet.append(row)
        book.save(tmp_path / "realisasi.xlsx")
        assert [("R002.IK002", Decimal("8.81"))] == ids_and_values(str(tmp_path / "realisasi.xlsx"))

    def test_case_file_table(self, tmp_path: Path) -> None:
        """An [[observation_tables]] entry takes group_by, and columns may map 'group'."""
        (tmp_path / "a.csv").write_text("kode,indicator,year,value\nR001,IK001,2022,4\n")
        (tmp_path / "b.csv").write_text("kab,indicator,year,value\nR001,IK001,2023,3\n")
        (tmp_path / "case.toml").write_text(
            'pledgekit_case = 2\ntitle = "Nasional"\n'
            '[[indicators]]\nid = "R001.IK001"\nname = "Kemiskinan"\nunit = "persen"\n'
            'direction = "decrease"\naccumulation = "last"\n'
            '[[observation_tables]]\npath = "a.csv"\ngroup_by = "kode"\n'
            '[[observation_tables]]\npath = "b.csv"\ncolumns = { group = "kab" }\n',
            encoding="utf-8",
        )
        observations = load(tmp_path / "case.toml").observations
        assert [("R001.IK001", 2022, Decimal("4")), ("R001.IK001", 2023, Decimal("3"))] == [
            (o.indicator.id, o.period.start.year, o.value)
            for o in observations
            if o.indicator is not None
        ]

    def test_case_file_group_by_not_a_string(self, tmp_path: Path) -> None:
        """An [[observation_tables]] entry's group_by is a header, a string."""
        (tmp_path / "case.toml").write_text(
            'pledgekit_case = 2\ntitle = "Nasional"\n'
            '[[observation_tables]]\npath = "a.csv"\ngroup_by = 3\n',
            encoding="utf-8",
        )
        with pytest.raises(DataFileError) as caught:
            load(tmp_path / "case.toml")
        assert [
            (
                "line 5, observation_tables[0].group_by",
                "found the integer 3; expected the header of the column that groups the rows "
                "(a string)",
            )
        ] == [tuple(p) for p in caught.value.problems]


class TestGroupErrors:
    @pytest.mark.parametrize("cell", ["", "-"])
    def test_empty_group(self, cell: str) -> None:
        """A row with no group is a problem at its group cell, not a national figure."""
        assert [
            (
                "line 2, column 'group'",
                "empty; expected the row's group (such as a region's code), within which "
                "its indicator is read",
            )
        ] == problems_of(f"region,indicator,year,value\n{cell},IK001,2022,1\n")

    def test_group_that_is_not_an_id(self) -> None:
        """A region's name with a space cannot begin an id: the cell says so."""
        assert [
            (
                "line 2, column 'group'",
                "found 'Kota Bekasi'; expected the id of a group: letters, digits, '.', '_' "
                "or '-', starting with a letter or a digit, such as 'R001' (the ids of its "
                "indicators begin with it: 'R001.IK001')",
            )
        ] == problems_of("region,indicator,year,value\nKota Bekasi,IK001,2022,1\n")

    def test_unknown_indicator_of_the_group(self) -> None:
        """An id the region lacks is named, with the region's nearest one."""
        assert [
            (
                "line 2, column 'indicator'",
                "found 'IK01', which is not an indicator of the group 'R001' given (no "
                "indicator has the id 'R001.IK01'); did you mean 'IK001'? (the group has: "
                "'IK001', 'IK002')",
            )
        ] == problems_of("region,indicator,year,value\nR001,IK01,2022,1\n")

    def test_unknown_group(self) -> None:
        """A region no indicator is in is named at its cell, with the nearest region."""
        assert [
            (
                "line 2, column 'group'",
                "found 'R02', which no indicator given is in (no id begins with 'R02.'); "
                "expected a group of the indicators given; did you mean 'R002'?",
            )
        ] == problems_of("region,indicator,year,value\nR02,IK001,2022,1\n")

    def test_indicator_of_another_group(self) -> None:
        """A whole id of another region is refused, and the message says whose it is."""
        assert [
            (
                "line 2, column 'indicator'",
                "found 'R002.IK001', which is not an indicator of the group 'R001' given (no "
                "indicator has the id 'R001.R002.IK001'); did you mean 'IK001'?; "
                "'R002.IK001' is the id of an indicator given, but this row is read within "
                "the group 'R001' (the group has: 'IK001', 'IK002')",
            )
        ] == problems_of("region,indicator,year,value\nR001,R002.IK001,2022,1\n")

    def test_empty_indicator(self) -> None:
        """A grouped row must name its indicator, even when one indicator is given."""
        assert [
            (
                "line 2, column 'indicator'",
                "empty; expected the id of an indicator of the group 'R001'",
            )
        ] == problems_of(
            "region,indicator,year,value\nR001,,2022,1\n", indicators=[indicator("R001", "X")]
        )

    def test_two_indicators_meant(self) -> None:
        """A cell that is both an id within the group and a whole id is refused."""
        both = [indicator("R001", "IK001"), indicator("R001", "R001.IK001")]
        assert [
            (
                "line 2, column 'indicator'",
                "'R001.IK001' names two indicators of the group 'R001': 'R001.R001.IK001' and "
                "'R001.IK001'; expected one: write 'IK001' for 'R001.IK001', or "
                "'R001.R001.IK001' for the other",
            )
        ] == problems_of("region,indicator,year,value\nR001,R001.IK001,2022,1\n", indicators=both)

    def test_name_of_two_indicators_in_the_group(self) -> None:
        """A name two indicators of the region share is refused, naming both."""
        twins = [indicator("R001", "A"), indicator("R001", "B")]
        assert [
            (
                "line 2, column 'indicator'",
                "found 'Penduduk miskin', the name of 2 indicators of the group 'R001' "
                "('R001.A', 'R001.B'); expected the id of one",
            )
        ] == problems_of(
            "region,indicator,year,value\nR001,Penduduk miskin,2022,1\n", indicators=twins
        )

    def test_every_row_and_the_rest_counted(self) -> None:
        """Every row that names no indicator is a problem; past 50 they are counted."""
        text = "region,indicator,year,value\n" + "R001,IK999,2022,1\n" * 60
        problems = problems_of(text)
        # 60 rows: 50 listed (lines 2 to 51), and 60 - 50 = 10 counted.
        assert [f"line {n}, column 'indicator'" for n in range(2, 52)] + ["..."] == [
            location for location, _ in problems
        ]
        assert "10 more problems not listed" == problems[-1][1]

    def test_group_without_indicator_column(self) -> None:
        """A grouping column needs an indicator column to read within the group."""
        assert [
            (
                "line 1",
                "a 'group' column but no 'indicator' column; expected an 'indicator' column "
                "naming each row's indicator within its group",
            )
        ] == problems_of("region,year,value\nR001,2022,1\n")

    def test_group_by_header_absent(self) -> None:
        """group_by names a header the table lacks: the header is read out."""
        assert [
            (
                "line 1",
                "no column headed 'kode' (group_by names it); the header reads 'indicator', "
                "'year', 'value'",
            )
        ] == problems_of("indicator,year,value\nR001.IK001,2022,1\n", group_by="kode")

    def test_group_by_and_columns_group(self) -> None:
        """group_by and a 'group' in columns= would name two grouping columns."""
        with pytest.raises(InvalidValueError) as caught:
            read_observations(
                "a,b\n", indicators=REGIONS, group_by="kode", columns={"group": "kab"}
            )
        assert (
            "read_observations(group_by): got 'kode' (str); expected None, as columns= already maps "
            "'group' to 'kab'"
        ) == str(caught.value)

    @pytest.mark.parametrize("given", ["", 3])
    def test_group_by_not_a_header(self, given: object) -> None:
        """group_by is a header: a non-empty string."""
        with pytest.raises(InvalidValueError, match=r"read_observations\(group_by\)"):
            read_observations("a,b\n", indicators=REGIONS, group_by=given)  # type: ignore[arg-type]

    def test_national_table_without_group_column(self) -> None:
        """Region-local ids in a table with no grouping column point to the column."""
        assert [
            (
                "line 2, column 'indicator'",
                "found 'IK001', which is not the id of an indicator given (given: "
                "'R001.IK001', 'R001.IK002', 'R002.IK001', 'R002.IK002'); 2 indicators given "
                "have ids ending '.IK001', such as 'R001.IK001': a table with a column for the "
                "group (region) of each row reads each row's indicator within its group (name "
                "the column group, region, wilayah or daerah, or pass group_by=)",
            )
        ] == problems_of("indicator,year,value\nIK001,2022,1\n")

    def test_name_of_two_indicators(self) -> None:
        """Without groups, a name two indicators share is refused, not given to the last."""
        assert [
            (
                "line 2, column 'indicator'",
                "found 'Penduduk miskin', the name of 4 indicators given ('R001.IK001', "
                "'R001.IK002', 'R002.IK001', 'R002.IK002'); expected the id of one",
            )
        ] == problems_of("indicator,year,value\nPenduduk miskin,2022,1\n")


def national_table(regions: int = 552, indicators: int = 150) -> str:
    """A national table as a ministry writes it: region, indicator, year, value."""
    lines = ["region,indicator,year,value"]
    for r in range(1, regions + 1):
        for i in range(1, indicators + 1):
            for year in range(2019, 2024):
                # 26 bytes a row, such as "R001,IK001,2019,12345.678"
                lines.append(
                    f"R{r:03d},IK{i:03d},{year},{10_000 + r * i % 90_000}.{year % 1000:03d}"
                )
    return "\n".join(lines) + "\n"


class TestTableLimits:
    def test_limits_are_a_national_tables(self) -> None:
        """Tables may hold 5,000,000 rows and 256 MiB, far beyond the case file's 10 MiB."""
        assert (5_000_000, 256 * 1024 * 1024, 10 * 1024 * 1024) == (
            MAX_TABLE_ROWS,
            MAX_TABLE_BYTES,
            MAX_FILE_BYTES,
        )

    @pytest.mark.slow
    def test_national_table(self, tmp_path: Path) -> None:
        """552 regions × 150 indicators × 5 years (414,000 rows, over 10 MiB) read in full."""
        path = tmp_path / "observations.csv"
        path.write_text(national_table(), encoding="utf-8")
        assert path.stat().st_size > MAX_FILE_BYTES  # 414,000 × 26 bytes and a header
        given = [indicator(f"R{r:03d}", f"IK{i:03d}") for r in range(1, 553) for i in range(1, 151)]
        rows = read_observations(path, indicators=given)
        assert 414_000 == len(rows)
        last = rows[-1]
        # R552, IK150, 2023: 10,000 + 552 × 150 mod 90,000 = 10,000 + 82,800; places 023.
        assert ("R552.IK150", 2023, Decimal("92800.023")) == (
            last.indicator.id if last.indicator else None,
            last.period.start.year,
            last.value,
        )

    def test_too_many_rows(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A table with more rows than MAX_TABLE_ROWS is refused at the first row too many."""
        monkeypatch.setattr("pledgekit.io._csv.MAX_TABLE_ROWS", 3)
        text = "indicator,year,value\n" + "R001.IK001,2022,1\n" * 4
        assert [("line 5", "more than 3 rows below the header; expected a smaller table")] == (
            problems_of(text)
        )

    def test_rows_up_to_the_limit(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A table with exactly MAX_TABLE_ROWS rows is read."""
        monkeypatch.setattr("pledgekit.io._csv.MAX_TABLE_ROWS", 3)
        text = "indicator,year,value\n" + "R001.IK001,2022,1\n" * 3
        assert 3 == len(read_observations(text, indicators=REGIONS))

    def test_file_too_large(self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
        """A CSV file over MAX_TABLE_BYTES is a table too large, not a case file."""
        monkeypatch.setattr("pledgekit.io._csv.MAX_TABLE_BYTES", 1024 * 1024)
        path = tmp_path / "big.csv"
        path.write_bytes(b"indicator,year,value\n" + b"#" * (1024 * 1024))
        assert [("file", "larger than 1 MiB; expected a smaller table")] == problems_of(str(path))

    def test_text_too_large(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """CSV text over MAX_TABLE_BYTES in UTF-8 is refused, as a table."""
        monkeypatch.setattr("pledgekit.io._csv.MAX_TABLE_BYTES", 1024 * 1024)
        # 300,000 characters of 4 bytes each: 1,200,000 bytes, over 1,048,576.
        text = "indicator,year,value\n" + "\U0001f4c8" * 300_000
        assert [("text", "larger than 1 MiB; expected a smaller table (in UTF-8)")] == (
            problems_of(text)
        )

    def test_workbook_too_large(self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
        """A workbook of figures too large is a table too large, not a plan table."""
        monkeypatch.setattr("pledgekit.io._grid.MAX_FILE_BYTES", 1024 * 1024)
        path = tmp_path / "big.xlsx"
        path.write_bytes(b"PK\x03\x04" + b"\x00" * (1024 * 1024))
        assert [("file", "larger than 1 MiB; expected a smaller table")] == problems_of(str(path))
