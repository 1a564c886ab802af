"""The JSON Schema of the JSON report, shipped as package data."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

__all__ = ["schema"]


def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the JSON report, version 4, as a fresh dict.

    The same as ``docs/report.schema.json``. It gives every key of the report's own
    objects as required (``null`` when absent), exact values as strings with a pattern
    (decimals, ``num/den`` ratios, two-place rounded companions), dates as calendar
    dates (``format: date`` and a pattern that refuses 2022-02-30), periods as
    ``start..end``; objects allow keys a later release adds within the version.

    >>> from pledgekit.report import schema
    >>> s = schema()
    >>> s["$schema"], s["properties"]["pledgekit_report"]
    ('https://json-schema.org/draft/2020-12/schema', {'const': 4, 'description': 'The version of this schema.'})
    """
    text = resources.files("pledgekit.report").joinpath("schema.json").read_text(encoding="utf-8")
    result: dict[str, Any] = json.loads(text)
    return result
