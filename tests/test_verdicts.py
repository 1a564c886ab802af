"""Tests for pledgekit.verdicts: scales, histories, suggested verdicts and contradictions."""

from __future__ import annotations

import datetime as dt
import decimal
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from pledgekit import (
    Accumulation,
    Direction,
    Finding,
    FindingKind,
    Indicator,
    InvalidValueError,
    Observation,
    Period,
    Pledge,
    Severity,
    Source,
    Target,
    progress,
)
from pledgekit.verdicts import (
    CPPG,
    DEFAULT_RULES,
    FULL_FACT,
    POLIMETER,
    POLITIFACT,
    SCALES,
    Scale,
    Verdict,
    VerdictHistory,
    VerdictProblem,
    VerdictRecord,
    VerdictRules,
    check_verdict,
    from_scale,
    suggest_verdict,
    to_scale,
)

TERM = Period.term(dt.date(2018, 9, 20))  # 2018-09-20..2023-09-19
DURING = dt.date(2022, 6, 30)
AFTER = TERM.end
JOBS = Indicator(
    "Tenaga kerja terserap", "orang", direction=Direction.INCREASE, accumulation=Accumulation.SUM
)
JOBS_TARGET = Target(JOBS, 150000, period=TERM)
UNEMPLOYMENT = Indicator(
    "Tingkat pengangguran terbuka",
    "%",
    direction=Direction.DECREASE,
    accumulation=Accumulation.LAST,
)


def jobs(total, as_of=DURING):
    """Progress of the Bekasi jobs pledge with ``total`` jobs reported for 2019."""
    return progress(JOBS_TARGET, [Observation(Period.year(2019), total)], as_of=as_of)


class TestScales:
    @pytest.mark.parametrize(
        ("verdict", "label"),
        [
            (Verdict.NOT_RATED, "Not Yet Rated"),
            (Verdict.IN_PROGRESS, "In the Works"),
            (Verdict.STALLED, "Stalled"),
            (Verdict.PARTIAL, "Compromise"),
            (Verdict.KEPT, "Promise Kept"),
            (Verdict.BROKEN, "Promise Broken"),
        ],
    )
    def test_politifact_both_ways(self, verdict, label):
        """PolitiFact's six ratings map one-to-one."""
        assert (label, verdict) == (to_scale(verdict, POLITIFACT), from_scale(label, POLITIFACT))

    @pytest.mark.parametrize(
        ("verdict", "label"),
        [
            (Verdict.KEPT, "fully fulfilled"),
            (Verdict.PARTIAL, "partially fulfilled"),
            (Verdict.BROKEN, "not fulfilled"),
        ],
    )
    def test_cppg_both_ways(self, verdict, label):
        """The CPPG scale's three grades map one-to-one."""
        assert (label, verdict) == (to_scale(verdict, CPPG), from_scale(label, CPPG))

    def test_polimeter_one_label_two_verdicts(self):
        """Polimeter's "kept in part or in the works" is both PARTIAL and IN_PROGRESS."""
        label = "kept in part or in the works"
        assert (label, label) == (
            to_scale(Verdict.PARTIAL, POLIMETER),
            to_scale(Verdict.IN_PROGRESS, POLIMETER),
        )

    def test_polimeter_ambiguous_label_refused(self):
        """Reading the shared label back names both candidates."""
        with pytest.raises(InvalidValueError, match="PARTIAL or IN_PROGRESS"):
            from_scale("kept in part or in the works", POLIMETER)

    def test_full_fact_two_labels_one_verdict(self):
        """Full Fact's "appears on track" and "signs of progress" both read as IN_PROGRESS."""
        assert (Verdict.IN_PROGRESS, Verdict.IN_PROGRESS) == (
            from_scale("appears on track", FULL_FACT),
            from_scale("signs of progress", FULL_FACT),
        )

    def test_full_fact_verdict_with_two_labels_refused(self):
        """Writing IN_PROGRESS on Full Fact's scale names both labels."""
        with pytest.raises(InvalidValueError, match="'appears on track', 'signs of progress'"):
            to_scale(Verdict.IN_PROGRESS, FULL_FACT)

    def test_verdict_without_label_refused(self):
        """UNTESTABLE has no PolitiFact label; the error lists the labels there are."""
        with pytest.raises(InvalidValueError, match="none for UNTESTABLE"):
            to_scale(Verdict.UNTESTABLE, POLITIFACT)

    def test_unknown_label_refused(self):
        """A label not on the scale is refused with the scale's labels."""
        with pytest.raises(InvalidValueError, match="'Promise Kept'"):
            from_scale("Half True", POLITIFACT)

    def test_labels_match_case_insensitively(self):
        """Labels match regardless of case and spacing."""
        assert Verdict.KEPT == from_scale("  promise   KEPT ", POLITIFACT)

    def test_labels_listed_once(self):
        """A label shared by two verdicts is listed once."""
        expected = ("kept", "kept in part or in the works", "broken", "not yet rated")
        assert expected == POLIMETER.labels

    def test_scales_registry(self):
        """Every declared scale is in SCALES."""
        assert ("PolitiFact", "Comparative Party Pledges Group", "Polimeter", "Full Fact") == tuple(
            s.name for s in SCALES
        )

    def test_custom_scale_from_lists(self):
        """A scale is data; lists of pairs are accepted and frozen to tuples."""
        scale = Scale("Janji", [["Tuntas", Verdict.KEPT], ["Belum", Verdict.IN_PROGRESS]])
        assert (("Tuntas", Verdict.KEPT), ("Belum", Verdict.IN_PROGRESS)) == scale.pairs


