"""The engine of the converter: one table of fields per class, read and written both ways.

A `Spec` lists a class's keys in the case file, in the order they are written,
each with the `Kind` of value it holds (a text, a date, an amount in the unit of
the indicator read before it, a reference by id, a list of nested tables...). One
`Reading` turns data into objects through the specs and one `Writing`
turns objects into data through the same specs, so that the two cannot drift apart.

Reading goes through `Reader`: every problem is recorded
with its field path (and, in TOML, its line) and reading goes on, so that one pass
reports every problem of a file.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from pledgekit.io._values import Reader, join

__all__ = ["Field", "Kind", "Reading", "Registry", "Spec", "Writing"]

# What one object of each registry is called in messages.
_KINDS = {
    "sources": "source",
    "indicators": "indicator",
    "targets": "target",
    "persons": "person",
    "organizations": "organization",
    "memberships": "membership",
    "pledges": "pledge",
}


class Kind:
    """How one field's value is read from data and written back (the base does neither)."""

    def read(
        self, ctx: Reading, table: Mapping[str, Any], field: Field, path: str, got: dict[str, Any]
    ) -> Any:
        """The value of ``field`` in ``table`` (``None`` when absent or wrong)."""
        return None

    def write(self, ctx: Writing, value: Any) -> Any:
        """The plain data of ``value`` (``None`` leaves the key out)."""
        return None


@attrs.frozen
class Field:
    """One key of a table: its kind, whether it is required, and the attribute it fills.

    ``attr`` is the attribute of the class (the key by default; ``""`` for a key that
    fills none, such as the format version). ``order`` moves a field in the
    reading order (lower first; ties in the order of the keys), so that a field is read
    after those it depends on. ``keep`` decides, from the object, whether to write it.
    """

    key: str
    kind: Kind
    required: bool = attrs.field(default=False, kw_only=True)
    order: int = attrs.field(default=0, kw_only=True)
    attr: str = attrs.field(
        default=attrs.Factory(lambda self: self.key, takes_self=True), kw_only=True
    )
    keep: Callable[[Any], bool] | None = attrs.field(default=None, kw_only=True)


@attrs.frozen
class Spec:
    """The fields of one class in the case file.

    ``keys`` are the keys a table may have, in the order messages list them (the
    fields' keys, in their order, by default). ``needs`` are fields without which the
    object is not built (a target without its indicator). ``after`` runs once the
    fields are read (the plan notes its program numbers). ``registry`` names the
    list an object is referred to from (``"targets"``).
    """

    cls: type
    what: str
    fields: tuple[Field, ...]
    keys: tuple[str, ...] = attrs.field(
        default=attrs.Factory(lambda self: tuple(f.key for f in self.fields), takes_self=True),
        kw_only=True,
    )
    needs: tuple[str, ...] = attrs.field(default=(), kw_only=True)
    after: Callable[[Reading, Mapping[str, Any]], None] | None = attrs.field(
        default=None, kw_only=True
    )
    registry: str = attrs.field(default="", kw_only=True)

    @property
    def required(self) -> tuple[str, ...]:
        """The keys a table must have."""
        return tuple(f.key for f in self.fields if f.required)

    @property
    def reading(self) -> list[Field]:
        """The fields in the order they are read."""
        return sorted(self.fields, key=lambda f: f.order)


class Registry:
    """Objects of one kind by id, and the ids declared even where an object failed."""

    def __init__(self, name: str) -> None:
        self.kind = _KINDS.get(name, name)
        self.path = name
        self.objects: dict[str, Any] = {}
        self.declared: dict[str, str] = {}
        # An object that failed and named no id may be what a reference means.
        self.incomplete = False

    def only(self) -> Any:
        """The one object held when exactly one is, else ``None``."""
        if len(self.objects) == 1 and not self.incomplete:
            (item,) = self.objects.values()
            return item
        return None


