"""Fuzz pledgekit's public parsers, amounts, periods, loaders and command line.

Run from the repository root (Hypothesis is the only thing it needs beyond pledgekit)::

    python tools/fuzz.py                      # 10,000 inputs, about half a minute
    nice python tools/fuzz.py --inputs 100000 # the long run, a few minutes
    python tools/fuzz.py --list               # the targets and their shares
    python tools/fuzz.py --only loads_toml cli --inputs 2000 --seed 7

Every target draws hostile inputs with Hypothesis (the strategies are in
``tools/fuzz_inputs.py``: arbitrary text and objects, mutations of valid text, of
``examples/bekasi/case.toml`` and of its JSON form) and checks one property: **each call returns, or raises a** ``PledgekitError``, **within
the time limit**; and where a value can be written and read back (``format_number``
and ``parse_number``, dates, periods, ``dumps`` and ``loads``, ``write_observations``
and ``read_observations``) the round trip is lossless. The command line is run on
mutated case files in a temporary directory, writing to a strict UTF-8 (sometimes
ASCII) standard output as a terminal would; it must never let an exception out, and
``report`` must not refuse a file ``validate`` accepts.

The run does not stop at the first defect: every distinct one (target, exception and
the line of pledgekit that raised it, or the property that failed) is printed once,
with the shortest input that showed it and how often it was seen. The exit status is
1 when any was found. Memory is capped (``--memory-mb``) so that a blow-up is reported
as a MemoryError rather than felt by the machine. ``tests/test_fuzz.py`` runs a short
version of every target in the test suite.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import decimal
import difflib
import io
import json
import math
import random
import signal
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from types import FrameType
from typing import Any

from fuzz_inputs import (  # beside this script
    EXAMPLE_JSON,
    EXAMPLE_LINES,
    INDICATORS,
    SOURCES,
    amounts,
    any_text,
    csv_tables,
    hostile_objects,
    locales,
    mutated,
    mutated_json,
    mutated_toml,
    observation_lists,
    periods,
    text_dates,
)
from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

import pledgekit
from pledgekit import (
    Observation,
    Period,
    PledgekitError,
    add_amounts,
    round_fraction,
    subtract_amounts,
    text,
    to_amount,
)
from pledgekit.io import read_observations, write_observations

#: Seconds one call may take before it counts as a defect; a call still running at
#: five times this is interrupted.
TIME_LIMIT = 1.0


class PropertyViolationError(Exception):
    """A call returned, but not what the property demands."""


# Checks --------------------------------------------------------------------------------


def _expect(condition: bool, message: str) -> None:
    """Raise PropertyViolationError unless ``condition``; ``message`` is 'property: detail'."""
    if not condition:
        raise PropertyViolationError(message)


def _parse_all(value: tuple[str, str, int | None]) -> None:
    """Every text parser: a value or a PledgekitError."""
    written, locale, default_year = value
    for parse in (text.parse_number, text.parse_quantity, text.parse_period):
        with contextlib.suppress(PledgekitError):
            parse(written, locale)
    text.parse_date(written, locale, default_year=default_year)


def check_number_round_trip(value: tuple[Decimal, str]) -> None:
    """format_number -> parse_number -> format_number changes nothing."""
    amount, locale = value
    written = text.format_number(amount, locale)
    read = text.parse_number(written, locale)
    _expect(
        read == amount,
        f"format -> parse changes the amount: {written!r} reads back as {read!r}, not {amount!r}",
    )
    _expect(
        text.format_number(read, locale) == written,
        f"parse -> format changes the text: {written!r}",
    )


def check_format_number(value: tuple[object, str, object]) -> None:
    """format_number on anything: a text or a PledgekitError."""
    figure, locale, places = value
    text.format_number(figure, locale, places)  # type: ignore[arg-type]


def check_date_round_trip(value: tuple[dt.date, str, bool]) -> None:
    """format_date -> parse_date gives the date back."""
    day, locale, weekday = value
    written = text.format_date(day, locale, weekday=weekday)
    read = text.parse_date(written, locale)
    _expect(
        read == day,
        f"format -> parse changes the date: {written!r} reads back as {read}, not {day}",
    )


def check_period_round_trip(value: tuple[Period, str]) -> None:
    """format_period -> parse_period gives the period back."""
    period, locale = value
    written = text.format_period(period, locale)
    read = text.parse_period(written, locale)
    _expect(
        read == period,
        f"format -> parse changes the period: {written!r} reads back as {read}, not {period}",
    )


def check_to_amount(value: object) -> None:
    """to_amount on anything."""
    to_amount(value)


def check_round_fraction(value: tuple[object, object, object]) -> None:
    """round_fraction on anything."""
    number, places, rounding = value
    round_fraction(number, places, rounding)  # type: ignore[arg-type]


def check_add_amounts(value: tuple[object, object]) -> None:
    """add_amounts on anything, with or without a start."""
    values, start = value
    if start is None:
        add_amounts(values)  # type: ignore[arg-type]
    else:
        add_amounts(values, start=start)  # type: ignore[arg-type]


def check_subtract_amounts(value: tuple[object, object]) -> None:
    """subtract_amounts on anything."""
    subtract_amounts(*value)  # type: ignore[arg-type]


_PERIOD_CALLS: dict[str, Callable[..., object]] = {
    "Period": Period,
    "year": Period.year,
    "years": Period.years,
    "month": Period.month,
    "months": Period.months,
    "term": Period.term,
    "contains": Period.year(2019).contains,
    "overlaps": Period.year(2019).overlaps,
    "intersection": Period.year(2019).intersection,
    "days_elapsed": Period.year(2019).days_elapsed,
    "elapsed": Period.year(2019).elapsed,
}
period_arguments = st.one_of(
    hostile_objects,
    st.integers(-2, 10001),
    st.integers(-1, 13),
    st.dates(),
    st.just(Period.year(1)),
)


def check_periods(value: tuple[str, list[object]]) -> None:
    """One Period constructor or method on drawn arguments."""
    name, arguments = value
    call = _PERIOD_CALLS[name]
    if name in ("Period", "years", "month"):
        arguments = arguments[:2]
    elif name in ("months",):
        arguments = arguments[:3]
    elif name == "term":
        arguments = arguments[: 1 + len(arguments) % 2]
    else:
        arguments = arguments[:1]
    result = call(*arguments)
    if isinstance(result, Period):
        _expect(result.start <= result.end, f"a period ends before it starts: {result!r}")


def check_loads(value: tuple[str, str]) -> None:
    """loads: a Case that dumps and loads back equal, to the character."""
    written, format = value
    case = pledgekit.loads(written, format)
    _expect(isinstance(case, pledgekit.Case), f"loads returned no Case: {case!r}")
    if format == "json":
        twice = _repeated_keys(written)
        _expect(not twice, f"a JSON key given twice is accepted, the last one winning: {twice}")
    again = pledgekit.dumps(case)
    back = pledgekit.loads(again, "json")
    _expect(back == case, "dumps -> loads changes the case: not equal")
    _expect(pledgekit.dumps(back) == again, "dumps -> loads -> dumps changes the text: not equal")


def _repeated_keys(written: str) -> list[str]:
    """The keys some JSON object of ``written`` gives more than once."""
    repeated: list[str] = []

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [key for key, _ in items]
        repeated.extend(sorted({key for key in keys if keys.count(key) > 1}))
        return dict(items)

    json.loads(written, object_pairs_hook=pairs)
    return repeated


def check_loader_arguments(value: tuple[object, object]) -> None:
    """Load and loads given anything."""
    given, format = value
    if format is None:
        pledgekit.load(given)  # type: ignore[arg-type]
    else:
        pledgekit.loads(given, format)  # type: ignore[arg-type]


def check_read_observations(value: tuple[str, str]) -> None:
    """read_observations on a mutated table."""
    table, locale = value
    read_observations(table, indicators=INDICATORS, sources=SOURCES, locale=locale)


def check_csv_round_trip(observations: list[Observation]) -> None:
    """write_observations -> read_observations gives the observations back."""
    table = write_observations(observations)
    read = read_observations(table, indicators=INDICATORS, sources=SOURCES)
    _expect(
        len(read) == len(observations), f"write -> read changes the count: {len(read)} observations"
    )
    for written, back in zip(observations, read, strict=True):
        for name in ("period", "value", "resolution", "rounding", "source", "note", "indicator"):
            before, after = getattr(written, name), getattr(back, name)
            _expect(before == after, f"write -> read changes {name}: {before!r} to {after!r}")


_CLI_RUNS = [
    ["validate"],
    ["report"],
    ["report", "--format", "json"],
    ["report", "--format", "markdown", "--lang", "en"],
    ["report", "--format", "csv"],
    ["audit"],
    ["audit", "--format", "json", "--as-of", "2022-06-30"],
]


class _Workspace:
    """A temporary directory the command line reads its case files from."""

    directory: Path | None = None

    @classmethod
    def path(cls, name: str) -> Path:
        """The path of ``name`` in the workspace, created on first use."""
        if cls.directory is None:
            cls.directory = Path(tempfile.mkdtemp(prefix="pledgekit-fuzz-"))
        return cls.directory / name


def _run_cli(arguments: list[str], encoding: str) -> tuple[int, str]:
    """Run the command with strict standard output; its status and standard error."""
    from pledgekit import cli

    out = io.TextIOWrapper(io.BytesIO(), encoding=encoding)  # strict, as a terminal is
    err = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = cli.main(arguments)
    out.flush()
    return status, err.getvalue()


def check_cli(value: tuple[str, str, int, str]) -> None:
    """The command on a mutated file: an exit status, never a traceback."""
    written, suffix, run, encoding = value
    path = _Workspace.path(f"case{suffix}")
    path.write_text(written, encoding="utf-8", errors="surrogatepass")
    command, *options = _CLI_RUNS[run]
    status, errors = _run_cli([command, str(path), *options], encoding)
    _expect(status in (0, 1, 2), f"an exit status not 0, 1 or 2: {command} exited {status}")
    _expect("Traceback" not in errors, f"a traceback: {command} printed one")
    if command == "validate" and status == 0:
        report, errors = _run_cli(["report", str(path)], encoding)
        _expect(report == 0, f"validate accepts the file, report refuses it: {errors.strip()}")


# Targets -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    """One function (or family) under fuzz: how to draw its input, what to check."""

    name: str
    weight: float
    inputs: st.SearchStrategy[Any]
    check: Callable[[Any], None]
    doc: str
    #: Inputs drawn per Hypothesis example: drawing ten at once costs less than half.
    batch: int = 10


def _text_inputs() -> st.SearchStrategy[tuple[str, str, int | None]]:
    """Hostile text, and valid text slightly mutated, with a locale and a default year."""
    valid = st.sampled_from(
        ["150.000", "1,2 juta orang", "Rp1,8 triliun", "5,9 persen", "Jum'at (22/7/2022)",
         "22 Juli 2022", "Januari–Juni 2022", "2018-2023", "7/22/2022", "1 Januari 2019 – 31 Desember 2019"]
    )  # fmt: skip
    written = st.one_of(any_text, valid.flatmap(mutated))
    return st.tuples(written, locales, st.none() | st.integers(900, 10000))


TARGETS = [
    Target("text_parsers", 30, _text_inputs(), _parse_all,
           "parse_number, parse_quantity, parse_period and parse_date on hostile text"),
    Target("number_round_trip", 6, st.tuples(amounts(), locales), check_number_round_trip,
           "format_number -> parse_number gives the amount back, and writes it back alike"),
    Target("format_number", 6, st.tuples(hostile_objects, locales | hostile_objects,
                                         st.none() | st.integers(-40, 40) | hostile_objects),
           check_format_number, "format_number on hostile values, locales and places"),
    Target("date_round_trip", 4, st.tuples(text_dates, locales, st.booleans()),
           check_date_round_trip, "format_date -> parse_date gives the date back"),
    Target("period_round_trip", 4, st.tuples(periods(), locales), check_period_round_trip,
           "format_period -> parse_period gives the period back"),
    Target("to_amount", 8, hostile_objects, check_to_amount, "to_amount on hostile values"),
    Target("round_fraction", 6,
           st.tuples(hostile_objects, st.integers(-41, 41) | hostile_objects,
                     st.sampled_from([decimal.ROUND_HALF_UP, decimal.ROUND_FLOOR]) | hostile_objects),
           check_round_fraction, "round_fraction on hostile values, places and modes"),
    Target("add_amounts", 5, st.tuples(hostile_objects | st.lists(amounts() | hostile_objects, max_size=4),
                                       st.none() | hostile_objects),
           check_add_amounts, "add_amounts on hostile iterables and starts"),
    Target("subtract_amounts", 4, st.tuples(amounts() | hostile_objects, amounts() | hostile_objects),
           check_subtract_amounts, "subtract_amounts on hostile operands"),
    Target("periods", 10, st.tuples(st.sampled_from(sorted(_PERIOD_CALLS)),
                                    st.lists(period_arguments, min_size=3, max_size=3)),
           check_periods, "Period constructors and methods on hostile arguments"),
    Target("loads_toml", 3, st.tuples(mutated_toml(), st.just("toml")), check_loads,
           "loads on mutated examples/bekasi/case.toml; dumps -> loads lossless"),
    Target("loads_json", 3, st.tuples(mutated_json(), st.just("json")), check_loads,
           "loads on the mutated JSON form of the example; dumps -> loads lossless"),
    Target("loader_arguments", 1, st.tuples(hostile_objects, st.none() | st.sampled_from(["toml", "json"]) | hostile_objects),
           check_loader_arguments, "load and loads given what is not a file name or text"),
    Target("read_observations", 4, csv_tables(), check_read_observations,
           "read_observations on mutated CSV tables in the three locales"),
    Target("csv_round_trip", 2, observation_lists(), check_csv_round_trip,
           "write_observations -> read_observations gives the observations back"),
    Target("cli", 0.8, st.tuples(mutated_toml() | mutated_json(), st.sampled_from([".toml", ".json"]),
                                 st.integers(0, len(_CLI_RUNS) - 1), st.sampled_from(["utf-8", "utf-8", "ascii"])),
           check_cli, "the pledgekit command on mutated case files (validate, report, audit)"),
]  # fmt: skip


# Running -------------------------------------------------------------------------------


@dataclass
class Defect:
    """One distinct way a target broke the property."""

    target: str
    signature: str
    example: str
    detail: str
    count: int = 1


@dataclass
class Results:
    """What a run found."""

    calls: dict[str, int] = field(default_factory=dict)
    times: dict[str, float] = field(default_factory=dict)
    wall: dict[str, float] = field(default_factory=dict)
    defects: dict[tuple[str, str], Defect] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def total(self) -> int:
        """Inputs run in all."""
        return sum(self.calls.values())


class _Timeout(BaseException):
    """Raised in a call that ran far beyond the time limit."""


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    """Interrupt a call that runs far too long."""
    raise _Timeout


def _where(error: BaseException) -> str:
    """The innermost line of pledgekit (or else of anything) the error passed through."""
    frames = traceback.extract_tb(error.__traceback__)
    ours = [f for f in frames if "pledgekit" in f.filename and "fuzz" not in f.filename]
    frame = (ours or frames or [None])[-1]
    if frame is None:
        return "?"
    return f"{Path(frame.filename).name}:{frame.lineno} ({frame.name})"


def _changes(written: str) -> str | None:
    """What a mutated case file changed in the example, as the lines removed and added."""
    for original in (EXAMPLE_LINES, tuple(EXAMPLE_JSON.splitlines())):
        lines = written.splitlines()
        if len(set(lines) & set(original)) < len(original) // 2:
            continue
        diff = [
            line
            for line in difflib.unified_diff(original, lines, lineterm="", n=0)
            if line[:1] in "+-" and not line.startswith(("+++", "---"))
        ]
        name = "case.toml" if original is EXAMPLE_LINES else "case.json"
        return f"<{name} with {' | '.join(repr(line) for line in diff[:8])}>"
    return None


def _shown(value: object) -> str:
    """A bounded repr; a mutated case file as its changes to the example."""
    if isinstance(value, tuple) and value and isinstance(value[0], str) and len(value[0]) > 600:
        changes = _changes(value[0])
        if changes is not None:
            value = (changes, *value[1:])
    shown = repr(value)
    return shown if len(shown) <= 600 else shown[:300] + " ... " + shown[-200:]


def _record(results: Results, target: Target, value: object, signature: str, detail: str) -> None:
    """Count a defect, keeping its shortest input."""
    key = (target.name, signature)
    shown = _shown(value)
    defect = results.defects.get(key)
    if defect is None:
        results.defects[key] = Defect(target.name, signature, shown, detail)
        return
    defect.count += 1
    if len(shown) < len(defect.example):
        defect.example, defect.detail = shown, detail


def _call(results: Results, target: Target, value: object, limit: float) -> None:
    """Run one input through one target and record what breaks the property."""
    results.calls[target.name] = results.calls.get(target.name, 0) + 1
    # Once a target has timed out three times, later calls get only the time limit,
    # so that one slow kind of input cannot take the run's time.
    timeouts = results.defects.get((target.name, "timeout"))
    patience = limit if timeouts and timeouts.count >= 3 else 5 * limit
    started = time.perf_counter()
    alarm = hasattr(signal, "setitimer")
    if alarm:
        signal.setitimer(signal.ITIMER_REAL, patience)
    try:
        target.check(value)
    except PledgekitError:
        pass
    except PropertyViolationError as failure:
        kind = str(failure).split(": ")[0]  # the property; what follows is this input's detail
        _record(results, target, value, f"property: {kind}", str(failure)[:400])
    except _Timeout:
        _record(results, target, value, "timeout", f"still running after {patience:.0f} s")
    except (Exception, RecursionError, MemoryError) as error:  # a defect: record it, go on
        detail = f"{type(error).__name__}: {str(error)[:300]}"
        _record(results, target, value, f"{type(error).__name__} at {_where(error)}", detail)
    finally:
        if alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
    elapsed = time.perf_counter() - started
    results.times[target.name] = results.times.get(target.name, 0.0) + elapsed
    if limit < elapsed < patience:  # beyond that, recorded as a timeout
        _record(results, target, value, "slow", f"took {elapsed:.1f} s (limit {limit} s)")


def _body(results: Results, target: Target, limit: float) -> Callable[[Any], None]:
    """The Hypothesis test body for one target: each input of a batch in turn."""

    def body(batch: list[Any]) -> None:
        for value in batch:
            _call(results, target, value, limit)

    return body


def run(
    inputs: int,
    *,
    only: Sequence[str] = (),
    targets: Sequence[Target] = TARGETS,
    seed_value: int | None = None,
    limit: float = TIME_LIMIT,
    results: Results | None = None,
) -> Results:
    """Fuzz ``targets`` (or those named in ``only``) with about ``inputs`` inputs in all.

    Each target gets a share of the inputs by its weight (at least one). Nothing is
    raised for a defect: each is recorded in the returned :class:`Results`.
    """
    chosen = [t for t in targets if not only or t.name in only]
    unknown = set(only) - {t.name for t in targets}
    if unknown:
        raise SystemExit(f"unknown targets: {', '.join(sorted(unknown))}")
    results = results or Results()
    weights = sum(t.weight for t in chosen)
    started = time.perf_counter()
    previous = signal.signal(signal.SIGALRM, _on_alarm) if hasattr(signal, "SIGALRM") else None
    try:
        for target in chosen:
            count = max(1, round(inputs * target.weight / weights))
            batch = min(target.batch, count)
            drawn = st.lists(target.inputs, min_size=batch, max_size=batch)
            test = given(drawn)(_body(results, target, limit))
            test = settings(
                max_examples=math.ceil(count / batch),
                database=None,
                deadline=None,
                phases=[Phase.generate],
                suppress_health_check=list(HealthCheck),
            )(test)
            if seed_value is not None:
                test = seed(seed_value)(test)
            begun = time.perf_counter()
            test()
            results.wall[target.name] = (
                results.wall.get(target.name, 0.0) + time.perf_counter() - begun
            )
    finally:
        if previous is not None:
            signal.signal(signal.SIGALRM, previous)
    results.seconds += time.perf_counter() - started
    return results


def report(results: Results, out: Any = sys.stdout) -> None:
    """Print the calls per target and every defect found."""
    for name, calls in results.calls.items():
        seconds = results.times.get(name, 0.0)
        wall = results.wall.get(name, 0.0)
        out.write(
            f"  {name:<20} {calls:>8} inputs {seconds:7.1f} s in calls, {wall:7.1f} s in all\n"
        )
    out.write(f"{results.total} inputs in {results.seconds:.1f} s; ")
    out.write(f"{len(results.defects)} distinct defects\n")
    for defect in sorted(results.defects.values(), key=lambda d: (d.target, d.signature)):
        out.write(f"\n[{defect.target}] {defect.signature} (seen {defect.count} times)\n")
        out.write(f"    {defect.detail}\n    input: {defect.example}\n")


def _limit_memory(megabytes: int) -> None:
    """Cap the address space, so that a blow-up is a MemoryError."""
    try:
        import resource
    except ImportError:  # not on this platform: no cap
        return
    cap = megabytes * 1024 * 1024
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the fuzz harness from the command line; 1 when a defect was found."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--inputs", type=int, default=10_000, help="inputs in all (default 10000)")
    parser.add_argument("--only", nargs="+", default=(), metavar="TARGET", help="run only these")
    parser.add_argument("--seed", type=int, default=None, help="a seed, to repeat a run")
    parser.add_argument("--memory-mb", type=int, default=2048, help="memory cap (default 2048)")
    parser.add_argument("--list", action="store_true", help="list the targets and stop")
    args = parser.parse_args(argv)
    if args.list:
        weights = sum(t.weight for t in TARGETS)
        for target in TARGETS:
            print(f"{target.name:<20} {target.weight / weights:6.1%}  {target.doc}")
        return 0
    _limit_memory(args.memory_mb)
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 3000))
    chosen_seed = random.randrange(2**32) if args.seed is None else args.seed
    only = f" --only {' '.join(args.only)}" if args.only else ""
    print(f"python tools/fuzz.py --inputs {args.inputs} --seed {chosen_seed}{only}", flush=True)
    results = run(args.inputs, only=args.only, seed_value=chosen_seed)
    report(results)
    return 1 if results.defects else 0


if __name__ == "__main__":
    sys.exit(main())
