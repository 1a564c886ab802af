"""Reports of an assessment: text, Markdown, JSON, CSV and HTML, in Indonesian or English.

:func:`render` turns a :class:`~pledgekit.Assessment` into text for the terminal,
Markdown for an article draft, JSON for tools or CSV for spreadsheets;
:func:`to_json_dict` gives the JSON report as a dict (schema version
:data:`REPORT_VERSION`, described in ``docs/report.md``). :func:`case_html`,
:func:`progress_html` and :func:`assessment_html` give HTML for notebooks.

Labels, figures and dates follow the language: ``lang="id"`` writes ``146.305`` and
``97,54 %``, ``lang="en"`` writes ``146,305`` and ``97.54 %``. The audit words its
findings in English; in Indonesian output each finding is worded afresh from its
structured fields. Everything here is exact until the last step: figures are rounded
only to be printed, and the JSON report carries the exact values beside the rounded
ones.

>>> import datetime as dt
>>> from pledgekit import (Accumulation, Case, Claim, ClaimKind, Direction, Indicator,
...                        Observation, Period, Target)
>>> jobs = Indicator("Tenaga kerja", "orang", direction=Direction.INCREASE,
...                  accumulation=Accumulation.SUM)
>>> target = Target(jobs, 150000, period=Period.years(2019, 2022), id="jobs")
>>> case = Case("Jobs", indicators=[jobs], targets=[target],
...             observations=[Observation(Period.year(2019), 40000),
...                           Observation(Period.year(2020), 35000)],
...             claims=[Claim(ClaimKind.ACHIEVED, 70000, dt.date(2020, 12, 31))])
>>> assessment = case.assess()
>>> report = to_json_dict(assessment)
>>> report["pledgekit_report"], report["targets"][0]["progress"]["achieved"]
(1, '75000')
>>> report["targets"][0]["progress"]["ratio"], report["targets"][0]["progress"]["percent"]
('1/2', '50.00')
>>> for line in render(assessment, format="text", lang="id").splitlines()[6:10]:
...     print(line)
  Per tanggal                31 Desember 2020
  Realisasi                  75.000 orang
  Kemajuan                   50,00 %
  Sisa                       75.000 orang
>>> for line in render(assessment, lang="en").splitlines()[-2:]:
...     print(line)
    1. [ERROR] Total mismatch
       Claimed 70,000 as of 31 December 2020, but the figures add up to 75,000: a difference of -5,000.
>>> [f.kind.name for f in inconsistencies(assessment)]
['TOTAL_MISMATCH']
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Any, Final

from pledgekit import text
from pledgekit._amounts import round_fraction
from pledgekit._audit import DateProblem, Explanation, Finding, FindingKind, Severity
from pledgekit._case import Assessment, Case, TargetAssessment
from pledgekit._evaluation import Evaluation
from pledgekit._indicator import (
    Accumulation,
    Direction,
    Indicator,
    Observation,
    Straddling,
    Target,
)
from pledgekit._period import Period
from pledgekit._plan import Plan
from pledgekit._pledge import Claim, ClaimKind, Membership, Pledge
from pledgekit._progress import Progress, Status
from pledgekit._source import Source
from pledgekit.exceptions import InvalidValueError
from pledgekit.methods import permendagri86
from pledgekit.text._common import LOCALES, check_language

__all__ = [
    "FORMATS",
    "LANGUAGES",
    "REPORT_VERSION",
    "assessment_html",
    "case_html",
    "inconsistencies",
    "progress_html",
    "render",
    "render_audit",
    "status_label",
    "to_csv",
    "to_json",
    "to_json_dict",
]

#: The version of the JSON report's schema (``"pledgekit_report"`` in every report).
#: It changes only when a field is removed or changes meaning; new fields may be added
#: within a version.
REPORT_VERSION: Final = 1
#: The formats :func:`render` writes.
FORMATS: Final = ("text", "markdown", "json", "csv")
#: The languages of the labels and of the figures' notation.
LANGUAGES: Final = LOCALES

# -- Words -----------------------------------------------------------------------------

_STATUS: Final[dict[str, dict[Status, str]]] = {
    "id": {
        Status.ACHIEVED: "Tercapai",
        Status.ON_TRACK: "Sesuai jalur",
        Status.NEEDS_ACCELERATION: "Perlu percepatan",
        Status.LIMITED_PROGRESS: "Kemajuan terbatas",
        Status.DETERIORATING: "Memburuk",
        Status.MISSED: "Tidak tercapai",
        Status.NO_DATA: "Tidak ada data",
    },
    "en": {
        Status.ACHIEVED: "Achieved",
        Status.ON_TRACK: "On track",
        Status.NEEDS_ACCELERATION: "Needs acceleration",
        Status.LIMITED_PROGRESS: "Limited progress",
        Status.DETERIORATING: "Deteriorating",
        Status.MISSED: "Missed",
        Status.NO_DATA: "No data",
    },
}

_SEVERITY: Final[dict[str, dict[Severity, str]]] = {
    "id": {Severity.ERROR: "Kesalahan", Severity.WARNING: "Peringatan", Severity.INFO: "Catatan"},
    "en": {Severity.ERROR: "Error", Severity.WARNING: "Warning", Severity.INFO: "Note"},
}

_KIND: Final[dict[str, dict[FindingKind, str]]] = {
    "id": {
        FindingKind.REMAINDER_MISMATCH: "Sisa tidak cocok",
        FindingKind.TOTAL_MISMATCH: "Jumlah tidak cocok",
        FindingKind.PERCENT_MISMATCH: "Persentase tidak cocok",
        FindingKind.PERIOD_VALUE_MISMATCH: "Angka periode tidak cocok",
        FindingKind.MET_MISMATCH: "Klaim tercapai tidak didukung angka",
        FindingKind.UNVERIFIABLE_CLAIM: "Klaim tidak dapat diverifikasi",
        FindingKind.CLAIM_CONFLICT: "Klaim saling bertentangan",
        FindingKind.CONSISTENT_RESTATEMENT: "Pernyataan ulang yang konsisten",
        FindingKind.COVERAGE_GAP: "Celah data",
        FindingKind.OVERLAP: "Periode tumpang tindih",
        FindingKind.STRADDLES_PERIOD: "Angka melewati batas periode",
        FindingKind.INDICATOR_MISMATCH: "Indikator berbeda",
        FindingKind.DATE_INCONSISTENT: "Tanggal tidak konsisten",
        FindingKind.VERDICT_CONTRADICTS_DATA: "Penilaian bertentangan dengan angka",
    },
    "en": {
        FindingKind.REMAINDER_MISMATCH: "Remainder mismatch",
        FindingKind.TOTAL_MISMATCH: "Total mismatch",
        FindingKind.PERCENT_MISMATCH: "Percent mismatch",
        FindingKind.PERIOD_VALUE_MISMATCH: "Period value mismatch",
        FindingKind.MET_MISMATCH: "Claimed met, not supported",
        FindingKind.UNVERIFIABLE_CLAIM: "Unverifiable claim",
        FindingKind.CLAIM_CONFLICT: "Conflicting claims",
        FindingKind.CONSISTENT_RESTATEMENT: "Consistent restatement",
        FindingKind.COVERAGE_GAP: "Coverage gap",
        FindingKind.OVERLAP: "Overlapping periods",
        FindingKind.STRADDLES_PERIOD: "Figure straddles the period",
        FindingKind.INDICATOR_MISMATCH: "Indicator mismatch",
        FindingKind.DATE_INCONSISTENT: "Inconsistent dates",
        FindingKind.VERDICT_CONTRADICTS_DATA: "Verdict contradicts data",
    },
}

_LABELS: Final[dict[str, dict[str, str]]] = {
    "id": {
        "plan": "Rencana",
        "vision": "Visi",
        "mission": "Misi",
        "program": "Program prioritas",
        "programs": "Program prioritas",
        "pledge": "Janji",
        "translation": "Terjemahan",
        "made_by": "Oleh",
        "made_on": "Tanggal",
        "source": "Sumber",
        "target": "Target",
        "period": "Periode",
        "baseline": "Kondisi awal",
        "as_of": "Per tanggal",
        "achieved": "Realisasi",
        "percent": "Kemajuan",
        "no_figure_for": "Tanpa angka",
        "and_others": "dan",
        "more_stretches": "rentang lain",
        "shortfall": "Sisa",
        "surplus": "Lebih dari target",
        "elapsed": "Waktu berjalan",
        "expected": "Garis lurus saat ini",
        "pace_index": "Indeks laju",
        "required_per_month": "Dibutuhkan per bulan",
        "projected_recent": "Proyeksi (laju terakhir)",
        "projected_average": "Proyeksi (laju rata-rata)",
        "status": "Status",
        "capaian": "Capaian Permendagri 86",
        "predikat": "Predikat",
        "capaian_no_figure": "tidak ada angka yang dihitung",
        "capaian_zero_target": "targetnya nol",
        "capaian_zero_realisasi": "realisasinya nol dengan rumus T / R",
        "capaian_figure_of": "angka",
        "capaian_reason_csv": "Keterangan capaian",
        "capaian_figure_csv": "Periode angka capaian",
        "observations": "Realisasi per periode",
        "total": "Jumlah",
        "value": "Angka",
        "note": "Keterangan",
        "claims": "Klaim",
        "findings": "Temuan",
        "no_findings": "Tidak ada temuan.",
        "no_observations": "Tidak ada angka yang dilaporkan.",
        "no_claims": "Tidak ada klaim.",
        "left_out": "Tidak dihitung (periodenya berakhir setelah tanggal penilaian)",
        "outside": "Tidak dihitung (periodenya tidak seluruhnya di dalam periode target)",
        "straddling_excluded": "Tidak dihitung",
        "straddling_included": "Dihitung utuh",
        "straddling_csv": "Angka melewati batas periode",
        "mission_one": "misi",
        "days": "hari",
        "of": "dari",
        "missions": "misi",
        "already_met": "sudah tercapai",
        "not_reached": "tidak tercapai pada laju ini",
        "no_day_left": "tidak ada hari tersisa",
        "undefined": "—",
        "rounded": "angka bulat",
        "to": "sampai",
        "pledges": "Janji",
        "targets": "Target",
        "indicator": "Indikator",
        "observation_count": "Angka dilaporkan",
        "claim_count": "Klaim",
        "kind": "Jenis",
        "severity": "Tingkat",
        "message": "Uraian",
        "claimed": "Diklaim",
        "computed": "Dihitung",
        "difference": "Selisih",
        "record": "Baris",
        "record_target": "target",
        "record_finding": "temuan",
        "unit": "Satuan",
        "target_id": "Id target",
        "period_start": "Awal periode",
        "period_end": "Akhir periode",
        "days_elapsed": "Hari berjalan",
        "days_left": "Hari tersisa",
        "elapsed_percent": "Waktu berjalan (%)",
        "percent_csv": "Capaian (%)",
        "capaian_csv": "Capaian Permendagri 86 (%)",
        "summary": "Ringkasan",
        "audit_clean": "Tidak ada ketidakcocokan.",
    },
    "en": {
        "plan": "Plan",
        "vision": "Vision",
        "mission": "Mission",
        "program": "Priority program",
        "programs": "Priority programs",
        "pledge": "Pledge",
        "translation": "Translation",
        "made_by": "Made by",
        "made_on": "Made on",
        "source": "Source",
        "target": "Target",
        "period": "Period",
        "baseline": "Baseline",
        "as_of": "As of",
        "achieved": "Achieved",
        "percent": "Progress",
        "no_figure_for": "No figure for",
        "and_others": "and",
        "more_stretches": "more stretches",
        "shortfall": "Shortfall",
        "surplus": "Surplus",
        "elapsed": "Time elapsed",
        "expected": "Straight-line path now",
        "pace_index": "Pace index",
        "required_per_month": "Required per month",
        "projected_recent": "Projected (recent rate)",
        "projected_average": "Projected (average rate)",
        "status": "Status",
        "capaian": "Capaian (Permendagri 86)",
        "predikat": "Predikat",
        "capaian_no_figure": "no figure counted",
        "capaian_zero_target": "the target is zero",
        "capaian_zero_realisasi": "the realisation is zero with the T / R formula",
        "capaian_figure_of": "figure of",
        "capaian_reason_csv": "Capaian note",
        "capaian_figure_csv": "Capaian figure period",
        "observations": "Reported figures",
        "total": "Total",
        "value": "Figure",
        "note": "Note",
        "claims": "Claims",
        "findings": "Findings",
        "no_findings": "No findings.",
        "no_observations": "No figures reported.",
        "no_claims": "No claims.",
        "left_out": "Not counted (their period ends after the as-of date)",
        "outside": "Not counted (their period is not within the target period)",
        "straddling_excluded": "Not counted",
        "straddling_included": "Counted whole",
        "straddling_csv": "Straddling figures",
        "mission_one": "mission",
        "days": "days",
        "of": "of",
        "missions": "missions",
        "already_met": "already met",
        "not_reached": "not reached at this rate",
        "no_day_left": "no day left",
        "undefined": "—",
        "rounded": "a round figure",
        "to": "to",
        "pledges": "Pledges",
        "targets": "Targets",
        "indicator": "Indicator",
        "observation_count": "Figures reported",
        "claim_count": "Claims",
        "kind": "Kind",
        "severity": "Severity",
        "message": "Message",
        "claimed": "Claimed",
        "computed": "Computed",
        "difference": "Difference",
        "record": "Record",
        "record_target": "target",
        "record_finding": "finding",
        "unit": "Unit",
        "target_id": "Target id",
        "period_start": "Period start",
        "period_end": "Period end",
        "days_elapsed": "Days elapsed",
        "days_left": "Days left",
        "elapsed_percent": "Time elapsed (%)",
        "percent_csv": "Progress (%)",
        "capaian_csv": "Capaian Permendagri 86 (%)",
        "summary": "Summary",
        "audit_clean": "No inconsistencies.",
    },
}


def _check_format(format: object) -> str:
    if not isinstance(format, str) or format not in FORMATS:
        raise InvalidValueError(format, "one of " + ", ".join(repr(f) for f in FORMATS), "format")
    return format


def status_label(status: Status, lang: str = "id") -> str:
    """The words for a status in a language.

    >>> status_label(Status.ON_TRACK), status_label(Status.ON_TRACK, "en")
    ('Sesuai jalur', 'On track')
    """
    if not isinstance(status, Status):
        raise InvalidValueError(status, "a pledgekit.Status", "status")
    return _STATUS[check_language(lang, "lang")][status]


def _decimal_places(value: Decimal) -> int:
    # Amounts are finite (to_amount), so the exponent is an int.
    return max(0, -int(value.as_tuple().exponent))


def _precision(target: Target) -> int:
    """Decimal places derived amounts are shown with: those of the target's own figures."""
    return max(_decimal_places(target.value), _decimal_places(target.baseline))


