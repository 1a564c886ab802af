"""How another project property-tests its own target arithmetic with pledgekit.strategies.

Suppose a dashboard shows "jobs still needed per month" for each pledge. It writes its
own small function on top of pledgekit, and tests it against properties that must hold
for *every* valid target and series, not just the examples its authors thought of.

Run: python examples/downstream_property_test.py   (or collect it with pytest)
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from pledgekit import MEAN_MONTH_DAYS, Observation, Target, progress
from pledgekit.strategies import observations, targets

# -- The downstream project's own code ------------------------------------------------


def still_needed_per_month(
    target: Target, series: list[Observation], today: dt.date
) -> Fraction | None:
    """What must still be done per (mean Gregorian) month to meet the target on time.

    ``None`` once the deadline has passed without the target met; 0 when it is met.
    """
    state = progress(target, series, as_of=today)
    if state.is_met:
        return Fraction(0)
    days_left = (target.period.end - today).days
    if days_left <= 0:
        return None
    return Fraction(state.shortfall) / days_left * MEAN_MONTH_DAYS


# -- Its property tests ----------------------------------------------------------------

# Real series bring figures outside the target period or straddling its ends, and
# overlapping or repeated figures: the dashboard must survive them too.
target_with_series = targets().flatmap(
    lambda t: st.tuples(st.just(t), observations(t, outside=True, overlapping=True))
)


@given(target_with_series, st.data())
def test_never_negative(case: tuple[Target, tuple[Observation, ...]], data: st.DataObject) -> None:
    """Nothing is ever 'needed' below zero."""
    target, series = case
    today = data.draw(st.dates(target.period.start, target.period.end))
    needed = still_needed_per_month(target, list(series), today)
    assert needed is None or needed >= 0


@given(target_with_series)
def test_zero_exactly_when_met(case: tuple[Target, tuple[Observation, ...]]) -> None:
    """Zero is needed exactly when the target is already met."""
    target, series = case
    today = target.period.start
    needed = still_needed_per_month(target, list(series), today)
    met = progress(target, series, as_of=today).is_met
    assert (needed == 0) == met


@given(target_with_series)
def test_agrees_with_pledgekit(case: tuple[Target, tuple[Observation, ...]]) -> None:
    """Before the deadline it agrees with pledgekit's own required_per_month."""
    target, series = case
    today = target.period.start
    state = progress(target, series, as_of=today)
    if state.days_left > 0:
        assert state.required_per_month == still_needed_per_month(target, list(series), today)


if __name__ == "__main__":
    for test in (test_never_negative, test_zero_exactly_when_met, test_agrees_with_pledgekit):
        test()
        print(f"held: {test.__doc__}")
