"""National tables: pledgekit.table against pandas (float) and the per-object path.

The workload of ``national_workload.py``: 552 regions × 150 indicators, five yearly
figures each (82,800 targets, 414,000 figures). Each contender reads the two CSV files
and computes, per indicator, what was achieved, the Permendagri 86 capaian and
predikat and the shortfall, and per region the mean capaian and its predikat. Each
runs in a process of its own, so that its peak memory is its own; its wall time is the
whole process, as a user running a script waits for it (interpreter, imports, reading,
computing), with the imports and the work also shown apart.

Run: python benchmarks/bench_national.py [--regions N] [--objects] [--repeat N]

``--objects`` adds the per-object script (one Indicator, Target and Observation per
row, ``progress()`` and ``permendagri86``), which takes tens of seconds.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from national_workload import PERIOD, write  # noqa: E402


def _pandas(targets: Path, observations: Path, out: Path) -> Callable[[], None]:
    import numpy as np
    import pandas as pd

    def run() -> None:
        t = pd.read_csv(targets)
        o = pd.read_csv(observations)
        o = o.sort_values(["region", "indicator", "year"])
        values = o.groupby(["region", "indicator"], sort=False)["value"]
        figures = pd.DataFrame({"total": values.sum(), "last": values.last()}).reset_index()
        m = t.merge(figures, on=["region", "indicator"], how="left")
        summed = m["accumulation"] == "sum"
        achieved = np.where(summed, m["baseline"] + m["total"], m["last"])
        up = m["direction"] == "increase"
        goal = m["target"]
        m["achieved"] = achieved
        m["capaian"] = np.where(up, achieved / goal * 100, (2 * goal - achieved) / goal * 100)
        m["predikat"] = np.select(
            [m["capaian"] >= 91, m["capaian"] >= 76, m["capaian"] >= 66, m["capaian"] >= 51],
            ["sangat_tinggi", "tinggi", "sedang", "rendah"],
            "sangat_rendah",
        )
        gap = np.where(up, goal - achieved, achieved - goal)
        m["shortfall"] = np.clip(gap, 0, None)
        groups = m.groupby("region")["capaian"].agg(["count", "mean"]).reset_index()
        groups["predikat"] = np.select(
            [
                groups["mean"] >= 91,
                groups["mean"] >= 76,
                groups["mean"] >= 66,
                groups["mean"] >= 51,
            ],
            ["sangat_tinggi", "tinggi", "sedang", "rendah"],
            "sangat_rendah",
        )
        run.result = (m[["region", "indicator", "predikat"]], groups)  # type: ignore[attr-defined]

    def save() -> None:
        indicators, groups = run.result  # type: ignore[attr-defined]
        indicators.to_csv(out / "indicators.csv", index=False)
        groups[["region", "predikat"]].to_csv(out / "groups.csv", index=False)

    run.save = save  # type: ignore[attr-defined]
    return run


def _table(targets: Path, observations: Path, out: Path) -> Callable[[], None]:
    from pledgekit import table

    def run() -> None:
        run.result = table.evaluate(targets, observations, period=PERIOD)  # type: ignore[attr-defined]

    def save() -> None:
        import pyarrow.csv as pacsv

        result = run.result  # type: ignore[attr-defined]
        pacsv.write_csv(
            result.indicators.select(["region", "indicator", "predikat"]), out / "indicators.csv"
        )
        pacsv.write_csv(result.groups.select(["region", "predikat"]), out / "groups.csv")

    run.save = save  # type: ignore[attr-defined]
    return run


def _objects(targets: Path, observations: Path, out: Path) -> Callable[[], None]:
    from collections import defaultdict

    from pledgekit import (
        Accumulation,
        Direction,
        Indicator,
        Observation,
        Period,
        Target,
        progress,
    )
    from pledgekit.methods import permendagri86

    def run() -> None:
        period = Period.years(2019, 2023)
        figures: dict[tuple[str, str], list[Observation]] = defaultdict(list)
        with observations.open(newline="", encoding="utf-8") as stream:
            for row in csv.DictReader(stream):
                key = (row["region"], row["indicator"])
                figures[key].append(Observation(Period.year(int(row["year"])), row["value"]))
        indicators = []
        rates: dict[str, list[object]] = defaultdict(list)
        with targets.open(newline="", encoding="utf-8") as stream:
            for row in csv.DictReader(stream):
                indicator = Indicator(
                    row["indicator"],
                    row["unit"],
                    direction=Direction(row["direction"]),
                    accumulation=Accumulation(row["accumulation"]),
                )
                target = Target(indicator, row["target"], baseline=row["baseline"], period=period)
                state = progress(target, figures[row["region"], row["indicator"]])
                rated = permendagri86.progress_capaian(state)
                label = rated.predikat.value if rated.predikat else ""
                indicators.append((row["region"], row["indicator"], label, state.shortfall))
                if rated.value is not None:
                    rates[row["region"]].append(rated.value)
        groups = [(region, permendagri86.roll_up(values)) for region, values in rates.items()]
        run.result = (indicators, groups)  # type: ignore[attr-defined]

    def save() -> None:
        indicators, groups = run.result  # type: ignore[attr-defined]
        with (out / "indicators.csv").open("w", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(["region", "indicator", "predikat"])
            writer.writerows(row[:3] for row in indicators)
        with (out / "groups.csv").open("w", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(["region", "predikat"])
            writer.writerows((region, r.predikat.value) for region, r in groups)

    run.save = save  # type: ignore[attr-defined]
    return run


CONTENDERS = {"pandas": _pandas, "pledgekit.table": _table, "objects": _objects}


def _child(name: str, data: Path, out: Path) -> None:
    """Run one contender once in this process and print its figures as JSON."""
    started = time.perf_counter()
    run = CONTENDERS[name](data / "targets.csv", data / "observations.csv", out)
    imported = time.perf_counter() - started
    started = time.perf_counter()
    run()
    work = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux
    run.save()  # type: ignore[attr-defined]
    print(json.dumps({"work": work, "imports": imported, "peak": peak}))


def _measure(name: str, data: Path, repeat: int, environment: dict[str, str]) -> dict[str, float]:
    """The best of ``repeat`` runs of one contender, each a fresh process, timed whole."""
    out = data / name
    out.mkdir(exist_ok=True)
    command = [sys.executable, __file__, "--child", name, "--data", str(data), "--out", str(out)]
    runs = []
    # A first run unmeasured: it writes the bytecode the others read (when allowed).
    for _ in range(repeat + 1):
        started = time.perf_counter()
        done = subprocess.run(command, check=True, capture_output=True, text=True, env=environment)
        figures = json.loads(done.stdout)
        figures["wall"] = time.perf_counter() - started
        runs.append(figures)
    return min(runs[1:], key=lambda figures: figures["wall"])


def _environment(folder: Path, bytecode: bool) -> dict[str, str]:
    """The children's environment: their own bytecode cache, written or not."""
    environment = dict(os.environ)
    # Every module's bytecode in a fresh cache, so that each contender pays the same.
    environment["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    if bytecode:
        environment.pop("PYTHONDONTWRITEBYTECODE", None)
    else:
        environment["PYTHONDONTWRITEBYTECODE"] = "1"
    return environment


def _predikat(path: Path) -> dict[tuple[str, ...], str]:
    with path.open(newline="") as stream:
        rows = list(csv.reader(stream))[1:]
    return {tuple(row[:-1]): row[-1] for row in rows}


def _differ(a: Path, b: Path, name: str) -> int:
    left, right = _predikat(a / name), _predikat(b / name)
    return sum(1 for key, value in left.items() if right.get(key) != value)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--regions", type=int, default=552)
    parser.add_argument("--objects", action="store_true", help="also run the per-object path")
    parser.add_argument("--repeat", type=int, default=3, help="processes per contender (best kept)")
    parser.add_argument(
        "--no-bytecode", action="store_true", help="compile every module in every run"
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.child:
        _child(arguments.child, arguments.data, arguments.out)
        return
    bytecode = "without" if arguments.no_bytecode else "with"
    names = ["pandas", "pledgekit.table"] + (["objects"] if arguments.objects else [])
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        write(data, arguments.regions)
        environment = _environment(data, not arguments.no_bytecode)
        figures = {name: _measure(name, data, arguments.repeat, environment) for name in names}
        rows = arguments.regions * 150
        print(
            f"{arguments.regions} regions, {rows:,} targets, {rows * 5:,} figures; "
            f"Python {sys.version.split()[0]}, {os.cpu_count()} cores, {bytecode} bytecode, "
            f"best of {arguments.repeat} processes"
        )
        print(
            f"{'run':<16} {'process s':>9} {'× pandas':>9} {'imports s':>9} {'work s':>8} "
            f"{'peak MiB':>9} {'× pandas':>9}"
        )
        base = figures["pandas"]
        for name in names:
            f = figures[name]
            print(
                f"{name:<16} {f['wall']:>9.3f} {f['wall'] / base['wall']:>9.2f} "
                f"{f['imports']:>9.3f} {f['work']:>8.3f} {f['peak'] / 2**20:>9.1f} "
                f"{f['peak'] / base['peak']:>9.2f}"
            )
        exact = data / "pledgekit.table"
        print(
            f"predikat that differ from pledgekit.table (exact): "
            f"pandas (float) {_differ(data / 'pandas', exact, 'indicators.csv')} of "
            f"{rows:,} indicators, {_differ(data / 'pandas', exact, 'groups.csv')} of "
            f"{arguments.regions} regions"
        )
        if arguments.objects:
            print(
                f"objects vs pledgekit.table: "
                f"{_differ(data / 'objects', exact, 'indicators.csv')} indicators, "
                f"{_differ(data / 'objects', exact, 'groups.csv')} regions differ"
            )


if __name__ == "__main__":
    main()
