"""Capaian and predikat: the RPJMD evaluation of Permendagri 86/2017.

Source: Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017 tentang Tata Cara
Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah, ..., Lampiran, the form
"Evaluasi Terhadap Hasil RPJMD" (evaluation of the results of the regional
medium-term development plan). For each indicator the form sets the target (T)
against the realisation (R), computes the achievement rate (*tingkat capaian*,
a percentage), rates it on five bands (*predikat*), and closes with the mean
achievement rate and its predikat (the form's footer).

The regulation leaves several things open; each is a documented parameter here
(see ``docs/methods.md``):

- lower-is-better indicators: ``(2T − R) / T × 100`` by default
  (:attr:`LowerIsBetter.TWO_T_MINUS_R`), ``T / R × 100`` selectable;
- range targets: the bound nearest the realisation is the target; inside the
  range the rate is exactly 100;
- the rate is raw (it may exceed 100 or fall below 0); clamping is explicit;
- the printed bands are integers with gaps (91–100, 76–90, 66–75, 51–65, ≤ 50):
  by default they are read as half-open (``≥ 91``, ``≥ 76``, ``≥ 66``, ``≥ 51``,
  else), or, with :attr:`BandPolicy.ROUND_FIRST`, the rate is first rounded
  half-up to a whole number and then rated on the printed bands;
- the footer is the unweighted mean; a weighted mean is optional.

Every rate is an exact :class:`~fractions.Fraction`; nothing is rounded until it is
presented (:func:`pledgekit.round_fraction`).

>>> from pledgekit import Direction
>>> capaian(150000, 146305, Direction.INCREASE)
Fraction(29261, 300)
>>> predikat(capaian(150000, 146305, Direction.INCREASE))
<Predikat.SANGAT_TINGGI: 'sangat_tinggi'>
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from types import MappingProxyType
from typing import TypeAlias

import attrs

from pledgekit._amounts import add_amounts, round_fraction, to_amount
from pledgekit._indicator import Accumulation, Direction
from pledgekit._period import Period
from pledgekit._progress import Progress
from pledgekit.exceptions import InvalidValueError
from pledgekit.methods._arguments import direction_argument as _direction
from pledgekit.methods._arguments import year_argument as _year

__all__ = [
    "KUALITAS",
    "PERMENDAGRI_86_BANDS",
    "TINGKAT_CAPAIAN",
    "Amount",
    "BandPolicy",
    "LabelSet",
    "LowerIsBetter",
    "NoCapaian",
    "PeriodCapaian",
    "Predikat",
    "PredikatBands",
    "RollUp",
    "TargetValue",
    "YearCapaian",
    "accumulate",
    "capaian",
    "end_of_period",
    "end_of_period_capaian",
    "predikat",
    "progress_capaian",
    "roll_up",
    "yearly_capaian",
]

#: What an amount may be given as (see :func:`pledgekit.to_amount`).
Amount: TypeAlias = int | str | Decimal
#: A target: one value, or a ``(low, high)`` range.
TargetValue: TypeAlias = Amount | tuple[Amount, Amount]
Number: TypeAlias = int | str | Decimal | Fraction

_HUNDRED = Fraction(100)


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


def _rolled(value: object, where: str) -> Fraction:
    """A rate to roll up; a year with no figure has none (``None``): leave it out."""
    if value is None:
        raise InvalidValueError(value, "a capaian; leave out a year with no figure", where)
    return _to_fraction(value, where)


class LowerIsBetter(enum.Enum):
    """The achievement-rate formula for an indicator where less is better."""

    #: ``(2T − R) / T × 100``: symmetric with ``R / T``; the default.
    TWO_T_MINUS_R = "2t_minus_r"
    #: ``T / R × 100``: the reciprocal form some regions use.
    T_OVER_R = "t_over_r"


class BandPolicy(enum.Enum):
    """How a rate falls into the regulation's integer bands, which have gaps."""

    #: Half-open bands: ``≥ 91``, ``≥ 76``, ``≥ 66``, ``≥ 51``, else; the default.
    HALF_OPEN = "half_open"
    #: Round half-up to a whole number first, then use the printed bands.
    ROUND_FIRST = "round_first"


