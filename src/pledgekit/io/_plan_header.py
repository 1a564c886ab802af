"""The header of a plan table: where it is, and what each column holds.

The title block above it is read by `_plan_title`. A header is one to three rows: column
titles ("No", "Indikator Kinerja", "Satuan", "Kondisi Awal"...), groups over the years
("Target" over 2019…2023, "Realisasi" over them; or "Target Tahun ke-1 (2022)"…"ke-5")
and the K and Rp (kinerja and anggaran) pairs under a year. Cells merged across a group
give it to every column below; in a CSV file (which has no merged cells) a blank cell
above a sub-header takes the group to its left. A row of column numbers ("1 2 3 ...")
under the header is skipped.

Each column's titles, top to bottom, are read as one label, matched case- and
space-insensitively by `classify` to a canonical key (see `KEYS`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

import attrs

from pledgekit.exceptions import InvalidValueError
from pledgekit.io._cells import Problems
from pledgekit.io._grid import Cell, CellKind, Grid, column_letter
from pledgekit.io._plan_title import Title, own_texts, read_title
from pledgekit.io._plan_title import cell_text as _text

__all__ = [
    "KEYS",
    "Column",
    "Header",
    "Title",
    "classify",
    "column_years",
    "find_header",
    "normalize",
]

#: The canonical keys of the columns, as ``columns=`` names them, and what they hold.
KEYS: Mapping[str, str] = {
    "no": "the row's number (No)",
    "misi": "the mission (Misi)",
    "tujuan": "the goal (Tujuan)",
    "sasaran": "the objective (Sasaran)",
    "program": "the priority program (Program Prioritas)",
    "indikator": "the indicator's name (Indikator Kinerja)",
    "satuan": "the unit (Satuan)",
    "kondisi_awal": "the initial condition (Kondisi Awal; 'kondisi_awal rp' for its budget)",
    "kondisi_akhir": "the final target (Kondisi Akhir, Target Akhir; 'kondisi_akhir rp')",
    "target <year>": "a year's target ('target 2022', 'target ke-1', 'target 2022 rp')",
    "realisasi <year>": "a year's realisation ('realisasi 2022', 'realisasi ke-1 rp')",
    "keterangan": "notes (Keterangan): 'indikator negatif', 'kumulatif'...",
    "sifat": "the direction (Sifat, Polaritas): positif or negatif",
    "kumulatif": "the accumulation: Ya/Tidak, or kumulatif/non-kumulatif",
    "kode": "a Permendagri 90 program code, or the indicator's code (Kode)",
    "perangkat_daerah": "the responsible agency (Perangkat Daerah, OPD)",
}
# Columns the evaluation form computes (tingkat capaian, predikat...): read past.
COMPUTED = "computed"
# How many rows from the top the header is looked for in.
_SEARCH_ROWS = 60
_MAX_HEADER_ROWS = 3

_YEAR = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])")
_ORDINAL = re.compile(r"\bke\s*-?\s*([0-9]{1,2})\b|\btahun\s+([1-9])(?![0-9])")
_SUBHEADER_WORDS = frozenset(
    {"k", "rp", "rp.", "(k)", "(rp)", "kinerja", "anggaran", "target", "realisasi", "%", "(%)"}
    | {"t", "r", "(t)", "(r)"}  # T and R under a year: its target and realisasi
)
_SUBHEADER = re.compile(
    r"(?:(?:tahun|thn\.?|th\.?)\s*)?(?:ke\s*-?\s*[0-9]{1,2})?\s*(?:\(?\s*(?:19|20)[0-9]{2}\s*\)?)?"
)
_INITIAL = (
    "capaian awal",
    "kondisi awal",
    "kondisi kinerja awal",
    "kondisi kinerja pada awal",
    "baseline",
    "data awal",
    "nilai awal",
    "kondisi eksisting",
    "initial",
)
_COMPUTED_PREFIXES = (
    "tingkat capaian",
    "capaian",
    "rasio",
    "predikat",
    "persentase capaian",
    "% capaian",
    "achievement",
    "rating",
    "ratio",
)
# Labels by how they start: the first match wins (longer prefixes first where they overlap).
_PREFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "kondisi_akhir",
        (
            "kondisi akhir",
            "kondisi kinerja akhir",
            "kondisi kinerja pada akhir",
            "target akhir",
            "kondisi target akhir",
            "final target",
            "end target",
        ),
    ),
    (
        "kumulatif",
        (
            "kumulatif",
            "non-kumulatif",
            "non kumulatif",
            "akumulasi",
            "jenis akumulasi",
            "cumulative",
            "accumulation",
        ),
    ),
    ("sifat", ("sifat", "polaritas", "polarisasi", "arah indikator", "polarity", "direction")),
    ("misi", ("misi", "mission")),
    ("tujuan", ("tujuan", "goal")),
    ("sasaran", ("sasaran", "objective")),
    ("program", ("program",)),
    ("indikator", ("indikator", "indicator", "iku")),
    (
        "perangkat_daerah",
        (
            "perangkat daerah",
            "opd",
            "skpd",
            "pd penanggung jawab",
            "penanggung jawab",
            "unit kerja",
            "agency",
        ),
    ),
    ("satuan", ("satuan", "unit")),
    ("keterangan", ("keterangan", "ket.", "ket", "catatan", "notes", "note", "remarks")),
    ("kode", ("kode", "code")),
)
# The scale words of an Rp column's header: its figures are in thousands, millions...
_SCALE_WORDS = {"ribu": 3, "ribuan": 3, "juta": 6, "jutaan": 6, "miliar": 9, "milyar": 9}
_NUMBER_LABELS = frozenset({"no", "no.", "nomor", "no urut", "#", "number"})
_TARGET_WORDS = frozenset({"target", "rencana"})
_REALISED_WORDS = frozenset({"realisasi", "realisation", "realization", "actual"})
_HIERARCHY = frozenset({"misi", "tujuan", "sasaran", "program", "indikator"})
# "Realisasi s.d. 2021", "sampai dengan tahun 2021": a running total, not the year's figure.
_THROUGH = re.compile(r"\bs\.?\s*/?\s*d\b\.?|\bsampai\b|\bhingga\b|\bkumulatif\b")
# The words of a K or Rp sub-header under a year: "Pagu (Rp juta)", "Kinerja (K)".
_PAIR_WORDS = frozenset(
    {"k", "kinerja", "rp", "anggaran", "pagu", "dalam", "rupiah", "t", "r", *_SCALE_WORDS}
)
# The keys whose mapped word may be followed by a year, "Tahun ke-n" or K/Rp in a title,
# and the words that may follow it there.
_YEARLY_KEYS = frozenset({"target", "realisasi", "kondisi awal", "kondisi akhir"})
_REST_WORDS = frozenset(
    {"tahun", "th", "thn", "ke", "k", "rp", "kinerja", "anggaran", "pagu", "dalam", "rupiah"}
    | set(_SCALE_WORDS)
)


def normalize(text: str) -> str:
    """A label as matched: lower case, one space between words, no trailing ':' or '*'.

    >>> normalize("  Indikator   Kinerja: ")
    'indikator kinerja'
    """
    return " ".join(text.replace("_", " ").lower().split()).rstrip(":* ")


@attrs.frozen(kw_only=True)
class Column:
    """One column of a plan table, as its header says.

    Attributes:
        index: Its number, from 1 (``A`` is 1).
        label: Its titles as read, top to bottom, joined by spaces.
        key: Its canonical key (``"indikator"``, ``"target"``...), `COMPUTED` for
            a column the evaluation form computes, or ``None`` when unknown or blank.
        year: The calendar year of a yearly column (or of Kondisi Awal/Akhir).
        ordinal: The plan year's number in "Tahun ke-n".
        budget: Whether it is the Rp (anggaran) column of a K/Rp pair.
        scale: The power of ten its Rp figures are written in: 6 for "Rp juta" (a
            column of millions of rupiah), 3 for "ribu", 9 for "miliar"; 0 otherwise.
    """

    index: int
    label: str
    key: str | None
    year: int | None = None
    ordinal: int | None = None
    budget: bool = False
    scale: int = 0

    @property
    def letter(self) -> str:
        """The column's letters."""
        return column_letter(self.index)


