"""A case: a plan, pledges, targets, the figures reported and the claims made about them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from fractions import Fraction
from typing import Any

import attrs

from pledgekit._audit import audit, implied_achieved
from pledgekit._audit_data import pledge_findings
from pledgekit._evaluation import Evaluation
from pledgekit._finding import Finding, FindingKind, Severity
from pledgekit._indicator import Accumulation, Indicator, Observation, Target
from pledgekit._period import require_date
from pledgekit._plan import Plan, PlanPlace
from pledgekit._plan_evaluation import PlanEvaluation, evaluate_plan
from pledgekit._pledge import Claim, ClaimKind, Membership, Pledge
from pledgekit._pledges import PledgeAssessment, assess_pledge
from pledgekit._progress import Progress, progress
from pledgekit._source import Source
from pledgekit._validate import instance_of, required_text, to_tuple
from pledgekit.exceptions import InvalidValueError
from pledgekit.methods import sdg as _sdg
from pledgekit.methods.permendagri86 import (
    PeriodCapaian,
    ScheduledCapaian,
    progress_capaian,
    schedule_capaian,
)
from pledgekit.methods.sdg import SdgAssessment, UnsdAssessment
from pledgekit.verdicts import VerdictRules, check_verdict

__all__ = ["Assessment", "Case", "ClaimLevel", "TargetAssessment"]


def _case_pledges(value: Iterable[Pledge]) -> tuple[Pledge, ...]:
    return to_tuple(value, Pledge, "Case.pledges", "a Pledge")


def _case_indicators(value: Iterable[Indicator]) -> tuple[Indicator, ...]:
    return to_tuple(value, Indicator, "Case.indicators", "an Indicator")


def _case_targets(value: Iterable[Target]) -> tuple[Target, ...]:
    return to_tuple(value, Target, "Case.targets", "a Target")


def _case_observations(value: Iterable[Observation]) -> tuple[Observation, ...]:
    return to_tuple(value, Observation, "Case.observations", "an Observation")


def _case_claims(value: Iterable[Claim]) -> tuple[Claim, ...]:
    return to_tuple(value, Claim, "Case.claims", "a Claim")


def _case_sources(value: Iterable[Source]) -> tuple[Source, ...]:
    return to_tuple(value, Source, "Case.sources", "a Source")


@attrs.frozen
class Case:
    """Everything one story needs: the plan, the pledges, their targets, the figures, the claims.

    Every object referred to must be listed in the case: a target's indicator in
    ``indicators``, a claim's target in ``targets``, a source in ``sources``, a pledge's
    programs in the plan. Ids must be unique within their kind. An observation that
    records no indicator belongs to the case's only indicator; a claim that names no
    target, to the case's only target.

    Args:
        title: What the case is about.
        description: More words about it.
        plan: The development plan the pledges are written into.
        pledges: The pledges.
        indicators: What is measured.
        targets: What is aimed at.
        observations: The figures reported.
        claims: What officials said about progress.
        sources: Where all of it was published.

    The Bekasi case, read from its case file: one pledge, one target, four figures and
    three claims, each found by what it belongs to.

    >>> from pledgekit import Case
    >>> from pledgekit.io import load
    >>> case = load("examples/bekasi/case.toml")
    >>> len(case.pledges), len(case.targets), len(case.observations), len(case.claims)
    (1, 1, 4, 3)
    >>> target = case.target("jobs-150k")
    >>> target.value, [str(o.value) for o in case.observations_for(target)]
    (Decimal('150000'), ['27197', '56000', '58000', '5108'])
    >>> [p.id for p in case.pledges_for(target)], len(case.claims_for(target))
    (['serap-150000'], 3)

    A target whose indicator the case does not list is refused, and the error says where:

    >>> Case("Jobs", targets=[target])
    Traceback (most recent call last):
    ...
    pledgekit.exceptions.InvalidValueError: Case.targets[0].indicator: got 'absorbed' (str); expected one of the case's indicators (add it to Case.indicators)
    """

    title: str = attrs.field(validator=required_text("Case.title"))
    description: str = attrs.field(
        default="", kw_only=True, validator=instance_of(str, "Case.description", "a string")
    )
    plan: Plan | None = attrs.field(
        default=None,
        kw_only=True,
        validator=attrs.validators.optional(instance_of(Plan, "Case.plan", "a Plan or None")),
    )
    pledges: tuple[Pledge, ...] = attrs.field(default=(), kw_only=True, converter=_case_pledges)
    indicators: tuple[Indicator, ...] = attrs.field(
        default=(), kw_only=True, converter=_case_indicators
    )
    targets: tuple[Target, ...] = attrs.field(default=(), kw_only=True, converter=_case_targets)
    observations: tuple[Observation, ...] = attrs.field(
        default=(), kw_only=True, converter=_case_observations
    )
    claims: tuple[Claim, ...] = attrs.field(default=(), kw_only=True, converter=_case_claims)
    sources: tuple[Source, ...] = attrs.field(default=(), kw_only=True, converter=_case_sources)

    def __attrs_post_init__(self) -> None:
        for kind, items in (
            ("indicators", self.indicators),
            ("targets", self.targets),
            ("pledges", self.pledges),
            ("sources", self.sources),
        ):
            _unique_ids(items, f"Case.{kind}")
        _unique_people(self)
        indicators, targets, sources = set(self.indicators), set(self.targets), set(self.sources)
        for index, target in enumerate(self.targets):
            _listed(target.indicator, indicators, f"Case.targets[{index}].indicator", "indicators")
            if target.budget is not None:
                where = f"Case.targets[{index}].budget"
                _listed(target.budget, targets, where, "targets")
                if target.budget not in self.targets[:index]:
                    # Read in order, a case file can only refer to a budget read before.
                    raise InvalidValueError(
                        target.budget.id, "a budget target listed before the target", where
                    )
        for index, observation in enumerate(self.observations):
            where = f"Case.observations[{index}]"
            if observation.indicator is None:
                if len(self.indicators) != 1:
                    raise InvalidValueError(
                        None,
                        "the observation's indicator, since the case lists "
                        f"{len(self.indicators)} indicators",
                        f"{where}.indicator",
                    )
            else:
                _listed(observation.indicator, indicators, f"{where}.indicator", "indicators")
            _listed(observation.source, sources, f"{where}.source", "sources")
        for index, claim in enumerate(self.claims):
            where = f"Case.claims[{index}]"
            if claim.target is None:
                if len(self.targets) != 1:
                    raise InvalidValueError(
                        None,
                        f"the claim's target, since the case lists {len(self.targets)} targets",
                        f"{where}.target",
                    )
            else:
                _listed(claim.target, targets, f"{where}.target", "targets")
            _listed(claim.indicator, indicators, f"{where}.indicator", "indicators")
            _listed(claim.source, sources, f"{where}.source", "sources")
        programs = {p.number for p in self.plan.programs} if self.plan is not None else set()
        for index, pledge in enumerate(self.pledges):
            where = f"Case.pledges[{index}]"
            _listed(pledge.source, sources, f"{where}.source", "sources")
            for position, target in enumerate(pledge.targets):
                _listed(target, targets, f"{where}.targets[{position}]", "targets")
            for position, number in enumerate(pledge.programs):
                if number not in programs:
                    raise InvalidValueError(
                        number,
                        "the number of a program of the case's plan"
                        + ("" if self.plan is not None else " (the case has no plan)"),
                        f"{where}.programs[{position}]",
                    )
        if self.plan is not None:
            for target in self.plan.all_targets():
                _listed(target, targets, "Case.plan", "targets")
        self._check_levels()

    def _check_levels(self) -> None:
        """Refuse two different levels of one indicator at one date, as progress() would.

        Checked here so that a case that loads can always be assessed: the error names
        both figures, where progress() could only say "observations".
        """
        seen: dict[tuple[Indicator, dt.date], int] = {}
        only = self.indicators[0] if len(self.indicators) == 1 else None
        for index, observation in enumerate(self.observations):
            indicator = observation.indicator or only
            if indicator is None or indicator.accumulation is not Accumulation.LAST:
                continue
            key = (indicator, observation.period.end)
            first = seen.setdefault(key, index)
            other = self.observations[first]
            if other.value != observation.value:
                raise InvalidValueError(
                    observation.value,
                    f"one level of {indicator.name!r} at {observation.period.end.isoformat()} "
                    f"(observations[{first}], for {other.period}, reports {other.value}); "
                    "an indicator whose latest value counts has one level per date",
                    f"Case.observations[{index}].value",
                )

    def _repr_html_(self) -> str:
        # The report builds on this module; the language is the notebook's setting.
        from pledgekit import report

        return report.case_html(self, lang=report.get_html_language())

    def target(self, id: str) -> Target:
        """The target with this id."""
        for target in self.targets:
            if target.id == id:
                return target
        raise InvalidValueError(id, _ids_of(self.targets, "target"), "id")

    def observations_for(self, target: Target) -> tuple[Observation, ...]:
        """The observations of the target's indicator."""
        return tuple(
            o for o in self.observations if (o.indicator or self.indicators[0]) == target.indicator
        )

    def claims_for(self, target: Target) -> tuple[Claim, ...]:
        """The claims about the target."""
        return tuple(c for c in self.claims if (c.target or self.targets[0]) == target)

    def pledges_for(self, target: Target) -> tuple[Pledge, ...]:
        """The pledges that set the target."""
        return tuple(p for p in self.pledges if target in p.targets)

    def assess(
        self, as_of: dt.date | None = None, *, evaluation: Evaluation | None = None
    ) -> Assessment:
        """Progress, Permendagri 86 capaian and audit findings for every target of the case.

        Every number any output shows is computed here, once, with the settings of
        ``evaluation``, which the result records. Besides the audit of each target's
        claims, the latest verdict recorded on each pledge (by the as-of date asked
        for; with none, the latest of all, since the case's figures are then all there
        are and a newsroom rates after they come out) is checked against the progress
        of the pledge's targets: a contradiction is a
        ``VERDICT_CONTRADICTS_DATA`` finding. Each pledge is also assessed as a whole
        ([`PledgeAssessment`][pledgekit.PledgeAssessment], by ``evaluation.pledge_rule``); for a
        pledge of more than one part (targets and milestones), a target's finding on
        the pledge's verdict stands only when the pledge-level status contradicts the
        verdict the same way (one target met does not make a broken pledge kept).

        Args:
            as_of: The date to assess at; by default each target is assessed at the
                latest date its own figures and claims speak of (a target with neither,
                at the latest date of the whole case); the plan's evaluation speaks of
                one date, the latest of its targets'
                ([`PlanEvaluation.as_of`][pledgekit.PlanEvaluation.as_of]).
            evaluation: The status thresholds, the straddling policy, the Permendagri 86
                options and the verdict rules; [`Evaluation`][pledgekit.Evaluation]'s defaults
                otherwise.

        >>> import datetime as dt
        >>> from pledgekit import (Accumulation, Case, Claim, ClaimKind, Direction,
        ...                        Evaluation, Indicator, Observation, Period, Target)
        >>> jobs = Indicator("Jobs", "persons", direction=Direction.INCREASE,
        ...                  accumulation=Accumulation.SUM)
        >>> target = Target(jobs, 100, period=Period.years(2019, 2020))
        >>> case = Case("Jobs", indicators=[jobs], targets=[target],
        ...             observations=[Observation(Period.year(2019), 40)],
        ...             claims=[Claim(ClaimKind.REMAINING, 60, dt.date(2019, 12, 31))])
        >>> result = case.assess().for_target(target.id)
        >>> result.progress.achieved, result.findings
        (Decimal('40'), ())
        >>> result.capaian.value, result.capaian.predikat.label()   # 40 / 100 × 100
        (Fraction(40, 1), 'Sangat Rendah')
        >>> case.assess(evaluation=Evaluation(straddling="include")).evaluation.straddling
        <Straddling.INCLUDE: 'include'>
        """
        if as_of is not None:
            require_date(as_of, "Case.assess(as_of)")
        if evaluation is None:
            evaluation = Evaluation()
        elif not isinstance(evaluation, Evaluation):
            raise InvalidValueError(
                evaluation, "a pledgekit.Evaluation or None", "Case.assess(evaluation)"
            )
        latest = max(
            [o.period.end for o in self.observations] + [c.as_of for c in self.claims],
            default=None,
        )
        results = tuple(
            self._assess_target(target, as_of, latest, evaluation) for target in self.targets
        )
        # A pledge with nothing to measure is judged when the case is: the date asked
        # for, else the latest its targets were assessed at, else the case's latest.
        assessed_on = (
            as_of if as_of is not None else max((r.progress.as_of for r in results), default=latest)
        )
        pledges = self._assess_pledges(results, as_of, assessed_on, evaluation)
        targets = _pledge_level_verdicts(results, pledges)
        return Assessment(
            case=self,
            as_of=as_of,
            evaluation=evaluation,
            targets=targets,
            pledges=pledges,
            plan=None
            if self.plan is None
            else evaluate_plan(self.plan, targets, evaluation, as_of=as_of),
        )

    def _assess_pledges(
        self,
        results: tuple[TargetAssessment, ...],
        as_of: dt.date | None,
        assessed_on: dt.date | None,
        evaluation: Evaluation,
    ) -> tuple[PledgeAssessment, ...]:
        by_target = {item.target: item for item in results}
        return tuple(
            assess_pledge(
                pledge,
                [by_target[target] for target in pledge.targets],
                as_of=as_of if pledge.targets or pledge.milestones else assessed_on,
                rule=evaluation.pledge_rule,
                share_at_least=evaluation.pledge_share_at_least,
                missing=evaluation.pledge_missing_figure,
                band_policy=evaluation.band_policy,
                verdict_rules=evaluation.verdict_rules,
                latest_verdict=as_of is None,
            )
            for pledge in self.pledges
        )

    def _assess_target(
        self,
        target: Target,
        as_of: dt.date | None,
        latest: dt.date | None,
        evaluation: Evaluation,
    ) -> TargetAssessment:
        observations = self.observations_for(target)
        claims = self.claims_for(target)
        when = as_of
        if when is None:
            dates = [o.period.end for o in observations] + [c.as_of for c in claims]
            # A target nobody reported on is assessed when the rest of the case is;
            # in a case with no dates at all, before its first day (or on it, when
            # it is the first day a date can name).
            start = target.period.start
            before = start - dt.timedelta(days=1) if start > dt.date.min else start
            when = max(dates, default=latest or before)
        straddling = evaluation.straddling
        state = progress(
            target,
            observations,
            as_of=when,
            thresholds=evaluation.thresholds,
            straddling=straddling,
        )
        original = None
        if state.revision is not None:
            # Progress against the value first set, beside the value in force.
            original = progress(
                attrs.evolve(target, revisions=()),
                observations,
                as_of=when,
                thresholds=evaluation.thresholds,
                straddling=straddling,
            )
        pledges = self.pledges_for(target)
        findings = audit(target, observations, claims, as_of=when, straddling=straddling)
        findings += tuple(pledge_findings(target, pledges, when))
        findings += _verdict_findings(
            pledges, state, evaluation.verdict_rules, latest=as_of is None
        )
        rated = progress_capaian(
            state,
            formula=evaluation.lower_is_better,
            clamp=evaluation.clamp,
            policy=evaluation.band_policy,
        )
        schedule = schedule_capaian(
            target,
            observations,
            as_of=when,
            formula=evaluation.lower_is_better,
            clamp=evaluation.clamp,
            policy=evaluation.band_policy,
        )
        method = evaluation.sdg
        return TargetAssessment(
            target=target,
            progress=state,
            capaian=rated,
            schedule=schedule,
            sdg=None if method is None else _sdg.assess_target(state, method=method),
            findings=findings,
            claims=claims,
            pledges=pledges,
            claim_levels=_claim_levels(target, claims),
            plan_place=None if self.plan is None else self.plan.place_of(target),
            original=original,
        )