class Predikat(enum.Enum):
    """The five bands of the achievement rate (*kriteria tingkat capaian kinerja*)."""

    SANGAT_TINGGI = "sangat_tinggi"
    TINGGI = "tinggi"
    SEDANG = "sedang"
    RENDAH = "rendah"
    SANGAT_RENDAH = "sangat_rendah"

    def label(self, labels: LabelSet | None = None) -> str:
        """The words for this predikat in a label set (:data:`TINGKAT_CAPAIAN` by default).

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
        labels: One label for each :class:`Predikat`.

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


#: The regulation's own words: *tingkat capaian* Sangat Tinggi … Sangat Rendah.
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
#: The quality words many regional evaluation reports print on the same bands.
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

    A rate at or above :attr:`sangat_tinggi` is Sangat Tinggi, and so on down; below
    :attr:`rendah` it is Sangat Rendah.

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


#: The bands printed in the regulation, read as half-open lower bounds.
PERMENDAGRI_86_BANDS = PredikatBands()


# Coercion ---------------------------------------------------------------------------


def _target(value: object, where: str) -> Decimal | tuple[Decimal, Decimal]:
    if isinstance(value, tuple):
        if len(value) != 2:
            raise InvalidValueError(value, "a single target or a (low, high) pair", where)
        low = to_amount(value[0], where=f"{where}[0]")
        high = to_amount(value[1], where=f"{where}[1]")
        if high < low:
            raise InvalidValueError(value, "a (low, high) range with low <= high", where)
        return (low, high)
    return to_amount(value, where=where)


def _clamp(value: object) -> tuple[Fraction, Fraction] | None:
    if value is None:
        return None
    if not isinstance(value, tuple) or len(value) != 2:
        raise InvalidValueError(value, "None or a (low, high) pair such as (0, 100)", "clamp")
    low = _to_fraction(value[0], "clamp[0]")
    high = _to_fraction(value[1], "clamp[1]")
    if high < low:
        raise InvalidValueError(value, "a (low, high) pair with low <= high", "clamp")
    return (low, high)


# Capaian ----------------------------------------------------------------------------


def capaian(
    target: TargetValue,
    realisasi: Amount,
    direction: Direction,
    *,
    formula: LowerIsBetter = LowerIsBetter.TWO_T_MINUS_R,
    clamp: tuple[Number, Number] | None = None,
) -> Fraction:
    """The achievement rate (*tingkat capaian*) of one realisation, in percent, exactly.

    - More is better (:attr:`Direction.INCREASE`): ``R / T × 100``.
    - Less is better (:attr:`Direction.DECREASE`): ``(2T − R) / T × 100`` by default,
      or ``T / R × 100`` with ``formula=LowerIsBetter.T_OVER_R``.
    - A range target ``(low, high)``: a realisation inside the range scores exactly
      100; outside it, the bound nearest the realisation is the target ``T``, with
      the indicator's own formula.

    Args:
        target: The target ``T``, or a ``(low, high)`` range.
        realisasi: The realisation ``R``.
        direction: Which way is good for the indicator.
        formula: The formula for a lower-is-better indicator.
        clamp: ``None`` (the raw rate, which may exceed 100 or fall below 0) or a
            ``(low, high)`` pair to clamp to, such as ``(0, 100)``.

    Returns:
        The rate in percent as an exact Fraction.

    Raises:
        InvalidValueError: A target of zero (the rate is undefined), a realisation of
            zero with ``T / R``, a float, a reversed range or clamp.

    Jobs opened against a target (more is better), and an unemployment rate of
    5.9 % against a target of 5.5 % (less is better):

    >>> capaian(150000, 146305, Direction.INCREASE)
    Fraction(29261, 300)
    >>> capaian("5.5", "5.9", Direction.DECREASE)
    Fraction(1020, 11)
    >>> capaian("5.5", "5.9", Direction.DECREASE, formula=LowerIsBetter.T_OVER_R)
    Fraction(5500, 59)
    >>> capaian(("5", "6"), "5.4", Direction.INCREASE)
    Fraction(100, 1)
    >>> capaian(100, 130, Direction.INCREASE, clamp=(0, 100))
    Fraction(100, 1)
    """
    goal = _target(target, "capaian(target)")
    actual = Fraction(to_amount(realisasi, where="capaian(realisasi)"))
    good = _direction(direction, "capaian(direction)")
    if not isinstance(formula, LowerIsBetter):
        raise InvalidValueError(formula, "a LowerIsBetter formula", "capaian(formula)")
    return _capaian(goal, actual, good, formula, _clamp(clamp))


def _capaian(
    goal: Decimal | tuple[Decimal, Decimal],
    actual: Fraction,
    good: Direction,
    formula: LowerIsBetter,
    bounds: tuple[Fraction, Fraction] | None,
) -> Fraction:
    """:func:`capaian` on checked arguments; ``actual`` may be a sum past the digit limits."""
    if isinstance(goal, tuple):
        low, high = Fraction(goal[0]), Fraction(goal[1])
        if low <= actual <= high:
            rate = _HUNDRED
        else:
            nearest = low if actual < low else high
            rate = _rate(nearest, actual, good, formula)
    else:
        rate = _rate(Fraction(goal), actual, good, formula)

    if bounds is not None:
        rate = min(max(rate, bounds[0]), bounds[1])
    return rate


def _rate(
    target: Fraction, actual: Fraction, direction: Direction, formula: LowerIsBetter
) -> Fraction:
    if target == 0:
        raise InvalidValueError(
            target,
            "a non-zero target (an achievement rate divides by the target; state a "
            "zero target as a range or assess it with pledgekit.progress)",
            "capaian(target)",
        )
    if direction is Direction.INCREASE:
        return actual / target * _HUNDRED
    if formula is LowerIsBetter.TWO_T_MINUS_R:
        return (2 * target - actual) / target * _HUNDRED
    if actual == 0:
        raise InvalidValueError(
            actual,
            "a non-zero realisation with the T / R formula (it divides by the realisation; "
            "use LowerIsBetter.TWO_T_MINUS_R)",
            "capaian(realisasi)",
        )
    return target / actual * _HUNDRED


# Predikat ---------------------------------------------------------------------------


def predikat(
    capaian: Number,
    *,
    policy: BandPolicy = BandPolicy.HALF_OPEN,
    bands: PredikatBands = PERMENDAGRI_86_BANDS,
) -> Predikat:
    """The predikat of an achievement rate (in percent).

    The regulation prints integer bands with gaps: 91–100 Sangat Tinggi, 76–90 Tinggi,
    66–75 Sedang, 51–65 Rendah, ≤ 50 Sangat Rendah. A rate of 90.5 falls in no printed
    band. :attr:`BandPolicy.HALF_OPEN` (the default) closes the gaps by reading each
    printed lower bound as "at least": 90.5 is Tinggi. :attr:`BandPolicy.ROUND_FIRST`
    rounds half-up to a whole number first: 90.5 becomes 91, Sangat Tinggi. Rates
    above 100 are Sangat Tinggi under both policies.

    Args:
        capaian: The achievement rate in percent (an exact number; floats are refused).
        policy: How to read the gaps between the printed bands.
        bands: The lower bounds of the bands, as data.

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
    if value >= bands.sangat_tinggi:
        return Predikat.SANGAT_TINGGI
    if value >= bands.tinggi:
        return Predikat.TINGGI
    if value >= bands.sedang:
        return Predikat.SEDANG
    if value >= bands.rendah:
        return Predikat.RENDAH
    return Predikat.SANGAT_RENDAH


