r"""The ``pledgekit`` command: reports, audits, charts and checks of case files.

::

    pledgekit report FILE [--as-of DATE] [--locale id|en] [--lang id|en]
                          [--format text|markdown|json|csv|html]
                          [--layout auto|plan|targets] [--target ID | --pledge ID]
    pledgekit audit FILE  [--as-of DATE] [--locale id|en] [--lang id|en] [--format ...]
    pledgekit chart FILE -o OUT.png|OUT.svg|OUT.pdf [--as-of DATE] [--locale id|en] [--lang id|en]
                         [--layout auto|plan|targets]
    pledgekit evaluate TABLE [-o OUT.xlsx|OUT.csv|OUT.md] [--year N] [--lang id|en]
                             [--places N]
    pledgekit validate FILE
    pledgekit schema

``--locale`` is how input is read (the ``--as-of`` date: Indonesian day/month/year by
default, as officials write it; ISO dates in either locale); ``--lang`` is the language
of the output only.

Exit status: 0 when all went well; 1 when ``audit`` finds inconsistencies (a finding
of severity ERROR or WARNING, as a linter does); 2 for bad usage, a file that cannot
be loaded, or a missing optional package. Errors are printed to standard error as one
message, never as a traceback. ``python -m pledgekit`` runs the same command.

Output is never lost to the terminal's encoding: a character the stream cannot encode
(a lone surrogate such as ``\ud800`` that a JSON case file may hold in a title or a
note, or any non-ASCII character on an ASCII terminal) is written as its ``\uXXXX``
escape (``\ud800``, ``\u2013``; a character beyond U+FFFF as a surrogate pair), so that
it shows instead of stopping the report; in JSON output these are JSON's own escapes,
so the text reads back as it was. HTML (``--format html``) declares UTF-8: on a stream
that is not UTF-8, every character beyond ASCII is written as an HTML character
reference (``&#x2013;``), so the page reads the same in a browser.

>>> from pledgekit.cli import main
>>> main(["validate", "examples/bekasi/case.toml"])
examples/bekasi/case.toml: a valid case: 1 target, 4 figures, 3 claims
0
"""

from __future__ import annotations

import argparse
import codecs
import datetime as dt
import io
import json
import os
import sys
import traceback
from collections.abc import Sequence
from typing import NamedTuple, TextIO, TypeVar

from pledgekit import text
from pledgekit._case import Assessment, Case
from pledgekit._version import __version__
from pledgekit.exceptions import InvalidValueError, PledgekitError
from pledgekit.report import (
    FORMATS,
    LANGUAGES,
    LAYOUTS,
    Format,
    Language,
    inconsistencies,
    render,
    render_audit,
)

__all__ = ["EXIT_FINDINGS", "EXIT_INTERNAL", "EXIT_OK", "EXIT_USAGE", "main"]