@attrs.frozen(kw_only=True)
class ClaimLevel:
    """Where a claim puts the indicator at its as-of date, exactly.

    An ACHIEVED claim states the level itself; a REMAINING claim, the target less what
    is left (more, for a falling indicator); a PERCENT claim, that share of the way from
    the baseline to the target. ``low`` and ``high`` are the level's range given the
    claimed figure's rounding, low to high whichever way the indicator runs.

    Attributes:
        claim: The claim.
        level: The level it states or implies.
        low: The lowest level its rounding allows.
        high: The highest level its rounding allows.

    The three Bekasi claims, all about 30 June 2022, the highest level first:

    >>> from pledgekit.io import load
    >>> assessed = load("examples/bekasi/case.toml").assess().for_target("jobs-150k")
    >>> for item in assessed.claim_levels:
    ...     print(item.claim.kind.name, item.claim.value, item.level, item.low, item.high)
    REMAINING 8276 141724 141724 141724
    ACHIEVED 141624 141624 141624 141624
    ACHIEVED 141000 141000 141000 142000

    "sisa target 8276" puts the level at 150,000 − 8,276 = 141,724; "141.624" states
    it; "sudah 141.000", rounded down to the thousand, means 141,000 to 142,000. All
    three stand below the 146,305 the figures add up to.
    """

    claim: Claim
    level: Fraction
    low: Fraction
    high: Fraction