class TestScaleBadInput:
    def test_blank_name(self):
        """A scale needs a name."""
        with pytest.raises(InvalidValueError, match="scale name"):
            Scale(" ", (("Kept", Verdict.KEPT),))

    def test_no_pairs(self):
        """A scale needs pairs."""
        with pytest.raises(InvalidValueError, match="non-empty tuple"):
            Scale("Empty", ())

    def test_bad_pair(self):
        """Each pair is (label, Verdict)."""
        with pytest.raises(InvalidValueError, match=r"pairs\[0\]"):
            Scale("Bad", ((Verdict.KEPT, "Kept"),))

    def test_duplicate_pair(self):
        """The same pair twice (even in another case) is refused."""
        with pytest.raises(InvalidValueError, match="once"):
            Scale("Dup", (("Kept", Verdict.KEPT), ("kept", Verdict.KEPT)))

    def test_to_scale_needs_verdict(self):
        """to_scale takes a Verdict."""
        with pytest.raises(InvalidValueError, match="a Verdict"):
            to_scale("kept", POLITIFACT)  # type: ignore[arg-type]

    def test_to_scale_needs_scale(self):
        """to_scale takes a Scale."""
        with pytest.raises(InvalidValueError, match="a Scale"):
            to_scale(Verdict.KEPT, "PolitiFact")  # type: ignore[arg-type]

    def test_from_scale_needs_text(self):
        """from_scale takes a string label."""
        with pytest.raises(InvalidValueError, match="a label"):
            from_scale(Verdict.KEPT, POLITIFACT)  # type: ignore[arg-type]

    def test_from_scale_needs_scale(self):
        """from_scale takes a Scale."""
        with pytest.raises(InvalidValueError, match="a Scale"):
            from_scale("Kept", None)  # type: ignore[arg-type]


