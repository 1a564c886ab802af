"""Measure progress() on long daily series: time per call and peak memory.

Run: python benchmarks/bench_progress.py
"""

from __future__ import annotations

import datetime as dt
import timeit
import tracemalloc

from pledgekit import Accumulation, Direction, Indicator, Observation, Period, Target, progress


def series(days: int, accumulation: Accumulation) -> tuple[Target, list[Observation]]:
    indicator = Indicator("Jobs", "orang", direction=Direction.INCREASE, accumulation=accumulation)
    start = dt.date(2000, 1, 1)
    target = Target(indicator, days * 10, period=Period(start, start + dt.timedelta(days=days - 1)))
    observations = []
    for offset in range(days):
        day = start + dt.timedelta(days=offset)
        observations.append(Observation(Period(day, day), f"{offset % 17}.{offset % 100:02d}"))
    return target, observations


def main() -> None:
    print(f"{'accumulation':<12} {'observations':>12} {'ms per call':>12} {'peak KiB':>10}")
    for accumulation in Accumulation:
        for days in (10, 1_000, 10_000, 100_000):
            target, observations = series(days, accumulation)
            runs = max(1, 20_000 // days)
            seconds = min(
                timeit.repeat(
                    lambda t=target, o=observations: progress(t, o), number=runs, repeat=3
                )
            )
            tracemalloc.start()
            progress(target, observations)
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            print(
                f"{accumulation.name:<12} {days:>12,} {1000 * seconds / runs:>12.3f} {peak / 1024:>10,.0f}"
            )


if __name__ == "__main__":
    main()