EXIT_OK = 0
"""Exit status when all went well.

``report`` exits so even on a case whose claims do not add up (the Bekasi case has 4
errors): only ``audit`` says so in its exit status, as
[`EXIT_FINDINGS`][pledgekit.cli.EXIT_FINDINGS].

>>> import contextlib, io, pathlib, pledgekit
>>> from pledgekit.cli import EXIT_OK, main
>>> bekasi = pathlib.Path(pledgekit.__file__).parents[2] / "examples/bekasi/case.toml"
>>> with contextlib.redirect_stdout(io.StringIO()):
...     status = main(["report", str(bekasi)])
>>> status == EXIT_OK == 0
True
"""
EXIT_FINDINGS = 1
"""Exit status of ``audit`` when it finds an inconsistency (ERROR or WARNING).

The Bekasi case's audit finds 4 errors, 2 warnings and a note; the note alone would
not count:

>>> import contextlib, io, pathlib, pledgekit
>>> from pledgekit.cli import EXIT_FINDINGS, main
>>> bekasi = pathlib.Path(pledgekit.__file__).parents[2] / "examples/bekasi/case.toml"
>>> out = io.StringIO()
>>> with contextlib.redirect_stdout(out):
...     status = main(["audit", str(bekasi), "--lang", "en"])
>>> status == EXIT_FINDINGS == 1
True
>>> [line for line in out.getvalue().splitlines() if line.startswith("Summary")]
['Summary: 4 errors, 2 warnings']
"""
EXIT_USAGE = 2
"""Exit status for bad usage, a bad file or a missing optional package.

The reason is printed to standard error, as one message (shown here on standard
output):

>>> import contextlib, sys
>>> from pledgekit.cli import EXIT_USAGE, main
>>> with contextlib.redirect_stderr(sys.stdout):
...     status = main(["validate", "no-such-case.toml"])
pledgekit: error: no-such-case.toml: file: cannot be read: No such file or directory
>>> status == EXIT_USAGE == 2
True
"""
EXIT_INTERNAL = 3
"""Exit status for a fault in pledgekit itself (a bug); the traceback is printed.

It is printed so that the bug can be reported. The status is never 1, which a script
reads as "the audit found inconsistencies". Here a bug is simulated by making
[`pledgekit.io.schema`][pledgekit.schema], which ``pledgekit schema`` calls, fail:

>>> import contextlib, io
>>> from unittest import mock
>>> from pledgekit.cli import EXIT_FINDINGS, EXIT_INTERNAL, main
>>> errors = io.StringIO()
>>> with mock.patch("pledgekit.io.schema", side_effect=RuntimeError("a bug")):
...     with contextlib.redirect_stderr(errors):
...         status = main(["schema"])
>>> status == EXIT_INTERNAL == 3, status == EXIT_FINDINGS
(True, False)
>>> print(errors.getvalue(), end="")
Traceback (most recent call last):
...
RuntimeError: a bug
pledgekit: internal error: this is a bug in pledgekit, not in your file; please report
it with the traceback above
"""

_DESCRIPTION = (
    "The exact arithmetic of political promises: report on a case file, audit the claims "
    "in it against the reported figures, draw its burn-up chart."
)
_EPILOG = (
    "exit status: 0 fine; 1 the audit found inconsistencies (a finding of severity "
    "error or warning); 2 bad usage, a bad file or a missing optional package"
)


class _UsageError(Exception):
    """An argument argparse accepted but pledgekit cannot use."""


class _Command(NamedTuple):
    """A command of the parser, as data: its name, its words, and the options it takes."""

    name: str
    help: str
    description: str
    #: Whether it reads a case file (``FILE``).
    reads_file: bool = True
    #: Whether it assesses the case (``--as-of``, ``--locale``, ``--lang``).
    assesses: bool = True
    #: Whether it prints in a choice of formats (``--format``).
    formats: bool = False
    #: Whether it writes a file (``-o OUT``).
    writes: bool = False
    #: Whether it writes the evaluation form of a plan (``TABLE``, ``--year``, ...).
    evaluates: bool = False


