"""Audit findings: what the audit found, as structured values, and their English words.

The checks are in :mod:`pledgekit._audit` (claims) and :mod:`pledgekit._audit_data`
(the figures themselves); each finding carries the fields a message catalogue needs to
word it afresh in another language.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction

import attrs

from pledgekit import text
from pledgekit._amounts import round_fraction
from pledgekit._indicator import Observation, Straddling
from pledgekit._period import Period
from pledgekit._pledge import Claim, Pledge
from pledgekit.exceptions import InvalidValueError
from pledgekit.verdicts import VerdictRecord

__all__ = ["MAX_EXPLANATIONS", "DateProblem", "Explanation", "Finding", "FindingKind", "Severity"]

Interval = tuple[Decimal, Decimal]

#: The most explanations a total mismatch carries (the simplest ones).
MAX_EXPLANATIONS = 5


class FindingKind(enum.Enum):
    """What an audit finding is about."""

    #: A claimed remainder is not the target minus the claimed achievement.
    REMAINDER_MISMATCH = "remainder_mismatch"
    #: A claimed cumulative value (or the one a claimed remainder implies) is not what
    #: the observations add up to.
    TOTAL_MISMATCH = "total_mismatch"
    #: A claimed percentage is not what the figures give.
    PERCENT_MISMATCH = "percent_mismatch"
    #: A claimed value for one period is not the observation for that period.
    PERIOD_VALUE_MISMATCH = "period_value_mismatch"
    #: The target is claimed met but the figures do not reach it.
    MET_MISMATCH = "met_mismatch"
    #: A claim above what the figures add up to, where days up to its date have no
    #: counted figure: the figures give a lower bound, so the claim is neither
    #: confirmed nor refuted by them.
    UNVERIFIABLE_CLAIM = "unverifiable_claim"
    #: Two claims about the same date contradict each other.
    CLAIM_CONFLICT = "claim_conflict"
    #: Two different figures for the same date that agree within their rounding
    #: ("sudah 141.000" beside 141.624): noted, not an error.
    CONSISTENT_RESTATEMENT = "consistent_restatement"
    #: Days of the target period before the as-of date that no observation covers.
    COVERAGE_GAP = "coverage_gap"
    #: Observations of a summed indicator whose periods overlap (double counting).
    OVERLAP = "overlap"
    #: Observations that straddle the start or the end of the target period: part of
    #: their value belongs to another period; counted or not as the policy says.
    STRADDLES_PERIOD = "straddles_period"
    #: A claim measures something other than the target's indicator.
    INDICATOR_MISMATCH = "indicator_mismatch"
    #: A claim's dates disagree: with its weekday, with when it was stated, or with
    #: the target period.
    DATE_INCONSISTENT = "date_inconsistent"
    #: A recorded verdict that the numbers contradict.
    VERDICT_CONTRADICTS_DATA = "verdict_contradicts_data"


class DateProblem(enum.Enum):
    """Which of a claim's dates disagree, for a ``DATE_INCONSISTENT`` finding."""

    #: The claim is about a date after the day it was stated on.
    STATED_BEFORE_AS_OF = "stated_before_as_of"
    #: The date the claim is about lies outside the target period.
    OUTSIDE_TERM = "outside_term"
    #: The printed dateline names a weekday on which its date did not fall.
    WEEKDAY = "weekday"
    #: The printed dateline is not a date that exists (31 June) or cannot be read as one.
    IMPOSSIBLE_DATE = "impossible_date"
    #: The printed dateline reads another day than the one the claim was stated on.
    DATELINE_MISMATCH = "dateline_mismatch"


class Severity(enum.IntEnum):
    """How much a finding matters; ordered, so ``max`` gives the worst."""

    INFO = 0
    WARNING = 1
    ERROR = 2


@attrs.frozen
class Explanation:
    """A contiguous run of observations whose total does match a claim.

    Attributes:
        observations: The run, in period order.
        left_out: The observations counted by the audit but not by the run.
        period: From the first observation's start to the last one's end.
        total: The run's total (plus the baseline).
        interval: The interval of true totals, given the figures' resolutions.
        message: The explanation in words.
    """

    observations: tuple[Observation, ...]
    left_out: tuple[Observation, ...]
    period: Period
    total: Decimal
    interval: Interval
    message: str


