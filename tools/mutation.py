"""Mutation testing of the arithmetic core with mutmut; not part of CI (it takes long).

Usage::

    python -m pip install -e '.[test]' mutmut
    python tools/mutation.py                      # the arithmetic core and the audit
    python tools/mutation.py _amounts --tests tests/test_amounts.py

Each module is mutated in a scratch copy of the repository (the working tree is never
touched) and its mutants are run against the given tests, the full suite by default.
The script prints, per module, the mutants killed, survived and not run (timeouts and
others), and the share killed. A surviving mutant is a change of the code that no test
notices: ``mutmut show NAME`` in the scratch copy, printed at the end, shows it.

Scores measured with mutmut 3.8.1 (killed of all mutants), in one run::

    python tools/mutation.py --tests tests/test_amounts.py tests/test_context.py \
        tests/test_period.py tests/test_period_edges.py tests/test_progress.py \
        tests/test_progress_edges.py tests/test_straddling.py tests/test_audit.py \
        tests/test_audit_fields.py tests/test_audit_unverified.py \
        tests/test_audit_straddling_fields.py tests/test_bekasi.py tests/test_case.py \
        -- _amounts _period _progress _audit _audit_data _finding

    module        killed  total  score
    _amounts         303    322  94.1 %
    _period          315    320  98.4 %
    _progress        502    509  98.6 %
    _audit          1084   1177  92.1 %
    _audit_data      376    409  91.9 %
    _finding          67     68  98.5 %

The survivors read in _amounts, _period and _progress are equivalent mutants (a guard
digit of 25 or 26, a sign of ±1 multiplied or divided, sort defaults behind a None
flag, the cheap bit-length pre-check, context fields that cannot matter in range).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE = ("_amounts", "_period", "_progress", "_audit", "_audit_data", "_finding")
IGNORED = shutil.ignore_patterns(
    ".git", ".venv", "mutants", "__pycache__", ".hypothesis", ".mypy_cache", ".ruff_cache"
)


def _config(module: str, tests: list[str]) -> str:
    selection = ", ".join(f'"{t}"' for t in tests)
    return (
        "\n[tool.mutmut]\n"
        'source_paths = ["src/pledgekit"]\n'
        f'only_mutate = ["src/pledgekit/{module}.py"]\n'
        f"pytest_add_cli_args_test_selection = [{selection}]\n"
        'pytest_add_cli_args = ["-p", "no:cacheprovider", "-x", "-q"]\n'
        # Tests read the example case and the docs' files.
        'also_copy = ["examples", "docs"]\n'
    )


def run(module: str, tests: list[str], scratch: Path) -> tuple[dict[str, int], list[str]]:
    """Mutate one module in a fresh copy of the repository; return the counts by status."""
    copy = scratch / module
    shutil.copytree(ROOT, copy, ignore=IGNORED)
    with (copy / "pyproject.toml").open("a", encoding="utf-8") as config:
        config.write(_config(module, tests))
    env = dict(os.environ, HYPOTHESIS_PROFILE="mutation", PYTHONPATH=str(copy / "mutants" / "src"))
    mutmut = [sys.executable, "-m", "mutmut"]
    with (copy / "mutmut.log").open("w", encoding="utf-8") as log:
        # The first run of a fresh copy generates the mutants but may find no test that
        # covers them (its statistics run imports before they exist); the second runs them.
        for _ in range(2):
            subprocess.run(
                [*mutmut, "run", "--max-children", "2"],
                cwd=copy,
                env=env,
                check=False,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
    results = subprocess.run(
        [*mutmut, "results", "--all", "true"],
        cwd=copy,
        env=env,
        check=False,
        capture_output=True,
        text=True,
    ).stdout
    counts: dict[str, int] = {}
    survivors = []
    for line in results.splitlines():
        match = re.match(r"\s*(\S+): (.+)$", line)
        if match:
            status = match.group(2).strip()
            counts[status] = counts.get(status, 0) + 1
            if status == "survived":
                survivors.append(match.group(1))
    return counts, survivors


def main() -> None:
    """Run the modules asked for and print a table of scores."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("modules", nargs="*", default=list(CORE))
    parser.add_argument("--tests", nargs="*", default=["tests"])
    parser.add_argument("--keep", action="store_true", help="keep the scratch copies")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="pledgekit-mutation-"))
    rows = []
    for module in args.modules:
        counts, survivors = run(module, args.tests, scratch)
        killed = counts.get("killed", 0)
        total = sum(counts.values())
        share = f"{100 * killed / total:.1f} %" if total else "n/a"
        rows.append(
            (
                module,
                killed,
                counts.get("survived", 0),
                total - killed - counts.get("survived", 0),
                total,
                share,
            )
        )
        if survivors:
            print(f"# surviving mutants of {module} (mutmut show NAME in {scratch / module}):")
            print("\n".join(survivors))
    print(f"{'module':<12} {'killed':>7} {'survived':>9} {'other':>6} {'total':>6} {'score':>8}")
    for module, killed, survived, other, total, share in rows:
        print(f"{module:<12} {killed:>7} {survived:>9} {other:>6} {total:>6} {share:>8}")
    if not args.keep:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
