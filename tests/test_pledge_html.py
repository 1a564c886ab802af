"""A Pledge shows itself in a notebook: its section of the HTML page, in the setting's language."""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pledgekit import Membership, Person, Pledge, Source
from pledgekit.io import load
from pledgekit.report import (
    Language,
    get_html_language,
    html_language,
    pledge_html,
    set_html_language,
)
from pledgekit.verdicts import POLITIFACT, Verdict, VerdictRecord


class Fragment(HTMLParser):
    """What the tests read from a fragment: its tags, headings, quotes and table rows."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.headings: list[tuple[str, str]] = []
        self.quotes: list[tuple[str | None, str]] = []
        self.rows: list[tuple[str, list[str]]] = []  # (table class, cell texts)
        self._tables: list[str] = []
        self._cells: list[str] | None = None
        self._words: list[str] = []
        self._lang: str | None = None
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if tag == "table":
            self._tables.append(attributes.get("class") or "")
        elif tag == "tr":
            self._cells = []
        elif tag in {"th", "td", "h3", "h4", "blockquote"}:
            self._words = []
            self._lang = attributes.get("lang")

    def handle_endtag(self, tag: str) -> None:
        text = " ".join("".join(self._words).split())
        if tag == "table":
            self._tables.pop()
        elif tag == "tr" and self._cells is not None:
            self.rows.append((self._tables[-1], self._cells))
            self._cells = None
        elif tag in {"th", "td"} and self._cells is not None:
            self._cells.append(text)
        elif tag in {"h3", "h4"}:
            self.headings.append((tag, text))
        elif tag == "blockquote":
            self.quotes.append((self._lang, text))

    def handle_data(self, data: str) -> None:
        self._words.append(data)

    def table(self, cls: str) -> list[list[str]]:
        """The cell texts of each row of the table of class ``cls``."""
        return [cells for table, cells in self.rows if cls in table.split()]

    def details(self) -> dict[str, str]:
        """The pledge's table of details: each row's header and its value."""
        return {row[0]: row[1] for row in self.table("pledgekit-pledge-assessment")}

    def verdicts(self) -> list[dict[str, str]]:
        """The verdict history's rows, each cell under its column's header."""
        header, *rows = self.table("pledgekit-verdicts")
        return [dict(zip(header, row, strict=True)) for row in rows]


BEKASI = Path(__file__).parent.parent / "examples" / "bekasi" / "case.toml"
CHECK = Source(
    "Cek <Fakta>",
    "Janji & kerja",
    url="https://example.org/cek?id=1&lang=id",
    published=dt.date(2022, 1, 5),
)


def _pledge(text: str = "1.000 lapangan kerja baru") -> Pledge:
    """A pledge with two verdicts, the later one with a source whose address has an ``&``."""
    return Pledge(
        text,
        translation="1,000 new jobs",
        made_by=Membership(person=Person("Ali Rahman"), post="Wali Kota"),
        made_on=dt.date(2018, 5, 1),
        verdicts=[
            VerdictRecord(dt.date(2021, 1, 4), Verdict.NOT_RATED, "too early to tell"),
            VerdictRecord(dt.date(2022, 1, 5), Verdict.IN_PROGRESS, "400 of 1,000 reported", CHECK),
        ],
        id="kerja",
    )


class TestContent:
    def test_the_pledge_in_its_own_words(self) -> None:
        """Its text quoted in its own language, its translation, who made it and when."""
        shown = Fragment(pledge_html(_pledge(), lang="en"))
        assert [("id", "1.000 lapangan kerja baru")] == shown.quotes
        assert [("h3", "Pledge (kerja)"), ("h4", "Verdict history")] == shown.headings
        rows = shown.details()
        assert "1,000 new jobs" == rows["Translation"]
        assert "Ali Rahman, Wali Kota" == rows["Made by"]
        assert "1 May 2018" == rows["Made on"]

    def test_the_verdict_history_oldest_first(self) -> None:
        """One row per record, oldest first: date, verdict in the page's words, rationale, source."""
        rows = Fragment(pledge_html(_pledge(), lang="en")).verdicts()
        assert [("4 January 2021", "Not rated"), ("5 January 2022", "In progress")] == [
            (row["Date"], row["Verdict"]) for row in rows
        ]
        assert ["too early to tell", "400 of 1,000 reported"] == [row["Rationale"] for row in rows]
        # The first record names no source; the second names the fact check.
        assert ["—", "Cek <Fakta>, “Janji & kerja”, 5 January 2022"] == [
            row["Source"] for row in rows
        ]

    def test_the_same_history_in_indonesian(self) -> None:
        """In Indonesian the headers, verdicts and dates are Indonesian; the rationale as given."""
        shown = Fragment(pledge_html(_pledge(), lang="id"))
        assert [("h3", "Janji (kerja)"), ("h4", "Riwayat penilaian")] == shown.headings
        rows = shown.verdicts()
        assert [
            ("4 Januari 2021", "Belum dinilai", "too early to tell"),
            ("5 Januari 2022", "Dalam proses", "400 of 1,000 reported"),
        ] == [(row["Tanggal"], row["Penilaian"], row["Alasan"]) for row in rows]

    def test_the_tracker_s_label_and_who_rated_it(self) -> None:
        """A record's own label on its scale and its rater have columns; an old label stays."""
        records = [
            VerdictRecord(
                dt.date(2009, 3, 1),
                Verdict.NOT_RATED,
                "Not yet rated",
                label="No Action",  # PolitiFact's 2009 label, an alias of "Not Yet Rated"
                scale=POLITIFACT,
                rated_by="PolitiFact",
            ),
            VerdictRecord(dt.date(2010, 1, 4), Verdict.UNTESTABLE, "No figure exists"),
        ]
        pledge = Pledge("Close the camp", language="en", verdicts=records, id="camp")
        english = Fragment(pledge_html(pledge, lang="en")).verdicts()
        assert [("PolitiFact: “No Action”", "PolitiFact"), ("—", "—")] == [
            (row["Tracker's label"], row["Rated by"]) for row in english
        ]
        indonesian = Fragment(pledge_html(pledge, lang="id")).verdicts()
        assert ["Belum dinilai", "Tidak dapat diuji"] == [row["Penilaian"] for row in indonesian]
        assert ["PolitiFact", "—"] == [row["Dinilai oleh"] for row in indonesian]

    def test_a_pledge_with_no_verdict_says_so(self) -> None:
        """No verdict recorded: no empty table, a sentence that says so."""
        html = pledge_html(Pledge("Membangun masjid raya", id="masjid"), lang="en")
        assert [] == Fragment(html).table("pledgekit-verdicts")
        assert "<p>No verdict recorded.</p>" in html


