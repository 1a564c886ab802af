"""Case objects as plain data and back: the one converter of case files, Popolo and CSV.

[`unstructure`][pledgekit.io.unstructure] turns a case object (a [`Case`][pledgekit.Case], a
[`Pledge`][pledgekit.Pledge], a [`Claim`][pledgekit.Claim], a target...) into the plain
data of the JSON case file (strings, integers, lists and dicts);
[`structure`][pledgekit.io.structure] turns such data back into the object, with the
errors a case file gives: every problem at once, each with its field path, a
did-you-mean for a misspelt key.

>>> import datetime as dt
>>> from pledgekit import Claim, ClaimKind
>>> from pledgekit.io.converter import structure, unstructure
>>> claim = Claim(ClaimKind.ACHIEVED, "141624", dt.date(2022, 6, 30),
...               stated_on=dt.date(2022, 7, 22), quote="sudah 141.624")
>>> data = unstructure(claim)
>>> data
{'kind': 'achieved', 'value': '141624', 'as_of': '2022-06-30', 'stated_on': '2022-07-22', 'quote': 'sudah 141.624'}
>>> structure(data, Claim) == claim
True

An object alone carries what it refers to as tables in place (a claim's target, with
that target's indicator); ``within=case`` refers to what the case lists by id
instead, exactly as the case file does, and reads such ids back:

>>> from pledgekit.io import load
>>> case = load("examples/bekasi/case.toml")
>>> data = unstructure(case.claims[0], within=case)
>>> data["target"], data["source"]
('jobs-150k', 'rilisinfo-2022-07-22')
>>> structure(data, Claim, within=case) == case.claims[0]
True

[`unstructurer`][pledgekit.io.converter.unstructurer] gives a function that does the
same for many objects of one case, the case's ids looked up once (the JSON report writes
every figure of a case so).

Why a table of fields and not cattrs: a case file is read in context. A target's
value must be in the unit of the indicator read before it, a scale word ("1,2 ribu")
sets the resolution of the figure beside it, references resolve by id across the
whole file, and every problem is collected with its line before anything is
refused. cattrs structures one value from one value and reports by raising, so each
of these would have been a hand-written hook again, and its error groups re-worded
into today's messages. One table of fields per class (``_tables.py``), read and
written by one engine (``_fields.py``), says each key once for both directions and
needs no dependency beyond attrs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, cast

from pledgekit._case import Case
from pledgekit.exceptions import DataFileError, InvalidValueError
from pledgekit.io._fields import Reading, Writing
from pledgekit.io._tables import SPECS, case_writing, decode_case, to_data
from pledgekit.io._values import LOCALES, Reader, check_shape

__all__ = ["CLASSES", "structure", "unstructure", "unstructurer"]

_T = TypeVar("_T")

CLASSES: tuple[type, ...] = tuple(SPECS)
"""Every class the converter turns into plain data and back: a case and all it holds.

[`structure`][pledgekit.io.structure] and [`unstructure`][pledgekit.io.unstructure]
convert a whole [`Case`][pledgekit.Case] and each of the 18 kinds of object a case
holds, 19 classes in all; any other class is refused, with the list:

>>> from pledgekit.io.converter import CLASSES, structure
>>> [cls.__name__ for cls in CLASSES]
['Case', 'Source', 'Indicator', 'Target', 'Revision', 'Identifier', 'Person',
 'Organization', 'Membership', 'Plan', 'Mission', 'Goal', 'Objective', 'Program',
 'Pledge', 'Milestone', 'VerdictRecord', 'Observation', 'Claim']