# Accumulation and the plan's years --------------------------------------------------


def accumulate(realisasi: Iterable[Amount], accumulation: Accumulation) -> Decimal:
    """Combine realisations: the sum for a cumulative indicator, the last for a stock.

    Args:
        realisasi: The realisations in time order.
        accumulation: :attr:`Accumulation.SUM` (jobs opened per year) or
            :attr:`Accumulation.LAST` (an unemployment rate).

    >>> from pledgekit import Accumulation
    >>> accumulate([27197, 56000, 58000, 5108], Accumulation.SUM)
    Decimal('146305')
    >>> accumulate(["6.2", "5.9"], Accumulation.LAST)
    Decimal('5.9')
    """
    values = [to_amount(v, where=f"realisasi[{i}]") for i, v in enumerate(realisasi)]
    if not isinstance(accumulation, Accumulation):
        raise InvalidValueError(accumulation, "a pledgekit.Accumulation", "accumulation")
    if not values:
        raise InvalidValueError([], "at least one realisation", "realisasi")
    if accumulation is Accumulation.SUM:
        return add_amounts(values)
    return values[-1]


class NoCapaian(enum.Enum):
    """Why a target or a year has no achievement rate and no predikat."""

    #: No realisation is counted: nothing to rate (never graded as zero, nor from the
    #: baseline).
    NO_FIGURE = "no_figure"
    #: The target is zero: the rate divides by the target.
    ZERO_TARGET = "zero_target"
    #: The realisation is zero with the ``T / R`` formula, which divides by it.
    ZERO_REALISASI = "zero_realisasi"


