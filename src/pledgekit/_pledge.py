"""Pledges, who made them (in Popolo's words), and claims about their progress."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

import attrs

from pledgekit._amounts import Amount, Rounding, to_amount
from pledgekit._indicator import Indicator, Target
from pledgekit._period import Period, require_date
from pledgekit._schedule import Comparison
from pledgekit._source import Source
from pledgekit._validate import (
    enum_member,
    identifier,
    instance_of,
    optional_identifier,
    optional_text,
    required_text,
    slug,
    to_tuple,
)
from pledgekit._verdict import PledgeStatus, VerdictHistory, VerdictRecord
from pledgekit.exceptions import InvalidValueError

__all__ = [
    "Claim",
    "ClaimKind",
    "Identifier",
    "Membership",
    "Milestone",
    "Organization",
    "Person",
    "Pledge",
    "RateUnit",
]


def _optional(kind: type, where: str, expected: str) -> Any:
    return attrs.validators.optional(instance_of(kind, where, expected))


def _optional_date(where: str) -> Any:
    def check(instance: object, attribute: object, value: object) -> None:
        if value is not None:
            require_date(value, where)

    return check


def _required_date(where: str) -> Any:
    def check(instance: object, attribute: object, value: object) -> None:
        require_date(value, where)

    return check


@attrs.frozen
class Identifier:
    """An identifier of a person or organization in some scheme (Popolo ``identifiers``).

    >>> from pledgekit import Identifier
    >>> Identifier("Q3427", scheme="wikidata").scheme
    'wikidata'
    """

    identifier: str = attrs.field(validator=required_text("Identifier.identifier"))
    scheme: str = attrs.field(kw_only=True, validator=required_text("Identifier.scheme"))


def _person_identifiers(value: Iterable[Identifier]) -> tuple[Identifier, ...]:
    return to_tuple(value, Identifier, "Person.identifiers", "an Identifier")


def _organization_identifiers(value: Iterable[Identifier]) -> tuple[Identifier, ...]:
    return to_tuple(value, Identifier, "Organization.identifiers", "an Identifier")


def _pledge_targets(value: Iterable[Target]) -> tuple[Target, ...]:
    return to_tuple(value, Target, "Pledge.targets", "a Target")


def _pledge_programs(value: Iterable[int]) -> tuple[int, ...]:
    return to_tuple(value, int, "Pledge.programs", "a program number")


def _pledge_milestones(value: Iterable[Milestone]) -> tuple[Milestone, ...]:
    return to_tuple(value, Milestone, "Pledge.milestones", "a Milestone")


def _pledge_promised(value: Amount | None) -> Decimal | None:
    return None if value is None else to_amount(value, where="Pledge.promised")


def _pledge_topics(value: Iterable[str]) -> tuple[str, ...]:
    topics = to_tuple(value, str, "Pledge.topics", "a topic (a non-empty string)")
    seen: dict[str, int] = {}
    for index, topic in enumerate(topics):
        if not topic.strip():
            raise InvalidValueError(
                topic, "a topic (a non-empty string)", f"Pledge.topics[{index}]"
            )
        if topic in seen:
            raise InvalidValueError(
                topic,
                f"a topic not listed before (it is also Pledge.topics[{seen[topic]}])",
                f"Pledge.topics[{index}]",
            )
        seen[topic] = index
    return topics


#: The statuses a tracker may give a pledge with nothing to measure.
GIVEN_STATUSES = (
    PledgeStatus.MET,
    PledgeStatus.PARTLY_MET,
    PledgeStatus.NOT_MET,
    PledgeStatus.IN_PROGRESS,
)


def _pledge_status(value: PledgeStatus | str | None) -> PledgeStatus | None:
    if value is None:
        return None
    for status in GIVEN_STATUSES:
        if value is status or value == status.value:
            return status
    words = ", ".join(repr(s.value) for s in GIVEN_STATUSES)
    raise InvalidValueError(value, f"None or a status a tracker gives: {words}", "Pledge.status")


def _pledge_verdicts(value: Iterable[VerdictRecord] | VerdictHistory) -> VerdictHistory:
    if isinstance(value, VerdictHistory):
        return value
    return VerdictHistory(to_tuple(value, VerdictRecord, "Pledge.verdicts", "a VerdictRecord"))


@attrs.frozen
class Person:
    """A person (Popolo ``Person``).

    ``id`` is the person's own identifier, kept by every file format; two different
    persons of one name ("Ahmad") are told apart by it. Without one, a writer that needs
    an id makes it from the name, never giving two different persons the same.

    >>> from pledgekit import Person
    >>> Person("Lilis Kusbandiah", honorific_prefix="Dra.", honorific_suffix="MM").display_name
    'Dra. Lilis Kusbandiah MM'
    >>> Person("Ahmad", id="ahmad-dprd") == Person("Ahmad", id="ahmad-kpu")
    False
    """

    name: str = attrs.field(validator=required_text("Person.name"))
    honorific_prefix: str | None = attrs.field(
        default=None, kw_only=True, validator=optional_text("Person.honorific_prefix")
    )
    honorific_suffix: str | None = attrs.field(
        default=None, kw_only=True, validator=optional_text("Person.honorific_suffix")
    )
    identifiers: tuple[Identifier, ...] = attrs.field(
        default=(), kw_only=True, converter=_person_identifiers
    )
    id: str | None = attrs.field(
        default=None, kw_only=True, validator=optional_identifier("Person.id")
    )

    @property
    def display_name(self) -> str:
        """The name with its honorifics."""
        parts = (self.honorific_prefix, self.name, self.honorific_suffix)
        return " ".join(part for part in parts if part)


@attrs.frozen
class Organization:
    """An organization: a party, a coalition, an agency (Popolo ``Organization``).

    ``id`` is its own identifier, kept by every file format (see [`Person`][pledgekit.Person]).

    >>> from pledgekit import Organization
    >>> Organization("Dinas Tenaga Kerja Kota Bekasi", classification="agency").name
    'Dinas Tenaga Kerja Kota Bekasi'
    """

    name: str = attrs.field(validator=required_text("Organization.name"))
    classification: str | None = attrs.field(
        default=None, kw_only=True, validator=optional_text("Organization.classification")
    )
    identifiers: tuple[Identifier, ...] = attrs.field(
        default=(), kw_only=True, converter=_organization_identifiers
    )
    id: str | None = attrs.field(
        default=None, kw_only=True, validator=optional_identifier("Organization.id")
    )


@attrs.frozen
class Membership:
    """Who held which post in which organization, and when (Popolo ``Membership``).

    Args:
        person: The person, when known.
        post: The post's label (``"Wali Kota Bekasi"``).
        organization: The organization the post belongs to, or the party or coalition.
        role: The role in words, when it differs from the post.
        start_date: The first day in the post.
        end_date: The last day in the post.
        id: Its own identifier, kept by every file format (see [`Person`][pledgekit.Person]).

    >>> import datetime as dt
    >>> from pledgekit import Membership
    >>> m = Membership(post="Wali Kota Bekasi", start_date=dt.date(2018, 9, 20),
    ...                end_date=dt.date(2023, 9, 19))
    >>> m.post
    'Wali Kota Bekasi'
    """

    person: Person | None = attrs.field(
        default=None, validator=_optional(Person, "Membership.person", "a Person or None")
    )
    post: str | None = attrs.field(
        default=None, kw_only=True, validator=optional_text("Membership.post")
    )
    organization: Organization | None = attrs.field(
        default=None,
        kw_only=True,
        validator=_optional(Organization, "Membership.organization", "an Organization or None"),
    )
    role: str | None = attrs.field(
        default=None, kw_only=True, validator=optional_text("Membership.role")
    )
    start_date: dt.date | None = attrs.field(
        default=None, kw_only=True, validator=_optional_date("Membership.start_date")
    )
    end_date: dt.date | None = attrs.field(
        default=None, kw_only=True, validator=_optional_date("Membership.end_date")
    )
    id: str | None = attrs.field(
        default=None, kw_only=True, validator=optional_identifier("Membership.id")
    )

    def __attrs_post_init__(self) -> None:
        if self.person is None and self.post is None and self.organization is None:
            raise InvalidValueError(
                None, "at least a person, a post or an organization", "Membership"
            )
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise InvalidValueError(
                self.end_date, f"an end on or after {self.start_date}", "Membership.end_date"
            )

    @property
    def label(self) -> str:
        """Who, in words: the person's name and the post or organization."""
        parts = []
        if self.person is not None:
            parts.append(self.person.display_name)
        where = ", ".join(
            p for p in (self.post or self.role, self.organization and self.organization.name) if p
        )
        if where:
            parts.append(where)
        return ", ".join(parts)