@attrs.frozen(kw_only=True)
class Header:
    """Where the header is and what its columns hold.

    Attributes:
        top: The header's first row.
        bottom: Its last row.
        data: The first row after it (and after a row of column numbers).
        columns: Every column, in order.
        title: The title block above it.
    """

    top: int
    bottom: int
    data: int
    columns: tuple[Column, ...]
    title: Title

    def find(self, key: str, *, budget: bool = False) -> Column | None:
        """The column with this key (its Rp column when ``budget``), if there is one."""
        for column in self.columns:
            if column.key == key and column.budget == budget:
                return column
        return None

    def yearly(self, key: str) -> tuple[Column, ...]:
        """The target (or realisasi) columns, in order."""
        return tuple(c for c in self.columns if c.key == key)


def classify(label: str) -> tuple[str | None, int | None, int | None, bool]:
    """The canonical key, year, ordinal and Rp-ness of a column's label.

    >>> classify("Target Tahun ke-1 (2022) Rp")
    ('target', 2022, 1, True)
    >>> classify("Indikator Kinerja Utama")
    ('indikator', None, None, False)
    >>> classify("Nama Indikator")
    (None, None, None, False)
    """
    text = normalize(label)
    years = _YEAR.findall(text)
    year = int(years[-1]) if years else None
    ordinal_match = _ORDINAL.search(text)
    ordinal = int(ordinal_match[1] or ordinal_match[2]) if ordinal_match else None
    budget = _is_budget(text)
    if text in _NUMBER_LABELS:
        return "no", None, None, False
    yearly = (year is not None or ordinal is not None) and "akhir" not in text
    if any(_starts(text, prefix) for prefix in _INITIAL):
        return "kondisi_awal", year, None, budget
    if yearly and text.startswith("capaian kinerja"):
        return "realisasi", year, ordinal, budget
    if any(_starts(text, prefix) for prefix in _COMPUTED_PREFIXES):
        return COMPUTED, None, None, False
    if yearly:
        words = set(re.findall(r"[a-z]+", text))
        if words & _REALISED_WORDS or "r" in words:
            return "realisasi", year, ordinal, budget
        if words & _TARGET_WORDS or "t" in words:
            return "target", year, ordinal, budget
    if "akhir periode" in text and text.startswith(("target", "kondisi")):
        return "kondisi_akhir", year, None, budget
    for key, prefixes in _PREFIXES:
        if any(_starts(text, prefix) for prefix in prefixes):
            if key == "kondisi_akhir":
                return key, year, None, budget
            return key, None, None, False
    return None, None, None, False