_COMMANDS = (
    _Command(
        "report",
        help="the whole report: plan, pledges, progress, capaian, claims and findings",
        description="Print the report of a case: the plan, the pledges in their own words, "
        "each target's progress, capaian and predikat, the claims and the findings.",
        formats=True,
    ),
    _Command(
        "audit",
        help="only the findings; exit status 1 if any is an error or a warning",
        description="Print the audit findings of a case. Exit status 1 when a finding "
        "is an error or a warning, 0 when there are only notes or none.",
        formats=True,
    ),
    _Command(
        "chart",
        help="write the burn-up chart (PNG, SVG or PDF; needs pledgekit[plot])",
        description="Write the burn-up chart of every target of a case: reported figures, "
        "target, straight-line path, claims, as-of date and projection. A plan's targets "
        "(or more than three) are drawn as small multiples on pages of 1500 x 1500 pixels, "
        "a yearly chart for a target with a yearly schedule: one PDF of them, or a PNG or "
        "SVG file a page (OUT-1.png, OUT-2.png ...). Needs matplotlib: "
        "pip install 'pledgekit[plot]'.",
        writes=True,
    ),
    _Command(
        "evaluate",
        help="the Permendagri 86 evaluation form of a plan (xlsx needs pledgekit[excel])",
        description="Write the evaluation form 'Evaluasi terhadap hasil RPJMD' of a plan: "
        "each indicator's targets, realisations and tingkat capaian per plan year and at "
        "the end, for kinerja and anggaran, with the mean and predikat of each sasaran, "
        "tujuan, misi and the whole plan. TABLE is a plan table (.xlsx, .csv) or a case "
        "file (.toml, .json). Without -o, the form is printed as Markdown.",
        reads_file=False,
        assesses=False,
        evaluates=True,
    ),
    _Command(
        "validate",
        help="check that a case file loads, and the claims' dates",
        description="Load a case file and report every problem in it, with its line or "
        "field, and as warnings what the audit would say about the claims' dates (an "
        "impossible dateline, a weekday that does not match the date). Exit status 0 when "
        "it loads, even with warnings (the file may record a misprint faithfully); 2 when "
        "it does not.",
        assesses=False,
    ),
    _Command(
        "schema",
        help="print the JSON Schema of case files",
        description="Print the JSON Schema that case files follow.",
        reads_file=False,
        assesses=False,
    ),
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pledgekit", description=_DESCRIPTION, epilog=_EPILOG, allow_abbrev=False
    )
    parser.add_argument("--version", action="version", version=f"pledgekit {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for command in _COMMANDS:
        _add_command(commands, command)
    return parser


def _add_command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], command: _Command
) -> None:
    sub = commands.add_parser(
        command.name, help=command.help, description=command.description, allow_abbrev=False
    )
    if command.reads_file:
        sub.add_argument("file", metavar="FILE", help="a case file (.toml or .json)")
    if command.writes:
        sub.add_argument(
            "-o",
            "--output",
            required=True,
            metavar="OUT",
            help="the image to write; its suffix (.png, .svg or .pdf) chooses the format",
        )
    if command.assesses:
        _assess_options(sub)
    if command.evaluates:
        _evaluate_options(sub)
    if command.formats:
        sub.add_argument(
            "--format", choices=FORMATS, default="text", help="output format (default: text)"
        )
    if command.name == "report":
        _layout_options(sub)
    if command.name == "chart":
        sub.add_argument(
            "--layout",
            choices=LAYOUTS,
            default="auto",
            help="'plan' draws small multiples on pages (a yearly chart for a target with a "
            "yearly schedule), 'targets' one burn-up chart per target, one below the other; "
            "'auto' (the default) is 'plan' when the case's plan carries more than one "
            "target or there are more than three",
        )


def _layout_options(sub: argparse.ArgumentParser) -> None:
    """``--layout``, ``--target`` and ``--pledge``: which pages the report gives."""
    sub.add_argument(
        "--layout",
        choices=LAYOUTS,
        default="auto",
        help="text and markdown: 'plan' lays the report out along the plan's tree (a table "
        "per sasaran), 'targets' gives a full page per target; 'auto' (the default) is "
        "'plan' when the case's plan carries more than one target (html has a section per "
        "target)",
    )
    sub.add_argument(
        "--target",
        metavar="ID",
        help="text, markdown and html: only the full page of the target with this id",
    )
    sub.add_argument(
        "--pledge",
        metavar="ID",
        help="text, markdown and html: only the pledge with this id (its status and verdict "
        "history), then the full page of each target it sets",
    )


def _assess_options(sub: argparse.ArgumentParser) -> None:
    """``--as-of`` and how it is read (``--locale``); the language of the output (``--lang``)."""
    sub.add_argument(
        "--as-of",
        metavar="DATE",
        help="assess at the end of this day: 2022-06-30, '30 Juni 2022', 30/6/2022 "
        "(default: each target at the latest date its figures and claims speak of)",
    )
    sub.add_argument(
        "--locale",
        choices=text.LOCALES,
        default="id",
        help="how --as-of is read: as Indonesian texts write dates (30/6/2022 is day/month/"
        "year; the default) or as English ones (6/30/2022 is month/day/year, 'June 30, "
        "2022'); ISO dates (2022-06-30) are read in either",
    )
    sub.add_argument(
        "--lang",
        choices=LANGUAGES,
        default="id",
        help="the language of the output: labels and figures in Indonesian (146.305; the "
        "default) or English (146,305); it does not change how --as-of is read",
    )


