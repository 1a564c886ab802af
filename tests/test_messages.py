"""Message catalogues: every finding, detail, status and label worded in every language."""

from __future__ import annotations

import datetime as dt
import sys
import types
from decimal import Decimal
from pathlib import Path
from typing import get_args

import attrs
import pytest
from hypothesis import given

from pledgekit import (
    Accumulation,
    Case,
    Claim,
    ClaimKind,
    DateProblem,
    Direction,
    Finding,
    FindingKind,
    Indicator,
    InvalidValueError,
    LeftOutReason,
    MilestoneState,
    MissingFigure,
    Observation,
    PaceStatus,
    Period,
    Pledge,
    PledgeRule,
    Progress,
    Revision,
    Severity,
    Target,
    Unverifiable,
    VerdictProblem,
    audit,
    load,
    strategies,
)
from pledgekit import messages as messages_package
from pledgekit.messages import LANGUAGES, Catalogue, Language, Words, catalogue
from pledgekit.messages._fields import FIELDS, KEYS, OPTIONAL, Later
from pledgekit.methods.permendagri86 import NoCapaian
from pledgekit.methods.sdg import SdgMethod, SdgStatus, UnsdCategory
from pledgekit.report import render
from pledgekit.verdicts import PledgeStatus, Verdict, VerdictRecord, check_verdict

BEKASI = Path(__file__).parent.parent / "examples" / "bekasi" / "case.toml"

JOBS = Indicator("Jobs", "persons", direction=Direction.INCREASE, accumulation=Accumulation.SUM)
TARGET = Target(JOBS, 100, period=Period.years(2019, 2021), id="jobs")


def _words_in_every_language(finding: Finding) -> dict[str, str]:
    return {lang: catalogue(lang).finding(finding) for lang in LANGUAGES}


def _detail_findings() -> list[Finding]:
    """Findings of every kind and every detail, from the audit itself."""
    data = [Observation(Period.year(2019), 40), Observation(Period.year(2020), 30)]
    claims = [
        Claim(ClaimKind.ACHIEVED, 40, dt.date(2020, 12, 31)),  # total mismatch
        Claim(ClaimKind.ACHIEVED, 41, dt.date(2020, 12, 31)),  # conflict
        Claim(ClaimKind.ACHIEVED, 40, dt.date(2019, 12, 31), resolution=Decimal(10)),
        Claim(ClaimKind.ACHIEVED, 41, dt.date(2019, 12, 31)),  # restates 35..45
        Claim(ClaimKind.REMAINING, 10, dt.date(2020, 12, 31)),  # remainder mismatch
        Claim(ClaimKind.PERCENT, 20, dt.date(2020, 12, 31)),  # percent mismatch
        Claim(ClaimKind.MET, None, dt.date(2020, 12, 31)),  # met mismatch
        Claim(ClaimKind.PERIOD_VALUE, 5, dt.date(2019, 12, 31), period=Period.year(2019)),
        Claim(ClaimKind.PERIOD_VALUE, 5, dt.date(2019, 6, 30), period=Period.months(2019, 1, 6)),
        Claim(ClaimKind.ACHIEVED, 90, dt.date(2021, 6, 30)),  # beyond a lower bound
        # 40 + 30 = 70 over 2019-2020, 2 years: 35 a year, not 5; and 70 is not more than 70.
        Claim(
            ClaimKind.RATE, 5, dt.date(2020, 12, 31), period=Period.years(2019, 2020), per="year"
        ),
        Claim(ClaimKind.ACHIEVED, 70, dt.date(2020, 12, 31), bound="more_than"),
        Claim(ClaimKind.ACHIEVED, 70, dt.date(2022, 1, 1), stated_on=dt.date(2021, 1, 1)),
        Claim(ClaimKind.ACHIEVED, 70, dt.date(2020, 12, 31), dateline="Senin (22/7/2022)"),
        Claim(ClaimKind.ACHIEVED, 70, dt.date(2020, 12, 31), dateline="31/6/2022"),
        Claim(
            ClaimKind.ACHIEVED,
            70,
            dt.date(2020, 12, 31),
            stated_on=dt.date(2021, 1, 5),
            dateline="4/1/2021",
        ),
        Claim(
            ClaimKind.ACHIEVED,
            70,
            dt.date(2020, 12, 31),
            indicator=attrs.evolve(JOBS, name="Openings"),
        ),
    ]
    found = list(audit(TARGET, data, claims))
    overlapping = [Observation(Period.year(2019), 40), Observation(Period.months(2019, 6, 12), 5)]
    found += audit(TARGET, overlapping, [Claim(ClaimKind.ACHIEVED, 45, dt.date(2019, 12, 31))])
    straddling = [Observation(Period.years(2018, 2019), 40)]
    found += audit(TARGET, straddling, [], as_of=dt.date(2019, 12, 31))
    found += _beyond_findings()
    found += _verdict_findings()
    found += _plan_findings()
    return found


