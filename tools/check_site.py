"""Check a built site: every public name has a rendered reference entry with an example.

Run after ``mkdocs build --site-dir SITE`` (``.ci/run`` does)::

    python tools/check_site.py SITE

For every name in the ``__all__`` of every public module (every module with an
``__all__`` and no private part in its path, as ``tests/test_reference.py`` finds
them), the site must hold a heading whose anchor is the
name's public path (``pledgekit.io.load``), and between that heading and the next entry
that is not one of its own members, a rendered ``>>>`` example. Exits 1, naming each
name that fails, else prints how many were checked.
"""

from __future__ import annotations

import html
import importlib
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"


def public_modules() -> list[str]:
    """Every module with an ``__all__`` and no private part in its path."""
    found = []
    for path in sorted(SRC.rglob("*.py")):
        parts = path.relative_to(SRC).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        if not any(part.startswith("_") for part in parts) and "__all__" in path.read_text(
            encoding="utf-8"
        ):
            found.append(".".join(parts))
    return found


_HEADING = re.compile(r'<h(\d) id="([^"]+)" class="doc doc-heading"')


def _entries(site: Path) -> dict[str, str]:
    """Each rendered entry's anchor and its HTML up to the next entry not its member."""
    entries: dict[str, str] = {}
    for page in (site / "reference").rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        headings = [(m.start(), m.group(2)) for m in _HEADING.finditer(text)]
        for index, (start, anchor) in enumerate(headings):
            end = len(text)
            for later_start, later in headings[index + 1 :]:
                if not later.startswith(anchor + "."):
                    end = later_start
                    break
            entries.setdefault(anchor, text[start:end])
    return entries


def main(argv: list[str]) -> int:
    """Check the site at ``argv[0]``; return the exit code."""
    if len(argv) != 1:
        print("usage: python tools/check_site.py SITE", file=sys.stderr)
        return 2
    entries = _entries(Path(argv[0]))
    failures = []
    checked = 0
    for module in public_modules():
        for name in importlib.import_module(module).__all__:
            checked += 1
            path = f"{module}.{name}"
            if path not in entries:
                failures.append(f"{path}: no rendered reference entry")
            elif "&gt;&gt;&gt;" not in entries[path] and ">>>" not in html.unescape(
                re.sub(r"<[^>]+>", "", entries[path])
            ):
                failures.append(f"{path}: its entry shows no example")
    for failure in failures:
        print(failure, file=sys.stderr)
    if failures:
        return 1
    print(f"{checked} public names, each with a rendered entry and an example")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
