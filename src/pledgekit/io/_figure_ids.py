"""Which indicator a row of a table of figures is about: by id or name, within its group.

A national table names the same indicator ids in every region (``R001,IK001,...``,
``R002,IK001,...``); each region's indicator is its own [`Indicator`][pledgekit.Indicator], whose id
is the group's and the indicator's joined by `GROUP_SEPARATOR`:
``R001.IK001``. A row with a group is read within it; a row's cell may also hold the
whole id. Nothing is guessed: a cell that could mean two indicators is a problem, as
is one that means none, with the nearest id of the group as a hint.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping

from pledgekit._indicator import Indicator
from pledgekit.io._values import Reader

__all__ = ["GROUP_SEPARATOR", "IndicatorIndex"]

#: What joins a group's id and an indicator's id within it into the indicator's own id:
#: the indicator ``IK001`` of the region ``R001`` is the one whose id is ``R001.IK001``.
#: A point, because an id holds letters, digits, ``.``, ``_`` and ``-`` only, and a point
#: already joins the parts of the codes groups have, such as ``32.75`` (Kota Bekasi's).
GROUP_SEPARATOR = "."
# A group's id: the characters of an indicator's id, starting with a letter or a digit.
_GROUP = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
# How many ids of the group a message lists.
_LISTED = 20


class IndicatorIndex:
    """The indicators a table's rows may name, by id and by name."""

    def __init__(self, indicators: Mapping[str, Indicator]) -> None:
        self.by_id = indicators
        names: dict[str, list[Indicator]] = {}
        for indicator in indicators.values():
            names.setdefault(indicator.name, []).append(indicator)
        self.by_name = names
        # The ids within each group (each prefix of an id that ends before a point),
        # found when a message first needs them.
        self._groups: dict[str, list[str]] | None = None

    def find(self, text: str | None, reader: Reader) -> Indicator | None:
        """A row's indicator, by id or name; the only one given when the cell is empty."""
        if text is None:
            if len(self.by_id) == 1:
                (only,) = self.by_id.values()
                return only
            reader.add("indicator", "empty; expected the id of one of the indicators given")
            return None
        found = self.by_id.get(text)
        if found is not None:
            return found
        named = self.by_name.get(text, [])
        if len(named) == 1:
            return named[0]
        if named:
            reader.add("indicator", _several(text, named, "given"))
        else:
            reader.add("indicator", lambda: self._not_given(text))
        return None

    def find_in_group(
        self, group: str | None, text: str | None, reader: Reader
    ) -> Indicator | None:
        """A row's indicator within its group: by its id in the group, its whole id or its name."""
        if group is None:
            reader.add(
                "group",
                "empty; expected the row's group (such as a region's code), within which "
                "its indicator is read",
            )
            return None
        if not _GROUP.fullmatch(group):
            reader.found(
                "group",
                group,
                "the id of a group: letters, digits, '.', '_' or '-', starting with a letter "
                f"or a digit, such as 'R001' (the ids of its indicators begin with it: "
                f"'R001{GROUP_SEPARATOR}IK001')",
            )
            return None
        if text is None:
            reader.add(
                "indicator", f"empty; expected the id of an indicator of the group {group!r}"
            )
            return None
        prefix = group + GROUP_SEPARATOR
        within = self.by_id.get(prefix + text)
        whole = self.by_id.get(text) if text.startswith(prefix) else None
        if within is not None and whole is not None:
            reader.add(
                "indicator",
                f"{text!r} names two indicators of the group {group!r}: {prefix + text!r} "
                f"and {text!r}; expected one: write {text[len(prefix) :]!r} for {text!r}, "
                f"or {prefix + text!r} for the other",
            )
            return None
        found = within or whole
        if found is not None:
            return found
        named = [i for i in self.by_name.get(text, []) if i.id.startswith(prefix)]
        if len(named) == 1:
            return named[0]
        if named:
            reader.add("indicator", _several(text, named, f"of the group {group!r}"))
        elif group not in self._ids_by_group():
            reader.add("group", lambda: self._no_group(group))
        else:
            reader.add("indicator", lambda: self._not_in_group(text, group))
        return None

    def _ids_by_group(self) -> dict[str, list[str]]:
        """The ids within each group an id may begin with: ``32.75.IK001`` is in ``32`` and ``32.75``."""
        if self._groups is None:
            groups: dict[str, list[str]] = {}
            for identifier in self.by_id:
                for point in _points(identifier):
                    groups.setdefault(identifier[:point], []).append(identifier[point + 1 :])
            self._groups = groups
        return self._groups

    def _not_given(self, text: str) -> str:
        suffix = GROUP_SEPARATOR + text
        grouped = [i for i in self.by_id if i.endswith(suffix)]
        # The nearest of every region's ids would be some region's: no hint at all.
        message = not_given_text(text, self.by_id, "an indicator", close=not grouped)
        if grouped:
            message += (
                f"; {len(grouped)} indicators given have ids ending {suffix!r}, such as "
                f"{grouped[0]!r}: a table with a column for the group (region) of each row "
                "reads each row's indicator within its group (name the column group, region, "
                "wilayah or daerah, or pass group_by=)"
            )
        return message

    def _no_group(self, group: str) -> str:
        prefix = group + GROUP_SEPARATOR
        close = difflib.get_close_matches(group, list(self._ids_by_group()), n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        return (
            f"found {group!r}, which no indicator given is in (no id begins with {prefix!r}); "
            f"expected a group of the indicators given{hint}"
        )

    def _not_in_group(self, text: str, group: str) -> str:
        prefix = group + GROUP_SEPARATOR
        ids = self._ids_by_group()[group]
        looked = repr(prefix + text) + (f" or {text!r}" if text.startswith(prefix) else "")
        close = difflib.get_close_matches(text.removeprefix(prefix), ids, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        elsewhere = ""
        if text in self.by_id:
            elsewhere = (
                f"; {text!r} is the id of an indicator given, but this row is read within "
                f"the group {group!r}"
            )
        listed = ", ".join(repr(i) for i in ids[:_LISTED]) + (", ..." if len(ids) > _LISTED else "")
        return (
            f"found {text!r}, which is not an indicator of the group {group!r} given (no "
            f"indicator has the id {looked}){hint}{elsewhere} (the group has: {listed})"
        )


def _points(identifier: str) -> Iterable[int]:
    """Where the separator stands in an id, past its first character."""
    point = identifier.find(GROUP_SEPARATOR, 1)
    while point > 0:
        yield point
        point = identifier.find(GROUP_SEPARATOR, point + 1)


def _several(text: str, named: list[Indicator], among: str) -> str:
    ids = ", ".join(repr(i.id) for i in named[:_LISTED]) + (", ..." if len(named) > _LISTED else "")
    return (
        f"found {text!r}, the name of {len(named)} indicators {among} ({ids}); expected the id "
        "of one"
    )


def not_given_text(text: str, known: Mapping[str, object], what: str, *, close: bool = True) -> str:
    """Why ``text`` names none of ``known``, with the nearest one as a hint (if ``close``)."""
    nearest = difflib.get_close_matches(text, list(known), n=1) if close else []
    hint = f"; did you mean {nearest[0]!r}?" if nearest else ""
    listed = ", ".join(repr(k) for k in list(known)[:_LISTED]) or "none"
    return f"found {text!r}, which is not the id of {what} given{hint} (given: {listed})"
