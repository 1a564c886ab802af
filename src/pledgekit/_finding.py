"""Audit findings: what the audit found, as structured values; no words.

The checks are in `pledgekit._audit` (claims) and `pledgekit._audit_data`
(the figures themselves). Each finding carries every value its words need, so that a
message catalogue ([`pledgekit.messages`][pledgekit.messages], one per language) words it from its
fields alone; [`Finding.message`][pledgekit.Finding.message] is the English catalogue's wording.
"""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from fractions import Fraction

import attrs

from pledgekit._indicator import Observation, Revision, Straddling, Target
from pledgekit._period import Period
from pledgekit._pledge import Claim, Pledge, RateUnit
from pledgekit._schedule import Comparison
from pledgekit._verdict import VerdictProblem
from pledgekit.verdicts import VerdictRecord

__all__ = [
    "MAX_EXPLANATIONS",
    "DateProblem",
    "Explanation",
    "Finding",
    "FindingKind",
    "Severity",
    "Unverifiable",
    "VerdictProblem",
]

Interval = tuple[Decimal, Decimal]

MAX_EXPLANATIONS = 5
"""The most explanations a total mismatch carries (the simplest ones).

An explanation is a run of consecutive figures whose total matches the claim
([`Finding.explanations`][pledgekit.Finding.explanations]). Eight years of 10 add up to
80; a claim of 10 matches any one year, eight runs that each leave seven years out, and
only the first five are kept:

>>> import datetime as dt
>>> from pledgekit import (MAX_EXPLANATIONS, Accumulation, Claim, ClaimKind, Direction,
...                        Indicator, Observation, Period, Target, audit)
>>> jobs = Indicator("Jobs", "persons", direction=Direction.INCREASE,
...                  accumulation=Accumulation.SUM)
>>> target = Target(jobs, 100, period=Period.years(2015, 2022))
>>> data = [Observation(Period.year(year), 10) for year in range(2015, 2023)]
>>> claim = Claim(ClaimKind.ACHIEVED, 10, dt.date(2022, 12, 31))
>>> [finding] = audit(target, data, [claim])
>>> finding.kind.name, finding.computed, len(finding.explanations) == MAX_EXPLANATIONS
('TOTAL_MISMATCH', Decimal('80'), True)
>>> [explanation.period.start.year for explanation in finding.explanations]
[2015, 2016, 2017, 2018, 2019]
"""


class FindingKind(enum.Enum):
    """What an audit finding is about.

    The Bekasi office's statement of July 2022, audited against its own figures:

    >>> import datetime as dt
    >>> from pledgekit import (Accumulation, Claim, ClaimKind, Direction, Indicator,
    ...                        Observation, Period, Target, audit)
    >>> absorbed = Indicator("Tenaga kerja baru terserap", "orang",
    ...                      direction=Direction.INCREASE, accumulation=Accumulation.SUM)
    >>> jobs = Target(absorbed, 150000, period=Period.term(dt.date(2018, 9, 20)))
    >>> reported = [Observation(Period.year(2019), 27197),
    ...             Observation(Period.year(2020), 56000, resolution=1000),
    ...             Observation(Period.year(2021), 58000, resolution=1000),
    ...             Observation(Period.months(2022, 1, 6), 5108)]
    >>> june = dt.date(2022, 6, 30)
    >>> said = [Claim(ClaimKind.ACHIEVED, 141624, june), Claim(ClaimKind.REMAINING, 8276, june)]
    >>> [finding.kind.name for finding in audit(jobs, reported, said)]
    ['REMAINDER_MISMATCH', 'TOTAL_MISMATCH', 'TOTAL_MISMATCH', 'COVERAGE_GAP']

    The remainder 8,276 is not 150,000 − 141,624 = 8,376; the claimed 141,624 (and the
    141,724 that 8,276 left implies) is not the 146,305 the figures add up to; and no
    figure covers 20 September to 31 December 2018.
    """

    #: A claimed remainder is not the target minus the claimed achievement.
    REMAINDER_MISMATCH = "remainder_mismatch"
    #: A claimed cumulative value (or the one a claimed remainder implies) is not what
    #: the observations add up to.
    TOTAL_MISMATCH = "total_mismatch"
    #: A claimed percentage is not what the figures give.
    PERCENT_MISMATCH = "percent_mismatch"
    #: A claimed value for one period is not the observation for that period.
    PERIOD_VALUE_MISMATCH = "period_value_mismatch"
    #: A claimed average rate over a period ("rata-rata 1.200 per bulan") is not the
    #: rate the figures for that period give.
    RATE_MISMATCH = "rate_mismatch"
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
    #: A target's schedule does not add up to its own final value (flows: the baseline
    #: plus the amounts due; levels: the last level due): the plan contradicts itself.
    SCHEDULE_INCONSISTENT = "schedule_inconsistent"
    #: A claim speaks of a target value that a later revision superseded by the date
    #: of the assessment: it was audited against the value in force on its own date.
    SUPERSEDED_TARGET = "superseded_target"
    #: The target in force differs from the figure the pledge itself names
    #: (200.000 pledged, 278.971 planned).
    TARGET_DIFFERS_FROM_PLEDGE = "target_differs_from_pledge"


