"""The pledgekit command, run as a user runs it: ``python -m pledgekit ...`` in a subprocess."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import struct
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import pytest

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
    cli,
)
from pledgekit.cli import main
from pledgekit.io import dump

BEKASI = str(Path(__file__).parent.parent / "examples" / "bekasi" / "case.toml")


def pledgekit(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the command with these arguments."""
    return subprocess.run(
        [sys.executable, "-m", "pledgekit", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


@pytest.fixture(scope="module")
def consistent_case(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A case file whose one claim agrees with the figures: 40 + 30 = 70."""
    jobs = Indicator(
        "Jobs", "persons", direction=Direction.INCREASE, accumulation=Accumulation.SUM, id="jobs"
    )
    target = Target(jobs, 100, period=Period.years(2019, 2020), id="jobs-100")
    case = Case(
        "Consistent",
        indicators=[jobs],
        targets=[target],
        observations=[Observation(Period.year(2019), 40), Observation(Period.year(2020), 30)],
        claims=[Claim(ClaimKind.ACHIEVED, 70, dt.date(2020, 12, 31))],
    )
    path = tmp_path_factory.mktemp("case") / "consistent.json"
    dump(case, path)
    return str(path)


class TestReport:
    @pytest.mark.parametrize("lang", ["id", "en"])
    @pytest.mark.parametrize("format", ["text", "markdown", "json", "csv"])
    def test_every_format_and_language(self, format: str, lang: str) -> None:
        """Each format in each language exits 0 and writes to standard output only."""
        result = pledgekit("report", BEKASI, "--format", format, "--lang", lang)
        assert (0, "") == (result.returncode, result.stderr)
        assert result.stdout.strip()

    def test_text_in_indonesian(self) -> None:
        """The default: text, Indonesian labels and notation."""
        result = pledgekit("report", BEKASI)
        assert "Realisasi                  146.305 orang" in result.stdout
        assert "Kemajuan                   97,54 %" in result.stdout

    def test_text_in_english(self) -> None:
        """English labels and notation."""
        result = pledgekit("report", BEKASI, "--lang", "en")
        assert "Achieved                  146,305 orang" in result.stdout
        assert "Progress                  97.54 %" in result.stdout

    def test_json_against_the_case(self) -> None:
        """27,197 + 56,000 + 58,000 + 5,108 = 146,305 of 150,000; 8,276 claimed, 8,376 left."""
        report = json.loads(pledgekit("report", BEKASI, "--format", "json").stdout)
        (target,) = report["targets"]
        assert 4 == report["pledgekit_report"]
        assert (str(27197 + 56000 + 58000 + 5108), "150000") == (
            target["progress"]["achieved"],
            target["value"],
        )
        assert Fraction(146305, 150000) == Fraction(target["progress"]["ratio"])
        remainder = next(f for f in target["findings"] if f["kind"] == "remainder_mismatch")
        assert str(150000 - 141624) == remainder["computed"]

    def test_csv(self) -> None:
        """CSV in English: comma-separated, one target row, the finding rows, the pledge, the settings."""
        result = pledgekit("report", BEKASI, "--format", "csv", "--lang", "en")
        rows = list(csv.reader(io.StringIO(result.stdout)))
        assert ["target"] + ["finding"] * 7 + ["pledge", "settings"] == [row[0] for row in rows[1:]]

    def test_as_of_iso(self) -> None:
        """At 31 Dec 2021 only 2019–2021 count: 27,197 + 56,000 + 58,000 = 141,197."""
        result = pledgekit("report", BEKASI, "--format", "json", "--as-of", "2021-12-31")
        progress = json.loads(result.stdout)["targets"][0]["progress"]
        assert (str(27197 + 56000 + 58000), "2021-12-31") == (
            progress["achieved"],
            progress["as_of"],
        )
        assert ["5108"] == [o["value"] for o in progress["left_out"]]

    def test_as_of_in_indonesian(self) -> None:
        """'31 Desember 2021' is read as Indonesian officials write it."""
        result = pledgekit("report", BEKASI, "--format", "json", "--as-of", "31 Desember 2021")
        assert "2021-12-31" == json.loads(result.stdout)["targets"][0]["progress"]["as_of"]


def _json_as_of(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    """The as-of date of the JSON report that ``main`` prints for these arguments."""
    assert 0 == main(["report", BEKASI, "--format", "json", *args])
    return str(json.loads(capsys.readouterr().out)["targets"][0]["progress"]["as_of"])


class TestLocaleAndLang:
    """``--locale`` is how ``--as-of`` is read; ``--lang`` is the language of the output."""

    @pytest.mark.parametrize("lang", ["id", "en"])
    def test_lang_does_not_change_how_dates_are_read(
        self, capsys: pytest.CaptureFixture[str], lang: str
    ) -> None:
        """22/7/2022 is day/month/year (Indonesian, the default locale) in either language."""
        assert "2022-07-22" == _json_as_of(capsys, "--lang", lang, "--as-of", "22/7/2022")

    @pytest.mark.parametrize("as_of", ["7/22/2022", "July 22, 2022", "22 July 2022"])
    def test_english_dates(self, capsys: pytest.CaptureFixture[str], as_of: str) -> None:
        """With --locale en, 7/22/2022 is month/day/year and month names are English."""
        assert "2022-07-22" == _json_as_of(capsys, "--locale", "en", "--as-of", as_of)

    @pytest.mark.parametrize("as_of", ["22/7/2022", "22 Juli 2022", "Jum'at (22/7/2022)"])
    def test_indonesian_dates(self, capsys: pytest.CaptureFixture[str], as_of: str) -> None:
        """With --locale id, 22/7/2022 is day/month/year and month names are Indonesian."""
        assert "2022-07-22" == _json_as_of(capsys, "--locale", "id", "--as-of", as_of)

    @pytest.mark.parametrize("locale", ["id", "en"])
    def test_iso_in_either_locale(self, capsys: pytest.CaptureFixture[str], locale: str) -> None:
        """An ISO date reads the same in either locale."""
        assert "2022-07-22" == _json_as_of(capsys, "--locale", locale, "--as-of", "2022-07-22")

    def test_day_first_refused_in_english(self, capsys: pytest.CaptureFixture[str]) -> None:
        """22/7/2022 read month first has no month 22: exit status 2 and why."""
        assert 2 == main(["report", BEKASI, "--locale", "en", "--as-of", "22/7/2022"])
        error = capsys.readouterr().err
        assert "argument --as-of: cannot read '22/7/2022': in English notation" in error

    def test_locale_does_not_change_the_output(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--locale en alone reads the date in English and still reports in Indonesian."""
        assert 0 == main(["report", BEKASI, "--locale", "en", "--as-of", "6/30/2022"])
        out = capsys.readouterr().out
        assert "Per tanggal                30 Juni 2022" in out
        assert "Realisasi                  146.305 orang" in out

    @pytest.mark.parametrize("command", ["report", "audit"])
    def test_unknown_locale(self, capsys: pytest.CaptureFixture[str], command: str) -> None:
        """A locale that is not id or en: bad usage, exit status 2."""
        assert 2 == main([command, BEKASI, "--locale", "fr"])
        assert "argument --locale: invalid choice: 'fr'" in capsys.readouterr().err

    def test_chart_takes_a_locale(self, tmp_path: Path) -> None:
        """The chart reads --as-of in a locale too (its output language is --lang)."""
        pytest.importorskip("matplotlib")
        out = tmp_path / "bekasi.svg"
        assert 0 == main(
            ["chart", BEKASI, "-o", str(out), "--locale", "en", "--as-of", "6/30/2022"]
        )
        assert out.read_text(encoding="utf-8").startswith("<?xml")


class TestAudit:
    def test_inconsistent_case_exits_1(self) -> None:
        """The Bekasi claims do not add up: exit status 1, like a linter."""
        result = pledgekit("audit", BEKASI)
        assert 1 == result.returncode
        assert "Ringkasan: 4 kesalahan, 2 peringatan" in result.stdout

    @pytest.mark.parametrize("format", ["text", "markdown", "json", "csv"])
    def test_every_format(self, format: str) -> None:
        """Each format of the audit exits 1 on the Bekasi case."""
        result = pledgekit("audit", BEKASI, "--format", format, "--lang", "en")
        assert (1, "") == (result.returncode, result.stderr)
        assert result.stdout.strip()

    def test_consistent_case_exits_0(self, consistent_case: str) -> None:
        """A claim that matches the figures: nothing to report, exit status 0."""
        result = pledgekit("audit", consistent_case, "--lang", "en")
        assert (0, "") == (result.returncode, result.stderr)
        assert "No findings." in result.stdout
        assert "Summary: No inconsistencies." in result.stdout

    def test_report_exits_0_on_findings(self) -> None:
        """The report is the product: it exits 0 even when the audit finds something."""
        assert 0 == pledgekit("report", BEKASI).returncode


class TestChart:
    @pytest.mark.parametrize("suffix", [".png", ".svg"])
    def test_writes_the_image(self, suffix: str, tmp_path: Path) -> None:
        """A PNG of 1000 × 600 pixels, or an SVG."""
        pytest.importorskip("matplotlib")
        out = tmp_path / f"bekasi{suffix}"
        result = pledgekit("chart", BEKASI, "-o", str(out), "--lang", "en")
        assert (0, "", "") == (result.returncode, result.stdout, result.stderr)
        data = out.read_bytes()
        if suffix == ".png":
            assert (1000, 600) == struct.unpack(">II", data[16:24])
        else:
            assert b"<svg" in data

    def test_bad_suffix(self, tmp_path: Path) -> None:
        """Only .png and .svg: exit status 2 and a message, no file."""
        pytest.importorskip("matplotlib")
        out = tmp_path / "bekasi.gif"
        result = pledgekit("chart", BEKASI, "-o", str(out))
        assert 2 == result.returncode
        assert "expected a file name ending in .png or .svg" in result.stderr
        assert not out.exists()

    def test_without_matplotlib(self, tmp_path: Path) -> None:
        """Without the plot extra: exit status 2 and how to install it, no traceback."""
        code = (
            "import sys\n"
            "sys.modules['matplotlib'] = None  # as if it were not installed\n"
            "from pledgekit.cli import main\n"
            f"sys.exit(main(['chart', {BEKASI!r}, '-o', {str(tmp_path / 'x.png')!r}]))\n"
        )
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=False
        )
        assert 2 == result.returncode
        assert "pip install 'pledgekit[plot]'" in result.stderr
        assert "Traceback" not in result.stderr

    def test_output_is_required(self) -> None:
        """The chart command without -o is bad usage."""
        assert 2 == pledgekit("chart", BEKASI).returncode


class TestValidateAndSchema:
    def test_validate(self) -> None:
        """A good file: exit status 0 and what it holds."""
        result = pledgekit("validate", BEKASI)
        assert 0 == result.returncode
        assert f"{BEKASI}: a valid case: 1 target, 4 figures, 3 claims\n" == result.stdout

    DATED = """\
pledgekit_case = 1
title = "Dates"

[[indicators]]
id = "jobs"
name = "Jobs"
unit = "orang"
direction = "increase"
accumulation = "sum"

[[targets]]
id = "jobs-100"
indicator = "jobs"
value = 100
period = "2019..2023"

[[claims]]
kind = "achieved"
value = 70
as_of = 2022-06-30
stated_on = 2022-07-22
dateline = "{dateline}"
"""

    def validate(
        self, tmp_path: Path, dateline: str, capsys: pytest.CaptureFixture[str]
    ) -> tuple[int, str]:
        """Validate the dated case with this dateline: (exit status, standard output)."""
        path = tmp_path / "dated.toml"
        path.write_text(self.DATED.format(dateline=dateline), encoding="utf-8")
        status = main(["validate", str(path)])
        return status, capsys.readouterr().out.replace(str(path), "dated.toml")

    def test_wrong_weekday_is_a_warning(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A dateline whose weekday does not match its date is a warning; the status stays 0."""
        status, out = self.validate(tmp_path, "Kamis (22/7/2022)", capsys)
        assert 0 == status
        first, second = out.splitlines()
        assert "dated.toml: a valid case: 1 target, 0 figures, 1 claim, 1 warning" == first
        # 22 July 2022 was a Friday (Jumat), not a Thursday (Kamis).
        assert second.startswith(
            "  warning: claims[0].dateline: cannot read 'Kamis (22/7/2022)': it names Kamis "
            "(Thursday), but 22 July 2022 was a Friday (Jumat)"
        )

    def test_impossible_dateline_is_a_warning(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A dateline naming a day that does not exist (31 June) is a warning."""
        status, out = self.validate(tmp_path, "Jumat (31/6/2022)", capsys)
        assert 0 == status
        assert "day is out of range for month" in out.splitlines()[1]

    def test_dateline_of_another_day(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A dateline that reads as another day than stated_on is a warning."""
        status, out = self.validate(tmp_path, "Kamis (21/7/2022)", capsys)
        assert (
            0,
            [
                "dated.toml: a valid case: 1 target, 0 figures, 1 claim, 1 warning",
                "  warning: claims[0].dateline: 'Kamis (21/7/2022)' reads 2022-07-21, but the "
                "claim was stated on 2022-07-22",
            ],
        ) == (status, out.splitlines())

    def test_consistent_dateline(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A dateline that holds gives no warning."""
        status, out = self.validate(tmp_path, "Jumat (22/7/2022)", capsys)
        assert (0, "dated.toml: a valid case: 1 target, 0 figures, 1 claim\n") == (status, out)

    def test_schema(self) -> None:
        """The JSON Schema of case files, as JSON."""
        result = pledgekit("schema")
        assert 0 == result.returncode
        schema = json.loads(result.stdout)
        assert "https://json-schema.org/draft/2020-12/schema" == schema["$schema"]


class TestBadInput:
    def test_bad_file(self, tmp_path: Path) -> None:
        """A file that is not TOML: exit status 2, the loader's message, no traceback."""
        bad = tmp_path / "bad.toml"
        bad.write_text('title = "unclosed\n', encoding="utf-8")
        for command in ("report", "audit", "validate"):
            result = pledgekit(command, str(bad))
            assert (2, "") == (result.returncode, result.stdout)
            assert result.stderr.startswith(f"pledgekit: error: {bad}: line 1")
            assert "Traceback" not in result.stderr

    def test_missing_file(self, tmp_path: Path) -> None:
        """A file that is not there: exit status 2 and its name."""
        result = pledgekit("report", str(tmp_path / "nowhere.toml"))
        assert 2 == result.returncode
        assert "nowhere.toml" in result.stderr
        assert "Traceback" not in result.stderr

    def test_bad_date(self) -> None:
        """An --as-of that is no date: exit status 2 and why."""
        result = pledgekit("report", BEKASI, "--as-of", "31/13/2022")
        assert 2 == result.returncode
        assert "argument --as-of: cannot read '31/13/2022'" in result.stderr

    @pytest.mark.parametrize(
        "args",
        [
            (),
            ("frobnicate",),
            ("report",),
            ("report", BEKASI, "--format", "xml"),
            ("report", BEKASI, "--lang", "fr"),
        ],
    )
    def test_bad_usage(self, args: tuple[str, ...]) -> None:
        """No command, an unknown one, a missing file, a bad choice: exit status 2."""
        result = pledgekit(*args)
        assert 2 == result.returncode
        assert "usage: pledgekit" in result.stderr

    def test_choice_checked_into_its_literal(self) -> None:
        """An option's string is narrowed to the choice it equals; another is a usage error."""
        assert ("markdown", "en") == cli._output(argparse.Namespace(format="markdown", lang="en"))
        assert ("text", "id") == cli._output(argparse.Namespace(lang="id"))  # a chart
        with pytest.raises(cli._UsageError, match="argument --format: got 'pdf'"):
            cli._output(argparse.Namespace(format="pdf", lang="id"))

    def test_help(self) -> None:
        """--help exits 0 and names the commands."""
        result = pledgekit("--help")
        assert 0 == result.returncode
        for command in ("report", "audit", "chart", "validate", "schema"):
            assert command in result.stdout


class TestMain:
    def test_main_returns_the_status(self, capsys: pytest.CaptureFixture[str]) -> None:
        """main() returns the exit status instead of exiting."""
        assert 1 == main(["audit", BEKASI, "--format", "json"])
        assert "total_mismatch" in capsys.readouterr().out

    def test_usage_error_is_returned(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Bad usage is returned as 2, not raised as SystemExit."""
        assert 2 == main(["report"])
        assert "the following arguments are required: FILE" in capsys.readouterr().err

    def test_a_bug_is_status_three_with_its_traceback(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A fault inside pledgekit exits 3 (not 1, "inconsistencies"), with the traceback."""
        from pledgekit import cli

        def broken(*args: object) -> int:
            raise RuntimeError("broken on purpose")

        monkeypatch.setattr(cli, "_run", broken)
        assert cli.EXIT_INTERNAL == main(["report", BEKASI]) == 3
        err = capsys.readouterr().err
        assert "RuntimeError: broken on purpose" in err
        assert "internal error: this is a bug in pledgekit" in err