class TestEscaping:
    def test_the_words_stay_text(self) -> None:
        """Markup in the pledge, a name and a rationale is shown as text, never as elements."""
        pledge = Pledge(
            "<script>alert(1)</script> & <i>kerja</i>",
            made_by=Membership(person=Person('Ali "<img src=x>"')),
            verdicts=[VerdictRecord(dt.date(2022, 1, 5), Verdict.BROKEN, "</td><h1>no</h1>")],
            id="kerja",
        )
        html = pledge_html(pledge, lang="en")
        shown = Fragment(html)
        assert {"script", "i", "img", "h1"}.isdisjoint(tag for tag, _ in shown.tags)
        assert [("id", "<script>alert(1)</script> & <i>kerja</i>")] == shown.quotes
        assert 'Ali "<img src=x>"' == shown.details()["Made by"]
        assert ["</td><h1>no</h1>"] == [row["Rationale"] for row in shown.verdicts()]
        assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;i&gt;kerja&lt;/i&gt;" in html

    def test_the_source_s_address_is_a_link_as_it_was(self) -> None:
        """The address comes back from its attribute unchanged; a javascript: one is no link."""
        links = [a["href"] for tag, a in Fragment(pledge_html(_pledge())).tags if tag == "a"]
        assert ["https://example.org/cek?id=1&lang=id"] == links
        hostile = Source("Outlet", "Title", url="javascript:alert(1)")
        pledge = Pledge(
            "Janji",
            verdicts=[VerdictRecord(dt.date(2022, 1, 5), Verdict.KEPT, "done", hostile)],
        )
        assert "a" not in {tag for tag, _ in Fragment(pledge_html(pledge)).tags}


class TestNotebook:
    def test_repr_is_the_fragment_in_the_setting_s_language(self) -> None:
        """_repr_html_ is pledge_html in the language in force: Indonesian, then English in a block."""
        pledge = _pledge()
        assert "id" == get_html_language()
        assert pledge_html(pledge, lang="id") == pledge._repr_html_()
        with html_language("en"):
            english = pledge._repr_html_()
            # An explicit language wins over the setting.
            assert "Riwayat penilaian" in pledge_html(pledge, lang="id")
        assert pledge_html(pledge, lang="en") == english
        assert ("h4", "Verdict history") in Fragment(english).headings
        assert ("h4", "Riwayat penilaian") in Fragment(pledge._repr_html_()).headings

    def test_repr_follows_the_process_setting(self) -> None:
        """set_html_language("en") changes the pledge's display until it is set back."""
        pledge = _pledge()
        previous = set_html_language("en")
        try:
            assert [("4 January 2021", "Not rated"), ("5 January 2022", "In progress")] == [
                (row["Date"], row["Verdict"]) for row in Fragment(pledge._repr_html_()).verdicts()
            ]
        finally:
            set_html_language(previous)
        assert "id" == get_html_language()

    def test_a_pledge_of_a_case_file_shows_itself(self) -> None:
        """The Bekasi pledge, read from its case file: its words and that no verdict is recorded."""
        (pledge,) = load(BEKASI).pledges
        with html_language("en"):
            shown = Fragment(pledge._repr_html_())
        assert [
            ("id", "Penyerapan 150.000 tenaga kerja baru dalam periode kepemimpinan 2018-2023")
        ] == shown.quotes
        assert [("h3", "Pledge (serap-150000)"), ("h4", "Verdict history")] == shown.headings

    @pytest.mark.parametrize("lang", ["en", "id"])
    def test_no_document_around_it(self, lang: Language) -> None:
        """A fragment: one div with its scoped style sheet, no html, head or script."""
        with html_language(lang):
            html = _pledge()._repr_html_()
        tags = [tag for tag, _ in Fragment(html).tags]
        assert html.startswith('<div class="pledgekit pledgekit-pledge"><style>')
        assert {"html", "head", "body", "script"}.isdisjoint(tags)