class DateProblem(enum.Enum):
    """Which of a claim's dates disagree, for a ``DATE_INCONSISTENT`` finding.

    The Bekasi statement was printed "Jum'at (22/7/2022)", and 22 July 2022 was a
    Friday. Printed "Kamis" (Thursday), the dateline contradicts itself:

    >>> import datetime as dt
    >>> from pledgekit import (Accumulation, Claim, ClaimKind, Direction, Indicator,
    ...                        Observation, Period, Target, audit)
    >>> absorbed = Indicator("Tenaga kerja baru terserap", "orang",
    ...                      direction=Direction.INCREASE, accumulation=Accumulation.SUM)
    >>> jobs = Target(absorbed, 150000, period=Period.term(dt.date(2018, 9, 20)))
    >>> reported = [Observation(Period.year(2019), 27197),
    ...             Observation(Period.year(2020), 56000, resolution=1000),
    ...             Observation(Period.year(2021), 58000, resolution=1000),
    ...             Observation(Period.months(2022, 1, 6), 5108)]
    >>> june = dt.date(2022, 6, 30)
    >>> said = Claim(ClaimKind.ACHIEVED, 141624, june, stated_on=dt.date(2022, 7, 22),
    ...               dateline="Kamis (22/7/2022)")
    >>> [dated] = [f for f in audit(jobs, reported, [said]) if f.date_problem is not None]
    >>> dated.date_problem, dated.dates, dated.weekday  # Monday is 0: Thursday is 3
    (<DateProblem.WEEKDAY: 'weekday'>, (datetime.date(2022, 7, 22),), 3)
    >>> dt.date(2022, 7, 22).strftime("%A")
    'Friday'
    """

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


class Unverifiable(enum.Enum):
    """Why the figures cannot settle a claim, for an ``UNVERIFIABLE_CLAIM`` finding.

    No Bekasi figure covers 20 September to 31 December 2018, so the figures' 146,305
    (145,305 to 147,305 given the rounding) is only a lower bound; a claim of 149,000
    lies above it and can be neither confirmed nor refuted:

    >>> import datetime as dt
    >>> from pledgekit import (Accumulation, Claim, ClaimKind, Direction, FindingKind,
    ...                        Indicator, Observation, Period, Target, audit)
    >>> absorbed = Indicator("Tenaga kerja baru terserap", "orang",
    ...                      direction=Direction.INCREASE, accumulation=Accumulation.SUM)
    >>> jobs = Target(absorbed, 150000, period=Period.term(dt.date(2018, 9, 20)))
    >>> reported = [Observation(Period.year(2019), 27197),
    ...             Observation(Period.year(2020), 56000, resolution=1000),
    ...             Observation(Period.year(2021), 58000, resolution=1000),
    ...             Observation(Period.months(2022, 1, 6), 5108)]
    >>> june = dt.date(2022, 6, 30)
    >>> [unsettled] = [f for f in audit(jobs, reported, [Claim(ClaimKind.ACHIEVED, 149000, june)])
    ...                if f.kind is FindingKind.UNVERIFIABLE_CLAIM]
    >>> unsettled.unverifiable, unsettled.possible_interval
    (<Unverifiable.LOWER_BOUND: 'lower_bound'>, (Decimal('145305'), None))
    """

    #: Days up to the claim's date have no counted figure and every counted figure is
    #: zero or more: the missing days can only add, so the total is a lower bound.
    LOWER_BOUND = "lower_bound"
    #: As ``LOWER_BOUND``, but every counted figure is zero or less: an upper bound.
    UPPER_BOUND = "upper_bound"
    #: Days up to the claim's date have no counted figure, and the counted figures are
    #: above and below zero: the missing days could move the total either way.
    NO_BOUND = "no_bound"
    #: The claim agrees with a total that counts some days twice (overlapping figures).
    DOUBLE_COUNTED = "double_counted"
    #: A value claimed for a period that no figure, or set of figures, covers exactly.
    PERIOD_NOT_COVERED = "period_not_covered"


