"""The chart tells its story: every claim in view, who said it and when, what it leaves out, whence.

Each chart here is drawn on a figure of the size :func:`pledgekit.chart.save` writes
(1000 × 600 pixels, constrained layout) and drawn once with the Agg renderer, so that
the labels stand where a reader sees them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from pledgekit import (
    Accumulation,
    Case,
    Claim,
    ClaimKind,
    Direction,
    Indicator,
    Membership,
    Observation,
    Organization,
    Period,
    Person,
    Pledge,
    Source,
    Target,
    TargetAssessment,
)
from pledgekit.cli import main
from pledgekit.io import load

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.text import Text

BEKASI = Path(__file__).parent.parent / "examples" / "bekasi" / "case.toml"

ROADS = Indicator(
    "Jalan provinsi kondisi mantap",
    "km",
    direction=Direction.INCREASE,
    accumulation=Accumulation.SUM,
)
TERM = Period.years(2019, 2023)
ROAD_TARGET = Target(ROADS, 1000, period=TERM)
END_2021 = dt.date(2021, 12, 31)
GOVERNOR = Membership(Person("Ridwan Kamil"), post="Gubernur Jawa Barat")
#: 200 + 250 + 230 = 680 km by the end of 2021.
ROAD_FIGURES = [
    Observation(Period.year(2019), 200),
    Observation(Period.year(2020), 250),
    Observation(Period.year(2021), 230),
]
#: The governor's 1,200 km (above the 1,000 km target) and an unattributed 300 km
#: (below the 680 km reported), both about the end of 2021.
HIGH_AND_LOW = [
    Claim(ClaimKind.ACHIEVED, 1200, END_2021, stated_on=dt.date(2022, 1, 10), speaker=GOVERNOR),
    Claim(ClaimKind.ACHIEVED, 300, END_2021),
]


@pytest.fixture
def chart() -> Any:
    """The chart module, or a skip when matplotlib is not installed."""
    pytest.importorskip("matplotlib")
    from pledgekit import chart

    return chart


def _assessed(
    claims: list[Claim], figures: list[Observation] = ROAD_FIGURES, **kwargs: Any
) -> TargetAssessment:
    """The one road target of a case made of it, assessed at its own latest date."""
    case = Case(
        "Jalan",
        indicators=[ROADS],
        targets=[kwargs.pop("target", ROAD_TARGET)],
        observations=figures,
        claims=claims,
        **kwargs,
    )
    (assessed,) = case.assess().targets
    return assessed


def _drawn(chart: Any, assessed: TargetAssessment, lang: str = "id") -> Axes:
    """The burn-up chart on a figure as save() makes it, drawn once with Agg."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(10, 6), dpi=100, layout="constrained")
    FigureCanvasAgg(figure)
    ax: Axes = chart.plot(assessed, ax=figure.add_subplot(), lang=lang)
    figure.canvas.draw()
    return ax


def _texts(ax: Axes) -> list[Text]:
    """Every text artist on the Axes and its insets."""
    return [t for a in (ax, *ax.child_axes) for t in a.texts]


def _words(ax: Axes) -> list[str]:
    return [t.get_text() for t in _texts(ax)]


def _label(ax: Axes, words: str) -> Text:
    (found,) = [t for t in _texts(ax) if t.get_text() == words]
    return found


def _box(label: Text) -> Any:
    """The box of a label's words, as drawn (its leader line left out)."""
    from matplotlib.text import Text

    figure = label.get_figure(root=True)
    assert figure is not None
    return Text.get_window_extent(label, figure.canvas.get_renderer())  # type: ignore[attr-defined]


def _inside_the_figure(label: Text) -> bool:
    figure = label.get_figure(root=True)
    assert figure is not None
    box, frame = _box(label), figure.bbox
    return bool(
        frame.x0 <= box.x0 and box.x1 <= frame.x1 and frame.y0 <= box.y0 and box.y1 <= frame.y1
    )


def _claim_levels(ax: Axes) -> list[float]:
    """The level of every claim marker (error bar containers) on the Axes."""
    return [y for c in ax.containers for y in c.lines[0].get_ydata()]  # type: ignore[attr-defined]


def _apart(labels: list[Text]) -> bool:
    """Whether no two labels' boxes overlap."""
    boxes = [_box(label) for label in labels]
    return not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])


def _source_line(ax: Axes) -> str:
    """The sources' line under the chart, its wrapping undone."""
    (line,) = [w for w in _words(ax) if w.startswith(("Sumber:", "Source:", "Sources:"))]
    return line.replace("\n", " ")