def _claim_level(target: Target, claim: Claim) -> ClaimLevel | None:
    """A claim's level, or ``None`` for a claim that states none (MET, a period's value, a rate)."""
    if claim.value is None or claim.kind in (ClaimKind.MET, ClaimKind.PERIOD_VALUE, ClaimKind.RATE):
        return None
    figures = (claim.value, *claim.interval)  # the figure, then its rounding's ends
    if claim.kind is ClaimKind.ACHIEVED:
        levels = [Fraction(figure) for figure in figures]
    elif claim.kind is ClaimKind.REMAINING:
        levels = [Fraction(implied_achieved(target, figure)) for figure in figures]
    else:
        baseline, goal = Fraction(target.baseline), Fraction(target.goal)
        levels = [baseline + (goal - baseline) * Fraction(share) / 100 for share in figures]
    # On a falling indicator a larger share, or a smaller remainder, is a lower level.
    low, high = sorted(levels[1:])
    return ClaimLevel(claim=claim, level=levels[0], low=low, high=high)


def _claim_levels(target: Target, claims: tuple[Claim, ...]) -> tuple[ClaimLevel, ...]:
    """The levels the claims state, by date, the highest first on each date."""
    levels = [
        level
        for claim in claims
        if (level := _claim_level(target.in_force(claim.as_of), claim)) is not None
    ]
    return tuple(sorted(levels, key=lambda item: (item.claim.as_of, -item.level)))