@attrs.frozen
class YearCapaian:
    """One year's row of the evaluation form.

    Attributes:
        year: The plan year.
        target: That year's target (or range).
        realisasi: That year's realisation, or ``None`` when none is reported.
        capaian: The achievement rate in percent, or ``None`` without a realisation.
        predikat: Its band, or ``None`` without a realisation.
    """

    year: int
    target: Decimal | tuple[Decimal, Decimal]
    realisasi: Decimal | None
    capaian: Fraction | None
    predikat: Predikat | None

    @property
    def reason(self) -> NoCapaian | None:
        """Why the year has no rate (:attr:`NoCapaian.NO_FIGURE`), or ``None`` when it has one.

        >>> YearCapaian(2021, Decimal(30000), None, None, None).reason
        <NoCapaian.NO_FIGURE: 'no_figure'>
        """
        return NoCapaian.NO_FIGURE if self.capaian is None else None


@attrs.frozen(kw_only=True)
class PeriodCapaian:
    """The achievement rate of a target over its period, or why there is none.

    Attributes:
        target: The target ``T`` (or range).
        realisasi: The combined realisation ``R``, or ``None`` when no figure is counted.
        capaian: The rate in percent, exact; ``None`` when :attr:`reason` says why not.
        predikat: Its band; ``None`` exactly when :attr:`capaian` is.
        figure_period: For a stock indicator (:attr:`Accumulation.LAST`), the period of
            the figure rated, which may end before the target period; ``None`` for a
            cumulative indicator or without a figure.
        reason: Why there is no rate, or ``None`` when there is one.
    """

    target: Decimal | tuple[Decimal, Decimal]
    realisasi: Decimal | None
    capaian: Fraction | None
    predikat: Predikat | None
    figure_period: Period | None = None
    reason: NoCapaian | None = None


