"""Bahasa Indonesia: the labels of the report and the words of every finding.

Figures are in Indonesian notation (``146.305``; ``97,54 %``), dates and periods in
Indonesian words (``22 Juli 2022``, ``Januari–Juni 2022``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from pledgekit._finding import FindingKind, Severity
from pledgekit._indicator import Observation
from pledgekit._period import Period
from pledgekit._pledge import ClaimKind
from pledgekit._progress import PaceStatus
from pledgekit._verdict import PledgeStatus, Verdict, VerdictProblem
from pledgekit.messages._catalogue import Catalogue, formats
from pledgekit.methods.sdg import SdgMethod, SdgStatus, UnsdCategory

__all__ = ["CATALOGUE"]


def _shown(c: Catalogue, observations: Sequence[Observation]) -> list[str]:
    return [f"{c.period(o.period)} ({c.n(o.value)})" for o in observations]


def _figures(c: Catalogue, observations: Sequence[Observation]) -> str:
    """The first three figures as "period (value)", and how many more."""
    shown = ", ".join(_shown(c, observations[:3]))
    if len(observations) > 3:
        shown += f" dan {c.n(len(observations) - 3)} lainnya"
    return shown


def _periods(c: Catalogue, periods: Sequence[Period]) -> str:
    words = [c.period(p) for p in periods]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " dan " + words[-1]


_FORMATS: Final = formats(
    periods=_periods,
    figures=_figures,
    all_figures=lambda c, observations: ", ".join(_shown(c, observations)),
    commas=lambda c, words: ", ".join(words),
    semicolons=lambda c, words: "; ".join(words),
)

_COUNTED = (
    "tidak ada angka yang dihitung untuk {where}: angka yang melewati batas periode "
    '({figures:commas}) mencakup {which} tetapi tidak dihitung; straddling = "include" '
    "menghitungnya{fiscal}"
)

#: The words of every finding, by the keys of ``_fields``.
_TEMPLATES: Final = {
    # Pieces
    "range": ", atau {low:fig} sampai {high:fig} dengan memperhitungkan pembulatan",
    "range.none": "",
    "opening.remaining": "klaim sisa {bounded}{figure:n} berarti {implied}{claimed:fig} tercapai "
    "per {as_of:date}",
    "opening.stated": "diklaim {bounded}{claimed:fig} per {as_of:date}",
    "bounded.none": "",
    "bounded.more_than": "lebih dari ",
    "bounded.at_least": "paling sedikit ",
    "bounded.at_most": "paling banyak ",
    "bounded.less_than": "kurang dari ",
    "per.day": "per hari",
    "per.month": "per bulan",
    "per.year": "per tahun",
    "units.day.one": "{count:n} hari",
    "units.day.many": "{count:n} hari",
    "units.month.one": "{count:n} bulan",
    "units.month.many": "{count:n} bulan",
    "units.year.one": "{count:n} tahun",
    "units.year.many": "{count:n} tahun",
    "share.zero": "dari target {goal:n}",
    "share.increase": "dari jarak kondisi awal {baseline:n} ke target {goal:n}",
    "share.decrease": "dari jarak kondisi awal {baseline:n} ke target {goal:n}",
    "against.figures": "angka-angkanya",
    "against.claim": "klaim {bounded}{other:n}",
    "against.unstated": "angka-angkanya",
    "more.more": "{size:fig} lebih banyak",
    "more.less": "{size:fig} lebih sedikit",
    "points.more": "{size:fig} poin persen lebih banyak",
    "points.less": "{size:fig} poin persen lebih sedikit",
    # Claims against the data
    "total_mismatch": "{opening}, padahal angka-angkanya berjumlah {computed:fig}{range}: {gap}",
    "gap.difference": "selisih {difference:fig}",
    "gap.edge": "tepat angka itu, yang tidak termasuk dalam batasnya",
    "percent_mismatch": "diklaim {bounded}{claimed:pct} per {as_of:date}, padahal {against} memberi "
    "{computed:pct} {share}",
    "met_mismatch": "diklaim target {goal} tercapai per {as_of:date}, padahal angka-angkanya "
    "{reach} {computed:fig}{range}",
    "reach.short": "baru mencapai",
    "reach.over": "sudah melampauinya, mencapai",
    "period_value_mismatch": "diklaim {bounded}{claimed:fig} untuk {period:period}, padahal "
    "angka-angkanya memberi {computed:fig}{range}: selisih {difference:fig}",
    "rate_mismatch": "diklaim rata-rata {bounded}{figure:n} {per} selama {period:period}, padahal "
    "{source} dalam {units}: {computed:fig} {per}{range}",
    "rate.sum": "angka-angkanya berjumlah {total:fig}",
    "rate.change": "tingkatnya berubah {total:fig}",
    "beyond": "{said}, padahal tidak ada angka yang dihitung untuk {gaps:periods} ({days:n} hari "
    "dari periode target sampai {as_of:date}): {bound}, sehingga klaim ini tidak dapat "
    "diverifikasi dari angka-angka itu",
    "beyond.percent": "diklaim {bounded}{claimed:pct} per {as_of:date}, {more} dari {computed:pct} menurut "
    "angka-angkanya",
    "beyond.met": "diklaim target {goal} tercapai per {as_of:date}, {more} dari yang dicapai "
    "angka-angkanya ({computed:fig}{range})",
    "beyond.stated": "{opening}, {more} dari jumlah angka-angkanya ({computed:fig}{range})",
    "bound.lower_bound": "angka-angkanya hanya batas bawah, bukan jumlah",
    "bound.upper_bound": "angka-angkanya, tidak ada yang di atas nol, hanya batas atas, bukan "
    "jumlah",
    "bound.no_bound": "ada angka di atas dan di bawah nol di antara yang dihitung, sehingga "
    "hari-hari tanpa angka bisa mengubah jumlahnya ke arah mana pun",
    "double_counted": "klaim per {as_of:date} sesuai dengan jumlah angka-angkanya, "
    "{computed:fig}{range}, tetapi jumlah itu menghitung beberapa hari dua kali: angka untuk "
    "{observations:figures} tumpang tindih, sehingga klaim ini tidak dapat diverifikasi",
    "period_not_covered": "diklaim {bounded}{figure:n} untuk {period:period}, padahal {why}, "
    "sehingga klaim ini tidak dapat diperiksa dengan angka-angkanya",
    "period_not_covered.rate": "diklaim rata-rata {bounded}{figure:n} {per} selama "
    "{period:period}, padahal {why}, sehingga klaim ini tidak dapat diperiksa dengan "
    "angka-angkanya",
    "not_covered.within": "angka-angka di dalamnya ({observations:figures}) tidak mencakup tepat "
    "periode itu tanpa tumpang tindih",
    "not_covered.none": "tidak ada angka di dalam periode itu",
    # Claims against each other
    "claim_conflict": "{first_bounded}{first:n} dan {second_bounded}{second:n} sama-sama diklaim per {as_of:date}{ranges}; "
    "{verdict}",
    "ranges": " (dengan pembulatan: {items:semicolons})",
    "ranges.none": "",
    "rounding": "{low:n} sampai {high:n} untuk {value:n}",
    "conflict.agree": "keduanya cocok dalam batas pembulatan",
    "conflict.contradict": "keduanya saling bertentangan",
    "remainder_mismatch": "diklaim sisa {bounded}{claimed:fig}, padahal {less} menyisakan {computed:fig}: "
    "selisih {difference:fig}",
    "remainder.increase": "target {goal:n} dikurangi klaim {bounded}{done:n}",
    "remainder.decrease": "klaim {bounded}{done:n} dikurangi target {goal:n}",
    # The figures themselves
    "fiscal": "; periode target mulai {start:date} sedangkan angkanya untuk tahun penuh: jika yang "
    'dimaksud tahun anggaran {suggested:period}, tulis periodenya "{first_year}..{last_year}"',
    "fiscal.none": "",
    "where": "{gap:period} ({days:n} hari dari periode target {term:period} sebelum {as_of:date})",
    "coverage_gap.none": "tidak ada angka untuk {where}",
    "coverage_gap.one": _COUNTED,
    "coverage_gap.many": _COUNTED,
    "which.all": "hari-hari ini",
    "which.some": "{covered:n} hari di antaranya",
    "straddler": "{period:period}, {value:n}",
    "straddles_period": "angka untuk {period:period} ({value:n}) melewati {edge} periode target, "
    "{day:date}, {counted}{fiscal}",
    "edge.start": "awal",
    "edge.end": "akhir",
    "counted.include": 'dan dihitung utuh (straddling = "include"), termasuk hari-hari di luar '
    "periode target",
    "counted.exclude": 'sehingga tidak dihitung; straddling = "include" menghitungnya',
    "overlap": "angka untuk {first_period:period} ({first_value:n}) dan {second_period:period} "
    "({second_value:n}) sama-sama mencakup {days:n} hari ({shared:period}): menjumlahkannya "
    "menghitung hari-hari itu dua kali",
    "indicator_mismatch.one": "{count} klaim mengukur “{name}” ({unit}), padahal target mengukur "
    "“{target_name}” ({target_unit})",
    "indicator_mismatch.many": "{count} klaim mengukur “{name}” ({unit}), padahal target mengukur "
    "“{target_name}” ({target_unit})",
    "date_inconsistent": "tanggal-tanggal {claim} tidak cocok: {problem}",
    "claim.achieved": "klaim realisasi",
    "claim.remaining": "klaim sisa",
    "claim.percent": "klaim persentase",
    "claim.met": "klaim target tercapai",
    "claim.period_value": "klaim angka periode",
    "claim.rate": "klaim rata-rata",
    "date.stated_before_as_of": "klaim ini tentang {first:date}, sesudah hari dinyatakannya, "
    "{second:date}",
    "date.outside_term": "tanggalnya, {first:date}, di luar periode target {term:period}",
    "date.weekday": "tanggal tertulis {dateline} menyebut hari yang salah: "
    "{first_weekday:weekday_date}",
    "date.impossible_date": "tanggal tertulis {dateline} bukan tanggal yang ada atau tidak dapat "
    "dibaca",
    "date.dateline_mismatch": "tanggal tertulis {dateline} terbaca {first:date}, bukan "
    "{second:date}",
    "verdict_contradicts_data": "penilaian “{verdict:verdict}” ({date:date}) atas janji {pledge!r} "
    "bertentangan dengan angka-angkanya: realisasi {achieved} dari target {goal:n}",
    "achieved": "{computed:n}",
    "achieved.none": "—",
    "explanation": "cocok dengan {period:period}: {total:fig}{range}{left}",
    "left_out": "; tanpa menghitung {figures:all_figures}",
    "left_out.none": "",
    # Rencana itu sendiri
    "schedule_inconsistent": "jadwal target{version} ({periods:periods}) {gives} "
    "{computed:n}, padahal target akhirnya {goal}{difference}",
    "schedule.summed": "berjumlah",
    "schedule.level": "berakhir pada",
    "version.only": "",
    "version.original": " semula",
    "version.revised": " hasil perubahan {on:date}",
    "goal.one": "{value:n}",
    "goal.range": "{low:n}–{high:n}",
    "difference.one": ": selisih {difference:n}",
    "difference.none": "",
    "superseded_target": "{claim} per {as_of:date} diperiksa terhadap target yang berlaku saat "
    "itu, {then:n}; per {now_date:date} targetnya {now:n}{revised}",
    "revised.by": " (diubah {on:date}{by})",
    "revised.none": "",
    "by.source": " oleh {source}",
    "by.none": "",
    "target_differs_from_pledge": "janji {pledge!r} menyebut {promised:n}, padahal target yang "
    "berlaku per {as_of:date} adalah {goal:n}{revised}: selisih {difference:n}",
}

# -- Formulir evaluasi Permendagri 86 ("Evaluasi terhadap hasil RPJMD") -----------------
#
# Judul, judul kolom, baris penutup dan keterangan formulir (pledgekit.io.write_evaluation):
# kata-kata peraturan itu sendiri, yang juga dibaca pledgekit.io.read_plan_table.

_FORM_LABELS: Final = {
    "form_sheet": "Evaluasi RPJMD",
    "form_title": "EVALUASI TERHADAP HASIL RPJMD",
    "form_period": "Periode: {period}",
    "form_as_of": "Keadaan per {date}",
    "form_as_of_latest": "Setiap indikator per angka terakhirnya",
    "form_no": "No",
    "form_objective": "Sasaran",
    "form_program": "Program prioritas",
    "form_indicator": "Indikator kinerja",
    "form_unit": "Satuan",
    "form_initial": "Capaian awal (data capaian pada awal tahun perencanaan)",
    "form_final_target": "Target kinerja pada akhir periode RPJMD",
    "form_year_target": "Target tahun ke-{n} ({year})",
    "form_year_realisasi": "Realisasi tahun ke-{n} ({year})",
    "form_year_rate": "Tingkat capaian tahun ke-{n} ({year}) (%)",
    "form_end": "Capaian kinerja pada akhir periode RPJMD",
    "form_end_rate": "Rasio capaian akhir (%)",
    "form_notes": "Keterangan",
    "form_k": "K",
    "form_rp": "Rp",
    "form_predikat_k": "Predikat K",
    "form_predikat_rp": "Predikat Rp",
    "form_mean": "Rata-rata capaian kinerja",
    "form_mean_predikat": "Predikat kinerja",
    "form_node_mission": "Misi {number}: {text}",
    "form_node_goal": "Tujuan {number}: {text}",
    "form_node_objective": "Sasaran {number}: {text}",
    "form_node_plan": "Seluruh RPJMD: {text}",
    "form_negative": "indikator negatif",
    "form_positive": "indikator positif",
    "form_sum": "kumulatif",
    "form_last": "non-kumulatif",
    "form_assumed": "(diasumsikan)",
    "form_year": "tahun ke-{n} ({year})",
    "form_end_of_period": "akhir periode",
    "form_reason": "{where}: {reason}",
    "form_budget_reason": "Rp, {where}: {reason}",
    "form_stale": "{where}: dinilai dari angka {period}",
    "form_missing": "{where}: tanpa tingkat capaian: no. {indicators}",
    "form_inexact": "Ditulis sebagai teks: sel angka spreadsheet tidak dapat menyimpan angka ini dengan tepat",
}

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
    "more_stretch": "rentang lain",
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
    "capaian_period_not_covered": "angka-angkanya tidak tepat mencakup periode itu",
    "capaian_not_yet_due": "periodenya belum berakhir pada tanggal penilaian",
    "capaian_conflicting_figures": "dua angka memberi tingkat berbeda pada hari yang sama",
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
    # Targets as plans write them: comparison, schedule, revisions, late fulfilment
    "comparison_at_least": "paling sedikit",
    "comparison_more_than": "lebih dari",
    "comparison_at_most": "paling banyak",
    "comparison_less_than": "kurang dari",
    "comparison_within": "dalam rentang",
    "not_met_strict": "belum tercapai: targetnya {target}",
    "expected_scheduled": "Jalur sesuai jadwal saat ini",
    "revision_original": "semula {value}",
    "revised_to": "direvisi menjadi {value} pada {day}",
    "revised_later": "kemudian direvisi menjadi {value} pada {day}, setelah tanggal penilaian",
    "revised_by": "oleh {source}",
    "against_original": "Terhadap target semula",
    "original_progress": "{percent} dari {target}; {distance}; {status}",
    "interim": "Target antara yang berlaku",
    "interim_flow": "{value} pada {period}; {level} harus tercapai per {day}",
    "interim_stock": "{level} per {day}",
    "interim_shortfall": "Kurang dari target antara",
    "met_on": "Tercapai pada",
    "met_late": "terlambat {days} hari",
    "met_late_one": "terlambat {days} hari",
    "comparison_csv": "Cara target dipenuhi",
    "value_in_force_csv": "Target yang berlaku",
    "original_value_csv": "Target semula",
    "interim_period_csv": "Periode target antara",
    "interim_value_csv": "Target antara",
    "interim_level_csv": "Tingkat yang harus dicapai per target antara",
    "late_days_csv": "Hari terlambat",
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
    "chart_original": "Target awal",
    "chart_revised": "direvisi menjadi",
    "chart_schedule": "Target antara",
    "chart_schedule_yearly": "Target per tahun",
    "chart_bound_claims": "Klaim berupa batas (terbuka)",
    "chart_rate_claims": "Klaim laju, tidak digambar (bukan level)",
    "chart_met_late": "tercapai terlambat",
    "chart_days": "hari",
    "chart_said_as_of": "per",
    "chart_no_speaker": "pembicara tidak disebut",
    "chart_not_drawn": "Tidak digambar",
    "chart_not_drawn_rate": "laju, bukan level",
    "chart_not_drawn_met": "tanpa angka",
    "chart_not_drawn_period_value": "angka satu periode, bukan level yang dicapai",
    "chart_not_drawn_other": "tidak menyatakan level",
    "chart_not_drawn_yearly": "grafik tahunan tidak menggambar klaim",
    "chart_source": "Sumber",
    "chart_sources": "Sumber",
    "chart_no_source": "tidak ada yang dicantumkan dalam kasus",
    "per_day": "per hari",
    "per_month": "per bulan",
    "per_year": "per tahun",
    "bound_more_than": "lebih dari",
    "bound_at_least": "paling sedikit",
    "bound_at_most": "paling banyak",
    "bound_less_than": "kurang dari",
    # A pledge as a whole, interim targets rated, the SDG status
    "pledge_status": "Status janji",
    "pledge_rule": "Aturan",
    "share_met": "Bagian tercapai",
    "share_met_value": "{met} dari {counted} ({percent})",
    "capaian_mean": "Rata-rata capaian",
    "mean_score": "Rata-rata skor SDG",
    "milestone": "Tonggak",
    "milestone_due": "jatuh tempo {day}",
    "done_late_by": "selesai terlambat {days} hari",
    "done_late_by_one": "selesai terlambat {days} hari",
    "parts_left_out": "Tidak dihitung",
    "part_target": "target",
    "part_milestone": "tonggak",
    "suggested_verdict": "Penilaian yang disarankan",
    "recorded_verdict": "Penilaian tercatat",
    "capaian_schedule_heading": "Capaian per periode (Permendagri 86)",
    "schedule_target": "Target",
    "schedule_realisasi": "Realisasi",
    "capaian_schedule_column": "Tingkat capaian (%)",
    "schedule_reason_no_figure": "tidak ada angka",
    "schedule_reason_not_yet_due": "belum jatuh tempo",
    "schedule_reason_period_not_covered": "tidak tercakup tepat",
    "schedule_reason_conflicting_figures": "angka bertentangan",
    "schedule_reason_zero_target": "targetnya nol",
    "schedule_reason_zero_realisasi": "realisasinya nol (T / R)",
    "sdg": "Status SDG",
    "sdg_score": "skor {score}",
    "sdg_q": "Q = {q}",
    "settings_pledge_rule": "aturan janji",
    "settings_pledge_share": "bagian tercapai yang dibutuhkan",
    "settings_pledge_missing": "target tanpa angka",
    "settings_sdg": "metode SDG",
    "no_mean_no_target": "tidak ada indikator di bawahnya yang bertarget untuk itu",
    "no_mean_no_figure": "tidak ada indikator di bawahnya yang memiliki capaian (tanpa angka)",
    "settings_plan_mean_children": "rata-rata rencana dari rata-rata tiap bagian",
    "settings_plan_mean_weighted": "rata-rata rencana berbobot",
    "record_schedule": "jadwal",
    "record_pledge": "janji",
    "pledge_id_csv": "Id janji",
    "pledge_rule_csv": "Aturan janji",
    "share_met_csv": "Bagian tercapai (%)",
    "capaian_mean_csv": "Rata-rata capaian (%)",
    "suggested_verdict_csv": "Penilaian yang disarankan",
    "left_out_csv": "Tidak dihitung",
    # Riwayat penilaian sebuah janji (teks, Markdown, CSV)
    "verdicts_heading": "Riwayat penilaian",
    "record_verdict": "penilaian",
    "verdict_date": "Tanggal penilaian",
    "verdict": "Penilaian",
    "verdict_label": "Label pelacak",
    "verdict_scale": "Skala",
    "rated_by": "Dinilai oleh",
    "verdict_rationale": "Alasan",
    "verdict_source": "Sumber penilaian",
    "verdict_problem": "Penilaian tercatat terhadap angka",
    # Topik janji, dan status dari pelacak bila tidak ada yang dapat diukur
    "topics": "Topik",
    "topics_csv": "Topik",
    "status_given": "ditetapkan pelacak: janji ini tidak memiliki ukuran",
    # -- The HTML page (render(format="html")) and the notebook's HTML -------------------
    "html_headline": "Sekilas",
    "html_details": "Rincian kemajuan",
    "html_details_caption": "Kemajuan dan laju per {as_of}",
    "html_chart": "Grafik",
    "html_chart_label": "Grafik burn-up {target}: angka yang dilaporkan mencapai {achieved} per {as_of}, dengan target {value}",
    "html_chart_claims": "klaim yang menyebut suatu tingkat ditandai di dalamnya",
    "html_chart_missing": "Grafik tidak digambar di sini: perlu matplotlib, ekstra plot (pip install 'pledgekit[plot]').",
    "html_figures_caption": "Angka yang dilaporkan, per periode",
    "html_value": "Nilai",
    "html_note": "Keterangan",
    "html_claims_caption": "Klaim tentang target ini: siapa yang menyatakannya, kapan, dan di mana",
    "html_speaker": "Pembicara",
    "html_stated_on": "Dinyatakan pada",
    "html_claim": "Klaim",
    "html_pledges": "Janji",
    "html_pledge_caption": "Janji dinilai secara keseluruhan",
    "html_verdicts": "Riwayat penilaian",
    "html_verdicts_caption": "Penilaian atas janji ini, dari yang terlama",
    "html_date": "Tanggal",
    "html_verdict": "Penilaian",
    "html_rationale": "Alasan",
    "html_no_verdicts": "Belum ada penilaian yang tercatat.",
    "html_plan_place": "Dalam rencana",
    "html_plan_caption": "Rencana tempat janji-janji ini dituangkan",
    "html_written_by": "Dibuat dengan pledgekit {version}.",
    "html_audit_summary": "Ringkasan audit",
    "html_targets": "Target",
}

# -- Laporan rencana menurut pohonnya (render(layout="plan")) --------------------------

_PLAN_LABELS: Final = {
    "plan_goal": "Tujuan",
    "plan_objective": "Sasaran",
    "plan_outside": "Target di luar pohon rencana",
    "plan_no_targets": "Tidak ada target.",
    "plan_program_column": "Program",
    "plan_realisasi_column": "Realisasi",
    "capaian_plan_column": "Tingkat capaian (%)",
    "chart_year_target": "Target tahunan",
    "chart_year_realisasi": "Realisasi tahunan",
    "chart_page": "halaman {page} dari {pages}",
    "capaian_chart_end": "capaian akhir",
    "capaian_plan_mean": "Rata-rata capaian kinerja",
    "plan_mean_count_one": "{count} indikator",
    "plan_mean_count_many": "{count} indikator",
    "capaian_plan_missing": "{count} tidak dihitung, tanpa capaian: {ids}",
    "plan_mean_years": "Per tahun",
    "capaian_plan_budget_mean": "Rata-rata capaian anggaran",
}

CATALOGUE: Final = Catalogue(
    lang="id",
    name="Indonesian",
    notation="id",
    labels={**_LABELS, **_PLAN_LABELS, **_FORM_LABELS},
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
        FindingKind.RATE_MISMATCH: "Rata-rata tidak cocok",
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
        FindingKind.SCHEDULE_INCONSISTENT: "Jadwal target tidak cocok",
        FindingKind.SUPERSEDED_TARGET: "Target sudah diubah",
        FindingKind.TARGET_DIFFERS_FROM_PLEDGE: "Target berbeda dari janji",
    },
    claims={
        ClaimKind.ACHIEVED: "sudah {value} per {when}",
        ClaimKind.REMAINING: "sisa {value} per {when}",
        ClaimKind.PERCENT: "{value} % per {when}",
        ClaimKind.MET: "target tercapai per {when}",
        ClaimKind.PERIOD_VALUE: "{value} untuk {period}",
        ClaimKind.RATE: "rata-rata {value} {per} selama {period}",
    },
    weekdays=("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"),
    pledge_statuses={
        PledgeStatus.MET: "Tercapai",
        PledgeStatus.MET_LATE: "Tercapai terlambat",
        PledgeStatus.PARTLY_MET: "Tercapai sebagian",
        PledgeStatus.NOT_MET: "Tidak tercapai",
        PledgeStatus.IN_PROGRESS: "Dalam proses",
        PledgeStatus.NO_DATA: "Tidak ada data",
        PledgeStatus.NOT_MEASURABLE: "Tidak terukur",
    },
    verdicts={
        Verdict.NOT_RATED: "Belum dinilai",
        Verdict.IN_PROGRESS: "Dalam proses",
        Verdict.STALLED: "Mandek",
        Verdict.PARTIAL: "Ditepati sebagian",
        Verdict.KEPT: "Ditepati",
        Verdict.BROKEN: "Tidak ditepati",
        Verdict.UNTESTABLE: "Tidak dapat diuji",
    },
    verdict_problems={
        VerdictProblem.KEPT_NOT_MET: "dinilai ditepati, padahal janjinya tidak tercapai",
        VerdictProblem.KEPT_NO_FIGURE: "dinilai ditepati, padahal tidak ada angka yang "
        "menunjukkan janjinya tercapai",
        VerdictProblem.MET_NOT_KEPT: "dinilai selain ditepati, padahal janjinya tercapai",
        VerdictProblem.NO_MOVEMENT: "dinilai ditepati sebagian, padahal tidak ada kemajuan",
    },
    pledge_rules={
        "all_met": "semua tercapai",
        "share_met": "bagian yang tercapai",
        "mean_capaian": "rata-rata capaian",
        "sdg_mean_score": "rata-rata skor SDG",
    },
    missing_figures={
        "not_met": "dihitung tidak tercapai",
        "leave_out": "tidak diikutkan",
    },
    milestone_states={
        "done": "selesai",
        "done_late": "selesai terlambat",
        "not_done": "tidak selesai",
        "not_yet_due": "belum jatuh tempo",
    },
    left_out_reasons={
        "no_figure": "tidak ada angka",
        "no_capaian": "tidak ada capaian",
        "no_sdg_score": "tidak ada skor SDG",
        "milestone_not_rated": "tonggak tidak memiliki tingkat capaian",
    },
    sdg_methods={
        SdgMethod.STATCAN: "Open SDG (Statistics Canada)",
        SdgMethod.UNSD: "grafik kemajuan UNSD",
    },
    sdg_statuses={
        SdgStatus.TARGET_ACHIEVED: "Target tercapai",
        SdgStatus.SUBSTANTIAL_PROGRESS: "Kemajuan substansial",
        SdgStatus.MODERATE_PROGRESS: "Kemajuan sedang",
        SdgStatus.LIMITED_PROGRESS: "Kemajuan terbatas",
        SdgStatus.DETERIORATION: "Memburuk",
        SdgStatus.CANNOT_ASSESS: "Tidak dapat dinilai",
    },
    unsd_categories={
        UnsdCategory.ON_TRACK: "Sesuai jalur",
        UnsdCategory.ACCELERATION_NEEDED: "Perlu percepatan",
        UnsdCategory.STAGNATION_OR_REGRESSION: "Stagnan atau mundur",
        UnsdCategory.CANNOT_ASSESS: "Tidak dapat dinilai",
    },
    templates=_TEMPLATES,
    formats=_FORMATS,
)
"""The Indonesian catalogue: figures grouped with dots, dates written as "22 Juli 2022".

The one [`catalogue("id")`][pledgekit.messages.catalogue] gives, the default. The Bekasi
office's 141.624 workers and its Friday (Jumat) dateline:

>>> import datetime as dt
>>> from decimal import Decimal
>>> from pledgekit.messages import catalogue
>>> from pledgekit.messages.id import CATALOGUE
>>> CATALOGUE is catalogue("id"), CATALOGUE.amount(Decimal("141624"), "orang")
(True, '141.624 orang')
>>> CATALOGUE.date(dt.date(2022, 7, 22), weekday=True), CATALOGUE.pct(Decimal("97.54"))
('Jumat, 22 Juli 2022', '97,54 %')
"""