def _evaluate_options(sub: argparse.ArgumentParser) -> None:
    """The plan table, where the form goes, the year assessed, its language and places."""
    sub.add_argument(
        "file",
        metavar="TABLE",
        help="a plan table (.xlsx, .csv) or a case file with a plan (.toml, .json)",
    )
    sub.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="the form to write; its suffix (.xlsx, .csv or .md) chooses the format "
        "(default: Markdown on standard output)",
    )
    sub.add_argument(
        "--year",
        type=_year,
        metavar="N",
        help="evaluate as of 31 December of year N, the yearly evaluation (default: each "
        "indicator at the latest date its figures speak of)",
    )
    sub.add_argument(
        "--lang",
        choices=LANGUAGES,
        default="id",
        help="the language of the form: the regulation's Indonesian words (the default) or English",
    )
    sub.add_argument(
        "--places",
        type=_places,
        default=2,
        metavar="N",
        help="decimal places of the rates and means (default: 2, as the regulation shows them)",
    )


def _year(value: str) -> int:
    """``--year``: a year of four digits."""
    if not (value.isascii() and value.isdigit() and len(value) == 4):
        raise argparse.ArgumentTypeError(f"got {value!r}; expected a year such as 2021")
    return int(value)


def _places(value: str) -> int:
    """``--places``: a whole number from 0 to 10."""
    if not (value.isascii() and value.isdigit() and int(value) <= 10):
        raise argparse.ArgumentTypeError(f"got {value!r}; expected a whole number from 0 to 10")
    return int(value)


def _as_of(value: str | None, locale: str) -> dt.date | None:
    """The ``--as-of`` date: ISO in any locale, else read as texts in ``locale`` write it."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        pass
    try:
        return text.parse_date(value, locale)
    except PledgekitError as error:
        raise _UsageError(f"argument --as-of: {error}") from None


_Choice = TypeVar("_Choice", bound=str)


def _one_of(value: object, choices: tuple[_Choice, ...], option: str) -> _Choice:
    """``value`` as the choice it equals: an argparse string checked into its literal type."""
    for choice in choices:
        if value == choice:
            return choice
    raise _UsageError(f"argument {option}: got {value!r}; expected one of {', '.join(choices)}")


def _output(args: argparse.Namespace) -> tuple[Format, Language]:
    """The ``--format`` (text for a chart, which has none) and ``--lang`` of the command."""
    format = _one_of(getattr(args, "format", "text"), FORMATS, "--format")
    return format, _one_of(args.lang, LANGUAGES, "--lang")


def _load(path: str) -> Case:
    from pledgekit.io import load

    return load(path)


def _plan_case(path: str) -> Case:
    """A plan table, or a case file by its suffix (``.toml``, ``.json``)."""
    if path.lower().endswith((".toml", ".json")):
        return _load(path)
    from pledgekit.io import read_plan_table

    return read_plan_table(path)


def _evaluate(args: argparse.Namespace, out: TextIO) -> int:
    from pledgekit.io import write_evaluation

    as_of = None if args.year is None else dt.date(args.year, 12, 31)
    assessment = _plan_case(args.file).assess(as_of)
    lang = _one_of(args.lang, LANGUAGES, "--lang")
    if args.output is None:
        buffer = io.StringIO()
        write_evaluation(assessment, buffer, format="md", lang=lang, places=args.places)
        _write(out, buffer.getvalue())
        return EXIT_OK
    try:
        write_evaluation(assessment, args.output, lang=lang, places=args.places)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise InvalidValueError(
            args.output, f"a file pledgekit can write ({reason})", "--output"
        ) from None
    return EXIT_OK


def _assess(args: argparse.Namespace) -> Assessment:
    as_of = _as_of(args.as_of, args.locale)
    return _load(args.file).assess(as_of)


def _write(stream: TextIO, words: str, *, html: bool = False) -> None:
    if not words.endswith("\n"):
        words += "\n"
    stream.write(_encodable_html(words, stream) if html else _encodable(words, stream))


def _escape(error: UnicodeError) -> tuple[str, int]:
    r"""Codec error handler: each character as ``\uXXXX``, valid in JSON and in Python."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    escaped = []
    for character in error.object[error.start : error.end]:
        code = ord(character)
        if code > 0xFFFF:
            code -= 0x10000
            escaped.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
        else:
            escaped.append(f"\\u{code:04x}")
    return "".join(escaped), error.end