class Severity(enum.IntEnum):
    """How much a finding matters; ordered, so ``max`` gives the worst.

    Of the Bekasi findings, the mismatches are errors and the months of 2018 with no
    figure a warning:

    >>> import datetime as dt
    >>> from pledgekit import (Accumulation, Claim, ClaimKind, Direction, Indicator,
    ...                        Observation, Period, Severity, Target, audit)
    >>> absorbed = Indicator("Tenaga kerja baru terserap", "orang",
    ...                      direction=Direction.INCREASE, accumulation=Accumulation.SUM)
    >>> jobs = Target(absorbed, 150000, period=Period.term(dt.date(2018, 9, 20)))
    >>> reported = [Observation(Period.year(2019), 27197),
    ...             Observation(Period.year(2020), 56000, resolution=1000),
    ...             Observation(Period.year(2021), 58000, resolution=1000),
    ...             Observation(Period.months(2022, 1, 6), 5108)]
    >>> june = dt.date(2022, 6, 30)
    >>> said = [Claim(ClaimKind.ACHIEVED, 141624, june), Claim(ClaimKind.REMAINING, 8276, june)]
    >>> findings = audit(jobs, reported, said)
    >>> [(f.kind.name, f.severity.name) for f in findings[-2:]]
    [('TOTAL_MISMATCH', 'ERROR'), ('COVERAGE_GAP', 'WARNING')]
    >>> max(f.severity for f in findings), Severity.INFO < Severity.WARNING < Severity.ERROR
    (<Severity.ERROR: 2>, True)
    """

    INFO = 0
    WARNING = 1
    ERROR = 2


@attrs.frozen(kw_only=True)
class Explanation:
    """A contiguous run of observations whose total does match a claim.

    Attributes:
        observations: The run, in period order.
        left_out: The observations counted by the audit but not by the run.
        period: From the first observation's start to the last one's end.
        total: The run's total (plus the baseline).
        interval: The interval of true totals, given the figures' resolutions.

    The claimed 141,624 does not match the 146,305 the Bekasi figures add up to, but it
    does match the three full years alone:

    >>> import datetime as dt
    >>> from pledgekit import (Accumulation, Claim, ClaimKind, Direction, FindingKind,
    ...                        Indicator, Observation, Period, Target, audit)
    >>> absorbed = Indicator("Tenaga kerja baru terserap", "orang",
    ...                      direction=Direction.INCREASE, accumulation=Accumulation.SUM)
    >>> jobs = Target(absorbed, 150000, period=Period.term(dt.date(2018, 9, 20)))
    >>> reported = [Observation(Period.year(2019), 27197),
    ...             Observation(Period.year(2020), 56000, resolution=1000),
    ...             Observation(Period.year(2021), 58000, resolution=1000),
    ...             Observation(Period.months(2022, 1, 6), 5108)]
    >>> june = dt.date(2022, 6, 30)
    >>> [total] = [f for f in audit(jobs, reported, [Claim(ClaimKind.ACHIEVED, 141624, june)])
    ...            if f.kind is FindingKind.TOTAL_MISMATCH]
    >>> run = total.explanations[0]
    >>> str(run.period), run.total  # 27,197 + 56,000 + 58,000
    ('2019-01-01..2021-12-31', Decimal('141197'))
    >>> run.interval  # 141,197 ± 500 for each of the two round thousands
    (Decimal('140197'), Decimal('142197'))
    >>> [(str(o.period), o.value) for o in run.left_out]
    [('2022-01-01..2022-06-30', Decimal('5108'))]
    >>> print(run.message)
    matches 2019–2021: 141,197, or 140,197 to 142,197 given the rounding; leaves out January–June 2022 (5,108)
    """

    observations: tuple[Observation, ...]
    left_out: tuple[Observation, ...]
    period: Period
    total: Decimal
    interval: Interval

    @property
    def message(self) -> str:
        """The explanation in English words (the ``en`` message catalogue)."""
        from pledgekit.messages import catalogue  # the catalogues word this module's types

        return catalogue("en").explanation(self)


