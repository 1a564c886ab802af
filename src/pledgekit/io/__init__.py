"""Case files and interchange: TOML in, JSON both ways, CSV tables, schema, exports.

- :func:`load` / :func:`loads` read a whole case from TOML (written by hand) or JSON;
  :func:`dump` / :func:`dumps` write it as JSON, losslessly.
- :func:`structure` / :func:`unstructure` (from :mod:`pledgekit.io.converter`) turn
  any one case object, a Pledge or a Claim as much as a whole Case, into the data of
  the case file and back: the one converter behind every format here.
- :func:`read_observations` / :func:`write_observations` read and write observation
  tables as CSV, in plain or Indonesian notation.
- :func:`read_plan_table` reads a plan table (RPJMD indicators, as offices keep them in
  an .xlsx workbook or a CSV file) into a case: plan, indicators, targets, figures.
- :func:`schema` is the JSON Schema of the case file.
- :func:`write_evaluation` writes the Permendagri 86 evaluation form of a plan
  ("Evaluasi terhadap hasil RPJMD") as an Excel workbook, CSV or Markdown.
- :func:`to_datapackage` writes a Frictionless Data Package; :func:`to_popolo` /
  :func:`from_popolo` speak Popolo about who made the pledges; :func:`to_records` and
  :func:`to_dataframe` hand an assessment to table tools.

Every problem in a file raises :class:`~pledgekit.DataFileError`, naming the file, the
line or field, what was found and what was expected. Loaders never execute anything
from a file and refuse files larger than :data:`MAX_FILE_BYTES` (observation tables:
:data:`MAX_TABLE_BYTES` and :data:`MAX_TABLE_ROWS`). The format is
described in ``docs/files.md``.

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