def _rate_places(rate: Fraction, target: Target) -> int:
    """Places for a rate: the target's own, two more for a rate below ten."""
    return _precision(target) + (0 if abs(rate) >= 10 else 2)


class _Words:
    """Labels and notation of one language."""

    def __init__(self, lang: str) -> None:
        self.lang = check_language(lang, "lang")
        self.labels = _LABELS[self.lang]

    def __getitem__(self, key: str) -> str:
        return self.labels[key]

    def n(self, value: Decimal | Fraction | int, places: int | None = None) -> str:
        """A figure in the language's notation; a Fraction is rounded (to 0 places by default)."""
        if isinstance(value, Fraction):
            value = round_fraction(value, places or 0)
            places = None
        return text.format_number(value, self.lang, places=places)

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

    def date(self, day: dt.date) -> str:
        if day.year < 1000:  # not written in words (pledgekit.text): ISO, as the audit does
            return day.isoformat()
        return text.format_date(day, self.lang)

    def period(self, period: Period) -> str:
        if period.start.year < 1000:
            return str(period)
        return text.format_period(period, self.lang)

    def interval(self, low: Decimal | Fraction, high: Decimal | Fraction) -> str:
        return f"{self.fig(low)}–{self.fig(high)}"

    def status(self, status: Status) -> str:
        return _STATUS[self.lang][status]

    def severity(self, severity: Severity) -> str:
        return _SEVERITY[self.lang][severity]

    def kind(self, kind: FindingKind) -> str:
        return _KIND[self.lang][kind]

    def program_label(self, plan: Plan, number: int) -> str:
        if self.lang == "en":
            return plan.program_label(number)
        program = plan.program(number)
        if plan.program_count is None:
            return str(program.number)
        return f"{program.number} dari {plan.program_count}"


# -- Exact values as strings -----------------------------------------------------------


def _exact(value: Decimal | Fraction | int | None) -> str | None:
    """An exact number as a string: a plain decimal, or ``num/den`` for a Fraction."""
    if value is None:
        return None
    if isinstance(value, Fraction):
        return f"{value.numerator}/{value.denominator}"
    number = Decimal(value)
    # A zero reached by a negation under a rounding mode such as ROUND_FLOOR is signed;
    # an amount has no negative zero, and the report never prints "-0".
    return format(number.copy_abs() if number.is_zero() else number, "f")


def _rounded(value: Fraction | Decimal | None, places: int = 2) -> str | None:
    if value is None:
        return None
    return format(round_fraction(Fraction(value), places), "f")


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


# -- The Permendagri 86 capaian of a target --------------------------------------------


def _capaian_reason(rated: permendagri86.PeriodCapaian, w: _Words) -> str:
    """Why there is no rate, in words; empty when there is one."""
    return "" if rated.reason is None else w[f"capaian_{rated.reason.value}"]


def _capaian_text(assessed: TargetAssessment, w: _Words) -> str:
    rated = assessed.capaian
    shown = rated.percent(2)
    if shown is None or rated.predikat is None:
        return f"{w['undefined']} ({_capaian_reason(rated, w)})"
    band = f"{w['predikat'].lower()} {rated.predikat.label()}"
    if rated.stale_figure and rated.figure_period is not None:
        band += f"; {w['capaian_figure_of']} {w.period(rated.figure_period)}"
    return f"{w.pct(shown)} ({band})"


# -- The evaluation settings, in every output ------------------------------------------

#: The words of the settings line (kept apart from the labels of the report's body).
_SETTINGS_LABELS: Final[dict[str, dict[str, str]]] = {
    "en": {
        "settings": "Settings",
        "thresholds": "status thresholds",
        "straddling": "straddling figures",
        "straddling_none": "each target's own",
        "straddling_exclude": "not counted",
        "straddling_include": "counted whole",
        "formula": "lower-is-better capaian",
        "formula_2t_minus_r": "(2T − R) / T",
        "formula_t_over_r": "T / R",
        "bands": "predikat bands",
        "bands_half_open": "half-open",
        "bands_round_first": "rounded first",
        "clamp": "capaian clamped to",
        "clamp_none": "capaian not clamped",
        "verdicts": "verdict rules",
        "kept": "kept from",
        "partial": "kept in part from",
        "stalled": "stalled at most",
    },
    "id": {
        "settings": "Pengaturan",
        "thresholds": "ambang status",
        "straddling": "angka yang melewati batas periode",
        "straddling_none": "kebijakan tiap target",
        "straddling_exclude": "tidak dihitung",
        "straddling_include": "dihitung utuh",
        "formula": "capaian makin kecil makin baik",
        "formula_2t_minus_r": "(2T − R) / T",
        "formula_t_over_r": "T / R",
        "bands": "pita predikat",
        "bands_half_open": "setengah terbuka",
        "bands_round_first": "dibulatkan dahulu",
        "clamp": "capaian dibatasi pada",
        "clamp_none": "capaian tidak dibatasi",
        "verdicts": "aturan penilaian janji",
        "kept": "ditepati mulai",
        "partial": "ditepati sebagian mulai",
        "stalled": "mandek paling banyak",
    },
}


