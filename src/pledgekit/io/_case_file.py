"""Case files: a whole :class:`~pledgekit.Case` in TOML (by hand) or JSON (both ways).

The format is described in ``docs/files.md`` and by the JSON Schema
:func:`pledgekit.io.schema` returns. Objects refer to each other by id: a target
names its indicator, an observation its indicator and source, a claim its target,
indicator, source and speaker, a pledge its targets, programs and who made it.
"""

from __future__ import annotations

import difflib
import functools
import json
import os
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from pledgekit._amounts import Rounding
from pledgekit._case import Case
from pledgekit._indicator import (
    Accumulation,
    Direction,
    Indicator,
    Observation,
    Straddling,
    Target,
)
from pledgekit._period import Period
from pledgekit._plan import Goal, Mission, Objective, Plan, Program
from pledgekit._pledge import (
    Claim,
    ClaimKind,
    Identifier,
    Membership,
    Organization,
    Person,
    Pledge,
)
from pledgekit._source import Source
from pledgekit._validate import slug
from pledgekit.exceptions import DataFileError, InvalidValueError
from pledgekit.io._limits import MAX_FILE_BYTES
from pledgekit.io._locate import TomlLines
from pledgekit.io._syntax import parse_json, parse_toml, read_text, too_large
from pledgekit.io._units import PERCENT, Unit
from pledgekit.io._values import LOCALES, Reader, check_shape, join
from pledgekit.verdicts import Verdict, VerdictHistory, VerdictRecord

__all__ = ["FORMAT_VERSION", "dump", "dumps", "load", "loads"]

#: The version of the case-file format this pledgekit reads and writes.
FORMAT_VERSION = 1
_VERSION_KEY = "pledgekit_case"
_FORMATS = ("toml", "json")

_T = TypeVar("_T")

_TOP = (
    _VERSION_KEY,
    "locale",
    "title",
    "description",
    "sources",
    "indicators",
    "targets",
    "plan",
    "persons",
    "organizations",
    "memberships",
    "pledges",
    "observations",
    "claims",
)
_SOURCE = ("id", "outlet", "title", "url", "published", "quote")
_INDICATOR = ("id", "name", "unit", "direction", "accumulation", "definition", "code")
_TARGET = ("id", "indicator", "value", "period", "baseline", "straddling")
_IDENTIFIER = ("scheme", "identifier")
_PERSON = ("id", "name", "honorific_prefix", "honorific_suffix", "identifiers")
_ORGANIZATION = ("id", "name", "classification", "identifiers")
_MEMBERSHIP = ("id", "person", "post", "organization", "role", "start_date", "end_date")
_PLAN = (
    "region",
    "name",
    "period",
    "vision",
    "program_count",
    "targets",
    "missions",
    "goals",
    "programs",
)
_MISSION = ("number", "text", "targets")
_GOAL = ("text", "mission", "targets", "objectives")
_OBJECTIVE = ("text", "targets")
_PROGRAM = ("number", "title", "missions", "code", "agency", "targets")
_PLEDGE = (
    "id",
    "text",
    "language",
    "translation",
    "made_by",
    "made_on",
    "source",
    "targets",
    "programs",
    "verdicts",
)
_VERDICT = ("date", "verdict", "rationale", "source")
_OBSERVATION = ("indicator", "period", "value", "resolution", "rounding", "source", "note")
_CLAIM = (
    "kind",
    "value",
    "as_of",
    "stated_on",
    "resolution",
    "rounding",
    "speaker",
    "source",
    "indicator",
    "target",
    "period",
    "quote",
    "dateline",
)


# Reading -------------------------------------------------------------------------------


def load(path: str | os.PathLike[str]) -> Case:
    """Load a case file: TOML (``.toml``) or JSON (``.json``).

    Args:
        path: The file.

    Returns:
        The case.

    Raises:
        DataFileError: The file cannot be read, is not valid TOML or JSON, or any of
            its fields is wrong; every problem is listed with its line or field path.

    >>> case = load("examples/bekasi/case.toml")
    >>> case.target("jobs-150k").value
    Decimal('150000')
    """
    if not isinstance(path, str | os.PathLike):
        raise InvalidValueError(path, "the path of a case file (a str or a Path)", "load(path)")
    file = Path(path)
    name = str(path)
    suffix = file.suffix.lower()
    if suffix not in (".toml", ".json"):
        raise DataFileError(
            name, [("file name", f"found the suffix {suffix!r}; expected '.toml' or '.json'")]
        )
    text = read_text(file, name)
    return loads(text, format=suffix[1:], name=name)


