"""pledgekit: the exact arithmetic of political promises.

Model pledges, the development plans they are written into and their measurable
targets; compute progress, shortfall, pace and status exactly; audit what officials
claim against what their own figures add up to. Case files are read with
:func:`load` (TOML or JSON) and written with :func:`dump` (JSON).

>>> import pledgekit
>>> pledgekit.Period.year(2019).days
365
"""

from __future__ import annotations

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
from pledgekit._progress import (
    MEAN_MONTH_DAYS,
    MEAN_YEAR_DAYS,
    PaceStatus,
    PaceThresholds,
    Progress,
    progress,
)
from pledgekit._source import Source
from pledgekit._verdict import (
    PledgeStatus,
    Verdict,
    VerdictHistory,
    VerdictRecord,
    VerdictRules,
)
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
from pledgekit.io import dump, dumps, load, loads, schema

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
