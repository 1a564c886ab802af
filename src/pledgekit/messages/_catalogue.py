"""What every message catalogue shares: its tables, its templates, its notation.

A finding's pieces come from `pledgekit.messages._fields`, the same for every
language; a catalogue fills its language's template of their key.
"""

from __future__ import annotations

import datetime as dt
import enum
import string
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Final

import attrs

from pledgekit import text
from pledgekit._amounts import exact_text, round_fraction
from pledgekit._finding import Explanation, Finding, FindingKind, Severity
from pledgekit._period import Period
from pledgekit._plan import Plan
from pledgekit._pledge import ClaimKind
from pledgekit._progress import PaceStatus
from pledgekit._verdict import PledgeStatus, Verdict, VerdictProblem
from pledgekit.exceptions import InvalidValueError
from pledgekit.messages._fields import FIELDS, KEYS, Later, Words, explanation, missing, need
from pledgekit.methods.sdg import SdgMethod, SdgStatus, UnsdCategory

if TYPE_CHECKING:  # the package defines it beside the registry of languages
    from pledgekit.messages import Language

__all__ = [
    "PLEDGE_TABLES",
    "Catalogue",
    "FindingWords",
    "Format",
    "Words",
    "formats",
    "need",
    "templated",
]

#: The values of the enums of a pledge's assessment (``pledgekit.PledgeRule``,
#: ``MissingFigure``, ``MilestoneState``, ``LeftOutReason``), by the catalogue table that
#: words them. Those enums live on a floor above the catalogues, so their tables are
#: keyed by value; ``tests/test_messages.py`` checks these sets against the enums.
PLEDGE_TABLES: Final[Mapping[str, frozenset[str]]] = {
    "pledge_rules": frozenset({"all_met", "share_met", "mean_capaian", "sdg_mean_score"}),
    "missing_figures": frozenset({"not_met", "leave_out"}),
    "milestone_states": frozenset({"done", "done_late", "not_done", "not_yet_due"}),
    "left_out_reasons": frozenset(
        {"no_figure", "no_capaian", "no_sdg_score", "milestone_not_rated"}
    ),
}

FindingWords = Callable[["Catalogue", Finding], str]
"""How a catalogue words one kind of finding: a function of a catalogue and a finding.

A catalogue's [`findings`][pledgekit.messages.Catalogue.findings] hold one for each
[`FindingKind`][pledgekit.FindingKind] (by default the templates' own). A claim of 45
where the figures count 40, worded by the English catalogue and by a terser function
put in its place:

>>> import datetime as dt
>>> import attrs
>>> from pledgekit import (Accumulation, Claim, ClaimKind, Direction, FindingKind,
...                        Indicator, Observation, Period, Target, audit)
>>> from pledgekit.messages import FindingWords, catalogue
>>> jobs = Indicator("Jobs", "persons", direction=Direction.INCREASE,
...                  accumulation=Accumulation.SUM)
>>> target = Target(jobs, 100, period=Period.years(2019, 2020))
>>> [found] = audit(target, [Observation(Period.year(2019), 40)],
...                 [Claim(ClaimKind.ACHIEVED, 45, dt.date(2019, 12, 31))])
>>> def brief(c, finding):
...     claimed, counted = c.fig(finding.claimed), c.fig(finding.computed)
...     return f"{c.kind(finding.kind)}: {claimed} claimed, {counted} counted"
>>> words: FindingWords = brief
>>> english = catalogue("en")
>>> terse = attrs.evolve(english, findings={**english.findings,
...                                         FindingKind.TOTAL_MISMATCH: words})
>>> print(english.finding(found))
claimed 45 as of 31 December 2019, but the figures add up to 40: a difference of 5
>>> print(terse.finding(found))
Total mismatch: 45 claimed, 40 counted
"""


def templated(c: Catalogue, finding: Finding) -> str:
    """A finding worded by the catalogue's templates: its pieces, then its language's words."""
    return c.words(FIELDS[finding.kind](finding), finding)


def _every_kind_templated() -> dict[FindingKind, FindingWords]:
    return dict.fromkeys(FindingKind, templated)


#: How a language writes one kind of piece (a figure, a date, a list of periods).
Format = Callable[["Catalogue", Any], str]


class _Filler(string.Formatter):
    """Fills a language's templates: ``{name:spec}`` writes a piece with the format ``spec``."""

    def __init__(self, catalogue: Catalogue, finding: Finding | None) -> None:
        self.catalogue = catalogue
        self.finding = finding

    def get_value(self, key: int | str, args: Sequence[Any], kwargs: Mapping[str, Any]) -> Any:
        try:
            value = kwargs[str(key)]
        except KeyError:
            missing(None, self.finding, str(key))
        return value.compute() if isinstance(value, Later) else value

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, Words):
            value = self.catalogue.words(value, self.finding)
        elif isinstance(value, list) and value and isinstance(value[0], Words):
            value = [self.catalogue.words(item, self.finding) for item in value]
        if not format_spec:
            return format(value, "")
        try:
            write = self.catalogue.formats[format_spec]
        except KeyError:
            raise InvalidValueError(
                format_spec, f"a format of the {self.catalogue.name} catalogue", "template"
            ) from None
        return write(self.catalogue, value)


