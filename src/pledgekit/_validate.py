"""Small attrs validators shared by the domain classes."""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from pledgekit.exceptions import InvalidValueError

__all__ = [
    "cut_words",
    "enum_member",
    "identifier",
    "instance_of",
    "optional_identifier",
    "optional_text",
    "required_text",
    "slug",
    "to_tuple",
]

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
        if type(value) is kind:  # the common case, and never a bool refused
            return
        if not isinstance(value, kind) or (isinstance(value, bool) and bool not in _as_tuple(kind)):
            raise InvalidValueError(value, expected, where)

    return check


_E = TypeVar("_E", bound=enum.Enum)


def enum_member(kind: type[_E], value: object, where: str, also: str = "") -> _E:
    """The member of ``kind`` given, or the one named by its value; else a clear error.

    >>> from pledgekit import Straddling
    >>> enum_member(Straddling, "include", "straddling")
    <Straddling.INCLUDE: 'include'>
    >>> enum_member(Straddling, "half", "straddling")
    Traceback (most recent call last):
    ...
    pledgekit.exceptions.InvalidValueError: straddling: got 'half' (str); expected a Straddling, 'exclude' or 'include'
    """
    if isinstance(value, kind):
        return value
    for member in kind:
        if value == member.value:
            return member
    names = " or ".join(repr(m.value) for m in kind)
    raise InvalidValueError(value, f"{also}a {kind.__name__}, {names}", where)


def _as_tuple(kind: type | tuple[type, ...]) -> tuple[type, ...]:
    return kind if isinstance(kind, tuple) else (kind,)


_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")
_WORD = re.compile(r"[a-z0-9]+")


def slug(text: object, limit: int = 100) -> str:
    """Make an identifier from text: ASCII letters and digits joined by hyphens.

    At most ``limit`` characters, cut after the last whole word that fits: a word is
    never cut, unless the first word alone is longer than ``limit``.

    >>> slug("Tenaga kerja terserap (orang)")
    'tenaga-kerja-terserap-orang'
    >>> slug("Tenaga kerja terserap (orang)", 20)
    'tenaga-kerja'
    """
    if not isinstance(text, str):  # a default computed before the validators refuse the field
        return "item"
    # ASCII text is its own NFKD form with nothing to drop.
    ascii_text = (
        text
        if text.isascii()
        else unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    )
    words = _WORD.findall(ascii_text.lower())
    return cut_words("-".join(words), limit) or "item"


def cut_words(text: str, limit: int) -> str:
    """``text`` (words joined by hyphens) cut to ``limit`` characters at a hyphen.

    >>> cut_words("menyerap-tenaga-kerja", 16), cut_words("menyerap-tenaga-kerja", 15)
    ('menyerap-tenaga', 'menyerap-tenaga')
    >>> cut_words("abcdefgh", 4)   # one word longer than the limit: cut, there is no other way
    'abcd'
    """
    if len(text) <= limit:
        return text
    head = text[: limit + 1]
    if head.endswith("-"):
        return head[:-1]
    at = head.rfind("-")
    return head[:at] if at > 0 else text[:limit]


def identifier(where: str) -> Validator:
    """A validator for an identifier: letters, digits, '.', '_' and '-', starting alphanumeric."""

    def check(instance: object, attribute: object, value: object) -> None:
        if not isinstance(value, str) or not _ID.fullmatch(value):
            raise InvalidValueError(
                value,
                "an identifier of letters, digits, '.', '_' or '-' (at most 100, starting "
                "with a letter or digit)",
                where,
            )

    return check


def optional_identifier(where: str) -> Validator:
    """A validator for ``None`` or an identifier (see `identifier`)."""
    check_id = identifier(where)

    def check(instance: object, attribute: object, value: object) -> None:
        if value is not None:
            check_id(instance, attribute, value)

    return check


def to_tuple(value: object, kind: type, where: str, expected: str) -> tuple[Any, ...]:
    """Turn any iterable of ``kind`` into a tuple, naming ``where`` when it is not one."""
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise InvalidValueError(value, f"a sequence of {expected}", where)
    items = tuple(value)
    for index, item in enumerate(items):
        if not isinstance(item, kind) or isinstance(item, bool):
            raise InvalidValueError(item, expected, f"{where}[{index}]")
    return items
