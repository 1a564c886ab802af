"""Reports of an assessment: text, Markdown, JSON, CSV and HTML, in Indonesian or English.

One private module per format (``_text``, ``_markdown``, ``_json``, ``_csv``, ``_html``)
over one shared row model (``_rows``); the words come from the message catalogues of
[`pledgekit.messages`][pledgekit.messages], and every number from the
[`Assessment`][pledgekit.Assessment]: nothing here computes.

[`render`][pledgekit.report.render] turns a [`Assessment`][pledgekit.Assessment] into
text for the terminal, Markdown for an article draft, JSON for tools, CSV for
spreadsheets or HTML, a page to publish (``format="html"``: one self-contained document,
the charts inline as SVG); [`to_json_dict`][pledgekit.report.to_json_dict] gives the
JSON report as a dict (schema version
[`REPORT_VERSION`][pledgekit.report.REPORT_VERSION], described in ``docs/report.md``).
[`case_html`][pledgekit.report.case_html],
[`progress_html`][pledgekit.report.progress_html],
[`pledge_html`][pledgekit.report.pledge_html] and
[`assessment_html`][pledgekit.report.assessment_html] give HTML fragments for notebooks,
in the language [`set_html_language`][pledgekit.report.set_html_language] or
[`html_language`][pledgekit.report.html_language] sets (``"id"`` by default;
[`get_html_language`][pledgekit.report.get_html_language] says which).

Labels, figures and dates follow the language: ``lang="id"`` writes ``146.305`` and
``97,54 %``, ``lang="en"`` writes ``146,305`` and ``97.54 %``. Every label, status and
finding is worded by the language's message catalogue ([`pledgekit.messages`][pledgekit.messages])
from the finding's structured fields. Everything here is exact until the last step: figures are rounded
only to be printed, and the JSON report carries the exact values beside the rounded
ones.

>>> import datetime as dt
>>> from pledgekit import (Accumulation, Case, Claim, ClaimKind, Direction, Indicator,
...                        Observation, Period, Target)
>>> from pledgekit.report import inconsistencies, render, to_json_dict
>>> jobs = Indicator("Tenaga kerja", "orang", direction=Direction.INCREASE,
...                  accumulation=Accumulation.SUM)
>>> target = Target(jobs, 150000, period=Period.years(2019, 2022), id="jobs")
>>> case = Case("Jobs", indicators=[jobs], targets=[target],
...             observations=[Observation(Period.year(2019), 40000),
...                           Observation(Period.year(2020), 35000)],
...             claims=[Claim(ClaimKind.ACHIEVED, 70000, dt.date(2020, 12, 31))])
>>> assessment = case.assess()
>>> report = to_json_dict(assessment)
>>> report["pledgekit_report"], report["targets"][0]["progress"]["achieved"]
(4, '75000')
>>> report["targets"][0]["progress"]["ratio"], report["targets"][0]["progress"]["percent"]
('1/2', '50.00')
>>> for line in render(assessment, format="text", lang="id").splitlines()[6:10]:
...     print(line)
  Per tanggal                31 Desember 2020
  Realisasi                  75.000 orang
  Kemajuan                   50,00 %
  Sisa                       75.000 orang
>>> for line in render(assessment, lang="en").splitlines()[-2:]:
...     print(line)
    1. [ERROR] Total mismatch
       Claimed 70,000 as of 31 December 2020, but the figures add up to 75,000: a difference of -5,000.
>>> [f.kind.name for f in inconsistencies(assessment)]
['TOTAL_MISMATCH']
"""

from __future__ import annotations

from pledgekit.messages import LANGUAGES, Language
from pledgekit.report._csv import to_csv
from pledgekit.report._html import assessment_html, case_html, pledge_html, progress_html
from pledgekit.report._json import to_json, to_json_dict
from pledgekit.report._page_language import get_html_language, html_language, set_html_language
from pledgekit.report._plan import LAYOUTS, Layout, plan_layout
from pledgekit.report._render import render, render_audit
from pledgekit.report._rows import FORMATS, REPORT_VERSION, Format, inconsistencies, status_label
from pledgekit.report._schema import schema

__all__ = [
    "FORMATS",
    "LANGUAGES",
    "LAYOUTS",
    "REPORT_VERSION",
    "Format",
    "Language",
    "Layout",
    "assessment_html",
    "case_html",
    "get_html_language",
    "html_language",
    "inconsistencies",
    "plan_layout",
    "pledge_html",
    "progress_html",
    "render",
    "render_audit",
    "schema",
    "set_html_language",
    "status_label",
    "to_csv",
    "to_json",
    "to_json_dict",
]
