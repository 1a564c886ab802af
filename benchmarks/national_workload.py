"""The national workload: every region's RPJMD indicators and their yearly figures, seeded.

552 regions × 150 indicators (82,800 targets) over 2019–2023, five yearly figures each
(414,000 rows). Half the indicators are summed counts (people trained, kilometres
built: a target for the five years, a figure per year), half are levels (a rate, an
index: the last figure counts); a quarter of all indicators are lower-is-better
(poverty, unemployment). Values are drawn from a seeded generator, so that every run
writes the same two files; a few indicators are set exactly on a band edge, where a
float computation may fall on the wrong side.

Imported by the benchmarks and the tests; run alone it writes the two files:

    python benchmarks/national_workload.py OUT_DIR [--regions N]
"""

from __future__ import annotations

import argparse
import csv
import random
from pathlib import Path

REGIONS = 552
INDICATORS = 150
YEARS = (2019, 2020, 2021, 2022, 2023)
PERIOD = "2019-2023"
TARGET_COLUMNS = (
    "region",
    "indicator",
    "direction",
    "accumulation",
    "unit",
    "baseline",
    "target",
)
OBSERVATION_COLUMNS = ("region", "indicator", "year", "value")


def _kind(number: int) -> tuple[str, str]:
    """(direction, accumulation) of indicator ``number``: half sums, a quarter decreasing."""
    accumulation = "sum" if number % 2 == 0 else "last"
    direction = "decrease" if number % 4 == 3 else "increase"
    return direction, accumulation


def _cents(value: int) -> str:
    """An amount in hundredths as plain decimal text: 1234 -> '12.34'."""
    sign = "-" if value < 0 else ""
    value = abs(value)
    return f"{sign}{value // 100}.{value % 100:02d}"


def rows(regions: int = REGIONS, *, seed: int = 86) -> tuple[list[list[str]], list[list[str]]]:
    """The target rows and the observation rows, as text cells, in file order."""
    draw = random.Random(seed)
    targets: list[list[str]] = []
    observations: list[list[str]] = []
    for r in range(regions):
        region = f"R{r + 1:03d}"
        for i in range(INDICATORS):
            indicator = f"IK{i + 1:03d}"
            direction, accumulation = _kind(i)
            edge = (r * INDICATORS + i) % 9973 == 0  # exactly on the 91 edge
            if accumulation == "sum":
                unit = "orang"
                target = draw.randrange(1_000, 50_000) * 100
                yearly = [draw.randrange(0, target // 4) for _ in YEARS]
                if edge:
                    target, yearly = 100_000, [18_200] * 5  # 91,000: 91 % of the target
                baseline = "0"
                target_text, values = str(target), [str(v) for v in yearly]
            else:
                unit = "persen"
                base = draw.randrange(500, 9_000)  # hundredths: 5.00 .. 90.00
                step = draw.randrange(50, 1_500)
                goal = max(base - step, 100) if direction == "decrease" else base + step
                levels = [
                    max(0, base + (goal - base) * (y + 1) // 5 + draw.randrange(-200, 200))
                    for y in range(len(YEARS))
                ]
                if edge:
                    base, goal = (4_000, 5_000) if direction == "increase" else (6_000, 5_000)
                    # 45.50 is 91 % of 50.00; so is 54.50 the other way, (2T − R) / T
                    levels[-1] = 4_550 if direction == "increase" else 5_450
                baseline = _cents(base)
                target_text, values = _cents(goal), [_cents(v) for v in levels]
            targets.append(
                [region, indicator, direction, accumulation, unit, baseline, target_text]
            )
            for year, value in zip(YEARS, values, strict=True):
                observations.append([region, indicator, str(year), value])
    return targets, observations


def write(folder: Path, regions: int = REGIONS, *, seed: int = 86) -> tuple[Path, Path]:
    """Write ``targets.csv`` and ``observations.csv`` into ``folder``; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    target_rows, observation_rows = rows(regions, seed=seed)
    paths = folder / "targets.csv", folder / "observations.csv"
    for path, header, body in zip(
        paths,
        (TARGET_COLUMNS, OBSERVATION_COLUMNS),
        (target_rows, observation_rows),
        strict=True,
    ):
        with path.open("w", newline="", encoding="utf-8") as stream:
            writer = csv.writer(stream, lineterminator="\n")
            writer.writerow(header)
            writer.writerows(body)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--regions", type=int, default=REGIONS)
    arguments = parser.parse_args()
    for path in write(arguments.folder, arguments.regions):
        print(path)


if __name__ == "__main__":
    main()
