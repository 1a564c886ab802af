"""Tests for pledge assessments: the rules, milestones, late fulfilment and the pledge-level verdict."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from fractions import Fraction

import attrs
import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from pledgekit import (
    Accumulation,
    Case,
    Direction,
    Evaluation,
    FindingKind,
    Indicator,
    InvalidValueError,
    LeftOut,
    LeftOutReason,
    Milestone,
    MilestoneState,
    MissingFigure,
    Observation,
    Period,
    Pledge,
    PledgeAssessment,
    PledgeRule,
    PledgeStatus,
    Target,
    assess_pledge,
    progress,
)
from pledgekit.methods.permendagri86 import Predikat
from pledgekit.methods.sdg import SdgStatus
from pledgekit.verdicts import (
    Verdict,
    VerdictProblem,
    VerdictRecord,
    VerdictRules,
    check_pledge_verdict,
    check_verdict,
    suggest_pledge_verdict,
    suggest_verdict,
)

TERM = Period.years(2019, 2020)
END = dt.date(2020, 12, 31)
MIDWAY = dt.date(2019, 12, 31)


def indicator(name: str) -> Indicator:
    return Indicator(name, "orang", direction=Direction.INCREASE, accumulation=Accumulation.SUM)


def three_target_case(*, verdict: Verdict | None = None, extra: bool = False) -> Case:
    """Targets a, b, c of 100 each over 2019–2020; a reaches 110, b 80, c 50.

    a: 60 + 50 = 110 (met), b: 40 + 40 = 80, c: 30 + 20 = 50. With ``extra``, a fourth
    target d that nobody reported on.
    """
    names = ["a", "b", "c", "d"] if extra else ["a", "b", "c"]
    indicators = [indicator(n) for n in names]
    targets = [Target(i, 100, period=TERM, id=i.name) for i in indicators]
    figures = {"a": (60, 50), "b": (40, 40), "c": (30, 20)}
    observations = [
        Observation(Period.year(year), value, indicator=i)
        for i in indicators[:3]
        for year, value in zip((2019, 2020), figures[i.name], strict=True)
    ]
    verdicts = [] if verdict is None else [VerdictRecord(END, verdict, "given")]
    pledge = Pledge("Tiga target", targets=targets, verdicts=verdicts, id="three")
    return Case(
        "Three", indicators=indicators, targets=targets, observations=observations, pledges=[pledge]
    )


def pledge_of(case: Case, as_of: dt.date = END, **settings: object) -> PledgeAssessment:
    return case.assess(as_of, evaluation=Evaluation(**settings)).for_pledge(case.pledges[0].id)  # type: ignore[arg-type]


class TestRules:
    """Each rule on a pledge of three targets, by hand."""

    def test_all_met(self) -> None:
        """All met: 1 of 3 met (a), the term over: partly met, kept in part."""
        result = pledge_of(three_target_case())
        assert (PledgeStatus.PARTLY_MET, 3, 1, Fraction(1, 3), Verdict.PARTIAL) == (
            result.status,
            result.counted,
            result.met,
            result.share_met,
            result.suggested,
        )
        assert (None, None, ()) == (result.met_on, result.late_days, result.left_out)

    def test_share_met_reaching_the_threshold(self) -> None:
        """Share met 1/3 against a threshold of 1/3: met, on a's met_on (110 reached with 2020)."""
        result = pledge_of(
            three_target_case(), pledge_rule="share_met", pledge_share_at_least="0.3"
        )
        assert (PledgeStatus.MET, Fraction(1, 3), END, 0, Verdict.KEPT) == (
            result.status,
            result.share_met,
            result.met_on,
            result.late_days,
            result.suggested,
        )

    def test_share_met_below_the_threshold(self) -> None:
        """Share met 1/3 against the default threshold 1: partly met."""
        result = pledge_of(three_target_case(), pledge_rule=PledgeRule.SHARE_MET)
        assert (PledgeStatus.PARTLY_MET, Fraction(1, 3)) == (result.status, result.share_met)

    def test_mean_capaian(self) -> None:
        """Mean capaian (110 + 80 + 50) / 3 = 80: Tinggi, partly met."""
        result = pledge_of(three_target_case(), pledge_rule="mean_capaian")
        assert (Fraction(80), Predikat.TINGGI, PledgeStatus.PARTLY_MET, 3, None) == (
            result.mean_capaian,
            result.mean_predikat,
            result.status,
            result.counted,
            result.share_met,
        )

    def test_mean_capaian_running(self) -> None:
        """At the end of 2019: (60 + 40 + 30) / 3 = 130/3, Sangat Rendah, but still in progress."""
        result = pledge_of(three_target_case(), MIDWAY, pledge_rule="mean_capaian")
        assert (Fraction(130, 3), Predikat.SANGAT_RENDAH, PledgeStatus.IN_PROGRESS) == (
            result.mean_capaian,
            result.mean_predikat,
            result.status,
        )

    def test_all_met_running(self) -> None:
        """At the end of 2019 nothing is met yet (60, 40, 30 of 100): in progress."""
        result = pledge_of(three_target_case(), MIDWAY)
        assert (PledgeStatus.IN_PROGRESS, Fraction(0), Verdict.IN_PROGRESS) == (
            result.status,
            result.share_met,
            result.suggested,
        )

    def test_sdg_mean_score(self) -> None:
        """Scores 5, 5/2 and −5/2: mean 5/3, not all achieved, the term over: partly met."""
        scores = {"a": (SdgStatus.TARGET_ACHIEVED, Fraction(5)), "b": (None, Fraction(5, 2))}
        scores["c"] = (SdgStatus.LIMITED_PROGRESS, Fraction(-5, 2))
        result = _with_sdg(scores)
        assert (Fraction(5, 3), PledgeStatus.PARTLY_MET, 3, ()) == (
            result.mean_score,
            result.status,
            result.counted,
            result.left_out,
        )

    def test_sdg_mean_score_leaves_out_what_has_no_score(self) -> None:
        """A target with no SDG score is left out and said so: (5 + 5) / 2 = 5, all achieved."""
        achieved = (SdgStatus.TARGET_ACHIEVED, Fraction(5))
        result = _with_sdg({"a": achieved, "b": achieved, "c": None})
        assert (Fraction(5), PledgeStatus.MET, 2) == (
            result.mean_score,
            result.status,
            result.counted,
        )
        assert (LeftOut(kind="target", id="c", reason=LeftOutReason.NO_SDG_SCORE),) == (
            result.left_out
        )

    def test_sdg_rule_needs_the_sdg_setting(self) -> None:
        """Without the evaluation's SDG setting, the SDG rule is refused by name."""
        if getattr(Evaluation(), "sdg", None):
            pytest.skip("the SDG setting is on by default")
        with pytest.raises(InvalidValueError, match=r"Evaluation\.sdg"):
            Evaluation(pledge_rule="sdg_mean_score")

    def test_bad_rule(self) -> None:
        """A rule that does not exist is refused with the ones that do."""
        with pytest.raises(InvalidValueError, match="'all_met' or 'share_met'"):
            Evaluation(pledge_rule="most")


