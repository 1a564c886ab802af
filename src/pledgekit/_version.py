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
r"""The version of this copy of pledgekit, a PEP 440 version string.

The one place it is written: the build reads it from here, ``pledgekit --version``
prints it, and a JSON report names it as its ``generator``. Release numbers first, then
a pre-release, post-release or development suffix, if any:

>>> import re
>>> from pledgekit import __version__
>>> pep440 = r"\d+\.\d+\.\d+((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?"
>>> re.fullmatch(pep440, __version__) is not None
True
"""
