"""The predikat of Permendagri 86/2017: the five bands of an achievement rate, as data.

Private: [`pledgekit.methods.permendagri86`][pledgekit.methods.permendagri86] is the
    public face of everything here.
The rates themselves, the plan's years and the roll-up build on these bands.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from types import MappingProxyType
from typing import TypeAlias

import attrs

from pledgekit._amounts import round_fraction, to_amount
from pledgekit.exceptions import InvalidValueError

__all__ = [
    "KUALITAS",
    "PERMENDAGRI_86_BANDS",
    "TINGKAT_CAPAIAN",
    "BandPolicy",
    "LabelSet",
    "Number",
    "Predikat",
    "PredikatBands",
    "next_band_at",
    "predikat",
]

#: An exact number a rate or a bound may be given as (floats are refused).
Number: TypeAlias = int | str | Decimal | Fraction


def _to_fraction(value: object, where: str) -> Fraction:
    """An exact rational from an int, a Fraction, a Decimal or a decimal string."""
    if isinstance(value, Fraction):
        return value
    if isinstance(value, bool) or not isinstance(value, int | str | Decimal):
        raise InvalidValueError(
            value,
            "an int, a Fraction, a Decimal or a decimal string (floats are refused because "
            "they are not exact)",
            where,
        )
    return Fraction(to_amount(value, where=where))


class BandPolicy(enum.Enum):
    """How a rate falls into the regulation's integer bands, which have gaps.

    Bekasi's 27,197 jobs against a yearly target of 30,000 rate 90.656…, between the
    printed bands 76–90 and 91–100:

    >>> from fractions import Fraction
    >>> from pledgekit.methods.permendagri86 import BandPolicy, predikat
    >>> rate = Fraction(27197, 30000) * 100
    >>> predikat(rate, policy=BandPolicy.HALF_OPEN)  # below 91
    <Predikat.TINGGI: 'tinggi'>
    >>> predikat(rate, policy=BandPolicy.ROUND_FIRST)  # rounded to 91 first
    <Predikat.SANGAT_TINGGI: 'sangat_tinggi'>
    """

    #: Half-open bands: ``≥ 91``, ``≥ 76``, ``≥ 66``, ``≥ 51``, else; the default.
    HALF_OPEN = "half_open"
    #: Round half-up to a whole number first, then use the printed bands.
    ROUND_FIRST = "round_first"


class Predikat(enum.Enum):
    """The five bands of the achievement rate (*kriteria tingkat capaian kinerja*).

    Bekasi's 146,305 jobs against the 150,000 pledged rate 97.54 %, in the top band;
    the same figures against 200,000 would rate 73.15 %:

    >>> from fractions import Fraction
    >>> from pledgekit.methods.permendagri86 import KUALITAS, predikat
    >>> predikat(Fraction(146305, 150000) * 100)  # 97.536… ≥ 91
    <Predikat.SANGAT_TINGGI: 'sangat_tinggi'>
    >>> band = predikat(Fraction(146305, 200000) * 100)  # 66 ≤ 73.152… < 76
    >>> band, band.label(), band.label(KUALITAS)
    (<Predikat.SEDANG: 'sedang'>, 'Sedang', 'Cukup')
    """

    SANGAT_TINGGI = "sangat_tinggi"
    TINGGI = "tinggi"
    SEDANG = "sedang"
    RENDAH = "rendah"
    SANGAT_RENDAH = "sangat_rendah"

    def label(self, labels: LabelSet | None = None) -> str:
        """The words for this predikat in a label set (`TINGKAT_CAPAIAN` by default).

        >>> from pledgekit.methods.permendagri86 import KUALITAS, Predikat
        >>> Predikat.TINGGI.label(), Predikat.TINGGI.label(KUALITAS)
        ('Tinggi', 'Baik')
        """
        return (TINGKAT_CAPAIAN if labels is None else labels).label(self)


def _validate_labels(instance: LabelSet, attribute: object, value: object) -> None:
    if not isinstance(value, Mapping) or set(value) != set(Predikat):
        raise InvalidValueError(
            value, "a mapping with one label for each Predikat", "LabelSet.labels"
        )
    for key, text in value.items():
        if not isinstance(text, str) or not text.strip():
            raise InvalidValueError(text, "a non-empty label", f"LabelSet.labels[{key.name}]")


def _freeze_labels(value: object) -> object:
    return MappingProxyType(dict(value)) if isinstance(value, Mapping) else value


@attrs.frozen
class LabelSet:
    """Words for the five predikat, as data.

    Args:
        name: What the set is called.
        labels: One label for each [`Predikat`][pledgekit.methods.permendagri86.Predikat].

    >>> from pledgekit.methods.permendagri86 import TINGKAT_CAPAIAN, Predikat
    >>> TINGKAT_CAPAIAN.label(Predikat.SANGAT_RENDAH)
    'Sangat Rendah'
    """

    name: str
    labels: Mapping[Predikat, str] = attrs.field(
        converter=_freeze_labels, validator=_validate_labels, hash=False, eq=True
    )

    def label(self, value: Predikat) -> str:
        """The label of one predikat."""
        if not isinstance(value, Predikat):
            raise InvalidValueError(value, "a Predikat", f"{self.name}.label")
        return self.labels[value]


TINGKAT_CAPAIAN = LabelSet(
    "tingkat capaian",
    {
        Predikat.SANGAT_TINGGI: "Sangat Tinggi",
        Predikat.TINGGI: "Tinggi",
        Predikat.SEDANG: "Sedang",
        Predikat.RENDAH: "Rendah",
        Predikat.SANGAT_RENDAH: "Sangat Rendah",
    },
)
"""The regulation's own words: *tingkat capaian* Sangat Tinggi … Sangat Rendah.