#: The longest id made from a pledge's or a milestone's words (cut after a whole word).
_ID_LENGTH = 60


def _milestone_id(milestone: Milestone) -> str:
    return slug(milestone.description, _ID_LENGTH)


@attrs.frozen
class Milestone:
    """Something a pledge promises to have done by a date, with no count to it.

    "Membangun stadion", "menerbitkan perda": done or not done by ``due``, and the
    source that says so. A pledge's assessment counts a milestone met when it was done
    on or before its due date.

    Args:
        description: What is to be done.
        due: The last day it may be done on.
        done_on: The day it was done, when it was; ``None``: not (yet) done, as far as
            the sources say.
        source: Where it is recorded as done (or not).
        note: Anything a reader should know.
        id: A short identifier; by default made from the description.

    >>> import datetime as dt
    >>> from pledgekit import Milestone
    >>> m = Milestone("Perda ketenagakerjaan terbit", dt.date(2020, 12, 31),
    ...               done_on=dt.date(2021, 3, 2))
    >>> m.is_done(dt.date(2021, 6, 30)), m.late_days
    (True, 61)
    """

    description: str = attrs.field(validator=required_text("Milestone.description"))
    due: dt.date = attrs.field(validator=_required_date("Milestone.due"))
    done_on: dt.date | None = attrs.field(
        default=None, kw_only=True, validator=_optional_date("Milestone.done_on")
    )
    source: Source | None = attrs.field(
        default=None,
        kw_only=True,
        validator=_optional(Source, "Milestone.source", "a Source or None"),
    )
    note: str | None = attrs.field(
        default=None, kw_only=True, validator=optional_text("Milestone.note")
    )
    id: str = attrs.field(
        default=attrs.Factory(_milestone_id, takes_self=True),
        kw_only=True,
        validator=identifier("Milestone.id"),
    )

    def is_done(self, as_of: dt.date) -> bool:
        """Whether it was done by the end of day ``as_of`` (late or not)."""
        return self.done_on is not None and self.done_on <= as_of

    @property
    def late_days(self) -> int | None:
        """Days after ``due`` it was done (0 when on time); ``None`` when not done."""
        if self.done_on is None:
            return None
        return max(0, (self.done_on - self.due).days)