def dangling(value: str, registry: Registry) -> str:
    """Why a reference to an id the file does not list fails, with the closest id listed."""
    # Every id declared, also of objects that failed on another field: one bad field
    # must not hide what the others could have meant.
    known = sorted(registry.declared.keys() | registry.objects.keys())
    close = difflib.get_close_matches(value, known, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    listed = ", ".join(repr(k) for k in known[:20]) or "none"
    more = ", ..." if len(known) > 20 else ""
    return (
        f"refers to the {registry.kind} {value!r}, which is not listed in {registry.path}"
        f"{hint} (listed: {listed}{more})"
    )


class Reading:
    """Reads objects from data through their specs, collecting every problem.

    Args:
        reader: Records the problems, with their places.
        strict: Refuse keys a spec does not know (case files); Popolo data may carry
            keys pledgekit has no place for, and they are ignored.
        inline: A reference may be the referred object's table instead of its id
            (data of one object, outside a case file).
        dangling: Words a reference to an id not listed.
        wording: What to say is expected where a table is not one, by spec (Popolo
            speaks of objects with the keys they need).
    """

    def __init__(
        self,
        reader: Reader,
        *,
        strict: bool = True,
        inline: bool = False,
        dangling: Callable[[str, Registry], str] = dangling,
        wording: Mapping[str, str] | None = None,
    ) -> None:
        self.r = reader
        self.strict = strict
        self.inline = inline
        self.dangling = dangling
        self.wording = dict(wording or {})
        self.registries: dict[str, Registry] = {}
        # Lookups by id of data that is not a case file (Popolo's collections).
        self.known: dict[str, Mapping[str, Any]] = {}
        self.program_numbers: set[int] | None = None
        # While a target's revisions are read: the period their schedules must lie in,
        # and the indicator whose unit their figures are in.
        self.within: Any = None
        self.unit_of: Any = None

    def registry(self, name: str) -> Registry:
        """The registry of ``name`` (``"targets"``), made on first use."""
        if name not in self.registries:
            self.registries[name] = Registry(name)
        return self.registries[name]

    def read(self, spec: Spec, raw: object, path: str) -> Any:
        """The object of the table ``raw`` at ``path``, or ``None`` after recording why."""
        if not isinstance(raw, dict):
            self.r.found(path, raw, self.wording.get(spec.what, spec.what))
            return None
        allowed = spec.keys if self.strict else tuple(raw)
        table = self.r.table(raw, path, allowed=allowed, required=spec.required, what=spec.what)
        if table is None:
            return None
        return self.fields(spec, table, path)

    def fields(
        self,
        spec: Spec,
        table: Mapping[str, Any],
        path: str,
        *,
        given: Mapping[str, Any] | None = None,
        mark: int | None = None,
    ) -> Any:
        """Read the fields of a checked table and build the object.

        ``given`` holds fields already read another way (a CSV row's indicator), and
        ``mark`` an earlier `Reader.mark` whose failures also stop the build.
        """
        r = self.r
        mark = r.mark() if mark is None else mark
        got: dict[str, Any] = dict(given or {})
        for field in spec.reading:
            if field.key not in got:
                got[field.key] = field.kind.read(self, table, field, path, got)
        if spec.after is not None:
            spec.after(self, table)
        if r.failed_since(mark) or any(got[key] is None for key in spec.needs):
            return None
        defaults = attrs.fields_dict(spec.cls)
        arguments = {
            field.attr: got[field.key]
            for field in spec.fields
            if field.attr
            and (got[field.key] is not None or defaults[field.attr].default is attrs.NOTHING)
        }
        return r.build(path, spec.cls, **arguments)

    # Lists of identified objects, and references to them --------------------------------

    def identified(
        self, table: Mapping[str, Any], key: str, spec: Spec, *, id_required: bool = False
    ) -> list[Any]:
        """The objects of the list ``table[key]``, each registered under its id."""
        registry = self.registry(spec.registry)
        result = []
        for path, raw in self.r.items(table, key, ""):
            raw_id = raw.get("id") if isinstance(raw, dict) else None
            if id_required and isinstance(raw, dict) and raw_id is None:
                self.r.add(join(path, "id"), f"missing key 'id' in a {registry.kind}")
            if isinstance(raw_id, str):
                self._declare(registry, raw_id, join(path, "id"))
            item = self.read(spec, raw, path) if isinstance(raw, dict) else None
            if not isinstance(raw, dict):
                self.r.found(path, raw, f"a {registry.kind} (a table)")
            if item is None:
                registry.incomplete |= raw_id is None
                continue
            item_id = raw_id if isinstance(raw_id, str) else getattr(item, "id", None)
            if not isinstance(item_id, str):
                continue
            if raw_id is None:
                self._declare(registry, item_id, join(path, "id"))
            registry.objects.setdefault(item_id, item)
            result.append(item)
        return result

    def _declare(self, registry: Registry, item_id: str, path: str) -> None:
        if item_id in registry.declared:
            self.r.found(
                path,
                item_id,
                f"an id not used before (it is also the id of {registry.declared[item_id]})",
            )
        else:
            registry.declared[item_id] = path.rsplit(".", 1)[0]

    def ref(self, value: object, path: str, spec: Spec, *, inline: bool = False) -> Any:
        """The object an id refers to (or, where allowed, the object of a table)."""
        if isinstance(value, dict) and (inline or self.inline):
            return self.read(spec, value, path)
        registry = self.registry(spec.registry)
        if not isinstance(value, str):
            self.r.found(path, value, f"the id of a {registry.kind} (a string)")
            return None
        if value in registry.objects:
            return registry.objects[value]
        if value in registry.declared or registry.incomplete:
            self.r.silent_failures += 1  # the object itself is wrong, and reported already
            return None
        self.r.add(path, self.dangling(value, registry))
        return None

    def lookup(self, value: object, path: str, collection: str) -> Any:
        """The object of ``collection`` (Popolo's ``persons``) with the id ``value``."""
        known = self.known.get(collection, {})
        if not isinstance(value, str) or value not in known:
            listed = ", ".join(repr(k) for k in list(known)[:20]) or "none"
            self.r.found(path, value, f"the id of one of the {collection} ({listed})")
            return None
        return known[value]


class Writing:
    """Writes objects as plain data through their specs.

    An object listed in ``listed`` (by registry, as in a case file) is referred to by
    its id; any other is written in place as its table.
    """

    def __init__(self, listed: Mapping[str, Mapping[Any, str]] | None = None) -> None:
        self.listed: dict[str, dict[Any, str]] = {k: dict(v) for k, v in (listed or {}).items()}
        # Tables written once for the whole file (persons, organizations, memberships).
        self.tables: dict[str, list[dict[str, Any]]] = {}

    def write(self, spec: Spec, item: Any) -> dict[str, Any]:
        """The table of ``item``."""
        data: dict[str, Any] = {}
        for field in spec.fields:
            if field.keep is not None and not field.keep(item):
                continue
            value = field.kind.write(self, getattr(item, field.attr) if field.attr else None)
            if value is not None and value != []:
                data[field.key] = value
        return data

    def ref(self, spec: Spec, item: Any) -> Any:
        """An object referred to: its id when listed, else its table."""
        listed = self.listed.get(spec.registry, {})
        if item in listed:
            return listed[item]
        return self.write(spec, item)
