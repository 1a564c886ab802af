"""Kota Bekasi's pledge to absorb 150,000 workers: what the figures add up to.

On Friday 22 July 2022 the Bekasi labour office (Disnaker) told a public discussion
that the mayor's 2018–2023 pledge was nearly met: 141.624 absorbed "until June",
8276 still to go. Its own yearly figures say otherwise. This script prints the
story, with every figure in the article's own notation.

Run: python examples/bekasi_150k_jobs.py
"""

from __future__ import annotations

import math
import sys
from datetime import timedelta
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

from pledgekit import (
    MEAN_MONTH_DAYS,
    Case,
    ClaimKind,
    FindingKind,
    Progress,
    TargetAssessment,
    round_fraction,
)
from pledgekit.io import load
from pledgekit.text import format_date, format_number, format_period


def n(value: Decimal | Fraction | int, places: int = 0) -> str:
    """A figure in Indonesian notation: 146.305, 97,54."""
    if isinstance(value, Fraction):
        value = round_fraction(value, places)
    return format_number(value, "id", places=places)


def pct(ratio: Fraction) -> str:
    """A ratio as a percentage in Indonesian notation: 97,54 %."""
    return f"{n(ratio * 100, 2)} %"


def report(case: Case) -> str:
    """The whole story, as text."""
    assessment = case.assess()
    (jobs,) = assessment.targets
    lines: list[str] = []
    lines += _pledge_section(case)
    lines += _reported_section(jobs)
    lines += _claims_section(jobs)
    lines += _findings_section(jobs)
    lines += _pace_section(jobs)
    return "\n".join(lines) + "\n"


def _pledge_section(case: Case) -> list[str]:
    (pledge,) = case.pledges
    plan = case.plan
    assert plan is not None and pledge.made_by is not None and pledge.source is not None
    source = pledge.source
    lines = [
        case.title,
        "=" * len(case.title),
        f"Source: {source.outlet}, {format_date(source.published, 'id') if source.published else ''}",
        f'        "{source.title}"',
        "",
        "THE PLEDGE",
        f'  "{pledge.text}"',
        f"  ({pledge.translation})",
        f"  Made by: {pledge.made_by.post}, term {format_period(plan.period, 'id')}",
        f'  Plan: {plan.name} {plan.region}, vision "{plan.vision}"',
    ]
    for mission in plan.missions:
        lines.append(f"    Misi {mission.number}: {mission.text}")
    for number in pledge.programs:
        program = plan.program(number)
        lines.append(f"  Priority program {plan.program_label(number)}: {program.title}")
    return [*lines, ""]


def _reported_section(jobs: TargetAssessment) -> list[str]:
    p = jobs.progress
    target = jobs.target
    lines = ["WHAT THE LABOUR OFFICE REPORTED (per year)"]
    for observation in p.observations:
        note = ""
        if observation.resolution is not None:
            low, high = observation.interval
            note = f"   a round figure: anything from {n(low)} to {n(high)}"
        lines.append(
            f"  {format_period(observation.period, 'id'):<20} {n(observation.value):>8}{note}"
        )
    assert p.ratio is not None
    lines += [
        f"  {'Sum':<20} {n(p.achieved):>8}   = {pct(p.ratio)} of the target {n(target.value)}",
        f"  {'Still to go':<20} {n(p.shortfall):>8}",
        "",
    ]
    return lines


def _claims_section(jobs: TargetAssessment) -> list[str]:
    target = jobs.target
    (stated,) = {c.stated_on for c in jobs.claims}
    assert stated is not None
    lines = [f"WHAT WAS CLAIMED ({format_date(stated, 'id', weekday=True)})"]
    for claim in jobs.claims:
        assert claim.value is not None
        line = f'  "{claim.quote}"'
        if claim.kind is ClaimKind.ACHIEVED and claim.resolution is None:
            share = (Fraction(claim.value) - Fraction(target.baseline)) / (
                Fraction(target.value) - Fraction(target.baseline)
            )
            line += f"\n      {n(claim.value)} = {pct(share)} of {n(target.value)}"
        lines.append(line)
    return [*lines, ""]