def _pledge_id(pledge: Pledge) -> str:
    return slug(pledge.text, _ID_LENGTH)


@attrs.frozen
class Pledge:
    """A campaign promise (janji kampanye), in the words it was made.

    Args:
        text: The pledge in its original language.
        language: That language, as an ISO 639-1 code.
        translation: An English translation, if any.
        made_by: Who made it: the candidate, the post sought, the term.
        made_on: When it was made.
        source: Where it is recorded.
        targets: The measurable targets it sets.
        milestones: What it promises to have done by a date, with no count to it.
        promised: The figure the pledge itself names ("200.000 wirausaha baru"), when
            it names one in its targets' unit; the audit compares it with each target's
            value in force.
        programs: Numbers of the plan's priority programs that carry it.
        verdicts: Editorial verdicts given on it over time, oldest first
            (a [`VerdictHistory`][pledgekit.VerdictHistory] or its records).
        topics: The subjects a tracker groups promises by ("ketenagakerjaan"), each a
            non-empty text, none twice, in the order given.
        status: The tracker's own status of a pledge with nothing to measure (no
            targets and no milestones): ``met``, ``partly_met``, ``not_met`` or
            ``in_progress``. Refused on a pledge with targets or milestones, whose
            status their figures decide (see ``docs/pledges.md``).
        id: A short identifier; by default made from the text, cut after a whole word
            at 60 characters.

    >>> from pledgekit import Pledge
    >>> Pledge("Menyerap 150.000 tenaga kerja baru", translation="Absorb 150,000 new workers",
    ...        programs=[10], topics=["ketenagakerjaan"]).topics
    ('ketenagakerjaan',)
    >>> Pledge("Membangun masjid raya", status="in_progress").status
    <PledgeStatus.IN_PROGRESS: 'in_progress'>
    """

    text: str = attrs.field(validator=required_text("Pledge.text"))
    language: str = attrs.field(
        default="id", kw_only=True, validator=required_text("Pledge.language")
    )
    translation: str | None = attrs.field(
        default=None, kw_only=True, validator=optional_text("Pledge.translation")
    )
    made_by: Membership | None = attrs.field(
        default=None,
        kw_only=True,
        validator=_optional(Membership, "Pledge.made_by", "a Membership or None"),
    )
    made_on: dt.date | None = attrs.field(
        default=None, kw_only=True, validator=_optional_date("Pledge.made_on")
    )
    source: Source | None = attrs.field(
        default=None, kw_only=True, validator=_optional(Source, "Pledge.source", "a Source or None")
    )
    targets: tuple[Target, ...] = attrs.field(default=(), kw_only=True, converter=_pledge_targets)
    milestones: tuple[Milestone, ...] = attrs.field(
        default=(), kw_only=True, converter=_pledge_milestones
    )
    promised: Decimal | None = attrs.field(default=None, kw_only=True, converter=_pledge_promised)
    programs: tuple[int, ...] = attrs.field(default=(), kw_only=True, converter=_pledge_programs)
    verdicts: VerdictHistory = attrs.field(
        default=VerdictHistory(), kw_only=True, converter=_pledge_verdicts
    )
    topics: tuple[str, ...] = attrs.field(default=(), kw_only=True, converter=_pledge_topics)
    status: PledgeStatus | None = attrs.field(default=None, kw_only=True, converter=_pledge_status)
    id: str = attrs.field(
        default=attrs.Factory(_pledge_id, takes_self=True),
        kw_only=True,
        validator=identifier("Pledge.id"),
    )

    def __attrs_post_init__(self) -> None:
        seen: dict[str, int] = {}
        for index, milestone in enumerate(self.milestones):
            first = seen.setdefault(milestone.id, index)
            if first != index:
                raise InvalidValueError(
                    milestone.id,
                    f"an id no other milestone of the pledge has (it is also the id of "
                    f"Pledge.milestones[{first}], {self.milestones[first].description!r}, "
                    f"and this is {milestone.description!r}; give one an id of its own)",
                    f"Pledge.milestones[{index}].id",
                )
        if self.status is not None and (self.targets or self.milestones):
            raise InvalidValueError(
                self.status.value,
                f"no status on a pledge with {len(self.targets)} target(s) and "
                f"{len(self.milestones)} milestone(s): their figures decide its status "
                "(a status of its own is for a pledge with nothing to measure)",
                "Pledge.status",
            )

    def _repr_html_(self) -> str:
        # The report builds on this module; the language is the notebook's setting.
        from pledgekit import report

        return report.pledge_html(self, lang=report.get_html_language())


