"""The reference's Griffe extension (``tools/griffe_pledgekit.py``) renders what is true.

The reference shows each attrs class with the ``__init__`` the extension builds from
``attrs.fields``; these tests hold it to the signature Python itself reports for the
class, parameter by parameter (name, kind, whether it has a default), for every public
class. The doctest fencing is checked on hand-written docstrings.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import sys
from pathlib import Path
from types import ModuleType

import attrs
import pytest

griffe = pytest.importorskip("griffe", reason="griffe comes with the docs and test extras")

ROOT = Path(__file__).resolve().parent.parent


def _extension() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "griffe_pledgekit", ROOT / "tools" / "griffe_pledgekit.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("griffe_pledgekit", module)
    spec.loader.exec_module(module)
    return module


EXTENSION = _extension()
PACKAGE = griffe.load(
    "pledgekit",
    search_paths=[str(ROOT / "src")],
    resolve_aliases=True,
    extensions=griffe.load_extensions(EXTENSION.PledgekitReference),
)
MODULES = (
    "pledgekit",
    "pledgekit.io",
    "pledgekit.report",
    "pledgekit.table",
    "pledgekit.text",
    "pledgekit.verdicts",
    "pledgekit.methods.permendagri86",
    "pledgekit.methods.sakip",
    "pledgekit.methods.sdg",
    "pledgekit.messages",
)


def _attrs_classes() -> list[tuple[str, str]]:
    found = []
    for module in MODULES:
        runtime = importlib.import_module(module)
        for name in runtime.__all__:
            value = getattr(runtime, name)
            if inspect.isclass(value) and attrs.has(value):
                found.append((module, name))
    return found


CLASSES = _attrs_classes()


def test_there_are_attrs_classes_to_check() -> None:
    assert len(CLASSES) > 50


@pytest.mark.parametrize(("module", "name"), CLASSES, ids=[f"{m}.{n}" for m, n in CLASSES])
def test_the_rendered_init_is_the_real_signature(module: str, name: str) -> None:
    """Names, kinds and which parameters are required: as ``inspect.signature`` says."""
    obj = PACKAGE
    for part in f"{module}.{name}".split(".")[1:]:
        obj = obj.members[part]
        if obj.is_alias:
            obj = obj.final_target
    rendered = [
        (p.name, p.kind.value, p.default is None)
        for p in obj.members["__init__"].parameters
        if p.name != "self"
    ]
    real = inspect.signature(getattr(importlib.import_module(module), name))
    kinds = {
        inspect.Parameter.POSITIONAL_OR_KEYWORD: "positional or keyword",
        inspect.Parameter.KEYWORD_ONLY: "keyword-only",
    }
    expected = [
        (p.name, kinds[p.kind], p.default is inspect.Parameter.empty)
        for p in real.parameters.values()
    ]
    assert rendered == expected


class TestFencing:
    def test_a_doctest_run_is_fenced_as_pycon(self) -> None:
        text = "Text.\n\n>>> 1 + 1\n2\n\nMore text."
        assert EXTENSION._fence_doctests(text) == (
            "Text.\n\n```pycon\n>>> 1 + 1\n2\n```\n\nMore text."
        )

    def test_an_indented_run_keeps_its_indent(self) -> None:
        text = "Args:\n    x: a number.\n\n        >>> x = 1\n"
        assert EXTENSION._fence_doctests(text) == (
            "Args:\n    x: a number.\n\n        ```pycon\n        >>> x = 1\n        ```\n"
        )

    def test_a_fenced_block_is_left_alone(self) -> None:
        text = "```python\n>>> 1\n1\n```"
        assert EXTENSION._fence_doctests(text) == text

    def test_output_that_looks_like_a_link_stays_in_the_block(self) -> None:
        text = ">>> [('line 3', '')]\n[('line 3', '')]"
        assert EXTENSION._fence_doctests(text) == (
            "```pycon\n>>> [('line 3', '')]\n[('line 3', '')]\n```"
        )