def _starts(text: str, prefix: str) -> bool:
    if not text.startswith(prefix):
        return False
    rest = text[len(prefix) :]
    return not rest or not rest[0].isalnum() or prefix.endswith((".", " "))


def budget_scale(label: str) -> int:
    """The power of ten an Rp column's figures are written in ("Anggaran (Rp juta)": 6).

    >>> budget_scale("Target 2022 Rp (juta)"), budget_scale("Pagu (dalam ribuan rupiah)")
    (6, 3)
    >>> budget_scale("Target 2022 Rp")
    0
    """
    words = re.findall(r"[a-z]+", normalize(label))
    for word in words:
        if word in _SCALE_WORDS:
            return _SCALE_WORDS[word]
    return 0


def _is_budget(text: str) -> bool:
    words = re.findall(r"[a-z0-9]+", text)
    for word in reversed(words):
        if word in ("rp", "anggaran", "pagu"):
            return True
        if word in ("k", "kinerja"):
            return False
        if word in _SCALE_WORDS or word in ("dalam", "rupiah"):
            continue
        if not _YEAR.fullmatch(word) and not word.isdigit() and word not in ("ke", "tahun"):
            break
    return "anggaran" in words and "kinerja" not in words


# Finding the header ------------------------------------------------------------------------


def _is_header_row(grid: Grid, row: int, mapped: set[str], *, loosely: bool = False) -> bool:
    """A row naming the indicator column; ``loosely``, any row naming three known columns."""
    texts = own_texts(grid, row)
    if len(texts) < 3:
        return False
    if loosely:
        return sum(1 for _, text in texts if classify(text)[0] is not None) >= 3
    return any(classify(text)[0] == "indikator" or normalize(text) in mapped for _, text in texts)


def _is_subheader(cell: Cell, text: str) -> bool:
    if cell.kind is CellKind.NUMBER:
        return isinstance(cell.value, int) and 1900 <= cell.value <= 2100
    lowered = normalize(text)
    if lowered in _SUBHEADER_WORDS:
        return True
    words = re.findall(r"[a-z]+", lowered)
    if words and all(word in _PAIR_WORDS for word in words):  # "Pagu (Rp juta)", "Kinerja (K)"
        return True
    key = classify(text)[0]
    if key is not None and key not in _HIERARCHY and len(lowered.split()) <= 5:
        return True
    return bool(lowered) and _SUBHEADER.fullmatch(lowered) is not None


