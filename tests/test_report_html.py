"""The HTML report: one self-contained, accessible page; and the notebook's fragments."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import re
import sys
import threading
from fractions import Fraction
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pledgekit import (
    Accumulation,
    Assessment,
    Case,
    Claim,
    ClaimKind,
    Direction,
    Indicator,
    Membership,
    Observation,
    Period,
    Person,
    Pledge,
    Source,
    Target,
)
from pledgekit.cli import main
from pledgekit.exceptions import InvalidValueError
from pledgekit.io import load
from pledgekit.messages import catalogue
from pledgekit.report import (
    assessment_html,
    case_html,
    get_html_language,
    html_language,
    pledge_html,
    progress_html,
    render,
    render_audit,
    set_html_language,
)
from pledgekit.report._page_style import PALETTE, SEVERITY_TONES, STATUS_TONES, STYLE
from pledgekit.verdicts import Verdict, VerdictRecord

BEKASI = Path(__file__).parent.parent / "examples" / "bekasi" / "case.toml"
#: Elements that would load something from elsewhere or run a script.
FETCHING = {"script", "link", "img", "iframe", "object", "embed", "video", "audio", "source"}
#: Elements whose text stands apart from the text around it.
BLOCKS = {
    *("td", "th", "tr", "li", "p", "div", "dt", "dd", "caption", "table", "blockquote"),
    *("section", "ul", "ol", "figcaption", "title", "br", "h1", "h2", "h3", "h4", "h5", "h6"),
}


class Page(HTMLParser):
    """What the tests read from a page: its elements, headings, text and links."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.declarations: list[str] = []
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.headings: list[tuple[int, str]] = []
        self.texts: list[str] = []
        self.open: list[tuple[str, dict[str, str | None], list[str]]] = []
        self.closed: list[tuple[str, dict[str, str | None], str]] = []
        self.feed(page)
        self.close()

    def handle_decl(self, decl: str) -> None:
        self.declarations.append(decl)

    def _apart(self, tag: str) -> None:
        if tag in BLOCKS:
            self.handle_data(" ")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._apart(tag)
        attributes = dict(attrs)
        self.elements.append((tag, attributes))
        if tag not in {"meta", "br", "path", "use", "rect", "circle", "polyline", "line"}:
            self.open.append((tag, attributes, []))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        self._apart(tag)
        while self.open:
            name, attributes, words = self.open.pop()
            text = " ".join("".join(words).split())
            self.closed.append((name, attributes, text))
            if re.fullmatch(r"h[1-6]", name):
                self.headings.append((int(name[1]), text))
            if self.open:
                self.open[-1][2].append("".join(words))
            if name == tag:
                break

    def handle_data(self, data: str) -> None:
        self.texts.append(data)
        if self.open:
            self.open[-1][2].append(data)

    def text(self) -> str:
        """The page's text, white space collapsed."""
        return " ".join("".join(self.texts).split())

    def all(self, tag: str, cls: str | None = None) -> list[tuple[dict[str, str | None], str]]:
        """Each closed element ``tag`` (of class ``cls``): its attributes and its text."""
        return [
            (attributes, text)
            for name, attributes, text in self.closed
            if name == tag and (cls is None or cls in (attributes.get("class") or "").split())
        ]


@pytest.fixture(scope="module")
def bekasi() -> Assessment:
    return load(BEKASI).assess()


@pytest.fixture(scope="module")
def pages(bekasi: Assessment) -> dict[str, str]:
    """The Bekasi page in both languages (charts drawn once)."""
    return {lang: render(bekasi, format="html", lang=lang) for lang in ("en", "id")}


def _headline(page: Page) -> dict[str, str]:
    """The headline's terms and their values."""
    terms = [text for _, text in page.all("dt")]
    values = [text for _, text in page.all("dd")]
    return dict(zip(terms, values, strict=True))


def _verdict_case(source_url: str = "https://example.org/cek-fakta?id=1&lang=id") -> Case:
    """A pledge with two verdicts, the later one with a source and an address."""
    jobs = Indicator("Jobs", "persons", direction=Direction.INCREASE, accumulation=Accumulation.SUM)
    target = Target(jobs, 1000, period=Period.years(2020, 2023), id="jobs")
    check = Source(
        "Cek Fakta", "Janji kerja dinilai", url=source_url, published=dt.date(2022, 1, 5)
    )
    records = [
        VerdictRecord(dt.date(2021, 1, 4), Verdict.NOT_RATED, "too early to tell"),
        VerdictRecord(dt.date(2022, 1, 5), Verdict.IN_PROGRESS, "400 of 1,000 reported", check),
    ]
    pledge = Pledge("1.000 lapangan kerja", targets=[target], verdicts=records, id="kerja")
    return Case(
        "Jobs",
        pledges=[pledge],
        indicators=[jobs],
        targets=[target],
        observations=[Observation(Period.years(2020, 2021), 400)],
        sources=[check],
    )


