"""The words of a plan table for which way is good and how figures combine.

A Sifat or Polaritas column says "positif" or "negatif"; a Kumulatif column "Ya" or
"Tidak" (or "kumulatif", "non-kumulatif"); the notes (Keterangan) say "indikator
negatif", "semakin kecil semakin baik", "kumulatif", and "(diasumsikan)" where the
accumulation was assumed, as the evaluation form writes it.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from typing import Any

from pledgekit._indicator import Accumulation, Direction
from pledgekit.exceptions import InvalidValueError
from pledgekit.io._plan_header import normalize

__all__ = [
    "DIRECTION_EXPECTED",
    "accumulation_of_notes",
    "accumulation_of_word",
    "choices",
    "direction_of_notes",
    "direction_of_word",
    "is_assumed",
]

_DIRECTION_WORDS = {
    "positif": Direction.INCREASE,
    "positive": Direction.INCREASE,
    "+": Direction.INCREASE,
    "naik": Direction.INCREASE,
    "meningkat": Direction.INCREASE,
    "semakin besar semakin baik": Direction.INCREASE,
    "semakin tinggi semakin baik": Direction.INCREASE,
    "higher is better": Direction.INCREASE,
    "increase": Direction.INCREASE,
    "maximize": Direction.INCREASE,
    "maximise": Direction.INCREASE,
    "negatif": Direction.DECREASE,
    "negative": Direction.DECREASE,
    "turun": Direction.DECREASE,
    "menurun": Direction.DECREASE,
    "semakin kecil semakin baik": Direction.DECREASE,
    "semakin rendah semakin baik": Direction.DECREASE,
    "lower is better": Direction.DECREASE,
    "decrease": Direction.DECREASE,
    "minimize": Direction.DECREASE,
    "minimise": Direction.DECREASE,
}
_NOTE_DECREASE = re.compile(
    r"\bindikator negatif\b|\bnegatif\b|semakin (?:kecil|rendah) semakin baik", re.IGNORECASE
)
_NOTE_INCREASE = re.compile(
    r"\bindikator positif\b|\bpositif\b|semakin (?:besar|tinggi) semakin baik", re.IGNORECASE
)
_ACCUMULATION_WORDS = {
    "ya": Accumulation.SUM,
    "y": Accumulation.SUM,
    "yes": Accumulation.SUM,
    "kumulatif": Accumulation.SUM,
    "cumulative": Accumulation.SUM,
    "sum": Accumulation.SUM,
    "tidak": Accumulation.LAST,
    "t": Accumulation.LAST,
    "no": Accumulation.LAST,
    "bukan": Accumulation.LAST,
    "non-kumulatif": Accumulation.LAST,
    "non kumulatif": Accumulation.LAST,
    "nonkumulatif": Accumulation.LAST,
    "non-cumulative": Accumulation.LAST,
    "last": Accumulation.LAST,
}
_NOTE_LAST = re.compile(r"\bnon[- ]?kumulatif\b", re.IGNORECASE)
_NOTE_SUM = re.compile(r"(?<![a-z-])(?<!non )kumulatif\b", re.IGNORECASE)
_ASSUMED = re.compile(r"\(\s*diasumsikan\s*\)", re.IGNORECASE)
DIRECTION_EXPECTED = (
    "a Sifat or Polaritas column (positif/negatif), a note in Keterangan ('indikator "
    "negatif', 'semakin kecil semakin baik', 'positif'), or directions={name or No: "
    "'increase' or 'decrease'}"
)


def direction_of_word(word: str) -> Direction | None:
    """The direction a Sifat/Polaritas cell names, if it names one.

    >>> direction_of_word(" Negatif "), direction_of_word("semakin besar semakin baik")
    (<Direction.DECREASE: 'decrease'>, <Direction.INCREASE: 'increase'>)
    """
    return _DIRECTION_WORDS.get(normalize(word))


def direction_of_notes(notes: str) -> Direction | None:
    """The direction the notes state, if they state one (and only one).

    >>> direction_of_notes("Indikator negatif; non-kumulatif"), direction_of_notes("baru")
    (<Direction.DECREASE: 'decrease'>, None)
    """
    decrease, increase = _NOTE_DECREASE.search(notes), _NOTE_INCREASE.search(notes)
    if decrease and not increase:
        return Direction.DECREASE
    if increase and not decrease:
        return Direction.INCREASE
    return None


def accumulation_of_word(word: str) -> Accumulation | None:
    """The accumulation a Kumulatif cell names (Ya/Tidak, kumulatif/non-kumulatif), if any.

    >>> accumulation_of_word("Ya"), accumulation_of_word("Non-Kumulatif")
    (<Accumulation.SUM: 'sum'>, <Accumulation.LAST: 'last'>)
    """
    return _ACCUMULATION_WORDS.get(normalize(word))


def accumulation_of_notes(notes: str) -> Accumulation | None:
    """The accumulation the notes state, if they state one.

    >>> accumulation_of_notes("non-kumulatif (diasumsikan)"), accumulation_of_notes("kumulatif")
    (<Accumulation.LAST: 'last'>, <Accumulation.SUM: 'sum'>)
    """
    if _NOTE_LAST.search(notes):
        return Accumulation.LAST
    if _NOTE_SUM.search(notes):
        return Accumulation.SUM
    return None


def is_assumed(notes: str | None) -> bool:
    """Whether the notes mark the accumulation as assumed: "(diasumsikan)"."""
    return notes is not None and _ASSUMED.search(notes) is not None


def choices(values: Mapping[str, Any] | None, kind: type[enum.Enum], what: str) -> dict[str, Any]:
    if values is None:
        return {}
    if not isinstance(values, Mapping):
        raise InvalidValueError(
            values, "a mapping of indicator name or row No to a value", f"read_plan_table({what})"
        )
    words: Mapping[str, enum.Enum] = _DIRECTION_WORDS if kind is Direction else _ACCUMULATION_WORDS
    found: dict[str, Any] = {}
    for key, value in values.items():
        member: enum.Enum | None = value if isinstance(value, kind) else None
        if member is None and isinstance(value, str):
            text = normalize(value)
            member = next((m for m in kind if m.value == text), None) or words.get(text)
        if not isinstance(key, str) or member is None:
            names = " or ".join(repr(m.value) for m in kind)
            raise InvalidValueError(
                value, f"a {kind.__name__}, {names}", f"read_plan_table({what})[{key!r}]"
            )
        found[normalize(key)] = member
    return found