class TestHistory:
    def test_latest_and_at(self):
        """The latest record, and the record in force on a date."""
        first = VerdictRecord(dt.date(2019, 1, 10), Verdict.NOT_RATED, "pledge recorded")
        second = VerdictRecord(
            dt.date(2022, 7, 22),
            Verdict.IN_PROGRESS,
            "146,305 reported",
            Source("rilisinfo.com", "Disnaker Penuhi Janji Kampanye"),
        )
        history = VerdictHistory([first, second])
        assert (second, first, None, second) == (
            history.latest,
            history.at(dt.date(2022, 7, 21)),
            history.at(dt.date(2019, 1, 9)),
            history.at(dt.date(2022, 7, 22)),
        )

    def test_empty(self):
        """An empty history has no latest record."""
        history = VerdictHistory()
        assert (None, 0, []) == (history.latest, len(history), list(history))

    def test_add(self):
        """Adding returns a new, longer history; the old one is unchanged."""
        history = VerdictHistory([VerdictRecord(dt.date(2020, 1, 1), Verdict.STALLED, "no data")])
        longer = history.add(VerdictRecord(dt.date(2021, 1, 1), Verdict.IN_PROGRESS, "data"))
        assert (1, 2) == (len(history), len(longer))

    def test_out_of_order_refused(self):
        """Records run oldest first."""
        with pytest.raises(InvalidValueError, match=r"records\[1\]\.date"):
            VerdictHistory(
                [
                    VerdictRecord(dt.date(2021, 1, 1), Verdict.KEPT, "met"),
                    VerdictRecord(dt.date(2020, 1, 1), Verdict.NOT_RATED, "new"),
                ]
            )

    def test_same_day_refused(self):
        """Two verdicts on one day are ambiguous and refused."""
        day = dt.date(2021, 1, 1)
        with pytest.raises(InvalidValueError, match="at most one per day"):
            VerdictHistory(
                [VerdictRecord(day, Verdict.KEPT, "a"), VerdictRecord(day, Verdict.BROKEN, "b")]
            )

    def test_add_older_refused(self):
        """Adding a record older than the latest is refused."""
        history = VerdictHistory([VerdictRecord(dt.date(2021, 1, 1), Verdict.KEPT, "met")])
        with pytest.raises(InvalidValueError, match="a date after 2021-01-01"):
            history.add(VerdictRecord(dt.date(2020, 1, 1), Verdict.KEPT, "met"))

    def test_not_records_refused(self):
        """Only VerdictRecords make a history."""
        with pytest.raises(InvalidValueError, match="a VerdictRecord"):
            VerdictHistory([("2021-01-01", "kept")])

    def test_not_iterable_refused(self):
        """A history is built from an iterable of records."""
        with pytest.raises(InvalidValueError, match="an iterable"):
            VerdictHistory("kept")

    @pytest.mark.parametrize(
        ("kwargs", "where"),
        [
            ({"date": "2021-01-01"}, "VerdictRecord.date"),
            ({"date": dt.datetime(2021, 1, 1)}, "VerdictRecord.date"),
            ({"verdict": "kept"}, "VerdictRecord.verdict"),
            ({"rationale": "  "}, "VerdictRecord.rationale"),
            ({"source": "a newspaper"}, "VerdictRecord.source"),
        ],
    )
    def test_record_validation(self, kwargs, where):
        """Each field of a record is checked, and the error names it."""
        fields = {"date": dt.date(2021, 1, 1), "verdict": Verdict.KEPT, "rationale": "met"}
        fields.update(kwargs)
        with pytest.raises(InvalidValueError, match=where):
            VerdictRecord(**fields)

    def test_at_needs_a_date(self):
        """at() takes a date."""
        with pytest.raises(InvalidValueError, match=r"a datetime\.date"):
            VerdictHistory().at("2021-01-01")  # type: ignore[arg-type]