_ESCAPE = "pledgekit.cli.escape"
codecs.register_error(_ESCAPE, _escape)


def _encodable(words: str, stream: TextIO) -> str:
    r"""``words`` with what ``stream`` cannot encode written as ``\uXXXX`` escapes.

    A lone surrogate cannot be encoded in any encoding; on a stream with no encoding
    (an ``io.StringIO``) it is escaped as for UTF-8, so that the output is the same.
    """
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        return words.encode(encoding, _ESCAPE).decode(encoding)
    except LookupError:  # an encoding Python does not know: keep to ASCII
        return words.encode("ascii", _ESCAPE).decode("ascii")


def _encodable_html(page: str, stream: TextIO) -> str:
    """An HTML page as ``stream`` can hold it, still what its ``<meta charset="utf-8">`` says.

    On a UTF-8 stream (or one with no encoding) the page as it is; on another, every
    character beyond ASCII as a character reference, which reads the same in any
    encoding that keeps ASCII. A lone surrogate, which no encoding holds, becomes a
    character reference too (a browser shows it as U+FFFD).
    """
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        utf8 = codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        utf8 = False
    if utf8:
        return page.encode("utf-8", "xmlcharrefreplace").decode("utf-8")
    return page.encode("ascii", "xmlcharrefreplace").decode("ascii")


def _run(args: argparse.Namespace, out: TextIO) -> int:
    command = args.command
    if command == "schema":
        from pledgekit.io import schema

        _write(out, json.dumps(schema(), ensure_ascii=False, indent=2))
        return EXIT_OK
    if command == "validate":
        case = _load(args.file)
        counts = [
            _count(len(case.targets), "target", "targets"),
            _count(len(case.observations), "figure", "figures"),
            _count(len(case.claims), "claim", "claims"),
        ]
        warnings = _date_warnings(case)
        if warnings:
            counts.append(_count(len(warnings), "warning", "warnings"))
        lines = [f"{args.file}: a valid case: {', '.join(counts)}"]
        lines.extend(f"  warning: {warning}" for warning in warnings)
        _write(out, "\n".join(lines))
        # Warnings only: the file may record a misprint faithfully; it still loads.
        return EXIT_OK
    if command == "evaluate":
        return _evaluate(args, out)
    assessment = _assess(args)
    format, lang = _output(args)
    if command == "report":
        layout = _one_of(args.layout, LAYOUTS, "--layout")
        words = render(
            assessment,
            format=format,
            lang=lang,
            layout=layout,
            target=args.target,
            pledge=args.pledge,
        )
        _write(out, words, html=format == "html")
        return EXIT_OK
    if command == "audit":
        _write(out, render_audit(assessment, format=format, lang=lang), html=format == "html")
        return EXIT_FINDINGS if inconsistencies(assessment) else EXIT_OK
    if command != "chart":  # argparse allows only the commands above
        raise _UsageError(f"unknown command {command!r}")
    from pledgekit.chart import save

    try:
        save(assessment, args.output, lang=lang, layout=_one_of(args.layout, LAYOUTS, "--layout"))
    except OSError as error:  # a directory that does not exist, no permission, a full disk
        reason = error.strerror or type(error).__name__
        raise InvalidValueError(
            args.output, f"a file pledgekit can write ({reason})", "--output"
        ) from None
    return EXIT_OK