The labels a [`Predikat`][pledgekit.methods.permendagri86.Predikat] has by default.
Bekasi's 146,305 jobs against the 150,000 pledged rate 97.54 %, at least 91:

>>> from pledgekit import Direction
>>> from pledgekit.methods.permendagri86 import (TINGKAT_CAPAIAN, Predikat, capaian,
...                                              predikat)
>>> [TINGKAT_CAPAIAN.label(band) for band in Predikat]
['Sangat Tinggi', 'Tinggi', 'Sedang', 'Rendah', 'Sangat Rendah']
>>> predikat(capaian(150000, 146305, Direction.INCREASE)).label(TINGKAT_CAPAIAN)
'Sangat Tinggi'
"""
KUALITAS = LabelSet(
    "kualitas",
    {
        Predikat.SANGAT_TINGGI: "Sangat Baik",
        Predikat.TINGGI: "Baik",
        Predikat.SEDANG: "Cukup",
        Predikat.RENDAH: "Kurang",
        Predikat.SANGAT_RENDAH: "Sangat Kurang",
    },
)
"""The quality words many regional evaluation reports print on the same bands.

The same five bands, worded Sangat Baik … Sangat Kurang. The Bekasi jobs figure,
146,305, against a target of 200,000 would rate 73.15 %, in 66–75:

