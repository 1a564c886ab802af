"""A pledge assessed as a whole: its targets and milestones combined by a documented rule.

A pledge may set several targets ("10 juta lapangan kerja, 2 juta setahun") and
milestones (done or not done by a date). [`assess_pledge`][pledgekit.assess_pledge]
combines their states at the as-of date into one
[`PledgeStatus`][pledgekit.PledgeStatus] by a [`PledgeRule`][pledgekit.PledgeRule],
reports the share met or the mean rate behind it, and says which parts it left out and
why: a part is never dropped in silence. A pledge with no target and no milestone is
[`NOT_MEASURABLE`][pledgekit.PledgeStatus.NOT_MEASURABLE], unless the tracker gave it a
status of its own ([`status`][pledgekit.Pledge.status]), which is then its status
(``status_given``) with no suggested verdict; its verdict history is untouched.

[`pledgekit.Case.assess`][pledgekit.Case.assess] makes one
[`PledgeAssessment`][pledgekit.PledgeAssessment] per pledge of the case
(``Assessment.pledges``), with the rule of ``Evaluation.pledge_rule``.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Sequence
from fractions import Fraction
from typing import TYPE_CHECKING

import attrs

from pledgekit._pledge import Milestone, Pledge
from pledgekit._verdict import (
    DEFAULT_RULES,
    PledgeStatus,
    Verdict,
    VerdictProblem,
    VerdictRules,
    check_pledge_verdict,
    suggest_pledge_verdict,
)
from pledgekit.exceptions import InvalidValueError
from pledgekit.methods.permendagri86 import BandPolicy, Predikat, predikat
from pledgekit.methods.sdg import SdgStatus

if TYPE_CHECKING:  # the case module builds on this one
    from pledgekit._case import TargetAssessment

__all__ = [
    "LeftOut",
    "LeftOutReason",
    "MilestoneAssessment",
    "MilestoneState",
    "MissingFigure",
    "PledgeAssessment",
    "PledgeRule",
    "assess_pledge",
]


class PledgeRule(enum.Enum):
    """How a pledge's targets and milestones combine into one status.

    The denominators are stated with each rule; what a rule cannot count is listed in
    [`PledgeAssessment.left_out`][pledgekit.PledgeAssessment.left_out] with the reason.

    The rule is the evaluation's choice, and it matters. The Bekasi pledge at the end of
    June 2022, 146,305 workers of 150,000 with the term still running:

    >>> from pledgekit import Evaluation
    >>> from pledgekit.io import load
    >>> case = load("examples/bekasi/case.toml")
    >>> every = case.assess().for_pledge("serap-150000")
    >>> every.rule, every.status, every.share_met  # 0 of its 1 target met
    (<PledgeRule.ALL_MET: 'all_met'>, <PledgeStatus.IN_PROGRESS: 'in_progress'>, Fraction(0, 1))
    >>> mean = case.assess(evaluation=Evaluation(pledge_rule="mean_capaian"))
    >>> mean = mean.for_pledge("serap-150000")
    >>> mean.mean_capaian, mean.mean_predikat.label()  # 146,305 / 150,000 × 100 = 97.536...
    (Fraction(29261, 300), 'Sangat Tinggi')
    >>> mean.status  # Sangat Tinggi (97.536... >= 91) is met, 3,695 short
    <PledgeStatus.MET: 'met'>
    """

    #: Met when every target and every milestone is met: the Comparative Party Pledges
    #: Group's "fully fulfilled" (Thomson, Royed, Naurin et al. 2017), some but not all
    #: is "partially fulfilled". Denominator: targets + milestones (a target with no
    #: figure as [`MissingFigure`][pledgekit.MissingFigure] says).
    ALL_MET = "all_met"
    #: Met when the share of targets + milestones met reaches
    #: ``Evaluation.pledge_share_at_least`` (1 by default, which is
    #: [`ALL_MET`][pledgekit.PledgeRule.ALL_MET] with the share reported). Same
    #: denominator as [`ALL_MET`][pledgekit.PledgeRule.ALL_MET].
    SHARE_MET = "share_met"
    #: The unweighted mean of the targets' Permendagri 86 capaian (the regulation's
    #: roll-up of indicators, Permendagri 86/2017), banded into predikat: met at Sangat
    #: Tinggi (≥ 91), partly met at Tinggi or Sedang (≥ 66), not met below. Denominator:
    #: the targets with a capaian; a target with no figure (no figure, no grade) and
    #: every milestone (no rate) are left out.
    MEAN_CAPAIAN = "mean_capaian"
    #: The unweighted mean of the targets' Open SDG scores (−5..+5, Statistics Canada
    #: method, ``pledgekit.methods.sdg.statcan``) from ``TargetAssessment.sdg``: met
    #: when every target's status is "target achieved", partly met at a mean score of
    #: 0 or more (moderate progress or better), not met below. Needs the SDG setting
    #: of the evaluation on. Denominator: the targets with a score; the others and
    #: every milestone are left out.
    SDG_MEAN_SCORE = "sdg_mean_score"


class MissingFigure(enum.Enum):
    """What the counting rules do with a target that has no counted figure.

    A pledge of two targets for 2019–2020, one reached and one with no figure at all:

    >>> import datetime as dt
    >>> from pledgekit import (Accumulation, Case, Direction, Evaluation, Indicator,
    ...                        MissingFigure, Observation, Period, Pledge, Target)
    >>> jobs, firms = (Indicator(name, "orang", direction=Direction.INCREASE,
    ...                          accumulation=Accumulation.SUM) for name in ("Jobs", "Firms"))
    >>> term = Period.years(2019, 2020)
    >>> targets = [Target(jobs, 100, period=term, id="jobs"),
    ...            Target(firms, 100, period=term, id="firms")]
    >>> case = Case("Two", indicators=[jobs, firms], targets=targets, observations=[
    ...     Observation(Period.year(2019), 60, indicator=jobs),  # 60 + 50 = 110 >= 100
    ...     Observation(Period.year(2020), 50, indicator=jobs)],
    ...     pledges=[Pledge("Dua janji", targets=targets, id="two")])
    >>> def judged(missing):
    ...     evaluation = Evaluation(pledge_missing_figure=missing)
    ...     return case.assess(dt.date(2020, 12, 31), evaluation=evaluation).for_pledge("two")
    >>> counted = judged(MissingFigure.NOT_MET)
    >>> counted.status, counted.met, counted.counted  # 1 of 2, the term over
    (<PledgeStatus.PARTLY_MET: 'partly_met'>, 1, 2)
    >>> left = judged(MissingFigure.LEAVE_OUT)
    >>> left.status, left.met, left.counted  # 1 of 1
    (<PledgeStatus.MET: 'met'>, 1, 1)
    >>> [(item.id, item.reason.name) for item in left.left_out]
    [('firms', 'NO_FIGURE')]
    """

    #: Counted as not met, in the denominator (the default: no figure shows it met).
    NOT_MET = "not_met"
    #: Left out of the denominator, and listed in ``left_out``.
    LEAVE_OUT = "leave_out"


class MilestoneState(enum.Enum):
    """A milestone's state at the end of the as-of day.

    A regulation due by the end of 2020 and issued on 2 March 2021, seen on four days:

    >>> import datetime as dt
    >>> from pledgekit import Milestone, MilestoneState, Pledge, assess_pledge
    >>> law = Milestone("Perda ketenagakerjaan terbit", dt.date(2020, 12, 31),
    ...                 done_on=dt.date(2021, 3, 2))
    >>> pledge = Pledge("Menerbitkan perda ketenagakerjaan", milestones=[law])
    >>> def state_on(day):
    ...     return assess_pledge(pledge, (), as_of=day).milestones[0].state
    >>> for day in (dt.date(2020, 6, 30), dt.date(2020, 12, 31), dt.date(2021, 1, 1),
    ...             dt.date(2021, 6, 30)):
    ...     print(day, state_on(day).name)
    2020-06-30 NOT_YET_DUE
    2020-12-31 NOT_DONE
    2021-01-01 NOT_DONE
    2021-06-30 DONE_LATE
    >>> state_on(dt.date(2021, 6, 30)) is MilestoneState("done_late")
    True
    """

    #: Done on or before its due date.
    DONE = "done"
    #: Done, after its due date.
    DONE_LATE = "done_late"
    #: Not done, and its due date has passed (or is today).
    NOT_DONE = "not_done"
    #: Not done, and its due date is still ahead.
    NOT_YET_DUE = "not_yet_due"


class LeftOutReason(enum.Enum):
    """Why a rule left a target or a milestone out of its denominator.

    The mean rules average rates, and a milestone has none: it is left out, and said to
    be (see [`MissingFigure`][pledgekit.MissingFigure] for a target with no figure).

    >>> import datetime as dt
    >>> from pledgekit import Milestone, Pledge, PledgeRule, assess_pledge
    >>> law = Milestone("Perda terbit", dt.date(2020, 12, 31), done_on=dt.date(2020, 11, 2))
    >>> result = assess_pledge(Pledge("Menerbitkan perda", milestones=[law]), (),
    ...                        rule=PledgeRule.MEAN_CAPAIAN)
    >>> result.status, [item.reason for item in result.left_out]
    (<PledgeStatus.NO_DATA: 'no_data'>, [<LeftOutReason.MILESTONE_NOT_RATED: 'milestone_not_rated'>])
    """

    #: A target with no counted figure, under
    #: [`MissingFigure.LEAVE_OUT`][pledgekit.MissingFigure.LEAVE_OUT].
    NO_FIGURE = "no_figure"
    #: A target with no Permendagri 86 capaian (no figure, or a target of zero).
    NO_CAPAIAN = "no_capaian"
    #: A target with no Open SDG score (no SDG assessment, or one that cannot assess).
    NO_SDG_SCORE = "no_sdg_score"
    #: A milestone, which has no rate or score to average.
    MILESTONE_NOT_RATED = "milestone_not_rated"


@attrs.frozen(kw_only=True)
class MilestoneAssessment:
    """A milestone's state at the as-of date.

    Attributes:
        milestone: The milestone.
        state: Done, done late, not done or not yet due.
        late_days: Days after its due date it was done (0 on time); ``None`` unless done
            by the as-of date.

    >>> import datetime as dt
    >>> from pledgekit import Milestone, Pledge, assess_pledge
    >>> law = Milestone("Perda terbit", dt.date(2020, 12, 31), done_on=dt.date(2021, 3, 2))
    >>> pledge = Pledge("Menerbitkan perda", milestones=[law])
    >>> (seen,) = assess_pledge(pledge, (), as_of=dt.date(2021, 6, 30)).milestones
    >>> seen.state, seen.late_days  # 31 (January) + 28 (February) + 2 days after 31 December
    (<MilestoneState.DONE_LATE: 'done_late'>, 61)
    >>> (before,) = assess_pledge(pledge, (), as_of=dt.date(2020, 12, 31)).milestones
    >>> before.late_days is None  # not done by then
    True
    """

    milestone: Milestone
    state: MilestoneState
    late_days: int | None


@attrs.frozen(kw_only=True)
class LeftOut:
    """A part of a pledge its rule did not count, and why.

    Attributes:
        kind: ``"target"`` or ``"milestone"``.
        id: The target's or milestone's id.
        reason: Why it was left out.

    A pledge of a milestone only, under a rule that averages rates: nothing to count,
    and the milestone named as left out, never dropped in silence.

    >>> import datetime as dt
    >>> from pledgekit import Milestone, Pledge, PledgeRule, assess_pledge
    >>> law = Milestone("Perda terbit", dt.date(2020, 12, 31), id="perda")
    >>> result = assess_pledge(Pledge("Menerbitkan perda", milestones=[law]), (),
    ...                        as_of=dt.date(2021, 6, 30), rule=PledgeRule.MEAN_CAPAIAN)
    >>> result.counted, result.left_out
    (0, (LeftOut(kind='milestone', id='perda', reason=<LeftOutReason.MILESTONE_NOT_RATED: 'milestone_not_rated'>),))
    """

    kind: str
    id: str
    reason: LeftOutReason


@attrs.frozen(kw_only=True)
class PledgeAssessment:
    """A pledge assessed as a whole; made by [`assess_pledge`][pledgekit.assess_pledge].

    Attributes:
        pledge: The pledge.
        as_of: The date its parts were judged at; for a pledge with nothing to measure,
            the date the case was assessed at. ``None`` when nothing gives a date: no
            as-of date was asked for and the case has no target, milestone, figure or
            claim to take one from.
        rule: The rule that combined them.
        targets: The assessments of its targets, in the pledge's order.
        milestones: Its milestones' states, in the pledge's order.
        status: The pledge-level status.
        counted: The rule's denominator: how many parts it counted.
        met: How many of those were met (late ones included); counting rules only.
        share_met: ``met / counted``, exact; counting rules only, else ``None``.
        mean_capaian: The mean capaian (percent points) under
            [`PledgeRule.MEAN_CAPAIAN`][pledgekit.PledgeRule.MEAN_CAPAIAN], else ``None``.
        mean_predikat: Its predikat, under the evaluation's band policy.
        mean_score: The mean Open SDG score under
            [`PledgeRule.SDG_MEAN_SCORE`][pledgekit.PledgeRule.SDG_MEAN_SCORE].
        met_on: When the pledge was met: the latest ``met_on`` (targets) or ``done_on``
            (milestones) of the met parts its status rests on (on-time parts for
            [`MET`][pledgekit.PledgeStatus.MET], all met parts for ``MET_LATE``;
            for the mean rules, only when every counted target is met); else ``None``.
        late_days: The largest ``late_days`` of those same parts (0 for ``MET``).
        suggested: The verdict the status suggests
            ([`suggest_pledge_verdict`][pledgekit.verdicts.suggest_pledge_verdict]); ``None`` when
            nothing is measurable, also when the tracker gave the status.
        status_given: Whether ``status`` is the tracker's own
            ([`status`][pledgekit.Pledge.status] of a pledge with nothing to measure),
            not one computed from figures.
        verdict_problem: How the verdict recorded on the pledge by ``as_of``
            contradicts the status
            ([`check_pledge_verdict`][pledgekit.verdicts.check_pledge_verdict]), or
            ``None``.
        left_out: The parts the rule did not count, each with the reason.

    The Bekasi pledge, one target, as the labour office reported it to June 2022:

    >>> from pledgekit.io import load
    >>> result = load("examples/bekasi/case.toml").assess().for_pledge("serap-150000")
    >>> result.as_of, result.rule, result.status
    (datetime.date(2022, 6, 30), <PledgeRule.ALL_MET: 'all_met'>, <PledgeStatus.IN_PROGRESS: 'in_progress'>)
    >>> result.counted, result.met, result.share_met  # 146,305 < 150,000: 0 of 1 met
    (1, 0, Fraction(0, 1))
    >>> result.suggested, result.verdict_problem, result.left_out  # no verdict recorded
    (<Verdict.IN_PROGRESS: 'in_progress'>, None, ())
    >>> result.targets[0].progress.percent()  # 146,305 / 150,000 = 97.536... %
    Decimal('97.54')
    """

    pledge: Pledge
    as_of: dt.date | None
    rule: PledgeRule
    targets: tuple[TargetAssessment, ...]
    milestones: tuple[MilestoneAssessment, ...]
    status: PledgeStatus
    counted: int
    met: int | None = None
    share_met: Fraction | None = None
    mean_capaian: Fraction | None = None
    mean_predikat: Predikat | None = None
    mean_score: Fraction | None = None
    met_on: dt.date | None = None
    late_days: int | None = None
    suggested: Verdict | None = None
    verdict_problem: VerdictProblem | None = None
    left_out: tuple[LeftOut, ...] = ()
    status_given: bool = False


@attrs.frozen(kw_only=True)
class _Part:
    """One target or milestone, reduced to what the counting rules read."""

    kind: str
    id: str
    met: bool
    late_days: int | None
    met_on: dt.date | None
    running: bool
    no_figure: bool = False


def _target_part(item: TargetAssessment) -> _Part:
    state = item.progress
    # Met in time is 0 days late even with no met_on (a target at its own baseline).
    late = 0 if state.is_met else state.late_days
    met = state.is_met or (late is not None and late > 0)
    return _Part(
        kind="target",
        id=item.target.id,
        met=met,
        late_days=late if met else None,
        met_on=state.met_on if met else None,
        running=state.days_left > 0,
        no_figure=not met and not state.observations,
    )


def milestone_state(milestone: Milestone, as_of: dt.date) -> MilestoneAssessment:
    """A milestone's state at the end of day ``as_of``.

    >>> m = Milestone("Perda terbit", dt.date(2020, 12, 31), done_on=dt.date(2021, 3, 2))
    >>> milestone_state(m, dt.date(2021, 1, 1)).state, milestone_state(m, dt.date(2021, 6, 30)).state
    (<MilestoneState.NOT_DONE: 'not_done'>, <MilestoneState.DONE_LATE: 'done_late'>)
    """
    if milestone.is_done(as_of):
        late = milestone.late_days
        state = MilestoneState.DONE if late == 0 else MilestoneState.DONE_LATE
        return MilestoneAssessment(milestone=milestone, state=state, late_days=late)
    state = MilestoneState.NOT_YET_DUE if as_of < milestone.due else MilestoneState.NOT_DONE
    return MilestoneAssessment(milestone=milestone, state=state, late_days=None)


def _milestone_part(item: MilestoneAssessment) -> _Part:
    met = item.state in (MilestoneState.DONE, MilestoneState.DONE_LATE)
    return _Part(
        kind="milestone",
        id=item.milestone.id,
        met=met,
        late_days=item.late_days,
        met_on=item.milestone.done_on if met else None,
        running=item.state is MilestoneState.NOT_YET_DUE,
    )


@attrs.frozen(kw_only=True)
class _Outcome:
    status: PledgeStatus
    counted: int
    met: int | None = None
    share_met: Fraction | None = None
    mean_capaian: Fraction | None = None
    mean_predikat: Predikat | None = None
    mean_score: Fraction | None = None
    when: tuple[_Part, ...] = ()
    left_out: tuple[LeftOut, ...] = ()


def _latest(parts: Sequence[_Part]) -> tuple[dt.date | None, int | None]:
    dates = [p.met_on for p in parts if p.met_on is not None]
    lates = [p.late_days for p in parts if p.late_days is not None]
    return max(dates, default=None), max(lates, default=None)


def _counting(
    parts: Sequence[_Part], rule: PledgeRule, share_at_least: Fraction, missing: MissingFigure
) -> _Outcome:
    left_out = tuple(
        LeftOut(kind=p.kind, id=p.id, reason=LeftOutReason.NO_FIGURE)
        for p in parts
        if p.no_figure and missing is MissingFigure.LEAVE_OUT
    )
    dropped = {(x.kind, x.id) for x in left_out}
    counted = [p for p in parts if (p.kind, p.id) not in dropped]
    if not counted or all(p.no_figure for p in counted):
        return _Outcome(status=PledgeStatus.NO_DATA, counted=len(counted), left_out=left_out)
    met = [p for p in counted if p.met]
    on_time = [p for p in met if p.late_days == 0]
    total = len(counted)

    def holds(count: int) -> bool:
        if rule is PledgeRule.ALL_MET:
            return count == total
        return Fraction(count, total) >= share_at_least

    when: tuple[_Part, ...] = ()
    if holds(len(on_time)):
        status, when = PledgeStatus.MET, tuple(on_time)
    elif holds(len(met)):
        status, when = PledgeStatus.MET_LATE, tuple(met)
    elif any(p.running for p in counted):
        status = PledgeStatus.IN_PROGRESS
    else:
        status = PledgeStatus.PARTLY_MET if met else PledgeStatus.NOT_MET
    return _Outcome(
        status=status,
        counted=total,
        met=len(met),
        share_met=Fraction(len(met), total),
        when=when,
        left_out=left_out,
    )


def _milestones_left_out(milestones: Sequence[MilestoneAssessment]) -> tuple[LeftOut, ...]:
    return tuple(
        LeftOut(kind="milestone", id=m.milestone.id, reason=LeftOutReason.MILESTONE_NOT_RATED)
        for m in milestones
    )


def _averaged(
    targets: Sequence[TargetAssessment],
    milestones: Sequence[MilestoneAssessment],
    value_of: Callable[[TargetAssessment], Fraction | None],
    reason: LeftOutReason,
) -> tuple[list[TargetAssessment], Fraction | None, tuple[LeftOut, ...]]:
    """The targets with a value, the mean of their values, and what was left out."""
    rated = [t for t in targets if value_of(t) is not None]
    left_out = tuple(
        LeftOut(kind="target", id=t.target.id, reason=reason)
        for t in targets
        if value_of(t) is None
    ) + _milestones_left_out(milestones)
    values = [v for t in rated if (v := value_of(t)) is not None]
    mean = sum(values, Fraction(0)) / len(values) if values else None
    return rated, mean, left_out


def _over(rated: Sequence[TargetAssessment], met: bool, partly: bool) -> PledgeStatus:
    if met:
        return PledgeStatus.MET
    if any(t.progress.days_left > 0 for t in rated):
        return PledgeStatus.IN_PROGRESS
    return PledgeStatus.PARTLY_MET if partly else PledgeStatus.NOT_MET


def _all_met(rated: Sequence[TargetAssessment]) -> tuple[_Part, ...]:
    parts = tuple(_target_part(t) for t in rated)
    return parts if all(p.met for p in parts) else ()


_MEAN_MET = frozenset({Predikat.SANGAT_TINGGI})
_MEAN_PARTLY = frozenset({Predikat.TINGGI, Predikat.SEDANG})


def _capaian_of(item: TargetAssessment) -> Fraction | None:
    return item.capaian.value


def _mean_capaian(
    targets: Sequence[TargetAssessment],
    milestones: Sequence[MilestoneAssessment],
    policy: BandPolicy,
) -> _Outcome:
    rated, mean, left_out = _averaged(targets, milestones, _capaian_of, LeftOutReason.NO_CAPAIAN)
    if mean is None:
        return _Outcome(status=PledgeStatus.NO_DATA, counted=0, left_out=left_out)
    band = predikat(mean, policy=policy)
    return _Outcome(
        status=_over(rated, band in _MEAN_MET, band in _MEAN_PARTLY),
        counted=len(rated),
        mean_capaian=mean,
        mean_predikat=band,
        when=_all_met(rated),
        left_out=left_out,
    )


def _sdg_score(item: TargetAssessment) -> Fraction | None:
    sdg = getattr(item, "sdg", None)  # absent before the SDG setting exists
    score = getattr(sdg, "score", None)
    return score if isinstance(score, Fraction) else None


def _sdg_mean_score(
    targets: Sequence[TargetAssessment], milestones: Sequence[MilestoneAssessment]
) -> _Outcome:
    rated, mean, left_out = _averaged(targets, milestones, _sdg_score, LeftOutReason.NO_SDG_SCORE)
    if mean is None:
        return _Outcome(status=PledgeStatus.NO_DATA, counted=0, left_out=left_out)
    achieved = all(
        getattr(getattr(t, "sdg", None), "status", None) is SdgStatus.TARGET_ACHIEVED for t in rated
    )
    return _Outcome(
        status=_over(rated, achieved, mean >= 0),
        counted=len(rated),
        mean_score=mean,
        when=_all_met(rated),
        left_out=left_out,
    )


def pledge_as_of(
    pledge: Pledge, targets: Sequence[TargetAssessment], as_of: dt.date | None
) -> dt.date | None:
    """The date a pledge is judged at: ``as_of``, else its targets' latest, else its milestones'.

    Without ``as_of`` and targets, the latest day a milestone was done on; failing
    that, the day before the earliest due date (every milestone not yet due); with
    nothing to measure either, ``None`` (no date).
    """
    if as_of is not None:
        return as_of
    dates = [t.progress.as_of for t in targets]
    if dates:
        return max(dates)
    done = [m.done_on for m in pledge.milestones if m.done_on is not None]
    if done:
        return max(done)
    if not pledge.milestones:
        return None
    first = min(m.due for m in pledge.milestones)
    return first - dt.timedelta(days=1) if first > dt.date.min else first


def assess_pledge(
    pledge: Pledge,
    targets: Sequence[TargetAssessment],
    *,
    as_of: dt.date | None = None,
    rule: PledgeRule = PledgeRule.ALL_MET,
    share_at_least: Fraction = Fraction(1),
    missing: MissingFigure = MissingFigure.NOT_MET,
    band_policy: BandPolicy = BandPolicy.HALF_OPEN,
    verdict_rules: VerdictRules = DEFAULT_RULES,
    latest_verdict: bool = False,
) -> PledgeAssessment:
    """Combine a pledge's target assessments and milestones into a `PledgeAssessment`.

    [`pledgekit.Case.assess`][pledgekit.Case.assess] calls it with the evaluation's
    settings; call it yourself to try another rule on an assessment already made.

    Args:
        pledge: The pledge.
        targets: The assessments of its targets (``Assessment.for_target``), in any order.
        as_of: The date milestones are judged at (see `pledge_as_of`).
        rule: The rule that combines the parts.
        share_at_least: The share [`PledgeRule.SHARE_MET`][pledgekit.PledgeRule.SHARE_MET] needs.
        missing: What the counting rules do with a target with no figure.
        band_policy: The predikat band policy of
            [`PledgeRule.MEAN_CAPAIAN`][pledgekit.PledgeRule.MEAN_CAPAIAN].
        verdict_rules: The rules of the suggested verdict and of the check of the
            recorded one.
        latest_verdict: Check the latest verdict recorded, whatever its date, instead
            of the one recorded by ``as_of``: what
            [`pledgekit.Case.assess`][pledgekit.Case.assess] does when no date is asked
            for, since the case's figures are then all there are and a newsroom rates
            after they come out.

    >>> import datetime as dt
    >>> from pledgekit import Milestone, Pledge, assess_pledge
    >>> law = Milestone("Perda terbit", dt.date(2020, 12, 31), done_on=dt.date(2021, 3, 2))
    >>> result = assess_pledge(Pledge("Menerbitkan perda", milestones=[law]), (),
    ...                        as_of=dt.date(2021, 6, 30))
    >>> result.status, result.late_days, result.suggested   # 2 March is 61 days late
    (<PledgeStatus.MET_LATE: 'met_late'>, 61, <Verdict.PARTIAL: 'partial'>)

    A pledge with nothing to measure takes the status its tracker gave it; the numbers
    suggest no verdict for it:

    >>> given = assess_pledge(Pledge("Membangun masjid raya", status="in_progress"), ())
    >>> given.status, given.status_given, given.suggested
    (<PledgeStatus.IN_PROGRESS: 'in_progress'>, True, None)
    """
    if not isinstance(rule, PledgeRule):
        raise InvalidValueError(rule, "a PledgeRule", "assess_pledge(rule)")
    ordered = _in_pledge_order(pledge, targets)
    when = pledge_as_of(pledge, ordered, as_of)
    milestones = tuple(milestone_state(m, when) for m in pledge.milestones if when is not None)
    if not ordered and not milestones:
        outcome = _Outcome(status=pledge.status or PledgeStatus.NOT_MEASURABLE, counted=0)
    elif rule is PledgeRule.MEAN_CAPAIAN:
        outcome = _mean_capaian(ordered, milestones, band_policy)
    elif rule is PledgeRule.SDG_MEAN_SCORE:
        outcome = _sdg_mean_score(ordered, milestones)
    else:
        parts = [*(_target_part(t) for t in ordered), *(_milestone_part(m) for m in milestones)]
        outcome = _counting(parts, rule, share_at_least, missing)
    met_on, late_days = _latest(outcome.when)
    result = PledgeAssessment(
        pledge=pledge,
        as_of=when,
        rule=rule,
        targets=ordered,
        milestones=milestones,
        status=outcome.status,
        counted=outcome.counted,
        met=outcome.met,
        share_met=outcome.share_met,
        mean_capaian=outcome.mean_capaian,
        mean_predikat=outcome.mean_predikat,
        mean_score=outcome.mean_score,
        met_on=met_on,
        late_days=late_days,
        left_out=outcome.left_out,
        status_given=pledge.status is not None,
    )
    if pledge.status is not None:
        # The tracker's status and its verdicts are both editorial: no figure to check.
        return result
    if latest_verdict:
        record = pledge.verdicts.latest
    else:
        record = None if when is None else pledge.verdicts.at(when)
    problem = (
        None if record is None else check_pledge_verdict(record.verdict, result, verdict_rules)
    )
    return attrs.evolve(
        result,
        suggested=suggest_pledge_verdict(result, verdict_rules),
        verdict_problem=problem,
    )


def _in_pledge_order(
    pledge: Pledge, targets: Sequence[TargetAssessment]
) -> tuple[TargetAssessment, ...]:
    by_target = {t.target: t for t in targets}
    missing = [t.id for t in pledge.targets if t not in by_target]
    if missing or len(by_target) != len(pledge.targets):
        raise InvalidValueError(
            [t.target.id for t in targets],
            "one assessment for each of the pledge's targets "
            f"({', '.join(t.id for t in pledge.targets) or 'none'})",
            "assess_pledge(targets)",
        )
    return tuple(by_target[t] for t in pledge.targets)