def _plan_findings() -> list[Finding]:
    """Schedules that do not add up, a superseded value, a pledge's figure beside the plan's."""
    revision = Revision(
        dt.date(2020, 1, 1), 120, schedule={Period.year(2019): 50}, note="perubahan"
    )
    revised = attrs.evolve(
        TARGET, schedule={Period.year(2019): 60, Period.year(2020): 30}, revisions=[revision]
    )
    rate = Indicator("Rate", "%", direction=Direction.DECREASE, accumulation=Accumulation.LAST)
    ranged = Target(
        rate,
        ("7", "8"),
        baseline=10,
        period=Period.years(2019, 2020),
        schedule={Period.year(2020): 9},
    )
    pledge = Pledge("Kerja", targets=[revised], promised=100, id="kerja")
    case = Case(
        "x",
        indicators=[JOBS, rate],
        targets=[revised, ranged],
        pledges=[pledge],
        claims=[Claim(ClaimKind.REMAINING, 40, dt.date(2019, 12, 31), target=revised)],
        observations=[Observation(Period.year(2019), 60, indicator=JOBS)],
    )
    return list(case.assess(dt.date(2020, 12, 31)).findings)


def _beyond_findings() -> list[Finding]:
    """Claims beyond an upper bound and beyond no bound (figures of both signs)."""
    level = Indicator("Cases", "cases", direction=Direction.DECREASE, accumulation=Accumulation.SUM)
    down = Target(level, 40, baseline=100, period=Period.years(2019, 2021))
    later = dt.date(2020, 12, 31)
    upper = audit(
        down, [Observation(Period.year(2019), -10)], [Claim(ClaimKind.PERCENT, 90, later)]
    )
    mixed = [
        Observation(Period.months(2019, 1, 6), -10),
        Observation(Period.months(2019, 7, 12), 5),
    ]
    either = audit(down, mixed, [Claim(ClaimKind.ACHIEVED, 20, later)])
    return [*upper, *either]


def _verdict_cases() -> list[tuple[Finding, Progress]]:
    """One verdict finding for each way a verdict contradicts the numbers, with its progress."""
    records = [
        (Verdict.KEPT, [Observation(Period.year(2019), 40)]),  # kept, not met
        (Verdict.KEPT, []),  # kept, no figure
        (Verdict.BROKEN, [Observation(Period.year(2019), 120)]),  # met, not kept
        (Verdict.PARTIAL, [Observation(Period.year(2019), 0)]),  # no movement
    ]
    found = []
    for verdict, data in records:
        pledge = Pledge(
            "Kerja",
            targets=[TARGET],
            verdicts=[VerdictRecord(dt.date(2019, 12, 31), verdict, "said")],
            id=f"p-{verdict.value}",
        )
        case = Case("x", indicators=[JOBS], targets=[TARGET], observations=data, pledges=[pledge])
        (assessed,) = case.assess(dt.date(2019, 12, 31)).targets
        found += [
            (f, assessed.progress)
            for f in assessed.findings
            if f.kind is FindingKind.VERDICT_CONTRADICTS_DATA
        ]
    return found


def _verdict_findings() -> list[Finding]:
    return [finding for finding, _ in _verdict_cases()]


@pytest.fixture(scope="module")
def detail_findings() -> list[Finding]:
    return _detail_findings()


