"""The footer of the Permendagri 86 evaluation form: the mean achievement rate and its predikat.

Private: [`pledgekit.methods.permendagri86`][pledgekit.methods.permendagri86] is the
    public face of everything here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import ROUND_FLOOR, Decimal
from fractions import Fraction

import attrs

from pledgekit._amounts import round_fraction
from pledgekit.exceptions import InvalidValueError
from pledgekit.methods._permendagri86_bands import (
    PERMENDAGRI_86_BANDS,
    BandPolicy,
    Number,
    Predikat,
    PredikatBands,
    _to_fraction,
    next_band_at,
    predikat,
)

__all__ = ["RollUp", "roll_up"]


def _rolled(value: object, where: str) -> Fraction:
    """A rate to roll up; a year with no figure has none (``None``): leave it out."""
    if value is None:
        raise InvalidValueError(value, "a capaian; leave out a year with no figure", where)
    return _to_fraction(value, where)


@attrs.frozen(kw_only=True)
class RollUp:
    """The footer of the evaluation form: a mean achievement rate and its predikat.

    Attributes:
        mean: The (weighted) mean of the rates, in percent, exact.
        predikat: Its band.
        count: How many rates were combined.
        next_band_at: The lowest mean rated one band higher, under the band policy it
            was rated with (``None`` in the top band):
            [`percent`][pledgekit.methods.permendagri86.RollUp.percent] never rounds
            onto it.

    A sasaran of two indicators, jobs at 146,305 / 150,000 × 100 = 97.536… % and
    training at 1,800 / 10,000 × 100 = 18 %:

    >>> from fractions import Fraction
    >>> from pledgekit.methods.permendagri86 import roll_up
    >>> footer = roll_up([Fraction(146305, 1500), 18])
    >>> footer.mean, footer.count  # (97.536… + 18) / 2 = 57.768…
    (Fraction(34661, 600), 2)
    >>> footer.percent(), footer.predikat.label(), footer.next_band_at  # 51 ≤ 57.77 < 66
    (Decimal('57.77'), 'Rendah', Fraction(66, 1))
    """

    mean: Fraction
    predikat: Predikat
    count: int
    next_band_at: Fraction | None = None

    def percent(self, places: int = 2) -> Decimal:
        """The mean rounded half-up to ``places``, never onto a band edge it does not reach.

        >>> from fractions import Fraction
        >>> from pledgekit.methods.permendagri86 import roll_up
        >>> roll_up([Fraction(909993, 10000)]).percent()   # 90.9993: Tinggi, shown 90.99
        Decimal('90.99')
        """
        shown = round_fraction(self.mean, places)
        if self.next_band_at is not None and Fraction(shown) >= self.next_band_at:
            shown = round_fraction(self.mean, places, ROUND_FLOOR)
        return shown


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
    Rates are combined as given: clamp them first
    ([`capaian`][pledgekit.methods.permendagri86.capaian] ``clamp=``) if an
    over-achievement must not make up for a shortfall elsewhere.

    Args:
        capaian_values: The indicators' rates, in percent.
        weights: Non-negative weights, one per rate, not all zero; ``None`` for equal.
        policy: How to read the gaps between the printed bands.
        bands: The band bounds.

    >>> from fractions import Fraction
    >>> from pledgekit import round_fraction
    >>> from pledgekit.methods.permendagri86 import roll_up
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
    return RollUp(
        mean=mean,
        predikat=predikat(mean, policy=policy, bands=bands),
        count=len(values),
        next_band_at=next_band_at(mean, policy=policy, bands=bands),
    )