>>> from fractions import Fraction
>>> from pledgekit.methods.permendagri86 import KUALITAS, Predikat, predikat
>>> [KUALITAS.label(band) for band in Predikat]
['Sangat Baik', 'Baik', 'Cukup', 'Kurang', 'Sangat Kurang']
>>> band = predikat(Fraction(146305, 200000) * 100)
>>> band.label(), band.label(KUALITAS)
('Sedang', 'Cukup')
"""


def _sangat_tinggi(value: object) -> Fraction:
    return _to_fraction(value, "PredikatBands.sangat_tinggi")


def _tinggi(value: object) -> Fraction:
    return _to_fraction(value, "PredikatBands.tinggi")


def _sedang(value: object) -> Fraction:
    return _to_fraction(value, "PredikatBands.sedang")


def _rendah(value: object) -> Fraction:
    return _to_fraction(value, "PredikatBands.rendah")


@attrs.frozen
class PredikatBands:
    """The lower bounds of the four upper bands (defaults: the regulation's 91, 76, 66, 51).

    A rate at or above
    [`sangat_tinggi`][pledgekit.methods.permendagri86.PredikatBands.sangat_tinggi] is
    Sangat Tinggi, and so on down; below
    [`rendah`][pledgekit.methods.permendagri86.PredikatBands.rendah] it is Sangat
    Rendah.

    >>> from pledgekit.methods.permendagri86 import PERMENDAGRI_86_BANDS
    >>> PERMENDAGRI_86_BANDS.tinggi
    Fraction(76, 1)
    """

    sangat_tinggi: Fraction = attrs.field(default=Fraction(91), converter=_sangat_tinggi)
    tinggi: Fraction = attrs.field(default=Fraction(76), converter=_tinggi)
    sedang: Fraction = attrs.field(default=Fraction(66), converter=_sedang)
    rendah: Fraction = attrs.field(default=Fraction(51), converter=_rendah)

    def __attrs_post_init__(self) -> None:
        if not self.sangat_tinggi > self.tinggi > self.sedang > self.rendah:
            raise InvalidValueError(
                (self.sangat_tinggi, self.tinggi, self.sedang, self.rendah),
                "strictly falling bounds: sangat_tinggi > tinggi > sedang > rendah",
                "PredikatBands",
            )


PERMENDAGRI_86_BANDS = PredikatBands()
"""The bands printed in the regulation, read as half-open lower bounds.

The regulation prints 91–100, 76–90, 66–75, 51–65 and ≤ 50. A rate on a printed lower
bound is in that band; a rate just below it, in the gap the integer bands leave, falls
to the band below:

>>> from pledgekit.methods.permendagri86 import PERMENDAGRI_86_BANDS, predikat
>>> PERMENDAGRI_86_BANDS.sangat_tinggi, PERMENDAGRI_86_BANDS.rendah
(Fraction(91, 1), Fraction(51, 1))
>>> predikat(91, bands=PERMENDAGRI_86_BANDS).label()  # the lowest rate of 91–100
'Sangat Tinggi'
>>> predikat("90.99", bands=PERMENDAGRI_86_BANDS).label()  # below 91: as 76–90
'Tinggi'
>>> [predikat(edge).label() for edge in (76, 66, 51, "50.99")]  # the same by default
['Tinggi', 'Sedang', 'Rendah', 'Sangat Rendah']
"""


def predikat(
    capaian: Number,
    *,
    policy: BandPolicy = BandPolicy.HALF_OPEN,
    bands: PredikatBands = PERMENDAGRI_86_BANDS,
) -> Predikat:
    """The predikat of an achievement rate (in percent).

    The regulation prints integer bands with gaps: 91–100 Sangat Tinggi, 76–90 Tinggi,
    66–75 Sedang, 51–65 Rendah, ≤ 50 Sangat Rendah. A rate of 90.5 falls in no printed
    band. [`BandPolicy.HALF_OPEN`][pledgekit.methods.permendagri86.BandPolicy.HALF_OPEN]
    (the default) closes the gaps by reading each printed lower bound as "at least":
    90.5 is Tinggi.
    [`BandPolicy.ROUND_FIRST`][pledgekit.methods.permendagri86.BandPolicy.ROUND_FIRST]
    rounds half-up to a whole number first: 90.5 becomes 91, Sangat Tinggi. Rates above
    100 are Sangat Tinggi under both policies.

    Args:
        capaian: The achievement rate in percent (an exact number; floats are refused).
        policy: How to read the gaps between the printed bands.
        bands: The lower bounds of the bands, as data.

    >>> from fractions import Fraction
    >>> from pledgekit.methods.permendagri86 import BandPolicy, predikat
    >>> predikat(91), predikat(Fraction(181, 2)), predikat(Fraction(181, 2), policy=BandPolicy.ROUND_FIRST)
    (<Predikat.SANGAT_TINGGI: 'sangat_tinggi'>, <Predikat.TINGGI: 'tinggi'>, <Predikat.SANGAT_TINGGI: 'sangat_tinggi'>)
    >>> predikat("50.9").label()
    'Sangat Rendah'
    """
    value = _to_fraction(capaian, "predikat(capaian)")
    if not isinstance(policy, BandPolicy):
        raise InvalidValueError(policy, "a BandPolicy", "predikat(policy)")
    if not isinstance(bands, PredikatBands):
        raise InvalidValueError(bands, "PredikatBands", "predikat(bands)")
    if policy is BandPolicy.ROUND_FIRST:
        value = Fraction(round_fraction(value, 0))
    # value >= bound, by the cross-multiplication Fraction itself does (denominators
    # are positive), on the integers of each bound.
    n, d = value.as_integer_ratio()
    for top, bottom, _, band in _edges(bands):
        if n * bottom >= top * d:
            return band
    return Predikat.SANGAT_RENDAH


def _edges(bands: PredikatBands) -> tuple[tuple[int, int, Fraction, Predikat], ...]:
    """`_upper_bands` with each bound's numerator and denominator first."""
    if bands is PERMENDAGRI_86_BANDS:
        return _REGULATION_EDGES
    return tuple((b.numerator, b.denominator, b, band) for b, band in _upper_bands(bands))


def _upper_bands(bands: PredikatBands) -> tuple[tuple[Fraction, Predikat], ...]:
    """The four bands with a lower bound, highest first."""
    return (
        (bands.sangat_tinggi, Predikat.SANGAT_TINGGI),
        (bands.tinggi, Predikat.TINGGI),
        (bands.sedang, Predikat.SEDANG),
        (bands.rendah, Predikat.RENDAH),
    )


def next_band_at(
    capaian: Fraction,
    *,
    policy: BandPolicy = BandPolicy.HALF_OPEN,
    bands: PredikatBands = PERMENDAGRI_86_BANDS,
) -> Fraction | None:
    """The lowest rate rated one band higher than ``capaian``; ``None`` in the top band.

    A rate shown rounded must not be rounded onto this edge, or the figure printed would
    read as a band the rate does not reach. Under
    [`BandPolicy.ROUND_FIRST`][pledgekit.methods.permendagri86.BandPolicy.ROUND_FIRST] a
    bound ``b`` is reached from ``ceil(b) − 1/2`` on, since that rounds half-up to
    ``ceil(b)``.

    >>> from fractions import Fraction
    >>> from pledgekit.methods.permendagri86 import BandPolicy, next_band_at
    >>> next_band_at(Fraction(181, 2)), next_band_at(Fraction(181, 2), policy=BandPolicy.ROUND_FIRST)
    (Fraction(91, 1), None)
    >>> next_band_at(Fraction(95)) is None
    True
    """
    if policy is BandPolicy.HALF_OPEN and type(capaian) is Fraction:
        # capaian < bound, cross-multiplied as in predikat.
        n, d = capaian.as_integer_ratio()
        for top, bottom, bound, _ in reversed(_edges(bands)):
            if n * bottom < top * d:
                return bound
        return None
    for bound, _ in reversed(_upper_bands(bands)):
        edge = bound if policy is BandPolicy.HALF_OPEN else math.ceil(bound) - Fraction(1, 2)
        if capaian < edge:
            return edge
    return None


_REGULATION_EDGES = tuple(
    (b.numerator, b.denominator, b, band) for b, band in _upper_bands(PERMENDAGRI_86_BANDS)
)