class TestEveryClaimInView:
    def test_a_claim_above_the_target_and_one_below_the_figures(self, chart: Any) -> None:
        """The governor's 1,200 km of a 1,000 km target and a 300 km below the 680 reported."""
        ax = _drawn(chart, _assessed(HIGH_AND_LOW))
        low, high = ax.get_ylim()
        assert [1200, 300] == sorted(_claim_levels(ax), reverse=True)
        assert low <= 300 and 1200 < high
        high_label = _label(ax, "klaim 1.200\nRidwan Kamil, 10 Januari 2022")
        low_label = _label(ax, "klaim 300\npembicara tidak disebut, per 31 Desember 2021")
        assert _inside_the_figure(high_label) and _inside_the_figure(low_label)

    def test_the_projection_is_in_view(self, chart: Any) -> None:
        """100, 100 and 600 km: 800 by 2021, then 600 / 365 a day for 730 days: 2,000 km."""
        figures = [
            Observation(Period.year(2019), 100),
            Observation(Period.year(2020), 100),
            Observation(Period.year(2021), 600),
        ]
        ax = _drawn(chart, _assessed([], figures))
        (projection,) = [
            line for line in ax.get_lines() if str(line.get_label()).startswith("Proyeksi")
        ]
        # 800 + 600 / 365 × 730 = 800 + 1,200.
        assert [800, 2000] == pytest.approx(list(projection.get_ydata()))
        assert 2000 < ax.get_ylim()[1]

    def test_a_claim_before_the_period_is_in_view(self, chart: Any) -> None:
        """A claim about a day before the term: the x axis reaches back to it."""
        early = dt.date(2018, 10, 1)
        ax = _drawn(chart, _assessed([Claim(ClaimKind.ACHIEVED, 50, early)]))
        left, right = ax.get_xlim()
        assert left < early.toordinal() < right
        assert _inside_the_figure(
            _label(ax, "klaim 50\npembicara tidak disebut, per 1 Oktober 2018")
        )

    def test_english(self, chart: Any) -> None:
        """In English: figures and dates in English notation."""
        ax = _drawn(chart, _assessed(HIGH_AND_LOW), lang="en")
        assert {
            "claim 1,200\nRidwan Kamil, 10 January 2022",
            "claim 300\nspeaker not named, as of 31 December 2021",
        } <= set(_words(ax))


class TestSpeakers:
    @pytest.mark.parametrize(
        ("speaker", "expected"),
        [
            # A person: the name with honorifics (the post would make the label long).
            (
                Membership(Person("Lilis", honorific_prefix="Dra."), post="Kepala Bidang"),
                "Dra. Lilis",
            ),
            (Membership(post="Gubernur Jawa Barat"), "Gubernur Jawa Barat"),
            (
                Membership(role="juru bicara", organization=Organization("Dinas Bina Marga")),
                "juru bicara, Dinas Bina Marga",
            ),
            (Membership(organization=Organization("Dinas Bina Marga")), "Dinas Bina Marga"),
        ],
    )
    def test_the_speaker_in_short(self, chart: Any, speaker: Membership, expected: str) -> None:
        """A name, else the post or role and the organization."""
        claim = Claim(ClaimKind.ACHIEVED, 1200, END_2021, speaker=speaker)
        ax = _drawn(chart, _assessed([claim]))
        assert f"klaim 1.200\n{expected}, per 31 Desember 2021" in _words(ax)


