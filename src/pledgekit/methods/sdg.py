"""SDG progress assessments: the Statistics Canada method of Open SDG, and the UNSD progress chart.

Sources:

- **Statistics Canada / Open SDG.** "Progress Measurement Methodology for the
  Sustainable Development Goals", Open SDG documentation
  (``open-sdg/open-sdg``, ``docs/progress-methodology.md``; automated progress runs
  on Open SDG 2.4.0 and later), and its implementation in ``sdg-build``
  (``sdg/ProgressMeasure.py``: ``SeriesProgress``, ``growth_calculation``,
  ``get_progress_thresholds``, ``get_score``).
  [`statcan`][pledgekit.methods.sdg.statcan] reproduces that code's decisions and
  reports which of them it took.
- **UNSD progress chart.** United Nations Statistics Division, "Sustainable
  Development Goals Progress Chart — Technical Note" (2023 edition): the actual
  compound annual growth rate is extrapolated to the target year and the ratio Q of
  expected to required change is banded at 0.95 and 0.10; for an indicator without a
  numerical target, the actual growth rate itself is banded at 2 % and 0.5 % a year
  (in the desired direction). [`unsd`][pledgekit.methods.sdg.unsd]. The no-target bands
  are as Eustat's SDG platform restates that note (``EUSTAT-DES/site``,
  ``_pages/en/metodologia.md``: ``CAGR_a ≥ 0.02``, ``0.005 ≤ CAGR_a < 0.02``, ``CAGR_a <
  0.005`` where an increase is desirable, mirrored where a decrease is).

Arithmetic. Inputs are exact (Decimal amounts). A compound annual growth rate needs
a non-integer power, ``(v_t / v_0) ** (1 / (t − t_0))``. pledgekit computes it exactly
whenever the result is rational (``121 / 100`` over two years is exactly 10 %); a
rational number to a rational power is otherwise irrational, and then pledgekit
computes it with `decimal.Decimal.ln` and `exp` in a
local context of [`WORKING_DIGITS`][pledgekit.methods.sdg.WORKING_DIGITS] digits and
rounds to [`PRECISION`][pledgekit.methods.sdg.PRECISION] significant digits. Every
result is then carried as an exact Fraction of that Decimal, so thresholds are compared
exactly: an irrational value can never sit on a rational threshold, so a band is wrong
only if the true value lies within about ``10**-49`` (relative) of a threshold. No float
is used anywhere.

A target year already past. Open SDG (sdg-build's ``SeriesProgress``) does not
compare the latest year with the target year: the target-achieved check comes first,
then the observed growth from the base year to the latest year is set against the
growth required from the base year to the target year, whichever is later.
[`statcan`][pledgekit.methods.sdg.statcan] does the same and says so in
``past_target_year``. The UNSD progress chart extrapolates the latest value forward to
the target year, which a latest year after it cannot be:
[`unsd`][pledgekit.methods.sdg.unsd] gives "cannot assess" with the reason (unless the
target is already met, which is on track). A target year not after the base year leaves
no required growth: "cannot assess" under both (sdg-build divides by zero).

Data. A series is a mapping year → value, or a sequence of
[`pledgekit.Observation`][pledgekit.Observation] whose periods are calendar years
([`pledgekit.Period.year`][pledgekit.Period.year]). A base year without data falls to the next year
that has data. Fewer than two years, a zero base value, values of mixed sign and a
zero target give a result whose status is "cannot assess" with the reason, not an
exception; ``substitute_zero=True`` opts into the published substitution of 0.001
for a zero base value or a zero target.

>>> from pledgekit import Direction
>>> from pledgekit.methods.sdg import statcan
>>> a = statcan({2015: 100, 2017: 121}, direction=Direction.INCREASE, target=200)
>>> a.observed_cagr, a.status
(Fraction(1, 10), <SdgStatus.SUBSTANTIAL_PROGRESS: 'substantial_progress'>)
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import TypeAlias

import attrs

from pledgekit._amounts import first_band
from pledgekit._indicator import Direction, Observation
from pledgekit.exceptions import InvalidValueError
from pledgekit.methods._arguments import direction_argument as _direction
from pledgekit.methods._arguments import year_argument as _year
from pledgekit.methods._powers import PRECISION, WORKING_DIGITS
from pledgekit.methods._powers import power as _power
from pledgekit.methods._sdg_series import (
    _REPORTED,
    SUBSTITUTE_FOR_ZERO,
    _Cannot,
    _Facts,
    _flag,
    _mixed,
    _series,
    _sign,
    _Span,
    _span,
    _value,
    _years,
)
from pledgekit.methods._sdg_target import SdgMethod, assess_target, target_series

__all__ = [
    "NO_TARGET_THRESHOLDS",
    "PRECISION",
    "SUBSTITUTE_FOR_ZERO",
    "TARGET_THRESHOLDS",
    "UNSD_NO_TARGET_THRESHOLDS",
    "UNSD_THRESHOLDS",
    "WORKING_DIGITS",
    "Amount",
    "ScoreCoefficients",
    "SdgAssessment",
    "SdgMethod",
    "SdgStatus",
    "Series",
    "UnsdAssessment",
    "UnsdCategory",
    "assess_target",
    "cagr",
    "statcan",
    "target_series",
    "unsd",
]

Amount: TypeAlias = int | str | Decimal
"""What a value may be given as (see [`pledgekit.to_amount`][pledgekit.to_amount]).

