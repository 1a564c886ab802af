"""Every public class shows what it is for in a runnable example of its own docstring."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from types import ModuleType

import pledgekit


def _public_modules() -> list[ModuleType]:
    """The package itself and every module under it whose path has no private part."""
    modules = [pledgekit]
    for info in pkgutil.walk_packages(pledgekit.__path__, "pledgekit."):
        if any(part.startswith("_") for part in info.name.split(".")):
            continue
        modules.append(importlib.import_module(info.name))
    return modules


def _public_classes() -> dict[str, type]:
    """Every class a public module exports in its ``__all__``, by qualified name."""
    found: dict[str, type] = {}
    for module in _public_modules():
        for name in getattr(module, "__all__", ()):
            value = getattr(module, name)
            if inspect.isclass(value):
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return found


def _has_example(cls: type) -> bool:
    """Whether the class's own docstring (not one it inherits) holds a ``>>>`` example."""
    own = cls.__dict__.get("__doc__")
    return isinstance(own, str) and ">>>" in own


def test_the_walk_finds_classes_of_every_floor() -> None:
    """The walk reaches classes exported by the package face and by public subpackages."""
    found = _public_classes()
    expected = {
        "pledgekit._indicator.Target",
        "pledgekit.exceptions.PledgekitError",
        "pledgekit.methods.sakip.SakipGrade",
        "pledgekit.methods._permendagri86_bands.Predikat",
        "pledgekit.table._table_result.TableResult",
    }
    assert expected <= set(found)


def test_every_public_class_has_an_example() -> None:
    """Each exported class has a ``>>>`` example in its own docstring."""
    missing = sorted(name for name, cls in _public_classes().items() if not _has_example(cls))
    assert [] == missing