@attrs.frozen
class _Sdg:
    status: SdgStatus | None
    score: Fraction


@attrs.frozen
class _WithSdg:
    """A target assessment with an SDG status, as the SDG setting makes one."""

    target: Target
    progress: object
    capaian: object
    sdg: _Sdg | None


def _with_sdg(scores: Mapping[str, tuple[SdgStatus | None, Fraction] | None]) -> PledgeAssessment:
    case = three_target_case()
    assessment = case.assess(END)
    items = []
    for item in assessment.targets:
        given_score = scores[item.target.id]
        sdg = None if given_score is None else _Sdg(*given_score)
        items.append(_WithSdg(item.target, item.progress, item.capaian, sdg))
    return assess_pledge(case.pledges[0], items, as_of=END, rule=PledgeRule.SDG_MEAN_SCORE)  # type: ignore[arg-type]


class TestMissingFigures:
    """A target with no figure: counted as not met by default, or left out, and always said."""

    def test_counted_as_not_met(self) -> None:
        """Four targets, d unreported: 1 of 4 met, nothing left out."""
        result = pledge_of(three_target_case(extra=True), pledge_rule="share_met")
        assert (4, Fraction(1, 4), ()) == (result.counted, result.share_met, result.left_out)

    def test_left_out(self) -> None:
        """Leaving d out: 1 of 3 met, d listed with its reason."""
        result = pledge_of(
            three_target_case(extra=True),
            pledge_rule="share_met",
            pledge_missing_figure=MissingFigure.LEAVE_OUT,
        )
        assert (3, Fraction(1, 3)) == (result.counted, result.share_met)
        assert (LeftOut(kind="target", id="d", reason=LeftOutReason.NO_FIGURE),) == (
            result.left_out
        )

    def test_mean_capaian_leaves_out_a_target_with_no_figure(self) -> None:
        """No figure, no grade: d is left out of the mean, which stays (110 + 80 + 50) / 3 = 80."""
        result = pledge_of(three_target_case(extra=True), pledge_rule="mean_capaian")
        assert (Fraction(80), 3) == (result.mean_capaian, result.counted)
        assert (LeftOut(kind="target", id="d", reason=LeftOutReason.NO_CAPAIAN),) == (
            result.left_out
        )

    def test_nothing_reported(self) -> None:
        """A pledge whose only target has no figure has no data: not rated."""
        jobs = indicator("jobs")
        target = Target(jobs, 100, period=TERM)
        case = Case(
            "x", indicators=[jobs], targets=[target], pledges=[Pledge("p", targets=[target])]
        )
        result = case.assess(END).for_pledge("p")
        assert (PledgeStatus.NO_DATA, Verdict.NOT_RATED) == (result.status, result.suggested)


