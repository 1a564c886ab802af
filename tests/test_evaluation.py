"""Tests for Evaluation and Case.assess(evaluation=...): one settings object, applied once."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pledgekit import (
    Accumulation,
    Assessment,
    Case,
    Direction,
    Evaluation,
    Indicator,
    InvalidValueError,
    Observation,
    PaceStatus,
    PaceThresholds,
    Period,
    Straddling,
    Target,
    TargetAssessment,
)
from pledgekit.methods.permendagri86 import (
    BandPolicy,
    LowerIsBetter,
    Predikat,
    progress_capaian,
)
from pledgekit.strategies import cases
from pledgekit.verdicts import VerdictRules

JOBS = Indicator("Jobs", "persons", direction=Direction.INCREASE, accumulation=Accumulation.SUM)
RATE = Indicator(
    "Unemployment", "%", direction=Direction.DECREASE, accumulation=Accumulation.LAST, id="rate"
)


def _jobs_case(value: int | str = 40, target: int = 100) -> Case:
    """A 2019–2020 jobs target with one 2019 figure."""
    goal = Target(JOBS, target, period=Period.years(2019, 2020))
    figures = [Observation(Period.year(2019), value)]
    return Case("Jobs", indicators=[JOBS], targets=[goal], observations=figures)


def _only(assessment: Assessment) -> TargetAssessment:
    (item,) = assessment.targets
    return item


class TestEvaluationFields:
    def test_defaults_are_the_librarys(self) -> None:
        """Evaluation() holds the defaults every function uses when given nothing."""
        expected = (
            PaceThresholds(),
            None,
            LowerIsBetter.TWO_T_MINUS_R,
            BandPolicy.HALF_OPEN,
            None,
            VerdictRules(),
        )
        settings = Evaluation()
        assert expected == (
            settings.thresholds,
            settings.straddling,
            settings.lower_is_better,
            settings.band_policy,
            settings.clamp,
            settings.verdict_rules,
        )

    def test_straddling_and_clamp_are_converted(self) -> None:
        """'include' becomes Straddling.INCLUDE; a clamp of strings becomes exact Fractions."""
        settings = Evaluation(straddling="include", clamp=("0", "100.5"))
        assert (Straddling.INCLUDE, (Fraction(0), Fraction(201, 2))) == (
            settings.straddling,
            settings.clamp,
        )

    def test_frozen_and_keyword_only(self) -> None:
        """Settings cannot change once made, and are given by name only."""
        settings = Evaluation()
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            settings.clamp = (0, 100)  # type: ignore[misc]
        with pytest.raises(TypeError):
            Evaluation(PaceThresholds())  # type: ignore[misc]

    def test_policies_by_their_values(self) -> None:
        """Each policy may be named by its value, as a case file or a command line would."""
        settings = Evaluation(
            straddling="include", lower_is_better="t_over_r", band_policy="round_first"
        )
        assert (Straddling.INCLUDE, LowerIsBetter.T_OVER_R, BandPolicy.ROUND_FIRST) == (
            settings.straddling,
            settings.lower_is_better,
            settings.band_policy,
        )

    @pytest.mark.parametrize(
        ("field", "value", "expected"),
        [
            ("thresholds", 0.95, "a pledgekit.PaceThresholds"),
            ("straddling", "half", "'exclude' or 'include'"),
            ("lower_is_better", "2T-R", "a LowerIsBetter, '2t_minus_r' or 't_over_r'"),
            ("band_policy", "half", "a BandPolicy, 'half_open' or 'round_first'"),
            ("clamp", 5, "None or a (low, high) pair"),
            ("clamp", (100, 0), "low <= high"),
            ("clamp", (0.0, 100), "floats are refused"),
            ("verdict_rules", {}, "a pledgekit.verdicts.VerdictRules"),
        ],
    )
    def test_bad_values_name_the_field(self, field: str, value: object, expected: str) -> None:
        """A bad setting is an InvalidValueError naming Evaluation.<field> and what was expected."""
        with pytest.raises(InvalidValueError) as caught:
            Evaluation(**{field: value})  # type: ignore[arg-type]
        message = str(caught.value)
        assert (True, True) == (message.startswith(f"Evaluation.{field}"), expected in message)


class TestAssessWithSettings:
    def test_the_assessment_records_its_settings(self) -> None:
        """The Evaluation given is the one recorded; none given records the defaults."""
        settings = Evaluation(clamp=(0, 100))
        case = _jobs_case()
        assert (settings, Evaluation()) == (
            case.assess(evaluation=settings).evaluation,
            case.assess().evaluation,
        )

    def test_thresholds_reach_the_status(self) -> None:
        """40 of 100 after 365 of 731 days: pace (40/100) / (365/731) = 0.8011; on track from 0.8."""
        case = _jobs_case()
        when = dt.date(2019, 12, 31)
        strict = Evaluation(thresholds=PaceThresholds(on_track="0.8"))
        default, lenient = _only(case.assess(when)), _only(case.assess(when, evaluation=strict))
        assert Fraction(40, 100) / Fraction(365, 731) == default.progress.pace_index
        assert (PaceStatus.NEEDS_ACCELERATION, PaceStatus.ON_TRACK) == (
            default.progress.status,
            lenient.progress.status,
        )

    def test_lower_is_better_formula(self) -> None:
        """Target 5.5, level 5.9: (11 − 5.9) / 5.5 × 100 = 1020/11; T / R: 5.5 / 5.9 × 100 = 5500/59."""
        goal = Target(RATE, "5.5", baseline="7", period=Period.years(2019, 2020))
        case = Case(
            "Rate",
            indicators=[RATE],
            targets=[goal],
            observations=[Observation(Period.year(2020), "5.9")],
        )
        t_over_r = Evaluation(lower_is_better=LowerIsBetter.T_OVER_R)
        assert (Fraction(1020, 11), Fraction(5500, 59)) == (
            _only(case.assess()).capaian.value,
            _only(case.assess(evaluation=t_over_r)).capaian.value,
        )

    def test_clamp(self) -> None:
        """56,000 of 30,000 is 186⅔ % raw; clamped to (0, 100) it is 100."""
        case = _jobs_case(56000, 30000)
        clamped = Evaluation(clamp=(0, 100))
        assert (Fraction(560, 3), Fraction(100)) == (
            _only(case.assess()).capaian.value,
            _only(case.assess(evaluation=clamped)).capaian.value,
        )

    def test_band_policy(self) -> None:
        """181 of 200 is 90.5 %: half-open bands say Tinggi; rounded first (91), Sangat Tinggi."""
        case = _jobs_case(181, 200)
        first = Evaluation(band_policy=BandPolicy.ROUND_FIRST)
        assert (Predikat.TINGGI, Predikat.SANGAT_TINGGI) == (
            _only(case.assess()).capaian.predikat,
            _only(case.assess(evaluation=first)).capaian.predikat,
        )

    def test_straddling_applies_to_every_target(self) -> None:
        """A 2018 figure straddles a term from 2018-07-01: counted only with straddling 'include'."""
        goal = Target(JOBS, 100, period=Period(dt.date(2018, 7, 1), dt.date(2020, 6, 30)))
        figures = [Observation(Period.year(2018), 30), Observation(Period.year(2019), 40)]
        case = Case("Jobs", indicators=[JOBS], targets=[goal], observations=figures)
        include = Evaluation(straddling="include")
        assert (Decimal(40), Decimal(70)) == (
            _only(case.assess()).progress.achieved,
            _only(case.assess(evaluation=include)).progress.achieved,
        )

    def test_no_figure_no_capaian(self) -> None:
        """A target with no counted figure carries a capaian result with no value and the reason."""
        goal = Target(JOBS, 100, period=Period.years(2019, 2020))
        case = Case("Jobs", indicators=[JOBS], targets=[goal])
        rated = _only(case.assess()).capaian
        assert (None, None, "no_figure") == (rated.value, rated.predikat, rated.reason.value)

    def test_bad_evaluation_is_refused(self) -> None:
        """Anything but an Evaluation is refused, naming the argument."""
        with pytest.raises(InvalidValueError, match=r"Case\.assess\(evaluation\)"):
            _jobs_case().assess(evaluation={"clamp": (0, 100)})  # type: ignore[arg-type]

    def test_the_old_keywords_are_gone(self) -> None:
        """straddling= and verdict_rules= are settings of the Evaluation now."""
        with pytest.raises(TypeError):
            _jobs_case().assess(straddling="include")  # type: ignore[call-arg]
        with pytest.raises(TypeError):
            _jobs_case().assess(verdict_rules=VerdictRules())  # type: ignore[call-arg]

    def test_results_are_keyword_only_and_frozen(self) -> None:
        """TargetAssessment and Assessment take their fields by name and do not change."""
        assessment = _jobs_case().assess()
        item = _only(assessment)
        with pytest.raises(TypeError):
            TargetAssessment(item.target, item.progress)  # type: ignore[misc,call-arg]
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            assessment.as_of = None  # type: ignore[misc]

    @given(case=cases(), settings=st.from_type(Evaluation))
    def test_capaian_is_the_methods_with_the_settings(
        self, case: Case, settings: Evaluation
    ) -> None:
        """Each target's capaian is progress_capaian of its progress with the settings' options."""
        for item in case.assess(evaluation=settings).targets:
            assert item.capaian == progress_capaian(
                item.progress,
                formula=settings.lower_is_better,
                clamp=settings.clamp,
                policy=settings.band_policy,
            )