def loads(text: str, format: str = "toml", *, name: str = "<string>") -> Case:
    r"""Read a case from TOML or JSON text.

    Amounts are strings (``"27197"``, ``"5.9"``) or integers, never bare numbers with a
    decimal point; dates are TOML dates or ISO strings; periods are written
    ``"2019"``, ``"2022-01..2022-06"`` or ``"2018-09-20..2023-09-19"``.

    Args:
        text: The text.
        format: ``"toml"`` or ``"json"``.
        name: The name errors give the text (a file name, by default ``"<string>"``).

    Raises:
        DataFileError: Every problem found, each with its line (TOML) or field path.

    >>> case = loads('''
    ... pledgekit_case = 1
    ... title = "Jobs"
    ... [[indicators]]
    ... id = "jobs"
    ... name = "Jobs opened"
    ... unit = "persons"
    ... direction = "increase"
    ... accumulation = "sum"
    ... [[targets]]
    ... id = "jobs-2020"
    ... indicator = "jobs"
    ... value = "1000"
    ... period = "2019..2020"
    ... [[observations]]
    ... indicator = "jobs"
    ... period = "2019"
    ... value = 400
    ... ''')
    >>> case.assess().for_target("jobs-2020").progress.shortfall
    Decimal('600')
    >>> loads('pledgekit_case = 1\ntitle = "Jobs"\ndescripton = "typo"\n')
    Traceback (most recent call last):
    ...
    pledgekit.exceptions.DataFileError: <string>: line 3, descripton: unknown key 'descripton'; did you mean 'description'? (expected one of ...)
    """
    if format not in _FORMATS:
        raise InvalidValueError(format, "'toml' or 'json'", "loads(format)")
    if not isinstance(text, str):
        raise InvalidValueError(text, "the text of a case file (a str)", "loads(text)")
    if len(text) > MAX_FILE_BYTES or len(text.encode("utf-8", "surrogatepass")) > MAX_FILE_BYTES:
        raise DataFileError(name, [("text", too_large())])
    if format == "toml":
        data = parse_toml(text, name)
        # Lines are found only when a problem is shown: a valid file never needs them.
        lines = functools.cache(lambda: TomlLines(text))
        reader = Reader(
            name, syntax="TOML", locate=lambda path: lines().locate(path), hand_written=True
        )
    else:
        data = parse_json(text, name)
        reader = Reader(name, syntax="JSON")
    return _decode(data, reader)


def _decode(data: object, reader: Reader) -> Case:
    if not check_shape(data, reader):
        raise reader.error()
    top = reader.table(data, "", allowed=_TOP, required=(_VERSION_KEY, "title"), what="a case")
    if top is None:
        raise reader.error()
    version = top.get(_VERSION_KEY)
    if version is not None and (isinstance(version, bool) or version != FORMAT_VERSION):
        newer = isinstance(version, int) and not isinstance(version, bool) and version > 1
        reader.found(
            _VERSION_KEY,
            version,
            f"{FORMAT_VERSION}"
            + (" (the file is for a newer pledgekit; upgrade pledgekit)" if newer else ""),
        )
        raise reader.error()
    locale = top.get("locale", "C")
    if locale not in LOCALES:
        reader.found("locale", locale, "'C' (plain decimals, the default), 'id' or 'en'")
        raise reader.error()
    reader.locale = locale
    case = _Decoder(reader).case(top)
    reader.raise_if_any()
    if case is None:
        # Every failure records a problem; this is the guard should one ever not.
        raise DataFileError(
            reader.file, [("the top level", "could not be read as a case; expected a case file")]
        )
    return case


class _Registry:
    """Objects of one kind by id, and the ids declared even where an object failed."""

    def __init__(self, kind: str, path: str) -> None:
        self.kind = kind
        self.path = path
        self.objects: dict[str, Any] = {}
        self.declared: dict[str, str] = {}
        # An object that failed and named no id may be what a reference means.
        self.incomplete = False