class TestLabelsApart:
    def test_claims_close_together(self, chart: Any) -> None:
        """Five claims 10 km apart on a 1,000 km axis: their labels do not overlap."""
        claims = [
            Claim(ClaimKind.ACHIEVED, level, END_2021, speaker=GOVERNOR)
            for level in (400, 410, 420, 430, 440)
        ]
        ax = _drawn(chart, _assessed(claims))
        labels = [
            _label(ax, f"klaim {level}\nRidwan Kamil, per 31 Desember 2021")
            for level in (400, 410, 420, 430, 440)
        ]
        assert _apart(labels)
        assert all(_inside_the_figure(label) for label in labels)
        # Each label still points at its own marker.
        assert [400, 410, 420, 430, 440] == [label.xy[1] for label in labels]

    def test_many_claims_on_one_day_fit_in_smaller_type(self, chart: Any) -> None:
        """Eighteen two-line labels are taller than the axes: set smaller, they fit apart."""
        claims = [Claim(ClaimKind.ACHIEVED, 300 + 10 * k, END_2021) for k in range(18)]
        ax = _drawn(chart, _assessed(claims))
        labels = [t for t in _texts(ax) if t.get_text().startswith("klaim")]
        assert 18 == len(labels)
        assert all(4 <= label.get_fontsize() < 9 for label in labels)
        assert _apart(labels)
        frame = ax.bbox
        assert all(frame.y0 <= _box(label).y0 and _box(label).y1 <= frame.y1 for label in labels)

    def test_claims_on_different_dates_close_together(self, chart: Any) -> None:
        """Claims a month apart at nearly one level: their labels, and the sum's, do not overlap."""
        claims = [
            Claim(ClaimKind.ACHIEVED, 600 + k, dt.date(2021, 12 - k, 28 - k)) for k in range(4)
        ]
        ax = _drawn(chart, _assessed(claims))
        labels = [t for t in _texts(ax) if t.get_text().startswith("klaim")]
        assert 4 == len(labels)
        (total,) = [t for t in _texts(ax) if t.get_text() == "680 (68,00 %)"]
        assert _apart([*labels, total])
        assert all(_inside_the_figure(label) for label in labels)

    def test_a_claim_at_the_start_of_the_term(self, chart: Any) -> None:
        """A claim at the left edge: its label stands to the right, inside the figure."""
        claim = Claim(ClaimKind.ACHIEVED, 900, TERM.start, speaker=GOVERNOR)
        ax = _drawn(chart, _assessed([claim]))
        label = _label(ax, "klaim 900\nRidwan Kamil, per 1 Januari 2019")
        assert _inside_the_figure(label)
        marker_x = ax.transData.transform((TERM.start.toordinal(), 900))[0]
        assert marker_x < _box(label).x0

    def test_a_claim_far_from_the_inset_is_labelled_on_the_chart(self, chart: Any) -> None:
        """670 beside the 680 reported gets an inset; a claim of 2019 stands outside its days."""
        claims = [
            Claim(ClaimKind.ACHIEVED, 670, END_2021),
            Claim(ClaimKind.ACHIEVED, 150, dt.date(2019, 6, 30)),
        ]
        ax = _drawn(chart, _assessed(claims))
        (inset,) = ax.child_axes
        close = _label(ax, "klaim 670\npembicara tidak disebut\nper 31 Desember 2021")
        early = _label(ax, "klaim 150\npembicara tidak disebut, per 30 Juni 2019")
        assert (close.axes, early.axes) == (inset, ax)
        assert _inside_the_figure(close) and _inside_the_figure(early)

    def test_bekasi_in_its_inset(self, chart: Any) -> None:
        """Bekasi's three claims, 724 apart on a 150,000 axis, are labelled apart in the inset."""
        ax = _drawn(chart, load(BEKASI).assess().targets[0])
        (inset,) = ax.child_axes
        labels = [
            _label(ax, "klaim 141.000\nDra. Lilis Kusbandiah MM\n22 Juli 2022"),
            _label(ax, "klaim 141.624\nDinas Tenaga Kerja Kota Bekasi\n22 Juli 2022"),
            _label(ax, "sisa 8.276 → 141.724\nDinas Tenaga Kerja Kota Bekasi\n22 Juli 2022"),
        ]
        assert all(label.axes is inset for label in labels)
        assert _apart([*labels, _label(ax, "146.305 (97,54 %)")])
        assert all(_inside_the_figure(label) for label in labels)

    @settings(max_examples=15)  # each example draws a figure: kept few, in CI too
    @given(
        claims=st.lists(
            st.tuples(
                st.one_of(st.integers(0, 999), st.integers(1001, 2000)),
                st.integers(0, TERM.days - 1),
                st.sampled_from([None, GOVERNOR]),
            ),
            min_size=1,
            max_size=5,
        )
    )
    def test_any_claims_are_in_view_apart_and_inside(
        self, claims: list[tuple[int, int, Membership | None]]
    ) -> None:
        """Up to five claims anywhere in the term, below the target or above it up to twice."""
        pytest.importorskip("matplotlib")
        from pledgekit import chart

        made = [
            Claim(ClaimKind.ACHIEVED, level, TERM.start + dt.timedelta(days=day), speaker=who)
            for level, day, who in claims
        ]
        event("a claim above the target" if any(c[0] > 1000 for c in claims) else "none above")
        ax = _drawn(chart, _assessed(made))
        event("labelled in an inset" if ax.child_axes else "no inset")
        low, high = ax.get_ylim()
        assert all(low <= level <= high for level, _, _ in claims)
        labels = [t for t in _texts(ax) if t.get_text().startswith("klaim")]
        assert len(made) == len(labels)
        assert _apart(labels)
        assert all(_inside_the_figure(label) for label in labels)

    def test_a_broken_name_and_title_are_drawn_escaped(self, chart: Any, tmp_path: Path) -> None:
        """A lone surrogate in a speaker's name or a source's title is drawn as its escape."""
        broken = Source("harian\ud800", "Judul \udfff")
        claim = Claim(
            ClaimKind.ACHIEVED, 900, END_2021, speaker=Membership(post="Wali\ud800"), source=broken
        )
        assessed = _assessed([claim], sources=[broken])
        svg = chart.save(assessed, tmp_path / "x.svg").read_text(encoding="utf-8")
        assert svg.startswith("<?xml")
        ax = _drawn(chart, assessed)
        assert "klaim 900\nWali\\ud800, per 31 Desember 2021" in _words(ax)
        assert "Sumber: harian\\ud800, “Judul \\udfff”" == _source_line(ax)


