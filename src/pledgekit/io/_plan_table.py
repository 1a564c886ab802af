"""Plan tables as offices keep them: a workbook's sheet or a CSV file read into a Case.

The pieces: `_grid` (the sheet as cells), `_cells` (a cell to an exact figure
or text), `_plan_header` (the header and the title block), `_plan_rows`
(indicator rows and the plan's tree); here they become indicators, targets with their
yearly schedules, budget targets and observations.
"""

from __future__ import annotations

import decimal
import os
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any, overload

import attrs

from pledgekit._amounts import to_amount
from pledgekit._case import Case
from pledgekit._indicator import Accumulation, Direction, Indicator, Observation, Target
from pledgekit._period import Period
from pledgekit._plan import Goal, Mission, Objective, Plan, Program
from pledgekit._schedule import scheduled_final, to_schedule
from pledgekit._validate import slug
from pledgekit.exceptions import InvalidValueError
from pledgekit.io._cells import CellError, Problems, read_amount, read_text
from pledgekit.io._grid import Cell, Grid, read_grid
from pledgekit.io._plan_header import Column, Header, column_years, find_header, normalize
from pledgekit.io._plan_rows import MissionNode, ProgramNode, Row, Tree, read_rows
from pledgekit.io._plan_words import (
    DIRECTION_EXPECTED,
    accumulation_of_notes,
    accumulation_of_word,
    choices,
    direction_of_notes,
    direction_of_word,
    is_assumed,
)
from pledgekit.text import LOCALES

__all__ = ["read_plan_table"]

# Enough precision that moving the exponent of an amount (at most 60 digits) never rounds.
_EXACT = decimal.Context(prec=100, Emax=999_999, Emin=-999_999)

# A dash in a Sifat or Kumulatif cell: not stated (the notes may say it).
_DASHES = frozenset({"-", "–", "—", "--"})
_CODE = re.compile(r"[0-9]{1,2}\.[0-9]{2}\.[0-9]{2}(?:\.[0-9]\.[0-9]{2}(?:\.[0-9]{4})?)?")