>>> structure({"name": "Jobs"}, dict)
Traceback (most recent call last):
...
pledgekit.exceptions.InvalidValueError: structure(cls): got <class 'dict'> (type);
expected a case object (Case, Source, Indicator, ...)
"""
_EXPECTED = "a case object (" + ", ".join(cls.__name__ for cls in CLASSES) + ")"


def unstructure(item: object, *, within: Case | None = None) -> Any:
    """The plain data of a case object, as its case file writes it.

    Args:
        item: A [`Case`][pledgekit.Case] or any object a case holds (see
            [`CLASSES`][pledgekit.io.converter.CLASSES]).
        within: A case the object belongs to: what the case lists (sources,
            indicators, targets, pledges) is then written as its id, as in the case's
            file, and so is every person, organization and membership the case
            mentions: under its own id, or, for one without, the id
            [`to_popolo`][pledgekit.io.to_popolo] and the data package give it (made from
            its name, never another's), which ``structure(..., within=case)`` reads
            back. Without ``within``, everything referred to is written in place.

    Returns:
        A dict of strings, integers, lists and dicts: amounts as decimal strings with
        every digit, dates as ISO strings, periods as ``"start..end"``; absent values
        are left out.

    Raises:
        InvalidValueError: ``item`` is not a case object, or ``within`` not a Case.

    >>> from pledgekit import Accumulation, Direction, Indicator
    >>> from pledgekit.io.converter import unstructure
    >>> unstructure(Indicator("Jobs", "orang", direction=Direction.INCREASE,
    ...                       accumulation=Accumulation.SUM, id="jobs"))
    {'id': 'jobs', 'name': 'Jobs', 'unit': 'orang', 'direction': 'increase', 'accumulation': 'sum'}
    """
    return unstructurer(within=within, name="unstructure")(item)


def unstructurer(*, within: Case | None = None, name: str = "unstructurer") -> Callable[[Any], Any]:
    """A function that does what `unstructure` does, for many objects of one case.

    The ids of what ``within`` lists are looked up once, not at every object: the way
    to write each of a case's thousands of figures.

    Args:
        within: As for [`unstructure`][pledgekit.io.unstructure].
        name: The name errors give the function.

    Raises:
        InvalidValueError: ``within`` is not a Case (and, when called, an object is
            not a case object).

    >>> from pledgekit.io import load
    >>> from pledgekit.io.converter import unstructurer
    >>> case = load("examples/bekasi/case.toml")
    >>> write = unstructurer(within=case)
    >>> [write(observation)["value"] for observation in case.observations]
    ['27197', '56000', '58000', '5108']
    """
    if within is not None and not isinstance(within, Case):
        raise InvalidValueError(within, "a pledgekit.Case or None", f"{name}(within)")
    writing = Writing() if within is None else case_writing(within, derive=True)

    def write(item: Any) -> Any:
        spec = SPECS.get(type(item))
        if spec is None:
            raise InvalidValueError(item, _EXPECTED, f"{name}(item)")
        if isinstance(item, Case):
            return to_data(item)
        return writing.write(spec, item)

    return write


def structure(
    data: object,
    cls: type[_T],
    *,
    within: Case | None = None,
    locale: str = "C",
    name: str = "<data>",
) -> _T:
    """The object of class ``cls`` that plain data describes (what `unstructure` gives).

    Args:
        data: Parsed JSON (dicts, lists, strings, integers).
        cls: The class to make, one of [`CLASSES`][pledgekit.io.converter.CLASSES].
        within: A case whose ids the data may refer to (``"target": "jobs-150k"``);
            what it does not list must be given in place, as a table.
        locale: How amount strings are read: ``"C"`` (plain decimals), ``"id"`` or
            ``"en"``.
        name: The name errors give the data.

    Raises:
        DataFileError: Every problem, each with its field path (``target.value``).
        InvalidValueError: ``cls``, ``within`` or ``locale`` is not one pledgekit knows.

    >>> from pledgekit import Source
    >>> from pledgekit.io.converter import structure
    >>> structure({"outlet": "Tribun", "title": "Jobs"}, Source).id
    'tribun-jobs'
    >>> structure({"outlet": "Tribun", "titel": "Jobs"}, Source)
    Traceback (most recent call last):
    ...
    pledgekit.exceptions.DataFileError: <data>: titel: unknown key 'titel'; did you mean 'title'? (expected one of id, outlet, title, url, published, quote)
    """
    spec = SPECS.get(cls)
    if spec is None:
        raise InvalidValueError(cls, _EXPECTED, "structure(cls)")
    if within is not None and not isinstance(within, Case):
        raise InvalidValueError(within, "a pledgekit.Case or None", "structure(within)")
    if locale not in LOCALES:
        raise InvalidValueError(locale, "'C', 'id' or 'en'", "structure(locale)")
    reader = Reader(name, syntax="JSON", locale=locale)
    if cls is Case:
        return cast(_T, decode_case(data, reader))
    if not check_shape(data, reader):
        raise reader.error()
    ctx = Reading(reader, inline=True)
    if within is not None:
        _know(ctx, within)
    item = ctx.read(spec, data, "")
    reader.raise_if_any()
    if not isinstance(item, cls):
        # Every failure records a problem; this is the guard should one ever not.
        raise DataFileError(name, [("the top level", f"could not be read as {spec.what}")])
    return item


def _know(ctx: Reading, case: Case) -> None:
    """Let ``ctx`` resolve the ids the case file of ``case`` gives what it lists."""
    for registry, ids in case_writing(case, derive=True).listed.items():
        known = ctx.registry(registry)
        for item, ident in ids.items():
            known.objects[ident] = item
            known.declared[ident] = registry
    if case.plan is not None:
        ctx.program_numbers = {program.number for program in case.plan.programs}