class TestTargetAtItsBaseline:
    """A target equal to its baseline is met with no figure, 0 days late: met, not met late."""

    def test_met_in_time(self) -> None:
        """Target 0 from baseline 0 in 2019: met on the last day, status met, 0 days late."""
        jobs = indicator("jobs")
        target = Target(jobs, 0, period=Period.year(2019))
        case = Case(
            "x", indicators=[jobs], targets=[target], pledges=[Pledge("p", targets=[target])]
        )
        result = case.assess(MIDWAY).for_pledge("p")
        assert (PledgeStatus.MET, 0) == (result.status, result.late_days)


class TestNotMeasurable:
    """A pledge with no target and no milestone keeps working through its verdict history."""

    def test_no_target(self) -> None:
        """Not measurable, no suggestion, no contradiction, its history untouched."""
        record = VerdictRecord(END, Verdict.KEPT, "the stadium opened")
        pledge = Pledge("Membangun stadion", verdicts=[record], id="stadion")
        case = Case("Stadion", pledges=[pledge])
        assessment = case.assess(END)
        result = assessment.for_pledge("stadion")
        assert (PledgeStatus.NOT_MEASURABLE, None, None, 0) == (
            result.status,
            result.suggested,
            result.verdict_problem,
            result.counted,
        )
        assert (record,) == assessment.case.pledges[0].verdicts.records
        assert () == assessment.findings

    def test_unknown_pledge_id(self) -> None:
        """Asking for a pledge the case does not have names the ones it has."""
        with pytest.raises(InvalidValueError, match="three"):
            three_target_case().assess(END).for_pledge("four")