def read_plan_table(
    path: str | os.PathLike[str],
    *,
    sheet: str | None = None,
    columns: Mapping[str, str] | None = None,
    directions: Mapping[str, Direction | str] | None = None,
    accumulations: Mapping[str, Accumulation | str] | None = None,
    locale: str = "id",
    encoding: str = "utf-8",
    delimiter: str | None = None,
    region: str | None = None,
    title: str | None = None,
    first_year: int | None = None,
    ignore: Iterable[str] = (),
) -> Case:
    r"""Read a plan table (RPJMD indicators, wide layout) from an .xlsx sheet or a CSV file.

    The table may have a title block above its header (its "Kabupaten X", "Kota X" or
    "Provinsi X" is the plan's region, its "2021–2026" the plan's years), and a header
    of one to three rows, merged cells included: "Target" over 2019…2023 and
    "Realisasi" over them, or "Target Tahun ke-1 (2022)"…"ke-5" (with or without the
    year), K and Rp (kinerja and anggaran) under a year where budgets are kept;
    "Kondisi Awal", "Kondisi Akhir", "Satuan", "Indikator Kinerja", "No", "Misi",
    "Tujuan", "Sasaran", "Program (Prioritas)", "Keterangan", "Sifat"/"Polaritas",
    "Kumulatif". Headers are matched case- and space-insensitively, with their usual
    variants; the canonical keys are ``no``, ``misi``, ``tujuan``, ``sasaran``,
    ``program``, ``indikator``, ``satuan``, ``kondisi_awal``, ``kondisi_akhir``
    (``kondisi_awal rp``, ``kondisi_akhir rp`` for budgets), ``target <year>`` and
    ``realisasi <year>`` (``target 2022``, ``target ke-1``, ``realisasi 2022 rp``),
    ``keterangan``, ``sifat``, ``kumulatif``, ``kode`` and ``perangkat_daerah``.
    The columns the evaluation form computes (tingkat capaian, capaian akhir, rasio,
    predikat) and its footer rows (rata-rata capaian kinerja, predikat kinerja) are
    read past, so that a written form reads back; yearly "Capaian 2022" columns beside
    no Realisasi column are a problem (map them with ``columns={"realisasi":
    "Capaian"}`` if they hold the realisasi), never dropped in silence.

    The plan's tree comes from hierarchy columns (a blank or merged cell means the
    same as above) or from group rows ("Misi 1 ...", "Tujuan 1.1 ...", "Sasaran 1.1
    ...", "Program ..." with no indicator); levels the sheet does not have are not
    invented (a sasaran under a misi hangs from
    [`Mission.objectives`][pledgekit.Mission.objectives]). Programs are numbered in
    order of first appearance; a leading Permendagri 90 code such as ``2.07.04`` becomes
    the program's code.

    Each indicator row gives an [`Indicator`][pledgekit.Indicator] (id: the slug of its
    name, ``-2``, ``-3`` on repeats) and a [`Target`][pledgekit.Target] of the same id
    over the plan years, with a schedule of the yearly targets. Its value is the Kondisi
    Akhir, or the schedule's final level without one. A kumulatif indicator has the
    baseline 0 and the Kondisi Awal as [`Target.initial`][pledgekit.Target.initial]; a
    non-kumulatif one has the Kondisi Awal as its baseline. Rp columns give a budget
    target (id ``<id>-anggaran``, unit ``Rp``, kumulatif, more is better); Rp cells
    merged down several rows give them one budget. Every reported realisasi cell is an
    [`Observation`][pledgekit.Observation] of its year.

    The direction comes from ``directions`` (by indicator name or row No), else a
    Sifat/Polaritas column (positif/negatif, maximize/minimize; a dash: not stated),
    else the notes ("indikator negatif", "semakin kecil semakin
    baik"; "positif", "semakin besar semakin baik"); an indicator with none is an
    error, never a guess. The accumulation comes from ``accumulations``, a Kumulatif
    column (Ya/Tidak, kumulatif/non-kumulatif) or the notes; with none stated it is
    non-kumulatif ([`Accumulation.LAST`][pledgekit.Accumulation.LAST]) and
    [`Indicator.accumulation_assumed`][pledgekit.Indicator.accumulation_assumed] is set,
    as it is by a note "(diasumsikan)".

    Cells: an Excel number is read through its shortest round-tripping decimal (at most
    Excel's 15 digits; never ``Decimal(float)``), with the places its number format
    shows (7.5 shown ``0.00`` is 7.50); a percent format shows the value times 100 and
    is read so (0.0735 shown ``7.35%`` is 7.35) for a percentage indicator only. Text is
    read in ``locale`` (``"7,35"``, ``"1.412"``, ``"Rp1,8 miliar"``). An empty cell or
    ``-``, ``–``, ``—`` means no figure. Booleans, dates, Excel errors and formulas
    with no calculated value are errors.

    Args:
        path: An ``.xlsx`` workbook (extra ``excel``: openpyxl) or a CSV file; told
            apart by content.
        sheet: The workbook's sheet; the first by default.
        columns: Headers to read as canonical keys: ``{"indikator": "Nama Indikator"}``
            (a key may be any header pledgekit reads, such as ``"target 2022"``; a
            value is the header as read, a part of a multi-row header such as
            ``"Rencana"`` for ``target``, or a column's letters). A word mapped to
            ``target``, ``realisasi``, ``kondisi_awal`` or ``kondisi_akhir`` also heads
            the columns that are that word followed by a year, "Tahun ke-n" or K/Rp:
            ``{"realisasi": "Hasil"}`` reads "Hasil 2022" and "Hasil Tahun ke-1 Rp".
        directions: Directions by indicator name or row No: a [`Direction`][pledgekit.Direction] or
            ``"increase"``/``"decrease"`` (``"positif"``/``"negatif"``).
        accumulations: Accumulations likewise: an
            [`Accumulation`][pledgekit.Accumulation] or ``"sum"``/ ``"last"``
            (``"kumulatif"``/``"non-kumulatif"``).
        locale: How text cells write figures: ``"id"`` (``1.234,5``) or ``"en"``.
        encoding: A CSV file's encoding: UTF-8 with or without a byte order mark by
            default, ``"cp1252"`` for a sheet saved as CSV on Windows.
        delimiter: A CSV file's delimiter (``,`` ``;`` or a tab); by default the one
            the header uses.
        region: The plan's region, when the title block names none (or to override it).
        title: The case's title; by default the title block's first line.
        first_year: The calendar year of "Tahun ke-1", when neither the header, the
            Kondisi Awal/Akhir headers nor the title block give it.
        ignore: Headers (or column letters) of columns to read past.

    Returns:
        The [`Case`][pledgekit.Case], with its [`Plan`][pledgekit.Plan] (no vision: a
        sheet has none).

    Raises:
        DataFileError: Every problem, each at its cell: ``sheet 'RPJMD', cell E12`` in
            a workbook, ``line 12, column E`` in a CSV file (at most
            [`MAX_PLAN_ROWS`][pledgekit.io.MAX_PLAN_ROWS] rows and
            [`MAX_PLAN_COLUMNS`][pledgekit.io.MAX_PLAN_COLUMNS] columns).
        MissingExtraError: A workbook, and openpyxl is not installed.
        InvalidValueError: An argument is not of the kind expected.

    >>> import pathlib, tempfile
    >>> from pledgekit.io import read_plan_table
    >>> table = pathlib.Path(tempfile.mkdtemp()) / "rpjmd.csv"
    >>> _ = table.write_text(
    ...     "RPJMD Kota Contoh 2018-2023;;;;;;;\n"
    ...     "No;Indikator Kinerja;Satuan;Kondisi Awal;Target;;Realisasi;Keterangan\n"
    ...     ";;;;2022;2023;2022;\n"
    ...     "1;Tingkat pengangguran terbuka;%;8,81;8,0;7,5;7,35;indikator negatif\n"
    ...     "2;Tenaga kerja terserap;orang;0;1.412;1.500;1.398;positif, kumulatif\n",
    ...     encoding="utf-8-sig")
    >>> case = read_plan_table(table)
    >>> case.plan.region, str(case.plan.period)
    ('Kota Contoh', '2018-01-01..2023-12-31')
    >>> unemployment, jobs = case.targets
    >>> unemployment.baseline, unemployment.value, unemployment.indicator.direction.name
    (Decimal('8.81'), Decimal('7.5'), 'DECREASE')
    >>> jobs.value, jobs.indicator.accumulation.name, jobs.indicator.accumulation_assumed
    (Decimal('2912'), 'SUM', False)
    >>> [(o.indicator.id, str(o.value)) for o in case.observations]
    [('tingkat-pengangguran-terbuka', '7.35'), ('tenaga-kerja-terserap', '1398')]
    """
    if locale not in LOCALES:
        raise InvalidValueError(locale, "'id' or 'en'", "read_plan_table(locale)")
    if first_year is not None and (
        isinstance(first_year, bool)
        or not isinstance(first_year, int)
        or not 1900 <= first_year <= 2200
    ):
        raise InvalidValueError(
            first_year, "a year such as 2022, or None", "read_plan_table(first_year)"
        )
    if columns is not None and not isinstance(columns, Mapping):
        raise InvalidValueError(
            columns, "a mapping of canonical key to header", "read_plan_table(columns)"
        )
    for name, value in (("region", region), ("title", title)):
        if value is not None and (not isinstance(value, str) or not value.strip()):
            raise InvalidValueError(value, "a non-empty string or None", f"read_plan_table({name})")
    grid = read_grid(path, sheet=sheet, encoding=encoding, delimiter=delimiter)
    problems = Problems(grid.file)
    header = find_header(grid, problems, columns=columns or {}, ignore=_texts(ignore))
    if header is None or problems:  # find_header recorded why
        raise problems.error()
    _check_required(grid, header, problems)
    years = column_years(grid, header, first_year, problems)
    problems.raise_if_any()
    tree = read_rows(grid, header, problems)
    builder = _Builder(
        grid=grid,
        header=header,
        years=years,
        locale=locale,
        directions=choices(directions, Direction, "directions"),
        accumulations=choices(accumulations, Accumulation, "accumulations"),
        problems=problems,
    )
    for row in tree.order:
        builder.add(row)
    builder.finish()
    where = region or header.title.region
    if where is None:
        problems.add(
            grid.where(header.top),
            "the title block above the header names no region ('Kabupaten X', 'Kota X' or "
            "'Provinsi X'); expected one, or pass region='Kota X'",
        )
    if where is None or problems:
        raise problems.error()
    return builder.case(tree, where, title or _title(header, grid, where))


