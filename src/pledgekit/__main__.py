"""``python -m pledgekit``: the ``pledgekit`` command."""

from __future__ import annotations

import sys

from pledgekit.cli import main

if __name__ == "__main__":
    sys.exit(main())