def _is_numbering(grid: Grid, row: int) -> bool:
    """A row of column numbers, "1 2 3 ..." or "(1) (2) (3) ...", under the header."""
    texts = own_texts(grid, row)
    numbers = [t.strip("() ") for _, t in texts]
    if len(numbers) < 3 or not all(n.isdigit() for n in numbers):
        return False
    return [int(n) for n in numbers] == list(range(int(numbers[0]), int(numbers[0]) + len(numbers)))


def find_header(
    grid: Grid,
    problems: Problems,
    *,
    columns: Mapping[str, str],
    ignore: Iterable[str],
) -> Header | None:
    """The header of the grid, its columns classified; ``None`` (and a problem) when not found."""
    _renames(columns)  # a mapping that is no mapping is refused before the header is sought
    mapped = {normalize(value) for value in columns.values()}
    search = range(1, min(grid.height, _SEARCH_ROWS) + 1)
    top = next((r for r in search if _is_header_row(grid, r, mapped)), None)
    if top is None:  # a header whose indicator column has another name: show it as read
        top = next((r for r in search if _is_header_row(grid, r, mapped, loosely=True)), None)
    if top is None:
        problems.add(*_no_header(grid))
        return None
    bottom = top
    while bottom - top + 1 < _MAX_HEADER_ROWS and bottom < grid.height:
        below = own_texts(grid, bottom + 1)
        if not below or _is_numbering(grid, bottom + 1):
            break
        if not all(_is_subheader(cell, text) for cell, text in below):
            break
        bottom += 1
    data = bottom + 1
    if data <= grid.height and _is_numbering(grid, data):
        data += 1
    groups = {normalize(v) for k, v in columns.items() if normalize(k) in _YEARLY_KEYS}
    labels = _labels(grid, top, bottom, groups)
    classified = _classify_all(grid, labels, columns, ignore, top, problems)
    return Header(
        top=top, bottom=bottom, data=data, columns=classified, title=read_title(grid, top)
    )


def _labels(grid: Grid, top: int, bottom: int, groups: set[str]) -> list[list[str]]:
    """Each column's titles, top to bottom, a merged or repeated title once."""
    labels: list[list[str]] = []
    for column in range(1, grid.width + 1):
        parts: list[str] = []
        for row in range(top, bottom + 1):
            text = _text(grid.cell(row, column))
            if not text and row < bottom and _has_below(grid, row, bottom, column):
                text = _left(grid, row, column, groups)  # a CSV file's group heading
            if text and (not parts or parts[-1] != text):
                parts.append(text)
        labels.append(parts)
    return labels


def _has_below(grid: Grid, row: int, bottom: int, column: int) -> bool:
    return any(_text(grid.cell(r, column)) for r in range(row + 1, bottom + 1))


def _left(grid: Grid, row: int, column: int, groups: set[str]) -> str:
    for left in range(column - 1, 0, -1):
        text = _text(grid.cell(row, left))
        if text:
            # A heading columns= maps to target or realisasi ("Hasil") is a group too.
            return text if _is_group(text) or normalize(text) in groups else ""
    return ""


def _is_group(text: str) -> bool:
    """A heading over several columns: Target, Realisasi, a year, a plan year, Kondisi..."""
    lowered = normalize(text)
    return (
        lowered.startswith(
            (*_TARGET_WORDS, *_REALISED_WORDS, "tahun", "kondisi", "tingkat", "capaian")
        )
        or _YEAR.search(lowered) is not None
        or _ORDINAL.search(lowered) is not None
    )