class TestGivenStatus:
    """A tracker's own status of a pledge with nothing to measure."""

    def test_taken_as_the_status(self) -> None:
        """The pledge's status is the assessment's, marked as given; the numbers suggest nothing."""
        pledge = Pledge("Membangun masjid raya", status=PledgeStatus.PARTLY_MET, id="masjid")
        result = Case("Masjid", pledges=[pledge]).assess(END).for_pledge("masjid")
        assert (PledgeStatus.PARTLY_MET, True, None, None, 0) == (
            result.status,
            result.status_given,
            result.suggested,
            result.verdict_problem,
            result.counted,
        )

    def test_a_verdict_beside_it_is_not_checked(self) -> None:
        """A verdict that differs from the given status is no contradiction: both are editorial."""
        record = VerdictRecord(END, Verdict.BROKEN, "no mosque yet")
        pledge = Pledge("Membangun masjid raya", status="met", verdicts=[record], id="masjid")
        assessment = Case("Masjid", pledges=[pledge]).assess(END)
        result = assessment.for_pledge("masjid")
        assert (PledgeStatus.MET, None) == (result.status, result.verdict_problem)
        assert () == assessment.findings

    def test_none_is_not_given(self) -> None:
        """Without a status the pledge is not measurable, as before."""
        result = assess_pledge(Pledge("Membangun masjid raya"), ())
        assert (PledgeStatus.NOT_MEASURABLE, False) == (result.status, result.status_given)

    @pytest.mark.parametrize(
        "status", [PledgeStatus.MET_LATE, PledgeStatus.NO_DATA, PledgeStatus.NOT_MEASURABLE, "kept"]
    )
    def test_only_the_four_a_tracker_gives(self, status: object) -> None:
        """met_late, no_data and not_measurable are what figures say; a verdict is no status."""
        with pytest.raises(
            InvalidValueError, match="'met', 'partly_met', 'not_met', 'in_progress'"
        ):
            Pledge("Membangun masjid raya", status=status)  # type: ignore[arg-type]

    def test_refused_where_figures_decide(self) -> None:
        """A pledge with a target or a milestone takes no status of its own."""
        target = Target(indicator("a"), 100, period=TERM, id="a")
        with pytest.raises(
            InvalidValueError, match=r"Pledge.status: .*1 target\(s\) and 0 milestone\(s\)"
        ):
            Pledge("Seratus", targets=[target], status="met")
        with pytest.raises(InvalidValueError, match="their figures decide its status"):
            Pledge("Perda", milestones=[Milestone("Perda", END)], status="in_progress")


class TestTopics:
    def test_kept_in_order(self) -> None:
        """Topics are kept as given, in order."""
        pledge = Pledge("Seratus", topics=["ketenagakerjaan", "ekonomi"])
        assert ("ketenagakerjaan", "ekonomi") == pledge.topics

    @pytest.mark.parametrize(
        ("topics", "where"),
        [
            (["ekonomi", "ekonomi"], r"Pledge.topics\[1\]: .*also Pledge.topics\[0\]"),
            (["ekonomi", " "], r"Pledge.topics\[1\]: .*non-empty"),
            (["ekonomi", 3], r"Pledge.topics\[1\]"),
            ("ekonomi", r"Pledge.topics: .*a sequence"),
        ],
    )
    def test_refused(self, topics: object, where: str) -> None:
        """A topic twice, a blank one, one that is no text, or a bare string are refused."""
        with pytest.raises(InvalidValueError, match=where):
            Pledge("Seratus", topics=topics)  # type: ignore[arg-type]


class TestDerivedIds:
    def test_a_long_pledge_is_cut_after_a_whole_word(self) -> None:
        """60 characters at most, never half a word: the word that would cross 60 is left out."""
        text = "Menyediakan lapangan kerja bagi seratus lima puluh ribu warga kota dalam lima tahun"
        # menyediakan-lapangan-kerja-bagi-seratus-lima-puluh-ribu (55) + "-warga" = 61 > 60
        assert "menyediakan-lapangan-kerja-bagi-seratus-lima-puluh-ribu" == Pledge(text).id
        assert "menyediakan-lapangan-kerja-bagi-seratus-lima-puluh-ribu" == (
            Milestone(text, END).id
        )

    def test_a_word_ending_at_60_is_kept(self) -> None:
        """A slug whose 60th character ends a word keeps that word."""
        text = "a" * 29 + " " + "b" * 30 + " c"  # 29 + 1 + 30 = 60, then "-c"
        assert "a" * 29 + "-" + "b" * 30 == Pledge(text).id

    def test_one_word_longer_than_60_is_cut(self) -> None:
        """A first word of more than 60 letters can only be cut."""
        assert "x" * 60 == Pledge("x" * 70).id

    def test_two_pledges_of_one_derived_id_are_named(self) -> None:
        """Two pledges whose texts give one id: the error names both, and their words."""
        start = "Menyediakan lapangan kerja bagi seratus lima puluh ribu warga"
        with pytest.raises(
            InvalidValueError,
            match=r"Case.pledges\[1\].id: .*also the id of Case.pledges\[0\], "
            r"'Menyediakan .* Bekasi', and this is 'Menyediakan .* Bogor'",
        ):
            Case("Dua", pledges=[Pledge(start + " Bekasi"), Pledge(start + " Bogor")])