@attrs.frozen(kw_only=True)
class Finding:
    """One thing the audit found.

    Attributes:
        kind: What the finding is about.
        severity: How much it matters.
        claimed: The figure claimed, where there is one.
        computed: The figure the data (or the other claims) give.
        difference: ``claimed − computed``; for a MET claim, which states no figure,
            ``computed − target`` (negative when an increasing indicator falls short).
        claimed_interval: The interval the claimed figure stands for.
        claimed_bound: For a claim whose figure is a bound ("di atas 6.000"), the
            comparison the true value bears to ``claimed_interval``, in the finding's
            own terms: ``MORE_THAN`` or ``AT_LEAST`` its low end, ``LESS_THAN`` or
            ``AT_MOST`` its high end; the claimed values are then the open (or
            half-open) interval beyond that end. For a remainder read as an achieved
            level of a rising indicator it is the claim's bound flipped ("less than
            8,276 left" is "more than target − 8,276 achieved"). ``None``: the claimed
            values are ``claimed_interval`` itself.
        computed_interval: The interval the computed figure stands for.
        explanations: For a total mismatch, the simplest contiguous runs of
            observations whose total does match (at most
            [`MAX_EXPLANATIONS`][pledgekit.MAX_EXPLANATIONS]).
        claims: The claims involved; for a percentage checked against a claimed
            achievement, the percentage claim and then that achievement claim; for a
            remainder mismatch, the remainder claim and then the achievement claim.
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
        target: The target the finding is about (its value, baseline, period and
            indicator are in the finding's words).
        as_of: For a coverage gap, the date of the audit (the gap is before it); for a
            verdict finding, the date of the progress the verdict is checked against.
        achieved: For a percentage finding, the achieved value the computed
            percentage is the share of (the figures' total, or the claimed achievement).
        ratio: For a verdict finding, the share of the way from the baseline to the
            target that the figures show (``None`` when the target is the baseline).
        shortfall: For a verdict finding, what is left to reach the target.
        unverifiable: For an unverifiable claim, why the figures cannot settle it.
        verdict_problem: For a verdict finding, how the verdict contradicts the numbers.
        weekday: For a ``WEEKDAY`` date problem, the weekday the dateline names
            (Monday is 0, as `datetime.date.weekday` counts).
        dateline_error: For an ``IMPOSSIBLE_DATE`` problem, why the date reader could
            not read the dateline, in its own (English) words.
        revision: For a schedule finding, the revision whose schedule does not add up
            (``None``: the original schedule); for a superseded target, the revision in
            force at the date of the assessment, which superseded the value the claim
            was audited against.
        per: For a rate finding, what the rate is per (the claim's ``per``).
        total: For a rate finding, what the rate divides: the sum of the figures for
            the period (a summed indicator), or the change in level over it (a level).
        units: For a rate finding, the period's length in ``per`` units (6 for
            January–June per month; days /
            [`pledgekit.MEAN_MONTH_DAYS`][pledgekit.MEAN_MONTH_DAYS] for a period of
            part months).

    The office's "141.624" as of June 2022 against what its own figures add up to:

    >>> import datetime as dt
    >>> from pledgekit import (Accumulation, Claim, ClaimKind, Direction, Indicator,
    ...                        Observation, Period, Target, audit)
    >>> absorbed = Indicator("Tenaga kerja baru terserap", "orang",
    ...                      direction=Direction.INCREASE, accumulation=Accumulation.SUM)
    >>> jobs = Target(absorbed, 150000, period=Period.term(dt.date(2018, 9, 20)))
    >>> reported = [Observation(Period.year(2019), 27197),
    ...             Observation(Period.year(2020), 56000, resolution=1000),
    ...             Observation(Period.year(2021), 58000, resolution=1000),
    ...             Observation(Period.months(2022, 1, 6), 5108)]
    >>> june = dt.date(2022, 6, 30)
    >>> [total, gap] = audit(jobs, reported, [Claim(ClaimKind.ACHIEVED, 141624, june)])
    >>> total.kind, total.severity
    (<FindingKind.TOTAL_MISMATCH: 'total_mismatch'>, <Severity.ERROR: 2>)
    >>> total.claimed, total.computed, total.difference  # 141,624 − 146,305
    (Decimal('141624'), Decimal('146305'), Decimal('-4681'))
    >>> total.computed_interval  # 146,305 ± 500 ± 500 for 56.000 and 58.000
    (Decimal('145305'), Decimal('147305'))
    >>> print(total.message)
    claimed 141,624 as of 30 June 2022, but the figures add up to 146,305, or 145,305 to 147,305 given the rounding: a difference of -4,681
    """

    kind: FindingKind
    severity: Severity
    claimed: Decimal | Fraction | None = None
    computed: Decimal | Fraction | None = None
    difference: Decimal | Fraction | None = None
    claimed_interval: tuple[Decimal | Fraction, Decimal | Fraction] | None = None
    claimed_bound: Comparison | None = None
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
    target: Target | None = None
    as_of: dt.date | None = None
    achieved: Decimal | None = None
    ratio: Fraction | None = None
    shortfall: Decimal | None = None
    unverifiable: Unverifiable | None = None
    verdict_problem: VerdictProblem | None = None
    weekday: int | None = None
    dateline_error: str | None = None
    revision: Revision | None = None
    per: RateUnit | None = None
    total: Decimal | None = None
    units: Fraction | None = None

    @property
    def message(self) -> str:
        """The finding in English words, with the arithmetic (the ``en`` message catalogue).

        Worded afresh from the fields each time, so it can never disagree with them.
        """
        from pledgekit.messages import catalogue  # the catalogues word this module's types

        return catalogue("en").finding(self)
