"""The CSV report, for spreadsheets: one row per target, interim target, pledge and finding."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from fractions import Fraction
from typing import Final

from pledgekit._amounts import round_fraction
from pledgekit._case import Assessment, TargetAssessment
from pledgekit._pledge import Pledge
from pledgekit._pledges import PledgeAssessment
from pledgekit.messages import Catalogue, Language, catalogue
from pledgekit.report._rows import (
    _capaian_reason,
    _capital,
    _finding_unit,
    _iso,
    _left_out_text,
    _pledge_status_text,
    _precision,
    _rate_places,
    _settings_line,
    _source_text,
    _straddling_row,
)

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
    # Targets as plans write them (appended, so that the columns before keep their place).
    "comparison_csv",
    "value_in_force_csv",
    "original_value_csv",
    "interim_period_csv",
    "interim_value_csv",
    "interim_level_csv",
    "interim_shortfall",
    "met_on",
    "late_days_csv",
    # A pledge as a whole (its rows; a schedule row uses the target's columns).
    "pledge_id_csv",
    "pledge_rule_csv",
    "share_met_csv",
    "capaian_mean_csv",
    "suggested_verdict_csv",
    "left_out_csv",
    # A pledge's verdict history: a row per record (the rationale in the message column),
    # and on the pledge's row how its recorded verdict stands against the numbers.
    "verdict_date",
    "verdict",
    "verdict_label",
    "verdict_scale",
    "rated_by",
    "verdict_source",
    "verdict_problem",
    # The subjects a tracker groups a pledge under.
    "topics_csv",
)


def _csv_number(value: Decimal | Fraction | None, notation: str, places: int | None = None) -> str:
    """A figure for a spreadsheet: no grouping; a decimal comma in Indonesian."""
    if value is None:
        return ""
    if isinstance(value, Fraction) or places is not None:
        value = round_fraction(Fraction(value), 2 if places is None else places)
    plain = format(value.copy_abs() if value.is_zero() else value, "f")  # never "-0"
    return plain.replace(".", ",") if notation == "id" else plain


def _csv_target(value: Decimal | tuple[Decimal, Decimal], notation: str) -> str:
    """A target's value: one figure, or a range as ``low..high``."""
    if isinstance(value, tuple):
        return f"{_csv_number(value[0], notation)}..{_csv_number(value[1], notation)}"
    return _csv_number(value, notation)


def _target_row(assessed: TargetAssessment, w: Catalogue) -> dict[str, str]:
    """The cells of a target's row, up to the straddling figures."""
    notation = w.notation
    target = assessed.target
    p = assessed.progress
    places = _precision(target)
    rated = assessed.capaian
    return {
        "record": w["record_target"],
        "target_id": target.id,
        "indicator": target.indicator.name,
        "unit": target.unit,
        "target": _csv_target(assessed.progress.target.value, notation),
        "baseline": _csv_number(target.baseline, notation),
        "period_start": target.period.start.isoformat(),
        "period_end": target.period.end.isoformat(),
        "as_of": p.as_of.isoformat(),
        "achieved": _csv_number(p.achieved, notation),
        "straddling_csv": ": ".join(_straddling_row(p, w) or ()),
        "percent_csv": "" if p.ratio is None else _csv_number(p.ratio * 100, notation),
        "shortfall": _csv_number(p.shortfall, notation),
        "surplus": _csv_number(p.surplus, notation),
        "days_elapsed": str(p.days_elapsed),
        "days_left": str(p.days_left),
        "elapsed_percent": _csv_number(p.elapsed * 100, notation),
        "expected": _csv_number(p.expected, notation, places),
        "pace_index": _csv_number(p.pace_index, notation),
        "required_per_month": ""
        if p.required_per_month is None
        else _csv_number(
            p.required_per_month, notation, _rate_places(p.required_per_month, target)
        ),
        "projected_recent": _iso(p.projected_recent) or "",
        "projected_average": _iso(p.projected_average) or "",
        "status": w.status(p.status),
        "capaian_csv": _csv_number(rated.percent(2), notation),
        "predikat": "" if rated.predikat is None else rated.predikat.label(),
        "capaian_reason_csv": _capaian_reason(rated, w),
        "capaian_figure_csv": ""
        if rated.figure_period is None
        else f"{rated.figure_period.start.isoformat()}/{rated.figure_period.end.isoformat()}",
    }


