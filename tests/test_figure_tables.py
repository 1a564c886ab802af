"""A case file that names the tables its figures are kept in: ``[[observation_tables]]``."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from pledgekit import DataFileError, InvalidValueError
from pledgekit.io import dumps, load, loads, read_observations

HEAD = """pledgekit_case = 2
title = "Tenaga kerja"
[[indicators]]
id = "jobs"
name = "Tenaga kerja"
unit = "orang"
direction = "increase"
accumulation = "sum"
[[targets]]
id = "jobs"
indicator = "jobs"
value = "150000"
period = "2019..2022"
[[observations]]
indicator = "jobs"
period = "2019"
value = "27197"
"""


def _case_dir(tmp_path: Path, table: str, entry: str) -> Path:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "realisasi.csv").write_text(table, encoding="utf-8")
    case = tmp_path / "case.toml"
    case.write_text(HEAD + "[[observation_tables]]\n" + entry, encoding="utf-8")
    return case


class TestReading:
    def test_figures_from_a_table_beside_the_file(self, tmp_path: Path) -> None:
        """The inline figure, then the table's, in Indonesian notation with mapped headers."""
        case = _case_dir(
            tmp_path,
            "Indikator;Thn;Capaian\njobs;2020;56.000\njobs;2021;58.000\njobs;2022;-\n",
            'path = "data/realisasi.csv"\nlocale = "id"\n'
            'columns = { indicator = "Indikator", year = "Thn", value = "Capaian" }\n',
        )
        figures = load(case).observations
        assert [(2019, Decimal(27197)), (2020, Decimal(56000)), (2021, Decimal(58000))] == [
            (o.period.start.year, o.value) for o in figures
        ]
        # 27,197 + 56,000 + 58,000 = 141,197 of 150,000.
        assert Decimal(141197) == load(case).assess().for_target("jobs").progress.achieved

    def test_dump_writes_the_figures_inline(self, tmp_path: Path) -> None:
        """The JSON case holds every figure, and reads back equal without the table."""
        case = _case_dir(
            tmp_path, "indicator,year,value\njobs,2020,56000\n", 'path = "data/realisasi.csv"\n'
        )
        loaded = load(case)
        assert loaded == loads(dumps(loaded), format="json")
        assert "observation_tables" not in dumps(loaded)

    def test_a_problem_in_the_table_names_the_table_and_its_line(self, tmp_path: Path) -> None:
        """A bad figure: the case file's line, the table's name, its line and column."""
        case = _case_dir(
            tmp_path, "indicator,year,value\njobs,2020,56.000,5\n", 'path = "data/realisasi.csv"\n'
        )
        with pytest.raises(DataFileError) as caught:
            load(case)
        (problem,) = caught.value.problems
        assert problem.location.endswith("observation_tables[0].path")
        assert problem.message.startswith(
            "data/realisasi.csv: line 2: 4 cells but the header names 3"
        )

    def test_a_mapped_header_that_is_not_there(self, tmp_path: Path) -> None:
        """The mapping names a header the table does not have: the header as read is shown."""
        case = _case_dir(
            tmp_path,
            "indicator,year,nilai\njobs,2020,56000\n",
            'path = "data/realisasi.csv"\ncolumns = { value = "Capaian" }\n',
        )
        with pytest.raises(
            DataFileError, match=r"no column headed 'Capaian'.*'indicator', 'year', 'nilai'"
        ):
            load(case)

    @pytest.mark.parametrize(
        ("path", "why"),
        [("../elsewhere.csv", "leads outside the folder"), ("/etc/passwd", "is absolute")],
    )
    def test_a_table_outside_the_folder_is_refused(
        self, tmp_path: Path, path: str, why: str
    ) -> None:
        """A case file reads tables in its own folder only."""
        case = _case_dir(tmp_path, "indicator,year,value\n", f'path = "{path}"\n')
        with pytest.raises(DataFileError, match=why):
            load(case)

    def test_a_missing_table(self, tmp_path: Path) -> None:
        """A table that is not there is named."""
        case = _case_dir(tmp_path, "", 'path = "data/nowhere.csv"\n')
        with pytest.raises(DataFileError, match=r"nowhere\.csv"):
            load(case)

    def test_unknown_key_in_an_entry(self, tmp_path: Path) -> None:
        """A misspelt key of the entry is named, with the keys it may have."""
        case = _case_dir(tmp_path, "", 'path = "data/realisasi.csv"\nlocal = "id"\n')
        with pytest.raises(DataFileError, match="unknown key 'local'; did you mean 'locale'"):
            load(case)

    def test_version_1_has_no_tables(self) -> None:
        """Version 1 of the format cannot name tables."""
        text = (
            HEAD.replace("pledgekit_case = 2", "pledgekit_case = 1")
            + '[[observation_tables]]\npath = "x.csv"\n'
        )
        with pytest.raises(DataFileError, match="needs version 2"):
            loads(text)


class TestColumnsMapping:
    def test_read_observations_with_columns(self) -> None:
        """read_observations maps the table's own headers to its columns."""
        from pledgekit import Accumulation, Direction, Indicator

        jobs = Indicator(
            "Jobs", "orang", direction=Direction.INCREASE, accumulation=Accumulation.SUM
        )
        rows = read_observations(
            "Thn,Capaian\n2020,56000\n",
            indicators=[jobs],
            columns={"year": "Thn", "value": "capaian"},
        )
        assert [(2020, Decimal(56000))] == [(o.period.start.year, o.value) for o in rows]

    def test_an_unknown_column_name_is_refused(self) -> None:
        """columns= maps pledgekit's column names only."""
        from pledgekit import Accumulation, Direction, Indicator

        jobs = Indicator(
            "Jobs", "orang", direction=Direction.INCREASE, accumulation=Accumulation.SUM
        )
        with pytest.raises(InvalidValueError, match="one of the column names"):
            read_observations("a\n", indicators=[jobs], columns={"valeu": "Capaian"})

    def test_an_unknown_header_suggests_the_mapping(self) -> None:
        """A header the reader does not know says how to map it."""
        from pledgekit import Accumulation, Direction, Indicator

        jobs = Indicator(
            "Jobs", "orang", direction=Direction.INCREASE, accumulation=Accumulation.SUM
        )
        with pytest.raises(DataFileError, match=r"unknown column 'Capaian'.*columns=\{\.\.\.\}"):
            read_observations("year,Capaian\n2020,1\n", indicators=[jobs])
