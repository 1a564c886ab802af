"""The floors of the package hold as ``.importlinter`` declares them, and the contract bites."""

from __future__ import annotations

import ast
import configparser
import inspect
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import pledgekit
from pledgekit import _verdict, _version, verdicts

ROOT = Path(__file__).parent.parent
CONTRACT = ROOT / ".importlinter"
PACKAGE = ROOT / "src" / "pledgekit"

_LINT_IMPORTS = (
    "import sys; from importlinter.cli import lint_imports_command; "
    "sys.exit(lint_imports_command())"
)


@pytest.fixture(scope="module")
def importlinter() -> None:
    """import-linter is in the test extra; without it only the contract's own run is lost."""
    pytest.importorskip(
        "importlinter", reason="import-linter is not installed: pip install -e '.[test]'"
    )


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    """Run ``lint-imports`` on the package under ``root/src`` with ``root``'s contract."""
    return subprocess.run(
        [sys.executable, "-c", _LINT_IMPORTS, "--no-cache", "--no-logo", ".importlinter"],
        cwd=root,
        env=dict(os.environ, PYTHONPATH=str(root / "src")),
        capture_output=True,
        text=True,
        check=False,
    )


def _copy(tmp_path: Path) -> Path:
    """A copy of the package and its contract in ``tmp_path``, to break on purpose."""
    shutil.copytree(
        PACKAGE, tmp_path / "src" / "pledgekit", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(CONTRACT, tmp_path / ".importlinter")
    return tmp_path


def _append(root: Path, module: str, code: str) -> None:
    path = root / "src" / "pledgekit" / module
    with path.open("a", encoding="utf-8") as file:
        file.write("\n\n" + code)


@pytest.mark.usefixtures("importlinter")
class TestContract:
    def test_the_package_keeps_its_floors(self) -> None:
        """lint-imports passes on the package as it is: both contracts kept."""
        result = lint_imports(ROOT)
        assert (0, "Contracts: 2 kept, 0 broken.") == (
            result.returncode,
            result.stdout.strip().splitlines()[-1],
        ), result.stdout + result.stderr

    @pytest.mark.parametrize(
        ("module", "code", "broken"),
        [
            # An eager import of a higher floor: indicators (3) reading the audit (6).
            (
                "_indicator.py",
                "from pledgekit import _audit\n",
                "pledgekit._indicator is not allowed to import pledgekit._audit",
            ),
            # A lazy one counts too: amounts (2) reaching for the report (8) in a function.
            (
                "_amounts.py",
                "def _later() -> None:\n    from pledgekit.report import render\n",
                "pledgekit._amounts is not allowed to import pledgekit.report",
            ),
            # Independent siblings on the outputs' floor: the chart does not read the report.
            (
                "chart/__init__.py",
                "from pledgekit import report\n",
                "pledgekit.chart is not allowed to import pledgekit.report",
            ),
            # The package face imports everything, so only an entry point may import it.
            ("_pledge.py", "import pledgekit\n", "- pledgekit._pledge -> pledgekit (l."),
        ],
        ids=["eager", "lazy", "siblings", "face"],
    )
    def test_an_upward_import_breaks_it(
        self, tmp_path: Path, module: str, code: str, broken: str
    ) -> None:
        """One import added against the floors: lint-imports fails and names it."""
        root = _copy(tmp_path)
        _append(root, module, code)
        result = lint_imports(root)
        assert 1 == result.returncode, result.stdout + result.stderr
        assert broken in result.stdout

    def test_a_new_module_must_name_its_floor(self, tmp_path: Path) -> None:
        """The contract is exhaustive: a module no floor lists breaks it."""
        root = _copy(tmp_path)
        (root / "src" / "pledgekit" / "_stray.py").write_text('"""Stray."""\n', encoding="utf-8")
        result = lint_imports(root)
        assert 1 == result.returncode
        assert (
            "The following modules are not listed as layers:\n\n- pledgekit._stray" in result.stdout
        )


def _ignored_imports() -> list[tuple[str, str]]:
    """The imports the floors contract ignores, as (importer, imported) pairs."""
    config = configparser.ConfigParser()
    config.read(CONTRACT, encoding="utf-8")
    lines = config["importlinter:contract:floors"]["ignore_imports"].split("\n")
    pairs = [line.split("->") for line in lines if line.strip()]
    return [(importer.strip(), imported.strip()) for importer, imported in pairs]


def _imports_outside_repr_html(source: str, imported: str) -> list[int]:
    """The lines of ``source`` that import ``imported`` outside a ``_repr_html_`` method."""
    parent, _, name = imported.rpartition(".")
    found: list[int] = []

    def visit(node: ast.AST, inside: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                visit(child, inside or child.name == "_repr_html_")
                continue
            if isinstance(child, ast.Import):
                hit = any(alias.name == imported for alias in child.names)
            elif isinstance(child, ast.ImportFrom):
                hit = child.module == imported or (
                    child.module == parent and any(alias.name == name for alias in child.names)
                )
            else:
                hit = False
            if hit and not inside:
                found.append(child.lineno)
            visit(child, inside)

    visit(ast.parse(source), inside=False)
    return found


class TestDeclaredException:
    def test_only_the_report_is_ignored(self) -> None:
        """The one declared exception: a module importing the report, nothing else."""
        pairs = _ignored_imports()
        assert [
            ("pledgekit._case", "pledgekit.report"),
            ("pledgekit._pledge", "pledgekit.report"),
            ("pledgekit._progress", "pledgekit.report"),
        ] == sorted(pairs)

    @pytest.mark.parametrize("pair", _ignored_imports(), ids=lambda pair: pair[0])
    def test_only_inside_repr_html(self, pair: tuple[str, str]) -> None:
        """Each ignored import stands inside a _repr_html_ and nowhere else in its module."""
        importer, imported = pair
        path = PACKAGE.parent / (importer.replace(".", "/") + ".py")
        assert [] == _imports_outside_repr_html(path.read_text(encoding="utf-8"), imported)

    def test_the_check_bites(self) -> None:
        """An import of the report outside _repr_html_ is found, in any of its spellings."""
        source = (
            "from pledgekit import report\n"
            "import pledgekit.report\n"
            "class Thing:\n"
            "    def _repr_html_(self):\n"
            "        from pledgekit import report\n"
            "    def render(self):\n"
            "        from pledgekit.report import render\n"
        )
        assert [1, 2, 7] == _imports_outside_repr_html(source, "pledgekit.report")


class TestFaces:
    def test_verdicts_re_exports_the_verdict_types(self) -> None:
        """pledgekit.verdicts is the public face of _verdict: every public name, the same objects."""
        defined_there = sorted(
            name
            for name, value in vars(_verdict).items()
            if not name.startswith("_")
            and not inspect.ismodule(value)
            and getattr(value, "__module__", _verdict.__name__) == _verdict.__name__
        )
        assert defined_there == verdicts.__all__
        assert all(getattr(_verdict, name) is getattr(verdicts, name) for name in verdicts.__all__)

    @pytest.mark.parametrize("name", ["Verdict", "VerdictHistory", "VerdictRecord", "VerdictRules"])
    def test_verdict_types_at_the_top(self, name: str) -> None:
        """The verdict types users need are exported by the package too."""
        assert name in pledgekit.__all__
        assert getattr(verdicts, name) is getattr(pledgekit, name)

    def test_version(self) -> None:
        """The package's version is the one _version holds, which modules below the face read."""
        assert _version.__version__ == pledgekit.__version__
