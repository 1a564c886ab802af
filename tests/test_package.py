"""Tests for the package's public face: exports, lightness of import, typing marker."""

from __future__ import annotations

import importlib.resources
import subprocess
import sys

import pledgekit


class TestPublicFace:
    def test_all_is_sorted_and_complete(self) -> None:
        """__all__ is sorted and every name in it exists."""
        assert sorted(pledgekit.__all__) == pledgekit.__all__
        for name in pledgekit.__all__:
            assert hasattr(pledgekit, name), name

    def test_import_is_light(self) -> None:
        """Import pledgekit loads neither hypothesis, matplotlib nor pandas."""
        code = (
            "import sys, pledgekit; "
            "print(sorted(m for m in ('hypothesis', 'matplotlib', 'pandas') if m in sys.modules))"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert "[]" == out.stdout.strip()

    def test_typed(self) -> None:
        """The package ships its py.typed marker."""
        assert importlib.resources.files("pledgekit").joinpath("py.typed").is_file()


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return done.stdout.strip()


class TestLazyFace:
    def test_import_loads_the_arithmetic_only(self) -> None:
        """Importing pledgekit loads neither the audit, the case, io nor dateutil's parser."""
        code = (
            "import sys, pledgekit; heavy = ('pledgekit._audit', 'pledgekit._case', "
            "'pledgekit.io', 'pledgekit.methods', 'pledgekit.text', 'dateutil.parser'); "
            "print(sorted(m for m in heavy if m in sys.modules))"
        )
        assert "[]" == _run(code)

    def test_every_name_imports_from_a_fresh_interpreter(self) -> None:
        """Importing X from pledgekit works for every X of __all__: its module's object."""
        code = (
            "import importlib, pledgekit\n"
            "for name in pledgekit.__all__:\n"
            "    exec(f'from pledgekit import {name} as got')\n"
            "    module = pledgekit._LAZY.get(name)\n"
            "    if module is not None:\n"
            "        assert got is getattr(importlib.import_module(module), name), name\n"
            "print('ok')"
        )
        assert "ok" == _run(code)

    def test_star_import(self) -> None:
        """A star import from pledgekit binds every name of __all__."""
        code = (
            "from pledgekit import *\nimport pledgekit\n"
            "bound = set(dir())\nprint(set(pledgekit.__all__) <= bound)"
        )
        assert "True" == _run(code)

    def test_the_lazy_names_complete_the_face(self) -> None:
        """Every name of __all__ is bound at import or listed as lazy, and no other is lazy."""
        bound = {n for n in pledgekit.__all__ if n in vars(pledgekit)} - set(pledgekit._LAZY)
        assert set(pledgekit.__all__) == bound | set(pledgekit._LAZY)
        assert set(pledgekit._LAZY) <= set(pledgekit.__all__)

    def test_submodules_as_attributes(self) -> None:
        """pledgekit.methods and pledgekit.io are reachable after import pledgekit alone."""
        code = (
            "import pledgekit\n"
            "print(pledgekit.methods.permendagri86.__name__, pledgekit.io.load.__name__)"
        )
        assert "pledgekit.methods.permendagri86 load" == _run(code)

    def test_unknown_name(self) -> None:
        """A name the package does not have raises AttributeError (ImportError from import)."""
        code = (
            "import pledgekit\n"
            "try:\n    pledgekit.Nope\nexcept AttributeError as e:\n    print(e)\n"
            "try:\n    from pledgekit import Nope\nexcept ImportError:\n    print('ImportError')"
        )
        assert "module 'pledgekit' has no attribute 'Nope'\nImportError" == _run(code)

    def test_dir_lists_the_face(self) -> None:
        """dir(pledgekit) lists every name of __all__, loaded or not, and the submodules."""
        listed = dir(pledgekit)
        assert set(pledgekit.__all__) | {"io", "methods"} <= set(listed)