LAW = Milestone("Perda terbit", dt.date(2020, 12, 31), done_on=dt.date(2021, 3, 2), id="perda")


class TestMilestones:
    """A milestone done, done late, not done, not yet due."""

    def milestone_pledge(
        self, as_of: dt.date, rules: VerdictRules | None = None
    ) -> PledgeAssessment:
        pledge = Pledge("Menerbitkan perda", milestones=[LAW])
        return assess_pledge(pledge, (), as_of=as_of, verdict_rules=rules or VerdictRules())

    def test_done_late(self) -> None:
        """Done on 2 March 2021, due 31 December 2020: 31 + 28 + 2 = 61 days late, kept in part."""
        result = self.milestone_pledge(dt.date(2021, 6, 30))
        assert (MilestoneState.DONE_LATE, 61) == (
            result.milestones[0].state,
            result.milestones[0].late_days,
        )
        assert (PledgeStatus.MET_LATE, dt.date(2021, 3, 2), 61, Verdict.PARTIAL) == (
            result.status,
            result.met_on,
            result.late_days,
            result.suggested,
        )

    def test_done_late_within_the_rule(self) -> None:
        """61 days late is kept when the rule allows 61 days, kept in part at 60."""
        on_time = self.milestone_pledge(
            dt.date(2021, 6, 30), VerdictRules(kept_late_within_days=61)
        )
        late = self.milestone_pledge(dt.date(2021, 6, 30), VerdictRules(kept_late_within_days=60))
        assert (Verdict.KEPT, Verdict.PARTIAL) == (on_time.suggested, late.suggested)

    def test_not_done(self) -> None:
        """On 1 January 2021 it is past due and not done: not met, broken."""
        result = self.milestone_pledge(dt.date(2021, 1, 1))
        assert (MilestoneState.NOT_DONE, PledgeStatus.NOT_MET, Verdict.BROKEN) == (
            result.milestones[0].state,
            result.status,
            result.suggested,
        )

    def test_not_yet_due(self) -> None:
        """In mid-2020 it is not due yet: in progress."""
        result = self.milestone_pledge(dt.date(2020, 6, 30))
        assert (MilestoneState.NOT_YET_DUE, PledgeStatus.IN_PROGRESS) == (
            result.milestones[0].state,
            result.status,
        )

    def test_milestones_are_left_out_of_a_mean(self) -> None:
        """The mean capaian has no rate for a milestone: it is left out, and said so."""
        result = assess_pledge(
            Pledge("p", milestones=[LAW]), (), as_of=END, rule=PledgeRule.MEAN_CAPAIAN
        )
        assert (PledgeStatus.NO_DATA, 0) == (result.status, result.counted)
        assert (
            LeftOut(kind="milestone", id="perda", reason=LeftOutReason.MILESTONE_NOT_RATED),
        ) == (result.left_out)