@attrs.frozen(kw_only=True, eq=False)
class Catalogue:
    """The words of one language: labels, statuses, severities, and every finding.

    A catalogue is data: tables keyed by label, [`PaceStatus`][pledgekit.PaceStatus],
    [`Severity`][pledgekit.Severity], [`FindingKind`][pledgekit.FindingKind] and
    [`ClaimKind`][pledgekit.ClaimKind], and for each kind of finding a function that words
    it from the finding's fields. Figures, dates and periods are written in the
    notation of [`notation`][pledgekit.messages.Catalogue.notation] (a
    [`pledgekit.text`][pledgekit.text] locale).

    Attributes:
        lang: The language code (``"en"``).
        name: The language's name in English (``"English"``).
        notation: The [`pledgekit.text`][pledgekit.text] locale figures and dates are written in.
        labels: The report's labels and short phrases, by key; some are templates
            with named fields (``"{number} of {count}"``).
        statuses: The pace statuses.
        severities: The severities.
        severity_plurals: The severities' plural nouns, as counted in a summary.
        kinds: The kinds of finding, as headings.
        claims: A claim summary per kind of claim, a template with ``{value}`` (with
            its bound: "more than 6,000"), ``{when}``, ``{period}`` and ``{per}``
            (the labels ``per_day``, ``per_month``, ``per_year``).
        weekdays: The weekdays' names, Monday first.
        pledge_statuses: A pledge's status as a whole ([`PledgeStatus`][pledgekit.PledgeStatus]).
        verdicts: The verdicts ([`Verdict`][pledgekit.Verdict]).
        verdict_problems: How a recorded verdict contradicts the numbers, in short.
        pledge_rules, missing_figures, milestone_states, left_out_reasons: The pledge
            rules, the missing-figure policies, the milestone states and the reasons
            a part is left out, keyed by the enum's value (`PLEDGE_TABLES`).
        sdg_methods: The SDG progress methods.
        sdg_statuses: The Open SDG progress statuses.
        unsd_categories: The UNSD progress-chart categories.
        templates: The words of every finding, by the key of
            `pledgekit.messages._fields`: templates naming its pieces, each
            ``{name}`` or ``{name:format}``.
        formats: How each kind of piece is written (``"n"``: a figure; ``"date"``...).
        findings: How each kind of finding is worded: by the templates (the default),
            or, for a language whose grammar a template cannot say, by a function.

    A catalogue words a figure, a date or a finding in its language's notation; the
    Bekasi office's 141,624 workers and its Friday dateline, in Indonesian and English:

    >>> import datetime as dt
    >>> from decimal import Decimal
    >>> from pledgekit.messages import catalogue
    >>> indonesian, english = catalogue("id"), catalogue("en")
    >>> indonesian.amount(Decimal("141624"), "orang"), english.amount(Decimal("141624"), "orang")
    ('141.624 orang', '141,624 orang')
    >>> indonesian.date(dt.date(2022, 7, 22), weekday=True)
    'Jumat, 22 Juli 2022'
    >>> from pledgekit import PaceStatus, Severity
    >>> indonesian.severity(Severity.ERROR), english.status(PaceStatus.ON_TRACK)
    ('Kesalahan', 'On track')

    A finding is worded from its fields, so the words cannot disagree with the numbers:

    >>> from pledgekit import (Accumulation, Claim, ClaimKind, Direction, Indicator,
    ...                        Observation, Period, Target, audit)
    >>> jobs = Indicator("Jobs", "persons", direction=Direction.INCREASE,
    ...                  accumulation=Accumulation.SUM)
    >>> target = Target(jobs, 100, period=Period.years(2019, 2020))
    >>> [found] = audit(target, [Observation(Period.year(2019), 40)],
    ...                 [Claim(ClaimKind.ACHIEVED, 45, dt.date(2019, 12, 31))])
    >>> print(indonesian.finding(found))
    diklaim 45 per 31 Desember 2019, padahal angka-angkanya berjumlah 40: selisih 5
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
    pledge_statuses: Mapping[PledgeStatus, str]
    verdicts: Mapping[Verdict, str]
    verdict_problems: Mapping[VerdictProblem, str]
    pledge_rules: Mapping[str, str]
    missing_figures: Mapping[str, str]
    milestone_states: Mapping[str, str]
    left_out_reasons: Mapping[str, str]
    sdg_methods: Mapping[SdgMethod, str]
    sdg_statuses: Mapping[SdgStatus, str]
    unsd_categories: Mapping[UnsdCategory, str]
    templates: Mapping[str, str]
    formats: Mapping[str, Format]
    findings: Mapping[FindingKind, FindingWords] = attrs.field(factory=_every_kind_templated)

    def __attrs_post_init__(self) -> None:
        absent = sorted(KEYS - set(self.templates))
        if absent:
            raise InvalidValueError(
                self.lang,
                f"a message catalogue with a template for every key (missing: {', '.join(absent)})",
                "messages",
            )
        for name, keys in self._tables().items():
            lacking = sorted(str(getattr(k, "value", k)) for k in keys - set(getattr(self, name)))
            if lacking:
                raise InvalidValueError(
                    self.lang,
                    f"a message catalogue whose {name} word every value "
                    f"(missing: {', '.join(lacking)})",
                    "messages",
                )

    @staticmethod
    def _tables() -> dict[str, frozenset[object]]:
        """Each table of words keyed by an enum, and the keys it must have."""
        enums: dict[str, type[enum.Enum]] = {
            "statuses": PaceStatus,
            "severities": Severity,
            "severity_plurals": Severity,
            "kinds": FindingKind,
            "claims": ClaimKind,
            "pledge_statuses": PledgeStatus,
            "verdicts": Verdict,
            "verdict_problems": VerdictProblem,
            "sdg_methods": SdgMethod,
            "sdg_statuses": SdgStatus,
            "unsd_categories": UnsdCategory,
        }
        tables: dict[str, frozenset[object]] = {n: frozenset(e) for n, e in enums.items()}
        return {**tables, **PLEDGE_TABLES}

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

    def explanation(self, explanation_: Explanation) -> str:
        """An explanation of a total mismatch in words."""
        if not isinstance(explanation_, Explanation):
            raise InvalidValueError(explanation_, "a pledgekit.Explanation", "explanation")
        return self.words(explanation(explanation_), None)

    def words(self, words: Words, finding: Finding | None = None) -> str:
        """A language's template of ``words.key`` filled with its pieces.

        Args:
            words: The key and the pieces (`pledgekit.messages._fields`).
            finding: The finding they come from, named in the error for a piece
                the template needs and the finding lacks.

        Raises:
            InvalidValueError: No template for the key, a format the catalogue
                lacks, or a piece the template names and the finding lacks.

        >>> from pledgekit.messages import Words, catalogue
        >>> edge = Words("edge.start")
        >>> catalogue("en").words(edge), catalogue("id").words(edge)
        ('start', 'awal')
        """
        try:
            template = self.templates[words.key]
        except KeyError:
            raise InvalidValueError(
                words.key, f"a template of the {self.name} catalogue ({self.lang!r})", "templates"
            ) from None
        return _Filler(self, finding).vformat(template, (), words.fields)

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

    def pledge_words(self, table: str, value: enum.Enum) -> str:
        """A pledge assessment's enum in words, from the table keyed by its value.

        >>> from pledgekit.messages import catalogue
        >>> from pledgekit import MilestoneState
        >>> catalogue("id").pledge_words("milestone_states", MilestoneState.DONE_LATE)
        'selesai terlambat'
        """
        if table not in PLEDGE_TABLES:
            raise InvalidValueError(table, "one of " + ", ".join(sorted(PLEDGE_TABLES)), "table")
        words: Mapping[str, str] = getattr(self, table)
        return words[str(value.value)]

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

    def target_amount(
        self, value: Decimal | tuple[Decimal, Decimal], unit: str, places: int = 0
    ) -> str:
        """A target's value with its unit: one amount, or a range ``low–high``."""
        if isinstance(value, tuple):
            return f"{self.n(value[0], places)}–{self.n(value[1], places)} {unit}"
        return self.amount(value, unit, places)

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


