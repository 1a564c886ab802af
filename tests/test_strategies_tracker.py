"""Tests of the strategies for what a tracker keeps: ids, namesakes, topics, statuses, labels."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

import attrs
import pytest
from hypothesis import Phase, event, find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import pledgekit
from pledgekit import Case, Membership, Organization, Person, Pledge, PledgeStatus
from pledgekit._validate import slug
from pledgekit.io import dumps, loads, to_popolo
from pledgekit.strategies import (
    cases,
    memberships,
    pledges,
    targets,
    verdict_histories,
    verdict_records,
)
from pledgekit.verdicts import (
    FULL_FACT,
    POLITIFACT,
    VerdictHistory,
    VerdictRecord,
)

# Each example of these builds, writes or reads a whole case: at most 50 under any profile.
_HEAVY = settings(max_examples=min(settings.default.max_examples, 50))
#: Found, not shrunk: a search over generated values only.
_FIND = settings(max_examples=2000, database=None, deadline=None, phases=(Phase.generate,))
_SHRINK = settings(max_examples=2000, database=None, deadline=None, phases=list(Phase))


def _revalidate(value: Any) -> None:
    """attrs.evolve with no changes runs every converter and validator again."""
    assert value == attrs.evolve(value)


def _records_of(case: Case) -> list[Any]:
    """Every membership, person and organization a case mentions, in order."""
    said = [p.made_by for p in case.pledges] + [c.speaker for c in case.claims]
    found: list[Any] = []
    for membership in said:
        if membership is not None:
            found += [membership, membership.person, membership.organization]
    return [item for item in found if item is not None]


class TestValidByConstruction:
    """Each strategy's values pass every validator again, and keep the rules of their fields."""

    @given(pledges(targets=targets().map(lambda t: (t,)) | st.just(())))
    def test_pledges(self, pledge: Pledge) -> None:
        """A status only on a pledge with nothing to measure; topics non-blank, none twice."""
        _revalidate(pledge)
        if pledge.targets or pledge.milestones:
            assert pledge.status is None
        assert all(topic.strip() for topic in pledge.topics)
        assert len(set(pledge.topics)) == len(pledge.topics)
        event(f"status {pledge.status}, {len(pledge.topics)} topics")

    @given(memberships())
    def test_memberships(self, membership: Membership) -> None:
        """A membership names a person, a post or an organization, and revalidates."""
        _revalidate(membership)
        assert (membership.person, membership.post, membership.organization) != (None,) * 3

    @given(verdict_records())
    def test_labels_stand_for_their_verdict(self, record: VerdictRecord) -> None:
        """A label is on the record's scale and stands there for the record's verdict."""
        _revalidate(record)
        if record.label is not None:
            assert record.scale is not None
            assert record.verdict in record.scale.verdicts_for(record.label)

    @given(verdict_histories(dt.date(2020, 1, 1), dt.date(2020, 1, 3), max_size=3))
    def test_histories_run_oldest_first(self, history: VerdictHistory) -> None:
        """Records run oldest first, one a day, within the days given (three days here)."""
        _revalidate(history)
        days = [r.date for r in history]
        assert sorted(set(days)) == days
        assert all(dt.date(2020, 1, 1) <= day <= dt.date(2020, 1, 3) for day in days)

    @given(verdict_records(scales=st.from_type(pledgekit.verdicts.Scale)))
    def test_scales_of_ones_own(self, record: VerdictRecord) -> None:
        """Records on drawn scales of one's own are valid too."""
        _revalidate(record)

    @_HEAVY
    @given(cases())
    def test_no_two_records_share_an_id(self, case: Case) -> None:
        """Within a drawn case no two different persons, organizations or memberships share an id."""
        _revalidate(case)
        held: defaultdict[tuple[type, str], set[Any]] = defaultdict(set)
        for item in _records_of(case):
            if item.id is not None:
                held[type(item), item.id].add(item)
        assert dict.fromkeys(held, 1) == {key: len(items) for key, items in held.items()}

    def test_two_ahmads(self) -> None:
        """Two different persons of one name in a case are told apart by their ids."""

        def namesakes(case: Case) -> list[Person]:
            persons = list(dict.fromkeys(p for p in _records_of(case) if isinstance(p, Person)))
            names = [p.name for p in persons]
            return [p for p in persons if names.count(p.name) > 1]

        case = find(cases(), lambda c: bool(namesakes(c)), settings=_FIND)
        found = namesakes(case)
        assert len(found) == len({p.id for p in found})


