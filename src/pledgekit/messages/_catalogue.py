"""What every message catalogue shares: its tables, and the notation of figures and dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import attrs

from pledgekit import text
from pledgekit._amounts import round_fraction
from pledgekit._finding import Explanation, Finding, FindingKind, Severity, Unverifiable
from pledgekit._period import Period
from pledgekit._plan import Plan
from pledgekit._pledge import ClaimKind
from pledgekit._progress import PaceStatus
from pledgekit.exceptions import InvalidValueError

if TYPE_CHECKING:  # the package defines it beside the registry of languages
    from pledgekit.messages import Language

__all__ = [
    "Catalogue",
    "FindingWords",
    "by_kind",
    "by_unverifiable",
    "date_fields",
    "fill",
    "need",
    "number",
]

_T = TypeVar("_T")

#: How a catalogue words one kind of finding.
FindingWords = Callable[["Catalogue", Finding], str]


def need(value: _T | None, finding: Finding, field: str) -> _T:
    """A field a finding's words need; a clear error when the finding lacks it.

    >>> from pledgekit import Finding, FindingKind, Severity
    >>> need(None, Finding(kind=FindingKind.OVERLAP, severity=Severity.ERROR), "target")
    Traceback (most recent call last):
    ...
    pledgekit.exceptions.InvalidValueError: Finding.target: got None (NoneType); expected the target of an OVERLAP finding, which its words need
    """
    if value is None or value == ():
        _missing(value, finding, field)
    return value


def _missing(value: object, finding: Finding, field: str) -> NoReturn:
    raise InvalidValueError(
        value, f"the {field} of {_a(finding)}, which its words need", f"Finding.{field}"
    )


def number(value: Decimal | Fraction | None, finding: Finding, field: str) -> Decimal | Fraction:
    """A figure a finding's words need (:func:`need`, typed for figures)."""
    if value is None:
        _missing(value, finding, field)
    return value


def by_kind(namespace: Mapping[str, Any]) -> dict[FindingKind, FindingWords]:
    """Each kind of finding's words: the function named after it (``_total_mismatch``).

    A language module passes its ``globals()``; a kind it does not word is an error
    when the catalogue is built, not when a report meets such a finding.
    """
    missing = [f"_{kind.value}" for kind in FindingKind if f"_{kind.value}" not in namespace]
    if missing:
        raise InvalidValueError(
            namespace.get("__name__"),
            "a message catalogue with a function for every kind of finding "
            f"(missing: {', '.join(missing)})",
            "messages",
        )
    return {kind: namespace[f"_{kind.value}"] for kind in FindingKind}


def by_unverifiable(table: Mapping[Unverifiable, FindingWords]) -> FindingWords:
    """Words for an unverifiable claim, chosen by why it cannot be verified."""

    def words(c: Catalogue, finding: Finding) -> str:
        return table[need(finding.unverifiable, finding, "unverifiable")](c, finding)

    return words


