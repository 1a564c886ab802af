"""The version of pledgekit, on the lowest floor so that any module may print it.

The package face re-exports it as [`pledgekit.__version__`][pledgekit.__version__]; a
module below the face reads it from here, because importing [`pledgekit`][pledgekit]
itself would be an upward import.

>>> __version__.count(".") >= 2
True
"""

from __future__ import annotations

__all__ = ["__version__"]

__version__ = "0.1.0.dev0"