class TestRoundTrip:
    """Drawn cases, with ids, namesakes, topics, statuses and labels, survive the case file."""

    @_HEAVY
    @given(cases())
    def test_case_file(self, case: Case) -> None:
        """loads(dumps(case)) == case."""
        event(f"{len({p for p in _records_of(case) if isinstance(p, Person)})} persons")
        assert case == loads(dumps(case), format="json")

    @_HEAVY
    @given(cases(as_written=True))
    def test_case_file_as_written(self, case: Case) -> None:
        """Cases as plans and officials write them too."""
        assert case == loads(dumps(case), format="json")

    @_HEAVY
    @given(cases())
    def test_popolo_keeps_every_person_apart(self, case: Case) -> None:
        """Popolo lists each different person once, under an id no other has, whole words only."""
        persons = list(dict.fromkeys(p for p in _records_of(case) if isinstance(p, Person)))
        written = to_popolo(case)["persons"]
        assert len(persons) == len(written)
        assert len(persons) == len({p["id"] for p in written})
        for person, data in zip(persons, written, strict=True):
            if person.id is not None:
                assert person.id == data["id"]
                continue
            # Made from the name: its slug cut after a whole word at 90 characters,
            # perhaps with "-2", "-3"... ("person" when the name gives no letter).
            whole = slug(person.name, 10**6)
            base, _, number = data["id"].rpartition("-")
            cuts = {data["id"], *([base] if number.isdigit() else [])}
            assert any(
                len(cut) <= 90 and (whole == cut or whole.startswith(cut + "-")) for cut in cuts
            ) or (whole == "item" and "person" in cuts), (whole, data["id"])


class TestShrinking:
    """Failing examples shrink toward no id, no topic, no status and no label."""

    def test_pledges_shrink_to_a_bare_pledge(self) -> None:
        """The simplest pledge has no maker, topic, status or verdict."""
        pledge = find(pledges(), lambda p: True, settings=_SHRINK)
        assert (None, (), None, 0) == (
            pledge.made_by,
            pledge.topics,
            pledge.status,
            len(pledge.verdicts),
        )

    def test_a_status_shrinks_to_met(self) -> None:
        """A pledge with a status of its own shrinks to the first a tracker gives: met."""
        pledge = find(pledges(), lambda p: p.status is not None, settings=_SHRINK)
        assert PledgeStatus.MET is pledge.status

    def test_persons_shrink_to_an_ahmad_with_no_id(self) -> None:
        """st.from_type(Person) shrinks to "Ahmad", with no id."""
        person = find(st.from_type(Person), lambda p: True, settings=_SHRINK)
        assert Person("Ahmad") == person

    def test_a_label_shrinks_to_one_as_published(self) -> None:
        """A labelled record shrinks to a PolitiFact label as published, not an old one."""
        record = find(verdict_records(), lambda r: r.label is not None, settings=_SHRINK)
        assert POLITIFACT == record.scale
        assert record.label in POLITIFACT.labels_for(record.verdict)


class TestFromType:
    """st.from_type draws the new fields of Pledge, Person, VerdictRecord and Case."""

    @pytest.mark.parametrize(
        ("cls", "reached"),
        [
            (Pledge, lambda p: bool(p.topics) and p.status is not None),
            (Person, lambda p: p.id is not None and len(p.name) > 90),
            (Organization, lambda o: o.id is not None),
            (Membership, lambda m: m.id is not None),
            (VerdictRecord, lambda r: r.label is not None and r.rated_by is not None),
            (Case, lambda c: any(p.id for p in _records_of(c) if isinstance(p, Person))),
        ],
        ids=lambda value: getattr(value, "__name__", "reached"),
    )
    def test_reaches_the_new_fields(self, cls: type, reached: Any) -> None:
        """Each class is drawn with its new fields set."""
        found = find(st.from_type(cls), reached, settings=_FIND)
        _revalidate(found)


class TestInvalidArguments:
    @pytest.mark.parametrize(
        "make",
        [
            lambda: memberships(ids="m1"),
            lambda: memberships(people=Person("Ahmad")),
            lambda: pledges(topics=("jobs",)),
            lambda: pledges(status=PledgeStatus.MET),
            lambda: pledges(made_by=None, verdicts=VerdictHistory()),
            lambda: verdict_records(scales=POLITIFACT),
            lambda: verdict_records(dt.date(2020, 1, 2), dt.date(2020, 1, 1)),
            lambda: verdict_records("2020-01-01"),
            lambda: verdict_histories(min_size=4, max_size=3),
            lambda: verdict_histories(dt.date(2020, 1, 1), dt.date(2020, 1, 2), max_size=3),
        ],
    )
    def test_bad_arguments_raise_invalid_argument(self, make: Any) -> None:
        """Bad arguments raise InvalidArgument when the strategy is made or drawn."""
        with pytest.raises(InvalidArgument):
            make().example()

    def test_a_scale_that_is_no_scale_is_refused_when_drawn(self) -> None:
        """A scales strategy that draws a name, not a Scale, raises InvalidArgument."""

        @settings(max_examples=1, database=None)
        @given(verdict_records(scales=st.just(FULL_FACT.name)))
        def draw(record: VerdictRecord) -> None:
            pass

        with pytest.raises(InvalidArgument):
            draw()