An ``int``, a decimal string or a `Decimal`, all read exactly; a ``float`` is refused.
From 100 to 121 in two years is exactly 10 % a year (1.1² = 1.21), however 121 is
given:

>>> from decimal import Decimal
>>> from pledgekit import Direction
>>> from pledgekit.methods.sdg import Amount, statcan
>>> given: list[Amount] = [121, "121", Decimal("121.00")]
>>> {statcan({2015: 100, 2017: value}, direction=Direction.INCREASE).observed_cagr
...  for value in given}
{Fraction(1, 10)}
>>> statcan({2015: 100, 2017: 121.0}, direction=Direction.INCREASE)
Traceback (most recent call last):
...
pledgekit.exceptions.InvalidValueError: statcan(series)[2017]: got 121.0 (float); ...
"""
Series: TypeAlias = Mapping[int, Amount] | Sequence[Observation]
"""A yearly series: year → value, or observations of calendar years.

The same figures either way give the same assessment:

>>> from pledgekit import Direction, Observation, Period
>>> from pledgekit.methods.sdg import Series, statcan
>>> by_year: Series = {2015: 100, 2017: 121}
>>> observed: Series = [Observation(Period.year(2015), 100),
...                     Observation(Period.year(2017), 121)]
>>> first = statcan(by_year, direction=Direction.INCREASE, target=200)
>>> first == statcan(observed, direction=Direction.INCREASE, target=200)
True
>>> first.base_year, first.current_year, first.observed_cagr  # 1.1² = 1.21
(2015, 2017, Fraction(1, 10))
"""

TARGET_THRESHOLDS = (Fraction(95, 100), Fraction(60, 100), Fraction(0))
"""Statistics Canada bands of the growth ratio (with a target): high, medium, low.

The growth ratio ``R`` is the observed growth rate over the one the target requires.
Reaching 144 in 2017 from 100 in 2015 needs 20 % a year (1.2² = 1.44); 19 % in 2016
is ``R = 0.19 / 0.20 = 0.95``, on the high band's edge, and 18.9 % is 0.945, below it:

>>> from pledgekit import Direction
>>> from pledgekit.methods.sdg import TARGET_THRESHOLDS, statcan
>>> TARGET_THRESHOLDS
(Fraction(19, 20), Fraction(3, 5), Fraction(0, 1))
>>> def status(value_2016):
...     return statcan({2015: 100, 2016: value_2016}, direction=Direction.INCREASE,
...                    target=144, target_year=2017).status.name
>>> status(119), status("118.9")
('SUBSTANTIAL_PROGRESS', 'MODERATE_PROGRESS')
"""
NO_TARGET_THRESHOLDS = (Fraction(15, 1000), Fraction(5, 1000), Fraction(0))
"""Statistics Canada bands of the growth rate without a target, before the limit factor.

High at 1.5 % a year, medium at 0.5 %, low at 0 (a given ``limit`` scales the first
two). From 100 to 101.5 in a year is 1.5 %, on the high band's edge; 101.4 is 1.4 %:

>>> from pledgekit import Direction
>>> from pledgekit.methods.sdg import NO_TARGET_THRESHOLDS, statcan
>>> NO_TARGET_THRESHOLDS
(Fraction(3, 200), Fraction(1, 200), Fraction(0, 1))
>>> def status(value_2016):
...     series = {2015: 100, 2016: value_2016}
...     return statcan(series, direction=Direction.INCREASE).status.name
>>> status("101.5"), status("101.4")
('SUBSTANTIAL_PROGRESS', 'MODERATE_PROGRESS')
"""
UNSD_THRESHOLDS = (Fraction(95, 100), Fraction(10, 100))
"""UNSD progress-chart bands of Q: on track, fair progress.

``Q`` is the change expected by the target year over the change the target needs.
A series from 100 in 2015 at 119 in the target year, 2030, against a target of 120,
is ``Q = 19 / 20 = 0.95``, on track; at 118.9 it is 0.945:

>>> from pledgekit import Direction
>>> from pledgekit.methods.sdg import UNSD_THRESHOLDS, unsd
>>> UNSD_THRESHOLDS
(Fraction(19, 20), Fraction(1, 10))
>>> def category(value_2030):
...     return unsd({2015: 100, 2030: value_2030}, direction=Direction.INCREASE,
...                 target=120).category.name
>>> category(119), category("118.9")
('ON_TRACK', 'ACCELERATION_NEEDED')
"""
UNSD_NO_TARGET_THRESHOLDS = (Fraction(2, 100), Fraction(5, 1000))
"""UNSD progress-chart bands of the growth rate without a numerical target.