def _settings_number(value: Fraction) -> str:
    """An exact setting as a string: a plain decimal when it has one ("0.95"), else ``num/den``."""
    for places in range(40):
        scaled = value * 10**places
        if scaled.denominator == 1:
            # Built from a string: exact under any caller's decimal context.
            return format(Decimal(f"{scaled.numerator}E-{places}"), "f")
    return f"{value.numerator}/{value.denominator}"


def _settings_json(evaluation: Evaluation) -> dict[str, Any]:
    """Every field of the evaluation, exact values as strings."""
    thresholds, rules, clamp = evaluation.thresholds, evaluation.verdict_rules, evaluation.clamp
    return {
        "thresholds": {
            "on_track": _settings_number(thresholds.on_track),
            "needs_acceleration": _settings_number(thresholds.needs_acceleration),
            "limited_progress": _settings_number(thresholds.limited_progress),
        },
        "straddling": None if evaluation.straddling is None else evaluation.straddling.value,
        "lower_is_better": evaluation.lower_is_better.value,
        "band_policy": evaluation.band_policy.value,
        "clamp": None if clamp is None else [_settings_number(end) for end in clamp],
        "verdict_rules": {
            "kept_at_least": _settings_number(rules.kept_at_least),
            "partial_at_least": _settings_number(rules.partial_at_least),
            "stalled_at_most": _settings_number(rules.stalled_at_most),
        },
    }


def _settings_line(evaluation: Evaluation, lang: str) -> str:
    """The settings in one line of words: ``Settings: status thresholds 0.95 / 0.6 / 0; ...``."""
    words = _SETTINGS_LABELS[lang]
    fields = _settings_json(evaluation)

    def n(value: str) -> str:
        return value.replace(".", ",") if lang == "id" else value

    def pct(value: str) -> str:
        return n(_settings_number(Fraction(value) * 100)) + " %"

    thresholds = " / ".join(n(v) for v in fields["thresholds"].values())
    clamp = fields["clamp"]
    rules = fields["verdict_rules"]
    parts = [
        f"{words['thresholds']} {thresholds}",
        f"{words['straddling']}: {words['straddling_' + (fields['straddling'] or 'none')]}",
        f"{words['formula']} {words['formula_' + fields['lower_is_better']]}",
        f"{words['bands']} {words['bands_' + fields['band_policy']]}",
        words["clamp_none"] if clamp is None else f"{words['clamp']} {n(clamp[0])}–{n(clamp[1])}",
        f"{words['verdicts']}: {words['kept']} {pct(rules['kept_at_least'])}, "
        f"{words['partial']} {pct(rules['partial_at_least'])}, "
        f"{words['stalled']} {pct(rules['stalled_at_most'])}",
    ]
    return f"{words['settings']}: {'; '.join(parts)}"


def inconsistencies(assessment: Assessment) -> tuple[Finding, ...]:
    """The findings that make the audit fail: those of severity ERROR or WARNING.

    Notes (severity INFO) such as a consistent restatement are not inconsistencies.
    The ``pledgekit audit`` command exits with status 1 when this is not empty.
    """
    return tuple(f for f in assessment.findings if f.severity >= Severity.WARNING)


# -- JSON ------------------------------------------------------------------------------


def _period_json(period: Period) -> dict[str, Any]:
    return {"start": period.start.isoformat(), "end": period.end.isoformat(), "days": period.days}


def _source_json(source: Source) -> dict[str, Any]:
    return {
        "id": source.id,
        "outlet": source.outlet,
        "title": source.title,
        "url": source.url,
        "published": _iso(source.published),
        "quote": source.quote,
    }


def _membership_json(membership: Membership | None) -> dict[str, Any] | None:
    if membership is None:
        return None
    person = membership.person
    return {
        "label": membership.label,
        "person": None if person is None else person.display_name,
        "post": membership.post,
        "role": membership.role,
        "organization": None if membership.organization is None else membership.organization.name,
        "start_date": _iso(membership.start_date),
        "end_date": _iso(membership.end_date),
    }


def _plan_json(plan: Plan | None) -> dict[str, Any] | None:
    if plan is None:
        return None
    return {
        "name": plan.name,
        "region": plan.region,
        "period": _period_json(plan.period),
        "vision": plan.vision,
        "missions": [{"number": m.number, "text": m.text} for m in plan.missions],
        "goals": [
            {"text": g.text, "mission": g.mission, "objectives": [o.text for o in g.objectives]}
            for g in plan.goals
        ],
        "program_count": plan.program_count,
        "programs": [
            {
                "number": p.number,
                "label": plan.program_label(p.number),
                "title": p.title,
                "missions": list(p.missions),
                "code": p.code,
                "agency": p.agency,
                "targets": [t.id for t in p.targets],
            }
            for p in plan.programs
        ],
    }


def _pledge_json(pledge: Pledge) -> dict[str, Any]:
    return {
        "id": pledge.id,
        "text": pledge.text,
        "language": pledge.language,
        "translation": pledge.translation,
        "made_by": _membership_json(pledge.made_by),
        "made_on": _iso(pledge.made_on),
        "source": None if pledge.source is None else pledge.source.id,
        "targets": [t.id for t in pledge.targets],
        "programs": list(pledge.programs),
    }


def _indicator_json(indicator: Indicator) -> dict[str, Any]:
    return {
        "id": indicator.id,
        "name": indicator.name,
        "unit": indicator.unit,
        "direction": indicator.direction.value,
        "accumulation": indicator.accumulation.value,
        "definition": indicator.definition,
        "code": indicator.code,
    }


def _interval_json(
    interval: tuple[Decimal | Fraction, Decimal | Fraction] | None,
) -> list[str | None] | None:
    return None if interval is None else [_exact(interval[0]), _exact(interval[1])]


def _observation_json(observation: Observation) -> dict[str, Any]:
    return {
        "period": _period_json(observation.period),
        "value": _exact(observation.value),
        "resolution": _exact(observation.resolution),
        "rounding": observation.rounding.value,
        "interval": _interval_json(observation.interval),
        "indicator": None if observation.indicator is None else observation.indicator.id,
        "source": None if observation.source is None else observation.source.id,
        "note": observation.note,
    }


def _claim_json(claim: Claim) -> dict[str, Any]:
    return {
        "kind": claim.kind.value,
        "value": _exact(claim.value),
        "as_of": claim.as_of.isoformat(),
        "stated_on": _iso(claim.stated_on),
        "resolution": _exact(claim.resolution),
        "rounding": claim.rounding.value,
        "interval": None if claim.value is None else _interval_json(claim.interval),
        "period": None if claim.period is None else _period_json(claim.period),
        "speaker": _membership_json(claim.speaker),
        "source": None if claim.source is None else claim.source.id,
        "indicator": None if claim.indicator is None else claim.indicator.id,
        "quote": claim.quote,
        "dateline": claim.dateline,
    }


def _progress_json(p: Progress) -> dict[str, Any]:
    return {
        "as_of": p.as_of.isoformat(),
        "achieved": _exact(p.achieved),
        "ratio": _exact(p.ratio),
        "percent": None if p.ratio is None else _rounded(p.ratio * 100),
        "shortfall": _exact(p.shortfall),
        "surplus": _exact(p.surplus),
        "is_met": p.is_met,
        "days_elapsed": p.days_elapsed,
        "days_left": p.days_left,
        "elapsed": _exact(p.elapsed),
        "elapsed_percent": _rounded(p.elapsed * 100),
        "expected": _exact(p.expected),
        "expected_rounded": _rounded(p.expected),
        "pace_index": _exact(p.pace_index),
        "pace_index_rounded": _rounded(p.pace_index),
        "required_per_day": _exact(p.required_per_day),
        "required_per_month": _exact(p.required_per_month),
        "required_per_month_rounded": _rounded(p.required_per_month),
        "required_per_year": _exact(p.required_per_year),
        "recent_rate_per_day": _exact(p.recent_rate_per_day),
        "average_rate_per_day": _exact(p.average_rate_per_day),
        "projected_recent": _iso(p.projected_recent),
        "projected_average": _iso(p.projected_average),
        "covered_days": p.covered_days,
        "coverage": _exact(p.coverage),
        "gaps": [_period_json(g) for g in p.gaps],
        "status": p.status.value,
        "observations": [_observation_json(o) for o in p.observations],
        "left_out": [_observation_json(o) for o in p.left_out],
        "outside": [_observation_json(o) for o in p.outside],
        "straddling": [_straddling_json(p, o) for o in p.straddling],
        "straddling_policy": p.straddling_policy.value,
    }


def _straddling_json(p: Progress, observation: Observation) -> dict[str, Any]:
    return {
        **_observation_json(observation),
        "edge": "start" if observation.period.start < p.target.period.start else "end",
        "counted": p.straddling_policy is Straddling.INCLUDE,
        "messages": {lang: _straddling_words(p, observation, _Words(lang)) for lang in LANGUAGES},
    }


def _explanation_json(
    explanation: Explanation, assessed: TargetAssessment, words_id: _Words
) -> dict[str, Any]:
    return {
        "period": _period_json(explanation.period),
        "total": _exact(explanation.total),
        "interval": _interval_json(explanation.interval),
        "observations": [_observation_json(o) for o in explanation.observations],
        "left_out": [_observation_json(o) for o in explanation.left_out],
        "messages": {
            "en": explanation.message,
            "id": _explanation_text(explanation, words_id),
        },
    }


