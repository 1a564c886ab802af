"""What a computation returns is built by keyword: no result class takes its fields by position."""

from __future__ import annotations

import attrs
import pytest

from pledgekit import Assessment, Explanation, Finding, Progress, TargetAssessment
from pledgekit.methods.permendagri86 import PeriodCapaian, RollUp, YearCapaian
from pledgekit.methods.sdg import SdgAssessment, UnsdAssessment
from pledgekit.text import Quantity

RESULTS = [
    Assessment,
    Explanation,
    Finding,
    PeriodCapaian,
    Progress,
    Quantity,
    RollUp,
    SdgAssessment,
    TargetAssessment,
    UnsdAssessment,
    YearCapaian,
]


class TestKeywordOnly:
    """Every field of a result class is keyword-only."""

    @pytest.mark.parametrize("cls", RESULTS, ids=lambda cls: cls.__name__)
    def test_every_field_keyword_only(self, cls: type) -> None:
        """No field of the result class can be given by position."""
        assert [] == [field.name for field in attrs.fields(cls) if not field.kw_only]

    def test_positional_construction_refused(self) -> None:
        """A year row given by position is a TypeError, not a row with its fields shifted."""
        with pytest.raises(TypeError):
            YearCapaian(2021, 30000, None, None, None)  # type: ignore[misc]
