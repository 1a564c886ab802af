"""Who made a pledge, who made a claim, in Popolo's terms (https://www.popoloproject.com)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from pledgekit._case import Case
from pledgekit._pledge import Membership
from pledgekit._validate import slug
from pledgekit.exceptions import InvalidValueError
from pledgekit.io._fields import Reading, Spec
from pledgekit.io._tables import ORGANIZATION, PERSON, POPOLO_MEMBERSHIP, memberships_of
from pledgekit.io._tables import people as write_people
from pledgekit.io._values import Reader, check_shape, join

__all__ = ["from_popolo", "to_popolo"]


def to_popolo(people: Case | Iterable[Membership]) -> dict[str, Any]:
    """Persons, organizations, posts and memberships as Popolo JSON data.

    Args:
        people: A case (its pledges' ``made_by`` and its claims' speakers, in that
            order) or memberships.

    Returns:
        A dict with the Popolo collections ``persons``, ``organizations``, ``posts``
        and ``memberships``. Each person, organization and membership is written
        under its own id; one without is given one made from its name (a
        membership's: its person's name, else its post, else its organization),
        cut after a whole word, with ``-2``, ``-3``... when a different record
        has it already: the ids are unique within it, and two different records
        never share one.
        Memberships refer to the others by ``person_id``, ``organization_id`` and
        ``post_id``; a post's ``label`` is the membership's post.

    >>> import datetime as dt
    >>> from pledgekit import Membership, Person, Identifier
    >>> from pledgekit.io import from_popolo, to_popolo
    >>> mayor = Membership(Person("Rahmat Effendi", identifiers=[Identifier("Q12345", scheme="wikidata")]),
    ...                    post="Wali Kota Bekasi", start_date=dt.date(2018, 9, 20))
    >>> data = to_popolo([mayor])
    >>> data["memberships"]
    [{'id': 'rahmat-effendi', 'person_id': 'rahmat-effendi', 'post_id': 'wali-kota-bekasi', 'start_date': '2018-09-20'}]
    >>> (back,) = from_popolo(data)   # read back under the ids Popolo gave them
    >>> back.id, back.person.id, back.person.identifiers
    ('rahmat-effendi', 'rahmat-effendi', (Identifier(identifier='Q12345', scheme='wikidata'),))
    """
    if isinstance(people, Case):
        memberships = memberships_of(people)
    else:
        given: object = people  # typed callers pass an iterable; others may not
        if not isinstance(given, Iterable):
            raise InvalidValueError(people, "a Case or memberships", "to_popolo(people)")
        memberships = list(people)
        for index, item in enumerate(memberships):
            if not isinstance(item, Membership):
                raise InvalidValueError(item, "a Membership", f"to_popolo(people)[{index}]")
    tables = write_people(memberships, derive=True).tables
    persons, organizations = tables.get("persons", []), tables.get("organizations", [])
    entries = tables.get("memberships", [])
    posts: list[dict[str, Any]] = []
    post_ids: dict[tuple[str, str | None], str] = {}
    result = []
    for entry in entries:
        membership: dict[str, Any] = {"id": entry["id"]}
        if "person" in entry:
            membership["person_id"] = entry["person"]
        if "organization" in entry:
            membership["organization_id"] = entry["organization"]
        if "post" in entry:
            key = (entry["post"], entry.get("organization"))
            if key not in post_ids:
                post_ids[key] = _unique(entry["post"], set(post_ids.values()))
                post: dict[str, Any] = {"id": post_ids[key], "label": entry["post"]}
                if key[1] is not None:
                    post["organization_id"] = key[1]
                posts.append(post)
            membership["post_id"] = post_ids[key]
        for name in ("role", "start_date", "end_date"):
            if name in entry:
                membership[name] = entry[name]
        result.append(membership)
    return {
        "persons": persons,
        "organizations": organizations,
        "posts": posts,
        "memberships": result,
    }


def _unique(label: str, used: set[str]) -> str:
    base = slug(label, 90)
    candidate, number = base, 1
    while candidate in used:
        number += 1
        candidate = f"{base}-{number}"
    return candidate


def from_popolo(data: Mapping[str, Any], *, name: str = "<popolo>") -> tuple[Membership, ...]:
    """The memberships of Popolo JSON data, with their persons, organizations and posts.

    Reads ``persons``, ``organizations``, ``posts`` and ``memberships``; fields
    pledgekit has no place for (emails, links, contact details...) are ignored. A
    membership's post is its post's ``label``. Persons, organizations and
    memberships keep their Popolo ``id`` and ``identifiers`` (Wikidata QIDs...).

    Args:
        data: Parsed Popolo JSON.
        name: The name errors give the data.

    Raises:
        DataFileError: Every problem, each with its field path
            (``memberships[2].person_id``).

    >>> from pledgekit.io import from_popolo
    >>> data = {
    ...     "persons": [{"id": "rahmat-effendi", "name": "Rahmat Effendi",
    ...                  "email": "walikota@example.org",  # no place for it: ignored
    ...                  "identifiers": [{"identifier": "Q12345",
    ...                                   "scheme": "wikidata"}]}],
    ...     "organizations": [{"id": "pemkot", "name": "Pemerintah Kota Bekasi"}],
    ...     "posts": [{"id": "wali-kota", "label": "Wali Kota Bekasi",
    ...                "organization_id": "pemkot"}],
    ...     "memberships": [{"id": "mayor", "person_id": "rahmat-effendi",
    ...                      "post_id": "wali-kota", "organization_id": "pemkot",
    ...                      "start_date": "2018-09-20"}],
    ... }
    >>> (mayor,) = from_popolo(data)
    >>> mayor.id, mayor.person.name, mayor.post, mayor.organization.name
    ('mayor', 'Rahmat Effendi', 'Wali Kota Bekasi', 'Pemerintah Kota Bekasi')
    >>> mayor.start_date, mayor.person.identifiers[0].identifier
    (datetime.date(2018, 9, 20), 'Q12345')
    >>> data["memberships"][0]["person_id"] = "rahmat"
    >>> from_popolo(data)
    Traceback (most recent call last):
    ...
    pledgekit.exceptions.DataFileError: <popolo>: memberships[0].person_id: found
    'rahmat'; expected the id of one of the persons ('rahmat-effendi')
    """
    reader = Reader(name, syntax="JSON")
    if not check_shape(data, reader) or not isinstance(data, Mapping):
        if not reader.problems:
            reader.found("", data, "Popolo data (a JSON object)")
        raise reader.error()
    # Entries that failed stay as None: a membership naming one is not reported again.
    ctx = Reading(reader, strict=False, wording=_WORDING)
    ctx.known["persons"] = _collection(data, "persons", ctx, PERSON)
    ctx.known["organizations"] = _collection(data, "organizations", ctx, ORGANIZATION)
    posts: dict[str, str | None] = {}
    for path, raw in reader.items(data, "posts", ""):
        if not isinstance(raw, Mapping) or not isinstance(raw.get("id"), str):
            reader.found(path, raw, "a post with an 'id' and a 'label'")
            continue
        mark = reader.mark()
        label = reader.required_text(raw, "label", path)
        if "label" not in raw:
            reader.add(join(path, "label"), "missing key 'label' in a post")
        posts[raw["id"]] = None if reader.failed_since(mark) else label
    ctx.known["posts"] = posts
    memberships = [
        membership
        for path, raw in reader.items(data, "memberships", "")
        if (membership := ctx.read(POPOLO_MEMBERSHIP, raw, path)) is not None
    ]
    reader.raise_if_any()
    return tuple(memberships)


_WORDING = {"an identifier": "an identifier with a 'scheme' and an 'identifier'"}


def _collection(data: Mapping[str, Any], key: str, ctx: Reading, spec: Spec) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for path, raw in ctx.r.items(data, key, ""):
        if not isinstance(raw, Mapping) or not isinstance(raw.get("id"), str):
            ctx.r.found(path, raw, f"an object with an 'id' (Popolo {key})")
            continue
        result[raw["id"]] = ctx.read(spec, raw, path)
    return result