def _findings_section(jobs: TargetAssessment) -> list[str]:
    target = jobs.target
    lines = ["WHERE IT DOES NOT ADD UP"]
    by_kind = {kind: [f for f in jobs.findings if f.kind is kind] for kind in FindingKind}
    (remainder,) = by_kind[FindingKind.REMAINDER_MISMATCH]
    assert remainder.computed is not None and remainder.difference is not None
    lines.append(
        f"  1. The remainder: {n(target.value)} - {n(remainder.claims[1].value or 0)} = "
        f"{n(remainder.computed)}, not the {n(remainder.claimed or 0)} claimed "
        f"(a slip of {n(abs(remainder.difference))})."
    )
    exact = next(
        f
        for f in by_kind[FindingKind.TOTAL_MISMATCH]
        if f.claims[0].resolution is None and f.claims[0].kind is ClaimKind.ACHIEVED
    )
    assert exact.computed is not None and exact.difference is not None
    low, high = exact.computed_interval or (exact.computed, exact.computed)
    lines.append(
        f"  2. The total: the reported years add up to {n(exact.computed)}, not {n(exact.claimed or 0)}: "
        f"{n(abs(exact.difference))} more than claimed (allowing for the round figures, at least "
        f"{n(low)})."
    )
    for explanation in exact.explanations:
        left = ", ".join(
            f"{format_period(o.period, 'id')} ({n(o.value)})" for o in explanation.left_out
        )
        e_low, e_high = explanation.interval
        lines.append(
            f"     What does match: {format_period(explanation.period, 'id')} alone give "
            f"{n(explanation.total)} ({n(e_low)} to {n(e_high)} given the rounding), which contains "
            f"{n(exact.claimed or 0)}. The claim leaves out {left}."
        )
    for gap_finding in by_kind[FindingKind.COVERAGE_GAP]:
        (gap,) = gap_finding.periods
        lines.append(
            f"  3. The months before 2019: the term began {format_date(target.period.start, 'id')}, "
            f"but no figure covers {format_period(gap, 'id')} ({n(gap.days)} days)."
        )
    for mismatch in by_kind[FindingKind.INDICATOR_MISMATCH]:
        other = mismatch.claims[0].indicator
        assert other is not None
        lines.append(
            f'  4. What is counted: the pledge says "{target.indicator.name}" (absorb workers); '
            f'the office says it counts "{other.name}" (opportunities opened).'
        )
    for note in by_kind[FindingKind.CONSISTENT_RESTATEMENT]:
        rounded, precise = note.claims
        assert rounded.value is not None and precise.value is not None
        low, high = rounded.interval
        lines.append(
            f'  Consistent: "sudah {n(rounded.value)}" ({n(low)} to {n(high)}) agrees with '
            f"{n(precise.value)}; it is the same claim, rounded."
        )
    return [*lines, ""]


def _pace_section(jobs: TargetAssessment) -> list[str]:
    p: Progress = jobs.progress
    target = jobs.target
    (remaining_claim,) = [c for c in jobs.claims if c.kind is ClaimKind.REMAINING]
    assert remaining_claim.value is not None and p.required_per_month is not None
    claimed_left = remaining_claim.value
    claimed_per_month = Fraction(claimed_left) / p.days_left * MEAN_MONTH_DAYS
    latest = p.observations[-1]
    assert p.recent_rate_per_day is not None and p.pace_index is not None
    claimed_date = p.as_of + timedelta(
        days=math.ceil(Fraction(claimed_left) / p.recent_rate_per_day)
    )
    assert p.projected_recent is not None
    return [
        f"TIME AND PACE (as of {format_date(p.as_of, 'id')})",
        f"  Elapsed: {n(p.days_elapsed)} of {n(target.period.days)} days of the term = {pct(p.elapsed)}",
        f"  A steady pace from 0 to {n(target.value)} would stand at {n(p.expected)} by now; "
        f"the reported sum is {n(p.achieved)} (pace index {n(p.pace_index, 2)}).",
        f"  Still required until {format_date(target.period.end, 'id')} ({n(p.days_left)} days), "
        "per month of 30,44 days:",
        f"    on the reported figures ({n(p.shortfall)} to go): {n(p.required_per_month)} per month",
        f"    on the office's own claim ({n(claimed_left)} to go): {n(claimed_per_month)} per month",
        f"  At the pace of {format_period(latest.period, 'id')} ({n(latest.value)} in "
        f"{n(latest.period.days)} days, {n(p.recent_rate_per_day * MEAN_MONTH_DAYS)} per month):",
        f"    the reported figures reach {n(target.value)} on {format_date(p.projected_recent, 'id')}",
        f"    the office's claim would reach it on {format_date(claimed_date, 'id')}",
    ]


def main() -> None:
    """Print the report."""
    sys.stdout.write(report(load(Path(__file__).parent / "bekasi" / "case.toml")))


if __name__ == "__main__":
    main()