def _finding_json(finding: Finding, assessed: TargetAssessment) -> dict[str, Any]:
    words_id = _Words("id")
    return {
        "kind": finding.kind.value,
        "severity": finding.severity.name.lower(),
        "unit": _finding_unit(finding, assessed),
        "claimed": _exact(finding.claimed),
        "computed": _exact(finding.computed),
        "difference": _exact(finding.difference),
        "claimed_interval": _interval_json(finding.claimed_interval),
        "computed_interval": _interval_json(finding.computed_interval),
        "explanations": [_explanation_json(e, assessed, words_id) for e in finding.explanations],
        "claims": [_claim_index(c, assessed) for c in finding.claims],
        "observations": [_observation_json(o) for o in finding.observations],
        "periods": [_period_json(p) for p in finding.periods],
        "possible_interval": None
        if finding.possible_interval is None
        else [_exact(end) for end in finding.possible_interval],
        "date_problem": None if finding.date_problem is None else finding.date_problem.value,
        "dates": [d.isoformat() for d in finding.dates],
        "pledge": None if finding.pledge is None else finding.pledge.id,
        "verdict": None
        if finding.verdict is None
        else {"date": finding.verdict.date.isoformat(), "verdict": finding.verdict.verdict.value},
        "straddling": None if finding.straddling is None else finding.straddling.value,
        "suggested_period": None
        if finding.suggested_period is None
        else _period_json(finding.suggested_period),
        "messages": {"en": finding.message, "id": _finding_text(finding, assessed, words_id)},
    }


def _finding_unit(finding: Finding, assessed: TargetAssessment) -> str:
    """The unit of a finding's figures: percent for a percentage claim, else the target's."""
    about_percent = finding.kind is FindingKind.PERCENT_MISMATCH or (
        finding.kind is FindingKind.UNVERIFIABLE_CLAIM
        and bool(finding.claims)
        and finding.claims[0].kind is ClaimKind.PERCENT
    )
    return "%" if about_percent else assessed.target.unit


def _claim_index(claim: Claim, assessed: TargetAssessment) -> int:
    return assessed.claims.index(claim)


def _target_json(assessed: TargetAssessment) -> dict[str, Any]:
    target = assessed.target
    rated = assessed.capaian
    band = rated.predikat
    reason = rated.reason
    capaian = {
        "method": "permendagri86",
        "target": _exact(target.value),
        "realisasi": _exact(rated.realisasi),
        "value": _exact(rated.value),
        "percent": _rounded(rated.percent(2)),
        "predikat": None if band is None else band.value,
        "label": None if band is None else band.label(),
        "figure_period": None if rated.figure_period is None else _period_json(rated.figure_period),
        "reason": None if reason is None else reason.value,
        "reason_messages": None
        if reason is None
        else {lang: _capaian_reason(rated, _Words(lang)) for lang in LANGUAGES},
    }
    return {
        "id": target.id,
        "indicator": _indicator_json(target.indicator),
        "value": _exact(target.value),
        "baseline": _exact(target.baseline),
        "unit": target.unit,
        "period": _period_json(target.period),
        "pledges": [p.id for p in assessed.pledges],
        "progress": _progress_json(assessed.progress),
        "capaian": capaian,
        "claims": [_claim_json(c) for c in assessed.claims],
        "findings": [_finding_json(f, assessed) for f in assessed.findings],
    }


def to_json_dict(assessment: Assessment) -> dict[str, Any]:
    """The report as a dict of JSON types, schema version :data:`REPORT_VERSION`.

    Amounts are decimal strings (``"146305"``), exact ratios ``"num/den"`` strings
    (``"29261/30000"``) beside a rounded percent string (``"97.54"``), dates ISO
    strings. The schema is described in ``docs/report.md``.
    """
    from pledgekit._version import __version__

    if not isinstance(assessment, Assessment):
        raise InvalidValueError(assessment, "a pledgekit.Assessment", "assessment")
    case = assessment.case
    counts = {s.name.lower(): 0 for s in sorted(Severity, reverse=True)}
    for finding in assessment.findings:
        counts[finding.severity.name.lower()] += 1
    worst = assessment.worst
    return {
        "pledgekit_report": REPORT_VERSION,
        "generator": f"pledgekit {__version__}",
        "case": {"title": case.title, "description": case.description},
        "as_of": _iso(assessment.as_of),
        "settings": _settings_json(assessment.evaluation),
        "plan": _plan_json(case.plan),
        "pledges": [_pledge_json(p) for p in case.pledges],
        "sources": [_source_json(s) for s in case.sources],
        "targets": [_target_json(t) for t in assessment.targets],
        "summary": {
            "worst": None if worst is None else worst.name.lower(),
            "findings": counts,
            "inconsistent": bool(inconsistencies(assessment)),
        },
    }


def to_json(assessment: Assessment, *, indent: int | None = 2) -> str:
    """The JSON report as text (UTF-8 characters kept as they are), ending in a newline."""
    return json.dumps(to_json_dict(assessment), ensure_ascii=False, indent=indent) + "\n"


# -- Findings in Indonesian ------------------------------------------------------------


def _range_text(
    value: Decimal | Fraction,
    interval: tuple[Decimal | Fraction, Decimal | Fraction] | None,
    w: _Words,
) -> str:
    if interval is None or interval[0] == interval[1] == value:
        return ""
    return (
        f", atau {w.fig(interval[0])} sampai {w.fig(interval[1])} dengan memperhitungkan pembulatan"
    )


def _explanation_text(explanation: Explanation, w: _Words) -> str:
    if w.lang == "en":
        return explanation.message
    words = (
        f"cocok dengan {w.period(explanation.period)}: {w.fig(explanation.total)}"
        f"{_range_text(explanation.total, explanation.interval, w)}"
    )
    if explanation.left_out:
        words += "; tanpa menghitung " + ", ".join(
            f"{w.period(o.period)} ({w.n(o.value)})" for o in explanation.left_out
        )
    return words


def _finding_text(finding: Finding, assessed: TargetAssessment, w: _Words) -> str:
    """The finding in words: the audit's own (English) message, or Indonesian from its fields."""
    if w.lang == "en":
        return finding.message
    target = assessed.target
    kind = finding.kind
    words = _FINDING_WORDS.get(kind)
    if words is not None:
        worded = words(finding, assessed, w)
        if worded is not None:
            return worded
    claimed, computed, difference = finding.claimed, finding.computed, finding.difference
    claims = finding.claims
    if (
        kind is FindingKind.REMAINDER_MISMATCH
        and len(claims) == 2
        and claimed is not None
        and computed is not None
        and difference is not None
    ):
        done = claims[1].figure
        sum_ = (
            f"target {w.n(target.value)} dikurangi klaim {w.n(done)}"
            if target.indicator.direction is Direction.INCREASE
            else f"klaim {w.n(done)} dikurangi target {w.n(target.value)}"
        )
        return (
            f"diklaim sisa {w.fig(claimed)}, padahal {sum_} menyisakan {w.fig(computed)}: "
            f"selisih {w.fig(difference)}"
        )
    if (
        kind is FindingKind.TOTAL_MISMATCH
        and claims
        and claimed is not None
        and computed is not None
        and difference is not None
    ):
        claim = claims[0]
        if claim.kind is ClaimKind.REMAINING:
            opening = (
                f"klaim sisa {w.n(claim.figure)} berarti {w.fig(claimed)} tercapai "
                f"per {w.date(claim.as_of)}"
            )
        else:
            opening = f"diklaim {w.fig(claimed)} per {w.date(claim.as_of)}"
        return (
            f"{opening}, padahal angka-angkanya berjumlah {w.fig(computed)}"
            f"{_range_text(computed, finding.computed_interval, w)}: selisih {w.fig(difference)}"
        )
    if (
        kind is FindingKind.PERCENT_MISMATCH
        and claims
        and claimed is not None
        and computed is not None
    ):
        claim = claims[0]
        against = (
            f"klaim {w.n(claims[1].value)}"
            if len(claims) > 1 and claims[1].value is not None
            else "angka-angkanya"
        )
        of = (
            f"dari target {w.n(target.value)}"
            if target.baseline == 0
            else f"dari jarak kondisi awal {w.n(target.baseline)} ke target {w.n(target.value)}"
        )
        return (
            f"diklaim {w.pct(claimed)} per {w.date(claim.as_of)}, padahal {against} "
            f"memberi {w.pct(computed)} {of}"
        )
    if (
        kind is FindingKind.PERIOD_VALUE_MISMATCH
        and claims
        and claims[0].period is not None
        and claimed is not None
        and computed is not None
        and difference is not None
    ):
        period = claims[0].period
        return (
            f"diklaim {w.fig(claimed)} untuk {w.period(period)}, padahal angka-angkanya "
            f"memberi {w.fig(computed)}{_range_text(computed, finding.computed_interval, w)}: "
            f"selisih {w.fig(difference)}"
        )
    if kind is FindingKind.MET_MISMATCH and claims and computed is not None:
        return (
            f"diklaim target {w.n(target.value)} tercapai per {w.date(claims[0].as_of)}, "
            f"padahal angka-angkanya baru mencapai {w.fig(computed)}"
            f"{_range_text(computed, finding.computed_interval, w)}"
        )
    if kind in (FindingKind.CLAIM_CONFLICT, FindingKind.CONSISTENT_RESTATEMENT) and (
        len(claims) == 2 and claims[0].value is not None and claims[1].value is not None
    ):
        first, second = claims
        ranges = [
            f"{w.n(c.interval[0])} sampai {w.n(c.interval[1])} untuk {w.n(c.value)}"
            for c in claims
            if c.value is not None and c.interval != (c.value, c.value)
        ]
        shown = f" (dengan pembulatan: {'; '.join(ranges)})" if ranges else ""
        verdict = (
            "keduanya cocok dalam batas pembulatan"
            if kind is FindingKind.CONSISTENT_RESTATEMENT
            else "keduanya saling bertentangan"
        )
        return (
            f"{w.n(first.figure)} dan {w.n(second.figure)} sama-sama diklaim per "
            f"{w.date(first.as_of)}{shown}; {verdict}"
        )
    if kind is FindingKind.OVERLAP and len(finding.observations) == 2 and finding.periods:
        first_o, second_o = finding.observations
        shared = finding.periods[0]
        return (
            f"angka untuk {w.period(first_o.period)} ({w.n(first_o.value)}) dan "
            f"{w.period(second_o.period)} ({w.n(second_o.value)}) sama-sama mencakup "
            f"{w.n(shared.days)} hari ({w.period(shared)}): menjumlahkannya menghitung "
            "hari-hari itu dua kali"
        )
    if kind is FindingKind.INDICATOR_MISMATCH and claims and claims[0].indicator is not None:
        other = claims[0].indicator
        return (
            f"{len(claims)} klaim mengukur “{other.name}” ({other.unit}), padahal target "
            f"mengukur “{target.indicator.name}” ({target.indicator.unit})"
        )
    # A finding whose fields do not say enough to be reworded keeps the audit's words.
    return finding.message


