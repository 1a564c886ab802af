"""SAKIP grades: an institution's performance-accountability score as AA … D.

Source: Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi
Nomor 88 Tahun 2021 tentang Evaluasi Akuntabilitas Kinerja Instansi Pemerintah
(the evaluation of SAKIP, *Sistem Akuntabilitas Kinerja Instansi Pemerintah*),
Lampiran, the table of grades (*predikat*) by score (*nilai*, 0–100):

====  ==============  ====================
AA    > 90 – 100      Sangat Memuaskan
A     > 80 – 90       Memuaskan
BB    > 70 – 80       Sangat Baik
B     > 60 – 70       Baik
CC    > 50 – 60       Cukup (Memadai)
C     > 30 – 50       Kurang
D     0 – 30          Sangat Kurang
====  ==============  ====================

Each printed range opens with "more than" its lower bound, so a score of exactly 90
is an A, not an AA: that is
[`LowerBound.STRICT`][pledgekit.methods.sakip.LowerBound.STRICT], the default. Some
regional guidelines and apps read the bounds as "at least";
[`LowerBound.INCLUSIVE`][pledgekit.methods.sakip.LowerBound.INCLUSIVE] does that. Scores
outside 0–100 are refused.

>>> from pledgekit.methods.sakip import LowerBound, grade
>>> grade(90), grade("90.01")
(<SakipGrade.A: 'A'>, <SakipGrade.AA: 'AA'>)
>>> grade(90, lower_bound=LowerBound.INCLUSIVE).meaning
'Sangat Memuaskan'
"""

from __future__ import annotations

import enum
from decimal import Decimal
from fractions import Fraction
from typing import TypeAlias

from pledgekit._amounts import to_amount
from pledgekit.exceptions import InvalidValueError

__all__ = ["LowerBound", "SakipGrade", "Score", "grade"]

Score: TypeAlias = int | str | Decimal | Fraction
"""What a score may be given as: an exact number from 0 to 100.

An ``int``, a decimal string, a `Decimal` or a `Fraction`; a ``float`` is refused. A
score of 90 is an A ("> 80 – 90"); anything above it, such as 90.01 or 181/2 = 90.5,
an AA:

>>> from decimal import Decimal
>>> from fractions import Fraction
>>> from pledgekit.methods.sakip import Score, grade
>>> scores: list[Score] = [90, "90.01", Decimal("90.01"), Fraction(181, 2)]
>>> [grade(score).value for score in scores]
['A', 'AA', 'AA', 'AA']
>>> grade(90.5)
Traceback (most recent call last):
...
pledgekit.exceptions.InvalidValueError: grade(score): got 90.5 (float); expected a ...
"""


class LowerBound(enum.Enum):
    """Whether a grade's lower bound belongs to it.

    Only a score exactly on a bound reads differently: 80 is "> 70 – 80", a BB, as
    printed, and an A when the bound counts as "at least":

    >>> from pledgekit.methods.sakip import LowerBound, grade
    >>> grade(80, lower_bound=LowerBound.STRICT), grade(80, lower_bound=LowerBound.INCLUSIVE)
    (<SakipGrade.BB: 'BB'>, <SakipGrade.A: 'A'>)
    >>> grade("80.01", lower_bound=LowerBound.STRICT)
    <SakipGrade.A: 'A'>
    """

    #: ``score > bound``, as the regulation prints it ("> 90 – 100"); the default.
    STRICT = "strict"
    #: ``score >= bound``.
    INCLUSIVE = "inclusive"


class SakipGrade(enum.Enum):
    """The seven SAKIP grades, best first.

    A score of 72.50 lies in "> 70 – 80": a BB, Sangat Baik. A score on a printed bound
    belongs to the grade below it (70 is "> 60 – 70", a B):

    >>> from pledgekit.methods.sakip import grade
    >>> result = grade("72.50")
    >>> result, result.meaning, result.lower_bound
    (<SakipGrade.BB: 'BB'>, 'Sangat Baik', Fraction(70, 1))
    >>> [grade(score).value for score in ("90.01", 70, "30.5", 30)]
    ['AA', 'B', 'C', 'D']
    """

    AA = "AA"
    A = "A"
    BB = "BB"
    B = "B"
    CC = "CC"
    C = "C"
    D = "D"

    @property
    def meaning(self) -> str:
        """The grade's meaning in the regulation's words.

        >>> from pledgekit.methods.sakip import SakipGrade
        >>> SakipGrade.CC.meaning
        'Cukup (Memadai)'
        """
        return _MEANINGS[self]

    @property
    def lower_bound(self) -> Fraction:
        """The score above which (or from which, inclusively) the grade starts.

        >>> from pledgekit.methods.sakip import SakipGrade
        >>> SakipGrade.C.lower_bound
        Fraction(30, 1)
        """
        return _LOWER_BOUNDS[self]


_MEANINGS = {
    SakipGrade.AA: "Sangat Memuaskan",
    SakipGrade.A: "Memuaskan",
    SakipGrade.BB: "Sangat Baik",
    SakipGrade.B: "Baik",
    SakipGrade.CC: "Cukup (Memadai)",
    SakipGrade.C: "Kurang",
    SakipGrade.D: "Sangat Kurang",
}
_LOWER_BOUNDS = {
    SakipGrade.AA: Fraction(90),
    SakipGrade.A: Fraction(80),
    SakipGrade.BB: Fraction(70),
    SakipGrade.B: Fraction(60),
    SakipGrade.CC: Fraction(50),
    SakipGrade.C: Fraction(30),
    SakipGrade.D: Fraction(0),
}

_ABOVE_D = tuple(g for g in SakipGrade if g is not SakipGrade.D)


def _score(value: object) -> Fraction:
    if isinstance(value, Fraction):
        number = value
    elif isinstance(value, bool) or not isinstance(value, int | str | Decimal):
        raise InvalidValueError(
            value,
            "a score as an int, a Fraction, a Decimal or a decimal string (floats are "
            "refused because they are not exact)",
            "grade(score)",
        )
    else:
        number = Fraction(to_amount(value, where="grade(score)"))
    if not 0 <= number <= 100:
        raise InvalidValueError(value, "a score from 0 to 100", "grade(score)")
    return number


def grade(score: Score, *, lower_bound: LowerBound = LowerBound.STRICT) -> SakipGrade:
    """The SAKIP grade of a score from 0 to 100.

    Args:
        score: The evaluation score (exact; floats are refused).
        lower_bound: [`LowerBound.STRICT`][pledgekit.methods.sakip.LowerBound.STRICT]
            (``> 90`` is AA, the regulation's reading) or
            [`LowerBound.INCLUSIVE`][pledgekit.methods.sakip.LowerBound.INCLUSIVE] (``>=
            90`` is AA).

    Raises:
        InvalidValueError: The score is not a number, or lies outside 0–100.

    >>> from pledgekit.methods.sakip import LowerBound, grade
    >>> [grade(s).value for s in (100, 85, 75, 65, 55, 40, 30, 0)]
    ['AA', 'A', 'BB', 'B', 'CC', 'C', 'D', 'D']
    >>> grade(30, lower_bound=LowerBound.INCLUSIVE)
    <SakipGrade.C: 'C'>
    """
    value = _score(score)
    if not isinstance(lower_bound, LowerBound):
        raise InvalidValueError(lower_bound, "a LowerBound", "grade(lower_bound)")
    for candidate in _ABOVE_D:
        bound = candidate.lower_bound
        if value > bound or (lower_bound is LowerBound.INCLUSIVE and value == bound):
            return candidate
    return SakipGrade.D
