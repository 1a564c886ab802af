"""Build a static promise-tracker site from case files: an index of pledges, a page each.

A newsroom that follows a regional head's pledges keeps one case file per government
(docs/files.md). This script turns those files into a site it can publish as it is, on
any static host, with no script and nothing fetched from elsewhere:

- ``SITE/index.html``: every pledge of every case, grouped by case, with its topics,
  the latest verdict the newsroom recorded (in words, with the tracker's own label and
  its date, or "not yet rated"), the verdict the numbers suggest, a progress bar with
  its percent written beside it, and the pledge's status;
- ``SITE/<case>/<pledge>.html``: the pledge's own page, as pledgekit renders it (the
  pledge, its status, suggested verdict and verdict history, then each target with its
  chart, claims and findings), with a link back to the index inserted after ``<body>``;
- ``SITE/<case>/report.json``: pledgekit's JSON report of the case (its schema is
  ``pledgekit.report.schema()``), the same numbers, for a front end of its own.

``<case>`` is the case file's name without its suffix, or its folder's name for a file
named ``case.toml`` (``examples/bekasi/case.toml`` is ``bekasi``). Every number on the index comes
from the JSON report as a string and is only reformatted: one target's progress percent,
or for several targets or milestones the share of them met; a pledge with nothing to
measure gets no bar, and the words say so.

Run:

    python examples/tracker/build_site.py examples/tracker/cases examples/bekasi/case.toml -o site --lang en

A folder stands for its ``*.toml`` and ``*.json`` case files, sorted. ``--as-of DATE``
assesses every case at the end of that day instead of at its latest figure. Errors (a
path that is no case file, a folder with none, two files with one name, a file pledgekit
refuses) are reported on stderr with exit status 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Sequence
from decimal import Decimal
from html import escape
from pathlib import Path
from typing import Any
from urllib.parse import quote

from pledgekit import DataFileError, PledgekitError, PledgeStatus, Verdict
from pledgekit.io import load
from pledgekit.messages import Catalogue, catalogue
from pledgekit.report import Language, render, to_json_dict

SUFFIXES = (".toml", ".json")
SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")

# The index's own words, (English, Indonesian); verdicts, statuses, dates are pledgekit's.
OWN_WORDS = {
    "title": ("Promise tracker", "Pelacak janji"),
    "intro": (
        "Every pledge we follow, what we rated it and what the numbers say.",
        "Setiap janji yang kami ikuti, penilaian kami dan apa kata angkanya.",
    ),
    "caption": ("Pledges of {case}", "Janji {case}"),
    "as_of": (", assessed as of {as_of}", ", dinilai per {as_of}"),
    "pledge": ("Pledge", "Janji"),
    "latest": ("Latest verdict", "Penilaian terakhir"),
    "suggested": ("Suggested by the numbers", "Saran dari angka"),
    "progress": ("Progress", "Kemajuan"),
    "status": ("Status", "Status"),
    "not_rated": ("not yet rated", "belum dinilai"),
    "nothing": ("nothing to measure", "tidak ada yang diukur"),
    "no_figure": ("no figure yet", "belum ada angka"),
    "parts_met": ("share of its parts met", "bagian yang tercapai"),
    "back": ("← All pledges", "← Semua janji"),
    "json": ("The numbers as JSON", "Angkanya dalam JSON"),
}
WORDS = {
    lang: {key: pair[number] for key, pair in OWN_WORDS.items()}
    for number, lang in enumerate(("en", "id"))
}

STYLE = (
    "body{margin:0;background:#fff;color:#1a1a1a;font-family:system-ui,sans-serif;"
    "line-height:1.5}main{max-width:72rem;margin:0 auto;padding:1rem 1.25rem}"
    "a{color:#0a4f9e}table{border-collapse:collapse;width:100%;margin:.5rem 0 2rem}"
    "caption{text-align:left;font-weight:600;padding:.25rem 0}"
    "th,td{border-bottom:1px solid #767676;padding:.4rem .5rem;text-align:left;"
    "vertical-align:top}.muted{color:#4a4a4a}"
    ".bar{width:8rem;height:.8rem;border:1px solid #1a1a1a;background:#fff}"
    ".bar span{display:block;height:100%;background:#0a4f9e}"
)


class SiteError(Exception):
    """A reason the site cannot be built, worded for the person who ran the script."""


def site_name(file: Path) -> str:
    """What the site calls a case: its file's name, or its folder's for ``case.toml``."""
    return file.parent.resolve().name if file.stem == "case" else file.stem


def case_files(paths: Sequence[Path]) -> list[Path]:
    """The case files the paths name: a file as it is, a folder as its case files, sorted."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.is_file() and p.suffix in SUFFIXES)
            if not found:
                raise SiteError(f"{path}: a folder with no case file (*.toml or *.json) in it")
            files += found
        elif path.is_file() and path.suffix in SUFFIXES:
            files.append(path)
        else:
            raise SiteError(f"{path}: neither a case file (*.toml or *.json) nor a folder")
    ids: dict[str, Path] = {}
    for file in files:
        name = site_name(file)
        if not SAFE_ID.fullmatch(name):
            raise SiteError(f"{file}: {name!r} cannot name a folder of the site")
        if name in ids:
            raise SiteError(
                f"{ids[name]} and {file}: two case files named {name!r};"
                " the site names a case by its file, so rename one"
            )
        ids[name] = file
    return files