def _size(value: Decimal | Fraction) -> Decimal | Fraction:
    """The absolute value, exactly under any decimal context."""
    return abs(value) if isinstance(value, Fraction) else value.copy_abs()


def _periods_id(periods: Sequence[Period], w: _Words) -> str:
    words = [w.period(p) for p in periods]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " dan " + words[-1]


def _double_counted_id(finding: Finding, computed: Decimal | Fraction, w: _Words) -> str:
    """A claim that agrees only with a total counting some days twice, in Indonesian."""
    doubled = finding.observations
    shown = ", ".join(f"{w.period(o.period)} ({w.n(o.value)})" for o in doubled[:3])
    if len(doubled) > 3:
        shown += f" dan {w.n(len(doubled) - 3)} lainnya"
    return (
        f"klaim per {w.date(finding.claims[0].as_of)} sesuai dengan jumlah angka-angkanya, "
        f"{w.fig(computed)}{_range_text(computed, finding.computed_interval, w)}, tetapi "
        f"jumlah itu menghitung beberapa hari dua kali: angka untuk {shown} tumpang tindih, "
        "sehingga klaim ini tidak dapat diverifikasi"
    )


def _period_unverifiable_id(finding: Finding, w: _Words) -> str:
    """A value claimed for a period the figures do not cover exactly, in Indonesian."""
    claim, period = finding.claims[0], finding.periods[0]
    inside = finding.observations
    shown = ", ".join(f"{w.period(o.period)} ({w.n(o.value)})" for o in inside[:3])
    if len(inside) > 3:
        shown += f" dan {w.n(len(inside) - 3)} lainnya"
    why = (
        f"angka-angka di dalamnya ({shown}) tidak mencakup tepat periode itu tanpa tumpang tindih"
        if inside
        else "tidak ada angka di dalam periode itu"
    )
    return (
        f"diklaim {w.n(claim.figure)} untuk {w.period(period)}, padahal {why}, sehingga "
        "klaim ini tidak dapat diperiksa dengan angka-angkanya"
    )


def _unverifiable_id(finding: Finding, assessed: TargetAssessment, w: _Words) -> str | None:
    """Why a claim above the figures cannot be verified, in Indonesian."""
    claims, computed, difference = finding.claims, finding.computed, finding.difference
    if claims and claims[0].kind is ClaimKind.PERIOD_VALUE and finding.periods:
        return _period_unverifiable_id(finding, w)
    if claims and finding.observations and not finding.periods and computed is not None:
        return _double_counted_id(finding, computed, w)
    if not claims or computed is None or difference is None or not finding.periods:
        return None
    claim, target, claimed = claims[0], assessed.target, finding.claimed
    if claim.kind is ClaimKind.MET or claimed is None:
        more = "lebih banyak" if difference <= 0 else "lebih sedikit"
        opening = (
            f"diklaim target {w.n(target.value)} tercapai per {w.date(claim.as_of)}, "
            f"{w.fig(_size(difference))} {more} dari yang dicapai angka-angkanya "
            f"({w.fig(computed)}{_range_text(computed, finding.computed_interval, w)})"
        )
    else:
        more = "lebih banyak" if difference >= 0 else "lebih sedikit"
        if claim.kind is ClaimKind.PERCENT:
            opening = (
                f"diklaim {w.pct(claimed)} per {w.date(claim.as_of)}, "
                f"{w.fig(_size(difference))} poin persen {more} dari {w.pct(computed)} "
                "menurut angka-angkanya"
            )
        else:
            said = (
                f"klaim sisa {w.n(claim.value)} berarti {w.fig(claimed)} tercapai"
                if claim.kind is ClaimKind.REMAINING and claim.value is not None
                else f"diklaim {w.fig(claimed)}"
            )
            opening = (
                f"{said} per {w.date(claim.as_of)}, {w.fig(_size(difference))} {more} dari "
                f"jumlah angka-angkanya ({w.fig(computed)}"
                f"{_range_text(computed, finding.computed_interval, w)})"
            )
    days = sum(p.days for p in finding.periods)
    low, high = finding.possible_interval or (None, None)
    why = (
        "angka-angkanya hanya batas bawah, bukan jumlah"
        if high is None and low is not None
        else "angka-angkanya, tidak ada yang di atas nol, hanya batas atas, bukan jumlah"
        if low is None and high is not None
        else "ada angka di atas dan di bawah nol di antara yang dihitung, sehingga hari-hari "
        "tanpa angka bisa mengubah jumlahnya ke arah mana pun"
    )
    return (
        f"{opening}, padahal tidak ada angka yang dihitung untuk "
        f"{_periods_id(finding.periods, w)} ({w.n(days)} hari dari periode target sampai "
        f"{w.date(claim.as_of)}): {why}, sehingga klaim ini tidak dapat diverifikasi dari "
        "angka-angka itu"
    )


def _fiscal_hint_id(finding: Finding, assessed: TargetAssessment, w: _Words) -> str:
    suggested = finding.suggested_period
    if suggested is None:
        return ""
    return (
        f"; periode target mulai {w.date(assessed.target.period.start)} sedangkan angkanya "
        f"untuk tahun penuh: jika yang dimaksud tahun anggaran {w.period(suggested)}, tulis "
        f'periodenya "{suggested.start.year}..{suggested.end.year}"'
    )


def _gap_id(finding: Finding, assessed: TargetAssessment, w: _Words) -> str | None:
    if not finding.periods:
        return None
    gap, target = finding.periods[0], assessed.target
    where = (
        f"{w.period(gap)} ({w.n(gap.days)} hari dari periode target "
        f"{w.period(target.period)} sebelum {w.date(assessed.progress.as_of)})"
    )
    if not finding.observations:
        return f"tidak ada angka untuk {where}"
    figures = ", ".join(f"{w.period(o.period)}, {w.n(o.value)}" for o in finding.observations)
    covered = sum(p.days for p in finding.periods[1:])
    which = "hari-hari ini" if covered == gap.days else f"{w.n(covered)} hari di antaranya"
    return (
        f"tidak ada angka yang dihitung untuk {where}: angka yang melewati batas periode "
        f'({figures}) mencakup {which} tetapi tidak dihitung; straddling = "include" '
        "menghitungnya" + _fiscal_hint_id(finding, assessed, w)
    )


def _straddles_id(finding: Finding, assessed: TargetAssessment, w: _Words) -> str | None:
    if not finding.observations:
        return None
    figure, period = finding.observations[0], assessed.target.period
    at_start = figure.period.start < period.start
    counted = (
        'dan dihitung utuh (straddling = "include"), termasuk hari-hari di luar periode target'
        if finding.straddling is Straddling.INCLUDE
        else 'sehingga tidak dihitung; straddling = "include" menghitungnya'
    )
    return (
        f"angka untuk {w.period(figure.period)} ({w.n(figure.value)}) melewati "
        f"{'awal' if at_start else 'akhir'} periode target, "
        f"{w.date(period.start if at_start else period.end)}, {counted}"
        + _fiscal_hint_id(finding, assessed, w)
    )


#: A claim of each kind, in Indonesian.
_CLAIM_ID: Final = {
    ClaimKind.ACHIEVED: "klaim realisasi",
    ClaimKind.REMAINING: "klaim sisa",
    ClaimKind.PERCENT: "klaim persentase",
    ClaimKind.MET: "klaim target tercapai",
    ClaimKind.PERIOD_VALUE: "klaim angka periode",
}


def _date_id(finding: Finding, assessed: TargetAssessment, w: _Words) -> str | None:
    """Which of a claim's dates disagree, in Indonesian, from the finding's fields."""
    problem, dates, claims = finding.date_problem, finding.dates, finding.claims
    if problem is None or not claims:
        return None
    claim = claims[0]
    dateline = claim.dateline
    if problem is DateProblem.STATED_BEFORE_AS_OF and len(dates) == 2:
        words = (
            f"klaim ini tentang {w.date(dates[0])}, sesudah hari dinyatakannya, {w.date(dates[1])}"
        )
    elif problem is DateProblem.OUTSIDE_TERM and dates:
        words = (
            f"tanggalnya, {w.date(dates[0])}, di luar periode target "
            f"{w.period(assessed.target.period)}"
        )
    elif problem is DateProblem.WEEKDAY and dates and dateline is not None:
        day = text.format_date(dates[0], "id", weekday=True)
        words = f"tanggal tertulis {dateline!r} menyebut hari yang salah: {day}"
    elif problem is DateProblem.IMPOSSIBLE_DATE and dateline is not None:
        words = f"tanggal tertulis {dateline!r} bukan tanggal yang ada atau tidak dapat dibaca"
    elif problem is DateProblem.DATELINE_MISMATCH and len(dates) == 2 and dateline is not None:
        words = (
            f"tanggal tertulis {dateline!r} terbaca {w.date(dates[0])}, bukan {w.date(dates[1])}"
        )
    else:
        return None
    return f"tanggal-tanggal {_CLAIM_ID[claim.kind]} tidak cocok: {words}"