class TestStructure:
    @pytest.mark.parametrize("lang", ["en", "id"])
    def test_a_whole_html5_document(self, pages: dict[str, str], lang: str) -> None:
        """Doctype, the language, the character set, the viewport and the case's title."""
        page = Page(pages[lang])
        assert pages[lang].startswith("<!doctype html>\n")
        assert ["doctype html"] == page.declarations
        [(html_attrs, _)] = page.all("html")
        assert lang == html_attrs["lang"]
        metas = [attrs for tag, attrs in page.elements if tag == "meta"]
        assert {"charset": "utf-8"} in metas
        assert any(m.get("name") == "viewport" for m in metas)
        # The document's title comes first; the chart's own title is inside its svg.
        assert ({}, "Kota Bekasi: 150.000 tenaga kerja (2018–2023)") == page.all("title")[0]

    @pytest.mark.parametrize("lang", ["en", "id"])
    def test_one_h1_and_headings_in_order(self, pages: dict[str, str], lang: str) -> None:
        """One h1, first; no heading goes more than one level deeper than the one before."""
        levels = [level for level, _ in Page(pages[lang]).headings]
        assert 1 == levels.count(1)
        assert 1 == levels[0]
        assert [] == [(a, b) for a, b in itertools.pairwise(levels) if b > a + 1]

    def test_every_table_header_has_a_scope_and_every_table_a_caption(
        self, pages: dict[str, str]
    ) -> None:
        """Each th has scope="col" or "row"; each table a caption."""
        page = Page(pages["en"])
        scopes = [attrs.get("scope") for tag, attrs in page.elements if tag == "th"]
        assert scopes
        assert set() == set(scopes) - {"col", "row"}
        tables = sum(1 for tag, _ in page.elements if tag == "table")
        captions = sum(1 for tag, _ in page.elements if tag == "caption")
        assert tables == captions

    @pytest.mark.parametrize("lang", ["en", "id"])
    def test_nothing_from_elsewhere(self, pages: dict[str, str], lang: str) -> None:
        """No script, link, image or frame; no src; no address but a link to a source."""
        page = Page(pages[lang])
        assert set() == {tag for tag, _ in page.elements} & FETCHING
        assert [] == [attrs for _, attrs in page.elements if "src" in attrs]
        hrefs = [attrs["href"] for _, attrs in page.elements if "href" in attrs]
        # Inside the chart, references to its own definitions only.
        assert all(href is not None and href.startswith("#pledgekit-chart-") for href in hrefs)
        assert [] == re.findall(r"https?://|@import|url\((?!#)", pages[lang])

    def test_the_chart_is_inline_svg_with_a_text_alternative(
        self, pages: dict[str, str], bekasi: Assessment
    ) -> None:
        """One svg, role="img", an aria-label naming what it shows, the same words as its title."""
        page = Page(pages["en"])
        svgs = [attrs for tag, attrs in page.elements if tag == "svg"]
        assert 1 == len(svgs)
        assert "img" == svgs[0]["role"]
        label = svgs[0]["aria-label"]
        assert label is not None
        assert "146,305 orang as of 30 June 2022" in label
        assert "150,000 orang" in label
        assert label.endswith("; the claims that state a level are marked on it")
        titles = [text for _, text in page.all("title")]
        assert label in titles
        [(_, caption)] = page.all("figcaption")
        assert label + "." == caption

    def test_the_same_case_gives_the_same_page(
        self, pages: dict[str, str], bekasi: Assessment
    ) -> None:
        """Drawn again, the page is the same to the byte: no date, no random identifier."""
        assert pages["id"] == render(bekasi, format="html", lang="id")


