"""What ``import pledgekit`` costs, against ``import attrs, dateutil.parser, dateutil.relativedelta``.

pledgekit's runtime dependencies are attrs and python-dateutil: the import of the two
is the floor the figures are set against. ``import pledgekit`` loads the arithmetic
(amounts, periods, indicators, targets, progress) and leaves the rest of the face to
load on first use; the last column loads it all (every name of ``pledgekit.__all__``).
Each import is timed inside a fresh interpreter (the interpreter's own start-up is left
out, the same for all), the best of ``--repeat`` processes kept, twice:

- **with bytecode**: the sources compiled once beforehand into a cache of their own
  (``PYTHONPYCACHEPREFIX`` pointing to a temporary folder, written by a first run with
  bytecode writing allowed), then read from it, as an installed package is;
- **without bytecode**: an empty cache that nothing is written to
  (``PYTHONDONTWRITEBYTECODE``), so that every module is compiled at every import, as
  on a machine that sets ``PYTHONDONTWRITEBYTECODE`` and has no cache.

Run: python benchmarks/bench_import.py [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

FLOOR = "import attrs, dateutil.parser, dateutil.relativedelta"
PLEDGEKIT = "import pledgekit"
#: The whole face: every name of ``pledgekit.__all__`` used once (the lazy ones loaded).
EVERYTHING = "import pledgekit; [getattr(pledgekit, name) for name in pledgekit.__all__]"
_TIMED = "import time; t = time.perf_counter(); {}; print(time.perf_counter() - t)"


def _environment(cache: Path, *, write: bool) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not write:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def _once(statement: str, env: dict[str, str]) -> float:
    """Seconds one import statement takes in a fresh interpreter."""
    done = subprocess.run(
        [sys.executable, "-c", _TIMED.format(statement)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    return float(done.stdout)


def _best(statement: str, env: dict[str, str], repeat: int) -> float:
    return min(_once(statement, env) for _ in range(repeat))


def measure(repeat: int) -> dict[str, tuple[float, float, float]]:
    """The best import times of the floor, of pledgekit and of its whole face, by bytecode."""
    figures = {}
    with tempfile.TemporaryDirectory() as folder:
        compiled = Path(folder) / "compiled"
        empty = Path(folder) / "empty"
        empty.mkdir()
        writing = _environment(compiled, write=True)
        for statement in (FLOOR, EVERYTHING):
            _once(statement, writing)  # compiles every module into the cache
        for name, env in (
            ("with", _environment(compiled, write=False)),
            ("without", _environment(empty, write=False)),
        ):
            floor, face, whole = (
                _best(code, env, repeat) for code in (FLOOR, PLEDGEKIT, EVERYTHING)
            )
            figures[name] = (floor, face, whole)
        if any(empty.iterdir()):
            raise RuntimeError(f"bytecode was written to {empty}; the cold figures are not cold")
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="processes per figure (best kept)")
    arguments = parser.parse_args()
    figures = measure(arguments.repeat)
    print(
        f"Python {sys.version.split()[0]}, {os.cpu_count()} cores, best of "
        f"{arguments.repeat} fresh interpreters, the import statement timed inside each"
    )
    print(
        f"{'bytecode':<10} {'floor ms':>9} {'pledgekit ms':>13} {'ratio':>6} "
        f"{'every name ms':>14} {'ratio':>6}"
    )
    for name, (floor, face, whole) in figures.items():
        print(
            f"{name:<10} {floor * 1000:>9.1f} {face * 1000:>13.1f} {face / floor:>6.2f} "
            f"{whole * 1000:>14.1f} {whole / floor:>6.2f}"
        )
    print(f"floor: {FLOOR}")
    print(f"pledgekit: {PLEDGEKIT}")
    print(f"every name: {EVERYTHING}")


if __name__ == "__main__":
    main()