def yearly_capaian(
    targets: Mapping[int, TargetValue],
    realisasi: Mapping[int, Amount],
    direction: Direction,
    *,
    formula: LowerIsBetter = LowerIsBetter.TWO_T_MINUS_R,
    clamp: tuple[Number, Number] | None = None,
    policy: BandPolicy = BandPolicy.HALF_OPEN,
) -> tuple[YearCapaian, ...]:
    """The achievement rate for each year of the plan that has a target.

    Each year's realisation is rated against that year's target; a year with a target
    and no realisation gets a row without a rate. A realisation for a year without a
    target is refused.

    >>> rows = yearly_capaian({2019: 30000, 2020: 30000}, {2019: 27197, 2020: 56000},
    ...                       Direction.INCREASE)
    >>> [(r.year, round_fraction(r.capaian, 2), r.predikat.label()) for r in rows]
    [(2019, Decimal('90.66'), 'Tinggi'), (2020, Decimal('186.67'), 'Sangat Tinggi')]
    """
    if not isinstance(targets, Mapping) or not targets:
        raise InvalidValueError(targets, "a non-empty mapping of year to target", "targets")
    if not isinstance(realisasi, Mapping):
        raise InvalidValueError(realisasi, "a mapping of year to realisation", "realisasi")
    for year in realisasi:
        _year(year, "realisasi (year)")
        if year not in targets:
            raise InvalidValueError(
                year, f"a year with a target (targets cover {sorted(targets)})", "realisasi"
            )
    rows = []
    for year in sorted(_year(y, "targets (year)") for y in targets):
        goal = _target(targets[year], f"targets[{year}]")
        if year in realisasi:
            actual = to_amount(realisasi[year], where=f"realisasi[{year}]")
            rate = capaian(goal, actual, direction, formula=formula, clamp=clamp)
            rows.append(YearCapaian(year, goal, actual, rate, predikat(rate, policy=policy)))
        else:
            rows.append(YearCapaian(year, goal, None, None, None))
    return tuple(rows)


def end_of_period_capaian(
    target: TargetValue,
    realisasi: Mapping[int, Amount],
    direction: Direction,
    accumulation: Accumulation,
    *,
    formula: LowerIsBetter = LowerIsBetter.TWO_T_MINUS_R,
    clamp: tuple[Number, Number] | None = None,
) -> Fraction:
    """The achievement rate at the end of the plan: the combined realisation against its target.

    A cumulative indicator (:attr:`Accumulation.SUM`) sums the years' realisations; a
    stock indicator (:attr:`Accumulation.LAST`) takes the latest year's, which may not
    be the plan's last: :func:`end_of_period` says which year it is, and gives no rate
    rather than an error when no year has a figure.

    >>> from pledgekit import Accumulation
    >>> end_of_period_capaian(150000, {2019: 27197, 2020: 56000, 2021: 58000},
    ...                       Direction.INCREASE, Accumulation.SUM)
    Fraction(141197, 1500)
    >>> end_of_period_capaian("5.5", {2019: "6.2", 2021: "5.5"},
    ...                       Direction.DECREASE, Accumulation.LAST)
    Fraction(100, 1)
    """
    if not isinstance(realisasi, Mapping) or not realisasi:
        raise InvalidValueError(
            realisasi, "a non-empty mapping of year to realisation", "realisasi"
        )
    years = sorted(_year(y, "realisasi (year)") for y in realisasi)
    combined = accumulate((realisasi[y] for y in years), accumulation)
    good = _direction(direction, "direction")
    if not isinstance(formula, LowerIsBetter):
        raise InvalidValueError(formula, "a LowerIsBetter formula", "formula")
    # A sum may pass the digit limits of one amount: it is rated, not refused.
    return _capaian(_target(target, "target"), Fraction(combined), good, formula, _clamp(clamp))


def _rated(
    goal: Decimal | tuple[Decimal, Decimal],
    actual: Decimal | None,
    direction: Direction,
    *,
    formula: LowerIsBetter,
    clamp: tuple[Number, Number] | None,
    policy: BandPolicy,
    figure_period: Period | None,
) -> PeriodCapaian:
    """A :class:`PeriodCapaian`, with the reason instead of a rate where there is none."""
    if not isinstance(formula, LowerIsBetter):
        raise InvalidValueError(formula, "a LowerIsBetter formula", "formula")
    if not isinstance(policy, BandPolicy):
        raise InvalidValueError(policy, "a BandPolicy", "policy")
    bounds = _clamp(clamp)
    reason = _no_rate(goal, actual, direction, formula)
    if reason is not None or actual is None:
        return PeriodCapaian(
            target=goal,
            realisasi=actual,
            capaian=None,
            predikat=None,
            figure_period=figure_period,
            reason=reason or NoCapaian.NO_FIGURE,
        )
    rate = _capaian(goal, Fraction(actual), direction, formula, bounds)
    return PeriodCapaian(
        target=goal,
        realisasi=actual,
        capaian=rate,
        predikat=predikat(rate, policy=policy),
        figure_period=figure_period,
    )


