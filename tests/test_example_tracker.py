"""examples/tracker/build_site.py: the promise-tracker site a newsroom builds on pledgekit.

The site is built once per language, from the Bekasi case and the invented Sukamaju case
(examples/tracker/cases/kabupaten-sukamaju.toml), and read back with the standard
library's HTML parser. Every expected value is worked out by hand from the case files.
"""

from __future__ import annotations

import itertools
import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
import pytest

from pledgekit.report import schema

ROOT = Path(__file__).parent.parent
SCRIPT = ROOT / "examples" / "tracker" / "build_site.py"
SUKAMAJU = ROOT / "examples" / "tracker" / "cases"
BEKASI = ROOT / "examples" / "bekasi" / "case.toml"
ROADS, STUNTING, ENTREPRENEURS, BYLAW, HAPPINESS = (
    "kabupaten-sukamaju/jalan-mulus.html",
    "kabupaten-sukamaju/stunting-turun.html",
    "kabupaten-sukamaju/wirausaha-baru.html",
    "kabupaten-sukamaju/perda-umkm.html",
    "kabupaten-sukamaju/paling-bahagia.html",
)
JOBS = "bekasi/serap-150000.html"
TEXTS = {
    ROADS: "Membangun 1.000 km jalan kabupaten yang mulus dalam lima tahun",
    STUNTING: "Menurunkan angka stunting menjadi 14 persen pada 2025",
    ENTREPRENEURS: "Mencetak 10.000 wirausaha baru",
    BYLAW: "Menerbitkan perda perlindungan UMKM pada tahun kedua",
    HAPPINESS: "Menjadikan Sukamaju kabupaten paling bahagia",
    JOBS: "Penyerapan 150.000 tenaga kerja baru dalam periode kepemimpinan 2018-2023",
}
VOID = {"meta", "br", "path", "use", "rect", "circle", "polyline", "line", "img", "link"}


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """The script, run as a newsroom runs it."""
    command = [sys.executable, str(SCRIPT), *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, check=False)


class Page(HTMLParser):
    """A page as the tests read it: elements, headings, text, and the index's rows."""

    def __init__(self, path: Path) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.headings: list[tuple[int, str]] = []
        self.texts: list[str] = []
        self.rows: list[list[tuple[str, list[tuple[str, dict[str, str | None]]]]]] = []
        self.style = ""
        self._heading: list[str] | None = None
        self._cell: tuple[list[str], list[tuple[str, dict[str, str | None]]]] | None = None
        self._in_style = False
        self.feed(path.read_text(encoding="utf-8"))
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))
        if self._cell is not None:
            self._cell[1].append((tag, dict(attrs)))
        if tag == "br":
            self.handle_data("\n")
        elif tag == "tr":
            self.rows.append([])
        elif tag in {"th", "td"} and self.rows:
            self._cell = ([], [])
        elif re.fullmatch(r"h[1-6]", tag):
            self._heading = []
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        if tag in {"th", "td"} and self._cell is not None:
            self.rows[-1].append(("".join(self._cell[0]).strip(), self._cell[1]))
            self._cell = None
        elif re.fullmatch(r"h[1-6]", tag) and self._heading is not None:
            self.headings.append((int(tag[1]), "".join(self._heading).strip()))
            self._heading = None
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.style += data
            return
        self.texts.append(data)
        for bucket in (self._heading, self._cell[0] if self._cell else None):
            if bucket is not None:
                bucket.append(data)

    @property
    def text(self) -> str:
        return " ".join(" ".join(self.texts).split())

    def row(self, href: str) -> dict[str, tuple[str, list[tuple[str, dict[str, str | None]]]]]:
        """The index row whose pledge links to href, by column."""
        (row,) = (r for r in self.rows if ("a", {"href": href, "lang": "id"}) in r[0][1])
        columns = ("pledge", "topics", "latest", "suggested", "progress", "status")
        return dict(zip(columns, row, strict=True))


