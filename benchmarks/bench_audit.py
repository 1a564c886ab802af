"""Measure audit(), Case.assess() and the case-file round trip: time and peak memory.

The worst case for the audit is a total mismatch over a long series, where every
contiguous run of figures is tried as an explanation (quadratic in the figures).

Run: python benchmarks/bench_audit.py
"""

from __future__ import annotations

import datetime as dt
import timeit
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pledgekit
from pledgekit import (
    Accumulation,
    Case,
    Claim,
    ClaimKind,
    Direction,
    Indicator,
    Observation,
    Period,
    Target,
    audit,
)

BEKASI = Path(__file__).parent.parent / "examples" / "bekasi" / "case.toml"


def daily_case(days: int) -> tuple[Target, list[Observation], list[Claim]]:
    indicator = Indicator(
        "Jobs", "orang", direction=Direction.INCREASE, accumulation=Accumulation.SUM
    )
    start = dt.date(2000, 1, 1)
    end = start + dt.timedelta(days=days - 1)
    target = Target(indicator, days * 10, period=Period(start, end))
    observations = [
        Observation(Period(day, day), 7 + offset % 5, resolution=1 if offset % 3 == 0 else None)
        for offset in range(days)
        for day in [start + dt.timedelta(days=offset)]
    ]
    # Claimed at half the true total: a mismatch that many runs explain.
    claims = [Claim(ClaimKind.ACHIEVED, days * 4, end), Claim(ClaimKind.REMAINING, days * 6, end)]
    return target, observations, claims


def measure(label: str, call: Callable[[], object], runs: int) -> None:
    seconds = min(timeit.repeat(call, number=runs, repeat=3)) / runs
    tracemalloc.start()
    call()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"{label:<34} {1000 * seconds:>12.2f} {peak / 1024:>10,.0f}")


def main() -> None:
    print(f"{'what':<34} {'ms per call':>12} {'peak KiB':>10}")
    for days in (10, 100, 1_000, 2_000):
        target, observations, claims = daily_case(days)
        measure(
            f"audit, {days:,} daily figures",
            lambda t=target, o=observations, c=claims: audit(t, o, c),
            max(1, 2_000 // days),
        )
    case = pledgekit.load(BEKASI)
    measure("load Bekasi case.toml", lambda: pledgekit.load(BEKASI), 50)
    measure("Case.assess (Bekasi)", case.assess, 50)
    text = pledgekit.dumps(case)
    measure(
        "dumps + loads JSON (Bekasi)",
        lambda: pledgekit.loads(pledgekit.dumps(case), format="json"),
        50,
    )
    print(f"{'JSON size of the Bekasi case':<34} {len(text.encode()):>12,} bytes")
    assert isinstance(case, Case)


if __name__ == "__main__":
    main()