class _Decoder:
    def __init__(self, reader: Reader) -> None:
        self.r = reader
        self.sources = _Registry("source", "sources")
        self.indicators = _Registry("indicator", "indicators")
        self.targets = _Registry("target", "targets")
        self.persons = _Registry("person", "persons")
        self.organizations = _Registry("organization", "organizations")
        self.memberships = _Registry("membership", "memberships")
        self.pledge_ids = _Registry("pledge", "pledges")
        self.program_numbers: set[int] | None = None

    # Lists of identified objects -------------------------------------------------------

    def _identified(
        self,
        top: Mapping[str, Any],
        registry: _Registry,
        read: Callable[[Mapping[str, Any], str], _T | None],
        *,
        id_required: bool = False,
    ) -> list[_T]:
        result = []
        for path, raw in self.r.items(top, registry.path, ""):
            raw_id = raw.get("id") if isinstance(raw, dict) else None
            if id_required and isinstance(raw, dict) and raw_id is None:
                self.r.add(join(path, "id"), f"missing key 'id' in a {registry.kind}")
            if isinstance(raw_id, str):
                self._declare(registry, raw_id, join(path, "id"))
            item = read(raw, path) if isinstance(raw, dict) else None
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

    def _declare(self, registry: _Registry, item_id: str, path: str) -> None:
        if item_id in registry.declared:
            self.r.found(
                path,
                item_id,
                f"an id not used before (it is also the id of {registry.declared[item_id]})",
            )
        else:
            registry.declared[item_id] = path.rsplit(".", 1)[0]

    def _ref(self, table: Mapping[str, Any], key: str, path: str, registry: _Registry) -> Any:
        value = table.get(key)
        if value is None:
            return None
        return self._ref_value(value, join(path, key), registry)

    def _ref_value(self, value: object, path: str, registry: _Registry) -> Any:
        if not isinstance(value, str):
            self.r.found(path, value, f"the id of a {registry.kind} (a string)")
            return None
        if value in registry.objects:
            return registry.objects[value]
        if value in registry.declared or registry.incomplete:
            self.r.silent_failures += 1  # the object itself is wrong, and reported already
            return None
        self.r.add(path, _dangling(value, registry))
        return None

    def _refs(
        self, table: Mapping[str, Any], key: str, path: str, registry: _Registry
    ) -> list[Any]:
        return [
            self._ref_value(value, item_path, registry)
            for item_path, value in self.r.items(table, key, path)
        ]

    def _numbers(self, table: Mapping[str, Any], key: str, path: str, what: str) -> list[int]:
        return [
            self.r.integer(
                value, item_path, what=f"a {what} number (a whole number from 1)", listed=True
            )
            for item_path, value in self.r.items(table, key, path)
        ]

    # The case ------------------------------------------------------------------------

    def case(self, top: Mapping[str, Any]) -> Case | None:
        r = self.r
        mark = r.mark()
        title = r.required_text(top, "title", "")
        description = r.text(top, "description", "", default="") or ""
        sources = self._identified(top, self.sources, self.source)
        indicators = self._identified(top, self.indicators, self.indicator)
        targets = self._identified(top, self.targets, self.target)
        self._identified(top, self.persons, self.person, id_required=True)
        self._identified(top, self.organizations, self.organization, id_required=True)
        self._identified(top, self.memberships, self.membership, id_required=True)
        plan = None
        if top.get("plan") is not None:
            plan = self.plan(top["plan"], "plan")
        pledges = self._identified(top, self.pledge_ids, self.pledge)
        observations = [
            item
            for path, raw in r.items(top, "observations", "")
            if (item := self.observation(raw, path)) is not None
        ]
        claims = [
            claim
            for path, raw in r.items(top, "claims", "")
            if (claim := self.claim(raw, path)) is not None
        ]
        if r.failed_since(mark):
            return None
        return r.build(
            "",
            Case,
            title,
            description=description,
            plan=plan,
            pledges=pledges,
            indicators=indicators,
            targets=targets,
            observations=observations,
            claims=claims,
            sources=sources,
        )

    def source(self, raw: object, path: str) -> Source | None:
        r = self.r
        table = r.table(raw, path, allowed=_SOURCE, required=("outlet", "title"), what="a source")
        if table is None:
            return None
        mark = r.mark()
        outlet = r.required_text(table, "outlet", path)
        title = r.required_text(table, "title", path)
        url = r.text(table, "url", path)
        published = r.date(table, "published", path)
        quote = r.text(table, "quote", path)
        ident = r.text(table, "id", path)
        if r.failed_since(mark):
            return None
        extra = {} if ident is None else {"id": ident}
        return r.build(
            path, Source, outlet, title, url=url, published=published, quote=quote, **extra
        )

    def indicator(self, raw: object, path: str) -> Indicator | None:
        r = self.r
        table = r.table(
            raw,
            path,
            allowed=_INDICATOR,
            required=("name", "unit", "direction", "accumulation"),
            what="an indicator",
        )
        if table is None:
            return None
        mark = r.mark()
        name = r.required_text(table, "name", path)
        unit = r.required_text(table, "unit", path)
        direction = r.choice(table, "direction", path, Direction, default=Direction.INCREASE)
        accumulation = r.choice(table, "accumulation", path, Accumulation, default=Accumulation.SUM)
        definition = r.text(table, "definition", path, default="") or ""
        code = r.text(table, "code", path)
        ident = r.text(table, "id", path)
        if r.failed_since(mark):
            return None
        extra = {} if ident is None else {"id": ident}
        return r.build(
            path,
            Indicator,
            name,
            unit,
            direction=direction,
            accumulation=accumulation,
            definition=definition,
            code=code,
            **extra,
        )

    def target(self, raw: object, path: str) -> Target | None:
        r = self.r
        table = r.table(
            raw, path, allowed=_TARGET, required=("indicator", "value", "period"), what="a target"
        )
        if table is None:
            return None
        mark = r.mark()
        indicator = self._ref(table, "indicator", path, self.indicators)
        unit = _unit_of(indicator)
        value = r.required_amount(table, "value", path, unit=unit)
        period = r.required_period(table, "period", path)
        baseline = r.amount(table, "baseline", path, unit=unit)
        straddling = r.choice(table, "straddling", path, Straddling, default=Straddling.EXCLUDE)
        ident = r.text(table, "id", path)
        if r.failed_since(mark) or indicator is None:
            return None
        extra: dict[str, Any] = {} if ident is None else {"id": ident}
        if baseline is not None:
            extra["baseline"] = baseline
        return r.build(
            path, Target, indicator, value, period=period, straddling=straddling, **extra
        )

    def _identifiers(self, table: Mapping[str, Any], path: str) -> list[Identifier]:
        result = []
        for item_path, raw in self.r.items(table, "identifiers", path):
            item = self.r.table(
                raw, item_path, allowed=_IDENTIFIER, required=_IDENTIFIER, what="an identifier"
            )
            if item is None:
                continue
            mark = self.r.mark()
            identifier = self.r.required_text(item, "identifier", item_path)
            scheme = self.r.required_text(item, "scheme", item_path)
            if not self.r.failed_since(mark):
                built = self.r.build(item_path, Identifier, identifier, scheme=scheme)
                if built is not None:
                    result.append(built)
        return result

    def person(self, raw: object, path: str) -> Person | None:
        r = self.r
        table = r.table(raw, path, allowed=_PERSON, required=("id", "name"), what="a person")
        if table is None:
            return None
        mark = r.mark()
        name = r.required_text(table, "name", path)
        prefix = r.text(table, "honorific_prefix", path)
        suffix = r.text(table, "honorific_suffix", path)
        identifiers = self._identifiers(table, path)
        if r.failed_since(mark):
            return None
        return r.build(
            path,
            Person,
            name,
            honorific_prefix=prefix,
            honorific_suffix=suffix,
            identifiers=identifiers,
        )

    def organization(self, raw: object, path: str) -> Organization | None:
        r = self.r
        table = r.table(
            raw, path, allowed=_ORGANIZATION, required=("id", "name"), what="an organization"
        )
        if table is None:
            return None
        mark = r.mark()
        name = r.required_text(table, "name", path)
        classification = r.text(table, "classification", path)
        identifiers = self._identifiers(table, path)
        if r.failed_since(mark):
            return None
        return r.build(
            path, Organization, name, classification=classification, identifiers=identifiers
        )

    def membership(self, raw: object, path: str) -> Membership | None:
        r = self.r
        table = r.table(raw, path, allowed=_MEMBERSHIP, required=("id",), what="a membership")
        if table is None:
            return None
        mark = r.mark()
        person = self._ref(table, "person", path, self.persons)
        organization = self._ref(table, "organization", path, self.organizations)
        post = r.text(table, "post", path)
        return r.membership(table, path, mark, person=person, post=post, organization=organization)

    # The plan --------------------------------------------------------------------------

    def plan(self, raw: object, path: str) -> Plan | None:
        r = self.r
        table = r.table(
            raw, path, allowed=_PLAN, required=("region", "period", "vision"), what="a plan"
        )
        if table is None:
            return None
        mark = r.mark()
        region = r.required_text(table, "region", path)
        period = r.required_period(table, "period", path)
        vision = r.required_text(table, "vision", path)
        name = r.text(table, "name", path)
        count = table.get("program_count")
        if count is not None:
            count = r.integer(count, join(path, "program_count"), what="a whole number from 1")
        targets = self._refs(table, "targets", path, self.targets)
        missions = [
            self.mission(item, item_path) for item_path, item in r.items(table, "missions", path)
        ]
        goals = [self.goal(item, item_path) for item_path, item in r.items(table, "goals", path)]
        programs = [
            self.program(item, item_path) for item_path, item in r.items(table, "programs", path)
        ]
        listed = table.get("programs")
        self.program_numbers = {
            item["number"]
            for item in (listed if isinstance(listed, list) else [])
            if isinstance(item, dict) and isinstance(item.get("number"), int)
        }
        if r.failed_since(mark):
            return None
        extra = {} if name is None else {"name": name}
        return r.build(
            path,
            Plan,
            region,
            period,
            vision=vision,
            missions=missions,
            goals=goals,
            programs=programs,
            program_count=count,
            targets=targets,
            **extra,
        )

    def mission(self, raw: object, path: str) -> Mission | None:
        r = self.r
        table = r.table(raw, path, allowed=_MISSION, required=("number", "text"), what="a mission")
        if table is None:
            return None
        mark = r.mark()
        number = r.integer(table.get("number"), join(path, "number"))
        text = r.required_text(table, "text", path)
        targets = self._refs(table, "targets", path, self.targets)
        if r.failed_since(mark):
            return None
        return r.build(path, Mission, number, text, targets=targets)

    def goal(self, raw: object, path: str) -> Goal | None:
        r = self.r
        table = r.table(raw, path, allowed=_GOAL, required=("text", "mission"), what="a goal")
        if table is None:
            return None
        mark = r.mark()
        text = r.required_text(table, "text", path)
        mission = r.integer(table.get("mission"), join(path, "mission"), what="a mission number")
        targets = self._refs(table, "targets", path, self.targets)
        objectives = [
            self.objective(item, item_path)
            for item_path, item in r.items(table, "objectives", path)
        ]
        if r.failed_since(mark):
            return None
        return r.build(path, Goal, text, mission=mission, objectives=objectives, targets=targets)

    def objective(self, raw: object, path: str) -> Objective | None:
        r = self.r
        table = r.table(raw, path, allowed=_OBJECTIVE, required=("text",), what="an objective")
        if table is None:
            return None
        mark = r.mark()
        text = r.required_text(table, "text", path)
        targets = self._refs(table, "targets", path, self.targets)
        if r.failed_since(mark):
            return None
        return r.build(path, Objective, text, targets=targets)

    def program(self, raw: object, path: str) -> Program | None:
        r = self.r
        table = r.table(raw, path, allowed=_PROGRAM, required=("number", "title"), what="a program")
        if table is None:
            return None
        mark = r.mark()
        number = r.integer(table.get("number"), join(path, "number"))
        title = r.required_text(table, "title", path)
        missions = self._numbers(table, "missions", path, "mission")
        code = r.text(table, "code", path)
        agency = r.text(table, "agency", path)
        targets = self._refs(table, "targets", path, self.targets)
        if r.failed_since(mark):
            return None
        return r.build(
            path,
            Program,
            number,
            title,
            missions=missions,
            code=code,
            agency=agency,
            targets=targets,
        )

    # Pledges, figures and claims -----------------------------------------------------------

    def pledge(self, raw: object, path: str) -> Pledge | None:
        r = self.r
        table = r.table(raw, path, allowed=_PLEDGE, required=("text",), what="a pledge")
        if table is None:
            return None
        mark = r.mark()
        text = r.required_text(table, "text", path)
        language = r.text(table, "language", path)
        translation = r.text(table, "translation", path)
        made_by = self._ref(table, "made_by", path, self.memberships)
        made_on = r.date(table, "made_on", path)
        source = self._ref(table, "source", path, self.sources)
        targets = self._refs(table, "targets", path, self.targets)
        programs = self._programs(table, path)
        verdicts = self.verdicts(table, path)
        ident = r.text(table, "id", path)
        if r.failed_since(mark):
            return None
        extra: dict[str, Any] = {} if ident is None else {"id": ident}
        if language is not None:
            extra["language"] = language
        return r.build(
            path,
            Pledge,
            text,
            translation=translation,
            made_by=made_by,
            made_on=made_on,
            source=source,
            targets=targets,
            programs=programs,
            verdicts=verdicts,
            **extra,
        )

    def _programs(self, table: Mapping[str, Any], path: str) -> list[int]:
        r = self.r
        known = self.program_numbers
        numbers = []
        for item_path, value in r.items(table, "programs", path):
            mark = r.mark()
            number = r.integer(
                value, item_path, what="a program number (a whole number from 1)", listed=True
            )
            if r.failed_since(mark):
                continue
            if known is None:
                r.found(item_path, number, "no program number, since the case has no [plan]")
            elif number not in known:
                listed = ", ".join(str(n) for n in sorted(known)) or "none"
                r.found(item_path, number, f"the number of a program in plan.programs ({listed})")
            numbers.append(number)
        return numbers

    def verdicts(self, table: Mapping[str, Any], path: str) -> VerdictHistory:
        r = self.r
        records = []
        mark = r.mark()
        for item_path, raw in r.items(table, "verdicts", path):
            item = r.table(
                raw,
                item_path,
                allowed=_VERDICT,
                required=("date", "verdict", "rationale"),
                what="a verdict record",
            )
            if item is None:
                continue
            item_mark = r.mark()
            date = r.required_date(item, "date", item_path)
            verdict = r.choice(item, "verdict", item_path, Verdict, default=Verdict.NOT_RATED)
            rationale = r.required_text(item, "rationale", item_path)
            raw_source = item.get("source")
            source = (
                self.source(raw_source, join(item_path, "source"))
                if isinstance(raw_source, dict)
                else self._ref(item, "source", item_path, self.sources)
            )
            if r.failed_since(item_mark):
                continue
            record = r.build(item_path, VerdictRecord, date, verdict, rationale, source)
            if record is not None:
                records.append(record)
        if r.failed_since(mark):
            return VerdictHistory()
        return r.build(join(path, "verdicts"), VerdictHistory, records) or VerdictHistory()

    def observation(self, raw: object, path: str) -> Observation | None:
        r = self.r
        table = r.table(
            raw,
            path,
            allowed=_OBSERVATION,
            required=("period", "value"),
            what="an observation",
        )
        if table is None:
            return None
        mark = r.mark()
        indicator = self._ref(table, "indicator", path, self.indicators)
        period = r.required_period(table, "period", path)
        # An observation may leave out its indicator when the case has only one.
        unit = _unit_of(indicator or _only(self.indicators))
        if table.get("value") is None:
            r.silent_failures += 1  # reported as a missing key by table()
        value, implied = r.measured(table, "value", path, unit=unit)
        # A resolution written out overrides the one a scale word implies.
        resolution = r.amount(table, "resolution", path, unit=unit)
        if resolution is None:
            resolution = implied
        rounding = r.choice(table, "rounding", path, Rounding, default=Rounding.NEAREST)
        source = self._ref(table, "source", path, self.sources)
        note = r.text(table, "note", path)
        if r.failed_since(mark) or value is None:
            return None
        return r.build(
            path,
            Observation,
            period,
            value,
            resolution=resolution,
            rounding=rounding,
            source=source,
            note=note,
            indicator=indicator,
        )

    def claim(self, raw: object, path: str) -> Claim | None:
        r = self.r
        table = r.table(raw, path, allowed=_CLAIM, required=("kind", "as_of"), what="a claim")
        if table is None:
            return None
        mark = r.mark()
        kind = r.choice(table, "kind", path, ClaimKind, default=ClaimKind.ACHIEVED)
        speaker = self._ref(table, "speaker", path, self.memberships)
        source = self._ref(table, "source", path, self.sources)
        indicator = self._ref(table, "indicator", path, self.indicators)
        target = self._ref(table, "target", path, self.targets)
        # A claim may leave out its target when the case has only one.
        measured = indicator or target or _only(self.targets)
        unit = PERCENT if kind is ClaimKind.PERCENT else _unit_of(measured)
        value, implied = r.measured(table, "value", path, unit=unit)
        as_of = r.required_date(table, "as_of", path)
        stated_on = r.date(table, "stated_on", path)
        # A resolution written out overrides the one a scale word implies.
        resolution = r.amount(table, "resolution", path, unit=unit)
        if resolution is None:
            resolution = implied
        rounding = r.choice(table, "rounding", path, Rounding, default=Rounding.NEAREST)
        period = r.period(table, "period", path)
        quote = r.text(table, "quote", path)
        dateline = r.text(table, "dateline", path)
        if r.failed_since(mark):
            return None
        return r.build(
            path,
            Claim,
            kind,
            value,
            as_of,
            stated_on=stated_on,
            resolution=resolution,
            rounding=rounding,
            speaker=speaker,
            source=source,
            indicator=indicator,
            target=target,
            period=period,
            quote=quote,
            dateline=dateline,
        )