@attrs.frozen
class Finding:
    """One thing the audit found.

    Attributes:
        kind: What the finding is about.
        severity: How much it matters.
        message: The finding in words, with the arithmetic.
        claimed: The figure claimed, where there is one.
        computed: The figure the data (or the other claims) give.
        difference: ``claimed − computed``; for a MET claim, which states no figure,
            ``computed − target`` (negative when an increasing indicator falls short).
        claimed_interval: The interval the claimed figure stands for.
        computed_interval: The interval the computed figure stands for.
        explanations: For a total mismatch, the simplest contiguous runs of
            observations whose total does match (at most :data:`MAX_EXPLANATIONS`).
        claims: The claims involved.
        observations: The observations involved.
        periods: The periods involved (for gaps and overlaps; for an unverifiable
            claim, the days up to its date that no counted figure covers; for a gap
            that straddling figures cover, the gap and then the parts of it they cover).
        date_problem: For a date finding, which dates disagree.
        dates: For a date finding, the dates it speaks of: the as-of date and the
            day stated (``STATED_BEFORE_AS_OF``), the as-of date (``OUTSIDE_TERM``),
            the date the dateline reads without its weekday (``WEEKDAY``), or the
            date it reads and the day stated (``DATELINE_MISMATCH``).
        pledge: For a verdict finding, the pledge the verdict is on.
        verdict: For a verdict finding, the verdict record the numbers contradict.
        straddling: For a straddling finding or a gap a straddling figure covers, the
            policy in force (whether the figure was counted).
        suggested_period: For a figure for a whole year straddling a target period
            that starts mid-year, the fiscal years the period may have been meant as.
        possible_interval: For an unverifiable claim, the true values the figures
            allow: ``(low, None)`` when they are a lower bound, ``(None, None)`` when
            the missing days could move them either way.
    """

    kind: FindingKind
    severity: Severity
    message: str
    claimed: Decimal | Fraction | None = None
    computed: Decimal | Fraction | None = None
    difference: Decimal | Fraction | None = None
    claimed_interval: tuple[Decimal | Fraction, Decimal | Fraction] | None = None
    computed_interval: tuple[Decimal | Fraction, Decimal | Fraction] | None = None
    explanations: tuple[Explanation, ...] = ()
    claims: tuple[Claim, ...] = ()
    observations: tuple[Observation, ...] = ()
    periods: tuple[Period, ...] = ()
    date_problem: DateProblem | None = None
    dates: tuple[dt.date, ...] = ()
    pledge: Pledge | None = None
    verdict: VerdictRecord | None = None
    straddling: Straddling | None = None
    suggested_period: Period | None = None
    possible_interval: tuple[Decimal | Fraction | None, Decimal | Fraction | None] | None = None


# -- Words -------------------------------------------------------------------------------


def _n(value: Decimal | Fraction) -> str:
    """A figure in English notation: 146,305; -4,681; 97.54."""
    if isinstance(value, Fraction):
        value = round_fraction(value, 2)
    return f"{value:,f}"  # never exponent notation: 1E-30 is 0.000…001


def _count(number: int, noun: str) -> str:
    """'1 day', '2 days'."""
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


def _figures(observations: Sequence[Observation], more: str = "and {} more") -> str:
    """The first three figures as "period (value)", and how many more: 'A (1), B (2) and 1 more'."""
    shown = ", ".join(f"{_p(o.period)} ({_n(o.value)})" for o in observations[:3])
    if len(observations) > 3:
        shown += " " + more.format(len(observations) - 3)
    return shown


def _periods(periods: Sequence[Period]) -> str:
    """Periods in words: 'A', 'A and B', 'A, B and C'."""
    words = [_p(p) for p in periods]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _pct(value: Fraction, places: int = 2) -> str:
    return f"{round_fraction(value, places):,}"


def _both_ranges(first: Claim, second: Claim) -> str:
    shown = [
        f"{_n(c.interval[0])} to {_n(c.interval[1])} for {_n(c.value)}"
        for c in (first, second)
        if c.value is not None and c.interval != (c.value, c.value)
    ]
    return f" (given the rounding: {'; '.join(shown)})" if shown else ""


def _range(value: Decimal, interval: Interval) -> str:
    low, high = interval
    if low == high == value:
        return ""
    return f", or {_n(low)} to {_n(high)} given the rounding"


def _d(day: dt.date) -> str:
    try:
        return text.format_date(day, "en")
    except InvalidValueError:  # years before 1000 are not written in words
        return day.isoformat()


def _p(period: Period) -> str:
    """A period in words: '2019', '2019–2021', 'January–June 2022', or two dates."""
    try:
        return text.format_period(period, "en")
    except InvalidValueError:  # years before 1000 are not written in words
        return str(period)