@attrs.frozen(kw_only=True)
class TargetAssessment:
    """One target's progress, Permendagri 86 capaian and findings.

    Attributes:
        target: The target assessed.
        progress: Its progress at the as-of date.
        capaian: Its Permendagri 86 achievement rate and predikat, with the
            evaluation's options; [`value`][pledgekit.methods.permendagri86.PeriodCapaian.value]
            is ``None``, with the reason, when there is no counted figure or the target
            is zero.
        findings: The audit's findings on its figures and claims, then the verdict
            checks.
        claims: The claims about it.
        pledges: The pledges that set it.
        claim_levels: Where the claims that state a level put the indicator, by date
            (what a chart draws).
        plan_place: Where the case's plan carries the target (its level, mission, goal,
            objective and programs); ``None`` when the case has no plan.
        original: When a revision is in force at the as-of date, progress against the
            target's original value and schedule (``progress`` is against the revised
            one); ``None`` otherwise.
        schedule: The Permendagri 86 capaian of each interim target of the schedule in
            force (the realisation of each entry's period against its value), with the
            evaluation's options; empty without a schedule.
        sdg: The SDG progress status by the evaluation's ``sdg`` method, from the
            target's yearly level series
            ([`pledgekit.methods.sdg.assess_target`][pledgekit.methods.sdg.assess_target]);
            ``None`` when the evaluation asks for none.

    The Bekasi target, as the labour office reported it up to June 2022:

    >>> from pledgekit.io import load
    >>> assessed = load("examples/bekasi/case.toml").assess().for_target("jobs-150k")
    >>> assessed.progress.achieved, assessed.progress.shortfall  # 150,000 − 146,305 = 3,695
    (Decimal('146305'), Decimal('3695'))
    >>> assessed.capaian.value  # 146,305 / 150,000 × 100 = 29,261 / 300 = 97.536...
    Fraction(29261, 300)
    >>> assessed.capaian.predikat.label()  # 97.536... >= 91
    'Sangat Tinggi'
    >>> assessed.plan_place.programs, [p.id for p in assessed.pledges]
    ((10,), ['serap-150000'])

    The office's remainder, 8,276, is not 150,000 − 141,624 = 8,376; its 141,624 is not
    the 146,305 the figures add up to:

    >>> [f.kind.name for f in assessed.findings][:2]
    ['REMAINDER_MISMATCH', 'TOTAL_MISMATCH']
    """

    target: Target
    progress: Progress
    capaian: PeriodCapaian
    findings: tuple[Finding, ...]
    claims: tuple[Claim, ...]
    pledges: tuple[Pledge, ...]
    claim_levels: tuple[ClaimLevel, ...] = ()
    plan_place: PlanPlace | None = None
    original: Progress | None = None
    schedule: tuple[ScheduledCapaian, ...] = ()
    sdg: SdgAssessment | UnsdAssessment | None = None