class ClaimKind(enum.Enum):
    """What a claim states.

    The labour office of Kota Bekasi said two kinds of thing about the same day, 30 June
    2022: how many were absorbed ("141.624") and what was left ("sisa target 8276").
    A case file names the kind by its value:

    >>> import datetime as dt
    >>> from pledgekit import Claim, ClaimKind
    >>> ClaimKind("remaining")
    <ClaimKind.REMAINING: 'remaining'>
    >>> said = [Claim(ClaimKind.ACHIEVED, "141624", dt.date(2022, 6, 30)),
    ...         Claim(ClaimKind.REMAINING, "8276", dt.date(2022, 6, 30))]
    >>> [(c.kind.name, c.figure) for c in said]
    [('ACHIEVED', Decimal('141624')), ('REMAINING', Decimal('8276'))]

    Only a MET claim states no figure, and it may not state one:

    >>> Claim(ClaimKind.MET, "150000", dt.date(2022, 6, 30))
    Traceback (most recent call last):
    ...
    pledgekit.exceptions.InvalidValueError: Claim.value: got Decimal('150000') (Decimal); expected no value for a MET claim
    """

    #: The cumulative value reached by ``as_of`` ("sudah terserap 141.624").
    ACHIEVED = "achieved"
    #: What is left to reach the target ("sisa target 8276").
    REMAINING = "remaining"
    #: The share of the target done, in percent.
    PERCENT = "percent"
    #: That the target is reached (no value).
    MET = "met"
    #: The value for one period (``period``), such as a year's figure.
    PERIOD_VALUE = "period_value"
    #: An average rate over a period (``period``), per day, month or year (``per``):
    #: "rata-rata 1.200 per bulan" since January.
    RATE = "rate"