class TestNotDrawn:
    def test_each_claim_without_a_level_is_listed_with_why(self, chart: Any) -> None:
        """A rate, a claim of the target met and a year's value: a note line each, with why."""
        claims = [
            Claim(
                ClaimKind.RATE,
                20,
                END_2021,
                per="month",
                period=Period.year(2021),
                speaker=GOVERNOR,
                stated_on=dt.date(2022, 1, 10),
            ),
            Claim(ClaimKind.MET, None, END_2021),
            Claim(ClaimKind.PERIOD_VALUE, 230, END_2021, period=Period.year(2021)),
        ]
        ax = _drawn(chart, _assessed(claims))
        assert [] == _claim_levels(ax)
        (notes,) = [w for w in _words(ax) if w.startswith("Tidak digambar")]
        expected = [
            "Tidak digambar: rata-rata 20 per bulan selama 2021 (Ridwan Kamil, 10 Januari"
            " 2022): laju, bukan level",
            "Tidak digambar: target tercapai per 31 Desember 2021 (pembicara tidak disebut,"
            " per 31 Desember 2021): tanpa angka",
            "Tidak digambar: 230 untuk 2021 (pembicara tidak disebut, per 31 Desember 2021):"
            " angka satu periode, bukan level yang dicapai",
        ]
        # Each note a line of its own (a long one wraps onto more).
        assert expected == [
            line.replace("\n", " ") for line in notes.replace("\nTidak", "\0Tidak").split("\0")
        ]
        # The rate claims are still counted in the legend, as before.
        assert "Klaim laju, tidak digambar (bukan level): 1" in ax.get_legend_handles_labels()[1]

    def test_drawn_claims_make_no_note(self, chart: Any) -> None:
        """Claims that state a level are drawn, not listed."""
        ax = _drawn(chart, _assessed(HIGH_AND_LOW))
        assert [] == [w for w in _words(ax) if w.startswith("Tidak digambar")]

    def test_the_yearly_chart_lists_the_claims(self, chart: Any) -> None:
        """A yearly chart draws no claim: it lists each, in English too."""
        target = Target(
            ROADS,
            1000,
            period=TERM,
            schedule={Period.year(year): 200 for year in range(2019, 2024)},
        )
        assessed = _assessed([HIGH_AND_LOW[1]], target=target)
        from matplotlib.figure import Figure

        ax = chart.plot_years(assessed, ax=Figure(layout="constrained").add_subplot(), lang="en")
        expected = (
            "Not drawn: 300 achieved as of 31 December 2021 (speaker not named, as of"
            " 31 December 2021): the yearly chart draws no claims"
        )
        assert expected in [w.replace("\n", " ") for w in _words(ax)]


A = Source("pu.jabarprov.go.id", "Laporan Kinerja 2021", published=dt.date(2022, 3, 1))
B = Source("kompas.com", "Gubernur: 1.200 km jalan mantap", published=dt.date(2022, 1, 11))
C = Source("KPU Jawa Barat", "Visi dan misi pasangan calon")  # undated