@attrs.frozen(kw_only=True)
class Assessment:
    """The result of [`Case.assess`][pledgekit.Case.assess]: every number every output shows.

    Attributes:
        case: The case assessed.
        as_of: The date asked for, or ``None`` when each target was assessed at its own
            latest date.
        evaluation: The settings the numbers were computed with.
        targets: One [`TargetAssessment`][pledgekit.TargetAssessment] per target of the case.
        pledges: One [`PledgeAssessment`][pledgekit.PledgeAssessment] per pledge of the case, in
            the case's order.
        plan: The evaluation of the case's plan along its tree (the rows and footers
            of Permendagri 86's "Evaluasi terhadap hasil RPJMD"), or ``None`` when the
            case has no plan.

    The Bekasi case assessed once; each output reads its numbers from here:

    >>> from pledgekit.io import load
    >>> assessment = load("examples/bekasi/case.toml").assess()
    >>> assessment.as_of is None, len(assessment.targets), len(assessment.pledges)
    (True, 1, 1)
    >>> assessment.for_target("jobs-150k").progress.achieved  # 27,197 + 56,000 + 58,000 + 5,108
    Decimal('146305')
    >>> len(assessment.findings), assessment.worst
    (7, <Severity.ERROR: 2>)
    >>> assessment.for_pledge("serap-150000").status
    <PledgeStatus.IN_PROGRESS: 'in_progress'>
    """

    case: Case
    as_of: dt.date | None
    evaluation: Evaluation
    targets: tuple[TargetAssessment, ...]
    pledges: tuple[PledgeAssessment, ...] = ()
    plan: PlanEvaluation | None = None

    def _repr_html_(self) -> str:
        # The report builds on this module; the language is the notebook's setting.
        from pledgekit import report

        return report.assessment_html(self, lang=report.get_html_language())

    @property
    def findings(self) -> tuple[Finding, ...]:
        """Every finding, target by target."""
        return tuple(f for t in self.targets for f in t.findings)

    @property
    def worst(self) -> Severity | None:
        """The most serious finding's severity, or ``None`` when nothing was found."""
        return max((f.severity for f in self.findings), default=None)

    def for_target(self, id: str) -> TargetAssessment:
        """The assessment of the target with this id."""
        for item in self.targets:
            if item.target.id == id:
                return item
        raise InvalidValueError(id, _ids_of([t.target for t in self.targets], "target"), "id")

    def for_pledge(self, id: str) -> PledgeAssessment:
        """The assessment of the pledge with this id."""
        for item in self.pledges:
            if item.pledge.id == id:
                return item
        raise InvalidValueError(id, _ids_of([p.pledge for p in self.pledges], "pledge"), "id")