def _only(registry: _Registry) -> Any:
    """The one object a registry holds when it holds exactly one, else ``None``."""
    if len(registry.objects) == 1 and not registry.incomplete:
        (item,) = registry.objects.values()
        return item
    return None


def _unit_of(item: Indicator | Target | None) -> Unit | None:
    """The unit a figure about an indicator (or a target's indicator) must be in."""
    if isinstance(item, Target):
        item = item.indicator
    if not isinstance(item, Indicator):
        return None
    return Unit(item.unit, f"the indicator {item.id!r}")


def _dangling(value: str, registry: _Registry) -> str:
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


# Writing -------------------------------------------------------------------------------


def dumps(case: Case) -> str:
    """Write a case as JSON text that :func:`loads` reads back equal.

    Amounts are decimal strings with every digit they were given (``"5.10"``), dates
    ISO strings, periods ``"start..end"``; absent values are left out.

    >>> from pledgekit import Case
    >>> print(dumps(Case("Empty")))
    {
      "pledgekit_case": 1,
      "title": "Empty"
    }
    >>> case = load("examples/bekasi/case.toml")
    >>> loads(dumps(case), format="json") == case
    True
    """
    if not isinstance(case, Case):
        raise InvalidValueError(case, "a pledgekit.Case", "dumps(case)")
    return json.dumps(to_data(case), ensure_ascii=False, indent=2) + "\n"


