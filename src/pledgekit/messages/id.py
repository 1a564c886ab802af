"""Bahasa Indonesia: the labels of the report and the words of every finding.

Figures are in Indonesian notation (``146.305``; ``97,54 %``), dates and periods in
Indonesian words (``22 Juli 2022``, ``Januari–Juni 2022``).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Final

from pledgekit._finding import (
    DateProblem,
    Explanation,
    Finding,
    FindingKind,
    Severity,
    Unverifiable,
)
from pledgekit._indicator import Direction, Observation, Straddling
from pledgekit._period import Period
from pledgekit._pledge import ClaimKind
from pledgekit._progress import PaceStatus
from pledgekit.messages._catalogue import (
    Catalogue,
    by_kind,
    by_unverifiable,
    date_fields,
    fill,
    need,
    number,
)

__all__ = ["CATALOGUE"]


def _range(
    c: Catalogue,
    value: Decimal | Fraction,
    interval: tuple[Decimal | Fraction, Decimal | Fraction] | None,
) -> str:
    if interval is None or interval[0] == interval[1] == value:
        return ""
    return (
        f", atau {c.fig(interval[0])} sampai {c.fig(interval[1])} dengan memperhitungkan pembulatan"
    )


def _size(value: Decimal | Fraction) -> Decimal | Fraction:
    """The absolute value, exactly under any decimal context."""
    return abs(value) if isinstance(value, Fraction) else value.copy_abs()


def _figures(c: Catalogue, observations: Sequence[Observation]) -> str:
    """The first three figures as "period (value)", and how many more."""
    shown = ", ".join(f"{c.period(o.period)} ({c.n(o.value)})" for o in observations[:3])
    if len(observations) > 3:
        shown += f" dan {c.n(len(observations) - 3)} lainnya"
    return shown


def _periods(c: Catalogue, periods: Sequence[Period]) -> str:
    words = [c.period(p) for p in periods]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " dan " + words[-1]


# -- Claims against the data ------------------------------------------------------------


def _opening(c: Catalogue, f: Finding) -> str:
    """What a claim of an achieved value (stated, or implied by a remainder) says."""
    claim = need(f.claims, f, "claims")[0]
    claimed = number(f.claimed, f, "claimed")
    if claim.kind is ClaimKind.REMAINING:
        return (
            f"klaim sisa {c.n(claim.figure)} berarti {c.fig(claimed)} tercapai "
            f"per {c.date(claim.as_of)}"
        )
    return f"diklaim {c.fig(claimed)} per {c.date(claim.as_of)}"


def _total_mismatch(c: Catalogue, f: Finding) -> str:
    computed = number(f.computed, f, "computed")
    return (
        f"{_opening(c, f)}, padahal angka-angkanya berjumlah {c.fig(computed)}"
        f"{_range(c, computed, f.computed_interval)}: selisih "
        f"{c.fig(number(f.difference, f, 'difference'))}"
    )


def _percent_mismatch(c: Catalogue, f: Finding) -> str:
    claims, target = need(f.claims, f, "claims"), need(f.target, f, "target")
    against = (
        f"klaim {c.n(claims[1].figure)}"
        if len(claims) > 1 and claims[1].value is not None
        else "angka-angkanya"
    )
    of = (
        f"dari target {c.n(target.value)}"
        if target.baseline == 0
        else f"dari jarak kondisi awal {c.n(target.baseline)} ke target {c.n(target.value)}"
    )
    return (
        f"diklaim {c.pct(number(f.claimed, f, 'claimed'))} per {c.date(claims[0].as_of)}, "
        f"padahal {against} memberi {c.pct(number(f.computed, f, 'computed'))} {of}"
    )


def _met_mismatch(c: Catalogue, f: Finding) -> str:
    computed = number(f.computed, f, "computed")
    return (
        f"diklaim target {c.n(need(f.target, f, 'target').value)} tercapai per "
        f"{c.date(need(f.claims, f, 'claims')[0].as_of)}, padahal angka-angkanya baru mencapai "
        f"{c.fig(computed)}{_range(c, computed, f.computed_interval)}"
    )


def _period_value_mismatch(c: Catalogue, f: Finding) -> str:
    period = need(need(f.claims, f, "claims")[0].period, f, "claims[0].period")
    computed = number(f.computed, f, "computed")
    return (
        f"diklaim {c.fig(number(f.claimed, f, 'claimed'))} untuk {c.period(period)}, padahal "
        f"angka-angkanya memberi {c.fig(computed)}{_range(c, computed, f.computed_interval)}: "
        f"selisih {c.fig(number(f.difference, f, 'difference'))}"
    )


#: Why the figures cannot settle a claim beyond them, by the bound they give.
_BOUNDS: Final = {
    Unverifiable.LOWER_BOUND: "angka-angkanya hanya batas bawah, bukan jumlah",
    Unverifiable.UPPER_BOUND: "angka-angkanya, tidak ada yang di atas nol, hanya batas atas, "
    "bukan jumlah",
    Unverifiable.NO_BOUND: "ada angka di atas dan di bawah nol di antara yang dihitung, sehingga "
    "hari-hari tanpa angka bisa mengubah jumlahnya ke arah mana pun",
}


def _beyond(c: Catalogue, f: Finding) -> str:
    """A claim beyond a total that days with no counted figure leave open."""
    claim = need(f.claims, f, "claims")[0]
    computed, difference = number(f.computed, f, "computed"), number(f.difference, f, "difference")
    if claim.kind is ClaimKind.MET:
        more = "lebih banyak" if difference <= 0 else "lebih sedikit"
        opening = (
            f"diklaim target {c.n(need(f.target, f, 'target').value)} tercapai per "
            f"{c.date(claim.as_of)}, {c.fig(_size(difference))} {more} dari yang dicapai "
            f"angka-angkanya ({c.fig(computed)}{_range(c, computed, f.computed_interval)})"
        )
    elif claim.kind is ClaimKind.PERCENT:
        more = "lebih banyak" if difference >= 0 else "lebih sedikit"
        opening = (
            f"diklaim {c.pct(number(f.claimed, f, 'claimed'))} per {c.date(claim.as_of)}, "
            f"{c.fig(_size(difference))} poin persen {more} dari {c.pct(computed)} "
            "menurut angka-angkanya"
        )
    else:
        more = "lebih banyak" if difference >= 0 else "lebih sedikit"
        opening = (
            f"{_opening(c, f)}, {c.fig(_size(difference))} {more} dari jumlah angka-angkanya "
            f"({c.fig(computed)}{_range(c, computed, f.computed_interval)})"
        )
    gaps = need(f.periods, f, "periods")
    days = sum(p.days for p in gaps)
    return (
        f"{opening}, padahal tidak ada angka yang dihitung untuk {_periods(c, gaps)} "
        f"({c.n(days)} hari dari periode target sampai {c.date(claim.as_of)}): "
        f"{_BOUNDS[need(f.unverifiable, f, 'unverifiable')]}, sehingga klaim ini tidak dapat "
        "diverifikasi dari angka-angka itu"
    )


def _double_counted(c: Catalogue, f: Finding) -> str:
    computed = number(f.computed, f, "computed")
    return (
        f"klaim per {c.date(need(f.claims, f, 'claims')[0].as_of)} sesuai dengan jumlah "
        f"angka-angkanya, {c.fig(computed)}{_range(c, computed, f.computed_interval)}, tetapi "
        "jumlah itu menghitung beberapa hari dua kali: angka untuk "
        f"{_figures(c, f.observations)} tumpang tindih, sehingga klaim ini tidak dapat "
        "diverifikasi"
    )


def _period_not_covered(c: Catalogue, f: Finding) -> str:
    claim, period = need(f.claims, f, "claims")[0], need(f.periods, f, "periods")[0]
    why = (
        f"angka-angka di dalamnya ({_figures(c, f.observations)}) tidak mencakup tepat periode "
        "itu tanpa tumpang tindih"
        if f.observations
        else "tidak ada angka di dalam periode itu"
    )
    return (
        f"diklaim {c.n(claim.figure)} untuk {c.period(period)}, padahal {why}, sehingga "
        "klaim ini tidak dapat diperiksa dengan angka-angkanya"
    )


# -- Claims against each other ------------------------------------------------------------


def _claim_conflict(c: Catalogue, f: Finding) -> str:
    first, second = need(f.claims, f, "claims")[:2]
    ranges = [
        f"{c.n(claim.interval[0])} sampai {c.n(claim.interval[1])} untuk {c.n(claim.value)}"
        for claim in (first, second)
        if claim.value is not None and claim.interval != (claim.value, claim.value)
    ]
    shown = f" (dengan pembulatan: {'; '.join(ranges)})" if ranges else ""
    verdict = (
        "keduanya cocok dalam batas pembulatan"
        if f.kind is FindingKind.CONSISTENT_RESTATEMENT
        else "keduanya saling bertentangan"
    )
    return (
        f"{c.n(first.figure)} dan {c.n(second.figure)} sama-sama diklaim per "
        f"{c.date(first.as_of)}{shown}; {verdict}"
    )


def _remainder_mismatch(c: Catalogue, f: Finding) -> str:
    done, target = need(f.claims, f, "claims")[1], need(f.target, f, "target")
    sum_ = (
        f"target {c.n(target.value)} dikurangi klaim {c.n(done.figure)}"
        if target.indicator.direction is Direction.INCREASE
        else f"klaim {c.n(done.figure)} dikurangi target {c.n(target.value)}"
    )
    return (
        f"diklaim sisa {c.fig(number(f.claimed, f, 'claimed'))}, padahal {sum_} menyisakan "
        f"{c.fig(number(f.computed, f, 'computed'))}: selisih "
        f"{c.fig(number(f.difference, f, 'difference'))}"
    )


# -- The figures themselves -------------------------------------------------------------


def _fiscal_hint(c: Catalogue, f: Finding) -> str:
    suggested = f.suggested_period
    if suggested is None:
        return ""
    return (
        f"; periode target mulai {c.date(need(f.target, f, 'target').period.start)} sedangkan "
        f"angkanya untuk tahun penuh: jika yang dimaksud tahun anggaran {c.period(suggested)}, "
        f'tulis periodenya "{suggested.start.year}..{suggested.end.year}"'
    )


def _coverage_gap(c: Catalogue, f: Finding) -> str:
    gaps, target = need(f.periods, f, "periods"), need(f.target, f, "target")
    gap = gaps[0]
    where = (
        f"{c.period(gap)} ({c.n(gap.days)} hari dari periode target "
        f"{c.period(target.period)} sebelum {c.date(need(f.as_of, f, 'as_of'))})"
    )
    if not f.observations:
        return f"tidak ada angka untuk {where}"
    figures = ", ".join(f"{c.period(o.period)}, {c.n(o.value)}" for o in f.observations)
    covered = sum(p.days for p in gaps[1:])
    which = "hari-hari ini" if covered == gap.days else f"{c.n(covered)} hari di antaranya"
    return (
        f"tidak ada angka yang dihitung untuk {where}: angka yang melewati batas periode "
        f'({figures}) mencakup {which} tetapi tidak dihitung; straddling = "include" '
        "menghitungnya" + _fiscal_hint(c, f)
    )


def _straddles_period(c: Catalogue, f: Finding) -> str:
    figure, period = need(f.observations, f, "observations")[0], need(f.target, f, "target").period
    at_start = figure.period.start < period.start
    counted = (
        'dan dihitung utuh (straddling = "include"), termasuk hari-hari di luar periode target'
        if f.straddling is Straddling.INCLUDE
        else 'sehingga tidak dihitung; straddling = "include" menghitungnya'
    )
    return (
        f"angka untuk {c.period(figure.period)} ({c.n(figure.value)}) melewati "
        f"{'awal' if at_start else 'akhir'} periode target, "
        f"{c.date(period.start if at_start else period.end)}, {counted}" + _fiscal_hint(c, f)
    )


def _overlap(c: Catalogue, f: Finding) -> str:
    first, second = need(f.observations, f, "observations")[:2]
    shared = need(f.periods, f, "periods")[0]
    return (
        f"angka untuk {c.period(first.period)} ({c.n(first.value)}) dan "
        f"{c.period(second.period)} ({c.n(second.value)}) sama-sama mencakup "
        f"{c.n(shared.days)} hari ({c.period(shared)}): menjumlahkannya menghitung "
        "hari-hari itu dua kali"
    )


def _indicator_mismatch(c: Catalogue, f: Finding) -> str:
    claims, target = need(f.claims, f, "claims"), need(f.target, f, "target")
    other = need(claims[0].indicator, f, "claims[0].indicator")
    return (
        f"{len(claims)} klaim mengukur “{other.name}” ({other.unit}), padahal target "
        f"mengukur “{target.indicator.name}” ({target.indicator.unit})"
    )


#: A claim of each kind.
_CLAIM_WORDS: Final = {
    ClaimKind.ACHIEVED: "klaim realisasi",
    ClaimKind.REMAINING: "klaim sisa",
    ClaimKind.PERCENT: "klaim persentase",
    ClaimKind.MET: "klaim target tercapai",
    ClaimKind.PERIOD_VALUE: "klaim angka periode",
}

#: Which of a claim's dates disagree (fields: see ``_catalogue.date_fields``).
_DATE_PROBLEMS: Final = {
    DateProblem.STATED_BEFORE_AS_OF: "klaim ini tentang {first}, sesudah hari dinyatakannya, "
    "{second}",
    DateProblem.OUTSIDE_TERM: "tanggalnya, {first}, di luar periode target {term}",
    DateProblem.WEEKDAY: "tanggal tertulis {dateline} menyebut hari yang salah: {first_weekday}",
    DateProblem.IMPOSSIBLE_DATE: "tanggal tertulis {dateline} bukan tanggal yang ada atau tidak "
    "dapat dibaca",
    DateProblem.DATELINE_MISMATCH: "tanggal tertulis {dateline} terbaca {first}, bukan {second}",
}


def _date_inconsistent(c: Catalogue, f: Finding) -> str:
    claim = need(f.claims, f, "claims")[0]
    words = fill(_DATE_PROBLEMS[need(f.date_problem, f, "date_problem")], f, date_fields(c, f))
    return f"tanggal-tanggal {_CLAIM_WORDS[claim.kind]} tidak cocok: {words}"


def _verdict_contradicts_data(c: Catalogue, f: Finding) -> str:
    pledge, record = need(f.pledge, f, "pledge"), need(f.verdict, f, "verdict")
    achieved = c["undefined"] if f.computed is None else c.n(f.computed)
    return (
        f"penilaian {record.verdict.name} ({c.date(record.date)}) atas janji {pledge.id!r} "
        f"bertentangan dengan angka-angkanya: realisasi {achieved} dari target "
        f"{c.n(need(f.target, f, 'target').value)}"
    )


def _explanation(c: Catalogue, e: Explanation) -> str:
    words = f"cocok dengan {c.period(e.period)}: {c.fig(e.total)}{_range(c, e.total, e.interval)}"
    if e.left_out:
        words += "; tanpa menghitung " + ", ".join(
            f"{c.period(o.period)} ({c.n(o.value)})" for o in e.left_out
        )
    return words


_unverifiable_claim = by_unverifiable(
    {
        Unverifiable.LOWER_BOUND: _beyond,
        Unverifiable.UPPER_BOUND: _beyond,
        Unverifiable.NO_BOUND: _beyond,
        Unverifiable.DOUBLE_COUNTED: _double_counted,
        Unverifiable.PERIOD_NOT_COVERED: _period_not_covered,
    }
)
_consistent_restatement = _claim_conflict

# -- Labels ------------------------------------------------------------------------------

_LABELS: Final = {
    "plan": "Rencana",
    "vision": "Visi",
    "mission": "Misi",
    "program": "Program prioritas",
    "programs": "Program prioritas",
    "program_of": "{number} dari {count}",
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
    "straddles": "{figure} melewati {edge} periode target, {day}",
    "edge_start": "awal",
    "edge_end": "akhir",
    "include_counts_one": "menghitungnya",
    "include_counts_many": "menghitungnya",
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
    "record_settings": "pengaturan",
    "record_finding": "temuan",
    "unit": "Satuan",
    "target_id": "Id target",
    "period_start": "Awal periode",
    "period_end": "Akhir periode",
    "days_elapsed": "Hari berjalan",
    "days_left": "Hari tersisa",
    "elapsed_percent": "Waktu berjalan (%)",
    "percent_csv": "Kemajuan (%)",
    "capaian_csv": "Capaian Permendagri 86 (%)",
    "summary": "Ringkasan",
    "audit_clean": "Tidak ada ketidakcocokan.",
    "settings": "Pengaturan",
    "settings_thresholds": "ambang status",
    "settings_straddling": "angka yang melewati batas periode",
    "settings_straddling_none": "kebijakan tiap target",
    "settings_straddling_exclude": "tidak dihitung",
    "settings_straddling_include": "dihitung utuh",
    "settings_formula": "rumus capaian indikator makin kecil makin baik",
    "settings_formula_2t_minus_r": "(2T − R) / T",
    "settings_formula_t_over_r": "T / R",
    "settings_bands": "pita predikat",
    "settings_bands_half_open": "setengah terbuka",
    "settings_bands_round_first": "dibulatkan dahulu",
    "settings_clamp": "capaian dibatasi pada",
    "settings_clamp_none": "capaian tidak dibatasi",
    "settings_verdicts": "aturan penilaian janji",
    "settings_kept": "ditepati mulai",
    "settings_partial": "ditepati sebagian mulai",
    "settings_stalled": "mandek paling banyak",
    "chart_reported": "Realisasi dilaporkan (kumulatif)",
    "chart_reported_level": "Realisasi dilaporkan",
    "chart_target": "Target",
    "chart_path": "Garis lurus dari kondisi awal ke target",
    "chart_as_of": "Per",
    "chart_projection": "Proyeksi laju terakhir",
    "chart_per_month": "per bulan",
    "chart_claims": "Klaim",
    "chart_claim": "klaim",
    "chart_remaining": "sisa",
    "chart_reached": "tercapai",
}

CATALOGUE: Final = Catalogue(
    lang="id",
    name="Indonesian",
    notation="id",
    labels=_LABELS,
    statuses={
        PaceStatus.ACHIEVED: "Tercapai",
        PaceStatus.ON_TRACK: "Sesuai jalur",
        PaceStatus.NEEDS_ACCELERATION: "Perlu percepatan",
        PaceStatus.LIMITED_PROGRESS: "Kemajuan terbatas",
        PaceStatus.DETERIORATING: "Memburuk",
        PaceStatus.MISSED: "Tidak tercapai",
        PaceStatus.NO_DATA: "Tidak ada data",
    },
    severities={
        Severity.ERROR: "Kesalahan",
        Severity.WARNING: "Peringatan",
        Severity.INFO: "Catatan",
    },
    severity_plurals={
        Severity.ERROR: "kesalahan",
        Severity.WARNING: "peringatan",
        Severity.INFO: "catatan",
    },
    kinds={
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
    claims={
        ClaimKind.ACHIEVED: "sudah {value} per {when}",
        ClaimKind.REMAINING: "sisa {value} per {when}",
        ClaimKind.PERCENT: "{value} % per {when}",
        ClaimKind.MET: "target tercapai per {when}",
        ClaimKind.PERIOD_VALUE: "{value} untuk {period}",
    },
    weekdays=("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"),
    findings=by_kind(globals()),
    explanation_words=_explanation,
)