class TestEveryCatalogueIsComplete:
    @pytest.mark.parametrize("lang", LANGUAGES)
    def test_tables(self, lang: str) -> None:
        """Every status, severity, kind of finding and kind of claim has words."""
        words = catalogue(lang)
        assert set(PaceStatus) == set(words.statuses)
        assert set(Severity) == set(words.severities) == set(words.severity_plurals)
        assert set(FindingKind) == set(words.kinds) == set(words.findings)
        assert set(ClaimKind) == set(words.claims)
        assert 7 == len(words.weekdays)

    @pytest.mark.parametrize("lang", LANGUAGES)
    def test_pledge_and_sdg_tables(self, lang: str) -> None:
        """Every pledge status, verdict, pledge rule, policy, milestone state, reason and SDG status has words."""
        words = catalogue(lang)
        assert set(PledgeStatus) == set(words.pledge_statuses)
        assert set(Verdict) == set(words.verdicts)
        assert set(VerdictProblem) == set(words.verdict_problems)
        assert {r.value for r in PledgeRule} == set(words.pledge_rules)
        assert {m.value for m in MissingFigure} == set(words.missing_figures)
        assert {s.value for s in MilestoneState} == set(words.milestone_states)
        assert {r.value for r in LeftOutReason} == set(words.left_out_reasons)
        assert set(SdgMethod) == set(words.sdg_methods)
        assert set(SdgStatus) == set(words.sdg_statuses)
        assert set(UnsdCategory) == set(words.unsd_categories)
        # The schedule table's short reasons: one per reason an entry has no rate.
        assert {f"schedule_reason_{r.value}" for r in NoCapaian} <= set(words.labels)

    def test_a_catalogue_missing_a_status_is_refused(self) -> None:
        """A catalogue without words for some value of an enum table is refused when built."""
        english = catalogue("en")
        statuses = {k: v for k, v in english.pledge_statuses.items() if k is not PledgeStatus.MET}
        with pytest.raises(InvalidValueError, match=r"pledge_statuses.*missing: met"):
            attrs.evolve(english, pledge_statuses=statuses)
        states = {k: v for k, v in english.milestone_states.items() if k != "done_late"}
        with pytest.raises(InvalidValueError, match=r"milestone_states.*missing: done_late"):
            attrs.evolve(english, milestone_states=states)

    def test_same_labels(self) -> None:
        """Every catalogue has the same labels as the English one."""
        english = set(catalogue("en").labels)
        for lang in LANGUAGES:
            assert english == set(catalogue(lang).labels)

    def test_every_kind_and_detail_is_drawn(self, detail_findings: list[Finding]) -> None:
        """The findings below cover every kind, date problem, unverifiable and verdict detail."""
        assert set(FindingKind) == {f.kind for f in detail_findings}
        assert set(DateProblem) == {f.date_problem for f in detail_findings} - {None}
        assert set(Unverifiable) == {f.unverifiable for f in detail_findings} - {None}
        assert set(VerdictProblem) == {f.verdict_problem for f in detail_findings} - {None}

    @pytest.mark.parametrize("lang", LANGUAGES)
    def test_every_finding_is_worded(self, lang: str, detail_findings: list[Finding]) -> None:
        """Each of those findings, and each explanation, has words in every language."""
        words = catalogue(lang)
        for finding in detail_findings:
            assert words.finding(finding).strip()
            for explanation in finding.explanations:
                assert words.explanation(explanation).strip()

    def test_a_catalogue_missing_a_template_is_refused(self) -> None:
        """A catalogue without a template for some key of the findings is refused when built."""
        english = catalogue("en")
        templates = {k: v for k, v in english.templates.items() if k != "overlap"}
        with pytest.raises(InvalidValueError, match="missing: overlap"):
            attrs.evolve(english, templates=templates)