@attrs.frozen(kw_only=True, eq=False)
class Catalogue:
    """The words of one language: labels, statuses, severities, and every finding.

    A catalogue is data: tables keyed by label, :class:`~pledgekit.PaceStatus`,
    :class:`~pledgekit.Severity`, :class:`~pledgekit.FindingKind` and
    :class:`~pledgekit.ClaimKind`, and for each kind of finding a function that words
    it from the finding's fields. Figures, dates and periods are written in the
    notation of :attr:`notation` (a :mod:`pledgekit.text` locale).

    Attributes:
        lang: The language code (``"en"``).
        name: The language's name in English (``"English"``).
        notation: The :mod:`pledgekit.text` locale figures and dates are written in.
        labels: The report's labels and short phrases, by key; some are templates
            with named fields (``"{number} of {count}"``).
        statuses: The pace statuses.
        severities: The severities.
        severity_plurals: The severities' plural nouns, as counted in a summary.
        kinds: The kinds of finding, as headings.
        claims: A claim summary per kind of claim, a template with ``{value}``,
            ``{when}`` and ``{period}``.
        weekdays: The weekdays' names, Monday first.
        findings: How each kind of finding is worded.
        explanation_words: How an explanation of a total mismatch is worded.
    """

    lang: Language
    name: str
    notation: str
    labels: Mapping[str, str]
    statuses: Mapping[PaceStatus, str]
    severities: Mapping[Severity, str]
    severity_plurals: Mapping[Severity, str]
    kinds: Mapping[FindingKind, str]
    claims: Mapping[ClaimKind, str]
    weekdays: Sequence[str]
    findings: Mapping[FindingKind, FindingWords]
    explanation_words: Callable[[Catalogue, Explanation], str]

    def __getitem__(self, key: str) -> str:
        try:
            return self.labels[key]
        except KeyError:
            raise InvalidValueError(
                key, f"a label of the {self.name} catalogue ({self.lang!r})", "label"
            ) from None

    # -- Findings ---------------------------------------------------------------------

    def finding(self, finding: Finding) -> str:
        """The finding in words, from its fields (no capital, no full stop)."""
        if not isinstance(finding, Finding):
            raise InvalidValueError(finding, "a pledgekit.Finding", "finding")
        return self.findings[finding.kind](self, finding)

    def explanation(self, explanation: Explanation) -> str:
        """An explanation of a total mismatch in words."""
        if not isinstance(explanation, Explanation):
            raise InvalidValueError(explanation, "a pledgekit.Explanation", "explanation")
        return self.explanation_words(self, explanation)

    def status(self, status: PaceStatus) -> str:
        return self.statuses[status]

    def severity(self, severity: Severity) -> str:
        return self.severities[severity]

    def severity_count(self, severity: Severity, number: int) -> str:
        """``"1 error"``, ``"2 errors"``."""
        noun = self.severities[severity].lower() if number == 1 else self.severity_plurals[severity]
        return f"{number} {noun}"

    def kind(self, kind: FindingKind) -> str:
        return self.kinds[kind]

    def program_label(self, plan: Plan, number: int) -> str:
        """``"10 of 45"``: a program's number, and how many the plan has when it says."""
        program = plan.program(number)
        if plan.program_count is None:
            return str(program.number)
        return self["program_of"].format(number=program.number, count=plan.program_count)

    # -- Notation ---------------------------------------------------------------------

    def n(self, value: Decimal | Fraction | int, places: int | None = None) -> str:
        """A figure in the language's notation; a Fraction is rounded (to 0 places by default)."""
        if isinstance(value, Fraction):
            value = round_fraction(value, places or 0)
            places = None
        return text.format_number(value, self.notation, places=places)

    def fig(self, value: Decimal | Fraction) -> str:
        """A figure as the audit states it: a Decimal exactly, a Fraction to 2 places."""
        return self.n(value, 2) if isinstance(value, Fraction) else self.n(value)

    def pct(self, percent: Fraction | Decimal) -> str:
        """A value already in percent: ``97,54 %`` (a Decimal exactly as given)."""
        return f"{self.fig(percent)} %"

    def ratio(self, ratio: Fraction | None) -> str:
        """A ratio as a percentage, or a dash when undefined."""
        return self["undefined"] if ratio is None else self.pct(ratio * 100)

    def amount(self, value: Decimal | Fraction, unit: str, places: int = 0) -> str:
        return f"{self.n(value, places)} {unit}"

    def date(self, day: dt.date, *, weekday: bool = False) -> str:
        if day.year < 1000:  # not written in words (pledgekit.text): ISO
            return day.isoformat()
        return text.format_date(day, self.notation, weekday=weekday)

    def period(self, period: Period) -> str:
        if period.start.year < 1000:
            return str(period)
        return text.format_period(period, self.notation)

    def interval(self, low: Decimal | Fraction, high: Decimal | Fraction) -> str:
        return f"{self.fig(low)}–{self.fig(high)}"


def fill(template: str, finding: Finding, fields: Mapping[str, Any]) -> str:
    """A template filled from a finding's fields; a clear error when one is missing."""
    try:
        return template.format_map(fields)
    except KeyError as missing:
        name = missing.args[0]
        raise InvalidValueError(
            None, f"the {name} of {_a(finding)}, which its words need", f"Finding.{name}"
        ) from None


def _a(finding: Finding) -> str:
    """'an OVERLAP finding', 'a COVERAGE_GAP finding'."""
    name = finding.kind.name
    return f"{'an' if name[0] in 'AEIOU' else 'a'} {name} finding"


def date_fields(c: Catalogue, finding: Finding) -> dict[str, str]:
    """The fields a date finding's template may name, as far as the finding has them.

    ``first`` and ``second``: its dates; ``first_weekday``: the first with its weekday;
    ``dateline``: the printed dateline, quoted; ``named``: the weekday the dateline
    names; ``actual``: the weekday of the first date; ``term``: the target period;
    ``error``: why the dateline cannot be read.
    """
    fields: dict[str, str] = {}
    dates = finding.dates
    if dates:
        fields["first"] = c.date(dates[0])
        fields["first_weekday"] = c.date(dates[0], weekday=True)
        fields["actual"] = c.weekdays[dates[0].weekday()]
    if len(dates) > 1:
        fields["second"] = c.date(dates[1])
    if finding.claims and finding.claims[0].dateline is not None:
        fields["dateline"] = repr(finding.claims[0].dateline)
    if finding.weekday is not None:
        fields["named"] = c.weekdays[finding.weekday]
    if finding.target is not None:
        fields["term"] = c.period(finding.target.period)
    if finding.dateline_error is not None:
        fields["error"] = finding.dateline_error
    return fields
