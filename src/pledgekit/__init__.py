"""pledgekit: the exact arithmetic of political promises.

Model pledges, the development plans they are written into and their measurable
targets; compute progress, shortfall, pace and status exactly; audit what officials
claim against what their own figures add up to.

>>> import pledgekit
>>> pledgekit.Period.year(2019).days
365
"""

from __future__ import annotations

from pledgekit._amounts import (
    MAX_FRACTION_DIGITS,
    MAX_INTEGER_DIGITS,
    add_amounts,
    round_fraction,
    subtract_amounts,
    to_amount,
)
from pledgekit._indicator import Accumulation, Direction, Indicator, Observation, Target
from pledgekit._period import Period
from pledgekit._progress import (
    MEAN_MONTH_DAYS,
    MEAN_YEAR_DAYS,
    Progress,
    Status,
    StatusThresholds,
    progress,
)
from pledgekit._source import Source
from pledgekit.exceptions import (
    DataFileError,
    InexactResultError,
    InvalidValueError,
    ParseError,
    PledgekitError,
    UnitMismatchError,
)

__version__ = "0.1.0.dev0"

__all__ = [
    "Accumulation",
    "DataFileError",
    "Direction",
    "Indicator",
    "InexactResultError",
    "InvalidValueError",
    "MAX_FRACTION_DIGITS",
    "MAX_INTEGER_DIGITS",
    "MEAN_MONTH_DAYS",
    "MEAN_YEAR_DAYS",
    "Observation",
    "ParseError",
    "Period",
    "PledgekitError",
    "Progress",
    "Source",
    "Status",
    "StatusThresholds",
    "Target",
    "UnitMismatchError",
    "__version__",
    "add_amounts",
    "progress",
    "round_fraction",
    "subtract_amounts",
    "to_amount",
]