def _plan_cells(assessed: TargetAssessment, w: Catalogue) -> dict[str, str]:
    """How the target is met, its value in force, the interim target, when it was met."""
    notation = w.notation
    target, p = assessed.target, assessed.progress
    in_force, interim = p.target, p.interim
    return {
        "comparison_csv": w["comparison_" + target.comparison.value],
        "value_in_force_csv": _csv_target(in_force.value, notation),
        "original_value_csv": ""
        if in_force.value == target.value
        else _csv_target(target.value, notation),
        "interim_period_csv": ""
        if interim is None
        else f"{interim.period.start.isoformat()}/{interim.period.end.isoformat()}",
        "interim_value_csv": "" if interim is None else _csv_number(interim.value, notation),
        "interim_level_csv": _csv_number(p.interim_level, notation),
        "interim_shortfall": _csv_number(p.interim_shortfall, notation),
        "met_on": _iso(p.met_on) or "",
        "late_days_csv": "" if p.late_days is None else str(p.late_days),
    }


def _schedule_csv_rows(assessed: TargetAssessment, w: Catalogue) -> list[dict[str, str]]:
    """A row per interim target: its period, value, realisasi, capaian and predikat, or why none."""
    notation = w.notation
    target = assessed.target
    rows = []
    for rated in assessed.schedule:
        entry, capaian = rated.entry, rated.capaian
        rows.append(
            {
                "record": w["record_schedule"],
                "target_id": target.id,
                "indicator": target.indicator.name,
                "unit": target.unit,
                "target": _csv_number(entry.value, notation),
                "period_start": entry.period.start.isoformat(),
                "period_end": entry.period.end.isoformat(),
                "as_of": assessed.progress.as_of.isoformat(),
                "achieved": _csv_number(rated.realisasi, notation),
                "capaian_csv": _csv_number(capaian.percent(2), notation),
                "predikat": "" if capaian.predikat is None else capaian.predikat.label(),
                "capaian_reason_csv": _capaian_reason(capaian, w),
            }
        )
    return rows


def _pledge_csv_row(assessed: PledgeAssessment, w: Catalogue) -> dict[str, str]:
    """A pledge as a whole: its status, rule, share met or mean, when met, the verdict."""
    notation = w.notation
    share, mean = assessed.share_met, assessed.mean_capaian
    band = assessed.mean_predikat
    return {
        "record": w["record_pledge"],
        "as_of": _iso(assessed.as_of) or "",
        "status": _pledge_status_text(assessed, w),
        "predikat": "" if band is None else band.label(),
        "message": assessed.pledge.text,
        "met_on": _iso(assessed.met_on) or "",
        "late_days_csv": "" if assessed.late_days is None else str(assessed.late_days),
        "pledge_id_csv": assessed.pledge.id,
        "pledge_rule_csv": w.pledge_words("pledge_rules", assessed.rule),
        "share_met_csv": "" if share is None else _csv_number(share * 100, notation),
        "capaian_mean_csv": _csv_number(mean, notation),
        "suggested_verdict_csv": ""
        if assessed.suggested is None
        else w.verdicts[assessed.suggested],
        "left_out_csv": _left_out_text(assessed, w),
        "verdict_problem": ""
        if assessed.verdict_problem is None
        else w.verdict_problems[assessed.verdict_problem],
        "topics_csv": "; ".join(assessed.pledge.topics),
    }


def _verdict_csv_rows(pledge: Pledge, w: Catalogue) -> list[dict[str, str]]:
    """A row per verdict record of the pledge, oldest first: the rationale as the message."""
    return [
        {
            "record": w["record_verdict"],
            "pledge_id_csv": pledge.id,
            "verdict_date": record.date.isoformat(),
            "verdict": w.verdicts[record.verdict],
            "verdict_label": record.label or "",
            "verdict_scale": "" if record.scale is None else record.scale.name,
            "rated_by": record.rated_by or "",
            "message": record.rationale,
            "verdict_source": "" if record.source is None else _source_text(record.source, w),
        }
        for record in pledge.verdicts
    ]


