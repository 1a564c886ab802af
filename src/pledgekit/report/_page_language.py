"""The language of the HTML a notebook shows: a setting, since ``_repr_html_`` takes no argument.

A notebook calls ``_repr_html_()`` with no arguments, so the language of a
[`Case`][pledgekit.Case], [`Assessment`][pledgekit.Assessment], [`Progress`][pledgekit.Progress] or
[`Pledge`][pledgekit.Pledge] shown in one comes from here, ``"id"`` by default:

- [`set_html_language`][pledgekit.report.set_html_language] changes it for the whole
  process (every thread), the way a notebook's first cell sets it once; it is
  module-level state.
- [`html_language`][pledgekit.report.html_language] changes it inside a ``with`` block
  only, through a `contextvars.ContextVar`: each thread and each asyncio task sees its
  own, so two threads rendering at once do not change each other's language.
- [`get_html_language`][pledgekit.report.get_html_language] says which is in force: the
  innermost ``with`` block's, else the process's.

The explicit ``lang=`` of [`assessment_html`][pledgekit.report.assessment_html] and the other
HTML functions always wins over the setting.

>>> get_html_language()
'id'
>>> with html_language("en"):
...     get_html_language()
'en'
>>> get_html_language()
'id'
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Final

from pledgekit.messages import LANGUAGES, Language, catalogue

#: The default of the process: what [`set_html_language`][pledgekit.report.set_html_language] sets.
_process: list[Language] = [LANGUAGES[0]]
#: The language of the innermost ``with html_language(...)`` block, if any.
_scoped: Final[contextvars.ContextVar[Language | None]] = contextvars.ContextVar(
    "pledgekit_html_language", default=None
)


def _checked(lang: Language) -> Language:
    """A known language code (an unknown one raises, naming the known ones)."""
    return catalogue(lang).lang


def set_html_language(lang: Language) -> Language:
    """Set the language of the notebook's HTML for the whole process; returns the previous one.

    Module-level state: every thread sees the change. To change it for a block of code
    only (and safely beside other threads), use [`html_language`][pledgekit.report.html_language].

    >>> from pledgekit.report import get_html_language, set_html_language
    >>> previous = set_html_language("en")
    >>> previous, get_html_language()
    ('id', 'en')
    >>> set_html_language(previous)
    'en'

    Raises:
        InvalidValueError: A language with no message catalogue.
    """
    checked = _checked(lang)
    previous = _process[0]
    _process[0] = checked
    return previous


def get_html_language() -> Language:
    """The language the notebook's HTML is written in now.

    That of the innermost ``with html_language(...)`` block of this thread or task,
    else the process's ([`set_html_language`][pledgekit.report.set_html_language]), else ``"id"``.

    >>> from pledgekit.report import get_html_language
    >>> get_html_language()
    'id'
    """
    scoped = _scoped.get()
    return _process[0] if scoped is None else scoped


@contextmanager
def html_language(lang: Language) -> Iterator[Language]:
    """Write the notebook's HTML in ``lang`` inside a ``with`` block (this thread or task only).

    >>> from pledgekit import (Accumulation, Direction, Indicator, Observation, Period,
    ...                        Target, progress)
    >>> from pledgekit.report import html_language
    >>> jobs = Indicator("Jobs", "persons", direction=Direction.INCREASE,
    ...                  accumulation=Accumulation.SUM)
    >>> target = Target(jobs, 100, period=Period.year(2020))
    >>> state = progress(target, [Observation(Period.month(2020, 1), 50)])
    >>> with html_language("en") as lang:
    ...     lang, "As of" in state._repr_html_(), "Per tanggal" in state._repr_html_()
    ('en', True, False)
    >>> "Per tanggal" in state._repr_html_()
    True

    Raises:
        InvalidValueError: A language with no message catalogue.
    """
    token = _scoped.set(_checked(lang))
    try:
        yield get_html_language()
    finally:
        _scoped.reset(token)