class TestKeptLate:
    """A 2019 target of 100 met by the 2020 figure: 70 + 40 = 110, met on 2020-12-31."""

    JOBS = indicator("jobs")
    TARGET = Target(JOBS, 100, period=Period.year(2019))
    FIGURES = (Observation(Period.year(2019), 70), Observation(Period.year(2020), 40))

    def test_met_on_and_late_days(self) -> None:
        """Not met in 2019 (70 of 100), met with 2020's 40: 366 days late (2020 is a leap year)."""
        state = progress(self.TARGET, self.FIGURES, as_of=END)
        assert (False, END, 366) == (state.is_met, state.met_on, state.late_days)

    def test_suggested_verdict(self) -> None:
        """Kept in part by default; kept when 366 days are allowed; kept in part at 365."""
        state = progress(self.TARGET, self.FIGURES, as_of=END)
        assert (Verdict.PARTIAL, Verdict.KEPT, Verdict.PARTIAL) == (
            suggest_verdict(state),
            suggest_verdict(state, VerdictRules(kept_late_within_days=366)),
            suggest_verdict(state, VerdictRules(kept_late_within_days=365)),
        )

    def test_check_verdict(self) -> None:
        """Kept, late: contradicts the default rules, not those that allow 366 days."""
        state = progress(self.TARGET, self.FIGURES, as_of=END)
        assert (VerdictProblem.KEPT_NOT_MET, None, None) == (
            check_verdict(Verdict.KEPT, state),
            check_verdict(Verdict.KEPT, state, VerdictRules(kept_late_within_days=366)),
            check_verdict(Verdict.PARTIAL, state),
        )

    def test_pledge_level(self) -> None:
        """The pledge of that one target is met late, 366 days, on 2020-12-31."""
        case = Case(
            "late",
            indicators=[self.JOBS],
            targets=[self.TARGET],
            observations=list(self.FIGURES),
            pledges=[Pledge("p", targets=[self.TARGET])],
        )
        result = case.assess(END).for_pledge("p")
        assert (PledgeStatus.MET_LATE, END, 366, Verdict.PARTIAL) == (
            result.status,
            result.met_on,
            result.late_days,
            result.suggested,
        )

    def test_days_must_be_a_count(self) -> None:
        """A negative number of days, or a float, is refused."""
        with pytest.raises(InvalidValueError, match="kept_late_within_days"):
            VerdictRules(kept_late_within_days=-1)
        with pytest.raises(InvalidValueError, match="kept_late_within_days"):
            VerdictRules(kept_late_within_days=1.5)


class TestPledgeVerdictCheck:
    """A multi-target pledge's recorded verdict is checked against the pledge as a whole."""

    def verdict_findings(self, verdict: Verdict) -> list[tuple[str, VerdictProblem | None]]:
        assessment = three_target_case(verdict=verdict).assess(END)
        return [
            (f.target.id, f.verdict_problem)
            for f in assessment.findings
            if f.kind is FindingKind.VERDICT_CONTRADICTS_DATA and f.target is not None
        ]

    def test_broken_with_one_target_met(self) -> None:
        """Broken, with a met but b and c short: the pledge is partly met, no contradiction."""
        assert [] == self.verdict_findings(Verdict.BROKEN)
        result = three_target_case(verdict=Verdict.BROKEN).assess(END).for_pledge("three")
        assert result.verdict_problem is None

    def test_kept_with_two_targets_short(self) -> None:
        """Kept, with b and c short: contradicted, on b and c."""
        expected = [("b", VerdictProblem.KEPT_NOT_MET), ("c", VerdictProblem.KEPT_NOT_MET)]
        assert expected == self.verdict_findings(Verdict.KEPT)
        result = three_target_case(verdict=Verdict.KEPT).assess(END).for_pledge("three")
        assert VerdictProblem.KEPT_NOT_MET == result.verdict_problem

    def test_check_pledge_verdict_refuses_other_things(self) -> None:
        """check_pledge_verdict takes a pledge assessment."""
        with pytest.raises(InvalidValueError, match="PledgeAssessment"):
            check_pledge_verdict(Verdict.KEPT, "met")  # type: ignore[arg-type]
        with pytest.raises(InvalidValueError, match="PledgeAssessment"):
            suggest_pledge_verdict(3)  # type: ignore[arg-type]


# Properties ------------------------------------------------------------------------------


