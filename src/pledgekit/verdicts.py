"""Editorial verdicts on pledges, their histories, and the published scales of promise trackers.

A [`Verdict`][pledgekit.Verdict] is pledgekit's canonical word on a pledge. Trackers publish their
own scales; each is declared here as data (a [`Scale`][pledgekit.verdicts.Scale]: a name and label ↔
verdict pairs), and [`to_scale`][pledgekit.verdicts.to_scale] /
[`from_scale`][pledgekit.verdicts.from_scale] translate, refusing clearly where a scale
is not one-to-one.

The scales, as their publishers word them:

- **PolitiFact** (Obameter, Trump-O-Meter, Biden Promise Tracker): Not Yet Rated,
  In the Works, Stalled, Compromise, Promise Kept, Promise Broken; the Obameter's
  "No Action" of 2009 (renamed Not Yet Rated) is read as an old label.
- **Comparative Party Pledges Group** (Thomson, Royed, Naurin et al., the research
  scale): fully fulfilled, partially fulfilled, not fulfilled.
- **Polimeter** (Centre d'analyse des politiques publiques, Université Laval, the
  Trudeau and Legault polimeters): "kept", "kept in part or in the works", "broken",
  "not yet rated" — one label for two verdicts.
- **Full Fact** Government Tracker (UK, since November 2024): "achieved", "appears
  on track", "signs of progress", "appears off track" — two labels for one verdict.

Each scale has a key for case files ([`get_scale`][pledgekit.verdicts.get_scale]: ``"politifact"``,
``"cppg"``, ``"polimeter"``, ``"full_fact"``), and ``docs/methods.md`` says what each
was checked against. A [`VerdictRecord`][pledgekit.VerdictRecord] may carry the
tracker's own label, the scale it is on and who rated it.

Rules that turn numbers into a suggested verdict ("kept in part needs at least 75 %
of the target", "a promise kept a year late is kept in part") are data too: a
[`VerdictRules`][pledgekit.VerdictRules], whose defaults are pledgekit's own choices. A
pledge with several targets and milestones is judged as a whole by its
[`PledgeStatus`][pledgekit.PledgeStatus] (see
[`pledgekit.PledgeAssessment`][pledgekit.PledgeAssessment]):
[`suggest_pledge_verdict`][pledgekit.verdicts.suggest_pledge_verdict] and
[`check_pledge_verdict`][pledgekit.verdicts.check_pledge_verdict].

>>> from pledgekit import Verdict
>>> from pledgekit.verdicts import CPPG, POLITIFACT, from_scale, to_scale
>>> to_scale(Verdict.PARTIAL, POLITIFACT)
'Compromise'
>>> from_scale("partially fulfilled", CPPG)
<Verdict.PARTIAL: 'partial'>
"""

from __future__ import annotations

from pledgekit._verdict import (
    CPPG,
    DEFAULT_RULES,
    FULL_FACT,
    POLIMETER,
    POLITIFACT,
    SCALES,
    PledgeStanding,
    PledgeStatus,
    Scale,
    Verdict,
    VerdictHistory,
    VerdictProblem,
    VerdictRecord,
    VerdictRules,
    check_pledge_verdict,
    check_verdict,
    from_scale,
    get_scale,
    suggest_pledge_verdict,
    suggest_verdict,
    to_scale,
)

__all__ = [
    "CPPG",
    "DEFAULT_RULES",
    "FULL_FACT",
    "POLIMETER",
    "POLITIFACT",
    "PledgeStanding",
    "PledgeStatus",
    "SCALES",
    "Scale",
    "Verdict",
    "VerdictHistory",
    "VerdictProblem",
    "VerdictRecord",
    "VerdictRules",
    "check_pledge_verdict",
    "check_verdict",
    "from_scale",
    "get_scale",
    "suggest_pledge_verdict",
    "suggest_verdict",
    "to_scale",
]
