"""The CHANGELOG keeps Keep a Changelog's form, and the version is set in one place.

Keep a Changelog 1.1.0 (https://keepachangelog.com/en/1.1.0/): an ``[Unreleased]``
section on top, then one section per release, newest first, headed ``[X.Y.Z] -
YYYY-MM-DD``; within a section only the six kinds of change; at the end a link for
every section: ``[Unreleased]`` compares the latest release with ``HEAD`` (or lists the
commits of ``main`` while there is none), and each release compares with the one before
(the first links to its tag).
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from pathlib import Path

import pledgekit

ROOT = Path(__file__).resolve().parent.parent
CHANGELOG = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
REPOSITORY = PYPROJECT["project"]["urls"]["Repository"]
KINDS = {"Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"}
RELEASE = re.compile(r"^\[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})$")


def _sections() -> list[str]:
    return re.findall(r"^## (.+)$", CHANGELOG, re.MULTILINE)


def _links() -> dict[str, str]:
    return dict(re.findall(r"^\[([^\]]+)\]: (\S+)$", CHANGELOG, re.MULTILINE))


def _releases() -> list[str]:
    versions = []
    for heading in _sections()[1:]:
        match = RELEASE.match(heading)
        assert match, f"a release section must read [X.Y.Z] - YYYY-MM-DD, not {heading!r}"
        dt.date.fromisoformat(match.group(2))
        versions.append(match.group(1))
    return versions


def test_unreleased_comes_first() -> None:
    assert _sections()[0] == "[Unreleased]"


def test_releases_are_newest_first() -> None:
    versions = [tuple(int(part) for part in v.split(".")) for v in _releases()]
    assert versions == sorted(versions, reverse=True)


def test_only_the_six_kinds_of_change() -> None:
    kinds = set(re.findall(r"^### (.+)$", CHANGELOG, re.MULTILINE))
    assert kinds <= KINDS, kinds - KINDS


def test_every_section_has_its_compare_link() -> None:
    """The links are the repository's, and each compares what its section describes."""
    links = _links()
    releases = _releases()
    expected = {
        "Unreleased": (
            f"{REPOSITORY}/compare/v{releases[0]}...HEAD"
            if releases
            else f"{REPOSITORY}/commits/main"
        )
    }
    for index, newer in enumerate(releases):
        older = releases[index + 1] if index + 1 < len(releases) else None
        expected[newer] = (
            f"{REPOSITORY}/compare/v{older}...v{newer}"
            if older
            else f"{REPOSITORY}/releases/tag/v{newer}"
        )
    section_links = {name: url for name, url in links.items() if name in expected}
    assert section_links == expected


def test_the_version_is_set_in_one_place() -> None:
    """The version is read by pyproject from ``_version.py``, which the package shows."""
    assert PYPROJECT["project"]["dynamic"] == ["version"]
    assert "version" not in PYPROJECT["project"]
    assert PYPROJECT["tool"]["hatch"]["version"]["path"] == "src/pledgekit/_version.py"
    assert pledgekit.__version__ in (ROOT / "src/pledgekit/_version.py").read_text()


def test_the_version_is_past_every_release() -> None:
    """The version is the next release's while its changes are Unreleased, a dev one."""
    match = re.fullmatch(r"(\d+)\.(\d+)\.(\d+)(\.dev\d+)?", pledgekit.__version__)
    assert match, pledgekit.__version__
    version = tuple(int(part) for part in match.groups()[:3])
    for release in _releases():
        released = tuple(int(part) for part in release.split("."))
        assert version > released or (version == released and match.group(4) is None)


def test_the_site_and_the_package_name_one_repository() -> None:
    mkdocs = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert f"repo_url: {REPOSITORY}\n" in mkdocs
