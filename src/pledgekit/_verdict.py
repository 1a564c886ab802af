"""Verdict types: the canonical `Verdict`, trackers' scales, histories and rules.

The public face is [`pledgekit.verdicts`][pledgekit.verdicts], which documents the
scales. This private module sits on the floor of plans and pledges, beside
`pledgekit._pledge` whose [`Pledge`][pledgekit.Pledge] holds a
[`VerdictHistory`][pledgekit.VerdictHistory]; it reads [`Progress`][pledgekit.Progress]
from the floor below.

>>> to_scale(Verdict.KEPT, POLITIFACT)
'Promise Kept'
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Iterator
from decimal import Decimal
from fractions import Fraction
from typing import Any, Protocol, runtime_checkable

import attrs

from pledgekit._amounts import to_amount
from pledgekit._period import require_date
from pledgekit._progress import Progress
from pledgekit._source import Source
from pledgekit.exceptions import InvalidValueError

# The public names are listed once, in the __all__ of pledgekit.verdicts, the public face.


class Verdict(enum.Enum):
    """pledgekit's canonical verdict on a pledge.

    One word of pledgekit's own, which each tracker's scale writes in its label:

    >>> from pledgekit import Verdict
    >>> from pledgekit.verdicts import CPPG, POLITIFACT, from_scale, to_scale
    >>> Verdict("partial"), to_scale(Verdict.PARTIAL, POLITIFACT), to_scale(Verdict.PARTIAL, CPPG)
    (<Verdict.PARTIAL: 'partial'>, 'Compromise', 'partially fulfilled')
    >>> from_scale("Promise Broken", POLITIFACT)
    <Verdict.BROKEN: 'broken'>
    """

    #: Not assessed yet.
    NOT_RATED = "not_rated"
    #: Work toward it is under way.
    IN_PROGRESS = "in_progress"
    #: No movement, or movement blocked.
    STALLED = "stalled"
    #: Kept in part: less than promised, or a compromise.
    PARTIAL = "partial"
    #: Kept.
    KEPT = "kept"
    #: Broken.
    BROKEN = "broken"
    #: Cannot be tested: the pledge is too vague, or no information exists.
    UNTESTABLE = "untestable"


# Scales -----------------------------------------------------------------------------


def _check_pair(pair: object, where: str) -> None:
    """A ``(label, Verdict)`` pair: a non-empty label and a verdict."""
    if (
        not isinstance(pair, tuple)
        or len(pair) != 2
        or not isinstance(pair[0], str)
        or not pair[0].strip()
        or not isinstance(pair[1], Verdict)
    ):
        raise InvalidValueError(pair, "a (label, Verdict) pair", where)


def _validate_pairs(instance: Scale, attribute: object, value: object) -> None:
    where = f"Scale({instance.name!r}).pairs"
    if not isinstance(value, tuple) or not value:
        raise InvalidValueError(value, "a non-empty tuple of (label, Verdict) pairs", where)
    seen: set[tuple[str, Verdict]] = set()
    for index, pair in enumerate(value):
        _check_pair(pair, f"{where}[{index}]")
        key = (_fold(pair[0]), pair[1])
        if key in seen:
            raise InvalidValueError(pair, "each (label, Verdict) pair once", f"{where}[{index}]")
        seen.add(key)


def _validate_aliases(instance: Scale, attribute: object, value: object) -> None:
    where = f"Scale({instance.name!r}).aliases"
    if not isinstance(value, tuple):
        raise InvalidValueError(value, "a tuple of (label, Verdict) pairs", where)
    labels = {_fold(label) for label, _ in instance.pairs}
    seen: set[str] = set()
    for index, pair in enumerate(value):
        _check_pair(pair, f"{where}[{index}]")
        folded = _fold(pair[0])
        if folded in labels:
            raise InvalidValueError(
                pair, "an old label that is not one of the scale's labels", f"{where}[{index}]"
            )
        if folded in seen:
            raise InvalidValueError(pair, "each old label once", f"{where}[{index}]")
        seen.add(folded)


def _validate_key(instance: Scale, attribute: object, value: Any) -> None:
    if value is None:
        return
    if (
        not isinstance(value, str)
        or not value
        or not all(c.islower() or c.isdigit() or c == "_" for c in value)
    ):
        raise InvalidValueError(
            value, "None or a short key of lower-case letters, digits and _", "Scale.key"
        )


def _tuple(value: object) -> object:
    return (
        tuple(tuple(p) if isinstance(p, list) else p for p in value)
        if isinstance(value, list | tuple)
        else value
    )


def _fold(label: str) -> str:
    return " ".join(label.split()).casefold()


@attrs.frozen
class Scale:
    """A tracker's published verdict scale, declared as label ↔ verdict pairs.

    A label may stand for several verdicts (Polimeter's "kept in part or in the
    works") and a verdict may have several labels (Full Fact's "appears on track" and
    "signs of progress"); [`to_scale`][pledgekit.verdicts.to_scale] and
    [`from_scale`][pledgekit.verdicts.from_scale] refuse such cases with an error naming
    the candidates. A verdict with no label is simply not on the scale
    ([`to_scale`][pledgekit.verdicts.to_scale] then gives its ``default``, when one is
    given).

    Args:
        name: The scale's name.
        pairs: ``(label, Verdict)`` pairs; labels match case-insensitively.
        source: Where the scale is published.
        aliases: Old labels, as ``(label, Verdict)`` pairs:
            [`from_scale`][pledgekit.verdicts.from_scale] reads them,
            [`to_scale`][pledgekit.verdicts.to_scale] never writes them (PolitiFact's
            "No Action", the Obameter's first name for "Not Yet Rated"). An alias is not
            also a label.
        key: A short key for the scale in case files (``"politifact"``); ``None``
            for a scale of the caller's own, which a case file cannot name.

    >>> from pledgekit.verdicts import POLITIFACT
    >>> POLITIFACT.labels
    ('Not Yet Rated', 'In the Works', 'Stalled', 'Compromise', 'Promise Kept', 'Promise Broken')
    >>> POLITIFACT.aliases, POLITIFACT.key
    ((('No Action', <Verdict.NOT_RATED: 'not_rated'>),), 'politifact')
    """

    name: str = attrs.field()
    pairs: tuple[tuple[str, Verdict], ...] = attrs.field(
        converter=_tuple, validator=_validate_pairs
    )
    source: str | None = attrs.field(default=None, kw_only=True)
    aliases: tuple[tuple[str, Verdict], ...] = attrs.field(
        default=(), kw_only=True, converter=_tuple, validator=_validate_aliases
    )
    key: str | None = attrs.field(default=None, kw_only=True, validator=_validate_key)

    @name.validator
    def _check_name(self, attribute: object, value: object) -> None:
        if not isinstance(value, str) or not value.strip():
            raise InvalidValueError(value, "a non-empty scale name", "Scale.name")

    @property
    def labels(self) -> tuple[str, ...]:
        """The scale's labels, each once, in declared order."""
        return tuple(dict.fromkeys(label for label, _ in self.pairs))

    def labels_for(self, verdict: Verdict) -> tuple[str, ...]:
        """Every label that stands for ``verdict`` (possibly none)."""
        return tuple(label for label, v in self.pairs if v is verdict)

    def verdicts_for(self, label: str) -> tuple[Verdict, ...]:
        """Every verdict ``label`` stands for (possibly none), matched case-insensitively.

        An old label (an alias) stands for its verdict too.

        >>> from pledgekit.verdicts import POLITIFACT
        >>> POLITIFACT.verdicts_for("no action")
        (<Verdict.NOT_RATED: 'not_rated'>,)
        """
        folded = _fold(label)
        return tuple(v for text, v in (*self.pairs, *self.aliases) if _fold(text) == folded)

    def _known(self) -> str:
        """The labels, and the old labels, for a message."""
        words = ", ".join(repr(x) for x in self.labels)
        if self.aliases:
            words += "; old labels " + ", ".join(repr(label) for label, _ in self.aliases)
        return words


POLITIFACT = Scale(
    "PolitiFact",
    (
        ("Not Yet Rated", Verdict.NOT_RATED),
        ("In the Works", Verdict.IN_PROGRESS),
        ("Stalled", Verdict.STALLED),
        ("Compromise", Verdict.PARTIAL),
        ("Promise Kept", Verdict.KEPT),
        ("Promise Broken", Verdict.BROKEN),
    ),
    source="https://www.politifact.com/truth-o-meter/promises/",
    # The Obameter's first label for a promise not yet looked at, renamed on
    # 27 October 2009 (PolitiFact, "A new Obameter category: 'Not yet rated'").
    aliases=(("No Action", Verdict.NOT_RATED),),
    key="politifact",
)
"""PolitiFact's ratings: the Obameter, the Trump-O-Meter, the Biden Promise Tracker.

One label for each of six verdicts; the Obameter's "No Action" of 2009, since renamed
"Not Yet Rated", is read as an old label but never written:

>>> from pledgekit.verdicts import POLITIFACT, Verdict, from_scale, to_scale
>>> to_scale(Verdict.PARTIAL, POLITIFACT), to_scale(Verdict.KEPT, POLITIFACT)
('Compromise', 'Promise Kept')
>>> from_scale("No Action", POLITIFACT), to_scale(Verdict.NOT_RATED, POLITIFACT)
(<Verdict.NOT_RATED: 'not_rated'>, 'Not Yet Rated')
"""
CPPG = Scale(
    "Comparative Party Pledges Group",
    (
        ("fully fulfilled", Verdict.KEPT),
        ("partially fulfilled", Verdict.PARTIAL),
        ("not fulfilled", Verdict.BROKEN),
    ),
    source="Thomson, Royed, Naurin et al. (2017), American Journal of Political Science "
    "61(3): 527-542, https://doi.org/10.1111/ajps.12313",
    key="cppg",
)
"""The Comparative Party Pledges Group's fulfilment scale (assessed at a term's end).

Three labels, for a pledge kept, kept in part and broken; a verdict on a pledge still
in its term has none, and takes the caller's ``default``:

>>> from pledgekit.verdicts import CPPG, Verdict, to_scale
>>> [to_scale(v, CPPG) for v in (Verdict.KEPT, Verdict.PARTIAL, Verdict.BROKEN)]
['fully fulfilled', 'partially fulfilled', 'not fulfilled']
>>> to_scale(Verdict.IN_PROGRESS, CPPG, default="term still running")
'term still running'
"""
POLIMETER = Scale(
    "Polimeter",
    (
        ("kept", Verdict.KEPT),
        ("kept in part or in the works", Verdict.PARTIAL),
        ("kept in part or in the works", Verdict.IN_PROGRESS),
        ("broken", Verdict.BROKEN),
        ("not yet rated", Verdict.NOT_RATED),
    ),
    source="https://www.polimetre.org/en",
    key="polimeter",
)
"""The Polimeter's verdicts (Université Laval); one label covers two verdicts.

"kept in part or in the works" is written for a pledge kept in part and for one in
progress alike, so reading it back needs the rationale:

>>> from pledgekit.verdicts import POLIMETER, Verdict, to_scale
>>> to_scale(Verdict.PARTIAL, POLIMETER), to_scale(Verdict.IN_PROGRESS, POLIMETER)
('kept in part or in the works', 'kept in part or in the works')
>>> POLIMETER.verdicts_for("kept in part or in the works")
(<Verdict.PARTIAL: 'partial'>, <Verdict.IN_PROGRESS: 'in_progress'>)
"""
FULL_FACT = Scale(
    "Full Fact",
    (
        ("achieved", Verdict.KEPT),
        ("appears on track", Verdict.IN_PROGRESS),
        ("signs of progress", Verdict.IN_PROGRESS),
        ("appears off track", Verdict.STALLED),
    ),
    source="https://fullfact.org/government-tracker/",
    key="full_fact",
)
"""Full Fact's Government Tracker ratings; two labels mean "in progress".

A verdict in progress is "appears on track" or "signs of progress", which the caller
chooses between; a stalled one is "appears off track":

>>> from pledgekit.verdicts import FULL_FACT, Verdict, to_scale
>>> to_scale(Verdict.KEPT, FULL_FACT), to_scale(Verdict.STALLED, FULL_FACT)
('achieved', 'appears off track')
>>> FULL_FACT.labels_for(Verdict.IN_PROGRESS)
('appears on track', 'signs of progress')
"""
SCALES = (POLITIFACT, CPPG, POLIMETER, FULL_FACT)
"""Every scale declared here, each with the key a case file names it by.

The label each writes for a pledge kept:

>>> from pledgekit.verdicts import SCALES, Verdict, get_scale, to_scale
>>> [scale.key for scale in SCALES]
['politifact', 'cppg', 'polimeter', 'full_fact']
>>> [to_scale(Verdict.KEPT, scale) for scale in SCALES]
['Promise Kept', 'fully fulfilled', 'kept', 'achieved']
>>> get_scale("full_fact") is SCALES[3]
True
"""


def get_scale(name: str) -> Scale:
    """The declared scale (`SCALES`) with the key or the name ``name``, exactly.

    The keys are ``"politifact"``, ``"cppg"``, ``"polimeter"`` and ``"full_fact"``;
    the names those of the scales (``"PolitiFact"``, ``"Comparative Party Pledges
    Group"``, ``"Polimeter"``, ``"Full Fact"``). A case file names a scale this way.

    Raises:
        InvalidValueError: No declared scale has that key or name.

    >>> from pledgekit.verdicts import FULL_FACT, get_scale
    >>> get_scale("full_fact") is get_scale("Full Fact") is FULL_FACT
    True
    >>> get_scale("Politifact")
    Traceback (most recent call last):
    ...
    pledgekit.exceptions.InvalidValueError: scale: got 'Politifact' (str); expected the key or the name of a declared scale: 'politifact' (PolitiFact), 'cppg' (Comparative Party Pledges Group), 'polimeter' (Polimeter), 'full_fact' (Full Fact)
    """
    for scale in SCALES:
        if name in (scale.key, scale.name):
            return scale
    known = ", ".join(f"{s.key!r} ({s.name})" for s in SCALES)
    raise InvalidValueError(name, f"the key or the name of a declared scale: {known}", "scale")


def to_scale(verdict: Verdict, scale: Scale, default: str | None = None) -> str:
    """The label ``scale`` uses for ``verdict`` (never an old label, an alias).

    Args:
        verdict: The verdict.
        scale: The scale.
        default: What to give when the scale has no label for the verdict (Full
            Fact has none for BROKEN): a string of the caller's choosing. Without
            it, such a verdict is an error. A verdict with several labels is an error
            even with a default: the scale does have labels for it, and the caller
            chooses among ``scale.labels_for(verdict)``.

    Raises:
        InvalidValueError: The verdict has no label on the scale and no default is
            given, or it has several; ``default`` is not a string.

    >>> from pledgekit import Verdict
    >>> from pledgekit.verdicts import FULL_FACT, POLIMETER, POLITIFACT, to_scale
    >>> to_scale(Verdict.KEPT, POLIMETER)
    'kept'
    >>> to_scale(Verdict.UNTESTABLE, POLITIFACT, default="Not rateable")
    'Not rateable'
    >>> to_scale(Verdict.KEPT, POLITIFACT, default="Not rateable")
    'Promise Kept'
    >>> to_scale(Verdict.IN_PROGRESS, FULL_FACT)
    Traceback (most recent call last):
    ...
    pledgekit.exceptions.InvalidValueError: to_scale(Full Fact): got <Verdict.IN_PROGRESS: 'in_progress'> (Verdict); expected a verdict with one label on the scale (IN_PROGRESS has 2: 'appears on track', 'signs of progress'; choose one yourself)
    """
    if not isinstance(verdict, Verdict):
        raise InvalidValueError(verdict, "a Verdict", "to_scale(verdict)")
    if not isinstance(scale, Scale):
        raise InvalidValueError(scale, "a Scale", "to_scale(scale)")
    if default is not None and not isinstance(default, str):
        raise InvalidValueError(default, "None or a string", "to_scale(default)")
    labels = scale.labels_for(verdict)
    where = f"to_scale({scale.name})"
    if not labels and default is not None:
        return default
    if not labels:
        raise InvalidValueError(
            verdict,
            f"a verdict the scale has a label for (it has none for {verdict.name}; "
            f"its labels are {', '.join(repr(x) for x in scale.labels)})",
            where,
        )
    if len(labels) > 1:
        raise InvalidValueError(
            verdict,
            f"a verdict with one label on the scale ({verdict.name} has {len(labels)}: "
            f"{', '.join(repr(x) for x in labels)}; choose one yourself)",
            where,
        )
    return labels[0]


def from_scale(label: str, scale: Scale) -> Verdict:
    """The verdict a label of ``scale`` stands for (labels match case-insensitively).

    An old label (one of ``scale.aliases``) is read too.

    Raises:
        InvalidValueError: The label is not on the scale, or stands for several verdicts.

    >>> from pledgekit.verdicts import POLIMETER, POLITIFACT, from_scale
    >>> from_scale("Promise Kept", POLITIFACT)
    <Verdict.KEPT: 'kept'>
    >>> from_scale("No Action", POLITIFACT)
    <Verdict.NOT_RATED: 'not_rated'>
    >>> from_scale("kept in part or in the works", POLIMETER)
    Traceback (most recent call last):
    ...
    pledgekit.exceptions.InvalidValueError: from_scale(Polimeter): got 'kept in part or in the works' (str); expected a label that stands for one verdict (it stands for PARTIAL or IN_PROGRESS; decide from the rationale)
    """
    if not isinstance(label, str):
        raise InvalidValueError(label, "a label (a string)", "from_scale(label)")
    if not isinstance(scale, Scale):
        raise InvalidValueError(scale, "a Scale", "from_scale(scale)")
    verdicts = scale.verdicts_for(label)
    where = f"from_scale({scale.name})"
    if not verdicts:
        raise InvalidValueError(label, f"one of the scale's labels: {scale._known()}", where)
    if len(verdicts) > 1:
        raise InvalidValueError(
            label,
            "a label that stands for one verdict (it stands for "
            f"{' or '.join(v.name for v in verdicts)}; decide from the rationale)",
            where,
        )
    return verdicts[0]


# Records and histories -----------------------------------------------------------------


def _validate_record_date(instance: object, attribute: object, value: Any) -> None:
    require_date(value, "VerdictRecord.date")


def _validate_record_verdict(instance: object, attribute: object, value: Any) -> None:
    if not isinstance(value, Verdict):
        raise InvalidValueError(value, "a Verdict", "VerdictRecord.verdict")


def _validate_rationale(instance: object, attribute: object, value: Any) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidValueError(value, "a non-empty rationale", "VerdictRecord.rationale")


def _validate_record_source(instance: object, attribute: object, value: Any) -> None:
    if value is not None and not isinstance(value, Source):
        raise InvalidValueError(value, "a Source or None", "VerdictRecord.source")


def _validate_rated_by(instance: object, attribute: object, value: Any) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise InvalidValueError(
            value,
            "None or who rated it, in words (a newsroom, a desk, an editor)",
            "VerdictRecord.rated_by",
        )


def _validate_record_scale(instance: object, attribute: object, value: Any) -> None:
    if value is not None and not isinstance(value, Scale):
        raise InvalidValueError(value, "a Scale or None", "VerdictRecord.scale")


def _validate_label(instance: VerdictRecord, attribute: object, value: Any) -> None:
    """A label stands on its scale for the record's verdict (validators run after all fields)."""
    where = "VerdictRecord.label"
    if value is None:
        return
    if not isinstance(value, str) or not value.strip():
        raise InvalidValueError(value, "None or the tracker's label (a non-empty string)", where)
    scale, verdict = instance.scale, instance.verdict
    if scale is None:
        raise InvalidValueError(
            value, "a label given with the scale it is on (scale=, e.g. POLITIFACT)", where
        )
    stands_for = scale.verdicts_for(value)
    if not stands_for:
        fitting = [*scale.labels_for(verdict), *(a for a, v in scale.aliases if v is verdict)]
        named = ", ".join(repr(x) for x in fitting) if fitting else "it has none"
        raise InvalidValueError(
            value,
            f"a label of the scale {scale.name} for {verdict.name} ({named}); "
            f"its labels: {scale._known()}",
            where,
        )
    if verdict not in stands_for:
        own = scale.labels_for(verdict)
        named = (
            f"its label for {verdict.name} is {' or '.join(repr(x) for x in own)}"
            if own
            else f"it has no label for {verdict.name}"
        )
        raise InvalidValueError(
            value,
            f"a label of {scale.name} that stands for the verdict {verdict.name} (on "
            f"{scale.name} {value!r} stands for {' or '.join(v.name for v in stands_for)}; "
            f"{named})",
            where,
        )


@attrs.frozen
class VerdictRecord:
    """A verdict given on a date, with the reasons for it.

    Args:
        date: The day the verdict was given.
        verdict: The verdict.
        rationale: Why, in words.
        source: Where it was published.
        label: The tracker's own label as published ("Compromise"); given with its
            ``scale``, on which it must stand for ``verdict`` (an old label, an
            alias, counts).
        scale: The scale the tracker rates on ([`POLITIFACT`][pledgekit.verdicts.POLITIFACT], ...).
        rated_by: Who rated it, in words: a newsroom, a desk, an editor.

    >>> import datetime as dt
    >>> from pledgekit import Verdict, VerdictRecord
    >>> from pledgekit.verdicts import POLITIFACT
    >>> VerdictRecord(dt.date(2022, 7, 22), Verdict.IN_PROGRESS, "146,305 of 150,000 reported").verdict
    <Verdict.IN_PROGRESS: 'in_progress'>
    >>> VerdictRecord(dt.date(2022, 7, 22), Verdict.PARTIAL, "less than promised",
    ...               label="Compromise", scale=POLITIFACT, rated_by="Desk Kota").label
    'Compromise'
    >>> VerdictRecord(dt.date(2022, 7, 22), Verdict.KEPT, "done", label="Compromise",
    ...               scale=POLITIFACT)
    Traceback (most recent call last):
    ...
    pledgekit.exceptions.InvalidValueError: VerdictRecord.label: got 'Compromise' (str); expected a label of PolitiFact that stands for the verdict KEPT (on PolitiFact 'Compromise' stands for PARTIAL; its label for KEPT is 'Promise Kept')
    """

    date: dt.date = attrs.field(validator=_validate_record_date)
    verdict: Verdict = attrs.field(validator=_validate_record_verdict)
    rationale: str = attrs.field(validator=_validate_rationale)
    source: Source | None = attrs.field(default=None, validator=_validate_record_source)
    # The scale is checked before the label that is read on it.
    scale: Scale | None = attrs.field(default=None, kw_only=True, validator=_validate_record_scale)
    label: str | None = attrs.field(default=None, kw_only=True, validator=_validate_label)
    rated_by: str | None = attrs.field(default=None, kw_only=True, validator=_validate_rated_by)


def _records(value: object) -> tuple[VerdictRecord, ...]:
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise InvalidValueError(value, "an iterable of VerdictRecord", "VerdictHistory.records")
    records = tuple(value)
    for index, record in enumerate(records):
        if not isinstance(record, VerdictRecord):
            raise InvalidValueError(record, "a VerdictRecord", f"VerdictHistory.records[{index}]")
        if index and record.date <= records[index - 1].date:
            raise InvalidValueError(
                record.date,
                f"a date after {records[index - 1].date.isoformat()} (records run oldest "
                "first, at most one per day)",
                f"VerdictHistory.records[{index}].date",
            )
    return records


@attrs.frozen
class VerdictHistory:
    """A pledge's verdicts over time, oldest first, at most one per day.

    >>> import datetime as dt
    >>> from pledgekit import Verdict, VerdictHistory, VerdictRecord
    >>> h = VerdictHistory([VerdictRecord(dt.date(2019, 1, 10), Verdict.NOT_RATED, "new"),
    ...                     VerdictRecord(dt.date(2022, 7, 22), Verdict.IN_PROGRESS, "reported")])
    >>> h.latest.verdict, h.at(dt.date(2020, 1, 1)).verdict, len(h)
    (<Verdict.IN_PROGRESS: 'in_progress'>, <Verdict.NOT_RATED: 'not_rated'>, 2)
    """

    records: tuple[VerdictRecord, ...] = attrs.field(default=(), converter=_records)

    def __len__(self) -> int:
        return len(self.records)

    def __iter__(self) -> Iterator[VerdictRecord]:
        return iter(self.records)

    @property
    def latest(self) -> VerdictRecord | None:
        """The most recent record, or ``None`` for an empty history."""
        return self.records[-1] if self.records else None

    def at(self, when: dt.date) -> VerdictRecord | None:
        """The record in force at the end of day ``when``, or ``None`` before the first."""
        require_date(when, "VerdictHistory.at(when)")
        current = None
        for record in self.records:
            if record.date > when:
                break
            current = record
        return current

    def add(self, record: VerdictRecord) -> VerdictHistory:
        """A new history with ``record`` appended (it must be dated after the latest)."""
        return VerdictHistory((*self.records, record))


# Rules -----------------------------------------------------------------------------


def _rule(value: object, where: str) -> Fraction:
    if isinstance(value, Fraction):
        return value
    if isinstance(value, bool) or not isinstance(value, int | Decimal | str):
        raise InvalidValueError(
            value, "an int, a Fraction, a Decimal or a string such as '0.75' or '3/4'", where
        )
    expected = "a number such as '0.75' or '3/4'"
    # Through to_amount, whose size limits refuse "1e-99999999" and infinities before
    # Fraction would expand or choke on them.
    if isinstance(value, str) and "/" in value:
        numerator, _, denominator = value.partition("/")
        top = _bounded(numerator, value, expected, where)
        bottom = _bounded(denominator, value, expected, where)
        if bottom == 0:
            raise InvalidValueError(value, expected + " with a denominator other than 0", where)
        return top / bottom
    return _bounded(value, value, expected, where)


def _bounded(part: object, value: object, expected: str, where: str) -> Fraction:
    try:
        return Fraction(to_amount(part))
    except InvalidValueError:
        raise InvalidValueError(value, expected, where) from None


def _kept_at_least(value: object) -> Fraction:
    return _rule(value, "VerdictRules.kept_at_least")


def _partial_at_least(value: object) -> Fraction:
    return _rule(value, "VerdictRules.partial_at_least")


def _stalled_at_most(value: object) -> Fraction:
    return _rule(value, "VerdictRules.stalled_at_most")


def _kept_late_within_days(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidValueError(
            value,
            "None or a number of days (an int, 0 or more)",
            "VerdictRules.kept_late_within_days",
        )
    return value


@attrs.frozen
class VerdictRules:
    """Thresholds that turn a [`Progress`][pledgekit.Progress] into a suggested verdict.

    Shares are of the distance from baseline to target (``Progress.ratio``).

    Args:
        kept_at_least: Share at or above which a pledge counts as kept even if not
            exactly met (1: only a met target is kept).
        partial_at_least: Share a pledge needs, once its period is over, to be kept in
            part rather than broken. The default 3/4 is pledgekit's own choice: no
            tracker cited in ``docs/methods.md`` publishes a number (PolitiFact's
            Compromise, the CPPG's "partially fulfilled" are judged in words), and
            it is not TrackMyMayor's, whose guide has none. Set your desk's own.
        stalled_at_most: Share at or below which a pledge still in its period counts
            as stalled rather than in progress (0: no movement toward the target).
        kept_late_within_days: How late a fulfilment may come and still count as kept.
            A target the figures met only after its period (``Progress.met_on``,
            ``Progress.late_days``), or a milestone done after its due date, is kept when
            it came at most this many days late, and kept in part otherwise. ``None``
            (the default): a late fulfilment is always kept in part, never kept. No
            tracker we can cite publishes a number of days; the default is a
            conservative choice: the date was part of the promise, so a promise kept
            late is kept in part (PolitiFact's "Compromise").

    >>> from pledgekit import VerdictRules
    >>> VerdictRules().partial_at_least
    Fraction(3, 4)
    >>> VerdictRules(partial_at_least="0.5").partial_at_least
    Fraction(1, 2)
    >>> VerdictRules(kept_late_within_days=365).late_is_kept(366)
    False
    """

    kept_at_least: Fraction = attrs.field(
        default=Fraction(1), kw_only=True, converter=_kept_at_least
    )
    partial_at_least: Fraction = attrs.field(
        default=Fraction(3, 4), kw_only=True, converter=_partial_at_least
    )
    stalled_at_most: Fraction = attrs.field(
        default=Fraction(0), kw_only=True, converter=_stalled_at_most
    )
    kept_late_within_days: int | None = attrs.field(
        default=None, kw_only=True, converter=_kept_late_within_days
    )

    def __attrs_post_init__(self) -> None:
        if not self.stalled_at_most < self.partial_at_least <= self.kept_at_least <= 1:
            raise InvalidValueError(
                (self.stalled_at_most, self.partial_at_least, self.kept_at_least),
                "stalled_at_most < partial_at_least <= kept_at_least <= 1",
                "VerdictRules",
            )

    def late_is_kept(self, late_days: int) -> bool:
        """Whether a fulfilment ``late_days`` after its deadline counts as kept (0: on time)."""
        if late_days == 0:
            return True
        return self.kept_late_within_days is not None and late_days <= self.kept_late_within_days


DEFAULT_RULES = VerdictRules()
"""The default rules: kept when met, kept in part from 75 %, stalled at no movement.

pledgekit's own choices (see ``docs/methods.md``), which
[`suggest_verdict`][pledgekit.verdicts.suggest_verdict] applies unless given others.
Once a target of 100 is past its period, 100 is kept, 75 (3/4 of the way) kept in
part, and 74 broken:

>>> import datetime as dt
>>> from pledgekit import (Accumulation, Direction, Indicator, Observation, Period,
...                        Target, progress)
>>> from pledgekit.verdicts import DEFAULT_RULES, suggest_verdict
>>> DEFAULT_RULES.partial_at_least, DEFAULT_RULES.kept_late_within_days
(Fraction(3, 4), None)
>>> jobs = Indicator("Jobs", "persons", direction=Direction.INCREASE,
...                  accumulation=Accumulation.SUM)
>>> target = Target(jobs, 100, period=Period.years(2019, 2022))
>>> def verdict(figure):
...     counted = [Observation(Period.years(2019, 2022), figure)]
...     return suggest_verdict(progress(target, counted, as_of=dt.date(2023, 1, 1)),
...                            DEFAULT_RULES).name
>>> [verdict(figure) for figure in (100, 75, 74)]
['KEPT', 'PARTIAL', 'BROKEN']
"""


def _check_inputs(progress: object, rules: object, where: str) -> None:
    if not isinstance(progress, Progress):
        raise InvalidValueError(progress, "a pledgekit.Progress", f"{where}(progress)")
    if not isinstance(rules, VerdictRules):
        raise InvalidValueError(rules, "VerdictRules", f"{where}(rules)")


def _kept(progress: Progress, rules: VerdictRules) -> bool:
    if progress.is_met or (progress.ratio is not None and progress.ratio >= rules.kept_at_least):
        return True
    return _met_late(progress) and rules.late_is_kept(progress.late_days or 0)


def _met_late(progress: Progress) -> bool:
    """Not met in time, but met by figures after the target period (``late_days`` > 0).

    A level met inside the period and lost again has ``late_days`` 0: not late.
    """
    return not progress.is_met and (progress.late_days or 0) > 0


def suggest_verdict(progress: Progress, rules: VerdictRules = DEFAULT_RULES) -> Verdict:
    """The verdict the numbers suggest.

    - No observation counted: [`Verdict.NOT_RATED`][pledgekit.Verdict.NOT_RATED].
    - Met (or at least ``kept_at_least`` of the way): [`Verdict.KEPT`][pledgekit.Verdict.KEPT].
    - Met late (figures after the period met it, ``Progress.met_on``):
      [`Verdict.KEPT`][pledgekit.Verdict.KEPT] within ``kept_late_within_days``, else
      [`Verdict.PARTIAL`][pledgekit.Verdict.PARTIAL].
    - Period over: [`Verdict.PARTIAL`][pledgekit.Verdict.PARTIAL] from
      ``partial_at_least`` of the way, else
      [`Verdict.BROKEN`][pledgekit.Verdict.BROKEN].
    - Period running: [`Verdict.STALLED`][pledgekit.Verdict.STALLED] at or below
      ``stalled_at_most`` of the way (or when the target equals the baseline and is not
      met), else [`Verdict.IN_PROGRESS`][pledgekit.Verdict.IN_PROGRESS].

    [`Verdict.UNTESTABLE`][pledgekit.Verdict.UNTESTABLE] is an editorial judgement the
    numbers never suggest.

    >>> import datetime as dt
    >>> from pledgekit import Accumulation, Direction, Indicator, Observation, Period, Target, progress
    >>> from pledgekit.verdicts import suggest_verdict
    >>> jobs = Indicator("Tenaga kerja", "orang", direction=Direction.INCREASE,
    ...                  accumulation=Accumulation.SUM)
    >>> target = Target(jobs, 150000, period=Period.term(dt.date(2018, 9, 20)))
    >>> p = progress(target, [Observation(Period.years(2019, 2021), 141197)])
    >>> suggest_verdict(p)
    <Verdict.IN_PROGRESS: 'in_progress'>
    >>> suggest_verdict(progress(target, [Observation(Period.years(2019, 2022), 141197)],
    ...                          as_of=dt.date(2023, 9, 19)))
    <Verdict.PARTIAL: 'partial'>
    """
    _check_inputs(progress, rules, "suggest_verdict")
    if not progress.observations:
        return Verdict.NOT_RATED
    if _kept(progress, rules):
        return Verdict.KEPT
    ratio = progress.ratio
    if _met_late(progress):
        return Verdict.PARTIAL
    if progress.days_left == 0:
        if ratio is not None and ratio >= rules.partial_at_least:
            return Verdict.PARTIAL
        return Verdict.BROKEN
    if ratio is None or ratio <= rules.stalled_at_most:
        return Verdict.STALLED
    return Verdict.IN_PROGRESS


class VerdictProblem(enum.Enum):
    """How a recorded verdict contradicts the numbers (what `check_verdict` finds).

    The Bekasi jobs target, 150,000 over the term from 20 September 2018:

    >>> import datetime as dt
    >>> from pledgekit import (Accumulation, Direction, Indicator, Observation, Period,
    ...                        Target, Verdict, progress)
    >>> from pledgekit.verdicts import check_verdict
    >>> jobs = Indicator("Tenaga kerja", "orang", direction=Direction.INCREASE,
    ...                  accumulation=Accumulation.SUM)
    >>> target = Target(jobs, 150000, period=Period.term(dt.date(2018, 9, 20)))
    >>> reported = progress(target, [Observation(Period.years(2019, 2021), 141197),
    ...                              Observation(Period.months(2022, 1, 6), 5108)])
    >>> check_verdict(Verdict.KEPT, reported)  # 141,197 + 5,108 = 146,305 < 150,000
    <VerdictProblem.KEPT_NOT_MET: 'kept_not_met'>
    >>> check_verdict(Verdict.KEPT, progress(target, [], as_of=dt.date(2022, 6, 30)))
    <VerdictProblem.KEPT_NO_FIGURE: 'kept_no_figure'>

    Had the figures reached the 150,000, or had 2019 brought none at all:

    >>> met = progress(target, [Observation(Period.years(2019, 2022), 150000)])
    >>> check_verdict(Verdict.IN_PROGRESS, met)
    <VerdictProblem.MET_NOT_KEPT: 'met_not_kept'>
    >>> check_verdict(Verdict.PARTIAL, progress(target, [Observation(Period.year(2019), 0)]))
    <VerdictProblem.NO_MOVEMENT: 'no_movement'>
    """

    #: Recorded KEPT, but the figures fall short of the target.
    KEPT_NOT_MET = "kept_not_met"
    #: Recorded KEPT, but no figure is counted, so nothing shows the target met.
    KEPT_NO_FIGURE = "kept_no_figure"
    #: Recorded BROKEN, STALLED, IN_PROGRESS or PARTIAL, but the target is met.
    MET_NOT_KEPT = "met_not_kept"
    #: Recorded PARTIAL, but nothing moved toward the target.
    NO_MOVEMENT = "no_movement"


def check_verdict(
    verdict: Verdict, progress: Progress, rules: VerdictRules = DEFAULT_RULES
) -> VerdictProblem | None:
    """How a recorded verdict contradicts the numbers, or ``None`` when they do not.

    Only contradictions the numbers settle are reported:

    - [`Verdict.KEPT`][pledgekit.Verdict.KEPT] while the target is not met (nor
      ``kept_at_least`` of the way there):
      [`VerdictProblem.KEPT_NOT_MET`][pledgekit.VerdictProblem.KEPT_NOT_MET], or
      [`VerdictProblem.KEPT_NO_FIGURE`][pledgekit.VerdictProblem.KEPT_NO_FIGURE] when no
      figure is counted (a target met late within ``kept_late_within_days`` counts as
      kept);
    - any of [`Verdict.BROKEN`][pledgekit.Verdict.BROKEN],
      [`Verdict.STALLED`][pledgekit.Verdict.STALLED],
      [`Verdict.IN_PROGRESS`][pledgekit.Verdict.IN_PROGRESS] or
      [`Verdict.PARTIAL`][pledgekit.Verdict.PARTIAL] while the target is met:
      [`VerdictProblem.MET_NOT_KEPT`][pledgekit.VerdictProblem.MET_NOT_KEPT];
    - [`Verdict.PARTIAL`][pledgekit.Verdict.PARTIAL] while nothing moved toward the
      target (at or below ``stalled_at_most``) and it was not met late:
      [`VerdictProblem.NO_MOVEMENT`][pledgekit.VerdictProblem.NO_MOVEMENT].

    A pledge called broken before its deadline, or in progress after it, is an
    editorial call the numbers do not contradict.
    [`Verdict.NOT_RATED`][pledgekit.Verdict.NOT_RATED] and
    [`Verdict.UNTESTABLE`][pledgekit.Verdict.UNTESTABLE] never contradict them. The
    words for a contradiction are the message catalogues' (``Case.assess`` makes it a
    ``VERDICT_CONTRADICTS_DATA`` finding, worded in every language).

    >>> import datetime as dt
    >>> from pledgekit import (Accumulation, Direction, Indicator, Observation, Period,
    ...                        Target, Verdict, progress)
    >>> from pledgekit.verdicts import check_verdict
    >>> jobs = Indicator("Tenaga kerja", "orang", direction=Direction.INCREASE,
    ...                  accumulation=Accumulation.SUM)
    >>> target = Target(jobs, 150000, period=Period.term(dt.date(2018, 9, 20)))
    >>> p = progress(target, [Observation(Period.years(2019, 2021), 141197)])
    >>> check_verdict(Verdict.KEPT, p)
    <VerdictProblem.KEPT_NOT_MET: 'kept_not_met'>
    >>> check_verdict(Verdict.IN_PROGRESS, p) is None
    True
    """
    if not isinstance(verdict, Verdict):
        raise InvalidValueError(verdict, "a Verdict", "check_verdict(verdict)")
    _check_inputs(progress, rules, "check_verdict")
    if verdict is Verdict.KEPT and not _kept(progress, rules):
        if not progress.observations:
            return VerdictProblem.KEPT_NO_FIGURE
        return VerdictProblem.KEPT_NOT_MET
    if verdict in _NOT_KEPT and progress.is_met:
        return VerdictProblem.MET_NOT_KEPT
    if (
        verdict is Verdict.PARTIAL
        and progress.ratio is not None
        and progress.ratio <= rules.stalled_at_most
        and not _met_late(progress)
    ):
        return VerdictProblem.NO_MOVEMENT
    return None


_NOT_KEPT = frozenset({Verdict.BROKEN, Verdict.STALLED, Verdict.IN_PROGRESS, Verdict.PARTIAL})


# Pledges as a whole --------------------------------------------------------------------


class PledgeStatus(enum.Enum):
    """Where a pledge stands as a whole, by the rule that combines its targets and milestones.

    Two milestones of one pledge, one done in time and one not done by its date:

    >>> import datetime as dt
    >>> from pledgekit import Milestone, Pledge, PledgeStatus, assess_pledge
    >>> from pledgekit.verdicts import suggest_pledge_verdict
    >>> done = Milestone("Perda terbit", dt.date(2020, 12, 31), done_on=dt.date(2020, 11, 2))
    >>> missed = Milestone("Balai latihan kerja dibuka", dt.date(2021, 12, 31))
    >>> result = assess_pledge(Pledge("Perda dan balai", milestones=[done, missed]), (),
    ...                        as_of=dt.date(2022, 6, 30))
    >>> result.status, result.share_met, suggest_pledge_verdict(result)  # 1 of 2 met
    (<PledgeStatus.PARTLY_MET: 'partly_met'>, Fraction(1, 2), <Verdict.PARTIAL: 'partial'>)
    >>> assess_pledge(Pledge("Kota yang ihsan"), ()).status is PledgeStatus("not_measurable")
    True
    """

    #: The rule is met, every part of it in time.
    MET = "met"
    #: The rule is met, but only counting parts met after their deadline.
    MET_LATE = "met_late"
    #: Every part's deadline is past; the rule is not met, but some of it is.
    PARTLY_MET = "partly_met"
    #: Every part's deadline is past and none of it is met (or the rule's measure is
    #: in its lowest bands).
    NOT_MET = "not_met"
    #: The rule is not met yet and some part's deadline is still ahead.
    IN_PROGRESS = "in_progress"
    #: The pledge has parts, but none the rule can count: no figure, no grade.
    NO_DATA = "no_data"
    #: The pledge has no target and no milestone: only its verdict history speaks.
    NOT_MEASURABLE = "not_measurable"


@runtime_checkable
class PledgeStanding(Protocol):
    """What a pledge-level verdict reads: a status and how late (a ``PledgeAssessment``).

    A [`PledgeAssessment`][pledgekit.PledgeAssessment] is one, and so is anything with the two:

    >>> import datetime as dt
    >>> from pledgekit import Milestone, Pledge, VerdictRules, assess_pledge
    >>> from pledgekit.verdicts import PledgeStanding, suggest_pledge_verdict
    >>> law = Milestone("Perda terbit", dt.date(2020, 12, 31), done_on=dt.date(2021, 3, 2))
    >>> result = assess_pledge(Pledge("Menerbitkan perda", milestones=[law]), (),
    ...                        as_of=dt.date(2021, 6, 30))
    >>> isinstance(result, PledgeStanding), result.status, result.late_days  # 31 + 28 + 2
    (True, <PledgeStatus.MET_LATE: 'met_late'>, 61)
    >>> suggest_pledge_verdict(result), suggest_pledge_verdict(
    ...     result, VerdictRules(kept_late_within_days=61))
    (<Verdict.PARTIAL: 'partial'>, <Verdict.KEPT: 'kept'>)
    >>> isinstance("met", PledgeStanding)
    False
    """

    @property
    def status(self) -> PledgeStatus:
        """The pledge's status."""

    @property
    def late_days(self) -> int | None:
        """Days after the deadline the last part was met; ``None`` unless all are met."""


_PLEDGE_VERDICTS = {
    PledgeStatus.MET: Verdict.KEPT,
    PledgeStatus.PARTLY_MET: Verdict.PARTIAL,
    PledgeStatus.NOT_MET: Verdict.BROKEN,
    PledgeStatus.IN_PROGRESS: Verdict.IN_PROGRESS,
    PledgeStatus.NO_DATA: Verdict.NOT_RATED,
}


def _check_standing(standing: object, rules: object, where: str) -> PledgeStanding:
    if not isinstance(standing, PledgeStanding) or not isinstance(standing.status, PledgeStatus):
        raise InvalidValueError(standing, "a pledgekit.PledgeAssessment", f"{where}(assessment)")
    if not isinstance(rules, VerdictRules):
        raise InvalidValueError(rules, "VerdictRules", f"{where}(rules)")
    return standing


def suggest_pledge_verdict(
    assessment: PledgeStanding, rules: VerdictRules = DEFAULT_RULES
) -> Verdict | None:
    """The verdict a pledge's status suggests, or ``None`` for a pledge with nothing to measure.

    - [`PledgeStatus.MET`][pledgekit.PledgeStatus.MET]: [`Verdict.KEPT`][pledgekit.Verdict.KEPT].
    - [`PledgeStatus.MET_LATE`][pledgekit.PledgeStatus.MET_LATE]:
      [`Verdict.KEPT`][pledgekit.Verdict.KEPT] when ``late_days`` is within
      ``rules.kept_late_within_days``, else
      [`Verdict.PARTIAL`][pledgekit.Verdict.PARTIAL] (kept, late).
    - [`PledgeStatus.PARTLY_MET`][pledgekit.PledgeStatus.PARTLY_MET]:
      [`Verdict.PARTIAL`][pledgekit.Verdict.PARTIAL];
      [`PledgeStatus.NOT_MET`][pledgekit.PledgeStatus.NOT_MET]:
      [`Verdict.BROKEN`][pledgekit.Verdict.BROKEN];
      [`PledgeStatus.IN_PROGRESS`][pledgekit.PledgeStatus.IN_PROGRESS]:
      [`Verdict.IN_PROGRESS`][pledgekit.Verdict.IN_PROGRESS];
      [`PledgeStatus.NO_DATA`][pledgekit.PledgeStatus.NO_DATA]:
      [`Verdict.NOT_RATED`][pledgekit.Verdict.NOT_RATED].
    - [`PledgeStatus.NOT_MEASURABLE`][pledgekit.PledgeStatus.NOT_MEASURABLE]: ``None``;
      the verdict history speaks alone.

    Args:
        assessment: A [`PledgeAssessment`][pledgekit.PledgeAssessment] (anything with ``status``
            and ``late_days``).
        rules: The verdict rules; only ``kept_late_within_days`` applies here, the
            shares having been applied by the pledge rule.

    >>> import attrs
    >>> from pledgekit import PledgeStatus, VerdictRules
    >>> from pledgekit.verdicts import suggest_pledge_verdict
    >>> @attrs.frozen
    ... class Standing:
    ...     status: PledgeStatus
    ...     late_days: int | None = None
    >>> suggest_pledge_verdict(Standing(PledgeStatus.MET_LATE, 366))
    <Verdict.PARTIAL: 'partial'>
    >>> suggest_pledge_verdict(Standing(PledgeStatus.MET_LATE, 366),
    ...                        VerdictRules(kept_late_within_days=366))
    <Verdict.KEPT: 'kept'>
    >>> suggest_pledge_verdict(Standing(PledgeStatus.NOT_MEASURABLE)) is None
    True
    """
    standing = _check_standing(assessment, rules, "suggest_pledge_verdict")
    if standing.status is PledgeStatus.NOT_MEASURABLE:
        return None
    if standing.status is PledgeStatus.MET_LATE:
        late = standing.late_days or 0
        return Verdict.KEPT if rules.late_is_kept(late) else Verdict.PARTIAL
    return _PLEDGE_VERDICTS[standing.status]


def check_pledge_verdict(
    verdict: Verdict, assessment: PledgeStanding, rules: VerdictRules = DEFAULT_RULES
) -> VerdictProblem | None:
    """How a verdict recorded on a pledge contradicts its pledge-level status, or ``None``.

    - [`Verdict.KEPT`][pledgekit.Verdict.KEPT] while the pledge is in progress, partly
      met or not met:
      [`VerdictProblem.KEPT_NOT_MET`][pledgekit.VerdictProblem.KEPT_NOT_MET]; with no
      data: [`VerdictProblem.KEPT_NO_FIGURE`][pledgekit.VerdictProblem.KEPT_NO_FIGURE].
    - [`Verdict.BROKEN`][pledgekit.Verdict.BROKEN],
      [`Verdict.STALLED`][pledgekit.Verdict.STALLED],
      [`Verdict.IN_PROGRESS`][pledgekit.Verdict.IN_PROGRESS] or
      [`Verdict.PARTIAL`][pledgekit.Verdict.PARTIAL] while the pledge is met in time:
      [`VerdictProblem.MET_NOT_KEPT`][pledgekit.VerdictProblem.MET_NOT_KEPT].

    A pledge met late may be called kept or kept in part: that is the editor's call on
    the date, which the numbers do not settle. A pledge with nothing to measure is
    never contradicted.

    >>> import attrs
    >>> from pledgekit import PledgeStatus, Verdict
    >>> from pledgekit.verdicts import check_pledge_verdict
    >>> @attrs.frozen
    ... class Standing:
    ...     status: PledgeStatus
    ...     late_days: int | None = None
    >>> check_pledge_verdict(Verdict.KEPT, Standing(PledgeStatus.PARTLY_MET))
    <VerdictProblem.KEPT_NOT_MET: 'kept_not_met'>
    >>> check_pledge_verdict(Verdict.PARTIAL, Standing(PledgeStatus.MET_LATE, 30)) is None
    True
    """
    if not isinstance(verdict, Verdict):
        raise InvalidValueError(verdict, "a Verdict", "check_pledge_verdict(verdict)")
    status = _check_standing(assessment, rules, "check_pledge_verdict").status
    if verdict is Verdict.KEPT:
        if status is PledgeStatus.NO_DATA:
            return VerdictProblem.KEPT_NO_FIGURE
        if status in _SHORT:
            return VerdictProblem.KEPT_NOT_MET
    if verdict in _NOT_KEPT and status is PledgeStatus.MET:
        return VerdictProblem.MET_NOT_KEPT
    return None


_SHORT = frozenset({PledgeStatus.IN_PROGRESS, PledgeStatus.PARTLY_MET, PledgeStatus.NOT_MET})