def _pledge_level_verdicts(
    results: tuple[TargetAssessment, ...], pledges: tuple[PledgeAssessment, ...]
) -> tuple[TargetAssessment, ...]:
    """Keep a multi-part pledge's verdict findings only where its own status agrees.

    A target's check sees one target; a pledge of several parts is kept or broken as
    a whole. A finding that the pledge-level check does not make too is dropped.
    """
    whole = {
        p.pledge: p.verdict_problem
        for p in pledges
        if len(p.pledge.targets) + len(p.pledge.milestones) > 1
    }
    if not whole:
        return results

    def stands(finding: Finding) -> bool:
        if finding.kind is not FindingKind.VERDICT_CONTRADICTS_DATA:
            return True
        if finding.pledge not in whole:
            return True
        return finding.verdict_problem is whole[finding.pledge]

    return tuple(
        attrs.evolve(item, findings=tuple(f for f in item.findings if stands(f)))
        for item in results
    )


def _verdict_findings(
    pledges: tuple[Pledge, ...], state: Progress, rules: VerdictRules, *, latest: bool = False
) -> tuple[Finding, ...]:
    """The pledges' verdicts the target's progress contradicts.

    The verdict checked is the one recorded by the progress's date, or with ``latest``
    (no date asked for: the case's figures are all there are) the latest recorded.
    """
    findings = []
    for pledge in pledges:
        record = pledge.verdicts.latest if latest else pledge.verdicts.at(state.as_of)
        if record is None:
            continue
        problem = check_verdict(record.verdict, state, rules)
        if problem is None:
            continue
        findings.append(
            Finding(
                kind=FindingKind.VERDICT_CONTRADICTS_DATA,
                severity=Severity.WARNING,
                computed=state.achieved,
                pledge=pledge,
                verdict=record,
                target=state.target,
                as_of=state.as_of,
                ratio=state.ratio,
                shortfall=state.shortfall,
                verdict_problem=problem,
            )
        )
    return tuple(findings)