class TestRules:
    def test_defaults(self):
        """Kept when met, kept in part from 75 %, stalled at no movement."""
        assert (Fraction(1), Fraction(3, 4), Fraction(0)) == (
            DEFAULT_RULES.kept_at_least,
            DEFAULT_RULES.partial_at_least,
            DEFAULT_RULES.stalled_at_most,
        )

    def test_strings_and_fractions(self):
        """Rules accept "0.5", "3/4" and Fractions."""
        rules = VerdictRules(kept_at_least="19/20", partial_at_least="0.5")
        assert (Fraction(19, 20), Fraction(1, 2)) == (rules.kept_at_least, rules.partial_at_least)

    @pytest.mark.parametrize(
        "kwargs",
        [
            {"partial_at_least": 0},  # not above stalled_at_most
            {"kept_at_least": Fraction(1, 2)},  # below partial_at_least
            {"kept_at_least": 2},  # above 1
        ],
    )
    def test_order_enforced(self, kwargs):
        """stalled_at_most < partial_at_least <= kept_at_least <= 1."""
        with pytest.raises(InvalidValueError, match="stalled_at_most < partial_at_least"):
            VerdictRules(**kwargs)

    @pytest.mark.parametrize("value", [0.75, True, "three quarters", "1/0"])
    def test_bad_numbers(self, value):
        """Floats, booleans and unreadable text are refused, naming the field."""
        with pytest.raises(InvalidValueError, match=r"VerdictRules\.partial_at_least"):
            VerdictRules(partial_at_least=value)


class TestSuggestVerdict:
    def test_no_data_is_not_rated(self):
        """Nothing observed: not rated."""
        assert Verdict.NOT_RATED == suggest_verdict(progress(JOBS_TARGET, [], as_of=DURING))

    def test_met_is_kept(self):
        """150,000 of 150,000: kept."""
        assert Verdict.KEPT == suggest_verdict(jobs(150000))

    def test_during_term_with_movement_is_in_progress(self):
        """1 of 150,000 during the term: ratio 1/150000 > 0, in progress."""
        assert Verdict.IN_PROGRESS == suggest_verdict(jobs(1))

    def test_during_term_without_movement_is_stalled(self):
        """0 of 150,000 during the term: ratio 0 ≤ 0, stalled."""
        assert Verdict.STALLED == suggest_verdict(jobs(0))

    def test_after_term_at_75_percent_is_partial(self):
        """112,500 / 150,000 = 0.75 exactly, at the deadline: kept in part."""
        assert Verdict.PARTIAL == suggest_verdict(jobs(112500, as_of=AFTER))

    def test_after_term_below_75_percent_is_broken(self):
        """112,499 / 150,000 < 0.75 at the deadline: broken."""
        assert Verdict.BROKEN == suggest_verdict(jobs(112499, as_of=AFTER))

    def test_day_before_deadline_is_still_running(self):
        """The day before the deadline, 1 day is left: in progress, not broken."""
        assert Verdict.IN_PROGRESS == suggest_verdict(jobs(1, as_of=AFTER - dt.timedelta(days=1)))

    def test_custom_partial_threshold(self):
        """With partial_at_least = 1/2, 75,000 / 150,000 = 0.5 is kept in part."""
        rules = VerdictRules(partial_at_least="1/2")
        assert Verdict.PARTIAL == suggest_verdict(jobs(75000, as_of=AFTER), rules)

    def test_custom_kept_threshold(self):
        """With kept_at_least = 0.95, 142,500 / 150,000 = 0.95 counts as kept."""
        rules = VerdictRules(kept_at_least="0.95")
        assert Verdict.KEPT == suggest_verdict(jobs(142500), rules)

    def test_lower_is_better(self):
        """Unemployment 8 → 7 against a target of 6: ratio (7 − 8) / (6 − 8) = 1/2, in progress."""
        target = Target(UNEMPLOYMENT, 6, period=TERM, baseline=8)
        p = progress(target, [Observation(Period.year(2020), 7)], as_of=DURING)
        assert (Fraction(1, 2), Verdict.IN_PROGRESS) == (p.ratio, suggest_verdict(p))

    def test_lower_is_better_moving_away_is_stalled(self):
        """Unemployment 8 → 9 against 6: ratio (9 − 8) / (6 − 8) = −1/2, stalled."""
        target = Target(UNEMPLOYMENT, 6, period=TERM, baseline=8)
        p = progress(target, [Observation(Period.year(2020), 9)], as_of=DURING)
        assert Verdict.STALLED == suggest_verdict(p)

    def test_hold_the_line_target_missed(self):
        """Target equal to the baseline (5) and 6 reported: no ratio; stalled, then broken."""
        target = Target(UNEMPLOYMENT, 5, period=TERM, baseline=5)
        reported = [Observation(Period.year(2020), 6)]
        assert (Verdict.STALLED, Verdict.BROKEN) == (
            suggest_verdict(progress(target, reported, as_of=DURING)),
            suggest_verdict(progress(target, reported, as_of=AFTER)),
        )

    def test_bad_progress(self):
        """suggest_verdict takes a Progress."""
        with pytest.raises(InvalidValueError, match=r"a pledgekit\.Progress"):
            suggest_verdict(0.9)  # type: ignore[arg-type]

    def test_bad_rules(self):
        """The rules must be VerdictRules."""
        with pytest.raises(InvalidValueError, match="VerdictRules"):
            suggest_verdict(jobs(1), {"partial_at_least": 0.75})  # type: ignore[arg-type]