def _verdict_id(finding: Finding, assessed: TargetAssessment, w: _Words) -> str | None:
    pledge, record = finding.pledge, finding.verdict
    if pledge is None or record is None:
        return None
    achieved = w.n(finding.computed) if finding.computed is not None else w["undefined"]
    return (
        f"penilaian {record.verdict.name} ({w.date(record.date)}) atas janji {pledge.id!r} "
        f"bertentangan dengan angka-angkanya: realisasi {achieved} dari target "
        f"{w.n(assessed.target.value)}"
    )


#: Findings worded from their structured fields (``None``: not enough fields, keep the
#: audit's words).
_FINDING_WORDS: Final[
    dict[FindingKind, Callable[[Finding, TargetAssessment, _Words], str | None]]
] = {
    FindingKind.UNVERIFIABLE_CLAIM: _unverifiable_id,
    FindingKind.COVERAGE_GAP: _gap_id,
    FindingKind.STRADDLES_PERIOD: _straddles_id,
    FindingKind.DATE_INCONSISTENT: _date_id,
    FindingKind.VERDICT_CONTRADICTS_DATA: _verdict_id,
}


# -- Shared pieces of text, Markdown, CSV and HTML -------------------------------------


def _progress_rows(p: Progress, w: _Words) -> list[tuple[str, str]]:
    """The progress metrics as (label, value) pairs."""
    target = p.target
    unit = target.unit
    places = _precision(target)
    total_days = target.period.days
    achieved = w.amount(p.achieved, unit, _decimal_places(p.achieved))
    if not p.observations:
        # No figure, no result: the baseline is shown as what it is.
        achieved = f"{w['undefined']} ({w['capaian_no_figure']}; {w['baseline']} {achieved})"
    rows = [
        (w["as_of"], w.date(p.as_of)),
        (w["achieved"], achieved),
        (w["percent"], w.ratio(p.ratio)),
    ]
    straddling = _straddling_row(p, w)
    if straddling is not None:
        rows.insert(2, straddling)
    if p.surplus:
        rows.append((w["surplus"], w.amount(p.surplus, unit, _decimal_places(p.surplus))))
    else:
        rows.append((w["shortfall"], w.amount(p.shortfall, unit, _decimal_places(p.shortfall))))
    rows += [
        (
            w["elapsed"],
            f"{w.n(p.days_elapsed)} {w['of']} {w.n(total_days)} {w['days']} "
            f"({w.pct(p.elapsed * 100)})",
        ),
        *_gap_rows(p, w),
        (w["expected"], w.amount(p.expected, unit, places)),
        (w["pace_index"], w["undefined"] if p.pace_index is None else w.n(p.pace_index, 2)),
        (
            w["required_per_month"],
            w["no_day_left"]
            if p.required_per_month is None
            else w.amount(p.required_per_month, unit, _rate_places(p.required_per_month, target)),
        ),
        (w["projected_recent"], _projection(p, p.projected_recent, w)),
        (w["projected_average"], _projection(p, p.projected_average, w)),
        (w["status"], w.status(p.status)),
    ]
    return rows


def _gap_rows(p: Progress, w: _Words) -> list[tuple[str, str]]:
    """The days up to as_of with no counted figure, where the reader looks (the headline)."""
    if not p.gaps:
        return []
    shown = ", ".join(w.period(gap) for gap in p.gaps[:3])
    if len(p.gaps) > 3:
        shown += f" {w['and_others']} {w.n(len(p.gaps) - 3)} {w['more_stretches']}"
    uncovered = p.days_elapsed - p.covered_days
    return [(w["no_figure_for"], f"{shown} ({w.n(uncovered)} {w['days']})")]


def _straddling_words(p: Progress, observation: Observation, w: _Words) -> str:
    """One straddling figure in words: which figure, which edge, which day."""
    period = p.target.period
    at_start = observation.period.start < period.start
    day = w.date(period.start if at_start else period.end)
    figure = f"{w.period(observation.period)} ({w.amount(observation.value, p.target.unit, _decimal_places(observation.value))})"
    if w.lang == "id":
        return f"{figure} melewati {'awal' if at_start else 'akhir'} periode target, {day}"
    return f"{figure} straddles the {'start' if at_start else 'end'} of the target period, {day}"


def _straddling_row(p: Progress, w: _Words) -> tuple[str, str] | None:
    """The headline row that says which straddling figures were (not) counted, and why."""
    if not p.straddling:
        return None
    figures = "; ".join(_straddling_words(p, o, w) for o in p.straddling)
    if p.straddling_policy is Straddling.INCLUDE:
        return w["straddling_included"], f'{figures} (straddling = "include")'
    counts = (
        "menghitungnya"
        if w.lang == "id"
        else "counts it"
        if len(p.straddling) == 1
        else "counts them"
    )
    return w["straddling_excluded"], f'{figures} (straddling = "include" {counts})'


def _projection(p: Progress, day: dt.date | None, w: _Words) -> str:
    if p.is_met:
        return w["already_met"]
    return w["not_reached"] if day is None else w.date(day)


def _target_rows(assessed: TargetAssessment, w: _Words) -> list[tuple[str, str]]:
    rows = _progress_rows(assessed.progress, w)
    rows.append((w["capaian"], _capaian_text(assessed, w)))
    return rows


def _target_heading(target: Target, w: _Words) -> str:
    return (
        f"{w['target']}: {target.indicator.name} — {w.amount(target.value, target.unit, _decimal_places(target.value))}, "
        f"{w.period(target.period)}"
    )


def _observation_note(observation: Observation, w: _Words) -> str:
    if observation.resolution is None:
        return ""
    low, high = observation.interval
    return f"{w['rounded']}: {w.n(low)}–{w.n(high)}"


def _claim_summary(claim: Claim, w: _Words) -> str:
    value = "" if claim.value is None else w.n(claim.value)
    when = w.date(claim.as_of)
    if w.lang == "id":
        said = {
            ClaimKind.ACHIEVED: f"sudah {value} per {when}",
            ClaimKind.REMAINING: f"sisa {value} per {when}",
            ClaimKind.PERCENT: f"{value} % per {when}",
            ClaimKind.MET: f"target tercapai per {when}",
            ClaimKind.PERIOD_VALUE: f"{value} untuk "
            + ("" if claim.period is None else w.period(claim.period)),
        }[claim.kind]
    else:
        said = {
            ClaimKind.ACHIEVED: f"{value} achieved as of {when}",
            ClaimKind.REMAINING: f"{value} remaining as of {when}",
            ClaimKind.PERCENT: f"{value} % done as of {when}",
            ClaimKind.MET: f"target met as of {when}",
            ClaimKind.PERIOD_VALUE: f"{value} for "
            + ("" if claim.period is None else w.period(claim.period)),
        }[claim.kind]
    if claim.value is not None and claim.resolution is not None:
        low, high = claim.interval
        said += f" ({w['rounded']}: {w.n(low)}–{w.n(high)})"
    who = []
    if claim.speaker is not None:
        who.append(claim.speaker.label)
    if claim.stated_on is not None:
        who.append(w.date(claim.stated_on))
    return (", ".join(who) + ": " if who else "") + said


def _source_text(source: Source, w: _Words) -> str:
    parts = [source.outlet, f"“{source.title}”"]
    if source.published is not None:
        parts.append(w.date(source.published))
    return ", ".join(parts)


def _made_by_text(membership: Membership, w: _Words) -> str:
    words = membership.label
    if membership.start_date is not None and membership.end_date is not None:
        words += f" ({w.period(Period(membership.start_date, membership.end_date))})"
    return words


def _program_text(plan: Plan, number: int, w: _Words) -> str:
    program = plan.program(number)
    extra = []
    if program.missions:
        label = w["mission_one"] if len(program.missions) == 1 else w["missions"]
        extra.append(f"{label} {', '.join(str(m) for m in program.missions)}")
    if program.code:
        extra.append(program.code)
    if program.agency:
        extra.append(program.agency)
    more = f" ({'; '.join(extra)})" if extra else ""
    return f"{w['program']} {w.program_label(plan, number)}: {program.title}{more}"


# -- Text ------------------------------------------------------------------------------


def _text_rows(rows: Sequence[tuple[str, str]], indent: str = "  ") -> list[str]:
    width = max(len(label) for label, _ in rows)
    return [f"{indent}{label:<{width}}  {value}" for label, value in rows]