@pytest.fixture(scope="module", params=["en", "id"])
def site(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site of both cases, built once per language."""
    out = tmp_path_factory.mktemp(f"site-{request.param}")
    result = run(SUKAMAJU, BEKASI, "-o", out, "--lang", request.param)
    assert 0 == result.returncode, result.stderr
    assert "6 pledges of 2 cases" in result.stdout
    return out


def lang(site: Path) -> str:
    """The language a site was built in (its folder is named after it)."""
    return "en" if site.name.startswith("site-en") else "id"


def bar(cell: tuple[str, list[tuple[str, dict[str, str | None]]]]) -> tuple[str | None, str | None]:
    """A progress cell's aria-valuenow and the width of its fill."""
    attrs = [a for tag, a in cell[1] if a.get("role") == "progressbar"]
    if not attrs:
        return None, None
    (fill,) = [a for tag, a in cell[1] if tag == "span" and "width" in (a.get("style") or "")]
    return attrs[0]["aria-valuenow"], fill["style"]


class TestIndex:
    def test_lists_every_pledge_with_a_link_that_exists(self, site: Path) -> None:
        """6 pledges (5 Sukamaju, 1 Bekasi), grouped by case; each link opens its page."""
        index = Page(site / "index.html")
        links = [
            str(a["href"]) for tag, a in index.elements if tag == "a" and a.get("lang") == "id"
        ]
        assert sorted(TEXTS) == sorted(links)
        assert all((site / str(href)).is_file() for href in links)
        assert [
            (1, "Promise tracker" if lang(site) == "en" else "Pelacak janji"),
            (2, "Kabupaten Sukamaju: janji Bupati 2021–2025 (ilustratif)"),
            (2, "Kota Bekasi: 150.000 tenaga kerja (2018–2023)"),
        ] == index.headings
        for case in ("kabupaten-sukamaju", "bekasi"):
            assert ("a", {"href": f"{case}/report.json"}) in index.elements
        assert ('<html lang="' + lang(site) + '">') in (site / "index.html").read_text()

    def test_roads(self, site: Path) -> None:
        """120 + 180 + 210 + 150 = 660 of 1,000 km: 66.00 %; still in the works."""
        row = Page(site / "index.html").row(ROADS)
        en = lang(site) == "en"
        assert ("66.00", "width:66.00%") == bar(row["progress"])
        assert ("66.00 %" if en else "66,00 %") in row["progress"][0]
        latest = row["latest"][0].split("\n")
        assert [
            "In progress" if en else "Dalam proses",
            "PolitiFact: “In the Works”",
            "10 February 2025" if en else "10 Februari 2025",
        ] == latest
        assert ("In progress" if en else "Dalam proses") == row["suggested"][0]
        assert "infrastruktur" == row["topics"][0]

    def test_stunting_a_level_lower_is_better(self, site: Path) -> None:
        """From 24.5 down to 16.9 of the way to 14: (24.5 − 16.9) / (24.5 − 14) = 72.38 %."""
        row = Page(site / "index.html").row(STUNTING)
        assert ("72.38", "width:72.38%") == bar(row["progress"])
        assert ("72.38 %" if lang(site) == "en" else "72,38 %") in row["progress"][0]

    def test_entrepreneurs_bar_clamped(self, site: Path) -> None:
        """1,800 + 2,600 + 3,100 + 2,900 = 10,400 of 10,000: 104.00 %, the bar stops at 100."""
        row = Page(site / "index.html").row(ENTREPRENEURS)
        en = lang(site) == "en"
        assert ("100", "width:100%") == bar(row["progress"])
        assert ("104.00 %" if en else "104,00 %") in row["progress"][0]
        assert ("Met" if en else "Tercapai") == row["status"][0]
        assert ("Kept" if en else "Ditepati") == row["latest"][0].split("\n")[0]
        assert "ekonomi, ketenagakerjaan" == row["topics"][0]

    def test_bylaw_met_late(self, site: Path) -> None:
        """Due 2022-12-31, done 2023-03-02 (61 days late): met late, kept in part; 1 of 1 met."""
        row = Page(site / "index.html").row(BYLAW)
        en = lang(site) == "en"
        assert ("Met late" if en else "Tercapai terlambat") == row["status"][0]
        assert ("Kept in part" if en else "Ditepati sebagian") == row["suggested"][0]
        assert ("100.00", "width:100.00%") == bar(row["progress"])

    def test_happiness_has_no_bar_and_the_trackers_status(self, site: Path) -> None:
        """Nothing to measure: no bar, the words say so; the status is the tracker's own."""
        row = Page(site / "index.html").row(HAPPINESS)
        en = lang(site) == "en"
        assert (None, None) == bar(row["progress"])
        assert ("nothing to measure" if en else "tidak ada yang diukur") == row["progress"][0]
        given = (
            "given by the tracker: the pledge has nothing to measure"
            if en
            else "ditetapkan pelacak: janji ini tidak memiliki ukuran"
        )
        assert [("In progress" if en else "Dalam proses"), given] == row["status"][0].split("\n")
        assert "—" == row["suggested"][0]
        assert ("Untestable" if en else "Tidak dapat diuji") == row["latest"][0].split("\n")[0]

    def test_bekasi_not_yet_rated(self, site: Path) -> None:
        """27,197 + 56,000 + 58,000 + 5,108 = 146,305 of 150,000: 97.54 %; no verdict yet."""
        row = Page(site / "index.html").row(JOBS)
        en = lang(site) == "en"
        assert ("97.54", "width:97.54%") == bar(row["progress"])
        assert ("97.54 %" if en else "97,54 %") in row["progress"][0]
        assert ("not yet rated" if en else "belum dinilai") == row["latest"][0]

    def test_accessible(self, site: Path) -> None:
        """Table captions and scoped headers; each bar labelled; text colours ≥ 4.5:1 on white."""
        index = Page(site / "index.html")
        tags = [tag for tag, _ in index.elements]
        assert 2 == tags.count("table") == tags.count("caption")
        assert all(a.get("scope") in {"col", "row"} for tag, a in index.elements if tag == "th")
        bars = [a for _, a in index.elements if a.get("role") == "progressbar"]
        assert 5 == len(bars)  # every pledge but the one with nothing to measure
        assert all(a["aria-label"] and a["aria-valuetext"] for a in bars)
        colours = re.findall(r"(?<![-\w])color:#([0-9a-f]{6})", index.style)
        assert colours
        assert all(contrast(c, "ffffff") >= 4.5 for c in colours), colours


def contrast(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two sRGB colours, (L1 + 0.05) / (L2 + 0.05)."""

    def luminance(hex_colour: str) -> float:
        channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (0, 2, 4)]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


class TestPages:
    def test_each_page_has_one_h1_the_pledge_and_a_way_back(self, site: Path) -> None:
        """Every pledge page: one h1, headings in order, the pledge's text, a link back home."""
        for href, text in TEXTS.items():
            page = Page(site / href)
            assert 1 == [tag for tag, _ in page.elements].count("h1"), href
            levels = [level for level, _ in page.headings]
            assert 1 == levels[0] and all(b - a <= 1 for a, b in itertools.pairwise(levels)), href
            assert text in page.text, href
            assert ("a", {"href": "../index.html", "style": "color:#0a4f9e"}) in page.elements

    def test_roads_page_keeps_the_two_ahmads_apart(self, site: Path) -> None:
        """The bupati (H. Ahmad) and the head of Dinas PUPR (Ahmad S.T.) are two speakers."""
        headers = [cells[0][0] for cells in Page(site / ROADS).rows if cells]
        assert "H. Ahmad, Bupati Sukamaju, Pemerintah Kabupaten Sukamaju" in headers
        assert (
            "Ahmad S.T., Kepala Dinas PUPR, Dinas Pekerjaan Umum dan Penataan Ruang"
            " Kabupaten Sukamaju"
        ) in headers

    def test_nothing_external(self, site: Path) -> None:
        """No script and no resource fetched from elsewhere; only links to sources go out."""
        for path in site.rglob("*.html"):
            page = Page(path)
            assert "script" not in [tag for tag, _ in page.elements], path
            for tag, attrs in page.elements:
                for name in ("src", "href", "xlink:href", "data", "action"):
                    value = attrs.get(name) or ""
                    outside = value.startswith(("http:", "https:", "//"))
                    assert not outside or (tag == "a" and name == "href"), (path, tag, value)
            assert "url(" not in page.style and "@import" not in page.style, path


class TestReportJson:
    def test_validates_against_the_schema(self, site: Path) -> None:
        """Each case's report.json is valid against pledgekit.report.schema(), formats checked."""
        validator = jsonschema.Draft202012Validator(
            schema(), format_checker=jsonschema.FormatChecker()
        )
        for case, pledges in (("kabupaten-sukamaju", 5), ("bekasi", 1)):
            report = json.loads((site / case / "report.json").read_text(encoding="utf-8"))
            assert [] == [e.message for e in validator.iter_errors(report)]
            assert pledges == len(report["pledges"])


class TestAsOf:
    def test_as_of_reassesses(self, tmp_path: Path) -> None:
        """At the end of 2021 only the 2021 figure counts: 120 of 1,000 km is 12.00 %."""
        result = run(SUKAMAJU, "-o", tmp_path, "--lang", "en", "--as-of", "2021-12-31")
        assert 0 == result.returncode, result.stderr
        row = Page(tmp_path / "index.html").row(ROADS)
        assert ("12.00", "width:12.00%") == bar(row["progress"])


class TestEscaped:
    def test_the_case_words_stay_text(self, tmp_path: Path) -> None:
        """A title and a pledge's text with markup in them are shown as text, not parsed."""
        case = (SUKAMAJU / "kabupaten-sukamaju.toml").read_text(encoding="utf-8")
        title = 'Sukamaju <script>alert("x")</script> & co'
        case = case.replace(
            'title = "Kabupaten Sukamaju: janji Bupati 2021–2025 (ilustratif)"',
            'title = "Sukamaju <script>alert(\\"x\\")</script> & co"',
        ).replace('"Mencetak 10.000 wirausaha baru"', '"Mencetak <b>10.000</b> wirausaha"')
        (tmp_path / "escaped.toml").write_text(case, encoding="utf-8")
        result = run(tmp_path / "escaped.toml", "-o", tmp_path / "site", "--lang", "en")
        assert 0 == result.returncode, result.stderr
        index = Page(tmp_path / "site" / "index.html")
        assert not {"script", "b"} & {tag for tag, _ in index.elements}
        assert (2, title) in index.headings
        assert "Mencetak <b>10.000</b> wirausaha" in index.text


class TestErrors:
    def run_fails(self, *args: str | Path) -> str:
        """The script's stderr, after checking it exited 2 without a traceback."""
        result = run(*args)
        assert 2 == result.returncode, result.stderr
        assert "Traceback" not in result.stderr
        return result.stderr

    def test_neither_file_nor_folder(self, tmp_path: Path) -> None:
        """A path that does not exist, or a file that is no case file, is named."""
        for path in (tmp_path / "missing.toml", tmp_path / "notes.txt"):
            path.with_suffix(".txt").write_text("notes\n")
            message = self.run_fails(path, "-o", tmp_path / "site")
            assert f"{path}: neither a case file" in message

    def test_folder_without_case_file(self, tmp_path: Path) -> None:
        """A folder with no *.toml or *.json is refused, by name."""
        (tmp_path / "empty").mkdir()
        message = self.run_fails(tmp_path / "empty", "-o", tmp_path / "site")
        assert f"{tmp_path / 'empty'}: a folder with no case file" in message

    def test_two_files_one_stem(self, tmp_path: Path) -> None:
        """Two case files the site would name alike write one folder: both are named.

        A ``case.toml`` is named after its folder: ``bekasi/case.toml`` twice is ``bekasi``.
        """
        copy = tmp_path / "bekasi" / "case.toml"
        copy.parent.mkdir()
        copy.write_text(BEKASI.read_text(encoding="utf-8"), encoding="utf-8")
        message = self.run_fails(BEKASI, copy, "-o", tmp_path / "site")
        assert f"{BEKASI} and {copy}: two case files named 'bekasi'" in message
        assert not (tmp_path / "site").exists()

    def test_library_error_names_the_file(self, tmp_path: Path) -> None:
        """A case file pledgekit refuses (DataFileError) is reported with its name, exit 2."""
        broken = tmp_path / "broken.toml"
        broken.write_text('pledgekit_case = 2\ntitle = "x"\n[[targets]]\nid = 1\n')
        message = self.run_fails(broken, "-o", tmp_path / "site")
        assert message.startswith(f"build_site: {broken}: 4 problems")
        assert "line 4, targets[0].id: found the integer 1; expected a string" in message
        assert not (tmp_path / "site").exists()