def _words(verdict, p):
    """The English words of the contradiction ``check_verdict`` finds, as a finding gives them."""
    record = VerdictRecord(dt.date(2019, 12, 31), verdict, "dinilai")
    finding = Finding(
        kind=FindingKind.VERDICT_CONTRADICTS_DATA,
        severity=Severity.WARNING,
        computed=p.achieved,
        pledge=Pledge("Membuka lapangan kerja", id="p", verdicts=[record]),
        verdict=record,
        target=p.target,
        as_of=p.as_of,
        ratio=p.ratio,
        shortfall=p.shortfall,
        verdict_problem=check_verdict(verdict, p),
    )
    prefix = f"the verdict {verdict.name} of 2019-12-31 on the pledge 'p': "
    assert finding.message.startswith(prefix)
    return finding.message.removeprefix(prefix)


class TestCheckVerdict:
    def test_kept_while_short(self):
        """KEPT with 141,197 of 150,000 (94.13 %) contradicts the numbers."""
        p = jobs(141197)
        assert VerdictProblem.KEPT_NOT_MET == check_verdict(Verdict.KEPT, p)
        expected = (
            "recorded KEPT, but the numbers show 141197 against a target of 150000 "
            "(94.13 %), 8803 short"
        )
        assert expected == _words(Verdict.KEPT, p)

    def test_kept_without_data(self):
        """KEPT with nothing observed contradicts the numbers."""
        p = progress(JOBS_TARGET, [], as_of=DURING)
        assert VerdictProblem.KEPT_NO_FIGURE == check_verdict(Verdict.KEPT, p)
        assert _words(Verdict.KEPT, p).startswith(
            "recorded KEPT, but no observation is counted by 2022-06-30"
        )

    @pytest.mark.parametrize(
        "verdict", [Verdict.BROKEN, Verdict.STALLED, Verdict.IN_PROGRESS, Verdict.PARTIAL]
    )
    def test_not_kept_while_met(self, verdict):
        """Any not-kept verdict contradicts a met target."""
        p = jobs(150000)
        assert VerdictProblem.MET_NOT_KEPT == check_verdict(verdict, p)
        expected = (
            f"recorded {verdict.name}, but the numbers show the target met: "
            "150000 against a target of 150000 (100.00 %)"
        )
        assert expected == _words(verdict, p)

    def test_partial_without_movement(self):
        """PARTIAL with nothing achieved contradicts the numbers."""
        p = jobs(0)
        assert VerdictProblem.NO_MOVEMENT == check_verdict(Verdict.PARTIAL, p)
        expected = (
            "recorded PARTIAL, but the numbers show no movement toward the target: "
            "0 against a target of 150000 (0.00 %)"
        )
        assert expected == _words(Verdict.PARTIAL, p)

    @pytest.mark.parametrize(
        ("verdict", "total"),
        [
            (Verdict.KEPT, 150000),
            (Verdict.IN_PROGRESS, 141197),
            (Verdict.STALLED, 141197),  # an editorial call, not contradicted by numbers
            (Verdict.BROKEN, 141197),  # broken before the deadline: editorial
            (Verdict.PARTIAL, 1),
            (Verdict.NOT_RATED, 150000),
            (Verdict.UNTESTABLE, 0),
        ],
    )
    def test_consistent_verdicts(self, verdict, total):
        """Verdicts the numbers do not contradict give None."""
        assert check_verdict(verdict, jobs(total)) is None

    def test_kept_at_least_rule_is_used(self):
        """With kept_at_least = 0.94, KEPT at 94.13 % is not contradicted."""
        assert check_verdict(Verdict.KEPT, jobs(141197), VerdictRules(kept_at_least="0.94")) is None

    def test_hold_the_line_kept_while_missed(self):
        """A target equal to the baseline, missed: KEPT is contradicted, without a percentage."""
        target = Target(UNEMPLOYMENT, 5, period=TERM, baseline=5)
        p = progress(target, [Observation(Period.year(2020), 6)], as_of=DURING)
        expected = "recorded KEPT, but the numbers show 6 against a target of 5, 1 short"
        assert expected == _words(Verdict.KEPT, p)

    def test_bad_verdict(self):
        """check_verdict takes a Verdict."""
        with pytest.raises(InvalidValueError, match="a Verdict"):
            check_verdict("kept", jobs(1))  # type: ignore[arg-type]

    def test_bad_progress(self):
        """check_verdict takes a Progress."""
        with pytest.raises(InvalidValueError, match=r"a pledgekit\.Progress"):
            check_verdict(Verdict.KEPT, None)  # type: ignore[arg-type]


