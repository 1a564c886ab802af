"""pledgekit: the exact arithmetic of political promises.

Model pledges, the development plans they are written into and their measurable
targets; compute progress, shortfall, pace and status exactly; audit what officials
claim against what their own figures add up to. Case files are read with
[`load`][pledgekit.load] (TOML or JSON) and written with [`dump`][pledgekit.dump] (JSON).

>>> import pledgekit
>>> pledgekit.Period.year(2019).days
365

``import pledgekit`` loads the arithmetic (amounts, periods, indicators and targets,
progress); the rest of the face (plans, pledges, the audit, cases, files) loads when a
name of it is first used, ``from pledgekit import Case`` as ``pledgekit.Case``, so
that a script that only computes progress does not pay for the rest.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from pledgekit._amounts import (
    MAX_FRACTION_DIGITS,
    MAX_INTEGER_DIGITS,
    Amount,
    Rounding,
    add_amounts,
    round_fraction,
    subtract_amounts,
    to_amount,
)
from pledgekit._indicator import (
    Accumulation,
    Comparison,
    Direction,
    Indicator,
    Observation,
    Revision,
    ScheduleEntry,
    Straddling,
    Target,
)
from pledgekit._period import Period
from pledgekit._progress import (
    MEAN_MONTH_DAYS,
    MEAN_YEAR_DAYS,
    PaceStatus,
    PaceThresholds,
    Progress,
    progress,
)
from pledgekit._source import Source
from pledgekit._version import __version__
from pledgekit.exceptions import (
    DataFileError,
    InexactResultError,
    InvalidValueError,
    MissingExtraError,
    ParseError,
    PledgekitError,
    UnitMismatchError,
)

if TYPE_CHECKING:
    from pledgekit._audit import audit
    from pledgekit._case import Assessment, Case, ClaimLevel, TargetAssessment
    from pledgekit._evaluation import Evaluation, PlanMean
    from pledgekit._finding import (
        MAX_EXPLANATIONS,
        DateProblem,
        Explanation,
        Finding,
        FindingKind,
        Severity,
        Unverifiable,
        VerdictProblem,
    )
    from pledgekit._plan import Goal, Mission, Objective, Plan, PlanLevel, PlanPlace, Program
    from pledgekit._plan_evaluation import (
        MeanCapaian,
        NoMean,
        PlanEvaluation,
        PlanNode,
        PlanRow,
        RowYear,
    )
    from pledgekit._pledge import (
        Claim,
        ClaimKind,
        Identifier,
        Membership,
        Milestone,
        Organization,
        Person,
        Pledge,
        RateUnit,
    )
    from pledgekit._pledges import (
        LeftOut,
        LeftOutReason,
        MilestoneAssessment,
        MilestoneState,
        MissingFigure,
        PledgeAssessment,
        PledgeRule,
        assess_pledge,
    )
    from pledgekit._verdict import (
        PledgeStatus,
        Verdict,
        VerdictHistory,
        VerdictRecord,
        VerdictRules,
    )
    from pledgekit.io import dump, dumps, load, loads, schema

#: The names the package face loads when first asked for, and the module of each.
_LAZY: dict[str, str] = {
    "Assessment": "pledgekit._case",
    "Case": "pledgekit._case",
    "Claim": "pledgekit._pledge",
    "ClaimKind": "pledgekit._pledge",
    "ClaimLevel": "pledgekit._case",
    "DateProblem": "pledgekit._finding",
    "Evaluation": "pledgekit._evaluation",
    "Explanation": "pledgekit._finding",
    "Finding": "pledgekit._finding",
    "FindingKind": "pledgekit._finding",
    "Goal": "pledgekit._plan",
    "Identifier": "pledgekit._pledge",
    "LeftOut": "pledgekit._pledges",
    "LeftOutReason": "pledgekit._pledges",
    "MAX_EXPLANATIONS": "pledgekit._finding",
    "MeanCapaian": "pledgekit._plan_evaluation",
    "Membership": "pledgekit._pledge",
    "Milestone": "pledgekit._pledge",
    "MilestoneAssessment": "pledgekit._pledges",
    "MilestoneState": "pledgekit._pledges",
    "MissingFigure": "pledgekit._pledges",
    "Mission": "pledgekit._plan",
    "NoMean": "pledgekit._plan_evaluation",
    "Objective": "pledgekit._plan",
    "Organization": "pledgekit._pledge",
    "Person": "pledgekit._pledge",
    "Plan": "pledgekit._plan",
    "PlanEvaluation": "pledgekit._plan_evaluation",
    "PlanLevel": "pledgekit._plan",
    "PlanMean": "pledgekit._evaluation",
    "PlanNode": "pledgekit._plan_evaluation",
    "PlanPlace": "pledgekit._plan",
    "PlanRow": "pledgekit._plan_evaluation",
    "Pledge": "pledgekit._pledge",
    "PledgeAssessment": "pledgekit._pledges",
    "PledgeRule": "pledgekit._pledges",
    "PledgeStatus": "pledgekit._verdict",
    "Program": "pledgekit._plan",
    "RateUnit": "pledgekit._pledge",
    "RowYear": "pledgekit._plan_evaluation",
    "Severity": "pledgekit._finding",
    "TargetAssessment": "pledgekit._case",
    "Unverifiable": "pledgekit._finding",
    "Verdict": "pledgekit._verdict",
    "VerdictHistory": "pledgekit._verdict",
    "VerdictProblem": "pledgekit._finding",
    "VerdictRecord": "pledgekit._verdict",
    "VerdictRules": "pledgekit._verdict",
    "assess_pledge": "pledgekit._pledges",
    "audit": "pledgekit._audit",
    "dump": "pledgekit.io",
    "dumps": "pledgekit.io",
    "load": "pledgekit.io",
    "loads": "pledgekit.io",
    "schema": "pledgekit.io",
}

__all__ = [
    "Accumulation",
    "Amount",
    "Assessment",
    "Case",
    "Claim",
    "ClaimKind",
    "ClaimLevel",
    "Comparison",
    "DataFileError",
    "DateProblem",
    "Direction",
    "Evaluation",
    "Explanation",
    "Finding",
    "FindingKind",
    "Goal",
    "Identifier",
    "Indicator",
    "InexactResultError",
    "InvalidValueError",
    "LeftOut",
    "LeftOutReason",
    "MAX_EXPLANATIONS",
    "MAX_FRACTION_DIGITS",
    "MAX_INTEGER_DIGITS",
    "MEAN_MONTH_DAYS",
    "MEAN_YEAR_DAYS",
    "MeanCapaian",
    "Membership",
    "Milestone",
    "MilestoneAssessment",
    "MilestoneState",
    "MissingExtraError",
    "MissingFigure",
    "Mission",
    "NoMean",
    "Objective",
    "Observation",
    "Organization",
    "PaceStatus",
    "PaceThresholds",
    "ParseError",
    "Period",
    "Person",
    "Plan",
    "PlanEvaluation",
    "PlanLevel",
    "PlanMean",
    "PlanNode",
    "PlanPlace",
    "PlanRow",
    "Pledge",
    "PledgeAssessment",
    "PledgeRule",
    "PledgeStatus",
    "PledgekitError",
    "Program",
    "Progress",
    "RateUnit",
    "Revision",
    "Rounding",
    "RowYear",
    "ScheduleEntry",
    "Severity",
    "Source",
    "Straddling",
    "Target",
    "TargetAssessment",
    "UnitMismatchError",
    "Unverifiable",
    "Verdict",
    "VerdictHistory",
    "VerdictProblem",
    "VerdictRecord",
    "VerdictRules",
    "__version__",
    "add_amounts",
    "assess_pledge",
    "audit",
    "dump",
    "dumps",
    "load",
    "loads",
    "progress",
    "round_fraction",
    "schema",
    "subtract_amounts",
    "to_amount",
]

#: The modules of the package a caller may reach as attributes (``pledgekit.io``)
#: after ``import pledgekit``, loaded when first reached.
_SUBMODULES = frozenset(
    {"chart", "cli", "exceptions", "io", "messages", "methods", "report", "strategies"}
    | {"text", "verdicts"}
)


def _load(name: str) -> object:
    """The object ``name`` of the package face, loaded from its module on first use."""
    if name in _LAZY:
        value: object = getattr(importlib.import_module(_LAZY[name]), name)
    elif name in _SUBMODULES:
        value = importlib.import_module(f"{__name__}.{name}")
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value  # once loaded, an attribute like any other
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__, *_SUBMODULES})


# Kept from the type checker, which reads the imports above: a module ``__getattr__``
# would make every misspelt name an attribute of type ``object`` to it.
if not TYPE_CHECKING:
    __getattr__ = _load