def _text_header(case: Case, evaluation: Evaluation, w: _Words) -> list[str]:
    lines = [case.title, "=" * len(case.title)]
    if case.description:
        lines.append(case.description)
    lines += [_settings_line(evaluation, w.lang), ""]
    plan = case.plan
    if plan is not None:
        lines.append(w["plan"].upper())
        lines.append(f"  {plan.name} {plan.region}, {w.period(plan.period)}")
        lines.append(f"  {w['vision']}: {plan.vision}")
        lines += [f"  {w['mission']} {m.number}: {m.text}" for m in plan.missions]
        lines += [f"  {_program_text(plan, p.number, w)}" for p in plan.programs]
        lines.append("")
    for pledge in case.pledges:
        lines.append(f"{w['pledge'].upper()} ({pledge.id})")
        lines.append(f"  “{pledge.text}”")
        if pledge.translation:
            lines.append(f"  {w['translation']}: {pledge.translation}")
        if pledge.made_by is not None:
            lines.append(f"  {w['made_by']}: {_made_by_text(pledge.made_by, w)}")
        if pledge.made_on is not None:
            lines.append(f"  {w['made_on']}: {w.date(pledge.made_on)}")
        if pledge.source is not None:
            lines.append(f"  {w['source']}: {_source_text(pledge.source, w)}")
            if pledge.source.url:
                lines.append(f"    {pledge.source.url}")
        if pledge.programs and plan is not None:
            labels = ", ".join(w.program_label(plan, n) for n in pledge.programs)
            lines.append(f"  {w['program']}: {labels}")
        lines.append("")
    return lines


def _text_findings(assessed: TargetAssessment, w: _Words) -> list[str]:
    findings = assessed.findings
    if not findings:
        return [f"    {w['no_findings']}"]
    lines = []
    for number, finding in enumerate(findings, start=1):
        lines.append(
            f"    {number}. [{w.severity(finding.severity).upper()}] {w.kind(finding.kind)}"
        )
        # The words line up under the kind, also from finding 10 on.
        indent = " " * (4 + len(f"{number}. "))
        lines.append(f"{indent}{_capital(_finding_text(finding, assessed, w))}.")
        lines += [f"{indent}- {_capital(_explanation_text(e, w))}." for e in finding.explanations]
    return lines


def _capital(words: str) -> str:
    return words[:1].upper() + words[1:]


def _text_target(assessed: TargetAssessment, w: _Words) -> list[str]:
    target = assessed.target
    p = assessed.progress
    lines = [_target_heading(target, w)]
    lines.append("-" * len(lines[0]))
    if target.baseline:
        lines.append(f"  {w['baseline']}: {w.n(target.baseline)}")
    lines += _text_rows(_target_rows(assessed, w))
    lines += ["", f"  {w['observations']}"]
    if p.observations:
        width = max(len(w.period(o.period)) for o in p.observations)
        width = max(width, len(w["total"]))
        figures = [w.n(o.value) for o in p.observations] + [w.n(p.achieved)]
        number_width = max(len(f) for f in figures)
        for observation, figure in zip(p.observations, figures, strict=False):
            note = _observation_note(observation, w)
            lines.append(
                f"    {w.period(observation.period):<{width}}  {figure:>{number_width}}"
                + (f"  ({note})" if note else "")
            )
        summed = target.indicator.accumulation is Accumulation.SUM
        if summed and (len(p.observations) > 1 or target.baseline):
            lines.append(f"    {w['total']:<{width}}  {figures[-1]:>{number_width}}")
    else:
        lines.append(f"    {w['no_observations']}")
    for key, set_aside in (("left_out", p.left_out), ("outside", p.outside)):
        if set_aside:
            lines.append(f"  {w[key]}:")
            lines += [f"    {w.period(o.period)}  {w.n(o.value)}" for o in set_aside]
    lines += ["", f"  {w['claims']}"]
    if assessed.claims:
        for claim in assessed.claims:
            lines.append(f"    - {_claim_summary(claim, w)}")
            if claim.quote:
                lines.append(f"      “{claim.quote}”")
    else:
        lines.append(f"    {w['no_claims']}")
    lines += ["", f"  {w['findings']}"]
    lines += _text_findings(assessed, w)
    return [*lines, ""]


def _render_text(assessment: Assessment, w: _Words) -> str:
    lines = _text_header(assessment.case, assessment.evaluation, w)
    for assessed in assessment.targets:
        lines += _text_target(assessed, w)
    return "\n".join(lines).rstrip("\n") + "\n"


# -- Markdown --------------------------------------------------------------------------


def _md(words: str) -> str:
    """Text safe inside a Markdown table cell."""
    return words.replace("|", "\\|").replace("\n", " ")


def _md_table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    lines = [
        "| " + " | ".join(_md(h) for h in header) + " |",
        "|" + "|".join("---" for _ in header) + "|",
    ]
    lines += ["| " + " | ".join(_md(c) for c in row) + " |" for row in rows]
    return lines


def _md_findings(assessed: TargetAssessment, w: _Words) -> list[str]:
    if not assessed.findings:
        return [w["no_findings"]]
    lines = []
    for number, finding in enumerate(assessed.findings, start=1):
        lines.append(
            f"{number}. **{w.severity(finding.severity)} — {w.kind(finding.kind)}.** "
            f"{_capital(_finding_text(finding, assessed, w))}."
        )
        lines += [f"   - {_capital(_explanation_text(e, w))}." for e in finding.explanations]
    return lines


def _render_markdown(assessment: Assessment, w: _Words) -> str:
    case = assessment.case
    lines = [f"# {case.title}", ""]
    if case.description:
        lines += [case.description, ""]
    lines += [f"*{_md(_settings_line(assessment.evaluation, w.lang))}*", ""]
    plan = case.plan
    if plan is not None:
        lines += [f"## {w['plan']}: {plan.name} {plan.region}", ""]
        lines += [f"- **{w['period']}:** {w.period(plan.period)}"]
        lines += [f"- **{w['vision']}:** {plan.vision}"]
        lines += [f"- **{w['mission']} {m.number}:** {m.text}" for m in plan.missions]
        lines += [f"- {_program_text(plan, p.number, w)}" for p in plan.programs]
        lines.append("")
    for pledge in case.pledges:
        lines += [f"## {w['pledge']}", "", f"> {pledge.text}", ""]
        if pledge.translation:
            lines += [f"*{pledge.translation}*", ""]
        if pledge.made_by is not None:
            lines.append(f"- **{w['made_by']}:** {_made_by_text(pledge.made_by, w)}")
        if pledge.made_on is not None:
            lines.append(f"- **{w['made_on']}:** {w.date(pledge.made_on)}")
        if pledge.source is not None:
            source = _source_text(pledge.source, w)
            if pledge.source.url:
                source = f"[{source}]({pledge.source.url})"
            lines.append(f"- **{w['source']}:** {source}")
        if pledge.programs and plan is not None:
            labels = ", ".join(w.program_label(plan, n) for n in pledge.programs)
            lines.append(f"- **{w['program']}:** {labels}")
        lines.append("")
    for assessed in assessment.targets:
        target = assessed.target
        p = assessed.progress
        lines += [f"## {_target_heading(target, w)}", ""]
        rows = _target_rows(assessed, w)
        if target.baseline:
            rows.insert(0, (w["baseline"], w.n(target.baseline)))
        lines += _md_table(["", ""], rows)
        lines += ["", f"### {w['observations']}", ""]
        if p.observations:
            table = [
                (w.period(o.period), w.n(o.value), _observation_note(o, w)) for o in p.observations
            ]
            if target.indicator.accumulation is Accumulation.SUM:
                table.append((f"**{w['total']}**", f"**{w.n(p.achieved)}**", ""))
            lines += _md_table([w["period"], w["value"], w["note"]], table)
        else:
            lines.append(w["no_observations"])
        lines += ["", f"### {w['claims']}", ""]
        if assessed.claims:
            for claim in assessed.claims:
                lines.append(f"- {_claim_summary(claim, w)}")
                if claim.quote:
                    lines.append(f"  > {claim.quote}")
        else:
            lines.append(w["no_claims"])
        lines += ["", f"### {w['findings']}", ""]
        lines += _md_findings(assessed, w)
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


# -- CSV -------------------------------------------------------------------------------

_CSV_COLUMNS: Final = (
    "record",
    "target_id",
    "indicator",
    "unit",
    "target",
    "baseline",
    "period_start",
    "period_end",
    "as_of",
    "achieved",
    "percent_csv",
    "shortfall",
    "surplus",
    "days_elapsed",
    "days_left",
    "elapsed_percent",
    "expected",
    "pace_index",
    "required_per_month",
    "projected_recent",
    "projected_average",
    "status",
    "capaian_csv",
    "predikat",
    "capaian_reason_csv",
    "capaian_figure_csv",
    "severity",
    "kind",
    "claimed",
    "computed",
    "difference",
    "message",
    "straddling_csv",
)


def _csv_number(value: Decimal | Fraction | None, lang: str, places: int | None = None) -> str:
    """A figure for a spreadsheet: no grouping; a decimal comma in Indonesian."""
    if value is None:
        return ""
    if isinstance(value, Fraction) or places is not None:
        value = round_fraction(Fraction(value), 2 if places is None else places)
    plain = format(value.copy_abs() if value.is_zero() else value, "f")  # never "-0"
    return plain.replace(".", ",") if lang == "id" else plain


