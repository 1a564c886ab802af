"""Register pledgekit's strategies with Hypothesis, so ``st.from_type`` knows its classes.

Hypothesis calls `_hypothesis_setup_hook` through the ``hypothesis`` entry-point
group when it is imported in an environment where pledgekit is installed. The hook
imports nothing from [`pledgekit.strategies`][pledgekit.strategies] until a strategy is
first asked for: importing it while Hypothesis itself is still being imported would be
circular.

Every public class resolves. Results ([`Progress`][pledgekit.Progress], findings, the
assessments of targets and pledges, the methods' ratings, the figures read from text)
are never filled field by field, which would give objects whose fields disagree: they
are computed by the function that makes them, from drawn inputs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

import pledgekit
from pledgekit import exceptions, messages, text, verdicts
from pledgekit.methods import permendagri86, sdg
from pledgekit.table._table_result import TableResult

__all__ = ["_hypothesis_setup_hook"]

_FIRST = dt.date(1990, 1, 1)
_LAST = dt.date(2100, 12, 31)


def _lazy(name: str, **options: Any) -> Callable[[type], Any]:
    def resolve(thing: type) -> Any:
        from pledgekit import strategies

        return getattr(strategies, name)(**options)

    return resolve


def _observations(thing: type) -> Any:
    from pledgekit import strategies

    return strategies.targets().flatmap(
        lambda target: strategies.observations(target, min_size=1).map(lambda series: series[0])
    )


#: Targets as plans write them: a drawn comparison, sometimes a schedule and revisions.
_WRITTEN: dict[str, Any] = {"comparison": True, "schedule": None, "revisions": None}


def _claims(thing: type) -> Any:
    """Claims of every kind, rates and bounds included, about targets as plans write them."""
    from hypothesis import strategies as st

    from pledgekit import strategies

    kinds = st.sampled_from(pledgekit.ClaimKind)
    return strategies.targets(**_WRITTEN).flatmap(
        lambda target: strategies.claims(target, kinds=kinds, bounds=True)
    )


def _pledges(thing: type) -> Any:
    """Pledges with milestones and, sometimes, a figure of their own; topics, verdicts.

    A pledge drawn with no milestone may carry a status of its own.
    """
    from hypothesis import strategies as st

    from pledgekit import strategies

    return strategies.pledges(
        milestones=st.lists(strategies.milestones(), max_size=2, unique_by=lambda m: m.id).map(
            tuple
        ),
        promised=st.none() | strategies.amounts(0, 10**6, max_fraction_digits=2),
    )


def _plan_parts(thing: type) -> Any:
    from hypothesis import strategies as st

    from pledgekit.strategies import texts

    objectives = st.builds(pledgekit.Objective, texts())
    parts: dict[type, Any] = {
        pledgekit.Mission: st.builds(pledgekit.Mission, st.integers(1, 99), texts()),
        pledgekit.Objective: objectives,
        pledgekit.Goal: st.builds(
            pledgekit.Goal,
            texts(),
            mission=st.integers(1, 9),
            objectives=st.lists(objectives, max_size=2),
        ),
        pledgekit.Program: st.builds(
            pledgekit.Program,
            st.integers(1, 99),
            texts(),
            missions=st.lists(st.integers(1, 9), max_size=2, unique=True),
            code=st.none() | st.just("2.07.04"),
            agency=st.none() | texts(),
        ),
        # Drawn as Plan.place_of gives them: each level names the places above it.
        pledgekit.PlanPlace: st.builds(
            lambda level, mission, goal, objective, programs: pledgekit.PlanPlace(
                level=level,
                mission=mission if level in _BELOW_PLAN else None,
                goal=goal if level in _IN_A_GOAL else None,
                objective=objective if level is pledgekit.PlanLevel.OBJECTIVE else None,
                programs=tuple(programs),
            ),
            st.none() | st.sampled_from(pledgekit.PlanLevel),
            st.integers(1, 9),
            st.integers(1, 20),
            st.integers(1, 20),
            st.lists(st.integers(1, 99), max_size=3, unique=True),
        ),
    }
    return parts[thing]


_IN_A_GOAL = frozenset({pledgekit.PlanLevel.GOAL, pledgekit.PlanLevel.OBJECTIVE})
_BELOW_PLAN = _IN_A_GOAL | {pledgekit.PlanLevel.MISSION}


def _popolo_parts(thing: type) -> Any:
    """Identifiers, and persons and organizations with an id of their own or none."""
    from pledgekit import _strategy_tracker as tracker

    parts: dict[type, Callable[[], Any]] = {
        pledgekit.Identifier: tracker.identifiers,
        pledgekit.Person: tracker.people,
        pledgekit.Organization: tracker.organizations,
    }
    return parts[thing]()


def _schedule_parts(thing: type) -> Any:
    """Schedule entries and revisions as targets carry them, sometimes with a range."""
    from hypothesis import strategies as st

    from pledgekit import strategies

    drawn = strategies.targets(comparison=True)
    if thing is pledgekit.Revision:
        return drawn.flatmap(strategies.revisions).flatmap(st.sampled_from)
    return drawn.flatmap(strategies.schedules).flatmap(st.sampled_from)


def _progress(thing: type) -> Any:
    """Progress computed by [`pledgekit.progress`][] from a drawn target, series and date."""
    from hypothesis import strategies as st

    from pledgekit import strategies

    def inputs(target: pledgekit.Target) -> Any:
        month = dt.timedelta(days=31)
        return st.tuples(
            st.just(target),
            strategies.observations(target, outside=True, overlapping=True, resolutions=True),
            st.dates(target.period.start - month, target.period.end + month),
        )

    # No revisions: Progress.target is the target in force, so that a drawn Progress is
    # what progress() gives for its own target (a revised one is drawn by targets()).
    periods = strategies.periods(_FIRST, _LAST, max_days=4000)
    return (
        strategies.targets(periods=periods, comparison=True, schedule=None)
        .flatmap(inputs)
        .map(lambda drawn: pledgekit.progress(drawn[0], drawn[1], as_of=drawn[2]))
    )


def _findings(thing: type) -> Any:
    """Findings of [`pledgekit.audit`][] on drawn figures and claims (at least one)."""
    from hypothesis import strategies as st

    from pledgekit import strategies

    def inputs(target: pledgekit.Target) -> Any:
        figures = strategies.observations(target, outside=True, overlapping=True, resolutions=True)
        return figures.flatmap(
            lambda series: st.tuples(
                st.just(target),
                st.just(series),
                st.lists(strategies.claims(target, quoting=series, problems=True), max_size=3),
            )
        )

    def found(drawn: tuple[Any, ...]) -> tuple[pledgekit.Finding, ...]:
        target, series, said = drawn
        # No figure at all over the whole period is always at least a coverage gap.
        return pledgekit.audit(target, series, said) or pledgekit.audit(
            target, (), (), as_of=target.period.end
        )

    return strategies.targets().flatmap(inputs).map(found).flatmap(st.sampled_from)


def _explanations(thing: type) -> Any:
    """Explanations of a total mismatch: a claim that leaves out the latest figures."""
    from hypothesis import strategies as st

    from pledgekit import strategies

    periods = strategies.periods(_FIRST, _LAST - dt.timedelta(days=1), max_days=3652).map(
        lambda p: pledgekit.Period(p.start, p.end + dt.timedelta(days=1))
    )
    summed = strategies.indicators(
        directions=st.just(pledgekit.Direction.INCREASE),
        accumulations=st.just(pledgekit.Accumulation.SUM),
    )
    values = strategies.amounts(1, 10**6, max_fraction_digits=2)

    def explained(drawn: tuple[Any, ...]) -> tuple[Any, ...]:
        target, series, cut = drawn
        quoted = pledgekit.add_amounts((o.value for o in series[:cut]), start=target.baseline)
        claim = pledgekit.Claim(
            pledgekit.ClaimKind.ACHIEVED, quoted, series[-1].period.end, target=target
        )
        return tuple(e for f in pledgekit.audit(target, series, [claim]) for e in f.explanations)

    return (
        strategies.targets(indicators=summed, periods=periods)
        .flatmap(
            lambda target: strategies.observations(
                target, min_size=2, with_gaps=False, values=values
            ).flatmap(
                lambda series: st.tuples(
                    st.just(target), st.just(series), st.integers(1, len(series) - 1)
                )
            )
        )
        .map(explained)
        .flatmap(st.sampled_from)
    )


def _assessments(thing: type) -> Any:
    from hypothesis import strategies as st

    from pledgekit import strategies

    if thing is pledgekit.Assessment:
        return strategies.cases(as_written=True).map(lambda case: case.assess())
    if thing is pledgekit.ClaimLevel:
        # Drawn cases carry claims that state a level in most draws: few are filtered out.
        levels = strategies.cases(min_targets=1, as_written=True).map(
            lambda case: [level for t in case.assess().targets for level in t.claim_levels]
        )
        return levels.filter(bool).flatmap(st.sampled_from)
    return strategies.cases(min_targets=1, as_written=True).flatmap(
        lambda case: st.sampled_from(case.assess().targets)
    )


def _fractions(count: int, *, unique: bool, low: int, high: int) -> Any:
    """``count`` fractions from ``low`` to ``high``, largest first."""
    from hypothesis import strategies as st

    return st.lists(
        st.fractions(low, high, max_denominator=100),
        min_size=count,
        max_size=count,
        unique=unique,
    ).map(lambda values: sorted(values, reverse=True))


def _thresholds(thing: type) -> Any:
    from hypothesis import strategies as st

    if thing is pledgekit.PaceThresholds:
        return _fractions(3, unique=False, low=-1, high=2).map(
            lambda v: pledgekit.PaceThresholds(
                on_track=v[0], needs_acceleration=v[1], limited_progress=v[2]
            )
        )
    if thing is verdicts.VerdictRules:
        # stalled_at_most < partial_at_least <= kept_at_least <= 1
        return st.tuples(
            _fractions(2, unique=True, low=0, high=1),
            st.integers(1, 100).map(lambda n: Fraction(n, 100)),
        ).map(
            lambda d: verdicts.VerdictRules(
                stalled_at_most=d[0][1],
                partial_at_least=d[0][1] + (d[0][0] - d[0][1]) * d[1],
                kept_at_least=d[0][0],
            )
        )
    return _fractions(4, unique=True, low=0, high=200).map(
        lambda v: permendagri86.PredikatBands(
            sangat_tinggi=v[0], tinggi=v[1], sedang=v[2], rendah=v[3]
        )
    )


def _evaluations(thing: type) -> Any:
    """Settings with every field drawn: thresholds, policies, a clamp or none, rules, a mean rule."""
    from hypothesis import strategies as st

    clamps = st.none() | _fractions(2, unique=False, low=-100, high=200).map(
        lambda v: (min(v), max(v))
    )
    return st.builds(
        pledgekit.Evaluation,
        thresholds=st.from_type(pledgekit.PaceThresholds),
        straddling=st.none() | st.sampled_from(pledgekit.Straddling),
        lower_is_better=st.sampled_from(permendagri86.LowerIsBetter),
        band_policy=st.sampled_from(permendagri86.BandPolicy),
        clamp=clamps,
        verdict_rules=st.from_type(verdicts.VerdictRules),
        pledge_share_at_least=st.integers(1, 100).map(lambda n: Fraction(n, 100)),
        pledge_missing_figure=st.sampled_from(pledgekit.MissingFigure),
        # Weighted means need a weight per target of a plan: plan_evaluations() draws them.
        plan_mean=st.sampled_from([pledgekit.PlanMean.INDICATORS, pledgekit.PlanMean.CHILDREN]),
    ).flatmap(
        # The SDG rule needs an SDG method; the other rules take one or none.
        lambda settings: st.sampled_from(pledgekit.PledgeRule).flatmap(
            lambda rule: (
                st.sampled_from(sdg.SdgMethod)
                if rule is pledgekit.PledgeRule.SDG_MEAN_SCORE
                else st.none() | st.sampled_from(sdg.SdgMethod)
            ).map(lambda method: attrs.evolve(settings, pledge_rule=rule, sdg=method))
        )
    )


def _verdict_parts(thing: type) -> Any:
    from hypothesis import strategies as st

    from pledgekit import strategies
    from pledgekit.strategies import texts

    if thing is verdicts.VerdictHistory:
        return strategies.verdict_histories()
    if thing is verdicts.VerdictRecord:
        return strategies.verdict_records()
    if thing is permendagri86.LabelSet:
        return st.builds(
            permendagri86.LabelSet,
            texts(),
            st.fixed_dictionaries({p: texts() for p in permendagri86.Predikat}),
        )
    pairs = st.lists(
        st.tuples(texts(), st.sampled_from(verdicts.Verdict)),
        min_size=1,
        max_size=7,
        unique_by=lambda pair: (" ".join(pair[0].split()).casefold(), pair[1]),
    )
    return st.builds(verdicts.Scale, texts(), pairs, source=st.none() | texts())


def _ratings(thing: type) -> Any:
    """Permendagri 86 ratings, computed by ``roll_up``, ``progress_capaian`` and ``yearly_capaian``."""
    from hypothesis import strategies as st

    from pledgekit.strategies import amounts

    if thing is permendagri86.RollUp:
        rates = st.lists(st.fractions(-100, 300, max_denominator=1000), min_size=1, max_size=6)
        return rates.map(permendagri86.roll_up)
    if thing is permendagri86.PeriodCapaian:
        return st.from_type(pledgekit.Progress).map(permendagri86.progress_capaian)
    values = amounts(1, 10**6, max_fraction_digits=2)

    @st.composite
    def rows(draw: st.DrawFn) -> tuple[Any, ...]:
        years = draw(st.lists(st.integers(2000, 2040), min_size=1, max_size=5, unique=True))
        reported = draw(st.lists(st.sampled_from(years), unique=True))
        return permendagri86.yearly_capaian(
            {year: draw(values) for year in years},
            {year: draw(values) for year in reported},
            draw(st.sampled_from(pledgekit.Direction)),
        )

    return rows().flatmap(st.sampled_from)


def _sdg_assessments(thing: type) -> Any:
    """SDG assessments, computed by ``statcan`` and ``unsd`` from drawn yearly series."""
    from hypothesis import strategies as st

    from pledgekit.strategies import amounts

    values = amounts(1, 10**6, max_fraction_digits=2)

    @st.composite
    def build(draw: st.DrawFn) -> Any:
        years = draw(st.lists(st.integers(2015, 2030), min_size=1, max_size=6, unique=True))
        series: dict[int, Decimal] = {year: draw(values) for year in sorted(years)}
        direction = draw(st.sampled_from(pledgekit.Direction))
        if thing is sdg.UnsdAssessment:
            return sdg.unsd(series, direction=direction, target=draw(values))
        return sdg.statcan(series, direction=direction, target=draw(st.none() | values))

    return build()


def _pledge_parts(thing: type) -> Any:
    """Pledge assessments and their parts, as [`pledgekit.assess_pledge`][] makes them."""
    from hypothesis import strategies as st

    from pledgekit import strategies

    if thing is pledgekit.PledgeAssessment:
        return strategies.pledge_assessments()
    if thing is pledgekit.MilestoneAssessment:
        # A pledge of milestones only, judged at a drawn date.
        alone = strategies.pledges(
            targets=st.just(()),
            milestones=st.lists(
                strategies.milestones(), min_size=1, max_size=3, unique_by=lambda m: m.id
            ).map(tuple),
        )
        return st.tuples(alone, st.dates(_FIRST, _LAST)).flatmap(
            lambda drawn: st.sampled_from(
                pledgekit.assess_pledge(drawn[0], (), as_of=drawn[1]).milestones
            )
        )

    def left_out(drawn: pledgekit.PledgeAssessment) -> list[pledgekit.LeftOut]:
        # The same pledge under every rule, a target with no figure left out: a milestone
        # is left out by the mean rules, a target with no capaian or SDG score by theirs.
        return [
            part
            for rule in pledgekit.PledgeRule
            for part in pledgekit.assess_pledge(
                drawn.pledge,
                drawn.targets,
                as_of=drawn.as_of,
                rule=rule,
                missing=pledgekit.MissingFigure.LEAVE_OUT,
            ).left_out
        ]

    measurable = strategies.pledge_assessments().filter(lambda p: p.targets or p.milestones)
    # A pledge whose every part is rated under every rule leaves nothing out: drawn again.
    return measurable.map(left_out).filter(bool).flatmap(st.sampled_from)


def _scheduled_capaian(thing: type) -> Any:
    """Rows of ``schedule_capaian`` for a scheduled target; some entries reported exactly."""
    from hypothesis import strategies as st

    from pledgekit import strategies

    values = strategies.amounts(0, 10**6, max_fraction_digits=2)

    @st.composite
    def build(draw: st.DrawFn) -> tuple[Any, ...]:
        target = draw(strategies.targets(comparison=True, schedule=True, revisions=None))
        month = dt.timedelta(days=31)
        day = draw(st.dates(target.period.start - month, target.period.end + month))
        figures = list(draw(strategies.observations(target, overlapping=True)))
        # Figures on an entry's own period: a flow then covers it, a level ends on its day.
        entries = target.in_force(day).schedule
        for entry in draw(st.lists(st.sampled_from(entries), unique=True)) if entries else ():
            figures.append(pledgekit.Observation(entry.period, draw(values)))
        return permendagri86.schedule_capaian(target, figures, as_of=day)

    # A revision that restates no schedule leaves none in force: no rows, drawn again.
    return build().filter(bool).flatmap(st.sampled_from)


def _plan_parts_evaluated(thing: type) -> Any:
    """The plan evaluation and its rows, years, nodes and means, from drawn plan cases."""
    from hypothesis import strategies as st

    from pledgekit import strategies

    if thing is pledgekit.PlanEvaluation:
        return strategies.plan_evaluations()
    drawn = strategies.plan_evaluations(cases=strategies.plan_cases(min_targets=1))
    if thing is pledgekit.PlanRow:
        return drawn.flatmap(lambda e: st.sampled_from(e.rows))
    if thing is pledgekit.RowYear:
        return drawn.flatmap(lambda e: st.sampled_from([y for r in e.rows for y in r.years]))
    if thing is pledgekit.PlanNode:
        return drawn.flatmap(lambda e: st.sampled_from(e.nodes))
    return drawn.flatmap(lambda e: st.sampled_from([m for n in e.nodes for m in (*n.years, n.end)]))


_FORMS = {
    "id": [("", ""), ("", " orang"), ("", " km"), ("", " persen"), ("Rp", "")],
    "en": [("", ""), ("", " km"), ("", "%"), ("", " people")],
}
_SCALES = {"id": ["", " ribu", " juta"], "en": ["", " thousand", " million"]}
#: Bound words before and after a figure, as
#: [`pledgekit.text.parse_bound`][pledgekit.text.parse_bound] reads them.
_BOUND_WORDS = {
    "id": [
        *(("", after) for after in ("", " lebih", " atau lebih")),
        *((before, "") for before in ("di atas ", "lebih dari ", "paling sedikit ", "maksimal ")),
        *((before, "") for before in ("hampir ", "kurang dari ", "sekitar ")),
    ],
    "en": [
        *(("", after) for after in ("", " or more", " or less")),
        *((before, "") for before in ("more than ", "at least ", "up to ", "nearly ", "about ")),
    ],
}
#: Words that make a rate of a figure: an average or not, and what it is per.
_RATE_WORDS = {
    "id": (("", "rata-rata "), (" per hari", " setiap bulan", " sebulan", " tiap tahun")),
    "en": (("", "an average of "), (" per day", " a month", " every year")),
}


def _written(draw: Any, locale: str) -> str:
    """A figure written as the press writes it: a number, a scale word, a unit or currency."""
    from hypothesis import strategies as st

    from pledgekit.strategies import amounts

    prefix, suffix = draw(st.sampled_from(_FORMS[locale]))
    scale = draw(st.sampled_from(_SCALES[locale]))
    value = draw(amounts(0, 10**9, max_fraction_digits=1 if scale else 2))
    return f"{prefix}{text.format_number(value, locale)}{scale}{suffix}"


def _quantities(thing: type) -> Any:
    """Figures read by ``text.parse_quantity``, ``parse_bound`` and ``parse_rate`` from text."""
    from hypothesis import strategies as st

    @st.composite
    def build(draw: st.DrawFn) -> Any:
        locale = draw(st.sampled_from(sorted(_FORMS)))
        written = _written(draw, locale)
        if thing is text.Quantity:
            return text.parse_quantity(written, locale)
        before, after = draw(st.sampled_from(_BOUND_WORDS[locale]))
        bounded = f"{before}{written}{after}"
        if thing is text.BoundedNumber:
            return text.parse_bound(bounded, locale=locale)
        averages, pers = _RATE_WORDS[locale]
        rate = f"{draw(st.sampled_from(averages))}{bounded}{draw(st.sampled_from(pers))}"
        return text.parse_rate(rate, locale=locale)

    return build()


def _support(name: str) -> Callable[[type], Any]:
    """A strategy of `pledgekit._strategy_support` (errors, catalogues, table results)."""

    def resolve(thing: type) -> Any:
        from pledgekit import _strategy_support

        return getattr(_strategy_support, name)()

    return resolve


#: Each public class and the strategy that builds it.
_REGISTRY: dict[type, Callable[[type], Any]] = {
    pledgekit.Assessment: _assessments,
    pledgekit.Case: _lazy("cases", as_written=True),
    pledgekit.Claim: _claims,
    pledgekit.Evaluation: _evaluations,
    pledgekit.Explanation: _explanations,
    pledgekit.Finding: _findings,
    pledgekit.Goal: _plan_parts,
    pledgekit.Identifier: _popolo_parts,
    pledgekit.Indicator: _lazy("indicators"),
    pledgekit.Membership: _lazy("memberships"),
    pledgekit.Milestone: _lazy("milestones"),
    pledgekit.Mission: _plan_parts,
    pledgekit.Objective: _plan_parts,
    pledgekit.PlanPlace: _plan_parts,
    pledgekit.Observation: _observations,
    pledgekit.Organization: _popolo_parts,
    pledgekit.Period: _lazy("periods"),
    pledgekit.Person: _popolo_parts,
    pledgekit.Plan: _lazy("plans"),
    pledgekit.Pledge: _pledges,
    pledgekit.Program: _plan_parts,
    pledgekit.Progress: _progress,
    pledgekit.Revision: _schedule_parts,
    pledgekit.ScheduleEntry: _schedule_parts,
    pledgekit.Source: _lazy("sources"),
    pledgekit.PaceThresholds: _thresholds,
    pledgekit.Target: _lazy("targets", **_WRITTEN),
    pledgekit.TargetAssessment: _assessments,
    pledgekit.ClaimLevel: _assessments,
    verdicts.Scale: _verdict_parts,
    verdicts.VerdictHistory: _verdict_parts,
    verdicts.VerdictRecord: _verdict_parts,
    verdicts.VerdictRules: _thresholds,
    permendagri86.LabelSet: _verdict_parts,
    permendagri86.PredikatBands: _thresholds,
    permendagri86.PeriodCapaian: _ratings,
    permendagri86.RollUp: _ratings,
    permendagri86.YearCapaian: _ratings,
    sdg.SdgAssessment: _sdg_assessments,
    sdg.UnsdAssessment: _sdg_assessments,
    text.Quantity: _quantities,
    text.BoundedNumber: _quantities,
    text.RateNumber: _quantities,
    pledgekit.PledgeAssessment: _pledge_parts,
    pledgekit.MilestoneAssessment: _pledge_parts,
    pledgekit.LeftOut: _pledge_parts,
    permendagri86.ScheduledCapaian: _scheduled_capaian,
    pledgekit.PlanEvaluation: _plan_parts_evaluated,
    pledgekit.PlanRow: _plan_parts_evaluated,
    pledgekit.RowYear: _plan_parts_evaluated,
    pledgekit.PlanNode: _plan_parts_evaluated,
    pledgekit.MeanCapaian: _plan_parts_evaluated,
    exceptions.PledgekitError: _support("errors"),
    exceptions.InvalidValueError: _support("invalid_value_errors"),
    exceptions.ParseError: _support("parse_errors"),
    exceptions.UnitMismatchError: _support("unit_mismatch_errors"),
    exceptions.InexactResultError: _support("inexact_result_errors"),
    exceptions.MissingExtraError: _support("missing_extra_errors"),
    exceptions.DataFileError: _support("data_file_errors"),
    exceptions.Problem: _support("problems"),
    verdicts.PledgeStanding: _support("pledge_standings"),
    text.IndonesianParserInfo: _support("parser_infos"),
    messages.Catalogue: _support("catalogues"),
    messages.Words: _support("words"),
    TableResult: _support("table_results"),
}


def _hypothesis_setup_hook() -> None:
    """Register a strategy for every public pledgekit class."""
    from hypothesis import strategies as st

    for cls, resolve in _REGISTRY.items():
        st.register_type_strategy(cls, resolve)
