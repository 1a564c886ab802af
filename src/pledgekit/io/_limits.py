"""What the loaders accept at most: anything larger is refused before it costs much."""

from __future__ import annotations

__all__ = [
    "MAX_DEPTH",
    "MAX_FILE_BYTES",
    "MAX_ITEMS",
    "MAX_PLAN_COLUMNS",
    "MAX_PLAN_ROWS",
    "MAX_PROBLEMS",
    "MAX_TABLE_BYTES",
    "MAX_TABLE_ROWS",
    "MAX_TEXT_LENGTH",
    "MAX_WORKBOOK_BYTES",
]

MAX_FILE_BYTES = 10 * 1024 * 1024
"""The largest file (or text, in UTF-8) a loader reads: 10 MiB; a larger one is refused.

Text is measured in UTF-8 bytes, not characters: a text of 5,242,881 characters is
refused when all but one of them take two bytes (1 + 2 × 5,242,880 = 10,485,761
bytes, one more than 10 × 1,048,576):

>>> from pledgekit.io import MAX_FILE_BYTES, loads
>>> MAX_FILE_BYTES == 10 * 2**20
True
>>> loads("#" + "é" * (MAX_FILE_BYTES // 2))  # a TOML comment, "é" two bytes in UTF-8
Traceback (most recent call last):
...
pledgekit.exceptions.DataFileError: <string>: text: larger than 10 MiB; expected a
smaller case file
"""
MAX_DEPTH = 16
"""The deepest nesting of tables and lists in a case file (the format needs 6).

The case's own table is level 0 and a key's value level 1, so 17 lists nested under
a key put the innermost at level 17, one more than allowed:

>>> from pledgekit.io import MAX_DEPTH, loads
>>> deep = "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1)
>>> loads('{"pledgekit_case": 2, "title": "Jobs", "notes": %s}' % deep, "json")
Traceback (most recent call last):
...
pledgekit.exceptions.DataFileError: <string>: notes[0]...[0]: nested more than 16 levels
deep; a case file needs 6
"""
MAX_ITEMS = 100_000
"""The most items in one list of a case file.

A list of 100,001 items (100,000 written ``0,`` and a last ``0``) is refused before any
of them is read:

>>> from pledgekit.io import MAX_ITEMS, loads
>>> figures = "[" + "0," * MAX_ITEMS + "0]"
>>> loads('{"pledgekit_case": 2, "title": "Jobs", "notes": %s}' % figures, "json")
Traceback (most recent call last):
...
pledgekit.exceptions.DataFileError: <string>: notes: a list of 100001 items;
expected at most 100000
"""
MAX_TEXT_LENGTH = 100_000
r"""The longest string in a case file or a CSV cell (a quote, a note), in characters.

>>> from pledgekit.io import MAX_TEXT_LENGTH, loads
>>> title = "x" * (MAX_TEXT_LENGTH + 1)
>>> loads(f'pledgekit_case = 2\ntitle = "{title}"\n')
Traceback (most recent call last):
...
pledgekit.exceptions.DataFileError: <string>: line 2, title: a string of 100001
characters; expected at most 100000
"""
#: The most problems one error lists; the rest are counted.
MAX_PROBLEMS = 50
MAX_PLAN_ROWS = 10_000
r"""The most rows a plan table may have.

[`read_plan_table`][pledgekit.io.read_plan_table] names the row past the limit, here
line 10,001 of a table of 10,001 lines:

>>> import pathlib, tempfile
>>> from pledgekit.io import MAX_PLAN_ROWS, read_plan_table
>>> with tempfile.TemporaryDirectory() as folder:
...     table = pathlib.Path(folder, "plan.csv")
...     _ = table.write_text("x\n" * (MAX_PLAN_ROWS + 1), encoding="utf-8")
...     read_plan_table(table)
Traceback (most recent call last):
...
pledgekit.exceptions.DataFileError: ...plan.csv: line 10001: more than 10000 rows;
expected fewer
"""
MAX_PLAN_COLUMNS = 250
r"""The most columns a plan table may have.

For [`read_plan_table`][pledgekit.io.read_plan_table], a header of 251 cells (250
commas between them) is one column too many:

>>> import pathlib, tempfile
>>> from pledgekit.io import MAX_PLAN_COLUMNS, read_plan_table
>>> with tempfile.TemporaryDirectory() as folder:
...     table = pathlib.Path(folder, "plan.csv")
...     header = ",".join(["x"] * (MAX_PLAN_COLUMNS + 1))
...     _ = table.write_text(header + "\n", encoding="utf-8")
...     read_plan_table(table)
Traceback (most recent call last):
...
pledgekit.exceptions.DataFileError: ...plan.csv: line 1: more than 250 columns; expected
fewer
"""
#: The most bytes a workbook may unpack to (its parts are compressed in the file).
MAX_WORKBOOK_BYTES = 100 * 1024 * 1024

# Observation tables are written by programs, not by hand: a national table (552 regions
# × 150 indicators × 5 years: 414,000 rows, 10 MB) is ordinary. Each row read is an
# Observation of about 210 bytes (the indicators shared; measured with tracemalloc, see
# docs/files.md), and the rows are read one by one, so the most rows hold about 1 GiB
# and take some two minutes; the bytes allow 50 to a row, twice what a row of figures
# needs, room for notes. A larger table is split (by region or year) and read in parts.
MAX_TABLE_BYTES = 256 * 1024 * 1024
"""The largest observation table (a CSV file, or CSV text in UTF-8) read: 256 MiB.

[`read_observations`][pledgekit.io.read_observations] refuses a larger one unread. The
limit leaves some 50 bytes to each of the most rows
([`MAX_TABLE_ROWS`][pledgekit.io.MAX_TABLE_ROWS]): 268,435,456 bytes / 5,000,000 rows
is 53.7.

>>> from pledgekit.io import MAX_TABLE_BYTES, MAX_TABLE_ROWS
>>> MAX_TABLE_BYTES == 256 * 2**20
True
>>> MAX_TABLE_BYTES // MAX_TABLE_ROWS
53
"""
MAX_TABLE_ROWS = 5_000_000
"""The most rows (below the header) in an observation table.

A national table, 552 regions × 150 indicators × 5 years = 414,000 rows, is well
within it; a larger table is split (by region or year) and read in parts.

>>> from pledgekit.io import MAX_TABLE_ROWS
>>> 552 * 150 * 5 <= MAX_TABLE_ROWS
True
"""