def _no_rate(
    goal: Decimal | tuple[Decimal, Decimal],
    actual: Decimal | None,
    direction: Direction,
    formula: LowerIsBetter,
) -> NoCapaian | None:
    """Why there is no rate: no figure, a zero target, or R = 0 under T / R."""
    if actual is None:
        return NoCapaian.NO_FIGURE
    if isinstance(goal, tuple) and goal[0] <= actual <= goal[1]:
        return None  # within a range target: 100 %
    # The target a rate divides by: a range's bound nearest the realisation.
    nearest = (goal[0] if actual < goal[0] else goal[1]) if isinstance(goal, tuple) else goal
    if nearest == 0:
        return NoCapaian.ZERO_TARGET
    lower_over = direction is Direction.DECREASE and formula is LowerIsBetter.T_OVER_R
    return NoCapaian.ZERO_REALISASI if lower_over and actual == 0 else None


def end_of_period(
    target: TargetValue,
    realisasi: Mapping[int, Amount],
    direction: Direction,
    accumulation: Accumulation,
    *,
    formula: LowerIsBetter = LowerIsBetter.TWO_T_MINUS_R,
    clamp: tuple[Number, Number] | None = None,
    policy: BandPolicy = BandPolicy.HALF_OPEN,
) -> PeriodCapaian:
    """The end-of-period rate and predikat, saying which year's figure a stock is rated on.

    As :func:`end_of_period_capaian`, but as a :class:`PeriodCapaian`: with no
    realisation there is no rate and no predikat (:attr:`NoCapaian.NO_FIGURE`), never
    a rate of zero; a stock indicator whose last plan year has no figure is rated on
    the latest year that has one, and :attr:`PeriodCapaian.figure_period` says which.

    >>> r = end_of_period("5.5", {2019: "6.2", 2021: "5.8"}, Direction.DECREASE,
    ...                   Accumulation.LAST)
    >>> r.capaian, r.predikat.label(), r.figure_period.start.year
    (Fraction(1040, 11), 'Sangat Tinggi', 2021)
    >>> r = end_of_period(150000, {}, Direction.INCREASE, Accumulation.SUM)
    >>> r.capaian, r.predikat, r.reason
    (None, None, <NoCapaian.NO_FIGURE: 'no_figure'>)
    """
    if not isinstance(realisasi, Mapping):
        raise InvalidValueError(realisasi, "a mapping of year to realisation", "realisasi")
    goal = _target(target, "target")
    good = _direction(direction, "direction")
    if not isinstance(accumulation, Accumulation):
        raise InvalidValueError(accumulation, "a pledgekit.Accumulation", "accumulation")
    years = sorted(_year(y, "realisasi (year)") for y in realisasi)
    combined = accumulate((realisasi[y] for y in years), accumulation) if years else None
    last = Period.year(years[-1]) if years and accumulation is Accumulation.LAST else None
    return _rated(
        goal, combined, good, formula=formula, clamp=clamp, policy=policy, figure_period=last
    )