def dump(case: Case, path: str | os.PathLike[str]) -> None:
    """Write a case to a JSON file (UTF-8); see :func:`dumps`.

    Raises:
        InvalidValueError: The file name ends in ``.toml`` (pledgekit reads TOML but
            writes JSON), or ``path`` is not a path.
        DataFileError: The file cannot be written.
    """
    if not isinstance(path, str | os.PathLike):
        raise InvalidValueError(path, "the path of a .json file (a str or a Path)", "dump(path)")
    file = Path(path)
    if file.suffix.lower() == ".toml":
        raise InvalidValueError(
            str(path), "a .json file name (pledgekit reads TOML but writes JSON)", "dump(path)"
        )
    text = dumps(case)
    try:
        file.write_text(text, encoding="utf-8")
    except OSError as error:
        raise DataFileError(str(path), [("file", f"cannot be written: {error.strerror}")]) from None


def _amount(value: Decimal) -> str:
    return str(value)


def _period(period: Period) -> str:
    return str(period)


def _put(data: dict[str, Any], key: str, value: object) -> None:
    """Set ``key`` unless the value is absent (``None`` or an empty list)."""
    if value is None or (isinstance(value, list | tuple) and not value):
        return
    data[key] = value


class _Ids:
    """File-local ids for objects the domain gives none (persons, organizations, memberships)."""

    def __init__(self) -> None:
        self.used: set[str] = set()
        self.ids: dict[Any, str] = {}

    def of(self, item: object, text: str, fallback: str) -> str:
        if item in self.ids:
            return self.ids[item]
        base = slug(text)[:90] if text else fallback
        if base == "item":
            base = fallback
        candidate, number = base, 1
        while candidate in self.used:
            number += 1
            candidate = f"{base}-{number}"
        self.used.add(candidate)
        self.ids[item] = candidate
        return candidate


