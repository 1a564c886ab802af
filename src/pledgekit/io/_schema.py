"""The JSON Schema of the case file, shipped as package data."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

__all__ = ["schema"]


def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a case file, as a fresh dict.

    It describes the JSON form; a TOML case file is the same data with TOML dates
    where the JSON has ISO date strings. The loader checks more than the schema can
    say (references between ids, dates that exist, the domain's rules).

    >>> from pledgekit.io import schema
    >>> s = schema()
    >>> s["$schema"], s["properties"]["pledgekit_case"]["enum"]
    ('https://json-schema.org/draft/2020-12/schema', [1, 2])
    """
    text = resources.files("pledgekit.io").joinpath("schema.json").read_text(encoding="utf-8")
    result: dict[str, Any] = json.loads(text)
    return result