def _classify_all(
    grid: Grid,
    labels: list[list[str]],
    columns: Mapping[str, str],
    ignore: Iterable[str],
    top: int,
    problems: Problems,
) -> tuple[Column, ...]:
    renames = _renames(columns)
    skipped = {normalize(text) for text in ignore}
    used: set[str] = set()
    result = []
    bad = False
    for index, parts in enumerate(labels, start=1):
        label = " ".join(parts)
        letter = column_letter(index)
        if normalize(label) in skipped or letter.lower() in skipped:
            used.add(normalize(label) if normalize(label) in skipped else letter.lower())
            result.append(Column(index=index, label=label, key=None))
            continue
        read_as = _renamed(parts, letter, renames, used)
        key, year, ordinal, budget = classify(read_as) if read_as else (None, None, None, False)
        if key is None and label:
            bad = True
            problems.add(
                grid.where(top, index),
                _unknown_column(label),
                given=repr(label),
                expected="a plan table column",
            )
        if key in ("target", "realisasi") and _THROUGH.search(normalize(label)):
            bad = True
            problems.add(
                grid.where(top, index),
                f"a column headed {label!r}, a running total up to a year (s.d.: sampai "
                "dengan); expected each year's own figure ('Realisasi 2021'), or leave it out "
                f"with ignore=[{label!r}]",
            )
        result.append(
            Column(
                index=index,
                label=label,
                key=key,
                year=year,
                ordinal=ordinal,
                budget=budget,
                scale=budget_scale(label) if budget else 0,
            )
        )
    unused = [_unused(k, v, "columns=") for k, v in columns.items() if normalize(v) not in used]
    unused += [_unused(None, text, "ignore=") for text in ignore if normalize(text) not in used]
    for message in unused:
        bad = True
        problems.add(grid.where(top), message)
    _check_repeats(grid, result, top, problems)
    if _rates_only(grid, result, top, problems):
        bad = True
    if not any(column.key == "indikator" for column in result):
        bad = True
        problems.add(
            grid.where(top),
            "no indicator column; expected 'Indikator Kinerja' (or 'Indikator'), or map yours "
            "with columns={'indikator': '<its header>'}",
        )
    if bad or problems:
        problems.add(grid.where(top), header_as_read(result))
    return tuple(result)


def _rates_only(grid: Grid, columns: list[Column], top: int, problems: Problems) -> bool:
    """A problem when yearly columns read as computed rates stand where no realisasi does.

    "Capaian 2022" is the tingkat capaian in the evaluation form (computed, read past),
    but in other tables the realisasi itself: with no Realisasi column beside it, passing
    it over would drop every figure without a word.
    """
    if any(column.key == "realisasi" for column in columns):
        return False
    dated = [
        c
        for c in columns
        if c.key == COMPUTED and (_YEAR.search(c.label) or _ORDINAL.search(normalize(c.label)))
    ]
    if not dated:
        return False
    first = dated[0]
    word = re.split(r"[\s(]+(?:tahun|thn|th|ke|19|20)", first.label, maxsplit=1, flags=re.I)[0]
    problems.add(
        grid.where(top, first.index),
        f"no Realisasi column, and {len(dated)} yearly column(s) such as {first.label!r} are "
        "read as computed rates (tingkat capaian) and passed over; expected Realisasi "
        f"columns, or, if these hold the realisasi, columns={{'realisasi': {word.strip()!r}}}",
    )
    return True


def _renames(columns: Mapping[str, str]) -> dict[str, str]:
    renames: dict[str, str] = {}
    for key, header in columns.items():
        if not isinstance(key, str) or not isinstance(header, str) or not header.strip():
            raise InvalidValueError(
                (key, header),
                "a canonical key and the header it names, both text",
                "read_plan_table(columns)",
            )
        wanted = normalize(key)
        if not _is_key(wanted):
            reversed_hint = (
                f"; this one is the other way round: write columns={{{header!r}: {key!r}}}"
                if _is_key(normalize(header))
                else ""
            )
            raise InvalidValueError(
                key,
                "a canonical column key: " + ", ".join(KEYS) + " (any header pledgekit reads "
                "may stand for its key), mapped to the header it names, such as "
                "columns={'indikator': 'Nama Indikator'}" + reversed_hint,
                "read_plan_table(columns)",
            )
        renames[normalize(header)] = wanted
    return renames


def _is_key(text: str) -> bool:
    return classify(text)[0] is not None or text in ("target", "realisasi")


def _renamed(parts: Sequence[str], letter: str, renames: Mapping[str, str], used: set[str]) -> str:
    whole = normalize(" ".join(parts))
    dated = _YEAR.search(whole) is not None or _ORDINAL.search(whole) is not None
    for name in (whole, letter.lower()):
        if name in renames:
            used.add(name)
            # {"target": "Rencana 2022"} or {"target": "D"}: the year stays the title's.
            yearly = renames[name] in _YEARLY_KEYS and dated
            return f"{renames[name]} {whole}" if yearly else renames[name]
    read = []
    for part in parts:
        name = normalize(part)
        if name in renames:
            used.add(name)
            read.append(renames[name])
            continue
        prefixed = _prefixed(name, renames, dated=dated)
        if prefixed is None:
            read.append(part)
        else:
            used.add(prefixed[0])
            read.append(prefixed[1])
    return " ".join(read)


