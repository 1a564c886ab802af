"""Shared test configuration: Hypothesis profiles chosen by HYPOTHESIS_PROFILE."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# "ci" digs deeper; "dev" keeps the edit-test loop quick. CI sets CI=true. 50 examples
# keep the whole CI run within its 15 minutes on two cores (the suite has grown: 200
# took it past 20); a deeper run sets a larger max_examples here.
settings.register_profile(
    "ci", max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=30, deadline=None)
# Mutation testing runs the suite many times in one process, each test method on new
# instances; no example database, so that one mutant's failures do not steer the next.
settings.register_profile(
    "mutation",
    max_examples=30,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.differing_executors, HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))