class TestContent:
    @pytest.mark.parametrize(
        ("lang", "expected"),
        [
            # 27,197 + 56,000 + 58,000 + 5,108 = 146,305 achieved; 146,305 / 150,000 =
            # 0.975366… = 97.54 %; 150,000 − 146,305 = 3,695 short; the last figure ends
            # on 30 June 2022; a pace index of 1.29 ≥ 0.95 is on track.
            (
                "en",
                {
                    "Target": "150,000 orang",
                    "Achieved": "146,305 orang",
                    "Progress": "97.54 %",
                    "Shortfall": "3,695 orang",
                    "As of": "30 June 2022",
                    "Status": "On track",
                },
            ),
            (
                "id",
                {
                    "Target": "150.000 orang",
                    "Realisasi": "146.305 orang",
                    "Kemajuan": "97,54 %",
                    "Sisa": "3.695 orang",
                    "Per tanggal": "30 Juni 2022",
                    "Status": "Sesuai jalur",
                },
            ),
        ],
    )
    def test_headline_numbers(
        self, pages: dict[str, str], bekasi: Assessment, lang: str, expected: dict[str, str]
    ) -> None:
        """The headline gives target, achieved, progress, shortfall, as of and status, as the text report does."""
        page = Page(pages[lang])
        assert expected == _headline(page)
        [(attributes, _)] = page.all("dl", "pledgekit-headline")
        assert catalogue(lang)["html_headline"] == attributes["aria-label"]  # type: ignore[arg-type]
        text = render(bekasi, lang=lang)  # type: ignore[arg-type]
        for term, value in expected.items():
            if term != "Target":
                assert re.search(rf"^  {re.escape(term)} +{re.escape(value)}$", text, re.M)

    def test_status_is_told_in_words_on_its_badge(self, pages: dict[str, str]) -> None:
        """The status badge carries its words, not only a colour."""
        badges = Page(pages["en"]).all("span", "pledgekit-badge")
        assert ({"class": "pledgekit-badge pledgekit-tone-good"}, "On track") in badges

    def test_every_finding_as_the_text_report_words_it(
        self, pages: dict[str, str], bekasi: Assessment
    ) -> None:
        """Each finding: severity in words, kind, and the text report's sentence, in order."""
        page = Page(pages["en"])
        items = [
            text
            for attrs, text in page.all("li")
            if (attrs.get("class") or "").startswith("pledgekit-")
        ]
        findings = bekasi.targets[0].findings
        assert 7 == len(findings) == len(items)
        w = catalogue("en")
        text_report = render(bekasi, lang="en")
        for finding, item in zip(findings, items, strict=True):
            sentence = w.finding(finding)
            assert item.startswith(f"{w.severity(finding.severity)} {w.kind(finding.kind)}.")
            assert sentence[:1].upper() + sentence[1:] + "." in item
            assert sentence[:1].upper() + sentence[1:] + "." in text_report
        severities = [item.split(" ", 1)[0] for item in items]
        assert ["Error"] * 4 + ["Warning"] * 2 + ["Note"] == severities

    @pytest.mark.parametrize(("lang", "stated"), [("en", "22 July 2022"), ("id", "22 Juli 2022")])
    def test_every_claim_with_its_speaker_and_date(
        self, pages: dict[str, str], bekasi: Assessment, lang: str, stated: str
    ) -> None:
        """A row per claim: its speaker as the row's header, the day it was stated."""
        page = Page(pages[lang])
        [(_, table)] = page.all("table", "pledgekit-claims")
        claims = bekasi.targets[0].claims
        assert 3 == len(claims)
        rows = [text for _, text in page.all("tr") if text.startswith(("Dra. ", "Dinas "))]
        speakers = [c.speaker.label for c in claims if c.speaker is not None]
        assert [
            "Dra. Lilis Kusbandiah MM, Kepala Bidang Penempatan Tenaga Kerja dan Perluasan "
            "Kesempatan Kerja, Dinas Tenaga Kerja Kota Bekasi",
            "Dinas Tenaga Kerja Kota Bekasi",
            "Dinas Tenaga Kerja Kota Bekasi",
        ] == speakers
        assert len(claims) == len(rows)
        for speaker, row in zip(speakers, rows, strict=True):
            assert row.startswith(f"{speaker} {stated} ")
        assert "Hingga bulan Juni ini sudah terserap 141.624 pencaker." in table

    def test_plan_pledge_and_suggested_verdict(self, pages: dict[str, str]) -> None:
        """The plan, the pledge in its words, its suggested verdict and the plan's program."""
        text = Page(pages["en"]).text()
        assert "Vision Bekasi Cerdas, Kreatif, Maju, Sejahtera dan Ihsan" in text
        assert "Penyerapan 150.000 tenaga kerja baru dalam periode kepemimpinan 2018-2023" in text
        assert "Suggested verdict In progress" in text
        assert "In the plan: Priority program 10 of 45: Pembukaan peluang" in text
        assert "No verdict recorded." in text
        # The pledge's words carry their own language inside the English page.
        assert [{"lang": "id"}] == [a for a, _ in Page(pages["en"]).all("blockquote")]

    @pytest.mark.parametrize(
        ("lang", "rows"),
        [
            (
                "en",
                [
                    "4 January 2021 Not rated — — too early to tell —",
                    "5 January 2022 In progress — — 400 of 1,000 reported "
                    "Cek Fakta, “Janji kerja dinilai”, 5 January 2022",
                ],
            ),
            (
                "id",
                [
                    "4 Januari 2021 Belum dinilai — — too early to tell —",
                    "5 Januari 2022 Dalam proses — — 400 of 1,000 reported "
                    "Cek Fakta, “Janji kerja dinilai”, 5 Januari 2022",
                ],
            ),
        ],
    )
    def test_verdict_history(self, lang: str, rows: list[str]) -> None:
        """Each verdict: date and verdict in the page's language, label, rater, rationale, source.

        These records give no tracker's label and no rater: a dash stands in each.
        """
        page = Page(render(_verdict_case().assess(), format="html", lang=lang))  # type: ignore[arg-type]
        [(_, table)] = page.all("table", "pledgekit-verdicts")
        first, second = (table.index(row) for row in rows)  # each row, oldest first
        assert first < second
        links = [attrs["href"] for tag, attrs in page.elements if tag == "a"]
        assert ["https://example.org/cek-fakta?id=1&lang=id"] == links

    def test_one_target_only(self, bekasi: Assessment) -> None:
        """target= gives that target's section and its pledges."""
        page = Page(render(bekasi, format="html", lang="en", target="jobs-150k"))
        assert 1 == len(page.all("section", "pledgekit-target"))
        with pytest.raises(InvalidValueError, match="'jobs-150k'"):
            render(bekasi, format="html", target="nope")