def _prefixed(name: str, renames: Mapping[str, str], *, dated: bool) -> tuple[str, str] | None:
    """A mapped word at the start of a yearly column's title, and the title read with its key.

    ``{"hasil": "realisasi"}`` reads "Hasil 2022", "Hasil Tahun ke-1 (2022) Rp" as the
    built-in "Realisasi ..." are read; "Hasil Akhir" or "Hasilnya" are not "Hasil".

    >>> _prefixed("hasil tahun ke-1 (2022) rp", {"hasil": "realisasi"}, dated=True)
    ('hasil', 'realisasi tahun ke-1 (2022) rp')
    >>> _prefixed("hasil akhir", {"hasil": "realisasi"}, dated=False) is None
    True
    """
    for header in sorted(renames, key=len, reverse=True):
        key = renames[header]
        if key not in _YEARLY_KEYS or not name.startswith(header) or name == header:
            continue
        rest = name[len(header) :]
        if rest[0].isalpha() or (header[-1].isdigit() and rest[0].isdigit()):
            continue
        words = re.findall(r"[a-z]+|[0-9]+", rest)
        known = all(
            w in _REST_WORDS or _YEAR.fullmatch(w) or (w.isdigit() and len(w) <= 2) for w in words
        )
        # A yearly column names its year or plan year; Kondisi Awal/Akhir may name only K/Rp.
        if known and words and (dated or key.startswith("kondisi")):
            return header, key + rest
    return None


def _unknown_column(label: str) -> str:
    """Why a column's title is not one a plan table has, and what to do.

    >>> print(_unknown_column("Realisasi"))
    a 'Realisasi' column with no year; expected its year in its title or in a header row below it ('Realisasi 2022', 'Realisasi Tahun ke-1'; or 'Realisasi' over '2022', '2023'...)
    """
    words = set(re.findall(r"[a-z]+", normalize(label)))
    if words & (_TARGET_WORDS | _REALISED_WORDS) and _YEAR.search(label) is None:
        return (
            f"a {label!r} column with no year; expected its year in its title or in a header "
            f"row below it ('{label} 2022', '{label} Tahun ke-1'; or {label!r} over '2022', "
            "'2023'...)"
        )
    return (
        f"a column headed {label!r} that a plan table does not have; expected one of "
        f"the columns listed below, or map it with {_mapping_hint(label)}, or "
        f"leave it out with ignore=[{label!r}]"
    )


def _mapping_hint(label: str) -> str:
    """How to map an unknown column: a yearly one by its word, which covers every year.

    >>> print(_mapping_hint("Hasil 2022"))
    columns={'realisasi': 'Hasil'} (or {'target': 'Hasil'}: the word covers every year)
    >>> print(_mapping_hint("Ukuran"))
    columns={'<key>': 'Ukuran'}
    """
    text = " ".join(label.split())
    match = re.fullmatch(
        r"(.*?[^\W\d_])[\s(]+(?:(?:tahun|th\.?|thn\.?)\s*)?(?:ke\s*-?\s*[0-9]{1,2}\b|(?:19|20)[0-9]{2}\b).*",
        text,
        re.IGNORECASE,
    )
    if match is None:
        return f"columns={{'<key>': {label!r}}}"
    word = match[1]
    return (
        f"columns={{'realisasi': {word!r}}} (or {{'target': {word!r}}}: the word covers every year)"
    )


def _unused(key: str | None, header: str, option: str) -> str:
    """Why a header that ``columns=`` or ``ignore=`` names matched no column.

    >>> print(_unused("realisasi", "Hasil", "columns="))
    columns= maps 'realisasi' to 'Hasil', but no header is 'Hasil' or starts with it followed by a year; expected a header as read (below) or a column's letters
    >>> print(_unused(None, "Z", "ignore="))
    ignore= names 'Z', but the table has no column Z and no header is 'Z'; expected a header as read (below) or a column's letters
    """
    given = f"{option} names {header!r}" if key is None else f"{option} maps {key!r} to {header!r}"
    if re.fullmatch(r"[A-Za-z]{1,3}", header.strip()):
        found = f"the table has no column {header.strip().upper()} and no header is {header!r}"
    elif key is not None and normalize(key) in _YEARLY_KEYS:
        found = f"no header is {header!r} or starts with it followed by a year"
    else:
        found = f"no header is {header!r}"
    return f"{given}, but {found}; expected a header as read (below) or a column's letters"


