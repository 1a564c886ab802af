"""Checks of the arguments the published methods share: a year and a direction.

Each check returns the value unchanged when it is well formed and raises
[`InvalidValueError`][pledgekit.InvalidValueError] naming ``where`` otherwise.
"""

from __future__ import annotations

from pledgekit._indicator import Direction
from pledgekit.exceptions import InvalidValueError

__all__ = ["direction_argument", "year_argument"]


def year_argument(value: object, where: str) -> int:
    """``value`` when it is a year from 1 to 9999 (an ``int``, not a ``bool``).

    >>> year_argument(2030, "target_year")
    2030
    >>> year_argument(True, "target_year")
    Traceback (most recent call last):
    ...
    pledgekit.exceptions.InvalidValueError: target_year: got True (bool); expected a year from 1 to 9999
    """
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 9999:
        raise InvalidValueError(value, "a year from 1 to 9999", where)
    return value


def direction_argument(value: object, where: str) -> Direction:
    """``value`` when it is a [`pledgekit.Direction`][pledgekit.Direction].

    >>> direction_argument(Direction.INCREASE, "direction")
    <Direction.INCREASE: 'increase'>
    """
    if not isinstance(value, Direction):
        raise InvalidValueError(value, "a pledgekit.Direction", where)
    return value