The growth rate is signed so that growth in the desired direction is positive. On track
from 2 % a year, fair progress from 0.5 %. From 100 in 2015, a year's growth to 102,
101.99, 100.5 and 100.49 is 2 %, 1.99 %, 0.5 % and 0.49 %:

>>> from pledgekit import Direction
>>> from pledgekit.methods.sdg import UNSD_NO_TARGET_THRESHOLDS, unsd
>>> UNSD_NO_TARGET_THRESHOLDS
(Fraction(1, 50), Fraction(1, 200))
>>> def category(value_2016):
...     series = {2015: 100, 2016: value_2016}
...     return unsd(series, direction=Direction.INCREASE, target=None).category.name
>>> [category(value) for value in (102, "101.99", "100.5", "100.49")]
['ON_TRACK', 'ACCELERATION_NEEDED', 'ACCELERATION_NEEDED', 'STAGNATION_OR_REGRESSION']
"""
# The exponent of the natural-limit factor, 4.44 in sdg-build.
_LIMIT_EXPONENT = Fraction(111, 25)


class SdgStatus(enum.Enum):
    """Open SDG progress statuses; the values are Open SDG's own keys.

    A series from 100 in 2015 toward 146.41 in 2019 needs 10 % a year (1.1⁴ = 1.4641);
    the value of 2017 decides the status, by the ratio of its growth rate to 10 %:

    >>> from pledgekit import Direction
    >>> from pledgekit.methods.sdg import statcan
    >>> def status(value_2017):
    ...     return statcan({2015: 100, 2017: value_2017}, direction=Direction.INCREASE,
    ...                    target="146.41", target_year=2019).status.name
    >>> [status(v) for v in (150, 121, "114.49", "110.25", 81)]
    ['TARGET_ACHIEVED', 'SUBSTANTIAL_PROGRESS', 'MODERATE_PROGRESS', 'LIMITED_PROGRESS', 'DETERIORATION']
    >>> # 150 ≥ 146.41; then 1.1² = 1.21 (R = 1), 1.07² = 1.1449 (R = 0.7), 1.05² = 1.1025
    >>> # (R = 0.5), 0.9² = 0.81 (R = −1): bands 0.95 / 0.60 / 0
    >>> statcan({2015: 100}, direction=Direction.INCREASE, target=200).status
    <SdgStatus.CANNOT_ASSESS: 'not_available'>
    """

    TARGET_ACHIEVED = "target_achieved"
    SUBSTANTIAL_PROGRESS = "substantial_progress"
    MODERATE_PROGRESS = "moderate_progress"
    LIMITED_PROGRESS = "limited_progress"
    DETERIORATION = "deterioration"
    #: The data do not allow an assessment ("unable to assess"); see ``reason``.
    CANNOT_ASSESS = "not_available"


class ScoreCoefficients(enum.Enum):
    """Which line turns a growth ratio into a score (method with a target).

    A growth ratio of exactly 1 (10 % a year observed, 10 % required) scores
    50/7 · 1 − 30/7 = 20/7 on the exact line, and 7.1429 − 4.2857 = 2.8572 on
    sdg-build's rounded one:

    >>> from pledgekit import Direction
    >>> from pledgekit.methods.sdg import ScoreCoefficients, statcan
    >>> def score(coefficients):
    ...     return statcan({2015: 100, 2017: 121}, direction=Direction.INCREASE,
    ...                    target="146.41", target_year=2019, coefficients=coefficients).score
    >>> score(ScoreCoefficients.EXACT), score(ScoreCoefficients.AS_PUBLISHED)
    (Fraction(20, 7), Fraction(7143, 2500))
    """

    #: The lines through the documented breakpoints (score 0 at 0.60, 2.5 at 0.95,
    #: 5 at 1.30; −2.5 at 0, −5 at −0.60): slopes 50/7 and 25/6, exactly.
    EXACT = "exact"
    #: sdg-build's rounded coefficients: ``7.1429 R − 4.2857`` and ``4.1667 R − 2.5``.
    AS_PUBLISHED = "as_published"


class UnsdCategory(enum.Enum):
    """UNSD progress-chart trend categories for a series with a numerical target.

    From 100 in 2015 to 110 in 2020, carried on at that rate, the series reaches
    110 · 1.1² = 133.1 in 2030; Q = (133.1 − 100) / (target − 100) is 33.1 / 34 = 0.97
    for a target of 134, 33.1 / 50 = 0.66 for 150 and 33.1 / 400 = 0.08 for 500:

    >>> from pledgekit import Direction
    >>> from pledgekit.methods.sdg import unsd
    >>> [unsd({2015: 100, 2020: 110}, direction=Direction.INCREASE, target=t).category.name
    ...  for t in (134, 150, 500)]
    ['ON_TRACK', 'ACCELERATION_NEEDED', 'STAGNATION_OR_REGRESSION']
    >>> unsd({2015: 100}, direction=Direction.INCREASE, target=134).category
    <UnsdCategory.CANNOT_ASSESS: 'cannot_assess'>
    """

    #: Q ≥ 0.95, or the target is already met: on track (substantial progress).
    ON_TRACK = "on_track"
    #: 0.10 ≤ Q < 0.95: fair progress, but acceleration needed.
    ACCELERATION_NEEDED = "acceleration_needed"
    #: Q < 0.10: stagnation or regression.
    STAGNATION_OR_REGRESSION = "stagnation_or_regression"
    #: The data do not allow an assessment; see ``reason``.
    CANNOT_ASSESS = "cannot_assess"


@attrs.frozen(kw_only=True)
class SdgAssessment:
    """The result of [`statcan`][pledgekit.methods.sdg.statcan].

    Attributes:
        status: The Open SDG progress status.
        reason: Why the series cannot be assessed, or ``None``.
        score: The score from −5 to +5 (5 when the target is achieved), or ``None``.
        growth_ratio: With a target: the growth ratio ``R = s · d · CAGR_o / |CAGR_r|``
            that is banded and scored; ``None`` without a target, or when the series
            cannot be assessed or already meets the target.
        adjusted_growth: Without a target: ``s · d · CAGR_o``, the observed growth rate
            signed so that growth in the desired direction is positive, as banded and
            scored; ``None`` with a target, or when the series cannot be assessed.
        observed_cagr: The observed compound annual growth rate, or ``None``.
        required_cagr: The growth rate needed to reach the target on time, or ``None``.
        target_achieved: Whether the latest value already meets the target.
        thresholds: The high, medium and low thresholds used (after the limit factor).
        coefficient: The natural-limit factor ``C`` (no target and a limit), or ``None``.
        base_year: The base year used (after falling to the next year with data).
        base_value: The base value used (after any substitution).
        current_year: The latest year with data.
        current_value: Its value.
        target: The target used (after any substitution), or ``None``.
        target_year: The target year.
        substitutions: What was replaced by
            [`SUBSTITUTE_FOR_ZERO`][pledgekit.methods.sdg.SUBSTITUTE_FOR_ZERO].

    From 100 in 2015 to 114.49 in 2017 is 7 % a year (1.07² = 1.1449); reaching 146.41
    by 2019 needs 10 % (1.1⁴ = 1.4641), so ``R = 0.07 / 0.10 = 0.7``, moderate progress,
    scored 50/7 · 0.7 − 30/7 = 5/7:

    >>> from pledgekit import Direction
    >>> from pledgekit.methods.sdg import statcan
    >>> a = statcan({2015: 100, 2017: "114.49"}, direction=Direction.INCREASE,
    ...             target="146.41", target_year=2019)
    >>> a.observed_cagr, a.required_cagr, a.growth_ratio
    (Fraction(7, 100), Fraction(1, 10), Fraction(7, 10))
    >>> a.status, a.score, a.assessed, a.target_achieved
    (<SdgStatus.MODERATE_PROGRESS: 'moderate_progress'>, Fraction(5, 7), True, False)
    """

    status: SdgStatus
    reason: str | None
    score: Fraction | None
    growth_ratio: Fraction | None = None
    adjusted_growth: Fraction | None = None
    observed_cagr: Fraction | None
    required_cagr: Fraction | None
    target_achieved: bool
    thresholds: tuple[Fraction, Fraction, Fraction]
    coefficient: Fraction | None
    base_year: int | None
    base_value: Fraction | None
    current_year: int | None
    current_value: Fraction | None
    target: Fraction | None
    target_year: int
    substitutions: tuple[str, ...] = ()

    @property
    def assessed(self) -> bool:
        """Whether the series could be assessed."""
        return self.status is not SdgStatus.CANNOT_ASSESS

    @property
    def progress_value(self) -> Fraction | None:
        """The value the status is banded on: `growth_ratio` or `adjusted_growth`.

        The growth ratio with a target, the adjusted growth rate without. Kept for
        compatibility: read the field that means what you need.
        """
        return self.adjusted_growth if self.growth_ratio is None else self.growth_ratio

    @property
    def past_target_year(self) -> bool:
        """Whether the latest year with data is after the target year (see the module's notes)."""
        return self.current_year is not None and self.current_year > self.target_year


@attrs.frozen(kw_only=True)
class UnsdAssessment:
    """The result of [`unsd`][pledgekit.methods.sdg.unsd].

    Attributes:
        category: The trend category.
        reason: Why the series cannot be assessed, or ``None``.
        q: ``(v_e − v_0) / (v_target − v_0)``, or ``None`` (always without a target).
        adjusted_growth: Without a target: ``s · d · CAGR_a``, the observed growth rate
            signed so that growth in the desired direction is positive, as banded;
            ``None`` with a target or when the series cannot be assessed.
        expected_value: ``v_e``, the latest value extrapolated to the target year at the
            observed growth rate, or ``None``.
        observed_cagr: The observed compound annual growth rate, or ``None``.
        target_achieved: Whether the latest value already meets the target.
        base_year, base_value, current_year, current_value, target, target_year: As used.
        substitutions: What was replaced by
            [`SUBSTITUTE_FOR_ZERO`][pledgekit.methods.sdg.SUBSTITUTE_FOR_ZERO].

    From 100 in 2015 to 121 in 2020, carried on to 2030 at that rate: ``v_e = 121 ·
    1.21^(10 / 5) = 177.1561``, and ``Q = (177.1561 − 100) / (180 − 100) = 0.9644…``,
    on track for 180:

    >>> from pledgekit import Direction
    >>> from pledgekit.methods.sdg import unsd
    >>> a = unsd({2015: 100, 2020: 121}, direction=Direction.INCREASE, target=180)
    >>> a.expected_value, a.q
    (Fraction(1771561, 10000), Fraction(771561, 800000))
    >>> a.category, a.current_year, a.target_year
    (<UnsdCategory.ON_TRACK: 'on_track'>, 2020, 2030)
    """

    category: UnsdCategory
    reason: str | None
    q: Fraction | None
    adjusted_growth: Fraction | None = None
    expected_value: Fraction | None
    observed_cagr: Fraction | None
    target_achieved: bool
    base_year: int | None
    base_value: Fraction | None
    current_year: int | None
    current_value: Fraction | None
    target: Fraction | None
    target_year: int
    substitutions: tuple[str, ...] = ()

    @property
    def assessed(self) -> bool:
        """Whether the series could be assessed."""
        return self.category is not UnsdCategory.CANNOT_ASSESS

    @property
    def past_target_year(self) -> bool:
        """Whether the latest year with data is after the target year (see the module's notes)."""
        return self.current_year is not None and self.current_year > self.target_year


# Exact powers ---------------------------------------------------------------------------


def cagr(first: Amount | Fraction, last: Amount | Fraction, years: int) -> Fraction:
    """The compound annual growth rate ``(last / first) ** (1 / years) − 1``.

    Exact when the result is rational, else rounded to
    [`PRECISION`][pledgekit.methods.sdg.PRECISION] significant digits (see the module's
    notes). ``first`` and ``last`` must have the same sign and ``first`` must not be
    zero.

    >>> from pledgekit.methods.sdg import cagr
    >>> cagr(100, 121, 2)
    Fraction(1, 10)
    >>> cagr(-100, -81, 2)
    Fraction(-1, 10)
    >>> from pledgekit import round_fraction
    >>> round_fraction(cagr(100, 200, 10) * 100, 6)  # 50 significant digits, shown rounded
    Decimal('7.177346')
    """
    start = _value(first, "cagr(first)")
    end = _value(last, "cagr(last)")
    if isinstance(years, bool) or not isinstance(years, int) or years < 1:
        raise InvalidValueError(years, "a whole number of years, at least 1", "cagr(years)")
    if start == 0:
        raise InvalidValueError(
            first, "a non-zero first value (growth from zero is undefined)", "cagr(first)"
        )
    if end != 0 and (end > 0) != (start > 0):
        raise InvalidValueError(
            last, f"a last value of the same sign as the first ({start})", "cagr(last)"
        )
    return _power(end / start, Fraction(1, years)) - 1


# Statistics Canada ----------------------------------------------------------------------


def statcan(
    series: Series,
    *,
    direction: Direction,
    target: Amount | None = None,
    target_year: int = 2030,
    base_year: int = 2015,
    limit: Amount | None = None,
    substitute_zero: bool = False,
    coefficients: ScoreCoefficients = ScoreCoefficients.EXACT,
) -> SdgAssessment:
    """Assess a series by the Statistics Canada method as shipped in Open SDG 2.4+.

    With a target (method 2): the target-achieved check comes first (score 5); then
    ``R = s · d · CAGR_o / |CAGR_r|``, where ``CAGR_o`` is the observed growth rate from
    the base year to the latest year, ``CAGR_r`` the rate needed from the base year to
    reach the target in the target year, ``d`` is +1 for
    [`Direction.INCREASE`][pledgekit.Direction.INCREASE] and −1 for
    [`Direction.DECREASE`][pledgekit.Direction.DECREASE], and ``s`` is −1 for a negative
    base value.
    Bands: ``R ≥ 0.95`` substantial, ``≥ 0.60`` moderate, ``≥ 0`` limited, else
    deterioration. Score: ``50/7·R − 30/7`` from 0.60 (capped at 5), ``25/6·R − 5/2``
    below (floored at −5).

    Without a target (method 1): ``s · d · CAGR_o`` against 1.5 % / 0.5 % / 0, the two
    positive thresholds scaled by the natural-limit factor ``C`` when a ``limit`` is
    given. Score: ``125·g − 2.5`` below 0 (floored at −5); ``500·g/C − 2.5`` from 0,
    ``250·g/C − 1.25`` from 0.5 % C, ``500·g/C − 5`` from 1.5 % C (capped at 5); 5 when
    ``C`` is 0 and ``g ≥ 0``.

    As in sdg-build: the natural-limit factor is ``1`` when ``|y_0| ≥ 2|lim|``,
    ``1 − (|y_0|/|lim|)^4.44`` when ``|y_0| ≤ |lim|``, else
    ``1 − ((2|lim| − |y_0|)/|lim|)^4.44``; a ``limit`` given with a target is ignored; a
    latest value of zero is allowed (its growth rate is −100 %).

    Args:
        series: year → value, or Observations of calendar years.
        direction: The desired direction (required; sdg-build defaults to negative).
        target: The target value, or ``None`` for the method without a target.
        target_year: The year the target is due.
        base_year: The base year; without data for it, the next year with data.
        limit: A natural limit (a maximum such as 100 %, or a minimum), method 1 only.
        substitute_zero: Replace a zero base value or target by 0.001, as published,
            instead of reporting that the series cannot be assessed.
        coefficients: The score lines with a target: exact, or sdg-build's rounded ones.

    Returns:
        An [`SdgAssessment`][pledgekit.methods.sdg.SdgAssessment]; bad data give status
        ``CANNOT_ASSESS`` with a reason.

    Raises:
        InvalidValueError: A malformed argument (a float, a bad year, a bad direction).

    >>> from pledgekit import Direction
    >>> from pledgekit.methods.sdg import statcan
    >>> a = statcan({2015: 100, 2017: 121}, direction=Direction.INCREASE, target=200)
    >>> from pledgekit import round_fraction
    >>> a.observed_cagr, round_fraction(a.required_cagr, 6), round_fraction(a.growth_ratio, 4)
    (Fraction(1, 10), Decimal('0.047294'), Decimal('2.1144'))
    >>> a.status, a.score
    (<SdgStatus.SUBSTANTIAL_PROGRESS: 'substantial_progress'>, Fraction(5, 1))
    >>> statcan({2015: 100}, direction=Direction.INCREASE).reason
    'fewer than two years of data from the base year 2015 (latest 2015)'
    """
    values = _series(series, "statcan(series)")
    good = _direction(direction, "statcan(direction)")
    goal = None if target is None else _value(target, "statcan(target)")
    due = _year(target_year, "statcan(target_year)")
    start = _year(base_year, "statcan(base_year)")
    edge = None if limit is None else _value(limit, "statcan(limit)")
    substitute = _flag(substitute_zero, "statcan(substitute_zero)")
    if not isinstance(coefficients, ScoreCoefficients):
        raise InvalidValueError(coefficients, "ScoreCoefficients", "statcan(coefficients)")
    thresholds = TARGET_THRESHOLDS if goal is not None else NO_TARGET_THRESHOLDS
    facts = _years(values, _Facts(target=goal, target_year=due), start)
    if isinstance(facts, _Cannot):
        return _statcan_result(facts.facts, thresholds, reason=facts.reason)
    if goal == 0 and substitute:
        facts = facts.substituted("target 0 → 0.001", target=SUBSTITUTE_FOR_ZERO)
    if facts.met(good):
        return _statcan_result(facts, thresholds, SdgStatus.TARGET_ACHIEVED, score=_FIVE)
    span = _span(facts, start, substitute, ", as published")
    if isinstance(span, _Cannot):
        return _statcan_result(span.facts, thresholds, reason=span.reason)
    if facts.target is None:
        return _without_target(span, good, edge)
    return _with_target(span, good, facts.target, coefficients)


def _statcan_result(
    facts: _Facts,
    thresholds: tuple[Fraction, Fraction, Fraction],
    status: SdgStatus = SdgStatus.CANNOT_ASSESS,
    *,
    reason: str | None = None,
    score: Fraction | None = None,
    growth_ratio: Fraction | None = None,
    adjusted_growth: Fraction | None = None,
    coefficient: Fraction | None = None,
) -> SdgAssessment:
    """The one place a Statistics Canada result is built, assessed or not."""
    return SdgAssessment(
        status=status,
        reason=reason,
        score=score,
        growth_ratio=growth_ratio,
        adjusted_growth=adjusted_growth,
        target_achieved=status is SdgStatus.TARGET_ACHIEVED,
        thresholds=thresholds,
        coefficient=coefficient,
        target=facts.target,
        required_cagr=facts.required_cagr,
        **facts.fields(*_REPORTED),
    )


def _without_target(span: _Span, good: Direction, limit: Fraction | None) -> SdgAssessment:
    """Method 1: the signed growth rate against thresholds scaled by the limit factor."""
    coefficient = None if limit is None else _limit_factor(span.base, limit)
    high, medium, low = NO_TARGET_THRESHOLDS
    if coefficient is not None:
        high, medium = high * coefficient, medium * coefficient
    scaled = (high, medium, low)
    observed = span.observed()
    value = _sign(span.base) * good.sign * observed
    return _statcan_result(
        attrs.evolve(span.facts, observed_cagr=observed),
        scaled,
        _status(value, scaled),
        score=_score_without_target(value, scaled, coefficient),
        adjusted_growth=value,
        coefficient=coefficient,
    )


def _with_target(
    span: _Span, good: Direction, goal: Fraction, coefficients: ScoreCoefficients
) -> SdgAssessment:
    """Method 2: the observed growth rate against the rate the target requires."""
    first, base, observed = span.first, span.base, span.observed()
    facts = attrs.evolve(span.facts, observed_cagr=observed)
    due = facts.target_year
    if goal == 0:
        reason = (
            "the target is zero; the required growth rate needs a non-zero target "
            "(substitute_zero=True replaces it by 0.001, as published)"
        )
        return _statcan_result(facts, TARGET_THRESHOLDS, reason=reason)
    if _mixed(base, goal):
        reason = f"the base value ({base}) and the target ({goal}) differ in sign"
        return _statcan_result(facts, TARGET_THRESHOLDS, reason=reason)
    if due <= first:
        reason = f"the target year {due} is not after the base year {first}"
        return _statcan_result(facts, TARGET_THRESHOLDS, reason=reason)
    required = _power(goal / base, Fraction(1, due - first)) - 1
    facts = attrs.evolve(facts, required_cagr=required)
    if required == 0:
        reason = f"the target equals the base value ({base}); the required growth rate is zero"
        return _statcan_result(facts, TARGET_THRESHOLDS, reason=reason)
    ratio = _sign(base) * good.sign * observed / abs(required)
    return _statcan_result(
        facts,
        TARGET_THRESHOLDS,
        _status(ratio, TARGET_THRESHOLDS),
        score=_score_with_target(ratio, coefficients),
        growth_ratio=ratio,
    )


def _limit_factor(base: Fraction, limit: Fraction) -> Fraction:
    value, edge = abs(base), abs(limit)
    if value >= 2 * edge:
        return Fraction(1)
    if value <= edge:
        return 1 - _power(value / edge, _LIMIT_EXPONENT)
    return 1 - _power((2 * edge - value) / edge, _LIMIT_EXPONENT)


_PROGRESS_BANDS = (
    SdgStatus.SUBSTANTIAL_PROGRESS,
    SdgStatus.MODERATE_PROGRESS,
    SdgStatus.LIMITED_PROGRESS,
)


def _status(value: Fraction, thresholds: tuple[Fraction, Fraction, Fraction]) -> SdgStatus:
    bands = zip(thresholds, _PROGRESS_BANDS, strict=True)
    return first_band(value, bands, SdgStatus.DETERIORATION)


_FIVE = Fraction(5)


def _score_with_target(ratio: Fraction, coefficients: ScoreCoefficients) -> Fraction:
    if coefficients is ScoreCoefficients.EXACT:
        upper = (Fraction(50, 7), Fraction(30, 7))
        lower = (Fraction(25, 6), Fraction(5, 2))
    else:
        upper = (Fraction("7.1429"), Fraction("4.2857"))
        lower = (Fraction("4.1667"), Fraction("2.5"))
    if ratio >= TARGET_THRESHOLDS[1]:
        return min(upper[0] * ratio - upper[1], _FIVE)
    return max(lower[0] * ratio - lower[1], -_FIVE)


def _score_without_target(
    value: Fraction,
    thresholds: tuple[Fraction, Fraction, Fraction],
    coefficient: Fraction | None,
) -> Fraction:
    high, medium, low = thresholds
    if value < low:
        return max(125 * value - Fraction(5, 2), -_FIVE)
    factor = Fraction(1) if coefficient is None else coefficient
    if factor == 0:
        # The base value sits on the limit and is held there (or beyond).
        return _FIVE
    if value >= high:
        return min(500 * value / factor - 5, _FIVE)
    if value >= medium:
        return 250 * value / factor - Fraction(5, 4)
    return 500 * value / factor - Fraction(5, 2)


# UNSD progress chart --------------------------------------------------------------------


def unsd(
    series: Series,
    *,
    direction: Direction,
    target: Amount | None,
    target_year: int = 2030,
    base_year: int = 2015,
    substitute_zero: bool = False,
) -> UnsdAssessment:
    """Assess a series as the UNSD progress chart does, with a numerical target or without.

    ``CAGR_a = (v_t / v_0)^(1/(t − t_0)) − 1``; the latest value is extrapolated to the
    target year, ``v_e = v_t · (1 + CAGR_a)^(T − t)``; and
    ``Q = (v_e − v_0) / (v_target − v_0)``. ``Q ≥ 0.95``: on track; ``0.10 ≤ Q < 0.95``:
    fair progress, acceleration needed; ``Q < 0.10``: stagnation or regression. A latest
    value that already meets the target is on track. ``Q`` needs no direction: both
    differences change sign together.

    Without a numerical target (``target=None``), the observed growth itself is banded:
    ``g = s · d · CAGR_a`` (``d`` +1 where more is better, −1 where less is; ``s`` −1 for
    a negative base value, as in sdg-build), ``g ≥ 2 %``: on track; ``0.5 % ≤ g < 2 %``:
    fair progress, acceleration needed; ``g < 0.5 %``: stagnation or regression
    ([`UNSD_NO_TARGET_THRESHOLDS`][pledgekit.methods.sdg.UNSD_NO_TARGET_THRESHOLDS]).

    Args:
        series: year → value, or Observations of calendar years.
        direction: The desired direction (for the target-met check).
        target: The target value for ``target_year`` (zero is allowed), or ``None``
            for the bands without a numerical target.
        target_year: The year the target is due.
        base_year: The base year; without data for it, the next year with data.
        substitute_zero: Replace a zero base value by 0.001 instead of reporting that
            the series cannot be assessed.

    >>> from pledgekit import Direction
    >>> from pledgekit.methods.sdg import unsd
    >>> a = unsd({2015: 100, 2020: 110}, direction=Direction.INCREASE, target=150)
    >>> a.expected_value, a.q, a.category
    (Fraction(1331, 10), Fraction(331, 500), <UnsdCategory.ACCELERATION_NEEDED: 'acceleration_needed'>)
    >>> a = unsd({2015: 100, 2017: "102.01"}, direction=Direction.INCREASE, target=None)
    >>> a.adjusted_growth, a.category                      # 1.01² = 1.0201: 1 % a year
    (Fraction(1, 100), <UnsdCategory.ACCELERATION_NEEDED: 'acceleration_needed'>)
    """
    values = _series(series, "unsd(series)")
    good = _direction(direction, "unsd(direction)")
    goal = None if target is None else _value(target, "unsd(target)")
    due = _year(target_year, "unsd(target_year)")
    start = _year(base_year, "unsd(base_year)")
    substitute = _flag(substitute_zero, "unsd(substitute_zero)")
    facts = _years(values, _Facts(target=goal, target_year=due), start)
    if isinstance(facts, _Cannot):
        return _unsd_result(facts.facts, goal, reason=facts.reason)
    if facts.met(good):
        return _unsd_result(facts, goal, UnsdCategory.ON_TRACK, target_achieved=True)
    span = _span(facts, start, substitute, "")
    if isinstance(span, _Cannot):
        return _unsd_result(span.facts, goal, reason=span.reason)
    if goal is None:
        return _unsd_without_target(span, good)
    return _extrapolated(span, goal)


def _unsd_without_target(span: _Span, good: Direction) -> UnsdAssessment:
    """No numerical target: the direction-adjusted growth rate against 2 % and 0.5 %."""
    observed = span.observed()
    growth = _sign(span.base) * good.sign * observed
    bands = zip(UNSD_NO_TARGET_THRESHOLDS, _UNSD_BANDS, strict=True)
    facts = attrs.evolve(span.facts, observed_cagr=observed)
    category = first_band(growth, bands, _BELOW_FAIR)
    return _unsd_result(facts, None, category, adjusted_growth=growth)


def _unsd_result(
    facts: _Facts,
    goal: Fraction | None,
    category: UnsdCategory = UnsdCategory.CANNOT_ASSESS,
    *,
    reason: str | None = None,
    q: Fraction | None = None,
    expected_value: Fraction | None = None,
    target_achieved: bool = False,
    adjusted_growth: Fraction | None = None,
) -> UnsdAssessment:
    """The one place a UNSD progress-chart result is built, assessed or not."""
    return UnsdAssessment(
        category=category,
        reason=reason,
        q=q,
        adjusted_growth=adjusted_growth,
        expected_value=expected_value,
        target_achieved=target_achieved,
        target=goal,
        **facts.fields(*_REPORTED),
    )


def _extrapolated(span: _Span, goal: Fraction) -> UnsdAssessment:
    """Q: the latest value carried to the target year at the observed rate, against the target."""
    facts, base, latest = span.facts, span.base, span.latest
    due = facts.target_year
    if latest > due:
        reason = f"the latest year {latest} is after the target year {due}"
        return _unsd_result(facts, goal, reason=reason)
    if goal == base:
        reason = f"the target equals the base value ({base}); Q is undefined"
        return _unsd_result(facts, goal, reason=reason)
    growth = span.current / base
    expected = span.current * _power(growth, Fraction(due - latest, latest - span.first))
    q = (expected - base) / (goal - base)
    category = first_band(q, zip(UNSD_THRESHOLDS, _UNSD_BANDS, strict=True), _BELOW_FAIR)
    facts = attrs.evolve(facts, observed_cagr=span.observed())
    return _unsd_result(facts, goal, category, q=q, expected_value=expected)


_UNSD_BANDS = (UnsdCategory.ON_TRACK, UnsdCategory.ACCELERATION_NEEDED)
_BELOW_FAIR = UnsdCategory.STAGNATION_OR_REGRESSION