class TestEnglishIsTheMessage:
    def test_message_is_not_a_stored_field(self) -> None:
        """The message is worded from the fields: it is no field, and follows a change of one."""
        assert "message" not in attrs.fields_dict(Finding)
        (finding,) = audit(
            TARGET,
            [Observation(Period.year(2019), 40)],
            [Claim(ClaimKind.ACHIEVED, 30, dt.date(2019, 12, 31))],
        )
        # 30 claimed against the figures' 40: 30 - 40 = -10; changed to -11 the words follow.
        assert finding.message.endswith("a difference of -10")
        assert attrs.evolve(finding, difference=Decimal(-11)).message.endswith(
            "a difference of -11"
        )

    def test_missing_field_is_a_clear_error(self) -> None:
        """A finding without the fields its words need says which field is missing."""
        bare = Finding(kind=FindingKind.OVERLAP, severity=Severity.ERROR)
        with pytest.raises(InvalidValueError, match=r"Finding\.observations"):
            bare.message  # noqa: B018

    def test_verdict_words_name_the_verdict_checks_problem(self) -> None:
        """A verdict finding carries what check_verdict found, and names verdict and pledge."""
        cases = _verdict_cases()
        assert set(VerdictProblem) == {f.verdict_problem for f, _ in cases}
        for finding, progress in cases:
            assert finding.verdict is not None and finding.pledge is not None
            assert finding.verdict_problem == check_verdict(finding.verdict.verdict, progress)
            prefix = (
                f"the verdict {finding.verdict.verdict.name} of 2019-12-31 on the pledge "
                f"{finding.pledge.id!r}: recorded "
            )
            assert finding.message.startswith(prefix)


class TestWordsFromTheFieldsOnly:
    def test_lower_and_upper_bound_agree_across_languages(self) -> None:
        """A percentage claim on a falling target: both languages name the same bound.

        Cases fall from 100 toward 40; the only figure is -10 for 2019, so 2020 has none.
        Every figure is zero or less, so the missing days can only lower the total: the
        figures give an upper bound on it (in both languages; the Indonesian words once
        said "lower bound", reading the bound on the percentage instead).
        """
        (finding,) = [f for f in _beyond_findings() if f.unverifiable is Unverifiable.UPPER_BOUND]
        assert ClaimKind.PERCENT is finding.claims[0].kind
        assert Unverifiable.UPPER_BOUND is finding.unverifiable
        words = _words_in_every_language(finding)
        assert "none above zero, give an upper bound" in words["en"]
        assert "tidak ada yang di atas nol, hanya batas atas" in words["id"]


@pytest.fixture(scope="module")
def bekasi_finding() -> Finding:
    findings = load(BEKASI).assess().findings
    return next(
        f
        for f in findings
        if f.kind is FindingKind.TOTAL_MISMATCH and f.claims[0].value == Decimal(141624)
    )


def _toy_total(c: Catalogue, finding: Finding) -> str:
    claimed, computed = finding.claimed, finding.computed
    assert claimed is not None and computed is not None
    return f"ZZ {c.fig(claimed)} ≠ {c.fig(computed)}"


def _toy_catalogue() -> Catalogue:
    """A third language, built from the English tables with its own words for totals."""
    english = catalogue("en")
    words = {kind: english.findings[kind] for kind in FindingKind}
    words[FindingKind.TOTAL_MISMATCH] = _toy_total
    return attrs.evolve(
        english,
        lang="zz",
        name="Toy",
        labels={**english.labels, "findings": "ZZ-findings"},
        kinds={**english.kinds, FindingKind.TOTAL_MISMATCH: "ZZ-total"},
        findings=words,
    )


