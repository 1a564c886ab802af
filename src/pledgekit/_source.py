"""Where a figure or a statement comes from."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from pledgekit._period import require_date
from pledgekit._validate import identifier, optional_text, required_text, slug

__all__ = ["Source"]


def _validate_published(instance: object, attribute: object, value: Any) -> None:
    if value is not None:
        require_date(value, "Source.published")


@attrs.frozen
class Source:
    """A published source: an article, a report, a regulation.

    Args:
        outlet: Who published it (``"rilisinfo.com"``).
        title: Its title.
        url: Where it can be read.
        published: The date it was published.
        quote: The passage relied on, in its original language.
        id: A short identifier; by default made from the outlet and the title.

    >>> import datetime as dt
    >>> from pledgekit import Source
    >>> Source("rilisinfo.com", "Disnaker Penuhi Janji Kampanye", published=dt.date(2022, 7, 22))
    Source(outlet='rilisinfo.com', title='Disnaker Penuhi Janji Kampanye', url=None, published=datetime.date(2022, 7, 22), quote=None, id='rilisinfo-com-disnaker-penuhi-janji-kampanye')
    """

    outlet: str = attrs.field(validator=required_text("Source.outlet"))
    title: str = attrs.field(validator=required_text("Source.title"))
    url: str | None = attrs.field(default=None, kw_only=True, validator=optional_text("Source.url"))
    published: dt.date | None = attrs.field(
        default=None, kw_only=True, validator=_validate_published
    )
    quote: str | None = attrs.field(
        default=None, kw_only=True, validator=optional_text("Source.quote")
    )
    id: str = attrs.field(
        default=attrs.Factory(lambda self: slug(f"{self.outlet} {self.title}"), takes_self=True),
        kw_only=True,
        validator=identifier("Source.id"),
    )