def _date_warnings(case: Case) -> list[str]:
    """What the audit would say about the claims' dates, claim by claim, as a check can.

    A dateline is read with [`pledgekit.text.parse_date`][pledgekit.text.parse_date], as
    the audit reads it: an impossible date or a weekday that does not match is refused
    there, with why.
    """
    warnings = []
    for index, claim in enumerate(case.claims):
        where = f"claims[{index}]"
        if claim.stated_on is not None and claim.as_of > claim.stated_on:
            warnings.append(
                f"{where}: it is about {claim.as_of.isoformat()}, after it was stated on "
                f"{claim.stated_on.isoformat()}"
            )
        if claim.target is not None and not claim.target.period.contains(claim.as_of):
            warnings.append(
                f"{where}: its date {claim.as_of.isoformat()} lies outside the target "
                f"period {claim.target.period}"
            )
        if claim.dateline is None:
            continue
        # A dateline without a year is in the year the statement was made.
        year = (claim.stated_on or claim.as_of).year
        try:
            printed = text.parse_date(claim.dateline, default_year=year)
        except PledgekitError as error:
            warnings.append(f"{where}.dateline: {error}")
            continue
        if claim.stated_on is not None and printed != claim.stated_on:
            warnings.append(
                f"{where}.dateline: {claim.dateline!r} reads {printed.isoformat()}, but the "
                f"claim was stated on {claim.stated_on.isoformat()}"
            )
    return warnings


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``pledgekit`` command.

    Args:
        argv: The arguments after the program's name; ``sys.argv[1:]`` by default.

    Returns:
        The exit status: [`EXIT_OK`][pledgekit.cli.EXIT_OK] (0),
        [`EXIT_FINDINGS`][pledgekit.cli.EXIT_FINDINGS] (1, only from ``audit``),
        [`EXIT_USAGE`][pledgekit.cli.EXIT_USAGE] (2) or
        [`EXIT_INTERNAL`][pledgekit.cli.EXIT_INTERNAL] (3, a bug).

    ``report`` on a small case: 400 of the 1,000 jobs promised for 2019–2020 are 40 %
    of the target, 600 short; the year 2019 is 365 of the period's 731 days (49.93 %),
    and 400 / 499 (the straight-line path: 1,000 × 365 / 731) is a pace of 0.80:

    >>> import pathlib, tempfile
    >>> from pledgekit.cli import EXIT_OK, EXIT_USAGE, main
    >>> folder = tempfile.TemporaryDirectory()
    >>> case = pathlib.Path(folder.name, "case.toml")
    >>> _ = case.write_text('''
    ... pledgekit_case = 2
    ... title = "Jobs"
    ... [[indicators]]
    ... id = "jobs"
    ... name = "Jobs opened"
    ... unit = "persons"
    ... direction = "increase"
    ... accumulation = "sum"
    ... [[targets]]
    ... id = "jobs-2020"
    ... indicator = "jobs"
    ... value = "1000"
    ... period = "2019..2020"
    ... [[observations]]
    ... indicator = "jobs"
    ... period = "2019"
    ... value = 400
    ... ''', encoding="utf-8")
    >>> status = main(["report", str(case), "--lang", "en"])
    Jobs
    ====
    Settings: ...
    Target: Jobs opened — 1,000 persons, 2019–2020
    ----------------------------------------------
      As of                     31 December 2019
      Achieved                  400 persons
      Progress                  40.00 %
      Shortfall                 600 persons
      Time elapsed              365 of 731 days (49.93 %)
      Straight-line path now    499 persons
      Pace index                0.80
    ...
      Findings
        No findings.
    >>> status == EXIT_OK
    True

    A file that is not there is bad usage; its message goes to standard error:

    >>> main(["report", str(case.with_name("missing.toml"))]) == EXIT_USAGE
    True
    >>> folder.cleanup()
    """
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit:
        # argparse has printed the usage and the error (or the help) already.
        return exit.code if isinstance(exit.code, int) else EXIT_USAGE
    try:
        return _run(args, sys.stdout)
    except _UsageError as error:
        parser.print_usage(sys.stderr)
        _write(sys.stderr, f"pledgekit: error: {error}")
        return EXIT_USAGE
    except PledgekitError as error:
        # A bad file, a bad option value or a missing extra: the message says which and
        # where; a traceback would only hide it.
        _write(sys.stderr, f"pledgekit: error: {error}")
        return EXIT_USAGE
    except BrokenPipeError:
        # The reader went away (``pledgekit report ... | head``): nothing is wrong. Point
        # standard output at nothing, so that flushing it at exit does not fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except Exception:  # a bug in pledgekit, not in the input: say so and show where
        traceback.print_exc(file=sys.stderr)
        _write(
            sys.stderr,
            "pledgekit: internal error: this is a bug in pledgekit, not in your file; "
            "please report it with the traceback above",
        )
        return EXIT_INTERNAL


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