def progress_capaian(
    progress: Progress,
    *,
    formula: LowerIsBetter = LowerIsBetter.TWO_T_MINUS_R,
    clamp: tuple[Number, Number] | None = None,
    policy: BandPolicy = BandPolicy.HALF_OPEN,
) -> PeriodCapaian:
    """The rate and predikat of a target from its progress: what was achieved against it.

    ``R`` is :attr:`Progress.achieved`, ``T`` the target's value. With no counted figure
    there is no rate and no predikat (:attr:`NoCapaian.NO_FIGURE`): the achieved value
    is then only the baseline, which rates nothing. For a stock indicator,
    :attr:`PeriodCapaian.figure_period` is the period of the latest counted figure.

    >>> import datetime as dt
    >>> from pledgekit import Indicator, Observation, Target, progress
    >>> jobs = Indicator("Tenaga kerja", "orang", direction=Direction.INCREASE,
    ...                  accumulation=Accumulation.SUM)
    >>> target = Target(jobs, 30000, period=Period.year(2023))
    >>> r = progress_capaian(progress(target, [], as_of=dt.date(2023, 12, 31)))
    >>> r.capaian, r.predikat, r.reason
    (None, None, <NoCapaian.NO_FIGURE: 'no_figure'>)
    >>> r = progress_capaian(progress(target, [Observation(Period.year(2023), 27300)]))
    >>> r.capaian, r.predikat.label()
    (Fraction(91, 1), 'Sangat Tinggi')
    """
    if not isinstance(progress, Progress):
        raise InvalidValueError(progress, "a pledgekit.Progress", "progress_capaian(progress)")
    target, counted = progress.target, progress.observations
    level = bool(counted) and target.indicator.accumulation is Accumulation.LAST
    return _rated(
        target.value,
        progress.achieved if counted else None,
        target.indicator.direction,
        formula=formula,
        clamp=clamp,
        policy=policy,
        figure_period=counted[-1].period if level else None,
    )


# Roll-up ------------------------------------------------------------------------------


@attrs.frozen
class RollUp:
    """The footer of the evaluation form: a mean achievement rate and its predikat.

    Attributes:
        mean: The (weighted) mean of the rates, in percent, exact.
        predikat: Its band.
        count: How many rates were combined.
    """

    mean: Fraction
    predikat: Predikat
    count: int


def roll_up(
    capaian_values: Iterable[Number],
    weights: Sequence[Number] | None = None,
    *,
    policy: BandPolicy = BandPolicy.HALF_OPEN,
    bands: PredikatBands = PERMENDAGRI_86_BANDS,
) -> RollUp:
    """Combine indicators' achievement rates into one, for an objective, a mission or the plan.

    The form's footer is the unweighted mean ("rata-rata capaian kinerja") and its
    predikat; a weighted mean is available for plans that weight their indicators.
    Rates are combined as given: clamp them first (:func:`capaian` ``clamp=``) if an
    over-achievement must not make up for a shortfall elsewhere.

    Args:
        capaian_values: The indicators' rates, in percent.
        weights: Non-negative weights, one per rate, not all zero; ``None`` for equal.
        policy: How to read the gaps between the printed bands.
        bands: The band bounds.

    >>> r = roll_up([Fraction(29261, 300), 80, 60])
    >>> round_fraction(r.mean, 2), r.predikat
    (Decimal('79.18'), <Predikat.TINGGI: 'tinggi'>)
    >>> roll_up([100, 40], weights=[3, 1]).mean
    Fraction(85, 1)
    """
    values = [_rolled(v, f"capaian_values[{i}]") for i, v in enumerate(capaian_values)]
    if not values:
        raise InvalidValueError([], "at least one achievement rate", "capaian_values")
    if weights is None:
        mean = sum(values, Fraction(0)) / len(values)
    else:
        if isinstance(weights, str | bytes) or not isinstance(weights, Sequence):
            raise InvalidValueError(weights, "a sequence of weights, one per rate", "weights")
        factors = [_to_fraction(w, f"weights[{i}]") for i, w in enumerate(weights)]
        if len(factors) != len(values):
            raise InvalidValueError(
                weights, f"{len(values)} weights, one per rate (got {len(factors)})", "weights"
            )
        for i, factor in enumerate(factors):
            if factor < 0:
                raise InvalidValueError(weights[i], "a non-negative weight", f"weights[{i}]")
        total = sum(factors, Fraction(0))
        if total == 0:
            raise InvalidValueError(weights, "weights that are not all zero", "weights")
        mean = sum((v * w for v, w in zip(values, factors, strict=True)), Fraction(0)) / total
    return RollUp(mean, predikat(mean, policy=policy, bands=bands), len(values))