def to_csv(assessment: Assessment, *, lang: str = "id", findings_only: bool = False) -> str:
    """The report as one CSV table: a row per target, then a row per finding.

    The first column says which kind of row it is (``target`` / ``finding``, in
    Indonesian ``target`` / ``temuan``); the target's id is on every row. The header
    row is in the chosen language. Figures are not grouped; in Indonesian the
    decimal mark is a comma and the delimiter a semicolon, as spreadsheets in that
    locale expect; in English a point and a comma. Dates are ISO.

    Args:
        assessment: The assessment.
        lang: ``"id"`` or ``"en"``.
        findings_only: Write only the finding rows.
    """
    w = _Words(lang)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";" if w.lang == "id" else ",", lineterminator="\n")
    writer.writerow([w[c] for c in _CSV_COLUMNS])
    lang = w.lang
    for assessed in assessment.targets:
        if findings_only:
            continue
        target = assessed.target
        p = assessed.progress
        places = _precision(target)
        rated = assessed.capaian
        row = {
            "record": w["record_target"],
            "target_id": target.id,
            "indicator": target.indicator.name,
            "unit": target.unit,
            "target": _csv_number(target.value, lang),
            "baseline": _csv_number(target.baseline, lang),
            "period_start": target.period.start.isoformat(),
            "period_end": target.period.end.isoformat(),
            "as_of": p.as_of.isoformat(),
            "achieved": _csv_number(p.achieved, lang),
            "straddling_csv": ": ".join(_straddling_row(p, w) or ()),
            "percent_csv": "" if p.ratio is None else _csv_number(p.ratio * 100, lang),
            "shortfall": _csv_number(p.shortfall, lang),
            "surplus": _csv_number(p.surplus, lang),
            "days_elapsed": str(p.days_elapsed),
            "days_left": str(p.days_left),
            "elapsed_percent": _csv_number(p.elapsed * 100, lang),
            "expected": _csv_number(p.expected, lang, places),
            "pace_index": _csv_number(p.pace_index, lang),
            "required_per_month": ""
            if p.required_per_month is None
            else _csv_number(
                p.required_per_month, lang, _rate_places(p.required_per_month, target)
            ),
            "projected_recent": _iso(p.projected_recent) or "",
            "projected_average": _iso(p.projected_average) or "",
            "status": w.status(p.status),
            "capaian_csv": _csv_number(rated.percent(2), lang),
            "predikat": "" if rated.predikat is None else rated.predikat.label(),
            "capaian_reason_csv": _capaian_reason(rated, w),
            "capaian_figure_csv": ""
            if rated.figure_period is None
            else f"{rated.figure_period.start.isoformat()}/{rated.figure_period.end.isoformat()}",
        }
        writer.writerow([row.get(c, "") for c in _CSV_COLUMNS])
    for assessed in assessment.targets:
        for finding in assessed.findings:
            row = {
                "record": w["record_finding"],
                "target_id": assessed.target.id,
                "indicator": assessed.target.indicator.name,
                "unit": _finding_unit(finding, assessed),
                "severity": w.severity(finding.severity),
                "kind": w.kind(finding.kind),
                "claimed": _csv_number(finding.claimed, lang),
                "computed": _csv_number(finding.computed, lang),
                "difference": _csv_number(finding.difference, lang),
                "message": _capital(_finding_text(finding, assessed, w)),
            }
            writer.writerow([row.get(c, "") for c in _CSV_COLUMNS])
    return buffer.getvalue()


# -- Entry points ----------------------------------------------------------------------


def render(assessment: Assessment, *, format: str = "text", lang: str = "id") -> str:
    """The whole report in one format and language.

    Args:
        assessment: What :meth:`pledgekit.Case.assess` returned.
        format: ``"text"`` for the terminal, ``"markdown"`` for an article draft,
            ``"json"`` for tools (:func:`to_json_dict`), ``"csv"`` for spreadsheets
            (:func:`to_csv`).
        lang: ``"id"`` (Indonesian labels and notation, the default) or ``"en"``.

    Raises:
        InvalidValueError: An unknown format or language, or not an Assessment.
    """
    if not isinstance(assessment, Assessment):
        raise InvalidValueError(assessment, "a pledgekit.Assessment", "assessment")
    format = _check_format(format)
    w = _Words(lang)
    if format == "json":
        return to_json(assessment)
    if format == "csv":
        return to_csv(assessment, lang=w.lang)
    if format == "markdown":
        return _render_markdown(assessment, w)
    return _render_text(assessment, w)


def render_audit(assessment: Assessment, *, format: str = "text", lang: str = "id") -> str:
    """Only the findings, target by target: what ``pledgekit audit`` prints.

    JSON is the whole report (tools read ``targets[].findings`` and ``summary``); CSV
    has only the finding rows.
    """
    if not isinstance(assessment, Assessment):
        raise InvalidValueError(assessment, "a pledgekit.Assessment", "assessment")
    format = _check_format(format)
    w = _Words(lang)
    if format == "json":
        return to_json(assessment)
    if format == "csv":
        return to_csv(assessment, lang=w.lang, findings_only=True)
    lines: list[str] = []
    for assessed in assessment.targets:
        heading = _target_heading(assessed.target, w)
        if format == "markdown":
            lines += [f"## {heading}", "", *_md_findings(assessed, w), ""]
        else:
            lines += [heading, "-" * len(heading), *_text_findings(assessed, w), ""]
    failing = inconsistencies(assessment)
    counts = []
    for severity in (Severity.ERROR, Severity.WARNING):
        number = sum(1 for f in failing if f.severity is severity)
        plural = "s" if w.lang == "en" and number != 1 else ""
        counts.append(f"{number} {w.severity(severity).lower()}{plural}")
    summary = ", ".join(counts) if failing else w["audit_clean"]
    lines.append(
        f"**{w['summary']}:** {summary}" if format == "markdown" else f"{w['summary']}: {summary}"
    )
    settings = _settings_line(assessment.evaluation, w.lang)
    lines.append(f"*{_md(settings)}*" if format == "markdown" else settings)
    return "\n".join(lines) + "\n"


# -- HTML for notebooks ----------------------------------------------------------------


def _e(words: object) -> str:
    return html.escape(str(words), quote=True)


def _html_rows(rows: Iterable[tuple[str, str]]) -> str:
    return "".join(
        f'<tr><th style="text-align:left">{_e(label)}</th><td style="text-align:left">{_e(value)}</td></tr>'
        for label, value in rows
    )


def progress_html(progress: Progress, *, lang: str = "id") -> str:
    """The progress of one target as an HTML table, for a notebook's ``_repr_html_``."""
    if not isinstance(progress, Progress):
        raise InvalidValueError(progress, "a pledgekit.Progress", "progress")
    w = _Words(lang)
    heading = _target_heading(progress.target, w)
    return (
        f'<table class="pledgekit-progress"><caption style="text-align:left"><b>{_e(heading)}'
        f"</b></caption>{_html_rows(_progress_rows(progress, w))}</table>"
    )


def _html_target(assessed: TargetAssessment, w: _Words) -> str:
    heading = _target_heading(assessed.target, w)
    parts = [
        f"<h4>{_e(heading)}</h4>",
        f'<table class="pledgekit-progress">{_html_rows(_target_rows(assessed, w))}</table>',
        f"<p><b>{_e(w['findings'])}</b></p>",
    ]
    if assessed.findings:
        items = []
        for finding in assessed.findings:
            explanations = "".join(
                f"<li>{_e(_capital(_explanation_text(e, w)))}.</li>" for e in finding.explanations
            )
            items.append(
                f'<li class="pledgekit-{_e(finding.severity.name.lower())}"><b>'
                f"{_e(w.severity(finding.severity))} — {_e(w.kind(finding.kind))}.</b> "
                f"{_e(_capital(_finding_text(finding, assessed, w)))}."
                + (f"<ul>{explanations}</ul>" if explanations else "")
                + "</li>"
            )
        parts.append(f"<ol>{''.join(items)}</ol>")
    else:
        parts.append(f"<p>{_e(w['no_findings'])}</p>")
    return "".join(parts)


def assessment_html(assessment: Assessment, *, lang: str = "id") -> str:
    """An assessment as HTML: each target's progress, capaian and findings."""
    if not isinstance(assessment, Assessment):
        raise InvalidValueError(assessment, "a pledgekit.Assessment", "assessment")
    w = _Words(lang)
    body = "".join(_html_target(t, w) for t in assessment.targets)
    settings = (
        f'<p class="pledgekit-settings">{_e(_settings_line(assessment.evaluation, w.lang))}</p>'
    )
    return (
        f'<div class="pledgekit-assessment"><h3>{_e(assessment.case.title)}</h3>'
        f"{settings}{body}</div>"
    )


def case_html(case: Case, *, lang: str = "id") -> str:
    """A case as HTML: its plan, pledges and targets, with how many figures and claims."""
    if not isinstance(case, Case):
        raise InvalidValueError(case, "a pledgekit.Case", "case")
    w = _Words(lang)
    parts = [f"<h3>{_e(case.title)}</h3>"]
    if case.description:
        parts.append(f"<p>{_e(case.description)}</p>")
    plan = case.plan
    if plan is not None:
        rows = [
            (w["plan"], f"{plan.name} {plan.region}, {w.period(plan.period)}"),
            (w["vision"], plan.vision),
        ]
        rows += [(f"{w['mission']} {m.number}", m.text) for m in plan.missions]
        rows += [
            (f"{w['program']} {w.program_label(plan, p.number)}", p.title) for p in plan.programs
        ]
        parts.append(f'<table class="pledgekit-plan">{_html_rows(rows)}</table>')
    for pledge in case.pledges:
        parts.append(f"<blockquote>{_e(pledge.text)}</blockquote>")
        if pledge.translation:
            parts.append(f"<p><i>{_e(pledge.translation)}</i></p>")
    if case.targets:
        header = (
            w["target"],
            w["indicator"],
            w["period"],
            w["observation_count"],
            w["claim_count"],
        )
        rows_html = "".join(
            "<tr>"
            + "".join(
                f'<td style="text-align:left">{_e(cell)}</td>'
                for cell in (
                    w.amount(t.value, t.unit, _decimal_places(t.value)),
                    t.indicator.name,
                    w.period(t.period),
                    str(len(case.observations_for(t))),
                    str(len(case.claims_for(t))),
                )
            )
            + "</tr>"
            for t in case.targets
        )
        head = "".join(f'<th style="text-align:left">{_e(h)}</th>' for h in header)
        parts.append(f'<table class="pledgekit-targets"><tr>{head}</tr>{rows_html}</table>')
    return f'<div class="pledgekit-case">{"".join(parts)}</div>'
