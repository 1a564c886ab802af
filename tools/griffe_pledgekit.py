"""A Griffe extension for pledgekit's API reference (``mkdocs.yml`` loads it).

It does two things the reference needs and Griffe cannot see in the source alone:

- **attrs classes get their ``__init__``.** attrs writes each class's ``__init__`` when
  the class is made, so the source has none, and the reference would show a class with
  no parameters. The extension imports the class, reads ``attrs.fields`` (which fields
  ``__init__`` takes, in order, under which name, keyword-only or not) and gives the
  class an ``__init__`` of those parameters, with the annotation and default as the
  source writes them.
- **Defaults read as values.** A default the source names by a private constant
  (``min_date=_FIRST``) is shown by its value (``datetime.date(1990, 1, 1)``); a figure a
  progress computes when first read, or a default made from the other fields, shows as
  ``...``, as in a stub; and a field's entry shows its type, not the ``attrs.field(...)``
  call that declares it.
- **Doctests render as code.** pledgekit's docstrings carry their examples in the text,
  as ``help()`` shows them, not under an ``Examples:`` heading; the extension fences
  each run of ``>>>`` lines and their output as ``pycon``, so that Markdown does not
  read ``[('line 3', '')]`` as a link.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

import attrs
import griffe

_ATTRS_DECORATORS = ("attrs.frozen", "attrs.define", "attrs.mutable", "attr.s", "attrs.attrs")
_PROMPT = re.compile(r"^(\s*)>>> ")


def _is_attrs_class(cls: griffe.Class) -> bool:
    for decorator in cls.decorators:
        text = str(decorator.value)
        if text.split("(", 1)[0] in _ATTRS_DECORATORS:
            return True
    return False


def _runtime_module(path: str) -> Any:
    try:
        return importlib.import_module(path)
    except ImportError as error:
        message = (
            f"the API reference imports {path} to read its attrs classes and defaults, "
            f"and it needs {error.name!r}: install the docs extra, which brings every "
            "other extra (python -m pip install -e '.[docs]')"
        )
        raise RuntimeError(message) from error


def _runtime_class(cls: griffe.Class) -> Any:
    value: Any = _runtime_module(cls.module.path)
    for part in cls.path[len(cls.module.path) + 1 :].split("."):
        value = getattr(value, part)
    return value


_PRIVATE_NAME = re.compile(r"^(?:[\w.]+\.)?_[A-Za-z]\w*$")
# Written as a stub writes a default it does not spell out: the signature stays Python,
# which the formatter lays out, and the docstring says what the value is.
_UNSPELLED = "..."


def _shown(value: Any) -> str:
    """A default as the reference shows it when the source names a private value."""
    if type(value).__name__ == "_Pending":
        return _UNSPELLED
    return repr(value)


def _field_call_arguments(member: griffe.Object | griffe.Alias | None) -> dict[str, Any]:
    """The keyword arguments of ``attrs.field(...)`` the source assigns, else ``{}``."""
    if not isinstance(member, griffe.Attribute) or not isinstance(member.value, griffe.ExprCall):
        return {}
    if str(member.value.function) not in ("attrs.field", "attr.ib", "field"):
        return {}
    return {
        argument.name: argument.value
        for argument in member.value.arguments
        if isinstance(argument, griffe.ExprKeyword)
    }


def _default(field: Any, member: griffe.Object | griffe.Alias | None) -> str | griffe.Expr | None:
    """The default of a field as the signature shows it; ``None`` when it has none.

    As the source writes it, unless the source names a private value (then its repr, or
    ``...`` for a figure a progress fills when first read) or a factory that is not a
    plain callable (``...``: the docstring says what it makes).
    """
    if field.default is attrs.NOTHING:
        return None
    if isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
        factory = field.default.factory
        name = getattr(factory, "__name__", "<lambda>")
        if name == "<lambda>" or name.startswith("_"):
            return _UNSPELLED
        return f"{name}()"
    arguments = _field_call_arguments(member)
    written = arguments.get("default")
    if written is None and isinstance(member, griffe.Attribute) and not arguments:
        written = member.value
    if written is None or _PRIVATE_NAME.match(str(written)):
        return _shown(field.default)
    return written  # type: ignore[no-any-return]


def _readable_defaults(function: griffe.Function) -> None:
    """Show a parameter's default by its value where the source names a private one."""
    for parameter in function.parameters:
        if parameter.default is not None and _PRIVATE_NAME.match(str(parameter.default)):
            module = _runtime_module(function.module.path)
            name = str(parameter.default).rsplit(".", 1)[-1]
            if hasattr(module, name):
                parameter.default = _shown(getattr(module, name))


def _attrs_init(cls: griffe.Class) -> None:
    runtime = _runtime_class(cls)
    if not attrs.has(runtime):
        return
    parameters = [griffe.Parameter("self", kind=griffe.ParameterKind.positional_or_keyword)]
    for field in attrs.fields(runtime):
        member = cls.all_members.get(field.name)
        if isinstance(member, griffe.Attribute) and not member.is_alias:
            # The entry of a field shows its type; ``attrs.field(...)`` is not its value.
            member.value = None
        if not field.init:
            continue
        annotation = member.annotation if isinstance(member, griffe.Attribute) else None
        kind = (
            griffe.ParameterKind.keyword_only
            if field.kw_only
            else griffe.ParameterKind.positional_or_keyword
        )
        parameters.append(
            griffe.Parameter(
                field.alias,
                annotation=annotation if annotation is not None else field.type,
                kind=kind,
                default=_default(field, member),
            )
        )
    init = griffe.Function(
        "__init__",
        lineno=0,
        endlineno=0,
        parent=cls,
        parameters=griffe.Parameters(*parameters),
        returns="None",
    )
    cls.set_member("__init__", init)


def _fence_doctests(text: str) -> str:
    """``text`` with each run of doctest lines fenced as ``pycon``."""
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    fenced = False
    while index < len(lines):
        line = lines[index]
        if line.lstrip().startswith("```"):
            fenced = not fenced
        match = None if fenced else _PROMPT.match(line)
        if match is None:
            out.append(line)
            index += 1
            continue
        indent = match.group(1)
        out.append(f"{indent}```pycon")
        while index < len(lines) and lines[index].strip():
            out.append(lines[index])
            index += 1
        out.append(f"{indent}```")
    return "\n".join(out)


class PledgekitReference(griffe.Extension):
    """Give attrs classes their ``__init__`` and fence doctests, once the package is loaded."""

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        """Walk every module, class, function and attribute of ``pkg``."""
        seen: set[str] = set()
        stack: list[griffe.Object] = [pkg]
        while stack:
            obj = stack.pop()
            if obj.path in seen:
                continue
            seen.add(obj.path)
            if obj.docstring is not None:
                obj.docstring.value = _fence_doctests(obj.docstring.value)
            if isinstance(obj, griffe.Function):
                _readable_defaults(obj)
            if (
                isinstance(obj, griffe.Class)
                and "__init__" not in obj.members
                and _is_attrs_class(obj)
            ):
                _attrs_init(obj)
            for member in obj.members.values():
                if not member.is_alias:
                    stack.append(member)  # type: ignore[arg-type]


__all__ = ["PledgekitReference"]
