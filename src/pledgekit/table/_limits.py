"""What the table path accepts at most: sized for national tables, apart from the case files'.

A hand-written case file is refused past 10 MiB ([`pledgekit.io`][pledgekit.io]); the tables of
[`pledgekit.table.evaluate`][pledgekit.table.evaluate] are read in batches, so that only
the result and a few compact columns per figure (about 30 bytes a row) stay in memory.
"""

from __future__ import annotations

__all__ = [
    "BATCH_BYTES",
    "BATCH_ROWS",
    "MAX_FIGURE_ROWS",
    "MAX_KEY_LENGTH",
    "MAX_PROBLEMS",
    "MAX_TARGET_ROWS",
]

MAX_FIGURE_ROWS = 100_000_000
"""The most rows of figures one evaluation reads: 100 million.

A table with more is refused with the row where it goes past. Each figure kept takes
about 30 bytes, so the most figures hold about 100,000,000 × 30 bytes = 3 GB:

>>> from pledgekit.table import MAX_FIGURE_ROWS
>>> f"{MAX_FIGURE_ROWS:,}", MAX_FIGURE_ROWS * 30 / 10**9
('100,000,000', 3.0)
"""
MAX_TARGET_ROWS = 10_000_000
"""The most targets one evaluation reads: 10 million.

A table with more is refused with the row where it goes past. It is room for every
one of 552 regions to have 18,115 targets (10,000,000 / 552 = 18,115.9…):

>>> from pledgekit.table import MAX_TARGET_ROWS
>>> f"{MAX_TARGET_ROWS:,}", MAX_TARGET_ROWS // 552
('10,000,000', 18115)
"""
#: The longest key (a region's or an indicator's id), unit or column name, in characters.
MAX_KEY_LENGTH = 1_000
#: The most problems one error lists; the rest are counted (as many as the loaders of
#: [`pledgekit.io`][pledgekit.io] list).
MAX_PROBLEMS = 50
#: The bytes of a CSV file read per batch.
BATCH_BYTES = 4 * 1024 * 1024
#: The rows of a Parquet file or an in-memory table read per batch.
BATCH_ROWS = 131_072