def progress_cell(words: Catalogue, own: dict[str, str], shown: str | None, label: str) -> str:
    """The bar (width clamped to 0–100) with the report's percent as text beside it."""
    if shown is None:
        return f'<span class="muted">{escape(own["no_figure"])}</span>'
    width = min(max(Decimal(shown), Decimal(0)), Decimal(100))
    text = words.pct(Decimal(shown))  # the 2-place string, in the notation of the language
    return (
        f'<div class="bar" role="progressbar" aria-valuemin="0" aria-valuemax="100"'
        f' aria-valuenow="{width}" aria-valuetext="{escape(text)}"'
        f' aria-label="{escape(label)}"><span style="width:{width}%"></span></div>'
        f"{escape(text)}"
    )


def pledge_row(
    words: Catalogue, own: dict[str, str], report: dict[str, Any], case_id: str, p: dict[str, Any]
) -> str:
    """One pledge's row of the index."""
    assessed = p["assessment"]
    href = f"{quote(case_id)}/{quote(p['id'])}.html"
    text = f'<a href="{escape(href)}" lang="{escape(p["language"])}">{escape(p["text"])}</a>'
    if words.lang == "en" and p.get("translation"):
        text += f'<br><span class="muted">{escape(p["translation"])}</span>'
    topics = escape(", ".join(p.get("topics", ()))) or words["undefined"]
    if p["verdicts"]:
        latest = p["verdicts"][-1]
        verdict = escape(words.verdicts[Verdict(latest["verdict"])])
        if latest["label"] is not None:
            verdict += f"<br>{escape(latest['scale_name'])}: “{escape(latest['label'])}”"
        verdict += f'<br><span class="muted">{escape(words.date(dt.date.fromisoformat(latest["date"])))}</span>'
    else:
        verdict = f'<span class="muted">{escape(own["not_rated"])}</span>'
    suggested = (
        words["undefined"] if p["suggested"] is None else words.verdicts[Verdict(p["suggested"])]
    )
    targets, milestones = assessed["targets"], assessed["milestones"]
    if not targets and not milestones:
        bar = f'<span class="muted">{escape(own["nothing"])}</span>'
    elif len(targets) == 1 and not milestones:
        (target,) = (t for t in report["targets"] if t["id"] == targets[0])
        bar = progress_cell(words, own, target["progress"]["percent"], own["progress"])
    else:
        bar = progress_cell(words, own, assessed["share_met_percent"], own["parts_met"])
        bar += f'<br><span class="muted">{escape(own["parts_met"])}</span>'
    status = escape(words.pledge_statuses[PledgeStatus(assessed["status"])])
    if assessed["status_given"]:
        status += f'<br><span class="muted">{escape(words["status_given"])}</span>'
    cells = (topics, verdict, escape(suggested), bar, status)
    return f'<tr><th scope="row">{text}</th>' + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"