def _texts(values: Iterable[str]) -> tuple[str, ...]:
    if isinstance(values, str) or not isinstance(values, Iterable):
        raise InvalidValueError(
            values, "a sequence of headers or column letters", "read_plan_table(ignore)"
        )
    found = tuple(values)
    for value in found:
        if not isinstance(value, str):
            raise InvalidValueError(value, "a header or column letters", "read_plan_table(ignore)")
    return found


def _title(header: Header, grid: Grid, region: str) -> str:
    if header.title.lines:
        return header.title.lines[0]
    return f"RPJMD {region}" if region else Path(grid.file).stem


def _check_required(grid: Grid, header: Header, problems: Problems) -> None:
    if header.find("satuan") is None:
        problems.add(
            grid.where(header.top),
            "no Satuan column; expected the unit of each indicator (map it with "
            "columns={'satuan': '<its header>'})",
        )
    if not header.yearly("target"):
        problems.add(
            grid.where(header.top),
            "no yearly target columns; expected 'Target' over the years (2022, 2023...) or "
            "'Target Tahun ke-1'...; map them with columns={'target 2022': '<header>'}",
        )


@attrs.define
class _Figures:
    """One row's figures: the K values, their Rp pairs, and where each was read."""

    initial: Decimal | None = None
    final: Decimal | None = None
    targets: dict[int, Decimal] = attrs.field(factory=dict)
    realised: dict[int, tuple[Decimal, Decimal | None]] = attrs.field(factory=dict)
    budget_initial: Decimal | None = None
    budget_final: Decimal | None = None
    budget_targets: dict[int, Decimal] = attrs.field(factory=dict)
    budget_realised: dict[int, tuple[Decimal, Decimal | None]] = attrs.field(factory=dict)
    budget_origin: tuple[int, int] | None = None
    #: Whether an Rp realisasi cell holds a figure of this row's own (not merged from above).
    budget_realised_own: bool = False