def to_csv(assessment: Assessment, *, lang: Language = "id", findings_only: bool = False) -> str:
    """The report as one CSV table: a row per target, per finding and per pledge, the settings.

    The first column says which kind of row it is (``target`` / ``schedule`` /
    ``pledge`` / ``verdict`` / ``finding`` / ``settings``, in Indonesian ``target`` /
    ``jadwal`` / ``janji`` / ``penilaian`` / ``temuan`` / ``pengaturan``). A ``schedule`` row follows its target's
    row: one interim target, its period, value, realisasi and capaian in the target's
    columns. A ``pledge`` row gives a pledge assessed as a whole: its status, rule,
    share met or mean capaian, when met, the suggested verdict and the parts left out,
    with the pledge's words in the message column, and how the verdict recorded by
    then stands against the numbers; after it a ``verdict`` row (``penilaian``) per
    record of the pledge's verdict history: its date, the verdict in words, the
    tracker's own label and scale, who rated it, the source, and the rationale in the
    message column. The target's
    id is on every target, schedule and finding row, and the last row carries the evaluation
    settings in its message column. The header row is in the chosen language. Figures are not grouped; in Indonesian the
    decimal mark is a comma and the delimiter a semicolon, as spreadsheets in that
    locale expect; in English a point and a comma. Dates are ISO.

    Args:
        assessment: The assessment.
        lang: ``"id"`` or ``"en"``.
        findings_only: Write only the finding rows (and the settings row).

    The Kota Bekasi case (``examples/bekasi/case.toml``) gives a row for its target,
    one for each of its seven findings, one for its pledge and the settings row. The
    target's row: 146,305 of 150,000 workers reported, 97.54 %, 3,695 short.

    >>> import csv
    >>> import io
    >>> from pathlib import Path
    >>> import pledgekit
    >>> from pledgekit.report import to_csv
    >>> bekasi = Path(pledgekit.__file__).parents[2] / "examples/bekasi/case.toml"
    >>> assessment = pledgekit.load(bekasi).assess()
    >>> text = to_csv(assessment, lang="en")
    >>> text.splitlines()[0].split(",")[:4]
    ['Record', 'Target id', 'Indicator', 'Unit']
    >>> rows = list(csv.DictReader(io.StringIO(text)))
    >>> [row["Record"] for row in rows]
    ['target', 'finding', 'finding', 'finding', 'finding', 'finding', 'finding',
     'finding', 'pledge', 'settings']
    >>> rows[0]["Achieved"], rows[0]["Progress (%)"], rows[0]["Shortfall"]
    ('146305', '97.54', '3695')

    In Indonesian the header is too, the delimiter a semicolon, the decimal mark a
    comma:

    >>> indonesian = to_csv(assessment).splitlines()
    >>> indonesian[0].split(";")[:4], indonesian[1].split(";")[9:11]
    (['Baris', 'Id target', 'Indikator', 'Satuan'], ['146305', '97,54'])
    """
    w = catalogue(lang)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";" if w.notation == "id" else ",", lineterminator="\n")
    writer.writerow([w[c] for c in _CSV_COLUMNS])
    notation = w.notation
    for assessed in assessment.targets:
        if findings_only:
            continue
        row = {**_target_row(assessed, w), **_plan_cells(assessed, w)}
        writer.writerow([row.get(c, "") for c in _CSV_COLUMNS])
        for entry in _schedule_csv_rows(assessed, w):
            writer.writerow([entry.get(c, "") for c in _CSV_COLUMNS])
    for assessed in assessment.targets:
        for finding in assessed.findings:
            row = {
                "record": w["record_finding"],
                "target_id": assessed.target.id,
                "indicator": assessed.target.indicator.name,
                "unit": _finding_unit(finding, assessed),
                "severity": w.severity(finding.severity),
                "kind": w.kind(finding.kind),
                "claimed": _csv_number(finding.claimed, notation),
                "computed": _csv_number(finding.computed, notation),
                "difference": _csv_number(finding.difference, notation),
                "message": _capital(w.finding(finding)),
            }
            writer.writerow([row.get(c, "") for c in _CSV_COLUMNS])
    # Each pledge as a whole, after the findings on its targets.
    for pledge in () if findings_only else assessment.pledges:
        row = _pledge_csv_row(pledge, w)
        writer.writerow([row.get(c, "") for c in _CSV_COLUMNS])
        for entry in _verdict_csv_rows(pledge.pledge, w):
            writer.writerow([entry.get(c, "") for c in _CSV_COLUMNS])
    # The last row says what the numbers were computed with, as every output does.
    settings = {"record": w["record_settings"], "message": _settings_line(assessment.evaluation, w)}
    writer.writerow([settings.get(c, "") for c in _CSV_COLUMNS])
    return buffer.getvalue()