def memberships_of(case: Case) -> list[Membership]:
    """Every membership a case mentions (who made pledges, who spoke), in order, once each."""
    found: list[Membership] = []
    for pledge in case.pledges:
        if pledge.made_by is not None:
            found.append(pledge.made_by)
    for claim in case.claims:
        if claim.speaker is not None:
            found.append(claim.speaker)
    return list(dict.fromkeys(found))


def people_data(
    memberships: Iterable[Membership],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]], dict[Any, str]]:
    """Persons, organizations and memberships (once each) as case-file tables, and their ids."""
    person_ids, organization_ids, membership_ids = _Ids(), _Ids(), _Ids()
    persons: list[dict[str, Any]] = []
    organizations: list[dict[str, Any]] = []
    result: list[dict[str, Any]] = []
    for membership in dict.fromkeys(memberships):
        entry: dict[str, Any] = {}
        person = membership.person
        if person is not None:
            new = person not in person_ids.ids
            entry["person"] = person_ids.of(person, person.name, "person")
            if new:
                persons.append(_person_data(person, entry["person"]))
        organization = membership.organization
        if organization is not None:
            new = organization not in organization_ids.ids
            entry["organization"] = organization_ids.of(
                organization, organization.name, "organization"
            )
            if new:
                organizations.append(_organization_data(organization, entry["organization"]))
        words = next(
            (
                part
                for part in (
                    person and person.name,
                    membership.post or membership.role,
                    organization and organization.name,
                )
                if part
            ),
            "",
        )
        ident = membership_ids.of(membership, words, "membership")
        data: dict[str, Any] = {"id": ident, **entry}
        _put(data, "post", membership.post)
        _put(data, "role", membership.role)
        _put(data, "start_date", membership.start_date and membership.start_date.isoformat())
        _put(data, "end_date", membership.end_date and membership.end_date.isoformat())
        result.append(data)
    return persons, organizations, result, membership_ids.ids