class RateUnit(enum.Enum):
    """What a [`ClaimKind.RATE`][pledgekit.ClaimKind.RATE] claim's figure is per.

    A claim such as "rata-rata 1.200 per bulan" since January, made of the end of June
    2022, is a rate per month over January–June 2022. The audit sets it against the
    figures' own rate over those six calendar months: Bekasi reported 5,108 for them,
    5,108 / 6 = 851.33... a month.

    >>> import datetime as dt
    >>> from pledgekit import Claim, ClaimKind, Period
    >>> rate = Claim(ClaimKind.RATE, "1200", dt.date(2022, 6, 30),
    ...              period=Period.months(2022, 1, 6), per="month")
    >>> rate.per, str(rate.period)
    (<RateUnit.MONTH: 'month'>, '2022-01-01..2022-06-30')

    A rate that does not say what it is per is refused:

    >>> Claim(ClaimKind.RATE, "1200", dt.date(2022, 6, 30), period=Period.months(2022, 1, 6))
    Traceback (most recent call last):
    ...
    pledgekit.exceptions.InvalidValueError: Claim.per: got None (NoneType); expected what a RATE claim is per ('day', 'month' or 'year')
    """

    DAY = "day"
    #: A calendar month.
    MONTH = "month"
    #: A calendar year.
    YEAR = "year"


def _claim_bound(value: Comparison | str | None) -> Comparison | None:
    if value is None:
        return None
    bound = enum_member(Comparison, value, "Claim.bound", "None, ")
    if bound is Comparison.WITHIN:
        raise InvalidValueError(
            value, "more_than, at_least, at_most or less_than (a bound, not a range)", "Claim.bound"
        )
    return bound


def _claim_per(value: RateUnit | str | None) -> RateUnit | None:
    return None if value is None else enum_member(RateUnit, value, "Claim.per", "None, ")


def _claim_value(value: object) -> Decimal | None:
    return None if value is None else to_amount(value, where="Claim.value")


def _claim_resolution(value: object) -> Decimal | None:
    if value is None:
        return None
    amount = to_amount(value, where="Claim.resolution")
    if amount <= 0:
        raise InvalidValueError(value, "a positive rounding step such as 1000", "Claim.resolution")
    return amount