class TestProperties:
    @given(
        total=st.integers(min_value=-1000, max_value=200_000),
        days=st.integers(min_value=0, max_value=TERM.days + 100),
    )
    def test_suggested_verdict_never_contradicts_the_numbers(self, total, days):
        """The verdict the numbers suggest passes check_verdict."""
        p = progress(
            JOBS_TARGET,
            [Observation(Period(TERM.start, TERM.start), total)],
            as_of=TERM.start + dt.timedelta(days=days),
        )
        assert check_verdict(suggest_verdict(p), p) is None

    @given(
        in_time=st.integers(min_value=-50, max_value=150),
        after=st.integers(min_value=-50, max_value=150),
        within=st.none() | st.integers(min_value=0, max_value=400),
    )
    def test_late_figures_never_make_the_suggestion_contradict(self, in_time, after, within):
        """With figures after the deadline and any late rule, the suggestion passes the check."""
        target = Target(JOBS, 100, period=Period.year(2019))
        figures = [Observation(Period.year(2019), in_time), Observation(Period.year(2020), after)]
        p = progress(target, figures, as_of=dt.date(2020, 12, 31))
        rules = VerdictRules(kept_late_within_days=within)
        late = not p.is_met and p.met_on is not None
        event(f"met late: {late}")
        if late:  # 2020-12-31 is 366 days after 2019-12-31
            assert (366, within is not None and within >= 366) == (
                p.late_days,
                suggest_verdict(p, rules) is Verdict.KEPT,
            )
        assert check_verdict(suggest_verdict(p, rules), p, rules) is None

    @given(scale=st.sampled_from(SCALES), verdict=st.sampled_from(Verdict))
    def test_one_to_one_parts_round_trip(self, scale, verdict):
        """Where a verdict has one label, and that label one verdict, both ways agree."""
        labels = scale.labels_for(verdict)
        if len(labels) == 1 and len(scale.verdicts_for(labels[0])) == 1:
            assert verdict == from_scale(to_scale(verdict, scale), scale)
        else:
            with pytest.raises(InvalidValueError):
                from_scale(to_scale(verdict, scale), scale)