def _identifiers_data(identifiers: Iterable[Identifier]) -> list[dict[str, str]]:
    return [{"scheme": i.scheme, "identifier": i.identifier} for i in identifiers]


def _person_data(person: Person, ident: str) -> dict[str, Any]:
    data: dict[str, Any] = {"id": ident, "name": person.name}
    _put(data, "honorific_prefix", person.honorific_prefix)
    _put(data, "honorific_suffix", person.honorific_suffix)
    _put(data, "identifiers", _identifiers_data(person.identifiers))
    return data


def _organization_data(organization: Organization, ident: str) -> dict[str, Any]:
    data: dict[str, Any] = {"id": ident, "name": organization.name}
    _put(data, "classification", organization.classification)
    _put(data, "identifiers", _identifiers_data(organization.identifiers))
    return data


def source_data(source: Source) -> dict[str, Any]:
    """A source as a case-file table."""
    data: dict[str, Any] = {"id": source.id, "outlet": source.outlet, "title": source.title}
    _put(data, "url", source.url)
    _put(data, "published", source.published and source.published.isoformat())
    _put(data, "quote", source.quote)
    return data


def indicator_data(indicator: Indicator) -> dict[str, Any]:
    """An indicator as a case-file table."""
    data: dict[str, Any] = {
        "id": indicator.id,
        "name": indicator.name,
        "unit": indicator.unit,
        "direction": indicator.direction.value,
        "accumulation": indicator.accumulation.value,
    }
    if indicator.definition:
        data["definition"] = indicator.definition
    _put(data, "code", indicator.code)
    return data


def target_data(target: Target) -> dict[str, Any]:
    """A target as a case-file table."""
    data = {
        "id": target.id,
        "indicator": target.indicator.id,
        "value": _amount(target.value),
        "period": _period(target.period),
        "baseline": _amount(target.baseline),
    }
    if target.straddling is not Straddling.EXCLUDE:
        data["straddling"] = target.straddling.value
    return data


