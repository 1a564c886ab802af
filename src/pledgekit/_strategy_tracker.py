"""Strategies for what a promise tracker keeps: who made a pledge, its topics, its verdicts.

[`pledges`][pledgekit.strategies.pledges],
[`memberships`][pledgekit.strategies.memberships],
[`verdict_records`][pledgekit.strategies.verdict_records] and
[`verdict_histories`][pledgekit.strategies.verdict_histories], which
[`pledgekit.strategies`][pledgekit.strategies] exports (use them from there); persons
and organizations for ``st.from_type``; and the people and pledges of a whole case,
whose ids are unique within it.

Needs Hypothesis; imported only by [`pledgekit.strategies`][pledgekit.strategies] and the plugin.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from decimal import Decimal
from typing import Any, TypeVar

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from pledgekit._indicator import Target
from pledgekit._plan import Plan
from pledgekit._pledge import (
    GIVEN_STATUSES,
    Identifier,
    Membership,
    Milestone,
    Organization,
    Person,
    Pledge,
)
from pledgekit._strategy_helpers import (
    amounts,
    check_int,
    check_strategy,
    milestones,
    numbered_ids,
    sources,
    texts,
)
from pledgekit._validate import slug
from pledgekit.verdicts import SCALES, PledgeStatus, Scale, Verdict, VerdictHistory, VerdictRecord

__all__ = [
    "LONG_NAME_WORDS",
    "NAMES",
    "TOPICS",
    "case_memberships",
    "case_pledges",
    "identifiers",
    "memberships",
    "organizations",
    "people",
    "pledges",
    "verdict_histories",
    "verdict_records",
]

#: Names as trackers meet them: "Ahmad" twice, so that namesakes come up (the two
#: Ahmads a tracker must keep apart), and real officials' names.
NAMES = ("Ahmad", "Ahmad", "Tri Adhianto", "Lilis Kusbandiah", "Siti Aminah")
#: Words of five letters or more: sixteen of them make a name longer than any id
#: derived from it (90 characters), which is then cut after a whole word.
LONG_NAME_WORDS = (
    "Muhammad",
    "Syaikhu",
    "Abdullah",
    "Rahman",
    "Wijaya",
    "Kusuma",
    "Putra",
    "Mulyani",
    "Indrawati",
    "Ahmad",
)
_R = TypeVar("_R", Person, Organization, Membership)
_ORGANIZATION_NAMES = ("PKS", "PDI Perjuangan", "Dinas Tenaga Kerja Kota Bekasi")
_POSTS = ("Wali Kota Bekasi", "Gubernur Jawa Barat", "Kepala Dinas Tenaga Kerja")
#: Subjects trackers group promises by.
TOPICS = ("ketenagakerjaan", "pendidikan", "kesehatan", "infrastruktur")
_FIRST = dt.date(1990, 1, 1)
_LAST = dt.date(2100, 12, 31)


def _names(common: tuple[str, ...]) -> st.SearchStrategy[str]:
    """Common names (the first shrinks best), names of 16 to 20 long words, or any text."""
    long = st.lists(st.sampled_from(LONG_NAME_WORDS), min_size=16, max_size=20).map(" ".join)
    return st.sampled_from(common) | long | texts()


def _content_id(record: Any) -> str:
    """An id made from all of a record's fields: two different records never share one.

    So records drawn apart from each other can meet in one case, which refuses two
    different records under one id, and the same record drawn twice keeps one id.
    """
    words = getattr(record, "name", None) or getattr(getattr(record, "person", None), "name", "")
    digest = hashlib.sha256(repr(record).encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return f"{slug(words, 40)}-{digest}"


def _with_id(draw: st.DrawFn, record: _R, ids: st.SearchStrategy[str | None] | None) -> _R:
    """``record`` with an id drawn from ``ids``, or by default none or one of its content."""
    if ids is not None:
        return attrs.evolve(record, id=draw(ids))
    return attrs.evolve(record, id=_content_id(record)) if draw(st.booleans()) else record


def identifiers() -> st.SearchStrategy[Identifier]:
    return st.builds(
        Identifier, st.from_regex(r"Q[1-9][0-9]{0,8}", fullmatch=True), scheme=st.just("wikidata")
    )


def _option(value: Any, name: str, default: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    if value is None:
        return default
    check_strategy(value, name)
    return value  # type: ignore[no-any-return]


def people(
    *,
    names: st.SearchStrategy[str] | None = None,
    ids: st.SearchStrategy[str | None] | None = None,
) -> st.SearchStrategy[Person]:
    """Persons: namesakes, long names, honorifics, Wikidata QIDs, an id of their own or none.

    By default the id, when there is one, is made from all the person's fields, so that
    two different persons drawn apart never share one.
    """
    if ids is not None:
        check_strategy(ids, "ids")
    drawn = st.builds(
        Person,
        _option(names, "names", _names(NAMES)),
        honorific_prefix=st.none() | st.just("Dra."),
        honorific_suffix=st.none() | st.just("MM"),
        identifiers=st.lists(identifiers(), max_size=2),
    )
    return st.composite(lambda draw: _with_id(draw, draw(drawn), ids))()


def organizations(
    *,
    names: st.SearchStrategy[str] | None = None,
    ids: st.SearchStrategy[str | None] | None = None,
) -> st.SearchStrategy[Organization]:
    """Parties and agencies, some with a long name, an id of their own or none (see `people`)."""
    if ids is not None:
        check_strategy(ids, "ids")
    drawn = st.builds(
        Organization,
        _option(names, "names", _names(_ORGANIZATION_NAMES)),
        classification=st.none() | st.sampled_from(["party", "agency"]),
        identifiers=st.lists(identifiers(), max_size=2),
    )
    return st.composite(lambda draw: _with_id(draw, draw(drawn), ids))()


def memberships(
    *,
    people: st.SearchStrategy[Person | None] | None = None,
    organizations: st.SearchStrategy[Organization | None] | None = None,
    ids: st.SearchStrategy[str | None] | None = None,
) -> st.SearchStrategy[Membership]:
    """Popolo memberships: a person and/or a post and/or an organization, with dates.

    Args:
        people: The persons (or ``None``: a post held by nobody named); by default
            none or a drawn person (namesakes, long names, an id or none).
        organizations: The organizations, likewise.
        ids: The memberships' own ids (or ``None``); by default none or one made from
            all of the membership's fields, so that two different memberships drawn
            apart never share one (a [`Case`][pledgekit.Case] refuses two different
            records under one id). Ids from a strategy of your own may repeat: within
            a case, give each membership its own. [`cases`][pledgekit.strategies.cases]
            draws ids a name would also give (``"ahmad"``), unique within the case.

    Shrinks toward a post with no person, no organization and no id.

    >>> from hypothesis import given, settings, strategies as st
    >>> from pledgekit.strategies import memberships
    >>> @settings(max_examples=20, derandomize=True)
    ... @given(memberships(ids=st.just("m-1")))
    ... def test_keeps_its_id(membership):
    ...     assert "m-1" == membership.id
    >>> test_keeps_its_id()
    """
    drawn_people = _option(people, "people", st.none() | _people())
    drawn_organizations = _option(organizations, "organizations", st.none() | _organizations())
    if ids is not None:
        check_strategy(ids, "ids")

    @st.composite
    def build(draw: st.DrawFn) -> Membership:
        person = draw(drawn_people)
        post = draw(st.none() | st.sampled_from(_POSTS) | texts())
        organization = draw(drawn_organizations)
        if person is None and post is None and organization is None:
            post = _POSTS[0]
        return _with_id(draw, _membership(draw, person, post, organization, None), ids)

    return build()


def _membership(
    draw: st.DrawFn,
    person: Person | None,
    post: str | None,
    organization: Organization | None,
    own_id: str | None,
) -> Membership:
    start = draw(st.none() | st.dates(_FIRST, _LAST))
    end = None
    if draw(st.booleans()):
        end = (start or _FIRST) + dt.timedelta(days=draw(st.integers(0, 3650)))
    return Membership(
        person,
        post=post,
        organization=organization,
        role=draw(st.none() | texts()),
        start_date=start,
        end_date=end,
        id=own_id,
    )


def _labels(scale: Scale, verdict: Verdict) -> list[str]:
    """The labels of ``scale`` that stand for ``verdict``, old labels (aliases) last.

    An old label is listed twice: a verdict that has one draws it as often as a label.
    """
    old = [label for label, v in scale.aliases if v is verdict]
    return [*scale.labels_for(verdict), *old, *old]


#: A label as a tracker may have typed it: as published, in lower or upper case, with
#: its words spaced apart (labels match case-insensitively, whitespace folded).
_SPELLINGS: tuple[Callable[[str], str], ...] = (
    lambda label: label,
    str.lower,
    str.upper,
    lambda label: "  ".join(label.split()),
)


def _record(
    draw: st.DrawFn,
    day: dt.date,
    verdicts: st.SearchStrategy[Verdict],
    scales: st.SearchStrategy[Scale | None],
    record_sources: st.SearchStrategy[Any],
) -> VerdictRecord:
    verdict = draw(verdicts)
    scale = draw(scales)
    label = None
    if scale is not None:
        if not isinstance(scale, Scale):
            raise InvalidArgument(f"scales drew {scale!r}; expected a pledgekit.verdicts.Scale")
        # A verdict the scale has no label for is left unlabelled.
        standing = _labels(scale, verdict)
        labelled: bool = draw(st.booleans()) if standing else False
        if labelled:
            spelled = draw(st.sampled_from(_SPELLINGS))
            label = spelled(draw(st.sampled_from(standing)))
    return VerdictRecord(
        day,
        verdict,
        draw(texts()),
        draw(record_sources),
        scale=scale,
        label=label,
        rated_by=draw(st.none() | st.sampled_from(["Desk Kota", "Tim Cek Fakta"]) | texts()),
    )


def _record_options(
    verdicts: object, scales: object, sources: object
) -> tuple[st.SearchStrategy[Verdict], st.SearchStrategy[Scale | None], st.SearchStrategy[Any]]:
    return (
        _option(verdicts, "verdicts", st.sampled_from(Verdict)),
        _option(scales, "scales", st.none() | st.sampled_from(SCALES)),
        _option(sources, "sources", st.none() | _sources()),
    )


def _check_dates(min_date: object, max_date: object) -> None:
    for value, name in ((min_date, "min_date"), (max_date, "max_date")):
        if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
            raise InvalidArgument(f"{name}={value!r}; expected a datetime.date")
    if max_date < min_date:  # type: ignore[operator]
        raise InvalidArgument(f"max_date={max_date} is before min_date={min_date}")


def verdict_records(
    min_date: dt.date = _FIRST,
    max_date: dt.date = _LAST,
    *,
    verdicts: st.SearchStrategy[Verdict] | None = None,
    scales: st.SearchStrategy[Scale | None] | None = None,
    sources: st.SearchStrategy[Any] | None = None,
) -> st.SearchStrategy[VerdictRecord]:
    """Verdicts given from ``min_date`` to ``max_date``, some with the tracker's own label.

    A record on a scale carries, half the time, one of the labels that stand on it for
    the record's verdict, an old label (an alias: PolitiFact's "No Action") included,
    as published or typed in another case or spacing; a verdict the scale has no label
    for (Full Fact's BROKEN) is left unlabelled. Some name who rated them.

    Args:
        min_date: The earliest day.
        max_date: The latest day.
        verdicts: The verdicts; every [`Verdict`][pledgekit.Verdict] by default.
        scales: The scales (or ``None``: no scale, no label); by default none or one of
            the declared [`SCALES`][pledgekit.verdicts.SCALES], which a case file can
            name. ``st.from_type(Scale)`` gives scales of one's own.
        sources: Where they were published (or ``None``); by default none or a source.

    Shrinks toward a record on no scale, with no label and no rater.

    >>> from hypothesis import given, settings, strategies as st
    >>> from pledgekit.strategies import verdict_records
    >>> from pledgekit.verdicts import POLITIFACT, from_scale
    >>> @settings(max_examples=20, derandomize=True)
    ... @given(verdict_records(scales=st.just(POLITIFACT)))
    ... def test_the_label_reads_back(record):
    ...     if record.label is not None:
    ...         assert record.verdict is from_scale(record.label, POLITIFACT)
    >>> test_the_label_reads_back()
    """
    _check_dates(min_date, max_date)
    options = _record_options(verdicts, scales, sources)
    days = st.dates(min_date, max_date)
    return st.composite(lambda draw: _record(draw, draw(days), *options))()


def verdict_histories(
    min_date: dt.date = _FIRST,
    max_date: dt.date = dt.date(2090, 1, 1),
    *,
    min_size: int = 0,
    max_size: int = 3,
    verdicts: st.SearchStrategy[Verdict] | None = None,
    scales: st.SearchStrategy[Scale | None] | None = None,
    sources: st.SearchStrategy[Any] | None = None,
) -> st.SearchStrategy[VerdictHistory]:
    """Verdict histories: records of `verdict_records`, oldest first, one a day at most.

    Args:
        min_date: The earliest day of a record.
        max_date: The latest day of a record.
        min_size: The fewest records.
        max_size: The most records (at most the days from ``min_date`` to ``max_date``).
        verdicts: The verdicts, as for [`verdict_records`][pledgekit.strategies.verdict_records].
        scales: The scales, likewise; each record draws its own (a tracker may change
            scale).
        sources: Where they were published, likewise.

    Shrinks toward an empty history.

    >>> from hypothesis import given, settings
    >>> from pledgekit.strategies import verdict_histories
    >>> @settings(max_examples=20, derandomize=True)
    ... @given(verdict_histories(min_size=1))
    ... def test_the_latest_is_the_last(history):
    ...     assert history.latest is history.records[-1]
    >>> test_the_latest_is_the_last()
    """
    _check_dates(min_date, max_date)
    days = (max_date - min_date).days + 1
    check_int(max_size, "max_size", 0, min(days, 10**4))
    check_int(min_size, "min_size", 0, max_size)
    options = _record_options(verdicts, scales, sources)

    @st.composite
    def build(draw: st.DrawFn) -> VerdictHistory:
        offsets = draw(
            st.lists(st.integers(0, days - 1), min_size=min_size, max_size=max_size, unique=True)
        )
        return VerdictHistory(
            [_record(draw, min_date + dt.timedelta(days=n), *options) for n in sorted(offsets)]
        )

    return build()


def pledges(
    *,
    targets: st.SearchStrategy[tuple[Target, ...]] | None = None,
    programs: st.SearchStrategy[tuple[int, ...]] | None = None,
    milestones: st.SearchStrategy[tuple[Milestone, ...]] | None = None,
    promised: st.SearchStrategy[Decimal | None] | None = None,
    made_by: st.SearchStrategy[Membership | None] | None = None,
    topics: st.SearchStrategy[tuple[str, ...]] | None = None,
    status: st.SearchStrategy[PledgeStatus | None] | None = None,
    verdicts: st.SearchStrategy[VerdictHistory] | None = None,
) -> st.SearchStrategy[Pledge]:
    """Pledges in their own words, with who made them, their targets, topics and verdicts.

    Args:
        targets: The targets a pledge sets; none by default.
        programs: Numbers of the plan's programs that carry it; none by default.
        milestones: What it promises to have done by a date
            ([`milestones`][pledgekit.strategies.milestones]); none by default.
        promised: The figure the pledge itself names; none by default.
        made_by: Who made it; by default none or one of
            [`memberships`][pledgekit.strategies.memberships].
        topics: Its topics; by default none, one or several (never blank, none twice).
        status: The tracker's own status, drawn for a pledge with nothing to measure
            (no targets, no milestones) only, as [`Pledge`][pledgekit.Pledge] allows; by
            default none or one of ``met``, ``partly_met``, ``not_met``,
            ``in_progress``. ``st.none()`` gives none.
        verdicts: Its verdict histories;
            [`verdict_histories`][pledgekit.strategies.verdict_histories] by default
            (some labelled on a declared scale).

    Shrinks toward a pledge with no topic, no status and no verdict.

    >>> from hypothesis import given, settings
    >>> from pledgekit import assess_pledge
    >>> from pledgekit.strategies import pledges
    >>> @settings(max_examples=20, derandomize=True)
    ... @given(pledges())
    ... def test_a_given_status_is_taken(pledge):
    ...     assessed = assess_pledge(pledge, ())
    ...     assert assessed.status_given == (pledge.status is not None)
    >>> test_a_given_status_is_taken()
    """
    drawn_targets = _option(targets, "targets", st.just(()))
    drawn_programs = _option(programs, "programs", st.just(()))
    drawn_milestones = _option(milestones, "milestones", st.just(()))
    drawn_promised = _option(promised, "promised", st.none())
    drawn_made_by = _option(made_by, "made_by", st.none() | _memberships())
    drawn_topics = _option(
        topics,
        "topics",
        st.lists(st.sampled_from(TOPICS) | texts(max_size=30), max_size=3, unique=True).map(tuple),
    )
    drawn_status = _option(status, "status", st.none() | st.sampled_from(GIVEN_STATUSES))
    drawn_verdicts = _option(verdicts, "verdicts", _verdict_histories())

    @st.composite
    def build(draw: st.DrawFn) -> Pledge:
        set_targets = draw(drawn_targets)
        set_milestones = draw(drawn_milestones)
        measurable = bool(set_targets) or bool(set_milestones)
        return Pledge(
            draw(texts(max_size=120)),
            language=draw(st.sampled_from(["id", "en"])),
            translation=draw(st.none() | texts(max_size=120)),
            made_by=draw(drawn_made_by),
            made_on=draw(st.none() | st.dates(_FIRST, _LAST)),
            targets=set_targets,
            milestones=set_milestones,
            promised=draw(drawn_promised),
            programs=draw(drawn_programs),
            verdicts=draw(drawn_verdicts),
            topics=draw(drawn_topics),
            status=None if measurable else draw(drawn_status),
            id=draw(numbered_ids("p")),
        )

    return build()


def _unique(
    draw: st.DrawFn, used: set[str], words: str, prefix: str, *, required: bool = False
) -> str | None:
    """No id (the simplest), or an id no other record of its kind in the case has.

    Half the ids are those the record's words would give (``"ahmad"``), so that a
    record with no id of its own meets one whose id its name would derive.
    """
    if not required and not draw(st.booleans()):
        return None
    base = draw(st.sampled_from([slug(words, 60), f"{prefix}{len(used) + 1}"]))
    candidate, number = base, 1
    while candidate in used:
        number += 1
        candidate = f"{base}-{number}"
    used.add(candidate)
    return candidate


def case_memberships(draw: st.DrawFn) -> list[Membership]:
    """Who speaks in a case: up to four memberships, each id unique within its kind.

    Persons and organizations are drawn first and shared: one person may hold two
    posts (the same record twice), and a later person may take an earlier one's name
    with an id of their own (two different Ahmads).
    """
    persons: list[Person] = []
    person_ids: set[str] = set()
    for _ in range(draw(st.integers(0, 3))):
        namesake = bool(persons) and draw(st.booleans())
        name = draw(st.sampled_from([p.name for p in persons])) if namesake else draw(_names(NAMES))
        # A namesake is a different person: an id of their own tells them apart.
        own = _unique(draw, person_ids, name, "person-", required=namesake)
        persons.append(
            Person(
                name,
                honorific_prefix=draw(st.none() | st.just("H.")),
                identifiers=draw(st.lists(identifiers(), max_size=1)),
                id=own,
            )
        )
    bodies: list[Organization] = []
    body_ids: set[str] = set()
    for _ in range(draw(st.integers(0, 2))):
        name = draw(_names(_ORGANIZATION_NAMES))
        bodies.append(Organization(name, id=_unique(draw, body_ids, name, "org-")))
    found: list[Membership] = []
    membership_ids: set[str] = set()
    # A membership for each person, and perhaps one more: a post held by nobody named,
    # or a second post of one of them.
    holders: list[Person | None] = list(persons)
    if draw(st.booleans()):
        holders.append(draw(st.none() | st.sampled_from(persons)) if persons else None)
    for person in holders:
        body = draw(st.none() | st.sampled_from(bodies)) if bodies else None
        post = draw(st.none() | st.sampled_from(_POSTS))
        if person is None and body is None and post is None:
            post = _POSTS[0]
        words = person.name if person is not None else post or (body.name if body else "")
        own = _unique(draw, membership_ids, words, "m")
        found.append(_membership(draw, person, post, body, own))
    return found


def case_pledges(
    draw: st.DrawFn,
    target_list: list[Target],
    plan: Plan | None,
    source_choice: st.SearchStrategy[Any],
    as_written: bool,
    said_by: list[Membership],
) -> list[Pledge]:
    """Pledges that set some of the targets, name some of the plan's programs, cite the case."""
    program_numbers = [p.number for p in plan.programs] if plan else []
    shapes: dict[str, Any] = {}
    if as_written:
        shapes = {
            "milestones": st.lists(_milestones(), max_size=2, unique_by=lambda m: m.id).map(tuple),
            "promised": st.none() | amounts(0, 10**6, max_fraction_digits=2),
        }
    drawn = pledges(
        targets=st.lists(st.sampled_from(target_list), unique=True).map(tuple)
        if target_list
        else st.just(()),
        programs=st.lists(st.sampled_from(program_numbers), unique=True).map(tuple)
        if program_numbers
        else st.just(()),
        made_by=st.none() | st.sampled_from(said_by) if said_by else st.none(),
        verdicts=_verdict_histories(sources=source_choice),
        **shapes,
    )
    return [
        attrs.evolve(
            pledge,
            source=draw(source_choice),
            milestones=tuple(
                attrs.evolve(m, source=draw(source_choice)) for m in pledge.milestones
            ),
        )
        for pledge in draw(st.lists(drawn, max_size=2, unique_by=lambda p: p.id))
    ]


_people = people
_organizations = organizations
_memberships = memberships
_milestones = milestones
_sources = sources
_verdict_histories = verdict_histories