class TestSources:
    def _cited(self) -> TargetAssessment:
        """Figures cite A, the governor's claim B (twice), the pledge C."""
        figures = [
            Observation(Period.year(2019), 200, source=A),
            Observation(Period.year(2020), 250, source=A),
        ]
        claims = [
            Claim(ClaimKind.ACHIEVED, 1200, END_2021, speaker=GOVERNOR, source=B),
            Claim(ClaimKind.ACHIEVED, 1100, END_2021, speaker=GOVERNOR, source=B),
        ]
        pledge = Pledge("Jalan mantap 1.000 km", targets=[ROAD_TARGET], source=C)
        return _assessed(claims, figures, sources=[C, A, B], pledges=[pledge])

    def test_each_source_once_by_date(self, chart: Any) -> None:
        """Dated sources by date (B of January before A of March), the undated C last."""
        ax = _drawn(chart, self._cited())
        expected = (
            "Sumber: kompas.com, “Gubernur: 1.200 km jalan mantap”, 11 Januari 2022;"
            " pu.jabarprov.go.id, “Laporan Kinerja 2021”, 1 Maret 2022;"
            " KPU Jawa Barat, “Visi dan misi pasangan calon”"
        )
        assert expected == _source_line(ax)

    def test_english_sources(self, chart: Any) -> None:
        """In English: "Sources:" for several, dates in English."""
        ax = _drawn(chart, self._cited(), lang="en")
        assert _source_line(ax).startswith(
            "Sources: kompas.com, “Gubernur: 1.200 km jalan mantap”, 11 January 2022;"
        )

    def test_no_source(self, chart: Any) -> None:
        """A case that cites no source says so, rather than leaving the reader to wonder."""
        ax = _drawn(chart, _assessed(HIGH_AND_LOW))
        assert "Sumber: tidak ada yang dicantumkan dalam kasus" == _source_line(ax)
        ax = _drawn(chart, _assessed(HIGH_AND_LOW), lang="en")
        assert "Source: none cited in the case" == _source_line(ax)

    def test_a_long_line_wraps_inside_the_figure(self, chart: Any) -> None:
        """Twelve long titles wrap onto several lines, all inside the figure."""
        many = [
            Source("harian.example", f"Laporan panjang nomor {n} tentang jalan provinsi di Jawa")
            for n in range(12)
        ]
        figures = [Observation(Period.year(2019), 20, source=s) for s in many]
        ax = _drawn(chart, _assessed([], figures, sources=many))
        (line,) = [t for t in _texts(ax) if t.get_text().startswith("Sumber:")]
        assert line.get_text().count("\n") >= 3
        assert _inside_the_figure(line)
        assert all(f"nomor {n} tentang" in _source_line(ax) for n in range(12))

    def test_a_page_credits_its_charts_once(self, chart: Any) -> None:
        """On a page of small multiples, one sources' line at its foot, none in its cells."""
        (page,) = chart.pages(
            Case(
                "Jalan",
                indicators=[ROADS],
                targets=[ROAD_TARGET],
                observations=[Observation(Period.year(2019), 200, source=A)],
                sources=[A],
            ).assess()
        )
        foot = page.get_supxlabel()
        assert "Sumber: pu.jabarprov.go.id, “Laporan Kinerja 2021”, 1 Maret 2022" == foot
        assert [] == [w for ax in page.axes for w in _words(ax) if w.startswith("Sumber")]


class TestBekasi:
    def test_the_chart_credits_the_article(self, chart: Any) -> None:
        """The Bekasi chart: the article, once, as the case file cites it."""
        ax = _drawn(chart, load(BEKASI).assess().targets[0])
        expected = (
            "Sumber: rilisinfo.com, “Disnaker Penuhi Janji Kampanye Politik Wali Kota Bekasi"
            " Serap 150.000 Tenaga Kerja”, 22 Juli 2022"
        )
        assert expected == _source_line(ax)

    def test_the_command_writes_it(self, chart: Any, tmp_path: Path) -> None:
        """`pledgekit chart` writes the labels and the sources' line (SVG text, to read back)."""
        import matplotlib

        out = tmp_path / "bekasi.svg"
        with matplotlib.rc_context({"svg.fonttype": "none"}):
            assert 0 == main(["chart", str(BEKASI), "-o", str(out), "--lang", "en"])
        svg = out.read_text(encoding="utf-8")
        for words in ("Dra. Lilis Kusbandiah MM", "22 July 2022", "Source: rilisinfo.com"):
            assert words in svg


def test_a_note_under_an_axis_that_draws_nothing() -> None:
    """An x axis with no box (hidden) puts the note under the axes' frame, not an error."""
    import matplotlib.pyplot as plt

    from pledgekit.chart._labels import note

    figure, ax = plt.subplots()
    try:
        ax.xaxis.set_visible(False)
        written = note(ax, "Source: none cited in the case", None, fontsize=8)
        figure.canvas.draw()
        renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
        under = written.get_window_extent(renderer)
        assert under.y1 <= ax.get_window_extent(renderer).y0
    finally:
        plt.close(figure)