def _target_ids(targets: Iterable[Target]) -> list[str]:
    return [t.id for t in targets]


def _plan_data(plan: Plan) -> dict[str, Any]:
    data: dict[str, Any] = {
        "region": plan.region,
        "name": plan.name,
        "period": _period(plan.period),
        "vision": plan.vision,
    }
    _put(data, "program_count", plan.program_count)
    _put(data, "targets", _target_ids(plan.targets))
    missions = []
    for mission in plan.missions:
        item: dict[str, Any] = {"number": mission.number, "text": mission.text}
        _put(item, "targets", _target_ids(mission.targets))
        missions.append(item)
    goals = []
    for goal in plan.goals:
        item = {"text": goal.text, "mission": goal.mission}
        _put(item, "targets", _target_ids(goal.targets))
        objectives = []
        for objective in goal.objectives:
            entry: dict[str, Any] = {"text": objective.text}
            _put(entry, "targets", _target_ids(objective.targets))
            objectives.append(entry)
        _put(item, "objectives", objectives)
        goals.append(item)
    programs = []
    for program in plan.programs:
        item = {"number": program.number, "title": program.title}
        _put(item, "missions", list(program.missions))
        _put(item, "code", program.code)
        _put(item, "agency", program.agency)
        _put(item, "targets", _target_ids(program.targets))
        programs.append(item)
    _put(data, "missions", missions)
    _put(data, "goals", goals)
    _put(data, "programs", programs)
    return data


def to_data(case: Case) -> dict[str, Any]:
    """A case as the plain data of its JSON case file (strings, integers, lists and dicts)."""
    listed_sources = set(case.sources)
    persons, organizations, memberships, membership_ids = people_data(memberships_of(case))
    data: dict[str, Any] = {_VERSION_KEY: FORMAT_VERSION, "title": case.title}
    if case.description:
        data["description"] = case.description
    _put(data, "sources", [source_data(s) for s in case.sources])
    _put(data, "indicators", [indicator_data(i) for i in case.indicators])
    _put(data, "targets", [target_data(t) for t in case.targets])
    if case.plan is not None:
        data["plan"] = _plan_data(case.plan)
    _put(data, "persons", persons)
    _put(data, "organizations", organizations)
    _put(data, "memberships", memberships)
    pledges = []
    for pledge in case.pledges:
        item: dict[str, Any] = {"id": pledge.id, "text": pledge.text, "language": pledge.language}
        _put(item, "translation", pledge.translation)
        _put(item, "made_by", pledge.made_by and membership_ids[pledge.made_by])
        _put(item, "made_on", pledge.made_on and pledge.made_on.isoformat())
        _put(item, "source", pledge.source and pledge.source.id)
        _put(item, "targets", _target_ids(pledge.targets))
        _put(item, "programs", list(pledge.programs))
        verdicts = []
        for record in pledge.verdicts:
            entry: dict[str, Any] = {
                "date": record.date.isoformat(),
                "verdict": record.verdict.value,
                "rationale": record.rationale,
            }
            if record.source is not None:
                # A source the case does not list is written in place.
                entry["source"] = (
                    record.source.id
                    if record.source in listed_sources
                    else source_data(record.source)
                )
            verdicts.append(entry)
        _put(item, "verdicts", verdicts)
        pledges.append(item)
    _put(data, "pledges", pledges)
    observations = []
    for observation in case.observations:
        item = {}
        _put(item, "indicator", observation.indicator and observation.indicator.id)
        item["period"] = _period(observation.period)
        item["value"] = _amount(observation.value)
        _put(item, "resolution", observation.resolution and _amount(observation.resolution))
        if observation.resolution is not None or observation.rounding is not Rounding.NEAREST:
            item["rounding"] = observation.rounding.value
        _put(item, "source", observation.source and observation.source.id)
        if observation.note is not None:
            item["note"] = observation.note
        observations.append(item)
    _put(data, "observations", observations)
    claims = []
    for claim in case.claims:
        item = {"kind": claim.kind.value}
        _put(item, "value", None if claim.value is None else _amount(claim.value))
        item["as_of"] = claim.as_of.isoformat()
        _put(item, "stated_on", claim.stated_on and claim.stated_on.isoformat())
        _put(item, "resolution", claim.resolution and _amount(claim.resolution))
        if claim.resolution is not None or claim.rounding is not Rounding.NEAREST:
            item["rounding"] = claim.rounding.value
        _put(item, "speaker", claim.speaker and membership_ids[claim.speaker])
        _put(item, "source", claim.source and claim.source.id)
        _put(item, "indicator", claim.indicator and claim.indicator.id)
        _put(item, "target", claim.target and claim.target.id)
        _put(item, "period", claim.period and _period(claim.period))
        for key in ("quote", "dateline"):
            value = getattr(claim, key)
            if value is not None:
                item[key] = value
        claims.append(item)
    _put(data, "claims", claims)
    return data