class TestEscaping:
    def _hostile(self, url: str = "javascript:alert(1)") -> Case:
        jobs = Indicator(
            "Jobs <b>bold</b>",
            "persons",
            direction=Direction.INCREASE,
            accumulation=Accumulation.SUM,
        )
        target = Target(jobs, 100, period=Period.year(2020), id="jobs")
        speaker = Membership(person=Person('Ali "<img src=x>"'), post="Head & <i>chief</i>")
        source = Source("Outlet <x>", "Title </title>", url=url)
        claim = Claim(
            ClaimKind.ACHIEVED,
            50,
            dt.date(2020, 6, 30),
            speaker=speaker,
            source=source,
            quote="</td><script>alert(2)</script>",
        )
        return Case(
            "<script>alert('x')</script> & co",
            description="<style>body{display:none}</style>",
            indicators=[jobs],
            targets=[target],
            observations=[Observation(Period.month(2020, 1), 40)],
            claims=[claim],
            pledges=[Pledge("<h1>Janji</h1>", targets=[target])],
            sources=[source],
        )

    def test_the_case_s_words_stay_text(self) -> None:
        """A title with <script>, markup in names, quotes and descriptions: all shown as text."""
        case = self._hostile()
        page_source = render(case.assess(), format="html", lang="en")
        page = Page(page_source)
        assert {"script", "img", "i"}.isdisjoint(tag for tag, _ in page.elements)
        assert 1 == sum(1 for tag, _ in page.elements if tag == "h1")
        assert [] == [text for _, text in page.all("style") if "display:none" in text]
        [(_, title)] = [t for t in page.all("title") if t[1].startswith("<script>")]
        assert "<script>alert('x')</script> & co" == title
        text = page.text()
        for words in (
            "<style>body{display:none}</style>",
            'Ali "<img src=x>", Head & <i>chief</i>',
            "</td><script>alert(2)</script>",
            "<h1>Janji</h1>",
            "Jobs <b>bold</b>",
            "Outlet <x>, “Title </title>”",
        ):
            assert words in text

    def test_only_web_addresses_become_links(self) -> None:
        """A javascript: address is shown as text, never as a link."""
        page = Page(render(self._hostile().assess(), format="html", lang="en"))
        assert [] == [attrs for tag, attrs in page.elements if tag == "a"]
        assert "(javascript:alert(1))" in page.text()

    def test_an_address_is_escaped_in_its_attribute(self) -> None:
        """Quotes and ampersands in an address come back from the attribute as they were."""
        url = 'https://example.org/?q="x"&y=<1>'
        page = Page(render(self._hostile(url).assess(), format="html", lang="en"))
        assert [url] == [attrs["href"] for tag, attrs in page.elements if tag == "a"]