def index_page(lang: Language, cases: list[tuple[str, dict[str, Any]]]) -> str:
    """The index: one h2 and one table per case, a row per pledge."""
    words, own = catalogue(lang), WORDS[lang]
    columns = ("latest", "suggested", "progress", "status")
    heads = (own["pledge"], words["topics"], *(own[column] for column in columns))
    head = "".join(f'<th scope="col">{escape(h)}</th>' for h in heads)
    parts = [f"<h1>{escape(own['title'])}</h1>", f"<p>{escape(own['intro'])}</p>"]
    for case_id, report in cases:
        title = report["case"]["title"] or case_id
        caption = own["caption"].format(case=title)
        if report["as_of"] is not None:  # else each target at its latest figure
            caption += own["as_of"].format(as_of=words.date(dt.date.fromisoformat(report["as_of"])))
        rows = "".join(pledge_row(words, own, report, case_id, p) for p in report["pledges"])
        parts += [
            f"<h2>{escape(title)}</h2>",
            f'<p><a href="{escape(quote(case_id))}/report.json">{escape(own["json"])}</a></p>',
            f"<table><caption>{escape(caption)}</caption><thead><tr>{head}</tr></thead>"
            f"<tbody>{rows}</tbody></table>",
        ]
    return (
        f'<!doctype html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(own['title'])}</title>\n<style>{STYLE}</style>\n</head>\n"
        f"<body>\n<main>\n{chr(10).join(parts)}\n</main>\n</body>\n</html>\n"
    )


def build(files: list[Path], site: Path, lang: Language, as_of: dt.date | None) -> int:
    """Assess every case, then write the site; the number of pledge pages written."""
    built: list[tuple[str, dict[str, Any], dict[str, str]]] = []
    for file in files:  # everything is assessed before anything is written
        try:
            assessment = load(file).assess(as_of)
            report = to_json_dict(assessment)
            pages = {
                p["id"]: render(assessment, format="html", lang=lang, pledge=p["id"])
                for p in report["pledges"]
            }
        except DataFileError as error:  # it names the file, the line and the field
            raise SiteError(str(error)) from error
        except PledgekitError as error:
            raise SiteError(f"{file}: {error}") from error
        for pledge_id, page in pages.items():
            if not SAFE_ID.fullmatch(pledge_id):
                raise SiteError(f"{file}: pledge id {pledge_id!r} cannot name a page of the site")
            if "<body>" not in page:  # the back link would be lost in silence
                raise SiteError(f"{file}: the page of {pledge_id!r} has no <body> to link from")
        built.append((site_name(file), report, pages))
    back = (
        '<nav style="padding:.5rem 1.25rem"><a href="../index.html" style="color:#0a4f9e">'
        f"{escape(WORDS[lang]['back'])}</a></nav>"
    )
    for case_id, report, pages in built:
        folder = site / case_id
        folder.mkdir(parents=True, exist_ok=True)
        text = json.dumps(report, ensure_ascii=False, indent=2) + "\n"
        (folder / "report.json").write_text(text, encoding="utf-8")
        for pledge_id, page in pages.items():
            page = page.replace("<body>", f"<body>\n{back}", 1)
            (folder / f"{pledge_id}.html").write_text(page, encoding="utf-8")
    cases = [(case_id, report) for case_id, report, _ in built]
    (site / "index.html").write_text(index_page(lang, cases), encoding="utf-8")
    return sum(len(pages) for _, _, pages in built)


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line, build the site, report what was written or why not."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="+", type=Path, metavar="CASE_OR_FOLDER")
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="SITE")
    parser.add_argument("--lang", choices=("id", "en"), default="id")
    parser.add_argument("--as-of", type=dt.date.fromisoformat, metavar="YYYY-MM-DD")
    args = parser.parse_args(argv)
    try:
        files = case_files(args.cases)
        lang: Language = "en" if args.lang == "en" else "id"
        pages = build(files, args.output, lang, args.as_of)
    except SiteError as error:
        print(f"build_site: {error}", file=sys.stderr)
        return 2
    cases = "case" if len(files) == 1 else "cases"
    print(f"{args.output / 'index.html'}: {pages} pledges of {len(files)} {cases}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
