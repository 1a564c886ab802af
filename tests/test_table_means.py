"""Group means of the table path: what guard digits decide, and what they leave to exact arithmetic.

A group's mean is known to lie in ``[total, total + count) / (count × 10**guard)``, the
rates floored at ``guard`` places. Where no band edge and no rounding point lies strictly
inside, the band and the figure shown are decided there; else the mean is computed
exactly. Every expected value is worked out by hand below.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

pa = pytest.importorskip("pyarrow")

from pledgekit import Evaluation  # noqa: E402
from pledgekit.methods.permendagri86 import BandPolicy  # noqa: E402
from pledgekit.table import evaluate  # noqa: E402
from pledgekit.table._compute import _decided, _edges  # noqa: E402

HALF_OPEN = _edges(BandPolicy.HALF_OPEN)  # 91, 76, 66, 51
ROUND_FIRST = _edges(BandPolicy.ROUND_FIRST)  # 90.5, 75.5, 65.5, 50.5


class TestDecided:
    def test_inside_a_band(self) -> None:
        """80.12345678 (one rate, 8 guard digits): Tinggi (band 1), shown 80.12."""
        decided = _decided(8012345678, 1, 8, HALF_OPEN, 2)
        assert (1, 8012) == decided
        assert all(type(part) is int for part in decided or ())

    def test_up_to_an_edge(self) -> None:
        """[90.99999999, 91): below 91 whatever the mean, so Tinggi, shown 90.99 not 91.00."""
        assert (1, 9099) == _decided(9099999999, 1, 8, HALF_OPEN, 2)
        # Rounded first, 90.99999999 is 91 (from 90.5 on): Sangat Tinggi, shown 91.00.
        assert (0, 9100) == _decided(9099999999, 1, 8, ROUND_FIRST, 2)

    def test_an_edge_strictly_inside(self) -> None:
        """Two rates summing 181.99999999: the mean is in [90.999999995, 91.000000005)."""
        assert _decided(18199999999, 2, 8, HALF_OPEN, 2) is None

    def test_a_rounding_point_strictly_inside(self) -> None:
        """[80.124999995, 80.125000005) holds 80.125, where half-up rounding turns."""
        assert _decided(16024999999, 2, 8, HALF_OPEN, 2) is None

    def test_negative_means(self) -> None:
        """-80.125 exactly rounds away from zero, the values above it not: left to exact."""
        assert _decided(-8012500000, 1, 8, HALF_OPEN, 2) is None
        # [-5.001, -5.00099999): Sangat Rendah (band 4), shown -5.00.
        assert (4, -500) == _decided(-500100000, 1, 8, HALF_OPEN, 2)

    def test_exactly_on_the_edge_under_round_first(self) -> None:
        """90.50 is reached by rounding first (Sangat Tinggi); half-open reads it Tinggi."""
        assert (0, 9050) == _decided(9050000000, 1, 8, ROUND_FIRST, 2)
        assert (1, 9050) == _decided(9050000000, 1, 8, HALF_OPEN, 2)


def _region(targets: list[str], figures: list[str]) -> dict[str, Any]:
    n = len(targets)
    table = pa.table(
        {
            "region": ["A"] * n,
            "indicator": [f"i{k}" for k in range(n)],
            "direction": ["increase"] * n,
            "accumulation": ["sum"] * n,
            "unit": ["u"] * n,
            "target": targets,
        }
    )
    values = pa.table(
        {
            "region": ["A"] * n,
            "indicator": [f"i{k}" for k in range(n)],
            "year": ["2020"] * n,
            "value": figures,
        }
    )
    result = evaluate(table, values, period="2019-2023")
    return {"group": result.groups.to_pylist()[0], "exact": result.exact_groups}


class TestGroups:
    def test_a_clear_mean_needs_no_exact_arithmetic(self) -> None:
        """80 and 60 of 100: the mean 70 is Sedang, decided by guard digits alone."""
        got = _region(["100", "100"], ["80", "60"])
        assert ((Decimal("70.00"), "sedang"), 0) == (
            (got["group"]["mean_capaian"], got["group"]["predikat"]),
            got["exact"],
        )

    def test_a_mean_on_an_edge_from_thirds(self) -> None:
        """206/3 and 250/3 % (206 and 250 of 300): the mean is exactly 76, Tinggi, decided exactly.

        Floored at 8 guard digits the rates are 68.66666666 and 83.33333333, whose mean
        76 - 0.000000005 lies below 76: only the exact mean puts it on the edge.
        """
        got = _region(["300", "300"], ["206", "250"])
        assert ((Decimal("76.00"), "tinggi"), 1) == (
            (got["group"]["mean_capaian"], got["group"]["predikat"]),
            got["exact"],
        )

    def test_a_mean_under_an_edge_by_less_than_the_guard(self) -> None:
        """(91 - 10**-12) and 91: the mean is a hair below 91, Tinggi, shown 90.99."""
        got = _region(["100", "100000000000000"], ["91", "90999999999999"])
        # 90999999999999 of 100000000000000 is 90.999999999999 %.
        assert ((Decimal("90.99"), "tinggi"), 1) == (
            (got["group"]["mean_capaian"], got["group"]["predikat"]),
            got["exact"],
        )

    def test_under_round_first(self) -> None:
        """181 of 200 is 90.5 %: rounded first, 91, Sangat Tinggi; the mean too."""
        table = pa.table(
            {
                "region": ["A"],
                "indicator": ["i"],
                "direction": ["increase"],
                "accumulation": ["sum"],
                "unit": ["u"],
                "target": ["200"],
            }
        )
        values = pa.table({"region": ["A"], "indicator": ["i"], "year": ["2020"], "value": ["181"]})
        result = evaluate(
            table, values, period="2019-2023", settings=Evaluation(band_policy="round_first")
        )
        assert [("A", 1, 1, Decimal("90.50"), "sangat_tinggi")] == [
            tuple(row.values()) for row in result.groups.to_pylist()
        ]