def _case_from(figures: Sequence[tuple[int, int]], order: Sequence[int]) -> Case:
    indicators = [indicator(f"i{n}") for n in range(len(figures))]
    targets = [Target(i, 100, period=TERM, id=i.name) for i in indicators]
    observations = [
        Observation(Period.year(year), value, indicator=i)
        for i, pair in zip(indicators, figures, strict=True)
        for year, value in zip((2019, 2020), pair, strict=True)
    ]
    pledge = Pledge("p", targets=[targets[n] for n in order], id="p")
    return Case(
        "p", indicators=indicators, targets=targets, observations=observations, pledges=[pledge]
    )


FIGURES = st.lists(st.tuples(st.integers(0, 80), st.integers(0, 80)), min_size=1, max_size=4)
AS_OF = st.sampled_from([MIDWAY, END])


class TestProperties:
    """Invariants of the rules, with the interesting cases counted."""

    @given(FIGURES, AS_OF)
    def test_all_met_implies_share_one(
        self, figures: list[tuple[int, int]], as_of: dt.date
    ) -> None:
        """When all met says met, the share met is 1; when it does not, the share is below 1."""
        case = _case_from(figures, range(len(figures)))
        every = pledge_of(case, as_of)
        share = pledge_of(case, as_of, pledge_rule="share_met")
        met = every.status in (PledgeStatus.MET, PledgeStatus.MET_LATE)
        event(f"all met: {met}")
        assert met == (share.share_met == 1)
        assert every.status == share.status  # threshold 1: the same rule

    @given(FIGURES, AS_OF, st.randoms(use_true_random=False), st.sampled_from(list(PledgeRule)[:3]))
    def test_order_changes_nothing(
        self, figures: list[tuple[int, int]], as_of: dt.date, random: object, rule: PledgeRule
    ) -> None:
        """Listing a pledge's targets in another order changes no number and no status."""
        order = list(range(len(figures)))
        shuffled = order[:]
        random.shuffle(shuffled)  # type: ignore[attr-defined]
        event(f"reordered: {shuffled != order}")
        first = pledge_of(_case_from(figures, order), as_of, pledge_rule=rule)
        second = pledge_of(_case_from(figures, shuffled), as_of, pledge_rule=rule)
        keys = ("status", "counted", "met", "share_met", "mean_capaian", "met_on", "late_days")
        assert [getattr(first, k) for k in keys] == [getattr(second, k) for k in keys]

    @given(FIGURES, st.sampled_from(list(MissingFigure)), st.sampled_from(list(PledgeRule)[:3]))
    def test_every_part_is_counted_or_left_out(
        self, figures: list[tuple[int, int]], missing: MissingFigure, rule: PledgeRule
    ) -> None:
        """Parts counted plus parts left out are all the pledge's parts: nothing is dropped in silence."""
        case = _case_from([*figures, (0, 0)], range(len(figures) + 1))
        case = attrs.evolve(case, observations=case.observations[:-2])  # the last: no figure
        result = pledge_of(case, END, pledge_rule=rule, pledge_missing_figure=missing)
        event(f"left out: {len(result.left_out)}")
        assert len(figures) + 1 == result.counted + len(result.left_out)

    def test_properties_reach_their_cases(self) -> None:
        """Over a fixed run, at least 2 % of drawn pledges are met, and 2 % left a part out."""
        counts = {"met": 0, "left_out": 0, "drawn": 0}

        @settings(max_examples=200, derandomize=True, database=None, deadline=None)
        @given(FIGURES, st.sampled_from(list(MissingFigure)))
        def count(figures: list[tuple[int, int]], missing: MissingFigure) -> None:
            case = _case_from([*figures, (0, 0)], range(len(figures) + 1))
            case = attrs.evolve(case, observations=case.observations[:-2])
            result = pledge_of(case, END, pledge_missing_figure=missing)
            met = pledge_of(_case_from(figures, range(len(figures))), END)
            counts["drawn"] += 1
            counts["met"] += met.status is PledgeStatus.MET
            counts["left_out"] += bool(result.left_out)

        count()
        assert counts["met"] >= 0.02 * counts["drawn"]
        assert counts["left_out"] >= 0.02 * counts["drawn"]
