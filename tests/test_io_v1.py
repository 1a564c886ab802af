"""Version-1 case files load and assess exactly as before version 2 of the format.

The reference ``tests/data/io_v1_reference.json`` is a regression fixture: it was made
once, before version 2 of the case-file format, by running this very module as a script
under the pledgekit of that time (``python tests/test_io_v1.py``), and is not to be
regenerated to make a failing test pass. It holds, for every version-1 file below, the
case's data as the converter writes it (without the version key) and every number of
its assessment: each target's progress and Permendagri 86 capaian, and each finding.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import attrs

ROOT = Path(__file__).parent.parent
REFERENCE = ROOT / "tests" / "data" / "io_v1_reference.json"
_KEPT_OUT = {"target", "observations", "left_out", "outside", "straddling"}
# Flags added after the reference was made: at their default (False) they are no change.
_FLAGS_ADDED_LATER = {"accumulation_assumed"}


def version_1_files() -> dict[str, str]:
    """Every version-1 case file: the examples, and the annotated one of docs/files.md."""
    files = {
        str(path.relative_to(ROOT)): text
        for path in sorted((ROOT / "examples").glob("**/*.toml"))
        if re.search(r"^pledgekit_case = 1$", text := path.read_text(encoding="utf-8"), re.M)
    }
    docs = (ROOT / "docs" / "files.md").read_text(encoding="utf-8")
    annotated = re.search(r"```toml\n(# Every case file.*?)```", docs, re.DOTALL)
    if annotated is not None:
        files["docs/files.md (annotated)"] = annotated.group(1)
    return files


def _plain(value: object) -> Any:
    # Absent values are left out: a field added later, absent by default, is no change;
    # nor is a flag added later at its default (False).
    if attrs.has(type(value)):
        return {
            f.name: _plain(getattr(value, f.name))
            for f in attrs.fields(type(value))
            if f.name not in _KEPT_OUT
            and getattr(value, f.name) is not None
            and not (f.name in _FLAGS_ADDED_LATER and getattr(value, f.name) is False)
        }
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if value is None or isinstance(value, bool | int | str):
        return value
    return str(getattr(value, "value", value))


def snapshot(text: str) -> dict[str, Any]:
    """A version-1 file's case data and the numbers of its assessment, as plain data."""
    from pledgekit.io import dumps, loads

    case = loads(text)
    data = json.loads(dumps(case))
    data.pop("pledgekit_case")
    targets = {}
    for item in case.assess().targets:
        targets[item.target.id] = {
            "progress": _plain(item.progress),
            "capaian": _plain(item.capaian),
            "findings": sorted(
                json.dumps(_plain(finding), sort_keys=True) for finding in item.findings
            ),
        }
    return {"case": data, "targets": targets}


class TestVersionOne:
    def test_every_version_1_file_assesses_as_before(self) -> None:
        """Each version-1 file gives the case data and numbers it gave before version 2."""
        reference = json.loads(REFERENCE.read_text(encoding="utf-8"))
        files = version_1_files()
        assert sorted(reference) == sorted(files)
        for name, text in files.items():
            assert reference[name] == snapshot(text), name


if __name__ == "__main__":
    REFERENCE.parent.mkdir(exist_ok=True)
    made = {name: snapshot(text) for name, text in version_1_files().items()}
    REFERENCE.write_text(json.dumps(made, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    sys.stdout.write(f"wrote {REFERENCE}\n")