def _check_repeats(grid: Grid, columns: list[Column], top: int, problems: Problems) -> None:
    seen: dict[tuple[object, ...], Column] = {}
    for column in columns:
        if column.key is None or column.key == COMPUTED:
            continue
        identity = (column.key, column.year, column.ordinal, column.budget)
        first = seen.setdefault(identity, column)
        if first is not column:
            problems.add(
                grid.where(top, column.index),
                f"a second column read as {_describe(column)} ({column.label!r}; the first is "
                f"column {first.letter}); expected one",
            )


def _describe(column: Column) -> str:
    text = column.key or ""
    if column.year is not None:
        text += f" {column.year}"
    elif column.ordinal is not None:
        text += f" ke-{column.ordinal}"
    return text + (" rp" if column.budget else "")


def header_as_read(columns: Iterable[Column]) -> str:
    """The header as read, column by column, with the canonical keys it could name."""
    shown = "; ".join(
        f"{c.letter} {c.label!r}" + (f" = {_describe(c)}" if c.key else " = ?")
        for c in columns
        if c.label
    )
    keys = ", ".join(KEYS)
    return (
        f"the header as read: {shown}; the canonical keys are {keys}; map a header with "
        "columns={'indikator': 'Nama Indikator', ...}"
    )


def _no_header(grid: Grid) -> tuple[str, str]:
    rows = []
    named = None  # the first cell that names an indicator column, if one does
    for row in range(1, min(grid.height, _SEARCH_ROWS) + 1):
        texts = own_texts(grid, row)
        named = named or next(
            (t for _, t in texts if re.search(r"\bindi[ck]at", t, re.I) and len(t) <= 60), None
        )
        if len(texts) >= 2:
            rows.append(
                f"row {row}: "
                + ", ".join(f"{column_letter(c.column)} {t!r}" for c, t in texts[:12])
            )
        if len(rows) == 3:
            break
    found = "; ".join(rows) if rows else "no row with two or more cells"
    where = grid.where(1) if grid.height else "file"
    return (
        where,
        f"no header row with an indicator column found in the first {_SEARCH_ROWS} rows "
        f"(found {found}); expected a header naming 'Indikator Kinerja', 'Satuan', the "
        f"targets by year...; map yours with columns={{'indikator': {named or 'Nama Indikator'!r}, ...}}",
    )


# The years of the yearly columns ---------------------------------------------------------


def column_years(
    grid: Grid, header: Header, first_year: int | None, problems: Problems
) -> dict[int, int]:
    """The calendar year of every target and realisasi column, by column number."""
    yearly = [c for c in header.columns if c.key in ("target", "realisasi")]
    ordinals = [c.ordinal for c in yearly if c.ordinal is not None]
    first = first_year
    if first is None and ordinals:
        first = first_plan_year(header, max(ordinals))
    found: dict[int, int] = {}
    for column in yearly:
        if column.ordinal is not None and first is not None:
            year = first + column.ordinal - 1
            if column.year is not None and column.year != year:
                problems.add(
                    grid.where(header.bottom, column.index),
                    f"{column.label!r} names tahun ke-{column.ordinal} {column.year}, but "
                    f"tahun ke-1 is {first}; expected tahun ke-{column.ordinal} to be {year}",
                )
            found[column.index] = year
        elif column.year is not None:
            found[column.index] = column.year
        else:
            problems.add(
                grid.where(header.bottom, column.index),
                f"{column.label!r} names tahun ke-{column.ordinal} and no calendar year, and "
                "neither the header, the Kondisi Awal/Akhir headers nor the title block say "
                "which year tahun ke-1 is; expected a year, or pass first_year=2022",
            )
    return found


def first_plan_year(header: Header, last_ordinal: int) -> int | None:
    """The year of tahun ke-1, from the header, Kondisi Awal/Akhir, or the title block."""
    for column in header.columns:
        if column.ordinal is not None and column.year is not None:
            return column.year - column.ordinal + 1
    initial = next((c.year for c in header.columns if c.key == "kondisi_awal" and c.year), None)
    if initial is not None:
        return initial + 1
    final = next((c.year for c in header.columns if c.key == "kondisi_akhir" and c.year), None)
    if final is not None:
        return final - last_ordinal + 1
    if header.title.years is not None:
        return header.title.years[1] - last_ordinal + 1
    return None
