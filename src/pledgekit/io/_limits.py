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

#: The largest file (or text, in UTF-8) a loader reads: 10 MiB.
MAX_FILE_BYTES = 10 * 1024 * 1024
#: The deepest nesting of tables and lists in a case file (the format needs 6).
MAX_DEPTH = 16
#: The most items in one list of a case file.
MAX_ITEMS = 100_000
#: The longest string in a case file or a CSV cell (a quote, a note).
MAX_TEXT_LENGTH = 100_000
#: The most problems one error lists; the rest are counted.
MAX_PROBLEMS = 50
#: The most rows a plan table
#: ([`pledgekit.io.read_plan_table`][pledgekit.io.read_plan_table]) may have.
MAX_PLAN_ROWS = 10_000
#: The most columns a plan table may have.
MAX_PLAN_COLUMNS = 250
#: The most bytes a workbook may unpack to (its parts are compressed in the file).
MAX_WORKBOOK_BYTES = 100 * 1024 * 1024

# Observation tables are written by programs, not by hand: a national table (552 regions
# × 150 indicators × 5 years: 414,000 rows, 10 MB) is ordinary. Each row read is an
# Observation of about 210 bytes (the indicators shared; measured with tracemalloc, see
# docs/files.md), and the rows are read one by one, so the most rows hold about 1 GiB
# and take some two minutes; the bytes allow 50 to a row, twice what a row of figures
# needs, room for notes. A larger table is split (by region or year) and read in parts.
#: The largest observation table (a CSV file, or CSV text in UTF-8) read_observations reads: 256 MiB.
MAX_TABLE_BYTES = 256 * 1024 * 1024
#: The most rows (below the header) in an observation table.
MAX_TABLE_ROWS = 5_000_000
