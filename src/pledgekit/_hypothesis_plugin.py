"""Register pledgekit's strategies with Hypothesis, so ``st.from_type`` knows its classes.

Hypothesis calls :func:`_hypothesis_setup_hook` through the ``hypothesis`` entry-point
group when it is imported in an environment where pledgekit is installed. The hook
imports nothing from :mod:`pledgekit.strategies` until a strategy is first asked for:
importing it while Hypothesis itself is still being imported would be circular.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pledgekit

__all__ = ["_hypothesis_setup_hook"]


def _lazy(name: str) -> Callable[[type], Any]:
    def resolve(thing: type) -> Any:
        from pledgekit import strategies

        return getattr(strategies, name)()

    return resolve


def _observations(thing: type) -> Any:
    from pledgekit import strategies

    return strategies.targets().flatmap(
        lambda target: strategies.observations(target, min_size=1).map(lambda series: series[0])
    )


def _claims(thing: type) -> Any:
    from pledgekit import strategies

    return strategies.targets().flatmap(strategies.claims)


#: Each public class and the strategy that builds it.
_REGISTRY: dict[type, Callable[[type], Any]] = {
    pledgekit.Case: _lazy("cases"),
    pledgekit.Claim: _claims,
    pledgekit.Indicator: _lazy("indicators"),
    pledgekit.Membership: _lazy("memberships"),
    pledgekit.Observation: _observations,
    pledgekit.Period: _lazy("periods"),
    pledgekit.Plan: _lazy("plans"),
    pledgekit.Pledge: _lazy("pledges"),
    pledgekit.Source: _lazy("sources"),
    pledgekit.Target: _lazy("targets"),
}


def _hypothesis_setup_hook() -> None:
    """Register a strategy for every public pledgekit class that has one."""
    from hypothesis import strategies as st

    for cls, resolve in _REGISTRY.items():
        st.register_type_strategy(cls, resolve)