class TestWithoutMatplotlib:
    @pytest.fixture
    def no_matplotlib(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Every import of matplotlib fails, as where the plot extra is not installed."""
        for name in list(sys.modules):
            if name == "matplotlib" or name.startswith("matplotlib."):
                monkeypatch.setitem(sys.modules, name, None)
        monkeypatch.setitem(sys.modules, "matplotlib", None)

    @pytest.mark.usefixtures("no_matplotlib")
    @pytest.mark.parametrize("lang", ["en", "id"])
    def test_the_page_says_the_chart_is_not_drawn(self, bekasi: Assessment, lang: str) -> None:
        """No svg; where the chart would be, the page says why it is not, in its language."""
        source = render(bekasi, format="html", lang=lang)  # type: ignore[arg-type]
        page = Page(source)
        assert "svg" not in {tag for tag, _ in page.elements}
        notice = catalogue(lang)["html_chart_missing"]  # type: ignore[arg-type]
        assert [notice] == [text for _, text in page.all("p", "pledgekit-no-chart")]
        assert "pip install 'pledgekit[plot]'" in notice
        assert 1 == [level for level, _ in page.headings].count(1)


def _luminance(colour: str) -> Fraction:
    """Relative luminance of an sRGB colour, by the WCAG 2 definition.

    Each channel c = value / 255 is linearised as c / 12.92 when c ≤ 0.04045, else
    ((c + 0.055) / 1.055) ** 2.4; L = 0.2126 R + 0.7152 G + 0.0722 B.
    """
    channels = []
    for i in (1, 3, 5):
        c = int(colour[i : i + 2], 16) / 255
        channels.append(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
    r, g, b = channels
    return Fraction(0.2126 * r + 0.7152 * g + 0.0722 * b)


def contrast(foreground: str, background: str) -> Fraction:
    """(L1 + 0.05) / (L2 + 0.05), the lighter over the darker."""
    a, b = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (a + Fraction(1, 20)) / (b + Fraction(1, 20))


class TestContrast:
    def test_the_formula(self) -> None:
        """Black on white is 21 : 1, white on white 1 : 1, #767676 on white about 4.54 : 1."""
        assert Fraction(21) == contrast("#000000", "#ffffff")
        assert Fraction(1) == contrast("#ffffff", "#ffffff")
        assert 4.53 < contrast("#767676", "#ffffff") < 4.55

    @pytest.mark.parametrize("name", sorted(PALETTE))
    def test_every_pair_meets_aa(self, name: str) -> None:
        """Each text colour on its background: at least 4.5 : 1."""
        foreground, background = PALETTE[name]
        assert contrast(foreground, background) >= Fraction(9, 2)

    def test_the_style_sheet_uses_the_palette_only(self, pages: dict[str, str]) -> None:
        """Every colour in the page's style sheet is one of the palette's."""
        [style] = re.findall(r"<style>(.*?)</style>", pages["en"], re.S)
        used = set(re.findall(r"#[0-9a-f]{6}\b", style))
        assert used
        assert set() == used - {c for pair in PALETTE.values() for c in pair}
        assert STYLE in style

    def test_every_badge_has_a_tone_of_the_palette(self) -> None:
        """Severities and statuses map to pairs of the palette."""
        assert set(SEVERITY_TONES.values()) | set(STATUS_TONES.values()) <= set(PALETTE)


class TestFragments:
    def test_the_fragment_is_the_page_s_body(
        self, bekasi: Assessment, pages: dict[str, str]
    ) -> None:
        """No document around it, headed from h3; the same headline and findings as the page."""
        fragment = assessment_html(bekasi, lang="en")
        part, page = Page(fragment), Page(pages["en"])
        assert [] == part.declarations
        assert "html" not in {tag for tag, _ in part.elements}
        assert 3 == part.headings[0][0]
        assert _headline(page) == _headline(part)
        assert page.all("li") == part.all("li")
        assert "svg" not in {tag for tag, _ in part.elements}

    def test_repr_follows_the_setting(self, bekasi: Assessment) -> None:
        """set_html_language changes every _repr_html_; set back, it is Indonesian again."""
        progress = bekasi.targets[0].progress
        case = bekasi.case
        assert "id" == get_html_language()
        assert "Per tanggal" in progress._repr_html_()
        previous = set_html_language("en")
        try:
            assert "id" == previous
            assert progress_html(progress, lang="en") == progress._repr_html_()
            assert assessment_html(bekasi, lang="en") == bekasi._repr_html_()
            assert case_html(case, lang="en") == case._repr_html_()
            assert "As of" in progress._repr_html_()
            # An explicit language wins over the setting.
            assert "Per tanggal" in progress_html(progress, lang="id")
        finally:
            set_html_language(previous)
        assert "Per tanggal" in progress._repr_html_()

    def test_a_with_block_changes_its_own_thread_only(self, bekasi: Assessment) -> None:
        """Inside html_language("en") in one thread, another thread still writes Indonesian."""
        inside, seen = threading.Barrier(2), {}

        def english() -> None:
            with html_language("en"):
                inside.wait(timeout=10)
                seen["thread"] = bekasi.targets[0].progress._repr_html_()
                inside.wait(timeout=10)

        worker = threading.Thread(target=english)
        worker.start()
        inside.wait(timeout=10)
        seen["main"] = bekasi.targets[0].progress._repr_html_()
        inside.wait(timeout=10)
        worker.join(timeout=10)
        assert "As of" in seen["thread"]
        assert "Per tanggal" in seen["main"]
        assert "id" == get_html_language()

    def test_a_pledge_s_section(self) -> None:
        """The pledge_html fragment: the page's section of a pledge, its verdicts in the setting's language."""
        pledge = _verdict_case().pledges[0]
        with html_language("en"):
            english = Page(pledge_html(pledge))
        indonesian = Page(pledge_html(pledge))
        assert [(3, "Pledge (kerja)"), (4, "Verdict history")] == english.headings
        assert [(3, "Janji (kerja)"), (4, "Riwayat penilaian")] == indonesian.headings
        assert "5 January 2022 In progress — — 400 of 1,000 reported" in english.text()
        with pytest.raises(InvalidValueError, match=r"a pledgekit\.Pledge"):
            pledge_html("kerja")  # type: ignore[arg-type]

    def test_the_plan_place(self) -> None:
        """A target of a plan's tree: its misi, tujuan and sasaran where the reader looks."""
        pytest.importorskip("openpyxl")
        from pledgekit.io import read_plan_table

        workbook = BEKASI.parent.parent / "rpjmd" / "rpjmd-kabupaten-sukamaju.xlsx"
        assessment = read_plan_table(workbook).assess()
        page = Page(assessment_html(assessment, lang="id"))
        places = [text for _, text in page.all("ul", "pledgekit-place")]
        assert len(assessment.targets) == len(places)
        assert (
            "Misi 1: Mewujudkan perekonomian daerah yang tangguh dan berdaya saing "
            "Tujuan: Meningkatkan kesejahteraan masyarakat "
            "Sasaran: Menurunnya tingkat pengangguran"
        ) == places[0]

    def test_an_unknown_language_is_refused(self) -> None:
        """A language with no catalogue raises, and the setting stays."""
        with pytest.raises(InvalidValueError, match="'fr'"):
            set_html_language("fr")  # type: ignore[arg-type]
        with pytest.raises(InvalidValueError, match="'fr'"), html_language("fr"):  # type: ignore[arg-type]
            pass
        assert "id" == get_html_language()


class TestAuditAndCommand:
    def test_audit_page(self, bekasi: Assessment) -> None:
        """render_audit(format="html"): one h1, the seven findings and the summary."""
        page = Page(render_audit(bekasi, format="html", lang="en"))
        assert [1, 2, 2] == [level for level, _ in page.headings]
        assert 7 == len([a for a, _ in page.all("li") if a.get("class")])
        assert "4 errors, 2 warnings" in page.text()

    def test_report_command(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The command `pledgekit report CASE --format html` prints the page."""
        assert 0 == main(["report", str(BEKASI), "--format", "html", "--lang", "en"])
        out = capsys.readouterr().out
        assert out.startswith('<!doctype html>\n<html lang="en">')
        assert "146,305 orang" in out

    def test_a_stream_that_is_not_utf8(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """On an ASCII stream, characters beyond ASCII are character references: the page reads the same."""
        stream = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
        monkeypatch.setattr(sys, "stdout", stream)
        assert 1 == main(["audit", str(BEKASI), "--format", "html"])
        stream.flush()
        raw = stream.buffer.getvalue().decode("ascii")
        assert "&#8211;" in raw
        title = Page(raw).all("title")[0][1]
        assert "Kota Bekasi: 150.000 tenaga kerja (2018–2023)" == title