def _weekday(c: Catalogue, day: int) -> str:
    return c.weekdays[day]


def _exact(c: Catalogue, value: Decimal | Fraction) -> str:
    """A figure exactly, a fraction to two places, in no language's notation."""
    return exact_text(value, fraction_places=2)


#: How every language writes a piece unless it says otherwise.
_FORMATS: Mapping[str, Format] = {
    "n": Catalogue.n,
    "fig": Catalogue.fig,
    "pct": Catalogue.pct,
    "date": Catalogue.date,
    "weekday_date": lambda c, day: c.date(day, weekday=True),
    "weekday": _weekday,
    "period": Catalogue.period,
    "iso": lambda c, day: day.isoformat(),
    "exact": _exact,
    # An enum member by its name (KEPT), or a verdict in the language's words (Ditepati).
    "name": lambda c, member: member.name,
    "verdict": lambda c, verdict: c.verdicts[verdict],
}


def formats(**own: Format) -> dict[str, Format]:
    """The formats every language shares, with a language's own, which win.

    Shared: ``n``, ``fig`` and ``pct`` (figures), ``date``, ``weekday_date``,
    ``weekday`` (a day's number, Monday 0), ``period``, ``iso``, ``exact``, ``name``
    (an enum member's name) and ``verdict`` (a verdict in the language's words).

    >>> sorted(formats(days=lambda c, n: f"{n} d"))[:4]
    ['date', 'days', 'exact', 'fig']
    """
    return {**_FORMATS, **own}