@attrs.frozen
class Claim:
    """A dated statement by someone about progress toward a target.

    Args:
        kind: What the claim states.
        value: The figure stated (``None`` only for [`ClaimKind.MET`][pledgekit.ClaimKind.MET]).
        as_of: The date the figure is about ("hingga bulan Juni" → 30 June).
        stated_on: When it was stated.
        resolution: The step the figure is rounded to, if it is rounded. A
            [`ClaimKind.PERCENT`][pledgekit.ClaimKind.PERCENT] figure without one is
            taken to be rounded to its last printed digit ("94,42 %" to 0.01).
        rounding: How the figure was cut to its resolution.
        speaker: Who stated it.
        source: Where it was published.
        indicator: What the speaker says is measured, when that differs from the
            target's indicator (or to record that it does not).
        target: The target the claim is about; optional where only one is in question.
        period: For [`ClaimKind.PERIOD_VALUE`][pledgekit.ClaimKind.PERIOD_VALUE], the
            period the value is for; for [`ClaimKind.RATE`][pledgekit.ClaimKind.RATE],
            the period the rate averages over.
        bound: When the figure is a bound rather than the value ("di atas 6.000" is
            ``more_than``, "hampir 150.000" ``less_than``, "9,3 juta lebih"
            ``more_than``): the [`Comparison`][pledgekit.Comparison] the true value bears to
            the figure. The audit then uses the open interval.
        per: For [`ClaimKind.RATE`][pledgekit.ClaimKind.RATE], what the rate is per.
        quote: The words, in the original language.
        dateline: The date as printed with the statement (``"Jum'at (22/7/2022)"``),
            checked against ``stated_on``.

    >>> import datetime as dt
    >>> from pledgekit import Claim, ClaimKind, Rounding
    >>> c = Claim(ClaimKind.ACHIEVED, "141000", dt.date(2022, 6, 30), resolution=1000,
    ...           rounding=Rounding.DOWN)
    >>> c.interval
    (Decimal('141000'), Decimal('142000'))
    """

    kind: ClaimKind = attrs.field(validator=instance_of(ClaimKind, "Claim.kind", "a ClaimKind"))
    value: Decimal | None = attrs.field(converter=_claim_value)
    as_of: dt.date = attrs.field(validator=_required_date("Claim.as_of"))
    stated_on: dt.date | None = attrs.field(
        default=None, kw_only=True, validator=_optional_date("Claim.stated_on")
    )
    resolution: Decimal | None = attrs.field(
        default=None, kw_only=True, converter=_claim_resolution
    )
    rounding: Rounding = attrs.field(
        default=Rounding.NEAREST,
        kw_only=True,
        validator=instance_of(Rounding, "Claim.rounding", "a Rounding"),
    )
    speaker: Membership | None = attrs.field(
        default=None,
        kw_only=True,
        validator=_optional(Membership, "Claim.speaker", "a Membership or None"),
    )
    source: Source | None = attrs.field(
        default=None, kw_only=True, validator=_optional(Source, "Claim.source", "a Source or None")
    )
    indicator: Indicator | None = attrs.field(
        default=None,
        kw_only=True,
        validator=_optional(Indicator, "Claim.indicator", "an Indicator or None"),
    )
    target: Target | None = attrs.field(
        default=None, kw_only=True, validator=_optional(Target, "Claim.target", "a Target or None")
    )
    period: Period | None = attrs.field(
        default=None, kw_only=True, validator=_optional(Period, "Claim.period", "a Period or None")
    )
    quote: str | None = attrs.field(
        default=None, kw_only=True, validator=optional_text("Claim.quote")
    )
    dateline: str | None = attrs.field(
        default=None, kw_only=True, validator=optional_text("Claim.dateline")
    )
    bound: Comparison | None = attrs.field(default=None, kw_only=True, converter=_claim_bound)
    per: RateUnit | None = attrs.field(default=None, kw_only=True, converter=_claim_per)

    def __attrs_post_init__(self) -> None:
        if self.kind is ClaimKind.MET:
            if self.value is not None:
                raise InvalidValueError(self.value, "no value for a MET claim", "Claim.value")
            if self.bound is not None:
                raise InvalidValueError(self.bound.value, "no bound for a MET claim", "Claim.bound")
        elif self.value is None:
            raise InvalidValueError(None, f"a figure for a {self.kind.name} claim", "Claim.value")
        if (self.kind is ClaimKind.RATE) != (self.per is not None):
            raise InvalidValueError(
                None if self.per is None else self.per.value,
                "what a RATE claim is per ('day', 'month' or 'year')"
                if self.kind is ClaimKind.RATE
                else "no 'per' except on a RATE claim",
                "Claim.per",
            )
        if self.kind in (ClaimKind.PERIOD_VALUE, ClaimKind.RATE):
            if self.period is None:
                raise InvalidValueError(
                    None, f"the period of a {self.kind.name} claim", "Claim.period"
                )
            if self.period.end > self.as_of:
                raise InvalidValueError(
                    self.as_of,
                    f"an as-of date on or after the period's end {self.period.end}",
                    "Claim.as_of",
                )
        elif self.period is not None:
            raise InvalidValueError(
                self.period, "a period only for a PERIOD_VALUE or RATE claim", "Claim.period"
            )

    @property
    def figure(self) -> Decimal:
        """The figure the claim states (its ``value``, never ``None``).

        Raises:
            InvalidValueError: For a MET claim, which states no figure.
        """
        if self.value is None:
            raise InvalidValueError(self.kind, "a claim that states a figure", "Claim.value")
        return self.value

    @property
    def interval(self) -> tuple[Decimal, Decimal]:
        """The closed interval of true values the stated figure stands for.

        Raises:
            InvalidValueError: For a MET claim, which states no figure.
        """
        value = self.figure
        resolution = self.resolution
        if resolution is None and self.kind is ClaimKind.PERCENT:
            # A claimed value is a finite amount (to_amount), so its exponent is an int.
            exponent = int(value.as_tuple().exponent)
            resolution = Decimal((0, (1,), exponent))
        return self.rounding.interval(value, resolution)