class TestAThirdLanguage:
    def test_words_a_bekasi_finding(self, bekasi_finding: Finding) -> None:
        """A catalogue built here words the Bekasi total mismatch: 141,624 claimed, 146,305 summed."""
        assert "ZZ 141,624 ≠ 146,305" == _toy_catalogue().finding(bekasi_finding)

    def test_one_module_and_one_line(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Registered as a module and one registry line, the report speaks the new language."""
        module = types.ModuleType("pledgekit.messages.zz")
        module.CATALOGUE = _toy_catalogue()  # type: ignore[attr-defined]
        monkeypatch.setitem(sys.modules, "pledgekit.messages.zz", module)
        monkeypatch.setitem(messages_package._REGISTRY, "zz", "Toy")  # type: ignore[attr-defined]
        text = render(load(BEKASI).assess(), format="text", lang="zz")
        assert "ZZ-findings" in text
        assert "ZZ-total" in text
        assert "ZZ 141,624 ≠ 146,305." in text

    def test_the_chart_speaks_it_too(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """The chart takes its labels from the catalogue: a registered language labels it."""
        pytest.importorskip("matplotlib")
        from pledgekit import chart

        toy = attrs.evolve(
            _toy_catalogue(), labels={**catalogue("en").labels, "chart_claims": "ZZ-claims"}
        )
        module = types.ModuleType("pledgekit.messages.zz")
        module.CATALOGUE = toy  # type: ignore[attr-defined]
        monkeypatch.setitem(sys.modules, "pledgekit.messages.zz", module)
        monkeypatch.setitem(messages_package._REGISTRY, "zz", "Toy")  # type: ignore[attr-defined]
        ax = chart.plot(load(BEKASI).assess().targets[0], lang="zz")  # type: ignore[arg-type]
        legend = ax.get_legend()
        assert "ZZ-claims" in [t.get_text() for t in legend.get_texts()]

    def test_language_type_names_the_registered_languages(self) -> None:
        """The ``Language`` literal and the registry list the same codes, the default first."""
        assert ("id", "en") == get_args(Language) == LANGUAGES

    def test_unknown_language_names_those_registered(self) -> None:
        """Asking for a language with no catalogue lists the ones there are."""
        with pytest.raises(InvalidValueError, match=r"'id' \(Indonesian\) or 'en' \(English\)"):
            catalogue("fr")


def _keys(words: object) -> set[str]:
    """The template keys of some words and of every piece nested in them."""
    if isinstance(words, list):
        return set().union(*(_keys(item) for item in words))
    if not isinstance(words, Words):
        return set()
    return {words.key}.union(*(_keys(piece) for piece in words.fields.values()))


class TestOneLogicManyTemplates:
    def test_every_key_the_findings_reach_is_declared(self, detail_findings: list[Finding]) -> None:
        """The keys the shared logic gives for every kind and detail are declared keys."""
        reached = set().union(*(_keys(FIELDS[f.kind](f)) for f in detail_findings))
        assert set() == reached - (KEYS | OPTIONAL)

    @given(strategies.cases())
    def test_drawn_findings_reach_declared_keys_only(self, case: Case) -> None:
        """For any drawn case, the shared logic gives only keys every catalogue words."""
        for finding in case.assess().findings:
            assert set() == _keys(FIELDS[finding.kind](finding)) - (KEYS | OPTIONAL)

    @pytest.mark.parametrize("lang", LANGUAGES)
    def test_every_declared_key_has_a_template(self, lang: Language) -> None:
        """Each catalogue has a template for every key a language must word."""
        assert set() == KEYS - set(catalogue(lang).templates)

    def test_a_piece_is_written_in_the_language(self) -> None:
        """One piece, two notations: 146305 is 146,305 in English and 146.305 in Indonesian."""
        words = Words("straddler", {"period": Period.year(2021), "value": Decimal(146305)})
        assert "2021, 146,305" == catalogue("en").words(words)
        assert "2021, 146.305" == catalogue("id").words(words)

    def test_a_piece_left_unnamed_is_never_computed(self) -> None:
        """The Indonesian words of a second claim with no figure do not read its figure."""

        def no_figure() -> object:
            raise InvalidValueError(ClaimKind.MET, "a claim that states a figure", "Claim.value")

        words = Words(
            "against.unstated", {"other": Later(no_figure), "bounded": Words("bounded.none")}
        )
        assert "angka-angkanya" == catalogue("id").words(words)
        with pytest.raises(InvalidValueError, match="a claim that states a figure"):
            catalogue("en").words(words)

    def test_a_language_needs_only_the_fields_it_words(self) -> None:
        """Without its target, a percentage claim beyond the figures is still worded in Indonesian.

        The Indonesian words say how far the claimed % is from the figures' %, not what
        that percentage is of; the English words say it, and so need the target.
        """
        (finding,) = [f for f in _beyond_findings() if f.unverifiable is Unverifiable.UPPER_BOUND]
        untargeted = attrs.evolve(finding, target=None)
        assert catalogue("id").finding(untargeted) == catalogue("id").finding(finding)
        with pytest.raises(InvalidValueError, match=r"Finding\.target"):
            catalogue("en").finding(untargeted)

    def test_a_missing_piece_names_the_finding_field(self) -> None:
        """A template naming a piece the finding lacks says which field of which finding."""
        finding = Finding(kind=FindingKind.TOTAL_MISMATCH, severity=Severity.ERROR)
        words = Words(
            "opening.stated", {"as_of": dt.date(2020, 12, 31), "bounded": Words("bounded.none")}
        )
        with pytest.raises(InvalidValueError, match=r"Finding\.figure.*TOTAL_MISMATCH"):
            catalogue("en").words(words, finding)

    def test_an_unknown_key_or_format_is_refused(self) -> None:
        """A key with no template, or a format the catalogue lacks, is a clear error."""
        english = catalogue("en")
        with pytest.raises(InvalidValueError, match="a template of the English catalogue"):
            english.words(Words("no_such_key"))
        odd = attrs.evolve(english, templates={**english.templates, "range": "{low:roman}"})
        with pytest.raises(InvalidValueError, match="roman"):
            odd.words(Words("range", {"low": Decimal(1), "high": Decimal(2)}))

    def test_a_third_language_is_a_table(self, bekasi_finding: Finding) -> None:
        """A template alone rewords the Bekasi total: 141,624 claimed - 146,305 summed = -4,681."""
        english = catalogue("en")
        toy = attrs.evolve(
            english,
            lang="zz",
            templates={**english.templates, "total_mismatch": "ZZ {computed:n} ({difference:n})"},
        )
        assert "ZZ 146,305 (-4,681)" == toy.finding(bekasi_finding)


class TestDrawnCases:
    @given(strategies.cases())
    def test_both_languages_word_every_finding(self, case: Case) -> None:
        """For any drawn case, every catalogue words every finding and explanation."""
        for finding in case.assess().findings:
            words = _words_in_every_language(finding)
            assert finding.message == words["en"]
            for explanation in finding.explanations:
                for lang in LANGUAGES:
                    assert catalogue(lang).explanation(explanation)


class TestCapaianMeansOneThing:
    def test_only_permendagri_labels_say_capaian(self) -> None:
        """In Indonesian "capaian" is the Permendagri 86 rate only: every label using it is one of its labels."""
        indonesian = catalogue("id")
        using = {key for key, words in indonesian.labels.items() if "capaian" in words.lower()}
        # The rate itself, why it is missing, the figure it is of, the settings of its formula,
        # why a node of the plan has no mean rate, and the words of the regulation's own
        # evaluation form.
        permendagri = {
            k
            for k in indonesian.labels
            if k.startswith(("capaian", "settings_", "no_mean_", "form_"))
        }
        assert set() == using - permendagri
        assert "Kemajuan" == indonesian["percent"]
        assert "Kemajuan (%)" == indonesian["percent_csv"]

    def test_unknown_label_is_a_clear_error(self) -> None:
        """Asking a catalogue for a label it does not have names the label and the catalogue."""
        with pytest.raises(InvalidValueError, match=r"label: got 'nope'.*Indonesian catalogue"):
            catalogue("id")["nope"]


def _fields_of(words: str) -> set[str]:
    """The names a label's template fills in: ``{n}`` and ``{year}`` of "tahun ke-{n} ({year})"."""
    import string

    return {name for _, name, _, _ in string.Formatter().parse(words) if name}


class TestTheEvaluationFormsWords:
    def test_every_language_fills_the_same_fields(self) -> None:
        """Each of the form's labels fills in the same fields in every language, so one call words both."""
        english = catalogue("en").labels
        form = sorted(key for key in english if key.startswith("form_"))
        for lang in LANGUAGES:
            words = catalogue(lang).labels
            assert [_fields_of(english[k]) for k in form] == [_fields_of(words[k]) for k in form]

    def test_the_indonesian_words_are_the_regulations(self) -> None:
        """The title and the footer rows are worded as Permendagri 86 prints them."""
        words = catalogue("id")
        assert "EVALUASI TERHADAP HASIL RPJMD" == words["form_title"]
        assert "Rata-rata capaian kinerja" == words["form_mean"]
        assert "Predikat kinerja" == words["form_mean_predikat"]
        assert "Tingkat capaian tahun ke-1 (2019) (%)" == words["form_year_rate"].format(
            n=1, year=2019
        )