class TestHostileRules:
    @pytest.mark.parametrize("value", [Decimal("Infinity"), "1e-99999999", "3/0", "1/x"])
    def test_refused_not_expanded(self, value: object) -> None:
        """Infinite, absurdly small or malformed rules are refused at once."""
        with pytest.raises(InvalidValueError):
            VerdictRules(kept_at_least=value)  # type: ignore[arg-type]


# A caller's context that rounds everything it touches: 5 digits, toward −∞, tiny exponents.
HOSTILE = {"prec": 5, "rounding": decimal.ROUND_FLOOR, "Emax": 10, "Emin": -10}


@st.composite
def long_amounts(draw, *, positive=False):
    """Non-negative amounts up to 30 integer and 30 fraction digits, with their exact Fraction."""
    whole = draw(st.integers(0, 10**30 - 1))
    part = draw(st.integers(1 if positive else 0, 10**30 - 1))
    return Decimal(f"{whole}.{part:030d}"), Fraction(whole) + Fraction(part, 10**30)


def _expected_verdict(ratio, over):
    """The default rules, by hand: kept at 100 %, partial from 75 % once over, stalled at ≤ 0."""
    if ratio >= 1:
        return Verdict.KEPT
    if over:
        return Verdict.PARTIAL if ratio >= Fraction(3, 4) else Verdict.BROKEN
    return Verdict.STALLED if ratio <= 0 else Verdict.IN_PROGRESS


class TestCallerContext:
    @given(goal=long_amounts(positive=True), figure=long_amounts(), over=st.booleans())
    def test_suggestion_ignores_the_callers_context(self, goal, figure, over):
        """Under prec 5 / ROUND_FLOOR / Emax 10 the verdict follows R / T exactly (Fraction)."""
        (value, exact_value), (total, exact_total) = goal, figure
        target = Target(JOBS, value, period=TERM)
        p = progress(
            target, [Observation(Period.year(2019), total)], as_of=AFTER if over else DURING
        )
        with decimal.localcontext(**HOSTILE):
            verdict = suggest_verdict(p)
            contradiction = check_verdict(verdict, p)
        assert (_expected_verdict(exact_total / exact_value, over), None) == (
            verdict,
            contradiction,
        )

    @given(goal=long_amounts(positive=True), level=long_amounts(), verdict=st.sampled_from(Verdict))
    def test_lower_is_better_verdicts_ignore_the_callers_context(self, goal, level, verdict):
        """For a level, suggest_verdict and check_verdict give under a hostile context what they give by default."""
        (value, _), (figure, _) = goal, level
        top = Decimal(f"{'9' * 30}.{'9' * 30}")  # the largest amount: every drawn target is below
        target = Target(UNEMPLOYMENT, value, baseline=top, period=TERM)
        p = progress(target, [Observation(Period.year(2019), figure)], as_of=DURING)
        expected = (suggest_verdict(p), check_verdict(verdict, p))
        with decimal.localcontext(**HOSTILE):
            actual = (suggest_verdict(p), check_verdict(verdict, p))
        assert expected == actual

    def test_messages_write_plain_digits_under_any_context(self):
        """A level of 1E+5 against 2E+5 reads "100000 against a target of 200000", capitals or not."""
        target = Target(UNEMPLOYMENT, "1E+5", baseline="2E+5", period=TERM)
        p = progress(target, [Observation(Period.year(2019), "15E+4")], as_of=DURING)
        expected = (
            "recorded KEPT, but the numbers show 150000 against a target of 100000 (50.00 %), "
            "50000 short"
        )
        with decimal.localcontext(capitals=0):
            lower = _words(Verdict.KEPT, p)
        assert (expected, expected) == (_words(Verdict.KEPT, p), lower)
