"""The evaluation settings: every choice an assessment makes, held in one object.

[`pledgekit.Case.assess`][pledgekit.Case.assess] takes one
[`Evaluation`][pledgekit.Evaluation] and records it on the
[`Assessment`][pledgekit.Assessment], so that every output can say what it was computed
with.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from fractions import Fraction

import attrs

from pledgekit._indicator import Straddling
from pledgekit._pledges import MissingFigure, PledgeRule
from pledgekit._progress import PaceThresholds
from pledgekit._validate import enum_member, instance_of
from pledgekit.exceptions import InvalidValueError
from pledgekit.methods._permendagri86_bands import _to_fraction
from pledgekit.methods.permendagri86 import BandPolicy, LowerIsBetter
from pledgekit.methods.sdg import SdgMethod
from pledgekit.verdicts import VerdictRules

__all__ = ["Evaluation", "PlanMean"]


class PlanMean(enum.Enum):
    """How the plan evaluation combines the rates below a sasaran, tujuan, misi or the plan.

    Permendagri 86's form closes each group with "rata-rata capaian kinerja": the
    unweighted mean of the indicators' rates (the default). The other two are offered
    for plans that say otherwise, and are named in every output that uses them.

    A tujuan with two sasaran, the first with two indicators rated 100 % and 80 %, the
    second with one rated 60 % (figures invented to show the rules):

    >>> from pledgekit import (Accumulation, Case, Direction, Evaluation, Goal,
    ...                        Indicator, Mission, Objective, Observation, Period, Plan,
    ...                        PlanLevel, PlanMean, Target)
    >>> year = Period.year(2019)
    >>> def rated(name, target, realisasi):
    ...     indicator = Indicator(name, "orang", direction=Direction.INCREASE,
    ...                           accumulation=Accumulation.SUM)
    ...     figure = Observation(year, realisasi, indicator=indicator)
    ...     return Target(indicator, target, period=year), figure
    >>> (jobs, r1), (trained, r2), (firms, r3) = (rated("Tenaga kerja", 30000, 30000),
    ...     rated("Peserta pelatihan", 1000, 800), rated("Wirausaha baru", 500, 300))
    >>> plan = Plan("Kota Bekasi", year, vision="Ihsan", missions=[Mission(3, "Perekonomian")],
    ...     goals=[Goal("Ekonomi kuat", mission=3, objectives=[
    ...         Objective("Lapangan kerja", targets=[jobs, trained]),
    ...         Objective("Wirausaha", targets=[firms])])])
    >>> case = Case("RPJMD", plan=plan, targets=[jobs, trained, firms],
    ...             indicators=[t.indicator for t in (jobs, trained, firms)],
    ...             observations=[r1, r2, r3])
    >>> def goal_mean(**settings):
    ...     evaluated = case.assess(evaluation=Evaluation(**settings)).plan
    ...     return evaluated.node(PlanLevel.GOAL, mission=3, goal=1).end.kinerja.mean
    >>> goal_mean(plan_mean=PlanMean.INDICATORS)  # (100 + 80 + 60) / 3
    Fraction(80, 1)
    >>> goal_mean(plan_mean=PlanMean.CHILDREN)  # ((100 + 80) / 2 + 60) / 2
    Fraction(75, 1)
    >>> goal_mean(plan_mean=PlanMean.WEIGHTED,  # (2 × 100 + 80 + 60) / (2 + 1 + 1)
    ...           plan_weights={jobs.id: 2, trained.id: 1, firms.id: 1})
    Fraction(85, 1)
    """

    #: The unweighted mean of every indicator below the node (the form's footer).
    INDICATORS = "indicators"
    #: The unweighted mean of the node's children: its own indicators' rates and the
    #: means of the nodes directly below it (a misi of its tujuan and sasaran, a tujuan
    #: of its sasaran), so that a sasaran with many indicators weighs as much as one
    #: with few.
    CHILDREN = "children"
    #: The mean of the indicators below, weighted by
    #: [`Evaluation.plan_weights`][pledgekit.Evaluation.plan_weights].
    WEIGHTED = "weighted"


def _straddling(value: object) -> Straddling | None:
    if value is None:
        return None
    return enum_member(
        Straddling, value, "Evaluation.straddling", "None (each target's own policy), "
    )


def _lower_is_better(value: object) -> LowerIsBetter:
    return enum_member(LowerIsBetter, value, "Evaluation.lower_is_better")


def _band_policy(value: object) -> BandPolicy:
    return enum_member(BandPolicy, value, "Evaluation.band_policy")


def _pledge_rule(value: object) -> PledgeRule:
    return enum_member(PledgeRule, value, "Evaluation.pledge_rule")


def _pledge_missing(value: object) -> MissingFigure:
    return enum_member(MissingFigure, value, "Evaluation.pledge_missing_figure")


def _share(value: object) -> Fraction:
    where = "Evaluation.pledge_share_at_least"
    share = _to_fraction(value, where)
    if not 0 < share <= 1:
        raise InvalidValueError(value, "a share above 0 and at most 1, such as '0.75'", where)
    return share


def _sdg(value: object) -> SdgMethod | None:
    if value is None:
        return None
    return enum_member(SdgMethod, value, "Evaluation.sdg", "None (no SDG status), ")


def _plan_mean(value: object) -> PlanMean:
    return enum_member(PlanMean, value, "Evaluation.plan_mean")


def _plan_weights(value: object) -> tuple[tuple[str, Fraction], ...]:
    where = "Evaluation.plan_weights"
    if isinstance(value, tuple) and all(isinstance(item, tuple) for item in value):
        value = dict(value)
    if not isinstance(value, Mapping):
        raise InvalidValueError(value, "a mapping of target id to weight", where)
    weights = []
    for key, weight in value.items():
        if not isinstance(key, str):
            raise InvalidValueError(key, "a target id (a string)", where)
        factor = _to_fraction(weight, f"{where}[{key!r}]")
        if factor <= 0:
            # A zero weight would leave a target out of the mean without saying so.
            raise InvalidValueError(weight, "a weight above 0", f"{where}[{key!r}]")
        weights.append((key, factor))
    return tuple(sorted(weights))


def _clamp(value: object) -> tuple[Fraction, Fraction] | None:
    where = "Evaluation.clamp"
    if value is None:
        return None
    if not isinstance(value, tuple | list) or len(value) != 2:
        raise InvalidValueError(value, "None or a (low, high) pair such as (0, 100)", where)
    low, high = _to_fraction(value[0], f"{where}[0]"), _to_fraction(value[1], f"{where}[1]")
    if high < low:
        raise InvalidValueError(value, "a (low, high) pair with low <= high", where)
    return (low, high)


@attrs.frozen(kw_only=True)
class Evaluation:
    """How an assessment evaluates, every choice in one frozen object.

    The status thresholds, the straddling policy, the Permendagri 86 options and the
    verdict rules. Every field has the library's default, so ``Evaluation()`` is the evaluation
    [`pledgekit.Case.assess`][pledgekit.Case.assess] makes when given none.

    Attributes:
        thresholds: The pace-index thresholds of the status (0.95 / 0.60 / 0).
        straddling: Whether figures straddling a target period's start or end count,
            for every target; ``None`` (the default): each target's own policy.
        lower_is_better: The Permendagri 86 formula for an indicator where less is
            better, ``(2T − R) / T`` by default.
        band_policy: How a rate falls into the printed predikat bands (half-open by
            default). Each policy may also be given by its value (``"include"``,
            ``"t_over_r"``, ``"round_first"``).
        clamp: ``None`` (the default: the raw rate, which may exceed 100 or fall below
            0) or a ``(low, high)`` pair the capaian is clamped to, such as ``(0, 100)``.
        verdict_rules: The rules an editorial verdict is checked by.
        pledge_rule: How a pledge's targets and milestones combine into its status
            ([`PledgeRule`][pledgekit.PledgeRule]; all met by default, or ``"share_met"``,
            ``"mean_capaian"``, ``"sdg_mean_score"``).
        pledge_share_at_least: The share of parts
            [`PledgeRule.SHARE_MET`][pledgekit.PledgeRule.SHARE_MET] needs (1 by
            default: a conservative choice, every part).
        pledge_missing_figure: Whether the counting rules count a target with no
            figure as not met (``"not_met"``, the default) or leave it out
            (``"leave_out"``); either way the assessment says so.
        sdg: The SDG progress method each target is also assessed by
            (``"statcan"`` or ``"unsd"``, [`SdgMethod`][pledgekit.methods.sdg.SdgMethod]), or
            ``None`` (the default): no SDG status.
        plan_mean: How the plan evaluation's means per sasaran, tujuan, misi and plan
            combine the rates below ([`PlanMean`][pledgekit.PlanMean]): the unweighted mean of the
            indicators by default (``"indicators"``), or ``"children"``, or
            ``"weighted"``.
        plan_weights: The weight of each target (by id) for
            [`PlanMean.WEIGHTED`][pledgekit.PlanMean.WEIGHTED]; every kinerja target of
            the plan needs one. Given as a mapping; kept sorted as ``(id, weight)``
            pairs.

    >>> from pledgekit import Evaluation
    >>> from pledgekit.methods.permendagri86 import BandPolicy
    >>> settings = Evaluation(straddling="include", clamp=(0, 100),
    ...                       band_policy=BandPolicy.ROUND_FIRST)
    >>> settings.straddling, settings.clamp
    (<Straddling.INCLUDE: 'include'>, (Fraction(0, 1), Fraction(100, 1)))
    >>> Evaluation(pledge_rule="share_met", pledge_share_at_least="0.75").pledge_share_at_least
    Fraction(3, 4)
    >>> Evaluation(clamp=(100, 0))
    Traceback (most recent call last):
      ...
    pledgekit.exceptions.InvalidValueError: Evaluation.clamp: got (100, 0) (tuple); expected a (low, high) pair with low <= high
    >>> Evaluation(plan_mean="weighted", plan_weights={"jalan": 2, "air": "0.5"}).plan_weights
    (('air', Fraction(1, 2)), ('jalan', Fraction(2, 1)))
    """

    thresholds: PaceThresholds = attrs.field(
        factory=PaceThresholds,
        validator=instance_of(
            PaceThresholds, "Evaluation.thresholds", "a pledgekit.PaceThresholds"
        ),
    )
    straddling: Straddling | None = attrs.field(default=None, converter=_straddling)
    lower_is_better: LowerIsBetter = attrs.field(
        default=LowerIsBetter.TWO_T_MINUS_R, converter=_lower_is_better
    )
    band_policy: BandPolicy = attrs.field(default=BandPolicy.HALF_OPEN, converter=_band_policy)
    clamp: tuple[Fraction, Fraction] | None = attrs.field(default=None, converter=_clamp)
    verdict_rules: VerdictRules = attrs.field(
        factory=VerdictRules,
        validator=instance_of(
            VerdictRules, "Evaluation.verdict_rules", "a pledgekit.verdicts.VerdictRules"
        ),
    )
    pledge_rule: PledgeRule = attrs.field(default=PledgeRule.ALL_MET, converter=_pledge_rule)
    pledge_share_at_least: Fraction = attrs.field(default=Fraction(1), converter=_share)
    pledge_missing_figure: MissingFigure = attrs.field(
        default=MissingFigure.NOT_MET, converter=_pledge_missing
    )
    sdg: SdgMethod | None = attrs.field(default=None, converter=_sdg)
    plan_mean: PlanMean = attrs.field(default=PlanMean.INDICATORS, converter=_plan_mean)
    plan_weights: tuple[tuple[str, Fraction], ...] = attrs.field(
        default=(), converter=_plan_weights
    )

    def weight_of(self, target_id: str) -> Fraction | None:
        """The weight `plan_weights` gives the target, or ``None`` when it gives none."""
        return dict(self.plan_weights).get(target_id)

    def __attrs_post_init__(self) -> None:
        if self.plan_weights and self.plan_mean is not PlanMean.WEIGHTED:
            # Weights that nothing uses would read as if they had been applied.
            raise InvalidValueError(
                self.plan_mean.value,
                "plan_mean 'weighted' when plan_weights are given",
                "Evaluation.plan_mean",
            )
        # The SDG scores come from the SDG assessment of each target, which the
        # evaluation's SDG setting turns on; without it the rule has nothing to average.
        if self.pledge_rule is PledgeRule.SDG_MEAN_SCORE and self.sdg is None:
            raise InvalidValueError(
                self.pledge_rule.value,
                "a pledge rule the evaluation can feed: 'sdg_mean_score' needs the SDG "
                "assessment of each target (Evaluation.sdg)",
                "Evaluation.pledge_rule",
            )