@attrs.define(kw_only=True)
class _Builder:
    """Turns rows into indicators, targets and observations, recording every problem."""

    grid: Grid
    header: Header
    years: dict[int, int]
    locale: str
    directions: dict[str, Direction]
    accumulations: dict[str, Accumulation]
    problems: Problems
    indicators: list[Indicator] = attrs.field(factory=list)
    targets: list[Target] = attrs.field(factory=list)
    observations: list[Observation] = attrs.field(factory=list)
    by_row: dict[int, Target] = attrs.field(factory=dict)
    budgets: dict[tuple[int, int], Target] = attrs.field(factory=dict)
    ids: set[str] = attrs.field(factory=set)
    used: set[str] = attrs.field(factory=set)
    undirected: list[Row] = attrs.field(factory=list)

    @property
    def plan_years(self) -> tuple[int, int]:
        """The first and last years the target columns name: every target's period."""
        years = [self.years[c.index] for c in self.header.yearly("target") if c.index in self.years]
        return min(years), max(years)

    def text(self, row: Row, key: str) -> tuple[str | None, Cell | None]:
        column = self.header.find(key)
        if column is None:
            return None, None
        cell = row.cells[column.index]
        try:
            return read_text(cell), cell
        except CellError as error:
            self.problems.cell(self.grid, cell, error)
            return None, cell

    def add(self, row: Row) -> None:
        """Read one indicator row."""
        unit, unit_cell = self.text(row, "satuan")
        no, _ = self.text(row, "no")
        notes, _ = self.text(row, "keterangan")
        if unit is None:
            where = self.grid.at(unit_cell) if unit_cell is not None else self.grid.where(row.row)
            self.problems.add(
                where,
                f"no unit (satuan) for {row.name!r}; expected its unit, such as '%' or 'orang'",
            )
            return
        before = len(self.problems.items) + self.problems.unshown
        figures = self.figures(row, unit)
        direction = self.direction(row, no, notes)
        accumulation, assumed = self.accumulation(row, no, notes)
        if direction is None:
            self.undirected.append(row)
            return
        if len(self.problems.items) + self.problems.unshown > before:
            return  # its cells are wrong: a target built from the rest would only add noise
        self.program_columns(row)
        self.build(row, unit, direction, accumulation, assumed, figures)

    def figures(self, row: Row, unit: str) -> _Figures:
        figures = _Figures()
        for column in self.header.columns:
            if column.key not in ("target", "realisasi", "kondisi_awal", "kondisi_akhir"):
                continue
            cell = row.cells[column.index]
            if cell.column != column.index:
                if not cell.empty:
                    self.problems.add(
                        self.grid.where(row.row, column.index),
                        f"a figure merged across columns (from {self.grid.at(cell)}); expected "
                        "one figure per column",
                    )
                continue
            amount = self.amount(cell, "Rp" if column.budget else unit, column.budget)
            if amount is None:
                continue
            if column.scale:  # "Rp juta": 1.250 in the cell is Rp1.250.000.000
                amount = (_scaled(amount[0], column.scale), _scaled(amount[1], column.scale))
            _store(figures, column, self.years.get(column.index), amount)
            if column.budget and column.key != "realisasi" and figures.budget_origin is None:
                figures.budget_origin = (cell.row, cell.column)
            if column.budget and column.key == "realisasi" and cell.row == row.row:
                figures.budget_realised_own = True
        return figures

    def amount(self, cell: Cell, unit: str, budget: bool) -> tuple[Decimal, Decimal | None] | None:
        try:
            return read_amount(cell, unit=unit, locale=self.locale, budget=budget)
        except CellError as error:
            self.problems.cell(self.grid, cell, error)
            return None

    def direction(self, row: Row, no: str | None, notes: str | None) -> Direction | None:
        given: Direction | None = self.lookup(self.directions, row, no)
        if given is not None:
            return given
        word, cell = self.text(row, "sifat")
        if word is not None and cell is not None and word.strip() not in _DASHES:
            found = direction_of_word(word)
            if found is None:
                self.problems.add(
                    self.grid.at(cell),
                    f"found {word!r}; expected 'positif' or 'negatif' (or 'semakin besar/kecil semakin baik')",
                    given=repr(word),
                    expected="positif or negatif",
                )
            return found
        return None if notes is None else direction_of_notes(notes)

    def accumulation(
        self, row: Row, no: str | None, notes: str | None
    ) -> tuple[Accumulation, bool]:
        assumed = is_assumed(notes)
        given = self.lookup(self.accumulations, row, no)
        if given is not None:
            return given, False
        word, cell = self.text(row, "kumulatif")
        if word is not None and cell is not None and word.strip() not in _DASHES:
            found = accumulation_of_word(word)
            if found is not None:
                return found, assumed
            self.problems.add(
                self.grid.at(cell),
                f"found {word!r}; expected 'Ya' or 'Tidak', or 'kumulatif' or 'non-kumulatif'",
                given=repr(word),
                expected="Ya/Tidak or kumulatif/non-kumulatif",
            )
        stated = None if notes is None else accumulation_of_notes(notes)
        if stated is not None:
            return stated, assumed
        return Accumulation.LAST, True

    def lookup(self, mapping: Mapping[str, Any], row: Row, no: str | None) -> Any:
        for key in (normalize(row.name), normalize(no or "")):
            if key and key in mapping:
                self.used.add(key)
                return mapping[key]
        return None

    def program_columns(self, row: Row) -> None:
        """A row's Kode and Perangkat Daerah: its program's code and agency, or the indicator's code."""
        agency, _ = self.text(row, "perangkat_daerah")
        code, _ = self.text(row, "kode")
        if row.program is not None:
            if agency is not None and row.program.agency is None:
                row.program.agency = agency
            if code is not None and _CODE.fullmatch(code) and row.program.code is None:
                row.program.code = code

    def new_id(self, name: str) -> str:
        base = slug(name, 90)
        found, count = base, 1
        while found in self.ids or f"{found}-anggaran" in self.ids:
            count += 1
            found = f"{base}-{count}"
        self.ids.add(found)
        return found

    def build(
        self,
        row: Row,
        unit: str,
        direction: Direction,
        accumulation: Accumulation,
        assumed: bool,
        figures: _Figures,
    ) -> None:
        code, _ = self.text(row, "kode")
        identifier = self.new_id(row.name)
        try:
            indicator = Indicator(
                row.name,
                unit,
                direction=direction,
                accumulation=accumulation,
                accumulation_assumed=assumed,
                code=None if code is None or _CODE.fullmatch(code) else code,
                id=identifier,
            )
        except InvalidValueError as error:
            self.problems.add(
                self.grid.at(row.name_cell), f"cannot make the indicator {row.name!r}: {error}"
            )
            return
        budget = self.budget(row, indicator, figures)
        target = self.target(row, indicator, figures, budget)
        if target is None:
            return
        self.indicators.append(indicator)
        self.targets.append(target)
        self.by_row[row.row] = target
        for year, (value, resolution) in sorted(figures.realised.items()):
            self.observations.append(
                Observation(Period.year(year), value, resolution=resolution, indicator=indicator)
            )

    def target(
        self, row: Row, indicator: Indicator, figures: _Figures, budget: Target | None
    ) -> Target | None:
        schedule = to_schedule(
            {Period.year(y): v for y, v in sorted(figures.targets.items())}, "schedule"
        )
        summed = indicator.accumulation is Accumulation.SUM
        if summed:
            baseline, initial = Decimal(0), figures.initial
        elif figures.initial is None:
            self.problems.add(
                self.grid.at(row.name_cell),
                f"no Kondisi Awal for {row.name!r}, a non-kumulatif indicator; expected its level "
                "at the start (the baseline), or a note 'kumulatif' if its yearly figures add up",
            )
            return None
        else:
            baseline, initial = figures.initial, None
        value = (
            figures.final
            if figures.final is not None
            else scheduled_final(schedule, baseline, summed=summed)
        )
        if value is None:
            self.problems.add(
                self.grid.at(row.name_cell),
                f"no target for {row.name!r}; expected a Kondisi Akhir or a target for a year",
            )
            return None
        first, last = self.plan_years
        try:
            return Target(
                indicator,
                value,
                period=Period.years(first, last),
                baseline=baseline,
                initial=initial,
                schedule=schedule,
                budget=budget,
                id=indicator.id,
            )
        except InvalidValueError as error:
            self.problems.add(
                self.grid.at(row.name_cell),
                f"the cells of {row.name!r} do not make a target: {error}",
            )
            return None

    def budget(self, row: Row, indicator: Indicator, figures: _Figures) -> Target | None:
        if figures.budget_origin is None:
            if figures.budget_realised:
                self.problems.add(
                    self.grid.at(row.name_cell),
                    f"an Rp realisasi for {row.name!r} but no Rp target; expected an Rp target "
                    "for a year or a Kondisi Akhir Rp, so that the budget has a target",
                )
            return None
        if figures.budget_origin in self.budgets:
            if figures.budget_realised_own and figures.budget_origin[0] != row.row:
                self.problems.add(
                    self.grid.at(row.name_cell),
                    f"an Rp realisasi of {row.name!r}'s own, while its Rp targets are merged "
                    "with the row above (one budget for both rows); expected the realisasi "
                    "merged the same way",
                )
            return self.budgets[figures.budget_origin]
        money = Indicator(
            f"Anggaran {indicator.name}",
            "Rp",
            direction=Direction.INCREASE,
            accumulation=Accumulation.SUM,
            id=f"{indicator.id}-anggaran",
        )
        schedule = to_schedule(
            {Period.year(y): v for y, v in sorted(figures.budget_targets.items())}, "schedule"
        )
        value = figures.budget_final
        if value is None:
            value = scheduled_final(schedule, Decimal(0), summed=True)
        first, last = self.plan_years
        try:
            target = Target(
                money,
                value if value is not None else Decimal(0),
                period=Period.years(first, last),
                initial=figures.budget_initial,
                schedule=schedule,
                id=money.id,
            )
        except InvalidValueError as error:
            self.problems.add(
                self.grid.at(row.name_cell),
                f"the Rp cells of {row.name!r} do not make a budget: {error}",
            )
            return None
        self.budgets[figures.budget_origin] = target
        self.indicators.append(money)
        self.targets.append(target)
        for year, (amount, resolution) in sorted(figures.budget_realised.items()):
            self.observations.append(
                Observation(Period.year(year), amount, resolution=resolution, indicator=money)
            )
        return target

    def finish(self) -> None:
        """Record the indicators with no direction, and the names the mappings gave in vain."""
        for row in self.undirected:
            self.problems.add(
                self.grid.at(row.name_cell),
                f"the direction of {row.name!r} is not stated; expected {DIRECTION_EXPECTED}",
                given=repr(row.name),
                expected=DIRECTION_EXPECTED,
            )
        for what, mapping in (
            ("directions", self.directions),
            ("accumulations", self.accumulations),
        ):
            for key in mapping:
                if key not in self.used:
                    self.problems.add(
                        f"read_plan_table({what})",
                        f"{key!r} is not the name or the No of an indicator row; expected one of the "
                        "table's indicators",
                    )

    def case(self, tree: Tree, region: str, title: str) -> Case:
        """The Case: the plan's tree with the targets built, the indicators, the figures."""
        span = self.header.title.years
        first, last = span if span is not None else self.plan_years
        missions = [self.mission(m) for m in tree.missions]
        goals = [
            Goal(
                g.text,
                mission=m.number,
                objectives=[self.objective(o.text, o.rows) for o in g.objectives],
                targets=self.of(g.rows),
            )
            for m in tree.missions
            for g in m.goals
        ]
        programs = [self.program(p) for p in tree.programs]
        plan = Plan(
            region,
            Period.years(first, last),
            missions=missions,
            goals=goals,
            programs=programs,
            targets=self.of(tree.rows),
        )
        return Case(
            title,
            plan=plan,
            indicators=self.indicators,
            targets=self.targets,
            observations=self.observations,
        )

    def of(self, rows: list[Row]) -> list[Target]:
        return [self.by_row[r.row] for r in rows if r.row in self.by_row]

    def objective(self, text: str, rows: list[Row]) -> Objective:
        return Objective(text, targets=self.of(rows))

    def mission(self, node: MissionNode) -> Mission:
        return Mission(
            node.number,
            node.text,
            objectives=[self.objective(o.text, o.rows) for o in node.objectives],
            targets=self.of(node.rows),
        )

    def program(self, node: ProgramNode) -> Program:
        return Program(
            node.number,
            node.title,
            missions=node.missions,
            code=node.code,
            agency=node.agency,
            targets=self.of(node.rows),
        )


@overload
def _scaled(value: Decimal, scale: int) -> Decimal: ...
@overload
def _scaled(value: None, scale: int) -> None: ...
def _scaled(value: Decimal | None, scale: int) -> Decimal | None:
    """A figure times a power of ten, exactly (scaleb only moves the exponent)."""
    if value is None:
        return None
    scaled = value.scaleb(scale, _EXACT)
    exponent = scaled.as_tuple().exponent
    if isinstance(exponent, int) and exponent > 0:  # 1.25E+9 written out: 1250000000
        scaled = scaled.quantize(Decimal(1), context=_EXACT)
    return to_amount(scaled)


def _store(
    figures: _Figures, column: Column, year: int | None, amount: tuple[Decimal, Decimal | None]
) -> None:
    value = amount[0]
    if column.key == "kondisi_awal":
        if column.budget:
            figures.budget_initial = value
        else:
            figures.initial = value
    elif column.key == "kondisi_akhir":
        if column.budget:
            figures.budget_final = value
        else:
            figures.final = value
    elif year is not None:
        if column.key == "target":
            (figures.budget_targets if column.budget else figures.targets)[year] = value
        else:
            (figures.budget_realised if column.budget else figures.realised)[year] = amount
