"""Small attrs validators shared by the domain classes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pledgekit.exceptions import InvalidValueError

__all__ = ["instance_of", "optional_text", "required_text"]

Validator = Callable[[Any, Any, Any], None]


def required_text(where: str) -> Validator:
    """A validator for a non-blank string."""

    def check(instance: object, attribute: object, value: object) -> None:
        if not isinstance(value, str) or not value.strip():
            raise InvalidValueError(value, "a non-empty string", where)

    return check


def optional_text(where: str) -> Validator:
    """A validator for ``None`` or a string."""

    def check(instance: object, attribute: object, value: object) -> None:
        if value is not None and not isinstance(value, str):
            raise InvalidValueError(value, "a string or None", where)

    return check


def instance_of(kind: type | tuple[type, ...], where: str, expected: str) -> Validator:
    """A validator for an instance of ``kind`` (``bool`` never counts as ``int``)."""

    def check(instance: object, attribute: object, value: object) -> None:
        if not isinstance(value, kind) or (isinstance(value, bool) and bool not in _as_tuple(kind)):
            raise InvalidValueError(value, expected, where)

    return check


def _as_tuple(kind: type | tuple[type, ...]) -> tuple[type, ...]:
    return kind if isinstance(kind, tuple) else (kind,)
