"""The title block above a plan table's header: its lines, the region and the plan's years.

"RPJMD KABUPATEN BANDUNG BARAT TAHUN 2021-2026" names the region (Kabupaten Bandung
Barat) and the plan's years (2021–2026); a province named above a kabupaten is not
the plan's region.
"""

from __future__ import annotations

import re

import attrs

from pledgekit.io._cells import CellError, read_text
from pledgekit.io._grid import Cell, Grid

__all__ = ["Title", "cell_text", "own_texts", "read_title"]


@attrs.frozen(kw_only=True)
class Title:
    """What the title block above the header says.

    Attributes:
        lines: Its lines, in order.
        region: The region it names (``"Kabupaten Bandung Barat"``), or ``None``.
        years: The plan's first and last years it names (``2021–2026``), or ``None``.
    """

    lines: tuple[str, ...] = ()
    region: str | None = None
    years: tuple[int, int] | None = None


def cell_text(cell: Cell) -> str:
    """A cell's text, or ``""`` when it is empty or holds no text."""
    try:
        return read_text(cell) or ""
    except CellError:
        return ""


def own_texts(grid: Grid, row: int) -> list[tuple[Cell, str]]:
    """The non-empty cells whose value is in this row (not merged from a row above), once each."""
    seen: set[tuple[int, int]] = set()
    found = []
    for cell in grid.row(row):
        if cell.row != row or (cell.row, cell.column) in seen:
            continue
        seen.add((cell.row, cell.column))
        text = cell_text(cell)
        if text:
            found.append((cell, text))
    return found


_REGION = re.compile(r"\b(kabupaten|kab\.|kota|provinsi)\s+(.+)", re.IGNORECASE)
_REGION_END = re.compile(
    r"\s+(?:tahun|periode|th\.?|rpjmd|rkpd)\b|\s*[-–—(,:;]|\s+[0-9]", re.IGNORECASE
)
_SPAN = re.compile(
    r"((?:19|20)[0-9]{2})\s*(?:-|–|—|/|s\.?\s*d\.?|sampai(?: dengan)?|hingga|to)\s*"
    r"((?:19|20)[0-9]{2})",
    re.IGNORECASE,
)
_KINDS = {"kabupaten": "Kabupaten", "kab.": "Kabupaten", "kota": "Kota", "provinsi": "Provinsi"}


def read_title(grid: Grid, top: int) -> Title:
    """The title block: the non-empty rows above the header, their region and years."""
    lines = []
    for row in range(1, top):
        texts = [text for _, text in own_texts(grid, row)]
        if texts:
            lines.append(" ".join(texts))
    regions = [r for r in map(_region, lines) if r is not None]
    # "Pemerintah Provinsi X" above "Kabupaten Y": the plan is the kabupaten's.
    region = next((r for r in regions if not r.startswith("Provinsi")), None) or next(
        iter(regions), None
    )
    years = None
    for line in lines:
        span = _SPAN.search(line)
        if span is not None and int(span[1]) < int(span[2]):
            years = (int(span[1]), int(span[2]))
            break
    return Title(lines=tuple(lines), region=region, years=years)


def _region(line: str) -> str | None:
    """``"Kota Bekasi"`` from ``"RPJMD KOTA BEKASI TAHUN 2018-2023"``.

    >>> _region("RPJMD KABUPATEN BANDUNG BARAT TAHUN 2021-2026"), _region("Indikator")
    ('Kabupaten Bandung Barat', None)
    """
    match = _REGION.search(line)
    if match is None:
        return None
    name = _REGION_END.split(match[2], maxsplit=1)[0].strip()
    if not name:
        return None
    if name.isupper():
        name = name.title()
    return f"{_KINDS[match[1].lower()]} {name}"
