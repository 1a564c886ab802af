"""Case files and interchange: TOML in, JSON both ways, CSV tables, schema, exports.

- [`load`][pledgekit.load] / [`loads`][pledgekit.loads] read a whole case from TOML
  (written by hand) or JSON; [`dump`][pledgekit.dump] / [`dumps`][pledgekit.dumps] write
  it as JSON, losslessly.
- [`structure`][pledgekit.io.structure] / [`unstructure`][pledgekit.io.unstructure]
  (from [`pledgekit.io.converter`][pledgekit.io.converter]) turn any one case object, a
  Pledge or a Claim as much as a whole Case, into the data of the case file and back:
  the one converter behind every format here.
- [`read_observations`][pledgekit.io.read_observations] /
  [`write_observations`][pledgekit.io.write_observations] read and write observation
  tables as CSV, in plain or Indonesian notation.
- [`read_plan_table`][pledgekit.io.read_plan_table] reads a plan table (RPJMD
  indicators, as offices keep them in an .xlsx workbook or a CSV file) into a case:
  plan, indicators, targets, figures.
- [`schema`][pledgekit.schema] is the JSON Schema of the case file.
- [`write_evaluation`][pledgekit.io.write_evaluation] writes the Permendagri 86
  evaluation form of a plan ("Evaluasi terhadap hasil RPJMD") as an Excel workbook, CSV
  or Markdown.
- [`to_datapackage`][pledgekit.io.to_datapackage] writes a Frictionless Data Package;
  [`to_popolo`][pledgekit.io.to_popolo] / [`from_popolo`][pledgekit.io.from_popolo]
  speak Popolo about who made the pledges; [`to_records`][pledgekit.io.to_records] and
  [`to_dataframe`][pledgekit.io.to_dataframe] hand an assessment to table tools.

Every problem in a file raises [`DataFileError`][pledgekit.DataFileError], naming the file, the
line or field, what was found and what was expected. Loaders never execute anything
from a file and refuse files larger than [`MAX_FILE_BYTES`][pledgekit.io.MAX_FILE_BYTES]
(observation tables: [`MAX_TABLE_BYTES`][pledgekit.io.MAX_TABLE_BYTES] and
[`MAX_TABLE_ROWS`][pledgekit.io.MAX_TABLE_ROWS]). The format is described in
``docs/files.md``.

>>> from pledgekit.io import load
>>> case = load("examples/bekasi/case.toml")
>>> [str(o.value) for o in case.observations]
['27197', '56000', '58000', '5108']
"""

from __future__ import annotations

from pledgekit.io._case_file import FORMAT_VERSION, dump, dumps, load, loads
from pledgekit.io._csv import COLUMNS, read_observations, write_observations
from pledgekit.io._evaluation_form import FORM_FORMATS, FormFormat, write_evaluation
from pledgekit.io._frictionless import to_datapackage
from pledgekit.io._limits import (
    MAX_DEPTH,
    MAX_FILE_BYTES,
    MAX_ITEMS,
    MAX_PLAN_COLUMNS,
    MAX_PLAN_ROWS,
    MAX_TABLE_BYTES,
    MAX_TABLE_ROWS,
    MAX_TEXT_LENGTH,
)
from pledgekit.io._plan_table import read_plan_table
from pledgekit.io._popolo import from_popolo, to_popolo
from pledgekit.io._records import MissingExtraError, Record, to_dataframe, to_records
from pledgekit.io._schema import schema
from pledgekit.io.converter import structure, unstructure

__all__ = [
    "COLUMNS",
    "FORMAT_VERSION",
    "FORM_FORMATS",
    "MAX_DEPTH",
    "MAX_FILE_BYTES",
    "MAX_ITEMS",
    "MAX_PLAN_COLUMNS",
    "MAX_PLAN_ROWS",
    "MAX_TABLE_BYTES",
    "MAX_TABLE_ROWS",
    "MAX_TEXT_LENGTH",
    "FormFormat",
    "MissingExtraError",
    "Record",
    "dump",
    "dumps",
    "from_popolo",
    "load",
    "loads",
    "read_observations",
    "read_plan_table",
    "schema",
    "structure",
    "to_dataframe",
    "to_datapackage",
    "to_popolo",
    "to_records",
    "unstructure",
    "write_evaluation",
    "write_observations",
]