def _unique_ids(items: Iterable[Any], where: str) -> None:
    seen: dict[str, tuple[int, Any]] = {}
    for index, item in enumerate(items):
        if item.id in seen:
            first, other = seen[item.id]
            raise InvalidValueError(
                item.id,
                f"an id not used before (it is also the id of {where}[{first}], "
                f"{_words(other)}, and this is {_words(item)}; give one an id of its own)",
                f"{where}[{index}].id",
            )
        seen[item.id] = (index, item)


def _words(item: Any) -> str:
    """What a record says, to tell two records of one id apart in a message."""
    for name in ("text", "display_name", "name", "description", "title"):
        value = getattr(item, name, None)
        if isinstance(value, str):
            return repr(value if len(value) <= 100 else value[:97] + "...")
    if isinstance(item, Membership):
        return repr(item.label)
    return repr(item)


def _people(case: Case) -> Iterable[tuple[str, Any]]:
    """Every membership, person and organization the case mentions, with where."""
    said: list[tuple[str, Membership | None]] = [
        (f"Case.pledges[{i}].made_by", p.made_by) for i, p in enumerate(case.pledges)
    ]
    said += [(f"Case.claims[{i}].speaker", c.speaker) for i, c in enumerate(case.claims)]
    for where, membership in said:
        if membership is None:
            continue
        yield where, membership
        if membership.person is not None:
            yield f"{where}.person", membership.person
        if membership.organization is not None:
            yield f"{where}.organization", membership.organization


def _unique_people(case: Case) -> None:
    """Refuse two different persons (organizations, memberships) that claim one id."""
    seen: dict[tuple[type, str], tuple[str, Any]] = {}
    for where, item in _people(case):
        if item.id is None:
            continue
        first = seen.setdefault((type(item), item.id), (where, item))
        if first[1] != item:
            kind = type(item).__name__.lower()
            raise InvalidValueError(
                item.id,
                f"an id no other {kind} has (it is also the id of {first[0]}, "
                f"{_words(first[1])}, a different {kind} from this one, {_words(item)})",
                f"{where}.id",
            )


def _listed(item: object, listed: set[Any], where: str, kind: str) -> None:
    if item is not None and item not in listed:
        name = getattr(item, "id", repr(item))
        raise InvalidValueError(name, f"one of the case's {kind} (add it to Case.{kind})", where)


def _ids_of(items: Iterable[Any], what: str) -> str:
    ids = [item.id for item in items]
    return f"the id of a {what} of the case ({', '.join(ids) or 'none listed'})"
