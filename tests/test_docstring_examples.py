"""Every public class shows what it is for in a runnable example of its own docstring."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from types import ModuleType

import pledgekit

#: Public classes that have no example of their own yet, by qualified name. Each one
#: that gets an example must leave this set (the second test says so).
_NOT_YET = frozenset(
    {
        "pledgekit._case.Assessment",
        "pledgekit._case.Case",
        "pledgekit._case.ClaimLevel",
        "pledgekit._case.TargetAssessment",
        "pledgekit._pledge.ClaimKind",
        "pledgekit._pledge.RateUnit",
        "pledgekit._pledges.LeftOut",
        "pledgekit._pledges.LeftOutReason",
        "pledgekit._pledges.MilestoneAssessment",
        "pledgekit._pledges.MilestoneState",
        "pledgekit._pledges.MissingFigure",
        "pledgekit._pledges.PledgeAssessment",
        "pledgekit._pledges.PledgeRule",
        "pledgekit._progress.PaceStatus",
        "pledgekit._progress.Progress",
        "pledgekit._verdict.PledgeStanding",
        "pledgekit._verdict.PledgeStatus",
        "pledgekit._verdict.Verdict",
        "pledgekit._verdict.VerdictProblem",
    }
)


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
    """Each exported class outside ``_NOT_YET`` has a ``>>>`` example in its own docstring."""
    missing = sorted(
        name
        for name, cls in _public_classes().items()
        if name not in _NOT_YET and not _has_example(cls)
    )
    assert [] == missing


def test_not_yet_lists_only_public_classes_still_without_an_example() -> None:
    """Every name in ``_NOT_YET`` is an exported class that still lacks an example."""
    found = _public_classes()
    stale = sorted(name for name in _NOT_YET if name not in found or _has_example(found[name]))
    assert [] == stale
